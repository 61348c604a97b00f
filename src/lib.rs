//! grpc-stream: the grpc-go "gRPC Stream" tutorial (server push, client push,
//! both ways) built on [`grpc_stream_engine`], the workspace's engine for any
//! grpcio service.
//!
//! # Layout
//!
//! The workspace keeps three layers apart, and the compiler checks it:
//!
//! - **The engine** (`engine/`, its own crate, [`grpc_stream_engine`]):
//!   handlers, servers, clients, limits, TLS, errors, for any protos. It
//!   knows nothing of this tutorial; its `lib.rs` has its own Layout.
//! - **The tutorial's contract** ([`contract`], `src/contract/`): its three
//!   services (`proto/helloworld.proto`) and their `contract()` behaviour,
//!   ports, counts, console lines ([`contract::transcript`], written to
//!   stdout by one writer thread, `stdout_queue.rs`), and
//!   [`contract::StreamClient`], calling the three; written against the
//!   engine's public API only, like any embedder's service.
//! - **The programs' plumbing** ([`programs`], `src/programs/`): flags,
//!   signals, logging set-up and program defaults for the programs in
//!   `examples/` (six of the tutorial, `all_services`, the feed programs,
//!   the interop pair, the benchmark).
//!
//! Beside them: `feed/` (grpc-stream-feed, subscriptions with revisions and
//! resume, on the engine's public API; its `lib.rs` has its own Layout),
//! `proto-build/` (the build scripts' protoc step) and `tests/common/` (the
//! integration tests' harness, a crate of its own).

#![warn(missing_docs)]

pub mod contract;
#[cfg(feature = "programs")]
pub mod programs;
