"""RustPython: TextIOWrapper.seek refuses a float position.

CPython's TextIOWrapper.seek(cookie) takes any number it can compare and convert: seek(2.0) on
a text file returns 2.0. RustPython 0.6.0 (Python 3.14) raises TypeError "Expected type 'int'
but 'float' found.". A text NamedTemporaryFile's or TemporaryFile's seek(2.0) raises where
CPython seeks.

    python3 rustpython-text-seek-refuses-float.py     # exit status 1 where the answers differ
"""
import sys
import tempfile

CPYTHON = "seek(2.0): returned 2.0"
with tempfile.TemporaryFile("w+", encoding="utf-8") as f:
    f.write("abc")
    try:
        got = "seek(2.0): returned %r" % (f.seek(2.0),)
    except Exception as e:
        got = "seek(2.0): %s" % (type(e).__name__,)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
