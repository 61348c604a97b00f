//! The engine as an embedder uses it: the interop programs (gRPC's
//! `grpc.testing.TestService` on the public API alone) against each other,
//! and handlers written on generated traits with `grpc_stream_engine::serve`: what
//! they see of their call, and what happens when they panic or their client
//! stalls.

use grpc_stream_testkit as common;

use std::time::Duration;

use common::{
    connect, connect_to, rss_bytes, run_client, serial, server, within, ServerProcess, STEP,
};
use futures::future;
use futures::stream::{self, StreamExt};
use futures_timer::Delay;
use grpc_stream::contract::helloworld::{
    create_all_stream_server, create_client_stream_server, create_server_stream_server,
    AllStreamReq, AllStreamResp, AllStreamServer, ClientStreamReq, ClientStreamResp,
    ClientStreamServer, ServerStreamReq, ServerStreamResp, ServerStreamServer,
    ServerStreamServerClient,
};
use grpc_stream_engine::{serve, Client, Error, RunningServer};
use grpcio::{
    CallOption, ClientStreamingSink, DuplexSink, MetadataBuilder, RequestStream, RpcContext,
    RpcStatusCode, ServerStreamingSink,
};

/// gRPC's interop cases, our client against our server: all 14 pass,
/// `custom_metadata`'s echoed trailers included (the vendored grpcio's
/// server trailers, third_party/patches/grpcio).
#[test]
fn interop_cases_pass_between_our_client_and_our_server() {
    let server = ServerProcess::start("interop_server", &[]);
    let port = server.addr.rsplit_once(':').unwrap().1.to_string();
    let (status, out, err) = run_client(
        "interop_client",
        &[
            "--server_host",
            "127.0.0.1",
            "--server_port",
            &port,
            "--test_case",
            "all",
        ],
    );
    let failed: Vec<_> = out.iter().filter(|l| l.starts_with("FAIL")).collect();
    assert!(failed.is_empty(), "{failed:?}, stderr: {err:?}");
    let passed = out.iter().filter(|l| l.starts_with("PASS")).count();
    assert_eq!(passed, 14, "{out:?}");
    assert!(status.success(), "{out:?} {err:?}");
}

/// The interop flag: a comma-separated list of cases, and unknown ones refused.
#[test]
fn interop_client_runs_the_cases_it_is_given() {
    let server = ServerProcess::start("interop_server", &[]);
    let port = server.addr.rsplit_once(':').unwrap().1.to_string();
    let (status, out, _) = run_client(
        "interop_client",
        &[
            "--server_port",
            &port,
            "--server_host",
            "127.0.0.1",
            "--test_case",
            "empty_unary,ping_pong",
        ],
    );
    assert!(status.success());
    assert_eq!(out, ["PASS empty_unary", "PASS ping_pong"]);
    let (status, _, err) = run_client(
        "interop_client",
        &["--server_port", &port, "--test_case", "no_such_case"],
    );
    assert!(!status.success());
    assert!(
        err.iter().any(|l| l.contains("unknown test case")),
        "{err:?}"
    );
}

/// A handler on the generated trait that reports what it sees of its call.
#[derive(Clone)]
struct Introspect;

impl ServerStreamServer for Introspect {
    fn server_stream(
        &mut self,
        ctx: RpcContext<'_>,
        request: ServerStreamReq,
        sink: ServerStreamingSink<ServerStreamResp>,
    ) {
        serve::server_streaming(ctx, request, sink, |call, _request| {
            let mut headers = MetadataBuilder::new();
            headers.add_str("x-answer", "42").unwrap();
            call.set_response_headers(headers.build());
            let text = |key| {
                String::from_utf8_lossy(call.request_header(key).unwrap_or(b"-")).into_owned()
            };
            let seen = [
                call.method().to_string(),
                call.peer().to_string(),
                text("x-text"),
                format!("{:?}", call.request_header("x-bytes-bin")),
                call.deadline().exceeded().to_string(),
                format!("{:?}", call.peer_identity()),
            ];
            stream::iter(seen.map(|s| Ok(ServerStreamResp::from(s))))
        });
    }
}

/// A server of [`Introspect`] in this process.
fn introspect_server() -> RunningServer {
    server()
        .service(
            "helloworld.ServerStreamServer",
            create_server_stream_server(Introspect),
        )
        .start()
        .unwrap()
}

#[test]
fn a_handler_sees_method_peer_metadata_and_deadline_and_sends_headers() {
    let server = introspect_server();
    let client = connect(&server);
    let stub = ServerStreamServerClient::new(client.channel().clone());
    let mut metadata = MetadataBuilder::new();
    metadata.add_str("x-text", "hello").unwrap();
    metadata.add_bytes("x-bytes-bin", &[0, 255]).unwrap();
    let options = CallOption::default()
        .timeout(STEP)
        .headers(metadata.build());
    let mut call = stub.server_stream_opt(&"".into(), options).unwrap();
    let headers = within(STEP, call.headers()).unwrap().clone();
    let answer = headers
        .iter()
        .find(|(k, _)| *k == "x-answer")
        .map(|(_, v)| v.to_vec());
    assert_eq!(answer, Some(b"42".to_vec()));
    let seen: Vec<String> = within(STEP, client.server_streaming(call).collect::<Vec<_>>())
        .into_iter()
        .map(|r| r.unwrap().data)
        .collect();
    assert_eq!(seen[0], "/helloworld.ServerStreamServer/ServerStream");
    assert!(seen[1].starts_with("ipv4:127.0.0.1:"), "{}", seen[1]);
    assert_eq!(seen[2], "hello");
    assert_eq!(seen[3], "Some([0, 255])");
    assert_eq!(seen[4], "false");
    assert_eq!(seen[5], "None", "plaintext has no peer identity");
}

/// The peer address the Introspect server saw for a call from `client`.
fn peer_seen_by_server(client: &Client) -> String {
    let stub = ServerStreamServerClient::new(client.channel().clone());
    let call = stub
        .server_stream_opt(&"".into(), CallOption::default().timeout(STEP))
        .unwrap();
    let seen: Vec<String> = within(STEP, client.server_streaming(call).collect::<Vec<_>>())
        .into_iter()
        .map(|r| r.unwrap().data)
        .collect();
    seen[1].clone()
}

/// Two clients of one server are two connections (the C core would share
/// one between them otherwise); a clone shares its client's.
#[test]
fn two_clients_of_one_server_are_two_connections() {
    let server = introspect_server();
    let first = connect(&server);
    let second = connect(&server);
    let first_peer = peer_seen_by_server(&first);
    assert_ne!(first_peer, peer_seen_by_server(&second));
    let clone = first.clone();
    assert_eq!(first_peer, peer_seen_by_server(&clone));
}

/// Handlers of every streaming kind that panic: at once, or in the middle.
#[derive(Clone)]
struct Panics;

impl ServerStreamServer for Panics {
    fn server_stream(
        &mut self,
        ctx: RpcContext<'_>,
        request: ServerStreamReq,
        sink: ServerStreamingSink<ServerStreamResp>,
    ) {
        serve::server_streaming(ctx, request, sink, |_call, _request| {
            stream::iter(0..3).map(|i| {
                assert!(i < 1, "handler bug");
                Ok(ServerStreamResp::from("ok"))
            })
        });
    }
}

impl ClientStreamServer for Panics {
    fn client_stream(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<ClientStreamReq>,
        sink: ClientStreamingSink<ClientStreamResp>,
    ) {
        serve::client_streaming(
            ctx,
            requests,
            sink,
            |_call, _requests| -> future::Ready<_> { panic!("handler bug") },
        );
    }
}

impl AllStreamServer for Panics {
    fn all_stream(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<AllStreamReq>,
        sink: DuplexSink<AllStreamResp>,
    ) {
        serve::duplex(ctx, requests, sink, |_call, requests| {
            requests.map(|_| -> Result<AllStreamResp, _> { panic!("handler bug") })
        });
    }
}

#[test]
fn a_panicking_handler_ends_its_call_with_internal_and_the_server_serves_on() {
    let server = server()
        .service(
            "helloworld.ServerStreamServer",
            create_server_stream_server(Panics),
        )
        .service(
            "helloworld.ClientStreamServer",
            create_client_stream_server(Panics),
        )
        .service(
            "helloworld.AllStreamServer",
            create_all_stream_server(Panics),
        )
        .start()
        .unwrap();
    let client = connect(&server);
    for _ in 0..2 {
        let responses = within(
            STEP,
            client
                .server_stream("x".into())
                .unwrap()
                .collect::<Vec<_>>(),
        );
        assert_eq!(
            responses.len(),
            2,
            "the message before the panic, then the status"
        );
        assert_eq!(responses[0].as_ref().unwrap().data, "ok");
        assert_internal(responses[1].as_ref().unwrap_err());

        let reply = within(
            STEP,
            client.client_stream(stream::iter([ClientStreamReq::from("x")])),
        );
        assert_internal(&reply.unwrap_err());

        let mut both = client
            .all_stream(stream::iter([AllStreamReq::from("x")]))
            .unwrap();
        assert_internal(&within(STEP, both.next()).unwrap().unwrap_err());
    }
}

fn assert_internal(error: &Error) {
    assert_eq!(error.code(), RpcStatusCode::INTERNAL, "{error}");
    assert!(
        error.to_string().contains("the handler panicked"),
        "{error}"
    );
}

/// A client that stops reading 1,024 responses of 1 MiB from the interop
/// server: the server produces only what flow control lets out.
#[test]
fn a_stalled_client_does_not_grow_the_server() {
    let _serial = serial();
    let server = ServerProcess::start("interop_server", &[]);
    let pid = server.pid();
    let client = connect_to(&server.addr, Some(Duration::from_secs(120)));
    let baseline = rss_bytes(pid);
    let stub = interop::TestServiceClient::new(client.channel().clone());
    let mut request = interop::StreamingOutputCallRequest::new();
    for _ in 0..1024 {
        let mut parameters = interop::ResponseParameters::new();
        parameters.size = 1 << 20;
        request.response_parameters.push(parameters);
    }
    let call = stub
        .streaming_output_call_opt(&request, client.call_options())
        .unwrap();
    let mut responses = client.server_streaming(call);
    within(STEP, responses.next()).unwrap().unwrap();
    // Stalled: sample the server's memory for 2 s.
    let mut peak = baseline;
    for _ in 0..40 {
        within(STEP, Delay::new(Duration::from_millis(50)));
        peak = peak.max(rss_bytes(pid));
    }
    let growth = peak.saturating_sub(baseline);
    eprintln!(
        "stalled interop client: server RSS +{:.1} MiB",
        growth as f64 / (1 << 20) as f64
    );
    assert!(growth < 64 << 20, "server RSS grew {growth} bytes");
    // Reading again resumes it.
    let rest = within(Duration::from_secs(120), responses.collect::<Vec<_>>());
    assert_eq!(rest.len(), 1023);
    assert!(rest
        .iter()
        .all(|r| r.as_ref().unwrap().get_payload().body.len() == 1 << 20));
}

/// gRPC's interop messages and stubs, generated by `build.rs`.
#[allow(warnings, clippy::all)]
mod interop {
    mod generated {
        include!(concat!(env!("OUT_DIR"), "/grpc_testing.rs"));
    }
    pub use generated::messages::{ResponseParameters, StreamingOutputCallRequest};
    pub use generated::test_grpc::TestServiceClient;
}
