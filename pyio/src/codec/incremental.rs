//! The incremental codecs of the `encodings` package, as `TextIOWrapper` drives them:
//! `codecs.BufferedIncrementalDecoder` (undecoded trailing bytes kept and prefixed to the next
//! input), `encodings.utf_8_sig`, `encodings.utf_16` and `encodings.utf_32`'s
//! `IncrementalDecoder` (BOM detection, the no-BOM error by release) and `IncrementalEncoder`
//! (the BOM once), with the `getstate()`/`setstate()` flags Python exchanges (they end up in
//! `tell()` cookies).

use super::errors::{ErrorHandler, decode_error};
use super::stateless::{
    UTF8_BOM, ascii_decode, code_points, latin1_decode, pystr, utf8_decode, utf16_decode,
    utf32_decode,
};
use super::{Codec, Endian};
use crate::error::{Error, ExcClass, Result};
use crate::pystr::PyStr;
use crate::version::{Behaviour, PyVersion};

/// `codec_info.incrementaldecoder(errors)` of the `encodings` module: Python's state machine,
/// including what `getstate()`/`setstate()` exchange.
///
/// # Errors
///
/// [`decode`](IncrementalDecoder::decode) raises what the codec raises under the handler
/// (`UnicodeDecodeError`, or for a `utf-16`/`utf-32` stream without a BOM the release's error:
/// `UnicodeError` before 3.13, `UnicodeDecodeError` from 3.13), with positions counted in the
/// bytes kept from earlier calls plus the new input.
///
/// # Examples
///
/// ```
/// use pybase::version::PyVersion;
/// use pyio::PyStr;
/// use pyio::codec::{Codec, ErrorHandler, IncrementalDecoder};
///
/// let mut d = IncrementalDecoder::new(Codec::Utf16, ErrorHandler::strict(), PyVersion::NEWEST);
/// assert_eq!(d.getstate(), (vec![], 2)); // byte order not known yet
/// assert_eq!(d.decode(b"\xff\xfeh\0\xe9", false)?, PyStr::from("h")); // half a character kept
/// assert_eq!(d.getstate(), (b"\xe9".to_vec(), 0)); // little-endian from the BOM
/// assert_eq!(d.decode(b"\0", true)?, PyStr::from("\u{e9}"));
/// # Ok::<(), pybase::error::Error>(())
/// ```
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
    fn the_encoder_writes_the_bom_once() {
        let mut e = IncrementalEncoder::new(Codec::Utf16, ErrorHandler::strict());
        assert_eq!(e.getstate(), 2);
        assert_eq!(e.encode(&PyStr::from("a")).unwrap(), [0xff, 0xfe, b'a', 0]);
        assert_eq!(e.encode(&PyStr::from("a")).unwrap(), [b'a', 0]);
        assert_eq!(e.getstate(), 0);
        e.reset();
        assert_eq!(e.getstate(), 2);
    }
}
