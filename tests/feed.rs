//! The feed over loopback: replay and live tail, cancel and resume, the
//! history's bound (compaction, a stalled subscriber, the server's memory),
//! bad input, and the feed programs as processes.

use grpc_stream_testkit as common;

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::time::Instant;

use common::feed::{connect, publish_events, read_into, status_of, subscribe};
use common::{
    free_port, peak_rss_bytes, rss_bytes, run_client, serial, server, within, ClientProcess,
    ServerProcess, STEP,
};
use futures::stream::{self, StreamExt};
use grpc_stream_engine::{ResponseStream, RunningServer};
use grpc_stream_feed::proto::{PublishRequest, SubscribeResponse};
use grpc_stream_feed::{Feed, FeedConfig, FeedService};
use grpcio::RpcStatusCode;

/// A feed server in this process.
fn feed_server(config: FeedConfig) -> RunningServer {
    let feed = Arc::new(Feed::new(config));
    server()
        .host(FeedService::new(feed))
        .start()
        .expect("start")
}

/// The data of event `revision` in these tests.
fn data(revision: u64) -> Vec<u8> {
    format!("event {revision}").into_bytes()
}

/// Publishes events `revisions` (their data by [`data`]) to `topic`, in
/// calls of 1,000; checks the revisions they got.
fn publish(addr: &str, topic: &str, revisions: std::ops::RangeInclusive<u64>) {
    let (client, stub) = connect(addr);
    let all: Vec<u64> = revisions.collect();
    for chunk in all.chunks(1000) {
        let events = chunk.iter().map(|&revision| data(revision)).collect();
        let revisions = publish_events(&client, &stub, topic, events).expect("published");
        assert_eq!(revisions, chunk);
    }
}

/// Reads messages until event `through` has come, checking each event is
/// revision `next` with its data and advancing `next`; returns how many
/// messages carried them. The last message may go past `through` while
/// events are still being published.
fn read_from(
    responses: &mut ResponseStream<SubscribeResponse>,
    next: &mut u64,
    through: u64,
) -> usize {
    let mut messages = 0;
    while *next <= through {
        let response = within(STEP, responses.next())
            .expect("the stream goes on")
            .expect("a response");
        messages += 1;
        for event in response.events {
            assert_eq!(event.revision, *next, "a gap or a repeat");
            assert_eq!(event.data, data(*next));
            *next += 1;
        }
    }
    messages
}

/// Reads the events after `after` through `last`, the last one published.
fn read_through(responses: &mut ResponseStream<SubscribeResponse>, after: u64, last: u64) {
    let mut next = after + 1;
    read_from(responses, &mut next, last);
    assert_eq!(next, last + 1, "more events than published");
}

#[test]
fn a_subscriber_gets_the_history_then_the_live_tail_each_event_once() {
    const EVENTS: u64 = 100_000;
    let server = feed_server(FeedConfig::default());
    let addr = server.addr().to_string();
    publish(&addr, "tail", 1..=EVENTS / 2);
    let (client, stub) = connect(&addr);
    let mut responses = subscribe(&client, &stub, "tail", 0, "");
    let publisher = {
        let addr = addr.clone();
        std::thread::spawn(move || publish(&addr, "tail", EVENTS / 2 + 1..=EVENTS))
    };
    // The replay comes in batches (256 events a message), not a message per
    // event; the live tail as the events come.
    let mut next = 1;
    let messages = read_from(&mut responses, &mut next, EVENTS / 2);
    assert!(messages < 1000, "{messages} messages for the replay");
    read_through(&mut responses, next - 1, EVENTS);
    publisher.join().expect("publisher");
}

#[test]
fn a_subscriber_cancelled_and_resumed_ten_times_loses_and_repeats_nothing() {
    const EVENTS: u64 = 20_000;
    let server = feed_server(FeedConfig::default());
    let addr = server.addr().to_string();
    let publisher = {
        let addr = addr.clone();
        std::thread::spawn(move || publish(&addr, "resume", 1..=EVENTS))
    };
    let (client, stub) = connect(&addr);
    let random = RandomState::new();
    let mut after = 0;
    let mut log_id = String::new();
    for attempt in 0..10u64 {
        let mut hasher = random.build_hasher();
        hasher.write_u64(attempt);
        let stop_after = after + 1 + hasher.finish() % (EVENTS / 12);
        let mut responses = subscribe(&client, &stub, "resume", after, &log_id);
        'reading: while after < stop_after {
            let response = within(STEP, responses.next())
                .expect("more")
                .expect("a response");
            assert!(log_id.is_empty() || log_id == response.log_id);
            log_id = response.log_id;
            for event in response.events {
                assert_eq!(
                    event.revision,
                    after + 1,
                    "attempt {attempt}: a gap or a repeat"
                );
                assert_eq!(event.data, data(event.revision));
                after = event.revision;
                if after == stop_after {
                    // Dropped mid-message: the rest of it is sent again.
                    break 'reading;
                }
            }
        }
        drop(responses);
    }
    let mut responses = subscribe(&client, &stub, "resume", after, &log_id);
    read_through(&mut responses, after, EVENTS);
    publisher.join().expect("publisher");
}

#[test]
fn a_subscriber_out_of_the_history_gets_out_of_range_with_the_revisions() {
    let server = feed_server(FeedConfig {
        history_events: 100,
        ..FeedConfig::default()
    });
    let addr = server.addr().to_string();
    publish(&addr, "short", 1..=1000);
    let (client, stub) = connect(&addr);
    let status = status_of(&mut subscribe(&client, &stub, "short", 0, ""));
    assert_eq!(status.code(), RpcStatusCode::OUT_OF_RANGE);
    for named in ["revision 1 ", "holds 901 to 1000"] {
        assert!(status.message().contains(named), "{}", status.message());
    }
    let mut responses = subscribe(&client, &stub, "short", 900, "");
    read_through(&mut responses, 900, 1000);
}

#[test]
fn bad_subscriptions_and_publishes_get_a_clear_status() {
    let server = feed_server(FeedConfig {
        max_event_bytes: 1000,
        max_topics: 3,
        ..FeedConfig::default()
    });
    let addr = server.addr().to_string();
    publish(&addr, "ok", 1..=5);
    let (client, stub) = connect(&addr);
    let code = |topic: &str, after: u64, log_id: &str| {
        status_of(&mut subscribe(&client, &stub, topic, after, log_id)).code()
    };
    for odd in ["", "with space", "new\nline", "ü", &"x".repeat(129)] {
        assert_eq!(code(odd, 0, ""), RpcStatusCode::INVALID_ARGUMENT, "{odd:?}");
    }
    assert_eq!(code("ok", 6, ""), RpcStatusCode::OUT_OF_RANGE);
    assert_eq!(
        code("ok", 1, "not-this-log"),
        RpcStatusCode::FAILED_PRECONDITION
    );

    let publish_one = |topic: &str, data: Vec<u8>| {
        let mut request = PublishRequest::new();
        request.topic = topic.into();
        request.data = data;
        let call = stub.publish_opt(client.call_options()).expect("call");
        within(STEP, client.client_streaming(call, stream::iter([request])))
    };
    let too_big = publish_one("ok", vec![0; 1001]).expect_err("refused");
    assert_eq!(too_big.code(), RpcStatusCode::RESOURCE_EXHAUSTED);
    assert!(
        too_big.to_string().contains("none of this call's events"),
        "{too_big}"
    );
    publish_one("two", b"x".to_vec()).expect("a second topic");
    publish_one("three", b"x".to_vec()).expect("a third topic");
    let fourth = publish_one("four", b"x".to_vec()).expect_err("one topic too many");
    assert_eq!(fourth.code(), RpcStatusCode::RESOURCE_EXHAUSTED);
}

#[test]
fn publish_calls_past_the_maximum_open_are_refused_until_one_ends() {
    let server = feed_server(FeedConfig {
        max_publish_calls: 2,
        ..FeedConfig::default()
    });
    let (client, stub) = connect(server.addr());
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let mut next = 1;
    // Two calls, each open on the server (its first event published).
    let open: Vec<_> = (0..2)
        .map(|n| {
            let (events, requests) = futures::channel::mpsc::unbounded();
            let call = stub.publish_opt(client.call_options()).expect("call");
            let calling = {
                let client = client.clone();
                std::thread::spawn(move || within(STEP, client.client_streaming(call, requests)))
            };
            let mut request = PublishRequest::new();
            request.topic = "t".into();
            request.data = format!("call {n}").into_bytes();
            events.unbounded_send(request).expect("the call is open");
            let through = next;
            read_into(&mut responses, &mut next, through, &mut Vec::new());
            (events, calling)
        })
        .collect();
    let refused = publish_events(&client, &stub, "t", vec![b"third".to_vec()])
        .expect_err("a third call at once");
    assert_eq!(
        refused.code(),
        RpcStatusCode::RESOURCE_EXHAUSTED,
        "{refused:?}"
    );
    assert!(refused.message().contains("2 Publish calls"), "{refused:?}");
    for (events, calling) in open {
        drop(events);
        calling.join().expect("call").expect("published");
    }
    assert_eq!(
        publish_events(&client, &stub, "t", vec![b"again".to_vec()]).ok(),
        Some(vec![3])
    );
}

/// Publishes `count` events of `size` bytes to `topic`, in calls of 1,000.
fn publish_sized(addr: &str, topic: &str, count: u64, size: usize) {
    let (client, stub) = connect(addr);
    let mut sent = 0;
    while sent < count {
        let batch = (count - sent).min(1000);
        let requests: Vec<PublishRequest> = (0..batch)
            .map(|_| {
                let mut request = PublishRequest::new();
                request.topic = topic.into();
                request.data = vec![b'e'; size];
                request
            })
            .collect();
        let call = stub.publish_opt(client.call_options()).expect("call");
        within(STEP, client.client_streaming(call, stream::iter(requests))).expect("published");
        sent += batch;
    }
}

#[test]
fn a_stalled_subscriber_costs_the_server_no_more_than_the_history() {
    const EVENTS: u64 = 100_000;
    const SIZE: usize = 1024;
    let _serial = serial();
    // 10,000 events of 1 KiB: about 10 MiB of history, against 100 MiB sent.
    let server = ServerProcess::start("feed_server", &["--history", "10000"]);
    let (client, stub) = connect(&server.addr);
    let mut stalled = subscribe(&client, &stub, "load", 0, "");
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let (client, stub) = connect(&server.addr);
            let mut responses = subscribe(&client, &stub, "load", 0, "");
            std::thread::spawn(move || {
                let mut next = 1;
                while next <= EVENTS {
                    let response = within(STEP, responses.next()).expect("more").expect("ok");
                    for event in response.events {
                        assert_eq!(event.revision, next);
                        next += 1;
                    }
                }
                drop(client);
            })
        })
        .collect();
    let before = rss_bytes(server.pid());
    let started = Instant::now();
    publish_sized(&server.addr, "load", EVENTS, SIZE);
    for reader in readers {
        reader.join().expect("a reader got every event");
    }
    // The server is this test's own: its peak since start is the load's.
    let peak = peak_rss_bytes(server.pid());
    let growth_mib = peak.saturating_sub(before) as f64 / (1 << 20) as f64;
    eprintln!(
        "100,000 events of 1 KiB to 2 readers and 1 stalled subscriber in {:.1} s: server +{growth_mib:.0} MiB",
        started.elapsed().as_secs_f64()
    );
    assert!(growth_mib < 48.0, "+{growth_mib:.0} MiB");
    // The stalled subscriber, reading again, learns it fell out of the history.
    let status = status_of(&mut stalled);
    assert_eq!(status.code(), RpcStatusCode::OUT_OF_RANGE, "{status:?}");
}

#[test]
fn ten_thousand_topics_cost_bounded_memory_and_a_clear_refusal() {
    let _serial = serial();
    let server = ServerProcess::start("feed_server", &["--max-topics", "1000"]);
    let (client, stub) = connect(&server.addr);
    let before = rss_bytes(server.pid());
    let requests = (0..10_000).map(|i| {
        let mut request = PublishRequest::new();
        request.topic = format!("topic-{i}");
        request.data = b"x".to_vec();
        request
    });
    let call = stub.publish_opt(client.call_options()).expect("call");
    let refused = within(STEP, client.client_streaming(call, stream::iter(requests)))
        .expect_err("topics past the maximum");
    assert_eq!(refused.code(), RpcStatusCode::RESOURCE_EXHAUSTED);
    assert!(
        refused
            .to_string()
            .contains("first 1000 events were published"),
        "{refused}"
    );
    let growth = rss_bytes(server.pid()).saturating_sub(before);
    assert!(growth < 16 << 20, "+{} KiB", growth >> 10);
}

#[test]
fn the_programs_publish_and_print_each_event_once() {
    let server = ServerProcess::start("feed_server", &[]);
    let subscriber = ClientProcess::start(
        "feed_subscribe",
        &["--addr", &server.addr, "--topic", "news", "--count", "3"],
    );
    let mut publisher = std::process::Command::new(common::example("feed_publish"));
    publisher
        .args(["--addr", &server.addr, "--topic", "news"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut publisher = publisher.spawn().expect("feed_publish");
    {
        use std::io::Write;
        let mut stdin = publisher.stdin.take().expect("stdin");
        stdin.write_all(b"one\ntwo\nthree\n").expect("write");
    }
    let status = common::wait_bounded(publisher, STEP);
    assert!(status.success());
    let (status, out, err) = subscriber.finish();
    assert!(status.success(), "{err:?}");
    assert_eq!(out, ["1 one", "2 two", "3 three"]);

    // Resuming after revision 2 prints only the third.
    let (status, out, _) = run_client(
        "feed_subscribe",
        &[
            "--addr",
            &server.addr,
            "--topic",
            "news",
            "--after",
            "2",
            "--count",
            "1",
        ],
    );
    assert!(status.success());
    assert_eq!(out, ["3 three"]);
}

#[test]
fn the_subscriber_waits_for_its_server_and_refuses_another_log_in_one_line() {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    // Started before its server: it retries until the server is up.
    let subscriber = ClientProcess::start(
        "feed_subscribe",
        &[
            "--addr",
            &addr,
            "--topic",
            "t",
            "--connect-timeout",
            "200ms",
        ],
    );
    let server = ServerProcess::start_at("feed_server", &addr, &[]);
    publish(&server.addr, "t", 1..=2);
    assert_eq!(subscriber.next_line(), "1 event 1");
    assert_eq!(subscriber.next_line(), "2 event 2");
    // A new server on the same address has a new log: the subscriber says so
    // and exits 1.
    drop(server);
    let _again = ServerProcess::start_at("feed_server", &addr, &[]);
    let (status, out, err) = subscriber.finish();
    assert_eq!(status.code(), Some(1));
    assert!(out.is_empty(), "{out:?}");
    let refusal: Vec<_> = err
        .iter()
        .filter(|l| l.starts_with("feed_subscribe:"))
        .collect();
    assert_eq!(refusal.len(), 1, "{err:?}");
    assert!(refusal[0].contains("FAILED_PRECONDITION"), "{err:?}");
}
