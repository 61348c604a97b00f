//! The integration tests' harness (tests/*.rs use it as `common`): servers
//! on 127.0.0.1:0 and clients in the test process, bounded waits, collected
//! transcripts; and, one file per concern:
//!
//! - [`process`]: the example programs (and the Go and Python peers) as
//!   processes, their output, signals, bounded exits;
//! - [`procfs`]: a process's memory and CPU time from `/proc`;
//! - [`logs`]: this process's log lines, captured;
//! - [`h2`]: HTTP/2 frames written and read by hand; [`raw`]: the contract's
//!   methods with raw bytes; [`attack`]: HTTP/2 attacks and what they cost;
//! - [`peers`]: the project's Python and grpcurl; [`pki`]: certificates;
//! - [`relay`]: a byte-counting TCP relay, and HTTP GET;
//! - [`redis`]: a real `redis-server` on a free port; [`sentinel`]: a
//!   master, two replicas and three sentinels.
//!
//! A crate of its own, compiled once for every test binary.

pub mod attack;
pub mod feed;
pub mod h2;
pub mod logs;
pub mod peers;
pub mod pki;
pub mod process;
pub mod procfs;
pub mod raw;
pub mod redis;
pub mod relay;
pub mod sentinel;

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::{self, Either};
use futures_timer::Delay;
use grpc_stream::contract::{StreamClient, Transcript};
use grpc_stream_engine::{ClientConfig, RunningServer, ServerBuilder};

pub use peers::{grpcurl, python, python_script};
pub use process::{
    example, free_port, run_client, run_pinging_client, signal, wait_bounded, ClientProcess,
    ServerProcess,
};
pub use procfs::{cpu_time, own_rss_bytes, peak_rss_bytes, rss_bytes, try_rss_bytes};
pub use redis::RedisServer;
pub use relay::{http_get, Relay};

/// The longest any single test step may take before the test fails.
pub const STEP: Duration = Duration::from_secs(30);

/// Runs `f` to completion, failing the test if it takes longer than `limit`.
pub fn within<F: Future>(limit: Duration, f: F) -> F::Output {
    futures_executor::block_on(async {
        futures::pin_mut!(f);
        match future::select(f, Delay::new(limit)).await {
            Either::Left((output, _)) => output,
            Either::Right(_) => panic!("timed out after {limit:?}"),
        }
    })
}

/// Asks `check` every `pace` until it answers `Ok`, and returns that;
/// fails the test with its last `Err` (what it saw) after `limit`. For state
/// a program shows only when asked (a metric, a port that starts to listen,
/// a call refused UNAVAILABLE until the server is back on Redis): there is
/// no event to wait on, so the asking is paced, as a client's retries are.
/// Never for order between the test's own threads (channels do that).
pub fn poll<T>(limit: Duration, pace: Duration, mut check: impl FnMut() -> Result<T, String>) -> T {
    let deadline = std::time::Instant::now() + limit;
    loop {
        let seen = match check() {
            Ok(found) => return found,
            Err(seen) => seen,
        };
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        assert!(!left.is_zero(), "not within {limit:?}: {seen}");
        std::thread::sleep(pace.min(left));
    }
}

/// A server builder on an ephemeral loopback port.
pub fn server() -> ServerBuilder {
    ServerBuilder::new("127.0.0.1:0").poll_threads(2)
}

/// A client connected to `server`, every call bounded by [`STEP`].
pub fn connect(server: &RunningServer) -> StreamClient {
    connect_to(server.addr(), Some(STEP))
}

/// A client connected to `addr`, calls bounded by `call_timeout`.
pub fn connect_to(addr: &str, call_timeout: Option<Duration>) -> StreamClient {
    let config = ClientConfig {
        connect_timeout: Duration::from_secs(10),
        call_timeout,
        ..ClientConfig::default()
    };
    within(STEP, StreamClient::connect(addr, &config)).expect("connect")
}

/// A transcript that collects lines for the test to read.
#[derive(Clone, Default)]
pub struct Lines(Arc<Mutex<Vec<String>>>);

impl Lines {
    pub fn transcript(&self) -> Transcript {
        let lines = Arc::clone(&self.0);
        Transcript::to(move |line| lines.lock().unwrap().push(line.to_string()))
    }

    pub fn get(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

/// Strings from anything that converts, for comparing transcripts.
pub fn strings<I: IntoIterator<Item = S>, S: ToString>(items: I) -> Vec<String> {
    items.into_iter().map(|s| s.to_string()).collect()
}

/// Tests that measure the whole process (memory, logs) run one at a time.
pub fn serial() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    #[test]
    fn poll_returns_the_first_answer_and_asks_no_more() {
        let mut asked = 0;
        let found = super::poll(Duration::from_secs(5), Duration::from_millis(1), || {
            asked += 1;
            if asked < 3 {
                Err(format!("asked {asked} times"))
            } else {
                Ok(asked)
            }
        });
        assert_eq!((found, asked), (3, 3));
    }

    #[test]
    #[should_panic(expected = "not within 20ms: still 7")]
    fn poll_fails_with_what_it_last_saw() {
        super::poll::<()>(Duration::from_millis(20), Duration::from_millis(5), || {
            Err("still 7".into())
        });
    }
}
