//! CPython's own test suite (`test.test_tempfile`, `test.test_threadedtempfile`, from the
//! linked interpreter's standard library, unmodified) against CPython's `tempfile` (the
//! baseline) and against `pytempfile` substituted for `tempfile` in `sys.modules`.
//!
//! Must run on the process's main thread in a single-threaded process (the suite forks).

use pyo3::prelude::*;

/// Tests that cannot apply to a substituted module, and why.
pub const NOT_APPLICABLE: &[(&str, &str)] = &[
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

/// One test's outcome: its id (`Class.test_name`), `pass`/`fail`/`skip`, and the detail.
pub type Row = (String, String, String);

/// Both runs of the suite.
#[derive(Debug, Default)]
pub struct SuiteRun {
    /// `sys.version` of the linked interpreter.
    pub version: String,
    /// Outcomes against CPython's `tempfile`.
    pub baseline: Vec<Row>,
    /// Outcomes against pytempfile (tests in [`NOT_APPLICABLE`] are not run).
    pub pytempfile: Vec<Row>,
}

impl SuiteRun {
    /// `(passed, failed, skipped)` of a run; the not-applicable tests count as skipped for
    /// pytempfile.
    pub fn counts(rows: &[Row], not_applicable: usize) -> (usize, usize, usize) {
        let mut c = (0, 0, not_applicable);
        for (_, s, _) in rows {
            match s.as_str() {
                "pass" => c.0 += 1,
                "fail" => c.1 += 1,
                _ => c.2 += 1,
            }
        }
        c
    }

    /// How many not-applicable tests exist in this interpreter's suite.
    pub fn not_applicable_here(&self) -> usize {
        NOT_APPLICABLE
            .iter()
            .filter(|(n, _)| self.baseline.iter().any(|(id, _, _)| id.ends_with(n)))
            .count()
    }

    /// Tests that pass on CPython but not on pytempfile.
    pub fn regressions(&self) -> Vec<String> {
        let passed: std::collections::HashSet<&str> = self
            .baseline
            .iter()
            .filter(|(_, s, _)| s == "pass")
            .map(|(n, _, _)| n.as_str())
            .collect();
        self.pytempfile
            .iter()
            .filter(|(n, s, _)| s == "fail" && passed.contains(n.as_str()))
            .map(|(n, _, _)| n.clone())
            .collect()
    }
}

fn run_once(
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

/// Run the suite against CPython's `tempfile`, then against pytempfile.
pub fn run(py: Python<'_>) -> PyResult<SuiteRun> {
    pyref::point_executable(py)?;
    let version: String = py.import("sys")?.getattr("version")?.extract()?;
    let code = std::ffi::CString::new(RUNNER)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    let runner = PyModule::from_code(
        py,
        &code,
        c"cpython_suite_runner.py",
        c"cpython_suite_runner",
    )?;
    let baseline = run_once(py, &runner, None)?;
    let substitute = pytempfile_python::install(py)?;
    let ours = run_once(py, &runner, Some(&substitute))?;
    Ok(SuiteRun {
        version: version.lines().next().unwrap_or_default().to_string(),
        baseline,
        pytempfile: ours,
    })
}
