"""The three contract clients on Python grpcio.

    client.py server_stream [--addr A] [--data D] [--size N] [--timeout T]
    client.py client_stream [--addr A] [--count N] [--interval-ms MS] [--size N] [--timeout T]
    client.py all_stream    [--addr A] [--count N] [--interval-ms MS] [--size N] [--timeout T]

Stdout is the contract's transcript; one error line on stderr and exit 1 on failure.
"""
import argparse
import sys
import time

import grpc

import contract
from contract import helloworld_pb2 as pb, helloworld_pb2_grpc as rpc

PORTS = {"server_stream": 50053, "client_stream": 50054, "all_stream": 50055}


def say(line):
    print(line, flush=True)


def paced(make, count, interval):
    for i in range(count):
        yield make(i)
        if interval:
            time.sleep(interval)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pattern", choices=sorted(PORTS))
    parser.add_argument("--addr")
    parser.add_argument("--data", default="1")
    parser.add_argument("--count", type=int, default=5)
    parser.add_argument("--interval-ms", type=int, default=None)
    parser.add_argument("--size", type=int, default=0)
    parser.add_argument("--timeout", type=contract.duration, default=None)
    parser.add_argument("--connect-timeout", type=contract.duration, default=10.0)
    parser.add_argument("--compression", choices=["none", "gzip", "deflate"], default="none",
                        help="how requests are compressed")
    args = parser.parse_args()
    name = f"client.py {args.pattern}"
    addr = args.addr or f"localhost:{PORTS[args.pattern]}"
    interval = (args.interval_ms if args.interval_ms is not None
                else (1000 if args.pattern == "all_stream" else 0)) / 1000

    compression = {"none": grpc.Compression.NoCompression, "gzip": grpc.Compression.Gzip,
                   "deflate": grpc.Compression.Deflate}[args.compression]
    with grpc.insecure_channel(addr, compression=compression) as channel:
        try:
            grpc.channel_ready_future(channel).result(timeout=args.connect_timeout)
        except grpc.FutureTimeoutError:
            print(f"{name}: cannot connect to {addr} within {args.connect_timeout}s", file=sys.stderr)
            return 1
        try:
            if args.pattern == "server_stream":
                stub = rpc.ServerStreamServerStub(channel)
                request = pb.ServerStreamReq(data=contract.pad(args.data, args.size))
                for response in stub.ServerStream(request, timeout=args.timeout):
                    say(f"Recv Data:{contract.go_text_form(response.data)} ")
                say("server closed")
            elif args.pattern == "client_stream":
                stub = rpc.ClientStreamServerStub(channel)
                requests = paced(lambda i: pb.ClientStreamReq(data=contract.pad(str(i), args.size)),
                                 args.count, interval)
                say(f"Recv {stub.ClientStream(requests, timeout=args.timeout).data} ")
            else:
                stub = rpc.AllStreamServerStub(channel)
                requests = paced(lambda i: pb.AllStreamReq(data=contract.pad(str(i), args.size)),
                                 args.count, interval)
                for response in stub.AllStream(requests, timeout=args.timeout):
                    say(f"Recv Data:{response.data} ")
                say("Server Closed")
        except grpc.RpcError as e:
            print(f"{name}: call failed: {e.code().name}: {e.details()}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
