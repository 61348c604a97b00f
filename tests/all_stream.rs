//! Both ways over loopback: the contract's behaviour, empty streams,
//! concurrency, and an embedder's own handler.

use grpc_stream_testkit as common;

use std::time::Duration;

use common::{connect, server, strings, within, Lines, STEP};
use futures::stream::{self, StreamExt, TryStreamExt};
use grpc_stream::contract::helloworld::{AllStreamReq, AllStreamResp};
use grpc_stream::contract::{AllStreamService, Pace};

fn requests<I: IntoIterator<Item = S>, S: ToString>(
    items: I,
) -> stream::Iter<std::vec::IntoIter<AllStreamReq>> {
    let messages: Vec<AllStreamReq> = items.into_iter().map(|s| s.to_string().into()).collect();
    stream::iter(messages)
}

fn data(responses: Vec<AllStreamResp>) -> Vec<String> {
    responses.into_iter().map(|r| r.data).collect()
}

fn contract(count: usize, lines: &Lines) -> AllStreamService {
    AllStreamService::contract(Pace::new(count, Duration::ZERO), lines.transcript())
}

#[test]
fn both_sides_send_zero_to_four_and_the_call_ends_ok() {
    let lines = Lines::default();
    let server = server().host(contract(5, &lines)).start().unwrap();
    let client = connect(&server);

    let got = within(
        STEP,
        client.all_stream(requests(0..5)).unwrap().try_collect(),
    )
    .unwrap();

    assert_eq!(data(got), strings(0..5));
    assert_eq!(
        lines.get(),
        strings([
            "Recv Data:0 ",
            "Recv Data:1 ",
            "Recv Data:2 ",
            "Recv Data:3 ",
            "Recv Data:4 ",
            "Client Closed"
        ])
    );
}

#[test]
fn the_server_waits_for_the_half_close_even_after_its_own_messages() {
    // The contract: the call ends when *both* activities are done.
    let lines = Lines::default();
    let server = server().host(contract(1, &lines)).start().unwrap();
    let client = connect(&server);

    let got = within(
        STEP,
        client.all_stream(requests(0..3)).unwrap().try_collect(),
    )
    .unwrap();

    assert_eq!(data(got), strings(["0"]));
    assert_eq!(
        lines.get().last().map(String::as_str),
        Some("Client Closed")
    );
    assert_eq!(lines.get().len(), 4);
}

#[test]
fn empty_both_ways_ends_at_once() {
    let lines = Lines::default();
    let server = server().host(contract(0, &lines)).start().unwrap();
    let client = connect(&server);

    let got: Vec<AllStreamResp> = within(
        STEP,
        client
            .all_stream(requests(Vec::<String>::new()))
            .unwrap()
            .try_collect(),
    )
    .unwrap();

    assert!(got.is_empty());
    assert_eq!(lines.get(), strings(["Client Closed"]));
}

#[test]
fn fifty_concurrent_calls() {
    let server = server()
        .host(contract(5, &Lines::default()))
        .start()
        .unwrap();
    let client = connect(&server);

    let calls = (0..50).map(|i| {
        let responses = client.all_stream(requests([i; 3])).unwrap();
        async move { responses.try_collect::<Vec<_>>().await }
    });
    for got in within(STEP, futures::future::join_all(calls)) {
        assert_eq!(data(got.unwrap()), strings(0..5));
    }
}

#[test]
fn custom_handler_answers_each_request() {
    // An uppercasing echo: one response per request, ending at the half-close.
    let echo = AllStreamService::new(|requests| {
        requests.map(|request| request.map(|r: AllStreamReq| r.data.to_uppercase().into()))
    });
    let server = server().host(echo).start().unwrap();
    let client = connect(&server);

    let got = within(
        STEP,
        client
            .all_stream(requests(["a", "b", "c"]))
            .unwrap()
            .try_collect(),
    )
    .unwrap();

    assert_eq!(data(got), strings(["A", "B", "C"]));
}

#[test]
fn paced_sending_spaces_messages() {
    let server = server()
        .host(AllStreamService::contract(
            Pace::new(3, Duration::from_millis(50)),
            Lines::default().transcript(),
        ))
        .start()
        .unwrap();
    let client = connect(&server);
    let started = std::time::Instant::now();

    let got = within(
        STEP,
        client
            .all_stream(requests(Vec::<String>::new()))
            .unwrap()
            .try_collect(),
    )
    .unwrap();

    assert_eq!(data(got), strings(0..3));
    assert!(
        started.elapsed() >= Duration::from_millis(150),
        "{:?}",
        started.elapsed()
    );
}

/// A task spawned on a client from another thread (how the engine starts a
/// call's sending and reading ahead) is polled on the client's poll thread,
/// from its first poll (grpcio patch 0004). grpcio polled it on the spawning
/// thread, and polled it there again whenever it was woken meanwhile: a
/// call sending without pause to a server that keeps up (its batches
/// completing on the poll thread while each poll framed the next) held the
/// caller's thread until the call ended, so `all_stream` did not return and
/// no response was read (tests/interop.rs: against grpc-go's server).
#[test]
fn tasks_spawned_from_the_callers_thread_run_on_the_poll_thread() {
    use std::sync::mpsc;
    use std::sync::Arc;

    let env = Arc::new(grpcio::EnvBuilder::new().cq_count(1).build());
    // Never connected: spawning needs only the channel's queue.
    let channel = grpcio::ChannelBuilder::new(env).connect("127.0.0.1:1");
    let spawner = grpcio::Client::new(channel);
    let (polled_on, first_poll) = mpsc::channel();
    spawner.spawn(async move {
        let _ = polled_on.send(std::thread::current().id());
    });
    let thread = first_poll.recv_timeout(STEP).expect("the task polled");
    assert_ne!(thread, std::thread::current().id());
}
