//! The object: `cleanup()`, `exit()`, `delete`, `keep`, drop (the finalizer) and its events, and
//! the name's kind in `repr()`.

use super::*;

#[test]
fn explicit_cleanup_removes_a_nested_tree_and_can_run_twice() {
    let sb = Sandbox::new("nested");
    let t = module(&sb, PyVersion::V3_13);
    let mut d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();
    assert!(top.starts_with(sb.path()));
    assert_eq!(mode_of(&top), 0o700);
    let (dirs, files) = make_tree(&top, 4, 2, 2);
    assert!(dirs.len() > 10 && files.len() > 20);
    d.cleanup().unwrap();
    assert!(!exists_nofollow(&top));
    // Second call: not armed any more and the path is gone: a silent no-op.
    d.cleanup().unwrap();
    assert!(!d.is_armed());
    assert_eq!(tree(sb.path()), Vec::<String>::new());
}

#[test]
fn cleanup_after_the_top_was_removed_by_hand_is_silent() {
    let sb = Sandbox::new("gone");
    for version in PyVersion::ALL {
        let t = module(&sb, version);
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        fs::remove_dir(d.path()).unwrap();
        d.cleanup().unwrap();
        d.cleanup().unwrap();
        // And through exit.
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        fs::remove_dir(d.path()).unwrap();
        d.exit().unwrap();
    }
}

#[test]
fn a_failed_cleanup_can_be_retried() {
    let sb = Sandbox::new("retry");
    let os = Arc::new(FaultyOs::new().with_fault(Fault::nth_of(Call::Unlinkat, 1, libc::EIO)));
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, Some(os.clone()));
    let mut d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    fs::write(d.path().join("x"), b"x").unwrap();
    let err = d.cleanup().unwrap_err();
    assert_eq!(err.errno(), Some(libc::EIO));
    assert!(d.path().join("x").exists());
    // CPython: the finalizer is detached by the first cleanup(), so no implicit cleanup and no
    // warning later; an explicit second cleanup() retries because the path still exists.
    assert!(!d.is_armed());
    d.cleanup().unwrap();
    assert!(!exists_nofollow(d.path()));
    drop(d);
    assert!(warnings(&events).is_empty());
    assert!(unraisables(&events).is_empty());
}

#[test]
fn exit_cleans_up() {
    let sb = Sandbox::new("exit");
    for version in PyVersion::ALL {
        let t = module(&sb, version);
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        make_tree(&top, 2, 1, 1);
        d.exit().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
    }
}

#[test]
fn delete_false_exit_keeps_but_cleanup_deletes() {
    let sb = Sandbox::new("delete-false");
    for version in [PyVersion::V3_12, PyVersion::V3_13] {
        let (t, events) = module_with_events(&sb, version, None);
        // exit() keeps the directory.
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new().delete(false))
            .unwrap();
        let kept = d.path().to_path_buf();
        fs::write(kept.join("f"), b"f").unwrap();
        assert!(!d.is_armed());
        d.exit().unwrap();
        assert!(kept.join("f").exists(), "{version}: exit() must keep it");
        // An explicit cleanup() still deletes (verified on CPython).
        let mut d = t
            .temporary_directory(&Params::new(), DirOptions::new().delete(false))
            .unwrap();
        let gone = d.path().to_path_buf();
        fs::write(gone.join("f"), b"f").unwrap();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&gone), "{version}: cleanup() must delete");
        // Dropping a delete=False object neither removes nor warns.
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new().delete(false))
            .unwrap();
        let dropped = d.path().to_path_buf();
        drop(d);
        assert!(
            dropped.is_dir(),
            "{version}: drop with delete=False must keep it"
        );
        assert!(warnings(&events).is_empty(), "{version}");
        assert!(unraisables(&events).is_empty(), "{version}");
        fs::remove_dir_all(&kept).unwrap();
        fs::remove_dir(&dropped).unwrap();
    }
}

#[test]
fn delete_keyword_is_a_type_error_before_3_12() {
    let sb = Sandbox::new("delete-kw");
    for version in [PyVersion::V3_10, PyVersion::V3_11] {
        let t = module(&sb, version);
        for delete in [false, true] {
            let err = t
                .temporary_directory(&Params::new(), DirOptions::new().delete(delete))
                .unwrap_err();
            assert_eq!(err.class(), ExcClass::TypeError);
            assert_eq!(
                err.to_string(),
                "TemporaryDirectory.__init__() got an unexpected keyword argument 'delete'"
            );
        }
    }
    // Nothing was created.
    assert_eq!(tree(sb.path()), Vec::<String>::new());
}

#[test]
fn exit_always_cleans_up_before_3_12() {
    let sb = Sandbox::new("exit-old");
    for version in [PyVersion::V3_10, PyVersion::V3_11] {
        let t = module(&sb, version);
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        fs::write(top.join("f"), b"f").unwrap();
        d.exit().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
    }
    // The version is read at exit time: an object made with delete=False under 3.13 whose
    // module is then switched to 3.11 (where __exit__ ignores `delete`) is cleaned up.
    let t = module(&sb, PyVersion::V3_13);
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new().delete(false))
        .unwrap();
    let top = d.path().to_path_buf();
    t.set_version(PyVersion::V3_11);
    d.exit().unwrap();
    assert!(!exists_nofollow(&top));
}

#[test]
fn keep_leaves_the_directory_and_drop_does_nothing() {
    let sb = Sandbox::new("keep");
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, None);
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    assert!(d.is_armed());
    let name = d.name().clone();
    fs::write(d.path().join("f"), b"kept").unwrap();
    let kept = d.keep();
    assert_eq!(kept, name);
    assert_eq!(fs::read(kept.as_path().join("f")).unwrap(), b"kept");
    assert!(warnings(&events).is_empty());
    assert!(unraisables(&events).is_empty());
    // No rmtree audit event either: nothing was removed.
    let audits: Vec<_> = events
        .lock()
        .unwrap()
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::Audit {
                    name: "shutil.rmtree",
                    ..
                }
            )
        })
        .cloned()
        .collect();
    assert!(audits.is_empty(), "{audits:?}");
}

// ---------------------------------------------------------------------------------------------
// Drop (the finalizer) and its events
// ---------------------------------------------------------------------------------------------

#[test]
fn drop_of_an_armed_directory_removes_it_and_warns_once() {
    let sb = Sandbox::new("drop-warn");
    for version in PyVersion::ALL {
        let (t, events) = module_with_events(&sb, version, None);
        let d = t
            .temporary_directory(&Params::new(), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        make_tree(&top, 3, 2, 1);
        let repr = d.repr();
        assert_eq!(repr, format!("<TemporaryDirectory {}>", str_repr(&top)));
        drop(d);
        assert!(!exists_nofollow(&top), "{version}");
        assert_eq!(
            warnings(&events),
            vec![format!("Implicitly cleaning up {repr}")],
            "{version}"
        );
        assert!(unraisables(&events).is_empty(), "{version}");
        // The removal is reported as shutil.rmtree on the path, as CPython audits it.
        let rmtree_audits = events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| matches!(e, Event::Audit { name: "shutil.rmtree", path } if path.as_path() == top))
            .count();
        assert_eq!(rmtree_audits, 1, "{version}");
    }
}

#[test]
fn no_warning_after_explicit_cleanup_or_exit() {
    let sb = Sandbox::new("drop-nowarn");
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, None);
    let mut d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    d.cleanup().unwrap();
    drop(d);
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    d.exit().unwrap();
    assert!(warnings(&events).is_empty());
    assert!(unraisables(&events).is_empty());
    assert_eq!(tree(sb.path()), Vec::<String>::new());
}

#[test]
fn a_failed_implicit_cleanup_is_unraisable_and_does_not_warn() {
    let sb = Sandbox::new("drop-fail");
    let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Unlinkat, libc::EIO)));
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, Some(os.clone()));
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();
    fs::write(top.join("x"), b"x").unwrap();
    let repr = d.repr();
    drop(d);
    assert!(top.join("x").exists());
    assert!(warnings(&events).is_empty());
    let u = unraisables(&events);
    assert_eq!(u.len(), 1, "{u:?}");
    let (context, error) = &u[0];
    assert!(context.contains(&repr), "{context}");
    assert_eq!(error.class(), ExcClass::OSError);
    assert_eq!(error.errno(), Some(libc::EIO));
    // 3.13: the containing directory's path.
    assert_eq!(
        error.filename(),
        Some(&Filename::Str(top.as_os_str().as_bytes().to_vec()))
    );
}

// ---------------------------------------------------------------------------------------------
// repr and the name's kind
// ---------------------------------------------------------------------------------------------

#[test]
fn bytes_prefix_gives_a_bytes_name_and_repr() {
    let sb = Sandbox::new("bytes");
    let (t, events) = module_with_events(&sb, PyVersion::V3_13, None);
    let d = t
        .temporary_directory(&Params::new().prefix(&b"bb"[..]), DirOptions::new())
        .unwrap();
    assert_eq!(d.name().kind(), PathKind::Bytes);
    let top = d.path().to_path_buf();
    assert!(top.starts_with(sb.path()));
    assert!(top.file_name().unwrap().as_bytes().starts_with(b"bb"));
    let repr = format!("<TemporaryDirectory b'{}'>", top.display());
    assert_eq!(d.repr(), repr);
    assert_eq!(format!("{d:?}"), repr);
    drop(d);
    assert_eq!(
        warnings(&events),
        vec![format!("Implicitly cleaning up {repr}")]
    );
    assert!(!exists_nofollow(&top));

    // A str name by default.
    let d = t
        .temporary_directory(&Params::new(), DirOptions::new())
        .unwrap();
    assert_eq!(d.name().kind(), PathKind::Str);
    assert_eq!(
        d.repr(),
        format!("<TemporaryDirectory {}>", str_repr(d.path()))
    );
    d.exit().unwrap();

    // A subclass shows its own name.
    let mut opts = DirOptions::new();
    opts.class_name = "MyTemp".into();
    let d = t.temporary_directory(&Params::new(), opts).unwrap();
    assert!(d.repr().starts_with("<MyTemp '"), "{}", d.repr());
    d.exit().unwrap();
}
