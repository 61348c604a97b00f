//! A bound on how fast one connection may start calls: a connection that
//! starts more calls a second than the bound gets RESOURCE_EXHAUSTED for the
//! excess, before any handler runs, with one log line a second naming it. A
//! cap on one client's share of the handlers, off by default. It is no
//! defence against HTTP/2 rapid reset (CVE-2023-44487): a checker sees calls
//! the C core has already made; the patched core refuses a rapid reset's
//! streams before that (README, "Security").

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use grpcio::{CheckResult, RpcContext, RpcStatus, RpcStatusCode, ServerChecker};
use log::Level;

use crate::log_budget::{log_within, LogBudget};

/// A grpcio checker that refuses a connection's calls past `per_second`
/// (a burst of that many, refilled continuously) with RESOURCE_EXHAUSTED.
/// [`ServerBuilder`](crate::ServerBuilder) adds it from
/// [`ServerConfig::max_call_rate`](crate::ServerConfig::max_call_rate); with your own
/// `grpcio::ServerBuilder`, `add_checker(CallRateLimit::new(per_second))`
/// before any other checker.
#[derive(Clone)]
pub struct CallRateLimit {
    /// Shared by the checker's clones (grpcio clones checkers per call and
    /// per completion queue; one connection's calls can reach any of them).
    buckets: Arc<Mutex<Buckets>>,
}

impl CallRateLimit {
    /// A limit of `per_second` calls a second per connection (at least 1).
    pub fn new(per_second: u32) -> CallRateLimit {
        CallRateLimit {
            buckets: Arc::new(Mutex::new(Buckets::new(per_second))),
        }
    }
}

impl ServerChecker for CallRateLimit {
    fn check(&mut self, ctx: &RpcContext<'_>) -> CheckResult {
        let peer = ctx.peer();
        let (admission, per_second) = {
            let mut buckets = match self.buckets.lock() {
                Ok(buckets) => buckets,
                Err(poisoned) => poisoned.into_inner(),
            };
            (buckets.admit(&peer, Instant::now()), buckets.per_second)
        };
        match admission {
            Admission::Admit => CheckResult::Continue,
            Admission::Refuse { say, refused } => {
                if say {
                    log_within(
                        &REFUSAL_LINES,
                        module_path!(),
                        Level::Warn,
                        "call rate refusal",
                        || {
                            format!(
                                "refusing calls from {peer}: more than {per_second} a second on \
                                 one connection, RESOURCE_EXHAUSTED ({refused} refused in this burst)"
                            )
                        },
                    );
                }
                CheckResult::Abort(RpcStatus::with_message(
                    RpcStatusCode::RESOURCE_EXHAUSTED,
                    format!("more than {per_second} calls a second on this connection"),
                ))
            }
        }
    }

    fn box_clone(&self) -> Box<dyn ServerChecker> {
        Box::new(self.clone())
    }
}

/// The budget of refusal lines (one per refused connection per second, and
/// never more than this many a second over all of them).
static REFUSAL_LINES: LogBudget = LogBudget::per_process();

/// Whether a call may start.
#[derive(Debug, PartialEq, Eq)]
enum Admission {
    Admit,
    /// Refuse it; `say`: the first refusal of this connection in a second,
    /// to be logged; `refused`: the connection's refusals since it last
    /// went a second without a call.
    Refuse {
        say: bool,
        refused: u64,
    },
}

/// One token bucket per connection (its peer address), holding up to a
/// second's worth of calls and refilled continuously.
struct Buckets {
    per_second: u32,
    by_peer: HashMap<String, Bucket>,
    /// When idle buckets were last dropped (a bucket idle for a second is
    /// full, the same as none), so the map holds only connections that
    /// started a call in the last second or two.
    swept: Instant,
}

struct Bucket {
    /// Calls the connection may start now.
    tokens: f64,
    /// When `tokens` was last brought up to date.
    at: Instant,
    /// Calls refused since the bucket was made (it is dropped after a
    /// second without calls).
    refused: u64,
    /// When the last refusal was logged.
    said: Option<Instant>,
}

impl Buckets {
    fn new(per_second: u32) -> Buckets {
        Buckets {
            per_second: per_second.max(1),
            by_peer: HashMap::new(),
            swept: Instant::now(),
        }
    }

    fn admit(&mut self, peer: &str, now: Instant) -> Admission {
        let second = Duration::from_secs(1);
        if now.saturating_duration_since(self.swept) >= second {
            self.by_peer
                .retain(|_, bucket| now.saturating_duration_since(bucket.at) < second);
            self.swept = now;
        }
        let capacity = f64::from(self.per_second);
        if !self.by_peer.contains_key(peer) {
            self.by_peer.insert(
                peer.to_owned(),
                Bucket {
                    tokens: capacity,
                    at: now,
                    refused: 0,
                    said: None,
                },
            );
        }
        let Some(bucket) = self.by_peer.get_mut(peer) else {
            return Admission::Admit;
        };
        let refill = now.saturating_duration_since(bucket.at).as_secs_f64() * capacity;
        bucket.tokens = (bucket.tokens + refill).min(capacity);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Admission::Admit;
        }
        bucket.refused += 1;
        let say = bucket
            .said
            .is_none_or(|said| now.saturating_duration_since(said) >= second);
        if say {
            bucket.said = Some(now);
        }
        Admission::Refuse {
            say,
            refused: bucket.refused,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admitted(buckets: &mut Buckets, peer: &str, now: Instant, calls: u32) -> u32 {
        (0..calls)
            .filter(|_| buckets.admit(peer, now) == Admission::Admit)
            .count() as u32
    }

    #[test]
    fn a_burst_of_a_seconds_worth_passes_and_the_rest_is_refused() {
        let start = Instant::now();
        let mut buckets = Buckets::new(100);
        assert_eq!(admitted(&mut buckets, "a", start, 150), 100);
        // Other connections have their own budget.
        assert_eq!(admitted(&mut buckets, "b", start, 100), 100);
    }

    #[test]
    fn the_budget_refills_with_time_up_to_a_second_worth() {
        let start = Instant::now();
        let mut buckets = Buckets::new(100);
        assert_eq!(admitted(&mut buckets, "a", start, 100), 100);
        let later = start + Duration::from_millis(100);
        assert_eq!(admitted(&mut buckets, "a", later, 50), 10);
        let much_later = start + Duration::from_secs(60);
        assert_eq!(admitted(&mut buckets, "a", much_later, 500), 100);
    }

    fn refused(say: bool, refused: u64) -> Admission {
        Admission::Refuse { say, refused }
    }

    #[test]
    fn refusals_are_counted_and_said_once_a_second() {
        let start = Instant::now();
        let mut buckets = Buckets::new(1);
        assert_eq!(buckets.admit("a", start), Admission::Admit);
        assert_eq!(buckets.admit("a", start), refused(true, 1));
        let soon = start + Duration::from_millis(10);
        assert_eq!(buckets.admit("a", soon), refused(false, 2));
        // Within the second: a token back after 1 s, the next refusal said.
        let later = start + Duration::from_millis(1005);
        assert_eq!(buckets.admit("a", later), Admission::Admit);
        assert_eq!(buckets.admit("a", later), refused(true, 3));
        // After a quiet second the connection starts afresh.
        let quiet = later + Duration::from_millis(1500);
        assert_eq!(buckets.admit("a", quiet), Admission::Admit);
        assert_eq!(buckets.admit("a", quiet), refused(true, 1));
    }

    #[test]
    fn idle_connections_are_forgotten() {
        let start = Instant::now();
        let mut buckets = Buckets::new(10);
        for peer in 0..1000 {
            buckets.admit(&peer.to_string(), start);
        }
        assert_eq!(buckets.by_peer.len(), 1000);
        buckets.admit("new", start + Duration::from_secs(2));
        assert_eq!(buckets.by_peer.len(), 1);
    }
}
