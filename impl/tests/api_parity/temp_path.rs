//! `into_temp_path` and the `TempPath` guard: close, keep, persist, disable cleanup, and a
//! removal that fails on drop.

use super::*;

#[test]
fn into_temp_path_closes_and_the_guard_removes_on_drop() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("parity-temppath");
        let (t, os, events) = module_v(&sb, v);
        os.start_log();
        let mut f = movable(&t);
        f.write_all(b"guarded").unwrap();
        let path = f.into_temp_path().unwrap();
        assert!(
            unclosed_fds(&os.log()).is_empty(),
            "{v}: the file is closed"
        );
        assert_eq!(std::fs::read(&*path).unwrap(), b"guarded", "{v}");
        assert!(path.is_armed());
        let p = path.to_path_buf();
        assert_eq!(path.path(), p);
        let as_path: &Path = path.as_ref();
        assert_eq!(as_path, p);
        let as_os: &std::ffi::OsStr = path.as_ref();
        assert_eq!(as_os, p.as_os_str());
        assert!(format!("{path:?}").contains("TempPath"));
        drop(path);
        assert!(!p.exists(), "{v}");
        // No finalizer warning: the file was closed by into_temp_path.
        let evs = events.take();
        assert!(
            evs.iter()
                .all(|e| !matches!(e, Event::ResourceWarning { .. } | Event::Unraisable { .. })),
            "{v}: {evs:?}"
        );
    }
}

#[test]
fn temp_path_close_keep_persist_and_disable_cleanup() {
    let sb = Sandbox::new("parity-temppath-ops");
    let (t, os, events) = module_v(&sb, PyVersion::NEWEST);
    // close(): removed now; a second removal by hand of the same name reports it.
    let path = movable(&t).into_temp_path().unwrap();
    let p = path.to_path_buf();
    path.close().unwrap();
    assert!(!p.exists());
    let path = movable(&t).into_temp_path().unwrap();
    std::fs::remove_file(&*path).unwrap();
    let err = path.close().unwrap_err();
    assert_eq!(err.class(), ExcClass::FileNotFoundError);
    // Drop of a name already gone is no error.
    let path = movable(&t).into_temp_path().unwrap();
    std::fs::remove_file(&*path).unwrap();
    drop(path);
    assert!(unraisables(&events).is_empty());
    // keep()
    let path = movable(&t).into_temp_path().unwrap();
    let kept = path.keep();
    assert!(kept.as_path().exists());
    // persist(): over an existing file.
    let target = sb.join("target");
    std::fs::write(&target, b"old").unwrap();
    let path = movable(&t).into_temp_path().unwrap();
    let old = path.to_path_buf();
    let new = path.persist(&target).unwrap();
    assert_eq!(new.as_path(), target);
    assert!(!old.exists());
    assert_eq!(std::fs::read(&target).unwrap(), b"");
    // persist_noclobber(): refused, the guard comes back armed.
    let path = movable(&t).into_temp_path().unwrap();
    let old = path.to_path_buf();
    let err = path.persist_noclobber(&target).unwrap_err();
    assert_eq!(err.error.class(), ExcClass::FileExistsError);
    let io: std::io::Error = PathPersistError {
        error: err.error.clone(),
        path: TempPath::try_from_path(sb.join("never-created")).unwrap(),
    }
    .into();
    assert_eq!(io.kind(), std::io::ErrorKind::AlreadyExists);
    let path: TempPath = err.into();
    assert!(path.is_armed() && old.exists());
    let free = sb.join("free");
    path.persist_noclobber(&free).unwrap();
    assert!(free.exists() && !old.exists());
    // EXDEV on a guard: back inside the error, removed at its drop.
    os.add_fault(Fault::every(Call::Rename, libc::EXDEV));
    let path = movable(&t).into_temp_path().unwrap();
    let old = path.to_path_buf();
    let err = path.persist(sb.join("x")).unwrap_err();
    assert_eq!(err.error.errno(), Some(libc::EXDEV));
    assert!(
        err.to_string()
            .starts_with("failed to persist temporary file path: [Errno 18]")
    );
    assert!(old.exists());
    drop(err);
    assert!(!old.exists());
    os.clear_faults();
    // disable_cleanup()
    let mut path = movable(&t).into_temp_path().unwrap();
    path.disable_cleanup(true);
    assert!(!path.is_armed());
    let p = path.to_path_buf();
    drop(path);
    assert!(p.exists());
    let mut path = TempPath::try_from_path(&p).unwrap();
    path.disable_cleanup(false);
    drop(path);
    assert!(!p.exists());
}

#[test]
fn temp_path_drop_reports_a_removal_that_fails() {
    let sb = Sandbox::new("parity-temppath-fail");
    let (t, os, events) = module_v(&sb, PyVersion::NEWEST);
    let path = movable(&t).into_temp_path().unwrap();
    let p = path.to_path_buf();
    os.add_fault(Fault::every(Call::Unlink, libc::EACCES));
    drop(path);
    let reported = unraisables(&events);
    assert_eq!(reported.len(), 1, "{reported:?}");
    assert!(reported[0].0.starts_with("TempPath '"), "{}", reported[0].0);
    assert_eq!(reported[0].1.class(), ExcClass::PermissionError);
    assert!(p.exists());
    std::fs::remove_file(&p).unwrap();
}

#[test]
fn temp_path_from_a_relative_or_empty_path() {
    let sb = Sandbox::new("parity-temppath-rel");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    os.set_cwd(Ok(sb.bytes()));
    std::fs::write(sb.join("mine"), b"").unwrap();
    let path = t.temp_path("mine").unwrap();
    assert_eq!(path.path(), sb.join("mine"));
    drop(path);
    assert!(!sb.join("mine").exists());
    let err = t.temp_path("").unwrap_err();
    assert_eq!(err.class(), ExcClass::ValueError);
    os.set_cwd(Err(pytempfile::os::Errno(libc::ENOENT)));
    let err = t.temp_path("rel").unwrap_err();
    assert_eq!(err.class(), ExcClass::FileNotFoundError);
}

#[test]
fn into_temp_path_with_a_failing_flush_gives_the_file_back() {
    let sb = Sandbox::new("parity-temppath-flush");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = movable(&t);
    f.write_all(b"late bytes").unwrap();
    os.add_fault(Fault::every(Call::Write, libc::EIO));
    let err = f.into_temp_path().unwrap_err();
    assert_eq!(err.error.errno(), Some(libc::EIO));
    let f = err.file;
    assert!(!f.file().closed(), "not closed: the buffer is still there");
    os.clear_faults();
    let path = f.into_temp_path().unwrap();
    assert_eq!(std::fs::read(&*path).unwrap(), b"late bytes");
}

/// A guard whose removal fails reports the `unlink` error, naming the path as a `str` (its
/// name's kind); a failed `persist` gives the OS error as its `source()`.
#[test]
fn temp_path_close_and_persist_failures_carry_their_os_errors() {
    let sb = Sandbox::new("parity-temp-path-errors");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let path = movable(&t).into_temp_path().unwrap();
    let kept = path.to_path_buf();
    os.add_fault(Fault::every(Call::Unlink, libc::EBUSY));
    let e = path.close().unwrap_err();
    assert_eq!(e.errno(), Some(libc::EBUSY));
    assert!(
        matches!(e.filename(), Some(pytempfile::Filename::Str(_))),
        "{:?}",
        e.filename()
    );
    os.clear_faults();
    std::fs::remove_file(&kept).unwrap();

    let path = movable(&t).into_temp_path().unwrap();
    let err = path.persist(sb.join("missing-dir").join("x")).unwrap_err();
    let source = std::error::Error::source(&err).map(|s| s.to_string());
    assert!(source.is_some(), "no source");
    // POSIX: the message is strerror's (Windows reports its own).
    #[cfg(unix)]
    assert!(
        source
            .as_deref()
            .is_some_and(|s| s.contains("No such file or directory")),
        "{source:?}"
    );
}
