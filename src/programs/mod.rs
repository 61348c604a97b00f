//! The example programs' shared plumbing, so each program is only its own
//! behaviour. Behind the default-on `programs` feature: an embedder who
//! builds with `default-features = false` pays for none of clap, env_logger
//! or signal-hook.
//!
//! - `server`: [`ServerFlags`] and a server program's life.
//! - `client`: [`ClientFlags`] and a client program's life.
//! - `flags`: the flag values they share (durations, limits, sizes, pace).
//! - `signals`: [`Termination`], SIGINT and SIGTERM.
//! - `logging`: logs to stderr, contract lines to stdout.

mod client;
mod flags;
mod logging;
mod server;
mod signals;

pub use client::ClientFlags;
pub use flags::{
    padded, parse_duration, parse_limit, CompressionFlag, FlagDuration, LbPolicy, Limit, PaceFlags,
    SizeFlag,
};
pub use logging::{init_logging, say};
pub use server::ServerFlags;
pub use signals::Termination;
