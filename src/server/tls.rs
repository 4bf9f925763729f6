//! The member's TLS material for one side (clients or peers), reloaded when its files change on
//! disk: new connections get the new certificate, live ones keep theirs. A new set is checked
//! before it is used (it parses, the key matches the certificate, the certificate chains to the
//! trusted CAs and is valid now); a set that fails is refused with a log line and a metric, and
//! the member goes on with what it had.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime};

use rcgen::PublicKeyData as _;
use rustls::client::danger::HandshakeSignatureValid;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, CertificateRevocationListDer, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::WebPkiClientVerifier;
use rustls::{DigitallySignedStruct, DistinguishedName, RootCertStore, SignatureScheme};
use x509_parser::prelude::*;

use crate::error::{Error, Result};
use crate::pem::{read_certs, read_key};
use crate::server::config::{TlsFiles, TlsPolicy};

/// How often the files are looked at.
const POLL: Duration = Duration::from_secs(1);
/// A change must hold this long before it is read, so a certificate and its key written one
/// after the other are read together.
const SETTLE: Duration = Duration::from_millis(400);

/// The TLS 1.2 suites ctl offers, by IANA name (Go's names for ChaCha20 too).
pub const TLS12_SUITE_NAMES: &[&str] = &[
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
];

/// The rustls suite of a TLS 1.2 suite name.
pub fn tls12_suite(name: &str) -> Option<rustls::SupportedCipherSuite> {
    use rustls::crypto::aws_lc_rs::cipher_suite as suite;
    Some(match name {
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" => suite::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384" => suite::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
        | "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305" => {
            suite::TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
        }
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" => suite::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" => suite::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256" | "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305" => {
            suite::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
        }
        _ => return None,
    })
}

/// The crypto provider and protocol versions `policy` allows.
fn provider(policy: &TlsPolicy) -> Arc<CryptoProvider> {
    let mut provider = rustls::crypto::aws_lc_rs::default_provider();
    if !policy.cipher_suites.is_empty() {
        let chosen: Vec<_> = policy
            .cipher_suites
            .iter()
            .filter_map(|n| tls12_suite(n))
            .collect();
        provider.cipher_suites.retain(|s| {
            s.version() == &rustls::version::TLS13 || chosen.iter().any(|c| c.suite() == s.suite())
        });
    }
    Arc::new(provider)
}

fn versions(policy: &TlsPolicy) -> &'static [&'static rustls::SupportedProtocolVersion] {
    static BOTH: &[&rustls::SupportedProtocolVersion] =
        &[&rustls::version::TLS13, &rustls::version::TLS12];
    static ONLY_13: &[&rustls::SupportedProtocolVersion] = &[&rustls::version::TLS13];
    static ONLY_12: &[&rustls::SupportedProtocolVersion] = &[&rustls::version::TLS12];
    if policy.tls13_only {
        ONLY_13
    } else if policy.tls12_only {
        ONLY_12
    } else {
        BOTH
    }
}

/// One loaded set: the server side's configuration, the client side's (peers dial with it),
/// and when its certificates end.
pub struct Material {
    pub server: Arc<rustls::ServerConfig>,
    pub client: Arc<rustls::ClientConfig>,
    /// The certificate's end, seconds since the epoch.
    pub cert_not_after: i64,
    /// The earliest end among the trusted CAs.
    pub ca_not_after: Option<i64>,
    /// The certificate's serial, in hex, for the log.
    pub serial: String,
}

/// What looking at the files found.
#[derive(Debug)]
pub enum Reload {
    Unchanged,
    Reloaded,
    Refused(Error),
}

/// A side's files and the set loaded from them.
pub struct ReloadingTls {
    pub side: &'static str,
    pub files: TlsFiles,
    policy: TlsPolicy,
    current: RwLock<Arc<Material>>,
    /// What the files looked like when last read (or last refused).
    stamps: Mutex<Vec<Stamp>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    path: PathBuf,
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

fn stamps(files: &TlsFiles) -> Vec<Stamp> {
    use std::os::unix::fs::MetadataExt;
    files
        .paths()
        .into_iter()
        .map(|path| {
            // Through symlinks, so a swapped link (Kubernetes secrets) counts as a change.
            let meta = std::fs::metadata(path).ok();
            Stamp {
                path: path.to_path_buf(),
                modified: meta.as_ref().and_then(|m| m.modified().ok()),
                len: meta.as_ref().map_or(0, |m| m.len()),
                inode: meta.as_ref().map_or(0, |m| m.ino()),
            }
        })
        .collect()
}

impl ReloadingTls {
    /// Loads the side's files; at start a bad set is an error.
    pub fn load(
        side: &'static str,
        files: &TlsFiles,
        policy: &TlsPolicy,
    ) -> Result<Arc<ReloadingTls>> {
        let before = stamps(files);
        let material = build(files, policy)?;
        Ok(Arc::new(ReloadingTls {
            side,
            files: files.clone(),
            policy: policy.clone(),
            current: RwLock::new(Arc::new(material)),
            stamps: Mutex::new(before),
        }))
    }

    pub fn material(&self) -> Arc<Material> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn server(&self) -> Arc<rustls::ServerConfig> {
        self.material().server.clone()
    }

    pub fn client(&self) -> Arc<rustls::ClientConfig> {
        self.material().client.clone()
    }

    /// Looks at the files, waiting for a change to settle; reloads when they changed.
    pub fn check(&self) -> Reload {
        let now = stamps(&self.files);
        if *self.stamps.lock().unwrap_or_else(|e| e.into_inner()) == now {
            return Reload::Unchanged;
        }
        std::thread::sleep(SETTLE);
        let settled = stamps(&self.files);
        if settled != now {
            return Reload::Unchanged; // still being written: look again next time
        }
        *self.stamps.lock().unwrap_or_else(|e| e.into_inner()) = settled;
        match build(&self.files, &self.policy) {
            Ok(material) => {
                *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(material);
                Reload::Reloaded
            }
            Err(e) => Reload::Refused(e),
        }
    }

    /// Watches the files on a thread of its own for as long as the process runs; `report` is
    /// told of every reload and refusal.
    pub fn watch(self: &Arc<Self>, report: impl Fn(&ReloadingTls, &Reload) + Send + 'static) {
        let tls = self.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("ctl-tls-{}", self.side))
            .spawn(move || loop {
                std::thread::sleep(POLL);
                let outcome = tls.check();
                match &outcome {
                    Reload::Unchanged => {}
                    Reload::Reloaded => {
                        let m = tls.material();
                        tracing::info!(
                            side = tls.side,
                            cert = %tls.files.cert_file.display(),
                            serial = %m.serial,
                            not_after = m.cert_not_after,
                            "reloaded the {} TLS files: new connections use them",
                            tls.side
                        );
                    }
                    Reload::Refused(e) => tracing::warn!(
                        side = tls.side,
                        "refused the changed {} TLS files, serving with the previous ones: {}; {}",
                        tls.side,
                        e.cause,
                        e.hint
                    ),
                }
                report(&tls, &outcome);
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot watch the {} TLS files: {e}", self.side);
        }
    }
}

fn parse<'a>(der: &'a CertificateDer<'_>, path: &Path) -> Result<X509Certificate<'a>> {
    X509Certificate::from_der(der.as_ref())
        .map(|(_, c)| c)
        .map_err(|e| {
            Error::new(
                format!("{}: not a certificate: {e}", path.display()),
                "write a PEM certificate there",
            )
        })
}

/// Reads and checks a side's files, and builds both configurations from them.
pub fn build(files: &TlsFiles, policy: &TlsPolicy) -> Result<Material> {
    let certs = read_certs(&files.cert_file, "certificate")?;
    let key = read_key(&files.key_file, "--cert-file")?;
    let leaf = parse(&certs[0], &files.cert_file)?;
    let key_text = crate::input::read_text(&files.key_file)?;
    let loaded =
        crate::pki::keys::load_private_key(&key_text, &files.key_file.display().to_string())?;
    if leaf.public_key().raw != loaded.key_pair.subject_public_key_info().as_slice() {
        return Err(Error::new(
            format!(
                "{} is not the key of {}",
                files.key_file.display(),
                files.cert_file.display()
            ),
            "write the certificate and the key it was issued for (ctl pki renew writes both)",
        ));
    }
    let now = ::time::OffsetDateTime::now_utc().unix_timestamp();
    let (not_before, not_after) = (
        leaf.validity().not_before.timestamp(),
        leaf.validity().not_after.timestamp(),
    );
    if not_after < now || not_before > now + 300 {
        return Err(Error::new(
            format!(
                "{} is not valid now (valid {} to {})",
                files.cert_file.display(),
                leaf.validity().not_before,
                leaf.validity().not_after
            ),
            "renew it: ctl pki renew",
        ));
    }
    let provider = provider(policy);
    let mut roots = RootCertStore::empty();
    let mut ca_not_after = None;
    if let Some(ca_path) = &files.trusted_ca_file {
        let cas = read_certs(ca_path, "trusted CA")?;
        let mut signed_by_one = false;
        for ca in &cas {
            let parsed = parse(ca, ca_path)?;
            let end = parsed.validity().not_after.timestamp();
            ca_not_after = Some(ca_not_after.map_or(end, |e: i64| e.min(end)));
            if leaf.issuer() == parsed.subject()
                && leaf.verify_signature(Some(parsed.public_key())).is_ok()
            {
                signed_by_one = true;
            }
            roots.add(ca.clone()).map_err(|e| {
                Error::new(
                    format!("{}: not a usable CA certificate: {e}", ca_path.display()),
                    "write the CA certificates (PEM) there",
                )
            })?;
        }
        if !signed_by_one {
            return Err(Error::new(
                format!(
                    "{} is not signed by a CA in {} (its issuer: {})",
                    files.cert_file.display(),
                    ca_path.display(),
                    leaf.issuer()
                ),
                "issue it from the trusted CA, or add its CA to the trusted CA file first",
            ));
        }
    }
    let crls = match &files.crl_file {
        Some(path) => read_crls(path)?,
        None => Vec::new(),
    };
    let serial = leaf.raw_serial_as_string().replace(':', "");

    let unusable_policy = |e: rustls::Error| {
        Error::new(
            format!("TLS: {e}"),
            "check --tls-min-version and --cipher-suites",
        )
    };
    let server = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(versions(policy))
        .map_err(unusable_policy)?;
    let server = if files.trusted_ca_file.is_some() {
        let builder =
            WebPkiClientVerifier::builder_with_provider(Arc::new(roots.clone()), provider.clone())
                .with_crls(crls);
        let builder = if files.client_cert_auth {
            builder
        } else {
            builder.allow_unauthenticated()
        };
        let verifier = builder.build().map_err(|e| {
            Error::new(format!("TLS: {e}"), "check the trusted CA file and the CRL")
        })?;
        let verifier: Arc<dyn ClientCertVerifier> =
            if files.allowed_cns.is_empty() && files.allowed_hostnames.is_empty() {
                verifier
            } else {
                Arc::new(AllowedNames {
                    inner: verifier,
                    cns: files.allowed_cns.clone(),
                    hostnames: files.allowed_hostnames.clone(),
                })
            };
        server.with_client_cert_verifier(verifier)
    } else {
        server.with_no_client_auth()
    };
    let mut server = server
        .with_single_cert(certs.clone(), key.clone_key())
        .map_err(|e| {
            Error::new(
                format!(
                    "{} and {} do not make a usable pair: {e}",
                    files.cert_file.display(),
                    files.key_file.display()
                ),
                "write the certificate and the key it was issued for",
            )
        })?;
    server.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];

    let client = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(versions(policy))
        .map_err(unusable_policy)?;
    let client = if files.trusted_ca_file.is_some() {
        client.with_root_certificates(roots)
    } else {
        let verifier = rustls_platform_verifier::Verifier::new(provider.clone()).map_err(|e| {
            Error::new(
                format!("cannot load the system's trusted certificates: {e}"),
                "give the peer side a trusted CA file",
            )
        })?;
        client
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
    };
    let mut client = client
        .with_client_auth_cert(certs, key)
        .map_err(|e| Error::new(format!("TLS: {e}"), "write the certificate and its key"))?;
    client.alpn_protocols = vec![b"h2".to_vec()];
    Ok(Material {
        server: Arc::new(server),
        client: Arc::new(client),
        cert_not_after: not_after,
        ca_not_after,
        serial,
    })
}

/// Bare base64 (whitespace allowed), decoded.
fn base64_der(bytes: &[u8]) -> Option<Vec<u8>> {
    use base64::Engine as _;
    let text: Vec<u8> = bytes
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    base64::engine::general_purpose::STANDARD.decode(text).ok()
}

/// A CRL file in PEM (one or more X509 CRL blocks), DER, or bare base64 DER as `cfssl gencrl`
/// writes it.
fn read_crls(path: &Path) -> Result<Vec<CertificateRevocationListDer<'static>>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io("read", path, &e))?;
    let bad = |why: String| {
        Error::new(
            format!(
                "{}: not a certificate revocation list: {why}",
                path.display()
            ),
            "write the CA's CRL there: PEM (-----BEGIN X509 CRL-----), DER, or `cfssl gencrl` output",
        )
    };
    let crls: Vec<CertificateRevocationListDer<'static>> = if bytes.starts_with(b"-----") {
        use rustls::pki_types::pem::PemObject;
        CertificateRevocationListDer::pem_slice_iter(&bytes)
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| bad(format!("{e:?}")))?
    } else if let Some(der) = base64_der(&bytes) {
        // `cfssl gencrl` prints the DER as bare base64.
        vec![CertificateRevocationListDer::from(der)]
    } else {
        vec![CertificateRevocationListDer::from(bytes)]
    };
    if crls.is_empty() {
        return Err(bad("no X509 CRL block".into()));
    }
    for crl in &crls {
        x509_parser::revocation_list::CertificateRevocationList::from_der(crl.as_ref())
            .map_err(|e| bad(e.to_string()))?;
    }
    Ok(crls)
}

/// etcd's --peer-cert-allowed-cn and --*-cert-allowed-hostname: after the chain checks, the
/// certificate must carry one of the allowed common names, or one of the allowed hosts.
#[derive(Debug)]
struct AllowedNames {
    inner: Arc<dyn ClientCertVerifier>,
    cns: Vec<String>,
    hostnames: Vec<String>,
}

impl ClientCertVerifier for AllowedNames {
    fn offer_client_auth(&self) -> bool {
        self.inner.offer_client_auth()
    }

    fn client_auth_mandatory(&self) -> bool {
        self.inner.client_auth_mandatory()
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        self.inner.root_hint_subjects()
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> std::result::Result<ClientCertVerified, rustls::Error> {
        let verified = self
            .inner
            .verify_client_cert(end_entity, intermediates, now)?;
        let (_, cert) = X509Certificate::from_der(end_entity.as_ref()).map_err(|_| {
            rustls::Error::InvalidCertificate(rustls::CertificateError::BadEncoding)
        })?;
        let cn_allowed = self.cns.is_empty()
            || cert
                .subject()
                .iter_common_name()
                .filter_map(|cn| cn.as_str().ok())
                .any(|cn| self.cns.iter().any(|a| a == cn));
        let host_allowed = self.hostnames.is_empty() || {
            let names: Vec<String> = cert
                .subject_alternative_name()
                .ok()
                .flatten()
                .map(|san| {
                    san.value
                        .general_names
                        .iter()
                        .filter_map(|n| match n {
                            GeneralName::DNSName(d) => Some(d.to_string()),
                            GeneralName::IPAddress(ip) => ip_text(ip),
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            names
                .iter()
                .any(|n| self.hostnames.iter().any(|h| h.eq_ignore_ascii_case(n)))
        };
        if cn_allowed && host_allowed {
            Ok(verified)
        } else {
            Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::ApplicationVerificationFailure,
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

fn ip_text(bytes: &[u8]) -> Option<String> {
    match bytes.len() {
        4 => Some(std::net::Ipv4Addr::from(<[u8; 4]>::try_from(bytes).ok()?).to_string()),
        16 => Some(std::net::Ipv6Addr::from(<[u8; 16]>::try_from(bytes).ok()?).to_string()),
        _ => None,
    }
}
