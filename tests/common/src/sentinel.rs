//! A Redis master, two replicas and three sentinels watching them (Debian's
//! `redis-server`, in sentinel mode for those), on free loopback ports,
//! killed when dropped: what the feed's Sentinel tests fail over.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use grpc_stream_feed::RedisConfig;

use crate::process::{free_port, lines_of, wait_for_line};
use crate::redis::{command_at, kill_bounded};
use crate::{RedisServer, STEP};

/// The master's name in the sentinels' configuration.
pub const MASTER: &str = "feed";

/// How long a sentinel waits for an unanswering master before it counts
/// it down (the setting: a failover in about 3 s).
pub const DOWN_AFTER: Duration = Duration::from_millis(1000);

/// The master, its replicas and the sentinels.
pub struct SentinelSet {
    /// The Redis processes: the first is the master at the start. `None`
    /// once a test killed it.
    pub nodes: Vec<Option<RedisServer>>,
    /// The sentinels; `None` once a test killed one.
    pub sentinels: Vec<Option<Sentinel>>,
}

impl SentinelSet {
    /// A master with two replicas in sync, and three sentinels (quorum 2)
    /// that know the replicas and each other: ready to fail over.
    pub fn start() -> SentinelSet {
        // Full syncs at once (Redis waits 5 s for more replicas by default).
        let quick = ["--repl-diskless-sync-delay", "0"];
        let master = RedisServer::start_with(&quick);
        let master_port = master.port.to_string();
        let mut nodes = vec![Some(master)];
        for _ in 0..2 {
            let replica = RedisServer::start_with(
                &[
                    &["--replicaof", "127.0.0.1", master_port.as_str()][..],
                    &quick,
                ]
                .concat(),
            );
            replica.wait_for_log("MASTER <-> REPLICA sync: Finished with success");
            nodes.push(Some(replica));
        }
        let sentinels: Vec<Sentinel> = (0..3)
            .map(|_| Sentinel::start(MASTER, nodes_port(&nodes, 0), 2))
            .collect();
        // Ready when each knows both replicas and both other sentinels.
        for sentinel in &sentinels {
            let mut needles: Vec<String> = nodes[1..]
                .iter()
                .map(|node| format!("+slave slave 127.0.0.1:{}", node.as_ref().expect("up").port))
                .collect();
            needles.extend(
                sentinels
                    .iter()
                    .filter(|other| other.port != sentinel.port)
                    .map(|other| format!("127.0.0.1 {} @ {MASTER}", other.port)),
            );
            sentinel.wait_for_all(&needles);
        }
        SentinelSet {
            nodes,
            sentinels: sentinels.into_iter().map(Some).collect(),
        }
    }

    /// `HOST:PORT` of each sentinel, dead ones too.
    pub fn sentinel_addrs(&self) -> Vec<String> {
        self.sentinels
            .iter()
            .flatten()
            .map(|s| format!("127.0.0.1:{}", s.port))
            .collect()
    }

    /// A feed's configuration on this set: commands bounded by `timeout`,
    /// one replica waited for.
    pub fn config(&self, timeout: Duration) -> RedisConfig {
        RedisConfig {
            timeout,
            ..RedisConfig::sentinel(self.sentinel_addrs(), MASTER)
        }
    }

    /// The running node `i`.
    pub fn node(&self, i: usize) -> &RedisServer {
        self.nodes[i].as_ref().expect("a running node")
    }

    /// Waits (at most [`STEP`]) for the sentinels to announce that the
    /// master moved from port `old`: the index of the node promoted.
    pub fn wait_for_failover_from(&self, old: u16) -> usize {
        let needle = format!("+switch-master {MASTER} 127.0.0.1 {old} 127.0.0.1 ");
        let sentinel = self.sentinels.iter().flatten().next().expect("a sentinel");
        let line = sentinel.wait_for(&needle);
        let new: u16 = line
            .rsplit(' ')
            .next()
            .and_then(|port| port.trim().parse().ok())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        self.nodes
            .iter()
            .position(|node| node.as_ref().is_some_and(|n| n.port == new))
            .unwrap_or_else(|| panic!("the sentinels promoted port {new}, none of the set"))
    }
}

fn nodes_port(nodes: &[Option<RedisServer>], i: usize) -> u16 {
    nodes[i].as_ref().expect("a running node").port
}

/// A `redis-server` in sentinel mode, its configuration file its own.
pub struct Sentinel {
    child: Option<Child>,
    /// Its port on 127.0.0.1.
    pub port: u16,
    output: mpsc::Receiver<String>,
    dir: PathBuf,
}

impl Sentinel {
    /// A sentinel on a free port watching master `name` at
    /// `127.0.0.1:master_port` with `quorum`.
    pub fn start(name: &str, master_port: u16, quorum: u32) -> Sentinel {
        let port = free_port();
        let dir = RedisServer::scratch_dir();
        let conf = dir.join("sentinel.conf");
        let down_after = DOWN_AFTER.as_millis();
        // Sentinel rewrites its file as it learns: one of its own.
        std::fs::write(
            &conf,
            format!(
                "port {port}\nbind 127.0.0.1\ndir {}\n\
                 sentinel monitor {name} 127.0.0.1 {master_port} {quorum}\n\
                 sentinel down-after-milliseconds {name} {down_after}\n\
                 sentinel failover-timeout {name} 10000\n",
                dir.display()
            ),
        )
        .expect("a sentinel configuration");
        let mut child = Command::new("redis-server")
            .arg(&conf)
            .arg("--sentinel")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start a sentinel (make deps installs it): {e}"));
        let output = lines_of(child.stdout.take().expect("piped stdout"));
        let sentinel = Sentinel {
            child: Some(child),
            port,
            output,
            dir,
        };
        sentinel.wait_for(&format!("+monitor master {name}"));
        sentinel
    }

    /// Waits (at most [`STEP`]) for a log line containing `needle`.
    pub fn wait_for(&self, needle: &str) -> String {
        wait_for_line(&self.output, needle, STEP).unwrap_or_else(|| {
            panic!(
                "sentinel {} logged no {needle:?} within {STEP:?}",
                self.port
            )
        })
    }

    /// Waits (at most [`STEP`] in all) until each of `needles` was in a
    /// log line, in any order.
    fn wait_for_all(&self, needles: &[String]) {
        let deadline = Instant::now() + STEP;
        let mut missing: Vec<&String> = needles.iter().collect();
        while !missing.is_empty() {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(line) => missing.retain(|needle| !line.contains(needle.as_str())),
                Err(_) => panic!(
                    "sentinel {} logged none of {missing:?} within {STEP:?}",
                    self.port
                ),
            }
        }
    }

    /// Runs one command on it (e.g. `SENTINEL get-master-addr-by-name`).
    pub fn command<T: redis::FromRedisValue>(&self, args: &[&str]) -> redis::RedisResult<T> {
        command_at(&format!("redis://127.0.0.1:{}", self.port), args)
    }

    /// Kills it and waits for the exit.
    pub fn stop(mut self) {
        self.kill();
    }

    fn kill(&mut self) {
        kill_bounded(&mut self.child);
    }
}

impl Drop for Sentinel {
    fn drop(&mut self) {
        self.kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
