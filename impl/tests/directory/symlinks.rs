//! What cleanup must never follow or block on: the top replaced by a symlink or a file, and
//! symlinks, FIFOs and outside targets inside the tree.

use super::*;

/// A TemporaryDirectory whose directory was removed behind its back (the test then puts
/// something else at `top`).
fn emptied_top(t: &Tempfile) -> (TemporaryDirectory, PathBuf) {
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();
    fs::remove_dir(&top).unwrap();
    (d, top)
}

#[test]
fn top_replaced_by_a_symlink_is_refused_and_the_target_untouched() {
    let sb = Sandbox::new("top-symlink");
    let outside = sb.join("outside");
    fs::create_dir(&outside).unwrap();
    fs::write(outside.join("keep"), b"precious").unwrap();
    fs::create_dir(outside.join("sub")).unwrap();
    fs::write(outside.join("sub").join("keep2"), b"precious2").unwrap();
    set_mode(&outside, 0o755).unwrap();
    for version in PyVersion::ALL {
        let (mut d, top) = emptied_top(&module(&sb, version));
        symlink(&outside, &top).unwrap();
        let err = d.cleanup().unwrap_err();
        assert_eq!(err.class(), ExcClass::OSError, "{version}");
        assert_eq!(err.errno(), None, "{version}");
        assert_eq!(err.message(), "Cannot call rmtree on a symbolic link");
        if version.at_least(PyVersion::V3_13) {
            // 3.13's shutil sets err.filename = path.
            assert_eq!(
                err.filename(),
                Some(&Filename::Str(top.as_os_str().as_bytes().to_vec()))
            );
            assert_eq!(
                err.to_string(),
                format!("[Errno None] None: {}", str_repr(&top))
            );
        } else {
            assert_eq!(err.filename(), None, "{version}");
            assert_eq!(err.to_string(), "Cannot call rmtree on a symbolic link");
        }
        assert_eq!(fs::read(outside.join("keep")).unwrap(), b"precious");
        assert_eq!(
            fs::read(outside.join("sub").join("keep2")).unwrap(),
            b"precious2"
        );
        assert_eq!(mode_of(&outside), 0o755);
        // The symlink itself is left where it was, as CPython leaves it.
        assert!(fs::symlink_metadata(&top).unwrap().file_type().is_symlink());
        fs::remove_file(&top).unwrap();
    }
}

#[test]
fn top_replaced_by_a_dangling_symlink_is_silent() {
    // Verified on CPython 3.10 and 3.13: the open follows the link, gets FileNotFoundError,
    // and the handler ignores it; the link stays.
    let sb = Sandbox::new("top-dangling");
    for version in PyVersion::ALL {
        let (mut d, top) = emptied_top(&module(&sb, version));
        symlink(sb.join("nonexistent"), &top).unwrap();
        d.cleanup().unwrap();
        assert!(fs::symlink_metadata(&top).unwrap().file_type().is_symlink());
        fs::remove_file(&top).unwrap();
    }
}

#[test]
fn top_replaced_by_a_file_is_not_a_directory_error() {
    let sb = Sandbox::new("top-file");
    for version in PyVersion::ALL {
        let (mut d, top) = emptied_top(&module(&sb, version));
        fs::write(&top, b"a file").unwrap();
        let err = d.cleanup().unwrap_err();
        assert_eq!(err.class(), ExcClass::NotADirectoryError, "{version}");
        assert_eq!(err.errno(), Some(libc::ENOTDIR));
        assert_eq!(
            err.filename(),
            Some(&Filename::Str(top.as_os_str().as_bytes().to_vec()))
        );
        assert_eq!(
            err.to_string(),
            format!("[Errno 20] Not a directory: {}", str_repr(&top))
        );
        assert_eq!(fs::read(&top).unwrap(), b"a file");
        fs::remove_file(&top).unwrap();
    }
}

// ---------------------------------------------------------------------------------------------
// Symlinks, fifos and outside targets inside the tree
// ---------------------------------------------------------------------------------------------

/// Targets outside the tree that symlinks inside it point to.
struct Outside {
    file: PathBuf,
    dir: PathBuf,
    dir_file: PathBuf,
}

fn make_outside(sb: &Sandbox, tag: &str) -> Outside {
    let base = sb.join(format!("outside-{tag}"));
    fs::create_dir(&base).unwrap();
    let file = base.join("target-file");
    fs::write(&file, b"target file contents").unwrap();
    set_mode(&file, 0o644).unwrap();
    let dir = base.join("target-dir");
    fs::create_dir(&dir).unwrap();
    let dir_file = dir.join("inner");
    fs::write(&dir_file, b"inner contents").unwrap();
    set_mode(&dir_file, 0o600).unwrap();
    set_mode(&dir, 0o755).unwrap();
    Outside {
        file,
        dir,
        dir_file,
    }
}

fn assert_outside_intact(o: &Outside) {
    assert_eq!(fs::read(&o.file).unwrap(), b"target file contents");
    assert_eq!(mode_of(&o.file), 0o644);
    assert_eq!(mode_of(&o.dir), 0o755);
    assert_eq!(fs::read(&o.dir_file).unwrap(), b"inner contents");
    assert_eq!(mode_of(&o.dir_file), 0o600);
    assert_eq!(tree(&o.dir), vec!["inner".to_string()]);
}

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    let ret = unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
    assert_eq!(ret, 0, "mkfifo {}", p.display());
}

#[test]
fn symlinks_inside_are_removed_and_their_targets_untouched() {
    let sb = Sandbox::new("links");
    for version in PyVersion::ALL {
        let o = make_outside(&sb, &version.to_string());
        let t = module(&sb, version);
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        symlink(&o.file, top.join("link-file")).unwrap();
        symlink(&o.dir, top.join("link-dir")).unwrap();
        symlink(top.join("nonexistent"), top.join("dangling")).unwrap();
        symlink("relative/nonexistent", top.join("dangling-rel")).unwrap();
        mkfifo(&top.join("fifo"));
        fs::create_dir_all(top.join("a/b")).unwrap();
        symlink(&o.dir, top.join("a/b/link-dir")).unwrap();
        symlink(&o.file, top.join("a/link-file")).unwrap();
        symlink(&o.dir_file, top.join("a/b/link-inner")).unwrap();
        mkfifo(&top.join("a/b/fifo"));
        // A link to the tree's own parent.
        symlink(sb.path(), top.join("a/link-parent")).unwrap();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
        assert_outside_intact(&o);
    }
}

/// A fifo where the directory was: CPython 3.10-3.12's rmtree opens the top with a blocking
/// `open(O_RDONLY)` and hangs there forever (no writer ever comes). pytempfile must return, with
/// an error or having removed the fifo, and never touch anything else. The cleanup runs on a
/// thread so that a hang fails the test instead of stalling the run.
#[test]
fn fifo_in_place_of_the_directory_never_blocks_cleanup() {
    let sb = Sandbox::new("fifo-top");
    for version in PyVersion::ALL {
        let (mut d, top) = emptied_top(&module(&sb, version));
        mkfifo(&top);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let res = d.cleanup().map_err(|e| (e.class(), e.errno()));
            let _ = tx.send(res);
        });
        let res = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("{version}: cleanup blocked on a fifo at the top"));
        match res {
            Ok(()) => assert!(!exists_nofollow(&top), "{version}: Ok but fifo left"),
            Err((class, errno)) => {
                assert_eq!(class, ExcClass::NotADirectoryError, "{version}");
                assert_eq!(errno, Some(libc::ENOTDIR), "{version}");
                let _ = fs::remove_file(&top);
            }
        }
    }
}
