//! Calling any grpcio service: a connected [`Client`] (connect wait, limits,
//! TLS, load balancing, a deadline per call) that runs the three kinds of
//! streaming calls of any generated client with read-ahead, flow control and
//! one error type. Nothing here prints.
//!
//! ```no_run
//! # mod demo { include!(concat!(env!("OUT_DIR"), "/demo.rs")); }
//! use futures::StreamExt;
//! use grpc_stream_engine::{Client, ClientConfig};
//! # use demo::{demo::Number, demo_grpc::DemoClient};
//!
//! futures_executor::block_on(async {
//!     let client = Client::connect("localhost:8080", &ClientConfig::default()).await?;
//!     let stub = DemoClient::new(client.channel().clone());
//!     let from = Number { value: 3, ..Default::default() };
//!     let mut numbers = client.server_streaming(stub.countdown_opt(&from, client.call_options())?);
//!     while let Some(number) = numbers.next().await {
//!         println!("{}", number?.value);
//!     }
//!     Ok::<_, grpc_stream_engine::Error>(())
//! })?;
//! # Ok::<_, grpc_stream_engine::Error>(())
//! ```

mod inbox;
mod responses;
mod sending;

pub use responses::ResponseStream;
pub use sending::half_close;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use futures::channel::oneshot;
use futures::stream::Stream;
use grpcio::{
    CallOption, Channel, ChannelBuilder, ClientCStreamReceiver, ClientDuplexReceiver,
    ClientSStreamReceiver, EnvBuilder, LbPolicy, Metadata, RpcStatusCode, StreamingCallSink,
};

use crate::authorize::BearerToken;
use crate::config::{
    channel_arg, check_ports, Compression, Keepalive, DEFAULT_MAX_RECEIVE_MESSAGE,
    HTTP2_WRITE_BUFFER,
};
use crate::error::Error;
use crate::tls::ClientTls;
use sending::Sending;

/// How a client connects and calls.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    /// How long [`Client::connect`] waits for a ready connection.
    pub connect_timeout: Duration,
    /// Deadline of every call, from its start; `None`: no deadline.
    pub call_timeout: Option<Duration>,
    /// Largest message accepted from the server.
    pub max_receive_message: usize,
    /// Largest message sent; `None`: unlimited.
    pub max_send_message: Option<usize>,
    /// How calls are spread over the target's addresses; `None`: gRPC's
    /// default (pick-first).
    pub load_balancing: Option<LoadBalancing>,
    /// TLS settings; `None`: plaintext.
    pub tls: Option<ClientTls>,
    /// gRPC poll threads for this client's calls.
    pub poll_threads: usize,
    /// How requests are compressed (compressed responses are accepted
    /// whatever this says).
    pub compression: Compression,
    /// Ping the server when the connection has been quiet this long, to
    /// notice a dead peer behind a silent network; `None`: no keepalive.
    /// grpc-go servers (and ours with `max_ping_strikes`) refuse pings
    /// more often than every 5 minutes by default (GOAWAY "too_many_pings").
    pub keepalive_time: Option<Duration>,
    /// With keepalive: give up on the connection when a ping is not
    /// answered within this.
    pub keepalive_timeout: Duration,
    /// Sent with every call as `authorization: Bearer TOKEN`; `None`: no
    /// such header.
    pub bearer_token: Option<BearerToken>,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            connect_timeout: Duration::from_secs(10),
            call_timeout: None,
            max_receive_message: DEFAULT_MAX_RECEIVE_MESSAGE,
            max_send_message: None,
            load_balancing: None,
            tls: None,
            poll_threads: 1,
            compression: Compression::None,
            keepalive_time: None,
            keepalive_timeout: Keepalive::default().timeout,
            bearer_token: None,
        }
    }
}

/// How a client spreads its calls over the addresses a target resolves to
/// (gRPC's own policy names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadBalancing {
    /// Every call to the first address that answers.
    PickFirst,
    /// Calls spread over all the addresses in turn.
    RoundRobin,
}

/// A connection to a server, for calls of any generated client.
///
/// Make the call with the generated client's `*_opt` method and
/// [`Client::call_options`], then hand its halves to [`Client::server_streaming`],
/// [`Client::client_streaming`] or [`Client::duplex`]: the responses are read
/// ahead and the requests sent on the client's poll thread, under flow
/// control, with the server's status as the error.
///
/// Each `Client` from [`Client::connect`] has connections of its own (its
/// clones share them): two clients of one server are two TCP connections.
#[derive(Clone)]
pub struct Client {
    channel: Channel,
    /// Runs a call's reading and sending on the channel's poll threads.
    spawner: grpcio::Client,
    /// Deadline of each call, from its start.
    call_timeout: Option<Duration>,
    /// Each call's `authorization` header.
    authorization: Option<Metadata>,
}

impl Client {
    /// Connects to `target` (`host:port`, `dns:host:port`,
    /// `ipv4:a:port,b:port`, ...) and waits up to `config.connect_timeout`
    /// for the connection to be ready.
    pub async fn connect(target: &str, config: &ClientConfig) -> Result<Client, Error> {
        if target.is_empty() || target.contains('\0') {
            return Err(Error::Config(format!("{target:?} is not a gRPC target")));
        }
        check_ports(target).map_err(Error::Config)?;
        let env = Arc::new(
            EnvBuilder::new()
                .cq_count(config.poll_threads.max(1))
                .name_prefix("grpc-client")
                .build(),
        );
        // The C core shares one TCP connection among all channels with the
        // same target and arguments (its global subchannel pool): without a
        // pool of its own, a thousand clients would be one connection.
        let mut builder = ChannelBuilder::new(env)
            .use_local_subchannel_pool(true)
            .http2_write_buffer_size(channel_arg(HTTP2_WRITE_BUFFER))
            .max_receive_message_len(channel_arg(config.max_receive_message))
            .max_send_message_len(config.max_send_message.map_or(-1, channel_arg));
        builder = config.compression.apply(builder);
        if let Some(time) = config.keepalive_time {
            // Keep pinging through a quiet stream (the C core stops after 2
            // pings without data otherwise).
            builder = builder
                .keepalive_time(time)
                .keepalive_timeout(config.keepalive_timeout)
                .http2_max_pings_without_data(0);
        }
        if let Some(policy) = config.load_balancing {
            builder = builder.load_balancing_policy(match policy {
                LoadBalancing::PickFirst => LbPolicy::PickFirst,
                LoadBalancing::RoundRobin => LbPolicy::RoundRobin,
            });
        }
        if let Some(tls) = &config.tls {
            builder = tls.apply(builder);
        }
        let channel = builder.connect(target);
        if !channel.wait_for_connected(config.connect_timeout).await {
            return Err(Error::Connect {
                target: target.to_string(),
                timeout: config.connect_timeout,
                reason: last_connect_error(&channel).await,
            });
        }
        let mut client = Client::from_channel(channel).call_timeout(config.call_timeout);
        client.authorization = match &config.bearer_token {
            Some(token) => Some(token.header()?),
            None => None,
        };
        Ok(client)
    }

    /// A client over a channel you built yourself (no connect wait).
    pub fn from_channel(channel: Channel) -> Client {
        Client {
            spawner: grpcio::Client::new(channel.clone()),
            channel,
            call_timeout: None,
            authorization: None,
        }
    }

    /// Sets the deadline of every later call (`None`: no deadline).
    pub fn call_timeout(mut self, timeout: Option<Duration>) -> Client {
        self.call_timeout = timeout;
        self
    }

    /// The underlying channel, for generated clients (`FooClient::new`).
    pub fn channel(&self) -> &Channel {
        &self.channel
    }

    /// Options for a call made now: the deadline of
    /// [`ClientConfig::call_timeout`], the header of
    /// [`ClientConfig::bearer_token`].
    pub fn call_options(&self) -> CallOption {
        let options = match self.call_timeout {
            Some(timeout) => CallOption::default().timeout(timeout),
            None => CallOption::default(),
        };
        match &self.authorization {
            Some(header) => options.headers(header.clone()),
            None => options,
        }
    }

    /// Runs `work` on this client's poll thread and returns its output.
    ///
    /// A call consumed from another thread (`block_on`, another executor)
    /// pays a thread wake-up whenever it waits for the next message; one
    /// consumed here does not, which matters for many small messages. The
    /// work shares the thread with gRPC's own: it must not block.
    pub async fn run<F>(&self, work: F) -> Result<F::Output, Error>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        let (done, output) = oneshot::channel();
        self.spawner.spawn(async move {
            let _ = done.send(work.await);
        });
        output.await.map_err(|_| {
            Error::Status(grpcio::RpcStatus::with_message(
                RpcStatusCode::CANCELLED,
                "the client's poll threads stopped".into(),
            ))
        })
    }

    /// Server push: the responses of a call made with a generated client's
    /// `*_opt` method. The stream ends when the server ends the call with
    /// OK, or yields one error and ends. Dropping it cancels the call.
    pub fn server_streaming<Resp>(&self, call: ClientSStreamReceiver<Resp>) -> ResponseStream<Resp>
    where
        Resp: protobuf::Message,
    {
        ResponseStream::new(&self.spawner, call, None)
    }

    /// Client push: sends every message of `requests` on the call (on the
    /// client's poll thread, under flow control), half-closes, and returns
    /// the server's single response.
    pub async fn client_streaming<Req, Resp, S>(
        &self,
        (sink, response): (StreamingCallSink<Req>, ClientCStreamReceiver<Resp>),
        requests: S,
    ) -> Result<Resp, Error>
    where
        Req: Send + 'static,
        Resp: Unpin,
        S: Stream<Item = Req> + Send + 'static,
    {
        let mut sending = Sending::spawn(&self.spawner, sink, requests);
        // The sending keeps the call open until this has the server's
        // status (dropping its sink early would cancel the call and hide
        // that status behind CANCELLED).
        match response.await {
            Ok(response) => Ok(response),
            Err(e) => Err(sending.failure(e)),
        }
    }

    /// Both ways: sends `requests` (then half-closes) while the returned
    /// stream yields the server's responses; the two run independently, the
    /// sending on the client's poll thread. The stream ends when the server
    /// ends the call. Dropping it cancels the call and stops the sending.
    pub fn duplex<Req, Resp, S>(
        &self,
        (sink, responses): (StreamingCallSink<Req>, ClientDuplexReceiver<Resp>),
        requests: S,
    ) -> ResponseStream<Resp>
    where
        Req: Send + 'static,
        Resp: protobuf::Message,
        S: Stream<Item = Req> + Send + 'static,
    {
        let sending = Sending::spawn(&self.spawner, sink, requests);
        ResponseStream::new(&self.spawner, responses, Some(sending))
    }
}

/// Why `channel` cannot connect, in the C core's words: a call on a channel
/// in transient failure fails at once with the last connection error
/// ("Connection refused", "Ssl handshake failed: ...").
async fn last_connect_error(channel: &Channel) -> Option<String> {
    let probe = grpcio_health::HealthClient::new(channel.clone());
    let options = CallOption::default().timeout(Duration::from_secs(1));
    let reply = probe
        .check_async_opt(&Default::default(), options)
        .ok()?
        .await;
    match reply {
        // A probe that merely timed out (a handshake still under way) says nothing.
        Err(grpcio::Error::RpcFailure(status))
            if status.code() != RpcStatusCode::DEADLINE_EXCEEDED
                && !status.message().is_empty() =>
        {
            Some(status.message().to_string())
        }
        _ => None,
    }
}
