//! Runs each operation on both sides and compares what they did.
//!
//! A [`Pair`] owns two sandboxes of equal path length (`<base>/a` for CPython, `<base>/b` for
//! pytempfile), the CPython oracle and a pytempfile runner. For every operation it changes into
//! the side's work directory, runs the operation, snapshots the side's tree, and normalizes
//! exactly two things: the side's root path (shown as `<ROOT>`) and `object at 0x...` addresses.
//! Everything else (return types and values, paths, modes, contents, descriptor flags, exception
//! class, errno and message, audit events, warnings) must be equal.

use std::fmt::Write as _;
use std::path::PathBuf;

use pyref::model::{
    B, ErrObs, EventObs, NamePool, Obs, Op, PlantKind, Value, normalize_bytes, normalize_random,
    normalize_text,
};
use pytempfile::PyVersion;

use crate::py_side::PySide;
use crate::rust_side::RustSide;
use crate::sandbox::{Root, remove_tree};

/// Both implementations, each in its sandbox.
pub struct Pair {
    base: PathBuf,
    py_root: Root,
    rs_root: Root,
    py: PySide,
    rs: RustSide,
    version: PyVersion,
    cwd: PathBuf,
    recorded: Vec<String>,
}

/// The version pytempfile follows for the linked CPython.
pub fn linked_version() -> Result<PyVersion, String> {
    let (major, minor, micro) = PySide::new()?.version();
    let version = PyVersion::supported(major, minor, micro).ok_or_else(|| {
        format!("linked CPython {major}.{minor}.{micro} is older than pytempfile follows (3.10+)")
    })?;
    let (follows, known) = version.resolve();
    if !known {
        eprintln!(
            "warning: CPython {version} is not a release pytempfile is checked against; \
             following {follows}, the nearest known older one"
        );
    }
    Ok(version)
}

fn norm(b: &[u8], root: &[u8]) -> Vec<u8> {
    normalize_random(&normalize_bytes(b, root))
}

fn normalize_value(v: &Value, root: &[u8]) -> Value {
    match v {
        Value::Str(b) => Value::Str(norm(b, root)),
        Value::Bytes(b) => Value::Bytes(norm(b, root)),
        Value::List(l) => Value::List(l.iter().map(|x| normalize_value(x, root)).collect()),
        Value::Object(kv) => Value::Object(
            kv.iter()
                .map(|(k, x)| (k.clone(), normalize_value(x, root)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn normalize_err(e: &ErrObs, root: &[u8]) -> ErrObs {
    ErrObs {
        class: e.class.clone(),
        errno: e.errno,
        message: normalize_text(&e.message, root),
    }
}

/// Descriptor numbers in reprs (`name=3`) depend on what else the process has open: the two
/// sides share one process, so the numbers cannot match. Shown as `name=<fd>`.
fn normalize_fd_names(m: &str) -> String {
    let mut out = String::with_capacity(m.len());
    let mut rest = m;
    while let Some(i) = rest.find("name=") {
        out.push_str(&rest[..i + 5]);
        let after = &rest[i + 5..];
        let digits = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        if digits > 0 {
            out.push_str("<fd>");
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

fn normalize_event(e: &EventObs, root: &[u8]) -> EventObs {
    match e {
        EventObs::Audit(n, p) => EventObs::Audit(n.clone(), B(norm(p, root))),
        EventObs::Warning(c, m) => {
            EventObs::Warning(c.clone(), normalize_fd_names(&normalize_text(m, root)))
        }
        EventObs::Unraisable(c, m) => EventObs::Unraisable(c.clone(), normalize_text(m, root)),
    }
}

fn random_tree(mut tree: Vec<pyref::model::TreeEntry>) -> Vec<pyref::model::TreeEntry> {
    for e in &mut tree {
        e.path = B(normalize_random(&e.path));
    }
    // Random names normalize to the same path: order by every field so readdir order
    // (which follows the real names) does not matter.
    tree.sort_by(|a, b| {
        (&a.path, a.mode, a.size, &a.data).cmp(&(&b.path, b.mode, b.size, &b.data))
    });
    tree
}

static CASE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl Pair {
    /// A fresh pair whose pytempfile side has `fault` planted.
    pub fn with_fault(fault: pytempfile::planted::PlantedFault) -> Result<Pair, String> {
        let pair = Pair::new()?;
        pair.rs.plant(fault);
        Ok(pair)
    }

    /// A fresh pair under a new base directory in `/tmp`.
    pub fn new() -> Result<Pair, String> {
        let n = CASE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let base = PathBuf::from(format!("/tmp/pytempfile-diff-{}-{n}", std::process::id()));
        let py_root = Root::create(base.join("a")).map_err(|e| e.to_string())?;
        let rs_root = Root::create(base.join("b")).map_err(|e| e.to_string())?;
        let py = PySide::new()?;
        let version = linked_version()?;
        py.reset(py_root.bytes())?;
        let rs = RustSide::new(version, rs_root.bytes());
        // The reference's encodings are the oracle's (its locale and UTF-8 mode decide): the
        // default text encoding, and the file-system encoding that `str` paths are decoded
        // with (process-wide, as in CPython).
        rs.module().set_locale_encoding(py.text_encoding());
        let (fs, fs_errors) = py.filesystem_encoding();
        pytempfile::locale::set_filesystem_encoding(fs, fs_errors).map_err(|e| {
            format!("the linked CPython's file-system encoding {fs}/{fs_errors}: {e}")
        })?;
        let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
        let mut pair = Pair {
            base,
            py_root,
            rs_root,
            py,
            rs,
            version,
            cwd,
            recorded: Vec::new(),
        };
        // The model's initial state: TMPDIR names the work directory (so `dir=None` stays in
        // the sandbox), TEMP and TMP are unset.
        let start = Op::SetEnv {
            var: pyref::model::EnvVar::Tmpdir,
            value: Some(B(b"{ROOT}/w".to_vec())),
        };
        pair.step(
            &start,
            &NamePool {
                names: Vec::new(),
                cycle: false,
                random: false,
            },
        )?;
        Ok(pair)
    }

    /// The CPython version both sides follow.
    pub fn version(&self) -> PyVersion {
        self.version
    }

    /// Remember a step (as JSON) for the failure report.
    pub fn record(&mut self, step: String) {
        self.recorded.push(step);
    }

    /// The steps remembered so far.
    pub fn recorded(&self) -> &[String] {
        &self.recorded
    }

    /// The pytempfile side (for planted faults).
    pub fn rust_side(&self) -> &RustSide {
        &self.rs
    }

    /// Run `op` on both sides; `Err` describes the first difference.
    pub fn step(&mut self, op: &Op, names: &NamePool) -> Result<(), String> {
        self.harness_only(op);
        let _ = std::env::set_current_dir(self.py_root.work());
        let (py_res, py_ev) = self.py.run(op, names);
        let py_tree = random_tree(self.py_root.snapshot());
        let _ = std::env::set_current_dir(self.rs_root.work());
        let (rs_res, rs_ev) = self.rs.run(op, names);
        let rs_tree = random_tree(self.rs_root.snapshot());
        let _ = std::env::set_current_dir(&self.cwd);
        let (pr, rr) = (self.py_root.bytes().to_vec(), self.rs_root.bytes().to_vec());
        let py = Obs {
            result: py_res
                .map(|v| normalize_value(&v, &pr))
                .map_err(|e| normalize_err(&e, &pr)),
            events: py_ev.iter().map(|e| normalize_event(e, &pr)).collect(),
            tree: py_tree,
        };
        let rs = Obs {
            result: rs_res
                .map(|v| normalize_value(&v, &rr))
                .map_err(|e| normalize_err(&e, &rr)),
            events: rs_ev.iter().map(|e| normalize_event(e, &rr)).collect(),
            tree: rs_tree,
        };
        if let Err(e) = &py.result {
            if e.class == "HarnessError" {
                return Err(format!("CPython driver failed on {op:?}: {}", e.message));
            }
        }
        if std::env::var_os("PYTEMPFILE_TRACE").is_some() {
            eprintln!("trace: {op:?}\n  -> {}", show_result(&py.result));
        }
        if py == rs {
            return Ok(());
        }
        Err(describe(op, &py, &rs))
    }

    /// Operations the harness performs itself, on both sandboxes alike.
    fn harness_only(&mut self, op: &Op) {
        match op {
            Op::Plant { name, kind } => {
                // CPython 3.10-3.12's `shutil.rmtree` opens the top of the tree with a blocking
                // `open(O_RDONLY)` (3.13 adds O_NONBLOCK): cleaning up a TemporaryDirectory whose
                // directory was removed and replaced by a fifo hangs CPython forever, waiting for
                // a writer. That is CPython's hole, not a difference to observe (the oracle would
                // never answer), so no fifo is planted where a live directory handle points
                // before 3.13. pytempfile never blocks there: impl/tests/directory/ checks it.
                if *kind == PlantKind::Fifo
                    && !self.version.at_least(PyVersion::V3_13)
                    && self.rs.is_directory_handle_path(&self.rs_root.work().join(
                        <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(&name.0),
                    ))
                {
                    return;
                }
                self.py_root.plant(&name.0, *kind);
                self.rs_root.plant(&name.0, *kind);
            }
            Op::ChangeDir { h, change } => {
                if let Some((py, rs)) = self.both_paths(*h) {
                    self.py_root.change_dir(&py, *change);
                    self.rs_root.change_dir(&rs, *change);
                }
            }
            Op::UnlinkName { h } => {
                if let Some((py, rs)) = self.both_paths(*h) {
                    let _ = std::fs::remove_file(py);
                    let _ = std::fs::remove_file(rs);
                }
            }
            _ => {}
        }
    }

    /// A handle's path on both sides (the pytempfile side knows it; CPython's is the same path
    /// under its own root, since both sides use the same forced names).
    ///
    /// Built byte by byte: `Path::join`/`strip_prefix` would drop a trailing slash, which a
    /// 3.10/3.11 `mkdtemp` name can have.
    fn both_paths(&self, h: usize) -> Option<(PathBuf, PathBuf)> {
        use std::os::unix::ffi::{OsStrExt, OsStringExt};
        let rs = self.rs.handle_path(h)?;
        let rest = rs
            .as_os_str()
            .as_bytes()
            .strip_prefix(self.rs_root.bytes())?;
        let mut py = self.py_root.bytes().to_vec();
        py.extend_from_slice(rest);
        Some((PathBuf::from(std::ffi::OsString::from_vec(py)), rs))
    }
}

impl Drop for Pair {
    fn drop(&mut self) {
        let _ = std::env::set_current_dir(&self.cwd);
        let _ = self.py.reset(b"");
        remove_tree(&self.base);
    }
}

fn show_bytes(b: &[u8]) -> String {
    pytempfile::pyrepr::bytes_repr(b)
}

/// `repr()` of a harness `str` value (generalized UTF-8: lone surrogates allowed).
fn str_value_repr(b: &[u8]) -> String {
    match pytempfile::PyStr::from_wtf8(b.to_vec()) {
        Some(s) => pytempfile::pyrepr::code_points_repr(&s.code_points().collect::<Vec<_>>()),
        None => format!("<not generalized UTF-8: {}>", show_bytes(b)),
    }
}

fn show_value(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.clone(),
        Value::Str(b) => format!("str {}", str_value_repr(b)),
        Value::Bytes(b) => show_bytes(b),
        Value::Fd(f) => format!(
            "fd(cloexec={}, flags={:o}, mode={:o}, nlink={}, size={})",
            f.cloexec, f.flags, f.mode, f.nlink, f.size
        ),
        Value::List(l) => format!(
            "[{}]",
            l.iter().map(show_value).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(kv) => format!(
            "{{{}}}",
            kv.iter()
                .map(|(k, v)| format!("{k}: {}", show_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn show_result(r: &Result<Value, ErrObs>) -> String {
    match r {
        Ok(v) => show_value(v),
        Err(e) => format!("raise {}(errno={:?}): {}", e.class, e.errno, e.message),
    }
}

/// A readable account of the first differences.
pub fn describe(op: &Op, py: &Obs, rs: &Obs) -> String {
    let mut s = format!("divergence on {op:?}\n");
    if py.result != rs.result {
        let _ = writeln!(
            s,
            "  result:\n    CPython:    {}\n    pytempfile: {}",
            show_result(&py.result),
            show_result(&rs.result)
        );
    }
    if py.events != rs.events {
        let _ = writeln!(
            s,
            "  events:\n    CPython:    {:?}\n    pytempfile: {:?}",
            py.events, rs.events
        );
    }
    if py.tree != rs.tree {
        if py.tree.len() != rs.tree.len() {
            let _ = writeln!(
                s,
                "  tree sizes differ: CPython {} entries, pytempfile {}",
                py.tree.len(),
                rs.tree.len()
            );
        }
        let py_set: Vec<String> = py.tree.iter().map(show_entry).collect();
        let rs_set: Vec<String> = rs.tree.iter().map(show_entry).collect();
        for e in py_set.iter().filter(|e| !rs_set.contains(e)) {
            let _ = writeln!(s, "  only CPython has:    {e}");
        }
        for e in rs_set.iter().filter(|e| !py_set.contains(e)) {
            let _ = writeln!(s, "  only pytempfile has: {e}");
        }
    }
    s
}

fn show_entry(e: &pyref::model::TreeEntry) -> String {
    format!(
        "{} mode={:o} size={} data={}",
        show_bytes(&e.path),
        e.mode,
        e.size,
        show_bytes(&e.data[..e.data.len().min(40)])
    )
}
