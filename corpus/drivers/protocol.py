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


def serve(tag, run):
    """Read case lines on stdin; for each, print `= ` plus the line, then the rows of
    `run(head_fields, ops, directory)`, one a line. Files are made in a fresh directory."""
    d = tempfile.mkdtemp(prefix="pytempfile-%s-" % tag)
    for line in sys.stdin:
        line = line.strip()
        if line:
            head, ops = line.split(" : ")
            print("= " + line)
            for row in run(head.split(), ops, d):
                print(row)
            sys.stdout.flush()
    os.rmdir(d)
