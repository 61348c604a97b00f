//! Outgoing messages framed many to a C-core send, and flushed whenever
//! the sender pauses.
//!
//! grpcio (with our patches) frames the messages that arrive while a send
//! is in flight into the next one (`frame_batches`, up to
//! [`FRAMED_BATCH_BYTES`]): a burst of small messages costs a few trips
//! through the C core instead of one each, and each framed send goes out at
//! once (no buffer hint), so nothing waits for a write buffer to fill.
//! [`Coalesced`] flushes when its user does: `send_all` flushes whenever
//! the source has nothing ready. Servers' responses and clients' requests go
//! through it. (Before framed sends, grpcio's `enhance_batch` held hinted
//! messages until 256 KiB had gathered, and this sink also flushed every
//! 1,024 messages: BENCHMARKS.md.)

use std::pin::Pin;
use std::task::{Context, Poll};

use futures::sink::{Sink, SinkExt};
use grpcio::WriteFlags;

/// Bytes of one framed batch, at most: 64 KiB is where a message stops being
/// small (larger ones gain nothing from sharing an operation), and what one
/// HTTP/2 write of a stream's default window carries.
pub(crate) const FRAMED_BATCH_BYTES: usize = 64 << 10;

/// A grpcio sink taking plain messages, framed into batches. Closing it only
/// flushes: how the call ends is its user's decision.
pub(crate) struct Coalesced<'a, K> {
    sink: &'a mut K,
}

impl<'a, K> Coalesced<'a, K> {
    /// Turns on grpcio's framed sends through `frame`, given
    /// [`FRAMED_BATCH_BYTES`].
    pub(crate) fn new(sink: &'a mut K, frame: impl FnOnce(&mut K, usize)) -> Self {
        frame(sink, FRAMED_BATCH_BYTES);
        Coalesced { sink }
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
        self.sink.poll_ready_unpin(cx)
    }

    fn start_send(mut self: Pin<&mut Self>, message: T) -> grpcio::Result<()> {
        self.sink.start_send_unpin((message, WriteFlags::default()))
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<grpcio::Result<()>> {
        self.sink.poll_flush_unpin(cx)
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
    /// each flush, and the batch bound it was given.
    #[derive(Default)]
    struct Recording {
        sent: usize,
        flushed_at: Vec<usize>,
        batch_bytes: Option<usize>,
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
        let mut sink = Recording::default();
        let mut coalesced = Coalesced::new(&mut sink, |s, bytes| s.batch_bytes = Some(bytes));
        let mut source = source.map(Ok);
        futures_executor::block_on(coalesced.send_all(&mut source)).unwrap();
        futures_executor::block_on(coalesced.close()).unwrap();
        assert_eq!(sink.sent, total);
        assert_eq!(sink.batch_bytes, Some(FRAMED_BATCH_BYTES));
        sink
    }

    #[test]
    fn a_source_that_never_pauses_is_flushed_only_at_its_end() {
        let total = 5000;
        let sink = send(total, futures::stream::iter(0..total as u32));
        // The end of the source flushes, and closing flushes again.
        assert_eq!(sink.flushed_at, [total, total]);
    }

    #[test]
    fn a_pause_in_the_source_flushes() {
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
        let rest = futures::stream::iter(10..15u32);
        let sink = send(15, first.chain(pending_once).chain(rest));
        assert_eq!(sink.flushed_at, [10, 15, 15]);
    }
}
