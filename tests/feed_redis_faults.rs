//! The feed on Redis through Redis' own faults, each against a real
//! `redis-server` on a free port: a flush, a key deleted (as eviction
//! would), a hole in a stream, answers that mean "later" (a demoted master,
//! a busy script), a tailer far behind the trim, a log changed under
//! fetchers and under an open Publish call, a publish whose call timed
//! out, a stream the feed cannot read, refused subscriptions.

use grpc_stream_testkit as common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use common::feed::{connect, feed_on_redis, publish_events, read_into, status_of, subscribe};
use common::{free_port, serial, within, RedisServer, Relay, STEP};
use futures::StreamExt;
use grpc_stream_engine::{Client, ClientConfig, Error, ResponseStream, RunningServer};
use grpc_stream_feed::proto::{FeedClient, PublishRequest, SubscribeResponse};
use grpc_stream_feed::{Feed, FeedConfig, LogError, RedisConfig};
use grpcio::{RpcStatus, RpcStatusCode};

/// The pace of a call retried while a server has not yet reached Redis
/// again (it answers at once with UNAVAILABLE meanwhile).
const POLL: Duration = Duration::from_millis(20);

fn server_on(redis: &RedisServer, config: FeedConfig) -> RunningServer {
    feed_on_redis(redis, config, Duration::from_millis(500), 1_000_000)
}

/// `count` events `"{prefix}{n}"`.
fn events(prefix: &str, count: usize) -> Vec<Vec<u8>> {
    (1..=count)
        .map(|n| format!("{prefix}{n}").into_bytes())
        .collect()
}

/// Publishes `events` in one call, again while the server answers
/// UNAVAILABLE (it is joining Redis' log, or Redis is away), within
/// [`STEP`].
fn publish_retrying(addr: &str, topic: &str, events: Vec<Vec<u8>>) -> Vec<u64> {
    let (client, stub) = connect(addr);
    common::poll(STEP, POLL, || {
        publish_events(&client, &stub, topic, events.clone()).map_err(|status| {
            assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
            format!("still refused: {status:?}")
        })
    })
}

/// The log the feed's servers share in `redis` now.
fn log_in(redis: &RedisServer) -> String {
    redis
        .command::<String>(&["GET", "feed:log"])
        .expect("a log in Redis")
}

/// The revisions a subscription delivers (each the one after the last:
/// the test fails at a gap), then the status it ends with.
fn revisions_then_status(
    responses: &mut ResponseStream<SubscribeResponse>,
    mut next: u64,
) -> (Vec<(u64, Vec<u8>)>, RpcStatus) {
    let started = Instant::now();
    let mut seen = Vec::new();
    loop {
        let left = STEP.saturating_sub(started.elapsed());
        assert!(
            !left.is_zero(),
            "no status within {STEP:?}: {} events",
            seen.len()
        );
        match within(left, responses.next()) {
            Some(Ok(response)) => {
                for event in response.events {
                    assert_eq!(event.revision, next, "a gap or a repeat");
                    seen.push((event.revision, event.data));
                    next += 1;
                }
            }
            Some(Err(Error::Status(status))) => return (seen, status),
            other => panic!("expected events or a status, got {other:?}"),
        }
    }
}

/// Two servers on one Redis: events published on one, a subscription on
/// the other that has read them.
struct TwoServers {
    publisher: RunningServer,
    follower: RunningServer,
    /// The subscription's client, kept for as long as it reads.
    _client: Client,
    responses: ResponseStream<SubscribeResponse>,
    /// The revision the subscription reads next.
    next: u64,
}

/// [`TwoServers`] on `redis`: `count` events `"{prefix}{n}"` of topic `t`
/// published and read.
fn two_servers(redis: &RedisServer, prefix: &str, count: usize) -> TwoServers {
    let publisher = server_on(redis, FeedConfig::default());
    let follower = server_on(redis, FeedConfig::default());
    let (client, stub) = connect(publisher.addr());
    publish_events(&client, &stub, "t", events(prefix, count)).expect("published");
    let (client, stub) = connect(follower.addr());
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let mut next = 1;
    read_into(&mut responses, &mut next, count as u64, &mut Vec::new());
    TwoServers {
        publisher,
        follower,
        _client: client,
        responses,
        next,
    }
}

#[test]
fn a_flushall_never_serves_the_new_logs_events_as_the_old_logs() {
    let _serial = serial();
    let redis = RedisServer::start();
    let TwoServers {
        publisher: b,
        follower: _follower,
        _client,
        mut responses,
        next,
    } = two_servers(&redis, "old", 5);

    redis.command::<()>(&["FLUSHALL"]).expect("flushed");
    // B publishes into the new log all along (calls of 20, revisions 1 on).
    let stop = Arc::new(AtomicBool::new(false));
    // Each call published in the new log, as it comes.
    let (published, in_new_log) = std::sync::mpsc::channel::<()>();
    let publisher = {
        let (stop, addr) = (Arc::clone(&stop), b.addr().to_string());
        thread::spawn(move || {
            let (client, stub) = connect(&addr);
            let started = Instant::now();
            let mut call = 0;
            while !stop.load(Ordering::Acquire) && started.elapsed() < STEP {
                call += 1;
                let data = events(&format!("new{call}-"), 20);
                // Refused while B joins the new log.
                common::poll(STEP, POLL, || {
                    publish_events(&client, &stub, "t", data.clone()).map_err(|status| {
                        assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
                        format!("still refused: {status:?}")
                    })
                });
                let _ = published.send(());
            }
        })
    };
    // A's subscriber gets nothing of the new log: its subscription ends.
    let (more, status) = revisions_then_status(&mut responses, next);
    // The new log has events by now (its writer goes on until stopped).
    in_new_log
        .recv_timeout(STEP)
        .expect("nothing published in the new log");
    stop.store(true, Ordering::Release);
    publisher.join().expect("publisher");
    assert!(
        more.is_empty(),
        "the new log's events served as the old log's: {:?}",
        more.iter()
            .take(3)
            .map(|(revision, data)| (revision, String::from_utf8_lossy(data)))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        status.code(),
        RpcStatusCode::FAILED_PRECONDITION,
        "{status:?}"
    );
}

#[test]
fn a_redis_that_may_evict_the_logs_keys_is_refused() {
    let _serial = serial();
    let redis = RedisServer::start_with(&["--maxmemory-policy", "allkeys-lru"]);
    let config = || RedisConfig::new(redis.url.clone());
    match Feed::with_redis(FeedConfig::default(), config()) {
        Err(LogError::Later(why)) => {
            assert!(why.contains("maxmemory-policy allkeys-lru"), "{why}")
        }
        Err(e) => panic!("refused for another reason: {e}"),
        Ok(_) => panic!("a feed on a Redis that may evict its keys"),
    }
    // The log's keys never expire, so a volatile- policy never evicts them.
    redis
        .command::<()>(&["CONFIG", "SET", "maxmemory-policy", "volatile-lru"])
        .expect("set");
    assert!(Feed::with_redis(FeedConfig::default(), config()).is_ok());
}

#[test]
fn a_deleted_revision_counter_retires_the_log_instead_of_renumbering() {
    let _serial = serial();
    let redis = RedisServer::start();
    let TwoServers {
        publisher: a,
        follower: _follower,
        _client,
        mut responses,
        next: _,
    } = two_servers(&redis, "e", 10);
    let (pub_client, pub_stub) = connect(a.addr());

    // As maxmemory-policy allkeys-* could evict it.
    let counter = format!("feed:{}:t:rev", log_in(&redis));
    assert_eq!(redis.command::<i64>(&["DEL", &counter]), Ok(1));
    let refused = publish_events(&pub_client, &pub_stub, "t", events("after", 1))
        .expect_err("a publish on a damaged log");
    assert_eq!(refused.code(), RpcStatusCode::UNAVAILABLE, "{refused:?}");
    assert!(
        refused.message().contains("publish it again"),
        "{refused:?}"
    );
    let status = status_of(&mut responses);
    assert_eq!(
        status.code(),
        RpcStatusCode::FAILED_PRECONDITION,
        "{status:?}"
    );
    // Publishing goes on in a new log.
    assert_eq!(publish_retrying(a.addr(), "t", events("new", 1)), [1]);
}

#[test]
fn a_hole_in_a_stream_is_never_served_as_a_gap() {
    let _serial = serial();
    let redis = RedisServer::start();
    // A history of 2: a resume from the start is read from Redis.
    let server = server_on(
        &redis,
        FeedConfig {
            history_events: 2,
            ..FeedConfig::default()
        },
    );
    let (client, stub) = connect(server.addr());
    publish_events(&client, &stub, "t", events("e", 10)).expect("published");
    let stream = format!("feed:{}:t:events", log_in(&redis));
    assert_eq!(redis.command::<i64>(&["XDEL", &stream, "5-0"]), Ok(1));
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let (seen, status) = revisions_then_status(&mut responses, 1);
    assert!(seen.len() < 5, "{} events", seen.len());
    assert_eq!(
        status.code(),
        RpcStatusCode::FAILED_PRECONDITION,
        "{status:?}"
    );
}

#[test]
fn resumes_after_a_log_change_are_served_from_the_new_log() {
    let _serial = serial();
    let redis = RedisServer::start();
    let server = server_on(
        &redis,
        FeedConfig {
            history_events: 10,
            ..FeedConfig::default()
        },
    );
    let resume_four_times = |log: &str| {
        let (client, stub) = connect(server.addr());
        for _ in 0..4 {
            // After 5: older than the history of 10, read from Redis by
            // one of the fetcher threads.
            let mut responses = subscribe(&client, &stub, "t", 5, log);
            read_into(&mut responses, &mut 6, 100, &mut Vec::new());
        }
    };
    assert_eq!(
        publish_retrying(server.addr(), "t", events("old", 100)),
        (1..=100).collect::<Vec<_>>()
    );
    resume_four_times(&log_in(&redis));
    redis.command::<()>(&["FLUSHALL"]).expect("flushed");
    assert_eq!(
        publish_retrying(server.addr(), "t", events("new", 100)),
        (1..=100).collect::<Vec<_>>()
    );
    resume_four_times(&log_in(&redis));
}

/// A Redis that is a replica (a demoted master) or a busy one: publishes
/// are UNAVAILABLE (an outage: new subscriptions too), then go on.
#[test]
fn a_redis_made_a_replica_is_an_outage_then_the_log_goes_on() {
    let _serial = serial();
    let redis = RedisServer::start();
    let TwoServers {
        publisher: a,
        follower: _follower,
        _client,
        mut responses,
        mut next,
    } = two_servers(&redis, "e", 10);
    let mut seen = Vec::new();
    let (pub_client, pub_stub) = connect(a.addr());

    // A replica of a master that is not there: read-only, its data kept.
    let nowhere = free_port().to_string();
    redis
        .command::<()>(&["REPLICAOF", "127.0.0.1", &nowhere])
        .expect("demoted");
    let refused = publish_events(&pub_client, &pub_stub, "t", events("x", 1))
        .expect_err("a publish on a replica");
    assert_eq!(refused.code(), RpcStatusCode::UNAVAILABLE, "{refused:?}");
    assert!(
        refused.message().contains("read only replica")
            && refused
                .message()
                .contains("not published: publish it again"),
        "{refused:?}"
    );
    // An outage: a new subscription on that server is refused too.
    let (a_client, a_stub) = connect(a.addr());
    let status = status_of(&mut subscribe(&a_client, &a_stub, "t", 0, ""));
    assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");

    redis
        .command::<()>(&["REPLICAOF", "NO", "ONE"])
        .expect("promoted");
    let revisions = publish_retrying(a.addr(), "t", events("back", 10));
    // Whatever was refused was not appended: the log goes on at 11.
    assert_eq!(revisions, (11..=20).collect::<Vec<_>>());
    read_into(&mut responses, &mut next, 20, &mut seen);
    assert_eq!(seen[0].1, b"back1");
}

#[test]
fn a_redis_busy_with_a_script_is_an_outage_then_the_log_goes_on() {
    let _serial = serial();
    let redis = RedisServer::start();
    let server = server_on(&redis, FeedConfig::default());
    let (client, stub) = connect(server.addr());
    publish_events(&client, &stub, "t", events("e", 3)).expect("published");
    redis
        .command::<()>(&["CONFIG", "SET", "busy-reply-threshold", "50"])
        .expect("set");
    // Others get BUSY while the script runs.
    let busy = redis.busy_for(Duration::from_millis(1500));
    let started = Instant::now();
    while redis.command::<String>(&["PING"]).is_ok() {
        assert!(started.elapsed() < STEP, "Redis never got busy");
    }
    let refused =
        publish_events(&client, &stub, "t", events("x", 1)).expect_err("a publish while busy");
    assert_eq!(refused.code(), RpcStatusCode::UNAVAILABLE, "{refused:?}");
    assert!(refused.message().contains("BUSY"), "{refused:?}");
    busy.join().expect("script").expect("the script ran");
    assert_eq!(publish_retrying(server.addr(), "t", events("back", 1)), [4]);
}

/// A Redis loading its file after a restart answers LOADING: an outage,
/// not an error, and the log goes on once it has loaded.
#[test]
fn a_redis_loading_its_file_is_an_outage_then_the_log_goes_on() {
    let _serial = serial();
    let dir = RedisServer::scratch_dir();
    let port = free_port();
    let redis = RedisServer::start_durable(port, &dir);
    let server = server_on(&redis, FeedConfig::default());
    let (client, stub) = connect(server.addr());
    publish_events(&client, &stub, "t", events("e", 3)).expect("published");
    // 20,000 more keys in the file, each loaded 50 us late: about 2 s of
    // LOADING, answered every KiB loaded.
    let fill = "for i = 1, 20000 do redis.call('SET', 'filler:' .. i, 'x') end return 0";
    redis.command::<i64>(&["EVAL", fill, "0"]).expect("filled");
    redis.command::<String>(&["BGREWRITEAOF"]).expect("rewrite");
    redis.wait_for_log("Background AOF rewrite finished successfully");
    redis.stop();
    let restarting = {
        let dir = dir.clone();
        thread::spawn(move || {
            let loading_slowly = [
                "--key-load-delay",
                "50",
                "--loading-process-events-interval-bytes",
                "1024",
            ];
            RedisServer::start_durable_with(port, &dir, &loading_slowly)
        })
    };
    // Refused UNAVAILABLE while down, then while loading, saying so.
    let loading = common::poll(STEP, POLL, || {
        match publish_events(&client, &stub, "t", events("x", 1)) {
            Err(status) if status.message().contains("loading the dataset") => Ok(status),
            Err(status) => {
                assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
                Err(format!("never saw LOADING: {status:?}"))
            }
            Ok(revisions) => panic!("published while it restarted: {revisions:?}"),
        }
    });
    assert_eq!(loading.code(), RpcStatusCode::UNAVAILABLE, "{loading:?}");
    let _redis = restarting.join().expect("restarted");
    assert_eq!(publish_retrying(server.addr(), "t", events("back", 1)), [4]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// With small events, one read of a tailer's brings many: 50,000 events of
/// 16 B, with Redis keeping about 30,000 (their stream is trimmed
/// meanwhile), reach a subscriber on another server in a few hundred round
/// trips to Redis, not one or more per event. (Reads counted in events, a history
/// of 1 MiB for events of up to 1 MiB read one event a round trip and fell
/// tens of thousands behind.) The events go in calls of 10,000, each once
/// the subscriber has the last one's, so the trim never overtakes it however
/// loaded the machine: the round trips are what is measured, and they do
/// not depend on speed. (Racing a 50,000-event call against the trim failed
/// when other tests and two busy loops shared the two cores.)
#[test]
fn a_tailer_reads_many_small_events_a_command_past_the_trim() {
    let _serial = serial();
    const EVENTS: u64 = 50_000;
    const CALL: usize = 10_000;
    const KEEP: usize = 30_000;
    let redis = RedisServer::start();
    let timeout = Duration::from_secs(2);
    let publisher = feed_on_redis(&redis, FeedConfig::default(), timeout, KEEP);
    let one_event_a_read = FeedConfig {
        history_bytes: 1 << 20,
        max_event_bytes: 1 << 20,
        ..FeedConfig::default()
    };
    let follower = feed_on_redis(&redis, one_event_a_read, timeout, KEEP);
    let (client, stub) = connect(follower.addr());
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let (pub_client, pub_stub) = connect(publisher.addr());
    let data: Vec<Vec<u8>> = (0..EVENTS)
        .map(|n| format!("{n:016}").into_bytes())
        .collect();
    let commands_before = round_trips(&redis);
    let (mut next, mut seen) = (1, Vec::new());
    for call in data.chunks(CALL) {
        let revisions =
            publish_events(&pub_client, &pub_stub, "t", call.to_vec()).expect("published");
        assert_eq!(revisions.len(), call.len());
        read_into(
            &mut responses,
            &mut next,
            revisions[call.len() - 1],
            &mut seen,
        );
    }
    let commands = round_trips(&redis) - commands_before;
    assert!(
        seen.into_iter().map(|(_, data)| data).eq(data),
        "the events differ"
    );
    let kept: u64 = redis
        .command(&["XLEN", &format!("feed:{}:t:events", log_in(&redis))])
        .expect("XLEN");
    assert!(kept < EVENTS, "the stream was not trimmed: {kept} kept");
    eprintln!("{EVENTS} events through Redis in {commands} round trips, {kept} kept");
    assert!(
        commands < EVENTS / 20,
        "{commands} round trips to Redis for {EVENTS} events"
    );
}

/// The feed's round trips to `redis` since it started: its scripts (each
/// append or read is one) and blocking reads (`INFO commandstats`; the
/// commands a script runs count apart, under their own names).
fn round_trips(redis: &RedisServer) -> u64 {
    let info: String = redis.command(&["INFO", "commandstats"]).expect("INFO");
    info.lines()
        .filter_map(|line| {
            let (name, stats) = line.split_once(':')?;
            let calls = stats.strip_prefix("calls=")?.split(',').next()?;
            matches!(name, "cmdstat_evalsha" | "cmdstat_eval" | "cmdstat_xread")
                .then(|| calls.parse::<u64>().ok())?
        })
        .sum()
}

/// Events of a Publish call whose deadline passed while they waited for
/// the writer are dropped, never appended later.
#[test]
fn events_of_a_publish_call_that_timed_out_waiting_are_not_published() {
    let _serial = serial();
    let redis = RedisServer::start();
    // Through a relay: the test sees when the writer has sent a command.
    let relay = Relay::start(&format!("127.0.0.1:{}", redis.port));
    let via_relay = format!("redis://{}", relay.addr);
    let feed = Feed::with_redis(
        FeedConfig::default(),
        RedisConfig {
            timeout: Duration::from_secs(5),
            ..RedisConfig::new(via_relay)
        },
    )
    .expect("joins the log");
    let server = common::server()
        .host(grpc_stream_feed::FeedService::new(Arc::new(feed)))
        .start()
        .expect("start");
    let (client, stub) = connect(server.addr());
    assert_eq!(
        publish_events(&client, &stub, "t", events("a", 1)).ok(),
        Some(vec![1])
    );

    // Redis frozen; a first call's event holds the writer in its command.
    redis.pause();
    let sent = relay.up.load(Ordering::Acquire);
    let held = {
        let addr = server.addr().to_string();
        thread::spawn(move || {
            let (client, stub) = connect(&addr);
            publish_events(&client, &stub, "t", events("held", 1))
        })
    };
    let started = Instant::now();
    while relay.up.load(Ordering::Acquire) == sent {
        assert!(started.elapsed() < STEP, "the writer sent nothing");
        thread::yield_now();
    }
    // A second call's events wait behind it, past the call's deadline.
    let impatient_config = ClientConfig {
        call_timeout: Some(Duration::from_millis(300)),
        ..ClientConfig::default()
    };
    let impatient =
        within(STEP, Client::connect(server.addr(), &impatient_config)).expect("connect");
    let impatient_stub = FeedClient::new(impatient.channel().clone());
    let handled_before = handled_publishes();
    let late = publish_events(&impatient, &impatient_stub, "t", events("late", 10))
        .expect_err("a call past its deadline");
    assert_eq!(late.code(), RpcStatusCode::DEADLINE_EXCEEDED, "{late:?}");
    // The server has ended the call too (its events dropped).
    common::poll(STEP, POLL, || match handled_publishes() {
        handled if handled > handled_before => Ok(()),
        _ => Err("the server never ended the call".into()),
    });
    redis.resume();
    assert_eq!(held.join().expect("held").ok(), Some(vec![2]));
    // The late events were never appended: the next is revision 3.
    assert_eq!(
        publish_events(&client, &stub, "t", events("next", 1)).ok(),
        Some(vec![3])
    );
}

/// Publish calls this process' servers have ended, by the engine's metrics.
fn handled_publishes() -> u64 {
    grpc_stream_engine::metrics::render()
        .lines()
        .filter(|line| line.starts_with("grpc_server_handled_total") && line.contains("Publish\""))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<u64>().ok())
        .sum()
}

/// A Publish call's answer names one log, and every revision in it is of
/// that log: an event sent after the log changed is refused, not published
/// in the new log under the old one's name.
#[test]
fn a_publish_call_open_across_a_log_change_publishes_in_one_log_only() {
    let _serial = serial();
    let redis = RedisServer::start();
    let server = server_on(&redis, FeedConfig::default());
    let (client, stub) = connect(server.addr());
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let (events_in, requests) = futures::channel::mpsc::unbounded();
    let call = stub.publish_opt(client.call_options()).expect("call");
    let publishing = {
        let client = client.clone();
        thread::spawn(move || within(STEP, client.client_streaming(call, requests)))
    };
    let send = |data: &[u8]| {
        let mut request = PublishRequest::new();
        request.topic = "t".into();
        request.data = data.to_vec();
        events_in.unbounded_send(request).expect("the call is open");
    };
    send(b"first");
    read_into(&mut responses, &mut 1, 1, &mut Vec::new());
    redis.command::<()>(&["FLUSHALL"]).expect("flushed");
    // The server has joined the new log once another call publishes in it.
    assert_eq!(publish_retrying(server.addr(), "t", events("new", 1)), [1]);
    send(b"second");
    drop(events_in);
    match publishing.join().expect("publisher") {
        Err(Error::Status(status)) => {
            assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
            assert!(
                status
                    .message()
                    .contains("first event was published (revision 1)"),
                "{status:?}"
            );
        }
        other => panic!("published across two logs under one name: {other:?}"),
    }
}

/// A stream the feed cannot read (an entry it never wrote) ends its topic
/// with INTERNAL after a few tries, instead of progress notices forever.
#[test]
fn a_topic_whose_stream_cannot_be_read_ends_with_internal() {
    let _serial = serial();
    let redis = RedisServer::start();
    let server = server_on(&redis, FeedConfig::default());
    let (client, stub) = connect(server.addr());
    publish_events(&client, &stub, "t", events("e", 3)).expect("published");
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let (mut next, mut seen) = (1, Vec::new());
    read_into(&mut responses, &mut next, 3, &mut seen);
    let stream = format!("feed:{}:t:events", log_in(&redis));
    redis
        .command::<String>(&["XADD", &stream, "4-0", "not-d", "x"])
        .expect("added");
    let (more, status) = revisions_then_status(&mut responses, next);
    assert!(more.is_empty(), "{more:?}");
    assert_eq!(status.code(), RpcStatusCode::INTERNAL, "{status:?}");
    assert!(status.message().contains("4-0"), "{status:?}");
}

/// Refused subscriptions (here: after a revision the topic never had) hold
/// no topic: a server at its maximum of topics still takes a new one.
#[test]
fn refused_subscriptions_leave_no_topics_behind() {
    let _serial = serial();
    let redis = RedisServer::start();
    let server = server_on(
        &redis,
        FeedConfig {
            max_topics: 2,
            ..FeedConfig::default()
        },
    );
    let (client, stub) = connect(server.addr());
    for n in 0..5 {
        let status = status_of(&mut subscribe(&client, &stub, &format!("junk{n}"), 5, ""));
        assert_eq!(status.code(), RpcStatusCode::OUT_OF_RANGE, "{status:?}");
    }
    let mut responses = subscribe(&client, &stub, "fresh", 0, "");
    assert_eq!(
        publish_events(&client, &stub, "fresh", events("e", 1)).ok(),
        Some(vec![1])
    );
    read_into(&mut responses, &mut 1, 1, &mut Vec::new());
}

/// A Redis at its `maxmemory` (evicting nothing, as the feed requires)
/// refuses publishes with RESOURCE_EXHAUSTED, saying nothing was published.
#[test]
fn a_full_redis_refuses_publishes_with_resource_exhausted() {
    let _serial = serial();
    let redis =
        RedisServer::start_with(&["--maxmemory", "4mb", "--maxmemory-policy", "noeviction"]);
    let server = server_on(&redis, FeedConfig::default());
    let (client, stub) = connect(server.addr());
    let kib = vec![b'x'; 1024];
    // 4 MiB fill up within 100 calls of 64 KiB.
    let refused = (0..100)
        .find_map(|_| publish_events(&client, &stub, "t", vec![kib.clone(); 64]).err())
        .expect("Redis never filled up");
    assert_eq!(
        refused.code(),
        RpcStatusCode::RESOURCE_EXHAUSTED,
        "{refused:?}"
    );
    assert!(refused.message().contains("not published"), "{refused:?}");
}
