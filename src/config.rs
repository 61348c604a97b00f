//! Defaults of the contract and limits of servers and clients, in one place.

use std::time::Duration;

/// ServerStream's port in the contract.
pub const SERVER_STREAM_PORT: u16 = 50053;
/// ClientStream's port in the contract.
pub const CLIENT_STREAM_PORT: u16 = 50054;
/// AllStream's port in the contract.
pub const ALL_STREAM_PORT: u16 = 50055;

/// Messages a ServerStream or AllStream call sends, and an example client pushes.
pub const CONTRACT_COUNT: usize = 5;
/// Spacing of AllStream's messages (both directions) in the contract.
pub const ALL_STREAM_INTERVAL: Duration = Duration::from_secs(1);

/// How long a client waits for the server's connection before giving up.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a stopping server lets in-flight calls finish before cancelling them.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// One mebibyte.
pub const MIB: usize = 1 << 20;

/// gRPC's customary receive limit (grpc-go, the C core and tonic all default to it).
pub const DEFAULT_MAX_RECEIVE_MESSAGE: usize = 4 * MIB;

/// Bytes of a protobuf `string` field's header (tag + length varint) in a
/// message up to 4 GiB; the join cap leaves room for it.
const FIELD_HEADER: usize = 6;

/// Limits of a server: message sizes, streams, memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest message a peer may send us; bigger ones fail the call with
    /// RESOURCE_EXHAUSTED.
    pub max_receive_message: usize,
    /// Largest message we send; `None` = unlimited (gRPC's default).
    pub max_send_message: Option<usize>,
    /// Concurrent streams per connection (HTTP/2 SETTINGS); further calls wait
    /// at the client until one ends.
    pub max_concurrent_streams: u32,
    /// Memory the C core may use for this server's buffers; `None` = unbounded.
    pub memory_quota: Option<usize>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_receive_message: DEFAULT_MAX_RECEIVE_MESSAGE,
            max_send_message: None,
            max_concurrent_streams: 1024,
            memory_quota: None,
        }
    }
}

/// Default cap on ClientStream's joined reply: it must fit in a peer's default
/// 4 MiB receive limit together with its field header.
pub const DEFAULT_MAX_JOIN_BYTES: usize = DEFAULT_MAX_RECEIVE_MESSAGE - FIELD_HEADER;
