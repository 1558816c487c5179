#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build: the same libFuzzer targets as fuzz/nightly.sh, with their
# seed corpora (the committed corpus and crash regressions) and options.
cd "$SRC/pytempfile/fuzz"
cargo fuzz build -O
TARGETS="race_create race_cleanup spool_model faults"
for t in $TARGETS; do
  cp "target/x86_64-unknown-linux-gnu/release/$t" "$OUT/"
  files=$(find "corpus/$t" "regressions/$t" -type f 2>/dev/null || true)
  if [ -n "$files" ]; then
    zip -q -j "$OUT/${t}_seed_corpus.zip" $files
  fi
  # Structured inputs need their full length; the leak checker reports glibc's per-thread
  # destructor list of the targets' short-lived threads (not a leak of ours).
  cat > "$OUT/$t.options" <<OPTS
[libfuzzer]
max_len = 512
len_control = 0
timeout = 30
detect_leaks = 0
OPTS
done
