//! [`Buffered`]: CPython's `io.BufferedRandom`, `io.BufferedReader` and `io.BufferedWriter` over a
//! [`RawFile`].
//!
//! # What is reproduced, and how
//!
//! *When* buffered bytes reach the file, and where the descriptor's offset is, are visible to
//! anyone who reads the file by path or calls `os.lseek(f.fileno(), 0, 1)`, so this layer
//! follows the algorithm of CPython's `Modules/_io/bufferedio.c` step by step rather than
//! an equivalent design. Like CPython it keeps ONE buffer shared by reading and writing,
//! described by these indices into it:
//!
//! - `pos`: the logical position;
//! - `raw_pos`: where the descriptor is (`None`: unknown, after a raw seek);
//! - `read_end`: end of the bytes valid for reading (`None`: no read buffer);
//! - `write_pos..write_end`: bytes waiting to be written (`write_end == None`: no write
//!   buffer);
//! - `abs_pos`: the descriptor's absolute offset.
//!
//! Derived quantities, as in the C code: the read-ahead is `read_end - pos` (0 without a read
//! buffer); the raw offset is `raw_pos - pos` when a read or write buffer exists and `raw_pos`
//! is known (0 otherwise); the logical position (`tell()`) is `abs_pos - raw offset`.
//!
//! Operation by operation, with the C function each mirrors:
//! - `read(n)` (`_bufferedreader_read_fast`, `_bufferedreader_read_generic`): served from
//!   the read-ahead without any system call or flush when it holds `n` bytes (so `read(0)`
//!   never flushes); otherwise flush-and-rewind, then raw reads of whole buffer-size blocks
//!   straight into the result, then buffer refills for the tail.
//! - `read()` (`_bufferedreader_read_all`): read-ahead, flush-and-rewind, `readall`.
//! - `read1(n)` (`_io__Buffered_read1_impl`): read-ahead bytes if any, else flush-and-rewind
//!   and one raw read of `n` bytes into the result (the buffer is not filled).
//! - `readinto(b)` (`_buffered_readinto_generic`): read-ahead, then flush-and-rewind even
//!   for an empty `b`, then raw reads straight into `b` while more than a buffer is missing,
//!   refills otherwise.
//! - `readline(limit)` (`_buffered_readline`): searches the read-ahead first; otherwise
//!   flush-and-rewind and refills.
//! - `write(b)` (`_io_BufferedWriter_write_impl`): copied into the buffer at `pos` when it
//!   fits (extending the read-ahead if it writes past it); otherwise the pending bytes are
//!   written, the descriptor moved back to the logical position, large data written directly
//!   and the tail buffered.
//! - flushing (`_bufferedwriter_flush_unlocked`): moves the descriptor back to where the
//!   pending bytes belong, writes them; the read buffer stays valid.
//! - flush-and-rewind (`buffered_flush_and_rewind_unlocked`): flushing, then (readable
//!   classes) moving the descriptor to the logical position and dropping the read buffer.
//!   `flush()`, `truncate()` and `close()` do this.
//! - `seek` (`_io__Buffered_seek_impl`): `SEEK_SET`/`SEEK_CUR` targets inside the read-ahead
//!   window (including backwards to its start) move `pos` only: no flush, no system call.
//!   Anything else flushes, then seeks the descriptor and drops both buffers.
//! - `tell` (`_io__Buffered_tell_impl`), `truncate` (`_io__Buffered_truncate_impl`) and
//!   `close` (`buffered_close`): the last two flush-and-rewind first.
//!
//! Invariants kept between calls: `read_end` is `Some` only for readable classes and
//! `write_end` only for writable ones; `pos <= read_end` while a read buffer exists; a write
//! buffer implies a known `raw_pos`; `buf[write_pos..write_end]` belongs at file offset
//! `abs_pos - raw_pos + write_pos`; `abs_pos` is always the descriptor's real offset, and
//! `tell()` the logical position. When neither buffer exists the descriptor is at `tell()`.
//!
//! # Version differences (checked against 3.10.13, 3.11.7, 3.12.1 and 3.13.0)
//!
//! 3.13 changed `write`: data of at least a buffer's size is never buffered (3.10–3.12 buffer
//! it whenever it fits in the free space, and buffer a tail of exactly the buffer's size after
//! writing the pending bytes). [`Buffered::with_version`] selects the behaviour.
//!
//! # Deliberate differences
//!
//! - `read1` flushes pending writes and moves the descriptor back to the logical position
//!   before its raw read, in every version mode. That is 3.13's code (CPython gh-115059);
//!   3.10.13, 3.11.7 and 3.12.1 skip it and then read stale bytes from wherever the descriptor
//!   is, report a `tell()` that is off by the bytes read, and later write the pending bytes at
//!   the wrong offset (file corruption).
//! - The result of a `seek` that stays inside the read-ahead window is the new position
//!   (what `tell()` then reports). CPython computes it as if the descriptor were at the end
//!   of the window, which stops being true after a failed seek flushed pending writes that lay
//!   inside the window: `write(2875 bytes)`, `seek(1753, 1)`, `write(11)`, `seek(2180)`,
//!   `readline(6)`, `write(28)`, `seek(-2)` (EINVAL), then `seek(561, 1)` returns 350 in
//!   3.10-3.13 while `tell()` says 2775; here it returns 2775. Where the window and the
//!   descriptor agree (every other case) both answers are the same.
//! - No byte is lost on a failed write: when the kernel refuses part of a large write, the
//!   refused tail stays buffered (the buffer may then exceed its size until flushed) and the
//!   error is returned. CPython drops it.
//! - `tell()` and the `SEEK_SET` shortcut use `abs_pos`, which this layer keeps exact, where
//!   CPython asks the descriptor (`lseek`) in `tell()`; CPython's cached offset is not
//!   advanced by `read()`, which can only matter if the file grows behind the object's back.
//!   Flush-and-rewind skips the `lseek` when the descriptor is already at the logical
//!   position, and `truncate()` skips the `lseek`s around the raw truncation. None of this
//!   changes a result, the file, or the descriptor's offset.
//! - The buffer is allocated on first use (CPython allocates it when the object is made);
//!   a size that cannot be allocated is `OSError(ENOMEM)` then.
//! - The default buffer size is 4096 ([`DEFAULT_BUFFER_SIZE`]); CPython uses `st_blksize`,
//!   which is 4096 on tmpfs and ext4, and costs an `fstat`. From 3.14 CPython uses
//!   `max(min(st_blksize, 8 MiB), 128 KiB)`, which is 128 KiB ([`DEFAULT_BUFFER_SIZE_3_14`])
//!   for every block size up to 128 KiB ([`Behaviour::BufferSize128K`]).
//!
//! Errors are CPython's: each class refuses the other's operations with
//! `io.UnsupportedOperation` (`read`, `read1`, `write`) before the closed-file check (but a
//! writer's `readline(0)` is `b""`, as `IOBase.readline` asks for nothing), and each
//! closed-file message is CPython's (`read of closed file`, also for `read1`, `write to
//! closed file`, `truncate of closed file`, checked before the reader's `truncate` refusal,
//! plain `I/O operation on closed file` for `tell`, `fileno`, ...). A failed seek leaves the
//! position where it was.

use crate::error::{Error, Result};
use crate::os::{Errno, Whence};
use crate::raw::RawFile;
use crate::version::{Behaviour, PyVersion};
use crate::{ByteStream, closed_error, closed_error_c, closed_op, unsupported};

/// Buffer size when `buffering=-1` before 3.14 (see the module docs).
pub const DEFAULT_BUFFER_SIZE: usize = 4096;

/// Buffer size when `buffering=-1` from 3.14 (`io.DEFAULT_BUFFER_SIZE`, 128 KiB).
pub const DEFAULT_BUFFER_SIZE_3_14: usize = 128 * 1024;

/// The buffer size `buffering=-1` gives in `version`.
pub fn default_buffer_size(version: PyVersion) -> usize {
    if version.has(Behaviour::BufferSize128K) {
        DEFAULT_BUFFER_SIZE_3_14
    } else {
        DEFAULT_BUFFER_SIZE
    }
}

/// Which buffered class this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BufKind {
    /// `io.BufferedReader` (read-only modes).
    Reader,
    /// `io.BufferedWriter` (write-only modes).
    Writer,
    /// `io.BufferedRandom` (`'+'` modes).
    Random,
}

impl BufKind {
    /// The Python class name.
    pub fn class_name(self) -> &'static str {
        match self {
            BufKind::Reader => "BufferedReader",
            BufKind::Writer => "BufferedWriter",
            BufKind::Random => "BufferedRandom",
        }
    }
}

/// A buffered binary file. See the module docs for the fields' meaning and invariants.
///
/// # Errors
///
/// CPython's: on a closed file `ValueError` with the operation's message (`read of closed
/// file`, `write to closed file`, `seek of closed file`, ...; `I/O operation on closed file`
/// from `tell`, `fileno` and the capability queries); `io.UnsupportedOperation` for an
/// operation the class lacks (`read` on a `BufferedWriter`, `write` and `truncate` on a
/// `BufferedReader`); the `OSError` subclass of a failed system call, including a write of
/// pending bytes that `read`, `seek`, `flush` or `close` triggers.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use pybase::os::{flags, LibcOs, Os, SeamFd, Whence};
/// use pybase::version::PyVersion;
/// use pyio::OpenMode;
/// use pyio::buffered::{BufKind, Buffered};
/// use pyio::raw::RawFile;
///
/// let path = std::env::temp_dir().join(format!("pyio-buffered-doc-{}", std::process::id()));
/// let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
/// let os: Arc<dyn Os> = Arc::new(LibcOs);
/// let fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT | flags::O_EXCL, 0o600).unwrap();
/// let raw = RawFile::new(fd, &OpenMode::parse("w+b")?, PyVersion::V3_13);
/// // io.BufferedRandom(raw, buffer_size=8)
/// let mut f = Buffered::new(raw, BufKind::Random, 8, 0).with_version(PyVersion::V3_13);
/// assert_eq!(f.kind().class_name(), "BufferedRandom");
///
/// f.write(b"abc")?; // fits in the buffer: no system call yet
/// assert_eq!(std::fs::read(&path).unwrap(), b"");
/// f.seek(0, Whence::Set)?; // a seek outside the read-ahead flushes first
/// assert_eq!(std::fs::read(&path).unwrap(), b"abc");
/// assert_eq!(f.read(None)?, b"abc");
/// f.close()?;
/// assert_eq!(f.write(b"x").unwrap_err().to_string(), "write to closed file");
/// std::fs::remove_file(&path).unwrap();
/// # Ok::<(), pybase::error::Error>(())
/// ```
#[derive(Debug)]
pub struct Buffered {
    raw: RawFile,
    kind: BufKind,
    version: PyVersion,
    /// The buffer size.
    cap: usize,
    /// The shared buffer: empty until first used, then `cap` bytes (more only while a tail
    /// refused by the kernel waits to be written).
    buf: Vec<u8>,
    pos: usize,
    raw_pos: Option<usize>,
    /// `Some` only for readable classes.
    read_end: Option<usize>,
    write_pos: usize,
    /// `Some` only for writable classes.
    write_end: Option<usize>,
    abs_pos: u64,
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn from_i128(n: i128) -> i64 {
    i64::try_from(n).unwrap_or(if n < 0 { i64::MIN } else { i64::MAX })
}

impl Buffered {
    /// Buffer `raw` with `cap` bytes (`cap` >= 1), as `kind`, with CPython 3.13's behaviour
    /// (see [`Buffered::with_version`]). The descriptor must be at offset `raw_pos` (0 for a
    /// fresh file).
    pub fn new(raw: RawFile, kind: BufKind, cap: usize, raw_pos: u64) -> Buffered {
        Buffered {
            raw,
            kind,
            version: PyVersion::default(),
            cap: cap.max(1),
            buf: Vec::new(),
            pos: 0,
            raw_pos: None,
            read_end: None,
            write_pos: 0,
            write_end: None,
            abs_pos: raw_pos,
        }
    }

    /// The CPython version whose `write` to reproduce (see the module docs).
    #[must_use]
    pub fn with_version(mut self, version: PyVersion) -> Buffered {
        self.version = version;
        self
    }

    /// The class.
    pub fn kind(&self) -> BufKind {
        self.kind
    }

    /// The raw layer.
    pub fn raw(&self) -> &RawFile {
        &self.raw
    }

    /// `mode` (the raw file's).
    pub fn mode(&self) -> &'static str {
        self.raw.mode()
    }

    /// The buffer size.
    pub fn buffer_size(&self) -> usize {
        self.cap
    }

    fn readable_kind(&self) -> bool {
        self.kind != BufKind::Writer
    }

    fn writable_kind(&self) -> bool {
        self.kind != BufKind::Reader
    }

    fn check_read(&self, op: &str) -> Result<()> {
        if !self.readable_kind() {
            return Err(unsupported(if op == "read1" { "read1" } else { "read" }));
        }
        if self.raw.closed() {
            // `read1` shares `read`'s message.
            return Err(closed_op(if op == "read1" { "read" } else { op }));
        }
        Ok(())
    }

    fn check_write(&self) -> Result<()> {
        if !self.writable_kind() {
            return Err(unsupported("write"));
        }
        if self.raw.closed() {
            return Err(closed_op("write"));
        }
        Ok(())
    }

    fn check_open(&self) -> Result<()> {
        if self.raw.closed() {
            Err(closed_error_c())
        } else {
            Ok(())
        }
    }

    // ---- the index arithmetic ------------------------------------------------------------

    /// Bytes readable from the buffer at `pos`.
    fn readahead(&self) -> usize {
        self.read_end.map_or(0, |end| end.saturating_sub(self.pos))
    }

    /// How far the descriptor is ahead of the logical position.
    fn raw_offset(&self) -> i64 {
        match self.raw_pos {
            Some(raw) if self.read_end.is_some() || self.write_end.is_some() => {
                from_i128(raw as i128 - self.pos as i128)
            }
            _ => 0,
        }
    }

    /// The logical position (never negative, as CPython clamps it).
    fn logical(&self) -> u64 {
        let p = self.abs_pos as i128 - self.raw_offset() as i128;
        u64::try_from(p.max(0)).unwrap_or(u64::MAX)
    }

    /// Move `pos`, growing the read-ahead window when writing past its end.
    fn set_pos_extending_read(&mut self, pos: usize) {
        self.pos = pos;
        if let Some(end) = self.read_end {
            if end < pos {
                self.read_end = Some(pos);
            }
        }
    }

    fn drop_read_buffer(&mut self) {
        self.read_end = None;
    }

    fn drop_write_buffer(&mut self) {
        self.write_pos = 0;
        self.write_end = None;
    }

    /// Make the buffer at least `len` bytes long (allocated on first use).
    fn ensure_buffer(&mut self, len: usize) -> Result<()> {
        if self.buf.len() < len {
            self.buf
                .try_reserve_exact(len - self.buf.len())
                .map_err(|_| Error::from_errno(Errno(libc::ENOMEM), None))?;
            self.buf.resize(len, 0);
        }
        Ok(())
    }

    /// Give back what a kernel-refused tail made the buffer grow by.
    fn shrink_buffer(&mut self) {
        if self.buf.len() > self.cap {
            self.buf.truncate(self.cap);
            self.buf.shrink_to_fit();
        }
    }

    // ---- raw operations that keep `abs_pos` exact ----------------------------------------

    fn raw_seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        let n = self.raw.seek(offset, whence)?;
        self.abs_pos = n;
        Ok(n)
    }

    /// One raw read into `out` (straight into the caller's memory).
    fn raw_read_into(&mut self, out: &mut [u8]) -> Result<usize> {
        let n = self.raw.readinto(out)?;
        self.abs_pos += n as u64;
        Ok(n)
    }

    /// One raw write of `data`; a write that takes nothing is `EIO` (instead of looping).
    fn raw_write(&mut self, data: &[u8]) -> Result<usize> {
        match self.raw.write(data)? {
            0 => Err(Error::from_errno(Errno(libc::EIO), None)),
            n => {
                self.abs_pos += n as u64;
                Ok(n)
            }
        }
    }

    /// One raw read appended to the read buffer (at its end, or at 0 without one); returns
    /// the count. Nothing changes on EOF or error.
    fn fill_buffer(&mut self) -> Result<usize> {
        self.ensure_buffer(self.cap)?;
        let start = self.read_end.unwrap_or(0);
        let Some(room) = self.buf.get_mut(start..self.cap) else {
            return Ok(0);
        };
        let n = self.raw.readinto(room)?;
        if n > 0 {
            self.abs_pos += n as u64;
            self.read_end = Some(start + n);
            self.raw_pos = Some(start + n);
        }
        Ok(n)
    }

    // ---- flushing ------------------------------------------------------------------------

    /// Write the pending bytes where they belong. Bytes not written stay pending.
    fn write_pending(&mut self) -> Result<()> {
        let Some(end) = self.write_end else {
            return Ok(());
        };
        if self.write_pos < end {
            // The descriptor may be elsewhere (after reading ahead); go to the first pending byte.
            let rewind = self.raw_offset() as i128 + self.pos as i128 - self.write_pos as i128;
            if rewind != 0 {
                self.raw_seek(from_i128(-rewind), Whence::Cur)?;
                self.raw_pos = Some(self.write_pos);
            }
            while self.write_pos < end {
                let n = {
                    let (raw, buf) = (&mut self.raw, &self.buf);
                    raw.write(&buf[self.write_pos..end])?
                };
                if n == 0 {
                    return Err(Error::from_errno(Errno(libc::EIO), None));
                }
                self.abs_pos += n as u64;
                self.write_pos += n;
                self.raw_pos = Some(self.write_pos);
            }
        }
        self.drop_write_buffer();
        self.shrink_buffer();
        Ok(())
    }

    /// Flush, then (readable classes) put the descriptor at the logical position and drop
    /// the read buffer.
    fn flush_and_rewind(&mut self) -> Result<()> {
        self.write_pending()?;
        if self.readable_kind() {
            let offset = self.raw_offset();
            let moved = if offset != 0 {
                self.raw_seek(offset.saturating_neg(), Whence::Cur)
                    .map(|_| ())
            } else {
                Ok(())
            };
            self.drop_read_buffer();
            moved?;
        }
        Ok(())
    }

    /// Flush pending writes and drop the read-ahead: the descriptor is then at `tell()` (for
    /// handing out the descriptor; not a CPython operation).
    pub fn sync(&mut self) -> Result<()> {
        self.flush_and_rewind()
    }

    // ---- reading -------------------------------------------------------------------------

    /// The next `n` read-ahead bytes (`n <= readahead()`). Without a read buffer `pos` may be
    /// stale (even past the buffer), so an empty window is never sliced.
    fn window(&self, n: usize) -> &[u8] {
        if n == 0 {
            &[]
        } else {
            &self.buf[self.pos..self.pos + n]
        }
    }

    /// Take `n` read-ahead bytes (`n <= readahead()`).
    fn take(&mut self, out: &mut Vec<u8>, n: usize) {
        out.extend_from_slice(self.window(n));
        self.pos += n;
    }

    /// `read(size)`.
    pub fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.check_read("read")?;
        match size {
            None => self.read_all(),
            Some(n) if n <= self.readahead() => {
                let mut out = Vec::with_capacity(n);
                self.take(&mut out, n);
                Ok(out)
            }
            Some(n) => self.read_generic(n),
        }
    }

    fn read_all(&mut self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        let have = self.readahead();
        self.take(&mut out, have);
        if self.writable_kind() {
            self.flush_and_rewind()?;
        }
        self.drop_read_buffer();
        let rest = self.raw.readall()?;
        self.abs_pos += rest.len() as u64;
        if out.is_empty() {
            return Ok(rest);
        }
        out.extend_from_slice(&rest);
        Ok(out)
    }

    /// Whole buffer-size blocks of `size`.
    fn whole_blocks(&self, size: usize) -> usize {
        size - size % self.cap
    }

    fn read_generic(&mut self, n: usize) -> Result<Vec<u8>> {
        let mut out = Vec::with_capacity(n);
        let have = self.readahead();
        self.take(&mut out, have);
        if self.writable_kind() {
            self.flush_and_rewind()?;
        }
        self.drop_read_buffer();
        let mut remaining = n - have;
        // Whole blocks go straight into the result.
        loop {
            let want = self.whole_blocks(remaining);
            if want == 0 {
                break;
            }
            let start = out.len();
            out.resize(start + want, 0);
            let got = self.raw_read_into(&mut out[start..])?;
            out.truncate(start + got);
            if got == 0 {
                return Ok(out);
            }
            remaining -= got;
        }
        // The tail comes through a fresh buffer.
        self.pos = 0;
        self.raw_pos = Some(0);
        self.read_end = Some(0);
        while remaining > 0 && self.read_end.is_some_and(|end| end < self.cap) {
            let got = self.fill_buffer()?;
            if got == 0 {
                break;
            }
            let k = got.min(remaining);
            self.take(&mut out, k);
            remaining -= k;
        }
        Ok(out)
    }

    /// `read1(size)`: buffered bytes if any, else at most one raw read.
    pub fn read1(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.check_read("read1")?;
        let n = size.unwrap_or(self.cap);
        let mut out = Vec::new();
        if n == 0 {
            return Ok(out);
        }
        let have = self.readahead();
        if have > 0 {
            self.take(&mut out, have.min(n));
            return Ok(out);
        }
        // 3.13's order in every version mode (see the module docs).
        if self.writable_kind() {
            self.flush_and_rewind()?;
        }
        self.drop_read_buffer();
        out.resize(n, 0);
        let got = self.raw_read_into(&mut out)?;
        out.truncate(got);
        Ok(out)
    }

    /// `readinto(buf)`.
    pub fn readinto(&mut self, dest: &mut [u8]) -> Result<usize> {
        self.check_read("readinto")?;
        let len = dest.len();
        let mut written = 0;
        let have = self.readahead();
        if have > 0 {
            let k = have.min(len);
            dest[..k].copy_from_slice(self.window(k));
            self.pos += k;
            if k == len {
                return Ok(len);
            }
            written = k;
        }
        if self.writable_kind() {
            self.flush_and_rewind()?;
        }
        self.drop_read_buffer();
        self.pos = 0;
        while written < len {
            let remaining = len - written;
            if remaining > self.cap {
                let got = self.raw_read_into(&mut dest[written..])?;
                if got == 0 {
                    break;
                }
                written += got;
            } else {
                let got = self.fill_buffer()?;
                if got == 0 {
                    break;
                }
                let k = got.min(remaining);
                dest[written..written + k].copy_from_slice(self.window(k));
                self.pos += k;
                written += k;
            }
        }
        Ok(written)
    }

    /// `readline(size)`: up to and including the next `\n`.
    pub fn readline(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        if self.kind == BufKind::Writer && size == Some(0) {
            // `IOBase.readline` asks `read` for nothing when the limit is 0.
            return Ok(Vec::new());
        }
        self.check_read("readline")?;
        let mut limit = size;
        let mut out = Vec::new();
        // First from the read-ahead alone.
        let have = match limit {
            Some(l) => self.readahead().min(l),
            None => self.readahead(),
        };
        if let Some(i) = self.window(have).iter().position(|&c| c == b'\n') {
            self.take(&mut out, i + 1);
            return Ok(out);
        }
        self.take(&mut out, have);
        if limit == Some(have) {
            return Ok(out);
        }
        limit = limit.map(|l| l - have);
        if self.writable_kind() {
            self.flush_and_rewind()?;
        }
        loop {
            self.drop_read_buffer();
            let got = self.fill_buffer()?;
            if got == 0 {
                break;
            }
            let n = limit.map_or(got, |l| got.min(l));
            if let Some(i) = self.buf[..n].iter().position(|&c| c == b'\n') {
                out.extend_from_slice(&self.buf[..=i]);
                self.pos = i + 1;
                break;
            }
            out.extend_from_slice(&self.buf[..n]);
            if limit == Some(n) {
                self.pos = n;
                break;
            }
            limit = limit.map(|l| l - n);
        }
        Ok(out)
    }

    // ---- writing -------------------------------------------------------------------------

    /// `write(data)`: always accepts everything or fails (see the module docs for what a
    /// failure keeps).
    pub fn write(&mut self, data: &[u8]) -> Result<usize> {
        self.check_write()?;
        if self.read_end.is_none() && self.write_end.is_none() {
            self.pos = 0;
            self.raw_pos = Some(0);
        }
        let len = data.len();
        // The most this call may leave buffered: 3.13 writes data of a whole buffer's size
        // (or more) at once; earlier versions buffer up to a full buffer.
        let max_buffered = if self.version.has(Behaviour::Io313) {
            self.cap - 1
        } else {
            self.cap
        };
        let fits = self.pos <= self.cap && len <= self.cap - self.pos;
        if fits && len <= max_buffered {
            self.ensure_buffer(self.cap)?;
            let start = self.pos;
            self.buf[start..start + len].copy_from_slice(data);
            if self.write_end.is_none() || self.write_pos > start {
                self.write_pos = start;
            }
            self.set_pos_extending_read(start + len);
            if self.write_end.is_none_or(|end| self.pos > end) {
                self.write_end = Some(self.pos);
            }
            return Ok(len);
        }
        // Make room: write what is pending (the new data is refused if that fails).
        self.write_pending()?;
        // After reading ahead the descriptor is past the logical position: go back.
        let offset = self.raw_offset();
        if offset != 0 {
            self.raw_seek(offset.saturating_neg(), Whence::Cur)?;
            self.raw_pos = Some(self.pos);
        }
        let mut written = 0;
        let mut failure = None;
        while len - written > max_buffered {
            match self.raw_write(&data[written..]) {
                Ok(n) => written += n,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        // The tail (or, after a failure, everything the kernel refused) is buffered.
        let remaining = len - written;
        self.drop_read_buffer();
        self.ensure_buffer(self.cap.max(remaining))?;
        self.buf[..remaining].copy_from_slice(&data[written..]);
        self.write_pos = 0;
        self.write_end = Some(remaining);
        self.pos = remaining;
        self.raw_pos = Some(0);
        match failure {
            Some(e) => Err(e),
            None => Ok(len),
        }
    }

    /// Write several slices (the spool's rollover): one `writev` when nothing is buffered.
    pub fn write_vectored(&mut self, bufs: &[&[u8]]) -> Result<usize> {
        self.check_write()?;
        self.sync()?;
        let (n, err) = self.raw.write_vectored_all(bufs);
        self.abs_pos += n as u64;
        match err {
            Some(e) => Err(e),
            None => Ok(n),
        }
    }

    // ---- positioning ---------------------------------------------------------------------

    /// `seek(offset, whence)`.
    pub fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        if self.raw.closed() {
            return Err(closed_op("seek"));
        }
        if whence != Whence::End && self.readable_kind() {
            let avail = self.readahead() as i128;
            if avail > 0 {
                let current = self.abs_pos as i128;
                let delta = match whence {
                    Whence::Set => offset as i128 - (current - self.raw_offset() as i128),
                    _ => offset as i128,
                };
                if delta >= -(self.pos as i128) && delta <= avail {
                    // Inside the read-ahead window: no flush, no system call. The answer is
                    // the new logical position (see the module docs on where CPython's differs).
                    self.pos = usize::try_from(self.pos as i128 + delta).unwrap_or(self.pos);
                    return Ok(self.logical());
                }
            }
        }
        if self.writable_kind() {
            self.write_pending()?;
        }
        let target = if whence == Whence::Cur {
            offset.saturating_sub(self.raw_offset())
        } else {
            offset
        };
        // A failed raw seek leaves the read buffer and `pos`, so `tell()` does not move.
        let n = self.raw_seek(target, whence)?;
        self.raw_pos = None;
        if self.readable_kind() {
            self.drop_read_buffer();
        }
        Ok(n)
    }

    /// `tell()`.
    pub fn tell(&self) -> Result<u64> {
        self.check_open()?;
        Ok(self.logical())
    }

    /// `truncate(size)`: `None` truncates at the position, which does not move. A negative size
    /// is CPython's `OSError(EINVAL)`.
    pub fn truncate(&mut self, size: Option<i64>) -> Result<u64> {
        if self.raw.closed() {
            return Err(closed_op("truncate"));
        }
        if !self.writable_kind() {
            return Err(unsupported("truncate"));
        }
        self.flush_and_rewind()?;
        // The descriptor is now at the logical position, which `None` means.
        self.raw
            .truncate(Some(size.unwrap_or_else(|| to_i64(self.abs_pos))))
    }

    /// `flush()`.
    pub fn flush(&mut self) -> Result<()> {
        if self.raw.closed() {
            return Err(if self.writable_kind() {
                closed_op("flush")
            } else {
                closed_error()
            });
        }
        if self.writable_kind() {
            self.flush_and_rewind()
        } else {
            Ok(())
        }
    }

    /// `close()`: flush, then close the descriptor even if the flush failed.
    pub fn close(&mut self) -> Result<()> {
        if self.raw.closed() {
            return Ok(());
        }
        let flushed = if self.writable_kind() {
            self.flush_and_rewind()
        } else {
            Ok(())
        };
        let closed = self.raw.close();
        self.drop_read_buffer();
        self.drop_write_buffer();
        self.pos = 0;
        self.buf = Vec::new();
        flushed.and(closed)
    }

    /// `closed`.
    pub fn closed(&self) -> bool {
        self.raw.closed()
    }

    /// `readable()`.
    pub fn readable(&self) -> Result<bool> {
        if self.kind == BufKind::Writer {
            return Ok(false);
        }
        self.check_open()?;
        Ok(true)
    }

    /// `writable()`.
    pub fn writable(&self) -> Result<bool> {
        if self.kind == BufKind::Reader {
            return Ok(false);
        }
        self.check_open()?;
        Ok(true)
    }

    /// `seekable()`.
    pub fn seekable(&self) -> Result<bool> {
        self.check_open()?;
        Ok(true)
    }

    /// `isatty()`.
    pub fn isatty(&self) -> Result<bool> {
        self.check_open()?;
        Ok(false)
    }

    /// `fileno()`.
    pub fn fileno(&self) -> Result<pybase::os::RawFd> {
        self.raw.fileno()
    }
}

impl ByteStream for Buffered {
    fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        Buffered::read(self, size)
    }
    fn read1(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        Buffered::read1(self, size)
    }
    fn readinto(&mut self, buf: &mut [u8]) -> Result<usize> {
        Buffered::readinto(self, buf)
    }
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        Buffered::write(self, data)
    }
    fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        Buffered::seek(self, offset, whence)
    }
    fn tell(&mut self) -> Result<u64> {
        Buffered::tell(self)
    }
    fn truncate(&mut self, size: Option<u64>) -> Result<u64> {
        Buffered::truncate(self, size.map(|s| i64::try_from(s).unwrap_or(i64::MAX)))
    }
    fn flush(&mut self) -> Result<()> {
        Buffered::flush(self)
    }
    fn close(&mut self) -> Result<()> {
        Buffered::close(self)
    }
    fn closed(&self) -> bool {
        Buffered::closed(self)
    }
    fn readable(&self) -> Result<bool> {
        Buffered::readable(self)
    }
    fn writable(&self) -> Result<bool> {
        Buffered::writable(self)
    }
    fn seekable(&self) -> Result<bool> {
        Buffered::seekable(self)
    }
    fn isatty(&self) -> Result<bool> {
        Buffered::isatty(self)
    }
}
