//! A server's transport settings ([`ServerConfig`], [`Keepalive`]), how
//! messages are compressed on either side, and the defaults and channel
//! arguments both sides share.

use std::time::Duration;

/// gRPC's customary receive limit (grpc-go, the C core and tonic all default to it).
pub(crate) const DEFAULT_MAX_RECEIVE_MESSAGE: usize = 4 << 20;

/// How much of a burst of messages the C core may gather before writing it
/// to the socket, on both sides (its default, 64 KiB, writes each 64 KiB
/// message on its own; BENCHMARKS.md has what 256 KiB gains). The last
/// message of a burst is never held back, so paced streams keep their
/// latency.
pub(crate) const HTTP2_WRITE_BUFFER: usize = 256 * 1024;

/// How messages a server or client sends are compressed. Whatever the
/// setting, compressed messages a peer sends (gzip, deflate) are accepted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Compression {
    /// Sent as they are (gRPC's default).
    #[default]
    None,
    /// `grpc-encoding: gzip`, understood by every gRPC implementation.
    Gzip,
    /// `grpc-encoding: deflate`.
    Deflate,
}

impl Compression {
    /// This setting on a channel builder (a server's or a client's).
    pub(crate) fn apply(self, builder: grpcio::ChannelBuilder) -> grpcio::ChannelBuilder {
        let algorithm = match self {
            Compression::None => grpcio::CompressionAlgorithms::GRPC_COMPRESS_NONE,
            Compression::Gzip => grpcio::CompressionAlgorithms::GRPC_COMPRESS_GZIP,
            Compression::Deflate => grpcio::CompressionAlgorithms::GRPC_COMPRESS_DEFLATE,
        };
        // grpcio-sys 0.13's patched C core clamps its default zlib level (-1,
        // "default") to 0, "store": nothing would shrink and every message
        // would go out as is, under `grpc-encoding: gzip`. zlib's own
        // default level, set explicitly:
        builder
            .default_compression_algorithm(algorithm)
            .raw_cfg_int(c"grpc.gzip_compression_level".into(), ZLIB_DEFAULT_LEVEL)
    }
}

/// zlib's default compression level (what `Z_DEFAULT_COMPRESSION` means).
const ZLIB_DEFAULT_LEVEL: i32 = 6;

/// A server's transport settings: message sizes, streams, memory, handshake,
/// keepalive, connection age, call rate. [`ServerConfig::default`] suits a
/// server open to the internet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerConfig {
    /// Largest message a peer may send us; bigger ones fail the call with
    /// RESOURCE_EXHAUSTED. `None` = unlimited: only for trusted peers (a peer
    /// can then make the server hold a message of any size); with no send
    /// limit either, the C core skips its per-message size filter, which
    /// makes tiny messages noticeably cheaper (BENCHMARKS.md).
    pub max_receive_message: Option<usize>,
    /// Largest message we send; `None` = unlimited (gRPC's default).
    pub max_send_message: Option<usize>,
    /// Concurrent streams per connection (HTTP/2 SETTINGS); further calls wait
    /// at the client until one ends.
    pub max_concurrent_streams: u32,
    /// Memory the C core may use for this server's buffers; `None` = unbounded.
    /// Under pressure the core shrinks flow-control windows and may reset
    /// streams with RESOURCE_EXHAUSTED.
    pub memory_quota: Option<usize>,
    /// Let HTTP/2 flow-control windows grow with the measured bandwidth-delay
    /// product (BDP probing, gRPC's default). Off, each stream's window stays
    /// at 64 KiB: much less memory with many busy streams of large messages,
    /// but a single stream over a high-latency link gets slower.
    pub bdp_probe: bool,
    /// How long a new connection may take to complete its handshake (TLS,
    /// then the HTTP/2 preface and SETTINGS) before it is closed. The C
    /// core's own default, 120 s, lets stalled connections pile up for two
    /// minutes each.
    pub handshake_timeout: Duration,
    /// Pings, ours and the clients'.
    pub keepalive: Keepalive,
    /// Close a connection that has had no call for this long (with GOAWAY,
    /// so its client reconnects when it needs to); `None`: never.
    pub max_connection_idle: Option<Duration>,
    /// Close every connection after this long (GOAWAY; running calls get
    /// [`ServerConfig::max_connection_age_grace`]), so clients spread over new
    /// servers; `None`: never.
    pub max_connection_age: Option<Duration>,
    /// How long calls still running on a connection past its maximum age
    /// may take; `None`: as long as they need.
    pub max_connection_age_grace: Option<Duration>,
    /// Calls one connection may start per second (a burst of that many,
    /// refilled continuously); past it, RESOURCE_EXHAUSTED before any
    /// handler runs, and a log line naming the connection. `None` (the
    /// default): unlimited. A cap on one client's share of the handlers;
    /// not a defence against HTTP/2 rapid reset, which the patched C core
    /// bounds before any call exists (README, "Security").
    pub max_call_rate: Option<u32>,
}

/// Keepalive, and what the server tolerates of its clients' pings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keepalive {
    /// Ping a client whose connection has been quiet this long.
    pub time: Duration,
    /// Close the connection when a ping is not answered within this.
    pub timeout: Duration,
    /// The shortest interval between a client's pings the server accepts
    /// while it sends no data; a ping sooner is a strike.
    pub min_ping_interval: Duration,
    /// Strikes before the server ends the connection with GOAWAY
    /// `ENHANCE_YOUR_CALM` ("too_many_pings"), as grpc-go does; 0: never,
    /// every ping is answered (the default, see [`Keepalive::default`]).
    pub max_ping_strikes: u32,
}

impl Default for Keepalive {
    /// gRPC's defaults (the C core's and grpc-go's): a ping after 2 hours of
    /// quiet, 20 s to answer it, client pings at most every 5 minutes while
    /// no data flows; but no strikes: in the C core a connection that has
    /// struck out makes every further ping cost memory, so a PING flood
    /// grows the server, while without strikes every ping is answered and
    /// a peer that does not read the answers is no longer read from
    /// (README, "Security", has the measurements).
    fn default() -> Self {
        Keepalive {
            time: Duration::from_secs(2 * 60 * 60),
            timeout: Duration::from_secs(20),
            min_ping_interval: Duration::from_secs(5 * 60),
            max_ping_strikes: 0,
        }
    }
}

impl ServerConfig {
    /// The default of [`ServerConfig::max_receive_message`] (and of
    /// [`ClientConfig::max_receive_message`](crate::ClientConfig::max_receive_message)):
    /// gRPC's customary 4 MiB.
    pub const DEFAULT_MAX_RECEIVE_MESSAGE: usize = DEFAULT_MAX_RECEIVE_MESSAGE;
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            max_receive_message: Some(DEFAULT_MAX_RECEIVE_MESSAGE),
            max_send_message: None,
            max_concurrent_streams: 1024,
            memory_quota: None,
            bdp_probe: true,
            handshake_timeout: Duration::from_secs(10),
            keepalive: Keepalive::default(),
            max_connection_idle: None,
            max_connection_age: None,
            max_connection_age_grace: None,
            max_call_rate: None,
        }
    }
}

/// A duration as a gRPC channel argument, in milliseconds (an `i32`;
/// longer ones mean "as long as it gets").
pub(crate) fn millis_arg(duration: Duration) -> i32 {
    i32::try_from(duration.as_millis()).unwrap_or(i32::MAX)
}

/// A size as a gRPC channel argument (an `i32`; larger sizes mean "as large
/// as it gets").
pub(crate) fn channel_arg(bytes: usize) -> i32 {
    i32::try_from(bytes).unwrap_or(i32::MAX)
}

/// Checks the ports in a server address (`host:port`) or a client target
/// (`host:port`, `dns:[//authority/]host:port`, `ipv4:a:port,b:port`,
/// `ipv6:[a]:port`, `unix:path`). The C core would silently wrap a port over
/// 65535 (99999 becomes 34463); anything else is left to it.
pub(crate) fn check_ports(target: &str) -> Result<(), String> {
    let (scheme, rest) = match target.split_once(':') {
        Some((scheme @ ("dns" | "ipv4" | "ipv6"), rest)) => (scheme, rest),
        Some(("unix" | "unix-abstract" | "vsock", _)) => return Ok(()),
        _ => ("", target),
    };
    let rest = match (scheme, rest.strip_prefix("//")) {
        ("dns", Some(authority_and_host)) => authority_and_host
            .split_once('/')
            .map_or(authority_and_host, |(_, host)| host),
        _ => rest,
    };
    let addresses: Vec<&str> = if scheme.starts_with("ipv") {
        rest.split(',').collect()
    } else {
        vec![rest]
    };
    for address in addresses {
        let port = match address.strip_prefix('[') {
            Some(bracketed) => bracketed.split_once(']').map(|(_, tail)| tail),
            None if address.matches(':').count() == 1 => {
                Some(&address[address.find(':').unwrap_or(0)..])
            }
            None => None,
        };
        if let Some(port) = port.and_then(|tail| tail.strip_prefix(':')) {
            if port.parse::<u16>().is_err() {
                return Err(format!("{target:?}: {port:?} is not a port (0-65535)"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_ports;

    #[test]
    fn ports_must_fit_in_sixteen_bits() {
        for good in [
            "127.0.0.1:0",
            "localhost:65535",
            "[::1]:8443",
            "dns:///localhost:80",
            "dns://8.8.8.8/example.com:443",
            "ipv4:127.0.0.1:1,127.0.0.1:2",
            "ipv6:[::1]:80",
            "unix:/tmp/socket",
            "example.com",
        ] {
            assert_eq!(check_ports(good), Ok(()), "{good}");
        }
        for bad in [
            "127.0.0.1:99999",
            "localhost:port",
            "[::1]:70000",
            "dns:///localhost:65536",
            "ipv4:127.0.0.1:1,127.0.0.1:99999",
            "localhost:-1",
        ] {
            assert!(check_ports(bad).is_err(), "{bad}");
        }
    }
}
