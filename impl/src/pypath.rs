//! The parts of CPython's `posixpath` that `tempfile` depends on, on file-system bytes:
//! `join`, `normpath`, `abspath`, `dirname`, `isabs`, and `genericpath.exists`/`isdir`.
//!
//! `str` and `bytes` paths behave identically here because every character these functions look
//! at (`/` and `.`) is ASCII, which UTF-8 with `surrogateescape` maps to itself: working on the
//! encoded bytes gives the encoding of what CPython computes on the `str`.

use std::borrow::Cow;
use std::ffi::{CStr, CString};

use crate::args::PathKind;
use crate::error::{Error, Filename, Result};
use crate::os::{Errno, FileType, Os};
use crate::version::{Behaviour, PyVersion};

/// `posixpath.isabs`.
pub fn isabs(p: &[u8]) -> bool {
    p.first() == Some(&b'/')
}

/// `posixpath.join(a, b)`, appended in place: a component starting with `/` replaces the path.
pub fn join_into(path: &mut Vec<u8>, b: &[u8]) {
    if b.first() == Some(&b'/') {
        path.clear();
    } else if !path.is_empty() && path.last() != Some(&b'/') {
        path.push(b'/');
    }
    path.extend_from_slice(b);
}

/// `posixpath.join(a, b)`.
pub fn join(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len() + b.len() + 1);
    out.extend_from_slice(a);
    join_into(&mut out, b);
    out
}

/// Whether `normpath(p) == p` for an absolute path: one leading `/`, no empty, `.` or `..`
/// component, no trailing `/` (except the root itself). The common case (`/tmp/tmpab12cd34`),
/// checked in one pass so that it costs no allocation.
fn is_normalized_abs(p: &[u8]) -> bool {
    if p == b"/" {
        return true;
    }
    p.first() == Some(&b'/')
        && p[1..]
            .split(|&c| c == b'/')
            .all(|comp| !comp.is_empty() && comp != b"." && comp != b"..")
}

/// `posixpath.normpath`.
pub fn normpath(p: &[u8]) -> Vec<u8> {
    normpath_cow(p).into_owned()
}

/// `posixpath.normpath`, borrowing `p` when it is already normal.
pub fn normpath_cow(p: &[u8]) -> Cow<'_, [u8]> {
    if is_normalized_abs(p) {
        return Cow::Borrowed(p);
    }
    Cow::Owned(normpath_slow(p))
}

fn normpath_slow(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return b".".to_vec();
    }
    let initial = if p.starts_with(b"//") && !p.starts_with(b"///") {
        2
    } else if p.starts_with(b"/") {
        1
    } else {
        0
    };
    let mut comps: Vec<&[u8]> = Vec::new();
    for comp in p.split(|&c| c == b'/') {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        let keep = comp != b".."
            || (initial == 0 && comps.is_empty())
            || comps.last().is_some_and(|&l| l == b"..");
        if keep {
            comps.push(comp);
        } else {
            comps.pop();
        }
    }
    let mut out = vec![b'/'; initial];
    for (i, comp) in comps.iter().enumerate() {
        if i > 0 {
            out.push(b'/');
        }
        out.extend_from_slice(comp);
    }
    if out.is_empty() {
        out.push(b'.');
    }
    out
}

/// `posixpath.abspath`: join with the working directory (read through the seam) unless
/// absolute, then normalise. `getcwd` failing raises its OSError, as in CPython.
pub fn abspath(os: &dyn Os, p: &[u8]) -> Result<Vec<u8>> {
    abspath_cow(os, p).map(Cow::into_owned)
}

/// [`abspath`], borrowing `p` when it is already absolute and normal (no allocation).
pub fn abspath_cow<'a>(os: &dyn Os, p: &'a [u8]) -> Result<Cow<'a, [u8]>> {
    if isabs(p) {
        return Ok(normpath_cow(p));
    }
    let cwd = os.getcwd().map_err(|e| Error::from_errno(e, None))?;
    Ok(Cow::Owned(normpath_slow(&join(&cwd, p))))
}

/// `posixpath.dirname`.
pub fn dirname(p: &[u8]) -> &[u8] {
    let i = p.iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1);
    let head = &p[..i];
    if !head.is_empty() && head.iter().any(|&c| c != b'/') {
        let end = head.iter().rposition(|&c| c != b'/').map_or(0, |i| i + 1);
        return &head[..end];
    }
    head
}

/// `posixpath.basename`.
pub fn basename(p: &[u8]) -> &[u8] {
    let i = p.iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1);
    &p[i..]
}

/// The C string for a path, or a `ValueError` for an embedded NUL (internal uses whose error
/// never reaches a caller; see [`cstring_for`] otherwise).
pub fn cstring(p: &[u8]) -> Result<CString> {
    CString::new(p).map_err(|_| Error::value_error("embedded null byte"))
}

/// The C string for a path passed to `os.<func>`, or CPython's `ValueError` for an embedded
/// NUL: `"<func>: embedded null character in path"` for bytes (and for str from 3.13), plain
/// `"embedded null byte"` for str before 3.13 (`os.fsencode` raises it first).
pub fn cstring_for(p: &[u8], func: &str, kind: PathKind, version: PyVersion) -> Result<CString> {
    CString::new(p).map_err(|_| embedded_nul(func, kind, version))
}

/// CPython's `ValueError` for a path with an embedded NUL (see [`cstring_for`]).
fn embedded_nul(func: &str, kind: PathKind, version: PyVersion) -> Error {
    if kind == PathKind::Str && !version.has(Behaviour::StrPathNulChecked) {
        Error::value_error("embedded null byte")
    } else {
        Error::value_error(format!("{func}: embedded null character in path"))
    }
}

/// Paths shorter than this are made C strings on the stack by [`with_cstr`].
const STACK_PATH: usize = 384;

/// Run `f` with `p` as a C string, built on the stack when short (no allocation), with the
/// same `ValueError` as [`cstring_for`] for an embedded NUL (raised before `f` runs).
pub fn with_cstr<R>(
    p: &[u8],
    func: &str,
    kind: PathKind,
    version: PyVersion,
    f: impl FnOnce(&CStr) -> Result<R>,
) -> Result<R> {
    if p.len() < STACK_PATH {
        let mut buf = [0u8; STACK_PATH];
        buf[..p.len()].copy_from_slice(p);
        let c = CStr::from_bytes_with_nul(&buf[..=p.len()])
            .map_err(|_| embedded_nul(func, kind, version))?;
        f(c)
    } else {
        let c = cstring_for(p, func, kind, version)?;
        f(&c)
    }
}

/// `bytes_with_nul` (a path followed by one NUL) as a C string, with [`cstring_for`]'s
/// `ValueError` for an embedded NUL.
pub fn cstr_for<'a>(
    bytes_with_nul: &'a [u8],
    func: &str,
    kind: PathKind,
    version: PyVersion,
) -> Result<&'a CStr> {
    CStr::from_bytes_with_nul(bytes_with_nul).map_err(|_| embedded_nul(func, kind, version))
}

/// `os.path.exists` (follows symlinks; any OSError or ValueError means "no").
pub fn exists(os: &dyn Os, p: &[u8]) -> bool {
    cstring(p).is_ok_and(|c| os.stat(&c).is_ok())
}

/// `os.path.isdir` (follows symlinks).
pub fn isdir(os: &dyn Os, p: &[u8]) -> bool {
    cstring(p).is_ok_and(|c| {
        os.stat(&c)
            .is_ok_and(|st| st.file_type() == FileType::Directory)
    })
}

/// `os.path.islink`.
pub fn islink(os: &dyn Os, p: &[u8]) -> bool {
    cstring(p).is_ok_and(|c| {
        os.lstat(&c)
            .is_ok_and(|st| st.file_type() == FileType::Symlink)
    })
}

/// An OS error about `path`, with the filename typed as the caller's output type.
pub fn os_error(errno: Errno, path: &[u8], bytes: bool) -> Error {
    let name = if bytes {
        Filename::Bytes(path.to_vec())
    } else {
        Filename::Str(path.to_vec())
    };
    Error::from_errno(errno, Some(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `with_cstr` takes a path of any length: on the stack below `STACK_PATH`, from the heap
    /// at and above it (the boundary is where the NUL no longer fits).
    #[test]
    fn with_cstr_takes_paths_on_both_sides_of_the_stack_buffer() {
        for len in [
            0,
            1,
            STACK_PATH - 1,
            STACK_PATH,
            STACK_PATH + 1,
            4 * STACK_PATH,
        ] {
            let p = vec![b'a'; len];
            let got = with_cstr(&p, "open", PathKind::Str, PyVersion::NEWEST, |c| {
                Ok(c.to_bytes().to_vec())
            })
            .unwrap();
            assert_eq!(got, p, "length {len}");
        }
        let e = with_cstr(
            b"a\0b",
            "open",
            PathKind::Str,
            PyVersion::NEWEST,
            |_| Ok(()),
        );
        assert_eq!(e.unwrap_err().class(), crate::error::ExcClass::ValueError);
    }

    /// `os.path.exists`, `isdir` and `islink` on a directory, a file, a symlink to each and a
    /// missing name.
    #[cfg(unix)]
    #[test]
    fn exists_isdir_islink_like_os_path() {
        let os = crate::os::LibcOs;
        let base = std::env::temp_dir().join(format!("pytempfile-pypath-{}", std::process::id()));
        std::fs::create_dir_all(base.join("d")).unwrap();
        std::fs::write(base.join("f"), b"f").unwrap();
        std::os::unix::fs::symlink(base.join("d"), base.join("ld")).unwrap();
        std::os::unix::fs::symlink(base.join("f"), base.join("lf")).unwrap();
        let at = |n: &str| {
            use std::os::unix::ffi::OsStrExt;
            base.join(n).as_os_str().as_bytes().to_vec()
        };
        //                      exists isdir  islink
        for (name, want) in [
            ("d", (true, true, false)),
            ("f", (true, false, false)),
            ("ld", (true, true, true)),
            ("lf", (true, false, true)),
            ("missing", (false, false, false)),
        ] {
            let p = at(name);
            assert_eq!(
                (exists(&os, &p), isdir(&os, &p), islink(&os, &p)),
                want,
                "{name}"
            );
        }
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn normpath_like_posixpath() {
        let cases: &[(&[u8], &[u8])] = &[
            (b"", b"."),
            (b"/", b"/"),
            (b"//", b"//"),
            (b"///", b"/"),
            (b"//a/./b/", b"//a/b"),
            (b"a/../..", b".."),
            (b"/..", b"/"),
            (b"/a/b/../c", b"/a/c"),
            (b"./", b"."),
            (b"../a/../../b", b"../../b"),
            (b"a//b", b"a/b"),
        ];
        for (input, want) in cases {
            assert_eq!(
                normpath(input),
                *want,
                "normpath({:?})",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn normpath_fast_path_agrees_with_the_full_algorithm() {
        let cases: &[&[u8]] = &[
            b"/",
            b"//",
            b"///",
            b"/a",
            b"/a/",
            b"/a//b",
            b"/a/./b",
            b"/a/../b",
            b"/.",
            b"/..",
            b"/a/.",
            b"/a/..",
            b"/.a/..b/...",
            b"/tmp/tmpab12cd34",
            b"a",
            b"",
            b".",
            b"/a/b/c",
        ];
        for p in cases {
            assert_eq!(
                normpath_cow(p).as_ref(),
                normpath_slow(p).as_slice(),
                "{:?}",
                String::from_utf8_lossy(p)
            );
            // The fast path is taken only where the path is already normal (and for every
            // ordinary absolute path).
            if matches!(normpath_cow(p), Cow::Borrowed(_)) {
                assert_eq!(normpath_slow(p), *p, "{:?}", String::from_utf8_lossy(p));
            }
        }
    }

    #[test]
    fn with_cstr_matches_cstring_for() {
        for p in [&b"/tmp/x"[..], b"/tmp/\0x", b""] {
            for v in PyVersion::ALL {
                for kind in [PathKind::Str, PathKind::Bytes] {
                    let want = cstring_for(p, "open", kind, v).map(|c| c.as_bytes().to_vec());
                    let got = with_cstr(p, "open", kind, v, |c| Ok(c.to_bytes().to_vec()));
                    assert_eq!(
                        got.map_err(|e| e.to_string()),
                        want.map_err(|e| e.to_string())
                    );
                }
            }
        }
        let long = vec![b'a'; 1000];
        assert_eq!(
            with_cstr(&long, "open", PathKind::Str, PyVersion::V3_13, |c| Ok(c
                .to_bytes()
                .len()))
            .unwrap(),
            1000
        );
    }

    #[test]
    fn abspath_like_posixpath() {
        // Each expectation is CPython 3.11's `posixpath.abspath` with `os.getcwd()` (and
        // `os.getcwdb()`) returning '/home/u/work'.
        let os = crate::os::FaultyOs::new();
        os.set_cwd(Ok(b"/home/u/work".to_vec()));
        let cases: &[(&[u8], &[u8])] = &[
            (b"a/b", b"/home/u/work/a/b"),
            (b"a//b/../c", b"/home/u/work/a/c"),
            (b"a/", b"/home/u/work/a"),
            (b"", b"/home/u/work"),
            (b".", b"/home/u/work"),
            (b"../../..", b"/"),
            (b"../../../..", b"/"),
            (b"/x/../y/./z", b"/y/z"),
            (b"/x/y/", b"/x/y"),
            (b"//x", b"//x"),
            (b"///x", b"/x"),
            // bytes that are not UTF-8 pass through untouched
            (b"d\xff/../e\xfe", b"/home/u/work/e\xfe"),
            (b"/\xff/./x", b"/\xff/x"),
        ];
        for (input, want) in cases {
            let shown = String::from_utf8_lossy(input);
            assert_eq!(abspath(&os, input).unwrap(), *want, "abspath({shown:?})");
            assert_eq!(abspath_cow(&os, input).unwrap(), *want, "{shown:?}");
        }
        // An absolute path never reads the working directory; a relative one raises what
        // `os.getcwd()` raises.
        os.set_cwd(Err(Errno(libc::ENOENT)));
        let reads = os.count(crate::os::Call::Getcwd);
        assert_eq!(abspath(&os, b"/x/./y").unwrap(), b"/x/y");
        assert_eq!(os.count(crate::os::Call::Getcwd), reads);
        let e = abspath(&os, b"x").unwrap_err();
        assert_eq!(e.class(), crate::error::ExcClass::FileNotFoundError);
        assert_eq!(e.errno(), Some(libc::ENOENT));
    }

    #[test]
    fn join_like_posixpath() {
        assert_eq!(join(b"/tmp", b"x"), b"/tmp/x");
        assert_eq!(join(b"/tmp/", b"x"), b"/tmp/x");
        assert_eq!(join(b"", b"x"), b"x");
        assert_eq!(join(b"/tmp", b"/etc/x"), b"/etc/x");
        assert_eq!(join(b".", b"tmpx"), b"./tmpx");
    }

    #[test]
    fn dirname_like_posixpath() {
        assert_eq!(dirname(b"/tmp/x"), b"/tmp");
        assert_eq!(dirname(b"/x"), b"/");
        assert_eq!(dirname(b"//x"), b"//");
        assert_eq!(dirname(b"x"), b"");
        assert_eq!(dirname(b"a//b"), b"a");
        assert_eq!(basename(b"/a/b"), b"b");
    }
}
