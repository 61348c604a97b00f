//! One topic: its bounded history of events, each encoded once as the
//! `SubscribeResponse.events` field every subscriber's message copies, and the
//! subscribers waiting for the next event.

use std::collections::{HashMap, HashSet, VecDeque};
use std::ops::RangeInclusive;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError, RwLock};
use std::task::Waker;
use std::time::{Duration, Instant};

use grpcio::RpcStatus;

use crate::encode;
use crate::redis_log::LoggedEvent;

/// A topic's events and who waits for them.
pub(crate) struct Topic {
    /// As subscribers and errors name it.
    pub(crate) name: String,
    /// The log its revisions belong to, which every response carries.
    pub(crate) log_id: Arc<str>,
    history: RwLock<History>,
    /// The newest revision (0: none yet), readable without the lock: a
    /// subscriber that has just asked to be woken looks here once more, so a
    /// publish between its read and its registration is not missed.
    newest: AtomicU64,
    /// The subscribers that are up to date, and how long the last wake of
    /// them took.
    waiting: Mutex<Waiting>,
    /// Open subscriptions, against the per-topic bound.
    subscribers: AtomicUsize,
    /// A wake of the waiting subscribers is due (`DelayedWakes`): publishes
    /// until then add to it instead of scheduling their own.
    wake_due: AtomicBool,
    /// Why the topic is over, once it is (its shared log was lost): each
    /// subscriber ends with it, and the feed makes the topic anew.
    ended: OnceLock<RpcStatus>,
    /// Handed to a publisher: in memory its history is the log, never
    /// unloaded to make room for another topic.
    published: AtomicBool,
}

/// A wake that brought fewer new events than this was light: events come
/// slower than wakes deliver them, and the next wake comes as soon as the
/// last one's subscribers are back. From this many on, publishers outrun
/// the wakes and the pace ([`Waiting`]) pays.
const PACED_FROM_EVENTS: u64 = 8;

/// The up-to-date subscribers, woken together; and the last wake's pace.
/// A wake of 1,000 subscribers is 1,000 sends queued on the poll threads
/// ahead of everything else, the publishers' next reads included: after a
/// wake that brought many events, the next waits as long as the last one
/// took, which leaves the publishers half the time and lets the events
/// pile up into fewer, larger messages. After a light wake that pause
/// would only add to every event's latency.
#[derive(Default)]
struct Waiting {
    /// By subscription id: the next wake wakes them all and forgets them.
    wakers: HashMap<u64, Waker>,
    /// The last wake's subscribers whose messages are still on their way:
    /// not yet polled again after their send, waiting again, or gone.
    returning: HashSet<u64>,
    /// When the last wake woke anyone.
    woke_at: Option<Instant>,
    /// When the last of them was back.
    back_at: Option<Instant>,
    /// The topic's newest revision at the last wake.
    woke_through: u64,
    /// The new events the last wake brought: fewer than
    /// [`PACED_FROM_EVENTS`], and the next wake needs no pause.
    brought: u64,
}

impl Waiting {
    /// Subscription `id` is waiting again, or gone.
    fn back(&mut self, id: u64) {
        if self.returning.remove(&id) && self.returning.is_empty() {
            self.back_at = Some(Instant::now());
        }
    }

    /// When the next wake may come (`None`: now). Once the last wake's
    /// subscribers are all back, as long after as they took (at once after
    /// a light wake); until then looked at again after `recheck`; a wake
    /// not over after `give_up` (a subscriber stuck on a full connection
    /// never comes back) no longer holds up the next.
    fn next_wake(&self, now: Instant, recheck: Duration, give_up: Duration) -> Option<Instant> {
        let woke_at = self.woke_at?;
        let at = match self.back_at {
            Some(back_at) if self.brought < PACED_FROM_EVENTS => back_at,
            Some(back_at) => back_at + back_at.saturating_duration_since(woke_at),
            None if now >= woke_at + give_up => return None,
            None => (now + recheck).min(woke_at + give_up),
        };
        (at > now).then_some(at)
    }
}

/// What a subscriber at `next` (the revision it wants next) finds.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Read {
    /// Events `revisions`, as the encoded `events` fields of one response.
    Events {
        revisions: RangeInclusive<u64>,
        fields: Vec<u8>,
        /// The topic's newest revision at the time.
        current: u64,
    },
    /// Nothing newer than `next - 1`.
    UpToDate { current: u64 },
    /// `next` is no longer kept.
    Compacted { oldest: u64, current: u64 },
}

/// How much one response may carry: a subscriber behind gets several events
/// per message, at most this many and (past the first event) this many bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BatchLimit {
    pub(crate) events: usize,
    pub(crate) bytes: usize,
}

/// The bounded history: the newest events, at most `max_events` of them
/// and `max_bytes` of encoded fields; the oldest go first.
struct History {
    /// Each event's encoded `events` field; `fields[i]` is revision `first + i`.
    fields: VecDeque<Box<[u8]>>,
    /// The revision of `fields[0]`; with no events kept, the next revision.
    first: u64,
    /// Bytes of `fields`.
    bytes: usize,
    max_events: usize,
    max_bytes: usize,
}

impl History {
    fn current(&self) -> u64 {
        self.first + self.fields.len() as u64 - 1
    }

    /// Appends `data` as revision `revision`; one that does not follow the
    /// newest (the shared log trimmed events this history never had) starts
    /// the history over from it: it holds contiguous revisions only.
    fn push_at(&mut self, revision: u64, data: &[u8]) {
        if revision != self.first + self.fields.len() as u64 {
            self.fields.clear();
            self.bytes = 0;
            self.first = revision;
        }
        self.push(data);
    }

    fn push(&mut self, data: &[u8]) -> u64 {
        let revision = self.first + self.fields.len() as u64;
        let field = encode::event_field(revision, data);
        self.bytes += field.len();
        self.fields.push_back(field);
        // The event just added always stays: its size is bounded on its own
        // (`FeedConfig::max_event_bytes`).
        while self.fields.len() > 1
            && (self.fields.len() > self.max_events || self.bytes > self.max_bytes)
        {
            if let Some(oldest) = self.fields.pop_front() {
                self.bytes -= oldest.len();
                self.first += 1;
            }
        }
        revision
    }

    fn read(&self, next: u64, limit: BatchLimit) -> Read {
        let current = self.current();
        if next > current {
            return Read::UpToDate { current };
        }
        if next < self.first {
            return Read::Compacted {
                oldest: self.first,
                current,
            };
        }
        let start = usize::try_from(next - self.first).unwrap_or(usize::MAX);
        let mut taken = 0;
        let mut bytes = 0;
        for field in self.fields.range(start..) {
            if taken > 0 && (taken == limit.events || bytes + field.len() > limit.bytes) {
                break;
            }
            taken += 1;
            bytes += field.len();
        }
        let mut fields = Vec::with_capacity(bytes);
        for field in self.fields.range(start..start + taken) {
            fields.extend_from_slice(field);
        }
        Read::Events {
            revisions: next..=next + taken as u64 - 1,
            fields,
            current,
        }
    }
}

impl Topic {
    /// An empty topic of log `log_id` whose first event will be revision 1
    /// (or the first one [`Topic::append_logged`] brings).
    pub(crate) fn new(
        name: String,
        log_id: Arc<str>,
        max_events: usize,
        max_bytes: usize,
    ) -> Topic {
        Topic {
            name,
            log_id,
            history: RwLock::new(History {
                fields: VecDeque::new(),
                first: 1,
                bytes: 0,
                max_events: max_events.max(1),
                max_bytes,
            }),
            newest: AtomicU64::new(0),
            waiting: Mutex::new(Waiting::default()),
            subscribers: AtomicUsize::new(0),
            wake_due: AtomicBool::new(false),
            ended: OnceLock::new(),
            published: AtomicBool::new(false),
        }
    }

    /// Appends an event; its revision. Never waits for a subscriber, and
    /// wakes none: that is [`Topic::wake_waiting`]'s job.
    pub(crate) fn append(&self, data: &[u8]) -> u64 {
        let revision = self
            .history
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .push(data);
        self.newest.store(revision, Ordering::Release);
        revision
    }

    /// Adds events from the shared log, which brings them in order; one
    /// that does not follow the newest starts the history over. Wakes none,
    /// like [`Topic::append`].
    pub(crate) fn append_logged(&self, events: &[LoggedEvent]) {
        let Some((newest, _)) = events.last() else {
            return;
        };
        let mut history = self.history.write().unwrap_or_else(PoisonError::into_inner);
        for (revision, data) in events {
            history.push_at(*revision, data);
        }
        drop(history);
        self.newest.store(*newest, Ordering::Release);
    }

    /// Ends the topic for good with `status`, and wakes its subscribers to
    /// end with it. The first end stays.
    pub(crate) fn end(&self, status: RpcStatus) {
        let _ = self.ended.set(status);
        self.wake_waiting();
    }

    /// Why the topic is over, if it is.
    pub(crate) fn ended(&self) -> Option<&RpcStatus> {
        self.ended.get()
    }

    /// Takes the topic's one due wake; false if one is already due.
    pub(crate) fn claim_wake(&self) -> bool {
        !self.wake_due.swap(true, Ordering::AcqRel)
    }

    /// Wakes (and forgets) every waiting subscriber.
    pub(crate) fn wake_waiting(&self) {
        // Cleared first: a publish from now on schedules a wake of its own.
        self.wake_due.store(false, Ordering::Release);
        let newest = self.current();
        let woken: Vec<Waker> = {
            let mut waiting = self.waiting();
            let waiting = &mut *waiting;
            // (A history started over brings what it has.)
            waiting.brought = newest.saturating_sub(waiting.woke_through);
            waiting.woke_through = newest;
            waiting.returning.clear();
            waiting.back_at = None;
            waiting.woke_at = (!waiting.wakers.is_empty()).then(Instant::now);
            waiting
                .wakers
                .drain()
                .map(|(id, waker)| {
                    waiting.returning.insert(id);
                    waker
                })
                .collect()
        };
        for waker in woken {
            waker.wake();
        }
    }

    /// When the next wake of the waiting subscribers may come (`None`: now),
    /// by the pace of the last one ([`Waiting::next_wake`]).
    pub(crate) fn next_wake(
        &self,
        now: Instant,
        recheck: Duration,
        give_up: Duration,
    ) -> Option<Instant> {
        self.waiting().next_wake(now, recheck, give_up)
    }

    /// What a subscriber that wants revision `next` next finds.
    pub(crate) fn read(&self, next: u64, limit: BatchLimit) -> Read {
        self.history
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .read(next, limit)
    }

    /// The newest revision (0: none yet).
    pub(crate) fn current(&self) -> u64 {
        self.newest.load(Ordering::Acquire)
    }

    /// Wake subscription `id` at the next publish.
    pub(crate) fn wait(&self, id: u64, waker: &Waker) {
        let mut waiting = self.waiting();
        match waiting.wakers.get_mut(&id) {
            Some(known) if known.will_wake(waker) => {}
            _ => {
                waiting.wakers.insert(id, waker.clone());
            }
        }
        waiting.back(id);
    }

    /// Subscription `id`, woken by the last wake, has sent what it was woken
    /// for: it counts as back even if it goes on catching up.
    pub(crate) fn back(&self, id: u64) {
        self.waiting().back(id);
    }

    /// Takes a subscriber slot, unless `max` are taken.
    pub(crate) fn join(&self, max: usize) -> bool {
        self.subscribers
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < max).then_some(n + 1)
            })
            .is_ok()
    }

    /// Whether nobody uses it: no subscribers and, unless its history is a
    /// copy of a shared log, no publisher ever.
    pub(crate) fn unused(&self, shared: bool) -> bool {
        self.subscribers.load(Ordering::Acquire) == 0
            && (shared || !self.published.load(Ordering::Acquire))
    }

    /// A publisher has it (see [`Topic::unused`]).
    pub(crate) fn mark_published(&self) {
        self.published.store(true, Ordering::Release);
    }

    /// Subscription `id` is gone: its slot and its waker.
    pub(crate) fn leave(&self, id: u64) {
        let mut waiting = self.waiting();
        waiting.wakers.remove(&id);
        waiting.back(id);
        drop(waiting);
        self.subscribers.fetch_sub(1, Ordering::AcqRel);
    }

    fn waiting(&self) -> MutexGuard<'_, Waiting> {
        self.waiting.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIDE: BatchLimit = BatchLimit {
        events: 1000,
        bytes: 1 << 20,
    };

    fn revisions(read: Read) -> RangeInclusive<u64> {
        match read {
            Read::Events { revisions, .. } => revisions,
            other => panic!("expected events, got {other:?}"),
        }
    }

    #[test]
    fn revisions_start_at_one_and_have_no_gaps() {
        let topic = Topic::new("t".into(), "log".into(), 10, 1 << 20);
        assert_eq!(topic.read(1, WIDE), Read::UpToDate { current: 0 });
        for expected in 1..=5 {
            assert_eq!(topic.append(b"x"), expected);
        }
        assert_eq!(topic.current(), 5);
        assert_eq!(revisions(topic.read(1, WIDE)), 1..=5);
        assert_eq!(revisions(topic.read(4, WIDE)), 4..=5);
        assert_eq!(topic.read(6, WIDE), Read::UpToDate { current: 5 });
    }

    #[test]
    fn the_fields_are_the_encoded_events_in_order() {
        let topic = Topic::new("t".into(), "log".into(), 10, 1 << 20);
        topic.append(b"a");
        topic.append(b"bc");
        let Read::Events { fields, .. } = topic.read(1, WIDE) else {
            panic!("events expected");
        };
        let mut expected = encode::event_field(1, b"a").to_vec();
        expected.extend_from_slice(&encode::event_field(2, b"bc"));
        assert_eq!(fields, expected);
    }

    #[test]
    fn the_history_keeps_the_newest_events_within_both_bounds() {
        let by_count = Topic::new("t".into(), "log".into(), 3, 1 << 20);
        for _ in 0..10 {
            by_count.append(b"x");
        }
        assert_eq!(
            by_count.read(7, WIDE),
            Read::Compacted {
                oldest: 8,
                current: 10
            }
        );
        assert_eq!(revisions(by_count.read(8, WIDE)), 8..=10);

        // Each field of a 100-byte event takes a few bytes more than 100.
        let by_bytes = Topic::new("t".into(), "log".into(), 1000, 350);
        for _ in 0..10 {
            by_bytes.append(&[0; 100]);
        }
        assert_eq!(revisions(by_bytes.read(8, WIDE)), 8..=10);
        assert!(matches!(
            by_bytes.read(7, WIDE),
            Read::Compacted { oldest: 8, .. }
        ));

        // An event larger than the byte bound is still kept, alone.
        by_bytes.append(&[0; 1000]);
        assert_eq!(revisions(by_bytes.read(11, WIDE)), 11..=11);
        assert!(matches!(
            by_bytes.read(10, WIDE),
            Read::Compacted { oldest: 11, .. }
        ));
    }

    #[test]
    fn a_batch_stops_at_its_count_or_bytes_but_takes_at_least_one_event() {
        let topic = Topic::new("t".into(), "log".into(), 100, 1 << 20);
        for _ in 0..50 {
            topic.append(&[7; 100]);
        }
        let by_count = BatchLimit {
            events: 8,
            bytes: 1 << 20,
        };
        assert_eq!(revisions(topic.read(1, by_count)), 1..=8);
        let by_bytes = BatchLimit {
            events: 100,
            bytes: 350,
        };
        assert_eq!(revisions(topic.read(1, by_bytes)), 1..=3);
        let tiny = BatchLimit {
            events: 100,
            bytes: 10,
        };
        assert_eq!(revisions(topic.read(49, tiny)), 49..=49);
    }

    #[test]
    fn a_wake_wakes_each_waiting_subscriber_once() {
        use std::sync::atomic::AtomicUsize;
        use std::sync::Arc;
        use std::task::Wake;

        struct Count(AtomicUsize);
        impl Wake for Count {
            fn wake(self: Arc<Self>) {
                self.0.fetch_add(1, Ordering::SeqCst);
            }
        }
        let topic = Topic::new("t".into(), "log".into(), 10, 1 << 20);
        let count = Arc::new(Count(AtomicUsize::new(0)));
        let waker = Waker::from(Arc::clone(&count));
        topic.wait(1, &waker);
        topic.wait(1, &waker);
        topic.wait(2, &waker);
        topic.append(b"x");
        topic.wake_waiting();
        assert_eq!(count.0.load(Ordering::SeqCst), 2);
        // Forgotten once woken: the next wake wakes nobody.
        topic.append(b"y");
        topic.wake_waiting();
        assert_eq!(count.0.load(Ordering::SeqCst), 2);
        // A subscriber that leaves is not woken either.
        assert!(topic.join(5));
        topic.wait(3, &waker);
        topic.leave(3);
        topic.append(b"z");
        topic.wake_waiting();
        assert_eq!(count.0.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn after_a_light_wake_the_next_comes_once_its_subscribers_are_back() {
        const RECHECK: Duration = Duration::from_millis(1);
        const GIVE_UP: Duration = Duration::from_millis(100);
        let waker = futures::task::noop_waker();
        let topic = Topic::new("t".into(), "log".into(), 100, 1 << 20);
        let next = |now| topic.next_wake(now, RECHECK, GIVE_UP);
        for _ in 1..PACED_FROM_EVENTS {
            topic.append(b"x");
        }
        topic.wait(1, &waker);
        topic.wake_waiting();
        let woke_at = topic.waiting().woke_at.expect("woke one");
        assert_eq!(
            next(woke_at + Duration::from_millis(5)),
            Some(woke_at + Duration::from_millis(6)),
            "not back yet"
        );
        topic.wait(1, &waker);
        let back_at = topic.waiting().back_at.expect("back");
        assert_eq!(next(back_at), None);
        // PACED_FROM_EVENTS events since the last wake: paced again.
        for _ in 0..PACED_FROM_EVENTS {
            topic.append(b"x");
        }
        topic.wake_waiting();
        topic.wait(1, &waker);
        let (woke_at, back_at) = {
            let waiting = topic.waiting();
            (
                waiting.woke_at.expect("woke"),
                waiting.back_at.expect("back"),
            )
        };
        let took = back_at - woke_at;
        assert_eq!(
            next(back_at),
            (took > Duration::ZERO).then_some(back_at + took)
        );
    }

    #[test]
    fn the_next_wake_waits_as_long_as_the_last_one_took() {
        const RECHECK: Duration = Duration::from_millis(1);
        const GIVE_UP: Duration = Duration::from_millis(100);
        let ms = Duration::from_millis;
        let waker = futures::task::noop_waker();
        let topic = Topic::new("t".into(), "log".into(), 10, 1 << 20);
        let next = |now| topic.next_wake(now, RECHECK, GIVE_UP);
        // No wake yet, and a wake of nobody: no pace to keep.
        assert_eq!(next(Instant::now()), None);
        topic.wake_waiting();
        assert_eq!(next(Instant::now()), None);

        topic.wait(1, &waker);
        topic.wait(2, &waker);
        // A wake that brings many events (light ones pause for nothing).
        for _ in 0..PACED_FROM_EVENTS {
            topic.append(b"x");
        }
        topic.wake_waiting();
        let woke_at = topic.waiting().woke_at.expect("woke two");
        // Not all back: looked at again soon, never past GIVE_UP.
        assert_eq!(next(woke_at + ms(5)), Some(woke_at + ms(6)));
        assert_eq!(next(woke_at + ms(99) + ms(1) / 2), Some(woke_at + GIVE_UP));
        assert_eq!(next(woke_at + GIVE_UP), None);
        // One back, one gone: the wake is over; the next as long after.
        topic.wait(1, &waker);
        assert!(topic.waiting().back_at.is_none());
        assert!(topic.join(5));
        topic.leave(2);
        let back_at = topic.waiting().back_at.expect("all back");
        let took = back_at - woke_at;
        assert_eq!(
            next(back_at),
            (took > Duration::ZERO).then_some(back_at + took)
        );
        assert_eq!(next(back_at + took), None);
        // A subscriber woken again before the last wake is over counts once.
        topic.wake_waiting();
        topic.wait(1, &waker);
        topic.wait(1, &waker);
        assert!(topic.waiting().returning.is_empty());
    }

    #[test]
    fn events_from_the_shared_log_keep_their_revisions_and_a_gap_starts_over() {
        let topic = Topic::new("t".into(), "log".into(), 10, 1 << 20);
        topic.append_logged(&[(41, b"a".to_vec()), (42, b"b".to_vec())]);
        assert_eq!(topic.current(), 42);
        assert_eq!(revisions(topic.read(41, WIDE)), 41..=42);
        assert_eq!(
            topic.read(40, WIDE),
            Read::Compacted {
                oldest: 41,
                current: 42
            }
        );
        // 43 and 44 were never seen: nothing before 45 is served from here.
        topic.append_logged(&[(45, b"c".to_vec())]);
        assert_eq!(
            topic.read(42, WIDE),
            Read::Compacted {
                oldest: 45,
                current: 45
            }
        );
        assert_eq!(revisions(topic.read(45, WIDE)), 45..=45);
    }

    #[test]
    fn an_ended_topic_wakes_its_subscribers_and_keeps_its_first_end() {
        use grpcio::RpcStatusCode;
        let topic = Topic::new("t".into(), "log".into(), 10, 1 << 20);
        let (tx, woken) = std::sync::mpsc::channel();
        let report = crate::wakes::tests::Report(Mutex::new(tx), Default::default());
        topic.wait(1, &Waker::from(Arc::new(report)));
        assert!(topic.ended().is_none());
        topic.end(RpcStatus::new(RpcStatusCode::FAILED_PRECONDITION));
        topic.end(RpcStatus::new(RpcStatusCode::UNAVAILABLE));
        assert_eq!(woken.try_recv(), Ok(()));
        assert_eq!(
            topic.ended().map(RpcStatus::code),
            Some(RpcStatusCode::FAILED_PRECONDITION)
        );
    }

    #[test]
    fn subscriber_slots_are_bounded() {
        let topic = Topic::new("t".into(), "log".into(), 10, 1 << 20);
        assert!(topic.join(2));
        assert!(topic.join(2));
        assert!(!topic.join(2));
        topic.leave(1);
        assert!(topic.join(2));
    }
}
