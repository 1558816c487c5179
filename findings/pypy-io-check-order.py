"""PyPy: the io objects check their state and their arguments in another order than CPython.

Calls with two problems each, which CPython reports in one order and PyPy 8.0.1 (Python
3.11.17) in the other, so the exception class differs:
- read(2.0) on a write-only text file: CPython TypeError (the size), PyPy UnsupportedOperation;
- writelines([None]) on a read-only text file: CPython TypeError (the line), PyPy
  UnsupportedOperation;
- seek('x') on a closed text file: CPython ValueError (closed), PyPy TypeError (the offset);
- read('x') on a closed BytesIO: CPython TypeError (the size), PyPy ValueError (closed);
- readlines(2.0) on a closed BytesIO: CPython ValueError (closed), PyPy TypeError (the hint);
- seek(-1) on a closed text file: both ValueError, CPython's about the closed file, PyPy's
  about the negative position;
- readinto(1), readinto1(1) and read1('x') on a closed BytesIO: CPython TypeError (the
  argument), PyPy ValueError (closed).
tempfile's text files are the TextIOWrapper objects, and an in-memory SpooledTemporaryFile's
binary buffer is a BytesIO.

    python3 findings/pypy-io-check-order.py     # exit status 1 where the answers differ
"""
import io
import os
import sys

CPYTHON = [
    "read(2.0) on 'w': TypeError",
    "writelines([None]) on 'r': TypeError",
    "seek('x') when closed: ValueError",
    "BytesIO read('x') when closed: TypeError",
    "BytesIO readlines(2.0) when closed: ValueError",
    "seek(-1) when closed: ValueError (closed)",
    "BytesIO readinto(1) when closed: TypeError",
    "BytesIO readinto1(1) when closed: TypeError",
    "BytesIO read1('x') when closed: TypeError",
]


def outcome(label, call):
    try:
        call()
        return "%s: no error" % label
    except Exception as e:
        what = " (closed)" if "closed" in str(e) else ""
        if isinstance(e, ValueError) and label.startswith("seek(-1)"):
            return "%s: %s%s" % (label, type(e).__name__, what or " (%s)" % e)
        return "%s: %s" % (label, type(e).__name__)


w = io.open(os.devnull, "w")
r = io.open(os.devnull, "r")
c = io.open(os.devnull, "r")
c.close()
d = io.open(os.devnull, "r")
d.close()
b = io.BytesIO()
b.close()
got = [
    outcome("read(2.0) on 'w'", lambda: w.read(2.0)),
    outcome("writelines([None]) on 'r'", lambda: r.writelines([None])),
    outcome("seek('x') when closed", lambda: c.seek("x")),
    outcome("BytesIO read('x') when closed", lambda: b.read("x")),
    outcome("BytesIO readlines(2.0) when closed", lambda: b.readlines(2.0)),
    outcome("seek(-1) when closed", lambda: d.seek(-1)),
    outcome("BytesIO readinto(1) when closed", lambda: b.readinto(1)),
    outcome("BytesIO readinto1(1) when closed", lambda: b.readinto1(1)),
    outcome("BytesIO read1('x') when closed", lambda: b.read1("x")),
]
w.close()
r.close()
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.11.7:", want)
    print("%-15s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
