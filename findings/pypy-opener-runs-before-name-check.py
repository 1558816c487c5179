"""PyPy: io.open with an opener calls it before checking the file name.

CPython's FileIO converts the name it is given (embedded NUL: ValueError; a lone surrogate:
UnicodeEncodeError) before it calls the opener, even though the opener decides what is opened.
PyPy 8.0.1 (Python 3.11.17) calls the opener first. tempfile opens its files as
io.open(dir, mode, opener=...) with the opener creating the file, so with a dir holding a NUL or
a lone surrogate PyPy draws a candidate name and tries to create it, where CPython fails before.

    python3 pypy-opener-runs-before-name-check.py   # exit status 1 where the answers differ
"""
import io
import os
import sys

CPYTHON = [
    "'a\\x00b': ValueError: embedded null byte; opener called: False",
    "'a\\ud800': UnicodeEncodeError; opener called: False",
]


def answer(name):
    called = []

    def opener(path, flags):
        called.append(path)
        return os.open(os.devnull, flags)

    try:
        io.open(name, "rb", opener=opener).close()
        what = "opened"
    except UnicodeEncodeError:
        what = "UnicodeEncodeError"
    except ValueError as e:
        what = "ValueError: %s" % e
    return "%r: %s; opener called: %s" % (name, what, bool(called))


got = [answer("a\x00b"), answer("a\ud800")]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.11.7:", want)
    print("%-15s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
