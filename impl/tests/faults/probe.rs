//! The default-directory probe (`_get_default_tempdir`) under failures: which errors move on to
//! the next candidate, after how many names, and what is left behind.

use super::*;

/// A FaultyOs whose environment names `tmpdir` (and no TEMP/TMP) and whose cwd is `cwd`.
fn probe_os(tmpdir: &[u8], temp: Option<&[u8]>, tmp: Option<&[u8]>, cwd: &Path) -> Arc<FaultyOs> {
    let os = FaultyOs::new()
        .with_env("TMPDIR", Some(tmpdir))
        .with_env("TEMP", temp)
        .with_env("TMP", tmp);
    os.set_cwd(Ok(bytes(cwd)));
    Arc::new(os)
}

fn dirname(p: &[u8]) -> Vec<u8> {
    let i = p.iter().rposition(|&c| c == b'/').unwrap();
    p[..i].to_vec()
}

/// The directories the probe's `open` calls went to, in order, with their attempt counts.
fn opens_per_dir(log: &[LoggedCall]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for c in log.iter().filter(|c| c.call == Call::Open) {
        let path = c.path.as_ref().unwrap();
        let name = &path[path.len() - 8..];
        assert!(
            name.iter()
                .all(|b| b"abcdefghijklmnopqrstuvwxyz0123456789_".contains(b)),
            "probe name {}",
            String::from_utf8_lossy(path)
        );
        let dir = String::from_utf8(dirname(path)).unwrap();
        match out.last_mut() {
            Some((d, n)) if *d == dir => *n += 1,
            _ => out.push((dir, 1)),
        }
    }
    out
}

/// Names tried per directory: 100 before 3.13.18, `TMP_MAX` (read at call time) after.
#[test]
fn probe_eexist_tries_a_fixed_number_of_names_per_directory() {
    let _serial = serial();
    let sb = Sandbox::new("probe-eexist");
    fs::create_dir(sb.join("a")).unwrap();
    fs::create_dir(sb.join("cwd")).unwrap();
    assert_eq!(pytempfile::PROBE_NAMES_PER_DIR, 100);
    for (version, tmp_max, per_dir) in [
        (PyVersion::new(3, 13, 0), None, 100),
        (PyVersion::new(3, 13, 18), None, 20),
        (PyVersion::new(3, 15, 2), None, 20),
        // 3.13.0 ignores TMP_MAX here; 3.13.18 reads the assigned value.
        (PyVersion::new(3, 13, 0), Some(7), 100),
        (PyVersion::new(3, 14, 10), Some(7), 7),
    ] {
        let ctx = format!("{version} TMP_MAX={tmp_max:?}");
        let before = fd_count();
        let os = probe_os(&bytes(&sb.join("a")), None, None, &sb.join("cwd"));
        os.add_fault(Fault::every(Call::Open, libc::EEXIST));
        let t = Tempfile::builder().os(os.clone()).version(version).build();
        if let Some(n) = tmp_max {
            t.set_tmp_max(n);
        }
        os.start_log();
        let err = t.get_default_tempdir().unwrap_err();
        let log = os.log();
        let a = sb.join("a").display().to_string();
        let cwd = sb.join("cwd").display().to_string();
        assert_eq!(
            opens_per_dir(&log),
            vec![
                (a.clone(), per_dir),
                ("/tmp".to_string(), per_dir),
                ("/var/tmp".to_string(), per_dir),
                ("/usr/tmp".to_string(), per_dir),
                (cwd.clone(), per_dir),
            ],
            "{ctx}"
        );
        // Within a directory, every attempt is a new name.
        let mut names: Vec<&Vec<u8>> = log
            .iter()
            .take(per_dir)
            .map(|c| c.path.as_ref().unwrap())
            .collect();
        names.sort();
        names.dedup();
        assert!(
            names.len() + 5 > per_dir,
            "{ctx}: {} distinct names of {per_dir}",
            names.len()
        );
        assert!(
            log.iter().all(|c| c.call == Call::Open && c.injected),
            "{ctx}"
        );
        assert_eq!(err.class(), ExcClass::FileNotFoundError, "{ctx}");
        assert_eq!(err.errno(), Some(libc::ENOENT), "{ctx}");
        assert_eq!(err.filename(), None, "{ctx}");
        assert_eq!(
            err.to_string(),
            format!(
                "[Errno 2] No usable temporary directory found in ['{a}', '/tmp', '/var/tmp', '/usr/tmp', '{cwd}']"
            ),
            "{ctx}"
        );
        assert_eq!(
            tree(sb.path()),
            vec!["a".to_string(), "cwd".to_string()],
            "{ctx}"
        );
        assert_eq!(fd_count(), before, "{ctx}");
    }
}

#[test]
fn probe_open_errors_move_on_after_one_attempt() {
    let _serial = serial();
    let sb = Sandbox::new("probe-open");
    fs::create_dir(sb.join("a")).unwrap();
    fs::create_dir(sb.join("b")).unwrap();
    let a = bytes(&sb.join("a"));
    let b = bytes(&sb.join("b"));
    for errno in ERRNOS {
        if errno == libc::EEXIST {
            continue;
        }
        let ctx = errname(errno);
        let before = fd_count();
        let os = probe_os(&a, Some(&b), None, sb.path());
        os.add_fault(Fault::nth_of(Call::Open, 1, errno));
        let t = Tempfile::builder().os(os.clone()).build();
        os.start_log();
        let dir = t.get_default_tempdir().unwrap();
        let log = os.log();
        let per_dir = opens_per_dir(&log);
        if errno == libc::EINTR {
            // os.open retries EINTR itself: the same name, the same directory.
            assert_eq!(dir, a, "{ctx}");
            assert_eq!(
                per_dir,
                vec![(sb.join("a").display().to_string(), 2)],
                "{ctx}"
            );
            assert_eq!(log[0].path, log[1].path, "{ctx}");
        } else {
            // A permission error (POSIX) or any other OSError: next directory after 1 try.
            assert_eq!(dir, b, "{ctx}");
            assert_eq!(
                per_dir,
                vec![
                    (sb.join("a").display().to_string(), 1),
                    (sb.join("b").display().to_string(), 1)
                ],
                "{ctx}"
            );
        }
        // The successful attempt: open, write b'blat', close, unlink.
        let tail: Vec<Call> = log.iter().rev().take(4).rev().map(|c| c.call).collect();
        assert_eq!(
            tail,
            vec![Call::Open, Call::Write, Call::Close, Call::Unlink],
            "{ctx}"
        );
        assert_eq!(os.count(Call::Write), 1, "{ctx}");
        assert!(unclosed_fds(&log).is_empty(), "{ctx}");
        assert_eq!(
            tree(sb.path()),
            vec!["a".to_string(), "b".to_string()],
            "{ctx}"
        );
        assert_eq!(fd_count(), before, "{ctx}");
    }
}

/// A failure after the probe file was created (write, close, unlink).
fn probe_late_failure(call: Call) {
    let _serial = serial();
    let sb = Sandbox::new(&format!("probe-{call:?}"));
    fs::create_dir(sb.join("a")).unwrap();
    fs::create_dir(sb.join("b")).unwrap();
    let a = bytes(&sb.join("a"));
    let b = bytes(&sb.join("b"));
    for errno in ERRNOS {
        let ctx = format!("{call:?} {}", errname(errno));
        let before = fd_count();
        let os = probe_os(&a, None, Some(&b), sb.path());
        os.add_fault(Fault::nth_of(call, 1, errno));
        let t = Tempfile::builder().os(os.clone()).build();
        os.start_log();
        let dir = t.get_default_tempdir().unwrap();
        let log = os.log();
        let first_file = log[0].path.clone().unwrap();
        assert_eq!(dirname(&first_file), a, "{ctx}");
        let calls: Vec<Call> = log.iter().map(|c| c.call).collect();
        if call == Call::Write && errno == libc::EINTR {
            // os.write retries EINTR: the directory is usable.
            assert_eq!(dir, a, "{ctx}");
            assert_eq!(
                calls,
                vec![
                    Call::Open,
                    Call::Write,
                    Call::Write,
                    Call::Close,
                    Call::Unlink
                ],
                "{ctx}"
            );
        } else {
            // Any OSError (close and unlink are never retried) makes the directory unusable;
            // the file is still closed and unlinked, then the next directory is tried.
            assert_eq!(dir, b, "{ctx}");
            assert_eq!(
                calls,
                vec![
                    Call::Open,
                    Call::Write,
                    Call::Close,
                    Call::Unlink,
                    Call::Open,
                    Call::Write,
                    Call::Close,
                    Call::Unlink
                ],
                "{ctx}"
            );
            assert_eq!(
                log[3].path.as_ref(),
                Some(&first_file),
                "{ctx}: unlinks its own file"
            );
        }
        assert!(unclosed_fds(&log).is_empty(), "{ctx}");
        let mut expect_left = vec!["a".to_string(), "b".to_string()];
        if call == Call::Unlink {
            // The unlink itself failed: the probe file stays, as in CPython.
            let name = String::from_utf8(first_file[a.len() + 1..].to_vec()).unwrap();
            expect_left.push(format!("a/{name}"));
            expect_left.sort();
            assert_eq!(tree(sb.path()), expect_left, "{ctx}");
            fs::remove_file(Path::new(std::ffi::OsStr::from_bytes(&first_file))).unwrap();
        } else {
            assert_eq!(tree(sb.path()), expect_left, "{ctx}: nothing left behind");
        }
        assert_eq!(fd_count(), before, "{ctx}");
    }
}

#[test]
fn probe_write_failure_closes_unlinks_and_moves_on() {
    probe_late_failure(Call::Write);
}

#[test]
fn probe_close_failure_unlinks_and_moves_on() {
    probe_late_failure(Call::Close);
}

#[test]
fn probe_unlink_failure_moves_on() {
    probe_late_failure(Call::Unlink);
}

#[test]
fn probe_with_no_usable_directory_lists_the_original_candidates() {
    let _serial = serial();
    let sb = Sandbox::new("probe-none");
    let cwd = sb.join("cwd");
    fs::create_dir(&cwd).unwrap();
    let before = fd_count();
    // TEMP is empty: skipped. TMPDIR is relative: probed as cwd/relT, listed as 'relT'.
    let os = probe_os(b"relT", Some(b""), Some(b"/nonexistent_x"), &cwd);
    os.add_fault(Fault::every(Call::Open, libc::EACCES));
    let t = Tempfile::builder().os(os.clone()).build();
    assert_eq!(t.tempdir(), None);
    os.start_log();
    let err = t.gettempdir().unwrap_err();
    let log = os.log();
    let cwd_s = cwd.display().to_string();
    assert_eq!(
        opens_per_dir(&log),
        vec![
            (format!("{cwd_s}/relT"), 1),
            ("/nonexistent_x".to_string(), 1),
            ("/tmp".to_string(), 1),
            ("/var/tmp".to_string(), 1),
            ("/usr/tmp".to_string(), 1),
            (cwd_s.clone(), 1),
        ]
    );
    assert_eq!(err.class(), ExcClass::FileNotFoundError);
    assert_eq!(err.errno(), Some(libc::ENOENT));
    assert_eq!(err.filename(), None);
    let message = format!(
        "No usable temporary directory found in ['relT', '/nonexistent_x', '/tmp', '/var/tmp', '/usr/tmp', '{cwd_s}']"
    );
    assert_eq!(err.message(), message);
    assert_eq!(err.to_string(), format!("[Errno 2] {message}"));
    // Nothing was cached: the next call probes again.
    assert_eq!(t.tempdir(), None);
    os.clear_faults();
    os.set_env("TMPDIR", Some(&bytes(&cwd)));
    assert_eq!(t.gettempdir().unwrap(), bytes(&cwd));
    assert_eq!(t.tempdir(), Some(Arg::Str(bytes(&cwd))));
    assert!(unclosed_fds(&os.log()).is_empty());
    assert_eq!(tree(sb.path()), vec!["cwd".to_string()]);
    assert_eq!(fd_count(), before);
}
