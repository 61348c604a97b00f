//! The contract's console lines, and where the services write theirs.
//!
//! Every line the six programs print on stdout is built here, so the text of
//! the contract lives in one place. The services write their lines through a
//! [`Transcript`]: stdout in the programs, a collector in tests, nothing for an
//! embedder who does not want them.

use std::fmt;
use std::io::Write;
use std::sync::Arc;

/// Receives each line.
type LineSink = dyn Fn(&str) + Send + Sync;

/// Where a service's contract lines go.
#[derive(Clone)]
pub struct Transcript {
    sink: Option<Arc<LineSink>>,
}

impl Transcript {
    /// Lines go to stdout, as the contract's programs print them.
    pub fn stdout() -> Self {
        Self::to(|line| {
            // A closed stdout must not take the server down with it.
            let _ = writeln!(std::io::stdout().lock(), "{line}");
        })
    }

    /// Lines are dropped (embedders who only want the behaviour).
    pub fn silent() -> Self {
        Transcript { sink: None }
    }

    /// Lines are handed to `sink` (tests collect them).
    pub fn to(sink: impl Fn(&str) + Send + Sync + 'static) -> Self {
        Transcript {
            sink: Some(Arc::new(sink)),
        }
    }

    /// Writes one line; `line` is only built when someone listens.
    pub fn line(&self, line: impl FnOnce() -> String) {
        if let Some(sink) = &self.sink {
            sink(&line());
        }
    }
}

impl fmt::Debug for Transcript {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.sink.is_some() {
            "Transcript(on)"
        } else {
            "Transcript(silent)"
        })
    }
}

/// ServerStream server, per call: the request's data.
pub fn server_stream_request(data: &str) -> String {
    format!("Recv Client Data {data}")
}

/// ServerStream client, per message: the message in Go's `%v` text form.
pub fn server_stream_response(data: &str) -> String {
    format!("Recv Data:{} ", go_text_form(data))
}

/// ServerStream client, when the server ends the stream.
pub const SERVER_STREAM_END: &str = "server closed";

/// ClientStream server, per message.
pub fn client_stream_request(data: &str) -> String {
    format!("Recv data {data} ")
}

/// ClientStream server, at the client's half-close.
pub const CLIENT_STREAM_END: &str = "client closed";

/// ClientStream client: the single response.
pub fn client_stream_response(data: &str) -> String {
    format!("Recv {data} ")
}

/// AllStream, both sides, per message received.
pub fn all_stream_message(data: &str) -> String {
    format!("Recv Data:{data} ")
}

/// AllStream server, at the client's half-close.
pub const ALL_STREAM_CLIENT_END: &str = "Client Closed";
/// AllStream client, when the server ends the stream.
pub const ALL_STREAM_SERVER_END: &str = "Server Closed";

/// A one-field `{ string data = 1; }` message as golang/protobuf 1.3 prints it
/// with `%v` (compact text form): `data:"<escaped>" `, or nothing when `data`
/// is empty (proto3 omits default values).
pub fn go_text_form(data: &str) -> String {
    if data.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(data.len() + 8);
    out.push_str("data:\"");
    // Go escapes byte by byte: C escapes for \n \r \t " \, octal for every
    // byte outside printable ASCII (so UTF-8 text comes out as octal too).
    for &b in data.as_bytes() {
        match b {
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
    }
    out.push_str("\" ");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_lines() {
        assert_eq!(server_stream_response("1"), "Recv Data:data:\"1\"  ");
        assert_eq!(client_stream_response("0,1,2,3,4"), "Recv 0,1,2,3,4 ");
        assert_eq!(client_stream_request("3"), "Recv data 3 ");
        assert_eq!(all_stream_message("4"), "Recv Data:4 ");
        assert_eq!(server_stream_request("1"), "Recv Client Data 1");
    }

    #[test]
    fn go_text_form_escapes_like_golang_protobuf() {
        assert_eq!(go_text_form(""), "");
        assert_eq!(go_text_form("a\"b\\c\n"), "data:\"a\\\"b\\\\c\\n\" ");
        assert_eq!(go_text_form("é"), "data:\"\\303\\251\" ");
        assert_eq!(go_text_form("\u{1}'"), "data:\"\\001'\" ");
    }
}
