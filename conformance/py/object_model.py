"""Object-model cases: code that subclasses the module's classes, reaches into their private
state and catches specific exceptions, run once with the standard ``tempfile`` and once with
``pytempfile`` in the same interpreter.  ``run(module)`` returns ``{case: [observation, ...]}``;
the caller (conformance/tests/object_model.rs) compares the two results case by case.

Observations are strings with the case's scratch directory replaced by ``<d>``.  Nothing here
depends on random names: where a name matters, a sequence with a seeded ``rng`` draws it.
"""

import gc
import io
import os
import random
import re
import shutil
import sys
import warnings

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def _exc(e):
    parts = [type(e).__name__, repr(e.args)]
    for attr in ("errno", "filename", "filename2", "encoding", "object", "start", "end",
                 "reason"):
        if hasattr(e, attr):
            parts.append("%s=%r" % (attr, getattr(e, attr)))
    return " ".join(parts)


def _try(obs, label, fn):
    try:
        obs.append("%s -> %r" % (label, fn()))
    except Exception as e:  # the observation is the exception
        obs.append("%s !! %s" % (label, _exc(e)))


def _tname(x):
    return type(x).__name__


@case
def spool_private_state(t, d, obs):
    s = t.SpooledTemporaryFile(max_size=10, dir=d)
    obs.append("%s rolled=%r max=%r" % (_tname(s._file), s._rolled, s._max_size))
    obs.append(repr(sorted(s._TemporaryFileArgs.items())))
    s.write(b"abc")
    s._max_size = 4  # read on the next write
    s.write(b"de")
    obs.append("after: %s rolled=%r raw=%s" % (_tname(s._file), s._rolled,
                                                _tname(getattr(s._file, "raw", None))))
    obs.append("has args: %r" % hasattr(s, "_TemporaryFileArgs"))
    s.seek(0)
    obs.append(repr(s.read()))
    s.close()
    obs.append("closed=%r file closed=%r" % (s.closed, s._file.closed))


@case
def spool_written_through_file(t, d, obs):
    # What an async wrapper does: write to ``_file``, look at ``_rolled``/``_max_size``,
    # call ``rollover()`` itself.
    for mode in ("w+b", "rb+", "w+", "r+"):
        for newline in (None, "\n", "\r\n"):
            if "b" in mode and newline is not None:
                continue
            s = t.SpooledTemporaryFile(max_size=8, mode=mode, newline=newline, dir=d,
                                       encoding=None if "b" in mode else "utf-8")
            data = b"line1\nline2\n" if "b" in mode else "line1\nline2\n"
            n = s._file.write(data)
            obs.append("%s %r wrote %r rolled=%r tell=%r" % (mode, newline, n, s._rolled,
                                                            s.tell()))
            if s._file.tell() > s._max_size:
                s.rollover()
            obs.append("rolled=%r %s" % (s._rolled, _tname(s._file)))
            s.seek(0)
            obs.append(repr(s.read()))
            obs.append("newlines=%r" % (s.newlines,))
            s.close()


@case
def spool_hooks(t, d, obs):
    calls = []

    class S(t.SpooledTemporaryFile):
        def _check(self, file):
            calls.append("_check")
            return super()._check(file)

        def rollover(self):
            calls.append("rollover rolled=%r" % self._rolled)
            return super().rollover()

        def close(self):
            calls.append("close")
            return super().close()

        def write(self, s):
            calls.append("write %r" % (s,))
            return super().write(s)

    s = S(max_size=5, dir=d)
    s.write(b"ab")
    s.writelines([b"cd", b"ef", b"gh"])
    obs.append(repr(calls))
    del calls[:]
    s.fileno()
    s.truncate(2)
    obs.append(repr(calls))
    del calls[:]
    s2 = S(max_size=3, dir=d)
    _try(obs, "truncate(9)", lambda: s2.truncate(9))
    obs.append(repr(calls))
    del calls[:]
    with s2:
        pass
    obs.append("exit: %r" % calls)
    del calls[:]
    s3 = S(dir=d)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        del s3
        gc.collect()
    obs.append("del: %r warnings=%r" % (calls, [x.category.__name__ for x in w]))
    s.close()


@case
def spool_codec_errors(t, d, obs):
    s = t.SpooledTemporaryFile(mode="w+", encoding="latin-1", dir=d)
    _try(obs, "write euro", lambda: s.write("a\u20ac"))
    s.rollover()
    _try(obs, "write euro rolled", lambda: s.write("\u20ac"))
    s.close()
    s = t.SpooledTemporaryFile(mode="w+", encoding="ascii", errors="strict", dir=d)
    s._file.buffer.write(b"\xff\xfe")
    s.seek(0)
    _try(obs, "read bad", lambda: s.read())
    s.close()
    s = t.SpooledTemporaryFile(mode="w+", encoding="utf-8", errors="bogus", dir=d)
    _try(obs, "write bogus handler", lambda: s.write("\udc80"))
    s.close()
    _try(obs, "bad encoding", lambda: t.SpooledTemporaryFile(mode="w+", encoding="nope"))
    s = t.SpooledTemporaryFile(dir=d)
    _try(obs, "write str to binary", lambda: s.write("x"))
    s.close()
    _try(obs, "write closed", lambda: s.write(b"x"))
    _try(obs, "enter closed", lambda: s.__enter__())


@case
def names_subclass(t, d, obs):
    class Ab(t._RandomNameSequence):
        characters = "ab"

    obs.append(repr(set(next(Ab())) <= set("ab")))
    q = t._RandomNameSequence()
    q.characters = "z"
    obs.append(next(q))
    obs.append("rng %s same=%r pid=%r" % (_tname(q.rng), q.rng is q.rng,
                                          q._rng_pid == os.getpid()))

    class Seeded(t._RandomNameSequence):
        def __init__(self, seed):
            self._r = random.Random(seed)

        @property
        def rng(self):
            return self._r

    obs.append(repr([next(Seeded(7)) for _ in range(3)]))
    seq = iter(Seeded(11))
    obs.append(repr([next(seq) for _ in range(3)]))
    # The module's shared sequence, replaced: every name of mkstemp comes from it.
    saved = t._name_sequence
    try:
        t._name_sequence = Seeded(5)
        fd, path = t.mkstemp(dir=d)
        os.close(fd)
        obs.append(path.replace(d, "<d>"))
        obs.append(repr(t._get_candidate_names() is t._name_sequence))
    finally:
        t._name_sequence = saved
    saved_cls = t._RandomNameSequence
    try:
        t._name_sequence = None
        t._RandomNameSequence = lambda: Seeded(6)
        obs.append(t.mkdtemp(dir=d).replace(d, "<d>"))
    finally:
        t._RandomNameSequence = saved_cls
        t._name_sequence = saved


@case
def directory_hooks(t, d, obs):
    calls = []

    class D(t.TemporaryDirectory):
        def cleanup(self):
            calls.append("cleanup")
            return super().cleanup()

        @classmethod
        def _rmtree(cls, name, ignore_errors=False, **kw):
            calls.append("_rmtree ignore=%r" % ignore_errors)
            return super()._rmtree(name, ignore_errors=ignore_errors, **kw)

    with D(dir=d) as name:
        open(os.path.join(name, "f"), "w").close()
    obs.append("%r gone=%r" % (calls, not os.path.exists(name)))
    del calls[:]
    x = D(dir=d, ignore_cleanup_errors=True)
    obs.append("%s %r %r" % (_tname(x._finalizer), x._ignore_cleanup_errors,
                             repr(x).replace(d, "<d>")))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        del x
        gc.collect()
    obs.append("finalizer: %r %r" % (calls, [(i.category.__name__,
                                              str(i.message).replace(d, "<d>")) for i in w]))


@case
def named_wrapper(t, d, obs):
    f = t.NamedTemporaryFile(dir=d, prefix="p", suffix=".s")
    obs.append("%s %s %s" % (_tname(f), _tname(f.file), _tname(f._closer)))
    obs.append("delete=%r" % (getattr(f, "delete", None),))
    obs.append(repr(f.name.startswith(os.path.join(d, "p")) and f.name.endswith(".s")))
    f.write(b"xyz")
    f.seek(0)
    obs.append(repr(f.read()))
    f.close()
    obs.append("exists after close=%r" % os.path.exists(f.name))
    g = t.NamedTemporaryFile("w+", dir=d, encoding="latin-1")
    _try(obs, "text write euro", lambda: g.write("\u20ac"))
    g.close()
    h = t.TemporaryFile("w+b", dir=d)
    obs.append("%s raw=%s name-is-fd=%r" % (_tname(h), _tname(h.raw), h.name == h.fileno()))
    h.close()


def run(module_name):
    t = __import__(module_name)
    results = {}
    for fn in CASES:
        d = os.path.realpath(os.path.join(t.gettempdir(), "om-%s-%d" % (fn.__name__, os.getpid())))
        shutil.rmtree(d, ignore_errors=True)
        os.mkdir(d)
        obs = []
        sys.unraisablehook = lambda u: obs.append(
            "unraisable %s in %s" % (_exc(u.exc_value), getattr(u.object, "__qualname__", "?")))
        try:
            fn(t, d, obs)
        except Exception as e:
            obs.append("case raised %s" % _exc(e))
        finally:
            gc.collect()
            sys.unraisablehook = sys.__unraisablehook__
            shutil.rmtree(d, ignore_errors=True)
        # Paths relative to the scratch directory; random names (never compared) masked.
        results[fn.__name__] = [re.sub(r"<d>/tmp\w{8}", "<d>/tmp<name>", o.replace(d, "<d>"))
                                for o in obs]
    return results
