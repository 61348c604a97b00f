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

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use futures::channel::oneshot;
use futures::future::{self, Either};
use futures::sink::SinkExt;
use futures::stream::{Stream, StreamExt};
use futures::FutureExt;
use grpcio::{
    CallOption, Channel, ChannelBuilder, EnvBuilder, LbPolicy, RpcStatusCode, StreamingCallSink,
    WriteFlags,
};

use crate::config::{
    channel_arg, CONNECT_TIMEOUT, DEFAULT_MAX_RECEIVE_MESSAGE, HTTP2_WRITE_BUFFER,
};
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
    /// Runs a call's reading and sending on the channel's poll threads.
    spawner: grpcio::Client,
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
            .http2_write_buffer_size(channel_arg(HTTP2_WRITE_BUFFER))
            .max_receive_message_len(channel_arg(config.max_receive_message))
            .max_send_message_len(config.max_send_message.map_or(-1, channel_arg));
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
            spawner: grpcio::Client::new(channel.clone()),
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
        Ok(ResponseStream::new(&self.spawner, responses, None))
    }

    /// Client push: sends every message of `requests` (on the client's poll
    /// thread), half-closes, and returns the server's single response.
    pub async fn client_stream<S>(&self, requests: S) -> Result<ClientStreamResp, Error>
    where
        S: Stream<Item = ClientStreamReq> + Send + 'static,
    {
        let (sink, response) = self.client_stream.client_stream_opt(self.options())?;
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
    pub fn all_stream<S>(&self, requests: S) -> Result<ResponseStream<AllStreamResp>, Error>
    where
        S: Stream<Item = AllStreamReq> + Send + 'static,
    {
        let (sink, responses) = self.all_stream.all_stream_opt(self.options())?;
        let sending = Sending::spawn(&self.spawner, sink, requests);
        Ok(ResponseStream::new(&self.spawner, responses, Some(sending)))
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

/// The sending half of a client-push or both-ways call, running on the
/// client's poll thread: the caller is not woken once per message sent.
struct Sending {
    outcome: oneshot::Receiver<grpcio::Result<()>>,
    /// Dropped by the caller: stop sending (and let the call go).
    _stop: oneshot::Sender<()>,
}

impl Sending {
    /// Sends `requests` then half-closes, under flow control.
    fn spawn<Req, S>(
        spawner: &grpcio::Client,
        mut sink: StreamingCallSink<Req>,
        requests: S,
    ) -> Sending
    where
        Req: Send + 'static,
        S: Stream<Item = Req> + Send + 'static,
    {
        let (sent_tx, outcome) = oneshot::channel();
        let (stop, mut stopped) = oneshot::channel::<()>();
        spawner.spawn(async move {
            let sending = Box::pin(send_and_close(&mut sink, requests));
            // The caller going away ends sending at once, even while
            // `requests` has nothing ready.
            let sent = match future::select(sending, &mut stopped).await {
                Either::Left((sent, _)) => sent,
                Either::Right(_) => return,
            };
            let keep_call_open = matches!(&sent, Err(e) if !failed_locally(e));
            let _ = sent_tx.send(sent);
            if keep_call_open {
                // The server ended the call: keep the sink (dropping it
                // cancels) until the caller has read the status.
                let _ = stopped.await;
            }
            // A local failure drops the sink here, which cancels the call.
        });
        Sending {
            outcome,
            _stop: stop,
        }
    }

    /// The error the call ended with: the server's status, unless we
    /// cancelled the call ourselves because sending failed.
    fn failure(&mut self, e: grpcio::Error) -> Error {
        if is_cancelled(&e) {
            if let Ok(Some(Err(send_error))) = self.outcome.try_recv() {
                return send_error.into();
            }
        }
        e.into()
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

/// The responses of a streaming call: messages, then at most one error.
///
/// They are read ahead on the client's poll thread into a small inbox (at
/// most [`INBOX_MESSAGES`] messages or [`INBOX_BYTES`] bytes), so the caller
/// is woken once per burst rather than once per message, and a caller that
/// stops reading still stops the server (flow control). Dropping it cancels
/// the call.
pub struct ResponseStream<T> {
    inbox: Arc<Inbox<T>>,
    /// Dropped with the stream: the reader stops and the call is cancelled.
    _stop_reading: oneshot::Sender<()>,
    sending: Option<Sending>,
    /// The call's final non-OK status, held back until the messages that
    /// came before it have been delivered.
    status: Option<grpcio::Error>,
    ended: bool,
}

/// Messages read ahead per call, at most.
pub const INBOX_MESSAGES: usize = 64;
/// Bytes of messages read ahead per call, at most (one larger message is
/// still taken when the inbox is empty).
pub const INBOX_BYTES: usize = 1 << 20;

impl<T: protobuf::Message> ResponseStream<T> {
    fn new<S>(spawner: &grpcio::Client, responses: S, sending: Option<Sending>) -> Self
    where
        S: Stream<Item = grpcio::Result<T>> + Send + Unpin + 'static,
    {
        let inbox = Arc::new(Inbox::default());
        let (stop, stopped) = oneshot::channel();
        spawner.spawn(ReadAhead {
            responses,
            inbox: Arc::clone(&inbox),
            stopped,
            done: false,
        });
        ResponseStream {
            inbox,
            _stop_reading: stop,
            sending,
            status: None,
            ended: false,
        }
    }
}

impl<T> ResponseStream<T> {
    fn end_with(&mut self, e: grpcio::Error) -> Poll<Option<Result<T, Error>>> {
        self.ended = true;
        let error = match &mut self.sending {
            Some(sending) => sending.failure(e),
            None => e.into(),
        };
        Poll::Ready(Some(Err(error)))
    }
}

impl<T> Stream for ResponseStream<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        while !self.ended {
            let item = match self.inbox.poll_take(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(item) => item,
            };
            match item {
                Some(Ok(message)) => return Poll::Ready(Some(Ok(message))),
                // grpcio reports the call's status as soon as it arrives, ahead
                // of messages received before it; reading on yields those.
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

/// Responses read ahead, between the reader on the poll thread and the caller.
struct Inbox<T> {
    state: Mutex<InboxState<T>>,
}

struct InboxState<T> {
    /// Each response with its encoded size.
    items: VecDeque<(grpcio::Result<T>, usize)>,
    bytes: usize,
    /// The reader is done: nothing more will come.
    ended: bool,
    /// Set while the reader waits for room.
    reader: Option<Waker>,
    /// Set while the caller waits for a response.
    caller: Option<Waker>,
}

impl<T> Default for Inbox<T> {
    fn default() -> Self {
        Inbox {
            state: Mutex::new(InboxState {
                items: VecDeque::new(),
                bytes: 0,
                ended: false,
                reader: None,
                caller: None,
            }),
        }
    }
}

impl<T> Inbox<T> {
    fn lock(&self) -> MutexGuard<'_, InboxState<T>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The caller's side: the next response, `None` once the reader is done.
    fn poll_take(&self, cx: &mut Context<'_>) -> Poll<Option<grpcio::Result<T>>> {
        let mut state = self.lock();
        match state.items.pop_front() {
            Some((item, size)) => {
                state.bytes -= size;
                // Wake a waiting reader only once half the room is free, so
                // it runs once per burst too.
                let half_empty =
                    state.items.len() <= INBOX_MESSAGES / 2 && state.bytes <= INBOX_BYTES / 2;
                let reader = if half_empty {
                    state.reader.take()
                } else {
                    None
                };
                drop(state);
                if let Some(reader) = reader {
                    reader.wake();
                }
                Poll::Ready(Some(item))
            }
            None if state.ended => Poll::Ready(None),
            None => {
                state.caller = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }

    /// The reader's side: takes `item`, wakes a waiting caller.
    fn put(&self, item: Option<grpcio::Result<T>>, size: usize) {
        let mut state = self.lock();
        match item {
            Some(item) => {
                state.bytes += size;
                state.items.push_back((item, size));
            }
            None => state.ended = true,
        }
        let caller = state.caller.take();
        drop(state);
        if let Some(caller) = caller {
            caller.wake();
        }
    }

    fn is_full(&self, cx: &mut Context<'_>) -> bool {
        let mut state = self.lock();
        let full = state.items.len() >= INBOX_MESSAGES || state.bytes >= INBOX_BYTES;
        if full {
            state.reader = Some(cx.waker().clone());
        }
        full
    }
}

/// Reads a call's responses into its inbox, on the client's poll thread.
struct ReadAhead<T, S> {
    responses: S,
    inbox: Arc<Inbox<T>>,
    stopped: oneshot::Receiver<()>,
    done: bool,
}

impl<T, S> Future for ReadAhead<T, S>
where
    T: protobuf::Message,
    S: Stream<Item = grpcio::Result<T>> + Unpin,
{
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // The caller dropped the stream: returning drops `responses`, which
        // cancels the call.
        if self.stopped.poll_unpin(cx).is_ready() {
            return Poll::Ready(());
        }
        loop {
            if self.inbox.is_full(cx) {
                return Poll::Pending;
            }
            let item = match self.responses.poll_next_unpin(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(item) => item,
            };
            let ended = item.is_none();
            let size = match &item {
                Some(Ok(message)) => message.compute_size() as usize,
                _ => 0,
            };
            self.inbox.put(item, size);
            if ended {
                self.done = true;
                return Poll::Ready(());
            }
        }
    }
}

impl<T, S> Drop for ReadAhead<T, S> {
    /// A reader dropped before its call ended (the client's poll threads
    /// shutting down) must not leave the caller waiting.
    fn drop(&mut self) {
        if !self.done {
            self.inbox
                .put(Some(Err(grpcio::Error::RpcFinished(None))), 0);
            self.inbox.put(None, 0);
        }
    }
}
