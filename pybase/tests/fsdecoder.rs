//! `set_fsdecoder`: the process's `os.fsdecode`, installed once. Its own test binary, because
//! the decoder is process-wide.

use pybase::error::Filename;
use pybase::pyrepr::{self, set_fsdecoder, str_repr};

/// Latin-1: every byte is the code point of its value.
fn latin1(b: &[u8]) -> Vec<u32> {
    b.iter().map(|&x| u32::from(x)).collect()
}

#[test]
fn the_first_decoder_installed_is_the_one_used() {
    // UTF-8 with surrogateescape until one is installed.
    assert_eq!(str_repr(b"caf\xc3\xa9"), "'caf\u{e9}'");
    assert!(set_fsdecoder(latin1));
    assert_eq!(str_repr(b"caf\xc3\xa9"), "'caf\u{c3}\u{a9}'");
    assert_eq!(pyrepr::fsdecode_chars(b"\xff"), [0xff]);
    // A second one changes nothing.
    assert!(!set_fsdecoder(pyrepr::utf8_surrogateescape));
    assert_eq!(str_repr(b"caf\xc3\xa9"), "'caf\u{c3}\u{a9}'");
    assert_eq!(
        Filename::Str(b"/t/\xc3\xa9".to_vec()).repr(),
        "'/t/\u{c3}\u{a9}'"
    );
}
