#!/usr/bin/env bash
# Creates (or updates) interop/python/.venv with requirements.txt, generates
# the stubs into .venv/gen, and prints the path of its python. Idempotent: reinstalls only when requirements.txt
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
# Stubs for the contract's proto and gRPC's interop protos, regenerated when
# they change (the interop ones keep their official import paths, so they land
# in $gen/src/proto/grpc/testing).
gen="$venv/gen"
protos="$here/../../proto"
generate() { # generate STUB PROTO...: when STUB is missing or older than a PROTO
  local stub="$gen/$1"; shift
  local stale=0 proto
  [ -f "$stub" ] || stale=1
  for proto in "$@"; do [ "$protos/$proto" -nt "$stub" ] && stale=1; done
  if [ "$stale" = 1 ]; then
    mkdir -p "$gen"
    (cd "$protos" && "$venv/bin/python" -m grpc_tools.protoc -I . \
      --python_out="$gen" --grpc_python_out="$gen" "$@") >&2
  fi
}
generate helloworld_pb2_grpc.py helloworld.proto
testing=src/proto/grpc/testing
generate "$testing/test_pb2_grpc.py" "$testing/empty.proto" "$testing/messages.proto" "$testing/test.proto"
echo "$venv/bin/python"
