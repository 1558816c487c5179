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
//! ## Errors and the module's globals
//!
//! Errors are [`Error`]: the exception class CPython would raise (`ExcClass`), `errno`,
//! message and `filename`, displayed like `str(exc)` (e.g. `[Errno 17] No usable temporary file
//! name found`). It converts to `std::io::Error`.
//!
//! Knobs CPython exposes as module globals are methods of `Tempfile`: `set_tempdir` (`None`
//! recomputes), `set_template`, `set_tmp_max`, `set_name_source` (`_get_candidate_names`),
//! `set_o_tmpfile_works`, plus `set_version` and an event sink for audit events, `ResourceWarning`s
//! and exceptions CPython can only print. A binding that raises the audit events on every
//! attempt gives the builder an [`AuditHook`] instead, which gets the path borrowed.
//!
//! ## File objects
//!
//! ```rust
//! use std::io::{Read, Seek, Write};
//! use pytempfile::{FileOptions, NamedTemporaryFile, Params, PyStr, SpooledTemporaryFile, Tempfile};
//!
//! # fn main() -> Result<(), pytempfile::Error> {
//! // NamedTemporaryFile: binary by default (mode "w+b"), removed on close.
//! let mut f = NamedTemporaryFile::new()?;
//! f.write_all(b"data").unwrap();
//! let path = f.path().to_path_buf();
//! f.close()?;
//! assert!(!path.exists());
//!
//! // delete_on_close=False (3.12+): kept at close, removed at exit() or drop.
//! let t = Tempfile::global();
//! let mut g = t.named_temporary_file(&Params::new(), &FileOptions::new().delete_on_close(false))?;
//! g.close()?;
//! assert!(g.path().exists());
//! g.exit()?;
//!
//! // Text mode: str in and out, CPython's encodings, error handlers and newline translation.
//! let mut txt = t.named_temporary_file(&Params::new(), &FileOptions::new().mode("w+").encoding("utf-16"))?;
//! txt.file_mut().write_text(&PyStr::from("h\u{e9}llo\n"))?;
//!
//! // TemporaryFile: O_TMPFILE, no name at all; two system calls to create and close.
//! let mut tf = pytempfile::temporary_file()?;
//! tf.write_all(b"scratch").unwrap();
//! tf.rewind().unwrap();
//!
//! // SpooledTemporaryFile: in memory until the position passes max_size.
//! let mut sp = SpooledTemporaryFile::new(1024)?;
//! sp.write(&[0u8; 1024])?;
//! assert!(!sp.rolled());
//! sp.write(b"!")?;
//! assert!(sp.rolled());
//! # Ok(()) }
//! ```
//!
//! - `NamedTemporaryFile` follows CPython's deletion table for every version (`delete`,
//!   `delete_on_close`, `close()`, `exit()`, drop; a file removed by hand is fine in 3.12+ and a
//!   `FileNotFoundError` in 3.10/3.11). Anything failing after the file was created (an unknown
//!   encoding, an illegal newline, unbuffered text) removes it again.
//! - `TemporaryFile` opens with `(O_RDWR|O_EXCL|O_NOFOLLOW|O_TMPFILE) & ~O_CREAT`, so the file can
//!   never be linked; `EISDIR` turns O_TMPFILE off for good (`_O_TMPFILE_WORKS`), other errors
//!   fall back to create-and-unlink for that call.
//! - `SpooledTemporaryFile` rolls over exactly when CPython does (position after a write past a
//!   non-zero `max_size`, `fileno()`, `truncate(size > max_size)`, `rollover()`). Its memory phase
//!   is a chunked `BytesIO` (each byte copied once; growing never moves earlier data) and the
//!   rollover writes everything with one `writev`. **If the rollover fails, no byte is lost**: the
//!   spool stays in memory, usable, and the error is returned.
//! - Every object reports CPython's class (`BufferedRandom`, `TextIOWrapper`, `FileIO`, ...),
//!   `mode`, `name`, errors and warnings (an unclosed object dropped warns like CPython's).
//!
//! Text mode supports these encodings (under every alias Python accepts, e.g. `UTF8`, `latin1`,
//! `iso-8859-1`, `UTF-16LE`): `utf-8` (the default, as `locale.getencoding()` reports on a UTF-8
//! locale; settable with `Tempfile::set_locale_encoding`), `utf-8-sig`, `ascii`, `latin-1`,
//! `utf-16`, `utf-16-le`, `utf-16-be`, `utf-32`, `utf-32-le`, `utf-32-be`; and the error handlers
//! `strict`, `ignore`, `replace`, `surrogateescape`, `surrogatepass`, `backslashreplace`,
//! `xmlcharrefreplace`. Any other encoding CPython knows (cp1252, shift_jis, ...) is a clear
//! `LookupError` at construction: `pytempfile does not support the encoding 'cp1252' (supported:
//! ...)`; an unknown one is CPython's own `LookupError: unknown encoding: ...`.
//!
//! The file objects are built from the `pyio` crate, CPython's `io` stack on its own (re-exported as
//! `pytempfile::io`): `pyio::file::FileObject::open_with` is `io.open` with an opener,
//! `pyio::text::TextIo` a `TextIOWrapper` over any byte stream (a `pyio::memory::MemFile` is a
//! `BytesIO`), `pyio::codec` the codecs. `cargo doc --no-deps -p pyio --open` has its examples.
//!
//! ## The `tempfile` crate's API
//!
//! What Rust users of the [`tempfile`](https://crates.io/crates/tempfile) crate expect is here too,
//! on top of CPython's semantics (which it never changes):
//!
//! ```rust
//! use std::io::{Read, Write};
//! use pytempfile::{FileOptions, NamedTemporaryFile, Params, TemporaryDirectory};
//!
//! # fn main() -> Result<(), pytempfile::Error> {
//! let dir = TemporaryDirectory::new()?;
//! // delete_on_close=False: never opened O_TEMPORARY, so all of this works on Windows too
//! // (the default file is O_TEMPORARY there, and cannot be persisted, kept or reopened).
//! let opts = FileOptions::new().delete_on_close(false);
//!
//! // persist: flushed, then renamed over the target; deletion disarmed; the object stays open.
//! let mut f = NamedTemporaryFile::with(&Params::new(), &opts)?;
//! f.write_all(b"v2").unwrap();
//! if cfg!(windows) {
//!     f.close()?; // Windows renames no open file: close it first (kept: delete_on_close=False)
//! }
//! let f = f.persist(dir.path().join("config"))?;
//! assert_eq!(std::fs::read(f.path()).unwrap(), b"v2");
//!
//! // reopen: an independent object on the same file, opened by path and identity-checked.
//! let mut g = NamedTemporaryFile::with(&Params::new(), &opts)?;
//! g.write_all(b"shared").unwrap();
//! let mut r = g.reopen()?;
//! let mut s = String::new();
//! r.read_to_string(&mut s).unwrap();
//! assert_eq!(s, "shared");
//! r.close()?;
//!
//! // persist_noclobber never replaces a file; on failure the file comes back inside the error.
//! if cfg!(windows) {
//!     g.close()?;
//! }
//! let err = g.persist_noclobber(dir.path().join("config")).unwrap_err();
//! assert_eq!(err.error.class(), pytempfile::ExcClass::FileExistsError);
//! let g = err.file; // same name, still removed at exit or drop
//!
//! // into_temp_path: the file closed, its name removed when the guard goes.
//! let guard = g.into_temp_path()?;
//! assert!(guard.exists()); // Deref<Target = Path>
//! drop(guard);
//! # Ok(()) }
//! ```
//!
//! - `persist` uses `rename(2)`; `persist_noclobber` uses `renameat2(RENAME_NOREPLACE)` on Linux
//!   and, where the kernel or file system lacks it (`ENOSYS`, `EINVAL`), `link(2)` then `unlink(2)`.
//!   Both flush the object's buffers first, return the object (now `delete=False` in CPython's
//!   terms, named by the new path), and give it back unchanged in a `PersistError` on any failure
//!   (an existing target, `EXDEV` across file systems, a failing flush, a name the object had
//!   already removed). `TempPath` has the same pair, plus `close`, `keep` and `disable_cleanup`.
//! - `reopen`/`reopen_with` open the path with `O_NOFOLLOW|O_NONBLOCK` and refuse it unless its
//!   device and inode are those of the object's open descriptor (a file put at the path since is
//!   never used; mode `"w"` truncates only after that check).
//! - On Windows (`MoveFileExW`, `CreateHardLinkW`; see the repository's `docs/windows.md`) a file opened
//!   `O_TEMPORARY` (the default `NamedTemporaryFile`: `delete=True`, and `delete_on_close=True`
//!   from 3.12) is never persisted, kept or turned into a `TempPath` (`OSError`, saying to create
//!   it with `delete_on_close=False` or `delete=False`: the OS would delete it at its last close,
//!   under its new name too), nor reopened (Windows' `PermissionError`); and a file is renamed
//!   only once closed (`PermissionError` while open: Windows renames no file a C runtime
//!   descriptor is open on). Each refusal gives the object back unchanged.
//! - `FileObject`, `NamedTemporaryFile` and (binary) `SpooledTemporaryFile` implement `Read`,
//!   `Write` and `Seek`; `FileObject` and `NamedTemporaryFile` implement `AsRawFd` (`-1` once
//!   closed, never a number that may have been reused) but not `AsFd`, whose infallible
//!   `as_fd()` has nothing honest to return for a closed object: the checked `as_fd()?` and
//!   `as_file()?` lend a descriptor that stays open while borrowed. Every object is `Send` and
//!   `Sync`. The items' docs explain each choice; the repository's `impl/tests/api_parity/` tests
//!   them, failure paths included.
//!
//! ## Testing with the OS seam
//!
//! Every system call goes through the `pytempfile::os::Os` trait (the `pybase` crate's `os`). `FaultyOs` wraps the real calls
//! for tests: it counts and logs calls, fails the Nth call or every call of a kind with a chosen
//! errno, and overrides `TMPDIR`/`TEMP`/`TMP` and the working directory without touching the
//! process.
//!
//! ```rust
//! use std::sync::Arc;
//! use pytempfile::os::{Call, Fault};
//! use pytempfile::{FaultyOs, Params, Tempfile};
//!
//! let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Open, libc::ENOSPC)));
//! let t = Tempfile::builder().os(os.clone()).tempdir("/tmp").build();
//! let err = t.mkstemp(&Params::new(), false).unwrap_err();
//! assert_eq!(err.class(), pytempfile::ExcClass::OSError);
//! assert_eq!(err.errno(), Some(libc::ENOSPC));
//! assert_eq!(os.count(Call::Open), 1);
//! ```
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
    AuditHook, Event, EventSink, Params, TMP_MAX, TMP_MAX_20, Tempfile, TempfileBuilder,
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

/// `tempfile.mkstemp(suffix, prefix, dir)` with the process-wide state: a new file, created
/// exclusively, and its absolute path. The caller closes the descriptor and removes the file.
/// See [`Tempfile::mkstemp`] (which also takes `text`).
///
/// The descriptor comes back as an `OwnedFd` on Unix and an `OwnedHandle` on Windows
/// ([`os::OwnedDescriptor`]). The path is `str` or `bytes` as CPython infers it from the
/// arguments ([`PyPath::kind`]).
///
/// # Errors
///
/// What CPython's `mkstemp` raises, in its order:
/// - `TypeError("Can't mix bytes and non-bytes in path components.")` when `suffix`, `prefix`
///   and `dir` mix `str` and `bytes`, before any system call; a `prefix` or `suffix` that is
///   neither (a path-like, say) is the `TypeError` of Python's `+` once the first name is drawn
///   (`can only concatenate str (not "PosixPath") to str`);
/// - with `dir` unset, [`gettempdir`]'s `FileNotFoundError` (`No usable temporary directory
///   found in [...]`);
/// - `ValueError` for a NUL in the path (`embedded null byte`; from 3.13 `open: embedded null
///   character in path` for a `str`);
/// - the `OSError` subclass of `open(2)` failing with anything but `EEXIST`, at once, with the
///   candidate path as `filename`: `FileNotFoundError` (no such `dir`), `PermissionError`
///   (`dir` not writable; on Windows one in an existing directory draws the next name),
///   `NotADirectoryError`, `OSError` (`ENOSPC`, `EROFS`, ...);
/// - `FileExistsError(EEXIST, "No usable temporary file name found")` when all `TMP_MAX`
///   names existed;
/// - `StopIteration` when a name source ([`Params::names`]) runs out first.
///
/// # Security
///
/// The file is created with `O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW` plus `O_CLOEXEC` and mode 0600:
/// it is new (never an existing file, never through a symlink planted at the name), readable
/// and writable by its owner only, and not inherited by programs the process `exec`s. Only
/// `EEXIST` draws another name. Names are 8 characters from a ChaCha8 generator seeded from
/// the kernel and re-seeded after `fork` ([`RandomNameSequence`]), so no one can predict them
/// (CPython's Mersenne Twister can be). The file stays until the caller removes it.
///
/// # Examples
///
/// ```
/// use std::io::Write;
/// use pytempfile::{ExcClass, Params};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let (fd, path) = pytempfile::mkstemp(&Params::new().prefix("report-").suffix(".csv"))?;
/// let mut file = std::fs::File::from(fd);
/// file.write_all(b"a,b\n").unwrap();
/// assert!(path.as_path().is_absolute());
/// let name = path.as_path().file_name().unwrap().to_str().unwrap();
/// assert!(name.starts_with("report-") && name.ends_with(".csv"));
/// # #[cfg(unix)]
/// # {
/// use std::os::unix::fs::PermissionsExt;
/// assert_eq!(file.metadata().unwrap().permissions().mode() & 0o777, 0o600);
/// # }
/// drop(file);
/// std::fs::remove_file(&path).unwrap(); // the caller's job
///
/// // A directory that does not exist: CPython's FileNotFoundError, naming the candidate.
/// let err = pytempfile::mkstemp(&Params::new().dir("/nonexistent/pytempfile-doc")).unwrap_err();
/// assert_eq!(err.class(), ExcClass::FileNotFoundError);
/// let text = err.to_string(); // "... '/nonexistent/pytempfile-doc/tmp...'" on POSIX
/// assert!(text.starts_with("[Errno 2] No such file or directory: '") && text.contains("pytempfile-doc"));
///
/// // str and bytes mixed: TypeError before any system call.
/// let err = pytempfile::mkstemp(&Params::new().prefix("x").suffix(&b".bin"[..])).unwrap_err();
/// assert_eq!(err.class(), ExcClass::TypeError);
/// # Ok(()) }
/// ```
pub fn mkstemp(params: &Params) -> Result<(os::OwnedDescriptor, PyPath)> {
    Tempfile::global().mkstemp(params, false)
}

/// `tempfile.mkdtemp(suffix, prefix, dir)` with the process-wide state: a new directory, made
/// exclusively with mode 0700, and its path (absolute from 3.12 on; before, joined to `dir` as
/// given). The caller removes it; [`TemporaryDirectory`] does that for you. See
/// [`Tempfile::mkdtemp`].
///
/// # Errors
///
/// As [`mkstemp`]'s, with `mkdir(2)`'s errors and `FileExistsError(EEXIST, "No usable
/// temporary directory name found")` when all `TMP_MAX` names existed: `TypeError` for mixed
/// `str`/`bytes` (before any system call), [`gettempdir`]'s `FileNotFoundError` when `dir` is
/// unset and no directory is usable, `ValueError` for a NUL, the `OSError` subclass of any
/// `mkdir` failure but `EEXIST` with the candidate path as `filename` (an interrupted `mkdir`
/// is `InterruptedError`: CPython does not retry it), `StopIteration` from a name source.
///
/// # Security
///
/// `mkdir(path, 0o700)`: the directory is new (an existing directory or symlink at the name is
/// `EEXIST`, and the next name is drawn) and only its owner can list, enter or create files in
/// it. On Windows the seam gives it a protected ACL (its owner, SYSTEM and Administrators), as
/// CPython does since its CVE-2024-4030 fix ([`Behaviour::NtMkdir700Acl`]), whatever release
/// is followed. Names are unpredictable, as [`mkstemp`]'s.
///
/// # Examples
///
/// ```
/// use pytempfile::{Params, PathKind};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::mkdtemp(&Params::new().prefix("build-"))?;
/// assert!(dir.as_path().is_dir());
/// assert_eq!(dir.kind(), PathKind::Str);
/// # #[cfg(unix)]
/// # {
/// use std::os::unix::fs::PermissionsExt;
/// let mode = std::fs::metadata(dir.as_path()).unwrap().permissions().mode();
/// assert_eq!(mode & 0o777, 0o700);
/// # }
/// std::fs::remove_dir(dir.as_path()).unwrap();
///
/// // bytes in, bytes out, as in CPython.
/// let b = pytempfile::mkdtemp(&Params::new().suffix(&b"-b"[..]))?;
/// assert_eq!(b.kind(), PathKind::Bytes);
/// assert!(b.repr().starts_with("b'"));
/// std::fs::remove_dir(b.as_path()).unwrap();
/// # Ok(()) }
/// ```
pub fn mkdtemp(params: &Params) -> Result<PyPath> {
    Tempfile::global().mkdtemp(params)
}

/// `tempfile.mktemp(suffix, prefix, dir)` with the process-wide state: a name that did not
/// exist when it was checked. Unsafe by design, deprecated in CPython since 2.3; use
/// [`mkstemp`], [`NamedTemporaryFile`] or [`mkdtemp`]. See [`Tempfile::mktemp`].
///
/// Unset `suffix`/`prefix` take `mktemp`'s own defaults (`""` and `"tmp"`, never the module's
/// `template`); the result is always a `str`.
///
/// # Errors
///
/// `TypeError` for a `bytes` `dir` (`Can't mix strings and bytes in path components`, once
/// the first name is drawn) or a `prefix`/`suffix` that is not a `str`; [`gettempdir`]'s
/// `FileNotFoundError` when `dir` is unset; `ValueError` for a NUL; `FileExistsError(EEXIST,
/// "No usable temporary filename found")` when all `TMP_MAX` names existed; `StopIteration`
/// from a name source. A failing `lstat` never raises: it counts the name as free.
///
/// # Security
///
/// Nothing is created: between this check and the caller's own creation anyone who can write
/// to the directory can create that name, as a file or as a symlink to a file of the caller's
/// choosing. Create it with `O_EXCL` if you must use it. The check is `lstat`, so a dangling
/// symlink counts as taken.
///
/// # Examples
///
/// ```
/// use pytempfile::Params;
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::TemporaryDirectory::new()?;
/// let name = pytempfile::mktemp(&Params::new().dir(dir.path()).suffix(".sock"))?;
/// assert!(!name.as_path().exists()); // only a name: nothing was created
/// assert!(name.as_path().starts_with(dir.path()));
/// # Ok(()) }
/// ```
pub fn mktemp(params: &Params) -> Result<PyPath> {
    Tempfile::global().mktemp(params)
}

/// `tempfile.gettempdir()`: the default directory (as the file-system bytes of a `str`).
///
/// The first call probes the candidates (`TMPDIR`, `TEMP`, `TMP`, `/tmp`, `/var/tmp`,
/// `/usr/tmp`, then the working directory) by creating and removing a file in each, and keeps
/// the first that works in the module's `tempdir`; later calls return it without a system call.
/// See [`Tempfile::gettempdir`].
///
/// # Errors
///
/// `FileNotFoundError(ENOENT, "No usable temporary directory found in [...]")`, listing the
/// candidates, when none is usable; `ValueError` for a candidate with a NUL. An assigned
/// `tempdir` that is not a path (see [`Tempfile::set_tempdir`]) is `os.fspath`'s `TypeError`.
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::gettempdir()?;
/// assert!(dir.is_absolute() && dir.is_dir());
/// assert_eq!(pytempfile::gettempdir()?, dir); // computed once
/// assert_eq!(pytempfile::gettempdirb()?, dir.as_os_str().as_encoded_bytes());
/// # Ok(()) }
/// ```
pub fn gettempdir() -> Result<std::path::PathBuf> {
    Tempfile::global()
        .gettempdir()
        .map(|b| PyPath::new(PathKind::Str, b).into_path_buf())
}

/// `tempfile.gettempdirb()`: the default directory as bytes.
///
/// # Errors
///
/// As [`gettempdir`].
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::gettempdirb()?;
/// assert!(dir.starts_with(b"/") || cfg!(windows));
/// # Ok(()) }
/// ```
pub fn gettempdirb() -> Result<Vec<u8>> {
    Tempfile::global().gettempdirb()
}

/// `tempfile.gettempprefix()`: the default prefix (`template`) as the bytes of a `str`.
///
/// # Errors
///
/// `TypeError` (`os.fsdecode`'s) when the module's `template` was set to something that is
/// not a path ([`Tempfile::set_template`]).
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// assert_eq!(pytempfile::gettempprefix()?, b"tmp");
/// # Ok(()) }
/// ```
pub fn gettempprefix() -> Result<Vec<u8>> {
    Tempfile::global().gettempprefix()
}

/// `tempfile.gettempprefixb()`: the default prefix as bytes.
///
/// # Errors
///
/// `TypeError` (`os.fsencode`'s) when the module's `template` is not a path.
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pytempfile::Error> {
/// assert_eq!(pytempfile::gettempprefixb()?, b"tmp");
/// # Ok(()) }
/// ```
pub fn gettempprefixb() -> Result<Vec<u8>> {
    Tempfile::global().gettempprefixb()
}
