//! The shared log in Redis Streams, for feeds on several servers: one
//! stream per topic, each entry's id `<revision>-0`, revisions assigned
//! atomically in Redis so every server serves the same ones, and the log's
//! identity beside the streams. Synchronous (the `redis` crate without
//! tokio): it belongs on threads of its own, never on a gRPC poll thread.
//!
//! Keys: `feed:log` (the identity, set once by the first server),
//! `feed:process` (the Redis process the servers last saw, whether it
//! synced each write, and its replication history), and per topic
//! `feed:<log>:<topic>:rev` (its newest revision),
//! `feed:<log>:<topic>:events` (the stream; field `d` holds an event's
//! data) and, when events wait for replicas, `feed:<log>:<topic>:commits`
//! (the committed revision: the newest entry's id). The identity is in
//! every topic key, so no connection can read or write another log's
//! events: after a FLUSHALL the new log's keys are new names, and an old
//! reader finds nothing there, then finds its log gone.
//!
//! With replicas to wait for (Kafka's high watermark): an append counts
//! once `WAIT` says that many replicas hold it; only then is its revision
//! committed, and reads serve nothing past the committed revision. So a
//! failover that promotes one of those replicas loses nothing served, and
//! what a frozen, cut-off master took is never served. Every script is
//! given the highest revision this process saw committed in the topic: a
//! Redis with less (a promoted replica that lacked it) has its log retired.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use redis::{Connection, RedisError, Script};

use crate::config::{RedisAt, RedisConfig};
use crate::sentinel;

/// The identity's key. (Named `feed:log-id` before the identity went into
/// topic keys: a server of that layout and one of this never share a log.)
const LOG_ID_KEY: &str = "feed:log";

/// The start of every script on a topic: unless the log in Redis
/// (`KEYS[1]`) is the one joined (`ARGV[1]`), a `LOGCHANGED` error naming
/// the one there.
macro_rules! on_the_log_joined {
    () => {
        r"
local id = redis.call('GET', KEYS[1])
if id ~= ARGV[1] then
  return redis.error_reply('LOGCHANGED ' .. tostring(id))
end
"
    };
}

/// Lua: `committed(key)`, the revision a topic's commits stream `key` says
/// is committed (0: none yet).
macro_rules! committed_of {
    () => {
        r"
local function committed(key)
  local newest = redis.call('XREVRANGE', key, '+', '-', 'COUNT', 1)
  if #newest == 0 then
    return 0
  end
  return tonumber(string.match(newest[1][1], '^(%d+)'))
end
"
    };
}

/// Lua: retires the log (`KEYS[1]`) with a `LOGDAMAGED` error unless the
/// topic's counter (`current`) has the revision this server saw committed
/// (`ARGV[3]`): a promoted replica without it would give its revision to
/// another event.
macro_rules! holds_the_committed {
    () => {
        r"
local known = tonumber(ARGV[3])
if current < known then
  redis.call('DEL', KEYS[1])
  return redis.error_reply(string.format(
    'LOGDAMAGED revision %d was committed but the counter says %d (a replica that lacked it was promoted?)',
    known, current))
end
"
    };
}

/// Appends events to a topic's stream, checking first that the log is still
/// the one this server joined (a Redis restarted empty has another, or
/// none), that the topic's revision counter and stream agree (a key
/// evicted or deleted would make revisions start over or skip) and that
/// the counter has every revision seen committed (`ARGV[3]`): INCRBY the
/// topic's revision by the count, then XADD each (`ARGV[4..]`) with id
/// `<revision>-0`, trimming the stream to about `ARGV[2]` entries. Atomic,
/// so the revisions are contiguous and in stream order. Returns the first.
/// A damaged log is retired (its identity deleted): servers join a new one.
const APPEND: &str = concat!(
    on_the_log_joined!(),
    r"
local current = tonumber(redis.call('GET', KEYS[2]) or '0')
",
    holds_the_committed!(),
    r"
local newest = redis.call('XREVRANGE', KEYS[3], '+', '-', 'COUNT', 1)
local last = '0-0'
if #newest > 0 then
  last = newest[1][1]
end
if last ~= string.format('%d-0', current) then
  redis.call('DEL', KEYS[1])
  return redis.error_reply(string.format(
    'LOGDAMAGED the revision counter says %d but the stream ends at %s', current, last))
end
local count = #ARGV - 3
local first = redis.call('INCRBY', KEYS[2], count) - count + 1
for i = 4, #ARGV do
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[2], string.format('%d-0', first + i - 4), 'd', ARGV[i])
end
return first
"
);

/// Reads a topic after revision `ARGV[2]`, checking first that the log is
/// the one joined and holds the revision seen committed (`ARGV[3]`):
/// `{served, current, oldest entry's id or '', entries}`, the entries at
/// most `ARGV[4]` and, past the first, `ARGV[5]` bytes of fields, none
/// past `served`: the committed revision when `ARGV[6]` is `1` (events wait
/// for replicas; the commits stream `KEYS[4]` is raised to the revision
/// seen committed if a failover lost the newest mark), else the newest.
/// One atomic answer: the entries, the revisions and the oldest kept agree.
const READ: &str = concat!(
    on_the_log_joined!(),
    committed_of!(),
    r"
local current = tonumber(redis.call('GET', KEYS[2]) or '0')
",
    holds_the_committed!(),
    r"
local served = current
if ARGV[6] == '1' then
  served = committed(KEYS[4])
  if served > current then
    redis.call('DEL', KEYS[1])
    return redis.error_reply(string.format(
      'LOGDAMAGED revision %d is committed but the counter says %d', served, current))
  end
  if served < known then
    redis.call('XADD', KEYS[4], 'MAXLEN', 8, string.format('%d-0', known), 'c', '')
    served = known
  end
end
local first = redis.call('XRANGE', KEYS[3], '-', '+', 'COUNT', 1)
local oldest = ''
if #first > 0 then
  oldest = first[1][1]
end
local entries, bytes = {}, 0
local max_events, max_bytes = tonumber(ARGV[4]), tonumber(ARGV[5])
local from = '(' .. ARGV[2] .. '-0'
local upto = string.format('%d-0', served)
while #entries < max_events and tonumber(ARGV[2]) < served do
  local chunk = redis.call('XRANGE', KEYS[3], from, upto, 'COUNT', math.min(256, max_events - #entries))
  if #chunk == 0 then
    break
  end
  for _, entry in ipairs(chunk) do
    local size = 0
    for _, field in ipairs(entry[2]) do
      size = size + #field
    end
    if #entries > 0 and bytes + size > max_bytes then
      return {served, current, oldest, entries}
    end
    entries[#entries + 1] = entry
    bytes = bytes + size
  end
  from = '(' .. chunk[#chunk][1]
end
return {served, current, oldest, entries}
"
);

/// Marks revision `ARGV[2]` of a topic committed (its commits stream,
/// `KEYS[2]`, keeps the newest few marks), once `WAIT` said replicas hold
/// it; a lower mark than the newest changes nothing.
const COMMIT: &str = concat!(
    on_the_log_joined!(),
    committed_of!(),
    r"
if tonumber(ARGV[2]) > committed(KEYS[2]) then
  redis.call('XADD', KEYS[2], 'MAXLEN', 8, string.format('%d-0', tonumber(ARGV[2])), 'c', '')
end
return 0
"
);

/// A write that changes nothing (the topic's counter set to itself), so a
/// `WAIT` after it confirms everything written before: returns the
/// counter, which that `WAIT` confirms.
const TOUCH: &str = concat!(
    on_the_log_joined!(),
    r"
local current = redis.call('GET', KEYS[2])
if current then
  redis.call('SET', KEYS[2], current)
end
return tonumber(current or '0')
"
);

/// Retires log `ARGV[1]` if it is still the one in Redis: a reader found
/// it damaged (a hole in a stream).
const RETIRE: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
return 0
";

/// The key with the Redis process the servers last saw: its run id
/// (`run`), whether it wrote each command to an append-only file before
/// answering all the while they saw it (`synced`), and its replication
/// history's id (`replid`).
const PROCESS_KEY: &str = "feed:process";

/// Run at every new connection: if Redis has restarted since a server last
/// saw it (its run id changed) and the process that went away did not sync
/// each write before answering, the new one may have come back from a
/// snapshot or a lazily synced file without the newest events, and would
/// give their revisions to new events: the log is retired (its identity
/// deleted), so servers join a new one and subscribers are refused, never
/// misled. What counts is the process that went away: one seen unsynced
/// once in its run stays so. A replica promoted in its place is no restart:
/// its previous replication history (`ARGV[4]`, Redis' `master_replid2`)
/// is the one of the process seen, or of a master this server found the
/// log on since (`ARGV[5]` on: after two promotions in a row, the record
/// the middle master got may never have reached the replica promoted
/// next), and it has what replication brought it (the committed revisions,
/// checked by every script, say whether that is enough). Returns 1 when it
/// retired the log.
const ON_CONNECT: &str = r"
local seen = redis.call('HGET', KEYS[2], 'run')
if seen == ARGV[1] then
  if ARGV[2] ~= '1' then
    redis.call('HSET', KEYS[2], 'synced', '0')
  end
  -- (A process' replication id changes when it is made a replica and a
  -- master again; a process seen before replids were kept gets one.)
  redis.call('HSET', KEYS[2], 'replid', ARGV[3])
  return 0
end
local synced = redis.call('HGET', KEYS[2], 'synced')
local promoted = redis.call('HGET', KEYS[2], 'replid') == ARGV[4]
-- (Or of a master this server found the log on since: ARGV[5] on.)
for i = 5, #ARGV do
  if ARGV[i] == ARGV[4] then
    promoted = true
  end
end
redis.call('HSET', KEYS[2], 'run', ARGV[1], 'synced', ARGV[2], 'replid', ARGV[3])
if seen and synced ~= '1' and not promoted and redis.call('DEL', KEYS[1]) == 1 then
  return 1
end
return 0
";

/// Error codes Redis answers with when it cannot serve now but will:
/// loading its data, a replica (a demoted master), a replica cut off from
/// its master, a script running too long, a cluster reconfiguring, a
/// blocking read ended by a change of role. Each is an outage.
const LATER: &[&str] = &[
    "LOADING",
    "READONLY",
    "MASTERDOWN",
    "BUSY",
    "TRYAGAIN",
    "CLUSTERDOWN",
    "UNBLOCKED",
];

/// What went wrong with the shared log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogError {
    /// Redis cannot be reached or did not answer in time: try again later.
    /// A command may have been carried out.
    Unavailable(String),
    /// Redis answered that it cannot serve now (loading its data, a
    /// replica, busy with a script, all its connections taken), or is set
    /// up so that it could lose the log's keys: nothing was done; try again
    /// later.
    Later(String),
    /// The log in Redis is not the one this connection joined (Redis was
    /// restarted empty, or flushed, or the log was retired): revisions from
    /// before mean nothing now.
    Changed {
        /// The identity this connection joined.
        joined: String,
        /// The identity in Redis now (`None`: none).
        now: Option<String>,
    },
    /// The log in Redis lost part of a topic (a key evicted or deleted, a
    /// hole in a stream): it is retired, like a log Redis lost.
    Damaged(String),
    /// Redis answered with an error or with something this log never
    /// writes.
    Redis(String),
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LogError::Unavailable(why) | LogError::Later(why) => {
                write!(f, "Redis is unavailable: {why}")
            }
            LogError::Changed { joined, now } => write!(
                f,
                "the log in Redis changed (joined {joined:?}, now {}): Redis lost its data",
                now.as_deref()
                    .map_or("none".to_string(), |id| format!("{id:?}"))
            ),
            LogError::Damaged(why) => {
                write!(f, "the log in Redis lost events ({why}): it is retired")
            }
            LogError::Redis(why) => write!(f, "Redis: {why}"),
        }
    }
}

impl std::error::Error for LogError {}

impl LogError {
    /// The error of a command that was never sent: Redis did nothing.
    pub(crate) fn not_sent(self) -> LogError {
        match self {
            LogError::Unavailable(why) => LogError::Later(why),
            e => e,
        }
    }
}

impl From<RedisError> for LogError {
    fn from(e: RedisError) -> LogError {
        let later = e.code().is_some_and(|code| LATER.contains(&code))
            || e.to_string().contains("max number of clients reached");
        if e.is_timeout() {
            LogError::Unavailable(format!("no answer in time ({e})"))
        } else if later {
            LogError::Later(e.to_string())
        } else if e.is_io_error() || e.is_connection_dropped() {
            LogError::Unavailable(e.to_string())
        } else {
            LogError::Redis(e.to_string())
        }
    }
}

/// One event read back: its revision and data.
pub type LoggedEvent = (u64, Vec<u8>);

/// What one read of a topic found, all of it as of one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogRead {
    /// The events after the read's `after`, oldest first, contiguous: they
    /// start at `after + 1`, or at `oldest` if Redis no longer keeps that.
    pub events: Vec<LoggedEvent>,
    /// The topic's newest revision a reader may serve (0: none yet): the
    /// committed one when events wait for replicas, else the newest.
    pub current: u64,
    /// The topic's newest revision appended (committed or not).
    pub appended: u64,
    /// The oldest revision the topic's stream still holds (`None`: none).
    pub oldest: Option<u64>,
}

/// Topics committed revisions this process saw, at most: past it a topic's
/// mark goes, and only its tailers' own reads check it.
const MAX_MARKS: usize = 1 << 16;

/// Replication ids of masters kept in [`Marks`], at most.
const MAX_MASTERS: usize = 16;

/// What this process saw of the log, shared by its connections.
#[derive(Default)]
pub(crate) struct Marks {
    /// The highest revision committed in each topic (by the stream key, so
    /// of one log): a Redis whose counter is below it lost committed events.
    revisions: Mutex<HashMap<String, u64>>,
    /// The replication ids of the masters this process found the log on,
    /// oldest first: a master promoted from a replica of one of them
    /// continues the log, however many promotions ago the log's own record
    /// of its master was written (it may not have reached the replica).
    masters: Mutex<VecDeque<String>>,
}

impl Marks {
    fn of(&self, key: &str) -> u64 {
        let marks = self
            .revisions
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        marks.get(key).copied().unwrap_or(0)
    }

    /// The replication ids of the masters the log was found on.
    fn masters(&self) -> Vec<String> {
        let masters = self.masters.lock().unwrap_or_else(PoisonError::into_inner);
        masters.iter().cloned().collect()
    }

    /// The log was found on the master of replication id `replid`.
    fn found_on(&self, replid: &str) {
        let mut masters = self.masters.lock().unwrap_or_else(PoisonError::into_inner);
        if masters.iter().any(|known| known == replid) {
            return;
        }
        if masters.len() >= MAX_MASTERS {
            masters.pop_front();
        }
        masters.push_back(replid.to_string());
    }

    fn saw(&self, key: &str, committed: u64) {
        if committed == 0 {
            return;
        }
        let mut marks = self
            .revisions
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(mark) = marks.get_mut(key) {
            *mark = (*mark).max(committed);
            return;
        }
        if marks.len() >= MAX_MARKS {
            if let Some(any) = marks.keys().next().cloned() {
                marks.remove(&any);
            }
        }
        marks.insert(key.to_string(), committed);
    }
}

/// A connection to the shared log.
pub struct RedisLog {
    /// Where it connects again after a failure (through the sentinels, a
    /// master that may have changed).
    at: RedisAt,
    /// The CA of a `rediss://` URL's certificate (`None`: the system's).
    ca_file: Option<PathBuf>,
    /// The Redis connected to now (`HOST:PORT` or the URL, without its
    /// password).
    address: String,
    /// Bounds connecting and each command.
    timeout: Duration,
    /// Replicas an append waits for (`WAIT`) before it counts; 0: none.
    replicas: usize,
    /// The highest committed revisions seen, shared with the process'
    /// other connections.
    marks: Arc<Marks>,
    /// `None` after a failure: a command that timed out may still be
    /// answered, and that answer must never be read as the next command's.
    /// The next call connects again and checks the log first.
    connection: Option<Connection>,
    /// The identity joined at connect: every append and read checks it,
    /// and it is part of every topic key.
    log_id: String,
    /// Entries each topic's stream keeps, about (`MAXLEN ~`).
    max_len: usize,
    /// The scripts, shared with the call that runs one while `self`
    /// reconnects.
    scripts: Arc<Scripts>,
}

struct Scripts {
    append: Script,
    read: Script,
    commit: Script,
    touch: Script,
    retire: Script,
}

impl RedisLog {
    /// Connects to the Redis `config` names, each command bounded by its
    /// timeout, and joins the log in it: the identity there, or
    /// `new_log_id` if it has none yet. Streams keep about `config.keep`
    /// events each; appends wait for `config.replicas`. Refuses a Redis
    /// that may evict the log's keys.
    pub fn connect(config: &RedisConfig, new_log_id: &str) -> Result<RedisLog, LogError> {
        RedisLog::sharing(config, new_log_id, Arc::default())
    }

    /// Another connection of this process, to the Redis `config` names:
    /// [`RedisLog::connect`], sharing what `self` saw of the log (its
    /// committed revisions, the masters it was found on), as a server's
    /// connections do.
    pub fn connect_beside(
        &self,
        config: &RedisConfig,
        new_log_id: &str,
    ) -> Result<RedisLog, LogError> {
        RedisLog::sharing(config, new_log_id, Arc::clone(&self.marks))
    }

    /// [`RedisLog::connect`], its committed revisions seen in `marks`.
    pub(crate) fn sharing(
        config: &RedisConfig,
        new_log_id: &str,
        marks: Arc<Marks>,
    ) -> Result<RedisLog, LogError> {
        let (mut connection, address) = open(
            &config.at,
            config.ca_file.as_deref(),
            config.timeout,
            &marks,
        )?;
        // SET NX: of several servers starting on an empty Redis, the first
        // names the log and the others join it.
        redis::cmd("SET")
            .arg(LOG_ID_KEY)
            .arg(new_log_id)
            .arg("NX")
            .query::<Option<String>>(&mut connection)?;
        let log_id = redis::cmd("GET")
            .arg(LOG_ID_KEY)
            .query::<Option<String>>(&mut connection)?
            .ok_or_else(|| LogError::Redis(format!("{LOG_ID_KEY} vanished as it was set")))?;
        Ok(RedisLog {
            at: config.at.clone(),
            ca_file: config.ca_file.clone(),
            address,
            timeout: config.timeout,
            replicas: config.replicas,
            marks,
            connection: Some(connection),
            log_id,
            max_len: config.keep.max(1),
            scripts: Arc::new(Scripts {
                append: Script::new(APPEND),
                read: Script::new(READ),
                commit: Script::new(COMMIT),
                touch: Script::new(TOUCH),
                retire: Script::new(RETIRE),
            }),
        })
    }

    /// The Redis connected to last (`HOST:PORT` of a master the sentinels
    /// named, or the URL).
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Connects again (after [`LogError::Unavailable`]) and checks the log
    /// is still the one joined: [`LogError::Changed`] if Redis lost it.
    /// Never names a log itself: a server that finds its log gone decides
    /// what to do (join a new one with [`RedisLog::connect`]).
    pub fn reconnect(&mut self) -> Result<(), LogError> {
        self.connection = None;
        let (mut connection, address) =
            open(&self.at, self.ca_file.as_deref(), self.timeout, &self.marks)?;
        self.address = address;
        let now = redis::cmd("GET")
            .arg(LOG_ID_KEY)
            .query::<Option<String>>(&mut connection)?;
        self.compare(now)?;
        self.connection = Some(connection);
        Ok(())
    }

    /// Runs `command` on the connection, connecting again first if the last
    /// one failed.
    fn run<T>(
        &mut self,
        command: impl FnOnce(&mut Connection) -> redis::RedisResult<T>,
    ) -> Result<T, LogError> {
        if self.connection.is_none() {
            // Nothing was sent: whatever fails here, `command` was not run.
            self.reconnect().map_err(LogError::not_sent)?;
        }
        let Some(connection) = self.connection.as_mut() else {
            return Err(LogError::Unavailable("not connected".into()));
        };
        let result = command(connection);
        result.map_err(|e| {
            match e.code() {
                Some("LOGCHANGED") => {
                    return LogError::Changed {
                        joined: self.log_id.clone(),
                        now: e.detail().filter(|now| *now != "false").map(str::to_string),
                    }
                }
                Some("LOGDAMAGED") => {
                    return self.damaged(e.detail().unwrap_or("a key of it is gone"), false)
                }
                _ => {}
            }
            let e = LogError::from(e);
            if matches!(e, LogError::Unavailable(_) | LogError::Later(_)) {
                self.connection = None;
            }
            e
        })
    }

    /// [`LogError::Changed`] unless `now` is the log joined.
    fn compare(&self, now: Option<String>) -> Result<(), LogError> {
        if now.as_deref() == Some(self.log_id.as_str()) {
            Ok(())
        } else {
            Err(LogError::Changed {
                joined: self.log_id.clone(),
                now,
            })
        }
    }

    /// The log lost events (`why`): retired (unless Redis did it already),
    /// logged, and [`LogError::Damaged`].
    fn damaged(&mut self, why: &str, retire: bool) -> LogError {
        log::warn!(
            "feed: the log {:?} in Redis lost events ({why}; a key evicted or deleted?): it is \
             retired, servers join a new one, and its subscribers get FAILED_PRECONDITION",
            self.log_id
        );
        if retire {
            let (scripts, log_id) = (Arc::clone(&self.scripts), self.log_id.clone());
            let retiring =
                |c: &mut Connection| scripts.retire.key(LOG_ID_KEY).arg(&log_id).invoke::<i64>(c);
            if let Err(e) = self.run(retiring) {
                log::warn!("feed: could not retire the damaged log: {e}");
            }
        }
        LogError::Damaged(why.to_string())
    }

    /// The identity of the log joined.
    pub fn log_id(&self) -> &str {
        &self.log_id
    }

    /// Appends `events` to `topic` in one atomic step and, with replicas to
    /// wait for, commits them once replicas hold them: their revisions.
    /// [`LogError::Changed`] if the log is no longer the one joined,
    /// [`LogError::Damaged`] if the topic lost events (nothing appended, the
    /// log retired). After [`LogError::Unavailable`] the events may still
    /// have been appended (Redis had the command when the answer timed
    /// out, or replicas did not confirm in time): all of them, once, or
    /// none; if they were, they are served once replicas confirm a later
    /// write.
    pub fn append(
        &mut self,
        topic: &str,
        events: &[&[u8]],
    ) -> Result<RangeInclusive<u64>, LogError> {
        let revisions = self.append_only(topic, events)?;
        if self.replicas > 0 && !revisions.is_empty() {
            self.confirm()?;
            self.commit(topic, *revisions.end())?;
        }
        self.marks.saw(&self.stream_key(topic), *revisions.end());
        Ok(revisions)
    }

    /// Appends `events` to `topic`, not yet committed when replicas are
    /// waited for: [`RedisLog::confirm`] then [`RedisLog::commit`] do that
    /// (for appends to several topics, one confirmation).
    pub(crate) fn append_only(
        &mut self,
        topic: &str,
        events: &[&[u8]],
    ) -> Result<RangeInclusive<u64>, LogError> {
        if events.is_empty() {
            let current = self.current(topic)?;
            return Ok(current + 1..=current);
        }
        let scripts = Arc::clone(&self.scripts);
        let mut invocation = scripts.append.prepare_invoke();
        invocation
            .key(LOG_ID_KEY)
            .key(self.revision_key(topic))
            .key(self.stream_key(topic))
            .arg(&self.log_id)
            .arg(self.max_len)
            .arg(self.marks.of(&self.stream_key(topic)));
        for data in events {
            invocation.arg(*data);
        }
        let first = self.run(|connection| invocation.invoke::<u64>(connection))?;
        Ok(first..=first + events.len() as u64 - 1)
    }

    /// The newest revision of `topic` (0: none yet).
    pub fn current(&mut self, topic: &str) -> Result<u64, LogError> {
        Ok(self.read_after(topic, u64::MAX - 1, 1, 0)?.current)
    }

    /// The oldest revision `topic`'s stream still holds (`None`: empty).
    pub fn oldest(&mut self, topic: &str) -> Result<Option<u64>, LogError> {
        Ok(self.read_after(topic, u64::MAX - 1, 1, 0)?.oldest)
    }

    /// Up to `max_events` events of `topic` after revision `after`, oldest
    /// first, and (past the first) at most `max_bytes` of data: however
    /// small the events, one read brings many, and however large, a bounded
    /// answer. With them the topic's newest and oldest revisions, in one
    /// atomic step that checks the log is the one joined. Events that do
    /// not follow each other (a hole in the stream) are
    /// [`LogError::Damaged`], and retire the log.
    pub fn read_after(
        &mut self,
        topic: &str,
        after: u64,
        max_events: usize,
        max_bytes: usize,
    ) -> Result<LogRead, LogError> {
        let scripts = Arc::clone(&self.scripts);
        let mut invocation = scripts.read.prepare_invoke();
        invocation
            .key(LOG_ID_KEY)
            .key(self.revision_key(topic))
            .key(self.stream_key(topic))
            .key(self.commits_key(topic))
            .arg(&self.log_id)
            .arg(after)
            .arg(self.marks.of(&self.stream_key(topic)))
            .arg(max_events.max(1))
            .arg(max_bytes)
            .arg(if self.replicas > 0 { "1" } else { "0" });
        type Answer = (u64, u64, String, Vec<(String, Vec<Vec<u8>>)>);
        let (current, appended, oldest, entries) = self.run(|c| invocation.invoke::<Answer>(c))?;
        self.marks.saw(&self.stream_key(topic), current);
        let oldest = match oldest.as_str() {
            "" => None,
            id => Some(revision_of(id)?),
        };
        let events = entries
            .into_iter()
            .map(event_of)
            .collect::<Result<Vec<_>, _>>()?;
        // Redis no longer keeping `after + 1` is a trim, not a hole.
        let start = (after + 1).max(oldest.unwrap_or(0));
        if let Err(why) = follow_on(start, &events) {
            return Err(self.damaged(&format!("topic {topic:?}: {why}"), true));
        }
        Ok(LogRead {
            events,
            current,
            appended,
            oldest,
        })
    }

    /// Waits until the replicas waited for hold everything this connection
    /// wrote (`WAIT`, within the timeout): [`LogError::Unavailable`] if
    /// fewer confirm. Nothing to wait for without replicas. (On a
    /// connection that wrote nothing: whether that many replicas are
    /// attached.)
    pub(crate) fn confirm(&mut self) -> Result<(), LogError> {
        if self.replicas == 0 {
            return Ok(());
        }
        // Within the connection's own timeout, which bounds the answer.
        let wait = (self.timeout * 3 / 4).as_millis().max(1) as u64;
        let replicas = self.replicas;
        let held = self.run(|c| redis::cmd("WAIT").arg(replicas).arg(wait).query::<usize>(c))?;
        if held < replicas {
            self.connection = None;
            return Err(LogError::Unavailable(format!(
                "{held} of the {replicas} replicas waited for confirmed within {wait} ms"
            )));
        }
        Ok(())
    }

    /// Marks `topic` committed through `revision` (once [`RedisLog::confirm`]
    /// said replicas hold it): servers serve it from now on.
    pub(crate) fn commit(&mut self, topic: &str, revision: u64) -> Result<(), LogError> {
        let scripts = Arc::clone(&self.scripts);
        let mut invocation = scripts.commit.prepare_invoke();
        invocation
            .key(LOG_ID_KEY)
            .key(self.commits_key(topic))
            .arg(&self.log_id)
            .arg(revision);
        self.run(|c| invocation.invoke::<i64>(c))?;
        self.marks.saw(&self.stream_key(topic), revision);
        Ok(())
    }

    /// Commits whatever `topic` has that replicas hold now: appends whose
    /// confirmation failed (or whose server went away before it committed
    /// them) are served once replicas have them. The revision committed
    /// through.
    pub fn commit_held(&mut self, topic: &str) -> Result<u64, LogError> {
        let scripts = Arc::clone(&self.scripts);
        let mut invocation = scripts.touch.prepare_invoke();
        invocation
            .key(LOG_ID_KEY)
            .key(self.revision_key(topic))
            .arg(&self.log_id);
        let current = self.run(|c| invocation.invoke::<u64>(c))?;
        if self.replicas > 0 && current > 0 {
            self.confirm()?;
            self.commit(topic, current)?;
        }
        Ok(current)
    }

    /// Like [`RedisLog::read_after`] without the newest and oldest, but
    /// waits up to `block` for an event when there is none yet (XREAD
    /// BLOCK): what a tailer calls in a loop. At most `count` events; the
    /// first may be later than `after + 1` if Redis no longer keeps that,
    /// but they follow each other (else [`LogError::Damaged`]). `block`
    /// must be shorter than the connection's timeout.
    pub fn wait_after(
        &mut self,
        topic: &str,
        after: u64,
        count: usize,
        block: Duration,
    ) -> Result<Vec<LoggedEvent>, LogError> {
        if self.replicas > 0 {
            // New events count once committed: wait for a mark past `after`.
            let mut read = redis::cmd("XREAD");
            read.arg("COUNT")
                .arg(1)
                .arg("BLOCK")
                .arg(block.as_millis().max(1) as u64)
                .arg("STREAMS")
                .arg(self.commits_key(topic))
                .arg(format!("{after}-0"));
            let marked = self.run(|c| read.query::<redis::Value>(c))?;
            if marked == redis::Value::Nil {
                return Ok(Vec::new());
            }
            return Ok(self.read_after(topic, after, count, usize::MAX)?.events);
        }
        let mut read = redis::cmd("XREAD");
        read.arg("COUNT")
            .arg(count.max(1))
            .arg("BLOCK")
            .arg(block.as_millis().max(1) as u64)
            .arg("STREAMS")
            .arg(self.stream_key(topic))
            .arg(format!("{after}-0"));
        let answer =
            self.run(|c| read.query::<Option<Vec<(String, Vec<(String, Vec<Vec<u8>>)>)>>>(c))?;
        let events = answer
            .into_iter()
            .flatten()
            .flat_map(|(_, entries)| entries)
            .map(event_of)
            .collect::<Result<Vec<_>, _>>()?;
        match events.first() {
            // Past a trim (or a hole, which only the oldest kept tells
            // apart): the atomic read decides.
            Some((first, _)) if *first != after + 1 => {
                let max_bytes = events.iter().map(|(_, data)| data.len()).sum();
                Ok(self.read_after(topic, after, count, max_bytes)?.events)
            }
            _ => match follow_on(after + 1, &events) {
                Ok(()) => Ok(events),
                Err(why) => Err(self.damaged(&format!("topic {topic:?}: {why}"), true)),
            },
        }
    }

    /// Drops the connection: the next command connects again (to the
    /// master the sentinels name now).
    pub(crate) fn disconnect(&mut self) {
        self.connection = None;
    }

    /// Whether the log in Redis is still the one joined.
    pub fn check(&mut self) -> Result<(), LogError> {
        let now = self.run(|c| redis::cmd("GET").arg(LOG_ID_KEY).query::<Option<String>>(c))?;
        self.compare(now)
    }

    fn revision_key(&self, topic: &str) -> String {
        format!("feed:{}:{topic}:rev", self.log_id)
    }

    fn stream_key(&self, topic: &str) -> String {
        format!("feed:{}:{topic}:events", self.log_id)
    }

    fn commits_key(&self, topic: &str) -> String {
        format!("feed:{}:{topic}:commits", self.log_id)
    }
}

/// `Err` unless `events` are contiguous revisions, the first `start` (or
/// later: when none is `start` itself, a trim may have taken it).
fn follow_on(start: u64, events: &[LoggedEvent]) -> Result<(), String> {
    let Some((first, _)) = events.first() else {
        return Ok(());
    };
    if *first < start {
        return Err(format!("revision {first} read where {start} was due"));
    }
    if *first > start {
        return Err(format!("revisions {start} to {} missing", first - 1));
    }
    for pair in events.windows(2) {
        if pair[1].0 != pair[0].0 + 1 {
            return Err(format!(
                "revision {} follows {} in its stream",
                pair[1].0, pair[0].0
            ));
        }
    }
    Ok(())
}

/// A connection to the Redis `at` names, checked: it keeps the log's keys,
/// and the log is retired if it restarted without its newest writes. Where
/// it goes, with it.
fn open(
    at: &RedisAt,
    ca_file: Option<&Path>,
    timeout: Duration,
    marks: &Marks,
) -> Result<(Connection, String), LogError> {
    let (mut connection, address) = sentinel::connect(at, ca_file, timeout)?;
    let server: String = redis::cmd("INFO").arg("server").query(&mut connection)?;
    let replication: String = redis::cmd("INFO")
        .arg("replication")
        .query(&mut connection)?;
    // INFO, not CONFIG GET: an ACL user limited to the feed's commands may
    // read it (CONFIG GET would show every setting, passwords too).
    let memory: String = redis::cmd("INFO").arg("memory").query(&mut connection)?;
    let field = |info: &str, name: &str| -> Result<String, LogError> {
        info.lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
            .map(|value| value.trim().to_string())
            .ok_or_else(|| LogError::Redis(format!("INFO has no {name}")))
    };
    let run = field(&server, "run_id")?;
    let replid = field(&replication, "master_replid")?;
    let replid2 = field(&replication, "master_replid2")?;
    {
        let policy = field(&memory, "maxmemory_policy")?;
        if policy.starts_with("allkeys-") {
            return Err(LogError::Later(format!(
                "it may evict any key when full (maxmemory-policy {policy}), the log's among \
                 them, which would lose or renumber events: set maxmemory-policy noeviction \
                 (or a volatile- policy: the log's keys have no expiry)"
            )));
        }
    }
    let retired: i64 = Script::new(ON_CONNECT)
        .key(LOG_ID_KEY)
        .key(PROCESS_KEY)
        .arg(run)
        .arg(if synced_before_answering(&mut connection) {
            "1"
        } else {
            "0"
        })
        .arg(&replid)
        .arg(replid2)
        .arg(marks.masters())
        .invoke(&mut connection)?;
    marks.found_on(&replid);
    if retired == 1 {
        log::warn!(
            "feed: Redis restarted, and the process before did not sync each write to an \
             append-only file (its data may have lost the newest events): its log is \
             retired, and servers join a new one"
        );
    }
    Ok((connection, address))
}

/// A setting of Redis' (`None`: it does not say, e.g. CONFIG disabled).
fn setting(connection: &mut Connection, name: &str) -> Option<String> {
    redis::cmd("CONFIG")
        .arg("GET")
        .arg(name)
        .query::<Vec<String>>(connection)
        .ok()
        .and_then(|pair| pair.get(1).cloned())
}

/// Whether Redis writes each command to its append-only file before
/// answering (`appendonly yes`, `appendfsync always`): then a restart loses
/// nothing it acknowledged. A Redis that does not say (CONFIG disabled)
/// counts as not.
fn synced_before_answering(connection: &mut Connection) -> bool {
    setting(connection, "appendonly").as_deref() == Some("yes")
        && setting(connection, "appendfsync").as_deref() == Some("always")
}

/// The revision of stream entry `id` (`<revision>-0`).
fn revision_of(id: &str) -> Result<u64, LogError> {
    id.strip_suffix("-0")
        .and_then(|revision| revision.parse().ok())
        .ok_or_else(|| LogError::Redis(format!("stream entry {id:?} is not one of the feed's")))
}

/// An entry as the feed wrote it: its revision and field `d`.
fn event_of((id, fields): (String, Vec<Vec<u8>>)) -> Result<LoggedEvent, LogError> {
    let revision = revision_of(&id)?;
    match fields.as_slice() {
        [name, data] if name == b"d" => Ok((revision, data.clone())),
        _ => Err(LogError::Redis(format!(
            "stream entry {id:?} has no single field \"d\""
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_ids_are_revisions() {
        assert_eq!(revision_of("42-0"), Ok(42));
        assert!(revision_of("42-1").is_err());
        assert!(revision_of("x-0").is_err());
        assert_eq!(
            event_of(("7-0".into(), vec![b"d".to_vec(), b"hi".to_vec()])),
            Ok((7, b"hi".to_vec()))
        );
        assert!(event_of(("7-0".into(), vec![b"e".to_vec(), b"hi".to_vec()])).is_err());
    }

    #[test]
    fn the_masters_the_log_was_found_on_are_kept_once_each_and_bounded() {
        let marks = Marks::default();
        assert!(marks.masters().is_empty());
        marks.found_on("a");
        marks.found_on("b");
        marks.found_on("a");
        assert_eq!(marks.masters(), ["a", "b"]);
        for n in 0..MAX_MASTERS {
            marks.found_on(&format!("m{n}"));
        }
        // The oldest go first; the newest are all there.
        let masters = marks.masters();
        assert_eq!(masters.len(), MAX_MASTERS);
        assert_eq!(masters.first().map(String::as_str), Some("m0"));
        assert_eq!(
            masters.last().map(String::as_str),
            Some(format!("m{}", MAX_MASTERS - 1).as_str())
        );
    }

    #[test]
    fn marks_only_rise_and_are_bounded_in_topics() {
        let marks = Marks::default();
        assert_eq!(marks.of("a"), 0);
        marks.saw("a", 5);
        marks.saw("a", 3);
        assert_eq!(marks.of("a"), 5);
        // Nothing committed yet is no mark.
        marks.saw("b", 0);
        assert_eq!(marks.revisions.lock().unwrap().len(), 1);
        for n in 0..MAX_MARKS + 10 {
            marks.saw(&format!("t{n}"), 1);
        }
        assert_eq!(marks.revisions.lock().unwrap().len(), MAX_MARKS);
        // The newest topic is always kept.
        assert_eq!(marks.of(&format!("t{}", MAX_MARKS + 9)), 1);
    }

    #[test]
    fn a_read_must_follow_on_without_a_hole() {
        let events = |revisions: &[u64]| -> Vec<LoggedEvent> {
            revisions.iter().map(|r| (*r, Vec::new())).collect()
        };
        assert_eq!(follow_on(5, &events(&[])), Ok(()));
        assert_eq!(follow_on(5, &events(&[5, 6, 7])), Ok(()));
        assert!(follow_on(5, &events(&[4, 5])).is_err());
        assert!(follow_on(5, &events(&[6, 7])).is_err());
        let hole = follow_on(5, &events(&[5, 6, 8])).unwrap_err();
        assert!(hole.contains("8 follows 6"), "{hole}");
    }
}
