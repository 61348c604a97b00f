// ServerStream client (server push): sends one request, prints every
// message that comes back, then "server closed".
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"grpcstream/contract"
	pb "grpcstream/helloworld"
)

const name = "server_stream_client"

func main() {
	var data string
	flags := contract.ParseClientFlags(50053, 0, func() {
		flag.StringVar(&data, "data", "1", "the request's data")
	})
	conn, ctx, cancel := flags.Dial(name)
	defer conn.Close()
	stream, err := pb.NewServerStreamServerClient(conn).ServerStream(ctx, &pb.ServerStreamReq{Data: contract.Pad(data, flags.Size)})
	if err != nil {
		contract.Fail(name, err)
	}
	received := 0
	for {
		resp, err := stream.Recv()
		if err == io.EOF {
			fmt.Println("server closed")
			return
		}
		if err != nil {
			contract.Fail(name, err)
		}
		fmt.Printf("Recv Data:%v \n", resp)
		received++
		if received == flags.CancelAfter {
			cancel()
			fmt.Fprintf(os.Stderr, "%s: cancelled the call after %d messages\n", name, received)
			return
		}
	}
}
