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

use crate::{connect_to, cpu_time, h2, raw, try_rss_bytes, within, ServerProcess, STEP};

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
    /// Calls whose request's gRPC prefix claims 4 GiB: 100 that send a few
    /// bytes of it, one that sends 16 MiB of it regardless of flow control.
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
    /// `max_growth_mib`, a normal call served within `max_wait` (1 s), idle
    /// again.
    pub fn assert_held(&self, what: &str, max_growth_mib: f64, max_wait: Duration) {
        eprintln!("{what}: {}", self.summary());
        assert!(self.alive, "{what}: the server died");
        assert!(
            self.growth_mib < max_growth_mib,
            "{what}: RSS +{:.0} MiB",
            self.growth_mib
        );
        match &self.normal_call {
            Ok(took) => assert!(*took < max_wait, "{what}: {took:?}"),
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
            grpc_stream_engine::code_name(e.code()),
            started.elapsed().as_millis()
        )
    })
}

/// A request message as DATA on `stream` (gRPC-framed), ending the stream
/// when `end`.
pub fn request(stream: u32, end: bool) -> Vec<u8> {
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

/// One connection of an attack that sends everything up front: its
/// SETTINGS (beyond the defaults), whether it ACKs the server's, its frames.
struct Opening {
    settings: Vec<(u16, u32)>,
    ack: bool,
    frames: Vec<u8>,
}

impl Opening {
    /// A connection that ACKs the server's SETTINGS and sends `frames`.
    fn sending(frames: Vec<u8>) -> Opening {
        Opening {
            settings: Vec::new(),
            ack: true,
            frames,
        }
    }
}

/// The connections of an attack whose frames all go out at once; `None`
/// for the attacks that keep sending (or stall) and are run in [`run`].
fn up_front(attack: Attack, pattern: Pattern) -> Option<Vec<Opening>> {
    let path = pattern.path();
    // Server push's request ends the client's side; the others stay open.
    let end = pattern == Pattern::ServerPush;
    // `count` calls, each its HEADERS and one request message.
    let calls = |count: u32| -> Vec<u8> {
        (0..count)
            .flat_map(|i| {
                let mut call = h2::headers(1 + 2 * i, path);
                call.extend(request(1 + 2 * i, end));
                call
            })
            .collect()
    };
    let openings = match attack {
        Attack::UnackedSettings => vec![Opening {
            settings: Vec::new(),
            ack: false,
            frames: calls(3048),
        }],
        Attack::HeldStreams => (0..3)
            .map(|_| {
                Opening::sending(
                    (0..1000u32)
                        .flat_map(|i| h2::headers(1 + 2 * i, path))
                        .collect(),
                )
            })
            .collect(),
        Attack::HpackBomb => {
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
            vec![Opening::sending(frames)]
        }
        Attack::ZeroWindow => vec![Opening {
            // SETTINGS_INITIAL_WINDOW_SIZE (4) = 0.
            settings: vec![(0x4, 0)],
            ack: true,
            frames: calls(1000),
        }],
        Attack::OversizedFrame => {
            let mut frames = h2::headers(1, path);
            // The header claims 16 MiB - 1; 1 MiB of it follows.
            let mut data = h2::frame(0x0, 0, 1, &[]);
            data[..3].copy_from_slice(&[0xff, 0xff, 0xff]);
            frames.extend(data);
            frames.extend(vec![0u8; 1 << 20]);
            vec![Opening::sending(frames)]
        }
        Attack::BadPadding => {
            // PADDED (0x8): pad length 255 in a 10-byte HEADERS frame...
            let mut padded = vec![255];
            padded.extend_from_slice(&h2::header_block(path)[..9]);
            // ... and 200 in a 6-byte DATA frame.
            let mut data = h2::headers(1, path);
            data.extend(h2::frame(0x0, 0x8, 1, &[200, 0, 0, 0, 0, 1]));
            vec![
                Opening::sending(h2::frame(0x1, 0x4 | 0x8, 1, &padded)),
                Opening::sending(data),
            ]
        }
        Attack::WindowUpdateOverflow => {
            let twice = |stream| {
                let mut frames = h2::window_update(stream, 0x7fff_ffff);
                frames.extend(h2::window_update(stream, 0x7fff_ffff));
                frames
            };
            let mut on_stream = h2::headers(1, path);
            on_stream.extend(twice(1));
            vec![Opening::sending(twice(0)), Opening::sending(on_stream)]
        }
        Attack::WrongStreamIds => vec![
            Opening::sending(h2::frame(0x0, 0, 0, &request(0, false)[9..])),
            Opening::sending(h2::rst_stream(0, 8)),
            Opening::sending(
                (0..1000u32)
                    .flat_map(|i| h2::headers(2 + 2 * i, path))
                    .collect(),
            ),
        ],
        Attack::HugeLengthPrefix => {
            // One connection's 100 calls stop after a few bytes of it...
            let stalled = (0..100u32)
                .flat_map(|i| {
                    let stream = 1 + 2 * i;
                    let mut call = h2::headers(stream, path);
                    let mut payload = h2::grpc_prefix(u32::MAX);
                    payload.extend_from_slice(b"just a few bytes");
                    call.extend(h2::frame(0x0, 0, stream, &payload));
                    call
                })
                .collect();
            // ... another's call sends 16 MiB of it, past every window.
            let mut flooding = h2::headers(1, path);
            let mut payload = h2::grpc_prefix(u32::MAX);
            payload.extend_from_slice(&[b'y'; 16 * 1024 - 5]);
            flooding.extend(h2::frame(0x0, 0, 1, &payload));
            for _ in 1..1024 {
                flooding.extend(h2::frame(0x0, 0, 1, &[b'y'; 16 * 1024]));
            }
            vec![Opening::sending(stalled), Opening::sending(flooding)]
        }
        Attack::IdleConnections => (0..2000).map(|_| Opening::sending(Vec::new())).collect(),
        Attack::RapidReset
        | Attack::PingFlood
        | Attack::HalfPreface
        | Attack::ContinuationFlood
        | Attack::SettingsFlood => return None,
    };
    Some(openings)
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
    if let Some(openings) = up_front(attack, pattern) {
        let mut delivered = 0;
        let sockets: Vec<TcpStream> = openings
            .iter()
            .filter_map(|opening| {
                let socket = opened(addr, &opening.settings, opening.ack)?;
                if send(&socket, &opening.frames) {
                    delivered += 1;
                }
                Some(socket)
            })
            .collect();
        begun();
        let note = format!("{delivered} of {} connections sent all; ", openings.len());
        return hold(sockets, note);
    }
    let path = pattern.path();
    match attack {
        Attack::RapidReset => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            let batches = (0..100u32).map(|batch| {
                (0..200)
                    .flat_map(|i| {
                        let stream = 1 + 2 * (batch * 200 + i);
                        let mut pair = h2::headers(stream, path);
                        pair.extend(h2::rst_stream(stream, 8));
                        pair
                    })
                    .collect()
            });
            let sent = keep_sending(&socket, batches, begun);
            hold(vec![socket], format!("{} pairs sent; ", sent * 200))
        }
        Attack::PingFlood => {
            let sockets: Vec<TcpStream> = (0..4)
                .filter_map(|_| {
                    let socket = opened(addr, &[], true)?;
                    let mut frames = h2::headers(1, path);
                    // Server push's request ends the client's side.
                    frames.extend(request(1, pattern == Pattern::ServerPush));
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
        Attack::ContinuationFlood => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            // A header block opened on stream 1 and never ended: each
            // CONTINUATION adds a field `x: abcd`.
            let field = [0x00, 1, b'x', 4, b'a', b'b', b'c', b'd'];
            let opening = h2::frame(0x1, 0, 1, &h2::header_block(path));
            let batches = std::iter::once(opening).chain((0..10).map(|_| {
                (0..10_000)
                    .flat_map(|_| h2::continuation(1, false, &field))
                    .collect()
            }));
            let sent = keep_sending(&socket, batches, begun).saturating_sub(1);
            hold(
                vec![socket],
                format!("{} CONTINUATIONs sent; ", sent * 10_000),
            )
        }
        Attack::SettingsFlood => {
            let Some(socket) = opened(addr, &[], true) else {
                return "refused".into();
            };
            let batches = (0..10).map(|_| {
                (0..10_000)
                    .flat_map(|_| h2::settings_with(&[(0x4, 65_535)]))
                    .collect()
            });
            let sent = keep_sending(&socket, batches, begun);
            hold(vec![socket], format!("{} SETTINGS sent; ", sent * 10_000))
        }
        Attack::UnackedSettings
        | Attack::HeldStreams
        | Attack::HpackBomb
        | Attack::ZeroWindow
        | Attack::OversizedFrame
        | Attack::BadPadding
        | Attack::WindowUpdateOverflow
        | Attack::WrongStreamIds
        | Attack::HugeLengthPrefix
        | Attack::IdleConnections => unreachable!("sent up front"),
    }
}

/// Sends `batches` of frames on `socket` one after another, calling
/// `begun` once the first is out (or could not go); how many went out
/// before the server stopped taking them.
fn keep_sending(
    socket: &TcpStream,
    batches: impl Iterator<Item = Vec<u8>>,
    begun: impl FnOnce(),
) -> usize {
    let mut begun = Some(begun);
    let mut sent = 0;
    for batch in batches {
        let went = send(socket, &batch);
        if let Some(begun) = begun.take() {
            begun();
        }
        if !went {
            break;
        }
        sent += 1;
    }
    if let Some(begun) = begun.take() {
        begun();
    }
    sent
}

/// What the server sent on `socket` until `until`, or until what came is
/// `enough`, and whether it closed the connection (EOF or a reset) by then.
pub fn read_until(
    mut socket: &TcpStream,
    until: Instant,
    enough: impl Fn(&[u8]) -> bool,
) -> (Vec<u8>, bool) {
    let mut bytes = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    loop {
        if enough(&bytes) {
            return (bytes, false);
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return (bytes, false);
        }
        socket.set_read_timeout(Some(left)).ok();
        match socket.read(&mut buf) {
            Ok(0) => return (bytes, true),
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut =>
            {
                return (bytes, false)
            }
            Err(_) => return (bytes, true),
        }
    }
}

/// Whether the server closed `socket` before `give_up`.
fn closed_by(socket: &TcpStream, give_up: Instant) -> bool {
    read_until(socket, give_up, |_| false).1
}

/// What came back on `socket` within `wait`: frame counts by kind, the
/// GOAWAY's error code, whether the server closed the connection.
fn seen(socket: &TcpStream, wait: Duration) -> String {
    let (bytes, closed) = read_until(socket, Instant::now() + wait, |_| false);
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
    h2::frames_with_payloads(bytes)
        .filter(|&(kind, ..)| kind == 0x7)
        .filter_map(|(.., payload)| Some(u32::from_be_bytes(payload.get(4..8)?.try_into().ok()?)))
        .last()
}
