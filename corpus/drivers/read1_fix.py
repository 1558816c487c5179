"""CPython 3.13's BufferedRandom.read1 on the releases before it (gh-115059).

Before 3.13, `BufferedRandom.read1` reads from the descriptor without first writing what is
buffered: it returns bytes from wherever the descriptor is, and the pending bytes are later
written at the wrong offset. pytempfile does what 3.13 does in every release mode (a deliberate
divergence, docs/divergences.md), so the corpus records 3.10-3.12 with this module
installed: their `read1` then flushes first when nothing is read ahead, as 3.13's does, and every
other observation is theirs. The recorder keeps what the unpatched release answers as well
(`unpatched` in corpus/cpython-*.jsonl, for reading only).

With PYTEMPFILE_READ1_FIX set, importing this module on a release before 3.13 calls
`install()`, which replaces `tempfile._io` with a namespace whose `open` builds a `BufferedRandom`
subclass for '+' modes (binary, or under a TextIOWrapper for text). The buffered object's `pos`
and `read_end` are read from its C struct: the same layout in 3.10-3.12 on 64-bit Linux, the only
releases it is for.
"""

import _io
import ctypes
import io
import os
import sys
import tempfile
import types
import warnings


def _field(obj, off):
    return ctypes.c_int64.from_address(id(obj) + off).value


class _Random(io.BufferedRandom):
    def read1(self, n=-1):
        pos, read_end = _field(self, 64), _field(self, 80)
        if not self.closed and n != 0 and (read_end == -1 or read_end - pos <= 0):
            self.flush()
        return super().read1(n)


def _plain(mode):
    """Whether io.open accepts `mode` as the shim rebuilds it (one of r, w, a, x; each letter
    once; not both t and b; nothing else, so not 3.10's U)."""
    return (set(mode) <= set("rwax+tb") and len(set(mode)) == len(mode)
            and sum(c in mode for c in "rwax") == 1 and not ("t" in mode and "b" in mode))


def install():
    real_open = _io.open

    def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
              closefd=True, opener=None):
        if "+" not in mode or buffering == 0 or not _plain(mode):
            # (A mode io.open refuses is refused by io.open itself, before any opener runs.)
            return real_open(file, mode, buffering, encoding, errors, newline, closefd, opener)
        binary = "b" in mode
        if binary and buffering == 1:
            # io.open's warning (it names the caller of open, as the C one does).
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the "
                          "default buffer size will be used", RuntimeWarning, 2)
            buffering = -1
        raw = real_open(file, mode if binary else mode + "b", 0, closefd=closefd, opener=opener)
        line_buffering = buffering == 1 and not binary
        if buffering in (-1, 1):
            buffering = os.fstat(raw.fileno()).st_blksize
            if buffering <= 1:
                buffering = io.DEFAULT_BUFFER_SIZE
        buffered = _Random(raw, buffering)
        if binary:
            return buffered
        t = io.TextIOWrapper(buffered, encoding, errors, newline, line_buffering)
        t.mode = mode
        return t

    shim = types.SimpleNamespace(**{k: getattr(_io, k) for k in dir(_io) if not k.startswith("__")})
    shim.open = _open
    tempfile._io = shim


if os.environ.get("PYTEMPFILE_READ1_FIX") and sys.version_info < (3, 13):
    install()
