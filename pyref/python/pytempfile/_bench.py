"""``python -m pytempfile --bench [--dir DIR] [--rounds N]``: the standard module against
pytempfile, operation by operation, in this interpreter.

Each round times a fixed number of iterations of every operation with both modules, in
alternating order (so that drift of a shared machine hits both alike); the table shows the
median time per iteration over the rounds and ``ratio = tempfile / pytempfile`` (above 1:
pytempfile is faster).  The criterion benches (``cargo bench -p benches``) are the measured
record; this is the quick check for any installed interpreter.
"""

import os
import statistics
import sys
import tempfile as _std
import time

import pytempfile as _ours

KIB = 1024


def _ops(d):
    small = b"x" * 100
    chunk = b"y" * (64 * KIB)

    def mkstemp(t):
        fd, p = t.mkstemp(dir=d)
        os.close(fd)
        os.unlink(p)

    def mkdtemp(t):
        os.rmdir(t.mkdtemp(dir=d))

    def named(t):
        with t.NamedTemporaryFile(dir=d) as f:
            f.write(small)

    def named_text(t):
        with t.NamedTemporaryFile("w+", dir=d, encoding="utf-8") as f:
            f.write("héllo\n" * 20)
            f.seek(0)
            f.read()

    def tempfile_(t):
        with t.TemporaryFile(dir=d) as f:
            f.write(small)

    def tempdir(t):
        with t.TemporaryDirectory(dir=d):
            pass

    def spool_memory(t):
        with t.SpooledTemporaryFile(max_size=64 * KIB, dir=d) as s:
            for _ in range(16):
                s.write(small)
            s.seek(0)
            s.read()

    def spool_rollover(t):
        with t.SpooledTemporaryFile(max_size=64 * KIB, dir=d) as s:
            s.write(chunk)
            s.write(b"z")
            s.seek(0)
            s.read()

    def spool_1m(t):
        with t.SpooledTemporaryFile(max_size=2 * KIB * KIB, dir=d) as s:
            for _ in range(16):
                s.write(chunk)
            s.seek(0)
            s.read()

    def spool_text(t):
        with t.SpooledTemporaryFile(max_size=64 * KIB, mode="w+", encoding="utf-8",
                                    dir=d) as s:
            for _ in range(16):
                s.write("héllo wörld\n")
            s.seek(0)
            s.read()

    return [("mkstemp", mkstemp, 200), ("mkdtemp", mkdtemp, 200),
            ("NamedTemporaryFile", named, 200), ("NamedTemporaryFile text", named_text, 200),
            ("TemporaryFile", tempfile_, 200), ("TemporaryDirectory", tempdir, 200),
            ("spool in memory (16 writes, read)", spool_memory, 500),
            ("spool 64 KiB + rollover", spool_rollover, 100),
            ("spool 1 MiB write+read", spool_1m, 30),
            ("text spool (16 writes, read)", spool_text, 500)]


def _time(fn, t, n):
    start = time.perf_counter()
    for _ in range(n):
        fn(t)
    return (time.perf_counter() - start) / n


def main(argv):
    d = None
    rounds = 7
    it = iter(argv)
    for a in it:
        if a == "--dir":
            d = next(it, None)
        elif a == "--rounds":
            rounds = int(next(it, "7"))
        else:
            print("usage: python -m pytempfile --bench [--dir DIR] [--rounds N]",
                  file=sys.stderr)
            return 2
    d = d or _std.gettempdir()
    print("CPython %s, %s, %d rounds" % (sys.version.split()[0], d, rounds))
    print("%-36s %12s %12s %7s" % ("operation", "tempfile", "pytempfile", "ratio"))
    for label, fn, n in _ops(d):
        std, ours = [], []
        for r in range(rounds):
            pair = [(_std, std), (_ours, ours)]
            for t, acc in (pair if r % 2 == 0 else pair[::-1]):
                acc.append(_time(fn, t, n))
        a, b = statistics.median(std), statistics.median(ours)
        print("%-36s %10.2f µs %10.2f µs %7.2f" % (label, a * 1e6, b * 1e6, a / b), flush=True)
    return 0
