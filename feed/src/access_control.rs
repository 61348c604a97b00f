//! The access rules in force, replaced while the server runs
//! (`feed_server` reloads them on SIGHUP): every check after a replacement
//! uses the new rules, and running subscriptions are checked again at once,
//! idle ones too: one the new rules refuse ends with their status
//! (`PERMISSION_DENIED`, or `UNAUTHENTICATED` when its token is gone).

use std::collections::HashMap;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::task::{Context, Poll};

use futures::task::AtomicWaker;
use futures::Stream;
use grpc_stream_engine::Call;
use grpcio::RpcStatus;

use crate::access::{Access, Caller, Right};

/// The rules in force; clones share them.
#[derive(Clone)]
pub struct AccessControl {
    shared: Arc<Shared>,
}

struct Shared {
    /// The rules in force.
    rules: RwLock<Arc<Access>>,
    /// Bumped by each replacement: a running call checks again when it
    /// differs from the one it last checked under.
    generation: AtomicU64,
    /// The running subscriptions, to wake (and so check again) the idle
    /// ones when the rules change.
    watchers: Mutex<Watchers>,
}

impl From<Access> for AccessControl {
    fn from(access: Access) -> AccessControl {
        AccessControl::new(access)
    }
}

impl AccessControl {
    /// `access` in force.
    pub fn new(access: Access) -> AccessControl {
        AccessControl {
            shared: Arc::new(Shared {
                rules: RwLock::new(Arc::new(access)),
                generation: AtomicU64::new(0),
                watchers: Mutex::new(Watchers::default()),
            }),
        }
    }

    /// Puts `access` in force: calls check their next event under it, and
    /// every running subscription is checked again now.
    pub fn replace(&self, access: Access) {
        *self
            .shared
            .rules
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Arc::new(access);
        // After the rules, before the wakes: a woken subscription sees the
        // new generation, and one that registers its waker later reads it.
        self.shared.generation.fetch_add(1, Ordering::SeqCst);
        self.watchers().wake_all();
    }

    /// The rules in force.
    pub fn current(&self) -> Arc<Access> {
        Arc::clone(
            &self
                .shared
                .rules
                .read()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }

    fn generation(&self) -> u64 {
        self.shared.generation.load(Ordering::SeqCst)
    }

    fn watchers(&self) -> std::sync::MutexGuard<'_, Watchers> {
        self.shared
            .watchers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// `call`'s caller, named under the rules in force, and its checks under
    /// them, renewed when they change: `UNAUTHENTICATED` for a bearer token
    /// that is malformed or not known.
    pub(crate) fn admit(&self, call: &Call) -> Result<Permit, RpcStatus> {
        // The generation first: rules replaced meanwhile are taken at the
        // first check.
        let seen = self.generation();
        let access = self.current();
        let caller = access.caller(call)?;
        Ok(self.permit(caller, seen, access))
    }

    fn permit(&self, caller: Caller, seen: u64, access: Arc<Access>) -> Permit {
        Permit {
            control: self.clone(),
            seen,
            access,
            caller,
        }
    }

    /// `caller`'s checks under the rules in force (tests name callers
    /// without a call).
    #[cfg(test)]
    fn permit_for(&self, caller: Caller) -> Permit {
        self.permit(caller, self.generation(), self.current())
    }
}

/// One call's caller and the rules it was last checked under.
pub(crate) struct Permit {
    control: AccessControl,
    /// The generation of `access`.
    seen: u64,
    access: Arc<Access>,
    caller: Caller,
}

impl Permit {
    /// `Ok` if the rules in force let the caller `right` `topic`.
    pub(crate) fn check(&mut self, right: Right, topic: &str) -> Result<(), RpcStatus> {
        self.renew()?;
        self.access.check(&self.caller, right, topic)
    }

    /// Whether the rules changed since the last check.
    fn stale(&self) -> bool {
        self.control.generation() != self.seen
    }

    /// Takes the rules in force, naming the caller anew under their tokens.
    fn renew(&mut self) -> Result<(), RpcStatus> {
        if self.stale() {
            self.seen = self.control.generation();
            self.access = self.control.current();
            self.caller = self.access.rename(self.caller.clone())?;
        }
        Ok(())
    }

    pub(crate) fn caller(&self) -> &Caller {
        &self.caller
    }
}

/// A subscription's stream that ends with the refusal once the rules in
/// force no longer let its caller subscribe to its topic.
pub(crate) struct Guarded<S> {
    inner: S,
    permit: Permit,
    topic: String,
    /// Woken by a replacement of the rules.
    waker: Arc<AtomicWaker>,
    /// Its place among the watchers.
    id: u64,
    ended: bool,
}

impl<S> Guarded<S> {
    /// `inner`, the subscription `permit`'s caller was allowed to `topic`.
    pub(crate) fn new(inner: S, permit: Permit, topic: String) -> Guarded<S> {
        let waker = Arc::new(AtomicWaker::new());
        let id = permit.control.watchers().add(Arc::clone(&waker));
        Guarded {
            inner,
            permit,
            topic,
            waker,
            id,
            ended: false,
        }
    }
}

impl<S: Stream<Item = Result<T, RpcStatus>> + Unpin, T> Stream for Guarded<S> {
    type Item = Result<T, RpcStatus>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.ended {
            return Poll::Ready(None);
        }
        // Registered before the generation is read: a replacement after
        // the read wakes this task.
        this.waker.register(cx.waker());
        if this.permit.stale() {
            if let Err(status) = this.permit.check(Right::Subscribe, &this.topic) {
                log::info!(
                    "feed: a subscription of {} to topic {:?} ends under the reloaded rules: {}",
                    this.permit.caller(),
                    this.topic,
                    status.message()
                );
                this.ended = true;
                return Poll::Ready(Some(Err(status)));
            }
        }
        Pin::new(&mut this.inner).poll_next(cx)
    }
}

impl<S> Drop for Guarded<S> {
    fn drop(&mut self) {
        self.permit.control.watchers().remove(self.id);
    }
}

/// The wakers of the running subscriptions, by id.
#[derive(Default)]
struct Watchers {
    next: u64,
    wakers: HashMap<u64, Arc<AtomicWaker>>,
}

impl Watchers {
    fn add(&mut self, waker: Arc<AtomicWaker>) -> u64 {
        let id = self.next;
        self.next += 1;
        self.wakers.insert(id, waker);
        id
    }

    fn remove(&mut self, id: u64) {
        self.wakers.remove(&id);
    }

    fn wake_all(&self) {
        for waker in self.wakers.values() {
            waker.wake();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::stream::{self, StreamExt};
    use futures::task::ArcWake;
    use grpc_stream_engine::BearerTokens;
    use grpcio::RpcStatusCode;
    use std::sync::atomic::AtomicUsize;

    fn rules(text: &str) -> Access {
        Access::parse(text, BearerTokens::default()).expect("rules")
    }

    fn operator() -> Caller {
        Caller {
            certificate: vec!["operator".into()],
            ..Caller::default()
        }
    }

    /// Counts its wakes.
    struct Wakes(AtomicUsize);
    impl ArcWake for Wakes {
        fn wake_by_ref(this: &Arc<Self>) {
            this.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn an_idle_subscription_is_woken_and_ended_when_the_rules_take_its_right() {
        let control = AccessControl::new(rules("cert:operator subscribe *"));
        let mut permit = control.permit_for(operator());
        permit.check(Right::Subscribe, "prices").expect("allowed");
        // Never ready: an idle subscription.
        let idle = stream::pending::<Result<u8, RpcStatus>>();
        let mut guarded = Guarded::new(idle, permit, "prices".into());
        let wakes = Arc::new(Wakes(AtomicUsize::new(0)));
        let waker = futures::task::waker(Arc::clone(&wakes));
        let mut cx = Context::from_waker(&waker);
        assert!(guarded.poll_next_unpin(&mut cx).is_pending());

        // Rules that still allow it: woken, checked, still running.
        control.replace(rules("cert:operator subscribe prices"));
        assert_eq!(wakes.0.load(Ordering::SeqCst), 1);
        assert!(guarded.poll_next_unpin(&mut cx).is_pending());

        control.replace(rules("cert:operator subscribe news.*"));
        assert_eq!(wakes.0.load(Ordering::SeqCst), 2);
        match guarded.poll_next_unpin(&mut cx) {
            Poll::Ready(Some(Err(status))) => {
                assert_eq!(
                    status.code(),
                    RpcStatusCode::PERMISSION_DENIED,
                    "{status:?}"
                )
            }
            _ => panic!("not ended"),
        }
        assert!(matches!(
            guarded.poll_next_unpin(&mut cx),
            Poll::Ready(None)
        ));

        // A dropped subscription is no longer woken.
        assert_eq!(control.watchers().wakers.len(), 1);
        drop(guarded);
        assert!(control.watchers().wakers.is_empty());
    }

    #[test]
    fn a_caller_whose_token_is_gone_from_the_reloaded_tokens_is_unauthenticated() {
        let tokens = |names: &[&str]| {
            let lines: Vec<String> = names
                .iter()
                .map(|name| format!("{name} {}", BearerTokens::digest(&format!("{name}-secret"))))
                .collect();
            BearerTokens::parse(&lines.join("\n")).expect("tokens")
        };
        let with_tokens =
            |names: &[&str]| Access::parse("token:alice publish *", tokens(names)).expect("rules");
        let mut headers = grpcio::MetadataBuilder::new();
        headers
            .add_str("authorization", "Bearer alice-secret")
            .expect("a header");
        let presented = grpc_stream_engine::PresentedToken::from_headers(&headers.build())
            .expect("a bearer token");
        let caller = Caller {
            presented,
            ..Caller::default()
        };
        let control = AccessControl::new(with_tokens(&["alice"]));
        let caller = control.current().rename(caller).expect("alice");
        assert_eq!(caller.token.as_deref(), Some("alice"));
        let mut permit = control.permit_for(caller);
        permit.check(Right::Publish, "prices").expect("allowed");
        // Reloaded tokens without alice's.
        control.replace(with_tokens(&["bob"]));
        let refused = permit.check(Right::Publish, "prices").unwrap_err();
        assert_eq!(
            refused.code(),
            RpcStatusCode::UNAUTHENTICATED,
            "{refused:?}"
        );
        assert!(refused.message().contains("no longer"), "{refused:?}");
    }
}
