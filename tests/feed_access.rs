//! Per-topic access to the feed (`feed_server --access FILE --tokens FILE`,
//! `feed_publish`/`feed_subscribe --token-file`, grpcurl with a bearer
//! token): no credentials where some are needed is UNAUTHENTICATED, a
//! caller the rules do not allow PERMISSION_DENIED, topic by topic; client
//! certificate names under mutual TLS; no token in the server's log.

use grpc_stream_testkit as common;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use common::feed::{publish_events, read_into, status_of, subscribe};
use common::pki::Pki;
use common::{grpcurl, run_client, server, within, ClientProcess, ServerProcess, STEP};
use grpc_stream_engine::{BearerToken, BearerTokens, Client, ClientConfig};
use grpc_stream_feed::proto::FeedClient;
use grpc_stream_feed::{Access, Feed, FeedConfig, FeedService};
use grpcio::RpcStatusCode;

const ALICE: &str = "alice-token-5b1e07";
const INGEST: &str = "ingest-token-9d44c2";

const RULES: &str = "\
# who          rights              topics
token:alice    publish,subscribe   news.*
token:ingest   publish             prices
token:ingest   publish             public.*
cert:client    publish,subscribe   *
cert:operator  subscribe           *
*              subscribe           public.*
";

/// A directory with the rules, the token digests and each token's file.
fn files() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("feed-access-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a directory");
    std::fs::write(dir.join("rules"), RULES).expect("rules");
    let tokens = format!(
        "alice {}\ningest {}\n",
        BearerTokens::digest(ALICE),
        BearerTokens::digest(INGEST)
    );
    std::fs::write(dir.join("tokens"), tokens).expect("tokens");
    std::fs::write(dir.join("alice"), format!("{ALICE}\n")).expect("alice");
    std::fs::write(dir.join("ingest"), INGEST).expect("ingest");
    dir
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).to_string_lossy().into_owned()
}

/// `feed_publish` of `lines` (from a file of `dir`) to `topic` on `addr`
/// with `more` flags: (exit success, stderr).
fn publish(dir: &Path, addr: &str, topic: &str, more: &[&str], lines: &str) -> (bool, String) {
    let input = dir.join("lines");
    std::fs::write(&input, lines).expect("lines");
    let mut command = Command::new(common::example("feed_publish"));
    command
        .args(["--addr", addr, "--topic", topic])
        .args(more)
        .stdin(File::open(&input).expect("lines"));
    let (status, _, err) = ClientProcess::spawn(command).finish();
    (status.success(), err.join("\n"))
}

#[test]
fn the_programs_and_grpcurl_get_what_the_rules_grant_topic_by_topic() {
    let dir = files();
    let server = ServerProcess::start(
        "feed_server",
        &[
            "--access",
            &path(&dir, "rules"),
            "--tokens",
            &path(&dir, "tokens"),
        ],
    );
    let addr = server.addr.as_str();
    let alice = ["--token-file", &path(&dir, "alice")];
    let ingest = ["--token-file", &path(&dir, "ingest")];

    // Without a token: only what `*` may.
    let (ok, err) = publish(&dir, addr, "news.eu", &[], "hello\n");
    assert!(!ok && err.contains("UNAUTHENTICATED"), "{err}");
    let (status, _, err) = run_client(
        "feed_subscribe",
        &["--addr", addr, "--topic", "news.eu", "--count", "1"],
    );
    assert!(!status.success(), "{err:?}");
    assert!(err.join("\n").contains("UNAUTHENTICATED"), "{err:?}");

    // alice on news.*, and not on prices.
    let (ok, err) = publish(&dir, addr, "news.eu", &alice, "one\ntwo\n");
    assert!(ok, "{err}");
    let (status, out, err) = run_client(
        "feed_subscribe",
        &[
            &["--addr", addr, "--topic", "news.eu", "--count", "2"][..],
            &alice,
        ]
        .concat(),
    );
    assert!(status.success(), "{err:?}");
    assert_eq!(out, ["1 one", "2 two"]);
    let (ok, err) = publish(&dir, addr, "prices", &alice, "9.99\n");
    assert!(!ok, "alice published to prices");
    assert!(
        err.contains("PERMISSION_DENIED") && err.contains("token:alice may not publish to topic"),
        "{err}"
    );

    // ingest publishes prices (grpcurl, its token in a header) and
    // public.*, which anyone may read; it may not read prices.
    let mut command = grpcurl();
    command.args([
        "-plaintext",
        "-H",
        &format!("authorization: Bearer {INGEST}"),
        "-d",
        r#"{"topic":"prices","data":"OS45OQ=="}"#,
        addr,
        "feed.Feed/Publish",
    ]);
    let (status, out, err) = ClientProcess::spawn(command).finish();
    assert!(status.success(), "{err:?}");
    assert!(out.join("\n").contains("\"revisions\""), "{out:?}");
    let (ok, err) = publish(&dir, addr, "public.weather", &ingest, "sunny\n");
    assert!(ok, "{err}");
    let (status, out, err) = run_client(
        "feed_subscribe",
        &["--addr", addr, "--topic", "public.weather", "--count", "1"],
    );
    assert!(status.success(), "{err:?}");
    assert_eq!(out, ["1 sunny"]);
    let (status, _, err) = run_client(
        "feed_subscribe",
        &[
            &["--addr", addr, "--topic", "prices", "--count", "1"][..],
            &ingest,
        ]
        .concat(),
    );
    assert!(!status.success());
    assert!(err.join("\n").contains("PERMISSION_DENIED"), "{err:?}");

    // The server's log names callers, never a token.
    let (_, _, log) = server.stop();
    let log = log.join("\n");
    assert!(log.contains("token:alice may not publish"), "{log}");
    for token in [ALICE, INGEST] {
        assert!(!log.contains(token), "a token in the log");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn client_certificate_names_are_callers_under_mutual_tls() {
    let pki = Pki::get();
    let access = Access::parse(RULES, BearerTokens::default()).expect("rules");
    let feed = Arc::new(Feed::new(FeedConfig::default()));
    let server = server()
        .credentials(pki.mutual_server_tls().credentials())
        .host(FeedService::new(feed).access(access))
        .start()
        .expect("start");
    let as_who = |who: &str| {
        let config = ClientConfig {
            call_timeout: Some(STEP),
            tls: Some(pki.client_identity(pki.client_tls(), who)),
            ..ClientConfig::default()
        };
        let client = within(STEP, Client::connect(server.addr(), &config)).expect("connect");
        let stub = FeedClient::new(client.channel().clone());
        (client, stub)
    };
    let (client, client_stub) = as_who("client");
    let (operator, operator_stub) = as_who("operator");
    // operator reads anything and publishes nothing; client does both.
    let mut reading = subscribe(&operator, &operator_stub, "prices", 0, "");
    let refused = publish_events(&operator, &operator_stub, "prices", vec![b"1".to_vec()])
        .expect_err("operator may not publish");
    assert_eq!(
        refused.code(),
        RpcStatusCode::PERMISSION_DENIED,
        "{refused:?}"
    );
    assert!(
        refused.message().contains("cert:operator may not publish"),
        "{refused:?}"
    );
    publish_events(
        &client,
        &client_stub,
        "prices",
        vec![b"1".to_vec(), b"2".to_vec()],
    )
    .expect("client publishes");
    let (mut next, mut seen) = (1, Vec::new());
    read_into(&mut reading, &mut next, 2, &mut seen);
    assert_eq!(seen, [(1, b"1".to_vec()), (2, b"2".to_vec())]);
    // A refused Publish call says which of its events were published.
    assert!(
        refused.message().contains("none of this call's events"),
        "{refused:?}"
    );
}

#[test]
fn rules_reload_on_sighup_and_end_the_running_subscriptions_they_refuse() {
    let dir = files().join("reload");
    std::fs::create_dir_all(&dir).expect("a directory");
    let rules = dir.join("rules");
    let both = "token:alice subscribe news.*\ntoken:ingest publish,subscribe news.*\n";
    std::fs::write(&rules, both).expect("rules");
    let tokens = files().join("tokens");
    let server = ServerProcess::start(
        "feed_server",
        &[
            "--access",
            &rules.to_string_lossy(),
            "--tokens",
            &tokens.to_string_lossy(),
        ],
    );
    let as_who = |token: &str| {
        let config = ClientConfig {
            call_timeout: Some(STEP),
            bearer_token: Some(BearerToken::new(token)),
            ..ClientConfig::default()
        };
        let client = within(STEP, Client::connect(&server.addr, &config)).expect("connect");
        let stub = FeedClient::new(client.channel().clone());
        (client, stub)
    };
    let (alice, alice_stub) = as_who(ALICE);
    let (ingest, ingest_stub) = as_who(INGEST);
    let mut alice_reads = subscribe(&alice, &alice_stub, "news.eu", 0, "");
    let mut ingest_reads = subscribe(&ingest, &ingest_stub, "news.eu", 0, "");
    publish_events(&ingest, &ingest_stub, "news.eu", vec![b"one".to_vec()]).expect("publish");
    let (mut alice_next, mut ingest_next, mut seen) = (1, 1, Vec::new());
    read_into(&mut alice_reads, &mut alice_next, 1, &mut seen);
    read_into(&mut ingest_reads, &mut ingest_next, 1, &mut seen);

    // Rules that do not parse: those in force stay.
    std::fs::write(&rules, "token:alice read news.*\n").expect("rules");
    server.signal("HUP");
    let kept = server.wait_for_stderr("access rules not reloaded", STEP);
    assert!(
        kept.as_ref().is_some_and(|line| line.contains("line 1")),
        "no refusal line: {kept:?}"
    );

    // alice loses news.*: her idle subscription ends at once; ingest's
    // goes on.
    std::fs::write(&rules, "token:ingest publish,subscribe news.*\n").expect("rules");
    server.signal("HUP");
    let refused = status_of(&mut alice_reads);
    assert_eq!(
        refused.code(),
        RpcStatusCode::PERMISSION_DENIED,
        "{refused:?}"
    );
    assert!(
        refused
            .message()
            .contains("token:alice may not subscribe to topic \"news.eu\""),
        "{refused:?}"
    );
    assert!(server
        .wait_for_stderr("access rules reloaded: 1 rules, 2 tokens", STEP)
        .is_some());
    assert!(server
        .wait_for_stderr(
            "subscription of token:alice to topic \"news.eu\" ends",
            STEP
        )
        .is_some());
    publish_events(&ingest, &ingest_stub, "news.eu", vec![b"two".to_vec()]).expect("publish");
    read_into(&mut ingest_reads, &mut ingest_next, 2, &mut seen);
    assert_eq!(seen.last(), Some(&(2, b"two".to_vec())));
    let mut again = subscribe(&alice, &alice_stub, "news.eu", 0, "");
    assert_eq!(
        status_of(&mut again).code(),
        RpcStatusCode::PERMISSION_DENIED
    );

    // Ended first: the server's graceful stop would wait for it.
    drop(ingest_reads);
    let (_, _, log) = server.stop();
    for token in [ALICE, INGEST] {
        assert!(!log.join("\n").contains(token), "a token in the log");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
