"""RustPython: the io objects check their arguments before checking that they are open.

On a closed file CPython's io objects raise ValueError ("I/O operation on closed file", "truncate
of closed file") whatever the arguments, before looking at them, and a buffered file whose raw
stream was detached raises ValueError("raw stream has been detached"). RustPython 0.6.0
(Python 3.14) looks at the arguments or at what the object supports first:
- TextIOWrapper.seek('x') when closed: TypeError (CPython ValueError);
- TextIOWrapper.seek(-1) when closed: ValueError "negative seek position -1";
- TextIOWrapper.seek(1, 1) when closed: UnsupportedOperation "can't do nonzero cur-relative
  seeks";
- BytesIO.readlines(2.0) when closed: TypeError;
- BytesIO.seek(-1) when closed: ValueError about the negative number;
- BufferedReader.truncate() when closed: UnsupportedOperation;
- writelines(1) when closed: TypeError (not iterable);
- FileIO.write(b'') of a closed read-only file: UnsupportedOperation;
- BufferedRandom.readline(0) when closed: returns b'';
- BufferedRandom.writelines(1) when detached: TypeError; readline(0) when detached: b''.
tempfile's files are these objects (a closed text file, a closed in-memory spool).

    python3 rustpython-io-check-order.py     # exit status 1 where the answers differ
"""
import io
import os
import sys
import tempfile

CPYTHON = [
    "text seek('x'): ValueError: closed",
    "text seek(-1): ValueError: closed",
    "text seek(1, 1): ValueError: closed",
    "BytesIO readlines(2.0): ValueError: closed",
    "BytesIO seek(-1): ValueError: closed",
    "BufferedReader truncate(): ValueError: closed",
    "BufferedWriter writelines(1): ValueError: closed",
    "FileIO write(b''): ValueError: closed",
    "BufferedRandom readline(0): ValueError: closed",
    "detached BufferedRandom writelines(1): ValueError: detached",
    "detached BufferedRandom readline(0): ValueError: detached",
]


def closed(make):
    f = make()
    f.close()
    return f


def detached(make):
    f = make()
    f.detach()
    return f


def outcome(label, call):
    try:
        return "%s: returned %r" % (label, call())
    except Exception as e:
        what = ": closed" if "closed" in str(e) else ": detached" if "detached" in str(e) else ""
        return "%s: %s%s" % (label, type(e).__name__, what)


text = lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
got = [
    outcome("text seek('x')", lambda: closed(text).seek("x")),
    outcome("text seek(-1)", lambda: closed(text).seek(-1)),
    outcome("text seek(1, 1)", lambda: closed(text).seek(1, 1)),
    outcome("BytesIO readlines(2.0)", lambda: closed(io.BytesIO).readlines(2.0)),
    outcome("BytesIO seek(-1)", lambda: closed(io.BytesIO).seek(-1)),
    outcome("BufferedReader truncate()", lambda: closed(lambda: open(os.devnull, "rb")).truncate()),
    outcome("BufferedWriter writelines(1)",
            lambda: closed(lambda: open(os.devnull, "wb")).writelines(1)),
    outcome("FileIO write(b'')",
            lambda: closed(lambda: open(os.devnull, "rb", buffering=0)).write(b"")),
    outcome("BufferedRandom readline(0)", lambda: closed(tempfile.TemporaryFile).readline(0)),
    outcome("detached BufferedRandom writelines(1)",
            lambda: detached(tempfile.TemporaryFile).writelines(1)),
    outcome("detached BufferedRandom readline(0)",
            lambda: detached(tempfile.TemporaryFile).readline(0)),
]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
