//! The feed programs' shared parts: the feed server's flags, the port, and
//! how a subscriber waits before reconnecting.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Args;
use grpc_stream_feed::{Access, Feed, FeedConfig, RedisConfig};

use super::flags::FlagDuration;

/// The feed programs' default port (after the tutorial's 50053-50055).
pub const FEED_PORT: u16 = 50056;

/// `feed_server`'s bounds (see `FeedConfig` for what each does past its bound).
#[derive(Args, Debug, Clone)]
pub struct FeedFlags {
    /// Events each topic keeps for subscribers that are behind or resume
    #[arg(long, default_value_t = FeedConfig::default().history_events)]
    pub history: usize,

    /// Bytes of events each topic keeps, at most
    #[arg(long, default_value_t = FeedConfig::default().history_bytes)]
    pub history_bytes: usize,

    /// Topics the server holds (RESOURCE_EXHAUSTED for a new one past it)
    #[arg(long, default_value_t = FeedConfig::default().max_topics)]
    pub max_topics: usize,

    /// Subscribers at once per topic (RESOURCE_EXHAUSTED past it)
    #[arg(long, default_value_t = FeedConfig::default().max_subscribers_per_topic)]
    pub max_subscribers: usize,

    /// The largest event, in bytes (RESOURCE_EXHAUSTED past it)
    #[arg(long, default_value_t = FeedConfig::default().max_event_bytes)]
    pub max_event_bytes: usize,

    /// Publish calls open at once (RESOURCE_EXHAUSTED past it)
    #[arg(long, default_value_t = FeedConfig::default().max_publish_calls)]
    pub max_publish_calls: usize,

    /// Tell an idle subscriber the current revision this often; 0: never
    #[arg(long, default_value_t = FlagDuration(Duration::from_secs(10)))]
    pub progress_interval: FlagDuration,

    /// Wake up-to-date subscribers this long after a publish, so a burst of
    /// events reaches each in one message; 0: at each publish
    #[arg(long, default_value_t = FlagDuration(FeedConfig::default().wake_delay))]
    pub wake_delay: FlagDuration,

    /// Keep the log in Redis (redis://HOST:PORT), shared by every server
    /// given the same one, instead of in this server's memory. An ACL user:
    /// redis://USER:PASSWORD@HOST:PORT; TLS: rediss://HOST:PORT
    #[arg(long, value_name = "URL", conflicts_with = "redis_sentinel")]
    pub redis: Option<String>,

    /// The password of --redis' user, from the first line of FILE instead
    /// of the URL (out of the process list): redis://USER@HOST:PORT
    #[arg(long, value_name = "FILE", requires = "redis")]
    pub redis_password_file: Option<PathBuf>,

    /// For a rediss:// --redis: the CA certificate (PEM) that signed
    /// Redis' certificate [default: the system's CAs]
    #[arg(long, value_name = "FILE", requires = "redis")]
    pub redis_ca: Option<PathBuf>,

    /// Keep the log on the Redis master these sentinels name (with
    /// --redis-master), following its failovers
    #[arg(
        long,
        value_name = "HOST:PORT,...",
        value_delimiter = ',',
        requires = "redis_master"
    )]
    pub redis_sentinel: Vec<String>,

    /// The master's name in the sentinels' configuration
    #[arg(long, value_name = "NAME", requires = "redis_sentinel")]
    pub redis_master: Option<String>,

    /// Replicas that must hold an event before it is acknowledged and
    /// served (WAIT); default 1 with --redis-sentinel, 0 with --redis.
    /// Every server of a log must be given the same
    #[arg(long, value_name = "N")]
    pub redis_replicas: Option<usize>,

    /// Bound on connecting to Redis and on each command; past it Redis
    /// counts as unavailable (UNAVAILABLE to publishers and new subscribers)
    #[arg(long, default_value_t = FlagDuration(RedisConfig::new("").timeout))]
    pub redis_timeout: FlagDuration,

    /// Events each topic's stream keeps in Redis, about: resumes older than
    /// this server's history are served from there
    #[arg(long, default_value_t = RedisConfig::new("").keep)]
    pub redis_keep: usize,

    /// Who may publish and subscribe to which topics: lines `WHO RIGHTS
    /// TOPICS` (e.g. `token:alice publish,subscribe news.*`, `cert:ingest
    /// publish prices`, `* subscribe public.*`); without it anyone may
    /// publish and subscribe to any topic. Reloaded with --tokens on SIGHUP
    /// (running subscriptions the new rules refuse end)
    #[arg(long, value_name = "FILE")]
    pub access: Option<PathBuf>,

    /// The bearer tokens --access names: lines `NAME sha256:HEX` (the
    /// SHA-256 of each token, e.g. `printf %s "$TOKEN" | sha256sum`)
    #[arg(long, value_name = "FILE", requires = "access")]
    pub tokens: Option<PathBuf>,
}

impl FeedFlags {
    /// The feed these flags describe.
    pub fn config(&self) -> FeedConfig {
        FeedConfig {
            history_events: self.history,
            history_bytes: self.history_bytes,
            max_topics: self.max_topics,
            max_subscribers_per_topic: self.max_subscribers,
            max_event_bytes: self.max_event_bytes,
            max_publish_calls: self.max_publish_calls,
            progress_interval: Some(self.progress_interval.0).filter(|d| !d.is_zero()),
            wake_delay: self.wake_delay.0,
            ..FeedConfig::default()
        }
    }

    /// Where the log is, with `--redis` or `--redis-sentinel`; `None`: in
    /// this server's memory.
    pub fn redis_config(&self) -> Result<Option<RedisConfig>, String> {
        let redis = match (&self.redis, &self.redis_master) {
            (Some(url), _) => match &self.redis_password_file {
                Some(file) => RedisConfig::new(with_password(url, &read_password(file)?)?),
                None => RedisConfig::new(url.clone()),
            },
            (None, Some(master)) => RedisConfig::sentinel(self.redis_sentinel.clone(), master),
            (None, None) => return Ok(None),
        };
        Ok(Some(RedisConfig {
            timeout: self.redis_timeout.0,
            keep: self.redis_keep,
            replicas: self.redis_replicas.unwrap_or(redis.replicas),
            ca_file: self.redis_ca.clone(),
            ..redis
        }))
    }

    /// The rules of --access (with the tokens of --tokens); `None`: none.
    pub fn access(&self) -> Result<Option<Access>, String> {
        self.access
            .as_deref()
            .map(|rules| Access::load(rules, self.tokens.as_deref()))
            .transpose()
    }

    /// The feed: on Redis (joining the log there now), else in memory; one
    /// log line says which log and where.
    pub fn feed(&self) -> Result<Feed, String> {
        match self.redis_config()? {
            Some(redis) => {
                let feed =
                    Feed::with_redis(self.config(), redis.clone()).map_err(|e| e.to_string())?;
                log::info!("feed log {} in {}", feed.log_id(), redis.at);
                Ok(feed)
            }
            None => {
                let feed = Feed::new(self.config());
                log::info!("feed log {} in memory", feed.log_id());
                Ok(feed)
            }
        }
    }
}

/// The first line of `file`, a password.
fn read_password(file: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    match text.lines().next().map(str::trim_end) {
        Some(password) if !password.is_empty() => Ok(password.to_string()),
        _ => Err(format!("{}: no password in it", file.display())),
    }
}

/// `url` (`redis://USER@HOST...`, a user and no password) with `password`
/// for its user, percent-encoded.
fn with_password(url: &str, password: &str) -> Result<String, String> {
    let refused = || {
        "--redis-password-file needs a URL with a user and no password: redis://USER@HOST:PORT"
            .to_string()
    };
    let (scheme, rest) = url.split_once("://").ok_or_else(refused)?;
    let (user, host) = rest.split_once('@').ok_or_else(refused)?;
    if user.is_empty() || user.contains(':') {
        return Err(refused());
    }
    let encoded: String = password
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    Ok(format!("{scheme}://{user}:{encoded}@{host}"))
}

/// Waits between reconnection attempts: doubling from `first` up to `cap`,
/// each wait drawn at random from its upper half, so clients that lost the
/// same server do not come back in step.
#[derive(Debug)]
pub struct Backoff {
    first: Duration,
    cap: Duration,
    /// The upper bound of the next wait.
    next: Duration,
    /// Draws for the jitter.
    random: RandomState,
    draws: u64,
}

impl Backoff {
    /// Starting at `first`, never above `cap`.
    pub fn new(first: Duration, cap: Duration) -> Backoff {
        Backoff {
            first,
            cap,
            next: first,
            random: RandomState::new(),
            draws: 0,
        }
    }

    /// The next wait.
    pub fn wait(&mut self) -> Duration {
        let bound = self.next;
        self.next = (self.next * 2).min(self.cap);
        self.draws += 1;
        let mut hasher = self.random.build_hasher();
        hasher.write_u64(self.draws);
        let fraction = (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64;
        bound.mul_f64(0.5 + fraction / 2.0)
    }

    /// Connected again: the next outage starts from `first`.
    pub fn reset(&mut self) {
        self.next = self.first;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_file_completes_a_url_with_a_user() {
        assert_eq!(
            with_password("redis://feed@h:6379/0", "p@ss:w/rd"),
            Ok("redis://feed:p%40ss%3Aw%2Frd@h:6379/0".to_string())
        );
        assert_eq!(
            with_password("rediss://feed@h:1", "plain"),
            Ok("rediss://feed:plain@h:1".to_string())
        );
        for url in ["redis://h:1", "redis://feed:x@h:1", "redis://@h:1", "h:1"] {
            assert!(with_password(url, "pw").is_err(), "{url}");
        }
    }

    #[test]
    fn waits_double_up_to_the_cap_with_jitter_in_the_upper_half() {
        let (first, cap) = (Duration::from_millis(100), Duration::from_secs(2));
        let mut backoff = Backoff::new(first, cap);
        let mut bound = first;
        let mut waits = Vec::new();
        for _ in 0..10 {
            let wait = backoff.wait();
            assert!(wait >= bound / 2 && wait <= bound, "{wait:?} for {bound:?}");
            waits.push(wait);
            bound = (bound * 2).min(cap);
        }
        assert!(waits[9] >= cap / 2);
        // Jitter: not every wait at the cap is the same.
        assert!(waits[5..].windows(2).any(|w| w[0] != w[1]), "{waits:?}");
        backoff.reset();
        assert!(backoff.wait() <= first);
    }

    #[test]
    fn zero_progress_interval_means_none() {
        use clap::Parser;
        #[derive(Parser)]
        struct Flags {
            #[command(flatten)]
            feed: FeedFlags,
        }
        let flags = Flags::parse_from(["feed_server", "--progress-interval", "0s"]);
        assert_eq!(flags.feed.config().progress_interval, None);
        let flags = Flags::parse_from(["feed_server", "--history", "7"]);
        assert_eq!(flags.feed.config().history_events, 7);
        assert_eq!(
            flags.feed.config().progress_interval,
            Some(Duration::from_secs(10))
        );
    }
}
