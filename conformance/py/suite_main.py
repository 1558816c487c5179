"""Run ``python -m MODULE ARGS`` after adjusting the import path: the runner of
``conformance::impls::suite`` for implementations whose own test package cannot run as is.

    suite_main.py [--path DIR]... [--pycache-prefix DIR] [--cwd DIR] -- MODULE [ARGS...]

- ``--path DIR``: put ``DIR`` first on ``sys.path`` (PyPy: a directory holding an ``ImportError``
  stub for ``_testcapi``, whose C source Debian does not ship, so that ``test.support`` imports;
  RustPython: a directory holding only a ``test`` symlink to CPython's test package, so that
  CPython's tests load at run time without shadowing the implementation's own standard
  library);
  the directories are put first on ``PYTHONPATH`` too (and ``RUSTPYTHONPATH`` on RustPython),
  for the interpreters the tests start (``test_noinherit``'s child imports ``test.support``);
- ``--pycache-prefix DIR``: ``sys.pycache_prefix`` (and ``PYTHONPYCACHEPREFIX``) (RustPython uses CPython's cache tag and magic
  number, so it would load the ``__pycache__`` files CPython compiled next to CPython's tests);
- ``--cwd DIR``: the working directory.

Then ``MODULE`` runs as ``__main__`` with ``sys.argv = [MODULE, *ARGS]``, as ``-m`` runs it.
Standard library only; this file's own directory is taken off ``sys.path``.
"""

import os
import runpy
import sys


def main(argv):
    paths = []
    it = iter(argv)
    rest = None
    for a in it:
        if a == "--path":
            paths.append(next(it))
        elif a == "--pycache-prefix":
            sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"] = next(it)
        elif a == "--cwd":
            os.chdir(next(it))
        elif a == "--":
            rest = list(it)
        else:
            sys.stderr.write("suite_main.py: unknown argument %r\n" % a)
            return 2
    if not rest:
        sys.stderr.write("suite_main.py: no module after --\n")
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]
    sys.path[0:0] = paths
    if paths:
        names = ["PYTHONPATH"]
        if sys.implementation.name == "rustpython":
            names.append("RUSTPYTHONPATH")
        for name in names:
            old = os.environ.get(name)
            os.environ[name] = os.pathsep.join(paths + ([old] if old else []))
    sys.argv[:] = rest
    runpy.run_module(rest[0], run_name="__main__", alter_sys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
