"""RustPython: encoding='locale' is ASCII in a UTF-8 locale.

CPython sets the LC_CTYPE locale from the environment at start-up, so with LC_ALL=C.UTF-8 (or
LANG=C.UTF-8) locale.getencoding() is 'UTF-8' and a text file opened with encoding='locale'
is UTF-8 (also in UTF-8 mode, -X utf8). RustPython 0.6.0 (Python 3.14) leaves LC_CTYPE at "C":
locale.getencoding() is 'ANSI_X3.4-1968', and a file opened with encoding='locale' is ASCII, so
writing 'é' raises UnicodeEncodeError. tempfile's text files with encoding='locale' get that
encoding.

    python3 rustpython-locale-encoding-is-ascii.py   # exit status 1 where they differ
                                                     # (it runs itself under LC_ALL=C.UTF-8)
"""
import io
import locale
import os
import sys

if os.environ.get("LC_ALL") != "C.UTF-8":
    os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, LC_ALL="C.UTF-8"))
CPYTHON = "encoding 'UTF-8'; write('\\xe9') returned 1"
t = io.TextIOWrapper(io.BytesIO(), encoding="locale")
try:
    got = "encoding %r; write('\\xe9') returned %r" % (t.encoding, t.write("\xe9"))
except Exception as e:
    got = "encoding %r; write('\\xe9'): %s" % (t.encoding, type(e).__name__)
print("CPython 3.14.10:", CPYTHON, "(LC_ALL=C.UTF-8)")
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got,
      "(locale.getencoding() %r)" % (locale.getencoding(),))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
