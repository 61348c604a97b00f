//! Prometheus metrics, checked by Prometheus itself: `promtool check
//! metrics` on what `--metrics-addr` serves, and a real Prometheus server on
//! loopback that scrapes it and answers queries for the calls we made.

use grpc_stream_testkit as common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::{connect_to, free_port, http_get, run_client, within, ServerProcess, STEP};
use futures::stream::{self, StreamExt};

/// Our all-services server with metrics on; its gRPC and metrics addresses.
fn server_with_metrics() -> (ServerProcess, String) {
    let server = ServerProcess::start(
        "all_services",
        &["--interval-ms", "0", "--metrics-addr", "127.0.0.1:0"],
    );
    let line = server
        .wait_for_stderr("all_services metrics on http://", STEP)
        .expect("the metrics line");
    let metrics = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.strip_suffix("/metrics"))
        .expect("http://ADDR/metrics")
        .to_string();
    (server, metrics)
}

/// One call of each pattern that completes, and one both-ways call the
/// client cancels after its first responses.
fn make_calls(addr: &str) {
    for client in ["server_stream_client", "client_stream_client"] {
        let (status, _, err) = run_client(client, &["--addr", addr]);
        assert!(status.success(), "{client}: {err:?}");
    }
    let (status, _, err) = run_client("all_stream_client", &["--addr", addr, "--interval-ms", "0"]);
    assert!(status.success(), "{err:?}");
    let client = connect_to(addr, Some(STEP));
    let mut responses = client.all_stream(stream::pending()).unwrap();
    within(STEP, responses.next()).unwrap().unwrap();
    drop(responses);
}

/// The series of the engine's metrics in the text format, sample values removed.
fn series(text: &str, metric: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.starts_with(metric) && l[metric.len()..].starts_with('{'))
        .map(|l| l.rsplit_once(' ').map_or(l, |(s, _)| s).to_string())
        .collect()
}

/// Waits (bounded by [`STEP`]) until `ready` holds for the metrics text.
fn metrics_when(addr: &str, ready: impl Fn(&str) -> bool) -> String {
    common::poll(STEP, Duration::from_millis(50), || {
        let (code, text) = http_get(addr, "/metrics").expect("GET /metrics");
        assert_eq!(code, 200);
        match ready(&text) {
            true => Ok(text),
            false => Err(format!("metrics never got there:\n{text}")),
        }
    })
}

#[test]
fn the_metrics_count_every_pattern_and_promtool_accepts_them() {
    let (server, metrics) = server_with_metrics();
    make_calls(&server.addr);
    let cancelled = "grpc_code=\"CANCELLED\",grpc_method=\"AllStream\"";
    let text = metrics_when(&metrics, |text| text.contains(cancelled));

    let handled = series(&text, "grpc_server_handled_total");
    for (code, method, service, kind) in [
        (
            "OK",
            "ServerStream",
            "helloworld.ServerStreamServer",
            "server_stream",
        ),
        (
            "OK",
            "ClientStream",
            "helloworld.ClientStreamServer",
            "client_stream",
        ),
        (
            "OK",
            "AllStream",
            "helloworld.AllStreamServer",
            "bidi_stream",
        ),
        (
            "CANCELLED",
            "AllStream",
            "helloworld.AllStreamServer",
            "bidi_stream",
        ),
    ] {
        let wanted = format!(
            "grpc_server_handled_total{{grpc_code=\"{code}\",grpc_method=\"{method}\",grpc_service=\"{service}\",grpc_type=\"{kind}\"}}"
        );
        assert!(
            handled.contains(&wanted),
            "{wanted} missing from {handled:#?}"
        );
    }
    for line in [
        "grpc_server_msg_sent_total{grpc_method=\"ServerStream\",grpc_service=\"helloworld.ServerStreamServer\",grpc_type=\"server_stream\"} 5",
        "grpc_server_msg_received_total{grpc_method=\"ClientStream\",grpc_service=\"helloworld.ClientStreamServer\",grpc_type=\"client_stream\"} 5",
        "grpc_server_started_total{grpc_method=\"AllStream\",grpc_service=\"helloworld.AllStreamServer\",grpc_type=\"bidi_stream\"} 2",
        "grpc_server_handling_seconds_count{grpc_method=\"ClientStream\",grpc_service=\"helloworld.ClientStreamServer\",grpc_type=\"client_stream\"} 1",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} missing from:\n{text}");
    }

    let mut promtool = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool (Debian's prometheus package; make deps installs it)");
    std::io::Write::write_all(&mut promtool.stdin.take().unwrap(), text.as_bytes()).unwrap();
    let checked = promtool.wait_with_output().unwrap();
    assert!(
        checked.status.success(),
        "promtool: {}{}",
        String::from_utf8_lossy(&checked.stdout),
        String::from_utf8_lossy(&checked.stderr)
    );
    let (code, _) = http_get(&metrics, "/other").unwrap();
    assert_eq!(code, 404);
}

/// A Prometheus server on loopback, scraping `target` every second.
struct Prometheus {
    child: std::process::Child,
    addr: String,
    _dir: TempDir,
}

impl Prometheus {
    fn start(target: &str) -> Prometheus {
        let dir = TempDir::new("prometheus");
        let config = dir.0.join("prometheus.yml");
        std::fs::write(
            &config,
            format!(
                "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: grpc-stream\n    static_configs:\n      - targets: ['{target}']\n"
            ),
        )
        .unwrap();
        let addr = format!("127.0.0.1:{}", free_port());
        let child = Command::new("prometheus")
            .arg(format!("--config.file={}", config.display()))
            .arg(format!(
                "--storage.tsdb.path={}",
                dir.0.join("data").display()
            ))
            .arg(format!("--web.listen-address={addr}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("prometheus (Debian's prometheus package; make deps installs it)");
        Prometheus {
            child,
            addr,
            _dir: dir,
        }
    }

    /// The query's result, once it has at least `series` series (bounded).
    fn query_until(&self, query: &str, series: usize) -> String {
        let path = format!("/api/v1/query?query={query}");
        common::poll(
            Duration::from_secs(60),
            Duration::from_millis(200),
            || match http_get(&self.addr, &path) {
                Ok((200, body)) if body.matches("\"metric\"").count() >= series => Ok(body),
                _ => Err(format!(
                    "Prometheus never answered {query} with {series} series"
                )),
            },
        )
    }
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A directory removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("grpc-stream-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_prometheus_server_scrapes_them_and_answers_queries() {
    let (server, metrics) = server_with_metrics();
    make_calls(&server.addr);
    let prometheus = Prometheus::start(&metrics);
    let body = prometheus.query_until("grpc_server_handled_total", 4);
    eprintln!("Prometheus: grpc_server_handled_total = {body}");
    for fragment in [
        "\"grpc_code\":\"OK\",\"grpc_method\":\"ServerStream\"",
        "\"grpc_code\":\"OK\",\"grpc_method\":\"ClientStream\"",
        "\"grpc_code\":\"OK\",\"grpc_method\":\"AllStream\"",
        "\"grpc_code\":\"CANCELLED\",\"grpc_method\":\"AllStream\"",
    ] {
        assert!(body.contains(fragment), "{fragment} missing from {body}");
    }
    let sent = prometheus.query_until(
        "grpc_server_msg_sent_total{grpc_method=\"ServerStream\"}",
        1,
    );
    assert!(sent.contains("\"5\"]"), "{sent}");
}
