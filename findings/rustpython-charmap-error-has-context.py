"""RustPython: a charmap codec's UnicodeEncodeError carries a KeyError as its __context__.

CPython's charmap encoder (cp1252, latin-1 tables, ...) raises UnicodeEncodeError with no
__context__. RustPython 0.6.0 (Python 3.14) raises it while handling the KeyError of its table
lookup, so e.__context__ is a KeyError (and a traceback shows "During handling of the above
exception, another exception occurred"). A text file with such an encoding (a tempfile text file
with encoding='cp1252') writing an unencodable character raises it.

    python3 rustpython-charmap-error-has-context.py     # exit status 1 where the answers differ
"""
import sys

CPYTHON = "UnicodeEncodeError, __context__ None"
try:
    "\udc80".encode("cp1252")
    got = "no error"
except UnicodeEncodeError as e:
    got = "UnicodeEncodeError, __context__ %s" % (
        "None" if e.__context__ is None else type(e.__context__).__name__)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
