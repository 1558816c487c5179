//! Link libpython with an rpath so this crate's test binaries and report binary run without
//! `LD_LIBRARY_PATH` (link arguments from a dependency's build script do not reach dependents). The interpreter
//! is chosen by `PYO3_PYTHON` (default: `python3` on PATH).
fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
}
