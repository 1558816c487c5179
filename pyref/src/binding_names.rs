//! `pytempfile._RandomNameSequence`: CPython's class, drawing from pytempfile's generator
//! (ChaCha8 per thread, re-seeded after fork, no system call per name).

use pyo3::prelude::*;
use pytempfile::names::CHARACTERS;

/// CPython's `_RandomNameSequence`: an endless iterator of 8-character names.
#[pyclass(name = "_RandomNameSequence", module = "pytempfile")]
#[derive(Default)]
pub struct RandomNameSequence;

#[pymethods]
impl RandomNameSequence {
    #[new]
    fn new() -> Self {
        RandomNameSequence
    }

    /// The alphabet (`characters` class attribute).
    #[classattr]
    fn characters() -> String {
        String::from_utf8_lossy(CHARACTERS).into_owned()
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self) -> String {
        // The characters are ASCII.
        pytempfile::RandomNameSequence
            .next_array()
            .iter()
            .map(|&b| char::from(b))
            .collect()
    }
}
