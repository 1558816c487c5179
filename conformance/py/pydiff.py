"""The Python-level differential driver: one operation sequence, run through the standard
``tempfile`` (side ``a``) and through ``pytempfile`` (side ``b``) in the same interpreter, each in
its own sandbox, with the same forced candidate names.  ``run_case(case_json, base)`` returns
``{"a": [...], "b": [...], "api": [...]}``: one observation per operation for each side (a JSON
string; the two lists must be equal) and the API each operation exercised (for the report).

The operations come from the Rust generator (``conformance/src/pylevel``) or a regression file
(``conformance/py-regressions/*.json``).  Every value an operation passes is a Python expression,
evaluated in a namespace that is the same on both sides except for the sandbox it names:

    D, DB      the work directory ``<root>/w`` (str, bytes); also the working directory
    R, RB      the side's root
    P(x)       a path-like object whose ``__fspath__`` returns ``x``
    BadP(x)    a path-like object whose ``__fspath__`` raises or returns ``x`` (not str/bytes)
    S[i]       the object in slot ``i`` (``None`` when empty)
    gen(*xs)   a generator over ``xs``
    BA(n)      a fresh ``bytearray(n)``; MV(n) a ``memoryview`` of one
    Obj()      a plain ``object()``
    FD()       a descriptor of /dev/null this side opened (an ``int`` ``dir``)
    H          this side's hooked subclasses (``H.Spool``, ``H.Dir``, ``H.Wrapper``, ...)
    t          the module under test

After every operation the observation holds: the result (type and value: returned paths and
reprs relative to the sandbox, descriptors as ``fd<k>`` in order of first appearance); or the
exception (exact class, ``args``, ``str()``, ``errno``/``strerror``/``filename``/``filename2``,
Unicode attributes, the class of ``__cause__``/``__context__``); warnings (category, message,
module the warning is attributed to); unraisable exceptions; the calls the hooks saw; every
live object's attributes and ``repr()``; the sandbox tree (type, mode, size, contents, link
targets); the number of open descriptors the side holds.

Normalization, the same for both sides: the side's root is ``<ROOT>``, ``0x...`` addresses are
``0x?``, the module name ``pytempfile`` reads ``tempfile``, descriptors are numbered by first
appearance.  Nothing else is masked.  Two observations are made so that they mean the same on
every release: a generic alias is described by its own type (before 3.11 it passed
``isinstance(v, type)``), and an unraisable exception's origin is the function named in
``err_msg`` when 3.14+ passes ``object=None`` for a finalizer.  The harness for other
implementations (``serve``, ``conformance::impls``) adds named normalizations of its own, each
listed in its report.

Skipped on purpose (each a row of docs/divergences.md), decided on the object's state and
recorded as the observation, so that both sides must agree that the rule applies:
- ``fileno``/``rollover``/``truncate(size)``/writes that roll a *closed* spool over, a spool whose
  mode cannot write, or a text spool whose position cannot be told (after ``next()``): CPython
  replaces ``_file`` before moving the data, so a failing rollover loses it; pytempfile keeps it;
- planting a fifo where a TemporaryDirectory's cleanup will open it before 3.13 (CPython hangs);
- a literal ``int`` ``dir`` for the file classes (``io.open`` would take over a descriptor of the
  test process: ``FD()`` is used instead), and rollovers while the default directory would
  resolve outside the sandbox (both sides would share it).
"""

import gc
import inspect
import io
import itertools
import json
import os
import random
import re
import stat
import sys
import warnings
import weakref

NSLOTS = 4
VERSION = sys.version_info[:3]
# Explicit collection points (``serve --collect``): a collection after every operation (once its
# exception is dropped), inside its observation, so that a runtime without reference counting
# finalizes what the operation dropped where CPython's reference counting does; what the
# finalizers of one collection report is sorted. Applied to both sides of a pair.
COLLECT = False
STD_NAMES = None  # the standard module's global names (set on first use)


# ---------------------------------------------------------------------------------------------
# Values the expressions use


class P:
    """A path-like object."""

    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

    def __repr__(self):
        return "P(%r)" % (self.p,)


class BadP:
    """A path-like object whose ``__fspath__`` returns a wrong type (or raises)."""

    def __init__(self, p=None):
        self.p = p

    def __fspath__(self):
        if self.p is None:
            raise RuntimeError("fspath refused")
        return self.p

    def __repr__(self):
        return "BadP(%r)" % (self.p,)


class StrSub(str):
    """A str subclass (accepted where str is)."""


def gen(*xs):
    for x in xs:
        yield x


# ---------------------------------------------------------------------------------------------
# Description of values (normalized per side)


def qualname(cls):
    mod = getattr(cls, "__module__", "?")
    if mod in ("pytempfile", "tempfile"):
        mod = "tempfile"
    return "%s.%s" % (mod, getattr(cls, "__qualname__", getattr(cls, "__name__", "?")))


class Side:
    def __init__(self, t, label, root):
        self.t = t
        self.label = label
        self.root = root
        self.rootb = os.fsencode(root)
        self.slots = [None] * NSLOTS
        self.slot_api = [None] * NSLOTS
        self.iters = {}
        self.fds = []  # descriptors mkstemp handed out (closed at the end)
        self.fdmap = {}
        self.calls = []
        self.names_iter = None
        self.forced_seq = None
        self.seeded = set()
        self.dev_fds = []

    def devnull_fd(self):
        """A descriptor of /dev/null the case owns (``FD()``): an int ``dir`` for the file
        classes, which ``io.open`` then wraps."""
        fd = os.open(os.devnull, os.O_RDWR)
        self.dev_fds.append(fd)
        return fd

    def close_dev_fds(self):
        """Close what is left of them (only descriptors still open on /dev/null: a number
        closed meanwhile may belong to something else now)."""
        null = os.stat(os.devnull)
        for fd in self.dev_fds:
            try:
                st = os.fstat(fd)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) == (null.st_dev, null.st_ino):
                os.close(fd)
        self.counter = None
        self.ns = None
        self.H = None

    # -- descriptors ---------------------------------------------------------------------------
    def fd(self, n):
        if not isinstance(n, int) or isinstance(n, bool):
            return self.desc(n)
        if n not in self.fdmap:
            self.fdmap[n] = "fd%d" % len(self.fdmap)
        return "<%s>" % self.fdmap[n]

    def fix_repr(self, text):
        def sub(m):
            n = int(m.group(2))
            k = self.fdmap.get(n)
            return "%s%s" % (m.group(1), "<%s>" % k if k else "<fd?>")
        text = re.sub(r"(name=|fd=)(\d+)", sub, text)
        return text

    # -- values --------------------------------------------------------------------------------
    def desc(self, v, depth=0):
        if depth > 4:
            return "..."
        if v is None or isinstance(v, (bool, float, complex)):
            return repr(v)
        if isinstance(v, int):
            return "int %r" % v if type(v) is int else "%s %r" % (qualname(type(v)), int(v))
        if isinstance(v, (str, bytes)):
            r = repr(v) if len(v) <= 300 else repr(v[:300]) + "...(%d)" % len(v)
            return r if type(v) in (str, bytes) else "%s %s" % (qualname(type(v)), r)
        if isinstance(v, (bytearray, memoryview)):
            return "%s %r" % (qualname(type(v)), bytes(v)[:300])
        if isinstance(v, tuple):
            return "(" + ", ".join(self.desc(x, depth + 1) for x in v) + ("," if len(v) == 1 else "") + ")"
        if isinstance(v, list):
            return "[" + ", ".join(self.desc(x, depth + 1) for x in v[:50]) + "]"
        if isinstance(v, dict):
            return "{" + ", ".join("%s: %s" % (self.desc(k, depth + 1), self.desc(x, depth + 1))
                                   for k, x in sorted(v.items(), key=lambda kv: repr(kv[0]))) + "}"
        if type(v).__name__ == "GenericAlias":
            # Before 3.11 a generic alias passes isinstance(v, type) (bpo-45438): described by
            # its own type on every release.
            return "%s %r" % (qualname(type(v)), v)
        if isinstance(v, type):
            return "class " + qualname(v)
        for i, s in enumerate(self.slots):
            if s is not None and v is s:
                return "S[%d]" % i
        try:
            r = repr(v)
        except Exception as e:  # the observation is the failure
            r = "repr raised %s" % qualname(type(e))
        return "%s %s" % (qualname(type(v)), self.fix_repr(r))

    def exc(self, e):
        d = {"type": qualname(type(e)), "args": self.desc(e.args), "str": self.fix_repr(str(e))}
        for a in ("errno", "strerror", "filename", "filename2", "characters_written"):
            try:
                d[a] = self.desc(getattr(e, a))
            except AttributeError:
                pass
        if isinstance(e, UnicodeError):
            for a in ("encoding", "object", "start", "end", "reason"):
                try:
                    d[a] = self.desc(getattr(e, a))
                except Exception:  # UnicodeError itself has none of them
                    pass
        if e.__cause__ is not None:
            d["cause"] = qualname(type(e.__cause__))
        if e.__context__ is not None and not e.__suppress_context__:
            d["context"] = qualname(type(e.__context__))
        return d

    # -- the hooks' log ------------------------------------------------------------------------
    def log(self, what, *args, **kw):
        parts = [what] + [self.desc(a) for a in args]
        parts += ["%s=%s" % (k, self.desc(v)) for k, v in sorted(kw.items())]
        self.calls.append(" ".join(parts))


# ---------------------------------------------------------------------------------------------
# Hooked subclasses and wrappers (per side: they log into that side's list)


def make_hooks(side):
    t = side.t
    log = side.log

    class Spool(t.SpooledTemporaryFile):
        def _check(self, file):
            log("Spool._check", type(file))
            return super()._check(file)

        def rollover(self):
            log("Spool.rollover", self._rolled)
            return super().rollover()

        def write(self, s):
            log("Spool.write", s)
            return super().write(s)

        def close(self):
            log("Spool.close")
            return super().close()

    class Dir(t.TemporaryDirectory):
        def cleanup(self):
            log("Dir.cleanup")
            return super().cleanup()

        @classmethod
        def _rmtree(cls, name, *args, **kw):
            log("Dir._rmtree", name, *args, **kw)
            return super()._rmtree(name, *args, **kw)

        @classmethod
        def _cleanup(cls, name, *args, **kw):
            log("Dir._cleanup", name, *args, **kw)
            return super()._cleanup(name, *args, **kw)

    class Closer(t._TemporaryFileCloser):
        def close(self, *args, **kw):
            log("Closer.close", *args, **kw)
            return super().close(*args, **kw)

        if hasattr(t._TemporaryFileCloser, "cleanup"):
            def cleanup(self, *args, **kw):
                log("Closer.cleanup", *args, **kw)
                return super().cleanup(*args, **kw)

        def __del__(self):
            log("Closer.__del__")
            return super().__del__()

    class Wrapper(t._TemporaryFileWrapper):
        def close(self):
            log("Wrapper.close")
            return super().close()

        def __enter__(self):
            log("Wrapper.__enter__")
            return super().__enter__()

        def __exit__(self, *exc):
            log("Wrapper.__exit__", exc[0])
            return super().__exit__(*exc)

    class Seq(t._RandomNameSequence):
        """Seeded: the names are reproducible, drawn as the standard module draws them."""

        def __init__(self, seed=0):
            self._seeded = random.Random(seed)

        @property
        def rng(self):
            log("Seq.rng")
            return self._seeded

    class SeqAb(Seq):
        characters = "ab"

    class SeqNext(t._RandomNameSequence):
        def __init__(self, names=("nextaaaa", "nextbbbb", "nextcccc")):
            self._names = list(names)

        def __next__(self):
            log("SeqNext.__next__")
            if not self._names:
                raise StopIteration
            return self._names.pop(0)

    class H:
        pass

    for c in (Spool, Dir, Closer, Wrapper, Seq, SeqAb, SeqNext):
        setattr(H, c.__name__, c)
    return H


def logging_function(side, name, orig):
    def wrapper(*args, **kw):
        side.log("call " + name, *args, **kw)
        return orig(*args, **kw)
    wrapper.__name__ = name
    return wrapper


# ---------------------------------------------------------------------------------------------
# The sandbox


def make_layout(root):
    for d in ("w/sub", "alt", "victims/vdir"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    with open(os.path.join(root, "w/afile"), "wb") as f:
        f.write(b"afile")
    with open(os.path.join(root, "victims/vfile"), "wb") as f:
        f.write(b"victim")
    with open(os.path.join(root, "victims/vdir/inner"), "wb") as f:
        f.write(b"inner")


def remove_tree(root):
    if not os.path.lexists(root):
        return
    for dirpath, dirnames, filenames in os.walk(root, topdown=True, followlinks=False):
        for n in dirnames:
            p = os.path.join(dirpath, n)
            if not os.path.islink(p):
                try:
                    os.chmod(p, 0o700)
                except OSError:
                    pass
    for dirpath, dirnames, filenames in os.walk(root, topdown=False, followlinks=False):
        for n in filenames:
            os.unlink(os.path.join(dirpath, n))
        for n in dirnames:
            p = os.path.join(dirpath, n)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(root)


def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for n in sorted(dirnames + filenames):
            p = os.path.join(dirpath, n)
            rel = os.path.relpath(p, root)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            mode = stat.S_IMODE(st.st_mode)
            if stat.S_ISLNK(st.st_mode):
                out.append("%s -> %s" % (rel, os.readlink(p)))
            elif stat.S_ISDIR(st.st_mode):
                out.append("%s/ %o" % (rel, mode))
            elif stat.S_ISFIFO(st.st_mode):
                out.append("%s | %o" % (rel, mode))
            else:
                try:
                    with open(p, "rb") as f:
                        data = f.read(200)
                except OSError as e:
                    data = "unreadable %s" % e.errno
                out.append("%s %o %d %r" % (rel, mode, st.st_size, data))
    return out


def fd_count():
    return len(os.listdir("/proc/self/fd"))


# ---------------------------------------------------------------------------------------------
# Object state snapshots


TEXT_ATTRS = ("encoding", "errors", "newlines", "line_buffering", "write_through")


def attr(side, obj, name):
    try:
        v = getattr(obj, name)
    except Exception as e:
        return "!" + qualname(type(e))
    if name in ("name",) and isinstance(v, int) and not isinstance(v, bool):
        return side.fd(v)
    if name in ("buffer", "raw", "file", "_file", "_closer", "_finalizer"):
        return "<%s>" % qualname(type(v))
    return side.desc(v)


def snapshot(side, i):
    obj = side.slots[i]
    api = side.slot_api[i]
    d = {"type": qualname(type(obj))}
    try:
        d["repr"] = side.fix_repr(repr(obj))
    except Exception as e:
        d["repr"] = "!" + qualname(type(e))
    t = side.cls
    if isinstance(obj, (t.SpooledTemporaryFile, io.IOBase, t._TemporaryFileWrapper)):
        inner = obj
        if isinstance(obj, t._TemporaryFileWrapper):
            # Through the wrapped file: the wrapper's __getattr__ caches what it returns.
            inner = obj.__dict__.get("file")
            d["closer"] = attr(side, obj, "_closer")
            d["delete"] = attr(side, obj.__dict__.get("_closer"), "delete")
            for a in ("close_called", "cleanup_called", "delete_on_close"):
                d["closer." + a] = attr(side, obj.__dict__.get("_closer"), a)
            d["wrapper.name"] = side.desc(obj.__dict__.get("name"))
            d["wrapper.dict"] = sorted(k for k in obj.__dict__)
        for a in ("closed", "name", "mode") + (TEXT_ATTRS if isinstance(inner, io.TextIOBase) else ()):
            d[a] = attr(side, inner, a)
        if isinstance(obj, t.SpooledTemporaryFile):
            for a in ("_rolled", "_max_size", "_file", "encoding", "errors", "newlines"):
                d[a] = attr(side, obj, a)
            f = obj.__dict__.get("_file")
            if type(f) is io.BytesIO and not f.closed:
                # Where the in-memory data stands (a BytesIO's position and a copy of its value
                # have no side effect; getbuffer() would export the buffer, which a runtime
                # without reference counting keeps until a collection, refusing resizes; a text
                # or rolled file's tell() could flush, so it is not read).
                d["memory"] = "%d of %d" % (f.tell(), len(f.getvalue()))
            d["has_args"] = "_TemporaryFileArgs" in obj.__dict__
        else:
            d["buffer"] = attr(side, inner, "buffer") if isinstance(inner, io.TextIOBase) else attr(side, inner, "raw")
    elif isinstance(obj, t.TemporaryDirectory):
        for a in ("name", "_delete", "_ignore_cleanup_errors"):
            d[a] = attr(side, obj, a)
        fin = obj.__dict__.get("_finalizer")
        d["finalizer.alive"] = getattr(fin, "alive", None)
    elif isinstance(obj, t._RandomNameSequence):
        d["characters"] = attr(side, obj, "characters")
    else:
        d["value"] = side.desc(obj)
    return d


# ---------------------------------------------------------------------------------------------
# Running one side


class Skip(Exception):
    pass


def evaluate(side, expr):
    return eval(expr, side.ns)


def eval_args(side, args):
    pos, kw = [], {}
    for k, expr in args:
        v = evaluate(side, expr)
        if k is None:
            pos.append(v)
        else:
            kw[k] = v
    return pos, kw


FILE_FUNCS = ("NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "H.Spool")


def resolve_func(side, name):
    if name.startswith("H."):
        return getattr(side.H, name[2:])
    obj = side.t
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def spool_cannot_roll(side, obj):
    """Why a rollover of ``obj`` (a spool) would fail part-way (a known divergence), or None."""
    t = side.cls
    if not isinstance(obj, t.SpooledTemporaryFile) or obj.__dict__.get("_rolled", obj._rolled):
        return None
    f = obj.__dict__.get("_file")
    args = obj.__dict__.get("_TemporaryFileArgs")
    mode = args.get("mode") if isinstance(args, dict) else None
    text = isinstance(mode, str) and "b" not in mode
    if type(f) is not (io.TextIOWrapper if text else io.BytesIO):
        return "the spool's _file was replaced by one of another kind"
    if f.closed:
        return "closed, unrolled spool"
    if not isinstance(args, dict):
        return None  # TemporaryFile(**args) fails before anything is replaced
    d = args.get("dir")
    if isinstance(d, int) and not isinstance(d, bool) and d not in side.dev_fds:
        return "an int dir that is not the case's own descriptor"
    if isinstance(mode, str) and not any(c in mode for c in "wax+"):
        return "read-only spool mode"
    if isinstance(f, io.TextIOWrapper):
        try:
            f.tell()
        except Exception:
            return "text spool position cannot be told"
    return None


ROLLING = {"fileno", "rollover", "write", "writelines", "truncate", "_check", "__del__"}


def may_roll(side, obj, name, args):
    if name not in ROLLING or not isinstance(obj, side.cls.SpooledTemporaryFile):
        return False
    if name == "truncate":
        return bool(args)
    return True


def do_op(side, op, rec):
    kind = op["op"]
    t = side.t
    if kind in ("create", "call"):
        name = op["func"]
        if name in FILE_FUNCS:
            for k, expr in op.get("args", []):
                if k == "dir" and expr.strip().lstrip("-").isdigit():
                    # io.open would take over a descriptor of this process (FD() is one the
                    # side owns).
                    raise Skip("int dir for a file class")
        if default_outside(side):
            raise Skip("the default directory would resolve outside the sandbox")
        f = resolve_func(side, name)
        pos, kw = eval_args(side, op.get("args", []))
        result = f(*pos, **kw)
        if name in ("mkstemp", "_mkstemp_inner") and isinstance(result, tuple) and result:
            if isinstance(result[0], int):
                side.fds.append(result[0])
            rec["result"] = "(%s, %s)" % (side.fd(result[0]), side.desc(result[1:]))
        else:
            rec["result"] = side.desc(result)
        if kind == "create":
            i = op["slot"]
            side.slots[i] = result
            side.slot_api[i] = name.replace("H.Spool", "SpooledTemporaryFile").replace(
                "H.Dir", "TemporaryDirectory").replace("H.Seq", "_RandomNameSequence")
            side.iters.pop(i, None)
            side.seeded.discard(i)
        return
    if kind in ("method", "get", "set", "del", "enter", "exit", "next", "drop"):
        i = op["slot"]
        obj = side.slots[i]
        if obj is None:
            raise Skip("empty slot")
        if kind == "drop":
            side.slots[i] = None
            side.iters.pop(i, None)
            del obj
            return
        if kind == "next":
            if i not in side.iters:
                it = iter(obj)
                rec["iter_is_self"] = it is obj
                side.iters[i] = it
            it = side.iters[i]
            out = []
            # A plain sequence's names are random, unless the case seeded its rng.
            plain = type(obj) is side.cls._RandomNameSequence and i not in side.seeded
            for _ in range(op.get("n", 1)):
                try:
                    v = next(it)
                    if plain and isinstance(v, str):
                        # Random: its shape is what can be compared.
                        chars = obj.characters
                        v = "<random: %d characters, all from characters: %r>" % (
                            len(v), all(c in chars for c in v))
                    out.append(side.desc(v))
                except StopIteration:
                    out.append("StopIteration")
                    break
            rec["result"] = out
            return
        if kind == "enter":
            why = None
            r = obj.__enter__()
            rec["result"] = "self" if r is obj else side.desc(r)
            return
        if kind == "exit":
            if op.get("exc"):
                e = ValueError("boom")
                r = obj.__exit__(ValueError, e, None)
            else:
                r = obj.__exit__(None, None, None)
            rec["result"] = side.desc(r)
            return
        path = op["name"].split(".")
        target = obj
        for p in path[:-1]:
            target = getattr(target, p)
        last = path[-1]
        if kind == "get":
            v = getattr(target, last)
            rec["result"] = side.fd(v) if last == "name" and isinstance(v, int) else side.desc(v)
            return
        if kind == "set":
            setattr(target, last, evaluate(side, op["value"]))
            return
        if kind == "del":
            delattr(target, last)
            return
        # method
        if isinstance(obj, side.cls.SpooledTemporaryFile) and target is obj and may_roll(side, obj, last, op.get("args")):
            # A rollover makes a TemporaryFile, in the default directory when dir is None.
            if default_outside(side):
                raise Skip("the default directory would resolve outside the sandbox")
            why = spool_cannot_roll(side, obj)
            if why:
                raise Skip(why)
        pos, kw = eval_args(side, op.get("args", []))
        result = getattr(target, last)(*pos, **kw)
        if last == "seed" and path[:-1] == ["rng"]:
            side.seeded.add(i)
        if last == "fileno":
            rec["result"] = side.fd(result)
        elif result is obj:
            rec["result"] = "self"
        else:
            rec["result"] = side.desc(result)
        after = []
        for v in pos + list(kw.values()):
            if isinstance(v, (bytearray, memoryview, list)):
                after.append(side.desc(v))
            elif inspect.isgenerator(v):
                after.append("remaining " + side.desc(list(v)))
        if after:
            rec["args_after"] = after
        return
    if kind == "global":
        setattr(t, op["name"], evaluate(side, op["value"]))
        return
    if kind == "hook":
        name = op["name"]
        if name in ("_TemporaryFileWrapper", "_TemporaryFileCloser"):
            setattr(t, name, getattr(side.H, name[len("_TemporaryFile"):]))
        elif name == "_RandomNameSequence":
            setattr(t, name, side.H.Seq)
        else:
            orig = getattr(t, name)
            setattr(t, name, logging_function(side, name, orig))
        return
    if kind == "with_os":
        name = op["name"]
        orig = getattr(os, name)
        fail = op.get("fail")  # [call number (1-based), errno] or None
        count = [0]

        def hooked(*args, **kw):
            count[0] += 1
            side.log("os." + name, *args, **kw)
            if fail is not None and count[0] == fail[0]:
                raise OSError(fail[1], "injected " + os.strerror(fail[1]))
            return orig(*args, **kw)
        setattr(os, name, hooked)
        try:
            do_op(side, op["inner"], rec)
        finally:
            setattr(os, name, orig)
        return
    if kind == "names":
        set_names(side, op["kind"], op.get("names", []), op.get("seed", 0))
        return
    if kind == "env":
        v = op.get("value")
        if v is None:
            os.environ.pop(op["var"], None)
        else:
            os.environ[op["var"]] = evaluate(side, v)
        return
    if kind == "fs":
        fs_op(side, op)
        return
    if kind == "gc":
        gc.collect()
        return
    if kind == "surface":
        rec["result"] = surface(side)
        return
    raise ValueError("unknown op %r" % (kind,))


def default_outside(side):
    """Whether ``dir=None`` would now resolve outside the sandbox (to /tmp): then both sides
    would share that directory (a limit of the harness, not a divergence)."""
    t = side.t
    td = t.tempdir
    if td is not None:
        try:
            p = os.fsdecode(td)
        except TypeError:
            return False
        return not os.path.abspath(p).startswith(side.root)
    for var in GLOBAL_ENV:
        v = os.environ.get(var)
        if v:
            p = os.path.abspath(v)
            if os.path.isdir(p):
                return not p.startswith(side.root)
    return True


def names_a_directory(side, path):
    """Whether ``path`` is the name of a TemporaryDirectory the case still holds."""
    try:
        target = os.path.abspath(os.fsdecode(path))
    except TypeError:
        return False
    for obj in side.slots:
        if isinstance(obj, side.cls.TemporaryDirectory):
            try:
                if os.path.abspath(os.fsdecode(obj.name)) == target:
                    return True
            except (TypeError, AttributeError):
                pass
    return False


def fs_op(side, op):
    action = op["action"]
    path = evaluate(side, op["path"])
    if action == "file":
        with open(path, "xb") as f:
            f.write(b"planted")
    elif action == "dir":
        os.mkdir(path)
    elif action == "symlink":
        os.symlink(evaluate(side, op["target"]), path)
    elif action == "fifo":
        if VERSION < (3, 13) and (op.get("top") or names_a_directory(side, path)):
            raise Skip("fifo where cleanup opens it before 3.13 (CPython blocks)")
        os.mkfifo(path)
    elif action == "remove":
        if os.path.isdir(path) and not os.path.islink(path):
            remove_tree(path)
        else:
            os.unlink(path)
    elif action == "chmod":
        os.chmod(path, op["mode"], follow_symlinks=False) if os.chmod in os.supports_follow_symlinks else os.chmod(path, op["mode"])
    else:
        raise ValueError("unknown fs action %r" % (action,))


class ForcedRandom(random.Random):
    """The standard module's sequence draws ``''.join(rng.choices(characters, k=8))``: this
    generator's ``choices`` hands out the forced names instead."""

    def __init__(self, source):
        super().__init__(0)
        self.source = source
        self.drawn = 0

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        name = next(self.source)
        self.drawn += 1
        return list(name)


def forced_source(kind, names):
    names = list(names)
    if kind == "endless":
        return itertools.chain(names, ("n%07d" % i for i in itertools.count()))
    if kind == "finite":
        return iter(names)
    return itertools.cycle(names or ["n0000000"])


def set_names(side, kind, names, seed):
    t = side.t
    if kind in ("endless", "finite", "cycle"):
        # The module's own function and a plain sequence of the module's own class, whose
        # names are forced: through its generator in the standard module, through the test
        # seam in pytempfile (which stays on its native path).
        t._get_candidate_names = side.orig["_get_candidate_names"]
        seq = side.orig["_RandomNameSequence"]()
        side.counter = None
        names = list(names)
        if kind == "cycle" and not names:
            names = ["n0000000"]
        if hasattr(t, "_native") and hasattr(t._native, "force_names"):
            t._native.force_names(seq, names, kind)
        elif hasattr(t, "_native"):
            # A pytempfile without the seam (an older build): through the function.
            it = Counting(forced_source(kind, names))
            t._get_candidate_names = lambda: it
            side.counter = it
        else:
            seq._rng = ForcedRandom(forced_source(kind, names))
            seq._rng_pid = os.getpid()
        t._name_sequence = seq
        side.forced_seq = seq
    elif kind == "iterator":
        it = forced_source("endless", names)
        t._get_candidate_names = lambda: it
    elif kind == "seeded_rng":
        t._get_candidate_names = side.orig["_get_candidate_names"]
        seq = side.orig["_RandomNameSequence"]()
        seq.rng.seed(seed)
        t._name_sequence = seq
    elif kind == "list":
        lst = list(names)
        t._get_candidate_names = lambda: lst
    elif kind == "bytes":
        it = iter([os.fsencode(n) for n in names])
        t._get_candidate_names = lambda: it
    elif kind == "ints":
        it = iter(range(100000, 100000 + len(names) + 1))
        t._get_candidate_names = lambda: it
    elif kind == "raises":
        def boom():
            raise RuntimeError("no names today")
        t._get_candidate_names = boom
    elif kind == "sequence":
        # The module's own function, over a replaced shared sequence.
        t._get_candidate_names = side.orig["_get_candidate_names"]
        t._name_sequence = side.H.Seq(seed)
    elif kind == "sequence_ab":
        t._get_candidate_names = side.orig["_get_candidate_names"]
        t._name_sequence = side.H.SeqAb(seed)
    elif kind == "sequence_next":
        t._get_candidate_names = side.orig["_get_candidate_names"]
        t._name_sequence = side.H.SeqNext(names)
    elif kind == "class":
        t._get_candidate_names = side.orig["_get_candidate_names"]
        t._name_sequence = None
        t._RandomNameSequence = lambda: side.H.Seq(seed)
    else:
        raise ValueError("unknown names kind %r" % (kind,))


def surface(side):
    """The module's surface: the standard module's global names and what each is here (plus
    any public name of either), signatures of the callables, the classes' own attributes."""
    t = side.t
    names = set(STD_NAMES) | {n for n in vars(t) if not n.startswith("_")}
    out = []
    for n in sorted(names):
        v = vars(t).get(n, "<missing>")
        if isinstance(v, str) and v == "<missing>":
            out.append("%s: missing" % n)
            continue
        if n == "__all__":
            out.append("__all__: %r" % (sorted(v),))
            continue
        if inspect.ismodule(v):
            out.append("%s: module %s" % (n, v.__name__))
            continue
        if inspect.isclass(v) and v.__module__ not in ("tempfile", "pytempfile"):
            # Another module's class the module imports (random.Random as _Random): its own
            # attributes are that module's surface, not tempfile's.
            out.append("%s: class %s" % (n, qualname(v)))
            continue
        if inspect.isclass(v):
            own = []
            for k, x in sorted(vars(v).items()):
                if k in ("__doc__", "__module__", "__dict__", "__weakref__", "__qualname__",
                         "__firstlineno__", "__static_attributes__"):
                    continue
                sig = ""
                f = x.__func__ if isinstance(x, (classmethod, staticmethod)) else x
                if callable(f):
                    try:
                        sig = str(inspect.signature(f))
                    except (TypeError, ValueError):
                        sig = "(?)"
                own.append("%s%s:%s" % (k, sig, type(x).__name__))
            bases = [qualname(b) for b in v.__mro__[1:]]
            out.append("%s: class bases=%s %s" % (n, bases, own))
            continue
        if callable(v):
            try:
                sig = str(inspect.signature(v))
            except (TypeError, ValueError):
                sig = "(?)"
            out.append("%s: %s%s" % (n, "function" if inspect.isfunction(v) else type(v).__name__, sig))
            continue
        if n in ("tempdir", "_name_sequence", "_once_lock", "_O_TMPFILE_WORKS", "TMP_MAX", "template",
                 "_text_openflags", "_bin_openflags", "_rmtree_use_dir_fd", "_nofollow_mode"):
            out.append("%s: %s" % (n, side.desc(v)))
        else:
            out.append("%s: %s" % (n, type(v).__name__))
    return out


class Counting:
    """An iterator that counts what it hands out."""

    def __init__(self, it):
        self.it = it
        self.drawn = 0

    def __iter__(self):
        return self

    def __next__(self):
        v = next(self.it)
        self.drawn += 1
        return v


def names_drawn(side):
    """How many names the forced sequence of the case has handed out (None: another source)."""
    if side.counter is not None:
        return side.counter.drawn
    seq = side.forced_seq
    if seq is None:
        return None
    forced = vars(seq).get("_forced_names") or vars(seq).get("_rng")
    return getattr(forced, "drawn", None)


def observe(side, rec, base_fds):
    rec["names_drawn"] = names_drawn(side)
    rec["state"] = {str(i): snapshot(side, i) for i in range(NSLOTS) if side.slots[i] is not None}
    rec["tree"] = tree(side.root)
    rec["fds"] = fd_count() - base_fds


GLOBAL_ENV = ("TMPDIR", "TEMP", "TMP")


def run_side(t, label, root, ops, names):
    global STD_NAMES
    side = Side(t, label, root)
    remove_tree(root)
    make_layout(root)
    saved_globals = dict(vars(t))
    saved_env = {k: os.environ.get(k) for k in GLOBAL_ENV}
    saved_cwd = os.getcwd()
    side.os_saved = {}
    side.orig = saved_globals
    side.cls = type("Originals", (), {k: saved_globals[k] for k in (
        "SpooledTemporaryFile", "_TemporaryFileWrapper", "TemporaryDirectory",
        "_RandomNameSequence", "_TemporaryFileCloser")})
    side.H = make_hooks(side)
    side.ns = {
        "D": os.path.join(root, "w"), "DB": os.path.join(side.rootb, b"w"),
        "R": root, "RB": side.rootb, "P": P, "BadP": BadP, "StrSub": StrSub,
        "S": side.slots, "gen": gen, "BA": bytearray, "MV": lambda n: memoryview(bytearray(n)),
        "Obj": object, "H": side.H, "t": t, "os": os, "io": io, "ValueError": ValueError,
        "FD": side.devnull_fd,
    }
    out = []
    apis = []
    unraisable = []
    old_hook = sys.unraisablehook
    gc_was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        os.chdir(os.path.join(root, "w"))
        os.environ["TMPDIR"] = os.path.join(root, "w")
        os.environ.pop("TEMP", None)
        os.environ.pop("TMP", None)
        t.tempdir = None
        set_names(side, "endless", names, 0)
        sys.unraisablehook = lambda u: unraisable.append(
            "%s in %s: %s" % (qualname(type(u.exc_value)), unraisable_origin(u),
                              side.fix_repr(str(u.exc_value))))
        base_fds = fd_count()
        for op in ops + [{"op": "end"}]:
            rec = {}
            del side.calls[:]
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter("always")
                try:
                    if op["op"] == "end":
                        for i in range(NSLOTS):
                            side.slots[i] = None
                        side.iters.clear()
                        if COLLECT:
                            collect()
                        else:
                            gc.collect()
                        for fd in side.fds:
                            try:
                                os.close(fd)
                            except OSError:
                                pass
                        side.close_dev_fds()
                    else:
                        apis.append(api_of(side, op))
                        do_op(side, op, rec)
                except Skip as s:
                    rec["skipped"] = str(s)
                except Exception as e:  # the observation is the exception
                    rec["exc"] = side.exc(e)
                    del e
                if COLLECT:
                    # The collection point, once the operation's exception (and the frames
                    # its traceback held) is gone; what finalizers report in one collection is
                    # recorded in a fixed order: which of them runs first is the collector's.
                    n = 0 if op["op"] == "end" else len(w)
                    before = 0 if op["op"] == "end" else len(unraisable)
                    collect()
                    w[n:] = sorted(w[n:], key=lambda x: (str(x.category), str(x.message)))
                    unraisable[before:] = sorted(unraisable[before:])
                    if op["op"] == "end":
                        # Everything is finalized at the end, in the collector's order.
                        del_calls = sorted(side.calls)
                        del side.calls[:]
                        side.calls.extend(del_calls)
                rec["warnings"] = [
                    "%s: %s @%s" % (qualname(x.category), side.fix_repr(str(x.message)), where(x.filename))
                    for x in w]
                del w[:]
            if unraisable:
                rec["unraisable"] = list(unraisable)
                del unraisable[:]
            if side.calls:
                rec["calls"] = list(side.calls)
            observe(side, rec, base_fds)
            out.append(normalize(side, json.dumps(rec, sort_keys=True)))
    finally:
        for i in range(NSLOTS):
            side.slots[i] = None
        side.iters.clear()
        for name, f in side.os_saved.items():
            setattr(os, name, f)
        sys.unraisablehook = old_hook
        os.chdir(saved_cwd)
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        cur = vars(t)
        for k in list(cur):
            if k not in saved_globals:
                del cur[k]
        cur.update(saved_globals)
        gc.collect()
        if gc_was:
            gc.enable()
        remove_tree(root)
    return out, apis


def unraisable_origin(u):
    """What raised an unraisable exception: the object's qualified name. From 3.14 a finalizer's
    exception comes with ``object=None`` and the function in ``err_msg`` ("Exception ignored
    while calling deallocator <function C.__del__ at 0x...>"): the same name is read there, so
    the observation is the same fact on every release."""
    if u.object is not None:
        return getattr(u.object, "__qualname__", type(u.object).__name__)
    m = re.search(r"<function (\S+) at 0x", u.err_msg or "")
    if m:
        return m.group(1)
    # A weakref callback (TemporaryDirectory's finalizer): "<finalize object at 0x...>".
    m = re.search(r"<(\w+) object at 0x", u.err_msg or "")
    return m.group(1) if m else "None"


def collect():
    """A collection point: enough passes for finalizers that free more (PyPy needs more than
    one pass where objects were only reachable from a finalized one)."""
    for _ in range(3):
        gc.collect()


def where(filename):
    base = os.path.basename(filename or "")
    if base in ("tempfile.py", "__init__.py") or "pytempfile" in (filename or ""):
        return "<tempfile>"
    return base


def normalize(side, text):
    text = text.replace(side.root, "<ROOT>")
    text = re.sub(r"0x[0-9a-fA-F]+", "0x?", text)
    text = text.replace("pytempfile", "tempfile")
    return text


def api_of(side, op):
    k = op["op"]
    if k in ("create", "call"):
        f = op["func"]
        base = {"H.Spool": "SpooledTemporaryFile", "H.Dir": "TemporaryDirectory",
                "H.Seq": "_RandomNameSequence", "H.SeqAb": "_RandomNameSequence",
                "H.SeqNext": "_RandomNameSequence"}.get(f, f)
        return base + ("()" if base[:1].isupper() or base == "_RandomNameSequence" else "")
    if k in ("method", "get", "set", "del", "enter", "exit", "next", "drop"):
        api = side.slot_api[op["slot"]] if side.slots[op["slot"]] is not None else "(empty slot)"
        what = {"method": op.get("name"), "get": op.get("name"),
                "set": "%s (set)" % op.get("name"), "del": "%s (del)" % op.get("name"),
                "enter": "__enter__", "exit": "__exit__", "next": "__next__", "drop": "del"}[k]
        return "%s.%s" % (api, what)
    return {"global": "module globals", "hook": "hooks", "with_os": "os hooks",
            "names": "candidate names", "env": "environment", "fs": "filesystem",
            "gc": "gc", "surface": "surface"}.get(k, k)


def run_case(case_json, base):
    """Run the case on both sides; JSON ``{"a": [...], "b": [...], "api": [...]}``."""
    global STD_NAMES
    import tempfile
    import pytempfile
    if STD_NAMES is None:
        STD_NAMES = sorted(n for n in vars(tempfile) if not n.startswith("__") or n == "__all__")
    case = json.loads(case_json)
    ops = case["ops"]
    names = case.get("names", [])
    # Roots that differ in one digit: a letter could change what a path means as an
    # argument (e.g. a 'b' in a mode string).
    a, api = run_side(tempfile, "a", os.path.join(base, "1"), ops, names)
    b, _ = run_side(pytempfile, "b", os.path.join(base, "2"), ops, names)
    return json.dumps({"a": a, "b": b, "api": api})


# ---------------------------------------------------------------------------------------------
# One side as a process: any Python 3.10+ implementation, standard library only


def refcounting():
    """Whether dropping the last reference finalizes an object at once (CPython), or only a
    collection does (PyPy)."""
    class Probe:
        pass
    died = []
    p = Probe()
    weakref.finalize(p, died.append, True)
    del p
    return bool(died)


def hello(module):
    impl = sys.implementation
    return {
        "implementation": impl.name,
        "implementation_version": ".".join(str(x) for x in impl.version[:3]),
        "python": "%d.%d.%d" % VERSION,
        "version": sys.version.replace("\n", " "),
        "module": module.__name__,
        "module_file": getattr(module, "__file__", None),
        "refcounting": refcounting(),
        "filesystem_encoding": [sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()],
        "pid": os.getpid(),
        "capabilities": sorted(c for c in CAPABILITIES if hasattr(os, c)),
    }


# What the module or the driver reach in ``os`` that an implementation may lack: a pair hides
# from its reference what the implementation under test has not (``--hide``), so that both take
# the same path (the standard module's own fallbacks; the driver's skipped plants).
CAPABILITIES = ("O_TMPFILE", "mkfifo", "O_PATH", "O_NOFOLLOW", "O_CLOEXEC", "fwalk", "link",
                "symlink", "chmod", "lchmod", "getuid")


def serve(module, stdin=None, stdout=None):
    """Run cases for one module, one JSON line each way (the harness's line protocol):

    - first this side writes ``{"hello": {...}}`` (implementation, release, module, whether
      it counts references);
    - then for each request ``{"case": {"ops": [...], "names": [...]}, "root": DIR}`` it runs
      the case in the sandbox ``DIR`` and answers ``{"obs": [...], "api": [...]}`` (one
      observation per operation, as ``run_side`` makes them), or ``{"error": TEXT}`` when the
      driver itself failed;
    - end of input ends it.
    """
    global STD_NAMES
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    import tempfile as std
    if STD_NAMES is None:
        STD_NAMES = sorted(n for n in vars(std) if not n.startswith("__") or n == "__all__")
    stdout.write(json.dumps({"hello": hello(module)}) + "\n")
    stdout.flush()
    for line in stdin:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
            case = req["case"]
            obs, api = run_side(module, "a", req["root"], case["ops"], case.get("names", []))
            answer = {"obs": obs, "api": api}
        except Exception:  # the driver's own failure: reported, never a crash of the side
            import traceback
            answer = {"error": traceback.format_exc()}
        stdout.write(json.dumps(answer) + "\n")
        stdout.flush()


def main(argv):
    global COLLECT
    import importlib
    usage = "usage: pydiff.py serve [--module tempfile] [--collect] [--hide NAME]..."
    if not argv or argv[0] != "serve":
        sys.stderr.write(usage + "\n")
        return 2
    name = "tempfile"
    it = iter(argv[1:])
    for a in it:
        if a == "--module":
            name = next(it, name)
        elif a == "--collect":
            COLLECT = True
        elif a == "--hide":
            name_hidden = next(it, None)
            if name_hidden and hasattr(os, name_hidden):
                delattr(os, name_hidden)
            # The module decides at import what the platform offers: it is imported again after
            # the hiding (a site hook may have imported it already: pyenv's certifi .pth does).
            sys.modules.pop("tempfile", None)
        else:
            sys.stderr.write(usage + "\n")
            return 2
    serve(importlib.import_module(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
