//! Flags shared by the programs, and `main`'s life cycle for a server
//! (start, readiness line, signal, graceful stop) and a client (connect,
//! calls, one error line).

use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;
use std::time::Duration;

use clap::Args;

use super::signals::Termination;
use crate::contract::{StreamClient, Transcript, CONTRACT_COUNT};
use crate::{
    ClientConfig, ClientTls, Compression, Error, Keepalive, Limits, LoadBalancing, ServerBuilder,
    ServerTls, CONNECT_TIMEOUT, DEFAULT_MAX_RECEIVE_MESSAGE, HANDSHAKE_TIMEOUT, SHUTDOWN_GRACE,
};

/// A size limit in bytes; `None`: unlimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByteLimit(pub Option<usize>);

impl fmt::Display for ByteLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(bytes) => write!(f, "{bytes}"),
            None => f.write_str("unlimited"),
        }
    }
}

/// A byte count, or `unlimited`.
pub fn parse_limit(text: &str) -> Result<ByteLimit, String> {
    match text {
        "unlimited" => Ok(ByteLimit(None)),
        bytes => bytes
            .parse()
            .map(|n| ByteLimit(Some(n)))
            .map_err(|_| format!("{text:?} is neither a number of bytes nor \"unlimited\"")),
    }
}

/// Reads `10s`, `500ms`, `2m` or a plain number of seconds (`1.5`).
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| c.is_ascii_alphabetic()) {
        Some(i) => text.split_at(i),
        None => (text, "s"),
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a duration (like 10s, 500ms, 2m)"))?;
    let seconds = match unit {
        "ms" => value / 1000.0,
        "s" => value,
        "m" => value * 60.0,
        _ => return Err(format!("{text:?}: the unit must be ms, s or m")),
    };
    Duration::try_from_secs_f64(seconds).map_err(|_| format!("{text:?} is not a usable duration"))
}

/// A duration flag's value: written and read as `10s`, `500ms`, `2m`, so a
/// default is declared once, as a `Duration`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlagDuration(pub Duration);

impl FromStr for FlagDuration {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        parse_duration(text).map(FlagDuration)
    }
}

impl fmt::Display for FlagDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::engine::humanize(self.0))
    }
}

/// Flags of every server program.
#[derive(Args, Debug, Clone)]
pub struct ServerFlags {
    /// Address to listen on, host:port (port 0: any free port)
    /// [default: 127.0.0.1:<the program's contract port>]
    #[arg(long)]
    pub addr: Option<String>,

    /// Largest message accepted from a client, in bytes; bigger ones fail the
    /// call with RESOURCE_EXHAUSTED. "unlimited" (trusted peers only) also
    /// lets the C core skip its size check on every message
    #[arg(long, default_value_t = ByteLimit(Some(DEFAULT_MAX_RECEIVE_MESSAGE)), value_parser = parse_limit)]
    pub max_receive_message: ByteLimit,

    /// Largest message sent, in bytes [default: unlimited]
    #[arg(long)]
    pub max_send_message: Option<usize>,

    /// Concurrent streams per client connection; further calls wait at the client
    #[arg(long, default_value_t = Limits::default().max_concurrent_streams)]
    pub max_concurrent_streams: u32,

    /// Memory the gRPC core may use for this server's buffers, in bytes
    /// [default: unbounded]
    #[arg(long)]
    pub memory_quota: Option<usize>,

    /// Keep each stream's HTTP/2 window at 64 KiB instead of growing it with
    /// the measured bandwidth-delay product: far less memory with many busy
    /// streams of large messages, slower single streams on high-latency links
    #[arg(long)]
    pub no_bdp_probe: bool,

    /// At SIGINT/SIGTERM, how long running calls may take to finish before
    /// they are cancelled
    #[arg(long, default_value_t = FlagDuration(SHUTDOWN_GRACE))]
    pub grace: FlagDuration,

    /// How responses are compressed (compressed requests are accepted
    /// whatever this says)
    #[arg(long, value_enum, default_value_t)]
    pub compression: CompressionFlag,

    /// Close a connection whose handshake (TLS, HTTP/2 preface and
    /// SETTINGS) takes longer than this
    #[arg(long, default_value_t = FlagDuration(HANDSHAKE_TIMEOUT))]
    pub handshake_timeout: FlagDuration,

    /// Ping a client whose connection has been quiet this long
    #[arg(long, default_value_t = FlagDuration(Keepalive::default().time))]
    pub keepalive_time: FlagDuration,

    /// Close a connection whose client does not answer a ping within this
    #[arg(long, default_value_t = FlagDuration(Keepalive::default().timeout))]
    pub keepalive_timeout: FlagDuration,

    /// The shortest interval between a client's pings accepted while no data
    /// flows; a ping sooner is a strike
    #[arg(long, default_value_t = FlagDuration(Keepalive::default().min_ping_interval))]
    pub min_ping_interval: FlagDuration,

    /// Ping strikes before the server sends GOAWAY "too_many_pings" and
    /// closes the connection
    #[arg(long, default_value_t = Keepalive::default().max_ping_strikes)]
    pub max_ping_strikes: u32,

    /// Close a connection with no call for this long [default: never]
    #[arg(long)]
    pub max_connection_idle: Option<FlagDuration>,

    /// Close every connection after this long (clients reconnect, and spread
    /// over new servers) [default: never]
    #[arg(long)]
    pub max_connection_age: Option<FlagDuration>,

    /// Time calls still running on a connection past its maximum age get
    /// [default: as long as they need]
    #[arg(long)]
    pub max_connection_age_grace: Option<FlagDuration>,

    /// Serve Prometheus metrics (go-grpc-prometheus' names) over HTTP at
    /// http://HOST:PORT/metrics [default: off]
    #[arg(long, value_name = "HOST:PORT")]
    pub metrics_addr: Option<String>,

    /// Do not serve server reflection (grpc.reflection.v1 and v1alpha, which
    /// grpcurl, evans and Postman use to discover the services)
    #[arg(long)]
    pub no_reflection: bool,

    /// gRPC poll threads running the handlers [default: one per CPU]
    #[arg(long)]
    pub poll_threads: Option<usize>,

    /// Serve TLS with this PEM certificate chain (needs --tls-key)
    #[arg(long, requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// PEM private key of --tls-cert
    #[arg(long, requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// Require client certificates issued by this PEM CA (mutual TLS)
    #[arg(long, requires = "tls_cert")]
    pub tls_client_ca: Option<PathBuf>,
}

impl ServerFlags {
    /// The limits these flags set.
    pub fn limits(&self) -> Limits {
        Limits {
            max_receive_message: self.max_receive_message.0,
            max_send_message: self.max_send_message,
            max_concurrent_streams: self.max_concurrent_streams,
            memory_quota: self.memory_quota,
            bdp_probe: !self.no_bdp_probe,
            handshake_timeout: self.handshake_timeout.0,
            keepalive: Keepalive {
                time: self.keepalive_time.0,
                timeout: self.keepalive_timeout.0,
                min_ping_interval: self.min_ping_interval.0,
                max_ping_strikes: self.max_ping_strikes,
            },
            max_connection_idle: self.max_connection_idle.map(|d| d.0),
            max_connection_age: self.max_connection_age.map(|d| d.0),
            max_connection_age_grace: self.max_connection_age_grace.map(|d| d.0),
        }
    }

    fn builder(&self, default_port: u16) -> Result<ServerBuilder, Error> {
        let addr = self
            .addr
            .clone()
            .unwrap_or_else(|| format!("127.0.0.1:{default_port}"));
        let mut builder = ServerBuilder::new(addr)
            .limits(self.limits())
            .reflection(!self.no_reflection)
            .compression(self.compression.into());
        if let Some(threads) = self.poll_threads {
            builder = builder.poll_threads(threads);
        }
        if let (Some(cert), Some(key)) = (&self.tls_cert, &self.tls_key) {
            let mut tls = ServerTls::from_files(cert, key)?;
            if let Some(ca) = &self.tls_client_ca {
                tls = tls.require_client_certificates_from(ca)?;
            }
            builder = builder.credentials(tls.credentials());
        }
        Ok(builder)
    }

    /// A server program's life: start with the services `add` hosts, print
    /// one readiness line on stderr (`<name> listening on <addr>`), serve
    /// until SIGINT/SIGTERM, stop gracefully, and flush the stdout
    /// transcript.
    pub fn serve(
        &self,
        name: &str,
        default_port: u16,
        add: impl FnOnce(ServerBuilder) -> ServerBuilder,
    ) -> ExitCode {
        // Catch signals before announcing readiness, so none is missed.
        let termination = match Termination::catch() {
            Ok(termination) => termination,
            Err(e) => return fail(name, &Error::Config(format!("cannot catch signals: {e}"))),
        };
        let metrics = match self
            .metrics_addr
            .as_deref()
            .map(crate::metrics::serve_metrics)
        {
            None => None,
            Some(Ok(bound)) => Some(bound),
            Some(Err(e)) => {
                let problem = format!("cannot serve metrics on {:?}: {e}", self.metrics_addr);
                return fail(name, &Error::Config(problem));
            }
        };
        let started = self
            .builder(default_port)
            .map(add)
            .and_then(ServerBuilder::start);
        let server = match started {
            Ok(server) => server,
            Err(e) => return fail(name, &e),
        };
        // Not a log line: scripts and tests wait for it whatever RUST_LOG says.
        eprintln!("{name} listening on {}", server.addr());
        if let Some(metrics) = metrics {
            // Not a log line either: scripts wait for it.
            eprintln!("{name} metrics on http://{metrics}/metrics");
        }
        // Not inside `log::info!`: its arguments are not evaluated when info
        // is filtered out, and the server would not wait at all.
        let signal = termination.wait();
        log::info!("{signal} received");
        server.shutdown(self.grace.0);
        Transcript::stdout().flush();
        ExitCode::SUCCESS
    }
}

/// `--lb`: the engine's [`LoadBalancing`] under gRPC's policy names.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LbPolicy {
    /// Every call to the first address that answers.
    #[value(name = "pick_first", alias = "pick-first")]
    PickFirst,
    /// Calls spread over all the addresses in turn.
    #[value(name = "round_robin", alias = "round-robin")]
    RoundRobin,
}

impl From<LbPolicy> for LoadBalancing {
    fn from(policy: LbPolicy) -> Self {
        match policy {
            LbPolicy::PickFirst => LoadBalancing::PickFirst,
            LbPolicy::RoundRobin => LoadBalancing::RoundRobin,
        }
    }
}

/// `--compression`: the engine's [`Compression`] by name.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompressionFlag {
    /// Messages sent as they are.
    #[default]
    None,
    /// gzip.
    Gzip,
    /// deflate.
    Deflate,
}

impl From<CompressionFlag> for Compression {
    fn from(flag: CompressionFlag) -> Self {
        match flag {
            CompressionFlag::None => Compression::None,
            CompressionFlag::Gzip => Compression::Gzip,
            CompressionFlag::Deflate => Compression::Deflate,
        }
    }
}

/// Flags of every client program.
#[derive(Args, Debug, Clone)]
pub struct ClientFlags {
    /// Server target: host:port, dns:host:port or ipv4:a:port,b:port
    /// [default: localhost:<the program's contract port>]
    #[arg(long)]
    pub addr: Option<String>,

    /// How long to wait for a connection before giving up
    #[arg(long, default_value_t = FlagDuration(CONNECT_TIMEOUT))]
    pub connect_timeout: FlagDuration,

    /// Deadline of the call (like 5s); past it the call fails with
    /// DEADLINE_EXCEEDED [default: none]
    #[arg(long, value_parser = parse_duration)]
    pub timeout: Option<Duration>,

    /// Largest message accepted from the server, in bytes
    #[arg(long, default_value_t = DEFAULT_MAX_RECEIVE_MESSAGE)]
    pub max_receive_message: usize,

    /// How calls are spread over the target's addresses [default: pick-first]
    #[arg(long, value_enum)]
    pub lb: Option<LbPolicy>,

    /// How requests are compressed (compressed responses are accepted
    /// whatever this says)
    #[arg(long, value_enum, default_value_t)]
    pub compression: CompressionFlag,

    /// Ping the server when the connection has been quiet this long (servers
    /// refuse more than one ping per 5 minutes by default) [default: never]
    #[arg(long)]
    pub keepalive_time: Option<FlagDuration>,

    /// With --keepalive-time: give up on a connection whose ping is not
    /// answered within this
    #[arg(long, default_value_t = FlagDuration(Keepalive::default().timeout))]
    pub keepalive_timeout: FlagDuration,

    /// Use TLS, trusting this PEM CA
    #[arg(long)]
    pub tls_ca: Option<PathBuf>,

    /// Present this PEM client certificate (mutual TLS; needs --tls-key)
    #[arg(long, requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// PEM private key of --tls-cert
    #[arg(long, requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// Check the server's certificate against this name instead of the
    /// target's host
    #[arg(long)]
    pub tls_server_name: Option<String>,
}

impl ClientFlags {
    /// The client settings these flags set.
    pub fn config(&self) -> Result<ClientConfig, Error> {
        let uses_tls =
            self.tls_ca.is_some() || self.tls_cert.is_some() || self.tls_server_name.is_some();
        let tls = if uses_tls {
            let identity = self.tls_cert.as_deref().zip(self.tls_key.as_deref());
            Some(ClientTls::from_files(
                self.tls_ca.as_deref(),
                identity,
                self.tls_server_name.as_deref(),
            )?)
        } else {
            None
        };
        Ok(ClientConfig {
            connect_timeout: self.connect_timeout.0,
            call_timeout: self.timeout,
            max_receive_message: self.max_receive_message,
            load_balancing: self.lb.map(LoadBalancing::from),
            compression: self.compression.into(),
            keepalive_time: self.keepalive_time.map(|d| d.0),
            keepalive_timeout: self.keepalive_timeout.0,
            tls,
            ..ClientConfig::default()
        })
    }

    /// A client program's life: connect, run `calls`, exit 0, or print one
    /// error line on stderr and exit 1.
    pub fn run<F, Fut>(&self, name: &str, default_port: u16, calls: F) -> ExitCode
    where
        F: FnOnce(StreamClient) -> Fut,
        Fut: Future<Output = Result<(), Error>>,
    {
        let target = self
            .addr
            .clone()
            .unwrap_or_else(|| format!("localhost:{default_port}"));
        let outcome = futures_executor::block_on(async {
            let client = StreamClient::connect(&target, &self.config()?).await?;
            calls(client).await
        });
        match outcome {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(name, &e),
        }
    }
}

fn fail(name: &str, e: &Error) -> ExitCode {
    eprintln!("{name}: {e}");
    ExitCode::FAILURE
}

/// `data` followed by `-` up to `size` bytes: the `--size` flag of every
/// implementation (Rust, Go, Python), so large messages compare across them.
pub fn padded(data: String, size: usize) -> String {
    let missing = size.saturating_sub(data.len());
    if missing == 0 {
        return data;
    }
    let mut padded = data;
    padded.extend(std::iter::repeat_n('-', missing));
    padded
}

/// How big a program's messages are: `--size` pads their data.
#[derive(Args, Debug, Clone, Copy)]
pub struct SizeFlag {
    /// Pad each message's data with '-' to this many bytes
    #[arg(long, default_value_t = 0)]
    pub size: usize,
}

impl SizeFlag {
    /// `data` padded to `--size`.
    pub fn pad(&self, data: String) -> String {
        padded(data, self.size)
    }

    /// The `i`-th message's data: `i`, padded to `--size`.
    pub fn nth(&self, i: usize) -> String {
        self.pad(i.to_string())
    }
}

/// How many messages a program sends and how far apart.
#[derive(Args, Debug, Clone, Copy)]
pub struct PaceFlags {
    /// Messages to send (servers: per call; clients: 0, 1, ..., count-1)
    #[arg(long, default_value_t = CONTRACT_COUNT)]
    pub count: usize,

    /// Milliseconds between messages, 0 for as fast as flow control allows
    /// [default: the contract's pace, 1000 for AllStream, 0 otherwise]
    #[arg(long)]
    pub interval_ms: Option<u64>,
}

impl PaceFlags {
    /// The pace, `default_interval` unless `--interval-ms` was given.
    pub fn pace(&self, default_interval: Duration) -> crate::contract::Pace {
        let interval = self
            .interval_ms
            .map_or(default_interval, Duration::from_millis);
        crate::contract::Pace::new(self.count, interval)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_fills_to_the_size_and_never_cuts() {
        assert_eq!(padded("7".into(), 4), "7---");
        assert_eq!(padded("12345".into(), 4), "12345");
        assert_eq!(padded("1".into(), 0), "1");
    }

    #[test]
    fn limits() {
        assert_eq!(parse_limit("1024"), Ok(ByteLimit(Some(1024))));
        assert_eq!(parse_limit("unlimited"), Ok(ByteLimit(None)));
        assert!(parse_limit("lots").is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("5h").is_err());
        assert!(parse_duration("-1s").is_err());
    }
}
