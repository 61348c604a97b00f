//! The feed on several servers sharing one real `redis-server` (started
//! here on a free port): one order of events everywhere, resumes served
//! from Redis, a subscriber's server killed, Redis unreachable or restarted
//! with its data (nothing lost, no gap), Redis restarted empty (refused,
//! never a gap).

use grpc_stream_testkit as common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::feed::{connect, feed_on_redis, publish_events, read_into, status_of, subscribe};
use common::{free_port, serial, within, ClientProcess, RedisServer, ServerProcess, STEP};
use futures::future::{self, Either};
use futures::StreamExt;
use futures_timer::Delay;
use grpc_stream_engine::{Error, RunningServer};
use grpc_stream_feed::proto::PublishRequest;
use grpc_stream_feed::FeedConfig;
use grpcio::{RpcStatus, RpcStatusCode};

/// The pace of a call retried while a server has not yet reached Redis
/// again (it answers at once with UNAVAILABLE meanwhile).
const POLL: Duration = Duration::from_millis(20);

fn plain_server(redis: &RedisServer) -> RunningServer {
    feed_on_redis(
        redis,
        FeedConfig::default(),
        Duration::from_secs(2),
        1_000_000,
    )
}

/// The status a new subscription is refused with, if it is within `limit`
/// (an accepted one sends nothing on a topic without events).
fn refusal(
    addr: &str,
    topic: &str,
    after: u64,
    log_id: &str,
    limit: Duration,
) -> Option<RpcStatus> {
    let (client, stub) = connect(addr);
    let mut responses = subscribe(&client, &stub, topic, after, log_id);
    futures_executor::block_on(async {
        match future::select(responses.next(), Delay::new(limit)).await {
            Either::Left((Some(Err(Error::Status(status))), _)) => Some(status),
            _ => None,
        }
    })
}

/// Everything of `topic` on the server at `addr`, revisions 1 to `total`.
fn read_all(addr: &str, topic: &str, total: u64) -> Vec<(u64, Vec<u8>)> {
    let (client, stub) = connect(addr);
    let mut responses = subscribe(&client, &stub, topic, 0, "");
    let (mut next, mut events) = (1, Vec::new());
    read_into(&mut responses, &mut next, total, &mut events);
    assert_eq!(next, total + 1, "more events than published");
    events
}

#[test]
fn three_servers_on_one_redis_serve_100_000_events_in_one_order() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    const PUBLISHERS: usize = 2;
    const EACH: usize = 50_000;
    const TOTAL: u64 = (PUBLISHERS * EACH) as u64;
    let redis = RedisServer::start();
    let servers: Vec<RunningServer> = (0..3).map(|_| plain_server(&redis)).collect();
    // Subscribers on the two servers without publishers.
    let subscribers: Vec<_> = servers[1..]
        .iter()
        .map(|server| {
            let addr = server.addr().to_string();
            thread::spawn(move || read_all(&addr, "t", TOTAL))
        })
        .collect();
    let publishers: Vec<_> = (0..PUBLISHERS)
        .map(|publisher| {
            let addr = servers[0].addr().to_string();
            thread::spawn(move || {
                let (client, stub) = connect(&addr);
                let mut revisions = Vec::new();
                for chunk in (0..EACH).collect::<Vec<_>>().chunks(1000) {
                    let events = chunk
                        .iter()
                        .map(|i| format!("{publisher}:{i}").into_bytes())
                        .collect();
                    let got = publish_events(&client, &stub, "t", events).expect("published");
                    assert_eq!(got.len(), chunk.len());
                    revisions.extend(got);
                }
                revisions
            })
        })
        .collect();
    let published: Vec<Vec<u64>> = publishers
        .into_iter()
        .map(|p| p.join().expect("publisher"))
        .collect();
    let seen: Vec<Vec<(u64, Vec<u8>)>> = subscribers
        .into_iter()
        .map(|s| s.join().expect("subscriber"))
        .collect();
    // One order: both servers' subscribers saw the same events at the same
    // revisions, and each event at the revision its publisher was told.
    assert!(seen[0] == seen[1], "the two servers' orders differ");
    for (publisher, revisions) in published.iter().enumerate() {
        for (i, revision) in revisions.iter().enumerate() {
            let (at, data) = &seen[0][(*revision - 1) as usize];
            assert_eq!(at, revision);
            assert_eq!(data, format!("{publisher}:{i}").as_bytes());
        }
    }
    // And a subscriber on the publishers' server, from the start, too.
    assert!(read_all(servers[0].addr(), "t", TOTAL) == seen[0]);
}

#[test]
fn events_of_a_publish_call_still_open_are_delivered_at_once() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    let redis = RedisServer::start();
    let server = plain_server(&redis);
    let (client, stub) = connect(server.addr());
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let (events, requests) = futures::channel::mpsc::unbounded();
    let call = stub.publish_opt(client.call_options()).expect("call");
    let publishing = {
        let client = client.clone();
        thread::spawn(move || within(STEP, client.client_streaming(call, requests)))
    };
    for n in 1..=3u64 {
        let mut request = PublishRequest::new();
        request.topic = "t".into();
        request.data = format!("e{n}").into_bytes();
        events.unbounded_send(request).expect("the call is open");
        // Delivered while the call goes on, not when it ends.
        let (mut next, mut got) = (n, Vec::new());
        read_into(&mut responses, &mut next, n, &mut got);
        assert_eq!(got, [(n, format!("e{n}").into_bytes())]);
    }
    drop(events);
    let published = publishing.join().expect("publisher").expect("published");
    assert_eq!(published.revisions, [1, 2, 3]);
}

#[test]
fn a_resume_older_than_a_servers_history_is_served_from_redis() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    let redis = RedisServer::start();
    let small = FeedConfig {
        history_events: 10,
        ..FeedConfig::default()
    };
    let timeout = Duration::from_secs(2);
    let publisher = feed_on_redis(&redis, small.clone(), timeout, 1_000_000);
    let batches_of_16 = FeedConfig {
        batch_events: 16,
        ..small.clone()
    };
    let other = feed_on_redis(&redis, batches_of_16, timeout, 1_000_000);
    let events: Vec<Vec<u8>> = (1..=100).map(|n| format!("e{n}").into_bytes()).collect();
    let (client, stub) = connect(publisher.addr());
    assert_eq!(
        publish_events(&client, &stub, "t", events.clone()).expect("published"),
        (1..=100).collect::<Vec<_>>()
    );

    // The other server keeps the newest 10 (its tailer has them once a
    // subscriber there has the newest); revisions 6 to 90 come from Redis,
    // 16 a message.
    let (client, stub) = connect(other.addr());
    let mut newest = subscribe(&client, &stub, "t", 99, "");
    read_into(&mut newest, &mut 100, 100, &mut Vec::new());
    let mut responses = subscribe(&client, &stub, "t", 5, "");
    let (mut next, mut got, mut messages) = (6, Vec::new(), 0);
    while next <= 100 {
        let through = next;
        read_into(&mut responses, &mut next, through, &mut got);
        messages += 1;
    }
    assert_eq!(next, 101);
    assert!(messages >= 95 / 16, "{messages} messages");
    for (revision, data) in got {
        assert_eq!(data, events[revision as usize - 1]);
    }
    // Past the newest: OUT_OF_RANGE, as in memory.
    let status = status_of(&mut subscribe(&client, &stub, "t", 101, ""));
    assert_eq!(status.code(), RpcStatusCode::OUT_OF_RANGE, "{status:?}");
    assert!(
        status.message().contains("past its current revision 100"),
        "{status:?}"
    );

    // Older than Redis keeps (about 10 here: whole stream nodes go).
    let trimming = feed_on_redis(&redis, small, timeout, 10);
    let (client, stub) = connect(trimming.addr());
    let many = (0..1000).map(|n| vec![n as u8]).collect();
    publish_events(&client, &stub, "u", many).expect("published");
    let status = status_of(&mut subscribe(&client, &stub, "u", 0, ""));
    assert_eq!(status.code(), RpcStatusCode::OUT_OF_RANGE, "{status:?}");
    assert!(status.message().contains("no longer kept"), "{status:?}");
}

#[test]
fn a_subscriber_whose_server_is_killed_resumes_on_another_with_each_revision_once() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    let redis = RedisServer::start();
    let args = ["--redis", redis.url.as_str()];
    let first = ServerProcess::start("feed_server", &args);
    let second = ServerProcess::start("feed_server", &args);
    // Pick-first: the subscriber is on the first address while it lives.
    let target = format!("ipv4:{},{}", first.addr, second.addr);
    let subscriber = ClientProcess::start(
        "feed_subscribe",
        &["--addr", &target, "--topic", "t", "--count", "2000"],
    );
    let (client, stub) = connect(&second.addr);
    let data = |n: u64| format!("event {n}").into_bytes();
    publish_events(&client, &stub, "t", (1..=1000).map(data).collect()).expect("published");
    let mut lines = Vec::new();
    while lines.len() < 500 {
        lines.push(subscriber.next_line());
    }
    first.signal("KILL");
    publish_events(&client, &stub, "t", (1001..=2000).map(data).collect()).expect("published");
    let (status, rest, err) = subscriber.finish();
    assert!(status.success(), "{err:?}");
    lines.extend(rest);
    let expected: Vec<String> = (1..=2000).map(|n| format!("{n} event {n}")).collect();
    assert!(
        lines == expected,
        "{} lines: {:?} ...",
        lines.len(),
        lines.get(495..505)
    );
    // It did lose its server, and resumed on the other.
    assert!(
        err.iter().any(|l| l.contains("resuming after revision")),
        "{err:?}"
    );
}

/// What happens to Redis mid-stream.
enum Fault {
    /// Frozen (SIGSTOP) for 3 s: commands time out; its data stays.
    Frozen,
    /// Killed, and started again after 3 s on its append-only file.
    Restarted,
}

/// Publishers on one server, a subscriber on another; Redis goes away for
/// 3 s and comes back with its data: publishes and new subscriptions are
/// refused with UNAVAILABLE meanwhile, and the subscription goes on without
/// a gap, every acknowledged event at its revision.
fn subscribers_go_on_without_a_gap_across(fault: Fault) {
    let dir = RedisServer::scratch_dir();
    let port = free_port();
    let mut redis = Some(RedisServer::start_durable(port, &dir));
    let timeout = Duration::from_millis(300);
    let config = FeedConfig::default();
    let (publisher, subscriber_server) = {
        let redis = redis.as_ref().expect("running");
        (
            feed_on_redis(redis, config.clone(), timeout, 1_000_000),
            feed_on_redis(redis, config, timeout, 1_000_000),
        )
    };
    let (client, stub) = connect(subscriber_server.addr());
    let mut responses = subscribe(&client, &stub, "t", 0, "");

    // Publishes calls of 10 until stopped: what was acknowledged, and the
    // refusals.
    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(Mutex::new(Vec::<(u64, Vec<u8>)>::new()));
    let refusals = Arc::new(Mutex::new(Vec::<String>::new()));
    // Each acknowledged call, as it comes.
    let (acked, acks) = std::sync::mpsc::channel::<()>();
    let publishing = {
        let (stop, acknowledged, refusals) = (
            Arc::clone(&stop),
            Arc::clone(&acknowledged),
            Arc::clone(&refusals),
        );
        let addr = publisher.addr().to_string();
        thread::spawn(move || {
            let (client, stub) = connect(&addr);
            let started = Instant::now();
            let mut n = 0u64;
            while !stop.load(Ordering::Acquire) && started.elapsed() < STEP {
                let events: Vec<Vec<u8>> =
                    (n..n + 10).map(|i| format!("p{i}").into_bytes()).collect();
                n += 10;
                match publish_events(&client, &stub, "t", events.clone()) {
                    Ok(revisions) => {
                        acknowledged
                            .lock()
                            .unwrap()
                            .extend(revisions.into_iter().zip(events));
                        let _ = acked.send(());
                    }
                    Err(status) => {
                        assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
                        refusals.lock().unwrap().push(status.message().to_string());
                    }
                }
            }
        })
    };
    let (mut next, mut seen) = (1, Vec::new());
    read_into(&mut responses, &mut next, 1000, &mut seen);

    let down = Instant::now();
    match fault {
        Fault::Frozen => redis.as_ref().expect("running").pause(),
        Fault::Restarted => redis.take().expect("running").stop(),
    }
    // Meanwhile a new subscription is refused with a clear UNAVAILABLE
    // (once the server has noticed: within a command's timeout or so).
    let refused = loop {
        let limit = Duration::from_millis(200);
        match refusal(subscriber_server.addr(), "other", 0, "", limit) {
            Some(status) if status.code() == RpcStatusCode::UNAVAILABLE => break status,
            other => assert!(
                down.elapsed() < Duration::from_secs(3),
                "still served: {other:?}"
            ),
        }
    };
    assert!(refused.message().contains("Redis"), "{refused:?}");
    thread::sleep(Duration::from_secs(3).saturating_sub(down.elapsed()));
    match fault {
        Fault::Frozen => redis.as_ref().expect("paused").resume(),
        Fault::Restarted => redis = Some(RedisServer::start_durable(port, &dir)),
    }
    // Publishing goes on: 100 more acknowledged calls of 10.
    while acks.try_recv().is_ok() {}
    for _ in 0..100 {
        acks.recv_timeout(STEP)
            .expect("publishing goes on once Redis is back");
    }
    stop.store(true, Ordering::Release);
    publishing.join().expect("publisher");
    assert!(
        !refusals.lock().unwrap().is_empty(),
        "no publish was refused while Redis was away"
    );

    // The subscription, open throughout, has every event once, in order.
    let acknowledged = acknowledged.lock().unwrap();
    let newest = acknowledged
        .iter()
        .map(|(revision, _)| *revision)
        .max()
        .expect("some");
    read_into(&mut responses, &mut next, newest, &mut seen);
    for (revision, data) in acknowledged.iter() {
        assert_eq!(&seen[*revision as usize - 1].1, data, "revision {revision}");
    }
    drop(redis);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn redis_frozen_for_3_s_refuses_new_work_and_loses_nothing() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    subscribers_go_on_without_a_gap_across(Fault::Frozen);
}

#[test]
fn redis_restarted_with_its_data_after_3_s_loses_nothing() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    subscribers_go_on_without_a_gap_across(Fault::Restarted);
}

/// How Redis comes back having lost (or maybe lost) its data.
enum Loss {
    /// Empty.
    Everything,
    /// From an append-only file synced once a second: maybe without the
    /// newest events, which the feed cannot tell, so it takes the log as lost.
    MaybeTheNewest,
    /// The same file, but the Redis that comes back syncs each write: what
    /// counts is how the process that went away wrote it.
    MaybeTheNewestThenSynced,
}

#[test]
fn redis_restarted_empty_ends_subscriptions_and_refuses_resumes_with_failed_precondition() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    a_log_redis_may_have_lost_is_refused(Loss::Everything);
}

#[test]
fn redis_restarted_on_a_lazily_synced_file_is_a_new_log_too() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    a_log_redis_may_have_lost_is_refused(Loss::MaybeTheNewest);
}

#[test]
fn redis_restarted_synced_on_a_file_its_crashed_process_synced_lazily_is_a_new_log_too() {
    // Redis restarts on its port: no other test may take it meanwhile.
    let _serial = serial();
    a_log_redis_may_have_lost_is_refused(Loss::MaybeTheNewestThenSynced);
}

/// Redis comes back without (surely or maybe) some of its data: running
/// subscriptions end and resumes are refused with FAILED_PRECONDITION, and
/// publishing goes on in a new log.
fn a_log_redis_may_have_lost_is_refused(loss: Loss) {
    let dir = RedisServer::scratch_dir();
    let port = free_port();
    let redis = match loss {
        Loss::Everything => RedisServer::start_on(port),
        _ => RedisServer::start_lazily_synced(port, &dir),
    };
    let timeout = Duration::from_millis(300);
    let publisher = feed_on_redis(&redis, FeedConfig::default(), timeout, 1_000_000);
    let other = feed_on_redis(&redis, FeedConfig::default(), timeout, 1_000_000);
    let (pub_client, pub_stub) = connect(publisher.addr());
    publish_events(&pub_client, &pub_stub, "t", vec![b"old".to_vec(); 10]).expect("published");
    let (client, stub) = connect(other.addr());
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let first = within(STEP, responses.next())
        .expect("a message")
        .expect("events");
    let old_log = first.log_id.clone();

    redis.stop();
    let _again = match loss {
        Loss::Everything => RedisServer::start_on(port),
        Loss::MaybeTheNewest => RedisServer::start_lazily_synced(port, &dir),
        Loss::MaybeTheNewestThenSynced => RedisServer::start_durable(port, &dir),
    };
    // The running subscription ends: its revisions mean nothing now.
    let status = status_of(&mut responses);
    assert_eq!(
        status.code(),
        RpcStatusCode::FAILED_PRECONDITION,
        "{status:?}"
    );
    // A resume from the old log is refused the same way (UNAVAILABLE while
    // the server has not reached Redis again).
    let resume = common::poll(STEP, POLL, || {
        let status = status_of(&mut subscribe(&client, &stub, "t", 10, &old_log));
        match status.code() {
            RpcStatusCode::UNAVAILABLE => Err(format!("{status:?}")),
            _ => Ok(status),
        }
    });
    assert_eq!(
        resume.code(),
        RpcStatusCode::FAILED_PRECONDITION,
        "{resume:?}"
    );
    // Publishing starts the new log at revision 1 (after UNAVAILABLE while
    // the publisher's server rejoins).
    let revisions = common::poll(STEP, POLL, || {
        publish_events(&pub_client, &pub_stub, "t", vec![b"new".to_vec()]).map_err(|status| {
            assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
            format!("{status:?}")
        })
    });
    let mut fresh = subscribe(&client, &stub, "t", 0, "");
    let response = within(STEP, fresh.next())
        .expect("a message")
        .expect("events");
    assert_ne!(response.log_id, old_log);
    match loss {
        Loss::Everything => {
            assert_eq!(revisions, [1]);
            assert_eq!(response.events[0].revision, 1);
            assert_eq!(response.events[0].data, b"new");
        }
        // What the file kept stays in Redis, in the new log.
        _ => assert!(revisions[0] <= 11, "{revisions:?}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}
