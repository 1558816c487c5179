"""RustPython: TextIOWrapper.readline(None) and BufferedReader.read1(None) are accepted.

CPython's TextIOWrapper.readline and the buffered read1 take their size as a C integer: None
raises TypeError "'NoneType' object cannot be interpreted as an integer" (read and BytesIO's
methods do accept None). RustPython 0.6.0 (Python 3.14) accepts None for both and reads. A
TemporaryFile's or NamedTemporaryFile's readline(None) (text) or read1(None) (binary) returns
where CPython raises, and on a closed or write-only file raises another class.

    python3 rustpython-size-none-accepted.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = ["TextIOWrapper.readline(None): TypeError", "BufferedReader.read1(None): TypeError"]


def outcome(label, call):
    try:
        return "%s: returned %r" % (label, call())
    except Exception as e:
        return "%s: %s" % (label, type(e).__name__)


got = [
    outcome("TextIOWrapper.readline(None)",
            lambda: io.TextIOWrapper(io.BytesIO(b"a\n"), encoding="utf-8").readline(None)),
    outcome("BufferedReader.read1(None)",
            lambda: io.BufferedReader(io.BytesIO(b"ab")).read1(None)),
]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
