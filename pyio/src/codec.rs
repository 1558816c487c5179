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
//!   codecs.open() to handle arbitrary codecs")`, both with the name exactly as given. A name
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
//! - `windows-31j` is an alias of `cp932` (so "not supported") from 3.13 on, an unknown
//!   encoding before.
//!
//! Invariants: every function here is total (no panics); decoded text is a sequence of code
//! points `<= 0x10FFFF` (lone surrogates included); every error carries CPython's class and
//! message.

use crate::PyStr;
use crate::error::{Error, ExcClass, Result};
use crate::version::{Behaviour, PyVersion};

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

/// The error handlers pytempfile implements.
pub const SUPPORTED_ERROR_HANDLERS: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "surrogateescape",
    "surrogatepass",
    "backslashreplace",
    "xmlcharrefreplace",
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

/// Python's codec modules (`encodings/*.py` with a `getregentry`) with the aliases that
/// `encodings.aliases.aliases` maps to them (CPython 3.10–3.13; `windows_31j` is separate).
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

/// Aliases that only CPython 3.13 has.
const ALIASES_3_13: &[(&str, &str)] = &[("windows_31j", "cp932")];

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
    pub fn lookup(encoding: &str, version: PyVersion) -> Result<Codec> {
        if encoding.contains('\0') {
            return Err(Error::value_error("embedded null character"));
        }
        let norm = normalize_encoding(encoding);
        let alias = |key: &str| -> Option<&'static str> {
            for &(module, _, aliases) in CODEC_MODULES {
                if aliases.contains(&key) {
                    return Some(module);
                }
            }
            if version.has(Behaviour::Io313) {
                for &(a, module) in ALIASES_3_13 {
                    if a == key {
                        return Some(module);
                    }
                }
            }
            None
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
            Some((_, NotText)) => Err(Error::new(
                ExcClass::LookupError,
                format!(
                    "'{}' is not a text encoding; use codecs.open() to handle arbitrary codecs",
                    truncate_400(encoding)
                ),
            )),
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
    pub fn encode_all(self, text: &PyStr, errors: &ErrorHandler) -> Result<Vec<u8>> {
        self.encode(text, errors, true)
    }

    /// `bytes.decode(encoding, errors)`: the whole input (a BOM is skipped where the codec
    /// detects one; `utf-16`/`utf-32` without a BOM decode as little-endian, as
    /// `codecs.utf_16_decode` does).
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

/// `'%.400s'`: at most 400 bytes of `s` (cut back to a character boundary).
fn truncate_400(s: &str) -> &str {
    if s.len() <= 400 {
        return s;
    }
    let mut end = 400;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The UTF-8 byte order mark (`codecs.BOM_UTF8`).
pub const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

// ---------------------------------------------------------------------------------------------
// Error handlers
// ---------------------------------------------------------------------------------------------

/// Which error handler a name designates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HandlerKind {
    /// `strict`: raise.
    Strict,
    /// `ignore`: drop the bad input.
    Ignore,
    /// `replace`: `?` when encoding, U+FFFD when decoding.
    Replace,
    /// `surrogateescape`: bytes 0x80..0xFF ↔ U+DC80..U+DCFF.
    SurrogateEscape,
    /// `surrogatepass`: surrogates encoded as if they were characters (UTF-8/16/32 only).
    SurrogatePass,
    /// `backslashreplace`: `\xNN`, `\uNNNN`, `\UNNNNNNNN`.
    BackslashReplace,
    /// `xmlcharrefreplace`: `&#N;` (encoding only).
    XmlCharRefReplace,
    /// `namereplace`: known to CPython, not implemented by pytempfile.
    NameReplace,
    /// Any other name: `LookupError` when first needed.
    Unknown,
}

/// An `errors=` value: the name as given and what it designates.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ErrorHandler {
    name: String,
    kind: HandlerKind,
}

impl Default for ErrorHandler {
    fn default() -> ErrorHandler {
        ErrorHandler::strict()
    }
}

impl ErrorHandler {
    /// The handler named `name` (never fails: CPython looks names up only when an error
    /// happens; see [`ErrorHandler::lookup`]).
    pub fn new(name: &str) -> ErrorHandler {
        let kind = match name {
            "strict" => HandlerKind::Strict,
            "ignore" => HandlerKind::Ignore,
            "replace" => HandlerKind::Replace,
            "surrogateescape" => HandlerKind::SurrogateEscape,
            "surrogatepass" => HandlerKind::SurrogatePass,
            "backslashreplace" => HandlerKind::BackslashReplace,
            "xmlcharrefreplace" => HandlerKind::XmlCharRefReplace,
            "namereplace" => HandlerKind::NameReplace,
            _ => HandlerKind::Unknown,
        };
        ErrorHandler {
            name: name.to_string(),
            kind,
        }
    }

    /// `strict`.
    pub fn strict() -> ErrorHandler {
        ErrorHandler::new("strict")
    }

    /// The name as given.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the name designates.
    pub fn kind(&self) -> HandlerKind {
        self.kind
    }

    /// `codecs.lookup_error(name)`: `LookupError("unknown error handler name 'NAME'")` for a
    /// name CPython does not know.
    pub fn lookup(&self) -> Result<()> {
        match self.kind {
            HandlerKind::Unknown => Err(self.unknown()),
            _ => Ok(()),
        }
    }

    fn unknown(&self) -> Error {
        Error::new(
            ExcClass::LookupError,
            format!("unknown error handler name '{}'", truncate_400(&self.name)),
        )
    }
}

/// `UnicodeDecodeError(codec, data, start, end, reason)` ([`Error::unicode_decode`]).
pub(crate) fn decode_error(
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Error {
    Error::unicode_decode(codec, data, start, end, reason)
}

/// `UnicodeEncodeError(codec, text, start, end, reason)` ([`Error::unicode_encode`]).
pub(crate) fn encode_error(
    codec: &str,
    cps: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> Error {
    Error::unicode_encode(codec, cps, start, end, reason)
}

/// The encodings `surrogatepass` understands (CPython's `get_standard_encoding`).
#[derive(Clone, Copy)]
enum StdEncoding {
    Utf8,
    Utf16(Endian),
    Utf32(Endian),
}

impl StdEncoding {
    fn of(codec: &str) -> Option<StdEncoding> {
        match codec {
            "utf-8" => Some(StdEncoding::Utf8),
            "utf-16" | "utf-16-le" => Some(StdEncoding::Utf16(Endian::Little)),
            "utf-16-be" => Some(StdEncoding::Utf16(Endian::Big)),
            "utf-32" | "utf-32-le" => Some(StdEncoding::Utf32(Endian::Little)),
            "utf-32-be" => Some(StdEncoding::Utf32(Endian::Big)),
            _ => None,
        }
    }

    fn width(self) -> usize {
        match self {
            StdEncoding::Utf8 => 3,
            StdEncoding::Utf16(_) => 2,
            StdEncoding::Utf32(_) => 4,
        }
    }
}

fn is_surrogate(c: u32) -> bool {
    (0xd800..=0xdfff).contains(&c)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Run the decoding error handler for `data[start..end]` (`reason` from codec `codec`),
/// appending its replacement to `out`; returns where decoding resumes.
fn decode_handler(
    errors: &ErrorHandler,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u32>,
) -> Result<usize> {
    let original = || decode_error(codec, data, start, end, reason);
    let bad = data.get(start..end).unwrap_or(&[]);
    match errors.kind {
        HandlerKind::Strict => Err(original()),
        HandlerKind::Ignore => Ok(end),
        HandlerKind::Replace => {
            out.push(0xfffd);
            Ok(end)
        }
        HandlerKind::SurrogateEscape => {
            let n = bad.iter().take_while(|&&b| b >= 128).count();
            if n == 0 {
                return Err(original());
            }
            out.extend(bad[..n].iter().map(|&b| 0xdc00 + u32::from(b)));
            Ok(start + n)
        }
        HandlerKind::SurrogatePass => {
            let Some(std) = StdEncoding::of(codec) else {
                return Err(original());
            };
            let p = data.get(start..start + std.width()).unwrap_or(&[]);
            let ch = match (std, p) {
                (StdEncoding::Utf8, &[a, b, c])
                    if a & 0xf0 == 0xe0 && b & 0xc0 == 0x80 && c & 0xc0 == 0x80 =>
                {
                    (u32::from(a & 0x0f) << 12) | (u32::from(b & 0x3f) << 6) | u32::from(c & 0x3f)
                }
                (StdEncoding::Utf16(Endian::Little), &[a, b]) => {
                    u32::from(u16::from_le_bytes([a, b]))
                }
                (StdEncoding::Utf16(Endian::Big), &[a, b]) => u32::from(u16::from_be_bytes([a, b])),
                (StdEncoding::Utf32(Endian::Little), &[a, b, c, d]) => {
                    u32::from_le_bytes([a, b, c, d])
                }
                (StdEncoding::Utf32(Endian::Big), &[a, b, c, d]) => {
                    u32::from_be_bytes([a, b, c, d])
                }
                _ => 0,
            };
            if !is_surrogate(ch) {
                return Err(original());
            }
            out.push(ch);
            Ok(start + std.width())
        }
        HandlerKind::BackslashReplace => {
            for &b in bad {
                out.extend([
                    u32::from(b'\\'),
                    u32::from(b'x'),
                    u32::from(HEX[usize::from(b >> 4)]),
                    u32::from(HEX[usize::from(b & 0xf)]),
                ]);
            }
            Ok(end)
        }
        HandlerKind::XmlCharRefReplace | HandlerKind::NameReplace => Err(Error::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        HandlerKind::Unknown => Err(errors.unknown()),
    }
}

/// What an encoding error handler returns: text (to be encoded by the codec) or bytes.
enum Replacement {
    Text(Vec<u32>),
    Bytes(Vec<u8>),
}

/// Run the encoding error handler for `cps[start..end]`: the replacement and where encoding
/// resumes.
fn encode_handler(
    errors: &ErrorHandler,
    codec: &str,
    cps: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> Result<(Replacement, usize)> {
    let original = || encode_error(codec, cps, start, end, reason);
    let bad = cps.get(start..end).unwrap_or(&[]);
    let ascii = |s: &str| s.bytes().map(u32::from).collect::<Vec<u32>>();
    match errors.kind {
        HandlerKind::Strict => Err(original()),
        HandlerKind::Ignore => Ok((Replacement::Text(Vec::new()), end)),
        HandlerKind::Replace => Ok((Replacement::Text(vec![u32::from(b'?'); bad.len()]), end)),
        HandlerKind::BackslashReplace => {
            let mut s = String::new();
            for &c in bad {
                if c <= 0xff {
                    s.push_str(&format!("\\x{c:02x}"));
                } else if c <= 0xffff {
                    s.push_str(&format!("\\u{c:04x}"));
                } else {
                    s.push_str(&format!("\\U{c:08x}"));
                }
            }
            Ok((Replacement::Text(ascii(&s)), end))
        }
        HandlerKind::XmlCharRefReplace => {
            let mut s = String::new();
            for &c in bad {
                s.push_str(&format!("&#{c};"));
            }
            Ok((Replacement::Text(ascii(&s)), end))
        }
        HandlerKind::SurrogateEscape => {
            let mut out = Vec::with_capacity(bad.len());
            for &c in bad {
                if !(0xdc80..=0xdcff).contains(&c) {
                    return Err(original());
                }
                out.push((c - 0xdc00) as u8);
            }
            Ok((Replacement::Bytes(out), end))
        }
        HandlerKind::SurrogatePass => {
            let Some(std) = StdEncoding::of(codec) else {
                return Err(original());
            };
            let mut out = Vec::with_capacity(bad.len() * std.width());
            for &c in bad {
                if !is_surrogate(c) {
                    return Err(original());
                }
                match std {
                    StdEncoding::Utf8 => out.extend([
                        0xe0 | (c >> 12) as u8,
                        0x80 | ((c >> 6) & 0x3f) as u8,
                        0x80 | (c & 0x3f) as u8,
                    ]),
                    StdEncoding::Utf16(Endian::Little) => out.extend((c as u16).to_le_bytes()),
                    StdEncoding::Utf16(Endian::Big) => out.extend((c as u16).to_be_bytes()),
                    StdEncoding::Utf32(Endian::Little) => out.extend(c.to_le_bytes()),
                    StdEncoding::Utf32(Endian::Big) => out.extend(c.to_be_bytes()),
                }
            }
            Ok((Replacement::Bytes(out), end))
        }
        HandlerKind::NameReplace => Err(Error::new(
            ExcClass::LookupError,
            "pytempfile does not support the error handler 'namereplace'",
        )),
        HandlerKind::Unknown => Err(errors.unknown()),
    }
}

// ---------------------------------------------------------------------------------------------
// Stateless codec functions
// ---------------------------------------------------------------------------------------------

/// The code points of a `PyStr`.
pub(crate) fn code_points(s: &PyStr) -> Vec<u32> {
    s.code_points().collect()
}

/// A `PyStr` from code points (all `<= 0x10FFFF` by construction here).
pub(crate) fn pystr(cps: &[u32]) -> PyStr {
    let mut s = PyStr::with_capacity(cps.len());
    for &c in cps {
        s.push(c);
    }
    s
}

/// One step of the UTF-8 decoder at the start of `b` (non-empty).
enum Utf8Step {
    /// A character and its length.
    Char(u32, usize),
    /// A valid prefix of a sequence that runs past the end of the input.
    Incomplete,
    /// An error covering `n` bytes (`1`: invalid start byte, otherwise invalid continuation).
    Invalid(usize),
}

fn utf8_step(b: &[u8]) -> Utf8Step {
    use Utf8Step::{Char, Incomplete, Invalid};
    let cont = |x: u8| x & 0xc0 == 0x80;
    let n = b.len();
    let Some(&c) = b.first() else {
        return Incomplete;
    };
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    if c < 0x80 {
        return Char(u32::from(c), 1);
    }
    if c < 0xc2 {
        return Invalid(1);
    }
    if c < 0xe0 {
        if n < 2 {
            return Incomplete;
        }
        if !cont(at(1)) {
            return Invalid(1);
        }
        return Char((u32::from(c & 0x1f) << 6) | u32::from(at(1) & 0x3f), 2);
    }
    if c < 0xf0 {
        let c2 = at(1);
        let bad_second = !cont(c2) || (c == 0xe0 && c2 < 0xa0) || (c == 0xed && c2 >= 0xa0);
        if n < 3 {
            if n >= 2 && bad_second {
                return Invalid(1);
            }
            return Incomplete;
        }
        if bad_second {
            return Invalid(1);
        }
        if !cont(at(2)) {
            return Invalid(2);
        }
        let cp =
            (u32::from(c & 0x0f) << 12) | (u32::from(c2 & 0x3f) << 6) | u32::from(at(2) & 0x3f);
        return Char(cp, 3);
    }
    if c < 0xf5 {
        let c2 = at(1);
        let bad_second = !cont(c2) || (c == 0xf0 && c2 < 0x90) || (c == 0xf4 && c2 >= 0x90);
        if n < 4 {
            if n >= 2 {
                if bad_second {
                    return Invalid(1);
                }
                if n >= 3 && !cont(at(2)) {
                    return Invalid(2);
                }
            }
            return Incomplete;
        }
        if bad_second {
            return Invalid(1);
        }
        if !cont(at(2)) {
            return Invalid(2);
        }
        if !cont(at(3)) {
            return Invalid(3);
        }
        let cp = (u32::from(c & 0x07) << 18)
            | (u32::from(c2 & 0x3f) << 12)
            | (u32::from(at(2) & 0x3f) << 6)
            | u32::from(at(3) & 0x3f);
        return Char(cp, 4);
    }
    Invalid(1)
}

/// `codecs.utf_8_decode(data, errors, final)`: the text and the number of bytes consumed
/// (less than `data.len()` only when not `final` and `data` ends inside a sequence).
pub fn utf8_decode(data: &[u8], errors: &ErrorHandler, final_: bool) -> Result<(Vec<u32>, usize)> {
    let mut out = Vec::with_capacity(data.len());
    let end = data.len();
    let mut s = 0;
    while s < end {
        let (reason, err_end) = match utf8_step(&data[s..]) {
            Utf8Step::Char(cp, n) => {
                out.push(cp);
                s += n;
                continue;
            }
            Utf8Step::Incomplete => {
                if !final_ {
                    break;
                }
                ("unexpected end of data", end)
            }
            Utf8Step::Invalid(n) => {
                // A truncated encoded surrogate stays buffered so that surrogatepass can
                // complete it with the next input.
                if n == 1
                    && !final_
                    && data[s] == 0xed
                    && end - s == 2
                    && (0xa0..=0xbf).contains(&data[s + 1])
                {
                    break;
                }
                if data[s] < 0xc2 || data[s] >= 0xf5 {
                    ("invalid start byte", s + 1)
                } else {
                    ("invalid continuation byte", s + n)
                }
            }
        };
        s = decode_handler(errors, "utf-8", data, s, err_end, reason, &mut out)?;
    }
    Ok((out, s.min(end)))
}

/// `codecs.ascii_decode(data, errors)`.
pub fn ascii_decode(data: &[u8], errors: &ErrorHandler) -> Result<Vec<u32>> {
    let mut out = Vec::with_capacity(data.len());
    let mut s = 0;
    while s < data.len() {
        let b = data[s];
        if b < 128 {
            out.push(u32::from(b));
            s += 1;
            continue;
        }
        s = decode_handler(
            errors,
            "ascii",
            data,
            s,
            s + 1,
            "ordinal not in range(128)",
            &mut out,
        )?;
    }
    Ok(out)
}

/// `codecs.latin_1_decode(data)`.
pub fn latin1_decode(data: &[u8]) -> Vec<u32> {
    data.iter().map(|&b| u32::from(b)).collect()
}

/// Why the UTF-16 unit loop stopped.
enum Utf16Stop {
    /// Fewer than two bytes left.
    End,
    /// A high surrogate with no room for its partner.
    UnexpectedEnd,
    /// A lone low surrogate.
    IllegalEncoding,
    /// A high surrogate followed by something other than a low surrogate.
    IllegalSurrogate,
}

/// `PyUnicode_DecodeUTF16Stateful`: `bo` is 0 (look for a BOM, else little-endian; updated to
/// the BOM's order when one is found), -1 (little-endian) or 1 (big-endian). Returns the text
/// and the bytes consumed.
pub fn utf16_decode(
    data: &[u8],
    errors: &ErrorHandler,
    bo: &mut i32,
    final_: bool,
) -> Result<(Vec<u32>, usize)> {
    let e = data.len();
    let mut q = 0;
    let mut b = *bo;
    if b == 0 && e >= 2 {
        match u16::from_le_bytes([data[0], data[1]]) {
            0xfeff => {
                q = 2;
                b = -1;
            }
            0xfffe => {
                q = 2;
                b = 1;
            }
            _ => {}
        }
        *bo = b;
    }
    if q == e {
        return Ok((Vec::new(), e));
    }
    let le = b <= 0;
    let codec = if le { "utf-16-le" } else { "utf-16-be" };
    let unit = |i: usize| -> u32 {
        let pair = [data[i], data[i + 1]];
        u32::from(if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        })
    };
    let mut out = Vec::with_capacity(e / 2);
    loop {
        let stop = loop {
            if e - q < 2 {
                break Utf16Stop::End;
            }
            let u = unit(q);
            q += 2;
            if !is_surrogate(u) {
                out.push(u);
                continue;
            }
            if u >= 0xdc00 {
                break Utf16Stop::IllegalEncoding;
            }
            if e - q < 2 {
                break Utf16Stop::UnexpectedEnd;
            }
            let u2 = unit(q);
            q += 2;
            if !(0xdc00..=0xdfff).contains(&u2) {
                break Utf16Stop::IllegalSurrogate;
            }
            out.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
        };
        let (reason, start, end) = match stop {
            Utf16Stop::End => {
                if q == e || !final_ {
                    break;
                }
                ("truncated data", q, e)
            }
            Utf16Stop::UnexpectedEnd => {
                q -= 2;
                if !final_ {
                    break;
                }
                ("unexpected end of data", q, e)
            }
            Utf16Stop::IllegalEncoding => ("illegal encoding", q - 2, q),
            Utf16Stop::IllegalSurrogate => ("illegal UTF-16 surrogate", q - 4, q - 2),
        };
        q = decode_handler(errors, codec, data, start, end, reason, &mut out)?;
        if q > e {
            q = e;
        }
    }
    Ok((out, q))
}

/// `PyUnicode_DecodeUTF32Stateful`, with `bo` as in [`utf16_decode`].
pub fn utf32_decode(
    data: &[u8],
    errors: &ErrorHandler,
    bo: &mut i32,
    final_: bool,
) -> Result<(Vec<u32>, usize)> {
    let e = data.len();
    let mut q = 0;
    let mut b = *bo;
    if b == 0 && e >= 4 {
        match u32::from_le_bytes([data[0], data[1], data[2], data[3]]) {
            0x0000_feff => {
                q = 4;
                b = -1;
            }
            0xfffe_0000 => {
                q = 4;
                b = 1;
            }
            _ => {}
        }
        *bo = b;
    }
    if q == e {
        return Ok((Vec::new(), e));
    }
    let le = b <= 0;
    let codec = if le { "utf-32-le" } else { "utf-32-be" };
    let mut out = Vec::with_capacity(e / 4);
    loop {
        let mut failure = None;
        while e - q >= 4 {
            let w = [data[q], data[q + 1], data[q + 2], data[q + 3]];
            let ch = if le {
                u32::from_le_bytes(w)
            } else {
                u32::from_be_bytes(w)
            };
            if is_surrogate(ch) {
                failure = Some((
                    "code point in surrogate code point range(0xd800, 0xe000)",
                    q,
                    q + 4,
                ));
                break;
            }
            if ch > 0x10ffff {
                failure = Some(("code point not in range(0x110000)", q, q + 4));
                break;
            }
            out.push(ch);
            q += 4;
        }
        let (reason, start, end) = match failure {
            Some(f) => f,
            None => {
                if q == e || !final_ {
                    break;
                }
                ("truncated data", q, e)
            }
        };
        q = decode_handler(errors, codec, data, start, end, reason, &mut out)?;
        if q > e {
            q = e;
        }
    }
    Ok((out, q))
}

fn push_utf8(out: &mut Vec<u8>, c: u32) {
    match c {
        0..=0x7f => out.push(c as u8),
        0x80..=0x7ff => out.extend([0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8]),
        0x800..=0xffff => out.extend([
            0xe0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
        _ => out.extend([
            0xf0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3f) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
    }
}

/// Splice a handler's replacement into a single-byte-unit output (UTF-8, ASCII, Latin-1):
/// bytes are copied, text must be below `limit` or the original error is raised.
fn splice_bytes(
    out: &mut Vec<u8>,
    rep: Replacement,
    limit: u32,
    original: impl FnOnce() -> Error,
) -> Result<()> {
    match rep {
        Replacement::Bytes(b) => out.extend_from_slice(&b),
        Replacement::Text(t) => {
            if t.iter().any(|&c| c >= limit) {
                return Err(original());
            }
            out.extend(t.iter().map(|&c| c as u8));
        }
    }
    Ok(())
}

/// `codecs.utf_8_encode(text, errors)`: runs of surrogates are the errors.
pub fn utf8_encode(cps: &[u32], errors: &ErrorHandler) -> Result<Vec<u8>> {
    const REASON: &str = "surrogates not allowed";
    let mut out = Vec::with_capacity(cps.len());
    let n = cps.len();
    let mut i = 0;
    while i < n {
        let c = cps[i];
        if !is_surrogate(c) {
            push_utf8(&mut out, c);
            i += 1;
            continue;
        }
        let mut start = i;
        let mut end = i + 1;
        while end < n && is_surrogate(cps[end]) {
            end += 1;
        }
        if errors.kind == HandlerKind::SurrogateEscape {
            // CPython's fast path escapes what it can, then hands the rest of the run to the
            // generic handler, which fails on its first character.
            while start < end && (0xdc80..=0xdcff).contains(&cps[start]) {
                out.push((cps[start] - 0xdc00) as u8);
                start += 1;
            }
            if start >= end {
                i = end;
                continue;
            }
        }
        let (rep, newpos) = encode_handler(errors, "utf-8", cps, start, end, REASON)?;
        splice_bytes(&mut out, rep, 128, || {
            encode_error("utf-8", cps, start, end, REASON)
        })?;
        i = newpos;
    }
    Ok(out)
}

/// `codecs.ascii_encode` (`limit` 128) and `codecs.latin_1_encode` (`limit` 256): runs of
/// characters at or above `limit` are the errors.
pub fn ucs1_encode(cps: &[u32], errors: &ErrorHandler, limit: u32) -> Result<Vec<u8>> {
    let (codec, reason) = if limit == 128 {
        ("ascii", "ordinal not in range(128)")
    } else {
        ("latin-1", "ordinal not in range(256)")
    };
    let mut out = Vec::with_capacity(cps.len());
    let n = cps.len();
    let mut i = 0;
    while i < n {
        let c = cps[i];
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut start = i;
        let mut end = i + 1;
        while end < n && cps[end] >= limit {
            end += 1;
        }
        if errors.kind == HandlerKind::SurrogateEscape {
            while start < end && (0xdc80..=0xdcff).contains(&cps[start]) {
                out.push((cps[start] - 0xdc00) as u8);
                start += 1;
            }
            if start >= end {
                i = end;
                continue;
            }
        }
        let (rep, newpos) = encode_handler(errors, codec, cps, start, end, reason)?;
        splice_bytes(&mut out, rep, limit, || {
            encode_error(codec, cps, start, end, reason)
        })?;
        i = newpos;
    }
    Ok(out)
}

/// `_PyUnicode_EncodeUTF16` / `_PyUnicode_EncodeUTF32`: `byteorder` 0 writes a little-endian
/// BOM (codec name `utf-16`/`utf-32`), -1 little-endian, 1 big-endian. Each surrogate is one
/// error; byte replacements must be whole units.
fn utf16or32_encode(
    cps: &[u32],
    errors: &ErrorHandler,
    byteorder: i32,
    width: usize,
) -> Result<Vec<u8>> {
    const REASON: &str = "surrogates not allowed";
    let codec = match (width, byteorder) {
        (2, 0) => "utf-16",
        (2, -1) => "utf-16-le",
        (2, _) => "utf-16-be",
        (_, 0) => "utf-32",
        (_, -1) => "utf-32-le",
        (_, _) => "utf-32-be",
    };
    let be = byteorder == 1;
    let mut out = Vec::with_capacity((cps.len() + 1) * width);
    let push_unit = |out: &mut Vec<u8>, u: u32| {
        if width == 2 {
            let u = u as u16;
            out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        } else {
            out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
    };
    let push_char = |out: &mut Vec<u8>, c: u32| {
        if width == 2 && c >= 0x10000 {
            let v = c - 0x10000;
            push_unit(out, 0xd800 | (v >> 10));
            push_unit(out, 0xdc00 | (v & 0x3ff));
        } else {
            push_unit(out, c);
        }
    };
    if byteorder == 0 {
        push_unit(&mut out, 0xfeff);
    }
    let mut pos = 0;
    while pos < cps.len() {
        let c = cps[pos];
        if !is_surrogate(c) {
            push_char(&mut out, c);
            pos += 1;
            continue;
        }
        let (rep, newpos) = encode_handler(errors, codec, cps, pos, pos + 1, REASON)?;
        match rep {
            Replacement::Bytes(b) => {
                if b.len() % width != 0 {
                    return Err(encode_error(codec, cps, pos, pos + 1, REASON));
                }
                out.extend_from_slice(&b);
            }
            Replacement::Text(t) => {
                if t.iter().any(|&c| c >= 128) {
                    return Err(encode_error(codec, cps, pos, pos + 1, REASON));
                }
                for c in t {
                    push_unit(&mut out, c);
                }
            }
        }
        pos = newpos;
    }
    Ok(out)
}

/// `codecs.utf_16_encode` family; see `utf16or32_encode`.
pub fn utf16_encode(cps: &[u32], errors: &ErrorHandler, byteorder: i32) -> Result<Vec<u8>> {
    utf16or32_encode(cps, errors, byteorder, 2)
}

/// `codecs.utf_32_encode` family; see `utf16or32_encode`.
pub fn utf32_encode(cps: &[u32], errors: &ErrorHandler, byteorder: i32) -> Result<Vec<u8>> {
    utf16or32_encode(cps, errors, byteorder, 4)
}

// ---------------------------------------------------------------------------------------------
// Incremental codecs
// ---------------------------------------------------------------------------------------------

/// `codec_info.incrementaldecoder(errors)` of the `encodings` module: Python's state machine,
/// including what `getstate()`/`setstate()` exchange.
#[derive(Clone, Debug)]
pub struct IncrementalDecoder {
    codec: Codec,
    errors: ErrorHandler,
    version: PyVersion,
    /// `BufferedIncrementalDecoder.buffer`: undecoded bytes.
    buffer: Vec<u8>,
    /// `utf_8_sig.IncrementalDecoder.first` (an int in Python).
    first: u64,
    /// `utf_16/utf_32.IncrementalDecoder.decoder`: `None` until a BOM fixed the order.
    order: Option<Endian>,
}

impl IncrementalDecoder {
    /// A fresh decoder.
    pub fn new(codec: Codec, errors: ErrorHandler, version: PyVersion) -> IncrementalDecoder {
        IncrementalDecoder {
            codec,
            errors,
            version,
            buffer: Vec::new(),
            first: 1,
            order: None,
        }
    }

    /// The codec.
    pub fn codec(&self) -> Codec {
        self.codec
    }

    /// `decode(input, final)`.
    pub fn decode(&mut self, input: &[u8], final_: bool) -> Result<PyStr> {
        Ok(pystr(&self.decode_cps(input, final_)?))
    }

    /// [`IncrementalDecoder::decode`] giving code points.
    pub(crate) fn decode_cps(&mut self, input: &[u8], final_: bool) -> Result<Vec<u32>> {
        match self.codec {
            Codec::Ascii => ascii_decode(input, &self.errors),
            Codec::Latin1 => Ok(latin1_decode(input)),
            _ => {
                let mut data = std::mem::take(&mut self.buffer);
                data.extend_from_slice(input);
                match self.buffer_decode(&data, final_) {
                    Ok((out, consumed)) => {
                        self.buffer = data.get(consumed..).unwrap_or(&[]).to_vec();
                        Ok(out)
                    }
                    Err(e) => {
                        // Python leaves the buffer as it was before the call.
                        let keep = data.len().saturating_sub(input.len());
                        data.truncate(keep);
                        self.buffer = data;
                        Err(e)
                    }
                }
            }
        }
    }

    /// `_buffer_decode(data, errors, final)` of the codec's decoder class.
    fn buffer_decode(&mut self, data: &[u8], final_: bool) -> Result<(Vec<u32>, usize)> {
        let errors = &self.errors;
        match self.codec {
            Codec::Utf8 => utf8_decode(data, errors, final_),
            Codec::Utf8Sig => {
                if self.first != 0 {
                    if data.len() < 3 {
                        if UTF8_BOM.starts_with(data) {
                            return Ok((Vec::new(), 0));
                        }
                        self.first = 0;
                    } else {
                        self.first = 0;
                        if data[..3] == UTF8_BOM {
                            let (out, consumed) = utf8_decode(&data[3..], errors, final_)?;
                            return Ok((out, consumed + 3));
                        }
                    }
                }
                utf8_decode(data, errors, final_)
            }
            Codec::Ascii => Ok((ascii_decode(data, errors)?, data.len())),
            Codec::Latin1 => Ok((latin1_decode(data), data.len())),
            Codec::Utf16Le => utf16_decode(data, errors, &mut -1, final_),
            Codec::Utf16Be => utf16_decode(data, errors, &mut 1, final_),
            Codec::Utf32Le => utf32_decode(data, errors, &mut -1, final_),
            Codec::Utf32Be => utf32_decode(data, errors, &mut 1, final_),
            Codec::Utf16 | Codec::Utf32 => {
                let utf16 = self.codec == Codec::Utf16;
                if let Some(order) = self.order {
                    let mut bo = if order == Endian::Little { -1 } else { 1 };
                    return if utf16 {
                        utf16_decode(data, errors, &mut bo, final_)
                    } else {
                        utf32_decode(data, errors, &mut bo, final_)
                    };
                }
                let mut bo = 0;
                let (out, consumed) = if utf16 {
                    utf16_decode(data, errors, &mut bo, final_)?
                } else {
                    utf32_decode(data, errors, &mut bo, final_)?
                };
                let unit = if utf16 { 2 } else { 4 };
                match bo {
                    -1 => self.order = Some(Endian::Little),
                    1 => self.order = Some(Endian::Big),
                    _ if consumed >= unit => return Err(self.no_bom_error(data, unit)),
                    _ => {}
                }
                Ok((out, consumed))
            }
        }
    }

    /// What a UTF-16/UTF-32 incremental decoder raises for a stream without a BOM.
    fn no_bom_error(&self, data: &[u8], unit: usize) -> Error {
        let (codec, upper) = if unit == 2 {
            ("utf-16", "UTF-16")
        } else {
            ("utf-32", "UTF-32")
        };
        if self.version.has(Behaviour::Io313) {
            decode_error(codec, data, 0, unit, "Stream does not start with BOM")
        } else {
            // CPython raises the base class UnicodeError (a ValueError).
            Error::new(
                ExcClass::UnicodeError,
                format!("{upper} stream does not start with BOM"),
            )
        }
    }

    /// `getstate()`: the undecoded bytes and the codec's flag.
    pub fn getstate(&self) -> (Vec<u8>, u64) {
        match self.codec {
            Codec::Ascii | Codec::Latin1 => (Vec::new(), 0),
            Codec::Utf8Sig => (self.buffer.clone(), self.first),
            Codec::Utf16 | Codec::Utf32 => {
                let flag = match self.order {
                    None => 2,
                    Some(Endian::Little) => 0,
                    Some(Endian::Big) => 1,
                };
                (self.buffer.clone(), flag)
            }
            _ => (self.buffer.clone(), 0),
        }
    }

    /// `setstate((buffer, flag))`.
    pub fn setstate(&mut self, buffer: &[u8], flag: u64) {
        match self.codec {
            Codec::Ascii | Codec::Latin1 => {}
            Codec::Utf8Sig => {
                self.buffer = buffer.to_vec();
                self.first = flag;
            }
            Codec::Utf16 | Codec::Utf32 => {
                self.buffer = buffer.to_vec();
                self.order = match flag {
                    0 => Some(Endian::Little),
                    1 => Some(Endian::Big),
                    _ => None,
                };
            }
            _ => self.buffer = buffer.to_vec(),
        }
    }

    /// `reset()`.
    pub fn reset(&mut self) {
        self.buffer.clear();
        self.first = 1;
        self.order = None;
    }
}

/// `codec_info.incrementalencoder(errors)` of the `encodings` module.
///
/// `TextIOWrapper` uses it only for `utf-8-sig`; for the other codecs it calls the C encoder
/// directly ([`Codec::encode`]) and tracks "start of stream" itself, with the same result.
#[derive(Clone, Debug)]
pub struct IncrementalEncoder {
    codec: Codec,
    errors: ErrorHandler,
    /// The BOM is still to be written (`first` for utf-8-sig, `encoder is None` for
    /// utf-16/utf-32).
    bom_pending: bool,
}

impl IncrementalEncoder {
    /// A fresh encoder.
    pub fn new(codec: Codec, errors: ErrorHandler) -> IncrementalEncoder {
        IncrementalEncoder {
            codec,
            errors,
            bom_pending: codec.has_bom(),
        }
    }

    /// `encode(text)`.
    pub fn encode(&mut self, text: &PyStr) -> Result<Vec<u8>> {
        self.encode_cps(&code_points(text))
    }

    /// [`IncrementalEncoder::encode`] on code points.
    pub(crate) fn encode_cps(&mut self, cps: &[u32]) -> Result<Vec<u8>> {
        let bom = self.bom_pending;
        match self.codec {
            // utf_8_sig clears `first` before encoding; utf_16/utf_32 only after success.
            Codec::Utf8Sig => {
                self.bom_pending = false;
                self.codec.encode_cps(cps, &self.errors, bom)
            }
            _ => {
                let out = self.codec.encode_cps(cps, &self.errors, bom)?;
                self.bom_pending = false;
                Ok(out)
            }
        }
    }

    /// `getstate()`: utf-8-sig's `first` (1/0), utf-16/utf-32's 2 (no BOM written yet) or 0.
    pub fn getstate(&self) -> u64 {
        match self.codec {
            Codec::Utf8Sig => u64::from(self.bom_pending),
            Codec::Utf16 | Codec::Utf32 if self.bom_pending => 2,
            _ => 0,
        }
    }

    /// `setstate(state)`: a true state means "BOM still to be written".
    pub fn setstate(&mut self, state: u64) {
        self.bom_pending = self.codec.has_bom() && state != 0;
    }

    /// `reset()`.
    pub fn reset(&mut self) {
        self.bom_pending = self.codec.has_bom();
    }
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
        let mut e = IncrementalEncoder::new(Codec::Utf16, h.clone());
        assert_eq!(e.getstate(), 2);
        assert_eq!(e.encode(&PyStr::from("a")).unwrap(), [0xff, 0xfe, b'a', 0]);
        assert_eq!(e.encode(&PyStr::from("a")).unwrap(), [b'a', 0]);
        assert_eq!(e.getstate(), 0);
        e.reset();
        assert_eq!(e.getstate(), 2);
    }
}
