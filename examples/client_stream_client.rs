//! ClientStream client (client push): sends `0`, `1`, ... (`--count`
//! messages), half-closes, and prints the single reply.

use std::process::ExitCode;

use clap::Parser;
use futures::StreamExt;
use std::time::Duration;

use grpc_stream::contract::helloworld::ClientStreamReq;
use grpc_stream::contract::transcript;
use grpc_stream::contract::CLIENT_STREAM_PORT;
use grpc_stream::programs::{self, print_line, ClientFlags, PaceFlags, SizeFlag};

#[derive(Parser)]
#[command(about = "ClientStream client (client push); calls localhost:50054 by default")]
struct Flags {
    #[command(flatten)]
    client: ClientFlags,
    #[command(flatten)]
    pace: PaceFlags,
    #[command(flatten)]
    size: SizeFlag,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let size = flags.size;
    flags.client.run(
        "client_stream_client",
        CLIENT_STREAM_PORT,
        |client| async move {
            let requests = flags
                .pace
                .pace(Duration::ZERO)
                .stream(0..)
                .map(move |i: usize| ClientStreamReq::from(size.nth(i)));
            let response = client.client_stream(requests).await?;
            print_line(transcript::client_stream_response(&response.data));
            Ok(())
        },
    )
}
