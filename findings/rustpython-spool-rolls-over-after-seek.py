"""RustPython: a text SpooledTemporaryFile rolls over after seek(2**70) and a one-character write.

SpooledTemporaryFile rolls over to a real file when, after a write, its file's tell() exceeds
max_size. On CPython, after seek(2**70) (a cookie a text file accepts) and write('x'), the
in-memory text file's tell() is 1: CPython flushes and asks the BytesIO. RustPython 0.6.0
(Python 3.14) answers the last seek's position plus what was written (2**70 + 1, see
rustpython-text-position-after-write.py), so the spool rolls over to a file on disk where
CPython's stays in memory.

    python3 rustpython-spool-rolls-over-after-seek.py     # exit status 1 where they differ
"""
import sys
import tempfile

CPYTHON = "rolled over: False"
with tempfile.SpooledTemporaryFile(max_size=5, mode="w+", encoding="utf-8") as f:
    f.seek(2 ** 70)
    f.write("x")
    got = "rolled over: %s" % (f._rolled,)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
