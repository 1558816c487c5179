//! The vocabulary of the differential harness: operations ([`Op`]) and what each side observed
//! ([`Obs`]). One set of types serves both sides: the CPython driver receives `Op`s as JSON and
//! answers in the same JSON shapes, and the pytempfile runner builds the same `Obs` values.
//!
//! Paths and other bytes may contain the token `{ROOT}`, which each side replaces with its own
//! sandbox root; observations replace the root back with `<ROOT>` ([`normalize_bytes`]). That is
//! the only normalization applied to paths and messages, plus `object at 0x...` addresses in
//! reprs (a Rust object has no address to print).

use serde::{Deserialize, Serialize};

/// The token a side replaces with its sandbox root.
pub const ROOT_TOKEN: &[u8] = b"{ROOT}";

/// What an observation shows instead of a side's root.
pub const ROOT_SHOWN: &[u8] = b"<ROOT>";

/// Bytes that print as a Python bytes literal (`b'tmp\xff'`) in failure reports.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct B(pub Vec<u8>);

impl std::fmt::Debug for B {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("b")?;
        let mut s = String::from("'");
        for &c in &self.0 {
            match c {
                b'\\' => s.push_str("\\\\"),
                b'\'' => s.push_str("\\'"),
                0x20..=0x7e => s.push(c as char),
                _ => s.push_str(&format!("\\x{c:02x}")),
            }
        }
        s.push('\'');
        f.write_str(&s)
    }
}

impl std::ops::Deref for B {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.0
    }
}

impl From<&[u8]> for B {
    fn from(v: &[u8]) -> B {
        B(v.to_vec())
    }
}

impl From<Vec<u8>> for B {
    fn from(v: Vec<u8>) -> B {
        B(v)
    }
}

/// The Python type of an argument value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ArgKind {
    /// `str` (the value is its file-system encoding).
    Str,
    /// `bytes`.
    Bytes,
    /// A path-like object of class `StrPath` whose `__fspath__` returns the `str`.
    PathStr,
    /// A path-like object of class `BytesPath` whose `__fspath__` returns the `bytes`.
    PathBytes,
    /// An explicit `None`.
    None,
    /// The `int` 42.
    Int,
}

/// One argument: its Python type and value (with `{ROOT}` tokens).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ArgSpec {
    /// The Python type.
    pub kind: ArgKind,
    /// The value's bytes.
    pub value: B,
}

impl ArgSpec {
    /// A `str` argument.
    pub fn str(v: &str) -> ArgSpec {
        ArgSpec {
            kind: ArgKind::Str,
            value: B(v.as_bytes().to_vec()),
        }
    }
}

/// The forced candidate names for one operation (`_get_candidate_names` returns
/// `iter(names)`, or `itertools.cycle(names)` if `cycle`), or the real random names.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NamePool {
    /// The names (file-system bytes of `str`s).
    pub names: Vec<B>,
    /// Repeat forever.
    pub cycle: bool,
    /// Use each implementation's own random names (`names` unused). Observations then show
    /// a random name `r-XXXXXXXX-r` as `r-<RANDOM>-r` if its 8 characters are from
    /// CPython's alphabet, and verbatim otherwise.
    #[serde(default)]
    pub random: bool,
}

/// Prefix and suffix of random-name operations (neither is in the name alphabet, so the
/// random part is unambiguous).
pub const RANDOM_PREFIX: &[u8] = b"r-";
/// See [`RANDOM_PREFIX`].
pub const RANDOM_SUFFIX: &[u8] = b"-r";

/// Replace every `r-XXXXXXXX-r` whose middle is 8 characters of CPython's alphabet by
/// `r-<RANDOM>-r`.
pub fn normalize_random(b: &[u8]) -> Vec<u8> {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_";
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        if rest.len() >= 12
            && rest.starts_with(RANDOM_PREFIX)
            && rest[10..].starts_with(RANDOM_SUFFIX)
            && rest[2..10].iter().all(|c| ALPHABET.contains(c))
        {
            out.extend_from_slice(b"r-<RANDOM>-r");
            i += 12;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// `suffix`, `prefix` and `dir` (`None`: not passed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CallArgs {
    /// `suffix=`.
    pub suffix: Option<ArgSpec>,
    /// `prefix=`.
    pub prefix: Option<ArgSpec>,
    /// `dir=`.
    pub dir: Option<ArgSpec>,
}

/// The `io.open` arguments of a file object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FileArgs {
    /// `mode=`.
    pub mode: String,
    /// `buffering=`.
    pub buffering: i64,
    /// `encoding=`.
    pub encoding: Option<String>,
    /// `newline=`.
    pub newline: Option<String>,
    /// `errors=`.
    pub errors: Option<String>,
}

impl Default for FileArgs {
    fn default() -> Self {
        FileArgs {
            mode: "w+b".into(),
            buffering: -1,
            encoding: None,
            newline: None,
            errors: None,
        }
    }
}

/// Data to write: bytes for binary objects, a `str` (generalized UTF-8) for text ones.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Data {
    /// `bytes`.
    Bytes(B),
    /// `str`, as generalized UTF-8 (lone surrogates allowed).
    Text(B),
}

/// A position for `seek`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SeekTo {
    /// A plain integer offset.
    Offset(i64),
    /// The `n`th value `tell()` returned on this handle (text cookies).
    Told(usize),
}

/// What to plant in the work directory before an operation, at `name`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlantKind {
    /// A regular file with content `planted`.
    File,
    /// An empty directory.
    Dir,
    /// A symlink to the victim file outside the work directory.
    LinkToFile,
    /// A symlink to the victim directory outside the work directory.
    LinkToDir,
    /// A symlink to nothing.
    Dangling,
    /// A named pipe.
    Fifo,
}

/// What to do to a `TemporaryDirectory`'s tree before cleaning it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DirChange {
    /// Files, a nested directory, links out (to the victims), a fifo.
    Populate,
    /// Remove the whole directory.
    RemoveTop,
    /// Replace the directory by a regular file.
    TopToFile,
    /// Replace the directory by a symlink to the victim directory.
    TopToSymlink,
    /// Make a nested directory read-only (0o500) and a file in it 0o400.
    ReadOnlyInside,
}

/// The environment variables the probe reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EnvVar {
    /// `TMPDIR`.
    Tmpdir,
    /// `TEMP`.
    Temp,
    /// `TMP`.
    Tmp,
}

impl EnvVar {
    /// The variable's name.
    pub fn name(self) -> &'static str {
        match self {
            EnvVar::Tmpdir => "TMPDIR",
            EnvVar::Temp => "TEMP",
            EnvVar::Tmp => "TMP",
        }
    }
}

/// One operation of the harness. Fields carry the Python call's arguments; `h` names a handle.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Op {
    /// Set (`Some`, with `{ROOT}` tokens) or unset an environment variable.
    SetEnv { var: EnvVar, value: Option<B> },
    /// Assign `tempfile.tempdir` (`None` resets).
    SetTempdir { value: Option<ArgSpec> },
    /// Assign `tempfile.template`.
    SetTemplate { value: ArgSpec },
    /// Assign `tempfile.TMP_MAX`.
    SetTmpMax { n: u64 },
    /// Plant an entry in the work directory (done by the harness on both sides).
    Plant { name: B, kind: PlantKind },
    /// `gettempdir()`.
    Gettempdir,
    /// `gettempdirb()`.
    Gettempdirb,
    /// `gettempprefix()`.
    Gettempprefix,
    /// `gettempprefixb()`.
    Gettempprefixb,
    /// `mkstemp(...)`; the descriptor is observed, then closed.
    Mkstemp { args: CallArgs, text: bool },
    /// `mkdtemp(...)`.
    Mkdtemp { args: CallArgs },
    /// `mktemp(...)` (unset arguments take mktemp's own defaults).
    Mktemp { args: CallArgs },
    /// `NamedTemporaryFile(...)`, stored as handle `h`.
    Named {
        h: usize,
        args: CallArgs,
        file: FileArgs,
        delete: bool,
        delete_on_close: Option<bool>,
    },
    /// `TemporaryFile(...)`, stored as handle `h`.
    Unnamed {
        h: usize,
        args: CallArgs,
        file: FileArgs,
    },
    /// `SpooledTemporaryFile(...)`, stored as handle `h`.
    Spooled {
        h: usize,
        args: CallArgs,
        file: FileArgs,
        max_size: i64,
    },
    /// `TemporaryDirectory(...)`, stored as handle `h`.
    Directory {
        h: usize,
        args: CallArgs,
        ignore_cleanup_errors: bool,
        delete: Option<bool>,
    },
    /// `write(data)`.
    Write { h: usize, data: Data },
    /// `writelines(lines)`.
    Writelines { h: usize, lines: Vec<Data> },
    /// `read(n)`.
    Read { h: usize, n: Option<usize> },
    /// `readline(n)`.
    Readline { h: usize, n: Option<usize> },
    /// `seek(to, whence)`.
    Seek { h: usize, to: SeekTo, whence: u8 },
    /// `tell()`.
    Tell { h: usize },
    /// `truncate(size)`.
    Truncate { h: usize, size: Option<i64> },
    /// `flush()`.
    Flush { h: usize },
    /// `close()`.
    Close { h: usize },
    /// `fileno()`; the descriptor is observed, not closed.
    Fileno { h: usize },
    /// `rollover()` (spools).
    Rollover { h: usize },
    /// `cleanup()` (directories).
    Cleanup { h: usize },
    /// `__exit__` then drop the handle.
    Exit { h: usize },
    /// Drop the last reference (the finalizer runs).
    Drop { h: usize },
    /// The handle's observable attributes.
    Props { h: usize },
    /// Change a directory handle's tree (done by the harness on both sides).
    ChangeDir { h: usize, change: DirChange },
    /// Remove a named file by hand (done by the harness on both sides).
    UnlinkName { h: usize },
}

/// What a descriptor looked like.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FdObs {
    /// `FD_CLOEXEC` is set.
    pub cloexec: bool,
    /// `F_GETFL` masked to access mode, `O_APPEND`, `O_NOFOLLOW`, `O_NONBLOCK`, `O_DIRECT`.
    pub flags: u32,
    /// `st_mode` (type and permissions).
    pub mode: u32,
    /// `st_nlink`.
    pub nlink: u64,
    /// `st_size`.
    pub size: u64,
}

/// A returned value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    /// `None`.
    None,
    /// A `bool`.
    Bool(bool),
    /// An `int` (decimal digits; cookies can exceed 64 bits).
    Int(String),
    /// A `str` (generalized UTF-8).
    Str(Vec<u8>),
    /// A `bytes`.
    Bytes(Vec<u8>),
    /// A descriptor, as the harness saw it.
    Fd(FdObs),
    /// A tuple or list.
    List(Vec<Value>),
    /// A new handle's attributes.
    Object(Vec<(String, Value)>),
}

/// A raised exception.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrObs {
    /// The class name (`FileExistsError`, ...).
    pub class: String,
    /// `errno` for OS errors.
    pub errno: Option<i32>,
    /// `str(exc)`.
    pub message: String,
}

/// Something reported on the side of the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventObs {
    /// An audit event (`tempfile.mkstemp`, `tempfile.mkdtemp`, `shutil.rmtree`) and its path.
    Audit(String, B),
    /// A warning: category and message.
    Warning(String, String),
    /// An exception raised where it could only be printed: class and message.
    Unraisable(String, String),
}

/// One entry of a sandbox tree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeEntry {
    /// Path relative to the root.
    pub path: B,
    /// `st_mode`.
    pub mode: u32,
    /// Content of a regular file (first 4 KiB) or target of a symlink (normalized).
    pub data: B,
    /// Size of a regular file.
    pub size: u64,
}

/// What one side observed for one operation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Obs {
    /// The result.
    pub result: Result<Value, ErrObs>,
    /// Events, in order.
    pub events: Vec<EventObs>,
    /// The sandbox after the operation.
    pub tree: Vec<TreeEntry>,
}

/// Replace every occurrence of `root` in `b` by `<ROOT>`.
pub fn normalize_bytes(b: &[u8], root: &[u8]) -> Vec<u8> {
    if root.is_empty() {
        return b.to_vec();
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(root) {
            out.extend_from_slice(ROOT_SHOWN);
            i += root.len();
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// [`normalize_bytes`] for text, plus `object at 0x...` addresses.
pub fn normalize_text(s: &str, root: &[u8]) -> String {
    let b = normalize_bytes(s.as_bytes(), root);
    let s = String::from_utf8_lossy(&b).into_owned();
    strip_addresses(&s)
}

fn strip_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(" object at 0x") {
        out.push_str(&rest[..i]);
        out.push_str(" object");
        let after = &rest[i + " object at 0x".len()..];
        let hex = after
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(after.len());
        rest = &after[hex..];
    }
    out.push_str(rest);
    out
}

/// Replace the `{ROOT}` token by `root`.
pub fn expand_root(b: &[u8], root: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + root.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(ROOT_TOKEN) {
            out.extend_from_slice(root);
            i += ROOT_TOKEN.len();
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_round_trip() {
        let p = expand_root(b"{ROOT}/w/x{ROOT}", b"/tmp/r/a");
        assert_eq!(p, b"/tmp/r/a/w/x/tmp/r/a");
        assert_eq!(normalize_bytes(&p, b"/tmp/r/a"), b"<ROOT>/w/x<ROOT>");
        assert_eq!(
            normalize_text("<tempfile.SpooledTemporaryFile object at 0x7f00ab>", b""),
            "<tempfile.SpooledTemporaryFile object>"
        );
    }
}
