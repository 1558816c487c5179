//! A directory swapped for a symlink during cleanup (before or after it is listed, or as it is
//! opened), through a seam that makes the swap at that call.

use std::ffi::CStr;
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicBool, Ordering};

use pytempfile::LibcOs;
use pytempfile::os::{DirEntry, Forward, SysResult};

use super::*;

/// When the swap happens.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SwapAt {
    /// On the first `read_dir`, before listing (the listing sees the symlink).
    ReadDirBefore,
    /// On the first `read_dir`, after listing (the walker believes it is a directory).
    ReadDirAfter,
    /// On the `openat` of the swapped directory, just before the real call.
    Openat,
}

/// An `Os` that delegates everything to `LibcOs` and, once, swaps `dir` for a symlink to
/// `victim` (moving the real directory to `moved`, outside the tree).
struct SwapOs {
    at: SwapAt,
    /// Set once the tree exists.
    dir: Mutex<PathBuf>,
    moved: PathBuf,
    victim: PathBuf,
    done: AtomicBool,
    inner: LibcOs,
}

impl SwapOs {
    fn swap(&self) {
        if self.done.swap(true, Ordering::SeqCst) {
            return;
        }
        let dir = self.dir.lock().unwrap().clone();
        fs::rename(&dir, &self.moved).unwrap();
        symlink(&self.victim, &dir).unwrap();
    }
}

impl Forward for SwapOs {
    fn inner(&self) -> &dyn Os {
        &self.inner
    }
    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        if self.at == SwapAt::Openat {
            let dir = self.dir.lock().unwrap().clone();
            if Some(name.to_bytes()) == dir.file_name().map(|n| n.as_bytes()) {
                self.swap();
            }
        }
        self.inner.openat(dirfd, name, flags, mode)
    }
    fn read_dir(&self, dirfd: RawFd) -> SysResult<Vec<DirEntry>> {
        match self.at {
            SwapAt::ReadDirBefore => {
                self.swap();
                self.inner.read_dir(dirfd)
            }
            SwapAt::ReadDirAfter => {
                let entries = self.inner.read_dir(dirfd);
                self.swap();
                entries
            }
            SwapAt::Openat => self.inner.read_dir(dirfd),
        }
    }
}

fn swap_case(version: PyVersion, at: SwapAt) {
    let sb = Sandbox::new(&format!("swap-{at:?}-{}", version.minor()));
    // The victim: a directory outside the tree, with files and a subdirectory.
    let victim = sb.join("victim");
    fs::create_dir(&victim).unwrap();
    fs::write(victim.join("v1"), b"victim one").unwrap();
    fs::create_dir(victim.join("vsub")).unwrap();
    fs::write(victim.join("vsub").join("v2"), b"victim two").unwrap();
    set_mode(&victim, 0o755).unwrap();
    let victim_tree = tree(&victim);

    let os = Arc::new(SwapOs {
        at,
        dir: Mutex::new(PathBuf::new()),
        moved: sb.join("moved-away"),
        victim: victim.clone(),
        done: AtomicBool::new(false),
        inner: LibcOs,
    });
    let t = Tempfile::builder().version(version).os(os.clone()).build();
    let mut d = t
        .temporary_directory(&Params::new().dir(sb.path()), DirOptions::new())
        .unwrap();
    let top = d.path().to_path_buf();

    // The tree: top/{f, a/{fa, b/{fb, c/{fc}}}}. The swapped directory: `a` for the read_dir
    // variants (a child of the top, swapped while the top is listed); `a/b` for openat.
    fs::write(top.join("f"), b"f").unwrap();
    fs::create_dir_all(top.join("a/b/c")).unwrap();
    fs::write(top.join("a/fa"), b"fa").unwrap();
    fs::write(top.join("a/b/fb"), b"fb").unwrap();
    fs::write(top.join("a/b/c/fc"), b"fc").unwrap();
    let swapped = match at {
        SwapAt::Openat => top.join("a/b"),
        _ => top.join("a"),
    };
    let moved = os.moved.clone();
    *os.dir.lock().unwrap() = swapped.clone();
    let res = d.cleanup();
    assert!(
        os.done.load(Ordering::SeqCst),
        "{version} {at:?}: the swap never happened"
    );

    // Whatever happened, nothing outside the tree was touched.
    assert_eq!(tree(&victim), victim_tree, "{version} {at:?}");
    assert_eq!(fs::read(victim.join("v1")).unwrap(), b"victim one");
    assert_eq!(fs::read(victim.join("vsub/v2")).unwrap(), b"victim two");
    assert_eq!(mode_of(&victim), 0o755);
    assert!(
        moved.is_dir(),
        "{version} {at:?}: the moved-away directory is outside the tree"
    );

    // Before the listing, the symlink is listed as one and unlinked like any entry. Listed as a
    // directory and then found to be a symlink (read_dir after, openat), it is classified again
    // and removed as the entry it now is (unlinkat, never followed), so the cleanup converges
    // either way; CPython refuses the latter ("Cannot call rmtree on a symbolic link", README).
    res.unwrap_or_else(|e| panic!("{version} {at:?}: {e}"));
    assert!(!exists_nofollow(&swapped), "{version} {at:?}");
    assert!(!exists_nofollow(&top), "{version} {at:?}");
}

#[test]
fn swap_for_a_symlink_at_read_dir_before_listing() {
    for version in PyVersion::ALL {
        swap_case(version, SwapAt::ReadDirBefore);
    }
}

#[test]
fn swap_for_a_symlink_at_read_dir_after_listing() {
    for version in PyVersion::ALL {
        swap_case(version, SwapAt::ReadDirAfter);
    }
}

#[test]
fn swap_for_a_symlink_at_openat() {
    for version in PyVersion::ALL {
        swap_case(version, SwapAt::Openat);
    }
}

/// An `Os` that records the flags of every `open` and `openat`.
struct OpenFlagsOs {
    opens: Mutex<Vec<(Vec<u8>, i32)>>,
    inner: LibcOs,
}

impl Forward for OpenFlagsOs {
    fn inner(&self) -> &dyn Os {
        &self.inner
    }
    fn open(&self, path: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        self.opens
            .lock()
            .unwrap()
            .push((path.to_bytes().to_vec(), flags));
        self.inner.open(path, flags, mode)
    }
    fn openat(&self, dirfd: RawFd, name: &CStr, flags: i32, mode: u32) -> SysResult<RawFd> {
        self.opens
            .lock()
            .unwrap()
            .push((name.to_bytes().to_vec(), flags));
        self.inner.openat(dirfd, name, flags, mode)
    }
}

/// What makes the swaps above harmless at the open itself: the walk opens every directory,
/// the top included, read-only with `O_DIRECTORY`, `O_NOFOLLOW` and `O_NONBLOCK` and nothing
/// else (the seam adds `O_CLOEXEC`). A name swapped for a symlink is not followed, one swapped
/// for a file is not opened, one swapped for a fifo does not block the cleanup.
#[test]
fn the_walk_opens_each_directory_as_a_directory_without_following_or_blocking() {
    let sb = Sandbox::new("walk-open-flags");
    let want = libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_NONBLOCK;
    for version in PyVersion::ALL {
        let os = Arc::new(OpenFlagsOs {
            opens: Mutex::new(Vec::new()),
            inner: LibcOs,
        });
        let t = Tempfile::builder().version(version).os(os.clone()).build();
        let mut d = t
            .temporary_directory(&Params::new().dir(sb.path()), DirOptions::new())
            .unwrap();
        let top = d.path().to_path_buf();
        fs::create_dir_all(top.join("a/b")).unwrap();
        fs::write(top.join("a/fa"), b"fa").unwrap();
        fs::write(top.join("a/b/fb"), b"fb").unwrap();
        os.opens.lock().unwrap().clear();
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top), "{version}");
        let opens = os.opens.lock().unwrap().clone();
        let names: Vec<&[u8]> = opens.iter().map(|(n, _)| n.as_slice()).collect();
        assert_eq!(
            names,
            [top.as_os_str().as_bytes(), b"a", b"b"],
            "{version}: the directories opened"
        );
        for (name, flags) in &opens {
            assert_eq!(
                *flags,
                want,
                "{version}: {} opened with {flags:#o}, not {want:#o}",
                String::from_utf8_lossy(name)
            );
        }
    }
}
