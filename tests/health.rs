//! The standard `grpc.health.v1` service in every server, checked with a
//! client that is not ours (Python's grpcio-health-checking).

use grpc_stream_testkit as common;

use std::process::Stdio;
use std::time::Duration;

use common::{python_script, server, wait_bounded, Lines, ServerProcess, STEP};
use grpc_stream::contract::{AllStreamService, ClientStreamService, Pace, ServerStreamService};
use grpc_stream::contract::{ALL_STREAM_SERVICE, CLIENT_STREAM_SERVICE, SERVER_STREAM_SERVICE};
use grpcio_health::ServingStatus;

/// `health_check.py ADDR check SERVICE`: the status name or error code.
fn check(addr: &str, service: &str) -> String {
    let out = python_script("health_check.py")
        .args([addr, "check", service])
        .output()
        .expect("run health_check.py");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn every_hosted_service_and_the_server_report_serving() {
    let lines = Lines::default();
    let server = server()
        .host(ServerStreamService::contract(
            Pace::new(1, Duration::ZERO),
            lines.transcript(),
        ))
        .host(ClientStreamService::contract(1024, lines.transcript()))
        .host(AllStreamService::contract(
            Pace::new(1, Duration::ZERO),
            lines.transcript(),
        ))
        .start()
        .unwrap();

    for service in [
        "",
        SERVER_STREAM_SERVICE,
        CLIENT_STREAM_SERVICE,
        ALL_STREAM_SERVICE,
    ] {
        assert_eq!(check(server.addr(), service), "SERVING", "{service:?}");
    }
    assert_eq!(
        check(server.addr(), "helloworld.NoSuchService"),
        "NOT_FOUND"
    );

    // Per-service status is the embedder's to set.
    server
        .health()
        .set_serving_status(CLIENT_STREAM_SERVICE, ServingStatus::NotServing);
    assert_eq!(check(server.addr(), CLIENT_STREAM_SERVICE), "NOT_SERVING");
    assert_eq!(check(server.addr(), SERVER_STREAM_SERVICE), "SERVING");
}

#[test]
fn a_program_turns_not_serving_when_it_starts_shutting_down() {
    let server = ServerProcess::start("server_stream_server", &["--grace", "1s"]);
    assert_eq!(check(&server.addr, SERVER_STREAM_SERVICE), "SERVING");

    // A watcher sees the change as soon as SIGTERM arrives.
    let mut watch = python_script("health_check.py")
        .args([&server.addr, "watch", SERVER_STREAM_SERVICE, "2"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("run health_check.py");
    let mut statuses =
        std::io::BufRead::lines(std::io::BufReader::new(watch.stdout.take().unwrap()));
    assert_eq!(statuses.next().unwrap().unwrap(), "SERVING");
    server.signal("TERM");
    assert_eq!(statuses.next().unwrap().unwrap(), "NOT_SERVING");
    assert!(wait_bounded(watch, STEP).success());

    let (status, _, log) = server.wait();
    assert!(status.success(), "{log:?}");
}
