//! Per-run sandboxes and file-system snapshots.

use std::collections::BTreeMap;
use std::ffi::CString;
use std::fs;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::sync::atomic::{AtomicU64, Ordering};

const PREFIX: &str = "pytempfile-fuzz-";

/// Where sandboxes live: `/dev/shm` (fast, no disk) if usable, else the system temp dir.
fn base() -> PathBuf {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        let probe = shm.join(format!("{PREFIX}probe-{}", std::process::id()));
        if fs::create_dir(&probe).is_ok() {
            let _ = fs::remove_dir(&probe);
            return shm.to_path_buf();
        }
    }
    std::env::temp_dir()
}

/// Remove sandboxes left by fuzzing processes that died (crash, timeout, kill): only our own
/// naming scheme, only if the owning process no longer exists.
fn remove_stale(base: &Path) {
    let Ok(rd) = fs::read_dir(base) else { return };
    for e in rd.flatten() {
        let name = e.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(PREFIX)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
            force_remove(&e.path());
        }
    }
}

/// A fresh directory for one run, removed (whatever the modes inside) on drop.
pub struct Sandbox {
    root: PathBuf,
}

impl Sandbox {
    /// A new, empty sandbox, mode 0755.
    pub fn new(tag: &str) -> Sandbox {
        static N: AtomicU64 = AtomicU64::new(0);
        static STALE: Once = Once::new();
        let base = base();
        STALE.call_once(|| remove_stale(&base));
        let n = N.fetch_add(1, Ordering::Relaxed);
        let root = base.join(format!("{PREFIX}{}-{n}-{tag}", std::process::id()));
        force_remove(&root);
        fs::create_dir(&root).unwrap();
        fs::set_permissions(&root, fs::Permissions::from_mode(0o755)).unwrap();
        Sandbox { root }
    }

    /// The sandbox directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A path inside.
    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.root.join(rel)
    }

    /// Create a subdirectory (mode 0755) and return its path.
    pub fn mkdir(&self, rel: &str) -> PathBuf {
        let p = self.join(rel);
        fs::create_dir_all(&p).unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
        p
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        force_remove(&self.root);
    }
}

/// Remove `p` and everything under it, giving directories 0700 first (never following a
/// symlink: `set_permissions` is only applied to what `symlink_metadata` says is a directory,
/// and every path below comes from listing a directory).
pub fn force_remove(p: &Path) {
    fn open_up(p: &Path) {
        let Ok(md) = fs::symlink_metadata(p) else {
            return;
        };
        if md.file_type().is_dir() {
            let _ = fs::set_permissions(p, fs::Permissions::from_mode(0o700));
            if let Ok(rd) = fs::read_dir(p) {
                for e in rd.flatten() {
                    open_up(&e.path());
                }
            }
        }
    }
    open_up(p);
    match fs::symlink_metadata(p) {
        Ok(md) if md.file_type().is_dir() => {
            let _ = fs::remove_dir_all(p);
        }
        Ok(_) => {
            let _ = fs::remove_file(p);
        }
        Err(_) => {}
    }
}

/// `mkfifo(p, 0600)`.
pub fn mkfifo(p: &Path) -> std::io::Result<()> {
    let c = CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    if unsafe { libc::mkfifo(c.as_ptr(), 0o600) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Read a regular file without following a symlink at its last component and without blocking
/// on a fifo.
pub fn read_nofollow(p: &Path) -> std::io::Result<Vec<u8>> {
    let mut f = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(p)?;
    let mut v = Vec::new();
    f.read_to_end(&mut v)?;
    Ok(v)
}

/// One entry of a snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// A directory: mode, inode.
    Dir { mode: u32, ino: u64 },
    /// A regular file: mode, inode, content (ASCII-escaped).
    File { mode: u32, ino: u64, data: String },
    /// A symlink: its target.
    Link { target: PathBuf, ino: u64 },
    /// Anything else: its type bits, mode and inode.
    Other { fmt: u32, mode: u32, ino: u64 },
}

/// Every entry under a directory (relative path → node), the directory itself as `""`.
pub type Snapshot = BTreeMap<PathBuf, Node>;

/// Snapshot the tree at `top` (never following symlinks). Unreadable directories and files are
/// recorded with what `lstat` says.
pub fn snapshot(top: &Path) -> Snapshot {
    fn walk(top: &Path, p: &Path, out: &mut Snapshot) {
        let Ok(md) = fs::symlink_metadata(p) else {
            return;
        };
        let rel = p.strip_prefix(top).unwrap().to_path_buf();
        let mode = md.mode() & 0o7777;
        let ino = md.ino();
        let ft = md.file_type();
        if ft.is_dir() {
            out.insert(rel, Node::Dir { mode, ino });
            if let Ok(rd) = fs::read_dir(p) {
                for e in rd.flatten() {
                    walk(top, &e.path(), out);
                }
            }
        } else if ft.is_file() {
            let data = match read_nofollow(p) {
                Ok(d) => d.escape_ascii().to_string(),
                Err(e) => format!("<unreadable: {e}>"),
            };
            out.insert(rel, Node::File { mode, ino, data });
        } else if ft.is_symlink() {
            let target = fs::read_link(p).unwrap_or_default();
            out.insert(rel, Node::Link { target, ino });
        } else {
            out.insert(
                rel,
                Node::Other {
                    fmt: md.mode() & libc::S_IFMT,
                    mode,
                    ino,
                },
            );
        }
    }
    let mut out = Snapshot::new();
    walk(top, top, &mut out);
    out
}

/// The differences between two snapshots, one line each.
pub fn diff(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    let mut out = Vec::new();
    for (k, v) in before {
        match after.get(k) {
            None => out.push(format!("{} was removed (was {v:?})", k.display())),
            Some(w) if w != v => out.push(format!("{} changed: {v:?} -> {w:?}", k.display())),
            _ => {}
        }
    }
    for (k, v) in after {
        if !before.contains_key(k) {
            out.push(format!("{} appeared: {v:?}", k.display()));
        }
    }
    out
}

/// Names in a directory, sorted.
pub fn list(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Whether anything (even a dangling symlink) is at `p`.
pub fn exists_nofollow(p: &Path) -> bool {
    fs::symlink_metadata(p).is_ok()
}
