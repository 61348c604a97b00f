//! Who may publish or subscribe to which topics: rules that grant rights
//! on topic patterns to callers named by a bearer token or a client
//! certificate (`feed_server --access FILE --tokens FILE`). Checked in
//! Subscribe and in Publish for each event, once its topic is known: no
//! credentials where some are needed is `UNAUTHENTICATED`, a caller the
//! rules do not allow `PERMISSION_DENIED` (NATS' permissions violation).

use std::fmt;

use grpc_stream_engine::{BearerTokens, Call, PresentedToken};
use grpcio::{RpcStatus, RpcStatusCode};

/// What a caller may do on a topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Right {
    /// Publish events to it.
    Publish,
    /// Subscribe to it (and resume).
    Subscribe,
}

impl fmt::Display for Right {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Right::Publish => "publish to",
            Right::Subscribe => "subscribe to",
        })
    }
}

/// Who a caller proved to be.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Caller {
    /// The name of its bearer token.
    pub token: Option<String>,
    /// Its client certificate's names (mutual TLS).
    pub certificate: Vec<String>,
    /// The token it presented, to name it again under reloaded tokens.
    pub(crate) presented: Option<PresentedToken>,
}

impl Caller {
    fn is_anonymous(&self) -> bool {
        self.token.is_none() && self.certificate.is_empty()
    }
}

impl fmt::Display for Caller {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.token, self.certificate.first()) {
            (Some(token), _) => write!(f, "token:{token}"),
            (None, Some(name)) => write!(f, "cert:{name}"),
            (None, None) => f.write_str("an anonymous caller"),
        }
    }
}

/// Rules and the tokens that name callers.
#[derive(Clone, Debug)]
pub struct Access {
    rules: Vec<Rule>,
    tokens: BearerTokens,
}

/// One line of the rules: who, what, where.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Rule {
    who: Who,
    publish: bool,
    subscribe: bool,
    topics: Topics,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Who {
    Anyone,
    Token(String),
    Certificate(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Topics {
    All,
    /// `news.*`: names that start with `news.`.
    Prefix(String),
    Exact(String),
}

impl Access {
    /// Rules from lines `WHO RIGHTS TOPICS` (blank lines and `#` comments
    /// skipped): WHO is `*` (anyone, with or without credentials),
    /// `token:NAME` (a token of `tokens`) or `cert:NAME` (a client
    /// certificate's name); RIGHTS `publish`, `subscribe` or
    /// `publish,subscribe`; TOPICS `*`, `PREFIX.*` or a topic's name. What
    /// no line grants is refused.
    pub fn parse(rules: &str, tokens: BearerTokens) -> Result<Access, String> {
        let mut parsed = Vec::new();
        for (n, line) in rules.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = |why: String| format!("line {}: {why}", n + 1);
            let fields: Vec<&str> = line.split_whitespace().collect();
            let [who, rights, topics] = fields[..] else {
                return Err(at("expected `WHO RIGHTS TOPICS`".into()));
            };
            let who = match who.split_once(':') {
                _ if who == "*" => Who::Anyone,
                Some(("token", name)) if !name.is_empty() => Who::Token(name.into()),
                Some(("cert", name)) if !name.is_empty() => Who::Certificate(name.into()),
                _ => {
                    return Err(at(format!(
                        "{who:?} is not `*`, `token:NAME` or `cert:NAME`"
                    )))
                }
            };
            let (mut publish, mut subscribe) = (false, false);
            for right in rights.split(',') {
                match right {
                    "publish" => publish = true,
                    "subscribe" => subscribe = true,
                    other => return Err(at(format!("{other:?} is not publish or subscribe"))),
                }
            }
            let topics = match topics {
                "*" => Topics::All,
                _ => match topics.strip_suffix('*') {
                    Some(prefix) if prefix.ends_with('.') => Topics::Prefix(prefix.into()),
                    Some(_) => {
                        return Err(at(format!("{topics:?}: a pattern is `*` or `PREFIX.*`")))
                    }
                    None => Topics::Exact(topics.into()),
                },
            };
            parsed.push(Rule {
                who,
                publish,
                subscribe,
                topics,
            });
        }
        Ok(Access {
            rules: parsed,
            tokens,
        })
    }

    /// Rules from file `rules`, tokens from file `tokens` (lines `NAME
    /// sha256:HEX`, see [`BearerTokens`]; `None`: no tokens).
    pub fn load(
        rules: &std::path::Path,
        tokens: Option<&std::path::Path>,
    ) -> Result<Access, String> {
        let tokens = match tokens {
            Some(path) => BearerTokens::load(path)?,
            None => BearerTokens::default(),
        };
        let text =
            std::fs::read_to_string(rules).map_err(|e| format!("{}: {e}", rules.display()))?;
        Access::parse(&text, tokens).map_err(|e| format!("{}: {e}", rules.display()))
    }

    /// Who `call`'s credentials say it is: `UNAUTHENTICATED` for a bearer
    /// token that is malformed or not known.
    pub fn caller(&self, call: &Call) -> Result<Caller, RpcStatus> {
        let presented = PresentedToken::from_headers(call.request_headers())?;
        let caller = Caller {
            token: None,
            certificate: call
                .peer_identity()
                .map(|identity| identity.names.clone())
                .unwrap_or_default(),
            presented,
        };
        self.named(caller, "not a known one")
    }

    /// `caller` named by these rules' tokens (they may have been reloaded
    /// since it called): `UNAUTHENTICATED` when its token is no longer a
    /// known one.
    pub fn rename(&self, caller: Caller) -> Result<Caller, RpcStatus> {
        self.named(caller, "no longer a known one")
    }

    fn named(&self, mut caller: Caller, unknown: &str) -> Result<Caller, RpcStatus> {
        caller.token = match &caller.presented {
            None => None,
            Some(token) => Some(
                self.tokens
                    .name_of(token)
                    .ok_or_else(|| {
                        RpcStatus::with_message(
                            RpcStatusCode::UNAUTHENTICATED,
                            format!("the bearer token is {unknown}"),
                        )
                    })?
                    .to_string(),
            ),
        };
        Ok(caller)
    }

    /// How many rules and tokens these are, for a log line.
    pub fn summary(&self) -> String {
        format!("{} rules, {} tokens", self.rules.len(), self.tokens.len())
    }

    /// Whether a rule grants `caller` `right` on `topic`.
    pub fn allows(&self, caller: &Caller, right: Right, topic: &str) -> bool {
        self.rules.iter().any(|rule| {
            let who = match &rule.who {
                Who::Anyone => true,
                Who::Token(name) => caller.token.as_deref() == Some(name),
                Who::Certificate(name) => caller.certificate.iter().any(|n| n == name),
            };
            let what = match right {
                Right::Publish => rule.publish,
                Right::Subscribe => rule.subscribe,
            };
            let topics = match &rule.topics {
                Topics::All => true,
                Topics::Prefix(prefix) => topic.starts_with(prefix.as_str()),
                Topics::Exact(name) => topic == name,
            };
            who && what && topics
        })
    }

    /// `Ok` if `caller` may `right` `topic`, else the refusal:
    /// `UNAUTHENTICATED` for a caller without credentials,
    /// `PERMISSION_DENIED` for one the rules do not allow.
    pub fn check(&self, caller: &Caller, right: Right, topic: &str) -> Result<(), RpcStatus> {
        if self.allows(caller, right, topic) {
            return Ok(());
        }
        Err(if caller.is_anonymous() {
            RpcStatus::with_message(
                RpcStatusCode::UNAUTHENTICATED,
                format!(
                    "to {right} topic {topic:?} a caller needs credentials (a bearer token or \
                     a client certificate)"
                ),
            )
        } else {
            RpcStatus::with_message(
                RpcStatusCode::PERMISSION_DENIED,
                format!("{caller} may not {right} topic {topic:?}"),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(rules: &str) -> Access {
        Access::parse(rules, BearerTokens::default()).expect("rules")
    }

    fn token(name: &str) -> Caller {
        Caller {
            token: Some(name.into()),
            ..Caller::default()
        }
    }

    #[test]
    fn rules_grant_rights_on_patterns_to_callers() {
        let rules = access(
            "# who rights topics\n\
             token:ingest publish prices\n\
             token:alice  publish,subscribe news.*\n\
             cert:auditor subscribe *\n\
             *            subscribe public.*\n",
        );
        let anyone = Caller::default();
        let auditor = Caller {
            certificate: vec!["auditor".into()],
            ..Caller::default()
        };
        let cases = [
            (&token("ingest"), Right::Publish, "prices", true),
            (&token("ingest"), Right::Subscribe, "prices", false),
            (&token("ingest"), Right::Publish, "prices.eu", false),
            (&token("alice"), Right::Publish, "news.eu", true),
            (&token("alice"), Right::Subscribe, "news.eu.fr", true),
            (&token("alice"), Right::Publish, "news", false),
            (&token("alice"), Right::Publish, "newsletter", false),
            (&auditor, Right::Subscribe, "prices", true),
            (&auditor, Right::Publish, "prices", false),
            (&anyone, Right::Subscribe, "public.weather", true),
            (&anyone, Right::Subscribe, "prices", false),
            (&token("alice"), Right::Subscribe, "public.weather", true),
        ];
        for (caller, right, topic, allowed) in cases {
            assert_eq!(
                rules.allows(caller, right, topic),
                allowed,
                "{caller} {right} {topic}"
            );
        }
        let refused = rules.check(&anyone, Right::Publish, "prices").unwrap_err();
        assert_eq!(refused.code(), RpcStatusCode::UNAUTHENTICATED);
        let refused = rules
            .check(&token("alice"), Right::Publish, "prices")
            .unwrap_err();
        assert_eq!(refused.code(), RpcStatusCode::PERMISSION_DENIED);
        assert_eq!(
            refused.message(),
            "token:alice may not publish to topic \"prices\""
        );
    }

    #[test]
    fn a_bad_rule_is_refused_with_its_line() {
        for (rules, why) in [
            ("token:a publish", "line 1: expected"),
            ("\nuser:a publish x", "line 2: \"user:a\""),
            ("token: publish x", "line 1: \"token:\""),
            ("* read x", "line 1: \"read\""),
            ("* publish news*", "line 1: \"news*\""),
        ] {
            let error = Access::parse(rules, BearerTokens::default()).unwrap_err();
            assert!(error.starts_with(why), "{rules:?}: {error}");
        }
        assert!(access("").rules.is_empty());
    }
}
