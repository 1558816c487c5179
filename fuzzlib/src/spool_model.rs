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

use std::os::unix::fs::FileExt;

use arbitrary::{Arbitrary, Unstructured};
use pytempfile::io::file::Tell;
use pytempfile::io::text::Cookie;
use pytempfile::os::Whence;
use pytempfile::{Arg, Behaviour, ExcClass, FileOptions, Params, PyStr, PyVersion, Tempfile};

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
    let mut m = Model {
        data: Vec::new(),
        pos: 0,
        rolled: false,
        max_size: sc.max_size,
        ahead: None,
        decoded: std::collections::VecDeque::new(),
    };
    let opts = if sc.text {
        FileOptions::new()
            .mode("w+")
            .encoding(if sc.latin1 { "latin-1" } else { "utf-8" })
    } else {
        FileOptions::new()
    };
    let mut f = t
        .spooled_temporary_file(sc.max_size, &Params::new(), &opts)
        .unwrap();
    let v311 = sc.version.at_least(PyVersion::V3_11);
    let by_line = sc.version.has(Behaviour::WritelinesRollsOver);

    // Compare an outcome with the model's; `want` None means "an error".
    macro_rules! same {
        ($i:expr, $op:expr, $got:expr, $want:expr) => {{
            let got = $got;
            let want = $want;
            let ok = match (&got, &want) {
                (Ok(g), Some(w)) => g == w,
                (Err(_), None) => true,
                _ => false,
            };
            log.push(
                "spool",
                format!("#{} {:?} -> {:?} (model {:?})", $i, $op, got, want),
            );
            v.check(ok, || {
                format!("#{} {:?}: got {:?}, model says {:?}", $i, $op, got, want)
            });
        }};
    }

    if !sc.text {
        for (i, op) in sc.bin.iter().enumerate() {
            match op {
                BinOp::Write(d) => {
                    let r = f.write(d);
                    m.write(d);
                    m.check_roll();
                    same!(i, op, r, Some(d.len()));
                }
                BinOp::WriteMany { byte, len } => {
                    let d = vec![*byte; usize::from(*len) * 8];
                    let r = f.write(&d);
                    m.write(&d);
                    m.check_roll();
                    same!(i, op, r, Some(d.len()));
                }
                BinOp::Writelines(lines) => {
                    let refs: Vec<&[u8]> = lines.iter().take(4).map(Vec::as_slice).collect();
                    let r = f.writelines(&refs);
                    m.writelines(&refs, by_line);
                    same!(i, op, r, Some(()));
                }
                BinOp::Read(n) => {
                    let n = n.map(usize::from);
                    let r = f.read(n);
                    let want = m.read(n);
                    same!(i, op, r, Some(want));
                }
                BinOp::Read1(n) => {
                    let n = n.map(usize::from);
                    let r = f.read1(n);
                    if !v311 {
                        same!(i, op, r.map_err(|e| e.class()), None::<Vec<u8>>);
                        continue;
                    }
                    // read1 may return less than asked, but not nothing when data remains.
                    let before = m.pos;
                    let expect = m.read(n);
                    match &r {
                        Ok(got) => {
                            let ok =
                                expect.starts_with(got) && (got.is_empty() == expect.is_empty());
                            log.push("spool", format!("#{i} {op:?} -> {} bytes", got.len()));
                            v.check(ok, || format!("#{i} {op:?}: got {got:?}, model {expect:?}"));
                            m.pos = before + got.len() as u64;
                            if m.pos > before && got.is_empty() {
                                m.pos = before;
                            }
                        }
                        Err(e) => v.push(format!("#{i} {op:?}: {e}")),
                    }
                }
                BinOp::Readinto(n) => {
                    let mut buf = vec![0u8; usize::from(*n)];
                    let r = f.readinto(&mut buf);
                    if !v311 {
                        same!(i, op, r.map_err(|e| e.class()), None::<usize>);
                        continue;
                    }
                    let want = m.read(Some(buf.len()));
                    let got = r.map(|k| buf[..k.min(buf.len())].to_vec());
                    same!(i, op, got, Some(want));
                }
                BinOp::Readline(n) => {
                    let n = n.map(usize::from);
                    let r = f.readline(n);
                    let want = m.readline(n);
                    same!(i, op, r, Some(want));
                }
                BinOp::Seek { offset, whence } => {
                    let off = i64::from(*offset);
                    let (w, base) = match whence % 3 {
                        0 => (Whence::Set, 0i64),
                        1 => (Whence::Cur, m.pos as i64),
                        _ => (Whence::End, m.data.len() as i64),
                    };
                    let target = base + off;
                    let want = if target >= 0 {
                        Some(target as u64)
                    } else if !m.rolled && w != Whence::Set {
                        Some(0) // BytesIO clamps a negative relative seek to 0
                    } else {
                        None
                    };
                    let r = f.seek(off, w);
                    if let Some(p) = want {
                        m.pos = p;
                    }
                    same!(i, op, r, want);
                }
                BinOp::SparseSeek(n) => {
                    let target = m.data.len() as u64 + u64::from(*n % 4096);
                    let r = f.seek(target as i64, Whence::Set);
                    m.pos = target;
                    same!(i, op, r, Some(target));
                }
                BinOp::Tell => {
                    let r = f.tell();
                    same!(i, op, r, Some(Tell::Offset(m.pos)));
                }
                BinOp::Truncate(size) => {
                    let size = size.map(i64::from);
                    if size.is_some_and(|s| s > sc.max_size) {
                        m.rolled = true;
                    }
                    let want = match size {
                        Some(s) if s < 0 => None,
                        s => {
                            let s = s.map_or(m.pos, |s| s as u64);
                            let len = m.data.len() as u64;
                            if s < len || m.rolled {
                                m.data.resize(s as usize, 0);
                            }
                            Some(v311.then_some(s))
                        }
                    };
                    let r = f.truncate(size);
                    same!(i, op, r, want);
                }
                BinOp::Rollover => {
                    let r = f.rollover();
                    m.rolled = true;
                    same!(i, op, r, Some(()));
                }
                BinOp::Fileno => {
                    let r = f.flush().and_then(|()| f.fileno());
                    m.rolled = true;
                    match r {
                        Ok(fd) => {
                            let file = std::mem::ManuallyDrop::new(fd_file(fd));
                            let mut buf = vec![0u8; m.data.len() + 16];
                            let k = file.read_at(&mut buf, 0).unwrap_or(usize::MAX);
                            let ok = k == m.data.len() && buf[..k] == m.data[..];
                            log.push("spool", format!("#{i} fileno {fd}: {k} bytes on disk"));
                            v.check(ok, || {
                                format!(
                                    "#{i} fileno: descriptor holds {:?}, model {:?}",
                                    buf.get(..k),
                                    m.data
                                )
                            });
                        }
                        Err(e) => v.push(format!("#{i} fileno: {e}")),
                    }
                }
                BinOp::Flush => {
                    let r = f.flush();
                    same!(i, op, r, Some(()));
                }
            }
            v.check(f.rolled() == m.rolled, || {
                format!("#{i} {op:?}: rolled {} but model {}", f.rolled(), m.rolled)
            });
            if !v.is_empty() {
                break;
            }
        }
        // No data lost.
        let all = f.seek(0, Whence::Set).and_then(|_| f.read(None));
        v.check(all.as_ref().is_ok_and(|d| *d == m.data), || {
            format!("final content {all:?}, model {:?}", m.data)
        });
    } else {
        let latin1 = sc.latin1;
        let mut saved: Vec<(Cookie, u64)> = Vec::new();
        for (i, op) in sc.txt.iter().enumerate() {
            match op {
                TextOp::Write(_) | TextOp::Writelines(_) => {
                    let lines: Vec<String> = match op {
                        TextOp::Write(cs) => vec![encode(cs, latin1)],
                        TextOp::Writelines(ls) => {
                            ls.iter().take(4).map(|l| encode(l, latin1)).collect()
                        }
                        _ => Vec::new(),
                    };
                    if lines.is_empty() {
                        // `writelines([])` writes nothing, so (unlike `write("")`) it keeps the
                        // read-ahead; only the rollover check after it can act (before 3.13.18).
                        let r = f.writelines_text(&[]);
                        let was = m.rolled;
                        m.writelines(&[], by_line);
                        if m.rolled && !was {
                            m.ahead = None;
                            m.decoded.clear();
                        }
                        same!(i, op, r, Some(()));
                        v.check(f.rolled() == m.rolled, || {
                            format!("#{i} {op:?}: rolled {} but model {}", f.rolled(), m.rolled)
                        });
                        continue;
                    }
                    let s = lines.concat();
                    let b = to_bytes(&s, latin1);
                    if let Some(p) = m.ahead.take() {
                        m.pos = p;
                    }
                    m.decoded.clear();
                    let end = m.pos as usize + b.len();
                    let splits = m.pos as usize > m.data.len() || !boundary(&m.data, end, latin1);
                    if splits {
                        let r = f.seek_text_int(0, Whence::End);
                        m.pos = m.data.len() as u64;
                        same!(
                            i,
                            "seek end first",
                            r.map(|c| c.to_u128()),
                            Some(Some(u128::from(m.pos)))
                        );
                    }
                    let r = if let TextOp::Writelines(_) = op {
                        let ps: Vec<PyStr> =
                            lines.iter().map(|l| PyStr::from(l.as_str())).collect();
                        f.writelines_text(&ps).map(|()| s.chars().count())
                    } else {
                        f.write_text(&PyStr::from(s.as_str()))
                    };
                    if let (TextOp::Writelines(_), true) = (op, by_line) {
                        // Line by line, each encoded on its own (the encoder is stateless
                        // for UTF-8 and Latin-1, so the bytes are the same as the whole's).
                        let enc: Vec<Vec<u8>> = lines.iter().map(|l| to_bytes(l, latin1)).collect();
                        let refs: Vec<&[u8]> = enc.iter().map(Vec::as_slice).collect();
                        m.writelines(&refs, true);
                    } else {
                        m.write(&b);
                        m.check_roll();
                    }
                    saved.clear();
                    same!(i, op, r, Some(s.chars().count()));
                }
                TextOp::Read(n) | TextOp::Readline(n) => {
                    // `read(0)` asks for no character, so TextIOWrapper reads no chunk (it
                    // loops while characters are missing); `readline(0)` does read one.
                    let reads_chunk = !matches!(op, TextOp::Read(Some(0)));
                    if m.ahead.is_none() && reads_chunk {
                        // One chunk (8 KiB) holds everything: decode the rest at once.
                        let rest =
                            decode_text(&m.data[(m.pos as usize).min(m.data.len())..], latin1);
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
                        if c == '\n' && matches!(op, TextOp::Readline(_)) {
                            break;
                        }
                    }
                    let r = if let TextOp::Read(_) = op {
                        f.read_text(n.map(usize::from))
                    } else {
                        f.readline_text(n.map(usize::from))
                    };
                    if !want.is_empty() {
                        m.pos += to_bytes(&want, latin1).len() as u64;
                    }
                    same!(i, op, r.map(|p| p.to_string_lossy()), Some(want));
                }
                TextOp::SeekStart => {
                    m.ahead = None;
                    m.decoded.clear();
                    let r = f.seek_text_int(0, Whence::Set);
                    m.pos = 0;
                    same!(i, op, r.map(|c| c.to_u128()), Some(Some(0)));
                }
                TextOp::SeekEnd => {
                    m.ahead = None;
                    m.decoded.clear();
                    let r = f.seek_text_int(0, Whence::End);
                    m.pos = m.data.len() as u64;
                    same!(i, op, r.map(|c| c.to_u128()), Some(Some(u128::from(m.pos))));
                }
                TextOp::Tell => {
                    let r = f.tell();
                    if let Ok(Tell::Cookie(c)) = &r {
                        saved.push((*c, m.pos));
                    }
                    // Without '\r' and at character boundaries the cookie is the byte position.
                    same!(i, op, r, Some(Tell::Cookie(Cookie::from_position(m.pos))));
                }
                TextOp::SeekSaved(k) => {
                    if saved.is_empty() {
                        continue;
                    }
                    let (c, p) = saved[usize::from(*k) % saved.len()];
                    m.ahead = None;
                    m.decoded.clear();
                    let r = f.seek_text(&c, Whence::Set);
                    m.pos = p;
                    same!(i, op, r, Some(c));
                }
                TextOp::TruncateHere | TextOp::TruncateZero => {
                    let size = if let TextOp::TruncateZero = op {
                        Some(0)
                    } else {
                        None
                    };
                    if size.is_some_and(|s| s > sc.max_size) && !m.rolled {
                        m.rolled = true;
                        m.ahead = None;
                        m.decoded.clear();
                    }
                    // `truncate()` cuts at the *buffer's* position (C TextIOWrapper passes None
                    // down), which a read-ahead moved past the logical one.
                    let s = size.map_or(m.ahead.unwrap_or(m.pos), |s: i64| s as u64);
                    if s < m.data.len() as u64 || m.rolled {
                        m.data.resize(s as usize, 0);
                    }
                    saved.clear();
                    let r = f.truncate(size);
                    same!(i, op, r, Some(v311.then_some(s)));
                }
                TextOp::Rollover => {
                    // A rollover restarts at tell() with nothing read ahead; once rolled, this
                    // is a no-op that keeps the read-ahead.
                    if !m.rolled {
                        m.ahead = None;
                        m.decoded.clear();
                    }
                    let r = f.rollover();
                    m.rolled = true;
                    same!(i, op, r, Some(()));
                }
                TextOp::Fileno => {
                    // A rollover restarts at tell() with nothing read ahead; once rolled, this
                    // is a no-op that keeps the read-ahead.
                    if !m.rolled {
                        m.ahead = None;
                        m.decoded.clear();
                    }
                    let r = f.flush().and_then(|()| f.fileno());
                    m.rolled = true;
                    match r {
                        Ok(fd) => {
                            let file = std::mem::ManuallyDrop::new(fd_file(fd));
                            let mut buf = vec![0u8; m.data.len() + 16];
                            let k = file.read_at(&mut buf, 0).unwrap_or(usize::MAX);
                            v.check(k == m.data.len() && buf[..k] == m.data[..], || {
                                format!(
                                    "#{i} fileno: descriptor holds {:?}, model {:?}",
                                    buf.get(..k),
                                    m.data
                                )
                            });
                        }
                        Err(e) => v.push(format!("#{i} fileno: {e}")),
                    }
                }
                TextOp::Flush => {
                    let r = f.flush();
                    same!(i, op, r, Some(()));
                }
            }
            v.check(f.rolled() == m.rolled, || {
                format!("#{i} {op:?}: rolled {} but model {}", f.rolled(), m.rolled)
            });
            if !v.is_empty() {
                break;
            }
        }
        let all = f
            .seek_text_int(0, Whence::Set)
            .and_then(|_| f.read_text(None))
            .map(|p| p.to_string_lossy());
        let want = decode_text(&m.data, latin1);
        v.check(all.as_ref().is_ok_and(|d| *d == want), || {
            format!("final content {all:?}, model {want:?}")
        });
    }
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
    let syscalls = seam.faulty.log();
    let leaked = crate::unclosed_fds(&syscalls);
    v.check(leaked.is_empty(), || {
        format!("descriptors leaked: {leaked:?}")
    });
    v.check(seam.hook.refused() == 0, || {
        format!(
            "{} call(s) outside the sandbox refused",
            seam.hook.refused()
        )
    });
    drop(t);
    drop(sb);
    let mut violations = v.take();
    let fds_after = crate::fd_count();
    if fds_before.is_some() && fds_before != fds_after {
        violations.push(format!(
            "process descriptor count {fds_before:?} -> {fds_after:?}"
        ));
    }
    if !violations.is_empty() {
        crate::report("spool_model", sc, &log, &syscalls, &violations);
    }
}

/// A `File` view of a descriptor owned elsewhere (wrap in `ManuallyDrop`).
fn fd_file(fd: std::os::fd::RawFd) -> std::fs::File {
    use std::os::fd::FromRawFd;
    // SAFETY: `fd` is open (just returned by `fileno()`) and the caller never drops the File,
    // so the descriptor is not closed twice.
    unsafe { std::fs::File::from_raw_fd(fd) }
}
