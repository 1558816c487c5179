//! TemporaryFile: the O_TMPFILE path (no name, no directory entry, two system calls), the
//! `_O_TMPFILE_WORKS` switch, the mkstemp+unlink fallback and its errors, the object per mode.
//!
//! Expectations checked against CPython 3.10.13 and 3.13.0 by running TemporaryFile with
//! `os.open` patched to fail the O_TMPFILE open with EOPNOTSUPP, EACCES, ENOENT and EISDIR
//! (fallback each time, `_O_TMPFILE_WORKS` turned off only by EISDIR, `tempfile.mkstemp` audited
//! only in the fallback), with `os.unlink` patched to fail (PermissionError, `os.close` called on
//! the descriptor, the file left in the directory), with a nonexistent `dir`, and removing the
//! directory while the file is open.
// Linux only: `TemporaryFile` through O_TMPFILE and its fallback; on Windows `TemporaryFile` is `NamedTemporaryFile` (tests/windows.rs).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]

mod common;

use std::io::{Read, Seek, Write};

use common::{Sandbox, access_mode, call_kinds, forced, fstat_of, module_v, unclosed_fds};
use pytempfile::os::{Call, Fault};
use pytempfile::{
    Arg, Behaviour, ExcClass, FaultyOs, FileName, FileOptions, Filename, Params, PathKind,
    PyVersion, Tempfile,
};

fn p(sb: &Sandbox) -> Vec<u8> {
    sb.bytes()
}

#[test]
fn o_tmpfile_file_has_no_name_and_costs_two_syscalls() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("tf-otmp");
        let (t, os, events) = module_v(&sb, v);
        os.start_log();
        let mut f = t
            .temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        let fd = f.fileno().unwrap();
        assert_eq!(f.name(), &FileName::Fd(fd));
        assert_eq!(f.class_name(), "BufferedRandom");
        // 3.15's FileIO keeps the `w` of `w+b`.
        let raw_mode = if v.has(Behaviour::FileIoModeKeepsW) {
            "wb+"
        } else {
            "rb+"
        };
        assert_eq!(f.mode(), raw_mode, "{v}");
        let st = fstat_of(f.as_fd().unwrap());
        assert_eq!(st.st_nlink, 0, "an O_TMPFILE file has no link");
        assert_eq!(st.st_mode & 0o7777, 0o600);
        assert_eq!(st.st_mode & libc::S_IFMT, libc::S_IFREG);
        assert_eq!(access_mode(f.as_fd().unwrap()), libc::O_RDWR);
        assert!(pytempfile::os::is_cloexec(fd).unwrap());
        assert!(sb.entries().is_empty());
        assert!(
            events.take().is_empty(),
            "no audit event on the O_TMPFILE path"
        );
        f.close().unwrap();
        let log = os.log();
        assert_eq!(call_kinds(&log), vec![Call::Open, Call::Close], "{v:?}");
        assert_eq!(os.syscalls(), 2);
        // The open is of the directory itself.
        assert_eq!(log[0].path.as_deref(), Some(&p(&sb)[..]));
        assert!(t.o_tmpfile_works());
    }
}

#[test]
fn o_tmpfile_data_round_trip_and_dir_removed_while_open() {
    let sb = Sandbox::new("tf-rmdir");
    let sub = sb.join("sub");
    std::fs::create_dir(&sub).unwrap();
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    for works in [true, false] {
        t.set_o_tmpfile_works(works);
        let mut f = t
            .temporary_file(&Params::new().dir(sub.as_path()), &FileOptions::new())
            .unwrap();
        assert!(std::fs::read_dir(&sub).unwrap().next().is_none());
        std::fs::remove_dir(&sub).unwrap();
        f.write_all(b"still here").unwrap();
        f.rewind().unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        assert_eq!(s, "still here");
        f.close().unwrap();
        std::fs::create_dir(&sub).unwrap();
    }
}

#[test]
fn fallback_creates_then_unlinks_and_audits() {
    let sb = Sandbox::new("tf-fallback");
    let (t, os, events) = module_v(&sb, PyVersion::V3_13);
    t.set_o_tmpfile_works(false);
    os.start_log();
    let mut f = t
        .temporary_file(
            &Params::new().names(forced(&["aaaaaaaa"])),
            &FileOptions::new(),
        )
        .unwrap();
    let path = sb.join("tmpaaaaaaaa");
    let pbytes = path.as_os_str().as_encoded_bytes().to_vec();
    assert!(sb.entries().is_empty());
    let fd = f.fileno().unwrap();
    assert_eq!(f.name(), &FileName::Fd(fd));
    assert_eq!(fstat_of(f.as_fd().unwrap()).st_nlink, 0);
    assert_eq!(
        events.audits(),
        vec![("tempfile.mkstemp".to_string(), pbytes.clone())]
    );
    f.close().unwrap();
    let log = os.log();
    assert_eq!(
        call_kinds(&log),
        vec![Call::Open, Call::Unlink, Call::Close]
    );
    assert_eq!(log[0].path.as_deref(), Some(&pbytes[..]));
    assert_eq!(log[1].path.as_deref(), Some(&pbytes[..]));
    assert!(!t.o_tmpfile_works(), "stays as assigned");
}

fn with_fault(sb: &Sandbox, fault: Fault) -> (Tempfile, std::sync::Arc<FaultyOs>, common::Events) {
    let (t, os, events) = module_v(sb, PyVersion::V3_13);
    os.add_fault(fault);
    (t, os, events)
}

#[test]
fn eisdir_turns_o_tmpfile_off_for_good() {
    let sb = Sandbox::new("tf-eisdir");
    let (t, os, events) = with_fault(&sb, Fault::nth_of(Call::Open, 1, libc::EISDIR));
    os.start_log();
    let f = t
        .temporary_file(
            &Params::new().names(forced(&["aaaaaaaa"])),
            &FileOptions::new(),
        )
        .unwrap();
    assert!(!t.o_tmpfile_works());
    let log = os.log();
    assert_eq!(call_kinds(&log), vec![Call::Open, Call::Open, Call::Unlink]);
    assert!(log[0].injected);
    assert_eq!(events.audits().len(), 1);
    assert!(sb.entries().is_empty());
    drop(f);
    // The next call goes straight to the fallback.
    os.start_log();
    events.clear();
    let f = t
        .temporary_file(&Params::new(), &FileOptions::new())
        .unwrap();
    let log = os.log();
    assert_eq!(call_kinds(&log), vec![Call::Open, Call::Unlink]);
    assert_ne!(log[0].path.as_deref(), Some(&p(&sb)[..]));
    assert_eq!(events.audits().len(), 1);
    drop(f);
    assert!(sb.entries().is_empty());
}

#[test]
fn other_errors_fall_back_for_one_call_only() {
    for errno in [
        libc::EOPNOTSUPP,
        libc::EACCES,
        libc::ENOENT,
        libc::EINVAL,
        libc::EIO,
    ] {
        let sb = Sandbox::new("tf-other");
        let (t, os, events) = with_fault(&sb, Fault::nth_of(Call::Open, 1, errno));
        os.start_log();
        let f = t
            .temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        assert!(t.o_tmpfile_works(), "errno {errno}");
        assert_eq!(
            call_kinds(&os.log()),
            vec![Call::Open, Call::Open, Call::Unlink],
            "errno {errno}"
        );
        assert_eq!(events.audits().len(), 1);
        assert!(sb.entries().is_empty());
        drop(f);
        // The next call tries O_TMPFILE again.
        os.start_log();
        events.clear();
        let f = t
            .temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        let log = os.log();
        assert_eq!(call_kinds(&log), vec![Call::Open]);
        assert_eq!(log[0].path.as_deref(), Some(&p(&sb)[..]));
        assert!(events.audits().is_empty());
        drop(f);
        assert_eq!(unclosed_fds(&os.log()), Vec::<i32>::new());
    }
}

#[test]
fn eintr_on_the_o_tmpfile_open_is_retried() {
    let sb = Sandbox::new("tf-eintr");
    let (t, os, events) = with_fault(&sb, Fault::nth_of(Call::Open, 1, libc::EINTR));
    os.start_log();
    let f = t
        .temporary_file(&Params::new(), &FileOptions::new())
        .unwrap();
    let log = os.log();
    assert_eq!(call_kinds(&log), vec![Call::Open, Call::Open]);
    assert_eq!(log[1].path.as_deref(), Some(&p(&sb)[..]));
    assert!(events.audits().is_empty());
    assert!(t.o_tmpfile_works());
    drop(f);
}

#[test]
fn nonexistent_dir_ends_in_the_fallback_file_not_found() {
    for kind in [PathKind::Str, PathKind::Bytes] {
        let sb = Sandbox::new("tf-nodir");
        let (t, os, events) = module_v(&sb, PyVersion::V3_13);
        let missing = sb.join("nonexistent_dir_x");
        let mbytes = missing.as_os_str().as_encoded_bytes().to_vec();
        let dir = match kind {
            PathKind::Str => Arg::str(&missing),
            PathKind::Bytes => Arg::bytes(mbytes.clone()),
        };
        os.start_log();
        let err = t
            .temporary_file(
                &Params::new().dir(dir).names(forced(&["aaaaaaaa"])),
                &FileOptions::new(),
            )
            .unwrap_err();
        let mut cand = mbytes.clone();
        cand.extend_from_slice(b"/tmpaaaaaaaa");
        assert_eq!(err.class(), ExcClass::FileNotFoundError);
        let want = match kind {
            PathKind::Str => Filename::Str(cand.clone()),
            PathKind::Bytes => Filename::Bytes(cand.clone()),
        };
        assert_eq!(err.filename(), Some(&want));
        assert_eq!(
            err.to_string(),
            format!("[Errno 2] No such file or directory: {}", want.repr())
        );
        assert!(t.o_tmpfile_works(), "ENOENT does not turn the switch off");
        let log = os.log();
        assert_eq!(call_kinds(&log), vec![Call::Open, Call::Open]);
        assert_eq!(log[0].path.as_deref(), Some(&mbytes[..]));
        assert_eq!(log[1].path.as_deref(), Some(&cand[..]));
        assert_eq!(
            events.audits(),
            vec![("tempfile.mkstemp".to_string(), cand)]
        );
        assert!(sb.entries().is_empty());
    }
}

#[test]
fn unlink_failure_in_the_fallback_closes_the_descriptor() {
    let sb = Sandbox::new("tf-unlink");
    let (t, os, _) = with_fault(&sb, Fault::every(Call::Unlink, libc::EACCES));
    t.set_o_tmpfile_works(false);
    os.start_log();
    let err = t
        .temporary_file(
            &Params::new().names(forced(&["aaaaaaaa"])),
            &FileOptions::new(),
        )
        .unwrap_err();
    let path = sb.join("tmpaaaaaaaa");
    let pbytes = path.as_os_str().as_encoded_bytes().to_vec();
    assert_eq!(err.class(), ExcClass::PermissionError);
    assert_eq!(err.filename(), Some(&Filename::Str(pbytes.clone())));
    assert_eq!(
        err.to_string(),
        format!("[Errno 13] Permission denied: '{}'", path.display())
    );
    let log = os.log();
    assert_eq!(
        call_kinds(&log),
        vec![Call::Open, Call::Unlink, Call::Close]
    );
    assert_eq!(unclosed_fds(&log), Vec::<i32>::new());
    // As in CPython, the file whose unlink failed stays in the directory.
    assert_eq!(sb.entries(), vec!["tmpaaaaaaaa".to_string()]);
}

/// (mode, buffering, class, mode shown), as CPython shows them for TemporaryFile.
const MODES: &[(&str, i64, &str, &str)] = &[
    ("w+b", -1, "BufferedRandom", "rb+"),
    ("w+", -1, "TextIOWrapper", "w+"),
    ("wb", 0, "FileIO", "wb"),
    ("rb", -1, "BufferedReader", "rb"),
    ("r", -1, "TextIOWrapper", "r"),
    ("a", -1, "TextIOWrapper", "a"),
    ("wb", -1, "BufferedWriter", "wb"),
    ("w+b", 0, "FileIO", "rb+"),
];

#[test]
fn object_per_mode_on_both_paths() {
    for works in [true, false] {
        for &(mode, buffering, class, shown) in MODES {
            let sb = Sandbox::new("tf-modes");
            let (t, os, _) = module_v(&sb, PyVersion::V3_13);
            t.set_o_tmpfile_works(works);
            os.start_log();
            let mut f = t
                .temporary_file(
                    &Params::new(),
                    &FileOptions::new().mode(mode).buffering(buffering),
                )
                .unwrap();
            let ctx = format!("{mode} {buffering} o_tmpfile={works}");
            assert_eq!(f.class_name(), class, "{ctx}");
            assert_eq!(f.mode(), shown, "{ctx}");
            assert_eq!(f.name(), &FileName::Fd(f.fileno().unwrap()), "{ctx}");
            assert_eq!(access_mode(f.as_fd().unwrap()), libc::O_RDWR, "{ctx}");
            assert_eq!(fstat_of(f.as_fd().unwrap()).st_mode & 0o777, 0o600);
            assert!(sb.entries().is_empty(), "{ctx}");
            f.close().unwrap();
            assert_eq!(unclosed_fds(&os.log()), Vec::<i32>::new(), "{ctx}");
        }
    }
}

#[test]
fn bad_arguments() {
    for works in [true, false] {
        // A bad mode: nothing is opened.
        let sb = Sandbox::new("tf-bad");
        let (t, os, _) = module_v(&sb, PyVersion::V3_13);
        t.set_o_tmpfile_works(works);
        for mode in ["wr", "b", "z"] {
            let err = t
                .temporary_file(&Params::new(), &FileOptions::new().mode(mode))
                .unwrap_err();
            assert_eq!(err.class(), ExcClass::ValueError, "{mode}");
        }
        let err = t
            .temporary_file(&Params::new(), &FileOptions::new().encoding("utf-8"))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "binary mode doesn't take an encoding argument"
        );
        assert_eq!(os.syscalls(), 0);
        // A bad encoding or newline: opened and closed, nothing on disk, and the switch stays.
        os.start_log();
        for (opts, class) in [
            (
                FileOptions::new().mode("w").encoding("nope"),
                ExcClass::LookupError,
            ),
            (
                FileOptions::new().mode("w").newline("x"),
                ExcClass::ValueError,
            ),
            (
                FileOptions::new().mode("w").buffering(0),
                ExcClass::ValueError,
            ),
        ] {
            let err = t.temporary_file(&Params::new(), &opts).unwrap_err();
            assert_eq!(err.class(), class, "{opts:?}");
        }
        assert_eq!(t.o_tmpfile_works(), works);
        let log = os.log();
        assert!(log.iter().any(|c| c.call == Call::Open));
        assert_eq!(unclosed_fds(&log), Vec::<i32>::new());
        assert!(sb.entries().is_empty());
    }
}

#[test]
fn bytes_dir_works_on_both_paths() {
    for works in [true, false] {
        let sb = Sandbox::new("tf-bytes");
        let (t, _, events) = module_v(&sb, PyVersion::V3_13);
        t.set_o_tmpfile_works(works);
        let f = t
            .temporary_file(
                &Params::new().dir(Arg::bytes(sb.bytes())),
                &FileOptions::new(),
            )
            .unwrap();
        assert!(matches!(f.name(), FileName::Fd(_)));
        let audits = events.take();
        assert_eq!(audits.len(), usize::from(!works));
        if let Some(pytempfile::Event::Audit { path, .. }) = audits.first() {
            assert_eq!(path.kind(), PathKind::Bytes);
        }
    }
}

/// `truncate(-1)` on a text file: TextIOWrapper flushes and hands the size to its buffer,
/// so a read-only one says the buffer cannot truncate (CPython: `UnsupportedOperation:
/// truncate`) and a writable one passes it to `ftruncate` (EINVAL).
#[test]
fn text_truncate_negative_is_the_buffers_answer() {
    let sb = Sandbox::new("tf-trunc-neg");
    for v in PyVersion::ALL {
        let (t, _, _) = module_v(&sb, v);
        let opts = FileOptions::new().mode("r").encoding("ascii");
        let mut f = t.temporary_file(&Params::new(), &opts).unwrap();
        let err = f.truncate(Some(-1)).unwrap_err();
        assert_eq!(err.class(), ExcClass::UnsupportedOperation, "{v}");
        assert_eq!(err.to_string(), "truncate", "{v}");
        let opts = FileOptions::new().mode("w+").encoding("ascii");
        let mut f = t.temporary_file(&Params::new(), &opts).unwrap();
        let err = f.truncate(Some(-1)).unwrap_err();
        assert_eq!(err.errno(), Some(libc::EINVAL), "{v}");
    }
}

/// 3.15 opens `O_TMPFILE` without `O_EXCL`, so its holder can give the file a name; before,
/// `O_EXCL` makes the file impossible to link (the kernel answers `ENOENT`).
#[test]
fn o_tmpfile_is_linkable_only_without_o_excl() {
    for v in PyVersion::ALL {
        let sb = Sandbox::new("tf-link");
        let (t, _, _) = module_v(&sb, v);
        let f = t
            .temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        let target = sb.path.join("linked");
        let c = std::ffi::CString::new(target.as_os_str().as_encoded_bytes()).unwrap();
        let linked = pytempfile::os::link_fd(f.fileno().unwrap(), &c);
        if v.has(Behaviour::TmpfileWithoutExcl) {
            linked.unwrap_or_else(|e| panic!("{v}: {e}"));
            assert!(target.is_file(), "{v}");
            assert_eq!(fstat_of(f.as_fd().unwrap()).st_nlink, 1, "{v}");
        } else {
            let e = linked.expect_err(&v.to_string());
            assert_eq!(e.raw_os_error(), Some(libc::ENOENT), "{v}");
            assert!(!target.exists(), "{v}");
        }
    }
}

/// An error of the `O_TMPFILE` attempt that is no OS error (an unknown encoding, raised once
/// the descriptor is open) is raised as it is: CPython's `except OSError` does not catch it,
/// so there is no fallback and nothing is created by name.
#[test]
fn a_non_os_error_of_the_o_tmpfile_attempt_is_raised_without_a_fallback() {
    let sb = Sandbox::new("unnamed-lookup");
    let (t, os, _) = module_v(&sb, PyVersion::V3_13);
    let e = t
        .temporary_file(
            &Params::new(),
            &FileOptions::new().mode("w+").encoding("nope"),
        )
        .unwrap_err();
    assert_eq!(e.class(), ExcClass::LookupError, "{e}");
    assert_eq!(os.count(Call::Open), 1, "only the O_TMPFILE open");
    assert_eq!(os.count(Call::Unlink), 0);
    assert!(t.o_tmpfile_works());
}
