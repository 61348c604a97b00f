//! The bounds of a feed, each answered with a clear status past it.

use std::path::PathBuf;
use std::time::Duration;

/// How much a feed keeps and allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedConfig {
    /// Events each topic's history keeps (the newest); a subscriber further
    /// behind is ended with `OUT_OF_RANGE`.
    pub history_events: usize,
    /// Bytes of events each topic's history keeps, at most (the newest event
    /// is kept whatever its size).
    pub history_bytes: usize,
    /// Topics a feed holds; a new one past it is `RESOURCE_EXHAUSTED`.
    /// Topics are never dropped, so this bounds the feed's memory.
    pub max_topics: usize,
    /// Subscriptions open at once on one topic; past it, `RESOURCE_EXHAUSTED`.
    pub max_subscribers_per_topic: usize,
    /// The largest event; a larger one is `RESOURCE_EXHAUSTED`.
    pub max_event_bytes: usize,
    /// Events a `Publish` call may carry (its answer lists each revision);
    /// past it, `RESOURCE_EXHAUSTED`, and the client starts another call.
    pub max_events_per_publish: usize,
    /// `Publish` calls open at once on a server (each holds up to 1,024
    /// events or 4 MiB on their way to the log); past it,
    /// `RESOURCE_EXHAUSTED`.
    pub max_publish_calls: usize,
    /// Events in one message to a subscriber that is behind, at most.
    pub batch_events: usize,
    /// Bytes of events in one message to a subscriber that is behind, at
    /// most (a larger single event still goes alone).
    pub batch_bytes: usize,
    /// How often an idle, up-to-date subscriber is told the current
    /// revision; `None`: never.
    pub progress_interval: Option<Duration>,
    /// How long after a publish the topic's up-to-date subscribers are
    /// woken: the events published meanwhile reach each in one message, so
    /// a fast publisher is not held up by sends of one event each. A wake
    /// also waits, after the last one, as long as that one took to send.
    /// Zero: at each publish, and a subscriber sends whatever is new at
    /// once.
    pub wake_delay: Duration,
}

impl Default for FeedConfig {
    /// 100,000 events or 64 MiB per topic, 1,024 topics, 10,000 subscribers
    /// per topic, 1 MiB events (a 4 MiB default receive limit fits a batch
    /// of up to 256 KiB plus one such event), 65,536 events per publish,
    /// 256 publish calls at once,
    /// batches of 256 events or 64 KiB, a progress notice every 10 s, subscribers
    /// woken 1 ms after a publish.
    fn default() -> Self {
        FeedConfig {
            history_events: 100_000,
            history_bytes: 64 << 20,
            max_topics: 1024,
            max_subscribers_per_topic: 10_000,
            max_event_bytes: 1 << 20,
            max_events_per_publish: 65_536,
            max_publish_calls: 256,
            batch_events: 256,
            batch_bytes: 64 << 10,
            progress_interval: Some(Duration::from_secs(10)),
            wake_delay: Duration::from_millis(1),
        }
    }
}

/// Where a feed on several servers keeps its shared log: Redis Streams
/// ([`crate::Feed::with_redis`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedisConfig {
    /// The Redis that holds the log: one, or a master Sentinel names.
    pub at: RedisAt,
    /// Bounds connecting and each command: past it Redis counts as
    /// unavailable, and publishes and new subscriptions get `UNAVAILABLE`.
    pub timeout: Duration,
    /// Events each topic's stream keeps in Redis, about (`MAXLEN ~`): the
    /// resumes a server serves from Redis once they are older than its own
    /// history.
    pub keep: usize,
    /// Replicas that must hold an event (`WAIT`) before its publisher is
    /// told its revision and before any server serves it: a failover that
    /// promotes one of them loses no event anyone saw. 0: none waited for,
    /// events served once Redis has them (one Redis, or replicas as
    /// backups only). Every server of a log must be given the same.
    pub replicas: usize,
    /// For a `rediss://` URL (TLS): the CA certificate (PEM) that signed
    /// Redis' certificate; `None`: the system's CAs.
    pub ca_file: Option<PathBuf>,
}

/// The Redis that holds a feed's log.
#[derive(Clone, PartialEq, Eq)]
pub enum RedisAt {
    /// One Redis, `redis://HOST:PORT` (or `redis://HOST:PORT/DB`), with an
    /// ACL user `redis://USER:PASSWORD@HOST:PORT`, over TLS `rediss://...`.
    /// Shown (`Display`, `Debug`, logs, errors) without its password.
    Url(String),
    /// The master Redis Sentinel names `master`: the sentinels
    /// (`HOST:PORT` each) are asked in turn, and the one named must say it
    /// is a master (`ROLE`). Connections follow a failover.
    Sentinel {
        /// `HOST:PORT` of each sentinel.
        sentinels: Vec<String>,
        /// The master's name in the sentinels' configuration.
        master: String,
    },
}

impl std::fmt::Display for RedisAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RedisAt::Url(url) => write!(f, "Redis at {}", redacted(url)),
            RedisAt::Sentinel { sentinels, master } => write!(
                f,
                "Redis master {master:?} of sentinels {}",
                sentinels.join(",")
            ),
        }
    }
}

impl std::fmt::Debug for RedisAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RedisAt::Url(url) => f.debug_tuple("Url").field(&redacted(url)).finish(),
            RedisAt::Sentinel { sentinels, master } => f
                .debug_struct("Sentinel")
                .field("sentinels", sentinels)
                .field("master", master)
                .finish(),
        }
    }
}

/// `url` without its password: `redis://USER:***@HOST:PORT` (the userinfo
/// ends at the last `@`: a password with an unescaped `@` or `/` stays
/// hidden whole), and no value of a `pass`/`password` query parameter.
pub(crate) fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let rest = match rest.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => format!("{userinfo}@{host}"),
        },
        None => rest.to_string(),
    };
    let rest = match rest.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if key == "pass" || key == "password" => format!("{key}=***"),
                    _ => pair.to_string(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => rest,
    };
    format!("{scheme}://{rest}")
}

impl RedisConfig {
    /// The log at `url`: commands bounded by 500 ms, 1,000,000 events kept
    /// per topic, no replica waited for.
    pub fn new(url: impl Into<String>) -> RedisConfig {
        RedisConfig {
            at: RedisAt::Url(url.into()),
            timeout: Duration::from_millis(500),
            keep: 1_000_000,
            replicas: 0,
            ca_file: None,
        }
    }

    /// The log on the master the `sentinels` (`HOST:PORT` each) name
    /// `master`: as [`RedisConfig::new`], and each event held by one
    /// replica before it counts.
    pub fn sentinel(sentinels: Vec<String>, master: impl Into<String>) -> RedisConfig {
        RedisConfig {
            at: RedisAt::Sentinel {
                sentinels,
                master: master.into(),
            },
            replicas: 1,
            ..RedisConfig::new("")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_redis_url_is_shown_without_its_password() {
        for (url, shown) in [
            ("redis://127.0.0.1:6379", "redis://127.0.0.1:6379"),
            ("redis://feed:s3cret@h:1/0", "redis://feed:***@h:1/0"),
            ("rediss://:s3cret@h:1", "rediss://:***@h:1"),
            ("redis://feed:s3/cr@t@h:1", "redis://feed:***@h:1"),
            ("redis://feed@h:1", "redis://feed@h:1"),
            (
                "redis+unix:///run/r.sock?db=1&pass=s3cret",
                "redis+unix:///run/r.sock?db=1&pass=***",
            ),
        ] {
            assert_eq!(redacted(url), shown);
            let at = RedisAt::Url(url.into());
            for text in [at.to_string(), format!("{at:?}")] {
                assert!(!text.contains("s3"), "{text}");
            }
        }
    }
}
