//! Handlers for any grpcio service: implement a generated trait's method with
//! one call to [`unary`], [`server_streaming`], [`client_streaming`] or
//! [`duplex`], and a plain function, future or stream does the rest.
//!
//! The handler says *what* to answer; this module owns *how*: one message in
//! flight per call (the sink is awaited before the next message is taken from
//! the handler, so nothing queues without bound), writes coalesced with
//! grpcio's batch hints, the call ended with the handler's status, a vanished
//! client noticed even while the handler is idle (its stream is dropped at
//! once), a panic turned into INTERNAL, and how the call ended logged once
//! with its method and peer.
//!
//! ```
//! use futures::stream::{self, StreamExt};
//! use grpc_stream::contract::helloworld::{ServerStreamReq, ServerStreamResp, ServerStreamServer};
//! use grpc_stream::serve;
//! use grpcio::{RpcContext, ServerStreamingSink};
//!
//! #[derive(Clone)]
//! struct Countdown;
//!
//! impl ServerStreamServer for Countdown {
//!     fn server_stream(
//!         &mut self,
//!         ctx: RpcContext<'_>,
//!         request: ServerStreamReq,
//!         sink: ServerStreamingSink<ServerStreamResp>,
//!     ) {
//!         serve::server_streaming(ctx, request, sink, |call, request| {
//!             log::info!("{} asks for {}", call.peer(), request.data);
//!             let from: u32 = request.data.parse().unwrap_or(0);
//!             stream::iter((0..=from).rev()).map(|n| Ok(n.to_string().into()))
//!         });
//!     }
//! }
//! ```

use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::sink::{Sink, SinkExt};
use futures::stream::{Stream, StreamExt};
use futures::FutureExt;
use futures_timer::Delay;
use grpcio::{
    ClientStreamingSink, Deadline, DuplexSink, Metadata, RequestStream, RpcContext, RpcStatus,
    RpcStatusCode, ServerStreamingSink, UnarySink, WriteFlags,
};
use log::Level;

use crate::engine::call::Call;
use crate::engine::coalesce::Coalesced;
use crate::engine::error::{describe, humanize, status_of};
use crate::engine::incoming::Incoming;
use crate::engine::log_budget::{log_within, LogBudget, LINES_PER_SECOND};
use crate::engine::metrics::{CallMetrics, Kind};

/// Serves a unary call: `handler(call, request)` is the reply, or the status
/// that ends the call.
///
/// ```
/// # use grpc_stream::serve;
/// # use grpcio::{RpcContext, UnarySink};
/// # fn echo(ctx: RpcContext<'_>, request: String, sink: UnarySink<String>) {
/// serve::unary(ctx, request, sink, |_call, request| async move { Ok(request) });
/// # }
/// ```
pub fn unary<Req, Resp, F, Fut>(
    ctx: RpcContext<'_>,
    request: Req,
    sink: UnarySink<Resp>,
    handler: F,
) where
    Req: Send + 'static,
    Resp: Send + 'static,
    F: FnOnce(Call, Req) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Resp, RpcStatus>> + Send + 'static,
{
    spawn_logged(&ctx, Kind::Unary, |call, metrics| {
        metrics.received();
        async move {
            let handling = call.clone();
            reply(sink, &call, metrics, move || handler(handling, request)).await
        }
    });
}

/// Serves a server-push call: each `Ok` of `handler(call, request)` is one
/// response, an `Err` ends the call with that status, the stream's end ends
/// it with OK. The stream is pulled only as fast as the client reads.
///
/// ```
/// # use futures::stream;
/// # use grpc_stream::serve;
/// # use grpcio::{RpcContext, ServerStreamingSink};
/// # fn three(ctx: RpcContext<'_>, request: u32, sink: ServerStreamingSink<u32>) {
/// serve::server_streaming(ctx, request, sink, |_call, n| stream::iter([Ok(n), Ok(n + 1), Ok(n + 2)]));
/// # }
/// ```
pub fn server_streaming<Req, Resp, F, S>(
    ctx: RpcContext<'_>,
    request: Req,
    sink: ServerStreamingSink<Resp>,
    handler: F,
) where
    Req: Send + 'static,
    Resp: Send + 'static,
    F: FnOnce(Call, Req) -> S + Send + 'static,
    S: Stream<Item = Result<Resp, RpcStatus>> + Send + 'static,
{
    spawn_logged(&ctx, Kind::ServerStream, |call, metrics| {
        push(sink, call, metrics, request, handler)
    });
}

/// Serves a server-push method registered with grpcio as both-ways
/// (`MethodType::Duplex`): like [`server_streaming`], except that the engine
/// reads the one request itself and ends the call with DEADLINE_EXCEEDED
/// (logged with the peer) when it has not arrived within `first_request`.
///
/// Why: grpcio reads a server-push method's request before the handler
/// runs, holding one of its request slots (1,024 per completion queue)
/// meanwhile, and nothing bounds that wait. Clients that open streams and
/// never send their request can take every slot, and then no other call
/// starts (issue 12: 3 connections x 1,000 such streams kept a normal call
/// waiting 2.5 s). Registered as both-ways the call starts at once, and this
/// bound ends it. On the wire nothing changes: a server-push client sends
/// one request and half-closes either way.
pub fn server_streaming_read<Req, Resp, F, S>(
    ctx: RpcContext<'_>,
    requests: RequestStream<Req>,
    sink: DuplexSink<Resp>,
    first_request: Duration,
    handler: F,
) where
    Req: Send + 'static,
    Resp: Send + 'static,
    F: FnOnce(Call, Req) -> S + Send + 'static,
    S: Stream<Item = Result<Resp, RpcStatus>> + Send + 'static,
{
    spawn_logged(&ctx, Kind::ServerStream, move |call, metrics| async move {
        // Kept until the call ends: dropping grpcio's request stream would
        // cancel the call.
        let mut requests = requests;
        let request = match first_of(&mut requests, first_request).await {
            Ok(request) => request,
            Err(status) => return end_with_status(sink.fail(status.clone()), status).await,
        };
        let outcome = push(sink, call, metrics, request, handler).await;
        drop(requests);
        outcome
    });
}

/// A server-push call once its request is in: the handler's responses, sent.
async fn push<Req, Resp, K, F, S>(
    sink: K,
    call: Call,
    metrics: Arc<CallMetrics>,
    request: Req,
    handler: F,
) -> Outcome
where
    Resp: Send + 'static,
    K: ResponseSink<Resp>,
    F: FnOnce(Call, Req) -> S,
    S: Stream<Item = Result<Resp, RpcStatus>> + Send + 'static,
{
    metrics.received();
    let handling = call.clone();
    let responses = guarded(move || handler(handling, request));
    send_responses(sink, &call, metrics, responses).await
}

/// The one request of a server-push call, or the status its absence ends
/// the call with.
async fn first_of<Req>(
    requests: &mut RequestStream<Req>,
    within: Duration,
) -> Result<Req, RpcStatus> {
    let arrived = futures::future::select(requests.next(), Delay::new(within)).await;
    match arrived {
        futures::future::Either::Left((Some(Ok(request)), _)) => Ok(request),
        futures::future::Either::Left((Some(Err(e)), _)) => Err(status_of(&e)),
        futures::future::Either::Left((None, _)) => Err(RpcStatus::with_message(
            RpcStatusCode::INTERNAL,
            "the client ended the call without sending its request".into(),
        )),
        futures::future::Either::Right(((), _)) => Err(RpcStatus::with_message(
            RpcStatusCode::DEADLINE_EXCEEDED,
            format!(
                "no request within {} (the server's first-message timeout)",
                humanize(within)
            ),
        )),
    }
}

/// Serves a client-push call: `handler(call, requests)` reads the requests
/// and its output is the single reply, or the status that ends the call.
///
/// ```
/// # use futures::StreamExt;
/// # use grpc_stream::serve;
/// # use grpcio::{ClientStreamingSink, RequestStream, RpcContext};
/// # fn count(ctx: RpcContext<'_>, requests: RequestStream<String>, sink: ClientStreamingSink<u64>) {
/// serve::client_streaming(ctx, requests, sink, |_call, mut requests| async move {
///     let mut count = 0;
///     while let Some(request) = requests.next().await {
///         request?;
///         count += 1;
///     }
///     Ok(count)
/// });
/// # }
/// ```
pub fn client_streaming<Req, Resp, F, Fut>(
    ctx: RpcContext<'_>,
    requests: RequestStream<Req>,
    sink: ClientStreamingSink<Resp>,
    handler: F,
) where
    Req: Send + 'static,
    Resp: Send + 'static,
    F: FnOnce(Call, Incoming<Req>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Resp, RpcStatus>> + Send + 'static,
{
    spawn_logged(&ctx, Kind::ClientStream, |call, metrics| {
        let (incoming, kept) = Incoming::new(requests, Arc::clone(&metrics));
        async move {
            let handling = call.clone();
            let outcome = reply(sink, &call, metrics, move || handler(handling, incoming)).await;
            drop(kept);
            outcome
        }
    });
}

/// Serves a both-ways call: `handler(call, requests)` returns the responses,
/// as for [`server_streaming`]; it is what drives `requests`.
///
/// ```
/// # use futures::StreamExt;
/// # use grpc_stream::serve;
/// # use grpcio::{DuplexSink, RequestStream, RpcContext};
/// # fn shout(ctx: RpcContext<'_>, requests: RequestStream<String>, sink: DuplexSink<String>) {
/// serve::duplex(ctx, requests, sink, |_call, requests| {
///     requests.map(|request| request.map(|text| text.to_uppercase()))
/// });
/// # }
/// ```
pub fn duplex<Req, Resp, F, S>(
    ctx: RpcContext<'_>,
    requests: RequestStream<Req>,
    sink: DuplexSink<Resp>,
    handler: F,
) where
    Req: Send + 'static,
    Resp: Send + 'static,
    F: FnOnce(Call, Incoming<Req>) -> S + Send + 'static,
    S: Stream<Item = Result<Resp, RpcStatus>> + Send + 'static,
{
    spawn_logged(&ctx, Kind::BidiStream, |call, metrics| {
        let (incoming, kept) = Incoming::new(requests, Arc::clone(&metrics));
        async move {
            let handling = call.clone();
            let responses = guarded(move || handler(handling, incoming));
            let outcome = send_responses(sink, &call, metrics, responses).await;
            drop(kept);
            outcome
        }
    });
}

/// How a call ended, from the server's side.
#[derive(Debug)]
enum Outcome {
    /// Every response sent, status OK delivered.
    Completed,
    /// The handler ended the call with this (non-OK) status.
    Failed(RpcStatus),
    /// The client was gone before the call ended: it cancelled, its deadline
    /// passed, or the connection broke.
    Lost(grpcio::Error),
    /// Our own code panicked (a handler's panic ends its call with INTERNAL
    /// instead); the call was cancelled.
    Panicked,
}

/// grpcio's two streaming sinks (server push, both ways) behind one interface.
trait ResponseSink<T>: Sink<(T, WriteFlags), Error = grpcio::Error> + Unpin + Send + 'static {
    fn enhance_batch(&mut self, on: bool);
    fn set_headers(&mut self, headers: Metadata);
    fn set_trailers(&mut self, trailers: Metadata);
    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>>;
}

/// grpcio's two single-reply sinks (unary, client push) behind one interface.
trait ReplySink<T>: Send + 'static {
    fn set_headers(&mut self, headers: Metadata);
    fn set_trailers(&mut self, trailers: Metadata);
    fn success(self, message: T) -> BoxFuture<'static, grpcio::Result<()>>;
    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>>;
}

macro_rules! response_sink {
    ($sink:ident) => {
        impl<T: Send + 'static> ResponseSink<T> for $sink<T> {
            fn enhance_batch(&mut self, on: bool) {
                $sink::enhance_batch(self, on)
            }

            fn set_headers(&mut self, headers: Metadata) {
                $sink::set_headers(self, headers)
            }

            fn set_trailers(&mut self, trailers: Metadata) {
                $sink::set_trailers(self, trailers)
            }

            fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>> {
                $sink::fail(self, status).boxed()
            }
        }
    };
}

macro_rules! reply_sink {
    ($sink:ident) => {
        impl<T: Send + 'static> ReplySink<T> for $sink<T> {
            fn set_headers(&mut self, headers: Metadata) {
                $sink::set_headers(self, headers)
            }

            fn set_trailers(&mut self, trailers: Metadata) {
                $sink::set_trailers(self, trailers)
            }

            fn success(self, message: T) -> BoxFuture<'static, grpcio::Result<()>> {
                $sink::success(self, message).boxed()
            }

            fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>> {
                $sink::fail(self, status).boxed()
            }
        }
    };
}

response_sink!(ServerStreamingSink);
response_sink!(DuplexSink);
reply_sink!(UnarySink);
reply_sink!(ClientStreamingSink);

/// Awaits the handler's reply (a panic counts as INTERNAL) and sends it.
async fn reply<T, K: ReplySink<T>, Fut>(
    mut sink: K,
    call: &Call,
    metrics: Arc<CallMetrics>,
    handle: impl FnOnce() -> Fut,
) -> Outcome
where
    Fut: Future<Output = Result<T, RpcStatus>>,
{
    let reply = match catch_unwind(AssertUnwindSafe(handle)) {
        Ok(reply) => AssertUnwindSafe(reply)
            .catch_unwind()
            .await
            .unwrap_or_else(|_| Err(panicked())),
        Err(_) => Err(panicked()),
    };
    if let Some(headers) = call.take_response_headers() {
        sink.set_headers(headers);
    }
    if let Some(trailers) = call.take_response_trailers() {
        sink.set_trailers(trailers);
    }
    match reply {
        Ok(message) => match sink.success(message).await {
            Ok(()) => {
                metrics.sent();
                Outcome::Completed
            }
            Err(e) => Outcome::Lost(e),
        },
        Err(status) => end_with_status(sink.fail(status.clone()), status).await,
    }
}

/// The handler's responses, with a panic (building or polling them) turned
/// into the call's end with INTERNAL. The panic's message goes to stderr
/// through the panic hook; the client only learns that the handler failed.
fn guarded<T, S>(produce: impl FnOnce() -> S) -> Responses<T>
where
    T: Send + 'static,
    S: Stream<Item = Result<T, RpcStatus>> + Send + 'static,
{
    match catch_unwind(AssertUnwindSafe(produce)) {
        Ok(responses) => AssertUnwindSafe(responses)
            .catch_unwind()
            .map(|item| item.unwrap_or_else(|_| Err(panicked())))
            .boxed(),
        Err(_) => futures::stream::once(async { Err(panicked()) }).boxed(),
    }
}

/// A handler's responses, boxed once behind the panic guard.
type Responses<T> = futures::stream::BoxStream<'static, Result<T, RpcStatus>>;

fn panicked() -> RpcStatus {
    RpcStatus::with_message(RpcStatusCode::INTERNAL, "the handler panicked".into())
}

async fn send_responses<T, K: ResponseSink<T>>(
    mut sink: K,
    call: &Call,
    metrics: Arc<CallMetrics>,
    responses: Responses<T>,
) -> Outcome {
    let mut messages = UntilStatus {
        responses,
        call: call.clone(),
        headers_done: false,
        status: None,
    };
    // `send_all` awaits the sink before pulling each message (flow control),
    // and flushes whenever the handler has nothing ready (and every 1,024
    // messages: `Coalesced`). Both steps also poll the call's end, so a
    // vanished client wakes us even while the handler idles.
    let sent = {
        let mut with_headers = HeadersFirst {
            sink: Coalesced::new(&mut sink, |sink| sink.enhance_batch(true)),
            metrics,
        };
        with_headers.send_all(&mut messages).await
    };
    if let Err(e) = sent {
        return Outcome::Lost(e);
    }
    if let Some(trailers) = call.take_response_trailers() {
        sink.set_trailers(trailers);
    }
    match messages.status {
        None => match sink.close().await {
            Ok(()) => Outcome::Completed,
            Err(e) => Outcome::Lost(e),
        },
        Some(status) => end_with_status(sink.fail(status.clone()), status).await,
    }
}

/// A handler's responses as sink items, up to its first error status, which
/// it keeps for ending the call. The first item carries the response headers
/// the handler set by then, for [`HeadersFirst`].
struct UntilStatus<T> {
    responses: Responses<T>,
    call: Call,
    headers_done: bool,
    status: Option<RpcStatus>,
}

/// A response on its way to the sink, with the call's headers on the first.
type Outgoing<T> = (T, Option<Metadata>);

impl<T> Stream for UntilStatus<T> {
    type Item = grpcio::Result<Outgoing<T>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.status.is_some() {
            return Poll::Ready(None);
        }
        let item = match self.responses.poll_next_unpin(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(item) => item,
        };
        Poll::Ready(match item {
            Some(Ok(message)) => {
                let headers = if self.headers_done {
                    None
                } else {
                    self.headers_done = true;
                    self.call.take_response_headers()
                };
                Some(Ok((message, headers)))
            }
            Some(Err(status)) => {
                self.status = Some(status);
                None
            }
            None => None,
        })
    }
}

/// The sink as [`send_responses`] feeds it: headers, when a response brings
/// them, are handed to grpcio just before that (first) response.
struct HeadersFirst<'a, K> {
    sink: Coalesced<'a, K>,
    /// Counts each response handed to grpcio.
    metrics: Arc<CallMetrics>,
}

impl<T, K: ResponseSink<T>> Sink<Outgoing<T>> for HeadersFirst<'_, K> {
    type Error = grpcio::Error;

    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
        self.sink.poll_ready_unpin(cx)
    }

    fn start_send(mut self: Pin<&mut Self>, (message, headers): Outgoing<T>) -> grpcio::Result<()> {
        if let Some(headers) = headers {
            self.sink.sink().set_headers(headers);
        }
        self.sink.start_send_unpin(message)?;
        self.metrics.sent();
        Ok(())
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
        self.sink.poll_flush_unpin(cx)
    }

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
        // Closing is `send_responses`' decision (it may fail the call instead).
        self.sink.poll_flush_unpin(cx)
    }
}

/// The outcome of ending a call with the handler's non-OK `status`.
async fn end_with_status(
    sent: impl Future<Output = grpcio::Result<()>>,
    status: RpcStatus,
) -> Outcome {
    match sent.await {
        Ok(()) => Outcome::Failed(status),
        Err(e) => Outcome::Lost(e),
    }
}

/// Starts a call of `kind`: `serve(call, metrics)` builds its future, which
/// is spawned on the call's poll thread; how the call ended is logged once
/// and counted. (A handler's panic is caught closer, in [`guarded`] and
/// [`reply`]; this catch is for ours, so a poll thread never dies.)
fn spawn_logged<F>(
    ctx: &RpcContext<'_>,
    kind: Kind,
    serve: impl FnOnce(Call, Arc<CallMetrics>) -> F,
) where
    F: Future<Output = Outcome> + Send + 'static,
{
    let call = Call::new(ctx);
    let metrics = Arc::new(CallMetrics::start(kind, call.method()));
    // Boxed: an async block keeps the future it captures and the one it
    // awaits side by side, doubling the handler's share of every call's
    // memory (measured for a both-ways call: 2.4 KB spawned; boxed, 1.1 KB
    // plus a small spawned wrapper).
    let serving =
        Box::pin(AssertUnwindSafe(serve(call.clone(), Arc::clone(&metrics))).catch_unwind());
    ctx.spawn(async move {
        let outcome = serving.await.unwrap_or(Outcome::Panicked);
        let deadline = call.deadline();
        if matches!(outcome, Outcome::Lost(_)) && !deadline.exceeded() {
            // The client's deadline timer fires first and its cancel can reach
            // us just before our own copy of the deadline passes: look again
            // after that skew to tell a missed deadline from a cancel. (The
            // handler is already gone; only this log line waits.)
            Delay::new(DEADLINE_SKEW).await;
        }
        log_outcome(&call.log_name(), &outcome, deadline);
        metrics.handled(code_of(&outcome, deadline));
    });
}

/// The status a call ended with, as metrics count it.
fn code_of(outcome: &Outcome, deadline: Deadline) -> RpcStatusCode {
    match outcome {
        Outcome::Completed => RpcStatusCode::OK,
        Outcome::Failed(status) => status.code(),
        Outcome::Lost(_) if deadline.exceeded() => RpcStatusCode::DEADLINE_EXCEEDED,
        Outcome::Lost(_) => RpcStatusCode::CANCELLED,
        Outcome::Panicked => RpcStatusCode::INTERNAL,
    }
}

/// How far apart a client's deadline and our copy of it may be (the time the
/// request took to arrive, and clock granularity).
const DEADLINE_SKEW: Duration = Duration::from_millis(100);

/// One line per call that did not complete: the Go original's `gRPC err:`
/// (within [`OUTCOME_LINES`]).
fn log_outcome(call: &str, outcome: &Outcome, deadline: Deadline) {
    let (level, line) = match outcome {
        Outcome::Completed => return,
        // A status message may come from the client (an echo): one line, escaped.
        Outcome::Failed(status) => (
            Level::Warn,
            format!("gRPC err: {call}: {}", describe(status).escape_debug()),
        ),
        Outcome::Lost(_) if deadline.exceeded() => (
            Level::Info,
            format!("gRPC err: {call}: deadline exceeded; handler stopped"),
        ),
        Outcome::Lost(e) => (
            Level::Info,
            format!("gRPC err: {call}: cancelled by the client or connection lost ({e}); handler stopped"),
        ),
        Outcome::Panicked => (
            Level::Error,
            format!("gRPC err: {call}: panicked; call cancelled"),
        ),
    };
    log_within(
        &OUTCOME_LINES,
        module_path!(),
        level,
        "call outcome",
        || line,
    );
}

/// The budget of [`log_outcome`]'s lines.
static OUTCOME_LINES: LogBudget = LogBudget::new(LINES_PER_SECOND);
