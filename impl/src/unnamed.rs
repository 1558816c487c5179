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
