//! `race_cleanup`: see `fuzzlib::race_cleanup` for the scenario and its invariants. The same
//! entry point is replayed on stable by `fuzzlib/tests/replay_race_cleanup.rs`.
#![no_main]

libfuzzer_sys::fuzz_target!(
    // Permission bits must apply (root ignores them): drop CAP_DAC_OVERRIDE first.
    init: { fuzzlib::race_cleanup::drop_privileges_once() },
    |data: &[u8]| fuzzlib::race_cleanup::run(data)
);
