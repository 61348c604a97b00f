//! Messages as they go on the wire: a response to encode, or one encoded
//! once and sent any number of times without copying (the bytes live in a
//! reference-counted gRPC slice that the C core sends as is); and requests
//! decoded with a log line when they do not decode.
//!
//! A server push that repeats one message (an echo, a broadcast to many
//! subscribers) encodes it once instead of once per send: for large
//! messages that saves two copies per message. Register such a method with
//! a `grpcio::Method` whose response marshaller is [`serialize`] /
//! [`deserialize`], and send [`Wire::Encoded`] responses.

use std::sync::Arc;

use grpcio::{GrpcSlice, MessageReader};
use protobuf::Message;

/// A message encoded once; clones share its bytes.
pub struct Encoded<T> {
    bytes: GrpcSlice,
    message: Arc<T>,
}

impl<T: Message> Encoded<T> {
    /// Encodes `message` (fails only for a message over 4 GiB).
    pub fn new(message: T) -> grpcio::Result<Self> {
        let mut bytes = GrpcSlice::default();
        grpcio::pb_ser(&message, &mut bytes)?;
        Ok(Encoded {
            bytes,
            message: Arc::new(message),
        })
    }

    /// The message it encodes.
    pub fn message(&self) -> &T {
        &self.message
    }
}

impl<T> Clone for Encoded<T> {
    fn clone(&self) -> Self {
        Encoded {
            bytes: self.bytes.clone(),
            message: Arc::clone(&self.message),
        }
    }
}

/// A response as sent: a message, or a message encoded beforehand.
#[derive(Clone)]
pub enum Wire<T> {
    /// Encoded when sent.
    Message(T),
    /// Sent as already encoded.
    Encoded(Encoded<T>),
}

impl<T: Clone> Wire<T> {
    /// The message itself (for a sink that takes messages, not bytes).
    pub fn into_message(self) -> T {
        match self {
            Wire::Message(message) => message,
            Wire::Encoded(encoded) => (*encoded.message).clone(),
        }
    }
}

/// grpcio serializer for [`Wire`]: encodes a message, shares encoded bytes.
pub fn serialize<T: Message>(wire: &Wire<T>, buf: &mut GrpcSlice) -> grpcio::Result<()> {
    match wire {
        Wire::Message(message) => grpcio::pb_ser(message, buf),
        Wire::Encoded(encoded) => {
            *buf = encoded.bytes.clone();
            Ok(())
        }
    }
}

/// grpcio deserializer for [`Wire`] (a client reading such responses).
pub fn deserialize<T: Message>(reader: MessageReader) -> grpcio::Result<Wire<T>> {
    grpcio::pb_de(reader).map(Wire::Message)
}

/// Decodes a request like grpcio's protobuf codec, and logs a failure: for a
/// unary or server-push request grpcio ends the call with INTERNAL before any
/// handler runs, and says nothing. Use it as a `grpcio::Method`'s request
/// deserializer.
pub fn decode_logged<T: Message>(reader: MessageReader) -> grpcio::Result<T> {
    grpcio::pb_de(reader).inspect_err(|e| {
        let type_name = std::any::type_name::<T>();
        let short = type_name.rsplit("::").next().unwrap_or(type_name);
        log::warn!(
            "gRPC err: cannot decode a {short} request: {}; the call ends with INTERNAL",
            crate::error::status_of(e).message()
        );
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo::Text;

    #[test]
    fn encoded_bytes_are_the_message_and_clones_share_them() {
        let message = Text {
            text: "x".repeat(1000),
            ..Text::default()
        };
        let encoded = Encoded::new(message.clone()).unwrap();
        assert_eq!(encoded.bytes.as_slice(), message.write_to_bytes().unwrap());
        let copy = encoded.clone();
        assert_eq!(
            copy.bytes.as_slice().as_ptr(),
            encoded.bytes.as_slice().as_ptr()
        );
        let mut buf = GrpcSlice::default();
        serialize(&Wire::Encoded(copy), &mut buf).unwrap();
        assert_eq!(buf.as_slice().as_ptr(), encoded.bytes.as_slice().as_ptr());
        assert_eq!(Wire::Encoded(encoded).into_message(), message);
    }
}
