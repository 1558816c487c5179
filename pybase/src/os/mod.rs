//! The OS boundary: every system call pytempfile makes goes through the [`Os`] trait.
//!
//! CPython's `tempfile` calls `os.open`, `os.write`, `os.close`, `os.unlink`, `os.mkdir`,
//! `os.lstat`, `os.chmod` and (through `shutil.rmtree`) `os.scandir`/`os.rmdir` with `dir_fd`.
//! pytempfile's Rust API adds what the `tempfile` crate's users expect of a named file, which
//! CPython's module has no counterpart for: `rename`, `renameat2(RENAME_NOREPLACE)` (Linux) and
//! `link`, to persist a file under a new name ([`Os::rename`], [`Os::rename_noreplace`],
//! [`Os::link`]; their default implementations call `std`, so an implementation written
//! before them still works). This module is the equivalent seam. It has three implementations:
//!
//! - [`LibcOs`], the real calls, over `libc`. It is the only place in the crate with `unsafe`.
//! - [`FaultyOs`], a wrapper for tests that counts and logs calls, fails the Nth call or every
//!   call of one kind with a chosen errno, and overrides the environment and the working
//!   directory without touching the process's own.
//! - any caller's implementation, installed with pytempfile's `TempfileBuilder::os` (the Python
//!   binding routes calls through Python's `os` module this way, because CPython's test suite
//!   patches it).
//!
//! Contract of the trait, shared by every implementation:
//! - File descriptors are created non-inheritable (`O_CLOEXEC`), as `os.open` does (PEP 446):
//!   callers pass CPython's flags (`_bin_openflags` = `O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW`), and
//!   the implementation adds `O_CLOEXEC`.
//! - Calls are single attempts: an `EINTR` is returned to the caller, which retries
//!   ([`retry_eintr`]) where CPython's `os` functions retry (PEP 475). `close` is never retried.
//! - `*at` calls take a single path component relative to a directory descriptor, which is how
//!   cleanup avoids following a symlink planted anywhere in the tree.
//!
//! [`locale`] reads the C library's locale data (the codeset a locale name selects) without
//! changing the process's locale; it makes no system call a test would fault.
//!
//! The one system call outside the seam is `getrandom()`, which seeds pytempfile's name
//! generator (`pytempfile::names`): names are process-wide and must stay unpredictable whatever
//! a test's seam does.
//!
//! A descriptor a successful open returned is the caller's; [`SeamFd`] owns one and closes it
//! through the seam exactly once ([`SeamFd::open`] is the way in, [`SeamFd::into_owned_fd`] the
//! way out to `std`).

mod faulty;
mod libc_os;
pub mod locale;

use std::ffi::CStr;
use std::fmt;
use std::io::IoSlice;
use std::os::fd::RawFd;

pub use faulty::{Fault, FaultyOs, LoggedCall};
pub use libc_os::SeamFd;
pub use libc_os::{
    LibcOs, drop_dac_override, fork_generation, fork_wait, is_cloexec, link_fd, open_fd_count,
    umask,
};

/// An `errno` value returned by a failed call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

impl Errno {
    /// Not an errno: a caller-provided [`Os`] implementation failed with something that is
    /// not an OS error (the Python binding's seam uses it for a Python exception such as a
    /// `KeyboardInterrupt` from a patched `os.open`). pytempfile never swallows it: every
    /// place that ignores or retries OS errors lets it through.
    pub const FOREIGN: Errno = Errno(i32::MIN);

    /// Whether this is [`Errno::FOREIGN`].
    pub fn is_foreign(self) -> bool {
        self == Errno::FOREIGN
    }

    /// `strerror(errno)`, the message Python puts in `OSError.strerror`.
    pub fn strerror(self) -> String {
        libc_os::strerror(self.0)
    }
}

impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[Errno {}] {}", self.0, self.strerror())
    }
}

/// Result of a call through the seam.
pub type SysResult<T> = Result<T, Errno>;

/// The kind of an entry, from `st_mode & S_IFMT` or a directory entry's `d_type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileType {
    /// A regular file.
    Regular,
    /// A directory.
    Directory,
    /// A symbolic link.
    Symlink,
    /// A named pipe.
    Fifo,
    /// A socket.
    Socket,
    /// A character device.
    CharDevice,
    /// A block device.
    BlockDevice,
    /// `d_type` was `DT_UNKNOWN`: the file system did not say.
    Unknown,
}

impl FileType {
    /// The type encoded in a `st_mode`.
    pub fn from_mode(mode: u32) -> FileType {
        match mode & libc::S_IFMT {
            libc::S_IFREG => FileType::Regular,
            libc::S_IFDIR => FileType::Directory,
            libc::S_IFLNK => FileType::Symlink,
            libc::S_IFIFO => FileType::Fifo,
            libc::S_IFSOCK => FileType::Socket,
            libc::S_IFCHR => FileType::CharDevice,
            libc::S_IFBLK => FileType::BlockDevice,
            _ => FileType::Unknown,
        }
    }
}

/// The fields of `struct stat` that pytempfile uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    /// Device.
    pub dev: u64,
    /// Inode.
    pub ino: u64,
    /// Type and permission bits.
    pub mode: u32,
    /// Hard links.
    pub nlink: u64,
    /// Owner.
    pub uid: u32,
    /// Size in bytes.
    pub size: u64,
}

impl Stat {
    /// The entry's type.
    pub fn file_type(&self) -> FileType {
        FileType::from_mode(self.mode)
    }

    /// `os.path.samestat`: same device and inode.
    pub fn same_file(&self, other: &Stat) -> bool {
        self.dev == other.dev && self.ino == other.ino
    }
}

/// One entry of a directory, as `getdents64` returns it (`.` and `..` are never included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirEntry {
    /// The entry's name (one path component).
    pub name: Vec<u8>,
    /// The type from `d_type`, possibly [`FileType::Unknown`].
    pub file_type: FileType,
}

/// `whence` for [`Os::lseek`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whence {
    /// `SEEK_SET`.
    Set,
    /// `SEEK_CUR`.
    Cur,
    /// `SEEK_END`.
    End,
}

/// The kind of a call through the seam, for fault injection and call counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Call {
    Open,
    Openat,
    Close,
    Read,
    Write,
    Writev,
    Lseek,
    Ftruncate,
    Fstat,
    Stat,
    Lstat,
    Fstatat,
    Mkdir,
    Mkdirat,
    Unlink,
    Unlinkat,
    Rmdir,
    Chmod,
    Fchmod,
    Fchmodat,
    ReadDir,
    Getcwd,
    Getenv,
    Rename,
    RenameNoreplace,
    Link,
}

impl Call {
    /// Every kind of call, in declaration order.
    pub const ALL: [Call; 26] = [
        Call::Open,
        Call::Openat,
        Call::Close,
        Call::Read,
        Call::Write,
        Call::Writev,
        Call::Lseek,
        Call::Ftruncate,
        Call::Fstat,
        Call::Stat,
        Call::Lstat,
        Call::Fstatat,
        Call::Mkdir,
        Call::Mkdirat,
        Call::Unlink,
        Call::Unlinkat,
        Call::Rmdir,
        Call::Chmod,
        Call::Fchmod,
        Call::Fchmodat,
        Call::ReadDir,
        Call::Getcwd,
        Call::Getenv,
        Call::Rename,
        Call::RenameNoreplace,
        Call::Link,
    ];

    /// How many kinds [`Call::ALL`] had before the persist calls (`Rename`, `RenameNoreplace`,
    /// `Link`) were added: fault scenarios decoded from bytes (the fuzz corpora) pick among
    /// this many, so recorded scenarios keep their meaning.
    pub const BEFORE_PERSIST: usize = 23;
}

/// Every system call pytempfile makes. See the module docs for the contract.
pub trait Os: Send + Sync + 'static {
    /// `open(path, flags | O_CLOEXEC, mode)`.
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd>;
    /// `openat(dirfd, name, flags | O_CLOEXEC, mode)`.
    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd>;
    /// `close(fd)`. The descriptor is released even when an error is returned.
    fn close(&self, fd: RawFd) -> SysResult<()>;
    /// `read(fd, buf)`.
    fn read(&self, fd: RawFd, buf: &mut [u8]) -> SysResult<usize>;
    /// `write(fd, buf)`; may write less than `buf.len()`.
    fn write(&self, fd: RawFd, buf: &[u8]) -> SysResult<usize>;
    /// `writev(fd, bufs)`: one gathered write; may write less than the total. The default
    /// writes the first non-empty slice with [`Os::write`].
    fn writev(&self, fd: RawFd, bufs: &[IoSlice<'_>]) -> SysResult<usize> {
        match bufs.iter().find(|b| !b.is_empty()) {
            Some(b) => self.write(fd, b),
            None => Ok(0),
        }
    }
    /// `lseek(fd, offset, whence)`, returning the new offset.
    fn lseek(&self, fd: RawFd, offset: i64, whence: Whence) -> SysResult<u64>;
    /// `ftruncate(fd, len)`.
    fn ftruncate(&self, fd: RawFd, len: u64) -> SysResult<()>;
    /// `fstat(fd)`.
    fn fstat(&self, fd: RawFd) -> SysResult<Stat>;
    /// `stat(path)`, following symlinks.
    fn stat(&self, path: &CStr) -> SysResult<Stat>;
    /// `lstat(path)`.
    fn lstat(&self, path: &CStr) -> SysResult<Stat>;
    /// `fstatat(dirfd, name, AT_SYMLINK_NOFOLLOW if !follow)`.
    fn fstatat(&self, dirfd: RawFd, name: &CStr, follow: bool) -> SysResult<Stat>;
    /// `mkdir(path, mode)`.
    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()>;
    /// `mkdirat(dirfd, name, mode)`.
    fn mkdirat(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()>;
    /// `unlink(path)`.
    fn unlink(&self, path: &CStr) -> SysResult<()>;
    /// `unlinkat(dirfd, name, AT_REMOVEDIR if dir)`.
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()>;
    /// `rmdir(path)`.
    fn rmdir(&self, path: &CStr) -> SysResult<()>;
    /// `chmod(path, mode)`, following symlinks.
    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()>;
    /// `fchmod(fd, mode)`.
    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()>;
    /// Change the mode of `name` in `dirfd` without ever following a symlink there: a symlink
    /// gives `EOPNOTSUPP` (or `ELOOP`) and is left alone. Race-free.
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()>;
    /// Every entry of the directory open at `dirfd`, from the start (`.` and `..` excluded).
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>>;
    /// `getcwd()`.
    fn getcwd(&self) -> SysResult<Vec<u8>>;
    /// `getenv(name)`: the variable's value, `None` if unset. Never fails.
    fn getenv(&self, name: &str) -> Option<Vec<u8>>;
    /// `rename(old, new)`: give the file `old` the name `new`, atomically replacing whatever
    /// `new` named (`EXDEV` across file systems). The default calls `std::fs::rename`, so an
    /// implementation written before this method existed still persists files for real.
    fn rename(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        std::fs::rename(cstr_path(old)?, cstr_path(new)?).map_err(io_errno)
    }
    /// `renameat2(AT_FDCWD, old, AT_FDCWD, new, RENAME_NOREPLACE)`: like [`Os::rename`] but
    /// never replacing `new` (`EEXIST` if it exists), atomically. Linux-only; `EINVAL` where
    /// the file system does not support the flag, `ENOSYS` where the kernel lacks the call.
    /// The default is `ENOSYS`: callers then fall back to [`Os::link`] and [`Os::unlink`].
    fn rename_noreplace(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        let _ = (old, new);
        Err(Errno(libc::ENOSYS))
    }
    /// `link(old, new)`: a second name for the file `old` (`EEXIST` if `new` exists; never
    /// follows a symlink at `old`). The default calls `std::fs::hard_link`.
    fn link(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        std::fs::hard_link(cstr_path(old)?, cstr_path(new)?).map_err(io_errno)
    }
}

/// A C path as a `Path` (the default implementations of the newer [`Os`] methods call `std`).
fn cstr_path(path: &CStr) -> SysResult<&std::path::Path> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Ok(std::path::Path::new(std::ffi::OsStr::from_bytes(
            path.to_bytes(),
        )))
    }
    #[cfg(not(unix))]
    {
        path.to_str()
            .map(std::path::Path::new)
            .map_err(|_| Errno(libc::EINVAL))
    }
}

/// The errno of a `std` call's error (`EIO` if it carries none).
fn io_errno(err: std::io::Error) -> Errno {
    Errno(err.raw_os_error().unwrap_or(libc::EIO))
}

/// Run `f` until it returns something other than `EINTR`, as CPython's `os` functions do.
pub fn retry_eintr<T>(mut f: impl FnMut() -> SysResult<T>) -> SysResult<T> {
    loop {
        match f() {
            Err(Errno(libc::EINTR)) => continue,
            other => return other,
        }
    }
}

/// `open(2)` flags pytempfile uses, re-exported so that callers need not depend on `libc`.
pub mod flags {
    /// `O_RDONLY`.
    pub const O_RDONLY: i32 = libc::O_RDONLY;
    /// `O_WRONLY`.
    pub const O_WRONLY: i32 = libc::O_WRONLY;
    /// `O_RDWR`.
    pub const O_RDWR: i32 = libc::O_RDWR;
    /// `O_CREAT`.
    pub const O_CREAT: i32 = libc::O_CREAT;
    /// `O_EXCL`.
    pub const O_EXCL: i32 = libc::O_EXCL;
    /// `O_NOFOLLOW`.
    pub const O_NOFOLLOW: i32 = libc::O_NOFOLLOW;
    /// `O_CLOEXEC`.
    pub const O_CLOEXEC: i32 = libc::O_CLOEXEC;
    /// `O_DIRECTORY`.
    pub const O_DIRECTORY: i32 = libc::O_DIRECTORY;
    /// `O_NONBLOCK`.
    pub const O_NONBLOCK: i32 = libc::O_NONBLOCK;
    /// `O_TMPFILE` (includes `O_DIRECTORY`).
    pub const O_TMPFILE: i32 = libc::O_TMPFILE;
    /// `O_APPEND`.
    pub const O_APPEND: i32 = libc::O_APPEND;
    /// `O_TRUNC`.
    pub const O_TRUNC: i32 = libc::O_TRUNC;
    /// `AT_FDCWD`: a `dirfd` meaning "relative to the working directory".
    pub const AT_FDCWD: i32 = libc::AT_FDCWD;
    /// CPython's `tempfile._text_openflags` on Linux: `O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW`.
    pub const TEXT_OPENFLAGS: i32 = O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW;
    /// CPython's `tempfile._bin_openflags` on Linux (no `O_BINARY` here): the same value.
    pub const BIN_OPENFLAGS: i32 = TEXT_OPENFLAGS;
}
