"""A deliberately broken ``tempfile``, to show that the guarantees' driver catches one.

    broken_tempfile.py SCRIPT [ARGS...]

runs ``SCRIPT`` as ``__main__`` after breaking the standard ``tempfile`` the way a careless
implementation would: its ``os.open`` drops ``O_EXCL`` and ``O_NOFOLLOW``, ignores the mode
(0644) and makes the descriptor inheritable; its ``os.mkdir`` ignores the mode (0755).
``conformance/tests/guarantees.rs`` runs the driver through it (an implementation named
``broken=... broken_tempfile.py``) and expects violations in race-create, symlink-plants and
modes.
"""

import os
import runpy
import sys
import tempfile


class BrokenOs:
    """``os``, but for ``open`` and ``mkdir``."""

    def __getattr__(self, name):
        return getattr(os, name)

    @staticmethod
    def open(path, flags, mode=0o777, *, dir_fd=None):
        fd = os.open(path, flags & ~(os.O_EXCL | os.O_NOFOLLOW), 0o644, dir_fd=dir_fd)
        os.set_inheritable(fd, True)
        return fd

    @staticmethod
    def mkdir(path, mode=0o777, *, dir_fd=None):
        os.mkdir(path, 0o755, dir_fd=dir_fd)


def main():
    tempfile._os = BrokenOs()
    script = sys.argv[1]
    sys.argv[:] = sys.argv[1:]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
