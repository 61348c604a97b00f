//! Compiles `proto/` into Rust (messages and grpcio stubs) and into
//! descriptor sets (for server reflection) in `OUT_DIR`, one group per
//! package:
//!
//! - `helloworld`: the contract's interface, used by the library;
//! - `engine`: the reflection service the engine serves (Rust), and the
//!   descriptors of what every server hosts (health, reflection v1 and v1alpha);
//! - `bench`: the benchmark's Echo service, used by examples and tests;
//! - `grpc_testing`: gRPC's interop TestService, used by the embedder's
//!   example (an embedder's own protos would go here the same way).
//!
//! Each group gives `<group>.rs` and `<group>.desc` (a `FileDescriptorSet`
//! with every import included). protoc-grpcio writes one file per proto plus
//! a `_grpc` file per proto with services; each starts with inner attributes
//! (`#![allow(...)]`), so they cannot be `include!`d directly. `<group>.rs`
//! declares them as sibling modules by absolute path (generated code refers
//! to imported protos as `super::<file>`), and is what the crate includes.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A group: its name, the protos compiled to Rust, and the protos its
/// descriptor set describes (all relative to `proto/`).
struct Group {
    name: &'static str,
    rust: &'static [&'static str],
    described: &'static [&'static str],
}

const TESTING: &[&str] = &[
    "src/proto/grpc/testing/empty.proto",
    "src/proto/grpc/testing/messages.proto",
    "src/proto/grpc/testing/test.proto",
];

const GROUPS: &[Group] = &[
    Group {
        name: "helloworld",
        rust: &["helloworld.proto"],
        described: &["helloworld.proto"],
    },
    Group {
        name: "engine",
        rust: &["grpc/reflection/v1/reflection.proto"],
        described: &[
            "grpc/health/v1/health.proto",
            "grpc/reflection/v1/reflection.proto",
            "grpc/reflection/v1alpha/reflection.proto",
        ],
    },
    Group {
        name: "bench",
        rust: &["bench.proto"],
        described: &["bench.proto"],
    },
    Group {
        name: "grpc_testing",
        rust: TESTING,
        described: TESTING,
    },
];

fn main() {
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for group in GROUPS {
        for proto in group.rust.iter().chain(group.described) {
            println!("cargo:rerun-if-changed=proto/{proto}");
        }
        let dir = out_dir.join(group.name);
        fs::create_dir_all(&dir).expect("cannot create a directory in OUT_DIR");
        if let Err(e) = protoc_grpcio::compile_grpc_protos(group.rust, ["proto"], &dir, None) {
            // The usual cause is a missing `protoc` on PATH.
            panic!(
                "compiling {:?} failed: {e} (is protoc installed? run `make deps`)",
                group.rust
            );
        }
        fs::write(
            out_dir.join(format!("{}.rs", group.name)),
            modules(&dir, group.rust),
        )
        .expect("cannot write to OUT_DIR");
        describe(group, &out_dir.join(format!("{}.desc", group.name)));
    }
}

/// Writes the descriptor set of `group.described`, imports included.
fn describe(group: &Group, out: &Path) {
    let status = Command::new("protoc")
        .arg("-Iproto")
        .arg("--include_imports")
        .arg(format!("--descriptor_set_out={}", out.display()))
        .args(group.described.iter().map(|p| format!("proto/{p}")))
        .status();
    match status {
        Ok(status) if status.success() => {}
        other => panic!(
            "protoc could not describe {:?}: {other:?} (is protoc installed? run `make deps`)",
            group.described
        ),
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
