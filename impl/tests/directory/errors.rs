//! Cleanup errors: `ignore_cleanup_errors`, and the `filename` each CPython version reports.

use super::*;

#[test]
fn ignore_cleanup_errors_swallows_an_unlink_eio() {
    let sb = Sandbox::new("ignore-eio");
    for version in PyVersion::ALL {
        let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Unlinkat, libc::EIO)));
        let (t, events) = module_with_events(&sb, version, Some(os.clone()));
        let mut d = t
            .temporary_directory(
                &Params::new(),
                DirOptions::new().ignore_cleanup_errors(true),
            )
            .unwrap();
        let top = d.path().to_path_buf();
        fs::create_dir(top.join("sub")).unwrap();
        fs::write(top.join("sub/x"), b"x").unwrap();
        d.cleanup().unwrap();
        assert!(top.join("sub/x").exists(), "{version}");
        assert!(os.count(Call::Unlinkat) >= 1);
        drop(d);
        assert!(warnings(&events).is_empty());
        fs::remove_dir_all(&top).unwrap();
    }
}

#[test]
fn unlink_eio_error_names_what_each_version_names() {
    let sb = Sandbox::new("eio-filename");
    for version in PyVersion::ALL {
        let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Unlinkat, libc::EIO)));
        let t = Tempfile::builder().version(version).os(os.clone()).build();
        t.set_tempdir(Some(Arg::str(sb.path())));
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        let sub = top.join("sub");
        fs::create_dir(&sub).unwrap();
        fs::write(sub.join("x"), b"x").unwrap();
        let err = d.cleanup().unwrap_err();
        assert_eq!(err.class(), ExcClass::OSError, "{version}");
        assert_eq!(err.errno(), Some(libc::EIO));
        assert_eq!(err.message(), "Input/output error");
        // Verified with CPython: 3.13's shutil re-raises through its outer handler, which sets
        // filename to the directory being processed; 3.10-3.12 keep os.unlink's own argument,
        // the bare entry name (it was called with dir_fd).
        let (filename, shown) = if version.at_least(PyVersion::V3_13) {
            (sub.as_os_str().as_bytes().to_vec(), str_repr(&sub))
        } else {
            (b"x".to_vec(), "'x'".to_string())
        };
        assert_eq!(err.filename(), Some(&Filename::Str(filename)), "{version}");
        assert_eq!(
            err.to_string(),
            format!("[Errno 5] Input/output error: {shown}")
        );
        assert!(sub.join("x").exists());
        fs::remove_dir_all(&top).unwrap();
    }
}

/// A failure of a caller's seam that is no OS error (`Errno::FOREIGN`: the binding's seam
/// reports a Python exception raised by a patched `os.rmdir` this way) is raised from wherever
/// cleanup meets it, and `ignore_cleanup_errors` never swallows it: neither the fast path's
/// `rmdir` of an empty directory (which must not take it for "not empty" and walk on), nor an
/// `unlinkat` deep in a tree.
#[test]
fn a_foreign_failure_is_raised_wherever_cleanup_meets_it() {
    let sb = Sandbox::new("foreign");
    for ignore in [false, true] {
        for (call, fill) in [(Call::Rmdir, false), (Call::Unlinkat, true)] {
            let os = Arc::new(FaultyOs::new());
            let t = Tempfile::builder()
                .version(PyVersion::V3_13)
                .os(os.clone())
                .build();
            let mut d = t
                .temporary_directory(
                    &Params::new().dir(sb.path()),
                    DirOptions::new().ignore_cleanup_errors(ignore),
                )
                .unwrap();
            let top = d.path().to_path_buf();
            if fill {
                fs::write(top.join("x"), b"x").unwrap();
            }
            os.add_fault(Fault::nth_of(call, 1, pytempfile::os::Errno::FOREIGN.0));
            os.reset_counts();
            let e = d.cleanup().unwrap_err();
            let what = format!("{call:?}, ignore_cleanup_errors={ignore}");
            assert_eq!(e.class(), ExcClass::Foreign, "{what}");
            assert_eq!(e.errno(), None, "{what}");
            assert!(top.is_dir(), "{what}");
            if !fill {
                // Nothing after the failing rmdir: no open of the top, no second rmdir.
                assert_eq!(os.counts(), vec![(Call::Rmdir, 1)], "{what}");
            }
            os.clear_faults();
            d.cleanup().unwrap();
            assert!(!exists_nofollow(&top), "{what}");
        }
    }
}
