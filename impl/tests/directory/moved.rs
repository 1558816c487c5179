//! Entries that change under the walk, made deterministic through the seam: a file that is a
//! directory by the time it is unlinked, a subdirectory whose name a file took by the time it
//! is removed, a refusal that outlasts its reset, a top refilled after its own reset. Cleanup
//! takes each up again (never following anything) within its retry budget, or reports the
//! error CPython's release reports.

use std::ffi::CStr;
use std::os::fd::RawFd;

use pytempfile::LibcOs;
use pytempfile::os::{DirEntry, FileType, Forward, SysResult};

use super::*;

/// A module following `version`, its seam `os`, and a `TemporaryDirectory` in the sandbox.
fn dir_with(sb: &Sandbox, version: PyVersion, os: Arc<dyn Os>) -> TemporaryDirectory {
    let t = Tempfile::builder().version(version).os(os).build();
    t.temporary_directory(&Params::new().dir(sb.path()), DirOptions::new())
        .unwrap()
}

/// A counting seam and a `TemporaryDirectory` over it, following `version`, holding
/// `entries` (relative to the top; a name ending in `/` is a directory, any other a file
/// holding its own name).
fn counted(
    sb: &Sandbox,
    version: PyVersion,
    entries: &[&str],
) -> (Arc<FaultyOs>, TemporaryDirectory, PathBuf) {
    let os = Arc::new(FaultyOs::new());
    let d = dir_with(sb, version, os.clone());
    let top = d.path().to_path_buf();
    for e in entries {
        match e.strip_suffix('/') {
            Some(dir) => fs::create_dir_all(top.join(dir)).unwrap(),
            None => fs::write(top.join(e), e.as_bytes()).unwrap(),
        }
    }
    (os, d, top)
}

fn bytes(p: &Path) -> Vec<u8> {
    p.as_os_str().as_bytes().to_vec()
}

/// A file that is a directory again every time it is unlinked (`EISDIR`), and a file again
/// every time it is opened as one (`ENOTDIR`): each round costs a retry, and once the budget is
/// spent the `IsADirectoryError` is raised. The file outside the seam's lies is untouched.
#[test]
fn a_file_that_keeps_turning_into_a_directory_spends_the_budget_then_raises() {
    let sb = Sandbox::new("moved-turncoat");
    for version in [PyVersion::V3_11, PyVersion::V3_14] {
        let (os, d, top) = counted(&sb, version, &["turncoat"]);
        os.add_fault(Fault::every(Call::Unlinkat, libc::EISDIR).path_contains("turncoat"));
        os.reset_counts();
        let (r, d, lifted) = cleanup_watched(&os, d, Call::Unlinkat, 4 * RETRY_BUDGET);
        assert!(!lifted, "{version}: cleanup kept retrying past its budget");
        let e = r.unwrap_err();
        assert_eq!(e.class(), ExcClass::IsADirectoryError, "{version}: {e}");
        assert_eq!(e.errno(), Some(libc::EISDIR), "{version}");
        // Each retry: the unlink that says EISDIR, then the open that says ENOTDIR.
        assert_eq!(os.count(Call::Unlinkat), RETRY_BUDGET + 1, "{version}");
        assert_eq!(os.count(Call::Openat), RETRY_BUDGET, "{version}");
        assert_eq!(
            fs::read(top.join("turncoat")).unwrap(),
            b"turncoat",
            "{version}"
        );
        os.clear_faults();
        drop(d);
        fs::remove_dir_all(&top).ok();
    }
}

/// An emptied subdirectory whose name a file took by the time it is removed (`rmdir` says
/// `ENOTDIR`): the name is unlinked as a file, which finds a directory again (`EISDIR`), and
/// that directory is walked and removed where it is, without starting the tree over.
#[test]
fn a_subdirectory_a_file_replaced_at_its_removal_is_taken_up_where_it_is() {
    let sb = Sandbox::new("moved-sub");
    for version in PyVersion::ALL {
        let (os, mut d, top) = counted(&sb, version, &["sub/", "sub/f"]);
        os.add_fault(Fault::nth_of(Call::Unlinkat, 1, libc::ENOTDIR).path_contains("sub"));
        os.reset_counts();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
        // The top was opened once and removed by the second rmdir (the first is the fast
        // path's): nothing was walked twice but `sub`.
        assert_eq!(os.count(Call::Open), 1, "{version}");
        assert_eq!(os.count(Call::Rmdir), 2, "{version}");
        assert_eq!(os.count(Call::Openat), 2, "{version}: sub opened twice");
    }
}

/// A file whose unlink is still refused after the reset (flags on macOS and the BSDs, then
/// modes) is reported with its full path: a `PermissionError` where CPython removes it by
/// `_rmtree`'s `onexc` (3.12 and the fixed releases), a `NotADirectoryError` in 3.10.13 and
/// 3.11.7, whose handler recurses into the file and fails to list it. One reset, one more
/// unlink, no walk of the file as a directory.
#[test]
fn a_refusal_that_outlasts_the_reset_is_raised_with_the_full_path() {
    let sb = Sandbox::new("moved-locked");
    for version in PyVersion::ALL {
        let (os, mut d, top) = counted(&sb, version, &["locked"]);
        os.add_fault(Fault::every(Call::Unlinkat, libc::EACCES).path_contains("locked"));
        os.reset_counts();
        let e = d.cleanup().unwrap_err();
        let (class, errno) = if version.at_least(PyVersion::V3_12) {
            (ExcClass::PermissionError, libc::EACCES)
        } else {
            (ExcClass::NotADirectoryError, libc::ENOTDIR)
        };
        assert_eq!(
            (e.class(), e.errno()),
            (class, Some(errno)),
            "{version}: {e}"
        );
        assert_eq!(
            e.filename(),
            Some(&Filename::Str(bytes(&top.join("locked")))),
            "{version}"
        );
        assert_eq!(os.count(Call::Unlinkat), 2, "{version}");
        assert_eq!(os.count(Call::Openat), 0, "{version}");
        os.clear_faults();
        drop(d);
        fs::remove_dir_all(&top).ok();
    }
}

/// A seam whose listing reports every directory as a regular file (a directory that took a
/// file's name between the listing and the unlink, as a race would leave it).
struct ListsDirsAsFiles {
    inner: FaultyOs,
}

impl Forward for ListsDirsAsFiles {
    fn inner(&self) -> &dyn Os {
        &self.inner
    }
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        let mut entries = self.inner.read_dir(dirfd)?;
        for e in &mut entries {
            if e.file_type == FileType::Directory {
                e.file_type = FileType::Regular;
            }
        }
        Ok(entries)
    }
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        self.inner.unlinkat(dirfd, name, dir)
    }
}

/// An unlink that fails with an error that is no refusal (`EIO`) is reported, even when the
/// name is a directory by then: only `EISDIR` (or, where there are file flags, a refusal that
/// outlasted the reset) sends a name back to be walked.
#[test]
fn an_unlink_error_is_reported_even_for_a_name_that_is_a_directory_by_then() {
    let sb = Sandbox::new("moved-eio");
    for version in PyVersion::ALL {
        let os = Arc::new(ListsDirsAsFiles {
            inner: FaultyOs::wrap(Arc::new(LibcOs)),
        });
        os.inner
            .add_fault(Fault::nth_of(Call::Unlinkat, 1, libc::EIO).path_contains("now-a-dir"));
        let mut d = dir_with(&sb, version, os.clone());
        let top = d.path().to_path_buf();
        fs::create_dir(top.join("now-a-dir")).unwrap();
        let e = d.cleanup().unwrap_err();
        assert_eq!(e.class(), ExcClass::OSError, "{version}: {e}");
        assert_eq!(e.errno(), Some(libc::EIO), "{version}");
        assert!(top.join("now-a-dir").is_dir(), "{version}");
        os.inner.clear_faults();
        drop(d);
        fs::remove_dir_all(&top).ok();
    }
}

/// A subdirectory whose first open is refused (`EACCES`) is opened again after the reset of
/// its parent's and its own mode, and removed.
#[test]
fn a_refused_open_of_a_subdirectory_is_retried_after_the_reset() {
    let sb = Sandbox::new("moved-open");
    for version in PyVersion::ALL {
        let (os, mut d, top) = counted(&sb, version, &["sub/", "sub/f"]);
        os.add_fault(Fault::nth_of(Call::Openat, 1, libc::EACCES).path_contains("sub"));
        os.reset_counts();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
        assert_eq!(os.count(Call::Openat), 2, "{version}");
        assert_eq!(
            os.count(Call::Open),
            1,
            "{version}: retried in place, no second pass"
        );
        assert_eq!(os.count(Call::Fchmodat), 1, "{version}: sub's mode reset");
    }
}

/// The top's `rmdir` refused (`EACCES`), then, after the top's mode is reset, refused as not
/// empty (entries moved in meanwhile): the tree is walked again and removed. Refused after the
/// reset with an error that says nothing moved (`EIO`): reported, without another pass.
#[test]
fn the_top_refilled_after_its_reset_is_walked_again_and_other_errors_are_reported() {
    let sb = Sandbox::new("moved-top");
    for version in PyVersion::ALL {
        // Refilled: rmdir 1 (the fast path) real, 2 EACCES, 3 ENOTEMPTY, 4 real. (A fault
        // counts the calls that reach it: the one that fails the second call is met first,
        // so the second fault sees the third call as its second.)
        let (os, mut d, top) = counted(&sb, version, &["f"]);
        os.add_fault(Fault::nth_of(Call::Rmdir, 2, libc::EACCES));
        os.add_fault(Fault::nth_of(Call::Rmdir, 2, libc::ENOTEMPTY));
        os.reset_counts();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
        assert_eq!(os.count(Call::Rmdir), 4, "{version}");
        assert_eq!(os.count(Call::Open), 2, "{version}: the top walked twice");

        // Not refilled: every rmdir but the second (EACCES) says EIO.
        let (os, mut d, top) = counted(&sb, version, &["f"]);
        os.add_fault(Fault::nth_of(Call::Rmdir, 2, libc::EACCES));
        os.add_fault(Fault::every(Call::Rmdir, libc::EIO));
        os.reset_counts();
        let e = d.cleanup().unwrap_err();
        assert_eq!(e.errno(), Some(libc::EIO), "{version}: {e}");
        assert_eq!(e.filename(), Some(&Filename::Str(bytes(&top))), "{version}");
        assert_eq!(os.count(Call::Rmdir), 3, "{version}");
        assert_eq!(os.count(Call::Open), 1, "{version}");
        os.clear_faults();
        drop(d);
        fs::remove_dir_all(&top).ok();
    }
}

/// An emptied subdirectory whose removal is refused (`EACCES`) is removed again after the
/// reset of its parent's and its own mode.
#[test]
fn a_refused_removal_of_an_emptied_subdirectory_is_retried_after_the_reset() {
    let sb = Sandbox::new("moved-rmdir");
    for version in PyVersion::ALL {
        let (os, mut d, top) = counted(&sb, version, &["sub/"]);
        os.add_fault(Fault::nth_of(Call::Unlinkat, 1, libc::EACCES).path_contains("sub"));
        os.reset_counts();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
        assert_eq!(os.count(Call::Unlinkat), 2, "{version}");
        assert_eq!(
            os.count(Call::Open),
            1,
            "{version}: retried in place, no second pass"
        );
        assert_eq!(os.count(Call::Fchmodat), 1, "{version}: sub's mode reset");
    }
}

/// A seam where `sub` is a file to `rmdir` (`ENOTDIR`) and a directory to `unlink`
/// (`EISDIR`), however often it is asked: a name that keeps changing kind between the two.
struct Flips {
    inner: FaultyOs,
}

impl Forward for Flips {
    fn inner(&self) -> &dyn Os {
        &self.inner
    }
    fn unlinkat(&self, dirfd: RawFd, name: &CStr, dir: bool) -> SysResult<()> {
        if name.to_bytes() == b"sub" {
            return Err(pytempfile::os::Errno(if dir {
                libc::ENOTDIR
            } else {
                libc::EISDIR
            }));
        }
        self.inner.unlinkat(dirfd, name, dir)
    }
}

/// Each round of a subdirectory that keeps changing kind costs two retries, the `rmdir` that
/// finds a file and the `unlink` that finds a directory; when the budget is spent, the
/// `rmdir`'s `NotADirectoryError` is raised.
#[test]
fn a_subdirectory_that_keeps_changing_kind_spends_two_retries_a_round() {
    let sb = Sandbox::new("moved-flips");
    let os = Arc::new(Flips {
        inner: FaultyOs::new(),
    });
    let mut d = dir_with(&sb, PyVersion::V3_13, os.clone());
    let top = d.path().to_path_buf();
    fs::create_dir(top.join("sub")).unwrap();
    os.inner.reset_counts();
    let e = d.cleanup().unwrap_err();
    assert_eq!(e.class(), ExcClass::NotADirectoryError, "{e}");
    // The first open of `sub`, then one a round: the budget's 4,096 retries make 2,048.
    assert_eq!(os.inner.count(Call::Openat), 1 + RETRY_BUDGET / 2);
    fs::remove_dir(top.join("sub")).unwrap();
    drop(d);
    fs::remove_dir_all(&top).ok();
}
