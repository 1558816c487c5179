//! The one error type of pytempfile: what CPython would have raised.
//!
//! CPython's `tempfile` reports failures as Python exceptions. To let a caller (and the
//! conformance harness) compare the two implementations, every failure here carries the same
//! four things a Python exception shows: the exception class ([`ExcClass`]), the `errno`, the
//! message (`strerror` for OS errors) and the `filename`. [`Error`]'s `Display` renders them the
//! way `str(exc)` does in CPython, e.g. `[Errno 17] No usable temporary file name found` or
//! `[Errno 2] No such file or directory: '/nonexistent/tmpab12cd34'`.
//!
//! Invariants:
//! - An OS error's class is derived from its errno exactly as CPython's `OSError.__new__` does
//!   (PEP 3151), so `EEXIST` is always [`ExcClass::FileExistsError`].
//! - `Error` converts into [`std::io::Error`] with the matching [`std::io::ErrorKind`] and can be
//!   recovered from it with [`Error::from_io`], so Rust callers can use `?` in `io::Result` code.

use std::fmt;
use std::io;

use crate::os::Errno;
use crate::pyrepr;

/// The Python exception class an [`Error`] stands for.
///
/// The `OSError` subclasses are picked from `errno` as CPython's `OSError.__new__` picks them
/// (PEP 3151, [`ExcClass::for_errno`]); the others are the classes `tempfile` and `io` raise
/// without an errno (`TypeError` for mixed `str`/`bytes` arguments, `ValueError` for a closed
/// file, `LookupError` for an unknown encoding, ...).
///
/// # Examples
///
/// ```
/// use pybase::error::ExcClass;
///
/// let class = ExcClass::for_errno(libc::EACCES);
/// assert_eq!(class, ExcClass::PermissionError);
/// assert_eq!(class.to_string(), "PermissionError"); // type(exc).__name__
/// assert!(class.is_os_error());
/// assert!(!ExcClass::ValueError.is_os_error());
/// // io.UnsupportedOperation derives from both OSError and ValueError.
/// assert!(ExcClass::UnsupportedOperation.is_os_error());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExcClass {
    /// `OSError` itself (no more specific subclass for the errno, or no errno at all).
    OSError,
    /// `BlockingIOError` (EAGAIN, EALREADY, EWOULDBLOCK, EINPROGRESS).
    BlockingIOError,
    /// `ChildProcessError` (ECHILD).
    ChildProcessError,
    /// `BrokenPipeError` (EPIPE, ESHUTDOWN).
    BrokenPipeError,
    /// `ConnectionAbortedError` (ECONNABORTED).
    ConnectionAbortedError,
    /// `ConnectionRefusedError` (ECONNREFUSED).
    ConnectionRefusedError,
    /// `ConnectionResetError` (ECONNRESET).
    ConnectionResetError,
    /// `FileExistsError` (EEXIST).
    FileExistsError,
    /// `FileNotFoundError` (ENOENT).
    FileNotFoundError,
    /// `InterruptedError` (EINTR).
    InterruptedError,
    /// `IsADirectoryError` (EISDIR).
    IsADirectoryError,
    /// `NotADirectoryError` (ENOTDIR).
    NotADirectoryError,
    /// `PermissionError` (EACCES, EPERM).
    PermissionError,
    /// `ProcessLookupError` (ESRCH).
    ProcessLookupError,
    /// `TimeoutError` (ETIMEDOUT).
    TimeoutError,
    /// `TypeError`: wrong argument types, e.g. mixing bytes and str path components.
    TypeError,
    /// `ValueError`: bad values, e.g. an embedded NUL byte in a path.
    ValueError,
    /// `LookupError`: an unknown encoding or error handler.
    LookupError,
    /// `UnicodeError`: the base class, raised as such by 3.10–3.12's UTF-16/32 decoders.
    UnicodeError,
    /// `UnicodeEncodeError`: a str that the file system encoding cannot encode.
    UnicodeEncodeError,
    /// `UnicodeDecodeError`: bytes that the file's encoding cannot decode.
    UnicodeDecodeError,
    /// `StopIteration`: a forced name source ran out before `TMP_MAX` attempts.
    StopIteration,
    /// `io.UnsupportedOperation` (a subclass of both OSError and ValueError).
    UnsupportedOperation,
    /// `AttributeError`: a property the underlying object does not have.
    AttributeError,
    /// Not a Python class: a caller-provided `Os` failed with something other than an OS
    /// error ([`crate::os::Errno::FOREIGN`]); the caller knows what it was.
    Foreign,
}

/// `errno.ESHUTDOWN`: Windows' C runtime has none, and CPython uses Winsock's there.
#[cfg(unix)]
const ESHUTDOWN: i32 = libc::ESHUTDOWN;
/// `errno.ESHUTDOWN`: Windows' C runtime has none, and CPython uses Winsock's there.
#[cfg(windows)]
const ESHUTDOWN: i32 = 10058;

impl ExcClass {
    /// The class CPython's `OSError(errno, ...)` constructor picks for `errno` (PEP 3151).
    ///
    /// An errno without a subclass of its own (`ENOSPC`, `EIO`, `EXDEV`, ...) is plain
    /// `OSError`.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::error::ExcClass;
    ///
    /// assert_eq!(ExcClass::for_errno(libc::EEXIST), ExcClass::FileExistsError);
    /// assert_eq!(ExcClass::for_errno(libc::EPERM), ExcClass::PermissionError);
    /// assert_eq!(ExcClass::for_errno(libc::ENOSPC), ExcClass::OSError);
    /// ```
    pub fn for_errno(errno: i32) -> ExcClass {
        match errno {
            libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => ExcClass::BlockingIOError,
            // Linux's EWOULDBLOCK is EAGAIN; Windows' C runtime has its own value.
            #[cfg(windows)]
            libc::EWOULDBLOCK => ExcClass::BlockingIOError,
            libc::ECHILD => ExcClass::ChildProcessError,
            libc::EPIPE | ESHUTDOWN => ExcClass::BrokenPipeError,
            libc::ECONNABORTED => ExcClass::ConnectionAbortedError,
            libc::ECONNREFUSED => ExcClass::ConnectionRefusedError,
            libc::ECONNRESET => ExcClass::ConnectionResetError,
            libc::EEXIST => ExcClass::FileExistsError,
            libc::ENOENT => ExcClass::FileNotFoundError,
            libc::EINTR => ExcClass::InterruptedError,
            libc::EISDIR => ExcClass::IsADirectoryError,
            libc::ENOTDIR => ExcClass::NotADirectoryError,
            libc::EACCES | libc::EPERM => ExcClass::PermissionError,
            libc::ESRCH => ExcClass::ProcessLookupError,
            libc::ETIMEDOUT => ExcClass::TimeoutError,
            i32::MIN => ExcClass::Foreign,
            _ => ExcClass::OSError,
        }
    }

    /// The Python name of the class, as `type(exc).__name__` prints it.
    pub fn name(self) -> &'static str {
        match self {
            ExcClass::OSError => "OSError",
            ExcClass::BlockingIOError => "BlockingIOError",
            ExcClass::ChildProcessError => "ChildProcessError",
            ExcClass::BrokenPipeError => "BrokenPipeError",
            ExcClass::ConnectionAbortedError => "ConnectionAbortedError",
            ExcClass::ConnectionRefusedError => "ConnectionRefusedError",
            ExcClass::ConnectionResetError => "ConnectionResetError",
            ExcClass::FileExistsError => "FileExistsError",
            ExcClass::FileNotFoundError => "FileNotFoundError",
            ExcClass::InterruptedError => "InterruptedError",
            ExcClass::IsADirectoryError => "IsADirectoryError",
            ExcClass::NotADirectoryError => "NotADirectoryError",
            ExcClass::PermissionError => "PermissionError",
            ExcClass::ProcessLookupError => "ProcessLookupError",
            ExcClass::TimeoutError => "TimeoutError",
            ExcClass::TypeError => "TypeError",
            ExcClass::ValueError => "ValueError",
            ExcClass::LookupError => "LookupError",
            ExcClass::UnicodeError => "UnicodeError",
            ExcClass::UnicodeEncodeError => "UnicodeEncodeError",
            ExcClass::UnicodeDecodeError => "UnicodeDecodeError",
            ExcClass::StopIteration => "StopIteration",
            ExcClass::UnsupportedOperation => "UnsupportedOperation",
            ExcClass::AttributeError => "AttributeError",
            ExcClass::Foreign => "Foreign",
        }
    }

    /// Whether the class is `OSError` or one of its subclasses.
    pub fn is_os_error(self) -> bool {
        matches!(
            self,
            ExcClass::OSError
                | ExcClass::BlockingIOError
                | ExcClass::ChildProcessError
                | ExcClass::BrokenPipeError
                | ExcClass::ConnectionAbortedError
                | ExcClass::ConnectionRefusedError
                | ExcClass::ConnectionResetError
                | ExcClass::FileExistsError
                | ExcClass::FileNotFoundError
                | ExcClass::InterruptedError
                | ExcClass::IsADirectoryError
                | ExcClass::NotADirectoryError
                | ExcClass::PermissionError
                | ExcClass::ProcessLookupError
                | ExcClass::TimeoutError
                | ExcClass::UnsupportedOperation
        )
    }

    fn io_kind(self) -> io::ErrorKind {
        match self {
            ExcClass::FileExistsError => io::ErrorKind::AlreadyExists,
            ExcClass::FileNotFoundError => io::ErrorKind::NotFound,
            ExcClass::PermissionError => io::ErrorKind::PermissionDenied,
            ExcClass::InterruptedError => io::ErrorKind::Interrupted,
            ExcClass::IsADirectoryError => io::ErrorKind::IsADirectory,
            ExcClass::NotADirectoryError => io::ErrorKind::NotADirectory,
            ExcClass::BlockingIOError => io::ErrorKind::WouldBlock,
            ExcClass::BrokenPipeError => io::ErrorKind::BrokenPipe,
            ExcClass::TimeoutError => io::ErrorKind::TimedOut,
            ExcClass::ConnectionAbortedError => io::ErrorKind::ConnectionAborted,
            ExcClass::ConnectionRefusedError => io::ErrorKind::ConnectionRefused,
            ExcClass::ConnectionResetError => io::ErrorKind::ConnectionReset,
            ExcClass::TypeError | ExcClass::ValueError | ExcClass::LookupError => {
                io::ErrorKind::InvalidInput
            }
            ExcClass::UnicodeError
            | ExcClass::UnicodeEncodeError
            | ExcClass::UnicodeDecodeError => io::ErrorKind::InvalidData,
            ExcClass::UnsupportedOperation => io::ErrorKind::Unsupported,
            _ => io::ErrorKind::Other,
        }
    }
}

impl fmt::Display for ExcClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A file name attached to an OS error, as Python holds it: a `str` or a `bytes` object.
///
/// Both are stored as the bytes the file system sees; `Str` names are shown the way Python
/// shows the `str` that `os.fsdecode` would make of them (surrogate escapes included).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Filename {
    /// A `str` filename (stored fs-encoded).
    Str(Vec<u8>),
    /// A `bytes` filename.
    Bytes(Vec<u8>),
}

impl Filename {
    /// The bytes the file system sees.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Filename::Str(b) | Filename::Bytes(b) => b,
        }
    }

    /// Python's `repr()` of the filename.
    pub fn repr(&self) -> String {
        match self {
            Filename::Str(b) => pyrepr::str_repr(b),
            Filename::Bytes(b) => pyrepr::bytes_repr(b),
        }
    }
}

/// The object a Unicode error is about: the text being encoded (as code points, lone
/// surrogates included) or the bytes being decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnicodeObject {
    /// `UnicodeEncodeError.object`: a `str`.
    Str(Vec<u32>),
    /// `UnicodeDecodeError.object`: a `bytes`.
    Bytes(Vec<u8>),
}

/// The attributes of a `UnicodeEncodeError` / `UnicodeDecodeError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnicodeDetails {
    /// `exc.encoding` (the codec's name as CPython reports it, e.g. `'utf-16-le'`).
    pub encoding: String,
    /// `exc.object`.
    pub object: UnicodeObject,
    /// `exc.start`.
    pub start: usize,
    /// `exc.end`.
    pub end: usize,
    /// `exc.reason`.
    pub reason: String,
}

/// What CPython would have raised: class, errno, message and filename (and, for
/// `UnicodeEncodeError` / `UnicodeDecodeError`, the codec's details).
///
/// `Display` matches Python's `str(exc)`. It converts into [`std::io::Error`] (with the
/// matching [`io::ErrorKind`]), so `?` works in `io::Result` code, and [`Error::from_io`] gets
/// it back.
///
/// # Examples
///
/// ```
/// use pybase::error::{Error, ExcClass, Filename};
/// use pybase::os::Errno;
///
/// // os.open('/missing/tmpab12cd34', ...) failing with ENOENT:
/// let err = Error::from_errno(Errno(libc::ENOENT), Some(Filename::Str(b"/missing/tmpab12cd34".to_vec())));
/// assert_eq!(err.class(), ExcClass::FileNotFoundError);
/// assert_eq!(err.errno(), Some(libc::ENOENT));
/// assert_eq!(err.to_string(), "[Errno 2] No such file or directory: '/missing/tmpab12cd34'");
///
/// // tempfile's exhaustion error has no filename.
/// let err = Error::os(libc::EEXIST, "No usable temporary file name found");
/// assert_eq!(err.to_string(), "[Errno 17] No usable temporary file name found");
///
/// // Into std::io::Error and back, unchanged.
/// let io: std::io::Error = err.clone().into();
/// assert_eq!(io.kind(), std::io::ErrorKind::AlreadyExists);
/// assert_eq!(Error::from_io(io), err);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    class: ExcClass,
    errno: Option<i32>,
    message: String,
    filename: Option<Filename>,
    filename2: Option<Filename>,
    unicode: Option<Box<UnicodeDetails>>,
}

impl Error {
    /// An OS error from a failed call, as `OSError(errno, strerror(errno), filename)`: the
    /// class from the errno ([`ExcClass::for_errno`]), the message `strerror(errno)`.
    /// [`Errno::FOREIGN`] (a caller-provided seam failed with something that is no OS error)
    /// gives [`ExcClass::Foreign`].
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::error::{Error, ExcClass, Filename};
    /// use pybase::os::Errno;
    ///
    /// let err = Error::from_errno(Errno(libc::EACCES), Some(Filename::Bytes(b"/root/x".to_vec())));
    /// assert_eq!(err.class(), ExcClass::PermissionError);
    /// assert_eq!(err.to_string(), "[Errno 13] Permission denied: b'/root/x'");
    /// assert_eq!(Error::from_errno(Errno::FOREIGN, None).class(), ExcClass::Foreign);
    /// ```
    pub fn from_errno(errno: Errno, filename: Option<Filename>) -> Error {
        if errno.is_foreign() {
            return Error::new(
                ExcClass::Foreign,
                "exception raised inside a caller-provided Os",
            );
        }
        Error {
            class: ExcClass::for_errno(errno.0),
            errno: Some(errno.0),
            message: errno.strerror(),
            filename,
            filename2: None,
            unicode: None,
        }
    }

    /// `OSError(errno, message)` without a filename, with the class picked from the errno.
    pub fn os(errno: i32, message: impl Into<String>) -> Error {
        Error {
            class: ExcClass::for_errno(errno),
            errno: Some(errno),
            message: message.into(),
            filename: None,
            filename2: None,
            unicode: None,
        }
    }

    /// `OSError(message)`: an OS error without an errno (e.g. shutil's symlink refusal).
    pub fn os_message(message: impl Into<String>) -> Error {
        Error {
            class: ExcClass::OSError,
            errno: None,
            message: message.into(),
            filename: None,
            filename2: None,
            unicode: None,
        }
    }

    /// `TypeError(message)`.
    pub fn type_error(message: impl Into<String>) -> Error {
        Error::new(ExcClass::TypeError, message)
    }

    /// `ValueError(message)`.
    pub fn value_error(message: impl Into<String>) -> Error {
        Error::new(ExcClass::ValueError, message)
    }

    /// A non-OS exception of class `class` with `message` (`str(exc) == message`).
    pub fn new(class: ExcClass, message: impl Into<String>) -> Error {
        Error {
            class,
            errno: None,
            message: message.into(),
            filename: None,
            filename2: None,
            unicode: None,
        }
    }

    /// `UnicodeEncodeError(encoding, text, start, end, reason)`: `text` as code points, the
    /// message as `str(exc)` shows it.
    pub fn unicode_encode(
        encoding: &str,
        text: &[u32],
        start: usize,
        end: usize,
        reason: &str,
    ) -> Error {
        let message = match text.get(start) {
            Some(&c) if end == start + 1 => {
                let ch = if c <= 0xff {
                    format!("\\x{c:02x}")
                } else if c <= 0xffff {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                format!(
                    "'{encoding}' codec can't encode character '{ch}' in position {start}: {reason}"
                )
            }
            _ => format!(
                "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
                end as i128 - 1
            ),
        };
        Error::new(ExcClass::UnicodeEncodeError, message).with_unicode(UnicodeDetails {
            encoding: encoding.to_string(),
            object: UnicodeObject::Str(text.to_vec()),
            start,
            end,
            reason: reason.to_string(),
        })
    }

    /// `UnicodeDecodeError(encoding, data, start, end, reason)`, the message as `str(exc)`
    /// shows it.
    pub fn unicode_decode(
        encoding: &str,
        data: &[u8],
        start: usize,
        end: usize,
        reason: &str,
    ) -> Error {
        let message = match data.get(start) {
            Some(b) if end == start + 1 => format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                end as i128 - 1
            ),
        };
        Error::new(ExcClass::UnicodeDecodeError, message).with_unicode(UnicodeDetails {
            encoding: encoding.to_string(),
            object: UnicodeObject::Bytes(data.to_vec()),
            start,
            end,
            reason: reason.to_string(),
        })
    }

    fn with_unicode(mut self, details: UnicodeDetails) -> Error {
        self.unicode = Some(Box::new(details));
        self
    }

    /// The codec's details of a `UnicodeEncodeError` / `UnicodeDecodeError`.
    pub fn unicode(&self) -> Option<&UnicodeDetails> {
        self.unicode.as_deref()
    }

    /// The same error with `filename` set (Python: `err.filename = ...`).
    #[must_use]
    pub fn with_filename(mut self, filename: Option<Filename>) -> Error {
        self.filename = filename;
        self
    }

    /// The same error with `filename2` set: the second path of a two-path call such as
    /// `os.rename(src, dst)` (shown as `'src' -> 'dst'`).
    #[must_use]
    pub fn with_filename2(mut self, filename2: Option<Filename>) -> Error {
        self.filename2 = filename2;
        self
    }

    /// The exception class.
    pub fn class(&self) -> ExcClass {
        self.class
    }

    /// `exc.errno`, if the error has one.
    pub fn errno(&self) -> Option<i32> {
        self.errno
    }

    /// `exc.strerror` for OS errors, the message for others.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// `exc.filename`.
    pub fn filename(&self) -> Option<&Filename> {
        self.filename.as_ref()
    }

    /// `exc.filename2`.
    pub fn filename2(&self) -> Option<&Filename> {
        self.filename2.as_ref()
    }

    /// Whether this is the "name already exists" error that makes the retry loops try again.
    pub fn is_exists(&self) -> bool {
        self.class == ExcClass::FileExistsError
    }

    /// Recover the pytempfile error from an `io::Error` made by [`From<Error>`], or describe a
    /// foreign `io::Error` as CPython would (`OSError` from its raw errno; on Windows, from
    /// its Win32 error code as [`Errno::from_raw_os_error`] maps it).
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::error::{Error, ExcClass};
    ///
    /// let from_std = std::fs::read_dir("/nonexistent/pybase-from-io").unwrap_err();
    /// let err = Error::from_io(from_std);
    /// assert_eq!(err.class(), ExcClass::FileNotFoundError);
    /// assert_eq!(err.errno(), Some(libc::ENOENT));
    ///
    /// let ours = Error::value_error("I/O operation on closed file.");
    /// assert_eq!(Error::from_io(ours.clone().into()), ours);
    /// ```
    pub fn from_io(err: io::Error) -> Error {
        if let Some(code) = err.raw_os_error() {
            return Error::from_errno(Errno::from_raw_os_error(code), None);
        }
        let kind = err.kind();
        match err.into_inner() {
            Some(inner) => match inner.downcast::<Error>() {
                Ok(e) => *e,
                Err(other) => Error::os_message(other.to_string()),
            },
            None => Error::os_message(kind.to_string()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.class.is_os_error() {
            return f.write_str(&self.message);
        }
        // OSError.__str__: "[Errno N] strerror: 'filename' -> 'filename2'" when a filename is
        // set (errno and strerror print as None when missing), "[Errno N] strerror" with an
        // errno, and the bare argument otherwise.
        let errno = match self.errno {
            Some(n) => n.to_string(),
            None => "None".to_string(),
        };
        match (&self.filename, &self.filename2) {
            (Some(a), Some(b)) => {
                let msg = if self.errno.is_some() {
                    self.message.as_str()
                } else {
                    "None"
                };
                write!(f, "[Errno {errno}] {msg}: {} -> {}", a.repr(), b.repr())
            }
            (Some(a), None) => {
                let msg = if self.errno.is_some() {
                    self.message.as_str()
                } else {
                    "None"
                };
                write!(f, "[Errno {errno}] {msg}: {}", a.repr())
            }
            _ if self.errno.is_some() => write!(f, "[Errno {errno}] {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

impl From<Error> for io::Error {
    fn from(err: Error) -> io::Error {
        io::Error::new(err.class.io_kind(), err)
    }
}

/// `Result` with pytempfile's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_pep3151() {
        assert_eq!(ExcClass::for_errno(libc::EEXIST), ExcClass::FileExistsError);
        assert_eq!(
            ExcClass::for_errno(libc::ENOENT),
            ExcClass::FileNotFoundError
        );
        assert_eq!(ExcClass::for_errno(libc::EPERM), ExcClass::PermissionError);
        assert_eq!(ExcClass::for_errno(libc::EACCES), ExcClass::PermissionError);
        assert_eq!(
            ExcClass::for_errno(libc::EWOULDBLOCK),
            ExcClass::BlockingIOError
        );
        assert_eq!(ExcClass::for_errno(libc::EIO), ExcClass::OSError);
        assert_eq!(ExcClass::for_errno(libc::ENOSPC), ExcClass::OSError);
    }

    /// Every errno PEP 3151 gives a subclass of its own, and a few it does not, with the class
    /// `type(OSError(errno, "x")).__name__` names in CPython.
    #[test]
    fn every_errno_with_a_subclass_gets_it() {
        let table = [
            (libc::EAGAIN, ExcClass::BlockingIOError),
            (libc::EALREADY, ExcClass::BlockingIOError),
            (libc::EINPROGRESS, ExcClass::BlockingIOError),
            (libc::EWOULDBLOCK, ExcClass::BlockingIOError),
            (libc::ECHILD, ExcClass::ChildProcessError),
            (libc::EPIPE, ExcClass::BrokenPipeError),
            (ESHUTDOWN, ExcClass::BrokenPipeError),
            (libc::ECONNABORTED, ExcClass::ConnectionAbortedError),
            (libc::ECONNREFUSED, ExcClass::ConnectionRefusedError),
            (libc::ECONNRESET, ExcClass::ConnectionResetError),
            (libc::EEXIST, ExcClass::FileExistsError),
            (libc::ENOENT, ExcClass::FileNotFoundError),
            (libc::EINTR, ExcClass::InterruptedError),
            (libc::EISDIR, ExcClass::IsADirectoryError),
            (libc::ENOTDIR, ExcClass::NotADirectoryError),
            (libc::EACCES, ExcClass::PermissionError),
            (libc::EPERM, ExcClass::PermissionError),
            (libc::ESRCH, ExcClass::ProcessLookupError),
            (libc::ETIMEDOUT, ExcClass::TimeoutError),
            (libc::EIO, ExcClass::OSError),
            (libc::ENOSPC, ExcClass::OSError),
            (libc::EXDEV, ExcClass::OSError),
            (libc::EINVAL, ExcClass::OSError),
            (libc::ENOSYS, ExcClass::OSError),
            (0, ExcClass::OSError),
            (Errno::FOREIGN.0, ExcClass::Foreign),
        ];
        for (errno, class) in table {
            assert_eq!(ExcClass::for_errno(errno), class, "errno {errno}");
            assert_eq!(Error::os(errno, "x").class(), class, "errno {errno}");
        }
    }

    /// The `io::ErrorKind` an error converts with, for every class.
    #[test]
    fn every_class_converts_with_its_io_kind() {
        use io::ErrorKind as K;
        let table = [
            (ExcClass::OSError, K::Other),
            (ExcClass::BlockingIOError, K::WouldBlock),
            (ExcClass::ChildProcessError, K::Other),
            (ExcClass::BrokenPipeError, K::BrokenPipe),
            (ExcClass::ConnectionAbortedError, K::ConnectionAborted),
            (ExcClass::ConnectionRefusedError, K::ConnectionRefused),
            (ExcClass::ConnectionResetError, K::ConnectionReset),
            (ExcClass::FileExistsError, K::AlreadyExists),
            (ExcClass::FileNotFoundError, K::NotFound),
            (ExcClass::InterruptedError, K::Interrupted),
            (ExcClass::IsADirectoryError, K::IsADirectory),
            (ExcClass::NotADirectoryError, K::NotADirectory),
            (ExcClass::PermissionError, K::PermissionDenied),
            (ExcClass::ProcessLookupError, K::Other),
            (ExcClass::TimeoutError, K::TimedOut),
            (ExcClass::TypeError, K::InvalidInput),
            (ExcClass::ValueError, K::InvalidInput),
            (ExcClass::LookupError, K::InvalidInput),
            (ExcClass::UnicodeError, K::InvalidData),
            (ExcClass::UnicodeEncodeError, K::InvalidData),
            (ExcClass::UnicodeDecodeError, K::InvalidData),
            (ExcClass::StopIteration, K::Other),
            (ExcClass::UnsupportedOperation, K::Unsupported),
            (ExcClass::AttributeError, K::Other),
            (ExcClass::Foreign, K::Other),
        ];
        for (class, kind) in table {
            let err = Error::new(class, "x");
            let io: io::Error = err.clone().into();
            assert_eq!(io.kind(), kind, "{class}");
            assert_eq!(Error::from_io(io), err, "{class}");
        }
    }

    #[test]
    fn a_filename_is_the_bytes_the_file_system_sees() {
        assert_eq!(Filename::Str(b"/t/a".to_vec()).as_bytes(), b"/t/a");
        assert_eq!(Filename::Bytes(b"/t/\xff".to_vec()).as_bytes(), b"/t/\xff");
        assert_eq!(Filename::Str(Vec::new()).as_bytes(), b"");
    }

    #[test]
    fn the_accessors_return_what_the_error_holds() {
        let e = Error::from_errno(Errno(libc::EXDEV), Some(Filename::Str(b"/a".to_vec())))
            .with_filename2(Some(Filename::Bytes(b"/b".to_vec())));
        assert_eq!(e.errno(), Some(libc::EXDEV));
        assert_eq!(e.message(), Errno(libc::EXDEV).strerror());
        assert_eq!(e.filename(), Some(&Filename::Str(b"/a".to_vec())));
        assert_eq!(e.filename2(), Some(&Filename::Bytes(b"/b".to_vec())));
        let e = Error::value_error("I/O operation on closed file.");
        assert_eq!(e.message(), "I/O operation on closed file.");
        assert_eq!((e.filename(), e.filename2()), (None, None));
    }

    #[test]
    fn only_file_exists_is_the_exists_error() {
        assert!(Error::os(libc::EEXIST, "File exists").is_exists());
        assert!(Error::from_errno(Errno(libc::EEXIST), None).is_exists());
        assert!(!Error::os(libc::ENOENT, "No such file or directory").is_exists());
        assert!(!Error::os(libc::EACCES, "Permission denied").is_exists());
        assert!(!Error::new(ExcClass::ValueError, "File exists").is_exists());
    }

    /// A seam's foreign failure is no OS error: no errno, no strerror, no filename.
    #[test]
    fn a_foreign_failure_has_no_errno() {
        let e = Error::from_errno(Errno::FOREIGN, Some(Filename::Str(b"/a".to_vec())));
        assert_eq!(e.class(), ExcClass::Foreign);
        assert_eq!(e.errno(), None);
        assert_eq!(e.filename(), None);
        assert_eq!(e.message(), "exception raised inside a caller-provided Os");
        assert_eq!(
            e.to_string(),
            "exception raised inside a caller-provided Os"
        );
    }

    /// `str()` of a two-path `OSError`, e.g. `os.rename(src, dst)` failing.
    #[test]
    fn display_shows_both_filenames() {
        let e = Error::os(libc::EXDEV, "Invalid cross-device link")
            .with_filename(Some(Filename::Str(b"/a".to_vec())))
            .with_filename2(Some(Filename::Str(b"/b".to_vec())));
        assert_eq!(
            e.to_string(),
            "[Errno 18] Invalid cross-device link: '/a' -> '/b'"
        );
        let e = Error::os(libc::EEXIST, "File exists")
            .with_filename(Some(Filename::Bytes(b"/a".to_vec())))
            .with_filename2(Some(Filename::Bytes(b"/b".to_vec())));
        assert_eq!(e.to_string(), "[Errno 17] File exists: b'/a' -> b'/b'");
        let e = Error::os_message("x")
            .with_filename(Some(Filename::Str(b"/a".to_vec())))
            .with_filename2(Some(Filename::Str(b"/b".to_vec())));
        assert_eq!(e.to_string(), "[Errno None] None: '/a' -> '/b'");
        // filename2 alone is not shown, as in CPython.
        let e = Error::os(libc::EEXIST, "File exists")
            .with_filename2(Some(Filename::Str(b"/b".to_vec())));
        assert_eq!(e.to_string(), "[Errno 17] File exists");
    }

    #[test]
    fn display_matches_python_str() {
        let e = Error::os(libc::EEXIST, "No usable temporary file name found");
        assert_eq!(
            e.to_string(),
            "[Errno 17] No usable temporary file name found"
        );
        let e = Error::from_errno(
            Errno(libc::ENOENT),
            Some(Filename::Str(b"/x/tmpa".to_vec())),
        );
        assert_eq!(
            e.to_string(),
            "[Errno 2] No such file or directory: '/x/tmpa'"
        );
        let e = Error::from_errno(Errno(libc::ENOENT), Some(Filename::Bytes(b"/x".to_vec())));
        assert_eq!(e.to_string(), "[Errno 2] No such file or directory: b'/x'");
        let e = Error::os_message("Cannot call rmtree on a symbolic link");
        assert_eq!(e.to_string(), "Cannot call rmtree on a symbolic link");
        let e = e.with_filename(Some(Filename::Str(b"/t".to_vec())));
        assert_eq!(e.to_string(), "[Errno None] None: '/t'");
        let e = Error::type_error("Can't mix bytes and non-bytes in path components.");
        assert_eq!(
            e.to_string(),
            "Can't mix bytes and non-bytes in path components."
        );
    }

    #[test]
    fn round_trips_through_io_error() {
        let e = Error::os(libc::EEXIST, "No usable temporary directory name found");
        let io: io::Error = e.clone().into();
        assert_eq!(io.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(Error::from_io(io), e);
        // std's raw codes are the platform's: errno on POSIX, Win32 codes on Windows
        // (ERROR_ACCESS_DENIED is 5; 13 there is ERROR_INVALID_DATA, EINVAL).
        let access_denied = if cfg!(windows) { 5 } else { libc::EACCES };
        let raw = io::Error::from_raw_os_error(access_denied);
        assert_eq!(Error::from_io(raw).class(), ExcClass::PermissionError);
        let path_not_found = if cfg!(windows) { 3 } else { libc::ENOENT };
        let raw = io::Error::from_raw_os_error(path_not_found);
        assert_eq!(Error::from_io(raw).errno(), Some(libc::ENOENT));
    }

    #[test]
    fn unicode_errors_carry_their_details_and_cpythons_message() {
        let e = Error::unicode_encode(
            "latin-1",
            &[0x61, 0x20ac],
            1,
            2,
            "ordinal not in range(256)",
        );
        assert_eq!(e.class(), ExcClass::UnicodeEncodeError);
        assert_eq!(
            e.to_string(),
            "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"
        );
        let d = e.unicode().unwrap();
        assert_eq!((d.start, d.end, d.encoding.as_str()), (1, 2, "latin-1"));
        assert_eq!(d.object, UnicodeObject::Str(vec![0x61, 0x20ac]));
        let e = Error::unicode_encode(
            "ascii",
            &[0xe9, 0xe9, 0x61],
            0,
            2,
            "ordinal not in range(128)",
        );
        assert_eq!(
            e.to_string(),
            "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"
        );
        let e = Error::unicode_decode("utf-8", b"a\xff", 1, 2, "invalid start byte");
        assert_eq!(e.class(), ExcClass::UnicodeDecodeError);
        assert_eq!(
            e.to_string(),
            "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
        );
        assert_eq!(
            e.unicode().unwrap().object,
            UnicodeObject::Bytes(b"a\xff".to_vec())
        );
        assert!(Error::value_error("x").unicode().is_none());
    }

    /// A range of more than one byte or character is "bytes"/"characters in position a-b",
    /// as `str(exc)` of a truncated UTF-8 sequence shows it.
    #[test]
    fn unicode_errors_over_a_range_name_the_range() {
        let e = Error::unicode_decode("utf-8", b"a\xe2\x82", 1, 3, "unexpected end of data");
        assert_eq!(
            e.to_string(),
            "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"
        );
        let e = Error::unicode_decode("utf-8", b"\xe2\x82", 0, 2, "unexpected end of data");
        assert_eq!(
            e.to_string(),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
    }
}
