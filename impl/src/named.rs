//! `NamedTemporaryFile` (CPython's `NamedTemporaryFile`, `_TemporaryFileWrapper` and
//! `_TemporaryFileCloser`).
//!
//! Creation follows CPython's order: arguments are sanitized first (a mixing `TypeError` creates
//! nothing), a bad mode is rejected before the file exists, the file is created by
//! `_mkstemp_inner` (mode 0600, `O_EXCL|O_NOFOLLOW|O_CLOEXEC`), and if anything fails after that
//! (an unknown encoding, an illegal newline, unbuffered text) the descriptor is closed and the
//! file unlinked before the error is returned.
//!
//! Deletion is CPython's table (§8.4 of the reference), per version:
//!
//! | `delete` | `delete_on_close` | `close()` | `exit()` | drop |
//! |---|---|---|---|---|
//! | true | true | deleted | deleted | deleted |
//! | true | false (3.12+) | kept | deleted | deleted |
//! | false | any | kept | kept | kept |
//!
//! - 3.12+: `close()` closes and, with `delete and delete_on_close`, runs the cleanup; the
//!   cleanup (at `exit()` or drop) closes if needed and unlinks once, a file already removed by
//!   hand being no error.
//! - 3.10/3.11: there is no `delete_on_close` (passing it is CPython's `TypeError`); `close()`,
//!   `exit()` and drop all close and, with `delete`, unlink, and a file removed by hand makes
//!   that unlink raise `FileNotFoundError`.
//!
//! On Windows (nt) the table is the same, but the OS does the deleting where it can: with
//! `delete` (and `delete_on_close`, 3.12+) the file is opened `O_TEMPORARY` and vanishes when
//! its last handle closes, and the closer does not unlink it
//! ([`crate::platform::named_openflags`], [`crate::platform::closer_unlinks`]); before 3.12 the
//! nt closer never unlinks.
//!
//! Errors in drop cannot be returned: they are reported as [`Event::Unraisable`].

use std::fmt;

mod rust_api;
pub use rust_api::PersistError;

use crate::args::{PathKind, PyPath};
use crate::error::{Error, ExcClass, Result};
use crate::io::file::{FileName, FileObject, FileOptions};
use crate::module::{Event, Params, Tempfile};
use crate::platform::{self, Platform};
use crate::pypath;
use crate::version::Behaviour;

/// A temporary file with a name, deleted according to CPython's rules. See the module docs.
///
/// It reads, writes and seeks through `std::io` (binary modes) or through
/// [`file_mut`](NamedTemporaryFile::file_mut) (text modes: `write_text`, `read_text`, ...).
/// Besides CPython's API it has the `tempfile` crate's:
/// [`persist`](NamedTemporaryFile::persist), [`persist_noclobber`](NamedTemporaryFile::persist_noclobber),
/// [`into_temp_path`](NamedTemporaryFile::into_temp_path), [`reopen`](NamedTemporaryFile::reopen),
/// [`keep`](NamedTemporaryFile::keep).
///
/// # Security
///
/// - Created as [`mkstemp`](crate::mkstemp) creates: `O_EXCL|O_NOFOLLOW|O_CLOEXEC`, mode
///   0600, an unpredictable name.
/// - The name is visible in its directory for the file's whole life: any process of the same
///   user (or root) can open it, rename it or put another file in its place. Deletion is by
///   name (`unlink(name)`), so it removes whatever has that name by then. In a sticky
///   directory such as `/tmp` no other user can rename or remove the entry.
/// - Deletion runs in `close()`, `exit()` or drop; a process that is killed (or that leaks the
///   object) leaves the file behind, except on Windows for a file opened `O_TEMPORARY`, which
///   the OS deletes when its last handle closes. On POSIX,
///   [`temporary_file`](crate::temporary_file) gives a file without a name.
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// use std::io::{Read, Seek, Write};
/// let mut f = pytempfile::NamedTemporaryFile::new()?;
/// f.write_all(b"hello").unwrap();
/// let path = f.path().to_path_buf();
/// assert!(path.exists());
/// f.rewind().unwrap();
/// let mut s = String::new();
/// f.read_to_string(&mut s).unwrap();
/// assert_eq!(s, "hello");
/// f.close()?; // delete=True, delete_on_close=True: removed now
/// assert!(!path.exists());
/// # Ok(()) }
/// ```
pub struct NamedTemporaryFile {
    file: FileObject,
    name: PyPath,
    module: Tempfile,
    delete: bool,
    delete_on_close: bool,
    close_called: bool,
    cleanup_called: bool,
    /// Opened `O_TEMPORARY` (Windows, [`platform::uses_o_temporary`]): the OS deletes the
    /// file when its last handle closes, whatever `delete` says afterwards, so nothing may
    /// disarm its deletion (see [`NamedTemporaryFile::os_deletes_on_close`]).
    o_temporary: bool,
    /// 3.14+: the closer's `warn_message`, formatted at creation as CPython does (only when
    /// someone receives events, so that nobody pays for a text nobody reads).
    warn_message: Option<Box<str>>,
}

impl fmt::Debug for NamedTemporaryFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NamedTemporaryFile")
            .field("name", &self.name)
            .field("file", &self.file)
            .field("delete", &self.delete)
            .field("delete_on_close", &self.delete_on_close)
            .field("o_temporary", &self.o_temporary)
            .finish()
    }
}

impl NamedTemporaryFile {
    /// `NamedTemporaryFile()` with the defaults (`mode="w+b"`, deleted on close), using the
    /// process-wide module state.
    ///
    /// # Errors
    ///
    /// [`Tempfile::named_temporary_file`]'s: the default directory's `FileNotFoundError`, the
    /// `OSError` subclass of `open(2)`, `FileExistsError` after `TMP_MAX` names.
    ///
    /// # Security
    ///
    /// See the type's docs: `O_EXCL|O_NOFOLLOW|O_CLOEXEC`, 0600, removed by name.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let f = pytempfile::NamedTemporaryFile::new()?;
    /// assert_eq!(f.file().class_name(), "BufferedRandom");
    /// assert!(f.delete());
    /// let path = f.path().to_path_buf();
    /// drop(f); // the finalizer removes it too
    /// assert!(!path.exists());
    /// # Ok(()) }
    /// ```
    pub fn new() -> Result<NamedTemporaryFile> {
        Tempfile::global().named_temporary_file(&Params::new(), &FileOptions::new())
    }

    /// `NamedTemporaryFile(...)` with `params` and `options`, using the process-wide state.
    ///
    /// # Errors
    ///
    /// [`Tempfile::named_temporary_file`]'s.
    ///
    /// # Security
    ///
    /// See the type's docs.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params, PyStr};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// // NamedTemporaryFile(mode="w+", encoding="utf-8", suffix=".txt", delete=False)
    /// let opts = FileOptions::new().mode("w+").encoding("utf-8").delete(false);
    /// let mut f = NamedTemporaryFile::with(&Params::new().suffix(".txt"), &opts)?;
    /// f.file_mut().write_text(&PyStr::from("kept\n"))?;
    /// f.close()?; // delete=False: the file stays
    /// // Text mode writes os.linesep for "\n", as io.open does.
    /// let expected: &[u8] = if cfg!(windows) { b"kept\r\n" } else { b"kept\n" };
    /// assert_eq!(std::fs::read(f.path()).unwrap(), expected);
    /// std::fs::remove_file(f.path()).unwrap(); // the caller's now
    /// # Ok(()) }
    /// ```
    pub fn with(params: &Params, options: &FileOptions) -> Result<NamedTemporaryFile> {
        Tempfile::global().named_temporary_file(params, options)
    }

    /// `.name`: the absolute path, `str` or `bytes` as inferred.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params, PathKind};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let bytes_dir = dir.path().as_os_str().as_encoded_bytes().to_vec();
    /// let f = NamedTemporaryFile::with(&Params::new().dir(bytes_dir), &FileOptions::new())?;
    /// assert_eq!(f.name().kind(), PathKind::Bytes); // dir=b'...' gives a bytes name
    /// assert!(f.name().repr().starts_with("b'"));
    /// assert_eq!(f.path().parent(), Some(dir.path()));
    /// # Ok(()) }
    /// ```
    pub fn name(&self) -> &PyPath {
        &self.name
    }

    /// The path (what [`name`](Self::name) holds, as a `Path`).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let f = pytempfile::NamedTemporaryFile::new()?;
    /// assert!(f.path().is_absolute() && f.path().is_file());
    /// assert_eq!(f.path(), f.name().as_path());
    /// # Ok(()) }
    /// ```
    pub fn path(&self) -> &std::path::Path {
        self.name.as_path()
    }

    /// `.file`: the underlying file object.
    pub fn file(&self) -> &FileObject {
        &self.file
    }

    /// `.file`, mutable (closing it directly leaves deletion to `exit()`/drop, as in CPython).
    pub fn file_mut(&mut self) -> &mut FileObject {
        &mut self.file
    }

    /// A `&std::fs::File` view of the descriptor, after flushing buffered data so the view
    /// and this object agree on content and position (`ValueError` once closed).
    ///
    /// The view borrows this object, which therefore cannot be closed while it lives; the
    /// descriptor stays this object's (the view never closes it).
    ///
    /// # Errors
    ///
    /// `ValueError("I/O operation on closed file")` once closed; the flush's `OSError`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::Write;
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let mut f = pytempfile::NamedTemporaryFile::new()?;
    /// f.write_all(b"durable").unwrap(); // buffered
    /// let file = f.as_file()?; // flushed first
    /// file.sync_all().unwrap(); // fsync: std's API on our descriptor
    /// assert_eq!(file.metadata().unwrap().len(), 7);
    /// f.close()?;
    /// assert!(f.as_file().is_err());
    /// # Ok(()) }
    /// ```
    pub fn as_file(&mut self) -> Result<&std::fs::File> {
        self.file.as_file()
    }

    /// The descriptor, borrowed (`ValueError` once closed). Buffered data is not flushed: use
    /// [`as_file`](Self::as_file) to read or write through `std`.
    ///
    /// # Errors
    ///
    /// `ValueError("I/O operation on closed file")` once closed: a closed descriptor's number
    /// may belong to another file already, so it is never lent.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::os::fd::AsRawFd;
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let mut f = pytempfile::NamedTemporaryFile::new()?;
    /// let fd = f.as_fd()?;
    /// assert_eq!(fd.as_raw_fd(), f.file().fileno()?);
    /// f.close()?;
    /// assert_eq!(f.as_fd().unwrap_err().to_string(), "I/O operation on closed file");
    /// assert_eq!(f.as_raw_fd(), -1); // AsRawFd never hands out a stale number
    /// # Ok(()) }
    /// ```
    #[cfg(unix)]
    pub fn as_fd(&self) -> Result<std::os::fd::BorrowedFd<'_>> {
        self.file.as_fd()
    }

    /// The descriptor's handle, borrowed (`ValueError` once closed).
    #[cfg(windows)]
    pub fn as_handle(&self) -> Result<std::os::windows::io::BorrowedHandle<'_>> {
        self.file.as_handle()
    }

    /// Python's `repr()`: `<_TemporaryFileWrapper file=<_io.BufferedRandom name='...'>>` from
    /// 3.14 ([`Behaviour::WrapperReprWarns`]); before, the default object repr, which shows
    /// an address (`<tempfile._TemporaryFileWrapper object at 0x...>`).
    pub fn repr(&self) -> String {
        if self.module.version().has(Behaviour::WrapperReprWarns) {
            wrapper_repr(&self.file)
        } else {
            format!("<tempfile._TemporaryFileWrapper object at {:p}>", self)
        }
    }

    /// `delete` as given.
    pub fn delete(&self) -> bool {
        self.delete
    }

    /// `close()`: close the file; with `delete` and `delete_on_close` (3.12+) or `delete`
    /// (3.10/3.11), remove it. A second call does nothing.
    ///
    /// # Errors
    ///
    /// The close's (a flush of buffered data that fails: `ENOSPC`, `EIO`, ...). When the file
    /// is removed here, the `unlink`'s error replaces it (CPython's `finally`): in 3.12+ any
    /// error but `ENOENT` (a file already removed by hand is fine), in 3.10/3.11 any error,
    /// `FileNotFoundError` included.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{ExcClass, FileOptions, Params, PyVersion, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// // On POSIX, where close() unlinks (on Windows O_TEMPORARY makes the OS delete the file).
    /// #[cfg(unix)]
    /// for (version, removed_by_hand) in [(PyVersion::V3_12, Ok(())), (PyVersion::V3_11, Err(ExcClass::FileNotFoundError))] {
    ///     let t = Tempfile::builder().version(version).build();
    ///     let mut f = t.named_temporary_file(&Params::new(), &FileOptions::new())?;
    ///     std::fs::remove_file(f.path()).unwrap();
    ///     assert_eq!(f.close().map_err(|e| e.class()), removed_by_hand);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn close(&mut self) -> Result<()> {
        if !self.module.version().has(Behaviour::DeleteOnClose) {
            return self.close_legacy();
        }
        if std::mem::replace(&mut self.close_called, true) {
            return Ok(());
        }
        let closed = self.file.close();
        let delete_on_close = self.delete_on_close
            || self
                .module
                .planted(crate::planted::PlantedFault::DeleteOnCloseIgnored);
        if self.delete && delete_on_close {
            // `finally: self.cleanup()`: an error there replaces the close's.
            self.cleanup()?;
        }
        closed
    }

    /// 3.10/3.11 `_TemporaryFileCloser.close`: close, then unlink if `delete` (a missing file
    /// is an error).
    fn close_legacy(&mut self) -> Result<()> {
        if std::mem::replace(&mut self.close_called, true) {
            return Ok(());
        }
        let closed = self.file.close();
        if self.closer_unlinks() {
            self.unlink(false)?;
        }
        closed
    }

    /// Whether the closer unlinks the file itself (not on Windows when `O_TEMPORARY` does).
    fn closer_unlinks(&self) -> bool {
        platform::closer_unlinks(
            Platform::HOST,
            self.module.version(),
            self.delete,
            self.delete_on_close,
        )
    }

    /// 3.12+ `_TemporaryFileCloser.cleanup`: once, close if not closed, then unlink if
    /// `delete` (a missing file is fine).
    fn cleanup(&mut self) -> Result<()> {
        if std::mem::replace(&mut self.cleanup_called, true) {
            return Ok(());
        }
        let closed = if std::mem::replace(&mut self.close_called, true) {
            Ok(())
        } else {
            self.file.close()
        };
        if self.closer_unlinks() {
            self.unlink(true)?;
        }
        closed
    }

    fn unlink(&self, missing_ok: bool) -> Result<()> {
        let os = self.module.os();
        let name = self.name.as_bytes();
        let kind = self.name.kind();
        pypath::with_cstr(name, "unlink", kind, self.module.version(), |c| {
            // No EINTR retry: CPython's os.unlink has none (PEP 475 leaves unlink out), so an
            // interrupted unlink is InterruptedError, as in the closer's `unlink(self.name)`.
            match os.unlink(c) {
                Ok(()) => Ok(()),
                Err(e) if missing_ok && e.0 == libc::ENOENT => Ok(()),
                Err(e) => Err(pypath::os_error(e, name, kind == PathKind::Bytes)),
            }
        })
    }

    /// `__enter__`'s check: `ValueError` if the file is closed.
    ///
    /// # Errors
    ///
    /// `ValueError("I/O operation on closed file.")` once the file is closed.
    pub fn enter(&mut self) -> Result<&mut NamedTemporaryFile> {
        if self.file.closed() {
            return Err(crate::io::closed_error());
        }
        Ok(self)
    }

    /// `__exit__`: close the file, then clean up (3.12+: delete if `delete`; 3.10/3.11:
    /// `close()`). This is where a file created with `delete_on_close=False` goes.
    ///
    /// # Errors
    ///
    /// The close's error first, else the cleanup's (the `unlink`'s: in 3.12+ a file already
    /// removed is fine, in 3.10/3.11 it is `FileNotFoundError`).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::Write;
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// // with NamedTemporaryFile(delete_on_close=False) as f: ... (3.12+)
    /// let mut f = NamedTemporaryFile::with(&Params::new(), &FileOptions::new().delete_on_close(false))?;
    /// f.write_all(b"input").unwrap();
    /// f.close()?; // closed, still there: another program may open it by name now
    /// assert_eq!(std::fs::read(f.path()).unwrap(), b"input");
    /// let path = f.path().to_path_buf();
    /// f.exit()?; // leaving the block removes it
    /// assert!(!path.exists());
    /// # Ok(()) }
    /// ```
    pub fn exit(mut self) -> Result<()> {
        let closed = self.file.close();
        let cleaned = if self.module.version().has(Behaviour::DeleteOnClose) {
            self.cleanup()
        } else {
            self.close_legacy()
        };
        closed.and(cleaned)
    }

    /// Disarm deletion: the file stays on disk whatever happens next (closing, `exit()`,
    /// drop). The Rust counterpart of creating it with `delete=False`. Returns the path.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::Write;
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// // delete_on_close=False: never O_TEMPORARY, so it can be kept on Windows too.
    /// let mut f = NamedTemporaryFile::with(&Params::new(), &FileOptions::new().delete_on_close(false))?;
    /// f.write_all(b"result").unwrap();
    /// let path = f.keep()?.as_path().to_path_buf();
    /// f.exit()?; // closed (and flushed), not removed
    /// assert_eq!(std::fs::read(&path).unwrap(), b"result");
    /// std::fs::remove_file(&path).unwrap();
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    ///
    /// Only on Windows: a file the OS deletes when its last handle closes
    /// ([`os_deletes_on_close`](Self::os_deletes_on_close): opened `O_TEMPORARY`, because it
    /// was created with `delete=True`, and `delete_on_close=True` from 3.12) cannot be kept,
    /// since nothing can undo that flag: `OSError` (`EINVAL`) saying so, and the object is
    /// unchanged (still deleted on close). Create it with `delete_on_close=False` (3.12+) or
    /// `delete=False` to keep that choice open.
    pub fn keep(&mut self) -> Result<&PyPath> {
        if self.o_temporary {
            return Err(self.o_temporary_error("keep"));
        }
        self.delete = false;
        Ok(&self.name)
    }

    /// Whether the OS deletes the file when its last handle closes: on Windows, a file created
    /// with `delete=True` (3.10/3.11) or `delete=True, delete_on_close=True` (3.12+) is opened
    /// `O_TEMPORARY` (`FILE_FLAG_DELETE_ON_CLOSE`), as CPython opens it. Such a file cannot be
    /// persisted, kept or turned into a [`TempPath`](crate::TempPath) (nothing can take the
    /// flag back), and Windows refuses to open it a second time by name while it is open
    /// ([`reopen`](Self::reopen) is `PermissionError`). Always `false` on POSIX.
    pub fn os_deletes_on_close(&self) -> bool {
        self.o_temporary
    }
}

/// `_TemporaryFileWrapper.__repr__` (3.14+): `<_TemporaryFileWrapper file=<...>>`.
fn wrapper_repr(file: &FileObject) -> String {
    format!("<_TemporaryFileWrapper file={}>", file.repr())
}

impl Drop for NamedTemporaryFile {
    /// The closer's `__del__`: clean up (3.12+) or close (3.10/3.11); 3.14+ then warns
    /// `ResourceWarning` with the text formatted at creation if nothing had closed the file.
    fn drop(&mut self) {
        let close_called = self.close_called;
        let result = if self.module.version().has(Behaviour::DeleteOnClose) {
            self.cleanup()
        } else {
            self.close_legacy()
        };
        if let Err(error) = result {
            let context = format!("NamedTemporaryFile {}", self.name.repr());
            self.module.emit(|| Event::Unraisable { context, error });
        } else if !close_called {
            if let Some(message) = self.warn_message.take() {
                self.module.emit(|| Event::ResourceWarning {
                    message: message.into(),
                });
            }
        }
    }
}

impl std::io::Read for NamedTemporaryFile {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        std::io::Read::read(&mut self.file, buf)
    }
}

impl std::io::Write for NamedTemporaryFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::io::Write::write(&mut self.file, buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::Write::flush(&mut self.file)
    }
}

impl std::io::Seek for NamedTemporaryFile {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        std::io::Seek::seek(&mut self.file, pos)
    }
}

impl Tempfile {
    /// `NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, delete, *,
    /// errors, delete_on_close)`.
    ///
    /// # Errors
    ///
    /// In CPython's order, which decides whether a file is left behind:
    /// - `TypeError("NamedTemporaryFile() got an unexpected keyword argument
    ///   'delete_on_close'")` when `delete_on_close` is given to 3.10/3.11;
    /// - `_sanitize_params`' errors (mixed `str`/`bytes`: `TypeError`; the default directory's
    ///   `FileNotFoundError`);
    /// - `io.open`'s checks before the file exists (no file is made): `ValueError` for a bad
    ///   mode or an encoding, errors or newline argument in binary mode;
    /// - [`crate::mkstemp`]'s creation errors (`open(2)`'s `OSError` subclass, `FileExistsError`
    ///   after `TMP_MAX` names, `StopIteration`);
    /// - after the file was created (it is closed and unlinked again before returning, and an
    ///   `unlink` error replaces the original one): `ValueError("can't have unbuffered text
    ///   I/O")`, `ValueError("illegal newline value: ...")`, the encoding's `LookupError`.
    ///
    /// # Security
    ///
    /// See [`NamedTemporaryFile`]: created `O_EXCL|O_NOFOLLOW|O_CLOEXEC` with mode 0600 (on
    /// Windows `O_TEMPORARY` too, with `delete` and `delete_on_close`).
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{ExcClass, FileOptions, Params, PyVersion, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let t = Tempfile::builder().tempdir(dir.path()).build();
    ///
    /// // An unknown encoding fails after the file was created: it is removed again.
    /// let opts = FileOptions::new().mode("w+").encoding("no-such-codec");
    /// let err = t.named_temporary_file(&Params::new(), &opts).unwrap_err();
    /// assert_eq!(err.class(), ExcClass::LookupError);
    /// assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    ///
    /// // delete_on_close is 3.12's.
    /// t.set_version(PyVersion::V3_11);
    /// let err = t.named_temporary_file(&Params::new(), &FileOptions::new().delete_on_close(false))
    ///     .unwrap_err();
    /// assert_eq!(err.class(), ExcClass::TypeError);
    /// # Ok(()) }
    /// ```
    pub fn named_temporary_file(
        &self,
        params: &Params,
        opts: &FileOptions,
    ) -> Result<NamedTemporaryFile> {
        if opts.delete_on_close.is_some() && !self.version().has(Behaviour::DeleteOnClose) {
            return Err(Error::type_error(
                "NamedTemporaryFile() got an unexpected keyword argument 'delete_on_close'",
            ));
        }
        let s = self.sanitize_params_ref(params)?;
        let delete_on_close = opts.delete_on_close.unwrap_or(true);
        // `_bin_openflags`, with `O_TEMPORARY` on Windows when the OS is to delete the file.
        let open_flags =
            platform::named_openflags(Platform::HOST, self.version(), opts.delete, delete_on_close);
        let o_temporary = open_flags.contains(platform::OpenFlags::TEMPORARY);
        let flags = open_flags.native();
        let mut created: Option<PyPath> = None;
        let opened = FileObject::open_with(self.io_host(), &opts.open_args(), || {
            let (fd, path) = self.mkstemp_inner_with(
                &s.dir,
                &s.prefix,
                &s.suffix,
                flags,
                s.kind,
                params.names.as_ref(),
            )?;
            created = Some(path);
            // The name is set below, once the object exists (one copy of the path).
            let name = FileName::Fd(fd.raw());
            Ok((fd, name))
        });
        match opened {
            Ok(mut file) => {
                let Some(name) = created else {
                    return Err(Error::new(
                        ExcClass::OSError,
                        "internal: NamedTemporaryFile without a name",
                    ));
                };
                file.set_name(FileName::Path(name.clone()));
                let warn_message = (self.version().has(Behaviour::WrapperReprWarns)
                    && self.wants_events())
                .then(|| format!("Implicitly cleaning up {}", wrapper_repr(&file)).into());
                Ok(NamedTemporaryFile {
                    file,
                    name,
                    module: self.clone(),
                    delete: opts.delete,
                    delete_on_close,
                    close_called: false,
                    cleanup_called: false,
                    o_temporary,
                    warn_message,
                })
            }
            Err(e) => {
                // The file exists if the opener ran: remove it (an unlink error replaces the
                // original one, as in CPython's bare `except:`), unless `O_TEMPORARY` already
                // removed it with the descriptor (Windows).
                let unlink = platform::unlink_after_failed_open(
                    Platform::HOST,
                    self.version(),
                    opts.delete,
                    delete_on_close,
                );
                if let Some(path) = created.filter(|_| unlink) {
                    // No EINTR retry, as CPython's `os.unlink` (see `unlink` above).
                    pypath::with_cstr(
                        path.as_bytes(),
                        "unlink",
                        path.kind(),
                        self.version(),
                        |c| {
                            self.os().unlink(c).map_err(|u| {
                                pypath::os_error(u, path.as_bytes(), path.kind() == PathKind::Bytes)
                            })
                        },
                    )?;
                }
                Err(e)
            }
        }
    }
}
