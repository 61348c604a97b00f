"""gRPC's interop TestService on Python grpcio, as a peer for ours.

    testing.py server [--port N | --addr A]
    testing.py client --server_host H --server_port N [--test_case a,b,...|all]

The server prints `python_testing_server listening on <addr>` on stderr once
serving and stops on SIGINT/SIGTERM. The client prints `PASS <case>` or
`FAIL <case>: <why>` per case and exits 1 if any failed. The cases are gRPC's
(doc/interop-test-descriptions.md), the same list as examples/interop_client.rs.
"""
import argparse
import queue
import sys
import time
from concurrent import futures

import grpc

import contract  # also puts the generated stubs (.venv/gen) on sys.path
from src.proto.grpc.testing import empty_pb2, messages_pb2 as msg, test_pb2_grpc as rpc  # noqa: E402

ECHO_INITIAL = "x-grpc-test-echo-initial"
ECHO_TRAILING = "x-grpc-test-echo-trailing-bin"
REQUEST_SIZES = [27182, 8, 1828, 45904]
RESPONSE_SIZES = [31415, 9, 2653, 58979]


def zeros(size):
    return msg.Payload(body=b"\0" * size)


# --- server ---------------------------------------------------------------


def echo_metadata(context):
    """The custom_metadata case: both echo headers come back."""
    received = dict(context.invocation_metadata())
    if ECHO_INITIAL in received:
        context.send_initial_metadata([(ECHO_INITIAL, received[ECHO_INITIAL])])
    if ECHO_TRAILING in received:
        context.set_trailing_metadata([(ECHO_TRAILING, received[ECHO_TRAILING])])


def end_with_requested_status(status, context):
    if status.code != 0:
        context.abort(grpc.StatusCode(_code(status.code)), status.message)


def _code(number):
    return next(c.value for c in grpc.StatusCode if c.value[0] == number)


def answers(request, context):
    for parameters in request.response_parameters:
        if parameters.interval_us > 0:
            time.sleep(parameters.interval_us / 1e6)
        yield msg.StreamingOutputCallResponse(payload=zeros(parameters.size))
    if request.HasField("response_status"):
        end_with_requested_status(request.response_status, context)


class TestService(rpc.TestServiceServicer):
    def EmptyCall(self, request, context):
        echo_metadata(context)
        return empty_pb2.Empty()

    def UnaryCall(self, request, context):
        echo_metadata(context)
        if request.HasField("response_status"):
            end_with_requested_status(request.response_status, context)
        return msg.SimpleResponse(payload=zeros(request.response_size))

    def StreamingOutputCall(self, request, context):
        echo_metadata(context)
        yield from answers(request, context)

    def StreamingInputCall(self, request_iterator, context):
        echo_metadata(context)
        total = sum(len(r.payload.body) for r in request_iterator)
        return msg.StreamingInputCallResponse(aggregated_payload_size=total)

    def FullDuplexCall(self, request_iterator, context):
        echo_metadata(context)
        for request in request_iterator:
            yield from answers(request, context)

    def HalfDuplexCall(self, request_iterator, context):
        echo_metadata(context)
        for request in list(request_iterator):
            yield from answers(request, context)


def serve(args):
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=32))
    rpc.add_TestServiceServicer_to_server(TestService(), server)
    addr = args.addr or f"0.0.0.0:{args.port}"
    return contract.serve_until_signalled(server, "python_testing_server", addr, 2.0)

# --- client ---------------------------------------------------------------


class Failed(Exception):
    pass


def expect(ok, why):
    if not ok:
        raise Failed(why)


def expect_code(error, code):
    expect(error.code() == code, f"expected {code.name}, got {error.code().name}: {error.details()}")


def asking_for(sizes, payload=0):
    request = msg.StreamingOutputCallRequest(
        response_parameters=[msg.ResponseParameters(size=s) for s in sizes])
    if payload:
        request.payload.CopyFrom(zeros(payload))
    return request


def large_request():
    return msg.SimpleRequest(response_size=314159, payload=zeros(271828))


def sizes_of(responses):
    return [len(r.payload.body) for r in responses]


def empty_unary(stub, timeout):
    expect(stub.EmptyCall(empty_pb2.Empty(), timeout=timeout) == empty_pb2.Empty(), "not empty")


def large_unary(stub, timeout):
    reply = stub.UnaryCall(large_request(), timeout=timeout)
    expect(reply.payload.body == b"\0" * 314159, "the payload is not 314159 zeros")


def client_streaming(stub, timeout):
    requests = (msg.StreamingInputCallRequest(payload=zeros(s)) for s in REQUEST_SIZES)
    reply = stub.StreamingInputCall(requests, timeout=timeout)
    expect(reply.aggregated_payload_size == 74922, f"aggregated {reply.aggregated_payload_size}")


def server_streaming(stub, timeout):
    got = sizes_of(stub.StreamingOutputCall(asking_for(RESPONSE_SIZES), timeout=timeout))
    expect(got == RESPONSE_SIZES, f"sizes {got}")


class Pipe:
    """Requests handed to a call one at a time; None half-closes."""

    def __init__(self):
        self.queue = queue.Queue()

    def __iter__(self):
        while (item := self.queue.get()) is not None:
            yield item


def ping_pong(stub, timeout):
    pipe = Pipe()
    responses = stub.FullDuplexCall(iter(pipe), timeout=timeout)
    for size, payload in zip(RESPONSE_SIZES, REQUEST_SIZES):
        pipe.queue.put(asking_for([size], payload))
        expect(sizes_of([next(responses)]) == [size], "wrong response size")
    pipe.queue.put(None)
    expect(next(responses, None) is None, "a fifth response")


def empty_stream(stub, timeout):
    expect(list(stub.FullDuplexCall(iter([]), timeout=timeout)) == [], "responses to nothing")


def cancel_after_begin(stub, timeout):
    pipe = Pipe()
    call = stub.StreamingInputCall.future(iter(pipe), timeout=timeout)
    call.cancel()
    try:
        call.result()
        raise Failed("the call succeeded")
    except grpc.FutureCancelledError:
        pass
    except grpc.RpcError as e:
        expect_code(e, grpc.StatusCode.CANCELLED)


def cancel_after_first_response(stub, timeout):
    pipe = Pipe()
    responses = stub.FullDuplexCall(iter(pipe), timeout=timeout)
    pipe.queue.put(asking_for([31415], 27182))
    expect(sizes_of([next(responses)]) == [31415], "wrong response size")
    responses.cancel()
    expect(responses.code() == grpc.StatusCode.CANCELLED, f"status {responses.code()}")


def timeout_on_sleeping_server(stub, timeout):
    pipe = Pipe()
    responses = stub.FullDuplexCall(iter(pipe), timeout=0.001)
    pipe.queue.put(asking_for([], 27182))
    try:
        next(responses)
        raise Failed("a response")
    except grpc.RpcError as e:
        expect_code(e, grpc.StatusCode.DEADLINE_EXCEEDED)


def echoed_status(stub, timeout, message):
    status = msg.EchoStatus(code=2, message=message)
    for call in (
        lambda: stub.UnaryCall(msg.SimpleRequest(response_status=status), timeout=timeout),
        lambda: list(stub.FullDuplexCall(
            iter([msg.StreamingOutputCallRequest(response_status=status)]), timeout=timeout)),
    ):
        try:
            call()
            raise Failed("the call succeeded")
        except grpc.RpcError as e:
            expect_code(e, grpc.StatusCode.UNKNOWN)
            expect(e.details() == message, f"message {e.details()!r}")


def status_code_and_message(stub, timeout):
    echoed_status(stub, timeout, "test status message")


def special_status_message(stub, timeout):
    echoed_status(stub, timeout,
                  "\t\ntest with whitespace\r\nand Unicode BMP \u263A and non-BMP \U0001F608\t\n")


def custom_metadata(stub, timeout):
    metadata = [(ECHO_INITIAL, "test_initial_metadata_value"), (ECHO_TRAILING, b"\xab\xab\xab")]

    def check(initial, trailing, what):
        expect(dict(initial).get(ECHO_INITIAL) == "test_initial_metadata_value", f"{what} headers")
        expect(dict(trailing).get(ECHO_TRAILING) == b"\xab\xab\xab", f"{what} trailers")

    reply, call = stub.UnaryCall.with_call(large_request(), metadata=metadata, timeout=timeout)
    expect(len(reply.payload.body) == 314159, "the unary payload")
    check(call.initial_metadata(), call.trailing_metadata(), "unary")
    responses = stub.FullDuplexCall(iter([asking_for([314159], 271828)]), metadata=metadata, timeout=timeout)
    expect(sizes_of(list(responses)) == [314159], "the both-ways payload")
    check(responses.initial_metadata(), responses.trailing_metadata(), "both-ways")


def unimplemented_method(stub, timeout):
    try:
        stub.UnimplementedCall(empty_pb2.Empty(), timeout=timeout)
        raise Failed("the call succeeded")
    except grpc.RpcError as e:
        expect_code(e, grpc.StatusCode.UNIMPLEMENTED)


def unimplemented_service(stub, timeout, channel):
    try:
        rpc.UnimplementedServiceStub(channel).UnimplementedCall(empty_pb2.Empty(), timeout=timeout)
        raise Failed("the call succeeded")
    except grpc.RpcError as e:
        expect_code(e, grpc.StatusCode.UNIMPLEMENTED)


CASES = [
    "empty_unary", "large_unary", "client_streaming", "server_streaming", "ping_pong",
    "empty_stream", "cancel_after_begin", "cancel_after_first_response",
    "timeout_on_sleeping_server", "status_code_and_message", "special_status_message",
    "custom_metadata", "unimplemented_method", "unimplemented_service",
]


def run_client(args):
    cases = CASES if args.test_case == "all" else args.test_case.split(",")
    unknown = [c for c in cases if c not in CASES]
    if unknown:
        print(f"python_testing_client: unknown test case {unknown[0]!r}", file=sys.stderr)
        return 1
    channel = grpc.insecure_channel(f"{args.server_host}:{args.server_port}")
    stub = rpc.TestServiceStub(channel)
    failed = 0
    for case in cases:
        try:
            if case == "unimplemented_service":
                unimplemented_service(stub, args.timeout, channel)
            else:
                globals()[case](stub, args.timeout)
            print(f"PASS {case}", flush=True)
        except (Failed, grpc.RpcError, StopIteration) as e:
            failed += 1
            why = f"{e.code().name}: {e.details()}" if isinstance(e, grpc.RpcError) else str(e)
            print(f"FAIL {case}: {why or type(e).__name__}", flush=True)
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="role", required=True)
    server = sub.add_parser("server")
    server.add_argument("--port", type=int, default=10000)
    server.add_argument("--addr", default=None)
    client = sub.add_parser("client")
    client.add_argument("--server_host", default="localhost")
    client.add_argument("--server_port", type=int, default=10000)
    client.add_argument("--test_case", default="all")
    client.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    return serve(args) if args.role == "server" else run_client(args)


if __name__ == "__main__":
    sys.exit(main())
