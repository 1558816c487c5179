"""RustPython: io.text_encoding() refuses an encoding that is not a str.

CPython's io.text_encoding(encoding) returns any encoding that is not None as it is (the type is
checked later, by whoever opens the file): io.text_encoding(1) is 1. RustPython 0.6.0 (Python
3.14) raises TypeError "Expected type 'str' but 'int' found.". tempfile's TemporaryFile and
NamedTemporaryFile call io.text_encoding(encoding) first for a text mode, before checking prefix,
suffix and dir: with encoding=1 and a bad dir, CPython reports the dir and RustPython the
encoding; with encoding=1 alone both raise TypeError, but CPython has computed tempfile.tempdir
on the way (gettempdir()) and RustPython has not.

    python3 rustpython-text-encoding-checks-type.py     # exit status 1 where the answers differ
"""
import io
import sys
import tempfile

CPYTHON = [
    "text_encoding(1): returned 1",
    "text_encoding(b'x'): returned b'x'",
    "TemporaryFile('w+', encoding=1): TypeError; tempfile.tempdir set: True",
]


def outcome(value):
    label = "text_encoding(%r)" % (value,)
    try:
        return "%s: returned %r" % (label, io.text_encoding(value))
    except Exception as e:
        return "%s: %s" % (label, type(e).__name__)


got = [outcome(1), outcome(b"x")]
tempfile.tempdir = None
try:
    tempfile.TemporaryFile("w+", encoding=1).close()
    what = "created"
except Exception as e:
    what = type(e).__name__
got.append("TemporaryFile('w+', encoding=1): %s; tempfile.tempdir set: %s"
           % (what, tempfile.tempdir is not None))
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
