//! The servers under test, as processes: started on a free loopback port,
//! ready when they print their readiness line, measured through /proc.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running server program.
pub struct Server {
    child: Child,
    pub addr: String,
}

impl Server {
    /// Starts `dir/program args --addr 127.0.0.1:0` (logging errors only,
    /// stdout discarded as compare.py does) and waits up to 30 s for it.
    pub fn start(dir: &Path, program: &str, args: &[String]) -> Result<Server, String> {
        let mut child = Command::new(dir.join(program))
            .args(args)
            .args(["--addr", "127.0.0.1:0"])
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {program}: {e}"))?;
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some((_, addr)) = line.split_once(" listening on ") {
                    let _ = tx.send(addr.trim().to_string());
                }
            }
        });
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(addr) => Ok(Server { child, addr }),
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                Err(format!("{program} did not start"))
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
