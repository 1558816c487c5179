//! CPython's own test suite against pytempfile.
//!
//! Runs `test.test_tempfile` and `test.test_threadedtempfile` from the linked interpreter's own
//! standard library, unmodified: first against CPython's `tempfile` (the baseline), then with
//! `pytempfile` substituted for `tempfile` in `sys.modules`. Prints one line per test and ends
//! with `N passed, N failed, N skipped`. Fails if a test that passes on CPython does not pass
//! on pytempfile (tests listed in [`NOT_APPLICABLE`] are reported, not run against it).
//!
//! `PYTEMPFILE_DROP_DAC=1` first drops root's `CAP_DAC_OVERRIDE`/`CAP_DAC_READ_SEARCH`, so the
//! read-only-directory tests run instead of skipping.
//!
//! `harness = false`: one process, one thread, so the suite's `fork()` tests are safe.

use std::process::ExitCode;

use pyo3::prelude::*;

/// Tests that cannot apply to a substituted module, and why.
const NOT_APPLICABLE: &[(&str, &str)] = &[
    (
        "test_del_on_shutdown",
        "runs a child interpreter with -I (isolated), which imports the standard tempfile, not the substitute",
    ),
    (
        "test_del_on_shutdown_ignore_errors",
        "runs a child interpreter with -I (isolated), which imports the standard tempfile, not the substitute",
    ),
    (
        "test_exit_on_shutdown",
        "runs a child interpreter with -I (isolated), which imports the standard tempfile, not the substitute",
    ),
];

const RUNNER: &str = r#"
import sys, unittest, importlib, warnings

SUITES = ["test.test_tempfile", "test.test_threadedtempfile"]

class Recorder(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.rows = []
    def _id(self, test):
        return test.id().split(".", 2)[-1] if isinstance(test, unittest.TestCase) else str(test)
    def addSuccess(self, test):
        self.rows.append((self._id(test), "pass", ""))
    def addFailure(self, test, err):
        self.rows.append((self._id(test), "fail", self._exc_info_to_string(err, test)))
    def addError(self, test, err):
        self.rows.append((self._id(test), "fail", self._exc_info_to_string(err, test)))
    def addSkip(self, test, reason):
        self.rows.append((self._id(test), "skip", reason))
    def addExpectedFailure(self, test, err):
        self.rows.append((self._id(test), "pass", "expected failure"))
    def addUnexpectedSuccess(self, test):
        self.rows.append((self._id(test), "fail", "unexpected success"))
    def addSubTest(self, test, subtest, err):
        if err is not None:
            self.rows.append((self._id(subtest), "fail", self._exc_info_to_string(err, test)))

def run(module, not_applicable):
    real = sys.modules.get("_pytempfile_real_tempfile")
    if real is None:
        import tempfile as real
        sys.modules["_pytempfile_real_tempfile"] = real
    for name in SUITES:
        sys.modules.pop(name, None)
    sys.modules["tempfile"] = module if module is not None else real
    try:
        suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromName(n) for n in SUITES)
        # Tests not applicable to a substitute are not run against it.
        if module is not None:
            def prune(s):
                out = unittest.TestSuite()
                for t in s:
                    if isinstance(t, unittest.TestSuite):
                        out.addTest(prune(t))
                    elif t.id().rsplit(".", 1)[-1] in not_applicable:
                        continue
                    else:
                        out.addTest(t)
                return out
            suite = prune(suite)
        result = Recorder()
        with warnings.catch_warnings():
            suite.run(result)
        return result.rows
    finally:
        sys.modules["tempfile"] = real
        for name in SUITES:
            sys.modules.pop(name, None)
"#;

type Row = (String, String, String);

fn run(
    py: Python<'_>,
    runner: &Bound<'_, PyModule>,
    module: Option<&Bound<'_, PyModule>>,
) -> PyResult<Vec<Row>> {
    let na: Vec<&str> = NOT_APPLICABLE.iter().map(|(n, _)| *n).collect();
    let module = match module {
        Some(m) => m.clone().into_any(),
        None => py.None().into_bound(py),
    };
    runner.getattr("run")?.call1((module, na))?.extract()
}

fn main() -> ExitCode {
    if std::env::var_os("PYTEMPFILE_DROP_DAC").is_some() {
        match pytempfile::os::drop_dac_override() {
            Ok(held) => {
                println!("CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped (held before: {held})")
            }
            Err(e) => {
                eprintln!("cannot drop CAP_DAC_OVERRIDE: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    Python::initialize();
    Python::attach(|py| -> PyResult<ExitCode> {
        pyref::point_executable(py)?;
        let version: String = py.import("sys")?.getattr("version")?.extract()?;
        let exe: String = py.import("sys")?.getattr("executable")?.extract()?;
        println!(
            "CPython {} ({exe})",
            version.lines().next().unwrap_or_default()
        );
        let code = std::ffi::CString::new(RUNNER)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
        let runner = PyModule::from_code(
            py,
            &code,
            c"cpython_suite_runner.py",
            c"cpython_suite_runner",
        )?;
        let baseline = run(py, &runner, None)?;
        let substitute = pyref::install_binding(py)?;
        let ours = run(py, &runner, Some(&substitute))?;

        let passed_on_cpython: std::collections::HashSet<&str> = baseline
            .iter()
            .filter(|(_, s, _)| s == "pass")
            .map(|(n, _, _)| n.as_str())
            .collect();
        let (mut passed, mut failed, mut skipped) = (0usize, 0usize, 0usize);
        let mut regressions = Vec::new();
        println!("== CPython's tempfile (baseline)");
        let base_counts =
            baseline
                .iter()
                .fold((0, 0, 0), |(p, f, s), (_, st, _)| match st.as_str() {
                    "pass" => (p + 1, f, s),
                    "fail" => (p, f + 1, s),
                    _ => (p, f, s + 1),
                });
        println!(
            "{} passed, {} failed, {} skipped",
            base_counts.0, base_counts.1, base_counts.2
        );
        println!("== pytempfile");
        for (name, status, detail) in &ours {
            match status.as_str() {
                "pass" => {
                    passed += 1;
                    println!("PASS  {name}");
                }
                "skip" => {
                    skipped += 1;
                    println!("SKIP  {name}: {detail}");
                }
                _ => {
                    failed += 1;
                    println!("FAIL  {name}\n{detail}");
                    if passed_on_cpython.contains(name.as_str()) {
                        regressions.push(name.clone());
                    }
                }
            }
        }
        for (name, why) in NOT_APPLICABLE {
            if baseline.iter().any(|(n, _, _)| n.ends_with(name)) {
                skipped += 1;
                println!("N/A   {name}: {why}");
            }
        }
        println!("{passed} passed, {failed} failed, {skipped} skipped");
        if failed > 0 {
            println!(
                "tests that pass on CPython but fail on pytempfile: {}",
                regressions.join(", ")
            );
            return Ok(ExitCode::FAILURE);
        }
        Ok(ExitCode::SUCCESS)
    })
    .unwrap_or_else(|e| {
        Python::attach(|py| e.print(py));
        ExitCode::FAILURE
    })
}
