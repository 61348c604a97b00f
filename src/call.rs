//! What every server-side handler shares: requests as a stream of results,
//! responses sent under flow control, and how the call ended, logged.
//!
//! The three services only say *what* to send; this module owns *how*: one
//! message in flight per call (the sink is awaited before the next message is
//! taken from the handler), writes coalesced with grpcio's batch hints, the
//! call ended with the handler's status, and a vanished client noticed even
//! while the handler is idle, so production stops at once.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::sink::{Sink, SinkExt};
use futures::stream::{BoxStream, Stream, StreamExt};
use futures::FutureExt;
use futures_timer::Delay;
use grpcio::{
    ClientStreamingSink, Deadline, DuplexSink, RequestStream, RpcContext, RpcStatus, RpcStatusCode,
    ServerStreamingSink, UnarySink, WriteFlags,
};
use log::{error, info, warn};

use crate::error::status_of;

/// The requests of a client-push or both-ways call, as the handler sees them.
///
/// A broken request (bytes that are not the message, a `data` field that is
/// not UTF-8) or a call that ended underneath the handler comes out as the
/// status the call should end with, so handlers can use `?`.
///
/// Dropping it does not cancel the call (grpcio's request stream would): the
/// call ends with the handler's status, sent after the handler is done.
pub struct Incoming<T> {
    requests: Option<RequestStream<T>>,
    kept: Kept<T>,
}

/// Where a dropped [`Incoming`] leaves its request stream until the call's
/// status is out.
type Kept<T> = Arc<Mutex<Option<RequestStream<T>>>>;

impl<T> Incoming<T> {
    fn new(requests: RequestStream<T>) -> (Self, Kept<T>) {
        let kept = Kept::default();
        let incoming = Incoming {
            requests: Some(requests),
            kept: Arc::clone(&kept),
        };
        (incoming, kept)
    }
}

impl<T> Stream for Incoming<T> {
    type Item = Result<T, RpcStatus>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let Some(requests) = self.requests.as_mut() else {
            return Poll::Ready(None);
        };
        requests
            .poll_next_unpin(cx)
            .map(|item| item.map(|request| request.map_err(|e| status_of(&e))))
    }
}

impl<T> Drop for Incoming<T> {
    fn drop(&mut self) {
        if let (Some(requests), Ok(mut kept)) = (self.requests.take(), self.kept.lock()) {
            *kept = Some(requests);
        }
    }
}

/// Decodes a request like grpcio's protobuf codec, and logs a failure: for a
/// unary request grpcio ends the call with INTERNAL before the handler runs.
pub(crate) fn decode_logged<T: protobuf::Message>(
    reader: grpcio::MessageReader,
) -> grpcio::Result<T> {
    grpcio::pb_de(reader).inspect_err(|e| {
        let type_name = std::any::type_name::<T>();
        let short = type_name.rsplit("::").next().unwrap_or(type_name);
        let reason = status_of(e);
        warn!(
            "gRPC err: cannot decode a {short} request: {}; the call ends with INTERNAL",
            reason.message()
        );
    })
}

/// The responses a handler produces: a message each, or the status that ends
/// the call early. The call ends with OK when the stream ends.
pub type Responses<T> = BoxStream<'static, Result<T, RpcStatus>>;

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
    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>>;
}

impl<T: Send + 'static> ResponseSink<T> for ServerStreamingSink<T> {
    fn enhance_batch(&mut self, on: bool) {
        ServerStreamingSink::enhance_batch(self, on)
    }

    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>> {
        ServerStreamingSink::fail(self, status).boxed()
    }
}

impl<T: Send + 'static> ResponseSink<T> for DuplexSink<T> {
    fn enhance_batch(&mut self, on: bool) {
        DuplexSink::enhance_batch(self, on)
    }

    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>> {
        DuplexSink::fail(self, status).boxed()
    }
}

/// Runs a server-push call on its poll thread: `produce`s the responses,
/// sends them, ends the call, logs how it ended.
pub(crate) fn spawn_server_stream<T: Send + 'static>(
    ctx: &RpcContext<'_>,
    sink: ServerStreamingSink<T>,
    produce: impl FnOnce() -> Responses<T> + Send + 'static,
) {
    spawn_logged(
        ctx,
        async move { send_responses(sink, guarded(produce)).await },
    );
}

/// Runs a both-ways call: hands the requests to `handle`, sends the
/// responses it yields, ends the call, logs how it ended.
pub(crate) fn spawn_duplex<Req: Send + 'static, Resp: Send + 'static>(
    ctx: &RpcContext<'_>,
    requests: RequestStream<Req>,
    sink: DuplexSink<Resp>,
    handle: impl FnOnce(Incoming<Req>) -> Responses<Resp> + Send + 'static,
) {
    let (incoming, kept) = Incoming::new(requests);
    spawn_logged(ctx, async move {
        let outcome = send_responses(sink, guarded(|| handle(incoming))).await;
        drop(kept);
        outcome
    });
}

/// Runs a client-push call: hands the requests to `handle`, sends its single
/// reply (or status), logs how the call ended.
pub(crate) fn spawn_client_stream<Req: Send + 'static, Resp: Send + 'static>(
    ctx: &RpcContext<'_>,
    requests: RequestStream<Req>,
    sink: ClientStreamingSink<Resp>,
    handle: impl FnOnce(Incoming<Req>) -> BoxFuture<'static, Result<Resp, RpcStatus>> + Send + 'static,
) {
    let (incoming, kept) = Incoming::new(requests);
    spawn_logged(ctx, async move {
        let outcome = reply(sink, || handle(incoming)).await;
        drop(kept);
        outcome
    });
}

/// Runs a unary call: sends the handler's reply (or status), logs how the
/// call ended.
pub(crate) fn spawn_unary<T: Send + 'static>(
    ctx: &RpcContext<'_>,
    sink: UnarySink<T>,
    handle: impl FnOnce() -> BoxFuture<'static, Result<T, RpcStatus>> + Send + 'static,
) {
    spawn_logged(ctx, reply(sink, handle));
}

/// grpcio's two single-reply sinks (unary, client push) behind one interface.
trait ReplySink<T>: Send + 'static {
    fn success(self, message: T) -> BoxFuture<'static, grpcio::Result<()>>;
    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>>;
}

impl<T: Send + 'static> ReplySink<T> for UnarySink<T> {
    fn success(self, message: T) -> BoxFuture<'static, grpcio::Result<()>> {
        UnarySink::success(self, message).boxed()
    }

    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>> {
        UnarySink::fail(self, status).boxed()
    }
}

impl<T: Send + 'static> ReplySink<T> for ClientStreamingSink<T> {
    fn success(self, message: T) -> BoxFuture<'static, grpcio::Result<()>> {
        ClientStreamingSink::success(self, message).boxed()
    }

    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>> {
        ClientStreamingSink::fail(self, status).boxed()
    }
}

/// Awaits the handler's reply (a panic counts as INTERNAL) and sends it.
async fn reply<T, K: ReplySink<T>>(
    sink: K,
    handle: impl FnOnce() -> BoxFuture<'static, Result<T, RpcStatus>>,
) -> Outcome {
    let reply = match catch_unwind(AssertUnwindSafe(handle)) {
        Ok(reply) => AssertUnwindSafe(reply)
            .catch_unwind()
            .await
            .unwrap_or_else(|_| Err(panicked())),
        Err(_) => Err(panicked()),
    };
    match reply {
        Ok(message) => match sink.success(message).await {
            Ok(()) => Outcome::Completed,
            Err(e) => Outcome::Lost(e),
        },
        Err(status) => end_with_status(sink.fail(status.clone()), status).await,
    }
}

/// The handler's responses, with a panic (building or polling them) turned
/// into the call's end with INTERNAL. The panic's message goes to stderr
/// through the panic hook; the client only learns that the handler failed.
fn guarded<T: Send + 'static>(produce: impl FnOnce() -> Responses<T>) -> Responses<T> {
    match catch_unwind(AssertUnwindSafe(produce)) {
        Ok(responses) => AssertUnwindSafe(responses)
            .catch_unwind()
            .map(|item| item.unwrap_or_else(|_| Err(panicked())))
            .boxed(),
        Err(_) => futures::stream::once(async { Err(panicked()) }).boxed(),
    }
}

fn panicked() -> RpcStatus {
    RpcStatus::with_message(RpcStatusCode::INTERNAL, "the handler panicked".into())
}

async fn send_responses<T, K: ResponseSink<T>>(mut sink: K, responses: Responses<T>) -> Outcome {
    // Coalesce writes: every message but the last before the handler pauses
    // goes out with the buffer hint, so the C core batches them on the wire.
    sink.enhance_batch(true);
    let mut messages = UntilStatus {
        responses,
        status: None,
    };
    // `send_all` awaits the sink before pulling each message (flow control),
    // and flushes whenever the handler has nothing ready. Both steps also poll
    // the call's end, so a vanished client wakes us even while the handler idles.
    if let Err(e) = sink.send_all(&mut messages).await {
        return Outcome::Lost(e);
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
/// it keeps for ending the call.
struct UntilStatus<T> {
    responses: Responses<T>,
    status: Option<RpcStatus>,
}

impl<T> Stream for UntilStatus<T> {
    type Item = grpcio::Result<(T, WriteFlags)>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.status.is_some() {
            return Poll::Ready(None);
        }
        let item = match self.responses.poll_next_unpin(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(item) => item,
        };
        Poll::Ready(match item {
            Some(Ok(message)) => Some(Ok((message, WriteFlags::default()))),
            Some(Err(status)) => {
                self.status = Some(status);
                None
            }
            None => None,
        })
    }
}

/// The outcome of ending a call with the handler's non-OK `status`.
async fn end_with_status(
    sent: impl std::future::Future<Output = grpcio::Result<()>>,
    status: RpcStatus,
) -> Outcome {
    match sent.await {
        Ok(()) => Outcome::Failed(status),
        Err(e) => Outcome::Lost(e),
    }
}

/// Spawns a call's future on its poll thread and logs how the call ended,
/// once. (A handler's panic is caught closer, in [`guarded`] and [`reply`];
/// this catch is for ours, so a poll thread never dies.)
fn spawn_logged(
    ctx: &RpcContext<'_>,
    call: impl std::future::Future<Output = Outcome> + Send + 'static,
) {
    let call_name = format!(
        "{} (peer {})",
        String::from_utf8_lossy(ctx.method()),
        ctx.peer()
    );
    let deadline = ctx.deadline();
    ctx.spawn(async move {
        let outcome = AssertUnwindSafe(call)
            .catch_unwind()
            .await
            .unwrap_or(Outcome::Panicked);
        if matches!(outcome, Outcome::Lost(_)) && !deadline.exceeded() {
            // The client's deadline timer fires first and its cancel can reach
            // us just before our own copy of the deadline passes: look again
            // after that skew to tell a missed deadline from a cancel. (The
            // handler is already gone; only this log line waits.)
            Delay::new(DEADLINE_SKEW).await;
        }
        log_outcome(&call_name, &outcome, deadline);
    });
}

/// How far apart a client's deadline and our copy of it may be (the time the
/// request took to arrive, and clock granularity).
const DEADLINE_SKEW: Duration = Duration::from_millis(100);

/// One line per call that did not complete: the Go original's `gRPC err:`.
fn log_outcome(call: &str, outcome: &Outcome, deadline: Deadline) {
    match outcome {
        Outcome::Completed => {}
        Outcome::Failed(status) => warn!("gRPC err: {call}: {}", crate::error::describe(status)),
        Outcome::Lost(_) if deadline.exceeded() => {
            info!("gRPC err: {call}: deadline exceeded; handler stopped")
        }
        Outcome::Lost(e) => {
            info!("gRPC err: {call}: cancelled by the client or connection lost ({e}); handler stopped")
        }
        Outcome::Panicked => error!("gRPC err: {call}: panicked; call cancelled"),
    }
}
