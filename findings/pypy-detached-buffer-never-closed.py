"""PyPy: the buffered file TextIOWrapper.detach() returns stays open while the wrapper lives.

CPython finalizes an unclosed buffered file once nothing refers to it: it warns "unclosed file
<_io.BufferedRandom ...>" (ResourceWarning) and closes the descriptor. After detach(), the
wrapper no longer refers to its buffer. On PyPy 8.0.1 (Python 3.11.17) the detached buffer is not
finalized as long as the detached wrapper is alive: no warning, and the descriptor stays open. A
text-mode TemporaryFile kept after detach() holds its descriptor on PyPy.

    python3 pypy-detached-buffer-never-closed.py     # exit status 1 where the answers differ
"""
import gc
import os
import sys
import tempfile
import warnings

CPYTHON = "warned: True; descriptors left open: 0"


def open_fds():
    return len(os.listdir("/proc/self/fd"))


warnings.simplefilter("always")
base = open_fds()
with warnings.catch_warnings(record=True) as seen:
    wrapper = tempfile.TemporaryFile("w+")
    wrapper.detach()  # the buffer it returns is dropped; the wrapper is kept
    for _ in range(3):
        gc.collect()
got = "warned: %s; descriptors left open: %d" % (
    any("unclosed file" in str(x.message) for x in seen), open_fds() - base)
print("CPython 3.11.7:", CPYTHON)
print("%s %s:" % (sys.implementation.name, sys.version.split()[0]), got)
print("same" if got == CPYTHON else "DIFFERS")
sys.exit(0 if got == CPYTHON else 1)
