//! [`Tempfile`]: one instance of CPython's `tempfile` module state.
//!
//! CPython keeps its state in module globals that callers (and its test suite) read and assign:
//! `tempdir`, `template`, `TMP_MAX`, `_get_candidate_names`, `_O_TMPFILE_WORKS`. A `Tempfile`
//! holds the same state plus what a Rust caller chooses: the OS seam ([`Os`]), the CPython
//! version to follow ([`PyVersion`]) and a sink for the events CPython reports on the side
//! (audit events, `ResourceWarning`s, exceptions ignored in finalizers: [`Event`]).
//!
//! [`Tempfile::global`] is the process-wide instance that the crate-level functions
//! ([`crate::mkstemp`], ...) use, like `import tempfile`. Independent instances
//! ([`Tempfile::builder`]) let tests and embedders run side by side without sharing `tempdir` or
//! the name source. A `Tempfile` is a cheap handle (`Arc`); clones share state.
//!
//! Invariants:
//! - Every read of a global happens at call time, as in CPython: assigning `tempdir` or
//!   `template` affects the next call, and `set_tempdir(None)` makes the next call probe again.
//! - The default directory is computed once, under the same lock that guards `tempdir`
//!   (CPython's `_once_lock`), so concurrent first calls probe once.

use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError, RwLock};

use crate::args::{Arg, PathKind, PyPath};
use crate::error::Error;
use crate::io::file::{Host, Report};
use crate::names::{NameSource, RandomNameSequence};
use crate::os::{LibcOs, Os};
use crate::planted::{Planted, PlantedFault};
use crate::version::PyVersion;

/// `tempfile.TMP_MAX` on Linux before 3.13.18: glibc's `TMP_MAX` (`os.TMP_MAX`).
pub const TMP_MAX: u64 = 238_328;

/// `tempfile.TMP_MAX` from 3.13.18 ([`crate::version::Behaviour::TmpMax20`]).
pub const TMP_MAX_20: u64 = 20;

pub use pyio::file::default_text_encoding;

/// `tempfile.TMP_MAX` as `version` defines it at import on this platform (before 3.13.18,
/// `os.TMP_MAX`, the C library's: [`TMP_MAX`] with glibc, 308915776 on macOS and FreeBSD,
/// 2147483647 on Windows; [`crate::platform::host_default_tmp_max`]).
pub fn default_tmp_max(version: PyVersion) -> u64 {
    crate::platform::host_default_tmp_max(version)
}

/// Something CPython reports on the side of a call's result.
///
/// # Examples
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use pytempfile::{Event, Params, Tempfile};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let seen = Arc::new(Mutex::new(Vec::new()));
/// let sink = seen.clone();
/// let t = Tempfile::builder()
///     .events(Arc::new(move |e: &Event| sink.lock().unwrap().push(e.clone())))
///     .build();
/// let dir = t.mkdtemp(&Params::new())?;
/// // sys.audit("tempfile.mkdtemp", path) before the attempt, as CPython reports it.
/// assert!(matches!(&seen.lock().unwrap()[0],
///                  Event::Audit { name: "tempfile.mkdtemp", path } if path == &dir));
/// std::fs::remove_dir(dir).unwrap();
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Event {
    /// `sys.audit(name, path)`: `tempfile.mkstemp` and `tempfile.mkdtemp` before each attempt,
    /// `shutil.rmtree` when cleanup starts.
    Audit {
        /// The audit event's name.
        name: &'static str,
        /// Its path argument.
        path: PyPath,
    },
    /// `warnings.warn(message, RuntimeWarning)`, e.g. line buffering asked for in binary mode.
    RuntimeWarning {
        /// The warning's text.
        message: String,
    },
    /// `warnings.warn(message, DeprecationWarning)`: a file opened with mode `'U'` before 3.11
    /// (`'U' mode is deprecated`, attributed to `tempfile`, which called `io.open`).
    DeprecationWarning {
        /// The warning's text.
        message: String,
    },
    /// `warnings.warn(message, ResourceWarning)`, e.g. `Implicitly cleaning up
    /// <TemporaryDirectory '/tmp/tmpab12cd34'>`.
    ResourceWarning {
        /// The warning's text.
        message: String,
    },
    /// An exception raised where CPython can only print it ("Exception ignored in ..."), such
    /// as a cleanup failure in a finalizer.
    Unraisable {
        /// What was being finalized.
        context: String,
        /// The exception.
        error: Error,
    },
    /// The release followed is not one of [`PyVersion::KNOWN`]: it gets the behaviour of
    /// `follows`, the nearest known older release. Reported once per version set.
    UnknownRelease {
        /// The release asked for.
        release: PyVersion,
        /// The known release whose behaviour it gets.
        follows: PyVersion,
    },
}

/// Receives [`Event`]s. Must not call back into the same `Tempfile`'s globals.
pub type EventSink = Arc<dyn Fn(&Event) + Send + Sync>;

/// Receives the audit events (`sys.audit(name, path)`) with the path borrowed: `name`, the
/// path's kind and its bytes. Installed with [`TempfileBuilder::audit_hook`], it takes them
/// instead of the [`EventSink`], so that an interpreter binding raising them on every attempt
/// copies nothing. Must not call back into the same `Tempfile`'s globals.
pub type AuditHook = Arc<dyn Fn(&'static str, PathKind, &[u8]) + Send + Sync>;

/// Builds a [`Tempfile`] with chosen OS seam, version, name source and limits.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use pytempfile::os::Call;
/// use pytempfile::{FaultyOs, ForcedNames, Params, PyVersion, Tempfile};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::TemporaryDirectory::new()?;
/// let os = Arc::new(FaultyOs::new());
/// let t = Tempfile::builder()
///     .os(os.clone())                                   // every system call counted
///     .version(PyVersion::V3_12)                        // CPython 3.12.1's behaviour
///     .names(Arc::new(ForcedNames::new(["a", "b"])))    // _get_candidate_names
///     .tmp_max(2)                                       // TMP_MAX
///     .tempdir(dir.path())                              // tempfile.tempdir
///     .build();
/// let p = t.mkdtemp(&Params::new())?;
/// assert_eq!(p.as_path(), dir.path().join("tmpa"));
/// assert_eq!(os.count(Call::Mkdir), 1);
/// # Ok(()) }
/// ```
#[derive(Default)]
pub struct TempfileBuilder {
    os: Option<Arc<dyn Os>>,
    version: PyVersion,
    names: Option<Arc<dyn NameSource>>,
    tmp_max: Option<u64>,
    events: Option<EventSink>,
    audit: Option<AuditHook>,
    tempdir: Option<Arg>,
    locale_encoding: Option<String>,
}

impl TempfileBuilder {
    /// Route every system call through `os` (default: [`LibcOs`]).
    #[must_use]
    pub fn os(mut self, os: Arc<dyn Os>) -> Self {
        self.os = Some(os);
        self
    }

    /// Follow CPython `version` (default [`PyVersion::NEWEST`]). A release that is not one of
    /// [`PyVersion::KNOWN`] gets the nearest known older release's behaviour, and the first
    /// call reports [`Event::UnknownRelease`].
    #[must_use]
    pub fn version(mut self, version: PyVersion) -> Self {
        self.version = version;
        self
    }

    /// Use `names` as `_get_candidate_names()` (default: random names).
    #[must_use]
    pub fn names(mut self, names: Arc<dyn NameSource>) -> Self {
        self.names = Some(names);
        self
    }

    /// Set `TMP_MAX` (default: the version's, [`default_tmp_max`]).
    #[must_use]
    pub fn tmp_max(mut self, tmp_max: u64) -> Self {
        self.tmp_max = Some(tmp_max);
        self
    }

    /// Deliver [`Event`]s to `sink`.
    #[must_use]
    pub fn events(mut self, sink: EventSink) -> Self {
        self.events = Some(sink);
        self
    }

    /// Deliver the audit events to `hook`, with the path borrowed, instead of as
    /// [`Event::Audit`] to the event sink (the other events still go to the sink).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::{Arc, Mutex};
    /// use pytempfile::{Params, PathKind, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let seen = Arc::new(Mutex::new(Vec::new()));
    /// let log = seen.clone();
    /// let t = Tempfile::builder()
    ///     .audit_hook(Arc::new(move |name: &'static str, kind: PathKind, path: &[u8]| {
    ///         log.lock().unwrap().push((name, kind, path.to_vec()));
    ///     }))
    ///     .build();
    /// let made = t.mkdtemp(&Params::new().dir(dir.path()))?;
    /// let seen = seen.lock().unwrap();
    /// assert_eq!(seen[0].0, "tempfile.mkdtemp");
    /// assert_eq!(seen[0].1, PathKind::Str);
    /// assert_eq!(seen[0].2, made.as_bytes());
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn audit_hook(mut self, hook: AuditHook) -> Self {
        self.audit = Some(hook);
        self
    }

    /// Start with `tempdir` set (CPython: assigning `tempfile.tempdir` before the first call).
    #[must_use]
    pub fn tempdir(mut self, tempdir: impl Into<Arg>) -> Self {
        self.tempdir = Some(tempdir.into());
        self
    }

    /// The encoding text mode uses when none is given (default: what the `python3` of the
    /// version followed would use in this process's environment, see [`crate::locale`]).
    #[must_use]
    pub fn locale_encoding(mut self, encoding: impl Into<String>) -> Self {
        self.locale_encoding = Some(encoding.into());
        self
    }

    /// The module state.
    pub fn build(self) -> Tempfile {
        crate::locale::install();
        Tempfile {
            inner: Arc::new(Inner {
                os: self.os.unwrap_or_else(|| Arc::new(LibcOs)),
                version: AtomicU32::new(version_code(self.version)),
                tmp_max: AtomicU64::new(
                    self.tmp_max
                        .unwrap_or_else(|| default_tmp_max(self.version)),
                ),
                tmp_max_assigned: AtomicBool::new(self.tmp_max.is_some()),
                unknown_reported: AtomicBool::new(false),
                tempdir: Mutex::new(self.tempdir),
                template: RwLock::new(Arc::new(Arg::from("tmp"))),
                names: RwLock::new(self.names),
                // `hasattr(os, 'O_TMPFILE')`: Linux only (macOS and the BSDs have no
                // O_TMPFILE; on nt TemporaryFile is NamedTemporaryFile).
                o_tmpfile_works: AtomicBool::new(cfg!(target_os = "linux")),
                planted: Planted::default(),
                locale_encoding: RwLock::new(self.locale_encoding),
                has_events: AtomicBool::new(self.events.is_some()),
                events: RwLock::new(self.events),
                audit: self.audit,
            }),
        }
    }
}

fn version_code(v: PyVersion) -> u32 {
    u32::from(v.major()) << 16 | u32::from(v.minor()) << 8 | u32::from(v.micro())
}

fn version_from_code(c: u32) -> PyVersion {
    let [_, major, minor, micro] = c.to_be_bytes();
    PyVersion::new(major, minor, micro)
}

struct Inner {
    os: Arc<dyn Os>,
    version: AtomicU32,
    tmp_max: AtomicU64,
    /// Whether `TMP_MAX` was assigned (then a version change keeps it).
    tmp_max_assigned: AtomicBool,
    /// Whether [`Event::UnknownRelease`] was delivered for the current version.
    unknown_reported: AtomicBool,
    /// CPython's `tempdir`; the mutex is also `_once_lock` for computing it.
    tempdir: Mutex<Option<Arg>>,
    /// Shared, so that a call reads it without copying.
    template: RwLock<Arc<Arg>>,
    names: RwLock<Option<Arc<dyn NameSource>>>,
    o_tmpfile_works: AtomicBool,
    /// The deliberate bugs switched on ([`crate::planted`]).
    planted: Planted,
    /// `None`: the environment's for the version ([`crate::locale`]).
    locale_encoding: RwLock<Option<String>>,
    has_events: AtomicBool,
    events: RwLock<Option<EventSink>>,
    /// Set once, by the builder: read without a lock.
    audit: Option<AuditHook>,
}

impl Inner {
    fn version(&self) -> PyVersion {
        let v = version_from_code(self.version.load(Ordering::Relaxed));
        if !self.unknown_reported.load(Ordering::Relaxed) {
            self.report_unknown(v);
        }
        v
    }

    fn report_unknown(&self, v: PyVersion) {
        if self.unknown_reported.swap(true, Ordering::Relaxed) {
            return;
        }
        let (follows, known) = v.resolve();
        if !known {
            self.emit(|| Event::UnknownRelease {
                release: v,
                follows,
            });
        }
    }

    fn locale_encoding(&self) -> String {
        read(&self.locale_encoding)
            .clone()
            .unwrap_or_else(|| crate::locale::environment_text_encoding(self.version()).to_string())
    }

    fn wants_events(&self) -> bool {
        self.has_events.load(Ordering::Relaxed)
    }

    fn emit(&self, event: impl FnOnce() -> Event) {
        if !self.wants_events() {
            return;
        }
        let sink = read(&self.events).clone();
        if let Some(sink) = sink {
            sink(&event());
        }
    }
}

/// The file objects' reports are the module's [`Event`]s of the same names.
impl Host for Inner {
    fn version(&self) -> PyVersion {
        Inner::version(self)
    }

    fn locale_encoding(&self) -> String {
        Inner::locale_encoding(self)
    }

    fn wants_reports(&self) -> bool {
        self.wants_events()
    }

    fn report(&self, report: Report) {
        self.emit(|| match report {
            Report::RuntimeWarning { message } => Event::RuntimeWarning { message },
            Report::DeprecationWarning { message } => Event::DeprecationWarning { message },
            Report::ResourceWarning { message } => Event::ResourceWarning { message },
            Report::Unraisable { context, error } => Event::Unraisable { context, error },
        });
    }
}

/// One instance of the `tempfile` module's state. See the module docs.
///
/// The creating functions are its methods ([`mkstemp`](Tempfile::mkstemp),
/// [`mkdtemp`](Tempfile::mkdtemp), [`named_temporary_file`](Tempfile::named_temporary_file),
/// [`temporary_file`](Tempfile::temporary_file),
/// [`spooled_temporary_file`](Tempfile::spooled_temporary_file),
/// [`temporary_directory`](Tempfile::temporary_directory), ...); CPython's module globals are
/// its getters and setters.
///
/// # Examples
///
/// ```
/// use pytempfile::{Arg, Params, Tempfile};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::TemporaryDirectory::new()?;
/// let t = Tempfile::builder().build(); // not the global one: nothing shared
/// t.set_tempdir(Some(Arg::from(dir.path())));   // tempfile.tempdir = ...
/// t.set_template("job-");                        // tempfile.template = ...
/// let p = t.mkdtemp(&Params::new())?;
/// assert!(p.as_path().starts_with(dir.path()));
/// assert!(p.as_path().file_name().unwrap().to_str().unwrap().starts_with("job-"));
///
/// let u = t.clone(); // a handle: clones share the globals
/// u.set_tempdir(None); // None: the next call probes for the default directory again
/// assert_eq!(t.tempdir(), None);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Tempfile {
    inner: Arc<Inner>,
}

impl fmt::Debug for Tempfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tempfile")
            .field("version", &self.version())
            .field("tmp_max", &self.tmp_max())
            .field("tempdir", &self.tempdir())
            .finish_non_exhaustive()
    }
}

impl Default for Tempfile {
    fn default() -> Self {
        Tempfile::builder().build()
    }
}

fn read<T: ?Sized>(l: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    l.read().unwrap_or_else(PoisonError::into_inner)
}

fn write<T: ?Sized>(l: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    l.write().unwrap_or_else(PoisonError::into_inner)
}

impl Tempfile {
    /// A builder for an independent instance: its own globals, seam, release and events,
    /// shared with nothing (see [`TempfileBuilder`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{PyVersion, Tempfile};
    ///
    /// let t = Tempfile::builder().version(PyVersion::V3_12).tmp_max(10).build();
    /// assert_eq!(t.version(), PyVersion::V3_12);
    /// assert_eq!(t.tmp_max(), 10);
    /// assert_eq!(Tempfile::global().version(), PyVersion::NEWEST); // untouched
    /// ```
    pub fn builder() -> TempfileBuilder {
        TempfileBuilder::default()
    }

    /// The process-wide instance (the crate-level functions use it).
    ///
    /// Like `import tempfile`, it is shared by everything in the process: assigning its
    /// globals affects every caller. Tests should [`build`](Tempfile::builder) their own.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::Tempfile;
    ///
    /// assert!(std::ptr::eq(Tempfile::global(), Tempfile::global()));
    /// assert_eq!(Tempfile::global().template(), pytempfile::Arg::from("tmp"));
    /// ```
    pub fn global() -> &'static Tempfile {
        static GLOBAL: OnceLock<Tempfile> = OnceLock::new();
        GLOBAL.get_or_init(Tempfile::default)
    }

    /// The OS seam.
    pub fn os(&self) -> &dyn Os {
        &*self.inner.os
    }

    /// The OS seam, shared.
    pub fn os_arc(&self) -> Arc<dyn Os> {
        Arc::clone(&self.inner.os)
    }

    /// The OS seam, shared, without a new reference.
    pub(crate) fn os_shared(&self) -> &Arc<dyn Os> {
        &self.inner.os
    }

    /// The CPython release followed.
    pub fn version(&self) -> PyVersion {
        self.inner.version()
    }

    /// Follow CPython `version` from now on. `TMP_MAX` becomes that release's, unless it was
    /// assigned.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{PyVersion, Tempfile, TMP_MAX_20};
    ///
    /// let t = Tempfile::builder().version(PyVersion::V3_13_18).build();
    /// assert_eq!(t.tmp_max(), TMP_MAX_20);
    /// t.set_version(PyVersion::V3_13);
    /// assert_eq!(t.tmp_max(), pytempfile::default_tmp_max(PyVersion::V3_13)); // os.TMP_MAX
    /// t.set_tmp_max(5);
    /// t.set_version(PyVersion::V3_15);
    /// assert_eq!(t.tmp_max(), 5); // assigned: kept
    /// ```
    pub fn set_version(&self, version: PyVersion) {
        self.inner
            .version
            .store(version_code(version), Ordering::Relaxed);
        self.inner.unknown_reported.store(false, Ordering::Relaxed);
        if !self.inner.tmp_max_assigned.load(Ordering::Relaxed) {
            self.inner
                .tmp_max
                .store(default_tmp_max(version), Ordering::Relaxed);
        }
    }

    /// `tempfile.TMP_MAX`.
    pub fn tmp_max(&self) -> u64 {
        self.inner.tmp_max.load(Ordering::Relaxed)
    }

    /// Assign `tempfile.TMP_MAX` (tests use small values to reach exhaustion). It stays
    /// through [`set_version`](Tempfile::set_version), as an assignment in Python would.
    pub fn set_tmp_max(&self, tmp_max: u64) {
        self.inner.tmp_max_assigned.store(true, Ordering::Relaxed);
        self.inner.tmp_max.store(tmp_max, Ordering::Relaxed);
    }

    /// `tempfile.tempdir`: `None` until computed or assigned.
    pub fn tempdir(&self) -> Option<Arg> {
        self.lock_tempdir().clone()
    }

    /// Assign `tempfile.tempdir`. Any value is accepted, as in CPython; `None` makes the next
    /// call compute the default directory again.
    ///
    /// A value that is not a path is CPython's error at the next call that reads it (a
    /// `TypeError` from `gettempdir()`); a `bytes` value makes calls without arguments return
    /// `bytes`, as in CPython.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{Arg, Params, PathKind, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let t = Tempfile::builder().build();
    /// t.set_tempdir(Some(Arg::bytes(dir.path().as_os_str().as_encoded_bytes())));
    /// let p = t.mkdtemp(&Params::new())?;
    /// assert_eq!(p.kind(), PathKind::Bytes); // _infer_return_type follows tempdir
    /// # Ok(()) }
    /// ```
    pub fn set_tempdir(&self, tempdir: Option<Arg>) {
        if tempdir.is_none() && self.planted(PlantedFault::TempdirNotReread) {
            return;
        }
        *self.lock_tempdir() = tempdir;
    }

    pub(crate) fn lock_tempdir(&self) -> MutexGuard<'_, Option<Arg>> {
        self.inner
            .tempdir
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// `tempfile.template` (default `"tmp"`).
    pub fn template(&self) -> Arg {
        Arg::clone(&read(&self.inner.template))
    }

    /// `tempfile.template`, shared (no copy).
    pub(crate) fn template_shared(&self) -> Arc<Arg> {
        Arc::clone(&read(&self.inner.template))
    }

    /// Assign `tempfile.template`. It affects the default prefix of every function but
    /// `mktemp`, whose default is bound at definition time in CPython.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{Params, Tempfile};
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let t = Tempfile::builder().build();
    /// t.set_template("build-");
    /// let (fd, path) = t.mkstemp(&Params::new(), false)?;
    /// drop(fd);
    /// assert!(path.as_path().file_name().unwrap().to_str().unwrap().starts_with("build-"));
    /// std::fs::remove_file(path).unwrap();
    /// assert!(t.mktemp(&Params::new())?.as_path().file_name().unwrap().to_str().unwrap().starts_with("tmp"));
    /// # Ok(()) }
    /// ```
    pub fn set_template(&self, template: impl Into<Arg>) {
        *write(&self.inner.template) = Arc::new(template.into());
    }

    /// The name source installed with [`Tempfile::set_name_source`], if any.
    pub fn name_source(&self) -> Option<Arc<dyn NameSource>> {
        read(&self.inner.names).clone()
    }

    /// Replace `_get_candidate_names` for this instance (`None`: random names again).
    ///
    /// # Security
    ///
    /// A forced source makes names predictable. Creation stays exclusive (`O_EXCL`), so no
    /// one can make a call use their file, but anyone who can write to the directory can take
    /// the names first and make calls fail (`FileExistsError` after `TMP_MAX` names). Force
    /// names in tests, not in production.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pytempfile::{ExcClass, ForcedNames, Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let t = Tempfile::builder().tempdir(dir.path()).build();
    /// t.set_name_source(Some(Arc::new(ForcedNames::new(["aaa", "aaa", "bbb"]))));
    /// assert!(t.mkdtemp(&Params::new())?.as_path().ends_with("tmpaaa"));
    /// assert!(t.mkdtemp(&Params::new())?.as_path().ends_with("tmpbbb")); // "aaa" existed
    /// let err = t.mkdtemp(&Params::new()).unwrap_err();
    /// assert_eq!(err.class(), ExcClass::StopIteration); // ran out, as CPython's iterator
    /// # Ok(()) }
    /// ```
    pub fn set_name_source(&self, names: Option<Arc<dyn NameSource>>) {
        *write(&self.inner.names) = names;
    }

    /// Run `f` with the name source for one call: the per-call override, else the installed
    /// source, else the random sequence.
    pub(crate) fn with_names<R>(
        &self,
        per_call: Option<&Arc<dyn NameSource>>,
        f: impl FnOnce(&dyn NameSource) -> R,
    ) -> R {
        if let Some(n) = per_call {
            return f(&**n);
        }
        let installed = self.name_source();
        match installed {
            Some(n) => f(&*n),
            None if self.planted(PlantedFault::WrongAlphabet) => {
                f(&crate::names::FnNames(|out: &mut Vec<u8>| {
                    out.extend(
                        RandomNameSequence
                            .next_array()
                            .map(|c| c.to_ascii_uppercase()),
                    );
                    Ok(())
                }))
            }
            None => f(&RandomNameSequence),
        }
    }

    /// Whether `fault` is planted on this instance (always `false` without the
    /// `planted-faults` feature).
    #[inline]
    pub(crate) fn planted(&self, fault: PlantedFault) -> bool {
        self.inner.planted.has(fault)
    }

    /// Switch a deliberate bug on for this instance (tests of the harness only).
    #[cfg(feature = "planted-faults")]
    pub fn plant_fault(&self, fault: PlantedFault) {
        self.inner.planted.plant(fault);
    }

    /// `tempfile._O_TMPFILE_WORKS`: at first `hasattr(os, 'O_TMPFILE')`, true on Linux only.
    pub fn o_tmpfile_works(&self) -> bool {
        self.inner.o_tmpfile_works.load(Ordering::Relaxed)
    }

    /// Assign `tempfile._O_TMPFILE_WORKS`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use pytempfile::os::Call;
    /// use pytempfile::{FaultyOs, FileOptions, Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let dir = pytempfile::TemporaryDirectory::new()?;
    /// let os = Arc::new(FaultyOs::new());
    /// let t = Tempfile::builder().os(os.clone()).tempdir(dir.path()).build(); // no probe
    /// t.set_o_tmpfile_works(false); // as CPython sets it after an IsADirectoryError
    /// let f = t.temporary_file(&Params::new(), &FileOptions::new())?;
    /// if cfg!(unix) {
    ///     assert_eq!(os.count(Call::Unlink), 1); // _mkstemp_inner, then unlink
    /// }
    /// drop(f);
    /// # Ok(()) }
    /// ```
    pub fn set_o_tmpfile_works(&self, works: bool) {
        self.inner.o_tmpfile_works.store(works, Ordering::Relaxed);
    }

    /// The encoding text mode uses when none is given: `io.text_encoding(None)` is `"locale"`,
    /// which `TextIOWrapper` resolves to `locale.getencoding()`, or `"utf-8"` in UTF-8 mode.
    /// Unless set, what the `python3` of the version followed would use in this process's
    /// environment (read once; [`crate::locale`]): `"utf-8"` in the C locale and from 3.15,
    /// `"UTF-8"` on a UTF-8 locale before 3.15, `"ISO-8859-1"` on a Latin-1 locale before 3.15.
    pub fn locale_encoding(&self) -> String {
        self.inner.locale_encoding()
    }

    /// Set the encoding text mode uses when none is given.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{FileOptions, Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let t = Tempfile::builder().build();
    /// t.set_locale_encoding("ISO-8859-1"); // as locale.getencoding() on a Latin-1 locale
    /// let f = t.temporary_file(&Params::new(), &FileOptions::new().mode("w+"))?;
    /// assert_eq!(f.encoding()?, "ISO-8859-1");
    /// # Ok(()) }
    /// ```
    pub fn set_locale_encoding(&self, encoding: impl Into<String>) {
        *write(&self.inner.locale_encoding) = Some(encoding.into());
    }

    /// Deliver [`Event`]s to `sink` from now on (`None`: drop them).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::{Arc, Mutex};
    /// use pytempfile::{Event, FileOptions, NamedTemporaryFile, Params, Tempfile};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// let warnings = Arc::new(Mutex::new(Vec::new()));
    /// let sink = warnings.clone();
    /// let t = Tempfile::builder().build();
    /// t.set_event_sink(Some(Arc::new(move |e: &Event| {
    ///     if let Event::RuntimeWarning { message } = e {
    ///         sink.lock().unwrap().push(message.clone());
    ///     }
    /// })));
    /// // buffering=1 in binary mode: CPython warns and uses the default buffer.
    /// let f = t.named_temporary_file(&Params::new(), &FileOptions::new().buffering(1))?;
    /// assert!(warnings.lock().unwrap()[0].starts_with("line buffering (buffering=1) isn't supported"));
    /// f.exit()?;
    /// # Ok(()) }
    /// ```
    pub fn set_event_sink(&self, sink: Option<EventSink>) {
        let mut events = write(&self.inner.events);
        self.inner
            .has_events
            .store(sink.is_some(), Ordering::Relaxed);
        *events = sink;
    }

    /// Whether an event sink is installed (lets hot paths skip building events).
    pub fn wants_events(&self) -> bool {
        self.inner.wants_events()
    }

    /// Deliver one event.
    pub(crate) fn emit(&self, event: impl FnOnce() -> Event) {
        self.inner.emit(event);
    }

    /// This instance as the interpreter state of the file objects it opens (release, default
    /// encoding, warnings delivered as [`Event`]s).
    pub(crate) fn io_host(&self) -> Arc<dyn Host> {
        self.inner.clone()
    }

    /// An audit event about `path` of `kind`.
    pub(crate) fn audit(&self, name: &'static str, kind: PathKind, path: &[u8]) {
        if let Some(hook) = &self.inner.audit {
            hook(name, kind, path);
            return;
        }
        self.emit(|| Event::Audit {
            name,
            path: PyPath::new(kind, path.to_vec()),
        });
    }
}

/// Arguments shared by every creating function: CPython's `suffix`, `prefix` and `dir`, plus a
/// per-call name source.
///
/// A field left unset is Python's `None`, which the functions replace by their defaults at call
/// time. (`mktemp` is the exception CPython makes: its defaults are `""` and `"tmp"`, and an
/// explicit `None` there is [`Arg::none`].)
///
/// Each setter takes anything that converts into an [`Arg`]: `&str`/`String`/`OsStr` are a
/// Python `str`, `&[u8]`/`Vec<u8>` are `bytes`, a `Path`/`PathBuf` is a path-like object (as
/// `pathlib.Path` is), whose `str` it returns.
///
/// # Examples
///
/// ```
/// use std::path::Path;
/// use pytempfile::{ExcClass, Params, PathKind};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::TemporaryDirectory::new()?;
/// // mkdtemp(suffix=".d", prefix="cache-", dir=pathlib.Path(...))
/// let p = Params::new().suffix(".d").prefix("cache-").dir(dir.path());
/// let made = pytempfile::mkdtemp(&p)?;
/// assert_eq!(made.kind(), PathKind::Str); // a path-like dir: str, as __fspath__ returns
///
/// // dir=b"..." with prefix="...": CPython's TypeError.
/// let mixed = Params::new().prefix("cache-").dir(dir.path().as_os_str().as_encoded_bytes());
/// assert_eq!(pytempfile::mkdtemp(&mixed).unwrap_err().class(), ExcClass::TypeError);
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
pub struct Params {
    pub(crate) suffix: Option<Arg>,
    pub(crate) prefix: Option<Arg>,
    pub(crate) dir: Option<Arg>,
    pub(crate) names: Option<Arc<dyn NameSource>>,
}

impl fmt::Debug for Params {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Params")
            .field("suffix", &self.suffix)
            .field("prefix", &self.prefix)
            .field("dir", &self.dir)
            .field("names", &self.names.as_ref().map(|_| ".."))
            .finish()
    }
}

impl Params {
    /// All defaults.
    pub fn new() -> Params {
        Params::default()
    }

    /// `suffix=`.
    #[must_use]
    pub fn suffix(mut self, suffix: impl Into<Arg>) -> Params {
        self.suffix = Some(suffix.into());
        self
    }

    /// `prefix=`.
    #[must_use]
    pub fn prefix(mut self, prefix: impl Into<Arg>) -> Params {
        self.prefix = Some(prefix.into());
        self
    }

    /// `dir=`.
    #[must_use]
    pub fn dir(mut self, dir: impl Into<Arg>) -> Params {
        self.dir = Some(dir.into());
        self
    }

    /// Draw candidate names from `names` for this call only.
    ///
    /// # Security
    ///
    /// Forced names are predictable; see [`Tempfile::set_name_source`].
    #[must_use]
    pub fn names(mut self, names: Arc<dyn NameSource>) -> Params {
        self.names = Some(names);
        self
    }

    /// Set `suffix` from an optional value (`None` is Python's `None`).
    #[must_use]
    pub fn suffix_opt(mut self, suffix: Option<Arg>) -> Params {
        self.suffix = suffix;
        self
    }

    /// Set `prefix` from an optional value.
    #[must_use]
    pub fn prefix_opt(mut self, prefix: Option<Arg>) -> Params {
        self.prefix = prefix;
        self
    }

    /// Set `dir` from an optional value.
    #[must_use]
    pub fn dir_opt(mut self, dir: Option<Arg>) -> Params {
        self.dir = dir;
        self
    }
}
