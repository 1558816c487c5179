//! Stable replay of the `spool_model` fuzz target: the committed corpus and crash inputs, then
//! a fixed sequence of pseudo-random inputs, through the same decoding and model as the
//! libFuzzer binary. (One test per binary: the process-wide descriptor count is checked.)

#[test]
fn spool_model_replay() {
    let n = fuzzlib::replay("spool_model", 400);
    eprintln!("spool_model: {n} inputs");
}
