//! Server push (`/helloworld.ServerStreamServer/ServerStream`): one request
//! in, a stream of responses out.

use std::sync::Arc;
use std::time::Duration;

use futures::stream::{BoxStream, Stream, StreamExt};
use grpcio::{Marshaller, Method, MethodType, RpcStatus, ServiceBuilder};

use super::helloworld::{ServerStreamReq, ServerStreamResp};
use super::pace::Pace;
use super::transcript::{self, Transcript};
use grpc_stream_engine::wire::{self, Encoded, Wire};
use grpc_stream_engine::{serve, status_of, NamedService};

/// The method as registered by [`ServerStreamService::into_service`]:
/// responses may be sent pre-encoded, and grpcio sees a both-ways method, so
/// the engine reads the request itself within a time limit
/// (`serve::server_streaming_as_duplex`; the wire is the same).
const SERVER_STREAM: Method<ServerStreamReq, Wire<ServerStreamResp>> = Method {
    ty: MethodType::Duplex,
    name: "/helloworld.ServerStreamServer/ServerStream",
    req_mar: Marshaller {
        ser: grpcio::pb_ser,
        // A request that does not decode reaches the engine as an error, which
        // ends the call with INTERNAL and logs it like the other patterns.
        de: grpcio::pb_de,
    },
    resp_mar: Marshaller {
        ser: wire::serialize,
        de: wire::deserialize,
    },
};

/// One call's responses, pre-encoded or not.
type Responses = BoxStream<'static, Result<Wire<ServerStreamResp>, RpcStatus>>;

type Produce = dyn Fn(ServerStreamReq) -> Responses + Send + Sync;

/// The ServerStream service: turns each request into a stream of responses.
///
/// The stream is pulled one message at a time as the client takes them (flow
/// control), and dropped as soon as the client goes away.
///
/// ```
/// use futures::{stream, StreamExt, TryStreamExt};
/// use grpc_stream::contract::{ServerStreamService, StreamClient};
/// use grpc_stream_engine::{ClientConfig, ServerBuilder};
///
/// // Counts down from the number in the request.
/// let countdown = ServerStreamService::new(|request| {
///     let from: u32 = request.data.parse().unwrap_or(0);
///     stream::iter((0..=from).rev()).map(|n| Ok(n.to_string().into()))
/// });
/// let server = ServerBuilder::new("127.0.0.1:0").host(countdown).start()?;
///
/// futures_executor::block_on(async {
///     let client = StreamClient::connect(server.addr(), &ClientConfig::default()).await?;
///     let replies: Vec<_> = client.server_stream("3".into())?.try_collect().await?;
///     let data: Vec<_> = replies.iter().map(|r| r.data.as_str()).collect();
///     assert_eq!(data, ["3", "2", "1", "0"]);
///     Ok::<_, grpc_stream_engine::Error>(())
/// })?;
/// server.shutdown(std::time::Duration::from_secs(1));
/// # Ok::<_, grpc_stream_engine::Error>(())
/// ```
#[derive(Clone)]
pub struct ServerStreamService {
    /// Turns a request into its responses.
    produce: Arc<Produce>,
    /// How long a call may go without its request.
    first_message_timeout: Duration,
}

impl ServerStreamService {
    /// A service whose calls answer `produce(request)`: each `Ok` is one
    /// response, an `Err` ends the call with that status, the end of the
    /// stream ends it with OK.
    pub fn new<F, S>(produce: F) -> Self
    where
        F: Fn(ServerStreamReq) -> S + Send + Sync + 'static,
        S: Stream<Item = Result<ServerStreamResp, RpcStatus>> + Send + 'static,
    {
        Self::with_wire(move |request| produce(request).map(|response| response.map(Wire::Message)))
    }

    /// Like [`ServerStreamService::new`], with responses that may be
    /// encoded beforehand ([`Encoded`]): a message sent many times is encoded
    /// once and never copied again.
    pub fn with_wire<F, S>(produce: F) -> Self
    where
        F: Fn(ServerStreamReq) -> S + Send + Sync + 'static,
        S: Stream<Item = Result<Wire<ServerStreamResp>, RpcStatus>> + Send + 'static,
    {
        ServerStreamService {
            produce: Arc::new(move |request| produce(request).boxed()),
            first_message_timeout: serve::DEFAULT_FIRST_MESSAGE_TIMEOUT,
        }
    }

    /// How long a call may go without its request before it ends with
    /// DEADLINE_EXCEEDED [default: [`serve::DEFAULT_FIRST_MESSAGE_TIMEOUT`], 10 s].
    pub fn first_message_timeout(mut self, timeout: Duration) -> Self {
        self.first_message_timeout = timeout;
        self
    }

    /// The contract's behaviour: writes `Recv Client Data <data>`, then sends
    /// the request's data back `pace.count` times, `pace.interval` apart
    /// (encoded once).
    pub fn contract(pace: Pace, transcript: Transcript) -> Self {
        Self::with_wire(move |request: ServerStreamReq| {
            transcript.line(|| transcript::server_stream_request(&request.data));
            match Encoded::new(ServerStreamResp::from(request.data)) {
                Ok(response) => pace
                    .stream(std::iter::repeat(Wire::Encoded(response)))
                    .map(Ok)
                    .boxed(),
                Err(e) => futures::stream::once(async move { Err(status_of(&e)) }).boxed(),
            }
        })
    }
}

impl NamedService for ServerStreamService {
    const NAME: &'static str = super::SERVER_STREAM_SERVICE;
    const DESCRIPTORS: &'static [u8] = super::DESCRIPTORS;

    /// Unlike the generated `create_server_stream_server`, pre-encoded
    /// responses go out without a copy, a request that does not decode is
    /// logged (grpcio would end such a call with INTERNAL before any handler
    /// runs, and say nothing), and a call whose request does not come within
    /// the first-message timeout is ended (the generated method would hold
    /// one of grpcio's request slots meanwhile): grpcio sees a both-ways
    /// method and the engine reads the request.
    fn into_service(self) -> grpcio::Service {
        let within = self.first_message_timeout;
        ServiceBuilder::new()
            .add_duplex_streaming_handler(&SERVER_STREAM, move |ctx, requests, sink| {
                let produce = Arc::clone(&self.produce);
                serve::server_streaming_as_duplex(
                    ctx,
                    requests,
                    sink,
                    within,
                    move |_call, request| produce(request),
                );
            })
            .build()
    }
}
