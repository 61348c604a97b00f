//! A feed on several servers: its topics follow a shared log in Redis
//! ([`RedisLog`]) instead of being the log themselves.
//!
//! - Publishes go to Redis through one writer thread, which sends each
//!   topic's waiting events in one script call: Redis gives the revisions.
//! - Each topic has a tailer thread that follows its stream (XREAD BLOCK)
//!   and adds the events to the topic's history at their revisions, so
//!   Redis' load grows with servers and topics, never with subscribers.
//! - Fetcher threads serve a subscriber what the local history does not
//!   have (a resume older than it, or a revision it has not seen yet).
//!
//! None of it runs on a gRPC poll thread. While Redis is unreachable,
//! publishes and new subscriptions are refused with `UNAVAILABLE`, one log
//! line says so, and running subscriptions wait; each thread connects again
//! with backoff. When the log in Redis changes (Redis lost its data), each
//! topic of the old log ends with `FAILED_PRECONDITION`, never a gap.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::thread;
use std::time::{Duration, Instant};

use futures::channel::{mpsc as queue, oneshot};
use futures::{SinkExt, StreamExt};
use grpcio::{RpcStatus, RpcStatusCode};

use crate::config::RedisConfig;
use crate::feed::{log_lost, new_log_id};
use crate::redis_log::{LogError, LoggedEvent, RedisLog};
use crate::topic::Topic;
use crate::wakes::DelayedWakes;

/// Events one read from Redis asks for, at most.
const MAX_READ: usize = 1024;

/// How long a tailer's XREAD waits for an event before it checks the log
/// and the feed, and reads again.
const TAIL_BLOCK: Duration = Duration::from_millis(250);

/// Publishes waiting for the writer, at most; a publisher past it waits.
const WRITE_QUEUE: usize = 4096;

/// What one script call of the writer carries, at most.
const WRITE_BATCH_EVENTS: usize = 4096;
const WRITE_BATCH_BYTES: usize = 8 << 20;

/// Reads for subscribers waiting for a fetcher, at most; past it a
/// subscription is refused with `UNAVAILABLE`.
const FETCH_QUEUE: usize = 1024;

/// Threads that serve subscribers from Redis.
const FETCHERS: usize = 2;

/// How often the probe thread looks whether Redis is away.
const PROBE_EVERY: Duration = Duration::from_millis(100);

/// After a failure, a thread connects again no sooner than this, doubling
/// up to `RETRY_CAP` while Redis stays away.
const RETRY_FIRST: Duration = Duration::from_millis(100);
const RETRY_CAP: Duration = Duration::from_secs(2);

/// The feed's link to the shared log: its writer and fetchers, and what
/// every thread of it shares.
pub(crate) struct SharedLog {
    core: Arc<Core>,
    /// To the writer thread; it ends when this is dropped.
    writes: queue::Sender<Append>,
    /// To the fetcher threads; they end when the last clone is dropped.
    fetches: SyncSender<Fetch>,
    /// Events one read asks for: however large they are, a reply never
    /// holds more than a topic's history may.
    read_count: usize,
}

/// What the log's threads share.
struct Core {
    config: RedisConfig,
    /// The log joined last: new topics belong to it.
    log_id: RwLock<Arc<str>>,
    outage: Outage,
    /// The feed is gone: tailers stop.
    closed: AtomicBool,
}

/// One event on its way to Redis, and who waits for its revision.
struct Append {
    topic: String,
    data: Vec<u8>,
    reply: oneshot::Sender<Result<u64, RpcStatus>>,
}

/// A subscriber's read from Redis: up to `count` events of `topic` after
/// `after`, from log `log_id` only.
struct Fetch {
    topic: String,
    log_id: Arc<str>,
    after: u64,
    count: usize,
    reply: oneshot::Sender<Result<Fetched, RpcStatus>>,
}

/// What a fetch found.
#[derive(Debug)]
pub(crate) struct Fetched {
    /// The events after the fetch's `after`, oldest first: they start at
    /// `after + 1` unless Redis no longer has it.
    pub(crate) events: Vec<LoggedEvent>,
    /// The topic's newest revision in Redis.
    pub(crate) current: u64,
    /// The oldest revision Redis still has (`None`: none).
    pub(crate) oldest: Option<u64>,
}

/// Whether Redis is away, so that an outage is logged once, not per call.
struct Outage {
    /// Since when, and why, while it lasts.
    since: Mutex<Option<(Instant, String)>>,
    /// Read on every subscribe without the lock.
    down: AtomicBool,
}

impl SharedLog {
    /// Joins the log in Redis at `config.url` and starts the writer and the
    /// fetchers; a read brings at most `read_bytes` of events of up to
    /// `max_event_bytes` each. Fails if Redis cannot be reached now.
    pub(crate) fn connect(
        config: RedisConfig,
        read_bytes: usize,
        max_event_bytes: usize,
    ) -> Result<SharedLog, LogError> {
        let log = RedisLog::connect(&config.url, config.timeout, config.keep, &new_log_id())?;
        let core = Arc::new(Core {
            log_id: RwLock::new(log.log_id().into()),
            config,
            outage: Outage {
                since: Mutex::new(None),
                down: AtomicBool::new(false),
            },
            closed: AtomicBool::new(false),
        });
        let (writes, appends) = queue::channel(WRITE_QUEUE);
        let writer = Arc::clone(&core);
        let link = Link::with(log, writer.config.timeout);
        spawn("feed-redis-writer", move || write(&writer, link, appends))?;
        let (fetches, reads) = mpsc::sync_channel(FETCH_QUEUE);
        let reads = Arc::new(Mutex::new(reads));
        for n in 0..FETCHERS {
            let (fetcher, reads) = (Arc::clone(&core), Arc::clone(&reads));
            spawn(&format!("feed-redis-fetch-{n}"), move || {
                fetch(&fetcher, &reads)
            })?;
        }
        let prober = Arc::clone(&core);
        spawn("feed-redis-probe", move || probe(&prober))?;
        Ok(SharedLog {
            core,
            writes,
            fetches,
            read_count: (read_bytes / max_event_bytes.max(1)).clamp(1, MAX_READ),
        })
    }

    /// The log joined last.
    pub(crate) fn log_id(&self) -> Arc<str> {
        Arc::clone(
            &self
                .core
                .log_id
                .read()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }

    /// `UNAVAILABLE` while Redis is away.
    pub(crate) fn check_available(&self) -> Result<(), RpcStatus> {
        match self.core.outage.why() {
            None => Ok(()),
            Some(why) => Err(unavailable(&self.core.config.url, &why, "try again later")),
        }
    }

    /// Starts `topic`'s tailer, which fills its history from Redis, keeping
    /// up to `history` events of what Redis has, then follows the stream
    /// until the topic ends or the feed is dropped.
    pub(crate) fn tail(
        &self,
        topic: &Arc<Topic>,
        history: usize,
        wakes: &Arc<DelayedWakes>,
    ) -> Result<(), RpcStatus> {
        let (core, topic_, wakes) = (Arc::clone(&self.core), Arc::clone(topic), Arc::clone(wakes));
        let count = self.read_count;
        spawn("feed-redis-tail", move || {
            tail(&core, &topic_, history, count, &wakes)
        })
        .map_err(|e| {
            RpcStatus::with_message(
                RpcStatusCode::RESOURCE_EXHAUSTED,
                format!("no thread to follow topic {:?}: {e}", topic.name),
            )
        })
    }

    /// Appends `data` to `topic` in Redis: its revision, once the writer has
    /// it. Waits while the writer's queue is full.
    pub(crate) async fn publish(&self, topic: String, data: Vec<u8>) -> Result<u64, RpcStatus> {
        let (reply, revision) = oneshot::channel();
        let append = Append { topic, data, reply };
        let gone =
            || RpcStatus::with_message(RpcStatusCode::UNAVAILABLE, "the feed is shut down".into());
        self.writes.clone().send(append).await.map_err(|_| gone())?;
        revision.await.map_err(|_| gone())?
    }

    /// Reads up to `count` events of `topic` (of log `log_id`) after
    /// `after` from Redis, on a fetcher thread. `UNAVAILABLE` at once if
    /// the fetchers have too much to do.
    pub(crate) fn fetch(
        &self,
        topic: &Topic,
        after: u64,
        count: usize,
    ) -> Result<oneshot::Receiver<Result<Fetched, RpcStatus>>, RpcStatus> {
        let (reply, fetched) = oneshot::channel();
        let fetch = Fetch {
            topic: topic.name.clone(),
            log_id: Arc::clone(&topic.log_id),
            after,
            count: count.min(self.read_count),
            reply,
        };
        match self.fetches.try_send(fetch) {
            Ok(()) => Ok(fetched),
            Err(TrySendError::Full(_)) => Err(RpcStatus::with_message(
                RpcStatusCode::UNAVAILABLE,
                format!(
                    "this server has {FETCH_QUEUE} reads from Redis waiting already: \
                     try again later"
                ),
            )),
            Err(TrySendError::Disconnected(_)) => Err(RpcStatus::with_message(
                RpcStatusCode::UNAVAILABLE,
                "the feed is shut down".into(),
            )),
        }
    }
}

impl SharedLog {
    /// The feed is gone: its tailers stop within a read's wait.
    pub(crate) fn close(&self) {
        self.core.closed.store(true, Ordering::Release);
    }
}

impl Core {
    /// A thread joined log `log_id` (the one in Redis when it connected):
    /// new topics belong to it from now on.
    fn adopt(&self, log_id: &str) {
        let mut current = self.log_id.write().unwrap_or_else(PoisonError::into_inner);
        if &**current != log_id {
            log::warn!(
                "feed: the log in Redis at {} is now {log_id:?}, not {:?} (Redis lost its data): \
                 topics of the old log end with FAILED_PRECONDITION",
                self.config.url,
                &**current
            );
            *current = log_id.into();
        }
    }
}

impl Outage {
    fn begin(&self, url: &str, why: &str) {
        let mut since = self.since.lock().unwrap_or_else(PoisonError::into_inner);
        if since.is_none() {
            log::warn!(
                "feed: Redis at {url} is unavailable ({why}): publishes and new subscriptions \
                 get UNAVAILABLE until it is back; running subscriptions wait"
            );
            *since = Some((Instant::now(), why.to_string()));
            self.down.store(true, Ordering::Release);
        }
    }

    fn end(&self, url: &str) {
        if !self.down.load(Ordering::Acquire) {
            return;
        }
        let mut since = self.since.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((at, _)) = since.take() {
            self.down.store(false, Ordering::Release);
            log::info!("feed: Redis at {url} is back after {:.1?}", at.elapsed());
        }
    }

    /// Why Redis is away, while it is.
    fn why(&self) -> Option<String> {
        if !self.down.load(Ordering::Acquire) {
            return None;
        }
        let since = self.since.lock().unwrap_or_else(PoisonError::into_inner);
        since.as_ref().map(|(_, why)| why.clone())
    }
}

/// One thread's connection to the log: connects when it has none, and
/// after a failure not again before a backoff.
struct Link {
    log: Option<RedisLog>,
    /// Each command's bound (a tailer's covers its XREAD's wait too).
    timeout: Duration,
    /// No command before this, after a failure.
    retry_at: Option<Instant>,
    /// The next failure's backoff.
    backoff: Duration,
    /// Answered while waiting to retry.
    last_failure: String,
}

impl Link {
    fn new(timeout: Duration) -> Link {
        Link {
            log: None,
            timeout,
            retry_at: None,
            backoff: RETRY_FIRST,
            last_failure: String::new(),
        }
    }

    fn with(log: RedisLog, timeout: Duration) -> Link {
        Link {
            log: Some(log),
            ..Link::new(timeout)
        }
    }

    /// Runs `op` on the log, connecting first if need be (and joining the
    /// log in Redis then: see [`Core::adopt`]).
    fn call<T>(
        &mut self,
        core: &Core,
        op: impl FnOnce(&mut RedisLog) -> Result<T, LogError>,
    ) -> Result<T, LogError> {
        if self.retry_at.is_some_and(|at| Instant::now() < at) {
            return Err(LogError::Unavailable(self.last_failure.clone()));
        }
        let log = match &mut self.log {
            Some(log) => log,
            None => {
                let config = &core.config;
                match RedisLog::connect(&config.url, self.timeout, config.keep, &new_log_id()) {
                    Ok(log) => {
                        core.adopt(log.log_id());
                        self.log.insert(log)
                    }
                    Err(e) => return Err(self.failed(core, e)),
                }
            }
        };
        match op(log) {
            Ok(value) => {
                self.retry_at = None;
                self.backoff = RETRY_FIRST;
                core.outage.end(&core.config.url);
                Ok(value)
            }
            Err(e) => Err(self.failed(core, e)),
        }
    }

    fn failed(&mut self, core: &Core, e: LogError) -> LogError {
        match &e {
            LogError::Unavailable(why) | LogError::Redis(why) => {
                if matches!(e, LogError::Unavailable(_)) {
                    core.outage.begin(&core.config.url, why);
                } else {
                    log::warn!("feed: {e}");
                }
                self.last_failure = why.clone();
                self.retry_at = Some(Instant::now() + self.backoff);
                self.backoff = (self.backoff * 2).min(RETRY_CAP);
            }
            // The next call joins the log in Redis now.
            LogError::Changed { .. } => self.log = None,
        }
        e
    }

    /// Sleeps until the next command may go (a thread of the log's own).
    fn wait_to_retry(&self) {
        if let Some(at) = self.retry_at {
            thread::sleep(at.saturating_duration_since(Instant::now()));
        }
    }
}

/// The writer thread: each turn takes what publishers have queued, sends
/// each topic's events in one script call, and answers each publisher.
fn write(core: &Core, mut link: Link, mut appends: queue::Receiver<Append>) {
    while let Some(first) = futures::executor::block_on(appends.next()) {
        let mut bytes = first.data.len();
        let mut batch = vec![first];
        while batch.len() < WRITE_BATCH_EVENTS && bytes < WRITE_BATCH_BYTES {
            match appends.try_recv() {
                Ok(append) => {
                    bytes += append.data.len();
                    batch.push(append);
                }
                _ => break,
            }
        }
        for (topic, appends) in by_topic(batch) {
            let events: Vec<&[u8]> = appends.iter().map(|a| a.data.as_slice()).collect();
            let result = link.call(core, |log| log.append(&topic, &events));
            drop(events);
            match result {
                Ok(revisions) => {
                    for (append, revision) in appends.into_iter().zip(revisions) {
                        let _ = append.reply.send(Ok(revision));
                    }
                }
                Err(e) => {
                    let status = not_published(&core.config.url, &e);
                    for append in appends {
                        let _ = append.reply.send(Err(status.clone()));
                    }
                }
            }
        }
    }
}

/// Each topic's appends in their order, the topics in order of first
/// appearance: one script call each, and a publisher's events keep their
/// order.
fn by_topic(batch: Vec<Append>) -> Vec<(String, Vec<Append>)> {
    let mut topics: Vec<(String, Vec<Append>)> = Vec::new();
    for append in batch {
        match topics.iter_mut().find(|(name, _)| *name == append.topic) {
            Some((_, appends)) => appends.push(append),
            None => topics.push((append.topic.clone(), vec![append])),
        }
    }
    topics
}

/// A publish's status when its append failed.
fn not_published(url: &str, e: &LogError) -> RpcStatus {
    match e {
        LogError::Unavailable(why) => unavailable(
            url,
            why,
            "the event may have been published (once) or not: a retry may publish it twice",
        ),
        LogError::Changed { .. } => RpcStatus::with_message(
            RpcStatusCode::UNAVAILABLE,
            format!("{e}; the event was not published: publish it again"),
        ),
        LogError::Redis(_) => RpcStatus::with_message(
            RpcStatusCode::INTERNAL,
            format!("{e}; the event was not published"),
        ),
    }
}

fn unavailable(url: &str, why: &str, then: &str) -> RpcStatus {
    RpcStatus::with_message(
        RpcStatusCode::UNAVAILABLE,
        format!("the feed's shared log (Redis at {url}) is unavailable: {why}; {then}"),
    )
}

/// [`LogError::Changed`] unless `log` is connected to log `expected`: a
/// topic's reads come from its own log only.
fn same_log(log: &RedisLog, expected: &str) -> Result<(), LogError> {
    if log.log_id() == expected {
        Ok(())
    } else {
        Err(LogError::Changed {
            joined: expected.to_string(),
            now: Some(log.log_id().to_string()),
        })
    }
}

/// A tailer thread: follows `topic`'s stream from Redis into its history.
fn tail(core: &Core, topic: &Arc<Topic>, history: usize, count: usize, wakes: &DelayedWakes) {
    let mut link = Link::new(core.config.timeout + TAIL_BLOCK);
    // The newest revision in the history; `None` until the first read.
    let mut last: Option<u64> = None;
    while !core.closed.load(Ordering::Acquire) && topic.ended().is_none() {
        let read = link.call(core, |log| {
            same_log(log, &topic.log_id)?;
            let after = match last {
                Some(after) => after,
                None => {
                    // The newest `history` events Redis has.
                    let current = log.current(&topic.name)?;
                    let oldest = log.oldest(&topic.name)?.unwrap_or(current + 1);
                    (oldest - 1).max(current.saturating_sub(history as u64))
                }
            };
            let events = log.wait_after(&topic.name, after, count, TAIL_BLOCK)?;
            if events.is_empty() {
                // Quiet: a moment to see that the log is still the one
                // joined (a flushed Redis drops no connection).
                log.check()?;
            }
            Ok((after, events))
        });
        match read {
            Ok((after, events)) => {
                last = Some(events.last().map_or(after, |(revision, _)| *revision));
                if !events.is_empty() {
                    topic.append_logged(&events);
                    wakes.wake_soon(topic);
                }
            }
            Err(LogError::Changed { .. }) => {
                // The log Redis has now is joined first: a subscriber that
                // finds this topic ended gets one of that log.
                let _ = link.call(core, |_| Ok(()));
                topic.end(log_lost(&topic.name));
            }
            Err(_) => link.wait_to_retry(),
        }
    }
}

/// The probe thread: while Redis is away, tries it (with backoff) until it
/// answers, and so ends the outage. Publishes and subscriptions are
/// refused meanwhile, so without it a server with no topic to follow would
/// never try again.
fn probe(core: &Core) {
    let mut link = Link::new(core.config.timeout);
    while !core.closed.load(Ordering::Acquire) {
        if core.outage.why().is_some() {
            let _ = link.call(core, RedisLog::check);
            link.wait_to_retry();
        }
        thread::sleep(PROBE_EVERY);
    }
}

/// A fetcher thread: serves subscribers' reads from Redis, one at a time.
fn fetch(core: &Core, reads: &Mutex<Receiver<Fetch>>) {
    let mut link = Link::new(core.config.timeout);
    loop {
        let next = reads.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok(fetch) = next else {
            return;
        };
        if fetch.reply.is_canceled() {
            continue;
        }
        let result = link.call(core, |log| {
            same_log(log, &fetch.log_id)?;
            let events = log.read_after(&fetch.topic, fetch.after, fetch.count)?;
            let (current, oldest) = match (events.first(), events.last()) {
                (Some((first, _)), Some((last, _))) if *first == fetch.after + 1 => {
                    (*last, Some(*first))
                }
                _ => (log.current(&fetch.topic)?, log.oldest(&fetch.topic)?),
            };
            Ok(Fetched {
                events,
                current,
                oldest,
            })
        });
        let _ = fetch.reply.send(result.map_err(|e| match e {
            LogError::Unavailable(why) => unavailable(&core.config.url, &why, "resume later"),
            LogError::Changed { .. } => log_lost(&fetch.topic),
            LogError::Redis(_) => RpcStatus::with_message(RpcStatusCode::INTERNAL, e.to_string()),
        }));
    }
}

fn spawn(name: &str, run: impl FnOnce() + Send + 'static) -> Result<(), LogError> {
    thread::Builder::new()
        .name(name.into())
        .spawn(run)
        .map(drop)
        .map_err(|e| LogError::Redis(format!("no thread for {name}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn core(url: String) -> Core {
        Core {
            config: RedisConfig {
                timeout: Duration::from_secs(2),
                ..RedisConfig::new(url)
            },
            log_id: RwLock::new("log".into()),
            outage: Outage {
                since: Mutex::new(None),
                down: AtomicBool::new(false),
            },
            closed: AtomicBool::new(false),
        }
    }

    #[test]
    fn a_link_that_cannot_connect_backs_off_and_reports_one_outage() {
        // A loopback port nobody listens on: connecting is refused at once.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let core = core(format!("redis://127.0.0.1:{port}"));
        let mut link = Link::new(core.config.timeout);
        let refused = link.call(&core, |_| Ok(()));
        assert!(
            matches!(refused, Err(LogError::Unavailable(_))),
            "{refused:?}"
        );
        assert!(core.outage.why().is_some());
        assert_eq!(link.backoff, RETRY_FIRST * 2);
        // Until the backoff is over, calls fail with the same reason and do
        // not try (the backoff stays where it was).
        let again = link.call(&core, |_| Ok(()));
        assert_eq!(again.err(), refused.err());
        assert_eq!(link.backoff, RETRY_FIRST * 2);
        // After it, the next try fails again and the backoff doubles, up
        // to its cap.
        for _ in 0..5 {
            link.retry_at = Some(Instant::now()); // as if the backoff were over
            assert!(link.call(&core, |_| Ok(())).is_err());
        }
        assert_eq!(link.backoff, RETRY_CAP);
        core.outage.end(&core.config.url);
        assert!(core.outage.why().is_none());
    }

    #[test]
    fn a_batch_goes_by_topic_each_in_its_order() {
        let append = |topic: &str, data: &[u8]| Append {
            topic: topic.into(),
            data: data.to_vec(),
            reply: oneshot::channel().0,
        };
        let batch = vec![
            append("b", b"1"),
            append("a", b"2"),
            append("b", b"3"),
            append("a", b"4"),
            append("c", b"5"),
        ];
        let grouped: Vec<(String, Vec<Vec<u8>>)> = by_topic(batch)
            .into_iter()
            .map(|(topic, appends)| (topic, appends.into_iter().map(|a| a.data).collect()))
            .collect();
        let data = |all: &[&[u8]]| all.iter().map(|d| d.to_vec()).collect::<Vec<_>>();
        let expected = [
            ("b".to_string(), data(&[b"1", b"3"])),
            ("a".to_string(), data(&[b"2", b"4"])),
            ("c".to_string(), data(&[b"5"])),
        ];
        assert_eq!(grouped, expected);
    }
}
