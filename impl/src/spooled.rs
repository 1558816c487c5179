//! `SpooledTemporaryFile` (CPython's `SpooledTemporaryFile`): data in memory until it grows past
//! `max_size` or a descriptor is needed, then in a `TemporaryFile`.
//!
//! Rollover happens exactly when CPython's does:
//! - after a `write` or `writelines` whose resulting *position* (`tell()`; in text mode the
//!   cookie, i.e. encoded bytes for plain codecs, BOM included) exceeds a non-zero `max_size`
//!   (a negative `max_size` rolls on the first write, even an empty one);
//! - on `fileno()`;
//! - on `truncate(size)` with `size > max_size` (before truncating);
//! - on `rollover()`.
//!
//! It creates `TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors)`,
//! writes the buffered bytes (binary) or the encoded bytes (text) with one `writev`, and restores
//! the position (a text cookie is carried over with its decoder state). Content, position and
//! mode carry over; a text file's `newlines` record starts afresh, as in CPython.
//!
//! Improvement over CPython (documented): CPython replaces its in-memory file by the new file
//! before copying, so a failing write (ENOSPC, EIO) or seek loses the data. Here the new file is
//! complete before anything is switched: if the open, the write or the seek fails, the new
//! descriptor is closed, the spool stays in memory, readable and writable, and the error is
//! returned. The same holds for a rollover that fails because of the mode (`'rb'` cannot
//! write): CPython is then left half-switched; pytempfile stays unrolled. Calling `fileno()` or
//! `rollover()` on a closed, unrolled spool raises `ValueError` before creating any file
//! (CPython creates one, leaks it as the new, open `_file`).
//!
//! Memory: the in-memory phase is a chunked `BytesIO` ([`MemFile`]): every byte is copied once
//! on the way in, never again as the spool grows.
//!
//! ## The standard I/O traits
//!
//! A binary spool implements `Read`, `Write` and `Seek` (a text spool's calls fail with
//! `TypeError`, as `InvalidInput`), whatever the release followed (`readinto` is 3.11+ in
//! Python; the `Read` trait is not Python's). `Write::write` rolls over *before* writing when
//! the write would take the position past `max_size`, not after as CPython's `write` does: the
//! end state is the same (rolled, every byte in the file), and an error (the rollover's
//! `ENOSPC`, say) then means that nothing was written, as `Write`'s contract requires
//! (`write_all` retries after an error would otherwise write the bytes twice).
//!
//! It implements neither `AsFd` nor `AsRawFd`: until the rollover there is no descriptor at
//! all, and the only way to get one, [`fileno`](SpooledTemporaryFile::fileno), rolls over,
//! which needs `&mut self` (the traits lend from `&self`). After a rollover,
//! [`file`](SpooledTemporaryFile::file) gives the file object, whose checked `as_fd()` lends
//! the descriptor.

use crate::os::RawFd;
use std::fmt;

use crate::error::{Error, ExcClass, Result};
use crate::io::file::{FileName, FileObject, FileOptions, Tell};
use crate::io::memory::MemFile;
use crate::io::text::{Cookie, Newlines, TextIo};
use crate::io::{ByteStream, Newline, PyStr};
use crate::module::{Event, Params, Tempfile};
use crate::os::Whence;
use crate::version::{Behaviour, PyVersion};

enum State {
    Memory(MemFile),
    MemoryText(Box<TextIo<MemFile>>),
    Rolled(FileObject),
}

/// A spooled temporary file. See the module docs.
///
/// Binary spools take bytes ([`write`](Self::write), [`read`](Self::read),
/// [`seek`](Self::seek), and `std::io`'s traits); text spools take `str`
/// ([`write_text`](Self::write_text), [`read_text`](Self::read_text),
/// [`seek_text`](Self::seek_text)); the other kind's methods are a `TypeError`.
///
/// # Errors
///
/// In memory, `BytesIO`'s and `TextIOWrapper`'s errors (`ValueError("I/O operation on closed
/// file.")` once closed, ...); rolled over, the file object's. Any call that rolls over can
/// also fail with [`temporary_file`](crate::temporary_file)'s errors or a write's `OSError`:
/// then nothing is lost, and the spool stays in memory (see [`rollover`](Self::rollover)).
///
/// # Security
///
/// Until the rollover the data is only in the process's memory (which the OS may swap out);
/// at the rollover it goes to a [`TemporaryFile`](crate::temporary_file): on Linux a file with
/// no name (`O_TMPFILE`), else one created 0600 `O_EXCL|O_NOFOLLOW` and unlinked at once.
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// let mut f = pytempfile::SpooledTemporaryFile::new(10)?;
/// f.write(b"0123456789")?; // position 10: still in memory
/// assert!(!f.rolled());
/// f.write(b"!")?; // position 11 > 10: now a real file
/// assert!(f.rolled());
/// f.seek(0, pytempfile::os::Whence::Set)?;
/// assert_eq!(f.read(None)?, b"0123456789!");
/// # Ok(()) }
/// ```
pub struct SpooledTemporaryFile {
    module: Tempfile,
    max_size: i64,
    state: State,
    /// `_TemporaryFileArgs` (gone after the rollover).
    args: Option<(Params, FileOptions)>,
    text: bool,
}

impl fmt::Debug for SpooledTemporaryFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SpooledTemporaryFile")
            .field("max_size", &self.max_size)
            .field("rolled", &self.rolled())
            .field("closed", &self.closed())
            .finish()
    }
}

fn no_attr(class: &str, attr: &str) -> Error {
    Error::new(
        ExcClass::AttributeError,
        format!("'{class}' object has no attribute '{attr}'"),
    )
}

impl SpooledTemporaryFile {
    /// `SpooledTemporaryFile(max_size)` (binary, `w+b`) using the process-wide module state.
    /// `max_size` 0 never rolls over on size; a negative one rolls over at the first write.
    ///
    /// # Errors
    ///
    /// None in practice: a binary spool creates nothing until it rolls over (the `Result` is
    /// [`Tempfile::spooled_temporary_file`]'s, whose text mode can fail).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let mut f = pytempfile::SpooledTemporaryFile::new(0)?; // max_size=0: never on size
    /// f.write(&vec![0u8; 1 << 20])?;
    /// assert!(!f.rolled());
    /// assert_eq!(f.file_class(), "BytesIO");
    /// assert_eq!(f.memory_value().unwrap()?.len(), 1 << 20);
    /// # Ok(()) }
    /// ```
    pub fn new(max_size: i64) -> Result<SpooledTemporaryFile> {
        Tempfile::global().spooled_temporary_file(max_size, &Params::new(), &FileOptions::new())
    }

    /// Use `module`'s state from now on (its globals at rollover time, as CPython's rollover
    /// reads them when it calls `TemporaryFile`). The Python binding refreshes it per call.
    pub fn set_module(&mut self, module: Tempfile) {
        self.module = module;
    }

    /// `_rolled`: whether the data lives in a real file now.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let mut sp = pytempfile::SpooledTemporaryFile::new(3)?;
    /// sp.write(b"abc")?;
    /// assert!(!sp.rolled() && sp.file().is_none());
    /// sp.rollover()?; // explicitly
    /// assert!(sp.rolled() && sp.memory_value().is_none());
    /// # Ok(()) }
    /// ```
    pub fn rolled(&self) -> bool {
        matches!(self.state, State::Rolled(_))
    }

    /// `_max_size`.
    pub fn max_size(&self) -> i64 {
        self.max_size
    }

    /// The in-memory bytes (`_file.getvalue()`; the encoded bytes in text mode), `None` once
    /// rolled over.
    pub fn memory_value(&mut self) -> Option<Result<Vec<u8>>> {
        match &mut self.state {
            State::Memory(m) => Some(m.getvalue()),
            State::MemoryText(t) => Some(t.flush().and_then(|()| match t.buffer() {
                Some(b) => b.getvalue(),
                None => Err(Error::value_error("underlying buffer has been detached")),
            })),
            State::Rolled(_) => None,
        }
    }

    /// The rolled-over file object, if any.
    pub fn file(&self) -> Option<&FileObject> {
        match &self.state {
            State::Rolled(f) => Some(f),
            _ => None,
        }
    }

    fn version(&self) -> PyVersion {
        self.module.version()
    }

    fn require_311(&self, method: &str) -> Result<()> {
        if self.version().has(Behaviour::SpooledIsIoBase) {
            Ok(())
        } else {
            Err(no_attr("SpooledTemporaryFile", method))
        }
    }

    fn mem_class(&self) -> &'static str {
        if self.text {
            "_io.TextIOWrapper"
        } else {
            "_io.BytesIO"
        }
    }

    fn not_text(&self) -> Error {
        Error::type_error("a binary spool reads and writes bytes, not str")
    }

    fn not_binary(&self) -> Error {
        Error::type_error("a text spool reads and writes str: use the *_text methods")
    }

    /// A call that takes or gives bytes: `memory` on the in-memory bytes, `file` on the
    /// rolled-over file (a text one answers with its own error); a text spool's memory is
    /// [`not_binary`](Self::not_binary).
    fn on_bytes<T>(
        &mut self,
        memory: impl FnOnce(&mut MemFile) -> Result<T>,
        file: impl FnOnce(&mut FileObject) -> Result<T>,
    ) -> Result<T> {
        match &mut self.state {
            State::Memory(m) => memory(m),
            State::MemoryText(_) => Err(self.not_binary()),
            State::Rolled(f) => file(f),
        }
    }

    /// A call that takes or gives `str`: `memory` on the in-memory text, `file` on the
    /// rolled-over text file; a binary spool, in memory or rolled over, is
    /// [`not_text`](Self::not_text).
    fn on_text<T>(
        &mut self,
        memory: impl FnOnce(&mut TextIo<MemFile>) -> Result<T>,
        file: impl FnOnce(&mut FileObject) -> Result<T>,
    ) -> Result<T> {
        match &mut self.state {
            State::MemoryText(t) => memory(t),
            State::Rolled(f) if f.is_text() => file(f),
            _ => Err(self.not_text()),
        }
    }

    /// `_check(file)`: roll over if the position now exceeds a non-zero `max_size`.
    fn check(&mut self) -> Result<()> {
        if self.rolled() || self.max_size == 0 {
            return Ok(());
        }
        let limit = if self
            .module
            .planted(crate::planted::PlantedFault::RolloverOneByteLate)
        {
            self.max_size.saturating_add(1)
        } else {
            self.max_size
        };
        if self.tell()?.exceeds(limit) {
            self.rollover()?;
        }
        Ok(())
    }

    /// `rollover()`: move to a real file now (idempotent). On failure the spool is unchanged.
    ///
    /// The file is `TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
    /// errors)` with the spool's arguments and the module's globals as they are now; the
    /// content is written with one `writev` and the position restored.
    ///
    /// # Errors
    ///
    /// `ValueError("I/O operation on closed file.")` for a closed spool (before any file is
    /// made; CPython creates and leaks one); [`Tempfile::temporary_file`]'s errors (a mode
    /// that cannot write, such as `'rb'`, included); the write's or the seek's `OSError`
    /// (`ENOSPC`, `EIO`, ...). In every case the new file is closed and **the spool stays in
    /// memory, readable and writable, with all its data** (CPython switches to the new file
    /// first and loses the data).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pytempfile::os::{Call, Fault};
    /// use pytempfile::{FaultyOs, FileOptions, Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// // A disk that is full when the spool rolls over.
    /// let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Writev, libc::ENOSPC)));
    /// let t = Tempfile::builder().os(os.clone()).build();
    /// let mut sp = t.spooled_temporary_file(1024, &Params::new(), &FileOptions::new())?;
    /// sp.write(b"precious")?;
    /// let err = sp.rollover().unwrap_err();
    /// assert_eq!(err.errno(), Some(libc::ENOSPC));
    /// assert!(!sp.rolled());
    /// assert_eq!(sp.memory_value().unwrap()?, b"precious"); // nothing lost
    ///
    /// os.clear_faults();
    /// sp.rollover()?;
    /// assert!(sp.rolled() && sp.file().is_some());
    /// sp.seek(0, pytempfile::os::Whence::Set)?;
    /// assert_eq!(sp.read(None)?, b"precious");
    /// # Ok(()) }
    /// ```
    pub fn rollover(&mut self) -> Result<()> {
        if self.rolled() {
            return Ok(());
        }
        if self.closed() {
            return Err(crate::io::closed_error());
        }
        let Some((params, opts)) = self.args.clone() else {
            return Err(Error::new(
                ExcClass::AttributeError,
                "'SpooledTemporaryFile' object has no attribute '_TemporaryFileArgs'",
            ));
        };
        // Flush text first so the memory file holds every encoded byte, and take the position.
        let pos = self.tell()?;
        let mut newfile = self.module.temporary_file(&params, &opts)?;
        let copied = match (&mut self.state, &pos) {
            (State::Memory(m), Tell::Offset(p)) => copy_into(&mut newfile, m, *p),
            (State::MemoryText(t), Tell::Cookie(c)) => match t.buffer() {
                Some(b) => {
                    let chunks: Vec<&[u8]> = b.chunks().collect();
                    newfile
                        .write_chunks(&chunks)
                        .and_then(|_| newfile.seek_text(c, Whence::Set).map(|_| ()))
                }
                None => Err(Error::value_error("underlying buffer has been detached")),
            },
            _ => Err(Error::new(
                ExcClass::OSError,
                "internal: spool position of the wrong kind",
            )),
        };
        if let Err(e) = copied {
            let _ = newfile.close();
            return Err(e);
        }
        self.state = State::Rolled(newfile);
        self.args = None;
        Ok(())
    }

    /// `close()`.
    pub fn close(&mut self) -> Result<()> {
        match &mut self.state {
            State::Memory(m) => {
                m.close();
                Ok(())
            }
            State::MemoryText(t) => t.close(),
            State::Rolled(f) => f.close(),
        }
    }

    /// `closed`.
    pub fn closed(&self) -> bool {
        match &self.state {
            State::Memory(m) => m.closed(),
            State::MemoryText(t) => t.closed().unwrap_or(true),
            State::Rolled(f) => f.closed(),
        }
    }

    /// `__enter__`'s check.
    pub fn enter(&mut self) -> Result<&mut SpooledTemporaryFile> {
        if self.closed() {
            return Err(Error::value_error("Cannot enter context with closed file"));
        }
        Ok(self)
    }

    /// `__exit__`: close.
    pub fn exit(mut self) -> Result<()> {
        self.close()
    }

    /// `fileno()`: rolls over, then the descriptor.
    ///
    /// # Errors
    ///
    /// [`rollover`](Self::rollover)'s (the spool then stays in memory), and `ValueError` once
    /// closed.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let mut sp = pytempfile::SpooledTemporaryFile::new(1 << 20)?;
    /// sp.write(b"small")?;
    /// assert!(!sp.rolled());
    /// let fd = sp.fileno()?; // a descriptor needs a real file
    /// assert!(sp.rolled() && fd >= 0);
    /// # Ok(()) }
    /// ```
    pub fn fileno(&mut self) -> Result<RawFd> {
        self.rollover()?;
        match &self.state {
            State::Rolled(f) => f.fileno(),
            _ => Err(crate::io::unsupported("fileno")),
        }
    }

    /// `mode`: `'w+b'` (the argument) before a binary rollover, the file's (`'rb+'`) after;
    /// text spools report the argument throughout.
    pub fn mode(&self) -> String {
        match (&self.state, &self.args) {
            (State::Rolled(f), _) => f.mode().to_string(),
            (_, Some((_, o))) => o.mode.clone(),
            _ => String::new(),
        }
    }

    /// `name`: `None` in memory, the descriptor number once rolled.
    pub fn name(&self) -> Option<FileName> {
        match &self.state {
            State::Rolled(f) => Some(f.name().clone()),
            _ => None,
        }
    }

    /// `encoding` (text spools; `AttributeError` in binary ones).
    pub fn encoding(&self) -> Result<String> {
        match &self.state {
            State::Memory(_) => Err(no_attr("_io.BytesIO", "encoding")),
            State::MemoryText(t) => Ok(t.encoding().to_string()),
            State::Rolled(f) => f.encoding(),
        }
    }

    /// `errors` (text spools).
    pub fn errors(&self) -> Result<String> {
        match &self.state {
            State::Memory(_) => Err(no_attr("_io.BytesIO", "errors")),
            State::MemoryText(t) => Ok(t.errors().to_string()),
            State::Rolled(f) => f.errors(),
        }
    }

    /// `newlines` (text spools).
    pub fn newlines(&self) -> Result<Newlines> {
        match &self.state {
            State::Memory(_) => Err(no_attr("_io.BytesIO", "newlines")),
            State::MemoryText(t) => t.newlines(),
            State::Rolled(f) => f.newlines(),
        }
    }

    /// `write(b)` (binary): the number of bytes; may roll over.
    ///
    /// The bytes are written first, then the position is checked: past a non-zero
    /// `max_size`, the spool rolls over (as CPython's `_check`).
    ///
    /// # Errors
    ///
    /// `TypeError` on a text spool; `ValueError("I/O operation on closed file.")` once closed;
    /// a rollover's errors (the bytes were written to memory then, and stay there); once
    /// rolled over, the file's write errors.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::ExcClass;
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let mut sp = pytempfile::SpooledTemporaryFile::new(4)?;
    /// assert_eq!(sp.write(b"1234")?, 4);
    /// assert!(!sp.rolled()); // position 4 is not past 4
    /// sp.write(b"5")?;
    /// assert!(sp.rolled());
    /// sp.close()?;
    /// assert_eq!(sp.write(b"6").unwrap_err().class(), ExcClass::ValueError);
    /// # Ok(()) }
    /// ```
    pub fn write(&mut self, data: &[u8]) -> Result<usize> {
        let n = self.on_bytes(|m| m.write(data), |f| f.write(data))?;
        self.check()?;
        Ok(n)
    }

    /// `write(s)` (text): the number of code points; may roll over (when the position, the
    /// text layer's cookie, i.e. the encoded bytes for these codecs, passes `max_size`).
    ///
    /// # Errors
    ///
    /// `TypeError` on a binary spool; `ValueError` once closed; `UnicodeEncodeError` under
    /// `errors="strict"`; a rollover's errors.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{FileOptions, Params, PyStr, Tempfile};
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let opts = FileOptions::new().mode("w+").encoding("utf-16");
    /// let mut sp = Tempfile::global().spooled_temporary_file(8, &Params::new(), &opts)?;
    /// assert_eq!(sp.write_text(&PyStr::from("abc"))?, 3); // BOM + 6 bytes: position 8
    /// assert!(!sp.rolled());
    /// sp.write_text(&PyStr::from("d"))?; // position 10 > 8
    /// assert!(sp.rolled());
    /// sp.seek_text_int(0, pytempfile::os::Whence::Set)?;
    /// assert_eq!(sp.read_text(None)?, PyStr::from("abcd"));
    /// assert_eq!(sp.encoding()?, "utf-16");
    /// # Ok(()) }
    /// ```
    pub fn write_text(&mut self, s: &PyStr) -> Result<usize> {
        let n = self.on_text(|t| t.write(s), |f| f.write_text(s))?;
        self.check()?;
        Ok(n)
    }

    /// `writelines(lines)` (binary). Before 3.13.18 all lines are written, then the size is
    /// checked (one rollover at most, after the last line); from 3.13.18 (in memory, with a
    /// non-zero `max_size`) each line goes through [`write`](Self::write), so the rollover
    /// happens after the line that crosses `max_size` and the rest go to the file
    /// ([`Behaviour::WritelinesRollsOver`]).
    pub fn writelines(&mut self, lines: &[&[u8]]) -> Result<()> {
        if self.writes_line_by_line() {
            for (i, line) in lines.iter().enumerate() {
                self.write(line)?;
                if let State::Rolled(f) = &mut self.state {
                    return f.writelines(&lines[i + 1..]);
                }
            }
            return Ok(());
        }
        self.on_bytes(
            |m| {
                m.check_open()?;
                for line in lines {
                    m.write(line)?;
                }
                Ok(())
            },
            |f| f.writelines(lines),
        )?;
        self.check()
    }

    /// `writelines(lines)` (text); rolls over as [`writelines`](Self::writelines) does.
    pub fn writelines_text(&mut self, lines: &[PyStr]) -> Result<()> {
        if self.writes_line_by_line() {
            for (i, line) in lines.iter().enumerate() {
                self.write_text(line)?;
                if let State::Rolled(f) = &mut self.state {
                    return f.writelines_text(&lines[i + 1..]);
                }
            }
            return Ok(());
        }
        self.on_text(
            |t| {
                if t.closed().unwrap_or(true) {
                    return Err(crate::io::closed_error());
                }
                for line in lines {
                    t.write(line)?;
                }
                Ok(())
            },
            |f| f.writelines_text(lines),
        )?;
        self.check()
    }

    /// Whether `writelines` goes line by line through `write` (3.13.18+, in memory, with a
    /// non-zero `max_size`); otherwise it hands all lines to the file at once.
    pub fn writes_line_by_line(&self) -> bool {
        self.version().has(Behaviour::WritelinesRollsOver) && self.max_size != 0 && !self.rolled()
    }

    /// `read(size)` (binary): up to `size` bytes, to the end with `None`.
    ///
    /// # Errors
    ///
    /// `TypeError` on a text spool; `ValueError` once closed; once rolled over, the file's
    /// read errors.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::os::Whence;
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let mut sp = pytempfile::SpooledTemporaryFile::new(0)?;
    /// sp.write(b"header\nbody")?;
    /// sp.seek(0, Whence::Set)?;
    /// assert_eq!(sp.readline(None)?, b"header\n");
    /// assert_eq!(sp.read(Some(2))?, b"bo");
    /// assert_eq!(sp.read(None)?, b"dy");
    /// # Ok(()) }
    /// ```
    pub fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.on_bytes(|m| m.read(size), |f| f.read(size))
    }

    /// `read(size)` (text): up to `size` code points.
    ///
    /// # Errors
    ///
    /// `TypeError` on a binary spool; `ValueError` once closed; `UnicodeDecodeError` under
    /// `errors="strict"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{ExcClass, FileOptions, Params, PyStr, Tempfile};
    /// use pytempfile::os::Whence;
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let opts = FileOptions::new().mode("w+").encoding("utf-8");
    /// let mut sp = Tempfile::global().spooled_temporary_file(0, &Params::new(), &opts)?;
    /// sp.write_text(&PyStr::from("line one\r\nline two"))?;
    /// sp.seek_text_int(0, Whence::Set)?;
    /// assert_eq!(sp.read_text(Some(4))?, PyStr::from("line")); // code points
    /// assert_eq!(sp.readline_text(None)?, PyStr::from(" one\n")); // universal newlines
    /// assert_eq!(sp.read(None).unwrap_err().class(), ExcClass::TypeError); // a text spool
    /// # Ok(()) }
    /// ```
    pub fn read_text(&mut self, size: Option<usize>) -> Result<PyStr> {
        self.on_text(|t| t.read(size), |f| f.read_text(size))
    }

    /// `read1(size)` (3.11+).
    pub fn read1(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.require_311("read1")?;
        match &mut self.state {
            State::Memory(m) => m.read(size),
            State::MemoryText(_) => Err(no_attr("_io.TextIOWrapper", "read1")),
            State::Rolled(f) => f.read1(size),
        }
    }

    /// `readinto(buf)` (3.11+).
    pub fn readinto(&mut self, buf: &mut [u8]) -> Result<usize> {
        self.require_311("readinto")?;
        match &mut self.state {
            State::Memory(m) => m.readinto(buf),
            State::MemoryText(_) => Err(no_attr("_io.TextIOWrapper", "readinto")),
            State::Rolled(f) => f.readinto(buf),
        }
    }

    /// `readline(size)` (binary).
    pub fn readline(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.on_bytes(|m| m.readline(size), |f| f.readline(size))
    }

    /// `readline(size)` (text).
    pub fn readline_text(&mut self, size: Option<usize>) -> Result<PyStr> {
        self.on_text(|t| t.readline(size), |f| f.readline_text(size))
    }

    /// `readlines()` (binary).
    pub fn readlines(&mut self) -> Result<Vec<Vec<u8>>> {
        let mut out = Vec::new();
        loop {
            let line = self.readline(None)?;
            if line.is_empty() {
                return Ok(out);
            }
            out.push(line);
        }
    }

    /// `readlines()` (text): the wrapper's own (`IOBase.readlines`, which iterates, so an error
    /// leaves `tell()` disabled as in CPython).
    pub fn readlines_text(&mut self) -> Result<Vec<PyStr>> {
        self.on_text(|t| t.readlines(None), |f| f.readlines_text(None))
    }

    /// `seek(offset, whence)` (binary): the new position. Seeking never rolls over.
    ///
    /// # Errors
    ///
    /// `TypeError` on a text spool; `ValueError` once closed, or for a negative absolute
    /// position in memory (`negative seek value -1`); once rolled over, `OSError` (`EINVAL`).
    pub fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        self.on_bytes(|m| m.seek(offset, whence), |f| f.seek(offset, whence))
    }

    /// `seek(cookie, whence)` (text).
    pub fn seek_text(&mut self, cookie: &Cookie, whence: Whence) -> Result<Cookie> {
        self.on_text(|t| t.seek(*cookie, whence), |f| f.seek_text(cookie, whence))
    }

    /// `seek(offset, whence)` (text) with a plain integer offset.
    pub fn seek_text_int(&mut self, offset: i64, whence: Whence) -> Result<Cookie> {
        self.on_text(
            |t| t.seek(offset, whence),
            |f| f.seek_text_int(offset, whence),
        )
    }

    /// Whether this is a text-mode spool.
    pub fn is_text(&self) -> bool {
        self.text
    }

    /// `tell()`.
    pub fn tell(&mut self) -> Result<Tell> {
        match &mut self.state {
            State::Memory(m) => m.tell().map(Tell::Offset),
            State::MemoryText(t) => t.tell().map(Tell::Cookie),
            State::Rolled(f) => f.tell(),
        }
    }

    /// `truncate(size)`: a size above `max_size` rolls over first. Returns the new size
    /// (3.11+; CPython 3.10 returns `None`, shown here as `Ok(None)`).
    ///
    /// # Errors
    ///
    /// A rollover's errors; `ValueError` once closed, or for a negative size in memory
    /// (`negative size value -1`).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let mut sp = pytempfile::SpooledTemporaryFile::new(100)?;
    /// sp.write(b"0123456789")?;
    /// assert_eq!(sp.truncate(Some(4))?, Some(4));
    /// assert!(!sp.rolled());
    /// sp.truncate(Some(200))?; // above max_size: a real file, then truncated (grown) to 200
    /// assert!(sp.rolled());
    /// # Ok(()) }
    /// ```
    pub fn truncate(&mut self, size: Option<i64>) -> Result<Option<u64>> {
        if let Some(s) = size {
            if s > self.max_size {
                self.rollover()?;
            }
        }
        let n = match &mut self.state {
            State::Memory(m) => m.truncate(size)?,
            State::MemoryText(t) => match size {
                Some(s) if s < 0 => {
                    t.flush()?;
                    return Err(Error::value_error(format!("negative size value {s}")));
                }
                _ => t.truncate(size.map(|s| s.unsigned_abs()))?,
            },
            State::Rolled(f) => f.truncate(size)?,
        };
        Ok(self.version().has(Behaviour::SpooledIsIoBase).then_some(n))
    }

    /// `flush()`.
    pub fn flush(&mut self) -> Result<()> {
        match &mut self.state {
            State::Memory(m) => ByteStream::flush(m),
            State::MemoryText(t) => t.flush(),
            State::Rolled(f) => f.flush(),
        }
    }

    /// `isatty()`.
    pub fn isatty(&self) -> Result<bool> {
        match &self.state {
            State::Memory(m) => ByteStream::isatty(m),
            State::MemoryText(t) => t.isatty(),
            State::Rolled(f) => f.isatty(),
        }
    }

    /// `readable()` (3.11+).
    pub fn readable(&self) -> Result<bool> {
        self.require_311("readable")?;
        match &self.state {
            State::Memory(m) => m.capable(),
            State::MemoryText(t) => t.readable(),
            State::Rolled(f) => f.readable(),
        }
    }

    /// `writable()` (3.11+).
    pub fn writable(&self) -> Result<bool> {
        self.require_311("writable")?;
        match &self.state {
            State::Memory(m) => m.capable(),
            State::MemoryText(t) => t.writable(),
            State::Rolled(f) => f.writable(),
        }
    }

    /// `seekable()` (3.11+).
    pub fn seekable(&self) -> Result<bool> {
        self.require_311("seekable")?;
        match &self.state {
            State::Memory(m) => m.capable(),
            State::MemoryText(t) => t.seekable(),
            State::Rolled(f) => f.seekable(),
        }
    }

    /// Which Python class `_file` is (`BytesIO`, `TextIOWrapper`, `BufferedRandom`, ...).
    pub fn file_class(&self) -> &'static str {
        match &self.state {
            State::Memory(_) => "BytesIO",
            State::MemoryText(_) => "TextIOWrapper",
            State::Rolled(f) => f.class_name(),
        }
    }

    /// The Python class of the in-memory file, for messages.
    pub fn memory_class(&self) -> &'static str {
        self.mem_class()
    }
}

/// Write the spool's chunks into `newfile` with one `writev` and restore the position (no
/// `lseek` when it is the end, where the write left the descriptor).
fn copy_into(newfile: &mut FileObject, m: &MemFile, pos: u64) -> Result<()> {
    let chunks: Vec<&[u8]> = m.chunks().collect();
    let written = newfile.write_chunks(&chunks)? as u64;
    if pos != written {
        newfile.seek(i64::try_from(pos).unwrap_or(i64::MAX), Whence::Set)?;
    }
    Ok(())
}

impl Drop for SpooledTemporaryFile {
    fn drop(&mut self) {
        // CPython 3.10's spool has no `__del__`: a rolled-over file is simply dropped, and its
        // own finalizer warns "unclosed file ..." (FileObject's drop does that here).
        if !self.version().has(Behaviour::SpooledIsIoBase) {
            return;
        }
        // 3.11+: an unclosed spool warns, then closes.
        if !self.closed() {
            self.module.emit(|| Event::ResourceWarning {
                message: "Unclosed file <tempfile.SpooledTemporaryFile object>".to_string(),
            });
        }
        if let Err(error) = self.close() {
            self.module.emit(|| Event::Unraisable {
                context: "SpooledTemporaryFile".to_string(),
                error,
            });
        }
    }
}

impl Tempfile {
    /// `SpooledTemporaryFile(max_size, mode, buffering, encoding, newline, suffix, prefix, dir,
    /// *, errors)`. Only `'b' in mode` is checked now, as in CPython: the rest of the mode, the
    /// directory and the other file arguments are used (and can fail) at rollover.
    ///
    /// # Errors
    ///
    /// Text mode only: the encoding's `LookupError` and `ValueError("illegal newline value:
    /// ...")`, as `TextIOWrapper(BytesIO(), ...)` raises them (3.11+ also reports the failed
    /// object's finalizer, an `Event::Unraisable`, as CPython prints it). Everything else (a
    /// bad directory, a bad mode) surfaces at the rollover.
    ///
    /// # Security
    ///
    /// See [`SpooledTemporaryFile`].
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{ExcClass, FileOptions, Params, Tempfile};
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let t = Tempfile::builder().build();
    /// // A directory that does not exist is no error until the data must go to disk.
    /// let params = Params::new().dir("/nonexistent/pytempfile-spool-doc");
    /// let mut sp = t.spooled_temporary_file(4, &params, &FileOptions::new())?;
    /// let err = sp.write(b"12345").unwrap_err(); // rolls over: FileNotFoundError
    /// assert_eq!(err.class(), ExcClass::FileNotFoundError);
    /// assert_eq!(sp.memory_value().unwrap()?, b"12345"); // still there
    ///
    /// let opts = FileOptions::new().mode("w+").encoding("nope");
    /// assert_eq!(t.spooled_temporary_file(4, &Params::new(), &opts).unwrap_err().class(),
    ///            ExcClass::LookupError);
    /// # Ok(()) }
    /// ```
    pub fn spooled_temporary_file(
        &self,
        max_size: i64,
        params: &Params,
        opts: &FileOptions,
    ) -> Result<SpooledTemporaryFile> {
        let text = opts.is_text();
        let state = if text {
            let encoding = match &opts.encoding {
                Some(e) if e != "locale" => e.clone(),
                _ => self.locale_encoding(),
            };
            let built = Newline::parse(opts.newline.as_deref()).and_then(|newline| {
                TextIo::new(
                    MemFile::new(),
                    &encoding,
                    opts.errors.as_deref(),
                    newline,
                    false,
                    false,
                    self.version(),
                )
            });
            match built {
                Ok(t) => State::MemoryText(Box::new(t)),
                Err(e) => {
                    // CPython 3.11+: the half-built object is finalized anyway, and its
                    // `__del__` fails on the missing `_file` ("Exception ignored in ...").
                    if self.version().has(Behaviour::SpooledIsIoBase) {
                        self.emit(|| Event::Unraisable {
                            context: "SpooledTemporaryFile.__del__".to_string(),
                            error: no_attr("SpooledTemporaryFile", "_file"),
                        });
                    }
                    return Err(e);
                }
            }
        } else {
            State::Memory(MemFile::new())
        };
        // The resolved encoding is what reaches TemporaryFile at rollover (no second warning).
        let mut stored = opts.clone();
        if text && stored.encoding.is_none() {
            stored.encoding = Some("locale".to_string());
        }
        Ok(SpooledTemporaryFile {
            module: self.clone(),
            max_size,
            state,
            args: Some((params.clone(), stored)),
            text,
        })
    }
}

impl std::io::Read for SpooledTemporaryFile {
    /// `readinto` on a binary spool (in any release followed); a text spool is `TypeError`.
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let text = self.text;
        let read = match &mut self.state {
            State::Memory(m) => m.readinto(buf),
            State::Rolled(f) if !text => f.readinto(buf),
            _ => Err(self.not_binary()),
        };
        read.map_err(std::io::Error::from)
    }
}

impl std::io::Write for SpooledTemporaryFile {
    /// [`write`](SpooledTemporaryFile::write), rolling over first when the write would take
    /// the position past `max_size` (see the module docs): an error means nothing was written.
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// use std::io::{Read, Seek, SeekFrom, Write};
    /// let mut sp = pytempfile::SpooledTemporaryFile::new(4)?;
    /// sp.write_all(b"1234").unwrap();
    /// assert!(!sp.rolled());
    /// sp.write_all(b"5").unwrap(); // position 5 > 4
    /// assert!(sp.rolled());
    /// // The inherent, Python-shaped `seek(offset, whence)` shadows the trait's in method
    /// // syntax: name the trait.
    /// Seek::seek(&mut sp, SeekFrom::Start(2)).unwrap();
    /// let mut rest = Vec::new();
    /// sp.read_to_end(&mut rest).unwrap();
    /// assert_eq!(rest, b"345");
    /// # Ok(()) }
    /// ```
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.max_size != 0 {
            if let State::Memory(m) = &mut self.state {
                let end = m.tell()?.saturating_add(buf.len() as u64);
                if Tell::Offset(end).exceeds(self.max_size) {
                    self.rollover()?;
                }
            }
        }
        SpooledTemporaryFile::write(self, buf).map_err(std::io::Error::from)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        SpooledTemporaryFile::flush(self).map_err(std::io::Error::from)
    }
}

impl std::io::Seek for SpooledTemporaryFile {
    /// `seek(offset, whence)` on a binary spool; a text spool is `TypeError`.
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        let (offset, whence) = match pos {
            std::io::SeekFrom::Start(n) => (i64::try_from(n).unwrap_or(i64::MAX), Whence::Set),
            std::io::SeekFrom::Current(n) => (n, Whence::Cur),
            std::io::SeekFrom::End(n) => (n, Whence::End),
        };
        SpooledTemporaryFile::seek(self, offset, whence).map_err(std::io::Error::from)
    }
}
