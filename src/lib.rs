//! grpc-stream: correct gRPC streaming handlers for any grpcio service, and
//! the grpc-go "gRPC Stream" tutorial (server push, client push, both ways)
//! built on them.
//!
//! # Layout
//!
//! Three layers, one directory each:
//!
//! - **The engine** (`src/engine/`, re-exported here): what an embedder uses
//!   with their own protos.
//!   - [`serve`]: implement a generated trait's method with a function, a
//!     future or a stream: flow control, cancellation, panics → INTERNAL,
//!     `Result<_, RpcStatus>`, one log line per failed call.
//!   - [`Call`]: the call's method, peer, metadata, deadline, TLS identity;
//!     response headers. [`Incoming`]: the requests of a streaming call.
//!   - [`ServerBuilder`] / [`RunningServer`]: hosting any services, with
//!     health and server reflection for the ecosystem's tools, limits,
//!     keepalive policy and per-connection call rate against abusive peers
//!     ([`Limits`]), [`Compression`], TLS ([`ServerTls`]), graceful shutdown.
//!   - [`metrics`]: Prometheus metrics of every call served, under
//!     go-grpc-prometheus' names.
//!   - [`Client`]: connecting ([`ClientConfig`], [`ClientTls`]) and the three
//!     kinds of streaming calls on any generated client ([`ResponseStream`]).
//!   - [`Error`]: one error type with its gRPC status; [`wire`]: responses
//!     encoded once.
//! - **The tutorial's contract** ([`contract`], `src/contract/`): its three
//!   services and their `contract()` behaviour, ports, counts, console lines,
//!   and [`contract::StreamClient`], written against the engine's public API
//!   only.
//! - **The programs' plumbing** (`programs`, `src/programs/`, behind the
//!   default-on `programs` feature): flags, signals, logging set-up for the
//!   example programs in `examples/`. `default-features = false` leaves out
//!   clap, env_logger and signal-hook.
//!
//! Handlers run on gRPC's poll threads (grpcio's executor; no tokio): keep
//! them short and non-blocking.
//!
//! `examples/interop_server.rs` and `examples/interop_client.rs` are an
//! embedder's view: gRPC's official interop `TestService`, on this crate's
//! public API alone.

#![warn(missing_docs)]

pub mod contract;
mod engine;
#[cfg(feature = "programs")]
pub mod programs;

pub use engine::metrics;
pub use engine::serve;
pub use engine::wire;
pub use engine::{
    check_ports, code_name, describe, half_close, status_of, Call, CallLog, CallRateLimit, Client,
    ClientConfig, ClientTls, Compression, Error, Incoming, Keepalive, Limits, LoadBalancing,
    NamedService, PeerIdentity, ResponseStream, RunningServer, ServerBuilder, ServerTls,
    ShutdownReport, CONNECT_TIMEOUT, DEFAULT_MAX_RECEIVE_MESSAGE, FIRST_MESSAGE_TIMEOUT,
    HANDSHAKE_TIMEOUT, HTTP2_WRITE_BUFFER, INBOX_BYTES, INBOX_MESSAGES, MIB, SHUTDOWN_GRACE,
};
