//! `proto/feed.proto` into `OUT_DIR` (messages, client stub, descriptors for
//! reflection), by the workspace's proto-build.

use proto_build::Group;

fn main() {
    proto_build::compile(
        "proto",
        &[Group {
            name: "feed",
            rust: &["feed.proto"],
            described: &["feed.proto"],
        }],
    );
}
