//! The system calls of a native call, through libc or, when a test or a caller replaced one of
//! the `os` functions the standard module calls (`os.open`, `os.close`, `os.write`,
//! `os.unlink`, `os.mkdir`, `os.lstat`, `os.stat`, `os.rmdir`, `os.chmod`), through Python's
//! `os` ([`PyOs`]), so that the replacement sees the calls and arguments the standard module
//! makes, and its exceptions reach the caller as the same objects ([`crate::error`]).
//!
//! Whether `os` is untouched is one identity check per name in `os.__dict__` against the
//! functions recorded at import ([`remember_os`]), made again only after `os.__dict__` changed
//! ([`crate::capi::Stamp`]).
//!
//! Depends on [`crate::capi`], [`crate::convert`] and [`crate::error`].

use std::ffi::CStr;
use std::os::fd::RawFd;
use std::sync::{Arc, Mutex, PoisonError};

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyString, PyTuple};
use pytempfile::os::{DirEntry, Errno, LibcOs, Os, Stat, SysResult, Whence};

use crate::capi::Stamp;
use crate::convert::fsdecode;
use crate::error::{set_pending_os, stash};

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

/// The seam for calls through libc (see [`libc_seam`]).
static LIBC_SEAM: std::sync::OnceLock<Arc<dyn Os>> = std::sync::OnceLock::new();

/// Where replaced functions show up, looked up once.
struct OsLookup {
    /// `os.__dict__` (`mock.patch('os.open')`, `support.swap_attr(os, 'open', ...)` assign
    /// the module's attribute).
    dict: Py<PyDict>,
    /// [`OS_NAMES`], interned.
    names: Vec<Py<PyString>>,
}

static OS_LOOKUP: PyOnceLock<OsLookup> = PyOnceLock::new();

fn os_lookup(py: Python<'_>) -> PyResult<&OsLookup> {
    OS_LOOKUP.get_or_try_init(py, || {
        Ok(OsLookup {
            dict: py.import("os")?.dict().unbind(),
            names: OS_NAMES
                .iter()
                .map(|n| PyString::intern(py, n).unbind())
                .collect(),
        })
    })
}

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
    // What was kept was compared with the functions recorded before.
    let _old = OS_KEPT
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    Ok(())
}

/// [`os_untouched_now`]'s last answer, kept while `os.__dict__` is unchanged.
static OS_KEPT: Mutex<Option<(Stamp, bool)>> = Mutex::new(None);

/// The `os.__dict__` whose functions [`os_untouched`] compares (the `os` module as first
/// imported).
pub(crate) fn os_dict(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    Ok(os_lookup(py)?.dict.bind(py).clone())
}

/// Whether every `os` function pytempfile uses is still the original: [`os_untouched_now`]'s
/// answer, decided again only when `os.__dict__` changed ([`crate::capi`]).
pub(crate) fn os_untouched(py: Python<'_>) -> PyResult<bool> {
    if let Some((stamp, ok)) = OS_KEPT
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .as_ref()
    {
        if stamp.unchanged(py) {
            return Ok(*ok);
        }
    }
    let dict = os_dict(py)?;
    // The stamp first: a change from now on shows.
    let stamp = Stamp::take(&[&dict]);
    let ok = os_untouched_now(py)?;
    // The old stamp (which may hold references) is dropped with the lock released.
    let _old = std::mem::replace(
        &mut *OS_KEPT.lock().unwrap_or_else(PoisonError::into_inner),
        stamp.map(|s| (s, ok)),
    );
    Ok(ok)
}

/// Whether every `os` function pytempfile uses is still the original: one identity check per
/// name in `os.__dict__`.
pub(crate) fn os_untouched_now(py: Python<'_>) -> PyResult<bool> {
    let orig = ORIGINAL_OS.lock().unwrap_or_else(PoisonError::into_inner);
    let Some(orig) = orig.as_ref() else {
        return Ok(true);
    };
    let c = os_lookup(py)?;
    let os_dict = c.dict.bind(py);
    for (name, original) in c.names.iter().zip(orig) {
        match os_dict.get_item(name.bind(py))? {
            Some(now) if now.is(original) => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// The seam for calls through libc (shared: no allocation per call).
pub(crate) fn libc_seam() -> Arc<dyn Os> {
    Arc::clone(LIBC_SEAM.get_or_init(|| Arc::new(LibcOs) as Arc<dyn Os>))
}

/// The seam for this call: libc when `os` is untouched, Python's `os` otherwise.
pub(crate) fn seam(py: Python<'_>) -> PyResult<Arc<dyn Os>> {
    if os_untouched(py)? {
        Ok(libc_seam())
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
