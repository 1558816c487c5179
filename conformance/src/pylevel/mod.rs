//! # The Python-level differential
//!
//! The same operation sequences run through the standard `tempfile` and through the
//! embedded `pytempfile` module ([`pytempfile_python::install`]) in one interpreter, each side in
//! its own sandbox with the same forced candidate names, and everything a caller can see is
//! compared after every operation (see `conformance/py/pydiff.py` for the list and the
//! normalization). [`machine`] generates the sequences (a proptest reference state machine); a
//! divergence shrinks to a minimal [`Case`], printed as JSON: kept under
//! `conformance/py-regressions/`, it is replayed by `cargo test -p conformance --test
//! py_differential` forever after.

pub mod case;
pub mod machine;

use std::collections::BTreeMap;
use std::ffi::CString;
use std::path::{Path, PathBuf};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestRunner};
use proptest_state_machine::ReferenceStateMachine;
use pyo3::prelude::*;
use pyo3::types::PyModule;

pub use case::{Case, PyOp};
pub use machine::PyMachine;

/// The driver's source.
const DRIVER: &str = include_str!("../../py/pydiff.py");

/// The embedded interpreter with both modules and the driver loaded, and the sandbox base.
pub struct Driver {
    module: Py<PyModule>,
    base: PathBuf,
    version: String,
}

/// Runs a case on two sides and compares them: the embedded [`Driver`] (the standard module
/// and `pytempfile` in one interpreter) or a pair of processes (`crate::impls`).
pub trait Runner {
    /// Run `case` on both sides; the outcome's divergence is the first one that counts.
    fn run_case(&self, case: &Case) -> Result<Outcome, String>;
}

impl Runner for Driver {
    fn run_case(&self, case: &Case) -> Result<Outcome, String> {
        self.run(case)
    }
}

/// The outcome of one case.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The API each operation exercised (`"SpooledTemporaryFile.write"`, `"mkstemp()"`, ...).
    pub apis: Vec<String>,
    /// The first operation whose observations differ: its index and the two observations.
    pub divergence: Option<(usize, String, String)>,
}

impl Outcome {
    /// Operations compared (those up to and including the first divergence).
    pub fn compared(&self) -> usize {
        self.divergence
            .as_ref()
            .map_or(self.apis.len(), |(i, _, _)| (*i + 1).min(self.apis.len()))
    }
}

fn py_err(py: Python<'_>, e: PyErr) -> String {
    let tb = e
        .traceback(py)
        .and_then(|t| t.format().ok())
        .unwrap_or_default();
    format!("{tb}{e}")
}

impl Driver {
    /// Start (or join) the embedded interpreter, install `pytempfile`, load the driver.
    pub fn new() -> Result<Driver, String> {
        Python::initialize();
        let base = std::env::temp_dir().join(format!("pytempfile-pydiff-{}", std::process::id()));
        std::fs::create_dir_all(&base).map_err(|e| format!("{}: {e}", base.display()))?;
        Python::attach(|py| -> PyResult<Driver> {
            pyref::point_executable(py)?;
            pytempfile_python::install(py)?;
            let code = CString::new(DRIVER)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
            let module = PyModule::from_code(py, &code, c"conformance/py/pydiff.py", c"pydiff")?;
            let vi = py.version_info();
            Ok(Driver {
                module: module.unbind(),
                base: base.clone(),
                version: format!("{}.{}.{}", vi.major, vi.minor, vi.patch),
            })
        })
        .map_err(|e| Python::attach(|py| py_err(py, e)))
    }

    /// `"3.13.0"`: the linked CPython.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Run `case` on both sides and compare. A case that runs longer than
    /// `PYDIFF_TIMEOUT` seconds (default 300: something blocks) ends the process with the case
    /// printed.
    pub fn run(&self, case: &Case) -> Result<Outcome, String> {
        let json = serde_json::to_string(case).map_err(|e| e.to_string())?;
        let _watch = Watchdog::start(&json);
        let base = self.base.to_string_lossy().into_owned();
        let text: String = Python::attach(|py| {
            self.module
                .bind(py)
                .getattr("run_case")
                .and_then(|f| f.call1((json, base)))
                .and_then(|r| r.extract())
                .map_err(|e| py_err(py, e))
        })
        .map_err(|e| format!("the driver failed: {e}"))?;
        #[derive(serde::Deserialize)]
        struct Answer {
            a: Vec<String>,
            b: Vec<String>,
            api: Vec<String>,
        }
        let ans: Answer = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let divergence = ans
            .a
            .iter()
            .zip(&ans.b)
            .position(|(x, y)| x != y)
            .map(|i| (i, ans.a[i].clone(), ans.b[i].clone()));
        Ok(Outcome {
            apis: ans.api,
            divergence,
        })
    }

    /// The divergence of `case` as a report: the operation, both observations, field by
    /// field where they differ.
    pub fn describe(case: &Case, out: &Outcome) -> Option<String> {
        let (i, a, b) = out.divergence.as_ref()?;
        let what = case.ops.get(*i).map_or_else(
            || "the end of the case (everything dropped, gc)".to_string(),
            |op| serde_json::to_string(op).unwrap_or_default(),
        );
        let mut s = format!("divergence at operation {i}: {what}\n");
        let (va, vb): (serde_json::Value, serde_json::Value) = (
            serde_json::from_str(a).unwrap_or_default(),
            serde_json::from_str(b).unwrap_or_default(),
        );
        if let (Some(ma), Some(mb)) = (va.as_object(), vb.as_object()) {
            let keys: std::collections::BTreeSet<&String> = ma.keys().chain(mb.keys()).collect();
            for k in keys {
                let (x, y) = (ma.get(k), mb.get(k));
                if x != y {
                    s.push_str(&format!(
                        "  {k}:\n    tempfile:   {}\n    pytempfile: {}\n",
                        x.map_or("(none)".into(), ToString::to_string),
                        y.map_or("(none)".into(), ToString::to_string)
                    ));
                }
            }
        } else {
            s.push_str(&format!("  tempfile:   {a}\n  pytempfile: {b}\n"));
        }
        s.push_str(&format!(
            "case (save under conformance/py-regressions/ to keep it):\n{}\n",
            serde_json::to_string(case).unwrap_or_default()
        ));
        Some(s)
    }
}

/// Ends the process if a case runs too long (a system call that blocks forever cannot be
/// interrupted from here; the case is the diagnosis).
struct Watchdog {
    done: std::sync::Arc<(std::sync::Mutex<bool>, std::sync::Condvar)>,
}

impl Watchdog {
    fn start(case: &str) -> Watchdog {
        let done = std::sync::Arc::new((std::sync::Mutex::new(false), std::sync::Condvar::new()));
        let secs = std::env::var("PYDIFF_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(300u64);
        let (d, case) = (done.clone(), case.to_string());
        std::thread::spawn(move || {
            let (lock, cv) = &*d;
            let guard = lock
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let (guard, timeout) = cv
                .wait_timeout_while(guard, std::time::Duration::from_secs(secs), |done| !*done)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if timeout.timed_out() && !*guard {
                eprintln!("a case ran for more than {secs} s (blocked?); the case:\n{case}");
                std::process::exit(3);
            }
        });
        Watchdog { done }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let (lock, cv) = &*self.done;
        *lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = true;
        cv.notify_all();
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// The report row of an API label: the class or function it belongs to.
pub fn row_of(api: &str) -> String {
    if api.starts_with("(empty slot)") {
        return "operations on an object whose creation failed (on both sides)".into();
    }
    let head = api.split(['.', '(']).next().unwrap_or(api);
    match head {
        "module globals" | "hooks" | "candidate names" | "environment" => {
            "module globals, hooks, names, environment".into()
        }
        "filesystem" | "gc" => "filesystem changes, gc".into(),
        "os hooks" => "os functions replaced".into(),
        "gettempdir" | "gettempdirb" | "gettempprefix" | "gettempprefixb" => {
            "gettempdir, gettempdirb, gettempprefix, gettempprefixb".into()
        }
        h if h.starts_with('_') && h != "_RandomNameSequence" => {
            "private functions (_sanitize_params, _mkstemp_inner, ...)".into()
        }
        h => h.to_string(),
    }
}

/// What a run found.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Sequences run.
    pub cases: u32,
    /// Per report row: operations compared, operations that differed.
    pub rows: BTreeMap<String, (u64, u64)>,
    /// The first divergence, shrunk: its description and the case as JSON.
    pub divergence: Option<(String, String)>,
    /// Every distinct divergence seen (API and the fields that differed), with how many
    /// cases showed it and the first one's description (not shrunk).
    pub kinds: BTreeMap<String, (u32, String)>,
}

/// What kind of divergence an outcome shows: the API and the observation fields that differ.
pub fn kind_of_divergence(out: &Outcome) -> Option<String> {
    let (i, a, b) = out.divergence.as_ref()?;
    let (va, vb): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(a).unwrap_or_default(),
        serde_json::from_str(b).unwrap_or_default(),
    );
    let mut fields = Vec::new();
    if let (Some(ma), Some(mb)) = (va.as_object(), vb.as_object()) {
        let keys: std::collections::BTreeSet<&String> = ma.keys().chain(mb.keys()).collect();
        fields = keys
            .into_iter()
            .filter(|k| ma.get(*k) != mb.get(*k))
            .cloned()
            .collect();
    }
    let api = out.apis.get(*i).map_or("(end)", String::as_str);
    Some(format!("{api} [{}]", fields.join(", ")))
}

/// Build a case from the machine's initial state and transitions.
pub fn case_of(state: &machine::PyModel, ops: &[PyOp]) -> Case {
    Case {
        names: state.names.clone(),
        ops: ops.to_vec(),
    }
}

/// Run `cases` generated sequences of 1..`max_len` operations; every divergence is counted
/// (per API), the first is shrunk. `progress(done)` after each case.
pub fn run(
    driver: &impl Runner,
    cases: u32,
    max_len: usize,
    mut progress: impl FnMut(u32),
) -> Result<Summary, String> {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let strategy = PyMachine::sequential_strategy(1..max_len);
    let mut summary = Summary::default();
    let mut first: Option<(Tree, Case, Outcome)> = None;
    for n in 0..cases {
        let tree = strategy
            .new_tree(&mut runner)
            .map_err(|e| format!("generation failed: {e}"))?;
        let (state, ops, seen) = tree.current();
        let case = case_of(&state, &ops);
        let out = driver.run_case(&case)?;
        record_seen(seen.as_ref(), &out);
        if let Some(k) = kind_of_divergence(&out) {
            let e = summary
                .kinds
                .entry(k)
                .or_insert_with(|| (0, Driver::describe(&case, &out).unwrap_or_default()));
            e.0 += 1;
        }
        for (i, api) in out.apis.iter().enumerate().take(out.compared()) {
            let e = summary.rows.entry(row_of(api)).or_default();
            e.0 += 1;
            if out.divergence.as_ref().is_some_and(|(d, _, _)| *d == i) {
                e.1 += 1;
            }
        }
        if out.divergence.is_some() && first.is_none() {
            first = Some((Box::new(tree), case, out));
        }
        summary.cases = n + 1;
        progress(n + 1);
    }
    if let Some((tree, case, out)) = first {
        let (case, description) = shrink(driver, tree, case, out)?;
        summary.divergence = Some((
            description,
            serde_json::to_string(&case).map_err(|e| e.to_string())?,
        ));
    }
    Ok(summary)
}

/// A generated case's value tree (what [`shrink`] walks).
pub type Tree = Box<
    dyn ValueTree<
        Value = (
            machine::PyModel,
            Vec<PyOp>,
            Option<std::sync::Arc<std::sync::atomic::AtomicUsize>>,
        ),
    >,
>;

/// Tell the shrinker how many transitions ran (up to the divergence: the rest can go).
pub fn record_seen(seen: Option<&std::sync::Arc<std::sync::atomic::AtomicUsize>>, out: &Outcome) {
    if let Some(seen) = seen {
        seen.store(out.compared(), std::sync::atomic::Ordering::SeqCst);
    }
}

/// Shrink a diverging case (proptest's simplify/complicate walk from `tree`, whose current
/// value `case` gave `out`) and describe the smallest.
pub fn shrink(
    driver: &impl Runner,
    mut tree: Tree,
    case: Case,
    out: Outcome,
) -> Result<(Case, String), String> {
    let fails = |tree: &Tree| -> Result<Option<(Case, Outcome)>, String> {
        let (state, ops, seen) = tree.current();
        let case = case_of(&state, &ops);
        let out = driver.run_case(&case)?;
        record_seen(seen.as_ref(), &out);
        Ok(out.divergence.is_some().then_some((case, out)))
    };
    let mut best = (case, out);
    let mut steps = 0;
    if tree.simplify() {
        loop {
            steps += 1;
            if steps > 4096 {
                break;
            }
            if let Some(found) = fails(&tree)? {
                best = found;
                if !tree.simplify() {
                    break;
                }
            } else if !tree.complicate() {
                break;
            }
        }
    }
    let text = Driver::describe(&best.0, &best.1).unwrap_or_default();
    Ok(best).map(|(case, _)| (case, text))
}

/// The regression cases kept in `dir` (`*.json`, sorted by name).
pub fn regression_files(dir: &Path) -> Result<Vec<(PathBuf, Case)>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            let case: Case =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok((p, case))
        })
        .collect()
}
