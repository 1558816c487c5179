//! Stable replay of the `race_create` fuzz target: the committed corpus and crash inputs, then
//! a fixed sequence of pseudo-random inputs, through the same decoding and invariants as the
//! libFuzzer binary. (One test per binary: the process-wide descriptor count is checked.)

#[test]
fn race_create_replay() {
    let n = fuzzlib::replay("race_create", 300);
    eprintln!("race_create: {n} inputs");
}
