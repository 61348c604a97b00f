//! Subscribes to a topic and prints one stdout line per event, `REV DATA`,
//! and nothing else there. A lost connection or UNAVAILABLE is retried with
//! jittered, capped backoff (every address of the target is tried), resuming
//! after the last revision printed: nothing lost, nothing twice. Exits 0
//! after `--count` events, 1 with one stderr line when the history no longer
//! has what it needs (OUT_OF_RANGE) or the log changed (FAILED_PRECONDITION).

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use futures::StreamExt;
use futures_timer::Delay;
use grpc_stream::programs::{self, Backoff, ClientFlags, FEED_PORT};
use grpc_stream_engine::{status_line, Client, Error};
use grpc_stream_feed::proto::{FeedClient, SubscribeRequest, SubscribeResponse};
use grpcio::RpcStatusCode;

#[derive(Parser)]
#[command(
    about = "Prints the events of --topic as REV DATA lines, resuming across reconnects (localhost:50056 by default)"
)]
struct Flags {
    #[command(flatten)]
    client: ClientFlags,
    /// The topic
    #[arg(long)]
    topic: String,
    /// Start after this revision [default: 0, the topic's first event]
    #[arg(long, default_value_t = 0)]
    after: u64,
    /// Exit 0 after this many events [default: never]
    #[arg(long)]
    count: Option<u64>,
}

/// Where the subscription is: what a reconnect resumes from.
struct Position {
    /// The last revision printed.
    after: u64,
    /// The log it belongs to, once the server said.
    log_id: String,
    /// Events printed so far.
    printed: u64,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let target = flags.client.target(FEED_PORT);
    let config = match flags.client.config() {
        Ok(config) => config,
        Err(e) => return fail(&e),
    };
    let mut position = Position {
        after: flags.after,
        log_id: String::new(),
        printed: 0,
    };
    let mut backoff = Backoff::new(Duration::from_millis(100), Duration::from_secs(5));
    futures_executor::block_on(async {
        loop {
            let outcome = match Client::connect(&target, &config).await {
                Ok(client) => follow(&client, &flags, &mut position, &mut backoff).await,
                Err(e) => Err(e),
            };
            match outcome {
                Ok(()) => return ExitCode::SUCCESS,
                Err(e) if retryable(&e) => {
                    let wait = backoff.wait();
                    log::warn!(
                        "{e}; resuming after revision {} in {wait:?}",
                        position.after
                    );
                    Delay::new(wait).await;
                }
                Err(e) => return fail(&e),
            }
        }
    })
}

/// Prints the subscription's events until `--count`, or the error that
/// ended it.
async fn follow(
    client: &Client,
    flags: &Flags,
    position: &mut Position,
    backoff: &mut Backoff,
) -> Result<(), Error> {
    if flags.count.is_some_and(|count| position.printed >= count) {
        return Ok(());
    }
    let stub = FeedClient::new(client.channel().clone());
    let mut request = SubscribeRequest::new();
    request.topic = flags.topic.clone();
    request.after = position.after;
    request.log_id = position.log_id.clone();
    let mut responses =
        client.server_streaming(stub.subscribe_opt(&request, client.call_options())?);
    let stdout = std::io::stdout();
    while let Some(response) = responses.next().await {
        let response: SubscribeResponse = response?;
        backoff.reset();
        position.log_id = response.log_id;
        let mut out = stdout.lock();
        for event in response.events {
            if event.revision != position.after + 1 {
                return Err(Error::Config(format!(
                    "the server sent revision {} after {}: a gap or a repeat",
                    event.revision, position.after
                )));
            }
            // A closed stdout ends the program like any other error.
            writeln!(out, "{} {}", event.revision, one_line(&event.data))
                .map_err(|e| Error::Config(format!("cannot write to stdout: {e}")))?;
            position.after = event.revision;
            position.printed += 1;
            if flags.count.is_some_and(|count| position.printed >= count) {
                let _ = out.flush();
                return Ok(());
            }
        }
        let _ = out.flush();
    }
    // The server ended the stream without a status: as good as a lost
    // connection.
    Err(Error::Status(grpcio::RpcStatus::with_message(
        RpcStatusCode::UNAVAILABLE,
        "the subscription ended without a status".into(),
    )))
}

/// A lost connection, a server going away, a server not there yet.
fn retryable(e: &Error) -> bool {
    matches!(
        e.code(),
        RpcStatusCode::UNAVAILABLE | RpcStatusCode::CANCELLED
    )
}

/// An event's data on one line: invalid UTF-8 replaced, line breaks escaped.
fn one_line(data: &[u8]) -> String {
    String::from_utf8_lossy(data)
        .replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

fn fail(e: &Error) -> ExitCode {
    match e {
        Error::Status(status) => eprintln!("feed_subscribe: {}", status_line(status)),
        other => eprintln!("feed_subscribe: {other}"),
    }
    ExitCode::FAILURE
}
