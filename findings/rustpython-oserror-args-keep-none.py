"""RustPython: an OSError from the os module keeps None filenames in its args.

CPython's os functions raise OSError(errno, strerror) when no file name applies, so e.args is
(22, 'Invalid argument'). RustPython 0.6.0 (Python 3.14) builds it with the filename slots
filled with None: e.args is (22, 'Invalid argument', None, None, None) (os.lseek, os.ftruncate,
os.close, os.scandir of a descriptor, ...). tempfile's file objects pass such errors through (a
truncate or seek to a negative position), and so does TemporaryDirectory.cleanup (shutil.rmtree
sets the filename of such an error afterwards, its args keep the three None).

    python3 rustpython-oserror-args-keep-none.py     # exit status 1 where the answers differ
"""
import os
import sys
import tempfile

CPYTHON = "(22, 'Invalid argument')"
with tempfile.TemporaryFile() as f:
    try:
        os.lseek(f.fileno(), -1, os.SEEK_SET)
        got = "no error"
    except OSError as e:
        got = repr(e.args)
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
