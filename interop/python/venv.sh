#!/usr/bin/env bash
# Creates (or updates) interop/python/.venv with requirements.txt and prints
# the path of its python. Idempotent: reinstalls only when requirements.txt
# changed. Needs python3 with venv and PyPI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"

if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "venv.sh: installing $(grep -v '^#' "$here/requirements.txt" | tr '\n' ' ')into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt" >&2
  echo "$want" >"$stamp"
fi
echo "$venv/bin/python"
