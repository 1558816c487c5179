#!/usr/bin/env python3
"""The bookkeeping behind scripts/mutants.sh: which mutant each run tested, and how it ended.

A run is any directory under STORE/CRATE/ holding a cargo-mutants output
(`mutants.out/outcomes.json`): the shards (`K-of-N`), the re-check of the survivors (`recheck`)
and the runs that test what no run has tested yet (`fill-*`). cargo-mutants writes
`outcomes.json` after every mutant, so a run that was stopped still counts for what it tested.

Shards are slices of the list of mutants as it was when each started. The list moves between
shards (new entries in .cargo/mutants.toml, changes to the code, which rename the mutants
of the lines that moved), so a set of shards run at several commits can miss some of today's
mutants or test some that no longer exist. What counts is therefore kept per mutant, by name:
its *latest* outcome (the outcome of the run that started last; for a re-check's `--iterate`,
its `previously_caught.txt` counts as caught), and the full set is the list of mutants at the
current commit (`cargo mutants --list`), each with its latest outcome or none ("untested").

    mutants_report.py summary STORE HERE [--write] [CRATE=LISTFILE ...]
    mutants_report.py untested STORE CRATE LISTFILE     names listed now that no run has tested
    mutants_report.py survivors STORE CRATE LISTFILE    names listed now whose latest outcome is
                                                         missed or timeout
    mutants_report.py selftest                          checks the rules above on a made-up store
"""
from __future__ import annotations

import datetime
import json
import os
import pathlib
import platform
import sys
import tempfile

CRATES = ("pybase", "pyio", "pytempfile")
KINDS = ("caught", "missed", "unviable", "timeout")
SUMMARY_KIND = {"CaughtMutant": "caught", "MissedMutant": "missed", "Unviable": "unviable",
                "Timeout": "timeout"}


class Run:
    """One cargo-mutants output directory under STORE/CRATE/."""

    def __init__(self, path: pathlib.Path) -> None:
        self.path = path
        self.name = path.name
        self.done = (path / "done").exists()
        commit = path / "commit"
        self.commit = commit.read_text().strip()[:7] if commit.exists() else "?"
        out = path / "mutants.out"
        data = json.loads((out / "outcomes.json").read_text())
        self.start = str(data.get("start_time") or "")
        self.outcomes: dict[str, str] = {}
        caught_before = out / "previously_caught.txt"
        if caught_before.exists():
            for line in caught_before.read_text().splitlines():
                if line.strip():
                    self.outcomes[line.strip()] = "caught"
        for o in data["outcomes"]:
            scenario = o["scenario"]
            if scenario == "Baseline" or not isinstance(scenario, dict) or "Mutant" not in scenario:
                continue
            kind = SUMMARY_KIND.get(o["summary"])
            if kind is None:
                raise SystemExit(f"{path}: unknown outcome {o['summary']!r}")
            self.outcomes[scenario["Mutant"]["name"]] = kind

    @property
    def is_shard(self) -> bool:
        return "-of-" in self.name


def runs(store: pathlib.Path, crate: str) -> list[Run]:
    """The crate's runs, oldest start first."""
    found = [Run(p) for p in sorted((store / crate).glob("*"))
             if (p / "mutants.out" / "outcomes.json").exists()]
    return sorted(found, key=lambda r: (r.start, r.name))


def latest(all_runs: list[Run]) -> dict[str, tuple[str, Run]]:
    """Each tested name's outcome in the run that started last."""
    best: dict[str, tuple[str, Run]] = {}
    for r in all_runs:  # oldest first: later runs overwrite
        for name, kind in r.outcomes.items():
            best[name] = (kind, r)
    return best


def read_list(path: str) -> list[str]:
    return [l.strip() for l in pathlib.Path(path).read_text().splitlines() if l.strip()]


def full_set(listed: list[str], best: dict[str, tuple[str, Run]]) -> dict[str, list[str]]:
    """The names listed now, by latest outcome ("untested": none), and the tested names no
    longer listed ("gone": their code moved or the configuration lists them since)."""
    by: dict[str, list[str]] = {k: [] for k in (*KINDS, "untested", "gone")}
    now = set(listed)
    for name in listed:
        by[best[name][0] if name in best else "untested"].append(name)
    by["gone"] = sorted(n for n in best if n not in now)
    return by


def summary(store: pathlib.Path, here: pathlib.Path, write: bool, lists: dict[str, str]) -> str:
    shard_lines = ["| crate | shards done | mutants | caught | missed | unviable | timeout |",
                   "|---|---|---|---|---|---|---|"]
    full_lines = ["| crate | mutants now | caught | missed | unviable | timeout | untested | gone |",
                  "|---|---|---|---|---|---|---|---|"]
    unfinished, survivors, untested_notes, commits = [], [], [], set()
    for crate in CRATES:
        all_runs = runs(store, crate)
        totals = dict.fromkeys(KINDS, 0)
        done, of = 0, set()
        for r in all_runs:
            commits.add(f"{crate} {r.name} {r.commit}")
            if not r.is_shard:
                continue
            of.add(r.name.split("-of-")[1])
            if not r.done:
                unfinished.append(f"{crate} {r.name}")
                continue
            done += 1
            for kind in r.outcomes.values():
                totals[kind] += 1
        shard_lines.append(f"| {crate} | {done} of {'/'.join(sorted(of)) or '-'} | "
                           f"{sum(totals.values())} | " + " | ".join(str(totals[k]) for k in KINDS) + " |")
        if crate not in lists:
            continue
        best = latest(all_runs)
        by = full_set(read_list(lists[crate]), best)
        full_lines.append(f"| {crate} | {sum(len(by[k]) for k in (*KINDS, 'untested'))} | "
                          + " | ".join(str(len(by[k])) for k in (*KINDS, "untested", "gone")) + " |")
        for kind in ("missed", "timeout"):
            survivors += [f"{crate}: {kind}: `{n}` ({best[n][1].name} at {best[n][1].commit})"
                          for n in by[kind]]
        if by["untested"]:
            untested_notes.append(f"{crate}: {len(by['untested'])} untested "
                                  f"(`scripts/mutants.sh fill {crate}` tests them)")
    text = ["## Each mutant at the current commit, by its latest outcome", "",
            *full_lines, "",
            "A mutant's latest outcome is the one of the run that started last among those that "
            "tested it. *Untested*: listed now, tested by no run (the shards' slices moved, or "
            "its line did). *Gone*: tested, but no longer listed (its code moved or changed, or "
            ".cargo/mutants.toml lists it as equivalent since).", ""]
    if untested_notes:
        text += ["Untested: " + "; ".join(untested_notes), ""]
    text += [f"### Survivors: missed or timed out at their latest run ({len(survivors)})", ""]
    text += [f"- {s}" for s in survivors] or ["None."]
    text += ["", "## The shards as they ran", "", *shard_lines, ""]
    if unfinished:
        text += ["Not finished (their tested mutants count above): " + ", ".join(unfinished), ""]
    text += ["Runs and their commits: " + ", ".join(sorted(commits)), ""]
    body = "\n".join(text)
    if write:
        out = here / "results" / "mutants.md"
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        head = ["# Mutation testing: the full sets", "",
                f"Written by `scripts/mutants.sh summary --write` on {now} from the runs under "
                f"`{store}` (each crate's mutants tested by its own tests), at "
                f"{os.environ.get('PYTEMPFILE_HEAD', 'the current commit')}; "
                f"{platform.system()} {platform.release()}, {os.cpu_count()} cores. "
                "docs/mutants.md says how the runs are made and read.", ""]
        out.write_text("\n".join(head) + "\n" + body)
        body += f"\nwrote {out}\n"
    return body


def selftest() -> None:
    """The rules, on a made-up store: a later run's outcome wins, a stopped run counts for
    what it tested, previously caught names count as caught, and the names listed now decide
    what is untested and what is gone."""
    def outcome(name: str, summary: str) -> dict[str, object]:
        return {"scenario": {"Mutant": {"name": name}}, "summary": summary}

    def make(store: pathlib.Path, name: str, start: str, outs: list[dict[str, object]],
             done: bool = True, caught_before: tuple[str, ...] = ()) -> None:
        out = store / "c" / name / "mutants.out"
        out.mkdir(parents=True)
        data = {"start_time": start, "outcomes": [{"scenario": "Baseline", "summary": "Success"}, *outs]}
        (out / "outcomes.json").write_text(json.dumps(data))
        if caught_before:
            (out / "previously_caught.txt").write_text("\n".join(caught_before) + "\n")
        if done:
            (out.parent / "done").write_text("x\n")

    with tempfile.TemporaryDirectory() as d:
        store = pathlib.Path(d)
        make(store, "1-of-2", "2026-01-01T00:00:00Z",
             [outcome("a", "MissedMutant"), outcome("b", "CaughtMutant"), outcome("old", "MissedMutant")])
        make(store, "2-of-2", "2026-01-02T00:00:00Z", [outcome("c", "Timeout")], done=False)
        make(store, "recheck", "2026-01-03T00:00:00Z", [outcome("c", "MissedMutant")],
             done=False, caught_before=("a",))
        best = latest(runs(store, "c"))
        assert {n: k for n, (k, _) in best.items()} == {
            "a": "caught", "b": "caught", "c": "missed", "old": "missed"}, best
        by = full_set(["a", "b", "c", "d", "e"], best)
        assert by["caught"] == ["a", "b"] and by["missed"] == ["c"], by
        assert by["untested"] == ["d", "e"] and by["gone"] == ["old"], by
        assert by["timeout"] == [] and by["unviable"] == [], by
        # A fill run started later decides for what it tested.
        make(store, "fill-1", "2026-01-04T00:00:00Z", [outcome("d", "Unviable")], done=False)
        by = full_set(["a", "b", "c", "d", "e"], latest(runs(store, "c")))
        assert by["unviable"] == ["d"] and by["untested"] == ["e"], by
    print("mutants_report.py selftest: passed")


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    mode, args = argv[0], argv[1:]
    if mode == "summary":
        store, here = pathlib.Path(args[0]), pathlib.Path(args[1])
        write = "--write" in args[2:]
        lists = dict(a.split("=", 1) for a in args[2:] if "=" in a)
        print(summary(store, here, write, lists), end="")
    elif mode in ("untested", "survivors"):
        store, crate, listfile = pathlib.Path(args[0]), args[1], args[2]
        by = full_set(read_list(listfile), latest(runs(store, crate)))
        names = by["untested"] if mode == "untested" else sorted(by["missed"] + by["timeout"])
        print("\n".join(names))
    elif mode == "selftest":
        selftest()
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
