//! The codec calls text mode makes that the codec corpus (`codec_corpus.rs`, through the C
//! decoding functions and the encoders) does not reach: `decode_all` of the fixed-order UTF-16
//! and UTF-32 codecs, and which codecs write a byte order mark (`utf-8-sig`, `utf-16`,
//! `utf-32`, as CPython's `TextIOWrapper` does at the start of a stream).
#![allow(clippy::unwrap_used)]

use pyio::PyStr;
use pyio::codec::{Codec, ErrorHandler};

#[test]
fn the_little_and_big_endian_codecs_decode_in_their_order() {
    let strict = ErrorHandler::new("strict");
    let a = PyStr::from("a");
    assert_eq!(Codec::Utf16Le.decode_all(b"a\0", &strict).unwrap(), a);
    assert_eq!(Codec::Utf16Be.decode_all(b"\0a", &strict).unwrap(), a);
    assert_eq!(Codec::Utf32Le.decode_all(b"a\0\0\0", &strict).unwrap(), a);
    assert_eq!(Codec::Utf32Be.decode_all(b"\0\0\0a", &strict).unwrap(), a);
}

#[test]
fn only_the_sig_and_unmarked_unicode_codecs_have_a_bom() {
    for (codec, bom) in [
        (Codec::Utf8, false),
        (Codec::Utf8Sig, true),
        (Codec::Utf16, true),
        (Codec::Utf16Le, false),
        (Codec::Utf16Be, false),
        (Codec::Utf32, true),
        (Codec::Utf32Le, false),
        (Codec::Utf32Be, false),
        (Codec::Ascii, false),
        (Codec::Latin1, false),
    ] {
        assert_eq!(codec.has_bom(), bom, "{codec:?}");
    }
}

/// `surrogatepass` lets through only a whole UTF-8-encoded surrogate (a lead byte 0xE_ and two
/// continuation bytes). Anything else keeps the decoder's own error (checked against CPython
/// 3.11's `bytes.decode('utf-8', 'surrogatepass')`).
#[test]
fn utf8_surrogatepass_takes_only_a_whole_encoded_surrogate() {
    use pybase::error::ExcClass;
    let pass = ErrorHandler::new("surrogatepass");
    let got = Codec::Utf8.decode_all(b"\xed\xa0\x80", &pass).unwrap();
    assert_eq!(Some(got), PyStr::from_code_points([0xd800]));
    for (bad, byte, reason) in [
        (&b"\xed\xa0A"[..], "0xed", "invalid continuation byte"),
        (b"\xedA\x80", "0xed", "invalid continuation byte"),
        (b"\xfd\xa0\x80", "0xfd", "invalid start byte"),
    ] {
        let e = Codec::Utf8.decode_all(bad, &pass).unwrap_err();
        assert_eq!(e.class(), ExcClass::UnicodeDecodeError, "{bad:?}");
        assert_eq!(
            e.to_string(),
            format!("'utf-8' codec can't decode byte {byte} in position 0: {reason}"),
            "{bad:?}"
        );
    }
}

/// An unknown handler's name is reported as each release's `'%.400s'` reports it: the first
/// 400 bytes, where a character cut there is left out from 3.14 and becomes U+FFFD before
/// (CPython 3.10.13, 3.12.1, 3.13.0, 3.13.18, 3.14.10 and 3.15.2, `b'\xff'.decode('utf-8',
/// NAME)`).
#[test]
fn an_unknown_handlers_long_name_is_cut_at_400_bytes() {
    use pybase::version::{Behaviour, PyVersion};
    let e_acute = "\u{e9}";
    for version in PyVersion::KNOWN {
        let cut = if version.has(Behaviour::FormatPrecisionWholeChars) {
            ""
        } else {
            "\u{fffd}"
        };
        for (name, shown) in [
            ("x".repeat(500), "x".repeat(400)),
            ("x".repeat(400), "x".repeat(400)),
            (e_acute.repeat(250), e_acute.repeat(200)),
            (
                format!("a{}", e_acute.repeat(250)),
                format!("a{}{cut}", e_acute.repeat(199)),
            ),
        ] {
            let e = Codec::Utf8
                .decode_all(b"\xff", &ErrorHandler::in_release(&name, version))
                .unwrap_err();
            assert_eq!(
                e.to_string(),
                format!("unknown error handler name '{shown}'"),
                "{} bytes in {version}",
                name.len()
            );
        }
    }
    assert!(!PyVersion::V3_13_18.has(Behaviour::FormatPrecisionWholeChars));
    assert!(PyVersion::V3_14.has(Behaviour::FormatPrecisionWholeChars));
}

/// `surrogateescape` encodes U+DC80..U+DCFF back to the bytes 0x80..0xFF, and refuses any other
/// code point it is given (CPython 3.11's `'\udc80\udcff'.encode('utf-8', 'surrogateescape')`).
#[test]
fn surrogateescape_encodes_its_surrogates_back_to_bytes() {
    let h = ErrorHandler::new("surrogateescape");
    let text = PyStr::from_code_points([0x61, 0xdc80, 0xdcab, 0xdcff]).unwrap();
    assert_eq!(Codec::Utf8.encode_all(&text, &h).unwrap(), b"a\x80\xab\xff");
    assert_eq!(
        Codec::Ascii.encode_all(&text, &h).unwrap(),
        b"a\x80\xab\xff"
    );
    let low = PyStr::from_code_points([0xdc7f]).unwrap();
    assert!(
        Codec::Utf8.encode_all(&low, &h).is_err(),
        "U+DC7F is no escaped byte"
    );
}

/// Strict UTF-8 decoding accepts exactly what Rust's own validator accepts, with the same
/// text: every sequence of one and two bytes, every three-byte sequence from a lead byte
/// 0xE0..0xEF with any second byte, and every four-byte one from 0xF0..0xF7 with any second
/// byte, each with third and fourth bytes at the edges of the continuation range. (CPython's
/// decoder and Rust's refuse the same overlong forms, encoded surrogates and values past
/// U+10FFFF.)
#[test]
fn strict_utf8_agrees_with_rusts_validator() {
    let strict = ErrorHandler::new("strict");
    let check = |b: &[u8]| {
        let ours = Codec::Utf8.decode_all(b, &strict);
        match std::str::from_utf8(b) {
            Ok(s) => assert_eq!(ours.unwrap(), PyStr::from(s), "{b:02x?}"),
            Err(_) => assert!(ours.is_err(), "{b:02x?} decoded, but is not UTF-8"),
        }
    };
    let edges = [0x00, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff];
    for a in 0..=255u8 {
        check(&[a]);
        for b in 0..=255u8 {
            check(&[a, b]);
        }
    }
    for a in 0xe0..=0xefu8 {
        for b in 0..=255u8 {
            for c in edges {
                check(&[a, b, c]);
            }
        }
    }
    for a in 0xf0..=0xf7u8 {
        for b in 0..=255u8 {
            for c in edges {
                for d in [0x7f, 0x80, 0xbf, 0xc0] {
                    check(&[a, b, c, d]);
                }
            }
        }
    }
}

/// The incremental codecs' states, as CPython's report them (`codecs.getincrementaldecoder`
/// and `getincrementalencoder` in 3.11): latin-1 and ascii keep nothing, even when told to;
/// utf-8-sig's encoder says 1 until it has written its BOM, utf-16's 2.
#[test]
fn incremental_states_are_cpythons() {
    use pybase::version::PyVersion;
    use pyio::codec::{IncrementalDecoder, IncrementalEncoder};
    for codec in [Codec::Latin1, Codec::Ascii] {
        let mut d = IncrementalDecoder::new(codec, ErrorHandler::strict(), PyVersion::NEWEST);
        d.setstate(b"ab", 0);
        assert_eq!(d.getstate(), (Vec::new(), 0), "{codec:?}");
        assert_eq!(
            d.decode(b"x", false).unwrap(),
            PyStr::from("x"),
            "{codec:?}"
        );
    }
    for (codec, before) in [(Codec::Utf8Sig, 1), (Codec::Utf16, 2), (Codec::Utf8, 0)] {
        let mut e = IncrementalEncoder::new(codec, ErrorHandler::strict());
        assert_eq!(e.getstate(), before, "{codec:?}");
        e.encode(&PyStr::from("a")).unwrap();
        assert_eq!(e.getstate(), 0, "{codec:?} after a write");
    }
}

/// UTF-8's errors name the byte and the reason CPython gives (`codecs.utf_8_decode` in 3.11):
/// a lead byte below 0xC2 or from 0xF5 is an invalid start byte, a valid lead followed by a
/// wrong byte an invalid continuation byte. A truncated encoded surrogate at the end of a
/// partial input is kept for the next one, even after other text.
#[test]
fn utf8_errors_and_a_pending_encoded_surrogate_are_cpythons() {
    use pyio::codec::utf8_decode;
    let strict = ErrorHandler::new("strict");
    for (data, byte, reason) in [
        (&b"\xc2A"[..], "0xc2", "invalid continuation byte"),
        (b"\xc1A", "0xc1", "invalid start byte"),
        (b"\xf4\x90\x80\x80", "0xf4", "invalid continuation byte"),
        (b"\xf5", "0xf5", "invalid start byte"),
        (b"\xe0\x80", "0xe0", "invalid continuation byte"),
        (b"\xed\xa0A", "0xed", "invalid continuation byte"),
    ] {
        let e = utf8_decode(data, &strict, true).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("'utf-8' codec can't decode byte {byte} in position 0: {reason}"),
            "{data:02x?}"
        );
    }
    for h in ["strict", "surrogatepass"] {
        let h = ErrorHandler::new(h);
        assert_eq!(
            utf8_decode(b"a\xed\xa0", &h, false).unwrap(),
            (vec![0x61], 1)
        );
        assert_eq!(utf8_decode(b"\xed\xa0", &h, false).unwrap(), (vec![], 0));
    }
}
