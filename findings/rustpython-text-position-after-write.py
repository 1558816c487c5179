"""RustPython: a text file's position after a write is wrong for seek(0, 1) and tell().

CPython's TextIOWrapper flushes what was written before it computes a position: after
write('abcd') on a new text file, seek(0, 1) returns 4 and leaves the position there, so a
following write('ef') gives 'abcdef'; and tell() after a write asks the buffer, so after
seek(2**70) and write('y'*70) in append mode it is 70 (the end of the file). RustPython 0.6.0
(Python 3.14):
- seek(0, 1) right after a write returns 0, the position before the write, and moves there: the
  next write overwrites, the file holds 'efcd';
- tell() after a write is the position of the last seek plus what was written: 2**70 + 70.
A text NamedTemporaryFile, TemporaryFile or SpooledTemporaryFile answers other positions, and
loses data on the seek(0, 1).

    python3 rustpython-text-position-after-write.py   # exit status 1 where they differ
"""
import sys
import tempfile

CPYTHON = [
    "write('abcd'), seek(0, 1) 4, write('ef'): 'abcdef'",
    "append, seek(2**70), write('y'*70): tell() 70",
]
got = []
with tempfile.TemporaryFile("w+", encoding="utf-8") as f:
    f.write("abcd")
    pos = f.seek(0, 1)
    f.write("ef")
    f.seek(0)
    got.append("write('abcd'), seek(0, 1) %d, write('ef'): %r" % (pos, f.read()))
with tempfile.TemporaryFile("a+", encoding="latin-1") as f:
    f.seek(2 ** 70)
    f.write("y" * 70)
    t = f.tell()
    got.append("append, seek(2**70), write('y'*70): tell() %s"
               % ("2**70 + %d" % (t - 2 ** 70) if t >= 2 ** 70 else t))
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
