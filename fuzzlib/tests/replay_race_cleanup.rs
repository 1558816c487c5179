//! Stable replay of the `race_cleanup` fuzz target: the committed corpus and crash inputs, then
//! a fixed sequence of pseudo-random inputs, through the same decoding and invariants as the
//! libFuzzer binary; once as root (permission bits do not apply) and once in a forked child
//! without `CAP_DAC_OVERRIDE` (they do, so the permission-reset paths run), as the fuzz binary
//! runs. One test per binary: the process-wide descriptor count is checked, and the fork is
//! safe.
#![allow(clippy::unwrap_used)]

#[test]
fn race_cleanup_replay() {
    // The "confined to renames" invariant must be exercised by the committed inputs.
    let confined = fuzzlib::committed_inputs("race_cleanup")
        .iter()
        .filter_map(|p| fuzzlib::race_cleanup::Scenario::decode(&std::fs::read(p).unwrap()))
        .filter(|sc| sc.is_confined() && !sc.nodes.is_empty())
        .count();
    eprintln!("race_cleanup: {confined} committed inputs attack with renames only");
    assert!(
        confined > 0,
        "no committed input exercises the confined-attack invariant"
    );
    let n = fuzzlib::replay("race_cleanup", 300);
    eprintln!("race_cleanup as root: {n} inputs");
    let code = pytempfile::os::fork_wait(|| {
        fuzzlib::race_cleanup::drop_privileges_once();
        fuzzlib::replay("race_cleanup", 300);
        0
    })
    .unwrap();
    assert_eq!(
        code, 0,
        "race_cleanup replay without CAP_DAC_OVERRIDE failed"
    );
}
