//! A feed on several servers: its topics follow a shared log in Redis
//! ([`RedisLog`]) instead of being the log themselves.
//!
//! - Publishes go to Redis through one writer thread, which sends each
//!   topic's waiting events in one script call: Redis gives the revisions.
//! - Each topic has a tailer thread that follows its stream (XREAD BLOCK,
//!   and reads sized by bytes while it is behind) and adds the events to
//!   the topic's history at their revisions, so Redis' load grows with
//!   servers and topics, never with subscribers.
//! - Fetcher threads serve a subscriber what the local history does not
//!   have (a resume older than it, or a revision it has not seen yet).
//!
//! - With Sentinel, a watcher thread listens for the sentinels'
//!   `+switch-master`: every connection then finds the master again at
//!   once (each also does after any failure), and one log line names the
//!   old master and the new.
//!
//! None of it runs on a gRPC poll thread. While Redis is unreachable,
//! publishes and new subscriptions are refused with `UNAVAILABLE`, one log
//! line says so, and running subscriptions wait; each thread connects again
//! with backoff; answers that mean "later" (loading, read-only, busy) count
//! as an outage too. When the log in Redis changes (Redis lost its data, or
//! part of it), each topic of the old log ends with `FAILED_PRECONDITION`,
//! never a gap; a topic whose stream keeps failing to read ends with
//! `INTERNAL`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::thread;
use std::time::{Duration, Instant};

use futures::channel::oneshot;
use grpcio::{RpcStatus, RpcStatusCode};

use crate::config::{RedisAt, RedisConfig};
use crate::feed::{log_lost, new_log_id};
use crate::redis_log::{LogError, LogRead, Marks, RedisLog};
use crate::sentinel;
use crate::topic::Topic;
use crate::wakes::DelayedWakes;

/// Events one read from Redis asks for, at most: four of the writer's
/// batches, so a tailer that fell behind catches up.
const MAX_READ: usize = 4 * WRITE_BATCH_EVENTS;

/// Bytes of events one read brings, at most (past its first event).
const MAX_READ_BYTES: usize = WRITE_BATCH_BYTES;

/// How long a tailer's XREAD waits for an event before it checks the log
/// and the feed, and reads again.
const TAIL_BLOCK: Duration = Duration::from_millis(250);

/// Events waiting for the writer, at most, from all publishers together; a
/// publisher past it waits.
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

/// Reads of a topic's stream that fail in a row with an error that is not
/// an outage (a foreign entry, a key of another type) before the topic
/// ends with `INTERNAL`: about 3 s of retries with the backoff above.
const TAIL_FAILURES: u32 = 5;

/// The feed's link to the shared log: its writer and fetchers, and what
/// every thread of it shares.
pub(crate) struct SharedLog {
    core: Arc<Core>,
    /// To the writer thread; it ends when this is dropped. Bounded in
    /// events, however many publishers send.
    writes: async_channel::Sender<Append>,
    /// To the fetcher threads; they end when the last clone is dropped.
    fetches: SyncSender<Fetch>,
    /// How much a tailer's reads bring.
    reads: Reads,
}

/// How much one read of a tailer's brings: a reply never holds more than a
/// topic's history may, and a tailer behind catches up in few round trips.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Reads {
    /// Events a blocking read (XREAD, which cannot count bytes) asks for:
    /// so many of the largest events fit in the byte bound.
    waiting: usize,
    /// Events a read sized by bytes asks for, at most.
    events: usize,
    /// Bytes such a read brings, at most (past its first event).
    bytes: usize,
}

impl Reads {
    /// Reads of at most `bytes` (a topic's history) of events of up to
    /// `max_event_bytes` each.
    fn within(bytes: usize, max_event_bytes: usize) -> Reads {
        let bytes = bytes.min(MAX_READ_BYTES);
        Reads {
            waiting: (bytes / max_event_bytes.max(1)).clamp(1, MAX_READ),
            events: MAX_READ,
            bytes,
        }
    }
}

/// What the log's threads share.
struct Core {
    config: RedisConfig,
    /// The log joined last: new topics belong to it.
    log_id: RwLock<Arc<str>>,
    outage: Outage,
    /// The feed is gone: tailers stop.
    closed: AtomicBool,
    /// The highest committed revision seen per topic: a Redis with less
    /// (a replica promoted without it) has its log retired.
    marks: Arc<Marks>,
    /// The Redis connected to last: when a connection finds another, a
    /// failover happened (logged once).
    master: Mutex<Option<String>>,
    /// Failovers the sentinels announced: each makes every connection find
    /// the master again (a connection to an old master cut off from the
    /// others would never fail on its own).
    switches: AtomicU64,
}

/// How long a topic's newest events may wait for their commit before a
/// tailer commits what replicas hold (their writer failed, or went away):
/// this many of Redis' timeouts.
const COMMIT_STALL: u32 = 2;

/// One event on its way to Redis, and who waits for its revision.
struct Append {
    topic: String,
    /// The log it is for: appended to that one only (a Publish call's
    /// events all go to one log, the one its answer names).
    log_id: Arc<str>,
    data: Vec<u8>,
    /// Dropped when the publisher is gone (its call cancelled or timed
    /// out): the event is not appended then.
    reply: oneshot::Sender<Result<u64, RpcStatus>>,
}

/// A subscriber's read from Redis: up to `count` events and `bytes` of
/// `topic` after `after`, from log `log_id` only.
struct Fetch {
    topic: String,
    log_id: Arc<str>,
    after: u64,
    count: usize,
    bytes: usize,
    reply: oneshot::Sender<Result<Fetched, RpcStatus>>,
}

/// What a fetch found: the events after its `after` (from the oldest kept
/// if Redis no longer has `after + 1`), the newest and oldest revisions.
pub(crate) type Fetched = LogRead;

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
        let marks = Arc::<Marks>::default();
        let log = RedisLog::sharing(&config, &new_log_id(), Arc::clone(&marks))?;
        let core = Arc::new(Core {
            log_id: RwLock::new(log.log_id().into()),
            master: Mutex::new(Some(log.address().to_string())),
            config,
            outage: Outage {
                since: Mutex::new(None),
                down: AtomicBool::new(false),
            },
            closed: AtomicBool::new(false),
            marks,
            switches: AtomicU64::new(0),
        });
        let (writes, appends) = async_channel::bounded(WRITE_QUEUE);
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
        if let RedisAt::Sentinel { sentinels, master } = &core.config.at {
            let (watcher, sentinels, master) =
                (Arc::clone(&core), sentinels.clone(), master.clone());
            spawn("feed-redis-sentinel", move || {
                let timeout = watcher.config.timeout;
                sentinel::watch_switches(&sentinels, &master, timeout, &watcher.closed, |news| {
                    log::debug!("feed: the sentinels announce a failover: {news}");
                    watcher.switches.fetch_add(1, Ordering::AcqRel);
                });
            })?;
        }
        Ok(SharedLog {
            core,
            writes,
            fetches,
            reads: Reads::within(read_bytes, max_event_bytes),
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
            Some(why) => Err(unavailable(&self.core.config.at, &why, "try again later")),
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
        let reads = self.reads;
        spawn("feed-redis-tail", move || {
            tail(&core, &topic_, history, reads, &wakes)
        })
        .map_err(|e| {
            RpcStatus::with_message(
                RpcStatusCode::RESOURCE_EXHAUSTED,
                format!("no thread to follow topic {:?}: {e}", topic.name),
            )
        })
    }

    /// Appends `data` to `topic` of log `log_id` in Redis: its revision,
    /// once the writer has it. Waits while the writer's queue is full. An
    /// event whose publisher stops waiting before the writer takes it is
    /// not appended.
    pub(crate) async fn publish(
        &self,
        topic: String,
        log_id: Arc<str>,
        data: Vec<u8>,
    ) -> Result<u64, RpcStatus> {
        let (reply, revision) = oneshot::channel();
        let append = Append {
            topic,
            log_id,
            data,
            reply,
        };
        let gone =
            || RpcStatus::with_message(RpcStatusCode::UNAVAILABLE, "the feed is shut down".into());
        self.writes.send(append).await.map_err(|_| gone())?;
        revision.await.map_err(|_| gone())?
    }

    /// Reads up to `count` events and `bytes` (past the first) of `topic`
    /// (of its log only) after `after` from Redis, on a fetcher thread.
    /// `UNAVAILABLE` at once if the fetchers have too much to do.
    pub(crate) fn fetch(
        &self,
        topic: &Topic,
        after: u64,
        count: usize,
        bytes: usize,
    ) -> Result<oneshot::Receiver<Result<Fetched, RpcStatus>>, RpcStatus> {
        let (reply, fetched) = oneshot::channel();
        let fetch = Fetch {
            topic: topic.name.clone(),
            log_id: Arc::clone(&topic.log_id),
            after,
            count: count.min(MAX_READ),
            bytes: bytes.min(self.reads.bytes),
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
                "feed: the log in {} is now {log_id:?}, not {:?} (Redis lost its data): \
                 topics of the old log end with FAILED_PRECONDITION",
                self.config.at,
                &**current
            );
            *current = log_id.into();
        }
    }

    /// A connection went to Redis at `address`: if the last one went
    /// elsewhere, the master changed (a failover), said once.
    fn arrived(&self, address: &str) {
        let mut master = self.master.lock().unwrap_or_else(PoisonError::into_inner);
        if master.as_deref() == Some(address) {
            return;
        }
        if let Some(before) = master.as_deref() {
            log::warn!(
                "feed: the log's master moved from {before} to {address} (a failover of {}); \
                 it goes on there",
                self.config.at
            );
        }
        *master = Some(address.to_string());
    }
}

impl Outage {
    /// Redis failed (`why`): the outage begins, logged once, or goes on,
    /// refusals naming the latest reason (a restart goes from refused
    /// connections to LOADING, say).
    fn begin(&self, at: &RedisAt, why: &str) {
        let mut since = self.since.lock().unwrap_or_else(PoisonError::into_inner);
        match &mut *since {
            Some((_, reason)) => why.clone_into(reason),
            None => {
                log::warn!(
                    "feed: {at} is unavailable ({why}): publishes and new \
                     subscriptions get UNAVAILABLE until it is back; running subscriptions wait"
                );
                *since = Some((Instant::now(), why.to_string()));
                self.down.store(true, Ordering::Release);
            }
        }
    }

    fn end(&self, at: &RedisAt) {
        if !self.down.load(Ordering::Acquire) {
            return;
        }
        let mut since = self.since.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((since, _)) = since.take() {
            self.down.store(false, Ordering::Release);
            log::info!("feed: {at} is back after {:.1?}", since.elapsed());
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
    /// The sentinels' failovers heard of when this link last looked: one
    /// more, and it finds the master again.
    switches: u64,
    /// Where its connection went last (reported to the core when it moves).
    address: String,
}

impl Link {
    fn new(timeout: Duration) -> Link {
        Link {
            log: None,
            timeout,
            retry_at: None,
            backoff: RETRY_FIRST,
            last_failure: String::new(),
            switches: 0,
            address: String::new(),
        }
    }

    fn with(log: RedisLog, timeout: Duration) -> Link {
        Link {
            log: Some(log),
            ..Link::new(timeout)
        }
    }

    /// Runs `op` on log `log_id`: on a connection that joined it, connecting
    /// again first if this one joined another (the log in Redis changed
    /// since, or changes back: a thread serves topics of several logs in
    /// turn). [`LogError::Changed`] if Redis no longer has it.
    fn call_on<T>(
        &mut self,
        core: &Core,
        log_id: &str,
        op: impl FnOnce(&mut RedisLog) -> Result<T, LogError>,
    ) -> Result<T, LogError> {
        if self.log.as_ref().is_some_and(|log| log.log_id() != log_id) {
            self.log = None;
        }
        self.call(core, |log| {
            if log.log_id() == log_id {
                op(log)
            } else {
                Err(LogError::Changed {
                    joined: log_id.to_string(),
                    now: Some(log.log_id().to_string()),
                })
            }
        })
    }

    /// Runs `op` on the log, connecting first if need be (and joining the
    /// log in Redis then: see [`Core::adopt`]).
    fn call<T>(
        &mut self,
        core: &Core,
        op: impl FnOnce(&mut RedisLog) -> Result<T, LogError>,
    ) -> Result<T, LogError> {
        let switches = core.switches.load(Ordering::Acquire);
        if switches != self.switches {
            // A failover: to the new master now, whatever the backoff.
            self.switches = switches;
            self.retry_at = None;
            if let Some(log) = &mut self.log {
                log.disconnect();
            }
        }
        if self.retry_at.is_some_and(|at| Instant::now() < at) {
            return Err(LogError::Later(self.last_failure.clone()));
        }
        let log = match &mut self.log {
            Some(log) => log,
            None => {
                let config = RedisConfig {
                    timeout: self.timeout,
                    ..core.config.clone()
                };
                let marks = Arc::clone(&core.marks);
                match RedisLog::sharing(&config, &new_log_id(), marks) {
                    Ok(log) => {
                        core.adopt(log.log_id());
                        self.log.insert(log)
                    }
                    Err(e) => return Err(self.failed(core, e.not_sent())),
                }
            }
        };
        let result = op(log);
        if log.address() != self.address {
            log.address().clone_into(&mut self.address);
            core.arrived(&self.address);
        }
        match result {
            Ok(value) => {
                self.retry_at = None;
                self.backoff = RETRY_FIRST;
                core.outage.end(&core.config.at);
                Ok(value)
            }
            Err(e) => Err(self.failed(core, e)),
        }
    }

    fn failed(&mut self, core: &Core, e: LogError) -> LogError {
        match &e {
            LogError::Unavailable(why) | LogError::Later(why) | LogError::Redis(why) => {
                if matches!(e, LogError::Unavailable(_) | LogError::Later(_)) {
                    core.outage.begin(&core.config.at, why);
                } else {
                    log::warn!("feed: {e}");
                }
                self.last_failure = why.clone();
                self.retry_at = Some(Instant::now() + self.backoff);
                self.backoff = (self.backoff * 2).min(RETRY_CAP);
            }
            // The next call joins the log in Redis now.
            LogError::Changed { .. } | LogError::Damaged(_) => self.log = None,
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
fn write(core: &Core, mut link: Link, appends: async_channel::Receiver<Append>) {
    while let Ok(first) = appends.recv_blocking() {
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
        // Nobody waits for these: their call was cancelled or timed out.
        batch.retain(|append| !append.reply.is_canceled());
        for ((topic, log_id), appends) in by_topic(batch) {
            let events: Vec<&[u8]> = appends.iter().map(|a| a.data.as_slice()).collect();
            let result = link.call_on(core, &log_id, |log| log.append(&topic, &events));
            drop(events);
            match result {
                Ok(revisions) => {
                    for (append, revision) in appends.into_iter().zip(revisions) {
                        let _ = append.reply.send(Ok(revision));
                    }
                }
                Err(e) => {
                    let status = not_published(&core.config.at, &e);
                    for append in appends {
                        let _ = append.reply.send(Err(status.clone()));
                    }
                }
            }
        }
    }
}

/// A topic's name and the log it is of.
type TopicOfLog = (String, Arc<str>);

/// Each topic's appends (of one log) in their order, the topics in order
/// of first appearance: one script call each, and a publisher's events
/// keep their order.
fn by_topic(batch: Vec<Append>) -> Vec<(TopicOfLog, Vec<Append>)> {
    let mut topics: Vec<(TopicOfLog, Vec<Append>)> = Vec::new();
    for append in batch {
        let found = topics
            .iter_mut()
            .find(|((name, log), _)| *name == append.topic && *log == append.log_id);
        match found {
            Some((_, appends)) => appends.push(append),
            None => topics.push((
                (append.topic.clone(), Arc::clone(&append.log_id)),
                vec![append],
            )),
        }
    }
    topics
}

/// A publish's status when its append failed.
fn not_published(at: &RedisAt, e: &LogError) -> RpcStatus {
    match e {
        LogError::Unavailable(why) => unavailable(
            at,
            why,
            "the event may have been published (once) or not: a retry may publish it twice",
        ),
        LogError::Later(why) => {
            unavailable(at, why, "the event was not published: publish it again")
        }
        LogError::Changed { .. } | LogError::Damaged(_) => RpcStatus::with_message(
            RpcStatusCode::UNAVAILABLE,
            format!("{e}; the event was not published: publish it again"),
        ),
        // Redis is full (and evicts nothing: the feed refuses one that would).
        LogError::Redis(why) if why.contains("OOM") => RpcStatus::with_message(
            RpcStatusCode::RESOURCE_EXHAUSTED,
            format!("{e}; the event was not published"),
        ),
        LogError::Redis(_) => RpcStatus::with_message(
            RpcStatusCode::INTERNAL,
            format!("{e}; the event was not published"),
        ),
    }
}

fn unavailable(at: &RedisAt, why: &str, then: &str) -> RpcStatus {
    RpcStatus::with_message(
        RpcStatusCode::UNAVAILABLE,
        format!("the feed's shared log ({at}) is unavailable: {why}; {then}"),
    )
}

/// A tailer thread: follows `topic`'s stream from Redis into its history.
fn tail(core: &Core, topic: &Arc<Topic>, history: usize, reads: Reads, wakes: &DelayedWakes) {
    let mut link = Link::new(core.config.timeout + TAIL_BLOCK);
    // The newest revision in the history; `None` until the first read.
    let mut last: Option<u64> = None;
    // The last read may have left events behind: read on without waiting,
    // by bytes, until a read finds none.
    let mut behind = false;
    // Reads failed in a row with an error that is not an outage.
    let mut failures = 0;
    // Events appended but not committed: the committed revision they wait
    // past, and since when.
    let mut waiting: Option<(u64, Instant)> = None;
    let stall = core.config.timeout * COMMIT_STALL;
    while !core.closed.load(Ordering::Acquire) && topic.ended().is_none() {
        if waiting.is_some_and(|(_, since)| since.elapsed() >= stall) {
            // Their writer failed to commit them (or went away): what
            // replicas hold now is committed, the rest waits for the next
            // turn. Failures show in the next read.
            waiting = None;
            let committing = link.call_on(core, &topic.log_id, |log| log.commit_held(&topic.name));
            if let Err(e) = committing {
                log::debug!(
                    "feed: topic {:?}: no commit of what replicas hold: {e}",
                    topic.name
                );
            }
        }
        let read = link.call_on(core, &topic.log_id, |log| {
            let after = match last {
                Some(after) => after,
                None => {
                    // The newest `history` events Redis has.
                    let LogRead {
                        current, oldest, ..
                    } = log.read_after(&topic.name, u64::MAX - 1, 1, 0)?;
                    let oldest = oldest.unwrap_or(current + 1);
                    (oldest - 1).max(current.saturating_sub(history as u64))
                }
            };
            if behind {
                let events = log.read_after(&topic.name, after, reads.events, reads.bytes)?;
                let more = !events.events.is_empty();
                return Ok((after, events.events, more, None));
            }
            let events = log.wait_after(&topic.name, after, reads.waiting, TAIL_BLOCK)?;
            let mut uncommitted = None;
            if events.is_empty() {
                // Quiet: a moment to see that the log is still the one
                // joined (a flushed Redis drops no connection; its new
                // log's events are under other keys), and whether appended
                // events wait for their commit.
                let read = log.read_after(&topic.name, u64::MAX - 1, 1, 0)?;
                uncommitted = Some(read.current).filter(|_| read.appended > read.current);
            }
            let full = events.len() >= reads.waiting;
            Ok((after, events, full, uncommitted))
        });
        match read {
            Ok((after, events, more, uncommitted)) => {
                failures = 0;
                behind = more;
                waiting = match (uncommitted, waiting) {
                    (Some(current), Some((since_at, since))) if current == since_at => {
                        Some((since_at, since))
                    }
                    (Some(current), _) => Some((current, Instant::now())),
                    (None, _) => None,
                };
                last = Some(events.last().map_or(after, |(revision, _)| *revision));
                if !events.is_empty() {
                    topic.append_logged(&events);
                    wakes.wake_soon(topic);
                }
            }
            Err(LogError::Changed { .. } | LogError::Damaged(_)) => {
                // The log Redis has now is joined first: a subscriber that
                // finds this topic ended gets one of that log.
                let _ = link.call(core, |_| Ok(()));
                topic.end(log_lost(&topic.name));
            }
            Err(LogError::Redis(why)) if failures + 1 >= TAIL_FAILURES => {
                log::warn!(
                    "feed: topic {:?} ends: its stream in Redis failed {TAIL_FAILURES} reads in                      a row ({why})",
                    topic.name
                );
                topic.end(RpcStatus::with_message(
                    RpcStatusCode::INTERNAL,
                    format!(
                        "topic {:?} cannot be read from the feed's shared log: {why}",
                        topic.name
                    ),
                ));
            }
            Err(e) => {
                if matches!(e, LogError::Redis(_)) {
                    failures += 1;
                }
                link.wait_to_retry();
            }
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
            // Back means able to commit: the log there, and the replicas
            // waited for attached.
            let _ = link.call(core, |log| {
                log.check()?;
                log.confirm()
            });
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
        let result = link.call_on(core, &fetch.log_id, |log| {
            log.read_after(&fetch.topic, fetch.after, fetch.count, fetch.bytes)
        });
        let _ = fetch.reply.send(result.map_err(|e| match e {
            LogError::Unavailable(why) | LogError::Later(why) => {
                unavailable(&core.config.at, &why, "resume later")
            }
            LogError::Changed { .. } | LogError::Damaged(_) => log_lost(&fetch.topic),
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
            marks: Arc::default(),
            master: Mutex::new(None),
            switches: AtomicU64::new(0),
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
        assert!(matches!(refused, Err(LogError::Later(_))), "{refused:?}");
        assert!(core.outage.why().is_some());
        assert_eq!(link.backoff, RETRY_FIRST * 2);
        // Until the backoff is over, calls fail with the same reason and do
        // not try (the backoff stays where it was).
        let again = link.call(&core, |_| Ok(()));
        let (Err(LogError::Later(again)), Err(LogError::Later(refused))) = (again, refused) else {
            panic!("refused for another reason");
        };
        assert_eq!(again, refused);
        assert_eq!(link.backoff, RETRY_FIRST * 2);
        // After it, the next try fails again and the backoff doubles, up
        // to its cap.
        for _ in 0..5 {
            link.retry_at = Some(Instant::now()); // as if the backoff were over
            assert!(link.call(&core, |_| Ok(())).is_err());
        }
        assert_eq!(link.backoff, RETRY_CAP);
        core.outage.end(&core.config.at);
        assert!(core.outage.why().is_none());
    }

    #[test]
    fn reads_are_bounded_by_bytes_and_many_when_events_are_small() {
        // A blocking read counts events only: so many of the largest fit.
        let reads = Reads::within(64 << 20, 1 << 20);
        assert_eq!(reads.waiting, 8);
        assert_eq!((reads.events, reads.bytes), (MAX_READ, MAX_READ_BYTES));
        assert_eq!(Reads::within(1 << 20, 1 << 20).waiting, 1);
        assert_eq!(Reads::within(1 << 20, 16).waiting, MAX_READ);
        assert_eq!(Reads::within(1000, 0).waiting, 1000);
        // Past the first event, never more bytes than a history holds.
        assert_eq!(Reads::within(1000, 10).bytes, 1000);
    }

    #[test]
    fn a_batch_goes_by_topic_and_log_each_in_its_order() {
        let on = |topic: &str, log: &str| Append {
            topic: topic.into(),
            log_id: log.into(),
            data: Vec::new(),
            reply: oneshot::channel().0,
        };
        let batch = vec![on("t", "old"), on("t", "new"), on("t", "old")];
        let grouped: Vec<(String, String, usize)> = by_topic(batch)
            .into_iter()
            .map(|((topic, log), appends)| (topic, log.to_string(), appends.len()))
            .collect();
        assert_eq!(
            grouped,
            [
                ("t".to_string(), "old".to_string(), 2),
                ("t".to_string(), "new".to_string(), 1)
            ]
        );
    }

    #[test]
    fn a_batch_goes_by_topic_each_in_its_order() {
        let append = |topic: &str, data: &[u8]| Append {
            topic: topic.into(),
            log_id: "log".into(),
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
            .map(|((topic, _), appends)| (topic, appends.into_iter().map(|a| a.data).collect()))
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
