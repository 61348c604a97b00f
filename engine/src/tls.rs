//! TLS and mutual TLS from PEM files, through grpcio's credentials (the C
//! core's TLS on the system OpenSSL).

use std::fmt;
use std::fs;
use std::path::Path;

use grpcio::{
    CertificateRequestType, ChannelBuilder, ChannelCredentialsBuilder, ServerCredentials,
    ServerCredentialsBuilder,
};

use crate::error::Error;

/// A server's certificate chain and key, and optionally the CA its clients'
/// certificates must chain to (mutual TLS).
#[derive(Clone)]
pub struct ServerTls {
    cert_chain: Vec<u8>,
    key: Vec<u8>,
    client_ca: Option<Vec<u8>>,
}

impl ServerTls {
    /// TLS with this PEM certificate chain and PEM private key.
    pub fn new(cert_chain: Vec<u8>, key: Vec<u8>) -> Result<Self, Error> {
        Ok(ServerTls {
            cert_chain: check_pem("server certificate", cert_chain)?,
            key: check_pem("server key", key)?,
            client_ca: None,
        })
    }

    /// Reads the certificate chain and key from PEM files.
    pub fn from_files(cert_chain: &Path, key: &Path) -> Result<Self, Error> {
        Self::new(read("certificate", cert_chain)?, read("key", key)?)
    }

    /// Requires every client to present a certificate issued by this PEM CA.
    pub fn require_client_certificates(mut self, client_ca: Vec<u8>) -> Result<Self, Error> {
        self.client_ca = Some(check_pem("client CA", client_ca)?);
        Ok(self)
    }

    /// [`ServerTls::require_client_certificates`] with the CA read from a file.
    pub fn require_client_certificates_from(self, client_ca: &Path) -> Result<Self, Error> {
        let ca = read("client CA", client_ca)?;
        self.require_client_certificates(ca)
    }

    /// The grpcio credentials, for [`crate::ServerBuilder::credentials`].
    pub fn credentials(&self) -> ServerCredentials {
        let mut builder =
            ServerCredentialsBuilder::new().add_cert(self.cert_chain.clone(), self.key.clone());
        if let Some(ca) = &self.client_ca {
            builder = builder.root_cert(
                ca.clone(),
                CertificateRequestType::RequestAndRequireClientCertificateAndVerify,
            );
        }
        builder.build()
    }
}

impl fmt::Debug for ServerTls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServerTls")
            .field("mutual", &self.client_ca.is_some())
            .finish_non_exhaustive()
    }
}

/// What a client trusts and presents: the CA that signed the server's
/// certificate (default: the system's roots), an optional client certificate
/// and key (mutual TLS), and an optional name to check the server's
/// certificate against instead of the target's host.
#[derive(Clone, Default)]
pub struct ClientTls {
    ca: Option<Vec<u8>>,
    identity: Option<(Vec<u8>, Vec<u8>)>,
    server_name: Option<String>,
}

impl ClientTls {
    /// TLS trusting the system's root certificates.
    pub fn new() -> Self {
        Self::default()
    }

    /// Trusts only this PEM CA.
    pub fn ca(mut self, ca: Vec<u8>) -> Result<Self, Error> {
        self.ca = Some(check_pem("CA", ca)?);
        Ok(self)
    }

    /// Presents this PEM certificate and key (mutual TLS).
    pub fn identity(mut self, cert: Vec<u8>, key: Vec<u8>) -> Result<Self, Error> {
        self.identity = Some((
            check_pem("client certificate", cert)?,
            check_pem("client key", key)?,
        ));
        Ok(self)
    }

    /// Checks the server's certificate against `name` rather than the host
    /// in the target.
    pub fn server_name(mut self, name: impl Into<String>) -> Result<Self, Error> {
        let name = name.into();
        if name.is_empty() || name.contains('\0') {
            return Err(Error::Config(format!("{name:?} is not a server name")));
        }
        self.server_name = Some(name);
        Ok(self)
    }

    /// From PEM files: the CA to trust instead of the system's, the client's
    /// own certificate and key, the name to check the server's certificate
    /// against; each optional.
    pub fn from_files(
        ca: Option<&Path>,
        identity: Option<(&Path, &Path)>,
        server_name: Option<&str>,
    ) -> Result<Self, Error> {
        let mut tls = ClientTls::new();
        if let Some(ca) = ca {
            tls = tls.ca(read("CA", ca)?)?;
        }
        if let Some((cert, key)) = identity {
            tls = tls.identity(read("certificate", cert)?, read("key", key)?)?;
        }
        if let Some(name) = server_name {
            tls = tls.server_name(name)?;
        }
        Ok(tls)
    }

    /// These settings on a channel builder.
    pub(crate) fn apply(&self, builder: ChannelBuilder) -> ChannelBuilder {
        let mut credentials = ChannelCredentialsBuilder::new();
        if let Some(ca) = &self.ca {
            credentials = credentials.root_cert(ca.clone());
        }
        if let Some((cert, key)) = &self.identity {
            credentials = credentials.cert(cert.clone(), key.clone());
        }
        let mut builder = builder.set_credentials(credentials.build());
        if let Some(name) = &self.server_name {
            // The C core's standard target-name override (what grpc-go calls
            // serverNameOverride).
            builder = builder.override_ssl_target(name.clone());
        }
        builder
    }
}

impl fmt::Debug for ClientTls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientTls")
            .field("custom_ca", &self.ca.is_some())
            .field("mutual", &self.identity.is_some())
            .field("server_name", &self.server_name)
            .finish()
    }
}

fn read(what: &str, path: &Path) -> Result<Vec<u8>, Error> {
    fs::read(path)
        .map_err(|e| Error::Config(format!("cannot read the {what} {}: {e}", path.display())))
}

/// grpcio hands PEM to C as a NUL-terminated string: refuse anything that is
/// not PEM text before it gets there.
fn check_pem(what: &str, pem: Vec<u8>) -> Result<Vec<u8>, Error> {
    let looks_like_pem = pem.windows(11).any(|w| w == b"-----BEGIN ");
    if !looks_like_pem || pem.contains(&0) {
        return Err(Error::Config(format!("the {what} is not PEM")));
    }
    Ok(pem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_pem() {
        assert!(check_pem("x", b"hello".to_vec()).is_err());
        assert!(check_pem("x", b"-----BEGIN X-----\0".to_vec()).is_err());
        assert!(check_pem("x", b"-----BEGIN X-----\n".to_vec()).is_ok());
        assert!(ClientTls::new().server_name("").is_err());
    }
}
