//! Feed clients and servers for the feed's tests: a connection and its
//! stub, a subscription, publishing a batch, the status a subscription ends
//! with, reading revisions without a gap; a feed server on a test's Redis.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::stream::{self, StreamExt};
use grpc_stream_engine::{Client, ClientConfig, Error, ResponseStream, RunningServer};
use grpc_stream_feed::proto::{FeedClient, PublishRequest, SubscribeRequest, SubscribeResponse};
use grpc_stream_feed::{Feed, FeedConfig, FeedService, RedisConfig};
use grpcio::RpcStatus;

use crate::{server, within, RedisServer, STEP};

/// A feed server in this process on the log in `redis`, each Redis command
/// bounded by `timeout`, keeping about `keep` events per topic there.
pub fn feed_on_redis(
    redis: &RedisServer,
    config: FeedConfig,
    timeout: Duration,
    keep: usize,
) -> RunningServer {
    let redis = RedisConfig {
        timeout,
        keep,
        ..RedisConfig::new(redis.url.clone())
    };
    feed_on(config, redis)
}

/// A feed server in this process on the log `redis` says where.
pub fn feed_on(config: FeedConfig, redis: RedisConfig) -> RunningServer {
    let feed = Feed::with_redis(config, redis).expect("joins the log in Redis");
    server()
        .host(FeedService::new(Arc::new(feed)))
        .start()
        .expect("start")
}

/// Reads events until revision `through` has come, each revision `next`
/// (no gap, no repeat), into `events`; the last message may go past it.
pub fn read_into(
    responses: &mut ResponseStream<SubscribeResponse>,
    next: &mut u64,
    through: u64,
    events: &mut Vec<(u64, Vec<u8>)>,
) {
    while *next <= through {
        let response = within(STEP, responses.next())
            .expect("the stream goes on")
            .expect("a response");
        for event in response.events {
            assert_eq!(event.revision, *next, "a gap or a repeat");
            events.push((event.revision, event.data));
            *next += 1;
        }
    }
}

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
