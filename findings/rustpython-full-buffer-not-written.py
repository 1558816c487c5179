"""RustPython: a buffered file keeps a write that exactly fills its buffer.

CPython's BufferedWriter (and BufferedRandom) writes its buffer to the file as soon as a write
fills it: with buffering=4, write(b'abcd') is on disk at once. RustPython 0.6.0 (Python 3.14)
keeps the 4 bytes buffered until a later write overflows the buffer, a flush or a close.
tempfile's binary NamedTemporaryFile and TemporaryFile with a small buffering show other file
contents on disk (to another reader of the file) after such a write.

    python3 rustpython-full-buffer-not-written.py     # exit status 1 where the answers differ
"""
import os
import sys
import tempfile

CPYTHON = ["buffering=4, write 3 bytes: 0 on disk", "buffering=4, write 4 bytes: 4 on disk"]
got = []
for n in (3, 4):
    with tempfile.NamedTemporaryFile("w+b", buffering=4) as f:
        f.write(b"x" * n)
        got.append("buffering=4, write %d bytes: %d on disk" % (n, os.path.getsize(f.name)))
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
