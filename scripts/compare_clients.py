#!/usr/bin/env python3
"""Our client against the peers' load clients, each against the same server.

    python3 scripts/compare_clients.py --peers DIR --ours DIR [--reps 5] [--json OUT]

--peers is a built copy of the comparison peers (tonic/target/release/{tonic-server,
tonic-load}, go/bin/{gopeer-server,grpcload}); --ours holds our release examples
(the three servers and `bench`, whose `bench load` is our load client). For each
case and each server (tonic, Go, ours) the three clients run in turn, rep by rep;
the table gives median msgs/s per client and ours / best peer client. Loopback only.
"""
import argparse
import json
import os
import socket
import statistics
import subprocess
import time

# name: (mode, payload, messages per call) as compare.py's cases
CASES = {
    "ss-16": ("server-stream", 16, 200_000),
    "ss-1k": ("server-stream", 1024, 50_000),
    "ss-64k": ("server-stream", 65536, 4_000),
    "ss-1m": ("server-stream", 1 << 20, 400),
    "cs-16": ("client-stream", 16, 200_000),
    "cs-1k": ("client-stream", 1024, 3_500),
    "bidi-16": ("bidi", 16, 100_000),
    "bidi-1k": ("bidi", 1024, 25_000),
}
OURS_SERVER = {"server-stream": "server_stream_server", "client-stream": "client_stream_server",
               "bidi": "all_stream_server"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, limit=30.0):
    end = time.time() + limit
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def server_command(kind, mode, count, addr, a):
    if kind == "tonic":
        return [f"{a.peers}/tonic/target/release/tonic-server", "--addr", addr, "--count", str(count),
                "--interval-ms", "0"]
    if kind == "go":
        return [f"{a.peers}/go/bin/gopeer-server", "-addr", addr, "-count", str(count), "-interval", "0",
                "-max-msg", str(64 << 20)]
    cmd = [os.path.join(a.ours, OURS_SERVER[mode]), "--addr", addr]
    return cmd if mode == "client-stream" else cmd + ["--count", str(count), "--interval-ms", "0"]


def client_command(kind, mode, payload, count, addr, a):
    # bidi-16 as the peers' clients do it by default: the message index as data;
    # larger bidi payloads are sent as such by every client.
    sized = mode != "bidi" or payload != 16
    if kind == "ours":
        return [os.path.join(a.ours, "bench"), "load", "--addr", addr, "--mode", mode, "--calls", "3",
                "--concurrency", "1", "--payload", str(payload if sized else 0), "--count", str(count)]
    if kind == "tonic":
        cmd = [f"{a.peers}/tonic/target/release/tonic-load", "--addr", addr, "--mode", mode, "--calls", "3",
               "--concurrency", "1"]
        if sized:
            cmd += ["--payload", str(payload)]
        return cmd + (["--expect", str(count)] if mode == "server-stream" else ["--count", str(count)])
    cmd = [f"{a.peers}/go/bin/grpcload", "-addr", addr, "-mode", mode, "-calls", "3", "-concurrency", "1"]
    if sized:
        cmd += ["-payload", str(payload)]
    return cmd + ([] if mode == "server-stream" else ["-count", str(count)])


def run(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        return json.loads(out.stdout.strip().splitlines()[-1])["msgs_per_s"]
    except (subprocess.TimeoutExpired, ValueError, IndexError, KeyError):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peers", required=True)
    ap.add_argument("--ours", required=True)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("--json")
    a = ap.parse_args()
    rows = []
    print("| case | server | ours | tonic-load | grpcload | ours / best peer client |")
    print("|---|---|---:|---:|---:|---:|")
    for case in a.cases.split(","):
        mode, payload, count = CASES[case]
        for server in ["tonic", "go", "ours"]:
            port = free_port()
            addr = f"127.0.0.1:{port}"
            proc = subprocess.Popen(server_command(server, mode, count, addr, a), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, env=dict(os.environ, RUST_LOG="error"))
            got = {c: [] for c in ["ours", "tonic", "go"]}
            try:
                if not wait_port(port):
                    continue
                for _ in range(a.reps):
                    for client in got:
                        v = run(client_command(client, mode, payload, count, addr, a))
                        if v:
                            got[client].append(v)
            finally:
                proc.kill()
                proc.wait()
            med = {c: statistics.median(v) if v else None for c, v in got.items()}
            peers = [m for c, m in med.items() if c != "ours" and m]
            ratio = med["ours"] / max(peers) if med["ours"] and peers else None
            rows.append({"case": case, "server": server, **{f"{c}_msgs_per_s": m for c, m in med.items()},
                         "ratio_vs_best_peer_client": ratio})
            cell = lambda m: f"{m:.0f}" if m else "ERR"
            print(f"| {case} | {server} | {cell(med['ours'])} | {cell(med['tonic'])} | {cell(med['go'])} | "
                  f"{ratio:.2f} |" if ratio else f"| {case} | {server} | {cell(med['ours'])} | "
                  f"{cell(med['tonic'])} | {cell(med['go'])} | n/a |", flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
