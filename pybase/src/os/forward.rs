//! [`Forward`]: the one way to write a test double that changes a few calls of the seam and
//! passes every other one on.
//!
//! A double implements [`Forward`] instead of [`Os`]: it names the seam it wraps
//! ([`Forward::inner`]) and overrides only the calls it observes, reroutes, fails or rewrites.
//! Every method of [`Forward`] defaults to the same call on the inner seam, and every type that
//! implements [`Forward`] is an [`Os`].
//!
//! ```
//! use std::ffi::CStr;
//! use std::sync::{Arc, Mutex};
//!
//! use pybase::os::{Forward, LibcOs, Os, RawFd, SysResult};
//!
//! /// Records the flags of every `open`; every other call goes to the real seam unchanged.
//! struct OpenFlags {
//!     flags: Mutex<Vec<i32>>,
//! }
//!
//! impl Forward for OpenFlags {
//!     fn inner(&self) -> &dyn Os {
//!         &LibcOs
//!     }
//!     fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
//!         self.flags.lock().unwrap().push(flags);
//!         LibcOs.open(path, flags, mode)
//!     }
//! }
//!
//! let double = Arc::new(OpenFlags { flags: Mutex::new(Vec::new()) });
//! let os: Arc<dyn Os> = double.clone();
//! assert_eq!(os.getenv("PYBASE_FORWARD_DOC_UNSET"), None); // forwarded
//! assert!(os.open(c"/nonexistent/pybase-forward-doc", 0, 0).is_err()); // recorded
//! assert_eq!(double.flags.lock().unwrap().len(), 1);
//! ```
//!
//! The calls [`Os`] has a default for (`writev`, `scandir`, `lchmod`, `getfullpathname`,
//! `rename`, `rename_noreplace`, `link`, and the file-flag calls `file_flags`, `chflags`,
//! `lchflags`, `fchflags`, `chflagsat_nofollow`) are forwarded too, unless the double sets
//! [`Forward::FORWARD_PROVIDED`] to `false`: then they run [`Os`]'s default over the double
//! itself (a `scandir` is the double's `open`, `read_dir` and `close`), as in an implementation
//! that does not define them.
//!
//! Both `Os` and `Forward` name the same methods: where both traits are in scope, call a
//! double's methods through `Arc<dyn Os>` (as pytempfile does) or as `Os::open(&double, ...)`.

use std::ffi::CStr;
use std::io::IoSlice;

use super::{DirEntry, FileFlags, Os, RawFd, Stat, SysResult, Whence};

/// A seam that passes every call to [`Forward::inner`] except those it overrides. See the
/// module docs.
///
/// # Examples
///
/// A double that makes one directory look full, and passes every other call on:
///
/// ```
/// use std::ffi::CStr;
/// use pybase::os::{Errno, Forward, LibcOs, Os, SysResult};
///
/// struct FullDisk;
///
/// impl Forward for FullDisk {
///     fn inner(&self) -> &dyn Os {
///         &LibcOs
///     }
///     fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
///         if path.to_bytes().starts_with(b"/full/") {
///             return Err(Errno(libc::ENOSPC));
///         }
///         LibcOs.mkdir(path, mode)
///     }
/// }
///
/// let os: &dyn Os = &FullDisk;
/// assert_eq!(os.mkdir(c"/full/x", 0o700), Err(Errno(libc::ENOSPC)));
/// assert_eq!(os.mkdir(c"/nonexistent/x", 0o700), Err(Errno(libc::ENOENT))); // the real call
/// ```
pub trait Forward: Sized + Send + Sync + 'static {
    /// Whether the calls [`Os`] has a default for go to the inner seam (`true`), or run
    /// [`Os`]'s default over this double (`false`), as in an implementation that does not
    /// define them.
    const FORWARD_PROVIDED: bool = true;

    /// The seam every call not overridden goes to.
    fn inner(&self) -> &dyn Os;

    /// [`Os::open`].
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        self.inner().open(path, flags, mode)
    }
    /// [`Os::openat`].
    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        self.inner().openat(dirfd, name, flags, mode)
    }
    /// [`Os::close`].
    fn close(&self, fd: RawFd) -> SysResult<()> {
        self.inner().close(fd)
    }
    /// [`Os::read`].
    fn read(&self, fd: RawFd, buf: &mut [u8]) -> SysResult<usize> {
        self.inner().read(fd, buf)
    }
    /// [`Os::write`].
    fn write(&self, fd: RawFd, buf: &[u8]) -> SysResult<usize> {
        self.inner().write(fd, buf)
    }
    /// [`Os::writev`].
    fn writev(&self, fd: RawFd, bufs: &[IoSlice<'_>]) -> SysResult<usize> {
        if Self::FORWARD_PROVIDED {
            self.inner().writev(fd, bufs)
        } else {
            super::default_writev(self, fd, bufs)
        }
    }
    /// [`Os::lseek`].
    fn lseek(&self, fd: RawFd, offset: i64, whence: Whence) -> SysResult<u64> {
        self.inner().lseek(fd, offset, whence)
    }
    /// [`Os::ftruncate`].
    fn ftruncate(&self, fd: RawFd, len: u64) -> SysResult<()> {
        self.inner().ftruncate(fd, len)
    }
    /// [`Os::fstat`].
    fn fstat(&self, fd: RawFd) -> SysResult<Stat> {
        self.inner().fstat(fd)
    }
    /// [`Os::stat`].
    fn stat(&self, path: &CStr) -> SysResult<Stat> {
        self.inner().stat(path)
    }
    /// [`Os::lstat`].
    fn lstat(&self, path: &CStr) -> SysResult<Stat> {
        self.inner().lstat(path)
    }
    /// [`Os::fstatat`].
    fn fstatat(&self, dirfd: RawFd, name: &CStr, follow: bool) -> SysResult<Stat> {
        self.inner().fstatat(dirfd, name, follow)
    }
    /// [`Os::mkdir`].
    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
        self.inner().mkdir(path, mode)
    }
    /// [`Os::mkdirat`].
    fn mkdirat(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        self.inner().mkdirat(dirfd, name, mode)
    }
    /// [`Os::unlink`].
    fn unlink(&self, path: &CStr) -> SysResult<()> {
        self.inner().unlink(path)
    }
    /// [`Os::unlinkat`].
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        self.inner().unlinkat(dirfd, name, dir)
    }
    /// [`Os::rmdir`].
    fn rmdir(&self, path: &CStr) -> SysResult<()> {
        self.inner().rmdir(path)
    }
    /// [`Os::chmod`].
    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        self.inner().chmod(path, mode)
    }
    /// [`Os::fchmod`].
    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()> {
        self.inner().fchmod(fd, mode)
    }
    /// [`Os::fchmodat_nofollow`].
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        self.inner().fchmodat_nofollow(dirfd, name, mode)
    }
    /// [`Os::read_dir`].
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        self.inner().read_dir(dirfd)
    }
    /// [`Os::getcwd`].
    fn getcwd(&self) -> SysResult<Vec<u8>> {
        self.inner().getcwd()
    }
    /// [`Os::getenv`].
    fn getenv(&self, name: &str) -> Option<Vec<u8>> {
        self.inner().getenv(name)
    }
    /// [`Os::scandir`].
    fn scandir(&self, path: &CStr) -> SysResult<Vec<DirEntry>> {
        if Self::FORWARD_PROVIDED {
            self.inner().scandir(path)
        } else {
            super::default_scandir(self, path)
        }
    }
    /// [`Os::lchmod`].
    fn lchmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        if Self::FORWARD_PROVIDED {
            self.inner().lchmod(path, mode)
        } else {
            super::default_lchmod(self, path, mode)
        }
    }
    /// [`Os::getfullpathname`].
    fn getfullpathname(&self, path: &CStr) -> SysResult<Vec<u8>> {
        if Self::FORWARD_PROVIDED {
            self.inner().getfullpathname(path)
        } else {
            super::default_getfullpathname(path)
        }
    }
    /// [`Os::rename`].
    fn rename(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        if Self::FORWARD_PROVIDED {
            self.inner().rename(old, new)
        } else {
            super::default_rename(old, new)
        }
    }
    /// [`Os::rename_noreplace`].
    fn rename_noreplace(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        if Self::FORWARD_PROVIDED {
            self.inner().rename_noreplace(old, new)
        } else {
            super::default_rename_noreplace(old, new)
        }
    }
    /// [`Os::link`].
    fn link(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        if Self::FORWARD_PROVIDED {
            self.inner().link(old, new)
        } else {
            super::default_link(old, new)
        }
    }
    /// [`Os::file_flags`].
    fn file_flags(&self) -> FileFlags {
        if Self::FORWARD_PROVIDED {
            self.inner().file_flags()
        } else {
            FileFlags::Absent
        }
    }
    /// [`Os::chflags`].
    fn chflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        if Self::FORWARD_PROVIDED {
            self.inner().chflags(path, flags)
        } else {
            super::default_enosys()
        }
    }
    /// [`Os::lchflags`].
    fn lchflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        if Self::FORWARD_PROVIDED {
            self.inner().lchflags(path, flags)
        } else {
            super::default_enosys()
        }
    }
    /// [`Os::fchflags`].
    fn fchflags(&self, fd: RawFd, flags: u32) -> SysResult<()> {
        if Self::FORWARD_PROVIDED {
            self.inner().fchflags(fd, flags)
        } else {
            super::default_enosys()
        }
    }
    /// [`Os::chflagsat_nofollow`].
    fn chflagsat_nofollow(&self, dirfd: RawFd, name: &CStr, flags: u32) -> SysResult<()> {
        if Self::FORWARD_PROVIDED {
            self.inner().chflagsat_nofollow(dirfd, name, flags)
        } else {
            super::default_enosys()
        }
    }
}

impl<F: Forward> Os for F {
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        Forward::open(self, path, flags, mode)
    }
    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        Forward::openat(self, dirfd, name, flags, mode)
    }
    fn close(&self, fd: RawFd) -> SysResult<()> {
        Forward::close(self, fd)
    }
    fn read(&self, fd: RawFd, buf: &mut [u8]) -> SysResult<usize> {
        Forward::read(self, fd, buf)
    }
    fn write(&self, fd: RawFd, buf: &[u8]) -> SysResult<usize> {
        Forward::write(self, fd, buf)
    }
    fn writev(&self, fd: RawFd, bufs: &[IoSlice<'_>]) -> SysResult<usize> {
        Forward::writev(self, fd, bufs)
    }
    fn lseek(&self, fd: RawFd, offset: i64, whence: Whence) -> SysResult<u64> {
        Forward::lseek(self, fd, offset, whence)
    }
    fn ftruncate(&self, fd: RawFd, len: u64) -> SysResult<()> {
        Forward::ftruncate(self, fd, len)
    }
    fn fstat(&self, fd: RawFd) -> SysResult<Stat> {
        Forward::fstat(self, fd)
    }
    fn stat(&self, path: &CStr) -> SysResult<Stat> {
        Forward::stat(self, path)
    }
    fn lstat(&self, path: &CStr) -> SysResult<Stat> {
        Forward::lstat(self, path)
    }
    fn fstatat(&self, dirfd: RawFd, name: &CStr, follow: bool) -> SysResult<Stat> {
        Forward::fstatat(self, dirfd, name, follow)
    }
    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
        Forward::mkdir(self, path, mode)
    }
    fn mkdirat(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        Forward::mkdirat(self, dirfd, name, mode)
    }
    fn unlink(&self, path: &CStr) -> SysResult<()> {
        Forward::unlink(self, path)
    }
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        Forward::unlinkat(self, dirfd, name, dir)
    }
    fn rmdir(&self, path: &CStr) -> SysResult<()> {
        Forward::rmdir(self, path)
    }
    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        Forward::chmod(self, path, mode)
    }
    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()> {
        Forward::fchmod(self, fd, mode)
    }
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        Forward::fchmodat_nofollow(self, dirfd, name, mode)
    }
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        Forward::read_dir(self, dirfd)
    }
    fn getcwd(&self) -> SysResult<Vec<u8>> {
        Forward::getcwd(self)
    }
    fn getenv(&self, name: &str) -> Option<Vec<u8>> {
        Forward::getenv(self, name)
    }
    fn scandir(&self, path: &CStr) -> SysResult<Vec<DirEntry>> {
        Forward::scandir(self, path)
    }
    fn lchmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        Forward::lchmod(self, path, mode)
    }
    fn getfullpathname(&self, path: &CStr) -> SysResult<Vec<u8>> {
        Forward::getfullpathname(self, path)
    }
    fn rename(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        Forward::rename(self, old, new)
    }
    fn rename_noreplace(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        Forward::rename_noreplace(self, old, new)
    }
    fn link(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        Forward::link(self, old, new)
    }
    fn file_flags(&self) -> FileFlags {
        Forward::file_flags(self)
    }
    fn chflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        Forward::chflags(self, path, flags)
    }
    fn lchflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        Forward::lchflags(self, path, flags)
    }
    fn fchflags(&self, fd: RawFd, flags: u32) -> SysResult<()> {
        Forward::fchflags(self, fd, flags)
    }
    fn chflagsat_nofollow(&self, dirfd: RawFd, name: &CStr, flags: u32) -> SysResult<()> {
        Forward::chflagsat_nofollow(self, dirfd, name, flags)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    use super::*;
    use crate::os::{Call, Errno, FaultyOs};

    /// Over a counting seam: counts its own `open`s, every call reaches the counting seam.
    struct Opens<const PROVIDED: bool> {
        inner: Arc<FaultyOs>,
        opens: AtomicU64,
    }

    impl<const PROVIDED: bool> Forward for Opens<PROVIDED> {
        const FORWARD_PROVIDED: bool = PROVIDED;
        fn inner(&self) -> &dyn Os {
            &*self.inner
        }
        fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
            self.opens.fetch_add(1, Ordering::Relaxed);
            self.inner.open(path, flags, mode)
        }
    }

    fn opens<const PROVIDED: bool>() -> Opens<PROVIDED> {
        Opens {
            inner: Arc::new(FaultyOs::new()),
            opens: AtomicU64::new(0),
        }
    }

    #[test]
    fn every_call_not_overridden_reaches_the_inner_seam() {
        let d = opens::<true>();
        let os: &dyn Os = &d;
        assert!(os.stat(c"/").is_ok());
        assert!(os.lstat(c"/").is_ok());
        assert_eq!(os.getenv("PYBASE_FORWARD_TEST_UNSET"), None);
        assert_eq!(
            os.rename(c"/nonexistent-pybase-a", c"/nonexistent-pybase-b"),
            Err(Errno(libc::ENOENT))
        );
        assert_eq!(d.inner.count(Call::Stat), 1);
        assert_eq!(d.inner.count(Call::Lstat), 1);
        assert_eq!(d.inner.count(Call::Getenv), 1);
        assert_eq!(d.inner.count(Call::Rename), 1);
        assert_eq!(d.opens.load(Ordering::Relaxed), 0);
    }

    #[cfg(unix)]
    #[test]
    fn a_provided_call_is_forwarded_or_runs_the_default_over_the_double() {
        // Forwarded: the inner seam's scandir, which the double's open never sees.
        let d = opens::<true>();
        assert!(Os::scandir(&d, c"/").is_ok());
        assert_eq!(d.opens.load(Ordering::Relaxed), 0);
        assert_eq!(d.inner.count(Call::ReadDir), 1);
        // The default: the double's own open, then read_dir and close, forwarded.
        let d = opens::<false>();
        assert!(Os::scandir(&d, c"/").is_ok());
        assert_eq!(d.opens.load(Ordering::Relaxed), 1);
        assert_eq!(d.inner.count(Call::Open), 1);
        assert_eq!(d.inner.count(Call::ReadDir), 1);
        assert_eq!(d.inner.count(Call::Close), 1);
        // rename_noreplace's default is ENOSYS, whatever the inner seam could do.
        assert_eq!(
            Os::rename_noreplace(&d, c"/nonexistent-pybase-a", c"/nonexistent-pybase-b"),
            Err(Errno(libc::ENOSYS))
        );
        assert_eq!(d.inner.count(Call::RenameNoreplace), 0);
    }

    #[test]
    fn the_file_flag_calls_are_forwarded_or_absent() {
        use crate::os::FileFlags;
        // Forwarded: the inner seam answers (and counts the calls).
        let inner = Arc::new(FaultyOs::new().with_file_flags(FileFlags::Lchflags));
        let d = Opens::<true> {
            inner: inner.clone(),
            opens: AtomicU64::new(0),
        };
        assert_eq!(Os::file_flags(&d), FileFlags::Lchflags);
        let _ = Os::lchflags(&d, c"/nonexistent-pybase-flags", 0);
        let _ = Os::chflags(&d, c"/nonexistent-pybase-flags", 0);
        let _ = Os::fchflags(&d, -1, 0);
        let _ = Os::chflagsat_nofollow(&d, -1, c"x", 0);
        assert_eq!(inner.count(Call::Lchflags), 1);
        assert_eq!(inner.count(Call::Chflags), 1);
        assert_eq!(inner.count(Call::Fchflags), 1);
        assert_eq!(inner.count(Call::Chflagsat), 1);
        // Not forwarded: an `os` without chflags, whatever the inner seam has.
        let d = Opens::<false> {
            inner: inner.clone(),
            opens: AtomicU64::new(0),
        };
        assert_eq!(Os::file_flags(&d), FileFlags::Absent);
        assert_eq!(Os::lchflags(&d, c"/x", 0), Err(Errno(libc::ENOSYS)));
        assert_eq!(
            Os::chflagsat_nofollow(&d, -1, c"x", 0),
            Err(Errno(libc::ENOSYS))
        );
        assert_eq!(inner.count(Call::Lchflags), 1);
        assert_eq!(inner.count(Call::Chflagsat), 1);
    }
}
