"""RustPython: a detached TextIOWrapper answers None for buffer and newlines.

After TextIOWrapper.detach(), CPython's wrapper raises ValueError("underlying buffer has been
detached") for its buffer and newlines attributes (as for name and closed). RustPython 0.6.0
(Python 3.14) returns None for both. A NamedTemporaryFile's or TemporaryFile's text file, or a
text SpooledTemporaryFile's file, after detach() shows the difference.

    python3 rustpython-detached-wrapper-buffer-is-none.py   # exit status 1 where they differ
"""
import io
import sys

CPYTHON = ["buffer: ValueError", "newlines: ValueError"]
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.detach()
got = []
for attr in ("buffer", "newlines"):
    try:
        got.append("%s: returned %r" % (attr, getattr(t, attr)))
    except Exception as e:
        got.append("%s: %s" % (attr, type(e).__name__))
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
