//! One implementation as a process speaking the driver's line protocol
//! (`conformance/py/pydiff.py`, `serve`): a `hello` line first, then one answer line per case.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStderr, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use serde::Deserialize;

use super::spec::Implementation;
use crate::pylevel::Case;

/// What a side says about itself when it starts.
#[derive(Clone, Debug, Deserialize, serde::Serialize)]
pub struct Hello {
    /// `sys.implementation.name`: `cpython`, `pypy`, `rustpython`.
    pub implementation: String,
    /// The implementation's own version (`8.0.1` for PyPy; the release for CPython).
    pub implementation_version: String,
    /// The Python language version, `3.11.17`.
    pub python: String,
    /// `sys.version`.
    pub version: String,
    /// The module the side runs (`tempfile`, `pytempfile`).
    pub module: String,
    /// Where that module was loaded from.
    pub module_file: Option<String>,
    /// Whether dropping the last reference finalizes an object at once.
    pub refcounting: bool,
    /// `sys.getfilesystemencoding()`, `sys.getfilesystemencodeerrors()`.
    pub filesystem_encoding: (String, String),
    /// The `os` attributes of the driver's list the side has (`O_TMPFILE`, `mkfifo`, ...).
    #[serde(default)]
    pub capabilities: Vec<String>,
}

/// A running side.
pub struct Side {
    /// Which implementation it is.
    pub implementation: Implementation,
    /// What it said when it started.
    pub hello: Hello,
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<Result<String, String>>,
    timeout: Duration,
}

/// One case's answer: an observation per operation, and the API each operation exercised.
#[derive(Debug, Clone, Deserialize)]
pub struct Answer {
    /// The observations (JSON strings, normalized by the driver).
    pub obs: Vec<String>,
    /// The API of each operation.
    pub api: Vec<String>,
}

#[derive(Deserialize)]
struct RawAnswer {
    obs: Option<Vec<String>>,
    api: Option<Vec<String>>,
    error: Option<String>,
}

impl Side {
    /// Start `implementation`'s driver; `collect` makes collection points explicit, `hide`
    /// names the `os` attributes it runs without. A side
    /// that does not say hello within `timeout` is an error (with what it printed).
    pub fn start(
        implementation: &Implementation,
        collect: bool,
        hide: &[String],
        timeout: Duration,
    ) -> Result<Side, String> {
        let mut cmd = implementation.command(collect, hide);
        let (mut child, rx, stderr) = spawn_lines(&implementation.name, &mut cmd)?;
        // Whatever the side writes to stderr is kept for the error message of a failure.
        let (etx, erx) = channel::<String>();
        std::thread::spawn(move || {
            let mut text = String::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                text.push_str(&line);
                text.push('\n');
            }
            let _ = etx.send(text);
        });
        let stdin = child.stdin.take();
        let first = match rx.recv_timeout(timeout) {
            Ok(Ok(l)) => l,
            Ok(Err(e)) => {
                let _ = child.kill();
                let _ = child.wait();
                let err = erx.recv_timeout(Duration::from_secs(5)).unwrap_or_default();
                return Err(format!(
                    "{} did not start ({e}):\n{}",
                    implementation.name,
                    tail(&err)
                ));
            }
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{} did not say hello within {timeout:?}",
                    implementation.name
                ));
            }
        };
        #[derive(Deserialize)]
        struct H {
            hello: Hello,
        }
        let hello = serde_json::from_str::<H>(&first)
            .map_err(|e| format!("{}: bad hello {first:?}: {e}", implementation.name))?
            .hello;
        Ok(Side {
            implementation: implementation.clone(),
            hello,
            child,
            stdin,
            lines: rx,
            timeout,
        })
    }

    /// Send `case` to run in the sandbox `root` (no answer read yet: see [`Side::answer`], so
    /// that both sides of a pair run at once).
    pub fn send(&mut self, case: &Case, root: &str) -> Result<(), String> {
        let req = serde_json::json!({ "case": case, "root": root });
        let stdin = self.stdin.as_mut().ok_or("stdin closed")?;
        writeln!(stdin, "{req}")
            .and_then(|()| stdin.flush())
            .map_err(|e| format!("{}: write: {e}", self.implementation.name))
    }

    /// The answer to the case sent last.
    pub fn answer(&mut self) -> Result<Answer, String> {
        let line = match self.lines.recv_timeout(self.timeout) {
            Ok(Ok(l)) => l,
            Ok(Err(e)) => return Err(format!("{}: {e}", self.implementation.name)),
            Err(RecvTimeoutError::Timeout) => {
                let _ = self.child.kill();
                return Err(format!(
                    "{}: no answer within {:?} (a case that blocks?)",
                    self.implementation.name, self.timeout
                ));
            }
            Err(RecvTimeoutError::Disconnected) => {
                return Err(format!("{}: the side is gone", self.implementation.name));
            }
        };
        let raw: RawAnswer = serde_json::from_str(&line).map_err(|e| {
            format!(
                "{}: bad answer ({e}): {}",
                self.implementation.name,
                tail(&line)
            )
        })?;
        if let Some(err) = raw.error {
            return Err(format!(
                "{}: the driver failed:\n{err}",
                self.implementation.name
            ));
        }
        Ok(Answer {
            obs: raw.obs.unwrap_or_default(),
            api: raw.api.unwrap_or_default(),
        })
    }

    /// Run one case and wait for its answer.
    pub fn run(&mut self, case: &Case, root: &str) -> Result<Answer, String> {
        self.send(case, root)?;
        self.answer()
    }
}

impl Drop for Side {
    fn drop(&mut self) {
        // End of input ends the serve loop; a side that does not stop is killed.
        drop(self.stdin.take());
        for _ in 0..50 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

/// A started process's output, line by line, then one `Err` when it ends or cannot be read.
pub(crate) type Lines = Receiver<Result<String, String>>;

/// Start `cmd` with its standard streams piped: its output arrives as [`Lines`], its standard
/// error is the caller's to drain. `name` is the implementation's, for the error message.
pub(crate) fn spawn_lines(
    name: &str,
    cmd: &mut Command,
) -> Result<(Child, Lines, ChildStderr), String> {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("{name}: cannot start {cmd:?}: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let stderr = child.stderr.take().ok_or("no stderr")?;
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let msg = line.map_err(|e| e.to_string());
            let stop = msg.is_err();
            if tx.send(msg).is_err() || stop {
                return;
            }
        }
        let _ = tx.send(Err("the side closed its output".into()));
    });
    Ok((child, rx, stderr))
}
