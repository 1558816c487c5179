//! The cost of the memory phase (chunks never moved) and of the rollover (one `open`, one
//! `writev`, one `close`).

use std::collections::HashSet;

use pytempfile::io::memory::MemFile;
use pytempfile::os::Call;

use super::common::call_kinds;
use super::*;

#[test]
fn memory_chunks_are_never_moved_as_the_spool_grows() {
    let mut m = MemFile::new();
    let piece = vec![3u8; 100_000];
    let mut seen: Vec<(*const u8, usize)> = Vec::new();
    for i in 0..200 {
        m.write(&piece).unwrap();
        let chunks: Vec<(*const u8, usize)> = m.chunks().map(|c| (c.as_ptr(), c.len())).collect();
        // Every chunk that existed before keeps its address; all but the last keep their
        // length (they were full).
        for (j, old) in seen.iter().enumerate() {
            assert_eq!(chunks[j].0, old.0, "write {i}: chunk {j} moved");
            if j + 1 < seen.len() {
                assert_eq!(chunks[j].1, old.1, "write {i}: a full chunk changed");
            }
        }
        seen = chunks;
    }
    assert_eq!(m.len(), 20_000_000);
    // Geometric growth to 1 MiB chunks: few chunks, so the rollover's writev is one call.
    assert!(seen.len() <= 30, "{} chunks", seen.len());
    let distinct: HashSet<*const u8> = seen.iter().map(|c| c.0).collect();
    assert_eq!(distinct.len(), seen.len());
    assert_eq!(seen.iter().map(|c| c.1).sum::<usize>(), 20_000_000);
}

#[cfg(unix)]
#[test]
fn rollover_is_one_open_one_writev_and_one_close() {
    for n in [1usize, 4095, 4096, 100_000, 1 << 20, 16 << 20] {
        let (_sb, t, os, _) = setup("sp-cost");
        let mut s = spool(&t, 0);
        // Many small writes: many chunks.
        let data: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
        for piece in data.chunks(7919) {
            s.write(piece).unwrap();
        }
        assert_eq!(os.syscalls(), 0);
        os.start_log();
        s.rollover().unwrap();
        assert_eq!(
            call_kinds(&os.log()),
            vec![Call::Open, Call::Writev],
            "n={n}: no lseek when the position is the end"
        );
        s.close().unwrap();
        assert_eq!(
            call_kinds(&os.log()),
            vec![Call::Open, Call::Writev, Call::Close]
        );
        // The file held every byte: check through a fresh spool's view of a reopened copy.
        let mut s = spool(&t, 0);
        s.write(&data).unwrap();
        s.seek(0, Whence::Set).unwrap();
        os.start_log();
        s.rollover().unwrap();
        assert_eq!(
            call_kinds(&os.log()),
            vec![Call::Open, Call::Writev, Call::Lseek],
            "n={n}: one lseek to restore the position"
        );
        assert_eq!(offset(&mut s), 0);
        let f = s.file().unwrap();
        let st = common::fstat_of(f.as_fd().unwrap());
        assert_eq!(st.st_size as usize, n);
        assert_eq!(read_all(&mut s), data);
    }
    // Text: the encoded bytes in one writev.
    let (_sb, t, os, _) = setup("sp-cost-text");
    let mut s = text_spool(&t, 0, FileOptions::new().encoding("utf-8"));
    for _ in 0..1000 {
        s.write_text(&"ΛΛΛ line\n".into()).unwrap();
    }
    os.start_log();
    s.rollover().unwrap();
    let kinds = call_kinds(&os.log());
    assert_eq!(&kinds[..2], &[Call::Open, Call::Writev], "{kinds:?}");
    assert_eq!(kinds.iter().filter(|&&c| c == Call::Writev).count(), 1);
    assert!(kinds.len() <= 3, "{kinds:?}");
}
