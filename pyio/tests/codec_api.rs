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
