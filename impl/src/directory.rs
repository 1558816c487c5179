//! `TemporaryDirectory` and its cleanup (CPython's `TemporaryDirectory`, `_rmtree`,
//! `_resetperms`, and the `shutil.rmtree` it relies on).
//!
//! Object behaviour kept:
//! - Creation is `mkdtemp(suffix, prefix, dir)`; its errors propagate unchanged.
//! - `cleanup()` runs the tree removal the first time, and later only if the path still exists
//!   (following symlinks), even with `delete=False`. If removal fails the directory stays, and
//!   a later `cleanup()` retries; the implicit cleanup is not re-armed.
//! - `exit()` (`__exit__`) cleans up only if `delete` (3.12+; always before 3.12).
//! - Dropping an object that was never cleaned up is the finalizer: with `delete`, it removes
//!   the tree and then reports `ResourceWarning("Implicitly cleaning up <TemporaryDirectory
//!   '...'>")` (text frozen at creation) as an [`Event`]; a removal error is reported as
//!   [`Event::Unraisable`] instead, and no warning follows, as in CPython.
//! - `keep()` is the Rust escape hatch: disarm everything and hand the path over.
//!
//! Cleanup algorithm ([`Tempfile::rmtree`]; on Windows the walk by path of
//! `directory_nt.rs`, [`Tempfile::rmtree_by_path`]): the outcome of CPython's `shutil.rmtree`
//! with `TemporaryDirectory`'s error handler, done with directory file descriptors so that
//! nothing outside the tree can be touched:
//! - An empty directory costs one `rmdir`.
//! - Otherwise the top is opened with `O_DIRECTORY|O_NOFOLLOW`, and each level is listed with
//!   `getdents64`; non-directories are removed with `unlinkat(dirfd, name)`, subdirectories are
//!   opened with `openat(dirfd, name, O_DIRECTORY|O_NOFOLLOW)` and removed with
//!   `unlinkat(AT_REMOVEDIR)` once empty. A symlink is never followed: it is unlinked as an
//!   entry, and a directory swapped for a symlink during cleanup fails `O_NOFOLLOW`.
//! - Convergence under attack: an entry is classified again whenever an operation reports that
//!   it changed kind since it was listed, and the operation its new kind needs is retried:
//!   `EISDIR` on unlink (walk it as a directory), `ENOTDIR`/`ELOOP` on open (unlink it as the
//!   non-directory it now is, never following it), `ENOTDIR` on rmdir (unlink what took the
//!   name), `ENOTEMPTY`/`EEXIST` on rmdir (entries moved in, or another directory took the
//!   name: walk it again; for the top, walk the tree again). An attacker who can only rename
//!   entries inside the tree therefore cannot make cleanup fail. Retries share one budget per
//!   cleanup (`RETRY_BUDGET`), so cleanup always ends; once it is spent, the error at hand
//!   is reported. A directory left non-empty because `ignore_cleanup_errors` skipped an error
//!   below it is not walked again. (CPython reports these races as errors, e.g. "Cannot call
//!   rmtree on a symbolic link" or `IsADirectoryError`: a divergence in docs/divergences.md.)
//! - A permission error on an entry (or on listing a directory) resets the modes of its
//!   directory and of the entry to 0700 (`fchmod` on the directory's descriptor, `fchmodat`
//!   with `AT_SYMLINK_NOFOLLOW` on the entry: race-free, a symlink is never chmod-ed) and
//!   retries once; a second failure is raised.
//! - Where there are file flags (macOS, the BSDs: the seam's [`crate::os::Os::file_flags`]), each reset
//!   clears the flags first, as CPython's `_resetperms` calls `chflags(path, 0)` before
//!   `chmod` (an immutable entry refuses `chmod` too): `fchflags` on the directory's
//!   descriptor, `chflagsat_nofollow` on the entry (its own flags, a symlink's own; without
//!   `lchflags` a symlink is skipped, as `_dont_follow_symlinks` does). A seam without those
//!   two gets CPython's calls by path. From 3.13.18 an `EISDIR` from unlinking an entry that
//!   is no directory (DragonFly's `UF_NOUNLINK`) is reset and retried like a permission error;
//!   before, it is raised. An entry still refused with a permission error after the reset that
//!   is a directory now (macOS and FreeBSD refuse to unlink a directory with `EPERM`) is walked,
//!   as CPython's handler removes it with `rmtree`. (`crate::platform`, docs/bsd.md.)
//! - Vanished entries are ignored. Other errors are raised, or skipped with
//!   `ignore_cleanup_errors`, with the exception and `filename` CPython's version produces.
//!
//! Divergences (documented in docs/divergences.md and docs/bsd.md): the convergence above, in
//! every version mode. CPython resets permissions (and clears flags) by path, following a
//! symlink swapped in after its `islink` check (3.12+) or always (3.10.13/3.11.7: `chmod` and
//! `chflags` follow, gh-91133); here no version ever follows one. Where CPython 3.13.0 recurses until `RecursionError` (an entry
//! whose unlink or chmod still fails after the permission reset, e.g. an immutable file), this
//! raises that `PermissionError`, like 3.12. Where CPython lets a chmod error escape despite
//! `ignore_cleanup_errors=True`, this ignores it. Where CPython 3.10/3.11 close a directory
//! descriptor a second time after a failed `close` and raise `EBADF`, this reports the `close`
//! error as 3.12 does.

use std::borrow::Cow;
#[cfg(unix)]
use std::cell::Cell;
#[cfg(unix)]
use std::ffi::CString;
use std::fmt;
use std::path::Path;

#[cfg(unix)]
use crate::args::PathKind;
use crate::args::PyPath;
use crate::error::{Error, Result};
#[cfg(unix)]
use crate::error::{ExcClass, Filename};
use crate::module::{Event, Params, Tempfile};
#[cfg(unix)]
use crate::os::{self, Errno, FileType, Os, RawFd, flags};
#[cfg(unix)]
use crate::platform::{self, FlagsReset};
use crate::pypath;
use crate::version::Behaviour;
#[cfg(unix)]
use crate::version::PyVersion;

/// Options of `TemporaryDirectory` beyond `suffix`, `prefix` and `dir`.
///
/// # Examples
///
/// ```
/// use pytempfile::{DirOptions, ExcClass, Params, PyVersion, Tempfile};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// // TemporaryDirectory(ignore_cleanup_errors=True, delete=False)
/// let opts = DirOptions::new().ignore_cleanup_errors(true).delete(false);
/// let d = Tempfile::global().temporary_directory(&Params::new(), opts.clone())?;
/// assert!(!d.is_armed());
/// let path = d.keep();
/// std::fs::remove_dir(path.as_path()).unwrap();
///
/// // delete= is 3.12's: CPython 3.11 does not know the keyword.
/// let t = Tempfile::builder().version(PyVersion::V3_11).build();
/// let err = t.temporary_directory(&Params::new(), opts).unwrap_err();
/// assert_eq!(err.class(), ExcClass::TypeError);
/// assert_eq!(err.to_string(), "TemporaryDirectory.__init__() got an unexpected keyword argument 'delete'");
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct DirOptions {
    /// `ignore_cleanup_errors=` (default `false`).
    pub ignore_cleanup_errors: bool,
    /// `delete=` (3.12+; `None` means not passed, i.e. `True`). Passing it in 3.10/3.11 mode is
    /// the `TypeError` CPython raises for an unknown keyword.
    pub delete: Option<bool>,
    /// The class name shown by `repr()` and the warning (a Python subclass shows its own).
    pub class_name: Cow<'static, str>,
}

impl Default for DirOptions {
    fn default() -> Self {
        DirOptions {
            ignore_cleanup_errors: false,
            delete: None,
            class_name: Cow::Borrowed("TemporaryDirectory"),
        }
    }
}

impl DirOptions {
    /// Defaults: errors raised, delete on exit.
    pub fn new() -> DirOptions {
        DirOptions::default()
    }

    /// `ignore_cleanup_errors=`.
    #[must_use]
    pub fn ignore_cleanup_errors(mut self, ignore: bool) -> DirOptions {
        self.ignore_cleanup_errors = ignore;
        self
    }

    /// `delete=` (3.12+).
    #[must_use]
    pub fn delete(mut self, delete: bool) -> DirOptions {
        self.delete = Some(delete);
        self
    }
}

/// A temporary directory removed, with everything in it, by [`TemporaryDirectory::cleanup`],
/// [`TemporaryDirectory::exit`] or on drop. CPython's `tempfile.TemporaryDirectory`.
///
/// # Security
///
/// - Created by [`mkdtemp`](crate::mkdtemp): mode 0700, exclusively, under an unpredictable
///   name. What the caller puts inside gets the modes the caller gives it.
/// - Cleanup never leaves the tree: it works through directory descriptors (`openat` with
///   `O_NOFOLLOW`, `unlinkat`), so a symlink inside is removed as an entry, never followed,
///   and a directory swapped for a symlink while cleanup runs is refused, not entered. Modes
///   are reset (0700, to remove what the caller made read-only) with `fchmod` on a descriptor
///   and `fchmodat(AT_SYMLINK_NOFOLLOW)`: never through a symlink. On macOS and the BSDs file
///   flags (an immutable `uchg` entry) are cleared first, the same way (`fchflags`,
///   `chflagsat`/`setattrlistat` without following). CPython resets modes and flags by path
///   and follows a symlink swapped in (always in 3.10/3.11, gh-91133); no release mode here
///   ever does.
/// - Entries renamed inside the tree during cleanup cannot make it fail or loop forever: each
///   is classified again, within a retry budget.
/// - Drop cleans up (with `delete`), but a process that is killed leaves the tree behind.
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::TemporaryDirectory::new()?;
/// std::fs::write(dir.path().join("data.txt"), b"hello").unwrap();
/// let path = dir.path().to_path_buf();
/// dir.exit()?; // like leaving `with TemporaryDirectory() as d:`
/// assert!(!path.exists());
/// # Ok(()) }
/// ```
pub struct TemporaryDirectory {
    name: PyPath,
    module: Tempfile,
    ignore_cleanup_errors: bool,
    delete: bool,
    /// Whether the finalizer (`weakref.finalize`) is still attached.
    armed: bool,
    /// With `name`, what the finalizer's warning shows (both are fixed at creation, so the
    /// text CPython formats then is formatted here only when the warning is delivered).
    class_name: Cow<'static, str>,
}

impl fmt::Debug for TemporaryDirectory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repr())
    }
}

impl TemporaryDirectory {
    /// A new directory in the default location, using the process-wide module state.
    ///
    /// # Errors
    ///
    /// [`crate::mkdtemp`]'s.
    ///
    /// # Security
    ///
    /// Mode 0700, exclusive creation, unpredictable name; see [`TemporaryDirectory`].
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// assert!(dir.path().is_dir());
    /// assert!(dir.is_armed());
    /// let path = dir.path().to_path_buf();
    /// drop(dir); // the finalizer cleans up (and reports CPython's ResourceWarning as an Event)
    /// assert!(!path.exists());
    /// # Ok(()) }
    /// ```
    pub fn new() -> Result<TemporaryDirectory> {
        Tempfile::global().temporary_directory(&Params::new(), DirOptions::new())
    }

    /// A new directory with `params` and `options`, using the process-wide module state.
    ///
    /// # Errors
    ///
    /// [`Tempfile::temporary_directory`]'s.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{DirOptions, Params, TemporaryDirectory};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let parent = TemporaryDirectory::new()?;
    /// let d = TemporaryDirectory::with(&Params::new().prefix("work-").dir(parent.path()), DirOptions::new())?;
    /// assert!(d.path().starts_with(parent.path()));
    /// assert!(d.path().file_name().unwrap().to_str().unwrap().starts_with("work-"));
    /// assert_eq!(d.repr(), format!("<TemporaryDirectory {}>", d.name().repr()));
    /// # Ok(()) }
    /// ```
    pub fn with(params: &Params, options: DirOptions) -> Result<TemporaryDirectory> {
        Tempfile::global().temporary_directory(params, options)
    }

    /// `.name`: the absolute path, `str` or `bytes` as inferred.
    pub fn name(&self) -> &PyPath {
        &self.name
    }

    /// The path (what [`name`](Self::name) holds, as a `Path`).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let d = pytempfile::TemporaryDirectory::new()?;
    /// std::fs::write(d.path().join("out.txt"), b"x").unwrap();
    /// assert!(d.path().is_absolute() && d.path().join("out.txt").is_file());
    /// assert_eq!(d.path(), d.name().as_path());
    /// # Ok(()) }
    /// ```
    pub fn path(&self) -> &Path {
        self.name.as_path()
    }

    /// `repr()`: `<TemporaryDirectory '/tmp/tmpab12cd34'>`.
    pub fn repr(&self) -> String {
        format!("<{} {}>", self.class_name, self.name.repr())
    }

    /// Whether drop would still clean up (the finalizer is attached and `delete` is set).
    pub fn is_armed(&self) -> bool {
        self.armed && self.delete
    }

    /// `cleanup()`: remove the tree now. The first call always tries; later calls only if the
    /// path still exists. It works whatever `delete` says, and disarms the drop.
    ///
    /// # Errors
    ///
    /// Unless created with `ignore_cleanup_errors`, the first error that a permission reset
    /// and a retry did not cure, with CPython's class and `filename`: `PermissionError` (an
    /// entry that cannot be removed, e.g. in a directory owned by someone else),
    /// `NotADirectoryError` when the name is a file now, `OSError("Cannot call rmtree on a
    /// symbolic link")` when it is a symlink to a directory, `OSError` (`EBUSY`: a mount
    /// point, ...). The directory stays, and a later `cleanup()` tries again. A tree already
    /// gone is no error.
    ///
    /// # Security
    ///
    /// Never follows a symlink and never leaves the tree; see [`TemporaryDirectory`].
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let outside = pytempfile::TemporaryDirectory::new()?;
    /// std::fs::write(outside.path().join("precious"), b"keep me").unwrap();
    ///
    /// let mut d = pytempfile::TemporaryDirectory::new()?;
    /// std::fs::create_dir(d.path().join("sub")).unwrap();
    /// std::fs::write(d.path().join("sub/file"), b"x").unwrap();
    /// # #[cfg(unix)]
    /// # {
    /// // A symlink out of the tree: removed as an entry, never followed.
    /// std::os::unix::fs::symlink(outside.path(), d.path().join("link")).unwrap();
    /// // Read-only entries: the modes are reset, as CPython's _rmtree does.
    /// use std::os::unix::fs::PermissionsExt;
    /// std::fs::set_permissions(d.path().join("sub"), std::fs::Permissions::from_mode(0o500)).unwrap();
    /// # }
    /// d.cleanup()?;
    /// assert!(!d.path().exists());
    /// assert_eq!(std::fs::read(outside.path().join("precious")).unwrap(), b"keep me");
    /// d.cleanup()?; // already gone: nothing to do
    /// # Ok(()) }
    /// ```
    pub fn cleanup(&mut self) -> Result<()> {
        let was_armed = std::mem::replace(&mut self.armed, false);
        if was_armed || pypath::exists(self.module.os(), self.name.as_bytes()) {
            self.module.rmtree(&self.name, self.ignore_cleanup_errors)?;
        }
        Ok(())
    }

    /// `__exit__`: clean up if `delete` (always before 3.12), and consume the object.
    ///
    /// # Errors
    ///
    /// [`cleanup`](Self::cleanup)'s. The object is consumed either way; after an error the
    /// directory stays (the drop does not try again).
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{DirOptions, Params, TemporaryDirectory};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// // with TemporaryDirectory(delete=False) as d: ...   (3.12+)
    /// let d = TemporaryDirectory::with(&Params::new(), DirOptions::new().delete(false))?;
    /// let path = d.path().to_path_buf();
    /// d.exit()?;
    /// assert!(path.exists()); // kept: the caller's now
    /// std::fs::remove_dir(&path).unwrap();
    /// # Ok(()) }
    /// ```
    pub fn exit(mut self) -> Result<()> {
        if self.delete || !self.module.version().has(Behaviour::DirectoryDelete) {
            self.cleanup()
        } else {
            Ok(())
        }
    }

    /// Disarm every cleanup and return the path; the directory is now the caller's.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let d = pytempfile::TemporaryDirectory::new()?;
    /// std::fs::write(d.path().join("artifact"), b"built").unwrap();
    /// let path = d.keep();
    /// assert!(path.as_path().join("artifact").exists());
    /// std::fs::remove_dir_all(path.as_path()).unwrap();
    /// # Ok(()) }
    /// ```
    pub fn keep(mut self) -> PyPath {
        self.armed = false;
        self.delete = false;
        self.name.clone()
    }
}

impl AsRef<Path> for TemporaryDirectory {
    /// The directory's path (as the `tempfile` crate's `TempDir`).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let listed = std::fs::read_dir(&dir).unwrap().count(); // any AsRef<Path> API
    /// assert_eq!(listed, 0);
    /// # Ok(()) }
    /// ```
    fn as_ref(&self) -> &Path {
        self.path()
    }
}

impl Drop for TemporaryDirectory {
    fn drop(&mut self) {
        if !std::mem::replace(&mut self.armed, false) || !self.delete {
            return;
        }
        match self.module.rmtree(&self.name, self.ignore_cleanup_errors) {
            Ok(()) => self.module.emit(|| Event::ResourceWarning {
                message: format!("Implicitly cleaning up {}", self.repr()),
            }),
            Err(error) => self.module.emit(|| Event::Unraisable {
                context: format!("finalizer of {}", self.repr()),
                error,
            }),
        }
    }
}

impl Tempfile {
    /// `TemporaryDirectory(suffix, prefix, dir, ignore_cleanup_errors, *, delete)`.
    ///
    /// # Errors
    ///
    /// `TypeError("TemporaryDirectory.__init__() got an unexpected keyword argument
    /// 'delete'")` when `delete` is given to 3.10/3.11 (the class name is
    /// [`DirOptions::class_name`]); then [`crate::mkdtemp`]'s errors, unchanged.
    ///
    /// # Security
    ///
    /// See [`TemporaryDirectory`].
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::{Arc, Mutex};
    /// use pytempfile::{DirOptions, Event, Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let events = Arc::new(Mutex::new(Vec::new()));
    /// let sink = events.clone();
    /// let t = Tempfile::builder()
    ///     .events(Arc::new(move |e: &Event| sink.lock().unwrap().push(e.clone())))
    ///     .build();
    /// let d = t.temporary_directory(&Params::new(), DirOptions::new())?;
    /// let repr = d.repr();
    /// drop(d); // never cleaned up explicitly: the finalizer warns, as CPython's does
    /// assert!(events.lock().unwrap().contains(&Event::ResourceWarning {
    ///     message: format!("Implicitly cleaning up {repr}"),
    /// }));
    /// # Ok(()) }
    /// ```
    pub fn temporary_directory(
        &self,
        params: &Params,
        options: DirOptions,
    ) -> Result<TemporaryDirectory> {
        if options.delete.is_some() && !self.version().has(Behaviour::DirectoryDelete) {
            return Err(Error::type_error(format!(
                "{}.__init__() got an unexpected keyword argument 'delete'",
                options.class_name
            )));
        }
        let name = self.mkdtemp(params)?;
        Ok(TemporaryDirectory {
            name,
            module: self.clone(),
            ignore_cleanup_errors: options.ignore_cleanup_errors,
            delete: options.delete.unwrap_or(true),
            armed: true,
            class_name: options.class_name,
        })
    }

    /// `TemporaryDirectory._rmtree(name, ignore_errors)`: remove the tree at `name` (see the
    /// module docs). Missing `name` is not an error.
    ///
    /// On Windows this is the walk by path of [`Tempfile::rmtree_by_path`] (CPython's
    /// `shutil.rmtree` has no descriptor-relative calls there).
    ///
    /// # Errors
    ///
    /// As [`TemporaryDirectory::cleanup`]; with `ignore_errors`, none but a foreign seam
    /// failure and `ValueError` for a NUL in `name`.
    ///
    /// # Security
    ///
    /// Through directory descriptors, never following a symlink; see [`TemporaryDirectory`].
    /// `name` itself is opened `O_NOFOLLOW`: a symlink there is refused, never walked.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let t = Tempfile::builder().build();
    /// let dir = t.mkdtemp(&Params::new())?;
    /// std::fs::create_dir_all(dir.as_path().join("a/b/c")).unwrap();
    /// std::fs::write(dir.as_path().join("a/b/c/f"), b"x").unwrap();
    /// t.rmtree(&dir, false)?;
    /// assert!(!dir.as_path().exists());
    /// t.rmtree(&dir, false)?; // a missing tree is no error
    /// # Ok(()) }
    /// ```
    pub fn rmtree(&self, name: &PyPath, ignore_errors: bool) -> Result<()> {
        #[cfg(not(unix))]
        return self.rmtree_by_path(name, ignore_errors);
        #[cfg(unix)]
        self.rmtree_fd(name, ignore_errors)
    }

    /// The descriptor-relative walk (see the module docs).
    #[cfg(unix)]
    fn rmtree_fd(&self, name: &PyPath, ignore_errors: bool) -> Result<()> {
        // shutil.rmtree works on str paths (bytes are fsdecoded), and reports them as str.
        let top = name.as_bytes();
        self.audit("shutil.rmtree", PathKind::Str, top);
        let file_flags = self.os().file_flags();
        let walker = Walker {
            os: self.os(),
            version: self.version(),
            ignore: ignore_errors,
            flags: platform::flags_reset(file_flags),
            eisdir_refusal: platform::unlink_eisdir_is_refusal(file_flags, self.version()),
            follow_symlinks: self.planted(crate::planted::PlantedFault::CleanupFollowsSymlinks),
            by_path: self.planted(crate::planted::PlantedFault::CleanupByPath),
            budget: Cell::new(RETRY_BUDGET),
            ignored: Cell::new(0),
        };
        walker.run(top)
    }
}

#[cfg(unix)]
/// One open directory in the walk.
struct Frame {
    fd: RawFd,
    /// Full path, for error messages.
    path: Vec<u8>,
    /// Name in the parent frame (`None` for the top).
    name: Option<CString>,
    /// Subdirectories still to visit, in the order they will be visited (last first).
    pending: Vec<CString>,
    /// How many errors `ignore_cleanup_errors` had skipped when this directory was opened: a
    /// directory that stays non-empty because an error below it was skipped is not walked
    /// again.
    ignored_before: u32,
}

#[cfg(unix)]
/// What removing a non-directory found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Removed {
    /// Removed, already gone, or its error ignored.
    Done,
    /// The name is a directory now (it was exchanged or renamed since it was classified):
    /// walk it as one.
    IsDir,
}

/// How many times one cleanup may classify an entry again and retry (an entry that changed
/// kind, a directory that was refilled or replaced). Each retry is one or two system calls, or
/// a walk of a refilled directory; an attacker who can only rename entries inside the tree
/// loses each race with a high probability, so the bound is never reached in practice, and
/// it makes cleanup terminate whatever the attacker does.
#[cfg(unix)]
const RETRY_BUDGET: u32 = 4096;

#[cfg(unix)]
struct Walker<'a> {
    os: &'a dyn Os,
    version: PyVersion,
    ignore: bool,
    /// How file flags are cleared before a mode is reset ([`platform::flags_reset`]):
    /// `None` where the seam has no `chflags` (Linux).
    flags: FlagsReset,
    /// Whether `EISDIR` from unlinking a non-directory is a refusal to reset and retry
    /// ([`platform::unlink_eisdir_is_refusal`]).
    eisdir_refusal: bool,
    /// Only ever true for a planted fault ([`crate::planted::PlantedFault`]).
    follow_symlinks: bool,
    /// Only ever true for a planted fault: open subdirectories by full path.
    by_path: bool,
    /// Retries left ([`RETRY_BUDGET`]).
    budget: Cell<u32>,
    /// Errors skipped so far by `ignore_cleanup_errors`.
    ignored: Cell<u32>,
}

#[cfg(unix)]
/// Open flags for a directory in the walk: never follow, never block on a swapped-in fifo.
const DIR_FLAGS: i32 = flags::O_RDONLY | flags::O_DIRECTORY | flags::O_NOFOLLOW | flags::O_NONBLOCK;

#[cfg(unix)]
/// `rmdir` errors that say the name is a directory with entries: entries were moved into it,
/// or another directory was moved to its name.
fn is_refilled(e: Errno) -> bool {
    matches!(e, Errno(libc::ENOTEMPTY | libc::EEXIST))
}

#[cfg(unix)]
impl Walker<'_> {
    fn dir_flags(&self) -> i32 {
        if self.follow_symlinks {
            DIR_FLAGS & !flags::O_NOFOLLOW
        } else {
            DIR_FLAGS
        }
    }

    /// Spend one retry; `false` once the budget is exhausted (the error is then reported).
    fn retry(&self) -> bool {
        let left = self.budget.get();
        if left == 0 {
            return false;
        }
        self.budget.set(left - 1);
        true
    }

    fn run(&self, top: &[u8]) -> Result<()> {
        // shutil: os.lstat raises ValueError on a NUL byte; not an OSError, so it propagates.
        // Fast path: an empty directory is one rmdir (its C string on the stack).
        let removed = pypath::with_cstr(top, "lstat", PathKind::Str, self.version, |ctop| {
            match os::retry_eintr(|| self.os.rmdir(ctop)) {
                Ok(()) | Err(Errno(libc::ENOENT)) => Ok(true),
                Err(e) if e.is_foreign() => Err(Error::from_errno(e, None)),
                Err(_) => Ok(false),
            }
        })?;
        if removed {
            return Ok(());
        }
        let ctop = pypath::cstring_for(top, "lstat", PathKind::Str, self.version)?;
        // One pass per walk of the tree: a pass ends with the top's rmdir, which finds the tree
        // refilled only if entries moved back into a directory already walked.
        loop {
            let topfd = match self.open_top(top, &ctop)? {
                Some(fd) => fd,
                None => return Ok(()),
            };
            let ignored_before = self.ignored.get();
            let mut stack = vec![Frame {
                fd: topfd,
                path: top.to_vec(),
                name: None,
                pending: Vec::new(),
                ignored_before,
            }];
            let result = self.walk(&mut stack);
            // Close whatever an error left open (innermost first).
            while let Some(frame) = stack.pop() {
                let _ = self.os.close(frame.fd);
            }
            result?;
            // Not retried on EINTR: CPython's os.rmdir is not a PEP 475 call, so an
            // interrupted rmdir is an InterruptedError like any other error.
            let again =
                |e: Errno| is_refilled(e) && self.ignored.get() == ignored_before && self.retry();
            match self.os.rmdir(&ctop) {
                Ok(()) | Err(Errno(libc::ENOENT)) => return Ok(()),
                Err(e) if again(e) => {}
                Err(e) if is_perm(e) => {
                    // CPython resets the top's own mode (never its parent's) and tries again.
                    self.reset_entry(libc::AT_FDCWD, top, &ctop)?;
                    match self.os.rmdir(&ctop) {
                        Ok(()) | Err(Errno(libc::ENOENT)) => return Ok(()),
                        Err(e) if again(e) => {}
                        Err(e) => return self.fail(self.top_error(e, top)),
                    }
                }
                Err(e) => return self.fail(self.top_error(e, top)),
            }
        }
    }

    /// Open the top directory. `Ok(None)`: nothing to do (gone, or error ignored).
    fn open_top(&self, top: &[u8], ctop: &CString) -> Result<Option<RawFd>> {
        let mut reset = false;
        loop {
            match os::retry_eintr(|| self.os.open(ctop, DIR_FLAGS, 0)) {
                Ok(fd) => return Ok(Some(fd)),
                Err(Errno(libc::ENOENT)) => return Ok(None),
                Err(Errno(e @ (libc::ELOOP | libc::ENOTDIR))) => {
                    // Linux checks O_DIRECTORY before O_NOFOLLOW: a symlink (even to a
                    // directory) fails with ENOTDIR, like a regular file. Only a symlink gets
                    // shutil's refusal; a file is CPython's NotADirectoryError.
                    let is_link = e == libc::ELOOP
                        || self
                            .os
                            .lstat(ctop)
                            .is_ok_and(|st| st.file_type() == FileType::Symlink);
                    if !is_link {
                        return self.fail(self.top_error(Errno(e), top)).map(|()| None);
                    }
                    // A symlink. CPython's open follows it: a dangling one is FileNotFound
                    // (ignored); otherwise the lstat/fstat mismatch is its refusal.
                    if self.os.stat(ctop).is_err_and(|e| e.0 == libc::ENOENT) {
                        return Ok(None);
                    }
                    let err = Error::os_message("Cannot call rmtree on a symbolic link");
                    let err = if self.version.has(Behaviour::RmtreeStack) {
                        err.with_filename(Some(Filename::Str(top.to_vec())))
                    } else {
                        err
                    };
                    return self.fail(err).map(|()| None);
                }
                Err(e) if is_perm(e) && !reset => {
                    reset = true;
                    if !self.reset_entry(libc::AT_FDCWD, top, ctop)? {
                        return Ok(None);
                    }
                }
                Err(e) => return self.fail(self.top_error(e, top)).map(|()| None),
            }
        }
    }

    fn walk(&self, stack: &mut Vec<Frame>) -> Result<()> {
        // Frames are listed when pushed; here we descend or finish.
        self.list(stack)?;
        while let Some(frame) = stack.last_mut() {
            if let Some(sub) = frame.pending.pop() {
                let parent_fd = frame.fd;
                let mut path = frame.path.clone();
                pypath::join_into(&mut path, sub.to_bytes());
                if let Some(fd) = self.open_sub(parent_fd, &sub, &path, &frame.path)? {
                    stack.push(Frame {
                        fd,
                        path,
                        name: Some(sub),
                        pending: Vec::new(),
                        ignored_before: self.ignored.get(),
                    });
                    self.list(stack)?;
                }
                continue;
            }
            // Done with this directory: close it and remove it from its parent.
            let Some(frame) = stack.pop() else { break };
            self.close_dir(&frame)?;
            let (Some(name), Some(parent)) = (frame.name, stack.last_mut()) else {
                // The top: the caller removes it.
                break;
            };
            if self.remove_dir(parent.fd, &name, &parent.path, frame.ignored_before)? {
                // Refilled, or another directory now has its name: walk that name again.
                parent.pending.push(name);
            }
        }
        Ok(())
    }

    /// Close a finished directory's descriptor (released even if `close` fails).
    ///
    /// CPython 3.12+ passes a failed `os.close` to the error handler: a permission error resets
    /// modes and removes the directory anyway (here: carry on), any other error is raised
    /// unless ignored, with the directory's path as `filename` in 3.13 (shutil sets it) and no
    /// filename in 3.12. (3.10/3.11 close the descriptor a second time and raise `EBADF`; this
    /// reports the original error as 3.12 does.)
    fn close_dir(&self, frame: &Frame) -> Result<()> {
        match self.os.close(frame.fd) {
            Ok(()) => Ok(()),
            Err(e) if is_perm(e) => Ok(()),
            Err(e) => {
                let err = if self.version.has(Behaviour::RmtreeStack) {
                    pypath::os_error(e, &frame.path, false)
                } else {
                    Error::from_errno(e, None)
                };
                self.fail(err)
            }
        }
    }

    /// List the innermost frame: unlink its non-directories, queue its subdirectories.
    fn list(&self, stack: &mut [Frame]) -> Result<()> {
        let Some((frame, parents)) = stack.split_last_mut() else {
            return Ok(());
        };
        let mut reset = false;
        let entries = loop {
            match self.os.read_dir(frame.fd) {
                Ok(e) => break e,
                Err(e) if is_perm(e) && !reset => {
                    // CPython's handler resets the modes of the directory's parent (below the
                    // top) and of the directory, then removes it with a fresh rmtree: here, list
                    // it once more; a second failure is raised.
                    reset = true;
                    let mut targets: Vec<&Frame> = parents.last().into_iter().collect();
                    targets.push(&*frame);
                    for dir in targets {
                        let reset = self
                            .clear_fd_flags(dir.fd, &dir.path)
                            .and_then(|()| self.os.fchmod(dir.fd, 0o700));
                        match reset {
                            Ok(()) => {}
                            Err(Errno(libc::ENOENT)) => return Ok(()),
                            Err(e) => return self.fail(pypath::os_error(e, &dir.path, false)),
                        }
                    }
                }
                Err(e) => {
                    let err = pypath::os_error(e, &frame.path, false);
                    return self.fail(err);
                }
            }
        };
        let mut dirs = Vec::new();
        for entry in entries {
            let Ok(name) = CString::new(entry.name) else {
                continue;
            };
            let file_type = match entry.file_type {
                FileType::Unknown => match self.os.fstatat(frame.fd, &name, false) {
                    Ok(st) => st.file_type(),
                    Err(Errno(libc::ENOENT)) => continue,
                    Err(_) => FileType::Unknown,
                },
                FileType::Symlink if self.follow_symlinks => {
                    match self.os.fstatat(frame.fd, &name, true) {
                        Ok(st) => st.file_type(),
                        Err(_) => FileType::Symlink,
                    }
                }
                t => t,
            };
            if file_type == FileType::Directory
                || self.remove_file(frame.fd, &name, &frame.path)? == Removed::IsDir
            {
                dirs.push(name);
            }
        }
        // Visited last-listed first, as CPython's stack pops them.
        frame.pending = dirs;
        Ok(())
    }

    /// Remove a non-directory entry. A name that turns out to be a directory (`EISDIR`: it was
    /// exchanged or renamed since it was classified) is handed back to be walked.
    fn remove_file(&self, dirfd: RawFd, name: &CString, dir_path: &[u8]) -> Result<Removed> {
        let mut reset = false;
        loop {
            let unlinked = self.os.unlinkat(dirfd, name, false);
            // Where there are file flags, EISDIR may be a refusal (DragonFly's UF_NOUNLINK) of
            // an entry that is no directory.
            let refused = matches!(unlinked, Err(Errno(libc::EISDIR)))
                && self.flags != FlagsReset::None
                && self.is_dir(dirfd, name) == Some(false);
            match unlinked {
                Ok(()) | Err(Errno(libc::ENOENT)) => return Ok(Removed::Done),
                // 3.13.18+: reset (flags first) and retry, as for a PermissionError; before,
                // CPython raises it (below).
                Err(_) if refused && self.eisdir_refusal && !reset => {
                    reset = true;
                    if !self.reset_both(dirfd, dir_path, name)? {
                        return Ok(Removed::Done);
                    }
                }
                Err(Errno(libc::EISDIR)) if !refused && self.retry() => {
                    return Ok(Removed::IsDir);
                }
                Err(e) if is_perm(e) && !reset => {
                    reset = true;
                    if !self.reset_both(dirfd, dir_path, name)? {
                        return Ok(Removed::Done);
                    }
                }
                // macOS and FreeBSD refuse to unlink a directory with EPERM (not EISDIR): one
                // that took the name since it was listed is walked (CPython's handler, too,
                // removes with rmtree what `unlink` refused and `isdir` confirms).
                Err(e)
                    if reset
                        && is_perm(e)
                        && self.flags != FlagsReset::None
                        && self.is_dir(dirfd, name) == Some(true) =>
                {
                    if self.retry() {
                        return Ok(Removed::IsDir);
                    }
                    let err = self.entry_error(e, dir_path, name, true);
                    return self.fail(err).map(|()| Removed::Done);
                }
                Err(e) if reset => {
                    let full = pypath::join(dir_path, name.to_bytes());
                    let err = if self.version.has(Behaviour::CleanupNoFollow) {
                        pypath::os_error(e, &full, false)
                    } else {
                        // 3.10/3.11 recurse into the file and fail listing it.
                        pypath::os_error(Errno(libc::ENOTDIR), &full, false)
                    };
                    return self.fail(err).map(|()| Removed::Done);
                }
                Err(e) => {
                    let err = self.entry_error(e, dir_path, name, true);
                    return self.fail(err).map(|()| Removed::Done);
                }
            }
        }
    }

    /// Open a subdirectory. `Ok(None)`: skip it (vanished, removed as the non-directory it
    /// turned into, or error ignored).
    fn open_sub(
        &self,
        dirfd: RawFd,
        name: &CString,
        full: &[u8],
        dir_path: &[u8],
    ) -> Result<Option<RawFd>> {
        let mut reset = false;
        loop {
            let opened = if self.by_path {
                let c = CString::new(full).map_err(|_| Error::value_error("embedded null byte"))?;
                os::retry_eintr(|| self.os.open(&c, self.dir_flags(), 0))
            } else {
                os::retry_eintr(|| self.os.openat(dirfd, name, self.dir_flags(), 0))
            };
            match opened {
                Ok(fd) => return Ok(Some(fd)),
                Err(Errno(libc::ENOENT)) => return Ok(None),
                Err(Errno(libc::ELOOP | libc::ENOTDIR)) => {
                    // Listed as a directory, no longer one: a symlink (Linux checks O_DIRECTORY
                    // before O_NOFOLLOW, so a symlink fails with ENOTDIR too) or another
                    // non-directory renamed or exchanged to this name. It is an entry of the
                    // tree like any other: removed with unlinkat, never followed. If it is a
                    // directory again by then, open it again (the retry budget bounds this).
                    match self.remove_file(dirfd, name, dir_path)? {
                        Removed::Done => return Ok(None),
                        Removed::IsDir => {}
                    }
                }
                Err(e) if is_perm(e) && !reset => {
                    reset = true;
                    if !self.reset_both(dirfd, dir_path, name)? {
                        return Ok(None);
                    }
                }
                Err(e) => {
                    let err = self.entry_error(e, dir_path, name, false);
                    return self.fail(err).map(|()| None);
                }
            }
        }
    }

    /// Remove an emptied subdirectory from its parent. `Ok(true)`: the name is a directory
    /// with entries (refilled, or another directory took the name): walk it again.
    /// `ignored_before` is the count of skipped errors when the subdirectory was opened.
    fn remove_dir(
        &self,
        parent_fd: RawFd,
        name: &CString,
        parent_path: &[u8],
        ignored_before: u32,
    ) -> Result<bool> {
        let mut reset = false;
        loop {
            match self.os.unlinkat(parent_fd, name, true) {
                Ok(()) | Err(Errno(libc::ENOENT)) => return Ok(false),
                Err(e)
                    if is_refilled(e) && self.ignored.get() == ignored_before && self.retry() =>
                {
                    return Ok(true);
                }
                Err(Errno(libc::ENOTDIR)) if self.retry() => {
                    // A non-directory has its name now: remove it. The directory just emptied
                    // was moved elsewhere in the tree, whose rmdir then finds it.
                    return Ok(self.remove_file(parent_fd, name, parent_path)? == Removed::IsDir);
                }
                Err(e) if is_perm(e) && !reset => {
                    reset = true;
                    if !self.reset_both(parent_fd, parent_path, name)? {
                        return Ok(false);
                    }
                }
                Err(e) => {
                    let err = self.entry_error(e, parent_path, name, false);
                    return self.fail(err).map(|()| false);
                }
            }
        }
    }

    /// `_resetperms(dirname(path)); _resetperms(path)` for an entry of `dirfd` (whose path is
    /// `dir_path`). `Ok(false)`: the entry vanished (CPython swallows that FileNotFoundError
    /// and moves on).
    fn reset_both(&self, dirfd: RawFd, dir_path: &[u8], name: &CString) -> Result<bool> {
        // Flags first: an immutable directory refuses chmod too.
        let reset = self
            .clear_fd_flags(dirfd, dir_path)
            .and_then(|()| self.os.fchmod(dirfd, 0o700));
        match reset {
            Ok(()) => {}
            Err(Errno(libc::ENOENT)) => return Ok(false),
            Err(e) => {
                return self
                    .fail(pypath::os_error(e, dir_path, false))
                    .map(|()| false);
            }
        }
        self.reset_entry(dirfd, &pypath::join(dir_path, name.to_bytes()), name)
    }

    /// `_resetperms(path)` on one entry (`name` in `dirfd`, shown as `full`) without following
    /// a symlink: its flags cleared (where there are any), then its mode.
    fn reset_entry(&self, dirfd: RawFd, full: &[u8], name: &CString) -> Result<bool> {
        match self.clear_entry_flags(dirfd, full, name) {
            Ok(()) => {}
            Err(Errno(libc::ENOENT)) => return Ok(false),
            Err(e) => return self.fail(pypath::os_error(e, full, false)).map(|()| false),
        }
        match self.os.fchmodat_nofollow(dirfd, name, 0o700) {
            Ok(()) => Ok(true),
            // A symlink: CPython skips it (`_dont_follow_symlinks`).
            Err(Errno(libc::EOPNOTSUPP | libc::ELOOP)) => Ok(true),
            Err(Errno(libc::ENOENT)) => Ok(false),
            Err(e) => self.fail(pypath::os_error(e, full, false)).map(|()| false),
        }
    }

    /// `_resetflags(path)` on a directory the walk holds open at `fd` (shown as `path`):
    /// `fchflags(fd, 0)`, which reaches the directory itself whatever happened to its path.
    /// CPython calls `chflags(path, 0, follow_symlinks=False)` (or `chflags(path, 0)` after an
    /// `islink` check); a seam without `fchflags` (`ENOSYS`) gets that call.
    fn clear_fd_flags(&self, fd: RawFd, path: &[u8]) -> std::result::Result<(), Errno> {
        if self.flags == FlagsReset::None {
            return Ok(());
        }
        match self.os.fchflags(fd, 0) {
            Err(Errno(libc::ENOSYS)) => self.clear_flags_by_path(path),
            other => other,
        }
    }

    /// `_resetflags(path)` on the entry `name` of `dirfd` (shown as `full`), never following a
    /// symlink: with `lchflags` the entry's own flags are cleared (a symlink's too), without
    /// it a symlink is skipped, as CPython's `_dont_follow_symlinks` does. The call is
    /// `chflagsat_nofollow(dirfd, name, 0)`; a seam without it (`ENOSYS`) gets CPython's call
    /// by path.
    fn clear_entry_flags(
        &self,
        dirfd: RawFd,
        full: &[u8],
        name: &CString,
    ) -> std::result::Result<(), Errno> {
        match self.flags {
            FlagsReset::None => return Ok(()),
            FlagsReset::SkipLink => match self.os.fstatat(dirfd, name, false) {
                Ok(st) if st.file_type() == FileType::Symlink => return Ok(()),
                Err(Errno(libc::ENOENT)) => return Err(Errno(libc::ENOENT)),
                // `os.path.islink` is false when lstat fails: chflags is called.
                _ => {}
            },
            FlagsReset::NoFollow | FlagsReset::Follow => {}
        }
        match self.os.chflagsat_nofollow(dirfd, name, 0) {
            Err(Errno(libc::ENOSYS)) => self.clear_flags_by_path(full),
            other => other,
        }
    }

    /// CPython's own `_resetflags(path)`: `lchflags(path, 0)`, or where there is no `lchflags`
    /// `chflags(path, 0)` unless `lstat` says `path` is a symlink. By path, so only for a seam
    /// that has no descriptor-relative flag call.
    fn clear_flags_by_path(&self, path: &[u8]) -> std::result::Result<(), Errno> {
        let c = CString::new(path).map_err(|_| Errno(libc::EINVAL))?;
        match self.flags {
            FlagsReset::None => Ok(()),
            FlagsReset::NoFollow | FlagsReset::Follow => self.os.lchflags(&c, 0),
            FlagsReset::SkipLink => match self.os.lstat(&c) {
                Ok(st) if st.file_type() == FileType::Symlink => Ok(()),
                _ => self.os.chflags(&c, 0),
            },
        }
    }

    /// Whether `name` in `dirfd` is a directory (`None`: it cannot be told, e.g. vanished).
    fn is_dir(&self, dirfd: RawFd, name: &CString) -> Option<bool> {
        self.os
            .fstatat(dirfd, name, false)
            .ok()
            .map(|st| st.file_type() == FileType::Directory)
    }

    /// The error for a failed operation on an entry of the directory at `dir_path`.
    ///
    /// CPython 3.10–3.12 report the entry's bare name (the `dir_fd` call's argument). 3.13
    /// reports the full path, and for an unlink the directory's path (its error handler runs a
    /// second time with `filename` replaced by the directory).
    fn entry_error(&self, e: Errno, dir_path: &[u8], name: &CString, unlink: bool) -> Error {
        if !self.version.has(Behaviour::RmtreeStack) {
            return pypath::os_error(e, name.to_bytes(), false);
        }
        if unlink {
            pypath::os_error(e, dir_path, false)
        } else {
            pypath::os_error(e, &pypath::join(dir_path, name.to_bytes()), false)
        }
    }

    fn top_error(&self, e: Errno, top: &[u8]) -> Error {
        pypath::os_error(e, top, false)
    }

    /// Raise `err`, or ignore it with `ignore_cleanup_errors`.
    fn fail(&self, err: Error) -> Result<()> {
        // A foreign failure (not an OS error) is never ignored.
        if self.ignore && err.class() != ExcClass::Foreign {
            self.ignored.set(self.ignored.get().saturating_add(1));
            Ok(())
        } else {
            Err(err)
        }
    }
}

#[cfg(unix)]
fn is_perm(e: Errno) -> bool {
    ExcClass::for_errno(e.0) == ExcClass::PermissionError
}
