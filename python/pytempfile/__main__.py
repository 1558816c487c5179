"""``python -m pytempfile``: the module's own command line (``--help`` lists its modes)."""

import sys

import pytempfile

HELP = """\
usage: python -m pytempfile [unittest options] [test names]
       python -m pytempfile --clients [--stdlib] [--third-party] [--packages N,...] [--record] ...
       python -m pytempfile --bench [--dir DIR] [--rounds N] [--instructions[=N]] [--label L] [--record]
       python -m pytempfile --version | --help

pytempfile %(version)s, a drop-in replacement for the standard tempfile module, on CPython %(python)s
(it behaves as the standard module of %(follows)s does).

modes:
  (default)     run this interpreter's own test.test_tempfile and test.test_threadedtempfile (or
                the named tests) with pytempfile substituted for tempfile; other arguments go to
                unittest (e.g. -v, -k PATTERN, -f). Tests that start an isolated child
                interpreter test the standard module, which that child imports.
  --clients     run standard-library test modules and third-party packages' test suites with the
                standard module and with pytempfile, and report every test whose outcome changed
                (python -m pytempfile --clients --help for its options)
  --bench       time every operation with the standard module, with pytempfile and with the
                floor (the same system calls through os, with no checks), interleaved round by
                round, or (--instructions) user-space instructions per operation under callgrind
                (python -m pytempfile --bench --help for its options)
  --version     print pytempfile's version
  -h, --help    this text

--record (with --clients or --bench) also writes the results as markdown under the repository's
results/ directory (found from the working directory upwards).
"""


def main(argv):
    if argv[:1] == ["--clients"]:
        from pytempfile import _clients
        return _clients.main(argv[1:])
    if argv[:1] == ["--bench"]:
        from pytempfile import _bench
        return _bench.main(argv[1:])
    if argv[:1] == ["--version"]:
        print("pytempfile %s" % pytempfile.__version__)
        return 0
    if argv[:1] in (["-h"], ["--help"]):
        print(HELP % {"version": pytempfile.__version__, "python": sys.version.split()[0],
                      "follows": pytempfile._native.FOLLOWS}, end="")
        return 0
    import unittest
    sys.modules["tempfile"] = pytempfile
    args = list(argv)
    if not any(not a.startswith("-") for a in args):
        args += ["test.test_tempfile", "test.test_threadedtempfile"]
    unittest.main(module=None, argv=[sys.argv[0], *args])
    return 0


sys.exit(main(sys.argv[1:]))
