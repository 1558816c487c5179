//! CPython `tempfile`'s `os.name` branches as pure functions of a platform value
//! (`pytempfile::platform`), checked for both platforms and every release on any host: the
//! Windows rules run in the Linux tests too. Each expectation is read from the releases'
//! `Lib/tempfile.py` (3.10.13, 3.11.7, 3.12.1, 3.13.0, 3.13.18, 3.14.10, 3.15.2) and named in
//! the assertion. The Windows cleanup (by path) runs here on the host as well.
#![allow(clippy::unwrap_used)]

mod common;

use std::cell::Cell;
use std::sync::Arc;

use common::Sandbox;
use pytempfile::os::{Call, Fault};
use pytempfile::platform::{
    self, OpenFlags, Platform, RetrySite, bin_openflags, candidate_tempdir_list, closer_unlinks,
    named_openflags, os_open_adds, permission_error_retries, temporary_file_is_named,
    text_openflags, unlink_after_failed_open,
};
use pytempfile::{ExcClass, FaultyOs, PathKind, PyPath, PyVersion, Tempfile};

fn env_of(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<Vec<u8>> + use<> {
    let vars: Vec<(String, Vec<u8>)> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
        .collect();
    move |name: &str| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

fn strs(list: &[Vec<u8>]) -> Vec<String> {
    list.iter()
        .map(|b| String::from_utf8(b.clone()).unwrap())
        .collect()
}

#[test]
fn nt_candidates_expand_userprofile_and_systemroot() {
    let env = env_of(&[
        ("TMP", r"D:\scratch"),
        ("TEMP", ""),
        ("USERPROFILE", r"C:\Users\me"),
        ("SYSTEMROOT", r"C:\Windows"),
    ]);
    let cwd = || Some(br"C:\work".to_vec());
    assert_eq!(
        strs(&candidate_tempdir_list(Platform::Nt, &env, &cwd)),
        [
            r"D:\scratch",
            r"C:\Users\me\AppData\Local\Temp",
            r"C:\Windows\Temp",
            r"c:\temp",
            r"c:\tmp",
            r"\temp",
            r"\tmp",
            r"C:\work"
        ],
        "TMPDIR, TEMP, TMP (empty skipped), ~ and %SYSTEMROOT%, the four fixed ones, cwd"
    );
}

#[test]
fn nt_candidates_without_the_variables() {
    // No USERPROFILE: HOMEDRIVE + HOMEPATH; no HOMEPATH either: `~` stays. An unset variable
    // stays as `%NAME%`. A failing getcwd is `.`.
    let env = env_of(&[("HOMEDRIVE", "E:"), ("HOMEPATH", r"\home\me")]);
    let no_cwd = || None;
    assert_eq!(
        strs(&candidate_tempdir_list(Platform::Nt, &env, &no_cwd)),
        [
            r"E:\home\me\AppData\Local\Temp",
            r"%SYSTEMROOT%\Temp",
            r"c:\temp",
            r"c:\tmp",
            r"\temp",
            r"\tmp",
            "."
        ]
    );
    let empty = env_of(&[]);
    assert_eq!(
        strs(&candidate_tempdir_list(Platform::Nt, &empty, &no_cwd))[..2],
        [r"~\AppData\Local\Temp", r"%SYSTEMROOT%\Temp"]
    );
    // TMPDIR comes first on nt too.
    let env = env_of(&[("TMPDIR", "x"), ("TEMP", "y"), ("TMP", "z")]);
    assert_eq!(
        strs(&candidate_tempdir_list(Platform::Nt, &env, &no_cwd))[..3],
        ["x", "y", "z"]
    );
}

#[test]
fn posix_candidates_and_the_modules_host_branch() {
    let env = env_of(&[("TMPDIR", "/t")]);
    let cwd = || Some(b"/c".to_vec());
    assert_eq!(
        strs(&candidate_tempdir_list(Platform::Posix, &env, &cwd)),
        ["/t", "/tmp", "/var/tmp", "/usr/tmp", "/c"]
    );
    // The module state reads the host's branch through its seam.
    let os = FaultyOs::new()
        .with_env("TMPDIR", Some(b"/t"))
        .with_env("TEMP", None)
        .with_env("TMP", None)
        .with_env("USERPROFILE", Some(br"C:\Users\me"))
        .with_env("SYSTEMROOT", Some(br"C:\Windows"));
    os.set_cwd(Ok(b"/c".to_vec()));
    let os = Arc::new(os);
    let t = Tempfile::builder().os(os.clone()).build();
    let getenv = |n: &str| pytempfile::Os::getenv(&*os, n);
    let getcwd = || pytempfile::Os::getcwd(&*os).ok();
    assert_eq!(
        t.candidate_tempdir_list(),
        candidate_tempdir_list(Platform::HOST, &getenv, &getcwd)
    );
}

#[test]
fn open_flags_per_platform() {
    use OpenFlags as F;
    let rce = F::RDWR.union(F::CREAT).union(F::EXCL);
    assert_eq!(text_openflags(Platform::Posix), rce.union(F::NOFOLLOW));
    assert_eq!(bin_openflags(Platform::Posix), rce.union(F::NOFOLLOW));
    assert_eq!(text_openflags(Platform::Nt), rce, "no O_NOFOLLOW on nt");
    assert_eq!(bin_openflags(Platform::Nt), rce.union(F::BINARY));
    assert_eq!(os_open_adds(Platform::Posix), F::CLOEXEC);
    assert_eq!(os_open_adds(Platform::Nt), F::NOINHERIT);
    assert_eq!(
        format!("{:?}", bin_openflags(Platform::Nt)),
        "O_RDWR|O_CREAT|O_EXCL|O_BINARY"
    );
    assert_eq!(
        format!("{:?}", bin_openflags(Platform::Posix)),
        "O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW"
    );
    // Each flag is one flag of its own, and a union with a flag already there changes nothing.
    for (flag, name) in [
        (F::RDWR, "O_RDWR"),
        (F::CREAT, "O_CREAT"),
        (F::EXCL, "O_EXCL"),
        (F::NOFOLLOW, "O_NOFOLLOW"),
        (F::BINARY, "O_BINARY"),
        (F::TEMPORARY, "O_TEMPORARY"),
        (F::NOINHERIT, "O_NOINHERIT"),
        (F::CLOEXEC, "O_CLOEXEC"),
    ] {
        assert_eq!(flag.names(), [name]);
        assert_eq!(rce.union(flag).union(flag), rce.union(flag), "{name}");
    }
    assert!(F::empty().names().is_empty());
    // The host's numbers are the seam's constants.
    assert_eq!(
        text_openflags(Platform::HOST).native(),
        pytempfile::os::flags::TEXT_OPENFLAGS
    );
    assert_eq!(
        bin_openflags(Platform::HOST).native(),
        pytempfile::os::flags::BIN_OPENFLAGS
    );
    // With what `os.open` adds on the host.
    #[cfg(unix)]
    assert_eq!(
        bin_openflags(Platform::Posix)
            .union(os_open_adds(Platform::Posix))
            .native(),
        pytempfile::os::flags::BIN_OPENFLAGS | libc::O_CLOEXEC
    );
}

#[test]
fn named_temporary_file_uses_o_temporary_on_nt_only() {
    let temporary = |p, v, d, doc| named_openflags(p, v, d, doc).contains(OpenFlags::TEMPORARY);
    for v in PyVersion::KNOWN {
        for delete in [false, true] {
            for doc in [false, true] {
                assert!(!temporary(Platform::Posix, v, delete, doc), "{v}");
                // Before 3.12 there is no delete_on_close: `delete` alone decides.
                let want = if v < PyVersion::new(3, 12, 0) {
                    delete
                } else {
                    delete && doc
                };
                assert_eq!(
                    temporary(Platform::Nt, v, delete, doc),
                    want,
                    "{v} delete={delete} delete_on_close={doc}"
                );
                assert!(
                    named_openflags(Platform::Nt, v, delete, doc)
                        .contains(bin_openflags(Platform::Nt))
                );
            }
        }
    }
}

#[test]
fn the_closer_leaves_deletion_to_o_temporary_on_nt() {
    for v in PyVersion::KNOWN {
        let modern = v >= PyVersion::new(3, 12, 0);
        for delete in [false, true] {
            for doc in [false, true] {
                let ctx = format!("{v} delete={delete} delete_on_close={doc}");
                assert_eq!(
                    closer_unlinks(Platform::Posix, v, delete, doc),
                    delete,
                    "{ctx}"
                );
                // 3.12+: `delete and not (windows and delete_on_close)`; before: the nt closer
                // only closes.
                let nt = if modern { delete && !doc } else { false };
                assert_eq!(closer_unlinks(Platform::Nt, v, delete, doc), nt, "{ctx}");
                // The error path: `not (nt and delete [and delete_on_close])`.
                assert!(unlink_after_failed_open(Platform::Posix, v, delete, doc));
                let nt_err = !(delete && (doc || !modern));
                assert_eq!(
                    unlink_after_failed_open(Platform::Nt, v, delete, doc),
                    nt_err,
                    "{ctx}"
                );
            }
        }
    }
}

#[test]
fn temporary_file_is_named_temporary_file_on_nt() {
    assert!(temporary_file_is_named(Platform::Nt));
    assert!(!temporary_file_is_named(Platform::Posix));
}

#[test]
fn tmp_max_is_the_c_librarys_until_3_13_18() {
    for v in PyVersion::KNOWN {
        let twenty = v >= PyVersion::V3_13_18;
        let posix = platform::default_tmp_max(Platform::Posix, v);
        let nt = platform::default_tmp_max(Platform::Nt, v);
        assert_eq!(posix, if twenty { 20 } else { 238_328 }, "{v}");
        assert_eq!(nt, if twenty { 20 } else { 2_147_483_647 }, "{v}");
    }
}

/// The PermissionError rule, with probes that count how often they are asked.
fn retries(
    p: Platform,
    v: PyVersion,
    site: RetrySite,
    seq: u64,
    is_dir: bool,
    w: bool,
) -> (bool, u32, u32) {
    let (dir_calls, w_calls) = (Cell::new(0), Cell::new(0));
    let r = permission_error_retries(
        p,
        v,
        site,
        seq,
        20,
        &|| {
            dir_calls.set(dir_calls.get() + 1);
            is_dir
        },
        &|| {
            w_calls.set(w_calls.get() + 1);
            w
        },
    );
    (r, dir_calls.get(), w_calls.get())
}

#[test]
fn permission_errors_retry_on_nt_in_a_directory() {
    let sites = [
        RetrySite::DefaultTempdir,
        RetrySite::MkstempInner,
        RetrySite::Mkdtemp,
    ];
    for v in PyVersion::KNOWN {
        for site in sites {
            for (is_dir, w) in [(false, false), (false, true), (true, false), (true, true)] {
                let ctx = format!("{v} {site:?} isdir={is_dir} writable={w}");
                // POSIX: never, and nothing is asked (no system call).
                assert_eq!(
                    retries(Platform::Posix, v, site, 0, is_dir, w),
                    (false, 0, 0),
                    "{ctx}"
                );
                let (r, dirs, ws) = retries(Platform::Nt, v, site, 0, is_dir, w);
                assert_eq!(dirs, 1, "{ctx}: isdir(dir) asked once");
                if v < PyVersion::V3_13_18 {
                    // `isdir(dir) and access(dir, W_OK)`, in that order.
                    assert_eq!(r, is_dir && w, "{ctx}");
                    assert_eq!(ws, u32::from(is_dir), "{ctx}");
                } else {
                    assert_eq!(r, is_dir, "{ctx}: no access() from 3.13.18");
                    assert_eq!(ws, 0, "{ctx}");
                }
            }
        }
    }
}

#[test]
fn the_last_attempt_is_not_retried_from_3_13_18() {
    for v in PyVersion::KNOWN {
        for site in [RetrySite::MkstempInner, RetrySite::Mkdtemp] {
            let last = retries(Platform::Nt, v, site, 19, true, true).0;
            // `seq < TMP_MAX - 1` from 3.13.18; no bound before (TMP_MAX is then 2**31 - 1).
            assert_eq!(last, v < PyVersion::V3_13_18, "{v} {site:?}");
            assert!(retries(Platform::Nt, v, site, 18, true, true).0, "{v}");
        }
        // The probe of `_get_default_tempdir` has no bound: its loop ends by itself.
        assert!(retries(Platform::Nt, v, RetrySite::DefaultTempdir, 19, true, true).0);
    }
}

#[test]
fn nt_access_is_read_only_attribute_or_directory() {
    let st = |attributes: u32| pytempfile::os::Stat {
        dev: 0,
        ino: 0,
        mode: 0,
        nlink: 1,
        uid: 0,
        size: 0,
        file_attributes: attributes,
        reparse_tag: 0,
    };
    assert!(!platform::nt_access_writable(None));
    assert!(platform::nt_access_writable(Some(&st(0x20))));
    assert!(!platform::nt_access_writable(Some(&st(0x21))));
    assert!(platform::nt_access_writable(Some(&st(0x11))), "a directory");
}

#[test]
fn text_mode_writes_os_linesep_for_newline_none() {
    use pytempfile::io::Newline;
    use pytempfile::io::text::write_newline;
    let crlf: &[u32] = &[13, 10];
    assert_eq!(write_newline(Newline::Universal, Platform::Nt), Some(crlf));
    assert_eq!(write_newline(Newline::Universal, Platform::Posix), None);
    for p in Platform::ALL {
        assert_eq!(write_newline(Newline::Untranslated, p), None, "{p}");
        assert_eq!(write_newline(Newline::CrLf, p), Some(crlf), "{p}");
        assert_eq!(write_newline(Newline::Cr, p), Some(&[13u32][..]), "{p}");
    }
}

fn tree(sb: &Sandbox) -> (Tempfile, Arc<FaultyOs>, PyPath, std::path::PathBuf) {
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder().os(os.clone()).build();
    let top = sb.join("top");
    std::fs::create_dir_all(top.join("a").join("b")).unwrap();
    std::fs::write(top.join("xf1"), b"1").unwrap();
    std::fs::write(top.join("a").join("xg2"), b"2").unwrap();
    std::fs::write(top.join("a").join("b").join("xh3"), b"3").unwrap();
    let name = PyPath::new(PathKind::Str, top.as_os_str().as_encoded_bytes().to_vec());
    (t, os, name, top)
}

#[test]
fn the_windows_cleanup_walk_removes_a_tree_in_every_release() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-walk");
        let (t, _, name, top) = tree(&sb);
        t.set_version(v);
        // A link to something outside the tree is removed, never followed.
        let outside = sb.join("outside");
        std::fs::create_dir(&outside).unwrap();
        std::fs::write(outside.join("keep"), b"k").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, top.join("a").join("link")).unwrap();
        t.rmtree_by_path(&name, false).unwrap();
        assert!(!top.exists(), "{v}");
        assert_eq!(std::fs::read(outside.join("keep")).unwrap(), b"k", "{v}");
        // A missing top is no error.
        t.rmtree_by_path(&name, false).unwrap();
    }
}

#[test]
fn the_windows_cleanup_resets_and_retries_a_refused_unlink() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-walk-perm");
        let (t, os, name, top) = tree(&sb);
        t.set_version(v);
        // Windows refuses to delete a read-only file with EACCES: the handler resets the modes
        // of the entry's directory and of the entry (chmod 0o700 on the entry itself), then
        // unlinks again.
        os.add_fault(Fault::nth_of(Call::Unlink, 1, libc::EACCES).path_contains("xg2"));
        os.start_log();
        t.rmtree_by_path(&name, false).unwrap();
        assert!(!top.exists(), "{v}");
        let chmods: Vec<Vec<u8>> = os
            .log()
            .iter()
            .filter(|c| c.call == Call::Chmod)
            .map(|c| c.path.clone().unwrap())
            .collect();
        let g = top.join("a").join("xg2");
        let a = top.join("a");
        assert_eq!(
            chmods,
            [
                a.as_os_str().as_encoded_bytes().to_vec(),
                g.as_os_str().as_encoded_bytes().to_vec()
            ],
            "{v}: _resetperms(dirname(path)), _resetperms(path)"
        );
    }
}

#[test]
fn the_windows_cleanup_raises_or_ignores_a_persistent_error() {
    for v in PyVersion::KNOWN {
        for ignore in [false, true] {
            let sb = Sandbox::new("nt-walk-stuck");
            let (t, os, name, top) = tree(&sb);
            t.set_version(v);
            // An unlink that keeps failing (a file another process holds open without
            // FILE_SHARE_DELETE): the retry fails too.
            os.add_fault(Fault::every(Call::Unlink, libc::EACCES).path_contains("xh3"));
            let r = t.rmtree_by_path(&name, ignore);
            let h = top.join("a").join("b").join("xh3");
            if ignore {
                r.unwrap();
            } else {
                let e = r.unwrap_err();
                // 3.12+ re-raise the PermissionError of a non-directory (bpo-43153); 3.10/3.11
                // call _rmtree on it, whose listing fails (NotADirectoryError).
                if v >= PyVersion::V3_12 {
                    assert_eq!(e.class(), ExcClass::PermissionError, "{v}: {e}");
                } else {
                    assert_eq!(e.class(), ExcClass::NotADirectoryError, "{v}: {e}");
                }
                assert_eq!(
                    e.filename().map(|f| f.as_bytes().to_vec()),
                    Some(h.as_os_str().as_encoded_bytes().to_vec()),
                    "{v}"
                );
            }
            assert!(h.exists(), "{v}: the stuck file stays");
            os.clear_faults();
            t.rmtree_by_path(&name, false).unwrap();
            assert!(!top.exists());
        }
    }
}

#[test]
fn the_windows_cleanup_skips_a_vanished_entry_and_raises_for_a_full_top() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-walk-gone");
        let (t, os, name, top) = tree(&sb);
        t.set_version(v);
        // `xf1` "vanished" after the listing: unlink says ENOENT (injected, so the file is in
        // fact still there), which is no error (3.13+: skipped by the walk; before: the
        // handler's FileNotFoundError branch). Then the top is not empty: its rmdir error is
        // raised, naming the top.
        os.add_fault(Fault::nth_of(Call::Unlink, 1, libc::ENOENT).path_contains("xf1"));
        let e = t.rmtree_by_path(&name, false).unwrap_err();
        assert_eq!(e.errno(), Some(libc::ENOTEMPTY), "{v}: {e}");
        assert_eq!(e.class(), ExcClass::OSError, "{v}");
        assert_eq!(
            e.filename().map(|f| f.as_bytes().to_vec()),
            Some(name.as_bytes().to_vec()),
            "{v}"
        );
        assert!(top.join("xf1").exists(), "{v}");
        assert!(!top.join("a").exists(), "{v}: the rest is gone");
    }
}

/// A seam that shows the symlinks whose name ends with `-junction` as Windows directory
/// junctions: listed as junctions, and `lstat` reports a directory with the mount-point tag
/// (as Windows' `os.lstat` does). Unlinking one removes the link, never its target, as
/// Windows' `unlink` of a junction does. Lets the junction rules of the Windows cleanup run
/// on Linux, where junctions do not exist (and under Wine, which cannot make them).
#[cfg(unix)]
mod junctions {
    use std::ffi::CStr;
    use std::sync::Arc;

    use pytempfile::os::{
        DirEntry, FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_REPARSE_POINT, FileType, Forward,
        IO_REPARSE_TAG_MOUNT_POINT, Os, Stat, SysResult, mode,
    };

    pub struct JunctionOs(pub Arc<dyn Os>);

    fn is_junction(name: &[u8]) -> bool {
        name.ends_with(b"-junction")
    }

    impl Forward for JunctionOs {
        fn inner(&self) -> &dyn Os {
            &*self.0
        }
        fn scandir(&self, path: &CStr) -> SysResult<Vec<DirEntry>> {
            let mut entries = self.0.scandir(path)?;
            for e in &mut entries {
                if is_junction(&e.name) {
                    e.file_type = FileType::Junction;
                }
            }
            Ok(entries)
        }
        fn lstat(&self, path: &CStr) -> SysResult<Stat> {
            let mut st = self.0.lstat(path)?;
            if is_junction(path.to_bytes()) {
                st.mode = mode::S_IFDIR | 0o777;
                st.file_attributes = FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT;
                st.reparse_tag = IO_REPARSE_TAG_MOUNT_POINT;
            }
            Ok(st)
        }
    }
}

/// A tree with a junction in it, for the Windows cleanup on Linux.
#[cfg(unix)]
struct JunctionTree {
    /// A module following the release, over a counting seam seen through `JunctionOs`.
    t: Tempfile,
    faulty: Arc<FaultyOs>,
    /// `outside/keep`: what the junction points to.
    outside: std::path::PathBuf,
    top: std::path::PathBuf,
    /// `top` as the path value cleanup takes.
    name: PyPath,
    /// `top/<rel>`: a symlink to `outside` that the seam shows as a junction.
    junction: std::path::PathBuf,
}

#[cfg(unix)]
fn junction_tree(sb: &Sandbox, v: PyVersion, rel: &str) -> JunctionTree {
    let faulty = Arc::new(FaultyOs::new());
    let t = Tempfile::builder()
        .os(Arc::new(junctions::JunctionOs(faulty.clone())))
        .version(v)
        .build();
    let outside = sb.join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("keep"), b"k").unwrap();
    let top = sb.join("top");
    let junction = top.join(rel);
    std::fs::create_dir_all(junction.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&outside, &junction).unwrap();
    let name = PyPath::new(PathKind::Str, top.as_os_str().as_encoded_bytes().to_vec());
    JunctionTree {
        t,
        faulty,
        outside,
        top,
        name,
        junction,
    }
}

#[cfg(unix)]
#[test]
fn the_windows_cleanup_removes_a_junction_and_never_walks_into_it() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-junction");
        let JunctionTree {
            t,
            faulty,
            outside,
            top,
            name,
            junction,
        } = junction_tree(&sb, v, "sub/x-junction");
        faulty.start_log();
        t.rmtree_by_path(&name, false).unwrap();
        assert!(!top.exists(), "{v}");
        assert_eq!(std::fs::read(outside.join("keep")).unwrap(), b"k", "{v}");
        let jb = junction.as_os_str().as_encoded_bytes().to_vec();
        let log = faulty.log();
        assert!(
            !log.iter()
                .any(|c| c.call == Call::ReadDir && c.path.as_deref() == Some(&jb[..])),
            "{v}: the junction was listed as a directory of the tree"
        );
        assert!(
            log.iter()
                .any(|c| c.call == Call::Unlink && c.path.as_deref() == Some(&jb[..])),
            "{v}: removed as an entry"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_junction_that_refuses_unlink_is_never_walked() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-junction-stuck");
        let JunctionTree {
            t,
            faulty,
            outside,
            name,
            junction,
            ..
        } = junction_tree(&sb, v, "y-junction");
        faulty.add_fault(Fault::every(Call::Unlink, libc::EACCES).path_contains("y-junction"));
        let e = t.rmtree_by_path(&name, false).unwrap_err();
        // 3.12+: `isjunction(path)`: the PermissionError is raised. 3.10/3.11: `_rmtree(path)`,
        // whose top check refuses a junction like a symlink.
        if v >= PyVersion::V3_12 {
            assert_eq!(e.class(), ExcClass::PermissionError, "{v}: {e}");
        } else {
            assert_eq!(
                e.to_string(),
                "Cannot call rmtree on a symbolic link",
                "{v}"
            );
        }
        assert_eq!(std::fs::read(outside.join("keep")).unwrap(), b"k", "{v}");
        // And a junction given as the top is refused in every release.
        let e = t
            .rmtree_by_path(
                &PyPath::new(
                    PathKind::Str,
                    junction.as_os_str().as_encoded_bytes().to_vec(),
                ),
                false,
            )
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "Cannot call rmtree on a symbolic link",
            "{v}"
        );
        assert!(outside.join("keep").exists(), "{v}");
    }
}

/// The top's `lstat` failing with an error other than "not found": 3.13+ hand it to the
/// handler as `os.path.islink`'s error and stop there ("can't continue even if onexc hook
/// returns"); 3.10-3.12 take the failed `lstat` as "not a link" and walk the tree.
#[test]
fn a_top_that_cannot_be_stated_stops_the_cleanup_from_3_13_and_is_walked_before() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-top-lstat");
        let (t, os, name, top) = tree(&sb);
        t.set_version(v);
        let top_bytes = top.as_os_str().as_encoded_bytes().to_vec();
        os.add_fault(Fault::nth_of(Call::Lstat, 1, libc::EIO).path_contains(top_bytes.clone()));
        let r = t.rmtree_by_path(&name, false);
        if v >= PyVersion::V3_13 {
            let e = r.unwrap_err();
            assert_eq!(
                (e.class(), e.errno()),
                (ExcClass::OSError, Some(libc::EIO)),
                "{v}: {e}"
            );
            assert_eq!(
                e.filename().map(|f| f.as_bytes().to_vec()),
                Some(top_bytes),
                "{v}"
            );
            assert!(
                top.join("a").join("b").join("xh3").exists(),
                "{v}: nothing removed"
            );
        } else {
            r.unwrap();
            assert!(!top.exists(), "{v}");
        }
    }
}

/// A seam whose listings never say an entry's type (as `DirEntry.is_dir()` must then stat).
#[cfg(unix)]
struct UntypedListing(Arc<dyn pytempfile::Os>);

#[cfg(unix)]
impl pytempfile::os::Forward for UntypedListing {
    fn inner(&self) -> &dyn pytempfile::Os {
        &*self.0
    }
    fn scandir(
        &self,
        path: &std::ffi::CStr,
    ) -> pytempfile::os::SysResult<Vec<pytempfile::os::DirEntry>> {
        let mut entries = self.0.scandir(path)?;
        for e in &mut entries {
            e.file_type = pytempfile::os::FileType::Unknown;
        }
        Ok(entries)
    }
}

/// Entries whose type the listing did not give are stat'ed: a junction among them is an entry
/// to unlink, never a directory to walk into, and the real subdirectories are walked.
#[cfg(unix)]
#[test]
fn an_untyped_listing_still_tells_a_junction_from_a_directory() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-untyped");
        let outside = sb.join("outside");
        std::fs::create_dir(&outside).unwrap();
        std::fs::write(outside.join("keep"), b"k").unwrap();
        let top = sb.join("top");
        std::fs::create_dir_all(top.join("sub")).unwrap();
        std::fs::write(top.join("sub").join("f"), b"f").unwrap();
        std::os::unix::fs::symlink(&outside, top.join("x-junction")).unwrap();
        // The junctions' types are dropped after the junction seam has set them.
        let faulty = Arc::new(FaultyOs::new());
        let t = Tempfile::builder()
            .os(Arc::new(UntypedListing(Arc::new(junctions::JunctionOs(
                faulty.clone(),
            )))))
            .version(v)
            .build();
        let name = PyPath::new(PathKind::Str, top.as_os_str().as_encoded_bytes().to_vec());
        faulty.start_log();
        t.rmtree_by_path(&name, false).unwrap();
        assert!(!top.exists(), "{v}");
        assert_eq!(std::fs::read(outside.join("keep")).unwrap(), b"k", "{v}");
        let listed: Vec<Vec<u8>> = faulty
            .log()
            .iter()
            .filter(|c| c.call == Call::ReadDir)
            .map(|c| c.path.clone().unwrap())
            .collect();
        let dir = |p: std::path::PathBuf| p.as_os_str().as_encoded_bytes().to_vec();
        assert_eq!(
            listed,
            [dir(top.clone()), dir(top.join("sub"))],
            "{v}: the directories listed (never the junction)"
        );
    }
}

/// A subdirectory whose listing fails with an error other than "not found" is handed to the
/// handler (3.13+: `os.walk`'s `onerror`; before: `os.scandir`'s), which raises it: the error
/// names the subdirectory, not the top that could then not be removed.
#[test]
fn a_subdirectory_that_cannot_be_listed_is_reported() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-list-fails");
        let (t, os, name, top) = tree(&sb);
        t.set_version(v);
        let b = top.join("a").join("b");
        let b_bytes = b.as_os_str().as_encoded_bytes().to_vec();
        os.add_fault(Fault::every(Call::ReadDir, libc::EIO).path_contains(b_bytes.clone()));
        let e = t.rmtree_by_path(&name, false).unwrap_err();
        assert_eq!(e.errno(), Some(libc::EIO), "{v}: {e}");
        assert_eq!(
            e.filename().map(|f| f.as_bytes().to_vec()),
            Some(b_bytes),
            "{v}"
        );
        assert!(b.join("xh3").exists(), "{v}");
    }
}

/// A subdirectory that keeps refusing its removal (`rmdir` says `EACCES` every time): the
/// handler resets and tries again through a fresh `_rmtree` of it, whose own handler resets it
/// once more and hands it to a repeated `_rmtree`, where the guard raises the
/// `PermissionError` (3.12+; here in every release, a documented divergence: 3.10 and 3.11
/// recurse until `RecursionError`). Three resets in all: the parent and the subdirectory, then
/// the subdirectory alone.
// POSIX host: the handler's second unlink of a directory says EISDIR here; Windows says
// EACCES, which takes the 3.12+ isdir branch instead (the same guard, other calls).
#[cfg(unix)]
#[test]
fn a_directory_that_keeps_refusing_removal_stops_at_the_repeated_guard() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("nt-repeated");
        let (t, os, name, top) = tree(&sb);
        t.set_version(v);
        let b = top.join("a").join("b");
        let b_bytes = b.as_os_str().as_encoded_bytes().to_vec();
        os.add_fault(Fault::every(Call::Rmdir, libc::EACCES).path_contains(b_bytes.clone()));
        os.start_log();
        let e = t.rmtree_by_path(&name, false).unwrap_err();
        assert_eq!(e.class(), ExcClass::PermissionError, "{v}: {e}");
        assert_eq!(
            e.filename().map(|f| f.as_bytes().to_vec()),
            Some(b_bytes.clone()),
            "{v}"
        );
        let chmods: Vec<Vec<u8>> = os
            .log()
            .iter()
            .filter(|c| c.call == Call::Chmod)
            .map(|c| c.path.clone().unwrap())
            .collect();
        let a = top.join("a").as_os_str().as_encoded_bytes().to_vec();
        assert_eq!(chmods, [a, b_bytes.clone(), b_bytes], "{v}");
        assert!(b.exists(), "{v}");
    }
}

/// The handler's second `unlink` (after the resets) failing: "not found" is no error, the
/// walk goes on (here to the `rmdir` of the directory, which the entry, still there, keeps
/// from being empty); any other error escapes the handler before 3.13.18, even with
/// `ignore_cleanup_errors`, and from 3.13.18 is raised or ignored like the walk's own errors.
#[test]
fn the_handlers_second_unlink_failing_is_skipped_raised_or_ignored_per_release() {
    for v in PyVersion::KNOWN {
        // Not found: skipped.
        let sb = Sandbox::new("nt-second-unlink");
        let (t, os, name, top) = tree(&sb);
        t.set_version(v);
        os.add_fault(Fault::nth_of(Call::Unlink, 1, libc::EACCES).path_contains("xg2"));
        os.add_fault(Fault::nth_of(Call::Unlink, 1, libc::ENOENT).path_contains("xg2"));
        let e = t.rmtree_by_path(&name, false).unwrap_err();
        let a = top.join("a").as_os_str().as_encoded_bytes().to_vec();
        assert_eq!(e.errno(), Some(libc::ENOTEMPTY), "{v}: {e}");
        assert_eq!(e.filename().map(|f| f.as_bytes().to_vec()), Some(a), "{v}");
        drop(sb);

        // EIO, with ignore_cleanup_errors.
        let sb = Sandbox::new("nt-second-unlink-eio");
        let (t, os, name, top) = tree(&sb);
        t.set_version(v);
        os.add_fault(Fault::nth_of(Call::Unlink, 1, libc::EACCES).path_contains("xg2"));
        os.add_fault(Fault::nth_of(Call::Unlink, 1, libc::EIO).path_contains("xg2"));
        let r = t.rmtree_by_path(&name, true);
        if v >= PyVersion::V3_13_18 {
            r.unwrap();
        } else {
            let e = r.unwrap_err();
            assert_eq!(e.errno(), Some(libc::EIO), "{v}: {e}");
        }
        assert!(top.join("a").join("xg2").exists(), "{v}");
    }
}

/// The handler's reset (`chmod(path, 0o700)`) failing: an error is raised, or with
/// `ignore_cleanup_errors` ignored and the entry unlinked all the same (a documented
/// divergence: CPython lets it escape); "not found" ends the handler's work on the entry
/// (CPython's `except FileNotFoundError: pass`), so the entry is not unlinked again.
#[test]
fn the_handlers_reset_failing_is_raised_ignored_or_ends_its_work() {
    for v in PyVersion::KNOWN {
        for (errno, ignore) in [(libc::EIO, false), (libc::EIO, true), (libc::ENOENT, true)] {
            let sb = Sandbox::new("nt-reset-fails");
            let (t, os, name, top) = tree(&sb);
            t.set_version(v);
            let g = top.join("a").join("xg2");
            os.add_fault(Fault::nth_of(Call::Unlink, 1, libc::EACCES).path_contains("xg2"));
            os.add_fault(Fault::every(Call::Chmod, errno).path_contains("xg2"));
            let r = t.rmtree_by_path(&name, ignore);
            let what = format!("{v}: errno {errno}, ignore {ignore}");
            match (errno, ignore) {
                (libc::EIO, false) => {
                    let e = r.unwrap_err();
                    assert_eq!(e.errno(), Some(libc::EIO), "{what}: {e}");
                    assert_eq!(
                        e.filename().map(|f| f.as_bytes().to_vec()),
                        Some(g.as_os_str().as_encoded_bytes().to_vec()),
                        "{what}"
                    );
                    assert!(g.exists(), "{what}");
                }
                (libc::EIO, true) => {
                    r.unwrap();
                    assert!(!top.exists(), "{what}: unlinked after the ignored reset");
                }
                _ => {
                    r.unwrap();
                    assert!(g.exists(), "{what}: not unlinked again");
                }
            }
        }
    }
}
