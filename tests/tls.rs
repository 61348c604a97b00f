//! TLS and mutual TLS over loopback, with certificates made at test time
//! (`openssl` CLI): the happy path of each pattern, and each way a
//! connection must be refused, with the reason.

use grpc_stream_testkit as common;

use std::path::Path;
use std::time::Duration;

use common::pki::Pki;
use common::{logs, run_client, server, strings, within, Lines, ServerProcess, STEP};
use futures::stream::{self, TryStreamExt};
use grpc_stream::contract::helloworld::{AllStreamReq, ClientStreamReq};
use grpc_stream::contract::{
    AllStreamService, ClientStreamService, Pace, ServerStreamService, StreamClient,
};
use grpc_stream_engine::{ClientConfig, Error, RunningServer};
use grpc_stream_engine::{ClientTls, ServerTls};

fn tls_server(tls: ServerTls) -> RunningServer {
    let lines = Lines::default();
    server()
        .credentials(tls.credentials())
        .host(ServerStreamService::contract(
            Pace::new(5, Duration::ZERO),
            lines.transcript(),
        ))
        .host(ClientStreamService::contract(1 << 20, lines.transcript()))
        .host(AllStreamService::contract(
            Pace::new(5, Duration::ZERO),
            lines.transcript(),
        ))
        .start()
        .unwrap()
}

fn connect(server: &RunningServer, tls: Option<ClientTls>) -> Result<StreamClient, Error> {
    let config = ClientConfig {
        connect_timeout: Duration::from_secs(2),
        call_timeout: Some(STEP),
        tls,
        ..ClientConfig::default()
    };
    within(STEP, StreamClient::connect(server.addr(), &config))
}

/// Runs one call of each pattern and checks the contract's answers.
fn all_three_patterns_work(client: &StreamClient) {
    let got: Vec<_> = within(
        STEP,
        client.server_stream("1".into()).unwrap().try_collect(),
    )
    .unwrap();
    assert_eq!(got.len(), 5);
    let requests = stream::iter((0..5).map(|i| ClientStreamReq::from(i.to_string())));
    assert_eq!(
        within(STEP, client.client_stream(requests)).unwrap().data,
        "0,1,2,3,4"
    );
    let requests = stream::iter((0..5).map(|i| AllStreamReq::from(i.to_string())));
    let got: Vec<_> = within(STEP, client.all_stream(requests).unwrap().try_collect()).unwrap();
    assert_eq!(got.len(), 5);
}

/// The connection (or its first call) is refused; returns the error text.
fn refused(server: &RunningServer, tls: Option<ClientTls>) -> String {
    match connect(server, tls) {
        Err(e) => e.to_string(),
        Ok(client) => {
            // TLS 1.3: the server checks the client's certificate after the
            // client considers the handshake done; the first call fails.
            let error = within(
                STEP,
                client
                    .server_stream("1".into())
                    .unwrap()
                    .try_collect::<Vec<_>>(),
            )
            .expect_err("a refused connection served a call");
            assert_eq!(error.code(), grpcio::RpcStatusCode::UNAVAILABLE, "{error}");
            error.to_string()
        }
    }
}

#[test]
fn tls_serves_each_pattern() {
    let pki = Pki::get();
    let server = tls_server(pki.server_tls());
    all_three_patterns_work(&connect(&server, Some(pki.client_tls())).unwrap());
}

#[test]
fn mutual_tls_serves_each_pattern() {
    let pki = Pki::get();
    let server = tls_server(pki.mutual_server_tls());
    let tls = pki.client_identity(pki.client_tls(), "client");
    all_three_patterns_work(&connect(&server, Some(tls)).unwrap());
}

#[test]
fn a_plaintext_client_is_refused_by_a_tls_server() {
    let pki = Pki::get();
    let server = tls_server(pki.server_tls());
    let error = refused(&server, None);
    eprintln!("plaintext client: {error}");
    assert!(error.starts_with("cannot connect to"), "{error}");
}

#[test]
fn a_server_signed_by_an_untrusted_ca_is_refused() {
    let pki = Pki::get();
    let server = tls_server(pki.server_tls());
    let error = refused(&server, Some(pki.trusting("other-ca.pem", "localhost")));
    eprintln!("untrusted CA: {error}");
    assert!(
        error.contains("CERTIFICATE_VERIFY_FAILED") || error.contains("certificate verify failed"),
        "{error}"
    );
}

#[test]
fn a_client_without_a_certificate_is_refused_under_mutual_tls() {
    let mark = logs::capture();
    grpcio::redirect_log(); // the C core reports handshake failures in its own log
    let pki = Pki::get();
    let server = tls_server(pki.mutual_server_tls());
    let error = refused(&server, Some(pki.client_tls()));
    eprintln!("no client certificate: {error}");
    // The client only sees its connection dropped; the server says why.
    assert!(error.starts_with("cannot connect to"), "{error}");
    let why = logs::wait_for(mark, "peer did not return a certificate", 1, STEP);
    assert!(!why.is_empty(), "the server logged no reason");
}

#[test]
fn a_client_certificate_from_another_ca_is_refused_under_mutual_tls() {
    let pki = Pki::get();
    let server = tls_server(pki.mutual_server_tls());
    let error = refused(
        &server,
        Some(pki.client_identity(pki.client_tls(), "stranger")),
    );
    eprintln!("stranger's client certificate: {error}");
}

#[test]
fn a_wrong_server_name_is_refused() {
    let pki = Pki::get();
    let server = tls_server(pki.server_tls());
    let error = refused(
        &server,
        Some(pki.trusting("ca.pem", "not-localhost.example")),
    );
    eprintln!("wrong server name: {error}");
    assert!(error.contains("not-localhost.example"), "{error}");
}

#[test]
fn the_programs_take_tls_flags() {
    let pki = Pki::get();
    let p = |name: &str| pki.path(name).to_string_lossy().into_owned();
    let (cert, key, ca) = (p("server.pem"), p("server.key"), p("ca.pem"));
    let server = ServerProcess::start(
        "server_stream_server",
        &[
            "--tls-cert",
            &cert,
            "--tls-key",
            &key,
            "--tls-client-ca",
            &ca,
        ],
    );
    let (client_cert, client_key) = (p("client.pem"), p("client.key"));
    let (status, out, err) = run_client(
        "server_stream_client",
        &[
            "--addr",
            &server.addr,
            "--tls-ca",
            &ca,
            "--tls-server-name",
            "localhost",
            "--tls-cert",
            &client_cert,
            "--tls-key",
            &client_key,
        ],
    );
    assert!(status.success(), "{err:?}");
    let mut expected = vec!["Recv Data:data:\"1\"  "; 5];
    expected.push("server closed");
    assert_eq!(out, strings(expected));

    // Without its certificate the same client is turned away, in one line.
    let (status, _, err) = run_client(
        "server_stream_client",
        &[
            "--addr",
            &server.addr,
            "--tls-ca",
            &ca,
            "--tls-server-name",
            "localhost",
            "--connect-timeout",
            "1s",
        ],
    );
    assert_eq!(status.code(), Some(1));
    assert_eq!(err.len(), 1, "{err:?}");
}

#[test]
fn unreadable_or_non_pem_files_are_clear_errors() {
    let missing = Path::new("/nonexistent/cert.pem");
    let error = ServerTls::from_files(missing, missing).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("cannot read the certificate /nonexistent/cert.pem"),
        "{error}"
    );
    let error = ClientTls::new()
        .ca(b"not a certificate".to_vec())
        .unwrap_err();
    assert_eq!(error.to_string(), "bad configuration: the CA is not PEM");
}
