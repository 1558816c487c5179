//! [`MemFile`] (CPython's `io.BytesIO`) against a model of `BytesIO` kept as one plain vector:
//! random sequences of writes (past the end too), seeks, reads, `readinto`, `readline` and
//! `truncate` must give the same results, positions and contents, and the chunks must add up
//! to the contents. Then the storage policy the module docs promise (geometric chunks, gaps
//! filled into the last chunk's room first), and the closed file.

#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use pybase::error::ExcClass;
use pybase::os::Whence;
use pyio::ByteStream;
use pyio::memory::MemFile;

/// `BytesIO` as one vector: what `MemFile` must be indistinguishable from.
#[derive(Debug, Default)]
struct Model {
    data: Vec<u8>,
    pos: u64,
}

impl Model {
    fn write(&mut self, d: &[u8]) -> usize {
        if d.is_empty() {
            return 0;
        }
        let start = self.pos as usize;
        let end = start + d.len();
        if end > self.data.len() {
            self.data.resize(end, 0);
        }
        self.data[start..end].copy_from_slice(d);
        self.pos = end as u64;
        d.len()
    }

    fn seek(&mut self, offset: i64, whence: Whence) -> Option<u64> {
        let target = match whence {
            Whence::Set if offset < 0 => return None,
            Whence::Set => offset,
            Whence::Cur => (self.pos as i64 + offset).max(0),
            Whence::End => (self.data.len() as i64 + offset).max(0),
        };
        self.pos = target as u64;
        Some(self.pos)
    }

    fn available(&self, limit: Option<usize>) -> &[u8] {
        let start = (self.pos as usize).min(self.data.len());
        let rest = &self.data[start..];
        &rest[..limit.unwrap_or(usize::MAX).min(rest.len())]
    }

    fn read(&mut self, size: Option<usize>) -> Vec<u8> {
        let out = self.available(size).to_vec();
        self.pos += out.len() as u64;
        out
    }

    fn readline(&mut self, size: Option<usize>) -> Vec<u8> {
        let avail = self.available(size);
        let n = avail
            .iter()
            .position(|&c| c == b'\n')
            .map_or(avail.len(), |i| i + 1);
        let out = avail[..n].to_vec();
        self.pos += n as u64;
        out
    }

    fn truncate(&mut self, size: Option<i64>) -> Option<u64> {
        let size = match size {
            None => self.pos,
            Some(s) if s < 0 => return None,
            Some(s) => s as u64,
        };
        if (size as usize) < self.data.len() {
            self.data.truncate(size as usize);
        }
        Some(size)
    }
}

#[derive(Debug, Clone)]
enum Op {
    Write(Vec<u8>),
    Seek(i64, Whence),
    Read(Option<usize>),
    ReadInto(usize),
    ReadLine(Option<usize>),
    Truncate(Option<i64>),
    Tell,
    Flush,
}

fn data() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        // Small writes with line ends, for readline.
        prop::collection::vec(prop_oneof![Just(b'\n'), Just(b'a'), any::<u8>()], 0..40),
        // Writes that cross the 4 KiB and 8 KiB chunk boundaries.
        (1usize..12_000, any::<u8>()).prop_map(|(n, b)| vec![b; n]),
    ]
}

fn whence() -> impl Strategy<Value = Whence> {
    prop_oneof![Just(Whence::Set), Just(Whence::Cur), Just(Whence::End)]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => data().prop_map(Op::Write),
        2 => (-20_000i64..30_000, whence()).prop_map(|(o, w)| Op::Seek(o, w)),
        2 => prop::option::of(0usize..10_000).prop_map(Op::Read),
        2 => (0usize..10_000).prop_map(Op::ReadInto),
        2 => prop::option::of(0usize..50).prop_map(Op::ReadLine),
        1 => prop::option::of(-5i64..30_000).prop_map(Op::Truncate),
        1 => Just(Op::Tell),
        1 => Just(Op::Flush),
    ]
}

/// Everything observable agrees: position, length, contents, and the chunks' concatenation.
fn same_state(m: &MemFile, model: &Model) -> Result<(), TestCaseError> {
    prop_assert_eq!(m.tell().ok(), Some(model.pos));
    prop_assert_eq!(m.len(), model.data.len() as u64);
    prop_assert_eq!(m.is_empty(), model.data.is_empty());
    prop_assert!(m.getvalue().ok().as_deref() == Some(model.data.as_slice()));
    let joined: Vec<u8> = m.chunks().flatten().copied().collect();
    prop_assert!(
        joined == model.data,
        "the chunks do not add up to the contents"
    );
    prop_assert!(m.check_open().is_ok());
    Ok(())
}

/// One operation through `MemFile`'s own methods (`trait_ = false`) or through the
/// [`ByteStream`] trait the buffered and text layers use (`read` is then `read1` half the
/// time: for `BytesIO` they are the same).
fn apply(m: &mut MemFile, model: &mut Model, op: &Op, trait_: bool) -> Result<(), TestCaseError> {
    match op {
        Op::Write(d) => {
            let got = if trait_ {
                ByteStream::write(m, d)
            } else {
                m.write(d)
            };
            prop_assert_eq!(got.ok(), Some(model.write(d)));
        }
        Op::Seek(o, w) => {
            let got = if trait_ {
                ByteStream::seek(m, *o, *w)
            } else {
                m.seek(*o, *w)
            };
            prop_assert_eq!(got.ok(), model.seek(*o, *w));
        }
        Op::Read(n) => {
            let got = match (trait_, n.is_some_and(|n| n % 2 == 1)) {
                (false, _) => m.read(*n),
                (true, false) => ByteStream::read(m, *n),
                (true, true) => ByteStream::read1(m, *n),
            };
            prop_assert_eq!(got.ok(), Some(model.read(*n)));
        }
        Op::ReadInto(n) => {
            // A buffer of marks: what is not read into must stay as it was.
            let mut buf = vec![0xEE; *n];
            let got = if trait_ {
                ByteStream::readinto(m, &mut buf)
            } else {
                m.readinto(&mut buf)
            };
            let want = model.read(Some(*n));
            prop_assert_eq!(got.ok(), Some(want.len()));
            prop_assert!(buf[..want.len()] == want[..]);
            prop_assert!(buf[want.len()..].iter().all(|&b| b == 0xEE));
        }
        Op::ReadLine(n) => prop_assert_eq!(m.readline(*n).ok(), Some(model.readline(*n))),
        Op::Truncate(s) => {
            let got = match (trait_, s) {
                // The trait's size is unsigned: a negative one cannot be asked for.
                (true, Some(v)) if *v >= 0 => ByteStream::truncate(m, Some(*v as u64)),
                (true, None) => ByteStream::truncate(m, None),
                _ => m.truncate(*s),
            };
            prop_assert_eq!(got.ok(), model.truncate(*s));
        }
        Op::Tell => {
            let got = if trait_ {
                ByteStream::tell(m)
            } else {
                m.tell()
            };
            prop_assert_eq!(got.ok(), Some(model.pos));
        }
        Op::Flush => prop_assert!(ByteStream::flush(m).is_ok()),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn memfile_is_bytesio(ops in prop::collection::vec((op(), any::<bool>()), 1..40)) {
        let mut m = MemFile::new();
        let mut model = Model::default();
        for (op, trait_) in &ops {
            apply(&mut m, &mut model, op, *trait_)?;
            same_state(&m, &model)?;
        }
    }
}

fn chunk_lengths(m: &MemFile) -> Vec<usize> {
    m.chunks().map(<[u8]>::len).collect()
}

#[test]
fn small_writes_fill_geometric_chunks() {
    // 2,000 writes of 10 bytes: chunks of 4 KiB, 8 KiB, then the rest of 20,000 bytes in a
    // 16 KiB one. (The rollover hands the chunks to one writev: their number must stay small.)
    let mut m = MemFile::new();
    for _ in 0..2000 {
        assert_eq!(m.write(b"0123456789").unwrap(), 10);
    }
    assert_eq!(chunk_lengths(&m), vec![4096, 8192, 20_000 - 4096 - 8192]);
}

#[test]
fn chunks_stop_growing_at_one_mebibyte_and_a_large_write_gets_its_own() {
    let mut m = MemFile::new();
    // 4 KiB << 9 = 2 MiB would be the tenth chunk's geometric size: it is 1 MiB.
    let mut want = Vec::new();
    for k in 0..10 {
        let size = (4096usize << k).min(1 << 20);
        m.write(&vec![b'z'; size]).unwrap();
        want.push(size);
    }
    assert_eq!(chunk_lengths(&m), want);
    // Larger than any chunk: one chunk of exactly its size.
    m.write(&vec![b'q'; 3 << 20]).unwrap();
    want.push(3 << 20);
    assert_eq!(chunk_lengths(&m), want);
}

#[test]
fn a_gap_fills_the_last_chunks_room_first_then_a_chunk_with_room_to_spare() {
    let mut m = MemFile::new();
    m.write(&[b'a'; 100]).unwrap();
    m.seek(10_000, Whence::Set).unwrap();
    m.write(b"x").unwrap();
    // 3,996 zeros complete the first chunk; the other 5,904 open an 8 KiB chunk, whose
    // room takes the "x".
    assert_eq!(chunk_lengths(&m), vec![4096, 5905]);
    // 2,287 more bytes fill that chunk exactly; the rest opens the third (16 KiB) chunk.
    m.write(&[b'y'; 3000]).unwrap();
    assert_eq!(chunk_lengths(&m), vec![4096, 8192, 3000 - 2287]);
    let v = m.getvalue().unwrap();
    assert_eq!(v.len(), 13_001);
    assert!(v[..100].iter().all(|&b| b == b'a'));
    assert!(v[100..10_000].iter().all(|&b| b == 0));
    assert_eq!(v[10_000], b'x');
    assert!(v[10_001..].iter().all(|&b| b == b'y'));
}

#[test]
fn truncation_around_chunk_boundaries_keeps_the_chunks_whole() {
    // Three chunks: 4,096 + 8,192 + 100 bytes. Truncate to each size around the boundaries,
    // then write after the end again.
    let data: Vec<u8> = (0..12_388u32).map(|i| (i % 251) as u8).collect();
    for size in [
        0usize, 1, 4095, 4096, 4097, 12_287, 12_288, 12_289, 12_387, 12_388, 20_000,
    ] {
        let mut m = MemFile::new();
        m.write(&data[..4096]).unwrap();
        m.write(&data[4096..12_288]).unwrap();
        m.write(&data[12_288..]).unwrap();
        assert_eq!(chunk_lengths(&m), vec![4096, 8192, 100]);
        let size = size as u64;
        assert_eq!(m.truncate(Some(size as i64)).unwrap(), size);
        let kept = (size as usize).min(data.len());
        assert_eq!(m.getvalue().unwrap(), &data[..kept], "truncate({size})");
        assert_eq!(m.len(), kept as u64);
        assert_eq!(
            m.tell().unwrap(),
            12_388,
            "truncate({size}) moved the position"
        );
        let want: Vec<usize> = [4096usize, 8192, 100]
            .iter()
            .scan(0usize, |start, &n| {
                let (s, e) = (*start, *start + n);
                *start = e;
                Some(e.min(kept).saturating_sub(s))
            })
            .filter(|&n| n > 0)
            .collect();
        assert_eq!(chunk_lengths(&m), want, "truncate({size})");
        // Writing at the old position fills the gap with NULs, after the kept bytes.
        m.write(b"!").unwrap();
        let v = m.getvalue().unwrap();
        assert_eq!(v.len(), 12_389);
        assert_eq!(&v[..kept], &data[..kept]);
        assert!(v[kept..12_388].iter().all(|&b| b == 0), "truncate({size})");
        assert_eq!(v[12_388], b'!');
    }
    // A size of 0 is a size, not a negative one; -1 is refused.
    let mut m = MemFile::new();
    m.write(b"abc").unwrap();
    assert_eq!(m.truncate(Some(0)).unwrap(), 0);
    assert_eq!(ByteStream::truncate(&mut m, Some(0)).unwrap(), 0);
    assert_eq!(
        m.truncate(Some(-1)).unwrap_err().message(),
        "negative size value -1"
    );
}

#[test]
fn readinto_past_the_end_and_into_a_larger_buffer() {
    let mut m = MemFile::new();
    m.write(b"abc").unwrap();
    m.seek(1, Whence::Set).unwrap();
    let mut buf = [b'.'; 8];
    assert_eq!(m.readinto(&mut buf).unwrap(), 2);
    assert_eq!(&buf, b"bc......");
    assert_eq!(m.tell().unwrap(), 3);
    m.seek(10, Whence::Set).unwrap();
    assert_eq!(m.readinto(&mut buf).unwrap(), 0);
    assert_eq!(m.tell().unwrap(), 10, "a read past the end does not move");
    assert_eq!(m.readline(None).unwrap(), b"");
    assert_eq!(m.read(None).unwrap(), b"");
}

#[test]
fn a_closed_file_refuses_everything_and_holds_nothing() {
    let mut m = MemFile::new();
    m.write(b"data\n").unwrap();
    assert!(m.check_open().is_ok());
    assert!(!m.closed());
    assert!(!m.is_empty());
    m.close();
    assert!(m.closed());
    assert_eq!((m.len(), m.is_empty()), (0, true));
    assert_eq!(m.chunks().count(), 0);
    let errors = [
        m.check_open().err(),
        m.getvalue().err(),
        m.tell().err(),
        m.capable().err(),
        m.write(b"x").err(),
        m.read(None).err(),
        m.readinto(&mut [0; 2]).err(),
        m.readline(None).err(),
        m.seek(0, Whence::Set).err(),
        m.truncate(None).err(),
    ];
    for (i, e) in errors.into_iter().enumerate() {
        let e = e.unwrap_or_else(|| panic!("operation {i} succeeded on a closed file"));
        assert_eq!(e.class(), ExcClass::ValueError, "operation {i}");
        assert_eq!(
            e.message(),
            "I/O operation on closed file.",
            "operation {i}"
        );
    }
    // And through the trait the buffered and text layers use.
    let mut m = MemFile::new();
    assert!(!ByteStream::closed(&m));
    assert!(ByteStream::flush(&mut m).is_ok());
    let open = [
        ByteStream::readable(&m),
        ByteStream::writable(&m),
        ByteStream::seekable(&m),
    ];
    assert!(open.iter().all(|r| matches!(r, Ok(true))), "{open:?}");
    assert!(matches!(ByteStream::isatty(&m), Ok(false)));
    ByteStream::write(&mut m, b"abc").unwrap();
    assert!(ByteStream::close(&mut m).is_ok());
    assert!(ByteStream::close(&mut m).is_ok(), "close is idempotent");
    assert!(ByteStream::closed(&m) && m.closed());
    assert_eq!(m.len(), 0);
    let errors = [
        ByteStream::flush(&mut m).err(),
        ByteStream::readable(&m).err(),
        ByteStream::writable(&m).err(),
        ByteStream::seekable(&m).err(),
        ByteStream::isatty(&m).err(),
        ByteStream::tell(&mut m).err(),
        ByteStream::read1(&mut m, None).err(),
    ];
    for (i, e) in errors.into_iter().enumerate() {
        let e = e.unwrap_or_else(|| panic!("trait operation {i} succeeded on a closed file"));
        assert_eq!(e.class(), ExcClass::ValueError, "trait operation {i}");
    }
    // fileno is unsupported whether open or not.
    assert_eq!(
        MemFile::new().fileno().unwrap_err().class(),
        ExcClass::UnsupportedOperation
    );
}
