//! Outgoing messages coalesced into few writes, and still flowing.
//!
//! grpcio's `enhance_batch` sends every message of a burst with the C core's
//! buffer hint, and the last one without when the sender flushes (when its
//! source has nothing ready). The core holds a stream's hinted messages until
//! it has buffered the HTTP/2 write buffer's worth (256 KiB: 12,000 messages
//! of 16 B), so a source that never pauses made its peer wait for each such
//! block: 16 server-push calls of 12,500 small messages each went out whole at
//! their ends. [`Coalesced`] also flushes every [`FLUSH_EVERY`] messages,
//! which keeps small messages flowing (server push 16 B x 16 streams: 1.58x,
//! BENCHMARKS.md) while larger ones still go out by the byte limit first
//! (1,024 messages of 1 KiB are 4 of its blocks). Servers' responses and
//! clients' requests go through it.
//!
//! With the patched core, grpcio also frames the messages that arrive while
//! a send is in flight into one C core operation (`frame_batches`, up to
//! [`FRAMED_BATCH_BYTES`]): a burst of small messages costs a few trips
//! through the core instead of one each. Framed batches go out without the
//! buffer hint, so the count flush is not needed then ([`Flush::OnPause`]).

use std::pin::Pin;
use std::task::{ready, Context, Poll};

use futures::sink::{Sink, SinkExt};
use grpcio::WriteFlags;

/// Messages sent with the buffer hint before the sender flushes.
pub(crate) const FLUSH_EVERY: usize = 1024;

/// Bytes of one framed batch, at most: 64 KiB is where a message stops being
/// small (larger ones gain nothing from sharing an operation), and what one
/// HTTP/2 write of a stream's default window carries.
pub(crate) const FRAMED_BATCH_BYTES: usize = 64 << 10;

/// When [`Coalesced`] flushes besides its user's flushes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Flush {
    /// Every [`FLUSH_EVERY`] messages too (messages sent with the buffer hint).
    EveryFewMessages,
    /// Only when its user does (framed batches, sent without the hint).
    OnPause,
}

/// A grpcio sink taking plain messages, flushed every [`FLUSH_EVERY`]
/// messages (unless framing) as well as whenever its user flushes. Closing
/// it only flushes: how the call ends is its user's decision.
pub(crate) struct Coalesced<'a, K> {
    sink: &'a mut K,
    /// Messages handed to grpcio since the last flush.
    unflushed: usize,
    flush: Flush,
}

impl<'a, K> Coalesced<'a, K> {
    /// Turns on grpcio's write coalescing through `enable`, which says how
    /// the sink sends: with the buffer hint, or in framed batches.
    pub(crate) fn new(sink: &'a mut K, enable: impl FnOnce(&mut K) -> Flush) -> Self {
        let flush = enable(sink);
        Coalesced {
            sink,
            unflushed: 0,
            flush,
        }
    }

    /// The sink itself (for what comes before a message, like headers).
    pub(crate) fn sink(&mut self) -> &mut K {
        self.sink
    }
}

impl<T, K> Sink<T> for Coalesced<'_, K>
where
    K: Sink<(T, WriteFlags), Error = grpcio::Error> + Unpin,
{
    type Error = grpcio::Error;

    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
        if self.flush == Flush::EveryFewMessages && self.unflushed >= FLUSH_EVERY {
            ready!(self.as_mut().poll_flush(cx))?;
        }
        self.sink.poll_ready_unpin(cx)
    }

    fn start_send(mut self: Pin<&mut Self>, message: T) -> grpcio::Result<()> {
        self.sink
            .start_send_unpin((message, WriteFlags::default()))?;
        self.unflushed += 1;
        Ok(())
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
        ready!(self.sink.poll_flush_unpin(cx))?;
        self.unflushed = 0;
        Poll::Ready(Ok(()))
    }

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
        self.poll_flush(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    /// A grpcio-like sink that records how many messages it had taken at
    /// each flush.
    #[derive(Default)]
    struct Recording {
        sent: usize,
        flushed_at: Vec<usize>,
        coalescing: bool,
    }

    impl Sink<(u32, WriteFlags)> for Recording {
        type Error = grpcio::Error;

        fn poll_ready(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
            Poll::Ready(Ok(()))
        }

        fn start_send(mut self: Pin<&mut Self>, _: (u32, WriteFlags)) -> grpcio::Result<()> {
            self.sent += 1;
            Ok(())
        }

        fn poll_flush(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
            let sent = self.sent;
            self.flushed_at.push(sent);
            Poll::Ready(Ok(()))
        }

        fn poll_close(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
            unreachable!("Coalesced never closes its sink")
        }
    }

    fn send(total: usize, source: impl futures::Stream<Item = u32> + Unpin) -> Recording {
        send_flushing(total, source, Flush::EveryFewMessages)
    }

    fn send_flushing(
        total: usize,
        source: impl futures::Stream<Item = u32> + Unpin,
        flush: Flush,
    ) -> Recording {
        let mut sink = Recording::default();
        let mut coalesced = Coalesced::new(&mut sink, |s| {
            s.coalescing = true;
            flush
        });
        let mut source = source.map(Ok);
        futures_executor::block_on(coalesced.send_all(&mut source)).unwrap();
        futures_executor::block_on(coalesced.close()).unwrap();
        assert_eq!(sink.sent, total);
        assert!(sink.coalescing);
        sink
    }

    #[test]
    fn a_source_that_never_pauses_is_flushed_every_so_many_messages() {
        let total = 2 * FLUSH_EVERY + 500;
        let sink = send(total, futures::stream::iter(0..total as u32));
        // The end of the source flushes, and closing flushes again.
        assert_eq!(
            sink.flushed_at,
            [FLUSH_EVERY, 2 * FLUSH_EVERY, total, total]
        );
    }

    #[test]
    fn framed_batches_are_flushed_only_when_the_source_pauses() {
        let total = 2 * FLUSH_EVERY + 500;
        let sink = send_flushing(
            total,
            futures::stream::iter(0..total as u32),
            Flush::OnPause,
        );
        assert_eq!(sink.flushed_at, [total, total]);
    }

    #[test]
    fn a_pause_in_the_source_flushes_and_restarts_the_count() {
        let first = futures::stream::iter(0..10u32);
        // Pending once (and woken at once) after 10 messages.
        let mut polled = false;
        let pending_once = futures::stream::poll_fn(move |cx| {
            if polled {
                Poll::Ready(None)
            } else {
                polled = true;
                cx.waker().wake_by_ref();
                Poll::Pending
            }
        });
        let rest = futures::stream::iter(10..(10 + FLUSH_EVERY as u32 + 5));
        let source = first.chain(pending_once).chain(rest);
        let sink = send(FLUSH_EVERY + 15, source);
        assert_eq!(
            sink.flushed_at,
            [10, 10 + FLUSH_EVERY, FLUSH_EVERY + 15, FLUSH_EVERY + 15]
        );
    }
}
