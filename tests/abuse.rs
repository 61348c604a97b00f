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
