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

mod cleanup;
#[path = "../common/mod.rs"]
mod common;
mod creation;
mod probe;

use common::{Sandbox, call_indices, fd_count, force_remove, serial, tree, unclosed_fds};

use std::fs;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pytempfile::os::{Call, Errno, Fault, LoggedCall};
use pytempfile::{
    Arg, DirOptions, Error, ExcClass, FaultyOs, Filename, ForcedNames, Params, PathKind, PyVersion,
    Tempfile, TemporaryDirectory,
};

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

fn bytes(p: &Path) -> Vec<u8> {
    p.as_os_str().as_bytes().to_vec()
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
