"""RustPython: TextIOWrapper.truncate() truncates at tell()'s cookie, not at the buffer's position.

CPython's TextIOWrapper.truncate(pos=None) flushes and calls buffer.truncate(None): the file is
cut at the buffer's position. RustPython 0.6.0 (Python 3.14) truncates at the position tell()
reports, a cookie rather than a byte offset: after seek(2**70) (a cookie CPython and RustPython
both accept), truncate() raises ValueError "cannot fit 'int' into an offset-sized integer" (over
a BytesIO: OverflowError "Python int too large to convert to Rust isize") where CPython truncates
at 0. A text TemporaryFile, NamedTemporaryFile or SpooledTemporaryFile behaves so.

    python3 rustpython-text-truncate-at-cookie.py     # exit status 1 where the answers differ
"""
import io
import sys
import tempfile

CPYTHON = [
    "file: seek(2**70) returned 2**70; truncate() returned 0",
    "BytesIO: seek(2**70) returned 2**70; truncate() returned 0",
]


def answer(label, f):
    f.write("abc")
    first = "seek(2**70) returned %s" % ("2**70" if f.seek(2 ** 70) == 2 ** 70 else "?")
    try:
        second = "truncate() returned %r" % (f.truncate(),)
    except Exception as e:
        second = "truncate(): %s: %s" % (type(e).__name__, e)
    f.close()
    return "%s: %s; %s" % (label, first, second)


got = [
    answer("file", tempfile.TemporaryFile("w+", encoding="utf-8")),
    answer("BytesIO", io.TextIOWrapper(io.BytesIO(), encoding="utf-8")),
]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
