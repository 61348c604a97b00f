//! ServerStream server (server push, port 50053): for each call, prints the
//! request's data and sends it back `--count` times.

use std::process::ExitCode;

use clap::Parser;
use std::time::Duration;

use grpc_stream::contract::SERVER_STREAM_PORT;
use grpc_stream::contract::{ServerStreamService, Transcript};
use grpc_stream::programs::{self, PaceFlags, ServerFlags};

#[derive(Parser)]
#[command(about = "ServerStream server (server push); listens on 127.0.0.1:50053 by default")]
struct Flags {
    #[command(flatten)]
    server: ServerFlags,
    #[command(flatten)]
    pace: PaceFlags,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let service =
        ServerStreamService::contract(flags.pace.pace(Duration::ZERO), Transcript::stdout());
    flags
        .server
        .serve("server_stream_server", SERVER_STREAM_PORT, |server| {
            server.host(service)
        })
}
