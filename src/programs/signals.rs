//! SIGINT and SIGTERM, the programs' cue for a graceful shutdown; SIGHUP,
//! their cue to reload what can change while serving.

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

/// Runs `reload` on a thread of its own at each SIGHUP, caught from now on
/// (call it before announcing readiness: SIGHUP's default ends a process).
pub fn on_hangup(mut reload: impl FnMut() + Send + 'static) -> std::io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([signal_hook::consts::SIGHUP])?;
    std::thread::Builder::new()
        .name("sighup".into())
        .spawn(move || {
            for _ in signals.forever() {
                reload();
            }
        })?;
    Ok(())
}
