//! The module's direct C API calls, all of them (the FFI boundary of the crate: no other module
//! has `unsafe` code).
//!
//! - **Knowing when something changed, without looking.** CPython's `tempfile` reads its module
//!   globals and `os`'s functions at every call; the native calls decline whenever one of them
//!   was replaced (crate::call). Instead of comparing every name on every call, a [`Stamp`]
//!   records the state of the dictionaries those names live in, and [`Stamp::unchanged`] says
//!   in a few loads whether any of them was written since:
//!   - CPython 3.12 and later: a dictionary watcher (`PyDict_AddWatcher`, `PyDict_Watch`; the
//!     callback runs before every change of a watched dictionary: an item added, replaced or
//!     deleted, the dictionary cleared, cloned into or deallocated) bumps one process-wide
//!     epoch; a stamp is the epoch it was taken at.
//!   - CPython 3.10 and 3.11: the dictionaries' version tags (PEP 509's `ma_version_tag`: a
//!     global counter, stored into a dictionary at every change of it); a stamp is the tags.
//!
//!   Either way every write counts, the module's own (`global tempdir` in `_gettempdir`,
//!   `_O_TMPFILE_WORKS = False`) included: a stamp is conservative, never stale.
//! - **Under the stable ABI** (`Py_LIMITED_API`, the `abi3` feature) neither the watchers nor
//!   the dictionaries' and types' layouts are part of the API: no stamp can be taken, no type
//!   tag read, and the callers decide again on every call, as they do when CPython has no
//!   watcher left. Audit events then go through `sys.audit` (`PySys_Audit` joined the limited
//!   API only in 3.13). docs/packaging.md has what that costs.
//! - **Knowing when a class changed**: a type's version tag (`tp_version_tag`, valid while
//!   `Py_TPFLAGS_VALID_VERSION_TAG` is set), which `PyType_Modified` invalidates whenever an
//!   attribute of the class or of one of its bases is assigned or deleted ([`type_version`]).
//! - **Audit events** as `sys.audit` raises them (`PySys_Audit`), with the argument built only
//!   when a hook is installed ([`audit_path`]).
//!
//! Invariants: every function here is called with the GIL held (a `Python` token or a
//! `Bound` proves it); the watcher callback does nothing but an atomic add and never fails; a
//! version-tag stamp holds strong references to the dictionaries it describes, so their
//! addresses stay theirs (a watched dictionary that goes away bumps the epoch).
//!
//! Depends on nothing else in the crate.

use std::ffi::CStr;
#[cfg(not(Py_LIMITED_API))]
use std::ffi::{c_char, c_int, c_void};

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyType};

#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
mod watcher {
    use std::ffi::c_int;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::{Mutex, PoisonError};

    use pyo3::ffi;
    use pyo3::prelude::*;
    use pyo3::types::PyDict;

    /// `PyDict_WatchEvent`: a C enum, passed as an `int`.
    type WatchEvent = c_int;

    /// `PyDict_WatchCallback`.
    type WatchCallback = unsafe extern "C" fn(
        event: WatchEvent,
        dict: *mut ffi::PyObject,
        key: *mut ffi::PyObject,
        new_value: *mut ffi::PyObject,
    ) -> c_int;

    // SAFETY: `PyDict_AddWatcher` is CPython's (Include/cpython/dictobject.h, 3.12 and later;
    // pyo3-ffi binds `PyDict_Watch` and `PyDict_ClearWatcher` but not this one), declared with
    // its C signature: `int PyDict_AddWatcher(PyDict_WatchCallback callback)`. This crate is
    // built for one interpreter at a time, and `Py_3_12` is set only when it is 3.12 or later.
    unsafe extern "C" {
        fn PyDict_AddWatcher(callback: WatchCallback) -> c_int;
    }

    /// Bumped before every change of a watched dictionary.
    static EPOCH: AtomicU64 = AtomicU64::new(0);

    /// The watcher's id and the interpreter it was registered in (watchers belong to an
    /// interpreter; interpreter ids are never reused in a process).
    static ID: Mutex<Option<(i64, c_int)>> = Mutex::new(None);

    /// The callback: any event of any watched dictionary makes every stamp stale. It runs with
    /// the GIL held, inside the change, and must not fail or run Python code.
    unsafe extern "C" fn changed(
        _event: WatchEvent,
        _dict: *mut ffi::PyObject,
        _key: *mut ffi::PyObject,
        _new_value: *mut ffi::PyObject,
    ) -> c_int {
        EPOCH.fetch_add(1, Ordering::SeqCst);
        0
    }

    /// This interpreter's watcher id, registered on first use; `None` when CPython has no
    /// watcher left (it has 8 per interpreter, some of them its own).
    fn id(py: Python<'_>) -> Option<c_int> {
        // SAFETY: the GIL is held (`py`), so there is a current interpreter.
        let interp = unsafe { ffi::PyInterpreterState_GetID(ffi::PyInterpreterState_Get()) };
        let mut kept = ID.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((i, id)) = *kept {
            if i == interp {
                return Some(id);
            }
        }
        // SAFETY: the GIL is held; `changed` has the callback's C signature and stays valid
        // for the life of the process (a static function).
        let id = unsafe { PyDict_AddWatcher(changed) };
        if id < 0 {
            drop(PyErr::take(py));
            return None;
        }
        *kept = Some((interp, id));
        Some(id)
    }

    /// Watch `dict` (watching twice is harmless); `false` when it cannot be watched.
    pub(super) fn watch(dict: &Bound<'_, PyDict>) -> bool {
        let py = dict.py();
        let Some(id) = id(py) else {
            return false;
        };
        // SAFETY: the GIL is held; `dict` is a live dictionary (a `Bound<PyDict>`), `id` a
        // watcher registered in this interpreter.
        if unsafe { ffi::PyDict_Watch(id, dict.as_ptr()) } < 0 {
            drop(PyErr::take(py));
            return false;
        }
        true
    }

    pub(super) fn epoch() -> u64 {
        EPOCH.load(Ordering::SeqCst)
    }
}

/// Whether stamps can be taken at all in this build: not under the stable ABI, where the
/// callers go straight to the per-call rules instead of deciding what they cannot keep.
pub(crate) const CAN_STAMP: bool = cfg!(not(Py_LIMITED_API));

/// The state of some dictionaries at one moment (see the module docs).
pub(crate) struct Stamp {
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    epoch: u64,
    /// The dictionaries (kept alive: their addresses identify them) and their tags.
    #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
    dicts: Vec<(Py<PyDict>, u64)>,
}

impl Stamp {
    /// Stamp `dicts` as they are now; from 3.12 on, they are watched from now on. `None` when
    /// they cannot be watched (no dictionary watcher left, or the stable ABI): nothing can
    /// then be kept.
    pub(crate) fn take(dicts: &[&Bound<'_, PyDict>]) -> Option<Stamp> {
        #[cfg(Py_LIMITED_API)]
        {
            let _ = dicts;
            None
        }
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        {
            // The epoch first: a change made while the caller goes on reading the
            // dictionaries makes the stamp stale, never the other way round.
            let epoch = watcher::epoch();
            for d in dicts {
                if !watcher::watch(d) {
                    return None;
                }
            }
            Some(Stamp { epoch })
        }
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
        {
            Some(Stamp {
                dicts: dicts
                    .iter()
                    .map(|d| ((*d).clone().unbind(), version_tag(d)))
                    .collect(),
            })
        }
    }

    /// Whether none of the dictionaries changed since the stamp was taken.
    #[inline]
    pub(crate) fn unchanged(&self, py: Python<'_>) -> bool {
        // No stamp is ever taken under the stable ABI; none can hold.
        #[cfg(Py_LIMITED_API)]
        {
            let _ = py;
            false
        }
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        {
            let _ = py;
            watcher::epoch() == self.epoch
        }
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
        {
            self.dicts
                .iter()
                .all(|(d, t)| version_tag(d.bind(py)) == *t)
        }
    }
}

/// PEP 509's version tag of `dict` (CPython 3.10 and 3.11).
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
fn version_tag(dict: &Bound<'_, PyDict>) -> u64 {
    // SAFETY: the GIL is held and `dict` is a live `dict` (or subclass) object, whose C layout
    // starts with `PyDictObject`; `ma_version_tag` is a plain field of it on these releases
    // (Include/cpython/dictobject.h), written only with the GIL held.
    unsafe { (*dict.as_ptr().cast::<ffi::PyDictObject>()).ma_version_tag }
}

/// The version tag of `ty`, or `None` when it has none that is valid (a class modified since
/// its last attribute lookup, or out of tags). Equal tags mean no attribute of the class or its
/// bases was assigned or deleted in between: `PyType_Modified` invalidates the tag of the class
/// and of its subclasses, and a new tag is a new number (a global counter).
#[cfg(not(Py_LIMITED_API))]
pub(crate) fn type_version(ty: &Bound<'_, PyType>) -> Option<u32> {
    let t = ty.as_type_ptr();
    // SAFETY: the GIL is held and `t` points to a live type object; `tp_flags` and
    // `tp_version_tag` are plain fields of `PyTypeObject`, written only with the GIL held.
    let (flags, tag) = unsafe { ((*t).tp_flags, (*t).tp_version_tag) };
    // Up to 3.12 a tag is valid while `Py_TPFLAGS_VALID_VERSION_TAG` is set; from 3.13 that
    // flag is unused ("legacy") and a tag of 0 means none.
    let valid = cfg!(Py_3_13) || flags & ffi::Py_TPFLAGS_VALID_VERSION_TAG != 0;
    (valid && tag != 0).then_some(tag)
}

/// Under the stable ABI a type's version tag cannot be read: never one.
#[cfg(Py_LIMITED_API)]
pub(crate) fn type_version(_ty: &Bound<'_, PyType>) -> Option<u32> {
    None
}

/// `obj`'s own `__dict__` as `object.__getattribute__` finds it (`PyObject_GenericGetDict`,
/// made if the instance has none yet), or `None` when it has none (slots, a builtin).
pub(crate) fn instance_dict<'py>(obj: &Bound<'py, PyAny>) -> Option<Bound<'py, PyDict>> {
    let py = obj.py();
    // SAFETY: the GIL is held and `obj` is alive; the result is a new reference or NULL with
    // an exception set (cleared here: having no dictionary is an answer, not an error).
    let d = unsafe { ffi::PyObject_GenericGetDict(obj.as_ptr(), std::ptr::null_mut()) };
    if d.is_null() {
        drop(PyErr::take(py));
        return None;
    }
    // SAFETY: `d` is a new, non-NULL reference, owned from here on.
    let d = unsafe { Bound::from_owned_ptr(py, d) };
    d.cast_into_exact::<PyDict>().ok()
}

/// What `audit_path` hands to `PySys_Audit`'s `O&` converter: makes the path object (a new
/// reference), or sets the Python error and returns NULL.
#[cfg(not(Py_LIMITED_API))]
struct PathArg<'a> {
    make: &'a mut dyn FnMut() -> *mut ffi::PyObject,
}

/// `PySys_Audit`'s `O&` converter: builds the path object only when a hook will see it.
#[cfg(not(Py_LIMITED_API))]
unsafe extern "C" fn convert_path(arg: *mut c_void) -> *mut ffi::PyObject {
    // SAFETY: `arg` is the `&mut PathArg` `audit_path` passed, alive for the call.
    let a = unsafe { &mut *arg.cast::<PathArg<'_>>() };
    (a.make)()
}

// SAFETY: `PySys_Audit` is CPython's stable C API (Include/audit.h, 3.8 and later; not bound by
// pyo3-ffi), declared with its C signature: `int PySys_Audit(const char *event, const char
// *format, ...)`. Under the stable ABI it is declared only from 3.13 on, so it is not used.
#[cfg(not(Py_LIMITED_API))]
unsafe extern "C" {
    fn PySys_Audit(event: *const c_char, format: *const c_char, ...) -> c_int;
}

/// `sys.audit(event, path)` as CPython's `tempfile` raises it, through `PySys_Audit` (what
/// `sys.audit` itself calls): when no hook is installed nothing is built; otherwise `path()`
/// makes the argument. A hook's exception (or `path()`'s) is returned.
#[cfg(not(Py_LIMITED_API))]
pub(crate) fn audit_path<'py>(
    py: Python<'py>,
    event: &CStr,
    path: &mut dyn FnMut() -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<()> {
    let mut make = || match path() {
        Ok(p) => p.into_ptr(),
        Err(e) => {
            e.restore(py);
            std::ptr::null_mut()
        }
    };
    let mut arg = PathArg { make: &mut make };
    // SAFETY: the GIL is held (`py`); the format `(O&)` takes a converter and its argument,
    // both passed, and the converter returns a new reference or NULL with an exception set;
    // `arg` outlives the call. The result follows the C API's convention: -1 with an
    // exception set.
    let rc = unsafe {
        PySys_Audit(
            event.as_ptr(),
            c"(O&)".as_ptr(),
            convert_path as unsafe extern "C" fn(*mut c_void) -> *mut ffi::PyObject,
            (&raw mut arg).cast::<c_void>(),
        )
    };
    if rc < 0 {
        return Err(PyErr::take(py).unwrap_or_else(|| {
            pyo3::exceptions::PySystemError::new_err("PySys_Audit failed without an exception")
        }));
    }
    Ok(())
}

/// `sys.audit(event, path)` under the stable ABI: `sys.audit` looked up and called as
/// CPython's `tempfile` does (`_sys.audit`), the argument built on every call.
#[cfg(Py_LIMITED_API)]
pub(crate) fn audit_path<'py>(
    py: Python<'py>,
    event: &CStr,
    path: &mut dyn FnMut() -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<()> {
    let event = event
        .to_str()
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    py.import(pyo3::intern!(py, "sys"))?
        .getattr(pyo3::intern!(py, "audit"))?
        .call1((event, path()?))?;
    Ok(())
}
