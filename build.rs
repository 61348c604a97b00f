//! Compiles `proto/*.proto` into Rust (messages and grpcio stubs) in `OUT_DIR`.
//!
//! protoc-grpcio writes one file per proto plus a `_grpc` file; each starts with
//! inner attributes (`#![allow(...)]`), so they cannot be `include!`d directly.
//! Instead this writes `OUT_DIR/generated.rs`, which declares them as modules by
//! absolute path, and `src/proto.rs` includes that one file.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

/// The protos compiled, relative to `proto/`.
const PROTOS: &[&str] = &["helloworld.proto", "bench.proto"];

fn main() {
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for proto in PROTOS {
        println!("cargo:rerun-if-changed=proto/{proto}");
    }

    if let Err(e) = protoc_grpcio::compile_grpc_protos(PROTOS, ["proto"], &out_dir, None) {
        // The usual cause is a missing `protoc` on PATH.
        panic!("compiling {PROTOS:?} failed: {e} (is protoc installed? run `make deps`)");
    }

    let mut modules = String::new();
    for proto in PROTOS {
        let stem = proto.trim_end_matches(".proto");
        for module in [stem.to_string(), format!("{stem}_grpc")] {
            let path = out_dir.join(format!("{module}.rs"));
            writeln!(modules, "#[path = {:?}]\npub mod {module};", path.display())
                .expect("writing to a String cannot fail");
        }
    }
    fs::write(out_dir.join("generated.rs"), modules).expect("cannot write generated.rs");
}
