//! Bad arguments to every creator: `suffix`, `prefix` and `dir` of the wrong type or value
//! (non-UTF-8 bytes, separators, NULs, long names, `str` mixed with `bytes`), and a `dir` that
//! is missing, a file or a dangling symlink.

use super::*;

pub(super) fn arg_cases(cases: &mut Vec<Case>) {
    use ExcClass::*;
    // (category, what, how to set it, CPython's outcome per creator: None = same for all)
    type Setter = fn(Params, &Path) -> Params;
    let table: Vec<(&str, &str, Setter, Expect)> = vec![
        (
            "wrong types",
            "prefix=int",
            |p, _| p.prefix(Arg::other("int")),
            err(TypeError),
        ),
        (
            "wrong types",
            "prefix=float",
            |p, _| p.prefix(Arg::other("float")),
            err(TypeError),
        ),
        (
            "wrong types",
            "prefix=list",
            |p, _| p.prefix(Arg::other("list")),
            err(TypeError),
        ),
        (
            "wrong types",
            "suffix=int",
            |p, _| p.suffix(Arg::other("int")),
            err(TypeError),
        ),
        (
            "wrong types",
            "suffix=None",
            |p, _| p.suffix(Arg::none()),
            Fine,
        ),
        (
            "wrong types",
            "dir=float",
            |p, _| p.dir(Arg::other("float")),
            err(TypeError),
        ),
        (
            "wrong types",
            "dir=list",
            |p, _| p.dir(Arg::other("list")),
            err(TypeError),
        ),
        (
            "wrong types",
            "str prefix, bytes suffix",
            |p, _| p.prefix("a").suffix(Arg::bytes(b"b".to_vec())),
            err(TypeError),
        ),
        (
            "non-UTF-8 bytes",
            "prefix=b'\\xff\\xfe'",
            |p, d| bytes_dir(p, d).prefix(Arg::bytes(b"\xff\xfe".to_vec())),
            Fine,
        ),
        (
            "non-UTF-8 bytes",
            "suffix=b'.\\xff'",
            |p, d| bytes_dir(p, d).suffix(Arg::bytes(b".\xff".to_vec())),
            Fine,
        ),
        (
            "non-UTF-8 bytes",
            "bytes prefix, str dir",
            |p, _| p.prefix(Arg::bytes(b"\xff".to_vec())),
            err(TypeError),
        ),
        (
            "non-UTF-8 bytes",
            "bytes dir missing",
            |p, d| {
                let mut b = d.as_os_str().as_bytes().to_vec();
                b.extend_from_slice(b"/\xff");
                p.dir(Arg::bytes(b))
            },
            os_err(FileNotFoundError, libc::ENOENT),
        ),
        (
            "NUL",
            "prefix='a\\0b'",
            |p, _| p.prefix("a\0b"),
            err(ValueError),
        ),
        (
            "NUL",
            "suffix=b'\\0'",
            |p, d| bytes_dir(p, d).suffix(Arg::bytes(b"\0".to_vec())),
            err(ValueError),
        ),
        (
            "NUL",
            "dir with NUL",
            |p, d| p.dir(Arg::str(format!("{}\0", d.display()))),
            err(ValueError),
        ),
        (
            "separators in prefix/suffix",
            "prefix='../up'",
            |p, _| p.prefix("../up"),
            Fine,
        ),
        (
            "separators in prefix/suffix",
            "suffix='/..'",
            |p, _| p.suffix("/.."),
            os_err(FileNotFoundError, libc::ENOENT),
        ),
        (
            "separators in prefix/suffix",
            "prefix='sub/p' (no sub)",
            |p, _| p.prefix("sub/p"),
            os_err(FileNotFoundError, libc::ENOENT),
        ),
        (
            "long names",
            "prefix 300 bytes",
            |p, _| p.prefix("p".repeat(300)),
            os_err(OSError, libc::ENAMETOOLONG),
        ),
        (
            "long names",
            "suffix 300 bytes",
            |p, _| p.suffix("s".repeat(300)),
            os_err(OSError, libc::ENAMETOOLONG),
        ),
        (
            "long names",
            "dir 4100 bytes",
            |p, d| {
                p.dir(Arg::str(format!(
                    "{}/{}",
                    d.display(),
                    vec!["d".repeat(200); 21].join("/")
                )))
            },
            os_err(OSError, libc::ENAMETOOLONG),
        ),
        (
            "bad dir",
            "dir is a file",
            |p, d| {
                fs::write(d.join("plainfile"), b"x").unwrap();
                p.dir(Arg::str(d.join("plainfile")))
            },
            os_err(NotADirectoryError, libc::ENOTDIR),
        ),
        (
            "bad dir",
            "dir missing",
            |p, d| p.dir(Arg::str(d.join("missing"))),
            os_err(FileNotFoundError, libc::ENOENT),
        ),
        (
            "bad dir",
            "dir dangling symlink",
            |p, d| {
                symlink(d.join("nowhere"), d.join("dangling")).unwrap();
                p.dir(Arg::str(d.join("dangling")))
            },
            os_err(FileNotFoundError, libc::ENOENT),
        ),
    ];
    for (category, what, set, expect) in table {
        for (fname, create) in creators() {
            let expect = match (fname, what, expect) {
                // mktemp makes nothing: it fails on arguments, never on the file system;
                // suffix=None is its TypeError (its default is '', not None).
                ("mktemp", "suffix=None", _) => err(TypeError),
                // Its defaults are str: any bytes argument is a mix of types.
                ("mktemp", w, _)
                    if w.starts_with("prefix=b'")
                        || w.starts_with("suffix=b'")
                        || w.starts_with("bytes ") =>
                {
                    err(TypeError)
                }
                ("mktemp", _, Expect::Err(_, Some(_))) => Fine,
                // TemporaryFile (and a rolled spool) opens the directory with O_TMPFILE: the
                // prefix and suffix are inferred (any non-bytes object is "str") but never
                // joined to a name, so only the directory can fail, as in CPython.
                ("TemporaryFile" | "SpooledTemporaryFile rolled", w, Expect::Err(_, _))
                    if w.starts_with("prefix") || w.starts_with("suffix") =>
                {
                    Fine
                }
                _ => expect,
            };
            cases.push(Case {
                category,
                label: format!("{fname} {what}"),
                expect,
                run: Box::new(move |t, d| {
                    let p = set(in_dir(d), d);
                    let r = create(t, &p);
                    // '../up' lands in the case directory's parent: remove what was made there.
                    if let Some(parent) = d.parent() {
                        for e in fs::read_dir(parent).unwrap().flatten() {
                            if e.file_name().as_bytes().starts_with(b"up") {
                                let _ = fs::remove_file(e.path());
                                let _ = fs::remove_dir(e.path());
                            }
                        }
                    }
                    let _ = fs::remove_file(d.join("plainfile"));
                    let _ = fs::remove_file(d.join("dangling"));
                    r
                }),
            });
        }
    }
}
