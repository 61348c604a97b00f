//! ServerStream client (server push): sends one request and prints every
//! message of the stream that comes back, then `server closed`.

use std::process::ExitCode;

use clap::Parser;
use futures::StreamExt;
use grpc_stream::contract::helloworld::ServerStreamReq;
use grpc_stream::contract::transcript;
use grpc_stream::contract::SERVER_STREAM_PORT;
use grpc_stream::programs::{self, print_line, ClientFlags, SizeFlag};

#[derive(Parser)]
#[command(about = "ServerStream client (server push); calls localhost:50053 by default")]
struct Flags {
    #[command(flatten)]
    client: ClientFlags,
    /// The request's data
    #[arg(long, default_value = "1")]
    data: String,
    #[command(flatten)]
    size: SizeFlag,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    flags.client.run(
        "server_stream_client",
        SERVER_STREAM_PORT,
        |client| async move {
            let request = ServerStreamReq::from(flags.size.pad(flags.data));
            let mut responses = client.server_stream(request)?;
            while let Some(response) = responses.next().await {
                print_line(transcript::server_stream_response(&response?.data));
            }
            print_line(transcript::SERVER_STREAM_END);
            Ok(())
        },
    )
}
