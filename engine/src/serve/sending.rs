//! How a handler's answer reaches grpcio: its responses sent one in flight at
//! a time with coalesced writes, its single reply, the response headers and
//! trailers the handler set, and a handler's panic turned into INTERNAL.

use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::sink::{Sink, SinkExt};
use futures::stream::{Stream, StreamExt};
use futures::FutureExt;
use grpcio::{
    ClientStreamingSink, DuplexSink, Metadata, RpcStatus, RpcStatusCode, ServerStreamingSink,
    UnarySink, WriteFlags,
};

use super::outcome::{end_with_status, Outcome};
use crate::call::Call;
use crate::coalesce::Coalesced;
use crate::metrics::CallMetrics;

/// grpcio's two streaming sinks (server push, both ways) behind one interface.
pub(super) trait ResponseSink<T>:
    Sink<(T, WriteFlags), Error = grpcio::Error> + Unpin + Send + 'static
{
    fn frame_batches(&mut self, max_batch_bytes: Option<usize>);
    fn set_headers(&mut self, headers: Metadata);
    fn set_trailers(&mut self, trailers: Metadata);
    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>>;
}

/// grpcio's two single-reply sinks (unary, client push) behind one interface.
pub(super) trait ReplySink<T>: Send + 'static {
    fn set_headers(&mut self, headers: Metadata);
    fn set_trailers(&mut self, trailers: Metadata);
    fn success(self, message: T) -> BoxFuture<'static, grpcio::Result<()>>;
    fn fail(self, status: RpcStatus) -> BoxFuture<'static, grpcio::Result<()>>;
}

macro_rules! response_sink {
    ($sink:ident) => {
        impl<T: Send + 'static> ResponseSink<T> for $sink<T> {
            fn frame_batches(&mut self, max_batch_bytes: Option<usize>) {
                $sink::frame_batches(self, max_batch_bytes)
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
pub(super) async fn reply<T, K: ReplySink<T>, Fut>(
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
pub(super) fn guarded<T, S>(produce: impl FnOnce() -> S) -> Responses<T>
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

pub(super) async fn send_responses<T, K: ResponseSink<T>>(
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
    // frames what the handler has ready behind the send in flight, and
    // flushes whenever the handler has nothing ready (`Coalesced`). Both steps also poll the call's end, so a
    // vanished client wakes us even while the handler idles.
    let sent = {
        let mut with_headers = HeadersFirst {
            sink: Coalesced::new(&mut sink, |sink, bytes| sink.frame_batches(Some(bytes))),
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
