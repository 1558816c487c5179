//! The `tempfile` crate's API on pytempfile's objects (issue 15, item 6): `persist`,
//! `persist_noclobber`, `into_temp_path` and `TempPath`, `reopen`, the standard I/O traits,
//! `AsRawFd`, `AsRef<Path>`, and `Send`/`Sync`. Failure paths included: a target that exists,
//! another file system, a flush that fails, a file already removed, a path that names another
//! file (replaced, a symlink, a FIFO), a rollover that fails under `Write`.
//!
//! CPython has no counterpart; the expectations are the `tempfile` crate's documented
//! behaviour, with pytempfile's own additions (flush first, give the object back, check the
//! reopened file's identity) as documented on each method.
//!
//! On Windows two rules of the OS change what can be shown (the module docs of
//! `named/rust_api.rs`): a file opened `O_TEMPORARY` (the default `NamedTemporaryFile` there)
//! is never persisted, kept or guarded, nor reopened; and no file is renamed while a
//! descriptor is open on it. The tests that exercise a move therefore use [`movable`] (a file
//! without `O_TEMPORARY` on Windows) and [`ready_to_rename`] (its file object closed on
//! Windows); the rules themselves have their own `#[cfg(windows)]` tests.
#![allow(clippy::unwrap_used)]

mod common;

use std::ffi::{CStr, CString};
use std::io::{Read, Seek, SeekFrom, Write};
#[cfg(unix)]
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{Events, Sandbox, module_v, unclosed_fds};
use pytempfile::os::{Call, Fault, Forward, Os, RawFd, SysResult};
use pytempfile::{
    Behaviour, Event, ExcClass, FaultyOs, FileName, FileObject, FileOptions, NamedTemporaryFile,
    Params, PathKind, PathPersistError, PersistError, PyStr, PyVersion, SpooledTemporaryFile,
    TempPath, Tempfile, TemporaryDirectory,
};

/// The default `NamedTemporaryFile` (on Windows: opened `O_TEMPORARY`).
fn named(t: &Tempfile) -> NamedTemporaryFile {
    t.named_temporary_file(&Params::new(), &FileOptions::new())
        .unwrap()
}

/// `opts` for a file that `persist`, `keep`, `into_temp_path` and `reopen` accept on this
/// platform: unchanged on POSIX; on Windows without `O_TEMPORARY`, which they refuse:
/// `delete_on_close=False` from 3.12, `delete=False` before (where `delete=True` always means
/// `O_TEMPORARY`).
fn movable_opts(t: &Tempfile, opts: FileOptions) -> FileOptions {
    if cfg!(windows) {
        if t.version().has(Behaviour::DeleteOnClose) {
            opts.delete_on_close(false)
        } else {
            opts.delete(false)
        }
    } else {
        opts
    }
}

/// A file (open) that the Rust API may move, keep, guard or reopen here: see [`movable_opts`].
fn movable(t: &Tempfile) -> NamedTemporaryFile {
    movable_with(t, &Params::new(), FileOptions::new())
}

fn movable_with(t: &Tempfile, params: &Params, opts: FileOptions) -> NamedTemporaryFile {
    let f = t
        .named_temporary_file(params, &movable_opts(t, opts))
        .unwrap();
    assert!(!f.os_deletes_on_close());
    f
}

/// Make `f` renamable here: nothing on POSIX; on Windows close its file object (flushing it;
/// a file without `O_TEMPORARY` stays), since Windows renames no file a descriptor is open on.
fn ready_to_rename(f: &mut NamedTemporaryFile) {
    if cfg!(windows) {
        f.file_mut().close().unwrap();
    }
}

/// A path as Python's `repr()` of a `str` shows it (an ASCII path: only `\` is escaped).
fn repr_path(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\\', "\\\\"))
}

fn unraisables(events: &Events) -> Vec<(String, pytempfile::Error)> {
    events
        .take()
        .into_iter()
        .filter_map(|e| match e {
            Event::Unraisable { context, error } => Some((context, error)),
            _ => None,
        })
        .collect()
}

fn resource_warnings(events: &Events) -> Vec<String> {
    events
        .take()
        .into_iter()
        .filter_map(|e| match e {
            Event::ResourceWarning { message } => Some(message),
            _ => None,
        })
        .collect()
}

fn file_path(f: &FileObject) -> PathBuf {
    match f.name() {
        FileName::Path(p) => p.as_path().to_path_buf(),
        FileName::Fd(fd) => panic!("a descriptor as name: {fd}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Send and Sync, at compile time

fn assert_send<T: Send>() {}
fn assert_sync<T: Sync>() {}

#[test]
fn file_objects_are_send_and_sync() {
    assert_send::<FileObject>();
    assert_sync::<FileObject>();
    assert_send::<NamedTemporaryFile>();
    assert_sync::<NamedTemporaryFile>();
    assert_send::<SpooledTemporaryFile>();
    assert_sync::<SpooledTemporaryFile>();
    assert_send::<TemporaryDirectory>();
    assert_sync::<TemporaryDirectory>();
    assert_send::<TempPath>();
    assert_sync::<TempPath>();
    assert_send::<PersistError>();
    assert_sync::<PersistError>();
    assert_send::<PathPersistError>();
    assert_sync::<PathPersistError>();
    assert_send::<Tempfile>();
    assert_sync::<Tempfile>();
    // `?` in a function returning `Box<dyn Error + Send + Sync>` needs both.
    fn boxed(e: PersistError) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(e)
    }
    let _ = boxed;
}

#[test]
fn a_file_moves_to_another_thread_and_back() {
    let sb = Sandbox::new("parity-thread");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = named(&t);
    f.write_all(b"main ").unwrap();
    let mut f = std::thread::spawn(move || {
        f.write_all(b"worker").unwrap();
        f
    })
    .join()
    .unwrap();
    f.rewind().unwrap();
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    assert_eq!(s, "main worker");
    // Shared between threads by reference (Sync): the read-only side.
    let path = f.path().to_path_buf();
    std::thread::scope(|s| {
        s.spawn(|| assert_eq!(f.path(), path));
        s.spawn(|| assert!(f.file().fileno().unwrap() >= 0));
    });
    f.close().unwrap();
    assert!(!path.exists());
}

// ---------------------------------------------------------------------------------------------
// persist

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

// ---------------------------------------------------------------------------------------------
// into_temp_path and TempPath

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

// ---------------------------------------------------------------------------------------------
// reopen

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

// ---------------------------------------------------------------------------------------------
// Descriptors and paths

// Unix only: AsRawFd/AsFd are Unix traits (Windows' C runtime descriptors have no std trait).
#[cfg(unix)]
#[test]
fn as_raw_fd_is_the_descriptor_while_open_and_minus_one_after() {
    let sb = Sandbox::new("parity-rawfd");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = named(&t);
    let fd = f.as_raw_fd();
    assert_eq!(fd, f.file().fileno().unwrap());
    assert_eq!(f.as_fd().unwrap().as_raw_fd(), fd);
    f.close().unwrap();
    assert_eq!(f.as_raw_fd(), -1);
    assert_eq!(f.file().as_raw_fd(), -1);
    assert!(f.as_fd().is_err(), "no BorrowedFd for a closed file");
    // TemporaryFile is a FileObject.
    let mut tf = t
        .temporary_file(&Params::new(), &FileOptions::new())
        .unwrap();
    assert_eq!(tf.as_raw_fd(), tf.fileno().unwrap());
    // The checked conversions implement AsFd.
    fn takes_as_fd(fd: impl std::os::fd::AsFd) -> i32 {
        fd.as_fd().as_raw_fd()
    }
    assert_eq!(takes_as_fd(tf.as_fd().unwrap()), tf.fileno().unwrap());
    let raw = tf.fileno().unwrap();
    assert_eq!(takes_as_fd(tf.as_file().unwrap()), raw);
    tf.close().unwrap();
    assert_eq!(tf.as_raw_fd(), -1);
}

#[test]
fn as_ref_path_on_named_files_directories_and_guards() {
    let sb = Sandbox::new("parity-asref");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    fn path_of(p: impl AsRef<Path>) -> PathBuf {
        p.as_ref().to_path_buf()
    }
    let f = movable(&t);
    assert_eq!(path_of(&f), f.path());
    let d = t
        .temporary_directory(&Params::new(), pytempfile::DirOptions::new())
        .unwrap();
    assert_eq!(path_of(&d), d.path());
    assert!(std::fs::metadata(&d).unwrap().is_dir());
    let guard = f.into_temp_path().unwrap();
    assert_eq!(path_of(&guard), guard.path());
    d.exit().unwrap();
}

// ---------------------------------------------------------------------------------------------
// SpooledTemporaryFile: Read, Write, Seek

#[test]
fn spool_read_write_seek_in_every_release() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("parity-spool");
        let (t, _os, _ev) = module_v(&sb, v);
        let mut sp = t
            .spooled_temporary_file(8, &Params::new(), &FileOptions::new())
            .unwrap();
        sp.write_all(b"12345678").unwrap();
        assert!(!sp.rolled(), "{v}");
        Seek::seek(&mut sp, SeekFrom::Start(2)).unwrap();
        let mut buf = [0u8; 3];
        sp.read_exact(&mut buf).unwrap(); // Read works on 3.10 too (no readinto there)
        assert_eq!(&buf, b"345", "{v}");
        Seek::seek(&mut sp, SeekFrom::End(0)).unwrap();
        sp.write_all(b"9").unwrap();
        assert!(sp.rolled(), "{v}: position 9 > 8");
        assert_eq!(sp.stream_position().unwrap(), 9);
        sp.rewind().unwrap();
        let mut all = Vec::new();
        sp.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"123456789", "{v}");
        std::io::Write::flush(&mut sp).unwrap();
        sp.close().unwrap();
    }
}

#[test]
fn spool_write_trait_rolls_over_before_writing_so_an_error_writes_nothing() {
    let sb = Sandbox::new("parity-spool-fail");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut sp = t
        .spooled_temporary_file(4, &Params::new(), &FileOptions::new())
        .unwrap();
    sp.write_all(b"1234").unwrap();
    os.add_fault(Fault::every(Call::Open, libc::ENOSPC));
    let err = sp.write_all(b"56").unwrap_err();
    assert_eq!(err.raw_os_error(), None);
    assert_eq!(pytempfile::Error::from_io(err).errno(), Some(libc::ENOSPC));
    assert!(!sp.rolled());
    assert_eq!(
        sp.memory_value().unwrap().unwrap(),
        b"1234",
        "nothing written: Write's contract"
    );
    // The inherent, CPython-shaped write appends, then fails to roll over (as CPython's
    // `write` then `_check`), and the bytes stay in memory.
    let err = SpooledTemporaryFile::write(&mut sp, b"56").unwrap_err();
    assert_eq!(err.errno(), Some(libc::ENOSPC));
    assert_eq!(sp.memory_value().unwrap().unwrap(), b"123456");
    os.clear_faults();
    sp.write_all(b"7").unwrap();
    assert!(sp.rolled());
    sp.rewind().unwrap();
    let mut all = Vec::new();
    sp.read_to_end(&mut all).unwrap();
    assert_eq!(all, b"1234567");
}

#[test]
fn spool_traits_on_a_text_spool_are_type_errors() {
    let sb = Sandbox::new("parity-spool-text");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut sp = t
        .spooled_temporary_file(0, &Params::new(), &FileOptions::new().mode("w+"))
        .unwrap();
    let err = Write::write(&mut sp, b"x").unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    let mut buf = [0u8; 1];
    let err = std::io::Read::read(&mut sp, &mut buf).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    let err = std::io::Seek::seek(&mut sp, SeekFrom::Start(0)).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    sp.rollover().unwrap();
    let err = std::io::Read::read(&mut sp, &mut buf).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    sp.close().unwrap();
}

// ---------------------------------------------------------------------------------------------
// The seam's new calls

#[test]
fn seam_rename_link_and_noreplace_on_the_real_file_system() {
    use pytempfile::os::{Errno, LibcOs};
    let sb = Sandbox::new("parity-seam");
    let c = |p: &Path| std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
    let (a, b, l) = (sb.join("a"), sb.join("b"), sb.join("l"));
    std::fs::write(&a, b"A").unwrap();
    std::fs::write(&b, b"B").unwrap();
    let os = LibcOs;
    assert_eq!(os.link(&c(&a), &c(&b)), Err(Errno(libc::EEXIST)));
    os.link(&c(&a), &c(&l)).unwrap();
    assert_eq!(std::fs::read(&l).unwrap(), b"A");
    match os.rename_noreplace(&c(&a), &c(&b)) {
        Err(Errno(libc::EEXIST)) => {}
        Err(Errno(e)) if e == libc::ENOSYS || e == libc::EINVAL => {
            println!("SKIP  renameat2(RENAME_NOREPLACE) unsupported here: errno {e}");
        }
        other => panic!("noreplace over an existing file: {other:?}"),
    }
    assert_eq!(std::fs::read(&b).unwrap(), b"B");
    os.rename(&c(&a), &c(&b)).unwrap();
    assert_eq!(std::fs::read(&b).unwrap(), b"A");
    assert!(!a.exists());
    // A missing source: ENOENT (Windows: ERROR_FILE_NOT_FOUND, mapped).
    assert_eq!(os.rename(&c(&a), &c(&b)), Err(Errno(libc::ENOENT)));
    assert_eq!(os.link(&c(&a), &c(&sb.join("n"))), Err(Errno(libc::ENOENT)));
    match os.rename_noreplace(&c(&a), &c(&sb.join("n"))) {
        Err(Errno(libc::ENOENT)) => {}
        Err(Errno(e)) if cfg!(unix) && (e == libc::ENOSYS || e == libc::EINVAL) => {}
        other => panic!("noreplace of a missing file: {other:?}"),
    }
    // Windows: a file open through the C runtime (what CPython's os.open and every object
    // here hold) cannot be renamed, replaced or linked-and-unlinked away: its descriptor does
    // not share deletion (ERROR_SHARING_VIOLATION, EACCES). Why persist wants it closed there.
    #[cfg(windows)]
    {
        use pytempfile::os::flags;
        let fd = os.open(&c(&l), flags::O_RDWR | flags::O_BINARY, 0).unwrap();
        let target = c(&sb.join("m"));
        assert_eq!(os.rename(&c(&l), &target), Err(Errno(libc::EACCES)));
        assert_eq!(
            os.rename_noreplace(&c(&l), &target),
            Err(Errno(libc::EACCES))
        );
        assert_eq!(os.unlink(&c(&l)), Err(Errno(libc::EACCES)));
        os.close(fd).unwrap();
        os.rename_noreplace(&c(&l), &target).unwrap();
        assert_eq!(std::fs::read(sb.join("m")).unwrap(), b"A");
    }
    // The trait's defaults (std) behave the same for an implementation without them: a
    // double that does not forward them runs the trait's defaults.
    struct Defaults;
    impl Forward for Defaults {
        const FORWARD_PROVIDED: bool = false;
        fn inner(&self) -> &dyn Os {
            &LibcOs
        }
    }
    let d: &dyn Os = &Defaults;
    std::fs::write(&a, b"A2").unwrap();
    assert_eq!(d.link(&c(&a), &c(&b)), Err(Errno(libc::EEXIST)));
    assert_eq!(
        d.rename_noreplace(&c(&a), &c(&b)),
        Err(Errno(libc::ENOSYS)),
        "the default: callers fall back to link + unlink"
    );
    d.rename(&c(&a), &c(&b)).unwrap();
    assert_eq!(std::fs::read(&b).unwrap(), b"A2");
    assert_eq!(
        d.rename(&c(&a), &c(&b)),
        Err(Errno(libc::ENOENT)),
        "std's errno comes through"
    );
    // A module over the defaults persists without clobbering through the fallback.
    let t = Tempfile::builder()
        .os(Arc::new(Defaults))
        .tempdir(sb.path())
        .build();
    let mut f = movable(&t);
    ready_to_rename(&mut f);
    let err = f.persist_noclobber(&b).unwrap_err();
    assert_eq!(err.error.class(), ExcClass::FileExistsError);
    let f = err.file.persist_noclobber(sb.join("c")).unwrap();
    drop(f);
    assert!(sb.join("c").exists());
}

#[test]
fn faulty_os_counts_logs_and_fails_the_new_calls() {
    let sb = Sandbox::new("parity-faulty");
    let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Link, libc::EPERM)));
    let t = Tempfile::builder()
        .os(os.clone())
        .tempdir(sb.path())
        .build();
    os.add_fault(Fault::every(Call::RenameNoreplace, libc::EINVAL));
    os.start_log();
    let target = sb.join("target");
    let mut f = movable(&t);
    ready_to_rename(&mut f);
    let err = f.persist_noclobber(&target).unwrap_err();
    assert_eq!(err.error.class(), ExcClass::PermissionError);
    let link = os.log().into_iter().find(|c| c.call == Call::Link).unwrap();
    assert!(link.injected);
    assert_eq!(
        link.path.as_deref(),
        Some(target.as_os_str().as_encoded_bytes()),
        "logged under the new name"
    );
    assert_eq!(
        os.counts()
            .into_iter()
            .filter(|(c, _)| matches!(c, Call::Rename | Call::RenameNoreplace | Call::Link))
            .collect::<Vec<_>>(),
        [(Call::RenameNoreplace, 1), (Call::Link, 1)]
    );
    assert_eq!(Call::ALL.len(), 26);
    assert_eq!(Call::ALL[Call::BEFORE_PERSIST], Call::Rename);
}
