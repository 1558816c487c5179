//! `race_cleanup`: `TemporaryDirectory` cleanup under attack.
//!
//! Scenario: a generated tree inside a `TemporaryDirectory` (up to 12 nodes, 4 levels: nested
//! directories with modes 000–0755, read-only and mode-0 files, symlinks out to a victim tree
//! and a victim file, dangling symlinks, fifos). Outside the temporary directory, in the
//! sandbox's `outside/`, a victim tree **mirrors** the tree (same relative names, normal
//! modes), so that a cleanup redirected through a swapped-in symlink finds entries to destroy.
//! While `cleanup()` runs:
//! - deterministic hooks act at an exact point of the cleanup (before the n-th call of a kind:
//!   open, unlink, rmdir, chmod, list) — the lockstep attacker;
//! - 0–2 free-running attacker threads (barrier start) repeat their actions.
//!
//! Actions: swap a directory (or any entry) of the tree for a symlink to its mirror in the
//! victim tree (or to the victim tree's root), the entry itself being renamed aside inside the
//! tree; swap it back; rename an entry into another directory of the tree.
//!
//! Invariants: nothing outside the temporary directory changes (victim tree byte-identical:
//! entries, contents, modes, inodes, symlink targets); cleanup either removes the tree or
//! reports an error (an `OSError`); an attack confined to renames inside the tree (every action
//! a `Rename`, or no attack) ends in no error, with the tree gone; once the attack is over, a second `cleanup()` removes
//! everything left (the sandbox's `work/` is then empty); no descriptor leaked; the jail refused
//! nothing; no unraisable exception.
//!
//! Run as root, permission bits do not apply; the fuzz binary therefore drops
//! `CAP_DAC_OVERRIDE` first ([`drop_privileges_once`]), so the permission-reset paths (where
//! CPython's gh-157579 lies) run too.

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier, Mutex, Once};

use arbitrary::{Arbitrary, Unstructured};
use pytempfile::{Arg, DirOptions, Event, Params, PyVersion, Tempfile};

use crate::fsutil::{self, Sandbox};
use crate::{HookKind, Log, Seam, Violations};

/// What a tree node is.
#[derive(Arbitrary, Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A directory.
    Dir,
    /// A regular file.
    File,
    /// A symlink to the mirror of its parent directory in the victim tree.
    LinkToMirror,
    /// A symlink to the victim file.
    LinkToVictimFile,
    /// A symlink to nothing.
    Dangling,
    /// A named pipe.
    Fifo,
}

/// An attacker action (node indexes are taken modulo the number of nodes).
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Action {
    /// Rename node aside (`<name>.x`) and put a symlink to its mirror (or the mirror's root)
    /// in its place.
    Swap {
        /// The node.
        node: u8,
        /// Point at the victim tree's root instead of the node's mirror.
        to_root: bool,
    },
    /// Undo a swap: remove the symlink, rename the entry back.
    SwapBack {
        /// The node.
        node: u8,
    },
    /// Move node into another directory of the tree (`into` picks a directory node or the
    /// top).
    Rename {
        /// The node.
        node: u8,
        /// The destination.
        into: u8,
    },
}

/// The kind of call a hook waits for.
#[derive(Arbitrary, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// An open (CPython: audit event `open`).
    Open,
    /// Removal of a non-directory (`os.remove`).
    Unlink,
    /// Removal of a directory (`os.rmdir`).
    Rmdir,
    /// A permission change (`os.chmod`).
    Chmod,
    /// A directory listing (`os.scandir`).
    List,
}

impl Trigger {
    fn matches(self, k: HookKind) -> bool {
        matches!(
            (self, k),
            (Trigger::Open, HookKind::Open)
                | (Trigger::Unlink, HookKind::Unlink)
                | (Trigger::Rmdir, HookKind::Rmdir)
                | (Trigger::Chmod, HookKind::Chmod)
                | (Trigger::List, HookKind::List)
        )
    }

    /// The CPython audit event of the same kind.
    pub fn audit_event(self) -> &'static str {
        match self {
            Trigger::Open => "open",
            Trigger::Unlink => "os.remove",
            Trigger::Rmdir => "os.rmdir",
            Trigger::Chmod => "os.chmod",
            Trigger::List => "os.scandir",
        }
    }
}

/// A deterministic attack: before the `nth` call of kind `trigger` during cleanup, do
/// `action`.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct HookAttack {
    /// The kind of call.
    pub trigger: Trigger,
    /// Which one (0-based; taken modulo 24).
    pub nth: u8,
    /// What to do.
    pub action: Action,
}

#[derive(Arbitrary, Debug)]
struct RawNode {
    parent: u8,
    kind: NodeKind,
    mode: u8,
}

#[derive(Arbitrary, Debug)]
struct RawScenario {
    version: u8,
    ignore: bool,
    nodes: Vec<RawNode>,
    hooks: Vec<HookAttack>,
    threads: Vec<Vec<Action>>,
    reps: u8,
}

/// One node of the generated tree.
#[derive(Clone, Debug)]
pub struct TreeNode {
    /// Path relative to the temporary directory.
    pub rel: PathBuf,
    /// What it is.
    pub kind: NodeKind,
    /// Its mode (directories and files).
    pub mode: u32,
}

/// A decoded, bounded scenario.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// The CPython version followed.
    pub version: PyVersion,
    /// `ignore_cleanup_errors`.
    pub ignore: bool,
    /// The tree, parents before children.
    pub nodes: Vec<TreeNode>,
    /// Deterministic attacks.
    pub hooks: Vec<HookAttack>,
    /// Free-running attacker threads.
    pub threads: Vec<Vec<Action>>,
    /// How many times each thread repeats its actions.
    pub reps: u32,
}

const DIR_MODES: [u32; 10] = [
    0o700, 0o500, 0o300, 0o100, 0o000, 0o755, 0o555, 0o600, 0o200, 0o400,
];
const FILE_MODES: [u32; 6] = [0o600, 0o400, 0o000, 0o644, 0o444, 0o200];

impl Scenario {
    /// Decode `data`.
    pub fn decode(data: &[u8]) -> Option<Scenario> {
        let raw = RawScenario::arbitrary_take_rest(Unstructured::new(data)).ok()?;
        let mut nodes: Vec<TreeNode> = Vec::new();
        // Directories nodes can go in: (rel path, depth); index 0 is the top.
        let mut dirs: Vec<(PathBuf, usize)> = vec![(PathBuf::new(), 0)];
        for (i, n) in raw.nodes.iter().take(12).enumerate() {
            let (parent, depth) = dirs[usize::from(n.parent) % dirs.len()].clone();
            let (parent, depth) = if depth >= 4 {
                (PathBuf::new(), 0)
            } else {
                (parent, depth)
            };
            let rel = parent.join(format!("n{i}"));
            let mode = match n.kind {
                NodeKind::Dir => DIR_MODES[usize::from(n.mode) % DIR_MODES.len()],
                _ => FILE_MODES[usize::from(n.mode) % FILE_MODES.len()],
            };
            if n.kind == NodeKind::Dir {
                dirs.push((rel.clone(), depth + 1));
            }
            nodes.push(TreeNode {
                rel,
                kind: n.kind,
                mode,
            });
        }
        let mut hooks = raw.hooks;
        hooks.truncate(4);
        for h in &mut hooks {
            h.nth %= 24;
        }
        let threads: Vec<Vec<Action>> = raw
            .threads
            .into_iter()
            .take(2)
            .map(|mut t| {
                t.truncate(6);
                t
            })
            .filter(|t| !t.is_empty())
            .collect();
        Some(Scenario {
            version: PyVersion::ALL[usize::from(raw.version) % PyVersion::ALL.len()],
            ignore: raw.ignore,
            nodes,
            hooks,
            threads,
            reps: u32::from(raw.reps % 3) + 1,
        })
    }

    /// Whether every attacker action is a rename inside the tree (no symlink planted, nothing
    /// removed): such an attack must end in no error.
    pub fn is_confined(&self) -> bool {
        self.hooks
            .iter()
            .map(|h| &h.action)
            .chain(self.threads.iter().flatten())
            .all(|a| matches!(a, Action::Rename { .. }))
    }

    fn dir_rels(&self) -> Vec<&Path> {
        std::iter::once(Path::new(""))
            .chain(
                self.nodes
                    .iter()
                    .filter(|n| n.kind == NodeKind::Dir)
                    .map(|n| n.rel.as_path()),
            )
            .collect()
    }

    /// The scenario as JSON, for the CPython side of the comparison (`fuzz/cpython/`).
    pub fn to_json(&self) -> String {
        fn action(a: &Action) -> String {
            match a {
                Action::Swap { node, to_root } => {
                    format!(r#"{{"op":"swap","node":{node},"to_root":{to_root}}}"#)
                }
                Action::SwapBack { node } => format!(r#"{{"op":"swap_back","node":{node}}}"#),
                Action::Rename { node, into } => {
                    format!(r#"{{"op":"rename","node":{node},"into":{into}}}"#)
                }
            }
        }
        let nodes: Vec<String> = self
            .nodes
            .iter()
            .map(|n| {
                format!(
                    r#"{{"rel":"{}","kind":"{:?}","mode":{}}}"#,
                    n.rel.display(),
                    n.kind,
                    n.mode
                )
            })
            .collect();
        let hooks: Vec<String> = self
            .hooks
            .iter()
            .map(|h| {
                format!(
                    r#"{{"event":"{}","nth":{},"action":{}}}"#,
                    h.trigger.audit_event(),
                    h.nth,
                    action(&h.action)
                )
            })
            .collect();
        let threads: Vec<String> = self
            .threads
            .iter()
            .map(|t| format!("[{}]", t.iter().map(action).collect::<Vec<_>>().join(",")))
            .collect();
        format!(
            r#"{{"ignore":{},"nodes":[{}],"hooks":[{}],"threads":[{}],"reps":{}}}"#,
            self.ignore,
            nodes.join(","),
            hooks.join(","),
            threads.join(","),
            self.reps
        )
    }
}

/// Drop `CAP_DAC_OVERRIDE` and `CAP_DAC_READ_SEARCH` once for the whole process (if root, and
/// unless `PYTEMPFILE_FUZZ_KEEP_DAC` is set), so that permission bits apply. Irreversible:
/// for the fuzz binary, or a forked child.
pub fn drop_privileges_once() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: geteuid has no preconditions.
        let root = unsafe { libc::geteuid() } == 0;
        if root && std::env::var_os("PYTEMPFILE_FUZZ_KEEP_DAC").is_none() {
            match pytempfile::os::drop_dac_override() {
                Ok(_) => eprintln!("race_cleanup: CAP_DAC_OVERRIDE dropped: modes apply"),
                Err(e) => eprintln!("race_cleanup: cannot drop CAP_DAC_OVERRIDE: {e}"),
            }
        }
    });
}

/// The places an attack works with.
pub struct Places {
    /// The temporary directory.
    pub top: PathBuf,
    /// The victim tree (mirror of the tree).
    pub mirror: PathBuf,
    /// A rename counter, for fresh names.
    pub n: AtomicU64,
}

/// Attacker file operations confined to the tree: every directory on the way is opened with
/// `O_NOFOLLOW` relative to the previous one, and the change is made with a `*at` call, so an
/// attacker never writes through a symlink (its own or another attacker's) into the victims.
mod at {
    use std::ffi::CString;
    use std::io;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;

    fn c(p: &std::ffi::OsStr) -> CString {
        CString::new(p.as_bytes()).unwrap()
    }

    fn check(r: libc::c_int) -> io::Result<()> {
        if r == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }

    fn openat(dir: RawFd, name: &std::ffi::OsStr) -> io::Result<OwnedFd> {
        let flags = libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC;
        // SAFETY: a NUL-terminated name; the result is checked.
        let fd = unsafe { libc::openat(dir, c(name).as_ptr(), flags) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` was just opened and is owned by nothing else.
        Ok(unsafe { OwnedFd::from_raw_fd(fd) })
    }

    /// `top/rel`, every component opened without following symlinks.
    pub fn dir(top: &Path, rel: &Path) -> io::Result<OwnedFd> {
        let mut fd = openat(libc::AT_FDCWD, top.as_os_str())?;
        for comp in rel.components() {
            fd = openat(fd.as_raw_fd(), comp.as_os_str())?;
        }
        Ok(fd)
    }

    pub fn rename(
        a: &OwnedFd,
        an: &std::ffi::OsStr,
        b: &OwnedFd,
        bn: &std::ffi::OsStr,
    ) -> io::Result<()> {
        // SAFETY: NUL-terminated names, live descriptors.
        check(unsafe {
            libc::renameat(a.as_raw_fd(), c(an).as_ptr(), b.as_raw_fd(), c(bn).as_ptr())
        })
    }

    pub fn symlink(target: &Path, d: &OwnedFd, name: &std::ffi::OsStr) -> io::Result<()> {
        // SAFETY: NUL-terminated strings, a live descriptor.
        check(unsafe {
            libc::symlinkat(
                c(target.as_os_str()).as_ptr(),
                d.as_raw_fd(),
                c(name).as_ptr(),
            )
        })
    }

    pub fn unlink_if_symlink(d: &OwnedFd, name: &std::ffi::OsStr) -> io::Result<()> {
        let mut st: libc::stat = unsafe_zeroed();
        let n = c(name);
        // SAFETY: a NUL-terminated name, a live writable stat buffer.
        check(unsafe {
            libc::fstatat(
                d.as_raw_fd(),
                n.as_ptr(),
                &mut st,
                libc::AT_SYMLINK_NOFOLLOW,
            )
        })?;
        if st.st_mode & libc::S_IFMT == libc::S_IFLNK {
            // SAFETY: as above.
            check(unsafe { libc::unlinkat(d.as_raw_fd(), n.as_ptr(), 0) })?;
        }
        Ok(())
    }

    fn unsafe_zeroed() -> libc::stat {
        // SAFETY: `struct stat` is plain data; all zeroes is a valid value.
        unsafe { std::mem::zeroed() }
    }
}

/// Perform `a` (errors are outcomes: returned for the log).
pub fn perform(sc: &Scenario, pl: &Places, a: Action) -> String {
    if sc.nodes.is_empty() {
        return "no nodes".to_string();
    }
    let pick = |i: u8| &sc.nodes[usize::from(i) % sc.nodes.len()];
    let split = |rel: &Path| {
        (
            rel.parent().unwrap_or(Path::new("")).to_path_buf(),
            rel.file_name().unwrap_or_default().to_owned(),
        )
    };
    let aside = |n: &std::ffi::OsStr| {
        let mut s = n.to_owned();
        s.push(".x");
        s
    };
    let r: std::io::Result<String> = (|| match a {
        Action::Swap { node, to_root } => {
            let n = pick(node);
            let (parent, name) = split(&n.rel);
            let target = if to_root {
                pl.mirror.clone()
            } else {
                pl.mirror.join(&n.rel)
            };
            let d = at::dir(&pl.top, &parent)?;
            at::rename(&d, &name, &d, &aside(&name))?;
            at::symlink(&target, &d, &name)?;
            Ok(format!(
                "swapped {} for -> {}",
                n.rel.display(),
                target.display()
            ))
        }
        Action::SwapBack { node } => {
            let n = pick(node);
            let (parent, name) = split(&n.rel);
            let d = at::dir(&pl.top, &parent)?;
            at::unlink_if_symlink(&d, &name)?;
            at::rename(&d, &aside(&name), &d, &name)?;
            Ok(format!("swapped {} back", n.rel.display()))
        }
        Action::Rename { node, into } => {
            let n = pick(node);
            let (parent, name) = split(&n.rel);
            let dirs = sc.dir_rels();
            let dest = dirs[usize::from(into) % dirs.len()];
            let k = pl.n.fetch_add(1, Ordering::Relaxed);
            let from = at::dir(&pl.top, &parent)?;
            let to = at::dir(&pl.top, dest)?;
            let new = std::ffi::OsString::from(format!("r{k}"));
            at::rename(&from, &name, &to, &new)?;
            Ok(format!(
                "renamed {} to {}/r{k}",
                n.rel.display(),
                dest.display()
            ))
        }
    })();
    match r {
        Ok(s) => s,
        Err(e) => format!("{a:?}: {e} (outcome)"),
    }
}

/// Build the tree under `top` and its mirror under `mirror`; victim file at `victim`.
pub fn build(sc: &Scenario, top: &Path, mirror: &Path, victim: &Path) {
    fs::create_dir_all(mirror).unwrap();
    for n in &sc.nodes {
        let p = top.join(&n.rel);
        let m = mirror.join(&n.rel);
        let parent_mirror = m.parent().unwrap().to_path_buf();
        match n.kind {
            NodeKind::Dir => {
                fs::create_dir(&p).unwrap();
                fs::create_dir(&m).unwrap();
            }
            NodeKind::File => {
                fs::write(&p, format!("tree file {}", n.rel.display())).unwrap();
                fs::write(&m, format!("VICTIM {}", n.rel.display())).unwrap();
            }
            NodeKind::LinkToMirror => {
                symlink(&parent_mirror, &p).unwrap();
                fs::write(&m, format!("VICTIM {}", n.rel.display())).unwrap();
            }
            NodeKind::LinkToVictimFile => {
                symlink(victim, &p).unwrap();
                fs::write(&m, format!("VICTIM {}", n.rel.display())).unwrap();
            }
            NodeKind::Dangling => {
                symlink(mirror.join("missing"), &p).unwrap();
                fs::write(&m, format!("VICTIM {}", n.rel.display())).unwrap();
            }
            NodeKind::Fifo => {
                fsutil::mkfifo(&p).unwrap();
                fs::write(&m, format!("VICTIM {}", n.rel.display())).unwrap();
            }
        }
    }
    // Modes last, deepest first (a parent's mode may forbid reaching its children).
    let mut order: Vec<&crate::race_cleanup::TreeNode> = sc
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Dir | NodeKind::File))
        .collect();
    order.sort_by_key(|n| std::cmp::Reverse(n.rel.components().count()));
    for n in order {
        fs::set_permissions(top.join(&n.rel), fs::Permissions::from_mode(n.mode)).unwrap();
    }
}

/// Decode and run one input.
pub fn run(data: &[u8]) {
    let Some(sc) = Scenario::decode(data) else {
        return;
    };
    let _ = run_scenario(&sc);
}

/// What a run of a scenario did (when no invariant broke).
#[derive(Clone, Copy, Debug, Default)]
pub struct Outcome {
    /// The first (attacked) cleanup reported an error.
    pub first_error: bool,
    /// The tree was still there after the first cleanup.
    pub tree_left: bool,
}

/// Run one scenario; panics with a report if an invariant breaks.
pub fn run_scenario(sc: &Scenario) -> Outcome {
    let fds_before = crate::fd_count();
    let sb = Sandbox::new("cleanup");
    let work = sb.mkdir("work");
    let outside = sb.mkdir("outside");
    let victim = outside.join("victim.txt");
    fs::write(&victim, b"victim file").unwrap();
    let mirror = outside.join("mirror");

    let seam = Seam::new(&sb);
    let events: Arc<Mutex<Vec<Event>>> = Arc::default();
    let sink_events = events.clone();
    let t = Tempfile::builder()
        .os(seam.os())
        .version(sc.version)
        .events(Arc::new(move |e: &Event| {
            sink_events.lock().unwrap().push(e.clone())
        }))
        .build();
    crate::plant_from_env(&t);
    let params = Params::new().dir(Arg::str(&work)).prefix("td");
    let mut dir = t
        .temporary_directory(&params, DirOptions::new().ignore_cleanup_errors(sc.ignore))
        .unwrap();
    let top = dir.path().to_path_buf();
    build(sc, &top, &mirror, &victim);
    let before = fsutil::snapshot(&outside);

    let log = Arc::new(Log::default());
    let v = Violations::default();
    let places = Arc::new(Places {
        top: top.clone(),
        mirror: mirror.clone(),
        n: AtomicU64::new(0),
    });
    if !sc.hooks.is_empty() {
        let (sc2, pl, log2) = (sc.clone(), places.clone(), log.clone());
        let mut counts = [0u32; 6];
        seam.hook.set_hook(move |hp| {
            let idx = hp.kind as usize;
            let n = counts[idx];
            counts[idx] += 1;
            for h in sc2
                .hooks
                .iter()
                .filter(|h| h.trigger.matches(hp.kind) && u32::from(h.nth) == n)
            {
                let what = perform(&sc2, &pl, h.action);
                log2.push("hook", format!("before {:?} #{n}: {what}", hp.kind));
            }
        });
    }

    let barrier = Barrier::new(sc.threads.len() + 1);
    let first = std::thread::scope(|s| {
        for (i, actions) in sc.threads.iter().enumerate() {
            let (barrier, places, log) = (&barrier, &places, &log);
            s.spawn(move || {
                let who = format!("attacker{i}");
                barrier.wait();
                for _ in 0..sc.reps {
                    for a in actions {
                        log.push(&who, perform(sc, places, *a));
                    }
                }
            });
        }
        barrier.wait();
        seam.hook.arm(true);
        let r = dir.cleanup();
        seam.hook.arm(false);
        log.push("cleanup", format!("first cleanup: {r:?}"));
        r
    });

    let d = fsutil::diff(&before, &fsutil::snapshot(&outside));
    v.check(d.is_empty(), || {
        format!("cleanup changed the victim tree outside: {d:?}")
    });
    match &first {
        Ok(()) if !sc.ignore => v.check(!fsutil::exists_nofollow(&top), || {
            format!(
                "cleanup returned Ok but the tree is still there: {:?}",
                fsutil::snapshot(&top).keys().collect::<Vec<_>>()
            )
        }),
        Ok(()) => {}
        Err(e) => v.check(e.class().is_os_error(), || {
            format!("cleanup failed with a non-OSError: {e}")
        }),
    }
    // An attack confined to renames inside the tree (or no attack) cannot make cleanup fail:
    // every entry that changed kind or place is classified again and removed.
    if sc.is_confined() {
        v.check(first.is_ok() && !fsutil::exists_nofollow(&top), || {
            format!(
                "an attack confined to renames inside the tree made cleanup fail: {first:?}, \
                 left {:?}",
                fsutil::snapshot(&top).keys().collect::<Vec<_>>()
            )
        });
    }
    let outcome = Outcome {
        first_error: first.is_err(),
        tree_left: fsutil::exists_nofollow(&top),
    };
    // The attack is over: a second cleanup removes whatever is left.
    let second = dir.cleanup();
    log.push("cleanup", format!("second cleanup: {second:?}"));
    v.check(second.is_ok(), || {
        format!("second cleanup (no attack) failed: {second:?}")
    });
    drop(dir);
    let left = fsutil::list(&work);
    v.check(left.is_empty(), || {
        format!(
            "after the second cleanup work/ still holds {left:?}: {:?}",
            fsutil::snapshot(&work).keys().collect::<Vec<_>>()
        )
    });
    let d = fsutil::diff(&before, &fsutil::snapshot(&outside));
    v.check(d.is_empty(), || {
        format!("the second cleanup changed the victim tree outside: {d:?}")
    });
    let syscalls = seam.checked_calls(&v, false);
    for e in events.lock().unwrap().iter() {
        if let Event::Unraisable { context, error } = e {
            v.push(format!("unraisable in {context}: {error}"));
        }
    }
    drop(sb);
    crate::conclude("race_cleanup", sc, &log, &syscalls, v.take(), fds_before);
    outcome
}
