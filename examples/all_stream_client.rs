//! AllStream client (both ways): sends `0`, `1`, ... one per `--interval-ms`
//! then half-closes, while printing what the server sends, then
//! `Server Closed`.

use std::process::ExitCode;

use clap::Parser;
use futures::StreamExt;
use grpc_stream::cli::{self, say, ClientFlags, CONTRACT_COUNT};
use grpc_stream::config::{ALL_STREAM_INTERVAL, ALL_STREAM_PORT};
use grpc_stream::proto::helloworld::AllStreamReq;
use grpc_stream::transcript;

#[derive(Parser)]
#[command(about = "AllStream client (both ways); calls localhost:50055 by default")]
struct Flags {
    #[command(flatten)]
    client: ClientFlags,
    /// Messages to send: 0, 1, ..., count-1
    #[arg(long, default_value_t = CONTRACT_COUNT)]
    count: usize,
    /// Milliseconds between messages
    #[arg(long, default_value_t = ALL_STREAM_INTERVAL.as_millis() as u64)]
    interval_ms: u64,
    /// Pad each message's data with '-' to this many bytes
    #[arg(long, default_value_t = 0)]
    size: usize,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    cli::init_logging();
    let size = flags.size;
    flags
        .client
        .run("all_stream_client", ALL_STREAM_PORT, |client| async move {
            let requests = cli::pace(flags.count, flags.interval_ms)
                .stream(0..)
                .map(move |i: usize| AllStreamReq::from(cli::padded(i.to_string(), size)));
            let mut responses = client.all_stream(requests)?;
            while let Some(response) = responses.next().await {
                say(&transcript::all_stream_message(&response?.data));
            }
            say(transcript::ALL_STREAM_SERVER_END);
            Ok(())
        })
}
