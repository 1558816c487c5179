#!/usr/bin/env bash
# One column of the implementations matrix (docs/implementations.md) on a machine that may have
# nothing yet: provisions what the column and its reference need, then runs the column and
# saves it, so that columns run on different machines (the matrix workflow's jobs) merge into
# one report with `conformance --merge`.
#
#   scripts/matrix-column.sh provision NAME          what NAME and its reference need
#   scripts/matrix-column.sh run NAME OUT [ARGS...]  provision, then run the column into OUT
#                                                    (OUT/impls/NAME.json, OUT/matrix.md);
#                                                    ARGS go to the conformance command
#                                                    (--sequences N, --attack-runs N, ...)
#   scripts/matrix-column.sh reference NAME          the reference NAME is compared with
#
# NAME is a column of the matrix: cpython-3.10.13 cpython-3.11.7 cpython-3.12.1 cpython-3.13.0
# (pyenv releases, built with a shared libpython when missing), cpython-3.13.18
# cpython-3.14.10 cpython-3.15.2 pypy (the Debian sid root, scripts/cpython-root.sh),
# rustpython (scripts/rustpython.sh), pytempfile (against the CPython the conformance crate
# links: PYO3_PYTHON, default pyenv's 3.11.7). Must run as root (the sid root, and the attack
# scenario drops capabilities in its children).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
say() { printf '[matrix-column] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

pyenv_releases=(3.10.13 3.11.7 3.12.1 3.13.0)
sid_releases=(3.13.18 3.14.10 3.15.2)
pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}

# The reference of a column: the release before a CPython release (the oldest against itself),
# the CPython of PyPy's and RustPython's language version, the linked CPython for pytempfile.
# The conformance command makes this choice itself (conformance/src/impls/spec.rs); this copy
# only decides what to provision (if the two ever disagree, the command says which interpreter
# is missing).
reference() {
    local all=("${pyenv_releases[@]}" "${sid_releases[@]}") prev=${pyenv_releases[0]} r
    case $1 in
        pypy) echo cpython-3.11.7 ;;
        rustpython) echo cpython-3.14.10 ;;
        pytempfile) echo cpython-linked ;;
        cpython-*)
            for r in "${all[@]}"; do
                if [ "cpython-$r" = "$1" ]; then echo "cpython-$prev"; return; fi
                prev=$r
            done
            die "$1: not a column (cpython-{${all[*]}})" ;;
        *) die "$1: not a column (cpython-<release>, pypy, rustpython, pytempfile)" ;;
    esac
}

# pyenv's CPython <release>, with a shared libpython (the linked side needs one).
pyenv_release() {
    local r=$1
    [ -x "$pyenv_root/versions/$r/bin/python${r%.*}" ] && return
    if [ ! -x "$pyenv_root/bin/pyenv" ] && ! command -v pyenv >/dev/null; then
        say "installing pyenv into $pyenv_root (git clone)"
        git clone -q --depth 1 https://github.com/pyenv/pyenv "$pyenv_root"
    fi
    say "building CPython $r with pyenv (a few minutes)"
    PYENV_ROOT=$pyenv_root PYTHON_CONFIGURE_OPTS=--enable-shared \
        "$pyenv_root/bin/pyenv" install -s "$r"
}

provide() {
    case $1 in
        cpython-linked)
            pyenv_release 3.11.7 ;;
        cpython-*)
            local r=${1#cpython-} s
            for s in "${sid_releases[@]}"; do
                if [ "$s" = "$r" ]; then bash "$here/scripts/cpython-root.sh" provision; return; fi
            done
            pyenv_release "$r" ;;
        pypy) bash "$here/scripts/cpython-root.sh" provision ;;
        rustpython)
            cargo +nightly --version >/dev/null 2>&1 \
                || rustup toolchain install nightly --profile minimal
            bash "$here/scripts/rustpython.sh" provision ;;
        pytempfile) pyenv_release 3.11.7 ;;
        *) die "$1: nothing to provision for it" ;;
    esac
}

cmd=${1:-}
case $cmd in
    reference)
        [ $# -eq 2 ] || die "usage: $0 reference NAME"
        reference "$2" ;;
    provision)
        [ $# -eq 2 ] || die "usage: $0 provision NAME"
        [ "$(id -u)" -eq 0 ] || die "must run as root"
        ref=$(reference "$2")
        provide "$2"
        provide "$ref"
        # Every column's pyside links a CPython: pytempfile's side, and the linked reference.
        provide cpython-linked ;;
    run)
        [ $# -ge 3 ] || die "usage: $0 run NAME OUT [ARGS...]"
        name=$2 out=$3
        shift 3
        "$0" provision "$name"
        export PYO3_PYTHON=${PYO3_PYTHON:-$pyenv_root/versions/3.11.7/bin/python3.11}
        cd "$here"
        cargo build --release -p conformance --bins
        # Exit status 1 means a difference left unexplained; the column is saved either way.
        status=0
        ./target/release/conformance --implementation "$name" --out "$out" "$@" \
            || status=$?
        [ -f "$out/impls/$name.json" ] || die "no column saved in $out/impls/$name.json"
        exit "$status" ;;
    *)
        die "usage: $0 provision NAME | run NAME OUT [ARGS...] | reference NAME" ;;
esac
