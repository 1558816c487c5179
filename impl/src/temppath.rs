//! [`TempPath`]: a path removed when the guard is dropped, and moving a file to a new name
//! ([`TempPath::persist`], [`TempPath::persist_noclobber`]).
//!
//! CPython has no counterpart: this is the `tempfile` crate's `TempPath` (and its
//! `PathPersistError`), which Rust users of a temporary-file library expect. A
//! [`NamedTemporaryFile`](crate::NamedTemporaryFile) becomes one with
//! [`into_temp_path`](crate::NamedTemporaryFile::into_temp_path) (the file is closed, the name
//! stays until the guard goes).
//!
//! Invariants kept:
//! - Every call goes through the module's OS seam: `unlink` to remove, `rename` to persist,
//!   `renameat2(RENAME_NOREPLACE)` (Linux) or `link` then `unlink` to persist without ever
//!   replacing an existing file.
//! - A name is removed at most once, and never after it was persisted or kept: the guard is
//!   disarmed before anything else happens to it.
//! - Errors keep CPython's shape: an `OSError` subclass from the errno, with the path as
//!   `filename` (and the target as `filename2` for a rename, as `os.rename` reports).
//! - Persisting never loses the guard: on failure it comes back inside the error, still armed.

use std::ffi::{CString, OsStr};
use std::fmt;
use std::ops::Deref;
use std::path::Path;

use crate::args::{PathKind, PyPath};
use crate::error::{Error, Result};
use crate::module::{Event, Tempfile};
use crate::os::Errno;
use crate::pypath;

/// A path removed when this guard is dropped: the `tempfile` crate's `TempPath`.
///
/// Dropping it unlinks the name through the module's OS seam (a name already gone is no
/// error; any other failure is reported as [`Event::Unraisable`], since drop cannot return
/// it). [`close`](TempPath::close) removes it now and returns the error;
/// [`persist`](TempPath::persist), [`persist_noclobber`](TempPath::persist_noclobber) and
/// [`keep`](TempPath::keep) disarm it.
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// use std::io::Write;
/// let mut f = pytempfile::NamedTemporaryFile::new()?;
/// f.write_all(b"report").unwrap();
/// let path = f.into_temp_path()?; // flushed and closed; the name stays
/// assert_eq!(std::fs::read(&path).unwrap(), b"report"); // Deref<Target = Path>
/// let p = path.to_path_buf();
/// drop(path); // removed
/// assert!(!p.exists());
/// # Ok(()) }
/// ```
pub struct TempPath {
    name: PyPath,
    module: Tempfile,
    armed: bool,
}

impl fmt::Debug for TempPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TempPath")
            .field("name", &self.name)
            .field("armed", &self.armed)
            .finish()
    }
}

impl TempPath {
    /// A guard for `name` (already absolute), removed through `module`'s seam.
    pub(crate) fn new(name: PyPath, module: Tempfile) -> TempPath {
        TempPath {
            name,
            module,
            armed: true,
        }
    }

    /// A guard for an existing path of the caller's, made absolute now (joined to the working
    /// directory, read through the seam; not normalised) so that a later `chdir` cannot
    /// redirect the removal.
    /// Uses the process-wide module state; see [`Tempfile::temp_path`] for another.
    /// An empty path is a `ValueError`.
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let (fd, name) = pytempfile::mkstemp(&pytempfile::Params::new())?;
    /// drop(fd);
    /// let guard = pytempfile::TempPath::try_from_path(name.as_path())?;
    /// guard.close()?; // removed now, errors reported
    /// assert!(!name.as_path().exists());
    /// # Ok(()) }
    /// ```
    pub fn try_from_path(path: impl AsRef<Path>) -> Result<TempPath> {
        Tempfile::global().temp_path(path)
    }

    /// The name, `str` or `bytes` like the file it came from.
    pub fn name(&self) -> &PyPath {
        &self.name
    }

    /// The path.
    pub fn path(&self) -> &Path {
        self.name.as_path()
    }

    /// Whether drop would remove the path.
    pub fn is_armed(&self) -> bool {
        self.armed
    }

    /// Arm or disarm the removal at drop (the `tempfile` crate's `disable_cleanup`).
    pub fn disable_cleanup(&mut self, disable: bool) {
        self.armed = !disable;
    }

    /// Remove the path now and report any error (a missing file included: `FileNotFoundError`).
    /// The guard is disarmed first, whatever the outcome.
    pub fn close(mut self) -> Result<()> {
        self.armed = false;
        unlink(&self.module, &self.name, false)
    }

    /// Keep the file: disarm the guard and return its name.
    pub fn keep(mut self) -> PyPath {
        self.armed = false;
        self.name.clone()
    }

    /// Move the file to `new_path` with `rename(2)`, atomically replacing whatever was there
    /// (`EXDEV` across file systems: nothing is copied). On success the guard is disarmed and
    /// the new name (absolute, of the same `str`/`bytes` kind) returned; on failure the guard
    /// comes back, still armed, inside the error.
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let f = pytempfile::NamedTemporaryFile::new()?;
    /// let guard = f.into_temp_path()?;
    /// let kept = guard.persist(dir.path().join("out.bin"))?;
    /// assert!(kept.as_path().exists());
    /// # Ok(()) }
    /// ```
    // The error carries the object itself, as large as the success value; boxing it would
    // only add an allocation to the failure path.
    #[allow(clippy::result_large_err)]
    pub fn persist(self, new_path: impl AsRef<Path>) -> Result<PyPath, PathPersistError> {
        self.persist_to(new_path.as_ref(), false)
    }

    /// Move the file to `new_path` unless something exists there: `FileExistsError`
    /// (`io::ErrorKind::AlreadyExists`) then, and the guard comes back inside the error. Never
    /// replaces a file: `renameat2(RENAME_NOREPLACE)` on Linux; where the kernel or the file
    /// system does not have it (`ENOSYS`, `EINVAL`), `link(2)` to the new name then `unlink(2)`
    /// of the old one (atomic too: `link` fails if the name exists).
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// std::fs::write(dir.path().join("taken"), b"mine").unwrap();
    /// let guard = pytempfile::NamedTemporaryFile::new()?.into_temp_path()?;
    /// let err = guard.persist_noclobber(dir.path().join("taken")).unwrap_err();
    /// assert_eq!(err.error.class(), pytempfile::ExcClass::FileExistsError);
    /// assert_eq!(std::fs::read(dir.path().join("taken")).unwrap(), b"mine");
    /// let guard = err.path; // still armed
    /// assert!(guard.exists());
    /// # Ok(()) }
    /// ```
    // The error carries the object itself, as large as the success value; boxing it would
    // only add an allocation to the failure path.
    #[allow(clippy::result_large_err)]
    pub fn persist_noclobber(self, new_path: impl AsRef<Path>) -> Result<PyPath, PathPersistError> {
        self.persist_to(new_path.as_ref(), true)
    }

    // The error carries the object itself, as large as the success value; boxing it would
    // only add an allocation to the failure path.
    #[allow(clippy::result_large_err)]
    fn persist_to(mut self, new: &Path, noclobber: bool) -> Result<PyPath, PathPersistError> {
        match move_name(&self.module, &self.name, new, noclobber) {
            Ok(name) => {
                self.armed = false;
                Ok(name)
            }
            Err(error) => Err(PathPersistError { error, path: self }),
        }
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        if !std::mem::replace(&mut self.armed, false) {
            return;
        }
        if let Err(error) = unlink(&self.module, &self.name, true) {
            let context = format!("TempPath {}", self.name.repr());
            self.module.emit(|| Event::Unraisable { context, error });
        }
    }
}

impl Deref for TempPath {
    type Target = Path;

    fn deref(&self) -> &Path {
        self.name.as_path()
    }
}

impl AsRef<Path> for TempPath {
    fn as_ref(&self) -> &Path {
        self.name.as_path()
    }
}

impl AsRef<OsStr> for TempPath {
    fn as_ref(&self) -> &OsStr {
        self.name.as_os_str()
    }
}

/// A failed [`TempPath::persist`] or [`TempPath::persist_noclobber`]: the error and the guard,
/// still armed (the `tempfile` crate's `PathPersistError`).
#[derive(Debug)]
pub struct PathPersistError {
    /// What failed (`FileExistsError`, `EXDEV`'s `OSError`, ...).
    pub error: Error,
    /// The guard, unchanged.
    pub path: TempPath,
}

impl fmt::Display for PathPersistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "failed to persist temporary file path: {}", self.error)
    }
}

impl std::error::Error for PathPersistError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

impl From<PathPersistError> for Error {
    /// The error; the guard is dropped (its path removed).
    fn from(e: PathPersistError) -> Error {
        e.error
    }
}

impl From<PathPersistError> for std::io::Error {
    /// The error; the guard is dropped (its path removed).
    fn from(e: PathPersistError) -> std::io::Error {
        e.error.into()
    }
}

impl From<PathPersistError> for TempPath {
    fn from(e: PathPersistError) -> TempPath {
        e.path
    }
}

impl Tempfile {
    /// A [`TempPath`] for an existing path of the caller's, removed through this module's
    /// seam; see [`TempPath::try_from_path`].
    pub fn temp_path(&self, path: impl AsRef<Path>) -> Result<TempPath> {
        let bytes = path.as_ref().as_os_str().as_encoded_bytes();
        if bytes.is_empty() {
            return Err(Error::value_error(
                "cannot construct a TempPath from an empty path",
            ));
        }
        let abs = absolute(self, bytes)?;
        Ok(TempPath::new(PyPath::new(PathKind::Str, abs), self.clone()))
    }
}

/// `p` joined to the working directory (read through the seam) unless absolute, and not
/// normalised: `a/../b` stays as written, so that the kernel resolves `..` after a symlink as
/// it would have (a lexical `normpath` could name another file).
fn absolute(module: &Tempfile, p: &[u8]) -> Result<Vec<u8>> {
    if pypath::isabs(p) {
        return Ok(p.to_vec());
    }
    let cwd = module
        .os()
        .getcwd()
        .map_err(|e| Error::from_errno(e, None))?;
    Ok(pypath::join(&cwd, p))
}

/// `unlink(name)` through the seam (no EINTR retry, as `os.unlink`), `ENOENT` ignored if
/// `missing_ok`.
pub(crate) fn unlink(module: &Tempfile, name: &PyPath, missing_ok: bool) -> Result<()> {
    let bytes = name.as_bytes();
    let kind = name.kind();
    pypath::with_cstr(bytes, "unlink", kind, module.version(), |c| {
        match module.os().unlink(c) {
            Ok(()) => Ok(()),
            Err(e) if missing_ok && e.0 == libc::ENOENT => Ok(()),
            Err(e) => Err(pypath::os_error(e, bytes, kind == PathKind::Bytes)),
        }
    })
}

/// Give the file named `old` the name `new` (made absolute first, see [`absolute`], and of
/// `old`'s `str`/`bytes` kind), replacing an existing `new` unless `noclobber`. Returns the new
/// name. See [`TempPath::persist`] and [`TempPath::persist_noclobber`] for the calls made.
pub(crate) fn move_name(
    module: &Tempfile,
    old: &PyPath,
    new: &Path,
    noclobber: bool,
) -> Result<PyPath> {
    let kind = old.kind();
    let version = module.version();
    let new_abs = absolute(module, new.as_os_str().as_encoded_bytes())?;
    let func = if noclobber { "link" } else { "rename" };
    let c_old = pypath::cstring_for(old.as_bytes(), func, kind, version)?;
    let c_new = pypath::cstring_for(&new_abs, func, kind, version)?;
    let new_name = PyPath::new(kind, new_abs);
    let fail = |e: Errno| {
        Error::from_errno(e, Some(old.to_filename())).with_filename2(Some(new_name.to_filename()))
    };
    let os = module.os();
    if !noclobber {
        os.rename(&c_old, &c_new).map_err(fail)?;
        return Ok(new_name);
    }
    match os.rename_noreplace(&c_old, &c_new) {
        Ok(()) => return Ok(new_name),
        Err(Errno(libc::ENOSYS | libc::EINVAL)) => {}
        Err(e) => return Err(fail(e)),
    }
    os.link(&c_old, &c_new).map_err(fail)?;
    remove_old_name(module, old, &c_old);
    Ok(new_name)
}

/// The fallback's second step: the file has its new name; the old one goes. A failure cannot
/// undo the persist (the new name is the caller's now, and removing it by name again could hit
/// a file someone put there since), so it is reported as [`Event::Unraisable`]: the file then
/// has both names.
fn remove_old_name(module: &Tempfile, old: &PyPath, c_old: &CString) {
    if let Err(e) = module.os().unlink(c_old) {
        let error = pypath::os_error(e, old.as_bytes(), old.kind() == PathKind::Bytes);
        let context = format!("persist_noclobber: removing the old name {}", old.repr());
        module.emit(|| Event::Unraisable { context, error });
    }
}
