//! Hosting services: [`ServerBuilder`] starts one grpcio server with any
//! services, the standard health service, limits and call logging;
//! [`RunningServer`] is it running, until its graceful shutdown.
//!
//! ```
//! # mod demo { include!(concat!(env!("OUT_DIR"), "/demo.rs")); }
//! # use demo::demo::{Number, Text};
//! # use grpcio::{ClientStreamingSink, DuplexSink, RequestStream, RpcContext};
//! # use grpcio::{ServerStreamingSink, UnarySink, unimplemented_call};
//! # #[derive(Clone)]
//! # struct DemoService;
//! # impl demo::demo_grpc::Demo for DemoService {
//! #     fn echo(&mut self, ctx: RpcContext<'_>, _: Text, sink: UnarySink<Text>) { unimplemented_call!(ctx, sink) }
//! #     fn countdown(&mut self, ctx: RpcContext<'_>, _: Number, sink: ServerStreamingSink<Number>) { unimplemented_call!(ctx, sink) }
//! #     fn sum(&mut self, ctx: RpcContext<'_>, _: RequestStream<Number>, sink: ClientStreamingSink<Number>) { unimplemented_call!(ctx, sink) }
//! #     fn shout(&mut self, ctx: RpcContext<'_>, _: RequestStream<Text>, sink: DuplexSink<Text>) { unimplemented_call!(ctx, sink) }
//! # }
//! use std::time::Duration;
//! use grpc_stream_engine::{NamedService, ServerBuilder};
//!
//! impl NamedService for DemoService {
//!     const NAME: &'static str = "demo.Demo";
//!     // For server reflection (grpcurl and the like).
//!     const DESCRIPTORS: &'static [u8] = include_bytes!(concat!(env!("OUT_DIR"), "/demo.desc"));
//!
//!     fn into_service(self) -> grpcio::Service {
//!         demo::demo_grpc::create_demo(self)
//!     }
//! }
//!
//! let server = ServerBuilder::new("127.0.0.1:0").host(DemoService).start()?;
//! println!("listening on {}", server.addr());
//! server.shutdown(Duration::from_secs(5));
//! # Ok::<_, grpc_stream_engine::Error>(())
//! ```

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::{self, Either};
use futures_executor::block_on;
use futures_timer::Delay;
use grpcio::{
    ChannelBuilder, CheckResult, EnvBuilder, ResourceQuota, RpcContext, RpcStatus, RpcStatusCode,
    ServerChecker, ServerCredentials,
};
use grpcio_health::{HealthService, ServingStatus};
use log::{error, info, warn, Level};

use crate::authorize::{Authorization, Authorize};
use crate::call_rate::CallRateLimit;
use crate::config::{
    channel_arg, check_ports, millis_arg, Compression, ServerConfig, HTTP2_WRITE_BUFFER,
};
use crate::error::Error;
use crate::log_budget::{log_within, LogBudget};
use crate::reflection::{self, Index, ENGINE_DESCRIPTORS, ENGINE_SERVICES};

/// A service that knows its full name (`package.Service`), so a server can
/// host it with [`ServerBuilder::host`]. For a generated `create_*` function's
/// output, use [`ServerBuilder::service`] with the name instead.
pub trait NamedService {
    /// Full name, as health checks and logs know it.
    const NAME: &'static str;

    /// The descriptor set of its protos (`protoc --include_imports
    /// --descriptor_set_out`), for server reflection; empty: none.
    const DESCRIPTORS: &'static [u8] = &[];

    /// The grpcio service to register.
    fn into_service(self) -> grpcio::Service;
}

/// Builds and starts a server; see the module example.
pub struct ServerBuilder {
    addr: String,
    config: ServerConfig,
    poll_threads: usize,
    credentials: Option<ServerCredentials>,
    /// Each hosted service with the name health checks report it under.
    services: Vec<(String, grpcio::Service)>,
    /// Serve `grpc.reflection.v1` and `v1alpha` (default: yes).
    reflection: bool,
    /// How responses are compressed.
    compression: Compression,
    /// What reflection describes besides the engine's own services.
    descriptor_sets: Vec<Vec<u8>>,
    /// Who may call (none: anyone).
    authorization: Option<Authorization>,
}

impl ServerBuilder {
    /// A server that will listen on `addr` (`host:port`; port 0 picks a free one).
    pub fn new(addr: impl Into<String>) -> Self {
        ServerBuilder {
            addr: addr.into(),
            config: ServerConfig::default(),
            poll_threads: default_poll_threads(),
            credentials: None,
            services: Vec::new(),
            reflection: true,
            compression: Compression::None,
            descriptor_sets: Vec::new(),
            authorization: None,
        }
    }

    /// Decides at each call's start whether it may run (before any handler,
    /// health and reflection included: allow their methods for probes
    /// without credentials); refusals end the call with the status given
    /// and one log line each (bounded per second). Default: anyone may call.
    pub fn authorize(mut self, check: impl Authorize) -> Self {
        self.authorization = Some(Authorization::new(check));
        self
    }

    /// Message sizes, streams, memory, keepalive and connection policy
    /// (default: [`ServerConfig::default`]).
    pub fn config(mut self, config: ServerConfig) -> Self {
        self.config = config;
        self
    }

    /// How responses are compressed (default: not at all). Compressed
    /// requests are accepted whatever this says.
    pub fn compression(mut self, compression: Compression) -> Self {
        self.compression = compression;
        self
    }

    /// gRPC poll threads (completion queues) running the handlers; default:
    /// one per CPU.
    pub fn poll_threads(mut self, threads: usize) -> Self {
        self.poll_threads = threads.max(1);
        self
    }

    /// Serve over TLS with these credentials (see [`crate::ServerTls`]); default: plaintext.
    pub fn credentials(mut self, credentials: ServerCredentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Hosts a service that knows its name (and its descriptors, for reflection).
    pub fn host<S: NamedService>(mut self, service: S) -> Self {
        if !S::DESCRIPTORS.is_empty() {
            self = self.file_descriptor_set(S::DESCRIPTORS);
        }
        self.service(S::NAME, service.into_service())
    }

    /// Describes services to reflection clients (grpcurl, evans, Postman):
    /// the descriptor set of your protos, imports included (`protoc
    /// --include_imports --descriptor_set_out=FILE`, typically
    /// `include_bytes!`d). Call it once per set; a file in several sets is
    /// described once.
    pub fn file_descriptor_set(mut self, set: impl Into<Vec<u8>>) -> Self {
        self.descriptor_sets.push(set.into());
        self
    }

    /// Whether to serve server reflection (`grpc.reflection.v1` and
    /// `v1alpha`); default: yes.
    pub fn reflection(mut self, on: bool) -> Self {
        self.reflection = on;
        self
    }

    /// Hosts any grpcio service (for example your own, from its generated
    /// `create_*` function), reported by health checks under `name`
    /// (`package.Service`).
    pub fn service(mut self, name: impl Into<String>, service: grpcio::Service) -> Self {
        self.services.push((name.into(), service));
        self
    }

    /// Binds, starts serving, and marks every hosted service SERVING.
    pub fn start(self) -> Result<RunningServer, Error> {
        if self.addr.rsplit_once(':').is_none() {
            return Err(Error::Config(format!("{:?} is not host:port", self.addr)));
        }
        check_ports(&self.addr).map_err(Error::Config)?;
        let env = Arc::new(
            EnvBuilder::new()
                .cq_count(self.poll_threads)
                .name_prefix("grpc-poll")
                .build(),
        );
        let draining = Arc::new(AtomicBool::new(false));
        let mut builder = grpcio::ServerBuilder::new(Arc::clone(&env)).channel_args(
            self.compression
                .apply(config_as_args(&env, &self.config))
                .build_args(),
        );
        // First, so a refused call costs no log line of its own.
        if let Some(per_second) = self.config.max_call_rate {
            builder = builder.add_checker(CallRateLimit::new(per_second));
        }
        if let Some(authorization) = self.authorization {
            builder = builder.add_checker(authorization);
        }
        builder = builder
            .add_checker(CallLog)
            .add_checker(RefuseWhileDraining(Arc::clone(&draining)));
        let health = HealthService::default();
        builder = builder.register_service(grpcio_health::create_health(health.clone()));
        let mut names = Vec::with_capacity(self.services.len());
        for (name, service) in self.services {
            builder = builder.register_service(service);
            names.push(name);
        }
        if self.reflection {
            let listed = names
                .iter()
                .cloned()
                .chain(ENGINE_SERVICES.map(String::from));
            let sets = std::iter::once(ENGINE_DESCRIPTORS)
                .chain(self.descriptor_sets.iter().map(Vec::as_slice));
            builder = builder.register_service(reflection::service(Index::new(listed, sets)?));
        }
        let mut server = builder
            .build()
            .map_err(|e| Error::Config(format!("cannot create the server: {e}")))?;
        let credentials = self.credentials.unwrap_or_else(ServerCredentials::insecure);
        let port = server
            .add_listening_port(self.addr.as_str(), credentials)
            .map_err(|_| Error::Bind {
                addr: self.addr.clone(),
            })?;
        server.start();

        health.set_serving_status("", ServingStatus::Serving);
        for name in &names {
            health.set_serving_status(name, ServingStatus::Serving);
        }
        let addr = with_port(&self.addr, port);
        info!("serving {} on {addr}", names.join(", "));
        Ok(RunningServer {
            server,
            addr,
            health,
            draining,
        })
    }
}

/// A started server. Stop it with [`RunningServer::shutdown`]; merely dropping
/// it cancels every call still running.
pub struct RunningServer {
    server: grpcio::Server,
    /// Where it listens, with the real port.
    addr: String,
    /// Turned NOT_SERVING when shutdown begins.
    health: HealthService,
    /// Set when shutdown begins; see [`RefuseWhileDraining`].
    draining: Arc<AtomicBool>,
}

/// How long cancelled calls get to unwind before shutdown stops waiting for them.
const CANCEL_WAIT: Duration = Duration::from_secs(5);

/// How a shutdown went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShutdownReport {
    /// Every running call finished on its own within the grace period.
    pub drained: bool,
    /// From the start of the shutdown to the last call's end.
    pub elapsed: Duration,
}

impl RunningServer {
    /// The address it listens on, with the real port (`127.0.0.1:41234`).
    pub fn addr(&self) -> &str {
        &self.addr
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.addr
            .rsplit_once(':')
            .and_then(|(_, port)| port.parse().ok())
            .unwrap_or(0)
    }

    /// The health service, to set per-service status (`grpc.health.v1`).
    pub fn health(&self) -> &HealthService {
        &self.health
    }

    /// Stops the server gracefully and blocks until it has stopped.
    ///
    /// Health checks turn NOT_SERVING and the server stops accepting calls
    /// (new calls fail with UNAVAILABLE); calls already running get `grace`
    /// to finish with their own status; whatever still runs then is cancelled
    /// (its client sees UNAVAILABLE or CANCELLED).
    pub fn shutdown(mut self, grace: Duration) -> ShutdownReport {
        let started = Instant::now();
        self.draining.store(true, Ordering::Release);
        self.health.shutdown();
        info!(
            "shutting down {}: refusing new calls, running calls have {}ms to finish",
            self.addr,
            grace.as_millis()
        );
        let stopped = self.server.shutdown();
        let drained = match block_on(future::select(stopped, Delay::new(grace))) {
            Either::Left((_, _)) => true,
            Either::Right((_, stopped)) => {
                warn!("grace period over: cancelling the calls still running");
                self.server.cancel_all_calls();
                if let Either::Right(_) = block_on(future::select(stopped, Delay::new(CANCEL_WAIT)))
                {
                    error!(
                        "calls still running {}s after cancelling them",
                        CANCEL_WAIT.as_secs()
                    );
                }
                false
            }
        };
        let report = ShutdownReport {
            drained,
            elapsed: started.elapsed(),
        };
        info!(
            "stopped in {}ms ({})",
            report.elapsed.as_millis(),
            if drained {
                "all calls finished"
            } else {
                "calls cancelled after the grace period"
            }
        );
        report
    }
}

/// A logging interceptor, as far as grpcio allows: logs every
/// call's full method name before its handler runs (at most 1,000 lines a
/// second, [`crate::set_call_log_budget`]; past that, how many were held
/// back). (How each call ends is
/// logged by the handlers' common code in [`crate::serve`].) Add it to your own
/// `grpcio::ServerBuilder` with `add_checker(CallLog)`; [`ServerBuilder`] does.
#[derive(Clone, Copy, Debug, Default)]
pub struct CallLog;

impl ServerChecker for CallLog {
    fn check(&mut self, ctx: &RpcContext<'_>) -> CheckResult {
        log_within(
            &CALL_LINES,
            module_path!(),
            Level::Info,
            "call start",
            || {
                format!(
                    "gRPC method: {} (peer {})",
                    String::from_utf8_lossy(ctx.method()),
                    ctx.peer()
                )
            },
        );
        CheckResult::Continue
    }

    fn box_clone(&self) -> Box<dyn ServerChecker> {
        Box::new(*self)
    }
}

/// The budget of [`CallLog`]'s lines.
static CALL_LINES: LogBudget = LogBudget::per_process();

/// Refuses calls with UNAVAILABLE once shutdown has begun. The C core's
/// graceful GOAWAY still admits streams a client opened before it saw the
/// GOAWAY; this makes "no new calls" hold for those too.
#[derive(Clone)]
struct RefuseWhileDraining(Arc<AtomicBool>);

impl ServerChecker for RefuseWhileDraining {
    fn check(&mut self, ctx: &RpcContext<'_>) -> CheckResult {
        if !self.0.load(Ordering::Acquire) {
            return CheckResult::Continue;
        }
        info!(
            "refused {} (peer {}): shutting down",
            String::from_utf8_lossy(ctx.method()),
            ctx.peer()
        );
        CheckResult::Abort(RpcStatus::with_message(
            RpcStatusCode::UNAVAILABLE,
            "the server is shutting down".into(),
        ))
    }

    fn box_clone(&self) -> Box<dyn ServerChecker> {
        Box::new(self.clone())
    }
}

/// The config as channel arguments (grpcio takes a server's settings from a
/// channel builder).
fn config_as_args(env: &Arc<grpcio::Environment>, config: &ServerConfig) -> ChannelBuilder {
    let mut builder = ChannelBuilder::new(Arc::clone(env))
        .max_receive_message_len(config.max_receive_message.map_or(-1, channel_arg))
        .max_send_message_len(config.max_send_message.map_or(-1, channel_arg))
        .max_concurrent_stream(i32::try_from(config.max_concurrent_streams).unwrap_or(i32::MAX))
        .http2_bdp_probe(config.bdp_probe)
        .http2_write_buffer_size(channel_arg(HTTP2_WRITE_BUFFER))
        .keepalive_time(config.keepalive.time)
        .keepalive_timeout(config.keepalive.timeout)
        .http2_min_recv_ping_interval_without_data(config.keepalive.min_ping_interval)
        .http2_max_ping_strikes(
            i32::try_from(config.keepalive.max_ping_strikes).unwrap_or(i32::MAX),
        )
        .raw_cfg_int(
            c"grpc.server_handshake_timeout_ms".into(),
            millis_arg(config.handshake_timeout),
        );
    for (key, value) in [
        (c"grpc.max_connection_idle_ms", config.max_connection_idle),
        (c"grpc.max_connection_age_ms", config.max_connection_age),
        (
            c"grpc.max_connection_age_grace_ms",
            config.max_connection_age_grace,
        ),
    ] {
        if let Some(value) = value {
            builder = builder.raw_cfg_int(key.into(), millis_arg(value));
        }
    }
    if let Some(bytes) = config.memory_quota {
        builder = builder
            .set_resource_quota(ResourceQuota::new(Some("grpc-stream")).resize_memory(bytes));
    }
    builder
}

fn default_poll_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// `host:0` with the port the server really got.
fn with_port(addr: &str, port: u16) -> String {
    match addr.rsplit_once(':') {
        Some((host, _)) => format!("{host}:{port}"),
        None => format!("{addr}:{port}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_port_replaces_the_requested_port() {
        assert_eq!(with_port("127.0.0.1:0", 4321), "127.0.0.1:4321");
        assert_eq!(with_port("[::1]:0", 80), "[::1]:80");
    }
}
