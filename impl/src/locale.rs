//! The encodings CPython's start-up chooses from the environment: the file-system encoding and
//! error handler (`sys.getfilesystemencoding()`, `sys.getfilesystemencodeerrors()`: what
//! `os.fsencode` and `os.fsdecode` use) and the default text encoding (what a text file opened
//! without `encoding=` gets: `io.text_encoding(None)` as `TextIOWrapper` resolves it).
//!
//! CPython mirrored: `Python/preconfig.c` (UTF-8 mode, C locale coercion: PEP 538, PEP 540,
//! PEP 686), `Python/initconfig.c` (`config_init_fs_encoding`), `_Py_GetLocaleEncoding` and
//! `io.text_encoding`. Measured on every release of [`PyVersion::KNOWN`] with the `python3`
//! executable and with an embedding program, in the C, C.UTF-8 and en_US.ISO-8859-1 locales,
//! with `PYTHONUTF8` and `PYTHONCOERCECLOCALE` set and unset:
//!
//! - The `LC_CTYPE` locale is the first non-empty of `LC_ALL`, `LC_CTYPE`, `LANG`, else `C`;
//!   one the C library cannot load leaves the process in `C` (`POSIX` is `C`).
//! - UTF-8 mode. The `python3` executable ([`Startup::Executable`]): `PYTHONUTF8=1` on,
//!   `PYTHONUTF8=0` off; unset, it is on from 3.15 ([`Behaviour::Utf8ModeDefault`]) and, before,
//!   when the locale is `C`. An interpreter embedded with `Py_Initialize`
//!   ([`Startup::Embedded`], pyo3's) ignores `PYTHONUTF8`: on from 3.15, off before.
//! - C locale coercion (executable only): a `C` locale becomes `C.UTF-8` (or `C.utf8`, or
//!   `UTF-8`, whichever loads first) unless `LC_ALL` is set or `PYTHONCOERCECLOCALE=0`,
//!   whatever UTF-8 mode was decided.
//! - File-system encoding: `utf-8` in UTF-8 mode, else the codec of the locale's codeset
//!   (`ascii` for `C`, `iso8859-1` for a Latin-1 locale); the error handler is
//!   `surrogateescape`.
//! - Default text encoding: in UTF-8 mode `utf-8` (3.10: `UTF-8`,
//!   [`Behaviour::TextEncodingUtf8Mode`]); else `locale.getencoding()`, the codeset exactly as
//!   the C library names it (`ANSI_X3.4-1968`, `ISO-8859-1`, `UTF-8`).
//!
//! The crate's defaults are what the `python3` executable of the release followed would use in
//! this process's environment (read once per process, as CPython reads it once at start-up):
//! [`Tempfile::locale_encoding`](crate::Tempfile::locale_encoding) per instance, and the
//! process-wide file-system encoding (for the newest release, [`PyVersion::NEWEST`]) until
//! [`set_filesystem_encoding`] sets another, which is what an embedder does with the values of
//! the interpreter it hosts.
//!
//! Invariants: a `str` path is held everywhere in the crate as its file-system bytes
//! ([`Arg::Str`](crate::Arg::Str)); only its presentation (`repr()` in messages, [`fsdecode`])
//! depends on the encoding, and with `surrogateescape` every byte string decodes and encodes
//! back to itself. pytempfile implements the codecs of [`crate::io::codec`]; a locale whose
//! codeset is another (`ISO-8859-15`, `EUC-JP`, ...) is reported with Python's codec name but
//! decoded as UTF-8 (docs/divergences.md lists this divergence).

use std::sync::{OnceLock, PoisonError, RwLock};

use crate::error::{Error, ExcClass, Result};
use crate::io::PyStr;
use crate::io::codec::{Codec, ErrorHandler, HandlerKind};
use crate::version::{Behaviour, PyVersion};

/// How the interpreter whose choices are modelled was started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Startup {
    /// The `python3` executable (CPython's "Python configuration": `PYTHONUTF8` read, C locale
    /// coerced).
    Executable,
    /// An interpreter embedded with `Py_Initialize` (the "compat configuration": `PYTHONUTF8`
    /// ignored, no coercion), as pyo3 starts one.
    Embedded,
}

/// The encodings of one interpreter. See the module docs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Encodings {
    utf8_mode: bool,
    filesystem: String,
    filesystem_errors: String,
    text: String,
    ctype_codeset: String,
}

/// The `LC_CTYPE` codeset of a locale name, from the C library's locale data.
#[cfg(unix)]
fn ctype_codeset(name: &str) -> Option<String> {
    crate::os::locale::ctype_codeset(name)
}

/// Windows has no POSIX locale names: every name is reported as not loading, so the rules
/// above give the C locale's choices with an empty codeset (UTF-8). CPython on Windows uses
/// the ANSI code page instead (`cp1252`, ...), which the crate does not model (docs/divergences.md: the
/// Windows section).
#[cfg(not(unix))]
fn ctype_codeset(_name: &str) -> Option<String> {
    None
}

/// The locales C locale coercion tries, in CPython's order.
const COERCION_TARGETS: [&str; 3] = ["C.UTF-8", "C.utf8", "UTF-8"];

impl Encodings {
    /// What an interpreter of `version` started as `startup` chooses in this process's
    /// environment.
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::PyVersion;
    /// use pytempfile::locale::{Encodings, Startup};
    ///
    /// let e = Encodings::from_environment(PyVersion::V3_13, Startup::Executable);
    /// assert_eq!(e.filesystem_errors(), "surrogateescape");
    /// // UTF-8 mode decides both encodings (the rest follows the locale: see for_environment).
    /// if e.utf8_mode() {
    ///     assert_eq!((e.filesystem(), e.text()), ("utf-8", "utf-8"));
    /// }
    /// ```
    pub fn from_environment(version: PyVersion, startup: Startup) -> Encodings {
        Encodings::for_environment(
            version,
            startup,
            |var| std::env::var_os(var).map(|v| v.to_string_lossy().into_owned()),
            ctype_codeset,
        )
    }

    /// The same for an explicit environment: `var` looks a variable up, `codeset` gives the
    /// `LC_CTYPE` codeset of a locale name (`None`: the locale does not load).
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::PyVersion;
    /// use pytempfile::locale::{Encodings, Startup};
    ///
    /// // LANG=en_US.ISO-8859-1, PYTHONUTF8 unset, as measured with each release's python3.
    /// let env = |name: &str| (name == "LANG").then(|| "en_US.ISO-8859-1".to_string());
    /// let codeset = |locale: &str| match locale {
    ///     "en_US.ISO-8859-1" => Some("ISO-8859-1".to_string()),
    ///     "C" => Some("ANSI_X3.4-1968".to_string()),
    ///     _ => None,
    /// };
    /// let e = Encodings::for_environment(PyVersion::V3_14, Startup::Executable, env, codeset);
    /// assert!(!e.utf8_mode());
    /// assert_eq!(e.filesystem(), "iso8859-1");
    /// assert_eq!(e.text(), "ISO-8859-1"); // locale.getencoding()
    ///
    /// // 3.15: UTF-8 mode by default (PEP 686), whatever the locale.
    /// let e = Encodings::for_environment(PyVersion::V3_15, Startup::Executable, env, codeset);
    /// assert_eq!((e.utf8_mode(), e.filesystem(), e.text()), (true, "utf-8", "utf-8"));
    /// ```
    pub fn for_environment(
        version: PyVersion,
        startup: Startup,
        var: impl Fn(&str) -> Option<String>,
        codeset: impl Fn(&str) -> Option<String>,
    ) -> Encodings {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        let name = set("LC_ALL")
            .or_else(|| set("LC_CTYPE"))
            .or_else(|| set("LANG"))
            .unwrap_or_else(|| "C".to_string());
        let (is_c, mut cs) = match codeset(&name) {
            Some(cs) => (name == "C" || name == "POSIX", cs),
            None => (true, codeset("C").unwrap_or_default()),
        };
        let utf8_default = version.has(Behaviour::Utf8ModeDefault);
        let utf8_mode = match startup {
            Startup::Embedded => utf8_default,
            Startup::Executable => match set("PYTHONUTF8").as_deref() {
                Some("1") => true,
                Some("0") => false,
                _ => utf8_default || is_c,
            },
        };
        if startup == Startup::Executable
            && is_c
            && set("LC_ALL").is_none()
            && set("PYTHONCOERCECLOCALE").as_deref() != Some("0")
        {
            if let Some(target_cs) = COERCION_TARGETS.iter().find_map(|t| codeset(t)) {
                cs = target_cs;
            }
        }
        let text = if utf8_mode {
            if version.has(Behaviour::TextEncodingUtf8Mode) {
                "utf-8".to_string()
            } else {
                "UTF-8".to_string()
            }
        } else if cs.is_empty() {
            "UTF-8".to_string()
        } else {
            cs.clone()
        };
        let filesystem = if utf8_mode {
            "utf-8".to_string()
        } else {
            codec_name(if cs.is_empty() { "utf-8" } else { &cs }, version)
        };
        Encodings {
            utf8_mode,
            filesystem,
            filesystem_errors: "surrogateescape".to_string(),
            text,
            ctype_codeset: cs,
        }
    }

    /// `sys.flags.utf8_mode`.
    pub fn utf8_mode(&self) -> bool {
        self.utf8_mode
    }

    /// `sys.getfilesystemencoding()`.
    pub fn filesystem(&self) -> &str {
        &self.filesystem
    }

    /// `sys.getfilesystemencodeerrors()`.
    pub fn filesystem_errors(&self) -> &str {
        &self.filesystem_errors
    }

    /// The encoding of a text file opened without `encoding=`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// `nl_langinfo(CODESET)` of the `LC_CTYPE` locale after start-up (`locale.getencoding()`
    /// from 3.11).
    pub fn ctype_codeset(&self) -> &str {
        &self.ctype_codeset
    }
}

/// Python's codec name for an encoding name (`codecs.lookup(name).name`): the implemented
/// codecs by their own name, any other by its normalised name.
fn codec_name(name: &str, version: PyVersion) -> String {
    match Codec::lookup(name, version) {
        Ok(c) => c.name().to_string(),
        Err(_) => crate::io::codec::normalize_encoding(name).replace('_', "-"),
    }
}

/// The environment's encodings for `version`'s `python3`, read once per group of releases that
/// choose alike.
pub(crate) fn environment_text_encoding(version: PyVersion) -> &'static str {
    static CACHE: [OnceLock<Encodings>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = if version.has(Behaviour::Utf8ModeDefault) {
        2
    } else if version.has(Behaviour::TextEncodingUtf8Mode) {
        1
    } else {
        0
    };
    CACHE[slot]
        .get_or_init(|| Encodings::from_environment(version, Startup::Executable))
        .text()
}

/// The process-wide file-system encoding in effect.
#[derive(Clone, Debug)]
struct FsEncoding {
    codec: Codec,
    errors: ErrorHandler,
    /// The name reported (Python's codec name).
    name: String,
}

fn fs_state() -> &'static RwLock<Option<FsEncoding>> {
    static FS: RwLock<Option<FsEncoding>> = RwLock::new(None);
    &FS
}

fn from_names(encoding: &str, errors: &str) -> Result<FsEncoding> {
    let codec = Codec::lookup(encoding, PyVersion::NEWEST)?;
    if codec.has_bom() || !matches!(codec, Codec::Utf8 | Codec::Ascii | Codec::Latin1) {
        return Err(Error::new(
            ExcClass::LookupError,
            format!(
                "pytempfile does not support '{encoding}' as the file-system encoding \
                 (supported: utf-8, ascii, latin-1)"
            ),
        ));
    }
    let handler = ErrorHandler::new(errors);
    handler.lookup()?;
    if handler.kind() == HandlerKind::NameReplace {
        return Err(Error::new(
            ExcClass::LookupError,
            "pytempfile does not support the error handler 'namereplace'",
        ));
    }
    Ok(FsEncoding {
        codec,
        errors: handler,
        name: codec.name().to_string(),
    })
}

fn current() -> FsEncoding {
    if let Some(fs) = fs_state()
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .as_ref()
    {
        return fs.clone();
    }
    static DEFAULT: OnceLock<FsEncoding> = OnceLock::new();
    DEFAULT
        .get_or_init(|| {
            let env = Encodings::from_environment(PyVersion::NEWEST, Startup::Executable);
            from_names(env.filesystem(), env.filesystem_errors()).unwrap_or(FsEncoding {
                codec: Codec::Utf8,
                errors: ErrorHandler::new("surrogateescape"),
                name: "utf-8".to_string(),
            })
        })
        .clone()
}

/// Set the process's file-system encoding and error handler (an embedder passes its
/// interpreter's `sys.getfilesystemencoding()` and `sys.getfilesystemencodeerrors()`).
/// `utf-8`, `ascii` and `latin-1` (under any of Python's names) are implemented; another is a
/// `LookupError` and leaves the setting unchanged.
///
/// The setting is process-wide (as an interpreter's is): it changes how every `str` path in
/// every message is shown, from now on.
///
/// # Errors
///
/// `LookupError` for an encoding other than those three (`pytempfile does not support '...' as
/// the file-system encoding (supported: utf-8, ascii, latin-1)`, or CPython's `unknown
/// encoding: ...`), for an unknown error handler (`unknown error handler name '...'`) and for
/// `namereplace`.
///
/// # Examples
///
/// ```
/// use pytempfile::ExcClass;
/// use pytempfile::locale::{filesystem_encoding, set_filesystem_encoding};
///
/// let before = filesystem_encoding();
/// let err = set_filesystem_encoding("utf-16", "surrogateescape").unwrap_err();
/// assert_eq!(err.class(), ExcClass::LookupError);
/// assert_eq!(filesystem_encoding(), before); // unchanged
/// // An embedder passes its interpreter's values, e.g.:
/// // set_filesystem_encoding("utf-8", "surrogateescape")?;
/// ```
pub fn set_filesystem_encoding(encoding: &str, errors: &str) -> Result<()> {
    let fs = from_names(encoding, errors)?;
    *fs_state().write().unwrap_or_else(PoisonError::into_inner) = Some(fs);
    install();
    Ok(())
}

/// The file-system encoding and error handler in effect, by Python's names (`("utf-8",
/// "surrogateescape")`).
///
/// # Examples
///
/// ```
/// let (encoding, errors) = pytempfile::locale::filesystem_encoding();
/// assert!(["utf-8", "ascii", "iso8859-1"].contains(&encoding.as_str()));
/// assert_eq!(errors, "surrogateescape"); // unless an embedder set another
/// ```
pub fn filesystem_encoding() -> (String, String) {
    let fs = current();
    (fs.name, fs.errors.name().to_string())
}

/// Make [`fsdecode_code_points`] the decoder `repr()` of `str` paths uses in messages
/// (`pybase::pyrepr`); done when a [`Tempfile`](crate::Tempfile) is built and when the
/// encoding is set, so every message the crate formats decodes with it.
pub(crate) fn install() {
    let _ = crate::pyrepr::set_fsdecoder(fsdecode_code_points);
}

/// `os.fsdecode(b)` as code points (lone surrogates included).
pub fn fsdecode_code_points(b: &[u8]) -> Vec<u32> {
    let fs = current();
    if fs.codec == Codec::Utf8 && fs.errors.kind() == HandlerKind::SurrogateEscape {
        return crate::pyrepr::utf8_surrogateescape(b);
    }
    match fs.codec.decode_all(b, &fs.errors) {
        Ok(s) => s.code_points().collect(),
        // A strict handler and undecodable bytes (CPython's `os.fsdecode` would raise): shown
        // as `surrogateescape` shows them, which is what the file system holds.
        Err(_) => fs
            .codec
            .decode_all(b, &ErrorHandler::new("surrogateescape"))
            .map(|s| s.code_points().collect())
            .unwrap_or_else(|_| crate::pyrepr::utf8_surrogateescape(b)),
    }
}

/// `os.fsdecode(b)`.
///
/// With `surrogateescape` every byte string decodes, and [`fsencode`] gives it back.
///
/// # Examples
///
/// ```
/// use pytempfile::PyStr;
/// use pytempfile::locale::{fsdecode, fsencode};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// assert_eq!(fsdecode(b"/tmp/tmpab12cd34"), PyStr::from("/tmp/tmpab12cd34"));
/// let odd = b"/tmp/\xff\xfe";
/// assert_eq!(fsencode(&fsdecode(odd))?, odd); // any bytes, back unchanged
/// # Ok(()) }
/// ```
pub fn fsdecode(b: &[u8]) -> PyStr {
    PyStr::from_code_points(fsdecode_code_points(b)).unwrap_or_default()
}

/// `os.fsencode(s)`: `UnicodeEncodeError` as CPython raises it for a character the encoding
/// cannot represent (`'\ud800'` with `surrogateescape`, `'é'` in ASCII).
///
/// # Errors
///
/// `UnicodeEncodeError` for a character the file-system encoding cannot represent under its
/// error handler.
///
/// # Examples
///
/// ```
/// use pytempfile::{ExcClass, PyStr};
///
/// let lone = PyStr::from_code_points([0x61, 0xd800]).unwrap(); // not an escaped byte
/// let err = pytempfile::locale::fsencode(&lone).unwrap_err();
/// assert_eq!(err.class(), ExcClass::UnicodeEncodeError);
/// ```
pub fn fsencode(s: &PyStr) -> Result<Vec<u8>> {
    let fs = current();
    fs.codec.encode_all(s, &fs.errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    fn codesets(name: &str) -> Option<String> {
        match name {
            "C" | "POSIX" => Some("ANSI_X3.4-1968".into()),
            "C.UTF-8" | "C.utf8" | "en_US.UTF-8" => Some("UTF-8".into()),
            "en_US.ISO-8859-1" => Some("ISO-8859-1".into()),
            _ => None,
        }
    }

    fn pick(v: &str, s: Startup, vars: &[(&str, &str)]) -> (bool, String, String) {
        let e = Encodings::for_environment(v.parse().unwrap(), s, env(vars), codesets);
        (
            e.utf8_mode(),
            e.filesystem().to_string(),
            e.text().to_string(),
        )
    }

    fn t(u: bool, fs: &str, text: &str) -> (bool, String, String) {
        (u, fs.into(), text.into())
    }

    #[test]
    fn executable_choices_as_measured() {
        use Startup::Executable as X;
        assert_eq!(pick("3.10.13", X, &[]), t(true, "utf-8", "UTF-8"));
        assert_eq!(pick("3.13.0", X, &[]), t(true, "utf-8", "utf-8"));
        assert_eq!(
            pick("3.13.0", X, &[("LANG", "C.UTF-8")]),
            t(false, "utf-8", "UTF-8")
        );
        assert_eq!(
            pick("3.15.2", X, &[("LANG", "C.UTF-8")]),
            t(true, "utf-8", "utf-8")
        );
        assert_eq!(
            pick("3.12.1", X, &[("PYTHONUTF8", "0")]),
            t(false, "utf-8", "UTF-8")
        );
        assert_eq!(
            pick("3.14.10", X, &[("LC_ALL", "C"), ("PYTHONUTF8", "0")]),
            t(false, "ascii", "ANSI_X3.4-1968")
        );
        assert_eq!(
            pick(
                "3.13.0",
                X,
                &[("PYTHONCOERCECLOCALE", "0"), ("PYTHONUTF8", "0")]
            ),
            t(false, "ascii", "ANSI_X3.4-1968")
        );
        assert_eq!(
            pick("3.11.7", X, &[("LC_ALL", "POSIX")]),
            t(true, "utf-8", "utf-8")
        );
        assert_eq!(
            pick("3.14.10", X, &[("LANG", "en_US.ISO-8859-1")]),
            t(false, "iso8859-1", "ISO-8859-1")
        );
        assert_eq!(
            pick("3.15.2", X, &[("LANG", "en_US.ISO-8859-1")]),
            t(true, "utf-8", "utf-8")
        );
        assert_eq!(
            pick(
                "3.15.2",
                X,
                &[("LANG", "en_US.ISO-8859-1"), ("PYTHONUTF8", "0")]
            ),
            t(false, "iso8859-1", "ISO-8859-1")
        );
        // A locale that does not load leaves the process in C.
        assert_eq!(
            pick("3.13.0", X, &[("LANG", "xx_XX"), ("PYTHONUTF8", "0")]),
            t(false, "utf-8", "UTF-8")
        );
    }

    #[test]
    fn embedded_choices_as_measured() {
        use Startup::Embedded as E;
        assert_eq!(
            pick("3.13.0", E, &[("PYTHONUTF8", "1")]),
            t(false, "ascii", "ANSI_X3.4-1968")
        );
        assert_eq!(
            pick("3.15.2", E, &[("PYTHONUTF8", "0"), ("LC_ALL", "C")]),
            t(true, "utf-8", "utf-8")
        );
        assert_eq!(
            pick("3.12.1", E, &[("LC_CTYPE", "en_US.ISO-8859-1")]),
            t(false, "iso8859-1", "ISO-8859-1")
        );
        assert_eq!(
            pick("3.10.13", E, &[("LANG", "C.UTF-8")]),
            t(false, "utf-8", "UTF-8")
        );
    }

    /// `PYTHONUTF8=1` turns UTF-8 mode on outside the C locale too, and `locale.getencoding()`
    /// is the `LC_CTYPE` codeset after start-up: the C locale's when `LC_ALL` forbids the
    /// coercion, the coerced `C.UTF-8`'s when nothing is set. Measured with CPython 3.12.1
    /// (`env -i ... python3.12 -c '...sys.flags.utf8_mode, sys.getfilesystemencoding(),
    /// open(os.devnull).encoding, locale.getencoding()'`): `1 utf-8 utf-8 UTF-8`, then
    /// `ANSI_X3.4-1968` and `UTF-8` for the codeset.
    #[test]
    fn utf8_mode_by_request_and_the_codeset_after_start_up_as_measured() {
        use Startup::Executable as X;
        let v = "3.12.1".parse().unwrap();
        assert_eq!(
            pick("3.12.1", X, &[("PYTHONUTF8", "1"), ("LANG", "C.UTF-8")]),
            t(true, "utf-8", "utf-8")
        );
        let codeset = |vars: &[(&str, &str)]| {
            Encodings::for_environment(v, X, env(vars), codesets)
                .ctype_codeset()
                .to_string()
        };
        assert_eq!(
            codeset(&[("PYTHONUTF8", "1"), ("LANG", "C.UTF-8")]),
            "UTF-8"
        );
        assert_eq!(
            codeset(&[("PYTHONUTF8", "1"), ("LC_ALL", "C")]),
            "ANSI_X3.4-1968"
        );
        assert_eq!(codeset(&[]), "UTF-8");
    }

    /// The C library's codesets, as `from_environment` reads them: the C locale's and glibc's
    /// built-in `C.UTF-8` load on every glibc this runs on; a made-up name does not.
    #[cfg(unix)]
    #[test]
    fn the_c_librarys_codesets_are_read_by_locale_name() {
        assert_eq!(ctype_codeset("C").as_deref(), Some("ANSI_X3.4-1968"));
        assert_eq!(ctype_codeset("POSIX").as_deref(), Some("ANSI_X3.4-1968"));
        assert_eq!(ctype_codeset("C.UTF-8").as_deref(), Some("UTF-8"));
        assert_eq!(ctype_codeset("xx_NOPE.nothing"), None);
    }

    #[test]
    fn unsupported_filesystem_encodings_are_refused() {
        assert!(from_names("utf-16", "surrogateescape").is_err());
        assert!(from_names("cp1252", "surrogateescape").is_err());
        // Codecs pyio has, but not as a file-system encoding: with a BOM, and without one.
        for name in ["utf-8-sig", "utf-16", "utf-16-le", "utf-32-be"] {
            let e = from_names(name, "surrogateescape").err();
            assert_eq!(e.map(|e| e.class()), Some(ExcClass::LookupError), "{name}");
        }
        assert!(from_names("utf-8", "nope").is_err());
        assert_eq!(
            from_names("ANSI_X3.4-1968", "surrogateescape")
                .unwrap()
                .name,
            "ascii"
        );
        assert_eq!(from_names("latin-1", "strict").unwrap().name, "iso8859-1");
    }
}
