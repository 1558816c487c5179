//! # One harness for every implementation of `tempfile`
//!
//! The Python-level differential's observations, made by a driver any Python 3.10+
//! implementation can run on its own `tempfile` (`conformance/py/pydiff.py`, `serve`: standard
//! library only), compared between two implementations run as processes: CPython release
//! against release, PyPy and RustPython against the CPython of their language version,
//! pytempfile against its own release.
//!
//! - [`spec`]: which implementations there are and how each is started;
//! - [`side`]: one implementation as a process, speaking the driver's line protocol;
//! - [`rules`]: what explains a difference (named normalizations, findings with reproducers,
//!   the version model's behaviours), loaded from `conformance/implementations/`;
//! - [`pair`]: the same generated sequences on a reference and an implementation under test;
//! - [`guarantees`], [`suite`]: the attack and race scenarios, and CPython's `test_tempfile`,
//!   in the implementation as a process;
//! - [`column`](mod@column): one implementation's pair, guarantees and suite; [`matrix`]: the columns as
//!   one report, every difference explained; [`cli`]: the command's options.
//!
//! Kept cases (`conformance/impl-regressions/`) are replayed by `tests/implementations.rs`.

pub mod cli;
pub mod column;
pub mod guarantees;
pub mod matrix;
pub mod pair;
pub mod rules;
pub mod side;
pub mod spec;
pub mod suite;

pub use pair::{Class, Pair, PairConfig, PairResult};
pub use rules::Rules;
pub use side::Side;
pub use spec::{Implementation, Kind};
