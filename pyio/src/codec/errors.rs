//! Error handlers: `codecs.lookup_error`'s names and the handlers of `Python/codecs.c`
//! (`strict_errors`, `ignore_errors`, `replace_errors`, `backslashreplace_errors`,
//! `xmlcharrefreplace_errors`, `surrogateescape_errors`, `surrogatepass_errors` with
//! `get_standard_encoding`), as the C codecs of `Objects/unicodeobject.c` call them: what each
//! replaces a bad input with and where decoding or encoding resumes, the exception
//! (`UnicodeDecodeError`/`UnicodeEncodeError`) with CPython's positions and reasons, and the
//! lookup of a handler's name only when an error happens. `namereplace` is refused (module docs
//! of [`crate::codec`]).
//!
//! Knows nothing of the other codec modules: the codec is named by its Python name.

use std::borrow::Cow;

use crate::error::{Error, ExcClass, Result};
use crate::version::{Behaviour, PyVersion};

/// The error handlers pytempfile implements.
pub const SUPPORTED_ERROR_HANDLERS: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "surrogateescape",
    "surrogatepass",
    "backslashreplace",
    "xmlcharrefreplace",
];

/// Which error handler a name designates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HandlerKind {
    /// `strict`: raise.
    Strict,
    /// `ignore`: drop the bad input.
    Ignore,
    /// `replace`: `?` when encoding, U+FFFD when decoding.
    Replace,
    /// `surrogateescape`: bytes 0x80..0xFF ↔ U+DC80..U+DCFF.
    SurrogateEscape,
    /// `surrogatepass`: surrogates encoded as if they were characters (UTF-8/16/32 only).
    SurrogatePass,
    /// `backslashreplace`: `\xNN`, `\uNNNN`, `\UNNNNNNNN`.
    BackslashReplace,
    /// `xmlcharrefreplace`: `&#N;` (encoding only).
    XmlCharRefReplace,
    /// `namereplace`: known to CPython, not implemented by pytempfile.
    NameReplace,
    /// Any other name: `LookupError` when first needed.
    Unknown,
}

/// An `errors=` value: the name as given and what it designates.
///
/// # Examples
///
/// ```
/// use pyio::codec::{ErrorHandler, HandlerKind};
///
/// let h = ErrorHandler::new("surrogateescape");
/// assert_eq!(h.kind(), HandlerKind::SurrogateEscape);
/// // Any name is accepted now; an unknown one fails only when an error needs it.
/// let typo = ErrorHandler::new("strickt");
/// assert_eq!(typo.lookup().unwrap_err().to_string(), "unknown error handler name 'strickt'");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ErrorHandler {
    name: String,
    kind: HandlerKind,
    /// The release whose wording an unknown name's error follows.
    version: PyVersion,
}

impl Default for ErrorHandler {
    fn default() -> ErrorHandler {
        ErrorHandler::strict()
    }
}

impl ErrorHandler {
    /// The handler named `name` (never fails: CPython looks names up only when an error
    /// happens; see [`ErrorHandler::lookup`]), with the newest release's wording for an
    /// unknown name ([`ErrorHandler::in_release`] chooses).
    pub fn new(name: &str) -> ErrorHandler {
        ErrorHandler::in_release(name, PyVersion::NEWEST)
    }

    /// [`ErrorHandler::new`], reporting an unknown name as `version` does (a name longer than
    /// 400 bytes is cut as [`Behaviour::FormatPrecisionWholeChars`] says).
    pub fn in_release(name: &str, version: PyVersion) -> ErrorHandler {
        let kind = match name {
            "strict" => HandlerKind::Strict,
            "ignore" => HandlerKind::Ignore,
            "replace" => HandlerKind::Replace,
            "surrogateescape" => HandlerKind::SurrogateEscape,
            "surrogatepass" => HandlerKind::SurrogatePass,
            "backslashreplace" => HandlerKind::BackslashReplace,
            "xmlcharrefreplace" => HandlerKind::XmlCharRefReplace,
            "namereplace" => HandlerKind::NameReplace,
            _ => HandlerKind::Unknown,
        };
        ErrorHandler {
            name: name.to_string(),
            kind,
            version,
        }
    }

    /// `strict`.
    pub fn strict() -> ErrorHandler {
        ErrorHandler::new("strict")
    }

    /// The name as given.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the name designates.
    pub fn kind(&self) -> HandlerKind {
        self.kind
    }

    /// `codecs.lookup_error(name)`: `LookupError("unknown error handler name 'NAME'")` for a
    /// name CPython does not know.
    pub fn lookup(&self) -> Result<()> {
        match self.kind {
            HandlerKind::Unknown => Err(self.unknown()),
            _ => Ok(()),
        }
    }

    fn unknown(&self) -> Error {
        Error::new(
            ExcClass::LookupError,
            format!(
                "unknown error handler name '{}'",
                truncate_400(&self.name, self.version)
            ),
        )
    }
}

/// `UnicodeDecodeError(codec, data, start, end, reason)` ([`Error::unicode_decode`]).
pub(super) fn decode_error(
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Error {
    Error::unicode_decode(codec, data, start, end, reason)
}

/// `UnicodeEncodeError(codec, text, start, end, reason)` ([`Error::unicode_encode`]).
pub(super) fn encode_error(
    codec: &str,
    cps: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> Error {
    Error::unicode_encode(codec, cps, start, end, reason)
}

/// The encodings `surrogatepass` understands (CPython's `get_standard_encoding`).
#[derive(Clone, Copy)]
enum StdEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

impl StdEncoding {
    fn of(codec: &str) -> Option<StdEncoding> {
        match codec {
            "utf-8" => Some(StdEncoding::Utf8),
            "utf-16" | "utf-16-le" => Some(StdEncoding::Utf16Le),
            "utf-16-be" => Some(StdEncoding::Utf16Be),
            "utf-32" | "utf-32-le" => Some(StdEncoding::Utf32Le),
            "utf-32-be" => Some(StdEncoding::Utf32Be),
            _ => None,
        }
    }

    fn width(self) -> usize {
        match self {
            StdEncoding::Utf8 => 3,
            StdEncoding::Utf16Le | StdEncoding::Utf16Be => 2,
            StdEncoding::Utf32Le | StdEncoding::Utf32Be => 4,
        }
    }
}

/// Whether `c` is a surrogate code point (U+D800..U+DFFF).
pub(super) fn is_surrogate(c: u32) -> bool {
    (0xd800..=0xdfff).contains(&c)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Run the decoding error handler for `data[start..end]` (`reason` from codec `codec`),
/// appending its replacement to `out`; returns where decoding resumes.
pub(super) fn decode_handler(
    errors: &ErrorHandler,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u32>,
) -> Result<usize> {
    let original = || decode_error(codec, data, start, end, reason);
    let bad = data.get(start..end).unwrap_or(&[]);
    match errors.kind {
        HandlerKind::Strict => Err(original()),
        HandlerKind::Ignore => Ok(end),
        HandlerKind::Replace => {
            out.push(0xfffd);
            Ok(end)
        }
        HandlerKind::SurrogateEscape => {
            let n = bad.iter().take_while(|&&b| b >= 128).count();
            if n == 0 {
                return Err(original());
            }
            out.extend(bad[..n].iter().map(|&b| 0xdc00 + u32::from(b)));
            Ok(start + n)
        }
        HandlerKind::SurrogatePass => {
            let Some(std) = StdEncoding::of(codec) else {
                return Err(original());
            };
            let p = data.get(start..start + std.width()).unwrap_or(&[]);
            let ch = match (std, p) {
                (StdEncoding::Utf8, &[a, b, c])
                    if a & 0xf0 == 0xe0 && b & 0xc0 == 0x80 && c & 0xc0 == 0x80 =>
                {
                    (u32::from(a & 0x0f) << 12) | (u32::from(b & 0x3f) << 6) | u32::from(c & 0x3f)
                }
                (StdEncoding::Utf16Le, &[a, b]) => u32::from(u16::from_le_bytes([a, b])),
                (StdEncoding::Utf16Be, &[a, b]) => u32::from(u16::from_be_bytes([a, b])),
                (StdEncoding::Utf32Le, &[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
                (StdEncoding::Utf32Be, &[a, b, c, d]) => u32::from_be_bytes([a, b, c, d]),
                _ => 0,
            };
            if !is_surrogate(ch) {
                return Err(original());
            }
            out.push(ch);
            Ok(start + std.width())
        }
        HandlerKind::BackslashReplace => {
            for &b in bad {
                out.extend([
                    u32::from(b'\\'),
                    u32::from(b'x'),
                    u32::from(HEX[usize::from(b >> 4)]),
                    u32::from(HEX[usize::from(b & 0xf)]),
                ]);
            }
            Ok(end)
        }
        HandlerKind::XmlCharRefReplace | HandlerKind::NameReplace => Err(Error::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        HandlerKind::Unknown => Err(errors.unknown()),
    }
}

/// What an encoding error handler returns: text (to be encoded by the codec) or bytes.
pub(super) enum Replacement {
    Text(Vec<u32>),
    Bytes(Vec<u8>),
}

/// Run the encoding error handler for `cps[start..end]`: the replacement and where encoding
/// resumes.
pub(super) fn encode_handler(
    errors: &ErrorHandler,
    codec: &str,
    cps: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> Result<(Replacement, usize)> {
    let original = || encode_error(codec, cps, start, end, reason);
    let bad = cps.get(start..end).unwrap_or(&[]);
    let ascii = |s: &str| s.bytes().map(u32::from).collect::<Vec<u32>>();
    match errors.kind {
        HandlerKind::Strict => Err(original()),
        HandlerKind::Ignore => Ok((Replacement::Text(Vec::new()), end)),
        HandlerKind::Replace => Ok((Replacement::Text(vec![u32::from(b'?'); bad.len()]), end)),
        HandlerKind::BackslashReplace => {
            let mut s = String::new();
            for &c in bad {
                if c <= 0xff {
                    s.push_str(&format!("\\x{c:02x}"));
                } else if c <= 0xffff {
                    s.push_str(&format!("\\u{c:04x}"));
                } else {
                    s.push_str(&format!("\\U{c:08x}"));
                }
            }
            Ok((Replacement::Text(ascii(&s)), end))
        }
        HandlerKind::XmlCharRefReplace => {
            let mut s = String::new();
            for &c in bad {
                s.push_str(&format!("&#{c};"));
            }
            Ok((Replacement::Text(ascii(&s)), end))
        }
        HandlerKind::SurrogateEscape => {
            let mut out = Vec::with_capacity(bad.len());
            for &c in bad {
                if !(0xdc80..=0xdcff).contains(&c) {
                    return Err(original());
                }
                out.push((c - 0xdc00) as u8);
            }
            Ok((Replacement::Bytes(out), end))
        }
        HandlerKind::SurrogatePass => {
            let Some(std) = StdEncoding::of(codec) else {
                return Err(original());
            };
            let mut out = Vec::with_capacity(bad.len() * std.width());
            for &c in bad {
                if !is_surrogate(c) {
                    return Err(original());
                }
                match std {
                    StdEncoding::Utf8 => out.extend([
                        0xe0 | (c >> 12) as u8,
                        0x80 | ((c >> 6) & 0x3f) as u8,
                        0x80 | (c & 0x3f) as u8,
                    ]),
                    StdEncoding::Utf16Le => out.extend((c as u16).to_le_bytes()),
                    StdEncoding::Utf16Be => out.extend((c as u16).to_be_bytes()),
                    StdEncoding::Utf32Le => out.extend(c.to_le_bytes()),
                    StdEncoding::Utf32Be => out.extend(c.to_be_bytes()),
                }
            }
            Ok((Replacement::Bytes(out), end))
        }
        HandlerKind::NameReplace => Err(Error::new(
            ExcClass::LookupError,
            "pytempfile does not support the error handler 'namereplace'",
        )),
        HandlerKind::Unknown => Err(errors.unknown()),
    }
}

/// `'%.400s'` in CPython's `PyErr_Format`: the first 400 bytes of the UTF-8 text. A character
/// cut at byte 400 is left out from 3.14 ([`Behaviour::FormatPrecisionWholeChars`]) and becomes
/// one U+FFFD before (the cut bytes decoded with `replace`): an error handler named
/// `'a' + 'é' * 250` is reported as `'a' + 'é' * 199`, or with `'\ufffd'` after it.
pub(super) fn truncate_400(s: &str, version: PyVersion) -> Cow<'_, str> {
    if s.len() <= 400 {
        return Cow::Borrowed(s);
    }
    let mut end = 400;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    if end == 400 || version.has(Behaviour::FormatPrecisionWholeChars) {
        Cow::Borrowed(&s[..end])
    } else {
        Cow::Owned(format!("{}\u{fffd}", &s[..end]))
    }
}
