#!/usr/bin/env bash
# Run the conformance tests against every installed CPython 3.10-3.13 and the releases of the
# Debian sid root (3.13.18, 3.14.10, 3.15.2; scripts/cpython-root.sh).
#
#   scripts/python-matrix.sh [cargo test arguments...]
#
# Each interpreter is linked through PYO3_PYTHON into its own target directory
# (target/py3.X), so builds never mix libpythons. A version that is not installed is skipped
# with a message. PROPTEST_CASES (default 256) sets the differential cases per version.
# Exit status: non-zero if any version failed.
set -u
cd "$(dirname "$0")/.."

pyroot=${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}
export PROPTEST_CASES=${PROPTEST_CASES:-256}
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
    args=(-p conformance --test differential --test replay --test py_differential)
fi

status=0
summary=()
for minor in 10 11 12 13; do
    py=""
    for cand in "$pyroot"/versions/3."$minor".*/bin/python3; do
        [ -x "$cand" ] && py=$cand
    done
    if [ -z "$py" ] && command -v "python3.$minor" >/dev/null 2>&1; then
        py=$(command -v "python3.$minor")
    fi
    if [ -z "$py" ]; then
        echo "== CPython 3.$minor: SKIPPED (not installed: no $pyroot/versions/3.$minor.*/bin/python3 and no python3.$minor on PATH)"
        summary+=("3.$minor skipped (not installed)")
        continue
    fi
    echo "== CPython 3.$minor: $py (PROPTEST_CASES=$PROPTEST_CASES)"
    start=$(date +%s)
    if PYO3_PYTHON="$py" CARGO_TARGET_DIR="target/py3.$minor" cargo test "${args[@]}"; then
        summary+=("3.$minor passed ($(( $(date +%s) - start ))s)")
    else
        summary+=("3.$minor FAILED ($(( $(date +%s) - start ))s)")
        status=1
    fi
done

# Today's releases, in the Debian sid root (scripts/cpython-root.sh), when it is provisioned.
root_script="$(dirname "$0")/cpython-root.sh"
if bash "$root_script" status >/dev/null 2>&1; then
    while read -r ver path; do
        minor=${ver#3.}; minor=${minor%%.*}
        echo "== CPython $ver (sid root, $path, PROPTEST_CASES=$PROPTEST_CASES)"
        start=$(date +%s)
        if bash "$root_script" run --python "3.$minor" -- cargo test "${args[@]}"; then
            summary+=("$ver passed ($(( $(date +%s) - start ))s)")
        else
            summary+=("$ver FAILED ($(( $(date +%s) - start ))s)")
            status=1
        fi
    done < <(bash "$root_script" pythons)
else
    echo "== the sid root is not provisioned: 3.13.18, 3.14.10, 3.15.2 SKIPPED (run scripts/cpython-root.sh provision)"
    summary+=("sid root releases skipped (not provisioned)")
fi
echo
echo "== summary"
printf '  %s\n' "${summary[@]}"
exit $status
