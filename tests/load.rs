//! Load: 1,000 concurrent streams of each pattern against one server, over
//! one connection, all complete with the right content. Every handler waits
//! until all 1,000 calls have started, so they really are open at once.

use grpc_stream_testkit as common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{connect_to, server, within};
use futures::channel::oneshot;
use futures::future::{join_all, FutureExt, Shared};
use futures::stream::{self, StreamExt, TryStreamExt};
use grpc_stream::contract::helloworld::{
    AllStreamReq, AllStreamResp, ClientStreamReq, ServerStreamResp,
};
use grpc_stream::contract::{AllStreamService, ClientStreamService, ServerStreamService};

const CALLS: usize = 1000;
const MESSAGES: usize = 10;
const LIMIT: Duration = Duration::from_secs(60);

/// Opens once `CALLS` handlers have started.
#[derive(Clone)]
struct AllStarted {
    started: Arc<AtomicUsize>,
    open: Arc<std::sync::Mutex<Option<oneshot::Sender<()>>>>,
    gate: Shared<oneshot::Receiver<()>>,
}

impl AllStarted {
    fn new() -> Self {
        let (open, gate) = oneshot::channel();
        AllStarted {
            started: Arc::default(),
            open: Arc::new(std::sync::Mutex::new(Some(open))),
            gate: gate.shared(),
        }
    }

    /// Counts a handler in; resolves when all have come.
    fn arrive(&self) -> impl std::future::Future<Output = ()> {
        if self.started.fetch_add(1, Ordering::AcqRel) + 1 == CALLS {
            if let Some(open) = self.open.lock().unwrap().take() {
                let _ = open.send(());
            }
        }
        self.gate.clone().map(|_| ())
    }
}

fn client_for(server: &grpc_stream_engine::RunningServer) -> grpc_stream::contract::StreamClient {
    connect_to(server.addr(), Some(LIMIT))
}

#[test]
fn a_thousand_concurrent_server_push_streams() {
    let all = AllStarted::new();
    let service = ServerStreamService::new(move |request| {
        let arrived = all.arrive();
        stream::once(arrived).flat_map(move |_| {
            let response = ServerStreamResp::from(request.data.clone());
            stream::iter(std::iter::repeat_n(response, MESSAGES)).map(Ok)
        })
    });
    let server = server().host(service).start().unwrap();
    let client = client_for(&server);
    let started = Instant::now();

    let calls = (0..CALLS).map(|i| {
        let responses = client.server_stream(format!("call {i}").into()).unwrap();
        async move { (i, responses.try_collect::<Vec<_>>().await) }
    });
    for (i, got) in within(LIMIT, join_all(calls)) {
        let got = got.unwrap_or_else(|e| panic!("call {i}: {e}"));
        assert_eq!(got.len(), MESSAGES, "call {i}");
        assert!(
            got.iter().all(|r| r.data == format!("call {i}")),
            "call {i}"
        );
    }
    eprintln!(
        "{CALLS} concurrent server-push streams done in {:?}",
        started.elapsed()
    );
}

#[test]
fn a_thousand_concurrent_client_push_streams() {
    let all = AllStarted::new();
    let service = ClientStreamService::new(move |mut requests| {
        let arrived = all.arrive();
        async move {
            arrived.await;
            let mut parts = Vec::new();
            while let Some(request) = requests.next().await {
                parts.push(request?.data);
            }
            Ok(parts.join(",").into())
        }
    });
    let server = server().host(service).start().unwrap();
    let client = client_for(&server);
    let started = Instant::now();

    let calls = (0..CALLS).map(|i| {
        let client = client.clone();
        async move {
            let parts: Vec<String> = (0..MESSAGES).map(|j| format!("{i}.{j}")).collect();
            let requests = stream::iter(parts.clone()).map(ClientStreamReq::from);
            (parts.join(","), client.client_stream(requests).await)
        }
    });
    for (expected, reply) in within(LIMIT, join_all(calls)) {
        assert_eq!(reply.unwrap().data, expected);
    }
    eprintln!(
        "{CALLS} concurrent client-push streams done in {:?}",
        started.elapsed()
    );
}

#[test]
fn a_thousand_concurrent_both_ways_streams() {
    let all = AllStarted::new();
    let service = AllStreamService::new(move |requests| {
        let arrived = all.arrive();
        stream::once(arrived)
            .flat_map(move |_| stream::empty())
            .chain(
                requests
                    .map(|r| r.map(|r: AllStreamReq| AllStreamResp::from(r.data.to_uppercase()))),
            )
    });
    let server = server().host(service).start().unwrap();
    let client = client_for(&server);
    let started = Instant::now();

    let calls = (0..CALLS).map(|i| {
        let requests: Vec<AllStreamReq> =
            (0..MESSAGES).map(|j| format!("c{i}m{j}").into()).collect();
        let responses = client.all_stream(stream::iter(requests)).unwrap();
        async move { (i, responses.try_collect::<Vec<_>>().await) }
    });
    for (i, got) in within(LIMIT, join_all(calls)) {
        let data: Vec<String> = got.unwrap().into_iter().map(|r| r.data).collect();
        let expected: Vec<String> = (0..MESSAGES).map(|j| format!("C{i}M{j}")).collect();
        assert_eq!(data, expected);
    }
    eprintln!(
        "{CALLS} concurrent both-ways streams done in {:?}",
        started.elapsed()
    );
}
