// ClientStream client (client push): sends 0, 1, ... (-count messages),
// half-closes, prints the single reply.
package main

import (
	"fmt"
	"strconv"

	"grpcstream/contract"
	pb "grpcstream/helloworld"
)

const name = "client_stream_client"

func main() {
	flags := contract.ParseClientFlags(50054, 0, nil)
	conn, ctx, cancel := flags.Dial(name)
	defer conn.Close()
	defer cancel()
	stream, err := pb.NewClientStreamServerClient(conn).ClientStream(ctx)
	if err != nil {
		contract.Fail(name, err)
	}
	for i := 0; i < flags.Count; i++ {
		if err := stream.Send(&pb.ClientStreamReq{Data: contract.Pad(strconv.Itoa(i), flags.Size)}); err != nil {
			break // the call has ended; CloseAndRecv reports how
		}
		if err := contract.Wait(ctx, flags.Interval); err != nil {
			contract.Fail(name, err)
		}
	}
	resp, err := stream.CloseAndRecv()
	if err != nil {
		contract.Fail(name, err)
	}
	fmt.Printf("Recv %s \n", resp.Data)
}
