//! Which implementations the harness knows, where they are, and how one is started.
//!
//! A name on the command line resolves to an [`Implementation`]: how to start its interpreter
//! (directly, or inside the Debian sid root of `scripts/cpython-root.sh`), which module it
//! runs (`tempfile`, or `pytempfile` for the `pyside` binary that embeds the linked CPython),
//! and which implementation it is compared with by default ([`default_reference`]).
//!
//! | Name | What | Where |
//! |---|---|---|
//! | `cpython-3.10.13`, `cpython-3.11.7`, `cpython-3.12.1`, `cpython-3.13.0` | CPython | pyenv (`$PYENV_ROOT`, default `~/.pyenv`) |
//! | `cpython-3.13.18`, `cpython-3.14.10`, `cpython-3.15.2` | CPython | the sid root (`/usr/bin/python3.X`) |
//! | `pypy` | PyPy 8.0.1 (Python 3.11.17) | the sid root (`/usr/bin/pypy3`) |
//! | `rustpython` | RustPython 0.6.0 (Python 3.14, its own `tempfile.py`) | `scripts/rustpython.sh path` |
//! | `pytempfile` | the `pytempfile` module in the linked CPython | the `pyside` binary beside this one |
//! | `cpython-linked` | the linked CPython's own `tempfile`, embedded as `pytempfile` is | the `pyside` binary |
//! | `NAME=COMMAND` | any Python 3.10+ interpreter | `COMMAND` (split on spaces) runs it |

use std::path::{Path, PathBuf};
use std::process::Command;

/// The adjacent CPython releases the version model is checked against, oldest first.
pub const RELEASES: [&str; 7] = [
    "3.10.13", "3.11.7", "3.12.1", "3.13.0", "3.13.18", "3.14.10", "3.15.2",
];

/// The releases that live in the sid root (the rest come from pyenv).
const SID_RELEASES: [&str; 3] = ["3.13.18", "3.14.10", "3.15.2"];

/// What kind of implementation a side is (the normalizations and findings name kinds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// CPython's own `tempfile`.
    Cpython,
    /// PyPy's `tempfile` (CPython's file) on PyPy's runtime.
    Pypy,
    /// RustPython's `tempfile` (from `rustpython-pylib`) on RustPython's runtime.
    Rustpython,
    /// The `pytempfile` module.
    Pytempfile,
    /// An interpreter named on the command line.
    Other,
}

impl Kind {
    /// `"cpython"`, `"pypy"`, ...: the name the data files use.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Cpython => "cpython",
            Kind::Pypy => "pypy",
            Kind::Rustpython => "rustpython",
            Kind::Pytempfile => "pytempfile",
            Kind::Other => "other",
        }
    }
}

/// One implementation, ready to be started as a process.
#[derive(Clone, Debug)]
pub struct Implementation {
    /// The name it was asked for (`cpython-3.11.7`, `pypy`, ...).
    pub name: String,
    /// What it is.
    pub kind: Kind,
    /// The command that runs a Python file: the interpreter (possibly through the sid root's
    /// `run`), or the `pyside` binary (which embeds the linked CPython).
    interpreter: Vec<String>,
    /// Whether `interpreter` is the `pyside` binary.
    pyside: bool,
    /// The module it runs.
    pub module: &'static str,
    /// Where its file system is seen from the harness: `Some(root)` when it runs chrooted in
    /// the sid root (paths it reports are below `root` here).
    pub chroot: Option<PathBuf>,
    /// The CPython release this implementation should be compared with by default.
    pub reference: Option<String>,
}

/// The repository root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The Python-level driver (`conformance/py/pydiff.py`).
pub fn driver_path() -> PathBuf {
    workspace().join("conformance").join("py").join("pydiff.py")
}

/// The sid root (`PYTEMPFILE_SID_ROOT`, default `/var/lib/pytempfile/sid`).
pub fn sid_root() -> PathBuf {
    std::env::var_os("PYTEMPFILE_SID_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/var/lib/pytempfile/sid"))
}

fn pyenv_root() -> PathBuf {
    if let Some(r) = std::env::var_os("PYENV_ROOT") {
        return PathBuf::from(r);
    }
    std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".pyenv"))
        .unwrap_or_else(|| PathBuf::from("/root/.pyenv"))
}

/// The `pyside` binary built beside the running one (same profile, same linked CPython).
pub fn pyside_path() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| format!("current_exe: {e}"))?;
    let mut dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    // Test binaries live in target/<profile>/deps; the binaries one level up.
    if dir.file_name().is_some_and(|n| n == "deps") {
        dir.pop();
    }
    let p = dir.join("pyside");
    if p.exists() {
        Ok(p)
    } else {
        Err(format!(
            "{} is missing: build it with `cargo build -p conformance --bin pyside` (same profile and PYO3_PYTHON)",
            p.display()
        ))
    }
}

/// The command prefix that runs `argv` inside the sid root.
fn in_root(argv: &[&str]) -> Vec<String> {
    let mut v = vec![
        "bash".to_string(),
        workspace()
            .join("scripts")
            .join("cpython-root.sh")
            .to_string_lossy()
            .into_owned(),
        "run".to_string(),
        "--".to_string(),
    ];
    v.extend(argv.iter().map(|s| (*s).to_string()));
    v
}

/// The default reference of an implementation: the CPython release before it (release
/// against release), the CPython of PyPy's and RustPython's language version, or the linked
/// CPython for pytempfile.
pub fn default_reference(name: &str, kind: Kind) -> Option<String> {
    match kind {
        Kind::Cpython => {
            let r = name.strip_prefix("cpython-")?;
            let i = RELEASES.iter().position(|x| *x == r)?;
            // The oldest release is compared with itself: the harness's own determinism.
            Some(format!("cpython-{}", RELEASES[i.saturating_sub(1)]))
        }
        Kind::Pypy => Some("cpython-3.11.7".into()),
        Kind::Rustpython => Some("cpython-3.14.10".into()),
        Kind::Pytempfile => Some("cpython-linked".into()),
        Kind::Other => None,
    }
}

impl Implementation {
    /// Resolve a name (see the module docs) to an implementation; a clear error when it is
    /// not installed or not provisioned.
    pub fn resolve(spec: &str) -> Result<Implementation, String> {
        if let Some((name, cmd)) = spec.split_once('=') {
            let argv: Vec<String> = cmd.split_whitespace().map(str::to_string).collect();
            if argv.is_empty() || name.is_empty() {
                return Err(format!("--implementation {spec}: want NAME=COMMAND"));
            }
            let kind = match name {
                n if n.starts_with("pypy") => Kind::Pypy,
                n if n.starts_with("rustpython") => Kind::Rustpython,
                n if n.starts_with("cpython") => Kind::Cpython,
                _ => Kind::Other,
            };
            return Ok(Implementation {
                name: name.to_string(),
                kind,
                interpreter: argv,
                pyside: false,
                module: "tempfile",
                chroot: None,
                reference: default_reference(name, kind),
            });
        }
        match spec {
            "pytempfile" | "cpython-linked" => {
                let pyside = pyside_path()?.to_string_lossy().into_owned();
                let (kind, module) = if spec == "pytempfile" {
                    (Kind::Pytempfile, "pytempfile")
                } else {
                    (Kind::Cpython, "tempfile")
                };
                Ok(Implementation {
                    name: spec.to_string(),
                    kind,
                    interpreter: vec![pyside],
                    pyside: true,
                    module,
                    chroot: None,
                    reference: default_reference(spec, kind),
                })
            }
            "pypy" => {
                let root = provisioned_root()?;
                if !root.join("usr/bin/pypy3").exists() {
                    return Err(format!(
                        "pypy: {} has no /usr/bin/pypy3: run `scripts/cpython-root.sh provision`",
                        root.display()
                    ));
                }
                Ok(Implementation {
                    name: spec.into(),
                    kind: Kind::Pypy,
                    interpreter: in_root(&["/usr/bin/pypy3"]),
                    pyside: false,
                    module: "tempfile",
                    chroot: Some(root),
                    reference: default_reference(spec, Kind::Pypy),
                })
            }
            "rustpython" => {
                let out = Command::new("bash")
                    .arg(workspace().join("scripts").join("rustpython.sh"))
                    .arg("path")
                    .output()
                    .map_err(|e| format!("rustpython: scripts/rustpython.sh path: {e}"))?;
                let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
                if !out.status.success() || path.is_empty() {
                    return Err(
                        "rustpython: not provisioned: run `scripts/rustpython.sh provision`".into(),
                    );
                }
                Ok(Implementation {
                    name: spec.into(),
                    kind: Kind::Rustpython,
                    interpreter: vec![
                        "bash".into(),
                        workspace()
                            .join("scripts")
                            .join("rustpython.sh")
                            .to_string_lossy()
                            .into_owned(),
                        "run".into(),
                        "--".into(),
                    ],
                    pyside: false,
                    module: "tempfile",
                    chroot: None,
                    reference: default_reference(spec, Kind::Rustpython),
                })
            }
            s if s.starts_with("cpython-") => {
                let release = &s["cpython-".len()..];
                if !RELEASES.contains(&release) {
                    return Err(format!(
                        "{s}: not one of the releases the harness knows ({}); name another \
                         interpreter as NAME=COMMAND",
                        RELEASES.join(", ")
                    ));
                }
                let minor = release.rsplit_once('.').map_or(release, |(m, _)| m);
                if SID_RELEASES.contains(&release) {
                    let root = provisioned_root()?;
                    let py = format!("/usr/bin/python{minor}");
                    if !root.join(&py[1..]).exists() {
                        return Err(format!("{s}: {} has no {py}", root.display()));
                    }
                    Ok(Implementation {
                        name: s.into(),
                        kind: Kind::Cpython,
                        interpreter: in_root(&[&py]),
                        pyside: false,
                        module: "tempfile",
                        chroot: Some(root),
                        reference: default_reference(s, Kind::Cpython),
                    })
                } else {
                    let py = pyenv_root()
                        .join("versions")
                        .join(release)
                        .join("bin")
                        .join(format!("python{minor}"));
                    if !py.exists() {
                        return Err(format!(
                            "{s}: {} is not installed (pyenv install {release})",
                            py.display()
                        ));
                    }
                    Ok(Implementation {
                        name: s.into(),
                        kind: Kind::Cpython,
                        interpreter: vec![py.to_string_lossy().into_owned()],
                        pyside: false,
                        module: "tempfile",
                        chroot: None,
                        reference: default_reference(s, Kind::Cpython),
                    })
                }
            }
            other => Err(format!(
                "unknown implementation {other:?}: one of cpython-<release> ({}), pypy, \
                 rustpython, pytempfile, cpython-linked, or NAME=COMMAND",
                RELEASES.join(", ")
            )),
        }
    }

    /// The command that starts this side's driver (`pydiff.py serve`) on its module; with
    /// `collect`, collection points are explicit; `hide` names `os` attributes the side must
    /// run without (the capabilities the other side lacks).
    pub fn command(&self, collect: bool, hide: &[String]) -> Command {
        let mut args = Vec::new();
        if !self.pyside {
            args.push(driver_path().to_string_lossy().into_owned());
            args.push("serve".into());
        }
        args.push("--module".into());
        args.push(self.module.into());
        if collect {
            args.push("--collect".into());
        }
        for h in hide {
            args.push("--hide".into());
            args.push(h.clone());
        }
        self.raw_command(&args)
    }

    /// The command that runs the Python file `script` with `args` in this implementation, as
    /// `__main__`; for `pytempfile`, `sys.modules["tempfile"]` is the `pytempfile` module
    /// before the script runs, so the script's `import tempfile` tests it.
    pub fn script_command(&self, script: &Path, args: &[String]) -> Command {
        let mut all = Vec::new();
        if self.pyside {
            all.extend([
                "--module".to_string(),
                self.module.to_string(),
                "--script".to_string(),
            ]);
        }
        all.push(script.to_string_lossy().into_owned());
        all.extend(args.iter().cloned());
        self.raw_command(&all)
    }

    /// The command that runs `python -m MODULE ARGS` in this implementation (with the same
    /// substitution as [`Implementation::script_command`] for `pytempfile`).
    pub fn module_command(&self, module: &str, args: &[String]) -> Command {
        let mut all = Vec::new();
        if self.pyside {
            all.extend(["--module".to_string(), self.module.to_string()]);
        }
        all.extend(["-m".to_string(), module.to_string()]);
        all.extend(args.iter().cloned());
        self.raw_command(&all)
    }

    fn raw_command(&self, args: &[String]) -> Command {
        let mut cmd = Command::new(&self.interpreter[0]);
        cmd.args(&self.interpreter[1..]).args(args);
        // The same environment for every side: a UTF-8 locale (an embedded CPython and a
        // `python3` choose their encodings alike there), no user site, no bytecode files.
        cmd.env_clear();
        for k in [
            "PATH",
            "HOME",
            "PYENV_ROOT",
            "PYTEMPFILE_SID_ROOT",
            "PYTEMPFILE_RUSTPYTHON_DIR",
        ] {
            if let Some(v) = std::env::var_os(k) {
                cmd.env(k, v);
            }
        }
        cmd.env("LANG", "C.UTF-8")
            .env("LC_ALL", "C.UTF-8")
            .env("PYTHONNOUSERSITE", "1")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("PYTHONIOENCODING", "utf-8")
            .env("PYTHONHASHSEED", "0");
        cmd.current_dir(workspace());
        cmd
    }

    /// A path the implementation reported, as the harness sees it.
    pub fn host_path(&self, p: &Path) -> PathBuf {
        match &self.chroot {
            Some(root) => root.join(p.strip_prefix("/").unwrap_or(p)),
            None => p.to_path_buf(),
        }
    }
}

fn provisioned_root() -> Result<PathBuf, String> {
    let root = sid_root();
    if root.join(".pytempfile-provisioned").exists() {
        Ok(root)
    } else {
        Err(format!(
            "the sid root {} is not provisioned: run `scripts/cpython-root.sh provision`",
            root.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_follow_the_release_chain() {
        assert_eq!(
            default_reference("cpython-3.12.1", Kind::Cpython).as_deref(),
            Some("cpython-3.11.7")
        );
        assert_eq!(
            default_reference("cpython-3.13.18", Kind::Cpython).as_deref(),
            Some("cpython-3.13.0")
        );
        assert_eq!(
            default_reference("cpython-3.10.13", Kind::Cpython).as_deref(),
            Some("cpython-3.10.13")
        );
        assert_eq!(
            default_reference("pypy", Kind::Pypy).as_deref(),
            Some("cpython-3.11.7")
        );
        assert!(Implementation::resolve("cpython-2.7.18").is_err());
        assert!(Implementation::resolve("nonsense").is_err());
        assert!(Implementation::resolve("x=").is_err());
    }
}
