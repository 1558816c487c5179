"""RustPython: an exception raised by a weakref callback is not reported.

CPython reports an exception that a weakref callback raises (weakref.finalize's callbacks
included) through sys.unraisablehook ("Exception ignored while calling weakref callback ...").
RustPython 0.6.0 (Python 3.14) drops it silently (an exception from __del__ it does report).
TemporaryDirectory cleans up in a weakref.finalize callback: when that implicit cleanup fails (the
directory replaced by a symlink: "Cannot call rmtree on a symbolic link"), CPython's callers see
the error reported and RustPython's see nothing.

    python3 rustpython-weakref-callback-error-not-reported.py   # exit status 1 where they differ
"""
import gc
import sys
import weakref

CPYTHON = "callback ran: True; reported: OSError: from the callback"
seen = []
sys.unraisablehook = lambda u: seen.append("%s: %s" % (type(u.exc_value).__name__, u.exc_value))
ran = []


class Owner:
    pass


def callback():
    ran.append(True)
    raise OSError("from the callback")


owner = Owner()
weakref.finalize(owner, callback)
del owner
gc.collect()
got = "callback ran: %s; reported: %s" % (bool(ran), "; ".join(seen) or "nothing")
print("CPython 3.14.10:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
