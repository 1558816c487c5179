//! Replays the minimized divergences kept in `conformance/regressions/*.json` (each a JSON
//! array of steps, as printed by the differential test on failure): every one that was fixed
//! must stay fixed. One test in this binary: the harness owns the process's cwd.
#![allow(clippy::unwrap_used)]

use conformance::{Machine, Pair, Step};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use proptest_state_machine::ReferenceStateMachine;

#[test]
fn kept_regressions_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut skipped = 0;
    for file in &files {
        let steps: Vec<Step> =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        // A sequence outside the model for the linked CPython (a deliberate divergence of
        // this version, see conformance::machine) is not replayed on it.
        let mut model = Machine::init_state()
            .new_tree(&mut TestRunner::default())
            .unwrap()
            .current();
        let outside = steps.iter().position(|s| {
            let ok = Machine::preconditions(&model, s);
            model = Machine::apply(model.clone(), s);
            !ok
        });
        if let Some(i) = outside {
            println!(
                "skipped on this CPython: {}: step {i} is outside the model",
                file.display()
            );
            skipped += 1;
            continue;
        }
        let mut pair = Pair::new().unwrap();
        for (i, step) in steps.iter().enumerate() {
            if let Err(diff) = pair.step(&step.op, &step.names) {
                failures.push(format!("{}: step {i}: {diff}", file.display()));
                break;
            }
        }
    }
    println!(
        "{} regression sequences replayed, {skipped} outside the model here",
        files.len() - skipped
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
