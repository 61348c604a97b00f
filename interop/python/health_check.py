"""grpc.health.v1 client from grpcio-health-checking, to check our servers
with a client that is not ours.

    health_check.py ADDR check SERVICE      prints the status (SERVING, ...) or the error code
    health_check.py ADDR watch SERVICE N    prints the first N statuses of a Watch, one per line
"""
import sys

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


def main():
    addr, mode, service = sys.argv[1:4]
    with grpc.insecure_channel(addr) as channel:
        grpc.channel_ready_future(channel).result(timeout=10)
        stub = health_pb2_grpc.HealthStub(channel)
        request = health_pb2.HealthCheckRequest(service=service)
        try:
            if mode == "check":
                reply = stub.Check(request, timeout=10)
                print(health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status))
            else:
                for i, reply in enumerate(stub.Watch(request, timeout=30)):
                    print(health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status), flush=True)
                    if i + 1 == int(sys.argv[4]):
                        break
        except grpc.RpcError as e:
            print(e.code().name)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
