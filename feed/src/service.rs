//! `feed.Feed` as a grpcio service on the engine's handlers: Subscribe (server
//! push, responses written by hand, registered as both-ways so the engine
//! bounds the wait for its request) and Publish (client push).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::future::{self, Either, FutureExt};
use futures::stream::{self, BoxStream, FuturesOrdered, StreamExt};
use futures_timer::Delay;
use grpc_stream_engine::{serve, Incoming, NamedService};
use grpcio::ServiceBuilder;
use grpcio::{
    Deadline, GrpcSlice, Marshaller, MessageReader, Method, MethodType, RpcStatus, RpcStatusCode,
};

use crate::access::Right;
use crate::access_control::{AccessControl, Guarded, Permit};
use crate::feed::Feed;
use crate::proto::{PublishRequest, PublishResponse, SubscribeRequest};

/// `feed.Feed`'s full name.
pub const FEED_SERVICE: &str = "feed.Feed";

/// The descriptor set of `proto/feed.proto`, for server reflection.
pub const DESCRIPTORS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/feed.desc"));

/// Subscribe as registered: responses are already encoded, and grpcio sees a
/// both-ways method (`serve::server_streaming_as_duplex`; the wire is the
/// same as server push).
const SUBSCRIBE: Method<SubscribeRequest, GrpcSlice> = Method {
    ty: MethodType::Duplex,
    name: "/feed.Feed/Subscribe",
    req_mar: Marshaller {
        ser: grpcio::pb_ser,
        de: grpc_stream_engine::wire::decode_logged,
    },
    resp_mar: Marshaller {
        ser: pass_encoded,
        de: unread,
    },
};

const PUBLISH: Method<PublishRequest, PublishResponse> = Method {
    ty: MethodType::ClientStreaming,
    name: "/feed.Feed/Publish",
    req_mar: Marshaller {
        ser: grpcio::pb_ser,
        de: grpc_stream_engine::wire::decode_logged,
    },
    resp_mar: Marshaller {
        ser: grpcio::pb_ser,
        de: grpcio::pb_de,
    },
};

/// An encoded response goes out as it is (a reference, not a copy).
fn pass_encoded(encoded: &GrpcSlice, buf: &mut GrpcSlice) -> grpcio::Result<()> {
    *buf = encoded.clone();
    Ok(())
}

/// The server never reads its own responses; a method needs both halves.
fn unread(_: MessageReader) -> grpcio::Result<GrpcSlice> {
    Err(grpcio::Error::Codec(
        "a feed server does not read subscribe responses".into(),
    ))
}

/// The feed as a service a [`grpc_stream_engine::ServerBuilder`] hosts.
#[derive(Clone)]
pub struct FeedService {
    feed: Arc<Feed>,
    /// Publish calls open now, against [`FeedConfig::max_publish_calls`].
    ///
    /// [`FeedConfig::max_publish_calls`]: crate::FeedConfig::max_publish_calls
    publishing: Arc<AtomicUsize>,
    /// How long a Subscribe call may go without its request.
    first_message_timeout: Duration,
    /// Who may publish and subscribe to what (`None`: anyone, anything).
    access: Option<AccessControl>,
}

impl FeedService {
    /// Serves `feed`.
    pub fn new(feed: Arc<Feed>) -> FeedService {
        FeedService {
            feed,
            publishing: Arc::new(AtomicUsize::new(0)),
            first_message_timeout: serve::DEFAULT_FIRST_MESSAGE_TIMEOUT,
            access: None,
        }
    }

    /// Subscribe and Publish only as `access` allows (checked once the
    /// topic is known: a Publish call's events each); without it anyone
    /// may publish and subscribe to any topic. An [`AccessControl`] kept
    /// by the caller replaces the rules while the server runs.
    pub fn access(mut self, access: impl Into<AccessControl>) -> FeedService {
        self.access = Some(access.into());
        self
    }

    /// How long a Subscribe call may go without its request before it is
    /// ended with DEADLINE_EXCEEDED [default:
    /// [`serve::DEFAULT_FIRST_MESSAGE_TIMEOUT`]].
    pub fn first_message_timeout(mut self, timeout: Duration) -> FeedService {
        self.first_message_timeout = timeout;
        self
    }
}

impl NamedService for FeedService {
    const NAME: &'static str = FEED_SERVICE;
    const DESCRIPTORS: &'static [u8] = DESCRIPTORS;

    fn into_service(self) -> grpcio::Service {
        let (subscribers, publishers) = (Arc::clone(&self.feed), self.feed);
        let publishing = self.publishing;
        let within = self.first_message_timeout;
        let (subscribe_access, publish_access) = (self.access.clone(), self.access);
        ServiceBuilder::new()
            .add_duplex_streaming_handler(&SUBSCRIBE, move |ctx, requests, sink| {
                let (feed, access) = (Arc::clone(&subscribers), subscribe_access.clone());
                serve::server_streaming_as_duplex(
                    ctx,
                    requests,
                    sink,
                    within,
                    move |call, request| {
                        let Some(access) = &access else {
                            return subscribe(&feed, &request);
                        };
                        let permit = access.admit(&call).and_then(|mut permit| {
                            permit.check(Right::Subscribe, &request.topic)?;
                            Ok(permit)
                        });
                        match permit {
                            Ok(permit) => Guarded::new(
                                subscribe(&feed, &request),
                                permit,
                                request.topic.clone(),
                            )
                            .boxed(),
                            Err(status) => stream::once(async { Err(status) }).boxed(),
                        }
                    },
                );
            })
            .add_client_streaming_handler(&PUBLISH, move |ctx, requests, sink| {
                let (feed, access) = (Arc::clone(&publishers), publish_access.clone());
                let open = PublishCall::open(&publishing, feed.config().max_publish_calls);
                serve::client_streaming(ctx, requests, sink, move |call, requests| async move {
                    let _open = open?;
                    let permit = match &access {
                        Some(access) => Some(access.admit(&call)?),
                        None => None,
                    };
                    publish(&feed, requests, call.deadline(), permit).await
                });
            })
            .build()
    }
}

/// Publishes waiting for their revisions in one call, at most, in events
/// and bytes: the events of a call go to the log as they come (on Redis,
/// many to a script call), not one round trip each.
const PUBLISH_WINDOW: usize = 1024;
const PUBLISH_WINDOW_BYTES: usize = 4 << 20;

/// How often a Publish call waiting for its last answers looks at its
/// deadline: past it, the events the log has not taken are dropped.
const DEADLINE_CHECK: Duration = Duration::from_millis(20);

/// A Publish call counted among those open; uncounted when dropped.
struct PublishCall(Arc<AtomicUsize>);

impl PublishCall {
    /// Counts a call in, unless `max` are open: `RESOURCE_EXHAUSTED` then.
    fn open(open: &Arc<AtomicUsize>, max: usize) -> Result<PublishCall, RpcStatus> {
        open.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
            (n < max).then_some(n + 1)
        })
        .map(|_| PublishCall(Arc::clone(open)))
        .map_err(|_| {
            RpcStatus::with_message(
                RpcStatusCode::RESOURCE_EXHAUSTED,
                format!("this server has its maximum of {max} Publish calls open: try again later"),
            )
        })
    }
}

impl Drop for PublishCall {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A Publish call: each event's revision, in the call's order, all in one
/// log (the one the answer names: an event the log no longer takes is
/// refused); the first refusal ends it, saying which events were
/// published. Past `deadline`, events still waiting for the log are
/// dropped, never published.
async fn publish(
    feed: &Feed,
    mut requests: Incoming<PublishRequest>,
    deadline: Deadline,
    mut permit: Option<Permit>,
) -> Result<PublishResponse, RpcStatus> {
    let limit = feed.config().max_events_per_publish;
    let log_id = feed.log_id();
    let mut outcome = Outcome::default();
    outcome.answer.log_id = log_id.to_string();
    // Each pending event's answer, with its size.
    let mut pending = FuturesOrdered::new();
    // Bytes of the pending events.
    let mut pending_bytes = 0;
    let mut sent = 0;
    while outcome.refused.is_none() {
        if pending.len() >= PUBLISH_WINDOW || pending_bytes >= PUBLISH_WINDOW_BYTES {
            if let Some((size, result)) = pending.next().await {
                pending_bytes -= size;
                outcome.note(result);
            }
            continue;
        }
        // The next event, answering the pending ones meanwhile: a publish
        // on Redis goes to the writer only when polled.
        let next = if pending.is_empty() {
            requests.next().await
        } else {
            match future::select(requests.next(), pending.next()).await {
                Either::Left((request, _)) => request,
                Either::Right((answer, _)) => {
                    if let Some((size, result)) = answer {
                        pending_bytes -= size;
                        outcome.note(result);
                    }
                    continue;
                }
            }
        };
        let Some(request) = next else {
            break;
        };
        let request = request?;
        if sent == limit {
            outcome.refused = Some((
                sent,
                RpcStatus::with_message(
                    RpcStatusCode::RESOURCE_EXHAUSTED,
                    format!("a Publish call carries at most {limit} events"),
                ),
            ));
            break;
        }
        if let Some(permit) = &mut permit {
            if let Err(status) = permit.check(Right::Publish, &request.topic) {
                outcome.refused = Some((sent, status));
                break;
            }
        }
        let size = request.data.len();
        pending_bytes += size;
        let answer = feed.publish_to(&request.topic, request.data, Arc::clone(&log_id));
        pending.push_back(answer.map(move |result| (size, result)));
        sent += 1;
    }
    // Every event sent is published or refused: its answer is awaited,
    // until the call's deadline.
    let mut tick = Delay::new(DEADLINE_CHECK);
    loop {
        match future::select(pending.next(), &mut tick).await {
            Either::Left((Some((_, result)), _)) => outcome.note(result),
            Either::Left((None, _)) => break,
            Either::Right(_) if deadline.exceeded() => {
                return Err(RpcStatus::with_message(
                    RpcStatusCode::DEADLINE_EXCEEDED,
                    "the call's deadline passed before the log took all its events: those \
                     it had taken are published, the others are not"
                        .into(),
                ))
            }
            Either::Right(_) => tick.reset(DEADLINE_CHECK),
        }
    }
    match outcome.refused {
        None => Ok(outcome.answer),
        Some((index, status)) => Err(partly(status, &outcome.answer.revisions, index)),
    }
}

/// A Publish call's answers so far.
#[derive(Default)]
struct Outcome {
    /// The revisions of the events published, in the call's order.
    answer: PublishResponse,
    /// The first refusal, and its event's index in the call.
    refused: Option<(usize, RpcStatus)>,
    /// Events answered.
    answered: usize,
}

impl Outcome {
    /// The next event's answer.
    fn note(&mut self, result: Result<u64, RpcStatus>) {
        match result {
            Ok(revision) => self.answer.revisions.push(revision),
            Err(status) => {
                self.refused.get_or_insert((self.answered, status));
            }
        }
        self.answered += 1;
    }
}

/// A subscription's responses, or the one status that refuses it.
fn subscribe(
    feed: &Feed,
    request: &SubscribeRequest,
) -> BoxStream<'static, Result<GrpcSlice, RpcStatus>> {
    match feed.subscribe(&request.topic, request.after, &request.log_id) {
        Ok(subscription) => subscription.boxed(),
        Err(status) => stream::once(async { Err(status) }).boxed(),
    }
}

/// `status`, the refusal of the call's event number `refused` (from 0),
/// saying which of the call's events were published: they stay published,
/// and a client that retries must skip them.
fn partly(status: RpcStatus, published: &[u64], refused: usize) -> RpcStatus {
    let done = match published {
        [] => "none of this call's events was published".to_string(),
        [only] if refused == 1 => {
            format!("this call's first event was published (revision {only})")
        }
        [first, .., last] if published.len() == refused => format!(
            "this call's first {} events were published (revisions {first} ... {last})",
            published.len()
        ),
        // Events sent before the refusal was known.
        [first, ..] => format!(
            "{} of this call's events were published (revisions {first} ... {}): the first \
             {refused}, and {} sent after the refused one before it was known",
            published.len(),
            published.last().unwrap_or(first),
            published.len().saturating_sub(refused),
        ),
    };
    RpcStatus::with_message(status.code(), format!("{}; {done}", status.message()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_publish_says_which_events_were_published() {
        let refusal = || RpcStatus::with_message(RpcStatusCode::UNAVAILABLE, "away".into());
        let message = |published: &[u64], refused| {
            partly(refusal(), published, refused).message().to_string()
        };
        assert_eq!(
            message(&[], 0),
            "away; none of this call's events was published"
        );
        assert_eq!(
            message(&[7], 1),
            "away; this call's first event was published (revision 7)"
        );
        assert_eq!(
            message(&[7, 8, 9], 3),
            "away; this call's first 3 events were published (revisions 7 ... 9)"
        );
        // Events already sent when the refusal came may be published too.
        let later = message(&[7, 8, 12], 2);
        assert!(
            later.contains("3 of this call's events were published (revisions 7 ... 12)")
                && later.contains("the first 2, and 1 sent after the refused one"),
            "{later}"
        );
        assert!(message(&[12], 0).contains("1 of this call's events were published"));
    }
}
