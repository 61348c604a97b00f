// AllStream client (both ways): sends 0, 1, ... one per -interval-ms then
// half-closes, while printing what the server sends, then "Server Closed".
package main

import (
	"fmt"
	"io"
	"os"
	"strconv"

	"grpcstream/contract"
	pb "grpcstream/helloworld"
)

const name = "all_stream_client"

func main() {
	flags := contract.ParseClientFlags(50055, 1000, nil)
	conn, ctx, cancel := flags.Dial(name)
	defer conn.Close()
	stream, err := pb.NewAllStreamServerClient(conn).AllStream(ctx)
	if err != nil {
		contract.Fail(name, err)
	}
	go func() {
		for i := 0; i < flags.Count; i++ {
			if err := stream.Send(&pb.AllStreamReq{Data: contract.Pad(strconv.Itoa(i), flags.Size)}); err != nil {
				return // the call has ended; Recv reports how
			}
			if contract.Wait(ctx, flags.Interval) != nil {
				return
			}
		}
		stream.CloseSend()
	}()
	received := 0
	for {
		resp, err := stream.Recv()
		if err == io.EOF {
			fmt.Println("Server Closed")
			return
		}
		if err != nil {
			contract.Fail(name, err)
		}
		fmt.Printf("Recv Data:%s \n", resp.Data)
		received++
		if received == flags.CancelAfter {
			cancel()
			fmt.Fprintf(os.Stderr, "%s: cancelled the call after %d messages\n", name, received)
			return
		}
	}
}
