//! `spool_model`: `SpooledTemporaryFile` (binary and text) against a plain in-memory model.
//!
//! Scenario: a `max_size` (negative, 0 or 1–64), a CPython version, `_O_TMPFILE_WORKS`, and
//! up to 40 operations: writes (single and `writelines`), reads (`read`, `read1`, `readinto`,
//! `readline`, with and without sizes), seeks (every whence, negative targets, sparse seeks up
//! to 4 KiB past the end), `tell`, `truncate` (none, shrinking, growing, negative),
//! `rollover`, `fileno` (checked with `pread` on the descriptor), `flush`. Text spools
//! (UTF-8 or Latin-1) write and read strings with multi-byte characters and newlines, seek to
//! the start, the end and saved `tell()` cookies, and truncate.
//!
//! The model is CPython's semantics written out: a byte vector and a position, with
//! `BytesIO`'s rules before the rollover (negative relative seeks clamp to 0, `truncate` never
//! grows) and a file's after it, and CPython's rollover triggers (the position after a write
//! past a non-zero `max_size`, `fileno()`, `truncate(size > max_size)`, `rollover()`).
//!
//! Invariants after every operation: same result (value or error), same position, same
//! `rolled` state; after the last one, the whole content reads back (no data lost); closing
//! leaves no entry in the directory and no descriptor open.

use std::fmt::Debug;
use std::os::unix::fs::FileExt;

use arbitrary::{Arbitrary, Unstructured};
use pytempfile::io::file::Tell;
use pytempfile::io::text::Cookie;
use pytempfile::os::Whence;
use pytempfile::{
    Arg, Behaviour, ExcClass, FileOptions, Params, PyStr, PyVersion, SpooledTemporaryFile, Tempfile,
};

use crate::fsutil::{self, Sandbox};
use crate::{Log, Seam, Violations};

/// A binary operation.
#[derive(Arbitrary, Clone, Debug)]
pub enum BinOp {
    /// `write(data)`.
    Write(Vec<u8>),
    /// A larger write of one repeated byte.
    WriteMany { byte: u8, len: u8 },
    /// `writelines(lines)`.
    Writelines(Vec<Vec<u8>>),
    /// `read(size)`.
    Read(Option<u8>),
    /// `read1(size)` (3.11+).
    Read1(Option<u8>),
    /// `readinto(buf)` (3.11+).
    Readinto(u8),
    /// `readline(size)`.
    Readline(Option<u8>),
    /// `seek(offset, whence)`.
    Seek { offset: i8, whence: u8 },
    /// `seek(len + n)`: a sparse seek past the end.
    SparseSeek(u16),
    /// `tell()`.
    Tell,
    /// `truncate(size)`.
    Truncate(Option<i8>),
    /// `rollover()`.
    Rollover,
    /// `flush()`, `fileno()`, then the descriptor's content checked with `pread`.
    Fileno,
    /// `flush()`.
    Flush,
}

/// A character of the text alphabet (no `\r`: universal newlines are then the identity).
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum TChar {
    /// `a`.
    A,
    /// `b`.
    B,
    /// `\n`.
    Newline,
    /// `é` (2 bytes in UTF-8).
    EAcute,
    /// `€` (3 bytes in UTF-8; `z` in Latin-1).
    Euro,
    /// `😀` (4 bytes in UTF-8; `y` in Latin-1).
    Emoji,
}

/// A text operation.
#[derive(Arbitrary, Clone, Debug)]
pub enum TextOp {
    /// `write(s)` (at the end instead, if writing here would split a character).
    Write(Vec<TChar>),
    /// `writelines(lines)` (at the end).
    Writelines(Vec<Vec<TChar>>),
    /// `read(size)`.
    Read(Option<u8>),
    /// `readline(size)`.
    Readline(Option<u8>),
    /// `seek(0)`.
    SeekStart,
    /// `seek(0, 2)`.
    SeekEnd,
    /// `tell()`, the cookie saved.
    Tell,
    /// `seek(saved cookie)`.
    SeekSaved(u8),
    /// `truncate()` at the position.
    TruncateHere,
    /// `truncate(0)`.
    TruncateZero,
    /// `rollover()`.
    Rollover,
    /// `fileno()` and the descriptor's content.
    Fileno,
    /// `flush()`.
    Flush,
}

#[derive(Arbitrary, Debug)]
struct RawScenario {
    max_size: u8,
    text: bool,
    latin1: bool,
    version: u8,
    o_tmpfile: bool,
    bin: Vec<BinOp>,
    txt: Vec<TextOp>,
}

/// A decoded, bounded scenario.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// `max_size`.
    pub max_size: i64,
    /// Text mode (else binary).
    pub text: bool,
    /// Latin-1 (else UTF-8), text mode.
    pub latin1: bool,
    /// The CPython version followed.
    pub version: PyVersion,
    /// `_O_TMPFILE_WORKS`.
    pub o_tmpfile: bool,
    /// Binary operations.
    pub bin: Vec<BinOp>,
    /// Text operations.
    pub txt: Vec<TextOp>,
}

impl Scenario {
    /// Decode `data`.
    pub fn decode(data: &[u8]) -> Option<Scenario> {
        let mut raw = RawScenario::arbitrary_take_rest(Unstructured::new(data)).ok()?;
        raw.bin.truncate(40);
        raw.txt.truncate(40);
        let max_size = match raw.max_size % 8 {
            0 => 0,
            1 => -1,
            _ => i64::from(raw.max_size % 64) + 1,
        };
        Some(Scenario {
            max_size,
            text: raw.text,
            latin1: raw.latin1,
            version: PyVersion::ALL[usize::from(raw.version) % PyVersion::ALL.len()],
            o_tmpfile: raw.o_tmpfile,
            bin: if raw.text { Vec::new() } else { raw.bin },
            txt: if raw.text { raw.txt } else { Vec::new() },
        })
    }
}

/// CPython's spool, written out.
#[derive(Debug)]
struct Model {
    data: Vec<u8>,
    pos: u64,
    rolled: bool,
    max_size: i64,
    /// Text mode: where the underlying buffer is after a read-ahead (`TextIOWrapper` reads a
    /// whole chunk, and a following `write` goes there, not to the logical position: CPython
    /// does the same, in memory and on disk).
    ahead: Option<u64>,
    /// Text mode: the decoded characters of that chunk not yet returned. Only a seek, a write
    /// or a rollover drops them: after `truncate`, CPython still returns them.
    decoded: std::collections::VecDeque<char>,
}

impl Model {
    fn exceeds(&self, v: u64) -> bool {
        self.max_size < 0 || (self.max_size > 0 && v > self.max_size as u64)
    }

    fn write(&mut self, b: &[u8]) {
        // An empty write never extends the file, even past its end (BytesIO and FileIO).
        if b.is_empty() {
            return;
        }
        let pos = self.pos as usize;
        if self.data.len() < pos {
            self.data.resize(pos, 0);
        }
        let end = pos + b.len();
        if self.data.len() < end {
            self.data.resize(end, 0);
        }
        self.data[pos..end].copy_from_slice(b);
        self.pos = end as u64;
    }

    fn check_roll(&mut self) {
        if !self.rolled && self.max_size != 0 && self.exceeds(self.pos) {
            self.rolled = true;
        }
    }

    /// `writelines(lines)` of already encoded lines. Before `WritelinesRollsOver` the whole
    /// list is written, then the rollover is checked once (even for an empty list); from it
    /// on, an unrolled spool with a non-zero `max_size` writes line by line, checking after
    /// each, and a spool that is rolled (or `max_size` 0) writes everything without a check.
    fn writelines(&mut self, lines: &[&[u8]], by_line: bool) {
        if !by_line {
            for l in lines {
                self.write(l);
            }
            self.check_roll();
            return;
        }
        for l in lines {
            self.write(l);
            if self.max_size != 0 {
                self.check_roll();
            }
        }
    }

    fn read(&mut self, n: Option<usize>) -> Vec<u8> {
        let len = self.data.len() as u64;
        if self.pos >= len {
            return Vec::new();
        }
        let start = self.pos as usize;
        let end = match n {
            Some(n) => (start + n).min(self.data.len()),
            None => self.data.len(),
        };
        self.pos = end as u64;
        self.data[start..end].to_vec()
    }

    fn readline(&mut self, n: Option<usize>) -> Vec<u8> {
        let len = self.data.len() as u64;
        if self.pos >= len {
            return Vec::new();
        }
        let start = self.pos as usize;
        let mut end = match self.data[start..].iter().position(|&c| c == b'\n') {
            Some(i) => start + i + 1,
            None => self.data.len(),
        };
        if let Some(n) = n {
            end = end.min(start + n);
        }
        self.pos = end as u64;
        self.data[start..end].to_vec()
    }
}

fn encode(s: &[TChar], latin1: bool) -> String {
    s.iter()
        .map(|c| match (c, latin1) {
            (TChar::A, _) => 'a',
            (TChar::B, _) => 'b',
            (TChar::Newline, _) => '\n',
            (TChar::EAcute, _) => 'é',
            (TChar::Euro, false) => '€',
            (TChar::Euro, true) => 'z',
            (TChar::Emoji, false) => '😀',
            (TChar::Emoji, true) => 'y',
        })
        .collect()
}

fn to_bytes(s: &str, latin1: bool) -> Vec<u8> {
    if latin1 {
        s.chars().map(|c| c as u32 as u8).collect()
    } else {
        s.as_bytes().to_vec()
    }
}

fn decode_text(b: &[u8], latin1: bool) -> String {
    if latin1 {
        b.iter().map(|&c| char::from(c)).collect()
    } else {
        String::from_utf8_lossy(b).into_owned()
    }
}

/// Whether `pos` is a character boundary of UTF-8 `data` (always, in Latin-1).
fn boundary(data: &[u8], pos: usize, latin1: bool) -> bool {
    latin1 || pos >= data.len() || (data[pos] & 0xC0) != 0x80
}

/// Decode and run one input.
pub fn run(data: &[u8]) {
    let Some(sc) = Scenario::decode(data) else {
        return;
    };
    run_scenario(&sc);
}

/// Run one scenario; panics with a report if an invariant breaks.
pub fn run_scenario(sc: &Scenario) {
    let fds_before = crate::fd_count();
    let sb = Sandbox::new("spool");
    let work = sb.mkdir("work");
    let seam = Seam::new(&sb);
    let t = Tempfile::builder()
        .os(seam.os())
        .version(sc.version)
        .tempdir(Arg::str(&work))
        .build();
    t.set_o_tmpfile_works(sc.o_tmpfile);
    crate::plant_from_env(&t);
    let log = Log::default();
    let v = Violations::default();
    let opts = if sc.text {
        FileOptions::new()
            .mode("w+")
            .encoding(if sc.latin1 { "latin-1" } else { "utf-8" })
    } else {
        FileOptions::new()
    };
    let f = t
        .spooled_temporary_file(sc.max_size, &Params::new(), &opts)
        .unwrap();
    let mut run = Run {
        f,
        m: Model {
            data: Vec::new(),
            pos: 0,
            rolled: false,
            max_size: sc.max_size,
            ahead: None,
            decoded: std::collections::VecDeque::new(),
        },
        log: &log,
        v: &v,
        v311: sc.version.at_least(PyVersion::V3_11),
        by_line: sc.version.has(Behaviour::WritelinesRollsOver),
        latin1: sc.latin1,
        saved: Vec::new(),
    };
    if sc.text {
        run.text(&sc.txt);
    } else {
        run.binary(&sc.bin);
    }
    let mut f = run.f;
    let r = f.close();
    v.check(r.is_ok(), || format!("close: {r:?}"));
    v.check(f.closed(), || "closed() is false after close()".to_string());
    let after_close = f.tell();
    v.check(
        after_close
            .as_ref()
            .is_err_and(|e| e.class() == ExcClass::ValueError),
        || format!("tell() after close: {after_close:?}"),
    );
    drop(f);
    let left = fsutil::list(&work);
    v.check(left.is_empty(), || {
        format!("entries left in the directory: {left:?}")
    });
    let syscalls = seam.checked_calls(&v, false);
    drop(t);
    drop(sb);
    crate::conclude("spool_model", sc, &log, &syscalls, v.take(), fds_before);
}

/// What the loop does after an operation.
#[derive(PartialEq)]
enum Then {
    /// Check the `rolled` state against the model and stop at the first violation.
    Check,
    /// Go straight to the next operation (an operation that did nothing to compare, or
    /// compared on its own).
    Next,
}

/// One scenario's spool, its model, and where the outcomes go.
struct Run<'a> {
    f: SpooledTemporaryFile,
    m: Model,
    log: &'a Log,
    v: &'a Violations,
    v311: bool,
    by_line: bool,
    latin1: bool,
    /// Text mode: the cookies `tell()` returned, with the model's position at each.
    saved: Vec<(Cookie, u64)>,
}

impl Run<'_> {
    /// Compare an outcome with the model's; `want` `None` means "an error".
    fn same<T: PartialEq + Debug, E: Debug>(
        &self,
        i: usize,
        op: &dyn Debug,
        got: Result<T, E>,
        want: Option<T>,
    ) {
        let ok = match (&got, &want) {
            (Ok(g), Some(w)) => g == w,
            (Err(_), None) => true,
            _ => false,
        };
        self.log
            .push("spool", format!("#{i} {op:?} -> {got:?} (model {want:?})"));
        self.v.check(ok, || {
            format!("#{i} {op:?}: got {got:?}, model says {want:?}")
        });
    }

    fn check_rolled(&self, i: usize, op: &dyn Debug) {
        self.v.check(self.f.rolled() == self.m.rolled, || {
            format!(
                "#{i} {op:?}: rolled {} but model {}",
                self.f.rolled(),
                self.m.rolled
            )
        });
    }

    /// Run `step` on each operation; after each (unless it says [`Then::Next`]), check the
    /// `rolled` state and stop at the first violation.
    fn each<O: Debug>(&mut self, ops: &[O], step: fn(&mut Self, usize, &O) -> Then) {
        for (i, op) in ops.iter().enumerate() {
            if step(self, i, op) == Then::Next {
                continue;
            }
            self.check_rolled(i, op);
            if !self.v.is_empty() {
                break;
            }
        }
    }

    /// A text spool's rollover restarts at `tell()` with nothing read ahead; once rolled, a
    /// rollover is a no-op that keeps the read-ahead.
    fn forget_read_ahead_unless_rolled(&mut self) {
        if !self.m.rolled {
            self.m.ahead = None;
            self.m.decoded.clear();
        }
    }

    // -- binary ---------------------------------------------------------------------------

    /// Every binary operation, then the whole content read back.
    fn binary(&mut self, ops: &[BinOp]) {
        self.each(ops, Self::bin_op);
        // No data lost.
        let all = self.f.seek(0, Whence::Set).and_then(|_| self.f.read(None));
        self.v
            .check(all.as_ref().is_ok_and(|d| *d == self.m.data), || {
                format!("final content {all:?}, model {:?}", self.m.data)
            });
    }

    fn bin_op(&mut self, i: usize, op: &BinOp) -> Then {
        match op {
            BinOp::Write(d) => self.bin_write(i, op, d),
            BinOp::WriteMany { byte, len } => {
                self.bin_write(i, op, &vec![*byte; usize::from(*len) * 8]);
            }
            BinOp::Writelines(lines) => self.bin_writelines(i, op, lines),
            BinOp::Read(n) => self.bin_read(i, op, *n),
            BinOp::Read1(n) => return self.bin_read1(i, op, *n),
            BinOp::Readinto(n) => return self.bin_readinto(i, op, *n),
            BinOp::Readline(n) => self.bin_readline(i, op, *n),
            BinOp::Seek { offset, whence } => self.bin_seek(i, op, *offset, *whence),
            BinOp::SparseSeek(n) => self.bin_sparse_seek(i, op, *n),
            BinOp::Tell => self.bin_tell(i, op),
            BinOp::Truncate(size) => self.bin_truncate(i, op, *size),
            BinOp::Rollover => self.rollover(i, op),
            BinOp::Fileno => self.fileno(i),
            BinOp::Flush => self.flush(i, op),
        }
        Then::Check
    }

    fn bin_write(&mut self, i: usize, op: &BinOp, d: &[u8]) {
        let r = self.f.write(d);
        self.m.write(d);
        self.m.check_roll();
        self.same(i, op, r, Some(d.len()));
    }

    fn bin_writelines(&mut self, i: usize, op: &BinOp, lines: &[Vec<u8>]) {
        let refs: Vec<&[u8]> = lines.iter().take(4).map(Vec::as_slice).collect();
        let r = self.f.writelines(&refs);
        self.m.writelines(&refs, self.by_line);
        self.same(i, op, r, Some(()));
    }

    fn bin_read(&mut self, i: usize, op: &BinOp, n: Option<u8>) {
        let n = n.map(usize::from);
        let r = self.f.read(n);
        let want = self.m.read(n);
        self.same(i, op, r, Some(want));
    }

    /// `read1` (3.11+; before, an error and nothing else to check).
    fn bin_read1(&mut self, i: usize, op: &BinOp, n: Option<u8>) -> Then {
        let n = n.map(usize::from);
        let r = self.f.read1(n);
        if !self.v311 {
            self.same(i, op, r.map_err(|e| e.class()), None::<Vec<u8>>);
            return Then::Next;
        }
        // read1 may return less than asked, but not nothing when data remains.
        let before = self.m.pos;
        let expect = self.m.read(n);
        match &r {
            Ok(got) => {
                let ok = expect.starts_with(got) && (got.is_empty() == expect.is_empty());
                self.log
                    .push("spool", format!("#{i} {op:?} -> {} bytes", got.len()));
                self.v
                    .check(ok, || format!("#{i} {op:?}: got {got:?}, model {expect:?}"));
                self.m.pos = before + got.len() as u64;
                if self.m.pos > before && got.is_empty() {
                    self.m.pos = before;
                }
            }
            Err(e) => self.v.push(format!("#{i} {op:?}: {e}")),
        }
        Then::Check
    }

    /// `readinto` (3.11+; before, an error and nothing else to check).
    fn bin_readinto(&mut self, i: usize, op: &BinOp, n: u8) -> Then {
        let mut buf = vec![0u8; usize::from(n)];
        let r = self.f.readinto(&mut buf);
        if !self.v311 {
            self.same(i, op, r.map_err(|e| e.class()), None::<usize>);
            return Then::Next;
        }
        let want = self.m.read(Some(buf.len()));
        let got = r.map(|k| buf[..k.min(buf.len())].to_vec());
        self.same(i, op, got, Some(want));
        Then::Check
    }

    fn bin_readline(&mut self, i: usize, op: &BinOp, n: Option<u8>) {
        let n = n.map(usize::from);
        let r = self.f.readline(n);
        let want = self.m.readline(n);
        self.same(i, op, r, Some(want));
    }

    fn bin_seek(&mut self, i: usize, op: &BinOp, offset: i8, whence: u8) {
        let off = i64::from(offset);
        let (w, base) = match whence % 3 {
            0 => (Whence::Set, 0i64),
            1 => (Whence::Cur, self.m.pos as i64),
            _ => (Whence::End, self.m.data.len() as i64),
        };
        let target = base + off;
        let want = if target >= 0 {
            Some(target as u64)
        } else if !self.m.rolled && w != Whence::Set {
            Some(0) // BytesIO clamps a negative relative seek to 0
        } else {
            None
        };
        let r = self.f.seek(off, w);
        if let Some(p) = want {
            self.m.pos = p;
        }
        self.same(i, op, r, want);
    }

    fn bin_sparse_seek(&mut self, i: usize, op: &BinOp, n: u16) {
        let target = self.m.data.len() as u64 + u64::from(n % 4096);
        let r = self.f.seek(target as i64, Whence::Set);
        self.m.pos = target;
        self.same(i, op, r, Some(target));
    }

    fn bin_tell(&mut self, i: usize, op: &BinOp) {
        let r = self.f.tell();
        self.same(i, op, r, Some(Tell::Offset(self.m.pos)));
    }

    fn bin_truncate(&mut self, i: usize, op: &BinOp, size: Option<i8>) {
        let size = size.map(i64::from);
        if size.is_some_and(|s| s > self.m.max_size) {
            self.m.rolled = true;
        }
        let want = match size {
            Some(s) if s < 0 => None,
            s => {
                let s = s.map_or(self.m.pos, |s| s as u64);
                let len = self.m.data.len() as u64;
                if s < len || self.m.rolled {
                    self.m.data.resize(s as usize, 0);
                }
                Some(self.v311.then_some(s))
            }
        };
        let r = self.f.truncate(size);
        self.same(i, op, r, want);
    }

    // -- both modes ------------------------------------------------------------------------

    fn rollover(&mut self, i: usize, op: &dyn Debug) {
        let r = self.f.rollover();
        self.m.rolled = true;
        self.same(i, op, r, Some(()));
    }

    /// `flush()`, `fileno()`, then the descriptor's content checked with `pread`.
    fn fileno(&mut self, i: usize) {
        let r = self.f.flush().and_then(|()| self.f.fileno());
        self.m.rolled = true;
        let fd = match r {
            Ok(fd) => fd,
            Err(e) => return self.v.push(format!("#{i} fileno: {e}")),
        };
        let file = std::mem::ManuallyDrop::new(fd_file(fd));
        let data = &self.m.data;
        let mut buf = vec![0u8; data.len() + 16];
        let k = file.read_at(&mut buf, 0).unwrap_or(usize::MAX);
        let ok = k == data.len() && buf[..k] == data[..];
        self.log
            .push("spool", format!("#{i} fileno {fd}: {k} bytes on disk"));
        self.v.check(ok, || {
            format!(
                "#{i} fileno: descriptor holds {:?}, model {:?}",
                buf.get(..k),
                data
            )
        });
    }

    fn flush(&mut self, i: usize, op: &dyn Debug) {
        let r = self.f.flush();
        self.same(i, op, r, Some(()));
    }

    // -- text -----------------------------------------------------------------------------

    /// Every text operation, then the whole content read back.
    fn text(&mut self, ops: &[TextOp]) {
        self.each(ops, Self::text_op);
        let all = self
            .f
            .seek_text_int(0, Whence::Set)
            .and_then(|_| self.f.read_text(None))
            .map(|p| p.to_string_lossy());
        let want = decode_text(&self.m.data, self.latin1);
        self.v.check(all.as_ref().is_ok_and(|d| *d == want), || {
            format!("final content {all:?}, model {want:?}")
        });
    }

    fn text_op(&mut self, i: usize, op: &TextOp) -> Then {
        let latin1 = self.latin1;
        match op {
            TextOp::Write(cs) => return self.text_write(i, op, vec![encode(cs, latin1)], false),
            TextOp::Writelines(ls) => {
                let lines = ls.iter().take(4).map(|l| encode(l, latin1)).collect();
                return self.text_write(i, op, lines, true);
            }
            TextOp::Read(n) => self.text_read(i, op, *n, false),
            TextOp::Readline(n) => self.text_read(i, op, *n, true),
            TextOp::SeekStart => self.text_seek(i, op, Whence::Set),
            TextOp::SeekEnd => self.text_seek(i, op, Whence::End),
            TextOp::Tell => self.text_tell(i, op),
            TextOp::SeekSaved(k) => return self.text_seek_saved(i, op, *k),
            TextOp::TruncateHere => self.text_truncate(i, op, None),
            TextOp::TruncateZero => self.text_truncate(i, op, Some(0)),
            TextOp::Rollover => {
                self.forget_read_ahead_unless_rolled();
                self.rollover(i, op);
            }
            TextOp::Fileno => {
                self.forget_read_ahead_unless_rolled();
                self.fileno(i);
            }
            TextOp::Flush => self.flush(i, op),
        }
        Then::Check
    }

    /// `write(s)` (`writelines` false: one line) or `writelines(lines)`.
    fn text_write(&mut self, i: usize, op: &TextOp, lines: Vec<String>, writelines: bool) -> Then {
        let latin1 = self.latin1;
        if lines.is_empty() {
            // `writelines([])` writes nothing, so (unlike `write("")`) it keeps the
            // read-ahead; only the rollover check after it can act (before 3.13.18).
            let r = self.f.writelines_text(&[]);
            let was = self.m.rolled;
            self.m.writelines(&[], self.by_line);
            if self.m.rolled && !was {
                self.m.ahead = None;
                self.m.decoded.clear();
            }
            self.same(i, op, r, Some(()));
            self.check_rolled(i, op);
            return Then::Next;
        }
        let s = lines.concat();
        let b = to_bytes(&s, latin1);
        let m = &mut self.m;
        if let Some(p) = m.ahead.take() {
            m.pos = p;
        }
        m.decoded.clear();
        let end = m.pos as usize + b.len();
        let splits = m.pos as usize > m.data.len() || !boundary(&m.data, end, latin1);
        if splits {
            let r = self.f.seek_text_int(0, Whence::End);
            self.m.pos = self.m.data.len() as u64;
            let want = Some(Some(u128::from(self.m.pos)));
            self.same(i, &"seek end first", r.map(|c| c.to_u128()), want);
        }
        let r = if writelines {
            let ps: Vec<PyStr> = lines.iter().map(|l| PyStr::from(l.as_str())).collect();
            self.f.writelines_text(&ps).map(|()| s.chars().count())
        } else {
            self.f.write_text(&PyStr::from(s.as_str()))
        };
        if writelines && self.by_line {
            // Line by line, each encoded on its own (the encoder is stateless for UTF-8 and
            // Latin-1, so the bytes are the same as the whole's).
            let enc: Vec<Vec<u8>> = lines.iter().map(|l| to_bytes(l, latin1)).collect();
            let refs: Vec<&[u8]> = enc.iter().map(Vec::as_slice).collect();
            self.m.writelines(&refs, true);
        } else {
            self.m.write(&b);
            self.m.check_roll();
        }
        self.saved.clear();
        self.same(i, op, r, Some(s.chars().count()));
        Then::Check
    }

    /// `read(n)` or (`line`) `readline(n)`.
    fn text_read(&mut self, i: usize, op: &TextOp, n: Option<u8>, line: bool) {
        let latin1 = self.latin1;
        let m = &mut self.m;
        // `read(0)` asks for no character, so TextIOWrapper reads no chunk (it loops while
        // characters are missing); `readline(0)` does read one.
        let reads_chunk = line || n != Some(0);
        if m.ahead.is_none() && reads_chunk {
            // One chunk (8 KiB) holds everything: decode the rest at once.
            let rest = decode_text(&m.data[(m.pos as usize).min(m.data.len())..], latin1);
            m.decoded = rest.chars().collect();
            m.ahead = Some(m.pos.max(m.data.len() as u64));
        }
        let limit = n.map(usize::from).unwrap_or(usize::MAX);
        let mut want = String::new();
        while want.chars().count() < limit {
            let Some(c) = m.decoded.pop_front() else {
                break;
            };
            want.push(c);
            if c == '\n' && line {
                break;
            }
        }
        let r = if line {
            self.f.readline_text(n.map(usize::from))
        } else {
            self.f.read_text(n.map(usize::from))
        };
        if !want.is_empty() {
            self.m.pos += to_bytes(&want, latin1).len() as u64;
        }
        self.same(i, op, r.map(|p| p.to_string_lossy()), Some(want));
    }

    /// `seek(0)` or `seek(0, 2)`.
    fn text_seek(&mut self, i: usize, op: &TextOp, whence: Whence) {
        self.m.ahead = None;
        self.m.decoded.clear();
        let r = self.f.seek_text_int(0, whence);
        self.m.pos = match whence {
            Whence::End => self.m.data.len() as u64,
            _ => 0,
        };
        let want = Some(Some(u128::from(self.m.pos)));
        self.same(i, op, r.map(|c| c.to_u128()), want);
    }

    fn text_tell(&mut self, i: usize, op: &TextOp) {
        let r = self.f.tell();
        if let Ok(Tell::Cookie(c)) = &r {
            self.saved.push((*c, self.m.pos));
        }
        // Without '\r' and at character boundaries the cookie is the byte position.
        let want = Some(Tell::Cookie(Cookie::from_position(self.m.pos)));
        self.same(i, op, r, want);
    }

    /// `seek(saved cookie)`; nothing to do before a `tell()`.
    fn text_seek_saved(&mut self, i: usize, op: &TextOp, k: u8) -> Then {
        if self.saved.is_empty() {
            return Then::Next;
        }
        let (c, p) = self.saved[usize::from(k) % self.saved.len()];
        self.m.ahead = None;
        self.m.decoded.clear();
        let r = self.f.seek_text(&c, Whence::Set);
        self.m.pos = p;
        self.same(i, op, r, Some(c));
        Then::Check
    }

    /// `truncate()` (`size` None) or `truncate(0)`.
    fn text_truncate(&mut self, i: usize, op: &TextOp, size: Option<i64>) {
        let m = &mut self.m;
        if size.is_some_and(|s| s > m.max_size) && !m.rolled {
            m.rolled = true;
            m.ahead = None;
            m.decoded.clear();
        }
        // `truncate()` cuts at the *buffer's* position (C TextIOWrapper passes None down),
        // which a read-ahead moved past the logical one.
        let s = size.map_or(m.ahead.unwrap_or(m.pos), |s| s as u64);
        if s < m.data.len() as u64 || m.rolled {
            m.data.resize(s as usize, 0);
        }
        self.saved.clear();
        let r = self.f.truncate(size);
        self.same(i, op, r, Some(self.v311.then_some(s)));
    }
}

/// A `File` view of a descriptor owned elsewhere (wrap in `ManuallyDrop`).
fn fd_file(fd: std::os::fd::RawFd) -> std::fs::File {
    use std::os::fd::FromRawFd;
    // SAFETY: `fd` is open (just returned by `fileno()`) and the caller never drops the File,
    // so the descriptor is not closed twice.
    unsafe { std::fs::File::from_raw_fd(fd) }
}
