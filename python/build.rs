//! Link libpython with an rpath so test binaries run without `LD_LIBRARY_PATH`, and set pyo3's
//! `Py_3_X` and `Py_LIMITED_API` cfgs for the interpreter built against (the C API differs by
//! release and under the stable ABI: `capi`). The interpreter is chosen by `PYO3_PYTHON`
//! (default: `python3` on PATH).
//!
//! Also finds the package's `__init__.py`, which `install` embeds (`PYTEMPFILE_PACKAGE_INIT`):
//! beside this crate in a checkout (`python/pytempfile/`), one level up in the sdist, where
//! maturin puts the Python package at the archive's root and this crate in `python/`.
use std::path::PathBuf;

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
    pyo3_build_config::use_pyo3_cfgs();
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    let dir = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let init = [
        dir.join("pytempfile/__init__.py"),
        dir.join("../pytempfile/__init__.py"),
    ]
    .into_iter()
    .find(|p| p.is_file())
    .expect("pytempfile/__init__.py beside the crate (a checkout) or one level up (the sdist)");
    println!("cargo:rerun-if-changed={}", init.display());
    println!("cargo:rustc-env=PYTEMPFILE_PACKAGE_INIT={}", init.display());
}
