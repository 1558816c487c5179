//! The CPython release whose behaviour pytempfile reproduces, and the named behaviours that
//! differ between releases.
//!
//! CPython's `tempfile` (and the `io`/`shutil` code it leans on) changes in patch releases as
//! well as in minor ones: 3.13.0 and 3.13.18 differ in `TMP_MAX`, the default-directory probe,
//! fd-relative cleanup and `SpooledTemporaryFile.writelines`. So a [`PyVersion`] is a full
//! release (`major.minor.micro`), and each difference is a [`Behaviour`] that names the first
//! release of each branch known to have it. Call sites ask [`PyVersion::has`], so the switch
//! reads as CPython's changelog.
//!
//! Where a behaviour's first release is in CPython's changelog, that release is used exactly
//! ([`Since::Exact`]). Where it is not, the behaviour is *bracketed* by the releases the project
//! tests ([`Since::Bracketed`]: absent in one, present in the next): a release between the two
//! follows the nearest known older release ([`PyVersion::KNOWN`]), so it is never assumed to
//! have a change nobody has seen in it.
//!
//! Releases outside the known set are accepted, never refused: they get the behaviour of the
//! nearest known older release, and [`PyVersion::resolve`] says so (pytempfile reports it as
//! an `Event::UnknownRelease`). Security fixes are never switched
//! off: in 3.10/3.11 mode cleanup still refuses to follow symlinks when it resets permissions
//! (CPython fixed that in 3.12, gh-91133).

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// A CPython release: `major.minor.micro`.
///
/// Ordered as releases are. The default is [`PyVersion::NEWEST`], the newest stable release
/// the project is checked against.
///
/// # Examples
///
/// ```
/// use pybase::version::{Behaviour, PyVersion};
///
/// let v: PyVersion = "3.13.18".parse().unwrap();
/// assert!(v.has(Behaviour::TmpMax20));
/// assert!(!PyVersion::new(3, 13, 0).has(Behaviour::TmpMax20));
/// assert_eq!(PyVersion::default().to_string(), "3.15.2");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PyVersion {
    major: u8,
    minor: u8,
    micro: u8,
}

impl Default for PyVersion {
    fn default() -> Self {
        PyVersion::NEWEST
    }
}

/// The first release, per branch, that has a [`Behaviour`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    /// Present in every listed release and its successors in the same branch, and in every
    /// branch newer than the newest listed one (a branch cut after a change inherits it).
    /// Taken from CPython's changelog.
    Exact(&'static [PyVersion]),
    /// Absent in the first release, present in the second, first release not known: a release
    /// strictly between the two follows the nearest known older release.
    Bracketed(PyVersion, PyVersion),
}

macro_rules! behaviours {
    ($( $(#[$doc:meta])* $name:ident = $since:expr, $gh:expr; )*) => {
        /// A behaviour of CPython's `tempfile` that differs between releases.
        ///
        /// Each names the first release of each branch that has it ([`Behaviour::since`]) and
        /// where the change is recorded ([`Behaviour::source`]); code asks
        /// [`PyVersion::has`]. The repository's `docs/releases.md` lists them all.
        ///
        /// # Examples
        ///
        /// ```
        /// use pybase::version::{Behaviour, PyVersion, Since};
        ///
        /// let b = Behaviour::DeleteOnClose; // NamedTemporaryFile(delete_on_close=)
        /// assert!(matches!(b.since(), Since::Exact(firsts) if firsts == [PyVersion::new(3, 12, 0)]));
        /// assert_eq!(b.source(), "gh-58451");
        /// assert!(!PyVersion::V3_11.has(b));
        /// assert!(PyVersion::V3_12.has(b));
        /// // Every behaviour a release has, in changelog order.
        /// assert!(PyVersion::V3_12.behaviours().any(|x| x == Behaviour::MkdtempAbspath));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Behaviour {
            $( $(#[$doc])* $name, )*
        }

        impl Behaviour {
            /// Every behaviour, in changelog order.
            pub const ALL: &'static [Behaviour] = &[$(Behaviour::$name),*];

            /// The releases that first have it.
            pub fn since(self) -> Since {
                match self { $(Behaviour::$name => { const S: Since = $since; S })* }
            }

            /// Where the change is recorded (a CPython issue, or the release diff).
            pub fn source(self) -> &'static str {
                match self { $(Behaviour::$name => $gh,)* }
            }

            /// The behaviour's name, as the Python module's `_native.has()` takes it.
            pub fn name(self) -> &'static str {
                match self { $(Behaviour::$name => stringify!($name),)* }
            }
        }
    };
}

const fn v(major: u8, minor: u8, micro: u8) -> PyVersion {
    PyVersion {
        major,
        minor,
        micro,
    }
}

use Since::{Bracketed, Exact};

behaviours! {
    /// `SpooledTemporaryFile` derives from `io.IOBase` (`readable`, `read1`, `readinto`, ...,
    /// the `__del__` warning) and `truncate` returns the file's result.
    SpooledIsIoBase = Exact(&[v(3, 11, 0)]), "gh-70363";
    /// `open()` refuses the `'U'` mode (`invalid mode: 'U'`); before, it meant reading with
    /// universal newlines, warned `DeprecationWarning("'U' mode is deprecated")` and could not
    /// be combined with `x`, `w`, `a` or `+`.
    OpenModeNoU = Exact(&[v(3, 11, 0)]), "bpo-37330";
    /// In UTF-8 mode a text file opened without an encoding reports `"utf-8"`
    /// (`io.text_encoding(None)`); 3.10 reports the locale encoding's UTF-8 name, `"UTF-8"`.
    TextEncodingUtf8Mode = Exact(&[v(3, 11, 0)]), "bpo-47000";
    /// `NamedTemporaryFile(delete_on_close=)`, the rewritten closer, `__exit__` through
    /// `_closer.cleanup()`.
    DeleteOnClose = Exact(&[v(3, 12, 0)]), "gh-58451";
    /// `mkdtemp` returns an absolute path.
    MkdtempAbspath = Exact(&[v(3, 12, 0)]), "gh-51574";
    /// `TemporaryDirectory(delete=)`.
    DirectoryDelete = Exact(&[v(3, 12, 0)]), "gh-100131";
    /// Cleanup's permission reset never follows a symlink (`_dont_follow_symlinks`,
    /// `_resetperms`), the `repeated` guard, and a PermissionError on a non-directory
    /// re-raised (bpo-43153): the CVE-2023-6597 fix, in 3.12.1 and backported to the 3.11 and
    /// 3.10 branches' security releases (PyPy 8.0.1, whose `tempfile.py` is 3.11.17's, has it).
    CleanupNoFollow = Exact(&[v(3, 10, 14), v(3, 11, 8), v(3, 12, 1)]), "gh-91133";
    /// `shutil.rmtree` walks with a stack and opens the top with `O_NONBLOCK`; its error
    /// `filename`s and handler calls follow that walk.
    RmtreeStack = Exact(&[v(3, 13, 0)]), "gh-89727";
    /// The text layer's 3.13 rules (read-ahead kept after a write, flush before `tell`, ...)
    /// and `BufferedWriter`'s 3.13 buffer limit.
    Io313 = Exact(&[v(3, 13, 0)]), "3.13.0's `io`";
    /// `encodings.aliases`: `windows_31j` names `cp932`.
    CodecAliasWindows31j = Exact(&[v(3, 13, 0)]), "gh-102389";
    /// A `str` path with an embedded NUL raises `ValueError("<func>: embedded null character
    /// in path")`, as `bytes` paths already did (was `"embedded null byte"`).
    StrPathNulChecked = Exact(&[v(3, 13, 0)]), "3.13.0's `os`";
    /// Windows: `os.mkdir(path, 0o700)` gives the directory a protected ACL (its owner, SYSTEM
    /// and Administrators only), so `mkdtemp`'s directory is private there too (the
    /// CVE-2024-4030 mitigation; the mode was ignored before). pytempfile's Windows seam always
    /// applies it: a security fix is never switched off.
    NtMkdir700Acl = Exact(&[v(3, 10, 15), v(3, 11, 10), v(3, 12, 4), v(3, 13, 0)]), "gh-118486";
    /// `encodings.aliases`: the IANA names with leading zeros (`cp01140`, `ibm00858`, ...)
    /// name `cp1140` and `cp858`.
    CodecAliasesLeadingZeros = Exact(&[v(3, 13, 14), v(3, 14, 6), v(3, 15, 0)]), "gh-149801";
    /// `TextIOWrapper`'s `LookupError` for a codec that is not a text encoding (`hex`,
    /// `rot13`) is `'NAME' is not a text encoding`, without `; use codecs.open() to handle
    /// arbitrary codecs` (`codecs.open` is deprecated).
    NoCodecsOpenHint = Exact(&[v(3, 14, 0)]), "gh-133036";
    /// `PyUnicode_FromFormat`'s `'%.Ns'` (the error messages that quote a name as `'%.400s'`)
    /// cuts its UTF-8 argument before a character it would split; before, the split character
    /// became U+FFFD.
    FormatPrecisionWholeChars = Exact(&[v(3, 14, 0)]), "gh-70278";
    /// `encodings.aliases`: `874`, `ms874` and `windows_874` name `cp874`.
    CodecAliasesThai = Exact(&[v(3, 14, 0)]), "bpo-17254";
    /// `encodings.aliases`: `cseuckr` names `euc_kr`.
    CodecAliasCsEucKr = Exact(&[v(3, 14, 0)]), "gh-131358";
    /// `encodings.aliases`: `iso_8859_8_i` and `iso_8859_8_e` name `iso8859_8`.
    CodecAliasesIso88598 = Exact(&[v(3, 14, 0)]), "gh-62824";
    /// `open()`'s default buffer (`buffering=-1`) is `max(min(st_blksize, 8 MiB), 128 KiB)`
    /// (`io.DEFAULT_BUFFER_SIZE` is 128 KiB; was `st_blksize`).
    BufferSize128K = Exact(&[v(3, 14, 0)]), "gh-117151";
    /// UTF-8 mode is the default: text files opened without an encoding use `"utf-8"` (was
    /// `locale.getencoding()`, `"UTF-8"` on a UTF-8 locale).
    Utf8ModeDefault = Exact(&[v(3, 15, 0)]), "PEP 686";
    /// `encodings.aliases`: `latin_2` ... `latin_10` name the ISO 8859 codecs.
    CodecAliasesLatinN = Exact(&[v(3, 15, 0)]), "gh-53144";
    /// `encodings.aliases`: `utf8_sig` (so `utf8-sig`) names `utf_8_sig`.
    CodecAliasUtf8Sig = Exact(&[v(3, 15, 0)]), "gh-83336";
    /// `encodings.aliases`: the KS C 5601 names (`korean`, `ksc5601`, `ks_c_5601_1987`,
    /// `ks_x_1001`, ...) name `cp949` (they named `euc_kr`), with `iso_ir_149`, `ksc_5601`,
    /// `ks_c_5601_1989` and `csksc56011987`.
    CodecAliasesKsc5601Cp949 = Exact(&[v(3, 15, 0)]), "gh-62825";
    /// `encodings.aliases`: more names registered with IANA (`csutf8`, `csutf16le`,
    /// `cswindows1252`, `ccsid01140`, `cshproman8`, `mac`, ...).
    CodecAliasesIana = Exact(&[v(3, 15, 0)]), "gh-149891";
    /// `TMP_MAX` is 20, not `os.TMP_MAX`; the default-directory probe tries `TMP_MAX` names
    /// per directory (was 100) and `_get_default_tempdir` takes `dirlist`.
    TmpMax20 = Bracketed(v(3, 13, 0), v(3, 13, 18)), "release diff";
    /// `TemporaryDirectory._rmtree` resets permissions and unlinks relative to the directory
    /// descriptor `shutil.rmtree` reached the entry through (`_rmtree_use_dir_fd`,
    /// `_resetperms_fd`, `_resetperms_at`); `IsADirectoryError` is handled like
    /// `PermissionError`; any other `OSError` in the handler obeys `ignore_errors`.
    CleanupDirFd = Bracketed(v(3, 13, 0), v(3, 13, 18)), "release diff";
    /// Windows: the `PermissionError` rule of `_mkstemp_inner` and `mkdtemp` no longer retries
    /// the last of the `TMP_MAX` attempts (`seq < TMP_MAX - 1`) and none of the three loops
    /// asks `os.access(dir, W_OK)` any more (`_get_default_tempdir` retries while `dir` is a
    /// directory).
    NtRetryBounded = Bracketed(v(3, 13, 0), v(3, 13, 18)), "release diff";
    /// `SpooledTemporaryFile.writelines` writes line by line through `write`, rolling over
    /// mid-iterable, and returns `None`.
    WritelinesRollsOver = Bracketed(v(3, 13, 0), v(3, 13, 18)), "release diff";
    /// `_TemporaryFileWrapper.__repr__` (`<_TemporaryFileWrapper file=...>`) and the closer's
    /// `ResourceWarning("Implicitly cleaning up <...>")` when an unclosed file is finalized.
    WrapperReprWarns = Bracketed(v(3, 13, 18), v(3, 14, 10)), "release diff";
    /// The tree removal's descriptor-relative walk is `shutil.rmtree`'s own (`dir_fd=`,
    /// `_onexc_kwargs=`): the 3.13 branch's module-level copy, `tempfile._rmtree`, is not there.
    RmtreeFromShutil = Exact(&[v(3, 14, 0)]), "release diff";
    /// `TemporaryFile` opens with `(flags | O_TMPFILE) & ~O_CREAT & ~O_EXCL`.
    TmpfileWithoutExcl = Bracketed(v(3, 14, 10), v(3, 15, 2)), "release diff";
    /// `FileIO.mode` keeps the truncation of `w`: `'wb+'` for a file opened `w+` (was
    /// `'rb+'`), so a rolled-over spool's and a `TemporaryFile`'s `mode` read `'wb+'`.
    FileIoModeKeepsW = Bracketed(v(3, 14, 10), v(3, 15, 2)), "release diff";
}

impl PyVersion {
    /// CPython 3.10.13, the 3.10 release checked (`at_least(PyVersion::V3_10)` reads "3.10").
    pub const V3_10: PyVersion = v(3, 10, 13);
    /// CPython 3.11.7, the 3.11 release checked.
    pub const V3_11: PyVersion = v(3, 11, 7);
    /// CPython 3.12.1, the 3.12 release checked.
    pub const V3_12: PyVersion = v(3, 12, 1);
    /// CPython 3.13.0, the first 3.13 release checked.
    pub const V3_13: PyVersion = v(3, 13, 0);
    /// CPython 3.13.18, the second 3.13 release checked.
    pub const V3_13_18: PyVersion = v(3, 13, 18);
    /// CPython 3.14.10, the 3.14 release checked.
    pub const V3_14: PyVersion = v(3, 14, 10);
    /// CPython 3.15.2, the 3.15 release checked (the newest).
    pub const V3_15: PyVersion = v(3, 15, 2);

    /// The releases pytempfile is checked against, oldest first: the differential tests and
    /// CPython's own suite run on each.
    pub const KNOWN: [PyVersion; 7] = [
        v(3, 10, 13),
        v(3, 11, 7),
        v(3, 12, 1),
        v(3, 13, 0),
        v(3, 13, 18),
        v(3, 14, 10),
        v(3, 15, 2),
    ];

    /// Every known release (the same as [`PyVersion::KNOWN`]; tests iterate over it).
    pub const ALL: [PyVersion; 7] = PyVersion::KNOWN;

    /// The newest stable release: the default.
    pub const NEWEST: PyVersion = v(3, 15, 2);

    /// The oldest release followed; older ones are refused by [`PyVersion::supported`].
    pub const OLDEST: PyVersion = v(3, 10, 0);

    /// The release `major.minor.micro`.
    pub const fn new(major: u8, minor: u8, micro: u8) -> PyVersion {
        v(major, minor, micro)
    }

    /// `major`.
    pub fn major(self) -> u8 {
        self.major
    }

    /// `minor`.
    pub fn minor(self) -> u8 {
        self.minor
    }

    /// `micro`.
    pub fn micro(self) -> u8 {
        self.micro
    }

    /// Whether this release is `other` or newer.
    pub fn at_least(self, other: PyVersion) -> bool {
        self >= other
    }

    /// The release for `(major, minor, micro)` if pytempfile follows that line (3.10 or
    /// newer), whether or not it is a known release.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::version::PyVersion;
    ///
    /// assert_eq!(PyVersion::supported(3, 12, 4), Some(PyVersion::new(3, 12, 4)));
    /// assert_eq!(PyVersion::supported(3, 9, 18), None);
    /// assert_eq!(PyVersion::supported(2, 7, 18), None);
    /// ```
    pub fn supported(major: u32, minor: u32, micro: u32) -> Option<PyVersion> {
        let (ma, mi, mc) = (
            u8::try_from(major).ok()?,
            u8::try_from(minor).ok()?,
            u8::try_from(micro).unwrap_or(u8::MAX),
        );
        let ver = v(ma, mi, mc);
        (ma == 3 && ver >= PyVersion::OLDEST).then_some(ver)
    }

    /// The known release whose behaviour this one gets: itself if known, otherwise the nearest
    /// known older release (the oldest known one for a release older than all of them, e.g.
    /// 3.10.0). `.1` is false when the release is not a known one.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::version::PyVersion;
    ///
    /// assert_eq!(PyVersion::V3_13_18.resolve(), (PyVersion::V3_13_18, true));
    /// // 3.13.5 was never checked: it behaves as 3.13.0, the nearest known older release.
    /// assert_eq!(PyVersion::new(3, 13, 5).resolve(), (PyVersion::V3_13, false));
    /// ```
    pub fn resolve(self) -> (PyVersion, bool) {
        if PyVersion::KNOWN.contains(&self) {
            return (self, true);
        }
        let older = PyVersion::KNOWN
            .iter()
            .rev()
            .find(|k| **k <= self)
            .copied()
            .unwrap_or(PyVersion::KNOWN[0]);
        (older, false)
    }

    /// Whether this release has `behaviour`: every call site that differs between releases
    /// asks this.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::version::{Behaviour, PyVersion};
    ///
    /// // TMP_MAX became 20 somewhere between the releases checked, 3.13.0 and 3.13.18.
    /// assert!(!PyVersion::V3_13.has(Behaviour::TmpMax20));
    /// assert!(PyVersion::V3_13_18.has(Behaviour::TmpMax20));
    /// // An unchecked release between the two is never assumed to have it.
    /// assert!(!PyVersion::new(3, 13, 10).has(Behaviour::TmpMax20));
    /// ```
    pub fn has(self, behaviour: Behaviour) -> bool {
        match behaviour.since() {
            Exact(firsts) => exact_has(self, firsts),
            Bracketed(absent, present) => {
                if self >= present {
                    true
                } else if self <= absent {
                    false
                } else {
                    self.resolve().0 >= present
                }
            }
        }
    }

    /// Every behaviour this release has.
    pub fn behaviours(self) -> impl Iterator<Item = Behaviour> {
        Behaviour::ALL.iter().copied().filter(move |b| self.has(*b))
    }
}

fn exact_has(ver: PyVersion, firsts: &[PyVersion]) -> bool {
    if let Some(first) = firsts.iter().find(|f| f.minor == ver.minor) {
        return ver >= *first;
    }
    // No entry for this branch: it has the change if an older branch got it before this one
    // was cut (its entry is then older), and not if only newer branches have it.
    firsts.iter().any(|f| f.minor < ver.minor)
}

impl fmt::Display for PyVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.micro)
    }
}

impl fmt::Display for Behaviour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for PyVersion {
    type Err = Error;

    /// Parses `"3.12.1"`; `"3.12"` means the branch's first release, `3.12.0`. Anything after
    /// the micro number (`"3.15.0rc1"`, `"3.14.10+"`) is ignored.
    ///
    /// # Errors
    ///
    /// `ValueError` (`unsupported CPython version "3.9.18": expected 3.10 or newer, such as
    /// 3.13.18`) for a release older than 3.10, a major version other than 3, or a string
    /// that is not a version.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::error::ExcClass;
    /// use pybase::version::PyVersion;
    ///
    /// assert_eq!("3.12".parse::<PyVersion>()?, PyVersion::new(3, 12, 0));
    /// assert_eq!("3.15.0rc1".parse::<PyVersion>()?, PyVersion::new(3, 15, 0));
    /// let err = "3.9.18".parse::<PyVersion>().unwrap_err();
    /// assert_eq!(err.class(), ExcClass::ValueError);
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<PyVersion> {
        let mut parts = s.trim().split('.');
        let num = |p: Option<&str>| -> Option<u32> {
            let p = p?;
            let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        };
        let major = num(parts.next());
        let minor = num(parts.next());
        let micro = match parts.next() {
            None => Some(0),
            some => num(some),
        };
        match (major, minor, micro) {
            (Some(ma), Some(mi), Some(mc)) => PyVersion::supported(ma, mi, mc),
            _ => None,
        }
        .ok_or_else(|| {
            Error::value_error(format!(
                "unsupported CPython version {s:?}: expected 3.10 or newer, such as 3.13.18"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_orders() {
        assert_eq!(
            "3.12".parse::<PyVersion>().unwrap(),
            PyVersion::new(3, 12, 0)
        );
        assert_eq!(
            "3.10.13".parse::<PyVersion>().unwrap(),
            PyVersion::new(3, 10, 13)
        );
        assert_eq!(
            "3.15.0rc1".parse::<PyVersion>().unwrap(),
            PyVersion::new(3, 15, 0)
        );
        assert!("3.9.18".parse::<PyVersion>().is_err());
        assert!("2.7".parse::<PyVersion>().is_err());
        assert!("x".parse::<PyVersion>().is_err());
        assert!(PyVersion::V3_13.at_least(PyVersion::V3_12));
        assert!(!PyVersion::V3_11.at_least(PyVersion::V3_12));
        assert!(PyVersion::new(3, 13, 18) > PyVersion::new(3, 13, 2));
        assert_eq!(PyVersion::default(), PyVersion::new(3, 15, 2));
        assert_eq!(PyVersion::new(3, 11, 7).to_string(), "3.11.7");
    }

    /// `sys.version_info[:3]`.
    #[test]
    fn the_parts_of_a_release() {
        let v: PyVersion = "3.12.1".parse().unwrap();
        assert_eq!((v.major(), v.minor(), v.micro()), (3, 12, 1));
        let v = PyVersion::new(3, 14, 10);
        assert_eq!((v.major(), v.minor(), v.micro()), (3, 14, 10));
        for v in PyVersion::KNOWN {
            let (ma, mi, mc) = (v.major(), v.minor(), v.micro());
            assert_eq!(PyVersion::new(ma, mi, mc), v);
            assert_eq!(v.to_string(), format!("{ma}.{mi}.{mc}"));
        }
    }

    /// A behaviour prints as its name, the name `_native.has()` takes.
    #[test]
    fn a_behaviour_displays_as_its_name() {
        assert_eq!(Behaviour::TmpMax20.to_string(), "TmpMax20");
        assert_eq!(Behaviour::CleanupNoFollow.to_string(), "CleanupNoFollow");
        for b in Behaviour::ALL {
            assert_eq!(b.to_string(), b.name());
            assert!(!b.name().is_empty());
        }
    }

    #[test]
    fn unknown_releases_follow_the_nearest_older_known_one() {
        assert_eq!(
            PyVersion::new(3, 13, 18).resolve(),
            (PyVersion::new(3, 13, 18), true)
        );
        assert_eq!(
            PyVersion::new(3, 13, 5).resolve(),
            (PyVersion::new(3, 13, 0), false)
        );
        assert_eq!(
            PyVersion::new(3, 14, 11).resolve(),
            (PyVersion::new(3, 14, 10), false)
        );
        assert_eq!(
            PyVersion::new(3, 16, 0).resolve(),
            (PyVersion::new(3, 15, 2), false)
        );
        assert_eq!(
            PyVersion::new(3, 10, 0).resolve(),
            (PyVersion::new(3, 10, 13), false)
        );
    }

    /// A bracket's ends are known releases, the newer one newer than the oldest known: so a
    /// release before `present` resolves to a known release before it, and never has the
    /// behaviour (.cargo/mutants.toml counts on this for `PyVersion::has`).
    #[test]
    fn every_bracket_is_two_known_releases() {
        for b in Behaviour::ALL {
            if let Bracketed(absent, present) = b.since() {
                assert!(PyVersion::KNOWN.contains(&absent), "{b}");
                assert!(PyVersion::KNOWN.contains(&present), "{b}");
                assert!(absent < present, "{b}");
                assert!(present > PyVersion::KNOWN[0], "{b}");
            }
        }
    }

    #[test]
    fn bracketed_behaviours_need_a_known_release_that_has_them() {
        let b = Behaviour::TmpMax20;
        assert!(!PyVersion::new(3, 13, 0).has(b));
        // Between the bracket's ends: the nearest known older release (3.13.0) decides.
        assert!(!PyVersion::new(3, 13, 5).has(b));
        assert!(PyVersion::new(3, 13, 18).has(b));
        assert!(PyVersion::new(3, 13, 19).has(b));
        assert!(PyVersion::new(3, 14, 10).has(b));
        assert!(PyVersion::new(3, 16, 0).has(b));
        assert!(!PyVersion::new(3, 12, 1).has(b));
    }

    #[test]
    fn exact_behaviours_follow_each_branch() {
        let firsts = &[PyVersion::new(3, 12, 8), PyVersion::new(3, 13, 1)];
        assert!(!exact_has(PyVersion::new(3, 11, 9), firsts));
        assert!(!exact_has(PyVersion::new(3, 12, 7), firsts));
        assert!(exact_has(PyVersion::new(3, 12, 8), firsts));
        assert!(!exact_has(PyVersion::new(3, 13, 0), firsts));
        assert!(exact_has(PyVersion::new(3, 13, 1), firsts));
        assert!(exact_has(PyVersion::new(3, 14, 0), firsts));
        for b in Behaviour::ALL {
            // Every behaviour is absent in the oldest release and present in the newest.
            assert!(!PyVersion::KNOWN[0].has(*b), "{b}");
            assert!(PyVersion::NEWEST.has(*b), "{b}");
        }
    }
}
