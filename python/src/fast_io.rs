//! Native fast paths of the Python module's `TemporaryFile` and `NamedTemporaryFile`
//! (CPython's `tempfile.TemporaryFile` / `NamedTemporaryFile`, which create the file through
//! `io.open(dir, mode, ..., opener=...)`).
//!
//! The file objects are CPython's own (`io.FileIO`, `io.BufferedRandom` / `BufferedWriter` /
//! `BufferedReader`, `io.TextIOWrapper`), built the way `io.open` builds them, from the
//! descriptor pytempfile created: `FileIO(fd, rawmode)`, the buffer class and size `io.open`
//! picks for the mode (the release's default size from `raw._blksize`), `TextIOWrapper(buffer,
//! encoding, errors, newline, line_buffering)` and `wrapper.mode = mode`. What is left out is
//! what `io.open` does that cannot change the outcome for a file pytempfile has just created:
//! it calls the opener through `FileIO`, which then marks the descriptor non-inheritable
//! (pytempfile opens it with `O_CLOEXEC`), and asks `raw.isatty()` (a new regular file is never
//! a terminal): two system calls and the Python-level indirection.
//!
//! The fast path is taken only when nothing it would bypass has been replaced
//! (`_sanitize_params`, `_mkstemp_inner`, `_io`, `io.open`, `_os` and the `os` functions
//! pytempfile calls) and the arguments have the common shape (a valid `str` mode; an `int`
//! buffering; `str` or `None` encoding, errors and newline; none of them in binary mode; no
//! unbuffered text and no line buffering in binary mode). Otherwise the function returns
//! `None` and the module runs the standard module's code path, which raises exactly what
//! `io.open` raises.

use std::os::fd::RawFd;

use pyo3::exceptions::PyOSError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use pytempfile::{Behaviour, PyVersion};

use crate::call::{Call, Hook, creating_call, io_untouched_kept, sanitize, verdict};
use crate::convert::path_obj;
use crate::error::run;
use crate::interp::io_types;
use crate::opener::{mkstemp_unlinked_fd, open_tmpfile_fd};

/// A mode string `io.open` accepts, decoded as `io.open` decodes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

impl Mode {
    /// `None` for anything `io.open` would reject (or treat specially, like 3.10's `U`).
    fn parse(mode: &str) -> Option<Mode> {
        let mut m = Mode {
            creating: false,
            reading: false,
            writing: false,
            appending: false,
            updating: false,
            binary: false,
        };
        let mut text = false;
        for (i, c) in mode.char_indices() {
            if mode[i + c.len_utf8()..].contains(c) {
                return None;
            }
            match c {
                'x' => m.creating = true,
                'r' => m.reading = true,
                'w' => m.writing = true,
                'a' => m.appending = true,
                '+' => m.updating = true,
                't' => text = true,
                'b' => m.binary = true,
                _ => return None,
            }
        }
        let kinds = [m.creating, m.reading, m.writing, m.appending]
            .iter()
            .filter(|k| **k)
            .count();
        (kinds == 1 && !(text && m.binary)).then_some(m)
    }

    /// The mode `io.open` hands to `FileIO`: `x`, `r`, `w` or `a` (exactly one, as
    /// [`Mode::parse`] requires), then `+`; an interned string, made once per process.
    fn raw<'py>(self, py: Python<'py>) -> &'py Bound<'py, PyString> {
        match (self.creating, self.reading, self.writing, self.updating) {
            (true, _, _, false) => intern!(py, "x"),
            (true, _, _, true) => intern!(py, "x+"),
            (_, true, _, false) => intern!(py, "r"),
            (_, true, _, true) => intern!(py, "r+"),
            (_, _, true, false) => intern!(py, "w"),
            (_, _, true, true) => intern!(py, "w+"),
            (_, _, _, false) => intern!(py, "a"),
            (_, _, _, true) => intern!(py, "a+"),
        }
    }
}

/// The arguments of a file object, checked for the fast path.
pub(crate) struct FileArgs<'py> {
    mode_obj: Bound<'py, PyAny>,
    mode: Mode,
    buffering: i32,
    encoding: Bound<'py, PyAny>,
    errors: Bound<'py, PyAny>,
    newline: Bound<'py, PyAny>,
}

impl<'py> FileArgs<'py> {
    /// `None` when the arguments are not the common shape the fast path reproduces.
    pub(crate) fn check(
        mode: &Bound<'py, PyAny>,
        buffering: &Bound<'py, PyAny>,
        encoding: &Bound<'py, PyAny>,
        errors: &Bound<'py, PyAny>,
        newline: &Bound<'py, PyAny>,
    ) -> PyResult<Option<FileArgs<'py>>> {
        let Ok(m) = mode.cast_exact::<PyString>() else {
            return Ok(None);
        };
        let Some(parsed) = Mode::parse(m.to_str()?) else {
            return Ok(None);
        };
        if !buffering.is_exact_instance_of::<pyo3::types::PyInt>() {
            return Ok(None);
        }
        let Ok(b) = buffering.extract::<i32>() else {
            return Ok(None);
        };
        let str_or_none =
            |o: &Bound<'py, PyAny>| o.is_none() || o.is_exact_instance_of::<PyString>();
        if !str_or_none(encoding) || !str_or_none(errors) || !str_or_none(newline) {
            return Ok(None);
        }
        if parsed.binary
            && (!encoding.is_none() || !errors.is_none() || !newline.is_none() || b == 1)
        {
            return Ok(None);
        }
        if !parsed.binary && b == 0 {
            return Ok(None);
        }
        Ok(Some(FileArgs {
            mode_obj: mode.clone(),
            mode: parsed,
            buffering: b,
            encoding: encoding.clone(),
            errors: errors.clone(),
            newline: newline.clone(),
        }))
    }
}

/// `dir` is `None`, a `str` or `bytes` without a NUL: `io.open(dir, ...)` then only hands it
/// to the opener. (An `int` would be taken by `io.open` as a descriptor to wrap, a path-like
/// object goes through `os.fspath`, and `FileIO` refuses a name with a NUL before it calls the
/// opener, so before any name is drawn: the standard code path handles those.)
fn plain_dir(dir: &Bound<'_, PyAny>) -> bool {
    if dir.is_none() {
        return true;
    }
    if let Ok(s) = dir.cast_exact::<PyString>() {
        return !s.to_string_lossy().contains('\0');
    }
    if let Ok(b) = dir.cast_exact::<pyo3::types::PyBytes>() {
        return !b.as_bytes().contains(&0);
    }
    false
}

/// `_sanitize_params(prefix, suffix, dir)` done natively, with the names the module's own
/// sequence draws, or `None` when the standard code path must run: a function the standard
/// module calls on the way (`_sanitize_params`, `_infer_return_type`, the default-directory
/// functions, `_mkstemp_inner`, `_bin_openflags`), an `os` function or the candidate names were
/// replaced, or a global or argument is one only the Python path handles as CPython does (the
/// rules of `call::sanitize_natively`). The default directory a call resolved is stored back into
/// `tempdir` even when sanitizing then fails, as the standard module's `gettempdir()` does.
type Sanitized = (Call, PyResult<pytempfile::Sanitized>);

fn sanitized(
    g: &Bound<'_, PyDict>,
    suffix: &Bound<'_, PyAny>,
    prefix: &Bound<'_, PyAny>,
    dir: &Bound<'_, PyAny>,
) -> PyResult<Option<Sanitized>> {
    let hooks = [Hook::SanitizeParams, Hook::MkstempInner, Hook::BinOpenflags];
    let Some((call, p)) = creating_call(g, &hooks, prefix, suffix, dir)? else {
        return Ok(None);
    };
    let s = sanitize(g, &call, p, dir)?;
    Ok(Some((call, s)))
}

/// `flags = _bin_openflags`, read after `_sanitize_params` as the standard module reads it;
/// [`sanitized`] checked that it is still the module's own (an `int`).
fn bin_openflags(g: &Bound<'_, PyDict>) -> PyResult<i32> {
    let py = g.py();
    match g.get_item(intern!(py, "_bin_openflags"))? {
        Some(f) => f.extract(),
        None => Err(pyo3::exceptions::PyNameError::new_err(
            "name '_bin_openflags' is not defined",
        )),
    }
}

/// Build the file object for `fd` as `io.open(fd, mode, buffering, encoding, errors,
/// newline)` would (the descriptor is closed by the objects, or here if they fail).
fn file_object<'py>(
    py: Python<'py>,
    fd: RawFd,
    a: &FileArgs<'py>,
    version: PyVersion,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    let io = io_types(py)?;
    let raw = match io.file_io.bind(py).call1((fd, a.mode.raw(py), true)) {
        Ok(r) => r,
        Err(e) => {
            // FileIO does not close a descriptor it was given when its own checks fail (it
            // does close one its opener returned, which is what the standard module sees).
            let _ = pytempfile::os::Os::close(&pytempfile::LibcOs, fd);
            return Err(e);
        }
    };
    let result = (|| -> PyResult<Bound<'py, PyAny>> {
        let mut buffering = i64::from(a.buffering);
        let mut line_buffering = false;
        if buffering == 1 {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            let bs: i64 = raw.getattr(intern!(py, "_blksize"))?.extract()?;
            buffering = if version.has(Behaviour::BufferSize128K) {
                bs.clamp(128 * 1024, 8192 * 1024)
            } else {
                bs
            };
        }
        if buffering == 0 {
            return Ok(raw.clone());
        }
        let class = if a.mode.updating {
            &io.buffered_random
        } else if a.mode.creating || a.mode.writing || a.mode.appending {
            &io.buffered_writer
        } else {
            &io.buffered_reader
        };
        let buffer = class.bind(py).call1((&raw, buffering))?;
        if a.mode.binary {
            return Ok(buffer);
        }
        let text = match io.text_io_wrapper.bind(py).call1((
            &buffer,
            &a.encoding,
            &a.errors,
            &a.newline,
            line_buffering,
        )) {
            Ok(t) => t,
            Err(e) => return Err(close_chained(py, &buffer, e)),
        };
        if let Err(e) = text.setattr(intern!(py, "mode"), &a.mode_obj) {
            return Err(close_chained(py, &text, e));
        }
        Ok(text)
    })();
    result.map(|f| (f, raw.clone())).map_err(|e| {
        // io.open closes what it built so far; here that is the raw file unless a layer
        // above it already closed it.
        if raw
            .getattr(intern!(py, "closed"))
            .is_ok_and(|c| c.is_truthy().unwrap_or(true))
        {
            e
        } else {
            close_chained(py, &raw, e)
        }
    })
}

/// `io.open`'s error path: close `obj`; an error of the close is raised instead, with the
/// original as its context.
fn close_chained(py: Python<'_>, obj: &Bound<'_, PyAny>, err: PyErr) -> PyErr {
    match obj.call_method0(intern!(py, "close")) {
        Ok(_) => err,
        Err(close_err) => {
            close_err.set_context(py, Some(err));
            close_err
        }
    }
}

/// `TemporaryFile(...)` after `encoding = io.text_encoding(encoding)`: the file object, or
/// `None` when the fast path does not apply (the caller then runs the standard code).
#[pyfunction]
#[pyo3(signature = (g, mode, buffering, encoding, newline, suffix, prefix, dir, errors))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn temporary_file<'py>(
    g: &Bound<'py, PyDict>,
    mode: &Bound<'py, PyAny>,
    buffering: &Bound<'py, PyAny>,
    encoding: &Bound<'py, PyAny>,
    newline: &Bound<'py, PyAny>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
    errors: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let py = g.py();
    let Some(a) = FileArgs::check(mode, buffering, encoding, errors, newline)? else {
        return Ok(None);
    };
    if !plain_dir(dir) || !io_untouched_kept(g)? {
        return Ok(None);
    }
    let Some(call) = sanitized(g, suffix, prefix, dir)? else {
        return Ok(None);
    };
    let (call, s) = (call.0, call.1?);
    // Read after `_sanitize_params`, as the standard module reads them: the verdict as it is
    // now, or the globals themselves.
    let kept = verdict(g)?;
    let flags = match kept.as_ref().and_then(|v| v.bin_openflags()) {
        Some(f) => f,
        None => bin_openflags(g)?,
    };
    let version = call.t.version();
    let works = match kept.as_ref().map(|v| v.o_tmpfile_works()) {
        Some(w) => w.unwrap_or(false),
        None => match g.get_item(intern!(py, "_O_TMPFILE_WORKS"))? {
            Some(w) => w.is_truthy()?,
            None => false,
        },
    };
    if works {
        match open_tmpfile_fd(py, &call.t, &s.dir, flags) {
            Ok(fd) => match file_object(py, fd, &a, version) {
                Ok((f, raw)) => {
                    raw.setattr(intern!(py, "name"), fd)?;
                    return Ok(Some(f));
                }
                Err(e) if e.is_instance_of::<pyo3::exceptions::PyIsADirectoryError>(py) => {
                    g.set_item(intern!(py, "_O_TMPFILE_WORKS"), false)?;
                }
                Err(e) if e.is_instance_of::<PyOSError>(py) => {}
                Err(e) => return Err(e),
            },
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyIsADirectoryError>(py) => {
                g.set_item(intern!(py, "_O_TMPFILE_WORKS"), false)?;
            }
            Err(e) if e.is_instance_of::<PyOSError>(py) => {}
            Err(e) => return Err(e),
        }
    }
    let fd = mkstemp_unlinked_fd(py, &call.t, &s, flags)?;
    let (f, raw) = file_object(py, fd, &a, version)?;
    raw.setattr(intern!(py, "name"), fd)?;
    Ok(Some(f))
}

/// NamedTemporaryFile's file: `(file, name)` created as the standard module's opener and
/// `io.open` do (the caller wraps it), or `None` when the fast path does not apply. If
/// building the file object fails, the file is removed again and the error raised.
#[pyfunction]
#[pyo3(signature = (g, mode, buffering, encoding, newline, suffix, prefix, dir, errors))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn named_file<'py>(
    g: &Bound<'py, PyDict>,
    mode: &Bound<'py, PyAny>,
    buffering: &Bound<'py, PyAny>,
    encoding: &Bound<'py, PyAny>,
    newline: &Bound<'py, PyAny>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
    errors: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let py = g.py();
    let Some(mut a) = FileArgs::check(mode, buffering, encoding, errors, newline)? else {
        return Ok(None);
    };
    if !plain_dir(dir) || !io_untouched_kept(g)? {
        return Ok(None);
    }
    let Some(call) = sanitized(g, suffix, prefix, dir)? else {
        return Ok(None);
    };
    let (call, s) = (call.0, call.1?);
    let flags = bin_openflags(g)?;
    if !a.mode.binary {
        // `encoding = _io.text_encoding(encoding)` in NamedTemporaryFile's frame (the current
        // Python frame), after `_sanitize_params`, as the standard module orders them.
        a.encoding = io_types(py)?.text_encoding.bind(py).call1((&a.encoding,))?;
    }
    let (fd, path) = run(py, || {
        call.t
            .mkstemp_inner(&s.dir, &s.prefix, &s.suffix, flags, s.kind)
    })?;
    let name = path_obj(py, &path)?;
    let made = file_object(py, fd, &a, call.t.version()).and_then(|(f, raw)| {
        match raw.setattr(intern!(py, "name"), &name) {
            Ok(()) => Ok(f),
            Err(e) => Err(close_chained(py, &f, e)),
        }
    });
    match made {
        Ok(f) => Ok(Some(PyTuple::new(py, [f, name])?)),
        Err(e) => {
            // The standard module's `except: _os.unlink(name); raise`.
            match io_types(py)?
                .os
                .bind(py)
                .call_method1(intern!(py, "unlink"), (&name,))
            {
                Ok(_) => Err(e),
                Err(unlink_err) => {
                    unlink_err.set_context(py, Some(e));
                    Err(unlink_err)
                }
            }
        }
    }
}
