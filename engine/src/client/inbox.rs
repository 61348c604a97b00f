//! A call's responses read ahead: a bounded queue between the reader on the
//! client's poll thread and the caller, each woken once per burst.

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};

/// Messages read ahead per call, at most.
pub(super) const INBOX_MESSAGES: usize = 64;
/// Bytes of messages read ahead per call, at most (one larger message is
/// still taken when the inbox is empty).
pub(super) const INBOX_BYTES: usize = 1 << 20;

/// Responses read ahead, between the reader on the poll thread and the caller.
pub(super) struct Inbox<T> {
    state: Mutex<InboxState<T>>,
}

struct InboxState<T> {
    /// Each response with its encoded size.
    items: VecDeque<(grpcio::Result<T>, usize)>,
    /// Sum of the sizes in `items`.
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
    pub(super) fn poll_take(&self, cx: &mut Context<'_>) -> Poll<Option<grpcio::Result<T>>> {
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

    /// The reader's side: takes `item` (`None`: the end), wakes a waiting caller.
    pub(super) fn put(&self, item: Option<grpcio::Result<T>>, size: usize) {
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

    /// The reader's side: whether it must wait for room (it is then woken
    /// through `cx` once the caller has taken half).
    pub(super) fn is_full(&self, cx: &mut Context<'_>) -> bool {
        let mut state = self.lock();
        let full = state.items.len() >= INBOX_MESSAGES || state.bytes >= INBOX_BYTES;
        if full {
            state.reader = Some(cx.waker().clone());
        }
        full
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::task::Wake;

    /// A waker that counts its wake-ups.
    #[derive(Default)]
    struct Count(AtomicUsize);

    impl Wake for Count {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn waker() -> (Arc<Count>, Waker) {
        let count = Arc::new(Count::default());
        (Arc::clone(&count), Waker::from(count))
    }

    fn take(inbox: &Inbox<u32>, waker: &Waker) -> Poll<Option<u32>> {
        let mut cx = Context::from_waker(waker);
        inbox
            .poll_take(&mut cx)
            .map(|item| item.map(|r| r.expect("a message")))
    }

    #[test]
    fn delivers_in_order_then_ends() {
        let inbox = Inbox::default();
        let (_, w) = waker();
        for i in 0..3 {
            inbox.put(Some(Ok(i)), 1);
        }
        inbox.put(None, 0);
        assert_eq!(take(&inbox, &w), Poll::Ready(Some(0)));
        assert_eq!(take(&inbox, &w), Poll::Ready(Some(1)));
        assert_eq!(take(&inbox, &w), Poll::Ready(Some(2)));
        assert_eq!(take(&inbox, &w), Poll::Ready(None));
        assert_eq!(take(&inbox, &w), Poll::Ready(None));
    }

    #[test]
    fn a_waiting_caller_is_woken_by_a_message_and_by_the_end() {
        let inbox = Inbox::default();
        let (caller, w) = waker();
        assert_eq!(take(&inbox, &w), Poll::Pending);
        inbox.put(Some(Ok(7)), 1);
        assert_eq!(caller.0.load(Ordering::SeqCst), 1);
        assert_eq!(take(&inbox, &w), Poll::Ready(Some(7)));
        assert_eq!(take(&inbox, &w), Poll::Pending);
        inbox.put(None, 0);
        assert_eq!(caller.0.load(Ordering::SeqCst), 2);
        assert_eq!(take(&inbox, &w), Poll::Ready(None));
    }

    #[test]
    fn errors_keep_their_place() {
        let inbox: Inbox<u32> = Inbox::default();
        inbox.put(Some(Ok(1)), 1);
        inbox.put(Some(Err(grpcio::Error::RemoteStopped)), 0);
        inbox.put(None, 0);
        let (_, w) = waker();
        let mut cx = Context::from_waker(&w);
        assert!(matches!(inbox.poll_take(&mut cx), Poll::Ready(Some(Ok(1)))));
        assert!(matches!(
            inbox.poll_take(&mut cx),
            Poll::Ready(Some(Err(grpcio::Error::RemoteStopped)))
        ));
        assert!(matches!(inbox.poll_take(&mut cx), Poll::Ready(None)));
    }

    #[test]
    fn full_by_count_and_the_reader_wakes_once_half_is_taken() {
        let inbox = Inbox::default();
        let (reader, rw) = waker();
        let (_, cw) = waker();
        let mut cx = Context::from_waker(&rw);
        for i in 0..INBOX_MESSAGES as u32 {
            assert!(!inbox.is_full(&mut cx), "room for message {i}");
            inbox.put(Some(Ok(i)), 1);
        }
        assert!(inbox.is_full(&mut cx));
        // Taking fewer than half leaves the reader asleep.
        for i in 0..(INBOX_MESSAGES / 2 - 1) as u32 {
            assert_eq!(take(&inbox, &cw), Poll::Ready(Some(i)));
            assert_eq!(reader.0.load(Ordering::SeqCst), 0);
        }
        assert_eq!(
            take(&inbox, &cw),
            Poll::Ready(Some((INBOX_MESSAGES / 2 - 1) as u32))
        );
        assert_eq!(reader.0.load(Ordering::SeqCst), 1);
        assert!(!inbox.is_full(&mut cx));
    }

    #[test]
    fn full_by_bytes_yet_one_large_message_always_fits_an_empty_inbox() {
        let inbox = Inbox::default();
        let (_, rw) = waker();
        let mut cx = Context::from_waker(&rw);
        assert!(!inbox.is_full(&mut cx));
        inbox.put(Some(Ok(1)), 4 * INBOX_BYTES);
        assert!(inbox.is_full(&mut cx));
        let (_, cw) = waker();
        assert_eq!(take(&inbox, &cw), Poll::Ready(Some(1)));
        assert!(!inbox.is_full(&mut cx));
        inbox.put(Some(Ok(2)), INBOX_BYTES / 2);
        assert!(!inbox.is_full(&mut cx));
        inbox.put(Some(Ok(3)), INBOX_BYTES / 2);
        assert!(inbox.is_full(&mut cx));
    }
}
