//! Flag values the programs share: durations, byte limits, policies by
//! name, message size and pace, and how a program fails.

use std::fmt;
use std::process::ExitCode;
use std::str::FromStr;
use std::time::Duration;

use clap::Args;

use crate::contract::CONTRACT_COUNT;
use grpc_stream_engine::{Compression, Error, LoadBalancing};

/// A limit (bytes, calls a second, ...); `None`: unlimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit(pub Option<usize>);

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(limit) => write!(f, "{limit}"),
            None => f.write_str("unlimited"),
        }
    }
}

/// A number, or `unlimited`.
pub fn parse_limit(text: &str) -> Result<Limit, String> {
    match text {
        "unlimited" => Ok(Limit(None)),
        number => number
            .parse()
            .map(|n| Limit(Some(n)))
            .map_err(|_| format!("{text:?} is neither a number nor \"unlimited\"")),
    }
}

/// Reads `10s`, `500ms`, `2m` or a plain number of seconds (`1.5`).
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| c.is_ascii_alphabetic()) {
        Some(i) => text.split_at(i),
        None => (text, "s"),
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a duration (like 10s, 500ms, 2m)"))?;
    let seconds = match unit {
        "ms" => value / 1000.0,
        "s" => value,
        "m" => value * 60.0,
        _ => return Err(format!("{text:?}: the unit must be ms, s or m")),
    };
    Duration::try_from_secs_f64(seconds).map_err(|_| format!("{text:?} is not a usable duration"))
}

/// `10s`, `5m` in whole minutes, or `500ms` when not whole seconds: what
/// [`parse_duration`] reads back.
fn write_duration(d: Duration) -> String {
    if d.subsec_millis() == 0 && d.as_secs() >= 60 && d.as_secs().is_multiple_of(60) {
        format!("{}m", d.as_secs() / 60)
    } else if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{}ms", d.as_millis())
    }
}

/// A duration flag's value: written and read as `10s`, `500ms`, `2m`, so a
/// default is declared once, as a `Duration`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlagDuration(pub Duration);

impl FromStr for FlagDuration {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        parse_duration(text).map(FlagDuration)
    }
}

impl fmt::Display for FlagDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&write_duration(self.0))
    }
}

/// `--lb`: the engine's [`LoadBalancing`] under gRPC's policy names.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LbPolicy {
    /// Every call to the first address that answers.
    #[value(name = "pick_first", alias = "pick-first")]
    PickFirst,
    /// Calls spread over all the addresses in turn.
    #[value(name = "round_robin", alias = "round-robin")]
    RoundRobin,
}

impl From<LbPolicy> for LoadBalancing {
    fn from(policy: LbPolicy) -> Self {
        match policy {
            LbPolicy::PickFirst => LoadBalancing::PickFirst,
            LbPolicy::RoundRobin => LoadBalancing::RoundRobin,
        }
    }
}

/// `--compression`: the engine's [`Compression`] by name.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompressionFlag {
    /// Messages sent as they are.
    #[default]
    None,
    /// gzip.
    Gzip,
    /// deflate.
    Deflate,
}

impl From<CompressionFlag> for Compression {
    fn from(flag: CompressionFlag) -> Self {
        match flag {
            CompressionFlag::None => Compression::None,
            CompressionFlag::Gzip => Compression::Gzip,
            CompressionFlag::Deflate => Compression::Deflate,
        }
    }
}

/// `data` followed by `-` up to `size` bytes: the `--size` flag of every
/// implementation (Rust, Go, Python), so large messages compare across them.
pub fn padded(data: String, size: usize) -> String {
    let missing = size.saturating_sub(data.len());
    if missing == 0 {
        return data;
    }
    // One allocation and a fill, not a push per character (BENCHMARKS.md:
    // that was much of a large both-ways server's time).
    let mut bytes = data.into_bytes();
    bytes.resize(bytes.len() + missing, b'-');
    // UTF-8 followed by ASCII is UTF-8: the lossy branch is never taken.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// How big a program's messages are: `--size` pads their data.
#[derive(Args, Debug, Clone, Copy)]
pub struct SizeFlag {
    /// Pad each message's data with '-' to this many bytes
    #[arg(long, default_value_t = 0)]
    pub size: usize,
}

impl SizeFlag {
    /// `data` padded to `--size`.
    pub fn pad(&self, data: String) -> String {
        padded(data, self.size)
    }

    /// The `i`-th message's data: `i`, padded to `--size`.
    pub fn nth(&self, i: usize) -> String {
        self.pad(i.to_string())
    }
}

/// How many messages a program sends and how far apart.
#[derive(Args, Debug, Clone, Copy)]
pub struct PaceFlags {
    /// Messages to send (servers: per call; clients: 0, 1, ..., count-1)
    #[arg(long, default_value_t = CONTRACT_COUNT)]
    pub count: usize,

    /// Milliseconds between messages, 0 for as fast as flow control allows
    /// [default: the contract's pace, 1000 for AllStream, 0 otherwise]
    #[arg(long)]
    pub interval_ms: Option<u64>,
}

impl PaceFlags {
    /// The pace, `default_interval` unless `--interval-ms` was given.
    pub fn pace(&self, default_interval: Duration) -> crate::contract::Pace {
        let interval = self
            .interval_ms
            .map_or(default_interval, Duration::from_millis);
        crate::contract::Pace::new(self.count, interval)
    }
}

/// One error line on stderr, exit code 1.
pub(super) fn fail(name: &str, e: &Error) -> ExitCode {
    eprintln!("{name}: {e}");
    ExitCode::FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_fills_to_the_size_and_never_cuts() {
        assert_eq!(padded("7".into(), 4), "7---");
        assert_eq!(padded("12345".into(), 4), "12345");
        assert_eq!(padded("1".into(), 0), "1");
    }

    #[test]
    fn limits() {
        assert_eq!(parse_limit("1024"), Ok(Limit(Some(1024))));
        assert_eq!(parse_limit("unlimited"), Ok(Limit(None)));
        assert!(parse_limit("lots").is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("5h").is_err());
        assert!(parse_duration("-1s").is_err());
    }
}
