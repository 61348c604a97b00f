//! Helpers shared by the integration tests: servers on 127.0.0.1:0, clients,
//! bounded waits, collected transcripts, example programs as processes.
#![allow(dead_code)] // each test crate uses a subset

use std::future::Future;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::{self, Either};
use futures_timer::Delay;
use grpc_stream::{ClientConfig, RunningServer, ServerBuilder, StreamClient, Transcript};

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

/// A server builder on an ephemeral loopback port.
pub fn server() -> ServerBuilder {
    ServerBuilder::new("127.0.0.1:0").poll_threads(2)
}

/// A client connected to `server`, every call bounded by [`STEP`].
pub fn connect(server: &RunningServer) -> StreamClient {
    let config = ClientConfig {
        connect_timeout: Duration::from_secs(10),
        call_timeout: Some(STEP),
        ..ClientConfig::default()
    };
    within(STEP, StreamClient::connect(server.addr(), &config)).expect("connect")
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

/// An example program, built by `cargo test` next to the test binaries.
pub fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target dir");
    dir.join("examples").join(name)
}

/// An example server process on an ephemeral port, started and ready.
pub struct ServerProcess {
    child: Option<Child>,
    pub addr: String,
    stderr: mpsc::Receiver<String>,
}

impl ServerProcess {
    /// Starts `name` with `args` plus `--addr 127.0.0.1:0` and waits for its
    /// readiness line on stderr.
    pub fn start(name: &str, args: &[&str]) -> ServerProcess {
        let mut child = Command::new(example(name))
            .args(args)
            .args(["--addr", "127.0.0.1:0"])
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        let stderr = lines_of(child.stderr.take().expect("piped stderr"));
        loop {
            match stderr.recv_timeout(STEP) {
                Ok(line) => {
                    if let Some((_, addr)) = line.split_once(" listening on ") {
                        let addr = addr.trim().to_string();
                        return ServerProcess {
                            child: Some(child),
                            addr,
                            stderr,
                        };
                    }
                }
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("{name} printed no readiness line: {e}");
                }
            }
        }
    }

    /// Sends SIGTERM and waits (bounded) for the exit; returns its status and
    /// the rest of its stdout and stderr.
    pub fn stop(mut self) -> (ExitStatus, Vec<String>, Vec<String>) {
        self.signal("TERM");
        let mut child = self.child.take().expect("running");
        let stdout = lines_of(child.stdout.take().expect("piped stdout"));
        let status = wait_bounded(child, STEP);
        (status, drain(&stdout), drain(&self.stderr))
    }

    /// Sends a signal (`TERM`, `INT`, `KILL`) to the server.
    pub fn signal(&self, name: &str) {
        signal(self.child.as_ref().expect("running"), name);
    }

    /// Lines the server wrote on stderr so far (waiting up to `limit` for the first).
    pub fn stderr_lines(&self, limit: Duration) -> Vec<String> {
        let mut lines = Vec::new();
        if let Ok(line) = self.stderr.recv_timeout(limit) {
            lines.push(line);
            lines.extend(self.stderr.try_iter());
        }
        lines
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Sends a signal (`TERM`, `INT`, `KILL`) to a child process.
pub fn signal(child: &Child, name: &str) {
    let sent = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(child.id().to_string())
        .status()
        .expect("run kill");
    assert!(sent.success(), "kill -{name} failed");
}

/// Waits for a child's exit, killing it and failing the test after `limit`.
pub fn wait_bounded(child: Child, limit: Duration) -> ExitStatus {
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut child = child;
        let _ = tx.send(child.wait());
    });
    match rx.recv_timeout(limit) {
        Ok(status) => status.expect("wait for child"),
        Err(_) => {
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg(pid.to_string())
                .status();
            panic!("process {pid} did not exit within {limit:?}");
        }
    }
}

/// Runs an example client to completion (bounded): status, stdout, stderr.
pub fn run_client(name: &str, args: &[&str]) -> (ExitStatus, Vec<String>, Vec<String>) {
    let mut child = Command::new(example(name))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
    let stdout = lines_of(child.stdout.take().expect("piped stdout"));
    let stderr = lines_of(child.stderr.take().expect("piped stderr"));
    let status = wait_bounded(child, STEP);
    (status, drain(&stdout), drain(&stderr))
}

/// Lines of a pipe, read on their own thread.
fn lines_of(pipe: impl std::io::Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Every line until the pipe closes (bounded by [`STEP`] per line).
fn drain(lines: &mpsc::Receiver<String>) -> Vec<String> {
    let mut all = Vec::new();
    while let Ok(line) = lines.recv_timeout(STEP) {
        all.push(line);
    }
    all
}
