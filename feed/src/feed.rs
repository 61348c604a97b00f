//! The feed: a log of topics with its identity, the bounds that keep it
//! from growing without limit, and subscriptions as streams of responses.

use std::collections::hash_map::{Entry, RandomState};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::channel::oneshot;
use futures::future::{self, BoxFuture};
use futures::{FutureExt, Stream};
use futures_timer::Delay;
use grpcio::{GrpcSlice, RpcStatus, RpcStatusCode};

use crate::config::{FeedConfig, RedisConfig};
use crate::encode;
use crate::redis_log::LogError;
use crate::shared::{Fetched, SharedLog};
use crate::topic::{BatchLimit, Read, Topic};
use crate::wakes::DelayedWakes;

/// Topics of events with contiguous revisions from 1, each in a bounded
/// history shared by all its subscribers.
///
/// Publishing never waits for a subscriber. A subscriber costs a cursor: it
/// reads the shared history as fast as its client takes messages, several
/// events a message when behind; one that falls out of the history is ended
/// with `OUT_OF_RANGE`, and nobody else notices it.
///
/// The log is the feed's own memory ([`Feed::new`]), or Redis shared by
/// several servers ([`Feed::with_redis`]).
pub struct Feed {
    /// Created with an in-memory feed, carried by every response: revisions
    /// from another log (a restarted in-memory server) are refused, not
    /// misread. A feed on Redis has the log's there instead.
    log_id: Arc<str>,
    /// The log in Redis, for a feed on several servers.
    shared: Option<Arc<SharedLog>>,
    config: FeedConfig,
    topics: Mutex<HashMap<String, Arc<Topic>>>,
    /// Subscription ids, for the topics' waiting lists.
    next_subscription: AtomicU64,
    /// Wakes each topic's up-to-date subscribers once per burst of events.
    wakes: Arc<DelayedWakes>,
}

impl Feed {
    /// An empty feed in memory with a new log identity.
    pub fn new(config: FeedConfig) -> Feed {
        Feed::on(config, new_log_id().into(), None)
    }

    fn on(config: FeedConfig, log_id: Arc<str>, shared: Option<Arc<SharedLog>>) -> Feed {
        Feed {
            log_id,
            shared,
            wakes: Arc::new(DelayedWakes::new(config.wake_delay)),
            config,
            topics: Mutex::new(HashMap::new()),
            next_subscription: AtomicU64::new(1),
        }
    }

    /// A feed whose log is in Redis at `redis.url`, shared by every server
    /// that names it: Redis gives the revisions, so each server serves the
    /// same ones, and a subscriber resumes on any. Joins the log there (or
    /// names it, on an empty Redis); fails if Redis cannot be reached now.
    /// Its threads (a writer, fetchers, a tailer per topic) end with it.
    pub fn with_redis(config: FeedConfig, redis: RedisConfig) -> Result<Feed, LogError> {
        // A read from Redis holds at most what a topic's history may.
        let shared = SharedLog::connect(redis, config.history_bytes, config.max_event_bytes)?;
        Ok(Feed::on(config, shared.log_id(), Some(Arc::new(shared))))
    }

    /// The log's identity (on Redis, the one joined last).
    pub fn log_id(&self) -> Arc<str> {
        match &self.shared {
            Some(shared) => shared.log_id(),
            None => Arc::clone(&self.log_id),
        }
    }

    /// The bounds it was made with.
    pub fn config(&self) -> &FeedConfig {
        &self.config
    }

    /// Appends `data` to `topic`: its revision, at once in memory, once
    /// Redis has it on Redis (publishes of one caller get revisions in the
    /// order they were made). `INVALID_ARGUMENT` for a bad topic name,
    /// `RESOURCE_EXHAUSTED` for an event over [`FeedConfig::max_event_bytes`]
    /// or (in memory) a new topic past [`FeedConfig::max_topics`],
    /// `UNAVAILABLE` while Redis is. On Redis, an event whose publish is
    /// dropped before the writer takes it is not published.
    pub fn publish(&self, topic: &str, data: Vec<u8>) -> Publishing {
        self.publish_to(topic, data, self.log_id())
    }

    /// Appends `data` to `topic` of log `log_id`, and of no other:
    /// `UNAVAILABLE` (publish again) if the feed's log is another now. A
    /// Publish call's events all go to one log, the one its answer names.
    pub(crate) fn publish_to(&self, topic: &str, data: Vec<u8>, log_id: Arc<str>) -> Publishing {
        let published = match &self.shared {
            None => self.publish_here(topic, &data),
            // A publish on Redis makes no topic here: topics here are for
            // subscribers.
            Some(shared) => match self.check_event(&data).and_then(|()| {
                check_topic_name(topic)?;
                shared.check_available()
            }) {
                Ok(()) => {
                    let (shared, topic) = (Arc::clone(shared), topic.to_string());
                    return async move { shared.publish(topic, log_id, data).await }.boxed();
                }
                Err(status) => Err(status),
            },
        };
        future::ready(published).boxed()
    }

    /// Appends to the feed's own log.
    fn publish_here(&self, topic: &str, data: &[u8]) -> Result<u64, RpcStatus> {
        self.check_event(data)?;
        let topic = self.topic(topic, false)?;
        let revision = topic.append(data);
        self.wakes.wake_soon(&topic);
        Ok(revision)
    }

    fn check_event(&self, data: &[u8]) -> Result<(), RpcStatus> {
        if data.len() > self.config.max_event_bytes {
            return Err(RpcStatus::with_message(
                RpcStatusCode::RESOURCE_EXHAUSTED,
                format!(
                    "an event of {} bytes is over this feed's limit of {} bytes",
                    data.len(),
                    self.config.max_event_bytes
                ),
            ));
        }
        Ok(())
    }

    /// The events of `topic` after revision `after` (0: from its first),
    /// then each new one: a stream fit to return from a server-push handler,
    /// each item one encoded `SubscribeResponse`.
    ///
    /// `log_id`, when not empty, is the log `after` came from; another log's
    /// is `FAILED_PRECONDITION`. `OUT_OF_RANGE` when `after` is past the
    /// topic's newest revision or older than its history (now, or later as
    /// the subscriber falls behind); `RESOURCE_EXHAUSTED` past
    /// [`FeedConfig::max_subscribers_per_topic`] or a new topic past
    /// [`FeedConfig::max_topics`].
    pub fn subscribe(
        &self,
        topic: &str,
        after: u64,
        log_id: &str,
    ) -> Result<Subscription, RpcStatus> {
        if let Some(shared) = &self.shared {
            shared.check_available()?;
        }
        // What a refused subscription would find is checked before a topic
        // is made for it, so refusals make no topics.
        let (topic_log, current) = match self.live_topic(topic) {
            Some(live) => (Arc::clone(&live.log_id), live.current()),
            None => (self.log_id(), 0),
        };
        other_log(log_id, &topic_log, after)?;
        if after > current && self.shared.is_none() {
            return Err(past_current(topic, after, current));
        }
        let topic = self.topic(topic, true)?;
        let current = topic.current();
        let mut subscription = Subscription {
            id: self.next_subscription.fetch_add(1, Ordering::Relaxed),
            topic,
            after,
            next: after + 1,
            batch: BatchLimit {
                events: self.config.batch_events.max(1),
                bytes: self.config.batch_bytes,
            },
            progress: self
                .config
                .progress_interval
                .map(|every| (every, Delay::new(every))),
            ended: false,
            wakes: Arc::clone(&self.wakes),
            // Its first message goes at once, whatever it holds.
            pace: Pace::Waiting,
            shared: self.shared.clone(),
            fetching: None,
        };
        // The log may have changed since the check (dropped, the
        // subscription leaves the topic).
        other_log(log_id, &subscription.topic.log_id, after)?;
        if after > current {
            // Past what this server has seen: Redis says whether it is
            // past the topic's newest revision, and has the events between.
            subscription.fetch()?;
        }
        Ok(subscription)
    }

    /// The topic named `name` if it is there, not ended, of the feed's log.
    fn live_topic(&self, name: &str) -> Option<Arc<Topic>> {
        let log_id = self.log_id();
        let topics = self.topics.lock().unwrap_or_else(PoisonError::into_inner);
        topics
            .get(name)
            .filter(|topic| topic.ended().is_none() && topic.log_id == log_id)
            .cloned()
    }

    /// The topic named `name`, created if new, or anew if its log was lost;
    /// with `subscriber`, a subscriber slot taken in it (under the same
    /// lock, so a topic is never unloaded as a subscriber joins). At
    /// [`FeedConfig::max_topics`] a new topic takes the place of one nobody
    /// uses: any without subscribers on Redis (its history is Redis'
    /// copy), one no publisher ever had either in memory.
    fn topic(&self, name: &str, subscriber: bool) -> Result<Arc<Topic>, RpcStatus> {
        check_topic_name(name)?;
        let log_id = self.log_id();
        let mut topics = self.topics.lock().unwrap_or_else(PoisonError::into_inner);
        let join = |topic: &Topic| {
            if !subscriber {
                topic.mark_published();
                Ok(())
            } else if topic.join(self.config.max_subscribers_per_topic) {
                Ok(())
            } else {
                Err(RpcStatus::with_message(
                    RpcStatusCode::RESOURCE_EXHAUSTED,
                    format!(
                        "topic {:?} has its maximum of {} subscribers",
                        topic.name, self.config.max_subscribers_per_topic
                    ),
                ))
            }
        };
        if let Some(live) = topics
            .get(name)
            .filter(|topic| topic.ended().is_none() && topic.log_id == log_id)
        {
            join(live)?;
            return Ok(Arc::clone(live));
        }
        if !topics.contains_key(name) && topics.len() >= self.config.max_topics {
            let unused = topics
                .iter()
                .find(|(_, topic)| topic.unused(self.shared.is_some()))
                .map(|(unused, _)| unused.clone());
            let Some(unused) = unused.and_then(|unused| topics.remove(&unused)) else {
                return Err(RpcStatus::with_message(
                    RpcStatusCode::RESOURCE_EXHAUSTED,
                    format!(
                        "this feed has its maximum of {} topics; {name:?} is not one of them",
                        self.config.max_topics
                    ),
                ));
            };
            // Nobody sees this: it stops the topic's tailer.
            unused.end(RpcStatus::with_message(
                RpcStatusCode::UNAVAILABLE,
                format!("topic {:?} made room for another", unused.name),
            ));
        }
        let slot = topics.entry(name.to_string());
        let topic = Arc::new(Topic::new(
            name.to_string(),
            log_id,
            self.config.history_events,
            self.config.history_bytes,
        ));
        join(&topic)?;
        if let Some(shared) = &self.shared {
            shared.tail(&topic, self.config.history_events, &self.wakes)?;
        }
        match slot {
            Entry::Occupied(mut stale) => {
                // Of a log Redis no longer has: its own tailer ends it too.
                stale.get().end(log_lost(&stale.get().name));
                stale.insert(Arc::clone(&topic));
            }
            Entry::Vacant(slot) => {
                slot.insert(Arc::clone(&topic));
            }
        }
        Ok(topic)
    }
}

impl Drop for Feed {
    fn drop(&mut self) {
        if let Some(shared) = &self.shared {
            shared.close();
        }
    }
}

/// `FAILED_PRECONDITION` if a subscriber's `log_id` (when it names one) is
/// not `topic_log`.
fn other_log(log_id: &str, topic_log: &str, after: u64) -> Result<(), RpcStatus> {
    if log_id.is_empty() || log_id == topic_log {
        return Ok(());
    }
    Err(RpcStatus::with_message(
        RpcStatusCode::FAILED_PRECONDITION,
        format!(
            "revision {after} is from log {log_id:?}, but this feed's log is {topic_log:?} \
             (its history was lost, e.g. the server restarted): subscribe again without a \
             log id, from revision 0"
        ),
    ))
}

/// A subscription after `after` on a topic whose newest is `current`.
fn past_current(topic: &str, after: u64, current: u64) -> RpcStatus {
    RpcStatus::with_message(
        RpcStatusCode::OUT_OF_RANGE,
        format!("revision {after} of topic {topic:?} is past its current revision {current}"),
    )
}

/// What ends the subscribers of a topic whose log was lost.
pub(crate) fn log_lost(topic: &str) -> RpcStatus {
    RpcStatus::with_message(
        RpcStatusCode::FAILED_PRECONDITION,
        format!(
            "the log of topic {topic:?} changed (Redis lost its data): its revisions from \
             before mean nothing now; subscribe again without a log id"
        ),
    )
}

/// A publish under way: its revision, or why it was refused.
pub type Publishing = BoxFuture<'static, Result<u64, RpcStatus>>;

/// Topic names are short and plain, so they can go into logs, metrics and
/// Redis keys as they are.
fn check_topic_name(name: &str) -> Result<(), RpcStatus> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "._:/-".contains(c);
    if (1..=MAX_TOPIC_NAME).contains(&name.len()) && name.chars().all(plain) {
        Ok(())
    } else {
        let shown: String = name.chars().take(MAX_TOPIC_NAME).collect();
        Err(RpcStatus::with_message(
            RpcStatusCode::INVALID_ARGUMENT,
            format!(
                "{shown:?} is not a topic name: 1 to {MAX_TOPIC_NAME} of A-Z a-z 0-9 . _ : / -"
            ),
        ))
    }
}

/// The longest topic name.
const MAX_TOPIC_NAME: usize = 128;

/// 16 hex digits, different for every log made: the process's random hash
/// keys (std seeds them from the OS) mixed with the time.
pub(crate) fn new_log_id() -> String {
    let mut hasher = RandomState::new().build_hasher();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    hasher.write_u128(now.as_nanos());
    hasher.write_u32(std::process::id());
    format!("{:016x}", hasher.finish())
}

/// One subscriber: a cursor into its topic's history. Each item is one
/// encoded `SubscribeResponse`; the stream ends only with an error item.
pub struct Subscription {
    /// Its place in the topic's waiting list.
    id: u64,
    topic: Arc<Topic>,
    /// Where it started, for the error that ends it.
    after: u64,
    /// The revision it sends next.
    next: u64,
    batch: BatchLimit,
    /// How often an idle subscriber hears the current revision, and when next.
    progress: Option<(Duration, Delay)>,
    /// Its error is out: nothing follows, and it has left its topic.
    ended: bool,
    /// Its topic's wakes, for a subscriber that waits for more events.
    wakes: Arc<DelayedWakes>,
    /// Where it is in its topic's wakes.
    pace: Pace,
    /// The log in Redis, on a feed on several servers: what the topic's
    /// history does not have comes from there.
    shared: Option<Arc<SharedLog>>,
    /// A read from Redis under way.
    fetching: Option<oneshot::Receiver<Result<Fetched, RpcStatus>>>,
}

/// A subscription and its topic's wakes. Polled right after a send, a
/// subscriber sends only a full batch and waits for the topic's next wake
/// for less: 1,000 subscribers each sending the one event published during
/// their last send keep the poll threads full of sends, the publisher
/// starved, and every message one event long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pace {
    /// It asked to be woken: this poll is its wake, and it sends whatever
    /// is new.
    Waiting,
    /// It sent at its wake: this poll (the send done) tells the topic it is
    /// back, which paces the topic's next wake, then goes on as `Sending`.
    SentAtWake,
    /// Polled after a send.
    Sending,
}

impl Subscription {
    /// The revision the subscription sends next.
    pub fn next_revision(&self) -> u64 {
        self.next
    }

    /// Its error is out: nothing follows, and it leaves its topic now, not
    /// when dropped (a client told of the end may come back at once, and
    /// find its slot, or the topic, free).
    fn end(&mut self) {
        if !self.ended {
            self.ended = true;
            self.topic.leave(self.id);
        }
    }

    fn compacted(&mut self, oldest: u64, current: u64) -> RpcStatus {
        self.end();
        RpcStatus::with_message(
            RpcStatusCode::OUT_OF_RANGE,
            format!(
                "revision {} of topic {:?} is no longer kept (subscribed after {}; the \
                 history holds {oldest} to {current}): the subscriber fell behind or \
                 resumed too late",
                self.next, self.topic.name, self.after
            ),
        )
    }

    /// Asks Redis for the events from `next` on.
    fn fetch(&mut self) -> Result<(), RpcStatus> {
        if let Some(shared) = &self.shared {
            self.fetching = Some(shared.fetch(
                &self.topic,
                self.next - 1,
                self.batch.events,
                self.batch.bytes,
            )?);
        }
        Ok(())
    }

    /// The response made of what Redis had from `next` on; `None` when it
    /// has nothing newer either (the topic's history will bring it).
    fn take_fetched(&mut self, fetched: Fetched) -> Result<Option<GrpcSlice>, RpcStatus> {
        let Fetched {
            events,
            current,
            oldest,
            ..
        } = fetched;
        let after = self.next - 1;
        match events.first() {
            Some((first, _)) if *first == self.next => {
                let mut fields = Vec::new();
                for (sent, (revision, data)) in events.iter().enumerate() {
                    let field = encode::event_field(*revision, data);
                    if sent > 0 && fields.len() + field.len() > self.batch.bytes {
                        break;
                    }
                    fields.extend_from_slice(&field);
                    self.next = revision + 1;
                }
                self.rearm_progress();
                let current = current.max(self.topic.current()).max(self.next - 1);
                let response = encode::response(&self.topic.log_id, current, &fields);
                Ok(Some(GrpcSlice::from(response)))
            }
            _ if current < after => {
                self.end();
                Err(past_current(&self.topic.name, after, current))
            }
            None if current == after => Ok(None),
            _ => Err(self.compacted(oldest.unwrap_or(current + 1), current)),
        }
    }

    fn rearm_progress(&mut self) {
        if let Some((every, delay)) = &mut self.progress {
            delay.reset(*every);
        }
    }
}

impl Stream for Subscription {
    type Item = Result<GrpcSlice, RpcStatus>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.ended {
            return Poll::Ready(None);
        }
        if self.pace == Pace::SentAtWake {
            self.topic.back(self.id);
            self.pace = Pace::Sending;
        }
        loop {
            if let Some(status) = self.topic.ended() {
                let status = status.clone();
                self.end();
                return Poll::Ready(Some(Err(status)));
            }
            if let Some(fetching) = &mut self.fetching {
                let fetched = match fetching.poll_unpin(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(Ok(fetched)) => fetched,
                    Poll::Ready(Err(oneshot::Canceled)) => Err(RpcStatus::with_message(
                        RpcStatusCode::UNAVAILABLE,
                        "the feed is shut down".into(),
                    )),
                };
                self.fetching = None;
                match fetched.and_then(|fetched| self.take_fetched(fetched)) {
                    Ok(Some(response)) => return Poll::Ready(Some(Ok(response))),
                    Ok(None) => {}
                    Err(status) => {
                        self.end();
                        return Poll::Ready(Some(Err(status)));
                    }
                }
            }
            match self.topic.read(self.next, self.batch) {
                Read::Events {
                    revisions,
                    fields,
                    current,
                } => {
                    // Near its byte bound a batch counts as full: the next
                    // event might not have fitted anyway.
                    let partial = (revisions.end() - revisions.start() + 1)
                        < self.batch.events as u64
                        && fields.len() < self.batch.bytes / 2;
                    if partial && self.pace == Pace::Sending && self.wakes.batching() {
                        self.topic.wait(self.id, cx.waker());
                        self.wakes.wake_soon(&self.topic);
                        self.pace = Pace::Waiting;
                        return Poll::Pending;
                    }
                    self.pace = match self.pace {
                        Pace::Waiting => Pace::SentAtWake,
                        _ => Pace::Sending,
                    };
                    self.next = revisions.end() + 1;
                    self.rearm_progress();
                    let response = encode::response(&self.topic.log_id, current, &fields);
                    return Poll::Ready(Some(Ok(GrpcSlice::from(response))));
                }
                Read::Compacted { .. } if self.shared.is_some() => {
                    // Redis keeps more than the topic's history.
                    if let Err(status) = self.fetch() {
                        self.end();
                        return Poll::Ready(Some(Err(status)));
                    }
                }
                Read::Compacted { oldest, current } => {
                    return Poll::Ready(Some(Err(self.compacted(oldest, current))));
                }
                Read::UpToDate { current } => {
                    self.topic.wait(self.id, cx.waker());
                    self.pace = Pace::Waiting;
                    // A publish may have come between the read and `wait`,
                    // or the topic ended.
                    if self.topic.current() >= self.next || self.topic.ended().is_some() {
                        continue;
                    }
                    let idle = match &mut self.progress {
                        Some((_, delay)) => delay.poll_unpin(cx).is_ready(),
                        None => false,
                    };
                    if !idle {
                        return Poll::Pending;
                    }
                    self.rearm_progress();
                    // Never more than the subscriber has: it may be ahead
                    // of this server's history.
                    let current = current.max(self.next - 1);
                    let notice = encode::response(&self.topic.log_id, current, &[]);
                    return Poll::Ready(Some(Ok(GrpcSlice::from(notice))));
                }
            }
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.end();
    }
}

#[cfg(test)]
mod tests {
    use futures::StreamExt;
    use protobuf::Message;

    use super::*;
    use crate::proto::SubscribeResponse;
    use crate::wakes::tests::Report;

    fn publish(feed: &Feed, topic: &str, data: &[u8]) -> Result<u64, RpcStatus> {
        futures_executor::block_on(feed.publish(topic, data.to_vec()))
    }

    fn small() -> FeedConfig {
        FeedConfig {
            history_events: 4,
            max_topics: 2,
            max_subscribers_per_topic: 2,
            max_event_bytes: 10,
            progress_interval: None,
            ..FeedConfig::default()
        }
    }

    fn next(subscription: &mut Subscription) -> Option<Result<SubscribeResponse, RpcStatus>> {
        let waker = futures::task::noop_waker();
        match subscription.poll_next_unpin(&mut Context::from_waker(&waker)) {
            Poll::Ready(Some(Ok(slice))) => Some(Ok(SubscribeResponse::parse_from_bytes(
                slice.as_slice(),
            )
            .expect("decodes"))),
            Poll::Ready(Some(Err(status))) => Some(Err(status)),
            Poll::Ready(None) => panic!("ended"),
            Poll::Pending => None,
        }
    }

    fn revisions(response: &SubscribeResponse) -> Vec<u64> {
        response.events.iter().map(|e| e.revision).collect()
    }

    #[test]
    fn a_subscriber_gets_the_history_then_each_new_event() {
        let feed = Feed::new(small());
        publish(&feed, "t", b"1").unwrap();
        publish(&feed, "t", b"2").unwrap();
        let mut subscription = feed.subscribe("t", 0, "").unwrap();
        let first = next(&mut subscription).unwrap().unwrap();
        assert_eq!(revisions(&first), [1, 2]);
        assert_eq!((first.log_id.as_str(), first.current), (&*feed.log_id(), 2));
        assert_eq!(first.events[1].data, b"2");
        assert!(next(&mut subscription).is_none());
        publish(&feed, "t", b"3").unwrap();
        assert_eq!(revisions(&next(&mut subscription).unwrap().unwrap()), [3]);
    }

    #[test]
    fn after_a_send_a_subscriber_sends_a_full_batch_at_once_and_less_at_the_next_wake() {
        let feed = Feed::new(FeedConfig {
            batch_events: 3,
            wake_delay: Duration::from_millis(20),
            ..small()
        });
        let (tx, woken) = std::sync::mpsc::channel();
        let report = Report(std::sync::Mutex::new(tx), Default::default());
        let waker = std::task::Waker::from(Arc::new(report));
        let poll = |subscription: &mut Subscription| match subscription
            .poll_next_unpin(&mut Context::from_waker(&waker))
        {
            Poll::Ready(Some(Ok(slice))) => Some(revisions(
                &SubscribeResponse::parse_from_bytes(slice.as_slice()).expect("decodes"),
            )),
            Poll::Pending => None,
            other => panic!("{other:?}"),
        };
        publish(&feed, "t", b"1").unwrap();
        let mut subscription = feed.subscribe("t", 0, "").unwrap();
        // Its first message goes at once, however short.
        assert_eq!(poll(&mut subscription), Some(vec![1]));
        // Polled again (its send done): one event waits for the wake...
        publish(&feed, "t", b"2").unwrap();
        while woken.try_recv().is_ok() {}
        assert_eq!(poll(&mut subscription), None);
        woken
            .recv_timeout(Duration::from_secs(5))
            .expect("woken by the feed");
        assert_eq!(poll(&mut subscription), Some(vec![2]));
        // Its message at the wake is on its way: the next wake is held...
        let (recheck, give_up) = (Duration::from_millis(1), Duration::from_secs(100));
        let in_flight = |subscription: &Subscription| {
            let now = std::time::Instant::now();
            subscription.topic.next_wake(now, recheck, give_up) == Some(now + recheck)
        };
        assert!(in_flight(&subscription));
        // ... until it is polled again, its send done: it is back, though
        // it goes on with a full batch, which does not wait for a wake.
        for data in [b"3", b"4", b"5"] {
            publish(&feed, "t", data).unwrap();
        }
        assert_eq!(poll(&mut subscription), Some(vec![3, 4, 5]));
        assert!(!in_flight(&subscription));
    }

    #[test]
    fn a_subscriber_that_falls_out_of_the_history_is_ended_with_out_of_range() {
        let feed = Feed::new(small());
        let mut subscription = feed.subscribe("t", 0, "").unwrap();
        for _ in 0..10 {
            publish(&feed, "t", b"x").unwrap();
        }
        let status = next(&mut subscription).unwrap().unwrap_err();
        assert_eq!(status.code(), RpcStatusCode::OUT_OF_RANGE);
        assert!(
            status.message().contains("revision 1 ") && status.message().contains("holds 7 to 10"),
            "{}",
            status.message()
        );
        let waker = futures::task::noop_waker();
        let ended = subscription.poll_next_unpin(&mut Context::from_waker(&waker));
        assert!(matches!(ended, Poll::Ready(None)));
    }

    #[test]
    fn resuming_checks_the_log_and_the_revision() {
        let feed = Feed::new(small());
        publish(&feed, "t", b"x").unwrap();
        let other_log = feed.subscribe("t", 1, "0123456789abcdef").err().unwrap();
        assert_eq!(other_log.code(), RpcStatusCode::FAILED_PRECONDITION);
        let future = feed.subscribe("t", 2, &feed.log_id()).err().unwrap();
        assert_eq!(future.code(), RpcStatusCode::OUT_OF_RANGE);
        let mut resumed = feed.subscribe("t", 1, &feed.log_id()).unwrap();
        assert!(next(&mut resumed).is_none());
        assert_ne!(Feed::new(small()).log_id(), feed.log_id());
    }

    #[test]
    fn bounds_are_answered_with_resource_exhausted_or_invalid_argument() {
        let feed = Feed::new(small());
        let code = |r: Result<u64, RpcStatus>| r.unwrap_err().code();
        assert_eq!(
            code(publish(&feed, "t", &[0; 11])),
            RpcStatusCode::RESOURCE_EXHAUSTED
        );
        publish(&feed, "a", b"").unwrap();
        publish(&feed, "b", b"").unwrap();
        assert_eq!(
            code(publish(&feed, "c", b"")),
            RpcStatusCode::RESOURCE_EXHAUSTED
        );
        for bad in ["", "white space", "ü", &"x".repeat(129)] {
            assert_eq!(
                code(publish(&feed, bad, b"")),
                RpcStatusCode::INVALID_ARGUMENT
            );
        }
        let _one = feed.subscribe("a", 0, "").unwrap();
        let two = feed.subscribe("a", 0, "").unwrap();
        let third = feed.subscribe("a", 0, "").err().unwrap();
        assert_eq!(third.code(), RpcStatusCode::RESOURCE_EXHAUSTED);
        drop(two);
        assert!(feed.subscribe("a", 0, "").is_ok());
    }

    #[test]
    fn refused_subscriptions_make_no_topics_and_unused_empty_ones_make_room() {
        let feed = Feed::new(small());
        let code = |r: Result<Subscription, RpcStatus>| r.err().map(|status| status.code());
        for n in 0..5 {
            let past = feed.subscribe(&format!("junk{n}"), 5, "");
            assert_eq!(code(past), Some(RpcStatusCode::OUT_OF_RANGE));
            let other_log = feed.subscribe(&format!("other{n}"), 0, "0123456789abcdef");
            assert_eq!(code(other_log), Some(RpcStatusCode::FAILED_PRECONDITION));
        }
        publish(&feed, "a", b"1").unwrap();
        // A topic a subscriber waited on and left, never published to, makes
        // room; one published to never does (in memory it is the log).
        drop(feed.subscribe("waited", 0, "").unwrap());
        publish(&feed, "b", b"1").unwrap();
        let full = publish(&feed, "c", b"1").unwrap_err();
        assert_eq!(full.code(), RpcStatusCode::RESOURCE_EXHAUSTED);
        assert_eq!(publish(&feed, "a", b"2").ok(), Some(2));
    }

    #[test]
    fn an_idle_subscriber_is_told_the_current_revision() {
        let feed = Feed::new(FeedConfig {
            progress_interval: Some(Duration::from_millis(20)),
            ..small()
        });
        publish(&feed, "t", b"x").unwrap();
        let mut subscription = feed.subscribe("t", 1, "").unwrap();
        // Bounded: a notice that never comes fails the test after 5 s.
        let notice = futures_executor::block_on(async {
            let within = Delay::new(Duration::from_secs(5));
            match futures::future::select(subscription.next(), within).await {
                futures::future::Either::Left((item, _)) => item,
                futures::future::Either::Right(_) => panic!("no progress notice within 5 s"),
            }
        })
        .unwrap()
        .unwrap();
        let notice = SubscribeResponse::parse_from_bytes(notice.as_slice()).unwrap();
        assert_eq!(notice.current, 1);
        assert!(notice.events.is_empty());
    }
}
