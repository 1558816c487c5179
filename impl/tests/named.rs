//! NamedTemporaryFile: CPython's deletion table per version, manual removal, the file object per
//! mode, what bad arguments leave behind, names, permissions, and the Rust I/O traits.
//!
//! Every expectation was checked by running CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0 (the
//! deletion table for every `delete` x `delete_on_close` x scenario; the object per mode; the
//! messages of bad arguments; manual removal before close).
#![allow(clippy::unwrap_used)]
// On Windows the POSIX-only tests below are compiled out, and their helpers with them.
#![cfg_attr(windows, allow(dead_code, unused_imports))]

mod common;

use std::io::{Read, Seek, SeekFrom, Write};
#[cfg(unix)]
use std::os::fd::AsRawFd;
use std::path::PathBuf;

use common::{Sandbox, forced, module_v, unclosed_fds};
#[cfg(unix)]
use common::{access_mode, mode_of};
use pytempfile::os::Call;
use pytempfile::{
    Arg, Event, ExcClass, FileName, FileOptions, Filename, NamedTemporaryFile, Params, PathKind,
    PyVersion, Tempfile,
};

const MODERN: [PyVersion; 2] = [PyVersion::V3_12, PyVersion::V3_13];
const LEGACY: [PyVersion; 2] = [PyVersion::V3_10, PyVersion::V3_11];

#[derive(Clone, Copy, Debug)]
enum Scenario {
    /// `f.close()`, then the object goes away.
    CloseThenDrop,
    /// `with f: pass`.
    Exit,
    /// `with f: f.close()`.
    CloseInsideThenExit,
    /// The object goes away unclosed.
    DropOnly,
    /// `f.file.close()`, then the object goes away.
    FileCloseThenDrop,
}

const SCENARIOS: [Scenario; 5] = [
    Scenario::CloseThenDrop,
    Scenario::Exit,
    Scenario::CloseInsideThenExit,
    Scenario::DropOnly,
    Scenario::FileCloseThenDrop,
];

fn open(t: &Tempfile, opts: &FileOptions) -> NamedTemporaryFile {
    t.named_temporary_file(&Params::new(), opts).unwrap()
}

/// Run `scenario` and return whether the file exists after each step (the first entry is
/// right after creation).
fn run(t: &Tempfile, opts: &FileOptions, scenario: Scenario) -> (PathBuf, Vec<bool>) {
    let mut f = open(t, opts);
    let path = f.path().to_path_buf();
    let mut seen = vec![path.exists()];
    match scenario {
        Scenario::CloseThenDrop => {
            f.close().unwrap();
            seen.push(path.exists());
            drop(f);
        }
        Scenario::Exit => {
            f.enter().unwrap();
            f.exit().unwrap();
        }
        Scenario::CloseInsideThenExit => {
            f.enter().unwrap();
            f.close().unwrap();
            seen.push(path.exists());
            f.exit().unwrap();
        }
        Scenario::DropOnly => drop(f),
        Scenario::FileCloseThenDrop => {
            f.file_mut().close().unwrap();
            assert!(f.file().closed());
            seen.push(path.exists());
            drop(f);
        }
    }
    seen.push(path.exists());
    (path, seen)
}

/// CPython 3.12/3.13's table (run on both): "exists?" after creation, after each step.
fn expected_modern(delete: bool, doc: bool, scenario: Scenario) -> Vec<bool> {
    match scenario {
        Scenario::CloseThenDrop | Scenario::CloseInsideThenExit => {
            vec![true, !(delete && doc), !delete]
        }
        Scenario::Exit | Scenario::DropOnly => vec![true, !delete],
        Scenario::FileCloseThenDrop => vec![true, true, !delete],
    }
}

/// CPython 3.10/3.11's table (no `delete_on_close`): `close()` deletes.
fn expected_legacy(delete: bool, scenario: Scenario) -> Vec<bool> {
    match scenario {
        Scenario::CloseThenDrop | Scenario::CloseInsideThenExit => vec![true, !delete, !delete],
        Scenario::Exit | Scenario::DropOnly => vec![true, !delete],
        Scenario::FileCloseThenDrop => vec![true, true, !delete],
    }
}

// the POSIX deletion table (the nt one, with `O_TEMPORARY`, is in tests/windows.rs).
#[cfg(unix)]
#[test]
fn deletion_table_312_and_313() {
    for v in MODERN {
        for delete in [true, false] {
            // `None` is "not passed" (CPython's default, True).
            for doc in [None, Some(true), Some(false)] {
                for scenario in SCENARIOS {
                    let sb = Sandbox::new("ntf-table");
                    let (t, _, events) = module_v(&sb, v);
                    let mut opts = FileOptions::new().delete(delete);
                    if let Some(d) = doc {
                        opts = opts.delete_on_close(d);
                    }
                    let (path, seen) = run(&t, &opts, scenario);
                    let want = expected_modern(delete, doc.unwrap_or(true), scenario);
                    assert_eq!(seen, want, "{v:?} delete={delete} doc={doc:?} {scenario:?}");
                    assert_eq!(sb.entries().len(), usize::from(!delete));
                    if !delete {
                        std::fs::remove_file(&path).unwrap();
                    }
                    assert!(
                        events
                            .take()
                            .iter()
                            .all(|e| matches!(e, Event::Audit { .. }))
                    );
                }
            }
        }
    }
}

// the POSIX deletion table (the nt one, with `O_TEMPORARY`, is in tests/windows.rs).
#[cfg(unix)]
#[test]
fn deletion_table_310_and_311() {
    for v in LEGACY {
        for delete in [true, false] {
            for scenario in SCENARIOS {
                let sb = Sandbox::new("ntf-table-legacy");
                let (t, _, events) = module_v(&sb, v);
                let opts = FileOptions::new().delete(delete);
                let (path, seen) = run(&t, &opts, scenario);
                assert_eq!(
                    seen,
                    expected_legacy(delete, scenario),
                    "{v:?} delete={delete} {scenario:?}"
                );
                if !delete {
                    std::fs::remove_file(&path).unwrap();
                }
                assert!(
                    events
                        .take()
                        .iter()
                        .all(|e| matches!(e, Event::Audit { .. }))
                );
            }
        }
    }
}

#[test]
fn delete_on_close_is_a_type_error_before_312_and_creates_nothing() {
    for v in LEGACY {
        for doc in [true, false] {
            let sb = Sandbox::new("ntf-doc");
            let (t, os, _) = module_v(&sb, v);
            let err = t
                .named_temporary_file(&Params::new(), &FileOptions::new().delete_on_close(doc))
                .unwrap_err();
            assert_eq!(err.class(), ExcClass::TypeError);
            assert_eq!(
                err.to_string(),
                "NamedTemporaryFile() got an unexpected keyword argument 'delete_on_close'"
            );
            assert_eq!(os.syscalls(), 0, "{v:?}");
            assert!(sb.entries().is_empty());
        }
    }
    // 3.12+ accept it.
    for v in MODERN {
        let sb = Sandbox::new("ntf-doc-ok");
        let (t, _, _) = module_v(&sb, v);
        let f = open(&t, &FileOptions::new().delete_on_close(false));
        assert!(f.path().exists());
    }
}

fn check_fnf(err: &pytempfile::Error, path: &std::path::Path) {
    assert_eq!(err.class(), ExcClass::FileNotFoundError, "{err:?}");
    assert_eq!(err.errno(), Some(libc::ENOENT));
    let bytes = path.as_os_str().as_encoded_bytes().to_vec();
    assert_eq!(err.filename(), Some(&Filename::Str(bytes)));
    assert_eq!(
        err.to_string(),
        format!("[Errno 2] No such file or directory: '{}'", path.display())
    );
}

// POSIX: an open file can be unlinked (on Windows it cannot, and `O_TEMPORARY` deletes it).
#[cfg(unix)]
#[test]
fn removed_by_hand_is_fine_in_312_and_later() {
    for v in MODERN {
        for doc in [true, false] {
            let opts = FileOptions::new().delete_on_close(doc);
            // close(), then drop.
            let sb = Sandbox::new("ntf-manual");
            let (t, _, events) = module_v(&sb, v);
            let mut f = open(&t, &opts);
            std::fs::remove_file(f.path()).unwrap();
            f.close().unwrap();
            f.close().unwrap();
            drop(f);
            // exit().
            let mut f = open(&t, &opts);
            f.enter().unwrap();
            std::fs::remove_file(f.path()).unwrap();
            f.exit().unwrap();
            // drop only.
            let f = open(&t, &opts);
            std::fs::remove_file(f.path()).unwrap();
            drop(f);
            assert!(
                !events
                    .take()
                    .iter()
                    .any(|e| matches!(e, Event::Unraisable { .. })),
                "{v:?}"
            );
            assert!(sb.entries().is_empty());
        }
    }
}

// POSIX: an open file can be unlinked (on Windows it cannot, and `O_TEMPORARY` deletes it).
#[cfg(unix)]
#[test]
fn removed_by_hand_is_file_not_found_in_310_and_311() {
    for v in LEGACY {
        let sb = Sandbox::new("ntf-manual-legacy");
        let (t, os, events) = module_v(&sb, v);
        os.start_log();
        // close() raises; the descriptor is closed anyway; a second close() does nothing.
        let mut f = open(&t, &FileOptions::new());
        let path = f.path().to_path_buf();
        std::fs::remove_file(&path).unwrap();
        check_fnf(&f.close().unwrap_err(), &path);
        assert!(f.file().closed());
        f.close().unwrap();
        drop(f);
        assert!(
            !events
                .take()
                .iter()
                .any(|e| matches!(e, Event::Unraisable { .. }))
        );
        // exit() raises it too.
        let mut f = open(&t, &FileOptions::new());
        let path = f.path().to_path_buf();
        f.enter().unwrap();
        std::fs::remove_file(&path).unwrap();
        check_fnf(&f.exit().unwrap_err(), &path);
        // Dropping reports it as unraisable.
        let f = open(&t, &FileOptions::new());
        let path = f.path().to_path_buf();
        std::fs::remove_file(&path).unwrap();
        drop(f);
        let unraisable: Vec<_> = events
            .take()
            .into_iter()
            .filter_map(|e| match e {
                Event::Unraisable { error, .. } => Some(error),
                _ => None,
            })
            .collect();
        assert_eq!(unraisable.len(), 1, "{v:?}");
        check_fnf(&unraisable[0], &path);
        assert_eq!(unclosed_fds(&os.log()), Vec::<i32>::new());
        // delete=False never unlinks: no error.
        let mut f = open(&t, &FileOptions::new().delete(false));
        std::fs::remove_file(f.path()).unwrap();
        f.close().unwrap();
    }
}

#[test]
fn close_many_times_and_enter_after_close() {
    for v in [PyVersion::V3_10, PyVersion::V3_13] {
        let sb = Sandbox::new("ntf-close");
        let (t, os, _) = module_v(&sb, v);
        let mut f = open(&t, &FileOptions::new());
        assert!(f.enter().is_ok());
        f.close().unwrap();
        os.reset_counts();
        f.close().unwrap();
        f.close().unwrap();
        assert_eq!(os.syscalls(), 0, "later closes do nothing");
        let err = f.enter().unwrap_err();
        assert_eq!(err.class(), ExcClass::ValueError);
        assert_eq!(err.to_string(), "I/O operation on closed file.");
        f.exit().unwrap();
        assert_eq!(os.syscalls(), 0);
    }
}

#[cfg(unix)]
/// (mode, buffering, class, mode shown, raw mode, readable, writable), as CPython shows them.
const MODES: &[(&str, i64, &str, &str, &str, bool, bool)] = &[
    ("w+b", -1, "BufferedRandom", "rb+", "rb+", true, true),
    ("w+", -1, "TextIOWrapper", "w+", "rb+", true, true),
    ("w+b", 0, "FileIO", "rb+", "rb+", true, true),
    ("wb", 0, "FileIO", "wb", "wb", false, true),
    ("r", -1, "TextIOWrapper", "r", "rb", true, false),
    ("rb", -1, "BufferedReader", "rb", "rb", true, false),
    ("wb", -1, "BufferedWriter", "wb", "wb", false, true),
    ("a", -1, "TextIOWrapper", "a", "ab", false, true),
    ("ab", -1, "BufferedWriter", "ab", "ab", false, true),
    ("ab+", -1, "BufferedRandom", "ab+", "ab+", true, true),
    ("x+b", -1, "BufferedRandom", "xb+", "xb+", true, true),
    ("xb", -1, "BufferedWriter", "xb", "xb", false, true),
    ("w", -1, "TextIOWrapper", "w", "wb", false, true),
    ("r+", -1, "TextIOWrapper", "r+", "rb+", true, true),
    ("rb+", -1, "BufferedRandom", "rb+", "rb+", true, true),
];

#[cfg(unix)]
fn raw_mode(f: &mut pytempfile::FileObject) -> String {
    match f.buffered_mut() {
        Some(b) => b.raw().mode().to_string(),
        None => f.mode().to_string(),
    }
}

#[cfg(unix)]
#[test]
fn object_per_mode() {
    for &(mode, buffering, class, shown, raw, readable, writable) in MODES {
        let sb = Sandbox::new("ntf-modes");
        let (t, _, _) = module_v(&sb, PyVersion::V3_13);
        let opts = FileOptions::new().mode(mode).buffering(buffering);
        let mut f = open(&t, &opts);
        let ctx = format!("{mode} buffering={buffering}");
        assert_eq!(f.file().class_name(), class, "{ctx}");
        assert_eq!(f.file().mode(), shown, "{ctx}");
        assert_eq!(raw_mode(f.file_mut()), raw, "{ctx}");
        assert_eq!(f.file().readable().unwrap(), readable, "{ctx}");
        assert_eq!(f.file().writable().unwrap(), writable, "{ctx}");
        assert_eq!(f.file().is_text(), !mode.contains('b'), "{ctx}");
        // The raw file's name is the path; the descriptor is always O_RDWR (the opener ignores
        // the flags io.open asks for).
        assert_eq!(f.file().name(), &FileName::Path(f.name().clone()), "{ctx}");
        assert_eq!(access_mode(f.as_fd().unwrap()), libc::O_RDWR, "{ctx}");
        assert_eq!(mode_of(f.path()), 0o600, "{ctx}");
        f.close().unwrap();
        assert!(sb.entries().is_empty(), "{ctx}");
    }
}

#[test]
fn read_only_text_mode_cannot_write() {
    let sb = Sandbox::new("ntf-r");
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    let mut f = open(&t, &FileOptions::new().mode("r"));
    let err = f.file_mut().write_text(&"x".into()).unwrap_err();
    assert_eq!(err.class(), ExcClass::UnsupportedOperation, "{err:?}");
    assert_eq!(err.to_string(), "not writable");
    assert_eq!(f.file_mut().read_text(None).unwrap(), "");
}

#[test]
fn bad_mode_creates_no_file() {
    let cases = [
        (
            "wr",
            "must have exactly one of create/read/write/append mode",
        ),
        (
            "b",
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ),
        ("z", "invalid mode: 'z'"),
        ("rtb", "can't have text and binary mode at once"),
        ("w++", "invalid mode: 'w++'"),
    ];
    for v in PyVersion::ALL {
        for (mode, msg) in cases {
            let sb = Sandbox::new("ntf-badmode");
            let (t, os, events) = module_v(&sb, v);
            let err = t
                .named_temporary_file(&Params::new(), &FileOptions::new().mode(mode))
                .unwrap_err();
            assert_eq!(err.class(), ExcClass::ValueError, "{mode}");
            assert_eq!(err.to_string(), msg, "{mode}");
            assert_eq!(os.count(Call::Open), 0, "{mode}");
            assert_eq!(os.syscalls(), 0, "{mode}");
            assert!(events.audits().is_empty(), "no candidate was tried");
            assert!(sb.entries().is_empty());
        }
    }
}

#[test]
fn binary_mode_refuses_text_arguments_before_creation() {
    let cases = [
        (
            FileOptions::new().encoding("utf-8"),
            "binary mode doesn't take an encoding argument",
        ),
        (
            FileOptions::new().errors("strict"),
            "binary mode doesn't take an errors argument",
        ),
        (
            FileOptions::new().newline(""),
            "binary mode doesn't take a newline argument",
        ),
    ];
    for (opts, msg) in cases {
        let sb = Sandbox::new("ntf-bin-args");
        let (t, os, _) = module_v(&sb, PyVersion::V3_13);
        let err = t.named_temporary_file(&Params::new(), &opts).unwrap_err();
        assert_eq!(err.class(), ExcClass::ValueError);
        assert_eq!(err.to_string(), msg);
        assert_eq!(os.syscalls(), 0);
        assert!(sb.entries().is_empty());
    }
}

// POSIX: the error path unlinks (on Windows `O_TEMPORARY` removed the file with its descriptor: tests/windows.rs).
#[cfg(unix)]
#[test]
fn late_argument_errors_create_then_remove_the_file() {
    let cases = [
        (
            FileOptions::new().mode("w").encoding("nope"),
            ExcClass::LookupError,
            "unknown encoding: nope",
        ),
        (
            FileOptions::new().mode("w").newline("x"),
            ExcClass::ValueError,
            "illegal newline value: x",
        ),
        (
            FileOptions::new().mode("w").buffering(0),
            ExcClass::ValueError,
            "can't have unbuffered text I/O",
        ),
    ];
    for v in [PyVersion::V3_10, PyVersion::V3_13] {
        for (opts, class, msg) in &cases {
            let sb = Sandbox::new("ntf-late");
            let (t, os, events) = module_v(&sb, v);
            os.start_log();
            let err = t
                .named_temporary_file(&Params::new().names(forced(&["aaaaaaaa"])), opts)
                .unwrap_err();
            assert_eq!(err.class(), *class, "{opts:?}");
            assert_eq!(err.to_string(), *msg, "{opts:?}");
            let log = os.log();
            let path = sb.join("tmpaaaaaaaa");
            let pbytes = path.as_os_str().as_encoded_bytes().to_vec();
            // The file was created (audit + open), its descriptor closed, and it was unlinked.
            assert_eq!(
                events.audits(),
                vec![("tempfile.mkstemp".to_string(), pbytes.clone())]
            );
            assert_eq!(
                common::call_kinds(&log),
                vec![Call::Open, Call::Close, Call::Unlink],
                "{opts:?}"
            );
            assert_eq!(log[0].path.as_deref(), Some(&pbytes[..]));
            assert_eq!(log[2].path.as_deref(), Some(&pbytes[..]));
            assert_eq!(unclosed_fds(&log), Vec::<i32>::new());
            assert!(sb.entries().is_empty(), "{opts:?}");
        }
    }
}

#[test]
fn unknown_error_handler_is_accepted_until_used() {
    // CPython looks the handler up lazily: NamedTemporaryFile('w', errors='nope') succeeds.
    let sb = Sandbox::new("ntf-errors");
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    let mut f = open(&t, &FileOptions::new().mode("w+").errors("nope"));
    assert_eq!(f.file().errors().unwrap(), "nope");
    f.file_mut().write_text(&"abc".into()).unwrap();
    f.close().unwrap();
}

#[test]
fn name_kind_follows_the_arguments() {
    let sb = Sandbox::new("ntf-kind");
    let (t, os, _) = module_v(&sb, PyVersion::V3_13);
    let f = open(&t, &FileOptions::new());
    assert_eq!(f.name().kind(), PathKind::Str);
    assert!(f.path().is_absolute());
    assert_eq!(f.path().parent().unwrap(), sb.path);
    drop(f);

    let f = t
        .named_temporary_file(
            &Params::new().dir(Arg::bytes(sb.bytes())),
            &FileOptions::new(),
        )
        .unwrap();
    assert_eq!(f.name().kind(), PathKind::Bytes);
    assert_eq!(f.file().name(), &FileName::Path(f.name().clone()));
    let f2 = t
        .named_temporary_file(
            &Params::new().suffix(&b".x"[..]).prefix(&b"p"[..]),
            &FileOptions::new(),
        )
        .unwrap();
    assert_eq!(f2.name().kind(), PathKind::Bytes);
    let name = f2.path().file_name().unwrap().to_str().unwrap().to_string();
    assert!(name.starts_with('p') && name.ends_with(".x"), "{name}");
    drop((f, f2));

    // Mixing is a TypeError before anything is created.
    os.reset_counts();
    let err = t
        .named_temporary_file(
            &Params::new().suffix(&b".x"[..]).prefix("str"),
            &FileOptions::new(),
        )
        .unwrap_err();
    assert_eq!(err.class(), ExcClass::TypeError);
    assert_eq!(
        err.to_string(),
        "Can't mix bytes and non-bytes in path components."
    );
    assert_eq!(os.syscalls(), 0);
    assert!(sb.entries().is_empty());
}

#[cfg(unix)]
#[test]
fn private_mode_and_close_on_exec() {
    let sb = Sandbox::new("ntf-perm");
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    for mode in ["w+b", "w+", "r"] {
        let f = open(&t, &FileOptions::new().mode(mode));
        assert_eq!(mode_of(f.path()), 0o600);
        let fd = f.as_fd().unwrap().as_raw_fd();
        assert!(pytempfile::os::is_cloexec(fd).unwrap(), "{mode}");
        assert_eq!(f.file().fileno().unwrap(), fd);
    }
}

#[cfg(unix)]
#[test]
fn as_file_and_as_fd_while_open_then_value_error() {
    let sb = Sandbox::new("ntf-asfile");
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    let mut f = open(&t, &FileOptions::new());
    f.write_all(b"hello").unwrap();
    // as_file flushes: the std view sees the bytes and the position.
    {
        let mut file = f.as_file().unwrap();
        assert_eq!(file.metadata().unwrap().len(), 5);
        assert_eq!(file.stream_position().unwrap(), 5);
    }
    let fd = f.as_fd().unwrap().as_raw_fd();
    assert_eq!(common::fstat_of(f.as_fd().unwrap()).st_size, 5);
    assert!(fd >= 0);
    f.close().unwrap();
    let e = f.as_fd().unwrap_err();
    assert_eq!(e.class(), ExcClass::ValueError);
    assert_eq!(e.to_string(), "I/O operation on closed file");
    assert_eq!(f.as_file().unwrap_err().class(), ExcClass::ValueError);
    assert_eq!(f.file().fileno().unwrap_err().class(), ExcClass::ValueError);
}

#[test]
fn read_write_seek_traits() {
    let sb = Sandbox::new("ntf-io");
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    for buffering in [-1, 0, 2] {
        let mut f = open(&t, &FileOptions::new().buffering(buffering));
        f.write_all(b"0123456789").unwrap();
        assert_eq!(f.seek(SeekFrom::Current(-4)).unwrap(), 6);
        let mut four = [0u8; 4];
        f.read_exact(&mut four).unwrap();
        assert_eq!(&four, b"6789");
        assert_eq!(f.seek(SeekFrom::End(-10)).unwrap(), 0);
        f.write_all(b"ab").unwrap();
        f.rewind().unwrap();
        let mut all = Vec::new();
        f.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"ab23456789", "buffering={buffering}");
        f.seek(SeekFrom::Start(20)).unwrap();
        f.write_all(b"z").unwrap();
        f.flush().unwrap();
        // What is on disk, read through an independent descriptor.
        let disk = std::fs::read(f.path()).unwrap();
        assert_eq!(disk.len(), 21);
        assert_eq!(&disk[10..20], &[0u8; 10]);
        let e = f.seek(SeekFrom::Current(-100)).unwrap_err();
        assert_eq!(e.raw_os_error(), None);
        assert_eq!(pytempfile::Error::from_io(e).errno(), Some(libc::EINVAL));
    }
    // A text file is not a byte stream.
    let mut f = open(&t, &FileOptions::new().mode("w+"));
    assert!(f.write(b"x").is_err());
}

// POSIX: `newline=None` writes `\n` (`os.linesep`; `\r\n` on Windows: tests/windows.rs).
#[cfg(unix)]
#[test]
fn text_round_trip_through_the_file() {
    let sb = Sandbox::new("ntf-text");
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    let mut f = open(&t, &FileOptions::new().mode("w+").encoding("utf-8"));
    f.file_mut().write_text(&"héllo\nwörld\n".into()).unwrap();
    f.file_mut().flush().unwrap();
    assert_eq!(
        std::fs::read(f.path()).unwrap(),
        "héllo\nwörld\n".as_bytes()
    );
    f.file_mut()
        .seek_text(
            &pytempfile::io::text::Cookie::from_position(0),
            pytempfile::os::Whence::Set,
        )
        .unwrap();
    assert_eq!(f.file_mut().readline_text(None).unwrap(), "héllo\n");
    assert_eq!(f.file_mut().read_text(None).unwrap(), "wörld\n");
}

// POSIX: on Windows this file is opened `O_TEMPORARY`, which `keep()` refuses (shown by
// api_parity::persist::persist_and_keep_on_windows_refuse_o_temporary_and_open_files).
#[cfg(unix)]
#[test]
fn keep_disarms_deletion() {
    let sb = Sandbox::new("ntf-keep");
    let (t, _, _) = module_v(&sb, PyVersion::V3_13);
    let mut f = open(&t, &FileOptions::new());
    let kept = PathBuf::from(f.keep().unwrap().as_path());
    f.close().unwrap();
    drop(f);
    assert!(kept.exists());
    assert_eq!(sb.entries().len(), 1);
}

/// `repr()`: from 3.14 the wrapper shows its file, as CPython 3.14.10 prints it
/// (`<_TemporaryFileWrapper file=<_io.BufferedRandom name='/tmp/tmpbzvkgxhl'>>`); before, the
/// default object repr, with an address. `{:?}` shows the Rust object's fields.
// POSIX: the expected repr is built from the path as it is; a Windows path's repr escapes its
// backslashes, which this test does not model.
#[cfg(unix)]
#[test]
fn repr_shows_the_file_from_3_14_and_an_address_before() {
    let sb = Sandbox::new("named-repr");
    for v in [PyVersion::V3_13, PyVersion::V3_14, PyVersion::V3_15] {
        let (t, _, _) = module_v(&sb, v);
        let f = open(&t, &FileOptions::new());
        let r = f.repr();
        if v >= PyVersion::V3_14 {
            assert_eq!(
                r,
                format!(
                    "<_TemporaryFileWrapper file=<_io.BufferedRandom name='{}'>>",
                    f.path().display()
                ),
                "{v}"
            );
        } else {
            assert!(
                r.starts_with("<tempfile._TemporaryFileWrapper object at 0x") && r.ends_with('>'),
                "{v}: {r}"
            );
        }
        let shown = format!("{f:?}");
        for part in [
            "NamedTemporaryFile {",
            "name:",
            "delete: true",
            "delete_on_close: true",
        ] {
            assert!(shown.contains(part), "{v}: {part} not in {shown}");
        }
    }
}

/// A file whose object cannot be made after the opener created it (an unknown encoding) is
/// removed again; when that `unlink` fails, its error replaces the first one (CPython's bare
/// `except: _os.unlink(name); raise`), naming the file as `str` or `bytes` as the call's
/// arguments were.
// POSIX: on Windows the file is opened O_TEMPORARY and the OS removes it with the descriptor,
// so there is no unlink to fail (platform::unlink_after_failed_open, tested in nt_logic.rs).
#[cfg(unix)]
#[test]
fn a_failed_unlink_after_a_failed_open_names_the_file_in_the_calls_kind() {
    let sb = Sandbox::new("named-unlink-fails");
    for bytes in [false, true] {
        let (t, os, _) = module_v(&sb, PyVersion::V3_13);
        os.add_fault(pytempfile::os::Fault::every(Call::Unlink, libc::EACCES));
        let dir = if bytes {
            Arg::bytes(sb.path().as_os_str().as_encoded_bytes())
        } else {
            Arg::str(sb.path())
        };
        let e = t
            .named_temporary_file(
                &Params::new().dir(dir),
                &FileOptions::new().mode("w+").encoding("nope"),
            )
            .unwrap_err();
        assert_eq!(e.class(), ExcClass::PermissionError, "bytes={bytes}: {e}");
        match e.filename() {
            Some(Filename::Bytes(_)) => assert!(bytes, "{e}"),
            Some(Filename::Str(_)) => assert!(!bytes, "{e}"),
            other => panic!("bytes={bytes}: filename {other:?}"),
        }
        os.clear_faults();
        for entry in std::fs::read_dir(sb.path()).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
    }
}
