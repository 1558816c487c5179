//! pyio's binary file objects (`FileIO`, `BufferedRandom`, `BufferedReader`,
//! `BufferedWriter`) against every recorded CPython release.
//!
//! The cases are `corpus/cases/buffered.txt` (228 operation sequences on
//! `tempfile.NamedTemporaryFile(mode=..., buffering=..., delete=False)`); CPython's answers are
//! in `corpus/cpython-<X.Y.Z>.jsonl`, recorded by `scripts/record-corpus.sh` with the driver
//! `corpus/drivers/buffered.py` (the case language and the rows: `corpus/README.md`). Each
//! release's answers are replayed here on [`FileObject::open_with`] in that release's mode,
//! with an opener that does what `NamedTemporaryFile`'s does (a new file, opened
//! `O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW` whatever the mode, named by its descriptor) and a
//! [`Host`] that keeps the warnings for the `!` operation. After every operation the row holds
//! its result, the file's content read by path and the descriptor's offset. pytempfile's own
//! `cargo test -p pytempfile --test buffered` replays the same cases on `NamedTemporaryFile`'s
//! file object; the operation language is one file, `common/buffered.rs`.
//!
//! The deliberate differences are that file's [`DELIBERATE`] (an in-window seek after a failed
//! seek returns the position) and `read1` before 3.13 (releases before 3.13 are recorded with
//! 3.13's `read1`, `corpus/drivers/read1_fix.py`; see the module docs of `pyio::buffered`).
#![allow(clippy::unwrap_used)]
// The opener and the offsets use POSIX descriptors.
#![cfg(unix)]

mod common;

use std::ffi::CString;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use common::buffered::{Case, DELIBERATE, IN_WINDOW_SEEK, READ1_OPS, pattern, run_op};
use common::corpus;
use pybase::error::Error;
use pybase::os::{LibcOs, Os, SeamFd, flags};
use pybase::version::PyVersion;
use pyio::file::{FileName, FileObject, Host, OpenArgs, Report, default_text_encoding};

/// A [`Host`] of `version` that keeps the warnings it is told, as the drivers' `!` writes them.
struct Heard {
    version: PyVersion,
    said: Mutex<Vec<String>>,
}

impl Heard {
    fn new(version: PyVersion) -> Arc<Heard> {
        Arc::new(Heard {
            version,
            said: Mutex::new(Vec::new()),
        })
    }

    /// `W`, then the `CATEGORY:TEXT` entries heard since the last call, joined by `;`.
    fn said(&self) -> String {
        let heard = std::mem::take(&mut *self.said.lock().unwrap());
        format!("W{}", heard.join(";"))
    }
}

impl Host for Heard {
    fn version(&self) -> PyVersion {
        self.version
    }

    fn locale_encoding(&self) -> String {
        default_text_encoding(self.version).to_string()
    }

    fn wants_reports(&self) -> bool {
        true
    }

    fn report(&self, report: Report) {
        let entry = match report {
            Report::RuntimeWarning { message } => format!("RuntimeWarning:{message}"),
            Report::DeprecationWarning { message } => format!("DeprecationWarning:{message}"),
            Report::ResourceWarning { message } => format!("ResourceWarning:{message}"),
            Report::Unraisable { .. } => return,
        };
        self.said.lock().unwrap().push(entry);
    }
}

/// A fresh path in the system's temporary directory, unique in this process.
fn fresh_path() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    std::env::temp_dir().join(format!(
        "pyio-buffered-corpus-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ))
}

/// `io.open(path, mode, buffering, opener=...)` as `NamedTemporaryFile` calls it: the opener
/// makes the file with `_bin_openflags`, mode 0600.
fn open(host: Arc<Heard>, path: &Path, mode: &str, buffering: i64) -> Result<FileObject, Error> {
    let c = CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    let os: Arc<dyn Os> = Arc::new(LibcOs);
    let args = OpenArgs {
        buffering,
        ..OpenArgs::new(mode)
    };
    FileObject::open_with(host, &args, || {
        let fd = SeamFd::open(&os, &c, flags::BIN_OPENFLAGS | flags::O_CLOEXEC, 0o600)
            .map_err(|e| Error::from_errno(e, None))?;
        let name = FileName::Fd(fd.raw());
        Ok((fd, name))
    })
}

/// Run `case` on pyio in `version` mode; one row per operation.
fn run_case(version: PyVersion, case: &Case) -> Vec<String> {
    let host = Heard::new(version);
    let path = fresh_path();
    let mut f = match open(Arc::clone(&host), &path, &case.mode, case.buffering) {
        Ok(f) => f,
        Err(e) => {
            // The caller removes a file the opener made (NamedTemporaryFile does).
            let _ = std::fs::remove_file(&path);
            return case.rows_without_file(&e, || host.said());
        }
    };
    let fd = f.fileno().unwrap();
    if case.prefill > 0 {
        std::fs::write(&path, pattern(1000, case.prefill)).unwrap();
    }
    let rows = case
        .ops
        .iter()
        .enumerate()
        .map(|(k, op)| run_op(&mut f, &path, fd, k, op, || host.said()))
        .collect();
    let _ = f.close();
    drop(f);
    std::fs::remove_file(&path).unwrap();
    rows
}

fn replay(only: Option<&str>) -> usize {
    corpus::replay("buffered", only, DELIBERATE, READ1_OPS, |version, case| {
        run_case(version, &Case::parse(case))
    })
}

#[test]
fn buffered_corpus_matches_cpython_in_every_release_mode() {
    replay(None);
}

/// [`IN_WINDOW_SEEK`] alone, in every release mode: CPython's rows but for the three seeks.
#[test]
fn in_window_seek_after_a_failed_seek_returns_the_position() {
    let rows = replay(Some(IN_WINDOW_SEEK));
    assert_eq!(rows, 18 * corpus::releases().len());
}
