//! Errors: the crate's error type, and how a grpcio error maps to the gRPC
//! status a call ends with.

use std::fmt;
use std::time::Duration;

use grpcio::{RpcStatus, RpcStatusCode};

/// Why a call, a connection or a server start failed.
#[derive(Debug, Clone)]
pub enum Error {
    /// No connection to the target within the connect timeout.
    Connect {
        /// The target as given (`host:port`, `dns:...`, `ipv4:...`).
        target: String,
        /// How long we waited.
        timeout: Duration,
        /// The last connection error, when the C core reported one.
        reason: Option<String>,
    },
    /// The call ended with a non-OK status: the server's, the deadline's or
    /// the transport's.
    Status(RpcStatus),
    /// A server could not listen on this address (in use, or not an address).
    Bind {
        /// The address as given.
        addr: String,
    },
    /// A setting is unusable (for example an unreadable certificate).
    Config(String),
}

impl Error {
    /// The gRPC status code of this error (UNAVAILABLE for a failed connect).
    pub fn code(&self) -> RpcStatusCode {
        match self {
            Error::Connect { .. } => RpcStatusCode::UNAVAILABLE,
            Error::Status(status) => status.code(),
            Error::Bind { .. } | Error::Config(_) => RpcStatusCode::INVALID_ARGUMENT,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Connect {
                target,
                timeout,
                reason,
            } => write!(
                f,
                "cannot connect to {target} within {timeout:?}: {}",
                reason.as_deref().unwrap_or("no server answered")
            ),
            Error::Status(status) => write!(f, "call failed: {}", status_line(status)),
            Error::Bind { addr } => write!(
                f,
                "cannot listen on {addr}: the address is in use or not on this host"
            ),
            Error::Config(reason) => write!(f, "bad configuration: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<grpcio::Error> for Error {
    fn from(e: grpcio::Error) -> Self {
        Error::Status(status_of(&e))
    }
}

/// The status a call ends with (or ended with) when grpcio reports `e`.
pub fn status_of(e: &grpcio::Error) -> RpcStatus {
    match e {
        grpcio::Error::RpcFailure(status) | grpcio::Error::RpcFinished(Some(status)) => {
            status.clone()
        }
        grpcio::Error::RpcFinished(None) | grpcio::Error::RemoteStopped => RpcStatus::with_message(
            RpcStatusCode::CANCELLED,
            "the call ended early: cancelled, past its deadline, or the connection was lost".into(),
        ),
        // gRPC's own rule: a message that does not parse is INTERNAL.
        grpcio::Error::Codec(reason) => RpcStatus::with_message(
            RpcStatusCode::INTERNAL,
            format!("cannot decode the message: {reason}"),
        ),
        other => RpcStatus::with_message(RpcStatusCode::UNKNOWN, other.to_string()),
    }
}

/// `CODE: message`, the way statuses are written in logs and error lines.
pub fn status_line(status: &RpcStatus) -> String {
    let name = code_name(status.code());
    if status.message().is_empty() {
        name.to_string()
    } else {
        format!("{name}: {}", status.message())
    }
}

/// The canonical name of a status code (`DEADLINE_EXCEEDED`).
pub fn code_name(code: RpcStatusCode) -> &'static str {
    const NAMES: [&str; 17] = [
        "OK",
        "CANCELLED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "PERMISSION_DENIED",
        "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION",
        "ABORTED",
        "OUT_OF_RANGE",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNAVAILABLE",
        "DATA_LOSS",
        "UNAUTHENTICATED",
    ];
    usize::try_from(i32::from(code))
        .ok()
        .and_then(|i| NAMES.get(i).copied())
        .unwrap_or("INVALID_STATUS_CODE")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_statuses_by_name() {
        let s = RpcStatus::with_message(RpcStatusCode::RESOURCE_EXHAUSTED, "too big".into());
        assert_eq!(status_line(&s), "RESOURCE_EXHAUSTED: too big");
        assert_eq!(code_name(RpcStatusCode::from(99)), "INVALID_STATUS_CODE");
        assert_eq!(code_name(RpcStatusCode::from(-1)), "INVALID_STATUS_CODE");
    }

    #[test]
    fn connect_error_is_one_line() {
        let e = Error::Connect {
            target: "localhost:1".into(),
            timeout: Duration::from_secs(10),
            reason: None,
        };
        assert_eq!(
            e.to_string(),
            "cannot connect to localhost:1 within 10s: no server answered"
        );
        assert_eq!(e.code(), RpcStatusCode::UNAVAILABLE);
    }
}
