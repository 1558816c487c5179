//! `io.open`'s file objects ([`FileObject`]) beyond what the buffered corpus replays
//! (`buffered_corpus.rs`): the attributes and capabilities, `FileIO`'s own methods, text mode's
//! file-level calls, the finalizer, the standard I/O traits, and the host (`FixedHost`). Each
//! assertion is what CPython's `io.open` gives (`Lib/_pyio.py`).
#![allow(clippy::unwrap_used)]
#![cfg(unix)]

mod common;

use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::Arc;

use common::{Heard, fresh_path, open_new};
use pybase::error::ExcClass;
use pybase::os::Whence;
use pybase::version::PyVersion;
use pyio::PyStr;
use pyio::buffered::default_buffer_size;
use pyio::file::{FileName, FileObject, FixedHost, Host, OpenArgs, Tell, default_text_encoding};
use pyio::text::Cookie;

/// A new file opened with `args` in `version`'s mode; its path, removed by the caller.
fn open_v(version: PyVersion, args: &OpenArgs<'_>) -> (FileObject, std::path::PathBuf) {
    let path = fresh_path("file-object");
    let f = open_new(Arc::new(FixedHost::new(version)), &path, args).unwrap();
    (f, path)
}

fn open(args: &OpenArgs<'_>) -> (FileObject, std::path::PathBuf) {
    open_v(PyVersion::V3_13, args)
}

fn args(mode: &str, buffering: i64) -> OpenArgs<'_> {
    OpenArgs {
        buffering,
        ..OpenArgs::new(mode)
    }
}

fn done(mut f: FileObject, path: std::path::PathBuf) {
    f.close().unwrap();
    std::fs::remove_file(path).unwrap();
}

#[test]
fn fixed_host_follows_its_release_and_wants_no_reports() {
    let h = FixedHost::new(PyVersion::V3_12);
    assert_eq!(h.version(), PyVersion::V3_12);
    // locale.getencoding() on a UTF-8 locale; UTF-8 mode (the default from 3.15) says utf-8.
    assert_eq!(h.locale_encoding(), "UTF-8");
    assert_eq!(FixedHost::new(PyVersion::V3_15).locale_encoding(), "utf-8");
    assert_eq!(default_text_encoding(PyVersion::V3_10), "UTF-8");
    assert_eq!(default_text_encoding(PyVersion::V3_15), "utf-8");
    assert!(!h.wants_reports());
}

#[test]
fn a_text_file_without_an_encoding_or_with_locale_takes_the_hosts() {
    for (encoding, want) in [
        (None, "UTF-8"),
        (Some("locale"), "UTF-8"),
        (Some("latin-1"), "latin-1"),
    ] {
        let (f, path) = open(&OpenArgs {
            encoding,
            ..OpenArgs::new("w+")
        });
        assert_eq!(f.encoding().unwrap(), want, "{encoding:?}");
        assert_eq!(f.errors().unwrap(), "strict");
        done(f, path);
    }
    let (f, path) = open(&OpenArgs {
        errors: Some("replace"),
        ..OpenArgs::new("w+")
    });
    assert_eq!(f.errors().unwrap(), "replace");
    done(f, path);
}

#[test]
fn binary_objects_have_no_text_attributes() {
    let (f, path) = open(&args("w+b", -1));
    for e in [
        f.encoding().unwrap_err(),
        f.errors().unwrap_err(),
        f.newlines().unwrap_err(),
    ] {
        assert_eq!(e.class(), ExcClass::AttributeError);
        assert!(
            e.to_string()
                .starts_with("'_io.BufferedRandom' object has no attribute"),
            "{e}"
        );
    }
    assert!(!f.is_text());
    done(f, path);
}

#[test]
fn newlines_lists_the_endings_read() {
    let (mut f, path) = open(&OpenArgs::new("w+"));
    assert!(f.is_text());
    assert!(f.newlines().unwrap().is_none());
    std::fs::write(&path, b"a\r\nb\n").unwrap();
    f.seek_text_int(0, Whence::Set).unwrap();
    assert_eq!(f.read_text(None).unwrap(), PyStr::from("a\nb\n"));
    assert_eq!(f.newlines().unwrap().kinds(), vec!["\n", "\r\n"]);
    done(f, path);
}

#[test]
fn tell_exceeds_compares_with_the_python_integer() {
    for t in [Tell::Offset(10), Tell::Cookie(Cookie::from_position(10))] {
        assert!(t.exceeds(9), "{t:?}");
        assert!(!t.exceeds(10), "{t:?}");
        assert!(!t.exceeds(11), "{t:?}");
        assert!(t.exceeds(-1), "{t:?}");
    }
    assert!(!Tell::Offset(0).exceeds(0));
}

#[test]
fn debug_shows_the_class_mode_and_state() {
    let (f, path) = open(&args("w+b", -1));
    let d = format!("{f:?}");
    assert!(d.starts_with("BufferedRandom"), "{d}");
    assert!(d.contains("rb+") && d.contains("closed: false"), "{d}");
    done(f, path);
}

#[test]
fn buffering_1_in_text_mode_is_line_buffering_over_the_default_buffer() {
    let (mut f, path) = open(&args("w+", 1));
    f.write_text(&PyStr::from("ab")).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"");
    f.write_text(&PyStr::from("c\n")).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"abc\n");
    let size = f.buffered_mut().unwrap().buffer_size();
    assert_eq!(size, default_buffer_size(PyVersion::V3_13));
    done(f, path);
    // Without line buffering nothing reaches the file before a flush.
    let (mut f, path) = open(&args("w+", -1));
    f.write_text(&PyStr::from("c\n")).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"");
    done(f, path);
    // A size above 1 is the buffer's size, in either mode.
    for mode in ["w+", "w+b"] {
        let (mut f, path) = open(&args(mode, 64));
        assert_eq!(f.buffered_mut().unwrap().buffer_size(), 64, "{mode}");
        done(f, path);
    }
}

#[test]
fn buffering_1_in_binary_mode_warns_and_uses_the_default_buffer() {
    let host = Heard::new(PyVersion::V3_13);
    let path = fresh_path("file-object");
    let mut f = open_new(Arc::clone(&host) as _, &path, &args("w+b", 1)).unwrap();
    assert!(
        host.said()
            .starts_with("WRuntimeWarning:line buffering (buffering=1)")
    );
    let size = f.buffered_mut().unwrap().buffer_size();
    assert_eq!(size, default_buffer_size(PyVersion::V3_13));
    done(f, path);
}

#[test]
fn fileio_repr_mode_and_flush() {
    let (mut f, path) = open(&args("w+b", 0));
    let fd = f.fileno().unwrap();
    assert_eq!(f.mode(), "rb+");
    assert_eq!(
        f.repr(),
        format!("<_io.FileIO name={fd} mode='rb+' closefd=True>")
    );
    assert!(f.buffered_mut().is_none());
    f.flush().unwrap();
    f.set_name(FileName::Fd(99));
    assert_eq!(f.name(), &FileName::Fd(99));
    assert!(f.repr().contains("name=99"));
    f.close().unwrap();
    assert_eq!(f.repr(), "<_io.FileIO [closed]>");
    let e = f.flush().unwrap_err();
    assert_eq!(e.class(), ExcClass::ValueError);
    std::fs::remove_file(path).unwrap();
}

#[test]
fn a_text_objects_mode_is_the_mode_given() {
    let (mut f, path) = open(&args("w+", -1));
    assert_eq!(f.mode(), "w+");
    assert_eq!(
        f.buffered_mut().unwrap().fileno().unwrap(),
        f.fileno().unwrap()
    );
    done(f, path);
}

#[test]
fn capabilities_follow_the_mode_and_are_refused_once_closed() {
    for (mode, buffering, r, w) in [
        ("rb", 0, true, false),
        ("wb", 0, false, true),
        ("w+b", 0, true, true),
        ("rb", -1, true, false),
        ("wb", -1, false, true),
        ("ab", -1, false, true),
        ("w+b", -1, true, true),
        ("r", -1, true, false),
        ("w", -1, false, true),
        ("w+", -1, true, true),
    ] {
        let (f, path) = open(&args(mode, buffering));
        let what = format!("{mode} {buffering}");
        assert_eq!(f.readable().unwrap(), r, "{what}");
        assert_eq!(f.writable().unwrap(), w, "{what}");
        assert!(f.seekable().unwrap(), "{what}");
        assert!(!f.isatty().unwrap(), "{what}");
        let mut f = f;
        f.close().unwrap();
        // Every layer asks its stream, which is closed: io's ValueError, not an answer.
        for (q, r) in [("seekable", f.seekable()), ("isatty", f.isatty())] {
            assert_eq!(r.unwrap_err().class(), ExcClass::ValueError, "{what} {q}");
        }
        std::fs::remove_file(path).unwrap();
    }
}

#[test]
fn fileio_readline_reads_up_to_a_newline_or_the_limit() {
    let (mut f, path) = open(&args("w+b", 0));
    f.write(b"ab\ncd").unwrap();
    f.seek(0, Whence::Set).unwrap();
    assert_eq!(f.readline(None).unwrap(), b"ab\n");
    assert_eq!(f.readline(Some(0)).unwrap(), b"");
    assert_eq!(f.readline(Some(1)).unwrap(), b"c");
    assert_eq!(f.readline(Some(5)).unwrap(), b"d");
    assert_eq!(f.readline(None).unwrap(), b"");
    done(f, path);
}

#[test]
fn writelines_takes_its_modes_lines() {
    let (mut f, path) = open(&args("w+b", -1));
    f.writelines(&[b"ab", b"c\n"]).unwrap();
    f.flush().unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"abc\n");
    let e = f.writelines_text(&[PyStr::from("x")]).unwrap_err();
    assert_eq!(e.class(), ExcClass::TypeError);
    done(f, path);

    let (mut f, path) = open(&args("w+", -1));
    f.writelines_text(&[PyStr::from("ab"), PyStr::from("c\n")])
        .unwrap();
    f.flush().unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"abc\n");
    let e = f.writelines(&[b"x"]).unwrap_err();
    assert_eq!(e.class(), ExcClass::TypeError);
    f.close().unwrap();
    let e = f.writelines_text(&[PyStr::from("x")]).unwrap_err();
    assert_eq!(e.class(), ExcClass::ValueError);
    std::fs::remove_file(path).unwrap();
}

#[test]
fn write_chunks_writes_their_concatenation() {
    for (mode, buffering) in [("w+b", 0), ("w+b", -1), ("w+b", 3), ("w+", -1)] {
        let (mut f, path) = open(&args(mode, buffering));
        assert_eq!(f.write_chunks(&[b"ab", b"", b"cde"]).unwrap(), 5);
        f.flush().unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"abcde",
            "{mode} {buffering}"
        );
        done(f, path);
    }
}

#[test]
fn text_reads_readlines_and_seeks_to_a_cookie() {
    let (mut f, path) = open(&args("w+", -1));
    f.write_text(&PyStr::from("one\ntwo\nthree\n")).unwrap();
    f.seek_text_int(0, Whence::Set).unwrap();
    assert_eq!(f.readline_text(None).unwrap(), PyStr::from("one\n"));
    let Tell::Cookie(at) = f.tell().unwrap() else {
        panic!("a text tell is a cookie")
    };
    assert_eq!(
        f.readlines_text(None).unwrap(),
        vec![PyStr::from("two\n"), PyStr::from("three\n")]
    );
    assert_eq!(f.seek_text(&at, Whence::Set).unwrap(), at);
    assert_eq!(f.read_text(Some(3)).unwrap(), PyStr::from("two"));
    done(f, path);
}

#[test]
fn text_truncate_hands_a_negative_size_to_the_buffer() {
    let (mut f, path) = open(&args("w+", -1));
    f.write_text(&PyStr::from("abcdef")).unwrap();
    // TextIOWrapper flushes, then BufferedRandom.truncate(-1): ftruncate's EINVAL.
    let e = f.truncate(Some(-1)).unwrap_err();
    assert_eq!(e.errno(), Some(libc::EINVAL));
    assert_eq!(std::fs::read(&path).unwrap(), b"abcdef");
    assert_eq!(f.truncate(Some(2)).unwrap(), 2);
    assert_eq!(f.truncate(None).unwrap(), 6);
    f.close().unwrap();
    assert!(f.closed());
    assert_eq!(std::fs::read(&path).unwrap(), b"ab\0\0\0\0");
    std::fs::remove_file(path).unwrap();
}

#[test]
fn dropping_an_unclosed_file_warns_and_closes_it() {
    let host = Heard::new(PyVersion::V3_13);
    let path = fresh_path("file-object");
    let mut f = open_new(Arc::clone(&host) as _, &path, &args("w+b", -1)).unwrap();
    let fd = f.fileno().unwrap();
    f.write(b"pending").unwrap();
    drop(f);
    assert_eq!(
        host.said(),
        format!("WResourceWarning:unclosed file <_io.BufferedRandom name={fd}>")
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"pending");
    std::fs::remove_file(path).unwrap();
}

#[test]
fn the_std_io_traits_are_the_binary_calls() {
    let (mut f, path) = open(&args("w+b", -1));
    assert_eq!(Write::write(&mut f, b"hello").unwrap(), 5);
    assert_eq!(std::fs::read(&path).unwrap(), b"");
    Write::flush(&mut f).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"hello");
    assert_eq!(Seek::seek(&mut f, SeekFrom::Start(1)).unwrap(), 1);
    assert_eq!(Seek::seek(&mut f, SeekFrom::Current(1)).unwrap(), 2);
    let mut buf = [0u8; 8];
    assert_eq!(Read::read(&mut f, &mut buf).unwrap(), 3);
    assert_eq!(&buf[..3], b"llo");
    assert_eq!(Seek::seek(&mut f, SeekFrom::End(-4)).unwrap(), 1);
    done(f, path);
}

/// `readline(size)` that starts in the read-ahead and goes on past the buffer: the limit left
/// for the rest is the size less what the read-ahead gave (CPython: 10 bytes, not more). With
/// an 8-byte buffer, after `read(1)` the read-ahead holds 7 bytes and no newline.
#[test]
fn readline_with_a_limit_counts_what_the_read_ahead_gave() {
    let (mut f, path) = open(&args("w+b", 8));
    f.write(b"abcdefghijklmnopqrstuvwxyz\n").unwrap();
    f.seek(0, Whence::Set).unwrap();
    assert_eq!(f.read(Some(1)).unwrap(), b"a");
    assert_eq!(f.readline(Some(10)).unwrap(), b"bcdefghijk");
    assert_eq!(f.readline(Some(5)).unwrap(), b"lmnop");
    assert_eq!(f.tell().unwrap(), Tell::Offset(16));
    assert_eq!(f.readline(None).unwrap(), b"qrstuvwxyz\n");
    assert_eq!(f.tell().unwrap(), Tell::Offset(27));
    done(f, path);
}

/// Append mode over a descriptor without `O_APPEND` (what `io.open(fd, "a+b")` gets from an
/// opener such as `_mkstemp_inner`'s): opening seeks to the end, later writes land where the
/// position is. A write after reading ahead goes back to the logical position (CPython:
/// `heXlo`, `tell()` 3).
#[test]
fn append_mode_over_a_plain_descriptor_writes_at_the_position() {
    let (mut f, path) = open(&args("a+b", -1));
    f.write(b"hello").unwrap();
    f.flush().unwrap();
    f.seek(0, Whence::Set).unwrap();
    assert_eq!(f.read(Some(2)).unwrap(), b"he");
    assert_eq!(f.write(b"X").unwrap(), 1);
    f.flush().unwrap();
    assert_eq!(f.tell().unwrap(), Tell::Offset(3));
    assert_eq!(std::fs::read(&path).unwrap(), b"heXlo");
    done(f, path);
}

/// Two writes inside the read-ahead window, the second before the first (an in-window seek
/// back, no flush between): both reach the file (CPython: `abYdeXghij`).
#[test]
fn a_write_before_the_pending_bytes_extends_them_back() {
    let (mut f, path) = open(&args("w+b", -1));
    f.write(b"abcdefghij").unwrap();
    f.flush().unwrap();
    f.seek(0, Whence::Set).unwrap();
    assert_eq!(f.read(Some(1)).unwrap(), b"a");
    assert_eq!(f.seek(5, Whence::Set).unwrap(), 5);
    f.write(b"X").unwrap();
    assert_eq!(f.seek(2, Whence::Set).unwrap(), 2);
    f.write(b"Y").unwrap();
    f.flush().unwrap();
    assert_eq!(f.tell().unwrap(), Tell::Offset(3));
    assert_eq!(std::fs::read(&path).unwrap(), b"abYdeXghij");
    done(f, path);
}
