"""The three contract services on Python grpcio, on one address.

    server.py [--addr A] [--count N] [--interval-ms MS] [--size N] [--grace S]

Prints `python_server listening on <addr>` on stderr once serving; stops
gracefully on SIGINT/SIGTERM and exits 0.
"""
import argparse
import logging
import sys
import threading
from concurrent import futures

import grpc

import contract
from contract import helloworld_pb2 as pb, helloworld_pb2_grpc as rpc


def say(line):
    print(line, flush=True)


def call_ended(context):
    """An event set when the call ends (completed, cancelled or past its deadline)."""
    ended = threading.Event()
    context.add_callback(ended.set)
    return ended


class ServerStream(rpc.ServerStreamServerServicer):
    def __init__(self, args):
        self.args = args

    def ServerStream(self, request, context):
        say(f"Recv Client Data {request.data}")
        ended = call_ended(context)
        for _ in range(self.args.count):
            yield pb.ServerStreamResp(data=request.data)
            if ended.wait(self.args.server_stream_interval):
                return


class ClientStream(rpc.ClientStreamServerServicer):
    def ClientStream(self, request_iterator, context):
        parts = []
        for request in request_iterator:
            say(f"Recv data {request.data} ")
            parts.append(request.data)
        say("client closed")
        return pb.ClientStreamResp(data=",".join(parts))


class AllStream(rpc.AllStreamServerServicer):
    def __init__(self, args):
        self.args = args

    def AllStream(self, request_iterator, context):
        def receive():
            try:
                for request in request_iterator:
                    say(f"Recv Data:{request.data} ")
                say("Client Closed")
            except grpc.RpcError:
                pass  # the call ended; gRPC reports it

        receiver = threading.Thread(target=receive, daemon=True)
        receiver.start()
        ended = call_ended(context)
        for i in range(self.args.count):
            yield pb.AllStreamResp(data=contract.pad(str(i), self.args.size))
            if ended.wait(self.args.all_stream_interval):
                return
        receiver.join()


class LogCalls(grpc.ServerInterceptor):
    """The original's interceptor: every call's method before its handler."""

    def intercept_service(self, continuation, details):
        logging.info("gRPC method: %s", details.method)
        return continuation(details)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--addr", default="127.0.0.1:50051")
    parser.add_argument("--count", type=int, default=5)
    parser.add_argument("--interval-ms", type=int, default=None,
                        help="spacing of ServerStream and AllStream messages (default: 0 and 1000)")
    parser.add_argument("--size", type=int, default=0, help="pad AllStream messages to this many bytes")
    parser.add_argument("--grace", type=contract.duration, default=5.0)
    args = parser.parse_args()
    interval = None if args.interval_ms is None else args.interval_ms / 1000
    args.server_stream_interval = 0 if interval is None else interval
    args.all_stream_interval = 1.0 if interval is None else interval
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=64), interceptors=[LogCalls()])
    rpc.add_ServerStreamServerServicer_to_server(ServerStream(args), server)
    rpc.add_ClientStreamServerServicer_to_server(ClientStream(), server)
    rpc.add_AllStreamServerServicer_to_server(AllStream(args), server)
    return contract.serve_until_signalled(server, "python_server", args.addr, args.grace)

if __name__ == "__main__":
    sys.exit(main())
