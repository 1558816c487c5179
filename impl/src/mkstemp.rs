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

use std::os::fd::{OwnedFd, RawFd};

use crate::args::{self, Arg, PathKind, PyPath};
use crate::error::{Error, Result};
use crate::module::{Params, Tempfile};
use crate::names::NameSource;
use crate::os::{self, Errno, flags};
use crate::planted::PlantedFault;
use crate::pypath;
use crate::version::PyVersion;

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

/// Python's `None` passed explicitly is the same as not passing the argument here.
fn given(arg: Option<&Arg>) -> Option<&Arg> {
    match arg {
        Some(Arg::Other { type_name }) if type_name == "NoneType" => None,
        other => other,
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

/// Builds candidate paths `join(dir, prefix + name + suffix)` in one reused buffer.
struct Candidates<'a> {
    dir: &'a [u8],
    prefix: &'a [u8],
    suffix: &'a [u8],
    names: &'a dyn NameSource,
    name: Vec<u8>,
    path: Vec<u8>,
}

impl<'a> Candidates<'a> {
    fn new(dir: &'a [u8], prefix: &'a [u8], suffix: &'a [u8], names: &'a dyn NameSource) -> Self {
        Candidates {
            dir,
            prefix,
            suffix,
            names,
            name: Vec::with_capacity(prefix.len() + crate::names::NAME_LEN + suffix.len()),
            path: Vec::with_capacity(dir.len() + prefix.len() + suffix.len() + 16),
        }
    }

    /// Draw the next name (which may raise `StopIteration`).
    fn draw(&mut self) -> Result<()> {
        self.name.clear();
        self.name.extend_from_slice(self.prefix);
        self.names.next_name(&mut self.name)?;
        self.name.extend_from_slice(self.suffix);
        Ok(())
    }

    /// The path for the drawn name.
    fn path(&mut self) -> &[u8] {
        self.path.clear();
        self.path.extend_from_slice(self.dir);
        pypath::join_into(&mut self.path, &self.name);
        &self.path
    }
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

    /// CPython's `_sanitize_params(prefix, suffix, dir)`.
    pub fn sanitize_params(&self, p: &Params) -> Result<Sanitized> {
        let (prefix, suffix, dir) = (
            given(p.prefix.as_ref()),
            given(p.suffix.as_ref()),
            given(p.dir.as_ref()),
        );
        let kind = {
            let tempdir = self.lock_tempdir();
            if self.planted(PlantedFault::MixAccepted) {
                args::infer_return_type(&[prefix, suffix, dir], tempdir.as_ref())
                    .or_else(|_| args::infer_return_type(&[dir], tempdir.as_ref()))?
            } else {
                args::infer_return_type(&[prefix, suffix, dir], tempdir.as_ref())?
            }
        };
        let suffix = suffix.cloned().unwrap_or(match kind {
            PathKind::Str => Arg::Str(Vec::new()),
            PathKind::Bytes => Arg::Bytes(Vec::new()),
        });
        let prefix = match prefix {
            Some(p) => p.clone(),
            None => match kind {
                PathKind::Str => self.template(),
                PathKind::Bytes => Arg::Bytes(self.template().fsencode()?),
            },
        };
        let dir = match dir {
            Some(d) => d.clone(),
            None => match kind {
                PathKind::Str => Arg::Str(self.gettempdir()?),
                PathKind::Bytes => Arg::Bytes(self.gettempdirb()?),
            },
        };
        Ok(Sanitized {
            prefix,
            suffix,
            dir,
            kind,
        })
    }

    /// `mkstemp(suffix, prefix, dir, text)`: create a file exclusively and return its open
    /// descriptor (close-on-exec) and absolute path. The caller removes the file.
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let (fd, path) = pytempfile::mkstemp(&pytempfile::Params::new().suffix(".txt"))?;
    /// assert!(path.as_path().is_absolute());
    /// drop(fd);
    /// std::fs::remove_file(path).unwrap();
    /// # Ok(()) }
    /// ```
    pub fn mkstemp(&self, p: &Params, text: bool) -> Result<(OwnedFd, PyPath)> {
        let s = self.sanitize_params(p)?;
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
        Ok((os::owned_fd(fd), path))
    }

    /// CPython's `_mkstemp_inner(dir, pre, suf, flags, output_type)`. The descriptor is the
    /// caller's to close.
    pub fn mkstemp_inner(
        &self,
        dir: &Arg,
        pre: &Arg,
        suf: &Arg,
        flags: i32,
        kind: PathKind,
    ) -> Result<(RawFd, PyPath)> {
        self.mkstemp_inner_with(dir, pre, suf, flags, kind, None)
    }

    pub(crate) fn mkstemp_inner_with(
        &self,
        dir: &Arg,
        pre: &Arg,
        suf: &Arg,
        flags: i32,
        kind: PathKind,
        names: Option<&std::sync::Arc<dyn NameSource>>,
    ) -> Result<(RawFd, PyPath)> {
        let os = self.os();
        let dir = pypath::abspath(os, dir.fspath()?.1)?;
        let tmp_max = self.tmp_max();
        self.with_names(names, |names| {
            let mut c = Candidates::new(&dir, args::raw_bytes(pre), args::raw_bytes(suf), names);
            for attempt in 0..tmp_max {
                c.draw()?;
                if attempt == 0 {
                    args::check_concat(pre, kind, suf)?;
                }
                let path = c.path();
                self.audit("tempfile.mkstemp", kind, path);
                let cpath = pypath::cstring_for(path, "open", kind, self.version())?;
                let (flags, mode) = self.planted_open(flags);
                match os::retry_eintr(|| os.open(&cpath, flags, mode)) {
                    Ok(fd) => return Ok((fd, PyPath::new(kind, path.to_vec()))),
                    Err(Errno(libc::EEXIST)) => continue,
                    Err(e) => return Err(pypath::os_error(e, path, kind == PathKind::Bytes)),
                }
            }
            Err(self.exhausted(Exhausted::File))
        })
    }

    /// `mkdtemp(suffix, prefix, dir)`: create a directory (mode 0700) exclusively and return
    /// its path (absolute from 3.12 on). The caller removes it.
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::mkdtemp(&pytempfile::Params::new().prefix("build-"))?;
    /// assert!(dir.as_path().is_dir());
    /// std::fs::remove_dir(dir).unwrap();
    /// # Ok(()) }
    /// ```
    pub fn mkdtemp(&self, p: &Params) -> Result<PyPath> {
        let s = self.sanitize_params(p)?;
        self.mkdtemp_sanitized(&s, p.names.as_ref())
    }

    pub(crate) fn mkdtemp_sanitized(
        &self,
        s: &Sanitized,
        names: Option<&std::sync::Arc<dyn NameSource>>,
    ) -> Result<PyPath> {
        let os = self.os();
        let tmp_max = self.tmp_max();
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
                let path = c.path();
                self.audit("tempfile.mkdtemp", kind, path);
                let cpath = pypath::cstring_for(path, "mkdir", kind, self.version())?;
                // Not retried on EINTR: CPython's os.mkdir is not among the PEP 475 calls, so
                // an interrupted mkdir raises InterruptedError (the seam's contract: retry only
                // where CPython does).
                match os.mkdir(&cpath, 0o700) {
                    Ok(()) => return Ok(path.to_vec()),
                    Err(Errno(libc::EEXIST)) => continue,
                    Err(e) => return Err(pypath::os_error(e, path, kind == PathKind::Bytes)),
                }
            }
            Err(self.exhausted(Exhausted::Directory))
        })?;
        // (The planted fault flips the version rule, so it shows with any CPython.)
        if self.version().at_least(PyVersion::V3_12) != self.planted(PlantedFault::RelativeMkdtemp)
        {
            Ok(PyPath::new(kind, pypath::abspath(os, &path)?))
        } else {
            Ok(PyPath::new(kind, path))
        }
    }

    /// `mktemp(suffix="", prefix="tmp", dir=None)`: a name that did not exist when checked.
    /// Unsafe by design (someone else can create it first); use [`Tempfile::mkstemp`].
    ///
    /// Unset `suffix`/`prefix` take `mktemp`'s own defaults (`""` and `"tmp"`, not
    /// `template`); pass [`Arg::none`] for an explicit Python `None`.
    pub fn mktemp(&self, p: &Params) -> Result<PyPath> {
        let suffix = p.suffix.clone().unwrap_or_else(|| Arg::from(""));
        let prefix = p.prefix.clone().unwrap_or_else(|| Arg::from("tmp"));
        let dir = match given(p.dir.as_ref()) {
            Some(d) => d.clone(),
            None => Arg::Str(self.gettempdir()?),
        };
        let os = self.os();
        let tmp_max = self.tmp_max();
        self.with_names(p.names.as_ref(), |names| {
            let mut c = Candidates::new(
                &[],
                args::raw_bytes(&prefix),
                args::raw_bytes(&suffix),
                names,
            );
            let mut dir_bytes: &[u8] = &[];
            for attempt in 0..tmp_max {
                c.draw()?;
                if attempt == 0 {
                    // Names are str; then posixpath.join(dir, file) checks dir.
                    args::check_concat(&prefix, PathKind::Str, &suffix)?;
                    let (dir_kind, d) = dir.fspath()?;
                    if dir_kind == PathKind::Bytes {
                        return Err(Error::type_error(args::JOIN_MIX_MESSAGE));
                    }
                    dir_bytes = d;
                    c.dir = dir_bytes;
                }
                let path = c.path();
                let cpath = pypath::cstring_for(path, "lstat", PathKind::Str, self.version())?;
                let checked = if self.planted(PlantedFault::MktempFollowsSymlinks) {
                    os.stat(&cpath)
                } else {
                    os.lstat(&cpath)
                };
                // Any OS error means "free"; a foreign failure propagates.
                let taken = match checked {
                    Ok(_) => true,
                    Err(e) if e.is_foreign() => return Err(Error::from_errno(e, None)),
                    Err(_) => false,
                };
                if !taken {
                    return Ok(PyPath::new(PathKind::Str, path.to_vec()));
                }
            }
            let _ = dir_bytes;
            Err(self.exhausted(Exhausted::Filename))
        })
    }
}
