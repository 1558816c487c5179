//! Differential state-machine test: pytempfile and the linked CPython's `tempfile` must do the
//! same thing for every generated sequence. `PROPTEST_CASES` sets the number of sequences.
//!
//! One test in this binary on purpose: the harness changes the process's working directory
//! and drives the single embedded interpreter.
#![allow(clippy::unwrap_used)]

use conformance::{Machine, Model, Pair, Step};
use proptest::prelude::*;
use proptest_state_machine::{StateMachineTest, prop_state_machine};

struct Differential;

impl StateMachineTest for Differential {
    type SystemUnderTest = Pair;
    type Reference = Machine;

    fn init_test(_state: &Model) -> Pair {
        Pair::new().unwrap()
    }

    fn apply(mut pair: Pair, _state: &Model, step: Step) -> Pair {
        let json = serde_json::to_string(&step).unwrap_or_default();
        pair.record(json);
        if let Err(diff) = pair.step(&step.op, &step.names) {
            // The sequence so far, as JSON: save it under conformance/regressions/ to keep it.
            panic!("{diff}\nsequence (JSON): [{}]", pair.recorded().join(","));
        }
        pair
    }
}

prop_state_machine! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256),
        max_shrink_iters: 4096,
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
            concat!(env!("CARGO_MANIFEST_DIR"), "/proptest-regressions/differential.txt"),
        ))),
        .. ProptestConfig::default()
    })]

    #[test]
    fn pytempfile_matches_cpython(sequential 1..30 => Differential);
}
