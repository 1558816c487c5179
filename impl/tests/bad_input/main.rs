//! The bad-input sweep of the crate's public API (issue 14): every entry point fed bad input of
//! every kind, table-driven. Each case states the outcome CPython's `tempfile` has for the same
//! input (success, or the exception class and errno); the run also checks that no case panics,
//! every error is clear (a class and a non-empty message), no descriptor leaks and nothing is
//! left in the case's directory. Resource cases (EMFILE, ENOSPC, EROFS, an unwritable
//! `TMPDIR` without `CAP_DAC_OVERRIDE`) run in forked children or on a private tmpfs mount;
//! a mount that cannot be made skips its cases with the reason printed.
// Linux only: EMFILE in a child, ENOSPC/EROFS on private tmpfs mounts, DAC capabilities, fork.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]

mod args;
#[path = "../common/mod.rs"]
mod common;
mod files;
mod options;
mod resources;

use args::arg_cases;
use files::{after_close_cases, file_op_cases};
use options::{option_cases, spool_cases};
use resources::{mount_cases, resource_cases};

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use common::Sandbox;
use pytempfile::os::Whence;
use pytempfile::{
    Arg, DirOptions, Error, ExcClass, FaultyOs, FileOptions, Params, PyVersion, Tempfile,
};

/// What CPython does with the same input.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    Ok,
    Err(ExcClass, Option<i32>),
}

use Expect::Ok as Fine;

fn err(c: ExcClass) -> Expect {
    Expect::Err(c, None)
}

fn os_err(c: ExcClass, errno: i32) -> Expect {
    Expect::Err(c, Some(errno))
}

type CaseFn = Box<dyn Fn(&Tempfile, &Path) -> Result<(), Error>>;

struct Case {
    category: &'static str,
    label: String,
    expect: Expect,
    run: CaseFn,
}

fn t() -> Tempfile {
    Tempfile::builder().version(PyVersion::V3_13).build()
}

fn in_dir(d: &Path) -> Params {
    Params::new().dir(Arg::str(d))
}

/// Create with every creator and drop/remove what was made; `params` gets `dir` unless set.
type Creator = fn(&Tempfile, &Params) -> Result<(), Error>;

fn creators() -> Vec<(&'static str, Creator)> {
    vec![
        ("mkstemp", |t, p| {
            let (_fd, name) = t.mkstemp(p, false)?;
            fs::remove_file(name.as_path()).unwrap();
            Ok(())
        }),
        ("mkdtemp", |t, p| {
            let name = t.mkdtemp(p)?;
            fs::remove_dir(name.as_path()).unwrap();
            Ok(())
        }),
        ("mktemp", |t, p| t.mktemp(p).map(drop)),
        ("NamedTemporaryFile", |t, p| {
            t.named_temporary_file(p, &FileOptions::new())?.close()
        }),
        ("TemporaryFile", |t, p| {
            t.temporary_file(p, &FileOptions::new())?.close()
        }),
        ("SpooledTemporaryFile rolled", |t, p| {
            let mut s = t.spooled_temporary_file(1, p, &FileOptions::new())?;
            s.write(b"xy")?;
            s.close()
        }),
        ("TemporaryDirectory", |t, p| {
            t.temporary_directory(p, DirOptions::new())?.exit()
        }),
    ]
}

fn bytes_dir(p: Params, d: &Path) -> Params {
    p.dir(Arg::bytes(d.as_os_str().as_bytes().to_vec()))
}

fn fd_count() -> usize {
    pytempfile::os::open_fd_count().unwrap()
}

fn entries(p: &Path) -> Vec<PathBuf> {
    fs::read_dir(p)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[test]
fn bad_input_sweep_of_the_crate() {
    let mut cases = Vec::new();
    arg_cases(&mut cases);
    option_cases(&mut cases);
    spool_cases(&mut cases);
    file_op_cases(&mut cases);
    after_close_cases(&mut cases);
    resource_cases(&mut cases);
    mount_cases(&mut cases);
    let sb = Sandbox::new("bad-input");
    let t = t();
    let mut per_category: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut failures = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        *per_category.entry(c.category).or_default() += 1;
        let d = sb.join(format!("c{i}"));
        fs::create_dir(&d).unwrap();
        let before = fd_count();
        let r = catch_unwind(AssertUnwindSafe(|| (c.run)(&t, &d)));
        let after = fd_count();
        let label = &c.label;
        let got = match r {
            Err(_) => {
                failures.push(format!("{label}: panicked"));
                continue;
            }
            Ok(Ok(())) => Expect::Ok,
            Ok(Err(e)) => {
                if e.message().is_empty() && e.errno().is_none() {
                    failures.push(format!("{label}: an error without a message: {e:?}"));
                }
                Expect::Err(e.class(), e.errno())
            }
        };
        if got != c.expect {
            failures.push(format!("{label}: expected {:?}, got {got:?}", c.expect));
        }
        if after != before {
            failures.push(format!("{label}: descriptors {before} -> {after}"));
        }
        let left = entries(&d);
        if !left.is_empty() {
            failures.push(format!("{label}: left {left:?}"));
        }
        common::force_remove(&d);
    }
    println!("| Category | Cases |\n|---|---|");
    for (cat, n) in &per_category {
        println!("| {cat} | {n} |");
    }
    println!("| total | {} |", cases.len());
    println!("failures: {}", failures.len());
    assert!(failures.is_empty(), "{failures:#?}");
}
