//! `SubscribeResponse`s written by hand: each event is encoded once, as the
//! bytes of its `events` field, and a response is its header followed by
//! those fields copied as they are. (protobuf's encoder would re-encode every
//! event for every subscriber.) Field numbers are `proto/feed.proto`'s.

/// `SubscribeResponse.log_id`: field 1, length-delimited.
const LOG_ID: u8 = 1 << 3 | 2;
/// `SubscribeResponse.current`: field 2, varint.
const CURRENT: u8 = 2 << 3;
/// `SubscribeResponse.events`: field 3, length-delimited.
const EVENTS: u8 = 3 << 3 | 2;
/// `Event.revision`: field 1, varint.
const REVISION: u8 = 1 << 3;
/// `Event.data`: field 2, length-delimited.
const DATA: u8 = 2 << 3 | 2;

/// Bytes of `value` as a varint.
fn varint_len(value: u64) -> usize {
    // 7 bits a byte; 0 still takes one.
    (64 - value.max(1).leading_zeros() as usize).div_ceil(7)
}

fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The `events` field of a response carrying event `revision` with `data`.
pub(crate) fn event_field(revision: u64, data: &[u8]) -> Box<[u8]> {
    let mut event_len = 1 + varint_len(revision);
    if !data.is_empty() {
        event_len += 1 + varint_len(data.len() as u64) + data.len();
    }
    let mut field = Vec::with_capacity(1 + varint_len(event_len as u64) + event_len);
    field.push(EVENTS);
    put_varint(&mut field, event_len as u64);
    field.push(REVISION);
    put_varint(&mut field, revision);
    if !data.is_empty() {
        field.push(DATA);
        put_varint(&mut field, data.len() as u64);
        field.extend_from_slice(data);
    }
    field.into_boxed_slice()
}

/// A whole response: `log_id`, `current`, then `fields` (encoded `events`
/// fields, or none for a progress notice). Allocated at its exact size, so
/// grpcio takes the buffer without copying it.
pub(crate) fn response(log_id: &str, current: u64, fields: &[u8]) -> Vec<u8> {
    let mut len = 1 + varint_len(log_id.len() as u64) + log_id.len() + fields.len();
    if current > 0 {
        len += 1 + varint_len(current);
    }
    let mut out = Vec::with_capacity(len);
    out.push(LOG_ID);
    put_varint(&mut out, log_id.len() as u64);
    out.extend_from_slice(log_id.as_bytes());
    if current > 0 {
        out.push(CURRENT);
        put_varint(&mut out, current);
    }
    out.extend_from_slice(fields);
    out
}

#[cfg(test)]
mod tests {
    use protobuf::Message;

    use super::*;
    use crate::proto::{Event, SubscribeResponse};

    #[test]
    fn varints_take_seven_bits_a_byte() {
        for (value, len) in [(0, 1), (1, 1), (127, 1), (128, 2), (16_383, 2), (16_384, 3)] {
            assert_eq!(varint_len(value), len, "{value}");
            let mut out = Vec::new();
            put_varint(&mut out, value);
            assert_eq!(out.len(), len, "{value}");
        }
        assert_eq!(varint_len(u64::MAX), 10);
    }

    #[test]
    fn a_response_written_by_hand_is_what_protobuf_reads_and_writes() {
        let big = vec![b'z'; 300];
        let events = [(1, &b"a"[..]), (2, &b""[..]), (300, &big[..])];
        let mut fields = Vec::new();
        for (revision, data) in events {
            fields.extend_from_slice(&event_field(revision, data));
        }
        let bytes = response("log-1", 300, &fields);
        assert_eq!(bytes.len(), bytes.capacity());

        let mut expected = SubscribeResponse::new();
        expected.log_id = "log-1".into();
        expected.current = 300;
        for (revision, data) in events {
            let mut event = Event::new();
            event.revision = revision;
            event.data = data.to_vec();
            expected.events.push(event);
        }
        assert_eq!(
            SubscribeResponse::parse_from_bytes(&bytes).unwrap(),
            expected
        );
        assert_eq!(bytes, expected.write_to_bytes().unwrap());
    }

    #[test]
    fn a_progress_notice_has_no_events() {
        let bytes = response("log-1", 7, &[]);
        let notice = SubscribeResponse::parse_from_bytes(&bytes).unwrap();
        assert_eq!((notice.log_id.as_str(), notice.current), ("log-1", 7));
        assert!(notice.events.is_empty());
    }
}
