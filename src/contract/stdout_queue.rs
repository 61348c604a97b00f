//! The process's stdout, written by one thread: handlers on gRPC poll
//! threads only append their line to a bounded buffer; under load a burst of
//! lines goes out in one write, when idle a line goes out at once.

use std::fmt;
use std::io::Write;
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

/// Bytes waiting for stdout before writers of lines wait for the writer.
const STDOUT_BUFFER: usize = 1 << 20;

/// Bytes the writer waits for, up to [`LINGER`], before writing.
const WRITE_BATCH: usize = 64 << 10;

/// How long the writer lets lines gather before writing what it has.
const LINGER: Duration = Duration::from_millis(2);

/// The process's stdout lines, between the handlers that append them and
/// the one thread that writes them (so lines keep their order).
pub(super) struct StdoutQueue {
    state: Mutex<Pending>,
    /// The writer waits here for lines.
    wake_writer: Condvar,
    /// Line writers (buffer full) and flushers wait here for progress.
    progress: Condvar,
}

/// What the writer has not written yet, and how far it got.
#[derive(Default)]
struct Pending {
    /// Lines appended since the writer last took them.
    bytes: Vec<u8>,
    /// Bytes ever appended: a flush waits until `written` reaches it.
    appended: u64,
    /// Bytes ever written to stdout.
    written: u64,
    /// The writer waits for lines: the next line must wake it.
    writer_asleep: bool,
}

impl StdoutQueue {
    pub(super) fn get() -> &'static StdoutQueue {
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

    pub(super) fn push(&self, line: impl fmt::Display) {
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

    pub(super) fn flush(&self, limit: Duration) {
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

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

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
}
