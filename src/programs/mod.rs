//! The example programs' shared plumbing: flags, signals, logging set-up and
//! `main`'s life cycle, so each program is only its own behaviour. Behind the
//! default-on `programs` feature: an embedder who builds with
//! `default-features = false` pays for none of clap, env_logger or signal-hook.

mod flags;
mod logging;
mod signals;

pub use flags::{
    padded, parse_duration, parse_limit, ByteLimit, ClientFlags, CompressionFlag, FlagDuration,
    LbPolicy, PaceFlags, ServerFlags, SizeFlag,
};
pub use logging::{init_logging, say};
pub use signals::Termination;
