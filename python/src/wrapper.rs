//! `_TemporaryFileWrapper.__getattr__` (CPython's `tempfile._TemporaryFileWrapper`), done
//! natively where nothing could tell the difference.
//!
//! The wrapper and closer classes stay the Python module's (their names, `__module__`,
//! `__dict__`, the methods a subclass overrides and reaches through `super()`, the module
//! globals a test replaces); `__getattr__` is a Python method that hands its work here
//! ([`wrapper_getattr`]): the attribute is read from `self.__dict__['file']`; a callable one is
//! wrapped in a `func_wrapper` function as `functools.wraps` builds it (`update_wrapper`'s
//! assignments and updates, with the tuples `wraps` takes by default read from
//! `wraps.__defaults__` at each call, then `__wrapped__`), `_closer` is set on it; a result
//! that is not an `int` is cached on the instance. The function is made by the module's Python
//! factory (`_func_wrapper`), so it is a real Python function whose `__code__` names and free
//! variable are those of the standard module's nested function.
//!
//! The step takes the module's Python steps (`_python_getattr`) when `functools.wraps`,
//! `partial` or `update_wrapper` or the module's `_functools` was replaced, a builtin the
//! standard step reads is shadowed in the module's globals or replaced in `builtins`
//! ([`crate::call::wraps_untouched`], kept in the verdict), or `wraps`'s defaults are not
//! tuples of `str`.
//!
//! Depends on [`crate::call`].

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyDict, PyFunction, PyInt, PyString, PyTuple};

use crate::call::wraps_untouched_kept;

/// What the native step needs: `wraps`'s default `assigned` and `updated` tuples (plain tuples
/// of `str`) and the factory of `func_wrapper`; `None` when the Python steps must run.
type Plain<'py> = (Bound<'py, PyTuple>, Bound<'py, PyTuple>, Bound<'py, PyAny>);

fn plain_wraps<'py>(g: &Bound<'py, PyDict>) -> PyResult<Option<Plain<'py>>> {
    let py = g.py();
    if !wraps_untouched_kept(g)? {
        return Ok(None);
    }
    let Some(orig) = g.get_item(intern!(py, "_wrap_originals"))? else {
        return Ok(None);
    };
    let Ok(orig) = orig.cast_into::<PyTuple>() else {
        return Ok(None);
    };
    if orig.len() != 5 {
        return Ok(None);
    }
    let defaults = orig.get_item(1)?.getattr(intern!(py, "__defaults__"))?;
    let Ok(defaults) = defaults.cast_into_exact::<PyTuple>() else {
        return Ok(None);
    };
    if defaults.len() != 2 {
        return Ok(None);
    }
    let names = |i: usize| -> PyResult<Option<Bound<'py, PyTuple>>> {
        let Ok(t) = defaults.get_item(i)?.cast_into_exact::<PyTuple>() else {
            return Ok(None);
        };
        Ok(t.iter()
            .all(|n| n.is_exact_instance_of::<PyString>())
            .then_some(t))
    };
    let (Some(assigned), Some(updated)) = (names(0)?, names(1)?) else {
        return Ok(None);
    };
    Ok(Some((assigned, updated, orig.get_item(4)?)))
}

/// `hasattr(value, '__call__')`, answered without the lookup for a builtin function or method
/// (`builtin_function_or_method` and its one subclass: static types that always have it).
fn has_call(value: &Bound<'_, PyAny>) -> PyResult<bool> {
    if value.is_instance_of::<PyCFunction>() {
        return Ok(true);
    }
    Ok(value
        .getattr_opt(intern!(value.py(), "__call__"))?
        .is_some())
}

/// `_TemporaryFileWrapper.__getattr__(self, name)` (see the module docs): the standard steps,
/// natively, or the module's `_python_getattr(self, name)` when they cannot be.
#[pyfunction]
pub(crate) fn wrapper_getattr<'py>(
    g: &Bound<'py, PyDict>,
    obj: &Bound<'py, PyAny>,
    name: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = g.py();
    let plain = plain_wraps(g)?;
    let (Some((assigned, updated, factory)), Ok(name)) = (plain, name.cast::<PyString>()) else {
        return match g.get_item(intern!(py, "_python_getattr"))? {
            Some(f) => f.call1((obj, name)),
            None => Err(pyo3::exceptions::PyNameError::new_err(
                "name '_python_getattr' is not defined",
            )),
        };
    };
    let file = obj
        .getattr(intern!(py, "__dict__"))?
        .get_item(intern!(py, "file"))?;
    let value = file.getattr(name)?;
    let value = if has_call(&value)? {
        // `functools.wraps(func)(func_wrapper)`: update_wrapper's steps.
        let wrapper = factory.call1((&value,))?;
        for attr in assigned.iter() {
            let attr = attr.cast_into::<PyString>()?;
            if let Some(v) = value.getattr_opt(&attr)? {
                wrapper.setattr(&attr, v)?;
            }
        }
        for attr in updated.iter() {
            let attr = attr.cast_into::<PyString>()?;
            let from = match value.getattr_opt(&attr)? {
                Some(v) => v,
                None => PyDict::new(py).into_any(),
            };
            wrapper
                .getattr(&attr)?
                .call_method1(intern!(py, "update"), (from,))?;
        }
        wrapper.setattr(intern!(py, "__wrapped__"), &value)?;
        let closer = obj.getattr(intern!(py, "_closer"))?;
        wrapper.setattr(intern!(py, "_closer"), closer)?;
        wrapper
    } else {
        value
    };
    // `isinstance(value, int)`: a plain function never is one (its `__class__` cannot be
    // anything but `function`).
    let is_int = !value.is_exact_instance_of::<PyFunction>()
        && value.is_instance(&py.get_type::<PyInt>())?;
    if !is_int {
        obj.setattr(name, &value)?;
    }
    Ok(value)
}
