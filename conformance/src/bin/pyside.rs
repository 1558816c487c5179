//! One side of the implementations harness for the linked CPython, as a process: the
//! Python-level driver (`conformance/py/pydiff.py`, its `serve` loop) running in the embedded
//! interpreter, on the standard `tempfile` or on the embedded `pytempfile` module.
//!
//! ```sh
//! pyside --module pytempfile [--collect]    # pytempfile, as `import pytempfile` would load it
//! pyside --module tempfile [--collect]      # the linked CPython's own tempfile
//! pyside --module pytempfile --script FILE [ARGS]   # FILE as __main__, `import tempfile` giving pytempfile
//! pyside --module pytempfile -m MODULE [ARGS]       # `python -m MODULE`, the same substitution
//! ```
//!
//! It speaks the driver's line protocol on stdin and stdout (`conformance::impls`), so that
//! pytempfile is one more implementation to the harness, run like any interpreter; with
//! `--script` or `-m` it runs the guarantees' drivers and test suites the same way.

use std::ffi::CString;

use pyo3::prelude::*;
use pyo3::types::{PyList, PyModule};

/// The driver's source.
const DRIVER: &str = include_str!("../../py/pydiff.py");

enum Run {
    Serve { collect: bool, hide: Vec<String> },
    Script(String),
    Module(String),
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut module = "tempfile".to_string();
    let mut run = Run::Serve {
        collect: false,
        hide: Vec::new(),
    };
    let mut rest: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--module" => match it.next() {
                Some(m) if m == "tempfile" || m == "pytempfile" => module.clone_from(m),
                _ => usage(),
            },
            "--collect" => {
                if let Run::Serve { collect, .. } = &mut run {
                    *collect = true;
                }
            }
            "--hide" => {
                let name = it.next().cloned().unwrap_or_else(|| usage());
                if let Run::Serve { hide, .. } = &mut run {
                    hide.push(name);
                }
            }
            "--script" => {
                run = Run::Script(it.next().cloned().unwrap_or_else(|| usage()));
                rest = it.cloned().collect();
                break;
            }
            "-m" => {
                run = Run::Module(it.next().cloned().unwrap_or_else(|| usage()));
                rest = it.cloned().collect();
                break;
            }
            _ => usage(),
        }
    }
    Python::initialize();
    let result = Python::attach(|py| -> PyResult<i32> {
        pyref::point_executable(py)?;
        if module == "pytempfile" {
            let m = pytempfile_python::install(py)?;
            if !matches!(run, Run::Serve { .. }) {
                py.import("sys")?
                    .getattr("modules")?
                    .set_item("tempfile", m)?;
            }
        }
        match &run {
            Run::Serve { collect, hide } => {
                let code = CString::new(DRIVER)
                    .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
                let driver =
                    PyModule::from_code(py, &code, c"conformance/py/pydiff.py", c"pydiff")?;
                let mut argv = vec!["serve".to_string(), "--module".to_string(), module.clone()];
                if *collect {
                    argv.push("--collect".into());
                }
                for h in hide {
                    argv.push("--hide".into());
                    argv.push(h.clone());
                }
                driver
                    .getattr("main")?
                    .call1((PyList::new(py, argv)?,))?
                    .extract()
            }
            Run::Script(path) | Run::Module(path) => {
                let sys = py.import("sys")?;
                let mut argv = vec![path.clone()];
                argv.extend(rest.iter().cloned());
                sys.setattr("argv", PyList::new(py, &argv)?)?;
                let runpy = py.import("runpy")?;
                let kwargs = pyo3::types::PyDict::new(py);
                kwargs.set_item("run_name", "__main__")?;
                let outcome = if let Run::Script(p) = &run {
                    runpy.getattr("run_path")?.call((p,), Some(&kwargs))
                } else {
                    kwargs.set_item("alter_sys", true)?;
                    runpy.getattr("run_module")?.call((path,), Some(&kwargs))
                };
                match outcome {
                    Ok(_) => Ok(0),
                    Err(e) if e.is_instance_of::<pyo3::exceptions::PySystemExit>(py) => {
                        let code = e.value(py).getattr("code")?;
                        if code.is_none() {
                            Ok(0)
                        } else if let Ok(n) = code.extract::<i32>() {
                            Ok(n)
                        } else {
                            eprintln!("{code}");
                            Ok(1)
                        }
                    }
                    Err(e) => Err(e),
                }
            }
        }
    });
    match result {
        Ok(0) => {}
        Ok(n) => std::process::exit(n),
        Err(e) => {
            Python::attach(|py| e.print(py));
            std::process::exit(1);
        }
    }
}

fn usage() -> ! {
    eprintln!(
        "usage: pyside [--module tempfile|pytempfile] [--collect] [--hide NAME]... | [--script FILE [ARGS] | -m MODULE [ARGS]]"
    );
    std::process::exit(2);
}
