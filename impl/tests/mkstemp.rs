//! mkstemp, mkdtemp and mktemp: the retry loop, arguments, paths, modes, flags and errors.
#![allow(clippy::unwrap_used)]
// On Windows the POSIX-only tests below are compiled out, and their helpers with them.
#![cfg_attr(windows, allow(dead_code, unused_imports))]

mod common;

#[cfg(unix)]
use std::os::fd::AsRawFd;
#[cfg(unix)]
use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::sync::{Arc, Mutex};

#[cfg(unix)]
use common::mode_of;
use common::{Recorder, Sandbox, forced, module_in};
use pytempfile::os::Call;
use pytempfile::{
    Arg, Event, ExcClass, FaultyOs, Filename, LibcOs, Params, PathKind, PyVersion, Tempfile,
};

fn name_of(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

// POSIX: mode 0600 and close-on-exec (the nt flags, O_NOINHERIT, are in tests/windows.rs).
#[cfg(unix)]
#[test]
fn mkstemp_creates_an_absolute_private_close_on_exec_file() {
    let sb = Sandbox::new("mkstemp-basic");
    let (t, _) = module_in(&sb);
    let (fd, path) = t
        .mkstemp(&Params::new().prefix("pre").suffix(".suf"), false)
        .unwrap();
    assert_eq!(path.kind(), PathKind::Str);
    let p = path.as_path();
    assert!(p.is_absolute());
    assert_eq!(p.parent().unwrap(), sb.path);
    let name = name_of(p);
    assert!(name.starts_with("pre") && name.ends_with(".suf"), "{name}");
    let middle = &name[3..name.len() - 4];
    assert_eq!(middle.len(), 8);
    assert!(
        middle
            .bytes()
            .all(|c| pytempfile::names::CHARACTERS.contains(&c))
    );
    let md = std::fs::symlink_metadata(p).unwrap();
    assert!(md.is_file());
    assert_eq!(md.len(), 0);
    assert!(
        pytempfile::os::is_cloexec(fd.as_raw_fd()).unwrap(),
        "fd is inheritable"
    );
    // Opened read-write.
    let file = std::fs::File::from(fd);
    use std::io::{Read, Seek, Write};
    let mut file = file;
    file.write_all(b"abc").unwrap();
    file.rewind().unwrap();
    let mut s = String::new();
    file.read_to_string(&mut s).unwrap();
    assert_eq!(s, "abc");
}

#[test]
fn mkstemp_default_prefix_is_template_read_at_call_time() {
    let sb = Sandbox::new("mkstemp-template");
    let (t, _) = module_in(&sb);
    let (_, p) = t.mkstemp(&Params::new(), false).unwrap();
    assert!(name_of(p.as_path()).starts_with("tmp"));
    t.set_template("zz");
    let (_, p) = t.mkstemp(&Params::new(), false).unwrap();
    assert!(name_of(p.as_path()).starts_with("zz"));
    assert_eq!(t.gettempprefix().unwrap(), b"zz");
    assert_eq!(t.gettempprefixb().unwrap(), b"zz");
    // mktemp's default prefix is bound at definition time: still "tmp".
    let m = t.mktemp(&Params::new()).unwrap();
    assert!(name_of(m.as_path()).starts_with("tmp"));
}

#[test]
fn bytes_arguments_give_bytes_paths_and_mixing_is_a_type_error_before_any_syscall() {
    let sb = Sandbox::new("mkstemp-bytes");
    let (t, os) = module_in(&sb);
    let (_, p) = t.mkstemp(&Params::new().suffix(&b".b"[..]), false).unwrap();
    assert_eq!(p.kind(), PathKind::Bytes);
    assert!(p.as_bytes().ends_with(b".b"));
    let d = t.mkdtemp(&Params::new().prefix(&b"x"[..])).unwrap();
    assert_eq!(d.kind(), PathKind::Bytes);

    os.reset_counts();
    for params in [
        Params::new().prefix("a").suffix(&b"b"[..]),
        Params::new().prefix(&b"a"[..]).dir(sb.path.as_os_str()),
        Params::new().suffix(&b"b"[..]).dir(sb.path.as_path()),
    ] {
        for err in [
            t.mkstemp(&params, false).map(|_| ()).unwrap_err(),
            t.mkdtemp(&params).map(|_| ()).unwrap_err(),
            t.temporary_directory(&params, Default::default())
                .map(|_| ())
                .unwrap_err(),
        ] {
            assert_eq!(err.class(), ExcClass::TypeError);
            assert_eq!(
                err.to_string(),
                "Can't mix bytes and non-bytes in path components."
            );
        }
    }
    assert_eq!(
        os.syscalls(),
        0,
        "a type error must come before any system call"
    );
    assert_eq!(sb.entries().len(), 2);
}

#[test]
fn tempdir_type_decides_the_default_return_type() {
    let sb = Sandbox::new("tempdir-type");
    let (t, _) = module_in(&sb);
    t.set_tempdir(Some(Arg::bytes(sb.bytes())));
    let (_, p) = t.mkstemp(&Params::new(), false).unwrap();
    assert_eq!(p.kind(), PathKind::Bytes);
    assert_eq!(t.gettempdir().unwrap(), sb.bytes());
    // A path-like tempdir also gives bytes (CPython: "we could check for bytes but...").
    t.set_tempdir(Some(Arg::from(sb.path.as_path())));
    assert_eq!(t.mkdtemp(&Params::new()).unwrap().kind(), PathKind::Bytes);
    assert_eq!(t.gettempdirb().unwrap(), sb.bytes());
    // A str argument wins over a bytes tempdir: the directory is then gettempdir() (str).
    t.set_tempdir(Some(Arg::bytes(sb.bytes())));
    let (_, p) = t.mkstemp(&Params::new().prefix("s"), false).unwrap();
    assert_eq!(p.kind(), PathKind::Str);
}

// POSIX: `posixpath.abspath` joins the seam's `getcwd` (nt uses GetFullPathNameW).
#[cfg(unix)]
#[test]
fn relative_dirs_are_made_absolute_by_mkstemp_through_the_seam() {
    let sb = Sandbox::new("mkstemp-rel");
    let os = Arc::new(FaultyOs::new());
    os.set_cwd(Ok(sb.bytes()));
    let t = Tempfile::builder()
        .os(os.clone())
        .names(forced(&["aaaaaaaa"]))
        .build();
    let (_, p) = t.mkstemp(&Params::new().dir("."), false).unwrap();
    assert_eq!(p.as_path(), sb.join("tmpaaaaaaaa"));
}

// POSIX: `posixpath.join` (`ntpath.join` is tested in the crate unit tests).
#[cfg(unix)]
#[test]
fn prefix_with_separators_follows_posixpath_join() {
    let sb = Sandbox::new("mkstemp-sep");
    std::fs::create_dir(sb.join("sub")).unwrap();
    let (t, _) = module_in(&sb);
    let names = forced(&["n1", "n2"]);
    // An absolute prefix replaces dir.
    let abs = format!("{}/sub/x", sb.path.display());
    let (_, p) = t
        .mkstemp(
            &Params::new().prefix(abs.as_str()).names(names.clone()),
            false,
        )
        .unwrap();
    assert_eq!(p.as_path(), sb.join("sub/xn1"));
    // A prefix with "../" is joined, not normalised.
    let (_, p) = t
        .mkstemp(
            &Params::new()
                .dir(sb.join("sub").as_os_str())
                .prefix("../up")
                .names(names),
            false,
        )
        .unwrap();
    assert_eq!(
        p.as_bytes(),
        format!("{}/sub/../upn2", sb.path.display()).as_bytes()
    );
    assert!(sb.join("upn2").exists());
}

#[test]
fn embedded_nul_is_a_value_error() {
    let sb = Sandbox::new("mkstemp-nul");
    let (t, _) = module_in(&sb);
    // 3.13: os functions name themselves for str and bytes alike.
    let e = t.mkstemp(&Params::new().suffix("a\0b"), false).unwrap_err();
    assert_eq!(
        (e.class(), e.to_string().as_str()),
        (
            ExcClass::ValueError,
            "open: embedded null character in path"
        )
    );
    let e = t.mkdtemp(&Params::new().prefix("a\0b")).unwrap_err();
    assert_eq!(e.to_string(), "mkdir: embedded null character in path");
    let e = t.mktemp(&Params::new().prefix("a\0b")).unwrap_err();
    assert_eq!(e.to_string(), "lstat: embedded null character in path");
    // Before 3.13 a str path fails in os.fsencode first; bytes still name the function.
    t.set_version(PyVersion::V3_12);
    let e = t.mkstemp(&Params::new().suffix("a\0b"), false).unwrap_err();
    assert_eq!(
        (e.class(), e.to_string().as_str()),
        (ExcClass::ValueError, "embedded null byte")
    );
    let e = t
        .mkstemp(&Params::new().suffix(&b"a\0b"[..]), false)
        .unwrap_err();
    assert_eq!(e.to_string(), "open: embedded null character in path");
    assert!(sb.entries().is_empty());
}

#[test]
fn os_errors_carry_the_candidate_path() {
    let sb = Sandbox::new("mkstemp-errs");
    let (t, _) = module_in(&sb);
    let missing = sb.join("missing");
    let e = t
        .mkstemp(
            &Params::new()
                .dir(missing.as_os_str())
                .names(forced(&["abcdefgh"])),
            false,
        )
        .unwrap_err();
    assert_eq!(e.class(), ExcClass::FileNotFoundError);
    assert_eq!(e.errno(), Some(libc::ENOENT));
    // The host's `os.path.join` (a `\\`, doubled by repr(), on Windows).
    let sep = std::path::MAIN_SEPARATOR;
    let want = format!("{}{sep}missing{sep}tmpabcdefgh", sb.path.display());
    assert_eq!(
        e.filename(),
        Some(&Filename::Str(want.clone().into_bytes()))
    );
    assert_eq!(
        e.to_string(),
        format!(
            "[Errno 2] No such file or directory: '{}'",
            want.replace('\\', "\\\\")
        )
    );
    // POSIX: a path through a regular file is ENOTDIR (Windows reports "not found").
    #[cfg(unix)]
    {
        std::fs::write(sb.join("file"), b"").unwrap();
        let e = t
            .mkdtemp(&Params::new().dir(sb.join("file").as_os_str()))
            .unwrap_err();
        assert_eq!(e.class(), ExcClass::NotADirectoryError);
        let e = t
            .mkstemp(&Params::new().dir(sb.join("file").as_os_str()), false)
            .unwrap_err();
        assert_eq!(e.class(), ExcClass::NotADirectoryError);
        // Bytes in, bytes filename out.
        let e = t
            .mkdtemp(&Params::new().dir(missing.as_os_str().as_encoded_bytes()))
            .unwrap_err();
        assert!(matches!(e.filename(), Some(Filename::Bytes(_))));
    }
}

// POSIX: drops DAC capabilities in a forked child (the nt PermissionError rule is in tests/windows.rs and tests/nt_logic.rs).
#[cfg(unix)]
#[test]
fn read_only_directory_is_a_permission_error_without_retry() {
    let sb = Sandbox::new("mkstemp-ro");
    std::fs::create_dir(sb.join("ro")).unwrap();
    let ro = sb.join("ro");
    let status = pytempfile::os::fork_wait(|| {
        match pytempfile::os::drop_dac_override() {
            Ok(_) => {}
            Err(_) => return 77,
        }
        std::fs::set_permissions(&ro, std::os::unix::fs::PermissionsExt::from_mode(0o500)).unwrap();
        let os = Arc::new(FaultyOs::new());
        let t = Tempfile::builder().os(os.clone()).build();
        let p = Params::new().dir(ro.as_os_str());
        let e1 = t.mkstemp(&p, false).unwrap_err();
        let e2 = t.mkdtemp(&p).unwrap_err();
        let ok = e1.class() == ExcClass::PermissionError
            && e2.class() == ExcClass::PermissionError
            && os.count(Call::Open) == 1
            && os.count(Call::Mkdir) == 1
            && std::fs::read_dir(&ro).unwrap().count() == 0;
        if ok { 0 } else { 1 }
    })
    .unwrap();
    if status == 77 {
        eprintln!("skipped: cannot drop CAP_DAC_OVERRIDE here");
        return;
    }
    assert_eq!(
        status, 0,
        "read-only directory: wrong error, retries or stray entries"
    );
}

#[test]
fn forced_collisions_give_the_second_name() {
    let sb = Sandbox::new("collide");
    let (t, os) = module_in(&sb);
    let names = forced(&["aaa", "aaa", "bbb"]);
    let (_, a) = t
        .mkstemp(&Params::new().names(names.clone()), false)
        .unwrap();
    let (_, b) = t
        .mkstemp(&Params::new().names(names.clone()), false)
        .unwrap();
    assert_eq!(name_of(a.as_path()), "tmpaaa");
    assert_eq!(name_of(b.as_path()), "tmpbbb");
    assert_eq!(os.count(Call::Open), 3);
    // The same for directories, against a file and against a directory of the same name.
    let names = forced(&["aaa", "ccc", "ddd"]);
    std::fs::create_dir(sb.join("tmpccc")).unwrap();
    let d = t.mkdtemp(&Params::new().names(names)).unwrap();
    assert_eq!(name_of(d.as_path()), "tmpddd");
    // mkstemp against an existing directory of the candidate name.
    let (_, f) = t
        .mkstemp(&Params::new().names(forced(&["ccc", "eee"])), false)
        .unwrap();
    assert_eq!(name_of(f.as_path()), "tmpeee");
}

#[test]
fn exhaustion_after_exactly_tmp_max_attempts() {
    let sb = Sandbox::new("exhaust");
    let (t, os) = module_in(&sb);
    std::fs::write(sb.join("tmpaaa"), b"").unwrap();
    std::fs::create_dir(sb.join("tmpaaa.d")).unwrap();
    let always_aaa: Arc<dyn pytempfile::NameSource> =
        Arc::new(pytempfile::names::FnNames(|out: &mut Vec<u8>| {
            out.extend_from_slice(b"aaa");
            Ok(())
        }));
    t.set_tmp_max(7);
    let p = Params::new().names(always_aaa.clone());
    let e = t.mkstemp(&p, false).unwrap_err();
    assert_eq!(os.count(Call::Open), 7);
    assert_eq!(
        (e.class(), e.errno()),
        (ExcClass::FileExistsError, Some(libc::EEXIST))
    );
    assert_eq!(
        e.to_string(),
        "[Errno 17] No usable temporary file name found"
    );
    let e = t.mkdtemp(&p.clone().suffix(".d")).unwrap_err();
    assert_eq!(os.count(Call::Mkdir), 7);
    assert_eq!(
        e.to_string(),
        "[Errno 17] No usable temporary directory name found"
    );
    let e = t.mktemp(&p).unwrap_err();
    assert_eq!(os.count(Call::Lstat), 7);
    assert_eq!(
        e.to_string(),
        "[Errno 17] No usable temporary filename found"
    );
    assert_eq!(e.class(), ExcClass::FileExistsError);
    // TMP_MAX = 0: no name is drawn, no call is made.
    t.set_tmp_max(0);
    let names = forced(&["x"]);
    os.reset_counts();
    assert!(
        t.mkstemp(&Params::new().names(names.clone()), false)
            .unwrap_err()
            .is_exists()
    );
    assert_eq!(names.remaining(), 1);
    assert_eq!(os.syscalls(), 0);
}

#[test]
fn a_forced_source_that_runs_out_raises_stop_iteration() {
    let sb = Sandbox::new("stopiter");
    let (t, _) = module_in(&sb);
    std::fs::write(sb.join("tmpaaa"), b"").unwrap();
    let e = t
        .mkstemp(&Params::new().names(forced(&["aaa"])), false)
        .unwrap_err();
    assert_eq!(e.class(), ExcClass::StopIteration);
}

// POSIX: symlinks and fifos planted at the candidate names.
#[cfg(unix)]
/// Plant each kind of entry at the first candidate name: creation must skip it without opening
/// or following it.
#[test]
fn planted_entries_are_never_opened_or_followed() {
    let sb = Sandbox::new("planted");
    let outside = Sandbox::new("planted-victim");
    let victim = outside.join("victim");
    std::fs::write(&victim, b"precious").unwrap();
    std::fs::set_permissions(&victim, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let victim_dir = outside.join("vdir");
    std::fs::create_dir(&victim_dir).unwrap();
    let (t, _) = module_in(&sb);
    let plant = |name: &str, kind: &str| {
        let p = sb.join(name);
        match kind {
            "symlink" => std::os::unix::fs::symlink(&victim, &p).unwrap(),
            "dirlink" => std::os::unix::fs::symlink(&victim_dir, &p).unwrap(),
            "dangling" => std::os::unix::fs::symlink(outside.join("nothing"), &p).unwrap(),
            "fifo" => {
                let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
                let st = std::process::Command::new("mkfifo")
                    .arg(&p)
                    .status()
                    .unwrap();
                assert!(st.success(), "mkfifo {c:?}");
            }
            "file" => std::fs::write(&p, b"planted").unwrap(),
            "dir" => std::fs::create_dir(&p).unwrap(),
            _ => unreachable!(),
        }
    };
    for (i, kind) in ["symlink", "dirlink", "dangling", "fifo", "file", "dir"]
        .iter()
        .enumerate()
    {
        let taken = format!("p{i}");
        plant(&format!("tmp{taken}"), kind);
        plant(&format!("tmp{taken}.d"), kind);
        let free = format!("f{i}");
        let (_, f) = t
            .mkstemp(
                &Params::new().names(forced(&[taken.as_str(), free.as_str()])),
                false,
            )
            .unwrap();
        assert_eq!(name_of(f.as_path()), format!("tmp{free}"), "{kind}");
        let d = t
            .mkdtemp(
                &Params::new()
                    .suffix(".d")
                    .names(forced(&[taken.as_str(), format!("g{i}").as_str()])),
            )
            .unwrap();
        assert_eq!(name_of(d.as_path()), format!("tmpg{i}.d"), "{kind}");
        // mktemp's lstat check treats every planted kind, dangling symlinks included, as taken.
        let m = t
            .mktemp(&Params::new().names(forced(&[taken.as_str(), "free"])))
            .unwrap();
        assert_eq!(name_of(m.as_path()), "tmpfree", "{kind}");
        let md = std::fs::symlink_metadata(sb.join(format!("tmp{taken}"))).unwrap();
        let still = match *kind {
            "symlink" | "dirlink" | "dangling" => md.file_type().is_symlink(),
            "fifo" => md.file_type().is_fifo(),
            "file" => md.is_file() && md.len() == 7,
            _ => md.is_dir(),
        };
        assert!(still, "planted {kind} was changed");
    }
    assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
    assert_eq!(mode_of(&victim), 0o644);
    assert_eq!(std::fs::read_dir(&victim_dir).unwrap().count(), 0);
}

// POSIX: O_NOFOLLOW and O_CLOEXEC (the nt flags are in tests/windows.rs).
#[cfg(unix)]
#[test]
fn creation_flags_and_modes_are_cpythons() {
    let sb = Sandbox::new("flags");
    let rec = Recorder::new(Arc::new(LibcOs));
    let t = Tempfile::builder()
        .os(rec.clone())
        .tempdir(sb.path.as_os_str())
        .build();
    let (fd, _) = t.mkstemp(&Params::new(), false).unwrap();
    let _ = t.mkstemp(&Params::new(), true).unwrap();
    let _ = t.mkdtemp(&Params::new()).unwrap();
    let want = libc::O_RDWR | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW;
    assert_eq!(
        rec.open_flags_and_modes(),
        vec![(want, 0o600), (want, 0o600)]
    );
    assert_eq!(rec.mkdirs(), vec![0o700]);
    // The seam adds O_CLOEXEC (os.open's PEP 446 behaviour).
    assert!(pytempfile::os::is_cloexec(fd.as_raw_fd()).unwrap());
    // And the real F_GETFL shows O_NOFOLLOW kept on the descriptor.
    let flags = std::fs::read_to_string(format!("/proc/self/fdinfo/{}", fd.as_raw_fd())).unwrap();
    let fl = flags.lines().find(|l| l.starts_with("flags:")).unwrap();
    let fl = i32::from_str_radix(fl.split_whitespace().nth(1).unwrap(), 8).unwrap();
    assert_eq!(
        fl & libc::O_NOFOLLOW,
        libc::O_NOFOLLOW,
        "O_NOFOLLOW missing: {fl:o}"
    );
    assert_eq!(fl & libc::O_ACCMODE, libc::O_RDWR);
}

// POSIX: umask, in a forked child.
#[cfg(unix)]
#[test]
fn modes_are_0600_and_0700_under_any_umask() {
    let sb = Sandbox::new("umask");
    for (mask, file_mode, dir_mode) in [
        (0o000, 0o600, 0o700),
        (0o077, 0o600, 0o700),
        (0o022, 0o600, 0o700),
        (0o277, 0o400, 0o500),
    ] {
        let dir = sb.path.clone();
        let status = pytempfile::os::fork_wait(move || {
            pytempfile::os::umask(mask);
            let t = Tempfile::builder().tempdir(dir.as_os_str()).build();
            let (_, f) = t.mkstemp(&Params::new(), false).unwrap();
            let d = t.mkdtemp(&Params::new()).unwrap();
            let td = t
                .temporary_directory(&Params::new(), Default::default())
                .unwrap();
            let ok = mode_of(f.as_path()) == file_mode
                && mode_of(d.as_path()) == dir_mode
                && mode_of(td.path()) == dir_mode;
            if ok { 0 } else { 1 }
        })
        .unwrap();
        assert_eq!(
            status, 0,
            "umask {mask:o}: expected file {file_mode:o}, dir {dir_mode:o}"
        );
    }
}

#[test]
fn audit_events_report_every_attempt() {
    let sb = Sandbox::new("audit");
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let t = Tempfile::builder()
        .tempdir(sb.path.as_os_str())
        .events(Arc::new(move |e: &Event| {
            sink.lock().unwrap().push(e.clone())
        }))
        .build();
    std::fs::write(sb.join("tmpaaa"), b"").unwrap();
    let _ = t
        .mkstemp(&Params::new().names(forced(&["aaa", "bbb"])), false)
        .unwrap();
    let _ = t
        .mkdtemp(&Params::new().names(forced(&["aaa", "ccc"])))
        .unwrap();
    let _ = t.mktemp(&Params::new()).unwrap();
    let got: Vec<(&'static str, String)> = events
        .lock()
        .unwrap()
        .iter()
        .map(|e| match e {
            Event::Audit { name, path } => (*name, name_of(path.as_path())),
            other => panic!("unexpected event {other:?}"),
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("tempfile.mkstemp", "tmpaaa".to_string()),
            ("tempfile.mkstemp", "tmpbbb".to_string()),
            ("tempfile.mkdtemp", "tmpaaa".to_string()),
            ("tempfile.mkdtemp", "tmpccc".to_string()),
        ],
        "mktemp must not audit"
    );
}

#[test]
fn an_audit_hook_gets_every_attempt_and_the_sink_none_of_them() {
    let sb = Sandbox::new("audit-hook");
    let events = Arc::new(Mutex::new(Vec::new()));
    let audits = Arc::new(Mutex::new(Vec::new()));
    let (sink, hook) = (events.clone(), audits.clone());
    let t = Tempfile::builder()
        .tempdir(sb.path.as_os_str())
        .events(Arc::new(move |e: &Event| {
            sink.lock().unwrap().push(e.clone())
        }))
        .audit_hook(Arc::new(
            move |name: &'static str, kind: PathKind, path: &[u8]| {
                hook.lock().unwrap().push((name, kind, path.to_vec()))
            },
        ))
        .build();
    std::fs::write(sb.join("tmpaaa"), b"").unwrap();
    let (_, made) = t
        .mkstemp(&Params::new().names(forced(&["aaa", "bbb"])), false)
        .unwrap();
    let made_dir = t
        .mkdtemp(
            &Params::new()
                .dir(sb.path.as_os_str().as_encoded_bytes())
                .names(forced(&["ccc"])),
        )
        .unwrap();
    let got = audits.lock().unwrap().clone();
    let first = sb.join("tmpaaa").into_os_string().into_encoded_bytes();
    assert_eq!(
        got,
        vec![
            ("tempfile.mkstemp", PathKind::Str, first),
            ("tempfile.mkstemp", PathKind::Str, made.as_bytes().to_vec()),
            (
                "tempfile.mkdtemp",
                PathKind::Bytes,
                made_dir.as_bytes().to_vec()
            ),
        ],
        "one call per attempt, the path's kind the call's"
    );
    assert!(
        events.lock().unwrap().is_empty(),
        "the audit events go to the hook instead of the sink: {:?}",
        events.lock().unwrap()
    );
}

#[test]
fn sanitize_params_into_gives_what_sanitize_params_gives() {
    let sb = Sandbox::new("sanitize-into");
    let (t, _) = module_in(&sb);
    t.set_template("tp");
    let none = || Arg::none();
    let choices: Vec<Option<Arg>> = vec![
        None,
        Some(none()),
        Some(Arg::from("s")),
        Some(Arg::from(b"b".as_slice())),
    ];
    let mut compared = 0;
    for suffix in &choices {
        for prefix in &choices {
            for dir in &choices {
                let p = || {
                    Params::new()
                        .suffix_opt(suffix.clone())
                        .prefix_opt(prefix.clone())
                        .dir_opt(dir.clone())
                };
                let by_ref = t.sanitize_params(&p());
                let by_value = t.sanitize_params_into(p());
                match (by_ref, by_value) {
                    (Ok(a), Ok(b)) => {
                        assert_eq!(
                            (&a.prefix, &a.suffix, &a.dir, a.kind),
                            (&b.prefix, &b.suffix, &b.dir, b.kind),
                            "{suffix:?} {prefix:?} {dir:?}"
                        );
                        compared += 1;
                    }
                    (Err(a), Err(b)) => {
                        assert_eq!(
                            (a.class(), a.message()),
                            (b.class(), b.message()),
                            "{suffix:?} {prefix:?} {dir:?}"
                        );
                    }
                    (a, b) => panic!("{suffix:?} {prefix:?} {dir:?}: {a:?} against {b:?}"),
                }
            }
        }
    }
    // Every combination without both a str and a bytes argument succeeds: 27 of str or not
    // given, 27 of bytes or not given, 8 of them in both counts.
    assert_eq!(compared, 46);
}

// POSIX: changes the working directory in a forked child.
#[cfg(unix)]
#[test]
fn mkdtemp_returns_a_relative_join_before_3_12_and_abspath_after() {
    let sb = Sandbox::new("mkdtemp-rel");
    let dir = sb.path.clone();
    let status = pytempfile::os::fork_wait(move || {
        std::env::set_current_dir(&dir).unwrap();
        let mut ok = true;
        for v in PyVersion::ALL {
            let t = Tempfile::builder().version(v).build();
            let name = format!("n{}_{}", v.minor(), v.micro());
            let p = t
                .mkdtemp(&Params::new().dir(".").names(forced(&[&name])))
                .unwrap();
            let want = if v.at_least(PyVersion::V3_12) {
                format!("{}/tmp{name}", dir.display())
            } else {
                format!("./tmp{name}")
            };
            ok &= p.as_bytes() == want.as_bytes();
            ok &= dir.join(format!("tmp{name}")).is_dir();
            // mkstemp is absolute in every version.
            let fname = format!("f{name}");
            let (_, f) = t
                .mkstemp(&Params::new().dir(".").names(forced(&[&fname])), false)
                .unwrap();
            ok &= f.as_path().is_absolute();
        }
        if ok { 0 } else { 1 }
    })
    .unwrap();
    assert_eq!(status, 0);
}

#[test]
fn mktemp_returns_an_unchecked_relative_name() {
    let sb = Sandbox::new("mktemp");
    let (t, os) = module_in(&sb);
    let p = t
        .mktemp(&Params::new().dir("rel/x").names(forced(&["abc"])))
        .unwrap();
    // The host's `os.path.join`.
    let sep = std::path::MAIN_SEPARATOR;
    assert_eq!(p.as_bytes(), format!("rel/x{sep}tmpabc").as_bytes());
    assert_eq!(p.kind(), PathKind::Str);
    // Default dir is gettempdir(); nothing is created.
    let p = t.mktemp(&Params::new().suffix(".s")).unwrap();
    assert!(p.as_bytes().starts_with(&sb.bytes()) && p.as_bytes().ends_with(b".s"));
    assert!(sb.entries().is_empty());
    assert_eq!(os.count(Call::Open) + os.count(Call::Mkdir), 0);
    // A path through a regular file: lstat fails (ENOTDIR), which counts as free.
    std::fs::write(sb.join("f"), b"").unwrap();
    let p = t
        .mktemp(
            &Params::new()
                .dir(sb.join("f").as_os_str())
                .names(forced(&["q"])),
        )
        .unwrap();
    assert!(
        p.as_bytes()
            .ends_with(format!("{sep}f{sep}tmpq").as_bytes())
    );
}

#[test]
fn mktemp_type_errors_match_python() {
    let sb = Sandbox::new("mktemp-types");
    let (t, _) = module_in(&sb);
    let msg = |p: Params| t.mktemp(&p).unwrap_err().to_string();
    assert_eq!(
        msg(Params::new().prefix(&b"b"[..])),
        "can't concat str to bytes"
    );
    assert_eq!(
        msg(Params::new().suffix(&b"b"[..])),
        "can only concatenate str (not \"bytes\") to str"
    );
    assert_eq!(
        msg(Params::new().suffix(Arg::none())),
        "can only concatenate str (not \"NoneType\") to str"
    );
    assert_eq!(
        msg(Params::new().dir(&b"/tmp"[..])),
        "Can't mix strings and bytes in path components"
    );
    assert_eq!(
        msg(Params::new().dir(Arg::other("int"))),
        "expected str, bytes or os.PathLike object, not int"
    );
    // A path-like dir is fine.
    assert!(t.mktemp(&Params::new().dir(sb.path.as_path())).is_ok());
}

#[test]
fn path_like_prefix_fails_at_concatenation_after_drawing_a_name() {
    let sb = Sandbox::new("pathlike");
    let (t, os) = module_in(&sb);
    let names = forced(&["n1", "n2"]);
    let e = t
        .mkstemp(
            &Params::new().prefix(Path::new("p")).names(names.clone()),
            false,
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "unsupported operand type(s) for +: 'PosixPath' and 'str'"
    );
    assert_eq!(
        names.remaining(),
        1,
        "CPython draws the name before the concatenation fails"
    );
    let e = t
        .mkdtemp(&Params::new().suffix(Path::new("s")).names(names))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "can only concatenate str (not \"PosixPath\") to str"
    );
    assert_eq!(os.count(Call::Open) + os.count(Call::Mkdir), 0);
    // A path-like dir works for every function.
    let (_, p) = t
        .mkstemp(&Params::new().dir(sb.path.as_path()), false)
        .unwrap();
    assert_eq!(p.kind(), PathKind::Str);
    let p = t.mkdtemp(&Params::new().dir(sb.path.as_path())).unwrap();
    assert!(p.as_path().is_dir());
    let e = t
        .mkdtemp(&Params::new().dir(Arg::other("int")))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "expected str, bytes or os.PathLike object, not int"
    );
}

/// A failure of the seam that is no OS error (a Python exception from a patched `os.lstat`,
/// through the binding's seam) is raised by `mktemp`'s check, never taken for a free name.
#[test]
fn mktemp_raises_a_foreign_failure_of_its_check() {
    let sb = Sandbox::new("mktemp-foreign");
    let os = Arc::new(
        pytempfile::FaultyOs::new().with_fault(pytempfile::os::Fault::nth_of(
            Call::Lstat,
            1,
            pytempfile::os::Errno::FOREIGN.0,
        )),
    );
    let t = Tempfile::builder().os(os.clone()).build();
    let e = t.mktemp(&Params::new().dir(sb.path())).unwrap_err();
    assert_eq!(e.class(), ExcClass::Foreign);
    assert_eq!(os.count(Call::Lstat), 1);
}

/// A directory given with a trailing `/` is joined without a second one (`posixpath.join`),
/// for every function that builds candidates: 3.10 and 3.11 return the joined path as it is
/// (no `abspath` yet), so a doubled separator would show there.
// POSIX: on nt the join keeps a trailing `/` and mkstemp's abspath turns it into `\`; the
// separator rule there is ntpath's (ntpath's and nt_logic.rs's tests).
#[cfg(unix)]
#[test]
fn a_directory_with_a_trailing_slash_is_joined_with_one_separator() {
    let sb = Sandbox::new("trailing-slash");
    let dir = format!("{}/", sb.path().display());
    for v in [PyVersion::V3_10, PyVersion::V3_11] {
        let t = Tempfile::builder().version(v).build();
        let p = Params::new().dir(dir.as_str());
        let (fd, path) = t.mkstemp(&p.clone().names(forced(&["f"])), false).unwrap();
        drop(fd);
        assert_eq!(path.as_bytes(), format!("{dir}tmpf").as_bytes(), "{v}");
        let d = t.mkdtemp(&p.clone().names(forced(&["d"]))).unwrap();
        assert_eq!(d.as_bytes(), format!("{dir}tmpd").as_bytes(), "{v}");
        let m = t.mktemp(&p.clone().names(forced(&["m"]))).unwrap();
        assert_eq!(m.as_bytes(), format!("{dir}tmpm").as_bytes(), "{v}");
        std::fs::remove_file(sb.join("tmpf")).unwrap();
        std::fs::remove_dir(sb.join("tmpd")).unwrap();
    }
}
