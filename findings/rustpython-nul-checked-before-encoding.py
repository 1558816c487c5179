"""RustPython: os functions look for a NUL in a str path before encoding it.

CPython converts a str path by encoding it with the file system encoding first (a lone
surrogate: UnicodeEncodeError) and only then looks for an embedded NUL (ValueError). RustPython
0.6.0 (Python 3.14) looks for the NUL first, so a path with both raises ValueError where CPython
raises UnicodeEncodeError. tempfile builds dir + prefix + name + suffix and hands it to os.open,
os.mkdir or os.lstat: a dir with a lone surrogate and a suffix with a NUL (mkstemp, mkdtemp,
mktemp, TemporaryDirectory) raise another class.

    python3 rustpython-nul-checked-before-encoding.py     # exit status 1 where the answers differ
"""
import os
import sys

CPYTHON = [
    "mkdir: UnicodeEncodeError",
    "lstat: UnicodeEncodeError",
    "open: UnicodeEncodeError",
]


def outcome(name, call):
    try:
        call()
        return "%s: no error" % name
    except Exception as e:
        return "%s: %s" % (name, type(e).__name__)


path = "no-such-dir-\ud800/x\x00y"
got = [
    outcome("mkdir", lambda: os.mkdir(path)),
    outcome("lstat", lambda: os.lstat(path)),
    outcome("open", lambda: os.open(path, os.O_RDONLY)),
]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
