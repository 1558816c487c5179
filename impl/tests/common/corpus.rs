//! The recorded CPython corpus (`corpus/` at the repository root, see its README): cases in
//! `corpus/cases/<suite>.txt`, CPython's answers in `corpus/cpython-<X.Y.Z>.jsonl`, one file per
//! release, written by `scripts/record-corpus.sh`. [`replay`] runs every recorded case on
//! pytempfile in that release's mode and compares every row.

use std::path::{Path, PathBuf};

use pytempfile::PyVersion;
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

/// One release's file.
pub struct Release {
    pub version: PyVersion,
    pub file: PathBuf,
    /// Recorded with 3.13's `BufferedRandom.read1` (releases before 3.13).
    pub read1_fix: bool,
    pub recorded: Vec<Recorded>,
}

/// Every `corpus/cpython-*.jsonl`, oldest release first. Each of [`PyVersion::KNOWN`] must have
/// one; a file for another release is replayed as well (in the mode pytempfile gives it).
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

/// The row pytempfile must give: CPython's, with a deliberate result in place of its own (which
/// must still differ, or the entry is stale).
fn expected_row(release: &Release, rec: &Recorded, j: usize, deliberate: &[Deliberate]) -> String {
    let row = &rec.rows[j];
    match deliberate.iter().find(|d| d.case == rec.case && d.op == j) {
        None => row.clone(),
        Some(d) => {
            let (theirs, rest) = row.split_once('|').unwrap_or((row, ""));
            assert_ne!(
                theirs,
                d.ours,
                "{}: CPython {} now answers op {j} of `{}` as pytempfile does: drop the deliberate entry",
                release.file.display(),
                release.version,
                rec.case
            );
            format!("{}|{rest}", d.ours)
        }
    }
}

/// Replay `suite` (or only `only`, one of its cases) from every release file: `run(version,
/// case)` gives pytempfile's rows, which must equal the recorded ones (but for `deliberate`).
/// Also checks that each file holds exactly the suite's cases, that `unpatched` rows exist only
/// for releases recorded with the read1 fix and first differ at an operation whose kind is in
/// `read1_ops` (the operations that reach `BufferedRandom.read1`), and that every deliberate
/// entry was met in every release. Returns the number of rows compared.
pub fn replay(
    suite: &str,
    only: Option<&str>,
    deliberate: &[Deliberate],
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
            let ops: Vec<&str> = rec
                .case
                .split_once(" : ")
                .unwrap()
                .1
                .split_whitespace()
                .collect();
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
                .map(|j| expected_row(release, rec, j, deliberate))
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
    super::assert_corpus_clean(&failures, runs, 6);
    assert!(compared > 0, "nothing compared");
    eprintln!(
        "{suite} corpus: {runs} case runs over {} release files, {compared} rows compared",
        releases.len()
    );
    compared
}
