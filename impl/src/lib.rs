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
//! - `temppath` and `named`'s Rust-only part: what users of the `tempfile` crate expect
//!   ([`TempPath`], [`NamedTemporaryFile::persist`], [`NamedTemporaryFile::persist_noclobber`],
//!   [`NamedTemporaryFile::into_temp_path`], [`NamedTemporaryFile::reopen`]); no CPython
//!   counterpart, and CPython's deletion table unchanged by it.
//! - [`module`]: [`Tempfile`], the module's globals (`tempdir`, `template`, `TMP_MAX`, ...).
//! - [`version`]: the CPython release switch: [`PyVersion`] and the named [`Behaviour`]s.
//! - [`locale`]: the file-system and default text encodings CPython's start-up chooses from the
//!   environment (`sys.getfilesystemencoding()`, `os.fsdecode`, `locale.getencoding()`, UTF-8
//!   mode).
//! - [`os`]: the OS boundary; every system call goes through the [`Os`] trait.
//! - [`platform`]: `tempfile`'s `os.name` branches (POSIX and Windows) as functions of a
//!   [`platform::Platform`]; [`ntpath`] and [`pypath`] are `os.path` on each ([`ospath`]: the
//!   host's).
//! - [`error`]: [`Error`], what CPython would raise.
//! - [`io`]: the file objects' `io` stack ([`FileObject`], `TextIOWrapper`, `BytesIO`, the
//!   codecs) and [`FileOptions`].
//!
//! Two crates lie below this one, and their modules appear here at the paths they had inside it:
//! [`pybase`] (`os`, `error`, `version`, `pyrepr`, and [`PyPath`]) and [`pyio`], CPython's `io`
//! (`io`). The repository's `ARCHITECTURE.md` draws the crate graph and the flow of a call.
//!
//! The crate-level functions use the process-wide [`Tempfile::global`]; build an independent
//! [`Tempfile`] to choose the OS seam, the CPython version or the name source.
//!
//! ## Encodings
//! A `str` path is held as its file-system bytes ([`Arg::Str`]; a Rust `&str` gives its UTF-8
//! bytes). What depends on the locale follows what a `python3` of the release followed would
//! use, started in this process's environment: the default text encoding of text files
//! ([`Tempfile::locale_encoding`]: `utf-8` in UTF-8 mode, which is on by default from 3.15 and
//! in the C locale; otherwise `locale.getencoding()`, e.g. `ISO-8859-1`) and the file-system
//! encoding that decodes `str` paths for `repr()` in messages ([`locale::fsdecode`]). An
//! embedder sets its interpreter's with [`Tempfile::set_locale_encoding`] and
//! [`locale::set_filesystem_encoding`]. See [`locale`] for the rules.

#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod args;
pub mod directory;
mod directory_nt;
mod gettempdir;
pub mod io;
pub mod locale;
mod mkstemp;
pub mod module;
mod named;
pub mod names;
pub mod ntpath;
pub mod ospath;
pub mod planted;
pub mod platform;
pub mod pypath;
mod spooled;
mod temppath;
mod unnamed;

/// The OS boundary, Python's exceptions, `repr()` and the CPython release switch: the
/// [`pybase`] crate's modules, at the paths they always had here.
pub use pybase::{error, os, pyrepr, version};

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
pub use named::{NamedTemporaryFile, PersistError};
pub use names::{ForcedNames, NameSource, OwnedNameSequence, RandomNameSequence};
pub use os::{FaultyOs, LibcOs, Os};
pub use spooled::SpooledTemporaryFile;
pub use temppath::{PathPersistError, TempPath};
pub use unnamed::temporary_file;
pub use version::{Behaviour, PyVersion, Since};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// The crate README's example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct CrateReadmeDoctests;

/// `tempfile.mkstemp(suffix, prefix, dir)` with the process-wide state. See
/// [`Tempfile::mkstemp`].
///
/// The descriptor comes back as an `OwnedFd` on Unix and an `OwnedHandle` on Windows
/// ([`os::OwnedDescriptor`]).
pub fn mkstemp(params: &Params) -> Result<(os::OwnedDescriptor, PyPath)> {
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
    Tempfile::global()
        .gettempdir()
        .map(|b| PyPath::new(PathKind::Str, b).into_path_buf())
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
