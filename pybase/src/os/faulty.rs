//! [`FaultyOs`]: the test double of the OS seam.
//!
//! It wraps another [`Os`] and
//! - counts every call by kind ([`FaultyOs::count`], [`FaultyOs::counts`]), which is how the
//!   syscall-budget tests prove an operation makes the minimum number of calls;
//! - optionally logs every call with its path and result ([`FaultyOs::log`]);
//! - injects failures ([`Fault`]): the Nth call overall, the Nth call of one kind, or every call
//!   of one kind, optionally only for paths containing a given byte string, with a chosen errno.
//!   An injected failure does not reach the wrapped implementation, so it has no side effect,
//!   except `close`, which releases the descriptor before reporting the error (as Linux does);
//! - overrides environment variables and the working directory seen through the seam, so tests
//!   can exercise `TMPDIR` handling without touching the process environment;
//! - can report file flags ([`FaultyOs::with_file_flags`]): the seam then says it has
//!   `chflags` (and `lchflags`), whatever the wrapped one has, as on macOS or a BSD.

use std::collections::HashMap;
use std::ffi::CStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::{Call, DirEntry, Errno, FileFlags, LibcOs, Os, RawFd, Stat, SysResult, Whence};

/// One injected failure. Build with [`Fault::nth`], [`Fault::nth_of`] or [`Fault::every`].
///
/// # Examples
///
/// ```
/// use pybase::os::{Call, Fault, FaultyOs, Os};
///
/// // The second mkdir fails with ENOSPC; the first and third reach the real call.
/// let os = FaultyOs::new().with_fault(Fault::nth_of(Call::Mkdir, 2, libc::ENOSPC));
/// let missing = c"/nonexistent/pybase-fault-doc";
/// assert_eq!(os.mkdir(missing, 0o700).unwrap_err().0, libc::ENOENT); // real
/// assert_eq!(os.mkdir(missing, 0o700).unwrap_err().0, libc::ENOSPC); // injected
/// assert_eq!(os.mkdir(missing, 0o700).unwrap_err().0, libc::ENOENT); // real again
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    call: Option<Call>,
    nth: Option<u64>,
    path_contains: Option<Vec<u8>>,
    errno: i32,
}

impl Fault {
    /// Fail the `n`th call through the seam (1-based, counting every kind) with `errno`.
    pub fn nth(n: u64, errno: i32) -> Fault {
        Fault {
            call: None,
            nth: Some(n),
            path_contains: None,
            errno,
        }
    }

    /// Fail the `n`th call of kind `call` (1-based) with `errno`.
    pub fn nth_of(call: Call, n: u64, errno: i32) -> Fault {
        Fault {
            call: Some(call),
            nth: Some(n),
            path_contains: None,
            errno,
        }
    }

    /// Fail every call of kind `call` with `errno`.
    pub fn every(call: Call, errno: i32) -> Fault {
        Fault {
            call: Some(call),
            nth: None,
            path_contains: None,
            errno,
        }
    }

    /// Only match calls whose path (or name) contains `needle`. Calls without a path never
    /// match. Counting for `nth` then counts only the matching calls.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::os::{Call, Fault, FaultyOs, Os};
    ///
    /// let os = FaultyOs::new()
    ///     .with_fault(Fault::every(Call::Unlink, libc::EBUSY).path_contains("locked"));
    /// assert_eq!(os.unlink(c"/nonexistent/locked").unwrap_err().0, libc::EBUSY);
    /// assert_eq!(os.unlink(c"/nonexistent/free").unwrap_err().0, libc::ENOENT);
    /// ```
    #[must_use]
    pub fn path_contains(mut self, needle: impl Into<Vec<u8>>) -> Fault {
        self.path_contains = Some(needle.into());
        self
    }
}

/// One call recorded by [`FaultyOs::log`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedCall {
    /// The kind of call.
    pub call: Call,
    /// Its path or name argument, if it has one.
    pub path: Option<Vec<u8>>,
    /// Its descriptor argument (or the descriptor it returned, for `open`/`openat`).
    pub fd: Option<RawFd>,
    /// `Err(errno)` if the call failed (injected or real).
    pub result: Result<(), i32>,
    /// Whether the failure was injected.
    pub injected: bool,
}

struct FaultState {
    fault: Fault,
    seen: u64,
}

/// The test double of the seam: counts, logs, injects failures, overrides env and cwd.
///
/// A failure it injects never reaches the wrapped seam (the call has no effect), except
/// `close`, which releases the descriptor first, as Linux does. The overrides of `getenv` and
/// `getcwd` change what code behind the seam sees, never the process's own environment.
///
/// # Examples
///
/// ```
/// use pybase::os::{Call, Fault, FaultyOs, Os};
///
/// let os = FaultyOs::new()
///     .with_env("TMPDIR", Some(&b"/nonexistent/pybase-faulty-doc"[..]))
///     .with_fault(Fault::every(Call::Open, libc::EMFILE));
/// assert_eq!(os.getenv("TMPDIR").as_deref(), Some(&b"/nonexistent/pybase-faulty-doc"[..]));
///
/// os.start_log();
/// assert_eq!(os.open(c"/tmp/pybase-faulty-doc", libc::O_RDONLY, 0).unwrap_err().0, libc::EMFILE);
/// let log = os.log();
/// assert_eq!(log[0].call, Call::Open);
/// assert!(log[0].injected);
/// assert_eq!(os.count(Call::Open), 1);
/// assert_eq!(os.syscalls(), 1); // getenv is not a system call
/// ```
pub struct FaultyOs {
    inner: Arc<dyn Os>,
    counts: [AtomicU64; Call::ALL.len()],
    total: AtomicU64,
    faults: Mutex<Vec<FaultState>>,
    log: Mutex<Option<Vec<LoggedCall>>>,
    env: Mutex<HashMap<String, Option<Vec<u8>>>>,
    cwd: Mutex<Option<SysResult<Vec<u8>>>>,
    file_flags: Mutex<Option<FileFlags>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Default for FaultyOs {
    fn default() -> Self {
        FaultyOs::new()
    }
}

impl FaultyOs {
    /// Wrap the real calls ([`LibcOs`]).
    pub fn new() -> FaultyOs {
        FaultyOs::wrap(Arc::new(LibcOs))
    }

    /// Wrap `inner`.
    pub fn wrap(inner: Arc<dyn Os>) -> FaultyOs {
        FaultyOs {
            inner,
            counts: std::array::from_fn(|_| AtomicU64::new(0)),
            total: AtomicU64::new(0),
            faults: Mutex::new(Vec::new()),
            log: Mutex::new(None),
            env: Mutex::new(HashMap::new()),
            cwd: Mutex::new(None),
            file_flags: Mutex::new(None),
        }
    }

    /// Add a fault (builder style).
    #[must_use]
    pub fn with_fault(self, fault: Fault) -> FaultyOs {
        self.add_fault(fault);
        self
    }

    /// Add a fault.
    pub fn add_fault(&self, fault: Fault) {
        lock(&self.faults).push(FaultState { fault, seen: 0 });
    }

    /// Remove every fault.
    pub fn clear_faults(&self) {
        lock(&self.faults).clear();
    }

    /// Start (or restart) recording calls.
    pub fn start_log(&self) {
        *lock(&self.log) = Some(Vec::new());
    }

    /// The calls recorded since [`FaultyOs::start_log`].
    pub fn log(&self) -> Vec<LoggedCall> {
        lock(&self.log).clone().unwrap_or_default()
    }

    /// How many calls of kind `call` were made (injected failures included).
    pub fn count(&self, call: Call) -> u64 {
        self.counts[call as usize].load(Ordering::Relaxed)
    }

    /// How many calls were made in all, excluding `getenv` and `getcwd` (which are not system
    /// calls in CPython's cost model either: the environment is process memory).
    pub fn syscalls(&self) -> u64 {
        self.total.load(Ordering::Relaxed) - self.count(Call::Getenv) - self.count(Call::Getcwd)
    }

    /// Every kind with a non-zero count.
    pub fn counts(&self) -> Vec<(Call, u64)> {
        Call::ALL
            .iter()
            .map(|&c| (c, self.count(c)))
            .filter(|&(_, n)| n > 0)
            .collect()
    }

    /// Reset the counters (faults' own progress is kept).
    pub fn reset_counts(&self) {
        for c in &self.counts {
            c.store(0, Ordering::Relaxed);
        }
        self.total.store(0, Ordering::Relaxed);
    }

    /// Make `getenv(name)` return `value` (`None`: unset) instead of the process environment.
    #[must_use]
    pub fn with_env(self, name: &str, value: Option<&[u8]>) -> FaultyOs {
        self.set_env(name, value);
        self
    }

    /// Make `getenv(name)` return `value` (`None`: unset).
    pub fn set_env(&self, name: &str, value: Option<&[u8]>) {
        lock(&self.env).insert(name.to_string(), value.map(<[u8]>::to_vec));
    }

    /// Make `getcwd()` return `cwd` (or fail with an errno).
    pub fn set_cwd(&self, cwd: SysResult<Vec<u8>>) {
        *lock(&self.cwd) = Some(cwd);
    }

    /// Make [`Os::file_flags`] report `flags` instead of the wrapped seam's answer: code behind
    /// the seam then takes the branch of a system with (or without) `chflags`/`lchflags`. The
    /// flag calls themselves still go to the wrapped seam (`ENOSYS` from [`LibcOs`] on Linux),
    /// counted, logged and faulted like any other.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::os::{Call, FaultyOs, FileFlags, Os};
    ///
    /// let os = FaultyOs::new().with_file_flags(FileFlags::Lchflags);
    /// assert_eq!(os.file_flags(), FileFlags::Lchflags);
    /// let _ = os.lchflags(c"/nonexistent/pybase-flags-doc", 0);
    /// assert_eq!(os.count(Call::Lchflags), 1);
    /// ```
    #[must_use]
    pub fn with_file_flags(self, flags: FileFlags) -> FaultyOs {
        self.set_file_flags(Some(flags));
        self
    }

    /// Report `flags` from [`Os::file_flags`] (`None`: the wrapped seam's answer).
    pub fn set_file_flags(&self, flags: Option<FileFlags>) {
        *lock(&self.file_flags) = flags;
    }

    /// Count the call and decide whether to inject a failure.
    fn enter(&self, call: Call, path: Option<&[u8]>) -> Option<Errno> {
        let seq = self.total.fetch_add(1, Ordering::Relaxed) + 1;
        self.counts[call as usize].fetch_add(1, Ordering::Relaxed);
        let mut faults = lock(&self.faults);
        for st in faults.iter_mut() {
            let f = &st.fault;
            if f.call.is_some_and(|c| c != call) {
                continue;
            }
            if let Some(needle) = &f.path_contains {
                match path {
                    Some(p) if contains(p, needle) => {}
                    _ => continue,
                }
            }
            st.seen += 1;
            let hit = match (f.call, f.nth, &f.path_contains) {
                (_, None, _) => true,
                (None, Some(n), None) => seq == n,
                (_, Some(n), _) => st.seen == n,
            };
            if hit {
                return Some(Errno(f.errno));
            }
        }
        None
    }

    fn record(
        &self,
        call: Call,
        path: Option<&[u8]>,
        fd: Option<RawFd>,
        res: Result<(), i32>,
        injected: bool,
    ) {
        if let Some(log) = lock(&self.log).as_mut() {
            log.push(LoggedCall {
                call,
                path: path.map(<[u8]>::to_vec),
                fd,
                result: res,
                injected,
            });
        }
    }

    fn run<T>(
        &self,
        call: Call,
        path: Option<&CStr>,
        fd: Option<RawFd>,
        f: impl FnOnce() -> SysResult<T>,
    ) -> SysResult<T> {
        let p = path.map(CStr::to_bytes);
        if let Some(e) = self.enter(call, p) {
            self.record(call, p, fd, Err(e.0), true);
            return Err(e);
        }
        let res = f();
        self.record(
            call,
            p,
            fd,
            res.as_ref().map(|_| ()).map_err(|e| e.0),
            false,
        );
        res
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

impl Os for FaultyOs {
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        let p = path.to_bytes();
        if let Some(e) = self.enter(Call::Open, Some(p)) {
            self.record(Call::Open, Some(p), None, Err(e.0), true);
            return Err(e);
        }
        let res = self.inner.open(path, flags, mode);
        self.record(
            Call::Open,
            Some(p),
            res.ok(),
            res.map(|_| ()).map_err(|e| e.0),
            false,
        );
        res
    }

    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        let p = name.to_bytes();
        if let Some(e) = self.enter(Call::Openat, Some(p)) {
            self.record(Call::Openat, Some(p), None, Err(e.0), true);
            return Err(e);
        }
        let res = self.inner.openat(dirfd, name, flags, mode);
        self.record(
            Call::Openat,
            Some(p),
            res.ok(),
            res.map(|_| ()).map_err(|e| e.0),
            false,
        );
        res
    }

    fn close(&self, fd: RawFd) -> SysResult<()> {
        if let Some(e) = self.enter(Call::Close, None) {
            // Linux releases the descriptor even when close reports an error.
            let _ = self.inner.close(fd);
            self.record(Call::Close, None, Some(fd), Err(e.0), true);
            return Err(e);
        }
        let res = self.inner.close(fd);
        self.record(Call::Close, None, Some(fd), res.map_err(|e| e.0), false);
        res
    }

    fn read(&self, fd: RawFd, buf: &mut [u8]) -> SysResult<usize> {
        self.run(Call::Read, None, Some(fd), || self.inner.read(fd, buf))
    }

    fn write(&self, fd: RawFd, buf: &[u8]) -> SysResult<usize> {
        self.run(Call::Write, None, Some(fd), || self.inner.write(fd, buf))
    }

    fn writev(&self, fd: RawFd, bufs: &[std::io::IoSlice<'_>]) -> SysResult<usize> {
        self.run(Call::Writev, None, Some(fd), || self.inner.writev(fd, bufs))
    }

    fn lseek(&self, fd: RawFd, offset: i64, whence: Whence) -> SysResult<u64> {
        self.run(Call::Lseek, None, Some(fd), || {
            self.inner.lseek(fd, offset, whence)
        })
    }

    fn ftruncate(&self, fd: RawFd, len: u64) -> SysResult<()> {
        self.run(Call::Ftruncate, None, Some(fd), || {
            self.inner.ftruncate(fd, len)
        })
    }

    fn fstat(&self, fd: RawFd) -> SysResult<Stat> {
        self.run(Call::Fstat, None, Some(fd), || self.inner.fstat(fd))
    }

    fn stat(&self, path: &CStr) -> SysResult<Stat> {
        self.run(Call::Stat, Some(path), None, || self.inner.stat(path))
    }

    fn lstat(&self, path: &CStr) -> SysResult<Stat> {
        self.run(Call::Lstat, Some(path), None, || self.inner.lstat(path))
    }

    fn fstatat(&self, dirfd: RawFd, name: &CStr, follow: bool) -> SysResult<Stat> {
        self.run(Call::Fstatat, Some(name), Some(dirfd), || {
            self.inner.fstatat(dirfd, name, follow)
        })
    }

    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
        self.run(Call::Mkdir, Some(path), None, || {
            self.inner.mkdir(path, mode)
        })
    }

    fn mkdirat(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        self.run(Call::Mkdirat, Some(name), Some(dirfd), || {
            self.inner.mkdirat(dirfd, name, mode)
        })
    }

    fn unlink(&self, path: &CStr) -> SysResult<()> {
        self.run(Call::Unlink, Some(path), None, || self.inner.unlink(path))
    }

    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        self.run(Call::Unlinkat, Some(name), Some(dirfd), || {
            self.inner.unlinkat(dirfd, name, dir)
        })
    }

    fn rmdir(&self, path: &CStr) -> SysResult<()> {
        self.run(Call::Rmdir, Some(path), None, || self.inner.rmdir(path))
    }

    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        self.run(Call::Chmod, Some(path), None, || {
            self.inner.chmod(path, mode)
        })
    }

    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()> {
        self.run(Call::Fchmod, None, Some(fd), || self.inner.fchmod(fd, mode))
    }

    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        self.run(Call::Fchmodat, Some(name), Some(dirfd), || {
            self.inner.fchmodat_nofollow(dirfd, name, mode)
        })
    }

    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        self.run(Call::ReadDir, None, Some(dirfd), || {
            self.inner.read_dir(dirfd)
        })
    }

    fn getcwd(&self) -> SysResult<Vec<u8>> {
        if let Some(e) = self.enter(Call::Getcwd, None) {
            return Err(e);
        }
        if let Some(cwd) = lock(&self.cwd).clone() {
            return cwd;
        }
        self.inner.getcwd()
    }

    fn getenv(&self, name: &str) -> Option<Vec<u8>> {
        // getenv cannot fail; a fault on it is ignored (it still counts).
        let _ = self.enter(Call::Getenv, Some(name.as_bytes()));
        if let Some(v) = lock(&self.env).get(name) {
            return v.clone();
        }
        self.inner.getenv(name)
    }

    fn scandir(&self, path: &CStr) -> SysResult<Vec<DirEntry>> {
        self.run(Call::ReadDir, Some(path), None, || self.inner.scandir(path))
    }

    fn lchmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        self.run(Call::Chmod, Some(path), None, || {
            self.inner.lchmod(path, mode)
        })
    }

    fn getfullpathname(&self, path: &CStr) -> SysResult<Vec<u8>> {
        self.run(Call::Getcwd, Some(path), None, || {
            self.inner.getfullpathname(path)
        })
    }

    // The persist calls log and match faults on their *new* name (the one they create).

    fn rename(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        self.run(Call::Rename, Some(new), None, || {
            self.inner.rename(old, new)
        })
    }

    fn rename_noreplace(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        self.run(Call::RenameNoreplace, Some(new), None, || {
            self.inner.rename_noreplace(old, new)
        })
    }

    fn link(&self, old: &CStr, new: &CStr) -> SysResult<()> {
        self.run(Call::Link, Some(new), None, || self.inner.link(old, new))
    }

    fn file_flags(&self) -> FileFlags {
        // Not a system call: not counted.
        lock(&self.file_flags).unwrap_or_else(|| self.inner.file_flags())
    }

    fn chflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        self.run(Call::Chflags, Some(path), None, || {
            self.inner.chflags(path, flags)
        })
    }

    fn lchflags(&self, path: &CStr, flags: u32) -> SysResult<()> {
        self.run(Call::Lchflags, Some(path), None, || {
            self.inner.lchflags(path, flags)
        })
    }

    fn fchflags(&self, fd: RawFd, flags: u32) -> SysResult<()> {
        self.run(Call::Fchflags, None, Some(fd), || {
            self.inner.fchflags(fd, flags)
        })
    }

    fn chflagsat_nofollow(&self, dirfd: RawFd, name: &CStr, flags: u32) -> SysResult<()> {
        self.run(Call::Chflagsat, Some(name), Some(dirfd), || {
            self.inner.chflagsat_nofollow(dirfd, name, flags)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CString;

    fn c(s: &str) -> CString {
        CString::new(s).unwrap()
    }

    #[test]
    fn nth_call_overall_fails_once() {
        let os = FaultyOs::new().with_fault(Fault::nth(2, libc::EIO));
        assert!(os.stat(&c("/")).is_ok());
        assert_eq!(os.stat(&c("/")), Err(Errno(libc::EIO)));
        assert!(os.stat(&c("/")).is_ok());
        assert_eq!(os.count(Call::Stat), 3);
    }

    #[test]
    fn nth_of_kind_and_every() {
        let os = FaultyOs::new()
            .with_fault(Fault::nth_of(Call::Lstat, 2, libc::ENOSPC))
            .with_fault(Fault::every(Call::Chmod, libc::EPERM));
        assert!(os.stat(&c("/")).is_ok());
        assert!(os.lstat(&c("/")).is_ok());
        assert_eq!(os.lstat(&c("/")), Err(Errno(libc::ENOSPC)));
        assert!(os.lstat(&c("/")).is_ok());
        assert_eq!(
            os.chmod(&c("/nonexistent-x"), 0o700),
            Err(Errno(libc::EPERM))
        );
        assert_eq!(
            os.chmod(&c("/nonexistent-x"), 0o700),
            Err(Errno(libc::EPERM))
        );
    }

    #[test]
    fn cleared_faults_fail_nothing() {
        let os = FaultyOs::new()
            .with_fault(Fault::every(Call::Stat, libc::EIO))
            .with_fault(Fault::nth_of(Call::Lstat, 1, libc::ENOSPC));
        assert_eq!(os.stat(&c("/")), Err(Errno(libc::EIO)));
        os.clear_faults();
        assert!(os.stat(&c("/")).is_ok());
        assert!(os.lstat(&c("/")).is_ok());
        assert_eq!(os.count(Call::Stat), 2);
        // A fault added afterwards counts from then on.
        os.add_fault(Fault::every(Call::Lstat, libc::EACCES));
        assert_eq!(os.lstat(&c("/")), Err(Errno(libc::EACCES)));
    }

    #[test]
    fn reset_counts_zeroes_the_counters_and_keeps_the_faults_progress() {
        let os = FaultyOs::new().with_fault(Fault::nth_of(Call::Stat, 2, libc::EIO));
        assert!(os.stat(&c("/")).is_ok());
        assert!(os.lstat(&c("/")).is_ok());
        assert_eq!(os.syscalls(), 2);
        os.reset_counts();
        assert_eq!(os.count(Call::Stat), 0);
        assert_eq!(os.counts(), []);
        assert_eq!(os.syscalls(), 0);
        // The fault saw one stat before the reset: the next one is its second.
        assert_eq!(os.stat(&c("/")), Err(Errno(libc::EIO)));
        assert_eq!(os.counts(), [(Call::Stat, 1)]);
        assert_eq!(os.syscalls(), 1);
    }

    #[test]
    fn path_filter() {
        let os = FaultyOs::new()
            .with_fault(Fault::every(Call::Stat, libc::EACCES).path_contains("proc"));
        assert!(os.stat(&c("/")).is_ok());
        assert_eq!(os.stat(&c("/proc")), Err(Errno(libc::EACCES)));
    }

    #[test]
    fn env_and_cwd_overrides() {
        let os = FaultyOs::new()
            .with_env("TMPDIR", Some(b"/x"))
            .with_env("TEMP", None);
        assert_eq!(os.getenv("TMPDIR"), Some(b"/x".to_vec()));
        assert_eq!(os.getenv("TEMP"), None);
        os.set_cwd(Err(Errno(libc::ENOENT)));
        assert_eq!(os.getcwd(), Err(Errno(libc::ENOENT)));
        assert_eq!(os.syscalls(), 0);
    }

    #[test]
    fn file_flags_are_reported_and_their_calls_counted_and_faulted() {
        let os = FaultyOs::new();
        assert_eq!(os.file_flags(), LibcOs.file_flags());
        os.set_file_flags(Some(FileFlags::ChflagsOnly));
        assert_eq!(os.file_flags(), FileFlags::ChflagsOnly);
        os.set_file_flags(None);
        assert_eq!(os.file_flags(), FileFlags::HOST);
        assert_eq!(os.syscalls(), 0, "file_flags is no system call");

        let os = FaultyOs::new()
            .with_file_flags(FileFlags::Lchflags)
            .with_fault(Fault::every(Call::Chflagsat, libc::EPERM).path_contains("locked"));
        os.start_log();
        assert_eq!(
            os.chflagsat_nofollow(-1, &c("locked"), 0),
            Err(Errno(libc::EPERM))
        );
        let _ = os.fchflags(-1, 0);
        let _ = os.chflags(&c("/nonexistent-x"), 0);
        let _ = os.lchflags(&c("/nonexistent-x"), 0);
        let log = os.log();
        assert_eq!(
            log.iter().map(|l| l.call).collect::<Vec<_>>(),
            [
                Call::Chflagsat,
                Call::Fchflags,
                Call::Chflags,
                Call::Lchflags
            ]
        );
        assert!(log[0].injected);
        assert_eq!(log[0].path.as_deref(), Some(&b"locked"[..]));
        assert_eq!(log[1].fd, Some(-1));
        assert_eq!(os.syscalls(), 4);
    }
}
