//! What a handler knows about its call: who is calling, what they sent along,
//! until when, and the response headers and trailers it wants to send.
//!
//! grpcio's `RpcContext` lives only as long as the generated trait method;
//! handlers run after it returns, so [`Call`] keeps an owned copy of what they
//! may need.

use std::sync::{Arc, Mutex, PoisonError};

use grpcio::{Deadline, Metadata, RpcContext};

/// One call, as its handler sees it. Cheap to clone (shared).
#[derive(Clone)]
pub struct Call {
    info: Arc<CallInfo>,
}

struct CallInfo {
    /// Full method name, `/package.Service/Method`.
    method: String,
    /// The client's address as the C core names it (`ipv4:127.0.0.1:50312`).
    peer: String,
    /// The client's metadata (ASCII values and `-bin` ones, already decoded).
    request_headers: Metadata,
    deadline: Deadline,
    /// The verified TLS identity of the client, when it presented one.
    peer_identity: Option<PeerIdentity>,
    /// Headers for the engine to send before the first response (grpcio only
    /// takes them from the sink, which the handler never sees).
    response_headers: Mutex<Option<Metadata>>,
    /// Trailers for the engine to send with the status (grpcio takes them
    /// from the sink too).
    response_trailers: Mutex<Option<Metadata>>,
}

/// The identity a TLS client proved with its certificate (mutual TLS).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerIdentity {
    /// Which certificate field names the peer (`x509_common_name`, or
    /// `x509_subject_alternative_name` when the certificate has SANs).
    pub property: String,
    /// The names, in the certificate's order.
    pub names: Vec<String>,
}

impl Call {
    /// Copies what the handler may need out of grpcio's context.
    pub(crate) fn new(ctx: &RpcContext<'_>) -> Call {
        Call {
            info: Arc::new(CallInfo {
                method: String::from_utf8_lossy(ctx.method()).into_owned(),
                peer: ctx.peer(),
                request_headers: ctx.request_headers().clone(),
                deadline: ctx.deadline(),
                peer_identity: peer_identity(ctx),
                response_headers: Mutex::new(None),
                response_trailers: Mutex::new(None),
            }),
        }
    }

    /// Full method name, `/package.Service/Method`.
    pub fn method(&self) -> &str {
        &self.info.method
    }

    /// The client's address (`ipv4:127.0.0.1:50312`, `ipv6:[::1]:50312`).
    pub fn peer(&self) -> &str {
        &self.info.peer
    }

    /// Everything the client sent as metadata, in order.
    pub fn request_headers(&self) -> &Metadata {
        &self.info.request_headers
    }

    /// The first value of request header `key` (lower case; names ending in
    /// `-bin` give the decoded bytes).
    pub fn request_header(&self, key: &str) -> Option<&[u8]> {
        self.info
            .request_headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(key))
            .map(|(_, value)| value)
    }

    /// When the client stops waiting (`Deadline::exceeded` tells if it has).
    pub fn deadline(&self) -> Deadline {
        self.info.deadline
    }

    /// The client's verified TLS identity; `None` over plaintext or when the
    /// client presented no certificate.
    pub fn peer_identity(&self) -> Option<&PeerIdentity> {
        self.info.peer_identity.as_ref()
    }

    /// Headers to send with the call's first response (or with its status
    /// when there is no response). Build them with `grpcio::MetadataBuilder`.
    /// Set them before the first response leaves; later calls are ignored.
    /// A streaming call that ends without any response sends empty headers
    /// (grpcio's limitation).
    pub fn set_response_headers(&self, headers: Metadata) {
        put(&self.info.response_headers, headers);
    }

    /// Trailers to send with the call's status, whichever way it ends (OK or
    /// the handler's error; an error's `RpcStatus::with_details` goes out
    /// after them as `grpc-status-details-bin`). Set them before the handler
    /// returns its reply or ends its response stream; the last set wins.
    /// Build them with `grpcio::MetadataBuilder`.
    pub fn set_response_trailers(&self, trailers: Metadata) {
        put(&self.info.response_trailers, trailers);
    }

    /// The headers set by the handler, once: the engine hands them to the sink.
    pub(crate) fn take_response_headers(&self) -> Option<Metadata> {
        take(&self.info.response_headers)
    }

    /// The trailers set by the handler, once: the engine hands them to the sink.
    pub(crate) fn take_response_trailers(&self) -> Option<Metadata> {
        take(&self.info.response_trailers)
    }

    /// `method (peer ...)`, how log lines name the call.
    pub(crate) fn log_name(&self) -> String {
        format!("{} (peer {})", self.info.method, self.info.peer)
    }
}

impl std::fmt::Debug for Call {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("method", &self.info.method)
            .field("peer", &self.info.peer)
            .field("peer_identity", &self.info.peer_identity)
            .finish_non_exhaustive()
    }
}

fn put(slot: &Mutex<Option<Metadata>>, metadata: Metadata) {
    *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(metadata);
}

fn take(slot: &Mutex<Option<Metadata>>) -> Option<Metadata> {
    slot.lock().unwrap_or_else(PoisonError::into_inner).take()
}

/// The authenticated identity in the call's TLS auth context, if any.
pub(crate) fn peer_identity(ctx: &RpcContext<'_>) -> Option<PeerIdentity> {
    let auth = ctx.auth_context()?;
    if !auth.peer_is_authenticated() {
        return None;
    }
    let property = auth.peer_identity_property_name()?.to_string();
    let names = auth
        .peer_identity()
        .map(|p| String::from_utf8_lossy(p.value()).into_owned())
        .collect();
    Some(PeerIdentity { property, names })
}
