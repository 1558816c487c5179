//! Run one operation N times, for a profiler: `valgrind --tool=callgrind` counts instructions
//! deterministically (the shared machine's timings are noisy; `perf` may be unavailable), and
//! `strace -c` / `strace -f` count the system calls.
//!
//! ```sh
//! cargo build --release -p benches --bin profile
//! valgrind --tool=callgrind target/release/profile named 10000 /dev/shm
//! strace -c target/release/profile tempfile 1000 /dev/shm
//! ```
//!
//! Operations: `names`, `cpu-limit`, `mkstemp`, `named`, `tempfile`, `mkdtemp`, `tempdir`,
//! `spool:N` (N bytes then one more), each exactly as the `pytempfile` contender of the
//! criterion benches does it; and `py:LOOP:MODULE` (e.g. `py:named_loop:pytempfile`), one of
//! the benches' Python loops in the embedded interpreter with `tempfile` or `pytempfile`.

use std::hint::black_box;
use std::path::PathBuf;

use pytempfile::{DirOptions, FileOptions, Params};

fn fail(e: impl std::fmt::Display) -> ! {
    eprintln!("profile: {e}");
    std::process::exit(1)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(op), Some(n)) = (args.first(), args.get(1)) else {
        fail("usage: profile OP N [DIR]")
    };
    let n: u64 = n.parse().unwrap_or_else(|e| fail(e));
    let dir = PathBuf::from(args.get(2).map_or("/dev/shm", String::as_str));
    let params = Params::new().dir(dir.as_path());
    let opts = FileOptions::new();
    let t = pytempfile::Tempfile::global();
    match op.as_str() {
        "names" => {
            let seq = pytempfile::RandomNameSequence::new();
            for _ in 0..n {
                black_box(seq.next_array());
            }
        }
        "cpu-limit" => {
            let mut rng = fastrand::Rng::new();
            for _ in 0..n {
                black_box(benches::cpu_limit_name(&mut rng));
            }
        }
        "mkstemp" => {
            for _ in 0..n {
                let (fd, path) = t.mkstemp(&params, false).unwrap_or_else(|e| fail(e));
                drop(fd);
                std::fs::remove_file(path.as_path()).unwrap_or_else(|e| fail(e));
            }
        }
        "named" => {
            for _ in 0..n {
                let mut f = t
                    .named_temporary_file(&params, &opts)
                    .unwrap_or_else(|e| fail(e));
                f.close().unwrap_or_else(|e| fail(e));
            }
        }
        "tempfile" => {
            for _ in 0..n {
                let mut f = t.temporary_file(&params, &opts).unwrap_or_else(|e| fail(e));
                f.close().unwrap_or_else(|e| fail(e));
            }
        }
        "mkdtemp" => {
            for _ in 0..n {
                let d = t.mkdtemp(&params).unwrap_or_else(|e| fail(e));
                std::fs::remove_dir(d.as_path()).unwrap_or_else(|e| fail(e));
            }
        }
        "tempdir" => {
            for _ in 0..n {
                let mut d = t
                    .temporary_directory(&params, DirOptions::new())
                    .unwrap_or_else(|e| fail(e));
                d.cleanup().unwrap_or_else(|e| fail(e));
            }
        }
        spool if spool.starts_with("spool:") => {
            let size: usize = spool[6..].parse().unwrap_or_else(|e| fail(e));
            let data = vec![0x5au8; size];
            for _ in 0..n {
                let mut s = t
                    .spooled_temporary_file(size as i64, &params, &opts)
                    .unwrap_or_else(|e| fail(e));
                s.write(&data).unwrap_or_else(|e| fail(e));
                s.write(b"x").unwrap_or_else(|e| fail(e));
                s.close().unwrap_or_else(|e| fail(e));
            }
        }
        py if py.starts_with("py:") => {
            use pyo3::prelude::*;
            let mut parts = py[3..].splitn(2, ':');
            let (Some(func), Some(module)) = (parts.next(), parts.next()) else {
                fail("py:LOOP:MODULE")
            };
            let env = benches::Embedded::start(module == "pytempfile");
            Python::attach(|py| -> PyResult<()> {
                let m = match module {
                    "pytempfile" => env.pytempfile.as_ref().map(|m| m.bind(py).clone()),
                    _ => Some(env.tempfile.bind(py).clone()),
                };
                let Some(m) = m else { fail("no module") };
                let f = env.loops.bind(py).getattr(func)?;
                let ns: u64 = if func == "names_loop" {
                    f.call1((m, n))?.extract()?
                } else {
                    f.call1((m, n, dir.to_string_lossy().as_ref()))?.extract()?
                };
                eprintln!("{func} {module}: {} ns/op", ns / n.max(1));
                Ok(())
            })
            .unwrap_or_else(|e| fail(e));
        }
        other => fail(format!("unknown operation {other}")),
    }
}
