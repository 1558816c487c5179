"""``python -m pytempfile [unittest arguments] [test names]``

Runs this interpreter's own ``test.test_tempfile`` and ``test.test_threadedtempfile`` (or the
named tests) with ``pytempfile`` substituted for ``tempfile``.  Three tests run a child
interpreter in isolated mode, which imports the standard ``tempfile``: they test that module,
not this one.

``python -m pytempfile --bench [--dir DIR] [--rounds N]`` times every operation against the
standard module instead (see ``pytempfile._bench``).

``python -m pytempfile --clients [--stdlib] [--third-party] ...`` runs standard-library test
modules and third-party test suites with the standard module and with pytempfile, and reports
the tests whose outcome changed (see ``pytempfile._clients``).
"""

import sys
import unittest

import pytempfile

if sys.argv[1:2] == ["--clients"]:
    from pytempfile import _clients
    sys.exit(_clients.main(sys.argv[2:]))

if sys.argv[1:2] == ["--bench"]:
    from pytempfile import _bench
    sys.exit(_bench.main(sys.argv[2:]))

sys.modules["tempfile"] = pytempfile
args = sys.argv[1:]
if not any(not a.startswith("-") for a in args):
    args += ["test.test_tempfile", "test.test_threadedtempfile"]
unittest.main(module=None, argv=[sys.argv[0], *args])
