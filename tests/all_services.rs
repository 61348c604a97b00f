//! The `all_services` program: the three contract pairs, health and Echo on
//! one port.

mod common;

use common::{connect_to, python_script, run_client, strings, within, ServerProcess, STEP};
use futures::stream::{self, TryStreamExt};
use grpc_stream::proto::bench::{EchoClient, EchoMsg};

#[test]
fn one_port_serves_all_three_patterns_health_and_echo() {
    let server = ServerProcess::start("all_services", &["--interval-ms", "0"]);
    let addr = ["--addr", server.addr.as_str()];

    let (status, out, _) = run_client("server_stream_client", &addr);
    assert!(status.success());
    assert_eq!(out.last().map(String::as_str), Some("server closed"));
    let (status, out, _) = run_client("client_stream_client", &addr);
    assert!(status.success());
    assert_eq!(out, strings(["Recv 0,1,2,3,4 "]));
    let (status, out, _) = run_client(
        "all_stream_client",
        &[addr[0], addr[1], "--interval-ms", "0"],
    );
    assert!(status.success());
    assert_eq!(out.last().map(String::as_str), Some("Server Closed"));

    for service in ["", "helloworld.AllStreamServer", "bench.Echo"] {
        let out = python_script("health_check.py")
            .args([&server.addr, "check", service])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "SERVING",
            "{service:?}"
        );
    }

    let echo = EchoClient::new(connect_to(&server.addr, Some(STEP)).channel().clone());
    let mut message = EchoMsg::new();
    message.data = b"ping".to_vec();
    let reply = within(STEP, echo.unary_echo_async(&message).unwrap()).unwrap();
    assert_eq!(reply.data, b"ping");
    let (mut sink, replies) = echo.stream_echo().unwrap();
    within(STEP, async {
        use futures::SinkExt;
        let mut messages =
            stream::iter((0..3).map(|_| Ok((message.clone(), grpcio::WriteFlags::default()))));
        sink.send_all(&mut messages).await.unwrap();
        sink.close().await.unwrap();
    });
    let echoed: Vec<EchoMsg> = within(STEP, replies.try_collect()).unwrap();
    assert_eq!(echoed.len(), 3);

    let (status, out, _) = server.stop();
    assert!(status.success());
    assert!(out.contains(&"Recv Client Data 1".to_string()));
}
