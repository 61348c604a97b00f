//! grpc-stream-engine: correct gRPC streaming handlers, servers and clients
//! for any grpcio service and any protos.
//!
//! # Layout
//!
//! - **Handlers** ([`serve`], `src/serve/`): implement a generated trait's
//!   method with one call and a plain function, future or stream: flow
//!   control, cancellation, panics → INTERNAL, `Result<_, RpcStatus>`, one
//!   log line per failed call. `mod.rs` holds the entry points, `sending.rs`
//!   how responses reach grpcio, `outcome.rs` how a call ended.
//!   - [`Call`] (`call.rs`): the call's method, peer, metadata, deadline,
//!     TLS identity ([`PeerIdentity`]); response headers and trailers.
//!   - [`Incoming`] (`incoming.rs`): the requests of a streaming call.
//!   - [`wire`]: responses encoded once, requests decoded with a log line.
//!   - `coalesce.rs`: outgoing messages framed many to a C-core send, and
//!     flushed whenever the handler pauses.
//! - **Servers** ([`ServerBuilder`], [`RunningServer`], `server.rs`):
//!   hosting any services ([`NamedService`]) with health and server
//!   reflection (`reflection.rs`), graceful shutdown ([`ShutdownReport`]).
//!   - [`ServerConfig`], [`Keepalive`], [`Compression`] (`config.rs`): message
//!     sizes, streams, memory, handshake, keepalive, connection age, call rate.
//!   - [`CallLog`], [`CallRateLimit`] (`call_rate.rs`): grpcio checkers, for
//!     your own `grpcio::ServerBuilder` too.
//!   - [`Authorize`], [`Authorization`], [`BearerTokens`] (`authorize.rs`):
//!     who may call, decided at each call's start (a checker too).
//!   - [`metrics`]: Prometheus metrics of every call, go-grpc-prometheus' names.
//!   - [`set_call_log_budget`] (`log_budget.rs`): per-call log lines bounded
//!     per second.
//! - **Clients** ([`Client`], [`ClientConfig`], [`LoadBalancing`],
//!   `client/`): the three kinds of streaming calls on any generated client,
//!   read ahead into a bounded inbox ([`ResponseStream`]), requests sent under
//!   flow control ([`half_close`]).
//! - **Both sides**: TLS from PEM ([`ServerTls`], [`ClientTls`], `tls.rs`);
//!   one error type with its gRPC status ([`Error`], [`status_of`],
//!   [`status_line`], [`code_name`], `error.rs`).
//!
//! Handlers run on gRPC's poll threads (grpcio's executor; no tokio): keep
//! them short and non-blocking.
//!
//! The engine needs the patched C core: an embedder's workspace repeats the
//! `[patch.crates-io]` lines of this repository's root `Cargo.toml` (README,
//! "Security"); without them this crate does not compile.

#![warn(missing_docs)]

mod authorize;
mod call;
mod call_rate;
mod client;
mod coalesce;
mod config;
mod error;
mod incoming;
mod log_budget;
pub mod metrics;
mod reflection;
pub mod serve;
mod server;
mod tls;
pub mod wire;

pub use authorize::{
    Authorization, Authorize, BearerToken, BearerTokens, CallStart, PresentedToken,
};
pub use call::{Call, PeerIdentity};
pub use call_rate::CallRateLimit;
pub use client::{half_close, Client, ClientConfig, LoadBalancing, ResponseStream};
pub use config::{Compression, Keepalive, ServerConfig};
pub use error::{code_name, status_line, status_of, Error};
pub use incoming::Incoming;
pub use log_budget::{set_call_log_budget, DEFAULT_CALL_LOG_BUDGET};
pub use server::{CallLog, NamedService, RunningServer, ServerBuilder, ShutdownReport};
pub use tls::{ClientTls, ServerTls};

/// `proto/demo.proto`: one method of each kind, for unit tests (the
/// documentation examples include it the same way).
#[cfg(test)]
mod demo {
    // Generated code: its warnings and lints are not ours to fix.
    #![allow(warnings, clippy::all, clippy::pedantic, missing_docs)]
    include!(concat!(env!("OUT_DIR"), "/demo.rs"));
}
