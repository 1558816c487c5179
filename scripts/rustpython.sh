#!/usr/bin/env bash
# RustPython 0.6.0 (crates.io) as one more Python implementation: built once with the nightly
# toolchain and cached outside the checkout, so a fresh clone on the same machine finds it.
#
#   scripts/rustpython.sh provision     build and install it (idempotent: well under a second
#                                       when present; takes a lock, so concurrent runs wait)
#   scripts/rustpython.sh path          the binary's path; exit 1 when not provisioned
#   scripts/rustpython.sh run [--] ARGS run it with ARGS (on this host)
#   scripts/rustpython.sh status        what is built (versions, features, profile, sizes)
#   scripts/rustpython.sh implementation
#                                       one line "rustpython <python version> <path> 0.6.0",
#                                       as scripts/cpython-root.sh implementations prints it
#   scripts/rustpython.sh test-cpython [ARGS]
#                                       CPython 3.14's test suite (the sid root's
#                                       libpython3.14-testsuite) run by RustPython as
#                                       `rustpython -m test ARGS` (test_tempfile is added
#                                       unless an argument names a test_*; -v names each
#                                       test); ends with a line
#                                       "rustpython: N passed, N failed, N skipped"
#
# Environment: PYTEMPFILE_RUSTPYTHON_DIR (default /var/lib/pytempfile/rustpython-0.6.0) holds
# bin/rustpython, Lib/ (the standard library) and the stamp; PYTEMPFILE_SID_ROOT (default
# /var/lib/pytempfile/sid) is where test-cpython finds CPython's tests.
#
# How it is built, and why so (measured on this 2-core machine, another engineer's cargo builds
# running at the same time: load average 3 to 8, so wall times carry about a minute of noise):
#
# - nightly: stable 1.95 cannot build 0.6.0, even with --locked --ignore-rust-version:
#   rustpython-ruff_python_parser 0.16.5 (rust-version 1.96) uses std::debug_assert_matches,
#   unstable before 1.96 (E0658). .ci/run already installs the nightly toolchain for fuzz/.
# - features stdlib,threading,importlib,stdio,host_env (no default features): the defaults add
#   ssl-rustls-aws-lc (a C build of aws-lc), mimalloc and doc, none of which tempfile needs.
# - not freeze-stdlib: without it the binary reads Lib/ from the path compiled in
#   (BUILDTIME_RUSTPYTHONPATH, else the rustpython-pylib crate's own source directory in
#   ~/.cargo/registry/src, which cargo may clean); freezing would compile the 16 MB of Python
#   into the binary at build time, for nothing here since this directory is kept anyway.
# - the crate's own release profile (lto = "thin", opt-level 3, 16 codegen units), not a
#   cheaper one. `time cargo +nightly install rustpython --version 0.6.0 --locked
#   --no-default-features --features stdlib,threading,importlib,stdio,host_env --root DIR
#   --target-dir DIR/target` (each with a fresh target dir) took:
#     release profile (downloading its 264 crates too)     9 min 34 s wall, 10 min 25 s user
#       (the same through `time scripts/rustpython.sh provision`, while a cargo test kept
#       the load average at 5 to 8: 18 min 21 s wall, 11 min 44 s user)
#     CARGO_PROFILE_RELEASE_LTO=off _OPT_LEVEL=1 _CODEGEN_UNITS=16 _DEBUG=0
#                                                          8 min 59 s wall,  7 min 43 s user
#     the same with _OPT_LEVEL=2                          10 min 28 s wall,  7 min 56 s user
#   The wall time hardly moves because the build ends with rustpython-vm compiled nearly
#   alone (303 s of the 538 s at opt-level 1, by `cargo install --timings`), much of it in its
#   front end, which the profile does not touch. The binary's speed does move (CPU seconds,
#   user + sys, best of 3; the loop is `x = 0; for i in range(3000000): x += i * i % 7`):
#     the loop           release 0.79, opt-level 2 1.07, opt-level 1 1.42
#                        (CPython 3.14.10 0.30, PyPy 8.0.1 0.04)
#     `-c pass`          release 0.04, opt-level 2 0.05, opt-level 1 0.07 (CPython 0.01)
#   2000 tempfile.mkstemp() + os.close() cost about the same in all three builds (1.3 to 1.8
#   CPU seconds, nearly all of it kernel time: the release build's user time is 0.15 to 0.20 s,
#   CPython's 0.06, PyPy's 0.13 to 0.21, with 1.2 to 1.7 s of kernel time for each). So the release profile costs about half a minute to a minute of wall
#   time for an interpreter up to twice as fast. CPython 3.14's test_tempfile takes about 5 s
#   (`scripts/rustpython.sh test-cpython`). The target dir (1.2 GB) is deleted once the
#   binary is installed; the directory keeps bin/rustpython (37 MB) and Lib/ (16 MB of
#   sources, 34 MB with the bytecode compiled at provisioning).
set -euo pipefail

version=0.6.0
dir=${PYTEMPFILE_RUSTPYTHON_DIR:-/var/lib/pytempfile/rustpython-$version}
dir=${dir%/}
sid=${PYTEMPFILE_SID_ROOT:-/var/lib/pytempfile/sid}
bin=$dir/bin/rustpython
lib=$dir/Lib
stamp=$dir/.pytempfile-rustpython
# Written once cargo install has succeeded: the steps after it can be redone without a rebuild.
built=$dir/.pytempfile-rustpython-built
features=stdlib,threading,importlib,stdio,host_env
# The release profile's settings, given to cargo as CARGO_PROFILE_RELEASE_* variables.
profile=()
# What the stamp holds: a change of version, features or profile rebuilds.
recipe="rustpython $version features=$features profile=${profile[*]:-release}"

say() { printf '[rustpython] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

provisioned() {
    [ -x "$bin" ] && [ -f "$lib/os.py" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]
}

# cargo install into $dir, with the target dir there too (deleted once provisioned).
build() {
    say "cargo +nightly install rustpython $version --features $features (${profile[*]:-its release profile}; about 10 minutes on 2 cores)"
    # BUILDTIME_RUSTPYTHONPATH is the standard library's path compiled into the binary (its
    # src/interpreter.rs reads it with option_env!): the copy of Lib/ that provision makes, so the
    # binary needs no RUSTPYTHONPATH and does not depend on cargo's registry cache.
    env "${profile[@]}" BUILDTIME_RUSTPYTHONPATH="$lib" \
        cargo +nightly install rustpython --version "$version" --locked --force \
        --no-default-features --features "$features" \
        --root "$dir" --target-dir "$dir/target" \
        || die "cargo install failed (the target dir $dir/target is kept: a new run resumes)"
    echo "$recipe" >"$built"
}

provision() {
    if provisioned; then
        say "RustPython $version is provisioned in $dir"
        return 0
    fi
    mkdir -p "$(dirname "$dir")"
    exec 9>"$dir.lock"
    flock 9
    if provisioned; then
        say "RustPython $version was provisioned by another run in $dir"
        return 0
    fi
    if ! cargo +nightly --version >/dev/null 2>&1; then
        say "installing the nightly toolchain"
        rustup toolchain install nightly --profile minimal
    fi
    mkdir -p "$dir"
    rm -f "$stamp"
    local start
    start=$(date +%s)
    if [ -x "$bin" ] && [ -f "$built" ] && [ "$(cat "$built")" = "$recipe" ]; then
        say "the binary is built (recipe unchanged): finishing the steps after the build"
    else
        rm -f "$built"
        build
    fi
    # The Python half of the standard library is the rustpython-pylib crate's Lib/, which cargo
    # unpacked into its registry cache for the build.
    local src
    src=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/src" -mindepth 2 -maxdepth 2 -type d \
        -name "rustpython-pylib-$version" -print -quit)
    if [ -z "$src" ] || [ ! -f "$src/Lib/os.py" ]; then
        die "no rustpython-pylib-$version/Lib in cargo's registry cache (rm $built to rebuild)"
    fi
    rm -rf "$lib.new" "$lib"
    cp -a "$src/Lib" "$lib.new"
    # Bytecode that an earlier run wrote into cargo's copy is not taken along (compiled below).
    find "$lib.new" -name __pycache__ -type d -prune -exec rm -rf {} +
    mv "$lib.new" "$lib"
    # The build's intermediate files (1.2 GB) go: a new recipe rebuilds from scratch.
    rm -rf "$dir/target"
    # Bytecode for the whole Lib/ (about 4 s): `import tempfile` then starts in about 0.3 s
    # instead of 0.6 s, inside the root too, where this directory is mounted read-only.
    env -u PYTHONDONTWRITEBYTECODE "$bin" -m compileall -q "$lib" >/dev/null \
        || say "warning: compileall could not compile every module of $lib"
    "$bin" -c 'import tempfile, os; fd, p = tempfile.mkstemp(); os.close(fd); os.unlink(p)' \
        || die "the built RustPython cannot import tempfile"
    echo "$recipe" >"$stamp"
    say "provisioned in $(($(date +%s) - start)) s"
    status
}

path() {
    provisioned || { say "RustPython $version is not provisioned in $dir (run: $0 provision)"; return 1; }
    printf '%s\n' "$bin"
}

run() {
    [ "${1:-}" = -- ] && shift
    path >/dev/null || exit 1
    exec "$bin" "$@"
}

implementation() {
    path >/dev/null || return 1
    "$bin" -c 'import sys
print(sys.implementation.name, "%d.%d.%d" % sys.version_info[:3], sys.argv[1], sys.argv[2])' "$bin" "$version"
}

status() {
    if ! provisioned; then
        say "RustPython $version: not provisioned in $dir (run: $0 provision)"
        return 1
    fi
    say "RustPython $version at $bin ($(du -sh "$bin" | cut -f1)), standard library $lib ($(du -sh "$lib" | cut -f1))"
    say "  $recipe"
    say "  $("$bin" -c 'import sys; print("sys.version", repr(sys.version))')"
}

# CPython 3.14's regression tests (by default test_tempfile) by RustPython, loaded at run time
# from the sid root's libpython3.14-testsuite: nothing is copied into the checkout. A temporary
# directory on RUSTPYTHONPATH holds a symlink `test` to that directory (RustPython's Lib/ has
# no test package, and its stdlib comes first on sys.path) and a sitecustomize.py that sets
# sys.pycache_prefix (RustPython ignores PYTHONPYCACHEPREFIX): RustPython's cache tag is
# cpython-314 and its magic number CPython 3.14's, so it would otherwise load the root's
# __pycache__/*.cpython-314.pyc, which CPython compiled, instead of compiling the sources.
# The runner is CPython's own (`-m test`, its libregrtest), run on this host: the binary was
# built here, and the test files are readable from here.
test_cpython() {
    path >/dev/null || exit 1
    local tests=$sid/usr/lib/python3.14/test
    [ -f "$tests/test_tempfile.py" ] || die "no $tests/test_tempfile.py: run scripts/cpython-root.sh provision"
    # test_tempfile unless an argument names a test (test_*): `-v` alone keeps it.
    case " $* " in *" test_"*) ;; *) set -- "$@" test_tempfile ;; esac
    local tmp rc
    tmp=$(mktemp -d /tmp/rustpython-tests.XXXXXX)
    # shellcheck disable=SC2064
    trap "rm -rf '$tmp'" EXIT
    ln -s "$tests" "$tmp/test"
    mkdir "$tmp/pycache" "$tmp/cwd"
    printf 'import sys\nsys.pycache_prefix = %s\n' "'$tmp/pycache'" >"$tmp/sitecustomize.py"
    set +e
    (cd "$tmp/cwd" && RUSTPYTHONPATH=$tmp "$bin" -m test "$@") 2>&1 | tee "$tmp/log"
    rc=${PIPESTATUS[0]}
    set -e
    summary rustpython "$tmp/log"
    return "$rc"
}

# "NAME: N passed, N failed, N skipped" from libregrtest's "Total tests: run=N failures=F
# skipped=S" (errors count as failures; a test file that
# fails without a failed test, e.g. at import, counts as one failure).
summary() {
    awk -v name="$1" '/^Total tests: run=/ { n = 0; f = 0; s = 0
            for (i = 3; i <= NF; i++) { split($i, kv, "=")
                if (kv[1] == "run") n = kv[2]
                if (kv[1] == "failures") f = kv[2]
                if (kv[1] == "skipped") s = kv[2] }
            seen = 1 }
         /^Total test files: / { for (i = 4; i <= NF; i++) { split($i, kv, "=")
                if (kv[1] == "failed") ff = kv[2] } }
         END { if (!seen) { printf "%s: no test summary (the run stopped early)\n", name; exit }
               printf "%s: %d passed, %d failed, %d skipped\n", name, n - f - s, (f < ff ? ff : f), s }' "$2"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
    provision) provision ;;
    path) path ;;
    run) run "$@" ;;
    status) status ;;
    implementation) implementation ;;
    test-cpython) test_cpython "$@" ;;
    ""|-h|--help|help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' ;;
    *) die "unknown command '$cmd' (provision, path, run, status, implementation, test-cpython)" ;;
esac
