//! Peers that abuse the transport: connections that never finish their
//! handshake, clients that ping too often. Each test runs the server as its
//! own process, so its memory is measured alone.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{h2, rss_bytes, run_client, serial, ServerProcess, STEP};

/// Connections that send half the HTTP/2 preface and stall are closed once
/// the handshake timeout passes (the C core's own default would keep them
/// two minutes), while a well-behaved client is served throughout.
#[test]
fn stalled_handshakes_are_closed_within_the_handshake_timeout() {
    let _serial = serial();
    const CONNECTIONS: usize = 500;
    let timeout = Duration::from_secs(1);
    let server = ServerProcess::start("server_stream_server", &["--handshake-timeout", "1s"]);
    let before = rss_bytes(server.pid());
    let opened = Instant::now();
    let mut stalled: Vec<TcpStream> = (0..CONNECTIONS)
        .map(|_| {
            let mut stream = TcpStream::connect(&server.addr).expect("connect");
            stream
                .write_all(&h2::PREFACE[..12])
                .expect("half a preface");
            stream
        })
        .collect();
    let peak = rss_bytes(server.pid());

    // A normal client meanwhile.
    let asked = Instant::now();
    let (status, out, err) = run_client("server_stream_client", &["--addr", &server.addr]);
    let served_in = asked.elapsed();
    assert!(status.success(), "{err:?}");
    assert_eq!(out.last().map(String::as_str), Some("server closed"));

    // Each stalled connection is closed by the server: EOF or a reset.
    let mut last_closed = Duration::ZERO;
    for stream in &mut stalled {
        let left = (opened + STEP).saturating_duration_since(Instant::now());
        stream
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .unwrap();
        let mut buf = [0u8; 256];
        loop {
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(_) => continue, // the server's SETTINGS, then nothing
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
                Err(e) => panic!(
                    "a stalled connection was still open after {:?}: {e}",
                    opened.elapsed()
                ),
            }
        }
        last_closed = opened.elapsed();
    }
    let growth = peak.saturating_sub(before);
    eprintln!(
        "{CONNECTIONS} stalled handshakes: all closed {:.2} s after opening (timeout {timeout:?}); \
         a normal call meanwhile took {:.0} ms; server RSS +{:.1} MiB",
        last_closed.as_secs_f64(),
        served_in.as_secs_f64() * 1e3,
        growth as f64 / (1 << 20) as f64
    );
    assert!(
        last_closed < timeout + Duration::from_secs(2),
        "{last_closed:?}"
    );
    assert!(served_in < Duration::from_secs(1), "{served_in:?}");
    assert!(growth < 64 << 20, "{growth}");
}

/// Every server's default handshake timeout is in seconds, not minutes.
#[test]
fn the_default_handshake_timeout_is_ten_seconds() {
    assert_eq!(
        grpc_stream::Limits::default().handshake_timeout,
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

/// A client that pings more than once per `--min-ping-interval` (5 minutes)
/// while no data flows is told GOAWAY "too_many_pings" after its strikes,
/// as grpc-go's servers tell it (tests/interop.rs checks that side).
#[test]
fn a_client_that_pings_too_often_is_told_too_many_pings() {
    let server = ServerProcess::start("client_stream_server", &[]);
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

/// A storm of calls cancelled as fast as they start (what an HTTP/2 rapid
/// reset does to a server) is not a line per call: per kind of line, 1,000 a
/// second, then one line saying the rest are held back, and their count with
/// the next line after the second.
#[test]
fn a_storm_of_cancelled_calls_is_logged_within_a_budget() {
    use futures::stream::{self, StreamExt};
    use grpc_stream::contract::ServerStreamService;

    const CALLS: usize = 2500;
    let mark = common::logs::capture();
    let endless = ServerStreamService::new(|_| stream::repeat_with(|| Ok("x".into())));
    let server = common::server().host(endless).start().unwrap();
    let client = common::connect(&server);
    let started = Instant::now();
    common::within(STEP, async {
        let calls = (0..CALLS).map(|_| {
            let mut responses = client.server_stream("go".into()).unwrap();
            async move {
                responses.next().await.unwrap().unwrap();
            }
        });
        futures::future::join_all(calls).await;
    });
    let burst = started.elapsed();
    let notice = common::logs::wait_for(
        mark,
        "call outcome lines this second: holding the rest back",
        1,
        STEP,
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
        "{CALLS} calls cancelled in {:.2} s: {outcomes} outcome lines and {held} counted, \
         {starts} call-start lines",
        burst.as_secs_f64()
    );
    let windows = burst.as_secs() as usize + 2;
    assert!(outcomes <= 1000 * windows, "{outcomes} outcome lines");
    assert!(starts <= 1000 * windows, "{starts} call-start lines");
    assert_eq!(
        outcomes + held,
        CALLS,
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

/// 3 connections x 1,000 server-push streams that never send their request
/// (grpcio would keep a request slot for each, 2,048 in all, until it came)
/// neither starve a normal call nor cost the server 64 MiB; with the default
/// flags the held calls are ended after the first-message timeout, and the
/// server serves on afterwards.
#[test]
fn held_server_push_streams_do_not_starve_other_calls() {
    let _serial = serial();
    let server = ServerProcess::start("server_stream_server", &[]);
    let before = rss_bytes(server.pid());
    let held: Vec<TcpStream> = (0..3).map(|_| hold_streams(&server.addr, 1000)).collect();

    let asked = Instant::now();
    let (status, out, err) = run_client(
        "server_stream_client",
        &["--addr", &server.addr, "--timeout", "5s"],
    );
    let served_in = asked.elapsed();
    assert!(
        status.success(),
        "not served while streams are held: {err:?}"
    );
    assert_eq!(out.last().map(String::as_str), Some("server closed"));
    let growth = rss_bytes(server.pid()).saturating_sub(before);
    eprintln!(
        "3 x 1,000 held server-push streams: a normal call took {:.0} ms; server RSS +{:.1} MiB",
        served_in.as_secs_f64() * 1e3,
        growth as f64 / (1 << 20) as f64
    );
    assert!(served_in < Duration::from_secs(1), "{served_in:?}");
    assert!(growth < 64 << 20, "{growth}");

    drop(held);
    let (status, out, err) = run_client("server_stream_client", &["--addr", &server.addr]);
    assert!(status.success(), "{err:?}");
    assert_eq!(out.last().map(String::as_str), Some("server closed"));
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
