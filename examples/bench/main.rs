//! `make bench`: throughput, call latency and server memory of the three
//! patterns (server push, client push, both ways) at 16 B, 1 KiB, 64 KiB and
//! 1 MiB with 1 and 16 concurrent streams; round trips as unary calls against
//! one stream; raw loopback TCP for reference.
//!
//! The servers are our contract programs, each run in its own process
//! (started afresh per run, so its peak RSS is that run's); beside them, in
//! the same runs and alternating with them, the floor (`bench floor`: the
//! same services written directly on grpcio, see floor.rs) and, with
//! `--peers`, the grpc-go and tonic peers' servers. The load is grpc-stream's
//! own client, in this process. Every figure is the median of `--reps` runs.
//! Writes `results.md`, `results.json` and `throughput.png` under `--out`
//! (default `target/bench`).

// The bench calls Echo as a client only.
#[allow(dead_code)]
#[path = "../shared/echo.rs"]
mod echo;
mod feed;
mod feed_modes;
mod feed_redis;
mod feed_sentinel;
mod floor;
mod load;
mod procs;
mod report;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use load::Run;
use procs::{Ready, Server};
use report::{median, mib, percentile, Cell, Memory, Report, RoundTrips};

#[derive(Parser)]
#[command(about = "grpc-stream's benchmark (see BENCHMARKS.md)")]
struct Flags {
    #[command(subcommand)]
    command: Option<Command>,
    /// Runs per measurement; the report gives medians
    #[arg(long, default_value_t = 5)]
    reps: usize,
    /// A small, fast run (one run, 1/50 of the volume): the smoke test
    #[arg(long)]
    quick: bool,
    /// Where the report goes
    #[arg(long, default_value = "target/bench")]
    out: PathBuf,
    /// Directory of the server programs [default: this program's own]
    #[arg(long)]
    programs: Option<PathBuf>,
    /// Poll threads of the benchmark's client
    #[arg(long, default_value_t = 2)]
    client_threads: usize,
    /// Only redraw throughput.png (in --out) from a saved results.json
    #[arg(long)]
    chart_from: Option<PathBuf>,
    /// Only these payloads, in bytes (comma-separated) [default: 16, 1024,
    /// 65536, 1048576]
    #[arg(long, value_delimiter = ',')]
    payloads: Vec<usize>,
    /// Only these patterns (server-push, client-push, both-ways)
    #[arg(long, value_delimiter = ',', value_enum)]
    patterns: Vec<Pattern>,
    /// Only the streaming matrix (no round trips, memory, raw TCP, feed)
    #[arg(long)]
    matrix_only: bool,
    /// Only the feed's cells, beside raw server push of 16 B on 16 streams
    #[arg(long)]
    feed_only: bool,
    /// Only the feed in memory, on single Redis and on Sentinel,
    /// interleaved for --reps rounds: publish rate and latency
    #[arg(long)]
    feed_modes_only: bool,
    /// A built copy of ../shared/peers: also measure the grpc-go and tonic
    /// servers (server push and client push) under the same load
    #[arg(long)]
    peers: Option<PathBuf>,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Only the load, against any server (like the peers' load clients):
    /// prints one JSON line (msgs_per_s, MB_per_s, p50_ms, p99_ms)
    Load {
        /// The server's address
        #[arg(long)]
        addr: String,
        /// server-stream, client-stream or bidi
        #[arg(long)]
        mode: String,
        /// Bytes of data per message the client sends
        #[arg(long, default_value_t = 16)]
        payload: usize,
        /// Messages each call receives (server-stream) or sends
        #[arg(long, default_value_t = 1000)]
        count: usize,
        /// Calls in the run
        #[arg(long, default_value_t = 3)]
        calls: usize,
        /// Calls at once
        #[arg(long, default_value_t = 1)]
        concurrency: usize,
    },
    /// The floor: the three services directly on grpcio (floor.rs)
    Floor {
        /// Address to listen on (port 0: any free port)
        #[arg(long)]
        addr: String,
        /// Messages a ServerStream or AllStream call sends
        #[arg(long, default_value_t = 5)]
        count: usize,
        /// Bytes of data in each AllStream response
        #[arg(long, default_value_t = 0)]
        size: usize,
        /// Poll threads [default: one per core]
        #[arg(long)]
        poll_threads: Option<usize>,
    },
}

const PAYLOADS: [usize; 4] = [16, 1024, 64 << 10, 1 << 20];
const STREAMS: [usize; 2] = [1, 16];
/// The largest ClientStream reply the contract server sends by default.
const JOIN_CAP: usize = (4 << 20) - 6;

/// Whose server a run measures.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Our contract programs.
    Ours,
    /// `bench floor`.
    Floor,
    /// The grpc-go peer (`gopeer-server`).
    GrpcGo,
    /// The tonic peer (`tonic-server`).
    Tonic,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Pattern {
    ServerPush,
    ClientPush,
    BothWays,
}

impl Pattern {
    fn name(self) -> &'static str {
        match self {
            Pattern::ServerPush => "server push",
            Pattern::ClientPush => "client push",
            Pattern::BothWays => "both ways",
        }
    }
}

struct Bench {
    flags: Flags,
    programs: PathBuf,
}

impl Bench {
    /// Messages a run moves, as compare.py's server-push cases.
    fn messages(&self, payload: usize) -> usize {
        let full = match payload {
            16 => 200_000,
            1024 => 50_000,
            p if p <= 64 << 10 => 4_000,
            _ => 400,
        };
        if self.flags.quick {
            (full / 50).max(16)
        } else {
            full
        }
    }

    fn reps(&self) -> usize {
        if self.flags.quick {
            1
        } else {
            self.flags.reps.max(1)
        }
    }

    /// One run of a cell against a fresh server of `target`; returns the
    /// run and the server's peak RSS.
    fn run(
        &self,
        target: Target,
        pattern: Pattern,
        payload: usize,
        streams: usize,
    ) -> Result<(Run, u64), String> {
        let per_call = self.messages(payload) / streams;
        let server = self.server(target, pattern, payload, per_call)?;
        let client = load::connect(&server.addr, self.flags.client_threads)?;
        let run = match pattern {
            Pattern::ServerPush => load::server_push(&client, payload, streams, streams, per_call)?,
            Pattern::ClientPush => {
                // The contract's reply joins everything: keep it under the cap.
                let per_call = per_call.min(JOIN_CAP / (payload + 1)).max(1);
                let calls = (self.messages(payload) / per_call).max(streams);
                load::client_push(&client, payload, calls, streams, per_call)?
            }
            Pattern::BothWays => load::both_ways(&client, payload, streams, streams, per_call)?,
        };
        Ok((run, server.peak_rss()))
    }

    /// A fresh server of `target` for one run: ServerStream and AllStream
    /// calls send `per_call` messages, AllStream's of `payload` bytes.
    fn server(
        &self,
        target: Target,
        pattern: Pattern,
        payload: usize,
        per_call: usize,
    ) -> Result<Server, String> {
        let count = format!("--count={per_call}");
        match target {
            Target::Ours => {
                let (program, args) = match pattern {
                    Pattern::ServerPush => (
                        "server_stream_server",
                        vec![count, "--interval-ms=0".into()],
                    ),
                    Pattern::ClientPush => ("client_stream_server", vec![]),
                    Pattern::BothWays => (
                        "all_stream_server",
                        vec![count, "--interval-ms=0".into(), format!("--size={payload}")],
                    ),
                };
                Server::start(&self.programs, program, &args)
            }
            Target::Floor => {
                let args = ["floor".into(), count, format!("--size={payload}")];
                Server::start(&self.programs, "bench", &args)
            }
            Target::GrpcGo | Target::Tonic => {
                let peers = self.flags.peers.as_ref().ok_or("no --peers")?;
                let (path, args, ready) = if target == Target::GrpcGo {
                    let args = vec![count.as_str(), "-interval=0", "-max-msg=67108864"];
                    (peers.join("go/bin/gopeer-server"), args, Ready::Stderr)
                } else {
                    let args = vec![count.as_str(), "--interval-ms=0"];
                    let path = peers.join("tonic/target/release/tonic-server");
                    (path, args, Ready::Stdout)
                };
                let mut command = std::process::Command::new(&path);
                command.args(args).args(["--addr", "127.0.0.1:0"]);
                Server::spawn(command, &path.display().to_string(), ready)
            }
        }
    }

    /// The servers measured for `pattern`: ours first, then the floor, then
    /// the peers when built (not for both ways: their AllStream answers
    /// numbers, not `payload`-byte messages).
    fn targets(&self, pattern: Pattern) -> Vec<Target> {
        let mut targets = vec![Target::Ours, Target::Floor];
        if self.flags.peers.is_some() && pattern != Pattern::BothWays && !self.flags.quick {
            targets.extend([Target::GrpcGo, Target::Tonic]);
        }
        targets
    }

    /// A cell's runs, alternating the servers rep by rep (ours, floor,
    /// peers, ours, ...) so that they share the machine's moods.
    fn cell(&self, pattern: Pattern, payload: usize, streams: usize) -> Result<Cell, String> {
        let targets = self.targets(pattern);
        let (mut rates, mut mbs, mut calls, mut peaks) = (vec![], vec![], vec![], vec![]);
        let mut others: Vec<Vec<f64>> = vec![Vec::new(); targets.len()];
        let mut messages = 0;
        for _ in 0..self.reps() {
            for (i, target) in targets.iter().enumerate() {
                let (run, peak) = self.run(*target, pattern, payload, streams)?;
                let rate = run.messages as f64 / run.seconds;
                if *target != Target::Ours {
                    others[i].push(rate);
                    continue;
                }
                rates.push(rate);
                mbs.push(run.bytes as f64 / run.seconds / 1e6);
                calls.extend(run.call_ms);
                peaks.push(mib(peak));
                messages = run.messages;
            }
        }
        let of = |wanted: Target| {
            targets
                .iter()
                .position(|t| *t == wanted)
                .map(|i| median(&others[i]))
        };
        let cell = Cell {
            pattern: pattern.name().to_string(),
            payload,
            streams,
            messages_per_run: messages,
            msgs_per_s: median(&rates),
            mb_per_s: median(&mbs),
            p50_ms: percentile(&calls, 50.0),
            p99_ms: percentile(&calls, 99.0),
            server_peak_rss_mib: median(&peaks),
            runs_msgs_per_s: rates,
            floor_msgs_per_s: of(Target::Floor),
            grpc_go_msgs_per_s: of(Target::GrpcGo),
            tonic_msgs_per_s: of(Target::Tonic),
        };
        eprintln!(
            "{:>11} {:>8} B x{:<2} {:>10.0} msgs/s {:>8.1} MB/s  floor {:>10.0}",
            cell.pattern,
            payload,
            streams,
            cell.msgs_per_s,
            cell.mb_per_s,
            cell.floor_msgs_per_s.unwrap_or(0.0)
        );
        Ok(cell)
    }

    fn round_trips(&self, payload: usize) -> Result<RoundTrips, String> {
        let count = match (payload, self.flags.quick) {
            (p, false) if p < 1024 => 10_000,
            (_, false) => 200,
            (_, true) => 50,
        };
        let server = Server::start(&self.programs, "all_services", &[])?;
        let client = load::connect(&server.addr, 1)?;
        let (mut unary, mut streamed) = (vec![], vec![]);
        let (mut unary_rates, mut stream_rates) = (vec![], vec![]);
        for _ in 0..self.reps() {
            let u = load::round_trips(&client, payload, count, false)?;
            let s = load::round_trips(&client, payload, count, true)?;
            unary_rates.push(count as f64 / (u.iter().sum::<f64>() / 1e6));
            stream_rates.push(count as f64 / (s.iter().sum::<f64>() / 1e6));
            unary.extend(u);
            streamed.extend(s);
        }
        Ok(RoundTrips {
            payload,
            round_trips: count,
            unary_p50_us: percentile(&unary, 50.0),
            unary_p99_us: percentile(&unary, 99.0),
            unary_per_s: median(&unary_rates),
            stream_p50_us: percentile(&streamed, 50.0),
            stream_p99_us: percentile(&streamed, 99.0),
            stream_per_s: median(&stream_rates),
        })
    }

    fn idle_memory(&self, memory: &mut Memory) -> Result<(), String> {
        let count = if self.flags.quick { 50 } else { 1000 };
        // Each call gets one message, then waits (idle) for the client.
        let args = ["--count=1".to_string(), "--interval-ms=0".to_string()];
        let server = Server::start(&self.programs, "all_stream_server", &args)?;
        let client = load::connect(&server.addr, 1)?;
        memory.idle_server_rss_mib = mib(server.rss());
        let open = load::idle_streams(&client, count)?;
        memory.idle_streams = open.len();
        memory.with_idle_streams_rss_mib = mib(server.rss());
        Ok(())
    }
}

fn main() -> ExitCode {
    let flags = Flags::parse();
    if let Some(Command::Floor {
        addr,
        count,
        size,
        poll_threads,
    }) = &flags.command
    {
        let floor = floor::Floor {
            count: *count,
            size: *size,
            poll_threads: poll_threads
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from)),
        };
        return match floor::serve(addr, floor) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e),
        };
    }
    if let Some(Command::Load {
        addr,
        mode,
        payload,
        count,
        calls,
        concurrency,
    }) = &flags.command
    {
        return match load_only(
            addr,
            mode,
            *payload,
            *count,
            *calls,
            *concurrency,
            flags.client_threads,
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e),
        };
    }
    let programs = match flags.programs.clone().or_else(|| {
        std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(PathBuf::from))
    }) {
        Some(dir) => dir,
        None => return fail("cannot find the server programs; give --programs"),
    };
    if let Some(saved) = &flags.chart_from {
        let redrawn = std::fs::read(saved)
            .map_err(|e| format!("{}: {e}", saved.display()))
            .and_then(|json| serde_json::from_slice::<Report>(&json).map_err(|e| e.to_string()))
            .and_then(|report| report.chart(&flags.out.join("throughput.png")));
        return match redrawn {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e),
        };
    }
    let bench = Bench { flags, programs };
    match run(&bench) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn run(bench: &Bench) -> Result<(), String> {
    let mut cells = Vec::new();
    let flags = &bench.flags;
    let scale = feed::Scale {
        quick: flags.quick,
        reps: bench.reps(),
    };
    if flags.feed_modes_only {
        let markdown =
            feed_modes::measure(&bench.programs, &scale).map_err(|e| format!("feed modes: {e}"))?;
        println!("{markdown}");
        return Ok(());
    }
    for pattern in [Pattern::ServerPush, Pattern::ClientPush, Pattern::BothWays] {
        if !flags.patterns.is_empty() && !flags.patterns.contains(&pattern) {
            continue;
        }
        for payload in PAYLOADS {
            if !flags.payloads.is_empty() && !flags.payloads.contains(&payload) {
                continue;
            }
            for streams in STREAMS {
                // The feed's cells compare against raw push of 16 B x16 only.
                let wanted = (pattern, payload, streams) == (Pattern::ServerPush, 16, 16);
                if flags.feed_only && !wanted {
                    continue;
                }
                let cell = bench
                    .cell(pattern, payload, streams)
                    .map_err(|e| format!("{} {payload} B x{streams}: {e}", pattern.name()))?;
                cells.push(cell);
            }
        }
    }
    if flags.matrix_only {
        return Ok(());
    }
    if flags.feed_only {
        let feed = feed::measure(&bench.programs, &scale).map_err(|e| format!("feed: {e}"))?;
        let markdown = feed::markdown(&feed, cells.first());
        println!("{markdown}");
        let out = &flags.out;
        std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
        std::fs::write(out.join("feed.md"), &markdown).map_err(|e| e.to_string())?;
        let json = serde_json::to_string_pretty(&feed).map_err(|e| e.to_string())?;
        return std::fs::write(out.join("feed.json"), json).map_err(|e| e.to_string());
    }
    let round_trips = [16, 1 << 20]
        .into_iter()
        .map(|payload| {
            bench
                .round_trips(payload)
                .map_err(|e| format!("round trips of {payload} B: {e}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut memory = Memory::default();
    bench
        .idle_memory(&mut memory)
        .map_err(|e| format!("idle streams: {e}"))?;
    let busy = cells
        .iter()
        .find(|c| c.payload == 1 << 20 && c.streams == 16 && c.pattern == "server push");
    memory.busy_1mib_streams = 16;
    memory.busy_1mib_peak_rss_mib = busy.map_or(0.0, |c| c.server_peak_rss_mib);
    let tcp_bytes = if bench.flags.quick {
        256 << 20
    } else {
        4 << 30
    };
    let tcp: Vec<f64> = (0..bench.reps())
        .map(|_| load::raw_tcp(tcp_bytes).map(|b| b / 1e6))
        .collect::<Result<_, _>>()?;
    let feed = feed::measure(&bench.programs, &scale).map_err(|e| format!("feed: {e}"))?;

    let report = Report {
        machine: machine(),
        reps: bench.reps(),
        cells,
        round_trips,
        memory,
        raw_tcp_mb_per_s: median(&tcp),
        feed: Some(feed),
    };
    let out = &bench.flags.out;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let markdown = report.markdown();
    println!("{markdown}");
    std::fs::write(out.join("results.md"), &markdown).map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    std::fs::write(out.join("results.json"), json).map_err(|e| e.to_string())?;
    report.chart(&out.join("throughput.png"))?;
    eprintln!(
        "bench: wrote {}/results.md, results.json, throughput.png",
        out.display()
    );
    Ok(())
}

/// `bench load`: `calls` calls of `mode`, `concurrency` at a time, against
/// `addr`; one JSON line.
fn load_only(
    addr: &str,
    mode: &str,
    payload: usize,
    count: usize,
    calls: usize,
    concurrency: usize,
    client_threads: usize,
) -> Result<(), String> {
    let client = load::connect(addr, client_threads)?;
    let run = match mode {
        // The server decides how many messages come back (its --count).
        "server-stream" => load::server_push(&client, payload, calls, concurrency, count)?,
        "client-stream" => load::client_push(&client, payload, calls, concurrency, count)?,
        "bidi" => load::both_ways(&client, payload, calls, concurrency, count)?,
        other => return Err(format!("unknown mode {other:?}")),
    };
    println!(
        "{}",
        serde_json::json!({
            "mode": mode,
            "messages": run.messages,
            "seconds": run.seconds,
            "msgs_per_s": run.messages as f64 / run.seconds,
            "MB_per_s": run.bytes as f64 / run.seconds / 1e6,
            "p50_ms": percentile(&run.call_ms, 50.0),
            "p99_ms": percentile(&run.call_ms, 99.0),
        })
    );
    Ok(())
}

/// CPU model and count, for the report.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .and_then(|v| v.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    format!("{cpus} × {model}, Linux, loopback")
}

fn fail(reason: &str) -> ExitCode {
    eprintln!("bench: {reason}");
    ExitCode::FAILURE
}
