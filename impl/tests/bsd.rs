//! File flags for real, on macOS and FreeBSD (the macOS job of .github/workflows/test.yml runs
//! these; here they are type-checked by `scripts/cross-check.sh`): the seam's `chflags`,
//! `lchflags`, `fchflags` and `chflagsat_nofollow` act on the entry they should, and
//! `TemporaryDirectory`'s cleanup removes a tree holding immutable (`uchg`) entries in every
//! release mode without ever clearing a symlink's target. The rules themselves, release by
//! release, are tested on any host by `tests/bsd_logic.rs` (docs/bsd.md).
#![cfg(any(target_os = "macos", target_os = "freebsd"))]
#![allow(clippy::unwrap_used)]

mod common;

use std::ffi::CString;
use std::path::{Path, PathBuf};

use common::Sandbox;
use pytempfile::os::{FileFlags, Os, file_flags::UF_IMMUTABLE, file_flags::UF_NODUMP, flags};
use pytempfile::{DirOptions, LibcOs, Params, PathKind, PyPath, PyVersion, Tempfile};

#[cfg(target_os = "freebsd")]
use std::os::freebsd::fs::MetadataExt;
#[cfg(target_os = "macos")]
use std::os::macos::fs::MetadataExt;

fn c(p: &Path) -> CString {
    CString::new(p.as_os_str().as_encoded_bytes()).unwrap()
}

/// `st_flags` of `p` itself (a symlink's own).
fn flags_of(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().st_flags()
}

/// Clears the flags of every path it was given when dropped, so that a failing test leaves
/// nothing the sandbox cannot remove.
struct Unflag(Vec<PathBuf>);

impl Drop for Unflag {
    fn drop(&mut self) {
        for p in &self.0 {
            let _ = LibcOs.lchflags(&c(p), 0);
        }
    }
}

#[test]
fn the_seam_sets_flags_on_the_entry_it_should() {
    assert_eq!(LibcOs.file_flags(), FileFlags::Lchflags);
    let sb = Sandbox::new("bsd-seam");
    let file = sb.join("file");
    let link = sb.join("link");
    std::fs::write(&file, b"f").unwrap();
    std::os::unix::fs::symlink(&file, &link).unwrap();
    let _unflag = Unflag(vec![file.clone(), link.clone()]);

    // chflags follows the link: the file's flags.
    LibcOs.chflags(&c(&link), UF_NODUMP).unwrap();
    assert_eq!(flags_of(&file) & UF_NODUMP, UF_NODUMP);
    LibcOs.chflags(&c(&file), 0).unwrap();
    assert_eq!(flags_of(&file), 0);
    // lchflags: the link's own.
    LibcOs.lchflags(&c(&link), UF_NODUMP).unwrap();
    assert_eq!(flags_of(&link) & UF_NODUMP, UF_NODUMP);
    assert_eq!(flags_of(&file), 0);
    LibcOs.lchflags(&c(&link), 0).unwrap();
    // chflagsat_nofollow relative to a directory descriptor: the link's own, never its target.
    let dirfd = LibcOs
        .open(&c(sb.path()), flags::O_RDONLY | flags::O_DIRECTORY, 0)
        .unwrap();
    LibcOs
        .chflagsat_nofollow(dirfd, c"link", UF_NODUMP)
        .unwrap();
    assert_eq!(flags_of(&link) & UF_NODUMP, UF_NODUMP);
    assert_eq!(flags_of(&file), 0);
    LibcOs.chflagsat_nofollow(dirfd, c"link", 0).unwrap();
    assert_eq!(flags_of(&link) & UF_NODUMP, 0);
    // fchflags on the directory itself.
    LibcOs.fchflags(dirfd, UF_NODUMP).unwrap();
    assert_eq!(flags_of(sb.path()) & UF_NODUMP, UF_NODUMP);
    LibcOs.fchflags(dirfd, 0).unwrap();
    LibcOs.close(dirfd).unwrap();
    // An immutable file refuses unlink and chmod with EPERM until its flags are cleared.
    LibcOs.chflags(&c(&file), UF_IMMUTABLE).unwrap();
    assert_eq!(LibcOs.unlink(&c(&file)).unwrap_err().0, libc::EPERM);
    assert_eq!(LibcOs.chmod(&c(&file), 0o600).unwrap_err().0, libc::EPERM);
    LibcOs.chflags(&c(&file), 0).unwrap();
    LibcOs.unlink(&c(&file)).unwrap();
}

#[test]
fn cleanup_removes_immutable_entries_in_every_release() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("bsd-cleanup");
        let t = Tempfile::builder().version(v).build();
        let params = Params::new().dir(sb.path().as_os_str());
        let mut d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        let top = d.path().to_path_buf();
        std::fs::create_dir(top.join("frozen")).unwrap();
        std::fs::write(top.join("frozen").join("f"), b"f").unwrap();
        std::fs::write(top.join("locked"), b"l").unwrap();
        let unflag = Unflag(vec![
            top.join("frozen").join("f"),
            top.join("frozen"),
            top.join("locked"),
            top.clone(),
        ]);
        for p in &unflag.0 {
            LibcOs.chflags(&c(p), UF_IMMUTABLE).unwrap();
        }
        d.cleanup().unwrap();
        assert!(!top.exists(), "{v}");
        // An empty immutable top.
        let mut e = t.temporary_directory(&params, DirOptions::new()).unwrap();
        let _unflag = Unflag(vec![e.path().to_path_buf()]);
        LibcOs.chflags(&c(e.path()), UF_IMMUTABLE).unwrap();
        e.cleanup().unwrap();
        assert!(!e.path().exists(), "{v}");
    }
}

#[test]
fn cleanup_never_clears_a_symlinks_target() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("bsd-link");
        let precious = sb.join("precious");
        std::fs::write(&precious, b"keep").unwrap();
        let top = sb.join("top");
        std::fs::create_dir_all(top.join("d")).unwrap();
        std::os::unix::fs::symlink(&precious, top.join("d").join("link")).unwrap();
        let _unflag = Unflag(vec![
            precious.clone(),
            top.join("d").join("link"),
            top.join("d"),
        ]);
        LibcOs.chflags(&c(&precious), UF_IMMUTABLE).unwrap();
        LibcOs
            .lchflags(&c(&top.join("d").join("link")), UF_IMMUTABLE)
            .unwrap();
        LibcOs.chflags(&c(&top.join("d")), UF_IMMUTABLE).unwrap();
        let t = Tempfile::builder().version(v).build();
        t.rmtree(
            &PyPath::new(PathKind::Str, top.as_os_str().as_encoded_bytes().to_vec()),
            false,
        )
        .unwrap();
        assert!(!top.exists(), "{v}");
        // CPython 3.10.13 and 3.11.7 clear it (chflags follows the link): never here.
        assert_eq!(flags_of(&precious) & UF_IMMUTABLE, UF_IMMUTABLE, "{v}");
    }
}
