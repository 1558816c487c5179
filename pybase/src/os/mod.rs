//! The OS boundary: every system call pytempfile makes goes through the [`Os`] trait.
//!
//! CPython's `tempfile` calls `os.open`, `os.write`, `os.close`, `os.unlink`, `os.mkdir`,
//! `os.lstat`, `os.chmod` and (through `shutil.rmtree`) `os.scandir`/`os.rmdir` with `dir_fd`.
//! pytempfile's Rust API adds what the `tempfile` crate's users expect of a named file, which
//! CPython's module has no counterpart for: `rename`, `renameat2(RENAME_NOREPLACE)` (Linux) and
//! `link`, to persist a file under a new name ([`Os::rename`], [`Os::rename_noreplace`],
//! [`Os::link`]; their default implementations call `std`, so an implementation written
//! before them still works). This module is the equivalent seam. Its implementations:
//!
//! - [`LibcOs`], the real calls: over `libc` on Unix (`libc_os.rs`); on Windows over the C
//!   runtime's descriptors (`_wopen`, `_read`, `_write`, ..., the calls CPython's `os.open`
//!   family makes there) and Win32 where CPython calls Win32 (`windows_os.rs`). These two files
//!   are the only places in the workspace with `unsafe`.
//! - [`FaultyOs`], a wrapper for tests that counts and logs calls, fails the Nth call or every
//!   call of one kind with a chosen errno, and overrides the environment and the working
//!   directory without touching the process's own.
//! - [`Forward`], for test doubles that change a few calls: a type implementing it names the
//!   seam it wraps and overrides only those calls; every other one is passed on.
//! - any caller's implementation, installed with pytempfile's `TempfileBuilder::os` (the Python
//!   binding routes calls through Python's `os` module this way, because CPython's test suite
//!   patches it).
//!
//! Contract of the trait, shared by every implementation:
//! - File descriptors are created non-inheritable, as `os.open` does (PEP 446): callers pass
//!   CPython's flags (`_bin_openflags` = `O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW` on Linux,
//!   `O_RDWR|O_CREAT|O_EXCL|O_BINARY` on Windows), and the implementation adds `O_CLOEXEC`
//!   (Unix) or `O_NOINHERIT` (Windows). On Windows a descriptor is the C runtime's, as
//!   CPython's `fileno()` is there.
//! - Calls are single attempts: an `EINTR` is returned to the caller, which retries
//!   ([`retry_eintr`]) where CPython's `os` functions retry (PEP 475). `close` is never retried.
//! - `*at` calls take a single path component relative to a directory descriptor, which is how
//!   cleanup avoids following a symlink planted anywhere in the tree.
//!
//! File flags (macOS, the BSDs): [`Os::file_flags`] says whether the seam has `chflags` and
//! `lchflags` ([`FileFlags`]: CPython's `hasattr(os, 'chflags')` and `os.chflags in
//! os.supports_follow_symlinks`); [`Os::chflags`], [`Os::lchflags`], [`Os::fchflags`] and
//! [`Os::chflagsat_nofollow`] set them. A seam that defines none of them is an `os` without
//! `chflags` ([`FileFlags::Absent`], the calls `ENOSYS`), as [`LibcOs`] is on Linux.
//!
//! `locale` (Unix) reads the C library's locale data (the codeset a locale name selects) without
//! changing the process's locale; it makes no system call a test would fault.
//!
//! The one system call outside the seam is `getrandom()`, which seeds pytempfile's name
//! generator (`pytempfile::names`): names are process-wide and must stay unpredictable whatever
//! a test's seam does.
//!
//! A descriptor a successful open returned is the caller's; [`SeamFd`] owns one and closes it
//! through the seam exactly once ([`SeamFd::open`] is the way in, [`SeamFd::into_owned_fd`] the
//! way out to `std`).
//!
//! Windows (`windows_os.rs`): paths are the UTF-8 (WTF-8 for lone surrogates) encoding of the
//! `str` CPython passes to the wide Win32 calls; errors of Win32 calls are mapped to `errno`
//! as CPython maps `winerror` (so the exception class is CPython's); the `*at` calls, which
//! CPython has no Windows equivalent of, fail with `ENOSYS` (cleanup on Windows walks by path,
//! as `shutil.rmtree` does there).

mod faulty;
mod forward;
#[cfg(unix)]
mod libc_os;
#[cfg(unix)]
pub mod locale;
mod seam_fd;
#[cfg(windows)]
mod windows_os;

use std::ffi::CStr;
use std::fmt;
use std::io::IoSlice;

pub use faulty::{Fault, FaultyOs, LoggedCall};
pub use forward::Forward;
#[cfg(target_os = "linux")]
pub use libc_os::link_fd;
#[cfg(unix)]
pub use libc_os::{
    LibcOs, drop_dac_override, fork_generation, fork_wait, is_cloexec, open_fd_count,
    os_str_from_bytes, umask,
};
pub use seam_fd::SeamFd;
#[cfg(windows)]
pub use windows_os::{LibcOs, create_junction, fork_generation, is_inheritable, os_str_from_bytes};

/// A file descriptor: the kernel's on Unix, the C runtime's on Windows (what CPython's
/// `os.open` returns there).
#[cfg(unix)]
pub use std::os::fd::RawFd;
/// A file descriptor: the kernel's on Unix, the C runtime's on Windows (what CPython's
/// `os.open` returns there).
#[cfg(windows)]
pub type RawFd = i32;

/// What an owned descriptor becomes when it leaves the seam for `std`: an `OwnedFd` on Unix,
/// an `OwnedHandle` on Windows (a duplicate of the C runtime descriptor's handle; the
/// descriptor itself is closed through the seam).
#[cfg(unix)]
pub type OwnedDescriptor = std::os::fd::OwnedFd;
/// What an owned descriptor becomes when it leaves the seam for `std`: an `OwnedFd` on Unix,
/// an `OwnedHandle` on Windows (a duplicate of the C runtime descriptor's handle; the
/// descriptor itself is closed through the seam).
#[cfg(windows)]
pub type OwnedDescriptor = std::os::windows::io::OwnedHandle;

/// A descriptor lent to `std`: `BorrowedFd` on Unix, `BorrowedHandle` on Windows.
#[cfg(unix)]
pub type BorrowedDescriptor<'a> = std::os::fd::BorrowedFd<'a>;
/// A descriptor lent to `std`: `BorrowedFd` on Unix, `BorrowedHandle` on Windows.
#[cfg(windows)]
pub type BorrowedDescriptor<'a> = std::os::windows::io::BorrowedHandle<'a>;

/// An `errno` value returned by a failed call.
///
/// # Examples
///
/// ```
/// use pybase::os::{Errno, LibcOs, Os};
///
/// let e = LibcOs.rmdir(c"/nonexistent/pybase-errno-doc").unwrap_err();
/// assert_eq!(e, Errno(libc::ENOENT));
/// assert_eq!(e.to_string(), "[Errno 2] No such file or directory");
/// ```
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

    /// The errno of an [`std::io::Error`]'s `raw_os_error()`: the value itself on POSIX; on
    /// Windows std reports Win32 error codes, mapped as CPython's `winerror_to_errno` maps
    /// them (`ERROR_PATH_NOT_FOUND`, 3, is `ENOENT`, not `ESRCH`).
    ///
    /// ```
    /// use pybase::os::Errno;
    ///
    /// let e = std::fs::read_dir("/nonexistent/pybase-raw").unwrap_err();
    /// let code = e.raw_os_error().unwrap();
    /// assert_eq!(Errno::from_raw_os_error(code), Errno(libc::ENOENT));
    /// ```
    pub fn from_raw_os_error(code: i32) -> Errno {
        #[cfg(unix)]
        return Errno(code);
        // The code's bits as Win32's DWORD (an HRESULT is negative as an i32).
        #[cfg(windows)]
        return Errno(windows_os::winerror_to_errno(u32::from_ne_bytes(
            code.to_ne_bytes(),
        )));
    }

    /// `strerror(errno)`, the message Python puts in `OSError.strerror`.
    pub fn strerror(self) -> String {
        #[cfg(unix)]
        return libc_os::strerror(self.0);
        #[cfg(windows)]
        return windows_os::strerror(self.0);
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
    /// A Windows directory junction (a mount-point reparse point): `os.lstat` calls it a
    /// directory (`S_IFDIR`, `st_reparse_tag == IO_REPARSE_TAG_MOUNT_POINT`), and
    /// `shutil.rmtree` removes it as an entry, never walking into it. Only the Windows seam
    /// lists entries of this type.
    Junction,
}

/// The `S_IF*` file-type bits of `st_mode`, as Python's `stat` module has them on every
/// platform (CPython builds a POSIX `st_mode` on Windows too).
pub mod mode {
    /// `S_IFMT`: the type bits.
    pub const S_IFMT: u32 = 0o170_000;
    /// `S_IFSOCK`.
    pub const S_IFSOCK: u32 = 0o140_000;
    /// `S_IFLNK`.
    pub const S_IFLNK: u32 = 0o120_000;
    /// `S_IFREG`.
    pub const S_IFREG: u32 = 0o100_000;
    /// `S_IFBLK`.
    pub const S_IFBLK: u32 = 0o060_000;
    /// `S_IFDIR`.
    pub const S_IFDIR: u32 = 0o040_000;
    /// `S_IFCHR`.
    pub const S_IFCHR: u32 = 0o020_000;
    /// `S_IFIFO`.
    pub const S_IFIFO: u32 = 0o010_000;
}

/// `stat.FILE_ATTRIBUTE_READONLY` (Windows `st_file_attributes`).
pub const FILE_ATTRIBUTE_READONLY: u32 = 0x1;
/// `stat.FILE_ATTRIBUTE_DIRECTORY`.
pub const FILE_ATTRIBUTE_DIRECTORY: u32 = 0x10;
/// `stat.FILE_ATTRIBUTE_REPARSE_POINT`.
pub const FILE_ATTRIBUTE_REPARSE_POINT: u32 = 0x400;
/// `stat.IO_REPARSE_TAG_MOUNT_POINT`: a directory junction.
pub const IO_REPARSE_TAG_MOUNT_POINT: u32 = 0xA000_0003;
/// `stat.IO_REPARSE_TAG_SYMLINK`: a symbolic link.
pub const IO_REPARSE_TAG_SYMLINK: u32 = 0xA000_000C;

impl FileType {
    /// The type encoded in a `st_mode`.
    pub fn from_mode(st_mode: u32) -> FileType {
        match st_mode & mode::S_IFMT {
            mode::S_IFREG => FileType::Regular,
            mode::S_IFDIR => FileType::Directory,
            mode::S_IFLNK => FileType::Symlink,
            mode::S_IFIFO => FileType::Fifo,
            mode::S_IFSOCK => FileType::Socket,
            mode::S_IFCHR => FileType::CharDevice,
            mode::S_IFBLK => FileType::BlockDevice,
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
    /// `st_file_attributes` (Windows; 0 elsewhere).
    pub file_attributes: u32,
    /// `st_reparse_tag` (Windows, from `lstat` of a reparse point; 0 elsewhere).
    pub reparse_tag: u32,
}

impl Stat {
    /// The entry's type.
    pub fn file_type(&self) -> FileType {
        FileType::from_mode(self.mode)
    }

    /// Whether this is the `lstat` of a Windows directory junction (`os.path.isjunction`,
    /// and `shutil`'s test for one): a reparse point tagged `IO_REPARSE_TAG_MOUNT_POINT`.
    pub fn is_junction(&self) -> bool {
        self.file_attributes & FILE_ATTRIBUTE_REPARSE_POINT != 0
            && self.reparse_tag == IO_REPARSE_TAG_MOUNT_POINT
    }

    /// `os.path.samestat`: same device and inode.
    pub fn same_file(&self, other: &Stat) -> bool {
        self.dev == other.dev && self.ino == other.ino
    }
}

/// Which forms of `os.chflags` the system has: CPython's `hasattr(os, 'chflags')` and
/// `os.chflags in os.supports_follow_symlinks` (built with `lchflags`).
///
/// File flags (BSD `st_flags`: `UF_IMMUTABLE`, `UF_APPEND`, `UF_NOUNLINK`, ...) refuse
/// `unlink`, `rename` and `chmod` of a file (and, on a directory, changes to its entries) with
/// `EPERM` until they are cleared, which is why `TemporaryDirectory`'s cleanup clears them
/// before it resets modes. [`Os::file_flags`] says which calls a seam has; the default, for a
/// seam that defines none of them, is [`FileFlags::Absent`].
///
/// # Examples
///
/// ```
/// use pybase::os::{FileFlags, LibcOs, Os};
///
/// let host = LibcOs.file_flags();
/// assert_eq!(host, FileFlags::HOST);
/// if cfg!(target_os = "linux") {
///     assert_eq!(host, FileFlags::Absent); // Linux has no chflags
///     assert!(!host.has_chflags());
/// }
/// assert!(FileFlags::Lchflags.has_lchflags());
/// assert!(!FileFlags::ChflagsOnly.has_lchflags());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileFlags {
    /// No `os.chflags` (Linux, Windows): nothing to clear.
    Absent,
    /// `os.chflags` that always follows a symlink: `chflags` without `lchflags` (OpenBSD).
    /// CPython 3.12+ then skips a path that `os.path.islink` says is a link.
    ChflagsOnly,
    /// `os.chflags(..., follow_symlinks=False)` as well: `lchflags` (macOS, FreeBSD, NetBSD,
    /// DragonFly).
    Lchflags,
}

impl FileFlags {
    /// What [`LibcOs`] has on the platform the crate was built for: [`FileFlags::Lchflags`] on
    /// macOS and FreeBSD (the two platforms with file flags whose build is checked),
    /// [`FileFlags::Absent`] elsewhere.
    pub const HOST: FileFlags = if cfg!(any(target_os = "macos", target_os = "freebsd")) {
        FileFlags::Lchflags
    } else {
        FileFlags::Absent
    };

    /// Every value, `Absent` first.
    pub const ALL: [FileFlags; 3] = [
        FileFlags::Absent,
        FileFlags::ChflagsOnly,
        FileFlags::Lchflags,
    ];

    /// `hasattr(os, 'chflags')`.
    pub const fn has_chflags(self) -> bool {
        !matches!(self, FileFlags::Absent)
    }

    /// `os.chflags in os.supports_follow_symlinks` (`lchflags`).
    pub const fn has_lchflags(self) -> bool {
        matches!(self, FileFlags::Lchflags)
    }
}

/// The file flags of Python's `stat` module (`st_flags` bits; the same numbers on macOS and
/// the BSDs, where a flag exists).
pub mod file_flags {
    /// `stat.UF_NODUMP`.
    pub const UF_NODUMP: u32 = 0x0000_0001;
    /// `stat.UF_IMMUTABLE`: the owner's immutable flag (`chflags uchg`).
    pub const UF_IMMUTABLE: u32 = 0x0000_0002;
    /// `stat.UF_APPEND`: append only (`chflags uappnd`).
    pub const UF_APPEND: u32 = 0x0000_0004;
    /// `stat.UF_NOUNLINK`: may not be removed or renamed (FreeBSD, DragonFly: `uunlnk`;
    /// DragonFly refuses the `unlink` with `EISDIR`).
    pub const UF_NOUNLINK: u32 = 0x0000_0010;
    /// `stat.SF_IMMUTABLE`: the system immutable flag (`schg`; only the superuser clears it,
    /// and not above securelevel 0).
    pub const SF_IMMUTABLE: u32 = 0x0002_0000;
    /// `stat.SF_APPEND`.
    pub const SF_APPEND: u32 = 0x0004_0000;
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
///
/// # Examples
///
/// ```
/// use pybase::os::{Call, Fault, FaultyOs, Os};
///
/// let os = FaultyOs::new().with_fault(Fault::every(Call::Mkdir, libc::EROFS));
/// assert!(os.mkdir(c"/tmp/pybase-call-doc", 0o700).is_err()); // injected: nothing created
/// assert_eq!(os.count(Call::Mkdir), 1);
/// assert_eq!(os.counts(), [(Call::Mkdir, 1)]);
/// ```
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
    Chflags,
    Lchflags,
    Fchflags,
    Chflagsat,
}

impl Call {
    /// Every kind of call, in declaration order.
    pub const ALL: [Call; 30] = [
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
        Call::Chflags,
        Call::Lchflags,
        Call::Fchflags,
        Call::Chflagsat,
    ];

    /// How many kinds [`Call::ALL`] had before the persist calls (`Rename`, `RenameNoreplace`,
    /// `Link`) were added: fault scenarios decoded from bytes (the fuzz corpora) pick among
    /// this many, so recorded scenarios keep their meaning.
    pub const BEFORE_PERSIST: usize = 23;

    /// How many kinds [`Call::ALL`] had before the file-flag calls (`Chflags`, `Lchflags`,
    /// `Fchflags`, `Chflagsat`) were added.
    pub const BEFORE_FLAGS: usize = 26;
}

/// Every system call pytempfile makes. See the module docs for the contract.
///
/// Implementations: [`LibcOs`] (the real calls), [`FaultyOs`] (counts, logs and fails them),
/// [`Forward`] (a double that overrides a few and passes the rest on), or a caller's own,
/// installed with pytempfile's `TempfileBuilder::os`.
///
/// # Errors
///
/// Every call returns the `errno` of a failure as the C call reports it, nothing more: no
/// retry on `EINTR` ([`retry_eintr`] is the caller's, where CPython retries), no exception
/// class (a caller makes one with [`Error::from_errno`](crate::error::Error::from_errno), which
/// picks the class as CPython does). [`Errno::FOREIGN`] is reserved for a caller's seam that
/// failed with something that is not an OS error.
///
/// # Security
///
/// Descriptors are created close-on-exec (`O_CLOEXEC`; `O_NOINHERIT` on Windows) whatever flags
/// the caller passes, so no child started with `exec` inherits a temporary file. The `*at`
/// calls take one path component relative to a directory descriptor, and
/// [`fchmodat_nofollow`](Os::fchmodat_nofollow) and
/// [`chflagsat_nofollow`](Os::chflagsat_nofollow) never follow a symlink: that is what lets
/// cleanup walk a tree without ever leaving it. A seam a caller installs is trusted with all of
/// this.
///
/// # Examples
///
/// ```
/// use pybase::os::{flags, LibcOs, Os, Whence};
///
/// let os: &dyn Os = &LibcOs;
/// let dir = std::env::temp_dir().join(format!("pybase-os-doc-{}", std::process::id()));
/// let cdir = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()).unwrap();
/// os.mkdir(&cdir, 0o700).unwrap();
/// let cfile = std::ffi::CString::new(dir.join("f").as_os_str().as_encoded_bytes()).unwrap();
///
/// let fd = os.open(&cfile, flags::O_RDWR | flags::O_CREAT | flags::O_EXCL, 0o600).unwrap();
/// assert_eq!(os.write(fd, b"blat").unwrap(), 4);
/// assert_eq!(os.lseek(fd, 0, Whence::Set).unwrap(), 0);
/// let mut buf = [0u8; 8];
/// assert_eq!(os.read(fd, &mut buf).unwrap(), 4);
/// assert_eq!(os.fstat(fd).unwrap().size, 4);
/// os.close(fd).unwrap();
///
/// // O_EXCL: the name is taken now.
/// let again = os.open(&cfile, flags::O_RDWR | flags::O_CREAT | flags::O_EXCL, 0o600);
/// assert_eq!(again.unwrap_err().0, libc::EEXIST);
/// os.unlink(&cfile).unwrap();
/// os.rmdir(&cdir).unwrap();
/// ```
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
        default_writev(self, fd, bufs)
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

    /// `os.scandir(path)`: every entry of the directory at `path` (`.` and `..` excluded), by
    /// path (the walk Windows' `shutil.rmtree` makes). Counted as [`Call::ReadDir`]. The
    /// default opens the directory, lists it with [`Os::read_dir`] and closes it (Unix);
    /// on Windows it fails with `ENOSYS` unless implemented.
    fn scandir(&self, path: &CStr) -> SysResult<Vec<DirEntry>> {
        default_scandir(self, path)
    }

    /// `os.chmod(path, mode, follow_symlinks=False)`: change the mode of `path` itself, never
    /// of what a symlink there points to. Counted as [`Call::Chmod`]. On Windows the mode only
    /// sets or clears `FILE_ATTRIBUTE_READONLY` (from its `0o200` bit), on the link or junction
    /// itself. The default uses [`Os::fchmodat_nofollow`] relative to the working directory
    /// (Unix); on Windows it fails with `ENOSYS` unless implemented.
    fn lchmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        default_lchmod(self, path, mode)
    }

    /// Windows' `GetFullPathNameW(path)` (`nt._getfullpathname`, what `ntpath.abspath` calls).
    /// Counted as [`Call::Getcwd`] (it reads the working directory). The default fails with
    /// `ENOSYS`: POSIX has no such call (`posixpath.abspath` joins with `getcwd()`).
    fn getfullpathname(&self, path: &CStr) -> SysResult<Vec<u8>> {
        default_getfullpathname(path)
    }

    /// `rename(old, new)`: give the file `old` the name `new`, atomically replacing whatever
    /// `new` named (`EXDEV` across file systems). [`LibcOs`] calls `rename(2)` on Unix and
    /// `MoveFileExW(MOVEFILE_REPLACE_EXISTING)` (`os.replace`) on Windows. The default calls
    /// `std::fs::rename`, so an implementation written before this method existed still
    /// persists files for real (a Windows error code is mapped as `winerror_to_errno` does).
    fn rename(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        default_rename(old, new)
    }
    /// `renameat2(AT_FDCWD, old, AT_FDCWD, new, RENAME_NOREPLACE)`: like [`Os::rename`] but
    /// never replacing `new` (`EEXIST` if it exists), atomically. [`LibcOs`] has it on Linux
    /// (`EINVAL` where the file system does not support the flag, `ENOSYS` where the kernel
    /// lacks the call) and on Windows, where it is `MoveFileExW` without
    /// `MOVEFILE_REPLACE_EXISTING` (`os.rename`: `ERROR_ALREADY_EXISTS` is `EEXIST`).
    /// The default is `ENOSYS`: callers then fall back to [`Os::link`] and [`Os::unlink`].
    fn rename_noreplace(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        default_rename_noreplace(old, new)
    }
    /// `link(old, new)`: a second name for the file `old` (`EEXIST` if `new` exists; never
    /// follows a symlink at `old` on Unix). [`LibcOs`] calls `linkat(2)` on Unix and
    /// `CreateHardLinkW` on Windows. The default calls `std::fs::hard_link`.
    fn link(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        default_link(old, new)
    }

    /// Which of the file-flag calls below this seam has ([`FileFlags`]): what CPython reads
    /// as `hasattr(os, 'chflags')` and `os.chflags in os.supports_follow_symlinks`. Not a
    /// system call (not counted). [`LibcOs`] answers [`FileFlags::HOST`]; the default is
    /// [`FileFlags::Absent`]: a seam that defines none of them is an `os` without `chflags`.
    fn file_flags(&self) -> FileFlags {
        FileFlags::Absent
    }
    /// `chflags(path, flags)` (`os.chflags(path, flags)`): set the file flags of `path`,
    /// following a symlink there. [`LibcOs`] has it on macOS and FreeBSD; the default (and
    /// elsewhere) is `ENOSYS`.
    fn chflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        let _ = (path, flags);
        default_enosys()
    }
    /// `lchflags(path, flags)` (`os.chflags(path, flags, follow_symlinks=False)`): set the
    /// flags of `path` itself, a symlink's own if it is one. Counted as [`Call::Lchflags`].
    /// [`LibcOs`] has it on macOS and FreeBSD; the default is `ENOSYS`.
    fn lchflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        let _ = (path, flags);
        default_enosys()
    }
    /// `fchflags(fd, flags)`: set the flags of the file open at `fd` (CPython's `os` has no
    /// such function; cleanup uses it for a directory it holds open). [`LibcOs`] has it on
    /// macOS and FreeBSD; the default is `ENOSYS`.
    fn fchflags(&self, fd: RawFd, flags: u32) -> SysResult<()> {
        let _ = (fd, flags);
        default_enosys()
    }
    /// Set the flags of `name` in `dirfd` itself, never following a symlink there, race-free:
    /// `chflagsat(dirfd, name, flags, AT_SYMLINK_NOFOLLOW)` on FreeBSD, `setattrlistat(dirfd,
    /// name, ATTR_CMN_FLAGS, FSOPT_NOFOLLOW)` on macOS (which has no `chflagsat`). The default
    /// is `ENOSYS` (callers then fall back to [`Os::lchflags`] on the full path, CPython's own
    /// call).
    fn chflagsat_nofollow(&self, dirfd: RawFd, name: &CStr, flags: u32) -> SysResult<()> {
        let _ = (dirfd, name, flags);
        default_enosys()
    }
}

// The bodies of the [`Os`] methods that have a default, as functions: [`Forward`] runs the
// same ones for a double that does not forward those calls (`Forward::FORWARD_PROVIDED`).

fn default_writev<O: Os + ?Sized>(os: &O, fd: RawFd, bufs: &[IoSlice<'_>]) -> SysResult<usize> {
    match bufs.iter().find(|b| !b.is_empty()) {
        Some(b) => os.write(fd, b),
        None => Ok(0),
    }
}

fn default_scandir<O: Os + ?Sized>(os: &O, path: &CStr) -> SysResult<Vec<DirEntry>> {
    #[cfg(unix)]
    {
        let fd = retry_eintr(|| os.open(path, flags::O_RDONLY | flags::O_DIRECTORY, 0))?;
        let listed = os.read_dir(fd);
        let closed = os.close(fd);
        let entries = listed?;
        closed.map(|()| entries)
    }
    #[cfg(not(unix))]
    {
        let _ = (os, path);
        Err(Errno(libc::ENOSYS))
    }
}

fn default_lchmod<O: Os + ?Sized>(os: &O, path: &CStr, mode: u32) -> SysResult<()> {
    #[cfg(unix)]
    return os.fchmodat_nofollow(flags::AT_FDCWD, path, mode);
    #[cfg(not(unix))]
    {
        let _ = (os, path, mode);
        Err(Errno(libc::ENOSYS))
    }
}

fn default_getfullpathname(path: &CStr) -> SysResult<Vec<u8>> {
    let _ = path;
    Err(Errno(libc::ENOSYS))
}

fn default_rename(old: &CStr, new: &CStr) -> SysResult<()> {
    std::fs::rename(cstr_path(old)?, cstr_path(new)?).map_err(io_errno)
}

fn default_rename_noreplace(old: &CStr, new: &CStr) -> SysResult<()> {
    let _ = (old, new);
    Err(Errno(libc::ENOSYS))
}

/// The default of the calls a platform may lack (the file-flag calls): `ENOSYS`.
fn default_enosys() -> SysResult<()> {
    Err(Errno(libc::ENOSYS))
}

fn default_link(old: &CStr, new: &CStr) -> SysResult<()> {
    std::fs::hard_link(cstr_path(old)?, cstr_path(new)?).map_err(io_errno)
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

/// The errno of a `std` call's error (`EIO` if it carries none), as
/// [`Errno::from_raw_os_error`] maps it.
fn io_errno(err: std::io::Error) -> Errno {
    err.raw_os_error()
        .map_or(Errno(libc::EIO), Errno::from_raw_os_error)
}

/// Run `f` until it returns something other than `EINTR`, as CPython's `os` functions do.
///
/// Use it only where CPython retries (PEP 475: `os.open`, `os.read`, `os.write`, ...), never
/// around `close`, `mkdir` or `unlink`, whose `EINTR` CPython raises as `InterruptedError`.
///
/// # Examples
///
/// ```
/// use pybase::os::{retry_eintr, Errno};
///
/// let mut tries = 0;
/// let r = retry_eintr(|| {
///     tries += 1;
///     if tries < 3 { Err(Errno(libc::EINTR)) } else { Ok(tries) }
/// });
/// assert_eq!(r, Ok(3));
/// assert_eq!(retry_eintr(|| Err::<(), _>(Errno(libc::EIO))), Err(Errno(libc::EIO)));
/// ```
pub fn retry_eintr<T>(mut f: impl FnMut() -> SysResult<T>) -> SysResult<T> {
    loop {
        match f() {
            Err(Errno(libc::EINTR)) => continue,
            other => return other,
        }
    }
}

/// `open(2)` flags pytempfile uses, re-exported so that callers need not depend on `libc`:
/// the host's values (a flag the host's `os` module lacks, such as `O_NOFOLLOW` on Windows or
/// `O_BINARY` on Linux, is not defined).
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
    /// `O_APPEND`.
    pub const O_APPEND: i32 = libc::O_APPEND;
    /// `O_TRUNC`.
    pub const O_TRUNC: i32 = libc::O_TRUNC;
    /// `O_NOFOLLOW`.
    #[cfg(unix)]
    pub const O_NOFOLLOW: i32 = libc::O_NOFOLLOW;
    /// `O_CLOEXEC`.
    #[cfg(unix)]
    pub const O_CLOEXEC: i32 = libc::O_CLOEXEC;
    /// `O_DIRECTORY`.
    #[cfg(unix)]
    pub const O_DIRECTORY: i32 = libc::O_DIRECTORY;
    /// `O_NONBLOCK`.
    #[cfg(unix)]
    pub const O_NONBLOCK: i32 = libc::O_NONBLOCK;
    /// `O_TMPFILE` (includes `O_DIRECTORY`).
    #[cfg(target_os = "linux")]
    pub const O_TMPFILE: i32 = libc::O_TMPFILE;
    /// `AT_FDCWD`: a `dirfd` meaning "relative to the working directory".
    #[cfg(unix)]
    pub const AT_FDCWD: i32 = libc::AT_FDCWD;
    /// `O_BINARY` (Windows: no newline translation).
    #[cfg(windows)]
    pub const O_BINARY: i32 = libc::O_BINARY;
    /// `O_TEXT` (Windows: newline translation).
    #[cfg(windows)]
    pub const O_TEXT: i32 = libc::O_TEXT;
    /// `O_NOINHERIT` (Windows: what `os.open` adds, PEP 446).
    #[cfg(windows)]
    pub const O_NOINHERIT: i32 = libc::O_NOINHERIT;
    /// `O_TEMPORARY` (Windows: `FILE_FLAG_DELETE_ON_CLOSE`, the file is deleted when its last
    /// handle is closed).
    #[cfg(windows)]
    pub const O_TEMPORARY: i32 = libc::O_TEMPORARY;
    /// CPython's `tempfile._text_openflags` on Linux: `O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW`.
    #[cfg(unix)]
    pub const TEXT_OPENFLAGS: i32 = O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW;
    /// CPython's `tempfile._bin_openflags` on Linux (no `O_BINARY` here): the same value.
    #[cfg(unix)]
    pub const BIN_OPENFLAGS: i32 = TEXT_OPENFLAGS;
    /// CPython's `tempfile._text_openflags` on Windows (no `O_NOFOLLOW` there):
    /// `O_RDWR | O_CREAT | O_EXCL`.
    #[cfg(windows)]
    pub const TEXT_OPENFLAGS: i32 = O_RDWR | O_CREAT | O_EXCL;
    /// CPython's `tempfile._bin_openflags` on Windows: `_text_openflags | O_BINARY`.
    #[cfg(windows)]
    pub const BIN_OPENFLAGS: i32 = TEXT_OPENFLAGS | O_BINARY;
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    #[test]
    fn only_the_reserved_value_is_foreign() {
        assert!(Errno::FOREIGN.is_foreign());
        assert!(Errno(i32::MIN).is_foreign());
        for errno in [0, libc::EPERM, libc::EIO, libc::EEXIST, -1, i32::MAX] {
            assert!(!Errno(errno).is_foreign(), "errno {errno}");
        }
    }

    /// `stat.S_IFMT(st_mode)`: the type whatever the permission, set-id and sticky bits.
    #[test]
    fn the_type_is_read_from_the_type_bits_alone() {
        let table = [
            (0o100_644, FileType::Regular),
            (0o104_755, FileType::Regular),
            (0o040_755, FileType::Directory),
            (0o041_777, FileType::Directory),
            (0o120_777, FileType::Symlink),
            (0o010_600, FileType::Fifo),
            (0o140_755, FileType::Socket),
            (0o020_620, FileType::CharDevice),
            (0o060_660, FileType::BlockDevice),
            (0o000_644, FileType::Unknown),
            (0o170_000, FileType::Unknown),
        ];
        for (st_mode, file_type) in table {
            assert_eq!(FileType::from_mode(st_mode), file_type, "{st_mode:o}");
            let st = stat(1, 1, st_mode, 0, 0);
            assert_eq!(st.file_type(), file_type, "{st_mode:o}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_host_reports_a_directory_and_a_character_device() {
        assert_eq!(LibcOs.stat(c"/").unwrap().file_type(), FileType::Directory);
        assert_eq!(
            LibcOs.stat(c"/dev/null").unwrap().file_type(),
            FileType::CharDevice
        );
    }

    fn stat(dev: u64, ino: u64, mode: u32, file_attributes: u32, reparse_tag: u32) -> Stat {
        Stat {
            dev,
            ino,
            mode,
            nlink: 1,
            uid: 0,
            size: 0,
            file_attributes,
            reparse_tag,
        }
    }

    /// `os.path.isjunction`: a reparse point, and tagged as a mount point.
    #[test]
    fn a_junction_is_a_reparse_point_tagged_mount_point() {
        let dir = mode::S_IFDIR | 0o777;
        let table = [
            (
                FILE_ATTRIBUTE_REPARSE_POINT,
                IO_REPARSE_TAG_MOUNT_POINT,
                true,
            ),
            (
                FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY,
                IO_REPARSE_TAG_MOUNT_POINT,
                true,
            ),
            (
                FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY,
                IO_REPARSE_TAG_SYMLINK,
                false,
            ),
            (FILE_ATTRIBUTE_DIRECTORY, IO_REPARSE_TAG_MOUNT_POINT, false),
            (0, IO_REPARSE_TAG_MOUNT_POINT, false),
            (FILE_ATTRIBUTE_REPARSE_POINT, 0, false),
            (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_READONLY, 0, false),
            (0, 0, false),
        ];
        for (attributes, tag, junction) in table {
            let st = stat(1, 1, dir, attributes, tag);
            assert_eq!(st.is_junction(), junction, "{attributes:#x} {tag:#x}");
        }
    }

    /// `os.path.samestat`: the device and the inode both.
    #[test]
    fn the_same_file_has_the_same_device_and_inode() {
        let a = stat(7, 42, 0o100_600, 0, 0);
        assert!(a.same_file(&a));
        assert!(a.same_file(&stat(7, 42, 0o040_700, 0, 0)));
        assert!(!a.same_file(&stat(7, 43, 0o100_600, 0, 0)));
        assert!(!a.same_file(&stat(8, 42, 0o100_600, 0, 0)));
        assert!(!a.same_file(&stat(8, 43, 0o100_600, 0, 0)));
    }

    #[test]
    fn chflags_is_there_unless_absent() {
        let has: Vec<(FileFlags, bool, bool)> = FileFlags::ALL
            .iter()
            .map(|&f| (f, f.has_chflags(), f.has_lchflags()))
            .collect();
        assert_eq!(
            has,
            [
                (FileFlags::Absent, false, false),
                (FileFlags::ChflagsOnly, true, false),
                (FileFlags::Lchflags, true, true),
            ]
        );
    }

    /// A double without `writev` and `scandir` of its own: records its `write`s and the flags of
    /// its `open`s, forwards the rest.
    struct Defaults {
        writes: Mutex<Vec<Vec<u8>>>,
        open_flags: Mutex<Vec<i32>>,
        closes: Mutex<usize>,
    }

    impl Forward for Defaults {
        const FORWARD_PROVIDED: bool = false;
        fn inner(&self) -> &dyn Os {
            &LibcOs
        }
        fn write(&self, _fd: RawFd, buf: &[u8]) -> SysResult<usize> {
            self.writes.lock().unwrap().push(buf.to_vec());
            Ok(buf.len())
        }
        fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
            self.open_flags.lock().unwrap().push(flags);
            LibcOs.open(path, flags, mode)
        }
        fn close(&self, fd: RawFd) -> SysResult<()> {
            *self.closes.lock().unwrap() += 1;
            LibcOs.close(fd)
        }
    }

    fn defaults() -> Defaults {
        Defaults {
            writes: Mutex::new(Vec::new()),
            open_flags: Mutex::new(Vec::new()),
            closes: Mutex::new(0),
        }
    }

    /// The default `writev` writes the first slice that has bytes, and nothing when none has.
    #[test]
    fn the_default_writev_writes_the_first_non_empty_slice() {
        let d = defaults();
        let bufs = [IoSlice::new(b""), IoSlice::new(b"ab"), IoSlice::new(b"cd")];
        assert_eq!(Os::writev(&d, 1, &bufs), Ok(2));
        assert_eq!(*d.writes.lock().unwrap(), [b"ab".to_vec()]);
        let d = defaults();
        assert_eq!(
            Os::writev(&d, 1, &[IoSlice::new(b""), IoSlice::new(b"")]),
            Ok(0)
        );
        assert_eq!(Os::writev(&d, 1, &[]), Ok(0));
        assert!(d.writes.lock().unwrap().is_empty());
    }

    /// The default `scandir` opens with `O_DIRECTORY`: a path that is no directory fails at the
    /// open (`ENOTDIR`), as `os.scandir` does, with nothing to close.
    #[cfg(unix)]
    #[test]
    fn the_default_scandir_opens_a_directory_only() {
        let d = defaults();
        assert!(Os::scandir(&d, c"/").is_ok());
        assert_eq!(
            *d.open_flags.lock().unwrap(),
            [flags::O_RDONLY | flags::O_DIRECTORY]
        );
        assert_eq!(*d.closes.lock().unwrap(), 1);
        let d = defaults();
        assert_eq!(Os::scandir(&d, c"/dev/null"), Err(Errno(libc::ENOTDIR)));
        assert_eq!(*d.closes.lock().unwrap(), 0);
    }

    /// `tempfile._text_openflags` and `_bin_openflags`: the four flags, nothing else.
    #[cfg(unix)]
    #[test]
    fn the_open_flags_are_tempfiles() {
        use flags::{BIN_OPENFLAGS, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDWR, TEXT_OPENFLAGS};
        for flag in [O_RDWR, O_CREAT, O_EXCL, O_NOFOLLOW] {
            assert_eq!(TEXT_OPENFLAGS & flag, flag, "{flag:#o}");
        }
        assert_eq!(
            TEXT_OPENFLAGS & !(O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW),
            0
        );
        assert_eq!(BIN_OPENFLAGS, TEXT_OPENFLAGS);
        // What CPython 3.10 to 3.13 print for tempfile._text_openflags on x86-64 Linux.
        #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
        assert_eq!(TEXT_OPENFLAGS, 131_266);
    }

    /// `tempfile._text_openflags` and `_bin_openflags` on Windows, as the C runtime numbers
    /// them (`_O_RDWR` 0x2, `_O_CREAT` 0x100, `_O_EXCL` 0x400, `_O_BINARY` 0x8000).
    #[cfg(windows)]
    #[test]
    fn the_open_flags_are_tempfiles() {
        assert_eq!(flags::TEXT_OPENFLAGS, 0x0502);
        assert_eq!(flags::BIN_OPENFLAGS, 0x8502);
    }
}
