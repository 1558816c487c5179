//! The guarantees, per implementation: the race and attack scenarios run against the
//! implementation's own `tempfile`. (Filled in by the guarantees drivers.)

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::spec::Implementation;

/// One scenario's counts.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ScenarioResult {
    /// Runs made.
    pub runs: u64,
    /// Runs where the guarantee broke (an escape, a path won twice, a plant followed, a
    /// wrong mode).
    pub violations: u64,
    /// Runs where the operation raised (an error, not a broken guarantee).
    pub errors: u64,
    /// What broke or was raised, with counts (the first few kinds).
    pub examples: BTreeMap<String, u64>,
}

/// Every scenario's results, by scenario name.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GuaranteeResults {
    /// By scenario (`exchange`, `race-create`, `symlink-plants`, `modes`).
    pub scenarios: BTreeMap<String, ScenarioResult>,
    /// Scenarios that could not run, and why.
    pub notes: Vec<String>,
}

/// Run every scenario against `implementation`.
pub fn run(
    _implementation: &Implementation,
    _attack_runs: u32,
    _timeout: Duration,
) -> Result<GuaranteeResults, String> {
    Err("not implemented yet".into())
}
