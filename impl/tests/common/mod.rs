//! Shared helpers for pytempfile's integration tests.
#![allow(dead_code, clippy::unwrap_used)]

use std::ffi::CStr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use pytempfile::os::{Forward, Os, RawFd, SysResult};
use pytempfile::{Arg, FaultyOs, ForcedNames, Tempfile};

/// The recorded corpus's reader and replay, shared with pyio's tests (which own the file).
#[path = "../../../pyio/tests/common/corpus.rs"]
pub mod corpus;

/// The buffered suite's operation language, shared with pyio's `buffered_corpus` (which owns
/// the file).
#[path = "../../../pyio/tests/common/buffered.rs"]
pub mod buffered;

/// A fresh directory (mode 0755) under /tmp (Windows: under `std::env::temp_dir()`), removed
/// with everything in it on drop, whatever modes the test left behind.
pub struct Sandbox {
    pub path: PathBuf,
}

impl Sandbox {
    pub fn new(tag: &str) -> Sandbox {
        static N: AtomicU64 = AtomicU64::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let name = format!("pytempfile-test-{tag}-{}-{n}", std::process::id());
        #[cfg(unix)]
        let path = PathBuf::from("/tmp").join(name);
        #[cfg(windows)]
        let path = std::env::temp_dir().join(name);
        force_remove(&path);
        std::fs::create_dir_all(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        Sandbox { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn join(&self, p: impl AsRef<Path>) -> PathBuf {
        self.path.join(p)
    }

    pub fn bytes(&self) -> Vec<u8> {
        self.path.as_os_str().as_encoded_bytes().to_vec()
    }

    /// Sorted names of the sandbox's entries.
    pub fn entries(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.path)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        force_remove(&self.path);
    }
}

/// Remove `p` and everything under it: every directory gets mode 0700 first (never following a
/// symlink), so that leftovers with mode 0 cannot stop the removal. (Windows: every entry loses
/// its read-only attribute first; links and junctions are removed, never followed.)
pub fn force_remove(p: &Path) {
    #[cfg(unix)]
    fn open_up(p: &Path) {
        use std::os::unix::fs::PermissionsExt;
        let Ok(md) = std::fs::symlink_metadata(p) else {
            return;
        };
        if md.file_type().is_dir() {
            let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700));
            if let Ok(rd) = std::fs::read_dir(p) {
                for e in rd.flatten() {
                    open_up(&e.path());
                }
            }
        }
    }
    #[cfg(windows)]
    fn open_up(p: &Path) {
        let Ok(md) = std::fs::symlink_metadata(p) else {
            return;
        };
        let mut perms = md.permissions();
        if perms.readonly() {
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            let _ = std::fs::set_permissions(p, perms);
        }
        if md.file_type().is_dir() {
            if let Ok(rd) = std::fs::read_dir(p) {
                for e in rd.flatten() {
                    open_up(&e.path());
                }
            }
        }
    }
    open_up(p);
    match std::fs::symlink_metadata(p) {
        Ok(md) if md.file_type().is_dir() => {
            let _ = std::fs::remove_dir_all(p);
        }
        Ok(_) => {
            let _ = std::fs::remove_file(p);
        }
        Err(_) => {}
    }
}

/// A module instance whose `tempdir` is the sandbox, with a counting seam.
pub fn module_in(sandbox: &Sandbox) -> (Tempfile, Arc<FaultyOs>) {
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder().os(os.clone()).build();
    t.set_tempdir(Some(Arg::from(sandbox.path.as_os_str())));
    (t, os)
}

/// A seam that records the path, flags and mode of every `open` (as pytempfile passes them,
/// before the seam adds `O_CLOEXEC`, or `O_NOINHERIT` on Windows) and the mode of every
/// `mkdir`, and passes every call on to `inner`.
pub struct Recorder {
    inner: Arc<dyn Os>,
    opens: Mutex<Vec<(Vec<u8>, i32, u32)>>,
    mkdirs: Mutex<Vec<u32>>,
}

impl Recorder {
    pub fn new(inner: Arc<dyn Os>) -> Arc<Recorder> {
        Arc::new(Recorder {
            inner,
            opens: Mutex::new(Vec::new()),
            mkdirs: Mutex::new(Vec::new()),
        })
    }

    /// The path and flags of every `open`.
    pub fn opens(&self) -> Vec<(Vec<u8>, i32)> {
        let opens = self.opens.lock().unwrap();
        opens.iter().map(|(p, f, _)| (p.clone(), *f)).collect()
    }

    /// The flags and mode of every `open`.
    pub fn open_flags_and_modes(&self) -> Vec<(i32, u32)> {
        let opens = self.opens.lock().unwrap();
        opens.iter().map(|&(_, f, m)| (f, m)).collect()
    }

    /// The mode of every `mkdir`.
    pub fn mkdirs(&self) -> Vec<u32> {
        self.mkdirs.lock().unwrap().clone()
    }
}

impl Forward for Recorder {
    fn inner(&self) -> &dyn Os {
        &*self.inner
    }
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        let entry = (path.to_bytes().to_vec(), flags, mode);
        self.opens.lock().unwrap().push(entry);
        self.inner.open(path, flags, mode)
    }
    fn mkdir(&self, path: &CStr, mode: u32) -> SysResult<()> {
        self.mkdirs.lock().unwrap().push(mode);
        self.inner.mkdir(path, mode)
    }
}

/// A forced name source.
pub fn forced(names: &[&str]) -> Arc<ForcedNames> {
    Arc::new(ForcedNames::new(names.iter().map(|n| n.as_bytes())))
}

#[cfg(unix)]
pub fn mode_of(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
}

/// A module instance for `version` whose `tempdir` is the sandbox, with a counting seam and an
/// event recorder.
pub fn module_v(
    sandbox: &Sandbox,
    version: pytempfile::PyVersion,
) -> (Tempfile, Arc<FaultyOs>, Events) {
    let os = Arc::new(FaultyOs::new());
    let events = Events::default();
    let t = Tempfile::builder()
        .os(os.clone())
        .version(version)
        .events(events.sink())
        .build();
    t.set_tempdir(Some(Arg::from(sandbox.path.as_os_str())));
    (t, os, events)
}

/// Records the [`pytempfile::Event`]s a module reports.
#[derive(Clone, Default)]
pub struct Events(Arc<std::sync::Mutex<Vec<pytempfile::Event>>>);

impl Events {
    pub fn sink(&self) -> pytempfile::EventSink {
        let v = self.0.clone();
        Arc::new(move |e: &pytempfile::Event| v.lock().unwrap().push(e.clone()))
    }

    pub fn take(&self) -> Vec<pytempfile::Event> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }

    /// The warnings reported since the last `take`, as the corpus drivers' `!` operation
    /// writes them (`corpus/README.md`): `W`, then `CATEGORY:TEXT` entries joined by `;`.
    pub fn said(&self) -> String {
        let heard: Vec<String> = self
            .take()
            .into_iter()
            .filter_map(|e| match e {
                pytempfile::Event::RuntimeWarning { message } => {
                    Some(format!("RuntimeWarning:{message}"))
                }
                pytempfile::Event::DeprecationWarning { message } => {
                    Some(format!("DeprecationWarning:{message}"))
                }
                pytempfile::Event::ResourceWarning { message } => {
                    Some(format!("ResourceWarning:{message}"))
                }
                _ => None,
            })
            .collect();
        format!("W{}", heard.join(";"))
    }

    /// The names of the audit events, in order.
    pub fn audits(&self) -> Vec<(String, Vec<u8>)> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter_map(|e| match e {
                pytempfile::Event::Audit { name, path } => {
                    Some((name.to_string(), path.as_bytes().to_vec()))
                }
                _ => None,
            })
            .collect()
    }

    pub fn clear(&self) {
        self.0.lock().unwrap().clear();
    }
}

/// The messages of the `ResourceWarning`s among the events taken from `events`.
pub fn resource_warnings(events: &Events) -> Vec<String> {
    events
        .take()
        .into_iter()
        .filter_map(|e| match e {
            pytempfile::Event::ResourceWarning { message } => Some(message),
            _ => None,
        })
        .collect()
}

/// Held by every test of a binary that counts the process's descriptors (`/proc/self/fd` is
/// process-wide, and the test threads share it).
pub fn serial() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The process's open descriptors (`/proc/self/fd`).
#[cfg(target_os = "linux")]
pub fn fd_count() -> usize {
    pytempfile::os::open_fd_count().unwrap()
}

/// The `(kind, nth of that kind)` of every call in a log, in order.
pub fn call_indices(log: &[pytempfile::os::LoggedCall]) -> Vec<(pytempfile::os::Call, u64)> {
    let mut seen = std::collections::HashMap::new();
    log.iter()
        .map(|c| {
            let n = seen.entry(c.call).or_insert(0);
            *n += 1;
            (c.call, *n)
        })
        .collect()
}

/// Every entry under `top`, relative, sorted (symlinks not followed).
pub fn tree(top: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            out.push(p.strip_prefix(base).unwrap().display().to_string());
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                walk(base, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(top, top, &mut out);
    out.sort();
    out
}

/// Descriptors the log shows opened (`open`/`openat` that succeeded) and never closed; panics
/// on a close of a descriptor the log never opened.
pub fn unclosed_fds(log: &[pytempfile::os::LoggedCall]) -> Vec<pytempfile::os::RawFd> {
    use pytempfile::os::Call;
    let mut open = Vec::new();
    for c in log {
        match c.call {
            Call::Open | Call::Openat if c.result.is_ok() => open.push(c.fd.unwrap()),
            Call::Close => {
                let fd = c.fd.unwrap();
                let pos = open
                    .iter()
                    .position(|&f| f == fd)
                    .unwrap_or_else(|| panic!("close({fd}) of a descriptor not opened: {log:#?}"));
                open.remove(pos);
            }
            _ => {}
        }
    }
    open
}

/// The kinds of the logged calls, in order.
pub fn call_kinds(log: &[pytempfile::os::LoggedCall]) -> Vec<pytempfile::os::Call> {
    log.iter().map(|c| c.call).collect()
}

/// `fstat(fd).st_nlink` and `st_mode`, straight from libc (not through the seam).
#[cfg(unix)]
pub fn fstat_of(fd: std::os::fd::BorrowedFd<'_>) -> libc::stat {
    use std::os::fd::AsRawFd;
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `fd` is a valid borrowed descriptor and `st` a valid out-pointer.
    let r = unsafe { libc::fstat(fd.as_raw_fd(), &mut st) };
    assert_eq!(r, 0, "fstat: {}", std::io::Error::last_os_error());
    st
}

/// The access mode bits of the descriptor (`F_GETFL & O_ACCMODE`).
#[cfg(unix)]
pub fn access_mode(fd: std::os::fd::BorrowedFd<'_>) -> i32 {
    use std::os::fd::AsRawFd;
    // SAFETY: F_GETFL on a valid descriptor takes no pointer.
    let fl = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFL) };
    assert!(fl >= 0);
    fl & libc::O_ACCMODE
}

/// Run a recorded-corpus driver script under the CPython at `py`: its version, and per case
/// (each introduced by a `= ` line in the driver's output) the lines it printed. `input` goes to
/// the driver's stdin; `env` is added to its environment.
pub fn run_python_driver(
    py: &str,
    script: &Path,
    input: &str,
    env: &[(&str, &str)],
) -> (pytempfile::PyVersion, Vec<Vec<String>>) {
    use std::io::Write;
    let out = std::process::Command::new(py)
        .args(["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"])
        .output()
        .unwrap();
    let version = String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let mut child = std::process::Command::new(py)
        .arg("-W")
        .arg("ignore")
        .arg(script)
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{py} failed");
    let mut cases: Vec<Vec<String>> = Vec::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        if line.starts_with("= ") {
            cases.push(Vec::new());
        } else {
            cases.last_mut().unwrap().push(line.to_string());
        }
    }
    (version, cases)
}
