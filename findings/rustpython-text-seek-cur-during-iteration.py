"""RustPython: a text file's seek(0, 1) works while it is being iterated.

While a TextIOWrapper is iterated (after next(f)), CPython disables tell(): f.tell() and
f.seek(0, 1), which asks tell(), raise OSError "telling position disabled by next() call".
RustPython 0.6.0 (Python 3.14) raises it for tell() but answers seek(0, 1) with a position. A
text NamedTemporaryFile or TemporaryFile iterated with next() and then sought relative to the
current position returns where CPython raises.

    python3 rustpython-text-seek-cur-during-iteration.py   # exit status 1 where they differ
"""
import io
import sys

CPYTHON = ["tell(): OSError", "seek(0, 1): OSError"]
f = io.TextIOWrapper(io.BytesIO(b"a\nb\nc\n"), encoding="utf-8")
next(f)
got = []
for label, call in (("tell()", f.tell), ("seek(0, 1)", lambda: f.seek(0, 1))):
    try:
        got.append("%s: returned %r" % (label, call()))
    except Exception as e:
        got.append("%s: %s" % (label, type(e).__name__))
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
