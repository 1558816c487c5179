//! The object model of the Python module, against the standard module in the same
//! interpreter: subclasses overriding each hook (`_check`, `rollover`, `write`, `close`,
//! `cleanup`, `_rmtree`, `rng`, `characters`), the private state clients read and assign
//! (`_file`, `_max_size`, `_rolled`, `_TemporaryFileArgs`, `_name_sequence`, `_closer`,
//! `_finalizer`), exceptions down to their attributes, warnings and unraisable errors.
//! The cases live in `conformance/py/object_model.py`; each case's observations must be
//! identical for `tempfile` and `pytempfile`.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

fn observations(py: Python<'_>, module: &str) -> PyResult<Vec<(String, Vec<String>)>> {
    let om = py.import("object_model")?;
    let res = om.getattr("run")?.call1((module,))?.cast_into::<PyDict>()?;
    let mut out = Vec::new();
    for (k, v) in res.iter() {
        out.push((k.extract()?, v.cast_into::<PyList>()?.extract()?));
    }
    Ok(out)
}

#[test]
fn object_model_matches_the_standard_module() {
    Python::initialize();
    let (std, ours) = Python::attach(|py| -> PyResult<_> {
        pytempfile_python::install(py)?;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/py");
        py.import("sys")?
            .getattr("path")?
            .call_method1("insert", (0, dir))?;
        Ok((
            observations(py, "tempfile")?,
            observations(py, "pytempfile")?,
        ))
    })
    .unwrap_or_else(|e| panic!("the object-model cases could not run: {e}"));
    assert!(std.len() >= 7, "too few cases: {}", std.len());
    let mut diverged = Vec::new();
    for ((case, a), (case_b, b)) in std.iter().zip(&ours) {
        assert_eq!(case, case_b);
        assert!(!a.is_empty(), "{case}: no observation");
        if a == b {
            println!("same  {case} ({} observations)", a.len());
        } else {
            println!("DIFF  {case}");
            for i in 0..a.len().max(b.len()) {
                let (x, y) = (a.get(i), b.get(i));
                if x != y {
                    println!("  tempfile:   {x:?}\n  pytempfile: {y:?}");
                }
            }
            diverged.push(case.clone());
        }
    }
    assert!(
        diverged.is_empty(),
        "object model diverges in: {diverged:?}"
    );
}
