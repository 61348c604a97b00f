//! Messages and grpcio stubs generated from `proto/` by `build.rs`.
//!
//! [`helloworld`] is the contract's interface (package `helloworld`: the three
//! services and their messages); [`mod@bench`] is the benchmark's echo service.

// Generated code: its warnings and lints are not ours to fix.
#[allow(warnings, clippy::all, clippy::pedantic, rustdoc::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated.rs"));
}

/// The contract's messages, service traits (`ServerStreamServer`, ...), their
/// `create_*` registration functions and clients (`*Client`).
pub mod helloworld {
    pub use super::generated::helloworld::*;
    pub use super::generated::helloworld_grpc::*;
}

/// The benchmark's `Echo` service (unary and streaming echo of `EchoMsg`).
pub mod bench {
    pub use super::generated::bench::*;
    pub use super::generated::bench_grpc::*;
}

/// Every contract message is `{ string data = 1; }`: build one from its data.
macro_rules! from_data {
    ($($message:ident),+) => {$(
        impl From<String> for helloworld::$message {
            fn from(data: String) -> Self {
                let mut message = Self::new();
                message.data = data;
                message
            }
        }

        impl From<&str> for helloworld::$message {
            fn from(data: &str) -> Self {
                Self::from(data.to_string())
            }
        }
    )+};
}

from_data!(
    ServerStreamReq,
    ServerStreamResp,
    ClientStreamReq,
    ClientStreamResp,
    AllStreamReq,
    AllStreamResp
);
