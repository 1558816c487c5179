//! `faults`: see `fuzzlib::faults` for the scenario and its invariants. The same entry point is
//! replayed on stable by `fuzzlib/tests/replay_faults.rs`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzzlib::faults::run(data));
