#!/usr/bin/env bash
# Runs one server/client pair of the contract: starts the server, waits for its
# readiness line, runs the client, stops the server, shows both outputs.
#
#   scripts/run-pair.sh EXAMPLES_DIR SERVER CLIENT [CLIENT ARGS...]
set -euo pipefail

dir=$1 server=$2 client=$3
shift 3
out=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$out"
}
trap cleanup EXIT

"$dir/$server" >"$out/server.out" 2>"$out/server.err" &
server_pid=$!

# Wait (at most 30 s) for "<server> listening on <addr>" on the server's stderr.
deadline=$((SECONDS + 30))
# (-s: the background job may not have made the file yet.)
until grep -qs " listening on " "$out/server.err"; do
  if ! kill -0 "$server_pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
    echo "run-pair: $server did not start:" >&2
    cat "$out/server.err" >&2
    exit 1
  fi
  sleep 0.05
done

status=0
"$dir/$client" "$@" >"$out/client.out" 2>"$out/client.err" || status=$?

kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=

echo "== $client (stdout)"
cat "$out/client.out"
echo "== $server (stdout)"
cat "$out/server.out"
if [ "$status" -ne 0 ]; then
  echo "== $client failed with exit code $status:" >&2
  cat "$out/client.err" >&2
fi
exit "$status"
