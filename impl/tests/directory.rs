//! `TemporaryDirectory`: object behaviour (cleanup, exit, delete, keep, drop and its events,
//! repr) and the cleanup algorithm (nested trees, odd modes, symlinks that must never be
//! followed, swaps during cleanup, errors per CPython version, syscall budget).
//!
//! Every test uses its own sandbox under /tmp and its own `Tempfile` instance, never the global
//! one. Tests that need permission bits to apply to root run in a forked child that drops
//! `CAP_DAC_OVERRIDE` (`pytempfile::os::drop_dac_override`); the child reports failures through
//! a file in the sandbox rather than by panicking (it must not touch locks another test thread
//! might have held at fork time).
// Linux only: the descriptor-relative cleanup walk (openat, unlinkat, fchmodat), symlink attacks, DAC capabilities, fork. The Windows cleanup (by path, read-only files, junctions) is tested in tests/windows.rs and tests/nt_logic.rs.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]

mod common;
use common::Sandbox;

use std::ffi::CStr;
use std::fs;
use std::os::fd::RawFd;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use pytempfile::os::{Call, DirEntry, Fault, Forward, SysResult};
use pytempfile::{
    Arg, DirOptions, Error, ExcClass, FaultyOs, Filename, LibcOs, Os, Params, PathKind, PyVersion,
    Tempfile, TemporaryDirectory,
};
use pytempfile::{Event, EventSink};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A module instance following `version` whose `tempdir` is the sandbox.
fn module(sb: &Sandbox, version: PyVersion) -> Tempfile {
    let t = Tempfile::builder().version(version).build();
    t.set_tempdir(Some(Arg::str(sb.path())));
    t
}

/// Collected events.
type Events = Arc<Mutex<Vec<Event>>>;

/// A module instance with an event sink.
fn module_with_events(
    sb: &Sandbox,
    version: PyVersion,
    os: Option<Arc<dyn Os>>,
) -> (Tempfile, Events) {
    let events: Events = Arc::new(Mutex::new(Vec::new()));
    let sink_events = Arc::clone(&events);
    let sink: EventSink = Arc::new(move |e: &Event| sink_events.lock().unwrap().push(e.clone()));
    let mut b = Tempfile::builder().version(version).events(sink);
    if let Some(os) = os {
        b = b.os(os);
    }
    let t = b.build();
    t.set_tempdir(Some(Arg::str(sb.path())));
    (t, events)
}

fn warnings(events: &Events) -> Vec<String> {
    events
        .lock()
        .unwrap()
        .iter()
        .filter_map(|e| match e {
            Event::ResourceWarning { message } => Some(message.clone()),
            _ => None,
        })
        .collect()
}

fn unraisables(events: &Events) -> Vec<(String, Error)> {
    events
        .lock()
        .unwrap()
        .iter()
        .filter_map(|e| match e {
            Event::Unraisable { context, error } => Some((context.clone(), error.clone())),
            _ => None,
        })
        .collect()
}

fn exists_nofollow(p: &Path) -> bool {
    fs::symlink_metadata(p).is_ok()
}

fn mode_of(p: &Path) -> u32 {
    fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
}

/// Python's `repr()` of a str path made of printable ASCII.
fn str_repr(p: &Path) -> String {
    format!("'{}'", p.display())
}

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

/// A nested tree under `top`: `depth` levels, each with `dirs` subdirectories and `files`
/// files. Returns every directory (deepest last) and every file created.
fn make_tree(top: &Path, depth: usize, dirs: usize, files: usize) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut all_dirs = Vec::new();
    let mut all_files = Vec::new();
    let mut level = vec![top.to_path_buf()];
    for d in 0..depth {
        let mut next = Vec::new();
        for parent in &level {
            for f in 0..files {
                let p = parent.join(format!("f{d}{f}"));
                fs::write(&p, format!("data {d} {f}")).unwrap();
                all_files.push(p);
            }
            if d + 1 < depth {
                for s in 0..dirs {
                    let p = parent.join(format!("d{d}{s}"));
                    fs::create_dir(&p).unwrap();
                    all_dirs.push(p.clone());
                    next.push(p);
                }
            }
        }
        level = next;
    }
    (all_dirs, all_files)
}

fn set_mode(p: &Path, mode: u32) -> Result<(), String> {
    fs::set_permissions(p, fs::Permissions::from_mode(mode))
        .map_err(|e| format!("chmod {} {mode:o}: {e}", p.display()))
}

/// What a forked child reports.
enum ChildOutcome {
    Passed,
    Skipped,
}

/// Run `f` in a forked child that first drops `CAP_DAC_OVERRIDE`/`CAP_DAC_READ_SEARCH`, so
/// that permission bits apply even though the tests run as root. The child writes a failure
/// (or skip) reason to a file in `sb`; the parent panics with it.
fn in_dac_dropped_child(sb: &Sandbox, f: impl FnOnce() -> Result<(), String>) -> ChildOutcome {
    let report = sb.join(".child-report");
    let child_report = report.clone();
    let code = pytempfile::os::fork_wait(move || {
        if let Err(e) = pytempfile::os::drop_dac_override() {
            let _ = fs::write(&child_report, format!("cannot drop CAP_DAC_OVERRIDE: {e}"));
            return 77;
        }
        match f() {
            Ok(()) => 0,
            Err(msg) => {
                let _ = fs::write(&child_report, msg);
                1
            }
        }
    })
    .unwrap();
    let msg = fs::read_to_string(&report).unwrap_or_default();
    let _ = fs::remove_file(&report);
    match code {
        0 => ChildOutcome::Passed,
        77 => {
            println!("SKIPPED: {msg}");
            ChildOutcome::Skipped
        }
        _ => panic!("child failed (exit {code}): {msg}"),
    }
}

/// `Err` with a message unless `cond`.
fn ensure(cond: bool, msg: impl FnOnce() -> String) -> Result<(), String> {
    if cond { Ok(()) } else { Err(msg()) }
}

// ---------------------------------------------------------------------------------------------
// Object behaviour: cleanup, exit, delete, keep
// ---------------------------------------------------------------------------------------------

#[test]
fn explicit_cleanup_removes_a_nested_tree_and_can_run_twice() {
    let sb = Sandbox::new("nested");
    let t = module(&sb, PyVersion::V3_13);
    let mut d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();
    assert!(top.starts_with(sb.path()));
    assert_eq!(mode_of(&top), 0o700);
    let (dirs, files) = make_tree(&top, 4, 2, 2);
    assert!(dirs.len() > 10 && files.len() > 20);
    d.cleanup().unwrap();
    assert!(!exists_nofollow(&top));
    // Second call: not armed any more and the path is gone: a silent no-op.
    d.cleanup().unwrap();
    assert!(!d.is_armed());
    assert_eq!(tree(sb.path()), Vec::<String>::new());
}

#[test]
fn cleanup_after_the_top_was_removed_by_hand_is_silent() {
    let sb = Sandbox::new("gone");
    for version in PyVersion::ALL {
        let t = module(&sb, version);
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        fs::remove_dir(d.path()).unwrap();
        d.cleanup().unwrap();
        d.cleanup().unwrap();
        // And through exit.
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        fs::remove_dir(d.path()).unwrap();
        d.exit().unwrap();
    }
}

#[test]
fn a_failed_cleanup_can_be_retried() {
    let sb = Sandbox::new("retry");
    let os = Arc::new(FaultyOs::new().with_fault(Fault::nth_of(Call::Unlinkat, 1, libc::EIO)));
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, Some(os.clone()));
    let mut d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    fs::write(d.path().join("x"), b"x").unwrap();
    let err = d.cleanup().unwrap_err();
    assert_eq!(err.errno(), Some(libc::EIO));
    assert!(d.path().join("x").exists());
    // CPython: the finalizer is detached by the first cleanup(), so no implicit cleanup and no
    // warning later; an explicit second cleanup() retries because the path still exists.
    assert!(!d.is_armed());
    d.cleanup().unwrap();
    assert!(!exists_nofollow(d.path()));
    drop(d);
    assert!(warnings(&events).is_empty());
    assert!(unraisables(&events).is_empty());
}

#[test]
fn exit_cleans_up() {
    let sb = Sandbox::new("exit");
    for version in PyVersion::ALL {
        let t = module(&sb, version);
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        make_tree(&top, 2, 1, 1);
        d.exit().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
    }
}

#[test]
fn delete_false_exit_keeps_but_cleanup_deletes() {
    let sb = Sandbox::new("delete-false");
    for version in [PyVersion::V3_12, PyVersion::V3_13] {
        let (t, events) = module_with_events(&sb, version, None);
        // exit() keeps the directory.
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new().delete(false))
            .unwrap();
        let kept = d.path().to_path_buf();
        fs::write(kept.join("f"), b"f").unwrap();
        assert!(!d.is_armed());
        d.exit().unwrap();
        assert!(kept.join("f").exists(), "{version}: exit() must keep it");
        // An explicit cleanup() still deletes (verified on CPython).
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new().delete(false))
            .unwrap();
        let gone = d.path().to_path_buf();
        fs::write(gone.join("f"), b"f").unwrap();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&gone), "{version}: cleanup() must delete");
        // Dropping a delete=False object neither removes nor warns.
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new().delete(false))
            .unwrap();
        let dropped = d.path().to_path_buf();
        drop(d);
        assert!(
            dropped.is_dir(),
            "{version}: drop with delete=False must keep it"
        );
        assert!(warnings(&events).is_empty(), "{version}");
        assert!(unraisables(&events).is_empty(), "{version}");
        fs::remove_dir_all(&kept).unwrap();
        fs::remove_dir(&dropped).unwrap();
    }
}

#[test]
fn delete_keyword_is_a_type_error_before_3_12() {
    let sb = Sandbox::new("delete-kw");
    for version in [PyVersion::V3_10, PyVersion::V3_11] {
        let t = module(&sb, version);
        for delete in [false, true] {
            let err = t
                .temporary_directory(&Params::new(), DirOptions::new().delete(delete))
                .unwrap_err();
            assert_eq!(err.class(), ExcClass::TypeError);
            assert_eq!(
                err.to_string(),
                "TemporaryDirectory.__init__() got an unexpected keyword argument 'delete'"
            );
        }
    }
    // Nothing was created.
    assert_eq!(tree(sb.path()), Vec::<String>::new());
}

#[test]
fn exit_always_cleans_up_before_3_12() {
    let sb = Sandbox::new("exit-old");
    for version in [PyVersion::V3_10, PyVersion::V3_11] {
        let t = module(&sb, version);
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        fs::write(top.join("f"), b"f").unwrap();
        d.exit().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
    }
    // The version is read at exit time: an object made with delete=False under 3.13 whose
    // module is then switched to 3.11 (where __exit__ ignores `delete`) is cleaned up.
    let t = module(&sb, PyVersion::V3_13);
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new().delete(false))
        .unwrap();
    let top = d.path().to_path_buf();
    t.set_version(PyVersion::V3_11);
    d.exit().unwrap();
    assert!(!exists_nofollow(&top));
}

#[test]
fn keep_leaves_the_directory_and_drop_does_nothing() {
    let sb = Sandbox::new("keep");
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, None);
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    assert!(d.is_armed());
    let name = d.name().clone();
    fs::write(d.path().join("f"), b"kept").unwrap();
    let kept = d.keep();
    assert_eq!(kept, name);
    assert_eq!(fs::read(kept.as_path().join("f")).unwrap(), b"kept");
    assert!(warnings(&events).is_empty());
    assert!(unraisables(&events).is_empty());
    // No rmtree audit event either: nothing was removed.
    let audits: Vec<_> = events
        .lock()
        .unwrap()
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::Audit {
                    name: "shutil.rmtree",
                    ..
                }
            )
        })
        .cloned()
        .collect();
    assert!(audits.is_empty(), "{audits:?}");
}

// ---------------------------------------------------------------------------------------------
// Drop (the finalizer) and its events
// ---------------------------------------------------------------------------------------------

#[test]
fn drop_of_an_armed_directory_removes_it_and_warns_once() {
    let sb = Sandbox::new("drop-warn");
    for version in PyVersion::ALL {
        let (t, events) = module_with_events(&sb, version, None);
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        make_tree(&top, 3, 2, 1);
        let repr = d.repr();
        assert_eq!(repr, format!("<TemporaryDirectory {}>", str_repr(&top)));
        drop(d);
        assert!(!exists_nofollow(&top), "{version}");
        assert_eq!(
            warnings(&events),
            vec![format!("Implicitly cleaning up {repr}")],
            "{version}"
        );
        assert!(unraisables(&events).is_empty(), "{version}");
        // The removal is reported as shutil.rmtree on the path, as CPython audits it.
        let rmtree_audits = events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| matches!(e, Event::Audit { name: "shutil.rmtree", path } if path.as_path() == top))
            .count();
        assert_eq!(rmtree_audits, 1, "{version}");
    }
}

#[test]
fn no_warning_after_explicit_cleanup_or_exit() {
    let sb = Sandbox::new("drop-nowarn");
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, None);
    let mut d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    d.cleanup().unwrap();
    drop(d);
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    d.exit().unwrap();
    assert!(warnings(&events).is_empty());
    assert!(unraisables(&events).is_empty());
    assert_eq!(tree(sb.path()), Vec::<String>::new());
}

#[test]
fn a_failed_implicit_cleanup_is_unraisable_and_does_not_warn() {
    let sb = Sandbox::new("drop-fail");
    let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Unlinkat, libc::EIO)));
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, Some(os.clone()));
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();
    fs::write(top.join("x"), b"x").unwrap();
    let repr = d.repr();
    drop(d);
    assert!(top.join("x").exists());
    assert!(warnings(&events).is_empty());
    let u = unraisables(&events);
    assert_eq!(u.len(), 1, "{u:?}");
    let (context, error) = &u[0];
    assert!(context.contains(&repr), "{context}");
    assert_eq!(error.class(), ExcClass::OSError);
    assert_eq!(error.errno(), Some(libc::EIO));
    // 3.13: the containing directory's path.
    assert_eq!(
        error.filename(),
        Some(&Filename::Str(top.as_os_str().as_bytes().to_vec()))
    );
}

// ---------------------------------------------------------------------------------------------
// repr and the name's kind
// ---------------------------------------------------------------------------------------------

#[test]
fn bytes_prefix_gives_a_bytes_name_and_repr() {
    let sb = Sandbox::new("bytes");
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, None);
    let d = t
        .temporary_directory(&Params::new().prefix(&b"bb"[..]), DirOptions::new())
        .unwrap();
    assert_eq!(d.name().kind(), PathKind::Bytes);
    let top = d.path().to_path_buf();
    assert!(top.starts_with(sb.path()));
    assert!(top.file_name().unwrap().as_bytes().starts_with(b"bb"));
    let repr = format!("<TemporaryDirectory b'{}'>", top.display());
    assert_eq!(d.repr(), repr);
    assert_eq!(format!("{d:?}"), repr);
    drop(d);
    assert_eq!(
        warnings(&events),
        vec![format!("Implicitly cleaning up {repr}")]
    );
    assert!(!exists_nofollow(&top));

    // A str name by default.
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    assert_eq!(d.name().kind(), PathKind::Str);
    assert_eq!(
        d.repr(),
        format!("<TemporaryDirectory {}>", str_repr(d.path()))
    );
    d.exit().unwrap();

    // A subclass shows its own name.
    let mut opts = DirOptions::new();
    opts.class_name = "MyTemp".into();
    let d = t.temporary_directory(&Params::new(), opts).unwrap();
    assert!(d.repr().starts_with("<MyTemp '"), "{}", d.repr());
    d.exit().unwrap();
}

// ---------------------------------------------------------------------------------------------
// The top replaced by a symlink or a file
// ---------------------------------------------------------------------------------------------

/// A TemporaryDirectory whose directory was removed behind its back (the test then puts
/// something else at `top`).
fn emptied_top(t: &Tempfile) -> (TemporaryDirectory, PathBuf) {
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();
    fs::remove_dir(&top).unwrap();
    (d, top)
}

#[test]
fn top_replaced_by_a_symlink_is_refused_and_the_target_untouched() {
    let sb = Sandbox::new("top-symlink");
    let outside = sb.join("outside");
    fs::create_dir(&outside).unwrap();
    fs::write(outside.join("keep"), b"precious").unwrap();
    fs::create_dir(outside.join("sub")).unwrap();
    fs::write(outside.join("sub").join("keep2"), b"precious2").unwrap();
    set_mode(&outside, 0o755).unwrap();
    for version in PyVersion::ALL {
        let (mut d, top) = emptied_top(&module(&sb, version));
        symlink(&outside, &top).unwrap();
        let err = d.cleanup().unwrap_err();
        assert_eq!(err.class(), ExcClass::OSError, "{version}");
        assert_eq!(err.errno(), None, "{version}");
        assert_eq!(err.message(), "Cannot call rmtree on a symbolic link");
        if version.at_least(PyVersion::V3_13) {
            // 3.13's shutil sets err.filename = path.
            assert_eq!(
                err.filename(),
                Some(&Filename::Str(top.as_os_str().as_bytes().to_vec()))
            );
            assert_eq!(
                err.to_string(),
                format!("[Errno None] None: {}", str_repr(&top))
            );
        } else {
            assert_eq!(err.filename(), None, "{version}");
            assert_eq!(err.to_string(), "Cannot call rmtree on a symbolic link");
        }
        assert_eq!(fs::read(outside.join("keep")).unwrap(), b"precious");
        assert_eq!(
            fs::read(outside.join("sub").join("keep2")).unwrap(),
            b"precious2"
        );
        assert_eq!(mode_of(&outside), 0o755);
        // The symlink itself is left where it was, as CPython leaves it.
        assert!(fs::symlink_metadata(&top).unwrap().file_type().is_symlink());
        fs::remove_file(&top).unwrap();
    }
}

#[test]
fn top_replaced_by_a_dangling_symlink_is_silent() {
    // Verified on CPython 3.10 and 3.13: the open follows the link, gets FileNotFoundError,
    // and the handler ignores it; the link stays.
    let sb = Sandbox::new("top-dangling");
    for version in PyVersion::ALL {
        let (mut d, top) = emptied_top(&module(&sb, version));
        symlink(sb.join("nonexistent"), &top).unwrap();
        d.cleanup().unwrap();
        assert!(fs::symlink_metadata(&top).unwrap().file_type().is_symlink());
        fs::remove_file(&top).unwrap();
    }
}

#[test]
fn top_replaced_by_a_file_is_not_a_directory_error() {
    let sb = Sandbox::new("top-file");
    for version in PyVersion::ALL {
        let (mut d, top) = emptied_top(&module(&sb, version));
        fs::write(&top, b"a file").unwrap();
        let err = d.cleanup().unwrap_err();
        assert_eq!(err.class(), ExcClass::NotADirectoryError, "{version}");
        assert_eq!(err.errno(), Some(libc::ENOTDIR));
        assert_eq!(
            err.filename(),
            Some(&Filename::Str(top.as_os_str().as_bytes().to_vec()))
        );
        assert_eq!(
            err.to_string(),
            format!("[Errno 20] Not a directory: {}", str_repr(&top))
        );
        assert_eq!(fs::read(&top).unwrap(), b"a file");
        fs::remove_file(&top).unwrap();
    }
}

// ---------------------------------------------------------------------------------------------
// Symlinks, fifos and outside targets inside the tree
// ---------------------------------------------------------------------------------------------

/// Targets outside the tree that symlinks inside it point to.
struct Outside {
    file: PathBuf,
    dir: PathBuf,
    dir_file: PathBuf,
}

fn make_outside(sb: &Sandbox, tag: &str) -> Outside {
    let base = sb.join(format!("outside-{tag}"));
    fs::create_dir(&base).unwrap();
    let file = base.join("target-file");
    fs::write(&file, b"target file contents").unwrap();
    set_mode(&file, 0o644).unwrap();
    let dir = base.join("target-dir");
    fs::create_dir(&dir).unwrap();
    let dir_file = dir.join("inner");
    fs::write(&dir_file, b"inner contents").unwrap();
    set_mode(&dir_file, 0o600).unwrap();
    set_mode(&dir, 0o755).unwrap();
    Outside {
        file,
        dir,
        dir_file,
    }
}

fn assert_outside_intact(o: &Outside) {
    assert_eq!(fs::read(&o.file).unwrap(), b"target file contents");
    assert_eq!(mode_of(&o.file), 0o644);
    assert_eq!(mode_of(&o.dir), 0o755);
    assert_eq!(fs::read(&o.dir_file).unwrap(), b"inner contents");
    assert_eq!(mode_of(&o.dir_file), 0o600);
    assert_eq!(tree(&o.dir), vec!["inner".to_string()]);
}

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    let ret = unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
    assert_eq!(ret, 0, "mkfifo {}", p.display());
}

#[test]
fn symlinks_inside_are_removed_and_their_targets_untouched() {
    let sb = Sandbox::new("links");
    for version in PyVersion::ALL {
        let o = make_outside(&sb, &version.to_string());
        let t = module(&sb, version);
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        symlink(&o.file, top.join("link-file")).unwrap();
        symlink(&o.dir, top.join("link-dir")).unwrap();
        symlink(top.join("nonexistent"), top.join("dangling")).unwrap();
        symlink("relative/nonexistent", top.join("dangling-rel")).unwrap();
        mkfifo(&top.join("fifo"));
        fs::create_dir_all(top.join("a/b")).unwrap();
        symlink(&o.dir, top.join("a/b/link-dir")).unwrap();
        symlink(&o.file, top.join("a/link-file")).unwrap();
        symlink(&o.dir_file, top.join("a/b/link-inner")).unwrap();
        mkfifo(&top.join("a/b/fifo"));
        // A link to the tree's own parent.
        symlink(sb.path(), top.join("a/link-parent")).unwrap();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
        assert_outside_intact(&o);
    }
}

/// A fifo where the directory was: CPython 3.10-3.12's rmtree opens the top with a blocking
/// `open(O_RDONLY)` and hangs there forever (no writer ever comes). pytempfile must return, with
/// an error or having removed the fifo, and never touch anything else. The cleanup runs on a
/// thread so that a hang fails the test instead of stalling the run.
#[test]
fn fifo_in_place_of_the_directory_never_blocks_cleanup() {
    let sb = Sandbox::new("fifo-top");
    for version in PyVersion::ALL {
        let (mut d, top) = emptied_top(&module(&sb, version));
        mkfifo(&top);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let res = d.cleanup().map_err(|e| (e.class(), e.errno()));
            let _ = tx.send(res);
        });
        let res = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("{version}: cleanup blocked on a fifo at the top"));
        match res {
            Ok(()) => assert!(!exists_nofollow(&top), "{version}: Ok but fifo left"),
            Err((class, errno)) => {
                assert_eq!(class, ExcClass::NotADirectoryError, "{version}");
                assert_eq!(errno, Some(libc::ENOTDIR), "{version}");
                let _ = fs::remove_file(&top);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Modes (CPython's test_modes idea): every mode on every directory and file
// ---------------------------------------------------------------------------------------------

/// Build a tree, give every file and directory (the top included) `mode`, bottom-up, and check
/// that cleanup removes everything. Runs with whatever privileges the caller has.
fn modes_case(t: &Tempfile, mode: u32, mixed: bool) -> Result<(), String> {
    let mut d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .map_err(|e| format!("create: {e}"))?;
    let top = d.path().to_path_buf();
    let (dirs, files) = make_tree(&top, 3, 2, 2);
    for (i, f) in files.iter().enumerate() {
        let m = if mixed { ((i as u32) % 8) << 6 } else { mode };
        set_mode(f, m)?;
    }
    for (i, dir) in dirs.iter().enumerate().rev() {
        let m = if mixed {
            ((i as u32 + 3) % 8) << 6
        } else {
            mode
        };
        set_mode(dir, m)?;
    }
    set_mode(&top, mode)?;
    let res = d.cleanup();
    ensure(res.is_ok(), || {
        format!("mode {mode:o} mixed={mixed}: cleanup failed: {res:?}")
    })?;
    ensure(!exists_nofollow(&top), || {
        format!(
            "mode {mode:o} mixed={mixed}: {} still exists",
            top.display()
        )
    })
}

#[test]
fn every_mode_is_removed_without_dac_override() {
    let sb = Sandbox::new("modes-nodac");
    let root = sb.path().to_path_buf();
    let outcome = in_dac_dropped_child(&sb, move || {
        // The DAC bypass is really gone: a 0o000 directory cannot be listed.
        let probe = root.join("probe");
        fs::create_dir(&probe).map_err(|e| e.to_string())?;
        set_mode(&probe, 0o000)?;
        let listed = fs::read_dir(&probe).is_ok();
        set_mode(&probe, 0o700)?;
        fs::remove_dir(&probe).map_err(|e| e.to_string())?;
        ensure(!listed, || {
            "a 0o000 directory is still readable".to_string()
        })?;
        for version in PyVersion::ALL {
            let t = Tempfile::builder().version(version).build();
            t.set_tempdir(Some(Arg::str(root.as_path())));
            for m in 0..8u32 {
                modes_case(&t, m << 6, false).map_err(|e| format!("{version}: {e}"))?;
            }
            modes_case(&t, 0o000, true).map_err(|e| format!("{version}: {e}"))?;
            modes_case(&t, 0o500, true).map_err(|e| format!("{version}: {e}"))?;
        }
        Ok(())
    });
    if let ChildOutcome::Passed = outcome {
        assert_eq!(tree(sb.path()), Vec::<String>::new());
    }
}

#[test]
fn every_mode_is_removed_as_root() {
    let sb = Sandbox::new("modes-root");
    let t = module(&sb, PyVersion::V3_13);
    for m in 0..8u32 {
        modes_case(&t, m << 6, false).unwrap();
    }
    modes_case(&t, 0o000, true).unwrap();
    assert_eq!(tree(sb.path()), Vec::<String>::new());
}

#[test]
fn permission_reset_never_follows_symlinks() {
    let sb = Sandbox::new("reset-nofollow");
    let root = sb.path().to_path_buf();
    in_dac_dropped_child(&sb, move || {
        for version in PyVersion::ALL {
            let t = Tempfile::builder().version(version).build();
            t.set_tempdir(Some(Arg::str(root.as_path())));
            let outside = root.join(format!("victims-{version}"));
            fs::create_dir(&outside).map_err(|e| e.to_string())?;
            let victim = outside.join("victim");
            fs::write(&victim, b"victim").map_err(|e| e.to_string())?;
            set_mode(&victim, 0o400)?;
            let victim_dir = outside.join("victim-dir");
            fs::create_dir(&victim_dir).map_err(|e| e.to_string())?;
            set_mode(&victim_dir, 0o500)?;

            // The brief's case: a read-only subdirectory holding a link to a 0o400 file.
            let mut d = t
                .temporary_directory(&Params::new(), DirOptions::new())
                .map_err(|e| e.to_string())?;
            let top = d.path().to_path_buf();
            let ro = top.join("ro");
            fs::create_dir(&ro).map_err(|e| e.to_string())?;
            symlink(&victim, ro.join("link")).map_err(|e| e.to_string())?;
            symlink(&victim_dir, ro.join("link-dir")).map_err(|e| e.to_string())?;
            set_mode(&ro, 0o500)?;
            let res = d.cleanup();
            ensure(res.is_ok(), || format!("{version}: cleanup: {res:?}"))?;
            ensure(!exists_nofollow(&top), || format!("{version}: top left"))?;
            ensure(mode_of(&victim) == 0o400, || {
                format!("{version}: victim mode now {:o}", mode_of(&victim))
            })?;
            ensure(mode_of(&victim_dir) == 0o500, || {
                format!("{version}: victim dir mode now {:o}", mode_of(&victim_dir))
            })?;

            // CPython's test_cleanup_with_symlink_modes idea: a link in a directory of every
            // mode, to an existing file or directory of that mode, or dangling.
            for m in 0..8u32 {
                let mode = m << 6;
                set_mode(&victim, mode)?;
                set_mode(&victim_dir, mode)?;
                for target in [&victim, &victim_dir, &outside.join("nonexistent")] {
                    let mut d = t
                        .temporary_directory(&Params::new(), DirOptions::new())
                        .map_err(|e| e.to_string())?;
                    let top = d.path().to_path_buf();
                    symlink(target, top.join("symlink")).map_err(|e| e.to_string())?;
                    set_mode(&top, mode)?;
                    let res = d.cleanup();
                    ensure(res.is_ok(), || {
                        format!("{version} {mode:o}: cleanup: {res:?}")
                    })?;
                    ensure(!exists_nofollow(&top), || {
                        format!("{version} {mode:o}: top left")
                    })?;
                    ensure(mode_of(&victim) == mode, || {
                        format!("{version}: victim {:o} != {mode:o}", mode_of(&victim))
                    })?;
                    ensure(mode_of(&victim_dir) == mode, || {
                        format!(
                            "{version}: victim dir {:o} != {mode:o}",
                            mode_of(&victim_dir)
                        )
                    })?;
                }
            }
            set_mode(&victim_dir, 0o700)?;
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// A directory swapped for a symlink during cleanup
// ---------------------------------------------------------------------------------------------

/// When the swap happens.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SwapAt {
    /// On the first `read_dir`, before listing (the listing sees the symlink).
    ReadDirBefore,
    /// On the first `read_dir`, after listing (the walker believes it is a directory).
    ReadDirAfter,
    /// On the `openat` of the swapped directory, just before the real call.
    Openat,
}

/// An `Os` that delegates everything to `LibcOs` and, once, swaps `dir` for a symlink to
/// `victim` (moving the real directory to `moved`, outside the tree).
struct SwapOs {
    at: SwapAt,
    /// Set once the tree exists.
    dir: Mutex<PathBuf>,
    moved: PathBuf,
    victim: PathBuf,
    done: AtomicBool,
    inner: LibcOs,
}

impl SwapOs {
    fn swap(&self) {
        if self.done.swap(true, Ordering::SeqCst) {
            return;
        }
        let dir = self.dir.lock().unwrap().clone();
        fs::rename(&dir, &self.moved).unwrap();
        symlink(&self.victim, &dir).unwrap();
    }
}

impl Forward for SwapOs {
    fn inner(&self) -> &dyn Os {
        &self.inner
    }
    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        if self.at == SwapAt::Openat {
            let dir = self.dir.lock().unwrap().clone();
            if Some(name.to_bytes()) == dir.file_name().map(|n| n.as_bytes()) {
                self.swap();
            }
        }
        self.inner.openat(dirfd, name, flags, mode)
    }
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        match self.at {
            SwapAt::ReadDirBefore => {
                self.swap();
                self.inner.read_dir(dirfd)
            }
            SwapAt::ReadDirAfter => {
                let entries = self.inner.read_dir(dirfd);
                self.swap();
                entries
            }
            SwapAt::Openat => self.inner.read_dir(dirfd),
        }
    }
}

fn swap_case(version: PyVersion, at: SwapAt) {
    let sb = Sandbox::new(&format!("swap-{at:?}-{}", version.minor()));
    // The victim: a directory outside the tree, with files and a subdirectory.
    let victim = sb.join("victim");
    fs::create_dir(&victim).unwrap();
    fs::write(victim.join("v1"), b"victim one").unwrap();
    fs::create_dir(victim.join("vsub")).unwrap();
    fs::write(victim.join("vsub").join("v2"), b"victim two").unwrap();
    set_mode(&victim, 0o755).unwrap();
    let victim_tree = tree(&victim);

    let os = Arc::new(SwapOs {
        at,
        dir: Mutex::new(PathBuf::new()),
        moved: sb.join("moved-away"),
        victim: victim.clone(),
        done: AtomicBool::new(false),
        inner: LibcOs,
    });
    let t = Tempfile::builder().version(version).os(os.clone()).build();
    let mut d = t
        .temporary_directory(&Params::new().dir(sb.path()), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();

    // The tree: top/{f, a/{fa, b/{fb, c/{fc}}}}. The swapped directory: `a` for the read_dir
    // variants (a child of the top, swapped while the top is listed); `a/b` for openat.
    fs::write(top.join("f"), b"f").unwrap();
    fs::create_dir_all(top.join("a/b/c")).unwrap();
    fs::write(top.join("a/fa"), b"fa").unwrap();
    fs::write(top.join("a/b/fb"), b"fb").unwrap();
    fs::write(top.join("a/b/c/fc"), b"fc").unwrap();
    let swapped = match at {
        SwapAt::Openat => top.join("a/b"),
        _ => top.join("a"),
    };
    let moved = os.moved.clone();
    *os.dir.lock().unwrap() = swapped.clone();
    let res = d.cleanup();
    assert!(
        os.done.load(Ordering::SeqCst),
        "{version} {at:?}: the swap never happened"
    );

    // Whatever happened, nothing outside the tree was touched.
    assert_eq!(tree(&victim), victim_tree, "{version} {at:?}");
    assert_eq!(fs::read(victim.join("v1")).unwrap(), b"victim one");
    assert_eq!(fs::read(victim.join("vsub/v2")).unwrap(), b"victim two");
    assert_eq!(mode_of(&victim), 0o755);
    assert!(
        moved.is_dir(),
        "{version} {at:?}: the moved-away directory is outside the tree"
    );

    // Before the listing, the symlink is listed as one and unlinked like any entry. Listed as a
    // directory and then found to be a symlink (read_dir after, openat), it is classified again
    // and removed as the entry it now is (unlinkat, never followed), so the cleanup converges
    // either way; CPython refuses the latter ("Cannot call rmtree on a symbolic link", README).
    res.unwrap_or_else(|e| panic!("{version} {at:?}: {e}"));
    assert!(!exists_nofollow(&swapped), "{version} {at:?}");
    assert!(!exists_nofollow(&top), "{version} {at:?}");
}

#[test]
fn swap_for_a_symlink_at_read_dir_before_listing() {
    for version in PyVersion::ALL {
        swap_case(version, SwapAt::ReadDirBefore);
    }
}

#[test]
fn swap_for_a_symlink_at_read_dir_after_listing() {
    for version in PyVersion::ALL {
        swap_case(version, SwapAt::ReadDirAfter);
    }
}

#[test]
fn swap_for_a_symlink_at_openat() {
    for version in PyVersion::ALL {
        swap_case(version, SwapAt::Openat);
    }
}

// ---------------------------------------------------------------------------------------------
// Errors: ignore_cleanup_errors, and the filename each CPython version reports
// ---------------------------------------------------------------------------------------------

#[test]
fn ignore_cleanup_errors_swallows_an_unlink_eio() {
    let sb = Sandbox::new("ignore-eio");
    for version in PyVersion::ALL {
        let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Unlinkat, libc::EIO)));
        let (t, events) = module_with_events(&sb, version, Some(os.clone()));
        let mut d = t
            .temporary_directory(
                &Params::new(),
                DirOptions::new().ignore_cleanup_errors(true),
            )
            .unwrap();
        let top = d.path().to_path_buf();
        fs::create_dir(top.join("sub")).unwrap();
        fs::write(top.join("sub/x"), b"x").unwrap();
        d.cleanup().unwrap();
        assert!(top.join("sub/x").exists(), "{version}");
        assert!(os.count(Call::Unlinkat) >= 1);
        drop(d);
        assert!(warnings(&events).is_empty());
        fs::remove_dir_all(&top).unwrap();
    }
}

#[test]
fn unlink_eio_error_names_what_each_version_names() {
    let sb = Sandbox::new("eio-filename");
    for version in PyVersion::ALL {
        let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Unlinkat, libc::EIO)));
        let t = Tempfile::builder().version(version).os(os.clone()).build();
        t.set_tempdir(Some(Arg::str(sb.path())));
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        let sub = top.join("sub");
        fs::create_dir(&sub).unwrap();
        fs::write(sub.join("x"), b"x").unwrap();
        let err = d.cleanup().unwrap_err();
        assert_eq!(err.class(), ExcClass::OSError, "{version}");
        assert_eq!(err.errno(), Some(libc::EIO));
        assert_eq!(err.message(), "Input/output error");
        // Verified with CPython: 3.13's shutil re-raises through its outer handler, which sets
        // filename to the directory being processed; 3.10-3.12 keep os.unlink's own argument,
        // the bare entry name (it was called with dir_fd).
        let (filename, shown) = if version.at_least(PyVersion::V3_13) {
            (sub.as_os_str().as_bytes().to_vec(), str_repr(&sub))
        } else {
            (b"x".to_vec(), "'x'".to_string())
        };
        assert_eq!(err.filename(), Some(&Filename::Str(filename)), "{version}");
        assert_eq!(
            err.to_string(),
            format!("[Errno 5] Input/output error: {shown}")
        );
        assert!(sub.join("x").exists());
        fs::remove_dir_all(&top).unwrap();
    }
}

// ---------------------------------------------------------------------------------------------
// Syscall budget
// ---------------------------------------------------------------------------------------------

#[test]
fn an_empty_directory_costs_two_syscalls() {
    let sb = Sandbox::new("budget");
    for version in PyVersion::ALL {
        let os = Arc::new(FaultyOs::new());
        let t = Tempfile::builder().version(version).os(os.clone()).build();
        let params = Params::new().dir(sb.path());
        let mut d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        let top = d.path().to_path_buf();
        assert!(top.is_dir());
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top));
        assert_eq!(
            os.counts(),
            vec![(Call::Mkdir, 1), (Call::Rmdir, 1)],
            "{version}"
        );
        assert_eq!(os.syscalls(), 2, "{version}");
        // Through exit too.
        os.reset_counts();
        let d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        d.exit().unwrap();
        assert_eq!(os.syscalls(), 2, "{version}");
    }
}
