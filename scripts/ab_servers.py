#!/usr/bin/env python3
"""A/B of two builds of the server programs, in one run: the same load client
(`bench load`) against the old and the new servers in turn, medians of
--reps runs each, the ratio new/old per case.

    scripts/ab_servers.py OLD_DIR NEW_DIR [--reps 7] [--payload 16] [--load BENCH]
        [--streams 16] [--cases "server push,both ways"] [--old-args "..."] [--new-args "..."]

OLD_DIR and NEW_DIR may be the same build with different flags (--new-args).

OLD_DIR and NEW_DIR hold release builds of the server programs (copy
target/release/examples/*_server from each checkout). Each run starts a fresh
server, so its memory and caches start cold alike. Prints a markdown table.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

CASES = [
    # name, server program, server args, load mode, messages per call, calls
    ("server push", "server_stream_server", ["--count={n}", "--interval-ms=0"], "server-stream", 200_000, 1),
    ("client push", "client_stream_server", [], "client-stream", 100_000, 2),
    ("both ways", "all_stream_server", ["--count={n}", "--interval-ms=0", "--size={p}"], "bidi", 100_000, 1),
]


def start(program, args):
    proc = subprocess.Popen([program, *args, "--addr", "127.0.0.1:0"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "RUST_LOG": "error"})
    for line in proc.stderr:
        if " listening on " in line:
            return proc, line.rsplit(" ", 1)[1].strip()
    raise SystemExit(f"{program} did not start")


def run(load, directory, case, payload, extra=(), streams=1):
    name, program, args, mode, n, calls = case
    calls *= streams
    # Fewer messages for large payloads, as `make bench` (4,000 x 64 KiB, 400 x 1 MiB).
    if payload > 1024:
        n //= 50 if payload <= 65536 else 500
    if mode == "client-stream":  # the reply joins every message: stay under its 4 MiB cap
        per_call = min(n, ((4 << 20) - 6) // (payload + 1))
        calls, n = calls * n // per_call, per_call
    n //= streams
    args = [a.format(n=n, p=payload) for a in args] + list(extra)
    proc, addr = start(os.path.join(directory, program), args)
    try:
        out = subprocess.run([load, "load", "--addr", addr, "--mode", mode, "--payload", str(payload),
                              "--count", str(n), "--calls", str(calls), "--concurrency", str(streams)],
                             capture_output=True, text=True, timeout=300, check=True).stdout
        return json.loads(out.strip().splitlines()[-1])["msgs_per_s"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--payload", type=int, default=16)
    parser.add_argument("--load", default="target/release/examples/bench")
    parser.add_argument("--old-args", default="", help="extra flags for the old servers")
    parser.add_argument("--new-args", default="", help="extra flags for the new servers")
    parser.add_argument("--streams", type=int, default=1, help="calls at once (the volume is split)")
    parser.add_argument("--cases", default="server push,client push,both ways",
                        help="comma-separated case names")
    args = parser.parse_args()
    wanted = args.cases.split(",")
    old_args, new_args = args.old_args.split(), args.new_args.split()
    print(f"| case ({args.payload} B) | old msgs/s | new msgs/s | new / old | runs (old; new) |")
    print("|---|---:|---:|---:|---|")
    for case in CASES:
        if case[0] not in wanted:
            continue
        old, new = [], []
        for _ in range(args.reps):  # interleaved, so drift hits both alike
            old.append(run(args.load, args.old, case, args.payload, old_args, args.streams))
            new.append(run(args.load, args.new, case, args.payload, new_args, args.streams))
        o, n = statistics.median(old), statistics.median(new)
        runs = f"{' '.join(f'{x/1e3:.1f}k' for x in old)}; {' '.join(f'{x/1e3:.1f}k' for x in new)}"
        print(f"| {case[0]} | {o:,.0f} | {n:,.0f} | {n / o:.3f} | {runs} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
