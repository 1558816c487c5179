//! The branch of CPython's `tempfile` for the POSIX systems with file flags (macOS, the BSDs:
//! `hasattr(os, 'chflags')`), run on any POSIX host: `TemporaryDirectory`'s cleanup clears an
//! entry's flags (`chflags(path, 0)`) before it resets its mode, so that a tree holding an
//! immutable (`uchg`) file can be removed. The rules are pure functions of a
//! `pytempfile::platform::FileFlags` value and the release; the cleanup is run over a seam that
//! simulates flags on the host's file system (`Bsd`: an immutable entry refuses `unlink`,
//! `rmdir`, `chmod` and changes to its entries with `EPERM` until its flags are cleared), so
//! these tests run on Linux. Each expectation is read from the releases' `Lib/tempfile.py`
//! (3.10.13, 3.11.7, 3.12.1, 3.13.0, 3.13.18, 3.14.10, 3.15.2) and named in the assertion; the
//! real calls are exercised on macOS and FreeBSD by `tests/bsd.rs`. See docs/bsd.md.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashSet;
use std::ffi::CStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::{Arc, Mutex};

use common::Sandbox;
use pytempfile::os::{
    Call, Errno, Fault, FileFlags, FileType, Forward, LoggedCall, Os, RawFd, Stat, SysResult,
    file_flags,
};
use pytempfile::platform::{
    FlagsReset, cpython_flags_reset, flags_reset, unlink_eisdir_is_refusal,
};
use pytempfile::{
    Behaviour, DirOptions, ExcClass, FaultyOs, LibcOs, Params, PathKind, PyPath, PyVersion,
    Tempfile,
};

/// The flags that refuse removal and `chmod` (immutable; `UF_NOUNLINK` refuses removal).
const LOCKING: u32 = file_flags::UF_IMMUTABLE | file_flags::SF_IMMUTABLE | file_flags::UF_NOUNLINK;

/// A BSD's file flags over the host's file system. Entries are named by `(st_dev, st_ino)`; a
/// locked one refuses, with `EPERM` as macOS and FreeBSD do: `unlink`/`unlinkat`/`rmdir` of it,
/// of an entry of it (a locked directory), and `chmod` of it in every form. The flag calls set
/// or clear the lock on what they reach: `chflags` through a symlink, the others on the entry
/// itself.
struct Bsd {
    flags: FileFlags,
    locked: Mutex<HashSet<(u64, u64)>>,
    /// DragonFly: unlinking a locked non-directory fails with `EISDIR`.
    eisdir: bool,
    /// macOS and FreeBSD: unlinking a directory fails with `EPERM` (Linux: `EISDIR`).
    eperm_for_dirs: bool,
    /// Whether `fchflags` and `chflagsat_nofollow` exist (else `ENOSYS`).
    at_calls: bool,
    /// Names whose directory entry is listed as a regular file whatever they are.
    listed_as_files: Mutex<Vec<Vec<u8>>>,
}

impl Bsd {
    fn new(flags: FileFlags) -> Bsd {
        Bsd {
            flags,
            locked: Mutex::new(HashSet::new()),
            eisdir: false,
            eperm_for_dirs: false,
            at_calls: true,
            listed_as_files: Mutex::new(Vec::new()),
        }
    }

    fn id(st: &Stat) -> (u64, u64) {
        (st.dev, st.ino)
    }

    /// `chflags -h uchg path`: lock the entry itself.
    fn lock(&self, p: &Path) {
        let st = LibcOs.lstat(&cpath(p)).unwrap();
        self.locked.lock().unwrap().insert(Bsd::id(&st));
    }

    fn is_locked(&self, p: &Path) -> bool {
        self.locked_stat(LibcOs.lstat(&cpath(p)))
    }

    fn locked_stat(&self, st: SysResult<Stat>) -> bool {
        st.is_ok_and(|st| self.locked.lock().unwrap().contains(&Bsd::id(&st)))
    }

    fn set(&self, st: SysResult<Stat>, flags: u32) -> SysResult<()> {
        let id = Bsd::id(&st?);
        let mut locked = self.locked.lock().unwrap();
        if flags & LOCKING != 0 {
            locked.insert(id);
        } else {
            locked.remove(&id);
        }
        Ok(())
    }

    fn refuse_removal(&self, entry: SysResult<Stat>, parent: SysResult<Stat>) -> SysResult<()> {
        let entry_locked = self.locked_stat(entry);
        if entry_locked || self.locked_stat(parent) {
            let is_dir = entry.is_ok_and(|st| st.file_type() == FileType::Directory);
            let errno = if self.eisdir && entry_locked && !is_dir {
                libc::EISDIR
            } else {
                libc::EPERM
            };
            return Err(Errno(errno));
        }
        Ok(())
    }
}

fn cpath(p: &Path) -> std::ffi::CString {
    std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap()
}

fn parent_of(path: &CStr) -> std::ffi::CString {
    use std::os::unix::ffi::OsStrExt;
    let p = Path::new(std::ffi::OsStr::from_bytes(path.to_bytes()));
    cpath(p.parent().unwrap_or(Path::new("/")))
}

impl Forward for Bsd {
    fn inner(&self) -> &dyn Os {
        &LibcOs
    }
    fn file_flags(&self) -> FileFlags {
        self.flags
    }
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        let entry = LibcOs.fstatat(dirfd, name, false);
        self.refuse_removal(entry, LibcOs.fstat(dirfd))?;
        if !dir
            && self.eperm_for_dirs
            && entry.is_ok_and(|st| st.file_type() == FileType::Directory)
        {
            return Err(Errno(libc::EPERM));
        }
        LibcOs.unlinkat(dirfd, name, dir)
    }
    fn unlink(&self, path: &CStr) -> SysResult<()> {
        self.refuse_removal(LibcOs.lstat(path), LibcOs.lstat(&parent_of(path)))?;
        LibcOs.unlink(path)
    }
    fn rmdir(&self, path: &CStr) -> SysResult<()> {
        self.refuse_removal(LibcOs.lstat(path), LibcOs.lstat(&parent_of(path)))?;
        LibcOs.rmdir(path)
    }
    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        if self.locked_stat(LibcOs.stat(path)) {
            return Err(Errno(libc::EPERM));
        }
        LibcOs.chmod(path, mode)
    }
    fn lchmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        if self.locked_stat(LibcOs.lstat(path)) {
            return Err(Errno(libc::EPERM));
        }
        LibcOs.lchmod(path, mode)
    }
    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()> {
        if self.locked_stat(LibcOs.fstat(fd)) {
            return Err(Errno(libc::EPERM));
        }
        LibcOs.fchmod(fd, mode)
    }
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        if self.locked_stat(LibcOs.fstatat(dirfd, name, false)) {
            return Err(Errno(libc::EPERM));
        }
        LibcOs.fchmodat_nofollow(dirfd, name, mode)
    }
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<pytempfile::os::DirEntry>> {
        let mut entries = LibcOs.read_dir(dirfd)?;
        let files = self.listed_as_files.lock().unwrap();
        for e in &mut entries {
            if files.contains(&e.name) {
                e.file_type = FileType::Regular;
            }
        }
        Ok(entries)
    }
    fn chflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        self.set(LibcOs.stat(path), flags)
    }
    fn lchflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        if !self.flags.has_lchflags() {
            return Err(Errno(libc::ENOSYS));
        }
        self.set(LibcOs.lstat(path), flags)
    }
    fn fchflags(&self, fd: RawFd, flags: u32) -> SysResult<()> {
        if !self.at_calls {
            return Err(Errno(libc::ENOSYS));
        }
        self.set(LibcOs.fstat(fd), flags)
    }
    fn chflagsat_nofollow(&self, dirfd: RawFd, name: &CStr, flags: u32) -> SysResult<()> {
        if !self.at_calls {
            return Err(Errno(libc::ENOSYS));
        }
        self.set(LibcOs.fstatat(dirfd, name, false), flags)
    }
}

fn bytes(p: &Path) -> Vec<u8> {
    p.as_os_str().as_encoded_bytes().to_vec()
}

fn pypath(p: &Path) -> PyPath {
    PyPath::new(PathKind::Str, bytes(p))
}

/// A module over `bsd` (counted and logged by a `FaultyOs`), following `version`.
fn module(bsd: &Arc<Bsd>, version: PyVersion) -> (Tempfile, Arc<FaultyOs>) {
    let os = Arc::new(FaultyOs::wrap(bsd.clone()));
    let t = Tempfile::builder().os(os.clone()).version(version).build();
    os.start_log();
    (t, os)
}

const FLAG_CALLS: [Call; 4] = [
    Call::Chflags,
    Call::Lchflags,
    Call::Fchflags,
    Call::Chflagsat,
];

/// The calls that clear flags, reset modes, remove, or look at an entry, from the first one
/// whose path is `name` that failed: `(kind, path, errno)`.
fn handler_calls(log: &[LoggedCall], name: &[u8]) -> Vec<(Call, Option<Vec<u8>>, i32)> {
    let start = log
        .iter()
        .position(|c| c.path.as_deref() == Some(name) && c.result.is_err())
        .unwrap_or_else(|| panic!("no failed call on {}", String::from_utf8_lossy(name)));
    log[start..]
        .iter()
        .filter(|c| {
            FLAG_CALLS.contains(&c.call)
                || matches!(
                    c.call,
                    Call::Unlinkat
                        | Call::Fchmod
                        | Call::Fchmodat
                        | Call::Fstatat
                        | Call::Lstat
                        | Call::Rmdir
                )
        })
        .map(|c| (c.call, c.path.clone(), c.result.err().unwrap_or(0)))
        .collect()
}

fn flag_calls(log: &[LoggedCall]) -> Vec<(Call, Option<Vec<u8>>)> {
    log.iter()
        .filter(|c| FLAG_CALLS.contains(&c.call))
        .map(|c| (c.call, c.path.clone()))
        .collect()
}

/// The two platforms with flags: `lchflags` (macOS, FreeBSD) and `chflags` alone (OpenBSD).
const WITH_FLAGS: [FileFlags; 2] = [FileFlags::Lchflags, FileFlags::ChflagsOnly];

#[test]
fn cpythons_flag_reset_per_release_and_platform() {
    // 3.10.13/3.11.7 `resetperms`: `_os.chflags(path, 0)` in a try/except AttributeError, which
    // follows a symlink. 3.10.14/3.11.8/3.12.1 on (CVE-2023-6597, gh-91133) `_resetperms`:
    // `_dont_follow_symlinks(chflags, path, 0)`, i.e. `chflags(path, 0, follow_symlinks=False)`
    // where `chflags in os.supports_follow_symlinks` (HAVE_LCHFLAGS), else only
    // `if not os.path.islink(path)`. 3.13.18+ keep that in `_resetflags`, called by path from
    // `_resetperms_fd`/`_resetperms_at` too (chflags has no dir_fd).
    let releases = [
        (PyVersion::new(3, 10, 13), false),
        (PyVersion::new(3, 10, 14), true),
        (PyVersion::new(3, 11, 7), false),
        (PyVersion::new(3, 11, 8), true),
        (PyVersion::new(3, 12, 0), false),
        (PyVersion::new(3, 12, 1), true),
        (PyVersion::V3_13, true),
        (PyVersion::V3_13_18, true),
        (PyVersion::V3_14, true),
        (PyVersion::V3_15, true),
    ];
    for (v, no_follow) in releases {
        assert_eq!(
            cpython_flags_reset(FileFlags::Absent, v),
            FlagsReset::None,
            "{v}: no os.chflags, nothing cleared"
        );
        let (l, c) = if no_follow {
            (FlagsReset::NoFollow, FlagsReset::SkipLink)
        } else {
            (FlagsReset::Follow, FlagsReset::Follow)
        };
        assert_eq!(cpython_flags_reset(FileFlags::Lchflags, v), l, "{v}");
        assert_eq!(cpython_flags_reset(FileFlags::ChflagsOnly, v), c, "{v}");
        assert_eq!(no_follow, v.has(Behaviour::CleanupNoFollow), "{v}");
    }
    // The crate: the fixed releases' call in every release, never following.
    for f in FileFlags::ALL {
        assert_eq!(
            flags_reset(f),
            cpython_flags_reset(f, PyVersion::V3_12),
            "{f:?}"
        );
        assert_ne!(flags_reset(f), FlagsReset::Follow, "{f:?}");
    }
    // 3.13.18+'s handler takes IsADirectoryError too ("On DragonFly BSD, UF_NOUNLINK removal
    // fails with EISDIR, not EPERM"); where there are no flags EISDIR means a directory.
    for v in PyVersion::KNOWN {
        for f in FileFlags::ALL {
            assert_eq!(
                unlink_eisdir_is_refusal(f, v),
                f != FileFlags::Absent && v >= PyVersion::V3_13_18,
                "{v} {f:?}"
            );
        }
    }
    // The seam says which calls it has; Linux has none.
    assert_eq!(LibcOs.file_flags(), FileFlags::HOST);
    #[cfg(target_os = "linux")]
    assert_eq!(FileFlags::HOST, FileFlags::Absent);
    #[cfg(any(target_os = "macos", target_os = "freebsd"))]
    assert_eq!(FileFlags::HOST, FileFlags::Lchflags);
}

/// `top/sub/{locked,plain}`, `locked` immutable.
fn immutable_file_tree(sb: &Sandbox, bsd: &Bsd) -> std::path::PathBuf {
    let top = sb.join("top");
    std::fs::create_dir_all(top.join("sub")).unwrap();
    std::fs::write(top.join("sub").join("locked"), b"x").unwrap();
    std::fs::write(top.join("sub").join("plain"), b"y").unwrap();
    bsd.lock(&top.join("sub").join("locked"));
    top
}

#[test]
fn an_immutable_file_is_removed_in_every_release_flags_first() {
    for v in PyVersion::KNOWN {
        for f in WITH_FLAGS {
            let sb = Sandbox::new("bsd-immutable");
            let bsd = Arc::new(Bsd::new(f));
            let top = immutable_file_tree(&sb, &bsd);
            let (t, os) = module(&bsd, v);
            t.rmtree(&pypath(&top), false).unwrap();
            assert!(!top.exists(), "{v} {f:?}: the tree is gone");
            // The handler's order, CPython's: `_resetperms(dirname(path))` (flags, then mode),
            // `_resetperms(path)` (flags, then mode), `unlink(path)`. Here relative to the
            // directory's descriptor: fchflags/fchmod on it, chflagsat/fchmodat on the entry.
            // The seam refuses chmod of a locked entry: flags after the mode would fail.
            let mut expected = vec![
                (Call::Unlinkat, Some(b"locked".to_vec()), libc::EPERM),
                (Call::Fchflags, None, 0),
                (Call::Fchmod, None, 0),
            ];
            if f == FileFlags::ChflagsOnly {
                // No lchflags: `os.path.islink(path)` first, a link would be skipped.
                expected.push((Call::Fstatat, Some(b"locked".to_vec()), 0));
            }
            expected.extend([
                (Call::Chflagsat, Some(b"locked".to_vec()), 0),
                (Call::Fchmodat, Some(b"locked".to_vec()), 0),
                (Call::Unlinkat, Some(b"locked".to_vec()), 0),
            ]);
            let calls = handler_calls(&os.log(), b"locked");
            assert_eq!(calls[..expected.len()], expected[..], "{v} {f:?}");
            assert_eq!(os.count(Call::Chflags), 0, "{v} {f:?}: never following");
            assert_eq!(os.count(Call::Lchflags), 0, "{v} {f:?}: by descriptor");
            assert_eq!(os.count(Call::Fchflags), 1, "{v} {f:?}");
            assert_eq!(os.count(Call::Chflagsat), 1, "{v} {f:?}");
        }
    }
}

#[test]
fn without_chflags_an_immutable_file_stops_the_cleanup() {
    // The same tree where `os` has no chflags (Linux's seam): the mode reset is refused, and
    // its PermissionError is raised, as CPython raises an error of `_resetperms`.
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("bsd-absent");
        let bsd = Arc::new(Bsd::new(FileFlags::Absent));
        let top = immutable_file_tree(&sb, &bsd);
        let (t, os) = module(&bsd, v);
        let e = t.rmtree(&pypath(&top), false).unwrap_err();
        assert_eq!(e.class(), ExcClass::PermissionError, "{v}: {e}");
        assert!(top.join("sub").join("locked").exists(), "{v}");
        assert!(flag_calls(&os.log()).is_empty(), "{v}: no flag call");
        bsd.locked.lock().unwrap().clear();
        t.rmtree(&pypath(&top), false).unwrap();
    }
    // And the host's own seam on Linux makes no flag call at all, even resetting modes.
    #[cfg(target_os = "linux")]
    {
        let sb = Sandbox::new("bsd-linux");
        let top = sb.join("top");
        std::fs::create_dir_all(top.join("ro")).unwrap();
        std::fs::write(top.join("ro").join("f"), b"f").unwrap();
        std::fs::set_permissions(
            top.join("ro"),
            std::os::unix::fs::PermissionsExt::from_mode(0o500),
        )
        .unwrap();
        let os = Arc::new(FaultyOs::new());
        let t = Tempfile::builder().os(os.clone()).build();
        t.rmtree(&pypath(&top), false).unwrap();
        assert!(!top.exists());
        for c in FLAG_CALLS {
            assert_eq!(os.count(c), 0, "{c:?}");
        }
    }
}

#[test]
fn temporary_directory_with_an_immutable_top_and_subdirectory() {
    for v in PyVersion::KNOWN {
        for f in WITH_FLAGS {
            let sb = Sandbox::new("bsd-top");
            let bsd = Arc::new(Bsd::new(f));
            let (t, os) = module(&bsd, v);
            let params = Params::new().dir(sb.path().as_os_str());
            // A full tree under an immutable top: its entries cannot be removed until the
            // top's flags are cleared (fchflags on its descriptor, as `_resetperms(dirname)`).
            let mut d = t.temporary_directory(&params, DirOptions::new()).unwrap();
            std::fs::create_dir(d.path().join("frozen")).unwrap();
            std::fs::write(d.path().join("frozen").join("f"), b"f").unwrap();
            std::fs::write(d.path().join("g"), b"g").unwrap();
            bsd.lock(&d.path().join("frozen"));
            bsd.lock(d.path());
            d.cleanup().unwrap();
            assert!(!d.path().exists(), "{v} {f:?}");
            // An empty immutable top: `rmdir` refused, the top's own flags and mode reset
            // (never its parent's: `path != name` is false), `rmdir` again.
            let mut e = t.temporary_directory(&params, DirOptions::new()).unwrap();
            bsd.lock(e.path());
            os.start_log();
            e.cleanup().unwrap();
            assert!(!e.path().exists(), "{v} {f:?}");
            let top = bytes(e.path());
            let log = os.log();
            let kinds: Vec<Call> = log
                .iter()
                .filter(|c| c.path.as_deref() == Some(&top[..]))
                .map(|c| c.call)
                .filter(|c| matches!(c, Call::Chflagsat | Call::Fchmodat | Call::Rmdir))
                .collect();
            assert_eq!(
                kinds,
                [
                    Call::Rmdir,
                    Call::Rmdir,
                    Call::Chflagsat,
                    Call::Fchmodat,
                    Call::Rmdir
                ],
                "{v} {f:?}: the fast path, the walk's rmdir, flags, mode, rmdir"
            );
            assert!(sb.path().exists(), "the parent is never touched");
        }
    }
}

#[test]
fn the_flag_reset_never_follows_a_symlink() {
    for v in PyVersion::KNOWN {
        for f in WITH_FLAGS {
            let sb = Sandbox::new("bsd-link");
            let bsd = Arc::new(Bsd::new(f));
            let outside = sb.join("outside");
            std::fs::create_dir(&outside).unwrap();
            std::fs::write(outside.join("precious"), b"keep").unwrap();
            std::fs::create_dir(outside.join("dir")).unwrap();
            bsd.lock(&outside.join("precious"));
            bsd.lock(&outside.join("dir"));
            // top/d is immutable: its links cannot be unlinked until d's flags are cleared,
            // and each link is then reset itself.
            let top = sb.join("top");
            std::fs::create_dir_all(top.join("d")).unwrap();
            std::os::unix::fs::symlink(outside.join("precious"), top.join("d").join("l1")).unwrap();
            std::os::unix::fs::symlink(outside.join("dir"), top.join("d").join("l2")).unwrap();
            // Dangling, as in CPython's test_cleanup_with_symlink_flags.
            std::os::unix::fs::symlink(outside.join("missing"), top.join("d").join("l3")).unwrap();
            bsd.lock(&top.join("d"));
            let (t, os) = module(&bsd, v);
            t.rmtree(&pypath(&top), false).unwrap();
            assert!(!top.exists(), "{v} {f:?}");
            // CPython 3.10.13 and 3.11.7 call chflags(path, 0), which follows the link and
            // clears its target's flags: never here, in any release.
            assert!(bsd.is_locked(&outside.join("precious")), "{v} {f:?}");
            assert!(bsd.is_locked(&outside.join("dir")), "{v} {f:?}");
            assert_eq!(std::fs::read(outside.join("precious")).unwrap(), b"keep");
            assert!(!outside.join("missing").exists(), "{v} {f:?}: nothing made");
            let calls = flag_calls(&os.log());
            assert!(
                calls.iter().all(|(c, _)| *c != Call::Chflags),
                "{v} {f:?}: {calls:?}"
            );
            let on_links: Vec<&Option<Vec<u8>>> = calls
                .iter()
                .map(|(_, p)| p)
                .filter(|p| matches!(p.as_deref(), Some(b"l1" | b"l2" | b"l3")))
                .collect();
            match f {
                // lchflags: the link's own flags (chflagsat with AT_SYMLINK_NOFOLLOW), for the
                // first link unlinked (d's flags are cleared then: the second needs no reset).
                FileFlags::Lchflags => assert_eq!(on_links.len(), 1, "{v}: {calls:?}"),
                // No lchflags: `_dont_follow_symlinks` skips a link.
                _ => assert!(on_links.is_empty(), "{v}: {calls:?}"),
            }
            bsd.locked.lock().unwrap().clear();
        }
        // With lchflags a link can be immutable itself: its own flags are cleared, and it is
        // removed; its target keeps its own.
        let sb = Sandbox::new("bsd-link-own");
        let bsd = Arc::new(Bsd::new(FileFlags::Lchflags));
        std::fs::write(sb.join("target"), b"t").unwrap();
        bsd.lock(&sb.join("target"));
        let top = sb.join("top");
        std::fs::create_dir(&top).unwrap();
        std::os::unix::fs::symlink(sb.join("target"), top.join("link")).unwrap();
        bsd.lock(&top.join("link"));
        let (t, _) = module(&bsd, v);
        t.rmtree(&pypath(&top), false).unwrap();
        assert!(!top.exists(), "{v}");
        assert!(bsd.is_locked(&sb.join("target")), "{v}");
    }
}

/// The by-path fallback (a seam with `chflags`/`lchflags` but no descriptor calls) never
/// follows a link either: with `lchflags` it clears the link's own flags, without it the link
/// is skipped (`os.path.islink` first), so the target keeps its flags.
#[test]
fn the_flag_reset_by_path_never_follows_a_symlink() {
    for v in PyVersion::KNOWN {
        for f in WITH_FLAGS {
            let sb = Sandbox::new("bsd-link-bypath");
            let mut bsd = Bsd::new(f);
            bsd.at_calls = false;
            let bsd = Arc::new(bsd);
            let outside = sb.join("outside");
            std::fs::create_dir(&outside).unwrap();
            std::fs::write(outside.join("precious"), b"keep").unwrap();
            bsd.lock(&outside.join("precious"));
            let top = sb.join("top");
            std::fs::create_dir_all(top.join("d")).unwrap();
            std::os::unix::fs::symlink(outside.join("precious"), top.join("d").join("l1")).unwrap();
            bsd.lock(&top.join("d"));
            let (t, os) = module(&bsd, v);
            t.rmtree(&pypath(&top), false).unwrap();
            assert!(!top.exists(), "{v} {f:?}");
            assert!(bsd.is_locked(&outside.join("precious")), "{v} {f:?}");
            let link = bytes(&top.join("d").join("l1"));
            let on_link: Vec<Call> = flag_calls(&os.log())
                .into_iter()
                .filter(|(_, p)| p.as_deref() == Some(&link[..]))
                .map(|(c, _)| c)
                .collect();
            let want: &[Call] = match f {
                FileFlags::Lchflags => &[Call::Lchflags],
                _ => &[],
            };
            assert_eq!(on_link, want, "{v} {f:?}");
        }
    }
}

/// `Bsd`, with a race: the first time the walk stats `name` (not following it), the entry is
/// swapped for a symlink to `to` right after, as an attacker could between two calls.
struct SwapsAfterStat {
    bsd: Arc<Bsd>,
    name: Vec<u8>,
    dir: std::path::PathBuf,
    to: std::path::PathBuf,
    done: std::sync::atomic::AtomicBool,
}

impl Forward for SwapsAfterStat {
    fn inner(&self) -> &dyn Os {
        &*self.bsd
    }
    fn fstatat(&self, dirfd: RawFd, name: &CStr, follow: bool) -> SysResult<Stat> {
        let st = Os::fstatat(&*self.bsd, dirfd, name, follow);
        if name.to_bytes() == self.name
            && !self.done.swap(true, std::sync::atomic::Ordering::SeqCst)
        {
            let entry = self.dir.join(std::ffi::OsStr::from_bytes(&self.name));
            std::fs::rename(&entry, entry.with_extension("moved")).unwrap();
            std::os::unix::fs::symlink(&self.to, &entry).unwrap();
        }
        st
    }
}

/// The by-path fallback checks for a link itself, at the call: an entry that was a file when
/// the walk stat'ed it and is a symlink by the time its flags are cleared by path (a seam
/// without lchflags or the descriptor calls) is skipped, and the link's target keeps its
/// flags.
#[test]
fn the_flag_reset_by_path_checks_for_a_link_at_the_call() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("bsd-bypath-race");
        let mut bsd = Bsd::new(FileFlags::ChflagsOnly);
        bsd.at_calls = false;
        let bsd = Arc::new(bsd);
        let precious = sb.join("precious");
        std::fs::write(&precious, b"keep").unwrap();
        bsd.lock(&precious);
        let top = sb.join("top");
        std::fs::create_dir_all(top.join("d")).unwrap();
        std::fs::write(top.join("d").join("x"), b"x").unwrap();
        bsd.lock(&top.join("d"));
        let os = Arc::new(FaultyOs::wrap(Arc::new(SwapsAfterStat {
            bsd: bsd.clone(),
            name: b"x".to_vec(),
            dir: top.join("d"),
            to: precious.clone(),
            done: std::sync::atomic::AtomicBool::new(false),
        })));
        let t = Tempfile::builder().os(os).version(v).build();
        t.rmtree(&pypath(&top), false).unwrap();
        assert!(!top.exists(), "{v}");
        assert!(
            bsd.is_locked(&precious),
            "{v}: the link's target lost its flags"
        );
        assert_eq!(std::fs::read(&precious).unwrap(), b"keep", "{v}");
    }
}

#[test]
fn dragonfly_refuses_unlink_with_eisdir_which_3_13_18_resets() {
    for v in PyVersion::KNOWN {
        for ignore in [false, true] {
            let sb = Sandbox::new("bsd-eisdir");
            let mut bsd = Bsd::new(FileFlags::Lchflags);
            bsd.eisdir = true;
            let bsd = Arc::new(bsd);
            let top = sb.join("top");
            std::fs::create_dir(&top).unwrap();
            std::fs::write(top.join("nounlink"), b"n").unwrap();
            bsd.lock(&top.join("nounlink"));
            let (t, os) = module(&bsd, v);
            let r = t.rmtree(&pypath(&top), ignore);
            if v.has(Behaviour::CleanupDirFd) {
                // `isinstance(exc, (PermissionError, IsADirectoryError))`: reset, unlink again.
                r.unwrap();
                assert!(!top.exists(), "{v}");
                let calls: Vec<Call> = handler_calls(&os.log(), b"nounlink")
                    .into_iter()
                    .map(|c| c.0)
                    .collect();
                assert_eq!(
                    calls[..7],
                    [
                        Call::Unlinkat,
                        Call::Fstatat,
                        Call::Fchflags,
                        Call::Fchmod,
                        Call::Chflagsat,
                        Call::Fchmodat,
                        Call::Unlinkat
                    ],
                    "{v}: EISDIR of a file, flags and modes reset, unlink again"
                );
            } else if ignore {
                r.unwrap();
                assert!(top.join("nounlink").exists(), "{v}: left, error ignored");
            } else {
                // Not a PermissionError: the handler raises it.
                let e = r.unwrap_err();
                assert_eq!(e.class(), ExcClass::IsADirectoryError, "{v}: {e}");
                let filename = e.filename().map(|f| f.as_bytes().to_vec());
                if v.has(Behaviour::RmtreeStack) {
                    assert_eq!(filename, Some(bytes(&top)), "{v}: the directory (3.13)");
                } else {
                    assert_eq!(filename, Some(b"nounlink".to_vec()), "{v}: the bare name");
                }
                assert_eq!(os.count(Call::Chflagsat), 0, "{v}: nothing reset");
            }
            bsd.locked.lock().unwrap().clear();
            t.rmtree(&pypath(&top), false).unwrap();
        }
    }
}

#[test]
fn a_flag_reset_that_fails_is_raised_or_ignored() {
    // A file system that does not support flags refuses chflags with EOPNOTSUPP (CPython's
    // test_tempfile skips where "chflags() doesn't support flags", e.g. on FreeBSD 13).
    // CPython's handler lets the error of `_resetperms` out (3.13.18+: unless ignore_errors;
    // before, even with it, where this ignores it: docs/divergences.md).
    for v in PyVersion::KNOWN {
        for ignore in [false, true] {
            let sb = Sandbox::new("bsd-eopnotsupp");
            let bsd = Arc::new(Bsd::new(FileFlags::Lchflags));
            let top = immutable_file_tree(&sb, &bsd);
            let (t, os) = module(&bsd, v);
            os.add_fault(Fault::every(Call::Chflagsat, libc::EOPNOTSUPP).path_contains("locked"));
            let r = t.rmtree(&pypath(&top), ignore);
            let locked = top.join("sub").join("locked");
            if ignore {
                r.unwrap();
            } else {
                let e = r.unwrap_err();
                assert_eq!(e.class(), ExcClass::OSError, "{v}: {e}");
                assert_eq!(e.errno(), Some(libc::EOPNOTSUPP), "{v}");
                assert_eq!(
                    e.filename().map(|f| f.as_bytes().to_vec()),
                    Some(bytes(&locked)),
                    "{v}: the full path, as `_resetflags(path)` reports it"
                );
            }
            assert!(locked.exists(), "{v}");
            let after: Vec<Call> = handler_calls(&os.log(), b"locked")
                .into_iter()
                .map(|c| c.0)
                .collect();
            assert_eq!(
                after[..4],
                [
                    Call::Unlinkat,
                    Call::Fchflags,
                    Call::Fchmod,
                    Call::Chflagsat
                ],
                "{v}"
            );
            assert!(
                !after[4..].contains(&Call::Fchmodat),
                "{v}: no mode reset after the flags failed"
            );
            os.clear_faults();
            bsd.locked.lock().unwrap().clear();
            t.rmtree(&pypath(&top), false).unwrap();
        }
    }
}

#[test]
fn a_seam_without_descriptor_flag_calls_gets_cpythons_calls_by_path() {
    // A seam that has `os.chflags` (and `lchflags`) but no fchflags/chflagsat: CPython's own
    // calls, by path: `chflags(dirname(path), 0, follow_symlinks=False)`, then the entry's.
    for v in PyVersion::KNOWN {
        for f in WITH_FLAGS {
            let sb = Sandbox::new("bsd-bypath");
            let mut bsd = Bsd::new(f);
            bsd.at_calls = false;
            let bsd = Arc::new(bsd);
            let top = immutable_file_tree(&sb, &bsd);
            let (t, os) = module(&bsd, v);
            t.rmtree(&pypath(&top), false).unwrap();
            assert!(!top.exists(), "{v} {f:?}");
            let sub = bytes(&top.join("sub"));
            let locked = bytes(&top.join("sub").join("locked"));
            let by_path: Vec<(Call, Option<Vec<u8>>)> = flag_calls(&os.log())
                .into_iter()
                .filter(|(c, _)| matches!(c, Call::Chflags | Call::Lchflags))
                .collect();
            let call = if f == FileFlags::Lchflags {
                Call::Lchflags
            } else {
                // `if not os.path.islink(path): chflags(path, 0)`.
                Call::Chflags
            };
            assert_eq!(
                by_path,
                [(call, Some(sub)), (call, Some(locked.clone()))],
                "{v} {f:?}"
            );
            if f == FileFlags::ChflagsOnly {
                assert!(
                    os.log()
                        .iter()
                        .any(|c| c.call == Call::Lstat && c.path.as_deref() == Some(&locked[..])),
                    "{v}: islink first"
                );
            }
        }
    }
}

#[test]
fn a_directory_whose_unlink_is_refused_with_eperm_is_walked() {
    // macOS and FreeBSD refuse to unlink a directory with EPERM, not EISDIR ("PermissionError
    // is raised on FreeBSD for directories"): after the reset, an entry that `isdir` says is a
    // directory is removed with rmtree, as CPython's handler does. (Listed as a file here, as
    // after a rename race.)
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("bsd-eperm-dir");
        let mut bsd = Bsd::new(FileFlags::Lchflags);
        bsd.eperm_for_dirs = true;
        bsd.listed_as_files.lock().unwrap().push(b"d".to_vec());
        let bsd = Arc::new(bsd);
        let top = sb.join("top");
        std::fs::create_dir_all(top.join("d")).unwrap();
        std::fs::write(top.join("d").join("f"), b"f").unwrap();
        let (t, _) = module(&bsd, v);
        t.rmtree(&pypath(&top), false).unwrap();
        assert!(!top.exists(), "{v}");
    }
}

#[test]
fn a_seam_that_defines_no_flag_call_is_an_os_without_chflags() {
    /// A double written before the file-flag calls: `Os`'s defaults, not the inner seam's.
    struct Old(Arc<Bsd>);
    impl Forward for Old {
        const FORWARD_PROVIDED: bool = false;
        fn inner(&self) -> &dyn Os {
            &*self.0
        }
    }
    let old = Old(Arc::new(Bsd::new(FileFlags::Lchflags)));
    let os: &dyn Os = &old;
    assert_eq!(os.file_flags(), FileFlags::Absent);
    assert_eq!(os.chflags(c"/", 0), Err(Errno(libc::ENOSYS)));
    assert_eq!(os.lchflags(c"/", 0), Err(Errno(libc::ENOSYS)));
    assert_eq!(os.fchflags(0, 0), Err(Errno(libc::ENOSYS)));
    assert_eq!(os.chflagsat_nofollow(0, c"x", 0), Err(Errno(libc::ENOSYS)));
    // FaultyOs reports the wrapped seam's answer, or the one it is told.
    let faulty = FaultyOs::wrap(Arc::new(Bsd::new(FileFlags::ChflagsOnly)));
    assert_eq!(faulty.file_flags(), FileFlags::ChflagsOnly);
    let faulty = faulty.with_file_flags(FileFlags::Absent);
    assert_eq!(faulty.file_flags(), FileFlags::Absent);
}

#[test]
fn a_refused_listing_resets_flags_then_modes_of_the_directory_and_its_parent() {
    // `scandir` refused (PermissionError): the handler runs `_resetperms(dirname(path))` and
    // `_resetperms(path)`, flags before mode for each, then removes the directory with a fresh
    // rmtree (here: lists it again). `sub` is immutable: its mode reset needs its flags cleared.
    for v in PyVersion::KNOWN {
        for f in WITH_FLAGS {
            let sb = Sandbox::new("bsd-listing");
            let bsd = Arc::new(Bsd::new(f));
            let top = sb.join("top");
            std::fs::create_dir_all(top.join("sub")).unwrap();
            bsd.lock(&top.join("sub"));
            std::fs::write(top.join("sub").join("f"), b"f").unwrap();
            let (t, os) = module(&bsd, v);
            // The second listing is sub's (the top's is the first).
            os.add_fault(Fault::nth_of(Call::ReadDir, 2, libc::EACCES));
            t.rmtree(&pypath(&top), false).unwrap();
            assert!(!top.exists(), "{v} {f:?}");
            let log = os.log();
            let start = log
                .iter()
                .position(|c| c.call == Call::ReadDir && c.injected)
                .unwrap();
            let kinds: Vec<Call> = log[start..]
                .iter()
                .map(|c| c.call)
                .filter(|c| matches!(c, Call::Fchflags | Call::Fchmod | Call::ReadDir))
                .take(6)
                .collect();
            assert_eq!(
                kinds,
                [
                    Call::ReadDir,
                    Call::Fchflags,
                    Call::Fchmod,
                    Call::Fchflags,
                    Call::Fchmod,
                    Call::ReadDir
                ],
                "{v} {f:?}: parent's flags and mode, the directory's flags and mode, list again"
            );
        }
    }
}

#[test]
fn tmp_max_before_3_13_18_is_the_hosts_c_librarys() {
    // `TMP_MAX = _os.TMP_MAX` (3.10 to 3.13.0): <stdio.h>'s, 308915776 on macOS and FreeBSD,
    // 238328 with glibc; 20 from 3.13.18.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    assert_eq!(pytempfile::platform::HOST_OS_TMP_MAX, 238_328);
    #[cfg(any(target_os = "macos", target_os = "freebsd"))]
    assert_eq!(pytempfile::platform::HOST_OS_TMP_MAX, 308_915_776);
    for v in PyVersion::KNOWN {
        let expected = if v.has(Behaviour::TmpMax20) {
            20
        } else {
            pytempfile::platform::HOST_OS_TMP_MAX
        };
        assert_eq!(pytempfile::default_tmp_max(v), expected, "{v}");
        assert_eq!(
            Tempfile::builder().version(v).build().tmp_max(),
            expected,
            "{v}"
        );
    }
}

#[test]
fn o_tmpfile_works_starts_as_hasattr_os_o_tmpfile() {
    // `_O_TMPFILE_WORKS = hasattr(_os, 'O_TMPFILE')`: Linux's flag; macOS and the BSDs have
    // none, and `TemporaryFile` is `_mkstemp_inner` then `unlink` there.
    let t = Tempfile::builder().build();
    assert_eq!(t.o_tmpfile_works(), cfg!(target_os = "linux"));
}
