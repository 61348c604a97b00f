//! `bench floor`: the three helloworld services written directly on grpcio,
//! as fast as we know how, with none of grpc-stream's engine: the floor our
//! servers are measured against in the same run (BENCHMARKS.md, "The floor").
//!
//! What makes it fast: every response is encoded once per call and sent as
//! a shared slice; one `send_all` per call with `enhance_batch` (grpcio's
//! write coalescing) and buffer hints; no stream adapters, no per-message
//! logging or counting; the same HTTP/2 write buffer as ours. What it keeps,
//! so the comparison is like for like: the same 4 MiB receive limit (the C
//! core's size filter, which also costs the most per message) and the same
//! behaviour as the contract's servers, message for message: ServerStream
//! echoes the request `count` times, ClientStream answers the join of the
//! requests, AllStream sends `count` messages of `size` bytes while it reads.

use std::sync::Arc;

use futures::future;
use futures::sink::SinkExt;
use futures::stream::{self, StreamExt, TryStreamExt};
use grpc_stream::contract::helloworld::{
    create_client_stream_server, AllStreamReq, AllStreamResp, ClientStreamReq, ClientStreamResp,
    ClientStreamServer, ServerStreamReq, ServerStreamResp,
};
use grpcio::{
    ChannelBuilder, ClientStreamingSink, DuplexSink, EnvBuilder, GrpcSlice, Marshaller,
    MessageReader, Method, MethodType, RequestStream, RpcContext, RpcStatus, RpcStatusCode,
    ServerBuilder, ServerCredentials, ServerStreamingSink, ServiceBuilder, WriteFlags,
};

/// How the floor server runs.
pub struct Floor {
    /// Messages a ServerStream or AllStream call sends.
    pub count: usize,
    /// Bytes of data in each AllStream response.
    pub size: usize,
    /// Poll threads (one completion queue each).
    pub poll_threads: usize,
}

/// The engine's HTTP/2 write buffer (256 KiB; BENCHMARKS.md), so the floor
/// differs from our servers only in the engine's own code.
const HTTP2_WRITE_BUFFER: i32 = 256 * 1024;

/// An already encoded message: grpcio sends the slice as it is.
fn pass(bytes: &GrpcSlice, buf: &mut GrpcSlice) -> grpcio::Result<()> {
    *buf = bytes.clone();
    Ok(())
}

/// Never called (the floor only serves), but a method needs both halves.
fn unread(_: MessageReader) -> grpcio::Result<GrpcSlice> {
    Err(grpcio::Error::Codec(
        "the floor does not read responses".into(),
    ))
}

/// A method whose requests are protobuf messages and whose responses are
/// sent as already encoded bytes.
const fn pre_encoded<Req: protobuf::Message>(
    ty: MethodType,
    name: &'static str,
) -> Method<Req, GrpcSlice> {
    Method {
        ty,
        name,
        req_mar: Marshaller {
            ser: grpcio::pb_ser,
            de: grpcio::pb_de,
        },
        resp_mar: Marshaller {
            ser: pass,
            de: unread,
        },
    }
}

const SERVER_STREAM: Method<ServerStreamReq, GrpcSlice> = pre_encoded(
    MethodType::ServerStreaming,
    "/helloworld.ServerStreamServer/ServerStream",
);

const ALL_STREAM: Method<AllStreamReq, GrpcSlice> =
    pre_encoded(MethodType::Duplex, "/helloworld.AllStreamServer/AllStream");

fn encoded(message: &impl protobuf::Message) -> GrpcSlice {
    let mut bytes = GrpcSlice::default();
    // A message of this benchmark is far below the 4 GiB encoding limit.
    let _ = grpcio::pb_ser(message, &mut bytes);
    bytes
}

/// `count` copies of `bytes`, every one with the buffer hint (grpcio sends
/// the last of a burst without it when it flushes).
fn copies(
    bytes: GrpcSlice,
    count: usize,
) -> impl futures::Stream<Item = grpcio::Result<(GrpcSlice, WriteFlags)>> {
    stream::iter(std::iter::repeat_n(bytes, count))
        .map(|bytes| Ok((bytes, WriteFlags::default().buffer_hint(true))))
}

fn server_stream(
    ctx: RpcContext<'_>,
    request: ServerStreamReq,
    mut sink: ServerStreamingSink<GrpcSlice>,
    count: usize,
) {
    let bytes = encoded(&ServerStreamResp::from(request.data));
    ctx.spawn(async move {
        sink.enhance_batch(true);
        if sink.send_all(&mut copies(bytes, count)).await.is_ok() {
            let _ = sink.close().await;
        }
    });
}

fn all_stream(
    ctx: RpcContext<'_>,
    requests: RequestStream<AllStreamReq>,
    mut sink: DuplexSink<GrpcSlice>,
    response: GrpcSlice,
    count: usize,
) {
    ctx.spawn(async move {
        sink.enhance_batch(true);
        let mut responses = copies(response, count);
        let sending = sink.send_all(&mut responses);
        let reading = requests.try_for_each(|_| future::ready(Ok(())));
        if let (Ok(()), Ok(())) = future::join(sending, reading).await {
            let _ = sink.close().await;
        }
    });
}

#[derive(Clone)]
struct Join;

impl ClientStreamServer for Join {
    fn client_stream(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<ClientStreamReq>,
        sink: ClientStreamingSink<ClientStreamResp>,
    ) {
        ctx.spawn(async move {
            let joined = requests
                .try_fold((String::new(), 0usize), |(mut joined, parts), request| {
                    if parts > 0 {
                        joined.push(',');
                    }
                    joined.push_str(&request.data);
                    future::ready(Ok((joined, parts + 1)))
                })
                .await;
            let _ = match joined {
                Ok((joined, _)) => sink.success(ClientStreamResp::from(joined)).await,
                Err(e) => {
                    let status = RpcStatus::with_message(RpcStatusCode::INTERNAL, e.to_string());
                    sink.fail(status).await
                }
            };
        });
    }
}

/// Serves until the process is killed; says "floor listening on ADDR" on
/// stderr once ready.
pub fn serve(addr: &str, floor: Floor) -> Result<(), String> {
    let env = Arc::new(
        EnvBuilder::new()
            .cq_count(floor.poll_threads.max(1))
            .name_prefix("floor-poll")
            .build(),
    );
    let args = ChannelBuilder::new(Arc::clone(&env))
        .max_receive_message_len(4 << 20)
        .max_send_message_len(-1)
        .http2_write_buffer_size(HTTP2_WRITE_BUFFER)
        .build_args();
    let count = floor.count;
    let response = encoded(&AllStreamResp::from(grpc_stream::programs::padded(
        "0".into(),
        floor.size,
    )));
    let push = ServiceBuilder::new()
        .add_server_streaming_handler(&SERVER_STREAM, move |ctx, request, sink| {
            server_stream(ctx, request, sink, count)
        })
        .build();
    let both = ServiceBuilder::new()
        .add_duplex_streaming_handler(&ALL_STREAM, move |ctx, requests, sink| {
            all_stream(ctx, requests, sink, response.clone(), count)
        })
        .build();
    let mut server = ServerBuilder::new(env)
        .channel_args(args)
        .register_service(push)
        .register_service(create_client_stream_server(Join))
        .register_service(both)
        .build()
        .map_err(|e| e.to_string())?;
    let port = server
        .add_listening_port(addr, ServerCredentials::insecure())
        .map_err(|e| e.to_string())?;
    server.start();
    let host = addr.rsplit_once(':').map_or(addr, |(host, _)| host);
    eprintln!("floor listening on {host}:{port}");
    loop {
        std::thread::park();
    }
}
