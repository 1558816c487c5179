"""RustPython: io.open with an opener calls it before encoding a str file name.

CPython's FileIO encodes the name it is given with the file system encoding before it calls the
opener, so a name with a lone surrogate raises UnicodeEncodeError and the opener is never called.
RustPython 0.6.0 (Python 3.14) calls the opener with the str as it is (a NUL in the name it does
check first). tempfile opens a NamedTemporaryFile as io.open(dir, mode, opener=...), the opener
drawing a candidate name and creating dir/name: with a lone surrogate in dir, CPython fails before
drawing a name, RustPython draws one and fails on dir/name (or on a NUL in the prefix or suffix).

    python3 rustpython-opener-runs-before-name-check.py   # exit status 1 where the answers differ
"""
import io
import os
import sys

CPYTHON = "'a\\ud800': UnicodeEncodeError; opener called: False"


def answer(name):
    called = []

    def opener(path, flags):
        called.append(path)
        return os.open(os.devnull, flags)

    try:
        io.open(name, "rb", opener=opener).close()
        what = "opened"
    except UnicodeEncodeError:
        what = "UnicodeEncodeError"
    except Exception as e:
        what = "%s: %s" % (type(e).__name__, e)
    return "%r: %s; opener called: %s" % (name, what, bool(called))


got = answer("a\ud800")
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
