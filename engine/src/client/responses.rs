//! The responses of a streaming call, read ahead on the client's poll thread.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::channel::oneshot;
use futures::stream::{Stream, StreamExt};
use futures::FutureExt;

use super::inbox::Inbox;
use super::sending::Sending;
use crate::error::Error;

/// The responses of a streaming call: messages, then at most one error.
///
/// They are read ahead on the client's poll thread into a small inbox (at
/// most 64 messages or 1 MiB), so the caller is woken once per burst rather
/// than once per message, and a caller that stops reading still stops the
/// server (flow control). Dropping it cancels the call.
pub struct ResponseStream<T> {
    inbox: Arc<Inbox<T>>,
    /// Dropped with the stream or by [`ResponseStream::cancel`]: the reader
    /// stops and the call is cancelled.
    stop_reading: Option<oneshot::Sender<()>>,
    /// The requests of a both-ways call, to tell our own send failure from
    /// the server's status.
    sending: Option<Sending>,
    /// The call's final non-OK status, held back until the messages that
    /// came before it have been delivered.
    status: Option<grpcio::Error>,
    /// Nothing more to yield.
    ended: bool,
}

impl<T: protobuf::Message> ResponseStream<T> {
    pub(super) fn new<S>(spawner: &grpcio::Client, responses: S, sending: Option<Sending>) -> Self
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
            stop_reading: Some(stop),
            sending,
            status: None,
            ended: false,
        }
    }
}

impl<T> ResponseStream<T> {
    /// Cancels the call (as dropping the stream does) and keeps the stream:
    /// what was read ahead is still delivered, then CANCELLED.
    pub fn cancel(&mut self) {
        self.stop_reading = None;
    }

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

/// Reads a call's responses into its inbox, on the client's poll thread.
struct ReadAhead<T, S> {
    responses: S,
    inbox: Arc<Inbox<T>>,
    /// Ready once the caller dropped its [`ResponseStream`].
    stopped: oneshot::Receiver<()>,
    /// The end was put in the inbox.
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
