#!/usr/bin/env bash
# Prove the built wheels where users are: the release set (scripts/dist.sh wheels:
# manylinux2014, one cpXY wheel per CPython 3.10-3.15 and the abi3 wheel), installed into fresh
# virtual environments of each of the seven interpreters the package follows, with no Rust
# toolchain reachable (cargo, rustc, rustup, rustdoc removed from PATH; pip may install a wheel
# only, --no-index --only-binary=:all:), then `python -m pytempfile` there (that interpreter's
# own test_tempfile and test_threadedtempfile against pytempfile). Twice per interpreter: what
# pip picks from the whole set (it must be that release's own wheel, whose verdicts are kept:
# _native.KEEPS_VERDICTS), and the abi3 wheel (what a later CPython gets: nothing kept).
#
#   scripts/wheels.sh                   build the set, then pyenv's 3.10-3.13 and the sid
#                                       root's 3.13-3.15 (scripts/cpython-root.sh)
#   scripts/wheels.sh --wheel FILE      prove FILE alone instead of building the set
#   scripts/wheels.sh --host-only       pyenv's interpreters only
#   scripts/wheels.sh --only X.Y[,X.Y]  these interpreters only (a pyenv or root minor version;
#                                       the root's when both have it: 3.13 means both)
#   scripts/wheels.sh --refuse 3.9      also check that an unsupported CPython refuses the
#                                       wheel and the source tree (repeatable)
#
# Prints one summary line per interpreter and ends with "wheels: N passed, N failed"; exits
# non-zero if any failed or none ran.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
pyroot=${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }

# A PATH without the Rust toolchain: every directory of PATH mirrored by symlinks, less
# cargo*, rustc, rustdoc, rustup, rust-* (the interpreters' own directories stay reachable).
toolchain_free_path() {
    local bin dir f name
    bin=$(mktemp -d)
    IFS=: read -r -a dirs <<<"$PATH"
    for dir in "${dirs[@]}"; do
        [ -d "$dir" ] || continue
        for f in "$dir"/*; do
            name=${f##*/}
            case $name in cargo|cargo-*|rustc|rustdoc|rustup|rust-*|clippy-driver|rustfmt) continue ;; esac
            [ -x "$f" ] && [ ! -e "$bin/$name" ] && ln -s "$f" "$bin/$name"
        done
    done
    echo "$bin"
}

# One interpreter: fresh venv, the wheel, the suite, with the toolchain out of reach. WHEEL is
# a wheel file, or a directory holding the set (pip then picks, and the pick is checked: that
# release's own wheel). Runs on the host or, as `$0 --prove PY WHEEL`, inside the sid root
# (the checkout is mounted at the same path there). Prints one line.
prove() {
    local py=$1 wheel=$2 ver tag bin venv log rc ran result install=() what
    ver=$("$py" -c 'import platform; print(platform.python_version())')
    # The extension tag of this release's own build (_native.cpython-313-<platform>.so).
    tag=$("$py" -c 'import sys; print("cpython-%d%d-" % sys.version_info[:2])')
    bin=$(toolchain_free_path)
    venv=$(mktemp -d)/venv
    log=$(mktemp)
    rc=0
    (
        export PATH=$bin
        for t in cargo rustc rustup; do
            if command -v "$t" >/dev/null; then echo "$t is still on PATH" >&2; exit 1; fi
        done
        echo "toolchain: command -v cargo, rustc, rustup: none found"
        "$py" -m venv "$venv" || exit 1
        if [ -d "$wheel" ]; then install=(--find-links "$wheel" pytempfile); else install=("$wheel"); fi
        "$venv/bin/pip" install -q --disable-pip-version-check --no-index --only-binary=:all: "${install[@]}" || exit 1
        # Which build was installed: the extension's file name and whether it keeps verdicts.
        what=$(cd / && "$venv/bin/python" -c 'import os, pytempfile._native as n; print(os.path.basename(n.__file__), n.KEEPS_VERDICTS)') || exit 1
        echo "installed: $what"
        case "$(basename "$wheel"):$what" in
            *.whl:*abi3.so\ False|*.whl:*"$tag"*\ True) ;;
            *.whl:*) echo "the wheel's extension and KEEPS_VERDICTS disagree: $what" >&2; exit 1 ;;
            *:*"$tag"*\ True) ;;
            *) echo "pip did not pick this release's own wheel ($tag) from the set: $what" >&2; exit 1 ;;
        esac
        echo "== CPython $ver: python -m pytempfile ($what, no cargo or rustc on PATH)" >&2
        cd / && "$venv/bin/python" -m pytempfile
    ) >"$log" 2>&1 || rc=$?
    ran=$(grep -E '^Ran [0-9]+ tests' "$log" | tail -1 || true)
    result=$(tail -1 "$log")
    grep -q '^toolchain: command -v cargo, rustc, rustup: none found$' "$log" && result="$result, no cargo/rustc/rustup on PATH"
    what=$(sed -n 's/^installed: //p' "$log" | head -1)
    [ $rc -eq 0 ] || tail -n 30 "$log" >&2
    rm -rf "$(dirname "$venv")" "$log" "$bin"
    echo "CPython $ver: $(basename "$wheel") -> ${what:-nothing installed}: ${ran:-no test ran}, $result"
    return $rc
}

wheel=""
host_only=0
only=""
refuse=()
while [ $# -gt 0 ]; do
    case $1 in
        --wheel) [ $# -ge 2 ] || usage; wheel=$2; shift 2 ;;
        --host-only) host_only=1; shift ;;
        --only) [ $# -ge 2 ] || usage; only=",$2,"; shift 2 ;;
        --refuse) [ $# -ge 2 ] || usage; refuse+=("$2"); shift 2 ;;
        --prove) [ $# -ge 3 ] || usage; prove "$2" "$3"; exit $? ;;  # inside the sid root
        -h|--help) usage ;;
        *) echo "wheels.sh: unknown argument '$1'" >&2; usage ;;
    esac
done
wanted() { [ -z "$only" ] || [[ $only == *",$1,"* ]]; }

# What each interpreter proves: the set (pip's pick) and the abi3 wheel, or the one file given.
if [ -z "$wheel" ]; then
    rm -rf target/wheels
    bash scripts/dist.sh wheels --out target/wheels >/dev/null
    set_dir=$here/target/wheels
    abi3=$(ls "$set_dir"/*-abi3-*.whl)
    wheels=("$set_dir" "$abi3")
else
    [ -f "$wheel" ] || { echo "wheels.sh: no wheel: $wheel" >&2; exit 1; }
    wheels=("$(cd "$(dirname "$wheel")" && pwd)/$(basename "$wheel")")
fi
echo "proving: ${wheels[*]}" >&2

summary=()
passed=0
failed=0
record() { # rc line
    if [ "$1" -eq 0 ]; then passed=$((passed + 1)); summary+=("$2"); else failed=$((failed + 1)); summary+=("$2: FAILED"); fi
}

for minor in 10 11 12 13; do
    wanted "3.$minor" || continue
    py=""
    for cand in "$pyroot"/versions/3."$minor".*/bin/python3; do [ -x "$cand" ] && py=$cand; done
    if [ -z "$py" ]; then summary+=("CPython 3.$minor: not installed, skipped"); continue; fi
    for w in "${wheels[@]}"; do
        rc=0; line=$(prove "$py" "$w") || rc=$?
        record $rc "${line:-CPython 3.$minor}"
    done
done

if [ "$host_only" = 0 ]; then
    if bash scripts/cpython-root.sh status >/dev/null 2>&1; then
        for minor in 13 14 15; do
            wanted "3.$minor" || continue
            for w in "${wheels[@]}"; do
                rc=0
                line=$(bash scripts/cpython-root.sh run -- bash scripts/wheels.sh --prove "/usr/bin/python3.$minor" "$w") || rc=$?
                record $rc "${line:-CPython 3.$minor} (sid root)"
            done
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
    full=$("$py" -c 'import platform; print(platform.python_version())')
    out_wheel=$("$venv/bin/pip" install --no-index "${wheels[-1]}" 2>&1 || true)
    out_src=$("$venv/bin/pip" install ./python 2>&1 || true)
    if echo "$out_wheel" | grep -q "is not a supported wheel on this platform" \
        && echo "$out_src" | grep -q "requires a different Python"; then
        record 0 "CPython $full: refused: the wheel ($(echo "$out_wheel" | grep -o 'is not a supported wheel on this platform' | head -1)), the source ($(echo "$out_src" | grep -o 'requires a different Python[^;]*' | head -1))"
    else
        record 1 "CPython $full: NOT refused"
    fi
    rm -rf "$(dirname "$venv")"
done

printf '%s\n' "${summary[@]}"
echo "wheels: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
