//! Who may call: a check of each call's start (method, peer, request
//! headers, the client certificate's names) before any handler runs,
//! answering `UNAUTHENTICATED` (no or bad credentials) or
//! `PERMISSION_DENIED` (known, not allowed), with one log line per refusal
//! (bounded per second, never a credential); and bearer tokens kept as
//! SHA-256 digests, compared in constant time.

use std::fmt;
use std::sync::Arc;

use grpcio::{CheckResult, Metadata, RpcContext, RpcStatus, RpcStatusCode, ServerChecker};
use log::Level;
use sha2::{Digest, Sha256};

use crate::call::{peer_identity, PeerIdentity};
use crate::log_budget::{log_within, LogBudget};

/// What an authorization check sees of a call as it starts.
pub struct CallStart<'a> {
    method: &'a str,
    peer: String,
    headers: &'a Metadata,
    identity: Option<PeerIdentity>,
}

impl<'a> CallStart<'a> {
    /// A call's start as given (for checks run outside a server, e.g. in a
    /// handler with [`Call`](crate::Call)'s fields, or in tests).
    pub fn new(
        method: &'a str,
        peer: String,
        headers: &'a Metadata,
        identity: Option<PeerIdentity>,
    ) -> CallStart<'a> {
        CallStart {
            method,
            peer,
            headers,
            identity,
        }
    }

    /// Full method name, `/package.Service/Method`.
    pub fn method(&self) -> &str {
        self.method
    }

    /// The client's address.
    pub fn peer(&self) -> &str {
        &self.peer
    }

    /// Everything the client sent as metadata.
    pub fn request_headers(&self) -> &Metadata {
        self.headers
    }

    /// The client's verified certificate names (mutual TLS); `None`
    /// without one.
    pub fn peer_identity(&self) -> Option<&PeerIdentity> {
        self.identity.as_ref()
    }
}

/// A decision on each call's start: `Ok` lets it run; `Err` ends it with
/// that status before any handler (`UNAUTHENTICATED` for missing or bad
/// credentials, `PERMISSION_DENIED` for a caller not allowed). Its message
/// goes to the client and to the log: never put a credential in it. Runs on
/// gRPC's poll threads: no blocking work.
///
/// ```
/// use grpc_stream_engine::{BearerTokens, CallStart, ServerBuilder};
/// use grpcio::{RpcStatus, RpcStatusCode};
///
/// // A token file holds digests only (`BearerTokens::load` reads one).
/// let tokens = BearerTokens::parse(&format!("admin {}", BearerTokens::digest("s3cret")))?;
/// let builder = ServerBuilder::new("127.0.0.1:0").authorize(move |call: &CallStart<'_>| {
///     if call.method().starts_with("/grpc.health.v1.") {
///         return Ok(()); // probes need no token
///     }
///     match tokens.identify(call.request_headers())? {
///         Some("admin") => Ok(()),
///         Some(_) => Err(RpcStatus::with_message(
///             RpcStatusCode::PERMISSION_DENIED,
///             "admins only".into(),
///         )),
///         None => Err(RpcStatus::with_message(
///             RpcStatusCode::UNAUTHENTICATED,
///             "a bearer token is needed".into(),
///         )),
///     }
/// });
/// # drop(builder);
/// # Ok::<(), String>(())
/// ```
pub trait Authorize: Send + Sync + 'static {
    /// Whether the call may run.
    fn authorize(&self, call: &CallStart<'_>) -> Result<(), RpcStatus>;
}

impl<F> Authorize for F
where
    F: Fn(&CallStart<'_>) -> Result<(), RpcStatus> + Send + Sync + 'static,
{
    fn authorize(&self, call: &CallStart<'_>) -> Result<(), RpcStatus> {
        self(call)
    }
}

/// A grpcio checker running an [`Authorize`] on every call.
/// [`ServerBuilder::authorize`](crate::ServerBuilder::authorize) adds it;
/// with your own `grpcio::ServerBuilder`,
/// `add_checker(Authorization::new(...))` after
/// [`CallRateLimit`](crate::CallRateLimit).
#[derive(Clone)]
pub struct Authorization {
    /// Shared by the checker's clones (grpcio clones checkers per
    /// completion queue).
    check: Arc<dyn Authorize>,
}

impl Authorization {
    /// Runs `check` on every call's start.
    pub fn new(check: impl Authorize) -> Authorization {
        Authorization {
            check: Arc::new(check),
        }
    }
}

impl fmt::Debug for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Authorization")
    }
}

impl ServerChecker for Authorization {
    fn check(&mut self, ctx: &RpcContext<'_>) -> CheckResult {
        let method = String::from_utf8_lossy(ctx.method());
        let start = CallStart {
            method: &method,
            peer: ctx.peer(),
            headers: ctx.request_headers(),
            identity: peer_identity(ctx),
        };
        match self.check.authorize(&start) {
            Ok(()) => CheckResult::Continue,
            Err(status) => {
                log_within(
                    &REFUSAL_LINES,
                    module_path!(),
                    Level::Warn,
                    "authorization refusal",
                    || {
                        format!(
                            "refused {} from {}: {}",
                            start.method,
                            start.peer,
                            crate::status_line(&status)
                        )
                    },
                );
                CheckResult::Abort(status)
            }
        }
    }

    fn box_clone(&self) -> Box<dyn ServerChecker> {
        Box::new(self.clone())
    }
}

/// The budget of refusal lines.
static REFUSAL_LINES: LogBudget = LogBudget::per_process();

/// A client's bearer token ([`ClientConfig::bearer_token`](crate::ClientConfig::bearer_token)):
/// its `Debug` never shows it.
#[derive(Clone)]
pub struct BearerToken(String);

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BearerToken(..)")
    }
}

impl BearerToken {
    /// `token` (surrounding whitespace dropped).
    pub fn new(token: &str) -> BearerToken {
        BearerToken(token.trim().to_string())
    }

    /// The token in file `path` (its first line; a file keeps it out of the
    /// process list and shell history).
    pub fn from_file(path: &std::path::Path) -> Result<BearerToken, crate::Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| crate::Error::Config(format!("{}: {e}", path.display())))?;
        let token = BearerToken::new(text.lines().next().unwrap_or(""));
        if token.0.is_empty() {
            return Err(crate::Error::Config(format!(
                "{}: no token in it",
                path.display()
            )));
        }
        Ok(token)
    }

    /// The `authorization` header that carries it.
    pub(crate) fn header(&self) -> Result<Metadata, crate::Error> {
        let mut builder = grpcio::MetadataBuilder::with_capacity(1);
        builder
            .add_str("authorization", &format!("Bearer {}", self.0))
            .map_err(|_| crate::Error::Config("a bearer token must be printable ASCII".into()))?;
        Ok(builder.build())
    }
}

/// Named bearer tokens (`authorization: Bearer TOKEN`), kept as SHA-256
/// digests: the file that lists them holds no token, and a token is
/// compared with every digest in constant time.
#[derive(Clone, Default)]
pub struct BearerTokens {
    /// Each token's name and its digest.
    tokens: Vec<(String, [u8; 32])>,
}

impl fmt::Debug for BearerTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.tokens.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("BearerTokens")
            .field("names", &names)
            .finish()
    }
}

impl BearerTokens {
    /// Tokens from lines `NAME sha256:HEX` (what [`BearerTokens::digest`]
    /// writes; blank lines and `#` comments skipped).
    pub fn parse(text: &str) -> Result<BearerTokens, String> {
        let mut tokens = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split_whitespace().collect();
            let [name, digest] = fields[..] else {
                return Err(format!("line {}: expected `NAME sha256:HEX`", n + 1));
            };
            let digest = digest
                .strip_prefix("sha256:")
                .and_then(from_hex)
                .ok_or_else(|| format!("line {}: not sha256: and 64 hex digits", n + 1))?;
            tokens.push((name.to_string(), digest));
        }
        Ok(BearerTokens { tokens })
    }

    /// Tokens from file `path` (see [`BearerTokens::parse`]).
    pub fn load(path: &std::path::Path) -> Result<BearerTokens, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        BearerTokens::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// What a token file keeps of `token`: `sha256:HEX`.
    pub fn digest(token: &str) -> String {
        let digest = Sha256::digest(token.as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }

    /// The name of the token in `headers`' `authorization: Bearer TOKEN`:
    /// `Ok(None)` when there is no `authorization` header,
    /// `UNAUTHENTICATED` when it is not a bearer token or not a known one.
    pub fn identify(&self, headers: &Metadata) -> Result<Option<&str>, RpcStatus> {
        match PresentedToken::from_headers(headers)? {
            None => Ok(None),
            Some(token) => self.name_of(&token).map(Some).ok_or_else(|| {
                RpcStatus::with_message(
                    RpcStatusCode::UNAUTHENTICATED,
                    "the bearer token is not a known one".into(),
                )
            }),
        }
    }

    /// The name of `token`, if it is one of these (tokens replaced while
    /// calls run, e.g. on a reload, name a call's token anew).
    pub fn name_of(&self, token: &PresentedToken) -> Option<&str> {
        // Every digest compared, each in constant time: how long it takes
        // says nothing of which came close.
        let mut found = None;
        for (name, known) in &self.tokens {
            if same(known, &token.0) && found.is_none() {
                found = Some(name.as_str());
            }
        }
        found
    }

    /// How many tokens there are.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// The token a call presented (`authorization: Bearer TOKEN`), as its
/// SHA-256 digest: what a server keeps to name the caller again later,
/// without keeping the token. Its `Debug` shows nothing of it.
#[derive(Clone, PartialEq, Eq)]
pub struct PresentedToken([u8; 32]);

impl fmt::Debug for PresentedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PresentedToken(..)")
    }
}

impl PresentedToken {
    /// The token in `headers`: `Ok(None)` when there is no `authorization`
    /// header, `UNAUTHENTICATED` when it is not `Bearer TOKEN`.
    pub fn from_headers(headers: &Metadata) -> Result<Option<PresentedToken>, RpcStatus> {
        let Some((_, value)) = headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case("authorization"))
        else {
            return Ok(None);
        };
        let token = std::str::from_utf8(value)
            .ok()
            .and_then(|value| {
                let (scheme, token) = value.trim().split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
            })
            .filter(|token| !token.is_empty())
            .ok_or_else(|| {
                RpcStatus::with_message(
                    RpcStatusCode::UNAUTHENTICATED,
                    "the authorization header is not `Bearer TOKEN`".into(),
                )
            })?;
        Ok(Some(PresentedToken(
            Sha256::digest(token.as_bytes()).into(),
        )))
    }
}

/// `a == b`, in time that does not depend on where they differ.
fn same(a: &[u8; 32], b: &[u8; 32]) -> bool {
    let differ = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(differ) == 0
}

fn from_hex(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use grpcio::MetadataBuilder;

    fn headers(authorization: Option<&str>) -> Metadata {
        let mut builder = MetadataBuilder::new();
        if let Some(value) = authorization {
            builder.add_str("authorization", value).expect("a header");
        }
        builder.build()
    }

    #[test]
    fn tokens_are_known_by_their_digest_only() {
        let file = format!(
            "# who\nalice {}\n\nbob {}\n",
            BearerTokens::digest("a-secret"),
            BearerTokens::digest("b-secret")
        );
        assert!(!file.contains("secret"));
        let tokens = BearerTokens::parse(&file).expect("parses");
        let name = |value| tokens.identify(&headers(value)).expect("accepted");
        assert_eq!(name(None), None);
        assert_eq!(name(Some("Bearer b-secret")), Some("bob"));
        assert_eq!(name(Some("bearer  a-secret ")), Some("alice"));
        for bad in [
            "Bearer c-secret",
            "Basic YWxpY2U6eA==",
            "Bearer",
            "a-secret",
        ] {
            let refused = tokens.identify(&headers(Some(bad))).unwrap_err();
            assert_eq!(refused.code(), RpcStatusCode::UNAUTHENTICATED, "{bad}");
            assert!(!refused.message().contains("secret"), "{refused:?}");
        }
        let presented = PresentedToken::from_headers(&headers(Some("Bearer a-secret")))
            .expect("a bearer token")
            .expect("presented");
        assert_eq!(tokens.name_of(&presented), Some("alice"));
        assert_eq!(BearerTokens::default().name_of(&presented), None);
        assert_eq!(format!("{presented:?}"), "PresentedToken(..)");
        assert!(format!("{tokens:?}").contains("alice"));
        assert!(!format!("{tokens:?}").contains(&BearerTokens::digest("a-secret")[7..]));
    }

    #[test]
    fn a_token_file_line_must_be_a_name_and_a_digest() {
        assert!(BearerTokens::parse("alice a-secret").is_err());
        assert!(BearerTokens::parse("alice sha256:00").is_err());
        assert!(
            BearerTokens::parse(&format!("alice {} extra", BearerTokens::digest("x"))).is_err()
        );
        let upper = BearerTokens::digest("x")
            .to_uppercase()
            .replace("SHA256", "sha256");
        assert!(BearerTokens::parse(&format!("alice {upper}")).is_ok());
    }
}
