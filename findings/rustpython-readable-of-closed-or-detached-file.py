"""RustPython: readable(), writable() and seekable() of a closed or detached file answer.

CPython's BytesIO, TextIOWrapper and buffered files raise ValueError from readable(), writable()
and seekable() once closed ("I/O operation on closed file"), and a buffered file whose raw stream
was detached raises ValueError("raw stream has been detached") (a BufferedReader's writable() and
a BufferedWriter's readable() are always False). RustPython 0.6.0 (Python 3.14) answers True:
BytesIO and TextIOWrapper for all three, a BufferedReader's readable(), a BufferedWriter's
writable(), a BufferedRandom's readable() and writable(), closed or detached. tempfile's closed
files (a text or binary NamedTemporaryFile or TemporaryFile, a closed SpooledTemporaryFile) and
detached binary ones answer.

    python3 rustpython-readable-of-closed-or-detached-file.py   # exit status 1 where they differ
"""
import io
import os
import sys
import tempfile

CPYTHON = [
    "closed BytesIO: readable ValueError, writable ValueError, seekable ValueError",
    "closed TextIOWrapper: readable ValueError, writable ValueError, seekable ValueError",
    "closed BufferedReader: readable ValueError",
    "closed BufferedWriter: writable ValueError",
    "detached BufferedRandom: readable ValueError, writable ValueError",
]


def closed(make):
    f = make()
    f.close()
    return f


def detached(make):
    f = make()
    f.detach()
    return f


def answers(label, f, methods):
    out = []
    for m in methods:
        try:
            out.append("%s %r" % (m, getattr(f, m)()))
        except Exception as e:
            out.append("%s %s" % (m, type(e).__name__))
    return "%s: %s" % (label, ", ".join(out))


three = ("readable", "writable", "seekable")
got = [
    answers("closed BytesIO", closed(io.BytesIO), three),
    answers("closed TextIOWrapper",
            closed(lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8")), three),
    answers("closed BufferedReader", closed(lambda: open(os.devnull, "rb")), ("readable",)),
    answers("closed BufferedWriter", closed(lambda: open(os.devnull, "wb")), ("writable",)),
    answers("detached BufferedRandom", detached(tempfile.TemporaryFile), ("readable", "writable")),
]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
