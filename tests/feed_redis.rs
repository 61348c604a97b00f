//! The feed's shared log against a real `redis-server` (started here on a
//! free port): revisions assigned atomically across connections, reads and
//! blocking reads, trimming, and a Redis that lost its data.

use grpc_stream_testkit as common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::{RedisServer, STEP};
use grpc_stream_feed::{LogError, RedisConfig, RedisLog};

fn join(redis: &RedisServer, new_log_id: &str, max_len: usize) -> RedisLog {
    let config = RedisConfig {
        timeout: STEP,
        keep: max_len,
        ..RedisConfig::new(redis.url.clone())
    };
    RedisLog::connect(&config, new_log_id).expect("connect")
}

#[test]
fn connections_appending_at_once_get_contiguous_revisions_in_one_order() {
    const WRITERS: usize = 3;
    const EACH: usize = 1000;
    let redis = RedisServer::start();
    let first = join(&redis, "log-a", 100_000);
    let writers: Vec<_> = (0..WRITERS)
        .map(|writer| {
            // Joins the log the first connection named, whatever it offers.
            let mut log = join(&redis, "log-b", 100_000);
            assert_eq!(log.log_id(), "log-a");
            std::thread::spawn(move || {
                let mut revisions = Vec::new();
                for chunk in (0..EACH).collect::<Vec<_>>().chunks(10) {
                    let data: Vec<Vec<u8>> = chunk
                        .iter()
                        .map(|i| format!("{writer}:{i}").into_bytes())
                        .collect();
                    let events: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
                    let range = log.append("t", &events).expect("append");
                    assert_eq!(range.clone().count(), chunk.len());
                    revisions.extend(range);
                }
                revisions
            })
        })
        .collect();
    let mut all = HashSet::new();
    for writer in writers {
        for revision in writer.join().expect("writer") {
            assert!(all.insert(revision), "revision {revision} twice");
        }
    }
    let total = (WRITERS * EACH) as u64;
    assert_eq!(all, (1..=total).collect());

    // Read back in revision order; each writer's events in its own order.
    let mut reader = first;
    assert_eq!(reader.current("t"), Ok(total));
    let mut next = 1;
    let mut seen = vec![0usize; WRITERS];
    while next <= total {
        let events = reader
            .read_after("t", next - 1, 256, usize::MAX)
            .expect("read")
            .events;
        assert!(!events.is_empty(), "nothing after {}", next - 1);
        for (revision, data) in events {
            assert_eq!(revision, next);
            let text = String::from_utf8(data).expect("text");
            let (writer, i) = text.split_once(':').expect("writer:i");
            let writer: usize = writer.parse().expect("writer");
            assert_eq!(i.parse::<usize>().expect("i"), seen[writer]);
            seen[writer] += 1;
            next += 1;
        }
    }
    assert_eq!(seen, vec![EACH; WRITERS]);
    assert_eq!(
        reader
            .read_after("t", total, 10, usize::MAX)
            .map(|read| read.events),
        Ok(vec![])
    );
}

#[test]
fn a_blocking_read_returns_as_soon_as_an_event_is_appended() {
    let redis = RedisServer::start();
    let mut tailer = join(&redis, "log", 1000);
    let mut writer = join(&redis, "log", 1000);
    assert_eq!(writer.append("t", &[b"one"]), Ok(1..=1));
    // Nothing newer: the wait ends empty after its time.
    let started = Instant::now();
    let block = Duration::from_millis(200);
    assert_eq!(tailer.wait_after("t", 1, 10, block), Ok(vec![]));
    assert!(started.elapsed() >= block);
    let waiting = std::thread::spawn(move || {
        let events = tailer.wait_after("t", 1, 10, Duration::from_secs(5));
        (events, tailer)
    });
    // Whether the append comes before or during the wait, it is returned.
    assert_eq!(writer.append("t", &[b"two", b"three"]), Ok(2..=3));
    let (events, _) = waiting.join().expect("tailer");
    let events = events.expect("wait");
    assert!(!events.is_empty());
    assert_eq!(events[0], (2, b"two".to_vec()));
}

#[test]
fn a_stream_keeps_about_its_length_and_reads_start_at_the_oldest_kept() {
    let redis = RedisServer::start();
    let mut log = join(&redis, "log", 100);
    for chunk in 0..100 {
        let data = format!("{chunk}");
        let events = vec![data.as_bytes(); 10];
        log.append("t", &events).expect("append");
    }
    let oldest = log.oldest("t").expect("oldest").expect("kept");
    // MAXLEN ~ trims whole nodes: about 100 kept, never the newest.
    assert!(oldest > 1 && oldest <= 901, "oldest {oldest}");
    let kept = log
        .read_after("t", 0, 10_000, usize::MAX)
        .expect("read")
        .events;
    assert_eq!(kept.first().map(|e| e.0), Some(oldest));
    assert_eq!(kept.last().map(|e| e.0), Some(1000));
    assert_eq!(log.oldest("empty"), Ok(None));
    assert_eq!(log.current("empty"), Ok(0));
}

#[test]
fn a_redis_that_lost_its_data_is_another_log() {
    let redis = RedisServer::start();
    let port = redis.port;
    let mut log = join(&redis, "before", 1000);
    assert_eq!(log.append("t", &[b"x"]), Ok(1..=1));
    redis.stop();
    assert!(matches!(
        log.append("t", &[b"y"]),
        Err(LogError::Unavailable(_))
    ));
    assert!(matches!(log.reconnect(), Err(LogError::Unavailable(_))));

    let redis = RedisServer::start_on(port);
    assert_eq!(
        log.reconnect(),
        Err(LogError::Changed {
            joined: "before".into(),
            now: None
        })
    );
    // Nothing is appended to a log that is not the one joined, even one
    // another server named since.
    let mut other = join(&redis, "after", 1000);
    assert_eq!(other.log_id(), "after");
    let changed = LogError::Changed {
        joined: "before".into(),
        now: Some("after".into()),
    };
    assert_eq!(log.append("t", &[b"z"]), Err(changed.clone()));
    assert_eq!(log.check(), Err(changed));
    assert_eq!(other.current("t"), Ok(0));
    assert_eq!(other.append("t", &[b"z"]), Ok(1..=1));
}

/// A Redis that stops answering (frozen 3 s, its data kept): each call is
/// `Unavailable` within the log's timeout, never a hang; afterwards the log
/// goes on where it was. An append that timed out may still have been made
/// (Redis had it): it is there once, and the revisions stay contiguous.
#[test]
fn a_redis_that_stops_answering_is_unavailable_in_bounded_time_then_goes_on() {
    let timeout = Duration::from_millis(500);
    let redis = RedisServer::start();
    let config = RedisConfig {
        timeout,
        keep: 1000,
        ..RedisConfig::new(redis.url.clone())
    };
    let mut log = RedisLog::connect(&config, "log").expect("connect");
    assert_eq!(log.append("t", &[b"before"]), Ok(1..=1));
    redis.pause();
    let frozen = Instant::now();
    for call in 0..3 {
        let started = Instant::now();
        let result = log.append("t", &[b"during"]);
        assert!(
            matches!(result, Err(LogError::Unavailable(_) | LogError::Later(_))),
            "call {call}: {result:?}"
        );
        assert!(
            started.elapsed() < 4 * timeout,
            "call {call} took {:?}",
            started.elapsed()
        );
    }
    let paused_for = Duration::from_secs(3).saturating_sub(frozen.elapsed());
    // Still frozen for the rest of the 3 s: each call stays bounded.
    let deadline = Instant::now() + paused_for;
    while Instant::now() < deadline {
        let started = Instant::now();
        assert!(log.current("t").is_err());
        assert!(started.elapsed() < 4 * timeout);
    }
    redis.resume();
    let after = log
        .append("t", &[b"after"])
        .expect("append after the freeze");
    let events = log
        .read_after("t", 0, 100, usize::MAX)
        .expect("read")
        .events;
    let revisions: Vec<u64> = events.iter().map(|e| e.0).collect();
    assert_eq!(revisions, (1..=*after.end()).collect::<Vec<_>>());
    let data: Vec<&[u8]> = events.iter().map(|e| e.1.as_slice()).collect();
    assert_eq!(data.first(), Some(&&b"before"[..]));
    assert_eq!(data.last(), Some(&&b"after"[..]));
    assert!(data[1..data.len() - 1].iter().all(|d| *d == b"during"));
}

#[test]
fn a_read_is_bounded_by_bytes_and_tells_the_newest_and_oldest_revisions() {
    let redis = RedisServer::start();
    let mut log = join(&redis, "log", 100_000);
    let big = [0u8; 1000];
    assert_eq!(log.append("t", &[&big[..]; 10]), Ok(1..=10));
    // Each entry is its field name and data: 1,001 bytes.
    let read = log.read_after("t", 0, 100, 2500).expect("read");
    assert_eq!(read.events.len(), 2);
    assert_eq!((read.current, read.oldest), (10, Some(1)));
    // However small the bound, a read brings one event.
    let one = log.read_after("t", 3, 100, 0).expect("read");
    assert_eq!(one.events.len(), 1);
    assert_eq!(one.events[0].0, 4);
    // Small events come many at a time, up to the count.
    let small: Vec<&[u8]> = vec![b"x"; 3000];
    log.append("t", &small).expect("append");
    let many = log.read_after("t", 10, 2000, 1 << 20).expect("read");
    assert_eq!(many.events.len(), 2000);
    assert_eq!(many.current, 3010);
}
