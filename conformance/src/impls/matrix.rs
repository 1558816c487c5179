//! The matrix: one column per implementation, rows per API and per guarantee, like test262's
//! per-engine tables; then every difference, explained.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::column::ColumnResult;
use super::pair::PairResult;
use super::rules::Rules;
use super::spec;

fn cell_pair(c: &ColumnResult, row: &str) -> String {
    match c.pair.as_ref().and_then(|p| p.rows.get(row)) {
        Some((n, 0)) => format!("{n} / 0"),
        Some((n, d)) => format!("{n} / **{d}**"),
        None => "—".into(),
    }
}

fn cell_scenario(c: &ColumnResult, name: &str) -> String {
    let Some(g) = &c.guarantees else {
        return "not run".into();
    };
    match g.scenarios.get(name) {
        Some(s) if s.violations > 0 => format!("**{}** / {} of {}", s.violations, s.errors, s.runs),
        Some(s) => format!("0 / {} of {}", s.errors, s.runs),
        None => "—".into(),
    }
}

/// Write `matrix.md` and `matrix.json` into `out`.
pub fn write(columns: &[ColumnResult], out: &Path) -> Result<(PathBuf, PathBuf), String> {
    let repo = spec::workspace();
    let rules = Rules::load(&repo.join("conformance").join("implementations"), &repo)?;
    let mut md = String::from("# One harness, every implementation of `tempfile`\n\n");
    md.push_str(
        "Each column is an implementation under test, compared with its reference on the same \
         generated sequences (the Python-level differential's observations, made by \
         `conformance/py/pydiff.py` in each implementation as a process), then run through the \
         attack and race scenarios and CPython's own `test_tempfile`. A cell is *operations \
         compared / differing* (a case stops being compared at its first difference), or \
         *violations / errors of runs*. Written by `cargo run --release -p conformance -- \
         --matrix`.\n\n",
    );
    md.push_str(
        "The driver makes the same observations on every side and masks only what cannot mean \
         the same in two processes: the sandbox root reads `<ROOT>`, `0x...` addresses `0x?`, \
         the module name `pytempfile` reads `tempfile`, descriptors are numbered by first \
         appearance (its own `/dev/null` descriptors are recognized by device and inode), a \
         generic alias is described by its own type, and a finalizer's unraisable exception by \
         the function its message names. Under explicit collection points (an implementation \
         without reference counting, and its reference), the finalizers' reports and hook \
         calls made by one collection are sorted. Every other rule is named below, with the \
         number of observations it made equal.\n\n",
    );
    let head: Vec<String> = columns.iter().map(|c| format!("`{}`", c.name)).collect();
    md.push_str(&format!(
        "| | {} |\n|---|{}\n",
        head.join(" | "),
        "---|".repeat(columns.len())
    ));
    let row = |md: &mut String, label: &str, cells: Vec<String>| {
        md.push_str(&format!("| {label} | {} |\n", cells.join(" | ")));
    };
    row(
        &mut md,
        "implementation",
        columns
            .iter()
            .map(|c| {
                c.pair.as_ref().map_or("—".into(), |p| {
                    let h = &p.subject.hello;
                    format!(
                        "{} {} (Python {})",
                        h.implementation, h.implementation_version, h.python
                    )
                })
            })
            .collect(),
    );
    row(
        &mut md,
        "against",
        columns
            .iter()
            .map(|c| {
                c.pair
                    .as_ref()
                    .map_or(c.reference.clone().unwrap_or_else(|| "—".into()), |p| {
                        format!("{} ({})", p.reference.name, p.reference.hello.python)
                    })
            })
            .collect(),
    );
    row(
        &mut md,
        "sequences (seed)",
        columns
            .iter()
            .map(|c| {
                c.pair
                    .as_ref()
                    .map_or("—".into(), |p| format!("{} ({})", p.cases, p.seed))
            })
            .collect(),
    );
    row(
        &mut md,
        "collection points",
        columns
            .iter()
            .map(|c| {
                c.pair.as_ref().map_or("—".into(), |p| {
                    if p.collect {
                        "explicit".into()
                    } else {
                        "reference counting".into()
                    }
                })
            })
            .collect(),
    );
    row(
        &mut md,
        "reference runs without (capabilities the implementation lacks)",
        columns
            .iter()
            .map(|c| {
                c.pair.as_ref().map_or("—".into(), |p| {
                    if p.hidden.is_empty() {
                        "nothing hidden".into()
                    } else {
                        p.hidden
                            .iter()
                            .map(|h| format!("`os.{h}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                })
            })
            .collect(),
    );
    let rows: BTreeSet<&String> = columns
        .iter()
        .filter_map(|c| c.pair.as_ref())
        .flat_map(|p| p.rows.keys())
        .collect();
    for r in rows {
        row(
            &mut md,
            &format!("`{r}`"),
            columns.iter().map(|c| cell_pair(c, r)).collect(),
        );
    }
    let classes: BTreeSet<&String> = columns
        .iter()
        .filter_map(|c| c.pair.as_ref())
        .flat_map(|p| p.classes.keys())
        .collect();
    for k in classes {
        row(
            &mut md,
            &format!("cases whose first difference is: {k}"),
            columns
                .iter()
                .map(|c| {
                    c.pair
                        .as_ref()
                        .and_then(|p| p.classes.get(k))
                        .map_or("—".into(), |(n, _)| n.to_string())
                })
                .collect(),
        );
    }
    let norms: BTreeSet<&String> = columns
        .iter()
        .filter_map(|c| c.pair.as_ref())
        .flat_map(|p| p.normalized.keys())
        .collect();
    for k in norms {
        row(
            &mut md,
            &format!("observations made equal by: {k}"),
            columns
                .iter()
                .map(|c| {
                    c.pair
                        .as_ref()
                        .and_then(|p| p.normalized.get(k))
                        .map_or("—".into(), u64::to_string)
                })
                .collect(),
        );
    }
    let scenarios: BTreeSet<&String> = columns
        .iter()
        .filter_map(|c| c.guarantees.as_ref())
        .flat_map(|g| g.scenarios.keys())
        .collect();
    for s in scenarios {
        row(
            &mut md,
            &format!("guarantee: {s}"),
            columns.iter().map(|c| cell_scenario(c, s)).collect(),
        );
    }
    row(
        &mut md,
        "`test_tempfile`: passed / failed / skipped",
        columns
            .iter()
            .map(|c| {
                c.suite.as_ref().map_or("not run".into(), |s| {
                    format!("{} / {} / {}", s.counts.0, s.counts.1, s.counts.2)
                })
            })
            .collect(),
    );

    md.push_str("\n## Every difference, explained\n\n");
    let mut findings_seen = BTreeSet::new();
    let mut norms_seen = BTreeSet::new();
    for c in columns {
        md.push_str(&format!("### `{}`\n\n", c.name));
        for n in &c.notes {
            md.push_str(&format!("- not run: {n}\n"));
        }
        if let Some(p) = &c.pair {
            explain_pair(&mut md, p, &mut findings_seen, &mut norms_seen);
        }
        if let Some(s) = &c.suite {
            md.push_str(&format!("- `test_tempfile` ({}):", s.source));
            if s.failures.is_empty() {
                md.push_str(" no failure\n");
            } else {
                md.push('\n');
                for f in &s.failures {
                    md.push_str(&format!("  - {f}\n"));
                }
            }
        }
        if let Some(g) = &c.guarantees {
            for (name, s) in &g.scenarios {
                if s.violations > 0 {
                    match rules.scenario_finding(name, &c.name) {
                        Some(f) => {
                            md.push_str(&format!(
                                "- {name}: {} violation{}, finding `{}`\n",
                                s.violations,
                                if s.violations == 1 { "" } else { "s" },
                                f.id
                            ));
                            findings_seen.insert(f.id.clone());
                        }
                        None => md.push_str(&format!(
                            "- {name}: {} violations, **unexplained** (no finding names this column)\n",
                            s.violations
                        )),
                    }
                }
                for (what, n) in &s.examples {
                    md.push_str(&format!("- {name}: {what} ({n})\n"));
                }
            }
            for n in &g.notes {
                md.push_str(&format!("- guarantees: {n}\n"));
            }
        }
        md.push('\n');
    }
    md.push_str("## Findings\n\n| id | implementation | what | reproducer |\n|---|---|---|---|\n");
    for f in &rules.findings {
        let mark = if findings_seen.contains(&f.id) {
            ""
        } else {
            " (not met in this run)"
        };
        md.push_str(&format!(
            "| `{}`{mark} | {} | {} | [`{}`](../{}) |\n",
            f.id, f.implementation, f.title, f.reproducer, f.reproducer
        ));
    }
    md.push_str("\n## Normalizations\n\n| name | applies to | why |\n|---|---|---|\n");
    for n in &rules.normalizations {
        let mark = if norms_seen.contains(&n.name) {
            ""
        } else {
            " (not needed in this run)"
        };
        md.push_str(&format!(
            "| `{}`{mark} | {} | {} |\n",
            n.name,
            n.between.join(", "),
            n.reason
        ));
    }
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let md_path = out.join("matrix.md");
    let json_path = out.join("matrix.json");
    std::fs::write(&md_path, md).map_err(|e| format!("{}: {e}", md_path.display()))?;
    let json = serde_json::to_string_pretty(columns).map_err(|e| e.to_string())?;
    std::fs::write(&json_path, json).map_err(|e| format!("{}: {e}", json_path.display()))?;
    Ok((md_path, json_path))
}

/// A column's differences from its reference: each class of first difference with its first
/// case, and the unexplained one, shrunk.
fn explain_pair(
    md: &mut String,
    p: &PairResult,
    findings_seen: &mut BTreeSet<String>,
    norms_seen: &mut BTreeSet<String>,
) {
    if p.classes.is_empty() {
        md.push_str("- no difference left after the normalizations\n");
    }
    for (k, (n, first)) in &p.classes {
        md.push_str(&format!(
            "- {k}: {n} cases. The first:\n\n```\n{}\n```\n",
            first.trim()
        ));
        if let Some(id) = k.strip_prefix("finding ") {
            findings_seen.insert(id.to_string());
        }
    }
    for k in p.normalized.keys() {
        norms_seen.insert(k.clone());
    }
    if let Some((d, case)) = &p.unexplained {
        md.push_str(&format!(
            "- **unexplained**, shrunk (keep it under `conformance/impl-regressions/`):\n\n```\n{}\n{case}\n```\n",
            d.trim()
        ));
    }
}

/// The README's table of the matrix (issue 25 asks for the attack and race figures there):
/// one row per implementation, written by `--record` between [`README_BEGIN`] and
/// [`README_END`], never by hand.
pub fn readme_block(columns: &[ColumnResult]) -> String {
    let mut t = String::from(
        "| implementation | against | sequences: cases differing (unexplained) | \
         exchange attack: escapes / errors of runs | race, plants, modes: violations | \
         `test_tempfile` p / f / s |\n|---|---|---|---|---|---|\n",
    );
    for c in columns {
        let (version, against, seqs) = match &c.pair {
            Some(p) => {
                let h = &p.subject.hello;
                let differing: u32 = p.classes.values().map(|(n, _)| *n).sum();
                let unexplained = p
                    .classes
                    .get("unexplained")
                    .map_or(u32::from(p.unexplained.is_some()), |(n, _)| *n);
                (
                    // pytempfile runs inside a CPython: say which, rather than name it CPython.
                    if c.name.starts_with(h.implementation.as_str()) {
                        format!(
                            "`{}`: {} {}",
                            c.name, h.implementation, h.implementation_version
                        )
                    } else {
                        format!(
                            "`{}` on {} {}",
                            c.name, h.implementation, h.implementation_version
                        )
                    },
                    p.reference.name.clone(),
                    format!("{} of {} ({unexplained})", differing, p.cases),
                )
            }
            None => (
                format!("`{}`", c.name),
                c.reference.clone().unwrap_or_else(|| "—".into()),
                "not run".into(),
            ),
        };
        let (exchange, others) = match &c.guarantees {
            Some(g) => {
                let exchange = g.scenarios.get("exchange").map_or("not run".into(), |s| {
                    format!("{} / {} of {}", s.violations, s.errors, s.runs)
                });
                let others: Vec<String> = ["race-create", "symlink-plants", "modes"]
                    .iter()
                    .map(|n| {
                        g.scenarios
                            .get(*n)
                            .map_or("—".into(), |s| format!("{} of {}", s.violations, s.runs))
                    })
                    .collect();
                (exchange, others.join(", "))
            }
            None => ("not run".into(), "not run".into()),
        };
        let suite = c.suite.as_ref().map_or("not run".into(), |s| {
            format!("{} / {} / {}", s.counts.0, s.counts.1, s.counts.2)
        });
        t.push_str(&format!(
            "| {version} | {against} | {seqs} | {exchange} | {others} | {suite} |\n"
        ));
    }
    t
}

/// The line before the README's matrix table.
pub const README_BEGIN: &str = "<!-- matrix: written by `conformance --matrix --record` -->";
/// The line after it.
pub const README_END: &str = "<!-- matrix: end -->";

/// `readme` with the text between its markers replaced by `table`.
pub fn replace_readme_block(readme: &str, table: &str) -> Result<String, String> {
    let b = readme
        .find(README_BEGIN)
        .ok_or_else(|| format!("README.md has no line {README_BEGIN}"))?;
    let e = readme[b..]
        .find(README_END)
        .map(|e| b + e)
        .ok_or_else(|| format!("README.md has no line {README_END} after the first"))?;
    Ok(format!(
        "{}{README_BEGIN}\n{table}{}",
        &readme[..b],
        &readme[e..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_block_is_replaced_between_its_markers_only() {
        let readme = format!("a\n{README_BEGIN}\nold\nrows\n{README_END}\nb\n");
        let got = replace_readme_block(&readme, "| new |\n").expect("markers present");
        assert_eq!(
            got,
            format!("a\n{README_BEGIN}\n| new |\n{README_END}\nb\n")
        );
        let again = replace_readme_block(&got, "| newer |\n").expect("markers still present");
        assert_eq!(
            again,
            format!("a\n{README_BEGIN}\n| newer |\n{README_END}\nb\n")
        );
    }

    #[test]
    fn a_readme_without_its_markers_is_an_error_not_a_silent_success() {
        assert!(replace_readme_block("no markers\n", "x").is_err());
        assert!(replace_readme_block(&format!("{README_END}\n{README_BEGIN}\n"), "x").is_err());
    }

    #[test]
    fn the_project_readme_has_the_markers() {
        let readme = std::fs::read_to_string(spec::workspace().join("README.md"))
            .expect("README.md readable");
        assert!(replace_readme_block(&readme, "").is_ok());
    }
}
