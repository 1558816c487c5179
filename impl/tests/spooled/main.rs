//! SpooledTemporaryFile: CPython's rollover triggers and boundaries, what carries over, text
//! spools, version differences, the finalizer's warning, a property test against a plain
//! in-memory model, and the cost of the memory phase and of the rollover.
//!
//! Every expectation was checked by running CPython 3.10.13, 3.11.7 and 3.13.0 (boundaries for
//! max_size 0, 1, 10 and -1; `seek(100)` + `write(b'')`; truncate above/below/at max_size and
//! with max_size 0; fileno; writelines; mode/name/encoding before and after; UTF-16 tell;
//! 'ΛΛΛ'; newlines; sparse writes; the 3.10 attribute errors; ResourceWarning on collection;
//! BytesIO vs BufferedRandom answers to negative seeks and truncates).
#![allow(clippy::unwrap_used)]
// On Windows the POSIX-only tests below are compiled out, and their helpers with them.
#![cfg_attr(windows, allow(dead_code, unused_imports))]

mod carry_over;
#[path = "../common/mod.rs"]
mod common;
mod cost;
mod lifecycle;
mod model;
mod triggers;

#[cfg(unix)]
use std::os::fd::AsRawFd;

use common::{Sandbox, module_v, unclosed_fds};
use pytempfile::io::text::Cookie;
use pytempfile::os::Whence;
use pytempfile::{
    ExcClass, FileName, FileOptions, Params, PyStr, PyVersion, SpooledTemporaryFile, Tell, Tempfile,
};

fn spool(t: &Tempfile, max: i64) -> SpooledTemporaryFile {
    t.spooled_temporary_file(max, &Params::new(), &FileOptions::new())
        .unwrap()
}

fn text_spool(t: &Tempfile, max: i64, opts: FileOptions) -> SpooledTemporaryFile {
    t.spooled_temporary_file(max, &Params::new(), &opts.mode("w+"))
        .unwrap()
}

fn offset(s: &mut SpooledTemporaryFile) -> u64 {
    match s.tell().unwrap() {
        Tell::Offset(o) => o,
        Tell::Cookie(c) => panic!("binary spool gave a cookie {c:?}"),
    }
}

fn cookie(s: &mut SpooledTemporaryFile) -> Cookie {
    match s.tell().unwrap() {
        Tell::Cookie(c) => c,
        Tell::Offset(o) => panic!("text spool gave an offset {o}"),
    }
}

fn read_all(s: &mut SpooledTemporaryFile) -> Vec<u8> {
    s.seek(0, Whence::Set).unwrap();
    s.read(None).unwrap()
}

fn read_all_text(s: &mut SpooledTemporaryFile) -> PyStr {
    s.seek_text(&Cookie::from_position(0), Whence::Set).unwrap();
    s.read_text(None).unwrap()
}

fn setup(
    tag: &str,
) -> (
    Sandbox,
    Tempfile,
    std::sync::Arc<pytempfile::FaultyOs>,
    common::Events,
) {
    let sb = Sandbox::new(tag);
    let (t, os, ev) = module_v(&sb, PyVersion::V3_13);
    (sb, t, os, ev)
}
