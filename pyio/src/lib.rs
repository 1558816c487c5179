//! # pyio
//!
//! CPython's `io` stack in Rust, exactly: `FileIO`, `BufferedRandom`/`BufferedReader`/
//! `BufferedWriter`, `BytesIO`, `TextIOWrapper` with its `IncrementalNewlineDecoder`, the
//! codecs and error handlers text mode needs, and `io.open` over a descriptor. The same
//! results, the same exceptions and messages, the same moments at which bytes reach the file
//! (a user observes those through a second descriptor), release by release (CPython 3.10.13 to
//! 3.15.2, chosen with a [`PyVersion`] value). Every system call goes
//! through the OS seam of [`pybase`] (`pybase::os::Os`), so a test can count or fail them.
//!
//! It is to CPython's `_io` what `_pyio.py` is: a library of its own. It knows nothing of
//! temporary files; `pytempfile` builds its file objects on it.
//!
//! ```
//! use pybase::os::Whence;
//! use pybase::version::PyVersion;
//! use pyio::memory::MemFile;
//! use pyio::text::TextIo;
//! use pyio::{Newline, PyStr};
//!
//! // io.TextIOWrapper(io.BytesIO(), encoding="utf-16", newline=None)
//! let mut t = TextIo::new(MemFile::new(), "utf-16", None, Newline::Universal, false, false,
//!                         PyVersion::NEWEST)?;
//! assert_eq!(t.write(&PyStr::from("a\r\nb\n"))?, 5);
//! t.seek(0u64, Whence::Set)?;
//! assert_eq!(t.read(None)?, PyStr::from("a\nb\n"));        // universal newlines
//! assert_eq!(t.newlines()?.to_string(), "('\\n', '\\r\\n')"); // as CPython prints it
//! t.flush()?;
//! let bytes = t.buffer().map(|b| b.getvalue()).transpose()?.unwrap_or_default();
//! assert_eq!(&bytes[..4], b"\xff\xfea\0");             // BOM, then UTF-16-LE
//! # Ok::<(), pybase::error::Error>(())
//! ```
//!
//! ## Map of the crate (one module per CPython class or concept)
//! - [`raw`]: `io.FileIO` on a descriptor ([`raw::RawFile`]).
//! - [`buffered`]: `BufferedRandom`, `BufferedReader`, `BufferedWriter` ([`buffered::Buffered`]).
//! - [`memory`]: `io.BytesIO` ([`memory::MemFile`]).
//! - [`text`]: `TextIOWrapper` and `IncrementalNewlineDecoder` ([`text::TextIo`], its opaque
//!   `tell()` cookie [`text::Cookie`]).
//! - [`codec`]: the codecs (`utf-8`, `utf-8-sig`, `utf-16*`, `utf-32*`, `latin-1`, `ascii`) and
//!   error handlers, with `codecs.lookup`'s names and errors.
//! - [`file`](mod@file): `io.open(file, mode, buffering, encoding, errors, newline, opener=...)`: the
//!   layered object it returns ([`file::FileObject`]) and the interpreter state it reads
//!   ([`file::Host`]).
//! - [`pystr`]: [`PyStr`], a Python `str` (lone surrogates included).
//! - this module: what the layers share: [`OpenMode`] (`io.open`'s mode validation with its
//!   exact messages, and the `mode` strings each layer reports), [`Newline`] (the `newline=`
//!   argument), [`ByteStream`] (the interface of a buffered binary stream, a `BufferedIOBase`
//!   or a `BytesIO`, which the text layer wraps) and the shared `ValueError`s.

#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub use pybase;
use pybase::{error, os, pyrepr, version};

pub mod buffered;
pub mod codec;
pub mod file;
pub mod memory;
pub mod pystr;
pub mod raw;
pub mod text;

pub use pystr::PyStr;

use crate::error::{Error, ExcClass, Result};
use crate::os::Whence;
use crate::version::{Behaviour, PyVersion};

/// A parsed `mode` argument, validated as `io.open` and `FileIO` do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenMode {
    /// The mode string as given.
    pub text: String,
    /// `x` in the mode.
    pub creating: bool,
    /// `r` in the mode.
    pub reading: bool,
    /// `w` in the mode.
    pub writing: bool,
    /// `a` in the mode.
    pub appending: bool,
    /// `+` in the mode.
    pub updating: bool,
    /// `b` in the mode (otherwise text).
    pub binary: bool,
}

impl OpenMode {
    /// Parse and validate `mode` exactly as `io.open` followed by `FileIO` would, with their
    /// messages. (Both run before the opener, so a bad mode never creates a file.)
    ///
    /// # Errors
    ///
    /// `ValueError`, with `io.open`'s messages: `invalid mode: 'MODE'` (an unknown or repeated
    /// character), `can't have text and binary mode at once`, `must have exactly one of
    /// create/read/write/append mode`; then `FileIO`'s `Must have exactly one of
    /// create/read/write/append mode and at most one plus` for a mode with none of them.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::version::PyVersion;
    /// use pyio::OpenMode;
    ///
    /// let m = OpenMode::parse("w+b")?;
    /// assert!(m.readable() && m.writable() && m.binary);
    /// assert_eq!(m.raw_mode(PyVersion::V3_14), "rb+"); // FileIO.mode
    /// assert_eq!(m.raw_mode(PyVersion::V3_15), "wb+"); // 3.15 keeps the w
    ///
    /// let err = OpenMode::parse("rw").unwrap_err();
    /// assert_eq!(err.to_string(), "must have exactly one of create/read/write/append mode");
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn parse(mode: &str) -> Result<OpenMode> {
        let m = OpenMode::parse_io(mode)?;
        m.check_fileio()?;
        Ok(m)
    }

    /// The part of the validation `io.open` itself does: characters, duplicates, text and
    /// binary together, more than one of create/read/write/append. A mode with none of them
    /// passes here and is refused later by [`OpenMode::check_fileio`] (after `io.open`'s
    /// line-buffering warning). The newest release's rules: `'U'` is an invalid character
    /// (see [`OpenMode::parse_io_in`]).
    pub fn parse_io(mode: &str) -> Result<OpenMode> {
        OpenMode::parse_io_in(mode, PyVersion::NEWEST, |_| {})
    }

    /// [`OpenMode::parse`] with `version`'s rules (no warning is reported).
    ///
    /// # Errors
    ///
    /// As [`OpenMode::parse`], and before 3.11 `ValueError("mode U cannot be combined with 'x',
    /// 'w', 'a', or '+'")` (see [`OpenMode::parse_io_in`]).
    pub fn parse_in(mode: &str, version: PyVersion) -> Result<OpenMode> {
        let m = OpenMode::parse_io_in(mode, version, |_| {})?;
        m.check_fileio()?;
        Ok(m)
    }

    /// [`OpenMode::parse_io`] with `version`'s rules. Before 3.11 ([`Behaviour::OpenModeNoU`])
    /// `U` is a mode letter, as in CPython 3.10's `_io.open`: it means reading (it is checked
    /// for repetition like any letter); with `x`, `w`, `a` or `+` it is
    /// `ValueError("mode U cannot be combined with 'x', 'w', 'a', or '+'")`; otherwise
    /// `deprecated` is called with the `DeprecationWarning`'s text, `'U' mode is deprecated`,
    /// before the text-and-binary check. From 3.11 it is `invalid mode: '...'`.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::version::PyVersion;
    /// use pyio::OpenMode;
    ///
    /// let mut warned = Vec::new();
    /// let m = OpenMode::parse_io_in("rU", PyVersion::V3_10, |w| warned.push(w))?;
    /// assert!(m.reading && !m.writable() && !m.binary);
    /// assert_eq!(m.text, "rU");
    /// assert_eq!(warned, ["'U' mode is deprecated"]);
    /// assert_eq!(
    ///     OpenMode::parse_io_in("wU", PyVersion::V3_10, |_| {}).unwrap_err().to_string(),
    ///     "mode U cannot be combined with 'x', 'w', 'a', or '+'"
    /// );
    /// assert_eq!(
    ///     OpenMode::parse_io_in("rU", PyVersion::V3_11, |_| {}).unwrap_err().to_string(),
    ///     "invalid mode: 'rU'"
    /// );
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn parse_io_in(
        mode: &str,
        version: PyVersion,
        deprecated: impl FnOnce(&'static str),
    ) -> Result<OpenMode> {
        let invalid = || Error::value_error(format!("invalid mode: '{mode}'"));
        let u_is_a_mode = !version.has(Behaviour::OpenModeNoU);
        let mut universal = false;
        let mut m = OpenMode {
            text: mode.to_string(),
            creating: false,
            reading: false,
            writing: false,
            appending: false,
            updating: false,
            binary: false,
        };
        let mut text = false;
        for (i, c) in mode.char_indices() {
            match c {
                'x' => m.creating = true,
                'r' => m.reading = true,
                'w' => m.writing = true,
                'a' => m.appending = true,
                '+' => m.updating = true,
                't' => text = true,
                'b' => m.binary = true,
                'U' if u_is_a_mode => {
                    universal = true;
                    m.reading = true;
                }
                _ => return Err(invalid()),
            }
            if mode[i + c.len_utf8()..].contains(c) {
                return Err(invalid());
            }
        }
        if universal {
            if m.creating || m.writing || m.appending || m.updating {
                return Err(Error::value_error(
                    "mode U cannot be combined with 'x', 'w', 'a', or '+'",
                ));
            }
            deprecated("'U' mode is deprecated");
        }
        if text && m.binary {
            return Err(Error::value_error(
                "can't have text and binary mode at once",
            ));
        }
        if m.kinds() > 1 {
            return Err(Error::value_error(
                "must have exactly one of create/read/write/append mode",
            ));
        }
        Ok(m)
    }

    /// `FileIO`'s own check: exactly one of create/read/write/append.
    pub fn check_fileio(&self) -> Result<()> {
        if self.kinds() == 0 {
            return Err(Error::value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ));
        }
        Ok(())
    }

    fn kinds(&self) -> usize {
        [self.creating, self.reading, self.writing, self.appending]
            .iter()
            .filter(|&&b| b)
            .count()
    }

    /// Whether the file object can read.
    pub fn readable(&self) -> bool {
        self.reading || self.updating
    }

    /// Whether the file object can write.
    pub fn writable(&self) -> bool {
        self.writing || self.appending || self.creating || self.updating
    }

    /// `FileIO.mode` for this mode (`'rb+'`, `'wb'`, `'ab'`, `'xb+'`, ...) in `version`: from
    /// 3.15 a `w` mode keeps its letter (`'w+'` is `'wb+'`, was `'rb+'`,
    /// [`Behaviour::FileIoModeKeepsW`]).
    pub fn raw_mode(&self, version: PyVersion) -> &'static str {
        if self.writing && version.has(Behaviour::FileIoModeKeepsW) {
            return if self.readable() { "wb+" } else { "wb" };
        }
        match (
            self.creating,
            self.appending,
            self.readable(),
            self.writable(),
        ) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }
}

/// The `newline=` argument of text mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Newline {
    /// `None`: universal newlines on read (`\r`, `\n`, `\r\n` → `\n`); `\n` → `os.linesep`
    /// (`\n` here) on write.
    #[default]
    Universal,
    /// `''`: universal newline recognition on read, no translation; none on write.
    Untranslated,
    /// `'\n'`.
    Lf,
    /// `'\r'`.
    Cr,
    /// `'\r\n'`.
    CrLf,
}

impl Newline {
    /// Parse Python's `newline` value (`None` is [`Newline::Universal`]).
    ///
    /// # Errors
    ///
    /// Any value but `None`, `''`, `'\n'`, `'\r'` and `'\r\n'` is
    /// `ValueError("illegal newline value: ...")` (the value shown with `%s`, as CPython does).
    ///
    /// # Examples
    ///
    /// ```
    /// use pyio::Newline;
    ///
    /// assert_eq!(Newline::parse(None)?, Newline::Universal);
    /// assert_eq!(Newline::parse(Some("\r\n"))?, Newline::CrLf);
    /// assert_eq!(Newline::parse(Some("x")).unwrap_err().to_string(), "illegal newline value: x");
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn parse(value: Option<&str>) -> Result<Newline> {
        match value {
            None => Ok(Newline::Universal),
            Some("") => Ok(Newline::Untranslated),
            Some("\n") => Ok(Newline::Lf),
            Some("\r") => Ok(Newline::Cr),
            Some("\r\n") => Ok(Newline::CrLf),
            // CPython formats the value with `%s`, not `%R`: `illegal newline value: x`
            // (3.10.13-3.13.0, from `open`, `TextIOWrapper` and the tempfile functions alike).
            Some(other) => Err(Error::value_error(format!(
                "illegal newline value: {other}"
            ))),
        }
    }

    /// Python's value (`None` for universal).
    pub fn as_python(self) -> Option<&'static str> {
        match self {
            Newline::Universal => None,
            Newline::Untranslated => Some(""),
            Newline::Lf => Some("\n"),
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
        }
    }
}

/// A buffered binary stream (`BufferedIOBase` semantics): what `TextIOWrapper` wraps. Both the
/// in-memory spool (`BytesIO`) and the buffered file implement it.
///
/// Sizes follow Python: `None` means "all" (`-1`). Positions are absolute byte offsets.
pub trait ByteStream {
    /// `read(size)`: up to `size` bytes, or everything to EOF with `None`.
    fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>>;
    /// `read1(size)`: at most one raw read's worth (for `BytesIO`, same as `read`).
    fn read1(&mut self, size: Option<usize>) -> Result<Vec<u8>>;
    /// `readinto(buf)`: the number of bytes read.
    fn readinto(&mut self, buf: &mut [u8]) -> Result<usize>;
    /// `write(data)`: the number of bytes accepted (all of them).
    fn write(&mut self, data: &[u8]) -> Result<usize>;
    /// `seek(offset, whence)`: the new absolute position.
    fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64>;
    /// `tell()`.
    fn tell(&mut self) -> Result<u64>;
    /// `truncate(size)` (`None`: at the current position); returns the new size.
    fn truncate(&mut self, size: Option<u64>) -> Result<u64>;
    /// `flush()`.
    fn flush(&mut self) -> Result<()>;
    /// `close()`; idempotent.
    fn close(&mut self) -> Result<()>;
    /// `closed`.
    fn closed(&self) -> bool;
    /// `readable()` (ValueError if closed).
    fn readable(&self) -> Result<bool>;
    /// `writable()` (ValueError if closed).
    fn writable(&self) -> Result<bool>;
    /// `seekable()` (ValueError if closed).
    fn seekable(&self) -> Result<bool>;
    /// `isatty()` (ValueError if closed).
    fn isatty(&self) -> Result<bool>;
}

/// `ValueError("I/O operation on closed file.")`: `IOBase`, `BytesIO` and `TextIOWrapper`.
pub fn closed_error() -> Error {
    Error::value_error("I/O operation on closed file.")
}

/// `ValueError("I/O operation on closed file")` (no period): `FileIO` and the buffered
/// classes' `tell`, `fileno`, `isatty`, `readable`, `writable`, `seekable`.
pub fn closed_error_c() -> Error {
    Error::value_error("I/O operation on closed file")
}

/// The buffered classes' per-operation message: `read of closed file`, `write to closed file`.
pub fn closed_op(op: &str) -> Error {
    let prep = if op == "write" { "to" } else { "of" };
    Error::value_error(format!("{op} {prep} closed file"))
}

/// `io.UnsupportedOperation(message)`.
pub fn unsupported(message: &str) -> Error {
    Error::new(ExcClass::UnsupportedOperation, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mode_messages_match_io_open() {
        let msg = |m: &str| OpenMode::parse(m).unwrap_err().to_string();
        assert_eq!(
            msg("b"),
            "Must have exactly one of create/read/write/append mode and at most one plus"
        );
        assert_eq!(
            msg("rw"),
            "must have exactly one of create/read/write/append mode"
        );
        assert_eq!(msg("rr"), "invalid mode: 'rr'");
        assert_eq!(msg("z"), "invalid mode: 'z'");
        assert_eq!(msg("rtb"), "can't have text and binary mode at once");
        assert_eq!(
            msg("r+w"),
            "must have exactly one of create/read/write/append mode"
        );
        assert_eq!(
            msg("+"),
            "Must have exactly one of create/read/write/append mode and at most one plus"
        );
    }

    #[test]
    fn u_is_a_reading_mode_before_3_11() {
        let v310 = PyVersion::V3_10;
        for (mode, binary) in [("U", false), ("rU", false), ("Ub", true), ("tU", false)] {
            let mut warned = Vec::new();
            let m = OpenMode::parse_io_in(mode, v310, |w| warned.push(w)).unwrap();
            assert!(m.reading && !m.writable() && m.binary == binary, "{mode}");
            assert_eq!(m.raw_mode(v310), "rb", "{mode}");
            assert_eq!(warned, ["'U' mode is deprecated"], "{mode}");
            assert_eq!(
                OpenMode::parse_in(mode, PyVersion::V3_11)
                    .unwrap_err()
                    .to_string(),
                format!("invalid mode: '{mode}'")
            );
        }
        let msg = |m: &str| {
            let mut warned = 0;
            let e = OpenMode::parse_io_in(m, v310, |_| warned += 1)
                .unwrap_err()
                .to_string();
            (e, warned)
        };
        let combined = "mode U cannot be combined with 'x', 'w', 'a', or '+'".to_string();
        for m in ["wU", "U+", "xU", "aU", "rU+"] {
            assert_eq!(msg(m), (combined.clone(), 0), "{m}");
        }
        assert_eq!(msg("UU"), ("invalid mode: 'UU'".to_string(), 0));
        assert_eq!(msg("rUr"), ("invalid mode: 'rUr'".to_string(), 0));
        // The warning comes before the text-and-binary check.
        assert_eq!(
            msg("Utb"),
            ("can't have text and binary mode at once".to_string(), 1)
        );
        // The newest release's parse_io refuses it.
        assert_eq!(
            OpenMode::parse_io("U").unwrap_err().to_string(),
            "invalid mode: 'U'"
        );
    }

    #[test]
    fn raw_modes_match_fileio() {
        for (m, raw) in [
            ("w+b", "rb+"),
            ("w+", "rb+"),
            ("wb", "wb"),
            ("r", "rb"),
            ("rb", "rb"),
            ("a", "ab"),
            ("ab+", "ab+"),
            ("x+b", "xb+"),
            ("xb", "xb"),
        ] {
            let mode = OpenMode::parse(m).unwrap();
            assert_eq!(mode.raw_mode(PyVersion::new(3, 14, 10)), raw, "{m}");
            let keeps_w = match m {
                "w+b" | "w+" => "wb+",
                _ => raw,
            };
            assert_eq!(mode.raw_mode(PyVersion::new(3, 15, 2)), keeps_w, "{m}");
        }
    }

    #[test]
    fn newline_values() {
        assert_eq!(Newline::parse(None).unwrap(), Newline::Universal);
        assert_eq!(Newline::parse(Some("\r\n")).unwrap(), Newline::CrLf);
        assert_eq!(
            Newline::parse(Some("z")).unwrap_err().to_string(),
            "illegal newline value: z"
        );
    }
}
