#!/usr/bin/env bash
# Today's CPython releases (3.13.x, 3.14.x, 3.15.x from Debian's archive) and PyPy (Debian's
# pypy3: PyPy 8.0.1, Python 3.11.17) in a Debian sid root.
#
# This host's glibc is older than the one Debian builds today's CPython against, so those
# interpreters live in a sid root made by debootstrap, and every build or test against them runs
# inside it with the checkout, ~/.cargo and ~/.rustup bind-mounted (the host's Rust toolchain works
# there). Mounts are made in a private mount namespace (`unshare --mount`): they vanish when the
# command ends, whatever happens, and nothing is left mounted on the host.
#
#   scripts/cpython-root.sh provision        make the root (idempotent: seconds when it exists)
#   scripts/cpython-root.sh status           what the root holds (interpreters, versions)
#   scripts/cpython-root.sh pythons          one line per CPython: "<X.Y.Z> <path inside>"
#   scripts/cpython-root.sh implementations  one line per interpreter, any implementation:
#                                            "<name> <X.Y.Z> <path> <release>", where X.Y.Z is
#                                            the Python language version, release the
#                                            implementation's own (the same for CPython), e.g.
#                                            "cpython 3.13.18 /usr/bin/python3.13 3.13.18",
#                                            "pypy 3.11.17 /usr/bin/pypy3 8.0.1", and RustPython
#                                            when scripts/rustpython.sh provisioned it ("rustpython
#                                            3.14.0 <its path, the same inside and out> 0.6.0")
#   scripts/cpython-root.sh test-pypy [ARGS]  CPython's regression tests as PyPy ships them
#                                            (pypy3-lib-testsuite) run by `pypy3 -m test ARGS`
#                                            (test_tempfile is added unless an argument names
#                                            a test_*; -v names each test); ends with a line
#                                            "pypy: N passed, N failed, N skipped"
#   scripts/cpython-root.sh run [--python 3.X] [--] CMD...
#                                            run CMD in the root, in the checkout; with --python,
#                                            PYO3_PYTHON is that interpreter and CARGO_TARGET_DIR
#                                            is target/sid-py3.X (one target dir per libpython)
#   scripts/cpython-root.sh shell [--python 3.X]   an interactive shell there
#
# Environment: PYTEMPFILE_SID_ROOT (default /var/lib/pytempfile/sid) is where the root lives:
# outside the checkout, so a fresh clone on the same machine finds it. The Debian mirror is the
# host's own (read from its apt sources), so nothing here names a host. When
# scripts/rustpython.sh has built RustPython, its directory (PYTEMPFILE_RUSTPYTHON_DIR) is
# bind-mounted read-only at the same path inside, so its binary runs in the root too.
#
# PyPy's test.support imports _testcapi, which PyPy would compile on first import from
# /usr/lib/pypy3.11/_testcapimodule.c (with distutils, the C compiler and a directory under
# tempfile.gettempdir()), but no Debian package ships that file: see test_pypy below.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
root=${PYTEMPFILE_SID_ROOT:-/var/lib/pytempfile/sid}
stamp="$root/.pytempfile-provisioned"
minors=(13 14 15)
# Other implementations' packages (Debian sid): PyPy 8.0.1 (Python 3.11), its C API headers
# (/usr/include/pypy3.11, for C extensions built against PyPy's cpyext), and its copy of
# CPython's test suite (test.support, test_tempfile).
others="pypy3 pypy3-dev pypy3-lib-testsuite"
# Bumped when the package list changes, so that an existing root is brought up to date.
recipe=6

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

# scripts/rustpython.sh's directory when it holds a built RustPython, else nothing.
rustpython_dir() {
    local bin
    bin=$(bash "$here/scripts/rustpython.sh" path 2>/dev/null) || return 0
    dirname "$(dirname "$bin")"
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
        root=$1; here=$2; workdir=$3; rustpython=$4; shift 4
        mount --rbind /proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --bind "$HOME/.cargo" "$root/root/.cargo"
        mount --bind "$HOME/.rustup" "$root/root/.rustup"
        mount --bind "$here" "$root$here"
        if [ -n "$rustpython" ]; then
            mkdir -p "$root$rustpython"
            mount --bind "$rustpython" "$root$rustpython"
            mount -o remount,bind,ro "$root$rustpython"
        fi
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
    ' bash "$root" "$here" "$workdir" "$(rustpython_dir)" "$@"
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
    # less: the pager click's suite drives (python -m pytempfile --clients); valgrind: the
    # instruction counts of python -m pytempfile --bench --instructions on these releases.
    say "apt-get install build-essential, locales, CPython 3.${minors[*]} (dev, venv, testsuite) and $others (about 2 minutes)"
    local stable=() m
    for m in "${minors[@]}"; do
        [ "$m" -le 14 ] && stable+=("$m")
    done
    in_root / bash -c "
        set -e
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq build-essential pkg-config ca-certificates locales less valgrind $(packages "${stable[@]}") $others >/dev/null
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

# Every interpreter, CPython or not: "<name> <python version> <path> <implementation release>".
implementations() {
    local m py
    for m in "${minors[@]}"; do
        py="/usr/bin/python3.$m"
        if [ -x "$root$py" ]; then
            in_root / "$py" -c 'import platform, sys
v = platform.python_version()
print(sys.implementation.name, v, sys.argv[1], v)' "$py"
        fi
    done
    if [ -x "$root/usr/bin/pypy3" ]; then
        in_root / /usr/bin/pypy3 -c 'import platform, sys
print(sys.implementation.name, platform.python_version(), sys.argv[1],
      "%d.%d.%d" % sys.pypy_version_info[:3])' /usr/bin/pypy3
    fi
    bash "$here/scripts/rustpython.sh" implementation 2>/dev/null || true
}

status() {
    if [ ! -f "$stamp" ]; then
        say "root $root: not provisioned (run: $0 provision)"
        return 1
    fi
    say "root $root (recipe $(cat "$stamp")):"
    pythons | while read -r ver path; do say "  CPython $ver at $path"; done
    implementations | while read -r name ver path release; do
        case $name in
            cpython) ;;
            pypy) say "  PyPy $release (Python $ver) at $path" ;;
            rustpython) say "  RustPython $release (Python $ver) at $path (outside the root, bind-mounted)" ;;
            *) say "  $name $release (Python $ver) at $path" ;;
        esac
    done
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

# CPython's regression tests on PyPy (its copy from pypy3-lib-testsuite), by default
# test_tempfile: `pypy3 -m test ARGS` in the root's /tmp.
#
# test.support does `from _testcapi import unicode_legacy_string` inside `except ImportError`,
# but PyPy's /usr/lib/pypy3.11/_testcapi.py compiles _testcapimodule.c with cffi on first
# import, and Debian ships that C file in no package (pypy3-dev has only the headers), so the
# import fails with FileNotFoundError and the runner stops before any test. A module on
# PYTHONPATH that raises ImportError (what a CPython built without _testcapi does) lets
# test.support take its fallback; test_tempfile uses _testcapi nowhere else.
test_pypy() {
    [ -x "$root/usr/bin/pypy3" ] || die "no PyPy in the root: run '$0 provision' (recipe $recipe)"
    # test_tempfile unless an argument names a test (test_*): `-v` alone keeps it.
    case " $* " in *" test_"*) ;; *) set -- "$@" test_tempfile ;; esac
    local log rc
    log=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$log'" EXIT
    set +e
    # shellcheck disable=SC2016
    run -- bash -c '
        stub=$(mktemp -d /tmp/pypy-no-testcapi.XXXXXX)
        trap "rm -rf \"\$stub\"" EXIT
        printf "raise ImportError(\"_testcapi: its C source is not installed (Debian ships no _testcapimodule.c)\")\n" >"$stub/_testcapi.py"
        cd /tmp
        PYTHONPATH=$stub pypy3 -m test "$@"
    ' bash "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    # "pypy: N passed, N failed, N skipped" from libregrtest's "Total tests: run=N failures=F
    # skipped=S" (a test file that fails without a failed test, e.g. at import, counts as one).
    awk '/^Total tests: run=/ { n = 0; f = 0; s = 0
            for (i = 3; i <= NF; i++) { split($i, kv, "=")
                if (kv[1] == "run") n = kv[2]
                if (kv[1] == "failures") f = kv[2]
                if (kv[1] == "skipped") s = kv[2] }
            seen = 1 }
         /^Total test files: / { for (i = 4; i <= NF; i++) { split($i, kv, "=")
                if (kv[1] == "failed") ff = kv[2] } }
         END { if (!seen) { print "pypy: no test summary (the run stopped early)"; exit }
               printf "pypy: %d passed, %d failed, %d skipped\n", n - f - s, (f < ff ? ff : f), s }' "$log"
    return "$rc"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
    provision) provision ;;
    status) status ;;
    pythons) pythons ;;
    implementations) implementations ;;
    test-pypy) test_pypy "$@" ;;
    run) run "$@" ;;
    shell) run "$@" -- bash -i ;;
    ""|-h|--help|help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' ;;
    *) die "unknown command '$cmd' (provision, status, pythons, implementations, test-pypy, run, shell)" ;;
esac
