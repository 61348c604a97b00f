//! The engine's protos (`proto/`), compiled into `OUT_DIR`:
//!
//! - `engine`: the reflection service the engine serves (Rust), and the
//!   descriptors of what every server hosts (health, reflection v1 and v1alpha);
//! - `demo`: one method of each kind, for the documentation examples and unit
//!   tests only.

use proto_build::Group;

fn main() {
    proto_build::compile(
        "proto",
        &[
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
                name: "demo",
                rust: &["demo.proto"],
                described: &["demo.proto"],
            },
        ],
    );
}
