//! [`FileObject`]: the object `io.open(file, mode, buffering, encoding, errors, newline,
//! opener=opener)` builds on the descriptor its opener returns; [`OpenArgs`], those arguments;
//! [`Host`], the interpreter state `io.open` reads (release, default encoding, warnings).
//!
//! `open_with` follows CPython's `io.open` order, which decides whether a bad argument leaves a
//! file behind: the mode and the binary-only checks come before the opener (no file is
//! created); `buffering=0` in text mode, an unknown encoding or error handler and an illegal
//! newline come after it (the descriptor is closed again, and the caller removes the file).
//!
//! What the object is, per mode, as in CPython: `buffering=0` binary gives `FileIO`; other
//! binary modes `BufferedRandom` (`'+'`), `BufferedReader` (read-only) or `BufferedWriter`
//! (write-only); text modes a `TextIOWrapper` over the buffered object, whose `mode` is the mode
//! string as given.
//!
//! ## Descriptors and the standard I/O traits
//!
//! A [`FileObject`] implements `Read`, `Write` and `Seek` (binary objects; a text object's
//! calls fail with `TypeError`, as `InvalidInput`) and `AsRawFd`, which gives the descriptor
//! while the object is open and `-1` once it is closed: a closed descriptor's number may
//! already belong to another file, so it is never handed out, and `-1` names no file (any call
//! with it fails with `EBADF`).
//!
//! It does not implement `AsFd`. `AsFd::as_fd` cannot fail and must return a `BorrowedFd`,
//! which promises an open descriptor for as long as it lives; a file object can be closed (by
//! [`FileObject::close`], through `&mut self`) and asked again afterwards, when there is no
//! open descriptor to lend and the only choices would be a panic or a lie. The checked
//! conversions lend one instead: `FileObject::as_fd` (Unix) returns `Result<BorrowedFd<'_>>`
//! (`ValueError` once closed) and [`FileObject::as_file`] a `&std::fs::File`. Both values
//! implement `AsFd`, and while they live the borrow checker keeps the object from being
//! closed, so the descriptor they name stays open:
//!
//! ```
//! # use std::sync::Arc;
//! # use pybase::os::{flags, LibcOs, Os, SeamFd};
//! # use pyio::file::{FileName, FileObject, FixedHost, OpenArgs};
//! use std::os::fd::{AsFd, AsRawFd};
//! # let path = std::env::temp_dir().join(format!("pyio-fd-doc-{}", std::process::id()));
//! # let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
//! # let os: Arc<dyn Os> = Arc::new(LibcOs);
//! # let host = Arc::new(FixedHost::new(pybase::version::PyVersion::NEWEST));
//! let mut f = FileObject::open_with(host, &OpenArgs::new("w+b"), || {
//!     let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT, 0o600)
//!         .map_err(|e| pybase::error::Error::from_errno(e, None))?;
//!     let name = FileName::Fd(fd.raw());
//!     Ok((fd, name))
//! })?;
//! fn length(fd: impl AsFd) -> u64 {
//!     std::fs::File::from(fd.as_fd().try_clone_to_owned().unwrap()).metadata().unwrap().len()
//! }
//! f.write(b"12345")?;
//! assert_eq!(length(f.as_file()?), 5); // flushed first, then lent
//! assert!(f.as_raw_fd() >= 0);
//! f.close()?;
//! assert!(f.as_fd().is_err()); // nothing to lend
//! assert_eq!(f.as_raw_fd(), -1); // never the old number
//! # std::fs::remove_file(&path).unwrap();
//! # Ok::<(), pybase::error::Error>(())
//! ```

use pybase::os::RawFd;

use std::sync::Arc;

use pybase::path::PyPath;

use crate::buffered::{BufKind, Buffered, default_buffer_size};
use crate::error::{Error, ExcClass, Result};
use crate::os::{SeamFd, Whence};
use crate::pystr::PyStr;
use crate::raw::RawFile;
use crate::text::{Cookie, TextIo};
use crate::version::{Behaviour, PyVersion};
use crate::{Newline, OpenMode};

/// The default text encoding of `version` on a UTF-8 locale outside UTF-8 mode (`LANG=C.UTF-8`,
/// `PYTHONUTF8` unset): `"UTF-8"` (`locale.getencoding()`) before 3.15, `"utf-8"` from 3.15,
/// where UTF-8 mode is the default ([`Behaviour::Utf8ModeDefault`]). pytempfile's default is the
/// environment's (`pytempfile::locale`).
pub fn default_text_encoding(version: PyVersion) -> &'static str {
    if version.has(Behaviour::Utf8ModeDefault) {
        "utf-8"
    } else {
        "UTF-8"
    }
}

/// The `io.open` arguments after `file` and before `opener`: `mode`, `buffering`,
/// `encoding`, `errors` and `newline`, as given (`None` is Python's `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenArgs<'a> {
    /// `mode=` (`"r"`, `"w+b"`, ...).
    pub mode: &'a str,
    /// `buffering=` (-1: a default-sized buffer; 0: unbuffered, binary only; 1: line
    /// buffering, text only; more: the buffer's size).
    pub buffering: i64,
    /// `encoding=` (text modes; `None` or `"locale"`: [`Host::locale_encoding`]).
    pub encoding: Option<&'a str>,
    /// `errors=` (text modes; `None`: `"strict"`).
    pub errors: Option<&'a str>,
    /// `newline=` (text modes; `None`: universal newlines).
    pub newline: Option<&'a str>,
}

impl<'a> OpenArgs<'a> {
    /// `mode=mode` and every other argument at its default.
    pub fn new(mode: &'a str) -> OpenArgs<'a> {
        OpenArgs {
            mode,
            buffering: -1,
            encoding: None,
            errors: None,
            newline: None,
        }
    }
}

/// Something a file object reports on the side of a call's result, where CPython calls
/// `warnings.warn` or `sys.unraisablehook`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Report {
    /// `warnings.warn(message, RuntimeWarning)`: line buffering asked for in binary mode.
    RuntimeWarning {
        /// The warning's text.
        message: String,
    },
    /// `warnings.warn(message, DeprecationWarning)`: mode `'U'` before 3.11 (`'U' mode is
    /// deprecated`), attributed to the caller of `io.open`.
    DeprecationWarning {
        /// The warning's text.
        message: String,
    },
    /// `warnings.warn(message, ResourceWarning)`: `unclosed file <...>` from the finalizer.
    ResourceWarning {
        /// The warning's text.
        message: String,
    },
    /// An exception the finalizer can only print (`Exception ignored in ...`): the close of
    /// an unclosed object failed.
    Unraisable {
        /// What was being finalized.
        context: String,
        /// The exception.
        error: Error,
    },
}

/// The interpreter around the file objects: the CPython release followed, the default text
/// encoding, and where [`Report`]s go. `io.open` reads it when it opens; an object keeps it
/// for the reports of its finalizer.
pub trait Host: Send + Sync {
    /// The CPython release whose behaviour the objects follow.
    fn version(&self) -> PyVersion;
    /// The encoding of a text file opened without one (`io.text_encoding(None)`, resolved:
    /// `locale.getencoding()`, or `"utf-8"` in UTF-8 mode).
    fn locale_encoding(&self) -> String;
    /// Whether [`Host::report`] wants anything (lets callers skip building reports).
    fn wants_reports(&self) -> bool;
    /// Deliver one report.
    fn report(&self, report: Report);
}

/// A [`Host`] with a fixed release and default encoding that drops every report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixedHost {
    /// The release followed.
    pub version: PyVersion,
    /// The default text encoding.
    pub locale_encoding: String,
}

impl FixedHost {
    /// `version`, with that release's default encoding on a UTF-8 locale (`"UTF-8"`, or
    /// `"utf-8"` from 3.15, where UTF-8 mode is the default).
    pub fn new(version: PyVersion) -> FixedHost {
        FixedHost {
            version,
            locale_encoding: default_text_encoding(version).to_string(),
        }
    }
}

impl Host for FixedHost {
    fn version(&self) -> PyVersion {
        self.version
    }

    fn locale_encoding(&self) -> String {
        self.locale_encoding.clone()
    }

    fn wants_reports(&self) -> bool {
        false
    }

    fn report(&self, _report: Report) {}
}

/// What `name` a file object reports: the path (NamedTemporaryFile) or the descriptor number
/// (TemporaryFile, rolled-over spools).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileName {
    /// A path, `str` or `bytes`.
    Path(PyPath),
    /// An `int`: the descriptor.
    Fd(RawFd),
}

/// A position as `tell()` returns it: a byte offset in binary mode, an opaque cookie in text
/// mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tell {
    /// Binary: the byte offset.
    Offset(u64),
    /// Text: `TextIOWrapper.tell()`'s cookie.
    Cookie(Cookie),
}

impl Tell {
    /// Whether the Python integer value exceeds `n` (the spool's rollover test).
    pub fn exceeds(&self, n: i64) -> bool {
        let Ok(n) = u64::try_from(n) else { return true };
        match self {
            Tell::Offset(o) => *o > n,
            Tell::Cookie(c) => *c > n,
        }
    }
}

enum Layer {
    Raw(RawFile),
    Buffered(Buffered),
    Text(Box<TextIo<Buffered>>),
}

/// A Python file object: what `io.open` returns. See the module docs.
///
/// Binary objects read and write bytes ([`read`](FileObject::read),
/// [`write`](FileObject::write), [`seek`](FileObject::seek)); text objects `str`
/// ([`read_text`](FileObject::read_text), [`write_text`](FileObject::write_text),
/// [`seek_text`](FileObject::seek_text)); calling the other kind's method is a `TypeError`.
/// [`tell`](FileObject::tell), [`truncate`](FileObject::truncate),
/// [`flush`](FileObject::flush) and [`close`](FileObject::close) serve both. Dropping an
/// unclosed object closes it and reports CPython's `ResourceWarning` to its [`Host`].
///
/// # Examples
///
/// ```
/// # use std::sync::Arc;
/// # use pybase::os::{flags, LibcOs, Os, SeamFd};
/// # use pybase::version::PyVersion;
/// # use pyio::file::{FileName, FileObject, FixedHost, OpenArgs};
/// # let path = std::env::temp_dir().join(format!("pyio-family-doc-{}", std::process::id()));
/// # let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
/// # let os: Arc<dyn Os> = Arc::new(LibcOs);
/// # let open = |args: &OpenArgs| FileObject::open_with(Arc::new(FixedHost::new(PyVersion::NEWEST)), args, || {
/// #     let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT, 0o600)
/// #         .map_err(|e| pybase::error::Error::from_errno(e, None))?;
/// #     let name = FileName::Fd(fd.raw());
/// #     Ok((fd, name))
/// # });
/// use pybase::os::Whence;
/// use pyio::file::Tell;
///
/// // io.open(path, "w+b", opener=...): a BufferedRandom
/// let mut f = open(&OpenArgs::new("w+b"))?;
/// assert_eq!(f.repr(), format!("<_io.BufferedRandom name={}>", f.fileno()?));
/// assert_eq!(f.write(b"hello world")?, 11);
/// assert_eq!(f.seek(6, Whence::Set)?, 6);
/// assert_eq!(f.read(None)?, b"world");
/// assert_eq!(f.tell()?, Tell::Offset(11));
/// assert_eq!(f.truncate(Some(5))?, 5); // the position stays at 11
/// f.close()?;
/// f.close()?; // idempotent
/// assert_eq!(f.read(None).unwrap_err().to_string(), "read of closed file");
/// assert_eq!(std::fs::read(&path).unwrap(), b"hello");
/// # std::fs::remove_file(&path).unwrap();
/// # Ok::<(), pybase::error::Error>(())
/// ```
pub struct FileObject {
    layer: Layer,
    name: FileName,
    mode: String,
    /// For the `ResourceWarning` an unclosed object reports when dropped.
    host: Arc<dyn Host>,
}

impl std::fmt::Debug for FileObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(self.class_name())
            .field("name", &self.name)
            .field("mode", &self.mode())
            .field("closed", &self.closed())
            .finish()
    }
}

fn not_binary() -> Error {
    Error::type_error("a text-mode file reads and writes str: use the *_text methods")
}

fn not_text() -> Error {
    Error::type_error("a binary-mode file reads and writes bytes, not str")
}

impl FileObject {
    /// `io.open(file, mode, buffering, encoding, errors, newline, opener=opener)`. `opener`
    /// opens the file and returns its descriptor and the `name` to report; it runs after the
    /// checks CPython makes first (see the module docs). On an error after the opener ran, the
    /// descriptor is closed before returning.
    ///
    /// The descriptor must be a regular file's: `FileIO`'s `fstat` and `isatty` are not
    /// repeated here ([`raw`](crate::raw)).
    ///
    /// # Errors
    ///
    /// Before the opener runs (no file is created), `ValueError`: the mode's errors
    /// ([`OpenMode::parse_io_in`] in the host's release: before 3.11 a `'U'` mode reads, and
    /// is reported as a [`Report::DeprecationWarning`]), and `binary mode doesn't take an encoding argument` (`an errors`,
    /// `a newline`). The opener's own error is returned unchanged. After it ran (the descriptor
    /// is closed again; removing the file is the caller's), `ValueError("can't have unbuffered
    /// text I/O")` for `buffering=0` in text mode, `ValueError("illegal newline value: ...")`,
    /// and [`Codec::lookup`](crate::codec::Codec::lookup)'s `LookupError` for the encoding.
    /// Line buffering asked for in binary mode is no error: a `RuntimeWarning`
    /// ([`Report::RuntimeWarning`]), and the default buffer.
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use pybase::version::PyVersion;
    /// # use pyio::file::{FileObject, FixedHost, OpenArgs};
    /// let host = Arc::new(FixedHost::new(PyVersion::NEWEST));
    /// let mut opened = false;
    /// let args = OpenArgs { encoding: Some("utf-8"), ..OpenArgs::new("w+b") };
    /// let err = FileObject::open_with(host, &args, || { opened = true; unreachable!() })
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "binary mode doesn't take an encoding argument");
    /// assert!(!opened); // checked before the opener: no file was made
    /// ```
    ///
    /// A text file:
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pybase::os::{flags, LibcOs, Os, SeamFd};
    /// use pybase::version::PyVersion;
    /// use pyio::PyStr;
    /// use pyio::file::{FileName, FileObject, FixedHost, OpenArgs};
    ///
    /// let path = std::env::temp_dir().join(format!("pyio-doc-{}", std::process::id()));
    /// let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    /// let os: Arc<dyn Os> = Arc::new(LibcOs);
    /// let host = Arc::new(FixedHost::new(PyVersion::V3_12));
    /// let args = OpenArgs { encoding: Some("utf-8"), ..OpenArgs::new("w+") };
    /// let mut f = FileObject::open_with(host, &args, || {
    ///     let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT | flags::O_TRUNC, 0o600)
    ///         .map_err(|e| pybase::error::Error::from_errno(e, None))?;
    ///     let name = FileName::Fd(fd.raw());
    ///     Ok((fd, name))
    /// })?;
    /// assert_eq!(f.class_name(), "TextIOWrapper");
    /// f.write_text(&PyStr::from("héllo\n"))?;
    /// assert_eq!(std::fs::read(&path).unwrap(), b"");   // still in the buffers
    /// f.close()?;
    /// assert_eq!(std::fs::read(&path).unwrap(), "héllo\n".as_bytes());
    /// std::fs::remove_file(&path).unwrap();
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn open_with(
        host: Arc<dyn Host>,
        opts: &OpenArgs<'_>,
        opener: impl FnOnce() -> Result<(SeamFd, FileName)>,
    ) -> Result<FileObject> {
        let mode = OpenMode::parse_io_in(opts.mode, host.version(), |message| {
            emit(&*host, || Report::DeprecationWarning {
                message: message.to_string(),
            });
        })?;
        if mode.binary {
            for (given, what) in [
                (opts.encoding.is_some(), "an encoding"),
                (opts.errors.is_some(), "an errors"),
                (opts.newline.is_some(), "a newline"),
            ] {
                if given {
                    return Err(Error::value_error(format!(
                        "binary mode doesn't take {what} argument"
                    )));
                }
            }
        }
        let mut buffering = opts.buffering;
        let line_buffering = !mode.binary && buffering == 1;
        if mode.binary && buffering == 1 {
            emit(&*host, || {
                Report::RuntimeWarning {
                message: "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used".to_string(),
            }
            });
            buffering = -1;
        }
        mode.check_fileio()?;
        let (fd, name) = opener()?;
        let raw = RawFile::new(fd, &mode, host.version());
        if buffering == 0 {
            if !mode.binary {
                let mut raw = raw;
                let _ = raw.close();
                return Err(Error::value_error("can't have unbuffered text I/O"));
            }
            return Ok(FileObject {
                layer: Layer::Raw(raw),
                name,
                mode: opts.mode.to_string(),
                host: Arc::clone(&host),
            });
        }
        let default_cap = default_buffer_size(host.version());
        let cap = if buffering > 1 {
            usize::try_from(buffering).unwrap_or(default_cap)
        } else {
            default_cap
        };
        let kind = match (mode.readable(), mode.writable()) {
            (true, true) => BufKind::Random,
            (true, false) => BufKind::Reader,
            _ => BufKind::Writer,
        };
        let buffered = Buffered::new(raw, kind, cap, 0).with_version(host.version());
        if mode.binary {
            return Ok(FileObject {
                layer: Layer::Buffered(buffered),
                name,
                mode: opts.mode.to_string(),
                host: Arc::clone(&host),
            });
        }
        let encoding = match opts.encoding {
            Some(e) if e != "locale" => e.to_string(),
            _ => host.locale_encoding(),
        };
        let newline = match Newline::parse(opts.newline) {
            Ok(n) => n,
            Err(e) => {
                let mut buffered = buffered;
                let _ = buffered.close();
                return Err(e);
            }
        };
        match TextIo::new_or_return(
            buffered,
            &encoding,
            opts.errors,
            newline,
            line_buffering,
            false,
            host.version(),
        ) {
            Ok(t) => Ok(FileObject {
                layer: Layer::Text(Box::new(t)),
                name,
                mode: opts.mode.to_string(),
                host: Arc::clone(&host),
            }),
            Err((e, mut buffered)) => {
                let _ = buffered.close();
                Err(e)
            }
        }
    }

    /// Python's `repr()` of the object, e.g. `<_io.TextIOWrapper name=3 mode='w+'
    /// encoding='UTF-8'>` or `<_io.BufferedRandom name='/tmp/tmpab12cd34'>`.
    pub fn repr(&self) -> String {
        let name = match &self.name {
            FileName::Path(p) => p.repr(),
            FileName::Fd(fd) => fd.to_string(),
        };
        let class = self.class_name();
        match &self.layer {
            Layer::Raw(r) if r.closed() => "<_io.FileIO [closed]>".to_string(),
            Layer::Raw(r) => format!("<_io.FileIO name={name} mode='{}' closefd=True>", r.mode()),
            Layer::Buffered(_) => format!("<_io.{class} name={name}>"),
            Layer::Text(t) => format!(
                "<_io.TextIOWrapper name={name} mode={} encoding={}>",
                crate::pyrepr::str_repr(self.mode.as_bytes()),
                crate::pyrepr::str_repr(t.encoding().as_bytes())
            ),
        }
    }

    /// The Python class of the object (`BufferedRandom`, `TextIOWrapper`, `FileIO`, ...).
    pub fn class_name(&self) -> &'static str {
        match &self.layer {
            Layer::Raw(_) => "FileIO",
            Layer::Buffered(b) => b.kind().class_name(),
            Layer::Text(_) => "TextIOWrapper",
        }
    }

    /// Whether this is a text-mode object.
    pub fn is_text(&self) -> bool {
        matches!(self.layer, Layer::Text(_))
    }

    /// `name`.
    pub fn name(&self) -> &FileName {
        &self.name
    }

    /// Set `name` (CPython's openers assign `raw.name` after `io.open`).
    pub fn set_name(&mut self, name: FileName) {
        self.name = name;
    }

    /// `mode`: the raw mode (`'rb+'`) for binary objects, the mode as given for text ones.
    pub fn mode(&self) -> &str {
        match &self.layer {
            Layer::Raw(r) => r.mode(),
            Layer::Buffered(b) => b.mode(),
            Layer::Text(_) => &self.mode,
        }
    }

    /// `closed`.
    pub fn closed(&self) -> bool {
        match &self.layer {
            Layer::Raw(r) => r.closed(),
            Layer::Buffered(b) => b.closed(),
            // A wrapper whose buffer is gone cannot be used any more.
            Layer::Text(t) => t.closed().unwrap_or(true),
        }
    }

    fn raw(&self) -> Result<&RawFile> {
        match &self.layer {
            Layer::Raw(r) => Ok(r),
            Layer::Buffered(b) => Ok(b.raw()),
            Layer::Text(t) => t.buffer().map(Buffered::raw).ok_or_else(detached),
        }
    }

    /// The descriptor's owner.
    pub fn seam_fd(&self) -> Result<&SeamFd> {
        self.raw().map(RawFile::seam_fd)
    }

    /// The descriptor, borrowed (`ValueError` once closed, like `fileno()`).
    #[cfg(unix)]
    pub fn as_fd(&self) -> Result<std::os::fd::BorrowedFd<'_>> {
        self.seam_fd()?.as_fd().ok_or_else(crate::closed_error_c)
    }

    /// The descriptor's handle, borrowed (`ValueError` once closed, like `fileno()`).
    #[cfg(windows)]
    pub fn as_handle(&self) -> Result<std::os::windows::io::BorrowedHandle<'_>> {
        self.seam_fd()?
            .as_handle()
            .ok_or_else(crate::closed_error_c)
    }

    /// A `&std::fs::File` view of the descriptor, after flushing buffered data so the view and
    /// this object agree on content and position (`ValueError` once closed).
    pub fn as_file(&mut self) -> Result<&std::fs::File> {
        self.sync()?;
        self.seam_fd()?.as_file().ok_or_else(crate::closed_error_c)
    }

    /// `fileno()`.
    pub fn fileno(&self) -> Result<RawFd> {
        self.raw()?.fileno()
    }

    /// Flush and drop buffered state so the descriptor's offset is `tell()` (for handing out
    /// `&File`).
    pub fn sync(&mut self) -> Result<()> {
        match &mut self.layer {
            Layer::Raw(_) => Ok(()),
            Layer::Buffered(b) => b.sync(),
            Layer::Text(t) => {
                t.flush()?;
                t.buffer_mut().ok_or_else(detached)?.sync()
            }
        }
    }

    /// `close()`: flush and close; idempotent.
    ///
    /// # Errors
    ///
    /// The flush's error (the pending bytes could not be written: `ENOSPC`, `EIO`, ...) or
    /// `close(2)`'s; the descriptor is closed in either case, and a second `close()` returns
    /// `Ok`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use pybase::os::{flags, LibcOs, Os, SeamFd};
    /// # use pybase::version::PyVersion;
    /// # use pyio::file::{FileName, FileObject, FixedHost, OpenArgs};
    /// # let path = std::env::temp_dir().join(format!("pyio-close-doc-{}", std::process::id()));
    /// # let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    /// # use pybase::os::{Call, Fault, FaultyOs};
    /// let faulty = Arc::new(FaultyOs::new());
    /// # let os: Arc<dyn Os> = faulty.clone();
    /// # let open = |args: &OpenArgs| FileObject::open_with(Arc::new(FixedHost::new(PyVersion::NEWEST)), args, || {
    /// #     let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT, 0o600)
    /// #         .map_err(|e| pybase::error::Error::from_errno(e, None))?;
    /// #     let name = FileName::Fd(fd.raw());
    /// #     Ok((fd, name))
    /// # });
    /// let mut f = open(&OpenArgs::new("w+b"))?; // through `faulty`
    /// f.write(b"pending")?; // in the buffer
    /// faulty.add_fault(Fault::every(Call::Write, libc::ENOSPC)); // the disk fills up
    /// let err = f.close().unwrap_err();
    /// assert_eq!(err.errno(), Some(libc::ENOSPC));
    /// assert!(f.closed()); // the descriptor was closed all the same
    /// assert_eq!(faulty.count(Call::Close), 1);
    /// f.close()?; // nothing left to do
    /// # std::fs::remove_file(&path).unwrap();
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn close(&mut self) -> Result<()> {
        match &mut self.layer {
            Layer::Raw(r) => r.close(),
            Layer::Buffered(b) => b.close(),
            Layer::Text(t) => t.close(),
        }
    }

    /// `flush()`: write what the buffers hold (text is encoded first).
    ///
    /// # Errors
    ///
    /// `ValueError` once closed (`flush of closed file` for a writable buffered object, `I/O
    /// operation on closed file.` otherwise); the `OSError` of the write.
    pub fn flush(&mut self) -> Result<()> {
        match &mut self.layer {
            Layer::Raw(r) => {
                if r.closed() {
                    Err(crate::closed_error())
                } else {
                    Ok(())
                }
            }
            Layer::Buffered(b) => b.flush(),
            Layer::Text(t) => t.flush(),
        }
    }

    /// `readable()`.
    pub fn readable(&self) -> Result<bool> {
        match &self.layer {
            Layer::Raw(r) => r.readable(),
            Layer::Buffered(b) => b.readable(),
            Layer::Text(t) => t.readable(),
        }
    }

    /// `writable()`.
    pub fn writable(&self) -> Result<bool> {
        match &self.layer {
            Layer::Raw(r) => r.writable(),
            Layer::Buffered(b) => b.writable(),
            Layer::Text(t) => t.writable(),
        }
    }

    /// `seekable()`.
    pub fn seekable(&self) -> Result<bool> {
        match &self.layer {
            Layer::Raw(r) => r.seekable(),
            Layer::Buffered(b) => b.seekable(),
            Layer::Text(t) => t.seekable(),
        }
    }

    /// `isatty()`.
    pub fn isatty(&self) -> Result<bool> {
        match &self.layer {
            Layer::Raw(r) => r.isatty(),
            Layer::Buffered(b) => b.isatty(),
            Layer::Text(t) => t.isatty(),
        }
    }

    /// A call on a binary object: `raw` on a `FileIO`, `buffered` on a buffered object; a text
    /// object's answer is [`not_binary`].
    fn on_bytes<T>(
        &mut self,
        raw: impl FnOnce(&mut RawFile) -> Result<T>,
        buffered: impl FnOnce(&mut Buffered) -> Result<T>,
    ) -> Result<T> {
        match &mut self.layer {
            Layer::Raw(r) => raw(r),
            Layer::Buffered(b) => buffered(b),
            Layer::Text(_) => Err(not_binary()),
        }
    }

    /// A call on a text object; a binary object's answer is [`not_text`].
    fn on_text<T>(&mut self, text: impl FnOnce(&mut TextIo<Buffered>) -> Result<T>) -> Result<T> {
        match &mut self.layer {
            Layer::Text(t) => text(t),
            _ => Err(not_text()),
        }
    }

    /// `read(size)` on a binary object: up to `size` bytes, to EOF with `None`.
    ///
    /// # Errors
    ///
    /// `TypeError` on a text object; `ValueError` once closed (`read of closed file`);
    /// `io.UnsupportedOperation` when the mode cannot read (`read` for a `BufferedWriter`,
    /// `File not open for reading` unbuffered); the `OSError` of a failed `read` (or of the
    /// write of pending bytes that comes first).
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use pybase::os::{flags, LibcOs, Os, SeamFd};
    /// # use pybase::version::PyVersion;
    /// # use pyio::file::{FileName, FileObject, FixedHost, OpenArgs};
    /// # let path = std::env::temp_dir().join(format!("pyio-read-doc-{}", std::process::id()));
    /// # let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    /// # let os: Arc<dyn Os> = Arc::new(LibcOs);
    /// # let open = |args: &OpenArgs| FileObject::open_with(Arc::new(FixedHost::new(PyVersion::NEWEST)), args, || {
    /// #     let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT, 0o600)
    /// #         .map_err(|e| pybase::error::Error::from_errno(e, None))?;
    /// #     let name = FileName::Fd(fd.raw());
    /// #     Ok((fd, name))
    /// # });
    /// use pybase::error::ExcClass;
    ///
    /// let mut w = open(&OpenArgs::new("wb"))?; // a BufferedWriter
    /// w.write(b"0123456789")?;
    /// let err = w.read(None).unwrap_err();
    /// assert_eq!((err.class(), err.to_string()), (ExcClass::UnsupportedOperation, "read".to_string()));
    /// w.close()?;
    ///
    /// let mut r = open(&OpenArgs::new("rb"))?; // a BufferedReader
    /// assert_eq!(r.read(Some(4))?, b"0123");
    /// assert_eq!(r.read(None)?, b"456789");
    /// assert_eq!(r.read(None)?, b""); // EOF
    /// r.close()?;
    /// # std::fs::remove_file(&path).unwrap();
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.on_bytes(|r| r.read(size), |b| b.read(size))
    }

    /// `read1(size)` on a binary object (`FileIO` has none: AttributeError, as in CPython).
    pub fn read1(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        match &mut self.layer {
            Layer::Raw(_) => Err(Error::new(
                ExcClass::AttributeError,
                "'_io.FileIO' object has no attribute 'read1'",
            )),
            Layer::Buffered(b) => b.read1(size),
            Layer::Text(_) => Err(Error::new(
                ExcClass::AttributeError,
                "'_io.TextIOWrapper' object has no attribute 'read1'",
            )),
        }
    }

    /// `readinto(buf)` on a binary object.
    pub fn readinto(&mut self, buf: &mut [u8]) -> Result<usize> {
        match &mut self.layer {
            Layer::Raw(r) => r.readinto(buf),
            Layer::Buffered(b) => b.readinto(buf),
            Layer::Text(_) => Err(Error::new(
                ExcClass::AttributeError,
                "'_io.TextIOWrapper' object has no attribute 'readinto'",
            )),
        }
    }

    /// `readline(size)` on a binary object.
    pub fn readline(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.on_bytes(
            |r| {
                // FileIO's readline (IOBase) reads one byte at a time.
                let limit = size.unwrap_or(usize::MAX);
                let mut out = Vec::new();
                while out.len() < limit {
                    let b = r.read(Some(1))?;
                    let Some(&c) = b.first() else { break };
                    out.push(c);
                    if c == b'\n' {
                        break;
                    }
                }
                Ok(out)
            },
            |b| b.readline(size),
        )
    }

    /// `write(data)` on a binary object: the number of bytes written (`FileIO` may write
    /// fewer, as in CPython).
    ///
    /// # Errors
    ///
    /// `TypeError` on a text object; `ValueError` once closed (`write to closed file`);
    /// `io.UnsupportedOperation` when the mode cannot write; the `OSError` of a failed write
    /// (`ENOSPC`, ...): the buffered classes keep the bytes the kernel refused, so nothing
    /// accepted is lost.
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use pybase::os::{flags, LibcOs, Os, SeamFd};
    /// # use pybase::version::PyVersion;
    /// # use pyio::file::{FileName, FileObject, FixedHost, OpenArgs};
    /// # let path = std::env::temp_dir().join(format!("pyio-write-doc-{}", std::process::id()));
    /// # let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    /// # let os: Arc<dyn Os> = Arc::new(LibcOs);
    /// # let open = |args: &OpenArgs| FileObject::open_with(Arc::new(FixedHost::new(PyVersion::NEWEST)), args, || {
    /// #     let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT, 0o600)
    /// #         .map_err(|e| pybase::error::Error::from_errno(e, None))?;
    /// #     let name = FileName::Fd(fd.raw());
    /// #     Ok((fd, name))
    /// # });
    /// use pybase::error::ExcClass;
    ///
    /// let mut f = open(&OpenArgs { buffering: 0, ..OpenArgs::new("wb") })?; // a FileIO
    /// assert_eq!(f.class_name(), "FileIO");
    /// assert_eq!(f.write(b"direct")?, 6); // one write(2), no buffer
    /// assert_eq!(std::fs::read(&path).unwrap(), b"direct");
    /// f.close()?;
    /// assert_eq!(f.write(b"x").unwrap_err().class(), ExcClass::ValueError);
    /// # std::fs::remove_file(&path).unwrap();
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn write(&mut self, data: &[u8]) -> Result<usize> {
        self.on_bytes(|r| r.write(data), |b| b.write(data))
    }

    /// `writelines(lines)` on a binary object: `IOBase.writelines` checks for a closed file
    /// first, then writes each line.
    pub fn writelines(&mut self, lines: &[&[u8]]) -> Result<()> {
        if self.is_text() {
            return Err(not_binary());
        }
        if self.closed() {
            return Err(crate::closed_error());
        }
        for line in lines {
            self.write(line)?;
        }
        Ok(())
    }

    /// `writelines(lines)` on a text object.
    pub fn writelines_text(&mut self, lines: &[PyStr]) -> Result<()> {
        if !self.is_text() {
            return Err(not_text());
        }
        if self.closed() {
            return Err(crate::closed_error());
        }
        for line in lines {
            self.write_text(line)?;
        }
        Ok(())
    }

    /// Write several slices with as few system calls as possible (one `writev` when nothing
    /// is buffered): what a binary object's `write` of their concatenation does, without the
    /// copy. Returns the number of bytes written.
    pub fn write_chunks(&mut self, chunks: &[&[u8]]) -> Result<usize> {
        match &mut self.layer {
            Layer::Raw(r) => {
                let (n, err) = r.write_vectored_all(chunks);
                err.map_or(Ok(n), Err)
            }
            Layer::Buffered(b) => b.write_vectored(chunks),
            Layer::Text(t) => t.buffer_mut().ok_or_else(detached)?.write_vectored(chunks),
        }
    }

    /// `read(size)` on a text object (`size` in code points).
    ///
    /// # Errors
    ///
    /// `TypeError` on a binary object; [`TextIo::read`]'s errors (`ValueError` once closed,
    /// `UnicodeDecodeError`, ...).
    pub fn read_text(&mut self, size: Option<usize>) -> Result<PyStr> {
        self.on_text(|t| t.read(size))
    }

    /// `readline(size)` on a text object.
    pub fn readline_text(&mut self, size: Option<usize>) -> Result<PyStr> {
        self.on_text(|t| t.readline(size))
    }

    /// `readlines(hint)` on a text object (`IOBase.readlines`: iterates, so `tell()` is
    /// disabled again when it stops before EOF).
    pub fn readlines_text(&mut self, hint: Option<usize>) -> Result<Vec<PyStr>> {
        self.on_text(|t| t.readlines(hint))
    }

    /// `write(s)` on a text object: the number of code points.
    ///
    /// # Errors
    ///
    /// `TypeError` on a binary object; [`TextIo::write`]'s errors (`ValueError` once closed,
    /// `UnicodeEncodeError`, ...).
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use pybase::os::{flags, LibcOs, Os, SeamFd};
    /// # use pybase::version::PyVersion;
    /// # use pyio::file::{FileName, FileObject, FixedHost, OpenArgs};
    /// # let path = std::env::temp_dir().join(format!("pyio-text-doc-{}", std::process::id()));
    /// # let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    /// # let os: Arc<dyn Os> = Arc::new(LibcOs);
    /// # let open = |args: &OpenArgs| FileObject::open_with(Arc::new(FixedHost::new(PyVersion::NEWEST)), args, || {
    /// #     let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT, 0o600)
    /// #         .map_err(|e| pybase::error::Error::from_errno(e, None))?;
    /// #     let name = FileName::Fd(fd.raw());
    /// #     Ok((fd, name))
    /// # });
    /// use pybase::os::Whence;
    /// use pyio::PyStr;
    ///
    /// let args = OpenArgs { encoding: Some("utf-8"), newline: Some("\r\n"), ..OpenArgs::new("w+") };
    /// let mut f = open(&args)?;
    /// assert_eq!(f.write_text(&PyStr::from("one\ntwo\n"))?, 8); // code points
    /// assert!(f.write(b"raw").is_err()); // TypeError: a text file takes str
    /// f.seek_text_int(0, Whence::Set)?;
    /// assert_eq!(f.readline_text(None)?, PyStr::from("one\r\n")); // newline="\r\n": untranslated
    /// f.close()?;
    /// assert_eq!(std::fs::read(&path).unwrap(), b"one\r\ntwo\r\n");
    /// # std::fs::remove_file(&path).unwrap();
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn write_text(&mut self, s: &PyStr) -> Result<usize> {
        self.on_text(|t| t.write(s))
    }

    /// `seek(offset, whence)` on a binary object: the new position.
    ///
    /// # Errors
    ///
    /// `TypeError` on a text object; `ValueError` once closed (`seek of closed file`);
    /// `OSError` (`EINVAL`) for a position before the start; the error of writing the pending
    /// bytes first.
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use pybase::os::{flags, LibcOs, Os, SeamFd};
    /// # use pybase::version::PyVersion;
    /// # use pyio::file::{FileName, FileObject, FixedHost, OpenArgs};
    /// # let path = std::env::temp_dir().join(format!("pyio-seek-doc-{}", std::process::id()));
    /// # let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    /// # let os: Arc<dyn Os> = Arc::new(LibcOs);
    /// # let open = |args: &OpenArgs| FileObject::open_with(Arc::new(FixedHost::new(PyVersion::NEWEST)), args, || {
    /// #     let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT, 0o600)
    /// #         .map_err(|e| pybase::error::Error::from_errno(e, None))?;
    /// #     let name = FileName::Fd(fd.raw());
    /// #     Ok((fd, name))
    /// # });
    /// use pybase::os::Whence;
    ///
    /// let mut f = open(&OpenArgs::new("w+b"))?;
    /// f.write(b"abcdef")?;
    /// assert_eq!(f.seek(-2, Whence::End)?, 4);
    /// assert_eq!(f.read(None)?, b"ef");
    /// let err = f.seek(-1, Whence::Set).unwrap_err();
    /// assert_eq!(err.errno(), Some(libc::EINVAL));
    /// f.close()?;
    /// # std::fs::remove_file(&path).unwrap();
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        self.on_bytes(|r| r.seek(offset, whence), |b| b.seek(offset, whence))
    }

    /// `seek(cookie, whence)` on a text object.
    pub fn seek_text(&mut self, cookie: &Cookie, whence: Whence) -> Result<Cookie> {
        self.on_text(|t| t.seek(*cookie, whence))
    }

    /// `seek(offset, whence)` on a text object with a plain integer offset (negative offsets
    /// are CPython's errors).
    pub fn seek_text_int(&mut self, offset: i64, whence: Whence) -> Result<Cookie> {
        self.on_text(|t| t.seek(offset, whence))
    }

    /// `tell()`: a byte offset for binary objects, a [`Cookie`] for text ones.
    ///
    /// # Errors
    ///
    /// `ValueError` once closed; for text, [`TextIo::tell`]'s errors.
    pub fn tell(&mut self) -> Result<Tell> {
        match &mut self.layer {
            Layer::Raw(r) => r.tell().map(Tell::Offset),
            Layer::Buffered(b) => b.tell().map(Tell::Offset),
            Layer::Text(t) => t.tell().map(Tell::Cookie),
        }
    }

    /// `truncate(size)`: returns the new size; the position does not move.
    ///
    /// # Errors
    ///
    /// `ValueError` once closed (`truncate of closed file`); `io.UnsupportedOperation` when the
    /// mode cannot write; `OSError` (`EINVAL`) for a negative size, as `ftruncate` reports it.
    pub fn truncate(&mut self, size: Option<i64>) -> Result<u64> {
        match &mut self.layer {
            Layer::Raw(r) => r.truncate(size),
            Layer::Buffered(b) => b.truncate(size),
            Layer::Text(t) => match size {
                // TextIOWrapper flushes, then hands the size to its buffer unchanged: the
                // buffered layer answers a negative one (UnsupportedOperation on a reader,
                // ftruncate's EINVAL otherwise).
                Some(s) if s < 0 => {
                    t.flush()?;
                    match t.buffer_mut() {
                        Some(b) => b.truncate(Some(s)),
                        None => t.truncate(None),
                    }
                }
                _ => t.truncate(size.map(|s| s.unsigned_abs())),
            },
        }
    }

    /// `encoding` (text objects; AttributeError on binary ones, as in CPython).
    pub fn encoding(&self) -> Result<String> {
        match &self.layer {
            Layer::Text(t) => Ok(t.encoding().to_string()),
            _ => Err(self.no_attribute("encoding")),
        }
    }

    /// `errors` (text objects).
    pub fn errors(&self) -> Result<String> {
        match &self.layer {
            Layer::Text(t) => Ok(t.errors().to_string()),
            _ => Err(self.no_attribute("errors")),
        }
    }

    /// `newlines` (text objects): the newline kinds seen so far, as Python shows them.
    pub fn newlines(&self) -> Result<crate::text::Newlines> {
        match &self.layer {
            Layer::Text(t) => t.newlines(),
            _ => Err(self.no_attribute("newlines")),
        }
    }

    fn no_attribute(&self, attr: &str) -> Error {
        Error::new(
            ExcClass::AttributeError,
            format!(
                "'_io.{}' object has no attribute '{attr}'",
                self.class_name()
            ),
        )
    }

    /// The buffered layer (`.buffer` of a text object, or the object itself).
    pub fn buffered_mut(&mut self) -> Option<&mut Buffered> {
        match &mut self.layer {
            Layer::Buffered(b) => Some(b),
            Layer::Text(t) => t.buffer_mut(),
            Layer::Raw(_) => None,
        }
    }
}

/// Deliver the report `make` builds, if the host wants reports.
fn emit(host: &dyn Host, make: impl FnOnce() -> Report) {
    if host.wants_reports() {
        host.report(make());
    }
}

fn detached() -> Error {
    Error::value_error("underlying buffer has been detached")
}

impl Drop for FileObject {
    /// An unclosed file object warns, then closes (CPython's `IOBase` finalizer).
    fn drop(&mut self) {
        if self.closed() {
            return;
        }
        let message = format!("unclosed file {}", self.repr());
        emit(&*self.host, || Report::ResourceWarning { message });
        if let Err(error) = self.close() {
            let context = "file object finalizer".to_string();
            emit(&*self.host, || Report::Unraisable { context, error });
        }
    }
}

impl std::io::Read for FileObject {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.readinto(buf).map_err(std::io::Error::from)
    }
}

impl std::io::Write for FileObject {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        FileObject::write(self, buf).map_err(std::io::Error::from)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        FileObject::flush(self).map_err(std::io::Error::from)
    }
}

#[cfg(unix)]
impl std::os::fd::AsRawFd for FileObject {
    /// The descriptor while the object is open, `-1` once it is closed (or its buffer
    /// detached): never a number that may have been reused. See the module docs.
    fn as_raw_fd(&self) -> RawFd {
        self.as_fd().map_or(-1, |fd| fd.as_raw_fd())
    }
}

impl std::io::Seek for FileObject {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        let (offset, whence) = match pos {
            std::io::SeekFrom::Start(n) => (i64::try_from(n).unwrap_or(i64::MAX), Whence::Set),
            std::io::SeekFrom::Current(n) => (n, Whence::Cur),
            std::io::SeekFrom::End(n) => (n, Whence::End),
        };
        FileObject::seek(self, offset, whence).map_err(std::io::Error::from)
    }
}
