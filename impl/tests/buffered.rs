//! The buffered layer (`BufferedRandom`, `BufferedReader`, `BufferedWriter`) against CPython,
//! observed the way a user can observe it: after EVERY operation, (a) the operation's result,
//! (b) the file's content read by path with a separate `open`, (c) the descriptor's offset
//! (`os.lseek(f.fileno(), 0, SEEK_CUR)`).
//!
//! The expectations in [`CORPUS`] were produced by running the same operation sequences on
//! `tempfile.NamedTemporaryFile(mode=..., buffering=..., delete=False)` with CPython 3.10.13,
//! 3.11.7, 3.12.1 and 3.13.0 (the driver is [`PY_DRIVER`]; `buffered_live_against_cpython`
//! re-runs it when an interpreter is named in `PYTEMPFILE_PYTHON`). 3.10, 3.11 and 3.12
//! agree on every sequence; 3.13 differs in `write` (data of a whole buffer's size or more
//! is never buffered) and in `read1` (it flushes first).
//!
//! Corpus format: a case line `= MODE BUFFERING PREFILL : OPS`, then one line per operation:
//! `OP EXPECTED` where EXPECTED is `RESULT|DISK|OFFSET` for 3.13, optionally followed by
//! ` ~ RESULT|DISK|OFFSET` when 3.10-3.12 differ, or ` ~! RESULT|DISK|OFFSET` for CPython
//! 3.10-3.12 behaviour pytempfile deliberately does not reproduce (their `read1` does not
//! flush pending writes and then puts them at the wrong offset; every version mode does what
//! 3.13 does). A `~!` row makes the rest of the case 3.13-only. A trailing ` ~3.14+ ROW` is what
//! 3.14 and newer do where that differs (the 128 KiB default buffer), recorded from 3.14.10 and
//! 3.15.2 in the Debian sid root (`scripts/cpython-root.sh`); 3.13.18 answers as 3.13.0 does.
//!
//! Operations: `wN` write N pattern bytes, `rN` read(N) (`r-1`: read()), `1N` read1(N)
//! (`1-1`: read1()), `iN` readinto(bytearray(N)), `lN` readline(N) (`l-1`: readline()),
//! `sO,W` seek(O, W), `t` tell(), `TN` truncate(N) (`T-1`: truncate()), `f` flush(), `c`
//! close(). Results: `iN` an int, `bLEN:FNV` bytes (FNV-1a 64 of the bytes), `n` None,
//! `ECLASS:MESSAGE` an exception. DISK is `LEN:FNV` of the file, OFFSET the descriptor's
//! offset (`-` once closed). The file is pre-filled by path with PREFILL bytes right after
//! it is created.
#![allow(clippy::unwrap_used)]

mod common;

use common::{Sandbox, module_v};
use pytempfile::os::Whence;
use pytempfile::{FileOptions, LibcOs, Os, Params, PyVersion, Tell, Tempfile};

// ---------------------------------------------------------------------------------------------
// The operation language and the observations
// ---------------------------------------------------------------------------------------------

/// The bytes written by operation `k` (and, with `k = 1000`, the pre-fill): letters with a
/// newline every 13 bytes, so that `readline` has lines to find.
fn pattern(k: usize, n: usize) -> Vec<u8> {
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

fn fnv(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= u64::from(c);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn enc_bytes(b: &[u8]) -> String {
    format!("b{}:{:016x}", b.len(), fnv(b))
}

fn enc_err(e: &pytempfile::Error) -> String {
    format!("E{}:{}", e.class().name(), e)
}

fn size_arg(arg: &str) -> Option<usize> {
    let n: i64 = arg.parse().unwrap();
    usize::try_from(n).ok()
}

#[derive(Clone, Debug)]
struct Case {
    mode: String,
    buffering: i64,
    prefill: usize,
    ops: Vec<String>,
}

impl Case {
    fn parse(line: &str) -> Case {
        let (head, ops) = line.split_once(" : ").unwrap();
        let mut head = head.split_whitespace();
        Case {
            mode: head.next().unwrap().to_string(),
            buffering: head.next().unwrap().parse().unwrap(),
            prefill: head.next().unwrap().parse().unwrap(),
            ops: ops.split_whitespace().map(str::to_string).collect(),
        }
    }

    fn header(&self) -> String {
        format!(
            "= {} {} {} : {}",
            self.mode,
            self.buffering,
            self.prefill,
            self.ops.join(" ")
        )
    }
}

/// Run `case` on pytempfile in `version` mode; one observation per operation.
fn run_case(version: PyVersion, case: &Case) -> Vec<String> {
    let sb = Sandbox::new("buffered");
    let (t, _os, _events) = module_v(&sb, version);
    run_case_in(&t, case)
}

fn run_case_in(t: &Tempfile, case: &Case) -> Vec<String> {
    let opts = FileOptions::new()
        .mode(case.mode.clone())
        .buffering(case.buffering)
        .delete(false);
    let mut ntf = t.named_temporary_file(&Params::new(), &opts).unwrap();
    let path = ntf.path().to_path_buf();
    let fd = ntf.file().fileno().unwrap();
    if case.prefill > 0 {
        std::fs::write(&path, pattern(1000, case.prefill)).unwrap();
    }
    let mut rows = Vec::new();
    for (k, op) in case.ops.iter().enumerate() {
        let f = ntf.file_mut();
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
            _ => panic!("bad op {op}"),
        };
        let ret = ret.unwrap_or_else(|e| enc_err(&e));
        let disk = std::fs::read(&path).unwrap();
        let off = if f.closed() {
            "-".to_string()
        } else {
            LibcOs.lseek(fd, 0, Whence::Cur).unwrap().to_string()
        };
        rows.push(format!("{ret}|{}:{:016x}|{off}", disk.len(), fnv(&disk)));
    }
    let _ = ntf.file_mut().close();
    drop(ntf);
    std::fs::remove_file(&path).unwrap();
    rows
}

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

/// One expected row: the 3.13 observation, and what 3.10-3.12 do when that differs.
#[derive(Clone, Debug)]
struct Row {
    op: String,
    v313: String,
    older: Older,
    /// ` ~X+ ROW`: what release X and newer do, where that differs.
    newer: Vec<(PyVersion, String)>,
}

#[derive(Clone, Debug)]
enum Older {
    Same,
    Differs(String),
    /// CPython 3.10-3.12 do this; pytempfile deliberately does what 3.13 does.
    NotReproduced(String),
}

fn parse_corpus(text: &str) -> Vec<(Case, Vec<Row>)> {
    let mut out: Vec<(Case, Vec<Row>)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("= ") {
            out.push((Case::parse(&format!("= {rest}")[2..]), Vec::new()));
            continue;
        }
        let (op, rest) = line.split_once(' ').unwrap();
        let (rest, newer) = common::split_newer(rest);
        let (v313, older) = if let Some((a, b)) = rest.split_once(" ~! ") {
            (a, Older::NotReproduced(b.to_string()))
        } else if let Some((a, b)) = rest.split_once(" ~ ") {
            (a, Older::Differs(b.to_string()))
        } else {
            (rest, Older::Same)
        };
        if let Older::NotReproduced(old) = &older {
            // Only `read1` is a deliberate divergence.
            assert!(op.starts_with('1') && old != v313, "{line}");
        }
        let case = out.last_mut().unwrap();
        assert_eq!(case.0.ops.get(case.1.len()).map(String::as_str), Some(op));
        case.1.push(Row {
            op: op.to_string(),
            v313: v313.to_string(),
            older,
            newer,
        });
    }
    for (case, rows) in &out {
        assert_eq!(case.ops.len(), rows.len(), "{}", case.header());
    }
    out
}

/// The expected rows of `rows` for `version`, up to where the expectation stops (after a row
/// CPython 3.10-3.12 get wrong on purpose, the rest of the case is 3.13-only).
fn expected_for(version: PyVersion, rows: &[Row]) -> Vec<String> {
    let mut out = Vec::new();
    for r in rows {
        if let Some(row) = common::newer_for(&r.newer, version) {
            out.push(row.to_string());
            continue;
        }
        match (&r.older, version.at_least(PyVersion::V3_13)) {
            (_, true) | (Older::Same, false) => out.push(r.v313.clone()),
            (Older::Differs(old), false) => out.push(old.clone()),
            // pytempfile does what 3.13 does from here on; the rest is not comparable.
            (Older::NotReproduced(_), false) => break,
        }
    }
    out
}

fn check_corpus(text: &str) {
    let corpus = parse_corpus(text);
    let mut failures = Vec::new();
    let mut compared = 0usize;
    for version in PyVersion::ALL {
        for (case, rows) in &corpus {
            let want = expected_for(version, rows);
            let got = run_case(version, case);
            compared += want.len();
            if got[..want.len()] != want[..] {
                let mut msg = format!("{version} {}\n", case.header());
                for (j, w) in want.iter().enumerate() {
                    let mark = if *w == got[j] { "  " } else { "!!" };
                    msg += &format!(
                        "  {mark} {:8} want {w}\n  {mark} {:8}  got {}\n",
                        rows[j].op, "", got[j]
                    );
                }
                failures.push(msg);
            }
        }
    }
    common::assert_corpus_clean(&failures, corpus.len() * PyVersion::ALL.len(), 6);
    assert!(compared > 0);
}

#[test]
fn corpus_matches_cpython_in_every_version_mode() {
    check_corpus(CORPUS);
}

/// The one place where pytempfile answers differently from every CPython version on purpose
/// (besides `read1`, see the module docs of `io::buffered`): after a failed seek flushed
/// writes that lay inside the read-ahead window, CPython's in-window `seek` returns a number
/// that is not the position (`tell()` disagrees with it); pytempfile returns the position.
/// Everything else (the file, the descriptor's offset, `tell()`) is CPython's.
#[test]
fn in_window_seek_after_a_failed_seek_returns_the_position() {
    let case = Case::parse(
        "w+b -1 0 : w2875 f s1753,1 w11 s2180,0 l6 w28 s-2,0 t s561,1 t s0,1 t r3 t s-100,1 t c",
    );
    // CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0 (identical).
    let cpython = [
        "i2875|0:cbf29ce484222325|0",
        "n|2875:f37fcb84183c7722|2875",
        "i4628|2875:f37fcb84183c7722|4628",
        "i11|2875:f37fcb84183c7722|4628",
        "i2180|4639:64b7070dbfead8bc|2180",
        "b4:1245cbf60176c619|4639:64b7070dbfead8bc|4639",
        "i28|4639:64b7070dbfead8bc|4639",
        "EOSError:[Errno 22] Invalid argument|4639:be04dcb9bc3aac0e|2212",
        "i2212|4639:be04dcb9bc3aac0e|2212",
        "i346|4639:be04dcb9bc3aac0e|2212",
        "i2773|4639:be04dcb9bc3aac0e|2212",
        "i346|4639:be04dcb9bc3aac0e|2212",
        "i2773|4639:be04dcb9bc3aac0e|2212",
        "b3:89c7b21960d7c752|4639:be04dcb9bc3aac0e|2212",
        "i2776|4639:be04dcb9bc3aac0e|2212",
        "i249|4639:be04dcb9bc3aac0e|2212",
        "i2676|4639:be04dcb9bc3aac0e|2212",
        "n|4639:be04dcb9bc3aac0e|-",
    ];
    // (operation index, CPython's result, pytempfile's result)
    let ours = [
        (9, "i346", "i2773"),
        (11, "i346", "i2773"),
        (15, "i249", "i2676"),
    ];
    for version in PyVersion::ALL {
        let got = run_case(version, &case);
        for (j, want) in cpython.iter().enumerate() {
            let want = match ours.iter().find(|(k, _, _)| *k == j) {
                Some((_, theirs, mine)) => want.replacen(theirs, mine, 1),
                None => want.to_string(),
            };
            assert_eq!(got[j], want, "{version} op {j} {}", case.ops[j]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Live comparison with an installed CPython
// ---------------------------------------------------------------------------------------------

/// A small deterministic generator (xorshift64*), so that the live test needs no crate.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

/// A random sequence: small buffers (so every path is reached in few bytes) or the default.
fn random_case(g: &mut Gen) -> Case {
    let mode = g.pick(&["w+b", "w+b", "r+b", "wb", "rb", "a+b", "ab"]);
    let buffering = g.pick(&[-1i64, 2, 3, 16, 17, 31]);
    let b = if buffering < 0 {
        4096
    } else {
        buffering as usize
    };
    let prefill = g.pick(&[0, 1, b - 1, b, b + 1, 2 * b, 5 * b + 3, 200]);
    let mut ops = Vec::new();
    for _ in 0..8 + g.below(20) {
        let sz = g.pick(&[0, 1, 2, b - 1, b, b + 1, 2 * b, 2 * b + 1, 3 * b]) as i64;
        let sz_or_all = if g.below(8) == 0 { -1 } else { sz };
        let op = match g.below(100) {
            0..=27 => format!("w{sz}"),
            28..=41 => format!("r{sz_or_all}"),
            42..=49 => format!("1{sz_or_all}"),
            50..=55 => format!("i{sz}"),
            56..=61 => format!("l{sz_or_all}"),
            62..=81 => {
                let whence = g.pick(&[0, 0, 1, 1, 1, 2]);
                let b = b as i64;
                let off: i64 = g.pick(&[0, 1, -1, 2, -2, b, -b, b - 1, 1 - b, b + 1]);
                // Mostly valid absolute targets; now and then a negative one (EINVAL).
                let off = if whence == 0 && g.below(6) != 0 {
                    off.abs()
                } else {
                    off
                };
                format!("s{off},{whence}")
            }
            82..=87 => "t".to_string(),
            88..=91 => format!("T{}", g.pick(&[-1i64, -1, 0, 1, b as i64])),
            92..=98 => "f".to_string(),
            _ => "c".to_string(),
        };
        ops.push(op);
    }
    ops.push("t".to_string());
    Case {
        mode: mode.to_string(),
        buffering,
        prefill,
        ops,
    }
}

/// `PYTEMPFILE_PYTHON=/path/to/python3[:/other/python3...] cargo test --test buffered live`
/// runs random sequences on each interpreter with [`PY_DRIVER`] and on pytempfile in the
/// interpreter's version mode, and compares every observation. Before 3.13 a difference is
/// accepted only where it starts at a `read1` (the deliberate divergence, see the module docs).
#[test]
fn buffered_live_against_cpython() {
    let Ok(pythons) = std::env::var("PYTEMPFILE_PYTHON") else {
        return;
    };
    let seed: u64 = std::env::var("PYTEMPFILE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed);
    let mut g = Gen(seed | 1);
    let cases: Vec<Case> = (0..300).map(|_| random_case(&mut g)).collect();
    let sb = Sandbox::new("buffered-live");
    let script = sb.join("driver.py");
    std::fs::write(&script, PY_DRIVER).unwrap();
    let input: String = cases
        .iter()
        .map(|c| c.header()[2..].to_string() + "\n")
        .collect();
    let mut failures = Vec::new();
    for py in pythons.split(':').filter(|p| !p.is_empty()) {
        let (version, theirs) = common::run_python_driver(py, &script, &input, &[]);
        assert_eq!(theirs.len(), cases.len());
        for (case, want) in cases.iter().zip(&theirs) {
            let got = run_case(version, case);
            for j in (0..want.len()).filter(|&j| want[j] != got[j]) {
                let op = &case.ops[j];
                // The deliberate differences (module docs of `io::buffered`): an in-window
                // seek's result after a failed seek (nothing else differs, so go on), and
                // `read1` before 3.13 (the states part, so stop).
                let rest = |row: &str| row.split_once('|').map(|(_, r)| r.to_string());
                if op.starts_with('s') && rest(&want[j]) == rest(&got[j]) {
                    continue;
                }
                if !version.at_least(PyVersion::V3_13) && op.starts_with('1') {
                    break;
                }
                failures.push(format!(
                    "{py} ({version}) {}\n  op {j} ({op}): want {}\n  got {}",
                    case.header(),
                    want[j],
                    got[j]
                ));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Property test: results against a plain file model
// ---------------------------------------------------------------------------------------------

mod model {
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    enum Op {
        Write(usize),
        Read(Option<usize>),
        Read1(Option<usize>),
        Readinto(usize),
        Readline(Option<usize>),
        Seek(i64, u8),
        Tell,
        Truncate(Option<usize>),
        Flush,
    }

    fn op() -> impl Strategy<Value = Op> {
        let size = prop_oneof![0usize..40, Just(16usize), Just(17), Just(32), 0usize..200];
        prop_oneof![
            3 => size.clone().prop_map(Op::Write),
            2 => proptest::option::weighted(0.9, size.clone()).prop_map(Op::Read),
            1 => proptest::option::weighted(0.8, size.clone()).prop_map(Op::Read1),
            1 => size.clone().prop_map(Op::Readinto),
            1 => proptest::option::weighted(0.7, size.clone()).prop_map(Op::Readline),
            2 => (-60i64..120, 0u8..3).prop_map(|(o, w)| Op::Seek(o, w)),
            1 => Just(Op::Tell),
            1 => proptest::option::weighted(0.6, 0usize..150).prop_map(Op::Truncate),
            1 => Just(Op::Flush),
        ]
    }

    /// The file as a plain byte vector and a position.
    struct Model {
        data: Vec<u8>,
        pos: usize,
    }

    impl Model {
        fn avail(&self) -> &[u8] {
            &self.data[self.pos.min(self.data.len())..]
        }
    }

    fn check(mode: &str, buffering: i64, prefill: usize, version: PyVersion, ops: &[Op]) {
        let sb = Sandbox::new("buffered-model");
        let (t, _os, _events) = module_v(&sb, version);
        let opts = FileOptions::new()
            .mode(mode)
            .buffering(buffering)
            .delete(false);
        let mut ntf = t.named_temporary_file(&Params::new(), &opts).unwrap();
        let path = ntf.path().to_path_buf();
        let init = pattern(1000, prefill);
        std::fs::write(&path, &init).unwrap();
        let mut m = Model { data: init, pos: 0 };
        let f = ntf.file_mut();
        for (k, op) in ops.iter().enumerate() {
            let ctx = format!("{mode} {buffering} {version} op {k} {op:?} of {ops:?}");
            match op {
                Op::Write(n) => {
                    let d = pattern(k, *n);
                    assert_eq!(f.write(&d).unwrap(), *n, "{ctx}");
                    let end = m.pos + n;
                    // An empty write past the end does not extend the file.
                    if m.data.len() < end && *n > 0 {
                        m.data.resize(end, 0);
                    }
                    if *n > 0 {
                        m.data[m.pos..end].copy_from_slice(&d);
                    }
                    m.pos = end;
                }
                Op::Read(n) => {
                    let got = f.read(*n).unwrap();
                    let a = m.avail();
                    let want = &a[..n.unwrap_or(a.len()).min(a.len())];
                    assert_eq!(got, want, "{ctx}");
                    m.pos += got.len();
                }
                Op::Read1(n) => {
                    let got = f.read1(*n).unwrap();
                    let a = m.avail();
                    let asked = n.unwrap_or(usize::MAX);
                    assert!(got.len() <= asked && a.starts_with(&got), "{ctx}");
                    assert!(got.is_empty() == (a.is_empty() || asked == 0), "{ctx}");
                    m.pos += got.len();
                }
                Op::Readinto(n) => {
                    let mut buf = vec![0u8; *n];
                    let got = f.readinto(&mut buf).unwrap();
                    let a = m.avail();
                    assert_eq!(&buf[..got], &a[..(*n).min(a.len())], "{ctx}");
                    m.pos += got;
                }
                Op::Readline(n) => {
                    let got = f.readline(*n).unwrap();
                    let a = m.avail();
                    let lim = n.unwrap_or(usize::MAX).min(a.len());
                    let end = a[..lim]
                        .iter()
                        .position(|&c| c == b'\n')
                        .map_or(lim, |i| i + 1);
                    assert_eq!(got, &a[..end], "{ctx}");
                    m.pos += end;
                }
                Op::Seek(o, w) => {
                    let (whence, base) = match w {
                        0 => (Whence::Set, 0),
                        1 => (Whence::Cur, m.pos as i64),
                        _ => (Whence::End, m.data.len() as i64),
                    };
                    let target = base + o;
                    match f.seek(*o, whence) {
                        Ok(p) => {
                            assert_eq!(p as i64, target, "{ctx}");
                            m.pos = p as usize;
                        }
                        Err(e) => assert!(target < 0 && e.errno() == Some(libc::EINVAL), "{ctx}"),
                    }
                }
                Op::Tell => {}
                Op::Truncate(n) => {
                    let size = n.unwrap_or(m.pos);
                    let got = f.truncate(n.map(|n| n as i64)).unwrap();
                    assert_eq!(got as usize, size, "{ctx}");
                    m.data.resize(size, 0);
                }
                Op::Flush => {
                    f.flush().unwrap();
                    assert_eq!(std::fs::read(&path).unwrap(), m.data, "{ctx}");
                }
            }
            assert_eq!(f.tell().unwrap(), Tell::Offset(m.pos as u64), "{ctx}");
        }
        f.close().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), m.data);
        drop(ntf);
        std::fs::remove_file(&path).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn random_file_agrees_with_a_plain_model(
            buffering in prop_oneof![Just(-1i64), Just(2), Just(3), Just(16), Just(17)],
            prefill in prop_oneof![Just(0usize), 0usize..100],
            v in 0usize..4,
            ops in proptest::collection::vec(op(), 1..40),
        ) {
            check("w+b", buffering, prefill, PyVersion::ALL[v], &ops);
        }

        #[test]
        fn writer_agrees_with_a_plain_model(
            buffering in prop_oneof![Just(-1i64), Just(2), Just(16), Just(17)],
            v in 0usize..4,
            ops in proptest::collection::vec(
                prop_oneof![
                    (0usize..60).prop_map(Op::Write),
                    (0i64..80, 0u8..3).prop_map(|(o, w)| Op::Seek(o, w)),
                    Just(Op::Tell),
                    Just(Op::Flush),
                    proptest::option::weighted(0.6, 0usize..100).prop_map(Op::Truncate),
                ],
                1..40,
            ),
        ) {
            check("wb", buffering, 0, PyVersion::ALL[v], &ops);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The CPython side
// ---------------------------------------------------------------------------------------------

/// The Python driver that produced [`CORPUS`]: reads `MODE BUFFERING PREFILL : OPS` lines on
/// stdin, prints `= ` plus the line, then one observation per operation (same encoding).
const PY_DRIVER: &str = r#"
import os, sys, tempfile

def pattern(k, n):
    return bytes(10 if (i + k) % 13 == 12 else 97 + (k * 7 + i) % 26 for i in range(n))

def fnv(b):
    h = 0xcbf29ce484222325
    for c in b:
        h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

def enc(b):
    return "b%d:%016x" % (len(b), fnv(b))

def run(mode, buffering, prefill, ops, d):
    f = tempfile.NamedTemporaryFile(mode=mode, buffering=buffering, delete=False, dir=d)
    path, fd, b = f.name, f.fileno(), f.file
    if prefill:
        with open(path, "wb") as g:
            g.write(pattern(1000, prefill))
    rows = []
    for k, op in enumerate(ops.split()):
        c, arg = op[0], op[1:]
        n = int(arg) if c in "wr1ilT" else 0
        try:
            if c == "w":
                ret = "i%d" % b.write(pattern(k, n))
            elif c == "r":
                ret = enc(b.read() if n < 0 else b.read(n))
            elif c == "1":
                ret = enc(b.read1() if n < 0 else b.read1(n))
            elif c == "i":
                buf = bytearray(n)
                ret = enc(bytes(buf[:b.readinto(buf)]))
            elif c == "l":
                ret = enc(b.readline() if n < 0 else b.readline(n))
            elif c == "s":
                o, w = arg.split(",")
                ret = "i%d" % b.seek(int(o), int(w))
            elif c == "t":
                ret = "i%d" % b.tell()
            elif c == "T":
                ret = "i%d" % (b.truncate() if n < 0 else b.truncate(n))
            elif c == "f":
                b.flush()
                ret = "n"
            elif c == "c":
                b.close()
                ret = "n"
        except Exception as e:
            ret = "E%s:%s" % (type(e).__name__, e)
        with open(path, "rb") as g:
            disk = g.read()
        off = "-" if b.closed else str(os.lseek(fd, 0, os.SEEK_CUR))
        rows.append("%s|%d:%016x|%s" % (ret, len(disk), fnv(disk), off))
    if not b.closed:
        b.close()
    os.unlink(path)
    return rows

d = tempfile.mkdtemp(prefix="pytempfile-buffered-")
for line in sys.stdin:
    line = line.strip()
    if line:
        head, ops = line.split(" : ")
        m, bf, p = head.split()
        print("= " + line)
        for row in run(m, int(bf), int(p), ops, d):
            print(row)
os.rmdir(d)
"#;

// ---------------------------------------------------------------------------------------------
// The expectations (CPython 3.13.0; `~`: 3.10.13/3.11.7/3.12.1 where they differ)
// ---------------------------------------------------------------------------------------------

const CORPUS: &str = r"
# Hand-written sequences
= w+b -1 0 : w10 r0 t r5 s0,0 r-1 c
w10 i10|0:cbf29ce484222325|0
r0 b0:cbf29ce484222325|0:cbf29ce484222325|0
t i10|0:cbf29ce484222325|0
r5 b0:cbf29ce484222325|10:b9bbc7aa22d79212|10
s0,0 i0|10:b9bbc7aa22d79212|0
r-1 b10:b9bbc7aa22d79212|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 r0 r1 t f t c
w10 i10|0:cbf29ce484222325|0
r0 b0:cbf29ce484222325|0:cbf29ce484222325|0
r1 b0:cbf29ce484222325|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
f n|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 1-1 r-1 t c
w10 i10|0:cbf29ce484222325|0
1-1 b0:cbf29ce484222325|10:b9bbc7aa22d79212|10 ~! b0:cbf29ce484222325|0:cbf29ce484222325|0
r-1 b0:cbf29ce484222325|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 i0 t c
w10 i10|0:cbf29ce484222325|0
i0 b0:cbf29ce484222325|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 i5 t c
w10 i10|0:cbf29ce484222325|0
i5 b0:cbf29ce484222325|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 l-1 t c
w10 i10|0:cbf29ce484222325|0
l-1 b0:cbf29ce484222325|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 l0 t c
w10 i10|0:cbf29ce484222325|0
l0 b0:cbf29ce484222325|0:cbf29ce484222325|0
t i10|0:cbf29ce484222325|0
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 s0,1 t c
w10 i10|0:cbf29ce484222325|0
s0,1 i10|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 s0,0 t r3 w2 t s0,0 r-1 c
w10 i10|0:cbf29ce484222325|0
s0,0 i0|10:b9bbc7aa22d79212|0
t i0|10:b9bbc7aa22d79212|0
r3 b3:e71fa2190541574b|10:b9bbc7aa22d79212|10
w2 i2|10:b9bbc7aa22d79212|10
t i5|10:b9bbc7aa22d79212|10
s0,0 i0|10:b9bbc7aa22d79212|10
r-1 b10:b8228ee3f18ba746|10:b8228ee3f18ba746|10
c n|10:b8228ee3f18ba746|-
= w+b -1 0 : w10 s0,2 t c
w10 i10|0:cbf29ce484222325|0
s0,2 i10|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 s5,0 w3 t s0,0 r-1 c
w10 i10|0:cbf29ce484222325|0
s5,0 i5|10:b9bbc7aa22d79212|5
w3 i3|10:b9bbc7aa22d79212|5
t i8|10:b9bbc7aa22d79212|5
s0,0 i0|10:69eef4d537557ff9|0
r-1 b10:69eef4d537557ff9|10:69eef4d537557ff9|10
c n|10:69eef4d537557ff9|-
= w+b -1 0 : w10 T-1 t c
w10 i10|0:cbf29ce484222325|0
T-1 i10|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 T4 t r-1 c
w10 i10|0:cbf29ce484222325|0
T4 i4|4:fc179f83ee0724dd|10
t i10|4:fc179f83ee0724dd|10
r-1 b0:cbf29ce484222325|4:fc179f83ee0724dd|10
c n|4:fc179f83ee0724dd|-
= w+b -1 0 : w0 t w1 t w4095 t w1 t c
w0 i0|0:cbf29ce484222325|0
t i0|0:cbf29ce484222325|0
w1 i1|0:cbf29ce484222325|0
t i1|0:cbf29ce484222325|0
w4095 i4095|0:cbf29ce484222325|0
t i4096|0:cbf29ce484222325|0
w1 i1|4096:4e3c7e6a37ae2264|4096 ~3.14+ i1|0:cbf29ce484222325|0
t i4097|4096:4e3c7e6a37ae2264|4096 ~3.14+ i4097|0:cbf29ce484222325|0
c n|4097:9eece37c9ce3e9af|-
= w+b -1 0 : w4096 t w1 t c
w4096 i4096|4096:a919ebee0ec9bcf9|4096 ~ i4096|0:cbf29ce484222325|0 ~3.14+ i4096|0:cbf29ce484222325|0
t i4096|4096:a919ebee0ec9bcf9|4096 ~ i4096|0:cbf29ce484222325|0 ~3.14+ i4096|0:cbf29ce484222325|0
w1 i1|4096:a919ebee0ec9bcf9|4096 ~3.14+ i1|0:cbf29ce484222325|0
t i4097|4096:a919ebee0ec9bcf9|4096 ~3.14+ i4097|0:cbf29ce484222325|0
c n|4097:20c87b8320cb72e2|-
= w+b -1 0 : w4095 w2 t c
w4095 i4095|0:cbf29ce484222325|0
w2 i2|4095:f22710a55430b8cd|4095 ~3.14+ i2|0:cbf29ce484222325|0
t i4097|4095:f22710a55430b8cd|4095 ~3.14+ i4097|0:cbf29ce484222325|0
c n|4097:20cf818320d19bc2|-
= w+b -1 0 : w5000 t w5 t w8192 t c
w5000 i5000|5000:762905793edf466d|5000 ~3.14+ i5000|0:cbf29ce484222325|0
t i5000|5000:762905793edf466d|5000 ~3.14+ i5000|0:cbf29ce484222325|0
w5 i5|5000:762905793edf466d|5000 ~3.14+ i5|0:cbf29ce484222325|0
t i5005|5000:762905793edf466d|5000 ~3.14+ i5005|0:cbf29ce484222325|0
w8192 i8192|13197:774c79381196e6b1|13197 ~3.14+ i8192|0:cbf29ce484222325|0
t i13197|13197:774c79381196e6b1|13197 ~3.14+ i13197|0:cbf29ce484222325|0
c n|13197:774c79381196e6b1|-
= w+b -1 0 : w100 w4096 t c
w100 i100|0:cbf29ce484222325|0
w4096 i4096|4196:cb55bd7bd846fb37|4196 ~ i4096|100:8bee58973b109489|100 ~3.14+ i4096|0:cbf29ce484222325|0
t i4196|4196:cb55bd7bd846fb37|4196 ~ i4196|100:8bee58973b109489|100 ~3.14+ i4196|0:cbf29ce484222325|0
c n|4196:cb55bd7bd846fb37|-
= w+b -1 0 : w100 w4097 t c
w100 i100|0:cbf29ce484222325|0
w4097 i4097|4197:c9ac3a70809cef73|4197 ~3.14+ i4097|0:cbf29ce484222325|0
t i4197|4197:c9ac3a70809cef73|4197 ~3.14+ i4197|0:cbf29ce484222325|0
c n|4197:c9ac3a70809cef73|-
= w+b -1 0 : w100 w3996 w1 t c
w100 i100|0:cbf29ce484222325|0
w3996 i3996|0:cbf29ce484222325|0
w1 i1|4096:4673196e7244c5af|4096 ~3.14+ i1|0:cbf29ce484222325|0
t i4097|4096:4673196e7244c5af|4096 ~3.14+ i4097|0:cbf29ce484222325|0
c n|4097:fa59f6ac2adc0540|-
= w+b -1 10000 : r5 t s0,0 r4096 t r1 t r-1 t c
r5 b5:55a6da363c6d4259|10000:0cac2c6e1b5009ce|4096 ~3.14+ b5:55a6da363c6d4259|10000:0cac2c6e1b5009ce|10000
t i5|10000:0cac2c6e1b5009ce|4096 ~3.14+ i5|10000:0cac2c6e1b5009ce|10000
s0,0 i0|10000:0cac2c6e1b5009ce|4096 ~3.14+ i0|10000:0cac2c6e1b5009ce|10000
r4096 b4096:2aeb98487abbd03d|10000:0cac2c6e1b5009ce|4096 ~3.14+ b4096:2aeb98487abbd03d|10000:0cac2c6e1b5009ce|10000
t i4096|10000:0cac2c6e1b5009ce|4096 ~3.14+ i4096|10000:0cac2c6e1b5009ce|10000
r1 b1:af63e84c860200f0|10000:0cac2c6e1b5009ce|8192 ~3.14+ b1:af63e84c860200f0|10000:0cac2c6e1b5009ce|10000
t i4097|10000:0cac2c6e1b5009ce|8192 ~3.14+ i4097|10000:0cac2c6e1b5009ce|10000
r-1 b5903:f4dc525d24c4a93d|10000:0cac2c6e1b5009ce|10000
t i10000|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r5000 t s100,0 t r1 c
r5000 b5000:064c2df545412938|10000:0cac2c6e1b5009ce|8192 ~3.14+ b5000:064c2df545412938|10000:0cac2c6e1b5009ce|10000
t i5000|10000:0cac2c6e1b5009ce|8192 ~3.14+ i5000|10000:0cac2c6e1b5009ce|10000
s100,0 i100|10000:0cac2c6e1b5009ce|100 ~3.14+ i100|10000:0cac2c6e1b5009ce|10000
t i100|10000:0cac2c6e1b5009ce|100 ~3.14+ i100|10000:0cac2c6e1b5009ce|10000
r1 b1:af63de4c8601eff2|10000:0cac2c6e1b5009ce|4196 ~3.14+ b1:af63de4c8601eff2|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r8192 t r1 c
r8192 b8192:1f68e553f20ab853|10000:0cac2c6e1b5009ce|8192 ~3.14+ b8192:1f68e553f20ab853|10000:0cac2c6e1b5009ce|10000
t i8192|10000:0cac2c6e1b5009ce|8192 ~3.14+ i8192|10000:0cac2c6e1b5009ce|10000
r1 b1:af63e44c8601fa24|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r8193 t c
r8193 b8193:69f5e7a448370a8e|10000:0cac2c6e1b5009ce|10000
t i8193|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r4095 t r2 t c
r4095 b4095:210582d1160e8e45|10000:0cac2c6e1b5009ce|4096 ~3.14+ b4095:210582d1160e8e45|10000:0cac2c6e1b5009ce|10000
t i4095|10000:0cac2c6e1b5009ce|4096 ~3.14+ i4095|10000:0cac2c6e1b5009ce|10000
r2 b2:08544f07b507f578|10000:0cac2c6e1b5009ce|8192 ~3.14+ b2:08544f07b507f578|10000:0cac2c6e1b5009ce|10000
t i4097|10000:0cac2c6e1b5009ce|8192 ~3.14+ i4097|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r10 w5 t r5 t s0,0 r20 f t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
w5 i5|10000:0cac2c6e1b5009ce|4096 ~3.14+ i5|10000:0cac2c6e1b5009ce|10000
t i15|10000:0cac2c6e1b5009ce|4096 ~3.14+ i15|10000:0cac2c6e1b5009ce|10000
r5 b5:baff794c729d0e75|10000:0cac2c6e1b5009ce|4096 ~3.14+ b5:baff794c729d0e75|10000:0cac2c6e1b5009ce|10000
t i20|10000:0cac2c6e1b5009ce|4096 ~3.14+ i20|10000:0cac2c6e1b5009ce|10000
s0,0 i0|10000:0cac2c6e1b5009ce|4096 ~3.14+ i0|10000:0cac2c6e1b5009ce|10000
r20 b20:09fc30b8db862ecd|10000:0cac2c6e1b5009ce|4096 ~3.14+ b20:09fc30b8db862ecd|10000:0cac2c6e1b5009ce|10000
f n|10000:623a69047251f6d1|20
t i20|10000:623a69047251f6d1|20
c n|10000:623a69047251f6d1|-
= w+b -1 10000 : r10 w5 s-3,1 t r1 c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
w5 i5|10000:0cac2c6e1b5009ce|4096 ~3.14+ i5|10000:0cac2c6e1b5009ce|10000
s-3,1 i12|10000:0cac2c6e1b5009ce|4096 ~3.14+ i12|10000:0cac2c6e1b5009ce|10000
t i12|10000:0cac2c6e1b5009ce|4096 ~3.14+ i12|10000:0cac2c6e1b5009ce|10000
r1 b1:af63e74c8601ff3d|10000:0cac2c6e1b5009ce|4096 ~3.14+ b1:af63e74c8601ff3d|10000:0cac2c6e1b5009ce|10000
c n|10000:623a69047251f6d1|-
= w+b -1 10000 : r10 s4095,0 t s4096,0 t s4097,0 t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
s4095,0 i4095|10000:0cac2c6e1b5009ce|4096 ~3.14+ i4095|10000:0cac2c6e1b5009ce|10000
t i4095|10000:0cac2c6e1b5009ce|4096 ~3.14+ i4095|10000:0cac2c6e1b5009ce|10000
s4096,0 i4096|10000:0cac2c6e1b5009ce|4096 ~3.14+ i4096|10000:0cac2c6e1b5009ce|10000
t i4096|10000:0cac2c6e1b5009ce|4096 ~3.14+ i4096|10000:0cac2c6e1b5009ce|10000
s4097,0 i4097|10000:0cac2c6e1b5009ce|4097 ~3.14+ i4097|10000:0cac2c6e1b5009ce|10000
t i4097|10000:0cac2c6e1b5009ce|4097 ~3.14+ i4097|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r10 s-10,1 t s-11,1 t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
s-10,1 i0|10000:0cac2c6e1b5009ce|4096 ~3.14+ i0|10000:0cac2c6e1b5009ce|10000
t i0|10000:0cac2c6e1b5009ce|4096 ~3.14+ i0|10000:0cac2c6e1b5009ce|10000
s-11,1 EOSError:[Errno 22] Invalid argument|10000:0cac2c6e1b5009ce|4096 ~3.14+ EOSError:[Errno 22] Invalid argument|10000:0cac2c6e1b5009ce|10000
t i0|10000:0cac2c6e1b5009ce|4096 ~3.14+ i0|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r10 s-20,1 t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
s-20,1 EOSError:[Errno 22] Invalid argument|10000:0cac2c6e1b5009ce|4096 ~3.14+ EOSError:[Errno 22] Invalid argument|10000:0cac2c6e1b5009ce|10000
t i10|10000:0cac2c6e1b5009ce|4096 ~3.14+ i10|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r10 s-5,2 t r-1 c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
s-5,2 i9995|10000:0cac2c6e1b5009ce|9995
t i9995|10000:0cac2c6e1b5009ce|9995
r-1 b5:33b2c29de8218ea3|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r10 1-1 t 1-1 t 15000 t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
1-1 b4086:38fe12c501bd0d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b9990:fdb4c349fd9b7efc|10000:0cac2c6e1b5009ce|10000
t i4096|10000:0cac2c6e1b5009ce|4096 ~3.14+ i10000|10000:0cac2c6e1b5009ce|10000
1-1 b4096:2390377d24ac1e7b|10000:0cac2c6e1b5009ce|8192 ~3.14+ b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|10000
t i8192|10000:0cac2c6e1b5009ce|8192 ~3.14+ i10000|10000:0cac2c6e1b5009ce|10000
15000 b1808:955843f313110490|10000:0cac2c6e1b5009ce|10000 ~3.14+ b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|10000
t i10000|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : 1100 t 15000 t 1-1 t c
1100 b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|100
t i100|10000:0cac2c6e1b5009ce|100
15000 b5000:06e3769c3ce0ae2c|10000:0cac2c6e1b5009ce|5100
t i5100|10000:0cac2c6e1b5009ce|5100
1-1 b4096:26b9fa89479db6a8|10000:0cac2c6e1b5009ce|9196 ~3.14+ b4900:f642ee092d79ad53|10000:0cac2c6e1b5009ce|10000
t i9196|10000:0cac2c6e1b5009ce|9196 ~3.14+ i10000|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : w5 1100 t f t c
w5 i5|10000:0cac2c6e1b5009ce|0
1100 b100:9177204baca608f9|10000:688a094d62f9075d|105 ~! b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|100
t i105|10000:688a094d62f9075d|105 ~ i105|10000:0cac2c6e1b5009ce|100
f n|10000:688a094d62f9075d|105 ~ n|10000:97c36b013c82dde1|105
t i105|10000:688a094d62f9075d|105 ~ i105|10000:97c36b013c82dde1|105
c n|10000:688a094d62f9075d|- ~ n|10000:97c36b013c82dde1|-
= w+b -1 10000 : i10 t i4096 t i4097 t i5000 t c
i10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
t i10|10000:0cac2c6e1b5009ce|4096 ~3.14+ i10|10000:0cac2c6e1b5009ce|10000
i4096 b4096:7e0c01ff3b7e28a4|10000:0cac2c6e1b5009ce|8192 ~3.14+ b4096:7e0c01ff3b7e28a4|10000:0cac2c6e1b5009ce|10000
t i4106|10000:0cac2c6e1b5009ce|8192 ~3.14+ i4106|10000:0cac2c6e1b5009ce|10000
i4097 b4097:64f00d561dc502ac|10000:0cac2c6e1b5009ce|10000
t i8203|10000:0cac2c6e1b5009ce|10000
i5000 b1797:d65f30e855916916|10000:0cac2c6e1b5009ce|10000
t i10000|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : i0 t r1 i0 t c
i0 b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|0
t i0|10000:0cac2c6e1b5009ce|0
r1 b1:af63c74c8601c8dd|10000:0cac2c6e1b5009ce|4096 ~3.14+ b1:af63c74c8601c8dd|10000:0cac2c6e1b5009ce|10000
i0 b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|4096 ~3.14+ b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|10000
t i1|10000:0cac2c6e1b5009ce|4096 ~3.14+ i1|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : l-1 t l5 t l0 t l100 t c
l-1 b1:af63c74c8601c8dd|10000:0cac2c6e1b5009ce|4096 ~3.14+ b1:af63c74c8601c8dd|10000:0cac2c6e1b5009ce|10000
t i1|10000:0cac2c6e1b5009ce|4096 ~3.14+ i1|10000:0cac2c6e1b5009ce|10000
l5 b5:d632e1ab817b0037|10000:0cac2c6e1b5009ce|4096 ~3.14+ b5:d632e1ab817b0037|10000:0cac2c6e1b5009ce|10000
t i6|10000:0cac2c6e1b5009ce|4096 ~3.14+ i6|10000:0cac2c6e1b5009ce|10000
l0 b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|4096 ~3.14+ b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|10000
t i6|10000:0cac2c6e1b5009ce|4096 ~3.14+ i6|10000:0cac2c6e1b5009ce|10000
l100 b8:b3e612a60e3a4f23|10000:0cac2c6e1b5009ce|4096 ~3.14+ b8:b3e612a60e3a4f23|10000:0cac2c6e1b5009ce|10000
t i14|10000:0cac2c6e1b5009ce|4096 ~3.14+ i14|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : w3 l-1 t c
w3 i3|10000:0cac2c6e1b5009ce|0
l-1 b11:b740d11c8766a860|10000:cb5e7e6d1c290c1d|4099 ~3.14+ b11:b740d11c8766a860|10000:cb5e7e6d1c290c1d|10000
t i14|10000:cb5e7e6d1c290c1d|4099 ~3.14+ i14|10000:cb5e7e6d1c290c1d|10000
c n|10000:cb5e7e6d1c290c1d|-
= w+b -1 10000 : r10 T-1 t r-1 c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
T-1 i10|10:7f56b971bf9a5d5f|10
t i10|10:7f56b971bf9a5d5f|10
r-1 b0:cbf29ce484222325|10:7f56b971bf9a5d5f|10
c n|10:7f56b971bf9a5d5f|-
= w+b -1 10000 : r10 T50 t r-1 c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
T50 i50|50:cc6bace3e253bc86|10
t i10|50:cc6bace3e253bc86|10
r-1 b40:a5e4660b1f4e0e74|50:cc6bace3e253bc86|50
c n|50:cc6bace3e253bc86|-
= w+b -1 10000 : r10 f t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
f n|10000:0cac2c6e1b5009ce|10
t i10|10000:0cac2c6e1b5009ce|10
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r10 c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r10 w5 c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
w5 i5|10000:0cac2c6e1b5009ce|4096 ~3.14+ i5|10000:0cac2c6e1b5009ce|10000
c n|10000:623a69047251f6d1|-
= w+b -1 10000 : w5 r10 t c
w5 i5|10000:0cac2c6e1b5009ce|0
r10 b10:359ab8ddd0f45690|10000:688a094d62f9075d|4101 ~3.14+ b10:359ab8ddd0f45690|10000:688a094d62f9075d|10000
t i15|10000:688a094d62f9075d|4101 ~3.14+ i15|10000:688a094d62f9075d|10000
c n|10000:688a094d62f9075d|-
= w+b -1 10000 : r10 w4090 t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
w4090 i4090|10000:0cac2c6e1b5009ce|10 ~3.14+ i4090|10000:0cac2c6e1b5009ce|10000
t i4100|10000:0cac2c6e1b5009ce|10 ~3.14+ i4100|10000:0cac2c6e1b5009ce|10000
c n|10000:d3f5febc0b2df44e|-
= w+b -1 10000 : r10 w4086 t w1 t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
w4086 i4086|10000:0cac2c6e1b5009ce|4096 ~3.14+ i4086|10000:0cac2c6e1b5009ce|10000
t i4096|10000:0cac2c6e1b5009ce|4096 ~3.14+ i4096|10000:0cac2c6e1b5009ce|10000
w1 i1|10000:5ab675562d8e41f2|4096 ~3.14+ i1|10000:0cac2c6e1b5009ce|10000
t i4097|10000:5ab675562d8e41f2|4096 ~3.14+ i4097|10000:0cac2c6e1b5009ce|10000
c n|10000:3aa7f2d67b8b47fd|-
= w+b -1 10000 : r10 w5000 t c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
w5000 i5000|10000:3de9c67591a10d88|5010 ~3.14+ i5000|10000:0cac2c6e1b5009ce|10000
t i5010|10000:3de9c67591a10d88|5010 ~3.14+ i5010|10000:0cac2c6e1b5009ce|10000
c n|10000:3de9c67591a10d88|-
= w+b -1 10000 : r-1 t s-5,1 t r-1 c
r-1 b10000:0cac2c6e1b5009ce|10000:0cac2c6e1b5009ce|10000
t i10000|10000:0cac2c6e1b5009ce|10000
s-5,1 i9995|10000:0cac2c6e1b5009ce|9995
t i9995|10000:0cac2c6e1b5009ce|9995
r-1 b5:33b2c29de8218ea3|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : s20000,0 w5 t r1 t c
s20000,0 i20000|10000:0cac2c6e1b5009ce|20000
w5 i5|10000:0cac2c6e1b5009ce|20000
t i20005|10000:0cac2c6e1b5009ce|20000
r1 b0:cbf29ce484222325|20005:f4aba2037b279a06|20005
t i20005|20005:f4aba2037b279a06|20005
c n|20005:f4aba2037b279a06|-
= w+b -1 0 : s-1,0 t w1 s-1,1 t s-5,1 t c
s-1,0 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|0
t i0|0:cbf29ce484222325|0
w1 i1|0:cbf29ce484222325|0
s-1,1 i0|1:af63e24c8601f6be|0
t i0|1:af63e24c8601f6be|0
s-5,1 EOSError:[Errno 22] Invalid argument|1:af63e24c8601f6be|0
t i0|1:af63e24c8601f6be|0
c n|1:af63e24c8601f6be|-
= w+b -1 0 : c r0 r1 1-1 i1 l-1 w1 s0,0 t T-1 f c
c n|0:cbf29ce484222325|-
r0 EValueError:read of closed file|0:cbf29ce484222325|-
r1 EValueError:read of closed file|0:cbf29ce484222325|-
1-1 EValueError:read of closed file|0:cbf29ce484222325|-
i1 EValueError:readinto of closed file|0:cbf29ce484222325|-
l-1 EValueError:readline of closed file|0:cbf29ce484222325|-
w1 EValueError:write to closed file|0:cbf29ce484222325|-
s0,0 EValueError:seek of closed file|0:cbf29ce484222325|-
t EValueError:I/O operation on closed file|0:cbf29ce484222325|-
T-1 EValueError:truncate of closed file|0:cbf29ce484222325|-
f EValueError:flush of closed file|0:cbf29ce484222325|-
c n|0:cbf29ce484222325|-
= w+b 16 0 : w10 w10 t w16 t w17 t s0,0 r5 t r20 t r-1 c
w10 i10|0:cbf29ce484222325|0
w10 i10|10:b9bbc7aa22d79212|10
t i20|10:b9bbc7aa22d79212|10
w16 i16|36:3e9b8408595c4082|36 ~ i16|20:5b9ebfda8835dbfd|20
t i36|36:3e9b8408595c4082|36 ~ i36|20:5b9ebfda8835dbfd|20
w17 i17|53:294e9bfaa390044f|53
t i53|53:294e9bfaa390044f|53
s0,0 i0|53:294e9bfaa390044f|0
r5 b5:6348c52d762364a8|53:294e9bfaa390044f|16
t i5|53:294e9bfaa390044f|16
r20 b20:3fcc997b94f2b3f4|53:294e9bfaa390044f|32
t i25|53:294e9bfaa390044f|32
r-1 b28:822ac9be14c042f7|53:294e9bfaa390044f|53
c n|53:294e9bfaa390044f|-
= w+b 16 100 : r5 t r40 t r33 t i17 t i16 t c
r5 b5:55a6da363c6d4259|100:68f54eed762c7ec9|16
t i5|100:68f54eed762c7ec9|16
r40 b40:0d0795ad126ee530|100:68f54eed762c7ec9|48
t i45|100:68f54eed762c7ec9|48
r33 b33:b4992a847e492eee|100:68f54eed762c7ec9|80
t i78|100:68f54eed762c7ec9|80
i17 b17:d7d2b18ead14975b|100:68f54eed762c7ec9|96
t i95|100:68f54eed762c7ec9|96
i16 b5:674b5f05f9541ae3|100:68f54eed762c7ec9|100
t i100|100:68f54eed762c7ec9|100
c n|100:68f54eed762c7ec9|-
= w+b 17 100 : r5 t r40 t r34 t c
r5 b5:55a6da363c6d4259|100:68f54eed762c7ec9|17
t i5|100:68f54eed762c7ec9|17
r40 b40:0d0795ad126ee530|100:68f54eed762c7ec9|51
t i45|100:68f54eed762c7ec9|51
r34 b34:29722322965aad6c|100:68f54eed762c7ec9|85
t i79|100:68f54eed762c7ec9|85
c n|100:68f54eed762c7ec9|-
= w+b 2 100 : r1 t r3 t w1 t r1 c
r1 b1:af63c74c8601c8dd|100:68f54eed762c7ec9|2
t i1|100:68f54eed762c7ec9|2
r3 b3:33732a1930068410|100:68f54eed762c7ec9|4
t i4|100:68f54eed762c7ec9|4
w1 i1|100:68f54eed762c7ec9|4
t i5|100:68f54eed762c7ec9|4
r1 b1:af63e14c8601f50b|100:3465d99a34168881|7
c n|100:3465d99a34168881|-
= r+b -1 100 : r10 w5 t s0,0 r-1 c
r10 b10:7f56b971bf9a5d5f|100:68f54eed762c7ec9|100
w5 i5|100:68f54eed762c7ec9|100
t i15|100:68f54eed762c7ec9|100
s0,0 i0|100:68f54eed762c7ec9|100
r-1 b100:8b6ee88d24a3347e|100:8b6ee88d24a3347e|100
c n|100:8b6ee88d24a3347e|-
= rb -1 10000 : r10 t s0,0 r5 t r5000 t f t w1 T-1 c T-1 f w1 r1 c
r10 b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:7f56b971bf9a5d5f|10000:0cac2c6e1b5009ce|10000
t i10|10000:0cac2c6e1b5009ce|4096 ~3.14+ i10|10000:0cac2c6e1b5009ce|10000
s0,0 i0|10000:0cac2c6e1b5009ce|4096 ~3.14+ i0|10000:0cac2c6e1b5009ce|10000
r5 b5:55a6da363c6d4259|10000:0cac2c6e1b5009ce|4096 ~3.14+ b5:55a6da363c6d4259|10000:0cac2c6e1b5009ce|10000
t i5|10000:0cac2c6e1b5009ce|4096 ~3.14+ i5|10000:0cac2c6e1b5009ce|10000
r5000 b5000:f1724a01248af62d|10000:0cac2c6e1b5009ce|8192 ~3.14+ b5000:f1724a01248af62d|10000:0cac2c6e1b5009ce|10000
t i5005|10000:0cac2c6e1b5009ce|8192 ~3.14+ i5005|10000:0cac2c6e1b5009ce|10000
f n|10000:0cac2c6e1b5009ce|8192 ~3.14+ n|10000:0cac2c6e1b5009ce|10000
t i5005|10000:0cac2c6e1b5009ce|8192 ~3.14+ i5005|10000:0cac2c6e1b5009ce|10000
w1 EUnsupportedOperation:write|10000:0cac2c6e1b5009ce|8192 ~3.14+ EUnsupportedOperation:write|10000:0cac2c6e1b5009ce|10000
T-1 EUnsupportedOperation:truncate|10000:0cac2c6e1b5009ce|8192 ~3.14+ EUnsupportedOperation:truncate|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
T-1 EValueError:truncate of closed file|10000:0cac2c6e1b5009ce|-
f EValueError:I/O operation on closed file.|10000:0cac2c6e1b5009ce|-
w1 EUnsupportedOperation:write|10000:0cac2c6e1b5009ce|-
r1 EValueError:read of closed file|10000:0cac2c6e1b5009ce|-
c n|10000:0cac2c6e1b5009ce|-
= rb 16 100 : r5 s-5,1 t s-6,1 t r-1 t s0,2 t l-1 t c
r5 b5:55a6da363c6d4259|100:68f54eed762c7ec9|16
s-5,1 i0|100:68f54eed762c7ec9|16
t i0|100:68f54eed762c7ec9|16
s-6,1 EOSError:[Errno 22] Invalid argument|100:68f54eed762c7ec9|16
t i0|100:68f54eed762c7ec9|16
r-1 b100:68f54eed762c7ec9|100:68f54eed762c7ec9|100
t i100|100:68f54eed762c7ec9|100
s0,2 i100|100:68f54eed762c7ec9|100
t i100|100:68f54eed762c7ec9|100
l-1 b0:cbf29ce484222325|100:68f54eed762c7ec9|100
t i100|100:68f54eed762c7ec9|100
c n|100:68f54eed762c7ec9|-
= wb -1 0 : w10 t r1 1-1 i1 l-1 s0,0 t w5 t T-1 t s0,1 t f c w1 r1 s0,0 f T-1 t
w10 i10|0:cbf29ce484222325|0
t i10|0:cbf29ce484222325|0
r1 EUnsupportedOperation:read|0:cbf29ce484222325|0
1-1 EUnsupportedOperation:read1|0:cbf29ce484222325|0
i1 EUnsupportedOperation:read|0:cbf29ce484222325|0
l-1 EUnsupportedOperation:read|0:cbf29ce484222325|0
s0,0 i0|10:b9bbc7aa22d79212|0
t i0|10:b9bbc7aa22d79212|0
w5 i5|10:b9bbc7aa22d79212|0
t i5|10:b9bbc7aa22d79212|0
T-1 i5|5:54bb777d805b09bd|5
t i5|5:54bb777d805b09bd|5
s0,1 i5|5:54bb777d805b09bd|5
t i5|5:54bb777d805b09bd|5
f n|5:54bb777d805b09bd|5
c n|5:54bb777d805b09bd|-
w1 EValueError:write to closed file|5:54bb777d805b09bd|-
r1 EUnsupportedOperation:read|5:54bb777d805b09bd|-
s0,0 EValueError:seek of closed file|5:54bb777d805b09bd|-
f EValueError:flush of closed file|5:54bb777d805b09bd|-
T-1 EValueError:truncate of closed file|5:54bb777d805b09bd|-
t EValueError:I/O operation on closed file|5:54bb777d805b09bd|-
= wb 16 0 : w10 w10 t w16 t w17 t s3,0 w2 t c
w10 i10|0:cbf29ce484222325|0
w10 i10|10:b9bbc7aa22d79212|10
t i20|10:b9bbc7aa22d79212|10
w16 i16|36:3e9b8408595c4082|36 ~ i16|20:5b9ebfda8835dbfd|20
t i36|36:3e9b8408595c4082|36 ~ i36|20:5b9ebfda8835dbfd|20
w17 i17|53:294e9bfaa390044f|53
t i53|53:294e9bfaa390044f|53
s3,0 i3|53:294e9bfaa390044f|3
w2 i2|53:294e9bfaa390044f|3
t i5|53:294e9bfaa390044f|3
c n|53:a502acd226408b53|-
= ab -1 0 : w10 t s0,0 w5 t c
w10 i10|0:cbf29ce484222325|0
t i10|0:cbf29ce484222325|0
s0,0 i0|10:b9bbc7aa22d79212|0
w5 i5|10:b9bbc7aa22d79212|0
t i5|10:b9bbc7aa22d79212|0
c n|10:52bb999957f8d9d5|-
= a+b -1 0 : w10 t s0,0 r5 w5 t c
w10 i10|0:cbf29ce484222325|0
t i10|0:cbf29ce484222325|0
s0,0 i0|10:b9bbc7aa22d79212|0
r5 b5:6348c52d762364a8|10:b9bbc7aa22d79212|10
w5 i5|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:c8cb43f21a84e19d|-
= w+b 1 0 : w10 t c
w10 i10|0:cbf29ce484222325|0
t i10|0:cbf29ce484222325|0
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w0 t f t c
w0 i0|0:cbf29ce484222325|0
t i0|0:cbf29ce484222325|0
f n|0:cbf29ce484222325|0
t i0|0:cbf29ce484222325|0
c n|0:cbf29ce484222325|-
= w+b -1 10000 : r100 s0,0 w10 r10 s0,0 r20 t f t c
r100 b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|4096 ~3.14+ b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|10000
s0,0 i0|10000:0cac2c6e1b5009ce|4096 ~3.14+ i0|10000:0cac2c6e1b5009ce|10000
w10 i10|10000:0cac2c6e1b5009ce|4096 ~3.14+ i10|10000:0cac2c6e1b5009ce|10000
r10 b10:0437ef98e45395a4|10000:0cac2c6e1b5009ce|4096 ~3.14+ b10:0437ef98e45395a4|10000:0cac2c6e1b5009ce|10000
s0,0 i0|10000:0cac2c6e1b5009ce|4096 ~3.14+ i0|10000:0cac2c6e1b5009ce|10000
r20 b20:f3ad7e203b700ecb|10000:0cac2c6e1b5009ce|4096 ~3.14+ b20:f3ad7e203b700ecb|10000:0cac2c6e1b5009ce|10000
t i20|10000:0cac2c6e1b5009ce|4096 ~3.14+ i20|10000:0cac2c6e1b5009ce|10000
f n|10000:16912a82a7f842c7|20
t i20|10000:16912a82a7f842c7|20
c n|10000:16912a82a7f842c7|-
= w+b -1 10000 : r100 w10 s0,1 t c
r100 b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|4096 ~3.14+ b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|10000
w10 i10|10000:0cac2c6e1b5009ce|4096 ~3.14+ i10|10000:0cac2c6e1b5009ce|10000
s0,1 i110|10000:0cac2c6e1b5009ce|4096 ~3.14+ i110|10000:0cac2c6e1b5009ce|10000
t i110|10000:0cac2c6e1b5009ce|4096 ~3.14+ i110|10000:0cac2c6e1b5009ce|10000
c n|10000:d93502177884ec3f|-
= w+b -1 10000 : r100 w10 s-5,1 t s2,1 t r-1 c
r100 b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|4096 ~3.14+ b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|10000
w10 i10|10000:0cac2c6e1b5009ce|4096 ~3.14+ i10|10000:0cac2c6e1b5009ce|10000
s-5,1 i105|10000:0cac2c6e1b5009ce|4096 ~3.14+ i105|10000:0cac2c6e1b5009ce|10000
t i105|10000:0cac2c6e1b5009ce|4096 ~3.14+ i105|10000:0cac2c6e1b5009ce|10000
s2,1 i107|10000:0cac2c6e1b5009ce|4096 ~3.14+ i107|10000:0cac2c6e1b5009ce|10000
t i107|10000:0cac2c6e1b5009ce|4096 ~3.14+ i107|10000:0cac2c6e1b5009ce|10000
r-1 b9893:af0d3d21031d4220|10000:d93502177884ec3f|10000
c n|10000:d93502177884ec3f|-
= w+b -1 10000 : r100 s0,2 t s-100,2 r5 c
r100 b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|4096 ~3.14+ b100:68f54eed762c7ec9|10000:0cac2c6e1b5009ce|10000
s0,2 i10000|10000:0cac2c6e1b5009ce|10000
t i10000|10000:0cac2c6e1b5009ce|10000
s-100,2 i9900|10000:0cac2c6e1b5009ce|9900
r5 b5:6348c52d762364a8|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b -1 10000 : r4096 s-1,1 r1 r1 s-4096,1 t r1 c
r4096 b4096:2aeb98487abbd03d|10000:0cac2c6e1b5009ce|4096 ~3.14+ b4096:2aeb98487abbd03d|10000:0cac2c6e1b5009ce|10000
s-1,1 i4095|10000:0cac2c6e1b5009ce|4095 ~3.14+ i4095|10000:0cac2c6e1b5009ce|10000
r1 b1:af63c74c8601c8dd|10000:0cac2c6e1b5009ce|8191 ~3.14+ b1:af63c74c8601c8dd|10000:0cac2c6e1b5009ce|10000
r1 b1:af63e84c860200f0|10000:0cac2c6e1b5009ce|8191 ~3.14+ b1:af63e84c860200f0|10000:0cac2c6e1b5009ce|10000
s-4096,1 i1|10000:0cac2c6e1b5009ce|1 ~3.14+ i1|10000:0cac2c6e1b5009ce|10000
t i1|10000:0cac2c6e1b5009ce|1 ~3.14+ i1|10000:0cac2c6e1b5009ce|10000
r1 b1:af63e54c8601fbd7|10000:0cac2c6e1b5009ce|4097 ~3.14+ b1:af63e54c8601fbd7|10000:0cac2c6e1b5009ce|10000
c n|10000:0cac2c6e1b5009ce|-
= w+b 16 100 : r10 w10 t r5 t s0,0 r30 c
r10 b10:7f56b971bf9a5d5f|100:68f54eed762c7ec9|16
w10 i10|100:68f54eed762c7ec9|10
t i20|100:68f54eed762c7ec9|10
r5 b5:6348c52d762364a8|100:bab67d83c0848823|36
t i25|100:bab67d83c0848823|36
s0,0 i0|100:bab67d83c0848823|0
r30 b30:b713268cbbfe172e|100:bab67d83c0848823|32
c n|100:bab67d83c0848823|-
= w+b 16 100 : l-1 l-1 l20 l3 l-1 t l0 l1 c
l-1 b1:af63c74c8601c8dd|100:68f54eed762c7ec9|16
l-1 b13:1a9dc7f421bf4cb9|100:68f54eed762c7ec9|16
l20 b13:1eeaaee0271504cd|100:68f54eed762c7ec9|32
l3 b3:33732a1930068410|100:68f54eed762c7ec9|32
l-1 b10:d7a527fd975c97a8|100:68f54eed762c7ec9|48
t i40|100:68f54eed762c7ec9|48
l0 b0:cbf29ce484222325|100:68f54eed762c7ec9|48
l1 b1:af63e84c860200f0|100:68f54eed762c7ec9|48
c n|100:68f54eed762c7ec9|-
= w+b 16 100 : r3 i40 t i17 t i16 t i0 t c
r3 b3:2f6447189cac37d2|100:68f54eed762c7ec9|16
i40 b40:b1e7a17b7cf65d48|100:68f54eed762c7ec9|43
t i43|100:68f54eed762c7ec9|43
i17 b17:87df5035cfa7d662|100:68f54eed762c7ec9|60
t i60|100:68f54eed762c7ec9|60
i16 b16:01fed38b0fe15f53|100:68f54eed762c7ec9|76
t i76|100:68f54eed762c7ec9|76
i0 b0:cbf29ce484222325|100:68f54eed762c7ec9|76
t i76|100:68f54eed762c7ec9|76
c n|100:68f54eed762c7ec9|-
= w+b 16 100 : r3 1-1 t 130 t 15 t 10 t c
r3 b3:2f6447189cac37d2|100:68f54eed762c7ec9|16
1-1 b13:543e606f06a5d1bb|100:68f54eed762c7ec9|16
t i16|100:68f54eed762c7ec9|16
130 b30:6a93c357e114aa2d|100:68f54eed762c7ec9|46
t i46|100:68f54eed762c7ec9|46
15 b5:6348c52d762364a8|100:68f54eed762c7ec9|51
t i51|100:68f54eed762c7ec9|51
10 b0:cbf29ce484222325|100:68f54eed762c7ec9|51
t i51|100:68f54eed762c7ec9|51
c n|100:68f54eed762c7ec9|-
= w+b -1 0 : w100 s50,0 T-1 t r-1 c
w100 i100|0:cbf29ce484222325|0
s50,0 i50|100:8bee58973b109489|50
T-1 i50|50:405c98a0a8349286|50
t i50|50:405c98a0a8349286|50
r-1 b0:cbf29ce484222325|50:405c98a0a8349286|50
c n|50:405c98a0a8349286|-
= w+b -1 0 : w10 T-5 t c
w10 i10|0:cbf29ce484222325|0
T-5 i10|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 s-20,1 t f t c
w10 i10|0:cbf29ce484222325|0
s-20,1 EOSError:[Errno 22] Invalid argument|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
f n|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
c n|10:b9bbc7aa22d79212|-
= w+b -1 0 : w10 s-5,0 t w1 c
w10 i10|0:cbf29ce484222325|0
s-5,0 EOSError:[Errno 22] Invalid argument|10:b9bbc7aa22d79212|10
t i10|10:b9bbc7aa22d79212|10
w1 i1|10:b9bbc7aa22d79212|10
c n|11:71a6aa19344dbfec|-
= w+b 16 0 : w5 w11 t w1 t w15 t w16 t w32 t c
w5 i5|0:cbf29ce484222325|0
w11 i11|0:cbf29ce484222325|0
t i16|0:cbf29ce484222325|0
w1 i1|16:4593f326e6537e7b|16
t i17|16:4593f326e6537e7b|16
w15 i15|16:4593f326e6537e7b|16
t i32|16:4593f326e6537e7b|16
w16 i16|48:aa6be636acd12e06|48 ~ i16|32:c2bed8d720d73e17|32
t i48|48:aa6be636acd12e06|48 ~ i48|32:c2bed8d720d73e17|32
w32 i32|80:fbd2b938ba46c6fc|80
t i80|80:fbd2b938ba46c6fc|80
c n|80:fbd2b938ba46c6fc|-
= w+b 16 0 : w15 w2 t w16 w17 t c
w15 i15|0:cbf29ce484222325|0
w2 i2|15:3325011d31b2f6a2|15
t i17|15:3325011d31b2f6a2|15
w16 i16|33:a09a7662dbd6ff7a|33 ~ i16|17:35d709249412ced5|17
w17 i17|50:6f65e8dc3c21a988|50
t i50|50:6f65e8dc3c21a988|50
c n|50:6f65e8dc3c21a988|-
= wb 16 0 : w16 t w5 w11 t w12 t c
w16 i16|16:9ad7b69b731966d6|16 ~ i16|0:cbf29ce484222325|0
t i16|16:9ad7b69b731966d6|16 ~ i16|0:cbf29ce484222325|0
w5 i5|16:9ad7b69b731966d6|16
w11 i11|16:9ad7b69b731966d6|16
t i32|16:9ad7b69b731966d6|16
w12 i12|32:b76586795709a393|32
t i44|32:b76586795709a393|32
c n|44:f7c83c5d6df422c2|-
= wb -1 0 : w4095 w1 t w4096 t w4097 t c
w4095 i4095|0:cbf29ce484222325|0
w1 i1|0:cbf29ce484222325|0
t i4096|0:cbf29ce484222325|0
w4096 i4096|8192:2497365412afacbf|8192 ~ i4096|4096:a919edee0ec9c05f|4096 ~3.14+ i4096|0:cbf29ce484222325|0
t i8192|8192:2497365412afacbf|8192 ~ i8192|4096:a919edee0ec9c05f|4096 ~3.14+ i8192|0:cbf29ce484222325|0
w4097 i4097|12289:7db8bdd967af5611|12289 ~3.14+ i4097|0:cbf29ce484222325|0
t i12289|12289:7db8bdd967af5611|12289 ~3.14+ i12289|0:cbf29ce484222325|0
c n|12289:7db8bdd967af5611|-
= r+b 16 40 : r5 w3 t r3 t s0,0 r16 t f t c
r5 b5:55a6da363c6d4259|40:74bfea09dc25e58d|16
w3 i3|40:74bfea09dc25e58d|16
t i8|40:74bfea09dc25e58d|16
r3 b3:1a02aa1921c5f101|40:74bfea09dc25e58d|16
t i11|40:74bfea09dc25e58d|16
s0,0 i0|40:74bfea09dc25e58d|16
r16 b16:b6fc91987c42e05a|40:74bfea09dc25e58d|16
t i16|40:74bfea09dc25e58d|16
f n|40:14ca90c9ab0aba39|16
t i16|40:14ca90c9ab0aba39|16
c n|40:14ca90c9ab0aba39|-
= r+b 16 40 : r20 w20 t f t r-1 c
r20 b20:6978bef8f5ee1f4e|40:74bfea09dc25e58d|32
w20 i20|40:1c9733e4e67dca5b|40
t i40|40:1c9733e4e67dca5b|40
f n|40:1c9733e4e67dca5b|40
t i40|40:1c9733e4e67dca5b|40
r-1 b0:cbf29ce484222325|40:1c9733e4e67dca5b|40
c n|40:1c9733e4e67dca5b|-
= rb 16 40 : 1-1 t 15 t r0 t i40 t r-1 t s0,0 l-1 t c
1-1 b16:a59c9f77cb6eafce|40:74bfea09dc25e58d|16
t i16|40:74bfea09dc25e58d|16
15 b5:84dbeb047e155998|40:74bfea09dc25e58d|21
t i21|40:74bfea09dc25e58d|21
r0 b0:cbf29ce484222325|40:74bfea09dc25e58d|21
t i21|40:74bfea09dc25e58d|21
i40 b19:c90d5b633514b345|40:74bfea09dc25e58d|40
t i40|40:74bfea09dc25e58d|40
r-1 b0:cbf29ce484222325|40:74bfea09dc25e58d|40
t i40|40:74bfea09dc25e58d|40
s0,0 i0|40:74bfea09dc25e58d|0
l-1 b1:af63c74c8601c8dd|40:74bfea09dc25e58d|16
t i1|40:74bfea09dc25e58d|16
c n|40:74bfea09dc25e58d|-
= rb -1 9000 : r4097 t r4096 t r-1 t s0,0 i8193 t s1,0 i4096 t c
r4097 b4097:aa240b288d22ea58|9000:9e5510641f9b7190|8192 ~3.14+ b4097:aa240b288d22ea58|9000:9e5510641f9b7190|9000
t i4097|9000:9e5510641f9b7190|8192 ~3.14+ i4097|9000:9e5510641f9b7190|9000
r4096 b4096:71b089f8ea05cc87|9000:9e5510641f9b7190|9000
t i8193|9000:9e5510641f9b7190|9000
r-1 b807:3cd2e87cae7864a9|9000:9e5510641f9b7190|9000
t i9000|9000:9e5510641f9b7190|9000
s0,0 i0|9000:9e5510641f9b7190|0
i8193 b8193:69f5e7a448370a8e|9000:9e5510641f9b7190|8193 ~3.14+ b8193:69f5e7a448370a8e|9000:9e5510641f9b7190|9000
t i8193|9000:9e5510641f9b7190|8193 ~3.14+ i8193|9000:9e5510641f9b7190|9000
s1,0 i1|9000:9e5510641f9b7190|1 ~3.14+ i1|9000:9e5510641f9b7190|9000
i4096 b4096:da22ef4bf9d97b40|9000:9e5510641f9b7190|4097 ~3.14+ b4096:da22ef4bf9d97b40|9000:9e5510641f9b7190|9000
t i4097|9000:9e5510641f9b7190|4097 ~3.14+ i4097|9000:9e5510641f9b7190|9000
c n|9000:9e5510641f9b7190|-
= ab 16 0 : w20 w3 t s0,0 w3 t c
w20 i20|20:4c3d7c88ed687e72|20
w3 i3|20:4c3d7c88ed687e72|20
t i23|20:4c3d7c88ed687e72|20
s0,0 i0|23:b5fb844673a87dbd|0
w3 i3|23:b5fb844673a87dbd|0
t i3|23:b5fb844673a87dbd|0
c n|23:53eaba489bd17bff|-
= a+b 16 0 : w20 s0,0 r5 w3 t s0,2 t c
w20 i20|20:4c3d7c88ed687e72|20
s0,0 i0|20:4c3d7c88ed687e72|0
r5 b5:6348c52d762364a8|20:4c3d7c88ed687e72|16
w3 i3|20:4c3d7c88ed687e72|16
t i8|20:4c3d7c88ed687e72|16
s0,2 i20|20:cc0e26600d366602|20
t i20|20:cc0e26600d366602|20
c n|20:cc0e26600d366602|-
= w+b 5000 12000 : r1 t r5000 t r5001 t w10 t s0,0 t c
r1 b1:af63c74c8601c8dd|12000:5cbcf1fafcc302fd|5000
t i1|12000:5cbcf1fafcc302fd|5000
r5000 b5000:533144e08c79301d|12000:5cbcf1fafcc302fd|10000
t i5001|12000:5cbcf1fafcc302fd|10000
r5001 b5001:6e89080f6afd6669|12000:5cbcf1fafcc302fd|12000
t i10002|12000:5cbcf1fafcc302fd|12000
w10 i10|12000:5cbcf1fafcc302fd|12000
t i10012|12000:5cbcf1fafcc302fd|12000
s0,0 i0|12000:1fe1b9b6c8ead939|0
t i0|12000:1fe1b9b6c8ead939|0
c n|12000:1fe1b9b6c8ead939|-
= w+b 1 0 : w4095 w1 t w4096 t c
w4095 i4095|0:cbf29ce484222325|0
w1 i1|0:cbf29ce484222325|0
t i4096|0:cbf29ce484222325|0
w4096 i4096|8192:2497365412afacbf|8192 ~ i4096|4096:a919edee0ec9c05f|4096 ~3.14+ i4096|0:cbf29ce484222325|0
t i8192|8192:2497365412afacbf|8192 ~ i8192|4096:a919edee0ec9c05f|4096 ~3.14+ i8192|0:cbf29ce484222325|0
c n|8192:2497365412afacbf|-
= wb -1 0 : w10 l0 l1 c l0 l1
w10 i10|0:cbf29ce484222325|0
l0 b0:cbf29ce484222325|0:cbf29ce484222325|0
l1 EUnsupportedOperation:read|0:cbf29ce484222325|0
c n|10:b9bbc7aa22d79212|-
l0 b0:cbf29ce484222325|10:b9bbc7aa22d79212|-
l1 EUnsupportedOperation:read|10:b9bbc7aa22d79212|-
# Random sequences (seeded generators; buffer sizes 2-5000)
= a+b -1 4095 : t r2 w8192 f w5 r5 t f t w2 w13 11 s4097,1 t
t i0|4095:210582d1160e8e45|0
r2 b2:08545c07b5080b8f|4095:210582d1160e8e45|4095
w8192 i8192|8194:129846e081eb2a06|8194 ~3.14+ i8192|4095:210582d1160e8e45|4095
f n|8194:129846e081eb2a06|8194
w5 i5|8194:129846e081eb2a06|8194
r5 b0:cbf29ce484222325|8199:f719c075e395d5fb|8199
t i8199|8199:f719c075e395d5fb|8199
f n|8199:f719c075e395d5fb|8199
t i8199|8199:f719c075e395d5fb|8199
w2 i2|8199:f719c075e395d5fb|8199
w13 i13|8199:f719c075e395d5fb|8199
11 b0:cbf29ce484222325|8214:094df85e17608636|8214 ~! b0:cbf29ce484222325|8199:f719c075e395d5fb|8199
s4097,1 i12311|8214:094df85e17608636|12311
t i12311|8214:094df85e17608636|12311
= w+b 64 0 : w90 w5 165 i63 s128,0 T-1 t
w90 i90|90:d8b8c2c159e84ef5|90
w5 i5|90:d8b8c2c159e84ef5|90
165 b0:cbf29ce484222325|95:79ff7d04e14af667|95 ~! b0:cbf29ce484222325|90:d8b8c2c159e84ef5|90
i63 b0:cbf29ce484222325|95:79ff7d04e14af667|95
s128,0 i128|95:79ff7d04e14af667|128
T-1 i128|128:0f498db973c87385|128
t i128|128:0f498db973c87385|128
= w+b -1 7 : T-1 w13 14095 14095 w4097 w2 t w13 r3 w3 s4096,0 r8195 t
T-1 i0|0:cbf29ce484222325|0
w13 i13|0:cbf29ce484222325|0
14095 b0:cbf29ce484222325|13:193883f4208f65fe|13 ~! b0:cbf29ce484222325|0:cbf29ce484222325|0
14095 b0:cbf29ce484222325|13:193883f4208f65fe|13 ~ b0:cbf29ce484222325|0:cbf29ce484222325|0
w4097 i4097|4110:7312b00336f36357|4110 ~3.14+ i4097|13:193883f4208f65fe|13
w2 i2|4110:7312b00336f36357|4110 ~3.14+ i2|13:193883f4208f65fe|13
t i4112|4110:7312b00336f36357|4110 ~3.14+ i4112|13:193883f4208f65fe|13
w13 i13|4110:7312b00336f36357|4110 ~3.14+ i13|13:193883f4208f65fe|13
r3 b0:cbf29ce484222325|4125:2168c27e5c756699|4125
w3 i3|4125:2168c27e5c756699|4125
s4096,0 i4096|4128:c30638aff923ba78|4096
r8195 b32:b5cacf63a0a6e09a|4128:c30638aff923ba78|4128
t i4128|4128:c30638aff923ba78|4128
= w+b 16 53 : i35 w32 t s0,1 i32 r15 w5 113 w5 r-1 w13 s32,1 r35 t
i35 b35:625251399a434289|53:f8be4e4a409b1385|35
w32 i32|67:35c30ae152a63a64|67
t i67|67:35c30ae152a63a64|67
s0,1 i67|67:35c30ae152a63a64|67
i32 b0:cbf29ce484222325|67:35c30ae152a63a64|67
r15 b0:cbf29ce484222325|67:35c30ae152a63a64|67
w5 i5|67:35c30ae152a63a64|67
113 b0:cbf29ce484222325|72:c914f8f78d1b0cd7|72 ~! b0:cbf29ce484222325|67:35c30ae152a63a64|67
w5 i5|72:c914f8f78d1b0cd7|72 ~ i5|67:35c30ae152a63a64|67
r-1 b0:cbf29ce484222325|77:d5cb1b96ff4f0577|77
w13 i13|77:d5cb1b96ff4f0577|77
s32,1 i122|90:54890f93c3e892ab|122
r35 b0:cbf29ce484222325|90:54890f93c3e892ab|122
t i122|90:54890f93c3e892ab|122
= w+b 64 10000 : w2 r0 i2 w131 s64,1 s1,0 w1 s65,1 w5 1-1 r128 w13 s5,1 w1 t
w2 i2|10000:0cac2c6e1b5009ce|0
r0 b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|0
i2 b2:08b73c07b55c528a|10000:2e346fe815c28137|66
w131 i131|10000:a40d27298352753e|135
s64,1 i199|10000:a40d27298352753e|199
s1,0 i1|10000:a40d27298352753e|1
w1 i1|10000:a40d27298352753e|1
s65,1 i67|10000:7dca4e68cdb082c3|67
w5 i5|10000:7dca4e68cdb082c3|67
1-1 b64:ca7851ed43c17900|10000:859f19a1dc5e15fc|136 ~! b64:2bb02e56228104f1|10000:7dca4e68cdb082c3|131
r128 b128:f020f1394bc1eeee|10000:859f19a1dc5e15fc|264 ~ b128:f020f1394bc1eeee|10000:98e10771c15f0f1d|264
w13 i13|10000:859f19a1dc5e15fc|264 ~ i13|10000:98e10771c15f0f1d|264
s5,1 i282|10000:0752b5ca48c779ce|282 ~ i282|10000:7b764e703fa060eb|282
w1 i1|10000:0752b5ca48c779ce|282 ~ i1|10000:7b764e703fa060eb|282
t i283|10000:0752b5ca48c779ce|282 ~ i283|10000:7b764e703fa060eb|282
= w+b 17 0 : w28 l-1 w17 f w34 i16 w50 w34 s0,0 l-1 w50 T-1 f r18 t
w28 i28|28:a4414efb6ad28b2a|28
l-1 b0:cbf29ce484222325|28:a4414efb6ad28b2a|28
w17 i17|45:5beefba193c4b6f8|45 ~ i17|28:a4414efb6ad28b2a|28
f n|45:5beefba193c4b6f8|45
w34 i34|79:5defbc5e59a0a610|79
i16 b0:cbf29ce484222325|79:5defbc5e59a0a610|79
w50 i50|129:446259467672a2bf|129
w34 i34|163:55302507590d5b1e|163
s0,0 i0|163:55302507590d5b1e|0
l-1 b13:4213d106398b988d|163:55302507590d5b1e|17
w50 i50|163:ac6052057dea3896|63
T-1 i63|63:6e12f2abe5fa1a16|63
f n|63:6e12f2abe5fa1a16|63
r18 b0:cbf29ce484222325|63:6e12f2abe5fa1a16|63
t i63|63:6e12f2abe5fa1a16|63
= w+b -1 4096 : w12287 r4097 w12287 w2 s3,0 s3,1 i3 t w4096 f s4097,1 T8193 r-1 1-1 t
w12287 i12287|12287:970ed38671eb80a2|12287 ~3.14+ i12287|4096:2aeb98487abbd03d|0
r4097 b0:cbf29ce484222325|12287:970ed38671eb80a2|12287
w12287 i12287|24574:dded7d8c1f104843|24574 ~3.14+ i12287|12287:970ed38671eb80a2|12287
w2 i2|24574:dded7d8c1f104843|24574 ~3.14+ i2|12287:970ed38671eb80a2|12287
s3,0 i3|24576:71d9201cfa0d41e8|3
s3,1 i6|24576:71d9201cfa0d41e8|6
i3 b3:d5084a18facb1eb9|24576:71d9201cfa0d41e8|4102 ~3.14+ b3:d5084a18facb1eb9|24576:71d9201cfa0d41e8|24576
t i9|24576:71d9201cfa0d41e8|4102 ~3.14+ i9|24576:71d9201cfa0d41e8|24576
w4096 i4096|24576:f7f6395878de48e2|4105 ~ i4096|24576:71d9201cfa0d41e8|9 ~3.14+ i4096|24576:71d9201cfa0d41e8|24576
f n|24576:f7f6395878de48e2|4105
s4097,1 i8202|24576:f7f6395878de48e2|8202
T8193 i8193|8193:42cf86367b273509|8202
r-1 b0:cbf29ce484222325|8193:42cf86367b273509|8202
1-1 b0:cbf29ce484222325|8193:42cf86367b273509|8202
t i8202|8193:42cf86367b273509|8202
= w+b 17 18 : t f w50 l37 w17 l1 f w0 r17 f l-1 t
t i0|18:cf9ad87019fcd079|0
f n|18:cf9ad87019fcd079|0
w50 i50|50:255033d6db9994fe|50
l37 b0:cbf29ce484222325|50:255033d6db9994fe|50
w17 i17|67:8317508d3b57ed94|67 ~ i17|50:255033d6db9994fe|50
l1 b0:cbf29ce484222325|67:8317508d3b57ed94|67
f n|67:8317508d3b57ed94|67
w0 i0|67:8317508d3b57ed94|67
r17 b0:cbf29ce484222325|67:8317508d3b57ed94|67
f n|67:8317508d3b57ed94|67
l-1 b0:cbf29ce484222325|67:8317508d3b57ed94|67
t i67|67:8317508d3b57ed94|67
= r+b 17 17 : 1-1 s17,1 r13 r0 w16 r1 w3 l-1 t f w17 f r17 t
1-1 b17:d7d2b18ead14975b|17:d7d2b18ead14975b|17
s17,1 i34|17:d7d2b18ead14975b|34
r13 b0:cbf29ce484222325|17:d7d2b18ead14975b|34
r0 b0:cbf29ce484222325|17:d7d2b18ead14975b|34
w16 i16|17:d7d2b18ead14975b|34
r1 b0:cbf29ce484222325|50:995c0f262e06bd30|50
w3 i3|50:995c0f262e06bd30|50
l-1 b0:cbf29ce484222325|53:3f057f3536a4d640|53
t i53|53:3f057f3536a4d640|53
f n|53:3f057f3536a4d640|53
w17 i17|70:9b41c5cfa2df37d4|70 ~ i17|53:3f057f3536a4d640|53
f n|70:9b41c5cfa2df37d4|70
r17 b0:cbf29ce484222325|70:9b41c5cfa2df37d4|70
t i70|70:9b41c5cfa2df37d4|70
= w+b 2 100 : f s0,0 w5 f w2 l-1 12 r1 i5 i13 s1,0 s4,1 f t
f n|100:68f54eed762c7ec9|0
s0,0 i0|100:68f54eed762c7ec9|0
w5 i5|100:974507ba1161e5a0|5
f n|100:974507ba1161e5a0|5
w2 i2|100:921b16da23408498|7 ~ i2|100:974507ba1161e5a0|5
l-1 b7:9886dbe3659a2740|100:921b16da23408498|15
12 b1:af63e84c860200f0|100:921b16da23408498|15
r1 b1:af63eb4c86020609|100:921b16da23408498|17
i5 b5:84dbeb047e155998|100:921b16da23408498|21
i13 b13:b9d924dead6d45f4|100:921b16da23408498|34
s1,0 i1|100:921b16da23408498|1
s4,1 i5|100:921b16da23408498|5
f n|100:921b16da23408498|5
t i5|100:921b16da23408498|5
= a+b 2 1 : s-2,1 r1 w5 t i5 T2 w2 r1 r1 t i2 t
s-2,1 EOSError:[Errno 22] Invalid argument|1:af63c74c8601c8dd|0
r1 b1:af63c74c8601c8dd|1:af63c74c8601c8dd|1
w5 i5|6:e95ea32f04197306|6
t i6|6:e95ea32f04197306|6
i5 b0:cbf29ce484222325|6:e95ea32f04197306|6
T2 i2|2:08545907b5080676|6
w2 i2|8:b9193650d656e7f5|8 ~ i2|2:08545907b5080676|6
r1 b0:cbf29ce484222325|8:b9193650d656e7f5|8
r1 b0:cbf29ce484222325|8:b9193650d656e7f5|8
t i8|8:b9193650d656e7f5|8
i2 b0:cbf29ce484222325|8:b9193650d656e7f5|8
t i8|8:b9193650d656e7f5|8
= w+b 17 17 : w18 134 t w34 T5 w17 r-1 r0 c w41 s0,0 r-1 w3 w0 t
w18 i18|18:d38a7827c2656df5|18
134 b0:cbf29ce484222325|18:d38a7827c2656df5|18
t i18|18:d38a7827c2656df5|18
w34 i34|52:f6309c3225c5c393|52
T5 i5|5:6348c52d762364a8|52
w17 i17|69:5efdb57b2270a6a1|69 ~ i17|5:6348c52d762364a8|52
r-1 b0:cbf29ce484222325|69:5efdb57b2270a6a1|69
r0 b0:cbf29ce484222325|69:5efdb57b2270a6a1|69
c n|69:5efdb57b2270a6a1|-
w41 EValueError:write to closed file|69:5efdb57b2270a6a1|-
s0,0 EValueError:seek of closed file|69:5efdb57b2270a6a1|-
r-1 EValueError:read of closed file|69:5efdb57b2270a6a1|-
w3 EValueError:write to closed file|69:5efdb57b2270a6a1|-
w0 EValueError:write to closed file|69:5efdb57b2270a6a1|-
t EValueError:I/O operation on closed file|69:5efdb57b2270a6a1|-
= a+b 16 17 : i0 i13 t l-1 w0 r2 s1,1 w16 f w16 t
i0 b0:cbf29ce484222325|17:d7d2b18ead14975b|0
i13 b13:564ee9d4f1977681|17:d7d2b18ead14975b|16
t i13|17:d7d2b18ead14975b|16
l-1 b1:af63c74c8601c8dd|17:d7d2b18ead14975b|16
w0 i0|17:d7d2b18ead14975b|16
r2 b2:08c44007b566e3b2|17:d7d2b18ead14975b|16
s1,1 i17|17:d7d2b18ead14975b|17
w16 i16|33:1e22706e1d62859a|33 ~ i16|17:d7d2b18ead14975b|17
f n|33:1e22706e1d62859a|33
w16 i16|49:d731a195dab33abf|49 ~ i16|33:1e22706e1d62859a|33
t i49|49:d731a195dab33abf|49 ~ i49|33:1e22706e1d62859a|33
= w+b 2 0 : f T-1 w2 l-1 T5 s5,1 r13 t t
f n|0:cbf29ce484222325|0
T-1 i0|0:cbf29ce484222325|0
w2 i2|2:08b05607b556600a|2 ~ i2|0:cbf29ce484222325|0
l-1 b0:cbf29ce484222325|2:08b05607b556600a|2
T5 i5|5:b9ade582a50212ae|2
s5,1 i7|5:b9ade582a50212ae|7
r13 b0:cbf29ce484222325|5:b9ade582a50212ae|7
t i7|5:b9ade582a50212ae|7
t i7|5:b9ade582a50212ae|7
= w+b 64 0 : f l-1 w64 w191 r65 t w0 r-1 f s-1,2 r13 f t
f n|0:cbf29ce484222325|0
l-1 b0:cbf29ce484222325|0:cbf29ce484222325|0
w64 i64|64:a1fdaf76bb2b5e9e|64 ~ i64|0:cbf29ce484222325|0
w191 i191|255:e88ce5c7dfda59d8|255
r65 b0:cbf29ce484222325|255:e88ce5c7dfda59d8|255
t i255|255:e88ce5c7dfda59d8|255
w0 i0|255:e88ce5c7dfda59d8|255
r-1 b0:cbf29ce484222325|255:e88ce5c7dfda59d8|255
f n|255:e88ce5c7dfda59d8|255
s-1,2 i254|255:e88ce5c7dfda59d8|254
r13 b1:af63d94c8601e773|255:e88ce5c7dfda59d8|255
f n|255:e88ce5c7dfda59d8|255
t i255|255:e88ce5c7dfda59d8|255
= a+b 64 197 : i191 l-1 r2 s128,1 w128 t w3 w64 s0,1 r2 s3,2 i65 t
i191 b191:8367290843a6d571|197:81472999be4a1e00|191
l-1 b5:ccd7cf2b2eaf8121|197:81472999be4a1e00|197
r2 b1:af63e84c860200f0|197:81472999be4a1e00|197
s128,1 i325|197:81472999be4a1e00|325
w128 i128|453:93c2c6fd6cec6e0f|453
t i453|453:93c2c6fd6cec6e0f|453
w3 i3|453:93c2c6fd6cec6e0f|453
w64 i64|520:56b6130012a50ef8|520 ~ i64|456:f439096c042228f1|456
s0,1 i520|520:56b6130012a50ef8|520
r2 b0:cbf29ce484222325|520:56b6130012a50ef8|520
s3,2 i523|520:56b6130012a50ef8|523
i65 b0:cbf29ce484222325|520:56b6130012a50ef8|523
t i523|520:56b6130012a50ef8|523
= w+b 16 100 : t s3,1 w16 s0,1 r13 s39,0 w0 t r5 t
t i0|100:68f54eed762c7ec9|0
s3,1 i3|100:68f54eed762c7ec9|3
w16 i16|100:d40bfd39d35cf0ce|19 ~ i16|100:68f54eed762c7ec9|3
s0,1 i19|100:d40bfd39d35cf0ce|19
r13 b13:9f2e40aba794a8cc|100:d40bfd39d35cf0ce|35
s39,0 i39|100:d40bfd39d35cf0ce|39
w0 i0|100:d40bfd39d35cf0ce|39
t i39|100:d40bfd39d35cf0ce|39
r5 b5:ae52adc628f16a6d|100:d40bfd39d35cf0ce|55
t i44|100:d40bfd39d35cf0ce|55
= r+b -1 12293 : w0 l8192 w4096 f f s4096,0 s4096,0 s4097,0 t
w0 i0|12293:3cb578345a2f25bd|0
l8192 b1:af63c74c8601c8dd|12293:3cb578345a2f25bd|4096 ~3.14+ b1:af63c74c8601c8dd|12293:3cb578345a2f25bd|12293
w4096 i4096|12293:fb0dc0d041ee58ca|4097 ~ i4096|12293:3cb578345a2f25bd|1 ~3.14+ i4096|12293:3cb578345a2f25bd|12293
f n|12293:fb0dc0d041ee58ca|4097
f n|12293:fb0dc0d041ee58ca|4097
s4096,0 i4096|12293:fb0dc0d041ee58ca|4096
s4096,0 i4096|12293:fb0dc0d041ee58ca|4096
s4097,0 i4097|12293:fb0dc0d041ee58ca|4097
t i4097|12293:fb0dc0d041ee58ca|4097
= a+b 5000 5001 : s-10000,0 w5000 r4999 c r0 t
s-10000,0 EOSError:[Errno 22] Invalid argument|5001:f49b6ec4adb93ed5|0
w5000 i5000|5001:6d7048de0e740fb6|5000 ~ i5000|5001:f49b6ec4adb93ed5|0
r4999 b1:af63e24c8601f6be|5001:6d7048de0e740fb6|5001
c n|5001:6d7048de0e740fb6|-
r0 EValueError:read of closed file|5001:6d7048de0e740fb6|-
t EValueError:I/O operation on closed file|5001:6d7048de0e740fb6|-
= w+b 16 100 : w16 w47 l-1 l2 w15 t
w16 i16|100:ab56e2b1bbf10531|16 ~ i16|100:68f54eed762c7ec9|0
w47 i47|100:059a608d4ec4ea94|63
l-1 b3:89c7641960d742c8|100:059a608d4ec4ea94|79
l2 b2:08c44007b566e3b2|100:059a608d4ec4ea94|79
w15 i15|100:059a608d4ec4ea94|68
t i83|100:059a608d4ec4ea94|68
= wb 17 0 : w17 s34,0 f r50 f t
w17 i17|17:35f1f12494296dc5|17 ~ i17|0:cbf29ce484222325|0
s34,0 i34|17:35f1f12494296dc5|34
f n|17:35f1f12494296dc5|34
r50 EUnsupportedOperation:read|17:35f1f12494296dc5|34
f n|17:35f1f12494296dc5|34
t i34|17:35f1f12494296dc5|34
= wb 16 16 : w17 w16 s-16,0 t w3 t l0 1-1 t
w17 i17|17:35f1f12494296dc5|17
w16 i16|33:99ea9bf8fe255136|33 ~ i16|17:35f1f12494296dc5|17
s-16,0 EOSError:[Errno 22] Invalid argument|33:99ea9bf8fe255136|33
t i33|33:99ea9bf8fe255136|33
w3 i3|33:99ea9bf8fe255136|33
t i36|33:99ea9bf8fe255136|33
l0 b0:cbf29ce484222325|33:99ea9bf8fe255136|33
1-1 EUnsupportedOperation:read1|33:99ea9bf8fe255136|33
t i36|33:99ea9bf8fe255136|33
= w+b 16 100 : s0,0 10 w16 w35 116 t
s0,0 i0|100:68f54eed762c7ec9|0
10 b0:cbf29ce484222325|100:68f54eed762c7ec9|0
w16 i16|100:30972916266924dd|16 ~ i16|100:68f54eed762c7ec9|0
w35 i35|100:41e7a0c59d4675ee|51
116 b16:7f3dc75805f67ad0|100:41e7a0c59d4675ee|67
t i67|100:41e7a0c59d4675ee|67
= w+b 2 7 : s2,0 r5 s5,0 r5 r3 s-4,1 r1 t w2 r5 r2 i0 r-1 r5 t
s2,0 i2|7:aea3f41f139f2686|2
r5 b5:03d64cb20bb46820|7:aea3f41f139f2686|7
s5,0 i5|7:aea3f41f139f2686|5
r5 b2:08ad3b07b553fc52|7:aea3f41f139f2686|7
r3 b0:cbf29ce484222325|7:aea3f41f139f2686|7
s-4,1 i3|7:aea3f41f139f2686|3
r1 b1:af63e74c8601ff3d|7:aea3f41f139f2686|5
t i4|7:aea3f41f139f2686|5
w2 i2|7:053b8e1f44a8a22a|6 ~ i2|7:aea3f41f139f2686|4
r5 b1:af63e04c8601f358|7:053b8e1f44a8a22a|7
r2 b0:cbf29ce484222325|7:053b8e1f44a8a22a|7
i0 b0:cbf29ce484222325|7:053b8e1f44a8a22a|7
r-1 b0:cbf29ce484222325|7:053b8e1f44a8a22a|7
r5 b0:cbf29ce484222325|7:053b8e1f44a8a22a|7
t i7|7:053b8e1f44a8a22a|7
= w+b 2 2 : w2 r-1 w7 i1 c r4 T5 w3 t
w2 i2|2:089c4407b545986a|2 ~ i2|2:08545c07b5080b8f|0
r-1 b0:cbf29ce484222325|2:089c4407b545986a|2
w7 i7|9:2a59ddddcde57ea0|9
i1 b0:cbf29ce484222325|9:2a59ddddcde57ea0|9
c n|9:2a59ddddcde57ea0|-
r4 EValueError:read of closed file|9:2a59ddddcde57ea0|-
T5 EValueError:truncate of closed file|9:2a59ddddcde57ea0|-
w3 EValueError:write to closed file|9:2a59ddddcde57ea0|-
t EValueError:I/O operation on closed file|9:2a59ddddcde57ea0|-
= w+b 2 3 : f f w3 t
f n|3:2f6447189cac37d2|0
f n|3:2f6447189cac37d2|0
w3 i3|3:1a02aa1921c5f101|3
t i3|3:1a02aa1921c5f101|3
= w+b 64 65 : w65 w191 s-1,2 w3 s3,2 r63 w13 c w2 t t
w65 i65|65:44d98c385037e80d|65
w191 i191|256:f940d0660367dfb5|256
s-1,2 i255|256:f940d0660367dfb5|255
w3 i3|256:f940d0660367dfb5|255
s3,2 i261|258:d4c0662b4a411a6c|261
r63 b0:cbf29ce484222325|258:d4c0662b4a411a6c|261
w13 i13|258:d4c0662b4a411a6c|261
c n|274:e670e5241b94dd4a|-
w2 EValueError:write to closed file|274:e670e5241b94dd4a|-
t EValueError:I/O operation on closed file|274:e670e5241b94dd4a|-
t EValueError:I/O operation on closed file|274:e670e5241b94dd4a|-
= wb 16 10000 : l-1 13 t w32 t
l-1 EUnsupportedOperation:read|10000:0cac2c6e1b5009ce|0
13 EUnsupportedOperation:read1|10000:0cac2c6e1b5009ce|0
t i0|10000:0cac2c6e1b5009ce|0
w32 i32|10000:23642878e37594b9|32
t i32|10000:23642878e37594b9|32
= w+b -1 12293 : f r0 s3,1 t s-4096,1 w1 w4095 f t i4097 s4555,1 t
f n|12293:3cb578345a2f25bd|0
r0 b0:cbf29ce484222325|12293:3cb578345a2f25bd|0
s3,1 i3|12293:3cb578345a2f25bd|3
t i3|12293:3cb578345a2f25bd|3
s-4096,1 EOSError:[Errno 22] Invalid argument|12293:3cb578345a2f25bd|3
w1 i1|12293:3cb578345a2f25bd|3
w4095 i4095|12293:3cb578345a2f25bd|3
f n|12293:e1637be72ef7c8c2|4099
t i4099|12293:e1637be72ef7c8c2|4099
i4097 b4097:03a97bd05d12a5c9|12293:e1637be72ef7c8c2|8196 ~3.14+ b4097:03a97bd05d12a5c9|12293:e1637be72ef7c8c2|12293
s4555,1 i12751|12293:e1637be72ef7c8c2|12751
t i12751|12293:e1637be72ef7c8c2|12751
= rb 64 65 : r191 w65 r191 t
r191 b65:3fa915b563821349|65:3fa915b563821349|65
w65 EUnsupportedOperation:write|65:3fa915b563821349|65
r191 b0:cbf29ce484222325|65:3fa915b563821349|65
t i65|65:3fa915b563821349|65
= rb 17 0 : r0 r17 s0,0 s5,1 w17 s34,2 w5 s1,2 l-1 f 10 i0 s1,0 l-1 t
r0 b0:cbf29ce484222325|0:cbf29ce484222325|0
r17 b0:cbf29ce484222325|0:cbf29ce484222325|0
s0,0 i0|0:cbf29ce484222325|0
s5,1 i5|0:cbf29ce484222325|5
w17 EUnsupportedOperation:write|0:cbf29ce484222325|5
s34,2 i34|0:cbf29ce484222325|34
w5 EUnsupportedOperation:write|0:cbf29ce484222325|34
s1,2 i1|0:cbf29ce484222325|1
l-1 b0:cbf29ce484222325|0:cbf29ce484222325|1
f n|0:cbf29ce484222325|1
10 b0:cbf29ce484222325|0:cbf29ce484222325|1
i0 b0:cbf29ce484222325|0:cbf29ce484222325|1
s1,0 i1|0:cbf29ce484222325|1
l-1 b0:cbf29ce484222325|0:cbf29ce484222325|1
t i1|0:cbf29ce484222325|1
= w+b 16 100 : f l-1 w35 w1 T-1 i13 r20 s1,0 r2 w5 i47 s-1,1 r-1 t
f n|100:68f54eed762c7ec9|0
l-1 b1:af63c74c8601c8dd|100:68f54eed762c7ec9|16
w35 i35|100:c01c070cd56e3cda|36
w1 i1|100:c01c070cd56e3cda|36
T-1 i37|37:98ca0e6faf6a6fde|37
i13 b0:cbf29ce484222325|37:98ca0e6faf6a6fde|37
r20 b0:cbf29ce484222325|37:98ca0e6faf6a6fde|37
s1,0 i1|37:98ca0e6faf6a6fde|1
r2 b2:08b05607b556600a|37:98ca0e6faf6a6fde|17
w5 i5|37:98ca0e6faf6a6fde|17
i47 b29:081ad772c0806662|37:f2653659321e369c|37
s-1,1 i36|37:f2653659321e369c|36
r-1 b1:af63eb4c86020609|37:f2653659321e369c|37
t i37|37:f2653659321e369c|37
= w+b 17 0 : c r3 c w16 r2 s34,2 t s33,0 t
c n|0:cbf29ce484222325|-
r3 EValueError:read of closed file|0:cbf29ce484222325|-
c n|0:cbf29ce484222325|-
w16 EValueError:write to closed file|0:cbf29ce484222325|-
r2 EValueError:read of closed file|0:cbf29ce484222325|-
s34,2 EValueError:seek of closed file|0:cbf29ce484222325|-
t EValueError:I/O operation on closed file|0:cbf29ce484222325|-
s33,0 EValueError:seek of closed file|0:cbf29ce484222325|-
t EValueError:I/O operation on closed file|0:cbf29ce484222325|-
= rb 2 10000 : r1 s2,0 l3 1-1 T-1 r1 l7 f w2 t
r1 b1:af63c74c8601c8dd|10000:0cac2c6e1b5009ce|2
s2,0 i2|10000:0cac2c6e1b5009ce|2
l3 b3:2bade2192be0d453|10000:0cac2c6e1b5009ce|6
1-1 b1:af63e14c8601f50b|10000:0cac2c6e1b5009ce|6
T-1 EUnsupportedOperation:truncate|10000:0cac2c6e1b5009ce|6
r1 b1:af63e04c8601f358|10000:0cac2c6e1b5009ce|8
l7 b7:9886dbe3659a2740|10000:0cac2c6e1b5009ce|14
f n|10000:0cac2c6e1b5009ce|14
w2 EUnsupportedOperation:write|10000:0cac2c6e1b5009ce|14
t i14|10000:0cac2c6e1b5009ce|14
= rb 64 10000 : s64,2 T128 s1,1 w1 r64 f w3 i65 s1,1 r13 s189,0 w64 t s5,0 t
s64,2 i10064|10000:0cac2c6e1b5009ce|10064
T128 EUnsupportedOperation:truncate|10000:0cac2c6e1b5009ce|10064
s1,1 i10065|10000:0cac2c6e1b5009ce|10065
w1 EUnsupportedOperation:write|10000:0cac2c6e1b5009ce|10065
r64 b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|10065
f n|10000:0cac2c6e1b5009ce|10065
w3 EUnsupportedOperation:write|10000:0cac2c6e1b5009ce|10065
i65 b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|10065
s1,1 i10066|10000:0cac2c6e1b5009ce|10066
r13 b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|10066
s189,0 i189|10000:0cac2c6e1b5009ce|189
w64 EUnsupportedOperation:write|10000:0cac2c6e1b5009ce|189
t i189|10000:0cac2c6e1b5009ce|189
s5,0 i5|10000:0cac2c6e1b5009ce|5
t i5|10000:0cac2c6e1b5009ce|5
= rb -1 0 : w3 s0,2 w4095 w4096 l-1 w3 w2 w8192 w3 t
w3 EUnsupportedOperation:write|0:cbf29ce484222325|0
s0,2 i0|0:cbf29ce484222325|0
w4095 EUnsupportedOperation:write|0:cbf29ce484222325|0
w4096 EUnsupportedOperation:write|0:cbf29ce484222325|0
l-1 b0:cbf29ce484222325|0:cbf29ce484222325|0
w3 EUnsupportedOperation:write|0:cbf29ce484222325|0
w2 EUnsupportedOperation:write|0:cbf29ce484222325|0
w8192 EUnsupportedOperation:write|0:cbf29ce484222325|0
w3 EUnsupportedOperation:write|0:cbf29ce484222325|0
t i0|0:cbf29ce484222325|0
= rb -1 4095 : r5 w4097 w13 s-4096,1 f f w8195 14096 w1 T-1 s3,1 12 t r5 t
r5 b5:55a6da363c6d4259|4095:210582d1160e8e45|4095
w4097 EUnsupportedOperation:write|4095:210582d1160e8e45|4095
w13 EUnsupportedOperation:write|4095:210582d1160e8e45|4095
s-4096,1 EOSError:[Errno 22] Invalid argument|4095:210582d1160e8e45|4095
f n|4095:210582d1160e8e45|4095
f n|4095:210582d1160e8e45|4095
w8195 EUnsupportedOperation:write|4095:210582d1160e8e45|4095
14096 b4090:30b5eff84c8ca3e1|4095:210582d1160e8e45|4095
w1 EUnsupportedOperation:write|4095:210582d1160e8e45|4095
T-1 EUnsupportedOperation:truncate|4095:210582d1160e8e45|4095
s3,1 i4098|4095:210582d1160e8e45|4098
12 b0:cbf29ce484222325|4095:210582d1160e8e45|4098
t i4098|4095:210582d1160e8e45|4098
r5 b0:cbf29ce484222325|4095:210582d1160e8e45|4098
t i4098|4095:210582d1160e8e45|4098
= wb 64 64 : t s-5,1 w131 r-1 r191 w63 f w0 T0 w128 t r0 t
t i0|64:5d34e90df3dec160|0
s-5,1 EOSError:[Errno 22] Invalid argument|64:5d34e90df3dec160|0
w131 i131|131:a1610bda2ace0004|131
r-1 EUnsupportedOperation:read|131:a1610bda2ace0004|131
r191 EUnsupportedOperation:read|131:a1610bda2ace0004|131
w63 i63|131:a1610bda2ace0004|131
f n|194:ed1a77c932f0026a|194
w0 i0|194:ed1a77c932f0026a|194
T0 i0|0:cbf29ce484222325|194
w128 i128|322:ca9a9a7a63de7184|322
t i322|322:ca9a9a7a63de7184|322
r0 EUnsupportedOperation:read|322:ca9a9a7a63de7184|322
t i322|322:ca9a9a7a63de7184|322
= w+b 5000 0 : r14999 l-1 l-1 w2 t w0 t
r14999 b0:cbf29ce484222325|0:cbf29ce484222325|0
l-1 b0:cbf29ce484222325|0:cbf29ce484222325|0
l-1 b0:cbf29ce484222325|0:cbf29ce484222325|0
w2 i2|0:cbf29ce484222325|0
t i2|0:cbf29ce484222325|0
w0 i0|0:cbf29ce484222325|0
t i2|0:cbf29ce484222325|0
= wb 5000 7 : c w5000 13 t
c n|7:aea3f41f139f2686|-
w5000 EValueError:write to closed file|7:aea3f41f139f2686|-
13 EUnsupportedOperation:read1|7:aea3f41f139f2686|-
t EValueError:I/O operation on closed file|7:aea3f41f139f2686|-
= r+b 17 0 : s34,1 w37 w2 s-28,0 s-17,1 w16 s-17,2 t i5 i0 r0 w0 s-17,1 t
s34,1 i34|0:cbf29ce484222325|34
w37 i37|71:e1ef9d948e0d2122|71
w2 i2|71:e1ef9d948e0d2122|71
s-28,0 EOSError:[Errno 22] Invalid argument|73:826f90daa73b4ac5|73
s-17,1 i56|73:826f90daa73b4ac5|56
w16 i16|73:826f90daa73b4ac5|56
s-17,2 i56|73:67ae526722ba7e96|56
t i56|73:67ae526722ba7e96|56
i5 b5:1745f9a2f85fc051|73:67ae526722ba7e96|73
i0 b0:cbf29ce484222325|73:67ae526722ba7e96|73
r0 b0:cbf29ce484222325|73:67ae526722ba7e96|73
w0 i0|73:67ae526722ba7e96|73
s-17,1 i44|73:67ae526722ba7e96|44
t i44|73:67ae526722ba7e96|44
= a+b 2 10000 : r-1 1-1 f w3 r7 t i4 t w5 i1 r4 w7 w13 w0 t
r-1 b10000:0cac2c6e1b5009ce|10000:0cac2c6e1b5009ce|10000
1-1 b0:cbf29ce484222325|10000:0cac2c6e1b5009ce|10000
f n|10000:0cac2c6e1b5009ce|10000
w3 i3|10003:babccc054dc1462f|10003
r7 b0:cbf29ce484222325|10003:babccc054dc1462f|10003
t i10003|10003:babccc054dc1462f|10003
i4 b0:cbf29ce484222325|10003:babccc054dc1462f|10003
t i10003|10003:babccc054dc1462f|10003
w5 i5|10008:0e3d9834a779753f|10008
i1 b0:cbf29ce484222325|10008:0e3d9834a779753f|10008
r4 b0:cbf29ce484222325|10008:0e3d9834a779753f|10008
w7 i7|10015:3b7904646a4a40a3|10015
w13 i13|10028:37fc3b91b2d53cef|10028
w0 i0|10028:37fc3b91b2d53cef|10028
t i10028|10028:37fc3b91b2d53cef|10028
= w+b -1 4095 : c r-1 w13 s8192,1 f r6876 r3 t w6857 w4096 t
c n|4095:210582d1160e8e45|-
r-1 EValueError:read of closed file|4095:210582d1160e8e45|-
w13 EValueError:write to closed file|4095:210582d1160e8e45|-
s8192,1 EValueError:seek of closed file|4095:210582d1160e8e45|-
f EValueError:flush of closed file|4095:210582d1160e8e45|-
r6876 EValueError:read of closed file|4095:210582d1160e8e45|-
r3 EValueError:read of closed file|4095:210582d1160e8e45|-
t EValueError:I/O operation on closed file|4095:210582d1160e8e45|-
w6857 EValueError:write to closed file|4095:210582d1160e8e45|-
w4096 EValueError:write to closed file|4095:210582d1160e8e45|-
t EValueError:I/O operation on closed file|4095:210582d1160e8e45|-
= wb -1 0 : 1-1 t i4097 14095 s1,0 w4097 f 13 t
1-1 EUnsupportedOperation:read1|0:cbf29ce484222325|0
t i0|0:cbf29ce484222325|0
i4097 EUnsupportedOperation:read|0:cbf29ce484222325|0
14095 EUnsupportedOperation:read1|0:cbf29ce484222325|0
s1,0 i1|0:cbf29ce484222325|1
w4097 i4097|4098:bd2635113eaee471|4098 ~3.14+ i4097|0:cbf29ce484222325|1
f n|4098:bd2635113eaee471|4098
13 EUnsupportedOperation:read1|4098:bd2635113eaee471|4098
t i4098|4098:bd2635113eaee471|4098
= a+b 64 64 : w31 s64,0 r128 w90 s0,0 t
w31 i31|64:5d34e90df3dec160|0
s64,0 i64|64:cd2cdde0cb53bb47|64
r128 b0:cbf29ce484222325|64:cd2cdde0cb53bb47|64
w90 i90|154:251335c568af4f64|154
s0,0 i0|154:251335c568af4f64|0
t i0|154:251335c568af4f64|0
= w+b -1 10000 : i8803 w13 t i8195 i4096 14097 s4097,0 s-8192,2 r4097 T-1 T8193 l3 r2 t
i8803 b8803:837ff8d9bedbad84|10000:0cac2c6e1b5009ce|8803 ~3.14+ b8803:837ff8d9bedbad84|10000:0cac2c6e1b5009ce|10000
w13 i13|10000:0cac2c6e1b5009ce|8803 ~3.14+ i13|10000:0cac2c6e1b5009ce|10000
t i8816|10000:0cac2c6e1b5009ce|8803 ~3.14+ i8816|10000:0cac2c6e1b5009ce|10000
i8195 b1184:6b2d750b550fb2f0|10000:02f52389ad87b0ac|10000
i4096 b0:cbf29ce484222325|10000:02f52389ad87b0ac|10000
14097 b0:cbf29ce484222325|10000:02f52389ad87b0ac|10000
s4097,0 i4097|10000:02f52389ad87b0ac|4097
s-8192,2 i1808|10000:02f52389ad87b0ac|1808
r4097 b4097:1a2c5ba550771896|10000:02f52389ad87b0ac|10000
T-1 i5905|5905:643682a6a6727f6e|5905
T8193 i8193|8193:cabc8d4a747cabee|5905
l3 b3:d94d12186c0f2fb7|8193:cabc8d4a747cabee|8193
r2 b2:08328807b4eb6fed|8193:cabc8d4a747cabee|8193
t i5910|8193:cabc8d4a747cabee|8193
= w+b 5000 7 : l-1 i13 s14845,2 10 s5,0 s5000,0 r13 f t w5 w1 T14513 r5001 t
l-1 b1:af63c74c8601c8dd|7:aea3f41f139f2686|7
i13 b6:7375d06d040198ee|7:aea3f41f139f2686|7
s14845,2 i14852|7:aea3f41f139f2686|14852
10 b0:cbf29ce484222325|7:aea3f41f139f2686|14852
s5,0 i5|7:aea3f41f139f2686|5
s5000,0 i5000|7:aea3f41f139f2686|5000
r13 b0:cbf29ce484222325|7:aea3f41f139f2686|5000
f n|7:aea3f41f139f2686|5000
t i5000|7:aea3f41f139f2686|5000
w5 i5|7:aea3f41f139f2686|5000
w1 i1|7:aea3f41f139f2686|5000
T14513 i14513|14513:5849c08cae4ee940|5006
r5001 b5001:a47108bd730adbbf|14513:5849c08cae4ee940|14513
t i10007|14513:5849c08cae4ee940|14513
= w+b -1 0 : s0,1 T0 s-4096,1 i1 s5,0 f t
s0,1 i0|0:cbf29ce484222325|0
T0 i0|0:cbf29ce484222325|0
s-4096,1 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|0
i1 b0:cbf29ce484222325|0:cbf29ce484222325|0
s5,0 i5|0:cbf29ce484222325|5
f n|0:cbf29ce484222325|5
t i5|0:cbf29ce484222325|5
= w+b 2 11 : 12 l1 t t
12 b2:08545c07b5080b8f|11:faba4a48934c552a|2
l1 b1:af63e44c8601fa24|11:faba4a48934c552a|4
t i3|11:faba4a48934c552a|4
t i3|11:faba4a48934c552a|4
= a+b -1 100 : f f f w12287 l5 w0 s-1,2 r0 i4097 t
f n|100:68f54eed762c7ec9|0
f n|100:68f54eed762c7ec9|0
f n|100:68f54eed762c7ec9|0
w12287 i12287|12287:4d9965762accb245|12287 ~3.14+ i12287|100:68f54eed762c7ec9|0
l5 b0:cbf29ce484222325|12287:4d9965762accb245|12287
w0 i0|12287:4d9965762accb245|12287
s-1,2 i12286|12287:4d9965762accb245|12286
r0 b0:cbf29ce484222325|12287:4d9965762accb245|12286
i4097 b1:af63e74c8601ff3d|12287:4d9965762accb245|12287
t i12287|12287:4d9965762accb245|12287
= r+b 17 0 : r67 s2,1 s1,1 s2,0 r0 w2 w35 r-1 w2 11 f t t
r67 b0:cbf29ce484222325|0:cbf29ce484222325|0
s2,1 i2|0:cbf29ce484222325|2
s1,1 i3|0:cbf29ce484222325|3
s2,0 i2|0:cbf29ce484222325|2
r0 b0:cbf29ce484222325|0:cbf29ce484222325|2
w2 i2|0:cbf29ce484222325|2
w35 i35|39:468db1a68fafc874|39
r-1 b0:cbf29ce484222325|39:468db1a68fafc874|39
w2 i2|39:468db1a68fafc874|39
11 b0:cbf29ce484222325|41:b66eac7571af7dff|41 ~! b0:cbf29ce484222325|39:468db1a68fafc874|39
f n|41:b66eac7571af7dff|41
t i41|41:b66eac7571af7dff|41
t i41|41:b66eac7571af7dff|41
= a+b 2 13 : i2 w3 s3,2 w1 11 r1 12 i1 r4 r-1 s2,2 w6 f w3 t
i2 b2:08545c07b5080b8f|13:564ee9d4f1977681|2
w3 i3|13:ea0b8a941ab2e512|5
s3,2 i16|13:ea0b8a941ab2e512|16
w1 i1|13:ea0b8a941ab2e512|16
11 b0:cbf29ce484222325|17:65038c0bf847ab50|17 ~! b0:cbf29ce484222325|13:ea0b8a941ab2e512|16
r1 b0:cbf29ce484222325|17:65038c0bf847ab50|17
12 b0:cbf29ce484222325|17:65038c0bf847ab50|17
i1 b0:cbf29ce484222325|17:65038c0bf847ab50|17
r4 b0:cbf29ce484222325|17:65038c0bf847ab50|17
r-1 b0:cbf29ce484222325|17:65038c0bf847ab50|17
s2,2 i19|17:65038c0bf847ab50|19
w6 i6|25:6ec3429d9d16c918|25
f n|25:6ec3429d9d16c918|25
w3 i3|28:ee505fda2ccab325|28
t i28|28:ee505fda2ccab325|28
= r+b 8 0 : s1,0 T-1 w5 f T-1 w15 t w7 1-1 w17 w19 i2 w10 s-7,2 t
s1,0 i1|0:cbf29ce484222325|1
T-1 i1|1:af63bd4c8601b7df|1
w5 i5|1:af63bd4c8601b7df|1
f n|6:2b2c16c909c0b2f0|6
T-1 i6|6:2b2c16c909c0b2f0|6
w15 i15|21:4cdd2f6db4a5fdca|21
t i21|21:4cdd2f6db4a5fdca|21
w7 i7|21:4cdd2f6db4a5fdca|21
1-1 b0:cbf29ce484222325|28:23fe4bd6634679cc|28 ~! b0:cbf29ce484222325|21:4cdd2f6db4a5fdca|21
w17 i17|45:eecbb07f243613cd|45
w19 i19|64:d43dab2e0e3410c4|64
i2 b0:cbf29ce484222325|64:d43dab2e0e3410c4|64
w10 i10|74:2203bf145c2ce446|74
s-7,2 i67|74:2203bf145c2ce446|67
t i67|74:2203bf145c2ce446|67
= w+b 8 7 : l-1 s2,1 l-1 r13 l-1 s2,0 l0 w2 11 1-1 w17 s1,0 r7 s8,0 t
l-1 b1:af63c74c8601c8dd|7:aea3f41f139f2686|7
s2,1 i3|7:aea3f41f139f2686|7
l-1 b4:656897de3dc68b85|7:aea3f41f139f2686|7
r13 b0:cbf29ce484222325|7:aea3f41f139f2686|7
l-1 b0:cbf29ce484222325|7:aea3f41f139f2686|7
s2,0 i2|7:aea3f41f139f2686|2
l0 b0:cbf29ce484222325|7:aea3f41f139f2686|2
w2 i2|7:aea3f41f139f2686|2
11 b1:af63e64c8601fd8a|7:b091cf8a354fa68a|5 ~! b1:af63e44c8601fa24|7:aea3f41f139f2686|3
1-1 b2:08ad3b07b553fc52|7:b091cf8a354fa68a|7 ~ b4:656897de3dc68b85|7:aea3f41f139f2686|7
w17 i17|24:e5753f941a77df0a|24 ~ i17|26:fd3be918196a7003|26
s1,0 i1|24:e5753f941a77df0a|1 ~ i1|26:fd3be918196a7003|1
r7 b7:1a78ad28347bd393|24:e5753f941a77df0a|9 ~ b7:32c9bf3dceb646e2|26:fd3be918196a7003|9
s8,0 i8|24:e5753f941a77df0a|9 ~ i8|26:fd3be918196a7003|9
t i8|24:e5753f941a77df0a|9 ~ i8|26:fd3be918196a7003|9
= r+b 2 1 : 12 w4 14 T5 w2 s1,2 w2 15 t
12 b1:af63c74c8601c8dd|1:af63c74c8601c8dd|1
w4 i4|5:55a6da363c6d4259|5
14 b0:cbf29ce484222325|5:55a6da363c6d4259|5
T5 i5|5:55a6da363c6d4259|5
w2 i2|7:aeb4fb1f13ada59e|7 ~ i2|5:55a6da363c6d4259|5
s1,2 i8|7:aeb4fb1f13ada59e|8
w2 i2|10:0bcdcd8f57a20459|10 ~ i2|7:aeb4fb1f13ada59e|8
15 b0:cbf29ce484222325|10:0bcdcd8f57a20459|10 ~! b0:cbf29ce484222325|7:aeb4fb1f13ada59e|8
t i10|10:0bcdcd8f57a20459|10 ~ i10|7:aeb4fb1f13ada59e|8
= w+b 3 4 : r4 s-3,2 f w7 w3 T0 f T1 t r1 i6 s1,0 t
r4 b4:339c86d238a2ada8|4:339c86d238a2ada8|4
s-3,2 i1|4:339c86d238a2ada8|1
f n|4:339c86d238a2ada8|1
w7 i7|8:0582c80365099952|8
w3 i3|11:3f078892024dda60|11 ~ i3|8:0582c80365099952|8
T0 i0|0:cbf29ce484222325|11
f n|0:cbf29ce484222325|11
T1 i1|1:af63bd4c8601b7df|11
t i11|1:af63bd4c8601b7df|11
r1 b0:cbf29ce484222325|1:af63bd4c8601b7df|11
i6 b0:cbf29ce484222325|1:af63bd4c8601b7df|11
s1,0 i1|1:af63bd4c8601b7df|1
t i1|1:af63bd4c8601b7df|1
= w+b 17 16 : s2,0 w0 i2 s1,0 w17 r35 r2 l0 f s-17,1 s17,0 s17,1 f t t
s2,0 i2|16:a59c9f77cb6eafce|2
w0 i0|16:a59c9f77cb6eafce|2
i2 b2:08b73c07b55c528a|16:a59c9f77cb6eafce|16
s1,0 i1|16:a59c9f77cb6eafce|1
w17 i17|18:32f930b4176e0c4d|18 ~ i17|16:a59c9f77cb6eafce|1
r35 b0:cbf29ce484222325|18:32f930b4176e0c4d|18
r2 b0:cbf29ce484222325|18:32f930b4176e0c4d|18
l0 b0:cbf29ce484222325|18:32f930b4176e0c4d|18
f n|18:32f930b4176e0c4d|18
s-17,1 i1|18:32f930b4176e0c4d|1
s17,0 i17|18:32f930b4176e0c4d|17
s17,1 i34|18:32f930b4176e0c4d|34
f n|18:32f930b4176e0c4d|34
t i34|18:32f930b4176e0c4d|34
t i34|18:32f930b4176e0c4d|34
= r+b 17 200 : f w17 w1 w33 w18 T17 w35 w33 t
f n|200:50929ddafb814f75|0
w17 i17|200:6bef998b0078b492|17 ~ i17|200:50929ddafb814f75|0
w1 i1|200:6bef998b0078b492|17
w33 i33|200:8cd576bc7d0e4dc6|51
w18 i18|200:79f723af3225471e|69
T17 i17|17:b900d754e40324aa|69
w35 i35|104:813e65d40dfd4a74|104
w33 i33|137:898f4b2953eddbfe|137
t i137|137:898f4b2953eddbfe|137
= r+b 2 1 : 11 s-1,1 w2 l-1 w3 w0 w4 w2 w4 r0 t i1 s-2,1 t
11 b1:af63c74c8601c8dd|1:af63c74c8601c8dd|1
s-1,1 i0|1:af63c74c8601c8dd|0
w2 i2|2:08b05607b556600a|2 ~ i2|1:af63c74c8601c8dd|0
l-1 b0:cbf29ce484222325|2:08b05607b556600a|2
w3 i3|5:ef597d84760f45c8|5
w0 i0|5:ef597d84760f45c8|5
w4 i4|9:066ec716b65a4fb4|9
w2 i2|11:bba3f409e8d10c87|11 ~ i2|9:066ec716b65a4fb4|9
w4 i4|15:43561d43b4a8ab57|15
r0 b0:cbf29ce484222325|15:43561d43b4a8ab57|15
t i15|15:43561d43b4a8ab57|15
i1 b0:cbf29ce484222325|15:43561d43b4a8ab57|15
s-2,1 i13|15:43561d43b4a8ab57|13
t i13|15:43561d43b4a8ab57|13
= a+b 3 3 : w7 w3 w2 w6 t w4 s0,1 w9 r5 s2,0 w6 w9 11 f t
w7 i7|7:406e475017aa7737|7
w3 i3|10:b9bbc7aa22d79212|10 ~ i3|7:406e475017aa7737|7
w2 i2|10:b9bbc7aa22d79212|10
w6 i6|18:338dbf8b286acd0c|18
t i18|18:338dbf8b286acd0c|18
w4 i4|22:cf4229cca262d048|22
s0,1 i22|22:cf4229cca262d048|22
w9 i9|31:123715381c500b99|31
r5 b0:cbf29ce484222325|31:123715381c500b99|31
s2,0 i2|31:123715381c500b99|2
w6 i6|31:2e83891a1d278870|8
w9 i9|31:92fb135268866b1b|17
11 b1:af63dc4c8601ec8c|31:92fb135268866b1b|18
f n|31:92fb135268866b1b|18
t i18|31:92fb135268866b1b|18
= w+b 17 18 : r58 T17 w16 w34 l-1 w17 w34 w35 118 t
r58 b18:cf9ad87019fcd079|18:cf9ad87019fcd079|18
T17 i17|17:d7d2b18ead14975b|18
w16 i16|17:d7d2b18ead14975b|18
w34 i34|68:9a2261cb88e76664|68
l-1 b0:cbf29ce484222325|68:9a2261cb88e76664|68
w17 i17|85:a0b51f852630b285|85 ~ i17|68:9a2261cb88e76664|68
w34 i34|119:451a69514799c69e|119
w35 i35|154:1e862942be185273|154
118 b0:cbf29ce484222325|154:1e862942be185273|154
t i154|154:1e862942be185273|154
= ab 17 16 : s16,0 135 s2,1 i33 w35 i17 s-1,1 w35 w18 w35 w35 l-1 w17 s16,0 t
s16,0 i16|16:a59c9f77cb6eafce|16
135 EUnsupportedOperation:read1|16:a59c9f77cb6eafce|16
s2,1 i18|16:a59c9f77cb6eafce|18
i33 EUnsupportedOperation:read|16:a59c9f77cb6eafce|18
w35 i35|53:0cdedcd105cd9614|53
i17 EUnsupportedOperation:read|53:0cdedcd105cd9614|53
s-1,1 i52|53:0cdedcd105cd9614|52
w35 i35|87:6ccda6e8cdb424ab|87
w18 i18|105:eade3a7c904ace4b|105
w35 i35|140:7d66ef1bad6fea32|140
w35 i35|175:119cc22ec299f022|175
l-1 EUnsupportedOperation:read|175:119cc22ec299f022|175
w17 i17|192:3c74ecd7975c6dee|192 ~ i17|175:119cc22ec299f022|175
s16,0 i16|192:3c74ecd7975c6dee|16
t i16|192:3c74ecd7975c6dee|16
= wb 2 200 : i1 w2 s1,1 l3 T-1 w3 i2 10 w3 t
i1 EUnsupportedOperation:read|200:50929ddafb814f75|0
w2 i2|200:44d6dd9c68c10a8c|2 ~ i2|200:50929ddafb814f75|0
s1,1 i3|200:44d6dd9c68c10a8c|3
l3 EUnsupportedOperation:read|200:44d6dd9c68c10a8c|3
T-1 i3|3:33732d1930068929|3
w3 i3|6:93d1d8847791f22e|6
i2 EUnsupportedOperation:read|6:93d1d8847791f22e|6
10 EUnsupportedOperation:read1|6:93d1d8847791f22e|6
w3 i3|9:cd20c599798d03b6|9
t i9|9:cd20c599798d03b6|9
= ab 2 1 : 14 s-2,1 t f w3 r1 18 w4 s2,1 w2 r0 w0 w0 t
14 EUnsupportedOperation:read1|1:af63c74c8601c8dd|0
s-2,1 EOSError:[Errno 22] Invalid argument|1:af63c74c8601c8dd|0
t i0|1:af63c74c8601c8dd|0
f n|1:af63c74c8601c8dd|0
w3 i3|3:f5ecea190cecc665|3
r1 EUnsupportedOperation:read|3:f5ecea190cecc665|3
18 EUnsupportedOperation:read1|3:f5ecea190cecc665|3
w4 i4|7:d1bb1428c8ca75b3|7
s2,1 i9|7:d1bb1428c8ca75b3|9
w2 i2|11:793f309ae97c3258|11 ~ i2|7:d1bb1428c8ca75b3|9
r0 EUnsupportedOperation:read|11:793f309ae97c3258|11 ~ EUnsupportedOperation:read|7:d1bb1428c8ca75b3|9
w0 i0|11:793f309ae97c3258|11 ~ i0|7:d1bb1428c8ca75b3|9
w0 i0|11:793f309ae97c3258|11 ~ i0|7:d1bb1428c8ca75b3|9
t i11|11:793f309ae97c3258|11 ~ i11|7:d1bb1428c8ca75b3|9
= r+b 3 18 : w4 w2 w1 w3 w7 l-1 r7 f t 14 s2,1 w1 w6 r4 t
w4 i4|18:9f10784879b3bd34|4
w2 i2|18:9f10784879b3bd34|4
w1 i1|18:9f10784879b3bd34|4
w3 i3|18:6be32341071bbe3e|10 ~ i3|18:41fa502e3fdc7506|7
w7 i7|18:7df2b4741a61a982|17
l-1 b1:af63f54c86021707|18:7df2b4741a61a982|18
r7 b0:cbf29ce484222325|18:7df2b4741a61a982|18
f n|18:7df2b4741a61a982|18
t i18|18:7df2b4741a61a982|18
14 b0:cbf29ce484222325|18:7df2b4741a61a982|18
s2,1 i20|18:7df2b4741a61a982|20
w1 i1|18:7df2b4741a61a982|20
w6 i6|27:33c3ce83a76ad48e|27
r4 b0:cbf29ce484222325|27:33c3ce83a76ad48e|27
t i27|27:33c3ce83a76ad48e|27
= r+b 31 1 : r1 w31 r-1 w62 w1 i124 w61 r1 w93 s30,1 l-1 w61 r30 i2 t
r1 b1:af63c74c8601c8dd|1:af63c74c8601c8dd|1
w31 i31|32:c7a0bb37c144517d|32 ~ i31|1:af63c74c8601c8dd|1
r-1 b0:cbf29ce484222325|32:c7a0bb37c144517d|32
w62 i62|94:4ac6fce00128465d|94
w1 i1|94:4ac6fce00128465d|94
i124 b0:cbf29ce484222325|95:3865eea1f76f5b5a|95
w61 i61|156:de59221fc65798a2|156
r1 b0:cbf29ce484222325|156:de59221fc65798a2|156
w93 i93|249:1de2d22a43222bdb|249
s30,1 i279|249:1de2d22a43222bdb|279
l-1 b0:cbf29ce484222325|249:1de2d22a43222bdb|279
w61 i61|340:189b1a1ce3d77598|340
r30 b0:cbf29ce484222325|340:189b1a1ce3d77598|340
i2 b0:cbf29ce484222325|340:189b1a1ce3d77598|340
t i340|340:189b1a1ce3d77598|340
= w+b 2 4 : i4 l0 i3 s1,1 f w2 t s0,1 i1 t
i4 b4:339c86d238a2ada8|4:339c86d238a2ada8|4
l0 b0:cbf29ce484222325|4:339c86d238a2ada8|4
i3 b0:cbf29ce484222325|4:339c86d238a2ada8|4
s1,1 i5|4:339c86d238a2ada8|5
f n|4:339c86d238a2ada8|5
w2 i2|7:c3e3c31e8e68dbe7|7 ~ i2|4:339c86d238a2ada8|5
t i7|7:c3e3c31e8e68dbe7|7 ~ i7|4:339c86d238a2ada8|5
s0,1 i7|7:c3e3c31e8e68dbe7|7
i1 b0:cbf29ce484222325|7:c3e3c31e8e68dbe7|7
t i7|7:c3e3c31e8e68dbe7|7
= ab 16 0 : w32 s-1,1 t r32 i2 t w0 w1 w15 w31 r48 s-2,1 w16 t
w32 i32|32:5aca9185674d21ca|32
s-1,1 i31|32:5aca9185674d21ca|31
t i31|32:5aca9185674d21ca|31
r32 EUnsupportedOperation:read|32:5aca9185674d21ca|31
i2 EUnsupportedOperation:read|32:5aca9185674d21ca|31
t i31|32:5aca9185674d21ca|31
w0 i0|32:5aca9185674d21ca|31
w1 i1|32:5aca9185674d21ca|31
w15 i15|32:5aca9185674d21ca|31
w31 i31|78:1d6421d026a1dfd4|78
r48 EUnsupportedOperation:read|78:1d6421d026a1dfd4|78
s-2,1 i76|78:1d6421d026a1dfd4|76
w16 i16|92:05e14cf8e5bae3b9|92 ~ i16|78:1d6421d026a1dfd4|76
t i92|92:05e14cf8e5bae3b9|92 ~ i92|78:1d6421d026a1dfd4|76
= a+b 8 9 : r27 r10 t r-1 l-1 w16 f w8 f w1 w16 f w16 t
r27 b9:20305d9e91cd27d5|9:20305d9e91cd27d5|9
r10 b0:cbf29ce484222325|9:20305d9e91cd27d5|9
t i9|9:20305d9e91cd27d5|9
r-1 b0:cbf29ce484222325|9:20305d9e91cd27d5|9
l-1 b0:cbf29ce484222325|9:20305d9e91cd27d5|9
w16 i16|25:8c750aeb71963c4c|25
f n|25:8c750aeb71963c4c|25
w8 i8|33:89452dc818cfad79|33 ~ i8|25:8c750aeb71963c4c|25
f n|33:89452dc818cfad79|33
w1 i1|33:89452dc818cfad79|33
w16 i16|50:5b186ae8392df516|50
f n|50:5b186ae8392df516|50
w16 i16|66:d321935acebc4ec1|66
t i66|66:d321935acebc4ec1|66
= wb 2 0 : w1 w2 r-1 l-1 s3,2 w1 11 w2 r1 l5 i0 t
w1 i1|0:cbf29ce484222325|0
w2 i2|3:e6fda01905246d7f|3 ~ i2|1:af63dc4c8601ec8c|1
r-1 EUnsupportedOperation:read|3:e6fda01905246d7f|3 ~ EUnsupportedOperation:read|1:af63dc4c8601ec8c|1
l-1 EUnsupportedOperation:read|3:e6fda01905246d7f|3 ~ EUnsupportedOperation:read|1:af63dc4c8601ec8c|1
s3,2 i6|3:e6fda01905246d7f|6
w1 i1|3:e6fda01905246d7f|6
11 EUnsupportedOperation:read1|3:e6fda01905246d7f|6
w2 i2|9:44ba54038e97d6c2|9 ~ i2|7:15dd053dff56238d|7
r1 EUnsupportedOperation:read|9:44ba54038e97d6c2|9 ~ EUnsupportedOperation:read|7:15dd053dff56238d|7
l5 EUnsupportedOperation:read|9:44ba54038e97d6c2|9 ~ EUnsupportedOperation:read|7:15dd053dff56238d|7
i0 EUnsupportedOperation:read|9:44ba54038e97d6c2|9 ~ EUnsupportedOperation:read|7:15dd053dff56238d|7
t i9|9:44ba54038e97d6c2|9 ~ i9|7:15dd053dff56238d|7
= wb 2 1 : s3,1 11 w1 w2 15 w6 w3 r3 t
s3,1 i3|1:af63c74c8601c8dd|3
11 EUnsupportedOperation:read1|1:af63c74c8601c8dd|3
w1 i1|1:af63c74c8601c8dd|3
w2 i2|6:5ff580f5b543879d|6 ~ i2|4:8cefd3d2fbe6d6fe|4
15 EUnsupportedOperation:read1|6:5ff580f5b543879d|6 ~ EUnsupportedOperation:read1|4:8cefd3d2fbe6d6fe|4
w6 i6|12:e410e7509e59e152|12
w3 i3|15:fed5d895a4c19da6|15
r3 EUnsupportedOperation:read|15:fed5d895a4c19da6|15
t i15|15:fed5d895a4c19da6|15
= w+b 3 4 : s2,1 s0,1 14 s2,1 f 10 w6 s1,1 14 f l-1 w3 t
s2,1 i2|4:339c86d238a2ada8|2
s0,1 i2|4:339c86d238a2ada8|2
14 b2:08b73c07b55c528a|4:339c86d238a2ada8|4
s2,1 i6|4:339c86d238a2ada8|6
f n|4:339c86d238a2ada8|6
10 b0:cbf29ce484222325|4:339c86d238a2ada8|6
w6 i6|12:dd4035c860996d1f|12
s1,1 i13|12:dd4035c860996d1f|13
14 b0:cbf29ce484222325|12:dd4035c860996d1f|13
f n|12:dd4035c860996d1f|13
l-1 b0:cbf29ce484222325|12:dd4035c860996d1f|13
w3 i3|16:431f30d432a09a7d|16 ~ i3|12:dd4035c860996d1f|13
t i16|16:431f30d432a09a7d|16 ~ i16|12:dd4035c860996d1f|13
= ab 2 1 : s1,0 w1 s1,1 s2,1 14 w2 s-6,1 w6 w2 w1 13 w2 s0,1 t
s1,0 i1|1:af63c74c8601c8dd|1
w1 i1|1:af63c74c8601c8dd|1
s1,1 i3|2:08545c07b5080b8f|3
s2,1 i5|2:08545c07b5080b8f|5
14 EUnsupportedOperation:read1|2:08545c07b5080b8f|5
w2 i2|7:b6acda86bc395482|7 ~ i2|2:08545c07b5080b8f|5
s-6,1 i1|7:b6acda86bc395482|1
w6 i6|7:f561fdaf8d875543|7
w2 i2|9:1762ecab5579fb9c|9 ~ i2|7:f561fdaf8d875543|7
w1 i1|9:1762ecab5579fb9c|9
13 EUnsupportedOperation:read1|9:1762ecab5579fb9c|9
w2 i2|12:6ed140433595a03c|12 ~ i2|10:371417223e4718d0|10
s0,1 i12|12:6ed140433595a03c|12
t i12|12:6ed140433595a03c|12
= wb 16 1 : w16 t 163 s2,2 t l-1 w17 i31 t
w16 i16|16:9ad7b69b731966d6|16 ~ i16|1:af63c74c8601c8dd|0
t i16|16:9ad7b69b731966d6|16 ~ i16|1:af63c74c8601c8dd|0
163 EUnsupportedOperation:read1|16:9ad7b69b731966d6|16 ~ EUnsupportedOperation:read1|1:af63c74c8601c8dd|0
s2,2 i18|16:9ad7b69b731966d6|18
t i18|16:9ad7b69b731966d6|18
l-1 EUnsupportedOperation:read|16:9ad7b69b731966d6|18
w17 i17|35:69a76ce4b5672f44|35
i31 EUnsupportedOperation:read|35:69a76ce4b5672f44|35
t i35|35:69a76ce4b5672f44|35
= r+b 3 0 : w3 t T5 s1,1 t f l6 s2,1 s4,1 t
w3 i3|3:e71fa2190541574b|3 ~ i3|0:cbf29ce484222325|0
t i3|3:e71fa2190541574b|3 ~ i3|0:cbf29ce484222325|0
T5 i5|5:63a8122d76747c03|3
s1,1 i4|5:63a8122d76747c03|4
t i4|5:63a8122d76747c03|4
f n|5:63a8122d76747c03|4
l6 b1:af63bd4c8601b7df|5:63a8122d76747c03|5
s2,1 i7|5:63a8122d76747c03|7
s4,1 i11|5:63a8122d76747c03|11
t i11|5:63a8122d76747c03|11
= w+b 31 32 : w62 s-31,1 s31,2 s1,1 w30 i2 s32,0 r31 s0,0 r61 11 t
w62 i62|62:c5345248f6968092|62
s-31,1 i31|62:c5345248f6968092|31
s31,2 i93|62:c5345248f6968092|93
s1,1 i94|62:c5345248f6968092|94
w30 i30|62:c5345248f6968092|94
i2 b0:cbf29ce484222325|124:913b9f9130498b32|124
s32,0 i32|124:913b9f9130498b32|32
r31 b31:54a43190f41669b7|124:913b9f9130498b32|63
s0,0 i0|124:913b9f9130498b32|0
r61 b61:cd9528b56d70c04c|124:913b9f9130498b32|62
11 b1:af63e74c8601ff3d|124:913b9f9130498b32|62
t i62|124:913b9f9130498b32|62
= wb 8 43 : w17 w16 l-1 w16 1-1 s-1,1 i9 t r0 r1 s-22,1 t
w17 i17|43:be3c9d000fea9071|17
w16 i16|43:267ff6dba9ca54ab|33
l-1 EUnsupportedOperation:read|43:267ff6dba9ca54ab|33
w16 i16|49:0799f4d73f452ded|49
1-1 EUnsupportedOperation:read1|49:0799f4d73f452ded|49
s-1,1 i48|49:0799f4d73f452ded|48
i9 EUnsupportedOperation:read|49:0799f4d73f452ded|48
t i48|49:0799f4d73f452ded|48
r0 EUnsupportedOperation:read|49:0799f4d73f452ded|48
r1 EUnsupportedOperation:read|49:0799f4d73f452ded|48
s-22,1 i26|49:0799f4d73f452ded|26
t i26|49:0799f4d73f452ded|26
= w+b 3 200 : w4 s-1,1 l2 s4,0 r5 f s-1,1 f t
w4 i4|200:481670f87e2879e8|4
s-1,1 i3|200:481670f87e2879e8|3
l2 b2:08915507b53badc8|200:481670f87e2879e8|6
s4,0 i4|200:481670f87e2879e8|6
r5 b5:c764c4a5d5f451a2|200:481670f87e2879e8|9
f n|200:481670f87e2879e8|9
s-1,1 i8|200:481670f87e2879e8|8
f n|200:481670f87e2879e8|8
t i8|200:481670f87e2879e8|8
= rb 3 4 : t 11 l-1 w5 r-1 t i4 f t r-1 r-1 w3 t
t i0|4:339c86d238a2ada8|0
11 b1:af63c74c8601c8dd|4:339c86d238a2ada8|1
l-1 b3:33732a1930068410|4:339c86d238a2ada8|4
w5 EUnsupportedOperation:write|4:339c86d238a2ada8|4
r-1 b0:cbf29ce484222325|4:339c86d238a2ada8|4
t i4|4:339c86d238a2ada8|4
i4 b0:cbf29ce484222325|4:339c86d238a2ada8|4
f n|4:339c86d238a2ada8|4
t i4|4:339c86d238a2ada8|4
r-1 b0:cbf29ce484222325|4:339c86d238a2ada8|4
r-1 b0:cbf29ce484222325|4:339c86d238a2ada8|4
w3 EUnsupportedOperation:write|4:339c86d238a2ada8|4
t i4|4:339c86d238a2ada8|4
= wb 17 0 : s-1,2 w16 w35 s18,1 w35 l-1 i33 r0 w53 T1 t
s-1,2 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|0
w16 i16|0:cbf29ce484222325|0
w35 i35|51:51cbb73498338975|51
s18,1 i69|51:51cbb73498338975|69
w35 i35|104:15415ed984e5ec85|104
l-1 EUnsupportedOperation:read|104:15415ed984e5ec85|104
i33 EUnsupportedOperation:read|104:15415ed984e5ec85|104
r0 EUnsupportedOperation:read|104:15415ed984e5ec85|104
w53 i53|157:5b81a3e22e5dc980|157
T1 i1|1:af63e54c8601fbd7|157
t i157|1:af63e54c8601fbd7|157
= rb 31 0 : 162 l-1 s2,1 r1 w31 w32 1-1 s31,1 i61 t
162 b0:cbf29ce484222325|0:cbf29ce484222325|0
l-1 b0:cbf29ce484222325|0:cbf29ce484222325|0
s2,1 i2|0:cbf29ce484222325|2
r1 b0:cbf29ce484222325|0:cbf29ce484222325|2
w31 EUnsupportedOperation:write|0:cbf29ce484222325|2
w32 EUnsupportedOperation:write|0:cbf29ce484222325|2
1-1 b0:cbf29ce484222325|0:cbf29ce484222325|2
s31,1 i33|0:cbf29ce484222325|33
i61 b0:cbf29ce484222325|0:cbf29ce484222325|33
t i33|0:cbf29ce484222325|33
= ab 8 1 : w16 s0,0 w15 s1,0 s1,0 s-7,1 i7 r-1 s0,2 11 t r1 s14,1 t
w16 i16|16:9ad7b69b731966d6|16
s0,0 i0|16:9ad7b69b731966d6|0
w15 i15|16:cf4e8d985306367e|15
s1,0 i1|16:cf4e8d985306367e|1
s1,0 i1|16:cf4e8d985306367e|1
s-7,1 EOSError:[Errno 22] Invalid argument|16:cf4e8d985306367e|1
i7 EUnsupportedOperation:read|16:cf4e8d985306367e|1
r-1 EUnsupportedOperation:read|16:cf4e8d985306367e|1
s0,2 i16|16:cf4e8d985306367e|16
11 EUnsupportedOperation:read1|16:cf4e8d985306367e|16
t i16|16:cf4e8d985306367e|16
r1 EUnsupportedOperation:read|16:cf4e8d985306367e|16
s14,1 i30|16:cf4e8d985306367e|30
t i30|16:cf4e8d985306367e|30
= w+b 3 4 : r3 s2,1 r3 10 r3 s2,2 f t f l5 s1,1 i6 w4 t
r3 b3:2f6447189cac37d2|4:339c86d238a2ada8|3
s2,1 i5|4:339c86d238a2ada8|5
r3 b0:cbf29ce484222325|4:339c86d238a2ada8|5
10 b0:cbf29ce484222325|4:339c86d238a2ada8|5
r3 b0:cbf29ce484222325|4:339c86d238a2ada8|5
s2,2 i6|4:339c86d238a2ada8|6
f n|4:339c86d238a2ada8|6
t i6|4:339c86d238a2ada8|6
f n|4:339c86d238a2ada8|6
l5 b0:cbf29ce484222325|4:339c86d238a2ada8|6
s1,1 i7|4:339c86d238a2ada8|7
i6 b0:cbf29ce484222325|4:339c86d238a2ada8|7
w4 i4|11:0e20c3af78eac279|11
t i11|11:0e20c3af78eac279|11
= w+b 8 200 : f T-1 w15 w12 r24 t l-1 f w24 i2 r16 i15 s-2,1 s9,0 t
f n|200:50929ddafb814f75|0
T-1 i0|0:cbf29ce484222325|0
w15 i15|15:fe409c8d00c784fa|15
w12 i12|27:68448a4303d4cd4d|27
r24 b0:cbf29ce484222325|27:68448a4303d4cd4d|27
t i27|27:68448a4303d4cd4d|27
l-1 b0:cbf29ce484222325|27:68448a4303d4cd4d|27
f n|27:68448a4303d4cd4d|27
w24 i24|51:dbefa41d0094d8ee|51
i2 b0:cbf29ce484222325|51:dbefa41d0094d8ee|51
r16 b0:cbf29ce484222325|51:dbefa41d0094d8ee|51
i15 b0:cbf29ce484222325|51:dbefa41d0094d8ee|51
s-2,1 i49|51:dbefa41d0094d8ee|49
s9,0 i9|51:dbefa41d0094d8ee|9
t i9|51:dbefa41d0094d8ee|9
= rb 8 16 : t s1,1 w9 r16 T22 w7 w9 r-1 s1,0 t w0 s7,0 c t
t i0|16:a59c9f77cb6eafce|0
s1,1 i1|16:a59c9f77cb6eafce|1
w9 EUnsupportedOperation:write|16:a59c9f77cb6eafce|1
r16 b15:da783984a2547ed6|16:a59c9f77cb6eafce|16
T22 EUnsupportedOperation:truncate|16:a59c9f77cb6eafce|16
w7 EUnsupportedOperation:write|16:a59c9f77cb6eafce|16
w9 EUnsupportedOperation:write|16:a59c9f77cb6eafce|16
r-1 b0:cbf29ce484222325|16:a59c9f77cb6eafce|16
s1,0 i1|16:a59c9f77cb6eafce|1
t i1|16:a59c9f77cb6eafce|1
w0 EUnsupportedOperation:write|16:a59c9f77cb6eafce|1
s7,0 i7|16:a59c9f77cb6eafce|7
c n|16:a59c9f77cb6eafce|-
t EValueError:I/O operation on closed file|16:a59c9f77cb6eafce|-
= ab 2 1 : w6 s2,0 w3 r4 s5,2 T-1 w3 t s6,0 r-1 s-2,2 s1,1 i3 w6 t
w6 i6|6:d80bda3fbe244a0a|6
s2,0 i2|6:d80bda3fbe244a0a|2
w3 i3|6:7f81fe1cc8517066|5
r4 EUnsupportedOperation:read|6:7f81fe1cc8517066|5
s5,2 i11|6:7f81fe1cc8517066|11
T-1 i11|11:dc89a7d2ad82b372|11
w3 i3|14:b05aab9d288c0046|14
t i14|14:b05aab9d288c0046|14
s6,0 i6|14:b05aab9d288c0046|6
r-1 EUnsupportedOperation:read|14:b05aab9d288c0046|6
s-2,2 i12|14:b05aab9d288c0046|12
s1,1 i13|14:b05aab9d288c0046|13
i3 EUnsupportedOperation:read|14:b05aab9d288c0046|13
w6 i6|19:b5c15feb5aa50a96|19
t i19|19:b5c15feb5aa50a96|19
= ab 3 4 : t w0 t l2 s-2,2 f s2,0 14 w4 t
t i0|4:339c86d238a2ada8|0
w0 i0|4:339c86d238a2ada8|0
t i0|4:339c86d238a2ada8|0
l2 EUnsupportedOperation:read|4:339c86d238a2ada8|0
s-2,2 i2|4:339c86d238a2ada8|2
f n|4:339c86d238a2ada8|2
s2,0 i2|4:339c86d238a2ada8|2
14 EUnsupportedOperation:read1|4:339c86d238a2ada8|2
w4 i4|6:62f2ef4c3e4e75af|6
t i6|6:62f2ef4c3e4e75af|6
= rb 16 17 : s1,1 131 l2 r0 w43 r11 f w15 t 10 t
s1,1 i1|17:d7d2b18ead14975b|1
131 b16:8ec85d5fd5932b93|17:d7d2b18ead14975b|17
l2 b0:cbf29ce484222325|17:d7d2b18ead14975b|17
r0 b0:cbf29ce484222325|17:d7d2b18ead14975b|17
w43 EUnsupportedOperation:write|17:d7d2b18ead14975b|17
r11 b0:cbf29ce484222325|17:d7d2b18ead14975b|17
f n|17:d7d2b18ead14975b|17
w15 EUnsupportedOperation:write|17:d7d2b18ead14975b|17
t i17|17:d7d2b18ead14975b|17
10 b0:cbf29ce484222325|17:d7d2b18ead14975b|17
t i17|17:d7d2b18ead14975b|17
= ab 31 0 : i0 r1 r63 r31 w32 r86 r1 10 t
i0 EUnsupportedOperation:read|0:cbf29ce484222325|0
r1 EUnsupportedOperation:read|0:cbf29ce484222325|0
r63 EUnsupportedOperation:read|0:cbf29ce484222325|0
r31 EUnsupportedOperation:read|0:cbf29ce484222325|0
w32 i32|32:866bf95075cb6b66|32
r86 EUnsupportedOperation:read|32:866bf95075cb6b66|32
r1 EUnsupportedOperation:read|32:866bf95075cb6b66|32
10 EUnsupportedOperation:read1|32:866bf95075cb6b66|32
t i32|32:866bf95075cb6b66|32
= r+b 3 3 : s2,0 w5 1-1 r5 s-1,1 l-1 i3 r2 i3 t
s2,0 i2|3:2f6447189cac37d2|2
w5 i5|7:0405d77e84d2b06d|7
1-1 b0:cbf29ce484222325|7:0405d77e84d2b06d|7
r5 b0:cbf29ce484222325|7:0405d77e84d2b06d|7
s-1,1 i6|7:0405d77e84d2b06d|6
l-1 b1:af63e14c8601f50b|7:0405d77e84d2b06d|7
i3 b0:cbf29ce484222325|7:0405d77e84d2b06d|7
r2 b0:cbf29ce484222325|7:0405d77e84d2b06d|7
i3 b0:cbf29ce484222325|7:0405d77e84d2b06d|7
t i7|7:0405d77e84d2b06d|7
= rb 8 1 : l-1 11 f r2 r7 i9 w9 T-1 117 s9,1 w15 w8 117 r24 t
l-1 b1:af63c74c8601c8dd|1:af63c74c8601c8dd|1
11 b0:cbf29ce484222325|1:af63c74c8601c8dd|1
f n|1:af63c74c8601c8dd|1
r2 b0:cbf29ce484222325|1:af63c74c8601c8dd|1
r7 b0:cbf29ce484222325|1:af63c74c8601c8dd|1
i9 b0:cbf29ce484222325|1:af63c74c8601c8dd|1
w9 EUnsupportedOperation:write|1:af63c74c8601c8dd|1
T-1 EUnsupportedOperation:truncate|1:af63c74c8601c8dd|1
117 b0:cbf29ce484222325|1:af63c74c8601c8dd|1
s9,1 i10|1:af63c74c8601c8dd|10
w15 EUnsupportedOperation:write|1:af63c74c8601c8dd|10
w8 EUnsupportedOperation:write|1:af63c74c8601c8dd|10
117 b0:cbf29ce484222325|1:af63c74c8601c8dd|10
r24 b0:cbf29ce484222325|1:af63c74c8601c8dd|10
t i10|1:af63c74c8601c8dd|10
= ab 16 200 : s15,1 l2 132 T-1 r-1 r33 w0 t 1-1 w1 f t
s15,1 i15|200:50929ddafb814f75|15
l2 EUnsupportedOperation:read|200:50929ddafb814f75|15
132 EUnsupportedOperation:read1|200:50929ddafb814f75|15
T-1 i15|15:5c819d82ec755d8c|15
r-1 EUnsupportedOperation:read|15:5c819d82ec755d8c|15
r33 EUnsupportedOperation:read|15:5c819d82ec755d8c|15
w0 i0|15:5c819d82ec755d8c|15
t i15|15:5c819d82ec755d8c|15
1-1 EUnsupportedOperation:read1|15:5c819d82ec755d8c|15
w1 i1|15:5c819d82ec755d8c|15
f n|16:a59c8577cb6e83a0|16
t i16|16:a59c8577cb6e83a0|16
= rb 8 9 : w1 w24 124 w16 w17 f r1 s2,0 w0 w0 l1 10 t
w1 EUnsupportedOperation:write|9:20305d9e91cd27d5|0
w24 EUnsupportedOperation:write|9:20305d9e91cd27d5|0
124 b9:20305d9e91cd27d5|9:20305d9e91cd27d5|9
w16 EUnsupportedOperation:write|9:20305d9e91cd27d5|9
w17 EUnsupportedOperation:write|9:20305d9e91cd27d5|9
f n|9:20305d9e91cd27d5|9
r1 b0:cbf29ce484222325|9:20305d9e91cd27d5|9
s2,0 i2|9:20305d9e91cd27d5|2
w0 EUnsupportedOperation:write|9:20305d9e91cd27d5|2
w0 EUnsupportedOperation:write|9:20305d9e91cd27d5|2
l1 b1:af63e44c8601fa24|9:20305d9e91cd27d5|9
10 b0:cbf29ce484222325|9:20305d9e91cd27d5|9
t i3|9:20305d9e91cd27d5|9
= wb 2 1 : 1-1 s-2,1 l-1 r-1 13 r3 r3 s2,0 s-6,1 w5 1-1 t
1-1 EUnsupportedOperation:read1|1:af63c74c8601c8dd|0
s-2,1 EOSError:[Errno 22] Invalid argument|1:af63c74c8601c8dd|0
l-1 EUnsupportedOperation:read|1:af63c74c8601c8dd|0
r-1 EUnsupportedOperation:read|1:af63c74c8601c8dd|0
13 EUnsupportedOperation:read1|1:af63c74c8601c8dd|0
r3 EUnsupportedOperation:read|1:af63c74c8601c8dd|0
r3 EUnsupportedOperation:read|1:af63c74c8601c8dd|0
s2,0 i2|1:af63c74c8601c8dd|2
s-6,1 EOSError:[Errno 22] Invalid argument|1:af63c74c8601c8dd|2
w5 i5|7:f5cd83640fbea7d4|7
1-1 EUnsupportedOperation:read1|7:f5cd83640fbea7d4|7
t i7|7:f5cd83640fbea7d4|7
= a+b 3 6 : l2 T-1 s-1,2 r-1 w6 l2 t s3,0 i0 t
l2 b1:af63c74c8601c8dd|6:f7c6ff28ada7800f|3
T-1 i1|1:af63c74c8601c8dd|1
s-1,2 i0|1:af63c74c8601c8dd|0
r-1 b1:af63c74c8601c8dd|1:af63c74c8601c8dd|1
w6 i6|7:61dc1dcc190d84de|7
l2 b0:cbf29ce484222325|7:61dc1dcc190d84de|7
t i7|7:61dc1dcc190d84de|7
s3,0 i3|7:61dc1dcc190d84de|3
i0 b0:cbf29ce484222325|7:61dc1dcc190d84de|3
t i3|7:61dc1dcc190d84de|3
= rb 3 0 : w2 r-1 s-2,1 19 l5 1-1 w4 i5 w2 r-1 r2 i2 s1,0 s3,0 t
w2 EUnsupportedOperation:write|0:cbf29ce484222325|0
r-1 b0:cbf29ce484222325|0:cbf29ce484222325|0
s-2,1 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|0
19 b0:cbf29ce484222325|0:cbf29ce484222325|0
l5 b0:cbf29ce484222325|0:cbf29ce484222325|0
1-1 b0:cbf29ce484222325|0:cbf29ce484222325|0
w4 EUnsupportedOperation:write|0:cbf29ce484222325|0
i5 b0:cbf29ce484222325|0:cbf29ce484222325|0
w2 EUnsupportedOperation:write|0:cbf29ce484222325|0
r-1 b0:cbf29ce484222325|0:cbf29ce484222325|0
r2 b0:cbf29ce484222325|0:cbf29ce484222325|0
i2 b0:cbf29ce484222325|0:cbf29ce484222325|0
s1,0 i1|0:cbf29ce484222325|1
s3,0 i3|0:cbf29ce484222325|3
t i3|0:cbf29ce484222325|3
= wb 8 1 : i16 t r1 r8 w16 r16 w0 w7 s7,1 w0 T-1 l24 w1 w21 t
i16 EUnsupportedOperation:read|1:af63c74c8601c8dd|0
t i0|1:af63c74c8601c8dd|0
r1 EUnsupportedOperation:read|1:af63c74c8601c8dd|0
r8 EUnsupportedOperation:read|1:af63c74c8601c8dd|0
w16 i16|16:54b8742a4f84e6b4|16
r16 EUnsupportedOperation:read|16:54b8742a4f84e6b4|16
w0 i0|16:54b8742a4f84e6b4|16
w7 i7|16:54b8742a4f84e6b4|16
s7,1 i30|23:e91b32ba7888fc5e|30
w0 i0|23:e91b32ba7888fc5e|30
T-1 i30|30:80eb41d33baf006a|30
l24 EUnsupportedOperation:read|30:80eb41d33baf006a|30
w1 i1|30:80eb41d33baf006a|30
w21 i21|52:12e0b301c5f1171a|52
t i52|52:12e0b301c5f1171a|52
= wb 31 0 : w32 w61 s32,1 r30 w30 w1 r102 t w32 193 w118 w93 t
w32 i32|32:5aca9185674d21ca|32
w61 i61|93:bee608f5be622eee|93
s32,1 i125|93:bee608f5be622eee|125
r30 EUnsupportedOperation:read|93:bee608f5be622eee|125
w30 i30|93:bee608f5be622eee|125
w1 i1|93:bee608f5be622eee|125
r102 EUnsupportedOperation:read|93:bee608f5be622eee|125
t i156|93:bee608f5be622eee|125
w32 i32|188:eb977d7a6caa70c4|188
193 EUnsupportedOperation:read1|188:eb977d7a6caa70c4|188
w118 i118|306:91fcb2c83dc8c17c|306
w93 i93|399:5637f75597701822|399
t i399|399:5637f75597701822|399
= a+b 3 2 : s3,1 s2,0 w9 w9 t f i8 12 t l2 t
s3,1 i3|2:08545c07b5080b8f|3
s2,0 i2|2:08545c07b5080b8f|2
w9 i9|11:300d71d0a3935510|11
w9 i9|20:5db95f28610b892e|20
t i20|20:5db95f28610b892e|20
f n|20:5db95f28610b892e|20
i8 b0:cbf29ce484222325|20:5db95f28610b892e|20
12 b0:cbf29ce484222325|20:5db95f28610b892e|20
t i20|20:5db95f28610b892e|20
l2 b0:cbf29ce484222325|20:5db95f28610b892e|20
t i20|20:5db95f28610b892e|20
= rb 8 1 : s1,0 i0 w15 f r1 r-1 w16 w2 s0,1 s-2,1 t
s1,0 i1|1:af63c74c8601c8dd|1
i0 b0:cbf29ce484222325|1:af63c74c8601c8dd|1
w15 EUnsupportedOperation:write|1:af63c74c8601c8dd|1
f n|1:af63c74c8601c8dd|1
r1 b0:cbf29ce484222325|1:af63c74c8601c8dd|1
r-1 b0:cbf29ce484222325|1:af63c74c8601c8dd|1
w16 EUnsupportedOperation:write|1:af63c74c8601c8dd|1
w2 EUnsupportedOperation:write|1:af63c74c8601c8dd|1
s0,1 i1|1:af63c74c8601c8dd|1
s-2,1 EOSError:[Errno 22] Invalid argument|1:af63c74c8601c8dd|1
t i1|1:af63c74c8601c8dd|1
# Random sequences around failed seeks (EINVAL) with pending writes and read-ahead
= a+b 64 32 : r32 s32,1 T-1 s-100,0 w1 s1,1 t t s0,1 s-1,0 i32 l3 l0 w21 t
r32 b32:8167962700a793b3|32:8167962700a793b3|32
s32,1 i64|32:8167962700a793b3|64
T-1 i64|64:726a3f226d602d33|64
s-100,0 EOSError:[Errno 22] Invalid argument|64:726a3f226d602d33|64
w1 i1|64:726a3f226d602d33|64
s1,1 i66|65:cab6977fda6cfef0|66
t i66|65:cab6977fda6cfef0|66
t i66|65:cab6977fda6cfef0|66
s0,1 i66|65:cab6977fda6cfef0|66
s-1,0 EOSError:[Errno 22] Invalid argument|65:cab6977fda6cfef0|66
i32 b0:cbf29ce484222325|65:cab6977fda6cfef0|66
l3 b0:cbf29ce484222325|65:cab6977fda6cfef0|66
l0 b0:cbf29ce484222325|65:cab6977fda6cfef0|66
w21 i21|65:cab6977fda6cfef0|66
t i87|65:cab6977fda6cfef0|66
= r+b 17 0 : f s0,0 t s1,1 s-1,0 s8,1 11 l8 13 l34 s-100,0 t
f n|0:cbf29ce484222325|0
s0,0 i0|0:cbf29ce484222325|0
t i0|0:cbf29ce484222325|0
s1,1 i1|0:cbf29ce484222325|1
s-1,0 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|1
s8,1 i9|0:cbf29ce484222325|9
11 b0:cbf29ce484222325|0:cbf29ce484222325|9
l8 b0:cbf29ce484222325|0:cbf29ce484222325|9
13 b0:cbf29ce484222325|0:cbf29ce484222325|9
l34 b0:cbf29ce484222325|0:cbf29ce484222325|9
s-100,0 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|9
t i9|0:cbf29ce484222325|9
= w+b 16 16 : s8,1 r16 s8,1 T-1 w16 t w2 w1 s-2,0 s3,1 s8,0 w16 t
s8,1 i8|16:a59c9f77cb6eafce|8
r16 b8:c810f3f9e3dfe6d7|16:a59c9f77cb6eafce|16
s8,1 i24|16:a59c9f77cb6eafce|24
T-1 i24|24:32cbbeb16568358e|24
w16 i16|40:db8e2e0b42c11e9f|40 ~ i16|24:32cbbeb16568358e|24
t i40|40:db8e2e0b42c11e9f|40 ~ i40|24:32cbbeb16568358e|24
w2 i2|40:db8e2e0b42c11e9f|40
w1 i1|40:db8e2e0b42c11e9f|40
s-2,0 EOSError:[Errno 22] Invalid argument|43:16bfc47fd384e110|43
s3,1 i46|43:16bfc47fd384e110|46
s8,0 i8|43:16bfc47fd384e110|8
w16 i16|43:03247a6b81d0d12b|24 ~ i16|43:16bfc47fd384e110|8
t i24|43:03247a6b81d0d12b|24 ~ i24|43:16bfc47fd384e110|8
= w+b 16 0 : t w15 l16 l32 s-2,0 13 s1,1 s-100,0 T-1 t
t i0|0:cbf29ce484222325|0
w15 i15|0:cbf29ce484222325|0
l16 b0:cbf29ce484222325|15:820d54172917a9a5|15
l32 b0:cbf29ce484222325|15:820d54172917a9a5|15
s-2,0 EOSError:[Errno 22] Invalid argument|15:820d54172917a9a5|15
13 b0:cbf29ce484222325|15:820d54172917a9a5|15
s1,1 i16|15:820d54172917a9a5|16
s-100,0 EOSError:[Errno 22] Invalid argument|15:820d54172917a9a5|16
T-1 i16|16:144f885ad335435f|16
t i16|16:144f885ad335435f|16
= w+b -1 4096 : w2 t i2048 s3,0 r1 r4096 r3 s-100,0 s-40960,1 w4095 t
w2 i2|4096:2aeb98487abbd03d|0
t i2|4096:2aeb98487abbd03d|0
i2048 b2048:c7939140a6467e67|4096:5fb0be67e020f970|4096
s3,0 i3|4096:5fb0be67e020f970|4096
r1 b1:af63e74c8601ff3d|4096:5fb0be67e020f970|4096
r4096 b4092:dbf98fd0e5090c8c|4096:5fb0be67e020f970|4096
r3 b0:cbf29ce484222325|4096:5fb0be67e020f970|4096
s-100,0 EOSError:[Errno 22] Invalid argument|4096:5fb0be67e020f970|4096
s-40960,1 EOSError:[Errno 22] Invalid argument|4096:5fb0be67e020f970|4096
w4095 i4095|4096:5fb0be67e020f970|4096
t i8191|4096:5fb0be67e020f970|4096
= r+b 16 53 : s3,1 s-100,0 T-1 w2 T-1 s-8,1 f w2 w16 t
s3,1 i3|53:f8be4e4a409b1385|3
s-100,0 EOSError:[Errno 22] Invalid argument|53:f8be4e4a409b1385|3
T-1 i3|3:2f6447189cac37d2|3
w2 i2|3:2f6447189cac37d2|3
T-1 i5|5:5562f6363c33a521|5
s-8,1 EOSError:[Errno 22] Invalid argument|5:5562f6363c33a521|5
f n|5:5562f6363c33a521|5
w2 i2|5:5562f6363c33a521|5
w16 i16|23:3b7c85a9d4fc64f9|23 ~ i16|7:dd847b78ba957226|7
t i23|23:3b7c85a9d4fc64f9|23 ~ i23|7:dd847b78ba957226|7
= w+b 64 0 : l128 s-1,1 l64 w64 132 T-1 s-100,0 w5 s-1,1 t s-2,0 w21 s1,1 s-100,0 t
l128 b0:cbf29ce484222325|0:cbf29ce484222325|0
s-1,1 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|0
l64 b0:cbf29ce484222325|0:cbf29ce484222325|0
w64 i64|64:ce07b2677deb623a|64 ~ i64|0:cbf29ce484222325|0
132 b0:cbf29ce484222325|64:ce07b2677deb623a|64 ~! b0:cbf29ce484222325|0:cbf29ce484222325|0
T-1 i64|64:ce07b2677deb623a|64
s-100,0 EOSError:[Errno 22] Invalid argument|64:ce07b2677deb623a|64
w5 i5|64:ce07b2677deb623a|64
s-1,1 i68|69:6c037f74422eb51a|68
t i68|69:6c037f74422eb51a|68
s-2,0 EOSError:[Errno 22] Invalid argument|69:6c037f74422eb51a|68
w21 i21|69:6c037f74422eb51a|68
s1,1 i90|89:ddeda138752f0cf5|90
s-100,0 EOSError:[Errno 22] Invalid argument|89:ddeda138752f0cf5|90
t i90|89:ddeda138752f0cf5|90
= r+b 64 32 : t s-100,0 s1,1 t T-1 w64 w63 w65 s-100000,1 13 w5 s3,0 i0 w5 t
t i0|32:8167962700a793b3|0
s-100,0 EOSError:[Errno 22] Invalid argument|32:8167962700a793b3|0
s1,1 i1|32:8167962700a793b3|1
t i1|32:8167962700a793b3|1
T-1 i1|1:af63c74c8601c8dd|1
w64 i64|65:e7323fe2655859e0|65 ~ i64|1:af63c74c8601c8dd|1
w63 i63|65:e7323fe2655859e0|65
w65 i65|193:820c4a0d9b354cbe|193
s-100000,1 EOSError:[Errno 22] Invalid argument|193:820c4a0d9b354cbe|193
13 b0:cbf29ce484222325|193:820c4a0d9b354cbe|193
w5 i5|193:820c4a0d9b354cbe|193
s3,0 i3|198:b5b56f6a427cf26e|3
i0 b0:cbf29ce484222325|198:b5b56f6a427cf26e|3
w5 i5|198:b5b56f6a427cf26e|3
t i8|198:b5b56f6a427cf26e|3
= w+b 17 8 : s-2,0 r3 T-1 s-1,0 w2 w5 s-100,0 18 t
s-2,0 EOSError:[Errno 22] Invalid argument|8:5fbeb8ce576f1c38|0
r3 b3:2f6447189cac37d2|8:5fbeb8ce576f1c38|8
T-1 i3|3:2f6447189cac37d2|3
s-1,0 EOSError:[Errno 22] Invalid argument|3:2f6447189cac37d2|3
w2 i2|3:2f6447189cac37d2|3
w5 i5|3:2f6447189cac37d2|3
s-100,0 EOSError:[Errno 22] Invalid argument|10:2bbb1a0fe5a56071|10
18 b0:cbf29ce484222325|10:2bbb1a0fe5a56071|10
t i10|10:2bbb1a0fe5a56071|10
= a+b 16 16 : w5 s3,1 w5 132 i3 116 s3,1 r0 w16 w15 s-160,1 f s-1,1 s-1,0 132 t
w5 i5|16:a59c9f77cb6eafce|0
s3,1 i8|16:901094b49fa9695d|8
w5 i5|16:901094b49fa9695d|8
132 b3:2f3758189c8566ca|16:901094b49fa9695d|16 ~! b8:c810f3f9e3dfe6d7|16:901094b49fa9695d|16
i3 b0:cbf29ce484222325|16:901094b49fa9695d|16 ~ b0:cbf29ce484222325|21:80b7c6295fe18486|21
116 b0:cbf29ce484222325|16:901094b49fa9695d|16 ~ b0:cbf29ce484222325|21:80b7c6295fe18486|21
s3,1 i19|16:901094b49fa9695d|19 ~ i24|21:80b7c6295fe18486|24
r0 b0:cbf29ce484222325|16:901094b49fa9695d|19 ~ b0:cbf29ce484222325|21:80b7c6295fe18486|24
w16 i16|35:94c434f9ef69b0e8|35 ~ i16|21:80b7c6295fe18486|24
w15 i15|35:94c434f9ef69b0e8|35 ~ i15|40:e786a51675b315a5|40
s-160,1 EOSError:[Errno 22] Invalid argument|50:2f59e52784d3d572|50 ~ EOSError:[Errno 22] Invalid argument|55:ab86205dc2eccfad|55
f n|50:2f59e52784d3d572|50 ~ n|55:ab86205dc2eccfad|55
s-1,1 i49|50:2f59e52784d3d572|49 ~ i54|55:ab86205dc2eccfad|54
s-1,0 EOSError:[Errno 22] Invalid argument|50:2f59e52784d3d572|49 ~ EOSError:[Errno 22] Invalid argument|55:ab86205dc2eccfad|54
132 b1:af63f74c86021a6d|50:2f59e52784d3d572|50 ~ b1:af63f74c86021a6d|55:ab86205dc2eccfad|55
t i50|50:2f59e52784d3d572|50 ~ i55|55:ab86205dc2eccfad|55
= r+b 64 197 : i3 r128 s1,1 s-1,0 s-2,0 s-1,0 s-2,0 s32,1 s32,1 i0 t
i3 b3:2f6447189cac37d2|197:81472999be4a1e00|64
r128 b128:4a66475ad0f2144e|197:81472999be4a1e00|192
s1,1 i132|197:81472999be4a1e00|192
s-1,0 EOSError:[Errno 22] Invalid argument|197:81472999be4a1e00|192
s-2,0 EOSError:[Errno 22] Invalid argument|197:81472999be4a1e00|192
s-1,0 EOSError:[Errno 22] Invalid argument|197:81472999be4a1e00|192
s-2,0 EOSError:[Errno 22] Invalid argument|197:81472999be4a1e00|192
s32,1 i164|197:81472999be4a1e00|192
s32,1 i196|197:81472999be4a1e00|196
i0 b0:cbf29ce484222325|197:81472999be4a1e00|196
t i196|197:81472999be4a1e00|196
= a+b -1 12293 : w1 w1365 w1 w4097 t s1,1 s-40960,1 t t i0 t
w1 i1|12293:3cb578345a2f25bd|0
w1365 i1365|12293:3cb578345a2f25bd|0
w1 i1|12293:3cb578345a2f25bd|0
w4097 i4097|12293:1200d1315c7047b9|5464 ~3.14+ i4097|12293:3cb578345a2f25bd|0
t i5464|12293:1200d1315c7047b9|5464 ~3.14+ i5464|12293:3cb578345a2f25bd|0
s1,1 i5465|12293:1200d1315c7047b9|5465
s-40960,1 EOSError:[Errno 22] Invalid argument|12293:1200d1315c7047b9|5465
t i5465|12293:1200d1315c7047b9|5465
t i5465|12293:1200d1315c7047b9|5465
i0 b0:cbf29ce484222325|12293:1200d1315c7047b9|5465
t i5465|12293:1200d1315c7047b9|5465
= a+b 17 17 : T-1 w16 r3 w16 w17 w17 r3 l0 w2 w5 s-100,0 w17 w1 t
T-1 i0|0:cbf29ce484222325|0
w16 i16|0:cbf29ce484222325|0
r3 b0:cbf29ce484222325|16:144fb55ad3358fd6|16
w16 i16|16:144fb55ad3358fd6|16
w17 i17|49:a86d19a046ab4d1d|49 ~ i17|32:5de6e55ae077c14d|32
w17 i17|66:8122e8f3397953da|66 ~ i17|49:a86d19a046ab4d1d|49
r3 b0:cbf29ce484222325|66:8122e8f3397953da|66
l0 b0:cbf29ce484222325|66:8122e8f3397953da|66
w2 i2|66:8122e8f3397953da|66
w5 i5|66:8122e8f3397953da|66
s-100,0 EOSError:[Errno 22] Invalid argument|73:a34f9c32dd423fda|73
w17 i17|90:88fe9c1643dd5677|90 ~ i17|73:a34f9c32dd423fda|73
w1 i1|90:88fe9c1643dd5677|90
t i91|90:88fe9c1643dd5677|90
= r+b 64 32 : t s1,0 s-1,0 s-100,0 w63 w65 t w65 T-1 t
t i0|32:8167962700a793b3|0
s1,0 i1|32:8167962700a793b3|1
s-1,0 EOSError:[Errno 22] Invalid argument|32:8167962700a793b3|1
s-100,0 EOSError:[Errno 22] Invalid argument|32:8167962700a793b3|1
w63 i63|32:8167962700a793b3|1
w65 i65|129:38e4aae02bbd578b|129
t i129|129:38e4aae02bbd578b|129
w65 i65|194:3ef7cf125c72ed84|194
T-1 i194|194:3ef7cf125c72ed84|194
t i194|194:3ef7cf125c72ed84|194
= w+b 16 16 : w5 t l1 s-100,0 13 w1 s0,1 t s-100,0 w5 t
w5 i5|16:a59c9f77cb6eafce|0
t i5|16:a59c9f77cb6eafce|0
l1 b1:af63e14c8601f50b|16:901094b49fa9695d|16
s-100,0 EOSError:[Errno 22] Invalid argument|16:901094b49fa9695d|16
13 b3:080542191764b1f7|16:901094b49fa9695d|16
w1 i1|16:901094b49fa9695d|16
s0,1 i10|16:901094b49fa9695d|16
t i10|16:901094b49fa9695d|16
s-100,0 EOSError:[Errno 22] Invalid argument|16:32dfe6732313df63|10
w5 i5|16:32dfe6732313df63|10
t i15|16:32dfe6732313df63|10
= r+b 16 53 : s0,0 s1,1 w16 s3,1 r16 w15 w1 s8,1 s-100,0 w5 t t s-2,0 s-2,0 s-3,1 t
s0,0 i0|53:f8be4e4a409b1385|0
s1,1 i1|53:f8be4e4a409b1385|1
w16 i16|53:4acc04f36dc2d7ac|17 ~ i16|53:f8be4e4a409b1385|1
s3,1 i20|53:4acc04f36dc2d7ac|20
r16 b16:665c847e7b1b0ce0|53:4acc04f36dc2d7ac|36
w15 i15|53:4acc04f36dc2d7ac|36
w1 i1|53:4acc04f36dc2d7ac|36
s8,1 i60|53:65059e5259a67dd9|60
s-100,0 EOSError:[Errno 22] Invalid argument|53:65059e5259a67dd9|60
w5 i5|53:65059e5259a67dd9|60
t i65|53:65059e5259a67dd9|60
t i65|53:65059e5259a67dd9|60
s-2,0 EOSError:[Errno 22] Invalid argument|65:8bcb174e5378fee0|65
s-2,0 EOSError:[Errno 22] Invalid argument|65:8bcb174e5378fee0|65
s-3,1 i62|65:8bcb174e5378fee0|62
t i62|65:8bcb174e5378fee0|62
= w+b 64 197 : f w21 s-2,0 w63 11 f t w1 r3 l0 f i0 t T-1 t
f n|197:81472999be4a1e00|0
w21 i21|197:81472999be4a1e00|0
s-2,0 EOSError:[Errno 22] Invalid argument|197:abba535f1653e697|21
w63 i63|197:abba535f1653e697|21
11 b1:af63e04c8601f358|197:b8fe88ad7d4c3951|85 ~! b1:af63df4c8601f1a5|197:abba535f1653e697|22
f n|197:b8fe88ad7d4c3951|85 ~ n|197:ff52d405bb866768|85
t i85|197:b8fe88ad7d4c3951|85 ~ i85|197:ff52d405bb866768|85
w1 i1|197:b8fe88ad7d4c3951|85 ~ i1|197:ff52d405bb866768|85
r3 b3:1a02aa1921c5f101|197:26d839cef26506a7|150 ~ b3:1a02aa1921c5f101|197:fdab79f1947ade5e|150
l0 b0:cbf29ce484222325|197:26d839cef26506a7|150 ~ b0:cbf29ce484222325|197:fdab79f1947ade5e|150
f n|197:26d839cef26506a7|89 ~ n|197:fdab79f1947ade5e|89
i0 b0:cbf29ce484222325|197:26d839cef26506a7|89 ~ b0:cbf29ce484222325|197:fdab79f1947ade5e|89
t i89|197:26d839cef26506a7|89 ~ i89|197:fdab79f1947ade5e|89
T-1 i89|89:8a42957f234f2995|89 ~ i89|89:af964962449bcf80|89
t i89|89:8a42957f234f2995|89 ~ i89|89:af964962449bcf80|89
= a+b 17 0 : w2 t i0 s-3,1 f s1,1 t
w2 i2|0:cbf29ce484222325|0
t i2|0:cbf29ce484222325|0
i0 b0:cbf29ce484222325|2:089c4407b545986a|2
s-3,1 EOSError:[Errno 22] Invalid argument|2:089c4407b545986a|2
f n|2:089c4407b545986a|2
s1,1 i3|2:089c4407b545986a|3
t i3|2:089c4407b545986a|3
= a+b -1 2048 : s0,1 s-2,0 s-2048,1 w4097 s-100,0 s-40960,1 r8192 f s0,1 t t
s0,1 i0|2048:6b73151dc071e6b6|0
s-2,0 EOSError:[Errno 22] Invalid argument|2048:6b73151dc071e6b6|0
s-2048,1 EOSError:[Errno 22] Invalid argument|2048:6b73151dc071e6b6|0
w4097 i4097|4097:cb9dd2cb2c361c9d|4097 ~3.14+ i4097|2048:6b73151dc071e6b6|0
s-100,0 EOSError:[Errno 22] Invalid argument|4097:cb9dd2cb2c361c9d|4097
s-40960,1 EOSError:[Errno 22] Invalid argument|4097:cb9dd2cb2c361c9d|4097
r8192 b0:cbf29ce484222325|4097:cb9dd2cb2c361c9d|4097
f n|4097:cb9dd2cb2c361c9d|4097
s0,1 i4097|4097:cb9dd2cb2c361c9d|4097
t i4097|4097:cb9dd2cb2c361c9d|4097
t i4097|4097:cb9dd2cb2c361c9d|4097
= w+b 64 0 : s32,1 w1 t i3 s-100000,1 s-32,1 s-100,0 f s-3,1 w5 t
s32,1 i32|0:cbf29ce484222325|32
w1 i1|0:cbf29ce484222325|32
t i33|0:cbf29ce484222325|32
i3 b0:cbf29ce484222325|33:cbf7c96bc31fab57|33
s-100000,1 EOSError:[Errno 22] Invalid argument|33:cbf7c96bc31fab57|33
s-32,1 i1|33:cbf7c96bc31fab57|1
s-100,0 EOSError:[Errno 22] Invalid argument|33:cbf7c96bc31fab57|1
f n|33:cbf7c96bc31fab57|1
s-3,1 EOSError:[Errno 22] Invalid argument|33:cbf7c96bc31fab57|1
w5 i5|33:cbf7c96bc31fab57|1
t i6|33:cbf7c96bc31fab57|1
= w+b -1 12293 : 10 r0 18192 w2 s-2,0 w2 w1365 t s-1,1 r0 s2048,1 s-1,0 t
10 b0:cbf29ce484222325|12293:3cb578345a2f25bd|0
r0 b0:cbf29ce484222325|12293:3cb578345a2f25bd|0
18192 b8192:1f68e553f20ab853|12293:3cb578345a2f25bd|8192
w2 i2|12293:3cb578345a2f25bd|8192
s-2,0 EOSError:[Errno 22] Invalid argument|12293:93a100f8e676fa99|8194
w2 i2|12293:93a100f8e676fa99|8194
w1365 i1365|12293:93a100f8e676fa99|8194
t i9561|12293:93a100f8e676fa99|8194
s-1,1 i9560|12293:bca563b0415eb67e|9560
r0 b0:cbf29ce484222325|12293:bca563b0415eb67e|9560
s2048,1 i11608|12293:bca563b0415eb67e|11608
s-1,0 EOSError:[Errno 22] Invalid argument|12293:bca563b0415eb67e|11608
t i11608|12293:bca563b0415eb67e|11608
= w+b 16 0 : s-2,0 w16 s-1,1 s-2,0 w15 s-1,0 w1 s1,0 s-1,1 w1 t w16 s-1,0 r1 t
s-2,0 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|0
w16 i16|16:144fb55ad3358fd6|16 ~ i16|0:cbf29ce484222325|0
s-1,1 i15|16:144fb55ad3358fd6|15
s-2,0 EOSError:[Errno 22] Invalid argument|16:144fb55ad3358fd6|15
w15 i15|16:144fb55ad3358fd6|15
s-1,0 EOSError:[Errno 22] Invalid argument|30:144c1a855cd59b8e|30
w1 i1|30:144c1a855cd59b8e|30
s1,0 i1|31:52ed0f9cbef8124d|1
s-1,1 i0|31:52ed0f9cbef8124d|0
w1 i1|31:52ed0f9cbef8124d|0
t i1|31:52ed0f9cbef8124d|0
w16 i16|31:df2275d1af074e4f|17 ~ i16|31:5be480742e665dc9|1
s-1,0 EOSError:[Errno 22] Invalid argument|31:df2275d1af074e4f|17
r1 b1:af63d84c8601e5c0|31:df2275d1af074e4f|31
t i18|31:df2275d1af074e4f|31
= a+b -1 0 : i2048 s3,1 s-2,0 w1 s-100000,1 s-100,0 w2 s-100000,1 w2 t
i2048 b0:cbf29ce484222325|0:cbf29ce484222325|0
s3,1 i3|0:cbf29ce484222325|3
s-2,0 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|3
w1 i1|0:cbf29ce484222325|3
s-100000,1 EOSError:[Errno 22] Invalid argument|4:4d25807f9dce24f3|4
s-100,0 EOSError:[Errno 22] Invalid argument|4:4d25807f9dce24f3|4
w2 i2|4:4d25807f9dce24f3|4
s-100000,1 EOSError:[Errno 22] Invalid argument|6:2d0372fa5966937c|6
w2 i2|6:2d0372fa5966937c|6
t i8|6:2d0372fa5966937c|6
= r+b 64 64 : s3,1 s-100,0 s-2,0 s-2,0 132 T-1 T-1 s3,0 i128 s1,1 w63 w5 s3,0 s-100,0 t
s3,1 i3|64:5d34e90df3dec160|3
s-100,0 EOSError:[Errno 22] Invalid argument|64:5d34e90df3dec160|3
s-2,0 EOSError:[Errno 22] Invalid argument|64:5d34e90df3dec160|3
s-2,0 EOSError:[Errno 22] Invalid argument|64:5d34e90df3dec160|3
132 b32:d150ac6cc055e5b6|64:5d34e90df3dec160|35
T-1 i35|35:625251399a434289|35
T-1 i35|35:625251399a434289|35
s3,0 i3|35:625251399a434289|3
i128 b32:d150ac6cc055e5b6|35:625251399a434289|35
s1,1 i36|35:625251399a434289|36
w63 i63|35:625251399a434289|36
w5 i5|99:f9f7f8e03d37414c|99
s3,0 i3|104:44e720027e2da309|3
s-100,0 EOSError:[Errno 22] Invalid argument|104:44e720027e2da309|3
t i3|104:44e720027e2da309|3
= w+b -1 12293 : i1 w4096 w4097 s-2048,1 w4095 s-40960,1 t
i1 b1:af63c74c8601c8dd|12293:3cb578345a2f25bd|4096 ~3.14+ b1:af63c74c8601c8dd|12293:3cb578345a2f25bd|12293
w4096 i4096|12293:afb565f610fffe92|4097 ~ i4096|12293:3cb578345a2f25bd|1 ~3.14+ i4096|12293:3cb578345a2f25bd|12293
w4097 i4097|12293:0f8a37bd6d1db363|8194 ~3.14+ i4097|12293:3cb578345a2f25bd|12293
s-2048,1 i6146|12293:0f8a37bd6d1db363|6146 ~3.14+ i6146|12293:3cb578345a2f25bd|12293
w4095 i4095|12293:0f8a37bd6d1db363|6146 ~3.14+ i4095|12293:3cb578345a2f25bd|12293
s-40960,1 EOSError:[Errno 22] Invalid argument|12293:31bbd17ff63b7d0c|10241
t i10241|12293:31bbd17ff63b7d0c|10241
= w+b 16 16 : w5 s-100,0 w17 w5 w17 l0 l3 w5 s-160,1 w5 w16 t
w5 i5|16:a59c9f77cb6eafce|0
s-100,0 EOSError:[Errno 22] Invalid argument|16:901094b49fa9695d|5
w17 i17|22:df6c2987135a1ece|22
w5 i5|22:df6c2987135a1ece|22
w17 i17|44:b1d5e4f77fc1310e|44
l0 b0:cbf29ce484222325|44:b1d5e4f77fc1310e|44
l3 b0:cbf29ce484222325|44:b1d5e4f77fc1310e|44
w5 i5|44:b1d5e4f77fc1310e|44
s-160,1 EOSError:[Errno 22] Invalid argument|49:028c71b05ea300a6|49
w5 i5|49:028c71b05ea300a6|49
w16 i16|70:3d61d15f53b8564e|70 ~ i16|54:b6afdbe8d7670e17|54
t i70|70:3d61d15f53b8564e|70 ~ i70|54:b6afdbe8d7670e17|54
= r+b 64 64 : s-1,0 w21 s3,0 i32 w21 s32,1 s-1,1 w63 w64 r32 s-100000,1 s-2,0 f r64 s1,1 t
s-1,0 EOSError:[Errno 22] Invalid argument|64:5d34e90df3dec160|0
w21 i21|64:5d34e90df3dec160|0
s3,0 i3|64:5562583516b3da31|3
i32 b32:36ad42d9f0288a0b|64:5562583516b3da31|64
w21 i21|64:5562583516b3da31|64
s32,1 i88|64:b4ed66f134c98398|88
s-1,1 i87|64:b4ed66f134c98398|87
w63 i63|64:b4ed66f134c98398|87
w64 i64|214:0dc9dc0389e95769|214 ~ i64|150:bfb44b978992c276|150
r32 b0:cbf29ce484222325|214:0dc9dc0389e95769|214
s-100000,1 EOSError:[Errno 22] Invalid argument|214:0dc9dc0389e95769|214
s-2,0 EOSError:[Errno 22] Invalid argument|214:0dc9dc0389e95769|214
f n|214:0dc9dc0389e95769|214
r64 b0:cbf29ce484222325|214:0dc9dc0389e95769|214
s1,1 i215|214:0dc9dc0389e95769|215
t i215|214:0dc9dc0389e95769|215
= a+b 64 64 : t s3,1 i0 w65 s-1,0 w21 T-1 w63 t
t i0|64:5d34e90df3dec160|0
s3,1 i3|64:5d34e90df3dec160|3
i0 b0:cbf29ce484222325|64:5d34e90df3dec160|3
w65 i65|68:4bce8b3e487a3e87|68
s-1,0 EOSError:[Errno 22] Invalid argument|68:4bce8b3e487a3e87|68
w21 i21|68:4bce8b3e487a3e87|68
T-1 i89|89:3fcc93029385d11e|89
w63 i63|89:3fcc93029385d11e|89
t i152|89:3fcc93029385d11e|89
= a+b 16 8 : 18 s-2,0 s8,1 s3,0 T-1 r8 s-100000,1 t t
18 b8:5fbeb8ce576f1c38|8:5fbeb8ce576f1c38|8
s-2,0 EOSError:[Errno 22] Invalid argument|8:5fbeb8ce576f1c38|8
s8,1 i16|8:5fbeb8ce576f1c38|16
s3,0 i3|8:5fbeb8ce576f1c38|3
T-1 i3|3:2f6447189cac37d2|3
r8 b0:cbf29ce484222325|3:2f6447189cac37d2|3
s-100000,1 EOSError:[Errno 22] Invalid argument|3:2f6447189cac37d2|3
t i3|3:2f6447189cac37d2|3
t i3|3:2f6447189cac37d2|3
= r+b 16 0 : s-3,1 w1 l3 w17 w16 w15 s-100,0 t s8,0 s-2,0 w15 t
s-3,1 EOSError:[Errno 22] Invalid argument|0:cbf29ce484222325|0
w1 i1|0:cbf29ce484222325|0
l3 b0:cbf29ce484222325|1:af63e54c8601fbd7|1
w17 i17|18:7165a62a6d5db2e8|18
w16 i16|34:357450bb0ec88969|34 ~ i16|18:7165a62a6d5db2e8|18
w15 i15|34:357450bb0ec88969|34
s-100,0 EOSError:[Errno 22] Invalid argument|49:89e45d6a7f5b51c9|49
t i49|49:89e45d6a7f5b51c9|49
s8,0 i8|49:89e45d6a7f5b51c9|8
s-2,0 EOSError:[Errno 22] Invalid argument|49:89e45d6a7f5b51c9|8
w15 i15|49:89e45d6a7f5b51c9|8
t i23|49:89e45d6a7f5b51c9|8
";
