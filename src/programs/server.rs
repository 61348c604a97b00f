//! A server program's flags and life: start, readiness line, signal,
//! graceful stop.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;

use super::flags::{fail, parse_limit, CompressionFlag, FlagDuration, Limit};
use super::signals::Termination;
use crate::contract::Transcript;
use grpc_stream_engine::{Error, Keepalive, ServerBuilder, ServerConfig, ServerTls};

/// How long a stopping program lets in-flight calls finish before cancelling
/// them (`--grace`).
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

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
    #[arg(long, default_value_t = Limit(Some(ServerConfig::DEFAULT_MAX_RECEIVE_MESSAGE)), value_parser = parse_limit)]
    pub max_receive_message: Limit,

    /// Largest message sent, in bytes [default: unlimited]
    #[arg(long)]
    pub max_send_message: Option<usize>,

    /// Concurrent streams per client connection; further calls wait at the client
    #[arg(long, default_value_t = ServerConfig::default().max_concurrent_streams)]
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
    #[arg(long, default_value_t = FlagDuration(ServerConfig::default().handshake_timeout))]
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
    /// closes the connection; 0: never, every ping is answered (the default:
    /// in this C core, pings after a strike-out cost memory, see README)
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

    /// Calls one client connection may start per second (a burst of that
    /// many); past it, calls fail with RESOURCE_EXHAUSTED before any handler
    /// runs, and a warning names the connection
    #[arg(long, default_value_t = Limit(None), value_parser = parse_limit)]
    pub max_call_rate: Limit,

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
    /// The server configuration these flags set.
    pub fn config(&self) -> ServerConfig {
        ServerConfig {
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
            max_call_rate: self
                .max_call_rate
                .0
                .map(|calls| u32::try_from(calls).unwrap_or(u32::MAX)),
        }
    }

    fn builder(&self, default_port: u16) -> Result<ServerBuilder, Error> {
        let addr = self
            .addr
            .clone()
            .unwrap_or_else(|| format!("127.0.0.1:{default_port}"));
        let mut builder = ServerBuilder::new(addr)
            .config(self.config())
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
            .map(grpc_stream_engine::metrics::serve_metrics)
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
