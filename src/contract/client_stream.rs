//! Client push (`/helloworld.ClientStreamServer/ClientStream`): a stream of
//! requests in, one response out.

use std::sync::Arc;

use futures::future::{BoxFuture, Future, FutureExt};
use futures::stream::StreamExt;
use grpcio::{ClientStreamingSink, RequestStream, RpcContext, RpcStatus, RpcStatusCode};

use super::helloworld::{
    create_client_stream_server, ClientStreamReq, ClientStreamResp, ClientStreamServer,
};
use super::transcript::{self, Transcript};
use grpc_stream_engine::{serve, Incoming, NamedService};

type Handle = dyn Fn(Incoming<ClientStreamReq>) -> BoxFuture<'static, Result<ClientStreamResp, RpcStatus>>
    + Send
    + Sync;

/// The ClientStream service: reduces each call's requests to one response.
///
/// ```
/// use futures::stream;
/// use grpc_stream::contract::helloworld::ClientStreamReq;
/// use grpc_stream::contract::{ClientStreamService, StreamClient};
/// use grpc_stream_engine::{ClientConfig, ServerBuilder};
/// use grpcio::{RpcStatus, RpcStatusCode};
///
/// // Sums the numbers it is sent; anything else fails the call.
/// let sum = ClientStreamService::fold(
///     || 0i64,
///     |total, request| {
///         *total += request.data.parse::<i64>().map_err(|_| {
///             RpcStatus::with_message(RpcStatusCode::INVALID_ARGUMENT, "not a number".into())
///         })?;
///         Ok(())
///     },
///     |total| Ok(total.to_string().into()),
/// );
/// let server = ServerBuilder::new("127.0.0.1:0").host(sum).start()?;
///
/// futures_executor::block_on(async {
///     let client = StreamClient::connect(server.addr(), &ClientConfig::default()).await?;
///     let numbers = ["1", "2", "3"].map(ClientStreamReq::from);
///     assert_eq!(client.client_stream(stream::iter(numbers)).await?.data, "6");
///     let words = ["one"].map(ClientStreamReq::from);
///     let error = client.client_stream(stream::iter(words)).await.unwrap_err();
///     assert_eq!(error.code(), RpcStatusCode::INVALID_ARGUMENT);
///     Ok::<_, grpc_stream_engine::Error>(())
/// })?;
/// server.shutdown(std::time::Duration::from_secs(1));
/// # Ok::<_, grpc_stream_engine::Error>(())
/// ```
#[derive(Clone)]
pub struct ClientStreamService {
    /// Reduces one call's requests to its reply.
    handle: Arc<Handle>,
}

impl ClientStreamService {
    /// A service whose calls answer `handle(requests).await`; an `Err` ends
    /// the call with that status.
    pub fn new<F, Fut>(handle: F) -> Self
    where
        F: Fn(Incoming<ClientStreamReq>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<ClientStreamResp, RpcStatus>> + Send + 'static,
    {
        ClientStreamService {
            handle: Arc::new(move |requests| handle(requests).boxed()),
        }
    }

    /// A service that folds each call's requests: `init()` starts the state,
    /// `step` takes every request in turn, `finish` turns the state into the
    /// response once the client half-closes. `step` or `finish` returning
    /// `Err` ends the call with that status. They run on a gRPC poll thread:
    /// keep them short and non-blocking.
    pub fn fold<A, Init, Step, Finish>(init: Init, step: Step, finish: Finish) -> Self
    where
        A: Send + 'static,
        Init: Fn() -> A + Send + Sync + 'static,
        Step: Fn(&mut A, ClientStreamReq) -> Result<(), RpcStatus> + Send + Sync + 'static,
        Finish: Fn(A) -> Result<ClientStreamResp, RpcStatus> + Send + Sync + 'static,
    {
        let step = Arc::new(step);
        let finish = Arc::new(finish);
        Self::new(move |mut requests: Incoming<ClientStreamReq>| {
            let mut state = init();
            let (step, finish) = (Arc::clone(&step), Arc::clone(&finish));
            async move {
                while let Some(request) = requests.next().await {
                    step(&mut state, request?)?;
                }
                finish(state)
            }
        })
    }

    /// The contract's behaviour: writes `Recv data <data> ` per request and
    /// `client closed` at the half-close, then answers all the data joined by
    /// `,`. A join that would exceed `max_join_bytes` ends the call with
    /// RESOURCE_EXHAUSTED instead of growing further.
    pub fn contract(max_join_bytes: usize, transcript: Transcript) -> Self {
        let on_request = transcript.clone();
        Self::fold(
            Join::default,
            move |join: &mut Join, request: ClientStreamReq| {
                on_request.line(|| transcript::client_stream_request(&request.data));
                join.push(&request.data, max_join_bytes)
            },
            move |join: Join| {
                transcript.line(|| transcript::CLIENT_STREAM_END.to_string());
                Ok(ClientStreamResp::from(join.joined))
            },
        )
    }
}

impl NamedService for ClientStreamService {
    const NAME: &'static str = super::CLIENT_STREAM_SERVICE;
    const DESCRIPTORS: &'static [u8] = super::DESCRIPTORS;

    fn into_service(self) -> grpcio::Service {
        create_client_stream_server(self)
    }
}

impl ClientStreamServer for ClientStreamService {
    fn client_stream(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<ClientStreamReq>,
        sink: ClientStreamingSink<ClientStreamResp>,
    ) {
        let handle = Arc::clone(&self.handle);
        serve::client_streaming(ctx, requests, sink, move |_call, incoming| handle(incoming));
    }
}

/// The contract's `,`-join, bounded.
#[derive(Default)]
struct Join {
    joined: String,
    /// Parts joined so far (the first has no separator).
    parts: usize,
}

impl Join {
    fn push(&mut self, part: &str, max_bytes: usize) -> Result<(), RpcStatus> {
        let separator = usize::from(self.parts > 0);
        if self.joined.len() + separator + part.len() > max_bytes {
            return Err(RpcStatus::with_message(
                RpcStatusCode::RESOURCE_EXHAUSTED,
                format!(
                    "the joined reply would exceed {max_bytes} bytes after {} messages",
                    self.parts
                ),
            ));
        }
        if separator == 1 {
            self.joined.push(',');
        }
        self.joined.push_str(part);
        self.parts += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_separates_every_part_even_empty_ones() {
        let mut join = Join::default();
        for part in ["", "a", ""] {
            join.push(part, 100).unwrap();
        }
        assert_eq!(join.joined, ",a,");
    }

    #[test]
    fn join_refuses_to_grow_past_its_cap() {
        let mut join = Join::default();
        join.push("abc", 7).unwrap();
        join.push("abc", 7).unwrap(); // "abc,abc" is exactly 7
        let refused = join.push("", 7).unwrap_err();
        assert_eq!(refused.code(), RpcStatusCode::RESOURCE_EXHAUSTED);
        assert_eq!(join.joined, "abc,abc");
    }
}
