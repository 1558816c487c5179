//! `cargo run --release -p conformance`: the conformance report.
//!
//! Runs, with progress output, the differential tests (pytempfile against the linked
//! CPython's `tempfile`), CPython's own test suite against pytempfile and the Python-level
//! differential (the `pytempfile` module against `tempfile`, per API), then writes
//! `target/conformance/report.md` (for people) and `target/conformance/report.json` (for
//! machines): one row per API and behaviour, one column per CPython version, with counts, and
//! the list of divergences. `--all-pythons` builds and runs this against every installed
//! CPython 3.10-3.13 and the 3.13, 3.14 and 3.15 of the Debian sid root
//! (`scripts/cpython-root.sh`) when it is provisioned, and fills every column.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use conformance::suite::{self, SuiteRun};
use pyo3::prelude::*;
use serde::{Deserialize, Serialize};

const USAGE: &str =
    "usage: cargo run --release -p conformance -- [--cases N] [--py-cases N] [--all-pythons] [--out DIR]

  --cases N       differential sequences per CPython version (default 256)
  --py-cases N    Python-level differential sequences per CPython version (default 256)
  --all-pythons   build and run against every installed CPython 3.10-3.13 (pyenv or PATH)
                  and the sid root's 3.13, 3.14, 3.15 (scripts/cpython-root.sh provision)
  --out DIR       where to write report.md and report.json (default target/conformance)
  --emit-json F   (internal) run against the linked CPython only and write its results to F
  -h, --help      this text

One harness for every implementation (see docs/implementations.md):
  --implementation NAME [--against NAME]   an implementation against its reference
  --matrix                                 every column; --help with either for the options";

/// One CPython version's results.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
struct VersionResult {
    /// `3.13.0`.
    version: String,
    /// Differential sequences run.
    cases: u32,
    /// Operations compared (all equal unless `divergence`), per row.
    compared: BTreeMap<String, u64>,
    /// The first divergence (description, shrunk sequence as JSON).
    divergence: Option<(String, String)>,
    /// CPython's suite against CPython: passed, failed, skipped.
    suite_baseline: (usize, usize, usize),
    /// CPython's suite against pytempfile: passed, failed, skipped (not-applicable included).
    suite_pytempfile: (usize, usize, usize),
    /// Per test class against pytempfile: passed, failed, skipped.
    suite_classes: BTreeMap<String, (usize, usize, usize)>,
    /// Tests that pass on CPython and fail on pytempfile.
    regressions: Vec<String>,
    /// The Python-level differential (the `pytempfile` module against `tempfile`).
    #[serde(default)]
    pylevel: Option<PyLevelResult>,
}

/// One CPython version's Python-level differential.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
struct PyLevelResult {
    /// Kept regression cases replayed, and how many of them diverged.
    kept: (usize, usize),
    /// Generated sequences run.
    cases: u32,
    /// Per API: operations compared, operations that differed.
    rows: BTreeMap<String, (u64, u64)>,
    /// The first divergence (description, shrunk case as JSON).
    divergence: Option<(String, String)>,
    /// Minutes the generated sequences took.
    minutes: f64,
}

struct Args {
    cases: u32,
    py_cases: u32,
    all: bool,
    out: PathBuf,
    emit: Option<PathBuf>,
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        cases: 256,
        py_cases: 256,
        all: false,
        out: workspace().join("target/conformance"),
        emit: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--cases" => {
                let v = it.next().ok_or("--cases needs a number")?;
                args.cases = v
                    .parse()
                    .map_err(|_| format!("--cases needs a positive number, not {v:?}"))?;
                if args.cases == 0 {
                    return Err("--cases needs a positive number, not 0".into());
                }
            }
            "--py-cases" => {
                let v = it.next().ok_or("--py-cases needs a number")?;
                args.py_cases = v
                    .parse()
                    .map_err(|_| format!("--py-cases needs a number, not {v:?}"))?;
            }
            "--all-pythons" => args.all = true,
            "--out" => args.out = PathBuf::from(it.next().ok_or("--out needs a directory")?),
            "--emit-json" => {
                args.emit = Some(PathBuf::from(it.next().ok_or("--emit-json needs a file")?))
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

/// The Python-level differential against the linked CPython: the kept regression cases, then
/// `cases` generated sequences.
fn run_pylevel(cases: u32) -> Result<PyLevelResult, String> {
    use conformance::pylevel::{self, Driver};
    eprintln!(
        "[3/3] Python-level differential: the pytempfile module against tempfile, kept cases then {cases} sequences of up to 40 operations"
    );
    let driver = Driver::new()?;
    let dir = workspace().join("conformance/py-regressions");
    let kept = pylevel::regression_files(&dir)?;
    let mut kept_diverged = 0;
    for (path, case) in &kept {
        let out = driver.run(case)?;
        if let Some(d) = Driver::describe(case, &out) {
            kept_diverged += 1;
            eprintln!(
                "      kept case {} DIVERGES: {}",
                path.display(),
                d.lines().next().unwrap_or_default()
            );
        }
    }
    eprintln!(
        "      {} kept cases replayed, {kept_diverged} diverge",
        kept.len()
    );
    let start = std::time::Instant::now();
    let summary = pylevel::run(&driver, cases, 40, |done| {
        if done % 16 == 0 || done == cases {
            eprint!("\r      {done}/{cases} sequences");
            let _ = std::io::stderr().flush();
        }
    })?;
    eprintln!();
    let compared: u64 = summary.rows.values().map(|r| r.0).sum();
    match &summary.divergence {
        None => eprintln!("      no divergence ({compared} operations compared)"),
        Some((d, _)) => eprintln!("      DIVERGENCE: {}", d.lines().next().unwrap_or_default()),
    }
    Ok(PyLevelResult {
        kept: (kept.len(), kept_diverged),
        cases: summary.cases,
        rows: summary.rows,
        divergence: summary.divergence,
        minutes: start.elapsed().as_secs_f64() / 60.0,
    })
}

/// Run everything against the linked CPython.
fn run_linked(cases: u32, py_cases: u32) -> Result<VersionResult, String> {
    let (major, minor, micro) = pyref::Oracle::get()
        .map_err(|e| format!("cannot start the linked CPython: {e}"))?
        .version();
    let version = format!("{major}.{minor}.{micro}");
    eprintln!("== CPython {version} (linked through pyo3)");
    eprintln!(
        "[1/3] differential tests: {cases} sequences of up to 30 operations, both sides compared after each"
    );
    let summary = conformance::differential::run(cases, |done| {
        eprint!("\r      {done}/{cases} sequences");
        let _ = std::io::stderr().flush();
    });
    eprintln!();
    match &summary.divergence {
        None => eprintln!(
            "      no divergence ({} operations compared)",
            summary.compared.values().sum::<u64>()
        ),
        Some((d, _)) => eprintln!("      DIVERGENCE: {}", d.lines().next().unwrap_or_default()),
    }
    eprintln!(
        "[2/3] CPython's own test_tempfile and test_threadedtempfile (baseline, then pytempfile)"
    );
    let run: SuiteRun =
        Python::attach(suite::run).map_err(|e| format!("the test suite could not run: {e}"))?;
    let na = run.not_applicable_here();
    let base = SuiteRun::counts(&run.baseline, 0);
    let ours = SuiteRun::counts(&run.pytempfile, na);
    eprintln!(
        "      CPython:    {} passed, {} failed, {} skipped",
        base.0, base.1, base.2
    );
    eprintln!(
        "      pytempfile: {} passed, {} failed, {} skipped",
        ours.0, ours.1, ours.2
    );
    let mut classes: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (id, status, _) in &run.pytempfile {
        let class = id.split('.').next().unwrap_or_default().to_string();
        let e = classes.entry(class).or_default();
        match status.as_str() {
            "pass" => e.0 += 1,
            "fail" => e.1 += 1,
            _ => e.2 += 1,
        }
    }
    for (name, _) in suite::NOT_APPLICABLE {
        if let Some((id, _, _)) = run.baseline.iter().find(|(id, _, _)| id.ends_with(name)) {
            let class = id.split('.').next().unwrap_or_default().to_string();
            classes.entry(class).or_default().2 += 1;
        }
    }
    Ok(VersionResult {
        version,
        cases: summary.cases,
        compared: summary
            .compared
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        divergence: summary.divergence,
        suite_baseline: base,
        suite_pytempfile: ours,
        suite_classes: classes,
        regressions: run.regressions(),
        pylevel: Some(run_pylevel(py_cases)?),
    })
}

/// Every installed CPython 3.10-3.13: `(minor, Some(interpreter))` or `(minor, None)`.
fn installed_pythons() -> Vec<(u32, Option<PathBuf>)> {
    let root = std::env::var("PYENV_ROOT")
        .map(PathBuf::from)
        .ok()
        .or_else(|| {
            Command::new("pyenv")
                .arg("root")
                .output()
                .ok()
                .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        });
    (10..=13)
        .map(|minor| {
            let mut found = None;
            if let Some(root) = &root {
                if let Ok(rd) = std::fs::read_dir(root.join("versions")) {
                    let mut vs: Vec<PathBuf> = rd
                        .flatten()
                        .filter(|e| {
                            e.file_name()
                                .to_string_lossy()
                                .starts_with(&format!("3.{minor}."))
                        })
                        .map(|e| e.path().join("bin/python3"))
                        .filter(|p| p.exists())
                        .collect();
                    vs.sort();
                    found = vs.pop();
                }
            }
            if found.is_none() {
                found = Command::new("sh")
                    .args(["-c", &format!("command -v python3.{minor}")])
                    .output()
                    .ok()
                    .filter(|o| o.status.success())
                    .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
            }
            (minor, found)
        })
        .collect()
}

/// The interpreters of the Debian sid root (`scripts/cpython-root.sh pythons`): `(minor,
/// version)` of each, nothing when the root is not provisioned.
fn root_pythons() -> Vec<(u32, String)> {
    let script = workspace().join("scripts/cpython-root.sh");
    let Ok(out) = Command::new("bash").arg(&script).arg("pythons").output() else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let version = l.split_whitespace().next()?.to_string();
            let minor = version.split('.').nth(1)?.parse().ok()?;
            Some((minor, version))
        })
        .collect()
}

/// Build and run this binary against each installed CPython, then against each interpreter
/// of the sid root.
fn run_all(cases: u32, py_cases: u32) -> Result<Vec<(String, Option<VersionResult>)>, String> {
    let mut columns = Vec::new();
    let mut runs: Vec<(String, Command)> = Vec::new();
    for (minor, py) in installed_pythons() {
        let label = format!("3.{minor}");
        let Some(py) = py else {
            eprintln!(
                "== CPython {label}: not installed (no pyenv version 3.{minor}.*, no python3.{minor} on PATH): column left empty"
            );
            columns.push((label, None));
            continue;
        };
        eprintln!(
            "== CPython {label}: building and running against {}",
            py.display()
        );
        let mut cmd = Command::new("cargo");
        cmd.env("PYO3_PYTHON", &py).env(
            "CARGO_TARGET_DIR",
            workspace().join(format!("target/py{label}")),
        );
        runs.push((label, cmd));
    }
    let root = root_pythons();
    if root.is_empty() {
        eprintln!(
            "== the Debian sid root is not provisioned (scripts/cpython-root.sh provision): no 3.13.x/3.14/3.15 columns from it"
        );
    }
    for (minor, version) in root {
        eprintln!("== CPython {version}: building and running in the sid root");
        let mut cmd = Command::new("bash");
        cmd.arg(workspace().join("scripts/cpython-root.sh")).args([
            "run",
            "--python",
            &format!("3.{minor}"),
            "--",
            "cargo",
        ]);
        runs.push((version, cmd));
    }
    // The results file lives in the workspace, which the sid root sees at the same path.
    let tmp = workspace().join("target/conformance-columns");
    std::fs::create_dir_all(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    for (label, mut cmd) in runs {
        let json = tmp.join(format!("{label}.json"));
        let _ = std::fs::remove_file(&json);
        let status = cmd
            .current_dir(workspace())
            .args([
                "run",
                "--release",
                "-q",
                "-p",
                "conformance",
                "--",
                "--cases",
                &cases.to_string(),
                "--py-cases",
                &py_cases.to_string(),
                "--emit-json",
            ])
            .arg(&json)
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        let text = std::fs::read_to_string(&json)
            .map_err(|e| format!("CPython {label}: the run produced no results ({status}): {e}"))?;
        let r: VersionResult = serde_json::from_str(&text)
            .map_err(|e| format!("CPython {label}: bad results file: {e}"))?;
        columns.push((label, Some(r)));
    }
    Ok(columns)
}

/// The Python module's section: per API, operations compared and how many differed, one
/// column per release.
fn pylevel_section(columns: &[(String, Option<VersionResult>)], header: &[String]) -> String {
    let mut md = format!(
        "\n## The Python module against the standard module (Python-level differential)\n\nThe same generated operation sequences through `tempfile` and `pytempfile` in one interpreter, everything a caller can see compared after each operation (`conformance/py/pydiff.py`). Cells: operations compared, and how many differed.\n\n| API | {} |\n|---|{}\n",
        header.join(" | "),
        "---|".repeat(columns.len())
    );
    let mut rows: Vec<String> = columns
        .iter()
        .filter_map(|(_, r)| r.as_ref()?.pylevel.as_ref())
        .flat_map(|p| p.rows.keys().cloned())
        .collect();
    rows.sort();
    rows.dedup();
    let cell = |f: &dyn Fn(&PyLevelResult) -> String| -> Vec<String> {
        columns
            .iter()
            .map(|(_, r)| {
                r.as_ref()
                    .and_then(|r| r.pylevel.as_ref())
                    .map_or("-".into(), f)
            })
            .collect()
    };
    for row in &rows {
        let cells = cell(&|p: &PyLevelResult| match p.rows.get(row) {
            Some((c, d)) => format!("{c} compared, {d} differ"),
            None => "-".into(),
        });
        md.push_str(&format!("| {row} | {} |\n", cells.join(" | ")));
    }
    let totals = cell(&|p: &PyLevelResult| {
        let c: u64 = p.rows.values().map(|r| r.0).sum();
        let d: u64 = p.rows.values().map(|r| r.1).sum();
        format!("{c} compared, {d} differ")
    });
    md.push_str(&format!(
        "| **all operations** | {} |\n",
        totals.join(" | ")
    ));
    let seqs = cell(&|p: &PyLevelResult| format!("{} ({:.1} min)", p.cases, p.minutes));
    md.push_str(&format!("| sequences run | {} |\n", seqs.join(" | ")));
    let kept = cell(&|p: &PyLevelResult| format!("{} replayed, {} diverge", p.kept.0, p.kept.1));
    md.push_str(&format!(
        "| kept regression cases | {} |\n",
        kept.join(" | ")
    ));
    md
}

/// The known divergences (`docs/divergences.md`), as the report shows them: its headings one
/// level down.
fn documented_divergences() -> String {
    match std::fs::read_to_string(workspace().join("docs").join("divergences.md")) {
        Ok(text) => text
            .lines()
            .map(|l| {
                if l.starts_with('#') {
                    format!("#{l}")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string(),
        Err(e) => format!("(docs/divergences.md: {e})"),
    }
}

/// The results files of `python -m pytempfile --clients` (`target/conformance/clients-*.json`),
/// by CPython version. Reading them needs no network; none may exist.
fn client_results() -> Vec<(String, serde_json::Value)> {
    let dir = workspace().join("target").join("conformance");
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return out;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(version) = name
            .strip_prefix("clients-")
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(e.path()) else {
            continue;
        };
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
            out.push((version.to_string(), v));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The report's "Real clients" section: one row per standard-library module or third-party
/// package, one column per CPython version that has a results file.
fn clients_section(results: &[(String, serde_json::Value)]) -> String {
    let mut md = String::from("\n## Real clients (`python -m pytempfile --clients`)\n\n");
    if results.is_empty() {
        md.push_str("No results file (`target/conformance/clients-<version>.json`): run `python -m pytempfile --clients` in an environment with pytempfile installed (it fetches sdists from PyPI; see docs/python-module.md).\n");
        return md;
    }
    md.push_str("Each client's tests run with the standard `tempfile` and with pytempfile installed as `tempfile`; cells: tests whose outcome changed, then `passed / failed / skipped` with pytempfile.\n\n");
    let header: Vec<String> = results
        .iter()
        .map(|(v, _)| format!("CPython {v}"))
        .collect();
    md.push_str(&format!(
        "| Client | {} |\n|---|{}\n",
        header.join(" | "),
        "---|".repeat(results.len())
    ));
    for (part, label) in [("stdlib", "stdlib"), ("third_party", "package")] {
        let mut names: Vec<String> = results
            .iter()
            .filter_map(|(_, v)| v.get(part)?.as_object())
            .flat_map(|o| o.keys().cloned())
            .collect();
        names.sort();
        names.dedup();
        for name in names {
            let mut shown = format!("{label} `{name}`");
            let cells: Vec<String> = results
                .iter()
                .map(|(_, v)| {
                    let Some(r) = v.get(part).and_then(|p| p.get(&name)) else {
                        return "-".into();
                    };
                    if let Some(version) = r.get("version").and_then(|x| x.as_str()) {
                        shown = format!("{label} `{name}` {version}");
                    }
                    if let Some(err) = r.get("error").and_then(|x| x.as_str()) {
                        let first = err.lines().next().unwrap_or_default();
                        return format!("not run: {}", first.replace('|', "/"));
                    }
                    let changed = r
                        .get("changed")
                        .and_then(|x| x.as_array())
                        .map_or(0, Vec::len);
                    let c = |k: &str| {
                        r.get("pytempfile")
                            .and_then(|p| p.get(k))
                            .and_then(serde_json::Value::as_u64)
                            .unwrap_or(0)
                    };
                    format!(
                        "{changed} changed; {} / {} / {}",
                        c("passed"),
                        c("failed"),
                        c("skipped")
                    )
                })
                .collect();
            md.push_str(&format!("| {shown} | {} |\n", cells.join(" | ")));
        }
    }
    md
}

fn cell<T>(r: &Option<VersionResult>, f: impl Fn(&VersionResult) -> T) -> Option<T> {
    r.as_ref().map(f)
}

fn write_report(
    columns: &[(String, Option<VersionResult>)],
    out: &Path,
) -> Result<(PathBuf, PathBuf), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut md = String::from("# pytempfile conformance report\n\n");
    md.push_str("pytempfile against CPython's own `tempfile`, version by version. Cells: operations compared (and how many differed) for the differential tests; `passed / failed / skipped` for CPython's own test suite.\n\n");
    let header: Vec<String> = columns
        .iter()
        .map(|(l, r)| match r {
            Some(r) => format!("CPython {}", r.version),
            None => format!("CPython {l} (not installed)"),
        })
        .collect();
    md.push_str(&format!(
        "## Differential tests\n\n| API / behaviour | {} |\n|---|{}\n",
        header.join(" | "),
        "---|".repeat(columns.len())
    ));
    let mut rows: Vec<String> = columns
        .iter()
        .filter_map(|(_, r)| r.as_ref())
        .flat_map(|r| r.compared.keys().cloned())
        .collect();
    rows.sort();
    rows.dedup();
    for row in &rows {
        let cells: Vec<String> = columns
            .iter()
            .map(
                |(_, r)| match cell(r, |r| r.compared.get(row).copied().unwrap_or(0)) {
                    Some(n) => {
                        let differed = r.as_ref().is_some_and(|r| r.divergence.is_some());
                        if differed {
                            format!("{n} (run stopped at a divergence)")
                        } else {
                            format!("{n} compared, 0 differ")
                        }
                    }
                    None => "-".into(),
                },
            )
            .collect();
        md.push_str(&format!("| {row} | {} |\n", cells.join(" | ")));
    }
    let seqs: Vec<String> = columns
        .iter()
        .map(|(_, r)| cell(r, |r| r.cases.to_string()).unwrap_or("-".into()))
        .collect();
    md.push_str(&format!("| sequences run | {} |\n", seqs.join(" | ")));
    md.push_str(&format!("\n## CPython's own test suite (test_tempfile, test_threadedtempfile)\n\n| Test class | {} |\n|---|{}\n", header.join(" | "), "---|".repeat(columns.len())));
    let mut classes: Vec<String> = columns
        .iter()
        .filter_map(|(_, r)| r.as_ref())
        .flat_map(|r| r.suite_classes.keys().cloned())
        .collect();
    classes.sort();
    classes.dedup();
    let fmt3 = |t: (usize, usize, usize)| format!("{} / {} / {}", t.0, t.1, t.2);
    for class in &classes {
        let cells: Vec<String> = columns
            .iter()
            .map(|(_, r)| {
                cell(r, |r| {
                    r.suite_classes.get(class).copied().map_or("-".into(), fmt3)
                })
                .unwrap_or("-".into())
            })
            .collect();
        md.push_str(&format!("| {class} | {} |\n", cells.join(" | ")));
    }
    let tot: Vec<String> = columns
        .iter()
        .map(|(_, r)| cell(r, |r| fmt3(r.suite_pytempfile)).unwrap_or("-".into()))
        .collect();
    let base: Vec<String> = columns
        .iter()
        .map(|(_, r)| cell(r, |r| fmt3(r.suite_baseline)).unwrap_or("-".into()))
        .collect();
    md.push_str(&format!(
        "| **pytempfile, all** | {} |\n| CPython's own tempfile, all | {} |\n",
        tot.join(" | "),
        base.join(" | ")
    ));
    md.push_str(
        "\nSkipped for pytempfile includes the tests not applicable to a substituted module:\n\n",
    );
    for (name, why) in suite::NOT_APPLICABLE {
        md.push_str(&format!("- `{name}`: {why}\n"));
    }
    md.push_str(&pylevel_section(columns, &header));
    let clients = client_results();
    md.push_str(&clients_section(&clients));
    md.push_str("\n## Divergences found in this run\n\n");
    let mut any = false;
    for (label, r) in columns {
        let Some(r) = r else { continue };
        if let Some((d, json)) = &r.divergence {
            any = true;
            md.push_str(&format!("### CPython {label}: differential\n\n```\n{d}\n```\n\nShrunk sequence (save under conformance/regressions/ to keep it):\n\n```json\n{json}\n```\n\n"));
        }
        if let Some(p) = &r.pylevel {
            if let Some((d, json)) = &p.divergence {
                any = true;
                md.push_str(&format!("### CPython {label}: Python-level differential\n\n```\n{d}\n```\n\nShrunk case (save under conformance/py-regressions/ to keep it):\n\n```json\n{json}\n```\n\n"));
            }
            if p.kept.1 > 0 {
                any = true;
                md.push_str(&format!(
                    "- CPython {label}: {} of the kept Python-level regression cases diverge\n",
                    p.kept.1
                ));
            }
        }
        for t in &r.regressions {
            any = true;
            md.push_str(&format!(
                "- CPython {label}: `{t}` passes on CPython, fails on pytempfile\n"
            ));
        }
    }
    if !any {
        md.push_str("None.\n");
    }
    md.push('\n');
    md.push_str(&documented_divergences().replacen(
        "## Known divergences from CPython",
        "## Known divergences (deliberate, from docs/divergences.md)",
        1,
    ));
    md.push('\n');
    let md_path = out.join("report.md");
    let json_path = out.join("report.json");
    std::fs::write(&md_path, md).map_err(|e| format!("cannot write {}: {e}", md_path.display()))?;
    let json = serde_json::json!({
        "columns": columns.iter().map(|(l, r)| serde_json::json!({"python": l, "result": r})).collect::<Vec<_>>(),
        "not_applicable": suite::NOT_APPLICABLE,
        "documented_divergences": documented_divergences(),
        "clients": clients.iter().map(|(v, r)| serde_json::json!({"python": v, "results": r})).collect::<Vec<_>>(),
    });
    std::fs::write(
        &json_path,
        serde_json::to_string_pretty(&json).unwrap_or_default(),
    )
    .map_err(|e| format!("cannot write {}: {e}", json_path.display()))?;
    Ok((md_path, json_path))
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if conformance::impls::cli::wanted(&raw) {
        return ExitCode::from(conformance::impls::cli::main(&raw));
    }
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            let help = msg.is_empty();
            if !help {
                eprintln!("error: {msg}\n");
            }
            eprintln!("{USAGE}");
            return if help {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    let columns = if args.all {
        match run_all(args.cases, args.py_cases) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        Python::initialize();
        match run_linked(args.cases, args.py_cases) {
            Ok(r) => {
                if let Some(path) = &args.emit {
                    let text = serde_json::to_string(&r).unwrap_or_default();
                    return match std::fs::write(path, text) {
                        Ok(()) => ExitCode::SUCCESS,
                        Err(e) => {
                            eprintln!("error: cannot write {}: {e}", path.display());
                            ExitCode::FAILURE
                        }
                    };
                }
                let label = r
                    .version
                    .rsplitn(2, '.')
                    .last()
                    .unwrap_or_default()
                    .to_string();
                vec![(label, Some(r))]
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    };
    match write_report(&columns, &args.out) {
        Ok((md, json)) => eprintln!("report: {}\n        {}", md.display(), json.display()),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    let clean = columns.iter().all(|(_, r)| {
        r.as_ref().is_none_or(|r| {
            r.divergence.is_none()
                && r.regressions.is_empty()
                && r.pylevel
                    .as_ref()
                    .is_none_or(|p| p.divergence.is_none() && p.kept.1 == 0)
        })
    });
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
