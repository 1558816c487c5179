#!/usr/bin/env bash
# Build the pytempfile wheel for every CPython the package supports and prove each one:
# `pip install` of the built wheel into a fresh virtual environment, then `python -m pytempfile`
# (that interpreter's own test_tempfile and test_threadedtempfile against pytempfile).
#
#   scripts/wheels.sh                 pyenv's 3.10-3.13 and the sid root's 3.13-3.15
#   scripts/wheels.sh --host-only     pyenv's only
#   scripts/wheels.sh --refuse 3.9    also check that pip refuses an unsupported CPython
#
# Wheels land in target/wheels/. maturin (pinned) comes from PyPI into a virtual environment
# kept outside the checkout (PYTEMPFILE_CACHE, default ~/.cache/pytempfile), on the host and
# in the root. Prints one summary line per interpreter; exits non-zero if any failed.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
cache=${PYTEMPFILE_CACHE:-$HOME/.cache/pytempfile}
maturin_version=1.13.1
pyroot=${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}
host_only=0
refuse=()
prove_only=""
while [ $# -gt 0 ]; do
    case $1 in
        --host-only) host_only=1; shift ;;
        --refuse) refuse+=("$2"); shift 2 ;;
        --prove) prove_only=$2; shift 2 ;;  # one interpreter (used inside the sid root)
        *) echo "usage: $0 [--host-only] [--refuse X.Y]..." >&2; exit 2 ;;
    esac
done
summary=()
status=0

# One interpreter: build, install into a fresh venv, run the suite. Runs on the host or, as
# `$0 --in-root`, inside the sid root (where the checkout is mounted at the same path).
prove() {
    local py=$1 ver tag venv wheel log
    ver=$("$py" -c 'import platform; print(platform.python_version())')
    tag=$("$py" -c 'import sys; print("cp%d%d" % sys.version_info[:2])')
    local tools=$cache/maturin-$(uname -m)-$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    if [ ! -x "$tools/bin/maturin" ]; then
        "$py" -m venv "$tools" && "$tools/bin/pip" install -q "maturin==$maturin_version" || return 1
    fi
    echo "== CPython $ver: maturin build --release" >&2
    rm -f target/wheels/pytempfile-*-"$tag"-*.whl
    CARGO_TARGET_DIR=target/wheel-$tag "$tools/bin/maturin" build --release -q \
        -m python/Cargo.toml -i "$py" --out target/wheels >&2 || return 1
    wheel=$(ls target/wheels/pytempfile-*-"$tag"-*.whl 2>/dev/null | head -1)
    [ -n "$wheel" ] || { echo "no wheel for $tag" >&2; return 1; }
    venv=$(mktemp -d)/venv
    "$py" -m venv "$venv" && "$venv/bin/pip" install -q --no-index "$wheel" || return 1
    log=$(mktemp)
    echo "== CPython $ver: python -m pytempfile (from $(basename "$wheel"))" >&2
    (cd / && "$venv/bin/python" -m pytempfile) >"$log" 2>&1
    local rc=$?
    local ran result
    ran=$(grep -E '^Ran [0-9]+ tests' "$log" | tail -1)
    result=$(tail -1 "$log")
    rm -rf "$(dirname "$venv")" "$log"
    echo "CPython $ver: $(basename "$wheel"): $ran, $result"
    return $rc
}


if [ -n "$prove_only" ]; then
    prove "$prove_only"
    exit $?
fi

for minor in 10 11 12 13; do
    py=""
    for cand in "$pyroot"/versions/3."$minor".*/bin/python3; do [ -x "$cand" ] && py=$cand; done
    if [ -z "$py" ]; then summary+=("CPython 3.$minor: not installed, skipped"); continue; fi
    if line=$(prove "$py"); then summary+=("$line"); else summary+=("${line:-CPython 3.$minor}: FAILED"); status=1; fi
done

if [ "$host_only" = 0 ]; then
    if bash scripts/cpython-root.sh status >/dev/null 2>&1; then
        for minor in 13 14 15; do
            if line=$(bash scripts/cpython-root.sh run -- bash scripts/wheels.sh --prove "/usr/bin/python3.$minor"); then
                summary+=("$line (sid root)")
            else
                summary+=("${line:-CPython 3.$minor (sid root)}: FAILED"); status=1
            fi
        done
    else
        summary+=("sid root not provisioned (scripts/cpython-root.sh provision): 3.13.18, 3.14.10, 3.15.2 skipped")
    fi
fi

for v in "${refuse[@]}"; do
    py=""
    for cand in "$pyroot"/versions/"$v".*/bin/python3; do [ -x "$cand" ] && py=$cand; done
    if [ -z "$py" ]; then summary+=("CPython $v: not installed, refusal not checked"); continue; fi
    venv=$(mktemp -d)/venv
    "$py" -m venv "$venv"
    out=$("$venv/bin/pip" install ./python 2>&1)
    if echo "$out" | grep -q "requires a different Python"; then
        summary+=("CPython $($py -c 'import platform; print(platform.python_version())'): refused: $(echo "$out" | grep 'requires a different Python' | head -1)")
    else
        summary+=("CPython $v: NOT refused"); status=1
    fi
    rm -rf "$(dirname "$venv")"
done

printf '%s\n' "${summary[@]}"
exit $status
