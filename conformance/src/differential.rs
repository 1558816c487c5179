//! The differential run as a library function (the report binary's counterpart of
//! `tests/differential.rs`): `cases` random sequences of the reference machine, each step run
//! on both sides and compared, with per-operation counts and, on a divergence, the shrunk
//! sequence.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, PoisonError};

use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};
use proptest_state_machine::ReferenceStateMachine;
use pyref::model::Op;

use crate::{Machine, Pair, Step};

/// The row of the report an operation counts under.
pub fn row_of(op: &Op) -> &'static str {
    match op {
        Op::SetEnv { .. }
        | Op::SetTempdir { .. }
        | Op::SetTemplate { .. }
        | Op::SetTmpMax { .. } => "module globals (TMPDIR/TEMP/TMP, tempdir, template, TMP_MAX)",
        Op::Plant { .. } | Op::ChangeDir { .. } | Op::UnlinkName { .. } => {
            "planted entries and tree changes"
        }
        Op::Gettempdir | Op::Gettempdirb | Op::Gettempprefix | Op::Gettempprefixb => {
            "gettempdir, gettempdirb, gettempprefix, gettempprefixb"
        }
        Op::Mkstemp { .. } => "mkstemp",
        Op::Mkdtemp { .. } => "mkdtemp",
        Op::Mktemp { .. } => "mktemp",
        Op::Named { .. } => "NamedTemporaryFile creation",
        Op::Unnamed { .. } => "TemporaryFile creation",
        Op::Spooled { .. } => "SpooledTemporaryFile creation",
        Op::Directory { .. } => "TemporaryDirectory creation",
        Op::Write { .. } | Op::Writelines { .. } => "write, writelines (incl. spool rollover)",
        Op::Read { .. } | Op::Readline { .. } => "read, readline",
        Op::Seek { .. } | Op::Tell { .. } | Op::Truncate { .. } => "seek, tell, truncate",
        Op::Flush { .. } | Op::Fileno { .. } | Op::Rollover { .. } => "flush, fileno, rollover",
        Op::Close { .. } | Op::Exit { .. } | Op::Drop { .. } => {
            "close, exit, drop (deletion rules, finalizers)"
        }
        Op::Cleanup { .. } => "TemporaryDirectory cleanup",
        Op::Props { .. } => "attributes (class, mode, name, closed, encoding, newlines)",
    }
}

/// What a differential run found.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Sequences run.
    pub cases: u32,
    /// Operations compared, per report row.
    pub compared: BTreeMap<&'static str, u64>,
    /// The first divergence, shrunk: its description and the sequence as JSON.
    pub divergence: Option<(String, String)>,
}

/// Run `cases` sequences of up to 30 steps; `progress(done)` is called after each sequence.
pub fn run(cases: u32, progress: impl FnMut(u32)) -> Summary {
    let progress = std::cell::RefCell::new(progress);
    let counts: Arc<Mutex<BTreeMap<&'static str, u64>>> = Arc::default();
    let done = Arc::new(std::sync::atomic::AtomicU32::new(0));
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let strategy = Machine::sequential_strategy(1..30);
    let c = counts.clone();
    let d = done.clone();
    let result = runner.run(&strategy, |(_, steps, seen)| {
        let mut pair = Pair::new().map_err(TestCaseError::fail)?;
        for s in &steps {
            if let Some(seen) = &seen {
                seen.fetch_add(1, Ordering::SeqCst);
            }
            pair.step(&s.op, &s.names).map_err(TestCaseError::fail)?;
            *c.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(row_of(&s.op))
                .or_default() += 1;
        }
        let n = d.fetch_add(1, Ordering::Relaxed) + 1;
        if n % 16 == 0 || n == cases {
            (progress.borrow_mut())(n.min(cases));
        }
        Ok(())
    });
    let divergence = match result {
        Err(TestError::Fail(reason, (_, steps, _))) => {
            let json = serde_json::to_string::<Vec<Step>>(&steps).unwrap_or_default();
            Some((reason.message().to_string(), json))
        }
        Err(TestError::Abort(reason)) => {
            Some((format!("aborted: {}", reason.message()), String::new()))
        }
        Ok(()) => None,
    };
    let compared = counts
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    Summary {
        cases: done.load(Ordering::Relaxed).min(cases),
        compared,
        divergence,
    }
}
