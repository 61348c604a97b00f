//! Finding the log's Redis: the one at a URL, or the master Redis Sentinel
//! names, and the sentinels' word that a failover happened.
//!
//! Every step is bounded by the feed's timeout: a sentinel or a master that
//! hangs (frozen, cut off) costs one timeout, never a thread. (The `redis`
//! crate's own Sentinel client connects and reads without a bound, so one
//! frozen node would hold a thread for good.)

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

use redis::{Connection, Role};

use crate::config::{redacted, RedisAt};
use crate::redis_log::LogError;

/// How long the watcher waits for an announcement before it looks whether
/// the feed is gone.
const WATCH_WAIT: Duration = Duration::from_millis(250);

/// A connection to the log's Redis, each command bounded by `timeout`, and
/// where it goes (`HOST:PORT`, or the URL without its password); a
/// `rediss://` URL's certificate checked against `ca_file`'s CA (`None`:
/// the system's).
pub(crate) fn connect(
    at: &RedisAt,
    ca_file: Option<&Path>,
    timeout: Duration,
) -> Result<(Connection, String), LogError> {
    match at {
        RedisAt::Url(url) => Ok((open_tls(url, ca_file, timeout)?, redacted(url))),
        RedisAt::Sentinel { sentinels, master } => {
            let mut refusals = Vec::new();
            for sentinel in sentinels {
                match master_by(sentinel, master, timeout) {
                    Ok(found) => return Ok(found),
                    Err(why) => refusals.push(format!("sentinel {sentinel}: {why}")),
                }
            }
            Err(LogError::Unavailable(format!(
                "no sentinel names a master {master:?} that says it is one ({})",
                refusals.join("; ")
            )))
        }
    }
}

/// Asks `sentinel` for master `name` and connects to it; the Redis named
/// must say it is a master (`ROLE`): a sentinel that has not seen a
/// failover yet names a replica, or a master that is gone.
fn master_by(
    sentinel: &str,
    name: &str,
    timeout: Duration,
) -> Result<(Connection, String), String> {
    let mut asking = open(&url_of(sentinel), timeout).map_err(|e| e.to_string())?;
    let named: Option<(String, u16)> = redis::cmd("SENTINEL")
        .arg("get-master-addr-by-name")
        .arg(name)
        .query(&mut asking)
        .map_err(|e| e.to_string())?;
    let Some((host, port)) = named else {
        return Err(format!("it knows no master {name:?}"));
    };
    let address = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let mut master =
        open(&url_of(&address), timeout).map_err(|e| format!("its master {address}: {e}"))?;
    match redis::cmd("ROLE").query::<Role>(&mut master) {
        Ok(Role::Primary { .. }) => Ok((master, address)),
        Ok(_) => Err(format!(
            "it names {address}, which says it is not a master (a failover the sentinel has \
             not seen yet)"
        )),
        Err(e) => Err(format!("its master {address}: {e}")),
    }
}

fn url_of(address: &str) -> String {
    format!("redis://{address}")
}

/// A connection to `url`, connecting and each command bounded by `timeout`.
fn open(url: &str, timeout: Duration) -> Result<Connection, LogError> {
    open_tls(url, None, timeout)
}

/// [`open`], a `rediss://` URL's certificate checked against `ca_file`'s
/// CA (`None`: the system's).
fn open_tls(url: &str, ca_file: Option<&Path>, timeout: Duration) -> Result<Connection, LogError> {
    let not_a_url = |e: redis::RedisError| {
        LogError::Redis(format!("{} is not a Redis URL: {e}", redacted(url)))
    };
    let client = match ca_file {
        None => redis::Client::open(url).map_err(not_a_url)?,
        Some(path) => {
            let pem = std::fs::read(path)
                .map_err(|e| LogError::Redis(format!("CA file {}: {e}", path.display())))?;
            let certificates = redis::TlsCertificates {
                client_tls: None,
                root_cert: Some(pem),
            };
            redis::Client::build_with_tls(url, certificates).map_err(not_a_url)?
        }
    };
    let connection = client.get_connection_with_timeout(timeout)?;
    connection.set_read_timeout(Some(timeout))?;
    connection.set_write_timeout(Some(timeout))?;
    Ok(connection)
}

/// Listens to the sentinels' `+switch-master` announcements (one sentinel
/// at a time, the next when it fails) and calls `switched` with each for
/// master `name` (`"NAME OLD-IP OLD-PORT NEW-IP NEW-PORT"`), until
/// `closed`. What it hears only hastens reconnecting: connections check the
/// master themselves.
pub(crate) fn watch_switches(
    sentinels: &[String],
    name: &str,
    timeout: Duration,
    closed: &AtomicBool,
    switched: impl Fn(&str),
) {
    for sentinel in sentinels.iter().cycle() {
        if closed.load(Ordering::Acquire) {
            return;
        }
        let heard = listen(sentinel, name, timeout, closed, &switched);
        if let Err(e) = heard {
            log::debug!("feed: sentinel {sentinel} stopped announcing failovers: {e}");
            // Not straight at the next one: all may be down.
            thread::sleep(timeout);
        }
    }
}

fn listen(
    sentinel: &str,
    name: &str,
    timeout: Duration,
    closed: &AtomicBool,
    switched: &impl Fn(&str),
) -> Result<(), LogError> {
    let mut connection = open(&url_of(sentinel), timeout)?;
    let mut pubsub = connection.as_pubsub();
    pubsub.subscribe("+switch-master")?;
    pubsub.set_read_timeout(Some(WATCH_WAIT))?;
    while !closed.load(Ordering::Acquire) {
        match pubsub.get_message() {
            Ok(message) => {
                let text: String = message.get_payload()?;
                if text.split(' ').next() == Some(name) {
                    switched(&text);
                }
            }
            Err(e) if e.is_timeout() => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}
