//! A client program's flags and life: connect, calls, one error line.

use std::future::Future;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;

use super::flags::{fail, parse_duration, CompressionFlag, FlagDuration, LbPolicy};
use crate::contract::StreamClient;
use grpc_stream_engine::{
    BearerToken, Client, ClientConfig, ClientTls, Error, Keepalive, LoadBalancing, ServerConfig,
};

/// Flags of every client program.
#[derive(Args, Debug, Clone)]
pub struct ClientFlags {
    /// Server target: host:port, dns:host:port or ipv4:a:port,b:port
    /// [default: localhost:<the program's contract port>]
    #[arg(long)]
    pub addr: Option<String>,

    /// How long to wait for a connection before giving up
    #[arg(long, default_value_t = FlagDuration(ClientConfig::default().connect_timeout))]
    pub connect_timeout: FlagDuration,

    /// Deadline of the call (like 5s); past it the call fails with
    /// DEADLINE_EXCEEDED [default: none]
    #[arg(long, value_parser = parse_duration)]
    pub timeout: Option<Duration>,

    /// Largest message accepted from the server, in bytes
    #[arg(long, default_value_t = ServerConfig::DEFAULT_MAX_RECEIVE_MESSAGE)]
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

    /// Send the bearer token in this file (its first line) with every call
    /// (`authorization: Bearer TOKEN`)
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
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
            bearer_token: self
                .token_file
                .as_deref()
                .map(BearerToken::from_file)
                .transpose()?,
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
        self.run_with(name, default_port, |client| {
            calls(StreamClient::from(client))
        })
    }

    /// [`ClientFlags::run`] with the engine's [`Client`], for any service.
    pub fn run_with<F, Fut>(&self, name: &str, default_port: u16, calls: F) -> ExitCode
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = Result<(), Error>>,
    {
        let target = self.target(default_port);
        let outcome = futures_executor::block_on(async {
            let client = Client::connect(&target, &self.config()?).await?;
            calls(client).await
        });
        match outcome {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(name, &e),
        }
    }

    /// `--addr`, or `localhost:<default_port>`.
    pub fn target(&self, default_port: u16) -> String {
        self.addr
            .clone()
            .unwrap_or_else(|| format!("localhost:{default_port}"))
    }
}
