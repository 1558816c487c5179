"""RustPython: io.open checks the mode and the text arguments before the file argument.

CPython's io.open first converts a file argument that is neither a str, bytes nor a number with
os.fspath (TypeError "expected str, bytes or os.PathLike object, not object", or what the
object's __fspath__ raises), then checks the mode and the arguments a binary file does not take;
a mode with none of r, w, x, a is FileIO's to refuse, after it has checked the name (a NUL:
ValueError "embedded null byte"). RustPython 0.6.0 (Python 3.14) checks the mode first:
open(object(), 'rb', encoding='x') raises ValueError "binary mode doesn't take an encoding
argument", open('a\x00b', '') ValueError "Must have exactly one of create/read/write/append
mode". tempfile's TemporaryFile (and a SpooledTemporaryFile rolling over) calls
io.open(dir, mode, ...) with its dir, so a bad dir with a bad mode, or with an encoding, errors
or newline for a binary file, raises another class.

    python3 rustpython-open-checks-mode-before-file.py     # exit status 1 where the answers differ
"""
import io
import sys

CPYTHON = [
    "mode 'rb', encoding='x': TypeError",
    "mode 'rb', newline='': TypeError",
    "mode 'bt': TypeError",
    "mode 'z': TypeError",
    "__fspath__ raising, mode '': RuntimeError",
    "'a\\x00b', mode '': ValueError: embedded null byte",
]


class Refuses:
    def __fspath__(self):
        raise RuntimeError("refused")


def outcome(label, file=None, **kw):
    try:
        io.open(object() if file is None else file, **kw)
        return "%s: no error" % label
    except ValueError as e:
        return "%s: ValueError%s" % (label, ": embedded null byte" if "null" in str(e) else "")
    except Exception as e:
        return "%s: %s" % (label, type(e).__name__)


got = [
    outcome("mode 'rb', encoding='x'", mode="rb", encoding="x"),
    outcome("mode 'rb', newline=''", mode="rb", newline=""),
    outcome("mode 'bt'", mode="bt"),
    outcome("mode 'z'", mode="z"),
    outcome("__fspath__ raising, mode ''", Refuses(), mode=""),
    outcome("'a\\x00b', mode ''", "a\x00b", mode=""),
]
who = "%s %s" % (sys.implementation.name, sys.version.split()[0])
for want, have in zip(CPYTHON, got):
    print("CPython 3.14.10:", want)
    print("%-16s %s" % (who + ":", have))
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
