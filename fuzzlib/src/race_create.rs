//! `race_create`: creators racing each other and attackers in one directory.
//!
//! Scenario: 2–6 creator threads call `mkstemp` (binary and text), `mkdtemp`,
//! `NamedTemporaryFile`, `TemporaryFile` and `TemporaryDirectory` in one directory (`work/`),
//! each call drawing from a tiny forced pool of names (1–6), so that collisions and exhaustion
//! are the common case; `TMP_MAX` is 1–8. 0–2 attacker threads plant and remove files,
//! directories, symlinks (to a victim file and to a victim directory in `outside/`), dangling
//! symlinks and fifos at candidate names; deterministic hooks plant at the exact path a
//! creating call is about to use (inside the call, before its `open`/`mkdir`). Free-running
//! mode starts every thread at a barrier; lockstep mode runs the steps one at a time in an
//! input-decoded turn order.
//!
//! Invariants, after every run:
//! - a call either succeeds, or fails with the exhaustion error (`FileExistsError`, EEXIST,
//!   CPython's message) after exactly `TMP_MAX` names, or (finite name list) `StopIteration`
//!   after the list ran out; nothing else;
//! - every path is won by exactly one creator and only by creating it: right after the call
//!   the entry is fresh (regular file of size 0 with one link, or an empty directory), mode
//!   0600/0700, and at the end it is still the same inode holding the token its creator wrote;
//!   no two winners share a path or an inode; `TemporaryFile` has no link at all;
//! - nothing pre-existing or planted is opened, followed, modified or deleted: every plant is
//!   byte-identical (same inode, content, mode, symlink target) when its planter removes it or
//!   at the end, and the victims outside are unchanged;
//! - no descriptor is leaked (seam log and process count), nothing is refused by the jail, no
//!   exception is reported as unraisable;
//! - after cleanup, exactly the created entries are gone: `work/` holds exactly the plants
//!   still standing.

use std::fs;
use std::os::fd::IntoRawFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Condvar, Mutex};

use arbitrary::{Arbitrary, Unstructured};
use pytempfile::io::file::FileObject;
use pytempfile::{
    Arg, DirOptions, Error, Event, ExcClass, FileOptions, NameSource, NamedTemporaryFile, Params,
    PyVersion, Tempfile, TemporaryDirectory,
};

use crate::fsutil::{self, Sandbox, Snapshot};
use crate::{HookKind, Log, Seam, Violations};

/// What a creating call is.
#[derive(Arbitrary, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallKind {
    /// `mkstemp()`.
    Mkstemp,
    /// `mkstemp(text=True)`.
    MkstempText,
    /// `mkdtemp()`.
    Mkdtemp,
    /// `NamedTemporaryFile()`.
    Named,
    /// `NamedTemporaryFile(delete_on_close=False)` (3.12+; plain in 3.10/3.11).
    NamedKeepOnClose,
    /// `TemporaryFile()`.
    Temporary,
    /// `TemporaryDirectory()`.
    TempDir,
}

/// One creating call.
#[derive(Arbitrary, Clone, Debug)]
pub struct CallSpec {
    /// The function.
    pub kind: CallKind,
    /// Where in the pool its names start.
    pub start: u8,
    /// A finite list of this many names (then `StopIteration`), or an endless cycle.
    pub finite: Option<u8>,
}

/// What an attacker plants.
#[derive(Arbitrary, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlantKind {
    /// A regular file with known content.
    File,
    /// A directory holding a marker file.
    Dir,
    /// A symlink to the victim file outside.
    LinkToVictimFile,
    /// A symlink to the victim directory outside.
    LinkToVictimDir,
    /// A symlink to nothing.
    Dangling,
    /// A named pipe.
    Fifo,
}

/// One attacker step. `slot` picks a candidate name (or, past the pool, a name no creator
/// draws).
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum AttackStep {
    /// Plant at a name.
    Plant { slot: u8, kind: PlantKind },
    /// Verify and remove this attacker's own plant at a name, if standing.
    Remove { slot: u8 },
    /// Plant, then at once verify and remove.
    Flash { slot: u8, kind: PlantKind },
}

/// A deterministic attack inside a call: before the `at`-th creating system call (`open` with
/// `O_CREAT` or `mkdir`) in `work/`, plant `kind` at exactly that path.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct HookSpec {
    /// Which creating call (0-based, over the whole run).
    pub at: u8,
    /// What to plant there.
    pub kind: PlantKind,
}

#[derive(Arbitrary, Debug)]
struct RawScenario {
    pool: u8,
    tmp_max: u8,
    lockstep: bool,
    o_tmpfile: bool,
    version: u8,
    creators: Vec<Vec<CallSpec>>,
    attackers: Vec<Vec<AttackStep>>,
    hooks: Vec<HookSpec>,
    order: Vec<u8>,
}

/// A decoded, bounded scenario.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// Candidate names (the prefix `t` is added by the calls).
    pub pool: Vec<String>,
    /// `TMP_MAX`.
    pub tmp_max: u64,
    /// Lockstep (turn order) or free-running (barrier start).
    pub lockstep: bool,
    /// `_O_TMPFILE_WORKS` at the start.
    pub o_tmpfile: bool,
    /// The CPython version followed.
    pub version: PyVersion,
    /// Each creator thread's calls.
    pub creators: Vec<Vec<CallSpec>>,
    /// Each attacker thread's steps.
    pub attackers: Vec<Vec<AttackStep>>,
    /// In-call attacks.
    pub hooks: Vec<HookSpec>,
    /// Lockstep: which thread runs each step (creators first, then attackers).
    pub schedule: Vec<usize>,
}

const POOL_LETTERS: [&str; 6] = ["a", "b", "c", "d", "e", "f"];
const PREFIX: &str = "t";
const PLANT_FILE: &[u8] = b"planted by an attacker\n";
const VICTIM_FILE: &[u8] = b"victim file: must never change\n";

impl Scenario {
    /// Decode `data`.
    pub fn decode(data: &[u8]) -> Option<Scenario> {
        let raw = RawScenario::arbitrary_take_rest(Unstructured::new(data)).ok()?;
        let pool_len = usize::from(raw.pool % 6) + 1;
        let mut creators: Vec<Vec<CallSpec>> = raw
            .creators
            .into_iter()
            .take(6)
            .map(|mut c| {
                c.truncate(3);
                c
            })
            .collect();
        while creators.len() < 2 {
            creators.push(Vec::new());
        }
        for c in &mut creators {
            if c.is_empty() {
                c.push(CallSpec {
                    kind: CallKind::Mkstemp,
                    start: 0,
                    finite: None,
                });
            }
        }
        let attackers: Vec<Vec<AttackStep>> = raw
            .attackers
            .into_iter()
            .take(2)
            .map(|mut a| {
                a.truncate(8);
                a
            })
            .filter(|a| !a.is_empty())
            .collect();
        let mut hooks = raw.hooks;
        hooks.truncate(3);
        // Lockstep schedule: the decoded order, repaired into a valid interleaving (each
        // thread appears exactly as many times as it has steps).
        let steps: Vec<usize> = creators
            .iter()
            .map(Vec::len)
            .chain(attackers.iter().map(Vec::len))
            .collect();
        let mut left = steps.clone();
        let mut schedule = Vec::new();
        for o in raw.order {
            let n = left.len();
            let mut t = usize::from(o) % n;
            for _ in 0..n {
                if left[t] > 0 {
                    break;
                }
                t = (t + 1) % n;
            }
            if left[t] == 0 {
                break;
            }
            left[t] -= 1;
            schedule.push(t);
        }
        while left.iter().any(|&l| l > 0) {
            for (t, l) in left.iter_mut().enumerate() {
                if *l > 0 {
                    *l -= 1;
                    schedule.push(t);
                }
            }
        }
        Some(Scenario {
            pool: POOL_LETTERS[..pool_len]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            tmp_max: u64::from(raw.tmp_max % 8) + 1,
            lockstep: raw.lockstep,
            o_tmpfile: raw.o_tmpfile,
            version: PyVersion::ALL[usize::from(raw.version) % PyVersion::ALL.len()],
            creators,
            attackers,
            hooks,
            schedule,
        })
    }

    fn slot_name(&self, slot: u8) -> String {
        let i = usize::from(slot) % (self.pool.len() + 1);
        match self.pool.get(i) {
            Some(n) => format!("{PREFIX}{n}"),
            None => "zz-not-a-candidate".to_string(),
        }
    }
}

/// A name source for one call: cycles through the pool from `start`, counting draws; a
/// finite one raises `StopIteration` after `finite` names.
struct CallNames {
    pool: Vec<Vec<u8>>,
    next: AtomicUsize,
    draws: AtomicU64,
    finite: Option<u64>,
}

impl NameSource for CallNames {
    fn next_name(&self, out: &mut Vec<u8>) -> pytempfile::Result<()> {
        if let Some(n) = self.finite {
            if self.draws.load(Ordering::SeqCst) >= n {
                return Err(Error::new(ExcClass::StopIteration, ""));
            }
        }
        self.draws.fetch_add(1, Ordering::SeqCst);
        let i = self.next.fetch_add(1, Ordering::SeqCst) % self.pool.len();
        out.extend_from_slice(&self.pool[i]);
        Ok(())
    }
}

struct Plant {
    name: String,
    kind: PlantKind,
    owner: String,
    snap: Snapshot,
    standing: bool,
}

enum Held {
    Fd(fs::File),
    Dir,
    Named(Box<NamedTemporaryFile>),
    Temp(Box<FileObject>),
    TempDir(TemporaryDirectory),
}

struct Win {
    who: String,
    path: Option<PathBuf>,
    dev: u64,
    ino: u64,
    token: Vec<u8>,
    held: Held,
}

struct Turns {
    schedule: Vec<usize>,
    pos: Mutex<usize>,
    cv: Condvar,
    abort: AtomicBool,
}

impl Turns {
    fn wait(&self, me: usize) {
        let mut p = self.pos.lock().unwrap();
        while *p < self.schedule.len()
            && self.schedule[*p] != me
            && !self.abort.load(Ordering::SeqCst)
        {
            p = self.cv.wait(p).unwrap();
        }
    }

    fn done(&self) {
        *self.pos.lock().unwrap() += 1;
        self.cv.notify_all();
    }
}

/// Wakes every waiting thread if a step panics, so the run fails instead of hanging.
struct AbortOnPanic<'a>(&'a Turns);

impl Drop for AbortOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.abort.store(true, Ordering::SeqCst);
            self.0.cv.notify_all();
        }
    }
}

struct Shared {
    sc: Scenario,
    t: Tempfile,
    work: PathBuf,
    outside: PathBuf,
    log: Log,
    v: Violations,
    plants: Mutex<Vec<Plant>>,
    wins: Mutex<Vec<Win>>,
    events: Mutex<Vec<Event>>,
    nonce: AtomicU64,
}

fn expected_mode(base: u32) -> u32 {
    base & !crate::umask()
}

impl Shared {
    fn plant(&self, who: &str, name: &str, kind: PlantKind) -> bool {
        let p = self.work.join(name);
        let made = match kind {
            PlantKind::File => fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o640)
                .open(&p)
                .and_then(|mut f| std::io::Write::write_all(&mut f, PLANT_FILE)),
            PlantKind::Dir => fs::create_dir(&p).and_then(|()| fs::write(p.join("marker"), b"m")),
            PlantKind::LinkToVictimFile => symlink(self.outside.join("victim.txt"), &p),
            PlantKind::LinkToVictimDir => symlink(self.outside.join("vdir"), &p),
            PlantKind::Dangling => symlink(self.outside.join("missing"), &p),
            PlantKind::Fifo => fsutil::mkfifo(&p),
        };
        match made {
            Ok(()) => {
                let snap = fsutil::snapshot(&p);
                self.log
                    .push(who, format!("planted {kind:?} at {name}: {snap:?}"));
                self.plants.lock().unwrap().push(Plant {
                    name: name.to_string(),
                    kind,
                    owner: who.to_string(),
                    snap,
                    standing: true,
                });
                true
            }
            Err(e) => {
                self.log
                    .push(who, format!("plant {kind:?} at {name}: {e} (outcome)"));
                false
            }
        }
    }

    /// Verify and remove `who`'s standing plant at `name`.
    fn unplant(&self, who: &str, name: &str) {
        let mut plants = self.plants.lock().unwrap();
        let Some(pl) = plants
            .iter_mut()
            .find(|p| p.standing && p.owner == who && p.name == name)
        else {
            return;
        };
        let p = self.work.join(name);
        let now = fsutil::snapshot(&p);
        let d = fsutil::diff(&pl.snap, &now);
        self.v.check(d.is_empty(), || {
            format!("planted {:?} at {name} was touched: {d:?}", pl.kind)
        });
        let removed = if pl.kind == PlantKind::Dir {
            fs::remove_file(p.join("marker")).and_then(|()| fs::remove_dir(&p))
        } else {
            fs::remove_file(&p)
        };
        match removed {
            Ok(()) => self.log.push(who, format!("removed own plant at {name}")),
            Err(e) => self.v.push(format!(
                "removing the plant at {name} failed ({e}): someone else removed or replaced it"
            )),
        }
        pl.standing = false;
    }

    fn attack(&self, who: &str, step: AttackStep) {
        match step {
            AttackStep::Plant { slot, kind } => {
                self.plant(who, &self.sc.slot_name(slot), kind);
            }
            AttackStep::Remove { slot } => self.unplant(who, &self.sc.slot_name(slot)),
            AttackStep::Flash { slot, kind } => {
                let name = self.sc.slot_name(slot);
                if self.plant(who, &name, kind) {
                    self.unplant(who, &name);
                }
            }
        }
    }

    fn token(&self, who: &str) -> Vec<u8> {
        let n = self.nonce.fetch_add(1, Ordering::Relaxed);
        format!("token of {who} #{n}\n").into_bytes()
    }

    /// Check a file right after its creation: regular, 0600, `links` links, empty.
    fn check_fresh_file(&self, who: &str, what: &str, md: &fs::Metadata, links: u64) -> bool {
        let mode = md.mode() & 0o7777;
        let ok = md.file_type().is_file()
            && mode == expected_mode(0o600)
            && md.nlink() == links
            && md.len() == 0;
        self.v.check(ok, || {
            format!(
                "{who}: {what} is not a fresh file: type {:?} mode {mode:o} nlink {} size {} \
                 (want a regular file, mode {:o}, {links} link(s), empty)",
                md.file_type(),
                md.nlink(),
                md.len(),
                expected_mode(0o600)
            )
        });
        ok
    }

    /// Check a path's place and name: `work/t<pool name>`.
    fn check_name(&self, who: &str, path: &Path) {
        let ok = path.parent() == Some(self.work.as_path())
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_prefix(PREFIX))
                .is_some_and(|n| self.sc.pool.iter().any(|p| p == n));
        self.v.check(ok, || {
            format!("{who}: created {} outside the candidates", path.display())
        });
    }

    fn create(&self, who: &str, spec: &CallSpec) {
        let pool: Vec<Vec<u8>> = self
            .sc
            .pool
            .iter()
            .map(|n| n.clone().into_bytes())
            .collect();
        let names = Arc::new(CallNames {
            next: AtomicUsize::new(usize::from(spec.start) % pool.len()),
            pool,
            draws: AtomicU64::new(0),
            finite: spec.finite.map(|n| u64::from(n % 10)),
        });
        let params = Params::new()
            .prefix(PREFIX)
            .dir(Arg::str(&self.work))
            .names(names.clone());
        let token = self.token(who);
        let t = &self.t;
        let kind = spec.kind;
        let result: pytempfile::Result<Win> = (|| {
            Ok(match kind {
                CallKind::Mkstemp | CallKind::MkstempText => {
                    let (fd, path) = t.mkstemp(&params, kind == CallKind::MkstempText)?;
                    let mut f = fs::File::from(fd);
                    let md = f.metadata().unwrap();
                    let path = path.into_path_buf();
                    self.check_name(who, &path);
                    self.check_fresh_file(who, &path.display().to_string(), &md, 1);
                    std::io::Write::write_all(&mut f, &token).unwrap();
                    Win {
                        who: who.to_string(),
                        path: Some(path),
                        dev: md.dev(),
                        ino: md.ino(),
                        token: token.clone(),
                        held: Held::Fd(f),
                    }
                }
                CallKind::Mkdtemp | CallKind::TempDir => {
                    let (path, held) = if kind == CallKind::Mkdtemp {
                        (t.mkdtemp(&params)?.into_path_buf(), Held::Dir)
                    } else {
                        let d = t.temporary_directory(&params, DirOptions::new())?;
                        (d.path().to_path_buf(), Held::TempDir(d))
                    };
                    self.check_name(who, &path);
                    let md = fs::symlink_metadata(&path).unwrap();
                    let mode = md.mode() & 0o7777;
                    let entries = fsutil::list(&path);
                    self.v.check(
                        md.file_type().is_dir()
                            && mode == expected_mode(0o700)
                            && entries.is_empty(),
                        || {
                            format!(
                                "{who}: {} is not a fresh directory: {:?} mode {mode:o} \
                                 entries {entries:?}",
                                path.display(),
                                md.file_type()
                            )
                        },
                    );
                    fs::write(path.join("token"), &token).unwrap();
                    Win {
                        who: who.to_string(),
                        path: Some(path),
                        dev: md.dev(),
                        ino: md.ino(),
                        token: token.clone(),
                        held,
                    }
                }
                CallKind::Named | CallKind::NamedKeepOnClose => {
                    let mut opts = FileOptions::new();
                    if kind == CallKind::NamedKeepOnClose
                        && self.sc.version.at_least(PyVersion::V3_12)
                    {
                        opts = opts.delete_on_close(false);
                    }
                    let mut f = t.named_temporary_file(&params, &opts)?;
                    let md = f.as_file()?.metadata().unwrap();
                    let path = f.path().to_path_buf();
                    self.check_name(who, &path);
                    self.check_fresh_file(who, &path.display().to_string(), &md, 1);
                    f.file_mut().write(&token)?;
                    f.file_mut().flush()?;
                    Win {
                        who: who.to_string(),
                        path: Some(path),
                        dev: md.dev(),
                        ino: md.ino(),
                        token: token.clone(),
                        held: Held::Named(Box::new(f)),
                    }
                }
                CallKind::Temporary => {
                    let mut f = t.temporary_file(&params, &FileOptions::new())?;
                    let md = f.as_file()?.metadata().unwrap();
                    self.check_fresh_file(who, "TemporaryFile", &md, 0);
                    f.write(&token)?;
                    f.flush()?;
                    Win {
                        who: who.to_string(),
                        path: None,
                        dev: md.dev(),
                        ino: md.ino(),
                        token: token.clone(),
                        held: Held::Temp(Box::new(f)),
                    }
                }
            })
        })();
        let draws = names.draws.load(Ordering::SeqCst);
        let tmp_max = self.sc.tmp_max;
        match result {
            Ok(win) => {
                self.log.push(
                    who,
                    format!(
                        "{kind:?} won {:?} (ino {}) after {draws} name(s)",
                        win.path, win.ino
                    ),
                );
                let uses_names = !(kind == CallKind::Temporary && self.t.o_tmpfile_works());
                self.v.check(draws <= tmp_max, || {
                    format!("{who}: {kind:?} drew {draws} names with TMP_MAX={tmp_max}")
                });
                self.v.check(!uses_names || draws >= 1, || {
                    format!("{who}: {kind:?} succeeded without drawing a name")
                });
                self.wins.lock().unwrap().push(win);
            }
            Err(e) => {
                self.log
                    .push(who, format!("{kind:?} failed after {draws} name(s): {e}"));
                let dir_kind = matches!(kind, CallKind::Mkdtemp | CallKind::TempDir);
                let msg = if dir_kind {
                    "No usable temporary directory name found"
                } else {
                    "No usable temporary file name found"
                };
                let finite = spec.finite.map(|n| u64::from(n % 10));
                match e.class() {
                    ExcClass::FileExistsError => self.v.check(
                        e.errno() == Some(libc::EEXIST)
                            && e.message().contains(msg)
                            && draws == tmp_max,
                        || {
                            format!(
                                "{who}: {kind:?} exhaustion after {draws} names (TMP_MAX \
                                 {tmp_max}): {e} (want EEXIST '{msg}' after exactly TMP_MAX)"
                            )
                        },
                    ),
                    ExcClass::StopIteration => {
                        self.v
                            .check(finite.is_some_and(|n| n < tmp_max && draws == n), || {
                                format!(
                                    "{who}: {kind:?} StopIteration after {draws} names, finite \
                                 {finite:?}, TMP_MAX {tmp_max}"
                                )
                            })
                    }
                    _ => self
                        .v
                        .push(format!("{who}: {kind:?} unexpected error: {e}")),
                }
            }
        }
    }
}

/// Decode and run one input.
pub fn run(data: &[u8]) {
    let Some(sc) = Scenario::decode(data) else {
        return;
    };
    run_scenario(sc);
}

/// Run one scenario; panics with a report if an invariant breaks.
pub fn run_scenario(sc: Scenario) {
    let fds_before = crate::fd_count();
    let sb = Sandbox::new("create");
    let work = sb.mkdir("work");
    let outside = sb.mkdir("outside");
    fs::write(outside.join("victim.txt"), VICTIM_FILE).unwrap();
    fs::create_dir(outside.join("vdir")).unwrap();
    fs::write(outside.join("vdir").join("inner.txt"), VICTIM_FILE).unwrap();
    let victims = fsutil::snapshot(&outside);

    let seam = Seam::new(&sb);
    let t = Tempfile::builder()
        .os(seam.os())
        .version(sc.version)
        .tmp_max(sc.tmp_max)
        .build();
    t.set_o_tmpfile_works(sc.o_tmpfile);
    let shared = Arc::new(Shared {
        sc: sc.clone(),
        t,
        work: work.clone(),
        outside: outside.clone(),
        log: Log::default(),
        v: Violations::default(),
        plants: Mutex::new(Vec::new()),
        wins: Mutex::new(Vec::new()),
        events: Mutex::new(Vec::new()),
        nonce: AtomicU64::new(0),
    });
    {
        let weak = Arc::downgrade(&shared);
        shared.t.set_event_sink(Some(Arc::new(move |e: &Event| {
            if let Some(s) = weak.upgrade() {
                s.events.lock().unwrap().push(e.clone());
            }
        })));
    }
    crate::plant_from_env(&shared.t);

    // The in-call attacker: plant at the exact path of the `at`-th creating call.
    if !sc.hooks.is_empty() {
        let weak = Arc::downgrade(&shared);
        let mut work_prefix = work.as_os_str().as_encoded_bytes().to_vec();
        work_prefix.push(b'/');
        let hooks = sc.hooks.clone();
        let count = AtomicU64::new(0);
        seam.hook.set_hook(move |hp| {
            let creating = match hp.kind {
                HookKind::Open => {
                    hp.flags & libc::O_CREAT != 0 && hp.flags & libc::O_TMPFILE != libc::O_TMPFILE
                }
                HookKind::Mkdir => true,
                _ => false,
            };
            let Some(path) = hp.path.filter(|p| creating && p.starts_with(&work_prefix)) else {
                return;
            };
            let n = count.fetch_add(1, Ordering::SeqCst);
            let Some(s) = weak.upgrade() else { return };
            for h in hooks.iter().filter(|h| u64::from(h.at) == n) {
                let name = String::from_utf8_lossy(&path[work_prefix.len()..]).into_owned();
                s.plant("hook", &name, h.kind);
            }
        });
        seam.hook.arm(true);
    }

    let ncreators = sc.creators.len();
    let nthreads = ncreators + sc.attackers.len();
    let turns = Turns {
        schedule: sc.schedule.clone(),
        pos: Mutex::new(0),
        cv: Condvar::new(),
        abort: AtomicBool::new(false),
    };
    let barrier = Barrier::new(nthreads);
    std::thread::scope(|s| {
        for (i, calls) in sc.creators.iter().enumerate() {
            let (shared, turns, barrier, lockstep) = (&shared, &turns, &barrier, sc.lockstep);
            s.spawn(move || {
                let _guard = AbortOnPanic(turns);
                let who = format!("creator{i}");
                if !lockstep {
                    barrier.wait();
                }
                for c in calls {
                    if lockstep {
                        turns.wait(i);
                    }
                    shared.create(&who, c);
                    if lockstep {
                        turns.done();
                    }
                }
            });
        }
        for (j, steps) in sc.attackers.iter().enumerate() {
            let me = ncreators + j;
            let (shared, turns, barrier, lockstep) = (&shared, &turns, &barrier, sc.lockstep);
            s.spawn(move || {
                let _guard = AbortOnPanic(turns);
                let who = format!("attacker{j}");
                if !lockstep {
                    barrier.wait();
                }
                for st in steps {
                    if lockstep {
                        turns.wait(me);
                    }
                    shared.attack(&who, *st);
                    if lockstep {
                        turns.done();
                    }
                }
            });
        }
    });
    seam.hook.arm(false);

    let s = &*shared;
    let v = &s.v;
    // Winners: one per path, one per inode, still holding their tokens.
    let mut wins = std::mem::take(&mut *s.wins.lock().unwrap());
    for (i, a) in wins.iter().enumerate() {
        for b in &wins[i + 1..] {
            v.check(a.path.is_none() || a.path != b.path, || {
                format!("{} and {} both won {:?}", a.who, b.who, a.path)
            });
            v.check((a.dev, a.ino) != (b.dev, b.ino), || {
                format!("{} and {} hold the same inode {}", a.who, b.who, a.ino)
            });
        }
    }
    {
        let plants = s.plants.lock().unwrap();
        for w in &wins {
            for p in plants.iter().filter(|p| p.standing) {
                let planted_ino = match p.snap.get(Path::new("")) {
                    Some(fsutil::Node::Dir { ino, .. })
                    | Some(fsutil::Node::File { ino, .. })
                    | Some(fsutil::Node::Link { ino, .. })
                    | Some(fsutil::Node::Other { ino, .. }) => Some(*ino),
                    None => None,
                };
                v.check(planted_ino != Some(w.ino), || {
                    format!("{} won the planted {:?} at {}", w.who, p.kind, p.name)
                });
            }
        }
    }
    for w in &mut wins {
        match (&w.path, &mut w.held) {
            (Some(path), Held::Dir | Held::TempDir(_)) => {
                let md = fs::symlink_metadata(path);
                let same = md.as_ref().is_ok_and(|m| m.is_dir() && m.ino() == w.ino);
                let tok = fs::read(path.join("token")).unwrap_or_default();
                let entries = fsutil::list(path);
                v.check(same && tok == w.token && entries == ["token"], || {
                    format!(
                        "{}'s directory {} is not its own: {md:?}, token {:?}, entries \
                         {entries:?}",
                        w.who,
                        path.display(),
                        String::from_utf8_lossy(&tok)
                    )
                });
            }
            (Some(path), _) => {
                let md = fs::symlink_metadata(path);
                let same = md.as_ref().is_ok_and(|m| m.is_file() && m.ino() == w.ino);
                let data = fsutil::read_nofollow(path).unwrap_or_default();
                v.check(same && data == w.token, || {
                    format!(
                        "{}'s file {} is not its own: {md:?}, content {:?}",
                        w.who,
                        path.display(),
                        String::from_utf8_lossy(&data)
                    )
                });
            }
            (None, Held::Temp(f)) => {
                let back = f
                    .seek(0, pytempfile::os::Whence::Set)
                    .and_then(|_| f.read(None));
                v.check(back.as_ref().is_ok_and(|b| *b == w.token), || {
                    format!("{}'s TemporaryFile reads back {back:?}", w.who)
                });
            }
            (None, _) => {}
        }
    }
    // Plants still standing are intact.
    {
        let plants = s.plants.lock().unwrap();
        for p in plants.iter().filter(|p| p.standing) {
            let now = fsutil::snapshot(&s.work.join(&p.name));
            let d = fsutil::diff(&p.snap, &now);
            v.check(d.is_empty(), || {
                format!("planted {:?} at {} was touched: {d:?}", p.kind, p.name)
            });
        }
    }
    // Cleanup: close and remove every created entry.
    for w in wins {
        let who = w.who;
        match w.held {
            Held::Fd(f) => {
                let r = s.t.os().close(f.into_raw_fd());
                v.check(r.is_ok(), || format!("{who}: close failed: {r:?}"));
                if let Some(p) = &w.path {
                    let _ = fs::remove_file(p);
                }
            }
            Held::Dir => {
                if let Some(p) = &w.path {
                    let _ = fs::remove_file(p.join("token"));
                    let _ = fs::remove_dir(p);
                }
            }
            Held::Named(mut f) => {
                let r = f.close();
                v.check(r.is_ok(), || format!("{who}: close failed: {r:?}"));
                drop(f);
            }
            Held::Temp(mut f) => {
                let r = f.close();
                v.check(r.is_ok(), || format!("{who}: close failed: {r:?}"));
            }
            Held::TempDir(mut d) => {
                let r = d.cleanup();
                v.check(r.is_ok(), || format!("{who}: cleanup failed: {r:?}"));
            }
        }
        if let Some(p) = &w.path {
            v.check(!fsutil::exists_nofollow(p), || {
                format!("{who}: {} still exists after cleanup", p.display())
            });
        }
    }
    // Exactly the plants still standing remain.
    let mut standing: Vec<String> = s
        .plants
        .lock()
        .unwrap()
        .iter()
        .filter(|p| p.standing)
        .map(|p| p.name.clone())
        .collect();
    standing.sort();
    let left = fsutil::list(&s.work);
    v.check(left == standing, || {
        format!("after cleanup work/ holds {left:?}, want exactly the standing plants {standing:?}")
    });
    let d = fsutil::diff(&victims, &fsutil::snapshot(&s.outside));
    v.check(d.is_empty(), || format!("victims outside changed: {d:?}"));
    let syscalls = seam.checked_calls(v, false);
    for e in s.events.lock().unwrap().iter() {
        if let Event::Unraisable { context, error } = e {
            v.push(format!("unraisable in {context}: {error}"));
        }
    }
    let violations = v.take();
    let log = Log::default();
    *log.entries.lock().unwrap() = std::mem::take(&mut *s.log.entries.lock().unwrap());
    drop(sb);
    crate::conclude("race_create", &sc, &log, &syscalls, violations, fds_before);
}
