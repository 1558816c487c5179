//! Python's text codecs, as `TextIOWrapper` uses them: name lookup, the stateless codec
//! functions (`codecs.utf_8_decode`, `codecs.utf_16_ex_decode`, ...), the incremental encoders
//! and decoders of `encodings.*`, and the error handlers of `codecs.lookup_error`.
//!
//! CPython mirrored:
//! - `codecs.lookup` (`_PyCodec_Lookup` + `encodings.search_function`): the name is normalised
//!   (ASCII letters lower-cased, ASCII letters/digits/`.` kept, every other run of characters
//!   becomes one `_`, leading and trailing ones dropped), then looked up in
//!   `encodings.aliases.aliases` (also with `.` replaced by `_`), then as a module name.
//!   Unknown names fail with `LookupError("unknown encoding: NAME")`; the bytes-to-bytes codecs
//!   (`hex`, `base64`, `rot13`, ...) with `LookupError("'NAME' is not a text encoding; use
//!   codecs.open() to handle arbitrary codecs")` (from 3.14: `"'NAME' is not a text
//!   encoding"`), both with the name exactly as given. A name
//!   with a NUL is `ValueError("embedded null character")`.
//! - The C codecs of `Objects/unicodeobject.c` (UTF-8, ASCII, Latin-1, UTF-16, UTF-32): which
//!   bytes form one error, the error positions and reasons, and how each handler's result is
//!   spliced in (including the fast paths, e.g. `surrogateescape` escaping a prefix of a run of
//!   surrogates before failing on the rest).
//! - `encodings.utf_8_sig`, `encodings.utf_16`, `encodings.utf_32` incremental classes, with
//!   their `getstate()`/`setstate()` flags (these flags end up inside `TextIOWrapper.tell()`
//!   cookies, so they must be Python's): UTF-16/32 decoders report 2 while the byte order is
//!   unknown, 0 for little-endian, 1 for big-endian; the UTF-8-SIG decoder reports its `first`
//!   flag.
//! - `codecs.BufferedIncrementalDecoder`: undecoded trailing bytes are kept and prefixed to the
//!   next input; error positions are offsets into that concatenation (for UTF-8-SIG after a
//!   BOM, into the data after the BOM, as Python's slice makes them).
//!
//! # Supported encodings
//! pytempfile implements these codecs ([`SUPPORTED_ENCODINGS`], Python's `codec_info.name` in
//! brackets where it differs), under every alias Python accepts for them:
//! `utf-8`, `utf-8-sig`, `ascii`, `latin-1` (`iso8859-1`), `utf-16`, `utf-16-le`,
//! `utf-16-be`, `utf-32`, `utf-32-le`, `utf-32-be`.
//!
//! Any other codec that CPython knows (`cp1252`, `shift_jis`, `utf-7`, `idna`, ...) is refused
//! by [`Codec::lookup`] with `LookupError("pytempfile does not support the encoding 'NAME'
//! (supported: utf-8, utf-8-sig, ascii, latin-1, utf-16, utf-16-le, utf-16-be, utf-32,
//! utf-32-le, utf-32-be)")`, where CPython would have accepted it. Names CPython does not know
//! get CPython's own error.
//!
//! # Error handlers
//! `strict`, `ignore`, `replace`, `surrogateescape`, `surrogatepass`, `backslashreplace` (both
//! directions) and `xmlcharrefreplace` (encoding; decoding raises CPython's `TypeError: don't
//! know how to handle UnicodeDecodeError in error callback`). As in CPython a handler name is
//! looked up only when an error happens, so an unknown name works until then and then raises
//! `LookupError("unknown error handler name 'NAME'")`. `namereplace` (which needs the Unicode
//! name database) is CPython-only: used on an encoding error it raises
//! `LookupError("pytempfile does not support the error handler 'namereplace'")`; on a decoding
//! error it raises the same `TypeError` as CPython.
//!
//! # Version differences
//! - A UTF-16/UTF-32 stream that does not start with a BOM: 3.10–3.12 raise
//!   `UnicodeError("UTF-16 stream does not start with BOM")`, 3.13 raises
//!   `UnicodeDecodeError('utf-16', data, 0, 2, 'Stream does not start with BOM')`; both are
//!   reproduced with their classes ([`ExcClass::UnicodeError`] for the former).
//! - `encodings.aliases` grew in 3.13.0 (`windows_31j`), 3.13.14/3.14.6 (`cp01140`,
//!   `ibm00858`, ...), 3.14.0 (`874`, `cseuckr`, `iso_8859_8_i`, ...) and 3.15.0 (`latin_N`,
//!   `utf8_sig`, IANA's `cs*` names such as `csutf8`; the KS C 5601 names move from `euc_kr`
//!   to `cp949`): each change is a [`Behaviour`] (`CodecAlias*`), its aliases data in this
//!   module, and a release has exactly the aliases of its `encodings/aliases.py`. An alias of a
//!   codec pyio does not implement is refused as that codec ("does not support"), and "unknown
//!   encoding" in a release that lacks it.
//! - From 3.14.0 the message for a codec that is not a text encoding ends at "is not a text
//!   encoding" ([`Behaviour::NoCodecsOpenHint`]).
//!
//! Not followed: 3.15 warns `DeprecationWarning("Support for non-ascii encoding names will be
//! removed in 3.17")` on the first lookup of a name with a non-ASCII character (gh-136702);
//! pyio reports no warning from a lookup. The names resolve as in every other release.
//!
//! Invariants: every function here is total (no panics); decoded text is a sequence of code
//! points `<= 0x10FFFF` (lone surrogates included); every error carries CPython's class and
//! message.
//!
//! # Layout
//! One file per concern, each depending only on those before it: `errors.rs` (the handlers,
//! `Python/codecs.c`), `stateless.rs` (the C codec functions, `Objects/unicodeobject.c`), this
//! module (`codecs.lookup`, [`Codec`]) and `incremental.rs` (the `encodings.*` incremental
//! classes). Everything public is re-exported here: the paths are `pyio::codec::NAME`.

mod errors;
mod incremental;
mod stateless;

pub use errors::{ErrorHandler, HandlerKind, SUPPORTED_ERROR_HANDLERS};
pub use incremental::{IncrementalDecoder, IncrementalEncoder};
pub use stateless::{
    UTF8_BOM, ascii_decode, latin1_decode, ucs1_encode, utf8_decode, utf8_encode, utf16_decode,
    utf16_encode, utf32_decode, utf32_encode,
};
pub(crate) use stateless::{code_points, pystr};

use crate::error::{Error, ExcClass, Result};
use crate::pystr::PyStr;
use crate::version::{Behaviour, PyVersion};
use errors::truncate_400;

/// The encodings pytempfile implements, by their usual names (see the module docs).
pub const SUPPORTED_ENCODINGS: &[&str] = &[
    "utf-8",
    "utf-8-sig",
    "ascii",
    "latin-1",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
];

/// Whether a codec module of Python's `encodings` package is a text encoding.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ModKind {
    /// A text encoding.
    Text,
    /// A bytes-to-bytes or str-to-str codec (`_is_text_encoding = False`).
    NotText,
    /// A module that does not import on POSIX (`mbcs`).
    Missing,
}

use ModKind::{Missing, NotText, Text};

/// Python's codec modules (`encodings/*.py` with a `getregentry`; the same in every release
/// followed) with the aliases that `encodings.aliases.aliases` maps to them in CPython
/// 3.10.13-3.12.1 (the later changes: [`ALIAS_CHANGES`]).
#[rustfmt::skip]
const CODEC_MODULES: &[(&str, ModKind, &[&str])] = &[
    ("ascii", Text, &["646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"]),
    ("base64_codec", NotText, &["base64", "base_64"]),
    ("big5", Text, &["big5_tw", "csbig5", "x_mac_trad_chinese"]),
    ("big5hkscs", Text, &["big5_hkscs", "hkscs"]),
    ("bz2_codec", NotText, &["bz2"]),
    ("charmap", Text, &[]),
    ("cp037", Text, &["037", "csibm037", "ebcdic_cp_ca", "ebcdic_cp_nl", "ebcdic_cp_us", "ebcdic_cp_wt", "ibm037", "ibm039"]),
    ("cp1006", Text, &[]),
    ("cp1026", Text, &["1026", "csibm1026", "ibm1026"]),
    ("cp1125", Text, &["1125", "cp866u", "ibm1125", "ruscii"]),
    ("cp1140", Text, &["1140", "ibm1140"]),
    ("cp1250", Text, &["1250", "windows_1250"]),
    ("cp1251", Text, &["1251", "windows_1251"]),
    ("cp1252", Text, &["1252", "windows_1252"]),
    ("cp1253", Text, &["1253", "windows_1253"]),
    ("cp1254", Text, &["1254", "windows_1254"]),
    ("cp1255", Text, &["1255", "windows_1255"]),
    ("cp1256", Text, &["1256", "windows_1256"]),
    ("cp1257", Text, &["1257", "windows_1257"]),
    ("cp1258", Text, &["1258", "windows_1258"]),
    ("cp273", Text, &["273", "csibm273", "ibm273"]),
    ("cp424", Text, &["424", "csibm424", "ebcdic_cp_he", "ibm424"]),
    ("cp437", Text, &["437", "cspc8codepage437", "ibm437"]),
    ("cp500", Text, &["500", "csibm500", "ebcdic_cp_be", "ebcdic_cp_ch", "ibm500"]),
    ("cp720", Text, &[]),
    ("cp737", Text, &[]),
    ("cp775", Text, &["775", "cspc775baltic", "ibm775"]),
    ("cp850", Text, &["850", "cspc850multilingual", "ibm850"]),
    ("cp852", Text, &["852", "cspcp852", "ibm852"]),
    ("cp855", Text, &["855", "csibm855", "ibm855"]),
    ("cp856", Text, &[]),
    ("cp857", Text, &["857", "csibm857", "ibm857"]),
    ("cp858", Text, &["858", "csibm858", "ibm858"]),
    ("cp860", Text, &["860", "csibm860", "ibm860"]),
    ("cp861", Text, &["861", "cp_is", "csibm861", "ibm861"]),
    ("cp862", Text, &["862", "cspc862latinhebrew", "ibm862"]),
    ("cp863", Text, &["863", "csibm863", "ibm863"]),
    ("cp864", Text, &["864", "csibm864", "ibm864"]),
    ("cp865", Text, &["865", "csibm865", "ibm865"]),
    ("cp866", Text, &["866", "csibm866", "ibm866"]),
    ("cp869", Text, &["869", "cp_gr", "csibm869", "ibm869"]),
    ("cp874", Text, &[]),
    ("cp875", Text, &[]),
    ("cp932", Text, &["932", "ms932", "ms_kanji", "mskanji"]),
    ("cp949", Text, &["949", "ms949", "uhc"]),
    ("cp950", Text, &["950", "ms950"]),
    ("euc_jis_2004", Text, &["euc_jis2004", "eucjis2004", "jisx0213"]),
    ("euc_jisx0213", Text, &["eucjisx0213"]),
    ("euc_jp", Text, &["eucjp", "u_jis", "ujis"]),
    ("euc_kr", Text, &["euckr", "korean", "ks_c_5601", "ks_c_5601_1987", "ks_x_1001", "ksc5601", "ksx1001", "x_mac_korean"]),
    ("gb18030", Text, &["gb18030_2000"]),
    ("gb2312", Text, &["chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58", "x_mac_simp_chinese"]),
    ("gbk", Text, &["936", "cp936", "ms936"]),
    ("hex_codec", NotText, &["hex"]),
    ("hp_roman8", Text, &["cp1051", "csHPRoman8", "ibm1051", "r8", "roman8"]),
    ("hz", Text, &["hz_gb", "hz_gb_2312", "hzgb"]),
    ("idna", Text, &[]),
    ("iso2022_jp", Text, &["csiso2022jp", "iso2022jp", "iso_2022_jp"]),
    ("iso2022_jp_1", Text, &["iso2022jp_1", "iso_2022_jp_1"]),
    ("iso2022_jp_2", Text, &["iso2022jp_2", "iso_2022_jp_2"]),
    ("iso2022_jp_2004", Text, &["iso2022jp_2004", "iso_2022_jp_2004"]),
    ("iso2022_jp_3", Text, &["iso2022jp_3", "iso_2022_jp_3"]),
    ("iso2022_jp_ext", Text, &["iso2022jp_ext", "iso_2022_jp_ext"]),
    ("iso2022_kr", Text, &["csiso2022kr", "iso2022kr", "iso_2022_kr"]),
    ("iso8859_1", Text, &[]),
    ("iso8859_10", Text, &["csisolatin6", "iso_8859_10", "iso_8859_10_1992", "iso_ir_157", "l6", "latin6"]),
    ("iso8859_11", Text, &["iso_8859_11", "iso_8859_11_2001", "thai"]),
    ("iso8859_13", Text, &["iso_8859_13", "l7", "latin7"]),
    ("iso8859_14", Text, &["iso_8859_14", "iso_8859_14_1998", "iso_celtic", "iso_ir_199", "l8", "latin8"]),
    ("iso8859_15", Text, &["iso_8859_15", "l9", "latin9"]),
    ("iso8859_16", Text, &["iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10"]),
    ("iso8859_2", Text, &["csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2"]),
    ("iso8859_3", Text, &["csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3"]),
    ("iso8859_4", Text, &["csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4"]),
    ("iso8859_5", Text, &["csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144"]),
    ("iso8859_6", Text, &["arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6", "iso_8859_6_1987", "iso_ir_127"]),
    ("iso8859_7", Text, &["csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7", "iso_8859_7_1987", "iso_ir_126"]),
    ("iso8859_8", Text, &["csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138"]),
    ("iso8859_9", Text, &["csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5"]),
    ("johab", Text, &["cp1361", "ms1361"]),
    ("koi8_r", Text, &["cskoi8r"]),
    ("koi8_t", Text, &[]),
    ("koi8_u", Text, &[]),
    ("kz1048", Text, &["kz_1048", "rk1048", "strk1048_2002"]),
    ("latin_1", Text, &["8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1"]),
    ("mac_arabic", Text, &[]),
    ("mac_croatian", Text, &[]),
    ("mac_cyrillic", Text, &["maccyrillic"]),
    ("mac_farsi", Text, &[]),
    ("mac_greek", Text, &["macgreek"]),
    ("mac_iceland", Text, &["maciceland"]),
    ("mac_latin2", Text, &["mac_centeuro", "maccentraleurope", "maclatin2"]),
    ("mac_roman", Text, &["macintosh", "macroman"]),
    ("mac_romanian", Text, &[]),
    ("mac_turkish", Text, &["macturkish"]),
    ("mbcs", Missing, &["ansi", "dbcs"]),
    ("palmos", Text, &[]),
    ("ptcp154", Text, &["cp154", "csptcp154", "cyrillic_asian", "pt154"]),
    ("punycode", Text, &[]),
    ("quopri_codec", NotText, &["quopri", "quoted_printable", "quotedprintable"]),
    ("raw_unicode_escape", Text, &[]),
    ("rot_13", NotText, &["rot13"]),
    ("shift_jis", Text, &["csshiftjis", "s_jis", "shiftjis", "sjis", "x_mac_japanese"]),
    ("shift_jis_2004", Text, &["s_jis_2004", "shiftjis2004", "sjis_2004"]),
    ("shift_jisx0213", Text, &["s_jisx0213", "shiftjisx0213", "sjisx0213"]),
    ("tis_620", Text, &["iso_ir_166", "tis620", "tis_620_0", "tis_620_2529_0", "tis_620_2529_1"]),
    ("undefined", Text, &[]),
    ("unicode_escape", Text, &[]),
    ("utf_16", Text, &["u16", "utf16"]),
    ("utf_16_be", Text, &["unicodebigunmarked", "utf_16be"]),
    ("utf_16_le", Text, &["unicodelittleunmarked", "utf_16le"]),
    ("utf_32", Text, &["u32", "utf32"]),
    ("utf_32_be", Text, &["utf_32be"]),
    ("utf_32_le", Text, &["utf_32le"]),
    ("utf_7", Text, &["u7", "unicode_1_1_utf_7", "utf7"]),
    ("utf_8", Text, &["cp65001", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4"]),
    ("utf_8_sig", Text, &[]),
    ("uu_codec", NotText, &["uu"]),
    ("zlib_codec", NotText, &["zip", "zlib"]),
];

/// The aliases `encodings.aliases.aliases` gained (or re-pointed) after CPython 3.12, each
/// with the [`Behaviour`] that names the change: a release that has the behaviour looks its
/// aliases up before [`CODEC_MODULES`]' (3.10.13-3.12.1's table). Newest change last; a key
/// listed twice takes the newest release's module. Compiled from the `encodings/aliases.py`
/// of 3.13.0, 3.13.18, 3.14.10 and 3.15.2.
#[rustfmt::skip]
const ALIAS_CHANGES: &[(Behaviour, &[(&str, &str)])] = &[
    (Behaviour::CodecAliasWindows31j, &[("windows_31j", "cp932")]),
    (Behaviour::CodecAliasesLeadingZeros, &[
        ("cp01140", "cp1140"), ("csibm01140", "cp1140"), ("ebcdic_us_37_euro", "cp1140"),
        ("ibm01140", "cp1140"), ("cp00858", "cp858"), ("csibm00858", "cp858"),
        ("ibm00858", "cp858"), ("pc_multilingual_850_euro", "cp858"),
    ]),
    (Behaviour::CodecAliasesThai, &[("874", "cp874"), ("ms874", "cp874"), ("windows_874", "cp874")]),
    (Behaviour::CodecAliasCsEucKr, &[("cseuckr", "euc_kr")]),
    (Behaviour::CodecAliasesIso88598, &[("iso_8859_8_i", "iso8859_8"), ("iso_8859_8_e", "iso8859_8")]),
    (Behaviour::CodecAliasesLatinN, &[
        ("latin_2", "iso8859_2"), ("latin_3", "iso8859_3"), ("latin_4", "iso8859_4"),
        ("latin_5", "iso8859_9"), ("latin_6", "iso8859_10"), ("latin_7", "iso8859_13"),
        ("latin_8", "iso8859_14"), ("latin_9", "iso8859_15"), ("latin_10", "iso8859_16"),
    ]),
    (Behaviour::CodecAliasUtf8Sig, &[("utf8_sig", "utf_8_sig")]),
    (Behaviour::CodecAliasesKsc5601Cp949, &[
        ("korean", "cp949"), ("ksc5601", "cp949"), ("ks_c_5601", "cp949"),
        ("ks_c_5601_1987", "cp949"), ("ksx1001", "cp949"), ("ks_x_1001", "cp949"),
        ("csksc56011987", "cp949"), ("iso_ir_149", "cp949"), ("ks_c_5601_1989", "cp949"),
        ("ksc_5601", "cp949"),
    ]),
    (Behaviour::CodecAliasesIana, &[
        ("csbig5hkscs", "big5hkscs"), ("ccsid01140", "cp1140"), ("cswindows1250", "cp1250"),
        ("cswindows1251", "cp1251"), ("cswindows1252", "cp1252"), ("cswindows1253", "cp1253"),
        ("cswindows1254", "cp1254"), ("cswindows1255", "cp1255"), ("cswindows1256", "cp1256"),
        ("cswindows1257", "cp1257"), ("cswindows1258", "cp1258"), ("ccsid00858", "cp858"),
        ("cswindows874", "cp874"), ("cswindows31j", "cp932"), ("cseucpkdfmtjapanese", "euc_jp"),
        ("csgb18030", "gb18030"), ("csgb2312", "gb2312"), ("gb_2312_80", "gb2312"),
        ("csgbk", "gbk"), ("windows_936", "gbk"), ("cshproman8", "hp_roman8"),
        ("csiso2022jp2", "iso2022_jp_2"), ("csiso885913", "iso8859_13"),
        ("csiso885914", "iso8859_14"), ("csiso885915", "iso8859_15"),
        ("csiso885916", "iso8859_16"), ("csiso88598e", "iso8859_8"), ("csiso88598i", "iso8859_8"),
        ("cskoi8u", "koi8_u"), ("cskz1048", "kz1048"), ("csmacintosh", "mac_roman"),
        ("mac", "mac_roman"), ("cstis620", "tis_620"), ("csutf16", "utf_16"),
        ("csutf16be", "utf_16_be"), ("csutf16le", "utf_16_le"), ("csutf32", "utf_32"),
        ("csutf32be", "utf_32_be"), ("csutf32le", "utf_32_le"), ("csunicode11utf7", "utf_7"),
        ("csutf7", "utf_7"), ("csutf8", "utf_8"),
    ]),
];

/// A byte order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Endian {
    /// Little-endian (the native order of the platforms pytempfile runs on).
    Little,
    /// Big-endian.
    Big,
}

/// One of the codecs pytempfile implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `utf-8-sig`: UTF-8 with a BOM written first and skipped when read.
    Utf8Sig,
    /// `ascii`.
    Ascii,
    /// `latin-1` (Python's `codec_info.name` is `iso8859-1`): bytes 0..=255 are U+0000..U+00FF.
    Latin1,
    /// `utf-16`: native-order (little-endian) BOM on write, BOM detection on read.
    Utf16,
    /// `utf-16-le`.
    Utf16Le,
    /// `utf-16-be`.
    Utf16Be,
    /// `utf-32`: like `utf-16` with 4-byte units.
    Utf32,
    /// `utf-32-le`.
    Utf32Le,
    /// `utf-32-be`.
    Utf32Be,
}

impl Codec {
    /// Every supported codec, in the order of [`SUPPORTED_ENCODINGS`].
    pub const ALL: [Codec; 10] = [
        Codec::Utf8,
        Codec::Utf8Sig,
        Codec::Ascii,
        Codec::Latin1,
        Codec::Utf16,
        Codec::Utf16Le,
        Codec::Utf16Be,
        Codec::Utf32,
        Codec::Utf32Le,
        Codec::Utf32Be,
    ];

    /// `codecs.lookup(encoding)` restricted to text encodings, as `TextIOWrapper` does it
    /// (`_PyCodec_LookupTextEncoding`), with CPython's errors; codecs CPython knows but
    /// pytempfile does not implement are a `LookupError` naming the supported ones.
    ///
    /// # Errors
    ///
    /// - `LookupError("unknown encoding: NAME")` for a name CPython does not know either;
    /// - `LookupError("'NAME' is not a text encoding; use codecs.open() to handle arbitrary
    ///   codecs")` for a bytes-to-bytes codec (`hex`, `base64`, ...), from 3.14 without the
    ///   part after the semicolon ([`Behaviour::NoCodecsOpenHint`]);
    /// - `LookupError("pytempfile does not support the encoding 'NAME' (supported: ...)")`
    ///   for a text codec CPython has and pyio does not (`cp1252`, `shift_jis`, ...): a
    ///   divergence, where CPython would succeed;
    /// - `ValueError("embedded null character")` for a name with a NUL.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::error::ExcClass;
    /// use pybase::version::PyVersion;
    /// use pyio::codec::Codec;
    ///
    /// let v = PyVersion::NEWEST;
    /// assert_eq!(Codec::lookup("UTF8", v)?, Codec::Utf8);
    /// assert_eq!(Codec::lookup("ISO-8859-1", v)?.name(), "iso8859-1");
    /// assert_eq!(Codec::lookup("utf_16_le", v)?, Codec::Utf16Le);
    ///
    /// let err = Codec::lookup("hex", v).unwrap_err();
    /// assert_eq!(err.class(), ExcClass::LookupError);
    /// assert!(err.to_string().starts_with("'hex' is not a text encoding"));
    /// assert!(Codec::lookup("cp1252", v).unwrap_err().to_string().contains("does not support"));
    /// // Aliases follow the release: `csutf8` is 3.15's (gh-149891).
    /// assert_eq!(Codec::lookup("csUTF8", v)?, Codec::Utf8);
    /// let err = Codec::lookup("csUTF8", PyVersion::V3_14).unwrap_err();
    /// assert_eq!(err.to_string(), "unknown encoding: csUTF8");
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn lookup(encoding: &str, version: PyVersion) -> Result<Codec> {
        if encoding.contains('\0') {
            return Err(Error::value_error("embedded null character"));
        }
        let norm = normalize_encoding(encoding);
        let alias = |key: &str| -> Option<&'static str> {
            let changed = ALIAS_CHANGES
                .iter()
                .rev()
                .filter(|(behaviour, _)| version.has(*behaviour))
                .find_map(|(_, aliases)| aliases.iter().find(|(a, _)| *a == key));
            if let Some(&(_, module)) = changed {
                return Some(module);
            }
            CODEC_MODULES
                .iter()
                .find(|(_, _, aliases)| aliases.contains(&key))
                .map(|&(module, _, _)| module)
        };
        let aliased = alias(&norm).or_else(|| alias(&norm.replace('.', "_")));
        let mut candidates: Vec<&str> = Vec::with_capacity(2);
        if let Some(a) = aliased {
            candidates.push(a);
        }
        candidates.push(&norm);
        let found = candidates
            .into_iter()
            .filter(|m| !m.is_empty() && !m.contains('.'))
            .find_map(|m| {
                CODEC_MODULES
                    .iter()
                    .find(|&&(module, kind, _)| module == m && kind != Missing)
                    .map(|&(module, kind, _)| (module, kind))
            });
        match found {
            None => Err(Error::new(
                ExcClass::LookupError,
                format!("unknown encoding: {encoding}"),
            )),
            Some((_, NotText)) => {
                let hint = if version.has(Behaviour::NoCodecsOpenHint) {
                    ""
                } else {
                    "; use codecs.open() to handle arbitrary codecs"
                };
                Err(Error::new(
                    ExcClass::LookupError,
                    format!(
                        "'{}' is not a text encoding{hint}",
                        truncate_400(encoding, version)
                    ),
                ))
            }
            Some((module, _)) => Codec::from_module(module).ok_or_else(|| {
                Error::new(
                    ExcClass::LookupError,
                    format!(
                        "pytempfile does not support the encoding '{encoding}' (supported: {})",
                        SUPPORTED_ENCODINGS.join(", ")
                    ),
                )
            }),
        }
    }

    /// The codec for a module name of Python's `encodings` package.
    fn from_module(module: &str) -> Option<Codec> {
        Codec::ALL.into_iter().find(|c| c.module() == module)
    }

    /// The module of Python's `encodings` package that implements the codec.
    pub fn module(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf_8",
            Codec::Utf8Sig => "utf_8_sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin_1",
            Codec::Utf16 => "utf_16",
            Codec::Utf16Le => "utf_16_le",
            Codec::Utf16Be => "utf_16_be",
            Codec::Utf32 => "utf_32",
            Codec::Utf32Le => "utf_32_le",
            Codec::Utf32Be => "utf_32_be",
        }
    }

    /// Python's `codecs.lookup(...).name`.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "iso8859-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }

    /// Whether the codec writes a byte order mark at the start of a stream (`utf-8-sig`,
    /// `utf-16`, `utf-32`).
    pub fn has_bom(self) -> bool {
        matches!(self, Codec::Utf8Sig | Codec::Utf16 | Codec::Utf32)
    }

    /// Encode `text`, writing the BOM first when `bom` is set and the codec has one. This is
    /// what `TextIOWrapper` does for a stream (its C fast path for every codec but
    /// `utf-8-sig`, whose `IncrementalEncoder` behaves the same way): `bom` is "at the start of
    /// the stream". Errors name the codec as CPython does (`'utf-16'` with the BOM,
    /// `'utf-16-le'` without).
    pub fn encode(self, text: &PyStr, errors: &ErrorHandler, bom: bool) -> Result<Vec<u8>> {
        self.encode_cps(&code_points(text), errors, bom)
    }

    /// [`Codec::encode`] on code points.
    pub(crate) fn encode_cps(
        self,
        cps: &[u32],
        errors: &ErrorHandler,
        bom: bool,
    ) -> Result<Vec<u8>> {
        match self {
            Codec::Utf8 => utf8_encode(cps, errors),
            Codec::Utf8Sig => {
                let body = utf8_encode(cps, errors)?;
                if bom {
                    let mut out = UTF8_BOM.to_vec();
                    out.extend_from_slice(&body);
                    Ok(out)
                } else {
                    Ok(body)
                }
            }
            Codec::Ascii => ucs1_encode(cps, errors, 128),
            Codec::Latin1 => ucs1_encode(cps, errors, 256),
            Codec::Utf16 => utf16_encode(cps, errors, if bom { 0 } else { -1 }),
            Codec::Utf16Le => utf16_encode(cps, errors, -1),
            Codec::Utf16Be => utf16_encode(cps, errors, 1),
            Codec::Utf32 => utf32_encode(cps, errors, if bom { 0 } else { -1 }),
            Codec::Utf32Le => utf32_encode(cps, errors, -1),
            Codec::Utf32Be => utf32_encode(cps, errors, 1),
        }
    }

    /// `str.encode(encoding, errors)`: the whole text, BOM included for `utf-8-sig`, `utf-16`
    /// and `utf-32`.
    ///
    /// # Errors
    ///
    /// `UnicodeEncodeError` (CPython's positions, reason and message) for a character the codec
    /// cannot encode under a raising handler (`strict`, or `surrogateescape` for a surrogate it
    /// cannot map back); `LookupError` for an unknown handler name, looked up only then, or
    /// for `namereplace`, which pyio does not implement.
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::error::ExcClass;
    /// use pyio::PyStr;
    /// use pyio::codec::{Codec, ErrorHandler};
    ///
    /// let text = PyStr::from("\u{e9}t\u{e9}");
    /// assert_eq!(Codec::Utf16.encode_all(&text, &ErrorHandler::strict())?, b"\xff\xfe\xe9\0t\0\xe9\0");
    /// assert_eq!(Codec::Ascii.encode_all(&text, &ErrorHandler::new("xmlcharrefreplace"))?, b"&#233;t&#233;");
    /// let err = Codec::Ascii.encode_all(&text, &ErrorHandler::strict()).unwrap_err();
    /// assert_eq!(err.class(), ExcClass::UnicodeEncodeError);
    /// assert_eq!(err.to_string(), "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn encode_all(self, text: &PyStr, errors: &ErrorHandler) -> Result<Vec<u8>> {
        self.encode(text, errors, true)
    }

    /// `bytes.decode(encoding, errors)`: the whole input (a BOM is skipped where the codec
    /// detects one; `utf-16`/`utf-32` without a BOM decode as little-endian, as
    /// `codecs.utf_16_decode` does).
    ///
    /// # Errors
    ///
    /// `UnicodeDecodeError` under a raising handler, with CPython's positions and reason;
    /// `LookupError` for an unknown handler name (looked up only when an error happens);
    /// `TypeError("don't know how to handle UnicodeDecodeError in error callback")` for an
    /// encode-only handler (`xmlcharrefreplace`, `namereplace`).
    ///
    /// # Examples
    ///
    /// ```
    /// use pybase::error::ExcClass;
    /// use pyio::PyStr;
    /// use pyio::codec::{Codec, ErrorHandler};
    ///
    /// let bytes = b"caf\xc3\xa9 \xff";
    /// let s = Codec::Utf8.decode_all(bytes, &ErrorHandler::new("surrogateescape"))?;
    /// assert_eq!(s.code_points().last(), Some(0xdcff)); // the byte survives as a surrogate
    /// assert_eq!(Codec::Utf8.encode_all(&s, &ErrorHandler::new("surrogateescape"))?, bytes);
    ///
    /// let err = Codec::Utf8.decode_all(bytes, &ErrorHandler::new("no-such-handler")).unwrap_err();
    /// assert_eq!(err.class(), ExcClass::LookupError);
    /// assert_eq!(Codec::Utf8.decode_all(b"ok", &ErrorHandler::new("no-such-handler"))?, PyStr::from("ok"));
    /// # Ok::<(), pybase::error::Error>(())
    /// ```
    pub fn decode_all(self, data: &[u8], errors: &ErrorHandler) -> Result<PyStr> {
        let cps = match self {
            Codec::Utf8 => utf8_decode(data, errors, true)?.0,
            Codec::Utf8Sig => match data.strip_prefix(&UTF8_BOM) {
                Some(rest) => utf8_decode(rest, errors, true)?.0,
                None => utf8_decode(data, errors, true)?.0,
            },
            Codec::Ascii => ascii_decode(data, errors)?,
            Codec::Latin1 => latin1_decode(data),
            Codec::Utf16 => utf16_decode(data, errors, &mut 0, true)?.0,
            Codec::Utf16Le => utf16_decode(data, errors, &mut -1, true)?.0,
            Codec::Utf16Be => utf16_decode(data, errors, &mut 1, true)?.0,
            Codec::Utf32 => utf32_decode(data, errors, &mut 0, true)?.0,
            Codec::Utf32Le => utf32_decode(data, errors, &mut -1, true)?.0,
            Codec::Utf32Be => utf32_decode(data, errors, &mut 1, true)?.0,
        };
        Ok(pystr(&cps))
    }
}

/// `codecs.lookup`'s normalisation of an encoding name (`_Py_normalize_encoding` followed by
/// `encodings.normalize_encoding`): ASCII letters and digits (lower-cased) and `.` are kept,
/// any other run becomes a single `_` between kept characters.
///
/// # Examples
///
/// ```
/// assert_eq!(pyio::codec::normalize_encoding("  UTF--8 "), "utf_8");
/// assert_eq!(pyio::codec::normalize_encoding("ISO-8859-1"), "iso_8859_1");
/// ```
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b == b'.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(char::from(b.to_ascii_lowercase()));
        } else {
            punct = true;
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_supported_name_looks_up_its_codec() {
        for (name, codec) in SUPPORTED_ENCODINGS.iter().zip(Codec::ALL) {
            assert_eq!(Codec::lookup(name, PyVersion::V3_10).unwrap(), codec);
        }
    }

    #[test]
    fn changed_aliases_name_codec_modules() {
        for (behaviour, aliases) in ALIAS_CHANGES {
            for (alias, module) in *aliases {
                assert_eq!(normalize_encoding(alias), *alias, "{behaviour}: {alias}");
                assert!(
                    CODEC_MODULES
                        .iter()
                        .any(|(m, kind, _)| m == module && *kind == Text),
                    "{behaviour}: {alias} names {module}, not a text codec module"
                );
            }
        }
    }

    #[test]
    fn aliases_follow_the_release() {
        let msg = |name: &str, v: PyVersion| match Codec::lookup(name, v) {
            Ok(c) => c.name().to_string(),
            Err(e) => e.to_string(),
        };
        let unsupported = |name: &str| {
            format!(
                "pytempfile does not support the encoding '{name}' (supported: {})",
                SUPPORTED_ENCODINGS.join(", ")
            )
        };
        // Implemented codecs: 3.15's new names.
        for (name, codec) in [("csutf16le", "utf-16-le"), ("utf8-sig", "utf-8-sig")] {
            assert_eq!(
                msg(name, PyVersion::V3_14),
                format!("unknown encoding: {name}")
            );
            assert_eq!(msg(name, PyVersion::V3_15), codec);
        }
        // Codecs pyio does not implement: "unknown" until the release that has the alias.
        for (name, first) in [
            ("cp01140", PyVersion::V3_13_18),
            ("874", PyVersion::V3_14),
            ("cswindows1252", PyVersion::V3_15),
            ("windows-31j", PyVersion::V3_13),
        ] {
            for v in PyVersion::KNOWN {
                let want = if v >= first {
                    unsupported(name)
                } else {
                    format!("unknown encoding: {name}")
                };
                assert_eq!(msg(name, v), want, "{name} in {v}");
            }
        }
        // The 3.13 branch got the leading-zero names in 3.13.14.
        assert!(PyVersion::new(3, 13, 14).has(Behaviour::CodecAliasesLeadingZeros));
        assert!(!PyVersion::new(3, 13, 13).has(Behaviour::CodecAliasesLeadingZeros));
    }

    #[test]
    fn not_a_text_encoding_loses_its_hint_in_3_14() {
        let msg = |v| Codec::lookup("ROT-13", v).unwrap_err().to_string();
        assert_eq!(
            msg(PyVersion::V3_13_18),
            "'ROT-13' is not a text encoding; use codecs.open() to handle arbitrary codecs"
        );
        assert_eq!(msg(PyVersion::V3_14), "'ROT-13' is not a text encoding");
        assert_eq!(msg(PyVersion::V3_15), "'ROT-13' is not a text encoding");
    }

    #[test]
    fn handler_lookup() {
        assert!(ErrorHandler::new("replace").lookup().is_ok());
        assert_eq!(
            ErrorHandler::new("x").lookup().unwrap_err().to_string(),
            "unknown error handler name 'x'"
        );
        assert_eq!(ErrorHandler::default().name(), "strict");
        // Unknown names are harmless until an error happens.
        let h = ErrorHandler::new("x");
        assert_eq!(utf8_encode(&[0x61], &h).unwrap(), b"a");
        let e = utf8_encode(&[0xd800], &h).unwrap_err();
        assert_eq!(
            (e.class(), e.to_string().as_str()),
            (ExcClass::LookupError, "unknown error handler name 'x'")
        );
    }

    #[test]
    fn whole_buffer_helpers() {
        let h = ErrorHandler::strict();
        let s = PyStr::from("h\u{e9}");
        assert_eq!(
            Codec::Utf16.encode_all(&s, &h).unwrap(),
            [0xff, 0xfe, b'h', 0, 0xe9, 0]
        );
        assert_eq!(
            Codec::Utf8Sig.encode_all(&s, &h).unwrap(),
            [0xef, 0xbb, 0xbf, b'h', 0xc3, 0xa9]
        );
        assert_eq!(
            Codec::Utf8Sig
                .decode_all(&[0xef, 0xbb, 0xbf, b'h'], &h)
                .unwrap(),
            "h"
        );
        assert_eq!(Codec::Utf16.decode_all(&[b'h', 0], &h).unwrap(), "h");
        assert_eq!(
            Codec::Utf32Be.decode_all(&[0, 0, 0, b'h'], &h).unwrap(),
            "h"
        );
    }
}
