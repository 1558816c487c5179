//! Two implementations, the same generated sequences: a reference and an implementation under
//! test, each a process ([`Side`]), compared observation by observation.
//!
//! Each case runs on both sides at once (each in its own sandbox, `<base>/1` and `<base>/2`:
//! the same length, so that paths in messages compare) with the same forced candidate names.
//! The first observation that still differs after the pair's normalizations is classified
//! ([`Class`]); the rest of that case is not compared (the two states have diverged). A
//! difference nothing explains is shrunk to a minimal case, printed to keep under
//! `conformance/impl-regressions/`.
//!
//! The sequences come from a fixed seed, so every pair of a run sees the same ones.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use proptest_state_machine::ReferenceStateMachine;
use pytempfile::{Behaviour, PyVersion};
use serde::{Deserialize, Serialize};

use super::rules::{self, Comparison, Normalization, Rules};
use super::side::{Answer, Hello, Side};
use super::spec::{Implementation, Kind};
use crate::pylevel::{self, Case, Outcome, PyMachine, Runner, row_of};

/// What explains a difference.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Class {
    /// A bug of the implementation under test, with a reproducer (`findings.json`).
    Finding(String),
    /// A release difference the version model names.
    Behaviour(String),
    /// Nothing: a gap in the version model, or a new finding to write up.
    Unexplained,
}

impl Class {
    /// `finding pypy-...`, `behaviour TmpMax20`, `unexplained`.
    pub fn label(&self) -> String {
        match self {
            Class::Finding(id) => format!("finding {id}"),
            Class::Behaviour(b) => format!("behaviour {b}"),
            Class::Unexplained => "unexplained".into(),
        }
    }
}

/// One side as the report shows it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SideInfo {
    /// The name it was asked for.
    pub name: String,
    /// What it said when it started.
    pub hello: Hello,
}

/// A pair's results.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PairResult {
    /// The reference.
    pub reference: SideInfo,
    /// The implementation under test.
    pub subject: SideInfo,
    /// Whether collection points were explicit (a side without reference counting).
    pub collect: bool,
    /// The `os` attributes the reference ran without, because the implementation under test
    /// lacks them (both then take the standard module's own fallback).
    #[serde(default)]
    pub hidden: Vec<String>,
    /// Generated sequences run.
    pub cases: u32,
    /// The seed of the sequences.
    pub seed: u64,
    /// Per report row: operations compared, operations whose observations differ.
    pub rows: BTreeMap<String, (u64, u64)>,
    /// Per normalization: observations it made equal.
    pub normalized: BTreeMap<String, u64>,
    /// Per class of difference: cases whose first difference it is, and the first one
    /// described.
    pub classes: BTreeMap<String, (u32, String)>,
    /// Per kind of difference (its class, API and the observation fields that differ): cases,
    /// and the first one described.
    #[serde(default)]
    pub kinds: BTreeMap<String, (u32, String)>,
    /// The first unexplained difference, shrunk: its description and the case as JSON.
    pub unexplained: Option<(String, String)>,
    /// With [`PairConfig::keep`]: per explained class, its first case shrunk as long as the
    /// first difference keeps that class (JSON), to keep under `conformance/impl-regressions/`.
    #[serde(default)]
    pub kept: BTreeMap<String, String>,
    /// Minutes the run took.
    pub minutes: f64,
}

/// How a pair runs.
#[derive(Clone, Debug)]
pub struct PairConfig {
    /// Generated sequences.
    pub cases: u32,
    /// Operations per sequence, at most.
    pub max_len: usize,
    /// The sequences' seed.
    pub seed: u64,
    /// How long one case may take on one side.
    pub timeout: Duration,
    /// Whether to shrink an unexplained difference.
    pub shrink: bool,
    /// Whether to shrink the first case of every explained class too ([`PairResult::kept`]).
    pub keep: bool,
}

impl Default for PairConfig {
    fn default() -> Self {
        PairConfig {
            cases: 64,
            max_len: 40,
            seed: 2026,
            timeout: Duration::from_secs(300),
            shrink: true,
            keep: false,
        }
    }
}

/// One compared case.
#[derive(Clone, Debug)]
pub struct Compared {
    /// The API each operation exercised (the reference's view).
    pub apis: Vec<String>,
    /// Observations made equal, per normalization.
    pub normalized: BTreeMap<String, u64>,
    /// The first difference left: operation index, the two observations, its class.
    pub difference: Option<(usize, String, String, Class)>,
}

impl Compared {
    /// Operations compared (up to and including the first difference).
    pub fn compared(&self) -> usize {
        self.difference
            .as_ref()
            .map_or(self.apis.len(), |(i, ..)| (*i + 1).min(self.apis.len()))
    }
}

/// A reference and an implementation under test, running.
pub struct Pair<'r> {
    reference: RefCell<Side>,
    subject: RefCell<Side>,
    rules: &'r Rules,
    normalizations: Vec<&'r Normalization>,
    /// The behaviours each side's `tempfile` has (reference, implementation under test), when
    /// known: what a difference between them may be explained by.
    behaviours: Option<(BTreeSet<Behaviour>, BTreeSet<Behaviour>)>,
    base: PathBuf,
    collect: bool,
    hidden: Vec<String>,
}

fn release_of(side: &Side) -> Option<PyVersion> {
    if side.implementation.kind != Kind::Cpython || side.hello.implementation != "cpython" {
        return None;
    }
    side.hello.python.parse().ok()
}

impl<'r> Pair<'r> {
    /// Start both sides. Collection points are made explicit on both when either side does
    /// not count references (the report says so).
    pub fn start(
        reference: &Implementation,
        subject: &Implementation,
        rules: &'r Rules,
        timeout: Duration,
    ) -> Result<Pair<'r>, String> {
        let probe_ref = Side::start(reference, false, &[], timeout)?;
        let probe_sub = Side::start(subject, false, &[], timeout)?;
        let collect = !probe_ref.hello.refcounting || !probe_sub.hello.refcounting;
        // What the implementation under test lacks, the reference runs without.
        let hidden: Vec<String> = probe_ref
            .hello
            .capabilities
            .iter()
            .filter(|c| !probe_sub.hello.capabilities.contains(c))
            .cloned()
            .collect();
        let (r, s) = if collect || !hidden.is_empty() {
            drop((probe_ref, probe_sub));
            (
                Side::start(reference, collect, &hidden, timeout)?,
                Side::start(subject, collect, &[], timeout)?,
            )
        } else {
            (probe_ref, probe_sub)
        };
        let releases = match (release_of(&r), release_of(&s)) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        };
        // One base per pair: pairs of one process (tests run in parallel) must not share it.
        static PAIRS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = PAIRS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let base =
            std::env::temp_dir().join(format!("pytempfile-impls-{}-{n}", std::process::id()));
        let normalizations = rules.normalizations_for(reference.kind, subject.kind, releases);
        let behaviours = rules
            .behaviours_of(reference.kind, &r.hello.python)
            .zip(rules.behaviours_of(subject.kind, &s.hello.python));
        Ok(Pair {
            reference: RefCell::new(r),
            subject: RefCell::new(s),
            rules,
            normalizations,
            behaviours,
            base,
            collect,
            hidden,
        })
    }

    /// The two sides' descriptions.
    pub fn sides(&self) -> (SideInfo, SideInfo) {
        let info = |s: &Side| SideInfo {
            name: s.implementation.name.clone(),
            hello: s.hello.clone(),
        };
        (info(&self.reference.borrow()), info(&self.subject.borrow()))
    }

    fn answers(&self, case: &Case) -> Result<(Answer, Answer), String> {
        let root_a = self.base.join("1").to_string_lossy().into_owned();
        let root_b = self.base.join("2").to_string_lossy().into_owned();
        let mut a = self.reference.borrow_mut();
        let mut b = self.subject.borrow_mut();
        a.send(case, &root_a)?;
        b.send(case, &root_b)?;
        let ra = a.answer();
        let rb = b.answer();
        Ok((ra?, rb?))
    }

    /// Run `case` on both sides and compare.
    pub fn compare(&self, case: &Case) -> Result<Compared, String> {
        let (a, b) = self.answers(case)?;
        let mut normalized = BTreeMap::new();
        let n = a.obs.len().max(b.obs.len());
        for i in 0..n {
            let (x, y) = (
                a.obs.get(i).map_or("(none)", String::as_str),
                b.obs.get(i).map_or("(none)", String::as_str),
            );
            let api = a.api.get(i).map_or("(end)", String::as_str);
            match rules::compare(&self.normalizations, api, x, y) {
                Comparison::Equal => {}
                Comparison::Normalized(used) => {
                    for u in used {
                        *normalized.entry(u).or_insert(0) += 1;
                    }
                }
                Comparison::Differ(nx, ny) => {
                    // Explained on what the normalizations left, reported as observed.
                    let class = self.classify(api, &nx, &ny);
                    return Ok(Compared {
                        apis: a.api,
                        normalized,
                        difference: Some((i, x.to_string(), y.to_string(), class)),
                    });
                }
            }
        }
        Ok(Compared {
            apis: a.api,
            normalized,
            difference: None,
        })
    }

    /// Every operation of `case` whose observations differ after the normalizations, described
    /// with its class (a diagnosis: after the first, the two states may have diverged).
    pub fn every_difference(&self, case: &Case) -> Result<Vec<String>, String> {
        let (a, b) = self.answers(case)?;
        let (ra, rb) = self.sides();
        let mut out = Vec::new();
        for i in 0..a.obs.len().max(b.obs.len()) {
            let (x, y) = (
                a.obs.get(i).map_or("(none)", String::as_str),
                b.obs.get(i).map_or("(none)", String::as_str),
            );
            let api = a.api.get(i).map_or("(end)", String::as_str);
            if let Comparison::Differ(nx, ny) = rules::compare(&self.normalizations, api, x, y) {
                let class = self.classify(api, &nx, &ny);
                let what = case.ops.get(i).map_or_else(
                    || "the end".to_string(),
                    |op| serde_json::to_string(op).unwrap_or_default(),
                );
                out.push(format!("{} at operation {i}: {what}", class.label()));
                for f in differing_fields(&nx, &ny) {
                    let (va, vb) = (parse_obs(&nx), parse_obs(&ny));
                    out.push(format!(
                        "  {f}:\n    {:<18} {}\n    {:<18} {}",
                        format!("{}:", ra.name),
                        va.get(&f).map_or("(none)".into(), ToString::to_string),
                        format!("{}:", rb.name),
                        vb.get(&f).map_or("(none)".into(), ToString::to_string)
                    ));
                }
            }
        }
        Ok(out)
    }

    fn classify(&self, api: &str, reference: &str, subject: &str) -> Class {
        let differing = differing_fields(reference, subject);
        if let Some((rh, sh)) = &self.behaviours {
            let has = (rh, sh);
            if api == "surface" {
                // One entry per module global: every entry that differs must be explained.
                return match surface_entries(reference, subject) {
                    Some(diffs) => {
                        let mut found = BTreeSet::new();
                        for (name, x, y) in &diffs {
                            let at = format!("surface {name}");
                            match self.rules.behaviours(has, &at, (x, y), &[]) {
                                Some(bs) => found.extend(bs.iter().map(|b| b.name())),
                                None => return Class::Unexplained,
                            };
                        }
                        Class::Behaviour(found.into_iter().collect::<Vec<_>>().join(" + "))
                    }
                    None => Class::Unexplained,
                };
            }
            if let Some(bs) = self
                .rules
                .behaviours(has, api, (reference, subject), &differing)
            {
                let names: Vec<&str> = bs.iter().map(|b| b.name()).collect();
                return Class::Behaviour(names.join(" + "));
            }
        }
        let kind = self.subject.borrow().implementation.kind;
        match self
            .rules
            .finding(kind, api, reference, subject, &differing)
        {
            Some(f) => Class::Finding(f.id.clone()),
            None => Class::Unexplained,
        }
    }

    /// Describe a difference: the operation and the two observations, field by field.
    pub fn describe(&self, case: &Case, c: &Compared) -> String {
        let Some((i, a, b, class)) = &c.difference else {
            return String::new();
        };
        let (ra, rb) = self.sides();
        let what = case.ops.get(*i).map_or_else(
            || "the end of the case (everything dropped, collected)".to_string(),
            |op| serde_json::to_string(op).unwrap_or_default(),
        );
        let mut s = format!("{} at operation {i}: {what}\n", class.label());
        let (va, vb) = (parse_obs(a), parse_obs(b));
        if let (Some(ma), Some(mb)) = (va.as_object(), vb.as_object()) {
            let keys: std::collections::BTreeSet<&String> = ma.keys().chain(mb.keys()).collect();
            for k in keys {
                let (x, y) = (ma.get(k), mb.get(k));
                if x != y {
                    s.push_str(&format!(
                        "  {k}:\n    {:<18} {}\n    {:<18} {}\n",
                        format!("{}:", ra.name),
                        x.map_or("(none)".into(), ToString::to_string),
                        format!("{}:", rb.name),
                        y.map_or("(none)".into(), ToString::to_string)
                    ));
                }
            }
        } else {
            s.push_str(&format!("  {}: {a}\n  {}: {b}\n", ra.name, rb.name));
        }
        s.push_str(&format!(
            "case:\n{}\n",
            serde_json::to_string(case).unwrap_or_default()
        ));
        s
    }

    /// Run `config.cases` generated sequences; progress through `progress(done)`.
    pub fn run(
        &self,
        config: &PairConfig,
        mut progress: impl FnMut(u32, &PairResult),
    ) -> Result<PairResult, String> {
        let start = Instant::now();
        let (reference, subject) = self.sides();
        let mut result = PairResult {
            reference,
            subject,
            collect: self.collect,
            hidden: self.hidden.clone(),
            cases: 0,
            seed: config.seed,
            rows: BTreeMap::new(),
            normalized: BTreeMap::new(),
            classes: BTreeMap::new(),
            kinds: BTreeMap::new(),
            unexplained: None,
            kept: BTreeMap::new(),
            minutes: 0.0,
        };
        let mut runner = TestRunner::new_with_rng(
            Config {
                cases: config.cases,
                failure_persistence: None,
                ..Config::default()
            },
            TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(config.seed)),
        );
        let strategy = PyMachine::sequential_strategy(1..config.max_len);
        let mut first_unexplained: Option<(pylevel::Tree, Case)> = None;
        let mut first_explained: BTreeMap<Class, (pylevel::Tree, Case)> = BTreeMap::new();
        for n in 0..config.cases {
            let tree = strategy
                .new_tree(&mut runner)
                .map_err(|e| format!("generation failed: {e}"))?;
            let (state, ops, seen) = tree.current();
            let case = pylevel::case_of(&state, &ops);
            let c = self.compare(&case)?;
            if let Some(seen) = seen.as_ref() {
                seen.store(c.compared(), std::sync::atomic::Ordering::SeqCst);
            }
            self.tally(&mut result, &case, &c);
            match &c.difference {
                Some((_, _, _, Class::Unexplained)) if first_unexplained.is_none() => {
                    first_unexplained = Some((Box::new(tree), case));
                }
                Some((_, _, _, class))
                    if config.keep
                        && *class != Class::Unexplained
                        && !first_explained.contains_key(class) =>
                {
                    first_explained.insert(class.clone(), (Box::new(tree), case));
                }
                _ => {}
            }
            result.cases = n + 1;
            result.minutes = start.elapsed().as_secs_f64() / 60.0;
            progress(n + 1, &result);
        }
        if let Some((tree, case)) = first_unexplained {
            if config.shrink {
                let out = self.run_case(&case)?;
                let (small, _) = pylevel::shrink(self, tree, case, out)?;
                let c = self.compare(&small)?;
                result.unexplained = Some((
                    self.describe(&small, &c),
                    serde_json::to_string(&small).map_err(|e| e.to_string())?,
                ));
            } else {
                let c = self.compare(&case)?;
                result.unexplained = Some((
                    self.describe(&case, &c),
                    serde_json::to_string(&case).map_err(|e| e.to_string())?,
                ));
            }
        }
        for (class, (tree, case)) in first_explained {
            eprintln!("  keeping {}: shrinking its first case", class.label());
            let target = Target {
                pair: self,
                class: class.clone(),
            };
            let out = target.run_case(&case)?;
            let (small, _) = pylevel::shrink(&target, tree, case, out)?;
            result.kept.insert(
                class.label(),
                serde_json::to_string(&small).map_err(|e| e.to_string())?,
            );
        }
        result.minutes = start.elapsed().as_secs_f64() / 60.0;
        Ok(result)
    }

    /// The class of `case`'s first difference (`None`: no difference).
    pub fn first_difference(&self, case: &Case) -> Result<Option<Class>, String> {
        Ok(self.compare(case)?.difference.map(|(.., class)| class))
    }

    /// Count one compared case into `result`.
    pub fn tally(&self, result: &mut PairResult, case: &Case, c: &Compared) {
        for (k, v) in &c.normalized {
            *result.normalized.entry(k.clone()).or_insert(0) += v;
        }
        for (i, api) in c.apis.iter().enumerate().take(c.compared()) {
            let e = result.rows.entry(row_of(api)).or_default();
            e.0 += 1;
            if c.difference.as_ref().is_some_and(|(d, ..)| *d == i) {
                e.1 += 1;
            }
        }
        if let Some((i, a, b, class)) = &c.difference {
            let e = result
                .classes
                .entry(class.label())
                .or_insert_with(|| (0, self.describe(case, c)));
            e.0 += 1;
            let api = c.apis.get(*i).map_or("(end)", String::as_str);
            let kind = format!(
                "{}: {api} [{}]",
                class.label(),
                differing_fields(a, b).join(", ")
            );
            let e = result
                .kinds
                .entry(kind)
                .or_insert_with(|| (0, self.describe(case, c)));
            e.0 += 1;
        }
    }
}

/// Shrinks toward a case whose first difference is still of one class.
struct Target<'p, 'r> {
    pair: &'p Pair<'r>,
    class: Class,
}

impl Runner for Target<'_, '_> {
    fn run_case(&self, case: &Case) -> Result<Outcome, String> {
        let c = self.pair.compare(case)?;
        let divergence = match c.difference {
            Some((i, a, b, class)) if class == self.class => Some((i, a, b)),
            _ => None,
        };
        Ok(Outcome {
            apis: c.apis,
            divergence,
        })
    }
}

impl Runner for Pair<'_> {
    /// The divergence that counts for shrinking: an unexplained one.
    fn run_case(&self, case: &Case) -> Result<Outcome, String> {
        let c = self.compare(case)?;
        let divergence = match c.difference {
            Some((i, a, b, Class::Unexplained)) => Some((i, a, b)),
            _ => None,
        };
        Ok(Outcome {
            apis: c.apis,
            divergence,
        })
    }
}

impl Drop for Pair<'_> {
    fn drop(&mut self) {
        // The sandboxes' base, where the harness sees it (a chrooted side's is in the root).
        for side in [&self.reference, &self.subject] {
            let p = side.borrow().implementation.host_path(&self.base);
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

/// An observation as JSON. Python's `json` writes a lone surrogate as `\udcff`, which
/// serde refuses: such escapes are kept as text (`\\udcff`), enough to tell fields apart.
fn parse_obs(s: &str) -> serde_json::Value {
    serde_json::from_str(s)
        .unwrap_or_else(|_| serde_json::from_str(&escape_surrogates(s)).unwrap_or_default())
}

/// `s` with every JSON escape of a surrogate (`\udcff`, an odd run of backslashes before
/// the `u`) turned into the escaped text of that escape (`\\udcff`).
fn escape_surrogates(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    let mut run = 0usize;
    while i < b.len() {
        let c = b[i];
        let surrogate = c == b'u'
            && run % 2 == 1
            && i + 5 <= b.len()
            && matches!(b[i + 1], b'd' | b'D')
            && b"89abcdefABCDEF".contains(&b[i + 2])
            && b[i + 3].is_ascii_hexdigit()
            && b[i + 4].is_ascii_hexdigit();
        if surrogate {
            out.push('\\');
        }
        run = if c == b'\\' { run + 1 } else { 0 };
        // Copy the byte (the text is valid UTF-8 and only ASCII is inspected).
        let len = utf8_len(c);
        out.push_str(&s[i..i + len]);
        i += len;
    }
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// The entries of two `surface` observations that differ, by global name: `(name, older
/// entry, newer entry)`, `"(absent)"` for a name one side does not have. `None` when the
/// observations are not surfaces, or differ elsewhere than in their result.
pub fn surface_entries(a: &str, b: &str) -> Option<Vec<(String, String, String)>> {
    if differing_fields(a, b).iter().any(|f| f != "result") {
        return None;
    }
    let entries = |v: &serde_json::Value| -> Option<BTreeMap<String, String>> {
        let list = v.get("result")?.as_array()?;
        Some(
            list.iter()
                .filter_map(|e| e.as_str())
                .map(|e| {
                    let name = e.split(':').next().unwrap_or(e).to_string();
                    (name, e.to_string())
                })
                .collect(),
        )
    };
    let (ea, eb) = (entries(&parse_obs(a))?, entries(&parse_obs(b))?);
    let names: std::collections::BTreeSet<&String> = ea.keys().chain(eb.keys()).collect();
    let absent = "(absent)".to_string();
    Some(
        names
            .into_iter()
            .filter(|n| ea.get(*n) != eb.get(*n))
            .map(|n| {
                (
                    n.clone(),
                    ea.get(n).unwrap_or(&absent).clone(),
                    eb.get(n).unwrap_or(&absent).clone(),
                )
            })
            .collect(),
    )
}

/// The top-level fields of two observations (JSON objects) that differ.
pub fn differing_fields(a: &str, b: &str) -> Vec<String> {
    let (va, vb) = (parse_obs(a), parse_obs(b));
    match (va.as_object(), vb.as_object()) {
        (Some(ma), Some(mb)) => ma
            .keys()
            .chain(mb.keys())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .filter(|k| ma.get(*k) != mb.get(*k))
            .cloned()
            .collect(),
        _ => vec!["(not an object)".into()],
    }
}

fn seed_bytes(seed: u64) -> [u8; 32] {
    let mut b = [0u8; 32];
    for (i, chunk) in b.chunks_mut(8).enumerate() {
        chunk.copy_from_slice(&seed.wrapping_add(i as u64).to_le_bytes());
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogate_escapes_parse_and_escaped_backslashes_stay() {
        let obs = r#"{"tree": ["w/\udcff/ 700"], "repr": "'sub/\\udcff'"}"#;
        assert!(serde_json::from_str::<serde_json::Value>(obs).is_err());
        let v = parse_obs(obs);
        assert_eq!(v["tree"][0], r"w/\udcff/ 700");
        assert_eq!(v["repr"], r"'sub/\udcff'");
        assert_eq!(
            differing_fields(obs, r#"{"tree": ["w/\udcff/ 700"], "repr": "x"}"#),
            vec!["repr".to_string()]
        );
    }
}
