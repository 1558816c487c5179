//! The buffered suite's operation language (`corpus/cases/buffered.txt`, `corpus/README.md`):
//! the pattern bytes, a case's head, one operation on a binary [`FileObject`] and the row it
//! gives, and the sequence where pytempfile answers otherwise on purpose.
//!
//! One file for both crates that replay the suite: pyio's `buffered_corpus` (on
//! [`FileObject::open_with`] over a file it opens itself) and, through `#[path]`, pytempfile's
//! `buffered` (on `NamedTemporaryFile`'s file object). It names only what both see: `pybase`,
//! `pyio` and the corpus reader.

use std::path::Path;

use pybase::error::Error;
use pybase::os::{LibcOs, Os, RawFd, Whence};
use pybase::version::PyVersion;
use pyio::file::{FileObject, Tell};

use super::corpus;

/// The bytes written by operation `k` (and, with `k = 1000`, the pre-fill): letters with a
/// newline every 13 bytes, so that `readline` has lines to find.
pub fn pattern(k: usize, n: usize) -> Vec<u8> {
    (0..n)
        .map(|i| {
            if (i + k) % 13 == 12 {
                b'\n'
            } else {
                b'a' + ((k * 7 + i) % 26) as u8
            }
        })
        .collect()
}

/// FNV-1a 64 (`corpus/drivers/protocol.py`).
pub fn fnv(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= u64::from(c);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Bytes as a row's result: `bLEN:FNV`.
pub fn enc_bytes(b: &[u8]) -> String {
    format!("b{}:{:016x}", b.len(), fnv(b))
}

/// An exception as a row's result: `ECLASS:MESSAGE`.
pub fn enc_err(e: &Error) -> String {
    format!("E{}:{}", e.class().name(), e)
}

fn size_arg(arg: &str) -> Option<usize> {
    let n: i64 = arg.parse().unwrap();
    usize::try_from(n).ok()
}

/// A case: `MODE BUFFERING PREFILL : OPS`.
#[derive(Clone, Debug)]
pub struct Case {
    pub mode: String,
    pub buffering: i64,
    pub prefill: usize,
    pub ops: Vec<String>,
}

impl Case {
    pub fn parse(line: &str) -> Case {
        let (head, ops) = line.split_once(" : ").unwrap();
        let mut head = head.split_whitespace();
        Case {
            mode: head.next().unwrap().to_string(),
            buffering: head.next().unwrap().parse().unwrap(),
            prefill: head.next().unwrap().parse().unwrap(),
            ops: ops.split_whitespace().map(str::to_string).collect(),
        }
    }

    /// `= ` and the case's line.
    pub fn header(&self) -> String {
        format!(
            "= {} {} {} : {}",
            self.mode,
            self.buffering,
            self.prefill,
            self.ops.join(" ")
        )
    }

    /// The rows of a case whose file could not be made (`made`: the creation's exception):
    /// `!` still tells the warnings (`said`), every other operation the creation's error.
    pub fn rows_without_file(&self, made: &Error, said: impl Fn() -> String) -> Vec<String> {
        let made = enc_err(made);
        self.ops
            .iter()
            .map(|op| {
                let ret = if op == "!" { said() } else { made.clone() };
                format!("{ret}|-|-")
            })
            .collect()
    }
}

/// Run operation `k`, `op`, on `f`; its row: the result, then the content of `path` and the
/// offset of `fd` (`-` once `f` is closed). `said` gives the warnings heard since it was last
/// asked (the `!` operation).
pub fn run_op(
    f: &mut FileObject,
    path: &Path,
    fd: RawFd,
    k: usize,
    op: &str,
    said: impl Fn() -> String,
) -> String {
    let (c, arg) = op.split_at(1);
    let ret = match c {
        "w" => f
            .write(&pattern(k, arg.parse().unwrap()))
            .map(|n| format!("i{n}")),
        "r" => f.read(size_arg(arg)).map(|b| enc_bytes(&b)),
        "1" => f.read1(size_arg(arg)).map(|b| enc_bytes(&b)),
        "i" => {
            let mut buf = vec![0u8; arg.parse().unwrap()];
            f.readinto(&mut buf).map(|n| enc_bytes(&buf[..n]))
        }
        "l" => f.readline(size_arg(arg)).map(|b| enc_bytes(&b)),
        "s" => {
            let (o, w) = arg.split_once(',').unwrap();
            let whence = match w {
                "0" => Whence::Set,
                "1" => Whence::Cur,
                _ => Whence::End,
            };
            f.seek(o.parse().unwrap(), whence).map(|n| format!("i{n}"))
        }
        "t" => f.tell().map(|t| match t {
            Tell::Offset(n) => format!("i{n}"),
            Tell::Cookie(c) => panic!("binary tell gave a cookie {c:?}"),
        }),
        "T" => {
            let n: i64 = arg.parse().unwrap();
            f.truncate((n >= 0).then_some(n)).map(|n| format!("i{n}"))
        }
        "f" => f.flush().map(|()| "n".to_string()),
        "c" => f.close().map(|()| "n".to_string()),
        "M" => Ok(format!("M{}", f.mode())),
        "!" => Ok(said()),
        _ => panic!("bad op {op}"),
    };
    let ret = ret.unwrap_or_else(|e| enc_err(&e));
    let disk = std::fs::read(path).unwrap();
    let off = if f.closed() {
        "-".to_string()
    } else {
        LibcOs.lseek(fd, 0, Whence::Cur).unwrap().to_string()
    };
    format!("{ret}|{}:{:016x}|{off}", disk.len(), fnv(&disk))
}

/// The sequence where pytempfile answers differently from every CPython release on purpose
/// (besides `read1`, see the module docs of `pyio::buffered`): after a failed seek flushed
/// writes that lay inside the read-ahead window, CPython's in-window `seek` returns a number
/// that is not the position (`tell()` disagrees with it); pytempfile returns the position.
/// Everything else (the file, the descriptor's offset, `tell()`) is CPython's.
pub const IN_WINDOW_SEEK: &str =
    "w+b -1 0 : w2875 f s1753,1 w11 s2180,0 l6 w28 s-2,0 t s561,1 t s0,1 t r3 t s-100,1 t c";

/// pytempfile's results where they differ from CPython's on purpose.
pub const DELIBERATE: &[corpus::Deliberate] = &[
    corpus::Deliberate {
        case: IN_WINDOW_SEEK,
        op: 9,
        ours: "i2773",
    },
    corpus::Deliberate {
        case: IN_WINDOW_SEEK,
        op: 11,
        ours: "i2773",
    },
    corpus::Deliberate {
        case: IN_WINDOW_SEEK,
        op: 15,
        ours: "i2676",
    },
];

/// The one operation through which the read1 fix can show.
pub const READ1_OPS: &[char] = &['1'];

/// Replay the recorded buffered suite (every case, or the one whose text is `only`) in every
/// release's mode with `run_case`, checking each row against CPython's; the rows compared.
pub fn replay(only: Option<&str>, run_case: fn(PyVersion, &Case) -> Vec<String>) -> usize {
    corpus::replay("buffered", only, DELIBERATE, READ1_OPS, |version, case| {
        run_case(version, &Case::parse(case))
    })
}

/// [`IN_WINDOW_SEEK`] alone, in every release's mode with `run_case`: CPython's rows but for
/// the three seeks, 18 rows per release.
pub fn replay_in_window_seek(run_case: fn(PyVersion, &Case) -> Vec<String>) {
    let rows = replay(Some(IN_WINDOW_SEEK), run_case);
    assert_eq!(rows, 18 * corpus::releases().len());
}
