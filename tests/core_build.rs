//! The C core we build holds only what grpcio's API reaches as we use it
//! (third_party patch 0015): no xDS, RLS, grpclb, re2, ALTS or Google
//! credentials. What was cut fails at once with a clear error, and none of
//! it is linked into the programs.

use grpc_stream_testkit as common;

use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use grpc_stream::contract::helloworld::{ServerStreamReq, ServerStreamServerClient};
use grpcio::{CallOption, ChannelBuilder, ChannelCredentials, EnvBuilder, Error, RpcStatusCode};

/// A channel to an `xds:` target fails its first call at once, UNAVAILABLE,
/// saying that xDS is not built and naming the target, instead of waiting
/// out its deadline or looking up the host "xds" (where the target would
/// go with no resolver for its scheme).
#[test]
fn an_xds_target_fails_at_once_with_a_clear_error() {
    let env = Arc::new(EnvBuilder::new().cq_count(1).build());
    let channel = ChannelBuilder::new(env).connect("xds:///feed.example.test");
    let client = ServerStreamServerClient::new(channel);
    let started = Instant::now();
    let outcome = common::within(common::STEP, async {
        use futures::StreamExt;
        let option = CallOption::default().timeout(Duration::from_secs(20));
        let mut responses = client
            .server_stream_opt(&ServerStreamReq::default(), option)
            .expect("the call starts");
        responses.next().await
    });
    let elapsed = started.elapsed();
    let status = match outcome {
        Some(Err(Error::RpcFailure(status))) => status,
        other => panic!("not a failed call: {other:?}"),
    };
    eprintln!("an xds: target, after {elapsed:?}: {status:?}");
    assert_eq!(status.code(), RpcStatusCode::UNAVAILABLE, "{status:?}");
    assert!(
        status.message().contains("built without xDS")
            && status.message().contains("xds:///feed.example.test"),
        "{status:?}"
    );
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
}

/// Google's default credentials are not built: asking for them is an error
/// (and a log line from the core), even with a service account key in
/// GOOGLE_APPLICATION_CREDENTIALS, which the full core turns into
/// credentials without any network.
#[test]
fn google_default_credentials_are_an_error() {
    let dir = std::env::temp_dir().join(format!("grpc-stream-gdc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("key.pem");
    let made = Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
        ])
        .arg("-out")
        .arg(&key)
        .output()
        .expect("openssl");
    assert!(made.status.success(), "{made:?}");
    let pem = std::fs::read_to_string(&key).unwrap();
    let account = format!(
        "{{\"type\": \"service_account\", \"project_id\": \"feed\", \
         \"private_key_id\": \"1\", \"private_key\": {pem:?}, \
         \"client_email\": \"feed@feed.iam.gserviceaccount.com\", \"client_id\": \"1\", \
         \"token_uri\": \"https://oauth2.googleapis.com/token\"}}"
    );
    let file = dir.join("account.json");
    std::fs::write(&file, account).unwrap();
    // The only test in this binary that reads the environment.
    std::env::set_var("GOOGLE_APPLICATION_CREDENTIALS", &file);
    let credentials = ChannelCredentials::google_default_credentials();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        matches!(credentials, Err(Error::GoogleAuthenticationFailed)),
        "Google default credentials were built"
    );
}

/// No symbol of what was cut is in a program we ship (`nm` of the release
/// or debug example next to this test).
#[test]
fn the_programs_hold_no_xds_rls_grpclb_re2_or_alts_code() {
    let program = common::example("all_services");
    let listed = Command::new("nm")
        .args(["--demangle", "--defined-only"])
        .arg(&program)
        .output()
        .expect("nm (binutils)");
    assert!(listed.status.success(), "{listed:?}");
    let symbols = String::from_utf8_lossy(&listed.stdout);
    assert!(
        symbols.contains("grpc_core::RegisterRoundRobinLbPolicy"),
        "nm lists the core's symbols"
    );
    let cut = [
        "grpc_core::XdsClient",
        "grpc_core::RegisterXdsResolver",
        "grpc_core::RegisterRlsLbPolicy",
        "grpc_core::RegisterGrpcLbPolicy",
        "grpc_core::RegisterPriorityLbPolicy",
        "grpc_core::RegisterRingHashLbPolicy",
        "re2::RE2",
        "alts_tsi_handshaker",
        "grpc_service_account_jwt_access_credentials_create",
    ];
    let found: Vec<&str> = cut
        .iter()
        .copied()
        .filter(|name| symbols.contains(name))
        .collect();
    assert!(found.is_empty(), "still linked: {found:?}");
}
