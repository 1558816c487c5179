//! SpooledTemporaryFile: CPython's rollover triggers and boundaries, what carries over, text
//! spools, version differences, the finalizer's warning, a property test against a plain
//! in-memory model, and the cost of the memory phase and of the rollover.
//!
//! Every expectation was checked by running CPython 3.10.13, 3.11.7 and 3.13.0 (boundaries for
//! max_size 0, 1, 10 and -1; `seek(100)` + `write(b'')`; truncate above/below/at max_size and
//! with max_size 0; fileno; writelines; mode/name/encoding before and after; UTF-16 tell;
//! 'ΛΛΛ'; newlines; sparse writes; the 3.10 attribute errors; ResourceWarning on collection;
//! BytesIO vs BufferedRandom answers to negative seeks and truncates).
#![allow(clippy::unwrap_used)]
// On Windows the POSIX-only tests below are compiled out, and their helpers with them.
#![cfg_attr(windows, allow(dead_code, unused_imports))]

mod common;

use std::collections::HashSet;
#[cfg(unix)]
use std::os::fd::AsRawFd;

use common::{Sandbox, call_kinds, module_v, unclosed_fds};
use proptest::prelude::*;
use pytempfile::io::memory::MemFile;
use pytempfile::io::text::Cookie;
use pytempfile::os::{Call, Whence};
use pytempfile::{
    Event, ExcClass, FileName, FileOptions, Params, PyStr, PyVersion, SpooledTemporaryFile, Tell,
    Tempfile,
};

fn spool(t: &Tempfile, max: i64) -> SpooledTemporaryFile {
    t.spooled_temporary_file(max, &Params::new(), &FileOptions::new())
        .unwrap()
}

fn text_spool(t: &Tempfile, max: i64, opts: FileOptions) -> SpooledTemporaryFile {
    t.spooled_temporary_file(max, &Params::new(), &opts.mode("w+"))
        .unwrap()
}

fn offset(s: &mut SpooledTemporaryFile) -> u64 {
    match s.tell().unwrap() {
        Tell::Offset(o) => o,
        Tell::Cookie(c) => panic!("binary spool gave a cookie {c:?}"),
    }
}

fn cookie(s: &mut SpooledTemporaryFile) -> Cookie {
    match s.tell().unwrap() {
        Tell::Cookie(c) => c,
        Tell::Offset(o) => panic!("text spool gave an offset {o}"),
    }
}

fn read_all(s: &mut SpooledTemporaryFile) -> Vec<u8> {
    s.seek(0, Whence::Set).unwrap();
    s.read(None).unwrap()
}

fn read_all_text(s: &mut SpooledTemporaryFile) -> PyStr {
    s.seek_text(&Cookie::from_position(0), Whence::Set).unwrap();
    s.read_text(None).unwrap()
}

fn setup(
    tag: &str,
) -> (
    Sandbox,
    Tempfile,
    std::sync::Arc<pytempfile::FaultyOs>,
    common::Events,
) {
    let sb = Sandbox::new(tag);
    let (t, os, ev) = module_v(&sb, PyVersion::V3_13);
    (sb, t, os, ev)
}

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

// POSIX: the rolled file is nameless (`name` is the descriptor); on Windows it is `NamedTemporaryFile`, named by its path (tests/windows.rs).
#[cfg(unix)]
#[test]
fn position_content_mode_and_name_carry_over() {
    let (_sb, t, _, _) = setup("sp-carry");
    let mut s = spool(&t, 100);
    s.write(b"hello world").unwrap();
    s.seek(3, Whence::Set).unwrap();
    assert_eq!(s.mode(), "w+b");
    assert_eq!(s.name(), None);
    assert_eq!(s.file_class(), "BytesIO");
    s.rollover().unwrap();
    assert_eq!(s.mode(), "rb+");
    assert_eq!(s.file_class(), "BufferedRandom");
    let fd = s.fileno().unwrap();
    assert_eq!(s.name(), Some(FileName::Fd(fd)));
    assert_eq!(offset(&mut s), 3);
    assert_eq!(s.read(None).unwrap(), b"lo world");

    let mut s = text_spool(&t, 100, FileOptions::new());
    s.write_text(&"hello".into()).unwrap();
    assert_eq!(s.mode(), "w+");
    assert_eq!(s.name(), None);
    s.rollover().unwrap();
    assert_eq!(s.mode(), "w+");
    assert!(matches!(s.name(), Some(FileName::Fd(_))));
    assert_eq!(s.file_class(), "TextIOWrapper");
    assert_eq!(read_all_text(&mut s), "hello");
}

#[test]
fn binary_spools_have_no_text_attributes() {
    let (_sb, t, _, _) = setup("sp-attrs");
    let mut s = spool(&t, 100);
    let msgs = |s: &SpooledTemporaryFile| {
        vec![
            s.encoding().unwrap_err(),
            s.errors().unwrap_err(),
            s.newlines().unwrap_err(),
        ]
    };
    for (e, attr) in msgs(&s).iter().zip(["encoding", "errors", "newlines"]) {
        assert_eq!(e.class(), ExcClass::AttributeError);
        assert_eq!(
            e.to_string(),
            format!("'_io.BytesIO' object has no attribute '{attr}'")
        );
    }
    s.rollover().unwrap();
    for (e, attr) in msgs(&s).iter().zip(["encoding", "errors", "newlines"]) {
        assert_eq!(e.class(), ExcClass::AttributeError);
        assert_eq!(
            e.to_string(),
            format!("'_io.BufferedRandom' object has no attribute '{attr}'")
        );
    }
}

// POSIX: positions count `\n` as one character written (`\r\n` on Windows).
#[cfg(unix)]
#[test]
fn text_spools_utf8_and_utf16() {
    let (_sb, t, _, _) = setup("sp-text");
    let mut s = text_spool(&t, 100, FileOptions::new().encoding("utf-8"));
    s.write_text(&"a".into()).unwrap();
    assert_eq!(cookie(&mut s), 1u64);
    assert_eq!(s.encoding().unwrap(), "utf-8");
    assert_eq!(s.errors().unwrap(), "strict");

    // UTF-16: the BOM counts, 'a' is at 4.
    let mut s = text_spool(&t, 100, FileOptions::new().encoding("utf-16"));
    s.write_text(&"a".into()).unwrap();
    assert_eq!(cookie(&mut s), 4u64);
    assert!(!s.rolled());
    let mut s = text_spool(&t, 3, FileOptions::new().encoding("utf-16"));
    assert_eq!(s.write_text(&"a".into()).unwrap(), 1);
    assert!(s.rolled(), "position 4 > 3");
    assert_eq!(read_all_text(&mut s), "a");
    // The encoded bytes go to the file as they are (BOM included).
    let mut s = text_spool(&t, 100, FileOptions::new().encoding("utf-16"));
    s.write_text(&"héllo\n".into()).unwrap();
    assert_eq!(cookie(&mut s), 14u64);
    s.rollover().unwrap();
    assert_eq!(cookie(&mut s), 14u64);
    assert_eq!(read_all_text(&mut s), "héllo\n");
    assert_eq!(s.encoding().unwrap(), "utf-16");

    // Encoding and errors reach the rolled file.
    let mut s = text_spool(
        &t,
        100,
        FileOptions::new().encoding("ascii").errors("replace"),
    );
    s.write_text(&"é".into()).unwrap();
    s.rollover().unwrap();
    assert_eq!(s.encoding().unwrap(), "ascii");
    assert_eq!(s.errors().unwrap(), "replace");
    assert_eq!(read_all_text(&mut s), "?");
    // A write that crosses max_size in text mode.
    let mut s = text_spool(&t, 5, FileOptions::new());
    assert_eq!(s.write_text(&"abcdef".into()).unwrap(), 6);
    assert!(s.rolled());
    assert_eq!(cookie(&mut s), 6u64);
    assert_eq!(s.mode(), "w+");
}

#[test]
fn mid_stream_text_position_survives_rollover() {
    let (_sb, t, _, _) = setup("sp-lambda");
    let mut s = text_spool(&t, 100, FileOptions::new().encoding("utf-8"));
    s.write_text(&"ΛΛΛ".into()).unwrap();
    s.seek_text(&Cookie::from_position(0), Whence::Set).unwrap();
    assert_eq!(s.read_text(Some(1)).unwrap(), "Λ");
    assert_eq!(cookie(&mut s), 2u64);
    s.rollover().unwrap();
    assert_eq!(cookie(&mut s), 2u64);
    assert_eq!(s.read_text(None).unwrap(), "ΛΛ");
}

// POSIX: `newline=None` writes `\n` (on Windows `\r\n`, so `\r\n` written becomes `\r\r\n`: tests/windows.rs).
#[cfg(unix)]
#[test]
fn newlines_are_reset_by_rollover() {
    let (_sb, t, _, _) = setup("sp-newlines");
    let mut s = text_spool(&t, 100, FileOptions::new());
    s.write_text(&"a\nb\r\nc".into()).unwrap();
    assert!(s.newlines().unwrap().is_none());
    assert_eq!(read_all_text(&mut s), "a\nb\nc");
    assert_eq!(s.newlines().unwrap().kinds(), vec!["\n", "\r\n"]);
    s.rollover().unwrap();
    assert!(s.newlines().unwrap().is_none(), "a new decoder");
    assert_eq!(read_all_text(&mut s), "a\nb\nc");
    assert_eq!(s.newlines().unwrap().kinds(), vec!["\n", "\r\n"]);

    // newline='': no translation, the record still kept.
    let mut s = text_spool(&t, 50, FileOptions::new().newline(""));
    s.write_text(&"ab\r\ncd\n".into()).unwrap();
    s.seek_text(&Cookie::from_position(0), Whence::Set).unwrap();
    assert_eq!(s.readline_text(None).unwrap(), "ab\r\n");
    assert_eq!(s.newlines().unwrap().kinds(), vec!["\n", "\r\n"]);
    assert_eq!(cookie(&mut s), 4u64);
    s.rollover().unwrap();
    assert!(s.newlines().unwrap().is_none());
    assert_eq!(s.readline_text(None).unwrap(), "cd\n");
    assert_eq!(s.newlines().unwrap().kinds(), vec!["\n"]);
}

// POSIX: a rollover makes no audit event there (O_TMPFILE); on Windows `TemporaryFile` is `NamedTemporaryFile`, whose `_mkstemp_inner` reports `tempfile.mkstemp` (tests/windows.rs).
#[cfg(unix)]
#[test]
fn closed_enter_and_exit() {
    for rolled in [false, true] {
        let (_sb, t, os, events) = setup("sp-closed");
        let mut s = spool(&t, 10);
        if rolled {
            s.rollover().unwrap();
        }
        assert!(s.enter().is_ok());
        s.close().unwrap();
        assert!(s.closed());
        s.close().unwrap();
        let e = s.enter().unwrap_err();
        assert_eq!(e.class(), ExcClass::ValueError);
        assert_eq!(e.to_string(), "Cannot enter context with closed file");
        assert_eq!(s.read(None).unwrap_err().class(), ExcClass::ValueError);
        assert_eq!(s.write(b"x").unwrap_err().class(), ExcClass::ValueError);
        assert_eq!(s.readable().unwrap_err().class(), ExcClass::ValueError);
        if !rolled {
            assert_eq!(
                s.read(None).unwrap_err().to_string(),
                "I/O operation on closed file."
            );
            // fileno() on a closed, unrolled spool: ValueError and no file (see spooled.rs).
            os.reset_counts();
            assert_eq!(s.fileno().unwrap_err().class(), ExcClass::ValueError);
            assert_eq!(os.syscalls(), 0);
        }
        drop(s);
        // exit() closes; an exited spool warns about nothing.
        let mut s = spool(&t, 10);
        s.enter().unwrap();
        s.write(b"abc").unwrap();
        if rolled {
            s.rollover().unwrap();
        }
        s.exit().unwrap();
        assert!(events.take().is_empty());
        assert_eq!(unclosed_fds(&os.log()), Vec::<i32>::new());
    }
}

#[test]
fn python_310_lacks_the_iobase_methods() {
    let sb = Sandbox::new("sp-310");
    let (t, _, events) = module_v(&sb, PyVersion::V3_10);
    let mut s = spool(&t, 10);
    s.write(b"abc").unwrap();
    let mut buf = [0u8; 2];
    let errs = [
        ("readable", s.readable().unwrap_err()),
        ("writable", s.writable().unwrap_err()),
        ("seekable", s.seekable().unwrap_err()),
        ("read1", s.read1(None).unwrap_err()),
        ("readinto", s.readinto(&mut buf).unwrap_err()),
    ];
    for (name, e) in errs {
        assert_eq!(e.class(), ExcClass::AttributeError, "{name}");
        assert_eq!(
            e.to_string(),
            format!("'SpooledTemporaryFile' object has no attribute '{name}'")
        );
    }
    assert_eq!(s.truncate(Some(1)).unwrap(), None);
    assert_eq!(s.truncate(None).unwrap(), None);
    // 3.11+ have them.
    let sb = Sandbox::new("sp-311");
    let (t, _, _) = module_v(&sb, PyVersion::V3_11);
    let mut s = spool(&t, 10);
    s.write(b"abc").unwrap();
    s.seek(0, Whence::Set).unwrap();
    assert!(s.readable().unwrap() && s.writable().unwrap() && s.seekable().unwrap());
    assert_eq!(s.read1(Some(1)).unwrap(), b"a");
    assert_eq!(s.readinto(&mut buf).unwrap(), 2);
    assert_eq!(&buf, b"bc");
    assert!(events.take().is_empty());
}

#[test]
fn sparse_writes_read_back_as_zeros() {
    let (_sb, t, _, _) = setup("sp-sparse");
    let mut want = b"ab".to_vec();
    want.resize(50, 0);
    want.push(b'z');
    // In memory.
    let mut s = spool(&t, 100);
    s.write(b"ab").unwrap();
    s.seek(50, Whence::Set).unwrap();
    s.write(b"z").unwrap();
    assert!(!s.rolled());
    assert_eq!(offset(&mut s), 51);
    assert_eq!(read_all(&mut s), want);
    // Rolled by the sparse write itself.
    let mut s = spool(&t, 10);
    s.write(b"ab").unwrap();
    s.seek(50, Whence::Set).unwrap();
    s.write(b"z").unwrap();
    assert!(s.rolled());
    assert_eq!(read_all(&mut s), want);
    // Written after the rollover.
    let mut s = spool(&t, 100);
    s.write(b"ab").unwrap();
    s.rollover().unwrap();
    s.seek(50, Whence::Set).unwrap();
    s.write(b"z").unwrap();
    assert_eq!(read_all(&mut s), want);
    // A gap far past the end, then a rollover of the gap.
    let mut s = spool(&t, 0);
    s.seek(1 << 20, Whence::Set).unwrap();
    s.write(b"end").unwrap();
    s.rollover().unwrap();
    let all = read_all(&mut s);
    assert_eq!(all.len(), (1 << 20) + 3);
    assert!(all[..1 << 20].iter().all(|&b| b == 0));
    assert_eq!(&all[1 << 20..], b"end");
}

fn resource_warnings(events: &common::Events) -> Vec<String> {
    events
        .take()
        .into_iter()
        .filter_map(|e| match e {
            Event::ResourceWarning { message } => Some(message),
            _ => None,
        })
        .collect()
}

#[test]
fn dropping_an_unclosed_spool_warns_from_311() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("sp-drop");
        let (t, os, events) = module_v(&sb, v);
        os.start_log();
        for rolled in [false, true] {
            let mut s = spool(&t, 10);
            s.write(b"x").unwrap();
            if rolled {
                s.rollover().unwrap();
            }
            drop(s);
            let w = resource_warnings(&events);
            // 3.10 has no __del__ for the spool (an unrolled one just goes; a rolled one's
            // io-level warning is not modelled, see the report).
            if v.at_least(PyVersion::V3_11) {
                assert_eq!(w.len(), 1, "{v:?} rolled={rolled}");
                assert!(
                    w[0].starts_with("Unclosed file <tempfile.SpooledTemporaryFile object"),
                    "{}",
                    w[0]
                );
            } else if !rolled {
                assert!(w.is_empty(), "{v:?}");
            }
        }
        // Closed spools never warn.
        let mut s = spool(&t, 10);
        s.close().unwrap();
        drop(s);
        assert!(resource_warnings(&events).is_empty());
        // Either way the descriptor is closed.
        assert_eq!(unclosed_fds(&os.log()), Vec::<i32>::new(), "{v:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Cost of the memory phase and of the rollover
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Property test: a binary spool against a plain in-memory model
// ---------------------------------------------------------------------------------------------

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
