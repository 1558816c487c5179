//! [`RawFile`]: CPython's `io.FileIO` on a descriptor an opener created.
//!
//! Behaviour kept:
//! - Readability and writability come from the mode string, not from the descriptor (an
//!   opener may create `O_RDWR` whatever flags `io.open` asks for, as `tempfile`'s do), so a
//!   `'r'` file cannot write even though its descriptor could. `mode` is `FileIO.mode`
//!   (`'rb+'`, `'wb'`, `'ab'`, `'xb+'`, ...).
//! - `read`/`write` are single system calls (a write may be partial and reports its count);
//!   `EINTR` is retried as CPython does; errors are CPython's (`ValueError: I/O operation on
//!   closed file`, `io.UnsupportedOperation: File not open for reading`, `OSError` from errno).
//! - `close` closes once, through the seam; `truncate` never moves the position.
//!
//! Not copied from CPython on purpose: `FileIO.__init__`'s `fstat` and `isatty`'s
//! `ioctl(TCGETS)`: the descriptor must be a fresh regular file (the contract of
//! [`FileObject::open_with`](crate::file::FileObject::open_with)'s opener), so it is never a
//! directory or a terminal, and opening costs only the `open` itself.

use pybase::os::RawFd;

use crate::error::{Error, Result};
use crate::os::{self, Errno, Os, SeamFd, Whence};
use crate::version::PyVersion;
use crate::{OpenMode, closed_error_c, unsupported};

/// CPython's `io.FileIO` over a descriptor opened through the seam.
///
/// # Errors
///
/// Once closed, every operation but `close` is `ValueError("I/O operation on closed file")`;
/// reading a file whose mode cannot read is `io.UnsupportedOperation("File not open for
/// reading")` (writing: `... for writing`), whatever the descriptor itself allows; a failed
/// system call is the `OSError` subclass of its errno.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use pybase::error::ExcClass;
/// use pybase::os::{flags, LibcOs, Os, SeamFd};
/// use pybase::version::PyVersion;
/// use pyio::OpenMode;
/// use pyio::raw::RawFile;
///
/// let path = std::env::temp_dir().join(format!("pyio-rawfile-doc-{}", std::process::id()));
/// let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
/// let os: Arc<dyn Os> = Arc::new(LibcOs);
/// // A read-write descriptor, opened as mode "r": FileIO can only read it.
/// let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT | flags::O_EXCL, 0o600).unwrap();
/// let mut raw = RawFile::new(fd, &OpenMode::parse("r")?, PyVersion::NEWEST);
/// assert_eq!(raw.mode(), "rb");
/// let err = raw.write(b"x").unwrap_err();
/// assert_eq!(err.class(), ExcClass::UnsupportedOperation);
/// assert_eq!(err.to_string(), "File not open for writing");
/// assert_eq!(raw.read(None)?, b"");
/// raw.close()?;
/// assert_eq!(raw.fileno().unwrap_err().to_string(), "I/O operation on closed file");
/// std::fs::remove_file(&path).unwrap();
/// # Ok::<(), pybase::error::Error>(())
/// ```
#[derive(Debug)]
pub struct RawFile {
    fd: SeamFd,
    readable: bool,
    writable: bool,
    mode: &'static str,
}

fn os_err(e: Errno) -> Error {
    Error::from_errno(e, None)
}

impl RawFile {
    /// Wrap `fd` (just opened through the seam) with the abilities `mode` gives; `version`
    /// decides the `mode` string.
    pub fn new(fd: SeamFd, mode: &OpenMode, version: PyVersion) -> RawFile {
        RawFile {
            fd,
            readable: mode.readable(),
            writable: mode.writable(),
            mode: mode.raw_mode(version),
        }
    }

    fn check_open(&self) -> Result<RawFd> {
        if self.fd.is_closed() {
            Err(closed_error_c())
        } else {
            Ok(self.fd.raw())
        }
    }

    fn check_readable(&self) -> Result<RawFd> {
        let fd = self.check_open()?;
        if !self.readable {
            return Err(unsupported("File not open for reading"));
        }
        Ok(fd)
    }

    fn check_writable(&self) -> Result<RawFd> {
        let fd = self.check_open()?;
        if !self.writable {
            return Err(unsupported("File not open for writing"));
        }
        Ok(fd)
    }

    /// The seam.
    pub fn os(&self) -> &dyn Os {
        self.fd.os()
    }

    /// `FileIO.mode`.
    pub fn mode(&self) -> &'static str {
        self.mode
    }

    /// `closed`.
    pub fn closed(&self) -> bool {
        self.fd.is_closed()
    }

    /// `readable()`.
    pub fn readable(&self) -> Result<bool> {
        self.check_open()?;
        Ok(self.readable)
    }

    /// `writable()`.
    pub fn writable(&self) -> Result<bool> {
        self.check_open()?;
        Ok(self.writable)
    }

    /// `seekable()`: a regular file always is.
    pub fn seekable(&self) -> Result<bool> {
        self.check_open()?;
        Ok(true)
    }

    /// `isatty()`: a regular file never is (no `ioctl`).
    pub fn isatty(&self) -> Result<bool> {
        self.check_open()?;
        Ok(false)
    }

    /// `fileno()`.
    pub fn fileno(&self) -> Result<RawFd> {
        self.check_open()
    }

    /// The descriptor owner (for `&File`/`AsFd` access).
    pub fn seam_fd(&self) -> &SeamFd {
        &self.fd
    }

    /// `readinto(buf)`: one `read`.
    pub fn readinto(&mut self, buf: &mut [u8]) -> Result<usize> {
        let fd = self.check_readable()?;
        os::retry_eintr(|| self.fd.os().read(fd, buf)).map_err(os_err)
    }

    /// `read(size)`: one `read` of at most `size` bytes, or `readall()` for `None`.
    pub fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        let Some(size) = size else {
            return self.readall();
        };
        let mut buf = vec![0u8; size];
        let n = self.readinto(&mut buf)?;
        buf.truncate(n);
        Ok(buf)
    }

    /// `readall()`: read until EOF.
    pub fn readall(&mut self) -> Result<Vec<u8>> {
        let fd = self.check_readable()?;
        let mut out = Vec::new();
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let n = os::retry_eintr(|| self.fd.os().read(fd, &mut chunk)).map_err(os_err)?;
            if n == 0 {
                return Ok(out);
            }
            out.extend_from_slice(&chunk[..n]);
        }
    }

    /// `write(data)`: one `write`; returns how many bytes the kernel took.
    pub fn write(&mut self, data: &[u8]) -> Result<usize> {
        let fd = self.check_writable()?;
        os::retry_eintr(|| self.fd.os().write(fd, data)).map_err(os_err)
    }

    /// Write all of `data` (loops over partial writes), returning how much was written before
    /// an error if one happens: `(written, error)`.
    pub fn write_all(&mut self, data: &[u8]) -> (usize, Option<Error>) {
        let mut done = 0;
        while done < data.len() {
            match self.write(&data[done..]) {
                Ok(0) => return (done, Some(Error::from_errno(Errno(libc::EIO), None))),
                Ok(n) => done += n,
                Err(e) => return (done, Some(e)),
            }
        }
        (done, None)
    }

    /// `writev` of all `bufs`, looping over partial writes: `(written, error)`.
    pub fn write_vectored_all(&mut self, bufs: &[&[u8]]) -> (usize, Option<Error>) {
        let fd = match self.check_writable() {
            Ok(fd) => fd,
            Err(e) => return (0, Some(e)),
        };
        let total: usize = bufs.iter().map(|b| b.len()).sum();
        let mut done = 0;
        while done < total {
            // Rebuild the slice list past what was written (rare: only after a short write).
            let mut skip = done;
            let mut slices = Vec::with_capacity(bufs.len());
            for b in bufs {
                if skip >= b.len() {
                    skip -= b.len();
                    continue;
                }
                slices.push(std::io::IoSlice::new(&b[skip..]));
                skip = 0;
                if slices.len() == 1024 {
                    break;
                }
            }
            match os::retry_eintr(|| self.fd.os().writev(fd, &slices)) {
                Ok(0) => return (done, Some(Error::from_errno(Errno(libc::EIO), None))),
                Ok(n) => done += n,
                Err(e) => return (done, Some(os_err(e))),
            }
        }
        (done, None)
    }

    /// `seek(offset, whence)`.
    pub fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        let fd = self.check_open()?;
        self.fd.os().lseek(fd, offset, whence).map_err(os_err)
    }

    /// `tell()` (an `lseek`).
    pub fn tell(&mut self) -> Result<u64> {
        self.seek(0, Whence::Cur)
    }

    /// `truncate(size)`: resize without moving the position (`None`: at the position). The
    /// writability check comes first, as in CPython; a negative size is then `EINVAL`.
    pub fn truncate(&mut self, size: Option<i64>) -> Result<u64> {
        let fd = self.check_writable()?;
        let size = match size {
            None => self.fd.os().lseek(fd, 0, Whence::Cur).map_err(os_err)?,
            Some(s) => u64::try_from(s).map_err(|_| os_err(Errno(libc::EINVAL)))?,
        };
        self.fd.os().ftruncate(fd, size).map_err(os_err)?;
        Ok(size)
    }

    /// `close()`: once; later calls do nothing.
    pub fn close(&mut self) -> Result<()> {
        self.fd.close().map_err(os_err)
    }
}
