"""RustPython: truncate() to a size beyond the file offset range raises ValueError.

CPython's buffered files convert the size of truncate(size) to a C long: truncate(2**70) raises
OverflowError "Python int too large to convert to C long". RustPython 0.6.0 (Python 3.14) raises
ValueError "cannot fit 'int' into an offset-sized integer" (the class seek(2**70) raises on
both). A binary TemporaryFile's or NamedTemporaryFile's truncate(2**70) raises another class.

    python3 rustpython-truncate-overflow-is-valueerror.py   # exit status 1 where they differ
"""
import sys
import tempfile

CPYTHON = "truncate(2**70): OverflowError"
with tempfile.TemporaryFile() as f:
    try:
        got = "truncate(2**70): returned %r" % (f.truncate(2 ** 70),)
    except Exception as e:
        got = "truncate(2**70): %s" % (type(e).__name__,)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
