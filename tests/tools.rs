//! The ecosystem's tools against our servers, with no `.proto` files in
//! hand: grpcurl and Python's grpcio-reflection client discover the services
//! through server reflection, then call them.

use grpc_stream_testkit as common;

use std::process::Command;

use common::{grpcurl, python_script, ClientProcess, ServerProcess};

/// Runs `command` to its end (bounded): (success, stdout, stderr).
fn run(command: Command) -> (bool, String, String) {
    let (status, out, err) = ClientProcess::spawn(command).finish();
    (status.success(), out.join("\n"), err.join("\n"))
}

/// `grpcurl -plaintext [-d data] <addr> <args...>`.
fn grpcurl_at(addr: &str, data: Option<&str>, args: &[&str]) -> (bool, String, String) {
    let mut command = grpcurl();
    command.arg("-plaintext");
    if let Some(data) = data {
        command.args(["-d", data]);
    }
    command.arg(addr).args(args);
    run(command)
}

/// The `"data"` values of grpcurl's JSON output, in order.
fn data_values(json: &str) -> Vec<String> {
    json.lines()
        .filter_map(|line| line.trim().strip_prefix("\"data\": \""))
        .map(|rest| rest.trim_end_matches('"').to_string())
        .collect()
}

const ENGINE_SERVICES: [&str; 3] = [
    "grpc.health.v1.Health",
    "grpc.reflection.v1.ServerReflection",
    "grpc.reflection.v1alpha.ServerReflection",
];

#[test]
fn grpcurl_lists_describes_and_calls_each_pattern_without_protos() {
    let programs = [
        ("server_stream_server", "helloworld.ServerStreamServer"),
        ("client_stream_server", "helloworld.ClientStreamServer"),
        ("all_stream_server", "helloworld.AllStreamServer"),
    ];
    for (program, service) in programs {
        let flags: &[&str] = match program {
            "client_stream_server" => &[],
            _ => &["--interval-ms", "0"],
        };
        let server = ServerProcess::start(program, flags);
        let (ok, out, err) = grpcurl_at(&server.addr, None, &["list"]);
        assert!(ok, "{program}: {err}");
        let mut expected: Vec<&str> = ENGINE_SERVICES.to_vec();
        expected.push(service);
        expected.sort();
        assert_eq!(out.lines().collect::<Vec<_>>(), expected, "{program}");

        let (ok, out, err) = grpcurl_at(&server.addr, None, &["describe", service]);
        assert!(ok, "{program}: {err}");
        assert!(
            out.starts_with(&format!("{service} is a service:")),
            "{out}"
        );

        let (ok, out, err) = match program {
            "server_stream_server" => grpcurl_at(
                &server.addr,
                Some(r#"{"data":"1"}"#),
                &["helloworld.ServerStreamServer/ServerStream"],
            ),
            "client_stream_server" => grpcurl_at(
                &server.addr,
                Some(r#"{"data":"0"} {"data":"1"} {"data":"2"}"#),
                &["helloworld.ClientStreamServer/ClientStream"],
            ),
            _ => grpcurl_at(
                &server.addr,
                Some(r#"{"data":"a"} {"data":"b"}"#),
                &["helloworld.AllStreamServer/AllStream"],
            ),
        };
        assert!(ok, "{program}: {err}");
        let expected: Vec<&str> = match program {
            "server_stream_server" => vec!["1"; 5],
            "client_stream_server" => vec!["0,1,2"],
            _ => vec!["0", "1", "2", "3", "4"],
        };
        assert_eq!(data_values(&out), expected, "{program}: {out}");

        let (ok, out, _) = grpcurl_at(&server.addr, None, &["grpc.health.v1.Health/Check"]);
        assert!(
            ok && out.contains("\"status\": \"SERVING\""),
            "{program}: {out}"
        );
    }
}

#[test]
fn grpcurl_describes_messages_and_is_told_what_does_not_exist() {
    let server = ServerProcess::start("all_services", &[]);
    let (ok, out, err) = grpcurl_at(&server.addr, None, &["describe", "helloworld.AllStreamReq"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("message AllStreamReq {") && out.contains("string data = 1;"),
        "{out}"
    );
    let (ok, out, _) = grpcurl_at(&server.addr, None, &["list"]);
    assert!(ok);
    assert!(out.lines().any(|l| l == "bench.Echo"), "{out}");
    let (ok, out, err) = grpcurl_at(
        &server.addr,
        Some(r#"{"data":"aGk="}"#),
        &["bench.Echo/UnaryEcho"],
    );
    assert!(ok, "{err}");
    assert_eq!(data_values(&out), ["aGk="]);

    let (ok, _, err) = grpcurl_at(&server.addr, None, &["describe", "no.Such"]);
    assert!(!ok);
    assert!(err.contains("Symbol not found: no.Such"), "{err}");
}

#[test]
fn reflection_can_be_turned_off() {
    let server = ServerProcess::start("server_stream_server", &["--no-reflection"]);
    let (ok, _, err) = grpcurl_at(&server.addr, None, &["list"]);
    assert!(!ok);
    assert!(err.contains("does not support the reflection API"), "{err}");
}

#[test]
fn an_embedders_own_protos_are_described() {
    let server = ServerProcess::start("interop_server", &[]);
    let (ok, out, err) = grpcurl_at(
        &server.addr,
        None,
        &["describe", "grpc.testing.TestService"],
    );
    assert!(ok, "{err}");
    assert!(
        out.contains("rpc FullDuplexCall ( stream .grpc.testing.StreamingOutputCallRequest )"),
        "{out}"
    );
    let (ok, out, err) = grpcurl_at(
        &server.addr,
        Some(r#"{"response_parameters":[{"size":3},{"size":1}]}"#),
        &["grpc.testing.TestService/StreamingOutputCall"],
    );
    assert!(ok, "{err}");
    assert_eq!(out.matches("\"body\": \"").count(), 2, "{out}");
}

#[test]
fn python_grpcio_reflection_finds_the_services_and_their_files() {
    let server = ServerProcess::start("all_services", &[]);
    let mut command = python_script("reflection_check.py");
    command.args([
        server.addr.as_str(),
        "helloworld.AllStreamServer",
        "bench.EchoMsg",
        "grpc.health.v1.Health",
        "no.Such",
    ]);
    let (ok, out, err) = run(command);
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    for service in [
        "helloworld.ServerStreamServer",
        "helloworld.ClientStreamServer",
        "helloworld.AllStreamServer",
        "bench.Echo",
    ]
    .iter()
    .chain(&ENGINE_SERVICES)
    {
        assert!(lines.contains(service), "{service} not listed: {out}");
    }
    assert!(
        lines.contains(&"helloworld.AllStreamServer: helloworld.proto AllStream"),
        "{out}"
    );
    assert!(lines.contains(&"bench.EchoMsg: bench.proto data"), "{out}");
    assert!(
        lines.contains(&"grpc.health.v1.Health: grpc/health/v1/health.proto Check Watch"),
        "{out}"
    );
    assert!(lines.contains(&"no.Such: not found"), "{out}");
}
