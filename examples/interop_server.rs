//! gRPC's interop test server (`grpc.testing.TestService`, the service every
//! gRPC implementation's interop client tests against), written as an
//! embedder would: the generated trait, each method one call into
//! `grpc_stream_engine::serve`, hosted by `grpc_stream_engine::ServerBuilder`.
//!
//! `--port N` listens on every interface at N, like other implementations'
//! interop servers; `--addr` and the other server flags work as in the
//! contract's programs.

#[path = "interop/testing.rs"]
mod testing;

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use futures_timer::Delay;
use grpc_stream::programs::{self, ServerFlags};
use grpc_stream_engine::{serve, Call, Incoming};
use grpcio::{
    ClientStreamingSink, DuplexSink, MetadataBuilder, RequestStream, RpcContext, RpcStatus,
    RpcStatusCode, ServerStreamingSink, UnarySink,
};
use testing::{
    create_test_service, zeros, EchoStatus, Empty, ResponseParameters, SimpleRequest,
    SimpleResponse, StreamingInputCallRequest, StreamingInputCallResponse,
    StreamingOutputCallRequest, StreamingOutputCallResponse, TestService, ECHO_INITIAL,
    ECHO_TRAILING,
};

/// The interop servers' customary port.
const DEFAULT_PORT: u16 = 10000;

#[derive(Parser)]
#[command(about = "gRPC interop test server (grpc.testing.TestService)")]
struct Flags {
    /// Listen on 0.0.0.0 at this port (the interop flag; overrides --addr)
    #[arg(long)]
    port: Option<u16>,
    #[command(flatten)]
    server: ServerFlags,
}

fn main() -> ExitCode {
    let mut flags = Flags::parse();
    programs::init_logging();
    if let Some(port) = flags.port {
        flags.server.addr = Some(format!("0.0.0.0:{port}"));
    }
    flags
        .server
        .serve("interop_server", DEFAULT_PORT, |server| {
            server
                .service("grpc.testing.TestService", create_test_service(Interop))
                .file_descriptor_set(
                    &include_bytes!(concat!(env!("OUT_DIR"), "/grpc_testing.desc"))[..],
                )
        })
}

/// The TestService: every answer is what the request asks for.
#[derive(Clone)]
struct Interop;

/// A response stream, as the duplex methods build it from parts.
type Responses = BoxStream<'static, Result<StreamingOutputCallResponse, RpcStatus>>;

impl TestService for Interop {
    fn empty_call(&mut self, ctx: RpcContext<'_>, _: Empty, sink: UnarySink<Empty>) {
        serve::unary(ctx, Empty::new(), sink, |call, empty| async move {
            echo_metadata(&call);
            Ok(empty)
        });
    }

    fn unary_call(
        &mut self,
        ctx: RpcContext<'_>,
        request: SimpleRequest,
        sink: UnarySink<SimpleResponse>,
    ) {
        serve::unary(ctx, request, sink, |call, request| async move {
            echo_metadata(&call);
            requested_status(request.response_status.as_ref())?;
            let mut response = SimpleResponse::new();
            response.set_payload(zeros(size(request.response_size)?));
            Ok(response)
        });
    }

    fn streaming_output_call(
        &mut self,
        ctx: RpcContext<'_>,
        request: StreamingOutputCallRequest,
        sink: ServerStreamingSink<StreamingOutputCallResponse>,
    ) {
        serve::server_streaming(ctx, request, sink, |call, request| {
            echo_metadata(&call);
            answers(request)
        });
    }

    fn streaming_input_call(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<StreamingInputCallRequest>,
        sink: ClientStreamingSink<StreamingInputCallResponse>,
    ) {
        serve::client_streaming(ctx, requests, sink, |call, requests| async move {
            echo_metadata(&call);
            let total = requests
                .try_fold(0usize, |total, request| async move {
                    Ok(total + request.payload.as_ref().map_or(0, |p| p.body.len()))
                })
                .await?;
            let mut response = StreamingInputCallResponse::new();
            response.aggregated_payload_size = i32::try_from(total).unwrap_or(i32::MAX);
            Ok(response)
        });
    }

    fn full_duplex_call(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<StreamingOutputCallRequest>,
        sink: DuplexSink<StreamingOutputCallResponse>,
    ) {
        serve::duplex(ctx, requests, sink, |call, requests| {
            echo_metadata(&call);
            each_answered(requests)
        });
    }

    fn half_duplex_call(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<StreamingOutputCallRequest>,
        sink: DuplexSink<StreamingOutputCallResponse>,
    ) {
        serve::duplex(ctx, requests, sink, |call, requests: Incoming<_>| {
            echo_metadata(&call);
            // Everything first (the client half-closes), then every answer.
            let all = requests.try_collect::<Vec<_>>();
            stream::once(all)
                .map(|requests| match requests {
                    Ok(requests) => each_answered(stream::iter(requests.into_iter().map(Ok))),
                    Err(status) => stream::once(async { Err(status) }).boxed(),
                })
                .flatten()
        });
    }

    fn unimplemented_call(&mut self, ctx: RpcContext<'_>, request: Empty, sink: UnarySink<Empty>) {
        serve::unary(ctx, request, sink, |_call, _| async {
            Err(RpcStatus::new(RpcStatusCode::UNIMPLEMENTED))
        });
    }
}

/// Each request's answers in turn, for both duplex methods.
fn each_answered<S>(requests: S) -> Responses
where
    S: futures::Stream<Item = Result<StreamingOutputCallRequest, RpcStatus>> + Send + 'static,
{
    requests
        .map(|request| match request {
            Ok(request) => answers(request),
            Err(status) => stream::once(async { Err(status) }).boxed(),
        })
        .flatten()
        .boxed()
}

/// One request's responses (each after its interval), then the status it
/// asks for, if any.
fn answers(request: StreamingOutputCallRequest) -> Responses {
    let status = request.response_status.into_option();
    let responses = stream::iter(request.response_parameters.into_vec()).then(respond);
    let end = stream::iter(requested_status(status.as_ref()).err().map(Err));
    responses.chain(end).boxed()
}

/// The response one `ResponseParameters` asks for.
async fn respond(parameters: ResponseParameters) -> Result<StreamingOutputCallResponse, RpcStatus> {
    if parameters.interval_us > 0 {
        Delay::new(Duration::from_micros(
            parameters.interval_us.unsigned_abs().into(),
        ))
        .await;
    }
    let mut response = StreamingOutputCallResponse::new();
    response.set_payload(zeros(size(parameters.size)?));
    Ok(response)
}

/// The status a request asks the call to end with (`Ok` for none or OK).
fn requested_status(status: Option<&EchoStatus>) -> Result<(), RpcStatus> {
    match status {
        Some(status) if status.code != 0 => {
            Err(RpcStatus::with_message(status.code, status.message.clone()))
        }
        _ => Ok(()),
    }
}

/// A requested payload size, refused when negative.
fn size(requested: i32) -> Result<usize, RpcStatus> {
    usize::try_from(requested).map_err(|_| {
        RpcStatus::with_message(
            RpcStatusCode::INVALID_ARGUMENT,
            format!("payload size {requested} is negative"),
        )
    })
}

/// The `custom_metadata` case: the client's `x-grpc-test-echo-initial` comes
/// back in the response headers, its `x-grpc-test-echo-trailing-bin` in the
/// trailers.
fn echo_metadata(call: &Call) {
    if let Some(value) = call.request_header(ECHO_INITIAL) {
        let mut headers = MetadataBuilder::new();
        let added = match std::str::from_utf8(value) {
            Ok(text) => headers.add_str(ECHO_INITIAL, text).is_ok(),
            Err(_) => false,
        };
        if added {
            call.set_response_headers(headers.build());
        }
    }
    if let Some(value) = call.request_header(ECHO_TRAILING) {
        let mut trailers = MetadataBuilder::new();
        if trailers.add_bytes(ECHO_TRAILING, value).is_ok() {
            call.set_response_trailers(trailers.build());
        }
    }
}
