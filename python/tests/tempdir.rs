//! TemporaryDirectory's native `__init__`, `cleanup` and `__exit__` (module `tempdir`): the
//! object, its finalizer and the finalizer's registration are what the standard module makes;
//! every object the native steps stand for, when replaced, is called as the standard code calls
//! it (the `finalize` class, its `__init__`, the module's `mkdtemp`, a `__repr__`, an instance's
//! `_rmtree`, a subclass's `cleanup`); `finalize._dirty` is set as its `__init__` sets it; and
//! at exit (`weakref.finalize._exitfunc`, what atexit runs) the directory left alive is removed
//! with its warning, as the standard module's is.
#![allow(clippy::unwrap_used)]

use pyo3::prelude::*;

#[test]
fn temporary_directory_matches_the_standard_module_and_calls_what_was_replaced() {
    Python::initialize();
    Python::attach(|py| {
        pytempfile_python::install(py).unwrap();
        let code = std::ffi::CString::new(
            r#"
import gc, os, sys, warnings, weakref
from unittest import mock
import pytempfile as t, tempfile as std

base = t.mkdtemp(prefix="tempdir-")
new = sys.version_info >= (3, 12)

def look(m):
    d = m.TemporaryDirectory(prefix="p", suffix="s", dir=base)
    fin = d._finalizer
    obj, func, args, kwargs = fin.peek()
    info = weakref.finalize._registry[fin]
    seen = (type(d).__name__, sorted(d.__dict__), type(fin) is weakref.finalize, obj is d,
            func.__func__.__name__, func.__self__ is type(d), args == (d.name,),
            list(kwargs), kwargs["warn_message"] == "Implicitly cleaning up %r" % d,
            kwargs["ignore_errors"], kwargs.get("delete"), info.atexit, fin.alive,
            type(info.index) is int, weakref.finalize._dirty, os.path.basename(d.name)[0],
            d.name.endswith("s"), oct(os.stat(d.name).st_mode & 0o777))
    os.mkdir(os.path.join(d.name, "sub"))
    open(os.path.join(d.name, "sub", "f"), "w").close()
    with d as name:
        seen += (name == d.name,)
    seen += (os.path.exists(d.name), fin.alive, fin.peek(), fin in weakref.finalize._registry)
    # A second cleanup: nothing to detach, and the directory made again is removed again.
    os.mkdir(d.name)
    d.cleanup()
    seen += (os.path.exists(d.name),)
    # Collected without cleanup: the finalizer warns and removes.
    e = m.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
    n = e.name
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        del e
        gc.collect()
    seen += (os.path.exists(n), [str(x.message).replace(n, "N") for x in w])
    if new:
        k = m.TemporaryDirectory(dir=base, delete=False)
        with k:
            pass
        seen += (os.path.exists(k.name), k._finalizer.peek()[3]["delete"])
        k.cleanup()
        seen += (os.path.exists(k.name),)
    return seen

mine, theirs = look(t), look(std)
assert mine == theirs, (mine, theirs)
assert mine[-4 if new else -1] == ["Implicitly cleaning up <TemporaryDirectory 'N'>"], mine
assert mine[-5 if new else -2] is False, mine

# The finalizer's index follows the class's counter, and _dirty is set again when reset.
weakref.finalize._dirty = False
a = t.TemporaryDirectory(dir=base)
b = t.TemporaryDirectory(dir=base)
ia, ib = (weakref.finalize._registry[x._finalizer].index for x in (a, b))
assert ib == ia + 1 and weakref.finalize._dirty, (ia, ib)
a.cleanup(); b.cleanup()

# A subclass's __repr__ is the message's; its cleanup is what __exit__ calls.
calls = []
class S(t.TemporaryDirectory):
    def __repr__(self):
        return "S!"
    def cleanup(self):
        calls.append("cleanup")
        super().cleanup()
with S(dir=base) as n:
    pass
s = S(dir=base)
assert s._finalizer.peek()[3]["warn_message"] == "Implicitly cleaning up S!"
s.cleanup()
assert calls == ["cleanup", "cleanup"] and not os.path.exists(n), calls

# The class's __repr__ replaced: called for the message.
orig_repr = t.TemporaryDirectory.__repr__
t.TemporaryDirectory.__repr__ = lambda self: "R"
try:
    r = t.TemporaryDirectory(dir=base)
    assert r._finalizer.peek()[3]["warn_message"] == "Implicitly cleaning up R"
    r.cleanup()
finally:
    t.TemporaryDirectory.__repr__ = orig_repr

# weakref.finalize replaced (in weakref, or the module's _weakref): called with the standard
# arguments.
for target in ("weakref.finalize", "pytempfile._weakref"):
    with mock.patch(target) as f:
        x = t.TemporaryDirectory(dir=base)
    fm = f if target == "weakref.finalize" else f.finalize
    (o, func, name), kw = fm.call_args
    assert o is x and name == x.name and func.__func__.__name__ == "_cleanup", fm.call_args
    assert list(kw) == ["warn_message", "ignore_errors"] + (["delete"] if new else []), kw
    os.rmdir(x.name)

# finalize.__init__ replaced: the class is called, so it runs.
inits = []
orig_init = weakref.finalize.__init__
def init(self, *a, **k):
    inits.append(a[1].__func__.__name__)
    orig_init(self, *a, **k)
weakref.finalize.__init__ = init
try:
    y = t.TemporaryDirectory(dir=base)
finally:
    weakref.finalize.__init__ = orig_init
assert inits == ["_cleanup"] and y._finalizer.alive, inits
y.cleanup()

# The module's mkdtemp replaced: called with (suffix, prefix, dir).
made = []
orig_mkdtemp = t.mkdtemp
def mk(suffix, prefix, dir):
    made.append((suffix, prefix, dir))
    return orig_mkdtemp(suffix, prefix, dir)
t.mkdtemp = mk
try:
    z = t.TemporaryDirectory("x", "y", base)
finally:
    t.mkdtemp = orig_mkdtemp
assert made == [("x", "y", base)] and z.name.endswith("x"), made
z.cleanup()

# An instance's _rmtree: called with the name and ignore_errors as a keyword.
removed = []
v = t.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
v._rmtree = lambda name, **kw: removed.append((name, kw))
v.cleanup()
assert removed == [(v.name, {"ignore_errors": True})] and os.path.exists(v.name), removed
os.rmdir(v.name)

# A read-only name (a subclass's property): the standard step's AttributeError, with the
# directory already made (as in CPython).
class P(t.TemporaryDirectory):
    @property
    def name(self):
        return "fixed"
try:
    P(dir=base)
except AttributeError:
    pass
else:
    raise AssertionError("no AttributeError")

for left in os.listdir(base):
    os.rmdir(os.path.join(base, left))

# At exit: what atexit runs (weakref.finalize._exitfunc, which also ends this process's
# finalizers, so it comes last) removes a directory left alive, with its warning, as the
# standard module's, and keeps one made with delete=False.
alive = t.TemporaryDirectory(dir=base, prefix="exit-")
open(os.path.join(alive.name, "f"), "w").close()
theirs = std.TemporaryDirectory(dir=base, prefix="exit-std-")
kept = t.TemporaryDirectory(dir=base, prefix="kept-", delete=False) if new else None
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    weakref.finalize._exitfunc()
said = sorted(str(x.message) for x in w if x.category is ResourceWarning)
assert said == sorted("Implicitly cleaning up <TemporaryDirectory %r>" % d.name
                      for d in (alive, theirs)), said
assert not os.path.exists(alive.name) and not os.path.exists(theirs.name)
if new:
    assert os.path.exists(kept.name)
    os.rmdir(kept.name)
os.rmdir(base)
"#,
        )
        .unwrap();
        py.run(&code, None, None).unwrap();
    });
}
