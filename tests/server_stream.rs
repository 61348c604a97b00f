//! Server push over loopback: the contract's behaviour, empty streams,
//! concurrency, and an embedder's own logic.

use grpc_stream_testkit as common;

use std::time::Duration;

use common::{connect, server, strings, within, Lines, STEP};
use futures::stream::{self, StreamExt, TryStreamExt};
use grpc_stream::contract::helloworld::ServerStreamResp;
use grpc_stream::contract::{Pace, ServerStreamService, Transcript};
use grpcio::{RpcStatus, RpcStatusCode};

fn contract(count: usize, lines: &Lines) -> ServerStreamService {
    ServerStreamService::contract(Pace::new(count, Duration::ZERO), lines.transcript())
}

fn data(responses: Vec<ServerStreamResp>) -> Vec<String> {
    responses.into_iter().map(|r| r.data).collect()
}

#[test]
fn echoes_the_request_five_times_then_ends() {
    let lines = Lines::default();
    let server = server().host(contract(5, &lines)).start().unwrap();
    let client = connect(&server);

    let got = within(
        STEP,
        client.server_stream("1".into()).unwrap().try_collect(),
    )
    .unwrap();

    assert_eq!(data(got), strings(["1"; 5]));
    assert_eq!(lines.get(), strings(["Recv Client Data 1"]));
}

#[test]
fn zero_count_is_an_empty_stream_with_status_ok() {
    let lines = Lines::default();
    let server = server().host(contract(0, &lines)).start().unwrap();
    let client = connect(&server);

    let got: Vec<ServerStreamResp> = within(
        STEP,
        client.server_stream("x".into()).unwrap().try_collect(),
    )
    .unwrap();

    assert!(got.is_empty());
    assert_eq!(lines.get(), strings(["Recv Client Data x"]));
}

#[test]
fn empty_data_is_echoed_as_empty_messages() {
    let server = server()
        .host(contract(3, &Lines::default()))
        .start()
        .unwrap();
    let client = connect(&server);

    let got = within(STEP, client.server_stream("".into()).unwrap().try_collect()).unwrap();

    assert_eq!(data(got), strings([""; 3]));
}

#[test]
fn fifty_concurrent_calls_each_get_their_own_echo() {
    let lines = Lines::default();
    let server = server().host(contract(5, &lines)).start().unwrap();
    let client = connect(&server);

    let calls = (0..50).map(|i| {
        let responses = client.server_stream(i.to_string().into()).unwrap();
        async move { (i, responses.try_collect::<Vec<_>>().await) }
    });
    let results = within(STEP, futures::future::join_all(calls));

    for (i, got) in results {
        assert_eq!(data(got.unwrap()), vec![i.to_string(); 5], "call {i}");
    }
    let mut printed = lines.get();
    printed.sort();
    let mut expected: Vec<_> = (0..50).map(|i| format!("Recv Client Data {i}")).collect();
    expected.sort();
    assert_eq!(printed, expected);
}

#[test]
fn custom_logic_streams_what_the_embedder_produces() {
    // A countdown from the number in the request.
    let countdown = ServerStreamService::new(|request| {
        let from: u32 = request.data.parse().unwrap_or(0);
        stream::iter((0..=from).rev()).map(|n| Ok(n.to_string().into()))
    });
    let server = server().host(countdown).start().unwrap();
    let client = connect(&server);

    let got = within(
        STEP,
        client.server_stream("3".into()).unwrap().try_collect(),
    )
    .unwrap();

    assert_eq!(data(got), strings(["3", "2", "1", "0"]));
}

#[test]
fn custom_logic_can_end_the_stream_with_an_error_status() {
    let failing = ServerStreamService::new(|_| {
        stream::iter(vec![
            Ok("first".into()),
            Err(RpcStatus::with_message(
                RpcStatusCode::FAILED_PRECONDITION,
                "no more".into(),
            )),
            Ok("never sent".into()),
        ])
    });
    let server = server().host(failing).start().unwrap();
    let client = connect(&server);

    // The message and the status often arrive together: the message must
    // still come first (repeated, as the race is not won every time).
    for _ in 0..50 {
        let items: Vec<_> = within(STEP, client.server_stream("x".into()).unwrap().collect());
        assert_eq!(items.len(), 2, "one message, then the error, then the end");
        assert_eq!(items[0].as_ref().unwrap().data, "first");
        let error = items[1].as_ref().unwrap_err();
        assert_eq!(error.code(), RpcStatusCode::FAILED_PRECONDITION);
        assert_eq!(
            error.to_string(),
            "call failed: FAILED_PRECONDITION: no more"
        );
    }
}

#[test]
fn a_silent_transcript_serves_the_same_stream() {
    let service = ServerStreamService::contract(Pace::new(2, Duration::ZERO), Transcript::silent());
    let server = server().host(service).start().unwrap();
    let client = connect(&server);

    let got = within(
        STEP,
        client.server_stream("q".into()).unwrap().try_collect(),
    )
    .unwrap();

    assert_eq!(data(got), strings(["q", "q"]));
}
