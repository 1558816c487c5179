//! `reopen` and `reopen_with`: an independent object on the same file, in every mode, and the
//! identity check that refuses another file behind the path (replaced, rerouted by the seam, a
//! symlink, a FIFO).

use std::ffi::{CStr, CString};

use pytempfile::os::{Forward, Os, RawFd, SysResult};

use super::*;

#[test]
fn reopen_gives_an_independent_object_on_the_same_file() {
    let sb = Sandbox::new("parity-reopen");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    os.start_log();
    let mut f = movable(&t);
    f.write_all(b"0123456789").unwrap();
    let mut r = f.reopen().unwrap();
    assert_eq!(r.class_name(), "BufferedRandom");
    assert_eq!(file_path(&r), f.path());
    let mut buf = [0u8; 4];
    r.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"0123", "flushed first, read from its own position 0");
    assert_eq!(f.stream_position().unwrap(), 10);
    r.write_all(b"xy").unwrap();
    r.flush().unwrap();
    f.rewind().unwrap();
    let mut all = Vec::new();
    f.read_to_end(&mut all).unwrap();
    assert_eq!(all, b"0123xy6789");
    // Independent descriptors; closing one leaves the other.
    assert_ne!(r.fileno().unwrap(), f.file().fileno().unwrap());
    r.close().unwrap();
    assert!(!f.file().closed());
    let p = f.path().to_path_buf();
    f.exit().unwrap();
    assert!(!p.exists());
    drop(r);
    assert!(unclosed_fds(&os.log()).is_empty());
}

// Windows: the default file is opened O_TEMPORARY, which Windows refuses to open a second time
// while it is open (a sharing violation), as CPython documents; the object is unaffected.
#[cfg(windows)]
#[test]
fn reopen_of_an_o_temporary_file_is_a_permission_error_on_windows() {
    for v in [PyVersion::V3_10, PyVersion::V3_12, PyVersion::NEWEST] {
        let sb = Sandbox::new("parity-reopen-otemp");
        let (t, os, _ev) = module_v(&sb, v);
        let mut f = named(&t);
        assert!(f.os_deletes_on_close(), "{v}");
        f.write_all(b"mine").unwrap();
        let p = f.path().to_path_buf();
        os.start_log();
        for mode in ["r+b", "rb", "ab", "w"] {
            let err = f.reopen_with(&FileOptions::new().mode(mode)).unwrap_err();
            assert_eq!(err.class(), ExcClass::PermissionError, "{v} {mode}: {err}");
            assert_eq!(err.errno(), Some(libc::EACCES), "{v} {mode}");
            assert_eq!(
                err.to_string(),
                format!("[Errno 13] Permission denied: {}", repr_path(&p)),
                "{v} {mode}"
            );
        }
        let log = os.log();
        assert!(unclosed_fds(&log).is_empty(), "{v}");
        assert!(!log.iter().any(|c| c.call == Call::Ftruncate), "{v}");
        // Flushed by the first call, not truncated by "w", still usable.
        f.rewind().unwrap();
        let mut all = Vec::new();
        f.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"mine", "{v}");
        f.close().unwrap();
        assert!(!p.exists(), "{v}");
    }
}

/// A seam that, once armed, answers an `open` of one path with a descriptor of another file,
/// as if that file had been put at the path between two calls.
struct Reroute {
    inner: Arc<dyn Os>,
    from_to: std::sync::Mutex<Option<(Vec<u8>, CString)>>,
}

impl Forward for Reroute {
    fn inner(&self) -> &dyn Os {
        &*self.inner
    }
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        let to = match &*self.from_to.lock().unwrap() {
            Some((from, to)) if from.as_slice() == path.to_bytes() => Some(to.clone()),
            _ => None,
        };
        self.inner.open(to.as_deref().unwrap_or(path), flags, mode)
    }
}

// Every platform: the identity check itself, fed another file by the seam (what a file put at
// the path would give; on Windows nothing can put one there while ours is open, see
// an_open_file_cannot_be_replaced_on_windows).
/// `f.reopen_with(mode)` refuses the file now at `f`'s path as not ours (`FileNotFoundError`,
/// "replaced"), having opened it exactly once through `os`, closed it, and never truncated it
/// (the seam's own log, not the process's descriptor count: other tests run in parallel).
fn assert_reopen_refused(f: &mut NamedTemporaryFile, os: &FaultyOs, mode: &str) {
    os.start_log();
    let err = f.reopen_with(&FileOptions::new().mode(mode)).unwrap_err();
    assert_eq!(err.class(), ExcClass::FileNotFoundError, "{mode}");
    assert!(err.to_string().contains("replaced"), "{mode}: {err}");
    let log = os.log();
    assert_eq!(
        log.iter().filter(|c| c.call == Call::Open).count(),
        1,
        "{mode}: opened once"
    );
    assert!(
        unclosed_fds(&log).is_empty(),
        "{mode}: no descriptor leaked"
    );
    assert!(
        !log.iter().any(|c| c.call == Call::Ftruncate),
        "{mode}: never truncated"
    );
}

#[test]
fn reopen_refuses_another_file_behind_the_path_in_every_mode() {
    let sb = Sandbox::new("parity-reopen-reroute");
    let os = Arc::new(FaultyOs::new());
    let reroute = Arc::new(Reroute {
        inner: os.clone(),
        from_to: std::sync::Mutex::new(None),
    });
    let t = Tempfile::builder()
        .os(reroute.clone())
        .tempdir(sb.path())
        .build();
    let planted = sb.join("planted");
    for mode in ["r+b", "w", "ab", "rb"] {
        std::fs::write(&planted, b"planted").unwrap();
        let mut f = movable(&t);
        f.write_all(b"ours").unwrap();
        *reroute.from_to.lock().unwrap() = Some((
            f.path().as_os_str().as_encoded_bytes().to_vec(),
            std::ffi::CString::new(planted.as_os_str().as_encoded_bytes()).unwrap(),
        ));
        assert_reopen_refused(&mut f, &os, mode);
        assert_eq!(std::fs::read(&planted).unwrap(), b"planted", "{mode}");
        // The seam answers truly again: the same call gives our file.
        *reroute.from_to.lock().unwrap() = None;
        let mut r = f.reopen_with(&FileOptions::new().mode("rb")).unwrap();
        let mut all = Vec::new();
        r.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"ours", "{mode}");
        r.close().unwrap();
        f.exit().unwrap();
    }
}

// Windows: a file without O_TEMPORARY, open through the C runtime, cannot be removed or
// renamed by anyone (its descriptor does not share deletion), so the path cannot come to name
// another file while the object is open: Unix's replacement
// (reopen_refuses_a_file_that_replaced_ours) cannot happen, and the identity check is shown
// with a seam instead (reopen_refuses_another_file_behind_the_path_in_every_mode).
#[cfg(windows)]
#[test]
fn an_open_file_cannot_be_replaced_on_windows() {
    let sb = Sandbox::new("parity-reopen-nt");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = movable(&t);
    f.write_all(b"ours").unwrap();
    let p = f.path().to_path_buf();
    // 32: ERROR_SHARING_VIOLATION.
    let removed = std::fs::remove_file(&p).unwrap_err();
    assert_eq!(removed.raw_os_error(), Some(32), "{removed}");
    let renamed = std::fs::rename(&p, sb.join("moved")).unwrap_err();
    assert_eq!(renamed.raw_os_error(), Some(32), "{renamed}");
    assert!(!sb.join("moved").exists());
    let mut r = f.reopen().unwrap();
    let mut all = Vec::new();
    r.read_to_end(&mut all).unwrap();
    assert_eq!(all, b"ours");
    r.close().unwrap();
    // Closed, it can be.
    f.file_mut().close().unwrap();
    std::fs::rename(&p, sb.join("moved")).unwrap();
    std::fs::rename(sb.join("moved"), &p).unwrap();
    f.exit().unwrap();
    assert!(!p.exists());
}

// Unix only: it removes the open file and puts another at its path, which Windows forbids
// while the file is open (an_open_file_cannot_be_replaced_on_windows); the check itself runs
// everywhere in reopen_refuses_another_file_behind_the_path_in_every_mode.
#[cfg(unix)]
#[test]
fn reopen_refuses_a_file_that_replaced_ours() {
    let sb = Sandbox::new("parity-reopen-replaced");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    for mode in ["r+b", "w", "ab", "rb"] {
        let mut f = named(&t);
        f.write_all(b"ours").unwrap();
        let p = f.path().to_path_buf();
        std::fs::remove_file(&p).unwrap();
        std::fs::write(&p, b"planted").unwrap();
        assert_reopen_refused(&mut f, &os, mode);
        assert_eq!(
            std::fs::read(&p).unwrap(),
            b"planted",
            "{mode}: not truncated, not written"
        );
        std::fs::remove_file(&p).unwrap();
        f.close().unwrap(); // the file is gone: 3.12+ cleanup does not mind
    }
}

// Unix only: symlinks need privileges on Windows and it has no FIFOs; the identity check
// itself is shown on Windows by reopen_refuses_a_file_that_replaced_ours.
#[cfg(unix)]
#[test]
fn reopen_refuses_a_symlink_and_does_not_block_on_a_fifo() {
    let sb = Sandbox::new("parity-reopen-link");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let elsewhere = sb.join("elsewhere");
    std::fs::write(&elsewhere, b"not yours").unwrap();
    let mut f = named(&t);
    let p = f.path().to_path_buf();
    std::fs::remove_file(&p).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &p).unwrap();
    let err = f.reopen().unwrap_err();
    assert_eq!(err.errno(), Some(libc::ELOOP), "O_NOFOLLOW: {err}");
    std::fs::remove_file(&p).unwrap();
    // A FIFO: a plain open for reading would wait for a writer forever.
    let made = std::process::Command::new("mkfifo").arg(&p).status();
    match made {
        Ok(s) if s.success() => {
            let err = f.reopen_with(&FileOptions::new().mode("rb")).unwrap_err();
            assert_eq!(err.class(), ExcClass::FileNotFoundError, "{err}");
            std::fs::remove_file(&p).unwrap();
        }
        other => println!("SKIP  reopen over a FIFO: mkfifo failed: {other:?}"),
    }
    f.close().unwrap();
    assert_eq!(std::fs::read(&elsewhere).unwrap(), b"not yours");
}

#[test]
fn reopen_modes_truncate_append_text_and_refusals() {
    let sb = Sandbox::new("parity-reopen-modes");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = movable(&t);
    f.write_all(b"abc").unwrap();
    // "ab": appends.
    let mut a = f.reopen_with(&FileOptions::new().mode("ab")).unwrap();
    a.write_all(b"def").unwrap();
    a.close().unwrap();
    assert_eq!(std::fs::read(f.path()).unwrap(), b"abcdef");
    // "w" text: truncated (after the identity check), then written.
    let mut w = f
        .reopen_with(&FileOptions::new().mode("w").encoding("utf-8"))
        .unwrap();
    assert_eq!(w.class_name(), "TextIOWrapper");
    assert_eq!(std::fs::read(f.path()).unwrap(), b"");
    w.write_text(&PyStr::from("\u{e9}")).unwrap();
    w.close().unwrap();
    assert_eq!(std::fs::read(f.path()).unwrap(), "\u{e9}".as_bytes());
    // "x": the file exists.
    let err = f.reopen_with(&FileOptions::new().mode("x")).unwrap_err();
    assert_eq!(err.class(), ExcClass::FileExistsError);
    // A bad mode: io.open's ValueError.
    let err = f.reopen_with(&FileOptions::new().mode("rw")).unwrap_err();
    assert_eq!(err.class(), ExcClass::ValueError);
    // A closed object has nothing to compare with.
    let mut g = t
        .named_temporary_file(&Params::new(), &FileOptions::new().delete_on_close(false))
        .unwrap();
    g.close().unwrap();
    let err = g.reopen().unwrap_err();
    assert_eq!(err.class(), ExcClass::ValueError);
    g.exit().unwrap();
    f.close().unwrap();
}

#[test]
fn reopen_of_a_text_file_sees_pending_text() {
    let sb = Sandbox::new("parity-reopen-text");
    let (t, _os, _ev) = module_v(&sb, PyVersion::V3_10);
    let mut f = movable_with(&t, &Params::new(), FileOptions::new().mode("w+"));
    f.file_mut().write_text(&PyStr::from("line\n")).unwrap();
    let mut r = f
        .reopen_with(&FileOptions::new().mode("r").encoding("utf-8"))
        .unwrap();
    assert_eq!(r.read_text(None).unwrap(), PyStr::from("line\n"));
    r.close().unwrap();
}

/// Reopening in a creating mode (`x`) is refused as `open(name, "x")` would refuse it: a
/// `FileExistsError` naming the file as its name was given, a `str`.
#[test]
fn reopening_to_create_is_a_file_exists_error_naming_the_file() {
    let sb = Sandbox::new("parity-reopen-x");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = movable(&t);
    let e = f.reopen_with(&FileOptions::new().mode("x+b")).unwrap_err();
    assert_eq!(e.class(), ExcClass::FileExistsError, "{e}");
    assert_eq!(
        e.filename(),
        Some(&pytempfile::Filename::Str(
            f.path().as_os_str().as_encoded_bytes().to_vec()
        ))
    );
}
