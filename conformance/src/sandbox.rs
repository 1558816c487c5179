//! The two sandboxes of a case and what the harness observes in them, identically for both
//! sides: the tree after each operation and the descriptors an operation returns.
//!
//! Layout of a side's root `R` (the same on both sides, so relative observations compare):
//! - `R/w/` is the work directory (the process's cwd during that side's operations), with
//!   `R/w/sub/` and a regular file `R/w/afile`;
//! - `R/alt/` is a second directory for `TMPDIR`/`TEMP`/`TMP` values;
//! - `R/victims/vfile` and `R/victims/vdir/inner` are the targets planted symlinks point to;
//!   they must never change.

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use pyref::model::{B, DirChange, FdObs, PlantKind, TreeEntry, normalize_bytes};

/// One side's root.
#[derive(Debug)]
pub struct Root {
    /// The absolute root path.
    pub path: PathBuf,
}

/// `mkfifo(path)` (an existing entry is left as it is: the error is the result).
fn mkfifo(p: &Path) -> std::io::Result<()> {
    let status = std::process::Command::new("mkfifo")
        .arg(p)
        .stderr(std::process::Stdio::null())
        .status()?;
    if status.success() {
        Ok(())
    } else {
        Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
    }
}

/// Create a new regular file with `data`; never opens an existing entry (a fifo planted at
/// the name would block an open for writing).
fn create_new(p: &Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(p)?
        .write_all(data)
}

fn create_layout(root: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(root.join("w/sub"))?;
    std::fs::create_dir_all(root.join("alt"))?;
    std::fs::create_dir_all(root.join("victims/vdir"))?;
    std::fs::write(root.join("w/afile"), b"afile")?;
    std::fs::write(root.join("victims/vfile"), b"victim")?;
    std::fs::set_permissions(root.join("victims/vfile"), PermissionsExt::from_mode(0o644))?;
    std::fs::write(root.join("victims/vdir/inner"), b"inner")?;
    Ok(())
}

/// Make everything under `p` writable and remove it (symlinks are not followed).
pub fn remove_tree(p: &Path) {
    fn open_up(p: &Path) {
        let Ok(md) = std::fs::symlink_metadata(p) else {
            return;
        };
        if md.is_dir() {
            let _ = std::fs::set_permissions(p, PermissionsExt::from_mode(0o700));
            if let Ok(rd) = std::fs::read_dir(p) {
                for e in rd.flatten() {
                    open_up(&e.path());
                }
            }
        }
    }
    open_up(p);
    let _ = std::fs::remove_dir_all(p);
}

impl Root {
    /// Create a fresh root at `path` (removing anything there).
    pub fn create(path: PathBuf) -> std::io::Result<Root> {
        remove_tree(&path);
        create_layout(&path)?;
        Ok(Root { path })
    }

    /// The root's bytes (what `{ROOT}` expands to).
    pub fn bytes(&self) -> &[u8] {
        self.path.as_os_str().as_bytes()
    }

    /// The work directory.
    pub fn work(&self) -> PathBuf {
        self.path.join("w")
    }

    /// Plant `kind` at `w/<name>`. Errors (e.g. the name exists) are ignored: the operation
    /// then simply finds what is there, on both sides alike.
    pub fn plant(&self, name: &[u8], kind: PlantKind) {
        let p = self.work().join(std::ffi::OsStr::from_bytes(name));
        let _ = match kind {
            PlantKind::File => create_new(&p, b"planted"),
            PlantKind::Dir => std::fs::create_dir(&p),
            PlantKind::LinkToFile => {
                std::os::unix::fs::symlink(self.path.join("victims/vfile"), &p)
            }
            PlantKind::LinkToDir => std::os::unix::fs::symlink(self.path.join("victims/vdir"), &p),
            PlantKind::Dangling => std::os::unix::fs::symlink(self.path.join("victims/none"), &p),
            PlantKind::Fifo => mkfifo(&p),
        };
    }

    /// Apply a tree change to the directory at `dir` (an absolute path inside this root).
    pub fn change_dir(&self, dir: &Path, change: DirChange) {
        let _ = match change {
            DirChange::Populate => (|| -> std::io::Result<()> {
                create_new(&dir.join("f1"), b"one")?;
                std::fs::create_dir_all(dir.join("d1/d2"))?;
                create_new(&dir.join("d1/f2"), b"two")?;
                create_new(&dir.join("d1/d2/f3"), b"three")?;
                std::os::unix::fs::symlink(self.path.join("victims/vfile"), dir.join("lf"))?;
                std::os::unix::fs::symlink(self.path.join("victims/vdir"), dir.join("d1/ld"))?;
                std::os::unix::fs::symlink("nowhere", dir.join("dangling"))?;
                mkfifo(&dir.join("fifo"))?;
                Ok(())
            })(),
            DirChange::RemoveTop => {
                remove_tree(dir);
                Ok(())
            }
            DirChange::TopToFile => {
                remove_tree(dir);
                create_new(dir, b"not a dir")
            }
            DirChange::TopToSymlink => {
                remove_tree(dir);
                std::os::unix::fs::symlink(self.path.join("victims/vdir"), dir)
            }
            DirChange::ReadOnlyInside => (|| -> std::io::Result<()> {
                std::fs::create_dir_all(dir.join("ro"))?;
                create_new(&dir.join("ro/f"), b"ro")?;
                std::fs::set_permissions(dir.join("ro/f"), PermissionsExt::from_mode(0o400))?;
                std::fs::set_permissions(dir.join("ro"), PermissionsExt::from_mode(0o500))?;
                Ok(())
            })(),
        };
    }

    /// Every entry under the root (not following symlinks), sorted, normalized.
    pub fn snapshot(&self) -> Vec<TreeEntry> {
        let mut out = Vec::new();
        walk(&self.path, &self.path, self.bytes(), &mut out);
        out.sort_by(|a, b| a.path.cmp(&b.path));
        out
    }
}

fn walk(root: &Path, dir: &Path, root_bytes: &[u8], out: &mut Vec<TreeEntry>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let Ok(md) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        let rel = p
            .strip_prefix(root)
            .map(|r| r.as_os_str().as_bytes().to_vec())
            .unwrap_or_default();
        let ft = md.file_type();
        let (data, size) = if ft.is_symlink() {
            let t = std::fs::read_link(&p)
                .map(|t| t.as_os_str().as_bytes().to_vec())
                .unwrap_or_default();
            (normalize_bytes(&t, root_bytes), 0)
        } else if ft.is_file() {
            let mut d = read_prefix(&p, 4096);
            if d.is_empty() && md.len() > 0 {
                // Unreadable (mode 000 without DAC override): size only.
                d = b"<unreadable>".to_vec();
            }
            (d, md.len())
        } else {
            (Vec::new(), 0)
        };
        out.push(TreeEntry {
            path: B(rel),
            mode: md.mode(),
            data: B(data),
            size,
        });
        if ft.is_dir() {
            walk(root, &p, root_bytes, out);
        }
    }
}

fn read_prefix(p: &Path, n: usize) -> Vec<u8> {
    use std::io::Read;
    let Ok(f) = std::fs::File::open(p) else {
        return Vec::new();
    };
    let mut buf = Vec::with_capacity(n);
    let _ = f.take(n as u64).read_to_end(&mut buf);
    buf
}

/// Observe a descriptor (either side's: they share the process).
pub fn observe_fd(fd: i32) -> FdObs {
    let cloexec = pytempfile::os::is_cloexec(fd).unwrap_or(false);
    let flags = std::fs::read_to_string(format!("/proc/self/fdinfo/{fd}"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("flags:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .unwrap_or(0);
    // O_LARGEFILE and O_CLOEXEC are reported separately or not at all.
    let flags = flags & !(0o100000 | 0o2000000);
    let md = std::fs::metadata(format!("/proc/self/fd/{fd}")).ok();
    FdObs {
        cloexec,
        flags,
        mode: md.as_ref().map_or(0, MetadataExt::mode),
        nlink: md.as_ref().map_or(0, MetadataExt::nlink),
        size: md.as_ref().map_or(0, MetadataExt::size),
    }
}

/// Close a descriptor the harness owns (mkstemp's), through the seam's real calls.
pub fn close_fd(fd: i32) {
    use pytempfile::os::Os;
    let _ = pytempfile::LibcOs.close(fd);
}
