//! Programs as processes: the example servers and clients (ours, and the
//! Go and Python peers through [`ServerProcess::spawn`] /
//! [`ClientProcess::spawn`]), their output read as it comes, every wait
//! bounded.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::STEP;

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
    stdout: mpsc::Receiver<String>,
    stderr: mpsc::Receiver<String>,
}

impl ServerProcess {
    /// Starts example `name` with `args` plus `--addr 127.0.0.1:0` and waits
    /// for its readiness line on stderr.
    pub fn start(name: &str, args: &[&str]) -> ServerProcess {
        let mut command = Command::new(example(name));
        command.args(args);
        Self::spawn(command)
    }

    /// Starts any server program (ours, Go, Python) given `--addr
    /// 127.0.0.1:0`, and waits for its `... listening on <addr>` line.
    pub fn spawn(command: Command) -> ServerProcess {
        Self::spawn_at(command, "127.0.0.1:0")
    }

    /// Starts example `name` with `args` on `addr` (a port that must be
    /// the same across restarts), and waits for its readiness line.
    pub fn start_at(name: &str, addr: &str, args: &[&str]) -> ServerProcess {
        let mut command = Command::new(example(name));
        command.args(args);
        Self::spawn_at(command, addr)
    }

    fn spawn_at(mut command: Command, addr: &str) -> ServerProcess {
        let name = format!("{:?}", command.get_program());
        if command.get_envs().all(|(key, _)| key != "RUST_LOG") {
            command.env("RUST_LOG", "info");
        }
        let mut child = command
            .args(["--addr", addr])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        // Read both pipes from the start: a full pipe would block the server.
        let stdout = lines_of(child.stdout.take().expect("piped stdout"));
        let stderr = lines_of(child.stderr.take().expect("piped stderr"));
        loop {
            match stderr.recv_timeout(STEP) {
                Ok(line) => {
                    if let Some((_, addr)) = line.split_once(" listening on ") {
                        let addr = addr.trim().to_string();
                        return ServerProcess {
                            child: Some(child),
                            addr,
                            stdout,
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
    pub fn stop(self) -> (ExitStatus, Vec<String>, Vec<String>) {
        self.signal("TERM");
        self.wait()
    }

    /// Waits (bounded) for an exit already under way; returns its status and
    /// the rest of its stdout and stderr.
    pub fn wait(mut self) -> (ExitStatus, Vec<String>, Vec<String>) {
        let child = self.child.take().expect("running");
        let status = wait_bounded(child, STEP);
        (status, drain(&self.stdout), drain(&self.stderr))
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    /// Sends a signal (`TERM`, `INT`, `KILL`) to the server.
    pub fn signal(&self, name: &str) {
        signal(self.child.as_ref().expect("running"), name);
    }

    /// Waits (at most `limit`) for a stderr line containing `needle`.
    pub fn wait_for_stderr(&self, needle: &str, limit: Duration) -> Option<String> {
        wait_for_line(&self.stderr, needle, limit)
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
    ClientProcess::start(name, args).finish()
}

/// An example client process whose output is read as it comes.
pub struct ClientProcess {
    child: Child,
    pub stdout: mpsc::Receiver<String>,
    pub stderr: mpsc::Receiver<String>,
}

impl ClientProcess {
    pub fn start(name: &str, args: &[&str]) -> ClientProcess {
        let mut command = Command::new(example(name));
        command.args(args);
        Self::spawn(command)
    }

    /// Starts any client program (ours, Go, Python).
    pub fn spawn(mut command: Command) -> ClientProcess {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {:?}: {e}", command.get_program()));
        let stdout = lines_of(child.stdout.take().expect("piped stdout"));
        let stderr = lines_of(child.stderr.take().expect("piped stderr"));
        ClientProcess {
            child,
            stdout,
            stderr,
        }
    }

    /// The next stdout line, waiting at most [`STEP`].
    pub fn next_line(&self) -> String {
        self.stdout.recv_timeout(STEP).expect("a line on stdout")
    }

    pub fn kill(&self) {
        signal(&self.child, "KILL");
    }

    /// Waits (bounded by [`STEP`]) for the exit: status, rest of stdout, stderr.
    pub fn finish(self) -> (ExitStatus, Vec<String>, Vec<String>) {
        self.finish_within(STEP)
    }

    pub fn finish_within(self, limit: Duration) -> (ExitStatus, Vec<String>, Vec<String>) {
        let status = wait_bounded(self.child, limit);
        (status, drain(&self.stdout), drain(&self.stderr))
    }
}

/// Lines of a pipe, read on their own thread.
pub(crate) fn lines_of(pipe: impl std::io::Read + Send + 'static) -> mpsc::Receiver<String> {
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

/// Waits (at most `limit`) for a line of `lines` containing `needle`.
pub(crate) fn wait_for_line(
    lines: &mpsc::Receiver<String>,
    needle: &str,
    limit: Duration,
) -> Option<String> {
    wait_for_line_where(lines, |line| line.contains(needle), limit)
}

/// Waits (at most `limit`) for a line of `lines` that `wanted` accepts.
pub(crate) fn wait_for_line_where(
    lines: &mpsc::Receiver<String>,
    wanted: impl Fn(&str) -> bool,
    limit: Duration,
) -> Option<String> {
    let deadline = std::time::Instant::now() + limit;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) if wanted(&line) => return Some(line),
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
}

/// Every line until the pipe closes (bounded by [`STEP`] per line).
fn drain(lines: &mpsc::Receiver<String>) -> Vec<String> {
    let mut all = Vec::new();
    while let Ok(line) = lines.recv_timeout(STEP) {
        all.push(line);
    }
    all
}

/// A loopback port nothing listens on right now (for programs that cannot
/// be given port 0 and report what they got).
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address").port()
}

/// Our client program on a quiet client-push stream (two messages 5 s
/// apart) with keepalive pings every 100 ms (the C core sends at most one a
/// second): more pings than a server's default policy allows. Runs it
/// against `addr`; its status and stderr.
pub fn run_pinging_client(addr: &str) -> (ExitStatus, Vec<String>) {
    let (status, _, err) = run_client(
        "client_stream_client",
        &[
            "--addr",
            addr,
            "--keepalive-time",
            "100ms",
            "--interval-ms",
            "5000",
            "--count",
            "2",
        ],
    );
    (status, err)
}
