//! gRPC's interop test client: runs the interop cases (gRPC's
//! `doc/interop-test-descriptions.md`) against any implementation's
//! `grpc.testing.TestService`, written as an embedder would: the generated
//! client for the calls, `grpc_stream_engine::Client` for connecting and for
//! streaming calls with read-ahead and flow control.
//!
//! Prints `PASS <case>` or `FAIL <case>: <why>` per case; exits 1 if any failed.

#[path = "interop/testing.rs"]
mod testing;

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use futures::channel::mpsc;
use futures::sink::SinkExt;
use futures::stream::{self, StreamExt, TryStreamExt};
use grpc_stream::programs::{self, print_line};
use grpc_stream_engine::{status_line, Client, ClientConfig, Error, ResponseStream};
use grpcio::{CallOption, MetadataBuilder, RpcStatusCode, WriteFlags};
use testing::{
    zeros, EchoStatus, Empty, ResponseParameters, SimpleRequest, StreamingInputCallRequest,
    StreamingOutputCallRequest, StreamingOutputCallResponse, TestServiceClient,
    UnimplementedServiceClient, ECHO_INITIAL, ECHO_TRAILING,
};

/// Every case this client knows, in the order `all` runs them.
const CASES: &[&str] = &[
    "empty_unary",
    "large_unary",
    "client_streaming",
    "server_streaming",
    "ping_pong",
    "empty_stream",
    "cancel_after_begin",
    "cancel_after_first_response",
    "timeout_on_sleeping_server",
    "status_code_and_message",
    "special_status_message",
    "custom_metadata",
    "unimplemented_method",
    "unimplemented_service",
];

#[derive(Parser)]
#[command(about = "gRPC interop test client (grpc.testing.TestService)")]
struct Flags {
    /// The server's host
    #[arg(long = "server_host", default_value = "localhost")]
    server_host: String,
    /// The server's port
    #[arg(long = "server_port", default_value_t = 10000)]
    server_port: u16,
    /// Cases to run, comma-separated, or `all`
    #[arg(long = "test_case", default_value = "all")]
    test_case: String,
    /// Deadline of each call (the cases that test deadlines set their own)
    #[arg(long, default_value = "30s", value_parser = programs::parse_duration)]
    timeout: Duration,
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    programs::init_logging();
    let cases: Vec<&str> = match flags.test_case.as_str() {
        "all" => CASES.to_vec(),
        list => list.split(',').map(str::trim).collect(),
    };
    if let Some(unknown) = cases.iter().find(|case| !CASES.contains(case)) {
        eprintln!(
            "interop_client: unknown test case {unknown:?}; known: {}",
            CASES.join(", ")
        );
        return ExitCode::FAILURE;
    }
    let target = format!("{}:{}", flags.server_host, flags.server_port);
    let config = ClientConfig {
        call_timeout: Some(flags.timeout),
        ..ClientConfig::default()
    };
    let client = match futures_executor::block_on(Client::connect(&target, &config)) {
        Ok(client) => client,
        Err(e) => {
            eprintln!("interop_client: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = 0;
    for case in cases {
        match futures_executor::block_on(run(&client, case)) {
            Ok(()) => print_line(format!("PASS {case}")),
            Err(why) => {
                failed += 1;
                print_line(format!("FAIL {case}: {why}"));
            }
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A case's verdict: `Err` says what was wrong.
type Verdict = Result<(), String>;

async fn run(client: &Client, case: &str) -> Verdict {
    let stub = TestServiceClient::new(client.channel().clone());
    match case {
        "empty_unary" => empty_unary(client, &stub).await,
        "large_unary" => large_unary(client, &stub).await,
        "client_streaming" => client_streaming(client, &stub).await,
        "server_streaming" => server_streaming(client, &stub).await,
        "ping_pong" => ping_pong(client, &stub).await,
        "empty_stream" => empty_stream(client, &stub).await,
        "cancel_after_begin" => cancel_after_begin(client, &stub).await,
        "cancel_after_first_response" => cancel_after_first_response(client, &stub).await,
        "timeout_on_sleeping_server" => timeout_on_sleeping_server(client, &stub).await,
        "status_code_and_message" => status_code_and_message(client, &stub).await,
        "special_status_message" => special_status_message(client, &stub).await,
        "custom_metadata" => custom_metadata(client, &stub).await,
        "unimplemented_method" => unimplemented_method(client, &stub).await,
        "unimplemented_service" => unimplemented_service(client).await,
        other => Err(format!("no such case {other:?}")),
    }
}

/// The request sizes of the streaming cases, and the response sizes.
const REQUEST_SIZES: [usize; 4] = [27182, 8, 1828, 45904];
const RESPONSE_SIZES: [i32; 4] = [31415, 9, 2653, 58979];

async fn empty_unary(client: &Client, stub: &TestServiceClient) -> Verdict {
    let reply = stub
        .empty_call_async_opt(&Empty::new(), client.call_options())
        .map_err(failed)?
        .await
        .map_err(failed)?;
    expect(reply == Empty::new(), "the reply is not empty")
}

fn large_request() -> SimpleRequest {
    let mut request = SimpleRequest::new();
    request.response_size = 314159;
    request.set_payload(zeros(271828));
    request
}

async fn large_unary(client: &Client, stub: &TestServiceClient) -> Verdict {
    let reply = stub
        .unary_call_async_opt(&large_request(), client.call_options())
        .map_err(failed)?
        .await
        .map_err(failed)?;
    expect(
        reply.get_payload().body == vec![0; 314159],
        "the payload is not 314159 zeros",
    )
}

async fn client_streaming(client: &Client, stub: &TestServiceClient) -> Verdict {
    let requests = REQUEST_SIZES.map(|size| {
        let mut request = StreamingInputCallRequest::new();
        request.set_payload(zeros(size));
        request
    });
    let call = stub
        .streaming_input_call_opt(client.call_options())
        .map_err(failed)?;
    let reply = client
        .client_streaming(call, stream::iter(requests))
        .await
        .map_err(|e| e.to_string())?;
    expect(
        reply.aggregated_payload_size == 74922,
        &format!(
            "aggregated size {}, not 74922",
            reply.aggregated_payload_size
        ),
    )
}

/// A request for one response per size.
fn asking_for(sizes: &[i32], payload: usize) -> StreamingOutputCallRequest {
    let mut request = StreamingOutputCallRequest::new();
    for &size in sizes {
        let mut parameters = ResponseParameters::new();
        parameters.size = size;
        request.response_parameters.push(parameters);
    }
    if payload > 0 {
        request.set_payload(zeros(payload));
    }
    request
}

async fn server_streaming(client: &Client, stub: &TestServiceClient) -> Verdict {
    let call = stub
        .streaming_output_call_opt(&asking_for(&RESPONSE_SIZES, 0), client.call_options())
        .map_err(failed)?;
    let responses: Vec<_> = client
        .server_streaming(call)
        .try_collect()
        .await
        .map_err(|e: Error| e.to_string())?;
    expect_sizes(&responses, &RESPONSE_SIZES)
}

fn expect_sizes(responses: &[StreamingOutputCallResponse], sizes: &[i32]) -> Verdict {
    let got: Vec<usize> = responses
        .iter()
        .map(|r| r.get_payload().body.len())
        .collect();
    let want: Vec<usize> = sizes.iter().map(|&s| s as usize).collect();
    expect(
        got == want,
        &format!("response sizes {got:?}, not {want:?}"),
    )
}

/// A both-ways call whose requests the case sends one at a time.
fn duplex_by_hand(
    client: &Client,
    stub: &TestServiceClient,
    options: CallOption,
) -> Result<
    (
        mpsc::Sender<StreamingOutputCallRequest>,
        ResponseStream<StreamingOutputCallResponse>,
    ),
    String,
> {
    let call = stub.full_duplex_call_opt(options).map_err(failed)?;
    let (requests, queued) = mpsc::channel(1);
    Ok((requests, client.duplex(call, queued)))
}

async fn ping_pong(client: &Client, stub: &TestServiceClient) -> Verdict {
    let (mut requests, mut responses) = duplex_by_hand(client, stub, client.call_options())?;
    for (size, payload) in RESPONSE_SIZES.into_iter().zip(REQUEST_SIZES) {
        requests
            .send(asking_for(&[size], payload))
            .await
            .map_err(|_| "the call ended while sending".to_string())?;
        match responses.next().await {
            Some(Ok(response)) => expect_sizes(&[response], &[size])?,
            Some(Err(e)) => return Err(e.to_string()),
            None => return Err("the call ended early".into()),
        }
    }
    drop(requests);
    match responses.next().await {
        None => Ok(()),
        Some(Ok(_)) => Err("a fifth response".into()),
        Some(Err(e)) => Err(e.to_string()),
    }
}

async fn empty_stream(client: &Client, stub: &TestServiceClient) -> Verdict {
    let call = stub
        .full_duplex_call_opt(client.call_options())
        .map_err(failed)?;
    let responses: Vec<_> = client
        .duplex(call, stream::empty())
        .try_collect()
        .await
        .map_err(|e: Error| e.to_string())?;
    expect(responses.is_empty(), "responses to no request")
}

async fn cancel_after_begin(client: &Client, stub: &TestServiceClient) -> Verdict {
    // Straight grpcio: the engine's client-push call is a future, whose
    // cancellation is dropping it; this case needs the status afterwards.
    let (mut sink, reply) = stub
        .streaming_input_call_opt(client.call_options())
        .map_err(failed)?;
    sink.cancel();
    expect_code(reply.await.map_err(Error::from), RpcStatusCode::CANCELLED)
}

async fn cancel_after_first_response(client: &Client, stub: &TestServiceClient) -> Verdict {
    let (mut requests, mut responses) = duplex_by_hand(client, stub, client.call_options())?;
    requests
        .send(asking_for(&[31415], 27182))
        .await
        .map_err(|_| "the call ended while sending".to_string())?;
    match responses.next().await {
        Some(Ok(response)) => expect_sizes(&[response], &[31415])?,
        Some(Err(e)) => return Err(e.to_string()),
        None => return Err("the call ended early".into()),
    }
    responses.cancel();
    match responses.next().await {
        Some(result) => expect_code(result, RpcStatusCode::CANCELLED),
        None => Err("the call ended without a status".into()),
    }
}

async fn timeout_on_sleeping_server(client: &Client, stub: &TestServiceClient) -> Verdict {
    let call = stub
        .full_duplex_call_opt(CallOption::default().timeout(Duration::from_millis(1)))
        .map_err(failed)?;
    let request = stream::iter([asking_for(&[], 27182)]).chain(stream::pending());
    let mut responses = client.duplex(call, request);
    match responses.next().await {
        Some(result) => expect_code(result, RpcStatusCode::DEADLINE_EXCEEDED),
        None => Err("the call ended with OK".into()),
    }
}

/// A request asking to end the call with UNKNOWN and `message`.
fn status_of(message: &str) -> EchoStatus {
    let mut status = EchoStatus::new();
    status.code = 2;
    status.message = message.into();
    status
}

async fn expect_echoed_status(client: &Client, stub: &TestServiceClient, message: &str) -> Verdict {
    let mut unary = SimpleRequest::new();
    unary.set_response_status(status_of(message));
    let reply = stub
        .unary_call_async_opt(&unary, client.call_options())
        .map_err(failed)?
        .await
        .map_err(Error::from);
    expect_status(reply, message)?;

    let mut streamed = StreamingOutputCallRequest::new();
    streamed.set_response_status(status_of(message));
    let call = stub
        .full_duplex_call_opt(client.call_options())
        .map_err(failed)?;
    let mut responses = client.duplex(call, stream::iter([streamed]));
    match responses.next().await {
        Some(result) => expect_status(result, message),
        None => Err("the both-ways call ended with OK".into()),
    }
}

async fn status_code_and_message(client: &Client, stub: &TestServiceClient) -> Verdict {
    expect_echoed_status(client, stub, "test status message").await
}

async fn special_status_message(client: &Client, stub: &TestServiceClient) -> Verdict {
    let message = "\t\ntest with whitespace\r\nand Unicode BMP \u{263A} and non-BMP \u{1F608}\t\n";
    expect_echoed_status(client, stub, message).await
}

async fn custom_metadata(client: &Client, stub: &TestServiceClient) -> Verdict {
    let options = || -> Result<CallOption, String> {
        let mut headers = MetadataBuilder::new();
        headers
            .add_str(ECHO_INITIAL, "test_initial_metadata_value")
            .and_then(|h| h.add_bytes(ECHO_TRAILING, &[0xab, 0xab, 0xab]))
            .map_err(failed)?;
        Ok(client.call_options().headers(headers.build()))
    };
    // Straight grpcio for the metadata: its receivers hold the headers and,
    // for unary and client-push calls, the trailers.
    let mut reply = stub
        .unary_call_async_opt(&large_request(), options()?)
        .map_err(failed)?;
    let headers = reply.headers().await.map_err(failed)?.clone();
    let trailers = reply.trailers().await.map_err(failed)?.clone();
    let message = reply.message().await.map_err(failed)?;
    expect(
        message.get_payload().body.len() == 314159,
        "the unary reply's payload",
    )?;
    expect_header(
        &headers,
        ECHO_INITIAL,
        b"test_initial_metadata_value",
        "unary headers",
    )?;

    let (mut sink, mut responses) = stub.full_duplex_call_opt(options()?).map_err(failed)?;
    sink.send((asking_for(&[314159], 271828), WriteFlags::default()))
        .await
        .map_err(failed)?;
    grpc_stream_engine::half_close(&mut sink)
        .await
        .map_err(failed)?;
    let streamed_headers = responses.headers().await.map_err(failed)?.clone();
    let streamed: Vec<_> = responses.try_collect().await.map_err(failed)?;
    expect_sizes(&streamed, &[314159])?;
    expect_header(
        &streamed_headers,
        ECHO_INITIAL,
        b"test_initial_metadata_value",
        "both-ways headers",
    )?;
    expect_header(
        &trailers,
        ECHO_TRAILING,
        &[0xab, 0xab, 0xab],
        "unary trailers",
    )?;

    // grpcio's server-push and both-ways receivers expose no trailers; a
    // client-push call's do.
    let (mut sink, mut reply) = stub.streaming_input_call_opt(options()?).map_err(failed)?;
    let mut request = StreamingInputCallRequest::new();
    request.set_payload(zeros(271828));
    sink.send((request, WriteFlags::default()))
        .await
        .map_err(failed)?;
    grpc_stream_engine::half_close(&mut sink)
        .await
        .map_err(failed)?;
    let pushed_headers = reply.headers().await.map_err(failed)?.clone();
    let pushed_trailers = reply.trailers().await.map_err(failed)?.clone();
    let total = reply.message().await.map_err(failed)?;
    expect(
        total.aggregated_payload_size == 271828,
        "the client-push reply's total",
    )?;
    expect_header(
        &pushed_headers,
        ECHO_INITIAL,
        b"test_initial_metadata_value",
        "client-push headers",
    )?;
    expect_header(
        &pushed_trailers,
        ECHO_TRAILING,
        &[0xab, 0xab, 0xab],
        "client-push trailers",
    )
}

async fn unimplemented_method(client: &Client, stub: &TestServiceClient) -> Verdict {
    let reply = stub
        .unimplemented_call_async_opt(&Empty::new(), client.call_options())
        .map_err(failed)?
        .await;
    expect_code(reply.map_err(Error::from), RpcStatusCode::UNIMPLEMENTED)
}

async fn unimplemented_service(client: &Client) -> Verdict {
    let stub = UnimplementedServiceClient::new(client.channel().clone());
    let reply = stub
        .unimplemented_call_async_opt(&Empty::new(), client.call_options())
        .map_err(failed)?
        .await;
    expect_code(reply.map_err(Error::from), RpcStatusCode::UNIMPLEMENTED)
}

fn expect(ok: bool, otherwise: &str) -> Verdict {
    if ok {
        Ok(())
    } else {
        Err(otherwise.to_string())
    }
}

fn expect_code<T>(result: Result<T, Error>, code: RpcStatusCode) -> Verdict {
    match result {
        Err(e) if e.code() == code => Ok(()),
        Err(e) => Err(format!(
            "expected {}, got {e}",
            grpc_stream_engine::code_name(code)
        )),
        Ok(_) => Err(format!(
            "expected {}, got OK",
            grpc_stream_engine::code_name(code)
        )),
    }
}

fn expect_status<T>(result: Result<T, Error>, message: &str) -> Verdict {
    match result {
        Err(Error::Status(status))
            if status.code() == RpcStatusCode::UNKNOWN && status.message() == message =>
        {
            Ok(())
        }
        Err(Error::Status(status)) => Err(format!(
            "expected UNKNOWN: {message:?}, got {}",
            status_line(&status)
        )),
        Err(e) => Err(e.to_string()),
        Ok(_) => Err("expected UNKNOWN, got OK".into()),
    }
}

fn expect_header(headers: &grpcio::Metadata, key: &str, value: &[u8], in_what: &str) -> Verdict {
    let found = headers
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, v)| v);
    match found {
        Some(found) if found == value => Ok(()),
        Some(found) => Err(format!("{in_what}: {key} is {found:?}, not {value:?}")),
        None => Err(format!("{in_what}: no {key}")),
    }
}

/// A grpcio error as the case's failure.
fn failed(e: grpcio::Error) -> String {
    Error::from(e).to_string()
}
