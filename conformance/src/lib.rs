//! # conformance: pytempfile against CPython's own `tempfile`
//!
//! Differential testing: random operation sequences ([`machine`]) run through CPython's real
//! `tempfile` (embedded with pyo3, [`py_side`]) and through pytempfile ([`rust_side`]), each in
//! its own sandbox ([`sandbox`]); [`harness::Pair`] compares everything a user could observe
//! after every operation.

#![warn(missing_docs)]

pub mod differential;
pub mod harness;
pub mod impls;
pub mod locales;
pub mod machine;
pub mod py_side;
pub mod pylevel;
pub mod rust_side;
pub mod sandbox;
pub mod suite;

pub use harness::Pair;
pub use machine::{Machine, Model, Step};
