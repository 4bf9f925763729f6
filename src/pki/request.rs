//! cfssl's certificate request (`csr.json`): CN, names, hosts, key and CA settings, and how
//! each of them becomes part of a certificate.

use std::net::IpAddr;
use std::path::Path;

use rcgen::{DistinguishedName, DnType, DnValue, SanType};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::keys::KeySpec;
use crate::error::{Error, Result};
use crate::input::{self, as_object, canonical_keys, join_path, Warnings};

/// One entry of a request's `names`: the subject's location and organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    #[serde(rename = "C", default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    #[serde(rename = "ST", default, skip_serializing_if = "String::is_empty")]
    pub province: String,
    #[serde(rename = "L", default, skip_serializing_if = "String::is_empty")]
    pub locality: String,
    #[serde(rename = "O", default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
    #[serde(rename = "OU", default, skip_serializing_if = "String::is_empty")]
    pub organizational_unit: String,
}

/// The `ca` section of a request for a CA certificate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pathlen: i64,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pathlenzero: bool,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// A certificate request as cfssl reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    #[serde(rename = "CN", default)]
    pub common_name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<String>,
    #[serde(default)]
    pub key: KeySpec,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<Name>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca: Option<CaSettings>,
}

pub const REQUEST_FIELDS: &[&str] = &["CN", "hosts", "key", "names", "ca"];

impl Request {
    /// Reads a request file (JSON or YAML; `-` for standard input).
    pub fn load(path: &Path, warnings: &mut Warnings) -> Result<Request> {
        let origin = if path == Path::new("-") {
            "standard input".to_string()
        } else {
            path.display().to_string()
        };
        let text = input::read_text(path)?;
        let value = input::parse(&origin, &text)?;
        Request::from_value(value, &origin, "", warnings)
    }

    /// Reads a request from a document value found at `path` inside `origin`.
    pub fn from_value(
        mut value: Value,
        origin: &str,
        path: &str,
        warnings: &mut Warnings,
    ) -> Result<Request> {
        let object = as_object(&mut value, origin, path)?;
        canonical_keys(object, REQUEST_FIELDS, origin, path, warnings);
        normalize_request_sections(object, origin, path, warnings)?;
        let request: Request = input::typed(value, origin)?;
        request.validate(origin)?;
        Ok(request)
    }

    fn validate(&self, origin: &str) -> Result<()> {
        self.key.validate().map_err(|e| e.context(origin))?;
        for host in &self.hosts {
            san_for(host).map_err(|e| e.context(origin))?;
        }
        if self.common_name.is_empty() && self.hosts.is_empty() {
            return Err(Error::new(
                format!("{origin}: the request has neither a CN nor hosts"),
                "give the certificate a name: \"CN\": \"etcd\"",
            ));
        }
        Ok(())
    }

    /// The subject: C, ST, L, O, OU and CN in the order Go (and so cfssl) writes them, as
    /// PrintableString where the text allows, like Go.
    pub fn subject(&self) -> Result<DistinguishedName> {
        let mut dn = DistinguishedName::new();
        type Field = fn(&Name) -> &str;
        let fields: [(DnType, Field, &str); 5] = [
            (DnType::CountryName, |n| &n.country, "C"),
            (DnType::StateOrProvinceName, |n| &n.province, "ST"),
            (DnType::LocalityName, |n| &n.locality, "L"),
            (DnType::OrganizationName, |n| &n.organization, "O"),
            (
                DnType::OrganizationalUnitName,
                |n| &n.organizational_unit,
                "OU",
            ),
        ];
        for (ty, get, label) in fields {
            let values: Vec<&str> = self
                .names
                .iter()
                .map(get)
                .filter(|v| !v.is_empty())
                .collect();
            if values.len() > 1 {
                return Err(Error::new(
                    format!("the request's names give {label} {} times", values.len()),
                    format!(
                        "ctl writes one {label} per certificate: keep one names entry with {label}"
                    ),
                ));
            }
            if let Some(value) = values.first() {
                dn.push(ty, dn_value(value));
            }
        }
        if !self.common_name.is_empty() {
            dn.push(DnType::CommonName, dn_value(&self.common_name));
        }
        Ok(dn)
    }

    /// The subject alternative names, from `hosts` (or from `override_hosts` when given, as
    /// cfssl's `-hostname` does).
    pub fn sans(&self, override_hosts: Option<&[String]>) -> Result<Vec<SanType>> {
        override_hosts
            .unwrap_or(&self.hosts)
            .iter()
            .map(|h| san_for(h))
            .collect()
    }
}

/// Canonical spelling for the sections nested in a request.
fn normalize_request_sections(
    object: &mut serde_json::Map<String, Value>,
    origin: &str,
    path: &str,
    warnings: &mut Warnings,
) -> Result<()> {
    if let Some(key) = object.get_mut("key") {
        let key_path = join_path(path, "key");
        canonical_keys(
            as_object(key, origin, &key_path)?,
            &["algo", "size"],
            origin,
            &key_path,
            warnings,
        );
    }
    if let Some(ca) = object.get_mut("ca") {
        let ca_path = join_path(path, "ca");
        let ca = as_object(ca, origin, &ca_path)?;
        canonical_keys(
            ca,
            &["expiry", "pathlen", "pathlenzero", "backdate"],
            origin,
            &ca_path,
            warnings,
        );
        ca.remove("backdate");
    }
    if let Some(Value::Array(names)) = object.get_mut("names") {
        for (i, name) in names.iter_mut().enumerate() {
            let name_path = format!("{}[{i}]", join_path(path, "names"));
            canonical_keys(
                as_object(name, origin, &name_path)?,
                &["C", "ST", "L", "O", "OU"],
                origin,
                &name_path,
                warnings,
            );
        }
    }
    Ok(())
}

fn dn_value(text: &str) -> DnValue {
    match rcgen::string::PrintableString::try_from(text) {
        Ok(printable) => DnValue::PrintableString(printable),
        Err(_) => DnValue::Utf8String(text.to_string()),
    }
}

/// The SAN a host entry becomes, as cfssl decides: an IP address, an e-mail address, a URI
/// (anything with a scheme), else a DNS name (wildcards included).
pub fn san_for(host: &str) -> Result<SanType> {
    let host = host.trim();
    let bad =
        |why: &str, hint: &str| Error::new(format!("host \"{host}\" {why}"), hint.to_string());
    if host.is_empty() {
        return Err(bad("is empty", "remove the empty entry from hosts"));
    }
    if let Ok(ip) = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
    {
        return Ok(SanType::IpAddress(ip));
    }
    if host.contains("://") || host.starts_with("urn:") {
        let uri = host
            .try_into()
            .map_err(|_| bad("is not an ASCII URI", "percent-encode the URI"))?;
        return Ok(SanType::URI(uri));
    }
    if let Some((local, domain)) = host.split_once('@') {
        if !local.is_empty() && domain.contains('.') && !host.contains(char::is_whitespace) {
            let email = host
                .try_into()
                .map_err(|_| bad("is not an ASCII e-mail address", "use an ASCII address"))?;
            return Ok(SanType::Rfc822Name(email));
        }
    }
    let valid_dns = host.split('.').enumerate().all(|(i, label)| {
        (i == 0 && label == "*")
            || (!label.is_empty()
                && label.len() <= 63
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    });
    if !valid_dns || host.len() > 253 {
        return Err(bad(
            "is neither an IP address nor a valid DNS name",
            "use an IP address, a DNS name (punycode for non-ASCII), an e-mail address or a URI",
        ));
    }
    Ok(SanType::DnsName(
        host.try_into().expect("checked ASCII above"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_become_the_right_san_kinds() {
        assert!(matches!(
            san_for("127.0.0.1").unwrap(),
            SanType::IpAddress(_)
        ));
        assert!(matches!(san_for("::1").unwrap(), SanType::IpAddress(_)));
        assert!(matches!(
            san_for("ops@example.com").unwrap(),
            SanType::Rfc822Name(_)
        ));
        assert!(matches!(
            san_for("spiffe://cluster/etcd").unwrap(),
            SanType::URI(_)
        ));
        assert!(matches!(
            san_for("*.etcd.local").unwrap(),
            SanType::DnsName(_)
        ));
        assert!(matches!(san_for("master1").unwrap(), SanType::DnsName(_)));
        assert!(san_for("bad host").is_err());
        assert!(san_for("a..b").is_err());
    }

    #[test]
    fn a_request_without_key_gets_ecdsa_256() {
        let mut w = Warnings::default();
        let value = serde_json::json!({"cn": "etcd", "Hosts": ["127.0.0.1"]});
        let request = Request::from_value(value, "etcd.json", "", &mut w).unwrap();
        assert_eq!(request.common_name, "etcd");
        assert_eq!(request.key, KeySpec::default());
        assert!(w.0.is_empty());
    }
}
