//! Graceful shutdown: stop accepting calls, give running calls a grace period
//! to finish, then cancel what is left. Used by the programs on SIGINT/SIGTERM
//! and available to embedders as [`RunningServer::shutdown`].

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

/// Blocks until the process receives SIGINT or SIGTERM; returns its name.
pub fn wait_for_termination() -> std::io::Result<&'static str> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?;
    let name = match signals.forever().next() {
        Some(SIGINT) => "SIGINT",
        _ => "SIGTERM",
    };
    Ok(name)
}
