//! The interpreter the module runs in, looked up once: its release, the `os`, `sys` and `io`
//! functions and types every native call needs (an `import` per call costs more than the
//! system calls it wraps), and whether its file-system encoding lets
//! `os.fsencode`/`os.fsdecode` be done here.
//!
//! Depends on nothing else in the crate.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pytempfile::PyVersion;

/// What every native call needs from the interpreter.
pub(crate) struct Interp {
    pub(crate) version: PyVersion,
    pub(crate) os_fsencode: Py<PyAny>,
    pub(crate) os_fsdecode: Py<PyAny>,
    pub(crate) os_fspath: Py<PyAny>,
    pub(crate) os_pathlike: Py<PyAny>,
    /// The file-system encoding is UTF-8 with `surrogateescape` (then `os.fsdecode` of valid
    /// UTF-8 is the plain decode, and `os.fsencode` of a str without surrogates is its UTF-8).
    pub(crate) fs_utf8: bool,
}

static INTERP: PyOnceLock<Interp> = PyOnceLock::new();

/// The interpreter's lookups, made on first use.
pub(crate) fn interp(py: Python<'_>) -> PyResult<&Interp> {
    INTERP.get_or_try_init(py, || {
        let os = py.import("os")?;
        let sys = py.import("sys")?;
        let v = py.version_info();
        let enc: String = sys.getattr("getfilesystemencoding")?.call0()?.extract()?;
        let errors: String = sys
            .getattr("getfilesystemencodeerrors")?
            .call0()?
            .extract()?;
        // Messages the crate formats (`repr()` of str paths) decode with this interpreter's
        // file-system encoding; one pytempfile does not implement keeps the crate's default
        // (conversions here go through `os.fsencode`/`os.fsdecode` whatever it is).
        let _ = pytempfile::locale::set_filesystem_encoding(&enc, &errors);
        Ok(Interp {
            version: PyVersion::supported(
                u32::from(v.major),
                u32::from(v.minor),
                u32::from(v.patch),
            )
            .unwrap_or(PyVersion::OLDEST),
            os_fsencode: os.getattr("fsencode")?.unbind(),
            os_fsdecode: os.getattr("fsdecode")?.unbind(),
            os_fspath: os.getattr("fspath")?.unbind(),
            os_pathlike: os.getattr("PathLike")?.unbind(),
            fs_utf8: enc.eq_ignore_ascii_case("utf-8") && errors == "surrogateescape",
        })
    })
}

/// The version of the interpreter this module runs in.
pub(crate) fn py_version(py: Python<'_>) -> PyVersion {
    interp(py).map(|c| c.version).unwrap_or_default()
}

/// The `io` types and functions, looked up once.
pub(crate) struct IoTypes {
    pub(crate) io: Py<PyAny>,
    pub(crate) open: Py<PyAny>,
    pub(crate) file_io: Py<PyAny>,
    pub(crate) buffered_random: Py<PyAny>,
    pub(crate) buffered_writer: Py<PyAny>,
    pub(crate) buffered_reader: Py<PyAny>,
    pub(crate) text_io_wrapper: Py<PyAny>,
    pub(crate) text_encoding: Py<PyAny>,
    pub(crate) os: Py<PyAny>,
}

static IO: PyOnceLock<IoTypes> = PyOnceLock::new();

pub(crate) fn io_types(py: Python<'_>) -> PyResult<&IoTypes> {
    IO.get_or_try_init(py, || {
        let io = py.import("io")?;
        let get = |n: &str| -> PyResult<Py<PyAny>> { Ok(io.getattr(n)?.unbind()) };
        Ok(IoTypes {
            open: get("open")?,
            file_io: get("FileIO")?,
            buffered_random: get("BufferedRandom")?,
            buffered_writer: get("BufferedWriter")?,
            buffered_reader: get("BufferedReader")?,
            text_io_wrapper: get("TextIOWrapper")?,
            text_encoding: get("text_encoding")?,
            os: py.import("os")?.into_any().unbind(),
            io: io.into_any().unbind(),
        })
    })
}
