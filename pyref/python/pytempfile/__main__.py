"""``python -m pytempfile [unittest arguments] [test names]``

Runs this interpreter's own ``test.test_tempfile`` and ``test.test_threadedtempfile`` (or the
named tests) with ``pytempfile`` substituted for ``tempfile``.  Three tests run a child
interpreter in isolated mode, which imports the standard ``tempfile``: they test that module,
not this one.

``python -m pytempfile --bench [--dir DIR] [--rounds N]`` times every operation against the
standard module instead (see ``pytempfile._bench``).
"""

import sys
import unittest

import pytempfile

if sys.argv[1:2] == ["--bench"]:
    from pytempfile import _bench
    sys.exit(_bench.main(sys.argv[2:]))

sys.modules["tempfile"] = pytempfile
args = sys.argv[1:]
if not any(not a.startswith("-") for a in args):
    args += ["test.test_tempfile", "test.test_threadedtempfile"]
unittest.main(module=None, argv=[sys.argv[0], *args])
