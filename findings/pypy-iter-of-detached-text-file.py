"""PyPy: iter() of a detached TextIOWrapper succeeds.

CPython's iter(t) of a detached text file raises ValueError (its buffer has been detached);
PyPy 8.0.1 (Python 3.11.17) returns the object, and the ValueError comes from next(). A text
SpooledTemporaryFile whose wrapper was detached hands iter() on to it, so iterating it fails
one step later on PyPy. (For a closed BytesIO it is the other way round:
pypy-iter-of-closed-bytesio.py.)

    pypy3 findings/pypy-iter-of-detached-text-file.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = "iter: ValueError: underlying buffer has been detached"
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.detach()
try:
    it = iter(t)
    first = "returned the object" if it is t else "returned another object"
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
