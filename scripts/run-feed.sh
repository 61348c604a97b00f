#!/usr/bin/env bash
# The feed on one screen: a feed server, a subscriber following a topic, and
# a publisher sending a few lines to it; the subscriber resumes after its
# third event on a second run, to show resuming.
#
#   scripts/run-feed.sh EXAMPLES_DIR
set -euo pipefail

dir=$1
out=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$out"
}
trap cleanup EXIT

"$dir/feed_server" --addr 127.0.0.1:0 2>"$out/server.err" &
pids+=($!)
# Wait (at most 30 s) for "feed_server listening on <addr>".
deadline=$((SECONDS + 30))
until addr=$(grep -o ' listening on .*' "$out/server.err" | cut -d' ' -f4) && [ -n "$addr" ]; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "run-feed: feed_server did not start:" >&2
    cat "$out/server.err" >&2
    exit 1
  fi
  sleep 0.05
done
echo "== feed_server listening on $addr"

"$dir/feed_subscribe" --addr "$addr" --topic news --count 5 >"$out/subscriber.out" &
subscriber=$!
pids+=($subscriber)

printf 'first\nsecond\nthird\nfourth\nfifth\n' |
  "$dir/feed_publish" --addr "$addr" --topic news --rate 5
wait "$subscriber"
echo "== feed_subscribe --topic news --count 5 (stdout: REV DATA)"
cat "$out/subscriber.out"
echo "== feed_subscribe --topic news --after 3 --count 2"
"$dir/feed_subscribe" --addr "$addr" --topic news --after 3 --count 2
