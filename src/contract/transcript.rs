//! The contract's console lines, and where the services write theirs.
//!
//! Every line the six programs print on stdout is built here, so the text of
//! the contract lives in one place. The services write their lines through a
//! [`Transcript`]: stdout in the programs, a collector in tests, nothing for an
//! embedder who does not want them.

use std::fmt;
use std::io::Write;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

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

/// Bytes waiting for stdout before writers of lines wait for the writer.
const STDOUT_BUFFER: usize = 1 << 20;

/// Bytes the writer waits for, up to [`LINGER`], before writing.
const WRITE_BATCH: usize = 64 << 10;

/// How long the writer lets lines gather before writing what it has.
const LINGER: Duration = Duration::from_millis(2);

/// The process's stdout lines, between the handlers that append them and
/// the one thread that writes them (so lines keep their order).
struct StdoutQueue {
    state: Mutex<Pending>,
    /// The writer waits here for lines.
    wake_writer: Condvar,
    /// Line writers (buffer full) and flushers wait here for progress.
    progress: Condvar,
}

#[derive(Default)]
struct Pending {
    bytes: Vec<u8>,
    appended: u64,
    written: u64,
    writer_asleep: bool,
}

impl StdoutQueue {
    fn get() -> &'static StdoutQueue {
        static QUEUE: OnceLock<&'static StdoutQueue> = OnceLock::new();
        QUEUE.get_or_init(|| StdoutQueue::start(std::io::stdout()))
    }

    /// A queue whose lines a new thread writes to `out`, for good.
    fn start(out: impl Write + Send + 'static) -> &'static StdoutQueue {
        let queue: &'static StdoutQueue = Box::leak(Box::new(StdoutQueue {
            state: Mutex::new(Pending::default()),
            wake_writer: Condvar::new(),
            progress: Condvar::new(),
        }));
        std::thread::Builder::new()
            .name("transcript-stdout".into())
            .spawn(move || queue.write_forever(out))
            .expect("cannot start the stdout writer thread");
        queue
    }

    fn lock(&self) -> MutexGuard<'_, Pending> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn push(&self, line: impl fmt::Display) {
        let mut pending = self.lock();
        while pending.bytes.len() >= STDOUT_BUFFER {
            pending = self
                .progress
                .wait(pending)
                .unwrap_or_else(PoisonError::into_inner);
        }
        let before = pending.bytes.len();
        // Writing into a Vec fails only if `line`'s Display does.
        let _ = writeln!(pending.bytes, "{line}");
        pending.appended += (pending.bytes.len() - before) as u64;
        // Wake the writer only if it sleeps, or lingers and now has a full
        // batch: a busy writer takes this line with the others when it
        // comes back. (Waking it per line cost a third of a client-push
        // server's CPU in futex calls.)
        let full = before < WRITE_BATCH && pending.bytes.len() >= WRITE_BATCH;
        let wake = std::mem::replace(&mut pending.writer_asleep, false) || full;
        drop(pending);
        if wake {
            self.wake_writer.notify_one();
        }
    }

    fn flush(&self, limit: Duration) {
        let mut pending = self.lock();
        let target = pending.appended;
        while pending.written < target {
            let (next, timeout) = self
                .progress
                .wait_timeout(pending, limit)
                .unwrap_or_else(PoisonError::into_inner);
            pending = next;
            if timeout.timed_out() {
                return;
            }
        }
    }

    fn write_forever(&self, mut out: impl Write) {
        let mut batch = Vec::new();
        loop {
            let mut pending = self.lock();
            while pending.bytes.is_empty() {
                pending.writer_asleep = true;
                pending = self
                    .wake_writer
                    .wait(pending)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            if pending.bytes.len() < WRITE_BATCH {
                // Let a burst gather (a full batch cuts this short); a
                // lone line is still out within LINGER.
                pending = self
                    .wake_writer
                    .wait_timeout(pending, LINGER)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
            }
            std::mem::swap(&mut pending.bytes, &mut batch);
            let upto = pending.appended;
            drop(pending);
            // A closed stdout must not take the server down: errors are dropped.
            let _ = out.write_all(&batch).and_then(|()| out.flush());
            batch.clear();
            self.lock().written = upto;
            self.progress.notify_all();
        }
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

    /// Records what the writer writes, and in how many writes.
    #[derive(Clone, Default)]
    struct Recorder(Arc<Mutex<(Vec<u8>, usize)>>);

    impl Write for Recorder {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            let mut record = self.0.lock().unwrap();
            record.0.extend_from_slice(bytes);
            record.1 += 1;
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn queued_lines_come_out_whole_in_order_and_in_few_writes() {
        let recorder = Recorder::default();
        let queue = StdoutQueue::start(recorder.clone());
        let lines: Vec<String> = (0..20_000).map(|i| format!("line {i}")).collect();
        for line in &lines {
            queue.push(line);
        }
        queue.flush(Duration::from_secs(10));
        let (bytes, writes) = recorder.0.lock().unwrap().clone();
        let expected: String = lines.iter().map(|l| format!("{l}\n")).collect();
        assert_eq!(String::from_utf8(bytes).unwrap(), expected);
        // 20,000 lines (~200 KB) pushed faster than they are written go
        // out in bursts, not one write per line.
        assert!(writes < 200, "{writes} writes for 20,000 lines");
    }

    #[test]
    fn a_lone_line_goes_out_without_waiting_for_more() {
        let recorder = Recorder::default();
        let queue = StdoutQueue::start(recorder.clone());
        queue.push("alone");
        // Bounded: flush gives up after 5 s, and the assertion then fails.
        queue.flush(Duration::from_secs(5));
        assert_eq!(recorder.0.lock().unwrap().0, b"alone\n");
    }

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
