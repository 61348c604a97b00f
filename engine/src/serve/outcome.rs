//! How a call ended, from the server's side: one log line for a call that did
//! not complete, and the status metrics count it under.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures_timer::Delay;
use grpcio::{Deadline, RpcContext, RpcStatus, RpcStatusCode};
use log::Level;

use crate::call::Call;
use crate::error::status_line;
use crate::log_budget::{log_within, LogBudget};
use crate::metrics::{CallMetrics, Kind};

/// How a call ended, from the server's side.
#[derive(Debug)]
pub(super) enum Outcome {
    /// Every response sent, status OK delivered.
    Completed,
    /// The handler ended the call with this (non-OK) status.
    Failed(RpcStatus),
    /// The client was gone before the call ended: it cancelled, its deadline
    /// passed, or the connection broke.
    Lost(grpcio::Error),
    /// Our own code panicked (a handler's panic ends its call with INTERNAL
    /// instead); the call was cancelled.
    Panicked,
}

/// The outcome of ending a call with the handler's non-OK `status`.
pub(super) async fn end_with_status(
    sent: impl Future<Output = grpcio::Result<()>>,
    status: RpcStatus,
) -> Outcome {
    match sent.await {
        Ok(()) => Outcome::Failed(status),
        Err(e) => Outcome::Lost(e),
    }
}

/// Starts a call of `kind`: `serve(call, metrics)` builds its future, which
/// is spawned on the call's poll thread; how the call ended is logged once
/// and counted. (A handler's panic is caught closer, in `guarded` and
/// `reply`, `sending.rs`; this catch is for ours, so a poll thread never dies.)
pub(super) fn spawn_logged<F>(
    ctx: &RpcContext<'_>,
    kind: Kind,
    serve: impl FnOnce(Call, Arc<CallMetrics>) -> F,
) where
    F: Future<Output = Outcome> + Send + 'static,
{
    let call = Call::new(ctx);
    let metrics = Arc::new(CallMetrics::start(kind, call.method()));
    // Boxed: an async block keeps the future it captures and the one it
    // awaits side by side, doubling the handler's share of every call's
    // memory (measured for a both-ways call: 2.4 KB spawned; boxed, 1.1 KB
    // plus a small spawned wrapper).
    let serving =
        Box::pin(AssertUnwindSafe(serve(call.clone(), Arc::clone(&metrics))).catch_unwind());
    ctx.spawn(async move {
        let outcome = serving.await.unwrap_or(Outcome::Panicked);
        let deadline = call.deadline();
        if matches!(outcome, Outcome::Lost(_)) && !deadline.exceeded() {
            // The client's deadline timer fires first and its cancel can reach
            // us just before our own copy of the deadline passes: look again
            // after that skew to tell a missed deadline from a cancel. (The
            // handler is already gone; only this log line waits.)
            Delay::new(DEADLINE_SKEW).await;
        }
        log_outcome(&call.log_name(), &outcome, deadline);
        metrics.handled(code_of(&outcome, deadline));
    });
}

/// The status a call ended with, as metrics count it.
fn code_of(outcome: &Outcome, deadline: Deadline) -> RpcStatusCode {
    match outcome {
        Outcome::Completed => RpcStatusCode::OK,
        Outcome::Failed(status) => status.code(),
        Outcome::Lost(_) if deadline.exceeded() => RpcStatusCode::DEADLINE_EXCEEDED,
        Outcome::Lost(_) => RpcStatusCode::CANCELLED,
        Outcome::Panicked => RpcStatusCode::INTERNAL,
    }
}

/// How far apart a client's deadline and our copy of it may be (the time the
/// request took to arrive, and clock granularity).
const DEADLINE_SKEW: Duration = Duration::from_millis(100);

/// One line per call that did not complete, `gRPC err: <call>: <why>`
/// (within [`OUTCOME_LINES`]).
fn log_outcome(call: &str, outcome: &Outcome, deadline: Deadline) {
    let (level, line) = match outcome {
        Outcome::Completed => return,
        // A status message may come from the client (an echo): one line, escaped.
        Outcome::Failed(status) => (
            Level::Warn,
            format!("gRPC err: {call}: {}", status_line(status).escape_debug()),
        ),
        Outcome::Lost(_) if deadline.exceeded() => (
            Level::Info,
            format!("gRPC err: {call}: deadline exceeded; handler stopped"),
        ),
        Outcome::Lost(e) => (
            Level::Info,
            format!("gRPC err: {call}: cancelled by the client or connection lost ({e}); handler stopped"),
        ),
        Outcome::Panicked => (
            Level::Error,
            format!("gRPC err: {call}: panicked; call cancelled"),
        ),
    };
    log_within(
        &OUTCOME_LINES,
        module_path!(),
        level,
        "call outcome",
        || line,
    );
}

/// The budget of [`log_outcome`]'s lines.
static OUTCOME_LINES: LogBudget = LogBudget::per_process();
