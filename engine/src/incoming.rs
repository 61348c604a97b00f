//! The requests of a client-push or both-ways call, as its handler reads them.

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use futures::stream::{Stream, StreamExt};
use grpcio::{RequestStream, RpcStatus};

use crate::error::status_of;
use crate::metrics::CallMetrics;

/// The requests of a client-push or both-ways call, as the handler sees them.
///
/// A broken request (bytes that are not the message) or a call that ended
/// underneath the handler comes out as the status the call should end with,
/// so handlers can use `?`.
///
/// Dropping it does not cancel the call (grpcio's request stream would): the
/// call ends with the handler's status, sent after the handler is done.
pub struct Incoming<T> {
    requests: Option<RequestStream<T>>,
    /// Where a dropped `Incoming` leaves its request stream until the call's
    /// status is out.
    kept: Kept<T>,
    /// Counts each request received.
    metrics: Arc<CallMetrics>,
}

/// The engine's hold on a dropped [`Incoming`]'s request stream.
pub(crate) type Kept<T> = Arc<Mutex<Option<RequestStream<T>>>>;

impl<T> Incoming<T> {
    /// The handler's view of `requests`, and the engine's hold on them.
    pub(crate) fn new(requests: RequestStream<T>, metrics: Arc<CallMetrics>) -> (Self, Kept<T>) {
        let kept = Kept::default();
        let incoming = Incoming {
            requests: Some(requests),
            kept: Arc::clone(&kept),
            metrics,
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
        let item = requests.poll_next_unpin(cx);
        if let Poll::Ready(Some(Ok(_))) = item {
            self.metrics.received();
        }
        item.map(|item| item.map(|request| request.map_err(|e| status_of(&e))))
    }
}

impl<T> Drop for Incoming<T> {
    fn drop(&mut self) {
        if let (Some(requests), Ok(mut kept)) = (self.requests.take(), self.kept.lock()) {
            *kept = Some(requests);
        }
    }
}
