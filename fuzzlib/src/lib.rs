//! Scenarios and invariants of pytempfile's fuzz targets.
//!
//! Each target is a module with one entry point, `run(data: &[u8])`, that decodes the input
//! into a scenario with [`arbitrary`], runs it against a fresh per-run sandbox, checks the
//! target's invariants and, if one breaks, prints the decoded scenario and the operation log
//! (the target's own log and every system call pytempfile made, from
//! [`pytempfile::FaultyOs`]'s log) and panics. The libFuzzer binaries in `fuzz/` call these
//! entry points, and so do the stable replay tests in `tests/`: the same decoding and the same
//! checks run on stable and under libFuzzer.
//!
//! - [`race_create`]: creators racing attackers in one directory, tiny forced name pool.
//! - [`race_cleanup`]: `TemporaryDirectory` cleanup while attackers swap directories for
//!   symlinks to a victim tree outside.
//! - [`exchange`]: cleanup while another process exchanges a directory and a symlink inside
//!   the tree (not a libFuzzer target: a fixed attack, counted over many runs).
//! - [`spool_model`]: `SpooledTemporaryFile` against an in-memory model.
//! - [`faults`]: every operation with one failing system call.
//!
//! Safety net: every target runs pytempfile over [`HookOs`], which refuses (`EACCES`) any
//! mutating path-based call outside the run's sandbox, so no bug (planted or real) can touch
//! files elsewhere.

// Test and fuzz code: an unexpected failure of the harness itself is a panic.
#![allow(clippy::unwrap_used)]

pub mod exchange;
pub mod faults;
pub mod fsutil;
pub mod race_cleanup;
pub mod race_create;
pub mod spool_model;

use std::ffi::CStr;
use std::fmt::{self, Debug, Write as _};
use std::io::IoSlice;
use std::os::fd::RawFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use pytempfile::os::{Call, DirEntry, Forward, LoggedCall, SysResult};
use pytempfile::{FaultyOs, LibcOs, Os, Tempfile};

pub use fsutil::Sandbox;

/// The targets, by name (the libFuzzer binaries' names and the corpus directories').
pub const TARGETS: [&str; 4] = ["race_create", "race_cleanup", "spool_model", "faults"];

/// Run `data` through the target called `name`.
pub fn run_target(name: &str, data: &[u8]) {
    match name {
        "race_create" => race_create::run(data),
        "race_cleanup" => race_cleanup::run(data),
        "spool_model" => spool_model::run(data),
        "faults" => faults::run(data),
        other => panic!("unknown target {other}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Operation log and violations
// ---------------------------------------------------------------------------------------------

/// What the scenario did, in order, across threads.
#[derive(Default)]
pub struct Log {
    entries: Mutex<Vec<String>>,
}

impl Log {
    /// Record one line for `who`.
    pub fn push(&self, who: &str, what: impl fmt::Display) {
        let line = cut(what.to_string());
        let mut e = self.entries.lock().unwrap();
        let n = e.len();
        e.push(format!("{n:4} {who}: {line}"));
    }

    /// The lines so far.
    pub fn lines(&self) -> Vec<String> {
        self.entries.lock().unwrap().clone()
    }
}

/// `s`, cut to 1500 characters.
fn cut(mut s: String) -> String {
    if s.len() > 1500 {
        let mut i = 1500;
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        s.truncate(i);
        s.push_str(" ...(cut)");
    }
    s
}

/// Invariant violations found during a run.
#[derive(Default)]
pub struct Violations {
    list: Mutex<Vec<String>>,
}

impl Violations {
    /// Record a violation (long ones are cut: data dumps can be megabytes).
    pub fn push(&self, what: impl Into<String>) {
        self.list.lock().unwrap().push(cut(what.into()));
    }

    /// Record a violation unless `cond`.
    pub fn check(&self, cond: bool, what: impl FnOnce() -> String) {
        if !cond {
            self.push(what());
        }
    }

    /// The violations so far.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.list.lock().unwrap())
    }

    /// Whether none were recorded.
    pub fn is_empty(&self) -> bool {
        self.list.lock().unwrap().is_empty()
    }
}

/// Print everything about a failed run and panic (after the caller removed the sandbox).
pub fn report(
    target: &str,
    scenario: &dyn Debug,
    log: &Log,
    syscalls: &[LoggedCall],
    violations: &[String],
) -> ! {
    let mut out = String::new();
    let _ = writeln!(out, "=== {target}: invariant violated");
    for v in violations {
        let _ = writeln!(out, "  - {v}");
    }
    let _ = writeln!(out, "--- decoded scenario\n{scenario:#?}");
    let _ = writeln!(out, "--- operation log");
    for l in log.lines() {
        let _ = writeln!(out, "{l}");
    }
    let _ = writeln!(
        out,
        "--- system calls through the seam ({})",
        syscalls.len()
    );
    for c in syscalls {
        let _ = writeln!(
            out,
            "{:?} {} fd={:?} -> {}{}",
            c.call,
            c.path
                .as_deref()
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .unwrap_or_default(),
            c.fd,
            match c.result {
                Ok(()) => "ok".to_string(),
                Err(e) => format!("errno {e}"),
            },
            if c.injected { " (injected)" } else { "" }
        );
    }
    // Straight to the process's stderr (not through the test harness's capture), so a report
    // from a forked child or a libFuzzer run is always seen.
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), out.as_bytes());
    panic!(
        "{target}: {} invariant violation(s): {}",
        violations.len(),
        violations[0]
    );
}

// ---------------------------------------------------------------------------------------------
// Descriptors
// ---------------------------------------------------------------------------------------------

/// Descriptors the seam log shows opened and never closed through the seam (the caller's
/// view: everything pytempfile opens it must close, or hand over to be closed).
pub fn unclosed_fds(log: &[LoggedCall]) -> Vec<RawFd> {
    let mut open: Vec<RawFd> = Vec::new();
    for c in log {
        match c.call {
            Call::Open | Call::Openat if c.result.is_ok() => {
                if let Some(fd) = c.fd {
                    open.push(fd);
                }
            }
            Call::Close => {
                if let Some(fd) = c.fd {
                    if let Some(pos) = open.iter().rposition(|&f| f == fd) {
                        open.remove(pos);
                    }
                }
            }
            _ => {}
        }
    }
    open
}

/// Whether the process-wide descriptor count is checked (true in the fuzz binaries and in the
/// replay tests, which run one test per binary).
static STRICT_FDS: AtomicBool = AtomicBool::new(true);

/// Switch the process-wide descriptor count check off (for a test binary whose tests run in
/// parallel threads).
pub fn set_strict_fds(strict: bool) {
    STRICT_FDS.store(strict, Ordering::Relaxed);
}

/// The process's descriptor count, if the check is on.
pub fn fd_count() -> Option<usize> {
    if STRICT_FDS.load(Ordering::Relaxed) {
        pytempfile::os::open_fd_count().ok()
    } else {
        None
    }
}

/// The process umask (read without changing it).
pub fn umask() -> u32 {
    static UMASK: OnceLock<u32> = OnceLock::new();
    *UMASK.get_or_init(|| {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
            .unwrap_or(0o022)
    })
}

// ---------------------------------------------------------------------------------------------
// Planted faults
// ---------------------------------------------------------------------------------------------

/// Switch on the deliberate bug named by `PYTEMPFILE_PLANT` (e.g. `MissingExcl`), if the crate
/// was built with the `planted-faults` feature. Returns its name.
pub fn plant_from_env(t: &Tempfile) -> Option<String> {
    #[cfg(feature = "planted-faults")]
    {
        static WANTED: OnceLock<Option<pytempfile::planted::PlantedFault>> = OnceLock::new();
        let wanted = WANTED.get_or_init(|| {
            let name = std::env::var("PYTEMPFILE_PLANT").ok()?;
            use pytempfile::planted::PlantedFault;
            let fault = PlantedFault::ALL
                .into_iter()
                .chain(PlantedFault::RACE)
                .find(|f| format!("{f:?}") == name);
            match fault {
                Some(f) => eprintln!("fuzzlib: planted fault {f:?} is ON"),
                None => panic!("PYTEMPFILE_PLANT={name}: no such planted fault"),
            }
            fault
        });
        if let Some(f) = wanted {
            t.plant_fault(*f);
            return Some(format!("{f:?}"));
        }
        None
    }
    #[cfg(not(feature = "planted-faults"))]
    {
        let _ = t;
        None
    }
}

// ---------------------------------------------------------------------------------------------
// HookOs: the jail and the deterministic attacker hook
// ---------------------------------------------------------------------------------------------

/// The kind of a call, as attack triggers see it (shared with the CPython comparison, whose
/// audit events give the same five kinds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HookKind {
    /// `open`/`openat` (CPython: the `open` audit event).
    Open,
    /// Removal of a non-directory (`unlink`, `unlinkat`; CPython: `os.remove`).
    Unlink,
    /// Removal of a directory (`rmdir`, `unlinkat(AT_REMOVEDIR)`; CPython: `os.rmdir`).
    Rmdir,
    /// A permission change (`chmod`, `fchmod`, `fchmodat`; CPython: `os.chmod`).
    Chmod,
    /// Listing a directory (`getdents64`; CPython: `os.scandir`).
    List,
    /// Creating an entry (`mkdir`, `mkdirat`).
    Mkdir,
}

/// A call about to be made through the seam, as the hook sees it.
#[derive(Debug)]
pub struct HookPoint<'a> {
    /// Its kind.
    pub kind: HookKind,
    /// Its path (or name, for `*at` calls), if any.
    pub path: Option<&'a [u8]>,
    /// The open flags, for opens.
    pub flags: i32,
}

type Hook = Box<dyn FnMut(&HookPoint<'_>) + Send>;

/// The real system calls ([`LibcOs`]) with two additions:
/// - a **jail**: any path-based call that could change something (an `open` that may create
///   or write, `mkdir`, `unlink`, `rmdir`, `chmod`) on a path outside the sandbox root fails
///   with `EACCES` without reaching the kernel;
/// - a **hook**, run before each call while armed: the fuzz targets' deterministic attacker,
///   acting at an exact point of a call sequence.
pub struct HookOs {
    jail: Vec<u8>,
    hook: Mutex<Option<Hook>>,
    armed: AtomicBool,
    refused: AtomicU64,
}

impl HookOs {
    /// A seam jailed to `root`.
    pub fn new(root: &Path) -> HookOs {
        let mut jail = root.as_os_str().as_encoded_bytes().to_vec();
        jail.push(b'/');
        HookOs {
            jail,
            hook: Mutex::new(None),
            armed: AtomicBool::new(false),
            refused: AtomicU64::new(0),
        }
    }

    /// Install the hook (disarmed).
    pub fn set_hook(&self, hook: impl FnMut(&HookPoint<'_>) + Send + 'static) {
        *self.hook.lock().unwrap() = Some(Box::new(hook));
    }

    /// Arm or disarm the hook.
    pub fn arm(&self, armed: bool) {
        self.armed.store(armed, Ordering::SeqCst);
    }

    /// How many calls the jail refused.
    pub fn refused(&self) -> u64 {
        self.refused.load(Ordering::Relaxed)
    }

    fn fire(&self, kind: HookKind, path: Option<&CStr>, flags: i32) {
        if !self.armed.load(Ordering::SeqCst) {
            return;
        }
        // The hook runs with the lock held: hook actions of concurrent calls are serialized.
        if let Some(h) = self.hook.lock().unwrap().as_mut() {
            h(&HookPoint {
                kind,
                path: path.map(CStr::to_bytes),
                flags,
            });
        }
    }

    fn jailed(&self, path: &CStr) -> SysResult<()> {
        let p = path.to_bytes();
        let inside = p.starts_with(&self.jail)
            && !p.windows(4).any(|w| w == b"/../")
            && !p.ends_with(b"/..");
        if inside {
            Ok(())
        } else {
            self.refused.fetch_add(1, Ordering::Relaxed);
            Err(pytempfile::os::Errno(libc::EACCES))
        }
    }
}

const MUTATING_OPEN: i32 = libc::O_CREAT | libc::O_WRONLY | libc::O_RDWR | libc::O_TRUNC;

impl Forward for HookOs {
    // The calls `Os` has a default for run it over this seam, so a `scandir` or an `lchmod`
    // passes the jail and the hook as the calls it is made of.
    const FORWARD_PROVIDED: bool = false;

    fn inner(&self) -> &dyn Os {
        &LibcOs
    }
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        if flags & MUTATING_OPEN != 0 || flags & libc::O_TMPFILE == libc::O_TMPFILE {
            self.jailed(path)?;
        }
        self.fire(HookKind::Open, Some(path), flags);
        LibcOs.open(path, flags, mode)
    }
    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        self.fire(HookKind::Open, Some(name), flags);
        LibcOs.openat(dirfd, name, flags, mode)
    }
    fn writev(&self, fd: RawFd, bufs: &[IoSlice<'_>]) -> SysResult<usize> {
        LibcOs.writev(fd, bufs)
    }
    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
        self.jailed(path)?;
        self.fire(HookKind::Mkdir, Some(path), 0);
        LibcOs.mkdir(path, mode)
    }
    fn mkdirat(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        self.fire(HookKind::Mkdir, Some(name), 0);
        LibcOs.mkdirat(dirfd, name, mode)
    }
    fn unlink(&self, path: &CStr) -> SysResult<()> {
        self.jailed(path)?;
        self.fire(HookKind::Unlink, Some(path), 0);
        LibcOs.unlink(path)
    }
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        let kind = if dir {
            HookKind::Rmdir
        } else {
            HookKind::Unlink
        };
        self.fire(kind, Some(name), 0);
        LibcOs.unlinkat(dirfd, name, dir)
    }
    fn rmdir(&self, path: &CStr) -> SysResult<()> {
        self.jailed(path)?;
        self.fire(HookKind::Rmdir, Some(path), 0);
        LibcOs.rmdir(path)
    }
    fn chmod(&self, path: &CStr, mode: u32) -> SysResult<()> {
        self.jailed(path)?;
        self.fire(HookKind::Chmod, Some(path), 0);
        LibcOs.chmod(path, mode)
    }
    fn fchmod(&self, fd: RawFd, mode: u32) -> SysResult<()> {
        self.fire(HookKind::Chmod, None, 0);
        LibcOs.fchmod(fd, mode)
    }
    fn fchmodat_nofollow(&self, dirfd: RawFd, name: &CStr, mode: u32) -> SysResult<()> {
        self.fire(HookKind::Chmod, Some(name), 0);
        LibcOs.fchmodat_nofollow(dirfd, name, mode)
    }
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        self.fire(HookKind::List, None, 0);
        LibcOs.read_dir(dirfd)
    }
}

/// The seam stack every target uses: [`FaultyOs`] (logging, fault injection) over [`HookOs`].
pub struct Seam {
    /// The jail and hook.
    pub hook: Arc<HookOs>,
    /// The logging / fault-injecting layer pytempfile calls.
    pub faulty: Arc<FaultyOs>,
}

impl Seam {
    /// A logging seam jailed to `sandbox`.
    pub fn new(sandbox: &Sandbox) -> Seam {
        let hook = Arc::new(HookOs::new(sandbox.root()));
        let faulty = Arc::new(FaultyOs::wrap(hook.clone()));
        faulty.start_log();
        Seam { hook, faulty }
    }

    /// The seam as pytempfile takes it.
    pub fn os(&self) -> Arc<dyn Os> {
        self.faulty.clone()
    }

    /// Every call logged, after the checks each target makes at its end: every descriptor
    /// opened through the seam was closed, and the jail refused nothing (unless
    /// `refusals_allowed`).
    pub fn checked_calls(&self, v: &Violations, refusals_allowed: bool) -> Vec<LoggedCall> {
        let syscalls = self.faulty.log();
        let leaked = unclosed_fds(&syscalls);
        v.check(leaked.is_empty(), || {
            format!("descriptors leaked: {leaked:?}")
        });
        v.check(refusals_allowed || self.hook.refused() == 0, || {
            format!(
                "{} call(s) outside the sandbox refused",
                self.hook.refused()
            )
        });
        syscalls
    }
}

/// The end of every target, once its sandbox is gone: a change of the process's descriptor
/// count since `fds_before` is a violation too, and any violation is reported ([`report`]).
pub fn conclude(
    target: &str,
    scenario: &dyn Debug,
    log: &Log,
    syscalls: &[LoggedCall],
    mut violations: Vec<String>,
    fds_before: Option<usize>,
) {
    let fds_after = fd_count();
    if fds_before.is_some() && fds_before != fds_after {
        violations.push(format!(
            "process descriptor count {fds_before:?} -> {fds_after:?}"
        ));
    }
    if !violations.is_empty() {
        report(target, scenario, log, syscalls, &violations);
    }
}

/// A `PathBuf` from bytes.
pub fn path_of(b: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(b))
}

// ---------------------------------------------------------------------------------------------
// Replay (the stable tests)
// ---------------------------------------------------------------------------------------------

/// The committed inputs of `target`: its seed corpus (`fuzz/corpus/<target>/`) and its
/// minimized crash inputs (`fuzz/regressions/<target>/`), sorted by path.
pub fn committed_inputs(target: &str) -> Vec<PathBuf> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut out = Vec::new();
    for dir in ["corpus", "regressions"] {
        if let Ok(rd) = std::fs::read_dir(fuzz.join(dir).join(target)) {
            out.extend(rd.flatten().map(|e| e.path()).filter(|p| p.is_file()));
        }
    }
    out.sort();
    out
}

/// Replay every committed input of `target`, then `random` pseudo-random inputs (a fixed
/// xorshift sequence, so a failure reproduces). Returns how many inputs ran.
pub fn replay(target: &str, random: usize) -> usize {
    let inputs = committed_inputs(target);
    for p in &inputs {
        let data = std::fs::read(p).unwrap();
        eprintln!("replay {target}: {}", p.display());
        run_target(target, &data);
    }
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..random {
        let len = (next() % 160) as usize;
        let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if std::env::var_os("FUZZLIB_VERBOSE").is_some() {
            eprintln!("random {target} #{i}: {data:?}");
        }
        run_target(target, &data);
    }
    inputs.len() + random
}
