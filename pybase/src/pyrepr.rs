//! Python's `repr()` of `str` and `bytes`, for error messages that must read like CPython's
//! (`FileNotFoundError: [Errno 2] No such file or directory: '/x/tmpab12cd34'`).
//!
//! A `str` path is held here as the bytes the file system sees; it is decoded the way
//! `os.fsdecode` does, with the process's file-system encoding: UTF-8 with `surrogateescape`
//! unless a decoder is installed with [`set_fsdecoder`] (pytempfile's `locale` module installs
//! the one the environment or the embedder chooses), so an undecodable byte `0xff` shows as
//! `'\udcff'`, and with the C locale's ASCII a byte `0xc3` shows as `'\udcc3'`, exactly as
//! CPython prints it.
//!
//! Known approximation: Python decides which non-ASCII characters are printable from the
//! Unicode database. This module escapes the non-printable ranges that matter for file names
//! (C0/C1 controls, surrogates, private use, the separators and format characters listed in
//! `is_printable`) and treats every other code point as printable; unassigned code points
//! (category Cn), which CPython escapes, are shown literally.

/// `repr(bytes)`: `b'...'` with Python's quoting and escapes.
///
/// # Examples
///
/// ```
/// use pybase::pyrepr::bytes_repr;
///
/// assert_eq!(bytes_repr(b"/tmp/x"), "b'/tmp/x'");
/// assert_eq!(bytes_repr(b"it's\xff\n"), "b\"it's\\xff\\n\"");
/// ```
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(os.fsdecode(b))`: the repr of the `str` whose file-system encoding is `b`.
///
/// # Examples
///
/// With the default decoder (UTF-8, `surrogateescape`) an undecodable byte shows as the
/// lone surrogate CPython shows:
///
/// ```
/// use pybase::pyrepr::str_repr;
///
/// assert_eq!(str_repr(b"/tmp/tmpab12cd34"), "'/tmp/tmpab12cd34'");
/// assert_eq!(str_repr(b"/tmp/\xff"), "'/tmp/\\udcff'");
/// assert_eq!(str_repr(b"a\tb"), "'a\\tb'");
/// ```
pub fn str_repr(b: &[u8]) -> String {
    code_points_repr(&fsdecode_chars(b))
}

/// `repr(s)` of the `str` made of code points `chars` (lone surrogates allowed).
///
/// # Examples
///
/// ```
/// use pybase::pyrepr::code_points_repr;
///
/// assert_eq!(code_points_repr(&[0x61, 0xd800, 0x27]), "\"a\\ud800'\"");
/// ```
pub fn code_points_repr(chars: &[u32]) -> String {
    let quote = pick_quote(
        chars.contains(&('\'' as u32)),
        chars.contains(&('"' as u32)),
    );
    let mut out = String::with_capacity(chars.len() + 2);
    out.push(quote);
    for &cp in chars {
        match char::from_u32(cp) {
            Some('\\') => out.push_str("\\\\"),
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if c == quote => {
                out.push('\\');
                out.push(quote);
            }
            Some(c) if is_printable(cp) => out.push(c),
            _ if cp < 0x100 => out.push_str(&format!("\\x{cp:02x}")),
            _ if cp < 0x10000 => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
    out.push(quote);
    out
}

/// A process-wide `os.fsdecode`: bytes to code points (lone surrogates allowed).
pub type FsDecoder = fn(&[u8]) -> Vec<u32>;

static FSDECODER: std::sync::OnceLock<FsDecoder> = std::sync::OnceLock::new();

/// Install the process's `os.fsdecode` (once; a later call changes nothing and returns
/// `false`). The decoder is called for every `str` path a message shows; it may consult state
/// of its own that changes later. Without one, [`utf8_surrogateescape`] decodes.
pub fn set_fsdecoder(decoder: FsDecoder) -> bool {
    FSDECODER.set(decoder).is_ok()
}

/// `os.fsdecode(b)` with the process's file-system encoding ([`set_fsdecoder`]), as code
/// points (surrogates are not Rust `char`s).
pub fn fsdecode_chars(b: &[u8]) -> Vec<u32> {
    match FSDECODER.get() {
        Some(decode) => decode(b),
        None => utf8_surrogateescape(b),
    }
}

/// Decode `b` as UTF-8 with `surrogateescape`: each byte of an invalid sequence becomes the
/// lone surrogate `U+DC00 + byte`. Returns code points.
///
/// # Examples
///
/// ```
/// use pybase::pyrepr::utf8_surrogateescape;
///
/// assert_eq!(utf8_surrogateescape(b"a\xc3\xa9\xff"), [0x61, 0xe9, 0xdcff]);
/// ```
pub fn utf8_surrogateescape(mut b: &[u8]) -> Vec<u32> {
    let mut out = Vec::with_capacity(b.len());
    while !b.is_empty() {
        match std::str::from_utf8(b) {
            Ok(s) => {
                out.extend(s.chars().map(|c| c as u32));
                break;
            }
            Err(e) => {
                let (good, rest) = b.split_at(e.valid_up_to());
                // The prefix was just validated as UTF-8.
                out.extend(String::from_utf8_lossy(good).chars().map(|c| c as u32));
                let bad = e.error_len().unwrap_or(rest.len());
                out.extend(rest[..bad].iter().map(|&x| 0xdc00 + u32::from(x)));
                b = &rest[bad..];
            }
        }
    }
    out
}

fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// Whether Python's `str.isprintable()` holds for code point `cp` (see the module docs for the
/// approximation).
fn is_printable(cp: u32) -> bool {
    !matches!(cp,
        0x00..=0x1f | 0x7f..=0xa0 | 0xad
        | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e
        | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f
        | 0x3000 | 0xd800..=0xdfff | 0xe000..=0xf8ff | 0xfeff | 0xfff9..=0xfffb
        | 0xf0000..=0x10ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `str_repr` with UTF-8 and `surrogateescape`, whatever the process's file-system
    /// encoding.
    fn str_repr(b: &[u8]) -> String {
        code_points_repr(&utf8_surrogateescape(b))
    }

    #[test]
    fn str_repr_like_python() {
        assert_eq!(str_repr(b"/tmp/x"), "'/tmp/x'");
        assert_eq!(str_repr(b"it's"), "\"it's\"");
        assert_eq!(str_repr(b"a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr(b"a\tb\n\x01"), "'a\\tb\\n\\x01'");
        assert_eq!(str_repr(b"\xff"), "'\\udcff'");
        assert_eq!(str_repr("caf\u{e9}".as_bytes()), "'caf\u{e9}'");
        assert_eq!(str_repr("\u{a0}".as_bytes()), "'\\xa0'");
        assert_eq!(str_repr(b"\\"), "'\\\\'");
    }

    #[test]
    fn bytes_repr_like_python() {
        assert_eq!(bytes_repr(b"/tmp"), "b'/tmp'");
        assert_eq!(bytes_repr(b"\xff\x00'"), "b\"\\xff\\x00'\"");
        assert_eq!(bytes_repr(b"\x7f"), "b'\\x7f'");
    }

    /// Both quotes in the value: single quotes around it, and the single quote escaped.
    #[test]
    fn the_quote_around_the_value_is_escaped_inside_it() {
        assert_eq!(bytes_repr(b"a'b\"c"), r#"b'a\'b"c'"#);
        assert_eq!(bytes_repr(b"\"'\""), r#"b'"\'"'"#);
        assert_eq!(bytes_repr(b"a\"b"), r#"b'a"b'"#);
        assert_eq!(code_points_repr(&[0x27, 0x22]), r#"'\'"'"#);
    }

    /// The escapes of both reprs: `\t`, `\n`, `\r` and `\\` by name, the rest by number.
    #[test]
    fn control_characters_are_escaped_like_python() {
        assert_eq!(bytes_repr(b"a\rb\n\t\\\x00"), r"b'a\rb\n\t\\\x00'");
        assert_eq!(str_repr(b"a\rb\n\t\\\x00"), r"'a\rb\n\t\\\x00'");
        assert_eq!(code_points_repr(&[0x0d]), r"'\r'");
        assert_eq!(code_points_repr(&[0x85]), r"'\x85'");
    }

    /// A code point that is not printable is `\xhh` below U+0100, `\uhhhh` below U+10000 and
    /// `\Uhhhhhhhh` above; a printable one is itself.
    #[test]
    fn code_points_are_escaped_by_their_size() {
        let table: [(u32, &str); 9] = [
            (0x7f, r"'\x7f'"),
            (0xad, r"'\xad'"),
            (0x100, "'\u{100}'"),
            (0x2028, r"'\u2028'"),
            (0xd800, r"'\ud800'"),
            (0xe000, r"'\ue000'"),
            (0x10000, "'\u{10000}'"),
            (0xf0000, r"'\U000f0000'"),
            (0x10fffd, r"'\U0010fffd'"),
        ];
        for (cp, repr) in table {
            assert_eq!(code_points_repr(&[cp]), repr, "{cp:#x}");
        }
    }

    #[test]
    fn surrogateescape_decoding() {
        assert_eq!(
            utf8_surrogateescape(b"a\xc3\xa9\xffb"),
            vec![0x61, 0xe9, 0xdcff, 0x62]
        );
        assert_eq!(utf8_surrogateescape(b"\xe2\x82"), vec![0xdce2, 0xdc82]);
    }
}
