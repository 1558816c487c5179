//! Link libpython with an rpath so test binaries run without `LD_LIBRARY_PATH`, and set pyo3's
//! `Py_3_X` cfgs for the interpreter built against (the C API differs by release: `capi`). The
//! interpreter is chosen by `PYO3_PYTHON` (default: `python3` on PATH).
fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
    pyo3_build_config::use_pyo3_cfgs();
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
}
