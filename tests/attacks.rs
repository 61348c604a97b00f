//! The HTTP/2 attacks of issue 12 (tests/common/attack.rs) against our
//! three servers and the grpc-go peer's, each with its default flags and in
//! its own process, printed as one table: the server's RSS growth, how long
//! a well-behaved call on another connection waited meanwhile, what the
//! attacker saw, how soon the server was idle again. A report for
//! comparing, `make attacks` (release builds of our servers, and the Go
//! peer); tests/http2_attacks.rs asserts our side in `make test`.

use grpc_stream_testkit as common;

use std::process::Command;

use common::attack::{measure, Attack, Pattern};
use common::{example, ServerProcess};

#[test]
#[ignore = "a report, with the Go peer: make attacks"]
fn attacks_against_our_servers_and_grpc_go() {
    let go_bin = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("interop/go/bin");
    // Our programs: release builds when `make attacks` says where.
    let ours = |program: &str| match std::env::var_os("ATTACK_PROGRAMS") {
        Some(dir) => std::path::PathBuf::from(dir).join(program),
        None => example(program),
    };
    // Narrowing for investigation: ATTACKS=RapidReset,PingFlood, ATTACK_SERVERS=ours,
    // ATTACK_SERVER_ARGS="--flag value" (ours only).
    let wanted = |var: &str, name: &str| {
        std::env::var(var).map_or(true, |list| list.split(',').any(|item| item == name))
    };
    let extra: Vec<String> = std::env::var("ATTACK_SERVER_ARGS")
        .map(|args| args.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    println!(
        "\n| attack | server | RSS growth | a normal call meanwhile | the attacker saw | idle again after |"
    );
    println!("|---|---|---:|---|---|---|");
    for attack in Attack::TABLE.into_iter().chain(Attack::KEEP_PASSING) {
        if !wanted("ATTACKS", &format!("{attack:?}")) {
            continue;
        }
        for pattern in Pattern::ALL {
            let mut own = Command::new(ours(pattern.program()));
            own.args(&extra);
            for (who, command) in [
                ("ours", own),
                ("grpc-go", Command::new(go_bin.join(pattern.program()))),
            ] {
                if !wanted("ATTACK_SERVERS", who) {
                    continue;
                }
                let server = ServerProcess::spawn(command);
                let outcome = measure(&server, pattern, attack);
                println!("| {attack:?} | {who} {pattern:?} | {} |", outcome.summary());
            }
        }
    }
}
