//! Shared helpers for pyio's integration tests: the recorded corpus ([`corpus`]) and the buffered
//! suite's operation language ([`buffered`]), text and bytes
//! written as the corpus's rows write them (`corpus/drivers/escape.py`), and [`Stream`], an
//! `io.BytesIO` whose capabilities a case can turn off.
#![allow(dead_code, clippy::unwrap_used)]

pub mod buffered;
pub mod corpus;

use std::ffi::CString;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use pybase::error::{Error, Result};
use pybase::os::Whence;
use pybase::os::{LibcOs, Os, SeamFd, flags};
use pybase::version::PyVersion;
use pyio::file::{FileName, FileObject, Host, OpenArgs, Report, default_text_encoding};
use pyio::memory::MemFile;
use pyio::{ByteStream, PyStr};

/// Text as a row shows it: ASCII letters, digits, space and `.` as they are, every other code
/// point `\u{hex}` (`escape.esc`).
pub fn esc(cps: impl IntoIterator<Item = u32>) -> String {
    let mut out = String::new();
    for c in cps {
        match char::from_u32(c) {
            Some(ch) if ch.is_ascii_alphanumeric() || ch == ' ' || ch == '.' => out.push(ch),
            _ => out.push_str(&format!("\\u{{{c:x}}}")),
        }
    }
    out
}

/// [`esc`] of a `str`.
pub fn esc_str(s: &PyStr) -> String {
    esc(s.code_points())
}

/// The text a case argument stands for: `\u{hex}` escapes, every other character itself
/// (`escape.unesc`).
pub fn unesc(s: &str) -> PyStr {
    let mut out = PyStr::new();
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let j = after.find('}').unwrap();
        out.push(u32::from_str_radix(&after[..j], 16).unwrap());
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    out
}

/// Runs of six or more equal tokens (a character or an escape) as `{{token*count}}`
/// (`escape.compress`).
pub fn compress(s: &str) -> String {
    let mut toks: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let len = if s[i..].starts_with("\\u{") {
            s[i..].find('}').unwrap() + 1
        } else {
            s[i..].chars().next().unwrap().len_utf8()
        };
        toks.push(&s[i..i + len]);
        i += len;
    }
    let mut out = String::new();
    let mut i = 0;
    while i < toks.len() {
        let mut j = i;
        while j < toks.len() && toks[j] == toks[i] {
            j += 1;
        }
        if j - i >= 6 {
            out.push_str(&format!("{{{{{}*{}}}}}", toks[i], j - i));
        } else {
            out.extend(toks[i..j].iter().copied());
        }
        i = j;
    }
    out
}

/// Lower-case hex.
pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The bytes of lower-case or upper-case hex.
pub fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
        .collect()
}

/// An exception as a row shows it: `!CLASS: str(exc)` (`escape.error`).
pub fn show_err(e: &Error) -> String {
    format!("!{}: {}", e.class().name(), e)
}

/// A row: the value, or the exception.
pub fn row<T>(r: Result<T>, show: impl FnOnce(T) -> String) -> String {
    r.map_or_else(|e| show_err(&e), show)
}

/// `io.BytesIO` (pyio's [`MemFile`]) whose `readable()`/`writable()`/`seekable()` can be made
/// false, as a Python subclass overriding them would (`corpus/drivers/textio.py`'s `Stream`),
/// and whose `tell()` can be made to fail, as a pipe's does. `writes` keeps what each `write`
/// call was given.
#[derive(Debug, Default)]
pub struct Stream {
    pub inner: MemFile,
    pub no_read: bool,
    pub no_write: bool,
    pub no_seek: bool,
    pub no_tell: bool,
    pub writes: Vec<Vec<u8>>,
}

impl Stream {
    /// `BytesIO(data)`: the bytes, at position 0.
    pub fn new(data: &[u8]) -> Stream {
        let mut inner = MemFile::new();
        inner.write(data).unwrap();
        inner.seek(0, Whence::Set).unwrap();
        Stream {
            inner,
            ..Stream::default()
        }
    }

    /// `getvalue()`.
    pub fn getvalue(&self) -> Vec<u8> {
        self.inner.getvalue().unwrap()
    }
}

impl ByteStream for Stream {
    fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        ByteStream::read(&mut self.inner, size)
    }
    fn read1(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        ByteStream::read1(&mut self.inner, size)
    }
    fn readinto(&mut self, buf: &mut [u8]) -> Result<usize> {
        ByteStream::readinto(&mut self.inner, buf)
    }
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        self.writes.push(data.to_vec());
        ByteStream::write(&mut self.inner, data)
    }
    fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        ByteStream::seek(&mut self.inner, offset, whence)
    }
    fn tell(&mut self) -> Result<u64> {
        if self.no_tell {
            return Err(pyio::unsupported("tell"));
        }
        ByteStream::tell(&mut self.inner)
    }
    fn truncate(&mut self, size: Option<u64>) -> Result<u64> {
        ByteStream::truncate(&mut self.inner, size)
    }
    fn flush(&mut self) -> Result<()> {
        ByteStream::flush(&mut self.inner)
    }
    fn close(&mut self) -> Result<()> {
        ByteStream::close(&mut self.inner)
    }
    fn closed(&self) -> bool {
        ByteStream::closed(&self.inner)
    }
    fn readable(&self) -> Result<bool> {
        Ok(self.inner.readable()? && !self.no_read)
    }
    fn writable(&self) -> Result<bool> {
        Ok(self.inner.writable()? && !self.no_write)
    }
    fn seekable(&self) -> Result<bool> {
        Ok(self.inner.seekable()? && !self.no_seek)
    }
    fn isatty(&self) -> Result<bool> {
        self.inner.isatty()
    }
}

/// A [`Host`] of `version` that keeps the warnings it is told, as the drivers' `!` writes them.
pub struct Heard {
    pub version: PyVersion,
    said: Mutex<Vec<String>>,
}

impl Heard {
    pub fn new(version: PyVersion) -> Arc<Heard> {
        Arc::new(Heard {
            version,
            said: Mutex::new(Vec::new()),
        })
    }

    /// `W`, then the `CATEGORY:TEXT` entries heard since the last call, joined by `;`.
    pub fn said(&self) -> String {
        let heard = std::mem::take(&mut *self.said.lock().unwrap());
        format!("W{}", heard.join(";"))
    }
}

impl Host for Heard {
    fn version(&self) -> PyVersion {
        self.version
    }

    fn locale_encoding(&self) -> String {
        default_text_encoding(self.version).to_string()
    }

    fn wants_reports(&self) -> bool {
        true
    }

    fn report(&self, report: Report) {
        let entry = match report {
            Report::RuntimeWarning { message } => format!("RuntimeWarning:{message}"),
            Report::DeprecationWarning { message } => format!("DeprecationWarning:{message}"),
            Report::ResourceWarning { message } => format!("ResourceWarning:{message}"),
            Report::Unraisable { .. } => return,
        };
        self.said.lock().unwrap().push(entry);
    }
}

/// A fresh path in the system's temporary directory, unique in this process.
pub fn fresh_path(tag: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    std::env::temp_dir().join(format!(
        "pyio-{tag}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ))
}

/// `io.open(path, ..., opener=...)` as `NamedTemporaryFile` calls it: the opener makes a new
/// file at `path` with `_bin_openflags` (`O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW`, whatever the
/// mode), mode 0600, and names it by its descriptor.
#[cfg(unix)]
pub fn open_new(host: Arc<dyn Host>, path: &Path, args: &OpenArgs<'_>) -> Result<FileObject> {
    let c = CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    let os: Arc<dyn Os> = Arc::new(LibcOs);
    FileObject::open_with(host, args, || {
        let fd = SeamFd::open(&os, &c, flags::BIN_OPENFLAGS | flags::O_CLOEXEC, 0o600)
            .map_err(|e| Error::from_errno(e, None))?;
        let name = FileName::Fd(fd.raw());
        Ok((fd, name))
    })
}
