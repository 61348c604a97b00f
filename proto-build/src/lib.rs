//! Compiles protos into Rust (messages and grpcio stubs) and into descriptor
//! sets (for server reflection) in `OUT_DIR`, one group at a time: the
//! workspace's build scripts (the engine's and the tutorial's) share it.
//!
//! Each group gives `<group>.rs` and `<group>.desc` (a `FileDescriptorSet`
//! with every import included). protoc-grpcio writes one file per proto plus
//! a `_grpc` file per proto with services; each starts with inner attributes
//! (`#![allow(...)]`), so they cannot be `include!`d directly. `<group>.rs`
//! declares them as sibling modules by absolute path (generated code refers
//! to imported protos as `super::<file>`), and is what a crate includes.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A group: its name, the protos compiled to Rust, and the protos its
/// descriptor set describes (all relative to the proto directory).
pub struct Group {
    /// `<name>.rs` and `<name>.desc` in `OUT_DIR`.
    pub name: &'static str,
    /// Compiled to Rust modules.
    pub rust: &'static [&'static str],
    /// Described, imports included, for reflection.
    pub described: &'static [&'static str],
}

/// Compiles every group of `groups` from the protos under `proto_dir`
/// (relative to the package), telling cargo to rerun when one changes.
/// Panics with the likely cause when protoc fails: a build script's way to
/// stop the build.
pub fn compile(proto_dir: &str, groups: &[Group]) {
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for group in groups {
        for proto in group.rust.iter().chain(group.described) {
            println!("cargo:rerun-if-changed={proto_dir}/{proto}");
        }
        let dir = out_dir.join(group.name);
        fs::create_dir_all(&dir).expect("cannot create a directory in OUT_DIR");
        if let Err(e) = protoc_grpcio::compile_grpc_protos(group.rust, [proto_dir], &dir, None) {
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
        describe(
            proto_dir,
            group,
            &out_dir.join(format!("{}.desc", group.name)),
        );
    }
}

/// Writes the descriptor set of `group.described`, imports included.
fn describe(proto_dir: &str, group: &Group, out: &Path) {
    let status = Command::new("protoc")
        .arg(format!("-I{proto_dir}"))
        .arg("--include_imports")
        .arg(format!("--descriptor_set_out={}", out.display()))
        .args(group.described.iter().map(|p| format!("{proto_dir}/{p}")))
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
