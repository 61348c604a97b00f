//! Limits: message sizes both ways, the ClientStream join cap, the cap on
//! concurrent streams. A call over a limit fails with RESOURCE_EXHAUSTED and
//! a clear message; the server keeps serving.

use grpc_stream_testkit as common;

use std::time::Duration;

use common::{connect, connect_to, run_client, server, within, Lines, ServerProcess, STEP};
use futures::stream::{self, StreamExt, TryStreamExt};
use grpc_stream::contract::helloworld::{AllStreamReq, ClientStreamReq, ServerStreamResp};
use grpc_stream::contract::{
    AllStreamService, ClientStreamService, Pace, ServerStreamService, StreamClient,
};
use grpc_stream_engine::{ClientConfig, Compression, ServerConfig};
use grpcio::RpcStatusCode;

const MIB: usize = 1 << 20;

fn echo_server(limits: ServerConfig) -> grpc_stream_engine::RunningServer {
    let lines = Lines::default();
    server()
        .config(limits)
        .host(ServerStreamService::contract(
            Pace::new(1, Duration::ZERO),
            lines.transcript(),
        ))
        .host(ClientStreamService::contract(64 * MIB, lines.transcript()))
        .host(AllStreamService::new(|requests| {
            requests.map(|r| r.map(|r: AllStreamReq| r.data.into()))
        }))
        .start()
        .unwrap()
}

fn assert_exhausted(error: &grpc_stream_engine::Error, says: &str) {
    assert_eq!(error.code(), RpcStatusCode::RESOURCE_EXHAUSTED, "{error}");
    assert!(error.to_string().contains(says), "{error}");
}

#[test]
fn a_message_over_the_receive_limit_fails_each_pattern_and_the_server_stays_up() {
    let server = echo_server(ServerConfig::default()); // 4 MiB
    let client = connect(&server);
    let big = "x".repeat(5 * MIB);

    let error = within(
        STEP,
        client.server_stream(big.as_str().into()).unwrap().next(),
    )
    .unwrap()
    .unwrap_err();
    assert_exhausted(&error, "larger than max");

    let requests = stream::iter(vec![ClientStreamReq::from("ok"), big.as_str().into()]);
    let error = within(STEP, client.client_stream(requests)).unwrap_err();
    assert_exhausted(&error, "larger than max");

    let requests = stream::iter(vec![AllStreamReq::from(big.as_str())]);
    let error = within(
        STEP,
        client.all_stream(requests).unwrap().try_collect::<Vec<_>>(),
    )
    .unwrap_err();
    assert_exhausted(&error, "larger than max");

    // Still serving, right up to the limit.
    let near = "y".repeat(4 * MIB - 64);
    let got: Vec<ServerStreamResp> = within(
        STEP,
        client
            .server_stream(near.as_str().into())
            .unwrap()
            .try_collect(),
    )
    .unwrap();
    assert_eq!(got[0].data.len(), near.len());
}

#[test]
fn the_receive_limit_is_configurable() {
    let server = echo_server(ServerConfig {
        max_receive_message: Some(1024),
        ..ServerConfig::default()
    });
    let client = connect(&server);

    let error = within(
        STEP,
        client
            .server_stream("z".repeat(2048).into())
            .unwrap()
            .next(),
    )
    .unwrap()
    .unwrap_err();
    assert_exhausted(&error, "larger than max (2051 vs. 1024)");
    let fits = within(
        STEP,
        client.server_stream("z".repeat(512).into()).unwrap().next(),
    );
    assert!(fits.unwrap().is_ok());
}

#[test]
fn a_compressed_request_that_inflates_past_the_receive_limit_is_refused() {
    let server = echo_server(ServerConfig {
        max_receive_message: Some(1024),
        ..ServerConfig::default()
    });
    for compression in [Compression::Gzip, Compression::Deflate] {
        let config = ClientConfig {
            call_timeout: Some(STEP),
            compression,
            ..ClientConfig::default()
        };
        let client = within(STEP, StreamClient::connect(server.addr(), &config)).unwrap();
        // About 40 bytes on the wire, 64 KiB once inflated.
        let inflating = "z".repeat(64 * 1024);
        let error = within(
            STEP,
            client
                .server_stream(inflating.as_str().into())
                .unwrap()
                .next(),
        )
        .unwrap()
        .unwrap_err();
        assert_exhausted(&error, "larger than max (65540 vs. 1024)");
        let requests = stream::iter(vec![AllStreamReq::from(inflating.as_str())]);
        let error = within(
            STEP,
            client.all_stream(requests).unwrap().try_collect::<Vec<_>>(),
        )
        .unwrap_err();
        assert_exhausted(&error, "larger than max");
        // Compressed requests that fit still pass.
        let fits = within(
            STEP,
            client.server_stream("z".repeat(512).into()).unwrap().next(),
        );
        assert!(fits.unwrap().is_ok(), "{compression:?}");
    }
}

#[test]
fn a_response_over_the_send_limit_fails_the_call() {
    let server = echo_server(ServerConfig {
        max_send_message: Some(1000),
        ..ServerConfig::default()
    });
    let client = connect(&server);

    let error = within(
        STEP,
        client
            .server_stream("s".repeat(2000).into())
            .unwrap()
            .next(),
    )
    .unwrap()
    .unwrap_err();
    assert_exhausted(&error, "larger than max");
    let fits = within(
        STEP,
        client.server_stream("s".repeat(500).into()).unwrap().next(),
    );
    assert!(fits.unwrap().is_ok());
}

#[test]
fn the_client_has_its_own_receive_limit() {
    let server = echo_server(ServerConfig::default());
    let config = ClientConfig {
        max_receive_message: 1000,
        call_timeout: Some(STEP),
        ..ClientConfig::default()
    };
    let client = within(STEP, StreamClient::connect(server.addr(), &config)).unwrap();

    let error = within(
        STEP,
        client
            .server_stream("r".repeat(2000).into())
            .unwrap()
            .next(),
    )
    .unwrap()
    .unwrap_err();
    assert_exhausted(&error, "larger than max");
}

#[test]
fn the_join_cap_is_a_server_flag() {
    let server = ServerProcess::start("client_stream_server", &["--max-join-bytes", "10"]);
    let (status, out, err) = run_client(
        "client_stream_client",
        &["--addr", &server.addr, "--count", "20"],
    );
    assert_eq!(status.code(), Some(1));
    assert!(out.is_empty());
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(
        err[0].starts_with("client_stream_client: call failed: RESOURCE_EXHAUSTED: the joined reply would exceed 10 bytes"),
        "{err:?}"
    );
    // The server is still up and within its cap for a small call.
    let (status, out, _) = run_client(
        "client_stream_client",
        &["--addr", &server.addr, "--count", "3"],
    );
    assert!(status.success());
    assert_eq!(out, vec!["Recv 0,1,2 ".to_string()]);
}

#[test]
fn concurrent_streams_per_connection_are_capped() {
    // Endless streams: one message, then nothing.
    let service = ServerStreamService::new(|request| {
        stream::once(async { Ok(request.data.into()) }).chain(stream::pending())
    });
    let server = server()
        .config(ServerConfig {
            max_concurrent_streams: 2,
            ..ServerConfig::default()
        })
        .host(service)
        .start()
        .unwrap();
    let client = connect_to(server.addr(), None);

    let mut first = client.server_stream("1".into()).unwrap();
    let mut second = client.server_stream("2".into()).unwrap();
    assert!(within(STEP, first.next()).unwrap().is_ok());
    assert!(within(STEP, second.next()).unwrap().is_ok());

    // A third waits at the client for a free stream: its deadline passes first.
    let waiting = client
        .clone()
        .call_timeout(Some(Duration::from_millis(500)));
    let error = within(STEP, waiting.server_stream("3".into()).unwrap().next())
        .unwrap()
        .unwrap_err();
    assert_eq!(error.code(), RpcStatusCode::DEADLINE_EXCEEDED, "{error}");

    // Once one ends, the next call gets its stream.
    drop(first);
    let mut fourth = client.server_stream("4".into()).unwrap();
    assert_eq!(within(STEP, fourth.next()).unwrap().unwrap().data, "4");
}

#[test]
fn an_unlimited_receive_size_takes_what_the_default_refuses() {
    let server = echo_server(ServerConfig {
        max_receive_message: None,
        ..ServerConfig::default()
    });
    // The reply echoes it all: the client must take it too.
    let config = ClientConfig {
        max_receive_message: 8 * MIB,
        call_timeout: Some(STEP),
        ..ClientConfig::default()
    };
    let client = within(STEP, StreamClient::connect(server.addr(), &config)).unwrap();
    let big = "u".repeat(5 * MIB);
    let got: Vec<ClientStreamReq> = vec![big.as_str().into()];
    let reply = within(STEP, client.client_stream(stream::iter(got))).unwrap();
    assert_eq!(reply.data.len(), big.len());
}

/// A connection that starts calls faster than `max_call_rate` gets
/// RESOURCE_EXHAUSTED for the excess, with a warning naming it; another
/// connection is served meanwhile, and the first is served again once its
/// budget refills.
#[test]
fn calls_past_the_rate_of_one_connection_are_refused() {
    let mark = common::logs::capture();
    let server = echo_server(ServerConfig {
        max_call_rate: Some(20),
        ..ServerConfig::default()
    });
    let eager = connect(&server);
    let mut refused = 0;
    let mut served = 0;
    // 60 calls at once on one connection.
    let calls: Vec<_> = (0..60)
        .map(|_| {
            let mut responses = eager.server_stream("x".into()).unwrap();
            async move { responses.next().await }
        })
        .collect();
    for first in within(STEP, futures::future::join_all(calls)) {
        match first {
            Some(Ok(_)) => served += 1,
            Some(Err(error)) => {
                assert_exhausted(&error, "calls a second on this connection");
                refused += 1;
            }
            None => panic!("a call ended without an answer or a status"),
        }
    }
    eprintln!("60 calls at once at 20 a second: {served} served, {refused} refused");
    assert!(served >= 20, "{served}");
    assert!(refused > 0, "{refused}");

    // Another connection has its own budget. (A client with different
    // channel settings: grpcio would share one connection between clients
    // whose settings are all the same.)
    let config = ClientConfig {
        max_receive_message: 8 * MIB,
        call_timeout: Some(STEP),
        ..ClientConfig::default()
    };
    let other = within(STEP, StreamClient::connect(server.addr(), &config)).expect("connect");
    let answer = within(STEP, other.server_stream("y".into()).unwrap().next());
    assert!(matches!(answer, Some(Ok(_))), "{answer:?}");

    let warning = common::logs::wait_for(mark, "refusing calls from", 1, STEP);
    assert!(
        warning
            .iter()
            .any(|line| line.contains("more than 20 a second") && line.contains("127.0.0.1:")),
        "{warning:?}"
    );
}
