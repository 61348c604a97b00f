// AllStream server (both ways, port 50055): sends 0, 1, ... one per
// -interval-ms while printing what the client sends, then "Client Closed".
package main

import (
	"fmt"
	"io"
	"strconv"

	"google.golang.org/grpc"

	"grpcstream/contract"
	pb "grpcstream/helloworld"
)

type server struct{ flags contract.ServerFlags }

func (s *server) AllStream(stream pb.AllStreamServer_AllStreamServer) error {
	received := make(chan error, 1)
	go func() {
		for {
			req, err := stream.Recv()
			if err == io.EOF {
				fmt.Println("Client Closed")
				received <- nil
				return
			}
			if err != nil {
				received <- err
				return
			}
			fmt.Printf("Recv Data:%s \n", req.Data)
		}
	}()
	for i := 0; i < s.flags.Count; i++ {
		if err := stream.Send(&pb.AllStreamResp{Data: contract.Pad(strconv.Itoa(i), s.flags.Size)}); err != nil {
			return err
		}
		if err := contract.Wait(stream.Context(), s.flags.Interval); err != nil {
			return err
		}
	}
	return <-received
}

func main() {
	flags := contract.ParseServerFlags(50055, 1000)
	contract.Serve("all_stream_server", flags, func(g *grpc.Server) {
		pb.RegisterAllStreamServerServer(g, &server{flags})
	})
}
