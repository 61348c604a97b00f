//! grpc-stream: the three gRPC streaming patterns (server push, client push,
//! both ways) on grpcio, wire-compatible with the grpc-go "gRPC Stream"
//! tutorial (`proto/helloworld.proto`).
//!
//! The crate, one module per concern:
//!
//! - [`proto`]: messages and stubs generated from `proto/` by `build.rs`.
//! - [`server_stream`]: [`ServerStreamService`], server push (one request, a stream back).
//! - [`client_stream`]: [`ClientStreamService`], client push (a stream in, one reply).
//! - [`all_stream`]: [`AllStreamService`], both ways at once.
//! - [`echo`]: [`EchoService`], the benchmark's unary and streaming echo (also an example of your own service).
//! - [`call`]: what the three share on the server: requests in, responses out under flow control, outcome logged.
//! - [`client`]: [`StreamClient`], calling the three services with futures and streams.
//! - [`server`]: [`ServerBuilder`], one server for the services, health checks and yours; call logging.
//! - [`shutdown`]: graceful shutdown on request or on SIGINT/SIGTERM.
//! - [`tls`]: TLS and mutual TLS from PEM files.
//! - [`config`]: the contract's defaults (ports, counts) and the limits.
//! - [`wire`]: responses encoded once and sent without copying.
//! - [`pace`]: messages one interval apart.
//! - [`transcript`]: the contract's console lines.
//! - [`error`]: the error type and gRPC status mapping.
//! - [`cli`]: flags and `main` plumbing shared by the six example programs.
//!
//! Handlers run on gRPC's poll threads (grpcio's executor; no tokio): keep
//! them short and non-blocking.

#![warn(missing_docs)]

pub mod all_stream;
pub mod call;
pub mod cli;
pub mod client;
pub mod client_stream;
pub mod config;
pub mod echo;
pub mod error;
pub mod pace;
pub mod proto;
pub mod server;
pub mod server_stream;
pub mod shutdown;
pub mod tls;
pub mod transcript;
pub mod wire;

pub use all_stream::AllStreamService;
pub use call::Incoming;
pub use client::{ClientConfig, ResponseStream, StreamClient};
pub use client_stream::ClientStreamService;
pub use config::Limits;
pub use echo::EchoService;
pub use error::Error;
pub use pace::Pace;
pub use server::{CallLog, RunningServer, ServerBuilder};
pub use server_stream::ServerStreamService;
pub use shutdown::ShutdownReport;
pub use transcript::Transcript;
