"""PyPy: TextIOWrapper checks its state and its arguments in another order than CPython.

Three calls whose two problems CPython reports in one order and PyPy 8.0.1 (Python 3.11.17) in
the other, so the exception class differs:
- read(2.0) on a write-only text file: CPython TypeError (the size), PyPy UnsupportedOperation;
- writelines([None]) on a read-only text file: CPython TypeError (the line), PyPy
  UnsupportedOperation;
- seek('x') on a closed text file: CPython ValueError (closed), PyPy TypeError (the offset).
tempfile's text files are these objects.

    python3 pypy-textiowrapper-check-order.py     # exit status 1 where the answers differ
"""
import io
import os
import sys

CPYTHON = [
    "read(2.0) on 'w': TypeError",
    "writelines([None]) on 'r': TypeError",
    "seek('x') when closed: ValueError",
]


def outcome(label, call):
    try:
        call()
        return "%s: no error" % label
    except Exception as e:
        return "%s: %s" % (label, type(e).__name__)


w = io.open(os.devnull, "w")
r = io.open(os.devnull, "r")
c = io.open(os.devnull, "r")
c.close()
got = [
    outcome("read(2.0) on 'w'", lambda: w.read(2.0)),
    outcome("writelines([None]) on 'r'", lambda: r.writelines([None])),
    outcome("seek('x') when closed", lambda: c.seek("x")),
]
w.close()
r.close()
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.11.7:", want)
    print("%-15s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
