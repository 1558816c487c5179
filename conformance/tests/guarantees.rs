//! The guarantees and CPython's `test_tempfile`, per implementation
//! (`conformance::impls::{guarantees, suite}`), run as processes.
//!
//! - pytempfile and the linked CPython (the `pyside` binary, always built): every scenario
//!   runs; pytempfile breaks no guarantee and its cleanup never raises under the exchange
//!   attack (20 runs; `PYTEMPFILE_GUARANTEES_RUNS=N` for more);
//! - a deliberately broken `tempfile` (`conformance/py/broken_tempfile.py`: no `O_EXCL`, no
//!   `O_NOFOLLOW`, modes ignored, inheritable descriptors) is caught by race-create,
//!   symlink-plants and modes;
//! - PyPy and RustPython when provisioned (skipped, with the reason printed, when not);
//! - `test_tempfile` on pytempfile: it runs to its end, and nothing fails.
//!
//! `PYTEMPFILE_GUARANTEES_MEASURE=cpython-3.10.13,pypy,...` with `--ignored` measures the named
//! implementations (`PYTEMPFILE_GUARANTEES_RUNS` exchange runs, default 1000; the suite too
//! unless `PYTEMPFILE_GUARANTEES_SUITE=0`) and prints the figures.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use conformance::impls::guarantees::{self, GuaranteeResults, SCENARIOS};
use conformance::impls::{Implementation, suite};

fn runs(default: u32) -> u32 {
    std::env::var("PYTEMPFILE_GUARANTEES_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn run(name: &str, attack_runs: u32) -> GuaranteeResults {
    let imp = Implementation::resolve(name).unwrap_or_else(|e| panic!("{e}"));
    let res = guarantees::run(
        &imp,
        attack_runs,
        guarantees::RUNS,
        Duration::from_secs(300),
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    println!("{name}:\n{}", res.summary());
    res
}

/// Every scenario ran, with its runs, and the side had no DAC override for the attack.
fn assert_all_ran(name: &str, res: &GuaranteeResults, attack_runs: u32) {
    for s in SCENARIOS {
        let r = res
            .scenarios
            .get(s)
            .unwrap_or_else(|| panic!("{name}: {s} did not run: {:?}", res.notes));
        assert!(r.runs > 0, "{name}: {s} made no run");
    }
    let ex = &res.scenarios["exchange"];
    assert_eq!(ex.runs, u64::from(attack_runs), "{name}: exchange runs");
    assert!(ex.exchanges > 0, "{name}: the attacker never exchanged");
    assert_eq!(
        res.scenarios["modes"].runs, 10,
        "{name}: modes: 5 APIs under 2 umasks"
    );
    assert!(
        !res.notes
            .iter()
            .any(|n| n.contains("failed") || n.contains("nothing from")),
        "{name}: {:?}",
        res.notes
    );
}

#[test]
fn pytempfile_keeps_every_guarantee() {
    let n = runs(20);
    let res = run("pytempfile", n);
    assert_all_ran("pytempfile", &res, n);
    let hello = res.hello.as_ref().unwrap();
    assert_eq!(hello["module"], "pytempfile", "{hello}");
    for (s, r) in &res.scenarios {
        assert_eq!(r.violations, 0, "pytempfile: {s}: {:?}", r.examples);
        assert_eq!(r.errors, 0, "pytempfile: {s}: {:?}", r.examples);
    }
    assert_eq!(res.scenarios["exchange"].left, 0);
}

#[test]
fn the_linked_cpython_runs_every_scenario() {
    let n = runs(20);
    let res = run("cpython-linked", n);
    assert_all_ran("cpython-linked", &res, n);
    assert_eq!(res.hello.as_ref().unwrap()["module"], "tempfile");
    // Whatever its cleanup does under the attack, creation keeps its guarantees.
    for s in ["race-create", "symlink-plants", "modes"] {
        let r = &res.scenarios[s];
        assert_eq!(
            r.violations + r.errors,
            0,
            "cpython-linked: {s}: {:?}",
            r.examples
        );
    }
}

#[test]
fn a_broken_tempfile_is_caught() {
    let pyside = conformance::impls::spec::pyside_path().unwrap_or_else(|e| panic!("{e}"));
    let broken = conformance::impls::spec::workspace().join("conformance/py/broken_tempfile.py");
    let spec = format!(
        "broken={} --module tempfile --script {}",
        pyside.display(),
        broken.display()
    );
    let imp = Implementation::resolve(&spec).unwrap();
    let res = guarantees::run_scenarios(
        &imp,
        &["race-create", "symlink-plants", "modes"],
        0,
        10,
        Duration::from_secs(300),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    println!("broken:\n{}", res.summary());
    for s in ["race-create", "symlink-plants", "modes"] {
        let r = &res.scenarios[s];
        assert!(
            r.violations > 0,
            "broken: {s} caught nothing: {:?}",
            r.examples
        );
    }
    let modes = &res.scenarios["modes"];
    for what in [
        "mode 644, not 600",
        "mode 755, not 700",
        "os.get_inheritable(fd) is True",
    ] {
        assert!(
            modes.examples.keys().any(|k| k.contains(what)),
            "broken: modes: no {what:?} in {:?}",
            modes.examples
        );
    }
    assert!(
        res.scenarios["symlink-plants"]
            .examples
            .keys()
            .any(|k| k.contains("<victims>/file changed")),
        "broken: the victim file written through a symlink was not seen: {:?}",
        res.scenarios["symlink-plants"].examples
    );
}

#[test]
fn other_implementations_when_present() {
    for name in ["pypy", "rustpython"] {
        let imp = match Implementation::resolve(name) {
            Ok(i) => i,
            Err(e) => {
                println!("{name}: skipped: {e}");
                continue;
            }
        };
        let n = runs(20);
        let res = guarantees::run(&imp, n, guarantees::RUNS, Duration::from_secs(600))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        println!("{name}:\n{}", res.summary());
        assert_all_ran(name, &res, n);
        assert_eq!(
            res.hello.as_ref().unwrap()["implementation"],
            name,
            "{name}: {:?}",
            res.hello
        );
        let s = suite::run(&imp).unwrap_or_else(|e| panic!("{name}: test_tempfile: {e}"));
        println!(
            "{name}: test_tempfile {:?} {:?} ({})",
            s.counts, s.failures, s.source
        );
        assert!(s.counts.0 >= 90, "{name}: test_tempfile: {s:?}");
        assert_eq!(
            usize::try_from(s.counts.1).unwrap_or(usize::MAX),
            s.failures.len(),
            "{name}: each failure listed"
        );
    }
}

#[test]
fn test_tempfile_passes_on_pytempfile() {
    let imp = Implementation::resolve("pytempfile").unwrap_or_else(|e| panic!("{e}"));
    let res = suite::run(&imp).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "pytempfile: test_tempfile {:?} {:?}",
        res.counts, res.failures
    );
    let (passed, failed, _skipped) = res.counts;
    assert!(passed >= 90, "{res:?}");
    assert_eq!(failed, 0, "{:?}", res.failures);
}

/// `PYTEMPFILE_GUARANTEES_MEASURE=a,b,c cargo test -p conformance --test guarantees -- measure
/// --ignored --nocapture`
#[test]
#[ignore = "a measurement: name the implementations in PYTEMPFILE_GUARANTEES_MEASURE"]
fn measure() {
    let names = std::env::var("PYTEMPFILE_GUARANTEES_MEASURE").unwrap_or_default();
    let with_suite = std::env::var("PYTEMPFILE_GUARANTEES_SUITE").as_deref() != Ok("0");
    let n = runs(1000);
    for name in names.split(',').filter(|s| !s.is_empty()) {
        let imp = match Implementation::resolve(name) {
            Ok(i) => i,
            Err(e) => {
                println!("== {name}: skipped: {e}");
                continue;
            }
        };
        match guarantees::run(&imp, n, guarantees::RUNS, Duration::from_secs(600)) {
            Ok(res) => {
                println!(
                    "== {name} guarantees ({n} exchange runs):\n{}",
                    res.summary()
                );
                if let Some(h) = &res.hello {
                    println!("  hello: {h}");
                }
            }
            Err(e) => println!("== {name} guarantees: error: {e}"),
        }
        if with_suite {
            match suite::run(&imp) {
                Ok(s) => {
                    println!(
                        "== {name} test_tempfile: passed {} failed {} skipped {} ({:.0} s; {})",
                        s.counts.0, s.counts.1, s.counts.2, s.seconds, s.source
                    );
                    for f in &s.failures {
                        println!("  {f}");
                    }
                }
                Err(e) => println!("== {name} test_tempfile: error: {e}"),
            }
        }
    }
}

#[test]
fn a_silent_side_is_an_error_not_a_hang() {
    // `bash -c read` reads its standard input, which the harness keeps open: no hello ever.
    let imp = Implementation::resolve("silent=bash -c read").unwrap();
    let start = std::time::Instant::now();
    let err = guarantees::run(&imp, 5, guarantees::RUNS, Duration::from_secs(2)).unwrap_err();
    assert!(err.contains("nothing from the side within"), "{err}");
    assert!(start.elapsed() < Duration::from_secs(30), "{err}");
    // A side that exits at once: its own words are in the error.
    let imp = Implementation::resolve("gone=bash -c exit").unwrap();
    let err = guarantees::run(&imp, 5, guarantees::RUNS, Duration::from_secs(20)).unwrap_err();
    assert!(err.contains("closed its output"), "{err}");
}
