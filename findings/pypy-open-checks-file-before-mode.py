"""PyPy: io.open checks the file argument before the mode.

CPython's io.open validates the mode (and its combinations with the other arguments) first:
open(1.5, 'z') raises ValueError("invalid mode: 'z'"). PyPy 8.0.1 (Python 3.11.17) checks the
file first: TypeError("expected str, bytes or os.PathLike object, not float"). tempfile hands
io.open its dir as the file argument, so NamedTemporaryFile(mode='z', dir=1.5) raises another
class of exception on PyPy.

    python3 pypy-open-checks-file-before-mode.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = "ValueError: invalid mode: 'z'"
try:
    io.open(1.5, "z")
    got = "no error"
except Exception as e:
    got = "%s: %s" % (type(e).__name__, e)
print("CPython 3.11.7:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
