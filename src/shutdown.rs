//! Graceful shutdown: stop accepting calls, give running calls a grace period
//! to finish, then cancel what is left. Used by the programs on SIGINT/SIGTERM
//! and available to embedders as [`RunningServer::shutdown`].

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use futures::future::{self, Either};
use futures_executor::block_on;
use futures_timer::Delay;
use log::{error, info, warn};

use crate::server::RunningServer;

/// How long cancelled calls get to unwind before we stop waiting for them.
const CANCEL_WAIT: Duration = Duration::from_secs(5);

/// How a shutdown went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShutdownReport {
    /// Every running call finished on its own within the grace period.
    pub drained: bool,
    /// From the start of the shutdown to the last call's end.
    pub elapsed: Duration,
}

impl RunningServer {
    /// Stops the server gracefully and blocks until it has stopped.
    ///
    /// Health checks turn NOT_SERVING and the server stops accepting calls
    /// (new calls fail with UNAVAILABLE); calls already running get `grace`
    /// to finish with their own status; whatever still runs then is cancelled
    /// (its client sees UNAVAILABLE or CANCELLED).
    pub fn shutdown(mut self, grace: Duration) -> ShutdownReport {
        let started = Instant::now();
        self.draining.store(true, Ordering::Release);
        self.health.shutdown();
        info!(
            "shutting down {}: refusing new calls, running calls have {}ms to finish",
            self.addr,
            grace.as_millis()
        );
        let stopped = self.server.shutdown();
        let drained = match block_on(future::select(stopped, Delay::new(grace))) {
            Either::Left((_, _)) => true,
            Either::Right((_, stopped)) => {
                warn!("grace period over: cancelling the calls still running");
                self.server.cancel_all_calls();
                if let Either::Right(_) = block_on(future::select(stopped, Delay::new(CANCEL_WAIT)))
                {
                    error!(
                        "calls still running {}s after cancelling them",
                        CANCEL_WAIT.as_secs()
                    );
                }
                false
            }
        };
        let report = ShutdownReport {
            drained,
            elapsed: started.elapsed(),
        };
        info!(
            "stopped in {}ms ({})",
            report.elapsed.as_millis(),
            if drained {
                "all calls finished"
            } else {
                "calls cancelled after the grace period"
            }
        );
        report
    }
}

/// SIGINT and SIGTERM, caught from the moment this is created (create it
/// before announcing readiness, so no signal is missed).
pub struct Termination {
    signals: signal_hook::iterator::Signals,
}

impl Termination {
    /// Starts catching SIGINT and SIGTERM.
    pub fn catch() -> std::io::Result<Self> {
        use signal_hook::consts::{SIGINT, SIGTERM};
        Ok(Termination {
            signals: signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?,
        })
    }

    /// Blocks until one arrives; returns its name.
    pub fn wait(mut self) -> &'static str {
        match self.signals.forever().next() {
            Some(signal_hook::consts::SIGINT) => "SIGINT",
            _ => "SIGTERM",
        }
    }
}
