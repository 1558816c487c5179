//! Groups `binding/{mkstemp,named,tempfile,tempdir}/{shm,tmpdir}` and `binding/names`: the
//! same operations called from Python, in one embedded interpreter, with the `pytempfile`
//! module (the binding: `pyref::install_binding`) against the standard `tempfile`. Each is
//! measured inside Python (N iterations of a Python loop, divided by N), so the pyo3 call
//! that starts the loop does not count:
//! - `mkstemp`: `fd, p = mod.mkstemp(dir=d); os.close(fd); os.unlink(p)`;
//! - `named`: `mod.NamedTemporaryFile(dir=d).close()`;
//! - `tempfile`: `mod.TemporaryFile(dir=d).close()`;
//! - `tempdir`: `mod.TemporaryDirectory(dir=d).cleanup()`;
//! - `names`: `next(mod._get_candidate_names())`.

use benches::{Embedded, Fs, criterion, fail, file_systems, py_contender, py_dir_args};
use criterion::{Criterion, criterion_group, criterion_main};

/// Both modules, in the same group: `tempfile` (the reference) and `pytempfile`.
fn pair(c: &mut Criterion, py_env: &Embedded, op: &str, func: &str, fs: Option<&Fs>) {
    let name = match fs {
        Some(fs) => format!("binding/{op}/{}", fs.label),
        None => format!("binding/{op}"),
    };
    let ours = py_env
        .pytempfile
        .as_ref()
        .unwrap_or_else(|| fail("pytempfile not installed"));
    let extra = fs.map(|fs| py_dir_args(fs, None)).unwrap_or_default();
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
    }
}

criterion_group! {
    name = group;
    config = criterion();
    targets = binding
}
criterion_main!(group);
