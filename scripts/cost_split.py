#!/usr/bin/env python3
"""Where a small message's cost goes, in instructions: a server under
callgrind (valgrind) counts only while one call of --messages runs (after a
warm-up call); the count per message is split by whose code ran it (the gRPC
C core, grpcio, grpc-stream, futures and std, protobuf, malloc).

    scripts/cost_split.py --programs target/release/examples [--payload 16]
        [--mode server-stream|client-stream|bidi] [--floor]

Needs valgrind (make deps installs it). Instruction counts are stable from
run to run, unlike times on this machine; the kernel's share (system calls)
is not counted. Prints a markdown table.
"""
import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile

PROGRAM = {"server-stream": "server_stream_server", "client-stream": "client_stream_server",
           "bidi": "all_stream_server"}

# Whose code a function is, from its mangled name: Rust symbols carry their
# crate's name and a hash (17h...E); the C core is C and C++ (grpc_, gpr_,
# grpc_core::, absl::, and the C++ library it instantiates).
RUST = re.compile(r"17h[0-9a-f]{16}E")
RUST_OWNERS = [
    ("grpc-stream", re.compile(r"grpc_stream|\d+bench|prometheus")),
    ("grpcio (Rust wrapper)", re.compile(r"grpcio")),
    ("protobuf", re.compile(r"protobuf")),
    ("futures, std, core (Rust)", re.compile(r".")),
]
MALLOC = re.compile(r"^(malloc|free|cfree|calloc|realloc|_int_\w+|tcache\w*|malloc_\w+|__libc_(malloc|free|calloc|realloc))$")
LIBC = re.compile(r"^(__)?(mem|str|pthread|lll|syscall|clock_gettime|futex|__GI|_dl_|epoll|sendmsg|recvmsg|write|read)")


def owner(function):
    name = function.split(" ", 1)[0]
    if RUST.search(name):
        return next(owner for owner, pattern in RUST_OWNERS if pattern.search(name))
    if MALLOC.match(name):
        return "malloc / free"
    if LIBC.match(name):
        return "libc (memcpy, locks, syscalls)"
    if name.startswith(("grpc", "gpr_", "_Z", "tsi_", "upb_", "census", "cq_", "absl")):
        return "gRPC C core (C, C++)"
    return "other"


def start(command, outfile):
    proc = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={outfile}", *command,
         "--addr", "127.0.0.1:0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "RUST_LOG": "error"})
    for line in proc.stderr:
        if " listening on " in line:
            addr = line.split(" listening on ", 1)[1].split()[0]
            return proc, addr
    raise SystemExit(f"{command[0]} did not start under valgrind")


def load(args, addr, messages):
    subprocess.run([os.path.join(args.programs, "bench"), "load", "--addr", addr, "--mode", args.mode,
                    "--payload", str(args.payload), "--count", str(messages), "--calls", "1"],
                   check=True, capture_output=True, timeout=600)


def profile(args):
    """Instructions by function while the server moves `args.messages`
    messages (after a warm-up call; counters zeroed in between)."""
    messages = args.messages
    if args.floor:
        command = [os.path.join(args.programs, "bench"), "floor", f"--count={messages}",
                   f"--size={args.payload}"]
    else:
        command = [os.path.join(args.programs, PROGRAM[args.mode])]
        if args.mode != "client-stream":
            command += [f"--count={messages}", "--interval-ms=0"]
        if args.mode == "bidi":
            command += [f"--size={args.payload}"]
        command += args.server_args.split()
    out = tempfile.mktemp(prefix="callgrind.", dir=args.tmp)
    proc, addr = start(command, out)
    try:
        load(args, addr, messages)  # warm-up: connections, arenas, caches
        subprocess.run(["callgrind_control", "-z", str(proc.pid)], check=True, capture_output=True)
        load(args, addr, messages)
        subprocess.run(["callgrind_control", "-d", str(proc.pid)], check=True, capture_output=True)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            # A graceful stop under valgrind sometimes takes longer than
            # this; the measured window is already dumped (-d above).
            proc.kill()
            proc.wait()
    dumps = sorted(f for f in os.listdir(args.tmp) if f.startswith(os.path.basename(out) + "."))
    if not dumps:
        raise SystemExit("callgrind wrote no dump of the measured window")
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=no", "--threshold=100",
                                os.path.join(args.tmp, dumps[0])],
                               check=True, capture_output=True, text=True).stdout
    for f in os.listdir(args.tmp):
        if f.startswith(os.path.basename(out)):
            os.unlink(os.path.join(args.tmp, f))
    costs = {}
    for line in annotated.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+(.*)$", line)
        if not m or "PROGRAM TOTALS" in line:
            continue
        ir, where = int(m.group(1).replace(",", "")), m.group(2)
        function = where.split(":", 1)[1] if ":" in where else where
        costs[function] = costs.get(function, 0) + ir
    return costs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", default="target/release/examples")
    parser.add_argument("--payload", type=int, default=16)
    parser.add_argument("--mode", default="server-stream", choices=sorted(PROGRAM))
    parser.add_argument("--floor", action="store_true", help="profile `bench floor` instead")
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--server-args", default="", help="extra flags for our server")
    parser.add_argument("--top", type=int, default=12, help="functions listed")
    parser.add_argument("--tmp", default=tempfile.gettempdir())
    args = parser.parse_args()
    per_message = {f: ir / args.messages for f, ir in profile(args).items()}
    # Frames already running when the counters were zeroed (thread entries:
    # clone, start_thread, the poll threads' closures) show the whole
    # window's cost as their own: drop every entry that claims at least as
    # much as all the smaller ones together.
    while per_message:
        top = max(per_message.values())
        if top < 0.9 * sum(v for v in per_message.values() if v < top / 2):
            break
        per_message = {f: v for f, v in per_message.items() if v < top / 2}
    by_owner = {}
    for function, ir in per_message.items():
        by_owner[owner(function)] = by_owner.get(owner(function), 0) + ir
    total = sum(by_owner.values())
    who = "the floor" if args.floor else "ours"
    print(f"Instructions per {args.payload} B message, {args.mode}, {who} "
          f"(a call of {args.messages:,}, after a warm-up call): {total:,.0f}\n")
    print("| code | instructions / message | share |")
    print("|---|---:|---:|")
    for name, ir in sorted(by_owner.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {ir:,.0f} | {100 * ir / total:.1f}% |")
    print(f"\nTop {args.top} functions:\n")
    print("| function | owner | instructions / message |")
    print("|---|---|---:|")
    top = sorted(per_message.items(), key=lambda kv: -kv[1])[:args.top]
    names = subprocess.run(["c++filt"], input="\n".join(f.split(" ", 1)[0] for f, _ in top),
                           capture_output=True, text=True).stdout.splitlines()
    for (function, ir), name in zip(top, names):
        name = re.sub(r"::h[0-9a-f]{16}$", "", name).replace("|", "/")
        print(f"| `{name[:100]}` | {owner(function)} | {ir:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
