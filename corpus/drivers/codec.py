"""The codec corpus's driver: runs cases (corpus/cases/codec.txt's language, see
corpus/README.md) on this interpreter's codecs.

Reads case lines (`KIND ARGS : OPS`) on stdin; prints `= ` plus the line, then one row per
operation (text as escape.py writes it, bytes as lower-case hex, an exception as
`!CLASS: str(exc)`):

- `decode ENCODING HEX final|partial : HANDLER...`: `TEXT|CONSUMED` from the codec's C decoding
  function under each handler (`codecs.utf_8_decode(data, handler, final)`, ...; for `utf-16`
  and `utf-32` the `_ex` function with byte order 0, and the row is `TEXT|CONSUMED|BYTEORDER`;
  `ascii` and `latin-1` decode whole inputs only).
- `encode ENCODING TEXT : HANDLER...`: the codec's own encoding function under each handler
  (`codecs.lookup(ENCODING).encode(TEXT, handler)[0]`, `codecs.utf_16_le_encode` and the like:
  what text mode's encoder runs). Not `str.encode`, which in 3.10 and 3.11 wraps some
  exceptions of the codecs written in Python (`LookupError: encoding with 'utf-16-le' codec
  failed (LookupError: unknown error handler name 'bogus')`); text mode never shows that.
- `incremental ENCODING none|keep|translate : CHUNK...`: the codec's incremental decoder
  (`strict`), alone or under `io.IncrementalNewlineDecoder(decoder, translate)`; each CHUNK
  (hex) is decoded with `final=False` and its row is `TEXT/BUFFER/FLAG` (the text, then
  `getstate()`); the chunk `final` is `decode(b"", final=True)`, its row the text.
- `lookup : NAME`: what text mode makes of an encoding name: `codecs.lookup(NAME).name` when
  `io.TextIOWrapper(io.BytesIO(), encoding=NAME)` accepts it, else its exception.

HEX, TEXT and NAME are `-` when empty.
"""

import codecs
import io

from escape import error, esc, unesc
from protocol import answer

DECODERS = {
    "utf-8": codecs.utf_8_decode,
    "utf-16-le": codecs.utf_16_le_decode,
    "utf-16-be": codecs.utf_16_be_decode,
    "utf-32-le": codecs.utf_32_le_decode,
    "utf-32-be": codecs.utf_32_be_decode,
}
EX_DECODERS = {"utf-16": codecs.utf_16_ex_decode, "utf-32": codecs.utf_32_ex_decode}
WHOLE_DECODERS = {"ascii": codecs.ascii_decode, "latin-1": codecs.latin_1_decode}


def arg_bytes(a):
    return b"" if a == "-" else bytes.fromhex(a)


def arg_text(a):
    return "" if a == "-" else unesc(a)


def row(f):
    try:
        return f()
    except Exception as e:
        return error(e)


def decode(enc, data, final, h):
    if enc in EX_DECODERS:
        s, n, bo = EX_DECODERS[enc](data, h, 0, final)
        return "%s|%d|%d" % (esc(s), n, bo)
    if enc in WHOLE_DECODERS:
        if not final:
            raise SystemExit("%s decodes whole inputs only" % enc)
        s, n = WHOLE_DECODERS[enc](data, h)
    else:
        s, n = DECODERS[enc](data, h, final)
    return "%s|%d" % (esc(s), n)


def incremental(enc, mode, chunks):
    d = codecs.getincrementaldecoder(enc)("strict")
    if mode != "none":
        d = io.IncrementalNewlineDecoder(d, translate=mode == "translate")

    def feed(chunk):
        if chunk == "final":
            return esc(d.decode(b"", True))
        s = d.decode(arg_bytes(chunk), False)
        buf, flag = d.getstate()
        return "%s/%s/%d" % (esc(s), buf.hex(), flag)

    return [row(lambda: feed(c)) for c in chunks]


def lookup(name):
    io.TextIOWrapper(io.BytesIO(), encoding=name)
    return codecs.lookup(name).name


def run(line):
    head, ops = line.split(" : ")
    kind, *args = head.split(" ")
    ops = ops.split(" ")
    if kind == "decode" and len(args) == 3 and args[2] in ("final", "partial"):
        enc, data, final = args
        return [row(lambda: decode(enc, arg_bytes(data), final == "final", h)) for h in ops]
    if kind == "encode" and len(args) == 2:
        enc, text = args
        encode = codecs.lookup(enc).encode
        return [row(lambda: encode(arg_text(text), h)[0].hex()) for h in ops]
    if kind == "incremental" and len(args) == 2 and args[1] in ("none", "keep", "translate"):
        return incremental(args[0], args[1], ops)
    if kind == "lookup" and not args:
        return [row(lambda: lookup(arg_text(name))) for name in ops]
    raise SystemExit("bad case " + line)


if __name__ == "__main__":
    answer(run)
