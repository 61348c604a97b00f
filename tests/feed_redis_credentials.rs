//! The feed's Redis behind credentials and TLS, as an operator deploys it:
//! `feed_server --redis redis://USER@... --redis-password-file FILE` (or the
//! password in the URL) as an ACL user limited to
//! the feed's keys and commands (README's line, the one used here), and
//! `rediss://` with `--redis-ca`; wrong credentials or an untrusted
//! certificate fail at start, clearly, and no password reaches a log line.

use grpc_stream_testkit as common;

use common::process::free_port;
use common::{pki::Pki, run_client, RedisServer, ServerProcess};

/// README's ACL user for the feed ("Redis with a password and TLS"), with
/// the test's password: the keys under `feed:`, the commands the feed
/// runs (its scripts' too), no channel; ROLE for Sentinel.
const ACL_USER: &str = "feed on >PASSWORD resetkeys ~feed:* resetchannels -@all \
    +get +set +del +hget +hset +incrby +xadd +xrange +xrevrange +xread \
    +eval +evalsha +script|load +wait +info +role +ping";

const PASSWORD: &str = "pw-7c1d20e4a9";

/// Publishes `lines` to `topic` through the feed server at `addr`, then
/// reads `count` events back from revision 0 (from Redis for those older
/// than the server's history): the lines printed.
fn round_trip(addr: &str, topic: &str, lines: &str, count: usize) -> Vec<String> {
    let input =
        std::env::temp_dir().join(format!("feed-redis-lines-{}-{topic}", std::process::id()));
    std::fs::write(&input, lines).expect("lines");
    let mut publish = std::process::Command::new(common::example("feed_publish"));
    publish
        .args(["--addr", addr, "--topic", topic])
        .stdin(std::fs::File::open(&input).expect("lines"));
    let (status, _, err) = common::ClientProcess::spawn(publish).finish();
    let _ = std::fs::remove_file(&input);
    assert!(status.success(), "{err:?}");
    let count = count.to_string();
    let (status, out, err) = run_client(
        "feed_subscribe",
        &["--addr", addr, "--topic", topic, "--count", &count],
    );
    assert!(status.success(), "{err:?}");
    out
}

#[test]
fn an_acl_user_limited_to_the_feeds_keys_and_commands_serves_the_feed() {
    let acl: Vec<String> = ACL_USER
        .replace("PASSWORD", PASSWORD)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let settings: Vec<&str> = ["--user"]
        .into_iter()
        .chain(acl.iter().map(String::as_str))
        .collect();
    let redis = RedisServer::start_with(&settings);
    // The password from a file (out of the process list); a history of 2:
    // the older events are read back from Redis.
    let password_file =
        std::env::temp_dir().join(format!("feed-redis-password-{}", std::process::id()));
    std::fs::write(&password_file, format!("{PASSWORD}\n")).expect("password file");
    let url = format!("redis://feed@127.0.0.1:{}", redis.port);
    let server = ServerProcess::start(
        "feed_server",
        &[
            "--redis",
            &url,
            "--redis-password-file",
            &password_file.to_string_lossy(),
            "--history",
            "2",
        ],
    );
    let out = round_trip(&server.addr, "prices", "a\nb\nc\nd\n", 4);
    assert_eq!(out, ["1 a", "2 b", "3 c", "4 d"]);

    // What Redis refused the user: only CONFIG GET (the feed reads whether
    // Redis syncs each write without it, and counts it as not).
    let refused = redis.refused_commands();
    assert!(
        refused.iter().all(|command| command == "config|get"),
        "{refused:?}"
    );

    let (_, _, log) = server.stop();
    let log = log.join("\n");
    assert!(!log.contains(PASSWORD), "the password in the log: {log}");
    let _ = std::fs::remove_file(&password_file);

    // A wrong password: the server does not start, and says why.
    let wrong = format!("redis://feed:not-{PASSWORD}@127.0.0.1:{}", redis.port);
    let (status, _, err) = run_client("feed_server", &["--redis", &wrong, "--addr", "127.0.0.1:0"]);
    let err = err.join("\n");
    assert!(!status.success());
    assert!(err.contains("authentication failed"), "{err}");
    assert!(!err.contains(PASSWORD), "the password in the error: {err}");
}

#[test]
fn tls_to_redis_checks_its_certificate_against_the_ca_given() {
    let pki = Pki::get();
    pki.leaf(
        "redis",
        "ca",
        "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth",
    );
    let tls_port = free_port();
    let (cert, key, ca) = (
        pki.path("redis.pem"),
        pki.path("redis.key"),
        pki.path("ca.pem"),
    );
    let tls_port_arg = tls_port.to_string();
    let redis = RedisServer::start_with(&[
        "--tls-port",
        &tls_port_arg,
        "--tls-cert-file",
        &cert.to_string_lossy(),
        "--tls-key-file",
        &key.to_string_lossy(),
        "--tls-ca-cert-file",
        &ca.to_string_lossy(),
        "--tls-auth-clients",
        "no",
    ]);
    let url = format!("rediss://127.0.0.1:{tls_port}");
    let server = ServerProcess::start(
        "feed_server",
        &["--redis", &url, "--redis-ca", &ca.to_string_lossy()],
    );
    assert_eq!(
        round_trip(&server.addr, "news", "x\ny\n", 2),
        ["1 x", "2 y"]
    );
    server.stop();
    // The events went through the TLS port into this Redis.
    let length: u64 = redis
        .command(&[
            "EVAL",
            "return #redis.call('KEYS', 'feed:*:news:events')",
            "0",
        ])
        .expect("EVAL");
    assert_eq!(length, 1);

    // Without the CA: the system's CAs do not know it; a clear refusal.
    let (status, _, err) = run_client("feed_server", &["--redis", &url, "--addr", "127.0.0.1:0"]);
    let err = err.join("\n");
    assert!(!status.success());
    assert!(err.contains("certificate verify failed"), "{err}");
    drop(redis);
}
