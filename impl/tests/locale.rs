//! The process-wide file-system encoding ([`pytempfile::locale`]): `str` paths in messages are
//! shown as `os.fsdecode` makes them under each encoding CPython can choose on Linux (UTF-8 mode
//! or a UTF-8 locale, the C locale's ASCII, a Latin-1 locale).
//!
//! One test on purpose: it switches the process-wide setting, which every other thread of this
//! binary would see.
#![allow(clippy::unwrap_used)]

use pytempfile::error::Filename;
use pytempfile::locale::{
    filesystem_encoding, fsdecode, fsdecode_code_points, fsencode, set_filesystem_encoding,
};
use pytempfile::pyrepr::str_repr;
use pytempfile::{Error, PyStr};

fn os_error_message(name: &[u8]) -> String {
    Error::from_errno(
        pytempfile::os::Errno(libc::ENOENT),
        Some(Filename::Str(name.to_vec())),
    )
    .to_string()
}

#[test]
fn str_paths_follow_the_filesystem_encoding() {
    let name = "/t/\u{fc}n\u{20ac}".as_bytes();

    set_filesystem_encoding("utf-8", "surrogateescape").unwrap();
    assert_eq!(
        filesystem_encoding(),
        ("utf-8".into(), "surrogateescape".into())
    );
    assert_eq!(str_repr(name), "'/t/\u{fc}n\u{20ac}'");
    assert_eq!(str_repr(b"/t/\xff"), "'/t/\\udcff'");

    // The C locale without UTF-8 mode (an embedded 3.10-3.14, or PYTHONUTF8=0 LC_ALL=C).
    set_filesystem_encoding("ANSI_X3.4-1968", "surrogateescape").unwrap();
    assert_eq!(
        filesystem_encoding(),
        ("ascii".into(), "surrogateescape".into())
    );
    assert_eq!(str_repr(name), "'/t/\\udcc3\\udcbcn\\udce2\\udc82\\udcac'");
    assert_eq!(
        os_error_message(b"/x/\xc3\xbc"),
        "[Errno 2] No such file or directory: '/x/\\udcc3\\udcbc'"
    );
    assert_eq!(
        fsdecode(b"a\xc3").code_points().collect::<Vec<_>>(),
        vec![0x61, 0xdcc3]
    );
    let e = fsencode(&PyStr::from_code_points([0xe9]).unwrap()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
    );
    assert_eq!(
        fsencode(&PyStr::from_code_points([0x61, 0xdcc3]).unwrap()).unwrap(),
        b"a\xc3"
    );

    // UTF-8 with another handler: `surrogatepass` reads an encoded surrogate as that
    // surrogate, as `b"\xed\xa0\x80".decode("utf-8", "surrogatepass")` does (the
    // `surrogateescape` shortcut would show three escaped bytes).
    set_filesystem_encoding("utf-8", "surrogatepass").unwrap();
    assert_eq!(fsdecode_code_points(b"a\xed\xa0\x80"), [0x61, 0xd800]);

    // A Latin-1 locale: every byte is a character.
    set_filesystem_encoding("iso8859-1", "surrogateescape").unwrap();
    assert_eq!(
        filesystem_encoding(),
        ("iso8859-1".into(), "surrogateescape".into())
    );
    assert_eq!(str_repr(b"/x/\xfc\x80"), "'/x/\u{fc}\\x80'");
    assert_eq!(
        fsencode(&PyStr::from_code_points([0x20ac]).unwrap())
            .unwrap_err()
            .to_string(),
        "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)"
    );

    // Codecs pytempfile does not implement are refused and change nothing.
    let err = set_filesystem_encoding("cp1252", "surrogateescape").unwrap_err();
    assert!(err.to_string().contains("cp1252"), "{err}");
    assert!(set_filesystem_encoding("utf-16", "surrogateescape").is_err());
    assert!(set_filesystem_encoding("utf-8", "no-such-handler").is_err());
    assert_eq!(filesystem_encoding().0, "iso8859-1");
}
