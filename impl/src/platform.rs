//! CPython `tempfile`'s `os.name` branches, as functions of a [`Platform`] value.
//!
//! Where `tempfile.py` tests `_os.name == 'nt'` (or `hasattr(_os, 'O_BINARY')`,
//! `_os.name != 'posix'`) and the branch is pure logic, it is written here once, taking the
//! platform as an argument; the rest of the crate calls it with [`Platform::HOST`]. So the
//! Windows rules are exercised by the Linux tests too, and the Windows build runs the same
//! code. What each function mirrors, and the releases that differ (each release's
//! `Lib/tempfile.py` is the reference):
//!
//! - [`candidate_tempdir_list`]: `_candidate_tempdir_list` (the same in every release).
//! - [`text_openflags`], [`bin_openflags`]: `_text_openflags`, `_bin_openflags`;
//!   [`os_open_adds`]: what `os.open` adds (PEP 446); [`named_openflags`]:
//!   `NamedTemporaryFile`'s `O_TEMPORARY` (with `delete` before 3.12, with `delete and
//!   delete_on_close` from 3.12, [`Behaviour::DeleteOnClose`]).
//! - [`closer_unlinks`], [`unlink_after_failed_open`]: whether `_TemporaryFileCloser` (and
//!   `NamedTemporaryFile`'s error path) unlinks, or leaves the deletion to `O_TEMPORARY`.
//! - [`permission_error_retries`]: the `PermissionError` rule of `_get_default_tempdir`,
//!   `_mkstemp_inner` and `mkdtemp` (Windows reports `EACCES` for a name that is an existing
//!   directory): on nt, retry if `dir` is a directory and, before 3.13.18, writable
//!   (`os.access(dir, W_OK)`); from 3.13.18 ([`Behaviour::NtRetryBounded`]) `_mkstemp_inner`
//!   and `mkdtemp` never retry the last attempt (`seq < TMP_MAX - 1`) and there is no
//!   `access` check.
//! - [`temporary_file_is_named`]: `TemporaryFile = NamedTemporaryFile` on nt.
//! - [`default_tmp_max`]: `TMP_MAX` before 3.13.18 is `os.TMP_MAX`, the C library's:
//!   238328 with glibc, 2147483647 with Windows' C runtime ([`host_default_tmp_max`]: the
//!   host's own C library, 308915776 on macOS and FreeBSD).
//!
//! The POSIX systems with file flags (macOS, the BSDs: `hasattr(os, 'chflags')`) have a branch
//! of their own in `TemporaryDirectory`'s cleanup, a function of a [`FileFlags`] value (what the
//! seam says it has, [`crate::os::Os::file_flags`]) and the release:
//!
//! - [`cpython_flags_reset`]: how each release's permission reset calls `os.chflags(path, 0)`
//!   before `chmod` (following a symlink in 3.10/3.11 before the CVE-2023-6597 fix; with
//!   `follow_symlinks=False`, or skipping a link where there is no `lchflags`, after it);
//!   [`flags_reset`]: what this crate calls, in every release (never following one).
//! - [`unlink_eisdir_is_refusal`]: from 3.13.18 the handler also takes an `IsADirectoryError`
//!   (DragonFly refuses to unlink a `UF_NOUNLINK` file with `EISDIR`).

pub use pybase::os::FileFlags;
pub use pybase::platform::Platform;

use crate::ntpath;
use crate::version::{Behaviour, PyVersion};

/// A set of `os.open` flags by name, independent of the host's numbers (CPython composes
/// tempfile's flags from `os` constants that exist on one platform only).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpenFlags(u16);

impl OpenFlags {
    /// `O_RDWR`.
    pub const RDWR: OpenFlags = OpenFlags(1);
    /// `O_CREAT`.
    pub const CREAT: OpenFlags = OpenFlags(1 << 1);
    /// `O_EXCL`.
    pub const EXCL: OpenFlags = OpenFlags(1 << 2);
    /// `O_NOFOLLOW` (POSIX only).
    pub const NOFOLLOW: OpenFlags = OpenFlags(1 << 3);
    /// `O_BINARY` (Windows only).
    pub const BINARY: OpenFlags = OpenFlags(1 << 4);
    /// `O_TEMPORARY` (Windows only): deleted when the last handle closes.
    pub const TEMPORARY: OpenFlags = OpenFlags(1 << 5);
    /// `O_NOINHERIT` (Windows only), which `os.open` adds.
    pub const NOINHERIT: OpenFlags = OpenFlags(1 << 6);
    /// `O_CLOEXEC` (POSIX only), which `os.open` adds.
    pub const CLOEXEC: OpenFlags = OpenFlags(1 << 7);

    const NAMES: [(OpenFlags, &'static str); 8] = [
        (OpenFlags::RDWR, "O_RDWR"),
        (OpenFlags::CREAT, "O_CREAT"),
        (OpenFlags::EXCL, "O_EXCL"),
        (OpenFlags::NOFOLLOW, "O_NOFOLLOW"),
        (OpenFlags::BINARY, "O_BINARY"),
        (OpenFlags::TEMPORARY, "O_TEMPORARY"),
        (OpenFlags::NOINHERIT, "O_NOINHERIT"),
        (OpenFlags::CLOEXEC, "O_CLOEXEC"),
    ];

    /// No flag.
    pub const fn empty() -> OpenFlags {
        OpenFlags(0)
    }

    /// Both sets.
    #[must_use]
    pub const fn union(self, other: OpenFlags) -> OpenFlags {
        OpenFlags(self.0 | other.0)
    }

    /// Whether every flag of `other` is in this set.
    pub const fn contains(self, other: OpenFlags) -> bool {
        self.0 & other.0 == other.0
    }

    /// The flags' names, in a fixed order (`["O_RDWR", "O_CREAT", ...]`).
    pub fn names(self) -> Vec<&'static str> {
        OpenFlags::NAMES
            .iter()
            .filter(|(f, _)| self.contains(*f))
            .map(|(_, n)| *n)
            .collect()
    }

    /// The host's value of the set. A flag the host's `os` module does not have contributes
    /// nothing (as `hasattr(os, ...)` being false does in CPython); sets made for the host's
    /// platform only hold flags it has.
    pub const fn native(self) -> i32 {
        let mut v = 0;
        if self.contains(OpenFlags::RDWR) {
            v |= crate::os::flags::O_RDWR;
        }
        if self.contains(OpenFlags::CREAT) {
            v |= crate::os::flags::O_CREAT;
        }
        if self.contains(OpenFlags::EXCL) {
            v |= crate::os::flags::O_EXCL;
        }
        #[cfg(unix)]
        {
            if self.contains(OpenFlags::NOFOLLOW) {
                v |= crate::os::flags::O_NOFOLLOW;
            }
            if self.contains(OpenFlags::CLOEXEC) {
                v |= crate::os::flags::O_CLOEXEC;
            }
        }
        #[cfg(windows)]
        {
            if self.contains(OpenFlags::BINARY) {
                v |= crate::os::flags::O_BINARY;
            }
            if self.contains(OpenFlags::TEMPORARY) {
                v |= crate::os::flags::O_TEMPORARY;
            }
            if self.contains(OpenFlags::NOINHERIT) {
                v |= crate::os::flags::O_NOINHERIT;
            }
        }
        v
    }
}

impl std::fmt::Debug for OpenFlags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.names().join("|"))
    }
}

/// `tempfile._text_openflags`: `O_RDWR | O_CREAT | O_EXCL`, with `O_NOFOLLOW` where `os` has
/// it (POSIX).
pub const fn text_openflags(platform: Platform) -> OpenFlags {
    let base = OpenFlags::RDWR
        .union(OpenFlags::CREAT)
        .union(OpenFlags::EXCL);
    match platform {
        Platform::Posix => base.union(OpenFlags::NOFOLLOW),
        Platform::Nt => base,
    }
}

/// `tempfile._bin_openflags`: `_text_openflags`, with `O_BINARY` where `os` has it (nt).
pub const fn bin_openflags(platform: Platform) -> OpenFlags {
    match platform {
        Platform::Posix => text_openflags(platform),
        Platform::Nt => text_openflags(platform).union(OpenFlags::BINARY),
    }
}

/// What `os.open` adds to every open (PEP 446: descriptors are not inherited):
/// `O_CLOEXEC` on POSIX, `O_NOINHERIT` on nt. The seam adds it (`pybase::os::Os::open`).
pub const fn os_open_adds(platform: Platform) -> OpenFlags {
    match platform {
        Platform::Posix => OpenFlags::CLOEXEC,
        Platform::Nt => OpenFlags::NOINHERIT,
    }
}

/// Whether `NamedTemporaryFile(delete=..., delete_on_close=...)` asks the OS to delete the
/// file on close (`O_TEMPORARY`): only on nt, with `delete` before 3.12 (there is no
/// `delete_on_close`) and with `delete and delete_on_close` from 3.12.
pub fn uses_o_temporary(
    platform: Platform,
    version: PyVersion,
    delete: bool,
    delete_on_close: bool,
) -> bool {
    platform.is_nt() && delete && (delete_on_close || !version.has(Behaviour::DeleteOnClose))
}

/// `NamedTemporaryFile`'s flags: `_bin_openflags`, plus `O_TEMPORARY` when
/// [`uses_o_temporary`].
pub fn named_openflags(
    platform: Platform,
    version: PyVersion,
    delete: bool,
    delete_on_close: bool,
) -> OpenFlags {
    let flags = bin_openflags(platform);
    if uses_o_temporary(platform, version, delete, delete_on_close) {
        flags.union(OpenFlags::TEMPORARY)
    } else {
        flags
    }
}

/// Whether `_TemporaryFileCloser` unlinks the file itself (at `cleanup()` from 3.12, at
/// `close()` before): with `delete`, unless the OS deletes it on close (`O_TEMPORARY`, nt).
/// Before 3.12 the nt closer never unlinks (it only closes; `O_TEMPORARY` did the work).
pub fn closer_unlinks(
    platform: Platform,
    version: PyVersion,
    delete: bool,
    delete_on_close: bool,
) -> bool {
    if !version.has(Behaviour::DeleteOnClose) {
        return delete && !platform.is_nt();
    }
    delete && !(platform.is_nt() && delete_on_close)
}

/// Whether `NamedTemporaryFile` unlinks the file it created when making the file object
/// fails: unless `O_TEMPORARY` already deletes it (nt with `delete`, and `delete_on_close`
/// from 3.12).
pub fn unlink_after_failed_open(
    platform: Platform,
    version: PyVersion,
    delete: bool,
    delete_on_close: bool,
) -> bool {
    !uses_o_temporary(platform, version, delete, delete_on_close)
}

/// `TemporaryFile is NamedTemporaryFile`: on every platform that is not POSIX (nt), as
/// CPython assumes a file cannot be unlinked while open there.
pub const fn temporary_file_is_named(platform: Platform) -> bool {
    platform.is_nt()
}

/// `tempfile.TMP_MAX` before 3.13.18 ([`Behaviour::TmpMax20`]): `os.TMP_MAX`, the C
/// library's: glibc's 238328 on POSIX, 2147483647 (`INT_MAX`) with Windows' C runtime.
pub const fn os_tmp_max(platform: Platform) -> u64 {
    match platform {
        Platform::Posix => 238_328,
        Platform::Nt => 2_147_483_647,
    }
}

/// `os.TMP_MAX` where the crate was built: the C library's `TMP_MAX` (glibc's 238328, musl's
/// 10000, 308915776 on macOS and the BSDs, 2147483647 with Windows' C runtime).
/// [`os_tmp_max`] is glibc's for every POSIX system; this is the host's own.
#[allow(clippy::cast_lossless)] // `u64::from` is not `const`
pub const HOST_OS_TMP_MAX: u64 = libc::TMP_MAX as u64;

/// `tempfile.TMP_MAX` as `version` defines it at import where the crate runs: 20 from 3.13.18,
/// [`HOST_OS_TMP_MAX`] before.
pub fn host_default_tmp_max(version: PyVersion) -> u64 {
    if version.has(Behaviour::TmpMax20) {
        20
    } else {
        HOST_OS_TMP_MAX
    }
}

/// `tempfile.TMP_MAX` as `version` defines it at import on `platform` (glibc's on POSIX).
pub fn default_tmp_max(platform: Platform, version: PyVersion) -> u64 {
    if version.has(Behaviour::TmpMax20) {
        20
    } else {
        os_tmp_max(platform)
    }
}

/// `_candidate_tempdir_list()` on `platform`: the non-empty values of `TMPDIR`, `TEMP` and
/// `TMP`, then the platform's directories, then the working directory (`.` when `getcwd`
/// fails). On nt the platform's directories are `expanduser(r'~\AppData\Local\Temp')`,
/// `expandvars(r'%SYSTEMROOT%\Temp')`, `c:\temp`, `c:\tmp`, `\temp`, `\tmp`; on POSIX `/tmp`,
/// `/var/tmp`, `/usr/tmp`. The environment is read through `getenv` (the OS seam's).
pub fn candidate_tempdir_list(
    platform: Platform,
    getenv: &dyn Fn(&str) -> Option<Vec<u8>>,
    getcwd: &dyn Fn() -> Option<Vec<u8>>,
) -> Vec<Vec<u8>> {
    let mut list: Vec<Vec<u8>> = ["TMPDIR", "TEMP", "TMP"]
        .iter()
        .filter_map(|name| getenv(name))
        .filter(|v| !v.is_empty())
        .collect();
    match platform {
        Platform::Nt => {
            list.push(ntpath::expanduser(br"~\AppData\Local\Temp", getenv));
            list.push(ntpath::expandvars_percent(br"%SYSTEMROOT%\Temp", getenv));
            list.extend([
                br"c:\temp".to_vec(),
                br"c:\tmp".to_vec(),
                br"\temp".to_vec(),
                br"\tmp".to_vec(),
            ]);
        }
        Platform::Posix => {
            list.extend([b"/tmp".to_vec(), b"/var/tmp".to_vec(), b"/usr/tmp".to_vec()]);
        }
    }
    list.push(getcwd().unwrap_or_else(|| b".".to_vec()));
    list
}

/// Where a `PermissionError` is being judged: the three loops that have the nt rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetrySite {
    /// `_get_default_tempdir`'s probe: retrying means the next name in the same directory,
    /// not retrying means the next directory.
    DefaultTempdir,
    /// `_mkstemp_inner`: not retrying raises the error.
    MkstempInner,
    /// `mkdtemp`: not retrying raises the error.
    Mkdtemp,
}

/// Whether a `PermissionError` at attempt `seq` (0-based, of `tmp_max`) draws the next name.
///
/// On POSIX never. On nt, if `dir` is a directory (`os.path.isdir(dir)`), and:
/// - before 3.13.18: `os.access(dir, W_OK)`;
/// - from 3.13.18 ([`Behaviour::NtRetryBounded`]): in `_mkstemp_inner` and `mkdtemp`, if this
///   is not the last attempt (`seq < TMP_MAX - 1`); in `_get_default_tempdir`, always.
///
/// `is_dir` and `writable` are asked only when needed, in CPython's order (so on POSIX no
/// system call is made).
pub fn permission_error_retries(
    platform: Platform,
    version: PyVersion,
    site: RetrySite,
    seq: u64,
    tmp_max: u64,
    is_dir: &dyn Fn() -> bool,
    writable: &dyn Fn() -> bool,
) -> bool {
    if !platform.is_nt() || !is_dir() {
        return false;
    }
    if !version.has(Behaviour::NtRetryBounded) {
        return writable();
    }
    match site {
        RetrySite::DefaultTempdir => true,
        RetrySite::MkstempInner | RetrySite::Mkdtemp => seq.saturating_add(1) < tmp_max,
    }
}

/// `os.access(path, W_OK)` on Windows from the path's `stat`: it exists, and it is a directory
/// or not read-only (Windows' `os.access` looks only at `FILE_ATTRIBUTE_READONLY`, and never
/// calls a directory unwritable).
pub fn nt_access_writable(stat: Option<&crate::os::Stat>) -> bool {
    stat.is_some_and(|st| {
        st.file_attributes & crate::os::FILE_ATTRIBUTE_DIRECTORY != 0
            || st.file_attributes & crate::os::FILE_ATTRIBUTE_READONLY == 0
    })
}

/// How `TemporaryDirectory`'s permission reset calls `os.chflags(path, 0)`, before it resets
/// the mode, on the entry it resets (and on the entry's directory).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagsReset {
    /// No `os.chflags`: flags are not touched (3.10/3.11 catch the `AttributeError`, 3.12+ ask
    /// `hasattr`).
    None,
    /// `os.chflags(path, 0)`: through a symlink, to its target (3.10/3.11 before the
    /// CVE-2023-6597 fix, [`Behaviour::CleanupNoFollow`]).
    Follow,
    /// `os.chflags(path, 0, follow_symlinks=False)` (`lchflags`): the entry itself, a
    /// symlink's own flags if it is one.
    NoFollow,
    /// `os.chflags(path, 0)` unless `os.path.islink(path)`: where `os.chflags` cannot avoid
    /// following (no `lchflags`), a symlink is skipped (`_dont_follow_symlinks`).
    SkipLink,
}

/// What CPython `version` calls to clear an entry's flags on a system with `flags`
/// (`TemporaryDirectory._rmtree`'s `resetperms`, then `_resetperms` and, from 3.13.18,
/// `_resetflags`, which every fd-relative variant calls by path: `chflags` has no `dir_fd`).
///
/// - No `os.chflags` ([`FileFlags::Absent`]): [`FlagsReset::None`], in every release.
/// - Before [`Behaviour::CleanupNoFollow`] (3.10.13, 3.11.7): `chflags(path, 0)`,
///   [`FlagsReset::Follow`].
/// - From it (3.10.14, 3.11.8, 3.12.1 and every later release): `_dont_follow_symlinks`:
///   [`FlagsReset::NoFollow`] with `lchflags`, [`FlagsReset::SkipLink`] without.
///
/// # Examples
///
/// ```
/// use pytempfile::platform::{cpython_flags_reset, FileFlags, FlagsReset};
/// use pytempfile::PyVersion;
///
/// assert_eq!(cpython_flags_reset(FileFlags::Lchflags, PyVersion::V3_11), FlagsReset::Follow);
/// assert_eq!(cpython_flags_reset(FileFlags::Lchflags, PyVersion::V3_12), FlagsReset::NoFollow);
/// assert_eq!(cpython_flags_reset(FileFlags::ChflagsOnly, PyVersion::V3_15), FlagsReset::SkipLink);
/// assert_eq!(cpython_flags_reset(FileFlags::Absent, PyVersion::V3_15), FlagsReset::None);
/// ```
pub fn cpython_flags_reset(flags: FileFlags, version: PyVersion) -> FlagsReset {
    match flags {
        FileFlags::Absent => FlagsReset::None,
        _ if !version.has(Behaviour::CleanupNoFollow) => FlagsReset::Follow,
        FileFlags::Lchflags => FlagsReset::NoFollow,
        FileFlags::ChflagsOnly => FlagsReset::SkipLink,
    }
}

/// What this crate's cleanup calls to clear an entry's flags on a system with `flags`, in
/// every release: [`cpython_flags_reset`] of the releases with [`Behaviour::CleanupNoFollow`],
/// so never [`FlagsReset::Follow`] (a security fix is never switched off: in 3.10/3.11 mode
/// the flags of a symlink's target are not cleared, where CPython 3.10.13 and 3.11.7 clear
/// them). The cleanup makes the call relative to the directory descriptor it reached the
/// entry through (`fchflags` on a directory it holds, `chflagsat_nofollow` on an entry).
pub const fn flags_reset(flags: FileFlags) -> FlagsReset {
    match flags {
        FileFlags::Absent => FlagsReset::None,
        FileFlags::ChflagsOnly => FlagsReset::SkipLink,
        FileFlags::Lchflags => FlagsReset::NoFollow,
    }
}

/// Whether an `IsADirectoryError` from `unlink` of an entry that is not a directory is a
/// refusal the handler resets flags and modes for and retries, like a `PermissionError`:
/// from 3.13.18 ([`Behaviour::CleanupDirFd`]: "On DragonFly BSD, UF_NOUNLINK removal fails
/// with EISDIR, not EPERM"), on a system with file flags. Before, CPython's handler raises it.
/// (On a system without flags `EISDIR` means the entry is a directory now, and cleanup walks
/// it.)
pub fn unlink_eisdir_is_refusal(flags: FileFlags, version: PyVersion) -> bool {
    flags.has_chflags() && version.has(Behaviour::CleanupDirFd)
}
