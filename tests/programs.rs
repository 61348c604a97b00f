//! The six example programs as processes over loopback: each pair's stdout,
//! line by line, against the contract's transcripts (CONTRACT.md), and the
//! clients' exit codes and one-line errors.

use grpc_stream_testkit as common;

use std::process::Command;

use common::{example, run_client, strings, ServerProcess};

fn contract_pair(server: &str, client: &str) -> (Vec<String>, Vec<String>) {
    let server = ServerProcess::start(server, &[]);
    let (status, client_out, client_err) = run_client(client, &["--addr", &server.addr]);
    assert!(status.success(), "{client} failed: {client_err:?}");
    let (status, server_out, server_err) = server.stop();
    assert!(status.success(), "server exit {status}: {server_err:?}");
    (client_out, server_out)
}

#[test]
fn server_stream_pair_prints_the_contract() {
    let (client, server) = contract_pair("server_stream_server", "server_stream_client");
    let mut expected = vec!["Recv Data:data:\"1\"  "; 5];
    expected.push("server closed");
    assert_eq!(client, strings(expected));
    assert_eq!(server, strings(["Recv Client Data 1"]));
}

#[test]
fn client_stream_pair_prints_the_contract() {
    let (client, server) = contract_pair("client_stream_server", "client_stream_client");
    assert_eq!(client, strings(["Recv 0,1,2,3,4 "]));
    assert_eq!(
        server,
        strings([
            "Recv data 0 ",
            "Recv data 1 ",
            "Recv data 2 ",
            "Recv data 3 ",
            "Recv data 4 ",
            "client closed"
        ])
    );
}

#[test]
fn all_stream_pair_prints_the_contract() {
    // The contract's own pace: one message a second each way (about 5 s).
    let (client, server) = contract_pair("all_stream_server", "all_stream_client");
    let mut expected: Vec<String> = (0..5).map(|i| format!("Recv Data:{i} ")).collect();
    expected.push("Server Closed".into());
    assert_eq!(client, expected);
    expected.pop();
    expected.push("Client Closed".into());
    assert_eq!(server, expected);
}

#[test]
fn the_server_logs_each_call_method_before_its_handler() {
    let server = ServerProcess::start("server_stream_server", &[]);
    let (status, _, _) = run_client("server_stream_client", &["--addr", &server.addr]);
    assert!(status.success());
    let (_, _, log) = server.stop();
    assert!(
        log.iter()
            .any(|l| l.contains("gRPC method: /helloworld.ServerStreamServer/ServerStream (peer ")),
        "{log:?}"
    );
}

#[test]
fn clients_exit_non_zero_with_one_line_when_no_server_answers() {
    // A port that was free a moment ago: nobody listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap();
    let addr = format!("127.0.0.1:{port}");
    for client in [
        "server_stream_client",
        "client_stream_client",
        "all_stream_client",
    ] {
        let (status, out, err) =
            run_client(client, &["--addr", &addr, "--connect-timeout", "300ms"]);
        assert_eq!(status.code(), Some(1), "{client}");
        assert!(out.is_empty(), "{client} printed {out:?}");
        assert_eq!(err.len(), 1, "{client}: {err:?}");
        let expected = format!("{client}: cannot connect to {addr} within 300ms: ");
        assert!(err[0].starts_with(&expected), "{err:?}");
        assert!(err[0].contains("Connection refused"), "{err:?}");
    }
}

#[test]
fn programs_answer_help_and_refuse_bad_flags() {
    // Each program, and a flag its help must describe.
    for (program, flag) in [
        ("server_stream_server", "--addr"),
        ("server_stream_client", "--addr"),
        ("client_stream_server", "--addr"),
        ("client_stream_client", "--addr"),
        ("all_stream_server", "--addr"),
        ("all_stream_client", "--addr"),
        ("all_services", "--addr"),
        ("feed_server", "--history"),
        ("feed_publish", "--topic"),
        ("feed_subscribe", "--after"),
        ("bench", "--reps"),
    ] {
        let (status, out, _) = run_client(program, &["--help"]);
        assert!(status.success(), "{program} --help");
        assert!(
            out.iter().any(|l| l.contains(flag)),
            "{program} --help: {out:?}"
        );
        let (status, _, err) = run_client(program, &["--no-such-flag"]);
        assert_eq!(status.code(), Some(2), "{program}");
        assert!(err.iter().any(|l| l.contains("--no-such-flag")), "{err:?}");
    }
}

#[test]
fn programs_refuse_bad_addresses_in_one_line() {
    for (program, addr, says) in [
        (
            "server_stream_server",
            "127.0.0.1:99999",
            "\"99999\" is not a port (0-65535)",
        ),
        (
            "client_stream_server",
            "nonsense",
            "\"nonsense\" is not host:port",
        ),
        (
            "all_stream_server",
            "192.0.2.1:50055",
            "cannot listen on 192.0.2.1:50055",
        ),
        (
            "server_stream_client",
            "localhost:99999",
            "\"99999\" is not a port (0-65535)",
        ),
        (
            "all_stream_client",
            "ipv4:127.0.0.1:1,127.0.0.1:70000",
            "\"70000\" is not a port",
        ),
    ] {
        let (status, out, err) = run_client(program, &["--addr", addr]);
        assert_eq!(status.code(), Some(1), "{program} {addr}");
        assert!(out.is_empty());
        let ours: Vec<_> = err.iter().filter(|l| l.starts_with(program)).collect();
        assert_eq!(ours.len(), 1, "{err:?}");
        assert!(ours[0].contains(says), "{err:?}");
    }
}

#[test]
fn servers_keep_serving_when_logging_is_quiet() {
    // Regression: with info filtered out, the server used to skip waiting
    // for a signal and stop right after announcing readiness.
    for level in ["error", "off"] {
        let mut command = Command::new(example("server_stream_server"));
        command.env("RUST_LOG", level);
        let server = ServerProcess::spawn(command);
        let (status, out, _) = run_client("server_stream_client", &["--addr", &server.addr]);
        assert!(status.success(), "RUST_LOG={level}");
        assert_eq!(out.len(), 6);
        let (status, _, _) = server.stop();
        assert!(status.success());
    }
}
