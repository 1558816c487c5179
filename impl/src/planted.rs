//! Planted faults: deliberate bugs that the conformance harness must catch.
//!
//! Each [`PlantedFault`] breaks one CPython-exact behaviour or security property at the point
//! where the real decision is made. They exist to prove that the differential tests can fail
//! (a harness that never fails proves nothing). A fault is only ever active on a `Tempfile`
//! instance that a test switched it on for, with `Tempfile::plant_fault`, which exists only
//! when the crate is built with the `planted-faults` feature. Without the feature the check
//! is the constant `false` and compiles away.
//!
//! The module state holds a `Planted` set and its decision points ask it
//! (`Tempfile::planted`); this module knows nothing of the module state.

#[cfg(feature = "planted-faults")]
use std::sync::atomic::{AtomicU32, Ordering};

/// One deliberate bug.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlantedFault {
    /// Random names use upper-case letters (not CPython's alphabet).
    WrongAlphabet,
    /// Files are created without `O_NOFOLLOW`.
    MissingNofollow,
    /// Files are created with mode 0644 instead of 0600.
    Mode0644,
    /// The spool rolls over one byte later than CPython.
    RolloverOneByteLate,
    /// `mkdtemp`'s absolute-path rule is flipped: the raw (possibly relative) join in 3.12+
    /// mode, `abspath` in 3.10/3.11 mode.
    RelativeMkdtemp,
    /// Exhaustion raises `FileNotFoundError` instead of `FileExistsError`.
    WrongExhaustionClass,
    /// Mixing bytes and str arguments is accepted.
    MixAccepted,
    /// `delete_on_close=False` is ignored (the file goes at `close()`).
    DeleteOnCloseIgnored,
    /// Assigning `tempdir = None` does not make the next call compute it again.
    TempdirNotReread,
    /// Cleanup follows symlinks to directories and empties them.
    CleanupFollowsSymlinks,
    /// `mktemp` checks with `stat` instead of `lstat` (dangling symlinks look free).
    MktempFollowsSymlinks,
    /// Files are created without `O_EXCL` (an existing file at the candidate name is opened).
    MissingExcl,
    /// Cleanup opens subdirectories by their full path instead of relative to the parent's
    /// descriptor (a directory swapped for a symlink higher up redirects it).
    CleanupByPath,
}

impl PlantedFault {
    /// Every planted fault.
    pub const ALL: [PlantedFault; 11] = [
        PlantedFault::WrongAlphabet,
        PlantedFault::MissingNofollow,
        PlantedFault::Mode0644,
        PlantedFault::RolloverOneByteLate,
        PlantedFault::RelativeMkdtemp,
        PlantedFault::WrongExhaustionClass,
        PlantedFault::MixAccepted,
        PlantedFault::DeleteOnCloseIgnored,
        PlantedFault::TempdirNotReread,
        PlantedFault::CleanupFollowsSymlinks,
        PlantedFault::MktempFollowsSymlinks,
    ];

    /// The faults that only show under a race or an attack (the fuzz targets in `fuzz/` and
    /// `fuzzlib/` catch them). Not in [`PlantedFault::ALL`], whose faults the sequential
    /// differential harness must each catch.
    pub const RACE: [PlantedFault; 2] = [PlantedFault::MissingExcl, PlantedFault::CleanupByPath];

    #[cfg_attr(not(feature = "planted-faults"), allow(dead_code))]
    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// The faults planted on one module instance: empty, and without the `planted-faults` feature
/// empty forever (zero-sized; [`Planted::has`] is the constant `false`).
#[derive(Debug, Default)]
pub(crate) struct Planted {
    #[cfg(feature = "planted-faults")]
    bits: AtomicU32,
}

impl Planted {
    /// Whether `fault` is planted.
    #[inline]
    pub(crate) fn has(&self, fault: PlantedFault) -> bool {
        #[cfg(feature = "planted-faults")]
        {
            self.bits.load(Ordering::Relaxed) & fault.bit() != 0
        }
        #[cfg(not(feature = "planted-faults"))]
        {
            let _ = fault;
            false
        }
    }

    /// Plant `fault`.
    #[cfg(feature = "planted-faults")]
    pub(crate) fn plant(&self, fault: PlantedFault) {
        self.bits.fetch_or(fault.bit(), Ordering::Relaxed);
    }
}
