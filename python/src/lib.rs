//! # pytempfile-python: the `pytempfile` Python module
//!
//! A drop-in replacement for CPython's `tempfile`, built on the `pytempfile` crate. The Python
//! package (`python/pytempfile/__init__.py`) keeps the standard module's surface and object
//! model (module globals, `_TemporaryFileWrapper`, `TemporaryDirectory`'s finalizer,
//! `SpooledTemporaryFile` over CPython's own `io.BytesIO`/`io.TextIOWrapper`); this crate is
//! its native half, `pytempfile._native`: name generation, `_infer_return_type` and
//! `_sanitize_params`, the retry loops, the default directory probe, `O_TMPFILE` and its
//! fallback, the symlink-proof tree removal, and the file objects of `TemporaryFile` and
//! `NamedTemporaryFile` built as `io.open` builds them.
//!
//! Every native function *declines* (returns `None`) when something it stands for was
//! replaced, and the package then runs the standard module's steps in Python (module `call`).
//!
//! The modules, lowest first (each uses only those above it):
//!
//! | module | role |
//! |---|---|
//! | `capi` | the direct C API calls: dictionary watchers and version tags, type version tags, `PySys_Audit` |
//! | `interp` | the interpreter's release and the `os`/`sys`/`io` functions, looked up once |
//! | `convert` | Python objects to the crate's arguments and back |
//! | `error` | the one mapping from crate errors to Python exceptions |
//! | `seam` | system calls through libc, or through Python's replaced `os` functions |
//! | `names` | the candidate names of the module's `_RandomNameSequence` |
//! | `call` | a call's module state and the decline rules |
//! | `opener` | `TemporaryFile`'s `O_TMPFILE` open and its fallback |
//! | `functions` | the module-level functions |
//! | `fast_io` | `TemporaryFile`'s and `NamedTemporaryFile`'s file objects |
//! | `wrapper` | `_TemporaryFileWrapper.__getattr__` |
//!
//! Built by maturin as the extension module of the pip package `pytempfile`
//! (`pip install ./python`); embedded in a Rust program with [`install`]:
//!
//! ```no_run
//! use pyo3::prelude::*;
//!
//! Python::initialize();
//! Python::attach(|py| -> PyResult<()> {
//!     let module = pytempfile_python::install(py)?;
//!     let d: String = module.getattr("mkdtemp")?.call0()?.extract()?;
//!     println!("made {d}");
//!     Ok(())
//! })
//! .expect("pytempfile imports");
//! ```

#![warn(missing_docs)]
// `unsafe` lives in one module, the boundary with CPython's C API.
#![deny(unsafe_code)]

mod call;
#[allow(unsafe_code)]
mod capi;
mod convert;
mod error;
mod fast_io;
mod functions;
mod interp;
mod names;
mod opener;
mod seam;
mod tempdir;
mod wrapper;

use pyo3::prelude::*;
use pyo3::types::{PyList, PyModule};

use crate::interp::py_version;

/// The `pytempfile` package's Python source.
const PACKAGE: &str = include_str!(env!("PYTEMPFILE_PACKAGE_INIT"));

/// The `_native` module.
#[pymodule]
#[pyo3(name = "_native")]
pub fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    use crate::functions::*;
    let py = m.py();
    seam::remember_os(py)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("TEXT_OPENFLAGS", pytempfile::os::flags::TEXT_OPENFLAGS)?;
    m.add("BIN_OPENFLAGS", pytempfile::os::flags::BIN_OPENFLAGS)?;
    m.add("TMP_MAX", pytempfile::default_tmp_max(py_version(py)))?;
    m.add("VERSION", py_version(py).to_string())?;
    m.add("FOLLOWS", py_version(py).resolve().0.to_string())?;
    m.add_function(wrap_pyfunction!(has, m)?)?;
    m.add("CHARACTERS", names::characters())?;
    m.add("HOOKS", call::HOOKS.to_vec())?;
    m.add_function(wrap_pyfunction!(names::next_name, m)?)?;
    m.add_function(wrap_pyfunction!(names::force_names, m)?)?;
    m.add_function(wrap_pyfunction!(call::verdicts_decided, m)?)?;
    // Whether this build keeps verdicts at all (not under the stable ABI: crate::capi).
    m.add("KEEPS_VERDICTS", capi::CAN_STAMP)?;
    m.add_function(wrap_pyfunction!(infer_return_type, m)?)?;
    m.add_function(wrap_pyfunction!(sanitize_params, m)?)?;
    m.add_function(wrap_pyfunction!(get_default_tempdir, m)?)?;
    m.add_function(wrap_pyfunction!(candidate_tempdir_list, m)?)?;
    m.add_function(wrap_pyfunction!(mkstemp_inner, m)?)?;
    m.add_function(wrap_pyfunction!(mkstemp, m)?)?;
    m.add_function(wrap_pyfunction!(mkdtemp, m)?)?;
    m.add_function(wrap_pyfunction!(mktemp, m)?)?;
    m.add_function(wrap_pyfunction!(open_tmpfile, m)?)?;
    m.add_function(wrap_pyfunction!(mkstemp_unlinked, m)?)?;
    m.add_function(wrap_pyfunction!(rmtree, m)?)?;
    m.add_function(wrap_pyfunction!(exists, m)?)?;
    m.add_function(wrap_pyfunction!(fast_io::temporary_file, m)?)?;
    m.add_function(wrap_pyfunction!(fast_io::named_file, m)?)?;
    m.add_function(wrap_pyfunction!(wrapper::wrapper_getattr, m)?)?;
    m.add_function(wrap_pyfunction!(tempdir::tempdir_init, m)?)?;
    m.add_function(wrap_pyfunction!(tempdir::tempdir_cleanup, m)?)?;
    m.add_function(wrap_pyfunction!(tempdir::tempdir_exit, m)?)?;
    Ok(())
}

/// Make `import pytempfile` work in an embedded interpreter: register the native module as
/// `pytempfile._native` and run the package source as `pytempfile` (what `pip install
/// ./python` installs for a standalone interpreter). Returns the package; a second call
/// returns the one already imported.
pub fn install(py: Python<'_>) -> PyResult<Bound<'_, PyModule>> {
    let sys = py.import("sys")?;
    let modules = sys.getattr("modules")?;
    if let Ok(existing) = modules.get_item("pytempfile") {
        return Ok(existing.cast_into::<PyModule>()?);
    }
    let native_module = PyModule::new(py, "pytempfile._native")?;
    native(&native_module)?;
    modules.set_item("pytempfile._native", &native_module)?;
    let pkg = PyModule::new(py, "pytempfile")?;
    pkg.setattr("__path__", PyList::empty(py))?;
    pkg.setattr("__package__", "pytempfile")?;
    pkg.setattr("__file__", "<embedded>/pytempfile/__init__.py")?;
    pkg.setattr("_native", &native_module)?;
    modules.set_item("pytempfile", &pkg)?;
    let builtins = py.import("builtins")?;
    let code = builtins
        .getattr("compile")?
        .call1((PACKAGE, "pytempfile/__init__.py", "exec"))?;
    if let Err(e) = builtins.getattr("exec")?.call1((code, pkg.dict())) {
        modules.del_item("pytempfile")?;
        return Err(e);
    }
    Ok(pkg)
}
