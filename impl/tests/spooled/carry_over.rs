//! What a rollover carries over (content, position, mode, name, a text spool's encoding, cookie
//! and newlines, sparse gaps), and the attributes and calls each kind of spool has.

use super::*;

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

#[test]
fn str_calls_on_a_binary_spool_are_type_errors_that_change_nothing() {
    let (_sb, t, _, _) = setup("sp-str-on-binary");
    for rolled in [false, true] {
        let mut s = spool(&t, 100);
        s.write(b"abc").unwrap();
        if rolled {
            s.rollover().unwrap();
        }
        let text = PyStr::from("x");
        let start = Cookie::from_position(0);
        let errs = [
            ("read_text", s.read_text(None).map(|_| ()).unwrap_err()),
            (
                "readline_text",
                s.readline_text(None).map(|_| ()).unwrap_err(),
            ),
            (
                "readlines_text",
                s.readlines_text().map(|_| ()).unwrap_err(),
            ),
            ("write_text", s.write_text(&text).map(|_| ()).unwrap_err()),
            (
                "writelines_text",
                s.writelines_text(std::slice::from_ref(&text)).unwrap_err(),
            ),
            (
                "seek_text",
                s.seek_text(&start, Whence::Set).map(|_| ()).unwrap_err(),
            ),
            // The spool's own error, not the rolled-over file's: a binary file object would
            // answer a text seek with its own TypeError.
            (
                "seek_text_int",
                s.seek_text_int(0, Whence::Set).map(|_| ()).unwrap_err(),
            ),
        ];
        for (call, e) in errs {
            assert_eq!(e.class(), ExcClass::TypeError, "{call}, rolled {rolled}");
            assert_eq!(
                e.to_string(),
                "a binary spool reads and writes bytes, not str",
                "{call}, rolled {rolled}"
            );
        }
        assert_eq!(
            offset(&mut s),
            3,
            "rolled {rolled}: the position did not move"
        );
        assert_eq!(read_all(&mut s), b"abc", "rolled {rolled}");
    }
}

#[test]
fn bytes_calls_on_a_text_spool_are_type_errors() {
    let (_sb, t, _, _) = setup("sp-bytes-on-text");
    for rolled in [false, true] {
        let mut s = text_spool(&t, 100, FileOptions::new().encoding("utf-8"));
        s.write_text(&PyStr::from("abc")).unwrap();
        if rolled {
            s.rollover().unwrap();
        }
        let errs = [
            ("read", s.read(None).map(|_| ()).unwrap_err()),
            ("readline", s.readline(None).map(|_| ()).unwrap_err()),
            ("write", s.write(b"x").map(|_| ()).unwrap_err()),
            ("writelines", s.writelines(&[b"x"]).unwrap_err()),
            ("seek", s.seek(0, Whence::Set).map(|_| ()).unwrap_err()),
        ];
        for (call, e) in errs {
            assert_eq!(e.class(), ExcClass::TypeError, "{call}, rolled {rolled}");
            assert!(
                e.to_string()
                    .ends_with("reads and writes str: use the *_text methods"),
                "{call}, rolled {rolled}: {e}"
            );
        }
        assert_eq!(cookie(&mut s), Cookie::from_position(3), "rolled {rolled}");
        assert_eq!(read_all_text(&mut s), PyStr::from("abc"), "rolled {rolled}");
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
