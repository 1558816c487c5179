//! `os.path` of the host: `posixpath` ([`crate::pypath`]) on POSIX, `ntpath`
//! ([`crate::ntpath`]) on Windows, for the calls `tempfile` makes through `os.path`
//! (`abspath`, `join`). The rest of `pypath` (NUL checks, `exists`, `isdir`, errors) is
//! the same on both.

use std::borrow::Cow;

use crate::error::Result;
use crate::os::Os;
use crate::version::PyVersion;

/// `os.sep`.
pub const SEP: u8 = if cfg!(windows) { b'\\' } else { b'/' };

/// `os.path.abspath(p)`, borrowing `p` when it is already absolute and normal (POSIX).
pub fn abspath_cow<'a>(os: &dyn Os, p: &'a [u8], version: PyVersion) -> Result<Cow<'a, [u8]>> {
    #[cfg(windows)]
    return crate::ntpath::abspath(os, p, version).map(Cow::Owned);
    #[cfg(not(windows))]
    {
        let _ = version;
        crate::pypath::abspath_cow(os, p)
    }
}

/// `os.path.abspath(p)`.
pub fn abspath(os: &dyn Os, p: &[u8], version: PyVersion) -> Result<Vec<u8>> {
    abspath_cow(os, p, version).map(Cow::into_owned)
}

/// `os.path.join(path, b)`, appended in place.
pub fn join_into(path: &mut Vec<u8>, b: &[u8]) {
    #[cfg(windows)]
    crate::ntpath::join_into(path, b);
    #[cfg(not(windows))]
    crate::pypath::join_into(path, b);
}

/// `os.path.join(a, b)`.
pub fn join(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len() + b.len() + 1);
    out.extend_from_slice(a);
    join_into(&mut out, b);
    out
}

/// `os.path.dirname(p)`.
pub fn dirname(p: &[u8]) -> &[u8] {
    #[cfg(windows)]
    return crate::ntpath::dirname(p);
    #[cfg(not(windows))]
    crate::pypath::dirname(p)
}

/// Whether `join(dir, dir_sep, component)` needs a separator between `dir` and a relative
/// component: `dir` is not empty and does not end with one (nor, on Windows, is a bare drive
/// such as `C:`).
pub fn needs_sep(dir: &[u8]) -> bool {
    #[cfg(windows)]
    return crate::ntpath::needs_sep(dir);
    #[cfg(not(windows))]
    {
        !dir.is_empty() && !dir.ends_with(b"/")
    }
}

/// Whether `join(dir, component)` is *not* the simple concatenation `dir` + separator (if
/// [`needs_sep`]) + `component`: the component is absolute (starts with `/`; on Windows, has a
/// drive or a root). The simple case is what `tempfile`'s loops build without joining.
pub fn component_replaces(component: &[u8]) -> bool {
    #[cfg(windows)]
    return !crate::ntpath::joins_simply(component);
    #[cfg(not(windows))]
    {
        component.first() == Some(&b'/')
    }
}
