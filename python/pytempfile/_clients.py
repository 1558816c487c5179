"""``python -m pytempfile --clients``: real code that uses tempfile, run with the standard module
and with pytempfile, outcome by outcome.

Usage::

    python -m pytempfile --clients [--stdlib] [--third-party] [--modules M,...]
                                   [--packages NAME,...] [--cache DIR] [--source DIR]
                                   [--out FILE] [--timeout SECONDS]

Without ``--stdlib`` or ``--third-party``, both run.

* ``--stdlib``: standard-library test modules that use tempfile heavily (``STDLIB_MODULES``,
  or ``--modules``), each run twice in a child interpreter: as shipped, and with
  ``sys.modules['tempfile'] = pytempfile`` installed before anything imports tempfile.  As
  ``python -m test`` does without ``-u``, no test resource is enabled, and each run has a fresh
  working directory.  Children that these tests start themselves (``sys.executable``) import
  the standard module in both runs.
* ``--third-party``: the packages of ``PACKAGES`` (or ``--packages``), from their pinned
  sdists (``pip download --no-binary :all:``, cached in ``--cache``, default
  ``~/.cache/pytempfile-clients``, ``$PYTEMPFILE_CLIENTS_CACHE``), each installed with its test
  dependencies and pytempfile (a wheel built once per interpreter from ``--source``, the
  repository's ``python/`` directory, with ``pip wheel``) in its own virtual environment.  The
  package's test suite runs twice with pytest (JUnit XML): with the standard module, then with
  ``PYTEMPFILE_SWAP=1``, which makes a ``.pth`` file in the environment install pytempfile as
  ``tempfile`` before anything imports it (in pytest's own children too).  Each run works on a
  fresh copy of the sdist's tree with its own ``TMPDIR``.

Every run prints its counts and the tests whose outcome changed, and the summary goes to
``--out`` (default ``target/conformance/clients-<python version>.json`` in the repository, which
the conformance report reads); results of a part not run this time are kept from the file.
The exit status is 1 if any outcome changed or a run could not be made.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET

# The standard module, for the runner's own temporary trees (never pytempfile, whatever the
# caller did).
if "tempfile" in sys.modules and sys.modules["tempfile"].__name__ == "pytempfile":
    del sys.modules["tempfile"]
import tempfile as _std_tempfile  # noqa: E402

STDLIB_MODULES = [
    "test_shutil", "test_zipfile", "test_tarfile", "test_logging", "test_compileall",
    "test_fileinput", "test_csv",
]


class Package:
    """A pinned sdist, its test dependencies, and how its suite is run."""

    def __init__(self, name, version, deps, args, why, extras=""):
        self.name = name
        self.version = version
        self.deps = deps
        self.args = args
        self.why = why
        self.extras = extras


PACKAGES = [
    Package("starlette", "1.10.0",
            ["itsdangerous", "jinja2", "opentelemetry-api", "python-multipart>=0.0.18", "pyyaml",
             "httpx>=0.27.0,<0.29.0", "httpx2[zstd]>=2.0.0", "blockbuster>=1.5.23",
             "importlib-metadata", "opentelemetry-sdk", "pytest>=9.1.1", "trio>=0.34.0"],
            ["tests"],
            "web framework: multipart uploads go to a SpooledTemporaryFile; its tests subclass it "
            "and override rollover()"),
    Package("aiofiles", "25.1.0", ["pytest>=8.3.5", "pytest-asyncio>=1.0.0"], ["tests"],
            "async wrappers over every tempfile class; writes through SpooledTemporaryFile._file "
            "and reads _rolled, _max_size"),
    Package("python-multipart", "0.0.34", ["pytest", "pyyaml", "pytest-timeout"], ["tests"],
            "the multipart parser behind starlette and FastAPI: uploads over the memory limit go "
            "to NamedTemporaryFile(delete=...)"),
    Package("werkzeug", "3.1.9",
            ["pytest", "pytest-timeout", "ephemeral-port-reserve", "cryptography", "watchdog",
             "cffi"],
            ["tests"],
            "Flask's WSGI toolkit: the form parser spools uploads in SpooledTemporaryFile, the "
            "test client buffers input in TemporaryFile, the dev server's ad-hoc certificates use "
            "mkstemp"),
    Package("click", "8.5.1", ["pytest"], ["tests"],
            "CLI toolkit: CliRunner captures output in TemporaryFile(buffering=0), "
            "isolated_filesystem uses mkdtemp, edit() uses mkstemp and NamedTemporaryFile"),
    Package("pytest", "9.2.0", [], ["testing"],
            "the test runner: capture through TemporaryFile, tmp_path under gettempdir(), the "
            "cache directory made with mkdtemp; its own suite drives all of them (pytester)",
            extras="[dev]"),
    Package("build", "1.6.1",
            ["filelock>=3.20.1", "wheel>=0.38.1", "setuptools>=67.8.0", "setuptools_scm>=6.4.2",
             "pip>=22.3", "pytest>=6.2.5,!=9.1.0", "pytest-mock>=3.7.0",
             "pytest-rerunfailures>=10.2", "pytest-xdist>=2.4.0", "virtualenv>=20.36.1",
             "uv>=0.1.18", "covdefaults>=2.3", "pytest-cov>=3.0.0"],
            ["tests", "-m", "not network"],
            "the packaging front end: isolated build environments in mkdtemp, "
            "TemporaryDirectory per build, NamedTemporaryFile for requirement lists"),
]

PASS, FAIL, SKIP = "passed", "failed", "skipped"


def _say(*parts):
    print(*parts, flush=True)


# ---------------------------------------------------------------------------------------------
# Standard-library test modules.

def _counts(outcomes):
    c = {PASS: 0, FAIL: 0, SKIP: 0}
    for o in outcomes.values():
        c[o if o in c else FAIL] += 1
    return c


def _changed(std, sub):
    out = []
    for key in sorted(set(std) | set(sub)):
        a, b = std.get(key, "missing"), sub.get(key, "missing")
        if a != b:
            out.append("%s: %s -> %s" % (key, a, b))
    return out


def _run_stdlib_module(module, mode, timeout):
    with _std_tempfile.TemporaryDirectory(prefix="pytempfile-clients-") as work:
        result = os.path.join(work, "result.json")
        cwd = os.path.join(work, "cwd")
        os.mkdir(cwd)
        env = dict(os.environ)
        env.pop("PYTEMPFILE_SWAP", None)
        start = time.monotonic()
        try:
            p = subprocess.run(
                [sys.executable, "-m", "pytempfile._stdlib_child", module, mode, result],
                cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, "timed out after %d s" % timeout, time.monotonic() - start
        took = time.monotonic() - start
        if not os.path.exists(result):
            tail = p.stdout.decode(errors="replace")[-2000:]
            return None, "exit %d, no result:\n%s" % (p.returncode, tail), took
        with open(result) as f:
            data = json.load(f)
        want = ("pytempfile",) if mode == "pytempfile" else ("tempfile", None)
        if data["tempfile"] not in want:
            return None, "tempfile was %s, not %s" % (data["tempfile"], want[0]), took
        return data["outcomes"], None, took


def run_stdlib(modules, timeout):
    _say("== standard-library test modules, CPython %s (%s)" % (platform.python_version(),
                                                              sys.executable))
    results = {}
    for module in modules:
        std, err1, t1 = _run_stdlib_module(module, "standard", timeout)
        sub, err2, t2 = _run_stdlib_module(module, "pytempfile", timeout)
        if err1 or err2:
            _say("%s: could not run: %s" % (module, err1 or err2))
            results[module] = {"error": err1 or err2}
            continue
        c = _counts(sub)
        changed = _changed(std, sub)
        _say("%s: %d passed, %d failed, %d skipped (with pytempfile); %d changed "
             "[%.0f s standard, %.0f s pytempfile]"
             % (module, c[PASS], c[FAIL], c[SKIP], len(changed), t1, t2))
        for line in changed:
            _say("    changed: " + line)
        both = sorted(k for k in set(std) & set(sub) if std[k] == FAIL and sub[k] == FAIL)
        for key in both:
            _say("    failed in both runs: " + key)
        results[module] = {"standard": _counts(std), "pytempfile": c, "changed": changed,
                           "failed_in_both": both,
                           "seconds": [round(t1, 1), round(t2, 1)]}
    ok = [r for r in results.values() if "error" not in r]
    total = {k: sum(r["pytempfile"][k] for r in ok) for k in (PASS, FAIL, SKIP)}
    n_changed = sum(len(r["changed"]) for r in ok)
    _say("stdlib with pytempfile: %d passed, %d failed, %d skipped; %d changed"
         % (total[PASS], total[FAIL], total[SKIP], n_changed))
    return results


# ---------------------------------------------------------------------------------------------
# Third-party packages.

def _run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw)
    if p.returncode != 0:
        tail = p.stdout.decode(errors="replace").strip().splitlines()[-12:]
        raise RuntimeError("%s failed (exit %d):\n%s" % (" ".join(map(str, cmd)), p.returncode,
                                                           "\n".join(tail)))
    return p.stdout.decode(errors="replace")


def _sdist(cache, pkg):
    """The cached sdist of `pkg` (downloaded once)."""
    sdists = os.path.join(cache, "sdists")
    os.makedirs(sdists, exist_ok=True)
    norm = pkg.name.replace("-", "_").lower()
    for f in os.listdir(sdists):
        low = f.lower()
        if low.startswith("%s-%s." % (norm, pkg.version)) or \
                low.startswith("%s-%s." % (pkg.name.lower(), pkg.version)):
            return os.path.join(sdists, f)
    _say("  downloading %s==%s (sdist)" % (pkg.name, pkg.version))
    _run([sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps", "-q",
          "-d", sdists, "%s==%s" % (pkg.name, pkg.version)])
    return _sdist(cache, pkg)


def _source_tree(cache, pkg, sdist):
    """The sdist unpacked once under the cache; returns its top directory."""
    dest = os.path.join(cache, "src", "%s-%s" % (pkg.name, pkg.version))
    if not os.path.isdir(dest):
        tmp = dest + ".partial"
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        with tarfile.open(sdist) as tf:
            if hasattr(tarfile, "data_filter"):
                tf.extractall(tmp, filter="data")
            else:
                tf.extractall(tmp)
        os.rename(tmp, dest)
    (top,) = os.listdir(dest)
    return os.path.join(dest, top)


def _wheel(cache, source):
    """pytempfile's wheel for this interpreter, built once from `source` (maturin, via pip)."""
    tag = "%s-%s" % (platform.python_version(), _source_stamp(source))
    wheels = os.path.join(cache, "wheels", tag)
    if os.path.isdir(wheels):
        found = [f for f in os.listdir(wheels) if f.endswith(".whl")]
        if found:
            return os.path.join(wheels, found[0])
    _say("  building pytempfile's wheel for CPython %s from %s (pip wheel; a few minutes)"
         % (platform.python_version(), source))
    tmp = wheels + ".partial"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp, source])
    os.rename(tmp, wheels)
    return _wheel(cache, source)


def _source_stamp(source):
    """A short digest of the sources that go into the wheel (so a changed tree rebuilds)."""
    import hashlib
    h = hashlib.sha256()
    roots = [os.path.join(source, d) for d in ("src", "pytempfile", "Cargo.toml", "pyproject.toml")]
    roots += [os.path.join(source, "..", crate) for crate in ("impl", "pyio", "pybase")]
    for root in roots:
        if os.path.isfile(root):
            paths = [root]
        else:
            paths = []
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if d not in ("target", "__pycache__"))
                # The runner's own files do not change the module under test.
                paths += [os.path.join(dirpath, f) for f in sorted(filenames)
                          if not f.endswith((".so", ".pyc"))
                          and f not in ("_clients.py", "_stdlib_child.py", "_bench.py")]
        for p in paths:
            h.update(os.path.relpath(p, source).encode())
            with open(p, "rb") as f:
                h.update(f.read())
    return h.hexdigest()[:12]


PTH = ('import os; os.environ.get("PYTEMPFILE_SWAP") == "1" and __import__("pytempfile._swap")\n')


def _venv(cache, pkg, sdist, wheel):
    """A virtual environment with `pkg`, its test dependencies, pytempfile and the swap .pth;
    made once per interpreter, package and wheel."""
    spec = json.dumps([pkg.name, pkg.version, pkg.extras, pkg.deps, os.path.basename(wheel),
                       os.path.dirname(wheel)])
    root = os.path.join(cache, "venvs", platform.python_version(), pkg.name)
    stamp = os.path.join(root, ".pytempfile-clients")
    py = os.path.join(root, "bin", "python")
    if os.path.exists(stamp):
        with open(stamp) as f:
            if f.read() == spec:
                return py
    _say("  making the environment for %s %s" % (pkg.name, pkg.version))
    shutil.rmtree(root, ignore_errors=True)
    base = getattr(sys, "_base_executable", sys.executable)
    _run([base, "-m", "venv", root])
    _run([py, "-m", "pip", "install", "-q", "--upgrade", "pip"])
    _run([py, "-m", "pip", "install", "-q", sdist + pkg.extras, wheel, *pkg.deps])
    site = _run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).strip()
    # "00" sorts first: the swap happens before any other .pth runs code.
    with open(os.path.join(site, "00-pytempfile-swap.pth"), "w") as f:
        f.write(PTH)
    with open(stamp, "w") as f:
        f.write(spec)
    return py


def _junit(path, work):
    """Outcomes per test id from pytest's JUnit XML (the run's own directory `work`, which
    parametrized ids may contain, shown as ``<WORK>``)."""
    outcomes = {}
    tree = ET.parse(path)
    for case in tree.iter("testcase"):
        key = "%s::%s" % (case.get("classname", ""), case.get("name", ""))
        key = key.replace(work, "<WORK>")
        tags = {child.tag for child in case}
        if tags & {"failure", "error"}:
            o = FAIL
        elif "skipped" in tags:
            o = SKIP
        else:
            o = PASS
        old = outcomes.get(key)
        if old == FAIL or (old == SKIP and o == PASS):
            continue
        outcomes[key] = o
    return outcomes


def _pytest_run(py, tree, pkg, swap, timeout):
    with _std_tempfile.TemporaryDirectory(prefix="pytempfile-clients-") as work:
        src = os.path.join(work, "src")
        shutil.copytree(tree, src, symlinks=True)
        tmp = os.path.join(work, "tmp")
        os.mkdir(tmp)
        xml = os.path.join(work, "junit.xml")
        env = dict(os.environ)
        for var in ("PYTEMPFILE_SWAP", "PYTEMPFILE_SWAP_LATE", "PYTHONPATH", "PYTEST_ADDOPTS"):
            env.pop(var, None)
        env["TMPDIR"] = tmp
        if swap:
            env["PYTEMPFILE_SWAP"] = "1"
            check = _run([py, "-c", "import tempfile, os; print(tempfile.__name__, "
                                    "os.environ.get('PYTEMPFILE_SWAP_LATE', ''))"],
                         env=env, cwd=src).split()
            if check != ["pytempfile"]:
                raise RuntimeError("the swap did not take effect: %r" % check)
        cmd = [py, "-m", "pytest", *pkg.args, "--junitxml", xml, "-o", "junit_family=xunit2",
               "-q", "-p", "no:cacheprovider"]
        if pkg.name == "pytest":
            cmd.remove("no:cacheprovider")
            cmd.remove("-p")
        start = time.monotonic()
        try:
            p = subprocess.run(cmd, cwd=src, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise RuntimeError("timed out after %d s" % timeout)
        took = time.monotonic() - start
        if not os.path.exists(xml):
            raise RuntimeError("pytest wrote no JUnit XML (exit %d):\n%s"
                               % (p.returncode, p.stdout.decode(errors="replace")[-3000:]))
        last = p.stdout.decode(errors="replace").strip().splitlines()[-1:]
        return _junit(xml, work), took, (last[0] if last else "")


def run_third_party(packages, cache, source, timeout):
    _say("== third-party test suites, CPython %s (%s)" % (platform.python_version(),
                                                        sys.executable))
    results = {}
    wheel = None
    for pkg in packages:
        try:
            sdist = _sdist(cache, pkg)
            tree = _source_tree(cache, pkg, sdist)
            if wheel is None:
                if source is None:
                    raise RuntimeError("no python/ directory to build pytempfile from: pass "
                                       "--source DIR (the repository's python/)")
                wheel = _wheel(cache, source)
            py = _venv(cache, pkg, sdist, wheel)
            std, t1, last1 = _pytest_run(py, tree, pkg, False, timeout)
            sub, t2, last2 = _pytest_run(py, tree, pkg, True, timeout)
        except (RuntimeError, OSError, subprocess.SubprocessError) as e:
            _say("%s %s: could not run: %s" % (pkg.name, pkg.version, e))
            results[pkg.name] = {"version": pkg.version, "error": str(e)[-3000:]}
            continue
        changed = _changed(std, sub)
        c = _counts(sub)
        _say("%s %s: %d tests, %d changed (with pytempfile: %d passed, %d failed, %d skipped) "
             "[%.0f s standard, %.0f s pytempfile]"
             % (pkg.name, pkg.version, len(set(std) | set(sub)), len(changed), c[PASS], c[FAIL],
                c[SKIP], t1, t2))
        _say("    standard:   " + last1)
        _say("    pytempfile: " + last2)
        for line in changed:
            _say("    changed: " + line)
        both = sorted(k for k in set(std) & set(sub) if std[k] == FAIL and sub[k] == FAIL)
        for key in both:
            _say("    failed in both runs: " + key)
        freeze = _run([py, "-m", "pip", "freeze", "--all"]).split()
        results[pkg.name] = {"version": pkg.version, "why": pkg.why,
                             "tests": len(set(std) | set(sub)), "changed": changed,
                             "standard": _counts(std), "pytempfile": c,
                             "failed_in_both": both,
                             "seconds": [round(t1, 1), round(t2, 1)], "installed": freeze}
    return results


# ---------------------------------------------------------------------------------------------

def _find_source():
    """The repository's python/ directory, looked for from the working directory upwards."""
    d = os.getcwd()
    while True:
        cand = os.path.join(d, "python", "pyproject.toml")
        if os.path.exists(cand):
            return os.path.dirname(cand)
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def main(argv):
    ap = argparse.ArgumentParser(prog="python -m pytempfile --clients",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--stdlib", action="store_true", help="run the standard-library modules")
    ap.add_argument("--third-party", action="store_true", help="run the third-party suites")
    ap.add_argument("--modules", help="comma-separated standard-library test modules")
    ap.add_argument("--packages", help="comma-separated names from the package list")
    ap.add_argument("--cache", default=os.environ.get(
        "PYTEMPFILE_CLIENTS_CACHE", os.path.expanduser("~/.cache/pytempfile-clients")))
    ap.add_argument("--source", help="the repository's python/ directory, which the wheel is "
                                     "built from (default: found from the working directory)")
    ap.add_argument("--out", help="the JSON summary (default: target/conformance/"
                                  "clients-<version>.json in the repository)")
    ap.add_argument("--timeout", type=int, default=1800, help="seconds per run (default 1800)")
    ap.add_argument("--record", action="store_true",
                    help="also write results/clients-<version>.md from the summary")
    ap.add_argument("--list", action="store_true", help="list the modules and packages")
    args = ap.parse_args(argv)
    if args.list:
        for m in STDLIB_MODULES:
            print("stdlib", m)
        for p in PACKAGES:
            print("package %s %s: %s" % (p.name, p.version, p.why))
        return 0
    both = not args.stdlib and not args.third_party
    source = os.path.abspath(args.source) if args.source else _find_source()
    out = args.out
    if out is None:
        base = os.path.dirname(source) if source else os.getcwd()
        out = os.path.join(base, "target", "conformance",
                           "clients-%s.json" % platform.python_version())
    parts = {}
    status = 0
    if args.stdlib or both:
        modules = args.modules.split(",") if args.modules else STDLIB_MODULES
        res = run_stdlib(modules, args.timeout)
        parts["stdlib"] = res
        if any("error" in r or r["changed"] for r in res.values()):
            status = 1
    if args.third_party or both:
        names = args.packages.split(",") if args.packages else [p.name for p in PACKAGES]
        unknown = set(names) - {p.name for p in PACKAGES}
        if unknown:
            ap.error("unknown packages: %s (see --list)" % ", ".join(sorted(unknown)))
        pkgs = [p for p in PACKAGES if p.name in names]
        res = run_third_party(pkgs, os.path.abspath(args.cache), source, args.timeout)
        parts["third_party"] = res
        if any("error" in r or r["changed"] for r in res.values()):
            status = 1
    # Merged into the file as it is now (another run may have written it meanwhile): results
    # of modules and packages not run this time are kept.
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    summary = {}
    if os.path.exists(out):
        with open(out) as f:
            summary = json.load(f)
    summary["python"] = platform.python_version()
    for part, res in parts.items():
        summary.setdefault(part, {}).update(res)
    tmp = out + ".%d" % os.getpid()
    with open(tmp, "w") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
    os.replace(tmp, out)
    _say("summary written to %s" % out)
    if args.record:
        from pytempfile import _results
        path = _results.write("clients-%s" % platform.python_version(),
                              "Real clients: CPython %s" % platform.python_version(),
                              "python -m pytempfile --clients " + " ".join(argv),
                              _markdown(summary),
                              start=os.path.dirname(source) if source else None)
        _say("results written to %s" % path)
    return status


def _markdown(summary):
    """The summary as a table: one row per module or package, its counts with pytempfile and
    how many outcomes changed; then the tests failing with both modules, and the changed ones."""
    lines = ["\"failed\" are tests that fail with the standard module too (listed below); "
             "\"changed\" are tests whose outcome differs between the two runs.", "",
             "| client | tests | with pytempfile: passed / failed / skipped | changed |",
             "|---|---|---|---|"]
    notes = []
    for part in ("stdlib", "third_party"):
        for name, r in sorted(summary.get(part, {}).items()):
            label = name if part == "stdlib" else "%s %s" % (name, r.get("version", ""))
            if "error" in r:
                lines.append("| %s | could not run | | |" % label)
                notes.append("- %s: could not run: %s" % (label, r["error"].splitlines()[-1:]))
                continue
            c = r["pytempfile"]
            n = r.get("tests", sum(c.values()))
            lines.append("| %s | %d | %d / %d / %d | %d |"
                         % (label, n, c[PASS], c[FAIL], c[SKIP], len(r["changed"])))
            notes += ["- %s: failed with both: `%s`" % (label, t) for t in r.get("failed_in_both", [])]
            notes += ["- %s: **changed**: `%s`" % (label, t) for t in r["changed"]]
    return lines + ([""] + notes if notes else [])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
