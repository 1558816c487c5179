#!/usr/bin/env bash
# Nightly fuzzing of pytempfile: every target for a while with its corpus, then corpus
# minimization. Exits non-zero, printing the crash file's path, if any target fails.
#
#   bash fuzz/nightly.sh                  # every target, 600 s each, -fork on every core
#   FUZZ_SECONDS=60 bash fuzz/nightly.sh  # shorter
#   FUZZ_TARGETS="race_cleanup" bash fuzz/nightly.sh
#
# Environment:
#   FUZZ_SECONDS    time per target (default 600)
#   FUZZ_TARGETS    targets to run (default: all four)
#   FUZZ_JOBS       parallel fuzzing processes, libFuzzer -fork=N (default: nproc)
#   FUZZ_SANITIZER  none (default: the code under test is safe Rust) or address
#   FUZZ_SMOKE=1    CI smoke mode: never installs anything, keeps fuzz/corpus read-only (new
#                   units go to a temporary directory), no -fork, no minimization
#   FUZZ_FEATURES   cargo features, e.g. planted-faults (with PYTEMPFILE_PLANT=<fault>)
#   FUZZ_GROWN      a directory (relative to fuzz/) that keeps the grown corpus apart from the
#                   committed one: new units go to FUZZ_GROWN/<target>/, fuzz/corpus/ is only
#                   read (seeds), and minimization applies to FUZZ_GROWN/<target>/. The nightly
#                   workflow sets it and carries that directory from night to night in the
#                   actions cache. Unset: new units go to fuzz/corpus/<target>/ itself.
#
# Crashes (and timeouts, leaks, OOMs) land in fuzz/artifacts/<target>/. To keep one as a
# regression: minimize it (cargo +nightly fuzz tmin <target> <file>) and copy it into
# fuzz/regressions/<target>/, which the stable `cargo test` replays.
set -uo pipefail
cd "$(dirname "$0")"

SECONDS_EACH=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-"race_create race_cleanup spool_model faults"}
JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
SANITIZER=${FUZZ_SANITIZER:-none}
SMOKE=${FUZZ_SMOKE:-0}
FEATURES=${FUZZ_FEATURES:-}
GROWN=${FUZZ_GROWN:-}
if [ -n "$GROWN" ] && [ "$SMOKE" = 1 ]; then
  echo "FUZZ_GROWN and FUZZ_SMOKE=1 exclude each other (a smoke run keeps no corpus)" >&2
  exit 2
fi
case $GROWN in
  corpus|corpus/*|regressions|regressions/*)
    echo "FUZZ_GROWN=$GROWN: must not be the committed corpus or regressions" >&2; exit 2 ;;
esac
# Structured inputs: allow them their full size from the start; a run over 30 s is a hang.
LIBFUZZER_OPTS=(-max_len=512 -len_control=0 -timeout=30 -print_final_stats=1)

if [ "$SMOKE" != 1 ]; then
  if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "== installing the nightly toolchain"
    rustup toolchain install nightly --profile minimal || exit 1
  fi
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz (takes about 3 minutes)"
    cargo install cargo-fuzz || exit 1
  fi
fi

build_args=(-s "$SANITIZER")
[ -n "$FEATURES" ] && build_args+=(--features "$FEATURES")

echo "== building the fuzz targets (sanitizer: $SANITIZER)"
cargo +nightly fuzz build "${build_args[@]}" || exit 1

mkdir -p logs
status=0
crashes=()
for t in $TARGETS; do
  mkdir -p "corpus/$t" "artifacts/$t"
  before=$(find "artifacts/$t" -type f | sort)
  opts=("${LIBFUZZER_OPTS[@]}" -max_total_time="$SECONDS_EACH")
  if [ "$SMOKE" = 1 ]; then
    scratch=$(mktemp -d)
    dirs=("$scratch" "corpus/$t" "regressions/$t")
  elif [ -n "$GROWN" ]; then
    # libFuzzer writes new units into the first directory only.
    mkdir -p "$GROWN/$t"
    echo "   $GROWN/$t: $(find "$GROWN/$t" -type f | wc -l) files from earlier nights"
    dirs=("$GROWN/$t" "corpus/$t" "regressions/$t")
    [ "$JOBS" -gt 1 ] && opts+=(-fork="$JOBS")
  else
    dirs=("corpus/$t" "regressions/$t")
    [ "$JOBS" -gt 1 ] && opts+=(-fork="$JOBS")
  fi
  mkdir -p "regressions/$t"
  echo "== $t: ${SECONDS_EACH}s$( [ "$SMOKE" != 1 ] && [ "$JOBS" -gt 1 ] && echo ", $JOBS processes")"
  cargo +nightly fuzz run "${build_args[@]}" "$t" "${dirs[@]}" -- "${opts[@]}" 2>&1 \
    | tee "logs/$t.log" | grep -E '^#[0-9]+ +(DONE|pulse|INITED)|^#[0-9]+: cov|Done [0-9]+ runs|stat::|ERROR|invariant violated|^  - |Test unit written'
  rc=${PIPESTATUS[0]}
  [ "$SMOKE" = 1 ] && rm -rf "$scratch"
  after=$(find "artifacts/$t" -type f | sort)
  new=$(comm -13 <(echo "$before") <(echo "$after") | sed '/^$/d')
  if [ "$rc" != 0 ] || [ -n "$new" ]; then
    status=1
    echo "!! $t FAILED (exit $rc); log: fuzz/logs/$t.log"
    for f in $new; do
      echo "!! crash file: fuzz/$f"
      crashes+=("fuzz/$f")
    done
  fi
  if [ "$SMOKE" != 1 ]; then
    keep=${GROWN:-corpus}/$t
    echo "== $t: minimizing $keep"
    cargo +nightly fuzz cmin "${build_args[@]}" "$t" "$keep" -- -max_len=512 >"logs/$t.cmin.log" 2>&1 \
      || echo "!! cmin failed (see fuzz/logs/$t.cmin.log)"
    echo "   $keep: $(find "$keep" -type f | wc -l) files"
  fi
done

if [ "$status" != 0 ]; then
  echo "FUZZING FAILED"
  for c in "${crashes[@]}"; do echo "  $c"; done
  echo "reproduce: (cd fuzz && cargo +nightly fuzz run -s $SANITIZER <target> artifacts/<target>/<crash file>)"
fi
exit "$status"
