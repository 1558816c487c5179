"""RustPython: os.symlink's OSError names neither path.

CPython's os.symlink(src, dst) failing (dst exists) raises FileExistsError with filename src and
filename2 dst: "[Errno 17] File exists: 'src' -> 'dst'". RustPython 0.6.0 (Python 3.14) raises
it without them: "[Errno 17] File exists", filename and filename2 None (and args
(17, 'File exists', None, None, None)). The harness plants symlinks at tempfile's candidate
names with os.symlink; a plant that fails reports another error.

    python3 rustpython-symlink-error-without-filenames.py   # exit status 1 where they differ
"""
import os
import sys
import tempfile

CPYTHON = ("FileExistsError filename='<d>/a' filename2='<d>/b': "
           "[Errno 17] File exists: '<d>/a' -> '<d>/b'")
d = tempfile.mkdtemp()
a, b = os.path.join(d, "a"), os.path.join(d, "b")
open(b, "w").close()
try:
    os.symlink(a, b)
    got = "no error"
except OSError as e:
    got = ("%s filename=%r filename2=%r: %s" % (type(e).__name__, e.filename, e.filename2, e)
           ).replace(d, "<d>")
os.unlink(b)
os.rmdir(d)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
