//! A URL as etcd's flags take them: scheme http or https, host and port (IPv6 hosts in
//! brackets). Members and clients share it.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    pub scheme: String,
    pub host: String,
    pub port: u16,
}

impl Url {
    pub fn is_tls(&self) -> bool {
        self.scheme == "https" || self.scheme == "unixs"
    }

    /// host:port, with IPv6 hosts in brackets.
    pub fn authority(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme, self.authority())
    }
}

pub fn parse(text: &str) -> Result<Url, String> {
    let (scheme, rest) = text
        .split_once("://")
        .ok_or_else(|| format!("\"{text}\" lacks a scheme (http:// or https://)"))?;
    if !matches!(scheme, "http" | "https") {
        return Err(format!(
            "\"{text}\" has the scheme {scheme}; use http or https"
        ));
    }
    let rest = rest.trim_end_matches('/');
    if rest.contains('/') {
        return Err(format!(
            "\"{text}\" has a path; etcd URLs are scheme://host:port"
        ));
    }
    let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
        let (host, port) = v6
            .split_once("]:")
            .ok_or_else(|| format!("\"{text}\" lacks a port"))?;
        (host.to_string(), port)
    } else {
        let (host, port) = rest
            .rsplit_once(':')
            .ok_or_else(|| format!("\"{text}\" lacks a port"))?;
        (host.to_string(), port)
    };
    if host.is_empty() {
        return Err(format!("\"{text}\" lacks a host"));
    }
    let port = port
        .parse::<u16>()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| format!("\"{text}\" has an invalid port"))?;
    Ok(Url {
        scheme: scheme.to_string(),
        host,
        port,
    })
}
