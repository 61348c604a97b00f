//! The shared log in Redis Streams, for feeds on several servers: one
//! stream per topic, each entry's id `<revision>-0`, revisions assigned
//! atomically in Redis so every server serves the same ones, and the log's
//! identity beside the streams. Synchronous (the `redis` crate without
//! tokio): it belongs on threads of its own, never on a gRPC poll thread.
//!
//! Keys: `feed:log-id` (the identity, set once by the first server),
//! `feed:{topic}:rev` (the topic's newest revision) and
//! `feed:{topic}:events` (the stream; field `d` holds an event's data).

use std::fmt;
use std::ops::RangeInclusive;
use std::sync::Arc;
use std::time::Duration;

use redis::{Connection, RedisError, Script};

/// The identity's key.
const LOG_ID_KEY: &str = "feed:log-id";

/// Appends events to a topic's stream, checking first that the log is still
/// the one this server joined (a Redis restarted empty has another, or
/// none): INCRBY the topic's revision by the count, then XADD each with id
/// `<revision>-0`, trimming the stream to about `ARGV[2]` entries. Atomic,
/// so the revisions are contiguous and in stream order. Returns the first.
const APPEND: &str = r"
local id = redis.call('GET', KEYS[1])
if id ~= ARGV[1] then
  return redis.error_reply('LOGCHANGED ' .. tostring(id))
end
local count = #ARGV - 2
local first = redis.call('INCRBY', KEYS[2], count) - count + 1
for i = 3, #ARGV do
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[2], string.format('%d-0', first + i - 3), 'd', ARGV[i])
end
return first
";

/// The key with the run id of the Redis process the servers last saw.
const RUN_KEY: &str = "feed:redis-run";

/// Run at every new connection: if Redis has restarted since a server last
/// saw it (its run id changed) and it does not write each command to an
/// append-only file before answering (ARGV[2] is not '1'), it may have come
/// back from a snapshot or a lazily synced file without its newest events,
/// and would give their revisions to new events: the log is retired (its
/// identity deleted), so servers join a new one and subscribers are
/// refused, never misled. Returns 1 when it retired the log.
const ON_CONNECT: &str = r"
local seen = redis.call('GET', KEYS[2])
if seen == ARGV[1] then
  return 0
end
redis.call('SET', KEYS[2], ARGV[1])
if seen and ARGV[2] ~= '1' and redis.call('DEL', KEYS[1]) == 1 then
  return 1
end
return 0
";

/// What went wrong with the shared log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogError {
    /// Redis cannot be reached or did not answer in time: try again later.
    Unavailable(String),
    /// The log in Redis is not the one this connection joined (Redis was
    /// restarted empty, or flushed): revisions from before mean nothing now.
    Changed {
        /// The identity this connection joined.
        joined: String,
        /// The identity in Redis now (`None`: none).
        now: Option<String>,
    },
    /// Redis answered with an error or with something this log never
    /// writes.
    Redis(String),
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LogError::Unavailable(why) => write!(f, "Redis is unavailable: {why}"),
            LogError::Changed { joined, now } => write!(
                f,
                "the log in Redis changed (joined {joined:?}, now {}): Redis lost its data",
                now.as_deref()
                    .map_or("none".to_string(), |id| format!("{id:?}"))
            ),
            LogError::Redis(why) => write!(f, "Redis: {why}"),
        }
    }
}

impl std::error::Error for LogError {}

impl From<RedisError> for LogError {
    fn from(e: RedisError) -> LogError {
        if e.is_timeout() {
            LogError::Unavailable(format!("no answer in time ({e})"))
        } else if e.is_io_error() || e.is_connection_dropped() {
            LogError::Unavailable(e.to_string())
        } else {
            LogError::Redis(e.to_string())
        }
    }
}

/// One event read back: its revision and data.
pub type LoggedEvent = (u64, Vec<u8>);

/// A connection to the shared log.
pub struct RedisLog {
    /// Where it connects again after a failure.
    client: redis::Client,
    /// Bounds connecting and each command.
    timeout: Duration,
    /// `None` after a failure: a command that timed out may still be
    /// answered, and that answer must never be read as the next command's.
    /// The next call connects again and checks the log first.
    connection: Option<Connection>,
    /// The identity joined at connect: every append checks it.
    log_id: String,
    /// Entries each topic's stream keeps, about (`MAXLEN ~`).
    max_len: usize,
    /// Shared with the call that runs it, while `self` reconnects.
    append: Arc<Script>,
}

impl RedisLog {
    /// Connects to `url` (`redis://HOST:PORT`), each command bounded by
    /// `timeout`, and joins the log in it: the identity there, or
    /// `new_log_id` if it has none yet. Streams keep about `max_len`
    /// events each.
    pub fn connect(
        url: &str,
        timeout: Duration,
        max_len: usize,
        new_log_id: &str,
    ) -> Result<RedisLog, LogError> {
        let client = redis::Client::open(url)
            .map_err(|e| LogError::Redis(format!("{url:?} is not a Redis URL: {e}")))?;
        let mut connection = open(&client, timeout)?;
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
            client,
            timeout,
            connection: Some(connection),
            log_id,
            max_len: max_len.max(1),
            append: Arc::new(Script::new(APPEND)),
        })
    }

    /// Connects again (after [`LogError::Unavailable`]) and checks the log
    /// is still the one joined: [`LogError::Changed`] if Redis lost it.
    /// Never names a log itself: a server that finds its log gone decides
    /// what to do (join a new one with [`RedisLog::connect`]).
    pub fn reconnect(&mut self) -> Result<(), LogError> {
        self.connection = None;
        let mut connection = open(&self.client, self.timeout)?;
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
            self.reconnect()?;
        }
        let Some(connection) = self.connection.as_mut() else {
            return Err(LogError::Unavailable("not connected".into()));
        };
        let result = command(connection);
        result.map_err(|e| {
            if e.code() == Some("LOGCHANGED") {
                return LogError::Changed {
                    joined: self.log_id.clone(),
                    now: e.detail().filter(|now| *now != "false").map(str::to_string),
                };
            }
            let e = LogError::from(e);
            if matches!(e, LogError::Unavailable(_)) {
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

    /// The identity of the log joined.
    pub fn log_id(&self) -> &str {
        &self.log_id
    }

    /// Appends `events` to `topic` in one atomic step; their revisions.
    /// [`LogError::Changed`] if the log is no longer the one joined. After
    /// [`LogError::Unavailable`] the events may still have been appended
    /// (Redis had the command when the answer timed out): all of them, once,
    /// or none.
    pub fn append(
        &mut self,
        topic: &str,
        events: &[&[u8]],
    ) -> Result<RangeInclusive<u64>, LogError> {
        if events.is_empty() {
            let current = self.current(topic)?;
            return Ok(current + 1..=current);
        }
        let script = Arc::clone(&self.append);
        let mut invocation = script.prepare_invoke();
        invocation
            .key(LOG_ID_KEY)
            .key(revision_key(topic))
            .key(stream_key(topic))
            .arg(&self.log_id)
            .arg(self.max_len);
        for data in events {
            invocation.arg(*data);
        }
        let first = self.run(|connection| invocation.invoke::<u64>(connection))?;
        Ok(first..=first + events.len() as u64 - 1)
    }

    /// The newest revision of `topic` (0: none yet).
    pub fn current(&mut self, topic: &str) -> Result<u64, LogError> {
        let current = redis::cmd("GET").arg(revision_key(topic)).clone();
        Ok(self.run(|c| current.query::<Option<u64>>(c))?.unwrap_or(0))
    }

    /// The oldest revision `topic`'s stream still holds (`None`: empty).
    pub fn oldest(&mut self, topic: &str) -> Result<Option<u64>, LogError> {
        let mut oldest = redis::cmd("XRANGE");
        oldest
            .arg(stream_key(topic))
            .arg("-")
            .arg("+")
            .arg("COUNT")
            .arg(1);
        let first = self.run(|c| oldest.query::<Vec<(String, Vec<Vec<u8>>)>>(c))?;
        first
            .into_iter()
            .next()
            .map(|(id, _)| revision_of(&id))
            .transpose()
    }

    /// Up to `count` events of `topic` after revision `after`, oldest
    /// first. An empty answer: none newer, or none kept (see
    /// [`RedisLog::oldest`]).
    pub fn read_after(
        &mut self,
        topic: &str,
        after: u64,
        count: usize,
    ) -> Result<Vec<LoggedEvent>, LogError> {
        let mut range = redis::cmd("XRANGE");
        range
            .arg(stream_key(topic))
            .arg(format!("{}-0", after + 1))
            .arg("+")
            .arg("COUNT")
            .arg(count.max(1));
        let entries = self.run(|c| range.query::<Vec<(String, Vec<Vec<u8>>)>>(c))?;
        entries.into_iter().map(event_of).collect()
    }

    /// Like [`RedisLog::read_after`], but waits up to `block` for an event
    /// when there is none yet (XREAD BLOCK): what a tailer calls in a loop.
    /// `block` must be shorter than the connection's timeout.
    pub fn wait_after(
        &mut self,
        topic: &str,
        after: u64,
        count: usize,
        block: Duration,
    ) -> Result<Vec<LoggedEvent>, LogError> {
        let mut read = redis::cmd("XREAD");
        read.arg("COUNT")
            .arg(count.max(1))
            .arg("BLOCK")
            .arg(block.as_millis().max(1) as u64)
            .arg("STREAMS")
            .arg(stream_key(topic))
            .arg(format!("{after}-0"));
        let answer =
            self.run(|c| read.query::<Option<Vec<(String, Vec<(String, Vec<Vec<u8>>)>)>>>(c))?;
        answer
            .into_iter()
            .flatten()
            .flat_map(|(_, entries)| entries)
            .map(event_of)
            .collect()
    }

    /// Whether the log in Redis is still the one joined.
    pub fn check(&mut self) -> Result<(), LogError> {
        let now = self.run(|c| redis::cmd("GET").arg(LOG_ID_KEY).query::<Option<String>>(c))?;
        self.compare(now)
    }
}

fn open(client: &redis::Client, timeout: Duration) -> Result<Connection, LogError> {
    let mut connection = client.get_connection_with_timeout(timeout)?;
    connection.set_read_timeout(Some(timeout))?;
    connection.set_write_timeout(Some(timeout))?;
    let info: String = redis::cmd("INFO").arg("server").query(&mut connection)?;
    let run = info
        .lines()
        .find_map(|line| line.strip_prefix("run_id:"))
        .map(str::trim)
        .ok_or_else(|| LogError::Redis("INFO server has no run_id".into()))?;
    let retired: i64 = Script::new(ON_CONNECT)
        .key(LOG_ID_KEY)
        .key(RUN_KEY)
        .arg(run)
        .arg(if synced_before_answering(&mut connection) {
            "1"
        } else {
            "0"
        })
        .invoke(&mut connection)?;
    if retired == 1 {
        log::warn!(
            "feed: Redis restarted without an append-only file synced at each write (its \
             data may have lost the newest events): its log is retired, and servers join \
             a new one"
        );
    }
    Ok(connection)
}

/// Whether Redis writes each command to its append-only file before
/// answering (`appendonly yes`, `appendfsync always`): then a restart loses
/// nothing it acknowledged. A Redis that does not say (CONFIG disabled)
/// counts as not.
fn synced_before_answering(connection: &mut Connection) -> bool {
    let setting = |connection: &mut Connection, name: &str| {
        redis::cmd("CONFIG")
            .arg("GET")
            .arg(name)
            .query::<Vec<String>>(connection)
            .ok()
            .and_then(|pair| pair.get(1).cloned())
    };
    setting(connection, "appendonly").as_deref() == Some("yes")
        && setting(connection, "appendfsync").as_deref() == Some("always")
}

fn revision_key(topic: &str) -> String {
    format!("feed:{topic}:rev")
}

fn stream_key(topic: &str) -> String {
    format!("feed:{topic}:events")
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
}
