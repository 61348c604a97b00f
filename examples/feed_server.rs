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
use grpc_stream_feed::{AccessControl, FeedService};

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
    let service = match flags.feed.access() {
        Ok(Some(access)) => {
            log::info!("access rules: {}", access.summary());
            let control = AccessControl::new(access);
            if let Err(e) = reload_on_hangup(&flags.feed, control.clone()) {
                eprintln!("feed_server: cannot catch SIGHUP: {e}");
                return ExitCode::FAILURE;
            }
            FeedService::new(feed).access(control)
        }
        Ok(None) => {
            let addr = flags.server.addr.as_deref().unwrap_or("127.0.0.1");
            if !is_loopback(addr) {
                log::warn!(
                    "feed_server: no --access rules: anyone who can reach {addr} may publish \
                     and subscribe to any topic"
                );
            }
            FeedService::new(feed)
        }
        Err(e) => {
            eprintln!("feed_server: --access: {e}");
            return ExitCode::FAILURE;
        }
    };
    flags
        .server
        .serve("feed_server", FEED_PORT, |server| server.host(service))
}

/// Reloads the access rules (and tokens) at each SIGHUP; rules that do
/// not load leave those in force.
fn reload_on_hangup(flags: &FeedFlags, control: AccessControl) -> std::io::Result<()> {
    let flags = flags.clone();
    programs::on_hangup(move || match flags.access() {
        Ok(Some(access)) => {
            log::info!("access rules reloaded: {}", access.summary());
            control.replace(access);
        }
        Ok(None) => {}
        Err(e) => log::warn!("access rules not reloaded, those in force stay: {e}"),
    })
}

/// Whether `addr` (`host:port` or a host) listens on loopback only.
fn is_loopback(addr: &str) -> bool {
    let host = addr.rsplit_once(':').map_or(addr, |(host, _)| host);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}
