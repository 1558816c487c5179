//! The module-level functions of `pytempfile._native`, one per step of the standard module
//! the Python package hands over (`_infer_return_type`, `_sanitize_params`,
//! `_get_default_tempdir`, `_candidate_tempdir_list`, `_mkstemp_inner`, `mkstemp`, `mkdtemp`,
//! `mktemp`, `TemporaryFile`'s openers, `TemporaryDirectory._rmtree`, `os.path.exists`).
//!
//! Each takes the module's globals `g` first and does the work with the `pytempfile` crate,
//! or returns `None` (declines) by the rules of [`crate::call`], and the package then runs the
//! standard module's code for that step.

use std::os::fd::RawFd;

use pyo3::exceptions::{PyAttributeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use pytempfile::os::LibcOs;
use pytempfile::{Arg, Behaviour, PathKind, PyPath, Tempfile};

use crate::call::{
    Hook, creating_call, default_dir_native, infer, inner_args, light_state, module_state,
    names_and_os_native, or_decline, os_native, replaced, sanitize, sanitize_natively,
    sync_tempdir, use_names,
};
use crate::convert::{
    arg_obj, fsdecode, fsencode_str, path_obj, to_affix, to_arg, to_arg_value, type_obj,
};
use crate::error::run;
use crate::interp::{interp, py_version};
use crate::opener::{mkstemp_unlinked_fd, open_tmpfile_fd};

#[pyfunction]
pub(crate) fn infer_return_type(
    g: &Bound<'_, PyDict>,
    args: &Bound<'_, PyTuple>,
) -> PyResult<Py<PyAny>> {
    let py = g.py();
    let items: Vec<Bound<'_, PyAny>> = args.iter().collect();
    let refs: Vec<&Bound<'_, PyAny>> = items.iter().collect();
    Ok(type_obj(py, infer(g, &refs)?).unbind())
}

#[pyfunction]
pub(crate) fn sanitize_params<'py>(
    g: &Bound<'py, PyDict>,
    prefix: &Bound<'py, PyAny>,
    suffix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let py = g.py();
    let Some((call, p)) = sanitize_natively(g, prefix, suffix, dir)? else {
        return Ok(None);
    };
    let s = sanitize(g, &call, p, dir)??;
    // Return the caller's own objects where CPython passes them through unchanged (and the
    // `template` object itself for a str prefix, whatever it is).
    let pre = if prefix.is_none() {
        match (s.kind, g.get_item(intern!(py, "template"))?) {
            (PathKind::Str, Some(t)) => t,
            _ => arg_obj(py, &s.prefix)?,
        }
    } else {
        prefix.clone()
    };
    let suf = if suffix.is_none() {
        arg_obj(py, &s.suffix)?
    } else {
        suffix.clone()
    };
    let d = if dir.is_none() {
        arg_obj(py, &s.dir)?
    } else {
        dir.clone()
    };
    PyTuple::new(py, [pre, suf, d, type_obj(py, s.kind)]).map(Some)
}

/// `_get_default_tempdir(dirlist)`: the directory found (a `str`); `None` when the Python
/// probe must run (decided before anything is called); or a 1-tuple holding the candidate
/// list, already fetched from `_candidate_tempdir_list()`, when one of its entries needs the
/// Python probe (so the list function is called once, as in CPython).
#[pyfunction]
#[pyo3(signature = (g, dirlist=None))]
pub(crate) fn get_default_tempdir(
    g: &Bound<'_, PyDict>,
    dirlist: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<Py<PyAny>>> {
    let py = g.py();
    if replaced(g, &[Hook::RandomNameSequence, Hook::BinOpenflags])? || !os_native(g)? {
        return Ok(None);
    }
    let Some(call) = module_state(py, g)? else {
        return Ok(None);
    };
    let list = match (
        dirlist.filter(|d| !d.is_none()),
        g.get_item("_candidate_tempdir_list")?,
    ) {
        (Some(l), _) => l.clone(),
        (None, Some(f)) => f.call0()?,
        (None, None) => return Err(PyAttributeError::new_err("_candidate_tempdir_list")),
    };
    let python_probe = || -> PyResult<Option<Py<PyAny>>> {
        Ok(Some(PyTuple::new(py, [&list])?.into_any().unbind()))
    };
    let mut dirs = Vec::new();
    let Ok(items) = list.try_iter() else {
        return python_probe();
    };
    for d in items {
        let d = d?;
        // Anything but a str (bytes, a path-like, ...) fails in CPython's own way in the
        // Python probe (os.path.abspath, the join, the error message's repr of the list).
        if !d.is_exact_instance_of::<PyString>() {
            return python_probe();
        }
        let Some(b) = or_decline(py, fsencode_str(&d))? else {
            return python_probe();
        };
        dirs.push(b);
    }
    let dir = run(py, || call.t.get_default_tempdir_from(&dirs))?;
    Ok(Some(fsdecode(py, &dir)?.unbind()))
}

#[pyfunction]
pub(crate) fn candidate_tempdir_list(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let t = Tempfile::builder().build();
    let mut items = Vec::new();
    for d in t.candidate_tempdir_list() {
        items.push(fsdecode(py, &d)?);
    }
    PyList::new(py, items)
}

#[pyfunction]
#[pyo3(signature = (g, dir, pre, suf, flags, output_type))]
pub(crate) fn mkstemp_inner<'py>(
    g: &Bound<'py, PyDict>,
    dir: &Bound<'py, PyAny>,
    pre: &Bound<'py, PyAny>,
    suf: &Bound<'py, PyAny>,
    flags: &Bound<'py, PyAny>,
    output_type: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let py = g.py();
    let Some(names) = names_and_os_native(g)? else {
        return Ok(None);
    };
    // os.open takes an int; anything else fails there, after a name was drawn.
    let Ok(flags) = flags.extract::<i32>() else {
        return Ok(None);
    };
    let Some((call, s)) = inner_args(g, names, dir, pre, suf, output_type)? else {
        return Ok(None);
    };
    let (fd, path) = run(py, || {
        call.t
            .mkstemp_inner(&s.dir, &s.prefix, &s.suffix, flags, s.kind)
    })?;
    PyTuple::new(py, [fd.into_pyobject(py)?.into_any(), path_obj(py, &path)?]).map(Some)
}

#[pyfunction]
#[pyo3(signature = (g, suffix, prefix, dir, text))]
pub(crate) fn mkstemp<'py>(
    g: &Bound<'py, PyDict>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let py = g.py();
    let hooks = [
        Hook::SanitizeParams,
        Hook::MkstempInner,
        Hook::BinOpenflags,
        Hook::TextOpenflags,
    ];
    let Some((call, p)) = creating_call(g, &hooks, prefix, suffix, dir)? else {
        return Ok(None);
    };
    let s = sanitize(g, &call, p, dir)??;
    // `if text:` runs after the parameters are sanitized.
    let flags = if text.is_truthy()? {
        pytempfile::os::flags::TEXT_OPENFLAGS
    } else {
        pytempfile::os::flags::BIN_OPENFLAGS
    };
    let (fd, path) = run(py, || {
        call.t
            .mkstemp_inner(&s.dir, &s.prefix, &s.suffix, flags, s.kind)
    })?;
    PyTuple::new(py, [fd.into_pyobject(py)?.into_any(), path_obj(py, &path)?]).map(Some)
}

#[pyfunction]
#[pyo3(signature = (g, suffix, prefix, dir))]
pub(crate) fn mkdtemp<'py>(
    g: &Bound<'py, PyDict>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let py = g.py();
    let Some((call, p)) = creating_call(g, &[Hook::SanitizeParams], prefix, suffix, dir)? else {
        return Ok(None);
    };
    let path = run(py, || call.t.mkdtemp(&p));
    // The default directory, once resolved, stays so even if the creation fails.
    sync_tempdir(py, g, &call.t)?;
    path_obj(py, &path?).map(Some)
}

#[pyfunction]
#[pyo3(signature = (g, suffix, prefix, dir))]
pub(crate) fn mktemp<'py>(
    g: &Bound<'py, PyDict>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let py = g.py();
    if replaced(g, &[Hook::Exists])? || (dir.is_none() && !default_dir_native(g, PathKind::Str)?) {
        return Ok(None);
    }
    let Some(names) = names_and_os_native(g)? else {
        return Ok(None);
    };
    let Some(call) = module_state(py, g)? else {
        return Ok(None);
    };
    use_names(&call, names);
    // `dir` is only looked at by the join, after a name is drawn: a `dir` the conversion
    // refuses fails there, on the Python path.
    let Ok(dir) = to_arg(dir) else {
        return Ok(None);
    };
    let conv = || -> PyResult<pytempfile::Params> {
        Ok(pytempfile::Params::new()
            .suffix(to_affix(suffix)?)
            .prefix(to_affix(prefix)?)
            .dir_opt(dir))
    };
    let Some(p) = or_decline(py, conv())? else {
        return Ok(None);
    };
    let path = run(py, || call.t.mktemp(&p));
    sync_tempdir(py, g, &call.t)?;
    path_obj(py, &path?).map(Some)
}

/// `os.open(dir, (flags | O_TMPFILE) & ~O_CREAT, 0o600)` for TemporaryFile's opener.
#[pyfunction]
pub(crate) fn open_tmpfile(
    g: &Bound<'_, PyDict>,
    dir: &Bound<'_, PyAny>,
    flags: i32,
) -> PyResult<Option<RawFd>> {
    let py = g.py();
    if !os_native(g)? {
        return Ok(None);
    }
    let t = light_state(py)?;
    let Some(d) = or_decline(py, to_arg_value(dir))? else {
        return Ok(None);
    };
    open_tmpfile_fd(py, &t, &d, flags).map(Some)
}

/// TemporaryFile's fallback opener: `_mkstemp_inner`, then unlink (closing on failure).
#[pyfunction]
#[pyo3(signature = (g, dir, pre, suf, flags, output_type))]
pub(crate) fn mkstemp_unlinked(
    g: &Bound<'_, PyDict>,
    dir: &Bound<'_, PyAny>,
    pre: &Bound<'_, PyAny>,
    suf: &Bound<'_, PyAny>,
    flags: i32,
    output_type: &Bound<'_, PyAny>,
) -> PyResult<Option<RawFd>> {
    let py = g.py();
    if replaced(g, &[Hook::MkstempInner])? {
        return Ok(None);
    }
    let Some(names) = names_and_os_native(g)? else {
        return Ok(None);
    };
    let Some((call, s)) = inner_args(g, names, dir, pre, suf, output_type)? else {
        return Ok(None);
    };
    mkstemp_unlinked_fd(py, &call.t, &s, flags).map(Some)
}

/// `TemporaryDirectory._rmtree(name, ignore_errors)`: the symlink-proof removal
/// (`ignore_errors` by truth value, as CPython tests it).
#[pyfunction]
pub(crate) fn rmtree(
    g: &Bound<'_, PyDict>,
    name: &Bound<'_, PyAny>,
    ignore_errors: &Bound<'_, PyAny>,
) -> PyResult<()> {
    let py = g.py();
    let t = light_state(py)?;
    let ignore_errors = ignore_errors.is_truthy()?;
    // shutil.rmtree's first call is os.lstat(path): a path it cannot take fails there. Before
    // 3.13 that error went to the error handler like any other (so ignore_errors hides it);
    // from 3.13 on it propagates.
    let hidden = ignore_errors && !t.version().has(Behaviour::RmtreeStack);
    let checked = (|| -> PyResult<Arg> {
        let c = interp(py)?;
        if !(name.is_instance_of::<PyString>()
            || name.is_instance_of::<PyBytes>()
            || name.is_instance(c.os_pathlike.bind(py))?)
        {
            return Err(PyTypeError::new_err(format!(
                "lstat: path should be string, bytes or os.PathLike, not {}",
                name.get_type().name()?
            )));
        }
        to_arg_value(name)
    })();
    let arg = match checked {
        Ok(a) => a,
        Err(_) if hidden => return Ok(()),
        Err(e) => return Err(e),
    };
    if hidden && arg.fspath().is_ok_and(|(_, b)| b.contains(&0)) {
        return Ok(());
    }
    run(py, || {
        let (kind, bytes) = arg.fspath()?;
        t.rmtree(&PyPath::new(kind, bytes.to_vec()), ignore_errors)
    })
}

/// `os.path.exists` as TemporaryDirectory.cleanup uses it.
#[pyfunction]
pub(crate) fn exists(name: &Bound<'_, PyAny>) -> PyResult<bool> {
    let arg = to_arg_value(name)?;
    Ok(arg
        .fspath()
        .is_ok_and(|(_, b)| pytempfile::pypath::exists(&LibcOs, b)))
}

/// Whether the running CPython has the named [`Behaviour`] (`_native.has("TmpMax20")`).
#[pyfunction]
pub(crate) fn has(py: Python<'_>, name: &str) -> PyResult<bool> {
    let version = py_version(py);
    Behaviour::ALL
        .iter()
        .find(|b| b.name() == name)
        .map(|b| version.has(*b))
        .ok_or_else(|| PyValueError::new_err(format!("unknown behaviour {name:?}")))
}
