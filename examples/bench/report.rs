//! The report: medians of the runs as a markdown table, JSON, and a chart.

use std::fmt::Write as _;
use std::path::Path;

use plotters::prelude::*;
use serde::{Deserialize, Serialize};

/// One cell of the matrix: a pattern, a payload, a number of streams.
#[derive(Serialize, Deserialize, Clone)]
pub struct Cell {
    pub pattern: String,
    pub payload: usize,
    pub streams: usize,
    pub messages_per_run: u64,
    pub msgs_per_s: f64,
    #[serde(rename = "MB_per_s")]
    pub mb_per_s: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub server_peak_rss_mib: f64,
    /// msgs/s of every run, for the spread.
    pub runs_msgs_per_s: Vec<f64>,
    /// The floor's median msgs/s in the same runs.
    #[serde(default)]
    pub floor_msgs_per_s: Option<f64>,
    /// The grpc-go peer's, when measured.
    #[serde(default)]
    pub grpc_go_msgs_per_s: Option<f64>,
    /// The tonic peer's, when measured.
    #[serde(default)]
    pub tonic_msgs_per_s: Option<f64>,
}

/// Unary calls against one stream, for the same round trips.
#[derive(Serialize, Deserialize, Clone)]
pub struct RoundTrips {
    pub payload: usize,
    pub round_trips: usize,
    pub unary_p50_us: f64,
    pub unary_p99_us: f64,
    pub unary_per_s: f64,
    pub stream_p50_us: f64,
    pub stream_p99_us: f64,
    pub stream_per_s: f64,
}

/// Server memory at rest and under load.
#[derive(Serialize, Deserialize, Clone, Default)]
pub struct Memory {
    pub idle_server_rss_mib: f64,
    pub idle_streams: usize,
    pub with_idle_streams_rss_mib: f64,
    pub busy_1mib_streams: usize,
    pub busy_1mib_peak_rss_mib: f64,
}

#[derive(Serialize, Deserialize)]
pub struct Report {
    pub machine: String,
    pub reps: usize,
    pub cells: Vec<Cell>,
    pub round_trips: Vec<RoundTrips>,
    pub memory: Memory,
    pub raw_tcp_mb_per_s: f64,
    /// The feed's cells (absent from reports saved before them).
    #[serde(default)]
    pub feed: Option<crate::feed::FeedReport>,
}

pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// Nearest-rank percentile.
pub fn percentile(values: &[f64], p: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

pub fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1 << 20) as f64
}

/// 1.2k, 35k, 1.5M: axis labels a reader takes in at a glance.
fn human(value: f64) -> String {
    let (scaled, unit) = match value {
        v if v >= 1e6 => (v / 1e6, "M"),
        v if v >= 1e3 => (v / 1e3, "k"),
        v => (v, ""),
    };
    let number = format!("{scaled:.2}");
    format!(
        "{}{unit}",
        number.trim_end_matches('0').trim_end_matches('.')
    )
}

fn payload_name(bytes: usize) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{} MiB", b >> 20),
        b if b >= 1024 => format!("{} KiB", b >> 10),
        b => format!("{b} B"),
    }
}

impl Report {
    pub fn markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(
            md,
            "Machine: {}. Medians of {} runs.\n",
            self.machine, self.reps
        );
        let _ = writeln!(
            md,
            "| pattern | payload | streams | msgs/s | MB/s | call p50 ms | call p99 ms | server peak RSS MiB |"
        );
        let _ = writeln!(md, "|---|---|---|---:|---:|---:|---:|---:|");
        for c in &self.cells {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {:.0} | {:.1} | {:.2} | {:.2} | {:.1} |",
                c.pattern,
                payload_name(c.payload),
                c.streams,
                c.msgs_per_s,
                c.mb_per_s,
                c.p50_ms,
                c.p99_ms,
                c.server_peak_rss_mib
            );
        }
        self.ratios(&mut md);
        let _ = writeln!(
            md,
            "\nRound trips: unary calls against one stream (bench.proto's Echo).\n"
        );
        let _ = writeln!(
            md,
            "| payload | round trips | unary p50 µs | unary p99 µs | unary /s | stream p50 µs | stream p99 µs | stream /s |"
        );
        let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|---:|---:|");
        for r in &self.round_trips {
            let _ = writeln!(
                md,
                "| {} | {} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} |",
                payload_name(r.payload),
                r.round_trips,
                r.unary_p50_us,
                r.unary_p99_us,
                r.unary_per_s,
                r.stream_p50_us,
                r.stream_p99_us,
                r.stream_per_s
            );
        }
        let m = &self.memory;
        let _ = writeln!(md, "\nServer memory (RSS):\n");
        let _ = writeln!(md, "| state | RSS MiB |");
        let _ = writeln!(md, "|---|---:|");
        let _ = writeln!(md, "| idle, no calls | {:.1} |", m.idle_server_rss_mib);
        let _ = writeln!(
            md,
            "| {} idle open AllStream streams | {:.1} |",
            m.idle_streams, m.with_idle_streams_rss_mib
        );
        let _ = writeln!(
            md,
            "| {} busy 1 MiB server-push streams (peak) | {:.1} |",
            m.busy_1mib_streams, m.busy_1mib_peak_rss_mib
        );
        let best_1mib = self
            .cells
            .iter()
            .filter(|c| c.payload == 1 << 20 && c.pattern == "server push")
            .map(|c| c.mb_per_s)
            .fold(0.0, f64::max);
        let _ = writeln!(
            md,
            "\nRaw loopback TCP (1 MiB writes, one connection): {:.0} MB/s; best 1 MiB server push: {:.0} MB/s = {:.0}% of it.",
            self.raw_tcp_mb_per_s,
            best_1mib,
            100.0 * best_1mib / self.raw_tcp_mb_per_s.max(1.0)
        );
        if let Some(feed) = &self.feed {
            let push = self
                .cells
                .iter()
                .find(|c| c.pattern == "server push" && c.payload == 16 && c.streams == 16);
            md.push_str(&crate::feed::markdown(feed, push));
        }
        md
    }

    /// The same-run ratios: ours against the floor and the peers per cell,
    /// and 16 streams against one.
    fn ratios(&self, md: &mut String) {
        let ratio = |ours: f64, other: Option<f64>| match other {
            Some(other) if other > 0.0 => format!("{:.2}", ours / other),
            _ => "".to_string(),
        };
        let rate = |value: Option<f64>| value.map_or(String::new(), |v| format!("{v:.0}"));
        let _ = writeln!(
            md,
            "\nSame-run ratios of msgs/s (medians; servers alternated run by run):\n"
        );
        let _ = writeln!(
            md,
            "| pattern | payload | streams | ours | floor | ours / floor | grpc-go | ours / grpc-go | tonic | ours / tonic |"
        );
        let _ = writeln!(md, "|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for c in &self.cells {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {:.0} | {} | {} | {} | {} | {} | {} |",
                c.pattern,
                payload_name(c.payload),
                c.streams,
                c.msgs_per_s,
                rate(c.floor_msgs_per_s),
                ratio(c.msgs_per_s, c.floor_msgs_per_s),
                rate(c.grpc_go_msgs_per_s),
                ratio(c.msgs_per_s, c.grpc_go_msgs_per_s),
                rate(c.tonic_msgs_per_s),
                ratio(c.msgs_per_s, c.tonic_msgs_per_s),
            );
        }
        let _ = writeln!(md, "\n16 streams against one (msgs/s):\n");
        let _ = writeln!(md, "| pattern | payload | ours 16 / 1 | floor 16 / 1 |");
        let _ = writeln!(md, "|---|---|---:|---:|");
        for one in self.cells.iter().filter(|c| c.streams == 1) {
            let Some(many) = self
                .cells
                .iter()
                .find(|c| c.streams == 16 && c.pattern == one.pattern && c.payload == one.payload)
            else {
                continue;
            };
            let floor = match (many.floor_msgs_per_s, one.floor_msgs_per_s) {
                (Some(many), Some(one)) => ratio(many, Some(one)),
                _ => String::new(),
            };
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                one.pattern,
                payload_name(one.payload),
                ratio(many.msgs_per_s, Some(one.msgs_per_s)),
                floor
            );
        }
    }

    /// msgs/s and MB/s per payload, one line per pattern and stream count.
    pub fn chart(&self, path: &Path) -> Result<(), String> {
        let font = std::fs::read(FONT).map_err(|e| {
            format!("cannot read the font {FONT}: {e} (make deps installs fonts-dejavu-core)")
        })?;
        plotters::style::register_font(
            "sans-serif",
            FontStyle::Normal,
            Box::leak(font.into_boxed_slice()),
        )
        .map_err(|_| "the font is not usable".to_string())?;
        let root = BitMapBackend::new(path, (1400, 620)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let (left, right) = root.split_horizontally(700);
        // Legends where the lines are not: low in msgs/s, high in MB/s.
        self.panel(&left, "messages/s", SeriesLabelPosition::LowerLeft, |c| {
            c.msgs_per_s
        })?;
        self.panel(&right, "MB/s", SeriesLabelPosition::UpperLeft, |c| {
            c.mb_per_s
        })?;
        root.present().map_err(|e| e.to_string())
    }

    fn panel(
        &self,
        area: &DrawingArea<BitMapBackend<'_>, plotters::coord::Shift>,
        what: &str,
        legend: SeriesLabelPosition,
        value: impl Fn(&Cell) -> f64,
    ) -> Result<(), String> {
        let values: Vec<f64> = self.cells.iter().map(&value).filter(|v| *v > 0.0).collect();
        let (low, high) = values
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
        let payloads: Vec<usize> = {
            let mut p: Vec<usize> = self.cells.iter().map(|c| c.payload).collect();
            p.sort_unstable();
            p.dedup();
            p
        };
        let mut chart = ChartBuilder::on(area)
            .caption(
                format!("grpc-stream: {what} by payload"),
                ("sans-serif", 22),
            )
            .margin(15)
            .x_label_area_size(40)
            .y_label_area_size(70)
            .build_cartesian_2d(
                -0.3f64..(payloads.len() as f64 - 0.7),
                ((low / 2.0).max(1e-3)..(high * 2.0)).log_scale(),
            )
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .x_labels(payloads.len())
            .x_label_formatter(&|x| {
                let i = x.round() as usize;
                payloads
                    .get(i)
                    .map(|p| payload_name(*p))
                    .unwrap_or_default()
            })
            .y_label_formatter(&|y| human(*y))
            .y_desc(what)
            .x_desc("payload")
            .label_style(("sans-serif", 14))
            .draw()
            .map_err(|e| e.to_string())?;
        let series = [
            // One colour per pattern; lighter for 16 streams.
            ("server push", 1, RGBColor(200, 30, 30)),
            ("server push", 16, RGBColor(240, 140, 140)),
            ("client push", 1, RGBColor(30, 60, 200)),
            ("client push", 16, RGBColor(130, 160, 240)),
            ("both ways", 1, RGBColor(20, 140, 40)),
            ("both ways", 16, RGBColor(120, 210, 130)),
        ];
        for (pattern, streams, colour) in series {
            let points: Vec<(f64, f64)> = self
                .cells
                .iter()
                .filter(|c| c.pattern == pattern && c.streams == streams)
                .filter_map(|c| {
                    let x = payloads.iter().position(|p| *p == c.payload)? as f64;
                    Some((x, value(c)))
                })
                .collect();
            if points.is_empty() {
                continue;
            }
            chart
                .draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))
                .map_err(|e| e.to_string())?
                .label(format!(
                    "{pattern}, {streams} stream{}",
                    if streams > 1 { "s" } else { "" }
                ))
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(2))
                });
            chart
                .draw_series(points.iter().map(|p| Circle::new(*p, 3, colour.filled())))
                .map_err(|e| e.to_string())?;
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .label_font(("sans-serif", 15))
            .position(legend)
            .draw()
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn axis_labels_are_short() {
        assert_eq!(super::human(100_000.0), "100k");
        assert_eq!(super::human(1_500_000.0), "1.5M");
        assert_eq!(super::human(1_250.0), "1.25k");
        assert_eq!(super::human(10.0), "10");
    }
}

/// Debian's fonts-dejavu-core.
const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
