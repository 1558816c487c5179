//! Shared pieces of pytempfile's criterion benches: the file systems to run on, the raw-syscall
//! contenders (the kernel's limit), the CPU-limit name generator, and the embedded CPython
//! (timeit-style loops run inside Python, so the pyo3 call costs nothing per operation).
//!
//! Every contender of a group does the same work: a create bench includes the close and the
//! unlink (or cleanup) on every side, a directory bench the removal, a spool bench the drop.
//! See `docs/benchmarks.md` for how to run them and read the summary.

#![allow(clippy::missing_panics_doc)]

use std::ffi::{CStr, CString};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::Bencher;
use pyo3::prelude::*;
use pyo3::types::{PyModule, PyTuple};

/// A criterion group measured in wall time.
pub type Group<'a> = criterion::BenchmarkGroup<'a, criterion::measurement::WallTime>;

/// Stop the run: an operation under measurement failed (a bench never times a failing path).
pub fn fail(e: impl std::fmt::Display) -> ! {
    panic!("bench operation failed: {e}")
}

/// The raw reference of a group built on [`RawPath`] names: `op` repeated, as benchmark `id`
/// (`raw` first and `raw-again` last, see the summary).
pub fn raw_reference(g: &mut Group<'_>, id: &str, fs: &Fs, op: fn(&mut RawPath)) {
    g.bench_function(id, |b| {
        let mut p = RawPath::new(&fs.dir);
        b.iter(|| op(&mut p));
    });
}

/// Where a group runs: `/dev/shm` (tmpfs) or the default temp dir (`gettempdir()`).
pub struct Fs {
    /// Short label used in group names: `shm` or `tmpdir`.
    pub label: &'static str,
    /// A fresh directory for this process on that file system (removed on drop).
    pub dir: PathBuf,
    /// `dir` as a C string.
    pub cdir: CString,
}

impl Fs {
    fn new(label: &'static str, base: &Path) -> Option<Fs> {
        let dir = base.join(format!("pytempfile-bench-{}-{label}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir).ok()?;
        let cdir = CString::new(dir.as_os_str().as_bytes()).ok()?;
        Some(Fs { label, dir, cdir })
    }

    /// The directory as a `str` for Python.
    pub fn dir_str(&self) -> String {
        self.dir.to_string_lossy().into_owned()
    }
}

impl Drop for Fs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The file systems to run on: tmpfs (`/dev/shm`, when present) and the default temp dir
/// (pytempfile's `gettempdir()`, i.e. CPython's rules: `TMPDIR`, ..., `/tmp`).
pub fn file_systems() -> Vec<Fs> {
    let mut out = Vec::new();
    if let Some(fs) = Fs::new("shm", Path::new("/dev/shm")) {
        out.push(fs);
    }
    let tmp = pytempfile::gettempdir().unwrap_or_else(|_| std::env::temp_dir());
    if let Some(fs) = Fs::new("tmpdir", &tmp) {
        eprintln!("benches: shm = /dev/shm, tmpdir = {}", tmp.display());
        out.push(fs);
    }
    out
}

/// CPython's alphabet.
pub const CHARACTERS: &[u8; 37] = b"abcdefghijklmnopqrstuvwxyz0123456789_";

/// The CPU limit of name generation: one 64-bit draw (wyrand, `fastrand`), mapped to 8
/// characters by multiply-shift, into a stack buffer. (37^8 < 2^64: each step takes the high
/// part of `x * 37` as a digit and keeps the low part.)
#[inline]
pub fn cpu_limit_name(rng: &mut fastrand::Rng) -> [u8; 8] {
    let mut x = rng.u64(..);
    let mut out = [0u8; 8];
    for c in &mut out {
        let m = u128::from(x) * 37;
        *c = CHARACTERS[(m >> 64) as usize];
        x = m as u64;
    }
    out
}

/// A reusable path buffer `dir/tmpXXXXXXXX\0` for the raw contenders (built once, the name
/// part rewritten per attempt: the least work a C program would do).
pub struct RawPath {
    buf: Vec<u8>,
    name_at: usize,
    rng: fastrand::Rng,
}

impl RawPath {
    /// For names in `dir`.
    pub fn new(dir: &Path) -> RawPath {
        let mut buf = dir.as_os_str().as_bytes().to_vec();
        buf.extend_from_slice(b"/tmp");
        let name_at = buf.len();
        buf.extend_from_slice(b"XXXXXXXX\0");
        RawPath {
            buf,
            name_at,
            rng: fastrand::Rng::new(),
        }
    }

    /// Draw the next candidate; the path as a C string.
    #[inline]
    pub fn draw(&mut self) -> &CStr {
        let name = cpu_limit_name(&mut self.rng);
        self.buf[self.name_at..self.name_at + 8].copy_from_slice(&name);
        // The buffer ends with exactly one NUL and names contain none.
        CStr::from_bytes_with_nul(&self.buf).unwrap_or(c"")
    }
}

/// CPython's `_bin_openflags` plus `O_CLOEXEC` (what `os.open` adds).
pub const CREATE_FLAGS: i32 =
    libc::O_RDWR | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW | libc::O_CLOEXEC;

/// `TemporaryFile`'s O_TMPFILE flags: `(_bin_openflags | O_TMPFILE) & ~O_CREAT`, plus
/// `O_CLOEXEC`.
pub const TMPFILE_FLAGS: i32 =
    (libc::O_RDWR | libc::O_EXCL | libc::O_NOFOLLOW | libc::O_TMPFILE) | libc::O_CLOEXEC;

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Raw: `open(O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0600)` (retrying EEXIST with a new
/// name) + `close` + `unlink`.
pub fn raw_create_close_unlink(p: &mut RawPath) {
    loop {
        let path = p.draw();
        // SAFETY: `path` is a valid NUL-terminated string.
        let fd = unsafe { libc::open(path.as_ptr(), CREATE_FLAGS, 0o600) };
        if fd >= 0 {
            // SAFETY: `fd` was just opened; `path` is valid.
            unsafe {
                libc::close(fd);
                libc::unlink(path.as_ptr());
            }
            return;
        }
        assert_eq!(last_errno(), libc::EEXIST, "raw open failed");
    }
}

/// Raw: `open(dir, O_TMPFILE|O_RDWR|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0600)`; the descriptor.
pub fn raw_tmpfile(dir: &CStr) -> i32 {
    // SAFETY: `dir` is a valid NUL-terminated string.
    let fd = unsafe { libc::open(dir.as_ptr(), TMPFILE_FLAGS, 0o600) };
    assert!(fd >= 0, "O_TMPFILE open failed: errno {}", last_errno());
    fd
}

/// Raw: `close(fd)`.
pub fn raw_close(fd: i32) {
    // SAFETY: closing a descriptor this process owns.
    unsafe { libc::close(fd) };
}

/// Raw: write all of `data` to `fd` (one `write` for a regular file).
pub fn raw_write_all(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: `data` is a live buffer of `data.len()` bytes.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        assert!(n > 0, "raw write failed: errno {}", last_errno());
        data = &data[n as usize..];
    }
}

/// Raw: `mkdir(0700)` (retrying EEXIST with a new name) + `rmdir`.
pub fn raw_mkdir_rmdir(p: &mut RawPath) {
    loop {
        let path = p.draw();
        // SAFETY: `path` is a valid NUL-terminated string.
        if unsafe { libc::mkdir(path.as_ptr(), 0o700) } == 0 {
            // SAFETY: as above.
            unsafe { libc::rmdir(path.as_ptr()) };
            return;
        }
        assert_eq!(last_errno(), libc::EEXIST, "raw mkdir failed");
    }
}

/// Make `dir` (mode 0700) holding `n` empty files (the tree-removal fixture).
pub fn make_tree(dir: &Path, n: usize) {
    std::fs::create_dir(dir).expect("tree dir");
    fill_tree(dir, n);
}

/// Create `n` empty files in `dir` (raw calls, fast).
pub fn fill_tree(dir: &Path, n: usize) {
    let mut buf = dir.as_os_str().as_bytes().to_vec();
    buf.push(b'/');
    let base = buf.len();
    for i in 0..n {
        buf.truncate(base);
        buf.extend_from_slice(format!("f{i:05}\0").as_bytes());
        // SAFETY: `buf` is NUL-terminated with no interior NUL.
        let fd = unsafe {
            libc::open(
                buf.as_ptr().cast(),
                libc::O_WRONLY | libc::O_CREAT | libc::O_CLOEXEC,
                0o600,
            )
        };
        assert!(fd >= 0, "fixture file: errno {}", last_errno());
        raw_close(fd);
    }
}

/// Raw tree removal (one level of files, the fixture's shape): `open(O_DIRECTORY|O_NOFOLLOW)`,
/// `getdents64` until empty, `unlinkat` per entry, `close`, `rmdir`. `buf` is the dirent
/// buffer, allocated once by the caller.
pub fn raw_rmtree(dir: &CStr, buf: &mut [u8]) {
    // SAFETY: `dir` is NUL-terminated.
    let fd = unsafe {
        libc::open(
            dir.as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC,
        )
    };
    assert!(fd >= 0, "raw rmtree open: errno {}", last_errno());
    loop {
        // SAFETY: `buf` is a live, writable buffer of `buf.len()` bytes.
        let n = unsafe { libc::syscall(libc::SYS_getdents64, fd, buf.as_mut_ptr(), buf.len()) };
        assert!(n >= 0, "getdents64: errno {}", last_errno());
        if n == 0 {
            break;
        }
        let mut off = 0usize;
        while off < n as usize {
            let reclen = usize::from(u16::from_ne_bytes([buf[off + 16], buf[off + 17]]));
            let name = &buf[off + 19..off + reclen];
            let is_dot = name.starts_with(b".\0") || name.starts_with(b"..\0");
            if !is_dot {
                // SAFETY: the kernel NUL-terminates each name inside its record.
                unsafe { libc::unlinkat(fd, name.as_ptr().cast(), 0) };
            }
            off += reclen;
        }
    }
    raw_close(fd);
    // SAFETY: `dir` is NUL-terminated.
    let r = unsafe { libc::rmdir(dir.as_ptr()) };
    assert_eq!(r, 0, "raw rmtree rmdir: errno {}", last_errno());
}

/// libc `mkstemp` on `dir/tmpXXXXXX` + `close` + `unlink`. `template` is a reusable buffer.
pub fn libc_mkstemp_close_unlink(dir: &Path, template: &mut Vec<u8>) {
    template.clear();
    template.extend_from_slice(dir.as_os_str().as_bytes());
    template.extend_from_slice(b"/tmpXXXXXX\0");
    // SAFETY: `template` is a writable NUL-terminated buffer ending in "XXXXXX".
    let fd = unsafe { libc::mkstemp(template.as_mut_ptr().cast()) };
    assert!(fd >= 0, "mkstemp: errno {}", last_errno());
    raw_close(fd);
    // SAFETY: mkstemp filled in the name; still NUL-terminated.
    unsafe { libc::unlink(template.as_ptr().cast()) };
}

/// A unique path for a fixture directory in `fs`.
pub fn fixture_path(fs: &Fs, rng: &mut fastrand::Rng) -> PathBuf {
    let name = cpu_limit_name(rng);
    fs.dir
        .join(format!("tree{}", String::from_utf8_lossy(&name)))
}

// ---- the embedded CPython ------------------------------------------------------------------

/// The timeit-style loops, run inside the embedded interpreter. Each takes the module to use
/// (`tempfile` or `pytempfile`), the iteration count and its arguments, runs the loop with the
/// cyclic GC off (as `timeit` does) and returns the elapsed nanoseconds (`perf_counter_ns`).
const PY_LOOPS: &str = r#"
import gc, os, sys, tempfile
from time import perf_counter_ns

def _run(body, n, *args):
    enabled = gc.isenabled()
    gc.disable()
    try:
        return body(n, *args)
    finally:
        if enabled:
            gc.enable()

def noop():
    pass

def empty_loop(n):
    def body(n):
        t0 = perf_counter_ns()
        for _ in range(n):
            pass
        return perf_counter_ns() - t0
    return _run(body, n)

def names_loop(mod, n):
    def body(n):
        get = mod._get_candidate_names
        t0 = perf_counter_ns()
        for _ in range(n):
            next(get())
        return perf_counter_ns() - t0
    return _run(body, n)

def next_name(mod):
    return next(mod._get_candidate_names())

def mkstemp_loop(mod, n, d):
    def body(n):
        mk, close, unlink = mod.mkstemp, os.close, os.unlink
        t0 = perf_counter_ns()
        for _ in range(n):
            fd, p = mk(dir=d)
            close(fd)
            unlink(p)
        return perf_counter_ns() - t0
    return _run(body, n)

def named_loop(mod, n, d):
    def body(n):
        ntf = mod.NamedTemporaryFile
        t0 = perf_counter_ns()
        for _ in range(n):
            ntf(dir=d).close()
        return perf_counter_ns() - t0
    return _run(body, n)

def tempfile_loop(mod, n, d):
    def body(n):
        tf = mod.TemporaryFile
        t0 = perf_counter_ns()
        for _ in range(n):
            tf(dir=d).close()
        return perf_counter_ns() - t0
    return _run(body, n)

def mkdtemp_loop(mod, n, d):
    def body(n):
        mk, rmdir = mod.mkdtemp, os.rmdir
        t0 = perf_counter_ns()
        for _ in range(n):
            rmdir(mk(dir=d))
        return perf_counter_ns() - t0
    return _run(body, n)

def tempdir_loop(mod, n, d):
    def body(n):
        td = mod.TemporaryDirectory
        t0 = perf_counter_ns()
        for _ in range(n):
            td(dir=d).cleanup()
        return perf_counter_ns() - t0
    return _run(body, n)

def tree_cleanup_loop(mod, n, d, files):
    def body(n):
        total = 0
        flags = os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC
        for _ in range(n):
            td = mod.TemporaryDirectory(dir=d)
            for i in range(files):
                os.close(os.open(os.path.join(td.name, "f%05d" % i), flags, 0o600))
            t0 = perf_counter_ns()
            td.cleanup()
            total += perf_counter_ns() - t0
        return total
    return _run(body, n)

def named_text_loop(mod, n, d):
    def body(n):
        ntf = mod.NamedTemporaryFile
        text = "h\u00e9llo\n" * 20
        t0 = perf_counter_ns()
        for _ in range(n):
            with ntf("w+", dir=d, encoding="utf-8") as f:
                f.write(text)
                f.seek(0)
                f.read()
        return perf_counter_ns() - t0
    return _run(body, n)

def tempfile_text_loop(mod, n, d):
    def body(n):
        tf = mod.TemporaryFile
        text = "h\u00e9llo\n" * 20
        t0 = perf_counter_ns()
        for _ in range(n):
            with tf("w+", dir=d, encoding="utf-8") as f:
                f.write(text)
                f.seek(0)
                f.read()
        return perf_counter_ns() - t0
    return _run(body, n)

def spool_memory_loop(mod, n, d):
    def body(n):
        stf = mod.SpooledTemporaryFile
        small = b"x" * 100
        t0 = perf_counter_ns()
        for _ in range(n):
            with stf(max_size=65536, dir=d) as s:
                for _ in range(16):
                    s.write(small)
                s.seek(0)
                s.read()
        return perf_counter_ns() - t0
    return _run(body, n)

def spool_text_loop(mod, n, d):
    def body(n):
        stf = mod.SpooledTemporaryFile
        line = "h\u00e9llo w\u00f6rld\n"
        t0 = perf_counter_ns()
        for _ in range(n):
            with stf(max_size=65536, mode="w+", encoding="utf-8", dir=d) as s:
                for _ in range(16):
                    s.write(line)
                s.seek(0)
                s.read()
        return perf_counter_ns() - t0
    return _run(body, n)

def spool_readback_loop(mod, n, d, size, data):
    def body(n):
        stf = mod.SpooledTemporaryFile
        t0 = perf_counter_ns()
        for _ in range(n):
            with stf(max_size=size, dir=d) as s:
                s.write(data)
                s.write(b"x")
                s.seek(0)
                s.read()
        return perf_counter_ns() - t0
    return _run(body, n)

def spool_loop(mod, n, d, size, data):
    def body(n):
        stf = mod.SpooledTemporaryFile
        t0 = perf_counter_ns()
        for _ in range(n):
            f = stf(max_size=size, dir=d)
            f.write(data)
            f.write(b"x")
            f.close()
        return perf_counter_ns() - t0
    return _run(body, n)
"#;

/// The embedded interpreter with the loops loaded and both modules imported.
pub struct Embedded {
    /// The loops (`PY_LOOPS`).
    pub loops: Py<PyModule>,
    /// The standard `tempfile`.
    pub tempfile: Py<PyModule>,
    /// `pytempfile` (the binding), when it could be installed.
    pub pytempfile: Option<Py<PyModule>>,
    /// `"cpython3.13"`: the contender's name, from the linked interpreter's version.
    pub label: String,
}

impl Embedded {
    /// Start CPython (once per process) and load the loops.
    pub fn start(with_binding: bool) -> Embedded {
        Python::initialize();
        Python::attach(|py| -> PyResult<Embedded> {
            let vi = py.version_info();
            let label = format!("cpython{}.{}", vi.major, vi.minor);
            let code = CString::new(PY_LOOPS)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
            let loops = PyModule::from_code(py, &code, c"bench_loops.py", c"bench_loops")?;
            let tempfile = py.import("tempfile")?;
            let pytempfile = if with_binding {
                Some(pytempfile_python::install(py)?.unbind())
            } else {
                None
            };
            Ok(Embedded {
                loops: loops.unbind(),
                tempfile: tempfile.unbind(),
                pytempfile,
                label,
            })
        })
        .unwrap_or_else(|e| panic!("embedding CPython failed: {e}"))
    }
}

/// Time a loop that runs inside Python: `call(iters)` runs `iters` operations there and
/// returns the elapsed nanoseconds measured in Python (one pyo3 call per sample, not per
/// operation).
pub fn py_iter_custom<F>(b: &mut Bencher<'_>, mut call: F)
where
    F: FnMut(u64) -> PyResult<u64>,
{
    b.iter_custom(|iters| {
        let ns = call(iters).unwrap_or_else(|e| panic!("python loop failed: {e}"));
        Duration::from_nanos(ns)
    });
}

/// A contender timed inside Python, as benchmark `id`: `loops.<func>(module, n, *extra)` runs
/// `n` operations with `module` (`tempfile` or `pytempfile`) and returns their nanoseconds.
pub fn py_contender(
    g: &mut Group<'_>,
    id: &str,
    py_env: &Embedded,
    func: &str,
    module: &Py<PyModule>,
    extra: &[Py<PyAny>],
) {
    Python::attach(|py| {
        let f = py_env
            .loops
            .bind(py)
            .getattr(func)
            .unwrap_or_else(|e| fail(e));
        let module = module.bind(py).clone().into_any();
        let extra: Vec<Bound<'_, PyAny>> = extra.iter().map(|a| a.bind(py).clone()).collect();
        g.bench_function(id, |b| {
            py_iter_custom(b, |n| {
                let mut args = vec![module.clone(), n.into_pyobject(py)?.into_any()];
                args.extend(extra.iter().cloned());
                f.call1(PyTuple::new(py, args)?)?.extract()
            });
        });
    });
}

/// `[dir]` (and the file count, when given) as the extra arguments of a Python loop.
pub fn py_dir_args(fs: &Fs, files: Option<usize>) -> Vec<Py<PyAny>> {
    Python::attach(|py| {
        let mut out = vec![
            fs.dir_str()
                .into_pyobject(py)
                .unwrap_or_else(|e| fail(e))
                .into_any()
                .unbind(),
        ];
        if let Some(n) = files {
            out.push(
                n.into_pyobject(py)
                    .unwrap_or_else(|e| fail(e))
                    .into_any()
                    .unbind(),
            );
        }
        out
    })
}

/// Criterion's configuration for these benches: 1 s warm-up, 3 s measurement, 100 samples;
/// the command line overrides them
/// (`--warm-up-time`, `--measurement-time`, `--sample-size`, `--test`).
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}
