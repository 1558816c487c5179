"""RustPython: io.open warns about line buffering in binary mode only once the file is open.

CPython's io.open warns RuntimeWarning "line buffering (buffering=1) isn't supported in binary
mode, the default buffer size will be used" before it opens anything, so the warning is given
even when the open then fails. RustPython 0.6.0 (Python 3.14) warns after the file is opened:
when the open fails (a missing file, an opener that raises) there is no warning. tempfile passes
buffering through to io.open (NamedTemporaryFile, TemporaryFile, a SpooledTemporaryFile rolling
over); when the creation fails, CPython's callers saw the warning and RustPython's do not.

    python3 rustpython-binary-line-buffering-warned-after-open.py   # exit 1 where they differ
"""
import io
import sys
import warnings

CPYTHON = ("FileNotFoundError; warned: RuntimeWarning: line buffering (buffering=1) isn't "
           "supported in binary mode, the default buffer size will be used")
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    try:
        io.open("/nonexistent-dir/x", "rb", buffering=1).close()
        what = "opened"
    except Exception as e:
        what = type(e).__name__
warned = ["%s: %s" % (w.category.__name__, w.message) for w in seen]
got = "%s; warned: %s" % (what, " | ".join(warned) or "nothing")
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
