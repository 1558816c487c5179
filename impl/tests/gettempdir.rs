//! The default directory: candidates, the probe, caching and overriding `tempdir`.
#![allow(clippy::unwrap_used)]
// On Windows the POSIX-only tests below are compiled out, and their helpers with them.
#![cfg_attr(windows, allow(dead_code, unused_imports))]

mod common;

use std::sync::Arc;

use common::Sandbox;
use pytempfile::os::{Call, Errno, Fault};
use pytempfile::{Arg, ExcClass, FaultyOs, Params, PyVersion, Tempfile};

/// A seam with TMPDIR/TEMP/TMP and the cwd under the test's control.
fn seam(
    tmpdir: Option<&[u8]>,
    temp: Option<&[u8]>,
    tmp: Option<&[u8]>,
    cwd: &[u8],
) -> Arc<FaultyOs> {
    let os = FaultyOs::new()
        .with_env("TMPDIR", tmpdir)
        .with_env("TEMP", temp)
        .with_env("TMP", tmp);
    os.set_cwd(Ok(cwd.to_vec()));
    Arc::new(os)
}

// POSIX: the candidate list (the nt list is tested in tests/nt_logic.rs and tests/windows.rs).
#[cfg(unix)]
#[test]
fn candidates_are_env_vars_verbatim_then_system_dirs_then_cwd() {
    let os = seam(
        Some(b""),
        Some(b"relT"),
        Some(b"/nonexist_tmp"),
        b"/the/cwd",
    );
    let t = Tempfile::builder().os(os.clone()).build();
    let list = t.candidate_tempdir_list();
    let want: Vec<&[u8]> = vec![
        b"relT",
        b"/nonexist_tmp",
        b"/tmp",
        b"/var/tmp",
        b"/usr/tmp",
        b"/the/cwd",
    ];
    assert_eq!(list, want);
    // getcwd failing gives ".".
    os.set_cwd(Err(Errno(libc::ENOENT)));
    assert_eq!(t.candidate_tempdir_list().last().unwrap(), b".");
    // All three set, in order.
    let os = seam(Some(b"/a"), Some(b"/b"), Some(b"/c"), b"/");
    let t = Tempfile::builder().os(os).build();
    assert_eq!(
        &t.candidate_tempdir_list()[..3],
        &[b"/a".to_vec(), b"/b".to_vec(), b"/c".to_vec()]
    );
}

#[test]
fn the_probe_takes_the_first_usable_candidate_and_leaves_nothing() {
    let sb = Sandbox::new("probe");
    let good = sb.join("good");
    std::fs::create_dir(&good).unwrap();
    std::fs::write(sb.join("afile"), b"").unwrap();
    let good_b = good.as_os_str().as_encoded_bytes().to_vec();
    // TMPDIR missing, TEMP is a file: both skipped; TMP is usable.
    let missing = sb.join("missing");
    let afile = sb.join("afile");
    let os = seam(
        Some(missing.as_os_str().as_encoded_bytes()),
        Some(afile.as_os_str().as_encoded_bytes()),
        Some(&good_b),
        b"/",
    );
    let t = Tempfile::builder().os(os.clone()).build();
    os.start_log();
    assert_eq!(t.gettempdir().unwrap(), good_b);
    // One failed open in each bad directory, then open, write, close, unlink in the good one.
    assert_eq!(os.count(Call::Open), 3);
    assert_eq!(os.count(Call::Write), 1);
    assert_eq!(os.count(Call::Close), 1);
    assert_eq!(os.count(Call::Unlink), 1);
    assert!(
        std::fs::read_dir(&good).unwrap().next().is_none(),
        "probe file left behind"
    );
    // The probe file was created with CPython's flags directly in the directory.
    let log = os.log();
    let created = log
        .iter()
        .find(|c| c.call == Call::Open && c.result.is_ok())
        .unwrap();
    let p = created.path.as_ref().unwrap();
    assert!(
        p.starts_with(&good_b) && p.len() == good_b.len() + 9,
        "{}",
        String::from_utf8_lossy(p)
    );
    // Cached: a second call makes no system call.
    os.reset_counts();
    assert_eq!(t.gettempdir().unwrap(), good_b);
    assert_eq!(os.syscalls(), 0);
    assert_eq!(t.tempdir(), Some(Arg::Str(good_b.clone())));
}

// POSIX: changes the working directory in a forked child; the nt candidates and their abspath are in tests/nt_logic.rs and tests/windows.rs.
#[cfg(unix)]
#[test]
fn relative_candidates_are_made_absolute_except_dot() {
    let sb = Sandbox::new("probe-rel");
    std::fs::create_dir(sb.join("rel")).unwrap();
    let os = seam(Some(b"rel/./"), None, None, &sb.bytes());
    let t = Tempfile::builder().os(os).build();
    assert_eq!(
        t.gettempdir().unwrap(),
        sb.join("rel").as_os_str().as_encoded_bytes()
    );
    // "." stays relative: probe only "." by making every absolute candidate fail.
    // "/tmp/", "/var/tmp/" and "/usr/tmp/" all contain "tmp/"; "./name" does not.
    let os =
        FaultyOs::new().with_fault(Fault::every(Call::Open, libc::EACCES).path_contains("tmp/"));
    os.set_cwd(Err(Errno(libc::ENOENT)));
    let os = Arc::new(
        os.with_env("TMPDIR", None)
            .with_env("TEMP", None)
            .with_env("TMP", None),
    );
    let t = Tempfile::builder().os(os.clone()).build();
    let dir = sb.path.clone();
    // The relative probe of "." writes in the process's cwd; run it in a child that chdirs.
    let status = pytempfile::os::fork_wait(move || {
        std::env::set_current_dir(&dir).unwrap();
        let got = t.gettempdir().unwrap();
        i32::from(got != b".")
    })
    .unwrap();
    assert_eq!(status, 0);
    assert!(
        sb.entries().iter().all(|e| e == "rel"),
        "probe left {:?}",
        sb.entries()
    );
}

#[test]
fn setting_tempdir_overrides_and_none_recomputes() {
    let sb = Sandbox::new("override");
    let (a, b) = (sb.join("a"), sb.join("b"));
    std::fs::create_dir(&a).unwrap();
    std::fs::create_dir(&b).unwrap();
    let os = seam(Some(a.as_os_str().as_encoded_bytes()), None, None, b"/");
    let t = Tempfile::builder().os(os.clone()).build();
    assert_eq!(t.gettempdir().unwrap(), a.as_os_str().as_encoded_bytes());
    // Changing the environment alone changes nothing: the value is cached.
    os.set_env("TMPDIR", Some(b.as_os_str().as_encoded_bytes()));
    assert_eq!(t.gettempdir().unwrap(), a.as_os_str().as_encoded_bytes());
    // tempdir = None recomputes (test_case_sensitive).
    t.set_tempdir(None);
    assert_eq!(t.gettempdir().unwrap(), b.as_os_str().as_encoded_bytes());
    // Any assigned value is used as-is, relative or not even existing.
    t.set_tempdir(Some(Arg::from("not/checked")));
    assert_eq!(t.gettempdir().unwrap(), b"not/checked");
    assert_eq!(t.gettempdirb().unwrap(), b"not/checked");
    t.set_tempdir(Some(Arg::bytes(b"/bytes/dir".to_vec())));
    assert_eq!(t.gettempdir().unwrap(), b"/bytes/dir");
    // A non-path value fails where os.fsdecode fails.
    t.set_tempdir(Some(Arg::other("int")));
    let e = t.gettempdir().unwrap_err();
    assert_eq!(
        (e.class(), e.to_string().as_str()),
        (
            ExcClass::TypeError,
            "expected str, bytes or os.PathLike object, not int"
        )
    );
}

#[test]
fn mkstemp_uses_the_probed_directory_with_the_default_arguments() {
    let sb = Sandbox::new("probe-mkstemp");
    let os = seam(Some(&sb.bytes()), None, None, b"/");
    let t = Tempfile::builder().os(os).build();
    let (_, p) = t.mkstemp(&Params::new(), false).unwrap();
    assert_eq!(p.as_path().parent().unwrap(), sb.path);
    let (_, p) = t.mkstemp(&Params::new().suffix(&b""[..]), false).unwrap();
    assert_eq!(p.as_path().parent().unwrap(), sb.path);
}

// POSIX: the candidate list in the message (nt: tests/windows.rs).
#[cfg(unix)]
#[test]
fn nothing_usable_is_file_not_found_listing_the_original_candidates() {
    let os = seam(Some(b"rel_nonexist"), Some(b"/nonexist_a"), None, b"/cwd_x");
    os.add_fault(Fault::every(Call::Open, libc::EROFS));
    let t = Tempfile::builder().os(os.clone()).build();
    let e = t.gettempdir().unwrap_err();
    assert_eq!(
        (e.class(), e.errno()),
        (ExcClass::FileNotFoundError, Some(libc::ENOENT))
    );
    assert_eq!(e.filename(), None);
    assert_eq!(
        e.to_string(),
        "[Errno 2] No usable temporary directory found in ['rel_nonexist', '/nonexist_a', '/tmp', '/var/tmp', '/usr/tmp', '/cwd_x']"
    );
    // One attempt per directory for an error other than "exists".
    assert_eq!(os.count(Call::Open), 6);
    // Not cached: the next call probes again.
    assert!(t.tempdir().is_none());
    assert!(t.mkstemp(&Params::new(), false).is_err());
    assert_eq!(os.count(Call::Open), 12);
}

// POSIX: 4 candidates (nt has 7: tests/windows.rs).
#[cfg(unix)]
#[test]
fn exists_tries_100_names_per_directory_before_3_13_18_and_tmp_max_after() {
    for (version, per_dir) in [(PyVersion::V3_13, 100), (PyVersion::V3_13_18, 20)] {
        let os = seam(None, None, None, b"/cwd_y");
        os.add_fault(Fault::every(Call::Open, libc::EEXIST));
        let t = Tempfile::builder().os(os.clone()).version(version).build();
        let e = t.gettempdir().unwrap_err();
        assert_eq!(e.class(), ExcClass::FileNotFoundError);
        assert_eq!(os.count(Call::Open), 4 * per_dir, "{version}");
    }
}

#[test]
fn gettempprefix_follows_template() {
    let t = Tempfile::builder().build();
    assert_eq!(t.gettempprefix().unwrap(), b"tmp");
    assert_eq!(t.gettempprefixb().unwrap(), b"tmp");
    t.set_template(&b"bt"[..]);
    assert_eq!(t.gettempprefix().unwrap(), b"bt");
    t.set_template(Arg::other("int"));
    assert_eq!(t.gettempprefix().unwrap_err().class(), ExcClass::TypeError);
}

#[test]
fn the_global_instance_works_with_the_real_environment() {
    let dir = pytempfile::gettempdir().unwrap();
    assert!(dir.is_absolute() && dir.is_dir());
    assert_eq!(
        pytempfile::gettempdirb().unwrap(),
        dir.as_os_str().as_encoded_bytes()
    );
    assert_eq!(pytempfile::gettempprefix().unwrap(), b"tmp");
    assert!(std::ptr::eq(Tempfile::global(), Tempfile::global()));
}

/// A failure of the seam that is no OS error (the binding's seam reports a Python exception
/// raised by a patched `os.open` this way) is raised at once by the probe, never taken for an
/// unusable directory, and nothing is cached.
#[test]
fn a_foreign_failure_in_the_probe_is_raised_at_once() {
    let os = seam(None, None, None, b"/cwd_f");
    os.add_fault(Fault::nth_of(Call::Open, 1, Errno::FOREIGN.0));
    let t = Tempfile::builder().os(os.clone()).build();
    let e = t.gettempdir().unwrap_err();
    assert_eq!(e.class(), ExcClass::Foreign);
    assert_eq!(os.count(Call::Open), 1);
    assert!(t.tempdir().is_none());
}
