//! [`PyStr`] against Rust's own UTF-8: any sequence of code points (lone surrogates and
//! values past U+10FFFF included) pushed one by one must read back as the same code points,
//! hold the bytes `'surrogatepass'` UTF-8 gives, and agree with `String` wherever a `String`
//! can hold it; offsets and splits count code points; malformed bytes are refused.

#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use pyio::PyStr;

/// The generalized UTF-8 of one code point: std's encoder, or for a surrogate the 3-byte
/// form the module docs give (`ED A0 80` .. `ED BF BF`).
fn wtf8_of(cp: u32) -> Vec<u8> {
    match char::from_u32(cp) {
        Some(c) => c.to_string().into_bytes(),
        None => {
            assert!((0xd800..=0xdfff).contains(&cp), "{cp:#x} is no code point");
            let low = cp - 0xd800; // 0 ..= 0x7ff
            vec![0xed, 0xa0 + (low >> 6) as u8, 0x80 + (low & 0x3f) as u8]
        }
    }
}

fn code_point() -> impl Strategy<Value = u32> {
    prop_oneof![
        0u32..0x80,
        0x80u32..0x800,
        0x800u32..0x1_0000, // surrogates included
        0x1_0000u32..0x11_0000,
        prop::sample::select(vec![
            0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd,
            0xffff, 0x1_0000, 0x10_ffff,
        ]),
        // Past the last code point: push ignores it, from_code_points refuses.
        0x11_0000u32..0x20_0000,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn pystr_holds_any_code_points(cps in prop::collection::vec(code_point(), 0..24)) {
        let valid: Vec<u32> = cps.iter().copied().filter(|&c| c <= 0x10_ffff).collect();
        let mut s = PyStr::with_capacity(cps.len());
        for &cp in &cps {
            s.push(cp);
        }
        let bytes: Vec<u8> = valid.iter().flat_map(|&c| wtf8_of(c)).collect();
        prop_assert_eq!(s.code_points().collect::<Vec<_>>(), valid.clone());
        prop_assert_eq!(s.as_wtf8(), &bytes[..]);
        prop_assert_eq!(s.len(), valid.len());
        prop_assert_eq!(s.is_empty(), valid.is_empty());
        let from_bytes = PyStr::from_wtf8(bytes.clone());
        prop_assert_eq!(from_bytes.as_ref(), Some(&s));
        let all_valid = valid.len() == cps.len();
        let from_cps = PyStr::from_code_points(cps.clone());
        prop_assert_eq!(from_cps.as_ref(), all_valid.then_some(&s));

        // Where a String can hold it, it is that String.
        let chars: Option<String> = valid.iter().map(|&c| char::from_u32(c)).collect();
        prop_assert_eq!(s.as_str(), chars.as_deref());
        if let Some(text) = &chars {
            prop_assert!(s == text.as_str() && s == *text.as_str());
            // And unequal to any other string: one more character, or one fewer.
            let longer = format!("{text}x");
            prop_assert!(s != longer.as_str() && s != *longer.as_str());
            if let Some((cut, _)) = text.char_indices().last() {
                let shorter: &str = &text[..cut];
                prop_assert!(s != shorter && s != *shorter);
            }
            prop_assert_eq!(&PyStr::from(text.as_str()), &s);
            prop_assert_eq!(&PyStr::from(text.clone()), &s);
        }
        let lossy: String = valid
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        prop_assert_eq!(&s.to_string_lossy(), &lossy);
        prop_assert_eq!(&s.to_string(), &lossy);

        // Offsets and splits count code points.
        for n in 0..=valid.len() + 1 {
            let k = n.min(valid.len());
            let offset: usize = valid[..k].iter().map(|&c| wtf8_of(c).len()).sum();
            prop_assert_eq!(s.char_offset(n), offset, "char_offset({})", n);
            let (head, tail) = s.split_at_char(n);
            prop_assert_eq!(head.code_points().collect::<Vec<_>>(), valid[..k].to_vec());
            prop_assert_eq!(tail.code_points().collect::<Vec<_>>(), valid[k..].to_vec());
            // And they put back together.
            let mut joined = head.clone();
            joined.push_pystr(&tail);
            prop_assert_eq!(&joined, &s);
        }
        let mut t = s.clone();
        t.push_str("end");
        prop_assert_eq!(t.len(), valid.len() + 3);
        prop_assert!(t.as_wtf8().ends_with(b"end"));
        t.clear();
        prop_assert!(t.is_empty() && t.as_wtf8().is_empty());
        prop_assert_eq!(t.len(), 0);
        prop_assert_eq!(s.clone().into_wtf8(), bytes);
    }
}

#[test]
fn malformed_generalized_utf8_is_refused() {
    let refused: [&[u8]; 12] = [
        b"\x80",             // a continuation byte first
        b"\xc0\x80",         // overlong NUL
        b"\xc1\xbf",         // overlong U+7F
        b"\xc2",             // cut short
        b"\xe0\x80\x80",     // overlong 3-byte
        b"\xe0\x9f\xbf",     // overlong U+7FF
        b"\xe2\x82",         // cut short
        b"\xf0\x80\x80\x80", // overlong 4-byte
        b"\xf0\x8f\xbf\xbf", // overlong U+FFFF
        b"\xf4\x90\x80\x80", // past U+10FFFF
        b"\xf5\x80\x80\x80", // no lead byte
        b"a\xe2\x28\xa1",    // a continuation that is not one
    ];
    for bytes in refused {
        assert_eq!(PyStr::from_wtf8(bytes.to_vec()), None, "{bytes:x?}");
    }
    // The boundaries themselves are fine, lone surrogates too.
    let accepted: [(&[u8], u32); 8] = [
        (b"\x7f", 0x7f),
        (b"\xc2\x80", 0x80),
        (b"\xdf\xbf", 0x7ff),
        (b"\xe0\xa0\x80", 0x800),
        (b"\xed\xa0\x80", 0xd800),
        (b"\xef\xbf\xbf", 0xffff),
        (b"\xf0\x90\x80\x80", 0x1_0000),
        (b"\xf4\x8f\xbf\xbf", 0x10_ffff),
    ];
    for (bytes, cp) in accepted {
        let s = PyStr::from_wtf8(bytes.to_vec()).unwrap();
        assert_eq!(s.code_points().collect::<Vec<_>>(), vec![cp], "{bytes:x?}");
    }
}

#[test]
fn debug_is_pythons_repr_for_the_escapes_it_makes() {
    let s = PyStr::from_code_points([0x5c, 0x0a, 0x0d, 0x09, 0x00, 0x85, 0xe9, 0xdc80, 0x1f600])
        .unwrap();
    // repr('\\\n\r\t\x00\x85é\udc80😀') in CPython.
    assert_eq!(format!("{s:?}"), "'\\\\\\n\\r\\t\\x00\\x85é\\udc80😀'");
    assert_eq!(format!("{:?}", PyStr::new()), "''");
    // repr("it's"), repr('say "hi"'), repr('\u2028'): the quote and the printable set are
    // Python's.
    assert_eq!(format!("{:?}", PyStr::from("it's")), "\"it's\"");
    assert_eq!(format!("{:?}", PyStr::from("say \"hi\"")), "'say \"hi\"'");
    assert_eq!(format!("{:?}", PyStr::from("\u{2028}")), "'\\u2028'");
}
