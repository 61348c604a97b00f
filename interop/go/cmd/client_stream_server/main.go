// ClientStream server (client push, port 50054): prints every message, then
// "client closed", and answers once with them all joined by ",".
package main

import (
	"fmt"
	"io"
	"strings"

	"google.golang.org/grpc"

	"grpcstream/contract"
	pb "grpcstream/helloworld"
)

type server struct{}

func (s *server) ClientStream(stream pb.ClientStreamServer_ClientStreamServer) error {
	var parts []string
	for {
		req, err := stream.Recv()
		if err == io.EOF {
			fmt.Println("client closed")
			return stream.SendAndClose(&pb.ClientStreamResp{Data: strings.Join(parts, ",")})
		}
		if err != nil {
			return err
		}
		fmt.Printf("Recv data %s \n", req.Data)
		parts = append(parts, req.Data)
	}
}

func main() {
	flags := contract.ParseServerFlags(50054, 0)
	contract.Serve("client_stream_server", flags, func(g *grpc.Server) {
		pb.RegisterClientStreamServerServer(g, &server{})
	})
}
