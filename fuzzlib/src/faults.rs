//! `faults`: every operation of the module with one system call failing.
//!
//! Scenario: up to 5 operations — `mkstemp` (binary, text), `mkdtemp`, `mktemp`,
//! `NamedTemporaryFile` (writes up to ~9 KiB so the buffer spills, flush, read back, then
//! `close()`, `exit()` or drop; `delete_on_close` on or off), `TemporaryFile` (O_TMPFILE or
//! the fallback), `SpooledTemporaryFile` (writes across `max_size`, explicit rollover),
//! `TemporaryDirectory` (a populated tree; `cleanup()`, `exit()` or drop) and `gettempdir()`
//! (three candidate directories from `TMPDIR`/`TEMP`/`TMP` and the working directory, all in
//! the sandbox) — and one fault through the seam: the n-th call overall, the n-th call of one
//! kind, or every call of one kind, failing with a decoded errno (EACCES, EPERM, ENOSPC,
//! EMFILE, ENFILE, EIO, EINTR, EEXIST, EROFS, EDQUOT).
//!
//! The fault stays active until an operation fails; then it is removed, the failed operation
//! is recovered (flush and read back, close, a second cleanup, a second rollover) and the
//! remaining operations run on a healthy system.
//!
//! Invariants:
//! - **the right error**: an operation fails only if a failure was injected during it, and
//!   then with the injected errno (the only other outcome allowed is `gettempdir`'s
//!   `FileNotFoundError` when no candidate works); after the fault is gone everything succeeds;
//! - **no lost data**: the bytes of every write that returned are in the file, and nothing but
//!   those and (possibly) the failed write's; a spool whose rollover failed still holds them all;
//! - **no stray entry**: at the end the directory holds nothing but entries whose removal
//!   failed with an error that named them; a failed creation leaves nothing;
//! - **no leaked descriptor** (seam log and process count); nothing outside the sandbox is
//!   touched (gettempdir's probes of `/tmp` and friends are refused by the jail and skipped).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use arbitrary::{Arbitrary, Unstructured};
use pytempfile::os::{Call, Fault, Whence};
use pytempfile::{
    Arg, DirOptions, Error, Event, ExcClass, FileOptions, Params, PyVersion, Tempfile,
};

use crate::fsutil::{self, Sandbox};
use crate::{Log, Seam, Violations};

/// How a file object's script ends.
#[derive(Arbitrary, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finish {
    /// `close()`.
    Close,
    /// `exit()` (`__exit__`).
    Exit,
    /// Dropped (the finalizer).
    Drop,
}

/// One operation.
#[derive(Arbitrary, Clone, Debug)]
pub enum Op {
    /// `mkstemp(text=...)`.
    Mkstemp {
        /// Text mode flags.
        text: bool,
    },
    /// `mkdtemp()`.
    Mkdtemp,
    /// `mktemp()`.
    Mktemp,
    /// `NamedTemporaryFile()`.
    Named {
        /// Write sizes (×37 bytes).
        writes: Vec<u8>,
        /// How it ends.
        finish: Finish,
        /// `delete_on_close=False` (3.12+).
        keep_on_close: bool,
    },
    /// `TemporaryFile()`.
    Temporary {
        /// Write sizes (×37 bytes).
        writes: Vec<u8>,
        /// `_O_TMPFILE_WORKS`.
        o_tmpfile: bool,
    },
    /// `SpooledTemporaryFile(max_size)`.
    Spooled {
        /// `max_size` (0–63).
        max_size: u8,
        /// Write sizes (bytes).
        writes: Vec<u8>,
        /// Call `rollover()` at the end.
        rollover: bool,
    },
    /// `TemporaryDirectory()` with a tree inside.
    TempDir {
        /// Files at each level.
        files: u8,
        /// Nesting depth.
        depth: u8,
        /// How it ends (`Close` means `cleanup()`).
        finish: Finish,
    },
    /// `gettempdir()` on a fresh module.
    GetTempDir,
}

/// Which calls fail.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum FaultSpec {
    /// The n-th call overall (1–64).
    Nth { n: u8, errno: u8 },
    /// The n-th call of one kind (1–4).
    NthOf { call: u8, n: u8, errno: u8 },
    /// Every call of one kind.
    Every { call: u8, errno: u8 },
}

#[derive(Arbitrary, Debug)]
struct RawScenario {
    version: u8,
    fault: FaultSpec,
    ops: Vec<Op>,
}

/// A decoded, bounded scenario.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// The CPython version followed.
    pub version: PyVersion,
    /// The fault, as pytempfile's [`Fault`].
    pub fault: Fault,
    /// The injected errno.
    pub errno: i32,
    /// The operations.
    pub ops: Vec<Op>,
}

const ERRNOS: [i32; 10] = [
    libc::EACCES,
    libc::EPERM,
    libc::ENOSPC,
    libc::EMFILE,
    libc::ENFILE,
    libc::EIO,
    libc::EINTR,
    libc::EEXIST,
    libc::EROFS,
    libc::EDQUOT,
];

impl Scenario {
    /// Decode `data`.
    pub fn decode(data: &[u8]) -> Option<Scenario> {
        let raw = RawScenario::arbitrary_take_rest(Unstructured::new(data)).ok()?;
        let pick = |e: u8| ERRNOS[usize::from(e) % ERRNOS.len()];
        // The kinds known when the corpora were recorded (the persist calls came later and
        // no scenario persists), so a stored scenario faults the call it always did.
        let call = |c: u8| Call::ALL[usize::from(c) % Call::BEFORE_PERSIST];
        let (fault, errno) = match raw.fault {
            FaultSpec::Nth { n, errno } => {
                (Fault::nth(u64::from(n % 64) + 1, pick(errno)), pick(errno))
            }
            FaultSpec::NthOf { call: c, n, errno } => (
                Fault::nth_of(call(c), u64::from(n % 4) + 1, pick(errno)),
                pick(errno),
            ),
            FaultSpec::Every { call: c, errno } => {
                // Every call failing with EINTR would retry forever (by design): use EIO.
                let e = match pick(errno) {
                    libc::EINTR => libc::EIO,
                    e => e,
                };
                (Fault::every(call(c), e), e)
            }
        };
        let mut ops = raw.ops;
        ops.truncate(5);
        for op in &mut ops {
            match op {
                Op::Named { writes, .. } | Op::Temporary { writes, .. } => writes.truncate(4),
                Op::Spooled { writes, .. } => writes.truncate(6),
                _ => {}
            }
        }
        Some(Scenario {
            version: PyVersion::ALL[usize::from(raw.version) % PyVersion::ALL.len()],
            fault,
            errno,
            ops,
        })
    }
}

fn data_for(i: usize, len: usize) -> Vec<u8> {
    (0..len).map(|k| b'a' + ((i * 7 + k) % 26) as u8).collect()
}

/// `ok` must be a prefix of `content`, which must be a prefix of `ok ++ failed`.
fn prefix_rule(content: &[u8], ok: &[u8], failed: &[u8]) -> bool {
    let mut all = ok.to_vec();
    all.extend_from_slice(failed);
    content.starts_with(ok) && all.starts_with(content)
}

struct Ctx<'a> {
    sc: &'a Scenario,
    seam: &'a Seam,
    t: Tempfile,
    work: PathBuf,
    log: &'a Log,
    v: &'a Violations,
    /// Paths named by reported errors (may legitimately remain).
    named: Mutex<Vec<Vec<u8>>>,
    /// Whether the fault is still installed.
    armed: Mutex<bool>,
    events: Arc<Mutex<Vec<Event>>>,
}

impl Ctx<'_> {
    fn unraisables(&self) -> usize {
        self.events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| matches!(e, Event::Unraisable { .. }))
            .count()
    }

    fn injected_since(&self, start: usize) -> Vec<i32> {
        self.seam.faulty.log()[start..]
            .iter()
            .filter(|c| c.injected)
            .filter_map(|c| c.result.err())
            .collect()
    }

    fn note_error(&self, e: &Error) {
        for f in [e.filename(), e.filename2()].into_iter().flatten() {
            self.named.lock().unwrap().push(f.as_bytes().to_vec());
        }
    }

    /// Whether `e` is what the injected failures `inj` explain: the same errno, or CPython's
    /// own consequence of it.
    fn explained(&self, op: &Op, e: &Error, inj: &[i32]) -> bool {
        let perm = inj.iter().any(|&n| n == libc::EACCES || n == libc::EPERM);
        e.errno().is_some_and(|n| inj.contains(&n))
            // gettempdir: no candidate directory worked.
            || (matches!(op, Op::GetTempDir)
                && e.class() == ExcClass::FileNotFoundError
                && e.message().contains("No usable temporary directory")
                && !inj.is_empty())
            // 3.10/3.11 cleanup: a file whose unlink still fails after the permission reset is
            // recursed into as a directory, and listing it fails (directory.rs documents it).
            || (matches!(op, Op::TempDir { .. })
                && perm
                && !self.sc.version.at_least(PyVersion::V3_12)
                && e.errno() == Some(libc::ENOTDIR))
    }

    /// Judge one operation's error: it needs an injected failure that explains it.
    fn judge(&self, i: usize, op: &Op, start: usize, e: &Error) {
        self.note_error(e);
        let inj = self.injected_since(start);
        let allowed = self.explained(op, e, &inj);
        self.v.check(allowed, || {
            if inj.is_empty() {
                format!("op {i} {op:?} failed without an injected failure: {e}")
            } else {
                format!("op {i} {op:?}: error {e} but the injected failure(s) were errno {inj:?}")
            }
        });
        self.disarm();
    }

    /// Remove the fault: the rest runs on a healthy system.
    fn disarm(&self) {
        if std::mem::replace(&mut *self.armed.lock().unwrap(), false) {
            self.seam.faulty.clear_faults();
            self.log.push("faults", "fault removed");
        }
    }

    /// Run one operation: a dispatcher to one function per kind.
    fn run_op(&self, i: usize, op: &Op) {
        let at = At {
            i,
            op,
            start: self.seam.faulty.log().len(),
        };
        match op {
            Op::Mkstemp { text } => self.mkstemp(&at, *text),
            Op::Mkdtemp => self.mkdtemp(&at),
            Op::Mktemp => self.mktemp(&at),
            Op::Named {
                writes,
                finish,
                keep_on_close,
            } => self.named(&at, writes, *finish, *keep_on_close),
            Op::Temporary { writes, o_tmpfile } => self.temporary(&at, writes, *o_tmpfile),
            Op::Spooled {
                max_size,
                writes,
                rollover,
            } => self.spooled(&at, *max_size, writes, *rollover),
            Op::TempDir {
                files,
                depth,
                finish,
            } => self.temp_dir(&at, *files, *depth, *finish),
            Op::GetTempDir => self.gettempdir(&at),
        }
    }

    /// `op` failed with `e`: log it and judge it. Returns `true` (the operation errored).
    fn fail(&self, at: &At<'_>, e: Error) -> bool {
        let At { i, op, start } = *at;
        self.log
            .push(&format!("op{i}"), format!("{op:?} failed: {e}"));
        self.judge(i, op, start, &e);
        true
    }

    fn params(&self) -> Params {
        Params::new().dir(Arg::str(&self.work))
    }

    fn mkstemp(&self, at: &At<'_>, text: bool) {
        match self.t.mkstemp(&self.params(), text) {
            Ok((fd, path)) => {
                // The caller's descriptor, closed through the seam (for the accounting).
                let _ = self.t.os().close(std::os::fd::IntoRawFd::into_raw_fd(fd));
                self.log
                    .push(&format!("op{}", at.i), format!("mkstemp {path:?}"));
                let _ = fs::remove_file(path.as_path());
            }
            Err(e) => {
                self.fail(at, e);
            }
        }
    }

    fn mkdtemp(&self, at: &At<'_>) {
        match self.t.mkdtemp(&self.params()) {
            Ok(p) => {
                let _ = fs::remove_dir(p.as_path());
            }
            Err(e) => {
                self.fail(at, e);
            }
        }
    }

    fn mktemp(&self, at: &At<'_>) {
        match self.t.mktemp(&self.params()) {
            Ok(p) => self.v.check(!fsutil::exists_nofollow(p.as_path()), || {
                format!("mktemp returned an existing path {p:?}")
            }),
            Err(e) => {
                self.fail(at, e);
            }
        }
    }

    /// Write `data_for(k, size × scale)` for each size to `f` with `write` until one fails
    /// (judged), then, if none did, `finish` it (a flush, a rollover) the same way.
    fn write_all<F>(
        &self,
        at: &At<'_>,
        f: &mut F,
        sizes: &[u8],
        scale: usize,
        write: impl Fn(&mut F, &[u8]) -> Result<usize, Error>,
        finish: impl FnOnce(&mut F) -> Result<(), Error>,
    ) -> Written {
        let mut w = Written::default();
        for (k, size) in sizes.iter().enumerate() {
            let d = data_for(k, usize::from(*size) * scale);
            match write(f, &d) {
                Ok(n) => w.ok.extend_from_slice(&d[..n]),
                Err(e) => {
                    w.failed = d;
                    w.errored = self.fail(at, e);
                    break;
                }
            }
        }
        if !w.errored {
            if let Err(e) = finish(f) {
                w.errored = self.fail(at, e);
            }
        }
        w
    }

    /// Read `f` back with `read`; if that fails (the fault), judge it, then read again on the
    /// healthy system.
    fn read_back<F>(
        &self,
        at: &At<'_>,
        f: &mut F,
        read: impl Fn(&mut F) -> Result<Vec<u8>, Error>,
    ) -> Result<Vec<u8>, Error> {
        let back = read(f);
        match &back {
            Ok(_) => back,
            Err(e) => {
                self.fail(at, e.clone());
                read(f)
            }
        }
    }

    fn named(&self, at: &At<'_>, writes: &[u8], finish: Finish, keep_on_close: bool) {
        let i = at.i;
        let mut opts = FileOptions::new();
        if keep_on_close && self.sc.version.at_least(PyVersion::V3_12) {
            opts = opts.delete_on_close(false);
        }
        let mut f = match self.t.named_temporary_file(&self.params(), &opts) {
            Ok(f) => f,
            Err(e) => {
                self.fail(at, e);
                return;
            }
        };
        let path = f.path().to_path_buf();
        let written = self.write_all(
            at,
            &mut f,
            writes,
            37,
            |f, d| f.file_mut().write(d),
            |f| f.file_mut().flush(),
        );
        // Read back (after a failure: flush again on the healthy system first).
        let back = self.read_back(at, &mut f, |f| {
            f.file_mut()
                .flush()
                .and_then(|()| f.file_mut().seek(0, Whence::Set))
                .and_then(|_| f.file_mut().read(None))
        });
        self.v
            .check(back.as_ref().is_ok_and(|c| written.explains(c)), || {
                format!(
                    "op {i}: NamedTemporaryFile holds {back:?}, written {:?}",
                    written.ok
                )
            });
        let _ = f.file_mut().seek(0, Whence::End);
        let unraisable_before = self.unraisables();
        let ended = match finish {
            Finish::Close => f.close().map(|()| Some(f)),
            Finish::Exit => f.exit().map(|()| None),
            Finish::Drop => {
                drop(f);
                Ok(None)
            }
        };
        match ended {
            Ok(rest) => {
                // A finalizer's failure is reported as unraisable (judged by the caller).
                let dropped_with_error = self.unraisables() > unraisable_before;
                if !written.errored
                    && !dropped_with_error
                    && (finish != Finish::Close || !keep_on_close)
                {
                    self.v.check(!fsutil::exists_nofollow(&path), || {
                        format!("op {i}: {} still exists after {finish:?}", path.display())
                    });
                }
                drop(rest);
            }
            Err(e) => {
                self.fail(at, e);
            }
        }
    }

    fn temporary(&self, at: &At<'_>, writes: &[u8], o_tmpfile: bool) {
        self.t.set_o_tmpfile_works(o_tmpfile);
        let mut f = match self.t.temporary_file(&self.params(), &FileOptions::new()) {
            Ok(f) => f,
            Err(e) => {
                self.fail(at, e);
                return;
            }
        };
        let written = self.write_all(at, &mut f, writes, 37, |f, d| f.write(d), |f| f.flush());
        let back = self.read_back(at, &mut f, |f| {
            f.flush()
                .and_then(|()| f.seek(0, Whence::Set))
                .and_then(|_| f.read(None))
        });
        self.v
            .check(back.as_ref().is_ok_and(|c| written.explains(c)), || {
                format!(
                    "op {}: TemporaryFile holds {back:?}, written {:?}",
                    at.i, written.ok
                )
            });
        if let Err(e) = f.close() {
            self.fail(at, e);
        }
    }

    fn spooled(&self, at: &At<'_>, max_size: u8, writes: &[u8], rollover: bool) {
        let i = at.i;
        let max = i64::from(max_size % 64);
        let mut f = match self
            .t
            .spooled_temporary_file(max, &self.params(), &FileOptions::new())
        {
            Ok(f) => f,
            Err(e) => {
                self.fail(at, e);
                return;
            }
        };
        let written = self.write_all(
            at,
            &mut f,
            writes,
            1,
            |f, d| f.write(d),
            |f| if rollover { f.rollover() } else { Ok(()) },
        );
        let back = self.read_back(at, &mut f, |f| {
            f.seek(0, Whence::Set).and_then(|_| f.read(None))
        });
        self.v
            .check(back.as_ref().is_ok_and(|c| written.explains(c)), || {
                format!(
                    "op {i}: spool holds {back:?}, written {:?} (rolled {})",
                    written.ok,
                    f.rolled()
                )
            });
        if written.errored {
            // The healthy system: the rollover works now and keeps everything.
            let again = f
                .rollover()
                .and_then(|()| f.seek(0, Whence::Set))
                .and_then(|_| f.read(None));
            self.v.check(again == back, || {
                format!(
                    "op {i}: after a second rollover the spool holds {again:?}, before {back:?}"
                )
            });
        }
        if let Err(e) = f.close() {
            self.fail(at, e);
        }
    }

    fn temp_dir(&self, at: &At<'_>, files: u8, depth: u8, finish: Finish) {
        let i = at.i;
        let t = &self.t;
        let mut d = match t.temporary_directory(&self.params(), DirOptions::new()) {
            Ok(d) => d,
            Err(e) => {
                self.fail(at, e);
                return;
            }
        };
        let top = d.path().to_path_buf();
        let mut dir = top.clone();
        for level in 0..(depth % 3) + 1 {
            for k in 0..files % 3 {
                fs::write(dir.join(format!("f{k}")), b"x").unwrap();
            }
            dir = dir.join(format!("d{level}"));
            fs::create_dir(&dir).unwrap();
        }
        let unraisable_before = self.unraisables();
        let ended = match finish {
            Finish::Close => d.cleanup(),
            Finish::Exit => d.exit(),
            Finish::Drop => {
                drop(d);
                Ok(())
            }
        };
        let failed = match ended {
            Ok(()) => self.unraisables() > unraisable_before,
            Err(e) => self.fail(at, e),
        };
        self.v.check(failed || !fsutil::exists_nofollow(&top), || {
            format!(
                "op {i}: {} remains after {finish:?} without an error",
                top.display()
            )
        });
        if failed {
            self.disarm();
            // Recovery: a second cleanup on the healthy system removes the rest.
            let r = t.rmtree(
                &pytempfile::PyPath::new(
                    pytempfile::PathKind::Str,
                    top.as_os_str().as_encoded_bytes().to_vec(),
                ),
                false,
            );
            self.v
                .check(r.is_ok() && !fsutil::exists_nofollow(&top), || {
                    format!("op {i}: second cleanup after the fault: {r:?}")
                });
        }
    }

    fn gettempdir(&self, at: &At<'_>) {
        let At { i, start, .. } = *at;
        let root = self.work.parent().unwrap().to_path_buf();
        let cands: Vec<PathBuf> = ["c1", "c2", "c3", "cwd"]
            .iter()
            .map(|c| root.join(c))
            .collect();
        for c in &cands {
            let _ = fs::create_dir(c);
        }
        let f = &self.seam.faulty;
        f.set_env("TMPDIR", Some(cands[0].as_os_str().as_encoded_bytes()));
        f.set_env("TEMP", Some(cands[1].as_os_str().as_encoded_bytes()));
        f.set_env("TMP", Some(cands[2].as_os_str().as_encoded_bytes()));
        f.set_cwd(Ok(cands[3].as_os_str().as_encoded_bytes().to_vec()));
        let t2 = Tempfile::builder().os(self.seam.os()).build();
        match t2.gettempdir() {
            Ok(d) => {
                let d = crate::path_of(&d);
                let inj = self.injected_since(start);
                let want_first = inj.is_empty();
                self.v
                    .check(cands.contains(&d) && (!want_first || d == cands[0]), || {
                        format!(
                            "op {i}: gettempdir chose {} (injected {inj:?})",
                            d.display()
                        )
                    });
            }
            Err(e) => {
                self.fail(at, e);
            }
        }
        // A probe file may stay only where its unlink failed (CPython: the OSError from
        // `_os.unlink(filename)` moves on to the next directory, leaving the file).
        let calls = self.seam.faulty.log();
        for c in &cands {
            for name in fsutil::list(c) {
                let p = c.join(&name);
                let pb = p.as_os_str().as_encoded_bytes();
                let unlink_failed = calls[start..]
                    .iter()
                    .any(|l| l.call == Call::Unlink && l.injected && l.path.as_deref() == Some(pb));
                self.v.check(unlink_failed, || {
                    format!("op {i}: gettempdir left {name} in {}", c.display())
                });
                let _ = fs::remove_file(&p);
            }
            let _ = fs::remove_dir(c);
        }
    }
}

/// The operation being run: its index, itself, and where its calls start in the seam's log.
#[derive(Clone, Copy)]
struct At<'o> {
    i: usize,
    op: &'o Op,
    start: usize,
}

/// What a script's writes left: the bytes of the writes that returned, the data of the one
/// that failed, and whether one of them (or the flush or rollover after them) failed.
#[derive(Default)]
struct Written {
    ok: Vec<u8>,
    failed: Vec<u8>,
    errored: bool,
}

impl Written {
    /// Whether `content` is what the writes explain: everything that returned, then possibly
    /// part of the failed write.
    fn explains(&self, content: &[u8]) -> bool {
        prefix_rule(
            content,
            &self.ok,
            if self.errored { &self.failed } else { &[] },
        )
    }
}

/// Decode and run one input.
pub fn run(data: &[u8]) {
    let Some(sc) = Scenario::decode(data) else {
        return;
    };
    run_scenario(&sc);
}

/// Run one scenario; panics with a report if an invariant breaks.
pub fn run_scenario(sc: &Scenario) {
    let fds_before = crate::fd_count();
    let sb = Sandbox::new("faults");
    let work = sb.mkdir("work");
    let seam = Seam::new(&sb);
    let events: Arc<Mutex<Vec<Event>>> = Arc::default();
    let sink_events = events.clone();
    let t = Tempfile::builder()
        .os(seam.os())
        .version(sc.version)
        .tmp_max(4)
        .tempdir(Arg::str(&work))
        .events(Arc::new(move |e: &Event| {
            sink_events.lock().unwrap().push(e.clone())
        }))
        .build();
    crate::plant_from_env(&t);
    let log = Log::default();
    let v = Violations::default();
    let ctx = Ctx {
        sc,
        seam: &seam,
        t,
        work: work.clone(),
        log: &log,
        v: &v,
        named: Mutex::new(Vec::new()),
        armed: Mutex::new(true),
        events: events.clone(),
    };
    seam.faulty.add_fault(sc.fault.clone());
    for (i, op) in sc.ops.iter().enumerate() {
        let start = seam.faulty.log().len();
        let n_events = events.lock().unwrap().len();
        ctx.run_op(i, op);
        // Errors reported by finalizers: named paths may remain; they need a cause too.
        for e in events.lock().unwrap()[n_events..].iter() {
            if let Event::Unraisable { context, error } = e {
                ctx.note_error(error);
                let inj = ctx.injected_since(start);
                v.check(ctx.explained(op, error, &inj), || {
                    format!("op {i}: unraisable in {context}: {error} (injected {inj:?})")
                });
                ctx.disarm();
            }
        }
        if !v.is_empty() {
            break;
        }
    }
    seam.faulty.clear_faults();
    drop(ctx.t.clone());
    // No stray entry: only what a reported error named may remain.
    let named = ctx.named.lock().unwrap().clone();
    for name in fsutil::list(&work) {
        let p = work.join(&name);
        let pb = p.as_os_str().as_encoded_bytes().to_vec();
        let known = named
            .iter()
            .any(|n| *n == pb || Path::new(&crate::path_of(n)) == p);
        v.check(known, || {
            format!("stray entry {name} left in the directory (no error named it)")
        });
        fsutil::force_remove(&p);
    }
    // gettempdir's probes of `/tmp` and friends are refused by the jail and skipped.
    let has_gettempdir = sc.ops.iter().any(|o| matches!(o, Op::GetTempDir));
    let syscalls = seam.checked_calls(&v, has_gettempdir);
    drop(ctx);
    drop(sb);
    crate::conclude("faults", sc, &log, &syscalls, v.take(), fds_before);
}
