//! Behind a real proxy: nginx (`deploy/nginx/grpc-stream.conf`, only its
//! addresses changed) in front of three of our servers, HTTP/2 on both
//! sides. The contract's transcripts, 1 MiB messages both ways, a backend
//! shut down gracefully mid-run, and deadlines and cancellation crossing the
//! proxy. nginx is started and stopped by the test, on loopback ports.

use grpc_stream_testkit as common;

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{
    connect_to, free_port, run_client, strings, within, ClientProcess, ServerProcess, STEP,
};
use futures::stream::{self, StreamExt};

/// nginx running the repository's config, in front of `backends`.
struct Nginx {
    child: Child,
    addr: String,
    dir: PathBuf,
}

impl Nginx {
    fn start(backends: &[&ServerProcess]) -> Nginx {
        let dir = std::env::temp_dir().join(format!(
            "grpc-stream-nginx-{}-{}",
            std::process::id(),
            free_port()
        ));
        std::fs::create_dir_all(dir.join("tmp")).unwrap();
        let template =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("deploy/nginx/grpc-stream.conf");
        let mut config = std::fs::read_to_string(template).unwrap();
        let addr = format!("127.0.0.1:{}", free_port());
        config = config.replace("listen 127.0.0.1:8080", &format!("listen {addr}"));
        for (port, backend) in [50061, 50062, 50063].iter().zip(backends) {
            config = config.replace(
                &format!("server 127.0.0.1:{port};"),
                &format!("server {};", backend.addr),
            );
        }
        let path = dir.join("nginx.conf");
        std::fs::write(&path, config).unwrap();
        let child = Command::new("nginx")
            .arg("-p")
            .arg(&dir)
            .arg("-c")
            .arg(&path)
            .args(["-g", "daemon off;"])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("nginx (Debian's nginx-light; make deps installs it)");
        // Ready once it accepts connections.
        common::poll(STEP, Duration::from_millis(20), || {
            TcpStream::connect(&addr)
                .map(drop)
                .map_err(|e| format!("nginx did not listen on {addr}: {e}"))
        });
        Nginx { child, addr, dir }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM: the master stops its workers too (SIGKILL would orphan them).
        common::signal(&self.child, "TERM");
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Three servers running `program` with `flags`.
fn backends(program: &str, flags: &[&str]) -> [ServerProcess; 3] {
    [(); 3].map(|_| ServerProcess::start(program, flags))
}

#[test]
fn the_contract_transcripts_cross_the_proxy() {
    let servers = backends("all_services", &["--interval-ms", "0"]);
    let nginx = Nginx::start(&servers.each_ref());
    let addr = ["--addr", nginx.addr.as_str()];

    let (status, out, err) = run_client("server_stream_client", &addr);
    assert!(status.success(), "{err:?}");
    let mut expected = vec!["Recv Data:data:\"1\"  "; 5];
    expected.push("server closed");
    assert_eq!(out, strings(expected));

    let (status, out, err) = run_client("client_stream_client", &addr);
    assert!(status.success(), "{err:?}");
    assert_eq!(out, strings(["Recv 0,1,2,3,4 "]));

    let (status, out, err) = run_client(
        "all_stream_client",
        &[addr[0], addr[1], "--interval-ms", "0"],
    );
    assert!(status.success(), "{err:?}");
    let expected: Vec<String> = (0..5)
        .map(|i| format!("Recv Data:{i} "))
        .chain(["Server Closed".to_string()])
        .collect();
    assert_eq!(out, expected);
}

#[test]
fn one_mebibyte_messages_cross_the_proxy_both_ways() {
    let servers = backends(
        "all_stream_server",
        &["--interval-ms", "0", "--size", "1048576"],
    );
    let nginx = Nginx::start(&servers.each_ref());
    let (status, out, err) = run_client(
        "all_stream_client",
        &[
            "--addr",
            &nginx.addr,
            "--interval-ms",
            "0",
            "--size",
            "1048576",
        ],
    );
    assert!(status.success(), "{err:?}");
    assert_eq!(out.len(), 6);
    for (i, line) in out[..5].iter().enumerate() {
        let data = line
            .strip_prefix("Recv Data:")
            .and_then(|l| l.strip_suffix(' '))
            .unwrap();
        assert_eq!(data.len(), 1 << 20);
        assert!(data.starts_with(&i.to_string()));
    }
    // Every backend got the client's 1 MiB messages whole.
    let received: usize = servers
        .into_iter()
        .map(|server| {
            let (_, stdout, _) = server.stop();
            stdout
                .iter()
                .filter(|l| l.starts_with("Recv Data:") && l.len() > 1 << 20)
                .count()
        })
        .sum();
    assert_eq!(received, 5);
}

/// The calls running when a backend stops gracefully all finish: those on it
/// within its grace, those elsewhere untouched. (A call nginx hands to the
/// stopping backend in that instant can fail; stop a backend after taking it
/// out of the upstream, README "Deploying behind a proxy".)
#[test]
fn a_backend_shut_down_mid_run_fails_no_running_call() {
    // Each call lasts about a second: 5 messages 200 ms apart each way.
    let servers = backends("all_services", &["--interval-ms", "200"]);
    let nginx = Nginx::start(&servers.each_ref());
    let running: Vec<ClientProcess> = (0..6)
        .map(|_| {
            ClientProcess::start(
                "all_stream_client",
                &["--addr", &nginx.addr, "--interval-ms", "200"],
            )
        })
        .collect();
    // Every call under way (each has its first message), then one backend
    // stops gracefully.
    for client in &running {
        assert_eq!(client.next_line(), "Recv Data:0 ");
    }
    let [first, second, third] = servers;
    first.signal("TERM");
    for client in running {
        let (status, out, err) = client.finish();
        assert!(status.success(), "a call failed: {err:?}");
        assert_eq!(
            out.last().map(String::as_str),
            Some("Server Closed"),
            "{out:?}"
        );
    }
    let (status, _, _) = first.wait();
    assert!(status.success(), "the stopped backend exits 0");
    // New calls go to the others.
    for _ in 0..3 {
        let (status, out, err) = run_client(
            "all_stream_client",
            &["--addr", &nginx.addr, "--interval-ms", "0"],
        );
        assert!(status.success(), "{err:?}");
        assert_eq!(out.last().map(String::as_str), Some("Server Closed"));
    }
    drop((second, third));
}

#[test]
fn deadlines_and_cancellation_cross_the_proxy() {
    let servers = backends("all_services", &[]);
    let nginx = Nginx::start(&servers.each_ref());

    // A deadline the call cannot meet (one message a second).
    let (status, _, err) = run_client(
        "all_stream_client",
        &["--addr", &nginx.addr, "--timeout", "300ms"],
    );
    assert!(!status.success());
    // Usually the client's own timer ends the call. When the backend's copy
    // of the deadline fires first, nginx resets the client's stream with
    // INTERNAL_ERROR (code 2) instead: nginx's translation, seen under load.
    assert!(
        err.iter().any(|l| l.contains("DEADLINE_EXCEEDED")
            || l.contains("Received RST_STREAM with error code 2")),
        "{err:?}"
    );
    // The backend learnt the deadline from grpc-timeout and stopped the handler.
    let saw_deadline = servers.iter().any(|s| {
        s.wait_for_stderr("deadline exceeded; handler stopped", Duration::from_secs(3))
            .is_some()
    });
    assert!(saw_deadline, "no backend logged the deadline");

    // A call the client drops after its first response.
    let client = connect_to(&nginx.addr, Some(STEP));
    let mut responses = client.all_stream(stream::pending()).unwrap();
    within(STEP, responses.next()).unwrap().unwrap();
    drop(responses);
    let saw_cancel = servers.iter().any(|s| {
        s.wait_for_stderr(
            "cancelled by the client or connection lost",
            Duration::from_secs(3),
        )
        .is_some()
    });
    assert!(saw_cancel, "no backend logged the cancellation");
}
