"""RustPython: FileIO.truncate truncates a file opened for reading only.

CPython's FileIO.truncate checks that the file object was opened for writing and raises
io.UnsupportedOperation "File not open for writing" otherwise. RustPython 0.6.0 (Python 3.14)
does not check; it calls ftruncate on the descriptor, which succeeds when the descriptor itself
is writable. tempfile's NamedTemporaryFile and TemporaryFile open their descriptor O_RDWR
whatever the mode, so NamedTemporaryFile('rb', buffering=0).truncate(3) cuts the file on
RustPython and raises on CPython.

    python3 rustpython-read-only-raw-file-truncates.py     # exit status 1 where they differ
"""
import os
import sys
import tempfile

CPYTHON = "UnsupportedOperation: File not open for writing; size 10"
fd, path = tempfile.mkstemp()           # opened O_RDWR, as tempfile's files are
os.write(fd, b"0123456789")
f = open(fd, "rb", buffering=0)         # a read-only file object over it
try:
    what = "returned %r" % (f.truncate(3),)
except Exception as e:
    what = "%s: %s" % (type(e).__name__, e)
f.close()
got = "%s; size %d" % (what, os.path.getsize(path))
os.unlink(path)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
