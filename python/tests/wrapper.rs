//! NamedTemporaryFile's wrapper: the native `__getattr__` (module `wrapper`) gives what the
//! standard module's gives, a subclass's override is called, and the Python steps run whenever
//! what it stands for is replaced (functools, a builtin shadowed in the module), and only then;
//! the classes are called (a replaced class or `__init__` runs).
#![allow(clippy::unwrap_used)]

use pyo3::prelude::*;

#[test]
fn the_wrapper_matches_the_standard_module_and_declines_when_replaced() {
    Python::initialize();
    Python::attach(|py| {
        pytempfile_python::install(py).unwrap();
        let code = std::ffi::CString::new(
            r#"
import functools, gc, os, sys, warnings, weakref
import pytempfile as t, tempfile as std

d = t.mkdtemp(prefix="wrapper-")
new = sys.version_info >= (3, 12)

def look(m):
    f = m.NamedTemporaryFile(dir=d)
    w = f.write
    code = w.__code__
    seen = (type(f).__name__, list(f.__dict__), list(f._closer.__dict__), type(w).__name__,
            w.__name__, w.__qualname__, w.__module__, w.__doc__, code.co_name,
            getattr(code, "co_qualname", None), code.co_freevars, sorted(w.__dict__),
            w.__wrapped__ == f.file.write, w._closer is f._closer, f.__dict__["write"] is w,
            f.closed, "closed" in f.__dict__, f.fileno() > 0, "fileno" in f.__dict__,
            f.mode, "mode" in f.__dict__)
    f.file.extra = 5
    f.file.flag = True
    seen += (f.extra, "extra" in f.__dict__, f.flag, "flag" in f.__dict__)
    try:
        f.nope
    except AttributeError as e:
        seen += (type(e).__name__,)
    with f:
        f.write(b"abc")
    seen += (f.closed, os.path.exists(f.name))
    # A method looked up keeps the file open, not the wrapper alive.
    f = m.NamedTemporaryFile(dir=d)
    wr = weakref.ref(f)
    write = f.write
    del f
    gc.collect()
    seen += (wr() is None,)
    write(b"x")
    del write
    gc.collect()
    return seen

assert look(t) == look(std), (look(t), look(std))

# A subclass's override is called, and reaches the native step through super().
log = []
class W(t._TemporaryFileWrapper):
    def __getattr__(self, name):
        log.append(name)
        return super().__getattr__(name)
raw = open(os.path.join(d, "sub"), "w+b")
w = W(raw, raw.name, True, True) if new else W(raw, raw.name, True)
w.read
w.close()
assert log == ["read"] and not os.path.exists(raw.name), log

# functools.wraps replaced: the standard steps, through it.
calls, steps = [], []
python_getattr = t._python_getattr
def logged(self, name):
    steps.append(name)
    return python_getattr(self, name)
t._python_getattr = logged
with t.NamedTemporaryFile(dir=d) as f:
    f.seek(0)
assert steps == [], steps
orig = functools.wraps
def wraps(f, *a, **k):
    calls.append(f.__name__)
    return orig(f, *a, **k)
functools.wraps = wraps
try:
    f = t.NamedTemporaryFile(dir=d)
    f.seek(0)
    assert calls == ["seek"] and f.seek.__name__ == "seek", calls
    f.close()
finally:
    functools.wraps = orig
# Restored: native again (the replacement is no longer called).
with t.NamedTemporaryFile(dir=d) as f:
    f.seek(0)
assert calls == ["seek"] and steps == ["seek"], (calls, steps)
# A builtin shadowed in the module's globals.
t.hasattr = lambda o, n: False
try:
    f = t.NamedTemporaryFile(dir=d)
    assert f.seek == f.file.seek
    f.close()
finally:
    del t.hasattr
assert steps == ["seek", "seek"], steps
# A builtin replaced in builtins.
import builtins
real_setattr = builtins.setattr
builtins.setattr = lambda o, n, v: real_setattr(o, n, v)
try:
    with t.NamedTemporaryFile(dir=d) as f:
        f.seek(0)
finally:
    builtins.setattr = real_setattr
assert steps == ["seek", "seek", "seek"], steps
with t.NamedTemporaryFile(dir=d) as f:
    f.seek(0)
assert steps == ["seek", "seek", "seek"], steps
t._python_getattr = python_getattr

# The module's class replaced by a subclass, or an attribute of the class assigned: the class
# is called, so its __init__ runs.
inits = []
class W2(t._TemporaryFileWrapper):
    def __init__(self, *a):
        inits.append(len(a))
        super().__init__(*a)
saved = t._TemporaryFileWrapper
t._TemporaryFileWrapper = W2
try:
    with t.NamedTemporaryFile(dir=d) as f:
        assert type(f) is W2
finally:
    t._TemporaryFileWrapper = saved
assert inits == [4 if new else 3], inits
orig_init = t._TemporaryFileCloser.__init__
def closer_init(self, *a, **k):
    inits.append("closer")
    orig_init(self, *a, **k)
t._TemporaryFileCloser.__init__ = closer_init
try:
    with t.NamedTemporaryFile(dir=d) as f:
        pass
finally:
    t._TemporaryFileCloser.__init__ = orig_init
assert inits[-1] == "closer", inits
with t.NamedTemporaryFile(dir=d) as f:
    assert type(f) is t._TemporaryFileWrapper
os.rmdir(d)
"#,
        )
        .unwrap();
        if let Err(e) = py.run(&code, None, None) {
            e.print(py);
            panic!("wrapper test failed: {e}");
        }
    });
}
