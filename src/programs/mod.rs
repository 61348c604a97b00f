//! The example programs' shared plumbing and defaults, so each program is
//! only its own behaviour. The engine has none of it (no clap, env_logger or
//! signal-hook): an embedder brings their own.
//!
//! - `server`: [`ServerFlags`] and a server program's life.
//! - `client`: [`ClientFlags`] and a client program's life.
//! - `feed`: [`FeedFlags`], [`FEED_PORT`] and the subscriber's reconnect
//!   [`Backoff`], for the feed programs.
//! - `flags`: the flag values they share (durations, limits, sizes, pace).
//! - `signals`: [`Termination`], SIGINT and SIGTERM; [`on_hangup`], SIGHUP.
//! - `logging`: logs to stderr; [`print_line`], a line on stdout.

mod client;
mod feed;
mod flags;
mod logging;
mod server;
mod signals;

pub use client::ClientFlags;
pub use feed::{Backoff, FeedFlags, FEED_PORT};
pub use flags::{
    padded, parse_duration, parse_limit, CompressionFlag, FlagDuration, LbPolicy, Limit, PaceFlags,
    SizeFlag,
};
pub use logging::{init_logging, print_line};
pub use server::ServerFlags;
pub use signals::{on_hangup, Termination};
