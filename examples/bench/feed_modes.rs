//! `bench --feed-modes-only`: the feed in memory, on one Redis and on
//! Sentinel (`WAIT 1`), interleaved run by run so the three share the
//! machine's moods: one publisher's rate (50,000 events of 64 B in one
//! call) and publish-to-delivery latency at 100,000 deliveries a second,
//! each run's figures and the medians.

use std::path::Path;

use grpc_stream_testkit::sentinel::SentinelSet;

use crate::feed::{feed_server_with, latency_on, Latency, Scale};
use crate::feed_redis::publish_rate_on;
use crate::feed_sentinel::feed_server_on;
use crate::procs::{Redis, Server};
use crate::report::median;

/// Where the feed keeps its events.
#[derive(Clone, Copy)]
enum Mode {
    Memory,
    Redis,
    Sentinel,
}

impl Mode {
    const ALL: [Mode; 3] = [Mode::Memory, Mode::Redis, Mode::Sentinel];

    fn name(self) -> &'static str {
        match self {
            Mode::Memory => "in memory",
            Mode::Redis => "single Redis",
            Mode::Sentinel => "Sentinel, WAIT 1",
        }
    }

    /// Runs `measure` on a fresh server of this mode (on a fresh Redis or
    /// Sentinel set, kept until it returns).
    fn on_fresh_server<T>(
        self,
        programs: &Path,
        measure: impl FnOnce(&Server) -> Result<T, String>,
    ) -> Result<T, String> {
        match self {
            Mode::Memory => measure(&feed_server_with(programs, &[])?),
            Mode::Redis => {
                let log = Redis::start()?;
                measure(&feed_server_with(programs, &["--redis".into(), log.url()])?)
            }
            Mode::Sentinel => {
                let set = SentinelSet::start();
                measure(&feed_server_on(programs, &set)?)
            }
        }
    }
}

/// One mode's runs.
#[derive(Default)]
struct Runs {
    publish_per_s: Vec<f64>,
    latency: Vec<Latency>,
}

/// `scale.reps` rounds of the three modes; the report as Markdown.
pub fn measure(programs: &Path, scale: &Scale) -> Result<String, String> {
    let events = scale.pick(50_000, 2_000);
    let (subscribers, seconds) = (
        std::env::var("SUBS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(scale.pick(1000, 100)),
        scale.pick(5.0, 1.0),
    );
    let mut runs: Vec<Runs> = Mode::ALL.iter().map(|_| Runs::default()).collect();
    for round in 1..=scale.reps {
        for (mode, runs) in Mode::ALL.into_iter().zip(&mut runs) {
            let rate = mode.on_fresh_server(programs, |s| publish_rate_on(s, events))?;
            let latency =
                mode.on_fresh_server(programs, |s| latency_on(s, subscribers, seconds))?;
            eprintln!(
                "       round {round}, {}: publish {rate:.0}/s; p50 {:.2} ms, p99 {:.2} ms",
                mode.name(),
                latency.p50_ms,
                latency.p99_ms
            );
            runs.publish_per_s.push(rate);
            runs.latency.push(latency);
        }
    }
    let mut out = String::from(
        "| where the events are | publish/s, median | each run | p50 ms, median | \
         p99 ms, median | each run's p99 |\n|---|---:|---|---:|---:|---|\n",
    );
    let listed = |values: &[f64], digits: usize| {
        let each: Vec<String> = values.iter().map(|v| format!("{v:.digits$}")).collect();
        each.join(", ")
    };
    for (mode, runs) in Mode::ALL.into_iter().zip(&runs) {
        let p50: Vec<f64> = runs.latency.iter().map(|l| l.p50_ms).collect();
        let p99: Vec<f64> = runs.latency.iter().map(|l| l.p99_ms).collect();
        out.push_str(&format!(
            "| {} | {:.0} | {} | {:.1} | {:.1} | {} |\n",
            mode.name(),
            median(&runs.publish_per_s),
            listed(&runs.publish_per_s, 0),
            median(&p50),
            median(&p99),
            listed(&p99, 1)
        ));
    }
    Ok(out)
}
