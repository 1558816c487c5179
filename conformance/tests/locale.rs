//! Any locale: the encodings pytempfile assumes are the ones CPython chooses, and the
//! differential holds outside UTF-8.
//!
//! - The embedded oracle's file-system and default text encodings are what
//!   `pytempfile::locale::Encodings` predicts for an embedded interpreter in this environment.
//! - The linked interpreter's `python3` executable, started in a dozen environments (`LANG`,
//!   `LC_*`, `PYTHONUTF8`, `PYTHONCOERCECLOCALE` set and unset; C, C.UTF-8, Latin-1, a locale
//!   that does not load), chooses what the crate's defaults predict, computed by this test
//!   binary started in the same environment.
//! - A short differential run (`PYTEMPFILE_LOCALE_CASES` sequences, default 64) in the C
//!   locale and in a Latin-1 locale, each in a child process started with that locale (the
//!   embedded interpreter reads it at start-up).
//!
//! The Latin-1 locale is generated with `localedef` (conformance::locales); where that cannot
//! be done the Latin-1 parts are skipped with the reason printed.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::process::Command;

use conformance::locales;
use pytempfile::PyVersion;
use pytempfile::locale::{Encodings, Startup};

/// Set in a child started by this binary: what the child does.
const CHILD: &str = "PYTEMPFILE_LOCALE_CHILD";

fn oracle() -> &'static pyref::Oracle {
    pyref::Oracle::get().unwrap()
}

fn version() -> PyVersion {
    let (a, b, c) = oracle().version();
    PyVersion::supported(a, b, c).unwrap()
}

fn line(utf8: bool, fs: &str, errors: &str, text: &str) -> String {
    format!("utf8_mode={} fs={fs}/{errors} text={text}", u8::from(utf8))
}

/// This binary, running only the child test, in exactly `vars` (plus `PATH`).
fn spawn_child(mode: &str, vars: &BTreeMap<String, String>) -> std::process::Output {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", "child", "--nocapture", "--test-threads=1"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env(CHILD, mode)
        .envs(vars);
    cmd.output().unwrap()
}

/// The environments the executable is started in: (description, variables).
fn environments(latin1: Option<&str>) -> Vec<BTreeMap<String, String>> {
    let mut envs: Vec<Vec<(&str, &str)>> = vec![
        vec![],
        vec![("LC_ALL", "C")],
        vec![("LC_ALL", "POSIX")],
        vec![("LANG", "C.UTF-8")],
        vec![("PYTHONUTF8", "0")],
        vec![("PYTHONUTF8", "1")],
        vec![("LC_ALL", "C"), ("PYTHONUTF8", "0")],
        vec![("PYTHONCOERCECLOCALE", "0"), ("PYTHONUTF8", "0")],
        vec![("PYTHONCOERCECLOCALE", "0")],
        vec![("LANG", "xx_XX.NO-SUCH-CHARSET"), ("PYTHONUTF8", "0")],
    ];
    if let Some(dir) = latin1 {
        envs.push(vec![("LOCPATH", dir), ("LANG", locales::LATIN1)]);
        envs.push(vec![
            ("LOCPATH", dir),
            ("LC_ALL", locales::LATIN1),
            ("PYTHONUTF8", "0"),
        ]);
        envs.push(vec![
            ("LOCPATH", dir),
            ("LC_CTYPE", locales::LATIN1),
            ("PYTHONUTF8", "1"),
        ]);
    }
    envs.into_iter()
        .map(|v| {
            v.into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn the_embedded_oracle_chooses_what_the_crate_predicts() {
    let o = oracle();
    let (fs, errors) = o.filesystem_encoding();
    let got = format!("fs={fs}/{errors} text={}", o.text_encoding());
    let want = Encodings::from_environment(version(), Startup::Embedded);
    let want = format!(
        "fs={}/{} text={}",
        want.filesystem(),
        want.filesystem_errors(),
        want.text()
    );
    println!("embedded CPython {}: {got}", o.version_string());
    assert_eq!(got, want, "embedded interpreter");
}

#[test]
fn the_executable_chooses_what_the_crate_predicts() {
    let exe = oracle().eval_str("__import__('sys').executable").unwrap();
    let latin1 = locales::latin1();
    if let Err(why) = &latin1 {
        println!("Latin-1 environments skipped: {why}");
    }
    let dir = latin1
        .as_ref()
        .ok()
        .map(|d| d.path().to_string_lossy().into_owned());
    let probe = "import io, sys; print('utf8_mode=%d fs=%s/%s text=%s' % (sys.flags.utf8_mode, \
                 sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), \
                 io.TextIOWrapper(io.BytesIO()).encoding))";
    let mut checked = 0;
    for vars in environments(dir.as_deref()) {
        let py = Command::new(&exe)
            .args(["-c", probe])
            .env_clear()
            .envs(&vars)
            .output()
            .unwrap();
        assert!(py.status.success(), "{exe} in {vars:?}: {py:?}");
        let py = String::from_utf8_lossy(&py.stdout).trim().to_string();
        let ours = spawn_child("encodings", &vars);
        let ours = String::from_utf8_lossy(&ours.stdout);
        let ours = ours
            .lines()
            .find_map(|l| l.strip_prefix("ENCODINGS "))
            .unwrap_or_else(|| panic!("child printed no encodings in {vars:?}: {ours}"))
            .to_string();
        println!("{vars:?}: {py}");
        assert_eq!(ours, py, "python3 in {vars:?}");
        checked += 1;
    }
    assert!(checked >= 10);
}

#[test]
fn the_differential_holds_in_non_utf8_locales() {
    let cases: u32 = std::env::var("PYTEMPFILE_LOCALE_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    let mut runs: Vec<(String, BTreeMap<String, String>)> =
        vec![("C".into(), [("LC_ALL".to_string(), "C".to_string())].into())];
    let latin1 = locales::latin1();
    match &latin1 {
        Ok(dir) => runs.push((
            locales::LATIN1.into(),
            [
                ("LC_ALL".to_string(), locales::LATIN1.to_string()),
                (
                    "LOCPATH".to_string(),
                    dir.path().to_string_lossy().into_owned(),
                ),
            ]
            .into(),
        )),
        Err(why) => println!("Latin-1 differential skipped: {why}"),
    }
    for (name, mut vars) in runs {
        vars.insert("PYTEMPFILE_LOCALE_CASES".into(), cases.to_string());
        let out = spawn_child("differential", &vars);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let summary = stdout
            .lines()
            .find(|l| l.starts_with("DIFFERENTIAL "))
            .map(str::to_string);
        println!(
            "locale {name}: {}",
            summary.as_deref().unwrap_or("(no summary)")
        );
        assert!(
            out.status.success() && summary.as_deref().is_some_and(|s| s.ends_with(" ok")),
            "differential in locale {name}:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The child's side; does nothing unless started by one of the tests above.
#[test]
fn child() {
    let Ok(mode) = std::env::var(CHILD) else {
        return;
    };
    match mode.as_str() {
        "encodings" => {
            let e = Encodings::from_environment(version(), Startup::Executable);
            println!(
                "\nENCODINGS {}",
                line(
                    e.utf8_mode(),
                    e.filesystem(),
                    e.filesystem_errors(),
                    e.text()
                )
            );
        }
        "differential" => {
            let cases = std::env::var("PYTEMPFILE_LOCALE_CASES")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(64);
            let (fs, errors) = oracle().filesystem_encoding();
            let summary = conformance::differential::run(cases, |_| {});
            let ops: u64 = summary.compared.values().sum();
            match summary.divergence {
                None => println!(
                    "\nDIFFERENTIAL CPython {} fs={fs}/{errors} text={}: {} sequences, {ops} \
                     operations ok",
                    oracle().version_string(),
                    oracle().text_encoding(),
                    summary.cases
                ),
                Some((what, json)) => {
                    println!("\nDIFFERENTIAL divergence\n{what}\nsequence (JSON): {json}");
                    std::process::exit(1);
                }
            }
        }
        other => panic!("unknown child mode {other}"),
    }
}
