//! Client endpoints as etcdctl takes them: `host:port` or a URL, comma-separated, IPv6 hosts in
//! brackets. An endpoint without a scheme uses TLS when any TLS flag is given, as etcdctl does.

use rustls_pki_types::ServerName;

use crate::error::{Error, Result};
use crate::url::{self, Url};

/// One endpoint: as the operator wrote it (for output) and as a URL (for connecting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub given: String,
    pub url: Url,
}

impl Endpoint {
    /// Parses `text`; `tls` picks the scheme when it has none.
    pub fn parse(text: &str, tls: bool) -> std::result::Result<Endpoint, String> {
        let text = text.trim();
        let with_scheme = if text.contains("://") {
            text.to_string()
        } else {
            format!("{}://{text}", if tls { "https" } else { "http" })
        };
        // Name the endpoint as written, not with the scheme added here.
        let url = url::parse(&with_scheme)
            .map_err(|e| e.replace(&format!("\"{with_scheme}\""), &format!("\"{text}\"")))?;
        Ok(Endpoint {
            given: text.to_string(),
            url,
        })
    }

    /// An endpoint from a member's advertised client URL.
    pub fn from_url(text: &str) -> std::result::Result<Endpoint, String> {
        Ok(Endpoint {
            given: text.to_string(),
            url: url::parse(text)?,
        })
    }

    pub fn is_tls(&self) -> bool {
        self.url.is_tls()
    }

    /// host:port, IPv6 in brackets.
    pub fn authority(&self) -> String {
        self.url.authority()
    }

    /// The URI tonic is given. Always http: TLS is done by ctl's own connector, so tonic must not
    /// try (and refuse) to do it.
    pub fn grpc_uri(&self) -> String {
        format!("http://{}", self.authority())
    }

    /// The URL of the member's /health endpoint.
    pub fn health_url(&self) -> String {
        format!("{}/health", self.url)
    }

    pub fn metrics_url(&self) -> String {
        format!("{}/metrics", self.url)
    }

    /// The name the server certificate must be valid for: the host, an IP address or a DNS name.
    pub fn server_name(&self) -> Result<ServerName<'static>> {
        ServerName::try_from(self.url.host.clone()).map_err(|_| {
            Error::new(
                format!("{} is not a host name or IP address", self.url.host),
                "write endpoints like 127.0.0.1:2379, https://etcd-1:2379 or [::1]:2379",
            )
        })
    }
}

/// Parses a comma-separated endpoint list.
pub fn parse_list(text: &str, tls: bool) -> Result<Vec<Endpoint>> {
    let endpoints = text
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|e| Endpoint::parse(e, tls))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|problem| {
            Error::new(
                format!("--endpoints: {problem}"),
                "write endpoints like 127.0.0.1:2379,https://10.0.0.2:2379 or [::1]:2379",
            )
        })?;
    if endpoints.is_empty() {
        return Err(Error::new(
            "--endpoints is empty",
            "name at least one member, e.g. --endpoints 127.0.0.1:2379",
        ));
    }
    Ok(endpoints)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_hosts_and_ports() {
        let e = Endpoint::parse("127.0.0.1:2379", false).unwrap();
        assert_eq!(e.url.to_string(), "http://127.0.0.1:2379");
        assert_eq!(e.given, "127.0.0.1:2379");
        let e = Endpoint::parse("127.0.0.1:2379", true).unwrap();
        assert_eq!(e.url.to_string(), "https://127.0.0.1:2379");
        let e = Endpoint::parse("http://10.0.0.1:2379", true).unwrap();
        assert!(!e.is_tls());
        let e = Endpoint::parse("[::1]:2379", true).unwrap();
        assert_eq!(e.url.host, "::1");
        assert_eq!(e.grpc_uri(), "http://[::1]:2379");
        assert_eq!(e.health_url(), "https://[::1]:2379/health");
        assert!(e.server_name().is_ok());
    }

    #[test]
    fn bad_lists_are_refused_with_the_culprit() {
        let err = parse_list("127.0.0.1:2379,127.0.0.2", false).unwrap_err();
        assert!(err.cause.contains("127.0.0.2"), "{err:?}");
        assert!(parse_list(" , ", false).is_err());
        assert_eq!(parse_list("a:1,b:2", false).unwrap().len(), 2);
    }
}
