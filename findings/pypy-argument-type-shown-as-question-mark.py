"""PyPy: TextIOWrapper's message for a non-str errors argument names the type "?".

CPython: TypeError("TextIOWrapper() argument 'errors' must be str or None, not int"). PyPy 8.0.1
(Python 3.11.17): "... must be str or None, not ?". tempfile passes errors= to TextIOWrapper for
a text-mode SpooledTemporaryFile.

    python3 pypy-argument-type-shown-as-question-mark.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = "TextIOWrapper() argument 'errors' must be str or None, not int"
try:
    io.TextIOWrapper(io.BytesIO(), errors=1)
    got = "no error"
except TypeError as e:
    got = str(e)
print("CPython 3.11.7:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
