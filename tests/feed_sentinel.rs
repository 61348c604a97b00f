//! The feed on a Redis master with two replicas and three sentinels (real
//! processes on loopback, `down-after-milliseconds` 1000): the master
//! killed or frozen mid-stream (publishing resumes on the promoted replica;
//! every acknowledged event reaches every subscriber once, at its revision;
//! no revision has two payloads; one sentinel of three down), a promoted
//! replica without committed events (the log is retired, never rewritten),
//! `feed_server --redis-sentinel` past a dead sentinel and a stale one,
//! appends the replicas do not confirm (neither acknowledged nor served).

use grpc_stream_testkit as common;

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::feed::{connect, feed_on, publish_events, read_into, status_of, subscribe};
use common::sentinel::{Sentinel, SentinelSet, MASTER};
use common::{free_port, logs, serial, RedisServer, ServerProcess, STEP};
use grpc_stream_engine::RunningServer;
use grpc_stream_feed::{FeedConfig, LogError, RedisAt, RedisConfig, RedisLog};
use grpcio::RpcStatusCode;

/// Each Redis command's bound in these tests (the feed's default).
const TIMEOUT: Duration = Duration::from_millis(500);

/// The pace of a publish retried while the server finds its new master.
const RETRY_PACE: Duration = Duration::from_millis(50);

/// What a publisher did: each acknowledged event at its revision (with
/// when its call started and when it was answered), and every payload it
/// tried (acknowledged or not: a refused publish may have been published).
#[derive(Default)]
struct Published {
    acknowledged: Vec<(u64, Vec<u8>, Instant, Instant)>,
    tried: HashSet<Vec<u8>>,
    refusals: Vec<String>,
}

/// Publishes calls of 10 events with payloads never used before to topic
/// `t` on `addr` until `stop`; each acknowledged call is sent on `acks`.
fn publish_until(
    addr: String,
    stop: Arc<AtomicBool>,
    published: Arc<Mutex<Published>>,
    acks: mpsc::Sender<()>,
) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        let (client, stub) = connect(&addr);
        let started = Instant::now();
        let mut n = 0u64;
        while !stop.load(Ordering::Acquire) && started.elapsed() < 3 * STEP {
            let events: Vec<Vec<u8>> = (n..n + 10).map(|i| format!("p{i}").into_bytes()).collect();
            n += 10;
            published
                .lock()
                .unwrap()
                .tried
                .extend(events.iter().cloned());
            let call = Instant::now();
            match publish_events(&client, &stub, "t", events.clone()) {
                Ok(revisions) => {
                    let at = Instant::now();
                    published.lock().unwrap().acknowledged.extend(
                        revisions
                            .into_iter()
                            .zip(events)
                            .map(|(revision, data)| (revision, data, call, at)),
                    );
                    let _ = acks.send(());
                }
                Err(status) => {
                    assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
                    published
                        .lock()
                        .unwrap()
                        .refusals
                        .push(status.message().to_string());
                }
            }
        }
    })
}

/// What happens to the master mid-stream.
#[derive(Clone, Copy, Debug)]
enum Fault {
    /// SIGKILL.
    Killed,
    /// SIGSTOP until the sentinels promote a replica, then SIGCONT: it
    /// comes back as a replica of the new master.
    Frozen,
}

/// Two feed servers on the set, a publisher on one, a subscriber on each;
/// the master fails mid-stream. Returns the time from the fault to the
/// first acknowledged publish after it.
fn a_failover_mid_stream(fault: Fault) -> Duration {
    let _serial = serial();
    let mark = logs::capture();
    let mut set = SentinelSet::start();
    let servers: Vec<RunningServer> = (0..2)
        .map(|_| feed_on(FeedConfig::default(), set.config(TIMEOUT)))
        .collect();
    let subscribers: Vec<_> = servers
        .iter()
        .map(|server| {
            let (client, stub) = connect(server.addr());
            let responses = subscribe(&client, &stub, "t", 0, "");
            (client, responses)
        })
        .collect();
    let mut subscribers: Vec<_> = subscribers
        .into_iter()
        .map(|(client, responses)| (client, responses, 1u64, Vec::new()))
        .collect();

    let stop = Arc::new(AtomicBool::new(false));
    let published = Arc::new(Mutex::new(Published::default()));
    let (acked, acks) = mpsc::channel();
    let publishing = publish_until(
        servers[0].addr().to_string(),
        Arc::clone(&stop),
        Arc::clone(&published),
        acked,
    );
    for (_, responses, next, seen) in &mut subscribers {
        read_into(responses, next, 500, seen);
    }

    let old = set.node(0).port;
    if let Fault::Killed = fault {
        // One sentinel of three down changes nothing: the other two still
        // make a quorum and a majority.
        set.sentinels[2].take().expect("a sentinel").stop();
    }
    match fault {
        Fault::Killed => set.nodes[0].take().expect("the master").stop(),
        Fault::Frozen => set.node(0).pause(),
    }
    // (Calls answered since were made before the master stopped.)
    let failed = Instant::now();
    let promoted = set.wait_for_failover_from(old);
    let promoted_at = failed.elapsed();
    if let Fault::Frozen = fault {
        let thawed = set.node(0);
        thawed.resume();
        // It rejoins as a replica of the new master, its own writes gone.
        thawed.wait_for_log("MASTER <-> REPLICA sync: Finished with success");
    }
    // Publishing goes on: 100 more acknowledged calls.
    while acks.try_recv().is_ok() {}
    for _ in 0..100 {
        acks.recv_timeout(STEP)
            .expect("publishing goes on after the failover");
    }
    stop.store(true, Ordering::Release);
    publishing.join().expect("publisher");
    let published = published.lock().unwrap();
    // The first call made after the fault that was acknowledged.
    let back = published
        .acknowledged
        .iter()
        .filter(|(_, _, call, _)| *call > failed)
        .map(|(_, _, _, at)| *at)
        .min()
        .expect("acknowledged after the failover")
        - failed;
    // How soon is `make bench`'s to measure (a performance goal); here
    // publishing must come back, each acknowledged call within STEP.
    eprintln!(
        "{fault:?}: the sentinels promoted a replica {promoted_at:.2?} after the fault; \
         publishing was back after {back:.2?}; {} publishes refused meanwhile",
        published.refusals.len()
    );
    // Every subscriber has every acknowledged event at its revision, each
    // revision once; they agree on every payload; no payload twice.
    let newest = published
        .acknowledged
        .iter()
        .map(|(revision, _, _, _)| *revision)
        .max()
        .expect("some");
    for (_, responses, next, seen) in &mut subscribers {
        read_into(responses, next, newest, seen);
        for (revision, data, _, _) in &published.acknowledged {
            assert_eq!(&seen[*revision as usize - 1].1, data, "revision {revision}");
        }
        let mut payloads = HashSet::new();
        for (revision, data) in seen.iter() {
            assert!(
                published.tried.contains(data),
                "revision {revision}: never published"
            );
            assert!(
                payloads.insert(data.clone()),
                "revision {revision}: served twice"
            );
        }
    }
    let (first, second) = (&subscribers[0].3, &subscribers[1].3);
    let common = first.len().min(second.len());
    assert_eq!(
        first[..common],
        second[..common],
        "two payloads at a revision"
    );
    // A subscriber from the start now reads the same: nothing rewritten.
    let (client, stub) = connect(servers[1].addr());
    let mut again = subscribe(&client, &stub, "t", 0, "");
    let (mut next, mut seen) = (1, Vec::new());
    read_into(&mut again, &mut next, newest, &mut seen);
    assert_eq!(seen[..newest as usize], first[..newest as usize]);

    let moved = format!(
        "master moved from 127.0.0.1:{old} to 127.0.0.1:{}",
        set.node(promoted).port
    );
    // Each server said where the master went: once, or again after a
    // connection briefly reached the thawed old master, which calls itself
    // master until a sentinel turns it into a replica (seen once in the
    // frozen case; what it accepts then is never confirmed nor served).
    let lines = logs::since(mark, &moved);
    assert!(lines.len() >= 2, "{lines:?}");
    back
}

#[test]
fn the_master_killed_mid_stream_loses_no_acknowledged_event() {
    a_failover_mid_stream(Fault::Killed);
}

#[test]
fn a_frozen_master_that_comes_back_as_a_replica_has_nothing_served() {
    a_failover_mid_stream(Fault::Frozen);
}

#[test]
fn a_promoted_replica_without_committed_events_retires_the_log() {
    let _serial = serial();
    let mark = logs::capture();
    let mut set = SentinelSet::start();
    let server = feed_on(FeedConfig::default(), set.config(TIMEOUT));
    let (client, stub) = connect(server.addr());
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let data = |n: u64| format!("e{n}").into_bytes();
    let (mut next, mut seen) = (1, Vec::new());
    publish_events(&client, &stub, "t", (1..=100).map(data).collect()).expect("published");
    read_into(&mut responses, &mut next, 100, &mut seen);
    // The second replica stops replicating (it follows a port nobody
    // listens on, its data kept): the next events are committed by the
    // first replica alone.
    let nowhere = free_port().to_string();
    let _: String = set
        .node(2)
        .command(&["REPLICAOF", "127.0.0.1", &nowhere])
        .expect("REPLICAOF");
    publish_events(&client, &stub, "t", (101..=200).map(data).collect()).expect("published");
    read_into(&mut responses, &mut next, 200, &mut seen);
    // The master and the replica that has them die; the one without is
    // the only one left to promote.
    let old = set.node(0).port;
    set.nodes[0].take().expect("master").stop();
    set.nodes[1].take().expect("replica").stop();
    assert_eq!(set.wait_for_failover_from(old), 2);
    // Revision 101 would be given again: the log is retired instead.
    let status = status_of(&mut responses);
    assert_eq!(
        status.code(),
        RpcStatusCode::FAILED_PRECONDITION,
        "{status:?}"
    );
    // For that reason (not for the promoted replica's new run id).
    let said = logs::since(mark, "revision 200 was committed but the counter says 100");
    assert!(!said.is_empty(), "retired for another reason");
    // Publishing goes on in a new log, from revision 1, once the new master
    // has a replica to confirm it.
    let port = set.node(2).port.to_string();
    let replica = RedisServer::start_with(&["--replicaof", "127.0.0.1", &port]);
    replica.wait_for_log("MASTER <-> REPLICA sync: Finished with success");
    let mut attempts = 0;
    let revisions = common::poll(STEP, RETRY_PACE, || {
        attempts += 1;
        publish_events(&client, &stub, "t", vec![b"new".to_vec()]).map_err(|status| {
            assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
            format!("never published: {status:?}")
        })
    });
    // (A refused attempt may have been published, before the replica
    // confirmed it: one revision each.)
    assert!(
        revisions[0] <= attempts,
        "{revisions:?} after {attempts} attempts"
    );
}

#[test]
fn a_dead_sentinel_and_one_naming_a_replica_are_passed_over() {
    let mut set = SentinelSet::start();
    let master = format!("127.0.0.1:{}", set.node(0).port);
    let dead = set.sentinel_addrs()[0].clone();
    set.sentinels[0].take().expect("a sentinel").stop();
    // A sentinel that names the first replica as the master (quorum 2:
    // alone, it never fails anything over).
    let stale = Sentinel::start(MASTER, set.node(1).port, 2);
    let stale_addr = format!("127.0.0.1:{}", stale.port);
    let named: Vec<String> = stale
        .command(&["SENTINEL", "get-master-addr-by-name", MASTER])
        .expect("the stale sentinel answers");
    assert_eq!(named[1], set.node(1).port.to_string());

    let mut sentinels = vec![dead, stale_addr];
    sentinels.extend(set.sentinel_addrs());
    let config = RedisConfig {
        timeout: TIMEOUT,
        ..RedisConfig::sentinel(sentinels, MASTER)
    };
    let log = RedisLog::connect(&config, "log").expect("connects through a live sentinel");
    assert_eq!(log.address(), master);
    // And feed_server given them serves.
    let sentinels = config.at.to_string();
    let RedisAt::Sentinel { sentinels, .. } = &config.at else {
        panic!("not Sentinel: {sentinels}");
    };
    let server = ServerProcess::start(
        "feed_server",
        &[
            "--redis-sentinel",
            &sentinels.join(","),
            "--redis-master",
            MASTER,
        ],
    );
    let (client, stub) = connect(&server.addr);
    let mut responses = subscribe(&client, &stub, "t", 0, "");
    let events: Vec<Vec<u8>> = (0..10).map(|n| vec![n]).collect();
    let revisions = publish_events(&client, &stub, "t", events.clone()).expect("published");
    assert_eq!(revisions, (1..=10).collect::<Vec<u64>>());
    let (mut next, mut seen) = (1, Vec::new());
    read_into(&mut responses, &mut next, 10, &mut seen);
    assert_eq!(seen.into_iter().map(|(_, d)| d).collect::<Vec<_>>(), events);
}

#[test]
fn an_append_replicas_do_not_confirm_is_not_served_until_they_hold_it() {
    // A master with one replica: an append that waits for two is refused,
    // "may or may not", and not served; once replicas hold what it wrote
    // (one is all there is here), it is committed and served.
    let master = RedisServer::start();
    let port = master.port.to_string();
    let replica = RedisServer::start_with(&["--replicaof", "127.0.0.1", &port]);
    replica.wait_for_log("MASTER <-> REPLICA sync: Finished with success");
    let waiting_for = |replicas| RedisConfig {
        timeout: TIMEOUT,
        replicas,
        ..RedisConfig::new(master.url.clone())
    };
    let mut two = RedisLog::connect(&waiting_for(2), "log").expect("connect");
    match two.append("t", &[b"a", b"b"]) {
        Err(LogError::Unavailable(why)) => assert!(why.contains("1 of the 2"), "{why}"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    let mut one = RedisLog::connect(&waiting_for(1), "log").expect("connect");
    let read = one.read_after("t", 0, 10, 1 << 20).expect("read");
    assert_eq!((read.current, read.appended), (0, 2));
    assert!(read.events.is_empty(), "served before replicas held it");
    assert_eq!(one.commit_held("t"), Ok(2));
    let read = one.read_after("t", 0, 10, 1 << 20).expect("read");
    assert_eq!(read.current, 2);
    assert_eq!(read.events, [(1, b"a".to_vec()), (2, b"b".to_vec())]);
    // Without a replica to wait for (the single-Redis mode), an append is
    // served at once.
    let mut none = RedisLog::connect(&waiting_for(0), "log").expect("connect");
    assert_eq!(none.append("u", &[b"c"]), Ok(1..=1));
    assert_eq!(
        none.read_after("u", 0, 10, 1 << 20).expect("read").current,
        1
    );
}

/// Two promotions in a row keep the log: the master dies, replica B is
/// promoted and found by the server (which records B as the log's master
/// there), C follows B, and B is lost before that record reaches C, which
/// is promoted next. C's previous history is B's, not the one its own
/// record names, yet it is no restart: the server found the log on B, and C
/// was B's replica. (A second failover right after the first does this:
/// on this machine, with `down-after-milliseconds` 1000, a sentinel that
/// had just switched to the new master saw it silent for a second and
/// failed it over too, 5 times in 67 failovers; each time the log was
/// retired, every subscriber ending with FAILED_PRECONDITION.)
#[test]
fn two_promotions_in_a_row_keep_the_log() {
    let _serial = serial();
    let quick = ["--repl-diskless-sync-delay", "0"];
    let replica_of = |port: u16| {
        let port = port.to_string();
        let replica = RedisServer::start_with(
            &[&["--replicaof", "127.0.0.1", port.as_str()][..], &quick].concat(),
        );
        replica.wait_for_log("MASTER <-> REPLICA sync: Finished with success");
        replica
    };
    let config = |node: &RedisServer| RedisConfig {
        timeout: TIMEOUT,
        ..RedisConfig::new(format!("redis://127.0.0.1:{}", node.port))
    };
    let a = RedisServer::start_with(&quick);
    let (b, c) = (replica_of(a.port), replica_of(a.port));
    // Acknowledged only once both replicas hold the events (a WAIT on
    // another connection would wait for nothing: WAIT counts the replicas
    // that have its own connection's writes). Within seconds: a master
    // streams to a replica it just synced only after the replica's first
    // acknowledgement, up to a second later.
    let both = RedisConfig {
        replicas: 2,
        timeout: STEP,
        ..config(&a)
    };
    let mut on_a = RedisLog::connect(&both, "first").expect("the log on A");
    on_a.append("t", &[b"one", b"two"])
        .expect("both replicas hold the events");
    a.stop();

    // B promoted; C follows it (C's history is now B's).
    let _: String = b.command(&["REPLICAOF", "NO", "ONE"]).expect("promote B");
    let b_port = b.port.to_string();
    let _: String = c
        .command(&["REPLICAOF", "127.0.0.1", &b_port])
        .expect("C follows B");
    c.wait_for_synced();
    // C is cut off (its data kept) before the server finds the log on B.
    let nowhere = free_port().to_string();
    let _: String = c
        .command(&["REPLICAOF", "127.0.0.1", &nowhere])
        .expect("C cut off");
    let on_b = on_a
        .connect_beside(&config(&b), "second")
        .expect("the log on B");
    assert_eq!(on_b.log_id(), "first");
    b.stop();

    // C promoted: the same log, its events where they were.
    let _: String = c.command(&["REPLICAOF", "NO", "ONE"]).expect("promote C");
    let mut on_c = on_b
        .connect_beside(&config(&c), "third")
        .expect("the log on C");
    assert_eq!(on_c.log_id(), "first", "the log was retired");
    let read = on_c.read_after("t", 0, 10, usize::MAX).expect("read");
    assert_eq!(
        read.events,
        vec![(1, b"one".to_vec()), (2, b"two".to_vec())]
    );
}
