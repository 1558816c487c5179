//! `mkstemp`, `mkdtemp` and `mktemp`, and the retry loop they share (CPython's
//! `_sanitize_params`, `_mkstemp_inner`, `mkdtemp`, `mktemp`).
//!
//! Behaviour kept:
//! - Arguments are sanitized first ([`crate::args`]): a mixing `TypeError` comes before any
//!   system call; defaults are read at call time.
//! - `TMP_MAX` attempts (read at call time). Each draws one name, builds
//!   `join(dir, prefix + name + suffix)` (a prefix starting with `/` replaces `dir`, as
//!   `posixpath.join` does), reports the audit event, and creates: files with
//!   `open(O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0o600)`, directories with
//!   `mkdir(0o700)`. Only "exists" (`EEXIST`) tries again; every other error, permission
//!   errors included, is raised at once with the candidate path as `filename`.
//! - Exhaustion raises `FileExistsError(EEXIST, "No usable temporary file name found")`
//!   (`... directory name found` for `mkdtemp`, `... filename found` for `mktemp`); a forced
//!   name source that runs out first raises `StopIteration`.
//! - `mkstemp` makes `dir` absolute before the loop and returns an absolute path; `mkdtemp`
//!   joins the raw `dir` and returns `abspath` of the result from 3.12 on (the raw join in
//!   3.10/3.11); `mktemp` returns the raw join and checks with `lstat`, so a dangling symlink
//!   counts as taken and any OS error as free.
//!
//! Each attempt costs exactly one system call (`open` or `mkdir`); the path is built in one
//! reused buffer.

use std::ffi::CStr;
use std::sync::Arc;

use crate::args::{self, Arg, PathKind, PyPath};
use crate::error::ExcClass;
use crate::error::{Error, Result};
use crate::module::{Params, Tempfile};
use crate::names::NameSource;
use crate::os::{self, Errno, OwnedDescriptor, RawFd, SeamFd, flags};
use crate::ospath;
use crate::planted::PlantedFault;
use crate::platform::{self, Platform, RetrySite};
use crate::pypath;
use crate::version::{Behaviour, PyVersion};

/// What `_sanitize_params` returns: prefix, suffix, dir and the output type.
#[derive(Clone, Debug)]
pub struct Sanitized {
    /// The prefix (defaulted from `template`).
    pub prefix: Arg,
    /// The suffix (defaulted to empty).
    pub suffix: Arg,
    /// The directory (defaulted from `gettempdir()`/`gettempdirb()`).
    pub dir: Arg,
    /// Whether paths come back as `str` or `bytes`.
    pub kind: PathKind,
}

/// Python's `None` passed explicitly is the same as not passing the argument here (for an
/// argument borrowed or moved).
fn given<A: std::borrow::Borrow<Arg>>(arg: Option<A>) -> Option<A> {
    arg.filter(|a| !matches!(a.borrow(), Arg::Other { type_name } if type_name == "NoneType"))
}

/// The default suffix: empty, of the call's kind.
fn default_suffix(kind: PathKind) -> Arg {
    match kind {
        PathKind::Str => Arg::Str(Vec::new()),
        PathKind::Bytes => Arg::Bytes(Vec::new()),
    }
}

/// The reason the retry loop stopped without success.
enum Exhausted {
    File,
    Directory,
    Filename,
}

impl Exhausted {
    fn error(self) -> Error {
        let what = match self {
            Exhausted::File => "No usable temporary file name found",
            Exhausted::Directory => "No usable temporary directory name found",
            Exhausted::Filename => "No usable temporary filename found",
        };
        Error::os(libc::EEXIST, what)
    }
}

/// Builds candidate paths `join(dir, prefix + name + suffix)` in one reused, NUL-terminated
/// buffer: the directory and its separator are written once, each draw rewrites the rest, the
/// C string for the system call is a view of the buffer, and the winning path is the buffer
/// itself (no allocation per attempt, one per call). `os.path.join` is the host's
/// ([`crate::ospath`]).
struct Candidates<'a> {
    prefix: &'a [u8],
    suffix: &'a [u8],
    names: &'a dyn NameSource,
    /// `dir`, its separator (if it needs one), the drawn component, then a NUL.
    buf: Vec<u8>,
    /// Where the component starts in `buf`.
    dir_len: usize,
    /// Where the path starts in `buf`: 0, or `dir_len` when the component starts with `/`
    /// (`posixpath.join` then drops `dir`).
    start: usize,
    /// Whether `buf` has a separator after `dir`.
    added_sep: bool,
    /// Windows: the join of a component with a drive or a root (`ntpath.join` keeps part of
    /// `dir` then), NUL-terminated; `None` in the simple case.
    joined: Option<Vec<u8>>,
}

impl<'a> Candidates<'a> {
    fn new(dir: &[u8], prefix: &'a [u8], suffix: &'a [u8], names: &'a dyn NameSource) -> Self {
        let mut buf = Vec::with_capacity(
            dir.len() + prefix.len() + crate::names::NAME_LEN + suffix.len() + 2,
        );
        buf.extend_from_slice(dir);
        // os.path.join: a separator unless `dir` is empty or ends with one.
        let added_sep = ospath::needs_sep(dir);
        if added_sep {
            buf.push(ospath::SEP);
        }
        Candidates {
            added_sep,
            prefix,
            suffix,
            names,
            dir_len: buf.len(),
            buf,
            start: 0,
            joined: None,
        }
    }

    /// Draw the next name (which may raise `StopIteration`) and build its path.
    fn draw(&mut self) -> Result<()> {
        self.buf.truncate(self.dir_len);
        self.buf.extend_from_slice(self.prefix);
        self.names.next_name(&mut self.buf)?;
        self.buf.extend_from_slice(self.suffix);
        self.buf.push(0);
        self.start = 0;
        self.joined = None;
        let component = &self.buf[self.dir_len..self.buf.len() - 1];
        if ospath::component_replaces(component) {
            if cfg!(windows) {
                // ntpath.join may keep `dir`'s drive: join for real (rare: a prefix with a
                // drive or a root).
                let dir = &self.buf[..self.dir_len - usize::from(self.added_sep)];
                let mut joined = ospath::join(dir, component);
                joined.push(0);
                self.joined = Some(joined);
            } else {
                // A component starting with `/` replaces the directory, as in posixpath.join.
                self.start = self.dir_len;
            }
        }
        Ok(())
    }

    /// The drawn path and its NUL.
    fn with_nul(&self) -> &[u8] {
        match &self.joined {
            Some(j) => j,
            None => &self.buf[self.start..],
        }
    }

    /// The path for the drawn name.
    fn path(&self) -> &[u8] {
        let p = self.with_nul();
        &p[..p.len() - 1]
    }

    /// The path as a C string for `func` (CPython's `ValueError` for an embedded NUL).
    fn cpath(&self, func: &str, kind: PathKind, version: PyVersion) -> Result<&CStr> {
        pypath::cstr_for(self.with_nul(), func, kind, version)
    }

    /// The drawn path, taking the buffer.
    fn into_path(mut self) -> Vec<u8> {
        if let Some(mut j) = self.joined.take() {
            j.pop();
            return j;
        }
        self.buf.pop();
        if self.start > 0 {
            self.buf.drain(..self.start);
        }
        self.buf
    }
}

/// A sanitized argument: the caller's own, the shared `template`, or a computed default.
pub(crate) enum ArgRef<'a> {
    Borrowed(&'a Arg),
    Shared(Arc<Arg>),
    Owned(Arg),
}

impl std::ops::Deref for ArgRef<'_> {
    type Target = Arg;

    fn deref(&self) -> &Arg {
        match self {
            ArgRef::Borrowed(a) => a,
            ArgRef::Shared(a) => a,
            ArgRef::Owned(a) => a,
        }
    }
}

impl ArgRef<'_> {
    fn into_owned(self) -> Arg {
        match self {
            ArgRef::Borrowed(a) => a.clone(),
            ArgRef::Shared(a) => Arc::unwrap_or_clone(a),
            ArgRef::Owned(a) => a,
        }
    }
}

/// [`Sanitized`] without copies of the caller's arguments (what the creating functions use).
pub(crate) struct SanitizedRef<'a> {
    pub(crate) prefix: ArgRef<'a>,
    pub(crate) suffix: ArgRef<'a>,
    pub(crate) dir: ArgRef<'a>,
    pub(crate) kind: PathKind,
}

impl Tempfile {
    /// The exhaustion error (or the planted wrong one).
    fn exhausted(&self, what: Exhausted) -> Error {
        let e = what.error();
        if self.planted(PlantedFault::WrongExhaustionClass) {
            return Error::os(libc::ENOENT, e.message().to_string());
        }
        e
    }

    /// Open flags and mode for a new file (or the planted wrong ones).
    fn planted_open(&self, flags: i32) -> (i32, u32) {
        // (No O_NOFOLLOW on Windows: the fault has nothing to remove there.)
        #[cfg(unix)]
        let flags = if self.planted(PlantedFault::MissingNofollow) {
            flags & !crate::os::flags::O_NOFOLLOW
        } else {
            flags
        };
        let flags = if self.planted(PlantedFault::MissingExcl) {
            flags & !crate::os::flags::O_EXCL
        } else {
            flags
        };
        let mode = if self.planted(PlantedFault::Mode0644) {
            0o644
        } else {
            0o600
        };
        (flags, mode)
    }

    /// Whether a failed create at attempt `seq` draws the next name under the nt
    /// `PermissionError` rule ([`platform::permission_error_retries`]) on the host platform.
    pub(crate) fn permission_retries(
        &self,
        site: RetrySite,
        e: Errno,
        seq: u64,
        dir: &[u8],
    ) -> bool {
        if ExcClass::for_errno(e.0) != ExcClass::PermissionError {
            return false;
        }
        let os = self.os();
        platform::permission_error_retries(
            Platform::HOST,
            self.version(),
            site,
            seq,
            self.tmp_max(),
            &|| pypath::isdir(os, dir),
            &|| {
                platform::nt_access_writable(
                    pypath::cstring(dir)
                        .ok()
                        .and_then(|c| os.stat(&c).ok())
                        .as_ref(),
                )
            },
        )
    }

    /// CPython's `_sanitize_params(prefix, suffix, dir)`: the output type inferred from the
    /// arguments, and the defaults filled in now (`''`, `template`, `gettempdir()`, as `bytes`
    /// for a `bytes` call).
    ///
    /// # Errors
    ///
    /// `TypeError("Can't mix bytes and non-bytes in path components.")` for mixed arguments;
    /// with `dir` unset, the default directory's errors ([`crate::gettempdir`]); with `prefix`
    /// unset in a `bytes` call, `os.fsencode(template)`'s `TypeError`.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{Arg, Params, PathKind, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let t = Tempfile::builder().tempdir("/var/tmp").build();
    /// let s = t.sanitize_params(&Params::new().suffix(&b".bin"[..]))?;
    /// assert_eq!(s.kind, PathKind::Bytes);
    /// assert_eq!(s.prefix, Arg::Bytes(b"tmp".to_vec()));
    /// assert_eq!(s.dir, Arg::Bytes(b"/var/tmp".to_vec()));
    /// # Ok(()) }
    /// ```
    pub fn sanitize_params(&self, p: &Params) -> Result<Sanitized> {
        let s = self.sanitize_params_ref(p)?;
        Ok(Sanitized {
            prefix: s.prefix.into_owned(),
            suffix: s.suffix.into_owned(),
            dir: s.dir.into_owned(),
            kind: s.kind,
        })
    }

    /// [`Tempfile::sanitize_params`] taking the arguments by value: the caller's own are moved
    /// into the result instead of copied (what a binding that converts them for one call
    /// uses).
    ///
    /// # Errors
    ///
    /// As [`Tempfile::sanitize_params`].
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{Arg, Params, PathKind, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let t = Tempfile::builder().build();
    /// let s = t.sanitize_params_into(Params::new().dir(b"/var/tmp".as_slice()))?;
    /// assert_eq!(s.dir, Arg::Bytes(b"/var/tmp".to_vec()));
    /// assert_eq!((s.prefix, s.kind), (Arg::Bytes(b"tmp".to_vec()), PathKind::Bytes));
    /// # Ok(()) }
    /// ```
    pub fn sanitize_params_into(&self, p: Params) -> Result<Sanitized> {
        let Params {
            suffix,
            prefix,
            dir,
            ..
        } = p;
        let (suffix, prefix, dir) = (given(suffix), given(prefix), given(dir));
        let kind = self.sanitized_kind(prefix.as_ref(), suffix.as_ref(), dir.as_ref())?;
        let suffix = match suffix {
            Some(s) => s,
            None => default_suffix(kind),
        };
        let prefix = match prefix {
            Some(p) => p,
            None => self.default_prefix(kind)?.into_owned(),
        };
        let dir = match dir {
            Some(d) => d,
            None => self.default_dir(kind)?,
        };
        Ok(Sanitized {
            prefix,
            suffix,
            dir,
            kind,
        })
    }

    /// `_sanitize_params`, borrowing the caller's arguments.
    pub(crate) fn sanitize_params_ref<'a>(&self, p: &'a Params) -> Result<SanitizedRef<'a>> {
        let (prefix, suffix, dir) = (
            given(p.prefix.as_ref()),
            given(p.suffix.as_ref()),
            given(p.dir.as_ref()),
        );
        let kind = self.sanitized_kind(prefix, suffix, dir)?;
        let suffix = match suffix {
            Some(s) => ArgRef::Borrowed(s),
            None => ArgRef::Owned(default_suffix(kind)),
        };
        let prefix = match prefix {
            Some(p) => ArgRef::Borrowed(p),
            None => self.default_prefix(kind)?,
        };
        let dir = match dir {
            Some(d) => ArgRef::Borrowed(d),
            None => ArgRef::Owned(self.default_dir(kind)?),
        };
        Ok(SanitizedRef {
            prefix,
            suffix,
            dir,
            kind,
        })
    }

    /// `_infer_return_type(prefix, suffix, dir)` as `_sanitize_params` calls it (the arguments
    /// Python's `None` already taken out).
    fn sanitized_kind(
        &self,
        prefix: Option<&Arg>,
        suffix: Option<&Arg>,
        dir: Option<&Arg>,
    ) -> Result<PathKind> {
        if self.planted(PlantedFault::MixAccepted) {
            let tempdir = self.lock_tempdir();
            args::infer_return_type(&[prefix, suffix, dir], tempdir.as_ref())
                .or_else(|_| args::infer_return_type(&[dir], tempdir.as_ref()))
        } else if prefix.is_some() || suffix.is_some() || dir.is_some() {
            // `tempdir` only matters when no argument is given: no need for its lock.
            args::infer_return_type(&[prefix, suffix, dir], None)
        } else {
            let tempdir = self.lock_tempdir();
            args::infer_return_type(&[], tempdir.as_ref())
        }
    }

    /// The default prefix: `template`, encoded for a `bytes` call.
    fn default_prefix(&self, kind: PathKind) -> Result<ArgRef<'static>> {
        Ok(match kind {
            PathKind::Str => ArgRef::Shared(self.template_shared()),
            PathKind::Bytes => ArgRef::Owned(Arg::Bytes(self.template_shared().fsencode()?)),
        })
    }

    /// The default directory: `gettempdir()`, or `gettempdirb()` for a `bytes` call.
    fn default_dir(&self, kind: PathKind) -> Result<Arg> {
        Ok(match kind {
            PathKind::Str => Arg::Str(self.gettempdir()?),
            PathKind::Bytes => Arg::Bytes(self.gettempdirb()?),
        })
    }

    /// `mkstemp(suffix, prefix, dir, text)`: create a file exclusively and return its open
    /// descriptor (close-on-exec) and absolute path. The caller removes the file.
    ///
    /// `text` picks `_text_openflags` over `_bin_openflags`, which differ only on Windows
    /// (`O_BINARY`). The defaults are this instance's: `template`, `tempdir` (or its probe),
    /// `TMP_MAX` and name source, read at call time.
    ///
    /// # Errors
    ///
    /// CPython's, in its order (the list is [`crate::mkstemp`]'s): `TypeError` for mixed
    /// `str`/`bytes` arguments before any system call; the default directory's
    /// `FileNotFoundError`; `ValueError` for a NUL; the `OSError` subclass of `open(2)` for any
    /// error but `EEXIST`, at once, with the candidate path as `filename`;
    /// `FileExistsError(EEXIST, "No usable temporary file name found")` after `TMP_MAX` names;
    /// `StopIteration` when a name source runs out.
    ///
    /// # Security
    ///
    /// `O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC`, mode 0600, unpredictable names re-seeded
    /// after `fork`; see [`crate::mkstemp`].
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pytempfile::{ExcClass, ForcedNames, Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let t = Tempfile::builder().tempdir(dir.path()).build();
    /// let (fd, path) = t.mkstemp(&Params::new().suffix(".txt"), false)?;
    /// assert!(path.as_path().is_absolute() && path.as_path().starts_with(dir.path()));
    /// drop(fd);
    ///
    /// // Only "exists" draws another name: here every name is taken, so after TMP_MAX
    /// // attempts CPython's exhaustion error.
    /// let taken = path.as_path().file_name().unwrap().to_str().unwrap();
    /// let name = &taken[3..taken.len() - 4]; // between "tmp" and ".txt"
    /// t.set_tmp_max(3);
    /// let names = Arc::new(ForcedNames::new([name, name, name]));
    /// let err = t.mkstemp(&Params::new().suffix(".txt").names(names), false).unwrap_err();
    /// assert_eq!(err.class(), ExcClass::FileExistsError);
    /// assert_eq!(err.to_string(), "[Errno 17] No usable temporary file name found");
    /// # Ok(()) }
    /// ```
    pub fn mkstemp(&self, p: &Params, text: bool) -> Result<(OwnedDescriptor, PyPath)> {
        let s = self.sanitize_params_ref(p)?;
        let flags = if text {
            flags::TEXT_OPENFLAGS
        } else {
            flags::BIN_OPENFLAGS
        };
        let (fd, path) = self.mkstemp_inner_with(
            &s.dir,
            &s.prefix,
            &s.suffix,
            flags,
            s.kind,
            p.names.as_ref(),
        )?;
        let Some(fd) = fd.into_owned_fd() else {
            return Err(crate::io::closed_error());
        };
        Ok((fd, path))
    }

    /// CPython's `_mkstemp_inner(dir, pre, suf, flags, output_type)`. The descriptor is the
    /// caller's to close.
    ///
    /// No defaults are filled in (that is [`Tempfile::sanitize_params`]'s job) and `flags` are
    /// used as given: pass [`os::flags::BIN_OPENFLAGS`] to get [`Tempfile::mkstemp`]'s.
    ///
    /// # Errors
    ///
    /// [`Tempfile::mkstemp`]'s, from the loop on: `TypeError` for `pre`/`suf` that cannot be
    /// concatenated or a `dir` of the other kind (`Can't mix strings and bytes in path
    /// components`), `ValueError` for a NUL, the `OSError` subclass of `open(2)`,
    /// `FileExistsError` after `TMP_MAX` names, `StopIteration`.
    ///
    /// # Security
    ///
    /// The flags are the caller's: without `O_EXCL` an existing file would be opened, without
    /// `O_NOFOLLOW` a symlink followed (the seam adds only `O_CLOEXEC`).
    pub fn mkstemp_inner(
        &self,
        dir: &Arg,
        pre: &Arg,
        suf: &Arg,
        flags: i32,
        kind: PathKind,
    ) -> Result<(RawFd, PyPath)> {
        let (fd, path) = self.mkstemp_inner_with(dir, pre, suf, flags, kind, None)?;
        let Some(fd) = fd.into_raw_fd() else {
            return Err(crate::io::closed_error());
        };
        Ok((fd, path))
    }

    pub(crate) fn mkstemp_inner_with(
        &self,
        dir: &Arg,
        pre: &Arg,
        suf: &Arg,
        flags: i32,
        kind: PathKind,
        names: Option<&std::sync::Arc<dyn NameSource>>,
    ) -> Result<(SeamFd, PyPath)> {
        let os = self.os();
        let version = self.version();
        let (dir_kind, dir) = dir.fspath()?;
        let dir = ospath::abspath_cow(os, dir, version)?;
        let tmp_max = self.tmp_max();
        self.with_names(names, |names| {
            let mut c = Candidates::new(&dir, args::raw_bytes(pre), args::raw_bytes(suf), names);
            for attempt in 0..tmp_max {
                c.draw()?;
                if attempt == 0 {
                    args::check_concat(pre, kind, suf)?;
                    // posixpath.join(dir, name): `dir` is of its own kind (abspath keeps it).
                    if dir_kind != kind {
                        return Err(Error::type_error(args::JOIN_MIX_MESSAGE));
                    }
                }
                self.audit("tempfile.mkstemp", kind, c.path());
                let cpath = c.cpath("open", kind, version)?;
                let (flags, mode) = self.planted_open(flags);
                match os::retry_eintr(|| SeamFd::open(self.os_shared(), cpath, flags, mode)) {
                    Ok(fd) => return Ok((fd, PyPath::new(kind, c.into_path()))),
                    Err(Errno(libc::EEXIST)) => continue,
                    Err(e)
                        if self.permission_retries(RetrySite::MkstempInner, e, attempt, &dir) =>
                    {
                        continue;
                    }
                    Err(e) => return Err(pypath::os_error(e, c.path(), kind == PathKind::Bytes)),
                }
            }
            Err(self.exhausted(Exhausted::File))
        })
    }

    /// `mkdtemp(suffix, prefix, dir)`: create a directory (mode 0700) exclusively and return
    /// its path (absolute from 3.12 on). The caller removes it.
    ///
    /// # Errors
    ///
    /// [`crate::mkdtemp`]'s: `TypeError` for mixed arguments, the default directory's
    /// `FileNotFoundError`, `ValueError` for a NUL, the `OSError` subclass of `mkdir(2)` for any
    /// error but `EEXIST` (with the candidate path as `filename`), `FileExistsError(EEXIST, "No
    /// usable temporary directory name found")` after `TMP_MAX` names, `StopIteration`.
    ///
    /// # Security
    ///
    /// `mkdir(path, 0o700)`, never an existing directory; see [`crate::mkdtemp`].
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{Params, PyVersion, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::mkdtemp(&Params::new().prefix("build-"))?;
    /// assert!(dir.as_path().is_dir());
    /// std::fs::remove_dir(dir).unwrap();
    ///
    /// // Before 3.12 the path is `dir` joined as given: relative stays relative.
    /// let t = Tempfile::builder().version(PyVersion::V3_11).build();
    /// let rel = t.mkdtemp(&Params::new().dir("."))?;
    /// std::fs::remove_dir(&rel).unwrap();
    /// assert!(rel.as_path().starts_with("."));
    /// # Ok(()) }
    /// ```
    pub fn mkdtemp(&self, p: &Params) -> Result<PyPath> {
        let s = self.sanitize_params_ref(p)?;
        self.mkdtemp_sanitized(&s, p.names.as_ref())
    }

    pub(crate) fn mkdtemp_sanitized(
        &self,
        s: &SanitizedRef<'_>,
        names: Option<&std::sync::Arc<dyn NameSource>>,
    ) -> Result<PyPath> {
        let os = self.os();
        let tmp_max = self.tmp_max();
        let version = self.version();
        let kind = s.kind;
        // `join(dir, ...)` calls os.fspath(dir) after the name is built; keep the error for then.
        let dir = s.dir.fspath();
        let dir_bytes = dir.as_ref().map(|(_, b)| *b).unwrap_or(&[]);
        let path = self.with_names(names, |names| {
            let mut c = Candidates::new(
                dir_bytes,
                args::raw_bytes(&s.prefix),
                args::raw_bytes(&s.suffix),
                names,
            );
            for attempt in 0..tmp_max {
                c.draw()?;
                if attempt == 0 {
                    args::check_concat(&s.prefix, kind, &s.suffix)?;
                    if let Err(e) = &dir {
                        return Err(e.clone());
                    }
                }
                self.audit("tempfile.mkdtemp", kind, c.path());
                let cpath = c.cpath("mkdir", kind, version)?;
                // Not retried on EINTR: CPython's os.mkdir is not among the PEP 475 calls, so
                // an interrupted mkdir raises InterruptedError (the seam's contract: retry only
                // where CPython does).
                match os.mkdir(cpath, 0o700) {
                    Ok(()) => return Ok(c.into_path()),
                    Err(Errno(libc::EEXIST)) => continue,
                    Err(e)
                        if self.permission_retries(RetrySite::Mkdtemp, e, attempt, dir_bytes) =>
                    {
                        continue;
                    }
                    Err(e) => return Err(pypath::os_error(e, c.path(), kind == PathKind::Bytes)),
                }
            }
            Err(self.exhausted(Exhausted::Directory))
        })?;
        // (The planted fault flips the version rule, so it shows with any CPython.)
        if version.has(Behaviour::MkdtempAbspath) != self.planted(PlantedFault::RelativeMkdtemp) {
            let abs = match ospath::abspath_cow(os, &path, version)? {
                std::borrow::Cow::Borrowed(_) => path,
                std::borrow::Cow::Owned(abs) => abs,
            };
            Ok(PyPath::new(kind, abs))
        } else {
            Ok(PyPath::new(kind, path))
        }
    }

    /// `mktemp(suffix="", prefix="tmp", dir=None)`: a name that did not exist when checked.
    /// Unsafe by design (someone else can create it first); use [`Tempfile::mkstemp`].
    ///
    /// Unset `suffix`/`prefix` take `mktemp`'s own defaults (`""` and `"tmp"`, not
    /// `template`); pass [`Arg::none`] for an explicit Python `None`.
    ///
    /// # Errors
    ///
    /// [`crate::mktemp`]'s: `TypeError` for a `bytes` `dir` or a non-`str` `prefix`/`suffix`
    /// (an explicit `None` too: `can only concatenate str (not "NoneType") to str`), the
    /// default directory's `FileNotFoundError`, `ValueError` for a NUL, `FileExistsError(EEXIST,
    /// "No usable temporary filename found")` after `TMP_MAX` names, `StopIteration`.
    ///
    /// # Security
    ///
    /// The name is free only when checked; see [`crate::mktemp`].
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{Arg, ExcClass, Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let t = Tempfile::builder().build();
    /// t.set_template("ignored-");
    /// let name = t.mktemp(&Params::new().dir("/nonexistent"))?;
    /// assert!(name.as_path().file_name().unwrap().to_str().unwrap().starts_with("tmp"));
    ///
    /// let err = t.mktemp(&Params::new().suffix(Arg::none())).unwrap_err();
    /// assert_eq!(err.class(), ExcClass::TypeError);
    /// assert_eq!(err.to_string(), "can only concatenate str (not \"NoneType\") to str");
    /// # Ok(()) }
    /// ```
    pub fn mktemp(&self, p: &Params) -> Result<PyPath> {
        let suffix = p.suffix.clone().unwrap_or_else(|| Arg::from(""));
        let prefix = p.prefix.clone().unwrap_or_else(|| Arg::from("tmp"));
        let dir = match given(p.dir.as_ref()) {
            Some(d) => d.clone(),
            None => Arg::Str(self.gettempdir()?),
        };
        let os = self.os();
        let tmp_max = self.tmp_max();
        let version = self.version();
        // posixpath.join(dir, file) checks `dir` after the name is built: keep its error for
        // then.
        let dir_checked = match dir.fspath() {
            Ok((PathKind::Bytes, _)) => Err(Error::type_error(args::JOIN_MIX_MESSAGE)),
            other => other.map(|(_, d)| d),
        };
        let dir_bytes = dir_checked.as_ref().map(|d| *d).unwrap_or(&[]);
        self.with_names(p.names.as_ref(), |names| {
            let mut c = Candidates::new(
                dir_bytes,
                args::raw_bytes(&prefix),
                args::raw_bytes(&suffix),
                names,
            );
            for attempt in 0..tmp_max {
                c.draw()?;
                if attempt == 0 {
                    // Names are str; then posixpath.join(dir, file) checks dir.
                    args::check_concat(&prefix, PathKind::Str, &suffix)?;
                    if let Err(e) = &dir_checked {
                        return Err(e.clone());
                    }
                }
                let cpath = c.cpath("lstat", PathKind::Str, version)?;
                let checked = if self.planted(PlantedFault::MktempFollowsSymlinks) {
                    os.stat(cpath)
                } else {
                    os.lstat(cpath)
                };
                // Any OS error means "free"; a foreign failure propagates.
                let taken = match checked {
                    Ok(_) => true,
                    Err(e) if e.is_foreign() => return Err(Error::from_errno(e, None)),
                    Err(_) => false,
                };
                if !taken {
                    return Ok(PyPath::new(PathKind::Str, c.into_path()));
                }
            }
            Err(self.exhausted(Exhausted::Filename))
        })
    }
}
