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
//! `_candidate_tempdir_list`) at call time, and system calls go through Python's `os` module
//! whenever one of the `os` functions pytempfile uses has been replaced (a test's mock);
//! otherwise they go straight to libc. A Python exception raised inside such a replacement
//! travels through the Rust code as [`Errno::FOREIGN`] (never swallowed) and is re-raised
//! unchanged.

use std::cell::RefCell;
use std::ffi::CStr;
use std::os::fd::RawFd;
use std::sync::{Arc, Mutex, PoisonError};

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
    Arg, Behaviour, Error, Event, EventSink, ExcClass, Filename, NameSource, PathKind, PyPath,
    PyVersion, Tempfile,
};

thread_local! {
    /// The Python exception a replaced `os` function or name iterator raised during the
    /// current native call.
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
}

fn stash(err: PyErr) {
    PENDING.with(|p| *p.borrow_mut() = Some(err));
}

fn take_pending() -> Option<PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
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
    os_fsencode: Py<PyAny>,
    os_fsdecode: Py<PyAny>,
    os_fspath: Py<PyAny>,
    os_pathlike: Py<PyAny>,
    sys_audit: Py<PyAny>,
    builtins_iter: Py<PyAny>,
    builtins_next: Py<PyAny>,
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
        let builtins = py.import("builtins")?;
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
            os_fsencode: os.getattr("fsencode")?.unbind(),
            os_fsdecode: os.getattr("fsdecode")?.unbind(),
            os_fspath: os.getattr("fspath")?.unbind(),
            os_pathlike: os.getattr("PathLike")?.unbind(),
            sys_audit: sys.getattr("audit")?.unbind(),
            builtins_iter: builtins.getattr("iter")?.unbind(),
            builtins_next: builtins.getattr("next")?.unbind(),
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

/// The Python exception CPython would have raised for `e` (or the exception a replaced `os`
/// function raised, re-raised unchanged).
pub(crate) fn to_pyerr(py: Python<'_>, e: Error) -> PyErr {
    if let Some(pending) = take_pending() {
        if e.class() == ExcClass::Foreign {
            return pending;
        }
    }
    let build = || -> PyResult<PyErr> {
        let builtins = py.import("builtins")?;
        let msg = e.message().to_string();
        let exc = match e.class() {
            c if c.is_os_error() && c != ExcClass::UnsupportedOperation => {
                let oserror = builtins.getattr("OSError")?;
                let value = match (e.errno(), e.filename()) {
                    (Some(n), Some(f)) => oserror.call1((n, msg, filename_obj(py, f)?))?,
                    (Some(n), None) => oserror.call1((n, msg))?,
                    (None, f) => {
                        let v = oserror.call1((msg,))?;
                        if let Some(f) = f {
                            v.setattr("filename", filename_obj(py, f)?)?;
                        }
                        v
                    }
                };
                PyErr::from_value(value)
            }
            ExcClass::UnsupportedOperation => PyErr::from_value(
                py.import("io")?
                    .getattr("UnsupportedOperation")?
                    .call1((msg,))?,
            ),
            ExcClass::TypeError => PyTypeError::new_err(msg),
            ExcClass::ValueError => PyValueError::new_err(msg),
            ExcClass::LookupError => PyLookupError::new_err(msg),
            ExcClass::StopIteration => PyStopIteration::new_err(()),
            ExcClass::AttributeError => PyAttributeError::new_err(msg),
            ExcClass::UnicodeError
            | ExcClass::UnicodeEncodeError
            | ExcClass::UnicodeDecodeError => {
                // The codec details are not carried; the class is UnicodeError with CPython's
                // message (a documented approximation).
                PyErr::from_value(builtins.getattr("UnicodeError")?.call1((msg,))?)
            }
            _ => PyErr::from_value(builtins.getattr("RuntimeError")?.call1((msg,))?),
        };
        Ok(exc)
    };
    build().unwrap_or_else(|err| err)
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
    os_untouched_among(py, &OS_NAMES)
}

/// [`os_untouched`] for the functions named in `names` only (a subset of [`OS_NAMES`]): the
/// ones an operation can call.
pub(crate) fn os_untouched_among(py: Python<'_>, names: &[&str]) -> PyResult<bool> {
    let orig = ORIGINAL_OS.lock().unwrap_or_else(PoisonError::into_inner);
    let Some(orig) = orig.as_ref() else {
        return Ok(true);
    };
    let c = cache(py)?;
    let os_dict = c.os_dict.bind(py);
    for ((name, original), n) in c.os_names.iter().zip(orig).zip(OS_NAMES) {
        if !names.contains(&n) {
            continue;
        }
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
        Python::attach(|py| {
            let result = args(py).and_then(|a| f.bind(py).call1(a));
            match result {
                Ok(v) => Ok(v.unbind()),
                Err(err) => {
                    if err.is_instance_of::<pyo3::exceptions::PyOSError>(py) {
                        // An OS error is an OS error: pytempfile handles it as CPython's code
                        // would (which tests the class, so map an errno-less one by class).
                        Err(Errno(os_errno(py, &err)))
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
        LibcOs.openat(dirfd, name, flags, mode)
    }
    fn close(&self, fd: RawFd) -> SysResult<()> {
        Self::unit(self.call(&self.funcs.close, |py| {
            PyTuple::new(py, [self.fd_obj(py, fd).into_bound(py)])
        }))
    }
    fn read(&self, fd: RawFd, buf: &mut [u8]) -> SysResult<usize> {
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
        LibcOs.lseek(fd, offset, whence)
    }
    fn ftruncate(&self, fd: RawFd, len: u64) -> SysResult<()> {
        LibcOs.ftruncate(fd, len)
    }
    fn fstat(&self, fd: RawFd) -> SysResult<Stat> {
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
        LibcOs.mkdirat(dirfd, name, mode)
    }
    fn unlink(&self, path: &CStr) -> SysResult<()> {
        Self::unit(self.call(&self.funcs.unlink, |py| {
            PyTuple::new(py, [Self::path(py, path)?])
        }))
    }
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
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
        LibcOs.fchmod(fd, mode)
    }
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        LibcOs.fchmodat_nofollow(dirfd, name, mode)
    }
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        LibcOs.read_dir(dirfd)
    }
    fn getcwd(&self) -> SysResult<Vec<u8>> {
        LibcOs.getcwd()
    }
    fn getenv(&self, name: &str) -> Option<Vec<u8>> {
        LibcOs.getenv(name)
    }
}

/// `_get_candidate_names()` when its names are not plain (the global, the sequence or its class
/// was replaced; see `binding_names`): the function is called
/// once (at the first name) and the iterator it returns is advanced per name.
struct PyNames {
    func: Py<PyAny>,
    iter: Mutex<Option<Py<PyAny>>>,
    /// Whether the output is bytes. CPython maps the names through `os.fsencode` then; a str
    /// name's file-system bytes are the same, so both flavours encode the same way.
    #[allow(dead_code)]
    bytes: bool,
}

impl NameSource for PyNames {
    fn next_name(&self, out: &mut Vec<u8>) -> pytempfile::Result<()> {
        Python::attach(|py| {
            let mut it = self.iter.lock().unwrap_or_else(PoisonError::into_inner);
            let iter = match &*it {
                Some(i) => i.clone_ref(py),
                None => {
                    let i = self
                        .func
                        .bind(py)
                        .call0()
                        .and_then(|r| cache(py)?.builtins_iter.bind(py).call1((r,)));
                    match i {
                        Ok(i) => {
                            *it = Some(i.clone().unbind());
                            i.unbind()
                        }
                        Err(e) => {
                            stash(e);
                            return Err(Error::from_errno(Errno::FOREIGN, None));
                        }
                    }
                }
            };
            match cache(py).and_then(|c| c.builtins_next.bind(py).call1((iter.bind(py),))) {
                Ok(name) => {
                    // `os.fsencode(name)`: the bytes flavour maps names through it; a str
                    // name is concatenated as str, whose file-system bytes are the same.
                    let b = cache(py).and_then(|c| c.os_fsencode.bind(py).call1((name,)));
                    match b.and_then(|b| b.extract::<Vec<u8>>()) {
                        Ok(v) => {
                            out.extend_from_slice(&v);
                            Ok(())
                        }
                        Err(e) => {
                            stash(e);
                            Err(Error::from_errno(Errno::FOREIGN, None))
                        }
                    }
                }
                Err(e) if e.is_instance_of::<PyStopIteration>(py) => {
                    Err(Error::new(ExcClass::StopIteration, ""))
                }
                Err(e) => {
                    stash(e);
                    Err(Error::from_errno(Errno::FOREIGN, None))
                }
            }
        })
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

/// Read the module globals into a [`Tempfile`] for one call.
pub(crate) fn module_state(
    py: Python<'_>,
    g: &Bound<'_, PyDict>,
    bytes_names: bool,
) -> PyResult<Call> {
    module_state_with(py, g, bytes_names, seam(py)?)
}

/// [`module_state`] with system calls straight to libc (the caller checked [`os_untouched`]).
pub(crate) fn module_state_libc(
    py: Python<'_>,
    g: &Bound<'_, PyDict>,
    bytes_names: bool,
) -> PyResult<Call> {
    let os = Arc::clone(LIBC_SEAM.get_or_init(|| Arc::new(LibcOs) as Arc<dyn Os>));
    module_state_with(py, g, bytes_names, os)
}

fn module_state_with(
    py: Python<'_>,
    g: &Bound<'_, PyDict>,
    bytes_names: bool,
    os: Arc<dyn Os>,
) -> PyResult<Call> {
    let t = Tempfile::builder()
        .os(os)
        .version(py_version(py))
        .events(Arc::clone(&cache(py)?.sink))
        .build();
    if let Some(v) = g.get_item(intern!(py, "TMP_MAX"))? {
        t.set_tmp_max(v.extract::<u64>().unwrap_or(0));
    }
    if let Some(v) = g.get_item(intern!(py, "tempdir"))? {
        t.set_tempdir(to_arg(&v)?);
    }
    if let Some(v) = g.get_item(intern!(py, "template"))? {
        t.set_template(to_arg_value(&v)?);
    }
    if let Some(v) = g.get_item(intern!(py, "_O_TMPFILE_WORKS"))? {
        t.set_o_tmpfile_works(v.is_truthy()?);
    }
    if !crate::binding_names::candidate_names_are_plain(g)? {
        if let Some(f) = g.get_item(intern!(py, "_get_candidate_names"))? {
            t.set_name_source(Some(Arc::new(PyNames {
                func: f.unbind(),
                iter: Mutex::new(None),
                bytes: bytes_names,
            })));
        }
    }
    Ok(Call { t })
}

/// Run a native call, turning a pytempfile error into the Python exception.
pub(crate) fn run<T>(py: Python<'_>, f: impl FnOnce() -> pytempfile::Result<T>) -> PyResult<T> {
    let _ = take_pending();
    let r = f();
    match r {
        Ok(v) => {
            let _ = take_pending();
            Ok(v)
        }
        Err(e) => Err(to_pyerr(py, e)),
    }
}

#[pyfunction]
fn infer_return_type(g: &Bound<'_, PyDict>, args: &Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> {
    let py = g.py();
    let mut converted = Vec::new();
    for a in args.iter() {
        converted.push(to_arg(&a)?);
    }
    let tempdir = match g.get_item("tempdir")? {
        Some(t) => to_arg(&t)?,
        None => None,
    };
    let refs: Vec<Option<&Arg>> = converted.iter().map(Option::as_ref).collect();
    let kind = run(py, || {
        pytempfile::args::infer_return_type(&refs, tempdir.as_ref())
    })?;
    Ok(match kind {
        PathKind::Str => PyString::type_object(py).into_any().unbind(),
        PathKind::Bytes => PyBytes::type_object(py).into_any().unbind(),
    })
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

pub(crate) fn bytes_requested(args: &[&Bound<'_, PyAny>]) -> bool {
    args.iter().any(|a| a.is_instance_of::<PyBytes>())
}

#[pyfunction]
fn sanitize_params<'py>(
    g: &Bound<'py, PyDict>,
    prefix: &Bound<'py, PyAny>,
    suffix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = g.py();
    let call = module_state(py, g, false)?;
    let p = params(suffix, prefix, dir)?;
    let s = run(py, || call.t.sanitize_params(&p))?;
    sync_tempdir(py, g, &call.t)?;
    let out_type = match s.kind {
        PathKind::Str => PyString::type_object(py).into_any(),
        PathKind::Bytes => PyBytes::type_object(py).into_any(),
    };
    // Return the caller's own objects where CPython passes them through unchanged.
    let pre = if prefix.is_none() {
        arg_obj(py, &s.prefix)?
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
    PyTuple::new(py, [pre, suf, d, out_type])
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

#[pyfunction]
#[pyo3(signature = (g, dirlist=None))]
fn get_default_tempdir(
    g: &Bound<'_, PyDict>,
    dirlist: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let py = g.py();
    let list = match (dirlist, g.get_item("_candidate_tempdir_list")?) {
        (Some(l), _) => l.clone(),
        (None, Some(f)) => f.call0()?,
        (None, None) => return Err(PyAttributeError::new_err("_candidate_tempdir_list")),
    };
    let mut dirs = Vec::new();
    for d in list.try_iter()? {
        let d = d?;
        dirs.push(
            py.import("os")?
                .getattr("fsencode")?
                .call1((d,))?
                .extract::<Vec<u8>>()?,
        );
    }
    let call = module_state(py, g, false)?;
    let dir = run(py, || call.t.get_default_tempdir_from(&dirs))?;
    Ok(fsdecode(py, &dir)?.unbind())
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

#[pyfunction]
#[pyo3(signature = (g, dir, pre, suf, flags, output_type))]
fn mkstemp_inner<'py>(
    g: &Bound<'py, PyDict>,
    dir: &Bound<'py, PyAny>,
    pre: &Bound<'py, PyAny>,
    suf: &Bound<'py, PyAny>,
    flags: i32,
    output_type: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = g.py();
    let kind = if output_type.is(PyBytes::type_object(py)) {
        PathKind::Bytes
    } else {
        PathKind::Str
    };
    let call = module_state(py, g, kind == PathKind::Bytes)?;
    let (dir, pre, suf) = (to_arg_value(dir)?, to_arg_value(pre)?, to_arg_value(suf)?);
    let (fd, path) = run(py, || call.t.mkstemp_inner(&dir, &pre, &suf, flags, kind))?;
    PyTuple::new(py, [fd.into_pyobject(py)?.into_any(), path_obj(py, &path)?])
}

#[pyfunction]
#[pyo3(signature = (g, suffix, prefix, dir, text))]
fn mkstemp<'py>(
    g: &Bound<'py, PyDict>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
    text: bool,
) -> PyResult<Bound<'py, PyTuple>> {
    use std::os::fd::IntoRawFd;
    let py = g.py();
    let call = module_state(py, g, bytes_requested(&[suffix, prefix, dir]))?;
    let p = params(suffix, prefix, dir)?;
    let (fd, path) = run(py, || call.t.mkstemp(&p, text))?;
    sync_tempdir(py, g, &call.t)?;
    PyTuple::new(
        py,
        [
            fd.into_raw_fd().into_pyobject(py)?.into_any(),
            path_obj(py, &path)?,
        ],
    )
}

#[pyfunction]
#[pyo3(signature = (g, suffix, prefix, dir))]
fn mkdtemp<'py>(
    g: &Bound<'py, PyDict>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = g.py();
    let call = module_state(py, g, bytes_requested(&[suffix, prefix, dir]))?;
    let p = params(suffix, prefix, dir)?;
    let path = run(py, || call.t.mkdtemp(&p))?;
    sync_tempdir(py, g, &call.t)?;
    path_obj(py, &path)
}

#[pyfunction]
#[pyo3(signature = (g, suffix, prefix, dir))]
fn mktemp<'py>(
    g: &Bound<'py, PyDict>,
    suffix: &Bound<'py, PyAny>,
    prefix: &Bound<'py, PyAny>,
    dir: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = g.py();
    let call = module_state(py, g, false)?;
    let p = pytempfile::Params::new()
        .suffix(to_arg_value(suffix)?)
        .prefix(to_arg_value(prefix)?)
        .dir_opt(to_arg(dir)?);
    let path = run(py, || call.t.mktemp(&p))?;
    sync_tempdir(py, g, &call.t)?;
    path_obj(py, &path)
}

/// `os.open(dir, (flags | O_TMPFILE) & ~O_CREAT, 0o600)` for TemporaryFile's opener.
#[pyfunction]
fn open_tmpfile(g: &Bound<'_, PyDict>, dir: &Bound<'_, PyAny>, flags: i32) -> PyResult<RawFd> {
    let py = g.py();
    let t = light_state(py)?;
    open_tmpfile_fd(py, &t, &to_arg_value(dir)?, flags)
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
) -> PyResult<RawFd> {
    let py = g.py();
    let kind = if output_type.is(PyBytes::type_object(py)) {
        PathKind::Bytes
    } else {
        PathKind::Str
    };
    let call = module_state(py, g, kind == PathKind::Bytes)?;
    let s = pytempfile::Sanitized {
        dir: to_arg_value(dir)?,
        prefix: to_arg_value(pre)?,
        suffix: to_arg_value(suf)?,
        kind,
    };
    mkstemp_unlinked_fd(py, &call.t, &s, flags)
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

/// `TemporaryDirectory._rmtree(name, ignore_errors)`: the symlink-proof removal.
#[pyfunction]
fn rmtree(g: &Bound<'_, PyDict>, name: &Bound<'_, PyAny>, ignore_errors: bool) -> PyResult<()> {
    let py = g.py();
    let t = light_state(py)?;
    let arg = to_arg_value(name)?;
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
    m.add_function(wrap_pyfunction!(crate::binding_names::next_name, m)?)?;
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
