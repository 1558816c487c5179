//! The parts of CPython's `ntpath` (`os.path` on Windows) that `tempfile` depends on, on the
//! UTF-8 bytes of a `str` path: `splitroot`, `join`, `normpath`, `abspath`, `isabs`,
//! `dirname`, `expanduser` and `expandvars` (the two forms `_candidate_tempdir_list` uses).
//!
//! Pure functions (all but [`abspath`]), so that the Windows branches of `tempfile` are tested
//! on Linux too. Every character looked at (`\`, `/`, `:`, `.`, `%`, `~`) is ASCII, so working
//! on the encoded bytes gives the encoding of what CPython computes on the `str`.
//!
//! Kept per release where it matters here: `abspath` is `normpath(_getfullpathname(p))` before
//! 3.12 and `_getfullpathname(normpath(p))` from 3.12 on; when `GetFullPathNameW` fails the
//! fallback joins the working directory and normalises. `isabs` is 3.13's (a root without a
//! drive, `\temp`, is not absolute; it was before), used only by that fallback.

use crate::error::{Error, Result};
use crate::os::Os;
use crate::version::PyVersion;

fn is_sep(c: u8) -> bool {
    c == b'\\' || c == b'/'
}

/// `ntpath.splitroot(p)`: `(drive, root, tail)`, e.g. `C:` `\` `Windows`, or `\\server\share`
/// `\` `dir` for a UNC path (also `\\?\UNC\server\share`, and `\\.\device`).
pub fn splitroot(p: &[u8]) -> (&[u8], &[u8], &[u8]) {
    let at = |i: usize| p.get(i).copied();
    if at(0).is_some_and(is_sep) {
        if at(1).is_some_and(is_sep) {
            let unc_prefix = b"\\\\?\\UNC\\";
            let start = if p.len() >= 8
                && p[..8]
                    .iter()
                    .zip(unc_prefix)
                    .all(|(&c, &u)| c.to_ascii_uppercase() == u || (is_sep(c) && u == b'\\'))
            {
                8
            } else {
                2
            };
            let Some(i1) = p.iter().skip(start).position(|&c| is_sep(c)) else {
                return (p, b"", b"");
            };
            let index = start + i1;
            let Some(i2) = p.iter().skip(index + 1).position(|&c| is_sep(c)) else {
                return (p, b"", b"");
            };
            let index2 = index + 1 + i2;
            return (&p[..index2], &p[index2..=index2], &p[index2 + 1..]);
        }
        return (b"", &p[..1], &p[1..]);
    }
    if at(1) == Some(b':') {
        if at(2).is_some_and(is_sep) {
            return (&p[..2], &p[2..3], &p[3..]);
        }
        return (&p[..2], b"", &p[2..]);
    }
    (b"", b"", p)
}

/// `ntpath.isabs(p)` (3.13's rule): a UNC path or a drive with a root.
pub fn isabs(p: &[u8]) -> bool {
    let head: Vec<u8> = p
        .iter()
        .take(3)
        .map(|&c| if c == b'/' { b'\\' } else { c })
        .collect();
    head.starts_with(b"\\\\") || head.get(1..3) == Some(b":\\".as_slice())
}

/// `ntpath.join(a, b)`.
pub fn join(a: &[u8], b: &[u8]) -> Vec<u8> {
    let (rd, rr, rp) = splitroot(a);
    let (mut drive, mut root, mut path) = (rd.to_vec(), rr.to_vec(), rp.to_vec());
    let (pd, pr, pp) = splitroot(b);
    if !pr.is_empty() {
        // An absolute second path replaces the first (keeping the first's drive if it has
        // none of its own).
        if !pd.is_empty() || drive.is_empty() {
            drive = pd.to_vec();
        }
        root = pr.to_vec();
        path = pp.to_vec();
    } else if !pd.is_empty() && !pd.eq_ignore_ascii_case(&drive) {
        // Another drive: the first path is dropped.
        return [pd, pr, pp].concat();
    } else {
        if !pd.is_empty() {
            // The same drive spelled in another case.
            drive = pd.to_vec();
        }
        if path.last().is_some_and(|&c| !is_sep(c)) {
            path.push(b'\\');
        }
        path.extend_from_slice(pp);
    }
    // A separator between a UNC drive and a relative path.
    if !path.is_empty() && root.is_empty() && drive.last().is_some_and(|&c| c != b':' && !is_sep(c))
    {
        return [drive.as_slice(), b"\\", &path].concat();
    }
    [drive, root, path].concat()
}

/// `ntpath.join(a, b)`, appended to `path` in place.
pub fn join_into(path: &mut Vec<u8>, b: &[u8]) {
    let joined = join(path, b);
    *path = joined;
}

/// Whether `ntpath.join(dir, component)` is `dir` + a separator (if `dir` needs one) +
/// `component`: `component` has no drive and no root (the common case, which lets a caller
/// build candidates without joining each time).
pub fn joins_simply(component: &[u8]) -> bool {
    let (drive, root, _) = splitroot(component);
    drive.is_empty() && root.is_empty()
}

/// The separator `join` puts between `dir` and a relative component (none if `dir` is empty
/// or already ends with one, or is a drive like `C:`).
pub fn needs_sep(dir: &[u8]) -> bool {
    let drive_only = dir.len() == 2 && dir[1] == b':';
    !(dir.is_empty() || dir.last().is_some_and(|&c| is_sep(c)) || drive_only)
}

/// `ntpath.normpath(p)`.
pub fn normpath(p: &[u8]) -> Vec<u8> {
    if p.starts_with(b"\\\\.\\") || p.starts_with(b"\\\\?\\") {
        return p.to_vec();
    }
    let p: Vec<u8> = p
        .iter()
        .map(|&c| if c == b'/' { b'\\' } else { c })
        .collect();
    let (drive, root, tail) = splitroot(&p);
    let mut prefix = drive.to_vec();
    prefix.extend_from_slice(root);
    let mut comps: Vec<&[u8]> = Vec::new();
    for comp in tail.split(|&c| c == b'\\') {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        if comp == b".." {
            if comps.last().is_some_and(|&l| l != b"..") {
                comps.pop();
                continue;
            }
            if comps.is_empty() && !root.is_empty() {
                continue;
            }
        }
        comps.push(comp);
    }
    if prefix.is_empty() && comps.is_empty() {
        return b".".to_vec();
    }
    let mut out = prefix;
    out.extend(comps.join(&b'\\'));
    out
}

/// `ntpath.dirname(p)`.
pub fn dirname(p: &[u8]) -> &[u8] {
    let (drive, root, tail) = splitroot(p);
    let head_len = drive.len() + root.len();
    let i = tail.iter().rposition(|&c| is_sep(c)).map_or(0, |i| i + 1);
    let mut head = &tail[..i];
    while head.last().is_some_and(|&c| is_sep(c)) {
        head = &head[..head.len() - 1];
    }
    &p[..head_len + head.len()]
}

/// `ntpath.basename(p)`.
pub fn basename(p: &[u8]) -> &[u8] {
    let (_, _, tail) = splitroot(p);
    let i = tail.iter().rposition(|&c| is_sep(c)).map_or(0, |i| i + 1);
    &tail[i..]
}

/// `ntpath.abspath(p)` through the seam's `GetFullPathNameW` (see the module docs for the
/// order per release and the fallback).
pub fn abspath(os: &dyn Os, p: &[u8], version: PyVersion) -> Result<Vec<u8>> {
    let full = if version.at_least(PyVersion::new(3, 12, 0)) {
        let norm = normpath(p);
        getfullpathname(os, &norm)
    } else {
        getfullpathname(os, p).map(|f| normpath(&f))
    };
    if let Some(full) = full {
        return Ok(full);
    }
    // The fallback: join with the working directory, then normalise.
    if isabs(p) {
        return Ok(normpath(p));
    }
    let cwd = os.getcwd().map_err(|e| Error::from_errno(e, None))?;
    Ok(normpath(&join(&cwd, p)))
}

fn getfullpathname(os: &dyn Os, p: &[u8]) -> Option<Vec<u8>> {
    let c = std::ffi::CString::new(p).ok()?;
    os.getfullpathname(&c).ok()
}

/// `ntpath.expanduser(p)` for a path starting `~\` or `~/` (or `~` alone), with the
/// environment read through `getenv`: `USERPROFILE` if set, else `HOMEDRIVE` + `HOMEPATH`
/// (joined) if `HOMEPATH` is set, else `p` unchanged. (`~user` forms are not needed by
/// `tempfile` and are returned unchanged.)
pub fn expanduser(p: &[u8], getenv: &dyn Fn(&str) -> Option<Vec<u8>>) -> Vec<u8> {
    if p.first() != Some(&b'~') {
        return p.to_vec();
    }
    let rest = &p[1..];
    if rest.first().is_some_and(|&c| !is_sep(c)) {
        return p.to_vec();
    }
    let home = match getenv("USERPROFILE") {
        Some(profile) => profile,
        None => match getenv("HOMEPATH") {
            Some(homepath) => join(&getenv("HOMEDRIVE").unwrap_or_default(), &homepath),
            None => return p.to_vec(),
        },
    };
    [home.as_slice(), rest].concat()
}

/// `ntpath.expandvars(p)` for the `%NAME%` form: each `%NAME%` whose variable is set is
/// replaced by its value; an unset one, a lone `%`, and `%%` (which becomes `%`) are as
/// CPython leaves them. (`$NAME` forms, which `tempfile` never passes, are not expanded.)
pub fn expandvars_percent(p: &[u8], getenv: &dyn Fn(&str) -> Option<Vec<u8>>) -> Vec<u8> {
    let mut out = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        if p[i] == b'\'' {
            // No expansion within single quotes (to the closing quote or the end).
            let end = p[i + 1..]
                .iter()
                .position(|&c| c == b'\'')
                .map_or(p.len(), |j| i + 1 + j + 1);
            out.extend_from_slice(&p[i..end]);
            i = end;
        } else if p[i] == b'%' {
            if p.get(i + 1) == Some(&b'%') {
                out.push(b'%');
                i += 2;
                continue;
            }
            match p[i + 1..].iter().position(|&c| c == b'%') {
                Some(j) => {
                    let name = &p[i + 1..i + 1 + j];
                    let value = std::str::from_utf8(name).ok().and_then(getenv);
                    match value {
                        Some(v) => out.extend_from_slice(&v),
                        None => out.extend_from_slice(&p[i..i + j + 2]),
                    }
                    i += j + 2;
                }
                None => {
                    out.extend_from_slice(&p[i..]);
                    i = p.len();
                }
            }
        } else {
            out.push(p[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitroot_like_ntpath() {
        assert_eq!(
            splitroot(b"C:\\Windows"),
            (&b"C:"[..], &b"\\"[..], &b"Windows"[..])
        );
        assert_eq!(
            splitroot(b"C:Windows"),
            (&b"C:"[..], &b""[..], &b"Windows"[..])
        );
        assert_eq!(splitroot(b"\\temp"), (&b""[..], &b"\\"[..], &b"temp"[..]));
        assert_eq!(
            splitroot(b"\\\\server\\share\\dir"),
            (&b"\\\\server\\share"[..], &b"\\"[..], &b"dir"[..])
        );
        assert_eq!(
            splitroot(b"//?/UNC/server/share/x"),
            (&b"//?/UNC/server/share"[..], &b"/"[..], &b"x"[..])
        );
        assert_eq!(
            splitroot(b"\\\\server"),
            (&b"\\\\server"[..], &b""[..], &b""[..])
        );
        assert_eq!(splitroot(b"tmp"), (&b""[..], &b""[..], &b"tmp"[..]));
        // Separators where `\\?\UNC\` has `?`: no UNC prefix (CPython 3.12.1's
        // ntpath.splitroot gives the same three parts).
        assert_eq!(
            splitroot(b"\\\\\\\\UNC\\server\\share\\dir"),
            (&b"\\\\\\"[..], &b"\\"[..], &b"UNC\\server\\share\\dir"[..])
        );
    }

    /// `join_into` appends as `ntpath.join` joins (CPython 3.12.1: `C:\a\b`, and a drive in
    /// the component replaces the path).
    #[test]
    fn join_into_joins_in_place() {
        let mut p = b"C:\\a".to_vec();
        join_into(&mut p, b"b");
        assert_eq!(p, b"C:\\a\\b");
        join_into(&mut p, b"D:b");
        assert_eq!(p, b"D:b");
    }

    /// `%NAME%` expansion around single quotes and at the ends, as CPython 3.12.1's
    /// `ntpath.expandvars` gives it with `TEMP=C:\T` (and `$` forms left out).
    #[test]
    fn expandvars_percent_like_ntpath() {
        let env = |name: &str| -> Option<Vec<u8>> { (name == "TEMP").then(|| b"C:\\T".to_vec()) };
        for (p, want) in [
            (&b"a%TEMP%b"[..], &b"aC:\\Tb"[..]),
            (b"%%x", b"%x"),
            (b"50%", b"50%"),
            (b"%UNSET%x", b"%UNSET%x"),
            (b"'%TEMP%'x%TEMP%", b"'%TEMP%'xC:\\T"),
            (b"'unclosed %TEMP%", b"'unclosed %TEMP%"),
            (b"x''%TEMP%", b"x''C:\\T"),
            (b"%TEMP%%TEMP%", b"C:\\TC:\\T"),
            (b"a%", b"a%"),
            (b"%", b"%"),
        ] {
            assert_eq!(
                expandvars_percent(p, &env),
                want,
                "{}",
                String::from_utf8_lossy(p)
            );
        }
    }

    /// A seam with `GetFullPathNameW`: its answer, for the path normalised first (3.12+) or
    /// normalised after (3.10, 3.11).
    struct FullPath;

    impl crate::os::Forward for FullPath {
        fn inner(&self) -> &dyn Os {
            &crate::os::LibcOs
        }
        fn getfullpathname(&self, path: &std::ffi::CStr) -> crate::os::SysResult<Vec<u8>> {
            Ok([&b"Z:\\full\\"[..], path.to_bytes()].concat())
        }
    }

    /// A seam without `GetFullPathNameW` (as a POSIX host's; on Windows the real one would
    /// answer), whatever the host.
    struct NoFullPath(crate::os::FaultyOs);

    impl crate::os::Forward for NoFullPath {
        fn inner(&self) -> &dyn Os {
            &self.0
        }
        fn getfullpathname(&self, _path: &std::ffi::CStr) -> crate::os::SysResult<Vec<u8>> {
            Err(crate::os::Errno(libc::ENOSYS))
        }
    }

    #[test]
    fn abspath_asks_the_seam_or_joins_the_working_directory() {
        for v in [PyVersion::V3_11, PyVersion::V3_12] {
            assert_eq!(
                abspath(&FullPath, b"a\\..\\b", v).unwrap(),
                b"Z:\\full\\b",
                "{v}"
            );
        }
        // Without the call: an absolute path is only normalised, a relative one joined with
        // the working directory first.
        let os = NoFullPath(crate::os::FaultyOs::new());
        os.0.set_cwd(Ok(b"C:\\work".to_vec()));
        for v in [PyVersion::V3_11, PyVersion::V3_12] {
            assert_eq!(abspath(&os, b"C:\\a\\..\\b", v).unwrap(), b"C:\\b", "{v}");
            assert_eq!(
                abspath(&os, b"x\\.\\y", v).unwrap(),
                b"C:\\work\\x\\y",
                "{v}"
            );
        }
    }

    #[test]
    fn join_like_ntpath() {
        assert_eq!(join(b"C:\\tmp", b"tmpab12cd34"), b"C:\\tmp\\tmpab12cd34");
        assert_eq!(join(b"C:\\tmp\\", b"x"), b"C:\\tmp\\x");
        assert_eq!(join(b"C:/tmp/", b"x"), b"C:/tmp/x");
        assert_eq!(join(b"C:", b"x"), b"C:x");
        assert_eq!(join(b"C:\\tmp", b"\\abs"), b"C:\\abs");
        assert_eq!(join(b"C:\\tmp", b"D:\\other"), b"D:\\other");
        assert_eq!(join(b"C:\\tmp", b"c:x"), b"c:\\tmp\\x");
        assert_eq!(join(b"\\\\srv\\share", b"x"), b"\\\\srv\\share\\x");
        assert_eq!(join(b"", b"x"), b"x");
        assert_eq!(join(b"tmp", b"x"), b"tmp\\x");
        for (dir, comp) in [
            (&b"C:\\tmp"[..], &b"pre-x"[..]),
            (b"C:\\", b"x"),
            (b"C:", b"x"),
            (b"C:rel", b"x"),
            (b"rel", b"x"),
            (b"", b"x"),
            (b"\\\\srv\\share", b"x"),
            (b"\\\\srv\\share\\", b"x"),
            (b"\\\\srv", b"x"),
        ] {
            assert!(joins_simply(comp));
            let mut simple = dir.to_vec();
            if needs_sep(dir) {
                simple.push(b'\\');
            }
            simple.extend_from_slice(comp);
            assert_eq!(simple, join(dir, comp));
        }
        assert!(!joins_simply(b"\\x"));
        assert!(!joins_simply(b"D:x"));
    }

    #[test]
    fn normpath_like_ntpath() {
        assert_eq!(normpath(b"C:/a//b/./c/../d/"), b"C:\\a\\b\\d");
        assert_eq!(normpath(b"\\..\\a"), b"\\a");
        assert_eq!(normpath(b"..\\a"), b"..\\a");
        assert_eq!(normpath(b""), b".");
        assert_eq!(normpath(b"C:"), b"C:");
        assert_eq!(normpath(b"\\\\?\\C:\\a\\..\\b"), b"\\\\?\\C:\\a\\..\\b");
    }

    #[test]
    fn dirname_basename_isabs() {
        assert_eq!(dirname(b"C:\\a\\b"), b"C:\\a");
        assert_eq!(dirname(b"C:\\a"), b"C:\\");
        assert_eq!(dirname(b"C:\\a\\\\b"), b"C:\\a");
        assert_eq!(basename(b"C:\\a\\b"), b"b");
        assert!(isabs(b"C:\\x"));
        assert!(isabs(b"\\\\srv\\share"));
        assert!(!isabs(b"\\temp"));
        assert!(!isabs(b"C:x"));
    }

    #[test]
    fn expanduser_and_expandvars() {
        let env = |name: &str| -> Option<Vec<u8>> {
            match name {
                "USERPROFILE" => Some(b"C:\\Users\\me".to_vec()),
                "SYSTEMROOT" => Some(b"C:\\Windows".to_vec()),
                _ => None,
            }
        };
        assert_eq!(
            expanduser(b"~\\AppData\\Local\\Temp", &env),
            b"C:\\Users\\me\\AppData\\Local\\Temp"
        );
        assert_eq!(expanduser(b"~bob\\x", &env), b"~bob\\x");
        let homepath = |name: &str| -> Option<Vec<u8>> {
            match name {
                "HOMEDRIVE" => Some(b"D:".to_vec()),
                "HOMEPATH" => Some(b"\\home\\me".to_vec()),
                _ => None,
            }
        };
        assert_eq!(expanduser(b"~\\T", &homepath), b"D:\\home\\me\\T");
        let none = |_: &str| -> Option<Vec<u8>> { None };
        assert_eq!(expanduser(b"~\\T", &none), b"~\\T");
        assert_eq!(
            expandvars_percent(b"%SYSTEMROOT%\\Temp", &env),
            b"C:\\Windows\\Temp"
        );
        assert_eq!(
            expandvars_percent(b"%SYSTEMROOT%\\Temp", &none),
            b"%SYSTEMROOT%\\Temp"
        );
        assert_eq!(expandvars_percent(b"a%%b%", &none), b"a%b%");
        assert_eq!(
            expandvars_percent(b"'%SYSTEMROOT%'", &env),
            b"'%SYSTEMROOT%'"
        );
    }
}
