//! The benchmark program, in its quick mode: it runs every cell, ours and
//! the floor's, and writes its three reports. (`make bench` runs the real thing; no benchmark
//! figure is checked here.)

use grpc_stream_testkit as common;

use std::process::Command;

use common::{example, wait_bounded};

#[test]
fn bench_quick_writes_its_reports() {
    let out = std::env::temp_dir().join(format!("grpc-stream-bench-{}", std::process::id()));
    let child = Command::new(example("bench"))
        .args(["--quick", "--out"])
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("run the bench example");
    let status = wait_bounded(child, std::time::Duration::from_secs(120));
    assert!(status.success(), "bench --quick failed");

    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("results.json")).unwrap()).unwrap();
    let cells = json["cells"].as_array().unwrap();
    assert_eq!(
        cells.len(),
        3 * 4 * 2,
        "patterns x payloads x stream counts"
    );
    assert!(cells
        .iter()
        .all(|c| c["msgs_per_s"].as_f64().unwrap() > 0.0));
    // The floor (`bench floor`) ran beside ours in every cell.
    assert!(cells
        .iter()
        .all(|c| c["floor_msgs_per_s"].as_f64().is_some_and(|v| v > 0.0)));
    assert_eq!(json["round_trips"].as_array().unwrap().len(), 2);
    assert!(json["raw_tcp_mb_per_s"].as_f64().unwrap() > 0.0);
    let markdown = std::fs::read_to_string(out.join("results.md")).unwrap();
    assert!(
        markdown.contains("| server push | 16 B | 1 |"),
        "{markdown}"
    );
    assert!(markdown.contains("| ours / floor |"), "{markdown}");
    assert!(markdown.contains("16 streams against one"), "{markdown}");
    // The feed's cells, on Redis too.
    let redis = &json["feed"]["redis"];
    assert!(redis["publish_per_s_redis"]
        .as_f64()
        .is_some_and(|v| v > 0.0));
    assert_eq!(redis["commands_per_s"].as_array().map(Vec::len), Some(2));
    assert!(markdown.contains("The feed on a local Redis"), "{markdown}");
    // And on Sentinel: a rate, and a failover timed.
    let sentinel = &redis["sentinel"];
    assert!(sentinel["publish_per_s"].as_f64().is_some_and(|v| v > 0.0));
    assert!(sentinel["failover_s"].as_f64().is_some_and(|v| v > 0.0));
    assert!(
        markdown.contains("Failover (the master SIGKILLed"),
        "{markdown}"
    );
    let png = std::fs::read(out.join("throughput.png")).unwrap();
    assert_eq!(&png[..4], b"\x89PNG");
    let _ = std::fs::remove_dir_all(&out);
}
