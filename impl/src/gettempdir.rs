//! The default temporary directory: CPython's `_candidate_tempdir_list`,
//! `_get_default_tempdir`, `_gettempdir`, `gettempdir`, `gettempdirb`, `gettempprefix` and
//! `gettempprefixb`.
//!
//! Behaviour kept:
//! - Candidates, in order: the values of `TMPDIR`, `TEMP`, `TMP` (verbatim, empty ones
//!   skipped), `/tmp`, `/var/tmp`, `/usr/tmp` (on Windows: `~\AppData\Local\Temp` expanded
//!   from `USERPROFILE` or `HOMEDRIVE`/`HOMEPATH`, `%SYSTEMROOT%\Temp`, `c:\temp`, `c:\tmp`,
//!   `\temp`, `\tmp`), then the working directory (`.` if `getcwd` fails). Read through the
//!   OS seam, so tests can set them per instance ([`crate::platform::candidate_tempdir_list`]).
//! - The probe makes each candidate absolute (except `.`), then tries up to 100 random names in
//!   it (3.13.18+: `TMP_MAX` names, read at call time, [`Behaviour::TmpMax20`]): create with `O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW` and mode 0600, write `b"blat"`, close,
//!   unlink, return the directory. "Exists" tries the next name; a permission error (except
//!   on Windows, where one in a directory tries the next name: the nt rule of
//!   [`crate::platform::permission_error_retries`]), or any other OS error from any of the
//!   four calls, moves to the next directory; the file is closed
//!   and unlinked whatever fails after it was created. Non-OS errors (`embedded null byte`)
//!   propagate.
//! - Nothing usable: `FileNotFoundError(ENOENT, "No usable temporary directory found in [...]")`
//!   with the repr of the original list.
//! - The result is cached in `tempdir` and computed under its lock; assigning `tempdir`
//!   (any value) overrides it and `None` recomputes.

use crate::args::{Arg, PathKind};
use crate::error::ExcClass;
use crate::error::{Error, Result};
use crate::module::Tempfile;
use crate::names::RandomNameSequence;
use crate::os::{self, Errno, flags};
use crate::ospath;
use crate::platform::{self, Platform, RetrySite};
use crate::pypath;
use crate::pyrepr;
use crate::version::Behaviour;

/// Names tried per candidate directory by the probe before 3.13.18 (later: `TMP_MAX`).
pub const PROBE_NAMES_PER_DIR: usize = 100;

impl Tempfile {
    /// CPython's `_candidate_tempdir_list()`: file-system bytes of each candidate (all `str`).
    ///
    /// The environment and the working directory are read through this instance's seam, so a
    /// [`FaultyOs`](crate::FaultyOs) can set them without touching the process.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pytempfile::{FaultyOs, Tempfile};
    ///
    /// let os = FaultyOs::new()
    ///     .with_env("TMPDIR", Some(&b"/scratch"[..]))
    ///     .with_env("TEMP", Some(&b""[..])) // empty: skipped
    ///     .with_env("TMP", None);
    /// let t = Tempfile::builder().os(Arc::new(os)).build();
    /// let list = t.candidate_tempdir_list();
    /// if cfg!(unix) {
    ///     assert_eq!(list[..4], [&b"/scratch"[..], b"/tmp", b"/var/tmp", b"/usr/tmp"]);
    /// }
    /// ```
    pub fn candidate_tempdir_list(&self) -> Vec<Vec<u8>> {
        let os = self.os();
        platform::candidate_tempdir_list(Platform::HOST, &|name| os.getenv(name), &|| {
            os.getcwd().ok()
        })
    }

    /// CPython's `_get_default_tempdir()` over [`Tempfile::candidate_tempdir_list`].
    ///
    /// # Errors
    ///
    /// See [`Tempfile::get_default_tempdir_from`].
    pub fn get_default_tempdir(&self) -> Result<Vec<u8>> {
        self.get_default_tempdir_from(&self.candidate_tempdir_list())
    }

    /// The probe of `_get_default_tempdir()` over an explicit candidate list (the Python
    /// binding passes the list its `_candidate_tempdir_list` returns, which tests replace).
    ///
    /// Each candidate (made absolute, but `.`) gets up to 100 names (3.13.18+: `TMP_MAX`): a
    /// file is created `O_EXCL|O_NOFOLLOW` with mode 0600, written, closed and removed; the
    /// first directory where that works is the answer. Nothing is cached here (that is
    /// [`Tempfile::gettempdir`]'s).
    ///
    /// # Errors
    ///
    /// `FileNotFoundError(ENOENT, "No usable temporary directory found in [...]")`, with the
    /// repr of every candidate, when none works (an OS error in a directory, a permission
    /// error included, moves to the next one); `ValueError` for a candidate with a NUL (it is
    /// not an OS error, so it propagates, as in CPython).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pytempfile::os::{Call, Fault};
    /// use pytempfile::{ExcClass, FaultyOs, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let good = pytempfile::TemporaryDirectory::new()?;
    /// let t = Tempfile::builder().build();
    /// let list = [b"/nonexistent/a".to_vec(), good.path().as_os_str().as_encoded_bytes().to_vec()];
    /// assert_eq!(t.get_default_tempdir_from(&list)?, list[1]);
    ///
    /// // Every open denied: no candidate is usable.
    /// let os = FaultyOs::new().with_fault(Fault::every(Call::Open, libc::EACCES));
    /// let t = Tempfile::builder().os(Arc::new(os)).build();
    /// let err = t.get_default_tempdir_from(&[b"/tmp".to_vec()]).unwrap_err();
    /// assert_eq!(err.class(), ExcClass::FileNotFoundError);
    /// assert_eq!(err.to_string(), "[Errno 2] No usable temporary directory found in ['/tmp']");
    /// # Ok(()) }
    /// ```
    pub fn get_default_tempdir_from(&self, dirlist: &[Vec<u8>]) -> Result<Vec<u8>> {
        let namer = RandomNameSequence::new();
        let per_dir = if self.version().has(Behaviour::TmpMax20) {
            self.tmp_max()
        } else {
            PROBE_NAMES_PER_DIR as u64
        };
        for candidate in dirlist {
            let dir = if candidate.as_slice() == b"." {
                candidate.clone()
            } else {
                ospath::abspath(self.os(), candidate, self.version())?
            };
            let mut filename = Vec::with_capacity(dir.len() + 1 + crate::names::NAME_LEN);
            for seq in 0..per_dir {
                filename.clear();
                filename.extend_from_slice(&dir);
                ospath::join_into(&mut filename, &namer.next_array());
                match self.probe_one(&filename)? {
                    Probe::Usable => return Ok(dir),
                    Probe::NameTaken => continue,
                    Probe::Denied(e)
                        if self.permission_retries(RetrySite::DefaultTempdir, e, seq, &dir) =>
                    {
                        continue;
                    }
                    Probe::Denied(_) | Probe::Unusable => break,
                }
            }
        }
        let shown: Vec<String> = dirlist.iter().map(|d| pyrepr::str_repr(d)).collect();
        Err(Error::os(
            libc::ENOENT,
            format!(
                "No usable temporary directory found in [{}]",
                shown.join(", ")
            ),
        ))
    }

    /// One attempt of the probe.
    fn probe_one(&self, filename: &[u8]) -> Result<Probe> {
        let os = self.os();
        let c = pypath::cstring_for(filename, "open", PathKind::Str, self.version())?;
        let fd = match os::retry_eintr(|| os.open(&c, flags::BIN_OPENFLAGS, 0o600)) {
            Ok(fd) => fd,
            Err(Errno(libc::EEXIST)) => return Ok(Probe::NameTaken),
            Err(e) if e.is_foreign() => return Err(Error::from_errno(e, None)),
            Err(e) => return Ok(Probe::failed(e)),
        };
        let wrote = os::retry_eintr(|| os.write(fd, b"blat"));
        let closed = os.close(fd);
        let unlinked = os.unlink(&c);
        // Only OS errors move the probe on; anything else propagates (after the cleanup).
        for r in [&wrote.map(|_| ()), &closed, &unlinked] {
            if let Err(e) = r {
                if e.is_foreign() {
                    return Err(Error::from_errno(*e, None));
                }
            }
        }
        // The exception the probe sees is the last one raised (a `finally` replaces it).
        Ok(
            match [&unlinked, &closed, &wrote.map(|_| ())]
                .into_iter()
                .find_map(|r| r.as_ref().err().copied())
            {
                None => Probe::Usable,
                Some(e) => Probe::failed(e),
            },
        )
    }

    /// CPython's `_gettempdir()`: the `tempdir` value, computed on first use.
    ///
    /// # Errors
    ///
    /// The probe's, on first use ([`Tempfile::get_default_tempdir`]).
    pub fn gettempdir_value(&self) -> Result<Arg> {
        let mut tempdir = self.lock_tempdir();
        if let Some(t) = &*tempdir {
            return Ok(t.clone());
        }
        let dir = Arg::Str(self.get_default_tempdir()?);
        *tempdir = Some(dir.clone());
        Ok(dir)
    }

    /// `gettempdir()`: the default directory as a `str` (its file-system bytes).
    ///
    /// The module's `tempdir` if it is set ([`Tempfile::set_tempdir`]), else the probe's answer
    /// ([`Tempfile::get_default_tempdir`]), stored in `tempdir` under its lock, so concurrent
    /// first calls probe once.
    ///
    /// # Errors
    ///
    /// The probe's `FileNotFoundError` (`No usable temporary directory found in [...]`);
    /// `os.fsdecode`'s `TypeError` for an assigned `tempdir` that is not a path.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pytempfile::{Arg, FaultyOs, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let scratch = pytempfile::TemporaryDirectory::new()?;
    /// let os = FaultyOs::new().with_env("TMPDIR", Some(scratch.path().as_os_str().as_encoded_bytes()));
    /// let t = Tempfile::builder().os(Arc::new(os)).build();
    /// assert_eq!(t.gettempdir()?, scratch.path().as_os_str().as_encoded_bytes());
    /// assert!(t.tempdir().is_some()); // cached in `tempdir`
    ///
    /// t.set_tempdir(Some(Arg::other("int"))); // any value may be assigned, as in Python
    /// assert_eq!(t.gettempdir().unwrap_err().to_string(),
    ///            "expected str, bytes or os.PathLike object, not int");
    /// # Ok(()) }
    /// ```
    pub fn gettempdir(&self) -> Result<Vec<u8>> {
        self.gettempdir_bytes()
    }

    /// `gettempdirb()`: the default directory as `bytes`.
    ///
    /// # Errors
    ///
    /// As [`Tempfile::gettempdir`] (`os.fsencode`'s `TypeError` for a `tempdir` that is not a
    /// path).
    pub fn gettempdirb(&self) -> Result<Vec<u8>> {
        self.gettempdir_bytes()
    }

    /// `os.fsdecode(_gettempdir())` / `os.fsencode(_gettempdir())`: both are the value's
    /// file-system bytes (`os.fspath`), copied once under the lock.
    fn gettempdir_bytes(&self) -> Result<Vec<u8>> {
        let mut tempdir = self.lock_tempdir();
        if let Some(t) = &*tempdir {
            return t.fsencode();
        }
        let dir = self.get_default_tempdir()?;
        *tempdir = Some(Arg::Str(dir.clone()));
        Ok(dir)
    }

    /// `gettempprefix()`: `template` as a `str`.
    ///
    /// # Errors
    ///
    /// `TypeError` for a `template` that is not a path (`os.fsdecode`'s).
    ///
    /// # Examples
    ///
    /// ```
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let t = pytempfile::Tempfile::builder().build();
    /// t.set_template("job-");
    /// assert_eq!(t.gettempprefix()?, b"job-");
    /// assert_eq!(t.gettempprefixb()?, b"job-");
    /// # Ok(()) }
    /// ```
    pub fn gettempprefix(&self) -> Result<Vec<u8>> {
        self.template().fsdecode()
    }

    /// `gettempprefixb()`: `template` as `bytes`.
    ///
    /// # Errors
    ///
    /// `TypeError` for a `template` that is not a path (`os.fsencode`'s).
    pub fn gettempprefixb(&self) -> Result<Vec<u8>> {
        self.template().fsencode()
    }
}

enum Probe {
    Usable,
    NameTaken,
    /// A `PermissionError` (next name or next directory: the nt rule decides).
    Denied(Errno),
    Unusable,
}

impl Probe {
    fn failed(e: Errno) -> Probe {
        if ExcClass::for_errno(e.0) == ExcClass::PermissionError {
            Probe::Denied(e)
        } else {
            Probe::Unusable
        }
    }
}
