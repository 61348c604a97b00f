//! Hostile and broken input: each gets the right status (or a closed
//! connection), a log line where grpcio lets us write one, and the server
//! keeps serving other calls.

use grpc_stream_testkit as common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{connect, h2, logs, raw, serial, server, within, Lines, STEP};
use futures::stream::{self, StreamExt, TryStreamExt};
use futures::SinkExt;
use grpc_stream::contract::helloworld::{AllStreamReq, ServerStreamResp};
use grpc_stream::contract::{AllStreamService, ClientStreamService, Pace, ServerStreamService};
use grpc_stream_engine::RunningServer;
use grpcio::{CallOption, RpcStatusCode, WriteFlags};
use protobuf::Message;

fn contract_server(lines: &Lines) -> RunningServer {
    server()
        .host(ServerStreamService::contract(
            Pace::new(2, Duration::ZERO),
            lines.transcript(),
        ))
        .host(ClientStreamService::contract(1 << 20, lines.transcript()))
        .host(AllStreamService::contract(
            Pace::new(2, Duration::ZERO),
            lines.transcript(),
        ))
        .start()
        .unwrap()
}

fn options() -> CallOption {
    CallOption::default().timeout(STEP)
}

/// The status of a raw call of each pattern carrying `message`.
fn raw_call_codes(client: &grpcio::Client, message: &[u8]) -> [RpcStatusCode; 3] {
    let server_push = within(STEP, async {
        let mut responses = client
            .server_streaming(&raw::SERVER_STREAM, &message.to_vec(), options())
            .unwrap();
        loop {
            match responses.next().await {
                Some(Ok(_)) => continue,
                Some(Err(e)) => break grpc_stream_engine::Error::from(e).code(),
                None => break RpcStatusCode::OK,
            }
        }
    });
    let client_push = within(STEP, async {
        let (mut sink, reply) = client
            .client_streaming(&raw::CLIENT_STREAM, options())
            .unwrap();
        let _ = sink.send((message.to_vec(), WriteFlags::default())).await;
        let _ = sink.close().await;
        match reply.await {
            Ok(_) => RpcStatusCode::OK,
            Err(e) => grpc_stream_engine::Error::from(e).code(),
        }
    });
    let both_ways = within(STEP, async {
        let (mut sink, mut responses) = client
            .duplex_streaming(&raw::ALL_STREAM, options())
            .unwrap();
        let _ = sink.send((message.to_vec(), WriteFlags::default())).await;
        let _ = sink.close().await;
        loop {
            match responses.next().await {
                Some(Ok(_)) => continue,
                Some(Err(e)) => break grpc_stream_engine::Error::from(e).code(),
                None => break RpcStatusCode::OK,
            }
        }
    });
    [server_push, client_push, both_ways]
}

fn assert_still_serving(server: &RunningServer) {
    let client = connect(server);
    let got: Vec<ServerStreamResp> = within(
        STEP,
        client.server_stream("ok".into()).unwrap().try_collect(),
    )
    .unwrap();
    assert_eq!(got.len(), 2);
}

#[test]
fn bytes_that_are_not_protobuf_get_internal() {
    let _serial = serial();
    let mark = logs::capture();
    let lines = Lines::default();
    let server = contract_server(&lines);
    let client = grpcio::Client::new(connect(&server).channel().clone());

    // A length-delimited field claiming more bytes than there are.
    let codes = raw_call_codes(&client, &[0x0a, 0x7f, b'x']);

    assert_eq!(codes, [RpcStatusCode::INTERNAL; 3]);
    // One line per call, server push included (the engine reads its request).
    assert_eq!(
        logs::wait_for(mark, "INTERNAL: cannot decode the message", 3, STEP).len(),
        3
    );
    assert_still_serving(&server);
}

#[test]
fn data_that_is_not_utf8_gets_internal() {
    let _serial = serial();
    let mark = logs::capture();
    let server = contract_server(&Lines::default());
    let client = grpcio::Client::new(connect(&server).channel().clone());

    let codes = raw_call_codes(&client, &raw::message(&[0xc3, 0x28, 0xff]));

    assert_eq!(codes, [RpcStatusCode::INTERNAL; 3]);
    let logged = logs::wait_for(mark, "invalid UTF-8 sequence", 3, STEP);
    assert_eq!(logged.len(), 3, "{logged:?}");
    assert_still_serving(&server);
}

#[test]
fn unknown_fields_are_ignored() {
    let lines = Lines::default();
    let server = contract_server(&lines);
    let client = grpcio::Client::new(connect(&server).channel().clone());
    // data = "1", then field 2 (varint 5) and field 7 (bytes "zz") we do not know.
    let mut message = raw::message(b"1");
    message.extend_from_slice(&[0x10, 0x05, 0x3a, 0x02, b'z', b'z']);

    let responses: Vec<Vec<u8>> = within(
        STEP,
        client
            .server_streaming(&raw::SERVER_STREAM, &message, options())
            .unwrap()
            .try_collect(),
    )
    .unwrap();

    assert_eq!(responses.len(), 2);
    for bytes in responses {
        assert_eq!(
            ServerStreamResp::parse_from_bytes(&bytes).unwrap().data,
            "1"
        );
    }
    assert_eq!(raw_call_codes(&client, &message), [RpcStatusCode::OK; 3]);
    assert!(lines.get().contains(&"Recv Client Data 1".to_string()));
}

#[test]
fn unknown_methods_and_services_get_unimplemented() {
    let server = contract_server(&Lines::default());
    let client = grpcio::Client::new(connect(&server).channel().clone());
    for name in [
        "/helloworld.ServerStreamServer/Nope",
        "/nope.Service/ServerStream",
    ] {
        let method = grpcio::Method {
            name,
            ..raw::SERVER_STREAM
        };
        let error = within(
            STEP,
            client
                .server_streaming(&method, &raw::message(b"1"), options())
                .unwrap()
                .next(),
        )
        .unwrap()
        .unwrap_err();
        assert_eq!(
            grpc_stream_engine::Error::from(error).code(),
            RpcStatusCode::UNIMPLEMENTED,
            "{name}"
        );
    }
    assert_still_serving(&server);
}

#[test]
fn a_client_push_that_never_ends_hits_the_join_cap() {
    let _serial = serial();
    let mark = logs::capture();
    let server = contract_server(&Lines::default()); // cap: 1 MiB
    let client = connect(&server);

    let endless = stream::repeat("k".repeat(1024)).map(Into::into);
    let error = within(STEP, client.client_stream(endless)).unwrap_err();

    assert_eq!(error.code(), RpcStatusCode::RESOURCE_EXHAUSTED);
    assert_eq!(
        logs::wait_for(
            mark,
            "RESOURCE_EXHAUSTED: the joined reply would exceed",
            1,
            STEP
        )
        .len(),
        1
    );
    assert_still_serving(&server);
}

#[test]
fn a_both_ways_stream_that_never_ends_is_served_in_bounded_memory() {
    let lines = Lines::default();
    let server = contract_server(&lines);
    let client = connect(&server);

    // 20,000 requests without a half-close: the server takes them all (the
    // stream is flow controlled, nothing piles up), and others are served.
    let endless = stream::iter(0..).map(|i: u64| AllStreamReq::from(i.to_string()));
    let mut responses = client.all_stream(endless).unwrap();
    assert!(within(STEP, responses.next()).unwrap().is_ok());
    within(STEP, async {
        while lines.get().len() < 20_000 {
            futures_timer::Delay::new(Duration::from_millis(20)).await;
        }
    });
    assert_still_serving(&server);
    drop(responses);
}

/// Sends `bytes` on a fresh connection and returns what the server sent
/// until it closed the connection (bounded by [`STEP`]).
fn answer_to(server: &RunningServer, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut socket = TcpStream::connect(server.addr())?;
    socket.set_read_timeout(Some(STEP))?;
    socket.write_all(bytes)?;
    let mut answer = Vec::new();
    socket.read_to_end(&mut answer)?;
    Ok(answer)
}

#[test]
fn http1_and_random_bytes_get_the_connection_closed() {
    let server = contract_server(&Lines::default());

    let http1 = answer_to(
        &server,
        b"GET /helloworld.ServerStreamServer/ServerStream HTTP/1.1\r\nHost: x\r\n\r\n",
    )
    .expect("the server closes the connection");
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let random = answer_to(&server, &noise).expect("the server closes the connection");

    // At most the server's own SETTINGS frame, never a response.
    for answer in [http1, random] {
        assert!(answer.len() < 100, "{} bytes", answer.len());
        assert!(
            answer.is_empty() || answer[3] == 0x4,
            "not a SETTINGS frame: {answer:?}"
        );
    }
    assert_still_serving(&server);
}

#[test]
fn a_tcp_reset_in_the_middle_of_a_message_ends_the_call() {
    let _serial = serial();
    let mark = logs::capture();
    let lines = Lines::default();
    let server = contract_server(&lines);

    let calls = [
        ("/helloworld.ClientStreamServer/ClientStream", "7"),
        ("/helloworld.AllStreamServer/AllStream", "8"),
    ];
    for (path, marker) in calls {
        let tcp = TcpStream::connect(server.addr()).unwrap();
        // The server logs this connection as its peer.
        let peer = format!("(peer ipv4:{})", tcp.local_addr().unwrap());
        let socket = socket2::Socket::from(tcp);
        let mut opening = h2::PREFACE.to_vec();
        opening.extend(h2::settings());
        opening.extend(h2::headers(1, path));
        // One whole message, then 10 bytes of a message announced as 100.
        let whole = raw::message(marker.as_bytes());
        let mut data = h2::grpc_prefix(whole.len() as u32);
        data.extend(&whole);
        data.extend(h2::grpc_prefix(100));
        data.extend([b'p'; 10]);
        opening.extend(h2::data(1, &data));
        (&socket).write_all(&opening).unwrap();
        // Wait until the server has the whole first message...
        within(STEP, async {
            while !lines.get().iter().any(|l| l.contains(marker)) {
                futures_timer::Delay::new(Duration::from_millis(10)).await;
            }
        });
        // ...then reset the connection (SO_LINGER 0 sends RST on close).
        socket.set_linger(Some(Duration::ZERO)).unwrap();
        drop(socket);
        let ended = logs::wait_for(
            mark,
            &format!("{path} {peer}: cancelled by the client or connection lost"),
            1,
            STEP,
        );
        assert_eq!(ended.len(), 1, "{path}");
    }
    assert_still_serving(&server);
}

#[test]
fn a_panicking_handler_fails_its_call_with_internal_and_the_server_carries_on() {
    // One handler panics while building its stream, the other mid-stream.
    let at_once = ServerStreamService::new(|request| -> futures::stream::Empty<_> {
        panic!("no stream for {}", request.data)
    });
    let midway = AllStreamService::new(|requests| {
        requests.map(|request| {
            let data = request?.data;
            assert_ne!(data, "boom", "the handler's own bug");
            Ok(data.into())
        })
    });
    let server = server().host(at_once).host(midway).start().unwrap();
    let client = connect(&server);

    let error = within(STEP, client.server_stream("x".into()).unwrap().next())
        .unwrap()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "call failed: INTERNAL: the handler panicked"
    );

    let requests = stream::iter(vec![AllStreamReq::from("fine"), "boom".into()]);
    let items: Vec<_> = within(STEP, client.all_stream(requests).unwrap().collect());
    assert_eq!(items[0].as_ref().unwrap().data, "fine");
    assert_eq!(
        items[1].as_ref().unwrap_err().code(),
        RpcStatusCode::INTERNAL
    );

    // The poll threads survived: both services still answer.
    let again: Vec<_> = within(
        STEP,
        client
            .all_stream(stream::iter(vec![AllStreamReq::from("ok")]))
            .unwrap()
            .collect(),
    );
    assert_eq!(again[0].as_ref().unwrap().data, "ok");
}
