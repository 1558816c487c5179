//! The seam's calls for persisting (`rename`, `rename_noreplace`, `link`): on the real file
//! system, through the trait's defaults, and counted, logged and failed by `FaultyOs`.

use pytempfile::os::{Forward, Os};

use super::*;

#[test]
fn seam_rename_link_and_noreplace_on_the_real_file_system() {
    use pytempfile::os::{Errno, LibcOs};
    let sb = Sandbox::new("parity-seam");
    let c = |p: &Path| std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
    let (a, b, l) = (sb.join("a"), sb.join("b"), sb.join("l"));
    std::fs::write(&a, b"A").unwrap();
    std::fs::write(&b, b"B").unwrap();
    let os = LibcOs;
    assert_eq!(os.link(&c(&a), &c(&b)), Err(Errno(libc::EEXIST)));
    os.link(&c(&a), &c(&l)).unwrap();
    assert_eq!(std::fs::read(&l).unwrap(), b"A");
    match os.rename_noreplace(&c(&a), &c(&b)) {
        Err(Errno(libc::EEXIST)) => {}
        Err(Errno(e)) if e == libc::ENOSYS || e == libc::EINVAL => {
            println!("SKIP  renameat2(RENAME_NOREPLACE) unsupported here: errno {e}");
        }
        other => panic!("noreplace over an existing file: {other:?}"),
    }
    assert_eq!(std::fs::read(&b).unwrap(), b"B");
    os.rename(&c(&a), &c(&b)).unwrap();
    assert_eq!(std::fs::read(&b).unwrap(), b"A");
    assert!(!a.exists());
    // A missing source: ENOENT (Windows: ERROR_FILE_NOT_FOUND, mapped).
    assert_eq!(os.rename(&c(&a), &c(&b)), Err(Errno(libc::ENOENT)));
    assert_eq!(os.link(&c(&a), &c(&sb.join("n"))), Err(Errno(libc::ENOENT)));
    match os.rename_noreplace(&c(&a), &c(&sb.join("n"))) {
        Err(Errno(libc::ENOENT)) => {}
        Err(Errno(e)) if cfg!(unix) && (e == libc::ENOSYS || e == libc::EINVAL) => {}
        other => panic!("noreplace of a missing file: {other:?}"),
    }
    // Windows: a file open through the C runtime (what CPython's os.open and every object
    // here hold) cannot be renamed, replaced or linked-and-unlinked away: its descriptor does
    // not share deletion (ERROR_SHARING_VIOLATION, EACCES). Why persist wants it closed there.
    #[cfg(windows)]
    {
        use pytempfile::os::flags;
        let fd = os.open(&c(&l), flags::O_RDWR | flags::O_BINARY, 0).unwrap();
        let target = c(&sb.join("m"));
        assert_eq!(os.rename(&c(&l), &target), Err(Errno(libc::EACCES)));
        assert_eq!(
            os.rename_noreplace(&c(&l), &target),
            Err(Errno(libc::EACCES))
        );
        assert_eq!(os.unlink(&c(&l)), Err(Errno(libc::EACCES)));
        os.close(fd).unwrap();
        os.rename_noreplace(&c(&l), &target).unwrap();
        assert_eq!(std::fs::read(sb.join("m")).unwrap(), b"A");
    }
    // The trait's defaults (std) behave the same for an implementation without them: a
    // double that does not forward them runs the trait's defaults.
    struct Defaults;
    impl Forward for Defaults {
        const FORWARD_PROVIDED: bool = false;
        fn inner(&self) -> &dyn Os {
            &LibcOs
        }
    }
    let d: &dyn Os = &Defaults;
    std::fs::write(&a, b"A2").unwrap();
    assert_eq!(d.link(&c(&a), &c(&b)), Err(Errno(libc::EEXIST)));
    assert_eq!(
        d.rename_noreplace(&c(&a), &c(&b)),
        Err(Errno(libc::ENOSYS)),
        "the default: callers fall back to link + unlink"
    );
    d.rename(&c(&a), &c(&b)).unwrap();
    assert_eq!(std::fs::read(&b).unwrap(), b"A2");
    assert_eq!(
        d.rename(&c(&a), &c(&b)),
        Err(Errno(libc::ENOENT)),
        "std's errno comes through"
    );
    // A module over the defaults persists without clobbering through the fallback.
    let t = Tempfile::builder()
        .os(Arc::new(Defaults))
        .tempdir(sb.path())
        .build();
    let mut f = movable(&t);
    ready_to_rename(&mut f);
    let err = f.persist_noclobber(&b).unwrap_err();
    assert_eq!(err.error.class(), ExcClass::FileExistsError);
    let f = err.file.persist_noclobber(sb.join("c")).unwrap();
    drop(f);
    assert!(sb.join("c").exists());
}

#[test]
fn faulty_os_counts_logs_and_fails_the_new_calls() {
    let sb = Sandbox::new("parity-faulty");
    let os = Arc::new(FaultyOs::new().with_fault(Fault::every(Call::Link, libc::EPERM)));
    let t = Tempfile::builder()
        .os(os.clone())
        .tempdir(sb.path())
        .build();
    os.add_fault(Fault::every(Call::RenameNoreplace, libc::EINVAL));
    os.start_log();
    let target = sb.join("target");
    let mut f = movable(&t);
    ready_to_rename(&mut f);
    let err = f.persist_noclobber(&target).unwrap_err();
    assert_eq!(err.error.class(), ExcClass::PermissionError);
    let link = os.log().into_iter().find(|c| c.call == Call::Link).unwrap();
    assert!(link.injected);
    assert_eq!(
        link.path.as_deref(),
        Some(target.as_os_str().as_encoded_bytes()),
        "logged under the new name"
    );
    assert_eq!(
        os.counts()
            .into_iter()
            .filter(|(c, _)| matches!(c, Call::Rename | Call::RenameNoreplace | Call::Link))
            .collect::<Vec<_>>(),
        [(Call::RenameNoreplace, 1), (Call::Link, 1)]
    );
    assert_eq!(Call::ALL.len(), 30);
    assert_eq!(Call::ALL[Call::BEFORE_PERSIST], Call::Rename);
    assert_eq!(Call::ALL[Call::BEFORE_FLAGS], Call::Chflags);
}
