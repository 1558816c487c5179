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

mod budget;
#[path = "../common/mod.rs"]
mod common;
mod errors;
mod modes;
mod moved;
mod object;
mod swap;
mod symlinks;

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use common::{Sandbox, tree};
use pytempfile::os::{Call, Fault};
use pytempfile::{
    Arg, DirOptions, Error, Event, EventSink, ExcClass, FaultyOs, Filename, Os, Params, PathKind,
    PyVersion, Tempfile, TemporaryDirectory,
};

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

/// Cleanup's retry budget (`RETRY_BUDGET` in `impl/src/directory.rs`): how many times a walk
/// takes up again what moved under it before it reports the error.
const RETRY_BUDGET: u64 = 4096;

/// `d.cleanup()` in a thread, watched: once `os` has seen more than `limit` calls of `call`
/// (a cleanup that no longer spends its retry budget), the faults are lifted so that the
/// cleanup ends, and the test fails on `lifted` instead of hanging.
fn cleanup_watched(
    os: &Arc<FaultyOs>,
    mut d: TemporaryDirectory,
    call: Call,
    limit: u64,
) -> (pytempfile::Result<()>, TemporaryDirectory, bool) {
    let cleaner = std::thread::spawn(move || {
        let r = d.cleanup();
        (r, d)
    });
    let mut lifted = false;
    while !cleaner.is_finished() {
        if !lifted && os.count(call) > limit {
            os.clear_faults();
            lifted = true;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let (r, d) = cleaner.join().unwrap();
    (r, d, lifted)
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
