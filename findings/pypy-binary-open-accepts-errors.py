"""PyPy: io.open in binary mode accepts errors=.

CPython refuses a text-only argument in binary mode, checking encoding, then errors, then
newline: open(f, "w+b", errors="strict") raises ValueError("binary mode doesn't take an errors
argument"). PyPy 8.0.1 (Python 3.11.17) opens the file and ignores errors=; with errors= and
newline= both given it reports the newline. tempfile passes errors= straight to io.open, so
NamedTemporaryFile("w+b", errors="replace") makes a file on PyPy and raises on CPython.

    python3 pypy-binary-open-accepts-errors.py     # exit status 1 where the answers differ
"""
import io
import os
import sys

CPYTHON = [
    "errors='strict': ValueError: binary mode doesn't take an errors argument",
    "errors='strict', newline='': ValueError: binary mode doesn't take an errors argument",
]


def answer(kwargs):
    shown = ", ".join("%s=%r" % kv for kv in kwargs.items())
    try:
        f = io.open(os.devnull, "w+b", **kwargs)
    except Exception as e:
        return "%s: %s: %s" % (shown, type(e).__name__, e)
    f.close()
    return "%s: opened" % shown


got = [answer({"errors": "strict"}), answer({"errors": "strict", "newline": ""})]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.11.7:", want)
    print("%-15s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
