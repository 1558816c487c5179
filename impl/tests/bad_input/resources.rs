//! Exhausted or contended resources: no descriptor left (`EMFILE`, in a forked child), an
//! unwritable `TMPDIR`, threads and `fork` while creating, and full or read-only file systems
//! (`ENOSPC`, `EROFS`, on private tmpfs mounts).

use super::*;

/// Run `f` in a forked child; its result as (class, errno) or the outcome is written back.
fn forked(f: impl FnOnce() -> Result<(), Error>) -> Result<(), Error> {
    let report = std::env::temp_dir().join(format!(
        "bad-input-child-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let r2 = report.clone();
    let code = pytempfile::os::fork_wait(move || {
        // SAFETY: alarm has no preconditions; a hang ends the child.
        unsafe { libc::alarm(30) };
        let r = f();
        // A case may have lowered RLIMIT_NOFILE: the report needs a descriptor.
        // SAFETY: get/setrlimit on a live struct.
        unsafe {
            let mut lim: libc::rlimit = std::mem::zeroed();
            libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim);
            lim.rlim_cur = lim.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
        let line = match r {
            Ok(()) => "ok".to_string(),
            Err(e) => format!("{:?} {}", e.class(), e.errno().unwrap_or(0)),
        };
        fs::write(&r2, line).unwrap();
        0
    })
    .unwrap();
    let line = fs::read_to_string(&report).unwrap_or_default();
    let _ = fs::remove_file(&report);
    assert_eq!(code, 0, "the child failed or hung ({code})");
    if line == "ok" {
        return Ok(());
    }
    let (class, errno) = line.split_once(' ').unwrap();
    let errno: i32 = errno.parse().unwrap();
    // Rebuilt for the comparison: class and errno are what the table checks.
    let e = Error::from_errno(pytempfile::os::Errno(errno), None);
    assert_eq!(format!("{:?}", e.class()), class, "{line}");
    Err(e)
}

fn set_nofile_to_lowest_free() {
    // SAFETY: dup/close of descriptor 0 and get/setrlimit on a live struct; in a child.
    unsafe {
        let free = libc::dup(0);
        libc::close(free);
        let mut lim: libc::rlimit = std::mem::zeroed();
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim);
        lim.rlim_cur = free as libc::rlim_t;
        libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
    }
}

pub(super) fn resource_cases(cases: &mut Vec<Case>) {
    use ExcClass::*;
    for (fname, create) in creators() {
        if fname == "mktemp" {
            continue;
        }
        cases.push(Case {
            category: "EMFILE",
            label: format!("{fname} with no descriptor left"),
            // mkdir needs no descriptor.
            expect: if fname.contains("mkdtemp") || fname.contains("Directory") {
                Fine
            } else {
                os_err(OSError, libc::EMFILE)
            },
            run: Box::new(move |t, d| {
                let t = t.clone();
                let d = d.to_path_buf();
                forked(move || {
                    set_nofile_to_lowest_free();
                    create(&t, &in_dir(&d))
                })
            }),
        });
    }
    cases.push(Case {
        category: "EMFILE",
        label: "spool rollover with no descriptor left keeps every byte".into(),
        expect: os_err(OSError, libc::EMFILE),
        run: Box::new(|t, d| {
            let t = t.clone();
            let d = d.to_path_buf();
            forked(move || {
                let mut s = t.spooled_temporary_file(1000, &in_dir(&d), &FileOptions::new())?;
                s.write(&[7u8; 100])?;
                set_nofile_to_lowest_free();
                let r = s.rollover();
                s.seek(0, Whence::Set).unwrap();
                assert_eq!(s.read(None).unwrap(), vec![7u8; 100], "bytes lost");
                r
            })
        }),
    });
    cases.push(Case {
        category: "unwritable TMPDIR",
        label: "gettempdir skips an unwritable TMPDIR; mkstemp there is EACCES".into(),
        expect: os_err(PermissionError, libc::EACCES),
        run: Box::new(|_, d| {
            let ro = d.join("ro");
            fs::create_dir(&ro).unwrap();
            fs::set_permissions(&ro, std::os::unix::fs::PermissionsExt::from_mode(0o500)).unwrap();
            let ro2 = ro.clone();
            let r = forked(move || {
                pytempfile::os::drop_dac_override().unwrap();
                let os = Arc::new(FaultyOs::new());
                os.set_env("TMPDIR", Some(ro2.as_os_str().as_bytes()));
                let t = Tempfile::builder().os(os).build();
                let g = t.gettempdir()?;
                assert_ne!(
                    g,
                    ro2.as_os_str().as_bytes(),
                    "the unwritable TMPDIR was chosen"
                );
                t.mkstemp(&in_dir(&ro2), false).map(drop)
            });
            fs::remove_dir(&ro).unwrap();
            r
        }),
    });
    cases.push(Case {
        category: "threads",
        label: "16 threads x 2000 mkstemp".into(),
        expect: Fine,
        run: Box::new(|t, d| {
            let names = Mutex::new(Vec::new());
            std::thread::scope(|s| {
                for _ in 0..16 {
                    s.spawn(|| {
                        let mut mine = Vec::with_capacity(2000);
                        for _ in 0..2000 {
                            let (fd, name) = t.mkstemp(&in_dir(d), false).unwrap();
                            drop(fd);
                            fs::remove_file(name.as_path()).unwrap();
                            mine.push(name.into_bytes());
                        }
                        names.lock().unwrap().extend(mine);
                    });
                }
            });
            let mut names = names.into_inner().unwrap();
            assert_eq!(names.len(), 32_000);
            names.sort();
            names.dedup();
            assert_eq!(names.len(), 32_000, "a name was created twice");
            Ok(())
        }),
    });
    cases.push(Case {
        category: "fork",
        label: "fork while 4 threads create".into(),
        expect: Fine,
        run: Box::new(|t, d| {
            let stop = std::sync::atomic::AtomicBool::new(false);
            std::thread::scope(|s| {
                for _ in 0..4 {
                    s.spawn(|| {
                        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                            let mut f = t
                                .named_temporary_file(&in_dir(d), &FileOptions::new())
                                .unwrap();
                            f.file_mut().write(b"z").unwrap();
                            f.close().unwrap();
                        }
                    });
                }
                for _ in 0..20 {
                    let r = forked(|| {
                        let (fd, name) = t.mkstemp(&in_dir(d), false)?;
                        drop(fd);
                        fs::remove_file(name.as_path()).unwrap();
                        t.named_temporary_file(&in_dir(d), &FileOptions::new())?
                            .close()
                    });
                    if r.is_err() {
                        stop.store(true, std::sync::atomic::Ordering::Relaxed);
                        return r;
                    }
                }
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
                Ok(())
            })
        }),
    });
}

/// A tmpfs mounted for the length of a closure (or why it could not be).
fn with_mount(
    at: &Path,
    options: &str,
    f: impl FnOnce(&Path) -> Result<(), Error>,
) -> Option<Result<(), Error>> {
    fs::create_dir_all(at).unwrap();
    let out = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", options, "tmpfs"])
        .arg(at)
        .output();
    match out {
        Ok(o) if o.status.success() => {}
        Ok(o) => {
            println!(
                "SKIP  mount -t tmpfs -o {options}: {}",
                String::from_utf8_lossy(&o.stderr).trim()
            );
            fs::remove_dir(at).unwrap();
            return None;
        }
        Err(e) => {
            println!("SKIP  cannot run mount: {e}");
            fs::remove_dir(at).unwrap();
            return None;
        }
    }
    let r = catch_unwind(AssertUnwindSafe(|| f(at)));
    let st = std::process::Command::new("umount")
        .arg(at)
        .status()
        .unwrap();
    assert!(st.success(), "umount {}", at.display());
    fs::remove_dir(at).unwrap();
    Some(r.unwrap_or_else(|p| std::panic::resume_unwind(p)))
}

pub(super) fn mount_cases(cases: &mut Vec<Case>) {
    use ExcClass::*;
    cases.push(Case {
        category: "ENOSPC",
        label: "NamedTemporaryFile write 200 KiB on a 64 KiB tmpfs".into(),
        expect: os_err(OSError, libc::ENOSPC),
        run: Box::new(|t, d| {
            with_mount(&d.join("mnt"), "size=64k", |m| {
                let mut f = t.named_temporary_file(&in_dir(m), &FileOptions::new())?;
                let r = f
                    .file_mut()
                    .write(&vec![1u8; 200 * 1024])
                    .and_then(|_| f.file_mut().flush());
                let _ = f.close();
                assert!(
                    fs::read_dir(m).unwrap().next().is_none(),
                    "left on the mount"
                );
                r
            })
            .unwrap_or(Err(Error::from_errno(
                pytempfile::os::Errno(libc::ENOSPC),
                None,
            )))
        }),
    });
    cases.push(Case {
        category: "ENOSPC",
        label: "spool rollover on a full tmpfs keeps every byte".into(),
        expect: os_err(OSError, libc::ENOSPC),
        run: Box::new(|t, d| {
            with_mount(&d.join("mnt"), "size=64k", |m| {
                let mut s = t.spooled_temporary_file(1000, &in_dir(m), &FileOptions::new())?;
                let data: Vec<u8> = (0..200 * 1024).map(|i| (i % 251) as u8).collect();
                let r = s.write(&data).map(drop);
                s.seek(0, Whence::Set)?;
                assert_eq!(s.read(None)?, data, "bytes lost");
                s.close()?;
                r
            })
            .unwrap_or(Err(Error::from_errno(
                pytempfile::os::Errno(libc::ENOSPC),
                None,
            )))
        }),
    });
    for (fname, create) in creators() {
        if fname == "mktemp" {
            continue;
        }
        cases.push(Case {
            category: "ENOSPC",
            label: format!("{fname} with no inode left"),
            expect: os_err(OSError, libc::ENOSPC),
            run: Box::new(move |t, d| {
                with_mount(&d.join("mnt"), "size=64k,nr_inodes=8", |m| {
                    let mut n = 0;
                    while fs::write(m.join(format!("fill{n}")), b"").is_ok() {
                        n += 1;
                    }
                    let r = create(t, &in_dir(m));
                    for i in 0..n {
                        fs::remove_file(m.join(format!("fill{i}"))).unwrap();
                    }
                    r
                })
                .unwrap_or(Err(Error::from_errno(
                    pytempfile::os::Errno(libc::ENOSPC),
                    None,
                )))
            }),
        });
        cases.push(Case {
            category: "EROFS",
            label: format!("{fname} on a read-only tmpfs"),
            expect: os_err(OSError, libc::EROFS),
            run: Box::new(move |t, d| {
                with_mount(&d.join("mnt"), "ro,size=64k", |m| create(t, &in_dir(m))).unwrap_or(Err(
                    Error::from_errno(pytempfile::os::Errno(libc::EROFS), None),
                ))
            }),
        });
    }
}
