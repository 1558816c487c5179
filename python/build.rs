//! Link libpython with an rpath so test binaries run without `LD_LIBRARY_PATH`. The interpreter
//! is chosen by `PYO3_PYTHON` (default: `python3` on PATH).
fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
}
