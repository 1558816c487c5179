"""The bad-input sweep (issue 14): every public function and method of the module fed bad
input of every kind, run once with the standard ``tempfile`` and once with ``pytempfile`` in the
same interpreter.  ``run(module_name, base)`` returns ``{case: record}``; the caller
(conformance/tests/bad_input.rs) compares the records case by case and checks the hard
invariants: no ``PanicException``, no hang (``faulthandler`` aborts a case that takes over
60 s), no leaked descriptor, no stray file, no lost byte.

A record: ``category``, ``obs`` (observations: results and exceptions with class, errno and
message, paths shown relative to the case's directory), ``panic``, ``leaked`` (descriptors
open after the case that were not before), ``stray`` (entries left in the case's directory
after the case cleaned up what it created), ``lost`` (data a failed operation lost), ``skip``
(why a case could not run here, e.g. no permission to mount).

Names are drawn from a seeded name sequence, identical for both modules, so that observations
that contain names compare equal.
"""

import errno as _errno
import faulthandler
import gc
import importlib
import io
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import threading

CASES = []
DEFAULT_DELETE_ON_CLOSE = sys.version_info >= (3, 12)


def case(category, label=None):
    def deco(fn):
        CASES.append((category, label or fn.__name__, fn))
        return fn
    return deco


def _exc(e):
    parts = [type(e).__name__]
    if isinstance(e, OSError):
        parts.append("errno=%s" % (_errno.errorcode.get(e.errno, e.errno),))
    parts.append(str(e))
    return " ".join(parts)


class Ctx:
    """What a case works with: the module, its directory, and what it must clean up."""

    def __init__(self, t, d):
        self.t, self.d = t, d
        self.closers = []
        self.paths = []
        self.lost = []
        # Entries a case made itself before calling the module (never stray).
        self.fixtures = []

    def keep(self, r):
        """Register a call's result for cleanup; return a description of it."""
        t = self.t
        if isinstance(r, tuple) and len(r) == 2 and isinstance(r[0], int):
            self.closers.append(lambda fd=r[0]: os.close(fd))
            self.paths.append(r[1])
            return "(fd, %s)" % self.rel(r[1])
        if isinstance(r, (str, bytes)):
            self.paths.append(r)
            return self.rel(r)
        if isinstance(r, t.TemporaryDirectory):
            self.closers.append(r.cleanup)
            return "TemporaryDirectory %s" % self.rel(r.name)
        if hasattr(r, "close"):
            self.closers.append(r.close)
            name = getattr(r, "name", None)
            if isinstance(name, (str, bytes)):
                self.paths.append(name)
            return "%s mode=%r name=%s" % (type(r).__name__.lstrip("_"),
                                           getattr(r, "mode", None), self.rel(name))
        return repr(r)

    def rel(self, p):
        if isinstance(p, bytes):
            p = os.fsdecode(p)
        if isinstance(p, str):
            return repr(p.replace(os.path.dirname(self.d), "<base>"))
        return repr(p)

    def finish(self):
        for c in reversed(self.closers):
            try:
                c()
            except Exception:
                pass
        for p in self.paths:
            if isinstance(p, int):
                continue
            try:
                if os.path.isdir(p) and not os.path.islink(p):
                    shutil.rmtree(p)
                else:
                    os.unlink(p)
            except (OSError, ValueError):
                pass


def call(ctx, obs, label, fn):
    try:
        r = fn()
        obs.append("%s -> %s" % (label, ctx.keep(r)))
        return r
    except Exception as e:
        if type(e).__name__ == "PanicException":
            raise
        obs.append("%s !! %s" % (label, _exc(e)))
        return None


def creators(t):
    def spool(**kw):
        s = t.SpooledTemporaryFile(max_size=1, **kw)
        s.write(b"xy" if "b" in kw.get("mode", "w+b") else "xy")
        return s
    return [
        ("mkstemp", t.mkstemp),
        ("mkdtemp", t.mkdtemp),
        ("mktemp", t.mktemp),
        ("NamedTemporaryFile", t.NamedTemporaryFile),
        ("TemporaryFile", t.TemporaryFile),
        ("SpooledTemporaryFile", spool),
        ("TemporaryDirectory", t.TemporaryDirectory),
    ]


NAME_FUNCS = ["mkstemp", "mkdtemp", "mktemp", "NamedTemporaryFile", "TemporaryFile",
              "SpooledTemporaryFile", "TemporaryDirectory"]


def _sweep(category, arg, values):
    """One case per creator and value: ``creator(**{arg: value}, dir=...)``."""
    for i, (vlabel, value) in enumerate(values):
        for fname in NAME_FUNCS:
            def fn(ctx, obs, fname=fname, value=value):
                f = dict(creators(ctx.t))[fname]
                kw = {arg: value(ctx) if callable(value) else value}
                if arg != "dir":
                    kw["dir"] = ctx.d
                call(ctx, obs, fname, lambda: f(**kw))
            CASES.append((category, "%s %s=%s" % (fname, arg, vlabel), fn))


class Obj:
    pass


WRONG = [("int", 1), ("float", 1.5), ("list", ["a"]), ("object", Obj()), ("None", None)]
for _arg in ("suffix", "prefix"):
    _sweep("wrong types", _arg, WRONG)
_sweep("wrong types", "dir", [("float", 1.5), ("list", ["a"]), ("object", Obj()),
                              ("int", 999999)])
_sweep("non-UTF-8 bytes", "prefix", [("b'\\xff'", b"\xff\xfe")])
_sweep("non-UTF-8 bytes", "suffix", [("b'\\xff'", b".\xff")])
_sweep("non-UTF-8 bytes", "dir", [("bytes missing", lambda c: os.fsencode(c.d) + b"/\xff")])
_sweep("lone surrogates", "prefix", [("'\\ud800'", "\ud800"), ("'\\udcff'", "\udcff")])
_sweep("lone surrogates", "suffix", [("'\\udfff'", "\udfff")])
_sweep("lone surrogates", "dir", [("'\\ud800'", lambda c: c.d + "/\ud800")])
_sweep("NUL", "prefix", [("'a\\0b'", "a\0b"), ("b'a\\0'", b"a\0")])
_sweep("NUL", "suffix", [("'\\0'", "\0")])
_sweep("NUL", "dir", [("'d\\0'", lambda c: c.d + "\0")])
_sweep("separators in prefix/suffix", "prefix", [("'../up'", "../up"), ("'sub/p'", "sub/p")])
_sweep("separators in prefix/suffix", "suffix", [("'/..'", "/.."), ("'/x'", "/x")])
_sweep("long names", "prefix", [("300 bytes", "p" * 300)])
_sweep("long names", "suffix", [("300 bytes", "s" * 300)])
_sweep("long names", "dir", [("4100-byte path", lambda c: c.d + "/" + "/".join(["d" * 200] * 21))])


def _file_in(c):
    p = os.path.join(c.d, "plainfile")
    c.fixtures.append(p)
    with open(p, "w") as f:
        f.write("x")
    return p


def _dangling(c):
    p = os.path.join(c.d, "dangling")
    c.fixtures.append(p)
    os.symlink(os.path.join(c.d, "nowhere"), p)
    return p


def _relative(c):
    os.chdir(c.d)
    os.mkdir("rel")
    c.fixtures.append(os.path.join(c.d, "rel"))
    return "rel"


_sweep("bad dir", "dir", [("a file", _file_in), ("missing", lambda c: c.d + "/missing"),
                          ("dangling symlink", _dangling), ("relative", _relative),
                          ("empty str", "")])


def _opts(category, fnames, options):
    for fname in fnames:
        for label, kw in options:
            def fn(ctx, obs, fname=fname, kw=kw):
                f = dict(creators(ctx.t))[fname]
                call(ctx, obs, fname, lambda: f(dir=ctx.d, **kw))
            CASES.append((category, "%s %s" % (fname, label), fn))


FILE_FUNCS = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"]
_opts("bad mode/buffering/encoding/errors/newline", FILE_FUNCS, [
    ("mode='z'", {"mode": "z"}), ("mode='rw'", {"mode": "rw"}), ("mode='b'", {"mode": "b"}),
    ("mode=''", {"mode": ""}), ("mode=1", {"mode": 1}), ("mode='w+bt'", {"mode": "w+bt"}),
    ("mode='r'", {"mode": "r"}), ("mode='x+'", {"mode": "x+"}), ("mode='U'", {"mode": "U"}),
    ("buffering=-2", {"buffering": -2}), ("buffering='x'", {"buffering": "x"}),
    ("buffering=1.5", {"buffering": 1.5}), ("buffering=0 text", {"mode": "w+", "buffering": 0}),
    ("buffering=2**70", {"buffering": 2 ** 70}),
    ("encoding='nope'", {"mode": "w+", "encoding": "nope"}),
    ("encoding=1", {"mode": "w+", "encoding": 1}),
    ("encoding binary", {"mode": "w+b", "encoding": "utf-8"}),
    ("errors='bogus'", {"mode": "w+", "errors": "bogus"}),
    ("errors=1", {"mode": "w+", "errors": 1}),
    ("errors binary", {"mode": "w+b", "errors": "strict"}),
    ("newline='x'", {"mode": "w+", "newline": "x"}), ("newline=1", {"mode": "w+", "newline": 1}),
    ("newline binary", {"mode": "w+b", "newline": "\n"}),
    ("encoding NUL", {"mode": "w+", "encoding": "utf\0-8"}),
])
_opts("bad mode/buffering/encoding/errors/newline", ["NamedTemporaryFile"], [
    ("delete='x'", {"delete": "x"}), ("delete=None", {"delete": None}),
])


def _spool_size(label, size):
    def fn(ctx, obs):
        t = ctx.t
        s = call(ctx, obs, "SpooledTemporaryFile", lambda: t.SpooledTemporaryFile(
            max_size=size, dir=ctx.d))
        if s is None:
            return
        call(ctx, obs, "write", lambda: s.write(b"abc"))
        obs.append("rolled=%r" % s._rolled)
        s.seek(0)
        call(ctx, obs, "read", lambda: s.read())
    CASES.append(("max_size", "max_size=%s" % label, fn))


for _l, _v in [("-1", -1), ("2**70", 2 ** 70), ("1.5", 1.5), ("'x'", "x"), ("None", None),
               ("0", 0), ("-2**70", -(2 ** 70))]:
    _spool_size(_l, _v)


def _fileops(label, make):
    ops = [
        ("truncate(-1)", lambda f: f.truncate(-1)),
        ("seek(0, 7)", lambda f: f.seek(0, 7)),
        ("seek(-1)", lambda f: f.seek(-1)),
        ("seek(1.5)", lambda f: f.seek(1.5)),
        ("seek(2**70)", lambda f: f.seek(2 ** 70)),
        ("read(-5)", lambda f: (f.seek(0), f.read(-5))[1]),
        ("read('x')", lambda f: f.read("x")),
        ("read(1.5)", lambda f: f.read(1.5)),
        ("write(str)", lambda f: f.write("text")),
        ("write(None)", lambda f: f.write(None)),
        ("readline(-2)", lambda f: (f.seek(0), f.readline(-2))[1]),
        ("truncate('x')", lambda f: f.truncate("x")),
        ("writelines([1])", lambda f: f.writelines([1])),
    ]
    for oplabel, op in ops:
        def fn(ctx, obs, op=op):
            f = call(ctx, obs, label, lambda: make(ctx.t, ctx.d))
            if f is None:
                return
            f.write(b"hello")
            call(ctx, obs, "op", lambda: op(f))
            f.seek(0)
            call(ctx, obs, "read back", lambda: f.read())
        CASES.append(("file operations", "%s %s" % (label, oplabel), fn))


_fileops("NamedTemporaryFile", lambda t, d: t.NamedTemporaryFile(dir=d))
_fileops("TemporaryFile", lambda t, d: t.TemporaryFile(dir=d))
_fileops("Spooled in memory", lambda t, d: t.SpooledTemporaryFile(max_size=100, dir=d))
_fileops("Spooled rolled", lambda t, d: t.SpooledTemporaryFile(max_size=2, dir=d))


def _after_close(label, make, ops):
    for oplabel, op in ops:
        def fn(ctx, obs, op=op):
            f = call(ctx, obs, label, lambda: make(ctx.t, ctx.d))
            if f is None:
                return
            call(ctx, obs, "close", f.close)
            call(ctx, obs, oplabel, lambda: op(f))
        CASES.append(("use after close", "%s %s" % (label, oplabel), fn))


FILE_AFTER = [
    ("close again", lambda f: f.close()),
    ("write", lambda f: f.write(b"x")),
    ("read", lambda f: f.read()),
    ("seek", lambda f: f.seek(0)),
    ("tell", lambda f: f.tell()),
    ("truncate", lambda f: f.truncate()),
    ("flush", lambda f: f.flush()),
    ("fileno", lambda f: f.fileno()),
    ("__enter__", lambda f: f.__enter__()),
    ("__exit__", lambda f: f.__exit__(None, None, None)),
    ("__exit__ twice", lambda f: (f.__exit__(None, None, None), f.__exit__(None, None, None))),
    ("iter", lambda f: next(iter(f))),
    ("closed", lambda f: f.closed),
]
_after_close("NamedTemporaryFile", lambda t, d: t.NamedTemporaryFile(dir=d), FILE_AFTER)
_after_close("TemporaryFile", lambda t, d: t.TemporaryFile(dir=d), FILE_AFTER)
_after_close("Spooled in memory", lambda t, d: t.SpooledTemporaryFile(dir=d), FILE_AFTER + [
    ("rollover", lambda f: f.rollover())])
_after_close("Spooled rolled", lambda t, d: _rolled(t, d), FILE_AFTER)


def _rolled(t, d):
    s = t.SpooledTemporaryFile(max_size=1, dir=d)
    s.write(b"ab")
    return s


def _dir_cases():
    ops = [
        ("cleanup twice", lambda t, x: (x.cleanup(), x.cleanup())),
        ("__exit__ twice", lambda t, x: (x.__exit__(None, None, None),
                                         x.__exit__(None, None, None))),
        ("cleanup after rmtree", lambda t, x: (shutil.rmtree(x.name), x.cleanup())),
        ("cleanup after replaced by a file", lambda t, x: (
            os.rmdir(x.name), open(x.name, "w").close(), x.cleanup())),
    ]
    for label, op in ops:
        def fn(ctx, obs, op=op):
            x = call(ctx, obs, "TemporaryDirectory", lambda: ctx.t.TemporaryDirectory(
                dir=ctx.d))
            call(ctx, obs, label, lambda: op(ctx.t, x))
            ctx.paths.append(x.name)
        CASES.append(("use after close", "TemporaryDirectory %s" % label, fn))


_dir_cases()


@case("removed behind")
def named_removed_then_closed(ctx, obs):
    f = call(ctx, obs, "NamedTemporaryFile", lambda: ctx.t.NamedTemporaryFile(dir=ctx.d))
    os.unlink(f.name)
    call(ctx, obs, "close", f.close)


@case("removed behind")
def named_removed_then_exit(ctx, obs):
    f = call(ctx, obs, "NamedTemporaryFile", lambda: ctx.t.NamedTemporaryFile(dir=ctx.d))
    os.unlink(f.name)
    call(ctx, obs, "__exit__", lambda: f.__exit__(None, None, None))


@case("removed behind")
def named_removed_then_finalized(ctx, obs):
    f = call(ctx, obs, "NamedTemporaryFile", lambda: ctx.t.NamedTemporaryFile(dir=ctx.d))
    os.unlink(f.name)
    ctx.closers.clear()
    del f
    gc.collect()
    obs.append("finalized")


@case("removed behind")
def named_replaced_by_dir(ctx, obs):
    f = call(ctx, obs, "NamedTemporaryFile", lambda: ctx.t.NamedTemporaryFile(dir=ctx.d))
    os.unlink(f.name)
    os.mkdir(f.name)
    call(ctx, obs, "close", f.close)
    os.rmdir(f.name)


@case("removed behind")
def named_delete_on_close_false_removed(ctx, obs):
    kw = {"delete_on_close": False} if DEFAULT_DELETE_ON_CLOSE else {}
    f = call(ctx, obs, "NamedTemporaryFile", lambda: ctx.t.NamedTemporaryFile(dir=ctx.d, **kw))
    f.close()
    if os.path.exists(f.name):
        os.unlink(f.name)
    call(ctx, obs, "__exit__", lambda: f.__exit__(None, None, None))


# ------------------------------------------------------------------------------------------
# Resource limits and file systems
# ------------------------------------------------------------------------------------------

class fd_limit:
    """RLIMIT_NOFILE lowered so that no new descriptor can be opened."""

    def __enter__(self):
        self.saved = resource.getrlimit(resource.RLIMIT_NOFILE)
        free = os.dup(0)
        os.close(free)
        resource.setrlimit(resource.RLIMIT_NOFILE, (free, self.saved[1]))

    def __exit__(self, *a):
        resource.setrlimit(resource.RLIMIT_NOFILE, self.saved)


def _emfile(label, fn):
    def case_fn(ctx, obs):
        with fd_limit():
            r = call(ctx, obs, label, lambda: fn(ctx))
        if r is not None and label.startswith("Spooled"):
            r.seek(0)
            data = r.read()
            obs.append("spool holds %d bytes" % len(data))
            if data != b"x" * 100:
                ctx.lost.append("%s: %d of 100 bytes" % (label, len(data)))
    CASES.append(("EMFILE", label, case_fn))


_emfile("mkstemp", lambda c: c.t.mkstemp(dir=c.d))
_emfile("mkdtemp", lambda c: c.t.mkdtemp(dir=c.d))
_emfile("NamedTemporaryFile", lambda c: c.t.NamedTemporaryFile(dir=c.d))
_emfile("TemporaryFile", lambda c: c.t.TemporaryFile(dir=c.d))
_emfile("TemporaryDirectory", lambda c: c.t.TemporaryDirectory(dir=c.d))


def _spool_emfile(c):
    s = c.t.SpooledTemporaryFile(max_size=1000, dir=c.d)
    c.keep(s)
    s.write(b"x" * 100)
    s.rollover()
    return s


_emfile("Spooled rollover", _spool_emfile)


def _cleanup_emfile(c):
    x = c.t.TemporaryDirectory(dir=c.d)
    c.keep(x)
    os.makedirs(os.path.join(x.name, "a", "b"))
    x.cleanup()
    return "cleaned"


_emfile("TemporaryDirectory cleanup", _cleanup_emfile)


class Mount:
    """A tmpfs mounted at ``path`` for the length of a block, or a reason it could not be."""

    def __init__(self, path, options):
        self.path, self.options, self.skip = path, options, None

    def __enter__(self):
        os.makedirs(self.path, exist_ok=True)
        try:
            r = subprocess.run(["mount", "-t", "tmpfs", "-o", self.options, "tmpfs", self.path],
                               capture_output=True, text=True)
        except OSError as e:
            self.skip = "cannot run mount: %s" % e
            return self
        if r.returncode != 0:
            self.skip = "mount -t tmpfs -o %s failed: %s" % (self.options, r.stderr.strip())
        return self

    def __exit__(self, *a):
        if self.skip is None:
            subprocess.run(["umount", self.path], check=True)
        os.rmdir(self.path)


def _mounted(category, label, options, fn):
    def case_fn(ctx, obs):
        with Mount(os.path.join(ctx.d, "mnt"), options) as m:
            if m.skip:
                ctx.skip = m.skip
                obs.append("skipped")
                return
            fn(ctx, obs, m.path)
            ctx.finish()
            ctx.closers.clear()
            ctx.paths.clear()
            left = os.listdir(m.path)
            if left:
                obs.append("left on the mount: %r" % sorted(left))
                for n in left:
                    p = os.path.join(m.path, n)
                    shutil.rmtree(p) if os.path.isdir(p) else os.unlink(p)
    CASES.append((category, label, case_fn))


def _enospc_write(ctx, obs, m):
    f = call(ctx, obs, "NamedTemporaryFile", lambda: ctx.t.NamedTemporaryFile(dir=m))
    call(ctx, obs, "write 200 KiB", lambda: f.write(b"y" * 200 * 1024))
    call(ctx, obs, "flush", f.flush)
    call(ctx, obs, "close", f.close)


def _enospc_spool(ctx, obs, m):
    s = call(ctx, obs, "Spooled", lambda: ctx.t.SpooledTemporaryFile(max_size=1000, dir=m))
    data = bytes(random.Random(1).randrange(256) for _ in range(200 * 1024))
    call(ctx, obs, "write 200 KiB", lambda: s.write(data))
    obs.append("rolled=%r" % s._rolled)
    try:
        s.seek(0)
        back = s.read()
    except Exception as e:
        back = b""
        obs.append("read back !! %s" % _exc(e))
    obs.append("reads back %d bytes" % len(back))
    if back != data:
        ctx.lost.append("spool rollover on a full file system: %d of %d bytes read back"
                        % (len(back), len(data)))


def _enospc_inodes(ctx, obs, m):
    n = 0
    try:
        while True:
            open(os.path.join(m, "fill%d" % n), "w").close()
            n += 1
    except OSError:
        pass
    for fname, f in creators(ctx.t):
        if fname != "mktemp":
            call(ctx, obs, fname, lambda f=f: f(dir=m))
    for i in range(n):
        os.unlink(os.path.join(m, "fill%d" % i))


_mounted("ENOSPC", "write on a full tmpfs", "size=64k", _enospc_write)
_mounted("ENOSPC", "spool rollover on a full tmpfs", "size=64k", _enospc_spool)
_mounted("ENOSPC", "creation with no inode left", "size=64k,nr_inodes=8", _enospc_inodes)


def _erofs(ctx, obs, m):
    for fname, f in creators(ctx.t):
        call(ctx, obs, fname, lambda f=f: f(dir=m))


_mounted("EROFS", "creation on a read-only tmpfs", "ro,size=64k", _erofs)


def _in_child(fn):
    """Run ``fn()`` in a forked child (DAC dropped there); return its lines."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            signal.alarm(60)
            os.close(r)
            out = fn()
            os.write(w, "\n".join(out).encode("utf-8", "backslashreplace"))
        except BaseException as e:
            os.write(w, ("child failed: %s" % _exc(e)).encode())
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    lines = b"".join(chunks).decode().splitlines()
    if status != 0:
        lines.append("child status %d" % status)
    return lines


def _drop_dac():
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "fuzz", "cpython"))
    import exchange_cleanup
    return exchange_cleanup.drop_dac_override()


@case("unwritable TMPDIR")
def unwritable_tmpdir(ctx, obs):
    ro = os.path.join(ctx.d, "ro")
    os.mkdir(ro, 0o500)
    t = ctx.t

    def child():
        out = ["dac dropped: %r" % (_drop_dac() or os.geteuid() != 0)]
        os.environ["TMPDIR"] = ro
        t.tempdir = None
        try:
            g = t.gettempdir()
            out.append("gettempdir -> %s" % ("the unwritable TMPDIR" if g == ro else
                                             "another candidate"))
        except Exception as e:
            out.append("gettempdir !! %s" % _exc(e))
        for fname, f in creators(t):
            if fname == "mktemp":
                continue
            try:
                r = f(dir=ro)
                out.append("%s -> %s" % (fname, type(r).__name__))
            except Exception as e:
                out.append("%s !! %s" % (fname, _exc(e).replace(ro, "<ro>")))
        out.append("ro holds %r" % os.listdir(ro))
        return out

    obs.extend(_in_child(child))
    os.rmdir(ro)


@case("threads")
def threads_16_x_2000(ctx, obs):
    names, errors = [], []
    lock = threading.Lock()

    def work():
        mine = []
        try:
            for _ in range(2000):
                fd, p = ctx.t.mkstemp(dir=ctx.d)
                os.close(fd)
                os.unlink(p)
                mine.append(p)
        except Exception as e:
            errors.append(_exc(e))
        with lock:
            names.extend(mine)

    ts = [threading.Thread(target=work) for _ in range(16)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    obs.append("created %d, unique %d, errors %r" % (len(names), len(set(names)), errors))


@case("fork")
def fork_while_threads_create(ctx, obs):
    stop = threading.Event()
    errors = []

    def work():
        try:
            while not stop.is_set():
                with ctx.t.NamedTemporaryFile(dir=ctx.d) as f:
                    f.write(b"z")
        except Exception as e:
            errors.append(_exc(e))

    import warnings
    ts = [threading.Thread(target=work) for _ in range(4)]
    for th in ts:
        th.start()
    statuses = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads
            for _ in range(20):
                pid = os.fork()
                if pid == 0:
                    code = 0
                    try:
                        signal.alarm(20)
                        fd, p = ctx.t.mkstemp(dir=ctx.d)
                        os.close(fd)
                        os.unlink(p)
                        with ctx.t.NamedTemporaryFile(dir=ctx.d) as f:
                            f.write(b"c")
                    except BaseException:
                        code = 3
                    finally:
                        os._exit(code)
                statuses.append(os.waitpid(pid, 0)[1])
    finally:
        stop.set()
        for th in ts:
            th.join()
    obs.append("children exit statuses %r, thread errors %r" % (sorted(set(statuses)), errors))


# ------------------------------------------------------------------------------------------

def _seeded(t, seed):
    class S(t._RandomNameSequence):
        def __init__(self):
            self._r = random.Random(seed)

        @property
        def rng(self):
            return self._r
    return S()


def _fds():
    return set(os.listdir("/proc/self/fd"))


def _tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        for n in dirs + files:
            out.append(os.path.relpath(os.path.join(root, n), top))
    return sorted(out)


def _force_rm(p):
    for root, dirs, _ in os.walk(p):
        for n in dirs:
            q = os.path.join(root, n)
            if not os.path.islink(q):
                os.chmod(q, 0o700)
    shutil.rmtree(p, ignore_errors=True)


def run(module_name, base):
    t = importlib.import_module(module_name)
    io.DEFAULT_BUFFER_SIZE  # imported before any descriptor limit
    cwd = os.getcwd()
    saved_seq = t._name_sequence
    results = {}
    for i, (category, label, fn) in enumerate(CASES):
        # Both sides' directories have names of the same length, so that positions in a
        # whole path (a UnicodeEncodeError's `start`) compare equal.
        top = os.path.join(base, "%s-%d" % ("std" if module_name == "tempfile" else "ref", i))
        d = os.path.join(top, "d")
        os.makedirs(d)
        ctx = Ctx(t, d)
        ctx.skip = None
        obs, panic = [], None
        t._name_sequence = _seeded(t, i)
        gc.collect()
        before = _fds()
        sys.unraisablehook = lambda u: obs.append("unraisable %s" % _exc(u.exc_value))
        faulthandler.dump_traceback_later(60, exit=True)
        try:
            fn(ctx, obs)
        except BaseException as e:
            if type(e).__name__ == "PanicException":
                panic = str(e)
            else:
                obs.append("case raised %s" % _exc(e))
        finally:
            faulthandler.cancel_dump_traceback_later()
            ctx.finish()
            os.chdir(cwd)
            t._name_sequence = saved_seq
            t.tempdir = None
        gc.collect()
        sys.unraisablehook = sys.__unraisablehook__
        leaked = sorted(_fds() - before)
        fixtures = {os.path.relpath(p, top) for p in ctx.fixtures}
        stray = [p for p in _tree(top) if p != "d" and p not in fixtures]
        _force_rm(top)
        obs = [re.sub(re.escape(d), "<d>", o) for o in obs]
        obs = [re.sub(re.escape(base) + r"/[^/'\"]*-\d+", "<base>", o) for o in obs]
        results[label] = {"category": category, "obs": obs, "panic": panic,
                          "leaked": ["%s -> %s" % (fd, _readlink(fd)) for fd in leaked],
                          "stray": stray, "lost": ctx.lost, "skip": ctx.skip}
    return results


def _readlink(fd):
    try:
        return os.readlink("/proc/self/fd/%s" % fd)
    except OSError:
        return "?"
