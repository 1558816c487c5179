"""PyPy: a text file's UnicodeEncodeError names another codec than CPython's.

CPython's first write through TextIOWrapper(encoding="utf-32") goes through the utf-32 encoder
(which writes the BOM), so its UnicodeEncodeError has encoding 'utf-32' (later writes use the -le
encoder), and a latin-1 file's error names 'latin-1'. PyPy 8.0.1 (Python 3.11.17) reports
'utf-32-le' (and 'utf-16-le') already on the first write, and 'latin1' for latin-1. A text-mode
temporary file shows it in the exception's encoding attribute and message.

    python3 pypy-bom-codec-error-names-the-le-codec.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = ["utf-16: 'utf-16'", "utf-32: 'utf-32'", "latin-1: 'latin-1'"]


def first_write_error(encoding):
    f = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    try:
        f.write("\ud800" if encoding != "latin-1" else "\U0001f600")
        f.flush()
    except UnicodeEncodeError as e:
        return "%s: %r" % (encoding, e.encoding)
    return "%s: no error" % encoding


got = [first_write_error("utf-16"), first_write_error("utf-32"), first_write_error("latin-1")]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.11.7:", want)
    print("%-15s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
