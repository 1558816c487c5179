//! The harness must be able to fail: each planted fault in pytempfile (a deliberate bug, see
//! `pytempfile::planted`) must make the differential run fail, and the failure must shrink to
//! a short sequence that passes once the fault is removed (so the fault, not something else,
//! is what was caught).
//!
//! One test in this binary: the harness owns the process's cwd and the embedded interpreter.
#![allow(clippy::unwrap_used)]

use std::sync::atomic::Ordering;
use std::time::Instant;

use conformance::{Machine, Pair, Step};
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};
use proptest_state_machine::ReferenceStateMachine;
use pytempfile::PyVersion;
use pytempfile::planted::PlantedFault;

/// Longest acceptable shrunk sequence.
const MAX_MINIMAL: usize = 8;

fn run(pair: &mut Pair, steps: &[Step]) -> Result<(), String> {
    for s in steps {
        pair.step(&s.op, &s.names)?;
    }
    Ok(())
}

/// Faults that cannot show with the linked CPython, and why.
fn not_applicable(fault: PlantedFault, version: PyVersion) -> Option<&'static str> {
    match fault {
        PlantedFault::DeleteOnCloseIgnored if !version.at_least(PyVersion::V3_12) => {
            Some("NamedTemporaryFile has no delete_on_close before CPython 3.12")
        }
        _ => None,
    }
}

#[test]
fn every_planted_fault_is_caught_and_shrunk() {
    let version = conformance::harness::linked_version().unwrap();
    let mut report = Vec::new();
    let mut missed = Vec::new();
    for fault in PlantedFault::ALL {
        if let Some(why) = not_applicable(fault, version) {
            report.push(format!(
                "{fault:?}: not applicable on CPython {version}: {why}"
            ));
            continue;
        }
        let start = Instant::now();
        let config = Config {
            cases: 3000,
            max_shrink_iters: 2000,
            failure_persistence: None,
            ..Config::default()
        };
        let mut runner = TestRunner::new(config);
        let strategy = Machine::sequential_strategy(1..30);
        let result = runner.run(&strategy, |(_, steps, seen)| {
            let mut pair = Pair::with_fault(fault).map_err(TestCaseError::fail)?;
            for s in &steps {
                if let Some(seen) = &seen {
                    seen.fetch_add(1, Ordering::SeqCst);
                }
                pair.step(&s.op, &s.names).map_err(TestCaseError::fail)?;
            }
            Ok(())
        });
        let elapsed = start.elapsed().as_secs_f64();
        match result {
            Err(TestError::Fail(_, (_, steps, _))) => {
                // Replay the shrunk sequence with the fault (its difference is the report) and
                // without it (it must pass: the fault, not something else, was caught).
                let with = run(&mut Pair::with_fault(fault).unwrap(), &steps)
                    .err()
                    .unwrap_or_default();
                let clean = run(&mut Pair::new().unwrap(), &steps);
                let line = format!(
                    "{fault:?}: caught in {elapsed:.1}s, shrunk to {} steps, clean run {}; {}",
                    steps.len(),
                    if clean.is_ok() { "passes" } else { "FAILS" },
                    with.lines().take(4).collect::<Vec<_>>().join(" | ")
                );
                if clean.is_err() || steps.len() > MAX_MINIMAL {
                    let json = serde_json::to_string(&steps).unwrap_or_default();
                    missed.push(format!(
                        "{line}\n{}\nsequence (JSON): {json}",
                        clean.err().unwrap_or_default()
                    ));
                }
                report.push(line);
            }
            other => {
                let line = format!("{fault:?}: NOT caught after {elapsed:.1}s ({other:?})");
                missed.push(line.clone());
                report.push(line);
            }
        }
    }
    println!("planted faults against CPython {version}:");
    for l in &report {
        println!("  {l}");
    }
    assert!(
        missed.is_empty(),
        "planted faults not caught cleanly:\n{}",
        missed.join("\n")
    );
}
