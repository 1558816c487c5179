//! [`LibcOs`] on Unix: the real system calls, and the few process-level helpers (fork
//! detection, fork for tests, umask, capabilities) that need `unsafe`. With `windows_os.rs`,
//! its Windows counterpart, the crate's only `unsafe`.
//!
//! Every `unsafe` block passes pointers that come from live Rust borrows (`&CStr`, `&[u8]`,
//! `&mut [u8]`, stack structs) and lengths taken from the same borrows, and reads results only
//! after checking the call's return value.
//!
//! Linux is the platform the crate is tested on; macOS and FreeBSD are type-checked
//! (`scripts/cross-check.sh`) and tested natively in CI. What differs there, each gated by
//! `cfg`: `mode_t` is 16 bits (and `struct stat`'s field widths differ); directories are listed
//! with `fdopendir`/`readdir` (`getdents64` is Linux's); `fchmodat(AT_SYMLINK_NOFOLLOW)` is the
//! kernel's own (Linux needs `fchmodat2`, or glibc's emulation); there is no
//! `renameat2(RENAME_NOREPLACE)` (the trait's `ENOSYS` default: `persist_noclobber` falls back
//! to `link` + `unlink`) and no `O_TMPFILE`; and there are file flags (`chflags`, `lchflags`,
//! `fchflags`, and a race-free `chflagsat_nofollow`: `chflagsat` on FreeBSD, `setattrlistat` on
//! macOS). The Linux-only helpers (`link_fd` over `/proc/self/fd`, `open_fd_count`,
//! `drop_dac_override` over `capset`) exist only there.

use std::ffi::CStr;
use std::os::fd::RawFd;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::{DirEntry, Errno, FileFlags, FileType, Os, Stat, SysResult, Whence};

/// The real system calls, over `libc`. Zero-sized; `Arc<LibcOs>` costs one allocation.
///
/// # Errors
///
/// Each call returns the C call's `errno` unchanged; see [`Os`] for the contract.
///
/// # Security
///
/// `open` and `openat` add `O_CLOEXEC` to the caller's flags; `fchmodat_nofollow` uses
/// `fchmodat(AT_SYMLINK_NOFOLLOW)` and so never changes the mode of a symlink's target.
///
/// # Examples
///
/// ```
/// use pybase::os::{flags, is_cloexec, LibcOs, Os};
///
/// let path = std::env::temp_dir().join(format!("pybase-libcos-doc-{}", std::process::id()));
/// let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
/// let fd = LibcOs.open(&c, flags::O_RDWR | flags::O_CREAT | flags::O_EXCL, 0o600).unwrap();
/// assert!(is_cloexec(fd).unwrap()); // added by the seam: not inherited across exec
/// LibcOs.close(fd).unwrap();
/// LibcOs.unlink(&c).unwrap();
/// assert_eq!(LibcOs.unlink(&c).unwrap_err().0, libc::ENOENT);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct LibcOs;

fn last_errno() -> Errno {
    Errno(
        std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO),
    )
}

fn check(ret: libc::c_int) -> SysResult<()> {
    if ret == -1 { Err(last_errno()) } else { Ok(()) }
}

fn check_fd(ret: libc::c_int) -> SysResult<RawFd> {
    if ret == -1 {
        Err(last_errno())
    } else {
        Ok(ret)
    }
}

fn check_len(ret: libc::ssize_t) -> SysResult<usize> {
    usize::try_from(ret).map_err(|_| last_errno())
}

// The field widths of `struct stat` differ by platform (`dev_t` is `i32` on macOS, `mode_t`
// 16 bits on macOS and FreeBSD, `nlink_t` 16 bits on macOS): the casts widen, and are no-ops
// on Linux.
#[allow(clippy::unnecessary_cast)]
fn stat_from(st: &libc::stat) -> Stat {
    Stat {
        dev: st.st_dev as u64,
        ino: st.st_ino as u64,
        mode: st.st_mode as u32,
        nlink: st.st_nlink as u64,
        uid: st.st_uid,
        size: u64::try_from(st.st_size).unwrap_or(0),
        file_attributes: 0,
        reparse_tag: 0,
    }
}

/// A mode for a C call taking `mode_t`: 32 bits on Linux, 16 on macOS and FreeBSD, where the
/// bits above are dropped as C drops them from the `int` CPython passes.
#[allow(clippy::unnecessary_cast)]
fn c_mode(mode: u32) -> libc::mode_t {
    mode as libc::mode_t
}

/// File flags for a C call: `unsigned int` on macOS.
#[cfg(target_os = "macos")]
fn c_flags(flags: u32) -> libc::c_uint {
    flags
}

/// File flags for a C call: `unsigned long` on FreeBSD (`fflags_t`, `st_flags`, is 32 bits).
#[cfg(target_os = "freebsd")]
fn c_flags(flags: u32) -> libc::c_ulong {
    libc::c_ulong::from(flags)
}

fn zeroed_stat() -> libc::stat {
    // SAFETY: `struct stat` is plain old data; all-zero bytes are a valid value.
    unsafe { std::mem::zeroed() }
}

impl Os for LibcOs {
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        // SAFETY: `path` is a valid NUL-terminated string borrowed for the call.
        check_fd(unsafe { libc::open(path.as_ptr(), flags | libc::O_CLOEXEC, mode) })
    }

    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        // SAFETY: `name` is a valid NUL-terminated string; a bad `dirfd` only yields EBADF.
        check_fd(unsafe { libc::openat(dirfd, name.as_ptr(), flags | libc::O_CLOEXEC, mode) })
    }

    fn close(&self, fd: RawFd) -> SysResult<()> {
        // SAFETY: closing an integer descriptor has no memory-safety requirement.
        check(unsafe { libc::close(fd) })
    }

    fn read(&self, fd: RawFd, buf: &mut [u8]) -> SysResult<usize> {
        // SAFETY: `buf` is a live, writable buffer of `buf.len()` bytes.
        check_len(unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) })
    }

    fn write(&self, fd: RawFd, buf: &[u8]) -> SysResult<usize> {
        // SAFETY: `buf` is a live buffer of `buf.len()` bytes.
        check_len(unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) })
    }

    fn writev(&self, fd: RawFd, bufs: &[std::io::IoSlice<'_>]) -> SysResult<usize> {
        // IoSlice is ABI-compatible with `struct iovec` on Unix; the kernel caps the count.
        let count = libc::c_int::try_from(bufs.len().min(1024)).unwrap_or(1024);
        // SAFETY: `bufs` is a live slice of IoSlice (layout of iovec), each pointing at a live
        // buffer of its length; `count` does not exceed the slice length.
        check_len(unsafe { libc::writev(fd, bufs.as_ptr().cast(), count) })
    }

    fn lseek(&self, fd: RawFd, offset: i64, whence: Whence) -> SysResult<u64> {
        let whence = match whence {
            Whence::Set => libc::SEEK_SET,
            Whence::Cur => libc::SEEK_CUR,
            Whence::End => libc::SEEK_END,
        };
        // SAFETY: no pointers are involved.
        let ret = unsafe { libc::lseek(fd, offset, whence) };
        u64::try_from(ret).map_err(|_| last_errno())
    }

    fn ftruncate(&self, fd: RawFd, len: u64) -> SysResult<()> {
        let len = i64::try_from(len).map_err(|_| Errno(libc::EFBIG))?;
        // SAFETY: no pointers are involved.
        check(unsafe { libc::ftruncate(fd, len) })
    }

    fn fstat(&self, fd: RawFd) -> SysResult<Stat> {
        let mut st = zeroed_stat();
        // SAFETY: `st` is a live, writable `struct stat`.
        check(unsafe { libc::fstat(fd, &mut st) })?;
        Ok(stat_from(&st))
    }

    fn stat(&self, path: &CStr) -> SysResult<Stat> {
        let mut st = zeroed_stat();
        // SAFETY: `path` is NUL-terminated; `st` is a live, writable `struct stat`.
        check(unsafe { libc::stat(path.as_ptr(), &mut st) })?;
        Ok(stat_from(&st))
    }

    fn lstat(&self, path: &CStr) -> SysResult<Stat> {
        let mut st = zeroed_stat();
        // SAFETY: `path` is NUL-terminated; `st` is a live, writable `struct stat`.
        check(unsafe { libc::lstat(path.as_ptr(), &mut st) })?;
        Ok(stat_from(&st))
    }

    fn fstatat(&self, dirfd: RawFd, name: &CStr, follow: bool) -> SysResult<Stat> {
        let mut st = zeroed_stat();
        let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        // SAFETY: `name` is NUL-terminated; `st` is a live, writable `struct stat`.
        check(unsafe { libc::fstatat(dirfd, name.as_ptr(), &mut st, flags) })?;
        Ok(stat_from(&st))
    }

    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
        // SAFETY: `path` is NUL-terminated.
        check(unsafe { libc::mkdir(path.as_ptr(), c_mode(mode)) })
    }

    fn mkdirat(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        // SAFETY: `name` is NUL-terminated.
        check(unsafe { libc::mkdirat(dirfd, name.as_ptr(), c_mode(mode)) })
    }

    fn unlink(&self, path: &CStr) -> SysResult<()> {
        // SAFETY: `path` is NUL-terminated.
        check(unsafe { libc::unlink(path.as_ptr()) })
    }

    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        let flags = if dir { libc::AT_REMOVEDIR } else { 0 };
        // SAFETY: `name` is NUL-terminated.
        check(unsafe { libc::unlinkat(dirfd, name.as_ptr(), flags) })
    }

    fn rmdir(&self, path: &CStr) -> SysResult<()> {
        // SAFETY: `path` is NUL-terminated.
        check(unsafe { libc::rmdir(path.as_ptr()) })
    }

    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        // SAFETY: `path` is NUL-terminated.
        check(unsafe { libc::chmod(path.as_ptr(), c_mode(mode)) })
    }

    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()> {
        // SAFETY: no pointers are involved.
        check(unsafe { libc::fchmod(fd, c_mode(mode)) })
    }

    #[cfg(target_os = "linux")]
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        // fchmodat2 (Linux 6.6+) honours AT_SYMLINK_NOFOLLOW in the kernel, in one call.
        // SAFETY: `name` is NUL-terminated; the remaining arguments are integers.
        let ret = unsafe {
            libc::syscall(
                libc::SYS_fchmodat2,
                dirfd,
                name.as_ptr(),
                mode,
                libc::AT_SYMLINK_NOFOLLOW,
            )
        };
        if ret == 0 {
            return Ok(());
        }
        let err = last_errno();
        if err.0 != libc::ENOSYS {
            return Err(err);
        }
        // Older kernels: glibc emulates AT_SYMLINK_NOFOLLOW with an O_PATH descriptor, which is
        // race-free too (it refuses symlinks with EOPNOTSUPP).
        // SAFETY: `name` is NUL-terminated.
        check(unsafe { libc::fchmodat(dirfd, name.as_ptr(), mode, libc::AT_SYMLINK_NOFOLLOW) })
    }

    #[cfg(not(target_os = "linux"))]
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        // macOS and the BSDs honour AT_SYMLINK_NOFOLLOW in the kernel (lchmod semantics: a
        // symlink's own mode is changed, never its target's, as CPython's
        // `chmod(follow_symlinks=False)` does there).
        // SAFETY: `name` is NUL-terminated; the remaining arguments are integers.
        check(unsafe {
            libc::fchmodat(
                dirfd,
                name.as_ptr(),
                c_mode(mode),
                libc::AT_SYMLINK_NOFOLLOW,
            )
        })
    }

    #[cfg(target_os = "linux")]
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        let mut entries = Vec::new();
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            // SAFETY: `buf` is a live, writable buffer of `buf.len()` bytes.
            let ret =
                unsafe { libc::syscall(libc::SYS_getdents64, dirfd, buf.as_mut_ptr(), buf.len()) };
            let n = usize::try_from(ret).map_err(|_| last_errno())?;
            if n == 0 {
                return Ok(entries);
            }
            parse_dirents(&buf[..n], &mut entries);
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        // readdir over a duplicate of the descriptor: closedir closes the descriptor it was
        // given, and `dirfd` stays the caller's.
        // SAFETY: F_DUPFD_CLOEXEC takes an integer argument; no pointers.
        let dup = check_fd(unsafe { libc::fcntl(dirfd, libc::F_DUPFD_CLOEXEC, 0) })?;
        // SAFETY: `dup` is an open descriptor owned here; fdopendir takes it over on success.
        let dir = unsafe { libc::fdopendir(dup) };
        if dir.is_null() {
            let err = last_errno();
            // SAFETY: fdopendir failed, so `dup` is still ours to close.
            unsafe { libc::close(dup) };
            return Err(err);
        }
        // The duplicate shares its offset with `dirfd`: list from the start.
        // SAFETY: `dir` is the valid stream fdopendir returned.
        unsafe { libc::rewinddir(dir) };
        let mut entries = Vec::new();
        let listed = loop {
            // SAFETY: errno is the calling thread's; clearing it tells the end of the
            // directory (null, errno 0) from an error (null, errno set).
            unsafe { *errno_location() = 0 };
            // SAFETY: `dir` is valid until closedir below.
            let ent = unsafe { libc::readdir(dir) };
            if ent.is_null() {
                let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                break if errno == 0 {
                    Ok(())
                } else {
                    Err(Errno(errno))
                };
            }
            // SAFETY: `ent` points to the entry readdir returned, valid until the next readdir
            // on `dir`; its `d_name` is NUL-terminated. The name is copied before that.
            let (name, d_type) = unsafe {
                (
                    CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes().to_vec(),
                    (*ent).d_type,
                )
            };
            if name != b"." && name != b".." {
                entries.push(DirEntry {
                    name,
                    file_type: file_type_of(d_type),
                });
            }
        };
        // SAFETY: `dir` is valid and closed once; closedir closes `dup`.
        unsafe { libc::closedir(dir) };
        listed.map(|()| entries)
    }

    fn getcwd(&self) -> SysResult<Vec<u8>> {
        std::env::current_dir()
            .map(|p| p.into_os_string().into_encoded_bytes())
            .map_err(|e| Errno(e.raw_os_error().unwrap_or(libc::ENOENT)))
    }

    fn getenv(&self, name: &str) -> Option<Vec<u8>> {
        std::env::var_os(name).map(|v| v.into_encoded_bytes())
    }

    fn rename(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        // SAFETY: both paths are NUL-terminated strings borrowed for the call.
        check(unsafe { libc::rename(old.as_ptr(), new.as_ptr()) })
    }

    #[cfg(target_os = "linux")]
    fn rename_noreplace(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        // Through syscall(2), not glibc's wrapper (2.28+), so that an old C library still gets
        // the kernel's answer (ENOSYS only from kernels before 3.15).
        // SAFETY: both paths are NUL-terminated strings borrowed for the call; the remaining
        // arguments are integers.
        let ret = unsafe {
            libc::syscall(
                libc::SYS_renameat2,
                libc::AT_FDCWD,
                old.as_ptr(),
                libc::AT_FDCWD,
                new.as_ptr(),
                libc::RENAME_NOREPLACE,
            )
        };
        if ret == 0 { Ok(()) } else { Err(last_errno()) }
    }

    fn link(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        // linkat without AT_SYMLINK_FOLLOW: a symlink at `old` is linked itself, never followed
        // (what link(2) does on Linux, stated rather than left to the platform).
        // SAFETY: both paths are NUL-terminated strings borrowed for the call.
        check(unsafe {
            libc::linkat(
                libc::AT_FDCWD,
                old.as_ptr(),
                libc::AT_FDCWD,
                new.as_ptr(),
                0,
            )
        })
    }

    fn file_flags(&self) -> FileFlags {
        // `Lchflags` on macOS and FreeBSD, where the calls below exist.
        FileFlags::HOST
    }

    #[cfg(any(target_os = "macos", target_os = "freebsd"))]
    fn chflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        // SAFETY: `path` is NUL-terminated; `flags` is an integer.
        check(unsafe { libc::chflags(path.as_ptr(), c_flags(flags)) })
    }

    #[cfg(any(target_os = "macos", target_os = "freebsd"))]
    fn lchflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        // SAFETY: `path` is NUL-terminated; `flags` is an integer.
        check(unsafe { libc::lchflags(path.as_ptr(), c_flags(flags)) })
    }

    #[cfg(any(target_os = "macos", target_os = "freebsd"))]
    fn fchflags(&self, fd: RawFd, flags: u32) -> SysResult<()> {
        // SAFETY: no pointers are involved.
        check(unsafe { libc::fchflags(fd, c_flags(flags)) })
    }

    #[cfg(target_os = "freebsd")]
    fn chflagsat_nofollow(&self, dirfd: RawFd, name: &CStr, flags: u32) -> SysResult<()> {
        // SAFETY: `name` is NUL-terminated; the remaining arguments are integers.
        check(unsafe {
            libc::chflagsat(
                dirfd,
                name.as_ptr(),
                c_flags(flags),
                libc::AT_SYMLINK_NOFOLLOW,
            )
        })
    }

    #[cfg(target_os = "macos")]
    fn chflagsat_nofollow(&self, dirfd: RawFd, name: &CStr, flags: u32) -> SysResult<()> {
        // macOS has no chflagsat: setattrlistat (10.13+) sets ATTR_CMN_FLAGS (st_flags)
        // relative to `dirfd`, and FSOPT_NOFOLLOW acts on a symlink itself. The buffer of
        // setattrlist holds the attributes alone (no leading length, unlike getattrlist's):
        // here one u_int32_t.
        let mut attrs = libc::attrlist {
            bitmapcount: libc::ATTR_BIT_MAP_COUNT,
            reserved: 0,
            commonattr: libc::ATTR_CMN_FLAGS,
            volattr: 0,
            dirattr: 0,
            fileattr: 0,
            forkattr: 0,
        };
        let mut value: u32 = flags;
        // SAFETY: `name` is NUL-terminated; `attrs` and `value` are live, writable stack
        // values, and the size passed is `value`'s.
        check(unsafe {
            libc::setattrlistat(
                dirfd,
                name.as_ptr(),
                (&raw mut attrs).cast(),
                (&raw mut value).cast(),
                std::mem::size_of::<u32>(),
                libc::FSOPT_NOFOLLOW,
            )
        })
    }
}

/// The calling thread's `errno`, to clear it before `readdir` (which reports the end of the
/// directory and an error alike, with a null pointer).
#[cfg(any(target_os = "macos", target_os = "ios", target_os = "freebsd"))]
fn errno_location() -> *mut libc::c_int {
    // SAFETY: __error has no preconditions; it returns the thread's errno slot.
    unsafe { libc::__error() }
}

/// The calling thread's `errno` (see above).
#[cfg(target_os = "dragonfly")]
fn errno_location() -> *mut libc::c_int {
    // SAFETY: __errno_location has no preconditions; it returns the thread's errno slot.
    unsafe { libc::__errno_location() }
}

/// The calling thread's `errno` (see above).
#[cfg(any(target_os = "netbsd", target_os = "openbsd"))]
fn errno_location() -> *mut libc::c_int {
    // SAFETY: __errno has no preconditions; it returns the thread's errno slot.
    unsafe { libc::__errno() }
}

/// A directory entry's `d_type` as a [`FileType`].
fn file_type_of(d_type: u8) -> FileType {
    match d_type {
        libc::DT_REG => FileType::Regular,
        libc::DT_DIR => FileType::Directory,
        libc::DT_LNK => FileType::Symlink,
        libc::DT_FIFO => FileType::Fifo,
        libc::DT_SOCK => FileType::Socket,
        libc::DT_CHR => FileType::CharDevice,
        libc::DT_BLK => FileType::BlockDevice,
        _ => FileType::Unknown,
    }
}

#[cfg(target_os = "linux")]
/// Decode `linux_dirent64` records: `d_ino` u64, `d_off` i64, `d_reclen` u16, `d_type` u8, then
/// the NUL-terminated name.
fn parse_dirents(mut buf: &[u8], out: &mut Vec<DirEntry>) {
    const HEADER: usize = 19;
    while buf.len() >= HEADER {
        let reclen = usize::from(u16::from_ne_bytes([buf[16], buf[17]]));
        if reclen < HEADER || reclen > buf.len() {
            return;
        }
        let d_type = buf[18];
        let raw_name = &buf[HEADER..reclen];
        let len = raw_name
            .iter()
            .position(|&c| c == 0)
            .unwrap_or(raw_name.len());
        let name = &raw_name[..len];
        if name != b"." && name != b".." {
            out.push(DirEntry {
                name: name.to_vec(),
                file_type: file_type_of(d_type),
            });
        }
        buf = &buf[reclen..];
    }
}

/// `strerror(errno)` as glibc spells it (the text Python shows in `OSError.strerror`).
pub(crate) fn strerror(errno: i32) -> String {
    let mut buf = [0u8; 256];
    // SAFETY: `buf` is a live, writable buffer of `buf.len()` bytes; the XSI strerror_r writes
    // a NUL-terminated string into it.
    let ret = unsafe { libc::strerror_r(errno, buf.as_mut_ptr().cast(), buf.len()) };
    if ret != 0 {
        return format!("Unknown error {errno}");
    }
    let len = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..len]).into_owned()
}

static FORK_GENERATION: AtomicU64 = AtomicU64::new(0);
static ATFORK: Once = Once::new();
static ATFORK_FAILED: AtomicBool = AtomicBool::new(false);

extern "C" fn bump_fork_generation() {
    // Async-signal-safe: one atomic add.
    FORK_GENERATION.fetch_add(1, Ordering::Relaxed);
}

/// A value that changes in the child after every `fork()`. The first call registers a
/// `pthread_atfork` child handler that bumps a counter; state derived from the value before a
/// fork is then known to be stale in the child. (CPython compares `os.getpid()` on every name;
/// this gives the same guarantee without a system call per name.) If the handler cannot be
/// registered (ENOMEM), the value is the process id, read on every call: slower, still correct.
/// A raw `clone` syscall that bypasses glibc's `fork` bypasses the handler: use `fork()`.
///
/// # Security
///
/// pytempfile's name generators compare this value with the one they were seeded in and
/// re-seed when it changed, so a forked child never draws the names its parent (or a sibling)
/// draws next.
///
/// # Examples
///
/// ```
/// use pybase::os::{fork_generation, fork_wait};
///
/// let parent = fork_generation();
/// let status = fork_wait(|| if fork_generation() != parent { 0 } else { 1 }).unwrap();
/// assert_eq!(status, 0); // the child saw a new generation
/// assert_eq!(fork_generation(), parent); // the parent's is unchanged
/// ```
pub fn fork_generation() -> u64 {
    ATFORK.call_once(|| {
        // SAFETY: registers a handler that only performs an atomic add.
        let ret = unsafe { libc::pthread_atfork(None, None, Some(bump_fork_generation)) };
        if ret != 0 {
            ATFORK_FAILED.store(true, Ordering::Relaxed);
        }
    });
    if ATFORK_FAILED.load(Ordering::Relaxed) {
        // SAFETY: getpid has no preconditions.
        return u64::from(unsafe { libc::getpid() }.unsigned_abs());
    }
    FORK_GENERATION.load(Ordering::Relaxed)
}

/// Fork; run `child` in the child and `_exit` with its return value (101 if it panics); wait
/// for the child and return its exit status (128 + signal if it was killed). For tests.
pub fn fork_wait(child: impl FnOnce() -> i32) -> std::io::Result<i32> {
    // Make sure the fork handler exists before forking.
    fork_generation();
    // SAFETY: fork has no memory-safety preconditions; the child only runs `child` and exits
    // without unwinding into the parent's stack.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(std::io::Error::last_os_error());
    }
    if pid == 0 {
        let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(child)).unwrap_or(101);
        // SAFETY: _exit never returns and skips the parent's atexit handlers, as a forked test
        // child must.
        unsafe { libc::_exit(code) }
    }
    let mut status = 0;
    loop {
        // SAFETY: `status` is a live, writable int.
        let ret = unsafe { libc::waitpid(pid, &mut status, 0) };
        if ret == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(err);
        }
    }
    if libc::WIFEXITED(status) {
        Ok(libc::WEXITSTATUS(status))
    } else {
        Ok(128 + libc::WTERMSIG(status))
    }
}

/// Set the process umask and return the previous one. Process-wide: use in a forked child.
#[allow(clippy::unnecessary_cast)] // mode_t: u32 on Linux, u16 on macOS and FreeBSD
pub fn umask(mask: u32) -> u32 {
    // SAFETY: umask has no failure mode and no pointers.
    unsafe { libc::umask(c_mode(mask)) as u32 }
}

/// Whether `fd` has the close-on-exec flag (`FD_CLOEXEC`). `Err` if `fd` is not open.
pub fn is_cloexec(fd: RawFd) -> std::io::Result<bool> {
    // SAFETY: F_GETFD takes no pointer argument.
    let ret = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if ret == -1 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(ret & libc::FD_CLOEXEC != 0)
}

#[cfg(target_os = "linux")]
/// Give the file open on `fd` the name `path` (`linkat("/proc/self/fd/N", path,
/// AT_SYMLINK_FOLLOW)`), as a file opened with `O_TMPFILE` but without `O_EXCL` allows
/// (`ENOENT` for one opened with `O_EXCL`; `EEXIST` if `path` exists).
pub fn link_fd(fd: RawFd, path: &std::ffi::CStr) -> std::io::Result<()> {
    let proc_path = std::ffi::CString::new(format!("/proc/self/fd/{fd}"))
        .map_err(|_| std::io::Error::from_raw_os_error(libc::EINVAL))?;
    // SAFETY: both paths are NUL-terminated strings that live across the call.
    let ret = unsafe {
        libc::linkat(
            libc::AT_FDCWD,
            proc_path.as_ptr(),
            libc::AT_FDCWD,
            path.as_ptr(),
            libc::AT_SYMLINK_FOLLOW,
        )
    };
    if ret == -1 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(target_os = "linux")]
/// How many descriptors the process has open (entries of `/proc/self/fd`, minus the one used
/// to list them). For leak checks in tests.
pub fn open_fd_count() -> std::io::Result<usize> {
    Ok(std::fs::read_dir("/proc/self/fd")?
        .count()
        .saturating_sub(1))
}

/// How many descriptors the process has open, below `sysconf(_SC_OPEN_MAX)` (at most 65536):
/// those `fcntl(F_GETFD)` accepts (macOS and the BSDs have no `/proc/self/fd`). For leak
/// checks in tests.
#[cfg(not(target_os = "linux"))]
pub fn open_fd_count() -> std::io::Result<usize> {
    // SAFETY: sysconf has no preconditions.
    let limit = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) };
    let limit = libc::c_int::try_from(limit.clamp(0, 1 << 16)).unwrap_or(1 << 16);
    Ok((0..limit)
        // SAFETY: F_GETFD takes no pointer argument; a closed descriptor is only EBADF.
        .filter(|&fd| unsafe { libc::fcntl(fd, libc::F_GETFD) } != -1)
        .count())
}

#[cfg(target_os = "linux")]
#[repr(C)]
struct CapHeader {
    version: u32,
    pid: libc::c_int,
}

#[cfg(target_os = "linux")]
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}

#[cfg(target_os = "linux")]
/// Drop `CAP_DAC_OVERRIDE` and `CAP_DAC_READ_SEARCH` from the calling thread's effective and
/// permitted sets, so that permission bits apply to root. Irreversible: call it in a forked
/// child. Returns whether the capabilities were held before.
pub fn drop_dac_override() -> std::io::Result<bool> {
    const VERSION_3: u32 = 0x2008_0522;
    const DAC_BITS: u32 = (1 << 1) | (1 << 2);
    let mut header = CapHeader {
        version: VERSION_3,
        pid: 0,
    };
    let mut data = [CapData::default(); 2];
    // SAFETY: `header` and `data` are live, writable and laid out as the kernel expects for
    // capability version 3 (two data elements).
    let ret = unsafe { libc::syscall(libc::SYS_capget, &mut header, data.as_mut_ptr()) };
    if ret != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let held = data[0].effective & DAC_BITS != 0;
    data[0].effective &= !DAC_BITS;
    data[0].permitted &= !DAC_BITS;
    data[0].inheritable &= !DAC_BITS;
    // SAFETY: as above; capset only reads the structures.
    let ret = unsafe { libc::syscall(libc::SYS_capset, &mut header, data.as_ptr()) };
    if ret != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(held)
}

/// Make permission bits apply to this process, as the Linux version does by dropping
/// capabilities: macOS and the BSDs have none to drop, so this is `Ok(false)` (nothing was
/// held) for a process that is not the superuser, whose permission bits already apply, and
/// `Unsupported` for the superuser, who bypasses them whatever it does.
#[cfg(not(target_os = "linux"))]
pub fn drop_dac_override() -> std::io::Result<bool> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        return Err(std::io::Error::new(
            std::io::ErrorKind::Unsupported,
            "the superuser bypasses permission bits here, and has no capability to drop",
        ));
    }
    Ok(false)
}

/// `bytes` as an `OsStr`: every byte string is one on Unix (the Windows version checks).
pub fn os_str_from_bytes(bytes: &[u8]) -> Option<&std::ffi::OsStr> {
    use std::os::unix::ffi::OsStrExt;
    Some(std::ffi::OsStr::from_bytes(bytes))
}

/// A `File` view of `fd` for [`super::SeamFd`], never to be dropped (wrapped in
/// `ManuallyDrop` there): the seam closes the descriptor.
pub(super) fn file_view(fd: RawFd) -> std::mem::ManuallyDrop<std::fs::File> {
    use std::os::fd::FromRawFd;
    // SAFETY: `fd` is open and owned by no other object (contract of `Os::open`, checked by
    // `SeamFd::open`, the only caller); the File is wrapped in ManuallyDrop, so std never
    // closes it: only the seam does, exactly once.
    std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) })
}

/// Take ownership of a descriptor returned by [`Os::open`]/[`Os::openat`]: the one place
/// that turns one into an `OwnedFd` (through [`super::SeamFd::into_owned_fd`], so that no
/// caller can hand it a descriptor of its own).
pub(super) fn owned_fd(fd: RawFd) -> std::os::fd::OwnedFd {
    use std::os::fd::FromRawFd;
    // SAFETY: `fd` was just returned by a successful open through the seam, is open, and is
    // owned by no other object (the contract of `Os::open`).
    unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) }
}

#[cfg(test)]
mod tests {
    use std::ffi::CString;
    use std::path::PathBuf;

    use super::*;
    use crate::os::flags::{O_CLOEXEC, O_CREAT, O_DIRECTORY, O_EXCL, O_RDONLY, O_RDWR};

    /// A new, empty directory in the temporary directory, removed with its contents on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let path =
                std::env::temp_dir().join(format!("pybase-libcos-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir(&path).unwrap();
            TempDir(path)
        }

        fn c(&self) -> CString {
            CString::new(self.0.as_os_str().as_encoded_bytes()).unwrap()
        }

        fn join(&self, name: &str) -> CString {
            CString::new(self.0.join(name).into_os_string().into_encoded_bytes()).unwrap()
        }

        fn open(&self) -> RawFd {
            LibcOs.open(&self.c(), O_RDONLY | O_DIRECTORY, 0).unwrap()
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn mode_of(path: &CStr) -> u32 {
        LibcOs.lstat(path).unwrap().mode & 0o7777
    }

    /// The modes reach the kernel as given (a umask of 022, 027 or 077 keeps 0o700).
    #[test]
    fn modes_are_passed_as_given() {
        let t = TempDir::new("modes");
        let os = LibcOs;
        os.mkdir(&t.join("d"), 0o700).unwrap();
        assert_eq!(mode_of(&t.join("d")), 0o700);
        os.chmod(&t.join("d"), 0o750).unwrap();
        assert_eq!(mode_of(&t.join("d")), 0o750);
        let dfd = t.open();
        os.mkdirat(dfd, c"e", 0o700).unwrap();
        assert_eq!(mode_of(&t.join("e")), 0o700);
        let fd = os
            .open(&t.join("f"), O_RDWR | O_CREAT | O_EXCL, 0o600)
            .unwrap();
        assert_eq!(mode_of(&t.join("f")), 0o600);
        os.fchmod(fd, 0o640).unwrap();
        assert_eq!(mode_of(&t.join("f")), 0o640);
        os.fchmodat_nofollow(dfd, c"f", 0o604).unwrap();
        assert_eq!(mode_of(&t.join("f")), 0o604);
        // A symlink is refused, and its target keeps its mode.
        std::os::unix::fs::symlink("f", t.0.join("l")).unwrap();
        assert!(os.fchmodat_nofollow(dfd, c"l", 0o777).is_err());
        assert_eq!(mode_of(&t.join("f")), 0o604);
        os.close(fd).unwrap();
        os.close(dfd).unwrap();
    }

    #[test]
    fn every_descriptor_opened_is_close_on_exec() {
        let t = TempDir::new("cloexec");
        let os = LibcOs;
        let dfd = t.open();
        let mut fds = vec![dfd];
        for extra in [0, O_CLOEXEC] {
            fds.push(os.open(&t.c(), O_RDONLY | O_DIRECTORY | extra, 0).unwrap());
            fds.push(
                os.openat(dfd, c".", O_RDONLY | O_DIRECTORY | extra, 0)
                    .unwrap(),
            );
        }
        for &fd in &fds {
            assert!(is_cloexec(fd).unwrap(), "{fd}");
        }
        // dup(2) does not copy the flag: is_cloexec tells the two apart.
        // SAFETY: dup of a descriptor open here; the copy is closed below.
        let copy = unsafe { libc::dup(dfd) };
        assert!(copy >= 0);
        assert!(!is_cloexec(copy).unwrap());
        os.close(copy).unwrap();
        for fd in fds {
            os.close(fd).unwrap();
        }
        assert!(is_cloexec(-1).is_err());
    }

    #[test]
    fn getenv_reads_the_process_environment() {
        let mut seen = 0;
        for (name, value) in std::env::vars_os() {
            if let Some(name) = name.to_str() {
                assert_eq!(
                    LibcOs.getenv(name),
                    Some(value.into_encoded_bytes()),
                    "{name}"
                );
                seen += 1;
            }
        }
        assert!(seen > 0, "cargo test runs with an environment");
        assert_eq!(LibcOs.getenv("PYBASE_LIBCOS_TEST_UNSET"), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn rename_noreplace_renames_but_never_replaces() {
        let t = TempDir::new("noreplace");
        std::fs::write(t.0.join("a"), b"a").unwrap();
        std::fs::write(t.0.join("b"), b"b").unwrap();
        assert_eq!(
            LibcOs.rename_noreplace(&t.join("a"), &t.join("b")),
            Err(Errno(libc::EEXIST))
        );
        assert_eq!(LibcOs.rename_noreplace(&t.join("a"), &t.join("c")), Ok(()));
        assert_eq!(std::fs::read(t.0.join("c")).unwrap(), b"a");
        assert_eq!(std::fs::read(t.0.join("b")).unwrap(), b"b");
        assert!(!t.0.join("a").exists());
    }

    #[test]
    fn d_type_names_the_file_type() {
        let table = [
            (libc::DT_REG, FileType::Regular),
            (libc::DT_DIR, FileType::Directory),
            (libc::DT_LNK, FileType::Symlink),
            (libc::DT_FIFO, FileType::Fifo),
            (libc::DT_SOCK, FileType::Socket),
            (libc::DT_CHR, FileType::CharDevice),
            (libc::DT_BLK, FileType::BlockDevice),
            (libc::DT_UNKNOWN, FileType::Unknown),
            (255, FileType::Unknown),
        ];
        for (d_type, file_type) in table {
            assert_eq!(file_type_of(d_type), file_type, "d_type {d_type}");
        }
    }

    /// A `linux_dirent64` record: inode and offset, `d_reclen`, `d_type`, the name, padding.
    #[cfg(target_os = "linux")]
    fn dirent(reclen: u16, d_type: u8, name: &[u8]) -> Vec<u8> {
        let mut rec = vec![0u8; 16];
        rec.extend_from_slice(&reclen.to_ne_bytes());
        rec.push(d_type);
        rec.extend_from_slice(name);
        // Padded to its length when that holds it, else to the smallest real record's.
        let len = usize::from(reclen);
        let size = if (rec.len()..=64).contains(&len) {
            len
        } else {
            rec.len().max(24)
        };
        rec.resize(size, 0);
        rec
    }

    #[cfg(target_os = "linux")]
    fn names(buf: &[u8]) -> Vec<(Vec<u8>, FileType)> {
        let mut out = Vec::new();
        parse_dirents(buf, &mut out);
        out.into_iter().map(|e| (e.name, e.file_type)).collect()
    }

    /// Records are read up to the first whose length is impossible (shorter than its header,
    /// or past the end of the buffer), never past it and without panicking.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_record_of_impossible_length_ends_the_listing() {
        let mut buf = dirent(24, libc::DT_REG, b"f\0");
        buf.extend(dirent(24, libc::DT_DIR, b".\0"));
        buf.extend(dirent(24, libc::DT_DIR, b"..\0"));
        buf.extend(dirent(32, libc::DT_LNK, b"a-longer\0"));
        assert_eq!(buf.len(), 24 * 3 + 32);
        let good = [
            (b"f".to_vec(), FileType::Regular),
            (b"a-longer".to_vec(), FileType::Symlink),
        ];
        assert_eq!(names(&buf), good);
        for reclen in [0, 1, 18, 200] {
            let mut bad = buf.clone();
            bad.extend(dirent(reclen, libc::DT_REG, b"g\0"));
            bad.extend(dirent(24, libc::DT_REG, b"h\0"));
            assert_eq!(names(&bad), good, "d_reclen {reclen}");
        }
    }

    /// [`fork_wait`] with the child ended by SIGALRM after 5 s: a child forked while another
    /// test's thread held a lock (a failing test's panic, say) could wait for it forever.
    /// It also checks that fork_wait returns in the parent only: a copy of the test process
    /// that got back here would leave at once (status 99), not run on.
    fn fork_wait_bounded(child: impl FnOnce() -> i32) -> i32 {
        let parent = std::process::id();
        let status = fork_wait(|| {
            // SAFETY: alarm has no preconditions; the alarm is this forked child's alone.
            unsafe { libc::alarm(5) };
            child()
        });
        if std::process::id() != parent {
            // SAFETY: _exit never returns; this forked copy must not unwind into the harness.
            unsafe { libc::_exit(99) }
        }
        status.unwrap()
    }

    /// The child of a fork sees its parent's generation plus one, and its own child plus two.
    #[test]
    fn each_fork_bumps_the_generation_in_the_child() {
        let parent = fork_generation();
        let status = fork_wait_bounded(|| {
            let child = fork_generation();
            let grandchild = fork_wait(|| i32::from(fork_generation() != parent + 2));
            i32::from(!(child == parent + 1 && grandchild.ok() == Some(0)))
        });
        assert_eq!(status, 0);
        assert_eq!(fork_generation(), parent);
    }

    #[test]
    fn fork_wait_returns_the_childs_exit_status() {
        assert_eq!(fork_wait_bounded(|| 7), 7);
        assert_eq!(fork_wait_bounded(|| 0), 0);
        assert_eq!(fork_wait_bounded(|| panic!("a panic in the child")), 101);
        let killed = fork_wait_bounded(|| {
            // SAFETY: raise has no memory-safety preconditions; SIGKILL ends the child here.
            unsafe { libc::raise(libc::SIGKILL) };
            0
        });
        assert_eq!(killed, 128 + libc::SIGKILL);
    }

    /// A wait that fails is reported: with SIGCHLD ignored the child is never a zombie, and
    /// waitpid answers ECHILD once it is gone.
    #[test]
    fn fork_wait_reports_a_failed_wait() {
        let status = fork_wait_bounded(|| {
            // SAFETY: signal changes this forked child's disposition only (should fork_wait
            // loop, the alarm ends the child).
            unsafe { libc::signal(libc::SIGCHLD, libc::SIG_IGN) };
            let waited = fork_wait(|| 0);
            i32::from(waited.map_err(|e| e.raw_os_error()) != Err(Some(libc::ECHILD)))
        });
        assert_eq!(status, 0);
    }

    #[test]
    fn umask_sets_the_mask_and_returns_the_previous_one() {
        let status = fork_wait_bounded(|| {
            umask(0o027);
            let first = umask(0o077);
            let second = umask(0o022);
            i32::from(!(first == 0o027 && second == 0o077))
        });
        assert_eq!(status, 0);
    }

    #[test]
    fn open_fd_count_counts_the_descriptors() {
        let status = fork_wait_bounded(|| {
            let before = open_fd_count().unwrap();
            let fd = LibcOs.open(c"/", O_RDONLY | O_DIRECTORY, 0).unwrap();
            let during = open_fd_count().unwrap();
            LibcOs.close(fd).unwrap();
            let after = open_fd_count().unwrap();
            i32::from(!(during == before + 1 && after == before))
        });
        assert_eq!(status, 0);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn link_fd_names_the_open_file() {
        let t = TempDir::new("linkfd");
        let fd = LibcOs
            .open(&t.join("a"), O_RDWR | O_CREAT | O_EXCL, 0o600)
            .unwrap();
        assert_eq!(LibcOs.write(fd, b"x"), Ok(1));
        link_fd(fd, &t.join("b")).unwrap();
        assert_eq!(std::fs::read(t.0.join("b")).unwrap(), b"x");
        let err = link_fd(fd, &t.join("b")).unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::EEXIST));
        LibcOs.close(fd).unwrap();
    }

    /// The capability sets of this process (`/proc/self/status`, in hex).
    #[cfg(target_os = "linux")]
    fn caps(set: &str) -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = status.lines().find(|l| l.starts_with(set)).unwrap();
        u64::from_str_radix(line[set.len()..].trim(), 16).unwrap()
    }

    /// CAP_DAC_OVERRIDE (1) and CAP_DAC_READ_SEARCH (2).
    #[cfg(target_os = "linux")]
    const DAC: u64 = 0b110;

    /// Add the DAC capabilities to the inheritable set (they are permitted).
    #[cfg(target_os = "linux")]
    fn inherit_dac() {
        let mut header = CapHeader {
            version: 0x2008_0522,
            pid: 0,
        };
        let mut data = [CapData::default(); 2];
        // SAFETY: as in drop_dac_override: live structures of capability version 3.
        let got = unsafe { libc::syscall(libc::SYS_capget, &mut header, data.as_mut_ptr()) };
        assert_eq!(got, 0);
        data[0].inheritable |= 0b110;
        // SAFETY: as above; capset only reads them.
        let set = unsafe { libc::syscall(libc::SYS_capset, &mut header, data.as_ptr()) };
        assert_eq!(set, 0);
    }

    /// Both capabilities leave the effective, permitted and inheritable sets; nothing else
    /// does. Without them (not root), nothing was held and nothing changes.
    #[cfg(target_os = "linux")]
    #[test]
    fn drop_dac_override_drops_both_capabilities_from_every_set() {
        let status = fork_wait_bounded(|| {
            let held = caps("CapEff:") & DAC == DAC;
            if held {
                inherit_dac();
                assert_eq!(caps("CapInh:") & DAC, DAC);
            }
            let before: Vec<u64> = ["CapEff:", "CapPrm:", "CapInh:"].map(caps).to_vec();
            assert_eq!(drop_dac_override().unwrap(), held);
            for (set, was) in ["CapEff:", "CapPrm:", "CapInh:"].into_iter().zip(before) {
                assert_eq!(caps(set), was & !DAC, "{set}");
            }
            assert!(!drop_dac_override().unwrap(), "nothing left to drop");
            0
        });
        assert_eq!(status, 0);
    }

    #[test]
    fn strerror_matches_glibc() {
        assert_eq!(strerror(libc::ENOENT), "No such file or directory");
        assert_eq!(strerror(libc::EEXIST), "File exists");
    }

    #[test]
    fn parses_dirents() {
        let os = LibcOs;
        let dir = std::env::temp_dir().join(format!("pytempfile-dirents-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("f"), b"x").unwrap();
        std::fs::create_dir_all(dir.join("d")).unwrap();
        let path = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()).unwrap();
        let fd = os
            .open(&path, libc::O_RDONLY | libc::O_DIRECTORY, 0)
            .unwrap();
        let mut entries = os.read_dir(fd).unwrap();
        os.close(fd).unwrap();
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].name, b"d");
        assert_eq!(entries[1].name, b"f");
        assert!(matches!(
            entries[0].file_type,
            FileType::Directory | FileType::Unknown
        ));
    }
}
