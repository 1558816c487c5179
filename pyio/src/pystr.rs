//! [`PyStr`]: a Python `str` in Rust.
//!
//! A Python `str` is any sequence of code points, lone surrogates included (decoding with
//! `errors="surrogateescape"` produces `U+DC80..U+DCFF`). Rust's `String` cannot hold those, so
//! a `PyStr` stores *generalized UTF-8*: ordinary UTF-8, plus surrogate code points encoded as
//! the 3-byte sequences `ED A0 80..ED BF BF` (what Python's `"surrogatepass"` handler produces).
//! A `PyStr` without surrogates is valid UTF-8 and converts to `&str` for free.
//!
//! Invariant: the bytes are always well-formed generalized UTF-8 (checked by every
//! constructor), so iteration over code points never fails.

use std::fmt;

/// A Python `str`: code points, lone surrogates allowed. See the module docs.
///
/// # Examples
///
/// ```
/// use pyio::PyStr;
///
/// let s = PyStr::from("h\u{e9}llo");
/// assert_eq!(s.len(), 5); // Python's len(): code points
/// assert_eq!(s.as_str(), Some("h\u{e9}llo"));
///
/// // What decoding b"\xff" with surrogateescape gives: no Rust String can hold it.
/// let lone = PyStr::from_code_points([0x61, 0xdcff]).unwrap();
/// assert_eq!(lone.as_str(), None);
/// assert_eq!(lone.to_string_lossy(), "a\u{fffd}");
/// assert_eq!(lone.as_wtf8(), b"a\xed\xb3\xbf"); // 'surrogatepass' UTF-8
/// assert_eq!(format!("{lone:?}"), "'a\\udcff'"); // Python's repr()
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct PyStr {
    bytes: Vec<u8>,
}

impl PyStr {
    /// The empty string.
    pub fn new() -> PyStr {
        PyStr::default()
    }

    /// An empty string with room for `n` bytes.
    pub fn with_capacity(n: usize) -> PyStr {
        PyStr {
            bytes: Vec::with_capacity(n),
        }
    }

    /// From generalized UTF-8 bytes; `None` if they are not well formed.
    pub fn from_wtf8(bytes: Vec<u8>) -> Option<PyStr> {
        let mut i = 0;
        while i < bytes.len() {
            let (_, n) = decode_at(&bytes[i..])?;
            i += n;
        }
        Some(PyStr { bytes })
    }

    /// From code points (any value up to `0x10FFFF`; larger values are `None`).
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> Option<PyStr> {
        let mut s = PyStr::new();
        for cp in cps {
            if cp > 0x10FFFF {
                return None;
            }
            s.push(cp);
        }
        Some(s)
    }

    /// The generalized UTF-8 bytes (decode in Python with `'utf-8', 'surrogatepass'`).
    pub fn as_wtf8(&self) -> &[u8] {
        &self.bytes
    }

    /// Consume into the generalized UTF-8 bytes.
    pub fn into_wtf8(self) -> Vec<u8> {
        self.bytes
    }

    /// The string as `&str` if it holds no surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The string with each surrogate replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        self.code_points()
            .map(|cp| char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    }

    /// Append one code point (`cp <= 0x10FFFF`; larger values are ignored).
    pub fn push(&mut self, cp: u32) {
        let b = &mut self.bytes;
        match cp {
            0..=0x7f => b.push(cp as u8),
            0x80..=0x7ff => {
                b.extend_from_slice(&[0xc0 | (cp >> 6) as u8, 0x80 | (cp & 0x3f) as u8])
            }
            0x800..=0xffff => b.extend_from_slice(&[
                0xe0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
            0x1_0000..=0x10_ffff => b.extend_from_slice(&[
                0xf0 | (cp >> 18) as u8,
                0x80 | ((cp >> 12) & 0x3f) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
            _ => {}
        }
    }

    /// Append a Rust string.
    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    /// Append another `PyStr`.
    pub fn push_pystr(&mut self, s: &PyStr) {
        self.bytes.extend_from_slice(&s.bytes);
    }

    /// The code points.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { rest: &self.bytes }
    }

    /// The number of code points (Python's `len()`).
    pub fn len(&self) -> usize {
        // Every code point starts with a byte that is not a continuation byte.
        self.bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count()
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The first `n` code points and the rest, as byte offsets into the storage.
    pub fn split_at_char(&self, n: usize) -> (PyStr, PyStr) {
        let off = self.char_offset(n);
        (
            PyStr {
                bytes: self.bytes[..off].to_vec(),
            },
            PyStr {
                bytes: self.bytes[off..].to_vec(),
            },
        )
    }

    /// The byte offset of code point `n` (the length if `n` is past the end).
    pub fn char_offset(&self, n: usize) -> usize {
        let mut seen = 0;
        for (i, &b) in self.bytes.iter().enumerate() {
            if b & 0xc0 != 0x80 {
                if seen == n {
                    return i;
                }
                seen += 1;
            }
        }
        self.bytes.len()
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        self.bytes.clear();
    }
}

/// Decode one code point of generalized UTF-8 at the start of `b`: `(code point, length)`.
fn decode_at(b: &[u8]) -> Option<(u32, usize)> {
    let b0 = *b.first()?;
    let cont = |i: usize| {
        b.get(i)
            .filter(|&&c| c & 0xc0 == 0x80)
            .map(|&c| u32::from(c & 0x3f))
    };
    match b0 {
        0x00..=0x7f => Some((u32::from(b0), 1)),
        0xc2..=0xdf => Some(((u32::from(b0 & 0x1f) << 6) | cont(1)?, 2)),
        0xe0..=0xef => {
            let cp = (u32::from(b0 & 0x0f) << 12) | (cont(1)? << 6) | cont(2)?;
            (cp >= 0x800).then_some((cp, 3))
        }
        0xf0..=0xf4 => {
            let cp = (u32::from(b0 & 0x07) << 18) | (cont(1)? << 12) | (cont(2)? << 6) | cont(3)?;
            (0x1_0000..=0x10_ffff).contains(&cp).then_some((cp, 4))
        }
        _ => None,
    }
}

/// Iterator over the code points of a [`PyStr`].
#[derive(Clone, Debug)]
pub struct CodePoints<'a> {
    rest: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (cp, n) = decode_at(self.rest)?;
        self.rest = &self.rest[n..];
        Some(cp)
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr {
            bytes: s.as_bytes().to_vec(),
        }
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr {
            bytes: s.into_bytes(),
        }
    }
}

impl PartialEq<str> for PyStr {
    fn eq(&self, other: &str) -> bool {
        self.bytes == other.as_bytes()
    }
}

impl PartialEq<&str> for PyStr {
    fn eq(&self, other: &&str) -> bool {
        self.bytes == other.as_bytes()
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Python's repr: its quote choice, escapes and printable set (pybase's).
        let cps: Vec<u32> = self.code_points().collect();
        f.write_str(&crate::pyrepr::code_points_repr(&cps))
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_surrogates() {
        let s = PyStr::from_code_points([0x61, 0xdc80, 0xe9, 0x1f600, 0xd800]).unwrap();
        assert_eq!(s.len(), 5);
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            vec![0x61, 0xdc80, 0xe9, 0x1f600, 0xd800]
        );
        assert!(s.as_str().is_none());
        assert_eq!(&s.as_wtf8()[1..4], &[0xed, 0xb2, 0x80]);
        assert_eq!(PyStr::from_wtf8(s.as_wtf8().to_vec()), Some(s.clone()));
        assert_eq!(s.to_string_lossy(), "a\u{fffd}\u{e9}\u{1f600}\u{fffd}");
    }

    #[test]
    fn plain_strings_are_utf8() {
        let s = PyStr::from("h\u{e9}llo");
        assert_eq!(s.as_str(), Some("h\u{e9}llo"));
        assert_eq!(s.len(), 5);
        let (a, b) = s.split_at_char(2);
        assert_eq!((a.as_str(), b.as_str()), (Some("h\u{e9}"), Some("llo")));
        assert_eq!(s, "h\u{e9}llo");
    }

    #[test]
    fn rejects_malformed() {
        assert!(PyStr::from_wtf8(vec![0xff]).is_none());
        assert!(PyStr::from_wtf8(vec![0xc0, 0x80]).is_none()); // overlong
        assert!(PyStr::from_wtf8(vec![0xe0, 0x80, 0x80]).is_none()); // overlong
        assert!(PyStr::from_wtf8(vec![0xed, 0xa0]).is_none()); // truncated
        assert!(PyStr::from_code_points([0x110000]).is_none());
    }
}
