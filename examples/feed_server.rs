//! The feed server (port 50056): topics of events with revisions, resume
//! from a revision and a bounded history (`feed/proto/feed.proto`), beside
//! health, reflection and `--metrics-addr` like every server here.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use grpc_stream::programs::{self, FeedFlags, ServerFlags, FEED_PORT};
use grpc_stream_feed::{Feed, FeedService};

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
    let feed = Arc::new(Feed::new(flags.feed.config()));
    log::info!("feed log {}", feed.log_id());
    flags.server.serve("feed_server", FEED_PORT, |server| {
        server.host(FeedService::new(feed))
    })
}
