//! The feed on a local Redis (`feed_server --redis`), beside in memory in
//! the same run: one publisher's rate; publish-to-delivery latency at
//! 100,000 deliveries a second; and the Redis commands per second one
//! server makes while 10 and 1,000 subscribers listen (its tailer's load,
//! which should not grow with subscribers).

use std::path::Path;
use std::time::Instant;

use futures::stream;
use futures_executor::block_on;
use serde::{Deserialize, Serialize};

use crate::feed::{connect, feed_server_with, latency_on, publish, Latency, Scale};
use crate::procs::{Redis, Server};
use crate::report::median;

/// The Redis cells.
#[derive(Serialize, Deserialize, Clone)]
pub struct RedisCells {
    /// Events of 64 B published in one call per run.
    pub events: u64,
    pub publish_per_s_memory: f64,
    pub publish_per_s_redis: f64,
    pub runs_publish_per_s_memory: Vec<f64>,
    pub runs_publish_per_s_redis: Vec<f64>,
    /// With 1,000 subscribers (the in-memory figure is the feed's own
    /// latency cell).
    pub latency: Latency,
    /// Subscribers, and the Redis commands per second of their server
    /// while events come at 100 a second.
    pub commands_per_s: Vec<(usize, f64)>,
    /// On Redis Sentinel with `WAIT 1` (absent from reports made before).
    #[serde(default)]
    pub sentinel: Option<crate::feed_sentinel::SentinelCells>,
}

pub fn measure(programs: &Path, scale: &Scale) -> Result<RedisCells, String> {
    let events = scale.pick(50_000, 2_000);
    let (mut memory, mut redis) = (Vec::new(), Vec::new());
    for _ in 0..scale.reps {
        memory.push(publish_rate(programs, None, events)?);
        let log = Redis::start()?;
        redis.push(publish_rate(programs, Some(&log), events)?);
    }
    let seconds = scale.pick(5.0, 1.0);
    let mut latency = None;
    let mut commands_per_s = Vec::new();
    for subscribers in [10, scale.pick(1000, 100)] {
        let log = Redis::start()?;
        let server = feed_server_with(programs, &["--redis".into(), log.url()])?;
        let before = log.commands_processed()?;
        let started = Instant::now();
        let measured = latency_on(&server, subscribers, seconds)?;
        let commands = log.commands_processed()?.saturating_sub(before);
        commands_per_s.push((
            subscribers,
            commands as f64 / started.elapsed().as_secs_f64(),
        ));
        latency = Some(measured);
    }
    let sentinel = crate::feed_sentinel::measure(programs, scale, events)?;
    Ok(RedisCells {
        events,
        publish_per_s_memory: median(&memory),
        publish_per_s_redis: median(&redis),
        runs_publish_per_s_memory: memory,
        runs_publish_per_s_redis: redis,
        latency: latency.ok_or("no latency run")?,
        commands_per_s,
        sentinel: Some(sentinel),
    })
}

/// One publisher's events per second, `events` of 64 B in one call timed
/// to its answer, on a fresh server in memory or on `redis`.
fn publish_rate(programs: &Path, redis: Option<&Redis>, events: u64) -> Result<f64, String> {
    let args: Vec<String> = redis.map_or(Vec::new(), |r| vec!["--redis".into(), r.url()]);
    publish_rate_on(&feed_server_with(programs, &args)?, events)
}

/// [`publish_rate`] on `server`.
pub fn publish_rate_on(server: &Server, events: u64) -> Result<f64, String> {
    let publisher = connect(&server.addr)?;
    let data = vec![b'r'; 64];
    let started = Instant::now();
    let published = block_on(publish(
        &publisher,
        stream::iter((0..events).map(move |_| data.clone())),
    ))?;
    Ok(published as f64 / started.elapsed().as_secs_f64())
}

/// The Redis lines of the feed's section; `memory` is the in-memory
/// latency cell of the same run.
pub fn markdown(redis: &RedisCells, memory: &Latency) -> String {
    use std::fmt::Write as _;
    let mut md = String::new();
    let _ = writeln!(
        md,
        "\nThe feed on a local Redis (`--redis`) and on Redis Sentinel (`--redis-sentinel`: \
         a master, two replicas, three sentinels; each append waits for one replica, `WAIT 1`), \
         same run:\n"
    );
    let _ = writeln!(md, "| | in memory | on Redis | on Sentinel, WAIT 1 |");
    let _ = writeln!(md, "|---|---:|---:|---:|");
    let (sentinel_rate, sentinel_latency) = match &redis.sentinel {
        Some(s) => (
            format!("{:.0}", s.publish_per_s),
            format!("{:.2} / {:.2}", s.latency.p50_ms, s.latency.p99_ms),
        ),
        None => ("-".into(), "-".into()),
    };
    let _ = writeln!(
        md,
        "| publish {} events of 64 B in one call, events/s | {:.0} | {:.0} | {sentinel_rate} |",
        redis.events, redis.publish_per_s_memory, redis.publish_per_s_redis
    );
    let r = &redis.latency;
    let _ = writeln!(
        md,
        "| publish to delivery at {:.0} deliveries/s ({} subscribers), p50 / p99 ms | {:.2} / {:.2} | {:.2} / {:.2} | {sentinel_latency} |",
        r.deliveries_per_s, r.subscribers, memory.p50_ms, memory.p99_ms, r.p50_ms, r.p99_ms
    );
    if let Some(s) = &redis.sentinel {
        let runs: Vec<String> = s
            .runs_failover_s
            .iter()
            .zip(&s.runs_promoted_s)
            .map(|(back, promoted)| format!("{back:.2} ({promoted:.2})"))
            .collect();
        let _ = writeln!(
            md,
            "\nFailover (the master SIGKILLed, down-after-milliseconds 1000) to the first \
             acknowledged publish: median {:.2} s of {} runs; each run, in s (the sentinels' \
             promotion in brackets): {}.",
            s.failover_s,
            runs.len(),
            runs.join(", ")
        );
    }
    let per: Vec<String> = redis
        .commands_per_s
        .iter()
        .map(|(subscribers, rate)| format!("{rate:.0}/s with {subscribers} subscribers"))
        .collect();
    let _ = writeln!(
        md,
        "\nRedis commands of one server while events come at 100/s: {}.",
        per.join(", ")
    );
    md
}
