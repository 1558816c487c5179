#!/usr/bin/env bash
# The crate on Windows: cross-built for x86_64-pc-windows-gnu and tested under Wine, in the
# Debian sid root of scripts/cpython-root.sh.
#
# The host's rustup cannot add the Windows target (its download server is not reachable), so
# the build uses Debian's own toolchain in the root: rustc, cargo and rust-src (std is built
# from source with -Zbuild-std, which needs RUSTC_BOOTSTRAP=1 on a stable compiler), the MinGW
# linker (gcc-mingw-w64-x86-64-posix) and Wine to run the test binaries. Debian's tools are
# called by their /usr/bin paths: inside the root PATH starts with the host's rustup
# toolchain (bind-mounted at /root/.cargo/bin), which must not be the one that builds.
#
#   scripts/windows.sh provision     the root (cpython-root.sh provision), the packages above,
#                                    the Wine prefix (idempotent: seconds when all exist)
#   scripts/windows.sh status        what is installed (versions)
#   scripts/windows.sh build [ARGS]  cargo build -p pytempfile for the target (ARGS appended)
#   scripts/windows.sh test [ARGS]   cargo test -p pybase -p pytempfile for the target (the
#                                    OS seam's unit tests and the crate's), run by Wine
#                                    (ARGS appended, e.g. --test windows; --show-output is
#                                    added); ends with "wine: N passed, N failed, N skipped"
#                                    and each skip's reason (a test that prints "SKIP: ...");
#                                    with --record first, also writes results/windows.md
#   scripts/windows.sh run -- CMD    CMD in the root with the variables below set
#
# Environment inside: CARGO_TARGET_DIR=target/windows (own target dir), CARGO_HOME
# /root/.cargo-windows in the root (Debian's cargo keeps its registry apart from the host's),
# WINEPREFIX=/root/.wine-pytempfile (created on first use, about 20 s), WINEDEBUG=-all,
# CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
root=${PYTEMPFILE_SID_ROOT:-/var/lib/pytempfile/sid}
stamp="$root/.pytempfile-windows"
# Bumped when the package list changes.
recipe=1
packages="rustc cargo rust-src gcc-mingw-w64-x86-64-posix wine wine64"
target=x86_64-pc-windows-gnu

say() { printf '[windows] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

root_script() { bash "$here/scripts/cpython-root.sh" "$@"; }

# Run a command in the root with the Windows build and Wine variables.
in_root() {
    PYTEMPFILE_EXTRA_ENV="CARGO_HOME=/root/.cargo-windows CARGO_TARGET_DIR=$here/target/windows \
RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
WINEPREFIX=/root/.wine-pytempfile WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml= \
XDG_RUNTIME_DIR=/tmp/xdg-wine \
CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine \
CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc-posix" \
        root_script run -- bash -c 'mkdir -p -m 0700 /tmp/xdg-wine
            # Debian installs wineserver outside PATH (/usr/lib/<triplet>/wine/wineserver).
            PATH=$PATH:/usr/lib/x86_64-linux-gnu/wine
            exec "$@"' bash "$@"
}

provision() {
    root_script provision
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
        say "toolchain and Wine are installed (recipe $recipe)"
    else
        local start
        start=$(date +%s)
        say "apt-get install $packages (about 5 minutes on a new root)"
        root_script run -- bash -c "
            set -e
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq
            apt-get install -y -qq $packages >/dev/null
        " || die "apt-get inside the root failed"
        echo "$recipe" >"$stamp"
        say "installed in $(($(date +%s) - start)) s"
    fi
    if [ ! -f "$root/root/.wine-pytempfile/system.reg" ]; then
        say "creating the Wine prefix (about 20 s)"
        in_root bash -c 'wineboot --init >/dev/null 2>&1; wineserver -w' || die "wineboot failed"
    fi
    status
}

status() {
    [ -f "$stamp" ] || { say "not provisioned (run: $0 provision)"; return 1; }
    in_root bash -c '
        echo "[windows] $(/usr/bin/rustc --version) ($(/usr/bin/rustc -vV | sed -n "s/^host: //p"))"
        echo "[windows] $(/usr/bin/cargo --version)"
        echo "[windows] rust-src: $(ls -d /usr/lib/rustlib/src/rust/library 2>/dev/null || echo missing)"
        echo "[windows] linker: $(x86_64-w64-mingw32-gcc-posix --version | head -1)"
        echo "[windows] $(wine --version)"
    ' >&2
}

cargo_in_root() {
    local sub=$1
    shift
    in_root /usr/bin/cargo "$sub" -Zbuild-std=std,panic_abort --target "$target" "$@"
}

build() {
    [ -f "$stamp" ] || die "not provisioned: run '$0 provision' first"
    cargo_in_root build -p pytempfile "$@"
}

run_tests() {
    [ -f "$stamp" ] || die "not provisioned: run '$0 provision' first"
    local log status=0 record=0
    if [ "${1:-}" = "--record" ]; then record=1; shift; fi
    log=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$log'" RETURN
    # --show-output: the SKIP lines of passing tests reach the log (and the count below).
    local args=("$@") a sep=0
    for a in "${args[@]}"; do [ "$a" = "--" ] && sep=1; done
    if [ "$sep" = 1 ]; then args+=(--show-output); else args+=(-- --show-output); fi
    cargo_in_root test -p pybase -p pytempfile "${args[@]}" 2>&1 | tee "$log" || status=$?
    in_root wineserver -k >/dev/null 2>&1 || true
    # Skips are tests that pass after printing "SKIP: <reason>" (Wine differs from Windows).
    awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?$/) p += $(i-1); if ($(i) ~ /^failed;?$/) f += $(i-1); if ($(i) ~ /^ignored;?$/) g += $(i-1) } }
         /SKIP: / { s++ }
         END { printf "wine: %d passed, %d failed, %d skipped (%d ignored)\n", p - s, f, s, g }' "$log" \
        | tee "$log.summary"
    grep -o 'SKIP: .*' "$log" | sort | uniq -c | sed 's/^/  /' | tee "$log.skips" || true
    if [ "$record" = 1 ]; then
        {
            echo "# The crate's tests under Wine"
            echo
            echo "Written by \`scripts/windows.sh test --record${*:+ $*}\` on $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$here" rev-parse --short HEAD); $(uname -sr), $(nproc) cores; $(in_root wine --version 2>/dev/null | head -1)."
            echo
            echo "\`$(cat "$log.summary")\`"
            echo
            echo "Per test binary (\`test result\` lines):"
            echo
            grep '^test result:' "$log" | sed 's/^/- /'
            echo
            echo "Skipped (where Wine is not Windows):"
            echo
            sed 's/^ */- /' "$log.skips"
        } >"$here/results/windows.md"
        echo "written to results/windows.md"
    fi
    rm -f "$log.summary" "$log.skips"
    return "$status"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
    provision) provision ;;
    status) status ;;
    build) build "$@" ;;
    test) run_tests "$@" ;;
    run) [ "${1:-}" = "--" ] && shift; in_root "$@" ;;
    ""|-h|--help|help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" ;;
    *) die "unknown command '$cmd' (provision, status, build, test, run)" ;;
esac
