//! Creation under faults: every system call of `mkstemp`, `mkdtemp` and `TemporaryDirectory`
//! failed in turn with each errno, and `EEXIST` on every attempt.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Creator {
    Mkstemp,
    Mkdtemp,
    TempDir,
}

impl Creator {
    /// The one call each creation makes per attempt (CPython: `os.open` / `os.mkdir`).
    fn creating_call(self) -> Call {
        match self {
            Creator::Mkstemp => Call::Open,
            Creator::Mkdtemp | Creator::TempDir => Call::Mkdir,
        }
    }
}

struct Created {
    path: PyPathInfo,
    fd: Option<OwnedFd>,
    dir: Option<TemporaryDirectory>,
}

struct PyPathInfo {
    kind: PathKind,
    path: PathBuf,
}

fn create(t: &Tempfile, creator: Creator, params: &Params) -> Result<Created, Error> {
    match creator {
        Creator::Mkstemp => {
            let (fd, p) = t.mkstemp(params, false)?;
            Ok(Created {
                path: PyPathInfo {
                    kind: p.kind(),
                    path: p.as_path().to_path_buf(),
                },
                fd: Some(fd),
                dir: None,
            })
        }
        Creator::Mkdtemp => {
            let p = t.mkdtemp(params)?;
            Ok(Created {
                path: PyPathInfo {
                    kind: p.kind(),
                    path: p.as_path().to_path_buf(),
                },
                fd: None,
                dir: None,
            })
        }
        Creator::TempDir => {
            let d = t.temporary_directory(params, DirOptions::new())?;
            Ok(Created {
                path: PyPathInfo {
                    kind: d.name().kind(),
                    path: d.path().to_path_buf(),
                },
                fd: None,
                dir: Some(d),
            })
        }
    }
}

fn params_for(sb: &Sandbox, kind: PathKind) -> Params {
    let dir = match kind {
        PathKind::Str => Arg::str(sb.path()),
        PathKind::Bytes => Arg::bytes(bytes(sb.path())),
    };
    Params::new()
        .dir(dir)
        .names(Arc::new(ForcedNames::new(["aaaaaaaa", "bbbbbbbb"])))
}

fn creation_matrix(creator: Creator) {
    let _serial = serial();
    let sb = Sandbox::new(&format!("{creator:?}"));

    // Discovery: a clean, logged run.
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder().os(os.clone()).build();
    os.start_log();
    let created = create(&t, creator, &params_for(&sb, PathKind::Str)).unwrap();
    let log = os.log();
    assert_eq!(
        kinds(&log),
        vec![creator.creating_call()],
        "{creator:?}: {log:#?}"
    );
    let indices = call_indices(&log);
    drop(created);
    force_remove(sb.path());
    fs::create_dir(sb.path()).unwrap();

    let first = sb.join("tmpaaaaaaaa");
    let second = sb.join("tmpbbbbbbbb");
    for &(call, nth) in &indices {
        for errno in ERRNOS {
            for kind in [PathKind::Str, PathKind::Bytes] {
                let ctx = format!("{creator:?} {call:?}#{nth} {} {kind:?}", errname(errno));
                let before = fd_count();
                let os = Arc::new(FaultyOs::new().with_fault(Fault::nth_of(call, nth, errno)));
                let t = Tempfile::builder().os(os.clone()).build();
                os.start_log();
                let res = create(&t, creator, &params_for(&sb, kind));
                let log = os.log();
                let injected: Vec<&LoggedCall> = log.iter().filter(|c| c.injected).collect();
                assert_eq!(injected.len(), 1, "{ctx}: {log:#?}");
                assert_eq!(injected[0].call, call, "{ctx}");

                // EEXIST: the name is taken, the next one is tried. EINTR: `os.open` retries
                // the same name (PEP 475); `os.mkdir` does not retry, so CPython raises
                // InterruptedError. Anything else is raised with the candidate path.
                let retried_open = errno == libc::EINTR && call == Call::Open;
                let expected_ok = if errno == libc::EEXIST {
                    Some(&second)
                } else if retried_open {
                    Some(&first)
                } else {
                    None
                };
                let returned_fd = match (res, expected_ok) {
                    (Ok(c), Some(want)) => {
                        assert_eq!(&c.path.path, want, "{ctx}");
                        assert_eq!(c.path.kind, kind, "{ctx}");
                        let name = want.file_name().unwrap().to_str().unwrap().to_string();
                        assert_eq!(
                            tree(sb.path()),
                            vec![name],
                            "{ctx}: exactly what it created"
                        );
                        let attempts = log.iter().filter(|l| l.call == call).count();
                        assert_eq!(attempts, 2, "{ctx}");
                        let md = fs::symlink_metadata(want).unwrap();
                        if creator == Creator::Mkstemp {
                            assert!(md.is_file(), "{ctx}");
                            assert_eq!(md.permissions().mode() & 0o777, 0o600, "{ctx}");
                            let fd = c.fd.as_ref().unwrap();
                            assert!(pytempfile::os::is_cloexec(fd.as_raw_fd()).unwrap());
                        } else {
                            assert!(md.is_dir(), "{ctx}");
                            assert_eq!(md.permissions().mode() & 0o777, 0o700, "{ctx}");
                        }
                        let fd = c.fd.as_ref().map(AsRawFd::as_raw_fd);
                        drop(c.fd);
                        match c.dir {
                            // The object cleans up after itself through the same seam.
                            Some(mut d) => d.cleanup().unwrap(),
                            None if creator == Creator::Mkstemp => fs::remove_file(want).unwrap(),
                            None => fs::remove_dir(want).unwrap(),
                        }
                        assert_eq!(tree(sb.path()), Vec::<String>::new(), "{ctx}");
                        fd
                    }
                    (Err(err), None) => {
                        let filename = match kind {
                            PathKind::Str => Filename::Str(bytes(&first)),
                            PathKind::Bytes => Filename::Bytes(bytes(&first)),
                        };
                        check_os_error(&err, errno, Some(&filename), &ctx);
                        assert_eq!(
                            tree(sb.path()),
                            Vec::<String>::new(),
                            "{ctx}: a failed creation leaves nothing"
                        );
                        None
                    }
                    (Ok(c), None) => panic!("{ctx}: expected an error, created {:?}", c.path.path),
                    (Err(e), Some(_)) => panic!("{ctx}: expected success, got {e:?}"),
                };
                // Every descriptor opened through the seam is closed through it, except the one
                // mkstemp hands to its caller (closed above by dropping the OwnedFd).
                let unclosed = unclosed_fds(&log);
                assert_eq!(
                    unclosed,
                    returned_fd.into_iter().collect::<Vec<_>>(),
                    "{ctx}"
                );
                assert_eq!(fd_count(), before, "{ctx}: descriptor leak");
            }
        }
    }
}

#[test]
fn mkstemp_fault_matrix() {
    creation_matrix(Creator::Mkstemp);
}

#[test]
fn mkdtemp_fault_matrix() {
    creation_matrix(Creator::Mkdtemp);
}

#[test]
fn temporary_directory_creation_fault_matrix() {
    creation_matrix(Creator::TempDir);
}

#[test]
fn eexist_on_every_attempt_exhausts_tmp_max() {
    let _serial = serial();
    let sb = Sandbox::new("exhaust");
    for (creator, message) in [
        (Creator::Mkstemp, "No usable temporary file name found"),
        (Creator::Mkdtemp, "No usable temporary directory name found"),
        (Creator::TempDir, "No usable temporary directory name found"),
    ] {
        let before = fd_count();
        let os = Arc::new(
            FaultyOs::new().with_fault(Fault::every(creator.creating_call(), libc::EEXIST)),
        );
        let t = Tempfile::builder().os(os.clone()).tmp_max(7).build();
        let params = Params::new().dir(Arg::str(sb.path()));
        let err = match create(&t, creator, &params) {
            Err(e) => e,
            Ok(c) => panic!("{creator:?}: created {:?}", c.path.path),
        };
        assert_eq!(err.class(), ExcClass::FileExistsError);
        assert_eq!(err.errno(), Some(libc::EEXIST));
        assert_eq!(err.filename(), None);
        assert_eq!(err.to_string(), format!("[Errno 17] {message}"));
        assert_eq!(os.count(creator.creating_call()), 7, "{creator:?}");
        assert_eq!(tree(sb.path()), Vec::<String>::new());
        assert_eq!(fd_count(), before);
    }
}
