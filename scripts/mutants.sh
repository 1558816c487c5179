#!/usr/bin/env bash
# Mutation testing of the library crates with cargo-mutants (27.1), sharded so that the full
# sets (about 1,200 mutants in pybase, 1,900 in pyio, 1,300 in pytempfile) can be run a piece at
# a time on a small machine, night after night, and summed.
#
#   scripts/mutants.sh run CRATE K/N [-- ARGS]   run shard K of N of CRATE's mutants (each crate
#                                                tested by its own tests); the outcome is kept
#                                                under $PYTEMPFILE_MUTANTS (default
#                                                /var/lib/pytempfile/mutants)/CRATE/K-of-N/
#   scripts/mutants.sh recheck CRATE [-- ARGS]   test again, at the current commit, exactly the
#                                                mutants CRATE's finished shards left missed or
#                                                timed out (after new tests or new entries in the
#                                                config); kept under CRATE/recheck/, resumable
#                                                (--iterate: what it caught is not run again)
#   scripts/mutants.sh status                    which shards are done, per crate
#   scripts/mutants.sh summary [--write]         counts per crate (caught, missed, unviable,
#                                                timeout) and every missed mutant; --write puts
#                                                them in results/mutants.md
#
# .cargo/mutants.toml is the configuration: the profile the mutants are built with, the files
# left out and the equivalent mutants, each with its reason. docs/mutants.md says how to read
# a survivor and what to do with it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
store="${PYTEMPFILE_MUTANTS:-/var/lib/pytempfile/mutants}"

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }

crates=(pybase pyio pytempfile)

# A mutant can turn a write loop into one that never ends (e.g. `written += n` into `*=`): its
# tests then write until cargo-mutants' timeout, which once left a 42 GB file behind and filled
# the disk. Files larger than 4 GiB are refused to everything these runs start (SIGXFSZ, as a
# failed test: the mutant counts as caught); the crates' tests write 16 MiB at most.
limit_file_size() { ulimit -f $((4 * 1024 * 1024)); }
known_crate() { local c; for c in "${crates[@]}"; do [[ $c == "$1" ]] && return 0; done; return 1; }

run() {
    local crate=$1 shard=$2; shift 2
    [[ ${1:-} == -- ]] && shift
    known_crate "$crate" || { echo "mutants.sh: unknown crate '$crate' (one of: ${crates[*]})" >&2; exit 2; }
    [[ $shard =~ ^([0-9]+)/([0-9]+)$ ]] || { echo "mutants.sh: shard '$shard' is not K/N" >&2; exit 2; }
    local k=${BASH_REMATCH[1]} n=${BASH_REMATCH[2]}
    (( n >= 1 && k >= 1 && k <= n )) || { echo "mutants.sh: shard $k/$n: need 1 <= K <= N" >&2; exit 2; }
    command -v cargo-mutants >/dev/null || {
        echo "mutants.sh: cargo-mutants is not installed (cargo install --locked cargo-mutants --version 27.1.0)" >&2
        exit 2
    }
    local out="$store/$crate/$k-of-$n"
    mkdir -p "$out"
    echo "mutants.sh: $crate shard $k/$n -> $out/mutants.out (commit $(git -C "$here" rev-parse --short HEAD))"
    git -C "$here" rev-parse HEAD >"$out/commit"
    # cargo-mutants shards are 0-based.
    local rc=0
    (limit_file_size && cd "$here" && cargo mutants --package "$crate" --shard "$((k - 1))/$n" --output "$out" \
        --jobs "${PYTEMPFILE_MUTANTS_JOBS:-1}" "$@") || rc=$?
    # 0: all caught; 2: some missed; 3: some timed out (cargo-mutants' exit codes). Anything
    # else means the run itself failed (the baseline, the tree copy), and is reported as such.
    case $rc in
        0|2|3) date -u +%FT%TZ >"$out/done"; echo "mutants.sh: $crate shard $k/$n done (exit $rc)";;
        *) echo "mutants.sh: $crate shard $k/$n failed (cargo mutants exit $rc)" >&2; exit "$rc";;
    esac
}

recheck() {
    local crate=$1; shift
    [[ ${1:-} == -- ]] && shift
    known_crate "$crate" || { echo "mutants.sh: unknown crate '$crate' (one of: ${crates[*]})" >&2; exit 2; }
    command -v cargo-mutants >/dev/null || {
        echo "mutants.sh: cargo-mutants is not installed (cargo install --locked cargo-mutants --version 27.1.0)" >&2
        exit 2
    }
    local out="$store/$crate/recheck" survivors m rc=0
    local -a filters=()
    # The finished shards only, as summary counts them (a shard still running has no `done`).
    local shard
    survivors=$(for shard in "$store/$crate"/*-of-*; do
        if [[ -f $shard/done ]]; then
            cat "$shard/mutants.out/missed.txt" "$shard/mutants.out/timeout.txt" 2>/dev/null || true
        fi
    done | sort -u)
    if [[ -z $survivors ]]; then echo "mutants.sh: no survivors recorded for $crate"; return 0; fi
    # Each survivor's name as an anchored regex (cargo-mutants' -F matches the names --list shows).
    while IFS= read -r m; do
        filters+=(-F "^$(printf '%s' "$m" | sed 's/[][\\.*^$+?(){}|]/\\&/g')\$")
    done <<<"$survivors"
    mkdir -p "$out"
    printf '%s\n' "$survivors" >"$out/survivors.txt"
    git -C "$here" rev-parse HEAD >"$out/commit"
    rm -f "$out/done"
    echo "mutants.sh: $crate: $(wc -l <"$out/survivors.txt") survivors of its shards, tested again at $(git -C "$here" rev-parse --short HEAD) -> $out/mutants.out"
    (limit_file_size && cd "$here" && cargo mutants --package "$crate" --iterate --output "$out" \
        --timeout "${PYTEMPFILE_MUTANTS_TIMEOUT:-120}" --jobs "${PYTEMPFILE_MUTANTS_JOBS:-1}" \
        "${filters[@]}" "$@") || rc=$?
    case $rc in
        0|2|3) date -u +%FT%TZ >"$out/done"; echo "mutants.sh: $crate recheck done (exit $rc)";;
        *) echo "mutants.sh: $crate recheck failed (cargo mutants exit $rc)" >&2; exit "$rc";;
    esac
}

summary() {
    local write=${1:-}
    python3 - "$store" "$here" "$write" <<'EOF'
import datetime, json, os, pathlib, platform, sys
store, here, write = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3] == "--write"
lines, missing, commits = [], [], set()
lines.append("| crate | shards done | mutants | caught | missed | unviable | timeout |")
lines.append("|---|---|---|---|---|---|---|")
missed_all = []
for crate in ("pybase", "pyio", "pytempfile"):
    totals = dict(caught=0, missed=0, unviable=0, timeout=0)
    done, of = 0, set()
    for shard in sorted((store / crate).glob("*-of-*")):
        of.add(shard.name.split("-of-")[1])
        outcomes = shard / "mutants.out" / "outcomes.json"
        if not (shard / "done").exists() or not outcomes.exists():
            missing.append(f"{crate} {shard.name}")
            continue
        done += 1
        if (shard / "commit").exists():
            commits.add(f"{crate} {(shard / 'commit').read_text().strip()[:7]}")
        data = json.loads(outcomes.read_text())
        for o in data["outcomes"]:
            if o["scenario"] == "Baseline":
                continue
            summary = o["summary"]
            key = {"CaughtMutant": "caught", "MissedMutant": "missed", "Unviable": "unviable",
                   "Timeout": "timeout"}.get(summary)
            if key is None:
                raise SystemExit(f"{shard}: unknown outcome {summary!r}")
            totals[key] += 1
        for name in ("missed.txt", "timeout.txt"):
            f = shard / "mutants.out" / name
            if f.exists():
                missed_all += [f"{crate}: {l}" for l in f.read_text().splitlines() if l.strip()]
    n = sum(totals.values())
    shards = f"{done} of {'/'.join(sorted(of)) or '-'}"
    lines.append(f"| {crate} | {shards} | {n} | {totals['caught']} | {totals['missed']} | "
                 f"{totals['unviable']} | {totals['timeout']} |")
text = "\n".join(lines)
print(text)
if missing:
    print("\nnot finished: " + ", ".join(missing))
# The survivors tested again at a later commit (mutants.sh recheck), per crate.
rechecks = []
for crate in ("pybase", "pyio", "pytempfile"):
    r = store / crate / "recheck"
    if not (r / "survivors.txt").exists():
        continue
    survivors = set(l for l in (r / "survivors.txt").read_text().splitlines() if l.strip())
    out = r / "mutants.out"
    def names(f):
        p = out / f
        return set(l for l in p.read_text().splitlines() if l.strip()) if p.exists() else set()
    caught = (names("previously_caught.txt") | names("caught.txt")) & survivors
    still = names("missed.txt") & survivors
    timeout = names("timeout.txt") & survivors
    unviable = names("unviable.txt") & survivors
    rest = len(survivors) - len(caught | still | timeout | unviable)
    commit = (r / "commit").read_text().strip()[:7] if (r / "commit").exists() else "?"
    state = "done" if (r / "done").exists() else "not finished"
    rechecks.append(f"- {crate}: the {len(survivors)} survivors of its shards, tested again at "
                    f"{commit} ({state}): {len(caught)} now caught, {len(still)} still missed, "
                    f"{len(timeout)} timed out, {rest} not tested (listed as equivalent in the "
                    "config since, or not reached)")
    rechecks += [f"  - still missed: `{m}`" for m in sorted(still)]
if rechecks:
    print("\nre-checked:\n" + "\n".join(rechecks))
print(f"\nmissed or timed out ({len(missed_all)}):")
for m in missed_all:
    print("  " + m)
if write:
    out = here / "results" / "mutants.md"
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = ["# Mutation testing: the full sets", "",
            f"Written by `scripts/mutants.sh summary --write` on {now} from the shards under "
            f"`{store}` (each crate's mutants tested by its own tests; the commits the shards "
            f"ran at: {', '.join(sorted(commits)) or 'none'}); {platform.system()} "
            f"{platform.release()}, {os.cpu_count()} cores. docs/mutants.md says how the runs "
            "are made and read.", "", text, ""]
    if missing:
        body += ["Not finished: " + ", ".join(missing), ""]
    if rechecks:
        body += ["## Survivors tested again (`scripts/mutants.sh recheck CRATE`)", ""] + rechecks + [""]
    body += [f"## Missed or timed out ({len(missed_all)})", ""]
    body += [f"- `{m}`" for m in missed_all] or ["None."]
    out.write_text("\n".join(body) + "\n")
    print(f"\nwrote {out}")
EOF
}

status() {
    local crate shard
    for crate in "${crates[@]}"; do
        for shard in "$store/$crate"/*-of-*; do
            [[ -d $shard ]] || continue
            if [[ -f $shard/done ]]; then echo "$crate $(basename "$shard"): done $(cat "$shard/done")"
            else echo "$crate $(basename "$shard"): not finished"; fi
        done
    done
}

case ${1:-} in
    run) shift; [[ $# -ge 2 ]] || usage; run "$@";;
    recheck) shift; [[ $# -ge 1 ]] || usage; recheck "$@";;
    summary) shift; summary "${1:-}";;
    status) status;;
    -h|--help) usage 0;;
    *) usage;;
esac
