#!/usr/bin/env bash
# Today's CPython releases (3.13.x, 3.14.x, 3.15.x from Debian's archive) in a Debian sid root.
#
# This host's glibc is older than the one Debian builds today's CPython against, so those
# interpreters live in a sid root made by debootstrap, and every build or test against them runs
# inside it with the checkout, ~/.cargo and ~/.rustup bind-mounted (the host's Rust toolchain works
# there). Mounts are made in a private mount namespace (`unshare --mount`): they vanish when the
# command ends, whatever happens, and nothing is left mounted on the host.
#
#   scripts/cpython-root.sh provision        make the root (idempotent: seconds when it exists)
#   scripts/cpython-root.sh status           what the root holds (interpreters, versions)
#   scripts/cpython-root.sh pythons          one line per interpreter: "<X.Y.Z> <path inside>"
#   scripts/cpython-root.sh run [--python 3.X] [--] CMD...
#                                            run CMD in the root, in the checkout; with --python,
#                                            PYO3_PYTHON is that interpreter and CARGO_TARGET_DIR
#                                            is target/sid-py3.X (one target dir per libpython)
#   scripts/cpython-root.sh shell [--python 3.X]   an interactive shell there
#
# Environment: PYTEMPFILE_SID_ROOT (default /var/lib/pytempfile/sid) is where the root lives:
# outside the checkout, so a fresh clone on the same machine finds it. The Debian mirror is the
# host's own (read from its apt sources), so nothing here names a host.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
root=${PYTEMPFILE_SID_ROOT:-/var/lib/pytempfile/sid}
stamp="$root/.pytempfile-provisioned"
minors=(13 14 15)
# Bumped when the package list changes, so that an existing root is brought up to date.
recipe=4

say() { printf '[cpython-root] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

need_root() {
    [ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and mounts need it)"
}

host_mirror() {
    # The first Debian URI the host's apt uses (deb822 or one-line format).
    local uri=""
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        uri=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }' \
            /etc/apt/sources.list.d/*.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }' \
            /etc/apt/sources.list)
    fi
    [ -n "$uri" ] || die "cannot find a Debian mirror in the host's apt sources"
    printf '%s\n' "${uri%/}"
}

ca_bundle() {
    local ca=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}
    [ -f "$ca" ] || die "no CA bundle at $ca (set SSL_CERT_FILE): pip and cargo inside need it"
    printf '%s\n' "$ca"
}

packages() {
    local m
    for m in "$@"; do
        printf 'python3.%s-dev python3.%s-venv libpython3.%s-testsuite ' "$m" "$m" "$m"
    done
}

# Run a command chrooted into the root, in a private mount namespace with the binds.
in_root() {
    local workdir=$1
    shift
    local ca
    ca=$(ca_bundle)
    mkdir -p "$root/etc/ssl/certs" "$root$here" "$root/root/.cargo" "$root/root/.rustup"
    cp -f "$ca" "$root/etc/ssl/certs/pytempfile-ca.crt"
    cp -fL /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    # shellcheck disable=SC2016
    unshare --mount --propagation private -- bash -c '
        set -e
        root=$1; here=$2; workdir=$3; shift 3
        mount --rbind /proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --bind "$HOME/.cargo" "$root/root/.cargo"
        mount --bind "$HOME/.rustup" "$root/root/.rustup"
        mount --bind "$here" "$root$here"
        [ -d /dev/shm ] && mkdir -p "$root/dev/shm"
        exec chroot "$root" /usr/bin/env -i \
            HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 \
            PATH=/root/.cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            SSL_CERT_FILE=/etc/ssl/certs/pytempfile-ca.crt \
            PIP_CERT=/etc/ssl/certs/pytempfile-ca.crt \
            CARGO_HTTP_CAINFO=/etc/ssl/certs/pytempfile-ca.crt \
            ${CI:+CI=$CI} ${PROPTEST_CASES:+PROPTEST_CASES=$PROPTEST_CASES} \
            ${PYO3_PYTHON:+PYO3_PYTHON=$PYO3_PYTHON} ${CARGO_TARGET_DIR:+CARGO_TARGET_DIR=$CARGO_TARGET_DIR} \
            ${PYTEMPFILE_EXTRA_ENV:-} \
            bash -c "cd \"\$0\" && exec \"\$@\"" "$workdir" "$@"
    ' bash "$root" "$here" "$workdir" "$@"
}

provision() {
    need_root
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
        say "root $root is provisioned (recipe $recipe)"
        return 0
    fi
    mkdir -p "$(dirname "$root")"
    exec 9>"${root%/}.lock"
    flock 9
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
        say "root $root was provisioned by another run"
        return 0
    fi
    local mirror start
    mirror=$(host_mirror)
    start=$(date +%s)
    if ! command -v debootstrap >/dev/null 2>&1; then
        say "installing debootstrap on the host"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    fi
    if [ ! -x "$root/usr/bin/apt-get" ]; then
        say "debootstrap --variant=minbase sid $root (about 40 s)"
        rm -rf "$root"
        debootstrap --variant=minbase sid "$root" "$mirror" >"${root%/}.debootstrap.log" 2>&1 \
            || die "debootstrap failed: see ${root%/}.debootstrap.log"
    fi
    say "apt sources: sid and experimental from $mirror"
    printf 'deb %s sid main\ndeb %s experimental main\n' "$mirror" "$mirror" >"$root/etc/apt/sources.list"
    # The archive may be served as a snapshot whose Release files are past their Valid-Until.
    printf 'Acquire::Check-Valid-Until "false";\nAPT::Install-Recommends "false";\n' \
        >"$root/etc/apt/apt.conf.d/90pytempfile"
    # locales: localedef and its sources, for the Latin-1 runs of conformance/tests/locale.rs;
    # less: the pager click's suite drives (python -m pytempfile --clients).
    say "apt-get install build-essential, locales and CPython 3.${minors[*]} (dev, venv, testsuite; about 90 s)"
    local stable=() m
    for m in "${minors[@]}"; do
        [ "$m" -le 14 ] && stable+=("$m")
    done
    in_root / bash -c "
        set -e
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq build-essential pkg-config ca-certificates locales less $(packages "${stable[@]}") >/dev/null
        apt-get install -y -qq -t experimental $(packages 15) >/dev/null
    " || die "apt-get inside the root failed"
    echo "$recipe" >"$stamp"
    say "provisioned in $(($(date +%s) - start)) s"
    status
}

pythons() {
    local m py
    for m in "${minors[@]}"; do
        py="/usr/bin/python3.$m"
        if [ -x "$root$py" ]; then
            printf '%s %s\n' "$(in_root / "$py" -c 'import platform; print(platform.python_version())')" "$py"
        fi
    done
}

status() {
    if [ ! -f "$stamp" ]; then
        say "root $root: not provisioned (run: $0 provision)"
        return 1
    fi
    say "root $root (recipe $(cat "$stamp")):"
    pythons | while read -r ver path; do say "  CPython $ver at $path"; done
}

run() {
    need_root
    local minor=""
    while [ $# -gt 0 ]; do
        case $1 in
            --python) minor=${2#3.}; shift 2 ;;
            --python=*) minor=${1#--python=}; minor=${minor#3.}; shift ;;
            --) shift; break ;;
            *) break ;;
        esac
    done
    [ $# -gt 0 ] || die "run: no command given"
    [ -f "$stamp" ] || die "root $root is not provisioned: run '$0 provision' first"
    if [ -n "$minor" ]; then
        [ -x "$root/usr/bin/python3.$minor" ] || die "no CPython 3.$minor in the root (have: $(pythons | cut -d' ' -f1 | tr '\n' ' '))"
        export PYO3_PYTHON=/usr/bin/python3.$minor
        export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$here/target/sid-py3.$minor}
    fi
    local wd=$PWD
    case $wd in "$here"|"$here"/*) ;; *) wd=$here ;; esac
    in_root "$wd" "$@"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
    provision) provision ;;
    status) status ;;
    pythons) pythons ;;
    run) run "$@" ;;
    shell) run "$@" -- bash -i ;;
    ""|-h|--help|help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command '$cmd' (provision, status, pythons, run, shell)" ;;
esac
