//! The feed on Redis Sentinel (`feed_server --redis-sentinel`, a master,
//! two replicas, three sentinels with `down-after-milliseconds` 1000; each
//! append waits for one replica, `WAIT 1`): one publisher's rate and
//! publish-to-delivery latency, beside single Redis and in memory in the
//! same run; and the failover time, from the master's SIGKILL to the first
//! acknowledged publish.

use std::path::Path;
use std::time::{Duration, Instant};

use futures::stream;
use futures_executor::block_on;
use grpc_stream_testkit::sentinel::{SentinelSet, MASTER};
use serde::{Deserialize, Serialize};

use crate::feed::{connect, feed_server_with, latency_on, publish, Latency, Scale};
use crate::feed_redis::publish_rate_on;
use crate::procs::Server;
use crate::report::median;

/// The Sentinel cells.
#[derive(Serialize, Deserialize, Clone)]
pub struct SentinelCells {
    /// One publisher, events of 64 B in one call per run.
    pub publish_per_s: f64,
    pub runs_publish_per_s: Vec<f64>,
    /// With 1,000 subscribers, as the Redis cell.
    pub latency: Latency,
    /// From the master's SIGKILL to the first acknowledged publish, s.
    pub failover_s: f64,
    pub runs_failover_s: Vec<f64>,
    /// From the SIGKILL to the sentinels' `+switch-master`, s (the part of
    /// the failover that is Sentinel's).
    pub runs_promoted_s: Vec<f64>,
}

/// A feed server on `set`'s master.
pub fn feed_server_on(programs: &Path, set: &SentinelSet) -> Result<Server, String> {
    feed_server_with(
        programs,
        &[
            "--redis-sentinel".into(),
            set.sentinel_addrs().join(","),
            "--redis-master".into(),
            MASTER.into(),
        ],
    )
}

pub fn measure(programs: &Path, scale: &Scale, events: u64) -> Result<SentinelCells, String> {
    let mut rates = Vec::new();
    for _ in 0..scale.reps {
        let set = SentinelSet::start();
        rates.push(publish_rate_on(&feed_server_on(programs, &set)?, events)?);
    }
    let latency = {
        let set = SentinelSet::start();
        let server = feed_server_on(programs, &set)?;
        latency_on(&server, scale.pick(1000, 100), scale.pick(5.0, 1.0))?
    };
    let (mut failovers, mut promotions) = (Vec::new(), Vec::new());
    for _ in 0..scale.pick(5, 1) {
        let (failover, promoted) = failover(programs)?;
        failovers.push(failover);
        promotions.push(promoted);
    }
    Ok(SentinelCells {
        publish_per_s: median(&rates),
        runs_publish_per_s: rates,
        latency,
        failover_s: median(&failovers),
        runs_failover_s: failovers,
        runs_promoted_s: promotions,
    })
}

/// One failover: a publisher's calls of 10 events go on while the master
/// is SIGKILLed; seconds to the first one acknowledged after, and to the
/// sentinels' announcement.
fn failover(programs: &Path) -> Result<(f64, f64), String> {
    /// The pace of calls refused while the feed finds the new master.
    const RETRY: Duration = Duration::from_millis(10);
    let mut set = SentinelSet::start();
    let server = feed_server_on(programs, &set)?;
    let publisher = connect(&server.addr)?;
    let call = || block_on(publish(&publisher, stream::iter(vec![vec![b'f'; 64]; 10])));
    call()?;
    let old = set.node(0).port;
    let killed = Instant::now();
    set.nodes[0].take().ok_or("no master")?.stop();
    // The announcement is read from a sentinel's log while publishing.
    let watcher = std::thread::spawn(move || {
        set.wait_for_failover_from(old);
        (killed.elapsed(), set)
    });
    while call().is_err() {
        if killed.elapsed() > Duration::from_secs(60) {
            return Err("no publish acknowledged within 60 s of the master's death".into());
        }
        std::thread::sleep(RETRY);
    }
    let back = killed.elapsed();
    let (promoted, _set) = watcher.join().map_err(|_| "no failover announced")?;
    Ok((back.as_secs_f64(), promoted.as_secs_f64()))
}
