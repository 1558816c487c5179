//! `persist`, `persist_noclobber` and `keep`: the target that exists, another file system, a
//! relative or bytes path, a flush that fails, a file already removed, and Windows' refusals.

use super::*;

// Unix: persists an open `O_TEMPORARY`-less default file; Windows persists neither an open file
// nor an `O_TEMPORARY` one (persist_and_keep_on_windows_refuse_o_temporary_and_open_files).
#[cfg(unix)]
#[test]
fn persist_flushes_renames_over_the_target_and_disarms_in_every_release() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("parity-persist");
        let (t, os, events) = module_v(&sb, v);
        let target = sb.join("out.bin");
        std::fs::write(&target, b"old content").unwrap();
        let mut f = named(&t);
        let old = f.path().to_path_buf();
        f.write_all(b"new ").unwrap(); // buffered: nothing on disk yet
        assert_eq!(std::fs::read(&old).unwrap(), b"", "{v}");
        let mut f = f.persist(&target).unwrap();
        assert_eq!(os.count(Call::Rename), 1, "{v}");
        assert!(!old.exists(), "{v}");
        assert_eq!(
            std::fs::read(&target).unwrap(),
            b"new ",
            "{v}: flushed, then renamed"
        );
        assert_eq!(f.path(), target, "{v}");
        assert_eq!(f.name().kind(), PathKind::Str);
        assert_eq!(file_path(f.file()), target, "{v}");
        assert!(!f.delete(), "{v}");
        // Still open, at the same position.
        f.write_all(b"and more").unwrap();
        f.close().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new and more", "{v}");
        drop(f);
        assert!(target.exists(), "{v}: never removed after persist");
        assert!(unraisables(&events).is_empty(), "{v}");
    }
}

/// The refusal of a file opened `O_TEMPORARY` by `func`, on Windows.
#[cfg(windows)]
fn assert_o_temporary_refusal(err: &pytempfile::Error, func: &str, v: PyVersion, path: &Path) {
    assert_eq!(err.class(), ExcClass::OSError, "{v} {func}: {err}");
    assert_eq!(err.errno(), Some(libc::EINVAL), "{v} {func}");
    let text = err.to_string();
    assert!(
        text.starts_with(&format!(
            "[Errno 22] {func}: the file was opened with O_TEMPORARY"
        )),
        "{v}: {text}"
    );
    assert!(text.contains("Windows deletes it"), "{v}: {text}");
    let instead = if v.has(Behaviour::DeleteOnClose) {
        "(delete=True, delete_on_close=True), so Windows deletes it when its last handle \
         closes, and that cannot be undone; create it with delete_on_close=False (or \
         delete=False) to persist or keep it"
    } else {
        "(delete=True), so Windows deletes it when its last handle closes, and that cannot be \
         undone; create it with delete=False to persist or keep it"
    };
    assert!(text.contains(instead), "{v}: {text}");
    assert!(
        text.ends_with(&format!(": {}", repr_path(path))),
        "{v}: {text}"
    );
}

// Windows: its two rules, in every release. An O_TEMPORARY file (the default there) is refused
// by everything that would disarm its deletion, and given back untouched; a file without it is
// refused while open (Windows renames no file a descriptor is open on) and persisted once
// closed. POSIX persists an open file:
// persist_flushes_renames_over_the_target_and_disarms_in_every_release.
#[cfg(windows)]
#[test]
fn persist_and_keep_on_windows_refuse_o_temporary_and_open_files() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("parity-persist-nt");
        let (t, os, events) = module_v(&sb, v);
        let target = sb.join("out.bin");
        std::fs::write(&target, b"old content").unwrap();
        let mut f = named(&t);
        assert!(f.os_deletes_on_close(), "{v}");
        f.write_all(b"buffered").unwrap();
        let old = f.path().to_path_buf();
        os.reset_counts();
        let err = f.persist(&target).unwrap_err();
        assert_o_temporary_refusal(&err.error, "persist", v, &old);
        let err = err.file.persist_noclobber(&target).unwrap_err();
        assert_o_temporary_refusal(&err.error, "persist_noclobber", v, &old);
        let err = err.file.into_temp_path().unwrap_err();
        assert_o_temporary_refusal(&err.error, "into_temp_path", v, &old);
        let mut f = err.file;
        let err = f.keep().unwrap_err();
        assert_o_temporary_refusal(&err, "keep", v, &old);
        assert_eq!(
            os.syscalls(),
            0,
            "{v}: refused before any call, nothing flushed"
        );
        assert!(f.delete() && !f.file().closed(), "{v}: untouched");
        assert_eq!(f.path(), old);
        assert_eq!(std::fs::read(&target).unwrap(), b"old content", "{v}");
        f.write_all(b" and more").unwrap();
        f.rewind().unwrap();
        let mut all = Vec::new();
        f.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"buffered and more", "{v}: still usable");
        f.close().unwrap();
        assert!(!old.exists(), "{v}: deleted on close, by the OS");

        // Without O_TEMPORARY: refused while open, persisted once closed.
        let mut f = movable(&t);
        f.write_all(b"new ").unwrap();
        let old = f.path().to_path_buf();
        os.reset_counts();
        for noclobber in [false, true] {
            let err = if noclobber {
                f.persist_noclobber(&target).unwrap_err()
            } else {
                f.persist(&target).unwrap_err()
            };
            let func = if noclobber {
                "persist_noclobber"
            } else {
                "persist"
            };
            assert_eq!(err.error.class(), ExcClass::PermissionError, "{v}");
            assert_eq!(err.error.errno(), Some(libc::EACCES));
            assert_eq!(
                err.error.to_string(),
                format!(
                    "[Errno 13] {func}: the file is open, and Windows renames no file while a \
                     descriptor is open on it (the C runtime's descriptors do not share \
                     deletion); close it first (close() with delete_on_close=False or \
                     delete=False, or file_mut().close()), then {func}: {}",
                    repr_path(&old)
                ),
                "{v}"
            );
            f = err.file;
        }
        assert_eq!(os.syscalls(), 0, "{v}: refused before any call");
        assert!(!f.file().closed(), "{v}");
        f.write_all(b"and more").unwrap();
        f.file_mut().close().unwrap(); // flushed; without O_TEMPORARY the file stays
        let f = f.persist(&target).unwrap();
        assert_eq!(os.count(Call::Rename), 1, "{v}");
        assert!(!old.exists(), "{v}");
        assert_eq!(std::fs::read(&target).unwrap(), b"new and more", "{v}");
        assert_eq!(f.path(), target, "{v}");
        assert_eq!(file_path(f.file()), target, "{v}");
        assert!(!f.delete(), "{v}");
        f.exit().unwrap();
        assert!(target.exists(), "{v}: never removed after persist");
        // keep() accepts it, open or not.
        let mut f = movable(&t);
        let kept = f.keep().unwrap().as_path().to_path_buf();
        f.exit().unwrap();
        assert!(kept.exists(), "{v}");
        assert!(unraisables(&events).is_empty(), "{v}");
    }
}

#[test]
fn persist_then_drop_unclosed_keeps_the_file_and_warns_with_the_new_name() {
    for v in [PyVersion::V3_13, PyVersion::V3_14, PyVersion::V3_15] {
        let sb = Sandbox::new("parity-persist-warn");
        let (t, _os, events) = module_v(&sb, v);
        let target = sb.join("kept");
        // Windows: the file object is closed, the object itself is not (its drop warns).
        let mut f = movable(&t);
        ready_to_rename(&mut f);
        let f = f.persist(&target).unwrap();
        drop(f);
        assert!(target.exists(), "{v}");
        let warnings = resource_warnings(&events);
        if v.has(pytempfile::Behaviour::WrapperReprWarns) {
            assert_eq!(warnings.len(), 1, "{v}: {warnings:?}");
            let sep = if cfg!(windows) { "\\\\" } else { "/" };
            assert!(
                warnings[0].contains(&format!("{sep}kept'")),
                "{v}: {warnings:?}"
            );
        } else {
            assert!(warnings.is_empty(), "{v}: {warnings:?}");
        }
    }
}

// Unix: persist flushes an open file; Windows refuses to rename an open one
// (persist_and_keep_on_windows_refuse_o_temporary_and_open_files), and closing it flushes.
#[cfg(unix)]
#[test]
fn persist_of_a_text_file_encodes_pending_text_first() {
    let sb = Sandbox::new("parity-persist-text");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = t
        .named_temporary_file(
            &Params::new(),
            &FileOptions::new().mode("w+").encoding("utf-16-le"),
        )
        .unwrap();
    f.file_mut().write_text(&PyStr::from("h\u{e9}")).unwrap();
    let target = sb.join("text");
    let f = f.persist(&target).unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"h\0\xe9\0");
    f.exit().unwrap();
    assert!(target.exists());
}

#[test]
fn persist_of_a_relative_path_is_made_absolute_through_the_seam() {
    let sb = Sandbox::new("parity-persist-rel");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    os.set_cwd(Ok(sb.bytes()));
    let mut f = movable(&t);
    ready_to_rename(&mut f);
    let f = f.persist("rel.bin").unwrap();
    assert_eq!(f.path(), sb.join("rel.bin"));
    assert!(sb.join("rel.bin").exists());
    // A relative path with `..` is joined (with the host's separator), not normalised.
    std::fs::create_dir(sb.join("sub")).unwrap();
    let mut g = movable(&t);
    ready_to_rename(&mut g);
    let g = g.persist("sub/../rel2.bin").unwrap();
    let sep: &[u8] = if cfg!(windows) { b"\\" } else { b"/" };
    assert_eq!(
        g.path().as_os_str().as_encoded_bytes(),
        [sb.bytes(), sep.to_vec(), b"sub/../rel2.bin".to_vec()].concat()
    );
    assert!(sb.join("rel2.bin").exists());
    // Windows: a rooted path without a drive takes the working directory's.
    #[cfg(windows)]
    {
        let bytes = sb.bytes();
        assert_eq!(&bytes[1..3], b":\\", "the sandbox is on a drive");
        let rooted = [&bytes[2..], b"\\rooted.bin"].concat();
        let mut h = movable(&t);
        ready_to_rename(&mut h);
        let h = h.persist(String::from_utf8(rooted).unwrap()).unwrap();
        assert_eq!(h.path(), sb.join("rooted.bin"));
        assert!(sb.join("rooted.bin").exists());
    }
}

#[test]
fn persist_keeps_bytes_names_bytes() {
    let sb = Sandbox::new("parity-persist-bytes");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = movable_with(&t, &Params::new().suffix(&b".b"[..]), FileOptions::new());
    assert_eq!(f.name().kind(), PathKind::Bytes);
    ready_to_rename(&mut f);
    let f = f.persist(sb.join("b")).unwrap();
    assert_eq!(f.name().kind(), PathKind::Bytes);
    assert_eq!(f.name().repr(), format!("b{}", repr_path(&sb.join("b"))));
}

#[test]
fn persist_across_file_systems_gives_the_file_back() {
    // Injected: always runs.
    let sb = Sandbox::new("parity-persist-exdev");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    os.add_fault(Fault::every(Call::Rename, libc::EXDEV));
    let mut f = movable(&t);
    f.write_all(b"payload").unwrap();
    ready_to_rename(&mut f);
    let old = f.path().to_path_buf();
    let target = sb.join("elsewhere");
    let err = f.persist(&target).unwrap_err();
    assert_eq!(err.error.class(), ExcClass::OSError);
    assert_eq!(err.error.errno(), Some(libc::EXDEV));
    assert_eq!(
        err.error.to_string(),
        format!(
            "[Errno 18] Invalid cross-device link: {} -> {}",
            repr_path(&old),
            repr_path(&target)
        )
    );
    assert_eq!(
        err.to_string(),
        format!("failed to persist temporary file: {}", err.error)
    );
    assert!(std::error::Error::source(&err).is_some());
    let f = err.file;
    assert_eq!(f.path(), old);
    assert!(f.delete());
    assert_eq!(std::fs::read(&old).unwrap(), b"payload");
    assert!(!target.exists());
    // Still usable, still deleted on close.
    #[cfg(unix)]
    {
        let mut f = f;
        f.write_all(b"!").unwrap();
        f.rewind().unwrap();
        let mut v = Vec::new();
        f.read_to_end(&mut v).unwrap();
        assert_eq!(v, b"payload!");
        f.close().unwrap();
    }
    // Windows: closed for the rename; delete=True, delete_on_close=False: exit removes it.
    #[cfg(windows)]
    f.exit().unwrap();
    assert!(!old.exists());
}

// Linux only: it mounts a private tmpfs (no Windows counterpart here).
#[cfg(target_os = "linux")]
#[test]
fn persist_across_real_file_systems_gives_the_file_back() {
    use std::os::unix::fs::MetadataExt;
    let sb = Sandbox::new("parity-persist-xfs");
    let other = Path::new("/dev/shm");
    let same_fs = match (std::fs::metadata(sb.path()), std::fs::metadata(other)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev(),
        _ => true,
    };
    if same_fs {
        println!(
            "SKIP  persist across file systems: /dev/shm is missing or on the sandbox's file system"
        );
        return;
    }
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let target = other.join(format!("pytempfile-parity-{}", std::process::id()));
    for noclobber in [false, true] {
        let mut f = named(&t);
        f.write_all(b"cross").unwrap();
        let old = f.path().to_path_buf();
        let err = if noclobber {
            f.persist_noclobber(&target).unwrap_err()
        } else {
            f.persist(&target).unwrap_err()
        };
        assert_eq!(
            err.error.errno(),
            Some(libc::EXDEV),
            "noclobber={noclobber}"
        );
        assert!(!target.exists());
        let f = err.into_file();
        assert_eq!(std::fs::read(f.path()).unwrap(), b"cross");
        drop(f);
        assert!(
            !old.exists(),
            "the file given back is still removed at drop"
        );
    }
}

#[test]
fn persist_noclobber_refuses_an_existing_target_and_gives_the_file_back() {
    for v in [PyVersion::V3_10, PyVersion::V3_12, PyVersion::NEWEST] {
        let sb = Sandbox::new("parity-noclobber");
        let (t, os, _ev) = module_v(&sb, v);
        let target = sb.join("taken");
        std::fs::write(&target, b"theirs").unwrap();
        let mut f = movable(&t);
        f.write_all(b"ours").unwrap();
        ready_to_rename(&mut f);
        let old = f.path().to_path_buf();
        let err = f.persist_noclobber(&target).unwrap_err();
        assert_eq!(err.error.class(), ExcClass::FileExistsError, "{v}");
        assert_eq!(err.error.errno(), Some(libc::EEXIST));
        let io: std::io::Error = err.error.clone().into();
        assert_eq!(io.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&target).unwrap(), b"theirs", "{v}");
        assert_eq!(os.count(Call::RenameNoreplace), 1);
        assert_eq!(os.count(Call::Rename), 0);
        assert_eq!(os.count(Call::Link), 0, "renameat2 answered: no fallback");
        let f: NamedTemporaryFile = err.into();
        assert_eq!(f.path(), old);
        assert_eq!(
            std::fs::read(&old).unwrap(),
            b"ours",
            "{v}: flushed and intact"
        );
        let free = sb.join("free");
        let mut f = f.persist_noclobber(&free).unwrap();
        assert!(!old.exists());
        f.close().unwrap();
        assert_eq!(std::fs::read(&free).unwrap(), b"ours");
        assert_eq!(std::fs::read(&target).unwrap(), b"theirs");
    }
}

#[test]
fn persist_noclobber_falls_back_to_link_and_unlink() {
    for errno in [libc::EINVAL, libc::ENOSYS] {
        let sb = Sandbox::new("parity-fallback");
        let (t, os, events) = module_v(&sb, PyVersion::NEWEST);
        os.add_fault(Fault::every(Call::RenameNoreplace, errno));
        let target = sb.join("taken");
        std::fs::write(&target, b"theirs").unwrap();
        // An existing target: link refuses it too.
        let mut f = movable(&t);
        ready_to_rename(&mut f);
        let err = f.persist_noclobber(&target).unwrap_err();
        assert_eq!(err.error.class(), ExcClass::FileExistsError, "{errno}");
        assert_eq!(os.count(Call::Link), 1);
        assert_eq!(std::fs::read(&target).unwrap(), b"theirs");
        drop(err);
        // A free target: linked, then the old name removed.
        let mut f = movable(&t);
        f.write_all(b"via link").unwrap();
        ready_to_rename(&mut f);
        let old = f.path().to_path_buf();
        os.reset_counts();
        os.start_log();
        let free = sb.join("free");
        let f = f.persist_noclobber(&free).unwrap();
        let kinds: Vec<Call> = os
            .log()
            .iter()
            .map(|c| c.call)
            .filter(|c| matches!(c, Call::RenameNoreplace | Call::Link | Call::Unlink))
            .collect();
        assert_eq!(
            kinds,
            [Call::RenameNoreplace, Call::Link, Call::Unlink],
            "{errno}"
        );
        assert!(!old.exists());
        assert_eq!(f.path(), free);
        drop(f);
        assert_eq!(std::fs::read(&free).unwrap(), b"via link");
        assert!(unraisables(&events).is_empty());
    }
}

#[test]
fn persist_noclobber_fallback_reports_an_old_name_it_cannot_remove() {
    let sb = Sandbox::new("parity-fallback-unlink");
    let (t, os, events) = module_v(&sb, PyVersion::NEWEST);
    os.add_fault(Fault::every(Call::RenameNoreplace, libc::ENOSYS));
    let mut f = movable(&t);
    ready_to_rename(&mut f);
    let old = f.path().to_path_buf();
    os.add_fault(Fault::every(Call::Unlink, libc::EBUSY));
    let free = sb.join("free");
    let f = f.persist_noclobber(&free).unwrap();
    assert!(
        free.exists() && old.exists(),
        "both names: persisted all the same"
    );
    drop(f);
    let reported = unraisables(&events);
    assert_eq!(reported.len(), 1, "{reported:?}");
    assert!(reported[0].0.contains("persist_noclobber"));
    assert_eq!(reported[0].1.errno(), Some(libc::EBUSY));
    // Named as the file's name was given: a `str`.
    assert!(
        matches!(reported[0].1.filename(), Some(pytempfile::Filename::Str(_))),
        "{:?}",
        reported[0].1.filename()
    );
    std::fs::remove_file(&old).unwrap();
}

#[test]
fn persist_to_a_path_with_a_nul_is_a_value_error_and_gives_the_file_back() {
    let sb = Sandbox::new("parity-persist-nul");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = movable(&t);
    ready_to_rename(&mut f);
    let old = f.path().to_path_buf();
    let bad = sb.join("a\0b");
    let err = f.persist(&bad).unwrap_err();
    assert_eq!(err.error.class(), ExcClass::ValueError);
    assert_eq!(
        err.error.to_string(),
        "rename: embedded null character in path"
    );
    let err = err.file.persist_noclobber(&bad).unwrap_err();
    assert_eq!(err.error.class(), ExcClass::ValueError);
    assert_eq!(os.count(Call::Rename) + os.count(Call::RenameNoreplace), 0);
    assert!(old.exists());
    drop(err);
    assert!(!old.exists());
}

// Unix: persist flushes an open file; on Windows an open file is refused before any flush
// (persist_and_keep_on_windows_refuse_o_temporary_and_open_files).
#[cfg(unix)]
#[test]
fn persist_with_a_failing_flush_renames_nothing_and_keeps_the_buffer() {
    let sb = Sandbox::new("parity-persist-flush");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = named(&t);
    f.write_all(b"buffered bytes").unwrap();
    let old = f.path().to_path_buf();
    os.add_fault(Fault::every(Call::Write, libc::ENOSPC));
    let target = sb.join("target");
    let err = f.persist(&target).unwrap_err();
    assert_eq!(err.error.errno(), Some(libc::ENOSPC));
    assert_eq!(os.count(Call::Rename), 0, "nothing renamed");
    assert!(!target.exists());
    os.clear_faults();
    let f = err.file;
    assert_eq!(f.path(), old);
    let mut f = f.persist(&target).unwrap();
    f.close().unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"buffered bytes");
}

#[test]
fn persist_of_a_file_already_removed_is_refused_without_a_system_call() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("parity-persist-gone");
        let (t, os, _ev) = module_v(&sb, v);
        let mut f = named(&t);
        let old = f.path().to_path_buf();
        f.close().unwrap(); // delete=True: removed
        assert!(!old.exists());
        std::fs::write(&old, b"someone else's, at our old name").unwrap();
        os.reset_counts();
        let target = sb.join("target");
        let err = f.persist(&target).unwrap_err();
        assert_eq!(err.error.class(), ExcClass::FileNotFoundError, "{v}");
        assert_eq!(os.count(Call::Rename), 0, "{v}");
        assert!(!target.exists());
        assert_eq!(
            std::fs::read(&old).unwrap(),
            b"someone else's, at our old name"
        );
        let err = err.file.into_temp_path().unwrap_err();
        assert_eq!(err.error.class(), ExcClass::FileNotFoundError, "{v}");
        drop(err);
        assert!(old.exists(), "{v}: not ours, never removed");
    }
}

#[test]
fn persist_of_a_closed_file_kept_by_delete_on_close_false() {
    let sb = Sandbox::new("parity-persist-closed");
    let (t, _os, _ev) = module_v(&sb, PyVersion::V3_12);
    let mut f = t
        .named_temporary_file(&Params::new(), &FileOptions::new().delete_on_close(false))
        .unwrap();
    f.write_all(b"x").unwrap();
    f.close().unwrap();
    let target = sb.join("t");
    let f = f.persist(&target).unwrap();
    assert!(f.file().closed());
    f.exit().unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"x");
}

#[test]
fn keep_fits_with_persist_and_the_guard_in_every_release() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("parity-keep");
        let (t, _os, _ev) = module_v(&sb, v);
        // keep(), close, exit: kept (the existing `keep` is the tempfile crate's, minus the
        // move: the object stays usable).
        let mut f = movable(&t);
        let kept = f.keep().unwrap().as_path().to_path_buf();
        f.close().unwrap();
        f.exit().unwrap();
        assert!(kept.exists(), "{v}");
        // keep() then persist: moved, never deleted.
        let mut f = movable(&t);
        f.keep().unwrap();
        ready_to_rename(&mut f);
        let f = f.persist(sb.join("moved")).unwrap();
        f.exit().unwrap();
        assert!(sb.join("moved").exists(), "{v}");
        // keep() then into_temp_path: the guard owns the removal again.
        let mut f = movable(&t);
        f.keep().unwrap();
        let guard = f.into_temp_path().unwrap();
        let p = guard.to_path_buf();
        drop(guard);
        assert!(!p.exists(), "{v}");
    }
}
