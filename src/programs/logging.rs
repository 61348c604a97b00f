//! Where the programs' output goes: logs to stderr, contract lines to stdout.

use std::io::Write;

/// Logs go to stderr through `env_logger`; `RUST_LOG` picks the level
/// (default `info`, and `warn` for the gRPC C core, whose own log is routed
/// here too: TLS handshake failures, for instance, are only reported there).
pub fn init_logging() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info,grpcio=warn"))
        .init();
    grpcio::redirect_log();
}

/// Writes one line on stdout (a client's contract line, an interop
/// verdict), unbuffered. A closed stdout is not worth a panic.
pub fn print_line(line: impl std::fmt::Display) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
