//! Shared helpers for pytempfile's integration tests.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use pytempfile::{Arg, FaultyOs, ForcedNames, Tempfile};

/// A fresh directory under /tmp, removed (with everything in it) on drop.
pub struct Sandbox {
    pub path: PathBuf,
}

impl Sandbox {
    pub fn new(tag: &str) -> Sandbox {
        static N: AtomicU64 = AtomicU64::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let path = PathBuf::from(format!(
            "/tmp/pytempfile-test-{tag}-{}-{n}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Sandbox { path }
    }

    pub fn join(&self, p: impl AsRef<Path>) -> PathBuf {
        self.path.join(p)
    }

    pub fn bytes(&self) -> Vec<u8> {
        self.path.as_os_str().as_encoded_bytes().to_vec()
    }

    /// Sorted names of the sandbox's entries.
    pub fn entries(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.path)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        // Make everything writable again so that removal works after mode tests.
        let _ = std::process::Command::new("chmod")
            .arg("-R")
            .arg("u+rwx")
            .arg(&self.path)
            .status();
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A module instance whose `tempdir` is the sandbox, with a counting seam.
pub fn module_in(sandbox: &Sandbox) -> (Tempfile, Arc<FaultyOs>) {
    let os = Arc::new(FaultyOs::new());
    let t = Tempfile::builder().os(os.clone()).build();
    t.set_tempdir(Some(Arg::from(sandbox.path.as_os_str())));
    (t, os)
}

/// A forced name source.
pub fn forced(names: &[&str]) -> Arc<ForcedNames> {
    Arc::new(ForcedNames::new(names.iter().map(|n| n.as_bytes())))
}

pub fn mode_of(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
}
