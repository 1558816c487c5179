//! `TemporaryDirectory`'s cleanup on Windows: CPython's `TemporaryDirectory._rmtree` with the
//! `shutil.rmtree` of the nt branch (`_rmtree_unsafe`: by path, as Windows has no
//! descriptor-relative calls), release by release. [`Tempfile::rmtree`] uses it on Windows;
//! it runs on any platform ([`Tempfile::rmtree_by_path`]), so its logic is tested on Linux too.
//!
//! `shutil.rmtree(path)` on nt:
//! - the top must not be a link: a symlink or a junction raises `OSError("Cannot call rmtree
//!   on a symbolic link")` to the handler, and nothing is removed (3.13+: an `lstat` error
//!   goes to the handler first);
//! - 3.10–3.12 walk top-down: `scandir`, a real directory (not a symlink, not a junction) is
//!   walked, anything else is `unlink`ed, then the directory is `rmdir`ed;
//! - 3.13+ walk bottom-up (`os.walk(topdown=False)` with links as files): each directory's
//!   subdirectories are walked and `rmdir`ed, then its other entries `unlink`ed; a vanished
//!   entry is skipped; the top is `rmdir`ed last.
//!
//! Junctions are never followed: listed as junctions, they are removed as entries (the seam's
//! `unlink` removes a directory link with `RemoveDirectoryW`, never its target), and a
//! junction that cannot be removed is never walked (3.12+: `os.path.isjunction`).
//!
//! The handler (`onerror` before 3.12, `onexc` after; [`Behaviour::CleanupNoFollow`],
//! [`Behaviour::CleanupDirFd`]) on a `PermissionError` (3.13.18+: or `IsADirectoryError`):
//! clear the read-only attribute of the entry's directory (below the top) and of the entry
//! (`chmod(0o700)`; on nt it acts on a link itself, never its target: CPython's
//! `_dont_follow_symlinks` there has no `islink` check), then `unlink` it again; if that is
//! refused because it is a directory, remove it with a fresh `_rmtree` (3.12+: only a real
//! directory, not a junction, else the error is raised; with the `repeated` guard). A vanished
//! entry is no error; anything else is raised unless `ignore_cleanup_errors`.
//!
//! Divergences (docs/divergences.md): a `chmod` error is ignored with `ignore_cleanup_errors` (CPython lets
//! it escape); 3.10/3.11 get the `repeated` guard too (where CPython recurses until
//! `RecursionError`, this raises the `PermissionError`, as 3.12 does); the `is_symlink`
//! re-check of a listed directory (a race) is not repeated.

use crate::args::{PathKind, PyPath};
use crate::error::{Error, ExcClass, Result};
use crate::module::Tempfile;
use crate::os::{Errno, FileType, Os, Stat};
use crate::ospath;
use crate::pypath;
use crate::version::{Behaviour, PyVersion};

impl Tempfile {
    /// `TemporaryDirectory._rmtree(name, ignore_errors)` as CPython runs it on Windows (see
    /// the module docs): the cleanup [`Tempfile::rmtree`] uses there. Missing `name` is not an
    /// error. Paths are joined with the host's `os.path.join`.
    pub fn rmtree_by_path(&self, name: &PyPath, ignore_errors: bool) -> Result<()> {
        let walk = ByPath {
            module: self,
            os: self.os(),
            version: self.version(),
            ignore: ignore_errors,
        };
        walk.tempdir_rmtree(name.as_bytes(), false)
    }
}

/// A directory's entries as full paths: its real subdirectories, and everything else.
type Listing = (Vec<Vec<u8>>, Vec<Vec<u8>>);

struct ByPath<'a> {
    module: &'a Tempfile,
    os: &'a dyn Os,
    version: PyVersion,
    ignore: bool,
}

/// One `TemporaryDirectory._rmtree` call: the `name` its handler compares paths with, and
/// whether it is a repeated call for that name.
#[derive(Clone, Copy)]
struct Call<'p> {
    name: &'p [u8],
    repeated: bool,
}

impl ByPath<'_> {
    /// `TemporaryDirectory._rmtree(name, ignore_errors, repeated)`.
    fn tempdir_rmtree(&self, name: &[u8], repeated: bool) -> Result<()> {
        self.module.audit("shutil.rmtree", PathKind::Str, name);
        let call = Call { name, repeated };
        self.shutil_rmtree(name, call)
    }

    fn cstr(&self, p: &[u8], func: &str) -> Result<std::ffi::CString> {
        pypath::cstring_for(p, func, PathKind::Str, self.version)
    }

    fn lstat(&self, p: &[u8]) -> Result<std::result::Result<Stat, Errno>> {
        let c = self.cstr(p, "lstat")?;
        Ok(self.os.lstat(&c))
    }

    /// `shutil.rmtree(path, onexc=...)` on nt.
    fn shutil_rmtree(&self, path: &[u8], call: Call<'_>) -> Result<()> {
        let st = match self.lstat(path)? {
            Ok(st) => Some(st),
            Err(e) if self.version.has(Behaviour::RmtreeStack) => {
                return self.onexc(call, path, pypath::os_error(e, path, false));
            }
            // 3.10–3.12: `_rmtree_islink(path)` is false when `lstat` fails.
            Err(_) => None,
        };
        if st.is_some_and(|st| st.file_type() == FileType::Symlink || st.is_junction()) {
            let err = Error::os_message("Cannot call rmtree on a symbolic link");
            return self.onexc(call, path, err);
        }
        if self.version.has(Behaviour::RmtreeStack) {
            self.walk_bottom_up(path, call)?;
            return self.rmdir(path, call, true);
        }
        self.walk_top_down(path, call)
    }

    /// The entries of `dir` that are real directories, and the others (links and junctions
    /// are not directories here).
    fn list(&self, dir: &[u8]) -> Result<std::result::Result<Listing, Errno>> {
        let c = self.cstr(dir, "scandir")?;
        let entries = match self.os.scandir(&c) {
            Ok(e) => e,
            Err(e) => return Ok(Err(e)),
        };
        let (mut dirs, mut others) = (Vec::new(), Vec::new());
        for entry in entries {
            let full = ospath::join(dir, &entry.name);
            let kind = match entry.file_type {
                // The listing did not say: `DirEntry.is_dir()` stats the entry.
                FileType::Unknown => match self.lstat(&full)? {
                    Ok(st) if st.is_junction() => FileType::Junction,
                    Ok(st) => st.file_type(),
                    Err(_) => FileType::Unknown,
                },
                t => t,
            };
            if kind == FileType::Directory {
                dirs.push(full);
            } else {
                others.push(full);
            }
        }
        Ok(Ok((dirs, others)))
    }

    /// 3.10–3.12 `_rmtree_unsafe`: top-down, recursive.
    fn walk_top_down(&self, path: &[u8], call: Call<'_>) -> Result<()> {
        let (dirs, others) = match self.list(path)? {
            Ok(lists) => lists,
            Err(e) => {
                self.onexc(call, path, pypath::os_error(e, path, false))?;
                (Vec::new(), Vec::new())
            }
        };
        for dir in &dirs {
            self.walk_top_down(dir, call)?;
        }
        for other in &others {
            self.unlink(other, call, false)?;
        }
        self.rmdir(path, call, false)
    }

    /// 3.13+ `_rmtree_unsafe`: `os.walk(path, topdown=False)` with links as files.
    fn walk_bottom_up(&self, dir: &[u8], call: Call<'_>) -> Result<()> {
        let (dirs, others) = match self.list(dir)? {
            Ok(lists) => lists,
            Err(e) if e.0 == libc::ENOENT => return Ok(()),
            Err(e) => {
                return self.onexc(call, dir, pypath::os_error(e, dir, false));
            }
        };
        for sub in &dirs {
            self.walk_bottom_up(sub, call)?;
        }
        for sub in &dirs {
            self.rmdir(sub, call, true)?;
        }
        for other in &others {
            self.unlink(other, call, true)?;
        }
        Ok(())
    }

    /// `os.rmdir(path)`, its error to the handler (3.13+: a vanished directory is skipped).
    fn rmdir(&self, path: &[u8], call: Call<'_>, skip_missing: bool) -> Result<()> {
        let c = self.cstr(path, "rmdir")?;
        match self.os.rmdir(&c) {
            Ok(()) => Ok(()),
            Err(e) if skip_missing && e.0 == libc::ENOENT => Ok(()),
            Err(e) => self.onexc(call, path, pypath::os_error(e, path, false)),
        }
    }

    /// `os.unlink(path)`, its error to the handler (3.13+: a vanished entry is skipped).
    fn unlink(&self, path: &[u8], call: Call<'_>, skip_missing: bool) -> Result<()> {
        let c = self.cstr(path, "unlink")?;
        match self.os.unlink(&c) {
            Ok(()) => Ok(()),
            Err(e) if skip_missing && e.0 == libc::ENOENT => Ok(()),
            Err(e) => self.onexc(call, path, pypath::os_error(e, path, false)),
        }
    }

    /// `TemporaryDirectory._rmtree`'s handler for an error `err` on `path`.
    /// (CPython also passes the failing function; its handler never looks at it.)
    fn onexc(&self, call: Call<'_>, path: &[u8], err: Error) -> Result<()> {
        let class = err.class();
        let dir_fd_rules = self.version.has(Behaviour::CleanupDirFd);
        let handled = class == ExcClass::PermissionError
            || (dir_fd_rules && class == ExcClass::IsADirectoryError);
        if !handled {
            return if class == ExcClass::FileNotFoundError {
                Ok(())
            } else {
                self.fail(err)
            };
        }
        // The `repeated` guard (3.12+; here in every release: see the module docs).
        if call.repeated && path == call.name {
            return self.fail(err);
        }
        match self.reset_and_unlink(call, path) {
            Ok(()) => Ok(()),
            Err(e) if e.class() == ExcClass::FileNotFoundError => Ok(()),
            Err(e) if dir_fd_rules && e.class().is_os_error() => self.fail(e),
            Err(e) => Err(e),
        }
    }

    /// The handler's `try` block: reset the read-only attributes, unlink again, and remove a
    /// directory that refuses `unlink` with a fresh `_rmtree`.
    fn reset_and_unlink(&self, call: Call<'_>, path: &[u8]) -> Result<()> {
        if path != call.name {
            self.resetperms(ospath::dirname(path))?;
        }
        self.resetperms(path)?;
        let c = self.cstr(path, "unlink")?;
        let e = match self.os.unlink(&c) {
            Ok(()) => return Ok(()),
            Err(e) => e,
        };
        let err = pypath::os_error(e, path, false);
        let repeated = path == call.name;
        match err.class() {
            ExcClass::IsADirectoryError => self.tempdir_rmtree(path, repeated),
            ExcClass::PermissionError => {
                if self.version.has(Behaviour::CleanupNoFollow) {
                    let is_dir = pypath::isdir(self.os, path);
                    let junction = self.lstat(path)?.is_ok_and(|st| st.is_junction());
                    if !is_dir || junction {
                        return self.fail(err);
                    }
                }
                self.tempdir_rmtree(path, repeated)
            }
            _ => Err(err),
        }
    }

    /// `_resetperms(path)` on nt: `chmod(path, 0o700)` on the entry itself (a link's own
    /// read-only attribute, never its target's). Errors other than a vanished entry are raised
    /// unless ignored.
    fn resetperms(&self, path: &[u8]) -> Result<()> {
        let c = self.cstr(path, "chmod")?;
        match self.os.lchmod(&c, 0o700) {
            Ok(()) => Ok(()),
            // On a POSIX host a symlink's own mode cannot be set: it is left alone (the walk
            // runs there only in tests).
            Err(e) if cfg!(unix) && (e.0 == libc::EOPNOTSUPP || e.0 == libc::ELOOP) => Ok(()),
            Err(e) if e.0 == libc::ENOENT => Err(pypath::os_error(e, path, false)),
            Err(e) => self.fail(pypath::os_error(e, path, false)),
        }
    }

    /// Raise `err`, or ignore it with `ignore_cleanup_errors` (a foreign failure is never
    /// ignored).
    fn fail(&self, err: Error) -> Result<()> {
        if self.ignore && err.class() != ExcClass::Foreign {
            Ok(())
        } else {
            Err(err)
        }
    }
}
