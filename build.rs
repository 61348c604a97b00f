//! Compiles `proto/` into Rust (messages and grpcio stubs) in `OUT_DIR`, one
//! group per package:
//!
//! - `helloworld.rs`: the contract's interface, used by the library;
//! - `bench.rs`: the benchmark's Echo service, used by examples and tests;
//! - `grpc_testing.rs`: gRPC's interop TestService, used by the embedder's
//!   example (an embedder's own protos would go here the same way).
//!
//! protoc-grpcio writes one file per proto plus a `_grpc` file per proto
//! with services; each starts with inner attributes (`#![allow(...)]`), so
//! they cannot be `include!`d directly. Each group file declares them as
//! sibling modules by absolute path (generated code refers to imported
//! protos as `super::<file>`), and is what the crate includes.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Each group: its file name in `OUT_DIR`, and its protos relative to `proto/`.
const GROUPS: &[(&str, &[&str])] = &[
    ("helloworld.rs", &["helloworld.proto"]),
    ("bench.rs", &["bench.proto"]),
    (
        "grpc_testing.rs",
        &[
            "src/proto/grpc/testing/empty.proto",
            "src/proto/grpc/testing/messages.proto",
            "src/proto/grpc/testing/test.proto",
        ],
    ),
];

fn main() {
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (group, protos) in GROUPS {
        for proto in *protos {
            println!("cargo:rerun-if-changed=proto/{proto}");
        }
        let dir = out_dir.join(group.trim_end_matches(".rs"));
        fs::create_dir_all(&dir).expect("cannot create a directory in OUT_DIR");
        if let Err(e) = protoc_grpcio::compile_grpc_protos(*protos, ["proto"], &dir, None) {
            // The usual cause is a missing `protoc` on PATH.
            panic!("compiling {protos:?} failed: {e} (is protoc installed? run `make deps`)");
        }
        fs::write(out_dir.join(group), modules(&dir, protos)).expect("cannot write to OUT_DIR");
    }
}

/// `#[path = ...] pub mod <stem>;` for each generated file of `protos`.
fn modules(dir: &Path, protos: &[&str]) -> String {
    let mut modules = String::new();
    for proto in protos {
        let stem = Path::new(proto)
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("proto file names are UTF-8");
        for module in [stem.to_string(), format!("{stem}_grpc")] {
            let path = dir.join(format!("{module}.rs"));
            if path.exists() {
                writeln!(modules, "#[path = {:?}]\npub mod {module};", path.display())
                    .expect("writing to a String cannot fail");
            }
        }
    }
    modules
}
