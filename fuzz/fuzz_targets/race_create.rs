//! `race_create`: see `fuzzlib::race_create` for the scenario and its invariants. The same entry point is
//! replayed on stable by `fuzzlib/tests/replay_race_create.rs`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzzlib::race_create::run(data));
