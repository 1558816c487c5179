//! The stateless codec functions of `Objects/unicodeobject.c`, as `codecs` exposes them:
//! `PyUnicode_DecodeUTF8Stateful` (`codecs.utf_8_decode`), `PyUnicode_DecodeASCII`,
//! `PyUnicode_DecodeLatin1`, `PyUnicode_DecodeUTF16Stateful` and `PyUnicode_DecodeUTF32Stateful`
//! (`codecs.utf_16_ex_decode` and the `_le`/`_be` functions, by byte order), and the encoders
//! `unicode_encode_utf8`, `unicode_encode_ucs1` (ASCII, Latin-1), `_PyUnicode_EncodeUTF16` and
//! `_PyUnicode_EncodeUTF32`: which bytes or characters form one error, the positions and reasons
//! handed to the handlers ([`super::errors`]), and how each handler's result is spliced in.

use super::errors::{
    ErrorHandler, HandlerKind, Replacement, decode_handler, encode_error, encode_handler,
    is_surrogate,
};
use crate::error::{Error, Result};
use crate::pystr::PyStr;

/// The UTF-8 byte order mark (`codecs.BOM_UTF8`).
pub const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

/// The code points of a `PyStr`.
pub(crate) fn code_points(s: &PyStr) -> Vec<u32> {
    s.code_points().collect()
}

/// A `PyStr` from code points (all `<= 0x10FFFF` by construction here).
pub(crate) fn pystr(cps: &[u32]) -> PyStr {
    let mut s = PyStr::with_capacity(cps.len());
    for &c in cps {
        s.push(c);
    }
    s
}

/// One step of the UTF-8 decoder at the start of `b` (non-empty).
enum Utf8Step {
    /// A character and its length.
    Char(u32, usize),
    /// A valid prefix of a sequence that runs past the end of the input.
    Incomplete,
    /// An error covering `n` bytes (`1`: invalid start byte, otherwise invalid continuation).
    Invalid(usize),
}

fn utf8_step(b: &[u8]) -> Utf8Step {
    use Utf8Step::{Char, Incomplete, Invalid};
    let cont = |x: u8| x & 0xc0 == 0x80;
    let n = b.len();
    let Some(&c) = b.first() else {
        return Incomplete;
    };
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    if c < 0x80 {
        return Char(u32::from(c), 1);
    }
    if c < 0xc2 {
        return Invalid(1);
    }
    if c < 0xe0 {
        if n < 2 {
            return Incomplete;
        }
        if !cont(at(1)) {
            return Invalid(1);
        }
        return Char((u32::from(c & 0x1f) << 6) | u32::from(at(1) & 0x3f), 2);
    }
    if c < 0xf0 {
        let c2 = at(1);
        let bad_second = !cont(c2) || (c == 0xe0 && c2 < 0xa0) || (c == 0xed && c2 >= 0xa0);
        if n < 3 {
            if n >= 2 && bad_second {
                return Invalid(1);
            }
            return Incomplete;
        }
        if bad_second {
            return Invalid(1);
        }
        if !cont(at(2)) {
            return Invalid(2);
        }
        let cp =
            (u32::from(c & 0x0f) << 12) | (u32::from(c2 & 0x3f) << 6) | u32::from(at(2) & 0x3f);
        return Char(cp, 3);
    }
    if c < 0xf5 {
        let c2 = at(1);
        let bad_second = !cont(c2) || (c == 0xf0 && c2 < 0x90) || (c == 0xf4 && c2 >= 0x90);
        if n < 4 {
            if n >= 2 {
                if bad_second {
                    return Invalid(1);
                }
                if n >= 3 && !cont(at(2)) {
                    return Invalid(2);
                }
            }
            return Incomplete;
        }
        if bad_second {
            return Invalid(1);
        }
        if !cont(at(2)) {
            return Invalid(2);
        }
        if !cont(at(3)) {
            return Invalid(3);
        }
        let cp = (u32::from(c & 0x07) << 18)
            | (u32::from(c2 & 0x3f) << 12)
            | (u32::from(at(2) & 0x3f) << 6)
            | u32::from(at(3) & 0x3f);
        return Char(cp, 4);
    }
    Invalid(1)
}

/// `codecs.utf_8_decode(data, errors, final)`: the text and the number of bytes consumed
/// (less than `data.len()` only when not `final` and `data` ends inside a sequence).
pub fn utf8_decode(data: &[u8], errors: &ErrorHandler, final_: bool) -> Result<(Vec<u32>, usize)> {
    let mut out = Vec::with_capacity(data.len());
    let end = data.len();
    let mut s = 0;
    while s < end {
        let (reason, err_end) = match utf8_step(&data[s..]) {
            Utf8Step::Char(cp, n) => {
                out.push(cp);
                s += n;
                continue;
            }
            Utf8Step::Incomplete => {
                if !final_ {
                    break;
                }
                ("unexpected end of data", end)
            }
            Utf8Step::Invalid(n) => {
                // A truncated encoded surrogate stays buffered so that surrogatepass can
                // complete it with the next input.
                if n == 1
                    && !final_
                    && data[s] == 0xed
                    && end - s == 2
                    && (0xa0..=0xbf).contains(&data[s + 1])
                {
                    break;
                }
                if data[s] < 0xc2 || data[s] >= 0xf5 {
                    ("invalid start byte", s + 1)
                } else {
                    ("invalid continuation byte", s + n)
                }
            }
        };
        s = decode_handler(errors, "utf-8", data, s, err_end, reason, &mut out)?;
    }
    Ok((out, s.min(end)))
}

/// `codecs.ascii_decode(data, errors)`.
pub fn ascii_decode(data: &[u8], errors: &ErrorHandler) -> Result<Vec<u32>> {
    let mut out = Vec::with_capacity(data.len());
    let mut s = 0;
    while s < data.len() {
        let b = data[s];
        if b < 128 {
            out.push(u32::from(b));
            s += 1;
            continue;
        }
        s = decode_handler(
            errors,
            "ascii",
            data,
            s,
            s + 1,
            "ordinal not in range(128)",
            &mut out,
        )?;
    }
    Ok(out)
}

/// `codecs.latin_1_decode(data)`.
pub fn latin1_decode(data: &[u8]) -> Vec<u32> {
    data.iter().map(|&b| u32::from(b)).collect()
}

/// Why the UTF-16 unit loop stopped.
enum Utf16Stop {
    /// Fewer than two bytes left.
    End,
    /// A high surrogate with no room for its partner.
    UnexpectedEnd,
    /// A lone low surrogate.
    IllegalEncoding,
    /// A high surrogate followed by something other than a low surrogate.
    IllegalSurrogate,
}

/// The byte order mark step of `PyUnicode_DecodeUTF16Stateful` and
/// `PyUnicode_DecodeUTF32Stateful` (`width` 2 or 4): while `bo` is 0 (order unknown), a BOM of
/// either order at the start of `data` sets `bo` (-1 little-endian, 1 big-endian) and is
/// skipped. Returns the number of bytes skipped.
fn skip_bom(data: &[u8], bo: &mut i32, width: usize) -> usize {
    let Some(first) = data.get(..width).filter(|_| *bo == 0) else {
        return 0;
    };
    let le = first
        .iter()
        .rev()
        .fold(0u32, |acc, &x| (acc << 8) | u32::from(x));
    if le == 0xfeff {
        *bo = -1;
    } else if le == 0xfffe << (8 * (width - 2)) {
        *bo = 1;
    } else {
        return 0;
    }
    width
}

/// `PyUnicode_DecodeUTF16Stateful`: `bo` is 0 (look for a BOM, else little-endian; updated to
/// the BOM's order when one is found), -1 (little-endian) or 1 (big-endian). Returns the text
/// and the bytes consumed.
pub fn utf16_decode(
    data: &[u8],
    errors: &ErrorHandler,
    bo: &mut i32,
    final_: bool,
) -> Result<(Vec<u32>, usize)> {
    let e = data.len();
    let mut q = skip_bom(data, bo, 2);
    if q == e {
        return Ok((Vec::new(), e));
    }
    let le = *bo <= 0;
    let codec = if le { "utf-16-le" } else { "utf-16-be" };
    let unit = |i: usize| -> u32 {
        let pair = [data[i], data[i + 1]];
        u32::from(if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        })
    };
    let mut out = Vec::with_capacity(e / 2);
    loop {
        let stop = loop {
            if e - q < 2 {
                break Utf16Stop::End;
            }
            let u = unit(q);
            q += 2;
            if !is_surrogate(u) {
                out.push(u);
                continue;
            }
            if u >= 0xdc00 {
                break Utf16Stop::IllegalEncoding;
            }
            if e - q < 2 {
                break Utf16Stop::UnexpectedEnd;
            }
            let u2 = unit(q);
            q += 2;
            if !(0xdc00..=0xdfff).contains(&u2) {
                break Utf16Stop::IllegalSurrogate;
            }
            out.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
        };
        let (reason, start, end) = match stop {
            Utf16Stop::End => {
                if q == e || !final_ {
                    break;
                }
                ("truncated data", q, e)
            }
            Utf16Stop::UnexpectedEnd => {
                q -= 2;
                if !final_ {
                    break;
                }
                ("unexpected end of data", q, e)
            }
            Utf16Stop::IllegalEncoding => ("illegal encoding", q - 2, q),
            Utf16Stop::IllegalSurrogate => ("illegal UTF-16 surrogate", q - 4, q - 2),
        };
        q = decode_handler(errors, codec, data, start, end, reason, &mut out)?;
        if q > e {
            q = e;
        }
    }
    Ok((out, q))
}

/// `PyUnicode_DecodeUTF32Stateful`, with `bo` as in [`utf16_decode`].
pub fn utf32_decode(
    data: &[u8],
    errors: &ErrorHandler,
    bo: &mut i32,
    final_: bool,
) -> Result<(Vec<u32>, usize)> {
    let e = data.len();
    let mut q = skip_bom(data, bo, 4);
    if q == e {
        return Ok((Vec::new(), e));
    }
    let le = *bo <= 0;
    let codec = if le { "utf-32-le" } else { "utf-32-be" };
    let mut out = Vec::with_capacity(e / 4);
    loop {
        let mut failure = None;
        while e - q >= 4 {
            let w = [data[q], data[q + 1], data[q + 2], data[q + 3]];
            let ch = if le {
                u32::from_le_bytes(w)
            } else {
                u32::from_be_bytes(w)
            };
            if is_surrogate(ch) {
                failure = Some((
                    "code point in surrogate code point range(0xd800, 0xe000)",
                    q,
                    q + 4,
                ));
                break;
            }
            if ch > 0x10ffff {
                failure = Some(("code point not in range(0x110000)", q, q + 4));
                break;
            }
            out.push(ch);
            q += 4;
        }
        let (reason, start, end) = match failure {
            Some(f) => f,
            None => {
                if q == e || !final_ {
                    break;
                }
                ("truncated data", q, e)
            }
        };
        q = decode_handler(errors, codec, data, start, end, reason, &mut out)?;
        if q > e {
            q = e;
        }
    }
    Ok((out, q))
}

fn push_utf8(out: &mut Vec<u8>, c: u32) {
    match c {
        0..=0x7f => out.push(c as u8),
        0x80..=0x7ff => out.extend([0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8]),
        0x800..=0xffff => out.extend([
            0xe0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
        _ => out.extend([
            0xf0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3f) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
    }
}

/// Splice a handler's replacement into a single-byte-unit output (UTF-8, ASCII, Latin-1):
/// bytes are copied, text must be below `limit` or the original error is raised.
fn splice_bytes(
    out: &mut Vec<u8>,
    rep: Replacement,
    limit: u32,
    original: impl FnOnce() -> Error,
) -> Result<()> {
    match rep {
        Replacement::Bytes(b) => out.extend_from_slice(&b),
        Replacement::Text(t) => {
            if t.iter().any(|&c| c >= limit) {
                return Err(original());
            }
            out.extend(t.iter().map(|&c| c as u8));
        }
    }
    Ok(())
}

/// `codecs.utf_8_encode(text, errors)`: runs of surrogates are the errors.
pub fn utf8_encode(cps: &[u32], errors: &ErrorHandler) -> Result<Vec<u8>> {
    const REASON: &str = "surrogates not allowed";
    let mut out = Vec::with_capacity(cps.len());
    let n = cps.len();
    let mut i = 0;
    while i < n {
        let c = cps[i];
        if !is_surrogate(c) {
            push_utf8(&mut out, c);
            i += 1;
            continue;
        }
        let mut start = i;
        let mut end = i + 1;
        while end < n && is_surrogate(cps[end]) {
            end += 1;
        }
        if errors.kind() == HandlerKind::SurrogateEscape {
            // CPython's fast path escapes what it can, then hands the rest of the run to the
            // generic handler, which fails on its first character.
            while start < end && (0xdc80..=0xdcff).contains(&cps[start]) {
                out.push((cps[start] - 0xdc00) as u8);
                start += 1;
            }
            if start >= end {
                i = end;
                continue;
            }
        }
        let (rep, newpos) = encode_handler(errors, "utf-8", cps, start, end, REASON)?;
        splice_bytes(&mut out, rep, 128, || {
            encode_error("utf-8", cps, start, end, REASON)
        })?;
        i = newpos;
    }
    Ok(out)
}

/// `codecs.ascii_encode` (`limit` 128) and `codecs.latin_1_encode` (`limit` 256): runs of
/// characters at or above `limit` are the errors.
pub fn ucs1_encode(cps: &[u32], errors: &ErrorHandler, limit: u32) -> Result<Vec<u8>> {
    let (codec, reason) = if limit == 128 {
        ("ascii", "ordinal not in range(128)")
    } else {
        ("latin-1", "ordinal not in range(256)")
    };
    let mut out = Vec::with_capacity(cps.len());
    let n = cps.len();
    let mut i = 0;
    while i < n {
        let c = cps[i];
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut start = i;
        let mut end = i + 1;
        while end < n && cps[end] >= limit {
            end += 1;
        }
        if errors.kind() == HandlerKind::SurrogateEscape {
            while start < end && (0xdc80..=0xdcff).contains(&cps[start]) {
                out.push((cps[start] - 0xdc00) as u8);
                start += 1;
            }
            if start >= end {
                i = end;
                continue;
            }
        }
        let (rep, newpos) = encode_handler(errors, codec, cps, start, end, reason)?;
        splice_bytes(&mut out, rep, limit, || {
            encode_error(codec, cps, start, end, reason)
        })?;
        i = newpos;
    }
    Ok(out)
}

/// `_PyUnicode_EncodeUTF16` / `_PyUnicode_EncodeUTF32`: `byteorder` 0 writes a little-endian
/// BOM (codec name `utf-16`/`utf-32`), -1 little-endian, 1 big-endian. Each surrogate is one
/// error; byte replacements must be whole units.
fn utf16or32_encode(
    cps: &[u32],
    errors: &ErrorHandler,
    byteorder: i32,
    width: usize,
) -> Result<Vec<u8>> {
    const REASON: &str = "surrogates not allowed";
    let codec = match (width, byteorder) {
        (2, 0) => "utf-16",
        (2, -1) => "utf-16-le",
        (2, _) => "utf-16-be",
        (_, 0) => "utf-32",
        (_, -1) => "utf-32-le",
        (_, _) => "utf-32-be",
    };
    let be = byteorder == 1;
    let mut out = Vec::with_capacity((cps.len() + 1) * width);
    let push_unit = |out: &mut Vec<u8>, u: u32| {
        if width == 2 {
            let u = u as u16;
            out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        } else {
            out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
    };
    let push_char = |out: &mut Vec<u8>, c: u32| {
        if width == 2 && c >= 0x10000 {
            let v = c - 0x10000;
            push_unit(out, 0xd800 | (v >> 10));
            push_unit(out, 0xdc00 | (v & 0x3ff));
        } else {
            push_unit(out, c);
        }
    };
    if byteorder == 0 {
        push_unit(&mut out, 0xfeff);
    }
    let mut pos = 0;
    while pos < cps.len() {
        let c = cps[pos];
        if !is_surrogate(c) {
            push_char(&mut out, c);
            pos += 1;
            continue;
        }
        let (rep, newpos) = encode_handler(errors, codec, cps, pos, pos + 1, REASON)?;
        match rep {
            Replacement::Bytes(b) => {
                if b.len() % width != 0 {
                    return Err(encode_error(codec, cps, pos, pos + 1, REASON));
                }
                out.extend_from_slice(&b);
            }
            Replacement::Text(t) => {
                if t.iter().any(|&c| c >= 128) {
                    return Err(encode_error(codec, cps, pos, pos + 1, REASON));
                }
                for c in t {
                    push_unit(&mut out, c);
                }
            }
        }
        pos = newpos;
    }
    Ok(out)
}

/// `codecs.utf_16_encode` family; see `utf16or32_encode`.
pub fn utf16_encode(cps: &[u32], errors: &ErrorHandler, byteorder: i32) -> Result<Vec<u8>> {
    utf16or32_encode(cps, errors, byteorder, 2)
}

/// `codecs.utf_32_encode` family; see `utf16or32_encode`.
pub fn utf32_encode(cps: &[u32], errors: &ErrorHandler, byteorder: i32) -> Result<Vec<u8>> {
    utf16or32_encode(cps, errors, byteorder, 4)
}
