#!/usr/bin/env bash
# The package's distributions: the sdist and the wheels of python/, built with maturin: on
# Linux manylinux2014 wheels linked through zig (PyPI's ziglang), so that they run on any Linux
# with glibc 2.17 or newer whatever the build machine's glibc is; on macOS the platform's own
# wheels, built natively (maturin's default deployment target). The release workflow
# (.github/workflows/release.yml) runs the same commands.
#
#   scripts/dist.sh sdist [--out DIR]
#                     the source distribution (maturin sdist): python/ with the crates it
#                     builds from (pytempfile, pyio, pybase) and Cargo.lock
#   scripts/dist.sh wheel [--target TRIPLE] [--interpreter PYTHON] [--out DIR]
#                     a release wheel for TRIPLE (default: this machine's: x86_64 or aarch64,
#                     unknown-linux-gnu or apple-darwin); on Linux manylinux2014, linked by
#                     zig; macOS wheels are built on macOS. Without --interpreter:
#                     the stable-ABI wheel (abi3, cp310-abi3: one wheel for CPython 3.10 and
#                     newer); with it: a wheel for that interpreter only (cpXY-cpXY). PYTHON
#                     may be a name like python3.15 that is not installed: maturin then uses
#                     its own description of that CPython release
#   scripts/dist.sh wheels [--target TRIPLE] [--out DIR]
#                     the release set for TRIPLE: one cpXY wheel for each CPython 3.10-3.15
#                     (what pip installs there: the fast build, docs/packaging.md) and the abi3
#                     wheel (what a CPython after 3.15 installs)
#   scripts/dist.sh show WHEEL...
#                     auditwheel show for each wheel (the manylinux tag it is compatible with,
#                     the shared libraries and glibc symbol versions it needs)
#   scripts/dist.sh compare [--interpreter PYTHON] [--rounds N] [--dir DIR] [--record]
#                     build both wheels for PYTHON (default: pyenv's 3.13.0), install each in
#                     a fresh venv and time them against each other and the standard module in
#                     one process (scripts/abi3_compare.py: --bench's operations, rounds
#                     interleaved); --record writes results/abi3-compare-<version>.md
#   scripts/dist.sh tools
#                     install the pinned tools (when missing) and print their versions
#
# DIR defaults to target/dist. The tools (maturin, ziglang, auditwheel; versions pinned below)
# come from PyPI into a venv outside the checkout, $PYTEMPFILE_TOOLS/dist-tools-<maturin
# version> (PYTEMPFILE_TOOLS default /var/lib/pytempfile; the release workflow sets it to the
# runner's temporary directory). Cargo builds in target/dist-build (CARGO_TARGET_DIR unless
# set). Prints the path of each file it writes, one a line, on standard output.
set -euo pipefail
maturin_version=1.13.1
zig_version=0.15.2
auditwheel_version=6.8.2
here=$(cd "$(dirname "$0")/.." && pwd)
tools=${PYTEMPFILE_TOOLS:-/var/lib/pytempfile}/dist-tools-$maturin_version

say() { printf '[dist] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }

install_tools() {
    local want="maturin==$maturin_version ziglang==$zig_version auditwheel==$auditwheel_version"
    if [ -f "$tools/.versions" ] && [ "$(cat "$tools/.versions")" = "$want" ]; then
        return
    fi
    command -v python3 >/dev/null || die "python3 is needed to install the tools"
    say "installing $want into $tools"
    rm -rf "$tools"
    mkdir -p "$(dirname "$tools")"
    python3 -m venv "$tools"
    # shellcheck disable=SC2086
    "$tools/bin/pip" install -q --disable-pip-version-check $want || { rm -rf "$tools"; die "pip install failed"; }
    echo "$want" >"$tools/.versions"
}

# maturin finds zig as `python -m ziglang` of the Python on PATH: the venv's.
maturin() { PATH="$tools/bin:$PATH" "$tools/bin/maturin" "$@"; }

# The files a command added to DIR (maturin prints them too, among its progress output).
listing() { ls -1A "$1" | sort; }
new_files() { comm -13 <(echo "$1") <(listing "$2") | sed "s|^|$2/|"; }

cmd_sdist() {
    local out=$here/target/dist
    while [ $# -gt 0 ]; do
        case $1 in
            --out) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
            *) say "sdist: unknown argument '$1'"; usage ;;
        esac
    done
    install_tools
    mkdir -p "$out"; out=$(cd "$out" && pwd)
    local before
    before=$(listing "$out")
    rm -f "$out"/pytempfile-*.tar.gz
    maturin sdist -m "$here/python/Cargo.toml" --out "$out" >&2
    new_files "$before" "$out"
}

cmd_wheel() {
    local out=$here/target/dist target="" interp=""
    while [ $# -gt 0 ]; do
        case $1 in
            --out) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
            --target) [ $# -ge 2 ] || usage; target=$2; shift 2 ;;
            --interpreter) [ $# -ge 2 ] || usage; interp=$2; shift 2 ;;
            *) say "wheel: unknown argument '$1'"; usage ;;
        esac
    done
    if [ -z "$target" ]; then
        local os
        case $(uname -s) in
            Linux) os=unknown-linux-gnu ;;
            Darwin) os=apple-darwin ;;
            *) die "no default target for $(uname -s): give --target" ;;
        esac
        case $(uname -m) in
            x86_64) target=x86_64-$os ;;
            aarch64|arm64) target=aarch64-$os ;;
            *) die "no default target for $(uname -m): give --target" ;;
        esac
    fi
    local args=(build --release -m "$here/python/Cargo.toml" --target "$target")
    case $target in
        x86_64-unknown-linux-gnu|aarch64-unknown-linux-gnu)
            args+=(--zig --compatibility manylinux2014) ;;
        x86_64-apple-darwin|aarch64-apple-darwin)
            [ "$(uname -s)" = Darwin ] || die "target $target: macOS wheels are built on macOS" ;;
        *) die "target $target: no wheel for it (Linux and macOS; docs/packaging.md)" ;;
    esac
    install_tools
    if [ -n "$interp" ]; then
        if ! command -v "$interp" >/dev/null; then
            [[ $interp =~ ^python3\.[0-9]+$ ]] || die "no interpreter '$interp'"
            say "$interp is not installed: maturin's own description of that release is used"
        fi
        args+=(-i "$interp")
    else
        args+=(--features abi3)
    fi
    mkdir -p "$out"; out=$(cd "$out" && pwd)
    local before
    before=$(listing "$out")
    say "maturin ${args[*]}"
    CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$here/target/dist-build} maturin "${args[@]}" --out "$out" >&2
    new_files "$before" "$out"
}

# The CPython releases the package follows, each with its own wheel in the release set.
releases=(3.10 3.11 3.12 3.13 3.14 3.15)

cmd_wheels() {
    local pass=() v
    while [ $# -gt 0 ]; do
        case $1 in
            --out|--target) [ $# -ge 2 ] || usage; pass+=("$1" "$2"); shift 2 ;;
            *) say "wheels: unknown argument '$1'"; usage ;;
        esac
    done
    for v in "${releases[@]}"; do
        cmd_wheel "${pass[@]}" --interpreter "python$v"
    done
    cmd_wheel "${pass[@]}"
}

cmd_show() {
    [ $# -gt 0 ] || usage
    install_tools
    local w
    for w in "$@"; do
        [ -f "$w" ] || die "no such wheel: $w"
        echo "\$ auditwheel show $(basename "$w")"
        "$tools/bin/auditwheel" show "$w"
    done
}

cmd_compare() {
    local interp="" rounds=31 record=() dir=()
    while [ $# -gt 0 ]; do
        case $1 in
            --interpreter) [ $# -ge 2 ] || usage; interp=$2; shift 2 ;;
            --rounds) [ $# -ge 2 ] || usage; rounds=$2; shift 2 ;;
            --record) record=(--record); shift ;;
            --dir) [ $# -ge 2 ] || usage; dir=(--dir "$2"); shift 2 ;;
            *) say "compare: unknown argument '$1'"; usage ;;
        esac
    done
    if [ -z "$interp" ]; then
        interp=${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}/versions/3.13.0/bin/python3.13
    fi
    command -v "$interp" >/dev/null || die "no interpreter '$interp'"
    local out abi3 own work sites=() label wheel
    out=$(mktemp -d)
    abi3=$(cmd_wheel --out "$out" | grep '\.whl$')
    own=$(cmd_wheel --interpreter "$interp" --out "$out" | grep '\.whl$')
    work=$(mktemp -d)
    for label in abi3 own; do
        if [ $label = abi3 ]; then wheel=$abi3; else wheel=$own; fi
        "$interp" -m venv "$work/$label"
        "$work/$label/bin/pip" install -q --disable-pip-version-check --no-index "$wheel"
        sites+=("$label=$("$work/$label/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')")
    done
    sites[1]=$("$interp" -c 'import sys; print("cp%d%d" % sys.version_info[:2])')=${sites[1]#own=}
    (cd "$here" && "$interp" "$here/scripts/abi3_compare.py" --rounds "$rounds" "${dir[@]}" "${record[@]}" "${sites[@]}")
    rm -rf "$out" "$work"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
    sdist) cmd_sdist "$@" ;;
    wheel) cmd_wheel "$@" ;;
    wheels) cmd_wheels "$@" ;;
    show) cmd_show "$@" ;;
    compare) cmd_compare "$@" ;;
    tools) install_tools; for t in maturin auditwheel; do "$tools/bin/$t" --version 2>&1 | head -1; done
           echo "zig $("$tools/bin/python" -m ziglang version)" ;;
    ""|-h|--help|help) usage ;;
    *) say "unknown command '$cmd'"; usage ;;
esac
