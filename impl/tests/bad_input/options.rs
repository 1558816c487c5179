//! Bad file options (`mode`, `buffering`, `encoding`, `errors`, `newline`) and extreme
//! `max_size` values for `SpooledTemporaryFile`.

use super::*;

pub(super) fn option_cases(cases: &mut Vec<Case>) {
    use ExcClass::*;
    let table: Vec<(&str, FileOptions, Expect)> = vec![
        ("mode='z'", FileOptions::new().mode("z"), err(ValueError)),
        ("mode='rw'", FileOptions::new().mode("rw"), err(ValueError)),
        ("mode=''", FileOptions::new().mode(""), err(ValueError)),
        (
            "mode='w+bt'",
            FileOptions::new().mode("w+bt"),
            err(ValueError),
        ),
        ("buffering=-2", FileOptions::new().buffering(-2), Fine),
        (
            "buffering=0 text",
            FileOptions::new().mode("w+").buffering(0),
            err(ValueError),
        ),
        (
            "buffering=i64::MAX",
            FileOptions::new().buffering(i64::MAX),
            Fine,
        ),
        (
            "encoding='nope'",
            FileOptions::new().mode("w+").encoding("nope"),
            err(LookupError),
        ),
        (
            "encoding in binary mode",
            FileOptions::new().encoding("utf-8"),
            err(ValueError),
        ),
        (
            "errors in binary mode",
            FileOptions::new().errors("strict"),
            err(ValueError),
        ),
        (
            "newline='x'",
            FileOptions::new().mode("w+").newline("x"),
            err(ValueError),
        ),
        (
            "newline in binary mode",
            FileOptions::new().newline("\n"),
            err(ValueError),
        ),
        (
            "encoding with NUL",
            FileOptions::new().mode("w+").encoding("utf\0-8"),
            err(ValueError),
        ),
    ];
    for (what, opts, expect) in table {
        for fname in ["NamedTemporaryFile", "TemporaryFile"] {
            let opts = opts.clone();
            cases.push(Case {
                category: "bad mode/buffering/encoding/errors/newline",
                label: format!("{fname} {what}"),
                expect,
                run: Box::new(move |t, d| {
                    if fname == "TemporaryFile" {
                        t.temporary_file(&in_dir(d), &opts)?.close()
                    } else {
                        t.named_temporary_file(&in_dir(d), &opts)?.close()
                    }
                }),
            });
        }
    }
    // errors='bogus' is looked up when an encoding error needs it.
    cases.push(Case {
        category: "bad mode/buffering/encoding/errors/newline",
        label: "NamedTemporaryFile errors='bogus', unencodable write".into(),
        expect: err(LookupError),
        run: Box::new(|t, d| {
            let opts = FileOptions::new()
                .mode("w+")
                .encoding("ascii")
                .errors("bogus");
            let mut f = t.named_temporary_file(&in_dir(d), &opts)?;
            let r = f.file_mut().write_text(&"é".into()).map(drop);
            f.close()?;
            r
        }),
    });
}

pub(super) fn spool_cases(cases: &mut Vec<Case>) {
    for size in [-1i64, 0, i64::MAX, i64::MIN] {
        cases.push(Case {
            category: "max_size",
            label: format!("max_size={size}"),
            expect: Fine,
            run: Box::new(move |t, d| {
                let mut s = t.spooled_temporary_file(size, &in_dir(d), &FileOptions::new())?;
                s.write(b"abc")?;
                s.seek(0, Whence::Set)?;
                assert_eq!(s.read(None)?, b"abc", "max_size={size}: bytes lost");
                s.close()
            }),
        });
    }
}
