#!/usr/bin/env bash
# Record CPython's answers to the io corpus (corpus/README.md): corpus/cpython-<X.Y.Z>.jsonl, one
# file per release (the buffered, text, textio and codec suites), made by corpus/record.py under
# each interpreter.
#
#   scripts/record-corpus.sh                  every CPython the project tests: pyenv's 3.10+ and
#                                             the Debian sid root's (scripts/cpython-root.sh)
#   scripts/record-corpus.sh --python PATH    one interpreter of this host (repeatable)
#   scripts/record-corpus.sh --sid            only the sid root's interpreters
#
# Adding a release is running this with it installed, then `cargo test -p pytempfile --test
# buffered --test text_disk` and `cargo test -p pyio --test textio_corpus --test codec_corpus`
# (every release file is replayed in that release's mode). 15 to 40 seconds per interpreter.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

say() { printf '[record-corpus] %s\n' "$*" >&2; }

record_host() {
    local py=$1
    say "$py ($("$py" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])'))"
    "$py" corpus/record.py
}

record_sid() {
    if [ ! -d "${PYTEMPFILE_SID_ROOT:-/var/lib/pytempfile/sid}/usr/bin" ]; then
        say "no Debian sid root: run scripts/cpython-root.sh provision first (skipping 3.13.18+)"
        return 1
    fi
    local release path
    while read -r release path; do
        say "sid root: $path ($release)"
        bash scripts/cpython-root.sh run -- "$path" corpus/record.py
    done < <(bash scripts/cpython-root.sh pythons)
}

pythons=()
sid=0
while [ $# -gt 0 ]; do
    case $1 in
        --python) pythons+=("$2"); shift 2 ;;
        --sid) sid=1; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) say "unknown argument: $1 (see --help)"; exit 2 ;;
    esac
done

if [ ${#pythons[@]} -eq 0 ] && [ $sid -eq 0 ]; then
    if command -v pyenv >/dev/null 2>&1; then
        for py in "$(pyenv root)"/versions/3.*/bin/python3; do
            [ -x "$py" ] || continue
            "$py" -c 'import sys; sys.exit(sys.version_info < (3, 10))' && pythons+=("$py")
        done
    fi
    sid=1
fi

for py in "${pythons[@]}"; do
    record_host "$py"
done
if [ $sid -eq 1 ]; then
    record_sid
fi
git status --short corpus/
