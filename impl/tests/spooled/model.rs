//! A property test: a binary spool against a plain in-memory model, and the failures it found,
//! kept as plain tests.

use proptest::prelude::*;

use super::*;

#[derive(Clone, Debug)]
enum Op {
    Write(Vec<u8>),
    Writelines(Vec<Vec<u8>>),
    Seek(i64, u8),
    Read(Option<usize>),
    Read1(Option<usize>),
    Readinto(usize),
    Readline(Option<usize>),
    Truncate(Option<i64>),
    Tell,
    Fileno,
    Rollover,
    Flush,
}

fn data() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => proptest::collection::vec(prop_oneof![Just(b'\n'), any::<u8>()], 0..40),
        1 => proptest::collection::vec(any::<u8>(), 0..6000),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => data().prop_map(Op::Write),
        2 => proptest::collection::vec(data(), 0..4).prop_map(Op::Writelines),
        2 => (0i64..9000).prop_map(|o| Op::Seek(o, 0)),
        1 => (-5i64..0).prop_map(|o| Op::Seek(o, 0)),
        2 => (-3000i64..3000).prop_map(|o| Op::Seek(o, 1)),
        2 => (-9000i64..100).prop_map(|o| Op::Seek(o, 2)),
        3 => proptest::option::of(0usize..7000).prop_map(Op::Read),
        2 => proptest::option::of(0usize..7000).prop_map(Op::Read1),
        1 => (0usize..300).prop_map(Op::Readinto),
        3 => proptest::option::of(0usize..100).prop_map(Op::Readline),
        2 => proptest::option::of(-3i64..9000).prop_map(Op::Truncate),
        1 => Just(Op::Tell),
        1 => Just(Op::Fileno),
        1 => Just(Op::Rollover),
        1 => Just(Op::Flush),
    ]
}

fn max_size() -> impl Strategy<Value = i64> {
    prop_oneof![Just(0i64), Just(-1), Just(1), 2i64..64, 64i64..20_000]
}

/// BytesIO semantics in memory, BufferedRandom's after the rollover, and CPython's rollover rule.
#[derive(Debug)]
struct Model {
    data: Vec<u8>,
    pos: u64,
    rolled: bool,
    max_size: i64,
}

#[derive(Debug, PartialEq)]
enum Fail {
    /// BytesIO's ValueError (negative seek or size).
    Value,
    /// The file's OSError(EINVAL).
    Einval,
}

impl Model {
    fn write(&mut self, d: &[u8]) {
        if d.is_empty() {
            return;
        }
        let pos = usize::try_from(self.pos).unwrap();
        if pos > self.data.len() {
            self.data.resize(pos, 0);
        }
        let end = pos + d.len();
        if end > self.data.len() {
            self.data.resize(end, 0);
        }
        self.data[pos..end].copy_from_slice(d);
        self.pos = end as u64;
    }

    /// `_check`: roll when the position exceeds a non-zero max_size.
    fn check(&mut self) {
        if !self.rolled && self.max_size != 0 && i128::from(self.pos) > i128::from(self.max_size) {
            self.rolled = true;
        }
    }

    fn available(&self, n: Option<usize>) -> &[u8] {
        let len = self.data.len();
        let start = usize::try_from(self.pos).unwrap().min(len);
        let end = n.map_or(len, |n| (start + n).min(len));
        &self.data[start..end]
    }

    fn seek(&mut self, o: i64, w: Whence) -> Result<u64, Fail> {
        let base = match w {
            Whence::Set => 0,
            Whence::Cur => self.pos as i64,
            Whence::End => self.data.len() as i64,
        };
        let target = base + o;
        if self.rolled {
            if target < 0 {
                return Err(Fail::Einval);
            }
        } else if w == Whence::Set && o < 0 {
            return Err(Fail::Value);
        }
        self.pos = target.max(0) as u64;
        Ok(self.pos)
    }

    fn truncate(&mut self, size: Option<i64>) -> Result<u64, Fail> {
        if let Some(s) = size {
            if s > self.max_size {
                self.rolled = true;
            }
        }
        let size = match size {
            Some(s) if s < 0 => {
                return Err(if self.rolled {
                    Fail::Einval
                } else {
                    Fail::Value
                });
            }
            Some(s) => s as u64,
            None => self.pos,
        };
        let size_us = usize::try_from(size).unwrap();
        if self.rolled {
            // A file extends or shrinks.
            self.data.resize(size_us, 0);
        } else if size_us < self.data.len() {
            // BytesIO only shrinks.
            self.data.truncate(size_us);
        }
        Ok(size)
    }
}

fn fail_of(e: &pytempfile::Error) -> Fail {
    match (e.class(), e.errno()) {
        (ExcClass::ValueError, None) => Fail::Value,
        (_, Some(libc::EINVAL)) => Fail::Einval,
        _ => panic!("unexpected error {e:?}"),
    }
}

fn check_against_model(max: i64, ops: &[Op]) -> Result<(), TestCaseError> {
    let sb = Sandbox::new("sp-prop");
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    let mut s = spool(&t, max);
    let mut m = Model {
        data: Vec::new(),
        pos: 0,
        rolled: false,
        max_size: max,
    };
    for (i, op) in ops.iter().enumerate() {
        let ctx = format!("op {i} {op:?} (rolled={})", m.rolled);
        match op {
            Op::Write(d) => {
                prop_assert_eq!(s.write(d).unwrap(), d.len(), "{}", ctx);
                m.write(d);
                m.check();
            }
            Op::Writelines(lines) => {
                let refs: Vec<&[u8]> = lines.iter().map(Vec::as_slice).collect();
                s.writelines(&refs).unwrap();
                for l in lines {
                    m.write(l);
                }
                m.check();
            }
            Op::Seek(o, w) => {
                let whence = [Whence::Set, Whence::Cur, Whence::End][usize::from(*w)];
                let got = s.seek(*o, whence).map_err(|e| fail_of(&e));
                prop_assert_eq!(got, m.seek(*o, whence), "{}", ctx);
            }
            Op::Read(n) => {
                let want = m.available(*n).to_vec();
                prop_assert_eq!(s.read(*n).unwrap(), want.clone(), "{}", ctx);
                m.pos += want.len() as u64;
            }
            Op::Read1(n) => {
                let want = m.available(*n).to_vec();
                let got = s.read1(*n).unwrap();
                if m.rolled {
                    // At most one raw read: a prefix, non-empty when data is there.
                    prop_assert!(want.starts_with(&got), "{}", ctx);
                    prop_assert_eq!(got.is_empty(), want.is_empty(), "{}", ctx);
                } else {
                    // BytesIO.read1 is read.
                    prop_assert_eq!(&got, &want, "{}", ctx);
                }
                m.pos += got.len() as u64;
            }
            Op::Readinto(n) => {
                let want = m.available(Some(*n)).to_vec();
                let mut buf = vec![0xAAu8; *n];
                let got = s.readinto(&mut buf).unwrap();
                prop_assert_eq!(&buf[..got], &want[..], "{}", ctx);
                m.pos += got as u64;
            }
            Op::Readline(n) => {
                let avail = m.available(*n);
                let want = match avail.iter().position(|&c| c == b'\n') {
                    Some(j) => avail[..=j].to_vec(),
                    None => avail.to_vec(),
                };
                prop_assert_eq!(s.readline(*n).unwrap(), want.clone(), "{}", ctx);
                m.pos += want.len() as u64;
            }
            Op::Truncate(size) => {
                let got = s.truncate(*size).map_err(|e| fail_of(&e));
                prop_assert_eq!(got, m.truncate(*size).map(Some), "{}", ctx);
            }
            Op::Tell => {}
            Op::Fileno => {
                let fd = s.fileno().unwrap();
                prop_assert!(fd >= 0);
                m.rolled = true;
            }
            Op::Rollover => {
                s.rollover().unwrap();
                m.rolled = true;
            }
            Op::Flush => s.flush().unwrap(),
        }
        prop_assert_eq!(s.rolled(), m.rolled, "{}", ctx);
        prop_assert_eq!(offset(&mut s), m.pos, "{}", ctx);
        if !m.rolled {
            prop_assert_eq!(
                s.memory_value().unwrap().unwrap(),
                m.data.clone(),
                "{}",
                ctx
            );
        }
    }
    // The content, through the object and (once rolled) on the descriptor itself (POSIX: read
    // with `fstat` and `pread` on the descriptor).
    s.flush().unwrap();
    #[cfg(unix)]
    if let Some(f) = s.file() {
        let fd = f.as_fd().unwrap();
        let st = common::fstat_of(fd);
        prop_assert_eq!(st.st_size as usize, m.data.len());
        let mut disk = vec![0u8; m.data.len()];
        // SAFETY: pread into a buffer of the given length on a valid descriptor.
        let n = unsafe { libc::pread(fd.as_raw_fd(), disk.as_mut_ptr().cast(), disk.len(), 0) };
        prop_assert_eq!(n as usize, m.data.len());
        prop_assert_eq!(&disk, &m.data);
    }
    prop_assert_eq!(offset(&mut s), m.pos);
    prop_assert_eq!(read_all(&mut s), m.data.clone());
    s.close().unwrap();
    prop_assert!(sb.entries().is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn binary_spool_matches_the_model(
        max in max_size(),
        ops in proptest::collection::vec(op(), 1..40),
    ) {
        check_against_model(max, &ops)?;
    }
}

#[test]
fn failed_seek_after_a_read_keeps_the_position() {
    // BufferedRandom: a seek that fails (EINVAL) leaves the position and the read-ahead as they
    // were (CPython 3.10-3.13: tell() is still 1 after read(1) and a failed seek(-10, 1)).
    let (_sb, t, _, _) = setup("sp-badseek");
    let mut s = spool(&t, 0);
    s.write(b"abcdef").unwrap();
    s.rollover().unwrap();
    s.seek(0, Whence::Set).unwrap();
    assert_eq!(s.read(Some(1)).unwrap(), b"a");
    for (o, w) in [(-10, Whence::Cur), (-1, Whence::Set), (-10, Whence::End)] {
        let e = s.seek(o, w).unwrap_err();
        assert_eq!(e.errno(), Some(libc::EINVAL));
        assert_eq!(offset(&mut s), 1, "seek({o}, {w:?})");
    }
    assert_eq!(s.read(None).unwrap(), b"bcdef");
}

#[test]
fn seek_back_after_reading_past_the_read_ahead_serves_the_right_bytes() {
    // Found by the model test. CPython 3.10-3.13 read back b'\x01' in both cases.
    let (_sb, t, _, _) = setup("sp-window");
    let mut s = spool(&t, 0);
    let mut data = vec![0u8; 20_000];
    data.push(1);
    s.write(&data).unwrap();
    s.rollover().unwrap();
    // read(1) fills the read-ahead; read() goes past it with a raw read; seek(-1, 1).
    s.seek(0, Whence::Set).unwrap();
    assert_eq!(s.read(Some(1)).unwrap(), b"\0");
    assert_eq!(s.read(None).unwrap().len(), 20_000);
    assert_eq!(s.seek(-1, Whence::Cur).unwrap(), 20_000);
    assert_eq!(s.read(None).unwrap(), b"\x01");
    // The same with a large sized read, and with read1.
    s.seek(0, Whence::Set).unwrap();
    s.read(Some(1)).unwrap();
    assert_eq!(s.read(Some(19_999)).unwrap().len(), 19_999);
    assert_eq!(s.seek(-1, Whence::Cur).unwrap(), 19_999);
    assert_eq!(s.read(Some(1)).unwrap(), b"\0");
    assert_eq!(s.read(Some(1)).unwrap(), b"\x01");
    s.seek(19_990, Whence::Set).unwrap();
    s.read(Some(1)).unwrap();
    assert_eq!(s.read1(Some(10_000)).unwrap().len(), 10);
    s.seek(-1, Whence::Cur).unwrap();
    assert_eq!(s.read(None).unwrap(), b"\x01");
}
