"""The text corpus's driver: runs cases (corpus/cases/text.txt's language, see
corpus/README.md) on this interpreter's tempfile.NamedTemporaryFile and SpooledTemporaryFile
in text modes.

Reads case lines (`KIND MODE ENCODING NEWLINE BUFFERING PREFILL CHARSET : OPS`) on stdin; prints
`= ` plus the line, then one row per operation: `RESULT|LEN:FNV|OFFSET` for a named file (the
result, the file's content read by path through a second descriptor, the descriptor's offset),
`RESULT|m` for a spool still in memory, `RESULT|LEN:FNV|OFFSET` through /proc/self/fd once it
rolled over, `RESULT|-` once closed. With PYTEMPFILE_READ1_FIX set, '+' files get 3.13's
BufferedRandom.read1 (read1_fix.py).
"""

import os
import tempfile
import warnings

import read1_fix  # noqa: F401  (installs itself when PYTEMPFILE_READ1_FIX is set)
from protocol import FNV_START, fnv, serve


def pattern(k, n, cs):
    out = []
    for i in range(n):
        j = i + k * 7
        if (i + k) % 13 == 12:
            out.append("\n")
        elif cs != "a" and (i + k) % 29 == 28:
            out.append("\r")
        elif cs == "u" and j % 11 == 5:
            out.append("\u20ac")
        elif cs == "u" and j % 17 == 9:
            out.append("\U0001d11e")
        elif cs != "a" and j % 7 == 3:
            out.append("\xe9")
        else:
            out.append(chr(97 + j % 26))
    return "".join(out)

def prefill_bytes(n, enc):
    text = pattern(1000, n, "a")
    return text.encode(enc)

def said(heard):
    """The warnings heard since the last `!` (creation's included): `W` then `CATEGORY:TEXT`
    entries joined by `;`."""
    out = "W" + ";".join("%s:%s" % (w.category.__name__, w.message) for w in heard)
    heard.clear()
    return out

def enc_str(s):
    return "s%d:%016x" % (len(s), fnv(s.encode("utf-32-le", "surrogatepass")))

def enc_lines(ls):
    h = FNV_START
    for s in ls:
        h = fnv(s.encode("utf-32-le", "surrogatepass") + b"|", h)
    return "L%d:%016x" % (len(ls), h)

NL = {"N": None, "E": "", "LF": "\n", "CR": "\r", "CRLF": "\r\n"}

def run(kind, mode, enc, nl, buffering, prefill, cs, ops, d):
    with warnings.catch_warnings(record=True) as heard:
        warnings.simplefilter("always")
        return run_heard(kind, mode, enc, nl, buffering, prefill, cs, ops, d, heard)

def run_heard(kind, mode, enc, nl, buffering, prefill, cs, ops, d, heard):
    newline = NL[nl]
    try:
        if kind == "n":
            f = tempfile.NamedTemporaryFile(mode=mode, buffering=buffering, encoding=enc,
                                            newline=newline, delete=False, dir=d)
        else:
            f = tempfile.SpooledTemporaryFile(max_size=int(kind[1:]), mode=mode,
                                              buffering=buffering, encoding=enc,
                                              newline=newline, dir=d)
    except Exception as e:
        # No file: `!` still tells the warnings, every other operation the creation's error.
        made = "E%s:%s" % (type(e).__name__, e)
        rest = "-|-" if kind == "n" else "-"
        return ["%s|%s" % (said(heard) if op == "!" else made, rest) for op in ops.split()]
    if kind == "n":
        t = f.file
        path, fd = f.name, f.fileno()
        if prefill:
            with open(path, "wb") as g:
                g.write(prefill_bytes(prefill, enc))
    else:
        t = f
    cookies = []
    rows = []
    for k, op in enumerate(ops.split()):
        c, arg = op[0], op[1:]
        try:
            if c == "w":
                ret = "i%d" % t.write(pattern(k, int(arg), cs))
            elif c == "W":
                lines = [pattern(k * 3 + j, int(x), cs) for j, x in enumerate(arg.split(","))]
                r = t.writelines(lines)
                ret = "n" if r is None else repr(r)
            elif c == "r":
                n = int(arg)
                ret = enc_str(t.read() if n < 0 else t.read(n))
            elif c == "l":
                n = int(arg)
                ret = enc_str(t.readline() if n < 0 else t.readline(n))
            elif c == "L":
                n = int(arg)
                ret = enc_lines(t.readlines() if n < 0 else t.readlines(n))
            elif c == "t":
                p = t.tell()
                cookies.append(p)
                ret = "i%d" % p
            elif c == "s":
                if arg == "e":
                    ret = "i%d" % t.seek(0, 2)
                elif arg == "c":
                    ret = "i%d" % t.seek(0, 1)
                elif arg == "z":
                    ret = "i%d" % t.seek(0)
                else:
                    i = int(arg)
                    ret = "i%d" % t.seek(cookies[i] if i < len(cookies) else 0)
            elif c == "T":
                n = int(arg)
                r = t.truncate() if n < 0 else t.truncate(n)
                ret = "n" if r is None else "i%d" % r
            elif c == "f":
                t.flush()
                ret = "n"
            elif c == "c":
                t.close()
                ret = "n"
            elif c == "R":
                t.rollover()
                ret = "n"
            elif c == "M":
                ret = "M" + t.mode
            elif c == "!":
                ret = said(heard)
            else:
                raise SystemExit("bad op " + op)
        except Exception as e:
            ret = "E%s:%s" % (type(e).__name__, e)
        if kind == "n":
            with open(path, "rb") as g:
                disk = g.read()
            off = "-" if t.closed else str(os.lseek(fd, 0, os.SEEK_CUR))
            rows.append("%s|%d:%016x|%s" % (ret, len(disk), fnv(disk), off))
        else:
            if not f._rolled:
                rows.append("%s|m" % ret)
            elif f.closed:
                rows.append("%s|-" % ret)
            else:
                sfd = f._file.fileno()
                with open("/proc/self/fd/%d" % sfd, "rb") as g:
                    disk = g.read()
                rows.append("%s|%d:%016x|%d" % (ret, len(disk), fnv(disk), os.lseek(sfd, 0, os.SEEK_CUR)))
    if kind == "n":
        if not t.closed:
            t.close()
        os.unlink(path)
    else:
        f.close()
    return rows

def main():
    serve("textdisk", lambda h, ops, d: run(h[0], h[1], h[2], h[3], int(h[4]), int(h[5]), h[6], ops, d))


if __name__ == "__main__":
    main()
