//! Certificates made at test time with the `openssl` CLI (installed by
//! `make deps`), for the TLS and authorization tests.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use grpc_stream_engine::{ClientTls, ServerTls};

/// Certificates for one test run: a CA, a server cert for `localhost` and
/// two client certs signed by it (CN `client` and `operator`), and a second
/// CA nobody trusts with a client cert of its own (`stranger`).
pub struct Pki {
    dir: PathBuf,
}

impl Pki {
    pub fn get() -> &'static Pki {
        static PKI: OnceLock<Pki> = OnceLock::new();
        PKI.get_or_init(|| {
            let dir = std::env::temp_dir().join(format!("grpc-stream-tls-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let pki = Pki { dir };
            pki.ca("ca");
            pki.ca("other-ca");
            pki.leaf(
                "server",
                "ca",
                "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth",
            );
            pki.leaf("client", "ca", "extendedKeyUsage=clientAuth");
            pki.leaf("operator", "ca", "extendedKeyUsage=clientAuth");
            pki.leaf("stranger", "other-ca", "extendedKeyUsage=clientAuth");
            pki
        })
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }

    pub fn openssl(&self, args: &[&str]) {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(&self.dir)
            .output()
            .expect("openssl (make deps installs it)");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// `openssl req` with a new P-256 key in `<name>.key`, plus `args`.
    pub fn request_with_new_key(&self, name: &str, args: &[&str]) {
        let key = format!("{name}.key");
        let mut all = vec![
            "req",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            &key,
        ];
        all.extend_from_slice(args);
        self.openssl(&all);
    }

    pub fn ca(&self, name: &str) {
        let (pem, subject) = (
            format!("{name}.pem"),
            format!("/CN=grpc-stream test {name}"),
        );
        self.request_with_new_key(
            name,
            &["-x509", "-out", &pem, "-days", "2", "-subj", &subject],
        );
    }

    pub fn leaf(&self, name: &str, ca: &str, extensions: &str) {
        std::fs::write(self.path(&format!("{name}.ext")), extensions).unwrap();
        let (csr, subject) = (format!("{name}.csr"), format!("/CN={name}"));
        self.request_with_new_key(name, &["-out", &csr, "-subj", &subject]);
        self.openssl(&[
            "x509",
            "-req",
            "-in",
            &format!("{name}.csr"),
            "-CA",
            &format!("{ca}.pem"),
            "-CAkey",
            &format!("{ca}.key"),
            "-CAcreateserial",
            "-days",
            "2",
            "-out",
            &format!("{name}.pem"),
            "-extfile",
            &format!("{name}.ext"),
        ]);
    }

    pub fn server_tls(&self) -> ServerTls {
        ServerTls::new(self.read("server.pem"), self.read("server.key")).unwrap()
    }

    pub fn mutual_server_tls(&self) -> ServerTls {
        self.server_tls()
            .require_client_certificates(self.read("ca.pem"))
            .unwrap()
    }

    /// A client trusting the CA in `ca_file` and expecting `server_name`.
    pub fn trusting(&self, ca_file: &str, server_name: &str) -> ClientTls {
        ClientTls::new()
            .ca(self.read(ca_file))
            .unwrap()
            .server_name(server_name)
            .unwrap()
    }

    pub fn client_tls(&self) -> ClientTls {
        self.trusting("ca.pem", "localhost")
    }

    pub fn client_identity(&self, tls: ClientTls, who: &str) -> ClientTls {
        tls.identity(
            self.read(&format!("{who}.pem")),
            self.read(&format!("{who}.key")),
        )
        .unwrap()
    }
}
