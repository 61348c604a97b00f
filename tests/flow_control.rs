//! Flow control, bounded memory: 1 GiB streams to a peer that stops reading
//! (or reads one message a second) are not buffered by the sender, and
//! resume when the peer reads again.
//!
//! Each test transfers 1 GiB (1024 × 1 MiB) over loopback; they run one at a
//! time because they measure resident memory.

use grpc_stream_testkit as common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use common::{connect_to, own_rss_bytes, rss_bytes, serial, server, within, ServerProcess, STEP};
use futures::stream::{self, StreamExt};
use futures_timer::Delay;
use grpc_stream::contract::helloworld::{AllStreamResp, ClientStreamReq};
use grpc_stream::contract::{AllStreamService, ClientStreamService};
use grpc_stream_engine::ResponseStream;

const MIB: usize = 1 << 20;
const MESSAGES: usize = 1024; // × 1 MiB = 1 GiB
const LIMIT: u64 = 64 * MIB as u64;
/// Long enough for an unbounded sender to buffer hundreds of MiB on loopback.
const PAUSE: Duration = Duration::from_secs(2);

/// Largest value of `rss()` seen over `window`, sampled every 50 ms.
fn peak_over(window: Duration, rss: &dyn Fn() -> u64) -> u64 {
    let samples = (window.as_millis() / 50).max(1);
    let mut peak = rss();
    for _ in 0..samples {
        within(STEP, Delay::new(Duration::from_millis(50)));
        peak = peak.max(rss());
    }
    peak
}

/// Holds back while measuring, then reads one message a second twice;
/// returns the peak of `rss()` over that time.
fn stall_then_trickle<T>(responses: &mut ResponseStream<T>, rss: &dyn Fn() -> u64) -> u64 {
    let mut peak = peak_over(PAUSE, rss);
    for _ in 0..2 {
        within(STEP, responses.next())
            .expect("a message")
            .expect("ok");
        peak = peak.max(peak_over(Duration::from_secs(1), rss));
    }
    peak
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / MIB as f64
}

#[test]
fn server_push_to_a_client_that_stops_reading_is_not_buffered() {
    let _serial = serial();
    let server = ServerProcess::start("server_stream_server", &["--count", &MESSAGES.to_string()]);
    let pid = server.pid();
    let server_rss = move || rss_bytes(pid);
    let client = connect_to(&server.addr, Some(Duration::from_secs(120)));
    let baseline = server_rss();

    let payload = "s".repeat(MIB);
    let mut responses = client.server_stream(payload.as_str().into()).unwrap();
    within(STEP, responses.next()).unwrap().unwrap();
    let peak = stall_then_trickle(&mut responses, &server_rss);

    // Reading again resumes the stream; everything arrives, intact.
    let rest: Vec<_> = within(Duration::from_secs(120), responses.collect());
    assert_eq!(rest.len(), MESSAGES - 3);
    assert!(rest.iter().all(|r| r.as_ref().unwrap().data.len() == MIB));

    let growth = peak.saturating_sub(baseline);
    eprintln!(
        "server push: server RSS {:.1} MiB before, {:.1} MiB peak while the client stalled (+{:.1} MiB)",
        mib(baseline),
        mib(peak),
        mib(growth)
    );
    assert!(growth < LIMIT, "server RSS grew {:.1} MiB", mib(growth));
}

#[test]
fn both_ways_to_a_client_that_stops_reading_is_not_buffered() {
    let _serial = serial();
    let produced = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&produced);
    let payload = Arc::new("b".repeat(MIB));
    // The server's handler would send 1 GiB as fast as it is taken.
    let service = AllStreamService::new(move |_requests| {
        let (counter, payload) = (Arc::clone(&counter), Arc::clone(&payload));
        stream::iter(0..MESSAGES).map(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
            Ok(AllStreamResp::from(payload.as_str()))
        })
    });
    let server = server().host(service).start().unwrap();
    let client = connect_to(server.addr(), Some(Duration::from_secs(120)));
    let baseline = own_rss_bytes();

    let mut responses = client.all_stream(stream::pending()).unwrap();
    within(STEP, responses.next()).unwrap().unwrap();
    let peak = stall_then_trickle(&mut responses, &own_rss_bytes);
    let produced_while_stalled = produced.load(Ordering::Relaxed);

    let rest: Vec<_> = within(
        Duration::from_secs(120),
        responses.take(MESSAGES - 3).collect(),
    );
    assert_eq!(rest.len(), MESSAGES - 3);
    assert!(rest.iter().all(|r| r.as_ref().unwrap().data.len() == MIB));

    let growth = peak.saturating_sub(baseline);
    eprintln!(
        "both ways: handler produced {produced_while_stalled} of {MESSAGES} messages while the client \
         stalled; process RSS +{:.1} MiB (server and client together)",
        mib(growth)
    );
    assert!(
        produced_while_stalled < 64,
        "{produced_while_stalled} messages produced"
    );
    assert!(growth < LIMIT, "RSS grew {:.1} MiB", mib(growth));
}

#[test]
fn client_push_to_a_server_that_stops_reading_is_not_buffered() {
    let _serial = serial();
    // The server's handler waits for a go before reading anything.
    let (go, gate) = futures::channel::oneshot::channel::<()>();
    let gate = futures::future::FutureExt::shared(gate);
    let service = ClientStreamService::new(move |mut requests| {
        let gate = gate.clone();
        async move {
            let _ = gate.await;
            let mut bytes = 0usize;
            while let Some(request) = requests.next().await {
                bytes += request?.data.len();
            }
            Ok(bytes.to_string().into())
        }
    });
    let server = server().host(service).start().unwrap();
    let client = connect_to(server.addr(), Some(Duration::from_secs(120)));
    let baseline = own_rss_bytes();

    let pulled = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&pulled);
    let payload = "c".repeat(MIB);
    // The client would send 1 GiB, each message made only when the sink takes it.
    let requests = stream::iter(0..MESSAGES).map(move |_| {
        counter.fetch_add(1, Ordering::Relaxed);
        ClientStreamReq::from(payload.as_str())
    });
    let (done_tx, done) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done_tx.send(within(
            Duration::from_secs(120),
            client.client_stream(requests),
        ));
    });

    let peak = peak_over(PAUSE + Duration::from_secs(2), &own_rss_bytes);
    let pulled_while_stalled = pulled.load(Ordering::Relaxed);
    go.send(()).unwrap();
    let reply = done
        .recv_timeout(Duration::from_secs(120))
        .expect("the call ends")
        .unwrap();

    assert_eq!(reply.data, (MESSAGES * MIB).to_string());
    let growth = peak.saturating_sub(baseline);
    eprintln!(
        "client push: client made {pulled_while_stalled} of {MESSAGES} messages while the server \
         stalled; process RSS +{:.1} MiB",
        mib(growth)
    );
    assert!(
        pulled_while_stalled < 64,
        "{pulled_while_stalled} messages made"
    );
    assert!(growth < LIMIT, "RSS grew {:.1} MiB", mib(growth));
}
