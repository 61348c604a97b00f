//! The tutorial's protos (`proto/`), compiled into `OUT_DIR` by the
//! workspace's `proto-build`:
//!
//! - `helloworld`: the contract's interface;
//! - `bench`: the benchmark's Echo service, used by examples and tests;
//! - `grpc_testing`: gRPC's interop TestService, used by the embedder's
//!   example (an embedder's own protos would go here the same way).
//!
//! The engine compiles its own (health, reflection) in `engine/build.rs`.

use proto_build::Group;

const TESTING: &[&str] = &[
    "src/proto/grpc/testing/empty.proto",
    "src/proto/grpc/testing/messages.proto",
    "src/proto/grpc/testing/test.proto",
];

fn main() {
    proto_build::compile(
        "proto",
        &[
            Group {
                name: "helloworld",
                rust: &["helloworld.proto"],
                described: &["helloworld.proto"],
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
        ],
    );
}
