"""Typical code that uses tempfile, for the typing check (scripts/typing-check.sh).

Checked with `mypy --strict` twice: as written (the standard module) and with the import
rewritten to `import pytempfile as tempfile`; both runs must report the same revealed types
and the same errors. The lines marked `# error` are mistakes on purpose: a stub that were
too lax (Any everywhere) would let them pass.
"""

import io
import os
import tempfile
from pathlib import Path
from typing import IO


def scratch_text() -> str:
    with tempfile.NamedTemporaryFile("w+", encoding="utf-8", suffix=".txt") as f:
        f.write("hello\n")
        f.seek(0)
        reveal_type(f)
        return f.read()


def scratch_bytes(data: bytes) -> bytes:
    with tempfile.TemporaryFile() as f:
        f.write(data)
        f.seek(0)
        reveal_type(f)
        return f.read()


def names() -> tuple[str, bytes]:
    fd, path = tempfile.mkstemp(prefix="report-", suffix=".csv")
    os.close(fd)
    os.unlink(path)
    bfd, bpath = tempfile.mkstemp(dir=b"/tmp")
    os.close(bfd)
    os.unlink(bpath)
    reveal_type(path)
    reveal_type(bpath)
    return path, bpath


def directories(base: Path) -> list[str]:
    with tempfile.TemporaryDirectory(dir=base, prefix="t-") as d:
        reveal_type(d)
        Path(d, "x").write_text("x")
        out = os.listdir(d)
    td = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
    reveal_type(td)
    td.cleanup()
    made = tempfile.mkdtemp()
    os.rmdir(made)
    reveal_type(tempfile.mkdtemp(suffix=b"-b"))
    return out


def spool(limit: int) -> int:
    with tempfile.SpooledTemporaryFile(max_size=limit, mode="w+b") as s:
        s.write(b"x" * (limit + 1))
        reveal_type(s)
        s.rollover()
        return s.fileno()


def text_spool() -> str:
    s = tempfile.SpooledTemporaryFile(mode="w+", encoding="utf-8")
    reveal_type(s)
    s.write("x")
    s.seek(0)
    return s.read()


def settings() -> None:
    reveal_type(tempfile.gettempdir())
    reveal_type(tempfile.gettempdirb())
    reveal_type(tempfile.gettempprefix())
    tempfile.tempdir = "/tmp"
    tempfile.tempdir = None
    tempfile.template = "tmp"
    reveal_type(tempfile.TMP_MAX)


def takes_io(f: IO[bytes]) -> None:
    f.write(b"x")


def generic_use() -> None:
    with tempfile.NamedTemporaryFile() as f:
        takes_io(f)
    buf = io.BytesIO()
    takes_io(buf)


def mistakes() -> None:
    with tempfile.NamedTemporaryFile("w") as f:
        f.write(b"bytes into a text file")  # error
    tempfile.mkstemp(suffix="s", dir=b"/tmp")  # error: str and bytes mixed
    tempfile.tempdir = 3  # error
    tempfile.TMP_MAX = 5  # error: Final
    tempfile.TemporaryDirectory(delete_everything=True)  # error: no such argument
    tempfile.no_such_function()  # error
