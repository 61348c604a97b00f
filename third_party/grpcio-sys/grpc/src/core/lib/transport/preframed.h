// Copyright 2026 grpc-stream authors.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

#ifndef GRPC_SRC_CORE_LIB_TRANSPORT_PREFRAMED_H
#define GRPC_SRC_CORE_LIB_TRANSPORT_PREFRAMED_H

// A send_message write flag (the free bit 0x8 of GRPC_WRITE_USED_MASK): the
// payload is already one or more complete length-prefixed gRPC messages, as
// a sender that batches many ready messages into one operation frames them
// (after grpc/grpc#21424 and its PR #21444). chttp2 adds no 5-byte header,
// the compression filter never compresses it, the inproc transport refuses
// it. Kept out of the public header: grpcio sets it on payloads it framed
// itself, and no user can send unframed bytes with it.
//
// On a recv_message op the same bit asks for the messages framed: the call
// always completes with one or more complete length-prefixed messages, each
// uncompressed (flag byte 0). chttp2 hands over every complete uncompressed
// message it holds for the stream (up to kPreframedReceiveBatchBytes, at
// least one) and sets the bit in the op's output flags; a transport or
// filter that does not (a compressed message, inproc, a client's retry
// filter) delivers one message as before, and the call frames it.
#define GRPC_WRITE_PREFRAMED (0x00000008u)

#include <stddef.h>
#include <stdint.h>

#include <algorithm>
#include <utility>

#include "src/core/lib/slice/slice_buffer.h"

namespace grpc_core {

// The gRPC length prefix: a compressed-flag byte, a big-endian length.
constexpr size_t kPreframedHeaderBytes = 5;

// The most a framed receive takes beyond its first message: what the
// application holds past the flow-control window stays bounded.
constexpr size_t kPreframedReceiveBatchBytes = 64 * 1024;

// Takes the messages out of a pre-framed payload in order, calling
// `each(compressed_flag, message)` for each; false if what is left is not
// a whole frame (the sender framed it wrong).
template <typename F>
bool TakePreframedMessages(SliceBuffer& payload, F each) {
  while (payload.Length() > 0) {
    if (payload.Length() < kPreframedHeaderBytes) return false;
    uint8_t header[kPreframedHeaderBytes];
    payload.MoveFirstNBytesIntoBuffer(kPreframedHeaderBytes, header);
    const size_t length = (static_cast<size_t>(header[1]) << 24) |
                          (static_cast<size_t>(header[2]) << 16) |
                          (static_cast<size_t>(header[3]) << 8) |
                          static_cast<size_t>(header[4]);
    if (payload.Length() < length) return false;
    SliceBuffer message;
    payload.MoveFirstNBytesIntoSliceBuffer(length, message);
    each(header[0], std::move(message));
  }
  return true;
}

// The longest message of a pre-framed payload (0 if it holds none), leaving
// the payload as it was; a payload that is not whole frames counts as one
// message of its whole length.
inline size_t LongestPreframedMessage(const SliceBuffer& payload) {
  SliceBuffer messages = payload.Copy();
  size_t longest = 0;
  if (!TakePreframedMessages(messages, [&longest](uint8_t, SliceBuffer one) {
        longest = std::max(longest, one.Length());
      })) {
    return payload.Length();
  }
  return longest;
}

// Appends `message` to `framed` behind its length prefix.
inline void AppendPreframedMessage(SliceBuffer& framed, bool compressed,
                                   const SliceBuffer& message) {
  uint8_t* header = framed.AddTiny(kPreframedHeaderBytes);
  const size_t length = message.Length();
  header[0] = compressed ? 1 : 0;
  header[1] = static_cast<uint8_t>(length >> 24);
  header[2] = static_cast<uint8_t>(length >> 16);
  header[3] = static_cast<uint8_t>(length >> 8);
  header[4] = static_cast<uint8_t>(length);
  framed.Append(message);
}

}  // namespace grpc_core

#endif  // GRPC_SRC_CORE_LIB_TRANSPORT_PREFRAMED_H
