//! `spool_model`: see `fuzzlib::spool_model` for the scenario and its invariants. The same entry point is
//! replayed on stable by `fuzzlib/tests/replay_spool_model.rs`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzzlib::spool_model::run(data));
