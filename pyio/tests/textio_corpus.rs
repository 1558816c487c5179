//! `TextIOWrapper` over `io.BytesIO` against every recorded CPython release.
//!
//! The cases are `corpus/cases/textio.txt` (operation sequences on
//! `io.TextIOWrapper(io.BytesIO(INIT), encoding, errors, newline, line_buffering,
//! write_through)`: reads and readlines across chunk boundaries, `tell()` cookies and seeks back
//! to them, every codec, newline mode and error handler, BOMs, rollover, detach); CPython's
//! answers are in `corpus/cpython-<X.Y.Z>.jsonl`, recorded by `scripts/record-corpus.sh` with
//! the driver `corpus/drivers/textio.py` (the case language and the rows: `corpus/README.md`).
//! Each release's answers are replayed on [`pyio::text::TextIo`] over [`pyio::memory::MemFile`]
//! in that release's mode.

#![allow(clippy::unwrap_used)]

mod common;

use common::{Stream, compress, corpus, esc_str, hex, row, unesc, unhex};
use pybase::error::Result;
use pybase::os::Whence;
use pybase::version::PyVersion;
use pyio::text::{Cookie, TextIo};
use pyio::{ByteStream, Newline};

/// A case's head: `ENCODING ERRORS NEWLINE FLAGS INIT`.
struct Head<'a> {
    enc: &'a str,
    errors: Option<&'a str>,
    newline: Newline,
    flags: Vec<&'a str>,
    init: Vec<u8>,
}

impl<'a> Head<'a> {
    fn parse(head: &'a str) -> Head<'a> {
        let f: Vec<&str> = head.split_whitespace().collect();
        let [enc, errors, newline, flags, init] = f[..] else {
            panic!("bad head {head}");
        };
        let newline = match newline {
            "N" => None,
            "E" => Some(""),
            "LF" => Some("\n"),
            "CR" => Some("\r"),
            "CRLF" => Some("\r\n"),
            _ => panic!("bad newline {newline}"),
        };
        let flags: Vec<&str> = flags.split(',').filter(|&f| f != "-").collect();
        for f in &flags {
            assert!(
                ["lb", "wt", "noread", "nowrite", "noseek", "end"].contains(f),
                "bad flag {f}"
            );
        }
        let init = if init == "-" {
            Vec::new()
        } else {
            init.split('+')
                .flat_map(|part| {
                    let (h, n) = part.split_once('*').unwrap_or((part, "1"));
                    unhex(h).repeat(n.parse().unwrap())
                })
                .collect()
        };
        Head {
            enc,
            errors: (errors != "-").then_some(errors),
            newline: Newline::parse(newline).unwrap(),
            flags,
            init,
        }
    }

    fn wrapper(&self, data: &[u8], version: PyVersion) -> TextIo<Stream> {
        let flag = |f: &str| self.flags.contains(&f);
        let mut b = Stream::new(data);
        b.no_read = flag("noread");
        b.no_write = flag("nowrite");
        b.no_seek = flag("noseek");
        if flag("end") {
            b.inner.seek(0, Whence::End).unwrap();
        }
        TextIo::new(
            b,
            self.enc,
            self.errors,
            self.newline,
            flag("lb"),
            flag("wt"),
            version,
        )
        .unwrap()
    }
}

/// pytempfile's rows for a case (`corpus/drivers/textio.py`'s `run`, operation by operation).
fn run_case(version: PyVersion, case: &str) -> Vec<String> {
    let (head, ops) = case.split_once(" : ").unwrap();
    let head = Head::parse(head);
    let mut t = head.wrapper(&head.init, version);
    let mut tells: Vec<Cookie> = Vec::new();
    let mut out = Vec::new();
    for op in ops.split(' ') {
        let (name, arg) = op.split_once(':').unwrap_or((op, ""));
        let num = || arg.parse::<i64>().unwrap();
        // A negative size is Python's -1: everything.
        let size = || usize::try_from(num()).ok();
        let text = |r: Result<pyio::PyStr>| row(r, |s| esc_str(&s));
        let cookie = |r: Result<Cookie>| row(r, |c| c.to_string());
        let done = |r: Result<()>| row(r, |()| "ok".to_string());
        let r = match name {
            "w" => row(t.write(&unesc(arg)), |n| n.to_string()),
            "r" => text(t.read(size())),
            "l" => text(t.readline(size())),
            "L" => row(t.readlines(size()), |ls| {
                let v: Vec<String> = ls.iter().map(esc_str).collect();
                format!("[{}]", v.join(","))
            }),
            "x" => row(t.next_line(), |l| {
                l.map_or("StopIteration".to_string(), |l| esc_str(&l))
            }),
            "t" => row(t.tell(), |c| {
                tells.push(c);
                c.to_string()
            }),
            "s" => cookie(t.seek(tells[size().unwrap()], Whence::Set)),
            "S" => cookie(t.seek(num(), Whence::Set)),
            "c" => cookie(t.seek(0u64, Whence::Cur)),
            "e" => cookie(t.seek(0u64, Whence::End)),
            "f" => done(t.flush()),
            "n" => row(t.newlines(), |n| n.to_string()),
            "b" => hex(&t.buffer().expect("`b` after `D`").getvalue()),
            "u" => row(
                t.truncate((!arg.is_empty()).then(|| u64::try_from(num()).unwrap())),
                |n| n.to_string(),
            ),
            "k" => done(t.set_chunk_size(size().unwrap())),
            // SpooledTemporaryFile.rollover() in text mode, with a BytesIO for the new file.
            "R" => cookie((|| {
                let pos = t.tell()?;
                let old = t.detach()?;
                t = head.wrapper(b"", version);
                t.buffer_mut().unwrap().write(&old.getvalue())?;
                t.seek(pos, Whence::Set)
            })()),
            // A second wrapper over the case's initial bytes; the tell() results stay.
            "O" => {
                t = head.wrapper(&head.init, version);
                "ok".to_string()
            }
            "C" => done(t.close()),
            "D" => done(t.detach().map(|_| ())),
            _ => panic!("bad op {op}"),
        };
        out.push(compress(&r));
    }
    out
}

/// No row of this suite is pytempfile's on purpose.
fn cpython_everywhere(_: &corpus::Release, _: &corpus::Recorded, _: usize) -> Option<String> {
    None
}

#[test]
fn textio_corpus_matches_cpython_in_every_version_mode() {
    corpus::replay_with("textio", None, cpython_everywhere, &[], run_case);
}
