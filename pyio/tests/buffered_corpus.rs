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
//! The deliberate differences are that file's [`buffered::DELIBERATE`] (an in-window seek
//! after a failed seek returns the position) and `read1` before 3.13 (releases before 3.13 are
//! recorded with 3.13's `read1`, `corpus/drivers/read1_fix.py`; see the module docs of
//! `pyio::buffered`).
#![allow(clippy::unwrap_used)]
// The opener and the offsets use POSIX descriptors.
#![cfg(unix)]

mod common;

use std::sync::Arc;

use common::buffered::{self, Case, pattern, run_op};
use common::{Heard, fresh_path, open_new};
use pybase::version::PyVersion;
use pyio::file::OpenArgs;

/// Run `case` on pyio in `version` mode; one row per operation.
fn run_case(version: PyVersion, case: &Case) -> Vec<String> {
    let host = Heard::new(version);
    let path = fresh_path("buffered-corpus");
    let args = OpenArgs {
        buffering: case.buffering,
        ..OpenArgs::new(&case.mode)
    };
    let mut f = match open_new(Arc::clone(&host) as _, &path, &args) {
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

#[test]
fn buffered_corpus_matches_cpython_in_every_release_mode() {
    buffered::replay(None, run_case);
}

/// [`buffered::IN_WINDOW_SEEK`] alone, in every release mode.
#[test]
fn in_window_seek_after_a_failed_seek_returns_the_position() {
    buffered::replay_in_window_seek(run_case);
}
