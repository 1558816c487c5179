//! The system calls cleanup costs.

use super::*;

#[test]
fn an_empty_directory_costs_two_syscalls() {
    let sb = Sandbox::new("budget");
    for version in PyVersion::ALL {
        let os = Arc::new(FaultyOs::new());
        let t = Tempfile::builder().version(version).os(os.clone()).build();
        let params = Params::new().dir(sb.path());
        let mut d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        let top = d.path().to_path_buf();
        assert!(top.is_dir());
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top));
        assert_eq!(
            os.counts(),
            vec![(Call::Mkdir, 1), (Call::Rmdir, 1)],
            "{version}"
        );
        assert_eq!(os.syscalls(), 2, "{version}");
        // Through exit too.
        os.reset_counts();
        let d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        d.exit().unwrap();
        assert_eq!(os.syscalls(), 2, "{version}");
    }
}

/// A tree refilled on every pass (here a seam whose every `rmdir` says `ENOTEMPTY`, as if an
/// attacker moved entries back each time) costs a bounded number of passes: the retry budget is
/// spent, then the last error is raised. Each pass ends with one `rmdir` of the top, so the
/// whole cleanup is the fast path's `rmdir`, the budget's 4,096 retries and the failing last
/// pass. A watcher ends a cleanup that would never give up by lifting the fault (the next
/// `rmdir` then succeeds), so a walker without a budget fails this test instead of hanging it.
#[test]
fn a_tree_refilled_on_every_pass_spends_the_retry_budget_then_raises() {
    let sb = Sandbox::new("budget-refill");
    for version in [PyVersion::V3_10, PyVersion::V3_15] {
        let os = Arc::new(FaultyOs::new());
        let t = Tempfile::builder().version(version).os(os.clone()).build();
        let params = Params::new().dir(sb.path());
        let d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        let top = d.path().to_path_buf();
        os.add_fault(Fault::every(Call::Rmdir, libc::ENOTEMPTY));
        let (r, d, lifted) = cleanup_watched(&os, d, Call::Rmdir, 4 * RETRY_BUDGET);
        assert!(!lifted, "{version}: cleanup kept retrying past its budget");
        let e = r.unwrap_err();
        assert_eq!(e.class(), ExcClass::OSError, "{version}");
        assert_eq!(e.errno(), Some(libc::ENOTEMPTY), "{version}");
        assert_eq!(
            e.filename(),
            Some(&Filename::Str(top.as_os_str().as_bytes().to_vec())),
            "{version}"
        );
        assert_eq!(os.count(Call::Rmdir), 1 + RETRY_BUDGET + 1, "{version}");
        assert!(top.is_dir(), "{version}");
        os.clear_faults();
        drop(d);
        fs::remove_dir_all(&top).ok();
    }
}

/// A symlink in the tree costs its `unlinkat` and nothing else: the listing's type says it is
/// a link, so it is never stat'ed through (`fstatat` following it) nor opened, whatever it
/// points at. Its targets outside the tree are untouched.
#[test]
fn a_symlink_in_the_tree_is_unlinked_never_stated_through_or_opened() {
    let sb = Sandbox::new("budget-links");
    let outside_dir = sb.join("outside-dir");
    fs::create_dir(&outside_dir).unwrap();
    fs::write(outside_dir.join("keep"), b"keep").unwrap();
    let outside_file = sb.join("outside-file");
    fs::write(&outside_file, b"keep").unwrap();
    for version in PyVersion::ALL {
        let os = Arc::new(FaultyOs::new());
        let t = Tempfile::builder().version(version).os(os.clone()).build();
        let params = Params::new().dir(sb.path());
        let mut d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        let top = d.path().to_path_buf();
        symlink(&outside_dir, top.join("to-dir")).unwrap();
        symlink(&outside_file, top.join("to-file")).unwrap();
        symlink(top.join("nowhere"), top.join("dangling")).unwrap();
        os.reset_counts();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
        assert_eq!(os.count(Call::Unlinkat), 3, "{version}");
        assert_eq!(os.count(Call::Fstatat), 0, "{version}: a link was stat'ed");
        assert_eq!(os.count(Call::Openat), 0, "{version}: a link was opened");
        assert_eq!(fs::read(outside_dir.join("keep")).unwrap(), b"keep");
        assert_eq!(fs::read(&outside_file).unwrap(), b"keep");
    }
}
