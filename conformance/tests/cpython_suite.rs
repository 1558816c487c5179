//! CPython's own test suite against pytempfile (see `conformance::suite`): prints one line
//! per test and ends with `N passed, N failed, N skipped`. Fails if a test that passes on
//! CPython does not pass on pytempfile.
//!
//! `PYTEMPFILE_DROP_DAC=1` first drops root's `CAP_DAC_OVERRIDE`/`CAP_DAC_READ_SEARCH`, so the
//! read-only-directory tests run instead of skipping.
//!
//! `harness = false`: one process, one thread, so the suite's `fork()` tests are safe.

use std::process::ExitCode;

use conformance::suite::{self, NOT_APPLICABLE, SuiteRun};
use pyo3::prelude::*;

fn main() -> ExitCode {
    if std::env::var_os("PYTEMPFILE_DROP_DAC").is_some() {
        match pytempfile::os::drop_dac_override() {
            Ok(held) => {
                println!("CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped (held before: {held})")
            }
            Err(e) => {
                eprintln!("cannot drop CAP_DAC_OVERRIDE: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    Python::initialize();
    let run = match Python::attach(|py| suite::run(py).inspect_err(|e| e.print(py))) {
        Ok(r) => r,
        Err(_) => return ExitCode::FAILURE,
    };
    println!("CPython {}", run.version);
    let (p, f, s) = SuiteRun::counts(&run.baseline, 0);
    println!("== CPython's tempfile (baseline)\n{p} passed, {f} failed, {s} skipped");
    println!("== pytempfile");
    for (name, status, detail) in &run.pytempfile {
        match status.as_str() {
            "pass" => println!("PASS  {name}"),
            "skip" => println!("SKIP  {name}: {detail}"),
            _ => println!("FAIL  {name}\n{detail}"),
        }
    }
    for (name, why) in NOT_APPLICABLE {
        if run.baseline.iter().any(|(n, _, _)| n.ends_with(name)) {
            println!("N/A   {name}: {why}");
        }
    }
    let (p, f, s) = SuiteRun::counts(&run.pytempfile, run.not_applicable_here());
    println!("{p} passed, {f} failed, {s} skipped");
    if f > 0 {
        println!(
            "tests that pass on CPython but fail on pytempfile: {}",
            run.regressions().join(", ")
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
