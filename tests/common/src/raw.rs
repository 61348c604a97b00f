//! The contract's methods with raw-bytes messages, to send what our typed
//! client never would.

use std::io::Read;

use grpcio::{GrpcSlice, Marshaller, MessageReader, Method, MethodType};

fn ser(bytes: &Vec<u8>, buf: &mut GrpcSlice) -> grpcio::Result<()> {
    *buf = GrpcSlice::from(bytes.as_slice());
    Ok(())
}

fn de(mut reader: MessageReader) -> grpcio::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| grpcio::Error::Codec(Box::new(e)))?;
    Ok(bytes)
}

const BYTES: Marshaller<Vec<u8>> = Marshaller { ser, de };

pub const SERVER_STREAM: Method<Vec<u8>, Vec<u8>> = Method {
    ty: MethodType::ServerStreaming,
    name: "/helloworld.ServerStreamServer/ServerStream",
    req_mar: BYTES,
    resp_mar: BYTES,
};
pub const CLIENT_STREAM: Method<Vec<u8>, Vec<u8>> = Method {
    ty: MethodType::ClientStreaming,
    name: "/helloworld.ClientStreamServer/ClientStream",
    req_mar: BYTES,
    resp_mar: BYTES,
};
pub const ALL_STREAM: Method<Vec<u8>, Vec<u8>> = Method {
    ty: MethodType::Duplex,
    name: "/helloworld.AllStreamServer/AllStream",
    req_mar: BYTES,
    resp_mar: BYTES,
};

/// A `{ string data = 1; }` message carrying arbitrary bytes as `data`.
pub fn message(data: &[u8]) -> Vec<u8> {
    let mut bytes = vec![0x0a]; // field 1, length-delimited
    let mut len = data.len();
    while len >= 0x80 {
        bytes.push((len as u8 & 0x7f) | 0x80);
        len >>= 7;
    }
    bytes.push(len as u8);
    bytes.extend_from_slice(data);
    bytes
}
