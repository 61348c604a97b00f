//! Client push over loopback: the contract's behaviour, empty streams,
//! concurrency, the join cap, and an embedder's own fold.

use grpc_stream_testkit as common;

use common::{connect, server, strings, within, Lines, STEP};
use futures::stream;
use grpc_stream::contract::helloworld::ClientStreamReq;
use grpc_stream::contract::ClientStreamService;
use grpcio::{RpcStatus, RpcStatusCode};

fn requests<I: IntoIterator<Item = S>, S: ToString>(
    items: I,
) -> stream::Iter<std::vec::IntoIter<ClientStreamReq>> {
    let messages: Vec<ClientStreamReq> = items.into_iter().map(|s| s.to_string().into()).collect();
    stream::iter(messages)
}

#[test]
fn joins_what_the_client_sent() {
    let lines = Lines::default();
    let server = server()
        .host(ClientStreamService::contract(1 << 20, lines.transcript()))
        .start()
        .unwrap();
    let client = connect(&server);

    let reply = within(STEP, client.client_stream(requests(0..5))).unwrap();

    assert_eq!(reply.data, "0,1,2,3,4");
    assert_eq!(
        lines.get(),
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
fn an_empty_stream_gets_an_empty_reply() {
    let lines = Lines::default();
    let server = server()
        .host(ClientStreamService::contract(1 << 20, lines.transcript()))
        .start()
        .unwrap();
    let client = connect(&server);

    let reply = within(STEP, client.client_stream(requests(Vec::<String>::new()))).unwrap();

    assert_eq!(reply.data, "");
    assert_eq!(lines.get(), strings(["client closed"]));
}

#[test]
fn fifty_concurrent_calls_each_get_their_own_join() {
    let server = server()
        .host(ClientStreamService::contract(
            1 << 20,
            Lines::default().transcript(),
        ))
        .start()
        .unwrap();
    let client = connect(&server);

    let calls = (0..50).map(|i| {
        let client = client.clone();
        async move {
            let parts: Vec<String> = (0..5).map(|j| format!("{i}.{j}")).collect();
            let reply = client.client_stream(requests(parts.clone())).await;
            (parts.join(","), reply)
        }
    });
    for (expected, reply) in within(STEP, futures::future::join_all(calls)) {
        assert_eq!(reply.unwrap().data, expected);
    }
}

#[test]
fn a_join_over_the_cap_fails_with_resource_exhausted() {
    let server = server()
        .host(ClientStreamService::contract(
            10,
            Lines::default().transcript(),
        ))
        .start()
        .unwrap();
    let client = connect(&server);

    let error = within(STEP, client.client_stream(requests(["12345", "67890"]))).unwrap_err();

    assert_eq!(error.code(), RpcStatusCode::RESOURCE_EXHAUSTED);
    assert!(error.to_string().contains("exceed 10 bytes"), "{error}");
}

#[test]
fn custom_fold_sums_numbers_and_rejects_the_rest() {
    let sum = ClientStreamService::fold(
        || 0i64,
        |total: &mut i64, request: ClientStreamReq| {
            let n: i64 = request.data.parse().map_err(|_| {
                RpcStatus::with_message(
                    RpcStatusCode::INVALID_ARGUMENT,
                    format!("{:?} is not a number", request.data),
                )
            })?;
            *total += n;
            Ok(())
        },
        |total| Ok(total.to_string().into()),
    );
    let server = server().host(sum).start().unwrap();
    let client = connect(&server);

    let reply = within(STEP, client.client_stream(requests([1, 2, 3, 4]))).unwrap();
    assert_eq!(reply.data, "10");

    let error = within(STEP, client.client_stream(requests(["1", "two"]))).unwrap_err();
    assert_eq!(error.code(), RpcStatusCode::INVALID_ARGUMENT);
    assert_eq!(
        error.to_string(),
        "call failed: INVALID_ARGUMENT: \"two\" is not a number"
    );
}
