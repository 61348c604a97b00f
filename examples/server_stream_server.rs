//! ServerStream server (server push, port 50053): for each call, prints the
//! request's data and sends it back `--count` times.

use std::process::ExitCode;

use clap::Parser;
use std::time::Duration;

use grpc_stream::contract::SERVER_STREAM_PORT;
use grpc_stream::contract::{ServerStreamService, Transcript};
use grpc_stream::programs::{self, FlagDuration, PaceFlags, ServerFlags};
use grpc_stream_engine::serve::DEFAULT_FIRST_MESSAGE_TIMEOUT;

#[derive(Parser)]
#[command(about = "ServerStream server (server push); listens on 127.0.0.1:50053 by default")]
struct Flags {
    #[command(flatten)]
    server: ServerFlags,
    #[command(flatten)]
    pace: PaceFlags,
    /// End a call whose request has not arrived within this, with
    /// DEADLINE_EXCEEDED (a stream held open without its request would
    /// otherwise keep one of the server's request slots)
    #[arg(long, default_value_t = FlagDuration(DEFAULT_FIRST_MESSAGE_TIMEOUT))]
    first_message_timeout: FlagDuration,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let service =
        ServerStreamService::contract(flags.pace.pace(Duration::ZERO), Transcript::stdout())
            .first_message_timeout(flags.first_message_timeout.0);
    flags
        .server
        .serve("server_stream_server", SERVER_STREAM_PORT, |server| {
            server.host(service)
        })
}
