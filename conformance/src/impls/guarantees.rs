//! The guarantees, per implementation: the race and attack scenarios run against the
//! implementation's own `tempfile`.
//!
//! The scenarios are made by a driver in Python (`conformance/py/guarantees.py`, standard
//! library only), run as a process by the implementation under test
//! ([`Implementation::script_command`]), so every implementation (CPython releases, PyPy,
//! RustPython, pytempfile in the `pyside` binary) faces the same code; it reports in JSON lines
//! (the protocol is in the driver's docstring). What each scenario counts:
//!
//! | Scenario | A run | A violation | An error |
//! |---|---|---|---|
//! | `exchange` | one `TemporaryDirectory.cleanup()` of `sub/` (0500, 40 files) + `link` (a symlink to an outside directory) while this process's attacker ([`fuzzlib::exchange::Attacker`]) exchanges them with `renameat2(RENAME_EXCHANGE)` | an *escape*: the outside directory's entries, contents, modes, inodes or own mode changed (checked here, on the host's view of the side's paths) | `cleanup()` raised (class and message, paths as `<top>`, `<outside>`) |
//! | `race-create` | threads and forked processes calling `mkstemp`, `mkdtemp`, `NamedTemporaryFile(delete=False)` in one directory, names forced from a pool of 1–5 with `TMP_MAX` 1–6 | a path won twice, not fresh, holding another creator's token; an entry no creator reported; exhaustion that is not `FileExistsError`/EEXIST after exactly `TMP_MAX` names all taken | an unexpected exception |
//! | `symlink-plants` | one call (`mkstemp`, `mkdtemp`, `NamedTemporaryFile` kept or deleted, `TemporaryDirectory` and its cleanup) whose forced names first meet a symlink to a victim file, one to a victim directory, a dangling symlink, a fifo, a regular file and a directory | a plant or victim changed, a dangling target created, a path other than the free name, or not a fresh regular file/directory | an unexpected exception |
//! | `modes` | one call under umask 0o000 or 0o077 | a file not 0600, a directory not 0700, an inheritable descriptor (`os.get_inheritable` or the kernel's `O_CLOEXEC`) | an unexpected exception |
//!
//! The side runs without `CAP_DAC_OVERRIDE` and `CAP_DAC_READ_SEARCH` when the harness is root
//! (`setpriv` wraps its whole command, so a chrooted side's interpreter inherits the reduced
//! bounding set; the driver reports its `CapEff` and the exchange attack does not run when the
//! capabilities are still there), so that `sub/`'s mode applies and cleanup's permission reset
//! runs.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fuzzlib::exchange::Attacker;
use fuzzlib::fsutil::{self, Node, Snapshot};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::side::spawn_lines;
use super::spec::{self, Implementation};

/// The scenarios, in the order they run.
pub const SCENARIOS: [&str; 4] = ["exchange", "race-create", "symlink-plants", "modes"];

/// Runs of the scenarios other than `exchange`.
pub const RUNS: u32 = 20;

/// Distinct kinds of errors kept in a scenario's `examples` (the rest are counted together);
/// violations (`VIOLATION ...`, `ESCAPE ...`) are kept up to twice as many.
const MAX_KINDS: usize = 12;

/// One scenario's counts.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ScenarioResult {
    /// Runs made.
    pub runs: u64,
    /// Runs where the guarantee broke (an escape, a path won twice, a plant followed, a
    /// wrong mode).
    pub violations: u64,
    /// Runs where the operation raised (an error, not a broken guarantee).
    pub errors: u64,
    /// What broke or was raised, with counts (the first few kinds).
    pub examples: BTreeMap<String, u64>,
    /// `exchange`: runs after which the temporary directory was still there.
    #[serde(default)]
    pub left: u64,
    /// `exchange`: exchanges the attacker made, over all runs.
    #[serde(default)]
    pub exchanges: u64,
}

impl ScenarioResult {
    fn example(&mut self, what: String) {
        let broke = what.starts_with("VIOLATION ") || what.starts_with("ESCAPE ");
        let (kept, other) = if broke {
            (
                self.examples
                    .keys()
                    .filter(|k| k.starts_with("VIOLATION ") || k.starts_with("ESCAPE "))
                    .count(),
                "(other kinds of violations)",
            )
        } else {
            (
                self.examples
                    .keys()
                    .filter(|k| !k.starts_with("VIOLATION ") && !k.starts_with("ESCAPE "))
                    .count(),
                "(other kinds of errors)",
            )
        };
        let cap = if broke { 2 * MAX_KINDS } else { MAX_KINDS };
        if self.examples.contains_key(&what) || kept < cap {
            *self.examples.entry(what).or_default() += 1;
        } else {
            *self.examples.entry(other.into()).or_default() += 1;
        }
    }

    /// One line: `runs N, violations N, errors N[, left N, exchanges N]`.
    pub fn line(&self) -> String {
        let mut s = format!(
            "runs {}, violations {}, errors {}",
            self.runs, self.violations, self.errors
        );
        if self.exchanges > 0 || self.left > 0 {
            s.push_str(&format!(
                ", left {}, exchanges {}",
                self.left, self.exchanges
            ));
        }
        s
    }
}

/// Every scenario's results, by scenario name.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GuaranteeResults {
    /// By scenario (`exchange`, `race-create`, `symlink-plants`, `modes`).
    pub scenarios: BTreeMap<String, ScenarioResult>,
    /// Scenarios that could not run, and why.
    pub notes: Vec<String>,
    /// What the side said about itself (`implementation`, `python`, `module_file`, `euid`,
    /// `capeff`, `fork`).
    #[serde(default)]
    pub hello: Option<Value>,
    /// Wall-clock seconds of the whole run.
    #[serde(default)]
    pub seconds: f64,
}

impl GuaranteeResults {
    /// A few lines for the terminal.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        for (name, r) in &self.scenarios {
            s.push_str(&format!("  {name}: {}\n", r.line()));
            for (what, n) in &r.examples {
                s.push_str(&format!("    {n:5}  {what}\n"));
            }
        }
        for n in &self.notes {
            s.push_str(&format!("  note: {n}\n"));
        }
        s.push_str(&format!("  ({:.1} s)\n", self.seconds));
        s
    }
}

/// The guarantees' driver (`conformance/py/guarantees.py`).
pub fn driver_path() -> PathBuf {
    spec::workspace()
        .join("conformance")
        .join("py")
        .join("guarantees.py")
}

/// Run every scenario against `implementation`: `attack_runs` exchange runs, `race_runs` race
/// runs (half as many symlink-plant runs, at least one per API; the modes' fixed ten); `timeout` bounds the wait for any one message of the side (a hung cleanup or a
/// deadlocked creator ends the run, with a note).
pub fn run(
    implementation: &Implementation,
    attack_runs: u32,
    race_runs: u32,
    timeout: Duration,
) -> Result<GuaranteeResults, String> {
    run_scenarios(implementation, &SCENARIOS, attack_runs, race_runs, timeout)
}

/// Run the named `scenarios` (a subset of [`SCENARIOS`]) with `attack_runs` exchange runs and
/// `runs` runs of each other scenario.
pub fn run_scenarios(
    implementation: &Implementation,
    scenarios: &[&str],
    attack_runs: u32,
    runs: u32,
    timeout: Duration,
) -> Result<GuaranteeResults, String> {
    let start = Instant::now();
    let mut results = GuaranteeResults::default();
    let mut wanted: Vec<&str> = Vec::new();
    for s in scenarios {
        if !SCENARIOS.contains(s) {
            return Err(format!(
                "unknown scenario {s:?} (one of {})",
                SCENARIOS.join(", ")
            ));
        }
        wanted.push(s);
    }
    if attack_runs == 0 {
        wanted.retain(|s| *s != "exchange");
    }
    let base = Scratch::new(implementation, "guarantees")?;
    let args = vec![
        "--base".to_string(),
        base.side_str(),
        "--exchange-runs".into(),
        attack_runs.to_string(),
        "--runs".into(),
        runs.to_string(),
    ];
    let mut cmd = implementation.script_command(&driver_path(), &args);
    let root = running_as_root();
    if root {
        match setpriv() {
            Some(setpriv) => cmd = without_dac(cmd, &setpriv),
            None => {
                if wanted.contains(&"exchange") {
                    results.notes.push(
                        "exchange: not run: running as root and no setpriv on PATH to drop \
                         CAP_DAC_OVERRIDE (permission bits would not apply)"
                            .into(),
                    );
                    wanted.retain(|s| *s != "exchange");
                }
            }
        }
    }
    let mut side = Driver::start(implementation, cmd, timeout)?;
    let hello = match side.next()? {
        Msg::Hello(h) => h,
        other => {
            return Err(format!(
                "{}: the driver did not say hello first: {other:?}{}",
                implementation.name,
                side.stderr_tail()
            ));
        }
    };
    if root && wanted.contains(&"exchange") {
        let capeff = hello
            .get("capeff")
            .and_then(Value::as_str)
            .and_then(|c| u64::from_str_radix(c, 16).ok());
        let euid = hello.get("euid").and_then(Value::as_u64);
        // CAP_DAC_OVERRIDE is bit 1, CAP_DAC_READ_SEARCH bit 2.
        match (euid, capeff) {
            (Some(0), Some(c)) if c & 0b110 != 0 => {
                results.notes.push(format!(
                    "exchange: not run: the side still holds CAP_DAC_OVERRIDE or \
                     CAP_DAC_READ_SEARCH (CapEff {c:016x})"
                ));
                wanted.retain(|s| *s != "exchange");
            }
            (Some(0), None) => {
                results.notes.push(
                    "exchange: not run: the side cannot tell its capabilities (no \
                     /proc/self/status)"
                        .into(),
                );
                wanted.retain(|s| *s != "exchange");
            }
            _ => {}
        }
    }
    results.hello = Some(hello);
    for s in &wanted {
        results
            .scenarios
            .insert((*s).to_string(), ScenarioResult::default());
    }
    side.send(&format!("run {}", wanted.join(",")))?;
    let outcome = drive(implementation, &mut side, &mut results);
    side.finish();
    if let Err(e) = outcome {
        results.notes.push(e);
    }
    drop(base);
    results.seconds = start.elapsed().as_secs_f64();
    Ok(results)
}

/// Read the side's messages to the end, answering the exchange runs.
fn drive(
    implementation: &Implementation,
    side: &mut Driver,
    results: &mut GuaranteeResults,
) -> Result<(), String> {
    // The exchange run in progress: its host paths, the outside directory before, the attacker.
    let mut pending: Option<(PathBuf, PathBuf, Snapshot, Attacker)> = None;
    loop {
        let msg = match side.next() {
            Ok(m) => m,
            Err(e) => {
                if let Some((top, outside, _, attacker)) = pending.take() {
                    drop(attacker);
                    fsutil::force_remove(&top);
                    fsutil::force_remove(&outside);
                }
                return Err(e);
            }
        };
        match msg {
            Msg::Hello(_) => return Err("a second hello".into()),
            Msg::Exchange { top, outside } => {
                let top = implementation.host_path(Path::new(&top));
                let outside = implementation.host_path(Path::new(&outside));
                let before = fsutil::snapshot(&outside);
                if before.is_empty() {
                    return Err(format!(
                        "exchange: the side's outside directory is not at {} here",
                        outside.display()
                    ));
                }
                let attacker = Attacker::try_start(&top).map_err(|e| {
                    format!(
                        "exchange: cannot start the attacker on {}: {e}",
                        top.display()
                    )
                })?;
                pending = Some((top, outside, before, attacker));
                side.send("go")?;
            }
            Msg::Run {
                scenario,
                violations,
                errors,
            } => {
                let r = results.scenarios.entry(scenario.clone()).or_default();
                r.runs += 1;
                let mut broke = !violations.is_empty();
                for v in violations {
                    r.example(format!("VIOLATION {v}"));
                }
                if !errors.is_empty() {
                    r.errors += 1;
                }
                for e in &errors {
                    r.example(e.clone());
                }
                if scenario == "exchange" {
                    let (top, outside, before, attacker) = pending
                        .take()
                        .ok_or("exchange: a run's result before its tree")?;
                    r.exchanges += attacker.stop();
                    let after = fsutil::snapshot(&outside);
                    if let Some(escape) = escape(&before, &after) {
                        broke = true;
                        r.example(format!("ESCAPE {escape}"));
                    }
                    if fsutil::exists_nofollow(&top) {
                        r.left += 1;
                        if errors.is_empty() {
                            r.example("the tree was left, and cleanup() raised nothing".into());
                        }
                        fsutil::force_remove(&top);
                    }
                    fsutil::force_remove(&outside);
                    side.send("next")?;
                }
                if broke {
                    r.violations += 1;
                }
            }
            Msg::Note { scenario, reason } => results.notes.push(format!("{scenario}: {reason}")),
            Msg::Fatal(text) => {
                return Err(format!(
                    "the driver failed: {}",
                    text.trim().lines().last().unwrap_or_default()
                ));
            }
            Msg::End => return Ok(()),
        }
    }
}

/// What changed in the outside directory, as one line without names, inode numbers or counts
/// (so that runs with the same kinds of escape count together), or `None`.
fn escape(before: &Snapshot, after: &Snapshot) -> Option<String> {
    let mut kinds: BTreeSet<String> = BTreeSet::new();
    for (path, old) in before {
        let (it, its) = if path.as_os_str().is_empty() {
            ("the outside directory", "the outside directory's")
        } else {
            ("outside files", "outside files'")
        };
        let mut add = |k: String| {
            kinds.insert(k);
        };
        match (old, after.get(path)) {
            (_, None) => add(format!("{it} removed")),
            (a, Some(b)) if a == b => {}
            (Node::Dir { mode: m, ino: i }, Some(Node::Dir { mode: n, ino: j })) => {
                if m != n {
                    add(format!("{its} mode {m:o} -> {n:o}"));
                }
                if i != j {
                    add(format!("{it} replaced (new inode)"));
                }
            }
            (
                Node::File {
                    mode: m,
                    ino: i,
                    data: d,
                },
                Some(Node::File {
                    mode: n,
                    ino: j,
                    data: e,
                }),
            ) => {
                if m != n {
                    add(format!("{its} mode {m:o} -> {n:o}"));
                }
                if i != j {
                    add(format!("{it} replaced (new inode)"));
                }
                if d != e {
                    add(format!("{its} content changed"));
                }
            }
            (_, Some(_)) => add(format!("{it} changed type")),
        }
    }
    if after.keys().any(|p| !before.contains_key(p)) {
        kinds.insert("entries appeared outside".into());
    }
    if kinds.is_empty() {
        return None;
    }
    Some(kinds.into_iter().collect::<Vec<_>>().join("; "))
}

/// A scratch directory for a side: made here (mode 0755, in the host's temporary directory,
/// or the sid root's `/tmp` for a chrooted side: the same file system here, so the attack's
/// timing compares), known to the side by its own path, removed (whatever is left in it) on
/// drop.
pub(crate) struct Scratch {
    host: PathBuf,
    side: PathBuf,
}

impl Scratch {
    pub(crate) fn new(implementation: &Implementation, tag: &str) -> Result<Scratch, String> {
        use std::os::unix::fs::PermissionsExt;
        static N: AtomicU64 = AtomicU64::new(0);
        let name = format!(
            "pytempfile-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let side = match &implementation.chroot {
            Some(_) => Path::new("/tmp").join(&name),
            None => std::env::temp_dir().join(&name),
        };
        let host = implementation.host_path(&side);
        fsutil::force_remove(&host);
        std::fs::create_dir(&host).map_err(|e| format!("{}: {e}", host.display()))?;
        std::fs::set_permissions(&host, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| format!("{}: {e}", host.display()))?;
        Ok(Scratch { host, side })
    }

    /// The directory, as the harness sees it.
    pub(crate) fn host(&self) -> &Path {
        &self.host
    }

    /// The directory, as the side sees it.
    pub(crate) fn side_str(&self) -> String {
        self.side.to_string_lossy().into_owned()
    }

    /// `name` in the directory, as the side sees it.
    pub(crate) fn side_join(&self, name: &str) -> String {
        self.side.join(name).to_string_lossy().into_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        fsutil::force_remove(&self.host);
    }
}

fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .and_then(|l| l.split_whitespace().nth(1))
            == Some("0")
    })
}

/// `setpriv` on PATH.
fn setpriv() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("setpriv"))
        .find(|p| p.is_file())
}

/// `cmd` run under `setpriv` without `CAP_DAC_OVERRIDE` and `CAP_DAC_READ_SEARCH` (inheritable
/// set and bounding set: root's execs then never get them back), same environment and
/// directory.
fn without_dac(cmd: Command, setpriv: &Path) -> Command {
    let caps = "-dac_override,-dac_read_search";
    let mut w = Command::new(setpriv);
    w.arg(format!("--inh-caps={caps}"))
        .arg(format!("--bounding-set={caps}"))
        .arg("--")
        .arg(cmd.get_program())
        .args(cmd.get_args());
    w.env_clear();
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => w.env(k, v),
            None => w.env_remove(k),
        };
    }
    if let Some(d) = cmd.get_current_dir() {
        w.current_dir(d);
    }
    w
}

/// A message of the driver.
#[derive(Debug)]
enum Msg {
    Hello(Value),
    Exchange {
        top: String,
        outside: String,
    },
    Run {
        scenario: String,
        violations: Vec<String>,
        errors: Vec<String>,
    },
    Note {
        scenario: String,
        reason: String,
    },
    Fatal(String),
    End,
}

#[derive(Deserialize)]
struct RawMsg {
    hello: Option<Value>,
    exchange: Option<RawExchange>,
    run: Option<RawRun>,
    note: Option<RawNote>,
    fatal: Option<String>,
    end: Option<bool>,
}

#[derive(Deserialize)]
struct RawExchange {
    top: String,
    outside: String,
}

#[derive(Deserialize)]
struct RawRun {
    scenario: String,
    violations: Vec<String>,
    errors: Vec<String>,
}

#[derive(Deserialize)]
struct RawNote {
    scenario: String,
    reason: String,
}

fn parse(line: &str) -> Result<Msg, String> {
    let m: RawMsg = serde_json::from_str(line).map_err(|e| format!("{e}"))?;
    if let Some(h) = m.hello {
        return Ok(Msg::Hello(h));
    }
    if let Some(x) = m.exchange {
        return Ok(Msg::Exchange {
            top: x.top,
            outside: x.outside,
        });
    }
    if let Some(r) = m.run {
        return Ok(Msg::Run {
            scenario: r.scenario,
            violations: r.violations,
            errors: r.errors,
        });
    }
    if let Some(n) = m.note {
        return Ok(Msg::Note {
            scenario: n.scenario,
            reason: n.reason,
        });
    }
    if let Some(f) = m.fatal {
        return Ok(Msg::Fatal(f));
    }
    if m.end == Some(true) {
        return Ok(Msg::End);
    }
    Err("no known key".into())
}

/// The driver as a process: its own process group (so that a chrooted interpreter behind
/// `cpython-root.sh`'s chain is stopped with it), lines read on a thread, stderr kept.
struct Driver {
    name: String,
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<Result<String, String>>,
    stderr: Arc<Mutex<String>>,
    timeout: Duration,
}

impl Driver {
    fn start(
        implementation: &Implementation,
        mut cmd: Command,
        timeout: Duration,
    ) -> Result<Driver, String> {
        cmd.process_group(0);
        let (mut child, rx, stderr_pipe) = spawn_lines(&implementation.name, &mut cmd)?;
        let stderr = Arc::new(Mutex::new(String::new()));
        let keep = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr_pipe).lines().map_while(Result::ok) {
                if let Ok(mut s) = keep.lock() {
                    s.push_str(&line);
                    s.push('\n');
                    // Only the end matters.
                    if s.len() > 64 * 1024 {
                        let cut = s.len() - 32 * 1024;
                        let cut = (cut..s.len()).find(|i| s.is_char_boundary(*i)).unwrap_or(0);
                        s.drain(..cut);
                    }
                }
            }
        });
        Ok(Driver {
            name: implementation.name.clone(),
            stdin: child.stdin.take(),
            child,
            lines: rx,
            stderr,
            timeout,
        })
    }

    /// The next line, or why there is none (a timeout kills the side).
    fn line(&mut self) -> Result<String, String> {
        match self.lines.recv_timeout(self.timeout) {
            Ok(Ok(l)) => Ok(l),
            Ok(Err(e)) => {
                // Give the stderr thread a moment to collect the side's last words.
                std::thread::sleep(Duration::from_millis(200));
                Err(format!("{}: {e}{}", self.name, self.stderr_tail()))
            }
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(format!(
                    "{}: nothing from the side within {:?} (a hang?); stopped{}",
                    self.name,
                    self.timeout,
                    self.stderr_tail()
                ))
            }
            Err(RecvTimeoutError::Disconnected) => Err(format!(
                "{}: the side is gone{}",
                self.name,
                self.stderr_tail()
            )),
        }
    }

    fn next(&mut self) -> Result<Msg, String> {
        let line = self.line()?;
        parse(&line).map_err(|e| {
            format!(
                "{}: bad message ({e}): {}{}",
                self.name,
                line.chars().take(300).collect::<String>(),
                self.stderr_tail()
            )
        })
    }

    fn send(&mut self, word: &str) -> Result<(), String> {
        let stdin = self.stdin.as_mut().ok_or("stdin closed")?;
        writeln!(stdin, "{word}")
            .and_then(|()| stdin.flush())
            .map_err(|e| format!("{}: write: {e}", self.name))
    }

    /// The last lines the side wrote on stderr, as a suffix for an error message.
    fn stderr_tail(&self) -> String {
        let s = self.stderr.lock().map(|s| s.clone()).unwrap_or_default();
        let lines: Vec<&str> = s.lines().collect();
        if lines.is_empty() {
            return String::new();
        }
        format!(
            "\n  its stderr ends:\n  {}",
            lines[lines.len().saturating_sub(15)..].join("\n  ")
        )
    }

    /// Stop the whole process group.
    fn kill(&mut self) {
        let pgid = self.child.id();
        // The group's id is the child's pid (`process_group(0)`): every process of the
        // chain (setpriv, cpython-root.sh, unshare, chroot, the interpreter, its forks).
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pgid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// End of input; wait a little for the side to exit, then stop it.
    fn finish(&mut self) {
        drop(self.stdin.take());
        for _ in 0..250 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.kill();
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.kill();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_described_without_names() {
        let mut before = Snapshot::new();
        before.insert(
            PathBuf::new(),
            Node::Dir {
                mode: 0o755,
                ino: 1,
            },
        );
        for (i, n) in ["f00", "f01"].iter().enumerate() {
            before.insert(
                PathBuf::from(n),
                Node::File {
                    mode: 0o644,
                    ino: 10 + i as u64,
                    data: format!("OUTSIDE {i}"),
                },
            );
        }
        assert_eq!(escape(&before, &before.clone()), None);
        let mut after = before.clone();
        after.insert(
            PathBuf::new(),
            Node::Dir {
                mode: 0o700,
                ino: 1,
            },
        );
        after.remove(Path::new("f00"));
        after.remove(Path::new("f01"));
        assert_eq!(
            escape(&before, &after).as_deref(),
            Some("outside files removed; the outside directory's mode 755 -> 700")
        );
    }

    #[test]
    fn messages_parse() {
        assert!(matches!(parse(r#"{"end": true}"#), Ok(Msg::End)));
        assert!(matches!(
            parse(r#"{"run": {"scenario": "modes", "violations": ["x"], "errors": []}}"#),
            Ok(Msg::Run { ref violations, .. }) if violations.len() == 1
        ));
        assert!(parse(r#"{"what": 1}"#).is_err());
        assert!(parse("not json").is_err());
    }
}
