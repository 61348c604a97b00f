//! A client that goes away (drops the call, misses its deadline, is killed)
//! stops the server's handler within a second, is logged once, and the server
//! keeps serving; a server that dies mid-stream gives its clients an error.
//!
//! The tests run one at a time: several count log lines about the same methods.

use grpc_stream_testkit as common;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{
    connect, connect_to, logs, run_client, serial, server, within, ClientProcess, ServerProcess,
    STEP,
};
use futures::stream::{self, Stream, StreamExt};
use grpc_stream::contract::helloworld::{AllStreamResp, ClientStreamReq, ServerStreamResp};
use grpc_stream::contract::{AllStreamService, ClientStreamService, Pace, ServerStreamService};
use grpcio::RpcStatusCode;

/// How fast a handler must notice that its client is gone.
const NOTICE: Duration = Duration::from_secs(1);

/// Sends the time it is dropped: put one in a handler's state to see when the
/// handler is gone.
struct DropSignal(mpsc::Sender<Instant>);

impl Drop for DropSignal {
    fn drop(&mut self) {
        let _ = self.0.send(Instant::now());
    }
}

/// An endless response stream, `tick` apart, carrying a drop signal.
fn endless<T: Clone + Send + 'static>(
    message: T,
    tick: Duration,
    dropped: &mpsc::Sender<Instant>,
) -> impl Stream<Item = Result<T, grpcio::RpcStatus>> + Send + 'static {
    let signal = DropSignal(dropped.clone());
    Pace::new(usize::MAX, tick)
        .stream(std::iter::repeat(message))
        .map(move |message| {
            let _alive = &signal;
            Ok(message)
        })
}

fn endless_server_push(tick: Duration, dropped: mpsc::Sender<Instant>) -> ServerStreamService {
    ServerStreamService::new(move |request| {
        endless(ServerStreamResp::from(request.data), tick, &dropped)
    })
}

/// A server whose ServerStream never ends (one message per `tick`).
fn endless_server(
    tick: Duration,
    dropped: mpsc::Sender<Instant>,
) -> grpc_stream_engine::RunningServer {
    server()
        .host(endless_server_push(tick, dropped))
        .start()
        .unwrap()
}

fn assert_stops_within(dropped: &mpsc::Receiver<Instant>, since: Instant) -> Duration {
    let at = dropped
        .recv_timeout(NOTICE)
        .expect("the handler was still running a second after its client left");
    at.saturating_duration_since(since)
}

#[test]
fn dropping_a_server_push_call_stops_an_idle_handler() {
    let _serial = serial();
    let mark = logs::capture();
    let (tx, dropped) = mpsc::channel();
    // The handler sleeps 10 s between messages: it must be woken by the cancel.
    let server = endless_server(Duration::from_secs(10), tx);
    let client = connect(&server);

    let mut responses = client.server_stream("idle".into()).unwrap();
    assert_eq!(
        within(STEP, responses.next()).unwrap().unwrap().data,
        "idle"
    );
    let left = Instant::now();
    drop(responses);
    let took = assert_stops_within(&dropped, left);
    eprintln!("idle handler stopped {took:?} after the client dropped the call");

    // Logged once, and the server still serves.
    let mut again = client.server_stream("again".into()).unwrap();
    assert_eq!(within(STEP, again.next()).unwrap().unwrap().data, "again");
    drop(again);
    assert_stops_within(&dropped, Instant::now());
    let cancelled = logs::wait_for(mark, "cancelled by the client", 2, STEP);
    assert_eq!(
        cancelled.len(),
        2,
        "one line per cancelled call: {cancelled:?}"
    );
    // ...and no more later.
    let _ = logs::wait_for(
        mark,
        "cancelled by the client",
        3,
        Duration::from_millis(300),
    );
    assert_eq!(logs::since(mark, "cancelled by the client").len(), 2);
    assert!(cancelled[0].contains("/helloworld.ServerStreamServer/ServerStream"));
}

#[test]
fn dropping_a_busy_server_push_call_stops_its_handler() {
    let _serial = serial();
    let (tx, dropped) = mpsc::channel();
    let server = endless_server(Duration::ZERO, tx);
    let client = connect(&server);

    let payload = "b".repeat(1024);
    let responses = client.server_stream(payload.as_str().into()).unwrap();
    let first: Vec<_> = within(STEP, responses.take(100).collect());
    assert!(first.iter().all(|r| r.as_ref().unwrap().data == payload));
    let took = assert_stops_within(&dropped, Instant::now());
    eprintln!("busy handler stopped {took:?} after the client dropped the call");
}

#[test]
fn dropping_a_both_ways_call_stops_its_handler() {
    let _serial = serial();
    let (tx, dropped) = mpsc::channel();
    let service = AllStreamService::new(move |_requests| {
        endless(AllStreamResp::from("tick"), Duration::from_secs(10), &tx)
    });
    let server = server().host(service).start().unwrap();
    let client = connect(&server);

    let mut responses = client.all_stream(stream::pending()).unwrap();
    assert_eq!(
        within(STEP, responses.next()).unwrap().unwrap().data,
        "tick"
    );
    let left = Instant::now();
    drop(responses);
    assert_stops_within(&dropped, left);
}

#[test]
fn dropping_a_client_push_call_ends_its_handler() {
    let _serial = serial();
    let (tx, dropped) = mpsc::channel();
    let service = ClientStreamService::new(move |mut requests| {
        let signal = DropSignal(tx.clone());
        async move {
            let _alive = signal;
            while let Some(request) = requests.next().await {
                request?;
            }
            Ok("done".into())
        }
    });
    let server = server().host(service).start().unwrap();
    let client = connect(&server);

    // Two messages, then a stream that never ends: the call stays open...
    let requests =
        stream::iter(vec![ClientStreamReq::from("a"), "b".into()]).chain(stream::pending());
    let call = Box::pin(client.client_stream(requests));
    let outcome = within(
        STEP,
        futures::future::select(call, futures_timer::Delay::new(Duration::from_millis(200))),
    );
    assert!(
        matches!(outcome, futures::future::Either::Right(_)),
        "the call ended early"
    );
    // ...until the client drops it.
    let left = Instant::now();
    drop(outcome);
    assert_stops_within(&dropped, left);
}

#[test]
fn an_expired_deadline_fails_the_call_and_stops_the_handler() {
    let _serial = serial();
    let mark = logs::capture();
    let (tx, dropped) = mpsc::channel();
    let server = endless_server(Duration::from_secs(10), tx);
    let client = connect_to(server.addr(), Some(Duration::from_millis(300)));

    let started = Instant::now();
    let items: Vec<_> = within(STEP, client.server_stream("late".into()).unwrap().collect());
    let failed_after = started.elapsed();

    assert_eq!(items.len(), 2, "one message, then the deadline");
    let error = items[1].as_ref().unwrap_err();
    assert_eq!(error.code(), RpcStatusCode::DEADLINE_EXCEEDED);
    assert!(failed_after < Duration::from_secs(2), "{failed_after:?}");
    assert_stops_within(&dropped, started + Duration::from_millis(300));
    let logged = logs::wait_for(mark, "deadline exceeded; handler stopped", 1, STEP);
    assert_eq!(logged.len(), 1, "{logged:?}");
    assert!(logs::since(mark, "cancelled by the client").is_empty());
}

#[test]
fn the_example_clients_take_a_timeout() {
    let _serial = serial();
    let server = ServerProcess::start("server_stream_server", &["--interval-ms", "10000"]);
    let (status, out, err) = run_client(
        "server_stream_client",
        &["--addr", &server.addr, "--timeout", "300ms"],
    );
    assert_eq!(status.code(), Some(1));
    assert_eq!(out, vec!["Recv Data:data:\"1\"  ".to_string()]);
    assert_eq!(
        err,
        vec!["server_stream_client: call failed: DEADLINE_EXCEEDED: Deadline Exceeded".to_string()]
    );
}

#[test]
fn a_killed_client_process_stops_the_handler() {
    let _serial = serial();
    let (tx, dropped) = mpsc::channel();
    let server = endless_server(Duration::from_millis(20), tx);

    let client = ClientProcess::start("server_stream_client", &["--addr", server.addr()]);
    assert_eq!(client.next_line(), "Recv Data:data:\"1\"  ");
    let killed = Instant::now();
    client.kill();
    let took = assert_stops_within(&dropped, killed);
    eprintln!("handler stopped {took:?} after its client process was killed");
    let (status, _, _) = client.finish();
    assert!(!status.success());
}

#[test]
fn a_server_dying_mid_stream_fails_the_client_call() {
    let _serial = serial();
    let server = ServerProcess::start(
        "server_stream_server",
        &["--count", "1000000", "--interval-ms", "50"],
    );
    let client = connect_to(&server.addr, None);
    let mut responses = client.server_stream("1".into()).unwrap();
    assert!(within(STEP, responses.next()).unwrap().is_ok());

    let killed = Instant::now();
    server.signal("KILL");
    // Messages already in flight may still arrive; then the error.
    let error = within(Duration::from_secs(5), async {
        loop {
            match responses.next().await {
                Some(Ok(_)) => continue,
                Some(Err(e)) => break e,
                None => panic!("the stream ended cleanly after the server died"),
            }
        }
    });
    assert_eq!(error.code(), RpcStatusCode::UNAVAILABLE, "{error}");
    eprintln!("client saw {error} {:?} after the kill", killed.elapsed());
    assert!(
        within(STEP, responses.next()).is_none(),
        "nothing after the error"
    );
}

#[test]
fn the_example_clients_exit_non_zero_when_the_server_dies() {
    let _serial = serial();
    for (server_name, client_name) in [
        ("server_stream_server", "server_stream_client"),
        ("all_stream_server", "all_stream_client"),
    ] {
        let server =
            ServerProcess::start(server_name, &["--count", "1000000", "--interval-ms", "50"]);
        let client = ClientProcess::start(client_name, &["--addr", &server.addr]);
        client.next_line();
        server.signal("KILL");
        let (status, _, err) = client.finish_within(Duration::from_secs(5));
        assert_eq!(status.code(), Some(1), "{client_name}");
        assert_eq!(err.len(), 1, "{client_name}: {err:?}");
        assert!(
            err[0].starts_with(&format!("{client_name}: call failed: UNAVAILABLE")),
            "{err:?}"
        );
    }
}
