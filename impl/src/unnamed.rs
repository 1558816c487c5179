//! `TemporaryFile` (CPython's `TemporaryFile` and `_O_TMPFILE_WORKS` on POSIX, and
//! `TemporaryFile = NamedTemporaryFile` on Windows).
//!
//! On Windows ([`platform::temporary_file_is_named`]) the file is `NamedTemporaryFile`'s: made
//! by `_mkstemp_inner` with `_bin_openflags | O_TEMPORARY` (so the OS deletes it when its last
//! handle closes, even if the process is killed), `name` is its path, and nothing unlinks it.
//! The object returned is the file object itself, as the wrapper adds nothing there but its
//! `close` (an implicitly cleaned-up file warns as an unclosed file object does, not with the
//! 3.14+ wrapper's text).
//!
//! On POSIX:
//! Behaviour kept:
//! - Order: the text-mode default encoding is resolved first, then the arguments are sanitized.
//! - While the module's `_O_TMPFILE_WORKS` is true, the file is opened with
//!   `open(dir, (O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW | O_TMPFILE) & ~O_CREAT, 0o600)`: it has no name
//!   and can never be linked into the file system (`O_EXCL` with `O_TMPFILE`), `dir` is used as
//!   given (not made absolute), and no audit event is reported. From 3.15 `O_EXCL` is dropped
//!   too ([`Behaviour::TmpfileWithoutExcl`]): the file may then be linked in through
//!   `/proc/self/fd` by whoever holds the descriptor.
//! - `IsADirectoryError` (a kernel that reads `O_TMPFILE` as `O_DIRECTORY`) turns the switch off
//!   for good; any other OS error falls back for this call only; other errors (a bad mode, an
//!   unknown encoding) propagate.
//! - Fallback: `_mkstemp_inner` then `unlink`; if the unlink fails the descriptor is closed and
//!   the error returned.
//! - The object is the plain file object (no wrapper) whose `name` is the descriptor number.
//!
//! Create and close cost two system calls (`open`, `close`).

#[cfg(unix)]
use crate::args::PathKind;
#[cfg(target_os = "linux")]
use crate::error::ExcClass;
use crate::error::Result;
use crate::io::file::{FileName, FileObject, FileOptions};
use crate::module::{Params, Tempfile};
#[cfg(unix)]
use crate::os::flags;
#[cfg(target_os = "linux")]
use crate::os::{self, SeamFd};
use crate::platform::{self, Platform};
#[cfg(unix)]
use crate::pypath;
#[cfg(target_os = "linux")]
use crate::version::Behaviour;

/// `TemporaryFile()` with the defaults (`mode="w+b"`), using the process-wide module state.
///
/// The object is the file object itself (a `BufferedRandom`), whose `name` is its descriptor
/// number; closing or dropping it releases the file, which never had a name (POSIX).
///
/// # Errors
///
/// [`Tempfile::temporary_file`]'s.
///
/// # Security
///
/// See [`Tempfile::temporary_file`]: on Linux the file is opened `O_TMPFILE` and, before 3.15,
/// can never be given a name.
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// use std::io::{Read, Seek, Write};
/// let mut f = pytempfile::temporary_file()?;
/// f.write_all(b"scratch").unwrap();
/// f.rewind().unwrap();
/// let mut v = Vec::new();
/// f.read_to_end(&mut v).unwrap();
/// assert_eq!(v, b"scratch");
/// # Ok(()) }
/// ```
pub fn temporary_file() -> Result<FileObject> {
    Tempfile::global().temporary_file(&Params::new(), &FileOptions::new())
}

impl Tempfile {
    /// `TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, *, errors)`.
    ///
    /// On Linux, while [`o_tmpfile_works`](Tempfile::o_tmpfile_works): one `open` of `dir` with
    /// `O_TMPFILE`; else (or when that fails) `_mkstemp_inner` then `unlink`. On Windows it is
    /// `NamedTemporaryFile(delete=True)`'s file (see the module docs).
    ///
    /// # Errors
    ///
    /// - `_sanitize_params`' errors (mixed `str`/`bytes`: `TypeError`; the default directory's
    ///   `FileNotFoundError`) and `io.open`'s checks of the mode (`ValueError`, before anything is
    ///   opened);
    /// - an `O_TMPFILE` open that fails is not reported: `IsADirectoryError` (a kernel without
    ///   it) switches it off for good (`_O_TMPFILE_WORKS = False`), any other OS error falls back
    ///   for this call only;
    /// - the fallback's errors: [`crate::mkstemp`]'s creation errors (the `OSError` subclass of
    ///   `open(2)` with the candidate path, `FileExistsError` after `TMP_MAX` names), and the
    ///   `unlink`'s `OSError` (the descriptor is closed first);
    /// - `io.open`'s errors after the open (`ValueError("can't have unbuffered text I/O")`, an
    ///   illegal newline, the encoding's `LookupError`): the descriptor is closed, and there is
    ///   no name to remove.
    ///
    /// # Security
    ///
    /// With `O_TMPFILE` the file has no name at any moment: nothing in the file system reaches
    /// it, and it is gone with its last descriptor. Until 3.15 the flags are
    /// `O_RDWR|O_EXCL|O_NOFOLLOW|O_TMPFILE` (plus `O_CLOEXEC`), and `O_EXCL` makes the file
    /// impossible to link into the file system, even through `/proc/self/fd`; from 3.15
    /// ([`Behaviour::TmpfileWithoutExcl`]) CPython drops `O_EXCL`, so whoever holds the
    /// descriptor can give it a name. The fallback creates the file as `mkstemp` does (0600,
    /// `O_EXCL|O_NOFOLLOW`) and unlinks it at once: its name exists between the two calls. On
    /// Windows the file has a name for its whole life, and the OS deletes it at its last close
    /// (`O_TEMPORARY`).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::{Read, Seek, Write};
    /// use pytempfile::{FileName, FileOptions, Params, PyVersion, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let t = Tempfile::builder().version(PyVersion::V3_14).tempdir(dir.path()).build();
    /// let mut f = t.temporary_file(&Params::new(), &FileOptions::new())?;
    /// f.write_all(b"scratch").unwrap();
    /// f.rewind().unwrap();
    /// let mut v = Vec::new();
    /// f.read_to_end(&mut v).unwrap();
    /// assert_eq!(v, b"scratch");
    /// if cfg!(unix) {
    ///     assert!(matches!(f.name(), FileName::Fd(_))); // `name` is the descriptor
    ///     assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0); // no name anywhere
    /// }
    /// # #[cfg(target_os = "linux")]
    /// # {
    /// // O_EXCL (before 3.15): no one can link it into the file system.
    /// let target = dir.path().join("linked");
    /// let c = std::ffi::CString::new(target.as_os_str().as_encoded_bytes()).unwrap();
    /// assert!(pytempfile::os::link_fd(f.fileno()?, &c).is_err());
    /// assert!(!target.exists());
    /// # }
    /// f.close()?;
    /// # Ok(()) }
    /// ```
    pub fn temporary_file(&self, params: &Params, opts: &FileOptions) -> Result<FileObject> {
        if platform::temporary_file_is_named(Platform::HOST) {
            return self.temporary_file_named(params, opts);
        }
        self.temporary_file_posix(params, opts)
    }

    /// Windows: `NamedTemporaryFile(delete=True)`'s file object (see the module docs).
    fn temporary_file_named(&self, params: &Params, opts: &FileOptions) -> Result<FileObject> {
        let s = self.sanitize_params_ref(params)?;
        let flags = platform::named_openflags(Platform::HOST, self.version(), true, true).native();
        let mut created = None;
        let mut file = FileObject::open_with(self.io_host(), &opts.open_args(), || {
            let (fd, path) = self.mkstemp_inner_with(
                &s.dir,
                &s.prefix,
                &s.suffix,
                flags,
                s.kind,
                params.names.as_ref(),
            )?;
            created = Some(path);
            let name = FileName::Fd(fd.raw());
            Ok((fd, name))
        })?;
        // (A failure after the opener closed the descriptor, and `O_TEMPORARY` removed the
        // file with it: nothing to unlink.)
        if let Some(path) = created {
            file.set_name(FileName::Path(path));
        }
        Ok(file)
    }

    /// POSIX: `O_TMPFILE` (Linux), else `_mkstemp_inner` and `unlink`.
    #[cfg(unix)]
    fn temporary_file_posix(&self, params: &Params, opts: &FileOptions) -> Result<FileObject> {
        let s = self.sanitize_params_ref(params)?;
        #[cfg(target_os = "linux")]
        if self.o_tmpfile_works() {
            let dir = s.dir.fspath()?.1;
            let mut tmpfile_flags = (flags::BIN_OPENFLAGS | flags::O_TMPFILE) & !flags::O_CREAT;
            if self.version().has(Behaviour::TmpfileWithoutExcl) {
                tmpfile_flags &= !flags::O_EXCL;
            }
            let attempt = FileObject::open_with(self.io_host(), &opts.open_args(), || {
                let fd = pypath::with_cstr(dir, "open", s.kind, self.version(), |c| {
                    os::retry_eintr(|| SeamFd::open(self.os_shared(), c, tmpfile_flags, 0o600))
                        .map_err(|e| pypath::os_error(e, dir, s.kind == PathKind::Bytes))
                })?;
                let name = FileName::Fd(fd.raw());
                Ok((fd, name))
            });
            match attempt {
                Ok(file) => return Ok(file),
                Err(e) if e.class() == ExcClass::IsADirectoryError => {
                    self.set_o_tmpfile_works(false)
                }
                Err(e) if e.class().is_os_error() => {}
                Err(e) => return Err(e),
            }
        }
        FileObject::open_with(self.io_host(), &opts.open_args(), || {
            let (fd, path) = self.mkstemp_inner_with(
                &s.dir,
                &s.prefix,
                &s.suffix,
                flags::BIN_OPENFLAGS,
                s.kind,
                params.names.as_ref(),
            )?;
            let os = self.os();
            let unlinked = pypath::with_cstr(
                path.as_bytes(),
                "unlink",
                path.kind(),
                self.version(),
                |c| {
                    // No EINTR retry: CPython's `os.unlink` has none (PEP 475 leaves it out).
                    os.unlink(c).map_err(|e| {
                        pypath::os_error(e, path.as_bytes(), path.kind() == PathKind::Bytes)
                    })
                },
            );
            if let Err(e) = unlinked {
                let mut fd = fd;
                let _ = fd.close();
                return Err(e);
            }
            let name = FileName::Fd(fd.raw());
            Ok((fd, name))
        })
    }

    #[cfg(not(unix))]
    fn temporary_file_posix(&self, params: &Params, opts: &FileOptions) -> Result<FileObject> {
        self.temporary_file_named(params, opts)
    }
}
