"""RustPython: a text file with an unknown error handler is refused when it is opened.

CPython's TextIOWrapper accepts any str as errors and only looks the handler up when it needs it
(an unencodable character): TextIOWrapper(buffer, errors='bogus') is created, and writing ASCII
to it works. RustPython 0.6.0 (Python 3.14) looks the handler up at once and raises LookupError
"unknown error handler name 'bogus'". tempfile's text files (NamedTemporaryFile, TemporaryFile,
SpooledTemporaryFile with errors='bogus') are created on CPython and refused on RustPython, the
NamedTemporaryFile's file already created on disk and removed again.

    python3 rustpython-unknown-error-handler-refused-at-open.py   # exit status 1 where they differ
"""
import io
import sys

CPYTHON = "created; write('abc') returned 3"
try:
    t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="bogus")
    got = "created; write('abc') returned %r" % (t.write("abc"),)
except Exception as e:
    got = "%s: %s" % (type(e).__name__, e)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
