//! Prometheus metrics of every call the engine serves, under the names and
//! labels of go-grpc-prometheus (so existing dashboards and alerts work):
//!
//! - `grpc_server_started_total`, `grpc_server_msg_received_total`,
//!   `grpc_server_msg_sent_total`: counters by `grpc_type` (`unary`,
//!   `client_stream`, `server_stream`, `bidi_stream`), `grpc_service`,
//!   `grpc_method`;
//! - `grpc_server_handled_total`: the same, with the status `grpc_code`
//!   (`OK`, `CANCELLED`, `DEADLINE_EXCEEDED`, ...);
//! - `grpc_server_handling_seconds`: a histogram of call durations, same
//!   labels as `started`.
//!
//! They live in [`registry()`] (gather it, or serve it with
//! [`serve_metrics`]). A call's counters are looked up once, when it starts;
//! each message then costs one atomic increment.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use grpcio::RpcStatusCode;
use log::{info, warn};
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, Opts, Registry, TextEncoder,
};

use crate::error::code_name;

/// The kind of a call, as `grpc_type` names it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Kind {
    Unary,
    ClientStream,
    ServerStream,
    BidiStream,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Unary => "unary",
            Kind::ClientStream => "client_stream",
            Kind::ServerStream => "server_stream",
            Kind::BidiStream => "bidi_stream",
        }
    }
}

/// The collectors, registered once in [`registry()`].
struct Collectors {
    registry: Registry,
    started: IntCounterVec,
    handled: IntCounterVec,
    received: IntCounterVec,
    sent: IntCounterVec,
    handling: HistogramVec,
}

const LABELS: [&str; 3] = ["grpc_type", "grpc_service", "grpc_method"];

fn collectors() -> &'static Collectors {
    static COLLECTORS: OnceLock<Collectors> = OnceLock::new();
    COLLECTORS.get_or_init(|| {
        let counter = |name: &str, help: &str, labels: &[&str]| {
            IntCounterVec::new(Opts::new(name, help), labels).expect("a valid metric definition")
        };
        let collectors = Collectors {
            registry: Registry::new(),
            started: counter(
                "grpc_server_started_total",
                "Total number of RPCs started on the server.",
                &LABELS,
            ),
            handled: counter(
                "grpc_server_handled_total",
                "Total number of RPCs completed on the server, regardless of success or failure.",
                &["grpc_type", "grpc_service", "grpc_method", "grpc_code"],
            ),
            received: counter(
                "grpc_server_msg_received_total",
                "Total number of RPC stream messages received on the server.",
                &LABELS,
            ),
            sent: counter(
                "grpc_server_msg_sent_total",
                "Total number of gRPC stream messages sent by the server.",
                &LABELS,
            ),
            handling: HistogramVec::new(
                HistogramOpts::new(
                    "grpc_server_handling_seconds",
                    "Histogram of response latency (seconds) of gRPC that had been application-level handled by the server.",
                ),
                &LABELS,
            )
            .expect("a valid metric definition"),
        };
        for collector in [
            Box::new(collectors.started.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(collectors.handled.clone()),
            Box::new(collectors.received.clone()),
            Box::new(collectors.sent.clone()),
            Box::new(collectors.handling.clone()),
        ] {
            collectors
                .registry
                .register(collector)
                .expect("each metric is registered once");
        }
        collectors
    })
}

/// The registry holding the engine's metrics: gather it, or register its
/// metrics' collectors in your own registry.
pub fn registry() -> &'static Registry {
    &collectors().registry
}

/// The registry in Prometheus' text format.
pub fn render() -> String {
    let mut text = Vec::new();
    // Encoding metrics we built into a Vec cannot fail.
    let _ = TextEncoder::new().encode(&registry().gather(), &mut text);
    String::from_utf8_lossy(&text).into_owned()
}

/// One call's metrics, resolved when it starts.
pub(crate) struct CallMetrics {
    /// `grpc_type`, `grpc_service`, `grpc_method`.
    labels: [String; 3],
    received: IntCounter,
    sent: IntCounter,
    started: Instant,
}

impl CallMetrics {
    /// Counts the start of a call of `kind` to `method` (`/pkg.Service/Method`).
    pub(crate) fn start(kind: Kind, method: &str) -> CallMetrics {
        let (service, method) = method
            .trim_start_matches('/')
            .split_once('/')
            .unwrap_or(("unknown", method));
        let labels = [
            kind.label().to_string(),
            service.to_string(),
            method.to_string(),
        ];
        let values = [labels[0].as_str(), labels[1].as_str(), labels[2].as_str()];
        let collectors = collectors();
        collectors.started.with_label_values(&values).inc();
        CallMetrics {
            received: collectors.received.with_label_values(&values),
            sent: collectors.sent.with_label_values(&values),
            labels,
            started: Instant::now(),
        }
    }

    /// One message received.
    pub(crate) fn received(&self) {
        self.received.inc();
    }

    /// One message sent.
    pub(crate) fn sent(&self) {
        self.sent.inc();
    }

    /// The call ended with `code`.
    pub(crate) fn handled(&self, code: RpcStatusCode) {
        let [kind, service, method] = &self.labels;
        let collectors = collectors();
        collectors
            .handled
            .with_label_values(&[kind.as_str(), service, method, code_name(code)])
            .inc();
        collectors
            .handling
            .with_label_values(&[kind.as_str(), service, method])
            .observe(self.started.elapsed().as_secs_f64());
    }
}

/// Serves [`render()`] over HTTP at `http://<addr>/metrics` from a thread of
/// its own, for Prometheus to scrape; returns the bound address (`addr` may
/// have port 0). The thread lives as long as the process.
pub fn serve_metrics(addr: &str) -> std::io::Result<std::net::SocketAddr> {
    let listener = TcpListener::bind(addr)?;
    let bound = listener.local_addr()?;
    std::thread::Builder::new()
        .name("metrics-http".into())
        .spawn(move || {
            for connection in listener.incoming().map_while(Result::ok) {
                if let Err(e) = answer(connection) {
                    warn!("metrics: a scrape failed: {e}");
                }
            }
        })?;
    info!("serving metrics on http://{bound}/metrics");
    Ok(bound)
}

/// How long a scraper may take to send its request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// The longest request line or header accepted.
const MAX_LINE: u64 = 8 * 1024;

/// Answers one HTTP/1.x request: the metrics for `GET /metrics`, 404 for any
/// other path, 405 for any other method. One request per connection.
fn answer(connection: TcpStream) -> std::io::Result<()> {
    connection.set_read_timeout(Some(REQUEST_TIMEOUT))?;
    let mut reader = BufReader::new(&connection);
    let mut request_line = String::new();
    (&mut reader).take(MAX_LINE).read_line(&mut request_line)?;
    // Skip the headers: nothing in them changes the answer.
    loop {
        let mut header = String::new();
        let n = (&mut reader).take(MAX_LINE).read_line(&mut header)?;
        if n == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (status, content_type, body) = match (parts.next(), parts.next()) {
        (Some("GET"), Some(path)) if path == "/metrics" || path.starts_with("/metrics?") => (
            "200 OK",
            TextEncoder::new().format_type().to_string(),
            render(),
        ),
        (Some("GET"), Some(_)) => ("404 Not Found", "text/plain".into(), "not found\n".into()),
        _ => (
            "405 Method Not Allowed",
            "text/plain".into(),
            "only GET\n".into(),
        ),
    };
    let mut writer = &connection;
    write!(
        writer,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_family_is_rendered_once_with_the_calls_labels() {
        let call = CallMetrics::start(Kind::ServerStream, "/pkg.Svc/Method");
        call.received();
        call.sent();
        call.sent();
        call.handled(RpcStatusCode::CANCELLED);
        let text = render();
        assert_eq!(
            text.matches("# HELP grpc_server_started_total ").count(),
            1,
            "{text}"
        );
        assert!(text.contains(
            "grpc_server_msg_sent_total{grpc_method=\"Method\",grpc_service=\"pkg.Svc\",grpc_type=\"server_stream\"} 2"
        ), "{text}");
        assert!(text.contains(
            "grpc_server_handled_total{grpc_code=\"CANCELLED\",grpc_method=\"Method\",grpc_service=\"pkg.Svc\",grpc_type=\"server_stream\"} 1"
        ), "{text}");
    }
}
