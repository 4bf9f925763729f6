//! Connection failures in an operator's words. Errors from tonic, hyper, reqwest, rustls and the
//! OS arrive as chains of sources; the most telling link decides the explanation.

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

use rustls::AlertDescription;

use super::endpoint::Endpoint;
use super::tls::CertificateProblem;
use crate::error::Error;

/// The connector gave up waiting for TCP and TLS.
#[derive(Debug)]
pub struct DialTimeout(pub Duration);

impl fmt::Display for DialTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no connection within {:?}", self.0)
    }
}

impl StdError for DialTimeout {}

/// The first link of the chain with a known explanation of why `endpoint` could not be used;
/// `sends_cert` tells whether this client offered a certificate. (Session::diagnose probes the
/// endpoint when no link says.)
pub fn find(
    err: &(dyn StdError + 'static),
    endpoint: &Endpoint,
    sends_cert: bool,
) -> Option<Error> {
    let mut link: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(current) = link {
        // io::Error hides its payload (often a rustls error) from source(): look inside first.
        if let Some(inner) = current
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            if let Some(found) = find(inner, endpoint, sends_cert) {
                return Some(found);
            }
        }
        if let Some(found) = explain_link(current, endpoint, sends_cert) {
            return Some(found);
        }
        link = current.source();
    }
    None
}

/// The catch-all: the whole chain of messages.
pub fn unexplained(err: &(dyn StdError + 'static), endpoint: &Endpoint) -> Error {
    let mut text = err.to_string();
    let mut link = err.source();
    while let Some(current) = link {
        let more = current.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        link = current.source();
    }
    let hint = if endpoint.is_tls() {
        "check that the member runs and serves TLS on that address"
    } else {
        "check that the member runs; if it serves TLS, use https:// or pass --cacert"
    };
    Error::new(format!("cannot reach {}: {text}", endpoint.url), hint)
}

fn explain_link(
    link: &(dyn StdError + 'static),
    endpoint: &Endpoint,
    sends_cert: bool,
) -> Option<Error> {
    let authority = endpoint.authority();
    if let Some(problem) = link.downcast_ref::<CertificateProblem>() {
        return Some(certificate(problem, endpoint));
    }
    if let Some(DialTimeout(after)) = link.downcast_ref::<DialTimeout>() {
        return Some(Error::new(
            format!("no answer from {authority} within {after:?}"),
            "check the address and firewalls, that the member is not stopped, or raise --dial-timeout",
        ));
    }
    if let Some(tls) = link.downcast_ref::<rustls::Error>() {
        return explain_tls(tls, endpoint, sends_cert);
    }
    if let Some(io) = link.downcast_ref::<std::io::Error>() {
        use std::io::ErrorKind::*;
        return match io.kind() {
            ConnectionRefused => Some(Error::new(
                format!("connection refused: nothing listens on {authority}"),
                "check that the member runs and that --endpoints names its client URL (port 2379 by default)",
            )),
            TimedOut => Some(Error::new(
                format!("no answer from {authority}: the connection timed out"),
                "check the address and firewalls, and that the member is not stopped",
            )),
            AddrNotAvailable | NetworkUnreachable | HostUnreachable => Some(Error::new(
                format!("{authority} cannot be reached from this host: {io}"),
                "check the address in --endpoints and this host's routes",
            )),
            ConnectionReset | UnexpectedEof | BrokenPipe if !endpoint.is_tls() => {
                Some(plain_to_tls(endpoint))
            }
            _ => None,
        };
    }
    if let Some(h2) = link.downcast_ref::<h2::Error>() {
        if !endpoint.is_tls() && (h2.is_go_away() || h2.is_io() || h2.reason().is_some()) {
            return Some(plain_to_tls(endpoint));
        }
    }
    None
}

pub fn plain_to_tls(endpoint: &Endpoint) -> Error {
    Error::new(
        format!(
            "{} did not answer plain HTTP/2: the member probably serves TLS",
            endpoint.url
        ),
        format!(
            "use https://{} with --cacert (and --cert/--key if it requires client certificates)",
            endpoint.authority()
        ),
    )
}

fn certificate(problem: &CertificateProblem, endpoint: &Endpoint) -> Error {
    Error::new(
        format!("the certificate of {} {}", endpoint.url, problem.cause),
        problem.hint.clone(),
    )
}

fn explain_tls(error: &rustls::Error, endpoint: &Endpoint, sends_cert: bool) -> Option<Error> {
    use rustls::{CertificateError, Error as Tls};
    let url = &endpoint.url;
    match error {
        Tls::InvalidCertificate(CertificateError::Other(other)) => other
            .0
            .downcast_ref::<CertificateProblem>()
            .map(|p| certificate(p, endpoint)),
        Tls::AlertReceived(alert) => Some(match alert {
            AlertDescription::CertificateRequired => client_cert_required(endpoint),
            AlertDescription::BadCertificate
            | AlertDescription::UnknownCA
            | AlertDescription::CertificateUnknown
            | AlertDescription::HandshakeFailure
            | AlertDescription::DecryptError
                if !sends_cert =>
            {
                client_cert_required(endpoint)
            }
            AlertDescription::CertificateRevoked => Error::new(
                format!(
                    "{url} refused this client's certificate: it is revoked (listed in the member's CRL)"
                ),
                "use a certificate that is not revoked: issue a new one (ctl pki gencert), or ask \
                 the operator to take it off the member's --client-crl-file",
            ),
            AlertDescription::CertificateExpired => Error::new(
                format!("{url} refused this client's certificate: it has expired"),
                "renew it (ctl pki renew --dir DIR client) and pass the new --cert",
            ),
            AlertDescription::BadCertificate
            | AlertDescription::UnknownCA
            | AlertDescription::CertificateUnknown
            | AlertDescription::UnsupportedCertificate
            | AlertDescription::AccessDenied
            | AlertDescription::DecryptError => Error::new(
                format!("{url} refused this client's certificate ({alert:?})"),
                "pass --cert/--key issued by the CA the member trusts (its --trusted-ca-file), \
                 with client auth usage, e.g. client.pem from `ctl pki init`",
            ),
            other => Error::new(
                format!("{url} ended the TLS handshake ({other:?})"),
                "check that the member's TLS settings and this command's --cacert/--cert/--key agree",
            ),
        }),
        Tls::InvalidMessage(_) | Tls::InappropriateMessage { .. } => Some(Error::new(
            format!("{url} did not answer TLS: the member probably serves plain http"),
            format!("use http://{}", endpoint.authority()),
        )),
        _ => None,
    }
}

pub fn client_cert_required(endpoint: &Endpoint) -> Error {
    Error::new(
        format!("the server {} requires a client certificate", endpoint.url),
        "pass --cert and --key (e.g. client.pem and client-key.pem from `ctl pki init`)",
    )
}
