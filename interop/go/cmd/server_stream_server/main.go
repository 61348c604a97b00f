// ServerStream server (server push, port 50053): prints the request's data
// and sends it back -count times.
package main

import (
	"fmt"

	"google.golang.org/grpc"

	"grpcstream/contract"
	pb "grpcstream/helloworld"
)

type server struct{ flags contract.ServerFlags }

func (s *server) ServerStream(req *pb.ServerStreamReq, stream pb.ServerStreamServer_ServerStreamServer) error {
	fmt.Printf("Recv Client Data %s\n", req.Data)
	for i := 0; i < s.flags.Count; i++ {
		if err := stream.Send(&pb.ServerStreamResp{Data: req.Data}); err != nil {
			return err
		}
		if err := contract.Wait(stream.Context(), s.flags.Interval); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	flags := contract.ParseServerFlags(50053, 0)
	contract.Serve("server_stream_server", flags, func(g *grpc.Server) {
		pb.RegisterServerStreamServerServer(g, &server{flags})
	})
}
