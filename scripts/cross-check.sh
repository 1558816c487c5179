#!/usr/bin/env bash
# Type-check the crate (pybase, pyio, pytempfile: libraries, tests, doc-tests excepted) and the
# Python module (pytempfile-python) for macOS and FreeBSD, in the Debian sid root of
# scripts/cpython-root.sh.
#
# Nothing here links or runs: `cargo check` needs no linker and no SDK, so the three targets
# are checked from Linux with Debian's toolchain, building `std` from source (-Zbuild-std, which
# needs RUSTC_BOOTSTRAP=1 on a stable compiler): the host's rustup cannot add targets here (its
# download server is not reachable). Running the tests is the macOS job of
# .github/workflows/test.yml; the BSD branch's logic itself is tested on Linux
# (impl/tests/bsd_logic.rs, docs/bsd.md).
#
#   scripts/cross-check.sh provision          the root (cpython-root.sh provision) and rustc,
#                                             cargo, rust-src in it (idempotent: seconds when
#                                             they are there; scripts/windows.sh installs the
#                                             same three)
#   scripts/cross-check.sh status             the toolchain's versions
#   scripts/cross-check.sh check [TARGET...] [-- CARGO_ARGS]
#                                             cargo check -p pybase -p pyio -p pytempfile
#                                             -p pytempfile-python (abi3) --lib --tests for
#                                             each TARGET (default: the three below), then on
#                                             macOS the module per CPython 3.10 and 3.13, one
#                                             after the other; prints each target's
#                                             time and ends with "cross-check: N of N targets
#                                             type-check"; exits non-zero if one does not
#   scripts/cross-check.sh run -- CMD         CMD in the root with the variables below set
#
# Targets: x86_64-apple-darwin, aarch64-apple-darwin, x86_64-unknown-freebsd.
# Environment inside: CARGO_TARGET_DIR=target/cross (its own: std is built once per target and
# kept), CARGO_HOME=/root/.cargo-windows in the root (Debian's cargo keeps its registry apart
# from the host's; shared with scripts/windows.sh), RUSTC=/usr/bin/rustc, RUSTC_BOOTSTRAP=1.
# Debian's tools are called by their /usr/bin paths: inside the root PATH starts with the host's
# rustup toolchain (bind-mounted at /root/.cargo/bin), which must not be the one that builds.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
root=${PYTEMPFILE_SID_ROOT:-/var/lib/pytempfile/sid}
stamp="$root/.pytempfile-cross"
# Bumped when the package list changes.
recipe=1
packages="rustc cargo rust-src"
default_targets=(x86_64-apple-darwin aarch64-apple-darwin x86_64-unknown-freebsd)
crates=(-p pybase -p pyio -p pytempfile)
# The Python module (pytempfile-python) is checked too: its stable-ABI build on every target
# (what the sdist builds there, and the abi3 wheel), and its per-interpreter builds, whose
# kept verdicts use the version-specific C API (python/src/capi.rs: the dictionaries' version
# tags up to 3.11, dictionary watchers from 3.12), for these releases on the macOS targets
# (the release's macOS wheels). pyo3 is told the release by PYO3_CROSS_PYTHON_VERSION: no
# interpreter of the target is needed for a check.
module_abi3=(-p pytempfile-python --features pytempfile-python/abi3)
module_releases=(3.10 3.13)

say() { printf '[cross-check] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

root_script() { bash "$here/scripts/cpython-root.sh" "$@"; }

# in_root CMD...: CMD in the root with the variables above (and $cross_env, when set).
in_root() {
    PYTEMPFILE_EXTRA_ENV="CARGO_HOME=/root/.cargo-windows CARGO_TARGET_DIR=$here/target/cross \
RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1${cross_env:+ $cross_env}" \
        root_script run -- "$@"
}

provision() {
    root_script provision
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
        say "toolchain is installed (recipe $recipe)"
    else
        local start
        start=$(date +%s)
        say "apt-get install $packages (a few minutes on a new root)"
        root_script run -- bash -c "
            set -e
            export DEBIAN_FRONTEND=noninteractive
            if ! dpkg -s $packages >/dev/null 2>&1; then
                apt-get update -qq
                apt-get install -y -qq $packages >/dev/null
            fi
        " || die "apt-get inside the root failed"
        echo "$recipe" >"$stamp"
        say "installed in $(($(date +%s) - start)) s"
    fi
    status
}

status() {
    [ -f "$stamp" ] || { say "not provisioned (run: $0 provision)"; return 1; }
    in_root bash -c '
        echo "[cross-check] $(/usr/bin/rustc --version) ($(/usr/bin/rustc -vV | sed -n "s/^host: //p"))"
        echo "[cross-check] $(/usr/bin/cargo --version)"
        echo "[cross-check] rust-src: $(ls -d /usr/lib/rustlib/src/rust/library 2>/dev/null || echo missing)"
    ' >&2
}

# check_target TARGET [CARGO_ARGS]: the crates and the module's abi3 build, then on macOS the
# module for each of module_releases.
check_target() {
    local t=$1 v rc=0; shift
    in_root /usr/bin/cargo check -Zbuild-std=std,panic_abort --target "$t" \
        "${crates[@]}" "${module_abi3[@]}" --lib --tests --keep-going "$@" || rc=1
    case $t in
        *-apple-darwin)
            for v in "${module_releases[@]}"; do
                say "cargo check --target $t -p pytempfile-python (CPython $v)"
                cross_env="PYO3_CROSS_PYTHON_VERSION=$v" in_root /usr/bin/cargo check \
                    -Zbuild-std=std,panic_abort --target "$t" -p pytempfile-python --lib --tests \
                    --keep-going "$@" || rc=1
            done ;;
    esac
    return $rc
}

check() {
    [ -f "$stamp" ] || die "not provisioned: run '$0 provision' first"
    local targets=() extra=()
    while [ $# -gt 0 ]; do
        if [ "$1" = "--" ]; then shift; extra=("$@"); break; fi
        targets+=("$1")
        shift
    done
    [ ${#targets[@]} -gt 0 ] || targets=("${default_targets[@]}")
    local t start ok=0 failed=() all
    all=$(date +%s)
    for t in "${targets[@]}"; do
        start=$(date +%s)
        say "cargo check --target $t"
        if check_target "$t" "${extra[@]}"; then
            ok=$((ok + 1))
            say "$t: type-checks ($(($(date +%s) - start)) s)"
        else
            failed+=("$t")
            say "$t: FAILED ($(($(date +%s) - start)) s)"
        fi
    done
    echo "cross-check: $ok of ${#targets[@]} targets type-check ($(($(date +%s) - all)) s)${failed[*]:+; failed: ${failed[*]}}"
    [ ${#failed[@]} -eq 0 ]
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
    provision) provision ;;
    status) status ;;
    check) check "$@" ;;
    run) [ "${1:-}" = "--" ] && shift; in_root "$@" ;;
    ""|-h|--help|help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" ;;
    *) die "unknown command '$cmd' (provision, status, check, run)" ;;
esac
