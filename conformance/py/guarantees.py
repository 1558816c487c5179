"""The guarantees of ``tempfile``, run by an implementation against its own module.

The scenario driver of ``conformance::impls::guarantees``: any Python 3.10+ implementation
(CPython, PyPy, RustPython, the ``pyside`` binary with pytempfile as ``tempfile``) runs this file
as a process, standard library only (no ctypes), and reports to the harness in JSON lines:

    guarantees.py --base DIR [--exchange-runs N] [--runs N] [--seed N]

``DIR`` is an empty directory the harness made (and removes); every scenario works below it.
``--runs`` is the number of runs of race-create (and half as many, at least one per API, of
symlink-plants); modes makes its ten runs.

The line protocol. This side writes, on its standard output, one JSON object per line:

    {"hello": {...}}                   first: implementation, release, module, euid, CapEff, fork
    {"exchange": {"run": i, "top": T, "outside": O}}
                                       an exchange run's tree is built (paths as this side sees
                                       them): the harness starts its attacker on T, snapshots O,
                                       and answers "go"
    {"run": {"scenario": S, "violations": [...], "errors": [...]}}
                                       one run of scenario S: what broke (a guarantee) and what
                                       was raised (an error), as short texts with the run's
                                       paths replaced by <top>, <outside>, <dir>, <base>; after an
                                       exchange run the harness answers "next" once its attacker
                                       is stopped and its checks are made
    {"note": {"scenario": S, "reason": R}}
                                       S (or a part of it) could not run here, and why
    {"fatal": TEXT}                    the driver itself failed (a traceback)
    {"end": true}                      last

and reads, on its standard input, one line each time: first ``run S1,S2,...`` (the scenarios to
run, once the harness has read the hello: it leaves ``exchange`` out when the side still holds
CAP_DAC_OVERRIDE), then ``go`` and ``next`` for each exchange run. By hand:
``echo "run race-create,symlink-plants,modes" | python3 guarantees.py --base "$(mktemp -d)"``.
Anything else the implementation prints goes to standard error (file descriptor 1 is moved
aside), so that it cannot break the protocol.

Scenarios (``conformance/src/impls/guarantees.rs`` documents what each counts):

- ``exchange``: ``TemporaryDirectory.cleanup()`` of a tree ``sub/`` (mode 0500, 40 files) and
  ``link`` (a symlink to an outside directory holding files of the same names) while the
  harness exchanges ``sub`` and ``link`` with ``renameat2(RENAME_EXCHANGE)`` in a tight loop.
  This side only builds the tree and reports whether ``cleanup()`` raised (the tree's file
  names ``f00``..``f39`` read ``fNN`` in the message, so that errors of a kind count together);
  the harness checks the outside directory and whether the tree was left.
- ``race-create``: threads (and forked processes, where ``os.fork`` exists) calling
  ``mkstemp``, ``mkdtemp`` and ``NamedTemporaryFile(delete=False)`` in one directory, every
  call drawing its names from the same tiny pool (``_get_candidate_names`` replaced) with a
  small ``TMP_MAX``: each path is won by exactly one creator, which finds it fresh and whose
  token alone it holds at the end; a call that gives up raises ``FileExistsError`` (EEXIST)
  after exactly ``TMP_MAX`` names, every one of which was taken.
- ``symlink-plants``: a symlink to a victim file, a symlink to a victim directory, a dangling
  symlink, a fifo, a regular file and a directory planted at the forced candidate names before
  ``mkstemp``, ``mkdtemp``, ``NamedTemporaryFile`` (kept and deleted) and
  ``TemporaryDirectory`` (and its cleanup): every plant is skipped, none followed, opened or
  changed, the victims untouched, the created path a fresh regular file or directory (no fifo
  where ``os.mkfifo`` is missing: RustPython 0.6.0; a note says so).
- ``modes``: under umask 0o000 and 0o077, ``mkstemp``/``NamedTemporaryFile``/``TemporaryFile``
  files are 0600, ``mkdtemp``/``TemporaryDirectory`` directories 0700, and the descriptors of ``mkstemp``,
  ``NamedTemporaryFile`` and ``TemporaryFile`` are not inheritable (``os.get_inheritable`` and
  the kernel's own ``O_CLOEXEC`` flag in ``/proc/self/fdinfo``).
"""

import errno
import json
import os
import random
import re
import stat
import sys
import threading
import traceback

import tempfile as t

SCENARIOS = ("exchange", "race-create", "symlink-plants", "modes")
FILES = 40
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0o2000000)


# ---------------------------------------------------------------------------------------------
# The channel to the harness


class ProtocolError(Exception):
    """The harness said something unexpected: the run cannot go on."""


class Channel:
    """JSON lines out on a private copy of fd 1 (fd 1 itself becomes stderr), words in."""

    def __init__(self):
        sys.stdout.flush()
        self.out = os.fdopen(os.dup(1), "w", encoding="utf-8")
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        self.inp = sys.stdin

    def send(self, obj):
        self.out.write(json.dumps(obj) + "\n")
        self.out.flush()

    def expect(self, word):
        line = self.inp.readline()
        if line.strip() != word:
            raise ProtocolError("the harness said %r, expected %r" % (line, word))

    def scenarios(self):
        line = self.inp.readline().split()
        if len(line) == 1 and line[0] == "run":
            return []
        if len(line) != 2 or line[0] != "run":
            raise ProtocolError("the harness said %r, expected 'run S1,S2,...'" % (line,))
        return [s for s in line[1].split(",") if s]


def norm(text, subst):
    """``text`` with the run's paths replaced by their names (longest first)."""
    for path, name in sorted(subst, key=lambda pn: -len(pn[0])):
        if path:
            text = text.replace(path, name)
    return text


def describe(e, subst):
    """``Class: message``, the run's paths replaced by their names. An ``OSError`` made with a
    message only, whose filename was set afterwards, reads ``[Errno None] None: 'path'``: its
    ``args`` follow then, so that the message is not lost."""
    text = str(e)
    if (isinstance(e, OSError) and e.errno is None and e.args
            and str(e.args[0]) not in text):
        text += " (args %r)" % (e.args,)
    return "%s: %s" % (type(e).__name__, norm(text, subst))


def capeff():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("CapEff:"):
                    return line.split()[1]
    except OSError:
        pass
    return None


def hello():
    impl = sys.implementation
    return {
        "implementation": impl.name,
        "implementation_version": ".".join(str(x) for x in impl.version[:3]),
        "python": "%d.%d.%d" % sys.version_info[:3],
        "module": t.__name__,
        "module_file": getattr(t, "__file__", None),
        "euid": os.geteuid() if hasattr(os, "geteuid") else None,
        "capeff": capeff(),
        "fork": hasattr(os, "fork"),
        "pid": os.getpid(),
    }


def force_remove(p):
    """Remove ``p`` whatever the modes inside (never following a symlink)."""
    try:
        st = os.lstat(p)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(st.st_mode):
        try:
            os.chmod(p, 0o700)
        except OSError:
            pass
        for n in os.listdir(p):
            force_remove(os.path.join(p, n))
        os.rmdir(p)
    else:
        os.unlink(p)


class ForcedNames:
    """``_get_candidate_names`` and ``TMP_MAX`` replaced on the module for a while: every call
    draws from ``pool`` in turn (from a per-call offset) and records its iterator, so that the
    caller can tell how many names the call drew."""

    def __init__(self, pool, tmp_max, offset=None):
        self.pool = list(pool)
        self.tmp_max = tmp_max
        self.offset = offset
        self.local = threading.local()

    def __enter__(self):
        self.saved = (t._get_candidate_names, t.TMP_MAX)
        forced = self

        class Names:
            def __init__(self):
                rng = getattr(forced.local, "rng", None)
                if forced.offset is not None:
                    self.off = forced.offset
                elif rng is not None:
                    self.off = rng.randrange(len(forced.pool))
                else:
                    self.off = 0
                self.drawn = 0

            def __iter__(self):
                return self

            def __next__(self):
                name = forced.pool[(self.off + self.drawn) % len(forced.pool)]
                self.drawn += 1
                return name

            def names(self):
                return [forced.pool[(self.off + j) % len(forced.pool)] for j in range(self.drawn)]

        def get_candidate_names():
            it = Names()
            forced.local.last = it
            return it

        t._get_candidate_names = get_candidate_names
        t.TMP_MAX = self.tmp_max
        return self

    def last(self):
        it = getattr(self.local, "last", None)
        self.local.last = None
        return it

    def __exit__(self, *exc):
        t._get_candidate_names, t.TMP_MAX = self.saved
        return False


# ---------------------------------------------------------------------------------------------
# exchange


def build_exchange_tree(top, outside):
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


def scenario_exchange(ch, base, runs, rng):
    work = os.path.join(base, "exchange")
    os.mkdir(work)
    for i in range(runs):
        d = t.TemporaryDirectory(dir=work, prefix="td")
        top = d.name
        outside = os.path.join(base, "outside%d" % i)
        build_exchange_tree(top, outside)
        ch.send({"exchange": {"run": i, "top": top, "outside": outside}})
        ch.expect("go")
        errors = []
        try:
            d.cleanup()
        except Exception as e:  # the observation is the exception
            what = describe(e, [(top, "<top>"), (outside, "<outside>"), (base, "<base>")])
            # The tree's 40 file names as one, so that errors of a kind count together.
            errors.append(re.sub(r"(sub|link|<outside>)/f\d\d\b", r"\1/fNN", what))
        ch.send({"run": {"scenario": "exchange", "violations": [], "errors": errors}})
        ch.expect("next")
        # The harness removed what was left (the tree, the outside directory): nothing more
        # for the finalizer to do.
        fin = getattr(d, "_finalizer", None)
        if fin is not None:
            fin.detach()


# ---------------------------------------------------------------------------------------------
# race-create


KINDS = ("mkstemp", "mkdtemp", "NamedTemporaryFile")


def create_one(kind, d, token):
    """One creation; returns (path, fresh, token_error)."""
    if kind == "mkstemp":
        fd, p = t.mkstemp(dir=d)
        try:
            st = os.fstat(fd)
            fresh = stat.S_ISREG(st.st_mode) and st.st_size == 0 and st.st_nlink == 1
            os.write(fd, token.encode())
        finally:
            os.close(fd)
        return p, fresh, None
    if kind == "mkdtemp":
        p = t.mkdtemp(dir=d)
        fresh = os.listdir(p) == []
        try:
            fd = os.open(os.path.join(p, "token"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return p, fresh, "another creator wrote its token in the directory it created"
        try:
            os.write(fd, token.encode())
        finally:
            os.close(fd)
        return p, fresh, None
    f = t.NamedTemporaryFile(dir=d, delete=False)
    try:
        st = os.fstat(f.fileno())
        fresh = stat.S_ISREG(st.st_mode) and st.st_size == 0 and st.st_nlink == 1
        f.write(token.encode())
    finally:
        f.close()
    return f.name, fresh, None


def creator(forced, d, kinds, token_base, seed, out, subst):
    forced.local.rng = random.Random(seed)
    for j, kind in enumerate(kinds):
        token = "%s.%d" % (token_base, j)
        forced.last()
        try:
            p, fresh, token_error = create_one(kind, d, token)
        except FileExistsError as e:
            it = forced.last()
            out.append({"kind": kind, "exhausted": True, "errno": e.errno,
                        "drawn": it.names() if it else None, "what": describe(e, subst)})
            continue
        except Exception as e:
            out.append({"kind": kind, "error": describe(e, subst)})
            continue
        it = forced.last()
        out.append({"kind": kind, "path": p, "token": token, "fresh": fresh,
                    "token_error": token_error, "drawn": it.names() if it else None})


def child_creator(forced, d, kinds, token_base, seed, subst):
    """A forked process's creator: waits for the go byte, reports its results on a pipe."""
    go_r, go_w = os.pipe()
    res_r, res_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(go_w)
            os.close(res_r)
            os.read(go_r, 1)
            out = []
            creator(forced, d, kinds, token_base, seed, out, subst)
            data = json.dumps(out).encode()
            while data:
                n = os.write(res_w, data)
                data = data[n:]
        except BaseException:
            code = 1
            try:
                os.write(2, traceback.format_exc().encode())
            except BaseException:
                pass
        finally:
            os._exit(code)
    os.close(go_r)
    os.close(res_w)
    return pid, go_w, res_r


def read_all(fd):
    chunks = []
    while True:
        b = os.read(fd, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    return b"".join(chunks)


def race_run(base, i, rng, use_fork):
    d = os.path.join(base, "race%d" % i)
    os.mkdir(d)
    k = rng.randint(1, 5)
    tmp_max = rng.randint(1, 6)
    pool = ["r%d" % j for j in range(k)]
    nthreads = 3
    nprocs = 2 if use_fork else 0
    ncalls = 3
    subst = [(d, "<dir>"), (base, "<base>")]
    results = []
    violations, errors = [], []
    with ForcedNames(pool, tmp_max) as forced:
        children = []
        for c in range(nprocs):
            kinds = [rng.choice(KINDS) for _ in range(ncalls)]
            children.append(child_creator(forced, d, kinds, "p%d" % c, rng.random(), subst))
        barrier = threading.Barrier(nthreads + 1)
        outs = [[] for _ in range(nthreads)]

        def thread_main(n, kinds, seed):
            barrier.wait()
            creator(forced, d, kinds, "t%d" % n, seed, outs[n], subst)

        threads = [threading.Thread(target=thread_main,
                                    args=(n, [rng.choice(KINDS) for _ in range(ncalls)],
                                          rng.random()))
                   for n in range(nthreads)]
        for th in threads:
            th.start()
        for _, go_w, _ in children:
            os.write(go_w, b"g")
            os.close(go_w)
        barrier.wait()
        for th in threads:
            th.join()
        for pid, _, res_r in children:
            data = read_all(res_r)
            _, status = os.waitpid(pid, 0)
            if status != 0 or not data:
                errors.append("a forked creator failed (wait status %d)" % status)
                continue
            results.extend(json.loads(data.decode()))
        for o in outs:
            results.extend(o)
    # The checks.
    won = {}
    for r in results:
        if "error" in r:
            errors.append("%s raised %s" % (r["kind"], r["error"]))
            continue
        if r.get("drawn") is None:
            violations.append("%s did not draw from the forced _get_candidate_names" % r["kind"])
            continue
        if r.get("exhausted"):
            if r["errno"] != errno.EEXIST:
                violations.append("%s gave up with errno %s, not EEXIST" % (r["kind"], r["errno"]))
            if len(r["drawn"]) != tmp_max:
                violations.append("%s gave up after %d names, TMP_MAX is %d"
                                  % (r["kind"], len(r["drawn"]), tmp_max))
            continue
        p = r["path"]
        if p in won:
            violations.append("%s and %s both returned one path" % (won[p]["kind"], r["kind"]))
            continue
        won[p] = r
        if os.path.dirname(p) != d or os.path.basename(p) not in ["tmp" + n for n in pool]:
            violations.append("%s returned %s, not a forced name" % (r["kind"], norm(p, subst)))
        if r["drawn"] and "tmp" + r["drawn"][-1] != os.path.basename(p):
            violations.append("%s returned a name other than the last it drew" % r["kind"])
        if not r["fresh"]:
            violations.append("%s returned a path that was not fresh" % r["kind"])
        if r["token_error"]:
            violations.append("%s: %s" % (r["kind"], r["token_error"]))
    for r in results:
        if r.get("exhausted") and r.get("drawn"):
            for n in r["drawn"]:
                if os.path.join(d, "tmp" + n) not in won:
                    violations.append("%s gave up, but the name it drew was never taken"
                                      % r["kind"])
                    break
    for p, r in won.items():
        try:
            st = os.lstat(p)
            if r["kind"] == "mkdtemp":
                if not stat.S_ISDIR(st.st_mode):
                    violations.append("mkdtemp's path is not a directory at the end")
                    continue
                names = os.listdir(p)
                with open(os.path.join(p, "token")) as f:
                    content = f.read()
                if names != ["token"]:
                    violations.append("mkdtemp's directory holds %d entries" % len(names))
            else:
                if not stat.S_ISREG(st.st_mode):
                    violations.append("%s's path is not a regular file at the end" % r["kind"])
                    continue
                with open(p) as f:
                    content = f.read()
            if content != r["token"]:
                violations.append("%s's path holds another creator's token (or several)"
                                  % r["kind"])
        except OSError as e:
            violations.append("%s's path is unreadable at the end: %s" % (r["kind"],
                                                                           describe(e, subst)))
    for n in os.listdir(d):
        if os.path.join(d, n) not in won:
            violations.append("an entry no creator reported: %s" % n)
    force_remove(d)
    return violations, errors


def scenario_race(ch, base, runs, rng):
    use_fork = hasattr(os, "fork")
    if not use_fork:
        ch.send({"note": {"scenario": "race-create",
                          "reason": "no os.fork: threads only, no forked creators"}})
    for i in range(runs):
        try:
            v, e = race_run(base, i, rng, use_fork)
        except Exception as e:
            v, e = [], ["the run failed: " + describe(e, [(base, "<base>")])]
        ch.send({"run": {"scenario": "race-create", "violations": v, "errors": e}})


# ---------------------------------------------------------------------------------------------
# symlink-plants


PLANT_KINDS = ("symlink-to-victim-file", "symlink-to-victim-dir", "dangling-symlink", "fifo",
               "regular-file", "directory")
APIS = ("mkstemp", "mkdtemp", "NamedTemporaryFile(delete=False)",
        "NamedTemporaryFile(delete=True)", "TemporaryDirectory")


def node(p):
    """What is at ``p`` (never following a symlink): type, mode, inode, content/target."""
    try:
        st = os.lstat(p)
    except FileNotFoundError:
        return None
    m = st.st_mode
    info = [stat.S_IFMT(m), stat.S_IMODE(m), st.st_ino, st.st_nlink]
    if stat.S_ISLNK(m):
        info.append(os.readlink(p))
    elif stat.S_ISREG(m):
        with open(p, "rb") as f:
            info.append(f.read())
    elif stat.S_ISDIR(m):
        info.append(sorted(os.listdir(p)))
    return info


def plants_run(base, i, rng, api):
    d = os.path.join(base, "plants%d" % i)
    victims = os.path.join(base, "victims%d" % i)
    os.mkdir(d)
    os.mkdir(victims)
    vfile = os.path.join(victims, "file")
    vdir = os.path.join(victims, "dir")
    with open(vfile, "w") as f:
        f.write("VICTIM")
    os.chmod(vfile, 0o644)
    os.mkdir(vdir)
    os.chmod(vdir, 0o755)
    with open(os.path.join(vdir, "inner"), "w") as f:
        f.write("VICTIM INNER")
    subst = [(d, "<dir>"), (victims, "<victims>"), (base, "<base>")]
    kinds = [k for k in PLANT_KINDS if k != "fifo" or hasattr(os, "mkfifo")]
    rng.shuffle(kinds)
    pool = ["p%d" % j for j in range(len(kinds))] + ["free"]
    nowhere = []
    for name, kind in zip(pool, kinds):
        p = os.path.join(d, "tmp" + name)
        if kind == "symlink-to-victim-file":
            os.symlink(vfile, p)
        elif kind == "symlink-to-victim-dir":
            os.symlink(vdir, p)
        elif kind == "dangling-symlink":
            target = os.path.join(victims, "nowhere-" + name)
            nowhere.append(target)
            os.symlink(target, p)
        elif kind == "fifo":
            os.mkfifo(p, 0o600)
        elif kind == "regular-file":
            with open(p, "w") as f:
                f.write("PLANT")
        else:
            os.mkdir(p, 0o755)
    watched = [os.path.join(d, "tmp" + n) for n in pool[:-1]] + [vfile, vdir,
                                                                 os.path.join(vdir, "inner")]
    before = {p: node(p) for p in watched}
    inodes = {v[2] for v in before.values()}
    expected = os.path.join(d, "tmpfree")
    violations, errors = [], []

    def check_watched(when):
        for p in watched:
            now = node(p)
            if now != before[p]:
                violations.append("%s: %s changed (%s)" % (
                    when, norm(p, subst),
                    "removed" if now is None else "type/mode/inode/content"))
        for n in nowhere:
            if os.path.lexists(n):
                violations.append("%s: a dangling symlink's target was created" % when)

    def check_created(p, want_dir, fresh_ok):
        if p != expected:
            violations.append("%s returned %s, not the free name" % (api, norm(p, subst)))
            return
        st = os.lstat(p)
        if stat.S_ISLNK(st.st_mode):
            violations.append("%s returned a symlink" % api)
        elif want_dir and not stat.S_ISDIR(st.st_mode):
            violations.append("%s's path is not a directory" % api)
        elif not want_dir and not stat.S_ISREG(st.st_mode):
            violations.append("%s's path is not a regular file" % api)
        if st.st_ino in inodes:
            violations.append("%s's path is a plant or a victim (same inode)" % api)
        if not fresh_ok:
            violations.append("%s's path was not fresh (not empty, or more than one link)" % api)

    with ForcedNames(pool, len(pool), offset=0):
        try:
            if api == "mkstemp":
                fd, p = t.mkstemp(dir=d)
                st = os.fstat(fd)
                os.write(fd, b"created")
                os.close(fd)
                check_created(p, False, st.st_size == 0 and st.st_nlink == 1)
                check_watched("after mkstemp")
            elif api == "mkdtemp":
                p = t.mkdtemp(dir=d)
                check_created(p, True, os.listdir(p) == [])
                check_watched("after mkdtemp")
            elif api.startswith("NamedTemporaryFile"):
                delete = api.endswith("(delete=True)")
                f = t.NamedTemporaryFile(dir=d, delete=delete)
                st = os.fstat(f.fileno())
                f.write(b"created")
                f.flush()
                check_created(f.name, False, st.st_size == 0 and st.st_nlink == 1)
                f.close()
                if delete and os.path.lexists(f.name):
                    violations.append("%s: the file is still there after close()" % api)
                check_watched("after %s" % api)
            else:
                td = t.TemporaryDirectory(dir=d)
                p = td.name
                check_created(p, True, os.listdir(p) == [])
                check_watched("after TemporaryDirectory()")
                td.cleanup()
                if os.path.lexists(p):
                    violations.append("TemporaryDirectory: still there after cleanup()")
                check_watched("after TemporaryDirectory.cleanup()")
        except Exception as e:
            errors.append("%s raised %s" % (api, describe(e, subst)))
    force_remove(d)
    force_remove(victims)
    return violations, errors


def scenario_plants(ch, base, runs, rng):
    if not hasattr(os, "mkfifo"):
        ch.send({"note": {"scenario": "symlink-plants",
                          "reason": "no os.mkfifo: no fifo is planted"}})
    for i in range(runs):
        api = APIS[i % len(APIS)]
        try:
            v, e = plants_run(base, i, rng, api)
        except Exception as e:
            v, e = [], ["the run failed: " + describe(e, [(base, "<base>")])]
        ch.send({"run": {"scenario": "symlink-plants", "violations": v, "errors": e}})


# ---------------------------------------------------------------------------------------------
# modes


def cloexec(fd):
    """The kernel's O_CLOEXEC flag of ``fd`` (``/proc/self/fdinfo``), or None if unknown."""
    try:
        with open("/proc/self/fdinfo/%d" % fd) as f:
            for line in f:
                if line.startswith("flags:"):
                    return bool(int(line.split()[1], 8) & O_CLOEXEC)
    except (OSError, ValueError):
        pass
    return None


def check_fd(what, fd, violations):
    if os.get_inheritable(fd):
        violations.append("%s: os.get_inheritable(fd) is True" % what)
    ce = cloexec(fd)
    if ce is False:
        violations.append("%s: the descriptor lacks O_CLOEXEC (/proc/self/fdinfo)" % what)


MODE_APIS = ("mkstemp", "NamedTemporaryFile", "mkdtemp", "TemporaryDirectory", "TemporaryFile")


def modes_run(base, i, umask, api):
    d = os.path.join(base, "modes%d" % i)
    os.mkdir(d)
    subst = [(d, "<dir>"), (base, "<base>")]
    violations, errors = [], []
    old = os.umask(umask)
    try:
        what = "%s under umask %03o" % (api, umask)
        if api == "mkstemp":
            fd, p = t.mkstemp(dir=d)
            try:
                m = stat.S_IMODE(os.lstat(p).st_mode)
                if m != 0o600:
                    violations.append("%s: mode %03o, not 600" % (what, m))
                check_fd(what, fd, violations)
            finally:
                os.close(fd)
        elif api == "NamedTemporaryFile":
            with t.NamedTemporaryFile(dir=d) as f:
                m = stat.S_IMODE(os.lstat(f.name).st_mode)
                if m != 0o600:
                    violations.append("%s: mode %03o, not 600" % (what, m))
                check_fd(what, f.fileno(), violations)
        elif api == "TemporaryFile":
            with t.TemporaryFile(dir=d) as f:
                m = stat.S_IMODE(os.fstat(f.fileno()).st_mode)
                if m != 0o600:
                    violations.append("%s: mode %03o, not 600" % (what, m))
                check_fd(what, f.fileno(), violations)
        elif api == "mkdtemp":
            p = t.mkdtemp(dir=d)
            m = stat.S_IMODE(os.lstat(p).st_mode)
            if m != 0o700:
                violations.append("%s: mode %03o, not 700" % (what, m))
        else:
            with t.TemporaryDirectory(dir=d) as p:
                m = stat.S_IMODE(os.lstat(p).st_mode)
                if m != 0o700:
                    violations.append("%s: mode %03o, not 700" % (what, m))
    except Exception as e:
        errors.append("%s raised %s" % (what, describe(e, subst)))
    finally:
        os.umask(old)
    force_remove(d)
    return violations, errors


def scenario_modes(ch, base, runs, rng):
    i = 0
    for umask in (0o000, 0o077):
        for api in MODE_APIS:
            v, e = modes_run(base, i, umask, api)
            i += 1
            ch.send({"run": {"scenario": "modes", "violations": v, "errors": e}})


# ---------------------------------------------------------------------------------------------


def main(argv):
    base = None
    exchange_runs = 1000
    runs = 20
    seed = 0
    it = iter(argv)
    for a in it:
        if a == "--base":
            base = next(it)
        elif a == "--exchange-runs":
            exchange_runs = int(next(it))
        elif a == "--runs":
            runs = int(next(it))
        elif a == "--seed":
            seed = int(next(it))
        else:
            sys.stderr.write("guarantees.py: unknown argument %r\n" % a)
            return 2
    if base is None:
        sys.stderr.write("guarantees.py: --base DIR is required\n")
        return 2
    ch = Channel()
    ch.send({"hello": hello()})
    try:
        for s in ch.scenarios():
            rng = random.Random("%s-%d" % (s, seed))
            try:
                if s == "exchange":
                    scenario_exchange(ch, base, exchange_runs, rng)
                elif s == "race-create":
                    scenario_race(ch, base, runs, rng)
                elif s == "symlink-plants":
                    scenario_plants(ch, base, max(runs // 2, len(APIS)), rng)
                elif s == "modes":
                    scenario_modes(ch, base, runs, rng)
                else:
                    ch.send({"note": {"scenario": s, "reason": "unknown scenario"}})
            except ProtocolError:
                raise
            except Exception as e:
                # The scenario cannot go on here (a missing function, a failing setup): the
                # next one may.
                sys.stderr.write(traceback.format_exc())
                ch.send({"note": {"scenario": s, "reason": "stopped: the driver failed: "
                                  + describe(e, [(base, "<base>")])}})
    except Exception:
        ch.send({"fatal": traceback.format_exc()})
        return 1
    ch.send({"end": True})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
