//! The Python-level differential (docs/conformance.md): generated operation sequences
//! run through the standard `tempfile` and the embedded `pytempfile` in one interpreter, every
//! observation compared. First the kept regressions (`conformance/py-regressions/*.json`), then
//! `PROPTEST_CASES` (default 96) new sequences of up to `PYDIFF_LEN` (default 40) operations.
//! A divergence fails with the shrunk case as JSON.
//!
//! One test in this binary: the driver changes the process's working directory, environment
//! and garbage-collector state while a case runs.
#![allow(clippy::unwrap_used)]

use conformance::pylevel::{self, Driver};

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn pytempfile_module_matches_the_standard_module() {
    let driver = Driver::new().unwrap_or_else(|e| panic!("cannot start the driver: {e}"));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("py-regressions");
    let kept = pylevel::regression_files(&dir).unwrap();
    let mut failures = Vec::new();
    for (path, case) in &kept {
        let out = driver.run(case).unwrap();
        if let Some(d) = Driver::describe(case, &out) {
            failures.push(format!("{}: {d}", path.display()));
        }
    }
    println!(
        "CPython {}: {} kept regression cases replayed, {} diverge",
        driver.version(),
        kept.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let cases = u32::try_from(env_num("PROPTEST_CASES", 96)).unwrap_or(96);
    let len = usize::try_from(env_num("PYDIFF_LEN", 40)).unwrap_or(40);
    let start = std::time::Instant::now();
    let summary = pylevel::run(&driver, cases, len, |n| {
        if n % 500 == 0 {
            eprintln!("  {n}/{cases} sequences ({:.0?})", start.elapsed());
        }
    })
    .unwrap();
    let compared: u64 = summary.rows.values().map(|r| r.0).sum();
    let differed: u64 = summary.rows.values().map(|r| r.1).sum();
    println!(
        "CPython {}: {} sequences, {compared} operations compared, {differed} differ ({:.1} min)",
        driver.version(),
        summary.cases,
        start.elapsed().as_secs_f64() / 60.0
    );
    for (row, (c, d)) in &summary.rows {
        println!("  {row}: {c} compared, {d} differ");
    }
    for (kind, (n, example)) in &summary.kinds {
        println!("  divergence kind ({n} cases): {kind}");
        if std::env::var_os("PYDIFF_EXAMPLES").is_some() {
            println!("{example}");
        }
    }
    if let Some((description, _)) = &summary.divergence {
        panic!("{description}");
    }
}
