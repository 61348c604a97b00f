//! A real `redis-server` (Debian's, installed by `make deps`) for the feed's
//! Redis tests: on a free loopback port, nothing written to disk, killed
//! when dropped. Stopped and started again on its port, it comes back
//! empty: a Redis that lost its data.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::process::{
    free_port, lines_of, signal, wait_bounded, wait_for_line, wait_for_line_where,
};
use crate::STEP;

/// A running `redis-server`.
pub struct RedisServer {
    child: Option<Child>,
    /// Its port on 127.0.0.1.
    pub port: u16,
    /// `redis://127.0.0.1:PORT`.
    pub url: String,
    /// Its log lines, read as they come (a full pipe would block it).
    output: mpsc::Receiver<String>,
    /// Its working directory when the test gave none (a replica writes
    /// the master's data there): removed with it.
    own_dir: Option<PathBuf>,
}

impl RedisServer {
    /// Starts one on a free port and waits for it to accept connections.
    pub fn start() -> RedisServer {
        RedisServer::start_on(free_port())
    }

    /// Starts one on `port` (again after [`RedisServer::stop`]).
    pub fn start_on(port: u16) -> RedisServer {
        RedisServer::launch(port, &["--appendonly", "no"])
    }

    /// Starts one on a free port with settings of the test's own (e.g.
    /// `["--maxmemory-policy", "allkeys-lru"]`), nothing written to disk.
    pub fn start_with(settings: &[&str]) -> RedisServer {
        RedisServer::launch(
            free_port(),
            &[&["--appendonly", "no"][..], settings].concat(),
        )
    }

    /// Runs a script that keeps Redis busy for `busy` (on a thread): past
    /// its `busy-reply-threshold`, other clients get BUSY answers.
    pub fn busy_for(&self, busy: Duration) -> JoinHandle<redis::RedisResult<i64>> {
        const SPIN: &str = "local start = redis.call('TIME') \
            while true do \
              local now = redis.call('TIME') \
              if (now[1] - start[1]) * 1000000 + (now[2] - start[2]) > tonumber(ARGV[1]) then \
                return 0 \
              end \
            end";
        let url = self.url.clone();
        let micros = busy.as_micros().to_string();
        std::thread::spawn(move || {
            let client = redis::Client::open(url.as_str())?;
            let mut connection = client.get_connection_with_timeout(STEP)?;
            connection.set_read_timeout(Some(STEP))?;
            redis::cmd("EVAL")
                .arg(SPIN)
                .arg(0)
                .arg(micros)
                .query(&mut connection)
        })
    }

    /// Runs one command (e.g. `["FLUSHALL"]`) on a connection of its own,
    /// bounded by [`STEP`]: its answer, or Redis' error.
    pub fn command<T: redis::FromRedisValue>(&self, args: &[&str]) -> redis::RedisResult<T> {
        command_at(&self.url, args)
    }

    /// The commands its ACL refused since it started (`ACL LOG`'s
    /// `object` of each entry, e.g. `config|get`).
    pub fn refused_commands(&self) -> Vec<String> {
        let entries: Vec<Vec<redis::Value>> = self.command(&["ACL", "LOG"]).expect("ACL LOG");
        entries
            .iter()
            .filter_map(|entry| {
                let at = entry.iter().position(
                    |field| matches!(field, redis::Value::BulkString(b) if b == b"object"),
                )?;
                match entry.get(at + 1)? {
                    redis::Value::BulkString(object) => {
                        Some(String::from_utf8_lossy(object).into_owned())
                    }
                    _ => None,
                }
            })
            .collect()
    }

    /// Starts one on `port` that writes each command to an append-only
    /// file in `dir` before answering it (`appendfsync always`): killed and
    /// started again on the same `dir`, it has all its data.
    pub fn start_durable(port: u16, dir: &Path) -> RedisServer {
        RedisServer::with_file(port, dir, "always")
    }

    /// Like [`RedisServer::start_durable`], but its append-only file is
    /// synced once a second (Redis' default): killed, it may lose the last
    /// second's writes.
    pub fn start_lazily_synced(port: u16, dir: &Path) -> RedisServer {
        RedisServer::with_file(port, dir, "everysec")
    }

    /// A new empty directory for a Redis' files, never another test's.
    pub fn scratch_dir() -> PathBuf {
        static MADE: AtomicUsize = AtomicUsize::new(0);
        let n = MADE.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("feed-redis-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a directory for Redis");
        dir
    }

    fn with_file(port: u16, dir: &Path, appendfsync: &str) -> RedisServer {
        RedisServer::with_file_and(port, dir, appendfsync, &[])
    }

    /// Like [`RedisServer::start_durable`], with settings of the test's own.
    pub fn start_durable_with(port: u16, dir: &Path, settings: &[&str]) -> RedisServer {
        RedisServer::with_file_and(port, dir, "always", settings)
    }

    fn with_file_and(port: u16, dir: &Path, appendfsync: &str, settings: &[&str]) -> RedisServer {
        let dir = dir.to_str().expect("a UTF-8 path");
        let file = ["--appendonly", "yes", "--appendfsync", appendfsync];
        RedisServer::launch(port, &[&["--dir", dir][..], &file, settings].concat())
    }

    fn launch(port: u16, persistence: &[&str]) -> RedisServer {
        // Never the test's directory: a file another test's Redis left
        // there would be loaded.
        let own_dir = (!persistence.contains(&"--dir")).then(RedisServer::scratch_dir);
        let mut command = Command::new("redis-server");
        command
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--loglevel", "notice"]);
        if let Some(dir) = &own_dir {
            command.arg("--dir").arg(dir);
        }
        let mut child = command
            .args(persistence)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start redis-server (make deps installs it): {e}"));
        let output = lines_of(child.stdout.take().expect("piped stdout"));
        if wait_for_line(&output, "Ready to accept connections", STEP).is_none() {
            let _ = child.kill();
            let _ = child.wait();
            panic!("redis-server on port {port} did not get ready within {STEP:?}");
        }
        RedisServer {
            child: Some(child),
            port,
            url: format!("redis://127.0.0.1:{port}"),
            output,
            own_dir,
        }
    }

    /// Waits (at most [`STEP`]) for a log line of its containing `needle`,
    /// e.g. the end of a background rewrite.
    pub fn wait_for_log(&self, needle: &str) {
        if wait_for_line(&self.output, needle, STEP).is_none() {
            panic!(
                "redis-server on port {} logged no {needle:?} within {STEP:?}",
                self.port
            );
        }
    }

    /// Waits (at most [`STEP`]) for a replica to be in step with its new
    /// master, whether the master continued its history (a partial
    /// resynchronization) or sent all of its data.
    pub fn wait_for_synced(&self) {
        let synced = |line: &str| {
            line.contains("Successful partial resynchronization")
                || line.contains("MASTER <-> REPLICA sync: Finished with success")
        };
        if wait_for_line_where(&self.output, synced, STEP).is_none() {
            panic!(
                "redis-server on port {} did not sync with its master within {STEP:?}",
                self.port
            );
        }
    }

    /// Freezes it (SIGSTOP): connections stay open and get no answer, as
    /// from a Redis that hangs or is cut off; its data stays.
    pub fn pause(&self) {
        signal(self.child.as_ref().expect("running"), "STOP");
    }

    /// Lets a paused one go on (SIGCONT).
    pub fn resume(&self) {
        signal(self.child.as_ref().expect("running"), "CONT");
    }

    /// Kills it (its data is gone) and waits for the exit.
    pub fn stop(mut self) {
        self.kill();
    }

    fn kill(&mut self) {
        // A paused process dies of SIGKILL too.
        kill_bounded(&mut self.child);
    }
}

/// SIGKILLs `child` (once: it is taken) and waits for it, at most [`STEP`].
pub(crate) fn kill_bounded(child: &mut Option<Child>) {
    if let Some(mut child) = child.take() {
        let _ = child.kill();
        wait_bounded(child, STEP);
    }
}

/// Runs one command on the Redis (or sentinel) at `url` on a connection of
/// its own, bounded by [`STEP`]: its answer, or the error.
pub fn command_at<T: redis::FromRedisValue>(url: &str, args: &[&str]) -> redis::RedisResult<T> {
    let client = redis::Client::open(url)?;
    let mut connection = client.get_connection_with_timeout(STEP)?;
    connection.set_read_timeout(Some(STEP))?;
    let mut command = redis::cmd(args[0]);
    for arg in &args[1..] {
        command.arg(*arg);
    }
    command.query(&mut connection)
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
        if let Some(dir) = &self.own_dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
