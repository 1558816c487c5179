"""PyPy: a buffered file's seek() to an offset beyond off_t raises OverflowError.

CPython's buffered objects convert the offset with a ValueError ("cannot fit 'int' into an
offset-sized integer"); PyPy 8.0.1 (Python 3.11.17) raises OverflowError ("integer too
large"). TemporaryFile() and NamedTemporaryFile() return buffered files, so a caller catching
ValueError around seek() sees the OverflowError escape on PyPy. (CPython's unbuffered FileIO
raises OverflowError too, so the difference is the buffered layer's.)

    pypy3 findings/pypy-seek-offset-overflow-type.py     # exit status 1 where the answers differ
"""
import sys
import tempfile

CPYTHON = "ValueError: cannot fit 'int' into an offset-sized integer"
with tempfile.TemporaryFile() as f:
    try:
        f.seek(2**70)
        got = "no error"
    except Exception as e:
        got = "%s: %s" % (type(e).__name__, e)
print("CPython 3.11.7:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
