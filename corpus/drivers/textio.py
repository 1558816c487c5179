"""The textio corpus's driver: runs cases (corpus/cases/textio.txt's language, see
corpus/README.md) on this interpreter's io.TextIOWrapper over an io.BytesIO.

Reads case lines (`ENCODING ERRORS NEWLINE FLAGS INIT : OPS`) on stdin; prints `= ` plus the
line, then one row per operation: what it returned (text as escape.py writes it, bytes as hex),
or the exception.
"""

import io

from escape import compress, error, esc, unesc
from protocol import answer

NL = {"N": None, "E": "", "LF": "\n", "CR": "\r", "CRLF": "\r\n"}


class Stream(io.BytesIO):
    """A BytesIO whose capability answers the case's flags can turn off, as the byte stream a
    subclass overriding them would be."""

    no_read = no_write = no_seek = False

    def readable(self):
        return super().readable() and not self.no_read

    def writable(self):
        return super().writable() and not self.no_write

    def seekable(self):
        return super().seekable() and not self.no_seek


def init_bytes(spec):
    """`-` (nothing) or `HEX[*COUNT]` parts joined by `+`."""
    if spec == "-":
        return b""
    out = []
    for part in spec.split("+"):
        h, _, n = part.partition("*")
        out.append(bytes.fromhex(h) * (int(n) if n else 1))
    return b"".join(out)


def run(line):
    head, ops = line.split(" : ")
    enc, errors, nl, flags, init = head.split()
    errors = None if errors == "-" else errors
    flags = set() if flags == "-" else set(flags.split(","))
    unknown = flags - {"lb", "wt", "noread", "nowrite", "noseek", "end"}
    if unknown:
        raise SystemExit("unknown flags %s" % sorted(unknown))

    def wrapper(data):
        b = Stream(data)
        b.no_read = "noread" in flags
        b.no_write = "nowrite" in flags
        b.no_seek = "noseek" in flags
        if "end" in flags:
            b.seek(0, 2)
        return io.TextIOWrapper(b, encoding=enc, errors=errors, newline=NL[nl],
                                line_buffering="lb" in flags, write_through="wt" in flags)

    state = {"t": wrapper(init_bytes(init))}
    tells = []

    def step(name, arg):
        t = state["t"]

        def num():
            return int(arg)

        if name == "w":
            return str(t.write(unesc(arg)))
        if name == "r":
            return esc(t.read(num()))
        if name == "l":
            return esc(t.readline(num()))
        if name == "L":
            return "[%s]" % ",".join(esc(x) for x in t.readlines(num()))
        if name == "x":
            try:
                return esc(next(t))
            except StopIteration:
                return "StopIteration"
        if name == "t":
            c = t.tell()
            tells.append(c)
            return str(c)
        if name == "s":
            return str(t.seek(tells[num()]))
        if name == "S":
            return str(t.seek(num()))
        if name == "c":
            return str(t.seek(0, 1))
        if name == "e":
            return str(t.seek(0, 2))
        if name == "f":
            t.flush()
            return "ok"
        if name == "n":
            return repr(t.newlines)
        if name == "b":
            return t.buffer.getvalue().hex()
        if name == "u":
            return str(t.truncate() if arg == "" else t.truncate(num()))
        if name == "k":
            t._CHUNK_SIZE = num()
            return "ok"
        if name == "R":
            # SpooledTemporaryFile.rollover() in text mode, with a BytesIO for the new file.
            pos = t.tell()
            old = t.detach()
            state["t"] = t = wrapper(b"")
            t.buffer.write(old.getvalue())
            return str(t.seek(pos, 0))
        if name == "O":
            # A second wrapper over the case's initial bytes; the tell() results stay.
            state["t"] = wrapper(init_bytes(init))
            return "ok"
        if name == "C":
            t.close()
            return "ok"
        if name == "D":
            t.detach()
            return "ok"
        raise SystemExit("bad op %s:%s" % (name, arg))

    rows = []
    for op in ops.split(" "):
        name, _, arg = op.partition(":")
        try:
            r = step(name, arg)
        except Exception as e:
            r = error(e)
        rows.append(compress(r))
    return rows


if __name__ == "__main__":
    answer(run)
