module github.com/cncf/xds/go

go 1.11

require (
	github.com/envoyproxy/protoc-gen-validate v0.1.0
	github.com/golang/protobuf v1.3.2
	google.golang.org/grpc v1.25.1
)
