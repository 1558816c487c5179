//! `pytempfile._native`: the Rust side of the `pytempfile` Python module.
//!
//! The Python package (`pyref/python/pytempfile/__init__.py`) keeps CPython's module surface
//! and object model (module globals, `_TemporaryFileWrapper`, `TemporaryDirectory`'s finalizer,
//! `SpooledTemporaryFile` over CPython's own `io.BytesIO`/`io.TextIOWrapper`); every function
//! here does the work with the `pytempfile` crate: name generation,
//! `_infer_return_type`/`_sanitize_params`, the retry loops, the default directory probe,
//! O_TMPFILE and its fallback and the symlink-proof tree removal.
//!
//! Late binding, as CPython's test suite requires: each call reads the module's globals
//! (`tempdir`, `template`, `TMP_MAX`, `_get_candidate_names`, `_O_TMPFILE_WORKS`,
//! `_candidate_tempdir_list`) at call time.
//!
//! The standard module's functions reach each other through module globals ([`HOOKS`]:
//! `mkstemp` calls `_sanitize_params` and `_mkstemp_inner`, which call `_infer_return_type`,
//! `gettempdir`, `_get_candidate_names`, ...) and the system through `os`. A native function
//! does all of that in one call, so it *declines* (returns `None`) when that could show: a
//! global it stands for was replaced (compared by identity with the module's `_originals`,
//! recorded at import), an `os` function was replaced, the candidate names are not the
//! module's own plain sequence, or a `str` argument cannot be encoded to the file-system
//! encoding (CPython raises that only at the system call, with the whole path). The Python
//! module then takes the standard module's steps in Python. Arguments are checked in CPython's
//! order first ([`infer`]), so the errors that precede any of this are raised here.
//!
//! Errors from the crate become Python exceptions in one place, [`to_pyerr`]: the exact class
//! and attributes (`errno`, `strerror`, `filename`, `filename2`; `encoding`, `object`, `start`,
//! `end`, `reason`). The tree removal still runs through Python's `os` when one of its
//! functions was replaced; an `OSError` such a replacement raised is re-raised as the same
//! object, and any other exception travels through the Rust code as [`Errno::FOREIGN`] (never
//! swallowed) and is re-raised unchanged.

use std::cell::RefCell;
use std::ffi::CStr;
use std::os::fd::RawFd;
use std::sync::{Arc, Mutex, PoisonError};

use crate::binding_names::Names;
use pyo3::exceptions::{
    PyAttributeError, PyLookupError, PyStopIteration, PyTypeError, PyValueError,
};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::type_object::PyTypeInfo;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use pytempfile::os::{DirEntry, Errno, LibcOs, Os, Stat, SysResult, Whence};
use pytempfile::{
    Arg, Behaviour, Error, Event, EventSink, ExcClass, Filename, PathKind, PyPath, PyVersion,
    Tempfile,
};

thread_local! {
    /// The Python exception a replaced `os` function raised during the current native call
    /// (any exception that is not an `OSError`).
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
    /// The `OSError` the last call through a replaced `os` function raised, with its errno
    /// (cleared by every call through the seam).
    static PENDING_OS: RefCell<Option<(i32, PyErr)>> = const { RefCell::new(None) };
}

fn stash(err: PyErr) {
    PENDING.with(|p| *p.borrow_mut() = Some(err));
}

fn take_pending() -> Option<PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
}

fn set_pending_os(v: Option<(i32, PyErr)>) {
    PENDING_OS.with(|p| *p.borrow_mut() = v);
}

fn take_pending_os() -> Option<(i32, PyErr)> {
    PENDING_OS.with(|p| p.borrow_mut().take())
}

/// The module globals the standard module's functions call each other through, in the order
/// of the module's `_originals` tuple.
/// (`_get_candidate_names` and the sequence behind it are compared by `binding_names`.)
pub(crate) const HOOKS: [&str; 12] = [
    "_sanitize_params",
    "_infer_return_type",
    "gettempdir",
    "gettempdirb",
    "_gettempdir",
    "_get_default_tempdir",
    "_candidate_tempdir_list",
    "_RandomNameSequence",
    "_mkstemp_inner",
    "_exists",
    "_bin_openflags",
    "_text_openflags",
];

/// Indices into [`HOOKS`].
#[derive(Clone, Copy)]
pub(crate) enum Hook {
    SanitizeParams = 0,
    InferReturnType = 1,
    Gettempdir = 2,
    Gettempdirb = 3,
    GettempdirInner = 4,
    GetDefaultTempdir = 5,
    CandidateTempdirList = 6,
    RandomNameSequence = 7,
    MkstempInner = 8,
    Exists = 9,
    BinOpenflags = 10,
    TextOpenflags = 11,
}

/// Whether any of `hooks` is no longer the module's own (`g[name] is _originals[i]`).
pub(crate) fn replaced(g: &Bound<'_, PyDict>, hooks: &[Hook]) -> PyResult<bool> {
    let py = g.py();
    let Some(orig) = g.get_item(intern!(py, "_originals"))? else {
        return Ok(false);
    };
    let orig = orig.cast_into::<PyTuple>()?;
    let names = &cache(py)?.hook_names;
    for &h in hooks {
        let i = h as usize;
        match g.get_item(names[i].bind(py))? {
            Some(now) if now.is(&orig.get_item(i)?) => {}
            _ => return Ok(true),
        }
    }
    Ok(false)
}

/// Whether resolving `dir=None` natively is what the standard module's `gettempdir()` /
/// `gettempdirb()` would do (none of the functions on that path replaced, and, when the
/// probe will run, its names and system calls are the module's own).
fn default_dir_native(g: &Bound<'_, PyDict>, kind: PathKind) -> PyResult<bool> {
    let py = g.py();
    let outer = match kind {
        PathKind::Str => Hook::Gettempdir,
        PathKind::Bytes => Hook::Gettempdirb,
    };
    if replaced(g, &[outer, Hook::GettempdirInner])? {
        return Ok(false);
    }
    let unset = g
        .get_item(intern!(py, "tempdir"))?
        .is_none_or(|t| t.is_none());
    if unset
        && (replaced(
            g,
            &[
                Hook::GetDefaultTempdir,
                Hook::CandidateTempdirList,
                Hook::RandomNameSequence,
                Hook::BinOpenflags,
            ],
        )? || !os_untouched(py)?)
    {
        return Ok(false);
    }
    Ok(true)
}

/// `Ok(None)` for an error only the Python path reproduces exactly: a `str` the file-system
/// encoding cannot encode (CPython raises it at the system call, for the whole path).
fn or_decline<T>(py: Python<'_>, r: PyResult<T>) -> PyResult<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance_of::<pyo3::exceptions::PyUnicodeEncodeError>(py) => Ok(None),
        Err(e) => Err(e),
    }
}

/// CPython's `_infer_return_type(*args)`, step by step: argument after argument, a path-like's
/// `__fspath__` called in its turn, the first mix of bytes and non-bytes raising; all `None`:
/// `str` unless `tempdir` holds something else. Nothing is encoded.
fn infer(g: &Bound<'_, PyDict>, args: &[&Bound<'_, PyAny>]) -> PyResult<PathKind> {
    let py = g.py();
    let c = cache(py)?;
    let mut kind = None;
    for a in args {
        if a.is_none() {
            continue;
        }
        let k = if a.is_instance(c.os_pathlike.bind(py))? {
            if c.os_fspath
                .bind(py)
                .call1((*a,))?
                .is_instance_of::<PyBytes>()
            {
                PathKind::Bytes
            } else {
                PathKind::Str
            }
        } else if a.is_instance_of::<PyBytes>() {
            PathKind::Bytes
        } else {
            PathKind::Str
        };
        match kind {
            Some(prev) if prev != k => {
                return Err(PyTypeError::new_err(pytempfile::args::MIX_MESSAGE));
            }
            _ => kind = Some(k),
        }
    }
    if let Some(k) = kind {
        return Ok(k);
    }
    Ok(match g.get_item(intern!(py, "tempdir"))? {
        Some(t) if !t.is_none() && !t.is_instance_of::<PyString>() => PathKind::Bytes,
        _ => PathKind::Str,
    })
}

/// What every native call needs from the interpreter, looked up once (an `import` per call
/// costs more than the system calls it wraps).
struct Cache {
    version: PyVersion,
    /// `os.__dict__`: where replaced functions show up (`mock.patch('os.open')`,
    /// `support.swap_attr(os, 'open', ...)` assign the module's attribute).
    os_dict: Py<PyDict>,
    /// [`OS_NAMES`], interned.
    os_names: Vec<Py<PyString>>,
    /// [`HOOKS`], interned.
    hook_names: Vec<Py<PyString>>,
    os_fsencode: Py<PyAny>,
    os_fsdecode: Py<PyAny>,
    os_fspath: Py<PyAny>,
    os_pathlike: Py<PyAny>,
    sys_audit: Py<PyAny>,
    /// The file-system encoding is UTF-8 with `surrogateescape` (then `os.fsdecode` of valid
    /// UTF-8 is the plain decode, and `os.fsencode` of a str without surrogates is its UTF-8).
    fs_utf8: bool,
    /// `event_sink()`, shared by every call.
    sink: EventSink,
}

static CACHE: PyOnceLock<Cache> = PyOnceLock::new();

fn cache(py: Python<'_>) -> PyResult<&Cache> {
    CACHE.get_or_try_init(py, || {
        let os = py.import("os")?;
        let sys = py.import("sys")?;
        let v = py.version_info();
        let enc: String = sys.getattr("getfilesystemencoding")?.call0()?.extract()?;
        let errors: String = sys
            .getattr("getfilesystemencodeerrors")?
            .call0()?
            .extract()?;
        // Messages the crate formats (`repr()` of str paths) decode with this interpreter's
        // file-system encoding; one pytempfile does not implement keeps the crate's default
        // (conversions here go through `os.fsencode`/`os.fsdecode` whatever it is).
        let _ = pytempfile::locale::set_filesystem_encoding(&enc, &errors);
        Ok(Cache {
            version: PyVersion::supported(
                u32::from(v.major),
                u32::from(v.minor),
                u32::from(v.patch),
            )
            .unwrap_or(PyVersion::OLDEST),
            os_dict: os.dict().unbind(),
            os_names: OS_NAMES
                .iter()
                .map(|n| PyString::intern(py, n).unbind())
                .collect(),
            hook_names: HOOKS
                .iter()
                .map(|n| PyString::intern(py, n).unbind())
                .collect(),
            os_fsencode: os.getattr("fsencode")?.unbind(),
            os_fsdecode: os.getattr("fsdecode")?.unbind(),
            os_fspath: os.getattr("fspath")?.unbind(),
            os_pathlike: os.getattr("PathLike")?.unbind(),
            sys_audit: sys.getattr("audit")?.unbind(),
            fs_utf8: enc.eq_ignore_ascii_case("utf-8") && errors == "surrogateescape",
            sink: event_sink(),
        })
    })
}

/// The version of the interpreter this module runs in.
fn py_version(py: Python<'_>) -> PyVersion {
    cache(py).map(|c| c.version).unwrap_or_default()
}

/// `os.fsdecode(bytes)` as a Python `str`.
fn fsdecode<'py>(py: Python<'py>, b: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    let c = cache(py)?;
    if c.fs_utf8 {
        if let Ok(s) = std::str::from_utf8(b) {
            return Ok(PyString::new(py, s).into_any());
        }
    }
    c.os_fsdecode.bind(py).call1((PyBytes::new(py, b),))
}

/// `os.fsencode(s)` of a `str` (or a subclass), as bytes.
fn fsencode_str(s: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    let py = s.py();
    let c = cache(py)?;
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

fn filename_obj<'py>(py: Python<'py>, f: &Filename) -> PyResult<Bound<'py, PyAny>> {
    match f {
        Filename::Str(b) => fsdecode(py, b),
        Filename::Bytes(b) => Ok(PyBytes::new(py, b).into_any()),
    }
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
    let c = cache(py)?;
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
fn to_affix(obj: &Bound<'_, PyAny>) -> PyResult<Arg> {
    if obj.is_instance_of::<PyString>() {
        return Ok(Arg::Str(fsencode_str(obj)?));
    }
    if obj.is_instance_of::<PyBytes>() {
        return Ok(Arg::Bytes(obj.extract::<Vec<u8>>()?));
    }
    Ok(Arg::other(obj.get_type().name()?.to_string()))
}

/// A Python object for an [`Arg`] (the inverse of [`to_arg_value`] for str and bytes).
fn arg_obj<'py>(py: Python<'py>, a: &Arg) -> PyResult<Bound<'py, PyAny>> {
    match a {
        Arg::Str(b) => fsdecode(py, b),
        Arg::Bytes(b) => Ok(PyBytes::new(py, b).into_any()),
        _ => Ok(py.None().into_bound(py)),
    }
}

/// The `os` functions pytempfile may call, in this order ([`OS_NAMES`]).
struct OsFuncs {
    open: Py<PyAny>,
    close: Py<PyAny>,
    write: Py<PyAny>,
    unlink: Py<PyAny>,
    mkdir: Py<PyAny>,
    lstat: Py<PyAny>,
    stat: Py<PyAny>,
    rmdir: Py<PyAny>,
    chmod: Py<PyAny>,
}

/// The names of [`OsFuncs`]' fields, in order.
const OS_NAMES: [&str; 9] = [
    "open", "close", "write", "unlink", "mkdir", "lstat", "stat", "rmdir", "chmod",
];

/// The `os` functions as they were when the module was imported (same order as
/// [`OS_NAMES`]).
static ORIGINAL_OS: Mutex<Option<Vec<Py<PyAny>>>> = Mutex::new(None);

/// The seam for calls through libc (shared: no allocation per call).
static LIBC_SEAM: std::sync::OnceLock<Arc<dyn Os>> = std::sync::OnceLock::new();

fn current_os(py: Python<'_>) -> PyResult<OsFuncs> {
    let os = py.import("os")?;
    let get = |n: &str| -> PyResult<Py<PyAny>> { Ok(os.getattr(n)?.unbind()) };
    Ok(OsFuncs {
        open: get("open")?,
        close: get("close")?,
        write: get("write")?,
        unlink: get("unlink")?,
        mkdir: get("mkdir")?,
        lstat: get("lstat")?,
        stat: get("stat")?,
        rmdir: get("rmdir")?,
        chmod: get("chmod")?,
    })
}

/// Record the interpreter's own `os` functions (called at import).
pub(crate) fn remember_os(py: Python<'_>) -> PyResult<()> {
    let os = py.import("os")?;
    let funcs = OS_NAMES
        .iter()
        .map(|n| os.getattr(*n).map(Bound::unbind))
        .collect::<PyResult<Vec<_>>>()?;
    *ORIGINAL_OS.lock().unwrap_or_else(PoisonError::into_inner) = Some(funcs);
    Ok(())
}

/// Whether every `os` function pytempfile uses is still the original: one identity check per
/// name in `os.__dict__` (late binding at the cost of a few dictionary lookups).
pub(crate) fn os_untouched(py: Python<'_>) -> PyResult<bool> {
    let orig = ORIGINAL_OS.lock().unwrap_or_else(PoisonError::into_inner);
    let Some(orig) = orig.as_ref() else {
        return Ok(true);
    };
    let c = cache(py)?;
    let os_dict = c.os_dict.bind(py);
    for (name, original) in c.os_names.iter().zip(orig) {
        match os_dict.get_item(name.bind(py))? {
            Some(now) if now.is(original) => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// The seam for this call: libc when `os` is untouched, Python's `os` otherwise.
fn seam(py: Python<'_>) -> PyResult<Arc<dyn Os>> {
    if os_untouched(py)? {
        Ok(Arc::clone(
            LIBC_SEAM.get_or_init(|| Arc::new(LibcOs) as Arc<dyn Os>),
        ))
    } else {
        Ok(Arc::new(PyOs {
            funcs: current_os(py)?,
            objects: Mutex::new(Vec::new()),
        }))
    }
}

/// System calls through Python's (replaced) `os` functions. Calls it does not route (the
/// `*at` family used by cleanup, reads and seeks) go to libc, as CPython's own `shutil` and
/// `io` would not call the replaced functions either.
struct PyOs {
    funcs: OsFuncs,
    /// Non-int "descriptors" a mock returned, indexed by `-(fd) - 1000`.
    objects: Mutex<Vec<Py<PyAny>>>,
}

const FAKE_FD_BASE: RawFd = -1000;

impl PyOs {
    fn call(
        &self,
        f: &Py<PyAny>,
        args: impl for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, PyTuple>>,
    ) -> SysResult<Py<PyAny>> {
        set_pending_os(None);
        Python::attach(|py| {
            let result = args(py).and_then(|a| f.bind(py).call1(a));
            match result {
                Ok(v) => Ok(v.unbind()),
                Err(err) => {
                    if err.is_instance_of::<pyo3::exceptions::PyOSError>(py) {
                        // An OS error is an OS error: pytempfile handles it as CPython's code
                        // would (which tests the class, so map an errno-less one by class),
                        // and raises this very object if it passes it on.
                        let n = os_errno(py, &err);
                        set_pending_os(Some((n, err)));
                        Err(Errno(n))
                    } else {
                        stash(err);
                        Err(Errno::FOREIGN)
                    }
                }
            }
        })
    }

    fn path<'py>(py: Python<'py>, p: &CStr) -> PyResult<Bound<'py, PyAny>> {
        fsdecode(py, p.to_bytes())
    }

    fn fd_obj(&self, py: Python<'_>, fd: RawFd) -> Py<PyAny> {
        if fd <= FAKE_FD_BASE {
            let i = usize::try_from(FAKE_FD_BASE - fd).unwrap_or(usize::MAX);
            if let Some(o) = self
                .objects
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .get(i)
            {
                return o.clone_ref(py);
            }
        }
        fd.into_pyobject(py)
            .map(|o| o.into_any().unbind())
            .unwrap_or_else(|_| py.None())
    }

    fn unit(r: SysResult<Py<PyAny>>) -> SysResult<()> {
        r.map(|_| ())
    }
}

/// The errno of a Python `OSError`, or one matching its class when it has none.
fn os_errno(py: Python<'_>, err: &PyErr) -> i32 {
    use pyo3::exceptions::*;
    if let Some(n) = err
        .value(py)
        .getattr("errno")
        .ok()
        .and_then(|n| n.extract::<i32>().ok())
    {
        return n;
    }
    if err.is_instance_of::<PyFileExistsError>(py) {
        libc::EEXIST
    } else if err.is_instance_of::<PyFileNotFoundError>(py) {
        libc::ENOENT
    } else if err.is_instance_of::<PyPermissionError>(py) {
        libc::EACCES
    } else if err.is_instance_of::<PyIsADirectoryError>(py) {
        libc::EISDIR
    } else if err.is_instance_of::<PyNotADirectoryError>(py) {
        libc::ENOTDIR
    } else if err.is_instance_of::<PyInterruptedError>(py) {
        libc::EINTR
    } else {
        libc::EIO
    }
}

impl Os for PyOs {
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        let v = self.call(&self.funcs.open, |py| {
            PyTuple::new(
                py,
                [
                    Self::path(py, path)?,
                    flags.into_pyobject(py)?.into_any(),
                    mode.into_pyobject(py)?.into_any(),
                ],
            )
        })?;
        Python::attach(|py| match v.bind(py).extract::<i32>() {
            Ok(fd) => Ok(fd),
            Err(_) => {
                // A mock's return value: keep it, hand out a placeholder descriptor.
                let mut objs = self.objects.lock().unwrap_or_else(PoisonError::into_inner);
                objs.push(v);
                Ok(FAKE_FD_BASE - RawFd::try_from(objs.len() - 1).unwrap_or(0))
            }
        })
    }
    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        set_pending_os(None);
        LibcOs.openat(dirfd, name, flags, mode)
    }
    fn close(&self, fd: RawFd) -> SysResult<()> {
        Self::unit(self.call(&self.funcs.close, |py| {
            PyTuple::new(py, [self.fd_obj(py, fd).into_bound(py)])
        }))
    }
    fn read(&self, fd: RawFd, buf: &mut [u8]) -> SysResult<usize> {
        set_pending_os(None);
        LibcOs.read(fd, buf)
    }
    fn write(&self, fd: RawFd, buf: &[u8]) -> SysResult<usize> {
        let v = self.call(&self.funcs.write, |py| {
            PyTuple::new(
                py,
                [
                    self.fd_obj(py, fd).into_bound(py),
                    PyBytes::new(py, buf).into_any(),
                ],
            )
        })?;
        Ok(Python::attach(|py| {
            v.bind(py).extract::<usize>().unwrap_or(buf.len())
        }))
    }
    fn lseek(&self, fd: RawFd, offset: i64, whence: Whence) -> SysResult<u64> {
        set_pending_os(None);
        LibcOs.lseek(fd, offset, whence)
    }
    fn ftruncate(&self, fd: RawFd, len: u64) -> SysResult<()> {
        set_pending_os(None);
        LibcOs.ftruncate(fd, len)
    }
    fn fstat(&self, fd: RawFd) -> SysResult<Stat> {
        set_pending_os(None);
        LibcOs.fstat(fd)
    }
    fn stat(&self, path: &CStr) -> SysResult<Stat> {
        self.call(&self.funcs.stat, |py| {
            PyTuple::new(py, [Self::path(py, path)?])
        })?;
        LibcOs.stat(path)
    }
    fn lstat(&self, path: &CStr) -> SysResult<Stat> {
        self.call(&self.funcs.lstat, |py| {
            PyTuple::new(py, [Self::path(py, path)?])
        })?;
        LibcOs.lstat(path)
    }
    fn fstatat(&self, dirfd: RawFd, name: &CStr, follow: bool) -> SysResult<Stat> {
        set_pending_os(None);
        LibcOs.fstatat(dirfd, name, follow)
    }
    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
        Self::unit(self.call(&self.funcs.mkdir, |py| {
            PyTuple::new(
                py,
                [Self::path(py, path)?, mode.into_pyobject(py)?.into_any()],
            )
        }))
    }
    fn mkdirat(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        set_pending_os(None);
        LibcOs.mkdirat(dirfd, name, mode)
    }
    fn unlink(&self, path: &CStr) -> SysResult<()> {
        Self::unit(self.call(&self.funcs.unlink, |py| {
            PyTuple::new(py, [Self::path(py, path)?])
        }))
    }
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        set_pending_os(None);
        LibcOs.unlinkat(dirfd, name, dir)
    }
    fn rmdir(&self, path: &CStr) -> SysResult<()> {
        Self::unit(self.call(&self.funcs.rmdir, |py| {
            PyTuple::new(py, [Self::path(py, path)?])
        }))
    }
    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        Self::unit(self.call(&self.funcs.chmod, |py| {
            PyTuple::new(
                py,
                [Self::path(py, path)?, mode.into_pyobject(py)?.into_any()],
            )
        }))
    }
    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()> {
        set_pending_os(None);
        LibcOs.fchmod(fd, mode)
    }
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        set_pending_os(None);
        LibcOs.fchmodat_nofollow(dirfd, name, mode)
    }
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        set_pending_os(None);
        LibcOs.read_dir(dirfd)
    }
    fn getcwd(&self) -> SysResult<Vec<u8>> {
        set_pending_os(None);
        LibcOs.getcwd()
    }
    fn getenv(&self, name: &str) -> Option<Vec<u8>> {
        LibcOs.getenv(name)
    }
}

/// Delivers audit events to `sys.audit` (the other events are the Python side's business).
fn event_sink() -> EventSink {
    Arc::new(|e: &Event| {
        if let Event::Audit { name, path } = e {
            Python::attach(|py| {
                if let (Ok(p), Ok(c)) = (path_obj(py, path), cache(py)) {
                    let _ = c.sys_audit.bind(py).call1((*name, p));
                }
            });
        }
    })
}

/// A module instance for calls that read no global (CPython's TemporaryFile opener and
/// `_rmtree` only call `os`): the seam, the version and the audit sink.
fn light_state(py: Python<'_>) -> PyResult<Tempfile> {
    Ok(Tempfile::builder()
        .os(seam(py)?)
        .version(py_version(py))
        .events(Arc::clone(&cache(py)?.sink))
        .build())
}

/// The module's state for one call, read from its globals.
pub(crate) struct Call {
    pub(crate) t: Tempfile,
}

/// Read the module globals into a [`Tempfile`] for one call; `None` when one of them is a
/// value only the Python path handles as CPython does (a `tempdir` or `template` the
/// file-system encoding cannot encode, a `TMP_MAX` that is not an integer).
pub(crate) fn module_state(py: Python<'_>, g: &Bound<'_, PyDict>) -> PyResult<Option<Call>> {
    let t = Tempfile::builder()
        .os(Arc::clone(
            LIBC_SEAM.get_or_init(|| Arc::new(LibcOs) as Arc<dyn Os>),
        ))
        .version(py_version(py))
        .events(Arc::clone(&cache(py)?.sink))
        .build();
    if let Some(v) = g.get_item(intern!(py, "TMP_MAX"))? {
        // range(TMP_MAX): an integer (negative: no attempt), anything else raises there.
        match v.extract::<i128>() {
            Ok(n) => t.set_tmp_max(u64::try_from(n.max(0)).unwrap_or(u64::MAX)),
            Err(_) => return Ok(None),
        }
    }
    if let Some(v) = g.get_item(intern!(py, "tempdir"))? {
        let Some(a) = or_decline(py, to_arg(&v))? else {
            return Ok(None);
        };
        t.set_tempdir(a);
    }
    if let Some(v) = g.get_item(intern!(py, "template"))? {
        let Some(a) = or_decline(py, to_arg_value(&v))? else {
            return Ok(None);
        };
        t.set_template(a);
    }
    if let Some(v) = g.get_item(intern!(py, "_O_TMPFILE_WORKS"))? {
        t.set_o_tmpfile_works(v.is_truthy()?);
    }
    Ok(Some(Call { t }))
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

/// The names a call that draws candidate names and makes system calls uses natively, or
/// `None` when it cannot: the names are not the module's own plain sequence, or an `os`
/// function was replaced.
pub(crate) fn names_and_os_native(g: &Bound<'_, PyDict>) -> PyResult<Option<Names>> {
    if !os_untouched(g.py())? {
        return Ok(None);
    }
    crate::binding_names::native_names(g)
}

/// Install the names of a call on its module state.
pub(crate) fn use_names(call: &Call, names: Names) {
    if let Names::Forced(src) = names {
        call.t.set_name_source(Some(src));
    }
}

/// The output type object for a kind.
fn type_obj(py: Python<'_>, kind: PathKind) -> Bound<'_, PyAny> {
    match kind {
        PathKind::Str => PyString::type_object(py).into_any(),
        PathKind::Bytes => PyBytes::type_object(py).into_any(),
    }
}

#[pyfunction]
fn infer_return_type(g: &Bound<'_, PyDict>, args: &Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> {
    let py = g.py();
    let items: Vec<Bound<'_, PyAny>> = args.iter().collect();
    let refs: Vec<&Bound<'_, PyAny>> = items.iter().collect();
    Ok(type_obj(py, infer(g, &refs)?).unbind())
}

pub(crate) fn params(
    suffix: &Bound<'_, PyAny>,
    prefix: &Bound<'_, PyAny>,
    dir: &Bound<'_, PyAny>,
) -> PyResult<pytempfile::Params> {
    Ok(pytempfile::Params::new()
        .suffix_opt(to_arg(suffix)?)
        .prefix_opt(to_arg(prefix)?)
        .dir_opt(to_arg(dir)?))
}

/// What `_sanitize_params` does natively, or `None` when the Python path must run it (see the
/// module docs): the inferred kind, then the module state and the converted arguments.
pub(crate) fn sanitize_natively(
    g: &Bound<'_, PyDict>,
    prefix: &Bound<'_, PyAny>,
    suffix: &Bound<'_, PyAny>,
    dir: &Bound<'_, PyAny>,
) -> PyResult<Option<(Call, pytempfile::Params)>> {
    let py = g.py();
    if replaced(g, &[Hook::InferReturnType])? {
        return Ok(None);
    }
    let kind = infer(g, &[prefix, suffix, dir])?;
    if dir.is_none() && !default_dir_native(g, kind)? {
        return Ok(None);
    }
    let Some(call) = module_state(py, g)? else {
        return Ok(None);
    };
    let Some(p) = or_decline(py, params(suffix, prefix, dir))? else {
        return Ok(None);
    };
    Ok(Some((call, p)))
}

#[pyfunction]
fn sanitize_params<'py>(
    g: &Bound<'py, PyDict>,
    prefix: &Bound<'py, PyAny>,
    suffix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let py = g.py();
    let Some((call, p)) = sanitize_natively(g, prefix, suffix, dir)? else {
        return Ok(None);
    };
    let s = run(py, || call.t.sanitize_params(&p));
    sync_tempdir(py, g, &call.t)?;
    let s = s?;
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

/// Store a `tempdir` the call computed back into the module globals (as the `str` CPython
/// would store), keeping an already stored object (identity matters: `gettempdir() is
/// gettempdir()`).
pub(crate) fn sync_tempdir(py: Python<'_>, g: &Bound<'_, PyDict>, t: &Tempfile) -> PyResult<()> {
    let current = g.get_item(intern!(py, "tempdir"))?;
    if current.as_ref().is_some_and(|c| !c.is_none()) {
        return Ok(());
    }
    if let Some(Arg::Str(b)) = t.tempdir() {
        g.set_item("tempdir", fsdecode(py, &b)?)?;
    }
    Ok(())
}

/// `_get_default_tempdir(dirlist)`: the directory found (a `str`); `None` when the Python
/// probe must run (decided before anything is called); or a 1-tuple holding the candidate
/// list, already fetched from `_candidate_tempdir_list()`, when one of its entries needs the
/// Python probe (so the list function is called once, as in CPython).
#[pyfunction]
#[pyo3(signature = (g, dirlist=None))]
fn get_default_tempdir(
    g: &Bound<'_, PyDict>,
    dirlist: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<Py<PyAny>>> {
    let py = g.py();
    if replaced(g, &[Hook::RandomNameSequence, Hook::BinOpenflags])? || !os_untouched(py)? {
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
fn candidate_tempdir_list(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let t = Tempfile::builder().build();
    let mut items = Vec::new();
    for d in t.candidate_tempdir_list() {
        items.push(fsdecode(py, &d)?);
    }
    PyList::new(py, items)
}

fn kind_of(py: Python<'_>, output_type: &Bound<'_, PyAny>) -> PathKind {
    if output_type.is(PyBytes::type_object(py)) {
        PathKind::Bytes
    } else {
        PathKind::Str
    }
}

/// The module state and the arguments of `_mkstemp_inner(dir, pre, suf, flags, output_type)`
/// for its native callers, with the call's `names` installed; `None` (decline) when a global
/// or an argument is one only the Python path handles as CPython does.
fn inner_args(
    g: &Bound<'_, PyDict>,
    names: Names,
    dir: &Bound<'_, PyAny>,
    pre: &Bound<'_, PyAny>,
    suf: &Bound<'_, PyAny>,
    output_type: &Bound<'_, PyAny>,
) -> PyResult<Option<(Call, pytempfile::Sanitized)>> {
    let py = g.py();
    let kind = kind_of(py, output_type);
    let Some(call) = module_state(py, g)? else {
        return Ok(None);
    };
    use_names(&call, names);
    let conv = || -> PyResult<(Arg, Arg, Arg)> {
        Ok((to_arg_value(dir)?, to_affix(pre)?, to_affix(suf)?))
    };
    let Some((dir, prefix, suffix)) = or_decline(py, conv())? else {
        return Ok(None);
    };
    Ok(Some((
        call,
        pytempfile::Sanitized {
            dir,
            prefix,
            suffix,
            kind,
        },
    )))
}

#[pyfunction]
#[pyo3(signature = (g, dir, pre, suf, flags, output_type))]
fn mkstemp_inner<'py>(
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
fn mkstemp<'py>(
    g: &Bound<'py, PyDict>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let py = g.py();
    if replaced(
        g,
        &[
            Hook::SanitizeParams,
            Hook::MkstempInner,
            Hook::BinOpenflags,
            Hook::TextOpenflags,
        ],
    )? {
        return Ok(None);
    }
    let Some(names) = names_and_os_native(g)? else {
        return Ok(None);
    };
    let Some((call, p)) = sanitize_natively(g, prefix, suffix, dir)? else {
        return Ok(None);
    };
    use_names(&call, names);
    let s = run(py, || call.t.sanitize_params(&p));
    sync_tempdir(py, g, &call.t)?;
    let s = s?;
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
fn mkdtemp<'py>(
    g: &Bound<'py, PyDict>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let py = g.py();
    if replaced(g, &[Hook::SanitizeParams])? {
        return Ok(None);
    }
    let Some(names) = names_and_os_native(g)? else {
        return Ok(None);
    };
    let Some((call, p)) = sanitize_natively(g, prefix, suffix, dir)? else {
        return Ok(None);
    };
    use_names(&call, names);
    let path = run(py, || call.t.mkdtemp(&p));
    // The default directory, once resolved, stays so even if the creation fails.
    sync_tempdir(py, g, &call.t)?;
    path_obj(py, &path?).map(Some)
}

#[pyfunction]
#[pyo3(signature = (g, suffix, prefix, dir))]
fn mktemp<'py>(
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
fn open_tmpfile(
    g: &Bound<'_, PyDict>,
    dir: &Bound<'_, PyAny>,
    flags: i32,
) -> PyResult<Option<RawFd>> {
    let py = g.py();
    if !os_untouched(py)? {
        return Ok(None);
    }
    let t = light_state(py)?;
    let Some(d) = or_decline(py, to_arg_value(dir))? else {
        return Ok(None);
    };
    open_tmpfile_fd(py, &t, &d, flags).map(Some)
}

/// The O_TMPFILE open of TemporaryFile's opener, with the module state `t`.
pub(crate) fn open_tmpfile_fd(
    py: Python<'_>,
    t: &Tempfile,
    d: &Arg,
    flags: i32,
) -> PyResult<RawFd> {
    run(py, || {
        let (_, bytes) = d.fspath()?;
        let mut flags =
            (flags | pytempfile::os::flags::O_TMPFILE) & !pytempfile::os::flags::O_CREAT;
        if t.version().has(Behaviour::TmpfileWithoutExcl) {
            flags &= !pytempfile::os::flags::O_EXCL;
        }
        pytempfile::pypath::with_cstr(bytes, "open", PathKind::Str, t.version(), |c| {
            pytempfile::os::retry_eintr(|| t.os().open(c, flags, 0o600))
                .map_err(|e| pytempfile::pypath::os_error(e, bytes, matches!(d, Arg::Bytes(_))))
        })
    })
}

/// TemporaryFile's fallback opener: `_mkstemp_inner`, then unlink (closing on failure).
#[pyfunction]
#[pyo3(signature = (g, dir, pre, suf, flags, output_type))]
fn mkstemp_unlinked(
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

/// `_mkstemp_inner(dir, prefix, suffix, flags, output_type)`, then unlink (closing the file
/// if that fails): TemporaryFile's fallback.
pub(crate) fn mkstemp_unlinked_fd(
    py: Python<'_>,
    t: &Tempfile,
    s: &pytempfile::Sanitized,
    flags: i32,
) -> PyResult<RawFd> {
    let kind = s.kind;
    run(py, || {
        let (fd, path) = t.mkstemp_inner(&s.dir, &s.prefix, &s.suffix, flags, kind)?;
        let os = t.os();
        let c = pytempfile::pypath::cstring_for(path.as_bytes(), "unlink", kind, t.version())?;
        if let Err(e) = os.unlink(&c) {
            let err = pytempfile::pypath::os_error(e, path.as_bytes(), kind == PathKind::Bytes);
            let _ = os.close(fd);
            return Err(err);
        }
        Ok(fd)
    })
}

/// `TemporaryDirectory._rmtree(name, ignore_errors)`: the symlink-proof removal
/// (`ignore_errors` by truth value, as CPython tests it).
#[pyfunction]
fn rmtree(
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
        let c = cache(py)?;
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
fn exists(name: &Bound<'_, PyAny>) -> PyResult<bool> {
    let arg = to_arg_value(name)?;
    Ok(arg
        .fspath()
        .is_ok_and(|(_, b)| pytempfile::pypath::exists(&LibcOs, b)))
}

/// Whether the running CPython has the named [`Behaviour`] (`_native.has("TmpMax20")`).
#[pyfunction]
fn has(py: Python<'_>, name: &str) -> PyResult<bool> {
    let version = py_version(py);
    Behaviour::ALL
        .iter()
        .find(|b| b.name() == name)
        .map(|b| version.has(*b))
        .ok_or_else(|| PyValueError::new_err(format!("unknown behaviour {name:?}")))
}

/// The `_native` module.
#[pymodule]
#[pyo3(name = "_native")]
pub fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    remember_os(py)?;
    m.add("TEXT_OPENFLAGS", pytempfile::os::flags::TEXT_OPENFLAGS)?;
    m.add("BIN_OPENFLAGS", pytempfile::os::flags::BIN_OPENFLAGS)?;
    m.add("TMP_MAX", pytempfile::default_tmp_max(py_version(py)))?;
    m.add("VERSION", py_version(py).to_string())?;
    m.add("FOLLOWS", py_version(py).resolve().0.to_string())?;
    m.add_function(wrap_pyfunction!(has, m)?)?;
    m.add("CHARACTERS", crate::binding_names::characters())?;
    m.add("HOOKS", HOOKS.to_vec())?;
    m.add_function(wrap_pyfunction!(crate::binding_names::next_name, m)?)?;
    m.add_function(wrap_pyfunction!(crate::binding_names::force_names, m)?)?;
    m.add_function(wrap_pyfunction!(infer_return_type, m)?)?;
    m.add_function(wrap_pyfunction!(sanitize_params, m)?)?;
    m.add_function(wrap_pyfunction!(get_default_tempdir, m)?)?;
    m.add_function(wrap_pyfunction!(candidate_tempdir_list, m)?)?;
    m.add_function(wrap_pyfunction!(mkstemp_inner, m)?)?;
    m.add_function(wrap_pyfunction!(mkstemp, m)?)?;
    m.add_function(wrap_pyfunction!(mkdtemp, m)?)?;
    m.add_function(wrap_pyfunction!(mktemp, m)?)?;
    m.add_function(wrap_pyfunction!(open_tmpfile, m)?)?;
    m.add_function(wrap_pyfunction!(mkstemp_unlinked, m)?)?;
    m.add_function(wrap_pyfunction!(rmtree, m)?)?;
    m.add_function(wrap_pyfunction!(exists, m)?)?;
    m.add_function(wrap_pyfunction!(crate::fast_io::temporary_file, m)?)?;
    m.add_function(wrap_pyfunction!(crate::fast_io::named_file, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
