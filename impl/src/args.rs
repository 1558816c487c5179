//! Path arguments and return types: CPython's `_infer_return_type` and `_sanitize_params`, and
//! the `pre + name + suf` concatenation with Python's own `TypeError`s.
//!
//! A Python caller passes `str`, `bytes`, an `os.PathLike`, `None` or anything else as `prefix`,
//! `suffix` and `dir`. [`Arg`] models those values; Rust types convert into it naturally
//! (`&str`/`OsStr` → `str`, `&[u8]`/`Vec<u8>` → `bytes`, `Path`/`PathBuf` → a path-like whose
//! `__fspath__` returns `str`, like `pathlib.PosixPath`). Results are [`PyPath`]s: the bytes
//! the file system sees plus the Python type CPython would return ([`PathKind`]).
//!
//! Rules kept (CPython 3.10–3.13 agree on all of them):
//! - Inference skips `None`, maps path-likes through `__fspath__`, makes `bytes` bytes and
//!   anything else str; mixing raises `TypeError("Can't mix bytes and non-bytes in path
//!   components.")` as soon as the second kind appears.
//! - With nothing given, the type is str if the module's `tempdir` is unset or a str, else bytes
//!   (a path-like `tempdir` therefore gives bytes).
//! - Defaults are read at call time: `suffix` → `''`/`b''`, `prefix` → `template` (fs-encoded for
//!   bytes), `dir` → `gettempdir()`/`gettempdirb()`.
//! - A path-like or other non-string prefix or suffix passes inference and fails later, at the
//!   concatenation, with the message Python's `+` gives; that happens after a name was drawn.

use std::borrow::Cow;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

pub use pybase::path::{PathKind, PyPath};

/// A Python value passed as `prefix`, `suffix`, `dir`, `tempdir` or `template`.
///
/// # Examples
///
/// ```
/// use std::path::Path;
/// use pytempfile::{Arg, PathKind};
///
/// assert_eq!(Arg::from("pre-"), Arg::Str(b"pre-".to_vec()));        // str
/// assert_eq!(Arg::from(&b"pre-"[..]), Arg::Bytes(b"pre-".to_vec())); // bytes
/// let p = Arg::from(Path::new("/tmp"));                              // pathlib.PosixPath
/// assert_eq!(p.type_name(), "PosixPath");
/// assert_eq!(p.fspath()?, (PathKind::Str, &b"/tmp"[..]));            // os.fspath
/// assert_eq!(Arg::other("int").fspath().unwrap_err().to_string(),
///            "expected str, bytes or os.PathLike object, not int");
/// # Ok::<(), pytempfile::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    /// A `str`, held as its file-system encoding (`os.fsencode`).
    Str(Vec<u8>),
    /// A `bytes` object.
    Bytes(Vec<u8>),
    /// An `os.PathLike` whose `__fspath__` returns `kind` with these bytes.
    PathLike {
        /// Python type name, for error messages (`PosixPath`, `FakePath`, ...).
        type_name: Cow<'static, str>,
        /// What `__fspath__` returns.
        kind: PathKind,
        /// The returned value's bytes.
        value: Vec<u8>,
    },
    /// Any other object (`None`, an `int`, ...): inferred as str, fails where CPython fails.
    Other {
        /// Python type name (`NoneType`, `int`, ...).
        type_name: Cow<'static, str>,
    },
}

impl Arg {
    /// A `str` from its file-system bytes.
    pub fn str(value: impl AsRef<OsStr>) -> Arg {
        Arg::Str(value.as_ref().as_encoded_bytes().to_vec())
    }

    /// A `bytes` value.
    pub fn bytes(value: impl Into<Vec<u8>>) -> Arg {
        Arg::Bytes(value.into())
    }

    /// A path-like object of type `type_name` whose `__fspath__` returns `kind` with `value`.
    pub fn path_like(
        type_name: impl Into<Cow<'static, str>>,
        kind: PathKind,
        value: impl Into<Vec<u8>>,
    ) -> Arg {
        Arg::PathLike {
            type_name: type_name.into(),
            kind,
            value: value.into(),
        }
    }

    /// Python's `None` where it is not the default (e.g. `mktemp(suffix=None)`).
    pub fn none() -> Arg {
        Arg::Other {
            type_name: Cow::Borrowed("NoneType"),
        }
    }

    /// Any other object, by type name.
    pub fn other(type_name: impl Into<Cow<'static, str>>) -> Arg {
        Arg::Other {
            type_name: type_name.into(),
        }
    }

    /// `os.fspath(arg)`: the kind and bytes, or `TypeError` for other objects.
    ///
    /// # Errors
    ///
    /// `TypeError("expected str, bytes or os.PathLike object, not TYPE")` for [`Arg::Other`].
    pub fn fspath(&self) -> Result<(PathKind, &[u8])> {
        match self {
            Arg::Str(v) => Ok((PathKind::Str, v)),
            Arg::Bytes(v) => Ok((PathKind::Bytes, v)),
            Arg::PathLike { kind, value, .. } => Ok((*kind, value)),
            Arg::Other { type_name } => Err(Error::type_error(format!(
                "expected str, bytes or os.PathLike object, not {type_name}"
            ))),
        }
    }

    /// The kind `_infer_return_type` sees: path-likes through `__fspath__`; anything that is not
    /// bytes counts as str.
    fn inferred_kind(&self) -> PathKind {
        match self {
            Arg::Bytes(_)
            | Arg::PathLike {
                kind: PathKind::Bytes,
                ..
            } => PathKind::Bytes,
            _ => PathKind::Str,
        }
    }

    /// The Python type name of the value itself.
    pub fn type_name(&self) -> &str {
        match self {
            Arg::Str(_) => "str",
            Arg::Bytes(_) => "bytes",
            Arg::PathLike { type_name, .. } | Arg::Other { type_name } => type_name,
        }
    }

    /// `os.fsencode(arg)` (str, bytes and path-likes; `TypeError` otherwise).
    pub fn fsencode(&self) -> Result<Vec<u8>> {
        self.fspath().map(|(_, v)| v.to_vec())
    }

    /// `os.fsdecode(arg)`, as file-system bytes of the resulting `str`.
    pub fn fsdecode(&self) -> Result<Vec<u8>> {
        self.fsencode()
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Str(v.as_bytes().to_vec())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Str(v.into_bytes())
    }
}
impl From<&OsStr> for Arg {
    fn from(v: &OsStr) -> Arg {
        Arg::str(v)
    }
}
impl From<OsString> for Arg {
    fn from(v: OsString) -> Arg {
        Arg::Str(v.into_encoded_bytes())
    }
}
impl From<&[u8]> for Arg {
    fn from(v: &[u8]) -> Arg {
        Arg::Bytes(v.to_vec())
    }
}
impl<const N: usize> From<&[u8; N]> for Arg {
    fn from(v: &[u8; N]) -> Arg {
        Arg::Bytes(v.to_vec())
    }
}
impl From<Vec<u8>> for Arg {
    fn from(v: Vec<u8>) -> Arg {
        Arg::Bytes(v)
    }
}
impl From<&Path> for Arg {
    fn from(v: &Path) -> Arg {
        Arg::path_like("PosixPath", PathKind::Str, v.as_os_str().as_encoded_bytes())
    }
}
impl From<PathBuf> for Arg {
    fn from(v: PathBuf) -> Arg {
        Arg::path_like(
            "PosixPath",
            PathKind::Str,
            v.into_os_string().into_encoded_bytes(),
        )
    }
}
impl From<&PathBuf> for Arg {
    fn from(v: &PathBuf) -> Arg {
        Arg::from(v.as_path())
    }
}
impl From<PyPath> for Arg {
    fn from(v: PyPath) -> Arg {
        match v.kind() {
            PathKind::Str => Arg::Str(v.into_bytes()),
            PathKind::Bytes => Arg::Bytes(v.into_bytes()),
        }
    }
}

/// The message `_infer_return_type` raises on mixed types.
pub const MIX_MESSAGE: &str = "Can't mix bytes and non-bytes in path components.";

/// CPython's `_infer_return_type(*args)`, with the module's current `tempdir` for the all-`None`
/// case.
///
/// # Errors
///
/// `TypeError("Can't mix bytes and non-bytes in path components.")` as soon as a `bytes`
/// (or a path-like returning `bytes`) and anything else are both given.
///
/// # Examples
///
/// ```
/// use pytempfile::args::infer_return_type;
/// use pytempfile::{Arg, PathKind};
///
/// let (s, b) = (Arg::from("x"), Arg::from(&b"x"[..]));
/// assert_eq!(infer_return_type(&[Some(&b), None], None)?, PathKind::Bytes);
/// assert_eq!(infer_return_type(&[None, None], Some(&b)).unwrap(), PathKind::Bytes); // tempdir
/// assert!(infer_return_type(&[Some(&s), Some(&b)], None).is_err());
/// # Ok::<(), pytempfile::Error>(())
/// ```
pub fn infer_return_type(args: &[Option<&Arg>], tempdir: Option<&Arg>) -> Result<PathKind> {
    let mut kind = None;
    for arg in args.iter().flatten() {
        let k = arg.inferred_kind();
        match kind {
            Some(prev) if prev != k => return Err(Error::type_error(MIX_MESSAGE)),
            _ => kind = Some(k),
        }
    }
    Ok(kind.unwrap_or(match tempdir {
        None | Some(Arg::Str(_)) => PathKind::Str,
        Some(_) => PathKind::Bytes,
    }))
}

/// One operand of the `+` that builds a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operand<'a> {
    Str,
    Bytes,
    Other(&'a str),
}

impl<'a> Operand<'a> {
    fn of(arg: &'a Arg) -> Operand<'a> {
        match arg {
            Arg::Str(_) => Operand::Str,
            Arg::Bytes(_) => Operand::Bytes,
            Arg::PathLike { type_name, .. } | Arg::Other { type_name } => Operand::Other(type_name),
        }
    }

    fn of_kind(kind: PathKind) -> Operand<'static> {
        match kind {
            PathKind::Str => Operand::Str,
            PathKind::Bytes => Operand::Bytes,
        }
    }

    fn name(self) -> &'a str {
        match self {
            Operand::Str => "str",
            Operand::Bytes => "bytes",
            Operand::Other(n) => n,
        }
    }
}

/// Python's `left + right` on the operand types that occur here: the result type, or the
/// `TypeError` Python raises.
fn add<'a>(left: Operand<'a>, right: Operand<'a>) -> Result<Operand<'a>> {
    match (left, right) {
        (Operand::Str, Operand::Str) => Ok(Operand::Str),
        (Operand::Bytes, Operand::Bytes) => Ok(Operand::Bytes),
        (Operand::Str, r) => Err(Error::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            r.name()
        ))),
        (Operand::Bytes, r) => Err(Error::type_error(format!(
            "can't concat {} to bytes",
            r.name()
        ))),
        // The sequence types' own `__add__` messages (exact types: a subclass's name is not
        // known to be one).
        (Operand::Other(l @ ("list" | "tuple")), r) => Err(Error::type_error(format!(
            "can only concatenate {l} (not \"{}\") to {l}",
            r.name()
        ))),
        (Operand::Other("bytearray"), r) => Err(Error::type_error(format!(
            "can't concat {} to bytearray",
            r.name()
        ))),
        (l, r) => Err(Error::type_error(format!(
            "unsupported operand type(s) for +: '{}' and '{}'",
            l.name(),
            r.name()
        ))),
    }
}

/// Check `prefix + name + suffix` where `name` is of `name_kind`, as Python evaluates it; on
/// success the result is of `name_kind` and its bytes are the concatenation of the three.
pub fn check_concat(prefix: &Arg, name_kind: PathKind, suffix: &Arg) -> Result<()> {
    let left = add(Operand::of(prefix), Operand::of_kind(name_kind))?;
    add(left, Operand::of(suffix))?;
    Ok(())
}

/// The bytes of a value that passed [`check_concat`] (str or bytes).
pub fn raw_bytes(arg: &Arg) -> &[u8] {
    match arg {
        Arg::Str(v) | Arg::Bytes(v) => v,
        // check_concat rejects these before any caller asks for their bytes.
        Arg::PathLike { value, .. } => value,
        Arg::Other { .. } => &[],
    }
}

/// The message `posixpath.join` raises when str and bytes are mixed.
pub const JOIN_MIX_MESSAGE: &str = "Can't mix strings and bytes in path components";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inference_rules() {
        let s = Arg::from("x");
        let b = Arg::from(&b"x"[..]);
        let p = Arg::from(Path::new("/tmp"));
        let pb = Arg::path_like("FakePath", PathKind::Bytes, b"/tmp".to_vec());
        let i = Arg::other("int");
        assert_eq!(
            infer_return_type(&[None, None, None], None).unwrap(),
            PathKind::Str
        );
        assert_eq!(
            infer_return_type(&[Some(&b), None], None).unwrap(),
            PathKind::Bytes
        );
        assert_eq!(
            infer_return_type(&[Some(&s), None, Some(&s)], None).unwrap(),
            PathKind::Str
        );
        assert_eq!(infer_return_type(&[Some(&p)], None).unwrap(), PathKind::Str);
        assert_eq!(
            infer_return_type(&[Some(&pb)], None).unwrap(),
            PathKind::Bytes
        );
        assert_eq!(infer_return_type(&[Some(&i)], None).unwrap(), PathKind::Str);
        let e = infer_return_type(&[Some(&s), None, Some(&b)], None).unwrap_err();
        assert_eq!(e.to_string(), MIX_MESSAGE);
        let e = infer_return_type(&[Some(&b), Some(&p)], None).unwrap_err();
        assert_eq!(e.to_string(), MIX_MESSAGE);
        // The all-None case follows the module's tempdir.
        assert_eq!(infer_return_type(&[], Some(&s)).unwrap(), PathKind::Str);
        assert_eq!(infer_return_type(&[], Some(&b)).unwrap(), PathKind::Bytes);
        assert_eq!(infer_return_type(&[], Some(&p)).unwrap(), PathKind::Bytes);
    }

    #[test]
    fn concatenation_errors_match_python() {
        let s = Arg::from("x");
        let b = Arg::from(&b"x"[..]);
        let p = Arg::from(Path::new("x"));
        let n = Arg::none();
        assert!(check_concat(&s, PathKind::Str, &s).is_ok());
        assert!(check_concat(&b, PathKind::Bytes, &b).is_ok());
        let msg = |r: Result<()>| r.unwrap_err().to_string();
        assert_eq!(
            msg(check_concat(&p, PathKind::Str, &s)),
            "unsupported operand type(s) for +: 'PosixPath' and 'str'"
        );
        assert_eq!(
            msg(check_concat(&s, PathKind::Str, &p)),
            "can only concatenate str (not \"PosixPath\") to str"
        );
        assert_eq!(
            msg(check_concat(&b, PathKind::Str, &s)),
            "can't concat str to bytes"
        );
        assert_eq!(
            msg(check_concat(&s, PathKind::Str, &n)),
            "can only concatenate str (not \"NoneType\") to str"
        );
        assert_eq!(
            msg(check_concat(&Arg::other("int"), PathKind::Str, &s)),
            "unsupported operand type(s) for +: 'int' and 'str'"
        );
        // Found by the bad-input sweep (issue 14): list and tuple have their own message.
        assert_eq!(
            msg(check_concat(&Arg::other("list"), PathKind::Str, &s)),
            "can only concatenate list (not \"str\") to list"
        );
        assert_eq!(
            msg(check_concat(&Arg::other("tuple"), PathKind::Str, &s)),
            "can only concatenate tuple (not \"str\") to tuple"
        );
        assert_eq!(
            msg(check_concat(&Arg::other("bytearray"), PathKind::Str, &s)),
            "can't concat str to bytearray"
        );
    }
}
