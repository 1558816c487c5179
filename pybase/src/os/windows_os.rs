//! [`LibcOs`] on Windows: the calls CPython's `os` module makes there.
//!
//! With `libc_os.rs`, its Unix counterpart, the crate's only `unsafe`. Which call each
//! operation is, as in CPython on Windows:
//! - descriptors are the C runtime's: `open` is `_wopen(path, flags | O_NOINHERIT, mode)`
//!   (so `O_BINARY`, `O_TEMPORARY` and the newline translation of a descriptor opened without
//!   `O_BINARY` are the C runtime's own), then `_close`, `_read`, `_write`, `_lseeki64`,
//!   `_chsize_s`; errors are the C runtime's `errno`;
//! - `fstat`/`stat`/`lstat` read `GetFileInformationByHandle` (a handle opened with
//!   `FILE_FLAG_OPEN_REPARSE_POINT` for `lstat`, and the reparse tag), and build a POSIX
//!   `st_mode` from the attributes: `S_IFDIR | 0o111` or `S_IFREG`, `0o444` when read-only,
//!   `0o666` otherwise, `S_IFLNK` for a symbolic link's `lstat` (a junction stays a directory,
//!   with its tag in `reparse_tag`);
//! - `mkdir` is `CreateDirectoryW`; a mode of `0o700` gives the directory a protected ACL
//!   granting access to its owner, SYSTEM and Administrators only (CVE-2024-4030's mitigation:
//!   CPython 3.10.15, 3.11.10, 3.12.4, 3.13.0 and later; always applied here); `rmdir` is
//!   `RemoveDirectoryW`; `unlink` is `DeleteFileW`, except for a directory symlink or junction,
//!   which `RemoveDirectoryW` removes (the link, never its target);
//! - `chmod` opens the path (following links) and sets or clears `FILE_ATTRIBUTE_READONLY` from
//!   the mode's `0o200` bit; `lchmod` does the same with `SetFileAttributesW` on the path itself;
//! - `scandir` is `FindFirstFileW`/`FindNextFileW` (types from the attributes and the reparse
//!   tag); `getfullpathname` is `GetFullPathNameW`;
//! - `rename` is `os.replace`'s `MoveFileExW(MOVEFILE_REPLACE_EXISTING)`, `rename_noreplace`
//!   `os.rename`'s `MoveFileExW` without flags (it never replaces: `EEXIST`), `link` is
//!   `CreateHardLinkW`; like `DeleteFileW`, they need the file's open handles to share
//!   deletion (`FILE_SHARE_DELETE`), which the C runtime grants only to an `O_TEMPORARY`
//!   descriptor: a file open without it cannot be renamed (`EACCES`, a sharing violation);
//! - Win32 errors become `errno` as CPython's `winerror_to_errno` maps them, so the exception
//!   class is CPython's (the message is `strerror(errno)`, not Windows' text: see docs/divergences.md).
//!
//! Paths arrive as the UTF-8 of a `str` (WTF-8 for a lone surrogate, as `OsStr` encodes it);
//! bytes that are not are `EINVAL` (CPython's `UnicodeDecodeError` for such a `bytes` path).

use std::ffi::{CStr, OsString, c_int, c_void};
use std::mem::ManuallyDrop;
use std::os::windows::ffi::OsStringExt;
use std::os::windows::io::{AsRawHandle, FromRawHandle, OwnedHandle, RawHandle};
use std::ptr;

use windows_sys::Win32::Foundation::{
    DUPLICATE_SAME_ACCESS, DuplicateHandle, GENERIC_WRITE, GetHandleInformation, GetLastError,
    HANDLE, HANDLE_FLAG_INHERIT, INVALID_HANDLE_VALUE, LocalFree,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::SECURITY_ATTRIBUTES;
use windows_sys::Win32::Storage::FileSystem::{
    BY_HANDLE_FILE_INFORMATION, CreateDirectoryW, CreateFileW, CreateHardLinkW, DeleteFileW,
    FILE_ATTRIBUTE_TAG_INFO, FILE_BASIC_INFO, FILE_FLAG_BACKUP_SEMANTICS,
    FILE_FLAG_OPEN_REPARSE_POINT, FILE_READ_ATTRIBUTES, FILE_SHARE_DELETE, FILE_SHARE_READ,
    FILE_SHARE_WRITE, FILE_WRITE_ATTRIBUTES, FileAttributeTagInfo, FileBasicInfo, FindClose,
    FindFirstFileW, FindNextFileW, GetFileAttributesW, GetFileInformationByHandle,
    GetFileInformationByHandleEx, GetFullPathNameW, INVALID_FILE_ATTRIBUTES,
    MOVEFILE_REPLACE_EXISTING, MoveFileExW, OPEN_EXISTING, RemoveDirectoryW, SetFileAttributesW,
    SetFileInformationByHandle, WIN32_FIND_DATAW,
};
use windows_sys::Win32::System::IO::DeviceIoControl;
use windows_sys::Win32::System::Threading::GetCurrentProcess;

use super::{
    DirEntry, Errno, FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_READONLY,
    FILE_ATTRIBUTE_REPARSE_POINT, FileType, IO_REPARSE_TAG_MOUNT_POINT, IO_REPARSE_TAG_SYMLINK, Os,
    RawFd, Stat, SysResult, Whence, mode,
};

unsafe extern "C" {
    /// The C runtime's `errno` location for the calling thread.
    fn _errno() -> *mut c_int;
    /// `_chsize_s(fd, size)`: returns 0 or an `errno` value.
    fn _chsize_s(fd: c_int, size: i64) -> c_int;
}

/// Run a C runtime call on a descriptor with the runtime's invalid-parameter handler
/// suppressed, as CPython does (`_Py_BEGIN_SUPPRESS_IPH`): with the UCRT (the MSVC target) a
/// bad descriptor would otherwise end the process instead of failing with `EBADF`. msvcrt (the
/// GNU target) has no such handler for these calls.
#[cfg(target_env = "msvc")]
fn crt<T>(f: impl FnOnce() -> T) -> T {
    type Handler = Option<unsafe extern "C" fn(*const u16, *const u16, *const u16, u32, usize)>;
    unsafe extern "C" {
        fn _set_thread_local_invalid_parameter_handler(handler: Handler) -> Handler;
    }
    unsafe extern "C" fn ignore(_: *const u16, _: *const u16, _: *const u16, _: u32, _: usize) {}
    // SAFETY: sets this thread's handler to a function that does nothing (the call then
    // fails with EBADF/EINVAL), and restores the previous one after the call.
    let previous = unsafe { _set_thread_local_invalid_parameter_handler(Some(ignore)) };
    let r = f();
    // SAFETY: as above.
    unsafe { _set_thread_local_invalid_parameter_handler(previous) };
    r
}

/// See the MSVC version: msvcrt needs no suppression.
#[cfg(not(target_env = "msvc"))]
fn crt<T>(f: impl FnOnce() -> T) -> T {
    f()
}

/// The real calls on Windows. Zero-sized; `Arc<LibcOs>` costs one allocation.
#[derive(Clone, Copy, Debug, Default)]
pub struct LibcOs;

/// The C runtime's `errno` after a failed call.
fn crt_errno() -> Errno {
    // SAFETY: `_errno` returns a pointer to the calling thread's errno, valid and aligned for
    // the thread's lifetime; it is read once, right after the failed call.
    Errno(unsafe { *_errno() })
}

fn check_crt(ret: c_int) -> SysResult<c_int> {
    if ret == -1 { Err(crt_errno()) } else { Ok(ret) }
}

/// The last Win32 error as CPython's `winerror_to_errno` maps it.
fn last_error() -> Errno {
    // SAFETY: GetLastError has no preconditions.
    Errno(winerror_to_errno(unsafe { GetLastError() }))
}

fn check_bool(ok: i32) -> SysResult<()> {
    if ok == 0 { Err(last_error()) } else { Ok(()) }
}

/// `errno` for a Win32 error code: the C runtime's `_dosmaperr` table with CPython's additions
/// (`ERROR_DIRECTORY` is `ENOTDIR`, `ERROR_DIR_NOT_EMPTY` is `ENOTEMPTY`, `ERROR_NO_DATA` is
/// `EPIPE`); anything else is `EINVAL`.
pub(crate) fn winerror_to_errno(code: u32) -> i32 {
    // Win32 codes wrapped in an HRESULT (FACILITY_WIN32).
    let code = if code & 0xFFFF_0000 == 0x8007_0000 {
        code & 0xFFFF
    } else {
        code
    };
    match code {
        2 | 3 | 15 | 18 | 53 | 67 | 161 | 206 => libc::ENOENT,
        10 => libc::E2BIG,
        11 | 188..=202 => libc::ENOEXEC,
        6 | 114 | 130 => libc::EBADF,
        128 | 129 => libc::ECHILD,
        89 | 164 | 215 => libc::EAGAIN,
        7 | 8 | 9 | 1816 => libc::ENOMEM,
        5 | 16 | 19..=36 | 65 | 82 | 83 | 108 | 132 | 158 | 167 => libc::EACCES,
        80 | 183 => libc::EEXIST,
        17 => libc::EXDEV,
        267 => libc::ENOTDIR,
        4 => libc::EMFILE,
        112 => libc::ENOSPC,
        109 | 232 => libc::EPIPE,
        145 => libc::ENOTEMPTY,
        1113 => libc::EILSEQ,
        // Winsock codes are errno values already.
        10000..=11999 => i32::try_from(code).unwrap_or(libc::EINVAL),
        _ => libc::EINVAL,
    }
}

/// `strerror(errno)` from the C runtime (its `_sys_errlist` text, which CPython shows).
pub(crate) fn strerror(errno: i32) -> String {
    // SAFETY: the C runtime's strerror returns a pointer to a NUL-terminated string in a
    // per-thread buffer (or a static table), valid until the next strerror call on this
    // thread; it is copied at once.
    let p = unsafe { libc::strerror(errno) };
    if p.is_null() {
        return format!("Unknown error {errno}");
    }
    // SAFETY: `p` is non-null and NUL-terminated (see above).
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// Decode the WTF-8 bytes of a path to NUL-terminated UTF-16; `None` if they are not
/// (generalized) UTF-8 or contain a NUL.
fn wtf8_to_wide(bytes: &[u8]) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(bytes.len() + 1);
    let mut i = 0;
    let cont = |b: Option<&u8>| -> Option<u32> {
        let b = *b?;
        (b & 0xC0 == 0x80).then_some(u32::from(b & 0x3F))
    };
    while i < bytes.len() {
        let b0 = bytes[i];
        let (cp, len) = if b0 < 0x80 {
            (u32::from(b0), 1)
        } else if b0 & 0xE0 == 0xC0 {
            let cp = (u32::from(b0 & 0x1F) << 6) | cont(bytes.get(i + 1))?;
            (cp >= 0x80).then_some((cp, 2))?
        } else if b0 & 0xF0 == 0xE0 {
            let cp = (u32::from(b0 & 0x0F) << 12)
                | (cont(bytes.get(i + 1))? << 6)
                | cont(bytes.get(i + 2))?;
            (cp >= 0x800).then_some((cp, 3))?
        } else if b0 & 0xF8 == 0xF0 {
            let cp = (u32::from(b0 & 0x07) << 18)
                | (cont(bytes.get(i + 1))? << 12)
                | (cont(bytes.get(i + 2))? << 6)
                | cont(bytes.get(i + 3))?;
            ((0x1_0000..=0x10_FFFF).contains(&cp)).then_some((cp, 4))?
        } else {
            return None;
        };
        if cp == 0 {
            return None;
        }
        if cp >= 0x1_0000 {
            let v = cp - 0x1_0000;
            out.push(0xD800 | u16::try_from(v >> 10).ok()?);
            out.push(0xDC00 | u16::try_from(v & 0x3FF).ok()?);
        } else {
            out.push(u16::try_from(cp).ok()?);
        }
        i += len;
    }
    out.push(0);
    Some(out)
}

/// A path for a wide Win32 call, or `EINVAL`.
fn wide(path: &CStr) -> SysResult<Vec<u16>> {
    wtf8_to_wide(path.to_bytes()).ok_or(Errno(libc::EINVAL))
}

/// The WTF-8 bytes of a wide string (what `OsStr::as_encoded_bytes` gives).
fn wide_to_bytes(w: &[u16]) -> Vec<u8> {
    OsString::from_wide(w).into_encoded_bytes()
}

/// `bytes` as an `OsStr`, if they are what an `OsStr` holds on Windows (WTF-8 without NUL).
pub fn os_str_from_bytes(bytes: &[u8]) -> Option<&std::ffi::OsStr> {
    wtf8_to_wide(bytes)?;
    // SAFETY: the bytes were just checked to be generalized UTF-8 (surrogate code points
    // allowed, each encoded on its own), which is the encoding `OsStr` uses on Windows.
    Some(unsafe { std::ffi::OsStr::from_encoded_bytes_unchecked(bytes) })
}

/// CPython's `st_mode` for Windows file attributes.
fn attributes_to_mode(attributes: u32) -> u32 {
    let kind = if attributes & FILE_ATTRIBUTE_DIRECTORY != 0 {
        mode::S_IFDIR | 0o111
    } else {
        mode::S_IFREG
    };
    kind | if attributes & FILE_ATTRIBUTE_READONLY != 0 {
        0o444
    } else {
        0o666
    }
}

fn stat_from_info(info: &BY_HANDLE_FILE_INFORMATION, tag: u32) -> Stat {
    let mut st_mode = attributes_to_mode(info.dwFileAttributes);
    if tag == IO_REPARSE_TAG_SYMLINK {
        st_mode = (st_mode & !mode::S_IFMT) | mode::S_IFLNK;
    }
    Stat {
        dev: u64::from(info.dwVolumeSerialNumber),
        ino: (u64::from(info.nFileIndexHigh) << 32) | u64::from(info.nFileIndexLow),
        mode: st_mode,
        nlink: u64::from(info.nNumberOfLinks),
        uid: 0,
        size: (u64::from(info.nFileSizeHigh) << 32) | u64::from(info.nFileSizeLow),
        file_attributes: info.dwFileAttributes,
        reparse_tag: tag,
    }
}

fn stat_from_find(data: &WIN32_FIND_DATAW, lstat: bool) -> Stat {
    let tag = if lstat && data.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT != 0 {
        data.dwReserved0
    } else {
        0
    };
    let mut st_mode = attributes_to_mode(data.dwFileAttributes);
    if tag == IO_REPARSE_TAG_SYMLINK {
        st_mode = (st_mode & !mode::S_IFMT) | mode::S_IFLNK;
    }
    Stat {
        dev: 0,
        ino: 0,
        mode: st_mode,
        nlink: 1,
        uid: 0,
        size: (u64::from(data.nFileSizeHigh) << 32) | u64::from(data.nFileSizeLow),
        file_attributes: data.dwFileAttributes,
        reparse_tag: tag,
    }
}

/// Open `path` for its attributes (a directory too), following links or not.
fn open_for_attributes(path: &[u16], access: u32, follow: bool) -> SysResult<OwnedHandle> {
    let flags = FILE_FLAG_BACKUP_SEMANTICS
        | if follow {
            0
        } else {
            FILE_FLAG_OPEN_REPARSE_POINT
        };
    // SAFETY: `path` is a NUL-terminated wide string that outlives the call; the other
    // arguments are plain values or null (no security attributes, no template).
    let h = unsafe {
        CreateFileW(
            path.as_ptr(),
            access,
            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
            ptr::null(),
            OPEN_EXISTING,
            flags,
            ptr::null_mut(),
        )
    };
    if h == INVALID_HANDLE_VALUE {
        return Err(last_error());
    }
    // SAFETY: `h` is a valid handle just returned by CreateFileW and owned by nobody else.
    Ok(unsafe { OwnedHandle::from_raw_handle(h as RawHandle) })
}

fn handle_info(h: HANDLE) -> SysResult<BY_HANDLE_FILE_INFORMATION> {
    // SAFETY: the struct is plain old data; all-zero bytes are a valid value.
    let mut info: BY_HANDLE_FILE_INFORMATION = unsafe { std::mem::zeroed() };
    // SAFETY: `h` is a valid handle for the call; `info` is a live, writable struct.
    check_bool(unsafe { GetFileInformationByHandle(h, &mut info) })?;
    Ok(info)
}

fn reparse_tag(h: HANDLE) -> SysResult<u32> {
    let mut tag = FILE_ATTRIBUTE_TAG_INFO {
        FileAttributes: 0,
        ReparseTag: 0,
    };
    let size = u32::try_from(std::mem::size_of::<FILE_ATTRIBUTE_TAG_INFO>()).unwrap_or(0);
    // SAFETY: `h` is valid; `tag` is a live, writable FILE_ATTRIBUTE_TAG_INFO of `size` bytes.
    check_bool(unsafe {
        GetFileInformationByHandleEx(
            h,
            FileAttributeTagInfo,
            (&raw mut tag).cast::<c_void>(),
            size,
        )
    })?;
    Ok(tag.ReparseTag)
}

/// `FindFirstFileW(path)`: the directory entry's data (no wildcard in `path`).
fn find_data(path: &[u16]) -> SysResult<WIN32_FIND_DATAW> {
    // SAFETY: the struct is plain old data; all-zero bytes are a valid value.
    let mut data: WIN32_FIND_DATAW = unsafe { std::mem::zeroed() };
    // SAFETY: `path` is NUL-terminated; `data` is live and writable.
    let h = unsafe { FindFirstFileW(path.as_ptr(), &mut data) };
    if h == INVALID_HANDLE_VALUE {
        return Err(last_error());
    }
    // SAFETY: `h` is a find handle just returned; closed once.
    unsafe { FindClose(h) };
    Ok(data)
}

/// `os.stat`/`os.lstat` by path.
fn stat_path(path: &[u16], follow: bool) -> SysResult<Stat> {
    let h = match open_for_attributes(path, FILE_READ_ATTRIBUTES, follow) {
        Ok(h) => h,
        // A file being deleted, or opened without sharing: CPython reads the directory entry.
        Err(Errno(libc::EACCES)) => return find_data(path).map(|d| stat_from_find(&d, !follow)),
        Err(e) => return Err(e),
    };
    let raw = h.as_raw_handle() as HANDLE;
    let info = handle_info(raw)?;
    let tag = if !follow && info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT != 0 {
        reparse_tag(raw)?
    } else {
        0
    };
    // A reparse point that is not a name surrogate (not a link): CPython's lstat traverses it.
    if !follow && tag != 0 && tag & 0x2000_0000 == 0 {
        return stat_path(path, true);
    }
    Ok(stat_from_info(&info, tag))
}

/// The handle of a C runtime descriptor, or `EBADF`.
fn fd_handle(fd: RawFd) -> SysResult<HANDLE> {
    // SAFETY: _get_osfhandle only looks the descriptor up in the C runtime's table; an
    // invalid one returns -1 (EBADF; the UCRT's handler is suppressed by `crt`).
    let h = crt(|| unsafe { libc::get_osfhandle(fd) });
    if h == -1 {
        Err(Errno(libc::EBADF))
    } else {
        Ok(h as HANDLE)
    }
}

/// Set or clear `FILE_ATTRIBUTE_READONLY` on an open handle from `mode`'s `0o200` bit.
fn set_readonly_by_handle(h: HANDLE, mode: u32) -> SysResult<()> {
    // SAFETY: the struct is plain old data; all-zero bytes are a valid value.
    let mut basic: FILE_BASIC_INFO = unsafe { std::mem::zeroed() };
    let size = u32::try_from(std::mem::size_of::<FILE_BASIC_INFO>()).unwrap_or(0);
    // SAFETY: `h` is valid; `basic` is a live, writable FILE_BASIC_INFO of `size` bytes.
    check_bool(unsafe {
        GetFileInformationByHandleEx(h, FileBasicInfo, (&raw mut basic).cast::<c_void>(), size)
    })?;
    basic.FileAttributes = readonly_attributes(basic.FileAttributes, mode);
    // SAFETY: as above; the struct is only read by the call.
    check_bool(unsafe {
        SetFileInformationByHandle(h, FileBasicInfo, (&raw const basic).cast::<c_void>(), size)
    })
}

/// The attributes `chmod(mode)` leaves: read-only unless `mode` has `0o200`.
fn readonly_attributes(attributes: u32, mode: u32) -> u32 {
    if mode & 0o200 != 0 {
        attributes & !FILE_ATTRIBUTE_READONLY
    } else {
        attributes | FILE_ATTRIBUTE_READONLY
    }
}

/// The protected ACL CPython gives a directory made with mode `0o700`: full access for
/// SYSTEM, Administrators and the owner, nothing inherited.
const MKDIR_700_SDDL: &str = "D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;OW)";

fn mkdir_700(path: &[u16]) -> SysResult<()> {
    let sddl: Vec<u16> = MKDIR_700_SDDL.encode_utf16().chain(Some(0)).collect();
    let mut sd: *mut c_void = ptr::null_mut();
    // SAFETY: `sddl` is NUL-terminated; `sd` receives a LocalAlloc'ed descriptor, freed below.
    check_bool(unsafe {
        ConvertStringSecurityDescriptorToSecurityDescriptorW(
            sddl.as_ptr(),
            SDDL_REVISION_1,
            &mut sd,
            ptr::null_mut(),
        )
    })?;
    let attrs = SECURITY_ATTRIBUTES {
        nLength: u32::try_from(std::mem::size_of::<SECURITY_ATTRIBUTES>()).unwrap_or(0),
        lpSecurityDescriptor: sd,
        bInheritHandle: 0,
    };
    // SAFETY: `path` is NUL-terminated; `attrs` and the descriptor it points to are live.
    let made = check_bool(unsafe { CreateDirectoryW(path.as_ptr(), &attrs) });
    // SAFETY: `sd` was allocated by ConvertStringSecurityDescriptorToSecurityDescriptorW.
    unsafe { LocalFree(sd) };
    made
}

impl Os for LibcOs {
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        let w = wide(path)?;
        let mode = c_int::try_from(mode & 0o777).unwrap_or(0o600);
        // SAFETY: `w` is a NUL-terminated wide string living across the call; `_wopen` reads
        // the variadic mode as an int, which is what is passed.
        check_crt(crt(|| unsafe {
            libc::wopen(w.as_ptr(), flags | libc::O_NOINHERIT, mode)
        }))
    }

    fn openat(&self, _dirfd: RawFd, _name: &CStr, _flags: i32, _mode: u32) -> SysResult<RawFd> {
        Err(Errno(libc::ENOSYS))
    }

    fn close(&self, fd: RawFd) -> SysResult<()> {
        // SAFETY: closing an integer descriptor has no memory-safety requirement.
        check_crt(crt(|| unsafe { libc::close(fd) })).map(drop)
    }

    fn read(&self, fd: RawFd, buf: &mut [u8]) -> SysResult<usize> {
        let n = u32::try_from(buf.len().min(i32::MAX as usize)).unwrap_or(0);
        // SAFETY: `buf` is a live, writable buffer of at least `n` bytes.
        let ret = check_crt(crt(|| unsafe {
            libc::read(fd, buf.as_mut_ptr().cast(), n)
        }))?;
        Ok(usize::try_from(ret).unwrap_or(0))
    }

    fn write(&self, fd: RawFd, buf: &[u8]) -> SysResult<usize> {
        let n = u32::try_from(buf.len().min(i32::MAX as usize)).unwrap_or(0);
        // SAFETY: `buf` is a live buffer of at least `n` bytes.
        let ret = check_crt(crt(|| unsafe { libc::write(fd, buf.as_ptr().cast(), n) }))?;
        Ok(usize::try_from(ret).unwrap_or(0))
    }

    fn lseek(&self, fd: RawFd, offset: i64, whence: Whence) -> SysResult<u64> {
        let whence = match whence {
            Whence::Set => libc::SEEK_SET,
            Whence::Cur => libc::SEEK_CUR,
            Whence::End => libc::SEEK_END,
        };
        // SAFETY: no pointers are involved.
        let ret = crt(|| unsafe { libc::lseek64(fd, offset, whence) });
        u64::try_from(ret).map_err(|_| crt_errno())
    }

    fn ftruncate(&self, fd: RawFd, len: u64) -> SysResult<()> {
        let len = i64::try_from(len).map_err(|_| Errno(libc::EFBIG))?;
        // SAFETY: no pointers are involved.
        match crt(|| unsafe { _chsize_s(fd, len) }) {
            0 => Ok(()),
            e => Err(Errno(e)),
        }
    }

    fn fstat(&self, fd: RawFd) -> SysResult<Stat> {
        let h = fd_handle(fd)?;
        handle_info(h).map(|info| stat_from_info(&info, 0))
    }

    fn stat(&self, path: &CStr) -> SysResult<Stat> {
        stat_path(&wide(path)?, true)
    }

    fn lstat(&self, path: &CStr) -> SysResult<Stat> {
        stat_path(&wide(path)?, false)
    }

    fn fstatat(&self, _dirfd: RawFd, _name: &CStr, _follow: bool) -> SysResult<Stat> {
        Err(Errno(libc::ENOSYS))
    }

    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
        let w = wide(path)?;
        if mode == 0o700 {
            return mkdir_700(&w);
        }
        // SAFETY: `w` is NUL-terminated; no security attributes.
        check_bool(unsafe { CreateDirectoryW(w.as_ptr(), ptr::null()) })
    }

    fn mkdirat(&self, _dirfd: RawFd, _name: &CStr, _mode: u32) -> SysResult<()> {
        Err(Errno(libc::ENOSYS))
    }

    fn unlink(&self, path: &CStr) -> SysResult<()> {
        let w = wide(path)?;
        // A directory that is a link (symlink or junction) is removed as a directory entry;
        // anything else is DeleteFileW's (a plain directory is then EACCES, as in CPython).
        // SAFETY: `w` is NUL-terminated.
        let attributes = unsafe { GetFileAttributesW(w.as_ptr()) };
        let dir_link = attributes != INVALID_FILE_ATTRIBUTES
            && attributes & FILE_ATTRIBUTE_DIRECTORY != 0
            && attributes & FILE_ATTRIBUTE_REPARSE_POINT != 0
            && find_data(&w).is_ok_and(|d| {
                d.dwReserved0 == IO_REPARSE_TAG_SYMLINK
                    || d.dwReserved0 == IO_REPARSE_TAG_MOUNT_POINT
            });
        if dir_link {
            // SAFETY: `w` is NUL-terminated.
            return check_bool(unsafe { RemoveDirectoryW(w.as_ptr()) });
        }
        // SAFETY: `w` is NUL-terminated.
        check_bool(unsafe { DeleteFileW(w.as_ptr()) })
    }

    fn unlinkat(&self, _dirfd: RawFd, _name: &CStr, _dir: bool) -> SysResult<()> {
        Err(Errno(libc::ENOSYS))
    }

    fn rmdir(&self, path: &CStr) -> SysResult<()> {
        let w = wide(path)?;
        // SAFETY: `w` is NUL-terminated.
        check_bool(unsafe { RemoveDirectoryW(w.as_ptr()) })
    }

    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        let w = wide(path)?;
        let h = open_for_attributes(&w, FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES, true)?;
        set_readonly_by_handle(h.as_raw_handle() as HANDLE, mode)
    }

    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()> {
        set_readonly_by_handle(fd_handle(fd)?, mode)
    }

    fn fchmodat_nofollow(&self, _dirfd: RawFd, _name: &CStr, _mode: u32) -> SysResult<()> {
        Err(Errno(libc::ENOSYS))
    }

    fn read_dir(&self, _dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        Err(Errno(libc::ENOSYS))
    }

    fn getcwd(&self) -> SysResult<Vec<u8>> {
        std::env::current_dir()
            .map(|p| p.into_os_string().into_encoded_bytes())
            .map_err(|e| {
                Errno(
                    e.raw_os_error()
                        .and_then(|c| u32::try_from(c).ok())
                        .map_or(libc::ENOENT, winerror_to_errno),
                )
            })
    }

    fn getenv(&self, name: &str) -> Option<Vec<u8>> {
        std::env::var_os(name).map(|v| v.into_encoded_bytes())
    }

    fn scandir(&self, path: &CStr) -> SysResult<Vec<DirEntry>> {
        let mut pattern = path.to_bytes().to_vec();
        if !matches!(pattern.last(), None | Some(b'\\' | b'/' | b':')) {
            pattern.push(b'\\');
        }
        pattern.push(b'*');
        let w = wtf8_to_wide(&pattern).ok_or(Errno(libc::EINVAL))?;
        // SAFETY: the struct is plain old data; all-zero bytes are a valid value.
        let mut data: WIN32_FIND_DATAW = unsafe { std::mem::zeroed() };
        // SAFETY: `w` is NUL-terminated; `data` is live and writable.
        let h = unsafe { FindFirstFileW(w.as_ptr(), &mut data) };
        if h == INVALID_HANDLE_VALUE {
            // SAFETY: GetLastError has no preconditions.
            let code = unsafe { GetLastError() };
            // An empty listing (a root with no entries) is not an error.
            return if code == 2 {
                Ok(Vec::new())
            } else {
                Err(Errno(winerror_to_errno(code)))
            };
        }
        let mut entries = Vec::new();
        loop {
            let len = data
                .cFileName
                .iter()
                .position(|&c| c == 0)
                .unwrap_or(data.cFileName.len());
            let name = wide_to_bytes(&data.cFileName[..len]);
            if name != b"." && name != b".." {
                entries.push(DirEntry {
                    name,
                    file_type: find_data_type(&data),
                });
            }
            // SAFETY: `h` is the live find handle; `data` is live and writable.
            if unsafe { FindNextFileW(h, &mut data) } == 0 {
                // SAFETY: GetLastError has no preconditions.
                let code = unsafe { GetLastError() };
                // SAFETY: `h` is the live find handle, closed once.
                unsafe { FindClose(h) };
                // 18: ERROR_NO_MORE_FILES.
                return if code == 18 {
                    Ok(entries)
                } else {
                    Err(Errno(winerror_to_errno(code)))
                };
            }
        }
    }

    fn lchmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        let w = wide(path)?;
        // SAFETY: `w` is NUL-terminated.
        let attributes = unsafe { GetFileAttributesW(w.as_ptr()) };
        if attributes == INVALID_FILE_ATTRIBUTES {
            return Err(last_error());
        }
        // SAFETY: `w` is NUL-terminated. SetFileAttributesW acts on a reparse point itself.
        check_bool(unsafe { SetFileAttributesW(w.as_ptr(), readonly_attributes(attributes, mode)) })
    }

    fn getfullpathname(&self, path: &CStr) -> SysResult<Vec<u8>> {
        let w = wide(path)?;
        let mut buf: Vec<u16> = vec![0; 260];
        loop {
            let cap = u32::try_from(buf.len()).unwrap_or(u32::MAX);
            // SAFETY: `w` is NUL-terminated; `buf` is a live, writable buffer of `cap` units.
            let n = unsafe { GetFullPathNameW(w.as_ptr(), cap, buf.as_mut_ptr(), ptr::null_mut()) };
            let n = usize::try_from(n).unwrap_or(0);
            if n == 0 {
                return Err(last_error());
            }
            if n < buf.len() {
                return Ok(wide_to_bytes(&buf[..n]));
            }
            // Too small: `n` is the size needed, the NUL included.
            buf.resize(n, 0);
        }
    }

    fn rename(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        let (o, n) = (wide(old)?, wide(new)?);
        // os.replace: MoveFileExW with MOVEFILE_REPLACE_EXISTING (no MOVEFILE_COPY_ALLOWED:
        // another volume is ERROR_NOT_SAME_DEVICE, EXDEV, never a copy).
        // SAFETY: `o` and `n` are NUL-terminated wide strings living across the call.
        check_bool(unsafe { MoveFileExW(o.as_ptr(), n.as_ptr(), MOVEFILE_REPLACE_EXISTING) })
    }

    fn rename_noreplace(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        let (o, n) = (wide(old)?, wide(new)?);
        // os.rename: MoveFileExW without MOVEFILE_REPLACE_EXISTING, one rename that fails if
        // `new` exists (ERROR_ALREADY_EXISTS or ERROR_FILE_EXISTS: EEXIST), never replacing it.
        // SAFETY: `o` and `n` are NUL-terminated wide strings living across the call.
        check_bool(unsafe { MoveFileExW(o.as_ptr(), n.as_ptr(), 0) })
    }

    fn link(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        let (o, n) = (wide(old)?, wide(new)?);
        // os.link: CreateHardLinkW(new, old); an existing `new` is ERROR_ALREADY_EXISTS
        // (EEXIST), a file system without hard links ERROR_INVALID_FUNCTION (EINVAL).
        // SAFETY: `n` and `o` are NUL-terminated wide strings living across the call; no
        // security attributes.
        check_bool(unsafe { CreateHardLinkW(n.as_ptr(), o.as_ptr(), ptr::null()) })
    }
}

/// The type of a `FindFirstFileW` entry, as `os.scandir`'s `DirEntry` sees it: a junction is
/// a directory that is a junction, a symlink reparse point is a symlink.
fn find_data_type(data: &WIN32_FIND_DATAW) -> FileType {
    let reparse = data.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT != 0;
    if reparse && data.dwReserved0 == IO_REPARSE_TAG_SYMLINK {
        FileType::Symlink
    } else if data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY != 0 {
        if reparse && data.dwReserved0 == IO_REPARSE_TAG_MOUNT_POINT {
            FileType::Junction
        } else {
            FileType::Directory
        }
    } else {
        FileType::Regular
    }
}

/// A `File` view of a C runtime descriptor for [`super::SeamFd`], never to be dropped: the
/// seam closes the descriptor (and its handle with it).
pub(super) fn file_view(fd: RawFd) -> ManuallyDrop<std::fs::File> {
    let h = fd_handle(fd).unwrap_or(INVALID_HANDLE_VALUE);
    // SAFETY: `h` is the handle of a descriptor just opened through the seam and owned by the
    // SeamFd (contract of `Os::open`); the File is wrapped in ManuallyDrop, so std never
    // closes it: `_close` through the seam does, exactly once.
    ManuallyDrop::new(unsafe { std::fs::File::from_raw_handle(h as RawHandle) })
}

/// A duplicate of the handle behind `file`, owned (non-inheritable); `None` if duplication
/// fails.
pub(super) fn duplicate_handle(file: &std::fs::File) -> Option<OwnedHandle> {
    let mut new: HANDLE = ptr::null_mut();
    // SAFETY: the source handle is live (its descriptor is not closed yet); the pseudo-handle
    // of the current process needs no closing; `new` receives a handle owned by nobody else.
    let ok = unsafe {
        DuplicateHandle(
            GetCurrentProcess(),
            file.as_raw_handle() as HANDLE,
            GetCurrentProcess(),
            &mut new,
            0,
            0,
            DUPLICATE_SAME_ACCESS,
        )
    };
    // SAFETY: on success `new` is a fresh handle owned by nobody else.
    (ok != 0).then(|| unsafe { OwnedHandle::from_raw_handle(new as RawHandle) })
}

/// Windows never forks: the value never changes (see the Unix `fork_generation`).
pub fn fork_generation() -> u64 {
    0
}

/// Whether the handle behind descriptor `fd` is inheritable by child processes
/// (`HANDLE_FLAG_INHERIT`; `os.open` makes it not, with `O_NOINHERIT`). `Err` if `fd` is not
/// open. For tests.
pub fn is_inheritable(fd: RawFd) -> std::io::Result<bool> {
    let h = fd_handle(fd).map_err(|e| std::io::Error::from_raw_os_error(e.0))?;
    let mut flags = 0u32;
    // SAFETY: `h` is a valid handle; `flags` is a live, writable u32.
    if unsafe { GetHandleInformation(h, &mut flags) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(flags & HANDLE_FLAG_INHERIT != 0)
}

/// `FSCTL_SET_REPARSE_POINT`.
const FSCTL_SET_REPARSE_POINT: u32 = 0x0009_00A4;

/// Make `link` (a new, empty directory) a junction to `target` (an absolute path), as
/// `mklink /J` (and `_winapi.CreateJunction`) does: a mount-point reparse point. For tests.
pub fn create_junction(link: &std::path::Path, target: &std::path::Path) -> std::io::Result<()> {
    use std::os::windows::ffi::OsStrExt;
    std::fs::create_dir(link)?;
    let mut substitute: Vec<u16> = r"\??\".encode_utf16().collect();
    substitute.extend(target.as_os_str().encode_wide());
    let print: Vec<u16> = target.as_os_str().encode_wide().collect();
    let too_long = || std::io::Error::from_raw_os_error(206);
    let sub_bytes = u16::try_from(substitute.len() * 2).map_err(|_| too_long())?;
    let print_bytes = u16::try_from(print.len() * 2).map_err(|_| too_long())?;
    // REPARSE_DATA_BUFFER for a mount point: tag, data length, reserved, then the offsets and
    // lengths of the substitute and print names, then both names, each NUL-terminated.
    let mut path_buffer: Vec<u16> = substitute;
    path_buffer.push(0);
    path_buffer.extend(&print);
    path_buffer.push(0);
    let data_len = u16::try_from(8 + path_buffer.len() * 2).map_err(|_| too_long())?;
    let mut buf: Vec<u8> = Vec::with_capacity(8 + usize::from(data_len));
    buf.extend(IO_REPARSE_TAG_MOUNT_POINT.to_le_bytes());
    buf.extend(data_len.to_le_bytes());
    buf.extend(0u16.to_le_bytes());
    buf.extend(0u16.to_le_bytes());
    buf.extend(sub_bytes.to_le_bytes());
    buf.extend((sub_bytes + 2).to_le_bytes());
    buf.extend(print_bytes.to_le_bytes());
    for u in &path_buffer {
        buf.extend(u.to_le_bytes());
    }
    let w: Vec<u16> = link.as_os_str().encode_wide().chain(Some(0)).collect();
    let h = open_for_attributes(&w, GENERIC_WRITE, false)
        .map_err(|e| std::io::Error::from_raw_os_error(e.0))?;
    let len = u32::try_from(buf.len()).map_err(|_| too_long())?;
    let mut returned = 0u32;
    // SAFETY: `h` is a live handle to the directory; `buf` is a live buffer of `len` bytes
    // holding a REPARSE_DATA_BUFFER; no output buffer; `returned` is live and writable.
    let ok = unsafe {
        DeviceIoControl(
            h.as_raw_handle() as HANDLE,
            FSCTL_SET_REPARSE_POINT,
            buf.as_ptr().cast(),
            len,
            ptr::null_mut(),
            0,
            &mut returned,
            ptr::null_mut(),
        )
    };
    if ok == 0 {
        let err = std::io::Error::last_os_error();
        drop(h);
        let _ = std::fs::remove_dir(link);
        return Err(err);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wtf8_round_trips() {
        let w = wtf8_to_wide("C:\\tmp\\é€😀".as_bytes()).unwrap();
        assert_eq!(wide_to_bytes(&w[..w.len() - 1]), "C:\\tmp\\é€😀".as_bytes());
        // A lone surrogate, as WTF-8 encodes it.
        let w = wtf8_to_wide(b"a\xed\xa0\x80").unwrap();
        assert_eq!(w, [u16::from(b'a'), 0xD800, 0]);
        assert!(wtf8_to_wide(b"\xff").is_none());
        assert!(wtf8_to_wide(b"\xc0\x80").is_none());
    }

    #[test]
    fn winerror_mapping() {
        assert_eq!(winerror_to_errno(5), libc::EACCES);
        assert_eq!(winerror_to_errno(80), libc::EEXIST);
        assert_eq!(winerror_to_errno(183), libc::EEXIST);
        assert_eq!(winerror_to_errno(2), libc::ENOENT);
        assert_eq!(winerror_to_errno(145), libc::ENOTEMPTY);
        assert_eq!(winerror_to_errno(267), libc::ENOTDIR);
        assert_eq!(winerror_to_errno(0x8007_0005), libc::EACCES);
        assert_eq!(winerror_to_errno(87), libc::EINVAL);
        // What MoveFileExW and CreateHardLinkW report: another volume, a sharing violation,
        // a missing directory, no hard links on the file system.
        assert_eq!(winerror_to_errno(17), libc::EXDEV);
        assert_eq!(winerror_to_errno(32), libc::EACCES);
        assert_eq!(winerror_to_errno(3), libc::ENOENT);
        assert_eq!(winerror_to_errno(1), libc::EINVAL);
    }

    #[test]
    fn readonly_bit() {
        assert_eq!(readonly_attributes(0x21, 0o700), 0x20);
        assert_eq!(readonly_attributes(0x20, 0o500), 0x21);
    }
}
