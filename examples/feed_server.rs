//! The feed server (port 50056): topics of events with revisions, resume
//! from a revision and a bounded history (`feed/proto/feed.proto`), beside
//! health, reflection and `--metrics-addr` like every server here. With
//! `--redis redis://HOST:PORT` (or `--redis-sentinel ... --redis-master
//! NAME`) the log is in Redis, shared by every server given the same one: a
//! subscriber resumes on any of them.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use grpc_stream::programs::{self, FeedFlags, ServerFlags, FEED_PORT};
use grpc_stream_feed::FeedService;

#[derive(Parser)]
#[command(
    about = "Feed server: publish and subscribe with revisions and resume (127.0.0.1:50056 by default)"
)]
struct Flags {
    #[command(flatten)]
    server: ServerFlags,
    #[command(flatten)]
    feed: FeedFlags,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let feed = match flags.feed.feed() {
        Ok(feed) => Arc::new(feed),
        Err(e) => {
            eprintln!("feed_server: {e}");
            return ExitCode::FAILURE;
        }
    };
    match flags.feed.redis_config() {
        Some(redis) => log::info!("feed log {} in {}", feed.log_id(), redis.at),
        None => log::info!("feed log {} in memory", feed.log_id()),
    }
    flags.server.serve("feed_server", FEED_PORT, |server| {
        server.host(FeedService::new(feed))
    })
}
