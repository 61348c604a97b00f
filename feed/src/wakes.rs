//! Waking a topic's up-to-date subscribers a moment after a publish rather
//! than at once: the events published meanwhile reach each subscriber in one
//! message. Woken at each event, 1,000 subscribers cost 1,000 sends per
//! event, which starves the publisher on the same poll threads and keeps
//! every subscriber one event behind, sending one event per message. A
//! wake also keeps the pace of the topic's last one ([`Topic::next_wake`]).

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use crate::topic::Topic;

/// How long a wake whose subscribers are not all back may hold up the next
/// one: one subscriber stuck on a full connection costs the others this
/// once (it is not woken again until it has sent), never more.
const GIVE_UP_ON_A_WAKE: Duration = Duration::from_millis(100);

/// A topic and when to wake its subscribers.
struct Due {
    at: Instant,
    topic: Arc<Topic>,
}

// By time alone, for the queue of the waking thread.
impl PartialEq for Due {
    fn eq(&self, other: &Self) -> bool {
        self.at == other.at
    }
}
impl Eq for Due {}
impl PartialOrd for Due {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Due {
    fn cmp(&self, other: &Self) -> Ordering {
        self.at.cmp(&other.at)
    }
}

/// Topics due to wake their subscribers, woken by a thread of the feed's
/// (sleeping is fine there; it never runs a call).
pub(crate) struct DelayedWakes {
    delay: Duration,
    /// To the waking thread; `None` when waking at once.
    due: Option<Sender<Due>>,
}

impl DelayedWakes {
    /// Wakes `delay` after a topic's first publish since its last wake;
    /// a zero delay wakes at once, in the publisher's call.
    pub(crate) fn new(delay: Duration) -> DelayedWakes {
        if delay.is_zero() {
            return DelayedWakes { delay, due: None };
        }
        let (due, topics) = mpsc::channel::<Due>();
        let spawned = thread::Builder::new()
            .name("feed-wakes".into())
            .spawn(move || wake_when_due(topics, delay));
        match spawned {
            Ok(_) => DelayedWakes {
                delay,
                due: Some(due),
            },
            Err(e) => {
                log::warn!("feed: no thread for delayed wakes ({e}); waking at each publish");
                DelayedWakes {
                    delay: Duration::ZERO,
                    due: None,
                }
            }
        }
    }

    /// Whether subscribers are woken after a delay (else at each publish).
    pub(crate) fn batching(&self) -> bool {
        self.due.is_some()
    }

    /// `topic` has a new event, or a subscriber waits for a full batch:
    /// wake its waiting subscribers now or soon.
    pub(crate) fn wake_soon(&self, topic: &Arc<Topic>) {
        let Some(due) = &self.due else {
            topic.wake_waiting();
            return;
        };
        if !topic.claim_wake() {
            return; // A wake is already due; it will see this event too.
        }
        let due_now = Due {
            at: Instant::now() + self.delay,
            topic: Arc::clone(topic),
        };
        if due.send(due_now).is_err() {
            topic.wake_waiting();
        }
    }
}

/// The waking thread: wakes each topic when it is due and its last wake's
/// pace allows, looking again every `recheck` while that wake is not over.
/// Ends when the feed, which holds the sender, is dropped.
fn wake_when_due(topics: Receiver<Due>, recheck: Duration) {
    let mut queue: BinaryHeap<Reverse<Due>> = BinaryHeap::new();
    loop {
        let received = match queue.peek() {
            None => topics.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some(Reverse(first)) => {
                topics.recv_timeout(first.at.saturating_duration_since(Instant::now()))
            }
        };
        match received {
            Ok(due) => queue.push(Reverse(due)),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        let now = Instant::now();
        while queue.peek().is_some_and(|Reverse(first)| first.at <= now) {
            let Some(Reverse(due)) = queue.pop() else {
                break;
            };
            match due.topic.next_wake(now, recheck, GIVE_UP_ON_A_WAKE) {
                None => due.topic.wake_waiting(),
                Some(at) => queue.push(Reverse(Due { at, ..due })),
            }
        }
    }
    for Reverse(due) in queue {
        due.topic.wake_waiting();
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc::RecvTimeoutError;
    use std::sync::Mutex;
    use std::task::{Wake, Waker};

    use super::*;

    /// A waker that reports each wake on a channel, and counts them.
    pub(crate) struct Report(pub(crate) Mutex<Sender<()>>, pub(crate) AtomicUsize);
    impl Wake for Report {
        fn wake(self: Arc<Self>) {
            self.1.fetch_add(1, Ordering::SeqCst);
            let _ = self.0.lock().unwrap().send(());
        }
    }

    #[test]
    fn a_burst_of_publishes_wakes_a_waiting_subscriber_once_after_the_delay() {
        let wakes = DelayedWakes::new(Duration::from_millis(200));
        let topic = Arc::new(Topic::new("t".into(), "log".into(), 100, 1 << 20));
        let (tx, woken) = mpsc::channel();
        let report = Arc::new(Report(Mutex::new(tx), AtomicUsize::new(0)));
        topic.wait(1, &Waker::from(Arc::clone(&report)));
        let start = Instant::now();
        for _ in 0..10 {
            topic.append(b"x");
            wakes.wake_soon(&topic);
        }
        assert_eq!(report.1.load(Ordering::SeqCst), 0, "woken before the delay");
        woken.recv_timeout(Duration::from_secs(5)).expect("woken");
        assert!(start.elapsed() >= Duration::from_millis(200));
        // Once only, and a later publish schedules a new wake.
        assert_eq!(
            woken.recv_timeout(Duration::from_millis(50)),
            Err(RecvTimeoutError::Timeout)
        );
        topic.wait(1, &Waker::from(Arc::clone(&report)));
        topic.append(b"y");
        wakes.wake_soon(&topic);
        woken
            .recv_timeout(Duration::from_secs(5))
            .expect("woken again");
        assert_eq!(report.1.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn a_zero_delay_wakes_in_the_publishers_call() {
        let wakes = DelayedWakes::new(Duration::ZERO);
        let topic = Arc::new(Topic::new("t".into(), "log".into(), 100, 1 << 20));
        let (tx, woken) = mpsc::channel();
        let report = Arc::new(Report(Mutex::new(tx), AtomicUsize::new(0)));
        topic.wait(1, &Waker::from(Arc::clone(&report)));
        topic.append(b"x");
        wakes.wake_soon(&topic);
        assert_eq!(woken.try_recv(), Ok(()));
    }
}
