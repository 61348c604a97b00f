#!/usr/bin/env bash
# Creates (or updates) interop/python/.venv with requirements.txt, generates
# the contract's stubs into .venv/gen, and prints the path of its python. Idempotent: reinstalls only when requirements.txt
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
# Stubs for the contract's proto, regenerated when it changes.
gen="$venv/gen"
proto="$here/../../proto/helloworld.proto"
if [ ! -f "$gen/helloworld_pb2_grpc.py" ] || [ "$proto" -nt "$gen/helloworld_pb2_grpc.py" ]; then
  mkdir -p "$gen"
  "$venv/bin/python" -m grpc_tools.protoc -I "$(dirname "$proto")" \
    --python_out="$gen" --grpc_python_out="$gen" "$proto" >&2
fi
echo "$venv/bin/python"
