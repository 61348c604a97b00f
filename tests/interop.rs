//! Interoperability on the wire: every client (Rust, Go, Python) against
//! every server (Rust, Go, Python), all three patterns, stdout compared with
//! the contract's transcripts; then volume, 1 MiB messages, cancellation,
//! error statuses and deadlines across implementations.
//!
//! Needs the Go and Python peers, so it runs under `make interop` (which
//! prints the matrix), not `make test`:
//! `cargo test --test interop -- --ignored --nocapture --test-threads=1`.
//! The peers are built on first use (`interop/go/build.sh`,
//! `interop/python/venv.sh`).

use grpc_stream_testkit as common;

use std::path::PathBuf;
use std::process::{Command, ExitStatus};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use common::{example, python_script, server, ClientProcess, ServerProcess, STEP};
use futures::stream::{self, StreamExt};
use grpc_stream::contract::helloworld::{AllStreamReq, ClientStreamReq};
use grpc_stream::contract::transcript;
use grpc_stream::contract::{AllStreamService, ClientStreamService, ServerStreamService};
use grpc_stream::programs::padded;
use grpcio::{RpcStatus, RpcStatusCode};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Implementation {
    Rust,
    Go,
    Python,
}
use Implementation::{Go, Python, Rust};

const IMPLEMENTATIONS: [Implementation; 3] = [Rust, Go, Python];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pattern {
    /// ServerStream
    ServerPush,
    /// ClientStream
    ClientPush,
    /// AllStream
    BothWays,
}
use Pattern::{BothWays, ClientPush, ServerPush};

const PATTERNS: [Pattern; 3] = [ServerPush, ClientPush, BothWays];

impl Pattern {
    fn program(self) -> &'static str {
        match self {
            ServerPush => "server_stream",
            ClientPush => "client_stream",
            BothWays => "all_stream",
        }
    }
}

/// The Go programs, built once per test run.
fn go_program(name: &str) -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let bin = BUILT.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("interop/go");
        let status = Command::new(root.join("build.sh"))
            .status()
            .expect("run interop/go/build.sh");
        assert!(status.success(), "interop/go/build.sh failed");
        root.join("bin")
    });
    bin.join(name)
}

fn server_command(implementation: Implementation, pattern: Pattern) -> Command {
    let name = format!("{}_server", pattern.program());
    match implementation {
        Rust => Command::new(example(&name)),
        Go => Command::new(go_program(&name)),
        // One Python server hosts all three services.
        Python => python_script("server.py"),
    }
}

fn client_command(implementation: Implementation, pattern: Pattern, addr: &str) -> Command {
    let name = format!("{}_client", pattern.program());
    let mut command = match implementation {
        Rust => Command::new(example(&name)),
        Go => Command::new(go_program(&name)),
        Python => {
            let mut command = python_script("client.py");
            command.arg(pattern.program());
            command
        }
    };
    command.args(["--addr", addr]);
    command
}

/// A run's parameters: extra flags for each side, and the transcripts they imply.
struct Case {
    pattern: Pattern,
    server_flags: Vec<String>,
    /// Flags for our servers only (the peers do not have them).
    rust_server_flags: Vec<String>,
    client_flags: Vec<String>,
    client_out: Vec<String>,
    server_out: Vec<String>,
}

impl Case {
    /// The contract's run, generalised to `count` messages of `size` bytes.
    fn new(pattern: Pattern, count: usize, size: usize) -> Case {
        let items: Vec<String> = (0..count).map(|i| padded(i.to_string(), size)).collect();
        let (count_flag, size_flag) = (count.to_string(), size.to_string());
        let flags = |pairs: &[(&str, &str)]| -> Vec<String> {
            pairs
                .iter()
                .flat_map(|(flag, value)| [flag.to_string(), value.to_string()])
                .collect()
        };
        match pattern {
            ServerPush => {
                let data = padded("1".into(), size);
                let mut client_out = vec![transcript::server_stream_response(&data); count];
                client_out.push(transcript::SERVER_STREAM_END.into());
                Case {
                    pattern,
                    rust_server_flags: Vec::new(),
                    server_flags: flags(&[("--count", &count_flag)]),
                    client_flags: flags(&[("--size", &size_flag)]),
                    client_out,
                    server_out: vec![transcript::server_stream_request(&data).to_string()],
                }
            }
            ClientPush => {
                let mut server_out: Vec<String> = items
                    .iter()
                    .map(|d| transcript::client_stream_request(d).to_string())
                    .collect();
                server_out.push(transcript::CLIENT_STREAM_END.into());
                Case {
                    pattern,
                    rust_server_flags: Vec::new(),
                    server_flags: vec![],
                    client_flags: flags(&[("--count", &count_flag), ("--size", &size_flag)]),
                    client_out: vec![transcript::client_stream_response(&items.join(","))],
                    server_out,
                }
            }
            BothWays => {
                let lines: Vec<String> = items
                    .iter()
                    .map(|d| transcript::all_stream_message(d).to_string())
                    .collect();
                let (mut client_out, mut server_out) = (lines.clone(), lines);
                client_out.push(transcript::ALL_STREAM_SERVER_END.into());
                server_out.push(transcript::ALL_STREAM_CLIENT_END.into());
                // The contract's pace (1 s) for the contract's run; flat out otherwise.
                let interval = if count == 5 && size == 0 { "1000" } else { "0" };
                Case {
                    pattern,
                    rust_server_flags: Vec::new(),
                    server_flags: flags(&[
                        ("--count", &count_flag),
                        ("--size", &size_flag),
                        ("--interval-ms", interval),
                    ]),
                    client_flags: flags(&[
                        ("--count", &count_flag),
                        ("--size", &size_flag),
                        ("--interval-ms", interval),
                    ]),
                    client_out,
                    server_out,
                }
            }
        }
    }

    /// Runs it between `server` and `client`; `Err` says what differed.
    fn run(&self, server: Implementation, client: Implementation) -> Result<(), String> {
        let mut command = server_command(server, self.pattern);
        command.args(&self.server_flags);
        if server == Rust {
            command.args(&self.rust_server_flags);
        }
        let server_process = ServerProcess::spawn(command);
        let mut command = client_command(client, self.pattern, &server_process.addr);
        command.args(&self.client_flags);
        let (client_status, client_out, client_err) = ClientProcess::spawn(command).finish();
        let (server_status, server_out, server_err) = server_process.stop();
        check(
            "client",
            client_status,
            &client_out,
            &self.client_out,
            &client_err,
        )?;
        check(
            "server",
            server_status,
            &server_out,
            &self.server_out,
            &server_err,
        )
    }
}

fn check(
    side: &str,
    status: ExitStatus,
    out: &[String],
    expected: &[String],
    err: &[String],
) -> Result<(), String> {
    if !status.success() {
        return Err(format!("{side} exited with {status}: {:?}", err.last()));
    }
    if out.len() != expected.len() {
        return Err(format!(
            "{side} printed {} lines, expected {}",
            out.len(),
            expected.len()
        ));
    }
    let short = |line: &str| line.chars().take(60).collect::<String>();
    match out.iter().zip(expected).position(|(got, want)| got != want) {
        Some(line) => Err(format!(
            "{side} line {}: {:?} instead of {:?} (first 60 characters)",
            line + 1,
            short(&out[line]),
            short(&expected[line])
        )),
        None => Ok(()),
    }
}

/// Runs a case for every client × server pair at once; prints the matrix
/// (rows: client, columns: server, cells: pass/fail per pattern) and fails
/// on any failing cell.
fn matrix(title: &str, count: usize, size: usize) {
    matrix_with(title, count, size, &[], &[]);
}

/// [`matrix`] with `client_flags` given to every client and
/// `rust_server_flags` to our servers.
/// Matrix cells run at the same time (each a server and a client process).
const CELLS_AT_ONCE: usize = 6;

fn matrix_with(
    title: &str,
    count: usize,
    size: usize,
    client_flags: &[&str],
    rust_server_flags: &[&str],
) {
    let started = Instant::now();
    let strings = |flags: &[&str]| flags.iter().map(|f| f.to_string()).collect::<Vec<_>>();
    let cases: Vec<Case> = PATTERNS
        .iter()
        .map(|&p| {
            let mut case = Case::new(p, count, size);
            case.client_flags.extend(strings(client_flags));
            case.rust_server_flags = strings(rust_server_flags);
            case
        })
        .collect();
    let runs: Vec<(Implementation, Implementation, &Case)> = IMPLEMENTATIONS
        .iter()
        .flat_map(|&client| IMPLEMENTATIONS.iter().map(move |&server| (client, server)))
        .flat_map(|(client, server)| cases.iter().map(move |case| (client, server, case)))
        .collect();
    // A few cells at a time: all 27 at once on a 2-core machine left the
    // Python clients of 10,000 messages past their 30 s bound.
    let mut results: Vec<(Implementation, Implementation, Pattern, Result<(), String>)> =
        Vec::new();
    for chunk in runs.chunks(CELLS_AT_ONCE) {
        std::thread::scope(|scope| {
            let running: Vec<_> = chunk
                .iter()
                .map(|&(client, server, case)| {
                    (
                        client,
                        server,
                        case.pattern,
                        scope.spawn(move || case.run(server, client)),
                    )
                })
                .collect();
            for (client, server, pattern, run) in running {
                let result = run
                    .join()
                    .unwrap_or_else(|_| Err("the run panicked".into()));
                results.push((client, server, pattern, result));
            }
        });
    }

    println!("\n{title} ({:.1} s)\n", started.elapsed().as_secs_f64());
    println!("| client \\ server | Rust | Go | Python |");
    println!("|---|---|---|---|");
    for client in IMPLEMENTATIONS {
        let cells: Vec<String> = IMPLEMENTATIONS
            .iter()
            .map(|&server| {
                results
                    .iter()
                    .filter(|(c, s, _, _)| *c == client && *s == server)
                    .map(|(_, _, pattern, result)| {
                        let short = match pattern {
                            ServerPush => "SS",
                            ClientPush => "CS",
                            BothWays => "AS",
                        };
                        format!("{short} {}", if result.is_ok() { "pass" } else { "FAIL" })
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect();
        println!("| {client:?} | {} |", cells.join(" | "));
    }
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(client, server, pattern, result)| {
            result
                .as_ref()
                .err()
                .map(|e| format!("{client:?} client, {server:?} server, {pattern:?}: {e}"))
        })
        .collect();
    for failure in &failures {
        println!("  {failure}");
    }
    assert!(failures.is_empty(), "{} failing cells", failures.len());
}

#[test]
#[ignore = "needs the Go and Python peers: make interop"]
fn contract_transcripts_across_all_implementations() {
    matrix(
        "Contract transcripts: SS = ServerStream, CS = ClientStream, AS = AllStream",
        5,
        0,
    );
}

/// Every client compressing its requests with gzip (Go's `grpc.UseCompressor`,
/// Python's `grpc.Compression.Gzip`, our `--compression gzip`), and our
/// servers their responses: every side decompresses what it gets and the
/// transcripts stay the contract's.
#[test]
#[ignore = "needs the Go and Python peers: make interop"]
fn gzip_compressed_messages_across_all_implementations() {
    matrix_with(
        "gzip: every client's requests, our servers' responses (64 KiB messages)",
        5,
        64 << 10,
        &["--compression", "gzip"],
        &["--compression", "gzip"],
    );
}

#[test]
#[ignore = "needs the Go and Python peers: make interop"]
fn ten_thousand_messages_each_way() {
    matrix("10,000 messages each way", 10_000, 0);
}

#[test]
#[ignore = "needs the Go and Python peers: make interop"]
fn one_mebibyte_messages() {
    matrix("1 MiB messages", 3, 1 << 20);
}

#[test]
#[ignore = "needs the Go and Python peers: make interop"]
fn a_go_client_cancelling_mid_stream_stops_the_rust_handler() {
    for pattern in [ServerPush, BothWays] {
        let mut command = server_command(Rust, pattern);
        command.args(["--count", "1000000", "--interval-ms", "10"]);
        let server = ServerProcess::spawn(command);
        let mut command = client_command(Go, pattern, &server.addr);
        command.args(["--cancel-after", "3", "--interval-ms", "10"]);
        let (status, out, err) = ClientProcess::spawn(command).finish();
        let cancelled = Instant::now();
        assert!(status.success(), "{err:?}");
        assert_eq!(out.len(), 3, "{pattern:?}: {out:?}");

        let line = server
            .wait_for_stderr(
                "cancelled by the client or connection lost",
                Duration::from_secs(1),
            )
            .unwrap_or_else(|| panic!("{pattern:?}: the Rust handler did not stop within 1 s"));
        eprintln!(
            "{pattern:?}: Rust server stopped {:?} after the Go client cancelled: {line}",
            cancelled.elapsed()
        );
        let (status, _, _) = server.stop();
        assert!(status.success());
    }
}

/// A Rust server whose calls end with an error status after some messages.
fn failing_server() -> grpc_stream_engine::RunningServer {
    let status = |code, message: &str| RpcStatus::with_message(code, message.to_string());
    let server_stream = ServerStreamService::new(move |request| {
        stream::iter(vec![
            Ok(request.data.as_str().into()),
            Ok(request.data.into()),
            Err(status(
                RpcStatusCode::FAILED_PRECONDITION,
                "interop: no more",
            )),
        ])
    });
    let client_stream = ClientStreamService::fold(
        || (),
        move |_, request: ClientStreamReq| match request.data.as_str() {
            "0" => Ok(()),
            _ => Err(status(
                RpcStatusCode::INVALID_ARGUMENT,
                "interop: only zero",
            )),
        },
        |_| Ok("unreachable".into()),
    );
    let all_stream = AllStreamService::new(move |requests| {
        requests
            .take(1)
            .map(|r| r.map(|r: AllStreamReq| r.data.into()))
            .chain(stream::iter([Err(status(
                RpcStatusCode::RESOURCE_EXHAUSTED,
                "interop: enough",
            ))]))
    });
    server()
        .host(server_stream)
        .host(client_stream)
        .host(all_stream)
        .start()
        .unwrap()
}

#[test]
#[ignore = "needs the Go and Python peers: make interop"]
fn go_and_python_clients_see_the_rust_servers_error_status() {
    let server = failing_server();
    let cases = [
        (
            ServerPush,
            "FailedPrecondition",
            "FAILED_PRECONDITION",
            "interop: no more",
            2,
        ),
        (
            ClientPush,
            "InvalidArgument",
            "INVALID_ARGUMENT",
            "interop: only zero",
            0,
        ),
        (
            BothWays,
            "ResourceExhausted",
            "RESOURCE_EXHAUSTED",
            "interop: enough",
            1,
        ),
    ];
    for (pattern, go_code, python_code, message, messages_before) in cases {
        for client in [Go, Python] {
            let mut command = client_command(client, pattern, server.addr());
            command.args(["--interval-ms", "0"]);
            let (status, out, err) = ClientProcess::spawn(command).finish();
            assert_eq!(status.code(), Some(1), "{client:?} {pattern:?}");
            assert_eq!(
                out.len(),
                messages_before,
                "{client:?} {pattern:?}: {out:?}"
            );
            let expected = match client {
                Go => format!("code = {go_code} desc = {message}"),
                _ => format!("{python_code}: {message}"),
            };
            assert!(
                err.iter().any(|l| l.contains(&expected)),
                "{client:?} {pattern:?}: {err:?} lacks {expected:?}"
            );
        }
    }
}

#[test]
#[ignore = "needs the Go and Python peers: make interop"]
fn an_expired_deadline_is_deadline_exceeded_on_both_sides() {
    // Go and Python clients against a Rust server that takes 5 s.
    for client in [Go, Python] {
        let mut command = server_command(Rust, ServerPush);
        command.args(["--interval-ms", "1000"]);
        let server = ServerProcess::spawn(command);
        let mut command = client_command(client, ServerPush, &server.addr);
        command.args(["--timeout", "500ms"]);
        let (status, out, err) = ClientProcess::spawn(command).finish();
        assert_eq!(status.code(), Some(1), "{client:?}");
        assert_eq!(out.len(), 1, "{client:?}: one message before the deadline");
        let code = if client == Go {
            "DeadlineExceeded"
        } else {
            "DEADLINE_EXCEEDED"
        };
        assert!(err.iter().any(|l| l.contains(code)), "{client:?}: {err:?}");
        assert!(
            server
                .wait_for_stderr("deadline exceeded; handler stopped", STEP)
                .is_some(),
            "{client:?}: the Rust server did not see the deadline"
        );
    }
    // The Rust client against a Go server.
    let mut command = server_command(Go, ServerPush);
    command.args(["--interval-ms", "1000"]);
    let server = ServerProcess::spawn(command);
    let mut command = client_command(Rust, ServerPush, &server.addr);
    command.args(["--timeout", "500ms"]);
    let (status, _, err) = ClientProcess::spawn(command).finish();
    assert_eq!(status.code(), Some(1));
    assert_eq!(
        err,
        vec!["server_stream_client: call failed: DEADLINE_EXCEEDED: Deadline Exceeded".to_string()]
    );
    assert!(
        server
            .wait_for_stderr("gRPC err: rpc error: code = DeadlineExceeded", STEP)
            .is_some(),
        "the Go server did not see the deadline"
    );
}

/// gRPC's interop cases (`grpc.testing.TestService`) across implementations:
/// our interop client against the Python server and the Python client
/// against our interop server, every case, printed as a matrix: all 14 pass
/// everywhere (`custom_metadata`'s trailers from our server come from the
/// vendored grpcio's server trailers).
#[test]
#[ignore = "needs the Python peer: make interop"]
fn interop_test_service_cases_across_implementations() {
    let runs = [
        (
            "Rust",
            "Python",
            ServerProcess::spawn(python_testing("server")),
        ),
        (
            "Python",
            "Rust",
            ServerProcess::start("interop_server", &[]),
        ),
        ("Rust", "Rust", ServerProcess::start("interop_server", &[])),
    ];
    println!("\n| client \\ server | cases passed | failed |\n|---|---|---|");
    for (client, server_name, server) in runs {
        let port = server
            .addr
            .rsplit_once(':')
            .expect("host:port")
            .1
            .to_string();
        let args = [
            "--server_host",
            "127.0.0.1",
            "--server_port",
            port.as_str(),
            "--test_case",
            "all",
        ];
        let command = if client == "Rust" {
            let mut command = Command::new(example("interop_client"));
            command.args(args);
            command
        } else {
            let mut command = python_testing("client");
            command.args(args);
            command
        };
        let (_, out, err) = ClientProcess::spawn(command).finish();
        let passed = out.iter().filter(|l| l.starts_with("PASS")).count();
        let failed: Vec<&String> = out.iter().filter(|l| l.starts_with("FAIL")).collect();
        println!("| {client} \\ {server_name} | {passed} of 14 | {failed:?} |");
        assert!(failed.is_empty(), "{client} client: {failed:?} {err:?}");
        assert_eq!(passed, 14, "{client} client: {out:?}");
        drop(server);
    }
}

/// The Python TestService peer (`interop/python/testing.py`) in `role`.
fn python_testing(role: &str) -> Command {
    let mut command = python_script("testing.py");
    command.arg(role);
    command
}

/// grpc-go's server enforces the same ping policy as ours: our client,
/// pinging every second on a quiet stream, is told "too_many_pings".
#[test]
#[ignore = "needs the Go peer: make interop"]
fn the_go_server_also_tells_a_pinging_client_too_many_pings() {
    let server = ServerProcess::spawn(Command::new(go_program("client_stream_server")));
    let (status, err) = common::run_pinging_client(&server.addr);
    assert!(!status.success());
    assert!(
        err.iter().any(|l| l.contains("\"too_many_pings\"")),
        "{err:?}"
    );
    println!(
        "\nGo server, our client pinging every second: {}",
        err.join(" | ")
    );
}

/// Our client sending without pause (an endless both-ways stream) to
/// grpc-go's server, which keeps up with it: the responses still arrive.
/// Before grpcio patch 0004, the engine's sending task was polled on the
/// caller's thread and kept there while each batch completed on the poll
/// thread as the task framed the next: `all_stream` returned after 0.8-3.3 s
/// of sending (4 runs), and with a server that drains faster (ours, framing
/// its receives) only when the call's deadline ended it, no response read.
#[test]
#[ignore = "needs the Go peer: make interop"]
fn our_client_sending_without_pause_still_reads_grpc_gos_responses() {
    let server = ServerProcess::spawn(Command::new(go_program("all_stream_server")));
    let client = common::connect_to(&server.addr, Some(STEP));
    // Requests are pulled on the client's poll thread, never on ours.
    let caller = std::thread::current().id();
    let pulled_here = Arc::new(AtomicBool::new(false));
    let pulled = Arc::clone(&pulled_here);
    let endless = stream::iter(0u64..).map(move |i| {
        if std::thread::current().id() == caller {
            pulled.store(true, Ordering::Relaxed);
        }
        AllStreamReq::from(i.to_string())
    });
    let started = Instant::now();
    let mut responses = client.all_stream(endless).expect("the call");
    let returned = started.elapsed();
    let first = common::within(STEP, responses.next());
    let answered = started.elapsed();
    assert_eq!(first.expect("a response").expect("no error").data, "0");
    drop(responses);
    assert!(
        !pulled_here.load(Ordering::Relaxed),
        "requests were pulled on the caller's thread"
    );
    println!(
        "\nOur client sending without pause to grpc-go's AllStream server: the call \
         returned in {:.1} ms, its first response in {:.1} ms",
        returned.as_secs_f64() * 1e3,
        answered.as_secs_f64() * 1e3
    );
}
