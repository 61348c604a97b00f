//! ClientStream server (client push, port 50054): prints every message of a
//! call, then `client closed`, and answers once with them all joined by `,`.

use std::process::ExitCode;

use clap::Parser;
use grpc_stream::contract::CLIENT_STREAM_PORT;
use grpc_stream::contract::DEFAULT_MAX_JOIN_BYTES;
use grpc_stream::contract::{ClientStreamService, Transcript};
use grpc_stream::programs::{self, ServerFlags};

#[derive(Parser)]
#[command(about = "ClientStream server (client push); listens on 127.0.0.1:50054 by default")]
struct Flags {
    #[command(flatten)]
    server: ServerFlags,
    /// Cap on a call's joined reply, in bytes; past it the call fails with
    /// RESOURCE_EXHAUSTED (the default fits a peer's 4 MiB receive limit)
    #[arg(long, default_value_t = DEFAULT_MAX_JOIN_BYTES)]
    max_join_bytes: usize,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let service = ClientStreamService::contract(flags.max_join_bytes, Transcript::stdout());
    flags
        .server
        .serve("client_stream_server", CLIENT_STREAM_PORT, |server| {
            server.host(service)
        })
}
