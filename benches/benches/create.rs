//! Groups `create/{mkstemp,named,tempfile}/{shm,tmpdir}`: create a temporary file, close it,
//! and remove it, on tmpfs (`/dev/shm`) and on the default temp dir.
//!
//! Every contender does the whole job (create + close + unlink, or create + close for the
//! nameless O_TMPFILE file):
//! - `raw`: `open(O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0600)` + `close` + `unlink`
//!   (`mkstemp`, `named`), or `open(dir, O_TMPFILE|...)` + `close` (`tempfile`): the limit;
//! - `libc-mkstemp`: glibc's `mkstemp` + `close` + `unlink`;
//! - `pytempfile`: `mkstemp` + drop the descriptor + `remove_file`; `NamedTemporaryFile` +
//!   `close()` (which unlinks); `TemporaryFile` + `close()`;
//! - `tempfile-crate`: `NamedTempFile::new_in` + drop; `tempfile_in` + drop;
//! - `cpythonX.Y`: `fd, p = mkstemp(dir=d); os.close(fd); os.unlink(p)`,
//!   `NamedTemporaryFile(dir=d).close()`, `TemporaryFile(dir=d).close()`, looped in Python;
//! - `raw-again`: the raw sequence once more, last: on this shared machine the kernel's cost
//!   drifts while a group runs, so the summary takes the reference as the mean of `raw` and
//!   `raw-again` and shows how far apart they were.

use std::hint::black_box;

use benches::{
    Embedded, Fs, Group, criterion, fail, file_systems, libc_mkstemp_close_unlink, py_contender,
    py_dir_args, raw_close, raw_create_close_unlink, raw_reference, raw_tmpfile,
};
use criterion::{Criterion, criterion_group, criterion_main};
use pytempfile::{FileOptions, Params};

fn mkstemp(c: &mut Criterion, fs: &Fs, py_env: &Embedded) {
    let mut g = c.benchmark_group(format!("create/mkstemp/{}", fs.label));
    raw_reference(&mut g, "raw", fs, raw_create_close_unlink);
    g.bench_function("libc-mkstemp", |b| {
        let mut template = Vec::with_capacity(256);
        b.iter(|| libc_mkstemp_close_unlink(&fs.dir, &mut template));
    });
    g.bench_function("pytempfile", |b| {
        let params = Params::new().dir(fs.dir.as_path());
        b.iter(|| {
            let (fd, path) = pytempfile::mkstemp(&params).unwrap_or_else(|e| fail(e));
            drop(fd);
            std::fs::remove_file(path.as_path()).unwrap_or_else(|e| fail(e));
        });
    });
    g.bench_function("tempfile-crate", |b| {
        // NamedTempFile's drop unlinks; `into_parts` would keep it.
        b.iter(|| {
            black_box(tempfile::NamedTempFile::new_in(&fs.dir).unwrap_or_else(|e| fail(e)));
        });
    });
    python(&mut g, py_env, "mkstemp_loop", fs);
    raw_reference(&mut g, "raw-again", fs, raw_create_close_unlink);
    g.finish();
}

fn named(c: &mut Criterion, fs: &Fs, py_env: &Embedded) {
    let mut g = c.benchmark_group(format!("create/named/{}", fs.label));
    raw_reference(&mut g, "raw", fs, raw_create_close_unlink);
    g.bench_function("pytempfile", |b| {
        let params = Params::new().dir(fs.dir.as_path());
        let opts = FileOptions::new();
        b.iter(|| {
            let mut f =
                pytempfile::NamedTemporaryFile::with(&params, &opts).unwrap_or_else(|e| fail(e));
            f.close().unwrap_or_else(|e| fail(e));
        });
    });
    g.bench_function("tempfile-crate", |b| {
        b.iter(|| {
            black_box(tempfile::NamedTempFile::new_in(&fs.dir).unwrap_or_else(|e| fail(e)));
        });
    });
    python(&mut g, py_env, "named_loop", fs);
    raw_reference(&mut g, "raw-again", fs, raw_create_close_unlink);
    g.finish();
}

fn temporary_file(c: &mut Criterion, fs: &Fs, py_env: &Embedded) {
    let mut g = c.benchmark_group(format!("create/tempfile/{}", fs.label));
    g.bench_function("raw", |b| {
        b.iter(|| raw_close(raw_tmpfile(&fs.cdir)));
    });
    g.bench_function("pytempfile", |b| {
        let params = Params::new().dir(fs.dir.as_path());
        let opts = FileOptions::new();
        let t = pytempfile::Tempfile::global();
        b.iter(|| {
            let mut f = t.temporary_file(&params, &opts).unwrap_or_else(|e| fail(e));
            f.close().unwrap_or_else(|e| fail(e));
        });
    });
    g.bench_function("tempfile-crate", |b| {
        b.iter(|| {
            black_box(tempfile::tempfile_in(&fs.dir).unwrap_or_else(|e| fail(e)));
        });
    });
    python(&mut g, py_env, "tempfile_loop", fs);
    g.bench_function("raw-again", |b| {
        b.iter(|| raw_close(raw_tmpfile(&fs.cdir)));
    });
    g.finish();
}

/// The CPython contender: `loops.<func>(tempfile, n, dir)`.
fn python(g: &mut Group<'_>, py_env: &Embedded, func: &str, fs: &Fs) {
    let label = py_env.label.clone();
    py_contender(
        g,
        &label,
        py_env,
        func,
        &py_env.tempfile,
        &py_dir_args(fs, None),
    );
}

fn create(c: &mut Criterion) {
    let py_env = Embedded::start(false);
    for fs in file_systems() {
        mkstemp(c, &fs, &py_env);
        named(c, &fs, &py_env);
        temporary_file(c, &fs, &py_env);
    }
}

criterion_group! {
    name = group;
    config = criterion();
    targets = create
}
criterion_main!(group);
