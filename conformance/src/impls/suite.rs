//! CPython's own `test_tempfile`, per implementation.
//!
//! | Implementation | What runs |
//! |---|---|
//! | CPython releases, `cpython-linked`, `NAME=COMMAND` | `python -m test -v test_tempfile`: the interpreter's own test package |
//! | `pytempfile` | the same in the `pyside` binary, `sys.modules["tempfile"]` being pytempfile: the linked CPython's tests on pytempfile |
//! | `pypy` | PyPy's copy of CPython's tests (Debian's `pypy3-lib-testsuite`), through `conformance/py/suite_main.py` with an `ImportError` stub for `_testcapi` first on `sys.path` (`test.support` imports it, and PyPy builds it from a C source Debian does not ship) |
//! | `rustpython` | CPython 3.14's `test_tempfile` from the sid root (`/usr/lib/python3.14/test`, seen from the host), loaded at run time: `suite_main.py` puts a directory holding only a `test` symlink to it first on `sys.path` (RustPython ships no `Lib/test`, and the rest of CPython's library must not shadow RustPython's), with a private `sys.pycache_prefix` (RustPython would otherwise load the `.pyc` files CPython compiled there) |
//!
//! The counts come from unittest's verbose output (`Ran N tests`, then `OK (...)` or
//! `FAILED (...)`): failed = failures + errors + unexpected successes, passed = run − failed −
//! skipped; each failing test is listed with the first line of its exception.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::guarantees::Scratch;
use super::spec::{self, Implementation, Kind};

/// How long one suite may run.
pub const TIMEOUT: Duration = Duration::from_secs(1800);

/// A suite run's counts.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SuiteResult {
    /// Which test file ran (the implementation's own, or CPython's for RustPython).
    pub source: String,
    /// Tests passed, failed (errors included), skipped.
    pub counts: (u64, u64, u64),
    /// The failing tests, with their first error line.
    pub failures: Vec<String>,
    /// Wall-clock seconds.
    #[serde(default)]
    pub seconds: f64,
}

/// Run `test_tempfile` on `implementation`.
pub fn run(implementation: &Implementation) -> Result<SuiteResult, String> {
    run_with_timeout(implementation, TIMEOUT)
}

/// [`run`], stopping the suite after `timeout`.
pub fn run_with_timeout(
    implementation: &Implementation,
    timeout: Duration,
) -> Result<SuiteResult, String> {
    let start = Instant::now();
    let test_args = ["-v".to_string(), "test_tempfile".to_string()];
    let scratch = Scratch::new(implementation, "suite")?;
    let mut wrapper_args = Vec::new();
    let source;
    let cmd = match implementation.kind {
        Kind::Pypy => {
            std::fs::write(
                scratch.host().join("_testcapi.py"),
                "raise ImportError(\"_testcapi: its C source is not installed (Debian ships \
                 no _testcapimodule.c)\")\n",
            )
            .map_err(|e| format!("the _testcapi stub: {e}"))?;
            source = "PyPy's test.test_tempfile (Debian's pypy3-lib-testsuite), an ImportError \
                      stub for _testcapi first on sys.path"
                .to_string();
            wrapper_args.extend([
                "--path".to_string(),
                scratch.side_str(),
                "--pycache-prefix".to_string(),
                scratch.side_join("pycache"),
            ]);
            let args = wrapped(&wrapper_args, &test_args);
            implementation.script_command(&suite_main(), &args)
        }
        Kind::Rustpython => {
            let tests = spec::sid_root().join("usr/lib/python3.14/test");
            if !tests.join("test_tempfile.py").is_file() {
                return Err(format!(
                    "no {}: CPython 3.14's test suite comes from the sid root (run \
                     `scripts/cpython-root.sh provision`)",
                    tests.join("test_tempfile.py").display()
                ));
            }
            let release = cpython_release(&spec::sid_root().join("usr/include/python3.14"))
                .unwrap_or_else(|| "3.14".into());
            source = format!(
                "CPython {release}'s test.test_tempfile ({}), loaded at run time",
                tests.display()
            );
            std::os::unix::fs::symlink(&tests, scratch.host().join("test"))
                .map_err(|e| format!("the test symlink: {e}"))?;
            std::fs::create_dir(scratch.host().join("cwd"))
                .map_err(|e| format!("the working directory: {e}"))?;
            wrapper_args.extend([
                "--path".to_string(),
                scratch.side_str(),
                "--pycache-prefix".to_string(),
                scratch.side_join("pycache"),
                "--cwd".to_string(),
                scratch.side_join("cwd"),
            ]);
            let args = wrapped(&wrapper_args, &test_args);
            implementation.script_command(&suite_main(), &args)
        }
        Kind::Pytempfile => {
            source = "the linked CPython's test.test_tempfile, `tempfile` being pytempfile".into();
            implementation.module_command("test", &test_args)
        }
        Kind::Cpython | Kind::Other => {
            source = format!("{}'s own test.test_tempfile", implementation.name);
            implementation.module_command("test", &test_args)
        }
    };
    let (output, status) = run_merged(cmd, timeout)
        .map_err(|e| format!("{}: test_tempfile: {e}", implementation.name))?;
    drop(scratch);
    let (counts, failures) = parse(&output).map_err(|e| {
        format!(
            "{}: test_tempfile ({status}): {e}; the output ends:\n{}",
            implementation.name,
            tail(&output, 25)
        )
    })?;
    Ok(SuiteResult {
        source,
        counts,
        failures,
        seconds: start.elapsed().as_secs_f64(),
    })
}

fn suite_main() -> std::path::PathBuf {
    spec::workspace()
        .join("conformance")
        .join("py")
        .join("suite_main.py")
}

fn wrapped(wrapper: &[String], test_args: &[String]) -> Vec<String> {
    let mut v = wrapper.to_vec();
    v.push("--".into());
    v.push("test".into());
    v.extend(test_args.iter().cloned());
    v
}

/// The CPython release whose headers are in `include` (`patchlevel.h`'s `PY_VERSION`).
fn cpython_release(include: &Path) -> Option<String> {
    let h = std::fs::read_to_string(include.join("patchlevel.h")).ok()?;
    let line = h.lines().find(|l| l.starts_with("#define PY_VERSION "))?;
    Some(line.split('"').nth(1)?.to_string())
}

/// Run `cmd` with stderr merged into stdout (`sh -c 'exec "$0" "$@" 2>&1'`), in its own
/// process group, at most `timeout`; the output and how it ended.
fn run_merged(cmd: Command, timeout: Duration) -> Result<(String, String), String> {
    use std::os::unix::process::CommandExt;
    let mut sh = Command::new("sh");
    sh.arg("-c")
        .arg("exec \"$0\" \"$@\" 2>&1")
        .arg(cmd.get_program())
        .args(cmd.get_args());
    sh.env_clear();
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    if let Some(d) = cmd.get_current_dir() {
        sh.current_dir(d);
    }
    sh.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0);
    let mut child = sh
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let mut stdout = child.stdout.take().ok_or("no stdout")?;
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st.to_string(),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
            _ => {
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{}", child.id())])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status();
                let _ = child.kill();
                let _ = child.wait();
                break format!("stopped after {timeout:?}");
            }
        }
    };
    let output = reader.join().unwrap_or_default();
    Ok((output, status))
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// What [`parse`] reads: the counts (passed, failed, skipped) and the failing tests.
pub type Parsed = ((u64, u64, u64), Vec<String>);

/// The counts (passed, failed, skipped) and the failing tests of unittest's verbose output.
pub fn parse(output: &str) -> Result<Parsed, String> {
    let lines: Vec<&str> = output.lines().collect();
    let ran_at = lines
        .iter()
        .position(|l| l.starts_with("Ran ") && l.contains(" test"))
        .ok_or("no `Ran N tests` line: the suite did not run to its end")?;
    let ran: u64 = lines[ran_at]
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("bad line {:?}", lines[ran_at]))?;
    let verdict = lines[ran_at + 1..]
        .iter()
        .map(|l| l.trim())
        .find(|l| l.starts_with("OK") || l.starts_with("FAILED"))
        .ok_or("no OK/FAILED line after `Ran N tests`")?;
    let count = |key: &str| -> u64 {
        let Some(inner) = verdict.split_once('(').and_then(|(_, r)| r.split_once(')')) else {
            return 0;
        };
        inner
            .0
            .split(',')
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0)
    };
    let failed = count("failures") + count("errors") + count("unexpected successes");
    let skipped = count("skipped");
    if verdict.starts_with("FAILED") && failed == 0 {
        return Err(format!("{verdict:?} names no failure"));
    }
    let passed = ran.saturating_sub(failed + skipped);
    let mut failures = Vec::new();
    let mut i = 0;
    while i < ran_at {
        let l = lines[i];
        let head = ["FAIL: ", "ERROR: "].iter().find_map(|p| {
            l.strip_prefix(p)
                .map(|rest| (p.trim_end_matches(": "), rest))
        });
        if let Some((kind, rest)) = head {
            if i > 0 && lines[i - 1].starts_with("=====") {
                let first = lines[i + 1..ran_at]
                    .iter()
                    .take_while(|l| !l.starts_with("====="))
                    .find(|l| {
                        !l.is_empty()
                            && !l.starts_with(char::is_whitespace)
                            && !l.starts_with("-----")
                            && !l.starts_with("Traceback (most recent call last)")
                            && !l.starts_with("During handling of the above exception")
                            && !l.starts_with("The above exception was the direct cause")
                    })
                    .map_or("", |l| l.trim());
                failures.push(format!("{} ({kind}): {first}", test_name(rest)));
            }
        }
        if let Some(name) = l.strip_suffix(" ... unexpected success") {
            failures.push(format!("{} (unexpected success)", test_name(name)));
        }
        i += 1;
    }
    Ok(((passed, failed, skipped), failures))
}

/// `test_x (test.test_tempfile.TestX.test_x)` (3.11+) or `test_x (test.test_tempfile.TestX)`
/// (3.10) as `TestX.test_x`.
fn test_name(header: &str) -> String {
    let Some((method, rest)) = header.split_once(" (") else {
        return header.trim().to_string();
    };
    let qual = rest.trim_end_matches(')');
    let qual = qual.strip_prefix("test.test_tempfile.").unwrap_or(qual);
    if qual.ends_with(&format!(".{method}")) || qual == method {
        qual.to_string()
    } else {
        format!("{qual}.{method}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUT: &str = "\
test_a (test.test_tempfile.TestA.test_a) ... ok
test_b (test.test_tempfile.TestA.test_b) ... FAIL
test_c (test.test_tempfile.TestC) ... ERROR
test_d (test.test_tempfile.TestC.test_d) ... skipped 'no'
test_e (test.test_tempfile.TestC.test_e) ... unexpected success

======================================================================
FAIL: test_b (test.test_tempfile.TestA.test_b)
----------------------------------------------------------------------
Traceback (most recent call last):
  File \"x.py\", line 1, in test_b
    self.assertEqual(1, 2)
AssertionError: 1 != 2

======================================================================
ERROR: test_c (test.test_tempfile.TestC)
----------------------------------------------------------------------
Traceback (most recent call last):
  File \"x.py\", line 1, in test_c
OSError: [Errno 22] bad
During handling of the above exception, another exception occurred:
ValueError: later

----------------------------------------------------------------------
Ran 5 tests in 0.1s

FAILED (failures=1, errors=1, skipped=1, unexpected successes=1)
";

    #[test]
    fn verbose_output_is_counted() {
        let (counts, failures) = parse(OUT).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(counts, (1, 3, 1));
        assert_eq!(
            failures,
            vec![
                "TestC.test_e (unexpected success)".to_string(),
                "TestA.test_b (FAIL): AssertionError: 1 != 2".to_string(),
                "TestC.test_c (ERROR): OSError: [Errno 22] bad".to_string(),
            ]
        );
        assert_eq!(
            parse("Ran 104 tests in 4.0s\n\nOK (skipped=4)\n").ok(),
            Some(((100, 0, 4), vec![]))
        );
        assert!(parse("Traceback\nImportError: no\n").is_err());
    }
}
