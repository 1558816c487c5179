"""PyPy: iter() of a closed BytesIO raises at once.

CPython's iter(b) of a closed BytesIO returns b; the ValueError comes from next(). PyPy 8.0.1
(Python 3.11.17) raises ValueError from iter() itself. SpooledTemporaryFile.__iter__ returns its
file's iterator, so for a closed in-memory spool the error comes one step earlier on PyPy.

    python3 pypy-iter-of-closed-bytesio.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = "iter: returned the object; next: ValueError: I/O operation on closed file."
b = io.BytesIO()
b.close()
try:
    it = iter(b)
    first = "returned the object" if it is b else "returned %r" % (it,)
    try:
        next(it)
        second = "a line"
    except Exception as e:
        second = "%s: %s" % (type(e).__name__, e)
    got = "iter: %s; next: %s" % (first, second)
except Exception as e:
    got = "iter: %s: %s" % (type(e).__name__, e)
print("CPython 3.11.7:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
