//! The exchange attack on `TemporaryDirectory` cleanup (issue 14): an attacker who can only
//! rename entries *inside* the tree.
//!
//! The tree: `sub/` (mode 0500, [`FILES`] files `f00`, `f01`, ...) and `link`, a symlink to
//! a directory outside the temporary directory that holds files of the same names. A separate
//! process ([`Attacker`]) exchanges `sub` and `link` with `renameat2(RENAME_EXCHANGE)` in a
//! tight loop while `cleanup()` runs, so every name cleanup classified may be the other kind
//! by the time it acts on it: a directory where a symlink was listed (`EISDIR` on unlink), a
//! symlink where a directory was listed (`ENOTDIR`/`ELOOP` on open), a symlink or a
//! non-empty directory where an emptied directory was (`ENOTDIR`, `ENOTEMPTY` on rmdir).
//!
//! What a run checks: nothing outside the temporary directory changed (the outside directory's
//! entries, contents, modes and inodes; its mode), and whether cleanup reported an error and
//! whether the tree is gone. [`run_crate`] runs it against the crate; the Python side
//! (`fuzz/cpython/exchange_cleanup.py`) runs the same attack against a Python module (the
//! standard `tempfile` or `pytempfile`).
//!
//! Permission bits must apply (root ignores them): run it in a process without
//! `CAP_DAC_OVERRIDE` ([`crate::race_cleanup::drop_privileges_once`]), so that the 0500
//! directory makes cleanup go through its permission reset.

use std::ffi::CString;
use std::fs;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use pytempfile::{Arg, DirOptions, Params, PyVersion, Tempfile};

use crate::fsutil::{self, Sandbox};

/// Files in `sub/` and in the outside directory.
pub const FILES: usize = 40;

/// Build the tree in `top` and the outside directory `outside` (created here).
pub fn build(top: &Path, outside: &Path) {
    fs::create_dir(outside).unwrap();
    let sub = top.join("sub");
    fs::create_dir(&sub).unwrap();
    for i in 0..FILES {
        fs::write(sub.join(format!("f{i:02}")), format!("tree {i}")).unwrap();
        fs::write(outside.join(format!("f{i:02}")), format!("OUTSIDE {i}")).unwrap();
    }
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o500)).unwrap();
    fs::set_permissions(outside, fs::Permissions::from_mode(0o755)).unwrap();
    symlink(outside, top.join("link")).unwrap();
}

/// A forked process exchanging `top/sub` and `top/link` until stopped.
pub struct Attacker {
    pid: libc::pid_t,
    /// A shared page: `[0]` counts successful exchanges.
    counter: *mut u64,
}

const PAGE: usize = 4096;

impl Attacker {
    /// Fork the attacker; returns once it has tried its first exchange.
    ///
    /// # Panics
    ///
    /// When [`Attacker::try_start`] fails.
    pub fn start(top: &Path) -> Attacker {
        Attacker::try_start(top).unwrap()
    }

    /// Fork the attacker; returns once it has tried its first exchange, or the reason it
    /// could not start (no shared page, no pipe, no fork, or `top` cannot be opened as a
    /// directory: the child reports the `errno` of its `open` before exiting).
    pub fn try_start(top: &Path) -> std::io::Result<Attacker> {
        let ctop = CString::new(top.as_os_str().as_bytes())
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let (a, b) = (c"sub", c"link");
        // SAFETY: an anonymous shared mapping, checked below; unmapped in `finish` (or here on
        // failure).
        let counter = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                PAGE,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if counter == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let counter = counter.cast::<u64>();
        let unmap = || {
            // SAFETY: the page mapped above, no longer used by anyone.
            unsafe { libc::munmap(counter.cast(), PAGE) };
        };
        let mut fds = [0; 2];
        // SAFETY: a live array of two ints.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
            let e = std::io::Error::last_os_error();
            unmap();
            return Err(e);
        }
        // SAFETY: both ends were just created and are owned by nothing else.
        let (rd, wr) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        // SAFETY: the child only makes system calls (no allocation, no locks) and `_exit`s.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            let e = std::io::Error::last_os_error();
            unmap();
            return Err(e);
        }
        if pid == 0 {
            // SAFETY: system calls on live, NUL-terminated strings and descriptors; the shared
            // page is mapped in this process too; `_exit` never returns.
            unsafe {
                let dfd = libc::open(
                    ctop.as_ptr(),
                    libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW,
                );
                if dfd < 0 {
                    // The open's errno as the one byte the parent waits for (never 0).
                    let errno = *libc::__errno_location();
                    let byte = [u8::try_from(errno).unwrap_or(u8::MAX).max(1)];
                    libc::write(wr.as_raw_fd(), byte.as_ptr().cast(), 1);
                    libc::_exit(1);
                }
                let mut first = true;
                loop {
                    let r = libc::syscall(
                        libc::SYS_renameat2,
                        dfd,
                        a.as_ptr(),
                        dfd,
                        b.as_ptr(),
                        libc::RENAME_EXCHANGE,
                    );
                    if r == 0 {
                        let n = counter.read_volatile();
                        counter.write_volatile(n + 1);
                    }
                    if first {
                        first = false;
                        libc::write(wr.as_raw_fd(), [0u8].as_ptr().cast(), 1);
                    }
                }
            }
        }
        drop(wr);
        let mut attacker = Attacker { pid, counter };
        let mut byte = [u8::MAX; 1];
        // SAFETY: a live one-byte buffer.
        let n = unsafe { libc::read(rd.as_raw_fd(), byte.as_mut_ptr().cast(), 1) };
        if n != 1 || byte[0] != 0 {
            attacker.finish();
            return Err(if n == 1 {
                std::io::Error::from_raw_os_error(i32::from(byte[0]))
            } else {
                std::io::Error::other("the attacker exited before its first exchange")
            });
        }
        Ok(attacker)
    }

    /// Kill the attacker; returns how many exchanges it made.
    pub fn stop(mut self) -> u64 {
        self.finish()
    }

    fn finish(&mut self) -> u64 {
        if self.pid <= 0 {
            return 0;
        }
        // SAFETY: our own child; `status` is a live int; the page is ours and no longer
        // written once the child is reaped.
        unsafe {
            libc::kill(self.pid, libc::SIGKILL);
            let mut status = 0;
            while libc::waitpid(self.pid, &mut status, 0) < 0
                && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR)
            {}
            self.pid = 0;
            let n = self.counter.read_volatile();
            libc::munmap(self.counter.cast(), PAGE);
            n
        }
    }
}

impl Drop for Attacker {
    fn drop(&mut self) {
        self.finish();
    }
}

/// The tally of attacked cleanups.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    /// Cleanups run.
    pub runs: usize,
    /// Runs in which something outside the temporary directory changed.
    pub escapes: usize,
    /// Runs in which `cleanup()` reported an error.
    pub errors: usize,
    /// Runs after which the tree was still there.
    pub left: usize,
    /// Exchanges the attacker made, over all runs.
    pub exchanges: u64,
    /// Up to five example failures.
    pub examples: Vec<String>,
}

impl Tally {
    /// One line: `runs=N escapes=N errors=N left=N exchanges=N`.
    pub fn line(&self) -> String {
        format!(
            "runs={} escapes={} errors={} left={} exchanges={}",
            self.runs, self.escapes, self.errors, self.left, self.exchanges
        )
    }
}

/// Run `runs` attacked cleanups with the crate, cycling through every release mode. Call it
/// in a process without `CAP_DAC_OVERRIDE` for the permission reset to run.
pub fn run_crate(runs: usize) -> Tally {
    let sb = Sandbox::new("exchange");
    let work = sb.mkdir("work");
    let mut tally = Tally::default();
    for i in 0..runs {
        let version = PyVersion::ALL[i % PyVersion::ALL.len()];
        let outside = sb.join(format!("outside{i}"));
        let t = Tempfile::builder().version(version).build();
        let params = Params::new().dir(Arg::str(&work)).prefix("td");
        let mut dir = t.temporary_directory(&params, DirOptions::new()).unwrap();
        let top = dir.path().to_path_buf();
        build(&top, &outside);
        let before = fsutil::snapshot(&outside);
        let attacker = Attacker::start(&top);
        let res = dir.cleanup();
        tally.exchanges += attacker.stop();
        tally.runs += 1;
        let changed = fsutil::diff(&before, &fsutil::snapshot(&outside));
        if !changed.is_empty() || mode(&outside) != 0o755 {
            tally.escapes += 1;
            push_example(
                &mut tally,
                format!("{version}: outside changed: {changed:?}"),
            );
        }
        if let Err(e) = &res {
            tally.errors += 1;
            push_example(&mut tally, format!("{version}: cleanup raised {e}"));
        }
        if fsutil::exists_nofollow(&top) {
            tally.left += 1;
            push_example(&mut tally, format!("{version}: the tree is still there"));
            fsutil::force_remove(&top);
        }
        let _ = dir.keep();
        fsutil::force_remove(&outside);
    }
    tally
}

fn push_example(t: &mut Tally, s: String) {
    if t.examples.len() < 5 {
        t.examples.push(s);
    }
}

fn mode(p: &Path) -> u32 {
    fs::symlink_metadata(p).map_or(0, |m| m.permissions().mode() & 0o7777)
}

/// The Python side's script.
pub fn python_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/cpython/exchange_cleanup.py")
}
