//! Compression on the wire: `--compression gzip|deflate` on servers and
//! clients shrinks what crosses the socket (counted by a TCP relay), and
//! compressed messages are accepted whatever the receiver's own setting.

use grpc_stream_testkit as common;

use std::sync::atomic::Ordering;

use common::{run_client, strings, Relay, ServerProcess};

const MIB: u64 = 1 << 20;

/// Server push of 5 messages of 1 MiB (highly compressible: `-` padding).
fn server_push_bytes_down(server_flags: &[&str]) -> u64 {
    let server = ServerProcess::start("all_stream_server", server_flags);
    let relay = Relay::start(&server.addr);
    let (status, out, err) = run_client(
        "all_stream_client",
        &["--addr", &relay.addr, "--interval-ms", "0", "--count", "0"],
    );
    assert!(status.success(), "{err:?}");
    assert_eq!(out.len(), 6, "five messages and the end");
    assert_eq!(out[0].len(), "Recv Data: ".len() + MIB as usize);
    relay.down.load(Ordering::Relaxed)
}

#[test]
fn servers_compress_responses_when_told() {
    let base = ["--interval-ms", "0", "--size", "1048576"];
    let plain = server_push_bytes_down(&base);
    for algorithm in ["gzip", "deflate"] {
        let mut flags = base.to_vec();
        flags.extend(["--compression", algorithm]);
        let compressed = server_push_bytes_down(&flags);
        eprintln!(
            "5 MiB of responses: {plain} bytes on the wire plain, {compressed} with {algorithm}"
        );
        assert!(plain > 5 * MIB, "{plain}");
        assert!(compressed < MIB / 10, "{algorithm}: {compressed}");
    }
}

#[test]
fn clients_compress_requests_when_told_and_servers_accept_them_whatever_their_setting() {
    let server = ServerProcess::start("client_stream_server", &["--compression", "none"]);
    let relay = Relay::start(&server.addr);
    for (compression, at_most, at_least) in [("gzip", MIB / 10, 0), ("none", u64::MAX, 3 * MIB)] {
        let before = relay.up.load(Ordering::Relaxed);
        let (status, out, err) = run_client(
            "client_stream_client",
            &[
                "--addr",
                &relay.addr,
                "--count",
                "3",
                "--size",
                "1048576",
                "--compression",
                compression,
            ],
        );
        assert!(status.success(), "{compression}: {err:?}");
        assert_eq!(out.len(), 1);
        let sent = relay.up.load(Ordering::Relaxed) - before;
        eprintln!("3 MiB of requests with --compression {compression}: {sent} bytes on the wire");
        assert!(sent <= at_most && sent >= at_least, "{compression}: {sent}");
    }
}

#[test]
fn a_compressing_client_and_server_keep_the_contract_transcript() {
    let server = ServerProcess::start("server_stream_server", &["--compression", "gzip"]);
    let (status, out, _) = run_client(
        "server_stream_client",
        &["--addr", &server.addr, "--compression", "deflate"],
    );
    assert!(status.success());
    let mut expected = vec!["Recv Data:data:\"1\"  "; 5];
    expected.push("server closed");
    assert_eq!(out, strings(expected));
}
