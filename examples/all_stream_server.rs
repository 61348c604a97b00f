//! AllStream server (both ways, port 50055): for each call, sends `0`, `1`,
//! ... one per `--interval-ms` while printing what the client sends, then
//! `Client Closed` at its half-close.

use std::process::ExitCode;

use clap::Parser;
use grpc_stream::contract::{AllStreamService, Transcript};
use grpc_stream::contract::{ALL_STREAM_INTERVAL, ALL_STREAM_PORT};
use grpc_stream::programs::{self, PaceFlags, ServerFlags, SizeFlag};

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
    programs::init_logging();
    let size = flags.size;
    let service = AllStreamService::contract_with(
        flags.pace.pace(ALL_STREAM_INTERVAL),
        move |i| size.nth(i),
        Transcript::stdout(),
    );
    flags
        .server
        .serve("all_stream_server", ALL_STREAM_PORT, |server| {
            server.host(service)
        })
}
