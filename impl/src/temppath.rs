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
//!   `renameat2(RENAME_NOREPLACE)` (Linux; `MoveFileExW` without `MOVEFILE_REPLACE_EXISTING`
//!   on Windows) or `link` then `unlink` to persist without ever replacing an existing file.
//! - Names are made absolute by the host's `os.path` rules (`posixpath`, `ntpath`), without
//!   normalising (see `absolute_on`).
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
use crate::ntpath;
use crate::os::{Errno, Os};
use crate::platform::Platform;
use crate::pypath;

/// A path removed when this guard is dropped: the `tempfile` crate's `TempPath`.
///
/// Dropping it unlinks the name through the module's OS seam (a name already gone is no
/// error; any other failure is reported as [`Event::Unraisable`], since drop cannot return
/// it). [`close`](TempPath::close) removes it now and returns the error;
/// [`persist`](TempPath::persist), [`persist_noclobber`](TempPath::persist_noclobber) and
/// [`keep`](TempPath::keep) disarm it.
///
/// # Security
///
/// What the guard does: it holds an absolute name (a later `chdir` cannot redirect it) and
/// removes that name at most once, through the module's seam; a persisted or kept name is
/// never removed. What it does not do: it holds no descriptor and checks no identity, so
/// whatever has the name when it is dropped is what gets unlinked; anyone who can write to the
/// directory (in a sticky `/tmp`: the owner and root) can open, replace or remove the file
/// meanwhile. It does not keep the content private beyond the file's own mode (0600 for the
/// files this crate makes), and nothing removes the name if the process dies first. Keep a
/// [`NamedTemporaryFile`](crate::NamedTemporaryFile) open instead when its content must stay
/// the file you wrote.
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// use std::io::Write;
/// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
/// // delete_on_close=False: on Windows the default file is opened O_TEMPORARY, which
/// // into_temp_path refuses (closing it would delete it).
/// let opts = FileOptions::new().delete_on_close(false);
/// let mut f = NamedTemporaryFile::with(&Params::new(), &opts)?;
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
    /// directory, read through the seam, by `posixpath`'s or `ntpath`'s rules; not normalised)
    /// so that a later `chdir` cannot redirect the removal.
    /// Uses the process-wide module state; see [`Tempfile::temp_path`] for another.
    /// An empty path is a `ValueError`.
    ///
    /// # Errors
    ///
    /// `ValueError("cannot construct a TempPath from an empty path")`; `getcwd`'s `OSError`
    /// for a relative path when the working directory is gone. The path need not exist.
    ///
    /// # Security
    ///
    /// The guard removes whatever the name holds when it is dropped; see [`TempPath`].
    ///
    /// # Examples
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
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let (fd, name) = pytempfile::mkstemp(&pytempfile::Params::new())?;
    /// drop(fd);
    /// let mut guard = pytempfile::TempPath::try_from_path(name.as_path())?;
    /// guard.disable_cleanup(true);
    /// assert!(!guard.is_armed());
    /// drop(guard);
    /// assert!(name.as_path().exists()); // left alone
    /// std::fs::remove_file(name.as_path()).unwrap();
    /// # Ok(()) }
    /// ```
    pub fn disable_cleanup(&mut self, disable: bool) {
        self.armed = !disable;
    }

    /// Remove the path now and report any error (a missing file included: `FileNotFoundError`).
    /// The guard is disarmed first, whatever the outcome.
    ///
    /// # Errors
    ///
    /// `unlink(2)`'s `OSError` subclass with the name as `filename`: `FileNotFoundError` when
    /// it is already gone (drop ignores that one), `PermissionError`, `IsADirectoryError` (a
    /// directory at the name: on Linux `unlink` says `EISDIR`), ...
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::ExcClass;
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let (fd, name) = pytempfile::mkstemp(&pytempfile::Params::new())?;
    /// drop(fd);
    /// let guard = pytempfile::TempPath::try_from_path(name.as_path())?;
    /// std::fs::remove_file(name.as_path()).unwrap(); // someone else removed it
    /// assert_eq!(guard.close().unwrap_err().class(), ExcClass::FileNotFoundError);
    /// # Ok(()) }
    /// ```
    pub fn close(mut self) -> Result<()> {
        self.armed = false;
        unlink(&self.module, &self.name, false)
    }

    /// Keep the file: disarm the guard and return its name.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let opts = FileOptions::new().delete_on_close(false); // see TempPath
    /// let guard = NamedTemporaryFile::with(&Params::new(), &opts)?.into_temp_path()?;
    /// let name = guard.keep();
    /// assert!(name.as_path().exists());
    /// std::fs::remove_file(name.as_path()).unwrap();
    /// # Ok(()) }
    /// ```
    pub fn keep(mut self) -> PyPath {
        self.armed = false;
        self.name.clone()
    }

    /// Move the file to `new_path` with `rename(2)` (Windows: `MoveFileExW` with
    /// `MOVEFILE_REPLACE_EXISTING`, `os.replace`), atomically replacing whatever was there
    /// (`EXDEV` across file systems: nothing is copied). On success the guard is disarmed and
    /// the new name (absolute, of the same `str`/`bytes` kind) returned; on failure the guard
    /// comes back, still armed, inside the error. (On Windows a file some process holds open
    /// without sharing deletion cannot be renamed: `PermissionError`.)
    ///
    /// # Errors
    ///
    /// In the [`PathPersistError`], with the guard still armed: `ValueError` for a NUL,
    /// `getcwd`'s error for a relative `new_path` when the working directory is gone, and
    /// `rename(2)`'s `OSError` subclass with both names (`filename`, `filename2`): `OSError`
    /// (`EXDEV`) across file systems, `IsADirectoryError`, `FileNotFoundError`, ...
    ///
    /// # Security
    ///
    /// Atomic, and whatever `new_path` named is replaced (a symlink itself, never its
    /// target); [`persist_noclobber`](TempPath::persist_noclobber) replaces nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let opts = FileOptions::new().delete_on_close(false); // see TempPath
    /// let f = NamedTemporaryFile::with(&Params::new(), &opts)?;
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
    /// replaces a file: `renameat2(RENAME_NOREPLACE)` on Linux, `MoveFileExW` without
    /// `MOVEFILE_REPLACE_EXISTING` on Windows (`os.rename`); where the kernel or the file
    /// system does not have it (`ENOSYS`, `EINVAL`), `link(2)` (`CreateHardLinkW`) to the new
    /// name then `unlink(2)` of the old one (atomic too: `link` fails if the name exists).
    ///
    /// # Errors
    ///
    /// [`persist`](TempPath::persist)'s, and `FileExistsError` when anything has the name
    /// `new_path`; the guard comes back armed in each.
    ///
    /// # Security
    ///
    /// Nothing is ever replaced, even a name created between a check and the call: the kernel
    /// refuses atomically. On the `link` fallback, a failing `unlink` of the old name leaves
    /// the file with both names (reported as an [`Event::Unraisable`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// std::fs::write(dir.path().join("taken"), b"mine").unwrap();
    /// let opts = FileOptions::new().delete_on_close(false); // see TempPath
    /// let guard = NamedTemporaryFile::with(&Params::new(), &opts)?.into_temp_path()?;
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
    ///
    /// # Errors
    ///
    /// [`TempPath::try_from_path`]'s.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pytempfile::os::Call;
    /// use pytempfile::{FaultyOs, Tempfile};
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let path = dir.path().join("made-elsewhere");
    /// std::fs::write(&path, b"x").unwrap();
    /// let os = Arc::new(FaultyOs::new());
    /// let t = Tempfile::builder().os(os.clone()).build();
    /// drop(t.temp_path(&path)?);
    /// assert!(!path.exists());
    /// assert_eq!(os.count(Call::Unlink), 1); // removed through this instance's seam
    /// # Ok(()) }
    /// ```
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

/// `p` made absolute by the host's rules (see [`absolute_on`]).
fn absolute(module: &Tempfile, p: &[u8]) -> Result<Vec<u8>> {
    absolute_on(Platform::HOST, module.os(), p)
}

/// `p` joined to the working directory (read through the seam) unless absolute, and not
/// normalised.
///
/// - POSIX: `posixpath.join(getcwd(), p)` unless `p` starts with `/`. `a/../b` stays as
///   written, so that the kernel resolves `..` after a symlink as it would have (a lexical
///   `normpath` could name another file).
/// - nt: an absolute path (`C:\...`, `\\server\share\...`, `\\?\...`: `ntpath.isabs`)
///   is kept as it is; anything else is `ntpath.join(getcwd(), p)`, which gives a rooted
///   `\dir` the working directory's drive or share, and `C:rel` the working directory when it
///   is on `C:`. A drive-relative path on another drive (`D:rel`) is relative to that drive's
///   own working directory, which only `GetFullPathNameW` knows: the seam's
///   [`getfullpathname`](crate::os::Os::getfullpathname) makes it absolute (normalised, as
///   Windows does with every path: `..` is resolved lexically by Win32 before any file system
///   sees it, so normalising there names the same file).
fn absolute_on(platform: Platform, os: &dyn Os, p: &[u8]) -> Result<Vec<u8>> {
    let os_error = |e: Errno| Error::from_errno(e, None);
    match platform {
        Platform::Posix => {
            if pypath::isabs(p) {
                return Ok(p.to_vec());
            }
            let cwd = os.getcwd().map_err(os_error)?;
            Ok(pypath::join(&cwd, p))
        }
        Platform::Nt => {
            if ntpath::isabs(p) {
                return Ok(p.to_vec());
            }
            let cwd = os.getcwd().map_err(os_error)?;
            let joined = ntpath::join(&cwd, p);
            if ntpath::isabs(&joined) {
                return Ok(joined);
            }
            // A NUL is left for the caller's path conversion to report (ValueError).
            let Ok(c) = CString::new(p) else {
                return Ok(p.to_vec());
            };
            os.getfullpathname(&c).map_err(os_error)
        }
    }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::os::{Call, FaultyOs};

    fn cwd_os(cwd: &[u8]) -> FaultyOs {
        let os = FaultyOs::new();
        os.set_cwd(Ok(cwd.to_vec()));
        os
    }

    #[test]
    fn posix_paths_are_joined_to_the_working_directory_unnormalised() {
        let os = cwd_os(b"/w");
        let abs = |p: &[u8]| absolute_on(Platform::Posix, &os, p).unwrap();
        assert_eq!(abs(b"/a/../b"), b"/a/../b");
        assert_eq!(abs(b"rel"), b"/w/rel");
        assert_eq!(abs(b"sub/../x"), b"/w/sub/../x");
        // A Windows absolute path is a relative name on POSIX.
        assert_eq!(abs(b"C:\\x"), b"/w/C:\\x");
        os.set_cwd(Err(Errno(libc::ENOENT)));
        let err = absolute_on(Platform::Posix, &os, b"rel").unwrap_err();
        assert_eq!(err.class(), crate::ExcClass::FileNotFoundError);
    }

    #[test]
    fn nt_paths_follow_ntpath() {
        let os = cwd_os(b"C:\\w");
        os.start_log();
        let abs = |p: &[u8]| absolute_on(Platform::Nt, &os, p).unwrap();
        // Absolute: kept as written, separators and `..` included.
        assert_eq!(abs(b"C:\\users\\x\\..\\y"), b"C:\\users\\x\\..\\y");
        assert_eq!(abs(b"c:/users/y"), b"c:/users/y");
        assert_eq!(abs(b"\\\\srv\\share\\f"), b"\\\\srv\\share\\f");
        assert_eq!(abs(b"\\\\?\\C:\\f"), b"\\\\?\\C:\\f");
        assert!(os.log().is_empty(), "an absolute path reads no directory");
        // Relative: joined with `\`, not normalised.
        assert_eq!(abs(b"rel"), b"C:\\w\\rel");
        assert_eq!(abs(b"sub/../x"), b"C:\\w\\sub/../x");
        // Rooted: the working directory's drive.
        assert_eq!(abs(b"\\top\\f"), b"C:\\top\\f");
        // The working directory's own drive, relative.
        assert_eq!(abs(b"c:rel"), b"c:\\w\\rel");
        // A share as the working directory: its root for a rooted path.
        os.set_cwd(Ok(b"\\\\srv\\share\\w".to_vec()));
        assert_eq!(abs(b"\\f"), b"\\\\srv\\share\\f");
        assert_eq!(abs(b"f"), b"\\\\srv\\share\\w\\f");
        // Another drive, relative: that drive's working directory, which only
        // GetFullPathNameW knows (Linux's seam has no such call: ENOSYS).
        os.set_cwd(Ok(b"C:\\w".to_vec()));
        os.start_log();
        let other = absolute_on(Platform::Nt, &os, b"D:rel");
        let asked: Vec<_> = os
            .log()
            .into_iter()
            .filter(|c| c.call == Call::Getcwd)
            .filter_map(|c| c.path)
            .collect();
        assert_eq!(asked, [b"D:rel".to_vec()], "GetFullPathNameW of the path");
        #[cfg(unix)]
        assert_eq!(other.unwrap_err().errno(), Some(libc::ENOSYS));
        #[cfg(windows)]
        assert!(other.unwrap().starts_with(b"D:\\"));
        // A NUL is left to the caller (its ValueError names the function).
        assert_eq!(abs(b"D:a\0b"), b"D:a\0b");
    }
}
