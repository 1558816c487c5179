//! The `tempfile` crate's API on pytempfile's objects (issue 15, item 6): `persist`,
//! `persist_noclobber`, `into_temp_path` and `TempPath`, `reopen`, the standard I/O traits,
//! `AsRawFd`, `AsRef<Path>`, and `Send`/`Sync`. Failure paths included: a target that exists,
//! another file system, a flush that fails, a file already removed, a path that names another
//! file (replaced, a symlink, a FIFO), a rollover that fails under `Write`.
//!
//! CPython has no counterpart; the expectations are the `tempfile` crate's documented
//! behaviour, with pytempfile's own additions (flush first, give the object back, check the
//! reopened file's identity) as documented on each method.
//!
//! On Windows two rules of the OS change what can be shown (the module docs of
//! `named/rust_api.rs`): a file opened `O_TEMPORARY` (the default `NamedTemporaryFile` there)
//! is never persisted, kept or guarded, nor reopened; and no file is renamed while a
//! descriptor is open on it. The tests that exercise a move therefore use [`movable`] (a file
//! without `O_TEMPORARY` on Windows) and [`ready_to_rename`] (its file object closed on
//! Windows); the rules themselves have their own `#[cfg(windows)]` tests.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;
mod persist;
mod reopen;
mod seam;
mod temp_path;
mod traits;

use std::io::{Read, Seek, SeekFrom, Write};
#[cfg(unix)]
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{Events, Sandbox, module_v, resource_warnings, unclosed_fds};
use pytempfile::os::{Call, Fault};
use pytempfile::{
    Behaviour, Event, ExcClass, FaultyOs, FileName, FileObject, FileOptions, NamedTemporaryFile,
    Params, PathKind, PathPersistError, PersistError, PyStr, PyVersion, SpooledTemporaryFile,
    TempPath, Tempfile, TemporaryDirectory,
};

/// The default `NamedTemporaryFile` (on Windows: opened `O_TEMPORARY`).
fn named(t: &Tempfile) -> NamedTemporaryFile {
    t.named_temporary_file(&Params::new(), &FileOptions::new())
        .unwrap()
}

/// `opts` for a file that `persist`, `keep`, `into_temp_path` and `reopen` accept on this
/// platform: unchanged on POSIX; on Windows without `O_TEMPORARY`, which they refuse:
/// `delete_on_close=False` from 3.12, `delete=False` before (where `delete=True` always means
/// `O_TEMPORARY`).
fn movable_opts(t: &Tempfile, opts: FileOptions) -> FileOptions {
    if cfg!(windows) {
        if t.version().has(Behaviour::DeleteOnClose) {
            opts.delete_on_close(false)
        } else {
            opts.delete(false)
        }
    } else {
        opts
    }
}

/// A file (open) that the Rust API may move, keep, guard or reopen here: see [`movable_opts`].
fn movable(t: &Tempfile) -> NamedTemporaryFile {
    movable_with(t, &Params::new(), FileOptions::new())
}

fn movable_with(t: &Tempfile, params: &Params, opts: FileOptions) -> NamedTemporaryFile {
    let f = t
        .named_temporary_file(params, &movable_opts(t, opts))
        .unwrap();
    assert!(!f.os_deletes_on_close());
    f
}

/// Make `f` renamable here: nothing on POSIX; on Windows close its file object (flushing it;
/// a file without `O_TEMPORARY` stays), since Windows renames no file a descriptor is open on.
fn ready_to_rename(f: &mut NamedTemporaryFile) {
    if cfg!(windows) {
        f.file_mut().close().unwrap();
    }
}

/// A path as Python's `repr()` of a `str` shows it (an ASCII path: only `\` is escaped).
fn repr_path(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\\', "\\\\"))
}

fn unraisables(events: &Events) -> Vec<(String, pytempfile::Error)> {
    events
        .take()
        .into_iter()
        .filter_map(|e| match e {
            Event::Unraisable { context, error } => Some((context, error)),
            _ => None,
        })
        .collect()
}

fn file_path(f: &FileObject) -> PathBuf {
    match f.name() {
        FileName::Path(p) => p.as_path().to_path_buf(),
        FileName::Fd(fd) => panic!("a descriptor as name: {fd}"),
    }
}
