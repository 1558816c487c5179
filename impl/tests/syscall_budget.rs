//! Syscall budgets: each operation makes the minimum number of system calls, counted through
//! the OS seam ([`FaultyOs`]), deterministically (no timing). The minimum is the raw syscall
//! sequence a C program would use for the same result (see shared/reference/baselines.md):
//!
//! | operation | calls |
//! |---|---|
//! | `NamedTemporaryFile` create + close (deleted) | 3: open, close, unlink |
//! | `TemporaryFile` create + close (O_TMPFILE) | 2: open, close |
//! | empty `TemporaryDirectory` create + cleanup | 2: mkdir, rmdir |
//! | `SpooledTemporaryFile` rollover + close | 3: open, writev, close |
//!
//! Every CPython version mode is checked, and so are `mkstemp` (+ close + unlink by the caller:
//! 1 call inside pytempfile) and `mkdtemp` (1). The `tempdir` is set, as after the first call
//! computed it (the one-time probe is not part of an operation's cost).
// Linux only: the system-call budgets are Linux's (O_TMPFILE, unlink); Windows makes other calls (GetFullPathNameW, O_TEMPORARY).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use common::Sandbox;
use pytempfile::os::Call;
use pytempfile::{
    Arg, DirOptions, FaultyOs, FileOptions, Params, PyVersion, SpooledTemporaryFile, Tempfile,
};

/// A module instance for `version` whose `tempdir` is the sandbox, counting through the seam.
/// No event sink: the common case (a sink only adds work in user space, never a system call).
fn module(sb: &Sandbox, version: PyVersion) -> (Tempfile, Arc<FaultyOs>) {
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder()
        .os(os.clone())
        .version(version)
        .tempdir(Arg::from(sb.path.as_os_str()))
        .build();
    (t, os)
}

fn counts(os: &FaultyOs) -> Vec<(Call, u64)> {
    os.counts()
        .into_iter()
        .filter(|(c, _)| !matches!(c, Call::Getenv | Call::Getcwd))
        .collect()
}

#[test]
fn named_temporary_file_create_and_close_is_three_calls() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("budget-named");
        let (t, os) = module(&sb, v);
        let mut f = t
            .named_temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        let path = f.path().to_path_buf();
        f.close().unwrap();
        drop(f);
        assert!(!path.exists());
        assert_eq!(
            counts(&os),
            vec![(Call::Open, 1), (Call::Close, 1), (Call::Unlink, 1)],
            "{v:?}"
        );
        assert_eq!(os.syscalls(), 3, "{v:?}");
    }
}

#[test]
fn named_temporary_file_dropped_or_exited_is_three_calls() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("budget-named-drop");
        let (t, os) = module(&sb, v);
        let f = t
            .named_temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        f.exit().unwrap();
        assert_eq!(os.syscalls(), 3, "exit {v:?}");
        os.reset_counts();
        let f = t
            .named_temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        drop(f);
        assert_eq!(os.syscalls(), 3, "drop {v:?}");
        assert!(sb.entries().is_empty());
    }
}

#[test]
fn temporary_file_create_and_close_is_two_calls() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("budget-tf");
        let (t, os) = module(&sb, v);
        let mut f = t
            .temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        f.close().unwrap();
        drop(f);
        assert_eq!(
            counts(&os),
            vec![(Call::Open, 1), (Call::Close, 1)],
            "{v:?}"
        );
        assert_eq!(os.syscalls(), 2, "{v:?}");
        assert!(sb.entries().is_empty());
    }
}

#[test]
fn empty_temporary_directory_create_and_cleanup_is_two_calls() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("budget-td");
        let (t, os) = module(&sb, v);
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        d.cleanup().unwrap();
        drop(d);
        assert_eq!(
            counts(&os),
            vec![(Call::Mkdir, 1), (Call::Rmdir, 1)],
            "{v:?}"
        );
        assert_eq!(os.syscalls(), 2, "{v:?}");
        // Leaving a `with` block (exit) and the finalizer (drop) cost the same.
        os.reset_counts();
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        d.exit().unwrap();
        assert_eq!(os.syscalls(), 2, "exit {v:?}");
        os.reset_counts();
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        drop(d);
        assert_eq!(os.syscalls(), 2, "drop {v:?}");
        assert!(sb.entries().is_empty());
    }
}

#[test]
fn spool_rollover_and_close_is_three_calls() {
    for v in PyVersion::ALL {
        // (max_size 0 means "never roll over", so the smallest spool is 1 byte.)
        for n in [1usize, 4096, 65_536, 1 << 20] {
            let sb = Sandbox::new("budget-spool");
            let (t, os) = module(&sb, v);
            let mut s: SpooledTemporaryFile = t
                .spooled_temporary_file(n as i64, &Params::new(), &FileOptions::new())
                .unwrap();
            let data = vec![7u8; n];
            s.write(&data).unwrap();
            assert!(!s.rolled());
            assert_eq!(os.syscalls(), 0, "nothing before the rollover ({v:?}, {n})");
            s.write(b"!").unwrap();
            assert!(s.rolled());
            s.close().unwrap();
            drop(s);
            assert_eq!(
                counts(&os),
                vec![(Call::Open, 1), (Call::Close, 1), (Call::Writev, 1)],
                "{v:?}, {n}"
            );
            assert_eq!(os.syscalls(), 3, "{v:?}, {n}");
        }
    }
}

#[test]
fn mkstemp_and_mkdtemp_are_one_call_each() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("budget-mk");
        let (t, os) = module(&sb, v);
        let (fd, path) = t.mkstemp(&Params::new(), false).unwrap();
        assert_eq!(counts(&os), vec![(Call::Open, 1)], "{v:?}");
        drop(fd);
        std::fs::remove_file(path.as_path()).unwrap();
        os.reset_counts();
        let d = t.mkdtemp(&Params::new()).unwrap();
        assert_eq!(counts(&os), vec![(Call::Mkdir, 1)], "{v:?}");
        std::fs::remove_dir(d.as_path()).unwrap();
    }
}
