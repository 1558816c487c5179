//! # pyref: CPython's own `tempfile`, driven from Rust
//!
//! The oracle half of pytempfile's conformance harness. It embeds the CPython that pyo3 links
//! against (chosen by `PYO3_PYTHON` at build time; `build.rs` sets an rpath so no
//! `LD_LIBRARY_PATH` is needed), points `sys.executable` at that interpreter (so code that
//! spawns `sys.executable` runs the same version), and runs harness operations
//! ([`model::Op`]) through the real `tempfile` module with forced candidate names.
//!
//! ```no_run
//! let oracle = pyref::Oracle::get().expect("CPython embeds");
//! println!("CPython {}", oracle.version_string());
//! ```

#![warn(missing_docs)]

pub mod model;

use std::ffi::CString;
use std::sync::OnceLock;

use pyo3::prelude::*;
use pyo3::types::PyModule;

/// The embedded interpreter with the driver module loaded. One per process.
pub struct Oracle {
    driver: Py<PyModule>,
    version: (u32, u32, u32),
    text_encoding: String,
    fs_encoding: (String, String),
}

/// An embedded interpreter reports the host program as `sys.executable`; point it at the
/// interpreter pyo3 links, so subprocesses (`sys.executable -c ...`) run the same CPython.
pub fn point_executable(py: Python<'_>) -> PyResult<()> {
    let sys = py.import("sys")?;
    let vi = sys.getattr("version_info")?;
    let (major, minor): (u32, u32) = (
        vi.getattr("major")?.extract()?,
        vi.getattr("minor")?.extract()?,
    );
    let prefix: String = sys.getattr("base_prefix")?.extract()?;
    let exe = format!("{prefix}/bin/python{major}.{minor}");
    if std::path::Path::new(&exe).exists() {
        sys.setattr("executable", &exe)?;
        sys.setattr("_base_executable", &exe)?;
    }
    Ok(())
}

/// The driver's source (shipped in the crate, loaded at run time).
const DRIVER: &str = include_str!("oracle.py");

fn py_err(e: PyErr) -> String {
    Python::attach(|py| {
        let tb = e
            .traceback(py)
            .and_then(|t| t.format().ok())
            .unwrap_or_default();
        format!("{tb}{e}")
    })
}

impl Oracle {
    /// The process's oracle, starting CPython on first use.
    pub fn get() -> Result<&'static Oracle, String> {
        static ORACLE: OnceLock<Result<Oracle, String>> = OnceLock::new();
        ORACLE
            .get_or_init(Oracle::start)
            .as_ref()
            .map_err(Clone::clone)
    }

    fn start() -> Result<Oracle, String> {
        Python::initialize();
        Python::attach(|py| -> PyResult<Oracle> {
            let sys = py.import("sys")?;
            let (major, minor, micro): (u32, u32, u32) = {
                let vi = sys.getattr("version_info")?;
                (
                    vi.getattr("major")?.extract()?,
                    vi.getattr("minor")?.extract()?,
                    vi.getattr("micro")?.extract()?,
                )
            };
            point_executable(py)?;
            // What a text file opened without `encoding=` reports: `locale.getencoding()`
            // (an embedded interpreter does not coerce the C locale the way `python3`
            // does, so this is e.g. 'ANSI_X3.4-1968' when no UTF-8 locale is set), or
            // 'utf-8' in UTF-8 mode.
            let io = py.import("io")?;
            let enc = io.getattr("text_encoding")?.call1((py.None(),))?;
            let kwargs = pyo3::types::PyDict::new(py);
            kwargs.set_item("encoding", enc)?;
            let text_encoding: String = io
                .getattr("TextIOWrapper")?
                .call((io.getattr("BytesIO")?.call0()?,), Some(&kwargs))?
                .getattr("encoding")?
                .extract()?;
            let fs_encoding: (String, String) = (
                sys.getattr("getfilesystemencoding")?.call0()?.extract()?,
                sys.getattr("getfilesystemencodeerrors")?
                    .call0()?
                    .extract()?,
            );
            let code = CString::new(DRIVER)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
            let driver = PyModule::from_code(py, &code, c"pyref/oracle.py", c"pyref_oracle")?;
            Ok(Oracle {
                driver: driver.unbind(),
                version: (major, minor, micro),
                text_encoding,
                fs_encoding,
            })
        })
        .map_err(py_err)
    }

    /// `sys.version_info[:3]` of the embedded CPython.
    pub fn version(&self) -> (u32, u32, u32) {
        self.version
    }

    /// The encoding a text-mode file gets without `encoding=` in the embedded CPython (its
    /// locale's, or `"utf-8"` in UTF-8 mode).
    pub fn text_encoding(&self) -> &str {
        &self.text_encoding
    }

    /// `sys.getfilesystemencoding()` and `sys.getfilesystemencodeerrors()` of the embedded
    /// CPython (`("ascii", "surrogateescape")` in the C locale before 3.15: an embedded
    /// interpreter neither coerces the C locale nor turns UTF-8 mode on).
    pub fn filesystem_encoding(&self) -> (&str, &str) {
        (&self.fs_encoding.0, &self.fs_encoding.1)
    }

    /// `"3.13.0"`.
    pub fn version_string(&self) -> String {
        let (a, b, c) = self.version;
        format!("{a}.{b}.{c}")
    }

    /// Start a new case: restore `tempfile`'s globals, drop the handles, use `root` for
    /// `{ROOT}`.
    pub fn reset(&self, root: &[u8]) -> Result<(), String> {
        Python::attach(|py| {
            let root = pyo3::types::PyBytes::new(py, root);
            self.driver.bind(py).getattr("reset")?.call1((root,))?;
            Ok(())
        })
        .map_err(py_err)
    }

    /// Run one request (`{"op": ..., "names": ...}` as JSON) and return the driver's JSON
    /// answer.
    pub fn run_json(&self, request: &str) -> Result<String, String> {
        Python::attach(|py| {
            self.driver
                .bind(py)
                .getattr("run")?
                .call1((request,))?
                .extract::<String>()
        })
        .map_err(py_err)
    }

    /// Run Python source in the embedded interpreter's `__main__` (for diagnostics and tests).
    pub fn exec(&self, source: &str) -> Result<(), String> {
        let code = CString::new(source).map_err(|e| e.to_string())?;
        Python::attach(|py| py.run(&code, None, None)).map_err(py_err)
    }

    /// Evaluate a Python expression and return its `str()`.
    pub fn eval_str(&self, expr: &str) -> Result<String, String> {
        let code = CString::new(expr).map_err(|e| e.to_string())?;
        Python::attach(|py| py.eval(&code, None, None)?.str()?.extract::<String>()).map_err(py_err)
    }
}
