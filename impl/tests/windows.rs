//! The nt branches of CPython's `tempfile`, on Windows itself (run under Wine here:
//! `scripts/windows.sh test`). Each test names the release rule it shows; where Wine does not
//! behave as Windows does, the test prints `SKIP: <reason>` and checks what it still can (the
//! Wine run counts those as skipped).
//!
//! The pure-logic side of the same rules (flags, the closer, the retry rule, the candidates)
//! is in tests/nt_logic.rs, which runs on Linux too.
// Windows only: O_TEMPORARY, O_BINARY, O_NOINHERIT, read-only attributes, junctions.
#![cfg(windows)]
#![allow(clippy::unwrap_used)]

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{Recorder, Sandbox, forced, module_v};
use pytempfile::os::{Call, Errno, Fault, LibcOs, Os, Whence, flags};
use pytempfile::{
    Arg, DirOptions, Event, ExcClass, FaultyOs, FileName, FileOptions, Params, PathKind, PyVersion,
    Tempfile,
};

fn skip(reason: &str) {
    println!("SKIP: {reason}");
}

fn bytes(p: &Path) -> Vec<u8> {
    p.as_os_str().as_encoded_bytes().to_vec()
}

/// A module following `version` in the sandbox, with a flag recorder over a counting seam.
fn module_flags(sb: &Sandbox, version: PyVersion) -> (Tempfile, Arc<Recorder>, Arc<FaultyOs>) {
    let faulty = Arc::new(FaultyOs::new());
    let rec = Recorder::new(faulty.clone());
    let t = Tempfile::builder().os(rec.clone()).version(version).build();
    t.set_tempdir(Some(Arg::from(sb.path.as_os_str())));
    (t, rec, faulty)
}

const BIN: i32 = flags::O_RDWR | flags::O_CREAT | flags::O_EXCL | flags::O_BINARY;

fn unlinks(os: &FaultyOs) -> usize {
    os.log().iter().filter(|c| c.call == Call::Unlink).count()
}

#[test]
fn o_temporary_file_vanishes_when_its_last_handle_closes() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-otemp");
        let (t, rec, faulty) = module_flags(&sb, v);
        faulty.start_log();
        let mut f = t
            .named_temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        let path = f.path().to_path_buf();
        // _bin_openflags | O_TEMPORARY (and the seam adds O_NOINHERIT: not inheritable).
        assert_eq!(
            rec.opens(),
            vec![(bytes(&path), BIN | flags::O_TEMPORARY)],
            "{v}"
        );
        let fd = f.file().fileno().unwrap();
        assert!(!pytempfile::os::is_inheritable(fd).unwrap(), "{v}");
        f.write_all(b"data").unwrap();
        f.flush().unwrap();
        assert_eq!(sb.entries().len(), 1, "{v}");
        // A second handle to the same file keeps it: the OS deletes on the last close.
        let clone = f.as_file().unwrap().try_clone().unwrap();
        f.close().unwrap();
        let listed = sb.entries().len();
        drop(clone);
        if listed == 1 {
            assert_eq!(
                sb.entries().len(),
                0,
                "{v}: deleted when the last handle closed"
            );
        } else {
            skip(
                "this system removed the O_TEMPORARY file's name at the first close, not the \
                 last: deletion when the last handle closes is not shown",
            );
        }
        assert!(!path.exists(), "{v}");
        // The closer never unlinked: the OS did.
        assert_eq!(unlinks(&faulty), 0, "{v}");
        drop(f);
        assert_eq!(unlinks(&faulty), 0, "{v}");
    }
}

#[test]
fn dropping_or_exiting_an_o_temporary_file_removes_it_without_an_unlink() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-otemp-drop");
        let (t, _, faulty) = module_flags(&sb, v);
        faulty.start_log();
        let f = t
            .named_temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        drop(f);
        assert!(sb.entries().is_empty(), "{v}: drop");
        let f = t
            .named_temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        f.exit().unwrap();
        assert!(sb.entries().is_empty(), "{v}: exit");
        assert_eq!(unlinks(&faulty), 0, "{v}");
    }
}

#[test]
fn delete_on_close_false_keeps_the_file_until_the_wrappers_cleanup() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-doc");
        let (t, rec, faulty) = module_flags(&sb, v);
        let opts = FileOptions::new().delete_on_close(false);
        if v < PyVersion::V3_12 {
            // No delete_on_close before 3.12: CPython's TypeError, nothing created.
            let e = t.named_temporary_file(&Params::new(), &opts).unwrap_err();
            assert_eq!(e.class(), ExcClass::TypeError, "{v}");
            assert!(sb.entries().is_empty());
            continue;
        }
        faulty.start_log();
        let mut f = t.named_temporary_file(&Params::new(), &opts).unwrap();
        let path = f.path().to_path_buf();
        // No O_TEMPORARY: `delete and delete_on_close` is false.
        assert_eq!(rec.opens(), vec![(bytes(&path), BIN)], "{v}");
        f.write_all(b"kept").unwrap();
        f.close().unwrap();
        // Closed, still there, and readable by anyone.
        assert_eq!(std::fs::read(&path).unwrap(), b"kept", "{v}");
        assert_eq!(unlinks(&faulty), 0, "{v}");
        // The wrapper's cleanup (`__exit__`) unlinks it.
        f.exit().unwrap();
        assert!(!path.exists(), "{v}");
        assert_eq!(unlinks(&faulty), 1, "{v}");
        // Drop is the finalizer: the same cleanup.
        let mut f = t.named_temporary_file(&Params::new(), &opts).unwrap();
        let path = f.path().to_path_buf();
        f.close().unwrap();
        assert!(path.exists(), "{v}");
        drop(f);
        assert!(!path.exists(), "{v}");
    }
}

// Why persist, persist_noclobber, into_temp_path and keep refuse an O_TEMPORARY file: the OS
// deletes the *file* when its last handle closes, under whatever name it has by then. Renamed
// through the seam (the API itself refuses before any call), it is gone after the close.
#[test]
fn a_renamed_o_temporary_file_is_still_deleted_when_its_last_handle_closes() {
    let mut wine_kept = false;
    for v in [PyVersion::V3_11, PyVersion::NEWEST] {
        let sb = Sandbox::new("nt-otemp-rename");
        let (t, _, _) = module_flags(&sb, v);
        let mut f = t
            .named_temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        assert!(f.os_deletes_on_close(), "{v}");
        f.write_all(b"precious").unwrap();
        f.flush().unwrap();
        let renamed = sb.join("renamed");
        let c = |p: &Path| std::ffi::CString::new(bytes(p)).unwrap();
        // The O_TEMPORARY descriptor shares deletion: the rename itself succeeds.
        LibcOs.rename(&c(f.path()), &c(&renamed)).unwrap();
        assert_eq!(std::fs::read(&renamed).unwrap(), b"precious", "{v}");
        f.close().unwrap();
        if renamed.exists() {
            wine_kept = true;
            std::fs::remove_file(&renamed).unwrap();
        } else {
            assert!(sb.entries().is_empty(), "{v}: deleted under its new name");
        }
    }
    if wine_kept {
        skip(
            "Wine keeps an O_TEMPORARY file that was renamed while open when its last handle \
             closes (Windows deletes it): the data loss the refusal prevents is not shown; the \
             refusal is tested by api_parity::persist::\
             persist_and_keep_on_windows_refuse_o_temporary_and_open_files",
        );
    }
}

#[test]
fn delete_false_is_never_removed() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-nodelete");
        let (t, rec, _) = module_flags(&sb, v);
        let f = t
            .named_temporary_file(&Params::new(), &FileOptions::new().delete(false))
            .unwrap();
        let path = f.path().to_path_buf();
        assert_eq!(
            rec.opens(),
            vec![(bytes(&path), BIN)],
            "{v}: no O_TEMPORARY"
        );
        f.exit().unwrap();
        assert!(path.exists(), "{v}");
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn temporary_file_is_a_named_o_temporary_file() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-tf");
        let (t, rec, _) = module_flags(&sb, v);
        let events = common::Events::default();
        t.set_event_sink(Some(events.sink()));
        let mut f = t
            .temporary_file(&Params::new(), &FileOptions::new())
            .unwrap();
        // It has a name (its path, like NamedTemporaryFile's), made by _mkstemp_inner (audit
        // event), opened O_TEMPORARY.
        let FileName::Path(name) = f.name().clone() else {
            panic!("{v}: {:?}", f.name());
        };
        assert_eq!(name.kind(), PathKind::Str);
        assert_eq!(
            rec.opens(),
            vec![(name.as_bytes().to_vec(), BIN | flags::O_TEMPORARY)]
        );
        assert_eq!(
            events.audits(),
            vec![("tempfile.mkstemp".to_string(), name.as_bytes().to_vec())],
            "{v}"
        );
        assert_eq!(sb.entries().len(), 1, "{v}");
        f.write(b"x").unwrap();
        f.close().unwrap();
        assert!(sb.entries().is_empty(), "{v}");
        // A spool rolls over into the same kind of file.
        let mut s = t
            .spooled_temporary_file(1, &Params::new(), &FileOptions::new())
            .unwrap();
        s.write(b"abc").unwrap();
        assert!(s.rolled(), "{v}");
        assert!(matches!(s.name(), Some(FileName::Path(_))), "{v}");
        assert_eq!(sb.entries().len(), 1, "{v}");
        s.close().unwrap();
        assert!(sb.entries().is_empty(), "{v}");
    }
}

#[test]
fn a_directory_with_the_drawn_name_is_skipped() {
    // Windows refuses CreateFile(CREATE_NEW) on an existing directory with
    // ERROR_ACCESS_DENIED (PermissionError): the nt rule draws the next name because `dir`
    // is a directory.
    let sb = Sandbox::new("nt-dirname");
    let (t, os, _) = module_v(&sb, PyVersion::NEWEST);
    std::fs::create_dir(sb.join("tmpaaaaaaaa")).unwrap();
    os.start_log();
    let (fd, path) = t
        .mkstemp(
            &Params::new().names(forced(&["aaaaaaaa", "bbbbbbbb"])),
            false,
        )
        .unwrap();
    drop(fd);
    assert_eq!(path.as_path(), sb.join("tmpbbbbbbbb"));
    let first = os.log().into_iter().find(|c| c.call == Call::Open).unwrap();
    match first.result {
        Err(e) if e == libc::EACCES => {}
        Err(e) if e == libc::EEXIST => skip(
            "Wine reports EEXIST (ERROR_FILE_EXISTS) for a new file over an existing directory, \
             where Windows reports EACCES: the retry happened through the EEXIST rule; the nt \
             PermissionError rule is shown by an injected EACCES in \
             permission_errors_in_a_directory_draw_the_next_name",
        ),
        other => panic!("first open: {other:?}"),
    }
}

#[test]
fn permission_errors_in_a_directory_draw_the_next_name() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-perm");
        let (t, os, _) = module_v(&sb, v);
        // One EACCES (as Windows gives for a directory of that name): the next name.
        os.add_fault(Fault::nth_of(Call::Open, 1, libc::EACCES));
        let (fd, path) = t
            .mkstemp(&Params::new().names(forced(&["a", "b"])), false)
            .unwrap();
        drop(fd);
        assert_eq!(path.as_path(), sb.join("tmpb"), "{v}");
        os.clear_faults();
        os.add_fault(Fault::nth_of(Call::Mkdir, 1, libc::EACCES));
        let d = t
            .mkdtemp(&Params::new().names(forced(&["c", "d"])))
            .unwrap();
        assert_eq!(d.as_path(), sb.join("tmpd"), "{v}");
        os.clear_faults();
        // Every attempt refused: 3.13.18+ raise the PermissionError at the last attempt
        // (`seq < TMP_MAX - 1`); before, every attempt is retried and the names run out.
        t.set_tmp_max(3);
        for mkdir in [false, true] {
            os.clear_faults();
            let call = if mkdir { Call::Mkdir } else { Call::Open };
            os.add_fault(Fault::every(call, libc::EACCES));
            os.reset_counts();
            let names = forced(&["e", "f", "g", "h"]);
            let e = if mkdir {
                t.mkdtemp(&Params::new().names(names)).unwrap_err()
            } else {
                t.mkstemp(&Params::new().names(names), false).unwrap_err()
            };
            assert_eq!(os.count(call), 3, "{v} mkdir={mkdir}");
            if v >= PyVersion::V3_13_18 {
                assert_eq!(e.class(), ExcClass::PermissionError, "{v} mkdir={mkdir}");
                assert_eq!(
                    e.filename().map(|f| f.as_bytes().to_vec()),
                    Some(bytes(&sb.join("tmpg"))),
                    "{v}"
                );
            } else {
                assert_eq!(e.class(), ExcClass::FileExistsError, "{v} mkdir={mkdir}");
            }
        }
        os.clear_faults();
        // Not a directory: no retry, in any release.
        std::fs::write(sb.join("plain"), b"").unwrap();
        os.add_fault(Fault::nth_of(Call::Open, 1, libc::EACCES));
        let e = t
            .mkstemp(
                &Params::new()
                    .dir(sb.join("plain").as_os_str())
                    .names(forced(&["i", "j"])),
                false,
            )
            .unwrap_err();
        assert_eq!(e.class(), ExcClass::PermissionError, "{v}");
        t.set_tmp_max(pytempfile::default_tmp_max(v));
    }
}

#[test]
fn the_default_directory_probe_retries_a_permission_error_in_the_same_directory() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-probe");
        let os = Arc::new(
            FaultyOs::new()
                .with_env("TMPDIR", Some(&bytes(&sb.path)))
                .with_fault(Fault::nth_of(Call::Open, 1, libc::EACCES)),
        );
        os.start_log();
        let t = Tempfile::builder().os(os.clone()).version(v).build();
        assert_eq!(t.gettempdir().unwrap(), bytes(&sb.path), "{v}");
        // Two probes, both in the sandbox: the refused name, then another name in the same
        // directory (POSIX would have moved to the next candidate).
        let opens: Vec<Vec<u8>> = os
            .log()
            .into_iter()
            .filter(|c| c.call == Call::Open)
            .map(|c| c.path.unwrap())
            .collect();
        assert_eq!(opens.len(), 2, "{v}");
        for p in &opens {
            assert!(p.starts_with(&bytes(&sb.path)), "{v}: {p:?}");
        }
        assert_ne!(opens[0], opens[1], "{v}");
        assert!(sb.entries().is_empty(), "{v}: the probe file is gone");
    }
}

#[test]
fn candidates_from_userprofile_and_systemroot() {
    let sb = Sandbox::new("nt-cands");
    let prof = sb.join("prof");
    let sys = sb.join("sys");
    let os = Arc::new(
        FaultyOs::new()
            .with_env("TMPDIR", None)
            .with_env("TEMP", None)
            .with_env("TMP", None)
            .with_env("USERPROFILE", Some(&bytes(&prof)))
            .with_env("SYSTEMROOT", Some(&bytes(&sys))),
    );
    let t = Tempfile::builder().os(os.clone()).build();
    let cwd = bytes(&std::env::current_dir().unwrap());
    let mut want = vec![
        bytes(&prof.join("AppData").join("Local").join("Temp")),
        bytes(&sys.join("Temp")),
    ];
    want.extend([&br"c:\temp"[..], br"c:\tmp", br"\temp", br"\tmp"].map(<[u8]>::to_vec));
    want.push(cwd);
    assert_eq!(t.candidate_tempdir_list(), want);
    // Neither exists: the probe moves on; %SYSTEMROOT%\Temp once it exists.
    std::fs::create_dir_all(sys.join("Temp")).unwrap();
    assert_eq!(t.gettempdir().unwrap(), bytes(&sys.join("Temp")));
    // ~\AppData\Local\Temp comes first once it exists.
    std::fs::create_dir_all(prof.join("AppData").join("Local").join("Temp")).unwrap();
    t.set_tempdir(None);
    assert_eq!(
        t.gettempdir().unwrap(),
        bytes(&prof.join("AppData").join("Local").join("Temp"))
    );
}

#[test]
fn the_real_environment_gives_temp() {
    // Wine, like Windows, sets TEMP to the profile's AppData\Local\Temp.
    let t = Tempfile::builder().build();
    let temp = std::env::var_os("TEMP").expect("TEMP is set");
    let got = t.gettempdir().unwrap();
    let want = PathBuf::from(temp);
    assert_eq!(
        Path::new(std::str::from_utf8(&got).unwrap()),
        want.components().collect::<PathBuf>()
    );
}

#[test]
fn paths_are_joined_and_made_absolute_with_ntpath() {
    let sb = Sandbox::new("nt-paths");
    let (t, _, _) = module_v(&sb, PyVersion::NEWEST);
    // Forward slashes in `dir`: GetFullPathNameW makes them backslashes, and the name is
    // joined with a backslash.
    let slashed = sb.path.to_str().unwrap().replace('\\', "/");
    let (fd, path) = t
        .mkstemp(
            &Params::new()
                .dir(slashed.as_str())
                .names(forced(&["abcdefgh"])),
            false,
        )
        .unwrap();
    drop(fd);
    let want = format!("{}\\tmpabcdefgh", sb.path.to_str().unwrap());
    assert_eq!(path.as_bytes(), want.as_bytes());
    // mkdtemp returns abspath (3.12+): backslashes too.
    let d = t
        .mkdtemp(
            &Params::new()
                .dir(slashed.as_str())
                .names(forced(&["ijklmnop"])),
        )
        .unwrap();
    assert_eq!(
        d.as_bytes(),
        format!("{}\\tmpijklmnop", sb.path.to_str().unwrap()).as_bytes()
    );
    // Before 3.12 mkdtemp returns the plain join.
    t.set_version(PyVersion::V3_11);
    let d = t
        .mkdtemp(
            &Params::new()
                .dir(slashed.as_str())
                .names(forced(&["qrstuvwx"])),
        )
        .unwrap();
    assert_eq!(d.as_bytes(), format!("{slashed}\\tmpqrstuvwx").as_bytes());
}

#[test]
fn text_mkstemp_descriptors_translate_newlines_binary_ones_do_not() {
    // `_text_openflags` has no O_BINARY on nt: the C runtime writes "\r\n" for "\n".
    let sb = Sandbox::new("nt-textfd");
    let (t, _, _) = module_v(&sb, PyVersion::NEWEST);
    for (flags, want) in [
        (flags::TEXT_OPENFLAGS, &b"a\r\nb"[..]),
        (flags::BIN_OPENFLAGS, &b"a\nb"[..]),
    ] {
        let (fd, path) = t
            .mkstemp_inner(
                &Arg::from(sb.path.as_os_str()),
                &Arg::from("t"),
                &Arg::from(""),
                flags,
                PathKind::Str,
            )
            .unwrap();
        assert!(!pytempfile::os::is_inheritable(fd).unwrap());
        assert_eq!(t.os().write(fd, b"a\nb"), Ok(3));
        t.os().close(fd).unwrap();
        assert_eq!(std::fs::read(path.as_path()).unwrap(), want);
    }
}

#[test]
fn text_files_write_os_linesep_for_newline_none() {
    let sb = Sandbox::new("nt-linesep");
    let (t, _, _) = module_v(&sb, PyVersion::NEWEST);
    for (newline, want) in [(None, &b"a\r\nb\r\n"[..]), (Some(""), b"a\nb\n")] {
        let mut opts = FileOptions::new()
            .mode("w+")
            .encoding("utf-8")
            .delete(false);
        if let Some(n) = newline {
            opts = opts.newline(n);
        }
        let mut f = t.named_temporary_file(&Params::new(), &opts).unwrap();
        let path = f.path().to_path_buf();
        f.file_mut()
            .write_text(&pytempfile::PyStr::from("a\nb\n"))
            .unwrap();
        f.file_mut().seek_text_int(0, Whence::Set).unwrap();
        assert_eq!(
            f.file_mut().read_text(None).unwrap(),
            pytempfile::PyStr::from("a\nb\n"),
            "{newline:?}"
        );
        f.close().unwrap();
        let mut disk = Vec::new();
        std::fs::File::open(&path)
            .unwrap()
            .read_to_end(&mut disk)
            .unwrap();
        assert_eq!(disk, want, "{newline:?}");
        std::fs::remove_file(&path).unwrap();
    }
}

fn set_readonly(p: &Path, ro: bool) {
    let mut perms = std::fs::symlink_metadata(p).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(ro);
    std::fs::set_permissions(p, perms).unwrap();
}

#[test]
fn cleanup_removes_read_only_entries_and_never_follows_a_junction() {
    let mut junction_skipped = false;
    let mut readonly_skipped = false;
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-cleanup");
        let (t, os, _) = module_v(&sb, v);
        let outside = sb.join("outside");
        std::fs::create_dir(&outside).unwrap();
        std::fs::write(outside.join("keep.txt"), b"keep").unwrap();
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        std::fs::write(top.join("ro.txt"), b"r").unwrap();
        set_readonly(&top.join("ro.txt"), true);
        std::fs::create_dir_all(top.join("sub").join("deeper")).unwrap();
        std::fs::write(top.join("sub").join("deeper").join("ro2.txt"), b"r").unwrap();
        set_readonly(&top.join("sub").join("deeper").join("ro2.txt"), true);
        std::fs::create_dir(top.join("rodir")).unwrap();
        set_readonly(&top.join("rodir"), true);
        let junction = top.join("sub").join("j");
        let made = pytempfile::os::create_junction(&junction, &outside);
        let is_junction = made.is_ok()
            && t.os()
                .lstat(&std::ffi::CString::new(bytes(&junction)).unwrap())
                .is_ok_and(|st| st.is_junction());
        if !is_junction {
            junction_skipped = true;
        }
        os.start_log();
        d.cleanup().unwrap();
        assert!(!top.exists(), "{v}: the tree is gone");
        assert_eq!(
            std::fs::read(outside.join("keep.txt")).unwrap(),
            b"keep",
            "{v}: the junction's target and its content survive"
        );
        let log = os.log();
        // A read-only file refuses deletion (EACCES) until the handler clears the attribute.
        let refused = log
            .iter()
            .any(|c| c.call == Call::Unlink && c.result == Err(libc::EACCES));
        let reset = log.iter().any(|c| c.call == Call::Chmod);
        if refused {
            assert!(
                reset,
                "{v}: the read-only attribute was reset before the retry"
            );
        } else {
            readonly_skipped = true;
        }
        if is_junction {
            // The junction was removed as an entry: never listed as a directory of the tree.
            let listed: Vec<_> = log
                .iter()
                .filter(|c| c.call == Call::ReadDir)
                .filter_map(|c| c.path.clone())
                .collect();
            assert!(
                !listed.contains(&bytes(&junction)),
                "{v}: the junction was walked into"
            );
        }
    }
    let mut reasons = Vec::new();
    if junction_skipped {
        reasons.push(
            "this Wine cannot make or report a directory junction (FSCTL_SET_REPARSE_POINT): \
             the junction part is checked on Linux by tests/nt_logic.rs with a seam that \
             reports a link as a junction",
        );
    }
    if readonly_skipped {
        reasons.push(
            "Wine deletes a read-only file without EACCES: the reset-and-retry path of the \
             handler is not exercised natively (tests/nt_logic.rs injects the EACCES)",
        );
    }
    if !reasons.is_empty() {
        skip(&reasons.join("; "));
    }
}

#[test]
fn a_junction_as_the_top_is_refused() {
    let sb = Sandbox::new("nt-topjunction");
    let (t, _, _) = module_v(&sb, PyVersion::NEWEST);
    let target = sb.join("target");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep"), b"k").unwrap();
    let link = sb.join("link");
    if let Err(e) = pytempfile::os::create_junction(&link, &target) {
        skip(&format!(
            "this Wine cannot make a directory junction ({e}); tests/nt_logic.rs checks the \
             top-junction refusal on Linux with a seam that reports a link as a junction"
        ));
        return;
    }
    let name = pytempfile::PyPath::new(PathKind::Str, bytes(&link));
    let e = t.rmtree(&name, false).unwrap_err();
    assert_eq!(e.to_string(), "Cannot call rmtree on a symbolic link");
    assert!(target.join("keep").exists());
    t.rmtree(&name, true).unwrap();
    assert!(target.join("keep").exists());
    // The seam's unlink removes the junction itself, never the target.
    t.os()
        .unlink(&std::ffi::CString::new(bytes(&link)).unwrap())
        .unwrap();
    assert!(!link.exists() && target.join("keep").exists());
}

#[test]
fn mkdtemp_makes_a_directory_and_the_seam_maps_win32_errors() {
    let sb = Sandbox::new("nt-mkdtemp");
    let (t, _, _) = module_v(&sb, PyVersion::NEWEST);
    let d = t.mkdtemp(&Params::new().names(forced(&["dir"]))).unwrap();
    assert!(d.as_path().is_dir());
    // Usable by its creator (the 0o700 ACL grants the owner full access).
    std::fs::write(d.as_path().join("x"), b"x").unwrap();
    std::fs::remove_file(d.as_path().join("x")).unwrap();
    // Win32 errors become CPython's errno (winerror_to_errno): exists, not found, not empty.
    let os = LibcOs;
    let c = std::ffi::CString::new(d.as_bytes()).unwrap();
    assert_eq!(os.mkdir(&c, 0o777), Err(Errno(libc::EEXIST)));
    let missing = std::ffi::CString::new(bytes(&sb.join("no").join("such"))).unwrap();
    assert_eq!(os.mkdir(&missing, 0o777), Err(Errno(libc::ENOENT)));
    std::fs::write(d.as_path().join("y"), b"y").unwrap();
    assert_eq!(os.rmdir(&c), Err(Errno(libc::ENOTEMPTY)));
    let e = pytempfile::Error::from_errno(Errno(libc::ENOTEMPTY), None);
    assert_eq!(e.class(), ExcClass::OSError);
    std::fs::remove_file(d.as_path().join("y")).unwrap();
    // unlink of a plain directory is refused (CPython: PermissionError on Windows).
    let refused = os.unlink(&c).unwrap_err();
    assert_eq!(
        ExcClass::for_errno(refused.0),
        ExcClass::PermissionError,
        "{refused:?}"
    );
    os.rmdir(&c).unwrap();
}

#[test]
fn an_implicitly_cleaned_directory_warns() {
    let sb = Sandbox::new("nt-dirwarn");
    let (t, _, events) = module_v(&sb, PyVersion::NEWEST);
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    std::fs::write(d.path().join("f"), b"f").unwrap();
    let repr = d.repr();
    drop(d);
    assert!(sb.entries().is_empty());
    assert!(events.take().iter().any(|e| matches!(
        e,
        Event::ResourceWarning { message } if *message == format!("Implicitly cleaning up {repr}")
    )));
}
