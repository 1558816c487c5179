"""What the corpus drivers share: the FNV-1a 64 hash of the rows and the stdin/stdout protocol."""

import os
import sys
import tempfile

FNV_START = 0xcbf29ce484222325


def fnv(b, h=FNV_START):
    """FNV-1a 64 of the bytes `b`, continuing from `h`."""
    for c in b:
        h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def answer(run):
    """Read case lines on stdin; for each, print `= ` plus the line, then the rows of
    `run(line)`, one a line (a row never holds a line break)."""
    for line in sys.stdin:
        line = line.strip()
        if line:
            print("= " + line)
            for row in run(line):
                if "\n" in row or "\r" in row:
                    raise SystemExit("a row holds a line break: %r" % row)
                print(row)
            sys.stdout.flush()


def serve(tag, run):
    """`answer` for cases `HEAD : OPS`: the rows of `run(head_fields, ops, directory)`. Files
    are made in a fresh directory."""
    d = tempfile.mkdtemp(prefix="pytempfile-%s-" % tag)

    def one(line):
        head, ops = line.split(" : ")
        return run(head.split(), ops, d)

    answer(one)
    os.rmdir(d)
