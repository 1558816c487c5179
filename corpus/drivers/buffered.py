"""The buffered corpus's driver: runs cases (corpus/cases/buffered.txt's language, see
corpus/README.md) on this interpreter's tempfile.NamedTemporaryFile in binary modes.

Reads case lines (`MODE BUFFERING PREFILL : OPS`) on stdin; prints `= ` plus the line, then one
row per operation: `RESULT|LEN:FNV|OFFSET` (the result, the file's content read by path through
a second descriptor, the descriptor's offset). With PYTEMPFILE_READ1_FIX set, '+' files get
3.13's BufferedRandom.read1 (read1_fix.py).
"""

import os
import tempfile
import warnings

import read1_fix  # noqa: F401  (installs itself when PYTEMPFILE_READ1_FIX is set)
from protocol import fnv, serve

def pattern(k, n):
    return bytes(10 if (i + k) % 13 == 12 else 97 + (k * 7 + i) % 26 for i in range(n))

def said(heard):
    """The warnings heard since the last `!` (creation's included): `W` then `CATEGORY:TEXT`
    entries joined by `;`."""
    out = "W" + ";".join("%s:%s" % (w.category.__name__, w.message) for w in heard)
    heard.clear()
    return out

def enc(b):
    return "b%d:%016x" % (len(b), fnv(b))

def run(mode, buffering, prefill, ops, d):
    with warnings.catch_warnings(record=True) as heard:
        warnings.simplefilter("always")
        return run_heard(mode, buffering, prefill, ops, d, heard)

def run_heard(mode, buffering, prefill, ops, d, heard):
    try:
        f = tempfile.NamedTemporaryFile(mode=mode, buffering=buffering, delete=False, dir=d)
    except Exception as e:
        # No file: `!` still tells the warnings, every other operation the creation's error.
        made = "E%s:%s" % (type(e).__name__, e)
        return ["%s|-|-" % (said(heard) if op == "!" else made) for op in ops.split()]
    path, fd, b = f.name, f.fileno(), f.file
    if prefill:
        with open(path, "wb") as g:
            g.write(pattern(1000, prefill))
    rows = []
    for k, op in enumerate(ops.split()):
        c, arg = op[0], op[1:]
        n = int(arg) if c in "wr1ilT" else 0
        try:
            if c == "w":
                ret = "i%d" % b.write(pattern(k, n))
            elif c == "r":
                ret = enc(b.read() if n < 0 else b.read(n))
            elif c == "1":
                ret = enc(b.read1() if n < 0 else b.read1(n))
            elif c == "i":
                buf = bytearray(n)
                ret = enc(bytes(buf[:b.readinto(buf)]))
            elif c == "l":
                ret = enc(b.readline() if n < 0 else b.readline(n))
            elif c == "s":
                o, w = arg.split(",")
                ret = "i%d" % b.seek(int(o), int(w))
            elif c == "t":
                ret = "i%d" % b.tell()
            elif c == "T":
                ret = "i%d" % (b.truncate() if n < 0 else b.truncate(n))
            elif c == "f":
                b.flush()
                ret = "n"
            elif c == "c":
                b.close()
                ret = "n"
            elif c == "M":
                ret = "M" + b.mode
            elif c == "!":
                ret = said(heard)
        except Exception as e:
            ret = "E%s:%s" % (type(e).__name__, e)
        with open(path, "rb") as g:
            disk = g.read()
        off = "-" if b.closed else str(os.lseek(fd, 0, os.SEEK_CUR))
        rows.append("%s|%d:%016x|%s" % (ret, len(disk), fnv(disk), off))
    if not b.closed:
        b.close()
    os.unlink(path)
    return rows

def main():
    serve("buffered", lambda h, ops, d: run(h[0], int(h[1]), int(h[2]), ops, d))


if __name__ == "__main__":
    main()
