//! Client TLS: the operator's CA, client certificate and key as a rustls configuration, and a
//! certificate verifier that, when it refuses a server, says why in words an operator can act
//! on (which authority signed it, which names it is valid for, when it expired).

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::{CertificateError, DigitallySignedStruct, OtherError, RootCertStore, SignatureScheme};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

use crate::error::{Error, Result};
use crate::pem::{read_certs, read_key};

/// The TLS flags of a client command.
#[derive(Debug, Clone, Default)]
pub struct TlsOptions {
    pub cacert: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    pub insecure_skip_verify: bool,
}

impl TlsOptions {
    /// Whether any TLS flag was given (then endpoints without a scheme use https).
    pub fn any(&self) -> bool {
        self.cacert.is_some()
            || self.cert.is_some()
            || self.key.is_some()
            || self.insecure_skip_verify
    }
}

/// rustls configurations for gRPC (ALPN h2) and for HTTP (/health, ALPN http/1.1).
#[derive(Clone)]
pub struct ClientTls {
    pub grpc: Arc<rustls::ClientConfig>,
    pub http: Arc<rustls::ClientConfig>,
    /// Whether a client certificate is offered; shapes the explanation of a refusal.
    pub sends_cert: bool,
}

/// Builds the client TLS configuration from the flags, checking the files first.
pub fn client_tls(options: &TlsOptions) -> Result<ClientTls> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let inner: Arc<dyn ServerCertVerifier> = if options.insecure_skip_verify {
        Arc::new(AcceptAnyServer(provider.clone()))
    } else if let Some(ca) = &options.cacert {
        let mut roots = RootCertStore::empty();
        for cert in read_certs(ca, "CA certificate (--cacert)")? {
            roots.add(cert).map_err(|e| {
                Error::new(
                    format!("{}: not a usable CA certificate: {e}", ca.display()),
                    "pass the CA certificate that signed the members' server certificates (ca.pem)",
                )
            })?;
        }
        WebPkiServerVerifier::builder_with_provider(roots.into(), provider.clone())
            .build()
            .map_err(|e| Error::new(format!("--cacert {}: {e}", ca.display()), "pass ca.pem"))?
    } else {
        Arc::new(
            rustls_platform_verifier::Verifier::new(provider.clone()).map_err(|e| {
                Error::new(
                    format!("cannot load the system's trusted certificates: {e}"),
                    "pass --cacert with the cluster's CA",
                )
            })?,
        )
    };
    let verifier = Arc::new(ExplainingVerifier {
        inner,
        cacert: options.cacert.clone(),
    });
    let identity = match (&options.cert, &options.key) {
        (Some(cert), Some(key)) => Some((
            read_certs(cert, "client certificate (--cert)")?,
            read_key(key, "--cert")?,
        )),
        (Some(_), None) => {
            return Err(Error::new(
                "--cert is given without --key",
                "pass the client certificate's private key with --key (e.g. client-key.pem)",
            ))
        }
        (None, Some(_)) => {
            return Err(Error::new(
                "--key is given without --cert",
                "pass the client certificate with --cert (e.g. client.pem)",
            ))
        }
        (None, None) => None,
    };
    let build = |alpn: &[u8]| -> Result<Arc<rustls::ClientConfig>> {
        let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::new(format!("TLS: {e}"), "this is a bug in ctl"))?
            .dangerous()
            .with_custom_certificate_verifier(verifier.clone());
        let mut config = match &identity {
            Some((certs, key)) => builder
                .with_client_auth_cert(certs.clone(), key.clone_key())
                .map_err(|e| {
                    Error::new(
                        format!(
                            "{} and {} do not make a usable pair: {e}",
                            options.cert.clone().unwrap_or_default().display(),
                            options.key.clone().unwrap_or_default().display()
                        ),
                        "pass the client certificate and the key it was issued for",
                    )
                })?,
            None => builder.with_no_client_auth(),
        };
        config.alpn_protocols = vec![alpn.to_vec()];
        Ok(Arc::new(config))
    };
    Ok(ClientTls {
        grpc: build(b"h2")?,
        http: build(b"http/1.1")?,
        sends_cert: identity.is_some(),
    })
}

/// Why a server certificate was refused, in an operator's words. It travels inside rustls's
/// error (as `CertificateError::Other`) up to where the endpoint's URL is known.
#[derive(Debug, Clone)]
pub struct CertificateProblem {
    /// Completes "the certificate of <url> …".
    pub cause: String,
    pub hint: String,
}

impl fmt::Display for CertificateProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the certificate {}", self.cause)
    }
}

impl std::error::Error for CertificateProblem {}

/// What the server's certificate says about itself, for explanations.
struct Presented {
    issuer: String,
    names: Vec<String>,
    not_before: String,
    not_after: String,
}

fn presented(der: &CertificateDer<'_>) -> Option<Presented> {
    use x509_parser::extensions::GeneralName;
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    let issuer = match cert
        .issuer()
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
    {
        Some(cn) => format!("CN={cn}"),
        None => cert.issuer().to_string(),
    };
    let mut names = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for name in &san.value.general_names {
            match name {
                GeneralName::DNSName(dns) => names.push(dns.to_string()),
                GeneralName::IPAddress(bytes) => {
                    let ip = match bytes.len() {
                        4 => <[u8; 4]>::try_from(*bytes).ok().map(std::net::IpAddr::from),
                        16 => <[u8; 16]>::try_from(*bytes)
                            .ok()
                            .map(std::net::IpAddr::from),
                        _ => None,
                    };
                    if let Some(ip) = ip {
                        names.push(ip.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    let date = |t: x509_parser::time::ASN1Time| {
        t.to_datetime()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| t.to_string())
    };
    Some(Presented {
        issuer,
        names,
        not_before: date(cert.validity().not_before),
        not_after: date(cert.validity().not_after),
    })
}

fn server_name_text(name: &ServerName<'_>) -> String {
    match name {
        ServerName::DnsName(dns) => dns.as_ref().to_string(),
        ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
        other => format!("{other:?}"),
    }
}

/// Turns a certificate refusal into a [`CertificateProblem`].
fn explain_refusal(
    error: &CertificateError,
    end_entity: &CertificateDer<'_>,
    server_name: &ServerName<'_>,
    cacert: Option<&std::path::Path>,
) -> CertificateProblem {
    let Some(cert) = presented(end_entity) else {
        return CertificateProblem {
            cause: format!("cannot be read: {error}"),
            hint: "check the member's --cert-file".into(),
        };
    };
    let host = server_name_text(server_name);
    match error {
        CertificateError::UnknownIssuer | CertificateError::BadSignature => CertificateProblem {
            cause: format!("is signed by an unknown authority (issuer {})", cert.issuer),
            hint: match cacert {
                Some(ca) => format!(
                    "{} is not the CA that signed it: pass --cacert with the cluster's CA (issuer {})",
                    ca.display(),
                    cert.issuer
                ),
                None => "pass --cacert with that CA (e.g. --cacert ca.pem)".into(),
            },
        },
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            CertificateProblem {
                cause: format!(
                    "is valid for {}, not {host}",
                    if cert.names.is_empty() {
                        "no host name or address".to_string()
                    } else {
                        cert.names.join(", ")
                    }
                ),
                hint: format!(
                    "connect to one of those names, or reissue the server certificate with {host} \
                     among its hosts (ctl pki gencert --hostname …)"
                ),
            }
        }
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => CertificateProblem {
            cause: format!("expired at {}", cert.not_after),
            hint: "renew the member's server certificate (ctl pki gencert) and restart it".into(),
        },
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            CertificateProblem {
                cause: format!("is not valid before {}", cert.not_before),
                hint: "check the clocks of this machine and of the host that issued it".into(),
            }
        }
        other => CertificateProblem {
            cause: format!("is refused: {other}"),
            hint: "check the member's --cert-file and this command's --cacert".into(),
        },
    }
}

/// Delegates verification, and replaces a refusal's reason with a [`CertificateProblem`].
#[derive(Debug)]
struct ExplainingVerifier {
    inner: Arc<dyn ServerCertVerifier>,
    cacert: Option<PathBuf>,
}

impl ServerCertVerifier for ExplainingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            .map_err(|error| match error {
                rustls::Error::InvalidCertificate(reason) => {
                    let problem =
                        explain_refusal(&reason, end_entity, server_name, self.cacert.as_deref());
                    rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(
                        Arc::new(problem),
                    )))
                }
                other => other,
            })
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

/// --insecure-skip-tls-verify: any server certificate is accepted, but the handshake signatures
/// are still checked, so the connection is at least encrypted to whoever holds that key.
#[derive(Debug)]
pub(crate) struct AcceptAnyServer(pub(crate) Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAnyServer {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
