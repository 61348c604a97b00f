//! Many small messages in one C core operation (issue 28; grpcio-sys patches
//! 0014 and 0016, grpcio's `frame_batches` and framed receives, the engine's
//! `Coalesced`): what a sender frames into one batch arrives as the messages
//! it was, in order, both ways; send and receive limits smaller than a batch
//! hold for each message, not the batch; a compressing server still
//! compresses every message of a batch.

use grpc_stream_testkit as common;

use std::sync::atomic::Ordering;
use std::time::Duration;

use common::{connect, run_client, server, within, Lines, Relay, ServerProcess, STEP};
use futures::stream::{self, StreamExt, TryStreamExt};
use grpc_stream::contract::helloworld::{AllStreamReq, ServerStreamResp};
use grpc_stream::contract::{AllStreamService, Pace, ServerStreamService, StreamClient};
use grpc_stream_engine::{ClientConfig, ServerConfig};
use grpcio::RpcStatusCode;

/// What an echoing both-ways server answered `requests` with, in order.
fn echoed(client: &StreamClient, requests: Vec<AllStreamReq>) -> Vec<String> {
    within(
        STEP,
        client
            .all_stream(stream::iter(requests))
            .unwrap()
            .map_ok(|response| response.data)
            .try_collect(),
    )
    .unwrap()
}

#[test]
fn ten_thousand_small_messages_each_way_arrive_whole_and_in_order() {
    let server = server()
        .host(AllStreamService::new(|requests| {
            requests.map(|r| r.map(|r: AllStreamReq| r.data.into()))
        }))
        .start()
        .unwrap();
    let client = connect(&server);
    // 16 B each: thousands to a batch.
    let sent: Vec<String> = (0..10_000).map(|i| format!("{i:016}")).collect();
    let requests: Vec<AllStreamReq> = sent.iter().map(|s| s.as_str().into()).collect();
    let got = echoed(&client, requests);
    assert_eq!(got.len(), sent.len());
    assert!(got == sent, "a message out of order or damaged");
}

#[test]
fn a_send_limit_smaller_than_a_batch_holds_for_each_message() {
    let server = server()
        .config(ServerConfig {
            max_send_message: Some(1000),
            ..ServerConfig::default()
        })
        .host(ServerStreamService::contract(
            Pace::new(100, Duration::ZERO),
            Lines::default().transcript(),
        ))
        .start()
        .unwrap();
    let client = connect(&server);
    // 100 responses of 500 B: a batch of them is far over 1,000 B.
    let data = "y".repeat(500);
    let got: Vec<ServerStreamResp> = within(
        STEP,
        client
            .server_stream(data.as_str().into())
            .unwrap()
            .try_collect(),
    )
    .unwrap();
    assert_eq!(got.len(), 100);
    assert!(got.iter().all(|response| response.data == data));
    // One message over the limit is still refused.
    let error = within(
        STEP,
        client
            .server_stream("z".repeat(2000).into())
            .unwrap()
            .try_collect::<Vec<_>>(),
    )
    .unwrap_err();
    assert_eq!(error.code(), RpcStatusCode::RESOURCE_EXHAUSTED, "{error}");
    assert!(
        error.to_string().contains("Sent message larger than max"),
        "{error}"
    );
}

/// What a receiver gets in one C core operation (every complete message
/// buffered for the stream, up to 64 KiB) is checked against the receive
/// limit message by message, on the server and on the client.
#[test]
fn a_receive_limit_smaller_than_a_batch_holds_for_each_message() {
    let server = server()
        .config(ServerConfig {
            max_receive_message: Some(1000),
            ..ServerConfig::default()
        })
        .host(AllStreamService::new(|requests| {
            requests.map(|r| r.map(|r: AllStreamReq| r.data.into()))
        }))
        .start()
        .unwrap();
    let config = ClientConfig {
        max_receive_message: 1000,
        call_timeout: Some(STEP),
        ..ClientConfig::default()
    };
    let client = within(STEP, StreamClient::connect(server.addr(), &config)).unwrap();
    // 2,000 requests of 500 B sent as fast as they go, each echoed: the
    // receivers find many of them buffered at once, far over 1,000 B.
    let data = "y".repeat(500);
    let requests: Vec<AllStreamReq> = (0..2000).map(|_| data.as_str().into()).collect();
    let got = echoed(&client, requests);
    assert_eq!(got.len(), 2000);
    assert!(got.iter().all(|echoed| *echoed == data));
    // One message over the limit is still refused.
    let error = within(
        STEP,
        client
            .all_stream(stream::iter(vec![AllStreamReq::from(
                "z".repeat(2000).as_str(),
            )]))
            .unwrap()
            .try_collect::<Vec<_>>(),
    )
    .unwrap_err();
    assert_eq!(error.code(), RpcStatusCode::RESOURCE_EXHAUSTED, "{error}");
    assert!(
        error
            .to_string()
            .contains("Received message larger than max"),
        "{error}"
    );
}

/// Bytes from an `all_stream_server` with `flags` pushing 1,000 messages of
/// 1 KiB (compressible: `-` padding) to a client, through a relay that
/// counts them; every message arrives.
fn thousand_kib_messages_down(flags: &[&str]) -> u64 {
    let mut args = vec!["--count", "1000", "--size", "1024", "--interval-ms", "0"];
    args.extend(flags);
    let server = ServerProcess::start("all_stream_server", &args);
    let relay = Relay::start(&server.addr);
    let (status, out, err) = run_client(
        "all_stream_client",
        &["--addr", &relay.addr, "--interval-ms", "0", "--count", "0"],
    );
    assert!(status.success(), "{err:?}");
    let received: Vec<&String> = out.iter().filter(|l| l.starts_with("Recv Data:")).collect();
    assert_eq!(received.len(), 1000);
    assert!(received
        .iter()
        .all(|line| line.len() == "Recv Data: ".len() + 1024));
    relay.down.load(Ordering::Relaxed)
}

#[test]
fn a_compressing_server_compresses_each_message_of_a_batch() {
    let plain = thousand_kib_messages_down(&[]);
    let gzip = thousand_kib_messages_down(&["--compression", "gzip"]);
    eprintln!("1,000 x 1 KiB pushed: {plain} bytes on the wire plain, {gzip} with gzip");
    assert!(plain > 1_000_000, "{plain}");
    assert!(gzip < plain / 5, "{gzip} of {plain}");
}
