"""PyPy: BytesIO.flush() on a closed BytesIO returns None.

CPython raises ValueError("I/O operation on closed file.") (IOBase.flush checks closed). PyPy
8.0.1 (Python 3.11.17) returns None. A closed SpooledTemporaryFile still in memory flushes its
BytesIO, so spool.flush() after close() raises on CPython and not on PyPy.

    python3 pypy-bytesio-flush-when-closed.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = "ValueError: I/O operation on closed file."
b = io.BytesIO()
b.close()
try:
    got = "returned %r" % (b.flush(),)
except Exception as e:
    got = "%s: %s" % (type(e).__name__, e)
print("CPython 3.11.7:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
