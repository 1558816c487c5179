//! Path values as CPython returns them: a `str` or a `bytes` object ([`PyPath`], [`PathKind`]).
//!
//! A Python path result is one of two types holding the same file-system bytes; which one a
//! function returns is part of its contract (`mkstemp(dir=b"/tmp")` returns `bytes`). A
//! [`PyPath`] keeps both: the bytes the file system sees and the Python type. Its `repr()` is
//! Python's (`'/tmp/x'`, `b'/tmp/x'`), and it becomes an exception's `filename` unchanged.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::Filename;
use crate::pyrepr;

/// The Python type of a path value: `str` or `bytes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PathKind {
    /// `str`.
    Str,
    /// `bytes`.
    Bytes,
}

impl PathKind {
    /// `"str"` or `"bytes"`.
    pub fn type_name(self) -> &'static str {
        match self {
            PathKind::Str => "str",
            PathKind::Bytes => "bytes",
        }
    }
}

/// A path as CPython returns it: a `str` or a `bytes`, held as file-system bytes.
///
/// # Examples
///
/// ```
/// use std::path::Path;
/// use pybase::error::Filename;
/// use pybase::path::{PathKind, PyPath};
///
/// // mkdtemp(dir=b"/tmp") returns bytes; the path is the same either way.
/// let p = PyPath::new(PathKind::Bytes, b"/tmp/tmpab12cd34".to_vec());
/// assert_eq!(p.kind(), PathKind::Bytes);
/// assert_eq!(p.repr(), "b'/tmp/tmpab12cd34'");
/// assert_eq!(p.as_path(), Path::new("/tmp/tmpab12cd34"));
/// assert_eq!(p.to_filename(), Filename::Bytes(b"/tmp/tmpab12cd34".to_vec()));
///
/// let s = PyPath::new(PathKind::Str, b"/tmp/caf\xc3\xa9".to_vec());
/// assert_eq!(s.repr(), "'/tmp/caf\u{e9}'"); // os.fsdecode, then repr()
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyPath {
    kind: PathKind,
    bytes: Vec<u8>,
}

impl PyPath {
    /// A path of `kind` with these bytes.
    pub fn new(kind: PathKind, bytes: Vec<u8>) -> PyPath {
        PyPath { kind, bytes }
    }

    /// Whether CPython would return `str` or `bytes`.
    pub fn kind(&self) -> PathKind {
        self.kind
    }

    /// The bytes the file system sees.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The path.
    pub fn as_path(&self) -> &Path {
        Path::new(self.as_os_str())
    }

    /// The path as an `OsStr`. On Unix every byte string is one; on Windows the bytes are the
    /// WTF-8 of the path (as every path pytempfile returns is), and bytes that are not show as
    /// the empty path (which names no file).
    pub fn as_os_str(&self) -> &OsStr {
        crate::os::os_str_from_bytes(&self.bytes).unwrap_or_else(|| OsStr::new(""))
    }

    /// The owned path.
    pub fn into_path_buf(self) -> PathBuf {
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStringExt;
            PathBuf::from(OsString::from_vec(self.bytes))
        }
        #[cfg(not(unix))]
        match crate::os::os_str_from_bytes(&self.bytes) {
            Some(s) => PathBuf::from(s),
            None => PathBuf::from(OsString::new()),
        }
    }

    /// The owned bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Python's `repr()` of the value (`'/tmp/x'` or `b'/tmp/x'`).
    pub fn repr(&self) -> String {
        match self.kind {
            PathKind::Str => pyrepr::str_repr(&self.bytes),
            PathKind::Bytes => pyrepr::bytes_repr(&self.bytes),
        }
    }

    /// The value as an exception's `filename`.
    pub fn to_filename(&self) -> Filename {
        match self.kind {
            PathKind::Str => Filename::Str(self.bytes.clone()),
            PathKind::Bytes => Filename::Bytes(self.bytes.clone()),
        }
    }
}

impl AsRef<Path> for PyPath {
    fn as_ref(&self) -> &Path {
        self.as_path()
    }
}

impl fmt::Debug for PyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repr())
    }
}

impl fmt::Display for PyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_path().display(), f)
    }
}

impl From<PyPath> for PathBuf {
    fn from(p: PyPath) -> PathBuf {
        p.into_path_buf()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_value_becomes_the_path_it_names() {
        let p = PyPath::new(PathKind::Str, b"/tmp/a b/c".to_vec());
        assert_eq!(PathBuf::from(p.clone()), PathBuf::from("/tmp/a b/c"));
        assert_eq!(PathBuf::from(p.clone()), p.as_path());
        let p = PyPath::new(PathKind::Bytes, b"rel/x".to_vec());
        assert_eq!(PathBuf::from(p), Path::new("rel").join("x"));
    }

    #[test]
    fn a_path_value_keeps_its_type_and_bytes() {
        assert_eq!(PathKind::Str.type_name(), "str");
        assert_eq!(PathKind::Bytes.type_name(), "bytes");
        for kind in [PathKind::Str, PathKind::Bytes] {
            let p = PyPath::new(kind, b"/tmp/tmpab12cd34".to_vec());
            assert_eq!(p.as_bytes(), b"/tmp/tmpab12cd34");
            assert_eq!(p.into_bytes(), b"/tmp/tmpab12cd34");
        }
        assert_eq!(PyPath::new(PathKind::Str, Vec::new()).as_bytes(), b"");
    }

    /// `{:?}` is Python's `repr()`, `{}` the path as `Path::display` shows it.
    #[test]
    fn debug_is_the_repr_and_display_the_path() {
        let s = PyPath::new(PathKind::Str, b"/tmp/it's".to_vec());
        assert_eq!(format!("{s:?}"), "\"/tmp/it's\"");
        assert_eq!(s.to_string(), "/tmp/it's");
        let b = PyPath::new(PathKind::Bytes, b"/tmp/x y".to_vec());
        assert_eq!(format!("{b:?}"), "b'/tmp/x y'");
        assert_eq!(b.to_string(), "/tmp/x y");
        assert_eq!(
            format!("{b:>10}"),
            format!("{:>10}", Path::new("/tmp/x y").display())
        );
    }

    #[cfg(unix)]
    #[test]
    fn bytes_that_are_not_utf8_are_kept() {
        use std::os::unix::ffi::OsStrExt;
        let p = PyPath::new(PathKind::Bytes, b"/tmp/\xff\xfe".to_vec());
        assert_eq!(PathBuf::from(p).as_os_str().as_bytes(), b"/tmp/\xff\xfe");
    }
}
