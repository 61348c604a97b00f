//! Graceful shutdown: on SIGINT/SIGTERM (or the library call) the server
//! refuses new calls, lets running ones finish within the grace period,
//! cancels the rest, and the process exits 0.

use grpc_stream_testkit as common;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{connect_to, logs, serial, server, within, ServerProcess, STEP};
use futures::stream::{self, StreamExt, TryStreamExt};
use grpc_stream::contract::helloworld::AllStreamReq;
use grpc_stream::contract::{Pace, ServerStreamService, StreamClient, Transcript};
use grpc_stream_engine::ClientConfig;
use grpcio::RpcStatusCode;

fn paced_requests(
    count: usize,
    every: Duration,
) -> impl futures::Stream<Item = AllStreamReq> + Send {
    Pace::new(count, every)
        .stream(0..)
        .map(|i: usize| AllStreamReq::from(i.to_string()))
}

#[test]
fn sigterm_lets_a_running_call_finish_and_exits_zero() {
    let server = ServerProcess::start("all_stream_server", &["--interval-ms", "200"]);
    let client = connect_to(&server.addr, Some(STEP));
    // A call of about one second: five messages 200 ms apart each way.
    let mut responses = client
        .all_stream(paced_requests(5, Duration::from_millis(200)))
        .unwrap();
    assert_eq!(within(STEP, responses.next()).unwrap().unwrap().data, "0");

    let signalled = Instant::now();
    server.signal("TERM");
    let rest: Vec<_> = within(STEP, responses.try_collect::<Vec<_>>()).unwrap();
    let data: Vec<_> = rest.iter().map(|r| r.data.as_str()).collect();
    assert_eq!(
        data,
        ["1", "2", "3", "4"],
        "the running call completes with OK"
    );

    // New connections are refused while it drains and after.
    let config = ClientConfig {
        connect_timeout: Duration::from_millis(300),
        ..ClientConfig::default()
    };
    assert!(within(STEP, StreamClient::connect(&server.addr, &config)).is_err());

    let (status, out, err) = server.wait();
    assert!(status.success(), "exit {status}: {err:?}");
    assert_eq!(out.last().map(String::as_str), Some("Client Closed"));
    assert!(
        err.iter().any(|l| l.contains("all calls finished")),
        "{err:?}"
    );
    eprintln!("drained and exited {:?} after SIGTERM", signalled.elapsed());
}

#[test]
fn sigint_stops_an_idle_server_at_once() {
    let server = ServerProcess::start("client_stream_server", &[]);
    let signalled = Instant::now();
    server.signal("INT");
    let (status, _, err) = server.wait();
    assert!(status.success(), "{err:?}");
    assert!(err.iter().any(|l| l.contains("SIGINT received")), "{err:?}");
    eprintln!("idle server stopped {:?} after SIGINT", signalled.elapsed());
}

#[test]
fn calls_still_running_after_the_grace_period_are_cancelled() {
    let server = ServerProcess::start(
        "server_stream_server",
        &[
            "--count",
            "1000",
            "--interval-ms",
            "1000",
            "--grace",
            "500ms",
        ],
    );
    let client = connect_to(&server.addr, Some(STEP));
    let mut responses = client.server_stream("1".into()).unwrap();
    assert!(within(STEP, responses.next()).unwrap().is_ok());

    let signalled = Instant::now();
    server.signal("TERM");
    let error = within(STEP, responses.next()).unwrap().unwrap_err();
    let cut_after = signalled.elapsed();
    assert_eq!(error.code(), RpcStatusCode::UNAVAILABLE, "{error}");
    let (status, _, err) = server.wait();
    let stopped_after = signalled.elapsed();

    assert!(status.success(), "{err:?}");
    assert!(
        err.iter().any(|l| l.contains("grace period over")),
        "{err:?}"
    );
    assert!(cut_after >= Duration::from_millis(450), "{cut_after:?}");
    assert!(stopped_after < Duration::from_secs(3), "{stopped_after:?}");
    eprintln!(
        "call cut {cut_after:?}, process exited {stopped_after:?} after SIGTERM (grace 500 ms)"
    );
}

#[test]
fn the_library_call_drains_refuses_and_reports() {
    let _serial = serial();
    let mark = logs::capture();
    let service = ServerStreamService::contract(
        Pace::new(3, Duration::from_millis(300)),
        Transcript::silent(),
    );
    let server = server().host(service).start().unwrap();
    let client = connect_to(server.addr(), Some(STEP));
    let mut running = client.server_stream("r".into()).unwrap();
    assert!(within(STEP, running.next()).unwrap().is_ok());

    let (report_tx, report) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = report_tx.send(server.shutdown(Duration::from_secs(5)));
    });
    logs::wait_for(mark, "refusing new calls", 1, STEP);

    // A new call on the open connection is refused while the old one drains:
    // UNAVAILABLE from us, or CANCELLED when the core refuses it first.
    let refused = within(STEP, client.server_stream("new".into()).unwrap().next());
    let code = refused.unwrap().unwrap_err().code();
    assert!(
        [RpcStatusCode::UNAVAILABLE, RpcStatusCode::CANCELLED].contains(&code),
        "{code}"
    );
    let rest: Vec<_> = within(STEP, running.try_collect::<Vec<_>>()).unwrap();
    assert_eq!(rest.len(), 2, "the running call finishes");

    let report = report.recv_timeout(STEP).unwrap();
    assert!(report.drained);
    assert!(report.elapsed < Duration::from_secs(2), "{report:?}");
}

#[test]
fn the_library_call_cancels_after_its_grace() {
    // One message (so the client knows the call is running), then nothing.
    let service = ServerStreamService::new(|request| {
        stream::once(async { Ok(request.data.into()) }).chain(stream::pending())
    });
    let server = server().host(service).start().unwrap();
    let client = connect_to(server.addr(), Some(STEP));
    let mut stuck = client.server_stream("s".into()).unwrap();
    assert!(within(STEP, stuck.next()).unwrap().is_ok());
    let (report_tx, report) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = report_tx.send(server.shutdown(Duration::from_millis(300)));
    });
    let error = within(STEP, stuck.next()).unwrap().unwrap_err();
    assert!(
        [RpcStatusCode::UNAVAILABLE, RpcStatusCode::CANCELLED].contains(&error.code()),
        "{error}"
    );
    let report = report.recv_timeout(STEP).unwrap();
    assert!(!report.drained);
    assert!(report.elapsed >= Duration::from_millis(300), "{report:?}");
    assert!(report.elapsed < Duration::from_secs(2), "{report:?}");
}
