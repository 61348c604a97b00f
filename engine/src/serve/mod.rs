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
//! # mod demo { include!(concat!(env!("OUT_DIR"), "/demo.rs")); }
//! use futures::stream::{self, StreamExt, TryStreamExt};
//! use grpc_stream_engine::serve;
//! use grpcio::{ClientStreamingSink, DuplexSink, RequestStream, RpcContext};
//! use grpcio::{ServerStreamingSink, UnarySink};
//! # use demo::{demo::{Number, Text}, demo_grpc::Demo};
//!
//! #[derive(Clone)]
//! struct DemoService;
//!
//! impl Demo for DemoService {
//!     fn echo(&mut self, ctx: RpcContext<'_>, text: Text, sink: UnarySink<Text>) {
//!         serve::unary(ctx, text, sink, |_call, text| async move { Ok(text) });
//!     }
//!
//!     fn countdown(&mut self, ctx: RpcContext<'_>, from: Number, sink: ServerStreamingSink<Number>) {
//!         serve::server_streaming(ctx, from, sink, |call, from| {
//!             log::info!("{} counts down from {}", call.peer(), from.value);
//!             stream::iter((0..=from.value).rev()).map(|value| Ok(Number { value, ..Default::default() }))
//!         });
//!     }
//!
//!     fn sum(&mut self, ctx: RpcContext<'_>, numbers: RequestStream<Number>, sink: ClientStreamingSink<Number>) {
//!         serve::client_streaming(ctx, numbers, sink, |_call, numbers| async move {
//!             let value = numbers.try_fold(0, |sum, n| async move { Ok(sum + n.value) }).await?;
//!             Ok(Number { value, ..Default::default() })
//!         });
//!     }
//!
//!     fn shout(&mut self, ctx: RpcContext<'_>, texts: RequestStream<Text>, sink: DuplexSink<Text>) {
//!         serve::duplex(ctx, texts, sink, |_call, texts| {
//!             texts.map_ok(|text| Text { text: text.text.to_uppercase(), ..Default::default() })
//!         });
//!     }
//! }
//! ```

mod outcome;
mod sending;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{Stream, StreamExt};
use futures_timer::Delay;
use grpcio::{
    ClientStreamingSink, DuplexSink, RequestStream, RpcContext, RpcStatus, RpcStatusCode,
    ServerStreamingSink, UnarySink,
};

use crate::call::Call;
use crate::error::status_of;
use crate::incoming::Incoming;
use crate::metrics::{CallMetrics, Kind};
use outcome::{end_with_status, spawn_logged, Outcome};
use sending::{guarded, reply, send_responses, ResponseSink};

/// How long a call served by [`server_streaming_as_duplex`] may go without
/// its request: far longer than any healthy client takes, short enough that
/// held streams do not pile up.
pub const DEFAULT_FIRST_MESSAGE_TIMEOUT: Duration = Duration::from_secs(10);

/// Serves a unary call: `handler(call, request)` is the reply, or the status
/// that ends the call.
///
/// ```
/// # use grpc_stream_engine::serve;
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
/// # use grpc_stream_engine::serve;
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

/// Serves a server-push method that the service registers with grpcio as
/// both-ways (`MethodType::Duplex`, so its generated `create_*` function is
/// not used for it): like [`server_streaming`], except that the engine reads
/// the one request itself and ends the call with DEADLINE_EXCEEDED (logged
/// with the peer) when it has not arrived within `first_message_timeout`
/// ([`DEFAULT_FIRST_MESSAGE_TIMEOUT`] is a sound value).
///
/// Why: grpcio reads a server-push method's request before the handler
/// runs, holding one of its request slots (1,024 per completion queue)
/// meanwhile, and nothing bounds that wait: clients that open streams and
/// never send their request can take every slot, and then no other call
/// starts (README, "Security"). Registered as both-ways the call starts at
/// once, and the timeout ends it. On the wire nothing changes: a server-push
/// client sends one request and half-closes either way.
pub fn server_streaming_as_duplex<Req, Resp, F, S>(
    ctx: RpcContext<'_>,
    requests: RequestStream<Req>,
    sink: DuplexSink<Resp>,
    first_message_timeout: Duration,
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
        let request = match first_of(&mut requests, first_message_timeout).await {
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
            format!("no request within {within:?} (the server's first-message timeout)"),
        )),
    }
}

/// Serves a client-push call: `handler(call, requests)` reads the requests
/// and its output is the single reply, or the status that ends the call.
///
/// ```
/// # use futures::StreamExt;
/// # use grpc_stream_engine::serve;
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
/// # use grpc_stream_engine::serve;
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
