"""``python -m pytempfile --bench [--dir DIR] [--rounds N]``: the standard module against
pytempfile, operation by operation, in this interpreter.

Each round times a fixed number of iterations of every operation with both modules, in
alternating order (so that drift of a shared machine hits both alike); the table shows the
median time per iteration over the rounds and ``ratio = tempfile / pytempfile`` (above 1:
pytempfile is faster).  The criterion benches (``cargo bench -p benches``) are the measured
record; this is the quick check for any installed interpreter.

The ``floor`` column times the same operation made of nothing but what any implementation
must do from Python: the system calls through ``os`` with names from a counter (no random
names, no checks, no retries) and CPython's own ``io`` objects, without the standard module's
wrapper classes.  No exact drop-in can be faster than that, so ``max = tempfile / floor`` is
the highest ratio an operation can reach on this machine: where it is below a target, the
difference is time spent in the kernel and in ``io``, which both modules share.

``--instructions`` counts user-space instructions instead of time: every operation of every
contender runs in a child interpreter under ``valgrind --tool=callgrind``, once with N and once
with 2N iterations, and the table shows the difference divided by N (start-up, imports and
first-call work cancel out).  The counts do not depend on how loaded the machine is; the
children run with ``PYTHONHASHSEED=0``, as string hashes decide dictionary probes.
"""

import io
import itertools
import os
import subprocess
import sys
import tempfile as _std
import time

import pytempfile as _ours

KIB = 1024


class _Floor:
    """The lower bound: the operations' system calls and io objects, nothing else."""

    _counter = itertools.count()
    _flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(
        os, "O_CLOEXEC", 0)
    _tmpfile = getattr(os, "O_TMPFILE", 0)

    def __init__(self):
        self._prefix = "floor%d." % os.getpid()

    def _name(self, d):
        return "%s/%s%d" % (d, self._prefix, next(self._counter))

    @staticmethod
    def _wrap(fd, mode, encoding=None):
        # The objects io.open would build, without its isatty() call (a new file is never a
        # terminal): FileIO, BufferedRandom, and TextIOWrapper in text mode.
        f = io.BufferedRandom(io.FileIO(fd, "r+"))
        if "b" in mode:
            return f
        return io.TextIOWrapper(f, encoding=encoding)

    def mkstemp(self, dir):
        name = self._name(dir)
        return os.open(name, self._flags, 0o600), name

    def mkdtemp(self, dir):
        name = self._name(dir)
        os.mkdir(name, 0o700)
        return name

    def NamedTemporaryFile(self, mode="w+b", dir=None, encoding=None):
        name = self._name(dir)
        fd = os.open(name, self._flags, 0o600)
        return _FloorFile(self._wrap(fd, mode, encoding), name)

    def TemporaryFile(self, dir=None):
        if self._tmpfile:
            fd = os.open(dir, (self._flags | self._tmpfile) & ~os.O_CREAT & ~os.O_EXCL, 0o600)
            return self._wrap(fd, "w+b")
        return self.NamedTemporaryFile(dir=dir)

    def TemporaryDirectory(self, dir=None):
        return _FloorDir(self.mkdtemp(dir))

    def SpooledTemporaryFile(self, max_size=0, mode="w+b", encoding=None, dir=None):
        return _FloorSpool(self, max_size, mode, encoding, dir)


class _FloorFile:
    def __init__(self, f, name):
        self.f, self.name = f, name

    def __enter__(self):
        return self.f

    def __exit__(self, *exc):
        self.f.close()
        os.unlink(self.name)


class _FloorDir:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        os.rmdir(self.name)


class _FloorSpool:
    """A BytesIO (under a TextIOWrapper in text mode) until max_size, then a TemporaryFile."""

    def __init__(self, floor, max_size, mode, encoding, dir):
        self.floor, self.max_size, self.dir = floor, max_size, dir
        self.f = io.BytesIO()
        if "b" not in mode:
            self.f = io.TextIOWrapper(self.f, encoding=encoding)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()

    def write(self, b):
        n = self.f.write(b)
        if self.max_size and self.f.tell() > self.max_size:
            new = self.floor.TemporaryFile(dir=self.dir)
            new.write(self.f.getvalue())
            new.seek(self.f.tell())
            self.f = new
        return n

    def seek(self, *args):
        return self.f.seek(*args)

    def read(self, *args):
        return self.f.read(*args)


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


_CONTENDERS = ("tempfile", "pytempfile", "floor")


def _contender(name):
    return {"tempfile": _std, "pytempfile": _ours}.get(name) or _Floor()


def _child(argv):
    # One measured loop, for callgrind: OP-INDEX CONTENDER N DIR.
    index, name, n, d = int(argv[0]), argv[1], int(argv[2]), argv[3]
    fn = _ops(d)[index][1]
    t = _contender(name)
    for _ in range(n):
        fn(t)
    return 0


def _callgrind(index, name, n, d):
    # PYTEMPFILE_VALGRIND: another valgrind (e.g. the host's, with VALGRIND_LIB, inside the sid
    # root of scripts/cpython-root.sh, which has none).
    cmd = [os.environ.get("PYTEMPFILE_VALGRIND", "valgrind"), "--tool=callgrind",
           "--callgrind-out-file=/dev/null",
           sys.executable, "-m", "pytempfile", "--bench", "--child", str(index), name, str(n), d]
    # One hash seed: str hashes decide dictionary probe sequences, hence instruction counts.
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    m = None
    for line in out.stderr.splitlines():
        if "Collected :" in line:
            m = int(line.rsplit(":", 1)[1].split()[0])
    if out.returncode != 0 or m is None:
        raise RuntimeError("callgrind failed for %s/%s:\n%s" % (index, name, out.stderr[-2000:]))
    return m


def _instructions(d, n, record, argv):
    import platform
    print("CPython %s, %s, user-space instructions per iteration (callgrind, %d and %d "
          "iterations differenced)" % (sys.version.split()[0], d, n, 2 * n))
    print("%-36s %12s %12s %12s %9s" % ("operation", "tempfile", "pytempfile", "floor",
                                        "over floor"))
    rows = []
    for index, (label, _, _) in enumerate(_ops(d)):
        counts = []
        for name in _CONTENDERS:
            one, two = _callgrind(index, name, n, d), _callgrind(index, name, 2 * n, d)
            counts.append((two - one) / n)
        rows.append((label, *counts))
        print("%-36s %11.1fk %11.1fk %11.1fk %9.2f" % (label, counts[0] / 1e3, counts[1] / 1e3,
                                                      counts[2] / 1e3, counts[1] / counts[2]),
              flush=True)
    if record:
        from pytempfile import _results
        body = ["User-space instructions per iteration, `valgrind --tool=callgrind` of a child "
                "interpreter running %d and %d iterations, differenced, in `%s`. `over floor` "
                "is pytempfile / floor." % (n, 2 * n, d), "",
                "| operation | tempfile | pytempfile | floor | over floor |",
                "|---|---|---|---|---|"]
        for label, a, b, c in rows:
            body.append("| %s | %.1fk | %.1fk | %.1fk | %.2f |" % (label, a / 1e3, b / 1e3,
                                                                 c / 1e3, b / c))
        path = _results.write(
            "instructions-python-%s%s" % (platform.python_version(), _label(argv)),
            "`python -m pytempfile --bench --instructions`: CPython %s"
            % platform.python_version(),
            "python -m pytempfile --bench " + " ".join(argv), body)
        print("written to %s" % path)
    return 0


def _label(argv):
    # --label L: a suffix for the results file (e.g. the before table of a change).
    if "--label" in argv:
        i = argv.index("--label")
        if i + 1 < len(argv):
            return "-" + argv[i + 1]
    return ""


def main(argv):
    if argv[:1] == ["--child"]:
        return _child(argv[1:])
    d = None
    rounds = 7
    record = False
    instructions = None
    it = iter(argv)
    for a in it:
        if a == "--dir":
            d = next(it, None)
        elif a == "--rounds":
            rounds = int(next(it, "7"))
        elif a == "--record":
            record = True
        elif a == "--label":
            next(it, None)
        elif a == "--instructions":
            instructions = 200
        elif a.startswith("--instructions="):
            instructions = int(a.split("=", 1)[1])
        else:
            print("usage: python -m pytempfile --bench [--dir DIR] [--rounds N] [--record]\n"
                  "                                    [--instructions[=N]] [--label L]\n"
                  "  --dir DIR         where the files are made (default: gettempdir())\n"
                  "  --rounds N        rounds per operation, contenders interleaved (default 7)\n"
                  "  --instructions    user-space instructions per iteration (callgrind, N and\n"
                  "                    2N iterations differenced; N defaults to 200) instead of time\n"
                  "  --record          also write results/bench-python-<version>-<fs>.md\n"
                  "                    (instructions-python-<version>.md with --instructions)\n"
                  "  --label L         append -L to the results file's name",
                  file=sys.stderr if a not in ("-h", "--help") else sys.stdout)
            return 0 if a in ("-h", "--help") else 2
    import platform
    import statistics
    d = d or _std.gettempdir()
    if instructions:
        return _instructions(d, instructions, record, argv)
    print("CPython %s, %s, %d rounds" % (sys.version.split()[0], d, rounds))
    print("%-36s %12s %12s %12s %7s %7s" % ("operation", "tempfile", "pytempfile", "floor",
                                             "ratio", "max"))
    floor = _Floor()
    rows = []
    for label, fn, n in _ops(d):
        std, ours, low = [], [], []
        for r in range(rounds):
            trio = [(_std, std), (_ours, ours), (floor, low)]
            for t, acc in trio[r % 3:] + trio[:r % 3]:
                acc.append(_time(fn, t, n))
        a, b, c = statistics.median(std), statistics.median(ours), statistics.median(low)
        rows.append((label, a, b, c))
        print("%-36s %10.2f µs %10.2f µs %10.2f µs %7.2f %7.2f"
              % (label, a * 1e6, b * 1e6, c * 1e6, a / b, a / c), flush=True)
    if record:
        from pytempfile import _results
        fs = _results.fs_type(d)
        body = ["Medians of %d interleaved rounds in `%s` (%s). `ratio` is tempfile / pytempfile, "
                "`over floor` pytempfile / floor, `max` tempfile / floor (the best an exact drop-in "
                "could reach here)." % (rounds, d, fs), "",
                "| operation | tempfile | pytempfile | floor | ratio | over floor | max |",
                "|---|---|---|---|---|---|---|"]
        for label, a, b, c in rows:
            body.append("| %s | %.2f µs | %.2f µs | %.2f µs | %.2f | %.2f | %.2f |"
                        % (label, a * 1e6, b * 1e6, c * 1e6, a / b, b / c, a / c))
        path = _results.write(
            "bench-python-%s-%s%s" % (platform.python_version(), fs, _label(argv)),
            "`python -m pytempfile --bench`: CPython %s, %s" % (platform.python_version(), fs),
            "python -m pytempfile --bench " + " ".join(argv), body)
        print("written to %s" % path)
    return 0
