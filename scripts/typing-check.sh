#!/usr/bin/env bash
# The typing check of the Python package: mypy --strict on typical user code gives the same
# report with `import pytempfile as tempfile` as with `import tempfile`
# (python/tests/typing/check.py), for the oldest and the newest Python the package supports.
#
#   scripts/typing-check.sh
#
# mypy (pinned) is installed from PyPI into a virtual environment kept outside the checkout
# (PYTEMPFILE_CACHE, default ~/.cache/pytempfile), made once and reused.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cache=${PYTEMPFILE_CACHE:-$HOME/.cache/pytempfile}
venv=$cache/typing-venv
mypy_version=2.4.1
python=${PYTHON:-python3}

if [ ! -x "$venv/bin/mypy" ] || [ "$("$venv/bin/mypy" --version | awk '{print $2}')" != "$mypy_version" ]; then
    echo "[typing] installing mypy $mypy_version into $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install -q "mypy==$mypy_version"
fi
status=0
for v in 3.10 3.15; do
    "$venv/bin/python" "$here/python/tests/typing/check.py" --mypy "$venv/bin/mypy" --python-version "$v" || status=1
done
exit $status
