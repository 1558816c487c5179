//! The fault matrix of the file objects: every system call that NamedTemporaryFile,
//! TemporaryFile (O_TMPFILE and fallback paths) and SpooledTemporaryFile (binary and text) make
//! while being created, rolled over and closed (discovered from a logged clean run), failed in
//! turn with ENOSPC, EMFILE, EIO, EACCES and EINTR.
//!
//! Each scenario checks the error (class from the errno, errno, filename where CPython attaches
//! one), that no descriptor leaks (every descriptor the log shows opened is closed in the log,
//! and the process's `/proc/self/fd` count is unchanged: every test here holds `SERIAL`), and
//! what is left in the sandbox. For spools, a failed rollover keeps the data in memory: it is
//! read back, the spool is still unrolled and writable, and a later rollover without the fault
//! holds every byte.
//!
//! What CPython does, checked with 3.10.13 and 3.13.0 where Python code can reach the call:
//! EINTR is retried by `os.open` and by writes (PEP 475) and by nothing else involved here
//! (`close`, `unlink`, `lseek` raise InterruptedError; simulated by patching `os.unlink` in
//! TemporaryFile's fallback and the closer's bound `unlink` in NamedTemporaryFile: both raise
//! InterruptedError, the descriptor is closed, the file stays). Any OSError from the O_TMPFILE
//! open but EISDIR falls back to mkstemp+unlink. A failed unlink in the fallback closes the
//! descriptor and leaves the file in the directory. A failed flush or close in `close()` still
//! closes the descriptor, and NamedTemporaryFile still unlinks the file (the closer's `finally`).
// Linux only: descriptor leak counts through /proc/self/fd.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use common::{Sandbox, call_indices, fd_count, forced, serial, unclosed_fds};
use pytempfile::io::text::Cookie;
use pytempfile::os::{Call, Fault, LoggedCall, Whence};
use pytempfile::{
    Arg, Error, ExcClass, FaultyOs, FileOptions, Filename, Params, PyVersion, SpooledTemporaryFile,
    Tell, Tempfile,
};

const ERRNOS: [i32; 5] = [
    libc::ENOSPC,
    libc::EMFILE,
    libc::EIO,
    libc::EACCES,
    libc::EINTR,
];

/// The calls CPython retries on EINTR (PEP 475) among those made here.
fn retried(call: Call) -> bool {
    matches!(call, Call::Open | Call::Write | Call::Writev | Call::Read)
}

fn module(sb: &Sandbox, version: PyVersion, o_tmpfile: bool) -> (Tempfile, Arc<FaultyOs>) {
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder().os(os.clone()).version(version).build();
    t.set_tempdir(Some(Arg::from(sb.path.as_os_str())));
    t.set_o_tmpfile_works(o_tmpfile);
    os.start_log();
    (t, os)
}

fn names() -> Params {
    Params::new().names(forced(&["aaaaaaaa", "bbbbbbbb", "cccccccc", "dddddddd"]))
}

fn candidate(sb: &Sandbox) -> Vec<u8> {
    sb.join("tmpaaaaaaaa")
        .as_os_str()
        .as_encoded_bytes()
        .to_vec()
}

/// Check an OS error: class from the errno, errno, strerror message and filename.
fn check_error(err: &Error, errno: i32, filename: Option<&[u8]>, ctx: &str) {
    assert_eq!(err.class(), ExcClass::for_errno(errno), "{ctx}: {err:?}");
    assert_eq!(err.errno(), Some(errno), "{ctx}: {err:?}");
    assert_eq!(
        err.message(),
        pytempfile::os::Errno(errno).strerror(),
        "{ctx}"
    );
    let want = filename.map(|f| Filename::Str(f.to_vec()));
    assert_eq!(err.filename(), want.as_ref(), "{ctx}: {err:?}");
}

/// What a fault should lead to.
#[derive(Debug, PartialEq)]
enum Expect {
    /// The operation succeeds (a retried EINTR, or the O_TMPFILE fallback).
    Ok,
    /// It fails with the errno, with this filename.
    Err(Option<Vec<u8>>),
}

/// Run `scenario` once cleanly (logged) to find its calls, then once per call and errno with
/// that call failed. `expect` says what CPython does; `after` checks the sandbox.
fn matrix<S, E, A>(
    label: &str,
    version: PyVersion,
    o_tmpfile: bool,
    scenario: S,
    expect: E,
    after: A,
) where
    S: Fn(&Tempfile) -> Result<(), Error>,
    E: Fn(Call, i32, &Sandbox) -> Expect,
    A: Fn(Call, i32, &Sandbox, &Result<(), Error>),
{
    let _serial = serial();
    let indices = {
        let sb = Sandbox::new("ff-discover");
        let (t, os) = module(&sb, version, o_tmpfile);
        scenario(&t).unwrap();
        let log = os.log();
        assert!(
            sb.entries().is_empty(),
            "{label}: clean run left {:?}",
            sb.entries()
        );
        assert_eq!(unclosed_fds(&log), Vec::<i32>::new());
        call_indices(&log)
    };
    assert!(!indices.is_empty());
    for &(call, nth) in &indices {
        for errno in ERRNOS {
            let ctx = format!("{label} {call:?}#{nth} errno {errno}");
            let sb = Sandbox::new("ff");
            let before = fd_count();
            let (t, os) = module(&sb, version, o_tmpfile);
            os.add_fault(Fault::nth_of(call, nth, errno));
            let res = scenario(&t);
            let log = os.log();
            let injected: Vec<&LoggedCall> = log.iter().filter(|c| c.injected).collect();
            assert_eq!(injected.len(), 1, "{ctx}: {log:#?}");
            match (expect(call, errno, &sb), &res) {
                (Expect::Ok, Ok(())) => {}
                (Expect::Err(filename), Err(e)) => check_error(e, errno, filename.as_deref(), &ctx),
                (want, got) => panic!("{ctx}: expected {want:?}, got {got:?}\n{log:#?}"),
            }
            assert_eq!(unclosed_fds(&log), Vec::<i32>::new(), "{ctx}");
            assert_eq!(fd_count(), before, "{ctx}: descriptor leak");
            after(call, errno, &sb, &res);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// NamedTemporaryFile
// ---------------------------------------------------------------------------------------------

fn ntf_scenario(t: &Tempfile) -> Result<(), Error> {
    let mut f = t.named_temporary_file(&names(), &FileOptions::new())?;
    f.file_mut().write(b"data")?;
    f.close()
}

#[test]
fn named_temporary_file_faults() {
    for version in [PyVersion::V3_10, PyVersion::V3_13] {
        matrix(
            &format!("NTF {version:?}"),
            version,
            true,
            ntf_scenario,
            |call, errno, sb| match call {
                Call::Open | Call::Write if errno == libc::EINTR => Expect::Ok,
                // The candidate path: os.open's and os.unlink's filename.
                Call::Open | Call::Unlink => Expect::Err(Some(candidate(sb))),
                // The flush at close (no filename) and close itself (not retried).
                Call::Write | Call::Close => Expect::Err(None),
                other => panic!("unexpected call {other:?}"),
            },
            |call, errno, sb, res| {
                if call == Call::Unlink {
                    // The closer tried once; the file stays, as in CPython.
                    assert!(res.is_err());
                    assert_eq!(sb.entries(), vec!["tmpaaaaaaaa".to_string()], "{errno}");
                } else {
                    // Whatever failed, the file is gone (close's `finally` unlinks).
                    assert!(
                        sb.entries().is_empty(),
                        "{call:?} {errno}: {:?}",
                        sb.entries()
                    );
                }
            },
        );
    }
}

#[test]
fn named_temporary_file_every_open_failing() {
    let _serial = serial();
    for errno in [libc::ENOSPC, libc::EMFILE, libc::EIO, libc::EACCES] {
        let sb = Sandbox::new("ff-ntf-every");
        let before = fd_count();
        let (t, os) = module(&sb, PyVersion::V3_13, true);
        os.add_fault(Fault::every(Call::Open, errno));
        let err = t
            .named_temporary_file(&names(), &FileOptions::new().mode("w+"))
            .unwrap_err();
        check_error(&err, errno, Some(&candidate(&sb)), "NTF every open");
        assert_eq!(os.count(Call::Open), 1, "not retried");
        assert!(sb.entries().is_empty());
        assert_eq!(fd_count(), before);
    }
}

// ---------------------------------------------------------------------------------------------
// TemporaryFile
// ---------------------------------------------------------------------------------------------

fn tf_scenario(t: &Tempfile) -> Result<(), Error> {
    let mut f = t.temporary_file(&names(), &FileOptions::new())?;
    f.write(b"data")?;
    f.close()
}

#[test]
fn temporary_file_o_tmpfile_path_faults() {
    matrix(
        "TemporaryFile O_TMPFILE",
        PyVersion::V3_13,
        true,
        |t| {
            tf_scenario(t)?;
            // Whatever happened, the switch stays on (no EISDIR in the list).
            assert!(t.o_tmpfile_works());
            Ok(())
        },
        |call, errno, _| match call {
            // EINTR is retried; anything else falls back to mkstemp+unlink, which works.
            Call::Open => Expect::Ok,
            Call::Write if errno == libc::EINTR => Expect::Ok,
            Call::Write | Call::Close => Expect::Err(None),
            other => panic!("unexpected call {other:?}"),
        },
        |_, _, sb, _| assert!(sb.entries().is_empty()),
    );
}

#[test]
fn temporary_file_fallback_path_faults() {
    matrix(
        "TemporaryFile fallback",
        PyVersion::V3_13,
        false,
        tf_scenario,
        |call, errno, sb| match call {
            Call::Open | Call::Write if errno == libc::EINTR => Expect::Ok,
            Call::Open | Call::Unlink => Expect::Err(Some(candidate(sb))),
            Call::Write | Call::Close => Expect::Err(None),
            other => panic!("unexpected call {other:?}"),
        },
        |call, _, sb, _| {
            if call == Call::Unlink {
                // The descriptor was closed; the file whose unlink failed stays, as in CPython.
                assert_eq!(sb.entries(), vec!["tmpaaaaaaaa".to_string()]);
            } else {
                assert!(sb.entries().is_empty());
            }
        },
    );
}

#[test]
fn temporary_file_every_open_failing_ends_in_the_fallback_error() {
    let _serial = serial();
    for errno in [libc::ENOSPC, libc::EMFILE, libc::EIO, libc::EACCES] {
        let sb = Sandbox::new("ff-tf-every");
        let before = fd_count();
        let (t, os) = module(&sb, PyVersion::V3_13, true);
        os.add_fault(Fault::every(Call::Open, errno));
        let err = t.temporary_file(&names(), &FileOptions::new()).unwrap_err();
        check_error(&err, errno, Some(&candidate(&sb)), "TF every open");
        assert_eq!(
            os.count(Call::Open),
            2,
            "O_TMPFILE, then one mkstemp attempt"
        );
        assert!(t.o_tmpfile_works());
        assert!(sb.entries().is_empty());
        assert_eq!(fd_count(), before);
    }
}

// ---------------------------------------------------------------------------------------------
// SpooledTemporaryFile
// ---------------------------------------------------------------------------------------------

/// How the spool is rolled over in a scenario.
#[derive(Clone, Copy, Debug)]
enum Trigger {
    /// A write past max_size (the position is the end: no lseek).
    Write,
    /// An explicit `rollover()` with the position inside the data (one lseek).
    Explicit,
}

#[derive(Clone, Copy, Debug)]
struct SpoolCase {
    text: bool,
    trigger: Trigger,
}

const TEXT: &str = "héllo wörld!"; // 14 bytes in UTF-8
const BYTES: &[u8] = b"0123456789ab";

fn make_spool(t: &Tempfile, case: SpoolCase) -> SpooledTemporaryFile {
    let max = match case.trigger {
        Trigger::Write => 8,
        Trigger::Explicit => 100,
    };
    let opts = if case.text {
        FileOptions::new().mode("w+").encoding("utf-8")
    } else {
        FileOptions::new()
    };
    t.spooled_temporary_file(max, &names(), &opts).unwrap()
}

/// The content as bytes (the encoded bytes for text).
fn content(case: SpoolCase) -> Vec<u8> {
    if case.text {
        TEXT.as_bytes().to_vec()
    } else {
        BYTES.to_vec()
    }
}

/// The position the scenario leaves before the rollover.
fn position(case: SpoolCase) -> u64 {
    match case.trigger {
        Trigger::Write => content(case).len() as u64,
        // After "hé" in text (3 bytes), after "012" in binary.
        Trigger::Explicit => 3,
    }
}

fn tell(s: &mut SpooledTemporaryFile) -> u64 {
    match s.tell().unwrap() {
        Tell::Offset(o) => o,
        Tell::Cookie(c) => {
            assert!(c.to_u128().unwrap() <= u128::from(u64::MAX));
            u64::try_from(c.to_u128().unwrap()).unwrap()
        }
    }
}

/// Fill the spool and roll it over; the first error is returned.
fn fill_and_roll(s: &mut SpooledTemporaryFile, case: SpoolCase) -> Result<(), Error> {
    match (case.text, case.trigger) {
        (false, Trigger::Write) => {
            s.write(&BYTES[..4])?;
            s.write(&BYTES[4..])?;
        }
        (true, Trigger::Write) => {
            s.write_text(&"hé".into())?;
            s.write_text(&TEXT["hé".len()..].into())?;
        }
        (false, Trigger::Explicit) => {
            s.write(BYTES)?;
            s.seek(3, Whence::Set)?;
            s.rollover()?;
        }
        (true, Trigger::Explicit) => {
            s.write_text(&TEXT.into())?;
            s.seek_text(&Cookie::from_position(0), Whence::Set)?;
            assert_eq!(s.read_text(Some(2))?, "hé");
            s.rollover()?;
        }
    }
    Ok(())
}

fn read_back(s: &mut SpooledTemporaryFile, case: SpoolCase) -> Vec<u8> {
    if case.text {
        s.seek_text(&Cookie::from_position(0), Whence::Set).unwrap();
        s.read_text(None).unwrap().to_string().into_bytes()
    } else {
        s.seek(0, Whence::Set).unwrap();
        s.read(None).unwrap()
    }
}

/// The spool after a failed rollover: everything in memory, readable, writable, then rolled
/// over for real once the fault is gone.
fn check_recovery(s: &mut SpooledTemporaryFile, os: &FaultyOs, case: SpoolCase, ctx: &str) {
    assert!(!s.rolled(), "{ctx}: still in memory");
    assert_eq!(s.memory_value().unwrap().unwrap(), content(case), "{ctx}");
    assert_eq!(tell(s), position(case), "{ctx}: the position is kept");
    assert_eq!(
        read_back(s, case),
        content(case),
        "{ctx}: the data is all there"
    );
    // Writable without rolling: overwrite the first byte with itself.
    if case.text {
        s.seek_text(&Cookie::from_position(0), Whence::Set).unwrap();
        s.write_text(&"h".into()).unwrap();
    } else {
        s.seek(0, Whence::Set).unwrap();
        s.write(b"0").unwrap();
    }
    assert!(!s.rolled(), "{ctx}");
    os.clear_faults();
    s.rollover().unwrap();
    assert!(s.rolled(), "{ctx}");
    assert_eq!(tell(s), 1, "{ctx}: the position after the last write");
    assert_eq!(
        read_back(s, case),
        content(case),
        "{ctx}: every byte in the file"
    );
    s.close().unwrap();
}

fn spool_matrix(case: SpoolCase, o_tmpfile: bool) {
    let label = format!("spool {case:?} o_tmpfile={o_tmpfile}");
    let _serial = serial();
    // Discovery.
    let (rollover_calls, close_calls) = {
        let sb = Sandbox::new("ff-sp-discover");
        let (t, os) = module(&sb, PyVersion::V3_13, o_tmpfile);
        let mut s = make_spool(&t, case);
        fill_and_roll(&mut s, case).unwrap();
        assert!(s.rolled());
        let rolled = call_indices(&os.log());
        os.start_log();
        s.close().unwrap();
        assert!(sb.entries().is_empty());
        (rolled, call_indices(&os.log()))
    };
    let kinds: Vec<Call> = rollover_calls.iter().map(|c| c.0).collect();
    let mut want = vec![Call::Open];
    if !o_tmpfile {
        want.push(Call::Unlink);
    }
    want.push(Call::Writev);
    // The position is restored with an lseek, skipped by a binary spool whose position is the
    // end (where the writev left the descriptor). Text goes through TextIOWrapper.seek.
    if case.text || matches!(case.trigger, Trigger::Explicit) {
        want.push(Call::Lseek);
    }
    assert_eq!(kinds, want, "{label}: the rollover's calls");
    assert_eq!(close_calls, vec![(Call::Close, 1)], "{label}");

    for &(call, nth) in &rollover_calls {
        for errno in ERRNOS {
            let ctx = format!("{label}: rollover {call:?}#{nth} errno {errno}");
            let sb = Sandbox::new("ff-sp");
            let before = fd_count();
            let (t, os) = module(&sb, PyVersion::V3_13, o_tmpfile);
            os.add_fault(Fault::nth_of(call, nth, errno));
            let mut s = make_spool(&t, case);
            let res = fill_and_roll(&mut s, case);
            // CPython's answer: EINTR retried by open and writes; any O_TMPFILE open error but
            // EISDIR falls back; everything else fails the rollover.
            let recovered =
                (retried(call) && errno == libc::EINTR) || (call == Call::Open && o_tmpfile);
            if recovered {
                res.unwrap();
                assert!(s.rolled(), "{ctx}");
                assert_eq!(read_back(&mut s, case), content(case), "{ctx}");
                s.close().unwrap();
            } else {
                let err = res.expect_err(&ctx);
                let filename = matches!(call, Call::Open | Call::Unlink).then(|| candidate(&sb));
                check_error(&err, errno, filename.as_deref(), &ctx);
                if call == Call::Unlink {
                    // The fallback's file whose unlink failed stays (CPython's TemporaryFile).
                    assert_eq!(sb.entries(), vec!["tmpaaaaaaaa".to_string()], "{ctx}");
                    std::fs::remove_file(sb.join("tmpaaaaaaaa")).unwrap();
                } else {
                    assert!(sb.entries().is_empty(), "{ctx}: {:?}", sb.entries());
                }
                check_recovery(&mut s, &os, case, &ctx);
            }
            drop(s);
            assert!(sb.entries().is_empty(), "{ctx}");
            assert_eq!(unclosed_fds(&os.log()), Vec::<i32>::new(), "{ctx}");
            assert_eq!(fd_count(), before, "{ctx}: descriptor leak");
        }
    }

    // The close of the rolled file.
    for errno in ERRNOS {
        let ctx = format!("{label}: close errno {errno}");
        let sb = Sandbox::new("ff-sp-close");
        let before = fd_count();
        let (t, os) = module(&sb, PyVersion::V3_13, o_tmpfile);
        let mut s = make_spool(&t, case);
        fill_and_roll(&mut s, case).unwrap();
        os.add_fault(Fault::every(Call::Close, errno));
        let err = s.close().unwrap_err();
        check_error(&err, errno, None, &ctx);
        assert!(s.closed(), "{ctx}: closed anyway");
        os.clear_faults();
        s.close().unwrap();
        drop(s);
        assert_eq!(unclosed_fds(&os.log()), Vec::<i32>::new(), "{ctx}");
        assert_eq!(fd_count(), before, "{ctx}: descriptor leak");
        assert!(sb.entries().is_empty(), "{ctx}");
    }
}

#[test]
fn spool_binary_rollover_on_write_faults() {
    for o_tmpfile in [true, false] {
        spool_matrix(
            SpoolCase {
                text: false,
                trigger: Trigger::Write,
            },
            o_tmpfile,
        );
    }
}

#[test]
fn spool_binary_explicit_rollover_faults() {
    for o_tmpfile in [true, false] {
        spool_matrix(
            SpoolCase {
                text: false,
                trigger: Trigger::Explicit,
            },
            o_tmpfile,
        );
    }
}

#[test]
fn spool_text_rollover_on_write_faults() {
    for o_tmpfile in [true, false] {
        spool_matrix(
            SpoolCase {
                text: true,
                trigger: Trigger::Write,
            },
            o_tmpfile,
        );
    }
}

#[test]
fn spool_text_explicit_rollover_faults() {
    for o_tmpfile in [true, false] {
        spool_matrix(
            SpoolCase {
                text: true,
                trigger: Trigger::Explicit,
            },
            o_tmpfile,
        );
    }
}

#[test]
fn spool_fileno_and_truncate_rollovers_fail_cleanly() {
    let _serial = serial();
    for errno in [libc::ENOSPC, libc::EIO] {
        let sb = Sandbox::new("ff-sp-other");
        let before = fd_count();
        let (t, os) = module(&sb, PyVersion::V3_13, true);
        os.add_fault(Fault::every(Call::Writev, errno));
        let mut s = t
            .spooled_temporary_file(100, &names(), &FileOptions::new())
            .unwrap();
        s.write(b"abc").unwrap();
        check_error(&s.fileno().unwrap_err(), errno, None, "fileno");
        // truncate(size > max_size) rolls first: the failure leaves the data untruncated.
        check_error(&s.truncate(Some(200)).unwrap_err(), errno, None, "truncate");
        assert!(!s.rolled());
        assert_eq!(s.memory_value().unwrap().unwrap(), b"abc");
        os.clear_faults();
        assert_eq!(s.truncate(Some(200)).unwrap(), Some(200));
        assert!(s.rolled());
        s.seek(0, Whence::Set).unwrap();
        let all = s.read(None).unwrap();
        assert_eq!(&all[..3], b"abc");
        assert_eq!(all.len(), 200);
        drop(s);
        assert_eq!(unclosed_fds(&os.log()), Vec::<i32>::new());
        assert_eq!(fd_count(), before);
        assert!(sb.entries().is_empty());
    }
}
