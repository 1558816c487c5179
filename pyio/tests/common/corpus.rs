//! The recorded CPython corpus (`corpus/` at the repository root, see its README): cases in
//! `corpus/cases/<suite>.txt`, CPython's answers in `corpus/cpython-<X.Y.Z>.jsonl`, one file per
//! release, written by `scripts/record-corpus.sh`. [`replay`] runs every recorded case on
//! the Rust side in that release's mode and compares every row.
//!
//! One file for both crates that replay the corpus: pyio's tests (the `textio` and `codec`
//! suites) and, through `#[path]`, pytempfile's (`impl/tests/common/mod.rs`: the `buffered` and
//! `text` suites). It names only what both see: `pybase`, `serde`, `serde_json`.

use std::path::{Path, PathBuf};

use pybase::version::PyVersion;
use serde::Deserialize;

/// The corpus folder.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

/// The cases of `suite`, in their file's order.
pub fn cases(suite: &str) -> Vec<String> {
    let path = dir().join("cases").join(format!("{suite}.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[derive(Deserialize)]
struct Header {
    cpython: String,
    read1_fix: bool,
}

/// One case as a release answered it.
#[derive(Clone, Debug, Deserialize)]
pub struct Recorded {
    pub suite: String,
    pub case: String,
    /// One row per operation.
    pub rows: Vec<String>,
    /// What the release answers without `corpus/drivers/read1_fix.py`, where that differs
    /// (releases before 3.13 only; for reading, never compared).
    #[serde(default)]
    pub unpatched: Option<Vec<String>>,
}

impl Recorded {
    /// The case's operations: what follows ` : `, one per row.
    pub fn ops(&self) -> Vec<&str> {
        self.case
            .split_once(" : ")
            .map_or(Vec::new(), |(_, ops)| ops.split_whitespace().collect())
    }
}

/// One release's file.
pub struct Release {
    pub version: PyVersion,
    pub file: PathBuf,
    /// Recorded with 3.13's `BufferedRandom.read1` (releases before 3.13).
    pub read1_fix: bool,
    pub recorded: Vec<Recorded>,
}

/// Every `corpus/cpython-*.jsonl`, oldest release first. Each of [`PyVersion::KNOWN`] must have
/// one; a file for another release is replayed as well (in the mode the crates give it).
pub fn releases() -> Vec<Release> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir()).unwrap() {
        let file = entry.unwrap().path();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let Some(release) = name
            .strip_prefix("cpython-")
            .and_then(|n| n.strip_suffix(".jsonl"))
        else {
            continue;
        };
        let version: PyVersion = release.parse().unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        let mut lines = text.lines();
        let header: Header = serde_json::from_str(lines.next().unwrap()).unwrap();
        assert_eq!(
            header.cpython, release,
            "{name}: header names another release"
        );
        let recorded = lines
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{name}: {e}: {l}")))
            .collect();
        out.push(Release {
            version,
            file,
            read1_fix: header.read1_fix,
            recorded,
        });
    }
    out.sort_by_key(|r| r.version);
    let have: Vec<PyVersion> = out.iter().map(|r| r.version).collect();
    for v in PyVersion::KNOWN {
        assert!(
            have.contains(&v),
            "no corpus/cpython-{v}.jsonl: run scripts/record-corpus.sh"
        );
    }
    out
}

/// A row where pytempfile answers otherwise than CPython on purpose (docs/divergences.md, "Known
/// divergences"): operation `op` of `case` returns `ours` in every release mode; the rest of the
/// row (the file and the offset) is CPython's.
pub struct Deliberate {
    pub case: &'static str,
    pub op: usize,
    pub ours: &'static str,
}

/// Replay `suite` (or only `only`, one of its cases) from every release file: `run(version,
/// case)` gives pytempfile's rows, which must equal the recorded ones (but for `deliberate`).
/// Also checks that every deliberate entry names a case and operation of the suite; see
/// [`replay_with`] for the rest. Returns the number of rows compared.
pub fn replay(
    suite: &str,
    only: Option<&str>,
    deliberate: &[Deliberate],
    read1_ops: &[char],
    run: impl Fn(PyVersion, &str) -> Vec<String>,
) -> usize {
    let cases = cases(suite);
    for d in deliberate {
        let case = cases.iter().find(|c| *c == d.case);
        let ops = case.map(|c| {
            c.split_once(" : ")
                .map_or(0, |(_, o)| o.split_whitespace().count())
        });
        assert!(
            ops.is_some_and(|n| d.op < n),
            "deliberate entry for an unknown case or operation: {} op {}",
            d.case,
            d.op
        );
    }
    let ours = |_: &Release, rec: &Recorded, j: usize| {
        let d = deliberate
            .iter()
            .find(|d| d.case == rec.case && d.op == j)?;
        let row = &rec.rows[j];
        let rest = row.split_once('|').map_or("", |(_, rest)| rest);
        Some(format!("{}|{rest}", d.ours))
    };
    replay_with(suite, only, ours, read1_ops, run)
}

/// Replay `suite` (or only `only`, one of its cases) from every release file: `run(version,
/// case)` gives the Rust side's rows, which must equal the recorded ones, but where `ours(release,
/// case, op)` names the row pytempfile gives instead (on purpose, or an open finding: the
/// caller says which and why); such a row must still differ from CPython's, or the entry is
/// stale. Also checks that each file holds exactly the suite's cases, one row per operation,
/// and that `unpatched` rows exist only for releases recorded with the read1 fix and first
/// differ at an operation whose kind is in `read1_ops` (the operations that reach
/// `BufferedRandom.read1`). Returns the number of rows compared.
pub fn replay_with(
    suite: &str,
    only: Option<&str>,
    ours: impl Fn(&Release, &Recorded, usize) -> Option<String>,
    read1_ops: &[char],
    run: impl Fn(PyVersion, &str) -> Vec<String>,
) -> usize {
    let cases = cases(suite);
    let releases = releases();
    let mut failures = Vec::new();
    let mut compared = 0usize;
    let mut runs = 0usize;
    for release in &releases {
        let recorded: Vec<&Recorded> = release
            .recorded
            .iter()
            .filter(|r| r.suite == suite)
            .collect();
        let names: Vec<&str> = recorded.iter().map(|r| r.case.as_str()).collect();
        assert_eq!(
            names,
            cases,
            "{} does not hold corpus/cases/{suite}.txt's cases: run scripts/record-corpus.sh",
            release.file.display()
        );
        for rec in recorded {
            let ops = rec.ops();
            assert_eq!(
                rec.rows.len(),
                ops.len(),
                "{}: {}",
                release.file.display(),
                rec.case
            );
            if let Some(unpatched) = &rec.unpatched {
                assert!(
                    release.read1_fix,
                    "{}: unpatched rows without the fix",
                    rec.case
                );
                let j = (0..ops.len())
                    .find(|&j| unpatched[j] != rec.rows[j])
                    .unwrap();
                assert!(
                    ops[j].starts_with(read1_ops),
                    "{} {}: the read1 fix changed op {j} ({}), which does not read",
                    release.version,
                    rec.case,
                    ops[j]
                );
            }
            if only.is_some_and(|c| c != rec.case) {
                continue;
            }
            let want: Vec<String> = (0..ops.len())
                .map(|j| match ours(release, rec, j) {
                    None => rec.rows[j].clone(),
                    Some(o) => {
                        assert_ne!(
                            rec.rows[j],
                            o,
                            "{}: CPython {} now answers op {j} of `{}` as pytempfile does: drop \
                             the entry that says otherwise",
                            release.file.display(),
                            release.version,
                            rec.case
                        );
                        o
                    }
                })
                .collect();
            let got = run(release.version, &rec.case);
            runs += 1;
            compared += want.len();
            if got != want {
                let mut msg = format!("{} {suite} `{}`\n", release.version, rec.case);
                for (j, w) in want.iter().enumerate() {
                    let g = got.get(j).map_or("(none)", String::as_str);
                    let mark = if w == g { "  " } else { "!!" };
                    msg += &format!(
                        "  {mark} {:8} want {w}\n  {mark} {:8}  got {g}\n",
                        ops[j], ""
                    );
                }
                failures.push(msg);
            }
        }
    }
    assert_corpus_clean(&failures, runs, 6);
    assert!(compared > 0, "nothing compared");
    eprintln!(
        "{suite} corpus: {runs} case runs over {} release files, {compared} rows compared",
        releases.len()
    );
    compared
}

/// Fail when any case run of a CPython-recorded corpus differed: the first `shown` failures in
/// full, then the first line of every one. `runs` is how many case runs were compared.
pub fn assert_corpus_clean(failures: &[String], runs: usize, shown: usize) {
    assert!(
        failures.is_empty(),
        "{} of {} case runs differ from CPython:\n{}",
        failures.len(),
        runs,
        failures.iter().take(shown).cloned().collect::<String>()
            + &failures
                .iter()
                .map(|f| f.lines().next().unwrap_or_default().to_string() + "\n")
                .collect::<String>()
    );
}
