//! `pytempfile._native._Spool`: the engine of the Python `SpooledTemporaryFile` (an
//! `io.IOBase` subclass written in Python, because Python's object model requires one); the
//! buffering, rollover rule and rollover itself are pytempfile's `SpooledTemporaryFile`.

use pyo3::buffer::PyBuffer;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use pytempfile::io::text::Cookie;
use pytempfile::os::Whence;
use pytempfile::{FileName, FileOptions, PyStr, SpooledTemporaryFile, Tell};

use crate::binding::{module_state, run, to_arg};

/// The spool engine.
#[pyclass(name = "_Spool", module = "pytempfile._native")]
pub struct Spool {
    inner: SpooledTemporaryFile,
    /// The module's globals, read again before anything that can roll over.
    globals: Py<PyDict>,
}

fn whence(w: i32) -> PyResult<Whence> {
    match w {
        0 => Ok(Whence::Set),
        1 => Ok(Whence::Cur),
        2 => Ok(Whence::End),
        _ => Err(pyo3::exceptions::PyValueError::new_err(format!(
            "invalid whence ({w}, should be 0, 1 or 2)"
        ))),
    }
}

fn pystr(s: &Bound<'_, PyAny>) -> PyResult<PyStr> {
    let b = s
        .call_method1("encode", ("utf-8", "surrogatepass"))?
        .extract::<Vec<u8>>()?;
    PyStr::from_wtf8(b).ok_or_else(|| PyTypeError::new_err("not a str"))
}

fn str_obj<'py>(py: Python<'py>, s: &PyStr) -> PyResult<Bound<'py, PyAny>> {
    PyBytes::new(py, s.as_wtf8()).call_method1("decode", ("utf-8", "surrogatepass"))
}

fn bytes_of(obj: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "a bytes-like object is required, not '{}'",
            obj.get_type().name()?
        )));
    }
    let buf = PyBuffer::<u8>::get(obj)?;
    buf.to_vec(obj.py())
}

fn tell_obj<'py>(py: Python<'py>, t: &Tell) -> PyResult<Bound<'py, PyAny>> {
    match t {
        Tell::Offset(o) => Ok(o.into_pyobject(py)?.into_any()),
        Tell::Cookie(c) => {
            let int = py.import("builtins")?.getattr("int")?;
            int.call_method1("from_bytes", (PyBytes::new(py, &c.to_le_bytes()), "little"))
        }
    }
}

impl Spool {
    /// Refresh the module state if a rollover is still possible.
    fn refresh(&mut self, py: Python<'_>) -> PyResult<()> {
        if !self.inner.rolled() {
            let call = module_state(py, self.globals.bind(py), false)?;
            self.inner.set_module(call.t);
        }
        Ok(())
    }
}

#[pymethods]
impl Spool {
    #[new]
    #[pyo3(signature = (g, max_size, mode, buffering, encoding, newline, suffix, prefix, dir, errors))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        g: &Bound<'_, PyDict>,
        max_size: i64,
        mode: String,
        buffering: i64,
        encoding: Option<String>,
        newline: Option<String>,
        suffix: &Bound<'_, PyAny>,
        prefix: &Bound<'_, PyAny>,
        dir: &Bound<'_, PyAny>,
        errors: Option<String>,
    ) -> PyResult<Spool> {
        let py = g.py();
        let call = module_state(py, g, false)?;
        let params = pytempfile::Params::new()
            .suffix_opt(to_arg(suffix)?)
            .prefix_opt(to_arg(prefix)?)
            .dir_opt(to_arg(dir)?);
        let opts = FileOptions {
            mode,
            buffering,
            encoding,
            newline,
            errors,
            ..FileOptions::default()
        };
        let inner = run(py, || {
            call.t.spooled_temporary_file(max_size, &params, &opts)
        })?;
        Ok(Spool {
            inner,
            globals: g.clone().unbind(),
        })
    }

    #[getter]
    fn rolled(&self) -> bool {
        self.inner.rolled()
    }

    #[getter]
    fn closed(&self) -> bool {
        self.inner.closed()
    }

    #[getter]
    fn mode(&self) -> String {
        self.inner.mode()
    }

    #[getter]
    fn name(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(match self.inner.name() {
            Some(FileName::Fd(fd)) => fd.into_pyobject(py)?.into_any().unbind(),
            _ => py.None(),
        })
    }

    #[getter]
    fn encoding(&self, py: Python<'_>) -> PyResult<String> {
        run(py, || self.inner.encoding())
    }

    #[getter]
    fn errors(&self, py: Python<'_>) -> PyResult<String> {
        run(py, || self.inner.errors())
    }

    #[getter]
    fn newlines(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let n = run(py, || self.inner.newlines())?;
        let kinds = n.kinds();
        Ok(match kinds.as_slice() {
            [] => py.None(),
            [one] => PyString::new(py, one).into_any().unbind(),
            many => pyo3::types::PyTuple::new(py, many.iter().map(|k| PyString::new(py, k)))?
                .into_any()
                .unbind(),
        })
    }

    /// `_file.getvalue()` before the rollover (`None` after).
    fn getvalue(&mut self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self.inner.memory_value() {
            Some(v) => Ok(PyBytes::new(py, &run(py, || v)?).into_any().unbind()),
            None => Ok(py.None()),
        }
    }

    fn write(&mut self, py: Python<'_>, s: &Bound<'_, PyAny>) -> PyResult<usize> {
        self.refresh(py)?;
        if self.inner.is_text() {
            if !s.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err(format!(
                    "write() argument must be str, not {}",
                    s.get_type().name()?
                )));
            }
            let text = pystr(s)?;
            run(py, || self.inner.write_text(&text))
        } else {
            let b = bytes_of(s)?;
            run(py, || self.inner.write(&b))
        }
    }

    /// The lines are collected before the spool is borrowed, so that the iterable may look
    /// at the spool (`_rolled`, `tell()`) while it is consumed.
    fn writelines(slf: &Bound<'_, Self>, lines: &Bound<'_, PyAny>) -> PyResult<()> {
        let py = slf.py();
        let text = slf.borrow().inner.is_text();
        if text {
            let mut v = Vec::new();
            for l in lines.try_iter()? {
                let l = l?;
                if !l.is_instance_of::<PyString>() {
                    return Err(PyTypeError::new_err(format!(
                        "write() argument must be str, not {}",
                        l.get_type().name()?
                    )));
                }
                v.push(pystr(&l)?);
            }
            let mut this = slf.borrow_mut();
            this.refresh(py)?;
            run(py, || this.inner.writelines_text(&v))
        } else {
            let mut v = Vec::new();
            for l in lines.try_iter()? {
                v.push(bytes_of(&l?)?);
            }
            let refs: Vec<&[u8]> = v.iter().map(Vec::as_slice).collect();
            let mut this = slf.borrow_mut();
            this.refresh(py)?;
            run(py, || this.inner.writelines(&refs))
        }
    }

    #[pyo3(signature = (size=None))]
    fn read(&mut self, py: Python<'_>, size: Option<i64>) -> PyResult<Py<PyAny>> {
        let n = size.and_then(|s| usize::try_from(s).ok());
        if self.inner.is_text() {
            let s = run(py, || self.inner.read_text(n))?;
            Ok(str_obj(py, &s)?.unbind())
        } else {
            let b = run(py, || self.inner.read(n))?;
            Ok(PyBytes::new(py, &b).into_any().unbind())
        }
    }

    #[pyo3(signature = (size=None))]
    fn read1(&mut self, py: Python<'_>, size: Option<i64>) -> PyResult<Py<PyAny>> {
        let n = size.and_then(|s| usize::try_from(s).ok());
        let b = run(py, || self.inner.read1(n))?;
        Ok(PyBytes::new(py, &b).into_any().unbind())
    }

    fn readinto(&mut self, py: Python<'_>, b: &Bound<'_, PyAny>) -> PyResult<usize> {
        let buf = PyBuffer::<u8>::get(b)?;
        let mut tmp = vec![0u8; buf.item_count()];
        let n = run(py, || self.inner.readinto(&mut tmp))?;
        tmp.truncate(n);
        let mut whole = buf.to_vec(py)?;
        whole[..n].copy_from_slice(&tmp);
        buf.copy_from_slice(py, &whole)?;
        Ok(n)
    }

    #[pyo3(signature = (size=None))]
    fn readline(&mut self, py: Python<'_>, size: Option<i64>) -> PyResult<Py<PyAny>> {
        let n = size.and_then(|s| usize::try_from(s).ok());
        if self.inner.is_text() {
            let s = run(py, || self.inner.readline_text(n))?;
            Ok(str_obj(py, &s)?.unbind())
        } else {
            let b = run(py, || self.inner.readline(n))?;
            Ok(PyBytes::new(py, &b).into_any().unbind())
        }
    }

    #[pyo3(signature = (pos, whence=0))]
    fn seek(&mut self, py: Python<'_>, pos: &Bound<'_, PyAny>, whence: i32) -> PyResult<Py<PyAny>> {
        let w = self::whence(whence)?;
        if self.inner.is_text() {
            let small = pos.extract::<i64>();
            let c = match small {
                Ok(n) if n < 0 || w != Whence::Set => run(py, || self.inner.seek_text_int(n, w))?,
                _ => {
                    let bytes = pos
                        .call_method1("to_bytes", (Cookie::LEN, "little"))?
                        .extract::<Vec<u8>>()?;
                    let cookie = Cookie::from_int_le_bytes(&bytes).ok_or_else(|| {
                        pyo3::exceptions::PyOverflowError::new_err("cookie too large")
                    })?;
                    run(py, || self.inner.seek_text(&cookie, w))?
                }
            };
            tell_obj(py, &Tell::Cookie(c)).map(Bound::unbind)
        } else {
            let n = pos.extract::<i64>()?;
            Ok(run(py, || self.inner.seek(n, w))?
                .into_pyobject(py)?
                .into_any()
                .unbind())
        }
    }

    fn tell(&mut self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let t = run(py, || self.inner.tell())?;
        tell_obj(py, &t).map(Bound::unbind)
    }

    #[pyo3(signature = (size=None))]
    fn truncate(&mut self, py: Python<'_>, size: Option<i64>) -> PyResult<Py<PyAny>> {
        self.refresh(py)?;
        Ok(match run(py, || self.inner.truncate(size))? {
            Some(n) => n.into_pyobject(py)?.into_any().unbind(),
            None => py.None(),
        })
    }

    fn flush(&mut self, py: Python<'_>) -> PyResult<()> {
        run(py, || self.inner.flush())
    }

    fn close(&mut self, py: Python<'_>) -> PyResult<()> {
        run(py, || self.inner.close())
    }

    fn fileno(&mut self, py: Python<'_>) -> PyResult<i32> {
        self.refresh(py)?;
        run(py, || self.inner.fileno())
    }

    fn rollover(&mut self, py: Python<'_>) -> PyResult<()> {
        self.refresh(py)?;
        run(py, || self.inner.rollover())
    }

    fn isatty(&self, py: Python<'_>) -> PyResult<bool> {
        run(py, || self.inner.isatty())
    }

    fn readable(&self, py: Python<'_>) -> PyResult<bool> {
        run(py, || self.inner.readable())
    }

    fn writable(&self, py: Python<'_>) -> PyResult<bool> {
        run(py, || self.inner.writable())
    }

    fn seekable(&self, py: Python<'_>) -> PyResult<bool> {
        run(py, || self.inner.seekable())
    }

    fn is_text(&self) -> bool {
        self.inner.is_text()
    }
}
