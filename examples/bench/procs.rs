//! The servers under test, as processes: started on a free loopback port,
//! ready when they print their readiness line, measured through /proc.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Where a server program says it is ready (ours, the floor and the Go
/// peer on stderr, the tonic peer on stdout).
#[derive(Clone, Copy)]
pub enum Ready {
    Stdout,
    Stderr,
}

/// A running server program.
pub struct Server {
    child: Child,
    pub addr: String,
}

impl Server {
    /// Starts `dir/program args --addr 127.0.0.1:0` (logging errors only)
    /// and waits up to 30 s for it.
    pub fn start(dir: &Path, program: &str, args: &[String]) -> Result<Server, String> {
        let mut command = Command::new(dir.join(program));
        command.args(args).args(["--addr", "127.0.0.1:0"]);
        Server::spawn(command, program, Ready::Stderr)
    }

    /// Starts a server program and waits up to 30 s for its readiness line,
    /// "... listening on ADDR ...", on `ready`; the other output is
    /// discarded (our servers' transcripts on stdout, as compare.py does).
    pub fn spawn(mut command: Command, name: &str, ready: Ready) -> Result<Server, String> {
        let (stdout, stderr) = match ready {
            Ready::Stdout => (Stdio::piped(), Stdio::null()),
            Ready::Stderr => (Stdio::null(), Stdio::piped()),
        };
        let mut child = command
            .env("RUST_LOG", "error")
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .map_err(|e| format!("cannot start {name}: {e}"))?;
        let (tx, rx) = mpsc::channel();
        match ready {
            Ready::Stdout => watch(child.stdout.take().ok_or("no stdout")?, tx),
            Ready::Stderr => watch(child.stderr.take().ok_or("no stderr")?, tx),
        }
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(addr) => Ok(Server { child, addr }),
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                Err(format!("{name} did not start"))
            }
        }
    }

    /// Resident memory now (VmRSS), bytes.
    pub fn rss(&self) -> u64 {
        status_field(self.child.id(), "VmRSS:")
    }

    /// Peak resident memory since start (VmHWM), bytes.
    pub fn peak_rss(&self) -> u64 {
        status_field(self.child.id(), "VmHWM:")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

/// Reads `pipe` to its end (a full pipe would stall the server), sending
/// the address of the first readiness line.
fn watch(pipe: impl Read + Send + 'static, ready: mpsc::Sender<String>) {
    std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            if let Some((_, rest)) = line.split_once(" listening on ") {
                let addr = rest.split_whitespace().next().unwrap_or_default();
                let _ = ready.send(addr.to_string());
            }
        }
    });
}

fn status_field(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kib| kib * 1024)
}

/// A `redis-server` for the feed's Redis cells: a free loopback port,
/// nothing written to disk.
pub struct Redis {
    child: Child,
    pub port: u16,
}

impl Redis {
    /// Starts one and waits up to 30 s for it to answer.
    pub fn start() -> Result<Redis, String> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        let child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start redis-server (make deps installs it): {e}"))?;
        let redis = Redis { child, port };
        let started = std::time::Instant::now();
        while redis.commands_processed().is_err() {
            if started.elapsed() > Duration::from_secs(30) {
                return Err("redis-server did not start".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(redis)
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Commands Redis has processed since it started (`INFO stats`; the
    /// INFO itself counts once).
    pub fn commands_processed(&self) -> Result<u64, String> {
        use std::io::Write;
        let mut stream =
            std::net::TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| e.to_string())?;
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .map_err(|e| e.to_string())?;
        stream
            .write_all(b"INFO stats\r\n")
            .map_err(|e| e.to_string())?;
        // A bulk reply: "$LEN\r\n" then LEN bytes of "field:value" lines.
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).map_err(|e| e.to_string())?;
        let len: usize = line
            .trim()
            .strip_prefix('$')
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("unexpected INFO reply {line:?}"))?;
        let mut body = vec![0; len];
        reader.read_exact(&mut body).map_err(|e| e.to_string())?;
        String::from_utf8_lossy(&body)
            .lines()
            .find_map(|l| l.strip_prefix("total_commands_processed:"))
            .and_then(|n| n.trim().parse().ok())
            .ok_or_else(|| "no total_commands_processed in INFO stats".into())
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
