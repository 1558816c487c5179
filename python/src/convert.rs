//! Conversions between Python objects and the crate's values: `str`/`bytes`/path-like
//! arguments to [`Arg`] (`os.fsencode`, `os.fspath`, as CPython's `_sanitize_params` and
//! `os` functions take them), and paths, file names and types back to the objects CPython
//! returns (`os.fsdecode`, `str`/`bytes`).
//!
//! Depends only on [`crate::interp`].

use pyo3::prelude::*;
use pyo3::type_object::PyTypeInfo;
use pyo3::types::{PyBytes, PyString};
use pytempfile::{Arg, Filename, PathKind, PyPath};

use crate::interp::interp;

/// `os.fsdecode(bytes)` as a Python `str`.
pub(crate) fn fsdecode<'py>(py: Python<'py>, b: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    let c = interp(py)?;
    if c.fs_utf8 {
        if let Ok(s) = std::str::from_utf8(b) {
            return Ok(PyString::new(py, s).into_any());
        }
    }
    c.os_fsdecode.bind(py).call1((PyBytes::new(py, b),))
}

/// `os.fsencode(s)` of a `str` (or a subclass), as bytes.
pub(crate) fn fsencode_str(s: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    let py = s.py();
    let c = interp(py)?;
    if c.fs_utf8 {
        if let Ok(text) = s
            .cast::<PyString>()
            .map_err(PyErr::from)
            .and_then(|t| t.to_str().map(str::to_owned))
        {
            return Ok(text.into_bytes());
        }
    }
    c.os_fsencode.bind(py).call1((s,))?.extract::<Vec<u8>>()
}

/// A Python object for a path CPython would return.
pub(crate) fn path_obj<'py>(py: Python<'py>, p: &PyPath) -> PyResult<Bound<'py, PyAny>> {
    match p.kind() {
        PathKind::Str => fsdecode(py, p.as_bytes()),
        PathKind::Bytes => Ok(PyBytes::new(py, p.as_bytes()).into_any()),
    }
}

pub(crate) fn filename_obj<'py>(py: Python<'py>, f: &Filename) -> PyResult<Bound<'py, PyAny>> {
    match f {
        Filename::Str(b) => fsdecode(py, b),
        Filename::Bytes(b) => Ok(PyBytes::new(py, b).into_any()),
    }
}

/// A Python argument as pytempfile's [`Arg`] (`None` stays `None`).
pub(crate) fn to_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<Arg>> {
    if obj.is_none() {
        return Ok(None);
    }
    Ok(Some(to_arg_value(obj)?))
}

/// Like [`to_arg`], but `None` is the value `None` (mktemp's arguments).
pub(crate) fn to_arg_value(obj: &Bound<'_, PyAny>) -> PyResult<Arg> {
    let py = obj.py();
    if obj.is_none() {
        return Ok(Arg::none());
    }
    if obj.is_instance_of::<PyString>() {
        return Ok(Arg::Str(fsencode_str(obj)?));
    }
    if obj.is_instance_of::<PyBytes>() {
        return Ok(Arg::Bytes(obj.extract::<Vec<u8>>()?));
    }
    let c = interp(py)?;
    if obj.is_instance(c.os_pathlike.bind(py))? {
        // os.fspath raises CPython's own TypeError for a bad __fspath__.
        let v = c.os_fspath.bind(py).call1((obj,))?;
        let type_name = obj.get_type().name()?.to_string();
        if v.is_instance_of::<PyBytes>() {
            return Ok(Arg::path_like(
                type_name,
                PathKind::Bytes,
                v.extract::<Vec<u8>>()?,
            ));
        }
        let b = c.os_fsencode.bind(py).call1((v,))?;
        return Ok(Arg::path_like(
            type_name,
            PathKind::Str,
            b.extract::<Vec<u8>>()?,
        ));
    }
    Ok(Arg::other(obj.get_type().name()?.to_string()))
}

/// A prefix or suffix that is only ever concatenated (`pre + name + suf`): `str` and `bytes`
/// by value, anything else (a path-like included: `+` does not call `__fspath__`) by type.
pub(crate) fn to_affix(obj: &Bound<'_, PyAny>) -> PyResult<Arg> {
    if obj.is_instance_of::<PyString>() {
        return Ok(Arg::Str(fsencode_str(obj)?));
    }
    if obj.is_instance_of::<PyBytes>() {
        return Ok(Arg::Bytes(obj.extract::<Vec<u8>>()?));
    }
    Ok(Arg::other(obj.get_type().name()?.to_string()))
}

/// A Python object for an [`Arg`] (the inverse of [`to_arg_value`] for str and bytes).
pub(crate) fn arg_obj<'py>(py: Python<'py>, a: &Arg) -> PyResult<Bound<'py, PyAny>> {
    match a {
        Arg::Str(b) => fsdecode(py, b),
        Arg::Bytes(b) => Ok(PyBytes::new(py, b).into_any()),
        _ => Ok(py.None().into_bound(py)),
    }
}

/// The output type object for a kind.
pub(crate) fn type_obj(py: Python<'_>, kind: PathKind) -> Bound<'_, PyAny> {
    match kind {
        PathKind::Str => PyString::type_object(py).into_any(),
        PathKind::Bytes => PyBytes::type_object(py).into_any(),
    }
}

pub(crate) fn kind_of(py: Python<'_>, output_type: &Bound<'_, PyAny>) -> PathKind {
    if output_type.is(PyBytes::type_object(py)) {
        PathKind::Bytes
    } else {
        PathKind::Str
    }
}
