#!/usr/bin/env bash
# Mutation testing of the library crates with cargo-mutants (27.1), in pieces, so that the full
# sets (about 1,150 mutants in pybase, 1,850 in pyio, 1,300 in pytempfile) can be run a piece at
# a time on a small machine, night after night: each mutant keeps its latest outcome, by name.
#
#   scripts/mutants.sh run CRATE K/N [-- ARGS]   run shard K of N of CRATE's mutants (each crate
#                                                tested by its own tests); the outcome is kept
#                                                under $PYTEMPFILE_MUTANTS (default
#                                                /var/lib/pytempfile/mutants)/CRATE/K-of-N/
#   scripts/mutants.sh recheck CRATE [-- ARGS]   test again, at the current commit, the mutants
#                                                listed now whose latest outcome is missed or
#                                                timed out (after new tests or new entries in
#                                                the config); kept under CRATE/recheck-TIME/
#                                                (a stopped one resumes: what it caught is no
#                                                longer a survivor; PYTEMPFILE_MUTANTS_RECHECK=
#                                                missed leaves the timeouts out)
#   scripts/mutants.sh fill CRATE [-- ARGS]      test the mutants listed now that no run has
#                                                tested: what a stopped shard did not reach, and
#                                                what the shards' moving slices or moved lines
#                                                left out; kept under CRATE/fill-TIME/
#   scripts/mutants.sh keep                      copy every run of the store into the ledger,
#                                                results/mutants/CRATE/RUN.jsonl, so that the
#                                                runs outlive the machine (run, recheck and fill
#                                                keep theirs when they end or stop); commit it
#   scripts/mutants.sh status                    which runs are done, per crate
#   scripts/mutants.sh summary [--write]         each mutant listed now by its latest outcome
#                                                (caught, missed, unviable, timeout, untested)
#                                                per crate, every survivor, and the shards as
#                                                they ran (the store's runs and the ledger's);
#                                                --write puts it in results/mutants.md
#                                                (scripts/mutants_report.py keeps the books)
#
# .cargo/mutants.toml is the configuration: the profile the mutants are built with, the files
# left out and the equivalent mutants, each with its reason. docs/mutants.md says how to read
# a survivor and what to do with it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
store="${PYTEMPFILE_MUTANTS:-/var/lib/pytempfile/mutants}"

usage() { sed -n '2,35p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }

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
    need_cargo_mutants
    need_committed_sources
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
    keep_runs
    case $rc in
        0|2|3) date -u +%FT%TZ >"$out/done"; echo "mutants.sh: $crate shard $k/$n done (exit $rc)";;
        *) echo "mutants.sh: $crate shard $k/$n failed (cargo mutants exit $rc)" >&2; exit "$rc";;
    esac
}

need_cargo_mutants() {
    command -v cargo-mutants >/dev/null || {
        echo "mutants.sh: cargo-mutants is not installed (cargo install --locked cargo-mutants --version 27.1.0)" >&2
        exit 2
    }
}

# names_now CRATE survivors|untested: the mutants `cargo mutants --list` gives at the current
# commit and configuration, filtered by their latest outcome in the store.
names_now() {
    local crate=$1 which=$2 list
    list=$(mktemp)
    (cd "$here" && cargo mutants --package "$crate" --list --json) >"$list"
    python3 "$here/scripts/mutants_report.py" "$which" "$store" "$here" "$crate" "$list"
    rm -f "$list"
}

# A run's outcomes are tied to its commit (scripts/mutants_report.py reads each mutated
# function's text there), so runs start only from committed sources.
need_committed_sources() {
    git -C "$here" diff --quiet HEAD -- pybase/src pyio/src impl/src || {
        echo "mutants.sh: the crates' sources differ from HEAD: commit them first (a run's outcomes are tied to its commit)" >&2
        exit 2
    }
}

# anchored_filters NAMES: one anchored -F regex per name (cargo-mutants' -F matches the names
# --list shows), into the caller's `filters`.
anchored_filters() {
    local m
    while IFS= read -r m; do
        filters+=(-F "^$(printf '%s' "$m" | sed 's/[][\\.*^$+?(){}|]/\\&/g')\$")
    done <<<"$1"
}

# targeted CRATE WHICH PREFIX WHAT [-- ARGS]: test exactly the mutants listed now that
# scripts/mutants_report.py's WHICH selects (survivors or untested; anchored -F filters), in a
# new PREFIX-TIME/ directory per attempt with the list it started from (WHICH.txt) and the
# commit. A stopped attempt loses nothing: what it settled is not selected again.
targeted() {
    local crate=$1 which=$2 prefix=$3 what=$4; shift 4
    [[ ${1:-} == -- ]] && shift
    known_crate "$crate" || { echo "mutants.sh: unknown crate '$crate' (one of: ${crates[*]})" >&2; exit 2; }
    need_cargo_mutants
    need_committed_sources
    local names out rc=0
    local -a filters=()
    names=$(names_now "$crate" "$which")
    if [[ -z $names ]]; then echo "mutants.sh: $crate: no $what"; return 0; fi
    anchored_filters "$names"
    out="$store/$crate/$prefix-$(date -u +%Y%m%dT%H%M%SZ)"
    mkdir -p "$out"
    printf '%s\n' "$names" >"$out/$which.txt"
    git -C "$here" rev-parse HEAD >"$out/commit"
    echo "mutants.sh: $crate: $(wc -l <"$out/$which.txt") $what, at $(git -C "$here" rev-parse --short HEAD) -> $out/mutants.out"
    (limit_file_size && cd "$here" && cargo mutants --package "$crate" --output "$out" \
        --timeout "${PYTEMPFILE_MUTANTS_TIMEOUT:-120}" --jobs "${PYTEMPFILE_MUTANTS_JOBS:-1}" \
        "${filters[@]}" "$@") || rc=$?
    keep_runs
    case $rc in
        0|2|3) date -u +%FT%TZ >"$out/done"; echo "mutants.sh: $crate $prefix done (exit $rc)";;
        *) echo "mutants.sh: $crate $prefix failed (cargo mutants exit $rc)" >&2; exit "$rc";;
    esac
}

# keep_runs: the store's runs into the ledger (a stopped or failed run too: what it tested
# counts).
keep_runs() {
    python3 "$here/scripts/mutants_report.py" keep "$store" "$here" || echo "mutants.sh: the ledger was not updated" >&2
}

recheck() { targeted "$1" survivors recheck "survivors (missed or timed out at their latest run)" "${@:2}"; }
fill() { targeted "$1" untested fill "mutants that no run has tested" "${@:2}"; }

summary() {
    local -a lists=()
    local crate tmp
    tmp=$(mktemp -d)
    # The mutants listed at the current commit; without cargo-mutants, only the shards' table.
    if command -v cargo-mutants >/dev/null; then
        for crate in "${crates[@]}"; do
            (cd "$here" && cargo mutants --package "$crate" --list --json) >"$tmp/$crate" && lists+=("$crate=$tmp/$crate")
        done
    else
        echo "mutants.sh: cargo-mutants is not installed: the mutants listed now are unknown" >&2
    fi
    PYTEMPFILE_HEAD=$(git -C "$here" rev-parse --short HEAD) \
        python3 "$here/scripts/mutants_report.py" summary "$store" "$here" "$@" "${lists[@]}"
    rm -rf "$tmp"
}

status() {
    local crate shard
    for crate in "${crates[@]}"; do
        for shard in "$store/$crate"/*; do
            [[ -d $shard ]] || continue
            if [[ -f $shard/done ]]; then echo "$crate $(basename "$shard"): done $(cat "$shard/done")"
            else echo "$crate $(basename "$shard"): not finished"; fi
        done
    done
}

case ${1:-} in
    run) shift; [[ $# -ge 2 ]] || usage; run "$@";;
    recheck) shift; [[ $# -ge 1 ]] || usage; recheck "$@";;
    fill) shift; [[ $# -ge 1 ]] || usage; fill "$@";;
    summary) shift; summary "$@";;
    keep) keep_runs;;
    status) status;;
    -h|--help) usage 0;;
    *) usage;;
esac
