//! The name source of the Python module's `_RandomNameSequence` (CPython's
//! `tempfile._RandomNameSequence`, a Python class there and here).
//!
//! The class is defined in Python so that it has the standard module's object model: it can
//! be subclassed, `characters` can be assigned on the class or an instance, `rng` is a
//! `random.Random` per process. Names come from pytempfile's generator (ChaCha8 per thread,
//! re-seeded after fork, no system call per name) only while a sequence is *plain*: its type
//! is the module's own class and neither `characters`, `rng` nor `__next__` has been replaced
//! on the class or shadowed on the instance. Any other sequence draws its names the way
//! CPython does, through `rng.choices(characters, k=8)`, in Python.
//!
//! The originals are recorded by the module in its global `_plain_names` (class, alphabet,
//! `rng` property, `__next__` function), so that a reloaded module compares with its own.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

/// Whether `seq` is a plain `_RandomNameSequence` of the module whose globals are `g`.
pub(crate) fn is_plain(g: &Bound<'_, PyDict>, seq: &Bound<'_, PyAny>) -> PyResult<bool> {
    let py = g.py();
    let Some(rec) = g.get_item(intern!(py, "_plain_names"))? else {
        return Ok(false);
    };
    let rec = rec.cast_into::<PyTuple>()?;
    let cls = rec.get_item(0)?;
    let ty = seq.get_type();
    if !ty.is(&cls) {
        return Ok(false);
    }
    if !ty.getattr(intern!(py, "characters"))?.is(&rec.get_item(1)?)
        || !ty.getattr(intern!(py, "rng"))?.is(&rec.get_item(2)?)
        || !ty.getattr(intern!(py, "__next__"))?.is(&rec.get_item(3)?)
    {
        return Ok(false);
    }
    match seq.getattr(intern!(py, "__dict__")) {
        Ok(d) => Ok(!d
            .cast_into::<PyDict>()?
            .contains(intern!(py, "characters"))?),
        Err(_) => Ok(true),
    }
}

/// Whether the module's `_get_candidate_names()` would hand out plain names: the function is
/// the module's own and its sequence (the one made, or the class that will make it) is plain.
pub(crate) fn candidate_names_are_plain(g: &Bound<'_, PyDict>) -> PyResult<bool> {
    let py = g.py();
    let (Some(f), Some(orig)) = (
        g.get_item(intern!(py, "_get_candidate_names"))?,
        g.get_item(intern!(py, "_original_get_candidate_names"))?,
    ) else {
        return Ok(true);
    };
    if !f.is(&orig) {
        return Ok(false);
    }
    match g.get_item(intern!(py, "_name_sequence"))? {
        Some(seq) if !seq.is_none() => is_plain(g, &seq),
        _ => {
            let (Some(cls), Some(rec)) = (
                g.get_item(intern!(py, "_RandomNameSequence"))?,
                g.get_item(intern!(py, "_plain_names"))?,
            ) else {
                return Ok(false);
            };
            Ok(cls.is(&rec.cast_into::<PyTuple>()?.get_item(0)?))
        }
    }
}

/// `_native.next_name(g, seq)`: the next name of a plain sequence, or `None` when `seq` is
/// not plain (the caller then draws the name as CPython does).
#[pyfunction]
pub(crate) fn next_name(g: &Bound<'_, PyDict>, seq: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    if !is_plain(g, seq)? {
        return Ok(None);
    }
    // The characters are ASCII.
    Ok(Some(
        pytempfile::RandomNameSequence
            .next_array()
            .iter()
            .map(|&b| char::from(b))
            .collect(),
    ))
}

/// `_native.CHARACTERS`: the alphabet of the names.
pub(crate) fn characters() -> String {
    String::from_utf8_lossy(pytempfile::names::CHARACTERS).into_owned()
}
