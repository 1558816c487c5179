//! One harness for every implementation (`conformance::impls`), as a regression suite.
//!
//! - Kept cases (`conformance/impl-regressions/*.json`, written by `--keep DIR` and read by
//!   `--case FILE`): each names an implementation, its reference, and what the first
//!   difference must be: `equal` (none), `finding <id>` (a bug of the implementation, with its
//!   reproducer under `findings/`) or `behaviour <Name>` (a release difference the version
//!   model names). Each is replayed on its pair; an implementation that is not installed or
//!   not provisioned is skipped with the reason printed (the CI provisions every one).
//! - Every finding the rules hold is met by at least one kept case, or names the scenario
//!   whose violations it explains; every kept case names a finding or behaviour that exists.
//! - pytempfile against the linked CPython, as processes: a short run of generated sequences
//!   leaves no unexplained difference (`PYTEMPFILE_IMPLS_SEQUENCES=N`, default 24).
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use conformance::impls::{Class, Implementation, Pair, PairConfig, Rules};
use conformance::pylevel::Case;
use serde::Deserialize;

/// A kept case, as `--keep` writes it.
#[derive(Deserialize)]
struct Kept {
    implementation: String,
    against: String,
    expect: String,
    about: String,
    case: Case,
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rules() -> Rules {
    let repo = repo();
    Rules::load(&repo.join("conformance").join("implementations"), &repo)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn kept() -> Vec<(PathBuf, Kept)> {
    let dir = repo().join("conformance").join("impl-regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            let k: Kept =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            (f, k)
        })
        .collect()
}

fn label(c: Option<&Class>) -> String {
    c.map_or_else(|| "equal".to_string(), Class::label)
}

#[test]
fn every_kept_case_names_something_that_exists() {
    let rules = rules();
    let ids: BTreeSet<&str> = rules.findings.iter().map(|f| f.id.as_str()).collect();
    let cases = kept();
    assert!(!cases.is_empty(), "no kept case under impl-regressions/");
    for (f, k) in &cases {
        assert!(
            !k.about.trim().is_empty(),
            "{}: say what it is about",
            f.display()
        );
        assert!(!k.case.ops.is_empty(), "{}: an empty case", f.display());
        for name in [&k.implementation, &k.against] {
            if let Err(e) = Implementation::resolve(name) {
                assert!(
                    !e.starts_with("unknown implementation"),
                    "{}: {e}",
                    f.display()
                );
            }
        }
        if let Some(id) = k.expect.strip_prefix("finding ") {
            assert!(ids.contains(id), "{}: no finding {id}", f.display());
        } else if let Some(b) = k.expect.strip_prefix("behaviour ") {
            for one in b.split(" + ") {
                assert!(
                    pytempfile::Behaviour::ALL.iter().any(|x| x.name() == one),
                    "{}: no behaviour {one}",
                    f.display()
                );
            }
        } else {
            assert_eq!(k.expect, "equal", "{}: expect what?", f.display());
        }
    }
}

#[test]
fn every_finding_is_met_by_a_kept_case_or_names_its_scenario() {
    let rules = rules();
    let met: BTreeSet<String> = kept()
        .into_iter()
        .filter_map(|(_, k)| k.expect.strip_prefix("finding ").map(str::to_string))
        .collect();
    let mut missing = Vec::new();
    for f in &rules.findings {
        match &f.scenario {
            Some((s, columns)) => {
                assert!(
                    !columns.is_empty(),
                    "{}: scenario {s} without columns",
                    f.id
                );
            }
            None if !met.contains(&f.id) => missing.push(f.id.clone()),
            None => {}
        }
    }
    assert!(
        missing.is_empty(),
        "findings without a kept case (run the column with --keep conformance/impl-regressions): {missing:?}"
    );
}

#[test]
fn kept_cases_replay_as_kept() {
    let rules = rules();
    let mut by_pair: BTreeMap<(String, String), Vec<(PathBuf, Kept)>> = BTreeMap::new();
    for (f, k) in kept() {
        by_pair
            .entry((k.implementation.clone(), k.against.clone()))
            .or_default()
            .push((f, k));
    }
    let mut replayed = 0;
    let mut wrong = Vec::new();
    for ((subject, reference), cases) in &by_pair {
        let (s, r) = match (
            Implementation::resolve(subject),
            Implementation::resolve(reference),
        ) {
            (Ok(s), Ok(r)) => (s, r),
            (Err(e), _) | (_, Err(e)) => {
                println!(
                    "skipped: {} kept cases of {subject} against {reference}: {e}",
                    cases.len()
                );
                continue;
            }
        };
        let pair = Pair::start(&r, &s, &rules, Duration::from_secs(120))
            .unwrap_or_else(|e| panic!("{subject} against {reference}: {e}"));
        for (f, k) in cases {
            let got = label(pair.first_difference(&k.case).unwrap().as_ref());
            println!("{}: {got}", f.display());
            replayed += 1;
            if got != k.expect {
                let every = pair.every_difference(&k.case).unwrap_or_else(|e| vec![e]);
                wrong.push(format!(
                    "{}: expected {}, got {got} (again with `cargo run --release -p conformance -- --implementation {subject} --against {reference} --case {}`):\n{}",
                    f.display(),
                    k.expect,
                    f.display(),
                    every.join("\n")
                ));
            }
        }
    }
    println!("{replayed} kept cases replayed");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn pytempfile_as_a_process_has_no_unexplained_difference() {
    let cases = std::env::var("PYTEMPFILE_IMPLS_SEQUENCES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24);
    let rules = rules();
    let s = Implementation::resolve("pytempfile").unwrap_or_else(|e| panic!("{e}"));
    let r = Implementation::resolve("cpython-linked").unwrap_or_else(|e| panic!("{e}"));
    let pair = Pair::start(&r, &s, &rules, Duration::from_secs(120)).unwrap();
    let config = PairConfig {
        cases,
        seed: 11,
        ..PairConfig::default()
    };
    let res = pair.run(&config, |_, _| {}).unwrap();
    assert_eq!(res.cases, cases);
    let compared: u64 = res.rows.values().map(|r| r.0).sum();
    assert!(
        compared > u64::from(cases),
        "{compared} operations compared"
    );
    assert_eq!(res.subject.hello.module, "pytempfile");
    assert!(
        res.unexplained.is_none() && !res.classes.contains_key("unexplained"),
        "{:?}",
        res.unexplained
    );
}
