"""RustPython: iter() of a closed BytesIO raises at once.

CPython's iter(b) of a closed BytesIO returns b; the ValueError comes from next(). RustPython
0.6.0 (Python 3.14) raises ValueError from iter() itself. SpooledTemporaryFile.__iter__ returns
its file's iterator, so for a closed in-memory spool the error comes one step earlier.

    python3 rustpython-iter-of-closed-bytesio.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = "iter: returned the object; next: ValueError"
b = io.BytesIO()
b.close()
try:
    it = iter(b)
    first = "returned the object" if it is b else "returned %r" % (it,)
    try:
        next(it)
        second = "a line"
    except Exception as e:
        second = type(e).__name__
    got = "iter: %s; next: %s" % (first, second)
except Exception as e:
    got = "iter: %s" % (type(e).__name__,)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
