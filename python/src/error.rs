//! The one mapping from the crate's errors to Python exceptions ([`to_pyerr`]), and the store
//! of exceptions a replaced `os` function raised during a native call.
//!
//! A crate [`Error`] becomes the exception CPython would raise: the exact class (`OSError`
//! subclasses as PEP 3151 picks them from the errno, `io.UnsupportedOperation`, the Unicode
//! errors with their codec details) and attributes (`errno`, `strerror`, `filename`,
//! `filename2`; `encoding`, `object`, `start`, `end`, `reason`). When the system call went
//! through a replaced `os` function ([`crate::seam`]), an `OSError` it raised is re-raised as
//! the same object, and any other exception travels through the crate as [`Errno::FOREIGN`]
//! (never swallowed) and is re-raised unchanged.
//!
//! Depends only on [`crate::convert`].

use std::cell::RefCell;

use pyo3::exceptions::{
    PyAttributeError, PyLookupError, PyStopIteration, PyTypeError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use pytempfile::os::Errno;
use pytempfile::{Error, ExcClass};

use crate::convert::filename_obj;

thread_local! {
    /// The Python exception a replaced `os` function raised during the current native call
    /// (any exception that is not an `OSError`).
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
    /// The `OSError` the last call through a replaced `os` function raised, with its errno
    /// (cleared by every call through the seam).
    static PENDING_OS: RefCell<Option<(i32, PyErr)>> = const { RefCell::new(None) };
}

/// Keep the exception a replaced `os` function raised (not an `OSError`) for [`to_pyerr`].
pub(crate) fn stash(err: PyErr) {
    PENDING.with(|p| *p.borrow_mut() = Some(err));
}

fn take_pending() -> Option<PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
}

/// Keep (or, with `None`, forget) the `OSError` the last call through a replaced `os` function
/// raised, with its errno.
pub(crate) fn set_pending_os(v: Option<(i32, PyErr)>) {
    PENDING_OS.with(|p| *p.borrow_mut() = v);
}

fn take_pending_os() -> Option<(i32, PyErr)> {
    PENDING_OS.with(|p| p.borrow_mut().take())
}

/// The Python exception CPython would have raised for `e`: the exact class (`OSError`
/// subclasses as PEP 3151 picks them from the errno, `io.UnsupportedOperation`, the Unicode
/// errors with their codec details) and attributes. An exception a replaced `os` function
/// raised is re-raised as the same object: a foreign one whenever the crate reports
/// [`ExcClass::Foreign`], an `OSError` when the crate passes its errno on unchanged (the error
/// the last such call raised, with the same errno and the system's message for it).
pub(crate) fn to_pyerr(py: Python<'_>, e: Error) -> PyErr {
    let pending = take_pending();
    if e.class() == ExcClass::Foreign {
        if let Some(p) = pending {
            return p;
        }
    }
    if let Some((errno, original)) = take_pending_os() {
        if e.errno() == Some(errno) && e.message() == Errno(errno).strerror() {
            return original;
        }
    }
    build_exception(py, &e).unwrap_or_else(|err| err)
}

fn build_exception(py: Python<'_>, e: &Error) -> PyResult<PyErr> {
    let builtins = py.import("builtins")?;
    let msg = e.message();
    let class = e.class();
    let value = match class {
        ExcClass::UnsupportedOperation => py
            .import("io")?
            .getattr("UnsupportedOperation")?
            .call1((msg,))?,
        c if c.is_os_error() => {
            let cls = builtins.getattr(c.name())?;
            let filename = e.filename().map(|f| filename_obj(py, f)).transpose()?;
            let filename2 = e.filename2().map(|f| filename_obj(py, f)).transpose()?;
            match e.errno() {
                // OSError(errno, strerror, filename, winerror, filename2); the class is the
                // one the errno selects, constructed directly.
                Some(n) => match (filename, filename2) {
                    (f, Some(f2)) => cls.call1((n, msg, f, py.None(), f2))?,
                    (Some(f), None) => cls.call1((n, msg, f))?,
                    (None, None) => cls.call1((n, msg))?,
                },
                None => {
                    let v = cls.call1((msg,))?;
                    if let Some(f) = filename {
                        v.setattr("filename", f)?;
                    }
                    if let Some(f2) = filename2 {
                        v.setattr("filename2", f2)?;
                    }
                    v
                }
            }
        }
        ExcClass::UnicodeEncodeError | ExcClass::UnicodeDecodeError => match e.unicode() {
            Some(d) => {
                let object = match &d.object {
                    pytempfile::UnicodeObject::Bytes(b) => PyBytes::new(py, b).into_any(),
                    pytempfile::UnicodeObject::Str(cps) => {
                        // Lone surrogates included: through UTF-32 with surrogatepass.
                        let raw: Vec<u8> = cps.iter().flat_map(|c| c.to_le_bytes()).collect();
                        PyBytes::new(py, &raw)
                            .call_method1("decode", ("utf-32-le", "surrogatepass"))?
                    }
                };
                builtins.getattr(class.name())?.call1((
                    d.encoding.as_str(),
                    object,
                    d.start,
                    d.end,
                    d.reason.as_str(),
                ))?
            }
            // No codec details (a caller-built error): the class takes no bare message, so
            // the base class carries it.
            None => builtins.getattr("UnicodeError")?.call1((msg,))?,
        },
        ExcClass::StopIteration => return Ok(PyStopIteration::new_err(())),
        ExcClass::TypeError => return Ok(PyTypeError::new_err(msg.to_string())),
        ExcClass::ValueError => return Ok(PyValueError::new_err(msg.to_string())),
        ExcClass::LookupError => return Ok(PyLookupError::new_err(msg.to_string())),
        ExcClass::AttributeError => return Ok(PyAttributeError::new_err(msg.to_string())),
        ExcClass::UnicodeError => builtins.getattr("UnicodeError")?.call1((msg,))?,
        _ => builtins.getattr("RuntimeError")?.call1((msg,))?,
    };
    Ok(PyErr::from_value(value))
}

/// Run a native call, turning a pytempfile error into the Python exception.
pub(crate) fn run<T>(py: Python<'_>, f: impl FnOnce() -> pytempfile::Result<T>) -> PyResult<T> {
    let _ = take_pending();
    set_pending_os(None);
    let r = f();
    match r {
        Ok(v) => {
            let _ = take_pending();
            set_pending_os(None);
            Ok(v)
        }
        Err(e) => Err(to_pyerr(py, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pytempfile::Filename;

    /// `to_pyerr(e)` must be the very exception Python's own constructor `expected` builds:
    /// same class (exactly), `args`, `str()` and attributes.
    fn same(py: Python<'_>, e: Error, expected: &str) -> Result<(), String> {
        let ours = to_pyerr(py, e).into_value(py).into_bound(py).into_any();
        let code = std::ffi::CString::new(expected).map_err(|e| e.to_string())?;
        let theirs = py.eval(&code, None, None).map_err(|e| e.to_string())?;
        let show = |v: &Bound<'_, PyAny>| -> String {
            let mut parts = vec![
                v.get_type()
                    .qualname()
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                v.getattr("args").map(|a| a.to_string()).unwrap_or_default(),
                v.str().map(|s| s.to_string()).unwrap_or_default(),
            ];
            for a in [
                "errno",
                "strerror",
                "filename",
                "filename2",
                "encoding",
                "object",
                "start",
                "end",
                "reason",
            ] {
                if let Ok(x) = v.getattr(a) {
                    parts.push(format!(
                        "{a}={}",
                        x.repr().map(|r| r.to_string()).unwrap_or_default()
                    ));
                }
            }
            parts.join(" | ")
        };
        let (a, b) = (show(&ours), show(&theirs));
        if a == b && ours.get_type().is(theirs.get_type()) {
            Ok(())
        } else {
            Err(format!("pytempfile: {a}\nPython:     {b}"))
        }
    }

    #[test]
    fn every_error_class_maps_to_the_exact_python_exception() {
        Python::initialize();
        Python::attach(|py| {
            let enoent = Errno(libc::ENOENT).strerror();
            let cases: Vec<(Error, String)> = vec![
                (
                    Error::from_errno(Errno(libc::ENOENT), Some(Filename::Str(b"/x/y".to_vec()))),
                    format!("FileNotFoundError(2, {enoent:?}, '/x/y')"),
                ),
                (
                    Error::from_errno(Errno(libc::EEXIST), Some(Filename::Bytes(b"/x".to_vec()))),
                    format!("FileExistsError(17, {:?}, b'/x')", Errno(libc::EEXIST).strerror()),
                ),
                (
                    Error::os(libc::EEXIST, "No usable temporary file name found"),
                    "FileExistsError(17, 'No usable temporary file name found')".into(),
                ),
                (
                    Error::from_errno(Errno(libc::ENOSPC), None),
                    format!("OSError(28, {:?})", Errno(libc::ENOSPC).strerror()),
                ),
                (
                    Error::os_message("Cannot call rmtree on a symbolic link"),
                    "OSError('Cannot call rmtree on a symbolic link')".into(),
                ),
                (
                    Error::new(ExcClass::UnsupportedOperation, "detach"),
                    "__import__('io').UnsupportedOperation('detach')".into(),
                ),
                (
                    Error::type_error("Can't mix bytes and non-bytes in path components."),
                    "TypeError(\"Can't mix bytes and non-bytes in path components.\")".into(),
                ),
                (
                    Error::value_error("embedded null byte"),
                    "ValueError('embedded null byte')".into(),
                ),
                (
                    Error::new(ExcClass::LookupError, "unknown encoding: nope"),
                    "LookupError('unknown encoding: nope')".into(),
                ),
                (
                    Error::new(ExcClass::StopIteration, ""),
                    "StopIteration()".into(),
                ),
                (
                    Error::new(ExcClass::UnicodeError, "UTF-16 stream does not start with BOM"),
                    "UnicodeError('UTF-16 stream does not start with BOM')".into(),
                ),
                (
                    Error::unicode_encode("latin-1", &[0x61, 0x20ac, 0xd800, 0x62], 1, 3, "ordinal not in range(256)"),
                    "UnicodeEncodeError('latin-1', 'a\\u20ac\\ud800b', 1, 3, 'ordinal not in range(256)')".into(),
                ),
                (
                    Error::unicode_encode("utf-8", &[0xdc80], 0, 1, "surrogates not allowed"),
                    "UnicodeEncodeError('utf-8', '\\udc80', 0, 1, 'surrogates not allowed')".into(),
                ),
                (
                    Error::unicode_decode("utf-16-le", b"a\x00\x00\xdc", 2, 4, "illegal encoding"),
                    "UnicodeDecodeError('utf-16-le', b'a\\x00\\x00\\xdc', 2, 4, 'illegal encoding')".into(),
                ),
                (
                    Error::unicode_decode("ascii", b"a\xff", 1, 2, "ordinal not in range(128)"),
                    "UnicodeDecodeError('ascii', b'a\\xff', 1, 2, 'ordinal not in range(128)')".into(),
                ),
            ];
            let failures: Vec<String> = cases
                .into_iter()
                .filter_map(|(e, expected)| same(py, e, &expected).err())
                .collect();
            assert!(failures.is_empty(), "{}", failures.join("\n"));
        });
    }
}
