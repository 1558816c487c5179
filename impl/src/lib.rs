//! # pytempfile
//!
//! CPython's `tempfile` module, exactly, in Rust: the same names, the same files and modes, the
//! same errors, release for release (CPython 3.10.13 to 3.15.2; the newest, 3.15.2, by default), and
//! safer where CPython has known holes.
//!
//! ```
//! # fn main() -> Result<(), pytempfile::Error> {
//! use pytempfile::{Params, TemporaryDirectory};
//!
//! // mkstemp: an exclusively created file, mode 0600, close-on-exec.
//! let (fd, path) = pytempfile::mkstemp(&Params::new().prefix("report-").suffix(".csv"))?;
//! drop(fd);
//! std::fs::remove_file(&path).unwrap();
//!
//! // A directory removed with everything in it when the scope ends.
//! let dir = TemporaryDirectory::new()?;
//! std::fs::write(dir.path().join("x"), b"data").unwrap();
//! dir.exit()?;
//! # Ok(()) }
//! ```
//!
//! ## Map of the crate (one module per CPython concept)
//! - [`names`]: `_RandomNameSequence` / `_get_candidate_names` (the pluggable [`NameSource`]).
//! - [`args`]: `_infer_return_type` / `_sanitize_params`; [`Arg`] and [`PyPath`].
//! - `gettempdir`: `_candidate_tempdir_list`, `_get_default_tempdir`, `gettempdir*`,
//!   `gettempprefix*` (methods of [`Tempfile`]).
//! - `mkstemp`: `mkstemp`, `mkdtemp`, `mktemp` and the shared retry loop.
//! - [`directory`]: `TemporaryDirectory` and its symlink-proof cleanup.
//! - [`module`]: [`Tempfile`], the module's globals (`tempdir`, `template`, `TMP_MAX`, ...).
//! - [`version`]: the CPython release switch: [`PyVersion`] and the named [`Behaviour`]s.
//! - [`os`]: the OS boundary; every system call goes through the [`Os`] trait.
//! - [`error`]: [`Error`], what CPython would raise.
//!
//! The crate-level functions use the process-wide [`Tempfile::global`]; build an independent
//! [`Tempfile`] to choose the OS seam, the CPython version or the name source.

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod args;
pub mod directory;
pub mod error;
mod gettempdir;
pub mod io;
mod mkstemp;
pub mod module;
mod named;
pub mod names;
pub mod os;
pub mod planted;
pub mod pypath;
pub mod pyrepr;
mod spooled;
mod unnamed;
pub mod version;

use std::os::fd::OwnedFd;

pub use args::{Arg, PathKind, PyPath};
pub use directory::{DirOptions, TemporaryDirectory};
pub use error::{Error, ExcClass, Filename, Result, UnicodeDetails, UnicodeObject};
pub use gettempdir::PROBE_NAMES_PER_DIR;
pub use io::PyStr;
pub use io::file::{FileName, FileObject, FileOptions, Tell};
pub use mkstemp::Sanitized;
pub use module::{
    Event, EventSink, Params, TMP_MAX, TMP_MAX_20, Tempfile, TempfileBuilder,
    default_text_encoding, default_tmp_max,
};
pub use named::NamedTemporaryFile;
pub use names::{ForcedNames, NameSource, RandomNameSequence};
pub use os::{FaultyOs, LibcOs, Os};
pub use spooled::SpooledTemporaryFile;
pub use unnamed::temporary_file;
pub use version::{Behaviour, PyVersion, Since};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// `tempfile.mkstemp(suffix, prefix, dir)` with the process-wide state. See
/// [`Tempfile::mkstemp`].
pub fn mkstemp(params: &Params) -> Result<(OwnedFd, PyPath)> {
    Tempfile::global().mkstemp(params, false)
}

/// `tempfile.mkdtemp(suffix, prefix, dir)` with the process-wide state. See
/// [`Tempfile::mkdtemp`].
pub fn mkdtemp(params: &Params) -> Result<PyPath> {
    Tempfile::global().mkdtemp(params)
}

/// `tempfile.mktemp(suffix, prefix, dir)` with the process-wide state. Unsafe by design; see
/// [`Tempfile::mktemp`].
pub fn mktemp(params: &Params) -> Result<PyPath> {
    Tempfile::global().mktemp(params)
}

/// `tempfile.gettempdir()`: the default directory (as the file-system bytes of a `str`).
pub fn gettempdir() -> Result<std::path::PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    Tempfile::global()
        .gettempdir()
        .map(|b| std::path::PathBuf::from(std::ffi::OsString::from_vec(b)))
}

/// `tempfile.gettempdirb()`: the default directory as bytes.
pub fn gettempdirb() -> Result<Vec<u8>> {
    Tempfile::global().gettempdirb()
}

/// `tempfile.gettempprefix()`: the default prefix (`template`) as the bytes of a `str`.
pub fn gettempprefix() -> Result<Vec<u8>> {
    Tempfile::global().gettempprefix()
}

/// `tempfile.gettempprefixb()`: the default prefix as bytes.
pub fn gettempprefixb() -> Result<Vec<u8>> {
    Tempfile::global().gettempprefixb()
}
