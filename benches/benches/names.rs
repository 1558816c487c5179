//! Group `names`: one candidate name (8 characters from CPython's 37-character alphabet).
//!
//! Contenders: pytempfile's `RandomNameSequence` (the thread's generator: stack array, and as an
//! owned `String`), `OwnedNameSequence` (a generator owned by the sequence, as CPython's
//! instance owns its `_rng`); the
//! CPU limit (one 64-bit draw, multiply-shift, stack buffer); the `tempfile` crate's name path
//! (`Builder::make_in(dir, |_| Ok(()))` + `keep()`: name and path, no file); CPython's
//! `next(_get_candidate_names())` in a loop inside Python, with two baselines: the empty
//! Python loop, and a no-op Python function called through pyo3 (what a per-call measurement
//! from Rust would add).

use std::hint::black_box;

use benches::{Embedded, cpu_limit_name, criterion, py_iter_custom};
use criterion::{Criterion, criterion_group, criterion_main};
use pyo3::prelude::*;

fn names(c: &mut Criterion) {
    let py_env = Embedded::start(false);
    let dir = pytempfile::gettempdir().unwrap_or_else(|_| std::env::temp_dir());
    let mut g = c.benchmark_group("names");

    g.bench_function("cpu-limit", |b| {
        let mut rng = fastrand::Rng::new();
        b.iter(|| black_box(cpu_limit_name(&mut rng)));
    });
    g.bench_function("pytempfile", |b| {
        let seq = pytempfile::RandomNameSequence::new();
        b.iter(|| black_box(seq.next_array()));
    });
    g.bench_function("pytempfile-owned", |b| {
        let mut seq = pytempfile::OwnedNameSequence::new();
        b.iter(|| black_box(seq.next_array()));
    });
    g.bench_function("pytempfile-string", |b| {
        let mut seq = pytempfile::RandomNameSequence::new();
        b.iter(|| black_box(seq.next()));
    });
    g.bench_function("tempfile-crate", |b| {
        let builder = tempfile::Builder::new();
        b.iter(|| {
            let f = builder
                .make_in(&dir, |_| Ok(()))
                .unwrap_or_else(|e| panic!("make_in: {e}"));
            black_box(f.keep().ok())
        });
    });
    Python::attach(|py| {
        let loops = py_env.loops.bind(py);
        let tempfile = py_env.tempfile.bind(py);
        let label = &py_env.label;
        g.bench_function(label.as_str(), |b| {
            let f = loops.getattr("names_loop").expect("names_loop");
            py_iter_custom(b, |n| f.call1((tempfile, n))?.extract());
        });
        g.bench_function(format!("{label}-empty-loop"), |b| {
            let f = loops.getattr("empty_loop").expect("empty_loop");
            py_iter_custom(b, |n| f.call1((n,))?.extract());
        });
        g.bench_function(format!("{label}-pyo3-noop-call"), |b| {
            let f = loops.getattr("noop").expect("noop");
            b.iter(|| black_box(f.call0().expect("noop")));
        });
        g.bench_function(format!("{label}-pyo3-call"), |b| {
            let f = loops.getattr("next_name").expect("next_name");
            b.iter(|| black_box(f.call1((tempfile,)).expect("next_name")));
        });
    });
    g.finish();
}

criterion_group! {
    name = group;
    config = criterion();
    targets = names
}
criterion_main!(group);
