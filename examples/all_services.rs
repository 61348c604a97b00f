//! One server for everything (port 50051): the three contract services, the
//! standard health service, and a service of your own (here the benchmark's
//! Echo), with graceful shutdown on SIGINT/SIGTERM.

#[path = "shared/echo.rs"]
mod echo;

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use echo::EchoService;
use grpc_stream::contract::DEFAULT_MAX_JOIN_BYTES;
use grpc_stream::contract::{
    AllStreamService, ClientStreamService, Pace, ServerStreamService, Transcript,
};
use grpc_stream::contract::{ALL_SERVICES_PORT, ALL_STREAM_INTERVAL};
use grpc_stream::programs::{self, PaceFlags, ServerFlags};

#[derive(Parser)]
#[command(
    about = "All three streaming services, health and Echo on one port (127.0.0.1:50051 by default)"
)]
struct Flags {
    #[command(flatten)]
    server: ServerFlags,
    /// Messages of each ServerStream and AllStream call, and AllStream's
    /// spacing (ServerStream sends at once)
    #[command(flatten)]
    pace: PaceFlags,
    /// Cap on a ClientStream call's joined reply, in bytes
    #[arg(long, default_value_t = DEFAULT_MAX_JOIN_BYTES)]
    max_join_bytes: usize,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let stdout = Transcript::stdout();
    let server_stream =
        ServerStreamService::contract(Pace::new(flags.pace.count, Duration::ZERO), stdout.clone());
    let client_stream = ClientStreamService::contract(flags.max_join_bytes, stdout.clone());
    let all_stream = AllStreamService::contract(flags.pace.pace(ALL_STREAM_INTERVAL), stdout);
    flags
        .server
        .serve("all_services", ALL_SERVICES_PORT, |server| {
            server
                .host(server_stream)
                .host(client_stream)
                .host(all_stream)
                // Your own services go on the same port, under their full name.
                .host(EchoService)
        })
}
