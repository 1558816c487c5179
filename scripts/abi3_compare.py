"""The stable-ABI wheel against the per-interpreter wheel, in one process (scripts/dist.sh
compare runs this; docs/packaging.md has the figures and the decision).

    python abi3_compare.py [--rounds N] [--dir DIR] [--record] LABEL=SITE_PACKAGES ...

Each LABEL's installed ``pytempfile`` package (SITE_PACKAGES/pytempfile, its native extension
included) is copied under a name of its own (``pt_LABEL``) and imported beside the others: two
builds of the extension live in one interpreter (each a separate shared object), so that every
round times the standard module and every build one after the other, in rotating order, on the
same machine state. The operations are ``python -m pytempfile --bench``'s (pytempfile._bench);
the table shows the median per iteration over the rounds, and each build's time relative to
the first build's.
"""

import importlib
import os
import platform
import shutil
import statistics
import sys
import tempfile as _std


def load(label, site):
    root = _std.mkdtemp(prefix="abi3-compare-")
    name = "pt_" + label.replace("-", "_")
    shutil.copytree(os.path.join(site, "pytempfile"), os.path.join(root, name))
    sys.path.insert(0, root)
    try:
        mod = importlib.import_module(name)
    finally:
        sys.path.remove(root)
    native = [f for f in os.listdir(os.path.join(root, name)) if f.startswith("_native")]
    return mod, native, root


def main(argv):
    rounds, d, record, builds = 15, None, False, []
    it = iter(argv)
    for a in it:
        if a == "--rounds":
            rounds = int(next(it))
        elif a == "--dir":
            d = next(it)
        elif a == "--record":
            record = True
        elif "=" in a:
            builds.append(tuple(a.split("=", 1)))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    if len(builds) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    d = d or _std.gettempdir()
    loaded = []
    for label, site in builds:
        mod, native, root = load(label, site)
        loaded.append((label, mod, native, root))
    # The operations and the timer of the benchmark, from the first build's copy (pure Python).
    sys.modules.setdefault("pytempfile", loaded[0][1])
    bench = importlib.import_module(loaded[0][1].__name__ + "._bench")
    contenders = [("tempfile", _std)] + [(label, mod) for label, mod, _, _ in loaded]
    lines = ["CPython %s, %s, %d rounds; extensions: %s" % (
        sys.version.split()[0], d, rounds,
        ", ".join("%s %s" % (label, "/".join(native)) for label, _, native, _ in loaded))]
    head = "%-36s" % "operation" + "".join("%14s" % c for c, _ in contenders) + "".join(
        "%16s" % ("%s/%s" % (label, builds[0][0])) for label, _ in builds[1:])
    lines.append(head)
    print("\n".join(lines), flush=True)
    rows = []
    for label, fn, n in bench._ops(d):
        acc = [[] for _ in contenders]
        for r in range(rounds):
            k = r % len(contenders)
            order = list(range(len(contenders)))
            for i in order[k:] + order[:k]:
                acc[i].append(bench._time(fn, contenders[i][1], n))
        med = [statistics.median(a) for a in acc]
        rows.append((label, med))
        print("%-36s" % label + "".join("%11.2f µs" % (m * 1e6) for m in med)
              + "".join("%16.3f" % (m / med[1]) for m in med[2:]), flush=True)
    if record:
        from_results = importlib.import_module(loaded[0][1].__name__ + "._results")
        names = [c for c, _ in contenders]
        body = ["Medians of %d rounds in `%s`, every contender timed in each round in rotating "
                "order, in one process. Extensions: %s. The last columns are each build's "
                "median over the first build's (below 1: faster)." % (
                    rounds, d, "; ".join("%s `%s`" % (label, "/".join(native))
                                         for label, _, native, _ in loaded)), "",
                "| operation | " + " | ".join(names) + " | "
                + " | ".join("%s / %s" % (label, builds[0][0]) for label, _ in builds[1:]) + " |",
                "|---" * (len(names) + len(builds)) + "|"]
        for label, med in rows:
            body.append("| %s | " % label + " | ".join("%.2f µs" % (m * 1e6) for m in med)
                        + " | " + " | ".join("%.3f" % (m / med[1]) for m in med[2:]) + " |")
        path = from_results.write(
            "abi3-compare-%s" % platform.python_version(),
            "The abi3 wheel against the per-interpreter wheel: CPython %s"
            % platform.python_version(),
            "scripts/dist.sh compare", body)
        print("written to %s" % path)
    for _, _, _, root in loaded:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
