//! AllStream client (both ways): sends `0`, `1`, ... one per `--interval-ms`
//! then half-closes, while printing what the server sends, then
//! `Server Closed`.

use std::process::ExitCode;

use clap::Parser;
use futures::StreamExt;
use grpc_stream::contract::helloworld::AllStreamReq;
use grpc_stream::contract::transcript;
use grpc_stream::contract::{ALL_STREAM_INTERVAL, ALL_STREAM_PORT};
use grpc_stream::programs::{self, print_line, ClientFlags, PaceFlags, SizeFlag};

#[derive(Parser)]
#[command(about = "AllStream client (both ways); calls localhost:50055 by default")]
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
    flags
        .client
        .run("all_stream_client", ALL_STREAM_PORT, |client| async move {
            let requests = flags
                .pace
                .pace(ALL_STREAM_INTERVAL)
                .stream(0..)
                .map(move |i: usize| AllStreamReq::from(size.nth(i)));
            let mut responses = client.all_stream(requests)?;
            while let Some(response) = responses.next().await {
                print_line(transcript::all_stream_message(&response?.data));
            }
            print_line(transcript::ALL_STREAM_SERVER_END);
            Ok(())
        })
}
