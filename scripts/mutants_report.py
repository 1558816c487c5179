#!/usr/bin/env python3
"""The bookkeeping behind scripts/mutants.sh: which mutant each run tested, and how it ended.

A run is any directory under STORE/CRATE/ holding a cargo-mutants output
(`mutants.out/outcomes.json`): the shards (`K-of-N`), the re-check of the survivors (`recheck`)
and the runs that test what no run has tested yet (`fill-*`). cargo-mutants writes
`outcomes.json` after every mutant, so a run that was stopped still counts for what it tested.

Shards are slices of the list of mutants as it was when each started. The list moves between
shards (new entries in .cargo/mutants.toml, changes to the code), so a set of shards run at
several commits can miss some of today's mutants or test some that no longer exist. What counts
is therefore kept per mutant: its *latest* outcome (the outcome of the run that started last), and the full set
is the list of mutants at the current commit (`cargo mutants --list --json`), each with its
latest outcome or none ("untested").

A mutant is known by what it changes, not by its name: cargo-mutants names it by line and
column, which move whenever code above it does. Its identity is its file, its function, the
text of that function at the run's commit (`git show COMMIT:FILE`; the text of the line for a
mutant outside any function), its place within that text and its replacement. A mutant of a
function whose text is unchanged keeps its outcome wherever the function moved; a mutant of a
function that changed is a new mutant. A run's source is taken to be its commit's, so
scripts/mutants.sh starts runs only from a tree whose sources are committed.

The store lives on one machine. So that the runs outlive it, `keep` copies each run into the
ledger, HERE/results/mutants/CRATE/RUN.jsonl: a header line (the run's name, commit, start and
whether it finished), then one line per mutant it tested, with what its identity needs and its
outcome. The books are the store's runs and the ledger's, a run in the store taking the place
of its copy in the ledger; a run known only to the ledger counts as it was kept.

    mutants_report.py summary STORE HERE [--write] [CRATE=LISTJSON ...]
    mutants_report.py untested STORE HERE CRATE LISTJSON   names listed now that no run tested
    mutants_report.py survivors STORE HERE CRATE LISTJSON  names listed now whose latest outcome
                                                            is missed or timeout
    mutants_report.py keep STORE HERE                      copies every run of the store into
                                                            the ledger (results/mutants/)
    mutants_report.py selftest                             checks these rules on a made-up
                                                            repository and store
    mutants_report.py check-config HERE                    checks that every exclude_re entry
                                                            of .cargo/mutants.toml named by its
                                                            line and column still points at its
                                                            operator, in its function
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import pathlib
import platform
import re
import subprocess
import sys
import tempfile
from typing import Any, Callable, Optional

Key = tuple[Any, ...]

CRATES = ("pybase", "pyio", "pytempfile")
KINDS = ("caught", "missed", "unviable", "timeout")
SUMMARY_KIND = {"CaughtMutant": "caught", "MissedMutant": "missed", "Unviable": "unviable",
                "Timeout": "timeout"}


class Sources:
    """File texts at a commit (`None`: the working tree), read once each."""

    def __init__(self, here: pathlib.Path) -> None:
        self.here = here
        self.cache: dict[tuple[Optional[str], str], list[str]] = {}

    def lines(self, commit: Optional[str], file: str) -> list[str]:
        k = (commit, file)
        if k not in self.cache:
            if commit is None:
                path = self.here / file
                text = path.read_text(encoding="utf-8") if path.exists() else ""
            else:
                r = subprocess.run(["git", "-C", str(self.here), "show", f"{commit}:{file}"],
                                   capture_output=True, encoding="utf-8")
                text = r.stdout if r.returncode == 0 else ""
            self.cache[k] = text.splitlines()
        return self.cache[k]


def identity(m: dict[str, Any], text: Callable[[str], list[str]]) -> Key:
    """What a mutant changes (see the module docs); `m` is cargo-mutants' description of it
    (an `outcomes.json` scenario or a `--list --json` entry), `text(file)` the file's lines at
    the commit it was made from."""
    lines = text(m["file"])
    span = m["span"]
    fn = m.get("function")
    first, last = (fn["span"]["start"]["line"], fn["span"]["end"]["line"]) if fn else (
        span["start"]["line"], span["end"]["line"])
    body = "\n".join(lines[first - 1:last]) if 0 < first <= last <= len(lines) else None
    if body is None:  # the file is not at hand: only the name can say
        return ("name", m["name"])
    digest = hashlib.sha1(body.encode()).hexdigest()
    place = (span["start"]["line"] - first, span["start"]["column"],
             span["end"]["line"] - first, span["end"]["column"])
    return (m["file"], fn["function_name"] if fn else None, digest, place, m["replacement"],
            m.get("genre"))


class Run:
    """One run: a cargo-mutants output directory under STORE/CRATE/ (`Run.stored`), or its copy
    in the ledger (`Run.kept`)."""

    def __init__(self, name: str, full: Optional[str], start: str, done: bool,
                 tested: list[tuple[dict[str, Any], str]], sources: Sources) -> None:
        self.name = name
        self.full = full
        self.commit = full[:7] if full else "?"
        self.start = start
        self.done = done
        # What it tested, as cargo-mutants described each mutant, with the outcome.
        self.tested = tested
        # The mutants' identities, and the names they had in this run.
        self.outcomes: dict[Key, str] = {}
        self.names: dict[Key, str] = {}
        text = lambda f: sources.lines(full, f)  # noqa: E731
        for m, kind in tested:
            k = identity(m, text)
            self.outcomes[k], self.names[k] = kind, m["name"]

    @classmethod
    def stored(cls, path: pathlib.Path, sources: Sources) -> Run:
        commit = path / "commit"
        full = commit.read_text(encoding="utf-8").strip() if commit.exists() else None
        data = json.loads((path / "mutants.out" / "outcomes.json").read_text(encoding="utf-8"))
        tested = []
        for o in data["outcomes"]:
            scenario = o["scenario"]
            if scenario == "Baseline" or not isinstance(scenario, dict) or "Mutant" not in scenario:
                continue
            kind = SUMMARY_KIND.get(o["summary"])
            if kind is None:
                raise SystemExit(f"{path}: unknown outcome {o['summary']!r}")
            tested.append((scenario["Mutant"], kind))
        return cls(path.name, full, str(data.get("start_time") or ""), (path / "done").exists(),
                   tested, sources)

    @classmethod
    def kept(cls, path: pathlib.Path, sources: Sources) -> Run:
        lines = path.read_text(encoding="utf-8").splitlines()
        head = json.loads(lines[0])
        tested = []
        for line in lines[1:]:
            m = json.loads(line)
            kind = m.pop("outcome")
            if kind not in KINDS:
                raise SystemExit(f"{path}: unknown outcome {kind!r}")
            tested.append((m, kind))
        return cls(head["run"], head["commit"], head["start"], head["done"], tested, sources)

    def ledger_text(self) -> str:
        """The run as the ledger keeps it: what `identity` reads, the name and the outcome."""
        head = {"run": self.name, "commit": self.full, "start": self.start, "done": self.done}
        out = [json.dumps(head, separators=(",", ":"))]
        for m, kind in self.tested:
            fn = m.get("function")
            kept = {"name": m["name"], "file": m["file"], "replacement": m["replacement"],
                    "genre": m.get("genre"), "span": m["span"], "outcome": kind}
            if fn:
                kept["function"] = {"function_name": fn["function_name"], "span": fn["span"]}
            out.append(json.dumps(kept, sort_keys=True, separators=(",", ":")))
        return "\n".join(out) + "\n"

    @property
    def is_shard(self) -> bool:
        return "-of-" in self.name


def ledger(here: pathlib.Path, crate: str) -> pathlib.Path:
    return here / "results" / "mutants" / crate


def runs(store: pathlib.Path, crate: str, sources: Sources) -> list[Run]:
    """The crate's runs, oldest start first: the store's, and the ledger's that the store does
    not have (a run in the store is newer than, or the same as, its copy)."""
    found = {p.name: Run.stored(p, sources) for p in sorted((store / crate).glob("*"))
             if (p / "mutants.out" / "outcomes.json").exists()}
    for p in sorted(ledger(sources.here, crate).glob("*.jsonl")):
        if p.stem not in found:
            found[p.stem] = Run.kept(p, sources)
    return sorted(found.values(), key=lambda r: (r.start, r.name))


def keep(store: pathlib.Path, here: pathlib.Path, crates: tuple[str, ...] = CRATES) -> list[str]:
    """Copy every run of the store into the ledger; the files written."""
    written = []
    sources = Sources(here)
    for crate in crates:
        for p in sorted((store / crate).glob("*")):
            if not (p / "mutants.out" / "outcomes.json").exists():
                continue
            out = ledger(here, crate) / f"{p.name}.jsonl"
            text = Run.stored(p, sources).ledger_text()
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(text, encoding="utf-8")
                written.append(str(out.relative_to(here)))
    return written


def latest(all_runs: list[Run]) -> dict[Key, tuple[str, Run]]:
    """Each tested mutant's outcome in the run that started last."""
    best: dict[Key, tuple[str, Run]] = {}
    for r in all_runs:  # oldest first: later runs overwrite
        for key, kind in r.outcomes.items():
            best[key] = (kind, r)
    return best


def read_list(path: str, sources: Sources) -> dict[Key, str]:
    """`cargo mutants --list --json` at the current commit: each mutant's identity and name."""
    listed: dict[Key, str] = {}
    for m in json.loads(pathlib.Path(path).read_text(encoding="utf-8")):
        listed[identity(m, lambda f: sources.lines(None, f))] = m["name"]
    return listed


def full_set(listed: dict[Key, str], best: dict[Key, tuple[str, Run]]) -> dict[str, list[str]]:
    """The names listed now, by latest outcome ("untested": none), and the names, as last
    tested, of the mutants no longer listed ("gone": their code changed, or the configuration
    lists them since)."""
    by: dict[str, list[str]] = {k: [] for k in (*KINDS, "untested", "gone")}
    for key, name in listed.items():
        by[best[key][0] if key in best else "untested"].append(name)
    by["gone"] = sorted(r.names[k] for k, (_, r) in best.items() if k not in listed)
    return by


def summary(store: pathlib.Path, here: pathlib.Path, write: bool, lists: dict[str, str]) -> str:
    shard_lines = ["| crate | shards done | mutants | caught | missed | unviable | timeout |",
                   "|---|---|---|---|---|---|---|"]
    full_lines = ["| crate | mutants now | caught | missed | unviable | timeout | untested | gone |",
                  "|---|---|---|---|---|---|---|---|"]
    unfinished, survivors, untested_notes, commits = [], [], [], set()
    sources = Sources(here)
    for crate in CRATES:
        all_runs = runs(store, crate, sources)
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
        listed = read_list(lists[crate], sources)
        by = full_set(listed, best)
        full_lines.append(f"| {crate} | {len(listed)} | "
                          + " | ".join(str(len(by[k])) for k in (*KINDS, "untested", "gone")) + " |")
        for key, name in listed.items():
            kind, r = best.get(key, ("untested", None))
            if r is not None and kind in ("missed", "timeout"):
                survivors.append(f"{crate}: {kind}: `{name}` ({r.name} at {r.commit})")
        if by["untested"]:
            untested_notes.append(f"{crate}: {len(by['untested'])} untested "
                                  f"(`scripts/mutants.sh fill {crate}` tests them)")
    text = ["## Each mutant at the current commit, by its latest outcome", "",
            *full_lines, "",
            "A mutant is known by its file, its function's text, its place in that text and "
            "its replacement, so it keeps its outcome when only code above it moved. Its latest "
            "outcome is the one of the run that started last among those that tested it. "
            "*Untested*: listed now, tested by no run (the shards' slices moved, a run stopped, "
            "or its function changed since). *Gone*: tested, but no longer listed (its function "
            "changed, or .cargo/mutants.toml lists it as equivalent since).", ""]
    if untested_notes:
        text += ["Untested: " + "; ".join(untested_notes), ""]
    text += [f"### Survivors: missed or timed out at their latest run ({len(survivors)})", ""]
    text += [f"- {s}" for s in survivors] or ["None."]
    text += before_the_ledger(here)
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
        out.write_text("\n".join(head) + "\n" + body, encoding="utf-8")
        body += f"\nwrote {out}\n"
    return body


def before_the_ledger(here: pathlib.Path) -> list[str]:
    """The full sets recorded before the ledger kept runs (results/mutants/before-the-ledger.tsv),
    as a section of the summary; none when the file is absent."""
    path = here / "results" / "mutants" / "before-the-ledger.tsv"
    if not path.exists():
        return []
    rows = [l.split("\t") for l in path.read_text(encoding="utf-8").splitlines()
            if l and not l.startswith("#")]
    head, rows = rows[0], rows[1:]
    out = ["", "## Full sets recorded before the ledger", "",
           "Their runs were kept only in the store of the machine they ran on, which was replaced "
           "with it: the books above do not hold them, and these are the counts recorded then "
           f"({path.relative_to(here).as_posix()} says where from).", "",
           "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def selftest() -> None:
    """The rules, on a made-up repository and store: a mutant keeps its outcome when only the
    code above its function moved and loses it when its function changed; a later run's
    outcome wins; a stopped run counts for what it tested; the mutants listed now decide what
    is untested and what is gone."""
    def git(repo: pathlib.Path, *args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                              text=True).stdout.strip()

    def mutant(name: str, fn: str, first: int, last: int, line: int, repl: str) -> dict[str, Any]:
        pos = lambda l, c: {"line": l, "column": c}  # noqa: E731
        return {"name": name, "file": "src/f.rs", "replacement": repl, "genre": "FnValue",
                "function": {"function_name": fn, "span": {"start": pos(first, 1), "end": pos(last, 2)}},
                "span": {"start": pos(line, 5), "end": pos(line, 9)}}

    def make(store: pathlib.Path, name: str, commit: str, start: str,
             outs: list[tuple[dict[str, Any], str]], done: bool = True) -> None:
        out = store / "c" / name / "mutants.out"
        out.mkdir(parents=True)
        data = {"start_time": start, "outcomes": [{"scenario": "Baseline", "summary": "Success"}] + [
            {"scenario": {"Mutant": m}, "summary": k} for m, k in outs]}
        (out / "outcomes.json").write_text(json.dumps(data), encoding="utf-8")
        (out.parent / "commit").write_text(commit + "\n", encoding="utf-8")
        if done:
            (out.parent / "done").write_text("x\n", encoding="utf-8")

    with tempfile.TemporaryDirectory() as d:
        repo, store = pathlib.Path(d) / "repo", pathlib.Path(d) / "store"
        (repo / "src").mkdir(parents=True)
        git(repo, "init", "-q")
        f = repo / "src" / "f.rs"
        # A: a() on lines 1-3, b() on 4-6.
        f.write_text("fn a() -> u8 {\n    1\n}\nfn b() -> u8 {\n    2\n}\n", encoding="utf-8")
        git(repo, "add", "-A")
        git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "A")
        a = git(repo, "rev-parse", "HEAD")
        a0 = mutant("src/f.rs:2:5: a -> 0", "a", 1, 3, 2, "0")
        b0 = mutant("src/f.rs:5:5: b -> 0", "b", 4, 6, 5, "0")
        b1 = mutant("src/f.rs:5:5: b -> 1", "b", 4, 6, 5, "1")
        make(store, "1-of-2", a, "2026-01-01T00:00:00Z", [(a0, "MissedMutant"), (b0, "CaughtMutant")])
        make(store, "2-of-2", a, "2026-01-02T00:00:00Z", [(b1, "Timeout")], done=False)
        # Now: a line above both, and a() changed; b() only moved.
        f.write_text("// moved\nfn a() -> u8 {\n    3\n}\nfn b() -> u8 {\n    2\n}\n", encoding="utf-8")
        now = [mutant("src/f.rs:3:5: a -> 0", "a", 2, 4, 3, "0"),
               mutant("src/f.rs:6:5: b -> 0", "b", 5, 7, 6, "0"),
               mutant("src/f.rs:6:5: b -> 1", "b", 5, 7, 6, "1"),
               mutant("src/f.rs:6:5: b -> 2", "b", 5, 7, 6, "2")]
        listfile = pathlib.Path(d) / "list.json"
        listfile.write_text(json.dumps(now), encoding="utf-8")
        sources = Sources(repo)
        listed = read_list(str(listfile), sources)
        by = full_set(listed, latest(runs(store, "c", sources)))
        assert by["caught"] == ["src/f.rs:6:5: b -> 0"], by  # moved, kept
        assert by["timeout"] == ["src/f.rs:6:5: b -> 1"], by  # a stopped run counts
        assert by["untested"] == ["src/f.rs:3:5: a -> 0", "src/f.rs:6:5: b -> 2"], by  # changed; new
        assert by["gone"] == ["src/f.rs:2:5: a -> 0"] and by["missed"] == [], by
        # A later re-check, at today's commit (committed here first), stopped after two.
        git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "B")
        b_commit = git(repo, "rev-parse", "HEAD")
        make(store, "recheck-1", b_commit, "2026-01-03T00:00:00Z",
             [(now[0], "MissedMutant"), (now[2], "CaughtMutant")], done=False)
        by = full_set(listed, latest(runs(store, "c", Sources(repo))))
        assert by["missed"] == ["src/f.rs:3:5: a -> 0"], by
        assert sorted(by["caught"]) == ["src/f.rs:6:5: b -> 0", "src/f.rs:6:5: b -> 1"], by
        assert by["untested"] == ["src/f.rs:6:5: b -> 2"] and by["timeout"] == [], by
        # The ledger: the runs kept, then the store lost, count as they did.
        assert len(keep(store, repo, ("c",))) == 3 and keep(store, repo, ("c",)) == []
        subprocess.run(["rm", "-rf", str(store)], check=True)
        kept = runs(store, "c", Sources(repo))
        assert [(r.name, r.done, r.commit) for r in kept] == [
            ("1-of-2", True, a[:7]), ("2-of-2", False, a[:7]), ("recheck-1", False, b_commit[:7])]
        assert full_set(listed, latest(kept)) == by, full_set(listed, latest(kept))
    # check-config: a placed entry must hold its operator, inside its function.
    with tempfile.TemporaryDirectory() as d:
        here = pathlib.Path(d)
        (here / ".cargo").mkdir()
        (here / "pyio" / "src").mkdir(parents=True)
        (here / "pyio" / "src" / "x.rs").write_text(
            "fn f(a: u8) -> bool {\n    a < 3\n}\nfn g(a: u8) -> bool {\n    a > 3\n}\n",
            encoding="utf-8")
        def problems(entries: list[str]) -> list[str]:
            (here / ".cargo" / "mutants.toml").write_text(
                "exclude_re = [\n" + "".join(f"    '{e}',\n" for e in entries) + "]\n",
                encoding="utf-8")
            return check_config(here)
        assert problems([r"x\.rs:2:7: replace < with <= in f$",
                         r"replace \| with \^ in g$"]) == []
        assert len(problems([r"x\.rs:2:7: replace > with >= in f$"])) == 1  # not its operator
        assert len(problems([r"x\.rs:5:7: replace > with >= in f$"])) == 1  # another function
        assert len(problems([r"y\.rs:2:7: replace < with <= in f$"])) == 1  # no such file
    print("mutants_report.py selftest: passed")


# An equivalent mutant listed by its place: `FILE:LINE:COL: replace OP with ... in FUNCTION$`.
PLACED = re.compile(r"^\^?(?P<file>[\w/\\.]+):(?P<line>\d+):(?P<col>\d+): replace (?P<op>\S+) with "
                    r".* in (?P<function>\S+)\$$")


def check_config(here: pathlib.Path) -> list[str]:
    """The placed entries of .cargo/mutants.toml that no longer point at their mutant: the
    operator is not at LINE:COL, or the nearest `fn` above it is another function. Lines move
    with every edit above them; an entry left behind would list nothing, or another mutant."""
    import tomllib
    config = tomllib.loads((here / ".cargo" / "mutants.toml").read_text(encoding="utf-8"))
    files = [p.relative_to(here).as_posix() for d in ("pybase", "pyio", "impl")
             for p in (here / d / "src").rglob("*.rs")]
    problems = []
    for entry in config.get("exclude_re", []):
        m = PLACED.match(entry)
        if not m:
            continue
        tail = m["file"].replace("\\", "")
        found = [f for f in files if f == tail or f.endswith("/" + tail)]
        if len(found) != 1:
            problems.append(f"{entry}: names {len(found)} files")
            continue
        lines = (here / found[0]).read_text(encoding="utf-8").splitlines()
        line, col = int(m["line"]), int(m["col"])
        op = re.sub(r"\\(.)", r"\1", m["op"])
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        if text[col - 1:col - 1 + len(op)] != op:
            problems.append(f"{entry}: {found[0]}:{line}:{col} is not `{op}`: {text.strip()!r}")
            continue
        name = m["function"].rsplit("::", 1)[-1]
        above = next((l for l in reversed(lines[:line]) if re.search(r"\bfn \w", l)), "")
        if not re.search(rf"\bfn {re.escape(name)}\b", above):
            problems.append(f"{entry}: the function above {found[0]}:{line} is {above.strip()!r}")
    return problems


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
        store, here, crate, listfile = pathlib.Path(args[0]), pathlib.Path(args[1]), args[2], args[3]
        sources = Sources(here)
        by = full_set(read_list(listfile, sources), latest(runs(store, crate, sources)))
        # A re-check takes the missed and the timed out; PYTEMPFILE_MUTANTS_RECHECK=missed
        # leaves out the timeouts (loops that never end under the mutant, which a second run
        # only waits out again).
        kinds = os.environ.get("PYTEMPFILE_MUTANTS_RECHECK", "missed,timeout").split(",")
        if mode == "survivors" and not set(kinds) <= {"missed", "timeout"}:
            raise SystemExit(f"PYTEMPFILE_MUTANTS_RECHECK={','.join(kinds)}: missed, timeout or both")
        names = by["untested"] if mode == "untested" else sorted(n for k in kinds for n in by[k])
        print("\n".join(names))
    elif mode == "keep":
        for f in keep(pathlib.Path(args[0]), pathlib.Path(args[1])):
            print(f"kept {f}")
    elif mode == "selftest":
        selftest()
    elif mode == "check-config":
        problems = check_config(pathlib.Path(args[0]))
        for p in problems:
            print(f"mutants_report.py: stale entry: {p}", file=sys.stderr)
        if problems:
            raise SystemExit(1)
        print("mutants_report.py check-config: every placed entry points at its mutant")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
