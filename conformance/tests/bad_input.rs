//! The bad-input sweep of the Python module (issue 14): every case of
//! `conformance/py/bad_input.py` runs with the standard `tempfile` and with `pytempfile` in the
//! same interpreter. For pytempfile: no `PanicException`, no hang (the script's `faulthandler`
//! aborts a case after 60 s), no leaked descriptor, no stray file, no lost byte. Against the
//! standard module: the same observations (results; exception class, errno and message), or a
//! divergence documented in docs/divergences.md (listed here with its row).
//! Prints the sweep's table: cases per category, and the counts.

use std::collections::BTreeMap;

use pyo3::prelude::*;
use pyo3::types::PyDict;

#[derive(Debug, Default, Clone)]
struct Record {
    category: String,
    obs: Vec<String>,
    panic: Option<String>,
    leaked: Vec<String>,
    stray: Vec<String>,
    lost: Vec<String>,
    skip: Option<String>,
}

fn records(py: Python<'_>, module: &str, base: &str) -> PyResult<BTreeMap<String, Record>> {
    let sweep = py.import("bad_input")?;
    let res = sweep
        .getattr("run")?
        .call1((module, base))?
        .cast_into::<PyDict>()?;
    let mut out = BTreeMap::new();
    for (k, v) in res.iter() {
        let v = v.cast_into::<PyDict>()?;
        let get = |key: &str| v.get_item(key).ok().flatten();
        let list = |key: &str| -> PyResult<Vec<String>> {
            get(key).map_or(Ok(Vec::new()), |x| x.extract())
        };
        out.insert(
            k.extract::<String>()?,
            Record {
                category: get("category").map_or(Ok(String::new()), |x| x.extract())?,
                obs: list("obs")?,
                panic: get("panic").map_or(Ok(None), |x| x.extract())?,
                leaked: list("leaked")?,
                stray: list("stray")?,
                lost: list("lost")?,
                skip: get("skip").map_or(Ok(None), |x| x.extract())?,
            },
        );
    }
    Ok(out)
}

/// Cases where pytempfile deliberately differs, each with the start of its row of
/// docs/divergences.md. A case is matched by a part of its label.
const DOCUMENTED: &[(&str, &str)] = &[("spool rollover on a full tmpfs", "Failed spool rollover")];

#[test]
fn every_documented_case_names_a_row_of_the_divergences() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/divergences.md");
    let doc = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for (_, row) in DOCUMENTED {
        assert!(
            doc.lines().any(|l| l.starts_with(&format!("| {row}"))),
            "docs/divergences.md has no row starting with {row:?}"
        );
    }
}

fn documented(label: &str) -> Option<&'static str> {
    DOCUMENTED
        .iter()
        .find(|(part, _)| label.contains(part))
        .map(|(_, row)| *row)
}

#[test]
fn bad_input_sweep_matches_the_standard_module() {
    Python::initialize();
    let base = std::env::temp_dir().join(format!("bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&base).unwrap_or_else(|e| panic!("{}: {e}", base.display()));
    let base_s = base
        .to_str()
        .unwrap_or_else(|| panic!("non-UTF-8 temp dir"));
    let (version, std, ours) = Python::attach(|py| -> PyResult<_> {
        pytempfile_python::install(py)?;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/py");
        py.import("sys")?
            .getattr("path")?
            .call_method1("insert", (0, dir))?;
        let version: String = py.import("sys")?.getattr("version")?.extract()?;
        Ok((
            version,
            records(py, "tempfile", base_s)?,
            records(py, "pytempfile", base_s)?,
        ))
    })
    .unwrap_or_else(|e| panic!("the sweep could not run: {e}"));
    let _ = std::fs::remove_dir_all(&base);
    println!("bad-input sweep on Python {version}");
    assert!(std.len() > 300, "too few cases: {}", std.len());

    #[derive(Default)]
    struct Row {
        cases: usize,
        same: usize,
        documented: usize,
        skipped: usize,
    }
    let mut table: BTreeMap<String, Row> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut undocumented = Vec::new();
    let (mut panics, mut leaks, mut strays, mut lost) = (0, 0, 0, 0);
    for (label, a) in &std {
        let Some(b) = ours.get(label) else {
            problems.push(format!("{label}: no pytempfile record"));
            continue;
        };
        let row = table.entry(b.category.clone()).or_default();
        row.cases += 1;
        if let Some(p) = &b.panic {
            panics += 1;
            problems.push(format!("{label}: PanicException {p}"));
        }
        if !b.leaked.is_empty() {
            leaks += 1;
            problems.push(format!("{label}: leaked descriptors {:?}", b.leaked));
        }
        if !b.stray.is_empty() {
            strays += 1;
            problems.push(format!("{label}: stray entries {:?}", b.stray));
        }
        if !b.lost.is_empty() {
            lost += 1;
            problems.push(format!("{label}: data lost {:?}", b.lost));
        }
        if let Some(why) = &b.skip {
            row.skipped += 1;
            println!("SKIP  {label}: {why}");
            continue;
        }
        if a.obs == b.obs {
            row.same += 1;
            continue;
        }
        let diff: Vec<String> = (0..a.obs.len().max(b.obs.len()))
            .filter(|&i| a.obs.get(i) != b.obs.get(i))
            .map(|i| {
                format!(
                    "    tempfile:   {:?}\n    pytempfile: {:?}",
                    a.obs.get(i),
                    b.obs.get(i)
                )
            })
            .collect();
        match documented(label) {
            Some(row_name) => {
                row.documented += 1;
                println!(
                    "DOC   {label} (docs/divergences.md: {row_name})\n{}",
                    diff.join("\n")
                );
            }
            None => {
                println!("DIFF  {label}\n{}", diff.join("\n"));
                undocumented.push(label.clone());
            }
        }
    }
    println!(
        "\n| Category | Cases | Same as tempfile | Documented divergences | Skipped |\n|---|---|---|---|---|"
    );
    for (cat, r) in &table {
        println!(
            "| {cat} | {} | {} | {} | {} |",
            r.cases, r.same, r.documented, r.skipped
        );
    }
    println!(
        "| total | {} | {} | {} | {} |",
        table.values().map(|r| r.cases).sum::<usize>(),
        table.values().map(|r| r.same).sum::<usize>(),
        table.values().map(|r| r.documented).sum::<usize>(),
        table.values().map(|r| r.skipped).sum::<usize>()
    );
    println!(
        "panics {panics}, hangs 0 (a hang aborts the run), leaks {leaks}, stray {strays}, data lost {lost}, undocumented divergences {}",
        undocumented.len()
    );
    assert!(problems.is_empty(), "pytempfile: {problems:#?}");
    assert!(
        undocumented.is_empty(),
        "undocumented divergences: {undocumented:#?}"
    );
}
