//! `os.name`: the platform whose branches of CPython's pure-Python libraries are followed.
//!
//! CPython's `tempfile`, `shutil` and `os.path` test `os.name == 'nt'` (and
//! `hasattr(os, 'O_BINARY')`, `os.name != 'posix'`) to pick Windows behaviour. Where that
//! choice is pure logic (which directories are candidates, which `os.open` flags are used,
//! which errors a retry loop retries), pytempfile writes it as a function of a [`Platform`]
//! value, so that the Windows branch runs in tests on Linux too; where it is a system call,
//! the OS seam of the host ([`crate::os::LibcOs`]) makes it. [`Platform::HOST`] is the
//! platform the crate was built for.
//!
//! ```
//! use pybase::platform::Platform;
//!
//! assert_eq!(Platform::Nt.os_name(), "nt");
//! assert_eq!(Platform::HOST, if cfg!(windows) { Platform::Nt } else { Platform::Posix });
//! ```

use std::fmt;

/// The value of `os.name` (the two CPython supports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Platform {
    /// `os.name == 'posix'`: Linux, macOS, the BSDs.
    Posix,
    /// `os.name == 'nt'`: Windows.
    Nt,
}

impl Platform {
    /// The platform this crate was built for.
    pub const HOST: Platform = if cfg!(windows) {
        Platform::Nt
    } else {
        Platform::Posix
    };

    /// Both platforms, POSIX first.
    pub const ALL: [Platform; 2] = [Platform::Posix, Platform::Nt];

    /// `os.name`: `"posix"` or `"nt"`.
    pub const fn os_name(self) -> &'static str {
        match self {
            Platform::Posix => "posix",
            Platform::Nt => "nt",
        }
    }

    /// Whether this is Windows (`os.name == 'nt'`).
    pub const fn is_nt(self) -> bool {
        matches!(self, Platform::Nt)
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.os_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_name_and_the_nt_test() {
        assert_eq!(Platform::Posix.to_string(), "posix");
        assert_eq!(Platform::Nt.to_string(), "nt");
        assert!(Platform::Nt.is_nt());
        assert!(!Platform::Posix.is_nt());
        assert_eq!(Platform::HOST.is_nt(), cfg!(windows));
    }
}
