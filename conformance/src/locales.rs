//! Non-UTF-8 locales for the runs that need one: the C locale is always there; a Latin-1 locale
//! (`en_US.ISO-8859-1`) is generated with the C library's `localedef` into a directory that
//! `LOCPATH` then names (nothing is installed system-wide, so this works as any user and inside
//! the Debian sid root).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The Latin-1 locale's name.
pub const LATIN1: &str = "en_US.ISO-8859-1";

/// A generated locale directory (for `LOCPATH`), removed when dropped.
pub struct LocaleDir {
    path: PathBuf,
}

impl LocaleDir {
    /// The directory to put in `LOCPATH`.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for LocaleDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Generate [`LATIN1`] into a fresh directory under `/tmp`, or say why it cannot be done here
/// (no `localedef`, or no locale sources: Debian's `locales` package provides both).
pub fn latin1() -> Result<LocaleDir, String> {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("pytempfile-locales-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    std::fs::create_dir_all(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let dir = LocaleDir { path };
    let out = Command::new("localedef")
        .args(["-i", "en_US", "-f", "ISO-8859-1"])
        .arg(dir.path.join(LATIN1))
        .output()
        .map_err(|e| format!("localedef cannot be run ({e}); Debian's `locales` package has it"))?;
    if !dir.path.join(LATIN1).join("LC_CTYPE").exists() {
        return Err(format!(
            "localedef -i en_US -f ISO-8859-1 failed (exit {:?}): {} (Debian's `locales` \
             package provides the sources)",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(dir)
}
