//! The feed's cells (`feed_server`, release): events delivered per second
//! from one publisher to 1,000 subscribers on 8 connections; publish-to-
//! delivery latency at a fixed 100,000 deliveries a second; server memory
//! per idle subscriber with 10,000 of them; the publisher's rate with one
//! stalled subscriber against none. The load is in this process.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::join_all;
use futures::stream::{self, StreamExt};
use futures_executor::block_on;
use futures_timer::Delay;
use grpc_stream_engine::{Client, ClientConfig, ResponseStream};
use grpc_stream_feed::proto::{FeedClient, PublishRequest, SubscribeRequest, SubscribeResponse};
use serde::{Deserialize, Serialize};

use crate::procs::Server;
use crate::report::{median, mib, percentile};

/// Events delivered per second, one publisher to many subscribers.
#[derive(Serialize, Deserialize, Clone)]
pub struct FanOut {
    pub payload: usize,
    pub subscribers: usize,
    pub connections: usize,
    pub events: u64,
    pub deliveries_per_s: f64,
    pub runs_deliveries_per_s: Vec<f64>,
}

/// Publish-to-delivery latency at a fixed delivery rate.
#[derive(Serialize, Deserialize, Clone)]
pub struct Latency {
    pub subscribers: usize,
    pub deliveries_per_s: f64,
    pub samples: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

/// Server memory with idle subscribers.
#[derive(Serialize, Deserialize, Clone)]
pub struct Idle {
    pub subscribers: usize,
    pub connections: usize,
    pub server_rss_mib: f64,
    pub with_subscribers_rss_mib: f64,
    pub kib_per_subscriber: f64,
}

/// The publisher's rate with one stalled subscriber and without.
#[derive(Serialize, Deserialize, Clone)]
pub struct Stalled {
    pub readers: usize,
    pub events: u64,
    pub publish_per_s_without: f64,
    pub publish_per_s_with_stalled: f64,
}

#[derive(Serialize, Deserialize, Clone)]
pub struct FeedReport {
    pub fan_out: Vec<FanOut>,
    pub latency: Latency,
    pub idle: Idle,
    pub stalled: Stalled,
    /// The feed on a local Redis (absent from reports made before it).
    #[serde(default)]
    pub redis: Option<crate::feed_redis::RedisCells>,
}

/// The sizes of a run: full, or `--quick` (the smoke test).
pub struct Scale {
    pub quick: bool,
    pub reps: usize,
}

impl Scale {
    pub fn pick<T>(&self, full: T, quick: T) -> T {
        if self.quick {
            quick
        } else {
            full
        }
    }
}

pub fn measure(programs: &Path, scale: &Scale) -> Result<FeedReport, String> {
    let subscribers = scale.pick(1000, 100);
    let mut fan_out = Vec::new();
    for (payload, events) in [(64, scale.pick(2000, 200)), (1024, scale.pick(1000, 100))] {
        let runs: Vec<f64> = (0..scale.reps)
            .map(|_| fan_out_run(programs, payload, subscribers, 8, events))
            .collect::<Result<_, _>>()?;
        let cell = FanOut {
            payload,
            subscribers,
            connections: 8,
            events,
            deliveries_per_s: median(&runs),
            runs_deliveries_per_s: runs,
        };
        eprintln!(
            "       feed {payload:>8} B x{subscribers} {:>10.0} deliveries/s",
            cell.deliveries_per_s
        );
        fan_out.push(cell);
    }
    let latency = latency_run(programs, subscribers, scale.pick(5.0, 1.0))?;
    eprintln!(
        "       feed latency at {:.0} deliveries/s: p50 {:.2} ms, p99 {:.2} ms",
        latency.deliveries_per_s, latency.p50_ms, latency.p99_ms
    );
    let idle = idle_run(programs, scale.pick(10_000, 500), 16)?;
    eprintln!(
        "       feed {} idle subscribers: {:.1} KiB each",
        idle.subscribers, idle.kib_per_subscriber
    );
    let stalled = stalled_runs(programs, scale, scale.pick(50_000, 2_000))?;
    eprintln!(
        "       feed publish {:.0}/s, with a stalled subscriber {:.0}/s",
        stalled.publish_per_s_without, stalled.publish_per_s_with_stalled
    );
    let redis = crate::feed_redis::measure(programs, scale)?;
    eprintln!(
        "       feed on Redis: publish {:.0}/s (in memory {:.0}/s), p99 {:.2} ms at {:.0} deliveries/s",
        redis.publish_per_s_redis,
        redis.publish_per_s_memory,
        redis.latency.p99_ms,
        redis.latency.deliveries_per_s
    );
    Ok(FeedReport {
        fan_out,
        latency,
        idle,
        stalled,
        redis: Some(redis),
    })
}

/// A fresh feed server for one run (no progress notices, room for every
/// subscriber and stream the run opens).
fn feed_server(programs: &Path) -> Result<Server, String> {
    feed_server_with(programs, &[])
}

/// [`feed_server`] with more flags (`--redis URL`).
pub fn feed_server_with(programs: &Path, more: &[String]) -> Result<Server, String> {
    let mut args = vec![
        "--progress-interval=0".to_string(),
        "--max-subscribers=20000".to_string(),
        "--max-concurrent-streams=2000".to_string(),
    ];
    args.extend_from_slice(more);
    Server::start(programs, "feed_server", &args)
}

pub fn connect(addr: &str) -> Result<Client, String> {
    let config = ClientConfig {
        call_timeout: Some(Duration::from_secs(600)),
        poll_threads: 1,
        ..ClientConfig::default()
    };
    block_on(Client::connect(addr, &config)).map_err(|e| e.to_string())
}

fn subscribe(client: &Client, topic: &str) -> Result<ResponseStream<SubscribeResponse>, String> {
    let stub = FeedClient::new(client.channel().clone());
    let mut request = SubscribeRequest::new();
    request.topic = topic.into();
    let call = stub
        .subscribe_opt(&request, client.call_options())
        .map_err(|e| e.to_string())?;
    Ok(client.server_streaming(call))
}

/// Publishes `events` to topic "bench" in one call; how many the server
/// acknowledged.
pub async fn publish(
    client: &Client,
    events: impl futures::Stream<Item = Vec<u8>> + Send + 'static,
) -> Result<u64, String> {
    let stub = FeedClient::new(client.channel().clone());
    let requests = events.map(|data| {
        let mut request = PublishRequest::new();
        request.topic = "bench".into();
        request.data = data;
        request
    });
    let call = stub
        .publish_opt(client.call_options())
        .map_err(|e| e.to_string())?;
    let response = client
        .client_streaming(call, requests)
        .await
        .map_err(|e| e.to_string())?;
    Ok(response.revisions.len() as u64)
}

/// Reads `responses` on the client's poll thread from revision 2 (the
/// first was read by [`subscribed`]) until revision `last`; `each` sees
/// every event.
async fn follow(
    client: &Client,
    mut responses: ResponseStream<SubscribeResponse>,
    last: u64,
    mut each: impl FnMut(u64, &[u8]) + Send + 'static,
) -> Result<(), String> {
    client
        .run(async move {
            let mut next = 2;
            while next <= last {
                let response = match responses.next().await {
                    Some(Ok(response)) => response,
                    Some(Err(e)) => return Err(e.to_string()),
                    None => return Err("the subscription ended".into()),
                };
                for event in &response.events {
                    if event.revision != next {
                        return Err(format!("revision {} after {}", event.revision, next - 1));
                    }
                    each(event.revision, &event.data);
                    next += 1;
                }
            }
            Ok(())
        })
        .await
        .map_err(|e| e.to_string())?
}

/// A subscription and the index of the client it is on.
type Subscriber = (usize, ResponseStream<SubscribeResponse>);

/// `subscribers` subscriptions over `connections` clients, each established
/// (it has received event 1, published here) before this returns.
fn subscribed(
    server: &Server,
    subscribers: usize,
    connections: usize,
) -> Result<(Vec<Client>, Vec<Subscriber>), String> {
    let clients: Vec<Client> = (0..connections)
        .map(|_| connect(&server.addr))
        .collect::<Result<_, _>>()?;
    let mut streams = Vec::new();
    for i in 0..subscribers {
        streams.push((
            i % connections,
            subscribe(&clients[i % connections], "bench")?,
        ));
    }
    let publisher = connect(&server.addr)?;
    block_on(publish(&publisher, stream::iter([vec![0u8; 8]])))?;
    for (_, responses) in &mut streams {
        let first = block_on(responses.next());
        match first {
            Some(Ok(response)) if response.events.first().map(|e| e.revision) == Some(1) => {}
            other => return Err(format!("no first event: {other:?}")),
        }
    }
    Ok((clients, streams))
}

/// One fan-out run: deliveries per second of `events` more events.
fn fan_out_run(
    programs: &Path,
    payload: usize,
    subscribers: usize,
    connections: usize,
    events: u64,
) -> Result<f64, String> {
    let server = feed_server(programs)?;
    let (clients, streams) = subscribed(&server, subscribers, connections)?;
    let publisher = connect(&server.addr)?;
    let started = Instant::now();
    let readers = streams.into_iter().map(|(c, responses)| {
        let client = clients[c].clone();
        async move { follow(&client, responses, events + 1, |_, _| {}).await }
    });
    let data = vec![b'f'; payload];
    let published = publish(
        &publisher,
        stream::iter((0..events).map(move |_| data.clone())),
    );
    let (published, read) = block_on(futures::future::join(published, join_all(readers)));
    published?;
    read.into_iter().collect::<Result<Vec<()>, String>>()?;
    Ok((events * subscribers as u64) as f64 / started.elapsed().as_secs_f64())
}

/// Publish-to-delivery latency with `subscribers` at 100 events a second
/// (100,000 deliveries a second with 1,000) for `seconds`.
fn latency_run(programs: &Path, subscribers: usize, seconds: f64) -> Result<Latency, String> {
    latency_on(&feed_server(programs)?, subscribers, seconds)
}

/// [`latency_run`] on `server`.
pub fn latency_on(server: &Server, subscribers: usize, seconds: f64) -> Result<Latency, String> {
    const RATE: f64 = 100.0;
    let (clients, streams) = subscribed(server, subscribers, 8.min(subscribers))?;
    let publisher = connect(&server.addr)?;
    let events = (RATE * seconds) as u64;
    let base = Instant::now();
    let samples = Arc::new(std::sync::Mutex::new(Vec::with_capacity(
        events as usize * subscribers,
    )));
    let readers = streams.into_iter().map(|(c, responses)| {
        let client = clients[c].clone();
        let samples = Arc::clone(&samples);
        let mut mine = Vec::with_capacity(events as usize);
        async move {
            let result = follow(&client, responses, events + 1, move |revision, data| {
                if revision > 1 {
                    let sent = u64::from_le_bytes(data[..8].try_into().unwrap_or_default());
                    let now = base.elapsed().as_micros() as u64;
                    mine.push(now.saturating_sub(sent) as f64 / 1e3);
                    if revision == events + 1 {
                        samples
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .append(&mut mine);
                    }
                }
            })
            .await;
            result
        }
    });
    // One paced call: event n is stamped and sent at base + n / RATE.
    let paced = stream::iter(0..events).then(move |n| async move {
        let due = base + Duration::from_secs_f64(n as f64 / RATE);
        Delay::new(due.saturating_duration_since(Instant::now())).await;
        let mut data = (base.elapsed().as_micros() as u64).to_le_bytes().to_vec();
        data.resize(64, b'l');
        data
    });
    let published = publish(&publisher, paced);
    let (published, read) = block_on(futures::future::join(published, join_all(readers)));
    published?;
    read.into_iter().collect::<Result<Vec<()>, String>>()?;
    let samples = samples
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    Ok(Latency {
        subscribers,
        deliveries_per_s: RATE * subscribers as f64,
        samples: samples.len(),
        p50_ms: percentile(&samples, 50.0),
        p99_ms: percentile(&samples, 99.0),
    })
}

/// The server's memory with `subscribers` idle subscriptions.
fn idle_run(programs: &Path, subscribers: usize, connections: usize) -> Result<Idle, String> {
    let server = feed_server(programs)?;
    let before = server.rss();
    let (_clients, _streams) = subscribed(&server, subscribers, connections)?;
    let after = server.rss();
    Ok(Idle {
        subscribers,
        connections,
        server_rss_mib: mib(before),
        with_subscribers_rss_mib: mib(after),
        kib_per_subscriber: after.saturating_sub(before) as f64 / 1024.0 / subscribers as f64,
    })
}

/// The publisher's rate of `events` with 10 reading subscribers, with and
/// without one more that never reads, alternating run by run.
fn stalled_runs(programs: &Path, scale: &Scale, events: u64) -> Result<Stalled, String> {
    const READERS: usize = 10;
    let (mut without, mut with) = (Vec::new(), Vec::new());
    for _ in 0..scale.reps {
        for stalled in [false, true] {
            let server = feed_server(programs)?;
            let (clients, streams) = subscribed(&server, READERS, 2)?;
            let _stalled = if stalled {
                Some(subscribe(&clients[0], "bench")?)
            } else {
                None
            };
            let publisher = connect(&server.addr)?;
            let readers = streams.into_iter().map(|(c, responses)| {
                let client = clients[c].clone();
                async move { follow(&client, responses, events + 1, |_, _| {}).await }
            });
            let started = Instant::now();
            let data = vec![b's'; 64];
            let events = stream::iter((0..events).map(move |_| data.clone()));
            // Timed to the last acknowledgement, while the readers read.
            let published = async {
                let published = publish(&publisher, events).await?;
                Ok::<_, String>(published as f64 / started.elapsed().as_secs_f64())
            };
            let (rate, read) = block_on(futures::future::join(published, join_all(readers)));
            let rate = rate?;
            read.into_iter().collect::<Result<Vec<()>, String>>()?;
            if stalled {
                with.push(rate);
            } else {
                without.push(rate);
            }
        }
    }
    Ok(Stalled {
        readers: READERS,
        events,
        publish_per_s_without: median(&without),
        publish_per_s_with_stalled: median(&with),
    })
}

/// The feed's section of the report; `push` is raw server push of 16 B on
/// 16 streams from the same run (ours, and the peers when measured).
pub fn markdown(feed: &FeedReport, push: Option<&crate::report::Cell>) -> String {
    use std::fmt::Write as _;
    let mut md = String::new();
    let _ = writeln!(md, "\nThe feed (feed_server), one publisher:\n");
    let _ = writeln!(
        md,
        "| event | subscribers / connections | deliveries/s | / our raw push 16 B x16 | / tonic's | / grpc-go's |"
    );
    let _ = writeln!(md, "|---|---|---:|---:|---:|---:|");
    for cell in &feed.fan_out {
        let against = |raw: Option<f64>| {
            raw.map_or(String::new(), |raw| {
                format!("{:.2}", cell.deliveries_per_s / raw)
            })
        };
        let _ = writeln!(
            md,
            "| {} B | {} / {} | {:.0} | {} | {} | {} |",
            cell.payload,
            cell.subscribers,
            cell.connections,
            cell.deliveries_per_s,
            against(push.map(|c| c.msgs_per_s)),
            against(push.and_then(|c| c.tonic_msgs_per_s)),
            against(push.and_then(|c| c.grpc_go_msgs_per_s)),
        );
    }
    let l = &feed.latency;
    let _ = writeln!(
        md,
        "\nPublish to delivery at {:.0} deliveries/s ({} subscribers, {} samples): p50 {:.2} ms, p99 {:.2} ms.",
        l.deliveries_per_s, l.subscribers, l.samples, l.p50_ms, l.p99_ms
    );
    let i = &feed.idle;
    let _ = writeln!(
        md,
        "Idle subscribers: {} on {} connections, server RSS {:.1} -> {:.1} MiB, {:.1} KiB each.",
        i.subscribers,
        i.connections,
        i.server_rss_mib,
        i.with_subscribers_rss_mib,
        i.kib_per_subscriber
    );
    let s = &feed.stalled;
    let _ = writeln!(
        md,
        "Publishing {} events of 64 B to {} readers: {:.0}/s; with one more subscriber that never reads: {:.0}/s ({:+.1}%).",
        s.events,
        s.readers,
        s.publish_per_s_without,
        s.publish_per_s_with_stalled,
        100.0 * (s.publish_per_s_with_stalled / s.publish_per_s_without.max(1.0) - 1.0)
    );
    if let Some(redis) = &feed.redis {
        md.push_str(&crate::feed_redis::markdown(redis, l));
    }
    md
}
