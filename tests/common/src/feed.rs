//! Feed clients for the feed's tests: a connection and its stub, a
//! subscription, publishing a batch, the status a subscription ends with.

use std::time::Instant;

use futures::stream::{self, StreamExt};
use grpc_stream_engine::{Client, ClientConfig, Error, ResponseStream};
use grpc_stream_feed::proto::{FeedClient, PublishRequest, SubscribeRequest, SubscribeResponse};
use grpcio::RpcStatus;

use crate::{within, STEP};

/// A client of `addr` and its feed stub.
pub fn connect(addr: &str) -> (Client, FeedClient) {
    let client = within(STEP, Client::connect(addr, &ClientConfig::default())).expect("connect");
    let stub = FeedClient::new(client.channel().clone());
    (client, stub)
}

/// A subscription to `topic` after revision `after` of log `log_id`.
pub fn subscribe(
    client: &Client,
    stub: &FeedClient,
    topic: &str,
    after: u64,
    log_id: &str,
) -> ResponseStream<SubscribeResponse> {
    let mut request = SubscribeRequest::new();
    request.topic = topic.into();
    request.after = after;
    request.log_id = log_id.into();
    client.server_streaming(
        stub.subscribe_opt(&request, client.call_options())
            .expect("call"),
    )
}

/// Publishes `events` to `topic` in one call: their revisions, or the
/// status that refused the call.
pub fn publish_events(
    client: &Client,
    stub: &FeedClient,
    topic: &str,
    events: Vec<Vec<u8>>,
) -> Result<Vec<u64>, RpcStatus> {
    let requests: Vec<PublishRequest> = events
        .into_iter()
        .map(|data| {
            let mut request = PublishRequest::new();
            request.topic = topic.into();
            request.data = data;
            request
        })
        .collect();
    let call = stub.publish_opt(client.call_options()).expect("call");
    match within(STEP, client.client_streaming(call, stream::iter(requests))) {
        Ok(response) => Ok(response.revisions),
        Err(Error::Status(status)) => Err(status),
        Err(e) => panic!("publish: {e}"),
    }
}

/// The status a subscription ends with, reading past any events; fails
/// the test if none comes within [`STEP`].
pub fn status_of(responses: &mut ResponseStream<SubscribeResponse>) -> RpcStatus {
    let started = Instant::now();
    loop {
        let left = STEP.saturating_sub(started.elapsed());
        assert!(!left.is_zero(), "no status within {STEP:?}, only events");
        match within(left, responses.next()) {
            Some(Ok(_)) => continue,
            Some(Err(Error::Status(status))) => return status,
            other => panic!("expected a status, got {other:?}"),
        }
    }
}
