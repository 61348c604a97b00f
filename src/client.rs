//! Calling the three services: a connected [`StreamClient`] whose calls are
//! futures and streams. Nothing here prints; the example programs do.
//!
//! ```no_run
//! use futures::StreamExt;
//! use grpc_stream::{ClientConfig, StreamClient};
//! use grpc_stream::proto::helloworld::ServerStreamReq;
//!
//! futures_executor::block_on(async {
//!     let client = StreamClient::connect("localhost:50053", &ClientConfig::default()).await?;
//!     let mut request = ServerStreamReq::new();
//!     request.data = "1".into();
//!     let mut responses = client.server_stream(request)?;
//!     while let Some(response) = responses.next().await {
//!         println!("{}", response?.data);
//!     }
//!     Ok::<_, grpc_stream::Error>(())
//! })?;
//! # Ok::<_, grpc_stream::Error>(())
//! ```

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::channel::oneshot;
use futures::future::{self, Either};
use futures::sink::SinkExt;
use futures::stream::{BoxStream, Stream, StreamExt};
use grpcio::{
    CallOption, Channel, ChannelBuilder, EnvBuilder, LbPolicy, RpcStatusCode, StreamingCallSink,
    WriteFlags,
};

use crate::config::{CONNECT_TIMEOUT, DEFAULT_MAX_RECEIVE_MESSAGE};
use crate::error::Error;
use crate::proto::helloworld::{
    AllStreamReq, AllStreamResp, AllStreamServerClient, ClientStreamReq, ClientStreamResp,
    ClientStreamServerClient, ServerStreamReq, ServerStreamResp, ServerStreamServerClient,
};
use crate::tls::ClientTls;

/// How a client connects and calls.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    /// How long [`StreamClient::connect`] waits for a ready connection.
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
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            connect_timeout: CONNECT_TIMEOUT,
            call_timeout: None,
            max_receive_message: DEFAULT_MAX_RECEIVE_MESSAGE,
            max_send_message: None,
            load_balancing: None,
            tls: None,
            poll_threads: 1,
        }
    }
}

/// How a client spreads its calls over the addresses a target resolves to
/// (gRPC's own policy names).
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadBalancing {
    /// Every call to the first address that answers.
    #[value(name = "pick_first", alias = "pick-first")]
    PickFirst,
    /// Calls spread over all the addresses in turn.
    #[value(name = "round_robin", alias = "round-robin")]
    RoundRobin,
}

/// A connection to a server hosting any of the three services.
#[derive(Clone)]
pub struct StreamClient {
    channel: Channel,
    server_stream: ServerStreamServerClient,
    client_stream: ClientStreamServerClient,
    all_stream: AllStreamServerClient,
    call_timeout: Option<Duration>,
}

impl StreamClient {
    /// Connects to `target` (`host:port`, `dns:host:port`,
    /// `ipv4:a:port,b:port`, ...) and waits up to `config.connect_timeout`
    /// for the connection to be ready.
    pub async fn connect(target: &str, config: &ClientConfig) -> Result<StreamClient, Error> {
        if target.is_empty() || target.contains('\0') {
            return Err(Error::Config(format!("{target:?} is not a gRPC target")));
        }
        crate::config::check_ports(target).map_err(Error::Config)?;
        let env = Arc::new(
            EnvBuilder::new()
                .cq_count(config.poll_threads.max(1))
                .name_prefix("grpc-client")
                .build(),
        );
        let mut builder = ChannelBuilder::new(env)
            .max_receive_message_len(i32::try_from(config.max_receive_message).unwrap_or(i32::MAX))
            .max_send_message_len(
                config
                    .max_send_message
                    .map_or(-1, |n| i32::try_from(n).unwrap_or(i32::MAX)),
            );
        if let Some(policy) = config.load_balancing {
            builder = builder.load_balancing_policy(match policy {
                LoadBalancing::PickFirst => LbPolicy::PickFirst,
                LoadBalancing::RoundRobin => LbPolicy::RoundRobin,
            });
        }
        if let Some(tls) = &config.tls {
            builder = tls.apply(builder)?;
        }
        let channel = builder.connect(target);
        if !channel.wait_for_connected(config.connect_timeout).await {
            return Err(Error::Connect {
                target: target.to_string(),
                timeout: config.connect_timeout,
                reason: last_connect_error(&channel).await,
            });
        }
        Ok(StreamClient::from_channel(channel).call_timeout(config.call_timeout))
    }

    /// A client over a channel you built yourself (no connect wait).
    pub fn from_channel(channel: Channel) -> StreamClient {
        StreamClient {
            server_stream: ServerStreamServerClient::new(channel.clone()),
            client_stream: ClientStreamServerClient::new(channel.clone()),
            all_stream: AllStreamServerClient::new(channel.clone()),
            channel,
            call_timeout: None,
        }
    }

    /// Sets the deadline of every later call (`None`: no deadline).
    pub fn call_timeout(mut self, timeout: Option<Duration>) -> StreamClient {
        self.call_timeout = timeout;
        self
    }

    /// The underlying channel.
    pub fn channel(&self) -> &Channel {
        &self.channel
    }

    fn options(&self) -> CallOption {
        match self.call_timeout {
            Some(timeout) => CallOption::default().timeout(timeout),
            None => CallOption::default(),
        }
    }

    /// Server push: sends `request`, returns the server's responses. The
    /// stream ends when the server ends the call with OK, or yields one error
    /// and ends. Dropping it cancels the call.
    pub fn server_stream(
        &self,
        request: ServerStreamReq,
    ) -> Result<ResponseStream<ServerStreamResp>, Error> {
        let responses = self
            .server_stream
            .server_stream_opt(&request, self.options())?;
        Ok(ResponseStream::new(responses.boxed(), None))
    }

    /// Client push: sends every message of `requests`, half-closes, and
    /// returns the server's single response.
    pub async fn client_stream<S>(&self, requests: S) -> Result<ClientStreamResp, Error>
    where
        S: Stream<Item = ClientStreamReq>,
    {
        let (mut sink, response) = self.client_stream.client_stream_opt(self.options())?;
        let sent = send_and_close(&mut sink, requests).await;
        if let Err(e) = &sent {
            if failed_locally(e) {
                // The call is still open and nothing will end it: cancel.
                sink.cancel();
            }
        }
        // Otherwise the call has ended (or ends) with the server's status:
        // read it before the sink goes, or dropping the sink cancels the call
        // and hides that status behind CANCELLED.
        let outcome = response.await;
        drop(sink);
        match (sent, outcome) {
            (_, Ok(response)) => Ok(response),
            (Err(send_error), Err(e)) if is_cancelled(&e) => Err(send_error.into()),
            (_, Err(e)) => Err(e.into()),
        }
    }

    /// Both ways: sends `requests` (then half-closes) while the returned
    /// stream yields the server's responses; the two run independently, the
    /// sending on the client's poll thread. The stream ends when the server
    /// ends the call. Dropping it cancels the call and stops the sending.
    pub fn all_stream<S>(&self, requests: S) -> Result<ResponseStream<AllStreamResp>, Error>
    where
        S: Stream<Item = AllStreamReq> + Send + 'static,
    {
        let (mut sink, responses) = self.all_stream.all_stream_opt(self.options())?;
        let (sent_tx, sent_rx) = oneshot::channel();
        let (stop_tx, mut stop_rx) = oneshot::channel::<()>();
        self.all_stream.spawn(async move {
            let sending = Box::pin(send_and_close(&mut sink, requests));
            // The response side going away (dropping `stop_tx`) ends sending
            // at once, even while `requests` has nothing ready.
            let sent = match future::select(sending, &mut stop_rx).await {
                Either::Left((sent, _)) => sent,
                Either::Right(_) => return,
            };
            let keep_call_open = matches!(&sent, Err(e) if !failed_locally(e));
            let _ = sent_tx.send(sent);
            if keep_call_open {
                // The server ended the call: keep the sink (dropping it
                // cancels) until the response side has read the status.
                let _ = stop_rx.await;
            }
        });
        Ok(ResponseStream::new(
            responses.boxed(),
            Some(Sending {
                outcome: sent_rx,
                _stop: stop_tx,
            }),
        ))
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

/// Sends every message under flow control, coalescing writes, then half-closes.
async fn send_and_close<Req, S>(
    sink: &mut StreamingCallSink<Req>,
    requests: S,
) -> grpcio::Result<()>
where
    S: Stream<Item = Req>,
{
    sink.enhance_batch(true);
    let requests = requests.map(|request| Ok((request, WriteFlags::default())));
    futures::pin_mut!(requests);
    sink.send_all(&mut requests).await?;
    sink.close().await
}

/// A send error that leaves the call open (the message could not be encoded),
/// as opposed to one that reports the call's end.
fn failed_locally(e: &grpcio::Error) -> bool {
    !matches!(
        e,
        grpcio::Error::RpcFailure(_) | grpcio::Error::RpcFinished(_) | grpcio::Error::RemoteStopped
    )
}

fn is_cancelled(e: &grpcio::Error) -> bool {
    matches!(e, grpcio::Error::RpcFailure(status) if status.code() == RpcStatusCode::CANCELLED)
}

/// The sending half of a both-ways call, seen from its response stream.
struct Sending {
    outcome: oneshot::Receiver<grpcio::Result<()>>,
    _stop: oneshot::Sender<()>,
}

/// The responses of a streaming call: messages, then at most one error.
pub struct ResponseStream<T> {
    responses: BoxStream<'static, grpcio::Result<T>>,
    sending: Option<Sending>,
    /// The call's final non-OK status, held back until the messages that
    /// came before it have been delivered.
    status: Option<grpcio::Error>,
    ended: bool,
}

impl<T> ResponseStream<T> {
    fn new(responses: BoxStream<'static, grpcio::Result<T>>, sending: Option<Sending>) -> Self {
        ResponseStream {
            responses,
            sending,
            status: None,
            ended: false,
        }
    }

    /// The error the call ended with: the server's status, unless we
    /// cancelled the call ourselves because sending failed.
    fn failure(&mut self, e: grpcio::Error) -> Error {
        if is_cancelled(&e) {
            if let Some(Ok(Some(Err(send_error)))) =
                self.sending.as_mut().map(|s| s.outcome.try_recv())
            {
                return send_error.into();
            }
        }
        e.into()
    }

    fn end_with(&mut self, e: grpcio::Error) -> Poll<Option<Result<T, Error>>> {
        self.ended = true;
        Poll::Ready(Some(Err(self.failure(e))))
    }
}

impl<T> Stream for ResponseStream<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        while !self.ended {
            let item = match self.responses.poll_next_unpin(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(item) => item,
            };
            match item {
                Some(Ok(message)) => return Poll::Ready(Some(Ok(message))),
                // grpcio reports the call's status as soon as it arrives, ahead
                // of messages received before it; polling on yields those.
                Some(Err(e @ grpcio::Error::RpcFailure(_))) if self.status.is_none() => {
                    self.status = Some(e);
                }
                Some(Err(e)) => {
                    let first = self.status.take().unwrap_or(e);
                    return self.end_with(first);
                }
                None => match self.status.take() {
                    Some(e) => return self.end_with(e),
                    None => self.ended = true,
                },
            }
        }
        Poll::Ready(None)
    }
}
