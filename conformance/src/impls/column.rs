//! One column of the matrix: an implementation under test against its reference (the
//! generated sequences), and its own guarantees (the attack and race scenarios, CPython's
//! `test_tempfile`).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::guarantees::{self, GuaranteeResults};
use super::pair::{Pair, PairConfig, PairResult};
use super::rules::Rules;
use super::spec::{self, Implementation};
use super::suite::{self, SuiteResult};

/// How a column runs.
#[derive(Clone, Debug)]
pub struct ColumnConfig {
    /// The pair's sequences.
    pub pair: PairConfig,
    /// Exchange-attack runs.
    pub attack_runs: u32,
    /// Race runs (and half as many symlink-plant runs).
    pub race_runs: u32,
    /// Whether to run the guarantees and the suite.
    pub guarantees: bool,
}

impl Default for ColumnConfig {
    fn default() -> Self {
        ColumnConfig {
            pair: PairConfig {
                cases: 2000,
                ..PairConfig::default()
            },
            attack_runs: 1000,
            race_runs: 1000,
            guarantees: true,
        }
    }
}

/// A column's results (saved as JSON; the matrix is made from these).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ColumnResult {
    /// The implementation's name (`pypy`, `cpython-3.12.1`, ...).
    pub name: String,
    /// The reference's name.
    pub reference: Option<String>,
    /// The sequences against the reference (`None`: not run, with the reason in `notes`).
    pub pair: Option<PairResult>,
    /// The attack and race scenarios.
    pub guarantees: Option<GuaranteeResults>,
    /// CPython's `test_tempfile`.
    pub suite: Option<SuiteResult>,
    /// What could not run, and why.
    pub notes: Vec<String>,
}

impl ColumnResult {
    /// Whether every difference found is explained (a guarantee's violations by a finding
    /// about this column, in `rules`), and pytempfile kept every guarantee.
    pub fn clean(&self, rules: &Rules) -> bool {
        let pair = self
            .pair
            .as_ref()
            .is_none_or(|p| p.unexplained.is_none() && !p.classes.contains_key("unexplained"));
        let guarantees = self.guarantees.as_ref().is_none_or(|g| {
            g.scenarios.iter().all(|(name, s)| {
                if self.name == "pytempfile" {
                    s.violations == 0 && (name != "exchange" || s.errors == 0)
                } else {
                    s.violations == 0 || rules.scenario_finding(name, &self.name).is_some()
                }
            })
        });
        pair && guarantees
    }

    /// A few lines for the terminal.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        if let Some(p) = &self.pair {
            let compared: u64 = p.rows.values().map(|r| r.0).sum();
            let differ: u64 = p.rows.values().map(|r| r.1).sum();
            s.push_str(&format!(
                "{} against {}: {} sequences, {compared} operations compared, {differ} differ ({:.1} min){}\n",
                self.name,
                p.reference.name,
                p.cases,
                p.minutes,
                if p.collect { ", explicit collection points" } else { "" }
            ));
            for (k, (n, _)) in &p.classes {
                s.push_str(&format!("  {k}: {n} cases\n"));
            }
            for (k, (n, _)) in &p.kinds {
                s.push_str(&format!("    {n:5} {k}\n"));
            }
            for (k, n) in &p.normalized {
                s.push_str(&format!("  normalized by {k}: {n} observations\n"));
            }
            if let Some((d, _)) = &p.unexplained {
                s.push_str(&format!(
                    "  the first unexplained difference, shrunk:\n{d}\n"
                ));
            }
        }
        for n in &self.notes {
            s.push_str(&format!("  note: {n}\n"));
        }
        s
    }
}

/// Run one column.
pub fn run(
    name: &str,
    against: Option<&str>,
    config: &ColumnConfig,
) -> Result<ColumnResult, String> {
    let repo = spec::workspace();
    let rules = Rules::load(&repo.join("conformance").join("implementations"), &repo)?;
    let subject = Implementation::resolve(name)?;
    let reference_name = against
        .map(str::to_string)
        .or_else(|| subject.reference.clone());
    let mut result = ColumnResult {
        name: name.to_string(),
        reference: reference_name.clone(),
        pair: None,
        guarantees: None,
        suite: None,
        notes: Vec::new(),
    };
    match &reference_name {
        None => result
            .notes
            .push("no reference: name one with --against".into()),
        Some(r) => {
            let reference = Implementation::resolve(r)?;
            let pair = Pair::start(&reference, &subject, &rules, config.pair.timeout)?;
            let step = (config.pair.cases / 20).max(1);
            let res = pair.run(&config.pair, |done, r| {
                if done % step == 0 || done == config.pair.cases {
                    let differ: u32 = r.classes.values().map(|c| c.0).sum();
                    eprintln!(
                        "  {done}/{} sequences, {differ} with a difference ({:.1} min)",
                        config.pair.cases, r.minutes
                    );
                }
            })?;
            result.pair = Some(res);
        }
    }
    if config.guarantees {
        match guarantees::run(
            &subject,
            config.attack_runs,
            config.race_runs,
            Duration::from_secs(600),
        ) {
            Ok(g) => result.guarantees = Some(g),
            Err(e) => result.notes.push(format!("guarantees: {e}")),
        }
        match suite::run(&subject) {
            Ok(s) => result.suite = Some(s),
            Err(e) => result.notes.push(format!("test_tempfile: {e}")),
        }
    }
    Ok(result)
}

/// Run saved cases on `name` and its reference, printing every operation whose observations
/// differ after the normalizations (not only the first), with its class; whether none differ.
pub fn replay(
    name: &str,
    against: Option<&str>,
    files: &[std::path::PathBuf],
    config: &ColumnConfig,
) -> Result<bool, String> {
    let repo = spec::workspace();
    let rules = Rules::load(&repo.join("conformance").join("implementations"), &repo)?;
    let subject = Implementation::resolve(name)?;
    let reference = against
        .map(str::to_string)
        .or_else(|| subject.reference.clone())
        .ok_or("no reference: name one with --against")?;
    let reference = Implementation::resolve(&reference)?;
    let pair = Pair::start(&reference, &subject, &rules, config.pair.timeout)?;
    let mut clean = true;
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", f.display()))?;
        // A kept case holds the case under "case"; a printed one is the case itself.
        let case_value = value.get("case").cloned().unwrap_or(value);
        let case: crate::pylevel::Case =
            serde_json::from_value(case_value).map_err(|e| format!("{}: {e}", f.display()))?;
        println!("== {}", f.display());
        for line in pair.every_difference(&case)? {
            clean = false;
            println!("{line}");
        }
    }
    Ok(clean)
}
