//! How a difference between two implementations is explained: the data in
//! `conformance/implementations/` (JSON: `normalizations/*.json`, `findings/*.json`,
//! `behaviours/*.json`, each file an array of rules, one file per subject).
//!
//! - **Normalizations** (`normalizations.json`): differences inherent to a runtime (message
//!   wording, the `repr` of a builtin, when a collection runs), each named with its reason and
//!   the implementations it applies to. A rule rewrites both sides' observations the same way
//!   before they are compared, and the report counts, per rule, the observations it made
//!   equal.
//! - **Findings** (`findings.json`): a bug of an implementation, with a standalone reproducer
//!   under `findings/` that prints what CPython does and what the implementation does. A
//!   divergence that a finding's patterns match is counted as that finding.
//! - **Behaviours** (`behaviours.json`): for two CPython releases, each difference must be one
//!   of pytempfile's named [`Behaviour`]s that the version model says changes between them.
//!   A difference nothing explains is a gap: in the model, or a new finding.
//!
//! Nothing is masked silently: every rule that applies is counted in the report, and a rule
//! only ever applies to the implementations it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use pytempfile::{Behaviour, PyVersion};
use regex::Regex;
use serde::Deserialize;

use super::spec::Kind;

/// A named normalization.
#[derive(Debug)]
pub struct Normalization {
    /// Its name (the report's row).
    pub name: String,
    /// Why the difference is the runtime's, not a bug.
    pub reason: String,
    /// The implementation kinds it applies to (a pair where either side is one of them).
    pub between: Vec<String>,
    /// For a change of the runtime between CPython releases: the first release that has it
    /// (the rule applies to a pair of releases on either side of it, and to no other pair).
    pub straddles: Option<PyVersion>,
    /// Only observations of operations whose API this matches (all when `None`).
    api: Option<Regex>,
    replace: Vec<(Regex, String)>,
}

/// A known bug of an implementation, with its reproducer.
#[derive(Debug)]
pub struct Finding {
    /// `pypy-...`, `rustpython-...`, `cpython-...`.
    pub id: String,
    /// One line: what is wrong.
    pub title: String,
    /// The implementation kind that has the bug.
    pub implementation: String,
    /// The reproducer (relative to the repository).
    pub reproducer: String,
    api: Regex,
    reference: Regex,
    subject: Regex,
    fields: Option<Vec<String>>,
    /// For a finding about a guarantee: the scenario (`exchange`, ...) and the matrix columns
    /// whose violations there it explains.
    pub scenario: Option<(String, Vec<String>)>,
}

/// What a release difference looks like for a behaviour.
#[derive(Debug)]
pub struct Signature {
    /// The behaviour.
    pub behaviour: Behaviour,
    api: Regex,
    older: Regex,
    newer: Regex,
    fields: Option<Vec<String>>,
    /// Replacements that undo the behaviour in both observations: when given, the signature
    /// explains a difference only if they (with the other applicable ones) make the two
    /// observations equal; without them, it explains the whole observation (a call one release
    /// refuses outright, say).
    replace: Vec<(Regex, String)>,
}

/// What an implementation that carries its own copy of CPython's `tempfile.py` has
/// (`stdlib.json`).
#[derive(Debug)]
pub struct Stdlib {
    /// The CPython release its `tempfile.py` is.
    pub release: PyVersion,
    /// The behaviours of that release its copy does not have.
    pub lacks: Vec<Behaviour>,
    /// How that is known.
    pub reason: String,
}

/// Every rule, loaded from the data files.
#[derive(Debug, Default)]
pub struct Rules {
    /// By implementation kind.
    pub stdlib: BTreeMap<String, Stdlib>,
    /// Normalizations, applied in order.
    pub normalizations: Vec<Normalization>,
    /// Findings.
    pub findings: Vec<Finding>,
    /// Behaviour signatures.
    pub signatures: Vec<Signature>,
}

#[derive(Deserialize)]
struct RawStdlib {
    release: String,
    #[serde(default)]
    lacks: Vec<String>,
    reason: String,
}

#[derive(Deserialize)]
struct RawNormalization {
    name: String,
    reason: String,
    between: Vec<String>,
    #[serde(default)]
    straddles: Option<String>,
    #[serde(default)]
    api: Option<String>,
    replace: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct RawFinding {
    id: String,
    title: String,
    implementation: String,
    reproducer: String,
    #[serde(default)]
    api: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    fields: Option<Vec<String>>,
    #[serde(default)]
    scenario: Option<String>,
    #[serde(default)]
    columns: Vec<String>,
}

#[derive(Deserialize)]
struct RawSignature {
    behaviour: String,
    api: String,
    #[serde(default)]
    older: String,
    #[serde(default)]
    newer: String,
    #[serde(default)]
    fields: Option<Vec<String>>,
    #[serde(default)]
    replace: Vec<(String, String)>,
}

/// The behaviour of that name, if the version model has one.
pub fn behaviour_named(name: &str) -> Option<Behaviour> {
    Behaviour::ALL.iter().copied().find(|b| b.name() == name)
}

fn regex(s: &str, what: &str) -> Result<Regex, String> {
    Regex::new(s).map_err(|e| format!("{what}: bad pattern {s:?}: {e}"))
}

/// Every rule of the files `dir/*.json` (each an array), in file-name order.
fn load<T: for<'de> Deserialize<'de>>(dir: &Path) -> Result<Vec<T>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for p in files {
        let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        let rules: Vec<T> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?;
        out.extend(rules);
    }
    Ok(out)
}

impl Rules {
    /// The rules in `dir` (`conformance/implementations/`). The reproducer of every finding
    /// must exist under `repo`.
    pub fn load(dir: &Path, repo: &Path) -> Result<Rules, String> {
        let mut rules = Rules::default();
        for r in load::<RawNormalization>(&dir.join("normalizations"))? {
            let straddles = r
                .straddles
                .as_deref()
                .map(|v| {
                    v.parse::<PyVersion>()
                        .map_err(|e| format!("{}: straddles {v:?}: {e}", r.name))
                })
                .transpose()?;
            let replace = r
                .replace
                .iter()
                .map(|(p, w)| Ok((regex(p, &r.name)?, w.clone())))
                .collect::<Result<_, String>>()?;
            let api = r.api.as_deref().map(|a| regex(a, &r.name)).transpose()?;
            rules.normalizations.push(Normalization {
                name: r.name,
                reason: r.reason,
                api,
                between: r.between,
                straddles,
                replace,
            });
        }
        let p = dir.join("stdlib.json");
        let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        let raw: BTreeMap<String, RawStdlib> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?;
        for (kind, r) in raw {
            let release = r
                .release
                .parse::<PyVersion>()
                .map_err(|e| format!("stdlib.json {kind}: {e}"))?;
            let lacks = r
                .lacks
                .iter()
                .map(|n| {
                    behaviour_named(n)
                        .ok_or_else(|| format!("stdlib.json: unknown behaviour {n:?}"))
                })
                .collect::<Result<_, String>>()?;
            rules.stdlib.insert(
                kind,
                Stdlib {
                    release,
                    lacks,
                    reason: r.reason,
                },
            );
        }
        for f in load::<RawFinding>(&dir.join("findings"))? {
            if !repo.join(&f.reproducer).exists() {
                return Err(format!(
                    "finding {}: its reproducer {} is missing",
                    f.id, f.reproducer
                ));
            }
            rules.findings.push(Finding {
                api: regex(&f.api, &f.id)?,
                reference: regex(&f.reference, &f.id)?,
                subject: regex(&f.subject, &f.id)?,
                fields: f.fields,
                scenario: f.scenario.map(|s| (s, f.columns)),
                id: f.id,
                title: f.title,
                implementation: f.implementation,
                reproducer: f.reproducer,
            });
        }
        for s in load::<RawSignature>(&dir.join("behaviours"))? {
            let behaviour = behaviour_named(&s.behaviour)
                .ok_or_else(|| format!("behaviours: unknown behaviour {:?}", s.behaviour))?;
            rules.signatures.push(Signature {
                behaviour,
                api: regex(&s.api, &s.behaviour)?,
                older: regex(&s.older, &s.behaviour)?,
                newer: regex(&s.newer, &s.behaviour)?,
                fields: s.fields,
                replace: s
                    .replace
                    .iter()
                    .map(|(p, w)| Ok((regex(p, &s.behaviour)?, w.clone())))
                    .collect::<Result<_, String>>()?,
            });
        }
        Ok(rules)
    }

    /// The normalizations for a pair of kinds (and, for two CPython releases, the releases).
    pub fn normalizations_for(
        &self,
        a: Kind,
        b: Kind,
        releases: Option<(PyVersion, PyVersion)>,
    ) -> Vec<&Normalization> {
        self.normalizations
            .iter()
            .filter(|n| {
                n.between
                    .iter()
                    .any(|k| k == a.name() || k == b.name() || k == "any")
                    && n.straddles.is_none_or(|first| {
                        releases.is_some_and(|(x, y)| x.min(y) < first && first <= x.max(y))
                    })
            })
            .collect()
    }

    /// The finding that explains a divergence of `subject` (kind) from `reference` at `api`.
    pub fn finding(
        &self,
        kind: Kind,
        api: &str,
        reference: &str,
        subject: &str,
        differing: &[String],
    ) -> Option<&Finding> {
        self.findings.iter().find(|f| {
            f.implementation == kind.name()
                && f.scenario.is_none()
                && f.api.is_match(api)
                && f.reference.is_match(reference)
                && f.subject.is_match(subject)
                && within(f.fields.as_deref(), differing)
        })
    }

    /// The finding that explains violations of `scenario`'s guarantee in the matrix column
    /// `column`.
    pub fn scenario_finding(&self, scenario: &str, column: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| {
            f.scenario
                .as_ref()
                .is_some_and(|(s, cols)| s == scenario && cols.iter().any(|c| c == column))
        })
    }

    /// The behaviours that explain a difference between the reference and the implementation
    /// under test, among those one side has and the other has not (by the version model, and
    /// `stdlib.json` for an implementation that carries its own copy of `tempfile.py`): one whose
    /// signature takes the whole observation, or the set whose replacements together make the
    /// two observations equal. A signature's `older`/`newer` patterns are matched against the
    /// side without and the side with the behaviour.
    pub fn behaviours(
        &self,
        has: (&BTreeSet<Behaviour>, &BTreeSet<Behaviour>),
        api: &str,
        observations: (&str, &str),
        differing: &[String],
    ) -> Option<Vec<Behaviour>> {
        let oriented = |s: &Signature| -> Option<(&str, &str)> {
            let (r, t) = (has.0.contains(&s.behaviour), has.1.contains(&s.behaviour));
            match (r, t) {
                (false, true) => Some((observations.0, observations.1)),
                (true, false) => Some((observations.1, observations.0)),
                _ => None,
            }
        };
        let applicable = |s: &&Signature| {
            oriented(s).is_some_and(|(without, with)| {
                s.api.is_match(api)
                    && s.older.is_match(without)
                    && s.newer.is_match(with)
                    && within(s.fields.as_deref(), differing)
            })
        };
        if let Some(s) = self
            .signatures
            .iter()
            .filter(|s| s.replace.is_empty())
            .find(applicable)
        {
            return Some(vec![s.behaviour]);
        }
        let (mut x, mut y) = (observations.0.to_string(), observations.1.to_string());
        let mut used = Vec::new();
        for s in self
            .signatures
            .iter()
            .filter(|s| !s.replace.is_empty())
            .filter(applicable)
        {
            let (nx, ny) = (replace_all(&s.replace, &x), replace_all(&s.replace, &y));
            if (nx != x || ny != y) && !used.contains(&s.behaviour) {
                used.push(s.behaviour);
            }
            x = nx;
            y = ny;
            if x == y {
                return Some(used);
            }
        }
        None
    }

    /// The behaviours an implementation's `tempfile` has: its release's, by the version model,
    /// for CPython and pytempfile (`python` is the language version the side reports); for
    /// another implementation, those of the release `stdlib.json` names for it, less the ones
    /// its copy lacks. `None` when nothing is known.
    pub fn behaviours_of(&self, kind: Kind, python: &str) -> Option<BTreeSet<Behaviour>> {
        let (release, lacks): (PyVersion, &[Behaviour]) = match kind {
            Kind::Cpython | Kind::Pytempfile => (python.parse().ok()?, &[]),
            other => {
                let s = self.stdlib.get(other.name())?;
                (s.release, &s.lacks)
            }
        };
        Some(
            release
                .behaviours()
                .filter(|b| !lacks.contains(b))
                .collect(),
        )
    }
}

fn replace_all(rules: &[(Regex, String)], text: &str) -> String {
    let mut out = text.to_string();
    for (re, with) in rules {
        out = re.replace_all(&out, with.as_str()).into_owned();
    }
    out
}

/// Whether every differing field is one a rule allows (no list: any).
fn within(allowed: Option<&[String]>, differing: &[String]) -> bool {
    allowed.is_none_or(|a| differing.iter().all(|d| a.contains(d)))
}

impl Normalization {
    /// `text` with this rule's replacements made.
    pub fn apply(&self, text: &str) -> String {
        replace_all(&self.replace, text)
    }
}

/// How two observations compare.
#[derive(Debug, PartialEq, Eq)]
pub enum Comparison {
    /// Equal as they are.
    Equal,
    /// Made equal by the normalizations named.
    Normalized(Vec<String>),
    /// Still different: both observations as the normalizations left them.
    Differ(String, String),
}

/// Compare two observations of an operation on `api` under `rules`.
pub fn compare(rules: &[&Normalization], api: &str, a: &str, b: &str) -> Comparison {
    if a == b {
        return Comparison::Equal;
    }
    let (mut x, mut y) = (a.to_string(), b.to_string());
    let mut used = Vec::new();
    for r in rules {
        if r.api.as_ref().is_some_and(|re| !re.is_match(api)) {
            continue;
        }
        let (nx, ny) = (r.apply(&x), r.apply(&y));
        if nx != x || ny != y {
            used.push(r.name.clone());
        }
        x = nx;
        y = ny;
        if x == y {
            return Comparison::Normalized(used);
        }
    }
    Comparison::Differ(x, y)
}

/// How many observations each normalization made equal.
pub type Counts = BTreeMap<String, u64>;

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(name: &str, pat: &str, with: &str) -> Normalization {
        Normalization {
            name: name.into(),
            reason: String::new(),
            between: vec!["pypy".into()],
            straddles: None,
            api: None,
            replace: vec![(
                Regex::new(pat).unwrap_or_else(|e| panic!("{e}")),
                with.into(),
            )],
        }
    }

    #[test]
    fn a_rule_counts_only_where_it_made_the_sides_equal() {
        let r = rule("period", r"closed file\.?", "closed file<.>");
        let rules = vec![&r];
        assert_eq!(compare(&rules, "f", "x", "x"), Comparison::Equal);
        assert_eq!(
            compare(&rules, "f", "on closed file.", "on closed file"),
            Comparison::Normalized(vec!["period".to_string()])
        );
        assert_eq!(
            compare(&rules, "f", "on closed file.", "other"),
            Comparison::Differ("on closed file<.>".into(), "other".into())
        );
    }

    #[test]
    fn the_data_files_load() {
        let repo = super::super::spec::workspace();
        let rules = Rules::load(&repo.join("conformance").join("implementations"), &repo)
            .unwrap_or_else(|e| panic!("{e}"));
        for n in &rules.normalizations {
            assert!(
                !n.reason.is_empty(),
                "{}: a normalization needs its reason",
                n.name
            );
            assert!(!n.between.is_empty(), "{}: applies to nothing", n.name);
        }
    }
}
