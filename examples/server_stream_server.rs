//! ServerStream server (server push, port 50053): for each call, prints the
//! request's data and sends it back `--count` times.

use std::process::ExitCode;

use clap::Parser;
use grpc_stream::cli::{self, ServerFlags, CONTRACT_COUNT};
use grpc_stream::config::SERVER_STREAM_PORT;
use grpc_stream::{ServerStreamService, Transcript};

#[derive(Parser)]
#[command(about = "ServerStream server (server push); listens on 127.0.0.1:50053 by default")]
struct Flags {
    #[command(flatten)]
    server: ServerFlags,
    /// Messages each call sends back
    #[arg(long, default_value_t = CONTRACT_COUNT)]
    count: usize,
    /// Milliseconds between those messages (0: as fast as the client takes them)
    #[arg(long, default_value_t = 0)]
    interval_ms: u64,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    cli::init_logging();
    let service = ServerStreamService::contract(
        cli::pace(flags.count, flags.interval_ms),
        Transcript::stdout(),
    );
    flags
        .server
        .serve("server_stream_server", SERVER_STREAM_PORT, |server| {
            server.server_stream(service)
        })
}
