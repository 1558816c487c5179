//! Modes (CPython's `test_modes` idea): every mode on every directory and file is removed, with
//! and without `CAP_DAC_OVERRIDE`, and the permission reset never follows a symlink.

use super::*;

/// Build a tree, give every file and directory (the top included) `mode`, bottom-up, and check
/// that cleanup removes everything. Runs with whatever privileges the caller has.
fn modes_case(t: &Tempfile, mode: u32, mixed: bool) -> Result<(), String> {
    let mut d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .map_err(|e| format!("create: {e}"))?;
    let top = d.path().to_path_buf();
    let (dirs, files) = make_tree(&top, 3, 2, 2);
    for (i, f) in files.iter().enumerate() {
        let m = if mixed { ((i as u32) % 8) << 6 } else { mode };
        set_mode(f, m)?;
    }
    for (i, dir) in dirs.iter().enumerate().rev() {
        let m = if mixed {
            ((i as u32 + 3) % 8) << 6
        } else {
            mode
        };
        set_mode(dir, m)?;
    }
    set_mode(&top, mode)?;
    let res = d.cleanup();
    ensure(res.is_ok(), || {
        format!("mode {mode:o} mixed={mixed}: cleanup failed: {res:?}")
    })?;
    ensure(!exists_nofollow(&top), || {
        format!(
            "mode {mode:o} mixed={mixed}: {} still exists",
            top.display()
        )
    })
}

#[test]
fn every_mode_is_removed_without_dac_override() {
    let sb = Sandbox::new("modes-nodac");
    let root = sb.path().to_path_buf();
    let outcome = in_dac_dropped_child(&sb, move || {
        // The DAC bypass is really gone: a 0o000 directory cannot be listed.
        let probe = root.join("probe");
        fs::create_dir(&probe).map_err(|e| e.to_string())?;
        set_mode(&probe, 0o000)?;
        let listed = fs::read_dir(&probe).is_ok();
        set_mode(&probe, 0o700)?;
        fs::remove_dir(&probe).map_err(|e| e.to_string())?;
        ensure(!listed, || {
            "a 0o000 directory is still readable".to_string()
        })?;
        for version in PyVersion::ALL {
            let t = Tempfile::builder().version(version).build();
            t.set_tempdir(Some(Arg::str(root.as_path())));
            for m in 0..8u32 {
                modes_case(&t, m << 6, false).map_err(|e| format!("{version}: {e}"))?;
            }
            modes_case(&t, 0o000, true).map_err(|e| format!("{version}: {e}"))?;
            modes_case(&t, 0o500, true).map_err(|e| format!("{version}: {e}"))?;
        }
        Ok(())
    });
    if let ChildOutcome::Passed = outcome {
        assert_eq!(tree(sb.path()), Vec::<String>::new());
    }
}

#[test]
fn every_mode_is_removed_as_root() {
    let sb = Sandbox::new("modes-root");
    let t = module(&sb, PyVersion::V3_13);
    for m in 0..8u32 {
        modes_case(&t, m << 6, false).unwrap();
    }
    modes_case(&t, 0o000, true).unwrap();
    assert_eq!(tree(sb.path()), Vec::<String>::new());
}

#[test]
fn permission_reset_never_follows_symlinks() {
    let sb = Sandbox::new("reset-nofollow");
    let root = sb.path().to_path_buf();
    in_dac_dropped_child(&sb, move || {
        for version in PyVersion::ALL {
            let t = Tempfile::builder().version(version).build();
            t.set_tempdir(Some(Arg::str(root.as_path())));
            let outside = root.join(format!("victims-{version}"));
            fs::create_dir(&outside).map_err(|e| e.to_string())?;
            let victim = outside.join("victim");
            fs::write(&victim, b"victim").map_err(|e| e.to_string())?;
            set_mode(&victim, 0o400)?;
            let victim_dir = outside.join("victim-dir");
            fs::create_dir(&victim_dir).map_err(|e| e.to_string())?;
            set_mode(&victim_dir, 0o500)?;

            // The brief's case: a read-only subdirectory holding a link to a 0o400 file.
            let mut d = t
                .temporary_directory(&Params::new(), DirOptions::new())
                .map_err(|e| e.to_string())?;
            let top = d.path().to_path_buf();
            let ro = top.join("ro");
            fs::create_dir(&ro).map_err(|e| e.to_string())?;
            symlink(&victim, ro.join("link")).map_err(|e| e.to_string())?;
            symlink(&victim_dir, ro.join("link-dir")).map_err(|e| e.to_string())?;
            set_mode(&ro, 0o500)?;
            let res = d.cleanup();
            ensure(res.is_ok(), || format!("{version}: cleanup: {res:?}"))?;
            ensure(!exists_nofollow(&top), || format!("{version}: top left"))?;
            ensure(mode_of(&victim) == 0o400, || {
                format!("{version}: victim mode now {:o}", mode_of(&victim))
            })?;
            ensure(mode_of(&victim_dir) == 0o500, || {
                format!("{version}: victim dir mode now {:o}", mode_of(&victim_dir))
            })?;

            // CPython's test_cleanup_with_symlink_modes idea: a link in a directory of every
            // mode, to an existing file or directory of that mode, or dangling.
            for m in 0..8u32 {
                let mode = m << 6;
                set_mode(&victim, mode)?;
                set_mode(&victim_dir, mode)?;
                for target in [&victim, &victim_dir, &outside.join("nonexistent")] {
                    let mut d = t
                        .temporary_directory(&Params::new(), DirOptions::new())
                        .map_err(|e| e.to_string())?;
                    let top = d.path().to_path_buf();
                    symlink(target, top.join("symlink")).map_err(|e| e.to_string())?;
                    set_mode(&top, mode)?;
                    let res = d.cleanup();
                    ensure(res.is_ok(), || {
                        format!("{version} {mode:o}: cleanup: {res:?}")
                    })?;
                    ensure(!exists_nofollow(&top), || {
                        format!("{version} {mode:o}: top left")
                    })?;
                    ensure(mode_of(&victim) == mode, || {
                        format!("{version}: victim {:o} != {mode:o}", mode_of(&victim))
                    })?;
                    ensure(mode_of(&victim_dir) == mode, || {
                        format!(
                            "{version}: victim dir {:o} != {mode:o}",
                            mode_of(&victim_dir)
                        )
                    })?;
                }
            }
            set_mode(&victim_dir, 0o700)?;
        }
        Ok(())
    });
}
