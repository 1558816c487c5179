"""The typing check: mypy --strict gives pytempfile's users what it gives tempfile's.

    python check.py [--mypy MYPY] [--python-version X.Y]

Runs mypy --strict on user_code.py as written (`import tempfile`) and on a copy whose import
is `import pytempfile as tempfile`, with pytempfile's package directory (its `__init__.pyi`
and `py.typed`) on MYPYPATH, and compares the two reports line by line once the file names
are made equal. Exit status 0 when both agree and the report has the revealed types and the
deliberate errors in it; 1 otherwise, printing the difference.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def run_mypy(mypy, path, mypypath, extra):
    env = dict(os.environ, MYPYPATH=mypypath)
    cmd = [mypy, *extra, "--strict", "--no-incremental", "--hide-error-context",
           "--no-error-summary", "--show-error-codes", os.path.basename(path)]
    proc = subprocess.run(cmd, cwd=os.path.dirname(path), env=env, capture_output=True,
                          text=True)
    if proc.returncode not in (0, 1) or proc.stderr.strip():
        sys.exit("mypy failed to run (%d): %s%s" % (proc.returncode, proc.stdout, proc.stderr))
    return proc.stdout.splitlines()


def main(argv):
    mypy = shutil.which("mypy") or "mypy"
    extra = []
    it = iter(argv)
    for a in it:
        if a == "--mypy":
            mypy = next(it, mypy)
        elif a == "--python-version":
            extra = ["--python-version", next(it, "")]
        else:
            sys.exit("usage: check.py [--mypy MYPY] [--python-version X.Y]")
    source = open(os.path.join(HERE, "user_code.py"), encoding="utf-8").read()
    ours = re.sub(r"^import tempfile$", "import pytempfile as tempfile", source,
                  flags=re.MULTILINE)
    if ours == source:
        sys.exit("user_code.py has no 'import tempfile' line to rewrite")
    with tempfile.TemporaryDirectory() as d:
        a, b = os.path.join(d, "std", "user_code.py"), os.path.join(d, "ours", "user_code.py")
        for path, text in ((a, source), (b, ours)):
            os.makedirs(os.path.dirname(path))
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        std = run_mypy(mypy, a, "", extra)
        ext = run_mypy(mypy, b, PACKAGE_ROOT, extra)
    revealed = [l for l in std if "Revealed type" in l]
    errors = [l for l in std if ": error:" in l]
    marked = len(re.findall(r"\S  # error", source))
    print("mypy --strict %s" % " ".join(extra))
    print("tempfile:   %d revealed types, %d errors" % (len(revealed), len(errors)))
    print("pytempfile: %d revealed types, %d errors" % (
        sum("Revealed type" in l for l in ext), sum(": error:" in l for l in ext)))
    ok = True
    if len(errors) != marked:
        print("expected %d errors (one per '# error' line) with tempfile, got:" % marked)
        print("\n".join(errors))
        ok = False
    if not revealed:
        print("no revealed types: the check would prove nothing")
        ok = False
    if std != ext:
        ok = False
        print("the reports differ:")
        for i in range(max(len(std), len(ext))):
            x = std[i] if i < len(std) else "<none>"
            y = ext[i] if i < len(ext) else "<none>"
            if x != y:
                print("  tempfile:   " + x)
                print("  pytempfile: " + y)
    print("same report" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
