//! Bad operations on the objects: file calls with bad arguments, every call after `close()`,
//! and files removed behind the object's back.

use super::*;

pub(super) fn file_op_cases(cases: &mut Vec<Case>) {
    use ExcClass::*;
    type Op = fn(&mut pytempfile::FileObject) -> Result<(), Error>;
    let ops: Vec<(&str, Op, Expect)> = vec![
        (
            "truncate(-1)",
            |f| f.truncate(Some(-1)).map(drop),
            os_err(OSError, libc::EINVAL),
        ),
        (
            "seek(-1, SET)",
            |f| f.seek(-1, Whence::Set).map(drop),
            os_err(OSError, libc::EINVAL),
        ),
        (
            "seek(i64::MAX, SET) then write",
            |f| {
                f.seek(i64::MAX, Whence::Set)?;
                f.write(b"x").map(drop)?;
                f.flush()
            },
            os_err(OSError, libc::EINVAL),
        ),
        (
            "seek(-10, CUR)",
            |f| f.seek(-10, Whence::Cur).map(drop),
            os_err(OSError, libc::EINVAL),
        ),
    ];
    for (what, op, expect) in ops {
        for kind in ["NamedTemporaryFile", "TemporaryFile"] {
            cases.push(Case {
                category: "file operations",
                label: format!("{kind} {what}"),
                expect,
                run: Box::new(move |t, d| {
                    let mut f = if kind == "TemporaryFile" {
                        t.temporary_file(&in_dir(d), &FileOptions::new())?
                    } else {
                        let mut n = t.named_temporary_file(&in_dir(d), &FileOptions::new())?;
                        // The object owns the file; take it out, the name goes with drop.
                        n.keep()?;
                        let path = n.path().to_path_buf();
                        fs::remove_file(&path).unwrap();
                        std::mem::replace(
                            n.file_mut(),
                            t.temporary_file(&in_dir(d), &FileOptions::new())?,
                        )
                    };
                    f.write(b"hello")?;
                    let r = op(&mut f);
                    // Nothing written before the failed operation is lost.
                    f.seek(0, Whence::Set)?;
                    let back = f.read(Some(5))?;
                    assert_eq!(back, b"hello", "{kind} {what}: bytes lost");
                    f.close()?;
                    r
                }),
            });
        }
    }
}

pub(super) fn after_close_cases(cases: &mut Vec<Case>) {
    use ExcClass::*;
    type Op = fn(&mut pytempfile::FileObject) -> Result<(), Error>;
    let closed = err(ValueError);
    let ops: Vec<(&str, Op, Expect)> = vec![
        ("close again", |f| f.close(), Fine),
        ("write", |f| f.write(b"x").map(drop), closed),
        ("read", |f| f.read(None).map(drop), closed),
        ("seek", |f| f.seek(0, Whence::Set).map(drop), closed),
        ("tell", |f| f.tell().map(drop), closed),
        ("truncate", |f| f.truncate(None).map(drop), closed),
        ("flush", |f| f.flush(), closed),
        ("fileno", |f| f.fileno().map(drop), closed),
        ("as_fd", |f| f.as_fd().map(drop), closed),
    ];
    for (what, op, expect) in ops {
        cases.push(Case {
            category: "use after close",
            label: format!("TemporaryFile {what}"),
            expect,
            run: Box::new(move |t, d| {
                let mut f = t.temporary_file(&in_dir(d), &FileOptions::new())?;
                f.close()?;
                op(&mut f)
            }),
        });
    }
    cases.push(Case {
        category: "use after close",
        label: "SpooledTemporaryFile write after close".into(),
        expect: closed,
        run: Box::new(|t, d| {
            let mut s = t.spooled_temporary_file(100, &in_dir(d), &FileOptions::new())?;
            s.close()?;
            s.close()?;
            s.write(b"x").map(drop)
        }),
    });
    cases.push(Case {
        category: "use after close",
        label: "SpooledTemporaryFile rollover after close".into(),
        expect: closed,
        run: Box::new(|t, d| {
            let mut s = t.spooled_temporary_file(100, &in_dir(d), &FileOptions::new())?;
            s.close()?;
            s.rollover()
        }),
    });
    cases.push(Case {
        category: "use after close",
        label: "NamedTemporaryFile close twice".into(),
        expect: Fine,
        run: Box::new(|t, d| {
            let mut f = t.named_temporary_file(&in_dir(d), &FileOptions::new())?;
            f.close()?;
            f.close()
        }),
    });
    cases.push(Case {
        category: "use after close",
        label: "TemporaryDirectory cleanup twice, then exit".into(),
        expect: Fine,
        run: Box::new(|t, d| {
            let mut x = t.temporary_directory(&in_dir(d), DirOptions::new())?;
            x.cleanup()?;
            x.cleanup()?;
            x.exit()
        }),
    });
    cases.push(Case {
        category: "use after close",
        label: "TemporaryDirectory replaced by a file".into(),
        expect: os_err(NotADirectoryError, libc::ENOTDIR),
        run: Box::new(|t, d| {
            let mut x = t.temporary_directory(&in_dir(d), DirOptions::new())?;
            fs::remove_dir(x.path()).unwrap();
            fs::write(x.path(), b"f").unwrap();
            let r = x.cleanup();
            fs::remove_file(x.path()).unwrap();
            r
        }),
    });
    cases.push(Case {
        category: "removed behind",
        label: "NamedTemporaryFile removed, then closed".into(),
        expect: Fine,
        run: Box::new(|t, d| {
            let mut f = t.named_temporary_file(&in_dir(d), &FileOptions::new())?;
            fs::remove_file(f.path()).unwrap();
            f.close()
        }),
    });
    cases.push(Case {
        category: "removed behind",
        label: "NamedTemporaryFile replaced by a directory, then closed".into(),
        expect: os_err(IsADirectoryError, libc::EISDIR),
        run: Box::new(|t, d| {
            let mut f = t.named_temporary_file(&in_dir(d), &FileOptions::new())?;
            let p = f.path().to_path_buf();
            fs::remove_file(&p).unwrap();
            fs::create_dir(&p).unwrap();
            let r = f.close();
            fs::remove_dir(&p).unwrap();
            r
        }),
    });
}
