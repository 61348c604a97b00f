module github.com/grpc/grpc/tools/http2_interop

go 1.16
