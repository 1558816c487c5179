"""Record the running CPython's answers to the io corpus: corpus/cpython-<X.Y.Z>.jsonl.

    python3 corpus/record.py [--out FILE]

Runs every case of corpus/cases/<suite>.txt through corpus/drivers/<suite>.py (a child process
per suite, `-W ignore`) and writes one JSON object per line: first a header
`{"cpython": "X.Y.Z", "read1_fix": bool}`, then one per case, in SUITES' and the cases files'
order: `{"suite": ..., "case": ..., "rows": [...]}`. Releases before 3.13 record the suites on
files (buffered, text) with drivers/read1_fix.py installed (3.13's BufferedRandom.read1, which
pytempfile follows in every release mode); what they answer without it is kept as
`"unpatched"` where it differs. The suites on memory (textio, codec) never reach read1.

scripts/record-corpus.sh runs this under every interpreter the project tests, the Debian sid
root's included. Only the standard library is needed.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# (suite, whether it reaches BufferedRandom.read1, so is recorded with and without the fix)
SUITES = (("buffered", True), ("text", True), ("textio", False), ("codec", False))


def cases(suite):
    with open(os.path.join(HERE, "cases", suite + ".txt"), encoding="utf-8") as f:
        lines = (line.strip() for line in f)
        return [line for line in lines if line and not line.startswith("#")]


def run(suite, lines, read1_fix):
    env = dict(os.environ)
    env.pop("PYTEMPFILE_READ1_FIX", None)
    env["PYTHONIOENCODING"] = "utf-8"
    if read1_fix:
        env["PYTEMPFILE_READ1_FIX"] = "1"
    driver = os.path.join(HERE, "drivers", suite + ".py")
    out = subprocess.run(
        [sys.executable, "-B", "-W", "ignore", driver],
        input="".join(line + "\n" for line in lines),
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    answers = []
    for line in out.splitlines():
        if line.startswith("= "):
            answers.append((line[2:], []))
        else:
            answers[-1][1].append(line)
    got = [case for case, _ in answers]
    if got != lines:
        raise SystemExit("%s: the driver answered other cases than it was given" % suite)
    return [rows for _, rows in answers]


def main():
    release = "%d.%d.%d" % sys.version_info[:3]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(HERE, "cpython-%s.jsonl" % release))
    args = parser.parse_args()
    read1_fix = sys.version_info < (3, 13)
    records = [{"cpython": release, "read1_fix": read1_fix}]
    for suite, reads1 in SUITES:
        lines = cases(suite)
        fix = read1_fix and reads1
        rows = run(suite, lines, fix)
        unpatched = run(suite, lines, False) if fix else rows
        for case, r, u in zip(lines, rows, unpatched):
            record = {"suite": suite, "case": case, "rows": r}
            if u != r:
                record["unpatched"] = u
            records.append(record)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, args.out)
    print("%s: %d cases" % (os.path.relpath(args.out), len(records) - 1))


if __name__ == "__main__":
    main()
