//! `TemporaryFile`'s two openers (CPython's `tempfile.TemporaryFile`, Linux branch): the
//! `O_TMPFILE` open of the directory (`os.open(dir, (flags | O_TMPFILE) & ~O_CREAT, 0o600)`,
//! without `O_EXCL` from the release that dropped it) and the fallback, `_mkstemp_inner`
//! followed by `unlink` (closing the descriptor if that fails, so nothing leaks).
//!
//! Used by the module's opener functions ([`crate::functions`]) and by the native file
//! construction ([`crate::fast_io`]). Depends only on [`crate::error`].

use std::os::fd::RawFd;

use pyo3::prelude::*;
#[cfg(target_os = "linux")]
use pytempfile::Behaviour;
use pytempfile::{Arg, PathKind, Tempfile};

use crate::error::run;

/// The O_TMPFILE open of TemporaryFile's opener, with the module state `t`.
#[cfg(target_os = "linux")]
pub(crate) fn open_tmpfile_fd(
    py: Python<'_>,
    t: &Tempfile,
    d: &Arg,
    flags: i32,
) -> PyResult<RawFd> {
    run(py, || {
        let (_, bytes) = d.fspath()?;
        let mut flags =
            (flags | pytempfile::os::flags::O_TMPFILE) & !pytempfile::os::flags::O_CREAT;
        if t.version().has(Behaviour::TmpfileWithoutExcl) {
            flags &= !pytempfile::os::flags::O_EXCL;
        }
        pytempfile::pypath::with_cstr(bytes, "open", PathKind::Str, t.version(), |c| {
            pytempfile::os::retry_eintr(|| t.os().open(c, flags, 0o600))
                .map_err(|e| pytempfile::pypath::os_error(e, bytes, matches!(d, Arg::Bytes(_))))
        })
    })
}

/// Where `os` has no `O_TMPFILE` (macOS, the BSDs), `_O_TMPFILE_WORKS` starts false and
/// `TemporaryFile` never gets here; if a program sets it true, CPython's opener fails on
/// `os.O_TMPFILE` itself with this `AttributeError`, which `TemporaryFile` does not catch.
#[cfg(not(target_os = "linux"))]
pub(crate) fn open_tmpfile_fd(
    _py: Python<'_>,
    _t: &Tempfile,
    _d: &Arg,
    _flags: i32,
) -> PyResult<RawFd> {
    Err(pyo3::exceptions::PyAttributeError::new_err(
        "module 'os' has no attribute 'O_TMPFILE'",
    ))
}

/// `_mkstemp_inner(dir, prefix, suffix, flags, output_type)`, then unlink (closing the file
/// if that fails): TemporaryFile's fallback.
pub(crate) fn mkstemp_unlinked_fd(
    py: Python<'_>,
    t: &Tempfile,
    s: &pytempfile::Sanitized,
    flags: i32,
) -> PyResult<RawFd> {
    let kind = s.kind;
    run(py, || {
        let (fd, path) = t.mkstemp_inner(&s.dir, &s.prefix, &s.suffix, flags, kind)?;
        let os = t.os();
        let c = pytempfile::pypath::cstring_for(path.as_bytes(), "unlink", kind, t.version())?;
        if let Err(e) = os.unlink(&c) {
            let err = pytempfile::pypath::os_error(e, path.as_bytes(), kind == PathKind::Bytes);
            let _ = os.close(fd);
            return Err(err);
        }
        Ok(fd)
    })
}
