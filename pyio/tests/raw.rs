//! [`RawFile`] (CPython's `io.FileIO`) on its own: `write_all` and `write_vectored_all` over a
//! seam whose writes are short (as a pipe's or a nearly full disk's are), the 1,024 slices one
//! `writev` takes at most, `EIO` for a write that takes nothing, `tell`, the capabilities (its
//! own and the buffered layer's), and the closed file.

#![allow(clippy::unwrap_used)]

mod common;

use std::ffi::CString;
use std::io::IoSlice;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use common::fresh_path;
use pybase::error::ExcClass;
use pybase::os::{Forward, LibcOs, Os, RawFd, SeamFd, SysResult, Whence, flags};
use pybase::version::PyVersion;
use pyio::OpenMode;
use pyio::raw::RawFile;

/// Takes at most `cap` bytes per `write` or `writev`, and nothing at all from call number
/// `zero_from` (counting both) on; counts the calls and the slices of each `writev`.
struct Short {
    cap: usize,
    zero_from: usize,
    calls: AtomicUsize,
    writev_slices: Mutex<Vec<usize>>,
}

impl Short {
    fn new(cap: usize) -> Arc<Short> {
        Short::failing(cap, usize::MAX)
    }

    fn failing(cap: usize, zero_from: usize) -> Arc<Short> {
        Arc::new(Short {
            cap,
            zero_from,
            calls: AtomicUsize::new(0),
            writev_slices: Mutex::new(Vec::new()),
        })
    }

    /// How much of `want` this call may take.
    fn allowance(&self, want: usize) -> usize {
        let call = self.calls.fetch_add(1, Ordering::Relaxed);
        if call >= self.zero_from {
            0
        } else {
            want.min(self.cap)
        }
    }
}

impl Forward for Short {
    fn inner(&self) -> &dyn Os {
        &LibcOs
    }

    fn write(&self, fd: RawFd, buf: &[u8]) -> SysResult<usize> {
        let n = self.allowance(buf.len());
        if n == 0 && !buf.is_empty() {
            return Ok(0);
        }
        LibcOs.write(fd, &buf[..n])
    }

    fn writev(&self, fd: RawFd, bufs: &[IoSlice<'_>]) -> SysResult<usize> {
        self.writev_slices.lock().unwrap().push(bufs.len());
        let total: usize = bufs.iter().map(|b| b.len()).sum();
        let mut left = self.allowance(total);
        if left == 0 {
            return Ok(0);
        }
        let mut cut = Vec::new();
        for b in bufs {
            if left == 0 {
                break;
            }
            let k = b.len().min(left);
            cut.push(IoSlice::new(&b[..k]));
            left -= k;
        }
        LibcOs.writev(fd, &cut)
    }
}

/// A new file at a fresh path, opened read-write through `os`, as a `RawFile` of `mode`.
fn new_raw(os: Arc<dyn Os>, mode: &str, tag: &str) -> (RawFile, std::path::PathBuf) {
    let path = fresh_path(tag);
    let c = CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    let fd = SeamFd::open(&os, &c, flags::BIN_OPENFLAGS | flags::O_CLOEXEC, 0o600).unwrap();
    let raw = RawFile::new(fd, &OpenMode::parse(mode).unwrap(), PyVersion::NEWEST);
    (raw, path)
}

fn contents(path: &std::path::Path) -> Vec<u8> {
    let v = std::fs::read(path).unwrap();
    std::fs::remove_file(path).unwrap();
    v
}

#[test]
fn write_all_loops_over_short_writes() {
    let short = Short::new(7);
    let (mut raw, path) = new_raw(short.clone(), "w+b", "raw-short");
    let data = b"0123456789abcdefghij";
    let (n, err) = raw.write_all(data);
    assert_eq!((n, err.map(|e| e.to_string())), (20, None));
    assert_eq!(short.calls.load(Ordering::Relaxed), 3, "7 + 7 + 6 bytes");
    raw.close().unwrap();
    assert_eq!(contents(&path), data);
}

#[test]
fn write_all_of_nothing_makes_no_call() {
    let short = Short::new(7);
    let (mut raw, path) = new_raw(short.clone(), "w+b", "raw-empty");
    let (n, err) = raw.write_all(b"");
    assert_eq!((n, err.is_none()), (0, true));
    assert_eq!(short.calls.load(Ordering::Relaxed), 0);
    raw.close().unwrap();
    assert_eq!(contents(&path), b"");
}

#[test]
fn write_all_says_how_much_it_wrote_before_an_error() {
    // The second write takes nothing: EIO, after the first 7 bytes.
    let (mut raw, path) = new_raw(Short::failing(7, 1), "w+b", "raw-eio");
    let (n, err) = raw.write_all(b"0123456789");
    let err = err.unwrap();
    assert_eq!((n, err.errno()), (7, Some(libc::EIO)));
    assert_eq!(err.class(), ExcClass::OSError);
    raw.close().unwrap();
    assert_eq!(contents(&path), b"0123456");

    // A file that cannot write, and a closed one, write nothing.
    let (mut ro, path) = new_raw(Short::new(7), "rb", "raw-ro");
    let (n, err) = ro.write_all(b"x");
    assert_eq!(
        (n, err.unwrap().class()),
        (0, ExcClass::UnsupportedOperation)
    );
    ro.close().unwrap();
    let (n, err) = ro.write_all(b"x");
    assert_eq!((n, err.unwrap().class()), (0, ExcClass::ValueError));
    let (n, err) = ro.write_vectored_all(&[b"x"]);
    assert_eq!((n, err.unwrap().class()), (0, ExcClass::ValueError));
    assert_eq!(contents(&path), b"");
}

#[test]
fn write_vectored_all_resumes_inside_a_slice_after_a_short_writev() {
    let short = Short::new(4);
    let (mut raw, path) = new_raw(short.clone(), "w+b", "raw-writev");
    let bufs: [&[u8]; 5] = [b"abc", b"", b"defgh", b"ij", b"klmnopq"];
    let (n, err) = raw.write_vectored_all(&bufs);
    assert_eq!((n, err.is_none()), (17, true));
    // 4 bytes a call: 5 calls, each starting where the last one stopped.
    assert_eq!(short.calls.load(Ordering::Relaxed), 5);
    raw.close().unwrap();
    assert_eq!(contents(&path), b"abcdefghijklmnopq");
}

#[test]
fn one_writev_takes_at_most_1024_slices() {
    let short = Short::new(usize::MAX);
    let (mut raw, path) = new_raw(short.clone(), "w+b", "raw-iov");
    let data: Vec<u8> = (0..2000u32).map(|i| (i % 256) as u8).collect();
    let bufs: Vec<&[u8]> = data.chunks(1).collect();
    let (n, err) = raw.write_vectored_all(&bufs);
    assert_eq!((n, err.is_none()), (2000, true));
    assert_eq!(*short.writev_slices.lock().unwrap(), vec![1024, 976]);
    raw.close().unwrap();
    assert_eq!(contents(&path), data);
}

#[test]
fn write_vectored_all_is_eio_when_a_writev_takes_nothing() {
    let (mut raw, path) = new_raw(Short::failing(3, 1), "w+b", "raw-writev-eio");
    let (n, err) = raw.write_vectored_all(&[b"abcdef", b"gh"]);
    assert_eq!((n, err.unwrap().errno()), (3, Some(libc::EIO)));
    raw.close().unwrap();
    assert_eq!(contents(&path), b"abc");
}

#[test]
fn tell_follows_writes_and_seeks() {
    let (mut raw, path) = new_raw(Short::new(4), "w+b", "raw-tell");
    assert_eq!(raw.tell().unwrap(), 0);
    assert_eq!(raw.write_all(b"0123456789").0, 10);
    assert_eq!(raw.tell().unwrap(), 10);
    assert_eq!(raw.seek(3, Whence::Set).unwrap(), 3);
    assert_eq!(raw.tell().unwrap(), 3);
    assert_eq!(raw.read(Some(2)).unwrap(), b"34");
    assert_eq!(raw.tell().unwrap(), 5);
    raw.close().unwrap();
    assert_eq!(raw.tell().unwrap_err().class(), ExcClass::ValueError);
    assert_eq!(contents(&path), b"0123456789");
}

#[test]
fn capabilities_while_open_and_once_closed() {
    let (mut raw, path) = new_raw(Arc::new(LibcOs), "rb", "raw-caps");
    assert!(!raw.closed());
    assert!(raw.readable().unwrap());
    assert!(!raw.writable().unwrap());
    assert!(raw.seekable().unwrap(), "a regular file is seekable");
    assert!(!raw.isatty().unwrap(), "a regular file is no terminal");
    raw.close().unwrap();
    assert!(raw.closed());
    for (what, r) in [
        ("readable", raw.readable()),
        ("writable", raw.writable()),
        ("seekable", raw.seekable()),
        ("isatty", raw.isatty()),
    ] {
        let e = r.unwrap_err();
        assert_eq!(e.class(), ExcClass::ValueError, "{what}");
        assert_eq!(e.to_string(), "I/O operation on closed file", "{what}");
    }
    assert_eq!(contents(&path), b"");
}

#[test]
fn the_buffered_layers_capabilities_while_open_and_once_closed() {
    use pyio::buffered::{BufKind, Buffered};
    for (kind, mode, readable, writable) in [
        (BufKind::Reader, "rb", true, false),
        (BufKind::Writer, "wb", false, true),
        (BufKind::Random, "w+b", true, true),
    ] {
        let (raw, path) = new_raw(Arc::new(LibcOs), mode, "raw-buffered-caps");
        let mut b = Buffered::new(raw, kind, 8192, 0);
        assert_eq!(b.readable().unwrap(), readable, "{mode}");
        assert_eq!(b.writable().unwrap(), writable, "{mode}");
        assert!(b.seekable().unwrap(), "{mode}: a regular file is seekable");
        assert!(
            !b.isatty().unwrap(),
            "{mode}: a regular file is no terminal"
        );
        b.close().unwrap();
        for (what, r) in [("seekable", b.seekable()), ("isatty", b.isatty())] {
            let e = r.unwrap_err();
            assert_eq!(e.class(), ExcClass::ValueError, "{mode} {what}");
        }
        assert_eq!(contents(&path), b"");
    }
}

/// What `TextIo` sees of a buffered file: `ByteStream`'s methods are the buffered layer's own
/// (a text layer over a `BufferedRandom` reads into its buffer and asks its capabilities
/// through the trait).
#[test]
fn the_buffered_layer_through_the_byte_stream_trait() {
    use pyio::ByteStream;
    use pyio::buffered::{BufKind, Buffered};
    let (raw, path) = new_raw(Arc::new(LibcOs), "w+b", "raw-buffered-trait");
    let mut b = Buffered::new(raw, BufKind::Random, 8192, 0);
    assert_eq!(ByteStream::write(&mut b, b"hello").unwrap(), 5);
    assert_eq!(ByteStream::seek(&mut b, 1, Whence::Set).unwrap(), 1);
    let mut buf = [0u8; 8];
    assert_eq!(ByteStream::readinto(&mut b, &mut buf).unwrap(), 4);
    assert_eq!(&buf[..4], b"ello");
    assert_eq!(ByteStream::readinto(&mut b, &mut buf).unwrap(), 0, "at EOF");
    assert!(ByteStream::seekable(&b).unwrap());
    assert!(!ByteStream::isatty(&b).unwrap());
    ByteStream::close(&mut b).unwrap();
    for (what, r) in [
        ("seekable", ByteStream::seekable(&b)),
        ("isatty", ByteStream::isatty(&b)),
    ] {
        assert_eq!(r.unwrap_err().class(), ExcClass::ValueError, "{what}");
    }
    assert_eq!(contents(&path), b"hello");
}

/// `write_vectored` (the spool's rollover) moves the position by what it wrote, after bytes
/// written before it and before bytes written after it.
#[test]
fn a_vectored_write_moves_the_buffered_position() {
    use pyio::buffered::{BufKind, Buffered};
    let (raw, path) = new_raw(Arc::new(LibcOs), "w+b", "raw-buffered-writev");
    let mut b = Buffered::new(raw, BufKind::Random, 8192, 0);
    assert_eq!(b.write(b"x").unwrap(), 1);
    assert_eq!(b.write_vectored(&[b"ab", b"", b"cde"]).unwrap(), 5);
    assert_eq!(b.tell().unwrap(), 6);
    assert_eq!(b.write(b"!").unwrap(), 1);
    assert_eq!(b.tell().unwrap(), 7);
    b.close().unwrap();
    assert_eq!(contents(&path), b"xabcde!");
}
