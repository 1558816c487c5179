//! The fault matrix: every system call that `mkstemp`, `mkdtemp`, `TemporaryDirectory`
//! creation and cleanup make (discovered from a logged clean run), failed in turn with each of
//! EACCES, EPERM, ENOSPC, EMFILE, EIO, EEXIST and EINTR, against what CPython does; and the
//! default-directory probe (`_get_default_tempdir`) under failures.
//!
//! Each scenario checks the result (exception class from the errno, message, `filename` as
//! each CPython version reports it), that no descriptor leaks (every descriptor the log shows
//! opened is closed in the log, and the process's `/proc/self/fd` count is unchanged: every
//! test in this file holds `SERIAL`, so no other test opens descriptors meanwhile), and that
//! nothing stray is left in the sandbox.
//!
//! The expected outcomes were checked against CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0 by
//! injecting the same failure at the same call into `TemporaryDirectory.cleanup()` (patching
//! `os.open`/`os.close`/`os.scandir`/`os.unlink`/`os.rmdir`). Where an injected Python-level
//! EINTR cannot show CPython's C-level retry (PEP 475: `open`, `write` retry; `mkdir`, `rmdir`,
//! `unlink`, `close`, `scandir` do not), the model follows PEP 475.
// Linux only: exact call sequences of the POSIX paths (unlink-based deletion, O_TMPFILE), /proc/self/fd leak counts, close-on-exec. The Windows call sequences are tested in tests/windows.rs.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]

mod common;
use common::{Sandbox, force_remove};

use std::collections::HashMap;
use std::fs;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use pytempfile::os::{Call, Errno, Fault, LoggedCall, open_fd_count};
use pytempfile::{
    Arg, DirOptions, Error, ExcClass, FaultyOs, Filename, ForcedNames, Params, PathKind, PyVersion,
    Tempfile, TemporaryDirectory,
};

/// Every test in this file holds this lock: the `/proc/self/fd` count is process-wide.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
}

const ERRNOS: [i32; 7] = [
    libc::EACCES,
    libc::EPERM,
    libc::ENOSPC,
    libc::EMFILE,
    libc::EIO,
    libc::EEXIST,
    libc::EINTR,
];

fn errname(e: i32) -> &'static str {
    match e {
        libc::EACCES => "EACCES",
        libc::EPERM => "EPERM",
        libc::ENOSPC => "ENOSPC",
        libc::EMFILE => "EMFILE",
        libc::EIO => "EIO",
        libc::EEXIST => "EEXIST",
        libc::EINTR => "EINTR",
        _ => "E?",
    }
}

fn is_perm(e: i32) -> bool {
    e == libc::EACCES || e == libc::EPERM
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Every entry under `top`, relative, sorted (symlinks not followed).
fn tree(top: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(rd) = fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            out.push(p.strip_prefix(base).unwrap().display().to_string());
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                walk(base, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(top, top, &mut out);
    out.sort();
    out
}

fn bytes(p: &Path) -> Vec<u8> {
    p.as_os_str().as_bytes().to_vec()
}

fn fd_count() -> usize {
    open_fd_count().unwrap()
}

/// Descriptors the log shows opened (`open`/`openat` that succeeded) and never closed.
fn unclosed_fds(log: &[LoggedCall]) -> Vec<RawFd> {
    let mut open = Vec::new();
    for c in log {
        match c.call {
            Call::Open | Call::Openat if c.result.is_ok() => open.push(c.fd.unwrap()),
            Call::Close => {
                let fd = c.fd.unwrap();
                let pos = open
                    .iter()
                    .position(|&f| f == fd)
                    .unwrap_or_else(|| panic!("close({fd}) of a descriptor not opened: {log:#?}"));
                open.remove(pos);
            }
            _ => {}
        }
    }
    open
}

/// The `(kind, nth of that kind)` of every call in a log, in order.
fn call_indices(log: &[LoggedCall]) -> Vec<(Call, u64)> {
    let mut seen: HashMap<Call, u64> = HashMap::new();
    log.iter()
        .map(|c| {
            let n = seen.entry(c.call).or_insert(0);
            *n += 1;
            (c.call, *n)
        })
        .collect()
}

fn kinds(log: &[LoggedCall]) -> Vec<Call> {
    let mut k: Vec<Call> = log.iter().map(|c| c.call).collect();
    k.sort();
    k.dedup();
    k
}

/// Check an OS error: class from the errno, strerror message, filename, and `str()`.
fn check_os_error(err: &Error, errno: i32, filename: Option<&Filename>, ctx: &str) {
    assert_eq!(err.class(), ExcClass::for_errno(errno), "{ctx}: {err:?}");
    assert_eq!(err.errno(), Some(errno), "{ctx}");
    let strerror = Errno(errno).strerror();
    assert_eq!(err.message(), strerror, "{ctx}");
    assert_eq!(err.filename(), filename, "{ctx}");
    let shown = match filename {
        Some(f) => format!("[Errno {errno}] {strerror}: {}", f.repr()),
        None => format!("[Errno {errno}] {strerror}"),
    };
    assert_eq!(err.to_string(), shown, "{ctx}");
}

// ---------------------------------------------------------------------------------------------
// Creation: mkstemp, mkdtemp, TemporaryDirectory
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Creator {
    Mkstemp,
    Mkdtemp,
    TempDir,
}

impl Creator {
    /// The one call each creation makes per attempt (CPython: `os.open` / `os.mkdir`).
    fn creating_call(self) -> Call {
        match self {
            Creator::Mkstemp => Call::Open,
            Creator::Mkdtemp | Creator::TempDir => Call::Mkdir,
        }
    }
}

struct Created {
    path: PyPathInfo,
    fd: Option<OwnedFd>,
    dir: Option<TemporaryDirectory>,
}

struct PyPathInfo {
    kind: PathKind,
    path: PathBuf,
}

fn create(t: &Tempfile, creator: Creator, params: &Params) -> Result<Created, Error> {
    match creator {
        Creator::Mkstemp => {
            let (fd, p) = t.mkstemp(params, false)?;
            Ok(Created {
                path: PyPathInfo {
                    kind: p.kind(),
                    path: p.as_path().to_path_buf(),
                },
                fd: Some(fd),
                dir: None,
            })
        }
        Creator::Mkdtemp => {
            let p = t.mkdtemp(params)?;
            Ok(Created {
                path: PyPathInfo {
                    kind: p.kind(),
                    path: p.as_path().to_path_buf(),
                },
                fd: None,
                dir: None,
            })
        }
        Creator::TempDir => {
            let d = t.temporary_directory(params, DirOptions::new())?;
            Ok(Created {
                path: PyPathInfo {
                    kind: d.name().kind(),
                    path: d.path().to_path_buf(),
                },
                fd: None,
                dir: Some(d),
            })
        }
    }
}

fn params_for(sb: &Sandbox, kind: PathKind) -> Params {
    let dir = match kind {
        PathKind::Str => Arg::str(sb.path()),
        PathKind::Bytes => Arg::bytes(bytes(sb.path())),
    };
    Params::new()
        .dir(dir)
        .names(Arc::new(ForcedNames::new(["aaaaaaaa", "bbbbbbbb"])))
}

fn creation_matrix(creator: Creator) {
    let _serial = serial();
    let sb = Sandbox::new(&format!("{creator:?}"));

    // Discovery: a clean, logged run.
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder().os(os.clone()).build();
    os.start_log();
    let created = create(&t, creator, &params_for(&sb, PathKind::Str)).unwrap();
    let log = os.log();
    assert_eq!(
        kinds(&log),
        vec![creator.creating_call()],
        "{creator:?}: {log:#?}"
    );
    let indices = call_indices(&log);
    drop(created);
    force_remove(sb.path());
    fs::create_dir(sb.path()).unwrap();

    let first = sb.join("tmpaaaaaaaa");
    let second = sb.join("tmpbbbbbbbb");
    for &(call, nth) in &indices {
        for errno in ERRNOS {
            for kind in [PathKind::Str, PathKind::Bytes] {
                let ctx = format!("{creator:?} {call:?}#{nth} {} {kind:?}", errname(errno));
                let before = fd_count();
                let os = Arc::new(FaultyOs::new().with_fault(Fault::nth_of(call, nth, errno)));
                let t = Tempfile::builder().os(os.clone()).build();
                os.start_log();
                let res = create(&t, creator, &params_for(&sb, kind));
                let log = os.log();
                let injected: Vec<&LoggedCall> = log.iter().filter(|c| c.injected).collect();
                assert_eq!(injected.len(), 1, "{ctx}: {log:#?}");
                assert_eq!(injected[0].call, call, "{ctx}");

                // EEXIST: the name is taken, the next one is tried. EINTR: `os.open` retries
                // the same name (PEP 475); `os.mkdir` does not retry, so CPython raises
                // InterruptedError. Anything else is raised with the candidate path.
                let retried_open = errno == libc::EINTR && call == Call::Open;
                let expected_ok = if errno == libc::EEXIST {
                    Some(&second)
                } else if retried_open {
                    Some(&first)
                } else {
                    None
                };
                let returned_fd = match (res, expected_ok) {
                    (Ok(c), Some(want)) => {
                        assert_eq!(&c.path.path, want, "{ctx}");
                        assert_eq!(c.path.kind, kind, "{ctx}");
                        let name = want.file_name().unwrap().to_str().unwrap().to_string();
                        assert_eq!(
                            tree(sb.path()),
                            vec![name],
                            "{ctx}: exactly what it created"
                        );
                        let attempts = log.iter().filter(|l| l.call == call).count();
                        assert_eq!(attempts, 2, "{ctx}");
                        let md = fs::symlink_metadata(want).unwrap();
                        if creator == Creator::Mkstemp {
                            assert!(md.is_file(), "{ctx}");
                            assert_eq!(md.permissions().mode() & 0o777, 0o600, "{ctx}");
                            let fd = c.fd.as_ref().unwrap();
                            assert!(pytempfile::os::is_cloexec(fd.as_raw_fd()).unwrap());
                        } else {
                            assert!(md.is_dir(), "{ctx}");
                            assert_eq!(md.permissions().mode() & 0o777, 0o700, "{ctx}");
                        }
                        let fd = c.fd.as_ref().map(AsRawFd::as_raw_fd);
                        drop(c.fd);
                        match c.dir {
                            // The object cleans up after itself through the same seam.
                            Some(mut d) => d.cleanup().unwrap(),
                            None if creator == Creator::Mkstemp => fs::remove_file(want).unwrap(),
                            None => fs::remove_dir(want).unwrap(),
                        }
                        assert_eq!(tree(sb.path()), Vec::<String>::new(), "{ctx}");
                        fd
                    }
                    (Err(err), None) => {
                        let filename = match kind {
                            PathKind::Str => Filename::Str(bytes(&first)),
                            PathKind::Bytes => Filename::Bytes(bytes(&first)),
                        };
                        check_os_error(&err, errno, Some(&filename), &ctx);
                        assert_eq!(
                            tree(sb.path()),
                            Vec::<String>::new(),
                            "{ctx}: a failed creation leaves nothing"
                        );
                        None
                    }
                    (Ok(c), None) => panic!("{ctx}: expected an error, created {:?}", c.path.path),
                    (Err(e), Some(_)) => panic!("{ctx}: expected success, got {e:?}"),
                };
                // Every descriptor opened through the seam is closed through it, except the one
                // mkstemp hands to its caller (closed above by dropping the OwnedFd).
                let unclosed = unclosed_fds(&log);
                assert_eq!(
                    unclosed,
                    returned_fd.into_iter().collect::<Vec<_>>(),
                    "{ctx}"
                );
                assert_eq!(fd_count(), before, "{ctx}: descriptor leak");
            }
        }
    }
}

#[test]
fn mkstemp_fault_matrix() {
    creation_matrix(Creator::Mkstemp);
}

#[test]
fn mkdtemp_fault_matrix() {
    creation_matrix(Creator::Mkdtemp);
}

#[test]
fn temporary_directory_creation_fault_matrix() {
    creation_matrix(Creator::TempDir);
}

#[test]
fn eexist_on_every_attempt_exhausts_tmp_max() {
    let _serial = serial();
    let sb = Sandbox::new("exhaust");
    for (creator, message) in [
        (Creator::Mkstemp, "No usable temporary file name found"),
        (Creator::Mkdtemp, "No usable temporary directory name found"),
        (Creator::TempDir, "No usable temporary directory name found"),
    ] {
        let before = fd_count();
        let os = Arc::new(
            FaultyOs::new().with_fault(Fault::every(creator.creating_call(), libc::EEXIST)),
        );
        let t = Tempfile::builder().os(os.clone()).tmp_max(7).build();
        let params = Params::new().dir(Arg::str(sb.path()));
        let err = match create(&t, creator, &params) {
            Err(e) => e,
            Ok(c) => panic!("{creator:?}: created {:?}", c.path.path),
        };
        assert_eq!(err.class(), ExcClass::FileExistsError);
        assert_eq!(err.errno(), Some(libc::EEXIST));
        assert_eq!(err.filename(), None);
        assert_eq!(err.to_string(), format!("[Errno 17] {message}"));
        assert_eq!(os.count(creator.creating_call()), 7, "{creator:?}");
        assert_eq!(tree(sb.path()), Vec::<String>::new());
        assert_eq!(fd_count(), before);
    }
}

// ---------------------------------------------------------------------------------------------
// Cleanup of a small tree
// ---------------------------------------------------------------------------------------------

/// The tree under the temporary directory: (relative path, is a directory). Every name is
/// unique, so a call's name argument identifies its entry.
const TREE: [(&str, bool); 6] = [
    ("f1", false),
    ("d1", true),
    ("d1/f2", false),
    ("d1/d2", true),
    ("d1/d2/f3", false),
    ("d3", true),
];

fn build_tree(top: &Path) {
    for (rel, dir) in TREE {
        let p = top.join(rel);
        if dir {
            fs::create_dir(&p).unwrap();
        } else {
            fs::write(&p, rel.as_bytes()).unwrap();
        }
    }
}

fn has_children(rel: &str) -> bool {
    rel.is_empty() || TREE.iter().any(|(r, _)| r.starts_with(&format!("{rel}/")))
}

fn entry_of(name: &[u8]) -> (&'static str, bool) {
    TREE.iter()
        .copied()
        .find(|(rel, _)| rel.rsplit('/').next().unwrap().as_bytes() == name)
        .unwrap_or_else(|| panic!("unknown entry {}", String::from_utf8_lossy(name)))
}

/// What the injected call was doing, in CPython's terms.
#[derive(Clone, Debug, PartialEq)]
enum Target {
    /// pytempfile's first `rmdir(top)` (an empty directory costs one call); no CPython
    /// counterpart: any failure falls back to the walk.
    FastRmdir,
    /// `os.open(top)`.
    OpenTop,
    /// `os.scandir` of the directory at this relative path ("" = the top).
    List(&'static str),
    /// `os.unlink(name, dir_fd=...)` of a file.
    Unlink(&'static str),
    /// `os.open(name, dir_fd=...)` of a subdirectory.
    OpenSub(&'static str),
    /// `os.close` of the descriptor of this directory ("" = the top).
    Close(&'static str),
    /// `os.rmdir(name, dir_fd=...)` of a subdirectory.
    RmdirSub(&'static str),
    /// The final `os.rmdir(top)`.
    RmdirTop,
}

/// Identify the injected call of a cleanup log.
fn injected_target(log: &[LoggedCall], top: &Path) -> Target {
    let mut dirs: HashMap<RawFd, &'static str> = HashMap::new();
    let mut rmdirs = 0;
    for c in log {
        let name = c.path.as_deref();
        let target = match c.call {
            Call::Rmdir => {
                assert_eq!(name, Some(top.as_os_str().as_bytes()));
                rmdirs += 1;
                if rmdirs == 1 {
                    Target::FastRmdir
                } else {
                    Target::RmdirTop
                }
            }
            Call::Open => {
                assert_eq!(name, Some(top.as_os_str().as_bytes()));
                if let Some(fd) = c.fd {
                    dirs.insert(fd, "");
                }
                Target::OpenTop
            }
            Call::Openat => {
                let (rel, is_dir) = entry_of(name.unwrap());
                assert!(is_dir, "openat of a file: {rel}");
                if let Some(fd) = c.fd {
                    dirs.insert(fd, rel);
                }
                Target::OpenSub(rel)
            }
            Call::ReadDir => Target::List(dirs[&c.fd.unwrap()]),
            Call::Close => Target::Close(dirs[&c.fd.unwrap()]),
            Call::Unlinkat => match entry_of(name.unwrap()) {
                (rel, true) => Target::RmdirSub(rel),
                (rel, false) => Target::Unlink(rel),
            },
            other => panic!("unmodelled call {other:?} in cleanup: {c:?}"),
        };
        if c.injected {
            return target;
        }
    }
    panic!("no injected call in {log:#?}")
}

/// What CPython does (with `ignore_cleanup_errors=False`) when `errno` hits `target`: `None`
/// for a complete removal, else the error's filename and the path that must survive.
fn expected(
    target: &Target,
    errno: i32,
    v: PyVersion,
    top: &Path,
) -> Option<(Option<Filename>, PathBuf)> {
    let p13 = v.at_least(PyVersion::V3_13);
    let path = |rel: &str| {
        if rel.is_empty() {
            top.to_path_buf()
        } else {
            top.join(rel)
        }
    };
    let s = |p: &Path| Some(Filename::Str(bytes(p)));
    let base = |rel: &str| {
        Some(Filename::Str(
            rel.rsplit('/').next().unwrap().as_bytes().to_vec(),
        ))
    };
    let parent = |rel: &str| path(rel.rsplit_once('/').map_or("", |(d, _)| d));
    // A permission error on any entry: modes are reset and the removal retried: success.
    if is_perm(errno) || *target == Target::FastRmdir {
        return None;
    }
    match *target {
        Target::FastRmdir => None,
        // os.open retries EINTR (PEP 475).
        Target::OpenTop | Target::OpenSub(_) if errno == libc::EINTR => None,
        // EEXIST from rmdir says the directory is not empty (entries moved in): walked again
        // and removed (issue 14's convergence; CPython raises it).
        Target::RmdirTop | Target::RmdirSub(_) if errno == libc::EEXIST => None,
        Target::OpenTop | Target::RmdirTop => Some((s(top), top.to_path_buf())),
        // 3.10-3.13 all set err.filename = path for scandir.
        Target::List(rel) => Some((s(&path(rel)), path(rel))),
        // 3.13: re-raised through shutil's outer handler, which sets filename to the directory
        // being walked; 3.10-3.12: os.unlink's own argument, the bare name.
        Target::Unlink(rel) => Some((if p13 { s(&parent(rel)) } else { base(rel) }, path(rel))),
        Target::OpenSub(rel) | Target::RmdirSub(rel) => {
            Some((if p13 { s(&path(rel)) } else { base(rel) }, path(rel)))
        }
        // 3.13: filename = the directory; 3.12: os.close's error has none. (3.10/3.11 close
        // the descriptor again and raise EBADF; pytempfile reports the close error as 3.12
        // does, a documented divergence.)
        Target::Close(rel) => Some((if p13 { s(&path(rel)) } else { None }, path(rel))),
    }
}

fn cleanup_scenario(
    sb: &Sandbox,
    version: PyVersion,
    ignore: bool,
    fault: Option<(Call, u64, i32)>,
) -> (Result<(), Error>, Vec<LoggedCall>, PathBuf) {
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder().version(version).os(os.clone()).build();
    let mut d = t
        .temporary_directory(
            &Params::new().dir(Arg::str(sb.path())),
            DirOptions::new().ignore_cleanup_errors(ignore),
        )
        .unwrap();
    let top = d.path().to_path_buf();
    build_tree(&top);
    if let Some((call, nth, errno)) = fault {
        os.add_fault(Fault::nth_of(call, nth, errno));
    }
    os.start_log();
    let res = d.cleanup();
    let log = os.log();
    // The finalizer was detached by cleanup(): dropping does nothing more.
    drop(d);
    assert_eq!(os.log().len(), log.len());
    (res, log, top)
}

#[test]
fn cleanup_fault_matrix() {
    let _serial = serial();
    let sb = Sandbox::new("cleanup");
    let mut scenarios = 0;
    for version in PyVersion::ALL {
        // Discovery.
        let (res, log, top) = cleanup_scenario(&sb, version, false, None);
        res.unwrap();
        assert!(!top.exists());
        assert_eq!(
            kinds(&log),
            vec![
                Call::Open,
                Call::Openat,
                Call::Close,
                Call::Unlinkat,
                Call::Rmdir,
                Call::ReadDir
            ],
            "{version}: {log:#?}"
        );
        assert!(unclosed_fds(&log).is_empty());
        let indices = call_indices(&log);
        assert_eq!(indices.len(), 20, "{version}: {log:#?}");

        for &(call, nth) in &indices {
            for errno in ERRNOS {
                for ignore in [false, true] {
                    scenarios += 1;
                    let before = fd_count();
                    let (res, log, top) =
                        cleanup_scenario(&sb, version, ignore, Some((call, nth, errno)));
                    let target = injected_target(&log, &top);
                    let ctx = format!(
                        "{version} {call:?}#{nth}={target:?} {} ignore={ignore}",
                        errname(errno)
                    );
                    let want = expected(&target, errno, version, &top);
                    match (&want, ignore) {
                        (None, _) => {
                            res.as_ref().unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
                            assert!(!top.exists(), "{ctx}: {:?}", tree(&top));
                        }
                        (Some((filename, survivor)), false) => {
                            let err = res.as_ref().expect_err(&ctx);
                            check_os_error(err, errno, filename.as_ref(), &ctx);
                            assert!(survivor.exists(), "{ctx}: {} removed", survivor.display());
                        }
                        (Some((_, survivor)), true) => {
                            res.as_ref().unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
                            let goes_on = match target {
                                // The close error is ignored and the removal goes on.
                                Target::Close(_) => true,
                                // After an ignored listing error the directory's rmdir still
                                // runs: it works if the directory was empty anyway.
                                Target::List(rel) => !has_children(rel),
                                _ => false,
                            };
                            if goes_on {
                                assert!(!top.exists(), "{ctx}: {:?}", tree(&top));
                            } else {
                                assert!(survivor.exists(), "{ctx}");
                            }
                        }
                    }
                    // No stray file: only what is left of the tree, nothing else.
                    let left = tree(sb.path());
                    let top_name = top.file_name().unwrap().to_str().unwrap();
                    for entry in &left {
                        let rel = entry
                            .strip_prefix(top_name)
                            .unwrap_or_else(|| panic!("{ctx}: stray {entry} in the sandbox"));
                        let rel = rel.trim_start_matches('/');
                        assert!(
                            rel.is_empty() || TREE.iter().any(|(r, _)| *r == rel),
                            "{ctx}: stray {entry}"
                        );
                    }
                    assert!(unclosed_fds(&log).is_empty(), "{ctx}: {log:#?}");
                    assert_eq!(fd_count(), before, "{ctx}: descriptor leak");
                    force_remove(&top);
                }
            }
        }
    }
    assert_eq!(scenarios, PyVersion::ALL.len() * 20 * 7 * 2);
}

/// A listing that fails with a permission error twice is raised (CPython 3.12 raises the
/// PermissionError; 3.13.0 recurses until RecursionError, a documented divergence).
#[test]
fn listing_denied_twice_is_raised() {
    let _serial = serial();
    let sb = Sandbox::new("list-twice");
    let before = fd_count();
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder().os(os.clone()).build();
    let mut d = t
        .temporary_directory(&Params::new().dir(Arg::str(sb.path())), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();
    build_tree(&top);
    os.add_fault(Fault::every(Call::ReadDir, libc::EACCES));
    os.start_log();
    let err = d.cleanup().unwrap_err();
    check_os_error(
        &err,
        libc::EACCES,
        Some(&Filename::Str(bytes(&top))),
        "twice",
    );
    assert_eq!(os.count(Call::ReadDir), 2);
    assert_eq!(tree(&top).len(), TREE.len());
    assert!(unclosed_fds(&os.log()).is_empty());
    assert_eq!(fd_count(), before);
}

// ---------------------------------------------------------------------------------------------
// The default-directory probe (_get_default_tempdir)
// ---------------------------------------------------------------------------------------------

/// A FaultyOs whose environment names `tmpdir` (and no TEMP/TMP) and whose cwd is `cwd`.
fn probe_os(tmpdir: &[u8], temp: Option<&[u8]>, tmp: Option<&[u8]>, cwd: &Path) -> Arc<FaultyOs> {
    let os = FaultyOs::new()
        .with_env("TMPDIR", Some(tmpdir))
        .with_env("TEMP", temp)
        .with_env("TMP", tmp);
    os.set_cwd(Ok(bytes(cwd)));
    Arc::new(os)
}

fn dirname(p: &[u8]) -> Vec<u8> {
    let i = p.iter().rposition(|&c| c == b'/').unwrap();
    p[..i].to_vec()
}

/// The directories the probe's `open` calls went to, in order, with their attempt counts.
fn opens_per_dir(log: &[LoggedCall]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for c in log.iter().filter(|c| c.call == Call::Open) {
        let path = c.path.as_ref().unwrap();
        let name = &path[path.len() - 8..];
        assert!(
            name.iter()
                .all(|b| b"abcdefghijklmnopqrstuvwxyz0123456789_".contains(b)),
            "probe name {}",
            String::from_utf8_lossy(path)
        );
        let dir = String::from_utf8(dirname(path)).unwrap();
        match out.last_mut() {
            Some((d, n)) if *d == dir => *n += 1,
            _ => out.push((dir, 1)),
        }
    }
    out
}

/// Names tried per directory: 100 before 3.13.18, `TMP_MAX` (read at call time) after.
#[test]
fn probe_eexist_tries_a_fixed_number_of_names_per_directory() {
    let _serial = serial();
    let sb = Sandbox::new("probe-eexist");
    fs::create_dir(sb.join("a")).unwrap();
    fs::create_dir(sb.join("cwd")).unwrap();
    assert_eq!(pytempfile::PROBE_NAMES_PER_DIR, 100);
    for (version, tmp_max, per_dir) in [
        (PyVersion::new(3, 13, 0), None, 100),
        (PyVersion::new(3, 13, 18), None, 20),
        (PyVersion::new(3, 15, 2), None, 20),
        // 3.13.0 ignores TMP_MAX here; 3.13.18 reads the assigned value.
        (PyVersion::new(3, 13, 0), Some(7), 100),
        (PyVersion::new(3, 14, 10), Some(7), 7),
    ] {
        let ctx = format!("{version} TMP_MAX={tmp_max:?}");
        let before = fd_count();
        let os = probe_os(&bytes(&sb.join("a")), None, None, &sb.join("cwd"));
        os.add_fault(Fault::every(Call::Open, libc::EEXIST));
        let t = Tempfile::builder().os(os.clone()).version(version).build();
        if let Some(n) = tmp_max {
            t.set_tmp_max(n);
        }
        os.start_log();
        let err = t.get_default_tempdir().unwrap_err();
        let log = os.log();
        let a = sb.join("a").display().to_string();
        let cwd = sb.join("cwd").display().to_string();
        assert_eq!(
            opens_per_dir(&log),
            vec![
                (a.clone(), per_dir),
                ("/tmp".to_string(), per_dir),
                ("/var/tmp".to_string(), per_dir),
                ("/usr/tmp".to_string(), per_dir),
                (cwd.clone(), per_dir),
            ],
            "{ctx}"
        );
        // Within a directory, every attempt is a new name.
        let mut names: Vec<&Vec<u8>> = log
            .iter()
            .take(per_dir)
            .map(|c| c.path.as_ref().unwrap())
            .collect();
        names.sort();
        names.dedup();
        assert!(
            names.len() + 5 > per_dir,
            "{ctx}: {} distinct names of {per_dir}",
            names.len()
        );
        assert!(
            log.iter().all(|c| c.call == Call::Open && c.injected),
            "{ctx}"
        );
        assert_eq!(err.class(), ExcClass::FileNotFoundError, "{ctx}");
        assert_eq!(err.errno(), Some(libc::ENOENT), "{ctx}");
        assert_eq!(err.filename(), None, "{ctx}");
        assert_eq!(
            err.to_string(),
            format!(
                "[Errno 2] No usable temporary directory found in ['{a}', '/tmp', '/var/tmp', '/usr/tmp', '{cwd}']"
            ),
            "{ctx}"
        );
        assert_eq!(
            tree(sb.path()),
            vec!["a".to_string(), "cwd".to_string()],
            "{ctx}"
        );
        assert_eq!(fd_count(), before, "{ctx}");
    }
}

#[test]
fn probe_open_errors_move_on_after_one_attempt() {
    let _serial = serial();
    let sb = Sandbox::new("probe-open");
    fs::create_dir(sb.join("a")).unwrap();
    fs::create_dir(sb.join("b")).unwrap();
    let a = bytes(&sb.join("a"));
    let b = bytes(&sb.join("b"));
    for errno in ERRNOS {
        if errno == libc::EEXIST {
            continue;
        }
        let ctx = errname(errno);
        let before = fd_count();
        let os = probe_os(&a, Some(&b), None, sb.path());
        os.add_fault(Fault::nth_of(Call::Open, 1, errno));
        let t = Tempfile::builder().os(os.clone()).build();
        os.start_log();
        let dir = t.get_default_tempdir().unwrap();
        let log = os.log();
        let per_dir = opens_per_dir(&log);
        if errno == libc::EINTR {
            // os.open retries EINTR itself: the same name, the same directory.
            assert_eq!(dir, a, "{ctx}");
            assert_eq!(
                per_dir,
                vec![(sb.join("a").display().to_string(), 2)],
                "{ctx}"
            );
            assert_eq!(log[0].path, log[1].path, "{ctx}");
        } else {
            // A permission error (POSIX) or any other OSError: next directory after 1 try.
            assert_eq!(dir, b, "{ctx}");
            assert_eq!(
                per_dir,
                vec![
                    (sb.join("a").display().to_string(), 1),
                    (sb.join("b").display().to_string(), 1)
                ],
                "{ctx}"
            );
        }
        // The successful attempt: open, write b'blat', close, unlink.
        let tail: Vec<Call> = log.iter().rev().take(4).rev().map(|c| c.call).collect();
        assert_eq!(
            tail,
            vec![Call::Open, Call::Write, Call::Close, Call::Unlink],
            "{ctx}"
        );
        assert_eq!(os.count(Call::Write), 1, "{ctx}");
        assert!(unclosed_fds(&log).is_empty(), "{ctx}");
        assert_eq!(
            tree(sb.path()),
            vec!["a".to_string(), "b".to_string()],
            "{ctx}"
        );
        assert_eq!(fd_count(), before, "{ctx}");
    }
}

/// A failure after the probe file was created (write, close, unlink).
fn probe_late_failure(call: Call) {
    let _serial = serial();
    let sb = Sandbox::new(&format!("probe-{call:?}"));
    fs::create_dir(sb.join("a")).unwrap();
    fs::create_dir(sb.join("b")).unwrap();
    let a = bytes(&sb.join("a"));
    let b = bytes(&sb.join("b"));
    for errno in ERRNOS {
        let ctx = format!("{call:?} {}", errname(errno));
        let before = fd_count();
        let os = probe_os(&a, None, Some(&b), sb.path());
        os.add_fault(Fault::nth_of(call, 1, errno));
        let t = Tempfile::builder().os(os.clone()).build();
        os.start_log();
        let dir = t.get_default_tempdir().unwrap();
        let log = os.log();
        let first_file = log[0].path.clone().unwrap();
        assert_eq!(dirname(&first_file), a, "{ctx}");
        let calls: Vec<Call> = log.iter().map(|c| c.call).collect();
        if call == Call::Write && errno == libc::EINTR {
            // os.write retries EINTR: the directory is usable.
            assert_eq!(dir, a, "{ctx}");
            assert_eq!(
                calls,
                vec![
                    Call::Open,
                    Call::Write,
                    Call::Write,
                    Call::Close,
                    Call::Unlink
                ],
                "{ctx}"
            );
        } else {
            // Any OSError (close and unlink are never retried) makes the directory unusable;
            // the file is still closed and unlinked, then the next directory is tried.
            assert_eq!(dir, b, "{ctx}");
            assert_eq!(
                calls,
                vec![
                    Call::Open,
                    Call::Write,
                    Call::Close,
                    Call::Unlink,
                    Call::Open,
                    Call::Write,
                    Call::Close,
                    Call::Unlink
                ],
                "{ctx}"
            );
            assert_eq!(
                log[3].path.as_ref(),
                Some(&first_file),
                "{ctx}: unlinks its own file"
            );
        }
        assert!(unclosed_fds(&log).is_empty(), "{ctx}");
        let mut expect_left = vec!["a".to_string(), "b".to_string()];
        if call == Call::Unlink {
            // The unlink itself failed: the probe file stays, as in CPython.
            let name = String::from_utf8(first_file[a.len() + 1..].to_vec()).unwrap();
            expect_left.push(format!("a/{name}"));
            expect_left.sort();
            assert_eq!(tree(sb.path()), expect_left, "{ctx}");
            fs::remove_file(Path::new(std::ffi::OsStr::from_bytes(&first_file))).unwrap();
        } else {
            assert_eq!(tree(sb.path()), expect_left, "{ctx}: nothing left behind");
        }
        assert_eq!(fd_count(), before, "{ctx}");
    }
}

#[test]
fn probe_write_failure_closes_unlinks_and_moves_on() {
    probe_late_failure(Call::Write);
}

#[test]
fn probe_close_failure_unlinks_and_moves_on() {
    probe_late_failure(Call::Close);
}

#[test]
fn probe_unlink_failure_moves_on() {
    probe_late_failure(Call::Unlink);
}

#[test]
fn probe_with_no_usable_directory_lists_the_original_candidates() {
    let _serial = serial();
    let sb = Sandbox::new("probe-none");
    let cwd = sb.join("cwd");
    fs::create_dir(&cwd).unwrap();
    let before = fd_count();
    // TEMP is empty: skipped. TMPDIR is relative: probed as cwd/relT, listed as 'relT'.
    let os = probe_os(b"relT", Some(b""), Some(b"/nonexistent_x"), &cwd);
    os.add_fault(Fault::every(Call::Open, libc::EACCES));
    let t = Tempfile::builder().os(os.clone()).build();
    assert_eq!(t.tempdir(), None);
    os.start_log();
    let err = t.gettempdir().unwrap_err();
    let log = os.log();
    let cwd_s = cwd.display().to_string();
    assert_eq!(
        opens_per_dir(&log),
        vec![
            (format!("{cwd_s}/relT"), 1),
            ("/nonexistent_x".to_string(), 1),
            ("/tmp".to_string(), 1),
            ("/var/tmp".to_string(), 1),
            ("/usr/tmp".to_string(), 1),
            (cwd_s.clone(), 1),
        ]
    );
    assert_eq!(err.class(), ExcClass::FileNotFoundError);
    assert_eq!(err.errno(), Some(libc::ENOENT));
    assert_eq!(err.filename(), None);
    let message = format!(
        "No usable temporary directory found in ['relT', '/nonexistent_x', '/tmp', '/var/tmp', '/usr/tmp', '{cwd_s}']"
    );
    assert_eq!(err.message(), message);
    assert_eq!(err.to_string(), format!("[Errno 2] {message}"));
    // Nothing was cached: the next call probes again.
    assert_eq!(t.tempdir(), None);
    os.clear_faults();
    os.set_env("TMPDIR", Some(&bytes(&cwd)));
    assert_eq!(t.gettempdir().unwrap(), bytes(&cwd));
    assert_eq!(t.tempdir(), Some(Arg::Str(bytes(&cwd))));
    assert!(unclosed_fds(&os.log()).is_empty());
    assert_eq!(tree(sb.path()), vec!["cwd".to_string()]);
    assert_eq!(fd_count(), before);
}
