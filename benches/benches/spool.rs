//! Groups `spool/{shm,tmpdir}`, one input per size N (4 KiB, 64 KiB, 1 MiB, 16 MiB), with
//! `Throughput::Bytes(N + 1)`: a spool with `max_size = N` gets N bytes (one write: still in
//! memory), then 1 more (the rollover to a real file), then is closed.
//!
//! Contenders: `raw` (the limit: `open(dir, O_TMPFILE|...)`, one `write` of N + 1 bytes from
//! the caller's buffer, `close`), `pytempfile` (`SpooledTemporaryFile`), the `tempfile`
//! crate (`SpooledTempFile`), CPython (`SpooledTemporaryFile(max_size=N, dir=d)`, looped in
//! Python).

use std::io::Write;

use benches::{
    Embedded, Fs, criterion, fail, file_systems, py_iter_custom, raw_close, raw_tmpfile,
    raw_write_all,
};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use pytempfile::{FileOptions, Params};

const SIZES: [usize; 4] = [4 << 10, 64 << 10, 1 << 20, 16 << 20];

fn spool_fs(c: &mut Criterion, fs: &Fs, py_env: &Embedded) {
    let mut g = c.benchmark_group(format!("spool/{}", fs.label));
    let data = vec![0x5au8; SIZES[SIZES.len() - 1] + 1];
    for n in SIZES {
        g.throughput(Throughput::Bytes(n as u64 + 1));
        if n >= 1 << 20 {
            g.sample_size(20);
            g.sampling_mode(criterion::SamplingMode::Flat);
        } else {
            g.sample_size(100);
            g.sampling_mode(criterion::SamplingMode::Auto);
        }
        g.bench_with_input(BenchmarkId::new("raw", n), &n, |b, &n| {
            b.iter(|| {
                let fd = raw_tmpfile(&fs.cdir);
                raw_write_all(fd, &data[..=n]);
                raw_close(fd);
            });
        });
        g.bench_with_input(BenchmarkId::new("pytempfile", n), &n, |b, &n| {
            let params = Params::new().dir(fs.dir.as_path());
            let opts = FileOptions::new();
            let t = pytempfile::Tempfile::global();
            b.iter(|| {
                let mut s = t
                    .spooled_temporary_file(n as i64, &params, &opts)
                    .unwrap_or_else(|e| fail(e));
                s.write(&data[..n]).unwrap_or_else(|e| fail(e));
                s.write(b"x").unwrap_or_else(|e| fail(e));
                s.close().unwrap_or_else(|e| fail(e));
            });
        });
        g.bench_with_input(BenchmarkId::new("tempfile-crate", n), &n, |b, &n| {
            b.iter(|| {
                let mut s = tempfile::spooled_tempfile_in(n, &fs.dir);
                s.write_all(&data[..n]).unwrap_or_else(|e| fail(e));
                s.write_all(b"x").unwrap_or_else(|e| fail(e));
                assert!(s.is_rolled());
                drop(s);
            });
        });
        Python::attach(|py| {
            let f = py_env
                .loops
                .bind(py)
                .getattr("spool_loop")
                .unwrap_or_else(|e| fail(e));
            let module = py_env.tempfile.bind(py);
            let dir = fs.dir_str();
            let bytes = PyBytes::new(py, &data[..n]);
            g.bench_with_input(BenchmarkId::new(py_env.label.as_str(), n), &n, |b, &n| {
                py_iter_custom(b, |iters| {
                    f.call1((module, iters, &dir, n, &bytes))?.extract()
                });
            });
        });
    }
    g.finish();
}

fn spool(c: &mut Criterion) {
    let py_env = Embedded::start(false);
    for fs in file_systems() {
        spool_fs(c, &fs, &py_env);
    }
}

criterion_group! {
    name = group;
    config = criterion();
    targets = spool
}
criterion_main!(group);
