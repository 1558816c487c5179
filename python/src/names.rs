//! The name source of the Python module's `_RandomNameSequence` (CPython's
//! `tempfile._RandomNameSequence`, a Python class there and here).
//!
//! The class is defined in Python so that it has the standard module's object model: it can
//! be subclassed, `characters` can be assigned on the class or an instance, `rng` is a
//! `random.Random` per process. Names come from pytempfile's generator (ChaCha8 per thread,
//! re-seeded after fork, no system call per name) only while a sequence is *plain*: its type
//! is the module's own class, neither `characters`, `rng` nor `__next__` has been replaced
//! on the class or shadowed on the instance, and nobody has reached its random generator (the
//! `rng` property creates the instance's `_rng` on first use; a caller may seed it, so from
//! then on, as for a `_rng` assigned directly, the names are drawn from it). Any other
//! sequence draws its names the way CPython does, through `rng.choices(characters, k=8)`, in
//! Python.
//!
//! The originals are recorded by the module in its global `_plain_names` (class, alphabet,
//! `rng` property, `__next__` function), so that a reloaded module compares with its own.
//!
//! A test seam, [`force_names`]: the differential harness makes a plain sequence hand out
//! given names (as it makes the standard module's sequence do through its `rng`), so that
//! both modules create the same paths while pytempfile stays on its native path.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};

use pyo3::exceptions::{PyStopIteration, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use pytempfile::{Error, ExcClass, NameSource};

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
        Ok(d) => {
            let d = d.cast_into::<PyDict>()?;
            Ok(!d.contains(intern!(py, "characters"))? && !d.contains(intern!(py, "_rng"))?)
        }
        Err(_) => Ok(true),
    }
}

/// Where the native path's candidate names come from.
#[derive(Clone)]
pub(crate) enum Names {
    /// pytempfile's generator.
    Random,
    /// Names forced on the module's sequence ([`force_names`]).
    Forced(Arc<dyn NameSource>),
}

/// The names forced on `seq`, if any.
fn forced_on(seq: &Bound<'_, PyAny>) -> PyResult<Option<Arc<dyn NameSource>>> {
    let py = seq.py();
    let Ok(d) = seq.getattr(intern!(py, "__dict__")) else {
        return Ok(None);
    };
    match d
        .cast_into::<PyDict>()?
        .get_item(intern!(py, "_forced_names"))?
    {
        Some(f) => Ok(f.cast::<Forced>().ok().map(|f| Arc::clone(&f.get().source))),
        None => Ok(None),
    }
}

/// The names `_get_candidate_names()` hands out, when the native path can draw them itself
/// (the function and its sequence are plain; see [`candidate_names_are_plain`]).
pub(crate) fn native_names(g: &Bound<'_, PyDict>) -> PyResult<Option<Names>> {
    let py = g.py();
    if !candidate_names_are_plain(g)? {
        return Ok(None);
    }
    match g.get_item(intern!(py, "_name_sequence"))? {
        Some(seq) if !seq.is_none() => Ok(Some(match forced_on(&seq)? {
            Some(src) => Names::Forced(src),
            None => Names::Random,
        })),
        _ => Ok(Some(Names::Random)),
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
    if let Some(src) = forced_on(seq)? {
        let mut out = Vec::new();
        return match src.next_name(&mut out) {
            Ok(()) => Ok(Some(String::from_utf8_lossy(&out).into_owned())),
            Err(_) => Err(PyStopIteration::new_err(())),
        };
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

/// Names forced on a sequence by [`force_names`].
#[pyclass(frozen, module = "pytempfile._native")]
pub(crate) struct Forced {
    source: Arc<dyn NameSource>,
    list: Arc<ForcedList>,
}

#[pymethods]
impl Forced {
    /// How many names were handed out.
    #[getter]
    fn drawn(&self) -> u64 {
        self.list
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .2
    }
}

/// The forced names, handed out in order; then, by `mode`: `"endless"` continues with
/// `n0000000`, `n0000001`, ...; `"finite"` raises `StopIteration`; `"cycle"` starts over.
struct ForcedList {
    /// Names left, the endless counter, names handed out.
    state: Mutex<(VecDeque<Vec<u8>>, u64, u64)>,
    all: Vec<Vec<u8>>,
    mode: Mode,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Endless,
    Finite,
    Cycle,
}

impl NameSource for ForcedList {
    fn next_name(&self, out: &mut Vec<u8>) -> pytempfile::Result<()> {
        let mut st = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if st.0.is_empty() && self.mode == Mode::Cycle {
            st.0.extend(self.all.iter().cloned());
        }
        match st.0.pop_front() {
            Some(n) => out.extend_from_slice(&n),
            None if self.mode == Mode::Endless => {
                out.extend_from_slice(format!("n{:07}", st.1).as_bytes());
                st.1 += 1;
            }
            None => return Err(Error::new(ExcClass::StopIteration, "")),
        }
        st.2 += 1;
        Ok(())
    }
}

/// `_native.force_names(seq, names, mode)`: a test seam (see the module docs). A plain `seq`
/// then hands out `names` (see [`ForcedList`] for `mode`), through `next(seq)` and wherever
/// the module draws from it natively; it stays plain.
#[pyfunction]
pub(crate) fn force_names(seq: &Bound<'_, PyAny>, names: Vec<String>, mode: &str) -> PyResult<()> {
    let mode = match mode {
        "endless" => Mode::Endless,
        "finite" => Mode::Finite,
        "cycle" => Mode::Cycle,
        other => return Err(PyValueError::new_err(format!("unknown mode {other:?}"))),
    };
    let all: Vec<Vec<u8>> = names.into_iter().map(String::into_bytes).collect();
    let list = Arc::new(ForcedList {
        state: Mutex::new((all.iter().cloned().collect(), 0, 0)),
        all,
        mode,
    });
    let source: Arc<dyn NameSource> = list.clone();
    seq.setattr("_forced_names", Forced { source, list })
}
