//! The tutorial this crate re-implements: the grpc-go "gRPC Stream" example's
//! three services (`proto/helloworld.proto`), their ports and counts, and the
//! console lines of its six programs. Built on the engine's public API only,
//! like any embedder's service.
//!
//! - [`helloworld`]: the generated messages, traits and clients.
//! - `server_stream`, `client_stream`, `all_stream`: the three services, each
//!   with its `contract()` behaviour.
//! - `stream_client`: [`StreamClient`], calling the three.
//! - `transcript`: the console lines, and where the services write them;
//!   `stdout_queue`: the one thread that writes them to stdout.
//! - `pace`: messages one interval apart.

mod all_stream;
mod client_stream;
mod pace;
mod server_stream;
mod stdout_queue;
mod stream_client;
pub mod transcript;

use std::time::Duration;

pub use all_stream::AllStreamService;
pub use client_stream::ClientStreamService;
pub use pace::Pace;
pub use server_stream::ServerStreamService;
pub use stream_client::StreamClient;
pub use transcript::Transcript;

/// The contract's messages, service traits (`ServerStreamServer`, ...), their
/// `create_*` registration functions and clients (`*Client`), generated from
/// `proto/helloworld.proto` by `build.rs`.
pub mod helloworld {
    // Generated code: its warnings and lints are not ours to fix.
    #[allow(warnings, clippy::all, clippy::pedantic, rustdoc::all, missing_docs)]
    mod generated {
        include!(concat!(env!("OUT_DIR"), "/helloworld.rs"));
    }

    pub use generated::helloworld::*;
    pub use generated::helloworld_grpc::*;

    /// Every contract message is `{ string data = 1; }`: build one from its data.
    macro_rules! from_data {
        ($($message:ident),+) => {$(
            impl From<String> for $message {
                fn from(data: String) -> Self {
                    let mut message = Self::new();
                    message.data = data;
                    message
                }
            }

            impl From<&str> for $message {
                fn from(data: &str) -> Self {
                    Self::from(data.to_string())
                }
            }
        )+};
    }

    from_data!(
        ServerStreamReq,
        ServerStreamResp,
        ClientStreamReq,
        ClientStreamResp,
        AllStreamReq,
        AllStreamResp
    );
}

/// The descriptor set of `proto/helloworld.proto`, for server reflection
/// (the services host it themselves).
pub const DESCRIPTORS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/helloworld.desc"));

/// Full service names, as health checks and logs know them.
pub const SERVER_STREAM_SERVICE: &str = "helloworld.ServerStreamServer";
/// See [`SERVER_STREAM_SERVICE`].
pub const CLIENT_STREAM_SERVICE: &str = "helloworld.ClientStreamServer";
/// See [`SERVER_STREAM_SERVICE`].
pub const ALL_STREAM_SERVICE: &str = "helloworld.AllStreamServer";

/// ServerStream's port in the contract.
pub const SERVER_STREAM_PORT: u16 = 50053;
/// ClientStream's port in the contract.
pub const CLIENT_STREAM_PORT: u16 = 50054;
/// AllStream's port in the contract.
pub const ALL_STREAM_PORT: u16 = 50055;
/// The `all_services` program's port (all three services, health, Echo).
pub const ALL_SERVICES_PORT: u16 = 50051;

/// Messages a ServerStream or AllStream call sends, and an example client pushes.
pub const CONTRACT_COUNT: usize = 5;
/// Spacing of AllStream's messages (both directions) in the contract.
pub const ALL_STREAM_INTERVAL: Duration = Duration::from_secs(1);

/// Bytes of a protobuf `string` field's header (tag + length varint) in a
/// message up to 4 GiB; the join cap leaves room for it.
const FIELD_HEADER: usize = 6;

/// Default cap on ClientStream's joined reply: it must fit in a peer's default
/// 4 MiB receive limit together with its field header.
pub const DEFAULT_MAX_JOIN_BYTES: usize =
    grpc_stream_engine::ServerConfig::DEFAULT_MAX_RECEIVE_MESSAGE - FIELD_HEADER;
