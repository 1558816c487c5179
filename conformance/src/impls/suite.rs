//! CPython's own `test_tempfile`, per implementation. (Filled in by the suite runner.)

use serde::{Deserialize, Serialize};

use super::spec::Implementation;

/// A suite run's counts.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SuiteResult {
    /// Which test file ran (the implementation's own, or CPython's for RustPython).
    pub source: String,
    /// Tests passed, failed (errors included), skipped.
    pub counts: (u64, u64, u64),
    /// The failing tests, with their first error line.
    pub failures: Vec<String>,
}

/// Run `test_tempfile` on `implementation`.
pub fn run(_implementation: &Implementation) -> Result<SuiteResult, String> {
    Err("not implemented yet".into())
}
