"""Install ``pytempfile`` as ``tempfile`` for the whole interpreter.

Imported by the ``.pth`` file that ``python -m pytempfile --clients`` puts into each client's
virtual environment, when ``PYTEMPFILE_SWAP=1``: site processes ``.pth`` files before any user
code runs, so every later ``import tempfile`` (and ``from tempfile import ...``) gets this
module.  If something imported the standard module earlier, the swap would be partial: that is
reported on stderr and ``PYTEMPFILE_SWAP_LATE`` is set, so the runner can refuse the run.
"""

import os
import sys

if "tempfile" in sys.modules and sys.modules["tempfile"].__name__ != "pytempfile":
    sys.stderr.write("pytempfile._swap: the standard tempfile was imported before the swap\n")
    os.environ["PYTEMPFILE_SWAP_LATE"] = "1"

import pytempfile  # noqa: E402

sys.modules["tempfile"] = pytempfile
