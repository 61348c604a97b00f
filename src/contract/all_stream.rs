//! Both ways (`/helloworld.AllStreamServer/AllStream`): a stream of requests
//! in and a stream of responses out, at the same time.

use std::sync::Arc;

use futures::stream::{self, BoxStream, Stream, StreamExt};
use grpcio::{DuplexSink, RequestStream, RpcContext, RpcStatus};

use super::helloworld::{create_all_stream_server, AllStreamReq, AllStreamResp, AllStreamServer};
use super::pace::Pace;
use super::transcript::{self, Transcript};
use grpc_stream_engine::{serve, Incoming, NamedService};

type Handle = dyn Fn(Incoming<AllStreamReq>) -> BoxStream<'static, Result<AllStreamResp, RpcStatus>>
    + Send
    + Sync;

/// The AllStream service: each call's handler receives the incoming stream
/// and yields the outgoing one.
///
/// ```
/// use futures::{stream, StreamExt, TryStreamExt};
/// use grpc_stream::contract::helloworld::AllStreamReq;
/// use grpc_stream::contract::{AllStreamService, StreamClient};
/// use grpc_stream_engine::{ClientConfig, ServerBuilder};
///
/// // Answers every message with its upper case, until the client half-closes.
/// let shout = AllStreamService::new(|requests| {
///     requests.map(|request| request.map(|r| r.data.to_uppercase().into()))
/// });
/// let server = ServerBuilder::new("127.0.0.1:0").host(shout).start()?;
///
/// futures_executor::block_on(async {
///     let client = StreamClient::connect(server.addr(), &ClientConfig::default()).await?;
///     let requests = stream::iter(["a", "b"].map(AllStreamReq::from));
///     let replies: Vec<_> = client.all_stream(requests)?.try_collect().await?;
///     assert_eq!(replies[0].data, "A");
///     assert_eq!(replies[1].data, "B");
///     Ok::<_, grpc_stream_engine::Error>(())
/// })?;
/// server.shutdown(std::time::Duration::from_secs(1));
/// # Ok::<_, grpc_stream_engine::Error>(())
/// ```
#[derive(Clone)]
pub struct AllStreamService {
    /// Turns one call's requests into its responses.
    handle: Arc<Handle>,
}

impl AllStreamService {
    /// A service whose calls answer `handle(requests)`: each `Ok` is one
    /// response, an `Err` ends the call with that status, the end of the
    /// returned stream ends it with OK. The returned stream is what drives
    /// `requests`; it is pulled only as fast as the client takes responses.
    pub fn new<F, S>(handle: F) -> Self
    where
        F: Fn(Incoming<AllStreamReq>) -> S + Send + Sync + 'static,
        S: Stream<Item = Result<AllStreamResp, RpcStatus>> + Send + 'static,
    {
        AllStreamService {
            handle: Arc::new(move |requests| handle(requests).boxed()),
        }
    }

    /// The contract's behaviour, two activities at once: sending `0`, `1`,
    /// ... (`pace.count` messages, `pace.interval` apart) and receiving,
    /// writing `Recv Data:<data> ` per request and `Client Closed` at the
    /// half-close. The call ends with OK when both are done.
    pub fn contract(pace: Pace, transcript: Transcript) -> Self {
        Self::contract_with(pace, |i| i.to_string(), transcript)
    }

    /// [`AllStreamService::contract`] sending `data(i)` as the `i`-th
    /// message instead of `i` (the programs' `--size` pads it).
    pub fn contract_with(
        pace: Pace,
        data: impl Fn(usize) -> String + Send + Sync + 'static,
        transcript: Transcript,
    ) -> Self {
        let data = Arc::new(data);
        Self::new(move |requests: Incoming<AllStreamReq>| {
            let data = Arc::clone(&data);
            let sending = pace
                .stream(0..)
                .map(move |i: usize| Ok(AllStreamResp::from(data(i))));
            stream::select(sending, receive(requests, transcript.clone()))
        })
    }
}

impl NamedService for AllStreamService {
    const NAME: &'static str = super::ALL_STREAM_SERVICE;
    const DESCRIPTORS: &'static [u8] = super::DESCRIPTORS;

    fn into_service(self) -> grpcio::Service {
        create_all_stream_server(self)
    }
}

/// The receiving activity of the contract: writes each request, yields
/// nothing but a broken request's status, and ends at the half-close.
fn receive(
    requests: Incoming<AllStreamReq>,
    transcript: Transcript,
) -> impl Stream<Item = Result<AllStreamResp, RpcStatus>> {
    stream::unfold(Some(requests), move |requests| {
        let transcript = transcript.clone();
        async move {
            let mut requests = requests?;
            loop {
                match requests.next().await {
                    Some(Ok(request)) => {
                        transcript.line(|| transcript::all_stream_message(&request.data))
                    }
                    Some(Err(status)) => return Some((Err(status), None)),
                    None => {
                        transcript.line(|| transcript::ALL_STREAM_CLIENT_END.to_string());
                        return None;
                    }
                }
            }
        }
    })
}

impl AllStreamServer for AllStreamService {
    fn all_stream(
        &mut self,
        ctx: RpcContext<'_>,
        requests: RequestStream<AllStreamReq>,
        sink: DuplexSink<AllStreamResp>,
    ) {
        let handle = Arc::clone(&self.handle);
        serve::duplex(ctx, requests, sink, move |_call, incoming| handle(incoming));
    }
}
