//! Issue 14's comparison: `TemporaryDirectory` cleanup while another process exchanges a
//! directory (`sub/`, mode 0500, 40 files) and a symlink to an outside directory inside the tree
//! (`renameat2(RENAME_EXCHANGE)` in a tight loop). Runs / escapes / errors for the crate, the
//! standard `tempfile` of the linked CPython and the `pytempfile` Python module in the same
//! interpreter, all without `CAP_DAC_OVERRIDE`.
//!
//! ```sh
//! PYO3_PYTHON=$(pyenv root)/versions/3.13.0/bin/python3 CARGO_TARGET_DIR=target/py3.13 \
//!     cargo run --release -p conformance --example exchange_cleanup -- --runs 1000
//! bash scripts/cpython-root.sh run --python 3.15 -- \
//!     cargo run --release -p conformance --example exchange_cleanup -- --runs 1000
//! ```
//!
//! The crate side is `fuzzlib::exchange::run_crate` (every release mode in turn, in a forked
//! child); the Python side is `fuzz/cpython/exchange_cleanup.py`'s `run(module, runs)`.
#![allow(clippy::unwrap_used)]

use pyo3::prelude::*;
use pyo3::types::PyDict;

fn main() {
    let mut runs = 1000usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(runs),
            other => {
                eprintln!("usage: exchange_cleanup [--runs N] (unknown argument {other})");
                std::process::exit(2);
            }
        }
    }
    // The crate, in a child that drops CAP_DAC_OVERRIDE (before Python starts: fork is safe).
    let report = std::env::temp_dir().join(format!("exchange-crate-{}", std::process::id()));
    let report2 = report.clone();
    let code = pytempfile::os::fork_wait(move || {
        let held = pytempfile::os::drop_dac_override().unwrap();
        let t = fuzzlib::exchange::run_crate(runs);
        let mut out = format!("RESULT module=crate {} dac_dropped={held}\n", t.line());
        for e in &t.examples {
            out.push_str(&format!("  {e}\n"));
        }
        std::fs::write(&report2, out).unwrap();
        0
    })
    .unwrap();
    print!("{}", std::fs::read_to_string(&report).unwrap_or_default());
    let _ = std::fs::remove_file(&report);
    assert_eq!(code, 0, "the crate's child failed");

    Python::initialize();
    Python::attach(|py| -> PyResult<()> {
        pytempfile_python::install(py)?;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fuzz/cpython");
        py.import("sys")?
            .getattr("path")?
            .call_method1("insert", (0, dir))?;
        let script = py.import("exchange_cleanup")?;
        for module in ["tempfile", "pytempfile"] {
            let res = script.getattr("run")?.call1((module, runs))?;
            let line: String = script.getattr("line")?.call1((&res,))?.extract()?;
            println!("{line}");
            let kinds = res.get_item("error_kinds")?.cast_into::<PyDict>()?;
            for (k, n) in kinds.iter() {
                println!("  {:5}  {}", n.extract::<usize>()?, k.extract::<String>()?);
            }
        }
        Ok(())
    })
    .unwrap_or_else(|e| panic!("the Python side failed: {e}"));
}
