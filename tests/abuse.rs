//! Peers that abuse the transport: the handshake timeout's default, clients
//! that ping too often, storms of cancelled calls, calls whose request never
//! comes. (Attacks written as raw HTTP/2 frames, with the memory and latency
//! figures of issue 12, are in tests/http2_attacks.rs.)

use grpc_stream_testkit as common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{h2, run_client, serial, ServerProcess, STEP};

/// Every server's default handshake timeout is in seconds, not minutes.
#[test]
fn the_default_handshake_timeout_is_ten_seconds() {
    assert_eq!(
        grpc_stream_engine::ServerConfig::default().handshake_timeout,
        Duration::from_secs(10)
    );
    let help = std::process::Command::new(common::example("all_services"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let flag = help
        .split("--handshake-timeout")
        .nth(1)
        .expect("the flag in --help");
    assert!(
        flag.split("--").next().unwrap().contains("[default: 10s]"),
        "{flag}"
    );
}

/// With strikes on (`--max-ping-strikes 2`, grpc-go's policy), a client that
/// pings more than once per `--min-ping-interval` (5 minutes) while no data
/// flows is told GOAWAY "too_many_pings", as grpc-go's servers tell it
/// (tests/interop.rs checks that side).
#[test]
fn a_client_that_pings_too_often_is_told_too_many_pings() {
    let server = ServerProcess::start("client_stream_server", &["--max-ping-strikes", "2"]);
    let (status, err) = common::run_pinging_client(&server.addr);
    assert!(!status.success());
    assert!(
        err.iter().any(|l| l.contains("\"too_many_pings\"")),
        "{err:?}"
    );
    assert!(err.iter().any(|l| l.contains("UNAVAILABLE")), "{err:?}");
    // Pinging within the policy is fine.
    let (status, out, err) = run_client(
        "client_stream_client",
        &[
            "--addr",
            &server.addr,
            "--keepalive-time",
            "10m",
            "--interval-ms",
            "0",
        ],
    );
    assert!(status.success(), "{err:?}");
    assert_eq!(out, ["Recv 0,1,2,3,4 "]);
}

/// A storm of cancelled calls (what an HTTP/2 rapid reset or a client
/// dropping its work does to a server) is not a line per call: per kind of
/// line, a budget a second (1,000 by default), then one line saying the
/// rest are held back, and their count with the next line after the second.
///
/// 4,000 calls on one connection, each served its first response, then all
/// dropped at once. The budget is set to 200 here (process-wide; this test
/// binary's other tests run their servers in processes of their own): a
/// machine that ends cancelled calls slower than 1,000 a second (CI's, in a
/// debug build, twice) would never fill the default one, and the test would
/// prove nothing there.
#[test]
fn a_storm_of_cancelled_calls_is_logged_within_a_budget() {
    use futures::stream::{self, StreamExt};
    use grpc_stream::contract::ServerStreamService;

    const CALLS: usize = 4000;
    const BUDGET: usize = 200;
    grpc_stream_engine::set_call_log_budget(BUDGET as u32);
    let mark = common::logs::capture();
    // One response, then nothing until the client cancels: the log is the
    // subject here, not the data.
    let first_then_wait = ServerStreamService::new(|_| {
        stream::once(async { Ok("x".into()) }).chain(stream::pending())
    });
    let config = grpc_stream_engine::ServerConfig {
        max_concurrent_streams: CALLS as u32 + 1,
        ..grpc_stream_engine::ServerConfig::default()
    };
    let server = common::server()
        .config(config)
        .host(first_then_wait)
        .start()
        .unwrap();
    let client = common::connect(&server);
    let started = Instant::now();
    let open = common::within(STEP, async {
        let calls = (0..CALLS).map(|_| {
            let mut responses = client.server_stream("go".into()).unwrap();
            async move {
                let first = responses.next().await.expect("a first response");
                first.expect("served");
                responses
            }
        });
        futures::future::join_all(calls).await
    });
    let served = open.len();
    let dropped = Instant::now();
    drop(open);
    // Every call ended: its outcome was logged or counted by then (the
    // metric is updated right after the line).
    let cancelled = || {
        grpc_stream_engine::metrics::render()
            .lines()
            .find(|line| {
                line.starts_with(
                    "grpc_server_handled_total{grpc_code=\"CANCELLED\",grpc_method=\"ServerStream\"",
                )
            })
            .and_then(|line| line.rsplit(' ').next()?.parse::<usize>().ok())
            .unwrap_or(0)
    };
    common::poll(2 * STEP, Duration::from_millis(20), || match cancelled() {
        ended if ended >= served => Ok(()),
        ended => Err(format!("{ended} of {served} calls ended")),
    });
    let ended_in = dropped.elapsed();
    let notice = common::logs::since(
        mark,
        "call outcome lines this second: holding the rest back",
    );
    assert!(!notice.is_empty(), "no notice that lines were held back");
    // The budget's second passes; then one more cancelled call brings the
    // count of what was held back.
    common::within(STEP, futures_timer::Delay::new(Duration::from_millis(1100)));
    let outcomes = common::logs::since(mark, "cancelled by the client").len();
    let starts = common::logs::since(mark, "gRPC method:").len();
    let mut responses = client.server_stream("go".into()).unwrap();
    common::within(STEP, responses.next()).unwrap().unwrap();
    drop(responses);
    common::logs::wait_for(mark, "cancelled by the client", outcomes + 1, STEP);
    let held: usize = common::logs::since(mark, "more call outcome lines were held back")
        .iter()
        .map(|line| {
            line.split_whitespace()
                .nth(1)
                .and_then(|n| n.parse::<usize>().ok())
                .expect("a count")
        })
        .sum();
    eprintln!(
        "{CALLS} calls served in {:.2} s, cancelled in {:.2} s: \
         {outcomes} outcome lines and {held} counted, {starts} call-start lines",
        (dropped - started).as_secs_f64(),
        ended_in.as_secs_f64()
    );
    // A window lasts a second at least: no more start in a stretch of time
    // than its whole seconds and one.
    let windows = |stretch: Duration| stretch.as_secs() as usize + 1;
    assert!(
        outcomes <= BUDGET * windows(ended_in),
        "{outcomes} outcome lines"
    );
    assert!(
        starts <= BUDGET * windows(dropped - started),
        "{starts} call-start lines"
    );
    assert_eq!(
        outcomes + held,
        served,
        "every call is either logged or counted"
    );
}

/// Opens `streams` server-push streams on a fresh connection that send
/// their HEADERS and never their request (issue 12's held streams), and
/// returns once the server has read them all (it answers a PING sent after
/// them).
fn hold_streams(addr: &str, streams: u32) -> TcpStream {
    let mut socket = TcpStream::connect(addr).expect("connect");
    let mut frames = h2::PREFACE.to_vec();
    frames.extend(h2::settings());
    frames.extend(h2::settings_ack());
    for i in 0..streams {
        frames.extend(h2::headers(
            1 + 2 * i,
            "/helloworld.ServerStreamServer/ServerStream",
        ));
    }
    frames.extend(h2::ping(42));
    socket.write_all(&frames).expect("held streams");
    socket.set_read_timeout(Some(STEP)).unwrap();
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4096];
    while !h2::ping_acked(&bytes) {
        match socket.read(&mut buf) {
            Ok(0) | Err(_) => panic!("no PING ACK after the held streams"),
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
        }
    }
    socket
}

/// A server-push call whose request does not come is ended once the
/// first-message timeout passes, and the server says so, naming the peer.
#[test]
fn a_server_push_call_without_its_request_ends_after_the_first_message_timeout() {
    let _serial = serial();
    let server = ServerProcess::start(
        "server_stream_server",
        &["--first-message-timeout", "300ms"],
    );
    let opened = Instant::now();
    let mut held = hold_streams(&server.addr, 1);
    let local = held.local_addr().expect("local address").port().to_string();
    let line = server
        .wait_for_stderr("no request within 300ms", STEP)
        .expect("the server's log line about the held call");
    let ended_in = opened.elapsed();
    assert!(line.contains("DEADLINE_EXCEEDED"), "{line}");
    assert!(line.contains(&local), "names the peer: {line}");
    assert!(ended_in >= Duration::from_millis(300), "{ended_in:?}");
    assert!(ended_in < Duration::from_secs(2), "{ended_in:?}");

    // The client saw its call end: the trailers (HEADERS with END_STREAM) on
    // stream 1.
    held.set_read_timeout(Some(STEP)).unwrap();
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4096];
    let ended = loop {
        if h2::stream_ended(&bytes, 1) {
            break true;
        }
        match held.read(&mut buf) {
            Ok(0) | Err(_) => break false,
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
        }
    };
    assert!(ended, "no end of stream 1 in {} bytes", bytes.len());
}
