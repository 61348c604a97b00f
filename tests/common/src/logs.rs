//! Log lines of this test process, captured (and echoed to stderr).

use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());
static LOGGED: Condvar = Condvar::new();

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Info
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            let line = format!("{} {}", record.level(), record.args());
            eprintln!("{line}");
            LINES.lock().unwrap().push(line);
            LOGGED.notify_all();
        }
    }

    fn flush(&self) {}
}

/// Starts capturing (once per test process); returns the count so far,
/// to read only later lines with [`since`].
pub fn capture() -> usize {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        log::set_boxed_logger(Box::new(Capture)).expect("no other logger");
        log::set_max_level(log::LevelFilter::Info);
    });
    LINES.lock().unwrap().len()
}

/// Lines logged since `mark` that contain `needle`.
pub fn since(mark: usize, needle: &str) -> Vec<String> {
    matching(&LINES.lock().unwrap()[mark..], needle)
}

/// Waits (at most `limit`) until `count` lines containing `needle` were
/// logged since `mark`; returns them all, however many that is.
pub fn wait_for(mark: usize, needle: &str, count: usize, limit: Duration) -> Vec<String> {
    let deadline = Instant::now() + limit;
    let mut lines = LINES.lock().unwrap();
    loop {
        let found = matching(&lines[mark..], needle);
        let left = deadline.saturating_duration_since(Instant::now());
        if found.len() >= count || left.is_zero() {
            return found;
        }
        lines = LOGGED.wait_timeout(lines, left).unwrap().0;
    }
}

fn matching(lines: &[String], needle: &str) -> Vec<String> {
    lines
        .iter()
        .filter(|l| l.contains(needle))
        .cloned()
        .collect()
}
