//! Scale-out: clients take any gRPC target (`host:port`, `dns:`, `ipv4:a,b,c`)
//! and a load-balancing policy; round_robin spreads calls over three servers
//! and keeps working when one of them stops.

use grpc_stream_testkit as common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::{run_client, server, strings, within, ServerProcess, STEP};
use futures::stream;
use futures::stream::TryStreamExt;
use grpc_stream::contract::{ServerStreamService, StreamClient};
use grpc_stream_engine::LoadBalancing;
use grpc_stream_engine::{ClientConfig, RunningServer};

/// A server whose every response names it.
fn named_server(name: &'static str) -> RunningServer {
    let service = ServerStreamService::new(move |_| stream::iter([Ok(name.into())]));
    server().host(service).start().unwrap()
}

fn client(target: &str, load_balancing: Option<LoadBalancing>) -> StreamClient {
    let config = ClientConfig {
        load_balancing,
        call_timeout: Some(STEP),
        ..ClientConfig::default()
    };
    within(STEP, StreamClient::connect(target, &config)).unwrap()
}

/// How many of `calls` calls each server answered.
fn spread(client: &StreamClient, calls: usize) -> BTreeMap<String, usize> {
    let mut answered = BTreeMap::new();
    for _ in 0..calls {
        let got: Vec<_> = within(
            STEP,
            client.server_stream("who".into()).unwrap().try_collect(),
        )
        .expect("every call succeeds");
        *answered.entry(got[0].data.clone()).or_default() += 1;
    }
    answered
}

fn ipv4_target(servers: &[&RunningServer]) -> String {
    let addrs: Vec<&str> = servers.iter().map(|s| s.addr()).collect();
    format!("ipv4:{}", addrs.join(","))
}

#[test]
fn round_robin_spreads_calls_and_survives_a_stopped_server() {
    let (a, b, c) = (named_server("a"), named_server("b"), named_server("c"));
    let client = client(&ipv4_target(&[&a, &b, &c]), Some(LoadBalancing::RoundRobin));
    // Round robin connects to every address; wait (bounded) until all are up.
    common::poll(STEP, Duration::from_millis(20), || {
        match spread(&client, 3).len() {
            3 => Ok(()),
            answered => Err(format!("{answered} of the three servers answered")),
        }
    });

    let answered = spread(&client, 30);
    eprintln!("round_robin over three servers: {answered:?}");
    assert_eq!(
        answered,
        BTreeMap::from([("a".into(), 10), ("b".into(), 10), ("c".into(), 10)])
    );

    b.shutdown(Duration::from_secs(1));
    let answered = spread(&client, 30);
    eprintln!("after stopping b: {answered:?}");
    assert_eq!(answered.keys().collect::<Vec<_>>(), ["a", "c"]);
}

#[test]
fn pick_first_sends_every_call_to_one_server() {
    let (a, b) = (named_server("a"), named_server("b"));
    let client = client(&ipv4_target(&[&a, &b]), Some(LoadBalancing::PickFirst));
    let answered = spread(&client, 10);
    assert_eq!(answered.len(), 1, "{answered:?}");
}

#[test]
fn dns_and_plain_targets_resolve() {
    let a = named_server("a");
    let port = a.port();
    for target in [
        format!("dns:///localhost:{port}"),
        format!("localhost:{port}"),
        a.addr().to_string(),
    ] {
        assert_eq!(
            spread(&client(&target, None), 1).get("a"),
            Some(&1),
            "{target}"
        );
    }
}

#[test]
fn the_example_clients_take_a_target_and_a_policy() {
    let (a, b) = (
        ServerProcess::start("client_stream_server", &[]),
        ServerProcess::start("client_stream_server", &[]),
    );
    let target = format!("ipv4:{},{}", a.addr, b.addr);
    let (status, out, err) = run_client(
        "client_stream_client",
        &["--addr", &target, "--lb", "round_robin"],
    );
    assert!(status.success(), "{err:?}");
    assert_eq!(out, strings(["Recv 0,1,2,3,4 "]));

    let (status, _, err) = run_client(
        "client_stream_client",
        &["--addr", &target, "--lb", "random"],
    );
    assert_eq!(status.code(), Some(2));
    assert!(
        err.iter()
            .any(|l| l.contains("[possible values: pick_first, round_robin]")),
        "{err:?}"
    );
}
