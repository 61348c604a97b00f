//! Who may call (`ServerBuilder::authorize`): bearer tokens through grpcurl
//! (none or unknown: UNAUTHENTICATED; known but not allowed:
//! PERMISSION_DENIED), client certificate names under mutual TLS, health
//! and reflection open to probes; one log line per refusal, never a token.

use grpc_stream_testkit as common;

use std::process::Command;
use std::time::Duration;

use common::pki::Pki;
use common::{grpcurl, logs, server, within, ClientProcess, Lines, STEP};
use futures::stream::{self, TryStreamExt};
use grpc_stream::contract::helloworld::ClientStreamReq;
use grpc_stream::contract::{ClientStreamService, Pace, ServerStreamService, StreamClient};
use grpc_stream_engine::{BearerTokens, CallStart, ClientConfig, RunningServer, ServerBuilder};
use grpcio::{RpcStatus, RpcStatusCode};

const READER_TOKEN: &str = "reader-token-7f3a91";
const ADMIN_TOKEN: &str = "admin-token-c02e55";
const SERVER_STREAM: &str = "/helloworld.ServerStreamServer/ServerStream";

/// The policy under test: health and reflection for anyone; otherwise a
/// certificate name or a bearer token names the caller; `admin` and
/// `client` may call anything, `reader` only ServerStream.
fn policy(tokens: BearerTokens) -> impl Fn(&CallStart<'_>) -> Result<(), RpcStatus> {
    move |call| {
        let method = call.method();
        if method.starts_with("/grpc.health.v1.") || method.starts_with("/grpc.reflection.") {
            return Ok(());
        }
        let who = match call.peer_identity() {
            Some(identity) => identity.names.first().cloned(),
            None => tokens.identify(call.request_headers())?.map(str::to_string),
        };
        match who.as_deref() {
            None => Err(RpcStatus::with_message(
                RpcStatusCode::UNAUTHENTICATED,
                "a bearer token or a client certificate is needed".into(),
            )),
            Some("admin" | "client") => Ok(()),
            Some("reader") if method == SERVER_STREAM => Ok(()),
            Some(other) => Err(RpcStatus::with_message(
                RpcStatusCode::PERMISSION_DENIED,
                format!("{other} may not call {method}"),
            )),
        }
    }
}

fn tokens() -> BearerTokens {
    let file = format!(
        "reader {}\nadmin {}\n",
        BearerTokens::digest(READER_TOKEN),
        BearerTokens::digest(ADMIN_TOKEN)
    );
    BearerTokens::parse(&file).expect("a token file")
}

/// The contract's ServerStream and ClientStream behind `policy`.
fn guarded(builder: ServerBuilder) -> RunningServer {
    let lines = Lines::default();
    builder
        .host(ServerStreamService::contract(
            Pace::new(5, Duration::ZERO),
            lines.transcript(),
        ))
        .host(ClientStreamService::contract(1 << 20, lines.transcript()))
        .authorize(policy(tokens()))
        .start()
        .expect("start")
}

/// `grpcurl -plaintext [-H authorization: Bearer TOKEN] -d DATA ADDR METHOD`:
/// (success, stdout, stderr).
fn grpcurl_as(addr: &str, token: Option<&str>, data: &str, method: &str) -> (bool, String, String) {
    let mut command: Command = grpcurl();
    command.arg("-plaintext");
    if let Some(token) = token {
        command.args(["-H", &format!("authorization: Bearer {token}")]);
    }
    command.args(["-d", data, addr, method]);
    let (status, out, err) = ClientProcess::spawn(command).finish();
    (status.success(), out.join("\n"), err.join("\n"))
}

#[test]
fn grpcurl_is_refused_without_a_known_token_and_past_its_rights() {
    let mark = logs::capture();
    let server = guarded(server());
    let addr = server.addr();
    let server_stream = "helloworld.ServerStreamServer/ServerStream";
    let client_stream = "helloworld.ClientStreamServer/ClientStream";
    let one = r#"{"data":"1"}"#;

    // Discovery and health need no credentials.
    let (ok, out, err) = grpcurl_as(addr, None, "{}", "grpc.health.v1.Health/Check");
    assert!(ok && out.contains("SERVING"), "{out} {err}");

    let (ok, _, err) = grpcurl_as(addr, None, one, server_stream);
    assert!(!ok && err.contains("Code: Unauthenticated"), "{err}");
    let (ok, _, err) = grpcurl_as(addr, Some("not-a-token"), one, server_stream);
    assert!(!ok && err.contains("Code: Unauthenticated"), "{err}");
    assert!(err.contains("not a known one"), "{err}");

    let (ok, out, err) = grpcurl_as(addr, Some(READER_TOKEN), one, server_stream);
    assert!(ok, "{err}");
    assert_eq!(out.matches("\"data\": \"1\"").count(), 5, "{out}");
    let (ok, _, err) = grpcurl_as(addr, Some(READER_TOKEN), one, client_stream);
    assert!(!ok && err.contains("Code: PermissionDenied"), "{err}");
    assert!(err.contains("reader may not call"), "{err}");

    let (ok, out, err) = grpcurl_as(addr, Some(ADMIN_TOKEN), one, client_stream);
    assert!(ok && out.contains("\"data\": \"1\""), "{out} {err}");

    // One line per refusal, naming the method and the status; no token in
    // any line.
    // (The certificate test runs beside this one, in this process.)
    let refusals: Vec<String> = logs::since(mark, "refused /helloworld.")
        .into_iter()
        .filter(|line| !line.contains("operator"))
        .collect();
    assert_eq!(refusals.len(), 3, "{refusals:?}");
    assert!(
        refusals[2].contains("PERMISSION_DENIED: reader may not call"),
        "{refusals:?}"
    );
    for token in [READER_TOKEN, ADMIN_TOKEN, "not-a-token"] {
        let leaked = logs::since(mark, token);
        assert!(leaked.is_empty(), "{leaked:?}");
    }
}

#[test]
fn client_certificate_names_decide_under_mutual_tls() {
    let pki = Pki::get();
    let server = guarded(server().credentials(pki.mutual_server_tls().credentials()));
    let as_who = |who: &str| {
        let config = ClientConfig {
            call_timeout: Some(STEP),
            tls: Some(pki.client_identity(pki.client_tls(), who)),
            ..ClientConfig::default()
        };
        within(STEP, StreamClient::connect(server.addr(), &config)).expect("connect")
    };
    let requests = || stream::iter((0..3).map(|i| ClientStreamReq::from(i.to_string())));
    // CN=client may call anything.
    let client = as_who("client");
    assert_eq!(
        within(STEP, client.client_stream(requests()))
            .expect("allowed")
            .data,
        "0,1,2"
    );
    // CN=operator is known to TLS but not to the policy.
    let operator = as_who("operator");
    let refused = within(STEP, operator.client_stream(requests())).expect_err("refused");
    assert_eq!(
        refused.code(),
        RpcStatusCode::PERMISSION_DENIED,
        "{refused}"
    );
    assert!(
        refused.to_string().contains("operator may not call"),
        "{refused}"
    );
    let refused = within(
        STEP,
        operator
            .server_stream("1".into())
            .expect("call")
            .try_collect::<Vec<_>>(),
    )
    .expect_err("refused");
    assert_eq!(
        refused.code(),
        RpcStatusCode::PERMISSION_DENIED,
        "{refused}"
    );
}
