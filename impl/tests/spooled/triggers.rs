//! When a spool rolls over: CPython's triggers (a write's position past `max_size`, `fileno()`,
//! `truncate(size > max_size)`, `writelines`) and their boundaries.

use super::*;

#[test]
fn max_size_zero_never_rolls_on_write() {
    let (sb, t, os, _) = setup("sp-zero");
    let mut s = spool(&t, 0);
    let data = vec![b'x'; 100_000];
    assert_eq!(s.write(&data).unwrap(), 100_000);
    s.writelines(&[&data[..], b"more"]).unwrap();
    assert!(!s.rolled());
    assert_eq!(offset(&mut s), 200_004);
    assert_eq!(os.syscalls(), 0, "nothing touches the OS in memory");
    assert!(sb.entries().is_empty());
    // truncate(None) and truncate(0) never roll either.
    assert_eq!(s.truncate(None).unwrap(), Some(200_004));
    assert_eq!(s.truncate(Some(0)).unwrap(), Some(0));
    assert!(!s.rolled());
    // truncate(1) > max_size 0: rolls.
    s.write(b"abc").unwrap();
    assert_eq!(s.truncate(Some(1)).unwrap(), Some(1));
    assert!(s.rolled());
    assert_eq!(
        read_all(&mut s),
        vec![0u8; 1],
        "position 200_007 zero-filled from 0"
    );
}

#[test]
fn boundaries_one_and_n() {
    let (_sb, t, _, _) = setup("sp-bound");
    let mut s = spool(&t, 1);
    s.write(b"x").unwrap();
    assert!(!s.rolled(), "position 1 == max_size 1");
    s.write(b"y").unwrap();
    assert!(s.rolled(), "position 2 > 1");
    assert_eq!(read_all(&mut s), b"xy");

    for n in [2i64, 10, 4096, 100_000] {
        let mut s = spool(&t, n);
        let exact = vec![7u8; usize::try_from(n).unwrap()];
        assert_eq!(s.write(&exact[..exact.len() - 1]).unwrap(), exact.len() - 1);
        s.write(b"z").unwrap();
        assert!(!s.rolled(), "exactly max_size {n}: no roll");
        assert_eq!(s.memory_value().unwrap().unwrap().len() as i64, n);
        assert_eq!(s.write(b"!").unwrap(), 1);
        assert!(s.rolled(), "one past max_size {n}: rolled");
        assert_eq!(offset(&mut s), n as u64 + 1);
        let all = read_all(&mut s);
        assert_eq!(all.len() as i64, n + 1);
        assert_eq!(&all[all.len() - 2..], b"z!");
    }
}

#[test]
fn negative_max_size_rolls_on_the_first_write_even_empty() {
    let (_sb, t, _, _) = setup("sp-neg");
    let mut s = spool(&t, -1);
    assert_eq!(s.write(b"").unwrap(), 0);
    assert!(s.rolled());
    let mut s = spool(&t, -5);
    s.writelines(&[]).unwrap();
    assert!(s.rolled(), "writelines([]) checks too");
}

#[test]
fn the_trigger_is_the_position_not_the_size() {
    let (_sb, t, _, _) = setup("sp-pos");
    let mut s = spool(&t, 10);
    s.write(&[1u8; 10]).unwrap();
    s.seek(0, Whence::Set).unwrap();
    s.write(&[2u8; 10]).unwrap();
    assert!(!s.rolled(), "rewriting from 0 stays at position 10");
    s.seek(0, Whence::Set).unwrap();
    s.read(Some(1)).unwrap();
    assert_eq!(s.write(b"").unwrap(), 0);
    assert!(!s.rolled());

    let mut s = spool(&t, 10);
    assert_eq!(s.seek(100, Whence::Set).unwrap(), 100);
    assert_eq!(s.write(b"").unwrap(), 0);
    assert!(s.rolled(), "position 100 > 10 after an empty write");
    assert_eq!(offset(&mut s), 100);
    assert_eq!(read_all(&mut s), b"", "an empty write does not extend");
}

#[test]
fn truncate_rolls_only_above_max_size() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("sp-trunc");
        let (t, _, _) = module_v(&sb, v);
        let ret = |n: u64| v.at_least(PyVersion::V3_11).then_some(n);
        // Above: roll first, then the file extends; the position stays.
        let mut s = spool(&t, 10);
        s.write(b"abc").unwrap();
        assert_eq!(s.truncate(Some(20)).unwrap(), ret(20), "{v:?}");
        assert!(s.rolled());
        assert_eq!(offset(&mut s), 3);
        let mut want = b"abc".to_vec();
        want.resize(20, 0);
        assert_eq!(read_all(&mut s), want);
        // Below: BytesIO shrinks, no roll, position kept.
        let mut s = spool(&t, 10);
        s.write(b"abcdef").unwrap();
        assert_eq!(s.truncate(Some(2)).unwrap(), ret(2));
        assert!(!s.rolled());
        assert_eq!(offset(&mut s), 6);
        assert_eq!(s.memory_value().unwrap().unwrap(), b"ab");
        // At max_size on a shorter buffer: BytesIO never extends.
        let mut s = spool(&t, 10);
        s.write(b"abc").unwrap();
        assert_eq!(s.truncate(Some(10)).unwrap(), ret(10));
        assert!(!s.rolled());
        assert_eq!(s.memory_value().unwrap().unwrap(), b"abc");
        // Negative sizes: BytesIO's ValueError in memory; after a roll, OSError(EINVAL).
        let e = s.truncate(Some(-1)).unwrap_err();
        assert_eq!(e.class(), ExcClass::ValueError);
        assert_eq!(e.to_string(), "negative size value -1");
        assert!(!s.rolled());
        let mut s = spool(&t, -5);
        let e = s.truncate(Some(-1)).unwrap_err();
        assert!(s.rolled(), "-1 > -5 rolls first");
        assert_eq!(e.errno(), Some(libc::EINVAL));
        assert_eq!(e.to_string(), "[Errno 22] Invalid argument");
        // truncate() without a size in 3.10 returns None too.
        let mut s = spool(&t, 10);
        s.write(b"xyz").unwrap();
        assert_eq!(s.truncate(None).unwrap(), ret(3));
    }
}

#[cfg(unix)]
#[test]
fn fileno_rolls_and_rollover_is_idempotent() {
    let (sb, t, os, _) = setup("sp-fileno");
    let mut s = spool(&t, 100);
    s.write(b"hello").unwrap();
    assert_eq!(s.name(), None);
    let fd = s.fileno().unwrap();
    assert!(s.rolled());
    assert_eq!(s.name(), Some(FileName::Fd(fd)));
    assert_eq!(s.mode(), "rb+");
    assert_eq!(s.file().unwrap().as_fd().unwrap().as_raw_fd(), fd);
    os.reset_counts();
    s.rollover().unwrap();
    s.rollover().unwrap();
    assert_eq!(s.fileno().unwrap(), fd);
    assert_eq!(os.syscalls(), 0, "a second rollover does nothing");
    assert_eq!(offset(&mut s), 5);
    assert_eq!(read_all(&mut s), b"hello");
    assert!(
        sb.entries().is_empty(),
        "the rolled file is a TemporaryFile"
    );
}

#[test]
fn writelines_checks_once_after_all_lines() {
    let (_sb, t, _, _) = setup("sp-lines");
    let mut s = spool(&t, 10);
    s.writelines(&[b"abc", b"defgh"]).unwrap();
    assert!(!s.rolled());
    s.writelines(&[b"ij", b"k"]).unwrap();
    assert!(s.rolled());
    assert_eq!(offset(&mut s), 11);
    s.writelines(&[b"lm", b"n"]).unwrap();
    assert_eq!(read_all(&mut s), b"abcdefghijklmn");
}
