//! Stable replay of the `faults` fuzz target: the committed corpus and crash inputs, then a
//! fixed sequence of pseudo-random inputs, through the same decoding and invariants as the
//! libFuzzer binary. (One test per binary: the process-wide descriptor count is checked.)

#[test]
fn faults_replay() {
    let n = fuzzlib::replay("faults", 400);
    eprintln!("faults: {n} inputs");
}
