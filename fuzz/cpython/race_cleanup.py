"""The race_cleanup scenario against CPython's own tempfile.TemporaryDirectory.

Reads scenarios as JSON lines on stdin (fuzzlib::race_cleanup::Scenario::to_json, written by
`cargo run -p fuzzlib --example cpython_race_cleanup`), runs each `--trials` times and prints
one RESULT line per scenario:

    RESULT <name> trials=N victim_changed=N first_error=N tree_left=N example=<change>

The attack is the fuzz target's, translated one for one:
- hooks act before the n-th call of a kind during cleanup: CPython's audit events `open`,
  `os.remove`, `os.rmdir`, `os.chmod`, `os.scandir` stand for pytempfile's seam calls;
- attacker threads start at a barrier with the cleanup;
- actions (swap a directory for a symlink to its mirror in the victim tree, swap back, rename)
  work through O_PATH|O_NOFOLLOW directory descriptors, so the attacker itself never writes
  outside the tree.

Run as root, the script first drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (as the fuzz
target does) so that permission bits apply and TemporaryDirectory's permission-error handler
runs: that handler is where CPython gh-157579 lies.
"""

import argparse
import ctypes
import json
import os
import stat
import sys
import tempfile
import threading


def drop_dac_override():
    if os.geteuid() != 0:
        return
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


def snapshot(top):
    out = {}

    def walk(p):
        try:
            st = os.lstat(p)
        except OSError:
            return
        rel = os.path.relpath(p, top)
        mode = stat.S_IMODE(st.st_mode)
        if stat.S_ISDIR(st.st_mode):
            out[rel] = ("dir", mode, st.st_ino)
            try:
                names = os.listdir(p)
            except OSError:
                return
            for n in names:
                walk(os.path.join(p, n))
        elif stat.S_ISREG(st.st_mode):
            try:
                with open(p, "rb") as f:
                    data = f.read()
            except OSError as e:
                data = repr(e).encode()
            out[rel] = ("file", mode, st.st_ino, data)
        elif stat.S_ISLNK(st.st_mode):
            out[rel] = ("link", os.readlink(p), st.st_ino)
        else:
            out[rel] = ("other", st.st_mode, st.st_ino)

    walk(top)
    return out


def diff(a, b):
    out = []
    for k, v in a.items():
        if k not in b:
            out.append(f"{k} removed")
        elif b[k] != v:
            out.append(f"{k} changed {v[:2]} -> {b[k][:2]}")
    for k in b:
        if k not in a:
            out.append(f"{k} appeared")
    return out


def force_remove(p):
    for root, dirs, files in os.walk(p):
        for d in dirs:
            q = os.path.join(root, d)
            if not os.path.islink(q):
                try:
                    os.chmod(q, 0o700)
                except OSError:
                    pass
    try:
        os.chmod(p, 0o700)
    except OSError:
        pass
    import shutil
    shutil.rmtree(p, ignore_errors=True)


OPATH = os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW


def dir_fd(top, rel):
    fd = os.open(top, OPATH)
    for comp in [c for c in rel.split("/") if c]:
        try:
            nfd = os.open(comp, OPATH, dir_fd=fd)
        finally:
            os.close(fd)
        fd = nfd
    return fd


class Attack:
    def __init__(self, sc, top, mirror):
        self.sc, self.top, self.mirror = sc, top, mirror
        self.n = 0
        self.lock = threading.Lock()

    def perform(self, a):
        nodes = self.sc["nodes"]
        if not nodes:
            return "no nodes"
        node = nodes[a["node"] % len(nodes)]
        rel = node["rel"]
        parent, name = os.path.split(rel)
        fds = []
        try:
            if a["op"] == "swap":
                target = self.mirror if a["to_root"] else os.path.join(self.mirror, rel)
                d = dir_fd(self.top, parent); fds.append(d)
                os.rename(name, name + ".x", src_dir_fd=d, dst_dir_fd=d)
                os.symlink(target, name, dir_fd=d)
                return f"swapped {rel}"
            if a["op"] == "swap_back":
                d = dir_fd(self.top, parent); fds.append(d)
                if stat.S_ISLNK(os.lstat(name, dir_fd=d).st_mode):
                    os.unlink(name, dir_fd=d)
                os.rename(name + ".x", name, src_dir_fd=d, dst_dir_fd=d)
                return f"swapped {rel} back"
            dirs = [""] + [n["rel"] for n in nodes if n["kind"] == "Dir"]
            dest = dirs[a["into"] % len(dirs)]
            with self.lock:
                k = self.n
                self.n += 1
            s = dir_fd(self.top, parent); fds.append(s)
            t = dir_fd(self.top, dest); fds.append(t)
            os.rename(name, f"r{k}", src_dir_fd=s, dst_dir_fd=t)
            return f"renamed {rel}"
        except OSError as e:
            return f"{a}: {e} (outcome)"
        finally:
            for fd in fds:
                os.close(fd)


def build(sc, top, mirror, victim):
    os.makedirs(mirror)
    for n in sc["nodes"]:
        p, m = os.path.join(top, n["rel"]), os.path.join(mirror, n["rel"])
        k = n["kind"]
        if k == "Dir":
            os.mkdir(p); os.mkdir(m)
            continue
        with open(m, "w") as f:
            f.write("VICTIM " + n["rel"])
        if k == "File":
            with open(p, "w") as f:
                f.write("tree file " + n["rel"])
        elif k == "LinkToMirror":
            os.symlink(os.path.dirname(m), p)
        elif k == "LinkToVictimFile":
            os.symlink(victim, p)
        elif k == "Dangling":
            os.symlink(os.path.join(mirror, "missing"), p)
        elif k == "Fifo":
            os.mkfifo(p)
    order = [n for n in sc["nodes"] if n["kind"] in ("Dir", "File")]
    order.sort(key=lambda n: -n["rel"].count("/"))
    for n in order:
        os.chmod(os.path.join(top, n["rel"]), n["mode"])


STATE = {"armed": False, "hooks": [], "counts": {}, "attack": None}


def audit(event, args):
    if not STATE["armed"] or event not in ("open", "os.remove", "os.rmdir", "os.chmod",
                                           "os.scandir"):
        return
    n = STATE["counts"].get(event, 0)
    STATE["counts"][event] = n + 1
    for h in STATE["hooks"]:
        if h["event"] == event and h["nth"] == n:
            STATE["armed"] = False  # the attack's own calls are not counted
            try:
                STATE["attack"].perform(h["action"])
            finally:
                STATE["armed"] = True


def trial(sc, base):
    root = tempfile.mkdtemp(prefix="cpy-race-", dir=base)
    work = os.path.join(root, "work"); os.mkdir(work)
    outside = os.path.join(root, "outside"); os.mkdir(outside)
    victim = os.path.join(outside, "victim.txt")
    with open(victim, "w") as f:
        f.write("victim file")
    mirror = os.path.join(outside, "mirror")
    td = tempfile.TemporaryDirectory(dir=work, prefix="td",
                                     ignore_cleanup_errors=sc["ignore"])
    top = td.name
    build(sc, top, mirror, victim)
    before = snapshot(outside)
    attack = Attack(sc, top, mirror)
    STATE.update(hooks=sc["hooks"], counts={}, attack=attack)
    barrier = threading.Barrier(len(sc["threads"]) + 1)

    def attacker(actions):
        barrier.wait()
        for _ in range(sc["reps"]):
            for a in actions:
                attack.perform(a)

    threads = [threading.Thread(target=attacker, args=(t,)) for t in sc["threads"]]
    for t in threads:
        t.start()
    barrier.wait()
    STATE["armed"] = True
    error = None
    try:
        td.cleanup()
    except BaseException as e:  # RecursionError too
        error = e
    STATE["armed"] = False
    for t in threads:
        t.join()
    changes = diff(before, snapshot(outside))
    tree_left = os.path.lexists(top)
    try:
        td.cleanup()
    except BaseException:
        pass
    force_remove(root)
    return changes, error, tree_left


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=100)
    ap.add_argument("--base", default="/dev/shm" if os.path.isdir("/dev/shm") else None)
    args = ap.parse_args()
    drop_dac_override()
    sys.addaudithook(audit)
    print(f"CPython {sys.version.split()[0]}", flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        name, js = line.split(" ", 1)
        sc = json.loads(js)
        changed = errors = left = 0
        example = ""
        for _ in range(args.trials):
            changes, error, tree_left = trial(sc, args.base)
            if changes:
                changed += 1
                example = example or "; ".join(changes[:3])
            errors += error is not None
            left += tree_left
        print(f"RESULT {name} trials={args.trials} victim_changed={changed} "
              f"first_error={errors} tree_left={left} example={example or '-'}", flush=True)


if __name__ == "__main__":
    main()
