//! `TemporaryDirectory.__init__`, `cleanup` and `__exit__` (CPython's
//! `tempfile.TemporaryDirectory`), done natively where nothing could tell the difference.
//!
//! The class stays the Python module's (its name, `__dict__`, the methods a subclass overrides,
//! the `weakref.finalize` object under `_finalizer`); these three methods hand their work here,
//! and each step is either the standard one (an attribute read, assignment or call through the
//! object, so overrides, properties and patched instances are honoured) or a native one that
//! gives the same result when the objects it stands for are the ones the module recorded at
//! import (`_tempdir_originals`, compared by identity at each call):
//! - `self.name = mkdtemp(suffix, prefix, dir)`: the native `mkdtemp` when the module's global
//!   is its own (the native step still declines as `mkdtemp` does; the global is then called);
//! - `"Implicitly cleaning up {!r}".format(self)`: built natively for an instance of the exact
//!   class whose `__repr__` is the module's; otherwise `repr()` and `format()` are called;
//! - `_weakref.finalize(self, self._cleanup, self.name, warn_message=..., ignore_errors=...,
//!   delete=...)`: when `weakref.finalize` is the standard class with its own `__new__` and
//!   `__init__` (identical in every release from 3.10 to 3.15), its `__init__` steps are taken
//!   through the C API on the class's own `_Info`, `_registry` and `_index_iter` (so the
//!   finalizer is a genuine `weakref.finalize`, registered as the Python code registers it);
//!   before the class has registered its `atexit` hook, or when anything was replaced, the
//!   class is called;
//! - `self._finalizer.detach()`: the standard method's steps on the class's `_registry` when it
//!   is a `dict` and the finalizer's class and `detach` are the standard ones;
//! - `self._rmtree(self.name, ignore_errors=...)`: the native removal
//!   ([`crate::functions::rmtree`]) when the bound method's function is the module's own.
//!
//! The order of the standard code's attribute reads, calls and assignments is kept, so an
//! error (a refused `dir`, a `__repr__` that raises, a read-only attribute) comes from the same
//! step with the same state left behind.
//!
//! Depends on [`crate::functions`] and [`crate::interp`].

use pyo3::exceptions::{PyNameError, PyStopIteration};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyIterator, PyString, PyTuple};
use pytempfile::Behaviour;

use crate::functions::{mkdtemp, rmtree};
use crate::interp::py_version;

/// Positions in the module's `_tempdir_originals` tuple.
const MKDTEMP: usize = 0;
const CLASS: usize = 1;
const REPR: usize = 2;
const RMTREE: usize = 3;
const CLEANUP: usize = 4;
const WEAKREF: usize = 5;
const FINALIZE: usize = 6;
const FIN_NEW: usize = 7;
const FIN_INIT: usize = 8;
const FIN_DETACH: usize = 9;
const REF: usize = 10;
const INFO: usize = 11;
const LEN: usize = 12;

/// The module's `_tempdir_originals`, when it is the tuple the module recorded.
fn originals<'py>(g: &Bound<'py, PyDict>) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let py = g.py();
    Ok(g.get_item(intern!(py, "_tempdir_originals"))?
        .and_then(|o| o.cast_into_exact::<PyTuple>().ok())
        .filter(|t| t.len() == LEN))
}

/// `TemporaryDirectory.__init__(self, suffix, prefix, dir, ignore_cleanup_errors[, delete])`
/// (`delete` is ignored by releases without it).
#[pyfunction]
#[pyo3(signature = (g, this, suffix, prefix, dir, ignore_cleanup_errors, delete))]
pub(crate) fn tempdir_init(
    g: &Bound<'_, PyDict>,
    this: &Bound<'_, PyAny>,
    suffix: &Bound<'_, PyAny>,
    prefix: &Bound<'_, PyAny>,
    dir: &Bound<'_, PyAny>,
    ignore_cleanup_errors: &Bound<'_, PyAny>,
    delete: &Bound<'_, PyAny>,
) -> PyResult<()> {
    let py = g.py();
    let has_delete = py_version(py).has(Behaviour::DirectoryDelete);
    let orig = originals(g)?;

    // self.name = mkdtemp(suffix, prefix, dir)
    let mk = g
        .get_item(intern!(py, "mkdtemp"))?
        .ok_or_else(|| PyNameError::new_err("name 'mkdtemp' is not defined"))?;
    let own_mkdtemp = match &orig {
        Some(o) => mk.is(&o.get_item(MKDTEMP)?),
        None => false,
    };
    let name = match own_mkdtemp {
        true => match mkdtemp(g, suffix, prefix, dir)? {
            Some(n) => n,
            None => mk.call1((suffix, prefix, dir))?,
        },
        false => mk.call1((suffix, prefix, dir))?,
    };
    this.setattr(intern!(py, "name"), name)?;
    this.setattr(intern!(py, "_ignore_cleanup_errors"), ignore_cleanup_errors)?;
    if has_delete {
        this.setattr(intern!(py, "_delete"), delete)?;
    }

    // self._finalizer = _weakref.finalize(self, self._cleanup, self.name, warn_message=...,
    //     ignore_errors=self._ignore_cleanup_errors[, delete=self._delete])
    let weakref_mod = g
        .get_item(intern!(py, "_weakref"))?
        .ok_or_else(|| PyNameError::new_err("name '_weakref' is not defined"))?;
    let finalize = weakref_mod.getattr(intern!(py, "finalize"))?;
    let cleanup = this.getattr(intern!(py, "_cleanup"))?;
    let name = this.getattr(intern!(py, "name"))?;
    let message = warn_message(this, orig.as_ref())?;
    let kwargs = PyDict::new(py);
    kwargs.set_item(intern!(py, "warn_message"), message)?;
    kwargs.set_item(
        intern!(py, "ignore_errors"),
        this.getattr(intern!(py, "_ignore_cleanup_errors"))?,
    )?;
    if has_delete {
        kwargs.set_item(intern!(py, "delete"), this.getattr(intern!(py, "_delete"))?)?;
    }
    let args = PyTuple::new(py, [name])?;
    let fin = match &orig {
        Some(o) if standard_finalize(&weakref_mod, &finalize, o)? => {
            match new_finalizer(&finalize, o, this, &cleanup, &args, &kwargs)? {
                Some(f) => f,
                None => call_finalize(&finalize, this, &cleanup, &args, &kwargs)?,
            }
        }
        _ => call_finalize(&finalize, this, &cleanup, &args, &kwargs)?,
    };
    this.setattr(intern!(py, "_finalizer"), fin)
}

/// `finalize(obj, func, *args, **kwargs)` by calling it.
fn call_finalize<'py>(
    finalize: &Bound<'py, PyAny>,
    this: &Bound<'py, PyAny>,
    func: &Bound<'py, PyAny>,
    args: &Bound<'py, PyTuple>,
    kwargs: &Bound<'py, PyDict>,
) -> PyResult<Bound<'py, PyAny>> {
    let mut all = vec![this.clone(), func.clone()];
    all.extend(args.iter());
    finalize.call(PyTuple::new(finalize.py(), all)?, Some(kwargs))
}

/// The start of `TemporaryDirectory`'s warning message.
const PREFIX: &str = "Implicitly cleaning up ";

/// `"Implicitly cleaning up {!r}".format(self)`.
fn warn_message<'py>(
    this: &Bound<'py, PyAny>,
    orig: Option<&Bound<'py, PyTuple>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = this.py();
    if let Some(o) = orig {
        let class = o.get_item(CLASS)?;
        // The module's own __repr__: "<{} {!r}>".format(self.__class__.__name__, self.name).
        if this.get_type().is(&class)
            && class
                .getattr(intern!(py, "__repr__"))?
                .is(&o.get_item(REPR)?)
        {
            let cls_name = class.getattr(intern!(py, "__name__"))?;
            if let Ok(cls_name) = cls_name.cast_exact::<PyString>() {
                let r = this.getattr(intern!(py, "name"))?.repr()?;
                // format(r, ""), as str.format applies it to a str subclass.
                let r = match r.is_exact_instance_of::<PyString>() {
                    true => r,
                    false => intern!(py, "{}")
                        .call_method1(intern!(py, "format"), (r,))?
                        .cast_into::<PyString>()?,
                };
                let (c, r) = (cls_name.to_str()?, r.to_str()?);
                let mut s = String::with_capacity(PREFIX.len() + c.len() + r.len() + 3);
                for part in [PREFIX, "<", c, " ", r, ">"] {
                    s.push_str(part);
                }
                return Ok(PyString::new(py, &s).into_any());
            }
        }
    }
    let template = intern!(py, "Implicitly cleaning up {!r}");
    template.call_method1(intern!(py, "format"), (this,))
}

/// Whether `_weakref.finalize` is the standard class with its own `__new__` and `__init__`,
/// and `weakref.ref` the builtin its `__init__` calls.
fn standard_finalize(
    weakref_mod: &Bound<'_, PyAny>,
    finalize: &Bound<'_, PyAny>,
    o: &Bound<'_, PyTuple>,
) -> PyResult<bool> {
    let py = finalize.py();
    Ok(weakref_mod.is(&o.get_item(WEAKREF)?)
        && finalize.is(&o.get_item(FINALIZE)?)
        && finalize
            .getattr(intern!(py, "__new__"))?
            .is(&o.get_item(FIN_NEW)?)
        && finalize
            .getattr(intern!(py, "__init__"))?
            .is(&o.get_item(FIN_INIT)?)
        && weakref_mod
            .getattr(intern!(py, "ref"))?
            .is(&o.get_item(REF)?))
}

/// `weakref.finalize.__init__`'s steps on a new instance: `None` before anything is done when
/// the class has not yet registered its `atexit` hook (the class is then called, and does).
fn new_finalizer<'py>(
    finalize: &Bound<'py, PyAny>,
    o: &Bound<'py, PyTuple>,
    obj: &Bound<'py, PyAny>,
    func: &Bound<'py, PyAny>,
    args: &Bound<'py, PyTuple>,
    kwargs: &Bound<'py, PyDict>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let py = finalize.py();
    if !finalize
        .getattr(intern!(py, "_registered_with_atexit"))?
        .is_truthy()?
    {
        return Ok(None);
    }
    // finalize.__new__(finalize), as type.__call__ does (the standard __new__ is object's).
    let fin = o.get_item(FIN_NEW)?.call1((finalize,))?;
    let info = finalize.getattr(intern!(py, "_Info"))?.call0()?;
    let weakref = o.get_item(REF)?.call1((obj, &fin))?;
    info.setattr(intern!(py, "weakref"), weakref)?;
    info.setattr(intern!(py, "func"), func)?;
    info.setattr(intern!(py, "args"), args)?;
    info.setattr(intern!(py, "kwargs"), kwargs)?;
    info.setattr(intern!(py, "atexit"), true)?;
    let index = next(&finalize.getattr(intern!(py, "_index_iter"))?)?;
    info.setattr(intern!(py, "index"), index)?;
    finalize
        .getattr(intern!(py, "_registry"))?
        .set_item(&fin, info)?;
    // finalize._dirty = True. Only written when it is not already `True` (it is reset only
    // by the class's atexit hook): rewriting an equal value would change nothing a program
    // can read, yet would invalidate the class's attribute cache on every call.
    let dirty = intern!(py, "_dirty");
    if !finalize.getattr(dirty)?.is(PyBool::new(py, true)) {
        finalize.setattr(dirty, true)?;
    }
    Ok(Some(fin))
}

/// `next(it)`.
fn next<'py>(it: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    match it.cast::<PyIterator>() {
        Ok(i) => match i.clone().next() {
            Some(v) => v,
            None => Err(PyStopIteration::new_err(())),
        },
        Err(_) => it
            .py()
            .import(intern!(it.py(), "builtins"))?
            .getattr(intern!(it.py(), "next"))?
            .call1((it,)),
    }
}

/// `TemporaryDirectory.cleanup(self)`.
#[pyfunction]
pub(crate) fn tempdir_cleanup(g: &Bound<'_, PyDict>, this: &Bound<'_, PyAny>) -> PyResult<()> {
    let orig = originals(g)?;
    cleanup(g, this, orig.as_ref())
}

/// `TemporaryDirectory.__exit__(self, ...)`: `if self._delete: self.cleanup()` (no `_delete`
/// before 3.12).
#[pyfunction]
pub(crate) fn tempdir_exit(g: &Bound<'_, PyDict>, this: &Bound<'_, PyAny>) -> PyResult<()> {
    let py = g.py();
    if py_version(py).has(Behaviour::DirectoryDelete)
        && !this.getattr(intern!(py, "_delete"))?.is_truthy()?
    {
        return Ok(());
    }
    let orig = originals(g)?;
    let method = this.getattr(intern!(py, "cleanup"))?;
    if let Some(o) = &orig
        && bound_to(&method, this, &o.get_item(CLEANUP)?)?
    {
        return cleanup(g, this, orig.as_ref());
    }
    method.call0().map(drop)
}

/// Whether `method` is `func` bound to `this` (what `this.cleanup` is when nothing overrides it).
fn bound_to(
    method: &Bound<'_, PyAny>,
    this: &Bound<'_, PyAny>,
    func: &Bound<'_, PyAny>,
) -> PyResult<bool> {
    let py = method.py();
    Ok(method
        .getattr_opt(intern!(py, "__func__"))?
        .is_some_and(|f| f.is(func))
        && method
            .getattr_opt(intern!(py, "__self__"))?
            .is_some_and(|s| s.is(this)))
}

/// `if self._finalizer.detach() or _os.path.exists(self.name):
///      self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)`
fn cleanup(
    g: &Bound<'_, PyDict>,
    this: &Bound<'_, PyAny>,
    orig: Option<&Bound<'_, PyTuple>>,
) -> PyResult<()> {
    let py = g.py();
    let fin = this.getattr(intern!(py, "_finalizer"))?;
    let detached = match orig {
        Some(o) => match detach(&fin, o)? {
            Some(d) => d,
            None => fin.call_method0(intern!(py, "detach"))?.is_truthy()?,
        },
        None => fin.call_method0(intern!(py, "detach"))?.is_truthy()?,
    };
    if !detached {
        let os = g
            .get_item(intern!(py, "_os"))?
            .ok_or_else(|| PyNameError::new_err("name '_os' is not defined"))?;
        let exists = os
            .getattr(intern!(py, "path"))?
            .getattr(intern!(py, "exists"))?;
        if !exists
            .call1((this.getattr(intern!(py, "name"))?,))?
            .is_truthy()?
        {
            return Ok(());
        }
    }
    let method = this.getattr(intern!(py, "_rmtree"))?;
    let name = this.getattr(intern!(py, "name"))?;
    let ignore = this.getattr(intern!(py, "_ignore_cleanup_errors"))?;
    let own = match orig {
        Some(o) => {
            let func = o.get_item(RMTREE)?;
            method
                .getattr_opt(intern!(py, "__func__"))?
                .is_some_and(|f| f.is(&func))
        }
        None => false,
    };
    if own {
        return rmtree(g, &name, &ignore);
    }
    let kwargs = PyDict::new(py);
    kwargs.set_item(intern!(py, "ignore_errors"), ignore)?;
    method.call((name,), Some(&kwargs)).map(drop)
}

/// `weakref.finalize.detach`'s steps, reduced to the truth of its result: `None` (nothing
/// done) when the finalizer's class, its `detach` or its `_registry` are not the standard ones.
fn detach(fin: &Bound<'_, PyAny>, o: &Bound<'_, PyTuple>) -> PyResult<Option<bool>> {
    let py = fin.py();
    let class = o.get_item(FINALIZE)?;
    if !fin.get_type().is(&class)
        || !class
            .getattr(intern!(py, "detach"))?
            .is(&o.get_item(FIN_DETACH)?)
    {
        return Ok(None);
    }
    let Ok(registry) = class
        .getattr(intern!(py, "_registry"))?
        .cast_into_exact::<PyDict>()
    else {
        return Ok(None);
    };
    // info = self._registry.get(self); obj = info and info.weakref()
    let Some(info) = registry.get_item(fin)? else {
        return Ok(Some(false));
    };
    if !info.get_type().is(&o.get_item(INFO)?) {
        return Ok(None);
    }
    let obj = info.getattr(intern!(py, "weakref"))?.call0()?;
    if obj.is_none() {
        return Ok(Some(false));
    }
    // self._registry.pop(self, None): the info just read, unless the weakref's call removed it.
    let popped = match registry.get_item(fin)? {
        Some(p) => {
            registry.del_item(fin)?;
            p.is_truthy()?
        }
        None => false,
    };
    if popped {
        // The result tuple's reads: (obj, info.func, info.args, info.kwargs or {}).
        for slot in [
            intern!(py, "func"),
            intern!(py, "args"),
            intern!(py, "kwargs"),
        ] {
            info.getattr(slot)?;
        }
    }
    Ok(Some(popped))
}
