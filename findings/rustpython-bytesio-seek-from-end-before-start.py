"""RustPython: BytesIO.seek to before the start, relative to the end, raises OSError errno 0.

CPython's BytesIO.seek(pos, whence) with whence 1 or 2 clamps a position before the start to 0:
BytesIO(b'abc').seek(-5, 2) returns 0. RustPython 0.6.0 (Python 3.14) does so for whence 1, but
for whence 2 raises OSError "[Errno 0] Success". An in-memory SpooledTemporaryFile's seek(-2, 2)
is this call.

    python3 rustpython-bytesio-seek-from-end-before-start.py   # exit status 1 where they differ
"""
import io
import sys

CPYTHON = ["seek(-5, 1): returned 0", "seek(-5, 2): returned 0"]


def outcome(whence):
    label = "seek(-5, %d)" % whence
    try:
        return "%s: returned %r" % (label, io.BytesIO(b"abc").seek(-5, whence))
    except Exception as e:
        return "%s: %s: %s" % (label, type(e).__name__, e)


got = [outcome(1), outcome(2)]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
