//! Publishes each line of stdin (without its newline) as one event of a
//! topic; exits 0 once every event is acknowledged, with one line on stderr
//! saying which revisions they got.

use std::io::BufRead;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::Parser;
use futures::stream::{self, StreamExt};
use futures_timer::Delay;
use grpc_stream::programs::{self, ClientFlags, FEED_PORT};
use grpc_stream_engine::{Client, Error};
use grpc_stream_feed::proto::{FeedClient, PublishRequest};

#[derive(Parser)]
#[command(about = "Publishes each stdin line as an event of --topic (localhost:50056 by default)")]
struct Flags {
    #[command(flatten)]
    client: ClientFlags,
    /// The topic
    #[arg(long)]
    topic: String,
    /// Events per second at most [default: as fast as the server takes them]
    #[arg(long)]
    rate: Option<f64>,
    /// Events per Publish call at most (each call is acknowledged before
    /// the next starts)
    #[arg(long, default_value_t = 1000)]
    batch: usize,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let lines = read_lines();
    let batch = flags.batch.max(1);
    let pace = flags
        .rate
        .filter(|r| *r > 0.0)
        .map(|r| Duration::from_secs_f64(1.0 / r));
    let topic = flags.topic.clone();
    flags.client.run_with("feed_publish", FEED_PORT, |client| async move {
        let stub = FeedClient::new(client.channel().clone());
        let started = Instant::now();
        let (mut published, mut first, mut last) = (0u64, None, 0);
        // The first line of a batch is waited for; the rest only taken if
        // already there, so a slow stdin is published line by line.
        while let Ok(line) = lines.recv() {
            let mut events = vec![line.map_err(stdin_failed)?];
            let mut failed = None;
            for line in lines.try_iter().take(batch - 1) {
                match line {
                    Ok(line) => events.push(line),
                    Err(e) => {
                        failed = Some(stdin_failed(e));
                        break;
                    }
                }
            }
            let count = events.len();
            let revisions = publish(&client, &stub, &topic, events, pace, started, published).await?;
            if revisions.len() != count {
                return Err(Error::Config(format!(
                    "the server acknowledged {} of {count} events",
                    revisions.len()
                )));
            }
            first = first.or(revisions.first().copied());
            last = revisions.last().copied().unwrap_or(last);
            published += count as u64;
            if let Some(e) = failed {
                return Err(e);
            }
        }
        match first {
            Some(first) => eprintln!(
                "feed_publish: {published} events published to {topic:?} (revisions {first} to {last})"
            ),
            None => eprintln!("feed_publish: nothing to publish"),
        }
        Ok(())
    })
}

/// One Publish call with `events`; the revisions they got. With a pace,
/// event `n` of the run (counting `before` earlier ones) goes out no sooner
/// than `started + n * pace`.
async fn publish(
    client: &Client,
    stub: &FeedClient,
    topic: &str,
    events: Vec<Vec<u8>>,
    pace: Option<Duration>,
    started: Instant,
    before: u64,
) -> Result<Vec<u64>, Error> {
    let topic = topic.to_string();
    let requests = stream::iter(events.into_iter().enumerate()).then(move |(i, data)| {
        let topic = topic.clone();
        async move {
            if let Some(pace) = pace {
                let due = started + pace.mul_f64((before + i as u64) as f64);
                Delay::new(due.saturating_duration_since(Instant::now())).await;
            }
            let mut request = PublishRequest::new();
            request.topic = topic;
            request.data = data;
            request
        }
    });
    let call = stub.publish_opt(client.call_options())?;
    let response = client.client_streaming(call, requests).await?;
    Ok(response.revisions)
}

/// Stdin's lines as bytes, without their newline, read on their own thread
/// (a bounded queue: a fast stdin waits for the server); a read error ends
/// them.
fn read_lines() -> mpsc::Receiver<std::io::Result<Vec<u8>>> {
    let (tx, rx) = mpsc::sync_channel(10_000);
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().split(b'\n') {
            let failed = line.is_err();
            if tx.send(line).is_err() || failed {
                break;
            }
        }
    });
    rx
}

fn stdin_failed(e: std::io::Error) -> Error {
    Error::Config(format!("cannot read stdin: {e}"))
}
