//! Groups `directories/{mkdtemp,tempdir,tree1000}/{shm,tmpdir}`:
//! - `mkdtemp`: create a temporary directory and remove it (`rmdir`);
//! - `tempdir`: `TemporaryDirectory` create + cleanup of the empty directory;
//! - `tree1000`: the cleanup alone of a directory holding 1000 empty files (the fixture is
//!   made outside the timing, per iteration).
//!
//! Contenders: `raw` (`mkdir(0700)` + `rmdir`; for the tree: `open(O_DIRECTORY|O_NOFOLLOW)`,
//! `getdents64`, `unlinkat` per entry, `close`, `rmdir`), `std-remove_dir_all` (tree),
//! `pytempfile`, the `tempfile` crate (`TempDir::new_in` + drop, which calls
//! `remove_dir_all`), and CPython (`os.rmdir(mkdtemp(dir=d))`,
//! `TemporaryDirectory(dir=d).cleanup()`, and `.cleanup()` of a filled one), looped in Python.
//! `mkdtemp` and `tempdir` run `raw` again last (`raw-again`): the summary's reference is the
//! mean of the two, which shows the drift of the kernel's cost during the group.

use std::hint::black_box;
use std::time::{Duration, Instant};

use benches::{
    Embedded, Fs, Group, criterion, fail, file_systems, fill_tree, fixture_path, make_tree,
    py_contender, py_dir_args, raw_mkdir_rmdir, raw_reference, raw_rmtree,
};
use criterion::{Criterion, criterion_group, criterion_main};
use pytempfile::{DirOptions, Params};

/// Files in the tree-removal fixture.
const TREE_FILES: usize = 1000;

/// The CPython contender: `loops.<func>(tempfile, n, dir[, files])`.
fn python(g: &mut Group<'_>, py_env: &Embedded, func: &str, fs: &Fs, files: Option<usize>) {
    let label = py_env.label.clone();
    py_contender(
        g,
        &label,
        py_env,
        func,
        &py_env.tempfile,
        &py_dir_args(fs, files),
    );
}

fn mkdtemp(c: &mut Criterion, fs: &Fs, py_env: &Embedded) {
    let mut g = c.benchmark_group(format!("directories/mkdtemp/{}", fs.label));
    raw_reference(&mut g, "raw", fs, raw_mkdir_rmdir);
    g.bench_function("pytempfile", |b| {
        let params = Params::new().dir(fs.dir.as_path());
        b.iter(|| {
            let d = pytempfile::mkdtemp(&params).unwrap_or_else(|e| fail(e));
            std::fs::remove_dir(d.as_path()).unwrap_or_else(|e| fail(e));
        });
    });
    g.bench_function("tempfile-crate", |b| {
        // TempDir's drop removes the (empty) directory with remove_dir_all.
        b.iter(|| black_box(tempfile::TempDir::new_in(&fs.dir).unwrap_or_else(|e| fail(e))));
    });
    python(&mut g, py_env, "mkdtemp_loop", fs, None);
    raw_reference(&mut g, "raw-again", fs, raw_mkdir_rmdir);
    g.finish();
}

fn temporary_directory(c: &mut Criterion, fs: &Fs, py_env: &Embedded) {
    let mut g = c.benchmark_group(format!("directories/tempdir/{}", fs.label));
    raw_reference(&mut g, "raw", fs, raw_mkdir_rmdir);
    g.bench_function("pytempfile", |b| {
        let params = Params::new().dir(fs.dir.as_path());
        b.iter(|| {
            let mut d = pytempfile::TemporaryDirectory::with(&params, DirOptions::new())
                .unwrap_or_else(|e| fail(e));
            d.cleanup().unwrap_or_else(|e| fail(e));
        });
    });
    g.bench_function("tempfile-crate", |b| {
        b.iter(|| black_box(tempfile::TempDir::new_in(&fs.dir).unwrap_or_else(|e| fail(e))));
    });
    python(&mut g, py_env, "tempdir_loop", fs, None);
    raw_reference(&mut g, "raw-again", fs, raw_mkdir_rmdir);
    g.finish();
}

/// Time `remove` on `iters` fresh fixtures (each made before its own timing starts).
fn timed_removals<T>(
    iters: u64,
    mut setup: impl FnMut() -> T,
    mut remove: impl FnMut(T),
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let fixture = setup();
        let t0 = Instant::now();
        remove(fixture);
        total += t0.elapsed();
    }
    total
}

fn tree(c: &mut Criterion, fs: &Fs, py_env: &Embedded) {
    let mut g = c.benchmark_group(format!("directories/tree1000/{}", fs.label));
    // Each iteration needs a fresh 1000-file fixture: few samples, flat sampling.
    g.sample_size(20);
    g.sampling_mode(criterion::SamplingMode::Flat);
    g.bench_function("raw", |b| {
        let mut rng = fastrand::Rng::new();
        let mut buf = vec![0u8; 64 * 1024];
        b.iter_custom(|iters| {
            timed_removals(
                iters,
                || {
                    let p = fixture_path(fs, &mut rng);
                    make_tree(&p, TREE_FILES);
                    std::ffi::CString::new(p.into_os_string().into_encoded_bytes())
                        .unwrap_or_else(|e| fail(e))
                },
                |c| raw_rmtree(&c, &mut buf),
            )
        });
    });
    g.bench_function("std-remove_dir_all", |b| {
        let mut rng = fastrand::Rng::new();
        b.iter_custom(|iters| {
            timed_removals(
                iters,
                || {
                    let p = fixture_path(fs, &mut rng);
                    make_tree(&p, TREE_FILES);
                    p
                },
                |p| std::fs::remove_dir_all(p).unwrap_or_else(|e| fail(e)),
            )
        });
    });
    g.bench_function("pytempfile", |b| {
        let params = Params::new().dir(fs.dir.as_path());
        b.iter_custom(|iters| {
            timed_removals(
                iters,
                || {
                    let d = pytempfile::TemporaryDirectory::with(&params, DirOptions::new())
                        .unwrap_or_else(|e| fail(e));
                    fill_tree(d.path(), TREE_FILES);
                    d
                },
                |mut d| d.cleanup().unwrap_or_else(|e| fail(e)),
            )
        });
    });
    g.bench_function("tempfile-crate", |b| {
        b.iter_custom(|iters| {
            timed_removals(
                iters,
                || {
                    let d = tempfile::TempDir::new_in(&fs.dir).unwrap_or_else(|e| fail(e));
                    fill_tree(d.path(), TREE_FILES);
                    d
                },
                |d| d.close().unwrap_or_else(|e| fail(e)),
            )
        });
    });
    python(&mut g, py_env, "tree_cleanup_loop", fs, Some(TREE_FILES));
    g.finish();
}

fn directories(c: &mut Criterion) {
    let py_env = Embedded::start(false);
    for fs in file_systems() {
        mkdtemp(c, &fs, &py_env);
        temporary_directory(c, &fs, &py_env);
        tree(c, &fs, &py_env);
    }
}

criterion_group! {
    name = group;
    config = criterion();
    targets = directories
}
criterion_main!(group);
