//! `ctl pki check --endpoints`: what live members actually serve. Each URL gets a TLS handshake
//! that records the certificate chain whatever it holds, and the chain is then judged the way
//! an etcd client would: signed by a trusted CA, valid for the URL's host, usable for server
//! auth, and not expired.

use std::io::Write;
use std::net::{TcpStream, ToSocketAddrs};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ::time::OffsetDateTime;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::{DigitallySignedStruct, SignatureScheme};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use serde::Serialize;
use x509_parser::prelude::*;

use super::certinfo::describe_certificate;
use super::check::{expiry_finding, san_covers, worst, Finding, Status};
use super::issue::rfc3339;
use crate::client::endpoint::Endpoint;
use crate::client::tls::AcceptAnyServer;
use crate::error::{Error, Result};

/// How long one endpoint may take to connect and shake hands.
const PROBE_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Serialize)]
pub struct EndpointReport {
    pub url: String,
    pub subject: String,
    pub issuer: String,
    pub serial: String,
    #[serde(with = "::time::serde::rfc3339::option")]
    pub not_after: Option<OffsetDateTime>,
    pub sans: Vec<String>,
    pub tls_version: String,
    pub findings: Vec<Finding>,
}

impl EndpointReport {
    pub fn status(&self) -> Status {
        worst(&self.findings)
    }
}

/// Records the chain a server presents and accepts it; the judging happens afterwards, so a
/// bad certificate is reported rather than only refused. Handshake signatures are still
/// checked (by the client's `--insecure-skip-tls-verify` verifier).
#[derive(Debug)]
struct Recorder {
    signatures: AcceptAnyServer,
    chain: Mutex<Vec<Vec<u8>>>,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let mut chain = self.chain.lock().expect("not poisoned");
        *chain = std::iter::once(end_entity)
            .chain(intermediates)
            .map(|c| c.to_vec())
            .collect();
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.signatures.supported_verify_schemes()
    }
}

/// Probes one URL. `cas` are the trusted CA certificates (DER); `identity` is a client
/// certificate chain and key to offer, for listeners that require one.
pub fn probe(
    url: &str,
    cas: &[Vec<u8>],
    identity: Option<(
        Vec<CertificateDer<'static>>,
        rustls_pki_types::PrivateKeyDer<'static>,
    )>,
) -> Result<EndpointReport> {
    let endpoint = Endpoint::parse(url, true).map_err(|e| {
        Error::new(
            e,
            "pass the members' client and peer URLs, as https://10.0.0.1:2379",
        )
    })?;
    if !endpoint.is_tls() {
        return Err(Error::new(
            format!("\"{url}\" is not an https URL"),
            "pass the members' client and peer URLs, as https://10.0.0.1:2379",
        ));
    }
    let (host, port) = (endpoint.url.host.clone(), endpoint.url.port);
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let recorder = Arc::new(Recorder {
        signatures: AcceptAnyServer(provider.clone()),
        chain: Mutex::new(Vec::new()),
    });
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::new(format!("TLS: {e}"), "this is a bug in ctl"))?
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone());
    let config = match identity {
        Some((certs, key)) => builder.with_client_auth_cert(certs, key).map_err(|e| {
            Error::new(
                format!("the client certificate and key do not make a pair: {e}"),
                "pass --cert and --key of one client certificate",
            )
        })?,
        None => builder.with_no_client_auth(),
    };
    let unreachable = |e: std::io::Error| {
        Error::new(
            format!("{url}: cannot connect: {e}"),
            "check that the member runs and listens on that URL",
        )
    };
    let address = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(unreachable)?
        .next()
        .ok_or_else(|| unreachable(std::io::ErrorKind::NotFound.into()))?;
    let mut tcp = TcpStream::connect_timeout(&address, PROBE_TIMEOUT).map_err(unreachable)?;
    tcp.set_read_timeout(Some(PROBE_TIMEOUT)).ok();
    tcp.set_write_timeout(Some(PROBE_TIMEOUT)).ok();
    let server_name = endpoint.server_name().map_err(|e| e.context(url))?;
    let mut connection = rustls::ClientConnection::new(Arc::new(config), server_name)
        .map_err(|e| Error::new(format!("TLS: {e}"), "this is a bug in ctl"))?;
    let handshake = {
        let mut stream = rustls::Stream::new(&mut connection, &mut tcp);
        stream.flush().and_then(|_| {
            // The handshake completes on the first write; a server that refuses our client
            // certificate answers with an alert after it sent its own, which we have by then.
            while stream.conn.is_handshaking() {
                stream.conn.complete_io(stream.sock)?;
            }
            Ok(())
        })
    };
    let chain = recorder.chain.lock().expect("not poisoned").clone();
    let Some(leaf_der) = chain.first() else {
        return Err(Error::new(
            format!(
                "{url}: no certificate received{}",
                handshake
                    .err()
                    .map(|e| format!(" ({e})"))
                    .unwrap_or_default()
            ),
            "check that the URL is a TLS listener (https)",
        ));
    };
    let tls_version = connection
        .protocol_version()
        .map(|v| format!("{v:?}").replace("TLSv1_", "TLS1."))
        .unwrap_or_else(|| "-".into());
    let mut findings = Vec::new();
    let mut add = |check: &'static str, status: Status, detail: String| {
        findings.push(Finding {
            check,
            status,
            detail,
        })
    };
    if let Err(e) = &handshake {
        add(
            "handshake",
            Status::Warn,
            format!("the handshake did not finish: {e}"),
        );
    }
    let info = describe_certificate(leaf_der).map_err(|e| e.context(url))?;
    let (_, leaf) = X509Certificate::from_der(leaf_der).expect("described above");

    let signer = cas.iter().find_map(|ca_der| {
        let (_, ca) = X509Certificate::from_der(ca_der).ok()?;
        (ca.subject().as_raw() == leaf.issuer().as_raw()
            && leaf.verify_signature(Some(ca.public_key())).is_ok())
        .then(|| ca.subject().to_string())
    });
    match signer {
        Some(ca) => add("chain", Status::Ok, format!("signed by {ca}")),
        None => add(
            "chain",
            Status::Fail,
            format!(
                "issued by {}, which is not among the trusted CAs",
                info.issuer.rfc4514
            ),
        ),
    }
    if san_covers(&info.sans, &host) {
        add("hosts", Status::Ok, format!("valid for {host}"));
    } else {
        add(
            "hosts",
            Status::Fail,
            format!(
                "not valid for {host}; valid for {}",
                if info.sans.is_empty() {
                    "no names".to_string()
                } else {
                    info.sans.join(", ")
                }
            ),
        );
    }
    let has = |u: &str| {
        info.extended_key_usages
            .iter()
            .any(|e| e == u || e == "any")
    };
    if info.extended_key_usages.is_empty() || has("server auth") {
        add("usages", Status::Ok, info.extended_key_usages.join(", "));
    } else {
        add(
            "usages",
            Status::Fail,
            format!(
                "lacks server auth; has {}",
                info.extended_key_usages.join(", ")
            ),
        );
    }
    let (status, detail) = expiry_finding(&info);
    add("expiry", status, detail);
    Ok(EndpointReport {
        url: url.to_string(),
        subject: info.subject.rfc4514.clone(),
        issuer: info.issuer.rfc4514.clone(),
        serial: leaf.raw_serial_as_string(),
        not_after: Some(info.not_after),
        sans: info.sans.clone(),
        tls_version,
        findings,
    })
}

/// A report for a URL that could not be probed at all.
pub fn unreachable_report(url: &str, error: &Error) -> EndpointReport {
    EndpointReport {
        url: url.to_string(),
        subject: String::new(),
        issuer: String::new(),
        serial: String::new(),
        not_after: None,
        sans: Vec::new(),
        tls_version: "-".into(),
        findings: vec![Finding {
            check: "handshake",
            status: Status::Fail,
            detail: error
                .cause
                .strip_prefix(&format!("{url}: "))
                .unwrap_or(&error.cause)
                .to_string(),
        }],
    }
}

/// The CA certificates of a PEM bundle file.
pub fn read_bundle(path: &Path) -> Result<Vec<Vec<u8>>> {
    Ok(crate::pem::read_certs(path, "CA certificate")?
        .into_iter()
        .map(|c| c.to_vec())
        .collect())
}

/// One line per endpoint, then each problem on its own line.
pub fn endpoints_table(reports: &[EndpointReport]) -> String {
    let mut rows = vec![[
        "URL", "STATUS", "SUBJECT", "ISSUER", "SERIAL", "EXPIRES", "TLS",
    ]
    .map(String::from)
    .to_vec()];
    for r in reports {
        rows.push(vec![
            r.url.clone(),
            match r.status() {
                Status::Ok => "ok",
                Status::Warn => "WARN",
                Status::Fail => "FAIL",
            }
            .to_string(),
            r.subject.clone(),
            r.issuer.clone(),
            r.serial.clone(),
            r.not_after.map(rfc3339).unwrap_or_else(|| "-".into()),
            r.tls_version.clone(),
        ]);
    }
    let mut out = super::check::aligned(&rows);
    out += &super::check::problem_lines(reports.iter().map(|r| (r.url.as_str(), &r.findings)));
    out
}
