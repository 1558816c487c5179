//! Stable replay of the `race_cleanup` fuzz target: the committed corpus and crash inputs, then
//! a fixed sequence of pseudo-random inputs, through the same decoding and invariants as the
//! libFuzzer binary; once as root (permission bits do not apply) and once in a forked child
//! without `CAP_DAC_OVERRIDE` (they do, so the permission-reset paths run), as the fuzz binary
//! runs. One test per binary: the process-wide descriptor count is checked, and the fork is
//! safe.
#![allow(clippy::unwrap_used)]

#[test]
fn race_cleanup_replay() {
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
