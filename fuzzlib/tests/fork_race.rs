//! Processes racing on one directory: `O_EXCL` across processes, and fresh names after
//! `fork()`.
//!
//! Four threads of this process each fork two children (one after the other, from the same
//! generator state: the thread draws a name first, so its generator is seeded before both
//! forks). The first child of every thread waits at a gate (a pipe the parent closes once all
//! of them are ready: no sleeps), so they and the parent then race together:
//! - on a forced pool of 16 names with `TMP_MAX` 16, each process creating files until the
//!   pool is exhausted: every name must be won by exactly one process, the files must be
//!   exactly the names won, each holding its winner's token;
//! - on random names: each child creates 20 files with `mkstemp` (random names) in another
//!   directory; after the children exit each parent thread draws 20 names from the generator
//!   the children inherited. No name may appear twice across the parent and all children.
//!
//! One test in this binary (forking a process that runs other tests' threads is avoided).
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::os::fd::RawFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use fuzzlib::Sandbox;
use pytempfile::names::FnNames;
use pytempfile::{Arg, Params, RandomNameSequence, Tempfile};

const POOL: usize = 16;
const RANDOM: usize = 20;
const THREADS: usize = 4;

fn pipe() -> (RawFd, RawFd) {
    let mut fds = [0; 2];
    // SAFETY: `fds` is a live array of two ints.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    (fds[0], fds[1])
}

fn close(fd: RawFd) {
    // SAFETY: closing an integer descriptor has no memory-safety requirement.
    unsafe { libc::close(fd) };
}

fn write_byte(fd: RawFd) {
    // SAFETY: one byte from a live buffer.
    unsafe { libc::write(fd, b"r".as_ptr().cast(), 1) };
}

/// Block until the write end of `fd`'s pipe is closed everywhere.
fn wait_eof(fd: RawFd) {
    let mut b = [0u8; 1];
    // SAFETY: one byte into a live buffer.
    while unsafe { libc::read(fd, b.as_mut_ptr().cast(), 1) } != 0 {}
}

/// Create files from the forced pool in `dir` until exhaustion; return the names won. Each
/// file holds `token`.
fn claim_pool(dir: &Path, start: usize, token: &str) -> Result<Vec<String>, String> {
    let next = Arc::new(AtomicUsize::new(start));
    let source = FnNames(move |out: &mut Vec<u8>| {
        let i = next.fetch_add(1, Ordering::SeqCst) % POOL;
        out.extend_from_slice(format!("p{i:02}").as_bytes());
        Ok(())
    });
    let t = Tempfile::builder().tmp_max(POOL as u64).build();
    let params = Params::new()
        .dir(Arg::str(dir))
        .prefix("")
        .names(Arc::new(source));
    let mut won = Vec::new();
    loop {
        match t.mkstemp(&params, false) {
            Ok((fd, path)) => {
                let mut f = fs::File::from(fd);
                std::io::Write::write_all(&mut f, token.as_bytes()).map_err(|e| e.to_string())?;
                let name = path
                    .as_path()
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                won.push(name);
            }
            Err(e) if e.is_exists() => return Ok(won),
            Err(e) => return Err(format!("mkstemp: {e}")),
        }
    }
}

struct Dirs {
    pool: PathBuf,
    random: PathBuf,
    reports: PathBuf,
}

/// A child's work; its report goes to `reports/<id>`.
fn child(d: &Dirs, id: usize, gate: Option<(RawFd, RawFd, RawFd)>) -> i32 {
    let report = d.reports.join(format!("child{id}"));
    let r = (|| -> Result<String, String> {
        let mut out = String::new();
        if let Some((gate_r, gate_w, ready_w)) = gate {
            close(gate_w);
            write_byte(ready_w);
            wait_eof(gate_r);
        }
        for name in claim_pool(&d.pool, id * 5, &format!("child{id}"))? {
            out.push_str(&format!("won {name}\n"));
        }
        let t = Tempfile::builder().build();
        for _ in 0..RANDOM {
            let (fd, path) = t
                .mkstemp(&Params::new().dir(Arg::str(&d.random)).prefix(""), false)
                .map_err(|e| e.to_string())?;
            drop(fd);
            let name = path
                .as_path()
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            out.push_str(&format!("rand {name}\n"));
        }
        Ok(out)
    })();
    match r {
        Ok(out) => {
            fs::write(&report, out).unwrap_or(());
            0
        }
        Err(e) => {
            let _ = fs::write(&report, format!("error {e}\n"));
            1
        }
    }
}

#[test]
fn processes_race_with_o_excl_and_draw_fresh_names() {
    let sb = Sandbox::new("fork");
    let d = Dirs {
        pool: sb.mkdir("pool"),
        random: sb.mkdir("random"),
        reports: sb.mkdir("reports"),
    };
    let (gate_r, gate_w) = pipe();
    let (ready_r, ready_w) = pipe();
    let results = std::thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|th| {
                let d = &d;
                s.spawn(move || {
                    // Seed this thread's generator before forking.
                    let seed = RandomNameSequence.next_array();
                    let a = pytempfile::os::fork_wait(|| {
                        child(d, th * 2, Some((gate_r, gate_w, ready_w)))
                    })
                    .unwrap();
                    // The second child inherits the same generator state as the first.
                    let b = pytempfile::os::fork_wait(|| child(d, th * 2 + 1, None)).unwrap();
                    let mine: Vec<String> = (0..RANDOM)
                        .map(|_| {
                            String::from_utf8(RandomNameSequence.next_array().to_vec()).unwrap()
                        })
                        .collect();
                    (th, seed, a, b, mine)
                })
            })
            .collect();
        // Every first child is at the gate: open it, and race them.
        let mut b = [0u8; 1];
        for _ in 0..THREADS {
            // SAFETY: one byte into a live buffer.
            assert_eq!(unsafe { libc::read(ready_r, b.as_mut_ptr().cast(), 1) }, 1);
        }
        close(gate_w);
        let parent_won = claim_pool(&d.pool, 3, "parent").unwrap();
        let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        (parent_won, results)
    });
    close(gate_r);
    close(ready_r);
    close(ready_w);
    let (parent_won, results) = results;

    // Reports.
    let mut won: BTreeMap<String, String> = BTreeMap::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let claim = |who: &str, name: &str, map: &mut BTreeMap<String, String>| {
        if let Some(prev) = map.insert(name.to_string(), who.to_string()) {
            panic!("{name} claimed by both {prev} and {who}");
        }
    };
    for n in &parent_won {
        claim("parent", n, &mut won);
    }
    for (th, seed, a, b, mine) in &results {
        assert_eq!((*a, *b), (0, 0), "children of thread {th} failed: {:?}", {
            let r = |i: usize| fs::read_to_string(d.reports.join(format!("child{i}")));
            (r(th * 2), r(th * 2 + 1))
        });
        claim(
            &format!("parent thread {th} (seed)"),
            std::str::from_utf8(seed).unwrap(),
            &mut names,
        );
        for n in mine {
            claim(&format!("parent thread {th}"), n, &mut names);
        }
    }
    for id in 0..THREADS * 2 {
        let report = fs::read_to_string(d.reports.join(format!("child{id}"))).unwrap();
        for line in report.lines() {
            match line.split_once(' ') {
                Some(("won", n)) => claim(&format!("child{id}"), n, &mut won),
                Some(("rand", n)) => claim(&format!("child{id}"), n, &mut names),
                _ => panic!("child{id}: {line}"),
            }
        }
    }
    // Every pool name was won exactly once, by creating it: the files are exactly the names
    // won, each with its winner's token.
    let files: BTreeSet<String> = fuzzlib::fsutil::list(&d.pool).into_iter().collect();
    let claimed: BTreeSet<String> = won.keys().cloned().collect();
    assert_eq!(files, claimed, "files in the pool directory vs names won");
    assert_eq!(files.len(), POOL, "the pool is exhausted");
    for (name, who) in &won {
        let content = fs::read_to_string(d.pool.join(name)).unwrap();
        assert_eq!(&content, who, "{name} holds another process's token");
    }
    // Random names: the parent's and every child's are all different.
    let random_files = fuzzlib::fsutil::list(&d.random).len();
    assert_eq!(random_files, THREADS * 2 * RANDOM);
    assert_eq!(names.len(), THREADS * (RANDOM + 1) + THREADS * 2 * RANDOM);
}
