// Package contract holds what the six Go programs share: flags, the
// readiness line, the logging interceptor of the original, signal handling,
// dialing with a bounded wait, and the message padding rule.
package contract

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"google.golang.org/grpc"
	// Registers gzip: clients may send with it, servers accept it.
	"google.golang.org/grpc/encoding/gzip"
)

// Pad returns data followed by '-' up to size bytes (the -size flag of every
// implementation, so large messages are comparable across them).
func Pad(data string, size int) string {
	if len(data) >= size {
		return data
	}
	return data + strings.Repeat("-", size-len(data))
}

// ServerFlags are the flags every server takes.
type ServerFlags struct {
	Addr     string
	Count    int
	Interval time.Duration
	Size     int
	Grace    time.Duration
}

// ParseServerFlags reads the server flags; defaults are the contract's.
func ParseServerFlags(defaultPort int, defaultIntervalMs int) ServerFlags {
	var f ServerFlags
	var intervalMs int
	flag.StringVar(&f.Addr, "addr", fmt.Sprintf("127.0.0.1:%d", defaultPort), "address to listen on")
	flag.IntVar(&f.Count, "count", 5, "messages a ServerStream or AllStream call sends")
	flag.IntVar(&intervalMs, "interval-ms", defaultIntervalMs, "milliseconds between those messages")
	flag.IntVar(&f.Size, "size", 0, "pad AllStream messages to this many bytes")
	flag.DurationVar(&f.Grace, "grace", 5*time.Second, "time running calls get at SIGINT/SIGTERM")
	flag.Parse()
	f.Interval = time.Duration(intervalMs) * time.Millisecond
	return f
}

// logCalls is the original's stream interceptor: the method before the
// handler runs, the error if it fails.
func logCalls(srv interface{}, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	log.Printf("gRPC method: %s", info.FullMethod)
	err := handler(srv, ss)
	if err != nil {
		log.Printf("gRPC err: %v", err)
	}
	return err
}

// Serve listens, prints the readiness line on stderr, serves until
// SIGINT/SIGTERM, then stops gracefully (cancelling what is left after the
// grace period) and exits 0.
func Serve(name string, f ServerFlags, register func(*grpc.Server)) {
	lis, err := net.Listen("tcp", f.Addr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: cannot listen on %s: %v\n", name, f.Addr, err)
		os.Exit(1)
	}
	server := grpc.NewServer(grpc.StreamInterceptor(logCalls))
	register(server)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)
	fmt.Fprintf(os.Stderr, "%s listening on %s\n", name, lis.Addr())
	go func() {
		sig := <-signals
		log.Printf("%v received", sig)
		done := make(chan struct{})
		go func() { server.GracefulStop(); close(done) }()
		select {
		case <-done:
		case <-time.After(f.Grace):
			server.Stop()
		}
	}()
	if err := server.Serve(lis); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}

// Wait sleeps for d, or returns the call's status error if its context ends first.
func Wait(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return CallEnded(ctx)
	}
}

// CallEnded is the status error of a call whose context has ended.
func CallEnded(ctx context.Context) error {
	return statusFromContext(ctx)
}

// ClientFlags are the flags every client takes.
type ClientFlags struct {
	Addr           string
	ConnectTimeout time.Duration
	Timeout        time.Duration
	Count          int
	Interval       time.Duration
	Size           int
	CancelAfter    int
	Compression    string
}

// ParseClientFlags reads the client flags; defaults are the contract's.
func ParseClientFlags(defaultPort int, defaultIntervalMs int, extra func()) ClientFlags {
	var f ClientFlags
	var intervalMs int
	flag.StringVar(&f.Addr, "addr", fmt.Sprintf("localhost:%d", defaultPort), "server address")
	flag.DurationVar(&f.ConnectTimeout, "connect-timeout", 10*time.Second, "give up connecting after this long")
	flag.DurationVar(&f.Timeout, "timeout", 0, "call deadline (0: none)")
	flag.IntVar(&f.Count, "count", 5, "messages to send: 0, 1, ..., count-1")
	flag.IntVar(&intervalMs, "interval-ms", defaultIntervalMs, "milliseconds between messages")
	flag.IntVar(&f.Size, "size", 0, "pad each message's data to this many bytes")
	flag.IntVar(&f.CancelAfter, "cancel-after", 0, "cancel the call after receiving this many messages (0: never)")
	flag.StringVar(&f.Compression, "compression", "none", "how requests are compressed: gzip or none")
	if extra != nil {
		extra()
	}
	flag.Parse()
	f.Interval = time.Duration(intervalMs) * time.Millisecond
	return f
}

// Dial connects within the connect timeout and returns the connection and
// the call's context (with its deadline, if any).
func (f ClientFlags) Dial(name string) (*grpc.ClientConn, context.Context, context.CancelFunc) {
	dialCtx, cancelDial := context.WithTimeout(context.Background(), f.ConnectTimeout)
	defer cancelDial()
	options := []grpc.DialOption{grpc.WithInsecure(), grpc.WithBlock()}
	switch f.Compression {
	case "none":
	case gzip.Name:
		options = append(options, grpc.WithDefaultCallOptions(grpc.UseCompressor(gzip.Name)))
	default:
		Fail(name, fmt.Errorf("-compression %q: gzip or none", f.Compression))
	}
	conn, err := grpc.DialContext(dialCtx, f.Addr, options...)
	if err != nil {
		Fail(name, fmt.Errorf("cannot connect to %s within %v: %v", f.Addr, f.ConnectTimeout, err))
	}
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	if f.Timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, f.Timeout)
	} else {
		ctx, cancel = context.WithCancel(ctx)
	}
	return conn, ctx, cancel
}

// Fail prints one error line on stderr and exits 1.
func Fail(name string, err error) {
	fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
	os.Exit(1)
}
