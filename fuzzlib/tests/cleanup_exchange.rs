//! Issue 14: `TemporaryDirectory` cleanup converges while another process exchanges a
//! directory and a symlink inside the tree (`fuzzlib::exchange`): 0 escapes, 0 errors, the
//! tree gone, in every release mode.
//!
//! The cleanup runs in a forked child without `CAP_DAC_OVERRIDE` (so `sub/`'s mode 0500
//! applies and the permission reset runs), with an `alarm` bounding its time; the attacker is
//! a separate forked process. 200 runs by default (about a second);
//! `PYTEMPFILE_EXCHANGE_RUNS=N` for a longer count.
#![allow(clippy::unwrap_used)]

use std::io::Read as _;

#[test]
fn cleanup_converges_under_the_exchange_attack() {
    let runs: usize = std::env::var("PYTEMPFILE_EXCHANGE_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let report = std::env::temp_dir().join(format!("exchange-report-{}", std::process::id()));
    let report2 = report.clone();
    let code = pytempfile::os::fork_wait(move || {
        // A hang is a failure: SIGALRM's default action ends the child (exit status 142).
        // SAFETY: alarm has no preconditions.
        unsafe { libc::alarm(u32::try_from(60 + runs / 10).unwrap_or(u32::MAX)) };
        let held = pytempfile::os::drop_dac_override().unwrap();
        let t = fuzzlib::exchange::run_crate(runs);
        let mut out = format!("{} dac_dropped={held}\n", t.line());
        for e in &t.examples {
            out.push_str(&format!("  {e}\n"));
        }
        std::fs::write(&report2, out).unwrap();
        0
    })
    .unwrap();
    let mut text = String::new();
    if let Ok(mut f) = std::fs::File::open(&report) {
        f.read_to_string(&mut text).unwrap();
    }
    let _ = std::fs::remove_file(&report);
    println!("exchange attack, crate: {text}");
    assert_eq!(code, 0, "the cleanup child failed or hung (status {code})");
    let field = |k: &str| -> u64 {
        text.split_whitespace()
            .find_map(|w| w.strip_prefix(k))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {k} in {text:?}"))
    };
    assert_eq!(field("runs="), runs as u64);
    assert!(field("exchanges=") > 0, "the attacker never exchanged");
    assert_eq!(field("escapes="), 0, "{text}");
    assert_eq!(field("errors="), 0, "{text}");
    assert_eq!(field("left="), 0, "{text}");
}
