//! A budget for per-call log lines: a peer that starts or cancels calls by
//! the thousand (an HTTP/2 rapid reset, a retry storm) must not turn each
//! into a line. Past the budget, one line says that lines are being held
//! back, the rest are counted, and the count is logged with the next line
//! after the second is over.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Lines per second each kind of per-call line may take before the rest
/// are only counted, unless [`set_call_log_budget`] says otherwise.
pub const DEFAULT_CALL_LOG_BUDGET: u32 = 1000;

/// The budget every [`LogBudget::per_process`] follows: one for the whole
/// process, because the log it protects is the process's.
static LINES_PER_SECOND: AtomicU32 = AtomicU32::new(DEFAULT_CALL_LOG_BUDGET);

/// Sets how many lines a second each kind of per-call line (call starts,
/// call outcomes, refused calls) may take in this process before the rest
/// are only counted (at least 1; default [`DEFAULT_CALL_LOG_BUDGET`]). A
/// smaller budget suits a log shipped at a cost per line; it takes effect
/// at the next line.
pub fn set_call_log_budget(lines_per_second: u32) {
    LINES_PER_SECOND.store(lines_per_second.max(1), Ordering::Relaxed);
}

/// One kind of per-call line's budget.
pub(crate) struct LogBudget {
    state: Mutex<Window>,
    /// A fixed budget (the unit tests'), or `None`: the process's.
    per_second: Option<u32>,
}

struct Window {
    /// When the current one-second window began.
    started: Option<Instant>,
    /// Lines logged in it.
    logged: u32,
    /// Lines held back in it.
    held_back: u64,
}

/// What to do with one line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Log it.
    Log,
    /// Log it, after a line saying how many were held back in the window
    /// that just ended.
    LogAfterHeldBack(u64),
    /// The budget is spent: say that lines are held back from now on (this
    /// one among them).
    StartHoldingBack,
    /// Count it only.
    HoldBack,
}

impl LogBudget {
    /// A budget that follows [`set_call_log_budget`].
    pub(crate) const fn per_process() -> LogBudget {
        LogBudget::with(None)
    }

    #[cfg(test)]
    const fn new(per_second: u32) -> LogBudget {
        LogBudget::with(Some(per_second))
    }

    const fn with(per_second: Option<u32>) -> LogBudget {
        LogBudget {
            state: Mutex::new(Window {
                started: None,
                logged: 0,
                held_back: 0,
            }),
            per_second,
        }
    }

    fn per_second(&self) -> u32 {
        self.per_second
            .unwrap_or_else(|| LINES_PER_SECOND.load(Ordering::Relaxed))
    }

    /// The verdict for a line at `now`.
    pub(crate) fn admit(&self, now: Instant) -> Verdict {
        let mut window = match self.state.lock() {
            Ok(window) => window,
            Err(poisoned) => poisoned.into_inner(),
        };
        let expired = window
            .started
            .is_none_or(|started| now.saturating_duration_since(started) >= Duration::from_secs(1));
        if expired {
            let held_back = std::mem::take(&mut window.held_back);
            window.started = Some(now);
            window.logged = 1;
            return if held_back > 0 {
                Verdict::LogAfterHeldBack(held_back)
            } else {
                Verdict::Log
            };
        }
        if window.logged < self.per_second() {
            window.logged += 1;
            Verdict::Log
        } else {
            window.held_back += 1;
            if window.held_back == 1 {
                Verdict::StartHoldingBack
            } else {
                Verdict::HoldBack
            }
        }
    }
}

/// Logs `line` at `level` under `target` (the caller's module) if `budget`
/// allows it, with the notices about held-back lines the budget calls for;
/// `what` names the kind of line in those notices.
pub(crate) fn log_within(
    budget: &LogBudget,
    target: &str,
    level: log::Level,
    what: &str,
    line: impl FnOnce() -> String,
) {
    if !log::log_enabled!(target: target, level) {
        return;
    }
    match budget.admit(Instant::now()) {
        Verdict::Log => log::log!(target: target, level, "{}", line()),
        Verdict::LogAfterHeldBack(count) => {
            log::log!(target: target, level, "{count} more {what} lines were held back in the last second");
            log::log!(target: target, level, "{}", line());
        }
        Verdict::StartHoldingBack => log::log!(
            target: target,
            level,
            "more than {} {what} lines this second: holding the rest back, their count follows",
            budget.per_second()
        ),
        Verdict::HoldBack => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_within_the_budget_are_logged() {
        let budget = LogBudget::new(3);
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(budget.admit(start), Verdict::Log);
        }
    }

    #[test]
    fn lines_past_the_budget_are_counted_and_reported_in_the_next_window() {
        let budget = LogBudget::new(2);
        let start = Instant::now();
        assert_eq!(budget.admit(start), Verdict::Log);
        assert_eq!(
            budget.admit(start + Duration::from_millis(10)),
            Verdict::Log
        );
        assert_eq!(
            budget.admit(start + Duration::from_millis(20)),
            Verdict::StartHoldingBack
        );
        for i in 0..4 {
            assert_eq!(
                budget.admit(start + Duration::from_millis(21 + i)),
                Verdict::HoldBack
            );
        }
        let next = start + Duration::from_secs(1);
        assert_eq!(budget.admit(next), Verdict::LogAfterHeldBack(5));
        assert_eq!(budget.admit(next), Verdict::Log);
        assert_eq!(budget.admit(next), Verdict::StartHoldingBack);
        // A quiet window reports what the last one held back, then starts clean.
        let later = next + Duration::from_secs(5);
        assert_eq!(budget.admit(later), Verdict::LogAfterHeldBack(1));
        assert_eq!(budget.admit(later + Duration::from_secs(1)), Verdict::Log);
    }

    #[test]
    fn a_clock_that_steps_back_does_not_reopen_the_window() {
        let budget = LogBudget::new(1);
        let start = Instant::now() + Duration::from_secs(10);
        assert_eq!(budget.admit(start), Verdict::Log);
        assert_eq!(
            budget.admit(start - Duration::from_secs(5)),
            Verdict::StartHoldingBack
        );
    }
}
