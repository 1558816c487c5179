//! What Rust users of the `tempfile` crate expect of a named temporary file, on
//! [`NamedTemporaryFile`]: [`persist`](NamedTemporaryFile::persist) and
//! [`persist_noclobber`](NamedTemporaryFile::persist_noclobber) (the file under a new name,
//! deletion disarmed), [`into_temp_path`](NamedTemporaryFile::into_temp_path) (the file closed,
//! the name guarded by a [`TempPath`]), [`reopen`](NamedTemporaryFile::reopen) (a second,
//! independent file object on the same file), and the `AsRef<Path>` and `AsRawFd` traits.
//! CPython has no counterpart; its deletion table (the parent module) is unchanged by all this.
//!
//! Invariants kept:
//! - Buffered data is flushed before the file changes name or is reopened (text is encoded
//!   first), so the new name or the new object sees every byte written so far; a failed flush
//!   stops everything and the object comes back with its buffer intact.
//! - A failure never loses the file: the object comes back inside [`PersistError`], still
//!   armed for deletion, with its name unchanged.
//! - A name the object already removed (its deletion ran) is never persisted, guarded or
//!   reopened again: a file that another process put at that path since is not ours.
//! - [`reopen`](NamedTemporaryFile::reopen) opens by path with `O_NOFOLLOW`, then compares the
//!   new descriptor's device and inode with the original descriptor's and refuses another file.
//!
//! ## Windows
//!
//! Two rules of Windows shape these methods there (POSIX is unaffected):
//! - A file opened `O_TEMPORARY` ([`NamedTemporaryFile::os_deletes_on_close`]: created with
//!   `delete=True`, and `delete_on_close=True` from 3.12, as CPython opens it) is deleted by the
//!   OS when its last handle closes, under whatever name it has then, and no call can take the
//!   flag back. `persist`, `persist_noclobber`, `into_temp_path` and `keep` refuse such a file
//!   (`OSError`, `EINVAL`, saying why and what to do: create it with `delete_on_close=False`,
//!   or `delete=False`) before anything else, and give it back unchanged; renaming it would
//!   lose the data at the next close. Windows also refuses to open it a second time while it
//!   is open (a sharing violation: `reopen` is `PermissionError`), as CPython documents.
//! - A descriptor of the C runtime (what `os.open` gives, and what these objects hold) does not
//!   share deletion, so Windows renames no file while one is open on it. `persist` and
//!   `persist_noclobber` therefore need the file closed there ([`close`](NamedTemporaryFile::close)
//!   with `delete_on_close=False` or `delete=False`, or `file_mut().close()`): an open one is
//!   refused (`PermissionError`, saying so) and given back unchanged. For the same reason no one
//!   can remove or rename the file while it is open, so the path cannot come to name another
//!   file under a `reopen`.
//!
//! ## Descriptors and `AsFd`
//!
//! `AsRawFd` gives the descriptor while the file is open and `-1` once it is closed: a closed
//! descriptor's number may already belong to another file, so it is never handed out (and `-1`
//! is no descriptor: any call with it fails with `EBADF`). `AsFd` is *not* implemented: its
//! `as_fd()` cannot fail, and a `NamedTemporaryFile` can be closed through `&mut self` between
//! two borrows, after which no `BorrowedFd` exists to return (a `BorrowedFd` must name an open
//! descriptor for as long as it lives). The checked conversions give one instead: the inherent
//! [`as_fd`](NamedTemporaryFile::as_fd) returns `Result<BorrowedFd<'_>>` (`ValueError` once
//! closed) and [`as_file`](NamedTemporaryFile::as_file) a `&std::fs::File`; both implement
//! `AsFd` and, being borrows, keep the object from being closed while they live.

#[cfg(unix)]
use std::os::fd::RawFd;
use std::path::Path;

use crate::args::PathKind;
use crate::error::{Error, Result};
use crate::io::OpenMode;
use crate::io::file::{FileName, FileObject, FileOptions};
use crate::os::{self, Errno, SeamFd, flags};
use crate::platform::Platform;
use crate::pypath;
use crate::temppath::{self, TempPath};
use crate::version::Behaviour;

use super::{NamedTemporaryFile, wrapper_repr};

/// A failed [`NamedTemporaryFile::persist`], [`persist_noclobber`](NamedTemporaryFile::persist_noclobber)
/// or [`into_temp_path`](NamedTemporaryFile::into_temp_path): the error and the file, unchanged
/// (same name, still armed for deletion, its buffer intact if the flush failed). The
/// `tempfile` crate's `PersistError`.
#[derive(Debug)]
pub struct PersistError {
    /// What failed (`FileExistsError`, `EXDEV`'s `OSError`, a flush's `ENOSPC`, ...).
    pub error: Error,
    /// The file, given back.
    pub file: NamedTemporaryFile,
}

impl PersistError {
    /// The file, given back (same as `.file`).
    pub fn into_file(self) -> NamedTemporaryFile {
        self.file
    }
}

impl std::fmt::Display for PersistError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "failed to persist temporary file: {}", self.error)
    }
}

impl std::error::Error for PersistError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

impl From<PersistError> for Error {
    /// The error; the file is dropped (and deleted, if it still is to be).
    fn from(e: PersistError) -> Error {
        e.error
    }
}

impl From<PersistError> for std::io::Error {
    /// The error; the file is dropped (and deleted, if it still is to be).
    fn from(e: PersistError) -> std::io::Error {
        e.error.into()
    }
}

impl From<PersistError> for NamedTemporaryFile {
    fn from(e: PersistError) -> NamedTemporaryFile {
        e.file
    }
}

impl NamedTemporaryFile {
    /// Give the file the name `new_path`, atomically replacing whatever was there
    /// (`rename(2)`; `EXDEV`, an `OSError`, across file systems: nothing is copied), and
    /// disarm its deletion.
    ///
    /// Buffered data is flushed first (a text object's pending characters are encoded and
    /// written): the file under its new name holds every byte written so far. Nothing is
    /// synced to the disk (`fsync` is the caller's, through [`as_file`](Self::as_file)).
    ///
    /// Returns the same object, now `delete=False` in CPython's terms: still open at the same
    /// position (on POSIX), named `new_path` (made absolute; [`name`](Self::name),
    /// [`path`](Self::path) and `file().name()` report it), closed but never removed by
    /// `close()`, `exit()` or drop.
    /// On failure (the flush, the rename, or a file this object already removed) the object
    /// comes back unchanged inside the [`PersistError`].
    ///
    /// On Windows `MoveFileExW(MOVEFILE_REPLACE_EXISTING)` renames, and only a file that is
    /// neither opened `O_TEMPORARY` nor open can be persisted; the object then comes back
    /// closed, as it was. A file opened `O_TEMPORARY`
    /// ([`os_deletes_on_close`](Self::os_deletes_on_close)) is refused with `OSError`
    /// (`EINVAL`) saying to create it with `delete_on_close=False` (or `delete=False`, the only
    /// way before 3.12): the OS deletes it at its last close under whatever name it has then, so
    /// renaming it would lose it. An open file is refused with `PermissionError` saying to close
    /// it first (`close()`, which keeps a file without `O_TEMPORARY`, or `file_mut().close()`):
    /// the C runtime's descriptors do not share deletion, and Windows renames no file while one
    /// is open on it. Both refusals come before any system call, and give the object back
    /// unchanged. (A file object from [`reopen`](Self::reopen) that is still open holds the
    /// file the same way: the rename itself then fails, `PermissionError`.)
    ///
    /// # Errors
    ///
    /// Each gives the object back, unchanged, in the [`PersistError`]:
    /// - `FileNotFoundError(ENOENT, "the temporary file was already removed by this object")`
    ///   once its deletion ran (the name may be someone else's file by now);
    /// - on Windows, the two refusals above (`OSError` `EINVAL` for `O_TEMPORARY`,
    ///   `PermissionError` for an open file);
    /// - the flush's `OSError` (`ENOSPC`, ...), with the buffer intact;
    /// - `ValueError` for a NUL in `new_path`; `getcwd`'s error when `new_path` is relative;
    /// - `rename(2)`'s `OSError` subclass, with the old name as `filename` and `new_path` as
    ///   `filename2` (shown `'old' -> 'new'`): `OSError` (`EXDEV`) across file systems,
    ///   `IsADirectoryError` when `new_path` is a directory, `FileNotFoundError` when its
    ///   directory does not exist, `PermissionError`, ...
    ///
    /// # Security
    ///
    /// The rename is atomic: a reader of `new_path` sees the old file or the whole new one,
    /// never a mix (after a crash, only what was synced is durable: call `sync_all` through
    /// [`as_file`](Self::as_file) first). Whatever `new_path` named is replaced, a symlink
    /// included (the link itself, never its target); use
    /// [`persist_noclobber`](Self::persist_noclobber) to replace nothing. The file keeps mode
    /// 0600: change it if others are to read it.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// use std::io::Write;
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let target = dir.path().join("report.csv");
    /// std::fs::write(&target, b"old").unwrap();
    ///
    /// // delete_on_close=False: never O_TEMPORARY, so it can be persisted on Windows too.
    /// let opts = FileOptions::new().delete_on_close(false);
    /// let mut f = NamedTemporaryFile::with(&Params::new(), &opts)?;
    /// f.write_all(b"a,b\n").unwrap(); // still in the buffer
    /// if cfg!(windows) {
    ///     f.close()?; // Windows renames no open file; closed (and flushed), not deleted
    /// }
    /// let mut f = f.persist(&target)?; // flushed, then renamed over the old file
    /// assert_eq!(std::fs::read(&target).unwrap(), b"a,b\n");
    /// assert_eq!(f.path(), target);
    /// f.close()?; // closed; the file stays
    /// assert!(target.exists());
    /// # Ok(()) }
    /// ```
    // The error carries the object itself, as large as the success value; boxing it would
    // only add an allocation to the failure path.
    #[allow(clippy::result_large_err)]
    pub fn persist(self, new_path: impl AsRef<Path>) -> Result<NamedTemporaryFile, PersistError> {
        self.persist_to(new_path.as_ref(), false)
    }

    /// Like [`persist`](Self::persist), but never replaces an existing file: if `new_path`
    /// exists the error is `FileExistsError` (`io::ErrorKind::AlreadyExists`) and the object
    /// comes back unchanged. `renameat2(RENAME_NOREPLACE)` on Linux; where the kernel or the
    /// file system lacks it (`ENOSYS`, `EINVAL`), `link(2)` to the new name then `unlink(2)` of
    /// the old one (`link` refuses an existing name just as atomically). If that last unlink
    /// fails, the file is persisted all the same (it has both names) and the failure is
    /// reported as an [`Event::Unraisable`](crate::Event::Unraisable).
    ///
    /// On Windows it is `MoveFileExW` without `MOVEFILE_REPLACE_EXISTING` (`os.rename`: one
    /// rename that fails with `FileExistsError` if the name exists), with the same fallback,
    /// and the same rule as [`persist`](Self::persist): neither `O_TEMPORARY` nor open.
    ///
    /// # Errors
    ///
    /// [`persist`](Self::persist)'s, the object given back in each; an existing `new_path` (a
    /// file, a directory or a symlink, dangling or not) is `FileExistsError` (`EEXIST`,
    /// `io::ErrorKind::AlreadyExists`). On the `link` fallback, a file system without hard
    /// links is `link(2)`'s `PermissionError` (`EPERM`).
    ///
    /// # Security
    ///
    /// Nothing at `new_path` is ever replaced, even if it appears between a check and the
    /// call: the kernel refuses atomically (`RENAME_NOREPLACE`, or `link(2)`, which fails on
    /// an existing name and never follows a symlink). On the fallback the file briefly has
    /// both names; a failing `unlink` of the old one leaves both (reported, not returned).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// use std::io::Write;
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let target = dir.path().join("taken");
    /// std::fs::write(&target, b"someone else's").unwrap();
    ///
    /// let opts = FileOptions::new().delete_on_close(false); // see persist
    /// let mut f = NamedTemporaryFile::with(&Params::new(), &opts)?;
    /// f.write_all(b"mine").unwrap();
    /// if cfg!(windows) {
    ///     f.close()?; // Windows renames no open file
    /// }
    /// let err = f.persist_noclobber(&target).unwrap_err();
    /// assert_eq!(err.error.class(), pytempfile::ExcClass::FileExistsError);
    /// assert_eq!(std::fs::read(&target).unwrap(), b"someone else's");
    /// let f = err.file; // given back: same name, still deleted at exit or drop
    /// let f = f.persist_noclobber(dir.path().join("free"))?;
    /// assert_eq!(std::fs::read(f.path()).unwrap(), b"mine");
    /// # Ok(()) }
    /// ```
    // The error carries the object itself, as large as the success value; boxing it would
    // only add an allocation to the failure path.
    #[allow(clippy::result_large_err)]
    pub fn persist_noclobber(
        self,
        new_path: impl AsRef<Path>,
    ) -> Result<NamedTemporaryFile, PersistError> {
        self.persist_to(new_path.as_ref(), true)
    }

    #[allow(clippy::result_large_err)] // as above
    fn persist_to(
        mut self,
        new: &Path,
        noclobber: bool,
    ) -> Result<NamedTemporaryFile, PersistError> {
        let func = if noclobber {
            "persist_noclobber"
        } else {
            "persist"
        };
        if let Err(error) = self.before_leaving(func, true) {
            return Err(PersistError { error, file: self });
        }
        match temppath::move_name(&self.module, &self.name, new, noclobber) {
            Ok(name) => {
                self.delete = false;
                self.file.set_name(FileName::Path(name.clone()));
                self.name = name;
                if self.warn_message.is_some() {
                    // 3.14+'s drop warning names the file: the new name from now on.
                    self.warn_message =
                        Some(format!("Implicitly cleaning up {}", wrapper_repr(&self.file)).into());
                }
                Ok(self)
            }
            Err(error) => Err(PersistError { error, file: self }),
        }
    }

    /// Close the file and keep only its name, guarded: the [`TempPath`] removes it when
    /// dropped (the `tempfile` crate's `into_temp_path`). Buffered data is flushed first.
    ///
    /// The file is closed whatever `delete_on_close` says, and this object's own deletion is
    /// disarmed: the guard is what removes the name now. On failure (the flush, the close, or
    /// a file this object already removed) the object comes back inside the [`PersistError`],
    /// still armed (if the close itself failed, closed).
    ///
    /// On Windows a file opened `O_TEMPORARY` ([`os_deletes_on_close`](Self::os_deletes_on_close))
    /// is refused (`OSError`, `EINVAL`; the object comes back unchanged, still open): closing it
    /// would delete it. Any other file is closed here, so it may be open.
    ///
    /// # Errors
    ///
    /// Each gives the object back in the [`PersistError`]: `FileNotFoundError` when its
    /// deletion already ran, `OSError` (`EINVAL`) for a file opened `O_TEMPORARY` (Windows),
    /// the flush's or the close's `OSError` (after a failed close the object is closed, still
    /// armed for deletion).
    ///
    /// # Security
    ///
    /// Once closed the file is reachable only by its name, which stays in the directory until
    /// the [`TempPath`] goes; see there for what the guard protects (it removes by name and
    /// checks nothing).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// use std::io::Write;
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    /// let opts = FileOptions::new().delete_on_close(false); // never O_TEMPORARY on Windows
    /// let mut f = NamedTemporaryFile::with(&Params::new(), &opts)?;
    /// f.write_all(b"input for another process").unwrap();
    /// let path = f.into_temp_path()?; // flushed and closed: anyone may open it by name now
    /// assert_eq!(std::fs::read(&*path).unwrap(), b"input for another process");
    /// path.close()?; // removed now, errors reported (drop would remove it too)
    /// # Ok(()) }
    /// ```
    // The error carries the object itself, as large as the success value; boxing it would
    // only add an allocation to the failure path.
    #[allow(clippy::result_large_err)]
    pub fn into_temp_path(mut self) -> Result<TempPath, PersistError> {
        if let Err(error) = self.before_leaving("into_temp_path", false) {
            return Err(PersistError { error, file: self });
        }
        if let Err(error) = self.file.close() {
            return Err(PersistError { error, file: self });
        }
        // Closed by us: no deletion from close(), exit() or drop, and no 3.14+ warning.
        self.close_called = true;
        self.delete = false;
        Ok(TempPath::new(self.name.clone(), self.module.clone()))
    }

    /// Refuse a name already removed, a file the OS deletes on close, and on Windows an open
    /// file that is to be renamed (`renames`); then flush an open file. `func` names the
    /// caller in the error.
    fn before_leaving(&mut self, func: &str, renames: bool) -> Result<()> {
        if self.name_released() {
            return Err(released_error(&self.name));
        }
        if self.o_temporary {
            return Err(self.o_temporary_error(func));
        }
        if renames && Platform::HOST.is_nt() && !self.file.closed() {
            return Err(open_on_nt_error(func, &self.name));
        }
        if !self.file.closed() {
            self.file.flush()?;
        }
        Ok(())
    }

    /// `OSError` (`EINVAL`) for a file opened `O_TEMPORARY` (Windows), which `func` (`persist`,
    /// `keep`, ...) would have to disarm: what happened and what to do instead.
    pub(super) fn o_temporary_error(&self, func: &str) -> Error {
        let (created, instead) = if self.module.version().has(Behaviour::DeleteOnClose) {
            (
                "delete=True, delete_on_close=True",
                "delete_on_close=False (or delete=False)",
            )
        } else {
            ("delete=True", "delete=False")
        };
        Error::os(
            libc::EINVAL,
            format!(
                "{func}: the file was opened with O_TEMPORARY ({created}), so Windows deletes it \
                 when its last handle closes, and that cannot be undone; create it with \
                 {instead} to persist or keep it"
            ),
        )
        .with_filename(Some(self.name.to_filename()))
    }

    /// Whether this object's deletion already ran (the path may name someone else's file now).
    fn name_released(&self) -> bool {
        self.delete
            && if self.module.version().has(Behaviour::DeleteOnClose) {
                self.cleanup_called
            } else {
                self.close_called
            }
    }

    /// A new file object on the same file, independent of this one (its own position and
    /// buffers), opened read-write in binary mode (`"r+b"`, not truncated): the `tempfile`
    /// crate's `reopen`. See [`reopen_with`](Self::reopen_with) for other modes, the checks and
    /// Windows' rule (a file opened `O_TEMPORARY` cannot be opened again there).
    ///
    /// # Errors
    ///
    /// [`reopen_with`](Self::reopen_with)'s.
    ///
    /// # Security
    ///
    /// The path is opened `O_NOFOLLOW` and the result identity-checked against this object's
    /// descriptor; see [`reopen_with`](Self::reopen_with).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// use std::io::{Read, Write};
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    /// let opts = FileOptions::new().delete_on_close(false); // never O_TEMPORARY on Windows
    /// let mut f = NamedTemporaryFile::with(&Params::new(), &opts)?;
    /// f.write_all(b"shared").unwrap(); // flushed by reopen
    /// let mut r = f.reopen()?;
    /// let mut s = String::new();
    /// r.read_to_string(&mut s).unwrap(); // from the start: its own position
    /// assert_eq!(s, "shared");
    /// r.close()?;
    /// # Ok(()) }
    /// ```
    pub fn reopen(&mut self) -> Result<FileObject> {
        self.reopen_with(&FileOptions::new().mode("r+b"))
    }

    /// A new file object on the same file, with `options`' mode, buffering and text
    /// arguments (`delete` and `delete_on_close` do not apply: the new object deletes nothing;
    /// its `name` is this object's path).
    ///
    /// The file is reopened *by path*, as the `tempfile` crate does, so what the path names
    /// now is checked: buffered data of this object is flushed first; the path is opened with
    /// `O_NOFOLLOW` (a symlink put there is refused: `ELOOP`), `O_NONBLOCK` (a FIFO put there
    /// cannot block the call; the flag has no effect on a regular file and stays set) and never
    /// `O_CREAT`; then the new descriptor's device and inode are compared with this object's
    /// descriptor's, and another file is refused (`FileNotFoundError`: "the temporary file was
    /// replaced") and its descriptor closed. The comparison is what makes this safe: a
    /// descriptor cannot change file after it is opened, and this object's open descriptor
    /// keeps its inode from being reused, so the check has no window. Mode `"w"` truncates only
    /// after the check (`ftruncate`, never `O_TRUNC`, which would truncate before it); mode
    /// `"x"` is `FileExistsError` (the file exists). This object must be open: a closed one has
    /// nothing to compare with (`ValueError`).
    ///
    /// On Windows the path is opened `O_BINARY|O_NOINHERIT` (as CPython's `os.open` there) and
    /// the identity is the volume serial number and file index. A file opened `O_TEMPORARY`
    /// ([`os_deletes_on_close`](Self::os_deletes_on_close)) cannot be opened a second time while
    /// it is open: Windows refuses the sharing and the call is `PermissionError`, as CPython
    /// documents for such a file (create it with `delete_on_close=False`, or `delete=False`,
    /// to reopen it). Any other file can be reopened, and cannot be replaced while this object
    /// holds it open (Windows removes or renames no file that a C runtime descriptor is open
    /// on): there the identity check guards against a seam (or a file system) that answers
    /// with another file.
    ///
    /// # Errors
    ///
    /// - `ValueError` for a bad mode (before anything is opened), and `ValueError("I/O
    ///   operation on closed file")` when this object is closed;
    /// - `FileExistsError` (`EEXIST`) for an `"x"` mode;
    /// - this object's flush error;
    /// - `open(2)`'s `OSError` subclass with the path as `filename`: `FileNotFoundError` when
    ///   the name was removed, `OSError` (`ELOOP`) when a symlink was put there,
    ///   `PermissionError` (Windows: a file opened `O_TEMPORARY`);
    /// - `FileNotFoundError(ENOENT, "the temporary file was replaced: the path names another
    ///   file")` when the path names another file now (its descriptor is closed);
    /// - the `io.open` errors of the options after the open (an unknown encoding:
    ///   `LookupError`; the new descriptor is closed).
    ///
    /// # Security
    ///
    /// Reopening by name is safe because of the identity check: whatever the path names when
    /// it is opened, the new object is used only if it is the very file this object has open
    /// (same device and inode, on a descriptor that keeps that inode alive), so a file or
    /// symlink swapped in by someone who can write to the directory is never read, written or
    /// truncated, and a FIFO cannot block the call.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params, PyStr};
    /// let opts = FileOptions::new().delete_on_close(false); // never O_TEMPORARY on Windows
    /// let mut f = NamedTemporaryFile::with(&Params::new(), &opts)?;
    /// let mut w = f.reopen_with(&FileOptions::new().mode("w").encoding("utf-8"))?;
    /// w.write_text(&PyStr::from("h\u{e9}llo"))?;
    /// w.close()?;
    /// assert_eq!(f.file_mut().read(None)?, "h\u{e9}llo".as_bytes()); // at its own position, 0
    /// # Ok(()) }
    /// ```
    ///
    /// A file swapped in at the name is refused (on POSIX: Windows refuses to replace an open
    /// file in the first place):
    ///
    /// ```
    /// use pytempfile::{ExcClass, FileOptions, NamedTemporaryFile, Params};
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// # if cfg!(windows) { return Ok(()); }
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let mut f = NamedTemporaryFile::with(&Params::new().dir(dir.path()), &FileOptions::new())?;
    /// let impostor = dir.path().join("impostor");
    /// std::fs::write(&impostor, b"not yours").unwrap();
    /// std::fs::rename(&impostor, f.path()).unwrap(); // replaces the name, not our open file
    /// let err = f.reopen().unwrap_err();
    /// assert_eq!(err.class(), ExcClass::FileNotFoundError);
    /// assert!(err.to_string().contains("the temporary file was replaced"));
    /// # Ok(()) }
    /// ```
    pub fn reopen_with(&mut self, options: &FileOptions) -> Result<FileObject> {
        let mode = OpenMode::parse_in(&options.mode, self.module.version())?;
        let kind = self.name.kind();
        let bytes_name = kind == PathKind::Bytes;
        if mode.creating {
            return Err(pypath::os_error(
                Errno(libc::EEXIST),
                self.name.as_bytes(),
                bytes_name,
            ));
        }
        let original_fd = self.file.fileno()?;
        self.file.flush()?;
        let os = self.module.os();
        let original = os
            .fstat(original_fd)
            .map_err(|e| Error::from_errno(e, None))?;
        let mut open_flags = match (mode.readable(), mode.writable()) {
            (true, true) => flags::O_RDWR,
            (true, false) => flags::O_RDONLY,
            _ => flags::O_WRONLY,
        };
        if mode.appending {
            open_flags |= flags::O_APPEND;
        }
        // Unix: never through a symlink put in the file's place, never blocking on a fifo
        // (the identity check below then refuses either). Windows: binary, not inherited, as
        // CPython's os.open there; a file opened O_TEMPORARY (delete=True) can be opened
        // again only if Windows grants the sharing (the refusal is raised as it comes).
        #[cfg(unix)]
        {
            open_flags |= flags::O_NOFOLLOW | flags::O_NONBLOCK;
        }
        #[cfg(windows)]
        {
            open_flags |= flags::O_BINARY | flags::O_NOINHERIT;
        }
        let name = &self.name;
        let version = self.module.version();
        let seam = self.module.os_shared();
        FileObject::open_with(self.module.io_host(), &options.open_args(), || {
            let bytes = name.as_bytes();
            let mut fd = pypath::with_cstr(bytes, "open", kind, version, |c| {
                os::retry_eintr(|| SeamFd::open(seam, c, open_flags, 0))
                    .map_err(|e| pypath::os_error(e, bytes, bytes_name))
            })?;
            let checked = match os.fstat(fd.raw()) {
                Ok(st) if st.same_file(&original) => Ok(()),
                Ok(_) => Err(replaced_error(&self.name)),
                Err(e) => Err(Error::from_errno(e, None)),
            }
            .and_then(|()| {
                if mode.writing {
                    os.ftruncate(fd.raw(), 0)
                        .map_err(|e| Error::from_errno(e, None))
                } else {
                    Ok(())
                }
            });
            if let Err(e) = checked {
                let _ = fd.close();
                return Err(e);
            }
            Ok((fd, FileName::Path(name.clone())))
        })
    }
}

/// `FileNotFoundError` for a path this object already removed.
fn released_error(name: &crate::args::PyPath) -> Error {
    Error::os(
        libc::ENOENT,
        "the temporary file was already removed by this object",
    )
    .with_filename(Some(name.to_filename()))
}

/// `PermissionError` (`EACCES`, what the rename itself would raise: a sharing violation) for a
/// file `func` would rename on Windows while this object holds it open.
fn open_on_nt_error(func: &str, name: &crate::args::PyPath) -> Error {
    Error::os(
        libc::EACCES,
        format!(
            "{func}: the file is open, and Windows renames no file while a descriptor is open on \
             it (the C runtime's descriptors do not share deletion); close it first (close() \
             with delete_on_close=False or delete=False, or file_mut().close()), then {func}"
        ),
    )
    .with_filename(Some(name.to_filename()))
}

/// `FileNotFoundError` for a path that names another file than this object's.
fn replaced_error(name: &crate::args::PyPath) -> Error {
    Error::os(
        libc::ENOENT,
        "the temporary file was replaced: the path names another file",
    )
    .with_filename(Some(name.to_filename()))
}

impl AsRef<Path> for NamedTemporaryFile {
    fn as_ref(&self) -> &Path {
        self.path()
    }
}

#[cfg(unix)]
impl std::os::fd::AsRawFd for NamedTemporaryFile {
    /// The descriptor while open, `-1` once closed (never a number that may have been reused;
    /// see the module docs).
    fn as_raw_fd(&self) -> RawFd {
        self.file.as_raw_fd()
    }
}
