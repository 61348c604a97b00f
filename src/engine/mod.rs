//! The engine: what makes a streaming handler correct on grpcio, for any
//! service and any protos. Everything here is re-exported at the crate root.
//!
//! - `serve`: the four handler kinds, for a generated trait's methods.
//! - `call`: [`Call`], what a handler knows about its call.
//! - `incoming`: [`Incoming`], the requests of a client-push or both-ways call.
//! - `wire`: responses encoded once, requests decoded with a log line.
//! - `server`: [`ServerBuilder`] and [`RunningServer`], with graceful shutdown.
//! - `client`: [`Client`], the three kinds of streaming calls on any generated client.
//! - `limits`: [`Limits`] and the engine's defaults.
//! - `reflection`: server reflection (v1, v1alpha) from descriptor sets.
//! - [`metrics`]: Prometheus metrics of every call, go-grpc-prometheus' names.
//! - `call_rate`: calls a connection may start per second, for `Limits::max_call_rate`.
//! - `log_budget`: per-call log lines bounded per second.
//! - `coalesce`: outgoing messages batched into few writes, flushed every 1,024.
//! - `tls`: [`ServerTls`], [`ClientTls`] from PEM.
//! - `error`: [`Error`] and gRPC status mapping.

mod call;
mod call_rate;
mod client;
mod coalesce;
mod error;
mod incoming;
mod limits;
mod log_budget;
pub mod metrics;
mod reflection;
pub mod serve;
mod server;
mod tls;
pub mod wire;

pub use call::{Call, PeerIdentity};
pub use call_rate::CallRateLimit;
pub use client::{
    half_close, Client, ClientConfig, LoadBalancing, ResponseStream, INBOX_BYTES, INBOX_MESSAGES,
};
#[cfg(feature = "programs")]
pub(crate) use error::humanize;
pub use error::{code_name, describe, status_of, Error};
pub use incoming::Incoming;
pub use limits::{
    check_ports, Compression, Keepalive, Limits, CONNECT_TIMEOUT, DEFAULT_MAX_RECEIVE_MESSAGE,
    FIRST_MESSAGE_TIMEOUT, HANDSHAKE_TIMEOUT, HTTP2_WRITE_BUFFER, MIB, SHUTDOWN_GRACE,
};
pub use server::{CallLog, NamedService, RunningServer, ServerBuilder, ShutdownReport};
pub use tls::{ClientTls, ServerTls};
