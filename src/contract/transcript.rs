//! The contract's console lines, and where the services write theirs.
//!
//! Every line the six programs print on stdout is built here, so the text of
//! the contract lives in one place. The services write their lines through a
//! [`Transcript`]: stdout in the programs (through one writer thread,
//! `stdout_queue.rs`), a collector in tests, nothing for an embedder who does
//! not want them.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::stdout_queue::StdoutQueue;

/// Receives each line.
type LineSink = dyn Fn(&str) + Send + Sync;

/// Where a service's contract lines go.
#[derive(Clone)]
pub struct Transcript {
    sink: Sink,
}

#[derive(Clone)]
enum Sink {
    Silent,
    Stdout(&'static StdoutQueue),
    Custom(Arc<LineSink>),
}

impl Transcript {
    /// Lines go to stdout, as the contract's programs print them.
    ///
    /// A writer thread does the writing, so a handler on a gRPC poll thread
    /// only appends its line to a buffer: under load, a burst of lines goes
    /// out in one write; when idle, a line goes out at once. The buffer is
    /// bounded: a stdout nobody reads slows the handlers down rather than
    /// filling memory. Call [`Transcript::flush`] before exiting.
    pub fn stdout() -> Self {
        Transcript {
            sink: Sink::Stdout(StdoutQueue::get()),
        }
    }

    /// Lines are dropped (embedders who only want the behaviour).
    pub fn silent() -> Self {
        Transcript { sink: Sink::Silent }
    }

    /// Lines are handed to `sink` (tests collect them).
    pub fn to(sink: impl Fn(&str) + Send + Sync + 'static) -> Self {
        Transcript {
            sink: Sink::Custom(Arc::new(sink)),
        }
    }

    /// Writes one line; `line` is only built when someone listens (and for
    /// stdout formatted straight into the queue, with no string of its own).
    pub fn line<D: fmt::Display>(&self, line: impl FnOnce() -> D) {
        match &self.sink {
            Sink::Silent => {}
            Sink::Stdout(queue) => queue.push(line()),
            Sink::Custom(sink) => sink(&line().to_string()),
        }
    }

    /// Waits (up to 5 s) until every line written so far is out.
    pub fn flush(&self) {
        if let Sink::Stdout(queue) = &self.sink {
            queue.flush(Duration::from_secs(5));
        }
    }
}

impl fmt::Debug for Transcript {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.sink {
            Sink::Silent => "Transcript(silent)",
            Sink::Stdout(_) => "Transcript(stdout)",
            Sink::Custom(_) => "Transcript(custom)",
        })
    }
}

/// A contract line around a message's data, built only as it is written.
pub struct Line<'a> {
    before: &'static str,
    data: &'a str,
    after: &'static str,
}

impl fmt::Display for Line<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.before)?;
        f.write_str(self.data)?;
        f.write_str(self.after)
    }
}

/// ServerStream server, per call: the request's data.
pub fn server_stream_request(data: &str) -> Line<'_> {
    Line {
        before: "Recv Client Data ",
        data,
        after: "",
    }
}

/// ServerStream client, per message: the message in Go's `%v` text form.
pub fn server_stream_response(data: &str) -> String {
    format!("Recv Data:{} ", go_text_form(data))
}

/// ServerStream client, when the server ends the stream.
pub const SERVER_STREAM_END: &str = "server closed";

/// ClientStream server, per message.
pub fn client_stream_request(data: &str) -> Line<'_> {
    Line {
        before: "Recv data ",
        data,
        after: " ",
    }
}

/// ClientStream server, at the client's half-close.
pub const CLIENT_STREAM_END: &str = "client closed";

/// ClientStream client: the single response.
pub fn client_stream_response(data: &str) -> String {
    format!("Recv {data} ")
}

/// AllStream, both sides, per message received.
pub fn all_stream_message(data: &str) -> Line<'_> {
    Line {
        before: "Recv Data:",
        data,
        after: " ",
    }
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
        assert_eq!(client_stream_request("3").to_string(), "Recv data 3 ");
        assert_eq!(all_stream_message("4").to_string(), "Recv Data:4 ");
        assert_eq!(server_stream_request("1").to_string(), "Recv Client Data 1");
    }

    #[test]
    fn go_text_form_escapes_like_golang_protobuf() {
        assert_eq!(go_text_form(""), "");
        assert_eq!(go_text_form("a\"b\\c\n"), "data:\"a\\\"b\\\\c\\n\" ");
        assert_eq!(go_text_form("é"), "data:\"\\303\\251\" ");
        assert_eq!(go_text_form("\u{1}'"), "data:\"\\001'\" ");
    }
}
