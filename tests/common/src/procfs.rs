//! What a process costs, from its own `/proc` files: resident memory and
//! CPU time.

use std::time::Duration;

/// Resident memory of a process in bytes (`/proc/<pid>/status`, VmRSS).
pub fn rss_bytes(pid: u32) -> u64 {
    try_rss_bytes(pid).expect("VmRSS in /proc/<pid>/status")
}

/// Resident memory of a process in bytes, `None` once it has exited.
pub fn try_rss_bytes(pid: u32) -> Option<u64> {
    rss_in(&format!("/proc/{pid}/status"))
}

/// The largest resident memory a process has had since it started, in
/// bytes (VmHWM): a peak no sampling can miss.
pub fn peak_rss_bytes(pid: u32) -> u64 {
    field_bytes(&format!("/proc/{pid}/status"), "VmHWM:").expect("VmHWM in /proc/<pid>/status")
}

/// CPU time a process has used so far (user + system), `None` once it has
/// exited (or is a zombie).
pub fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses: state is the
    // first, utime and stime the 12th and 13th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    if fields.first() == Some(&"Z") {
        return None;
    }
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel's USER_HZ is 100 on every Linux this runs on.
    Some(Duration::from_millis(ticks * 10))
}

/// Resident memory of this test process in bytes.
pub fn own_rss_bytes() -> u64 {
    rss_in("/proc/self/status").expect("VmRSS in /proc/self/status")
}

fn rss_in(path: &str) -> Option<u64> {
    field_bytes(path, "VmRSS:")
}

/// A `/proc/*/status` memory field (`VmRSS:`, `VmHWM:`), in bytes.
fn field_bytes(path: &str, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(path).ok()?;
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())?;
    Some(kib * 1024)
}
