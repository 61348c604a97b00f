"""Asks a server what it hosts through server reflection, with Python's
grpcio-reflection client (which speaks grpc.reflection.v1alpha).

    reflection_check.py ADDR SYMBOL...

Prints the services, one per line, then for each SYMBOL either
`<symbol>: <file that declares it>` with the symbol's methods or fields,
or `<symbol>: not found`.
"""
import sys

import grpc
from google.protobuf.descriptor_pool import DescriptorPool
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)


def main():
    addr, symbols = sys.argv[1], sys.argv[2:]
    with grpc.insecure_channel(addr) as channel:
        database = ProtoReflectionDescriptorDatabase(channel)
        for service in database.get_services():
            print(service)
        pool = DescriptorPool(database)
        for symbol in symbols:
            try:
                found = pool.FindFileContainingSymbol(symbol)
            except KeyError:
                print(f"{symbol}: not found")
                continue
            try:
                members = [m.name for m in pool.FindServiceByName(symbol).methods]
            except KeyError:
                members = [f.name for f in pool.FindMessageTypeByName(symbol).fields]
            print(f"{symbol}: {found.name} {' '.join(members)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
