#!/usr/bin/env bash
# Static analysis of the GitHub workflows with zizmor (offline), pinned to one version, from a
# virtual environment kept outside the checkout so that a fresh clone reuses it.
#
#   scripts/zizmor.sh            audit .github/workflows/ (every file); exits non-zero on any
#                                finding, printing them; ends with zizmor's summary line
#   scripts/zizmor.sh FILE...    audit these files or directories instead
#   scripts/zizmor.sh --version  the pinned version (installs it when missing)
#
# Environment: PYTEMPFILE_TOOLS (default /var/lib/pytempfile): the venv is
# $PYTEMPFILE_TOOLS/zizmor-<version>, made with python3 and pip from PyPI the first time (about
# 10 seconds), then only reused. --offline: no GitHub API calls (the audits that need them,
# e.g. whether a pinned commit belongs to its tag, are left out; the pins were read from the
# actions' repositories, see docs/development.md).
set -euo pipefail
version=1.33.1
here=$(cd "$(dirname "$0")/.." && pwd)
tools=${PYTEMPFILE_TOOLS:-/var/lib/pytempfile}
venv=$tools/zizmor-$version

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }

install() {
    if [ -x "$venv/bin/zizmor" ] && [ "$("$venv/bin/zizmor" --version)" = "zizmor $version" ]; then
        return
    fi
    command -v python3 >/dev/null || { echo "zizmor.sh: python3 is needed to install zizmor" >&2; exit 1; }
    echo "zizmor.sh: installing zizmor $version into $venv" >&2
    mkdir -p "$tools"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "zizmor==$version" || {
        rm -rf "$venv"; echo "zizmor.sh: pip install zizmor==$version failed" >&2; exit 1; }
}

case ${1:-} in
    -h|--help) usage ;;
    --version) install; "$venv/bin/zizmor" --version; exit 0 ;;
    -*) echo "zizmor.sh: unknown option '$1'" >&2; usage ;;
esac
install
cd "$here"
if [ $# -eq 0 ]; then
    [ -d .github/workflows ] || { echo "zizmor.sh: no .github/workflows in $here" >&2; exit 1; }
    set -- .github/workflows/
fi
for f in "$@"; do [ -e "$f" ] || { echo "zizmor.sh: no such file or directory: $f" >&2; exit 2; }; done
# zizmor's exit status is non-zero when it reports a finding (10 + the highest severity).
"$venv/bin/zizmor" --offline --no-progress "$@"
