"""PyPy: file seek refuses whence 3 and 4 (SEEK_DATA, SEEK_HOLE).

CPython passes any whence on to lseek for a file opened in binary mode, so on Linux
f.seek(0, os.SEEK_DATA) finds the first data (and os.SEEK_HOLE the end of the data). PyPy 8.0.1
(Python 3.11.17) raises ValueError("whence must be between 0 and 2, not 3") without asking the
system. A NamedTemporaryFile or TemporaryFile seeks the same way.

    python3 pypy-seek-refuses-data-and-hole.py     # exit status 1 where the answers differ
"""
import sys
import tempfile

CPYTHON = "seek(0, 3): 0; seek(0, 4): 3"
answers = []
with tempfile.TemporaryFile() as f:
    f.write(b"abc")
    f.flush()
    for whence in (3, 4):
        try:
            answers.append("seek(0, %d): %s" % (whence, f.seek(0, whence)))
        except Exception as e:
            answers.append("seek(0, %d): %s: %s" % (whence, type(e).__name__, e))
got = "; ".join(answers)
print("CPython 3.11.7:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
