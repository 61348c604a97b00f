//! AllStream server (both ways, port 50055): for each call, sends `0`, `1`,
//! ... one per `--interval-ms` while printing what the client sends, then
//! `Client Closed` at its half-close.

use std::process::ExitCode;

use clap::Parser;
use grpc_stream::cli::{self, PaceFlags, ServerFlags, SizeFlag};
use grpc_stream::config::{ALL_STREAM_INTERVAL, ALL_STREAM_PORT};
use grpc_stream::{AllStreamService, Transcript};

#[derive(Parser)]
#[command(about = "AllStream server (both ways); listens on 127.0.0.1:50055 by default")]
struct Flags {
    #[command(flatten)]
    server: ServerFlags,
    #[command(flatten)]
    pace: PaceFlags,
    #[command(flatten)]
    size: SizeFlag,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    cli::init_logging();
    let size = flags.size;
    let service = AllStreamService::contract_with(
        flags.pace.pace(ALL_STREAM_INTERVAL),
        move |i| size.nth(i),
        Transcript::stdout(),
    );
    flags
        .server
        .serve("all_stream_server", ALL_STREAM_PORT, |server| {
            server.all_stream(service)
        })
}
