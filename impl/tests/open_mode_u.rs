//! Mode `'U'` ([`Behaviour::OpenModeNoU`], bpo-37330): before 3.11 `io.open` reads with it,
//! warns `DeprecationWarning("'U' mode is deprecated")` (attributed to `tempfile`, the caller of
//! `io.open`) and refuses `x`, `w`, `a` and `+` beside it; from 3.11 it is an invalid mode.
//! Checked against CPython 3.10.13 and 3.11.7 (and recorded: `corpus/cases/buffered.txt` and
//! `text.txt`, the cases with `U`).
#![allow(clippy::unwrap_used)]

mod common;

use common::{Events, Sandbox, module_v};
use pytempfile::{
    Behaviour, Event, ExcClass, FileName, FileOptions, Params, PyStr, PyVersion, Tempfile,
};

const DEPRECATED: &str = "'U' mode is deprecated";
const COMBINED: &str = "mode U cannot be combined with 'x', 'w', 'a', or '+'";

fn deprecations(events: &Events) -> Vec<String> {
    events
        .take()
        .into_iter()
        .filter_map(|e| match e {
            Event::DeprecationWarning { message } => Some(message),
            _ => None,
        })
        .collect()
}

fn module(sb: &Sandbox, version: PyVersion) -> (Tempfile, Events) {
    let (t, _os, events) = module_v(sb, version);
    (t, events)
}

#[test]
fn named_temporary_file_reads_with_u_before_3_11_and_warns() {
    assert!(!PyVersion::V3_10.has(Behaviour::OpenModeNoU));
    let sb = Sandbox::new("mode-u");
    let (t, events) = module(&sb, PyVersion::V3_10);
    // (mode, class, the object's `mode`)
    for (mode, class, shown) in [
        ("U", "TextIOWrapper", "U"),
        ("rU", "TextIOWrapper", "rU"),
        ("Ur", "TextIOWrapper", "Ur"),
        ("tU", "TextIOWrapper", "tU"),
        ("Ub", "BufferedReader", "rb"),
        ("bU", "BufferedReader", "rb"),
        ("rUb", "BufferedReader", "rb"),
    ] {
        let opts = FileOptions::new().mode(mode).delete(false);
        let mut f = t.named_temporary_file(&Params::new(), &opts).unwrap();
        assert_eq!(deprecations(&events), [DEPRECATED], "{mode}");
        std::fs::write(f.path(), b"a\r\nb\n").unwrap();
        let file = f.file_mut();
        assert_eq!(file.class_name(), class, "{mode}");
        assert_eq!(file.mode(), shown, "{mode}");
        assert!(
            file.readable().unwrap() && !file.writable().unwrap(),
            "{mode}"
        );
        if class == "TextIOWrapper" {
            // Universal newlines (newline=None, the default).
            assert_eq!(file.read_text(None).unwrap(), PyStr::from("a\nb\n"));
            assert!(file.write_text(&PyStr::from("x")).is_err());
        } else {
            assert_eq!(file.read(None).unwrap(), b"a\r\nb\n");
            assert!(file.write(b"x").is_err());
        }
        let path = f.path().to_path_buf();
        f.close().unwrap();
        std::fs::remove_file(path).unwrap();
    }
}

#[test]
fn u_with_a_writing_letter_is_refused_before_any_file_is_made() {
    let sb = Sandbox::new("mode-u-refused");
    let (t, events) = module(&sb, PyVersion::V3_10);
    for mode in ["wU", "U+", "xU", "aU", "rU+", "Ub+"] {
        let opts = FileOptions::new().mode(mode);
        let e = t.named_temporary_file(&Params::new(), &opts).unwrap_err();
        assert_eq!(
            (e.class(), e.to_string()),
            (ExcClass::ValueError, COMBINED.into())
        );
        let e = t.temporary_file(&Params::new(), &opts).unwrap_err();
        assert_eq!(e.to_string(), COMBINED, "{mode}");
        assert!(deprecations(&events).is_empty(), "{mode}");
    }
    // A repeated U is any repeated letter; text and binary together warn first.
    let e = t
        .named_temporary_file(&Params::new(), &FileOptions::new().mode("UU"))
        .unwrap_err();
    assert_eq!(e.to_string(), "invalid mode: 'UU'");
    assert!(deprecations(&events).is_empty());
    let e = t
        .named_temporary_file(&Params::new(), &FileOptions::new().mode("Utb"))
        .unwrap_err();
    assert_eq!(e.to_string(), "can't have text and binary mode at once");
    assert_eq!(deprecations(&events), [DEPRECATED]);
    assert!(sb.entries().is_empty(), "{:?}", sb.entries());
}

#[test]
fn u_is_an_invalid_mode_from_3_11() {
    for version in [PyVersion::V3_11, PyVersion::V3_13, PyVersion::NEWEST] {
        assert!(version.has(Behaviour::OpenModeNoU));
        let sb = Sandbox::new("mode-u-invalid");
        let (t, events) = module(&sb, version);
        for mode in ["U", "rU", "Ub", "wU"] {
            let opts = FileOptions::new().mode(mode);
            let e = t.named_temporary_file(&Params::new(), &opts).unwrap_err();
            let want = format!("invalid mode: '{mode}'");
            assert_eq!((e.class(), e.to_string()), (ExcClass::ValueError, want));
            assert!(t.temporary_file(&Params::new(), &opts).is_err());
        }
        assert!(deprecations(&events).is_empty());
        assert!(sb.entries().is_empty(), "{version}: {:?}", sb.entries());
    }
}

#[test]
fn temporary_file_reads_with_u_before_3_11() {
    let sb = Sandbox::new("mode-u-unnamed");
    let (t, events) = module(&sb, PyVersion::V3_10);
    let mut f = t
        .temporary_file(&Params::new(), &FileOptions::new().mode("U"))
        .unwrap();
    assert_eq!(deprecations(&events), [DEPRECATED]);
    assert_eq!(f.class_name(), "TextIOWrapper");
    assert_eq!(f.mode(), "U");
    assert_eq!(f.read_text(None).unwrap(), PyStr::from(""));
    f.close().unwrap();
    let mut f = t
        .temporary_file(&Params::new(), &FileOptions::new().mode("Ub"))
        .unwrap();
    assert_eq!(deprecations(&events), [DEPRECATED]);
    assert_eq!((f.class_name(), f.mode()), ("BufferedReader", "rb"));
    assert!(matches!(f.name(), FileName::Fd(_) | FileName::Path(_)));
    f.close().unwrap();
}

/// A spool opens its file at the rollover: that is where 3.10 warns (the file cannot be
/// written, so the rollover fails; CPython is then left half rolled over, pytempfile stays in
/// memory: module docs of `spooled`).
#[test]
fn a_spool_warns_when_it_rolls_over_with_u() {
    let sb = Sandbox::new("mode-u-spool");
    let (t, events) = module(&sb, PyVersion::V3_10);
    let opts = FileOptions::new().mode("U");
    let mut sp = t.spooled_temporary_file(3, &Params::new(), &opts).unwrap();
    assert!(deprecations(&events).is_empty());
    assert_eq!(sp.mode(), "U");
    let e = sp.write_text(&PyStr::from("abcd")).unwrap_err();
    assert_eq!(
        (e.class(), e.to_string()),
        (ExcClass::UnsupportedOperation, "write".into())
    );
    assert_eq!(deprecations(&events), [DEPRECATED]);
    assert!(!sp.rolled());
    // 3.11+: the rollover's TemporaryFile refuses the mode.
    let (t, events) = module(&sb, PyVersion::V3_11);
    let mut sp = t.spooled_temporary_file(3, &Params::new(), &opts).unwrap();
    let e = sp.rollover().unwrap_err();
    assert_eq!(e.to_string(), "invalid mode: 'U'");
    assert!(deprecations(&events).is_empty());
}

/// The Rust API's `reopen_with` takes the release's modes too (the warning is `io.open`'s).
/// The file is kept (`delete=False`): on Windows a file deleted on close is opened with
/// `O_TEMPORARY`, which no second open may share.
#[test]
fn reopen_with_u_follows_the_release() {
    let sb = Sandbox::new("mode-u-reopen");
    let (t, events) = module(&sb, PyVersion::V3_10);
    let kept = FileOptions::new().delete(false);
    let mut f = t.named_temporary_file(&Params::new(), &kept).unwrap();
    f.file_mut().write(b"x\r\ny").unwrap();
    let mut r = f.reopen_with(&FileOptions::new().mode("rU")).unwrap();
    assert_eq!(deprecations(&events), [DEPRECATED]);
    assert_eq!(r.read_text(None).unwrap(), PyStr::from("x\ny"));
    r.close().unwrap();
    f.close().unwrap();
    std::fs::remove_file(f.path()).unwrap();
    let (t, _events) = module(&sb, PyVersion::V3_11);
    let mut f = t.named_temporary_file(&Params::new(), &kept).unwrap();
    let e = f.reopen_with(&FileOptions::new().mode("rU")).unwrap_err();
    assert_eq!(e.to_string(), "invalid mode: 'rU'");
    f.close().unwrap();
    std::fs::remove_file(f.path()).unwrap();
}
