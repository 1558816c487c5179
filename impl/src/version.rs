//! The CPython version whose behaviour pytempfile reproduces: 3.10, 3.11, 3.12 or 3.13.
//!
//! The differences (shared/reference/cpython-tempfile.md §14) are few; each call site asks
//! [`PyVersion::at_least`] rather than matching on versions, so the switch reads as CPython's
//! changelog. Security fixes are never switched off: in 3.10/3.11 mode cleanup still refuses to
//! follow symlinks when it resets permissions (CPython fixed that in 3.12, gh-91133).

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// A CPython minor version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum PyVersion {
    /// CPython 3.10 (checked against 3.10.13).
    V3_10,
    /// CPython 3.11 (checked against 3.11.7).
    V3_11,
    /// CPython 3.12 (checked against 3.12.1).
    V3_12,
    /// CPython 3.13 (checked against 3.13.0). The default.
    #[default]
    V3_13,
}

impl PyVersion {
    /// Every supported version, oldest first.
    pub const ALL: [PyVersion; 4] = [
        PyVersion::V3_10,
        PyVersion::V3_11,
        PyVersion::V3_12,
        PyVersion::V3_13,
    ];

    /// Whether this version is `other` or newer.
    pub fn at_least(self, other: PyVersion) -> bool {
        self >= other
    }

    /// The version for `(major, minor)`, if supported.
    pub fn from_tuple(major: u32, minor: u32) -> Option<PyVersion> {
        match (major, minor) {
            (3, 10) => Some(PyVersion::V3_10),
            (3, 11) => Some(PyVersion::V3_11),
            (3, 12) => Some(PyVersion::V3_12),
            (3, 13) => Some(PyVersion::V3_13),
            _ => None,
        }
    }

    /// The minor version number.
    pub fn minor(self) -> u32 {
        match self {
            PyVersion::V3_10 => 10,
            PyVersion::V3_11 => 11,
            PyVersion::V3_12 => 12,
            PyVersion::V3_13 => 13,
        }
    }
}

impl fmt::Display for PyVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "3.{}", self.minor())
    }
}

impl FromStr for PyVersion {
    type Err = Error;

    /// Parses `"3.12"` (a patch level such as `"3.12.1"` is accepted and ignored).
    fn from_str(s: &str) -> Result<PyVersion> {
        let mut parts = s.trim().split('.');
        let major = parts.next().and_then(|p| p.parse().ok());
        let minor = parts.next().and_then(|p| p.parse().ok());
        match (major, minor) {
            (Some(ma), Some(mi)) => PyVersion::from_tuple(ma, mi),
            _ => None,
        }
        .ok_or_else(|| {
            Error::value_error(format!(
                "unsupported CPython version {s:?}: expected one of 3.10, 3.11, 3.12, 3.13"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_orders() {
        assert_eq!("3.12".parse::<PyVersion>().unwrap(), PyVersion::V3_12);
        assert_eq!("3.10.13".parse::<PyVersion>().unwrap(), PyVersion::V3_10);
        assert!("3.9".parse::<PyVersion>().is_err());
        assert!("x".parse::<PyVersion>().is_err());
        assert!(PyVersion::V3_13.at_least(PyVersion::V3_12));
        assert!(!PyVersion::V3_11.at_least(PyVersion::V3_12));
        assert_eq!(PyVersion::default(), PyVersion::V3_13);
        assert_eq!(PyVersion::V3_11.to_string(), "3.11");
    }
}
