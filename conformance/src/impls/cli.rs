//! The conformance command's implementations mode:
//!
//! ```sh
//! cargo run --release -p conformance -- --implementation pypy                # against cpython-3.11.7
//! cargo run --release -p conformance -- --implementation cpython-3.12.1     # against 3.11.7
//! cargo run --release -p conformance -- --implementation rustpython --against cpython-3.14.10
//! cargo run --release -p conformance -- --implementation graal=/opt/graalpy/bin/python --against cpython-3.11.7
//! cargo run --release -p conformance -- --matrix                            # every column
//! cargo run --release -p conformance -- --merge DIR...                      # the workflow's jobs' results
//! ```
//!
//! Each column's results go to `<out>/impls/<name>.json`; the matrix (`<out>/matrix.md`,
//! `matrix.json`) is made from every such file there, so that columns run on different
//! machines merge into one report.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::column::{self, ColumnConfig, ColumnResult};
use super::matrix;
use super::spec::{self, RELEASES};

/// The usage text of the implementations mode.
pub const USAGE: &str = "implementations mode:
  --implementation NAME   compare NAME with its reference (repeatable): cpython-<release>
                          (3.10.13 3.11.7 3.12.1 3.13.0 3.13.18 3.14.10 3.15.2), pypy,
                          rustpython, pytempfile, cpython-linked, or NAME=COMMAND for any
                          Python 3.10+ interpreter
  --against NAME          the reference (default: the release before a CPython release,
                          cpython-3.11.7 for PyPy, cpython-3.14.10 for RustPython, the linked
                          CPython for pytempfile)
  --matrix                every column: the seven releases, pypy, rustpython, pytempfile
  --only NAME,...         with --matrix: these columns only (the workflow's job matrix)
  --merge DIR...          write the matrix from columns saved in DIR/impls/ (several DIRs:
                          the workflow's jobs)
  --sequences N           generated sequences per pair (default 2000)
  --attack-runs N         exchange-attack runs per implementation (default 1000)
  --race-runs N           race-create runs per implementation, and half as many
                          symlink-plant runs (default 1000)
  --seed S                the sequences' seed (default 2026: every pair sees the same ones)
  --timeout SECONDS       per case and side (default 300)
  --no-shrink             report an unexplained difference as found, unshrunk
  --no-guarantees         skip the attack, race and suite rows
  --out DIR               default target/conformance
  --record                also write results/matrix.md and the README's matrix table
  --keep DIR              shrink the first case of every explained class (finding,
                          behaviour) and write it to DIR as a kept case for the regression
                          test (conformance/impl-regressions/; an existing file is left)
  --case FILE             run the case in FILE (a shrunk case as printed, or a kept one) on
                          the one --implementation and its reference, showing every
                          observation that differs (repeatable)";

/// The implementations mode's options.
#[derive(Debug, Clone)]
pub struct Options {
    /// The columns asked for.
    pub implementations: Vec<String>,
    /// The reference, if given.
    pub against: Option<String>,
    /// Every column.
    pub matrix: bool,
    /// Directories whose saved columns to merge.
    pub merge: Vec<PathBuf>,
    /// Per column.
    pub column: ColumnConfig,
    /// Where results go.
    pub out: PathBuf,
    /// Write results/matrix.md.
    pub record: bool,
    /// Run these saved cases on the pair and show every observation that differs.
    pub cases: Vec<PathBuf>,
    /// Where to write kept cases.
    pub keep: Option<PathBuf>,
}

/// Whether `args` ask for the implementations mode.
pub fn wanted(args: &[String]) -> bool {
    args.iter()
        .any(|a| a == "--implementation" || a == "--matrix" || a == "--merge")
}

fn number<T: std::str::FromStr>(
    it: &mut impl Iterator<Item = String>,
    flag: &str,
) -> Result<T, String> {
    let v = it.next().ok_or(format!("{flag} needs a number"))?;
    v.parse()
        .map_err(|_| format!("{flag} needs a number, not {v:?}"))
}

/// Parse the implementations mode's arguments.
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        implementations: Vec::new(),
        against: None,
        matrix: false,
        merge: Vec::new(),
        column: ColumnConfig::default(),
        out: spec::workspace().join("target").join("conformance"),
        record: false,
        cases: Vec::new(),
        keep: None,
    };
    let mut only: Option<Vec<String>> = None;
    let mut it = args.iter().cloned();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--implementation" => o
                .implementations
                .push(it.next().ok_or("--implementation needs a name")?),
            "--against" => o.against = Some(it.next().ok_or("--against needs a name")?),
            "--matrix" => o.matrix = true,
            "--only" => {
                only = Some(
                    it.next()
                        .ok_or("--only needs names")?
                        .split(',')
                        .map(str::to_string)
                        .collect(),
                )
            }
            "--merge" => {
                let mut any = false;
                while let Some(d) = it.clone().next() {
                    if d.starts_with("--") {
                        break;
                    }
                    it.next();
                    o.merge.push(PathBuf::from(d));
                    any = true;
                }
                if !any {
                    return Err("--merge needs at least one directory".into());
                }
            }
            "--sequences" => {
                o.column.pair.cases = number(&mut it, "--sequences")?;
                if o.column.pair.cases == 0 {
                    return Err("--sequences needs a positive number".into());
                }
            }
            "--attack-runs" => o.column.attack_runs = number(&mut it, "--attack-runs")?,
            "--race-runs" => {
                o.column.race_runs = number(&mut it, "--race-runs")?;
                if o.column.race_runs == 0 {
                    return Err("--race-runs needs a positive number".into());
                }
            }
            "--seed" => o.column.pair.seed = number(&mut it, "--seed")?,
            "--timeout" => {
                o.column.pair.timeout = Duration::from_secs(number(&mut it, "--timeout")?)
            }
            "--no-shrink" => o.column.pair.shrink = false,
            "--no-guarantees" => o.column.guarantees = false,
            "--case" => o
                .cases
                .push(PathBuf::from(it.next().ok_or("--case needs a file")?)),
            "--keep" => {
                o.keep = Some(PathBuf::from(it.next().ok_or("--keep needs a directory")?));
                o.column.pair.keep = true;
            }
            "--out" => o.out = PathBuf::from(it.next().ok_or("--out needs a directory")?),
            "--record" => o.record = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if o.matrix {
        let mut all: Vec<String> = RELEASES.iter().map(|r| format!("cpython-{r}")).collect();
        all.extend(["pypy", "rustpython", "pytempfile"].map(String::from));
        if let Some(only) = only {
            for n in &only {
                if !all.contains(n) {
                    return Err(format!(
                        "--only {n}: not a column of the matrix ({})",
                        all.join(", ")
                    ));
                }
            }
            all.retain(|n| only.contains(n));
        }
        o.implementations.extend(all);
    } else if only.is_some() {
        return Err("--only goes with --matrix".into());
    }
    if o.implementations.is_empty() && o.merge.is_empty() {
        return Err("name an --implementation, or --matrix, or --merge DIR".into());
    }
    if o.against.is_some() && o.implementations.len() != 1 {
        return Err("--against goes with exactly one --implementation".into());
    }
    if !o.cases.is_empty() && o.implementations.len() != 1 {
        return Err("--case goes with exactly one --implementation".into());
    }
    Ok(o)
}

/// Run the implementations mode; the process's exit status.
pub fn main(args: &[String]) -> u8 {
    let o = match parse(args) {
        Ok(o) => o,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("error: {msg}\n");
            }
            eprintln!("{USAGE}");
            return if msg.is_empty() { 0 } else { 2 };
        }
    };
    match run(&o) {
        Ok(clean) => u8::from(!clean),
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// Run the columns asked for, save each, write the matrix; whether every difference found is
/// explained.
pub fn run(o: &Options) -> Result<bool, String> {
    if !o.cases.is_empty() {
        return column::replay(
            &o.implementations[0],
            o.against.as_deref(),
            &o.cases,
            &o.column,
        );
    }
    let saved = o.out.join("impls");
    std::fs::create_dir_all(&saved).map_err(|e| format!("{}: {e}", saved.display()))?;
    let repo = spec::workspace();
    let rules =
        super::rules::Rules::load(&repo.join("conformance").join("implementations"), &repo)?;
    let mut clean = true;
    for name in &o.implementations {
        eprintln!("== {name}");
        let r = column::run(name, o.against.as_deref(), &o.column)?;
        clean &= r.clean(&rules);
        save(&saved, &r)?;
        if let Some(dir) = &o.keep {
            keep(dir, &r)?;
        }
        eprintln!("{}", r.summary());
    }
    let mut dirs = vec![o.out.clone()];
    dirs.extend(o.merge.iter().cloned());
    let columns = load(&dirs)?;
    let (md, json) = matrix::write(&columns, &o.out)?;
    eprintln!("matrix: {}\n        {}", md.display(), json.display());
    if o.record {
        let dest = spec::workspace().join("results").join("matrix.md");
        let text = std::fs::read_to_string(&md).map_err(|e| format!("{}: {e}", md.display()))?;
        let text = match text.split_once("\n\n") {
            Some((title, rest)) => format!("{title}\n\n{}\n\n{rest}", record_header()),
            None => text,
        };
        std::fs::write(&dest, text).map_err(|e| format!("{}: {e}", dest.display()))?;
        eprintln!("recorded: {}", dest.display());
        let readme = spec::workspace().join("README.md");
        let text =
            std::fs::read_to_string(&readme).map_err(|e| format!("{}: {e}", readme.display()))?;
        let text = matrix::replace_readme_block(&text, &matrix::readme_block(&columns))?;
        std::fs::write(&readme, text).map_err(|e| format!("{}: {e}", readme.display()))?;
        eprintln!("recorded: {} (its matrix table)", readme.display());
    }
    Ok(clean && columns.iter().all(|c| c.clean(&rules)))
}

/// Write `r`'s kept cases into `dir`, one file per class, leaving existing files alone.
fn keep(dir: &Path, r: &ColumnResult) -> Result<(), String> {
    let Some(p) = &r.pair else { return Ok(()) };
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (label, case) in &p.kept {
        let slug: String = label
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let f = dir.join(format!("{}--{slug}.json", r.name));
        if f.exists() {
            eprintln!("  kept case {} exists: left alone", f.display());
            continue;
        }
        let case: serde_json::Value = serde_json::from_str(case).map_err(|e| e.to_string())?;
        let value = serde_json::json!({
            "implementation": r.name,
            "against": p.reference.name,
            "expect": label,
            "about": format!("the first difference is {label}"),
            "case": case,
        });
        let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
        std::fs::write(&f, text + "\n").map_err(|e| format!("{}: {e}", f.display()))?;
        eprintln!("  kept: {}", f.display());
    }
    Ok(())
}

fn save(dir: &Path, r: &ColumnResult) -> Result<(), String> {
    let p = dir.join(format!("{}.json", r.name));
    let text = serde_json::to_string_pretty(r).map_err(|e| e.to_string())?;
    std::fs::write(&p, text).map_err(|e| format!("{}: {e}", p.display()))
}

/// Every saved column in `dirs` (`DIR/impls/*.json`, or `DIR/*.json` when `DIR` holds them
/// directly); a column saved twice keeps the later directory's.
fn load(dirs: &[PathBuf]) -> Result<Vec<ColumnResult>, String> {
    let mut by_name = std::collections::BTreeMap::new();
    for d in dirs {
        let d = if d.join("impls").is_dir() {
            d.join("impls")
        } else {
            d.clone()
        };
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
            let r: ColumnResult =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", f.display()))?;
            by_name.insert(r.name.clone(), r);
        }
    }
    Ok(by_name.into_values().collect())
}

/// The line `results/` files open with: when, on which commit and machine, by which command.
fn record_header() -> String {
    let out = |cmd: &str, args: &[&str]| {
        std::process::Command::new(cmd)
            .args(args)
            .current_dir(spec::workspace())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let when =
        out("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_else(|| "an unknown date".into());
    let commit = match out("git", &["rev-parse", "--short", "HEAD"]) {
        Some(c) => match out("git", &["status", "--porcelain", "--untracked-files=no"]) {
            Some(s) if !s.is_empty() => format!("commit {c} (with uncommitted changes)"),
            _ => format!("commit {c}"),
        },
        None => "no git commit".into(),
    };
    let system = out("uname", &["-sr"]).unwrap_or_else(|| std::env::consts::OS.into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!(
        "Written by `conformance --matrix --record` on {when}; {commit}; {system}, {cores} cores. \
         Columns run on other machines and merged (`--merge`) keep their own figures."
    )
}
