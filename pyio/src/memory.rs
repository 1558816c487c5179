//! [`MemFile`]: CPython's `io.BytesIO` (what `SpooledTemporaryFile` holds until it rolls over).
//!
//! Behaviour kept (CPython 3.10–3.13 agree): writing past the end fills the gap with NUL bytes;
//! `seek` with `whence=0` refuses negative positions (`ValueError: negative seek value -1`) while
//! relative seeks clamp at 0; `truncate(size)` only ever shrinks and never moves the position;
//! `read1` is `read`; `fileno()` is `io.UnsupportedOperation: fileno`; after `close()` every
//! operation raises `ValueError: I/O operation on closed file.`.
//!
//! Storage: a list of chunks instead of one growing vector, so that data is copied exactly once
//! on the way in (a vector that doubles copies everything it holds at every growth) and the
//! rollover can pass every chunk to a single `writev`. Chunks grow geometrically from 4 KiB to
//! 1 MiB; a large write gets a chunk of its own size; zero-filled gaps are allocated with
//! `calloc` (untouched pages). Invariant: chunks are contiguous, none is empty, every chunk but the last
//! is full (`len == capacity`), and together they hold exactly `len` bytes.

use crate::error::{Error, Result};
use crate::os::Whence;
use crate::{ByteStream, closed_error, unsupported};

const FIRST_CHUNK: usize = 4096;
const MAX_CHUNK: usize = 1 << 20;

/// CPython's `io.BytesIO`, chunked. See the module docs.
///
/// # Errors
///
/// After [`close`](MemFile::close) every operation is `ValueError("I/O operation on closed
/// file.")`; [`fileno`](MemFile::fileno) is always `io.UnsupportedOperation: fileno`.
///
/// # Examples
///
/// ```
/// use pybase::error::ExcClass;
/// use pybase::os::Whence;
/// use pyio::memory::MemFile;
///
/// let mut m = MemFile::new();
/// m.write(b"abc")?;
/// m.seek(5, Whence::Set)?;
/// m.write(b"!")?; // past the end: the gap is NUL-filled
/// assert_eq!(m.getvalue()?, b"abc\0\0!");
/// assert_eq!(m.truncate(Some(2))?, 2); // shrinks, the position stays at 6
/// assert_eq!(m.tell()?, 6);
/// m.close();
/// assert_eq!(m.read(None).unwrap_err().class(), ExcClass::ValueError);
/// # Ok::<(), pybase::error::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct MemFile {
    chunks: Vec<Vec<u8>>,
    /// Start offset of each chunk.
    starts: Vec<u64>,
    len: u64,
    pos: u64,
    closed: bool,
}

impl MemFile {
    /// An empty, open buffer.
    pub fn new() -> MemFile {
        MemFile::default()
    }

    fn check(&self) -> Result<()> {
        if self.closed {
            Err(closed_error())
        } else {
            Ok(())
        }
    }

    /// `ValueError` if closed (the check `BytesIO` methods start with).
    pub fn check_open(&self) -> Result<()> {
        self.check()
    }

    /// Number of bytes held.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The chunks, in order (for the rollover's `writev`).
    pub fn chunks(&self) -> impl Iterator<Item = &[u8]> {
        self.chunks.iter().map(Vec::as_slice)
    }

    /// `getvalue()`: a copy of everything.
    pub fn getvalue(&self) -> Result<Vec<u8>> {
        self.check()?;
        let mut out = Vec::with_capacity(usize::try_from(self.len).unwrap_or(0));
        for c in &self.chunks {
            out.extend_from_slice(c);
        }
        Ok(out)
    }

    /// Index of the chunk holding `offset` (< len).
    fn chunk_at(&self, offset: u64) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Append `data` at the end, filling the last chunk's spare room first.
    fn append(&mut self, mut data: &[u8]) {
        if let Some(last) = self.chunks.last_mut() {
            let room = last.capacity() - last.len();
            let n = room.min(data.len());
            last.extend_from_slice(&data[..n]);
            data = &data[n..];
            self.len += n as u64;
        }
        if data.is_empty() {
            return;
        }
        let mut chunk = Vec::with_capacity(self.next_chunk_size(data.len()));
        chunk.extend_from_slice(data);
        self.push_chunk(chunk);
    }

    /// Append `n` zero bytes.
    fn append_zeros(&mut self, mut n: u64) {
        if let Some(last) = self.chunks.last_mut() {
            let room = (last.capacity() - last.len()) as u64;
            let k = room.min(n) as usize;
            last.resize(last.len() + k, 0);
            n -= k as u64;
            self.len += k as u64;
        }
        while n > 0 {
            let size = usize::try_from(n).unwrap_or(usize::MAX);
            let cap = self.next_chunk_size(size);
            let fill = cap.min(size);
            // vec![0; n] is calloc: large gaps cost no page until written.
            let mut chunk = vec![0u8; fill];
            chunk.reserve_exact(cap - fill);
            n -= fill as u64;
            self.push_chunk(chunk);
        }
    }

    fn next_chunk_size(&self, need: usize) -> usize {
        let geometric = FIRST_CHUNK
            .checked_shl(u32::try_from(self.chunks.len()).unwrap_or(u32::MAX))
            .unwrap_or(MAX_CHUNK)
            .min(MAX_CHUNK);
        geometric.max(need)
    }

    fn push_chunk(&mut self, chunk: Vec<u8>) {
        self.starts.push(self.len);
        self.len += chunk.len() as u64;
        self.chunks.push(chunk);
    }

    /// Overwrite existing bytes from `offset` (the range lies within `len`).
    fn overwrite(&mut self, offset: u64, mut data: &[u8]) {
        let mut i = self.chunk_at(offset);
        let mut within = (offset - self.starts[i]) as usize;
        while !data.is_empty() {
            let chunk = &mut self.chunks[i];
            let n = (chunk.len() - within).min(data.len());
            chunk[within..within + n].copy_from_slice(&data[..n]);
            data = &data[n..];
            i += 1;
            within = 0;
        }
    }

    /// Copy bytes from `offset` into `out` (as many as fit and exist).
    fn copy_out(&self, offset: u64, out: &mut [u8]) -> usize {
        if offset >= self.len || out.is_empty() {
            return 0;
        }
        let n = out
            .len()
            .min(usize::try_from(self.len - offset).unwrap_or(usize::MAX));
        let mut i = self.chunk_at(offset);
        let mut within = (offset - self.starts[i]) as usize;
        let mut done = 0;
        while done < n {
            let chunk = &self.chunks[i];
            let k = (chunk.len() - within).min(n - done);
            out[done..done + k].copy_from_slice(&chunk[within..within + k]);
            done += k;
            i += 1;
            within = 0;
        }
        n
    }

    /// `write(data)`.
    pub fn write(&mut self, data: &[u8]) -> Result<usize> {
        self.check()?;
        if data.is_empty() {
            return Ok(0);
        }
        if self.pos > self.len {
            self.append_zeros(self.pos - self.len);
        }
        let overlap = usize::try_from((self.len - self.pos).min(data.len() as u64)).unwrap_or(0);
        if overlap > 0 {
            self.overwrite(self.pos, &data[..overlap]);
        }
        self.append(&data[overlap..]);
        self.pos += data.len() as u64;
        Ok(data.len())
    }

    /// `read(size)` (`None`: to the end).
    pub fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.check()?;
        let avail = self.len.saturating_sub(self.pos);
        let n = match size {
            None => avail,
            Some(s) => avail.min(s as u64),
        };
        let mut out = vec![0u8; usize::try_from(n).unwrap_or(0)];
        let got = self.copy_out(self.pos, &mut out);
        self.pos += got as u64;
        Ok(out)
    }

    /// `readinto(buf)`.
    pub fn readinto(&mut self, buf: &mut [u8]) -> Result<usize> {
        self.check()?;
        let got = self.copy_out(self.pos, buf);
        self.pos += got as u64;
        Ok(got)
    }

    /// `readline(size)`.
    pub fn readline(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        self.check()?;
        let limit = size.unwrap_or(usize::MAX);
        let mut out = Vec::new();
        while out.len() < limit && self.pos < self.len {
            let i = self.chunk_at(self.pos);
            let within = (self.pos - self.starts[i]) as usize;
            let avail = &self.chunks[i][within..];
            let want = (limit - out.len()).min(avail.len());
            match avail[..want].iter().position(|&c| c == b'\n') {
                Some(j) => {
                    out.extend_from_slice(&avail[..=j]);
                    self.pos += (j + 1) as u64;
                    break;
                }
                None => {
                    out.extend_from_slice(&avail[..want]);
                    self.pos += want as u64;
                }
            }
        }
        Ok(out)
    }

    /// `seek(offset, whence)` with `BytesIO`'s rules: an absolute position may lie past the
    /// end; a relative one is clamped at 0.
    ///
    /// # Errors
    ///
    /// `ValueError("negative seek value -1")` for a negative `Whence::Set` offset;
    /// `ValueError("I/O operation on closed file.")` once closed.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::os::Whence;
    /// use pyio::memory::MemFile;
    ///
    /// let mut m = MemFile::new();
    /// m.write(b"abc")?;
    /// assert_eq!(m.seek(-10, Whence::Cur)?, 0);
    /// assert_eq!(m.seek(-1, Whence::Set).unwrap_err().to_string(), "negative seek value -1");
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        self.check()?;
        let target = match whence {
            Whence::Set => {
                if offset < 0 {
                    return Err(Error::value_error(format!("negative seek value {offset}")));
                }
                offset
            }
            Whence::Cur => (self.pos as i64).saturating_add(offset).max(0),
            Whence::End => (self.len as i64).saturating_add(offset).max(0),
        };
        self.pos = target as u64;
        Ok(self.pos)
    }

    /// `tell()`.
    pub fn tell(&self) -> Result<u64> {
        self.check()?;
        Ok(self.pos)
    }

    /// `truncate(size)`: shrink to `size` (default: the position); never grows or moves.
    /// Returns `size`, as `BytesIO` does, even when it is past the end.
    ///
    /// # Errors
    ///
    /// `ValueError("negative size value -1")` for a negative size; `ValueError` once closed.
    pub fn truncate(&mut self, size: Option<i64>) -> Result<u64> {
        self.check()?;
        let size = match size {
            None => self.pos,
            Some(s) if s < 0 => return Err(Error::value_error(format!("negative size value {s}"))),
            Some(s) => s as u64,
        };
        if size < self.len {
            let i = if size == 0 {
                0
            } else {
                self.chunk_at(size - 1)
            };
            if size == 0 {
                self.chunks.clear();
                self.starts.clear();
            } else {
                self.chunks.truncate(i + 1);
                self.starts.truncate(i + 1);
                let keep = (size - self.starts[i]) as usize;
                self.chunks[i].truncate(keep);
            }
            self.len = size;
        }
        Ok(size)
    }

    /// `close()`: frees the buffer.
    pub fn close(&mut self) {
        self.closed = true;
        self.chunks = Vec::new();
        self.starts = Vec::new();
        self.len = 0;
    }

    /// `closed`.
    pub fn closed(&self) -> bool {
        self.closed
    }

    /// `fileno()`: a `BytesIO` has none.
    pub fn fileno(&self) -> Result<i32> {
        Err(unsupported("fileno"))
    }

    /// `readable()`, `writable()`, `seekable()`: true while open.
    pub fn capable(&self) -> Result<bool> {
        self.check()?;
        Ok(true)
    }
}

impl ByteStream for MemFile {
    fn read(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        MemFile::read(self, size)
    }
    fn read1(&mut self, size: Option<usize>) -> Result<Vec<u8>> {
        MemFile::read(self, size)
    }
    fn readinto(&mut self, buf: &mut [u8]) -> Result<usize> {
        MemFile::readinto(self, buf)
    }
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        MemFile::write(self, data)
    }
    fn seek(&mut self, offset: i64, whence: Whence) -> Result<u64> {
        MemFile::seek(self, offset, whence)
    }
    fn tell(&mut self) -> Result<u64> {
        MemFile::tell(self)
    }
    fn truncate(&mut self, size: Option<u64>) -> Result<u64> {
        MemFile::truncate(self, size.map(|s| i64::try_from(s).unwrap_or(i64::MAX)))
    }
    fn flush(&mut self) -> Result<()> {
        self.check()
    }
    fn close(&mut self) -> Result<()> {
        MemFile::close(self);
        Ok(())
    }
    fn closed(&self) -> bool {
        self.closed
    }
    fn readable(&self) -> Result<bool> {
        self.capable()
    }
    fn writable(&self) -> Result<bool> {
        self.capable()
    }
    fn seekable(&self) -> Result<bool> {
        self.capable()
    }
    fn isatty(&self) -> Result<bool> {
        self.check()?;
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bytesio_semantics() {
        let mut m = MemFile::new();
        assert_eq!(m.write(b"ab").unwrap(), 2);
        assert_eq!(m.truncate(Some(10)).unwrap(), 10);
        assert_eq!(m.getvalue().unwrap(), b"ab");
        m.seek(5, Whence::Set).unwrap();
        m.write(b"z").unwrap();
        assert_eq!(m.getvalue().unwrap(), b"ab\0\0\0z");
        assert_eq!(
            m.seek(-3, Whence::Set).unwrap_err().to_string(),
            "negative seek value -3"
        );
        assert_eq!(m.seek(-100, Whence::Cur).unwrap(), 0);
        assert_eq!(
            m.truncate(Some(-1)).unwrap_err().to_string(),
            "negative size value -1"
        );
        m.close();
        assert_eq!(
            m.read(None).unwrap_err().to_string(),
            "I/O operation on closed file."
        );
    }

    #[test]
    fn large_writes_get_one_chunk_and_appends_never_move_data() {
        let mut m = MemFile::new();
        m.write(&vec![7u8; 3 << 20]).unwrap();
        assert_eq!(m.chunks.len(), 1);
        let first = m.chunks[0].as_ptr();
        for _ in 0..100 {
            m.write(&[1u8; 50_000]).unwrap();
        }
        assert_eq!(m.chunks[0].as_ptr(), first, "a full chunk was reallocated");
        assert_eq!(m.len(), (3 << 20) + 5_000_000);
        assert!(
            m.chunks
                .iter()
                .rev()
                .skip(1)
                .all(|c| c.len() == c.capacity())
        );
    }

    #[derive(Debug, Clone)]
    enum Op {
        Write(Vec<u8>),
        Seek(i64, u8),
        Read(Option<usize>),
        Truncate(Option<i64>),
        Readline(Option<usize>),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..10_000).prop_map(Op::Write),
            (-5_000i64..20_000, 0u8..3).prop_map(|(o, w)| Op::Seek(o, w)),
            proptest::option::of(0usize..9_000).prop_map(Op::Read),
            proptest::option::of(-2i64..20_000).prop_map(Op::Truncate),
            proptest::option::of(0usize..100).prop_map(Op::Readline),
        ]
    }

    /// A plain `Vec` model of BytesIO.
    #[derive(Default)]
    struct Model {
        data: Vec<u8>,
        pos: usize,
    }

    proptest! {
        #[test]
        fn chunked_buffer_matches_a_plain_vector(ops in proptest::collection::vec(op(), 1..60)) {
            let mut m = MemFile::new();
            let mut model = Model::default();
            for op in ops {
                match op {
                    Op::Write(d) => {
                        m.write(&d).unwrap();
                        if !d.is_empty() {
                            if model.pos > model.data.len() {
                                model.data.resize(model.pos, 0);
                            }
                            let end = model.pos + d.len();
                            if end > model.data.len() {
                                model.data.resize(end, 0);
                            }
                            model.data[model.pos..end].copy_from_slice(&d);
                            model.pos = end;
                        }
                    }
                    Op::Seek(o, w) => {
                        let whence = [Whence::Set, Whence::Cur, Whence::End][w as usize];
                        let got = m.seek(o, whence);
                        let base = match whence { Whence::Set => 0, Whence::Cur => model.pos as i64, Whence::End => model.data.len() as i64 };
                        if whence == Whence::Set && o < 0 {
                            prop_assert!(got.is_err());
                        } else {
                            model.pos = (base + o).max(0) as usize;
                            prop_assert_eq!(got.unwrap(), model.pos as u64);
                        }
                    }
                    Op::Read(n) => {
                        let got = m.read(n).unwrap();
                        let start = model.pos.min(model.data.len());
                        let end = match n { None => model.data.len(), Some(n) => (start + n).min(model.data.len()) };
                        prop_assert_eq!(&got[..], &model.data[start..end]);
                        model.pos = model.pos.max(end).max(if end > start { end } else { model.pos });
                        if end > start { model.pos = end; }
                    }
                    Op::Truncate(s) => {
                        let got = m.truncate(s);
                        match s {
                            Some(s) if s < 0 => prop_assert!(got.is_err()),
                            _ => {
                                let size = s.map_or(model.pos, |s| s as usize);
                                if size < model.data.len() { model.data.truncate(size); }
                                prop_assert_eq!(got.unwrap(), size as u64);
                            }
                        }
                    }
                    Op::Readline(n) => {
                        let got = m.readline(n).unwrap();
                        let start = model.pos.min(model.data.len());
                        let mut end = model.data.len();
                        if let Some(n) = n { end = end.min(start + n); }
                        if let Some(i) = model.data[start..end].iter().position(|&c| c == b'\n') { end = start + i + 1; }
                        prop_assert_eq!(&got[..], &model.data[start..end]);
                        if end > start { model.pos = end; }
                    }
                }
                prop_assert_eq!(m.len(), model.data.len() as u64);
                prop_assert_eq!(m.tell().unwrap(), model.pos as u64);
            }
            prop_assert_eq!(m.getvalue().unwrap(), model.data);
        }
    }
}
