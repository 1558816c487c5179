//! Groups `binding/{mkstemp,named,tempfile,tempdir}/{shm,tmpdir}` and `binding/names`: the
//! same operations called from Python, in one embedded interpreter, with the `pytempfile`
//! module (`pytempfile_python::install`) against the standard `tempfile`. Each is
//! measured inside Python (N iterations of a Python loop, divided by N), so the pyo3 call
//! that starts the loop does not count:
//! - `mkstemp`: `fd, p = mod.mkstemp(dir=d); os.close(fd); os.unlink(p)`;
//! - `named`: `mod.NamedTemporaryFile(dir=d).close()`;
//! - `tempfile`: `mod.TemporaryFile(dir=d).close()`;
//! - `tempdir`: `mod.TemporaryDirectory(dir=d).cleanup()`;
//! - `names`: `next(mod._get_candidate_names())`;
//! - `mkdtemp`: `os.rmdir(mod.mkdtemp(dir=d))`;
//! - `named-text` / `tempfile-text`: `with mod.NamedTemporaryFile("w+", dir=d,
//!   encoding="utf-8") as f`: write 20 short lines, `seek(0)`, `read()` (and the same with
//!   `TemporaryFile`);
//! - `spool-memory`: `with SpooledTemporaryFile(max_size=65536, dir=d) as s`: 16 writes of
//!   100 bytes, `seek(0)`, `read()` (no rollover);
//! - `spool-text`: the same in text mode (`"w+"`, UTF-8, 16 lines);
//! - `spool-rollover/<N>` (N = 4 KiB, 64 KiB, 1 MiB, 16 MiB): `max_size=N`: write N bytes,
//!   write 1 more (the rollover), `seek(0)`, `read()` everything back.

use benches::{Embedded, Fs, criterion, fail, file_systems, py_contender, py_dir_args};
use criterion::{Criterion, criterion_group, criterion_main};
use pyo3::prelude::*;

/// Both modules, in the same group: `tempfile` (the reference) and `pytempfile`.
fn pair(c: &mut Criterion, py_env: &Embedded, op: &str, func: &str, fs: Option<&Fs>) {
    let extra = fs.map(|fs| py_dir_args(fs, None)).unwrap_or_default();
    pair_with(c, py_env, op, func, fs, extra);
}

/// [`pair`] with the loop's arguments after the module and the count given.
fn pair_with(
    c: &mut Criterion,
    py_env: &Embedded,
    op: &str,
    func: &str,
    fs: Option<&Fs>,
    extra: Vec<Py<PyAny>>,
) {
    let name = match fs {
        Some(fs) => format!("binding/{op}/{}", fs.label),
        None => format!("binding/{op}"),
    };
    let ours = py_env
        .pytempfile
        .as_ref()
        .unwrap_or_else(|| fail("pytempfile not installed"));
    let mut g = c.benchmark_group(name);
    py_contender(&mut g, "tempfile", py_env, func, &py_env.tempfile, &extra);
    py_contender(&mut g, "pytempfile", py_env, func, ours, &extra);
    g.finish();
}

fn binding(c: &mut Criterion) {
    let py_env = Embedded::start(true);
    pair(c, &py_env, "names", "names_loop", None);
    for fs in file_systems() {
        pair(c, &py_env, "mkstemp", "mkstemp_loop", Some(&fs));
        pair(c, &py_env, "named", "named_loop", Some(&fs));
        pair(c, &py_env, "tempfile", "tempfile_loop", Some(&fs));
        pair(c, &py_env, "tempdir", "tempdir_loop", Some(&fs));
        pair(c, &py_env, "mkdtemp", "mkdtemp_loop", Some(&fs));
        pair(c, &py_env, "named-text", "named_text_loop", Some(&fs));
        pair(c, &py_env, "tempfile-text", "tempfile_text_loop", Some(&fs));
        pair(c, &py_env, "spool-memory", "spool_memory_loop", Some(&fs));
        pair(c, &py_env, "spool-text", "spool_text_loop", Some(&fs));
        for (label, size) in [
            ("4KiB", 4usize << 10),
            ("64KiB", 64 << 10),
            ("1MiB", 1 << 20),
            ("16MiB", 16 << 20),
        ] {
            let mut extra = py_dir_args(&fs, None);
            Python::attach(|py| -> PyResult<()> {
                extra.push(size.into_pyobject(py)?.into_any().unbind());
                extra.push(
                    pyo3::types::PyBytes::new(py, &vec![b'y'; size])
                        .into_any()
                        .unbind(),
                );
                Ok(())
            })
            .unwrap_or_else(|e| fail(e));
            pair_with(
                c,
                &py_env,
                &format!("spool-rollover-{label}"),
                "spool_readback_loop",
                Some(&fs),
                extra,
            );
        }
    }
}

criterion_group! {
    name = group;
    config = criterion();
    targets = binding
}
criterion_main!(group);
