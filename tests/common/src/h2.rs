//! Just enough HTTP/2 to open a gRPC call by hand (RFC 9113, HPACK literals
//! without Huffman coding), for abusing the transport: frames to send, and
//! the frames a server sent back.

pub const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

pub fn frame(kind: u8, flags: u8, stream: u32, payload: &[u8]) -> Vec<u8> {
    let len = payload.len() as u32;
    let mut f = vec![(len >> 16) as u8, (len >> 8) as u8, len as u8, kind, flags];
    f.extend_from_slice(&(stream & 0x7fff_ffff).to_be_bytes());
    f.extend_from_slice(payload);
    f
}

pub fn settings() -> Vec<u8> {
    frame(0x4, 0, 0, &[])
}

/// SETTINGS with ACK: the peer's settings acknowledged.
pub fn settings_ack() -> Vec<u8> {
    frame(0x4, 0x1, 0, &[])
}

/// RST_STREAM of `stream` with error `code` (8: CANCEL).
pub fn rst_stream(stream: u32, code: u32) -> Vec<u8> {
    frame(0x3, 0, stream, &code.to_be_bytes())
}

/// PING carrying `opaque`.
pub fn ping(opaque: u64) -> Vec<u8> {
    frame(0x6, 0, 0, &opaque.to_be_bytes())
}

/// HEADERS (END_HEADERS) opening a gRPC call to `path` on `stream`.
pub fn headers(stream: u32, path: &str) -> Vec<u8> {
    frame(0x1, 0x4, stream, &header_block(path))
}

/// The HPACK block of a gRPC request's headers for `path`, every field
/// a literal without indexing (so blocks can be sent in any order).
pub fn header_block(path: &str) -> Vec<u8> {
    let mut block = Vec::new();
    for (name, value) in [
        (":method", "POST"),
        (":scheme", "http"),
        (":path", path),
        (":authority", "localhost"),
        ("content-type", "application/grpc"),
        ("te", "trailers"),
    ] {
        block.push(0x00); // literal without indexing, new name
        block.extend(integer(name.len(), 7, 0));
        block.extend_from_slice(name.as_bytes());
        block.extend(integer(value.len(), 7, 0));
        block.extend_from_slice(value.as_bytes());
    }
    block
}

/// An HPACK field `name: value` added to the peer's dynamic table
/// (literal with incremental indexing, new name): afterwards the single
/// byte [`FIRST_DYNAMIC_ENTRY`] stands for it.
pub fn indexed_literal(name: &str, value: &[u8]) -> Vec<u8> {
    let mut field = vec![0x40];
    field.extend(integer(name.len(), 7, 0));
    field.extend_from_slice(name.as_bytes());
    field.extend(integer(value.len(), 7, 0));
    field.extend_from_slice(value);
    field
}

/// HPACK's reference to the newest dynamic-table entry (index 62).
pub const FIRST_DYNAMIC_ENTRY: u8 = 0x80 | 62;

/// HPACK's integer encoding with an `prefix`-bit prefix, `flags` in the
/// first byte's other bits.
pub fn integer(value: usize, prefix: u32, flags: u8) -> Vec<u8> {
    let max = (1usize << prefix) - 1;
    if value < max {
        return vec![flags | value as u8];
    }
    let mut bytes = vec![flags | max as u8];
    let mut rest = value - max;
    while rest >= 128 {
        bytes.push((rest % 128) as u8 | 0x80);
        rest /= 128;
    }
    bytes.push(rest as u8);
    bytes
}

/// CONTINUATION carrying `block`, ending the header block when `end`.
pub fn continuation(stream: u32, end: bool, block: &[u8]) -> Vec<u8> {
    frame(0x9, if end { 0x4 } else { 0 }, stream, block)
}

/// SETTINGS with the given (identifier, value) pairs.
pub fn settings_with(pairs: &[(u16, u32)]) -> Vec<u8> {
    let payload: Vec<u8> = pairs
        .iter()
        .flat_map(|(id, value)| {
            let mut pair = id.to_be_bytes().to_vec();
            pair.extend_from_slice(&value.to_be_bytes());
            pair
        })
        .collect();
    frame(0x4, 0, 0, &payload)
}

/// WINDOW_UPDATE of `stream` (0: the connection) by `increment`.
pub fn window_update(stream: u32, increment: u32) -> Vec<u8> {
    frame(0x8, 0, stream, &increment.to_be_bytes())
}

/// DATA carrying `bytes` as-is (the caller writes gRPC's 5-byte prefix).
pub fn data(stream: u32, bytes: &[u8]) -> Vec<u8> {
    frame(0x0, 0, stream, bytes)
}

/// The headers of the frames in `bytes`: (kind, flags, stream).
pub fn frames(bytes: &[u8]) -> impl Iterator<Item = (u8, u8, u32)> + '_ {
    frames_with_payloads(bytes).map(|(kind, flags, stream, _)| (kind, flags, stream))
}

/// The frames in `bytes`: (kind, flags, stream, as much of the payload
/// as `bytes` holds).
pub fn frames_with_payloads(bytes: &[u8]) -> impl Iterator<Item = (u8, u8, u32, &[u8])> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let header = bytes.get(at..at + 9)?;
        let len =
            (usize::from(header[0]) << 16) | (usize::from(header[1]) << 8) | usize::from(header[2]);
        let stream = u32::from_be_bytes([header[5], header[6], header[7], header[8]]);
        let payload = &bytes[(at + 9).min(bytes.len())..(at + 9 + len).min(bytes.len())];
        at += 9 + len;
        Some((header[3], header[4], stream & 0x7fff_ffff, payload))
    })
}

/// Whether the frames in `bytes` end `stream` (trailers or DATA with
/// END_STREAM, or RST_STREAM).
pub fn stream_ended(bytes: &[u8], stream: u32) -> bool {
    frames(bytes)
        .any(|(kind, flags, id)| id == stream && (kind == 0x3 || (kind <= 0x1 && flags & 0x1 != 0)))
}

/// Whether the frames in `bytes` include a PING ACK.
pub fn ping_acked(bytes: &[u8]) -> bool {
    frames(bytes).any(|(kind, flags, _)| kind == 0x6 && flags & 0x1 != 0)
}

/// gRPC's length prefix for a message of `len` bytes.
pub fn grpc_prefix(len: u32) -> Vec<u8> {
    let mut p = vec![0];
    p.extend_from_slice(&len.to_be_bytes());
    p
}
