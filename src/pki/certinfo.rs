//! Reading certificates and CSRs back: cfssl certinfo's JSON, and a text form for people.

use ::time::OffsetDateTime;
use serde::Serialize;
use x509_parser::prelude::*;

use super::issue::rfc3339;
use super::keys::kind_of_spki;
use crate::error::{Error, Result};

/// A subject or issuer name, with cfssl certinfo's field names.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct NameInfo {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub common_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub serial_number: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub country: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub organization: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub organizational_unit: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub locality: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub province: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub street_address: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub postal_code: String,
    /// Every attribute value in the order the name holds them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    #[serde(skip)]
    pub rfc4514: String,
}

/// A certificate as cfssl certinfo describes it, plus the usages and key ctl shows too.
#[derive(Debug, Clone, Serialize)]
pub struct CertInfo {
    pub subject: NameInfo,
    pub issuer: NameInfo,
    pub serial_number: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sans: Vec<String>,
    #[serde(with = "::time::serde::rfc3339")]
    pub not_before: OffsetDateTime,
    #[serde(with = "::time::serde::rfc3339")]
    pub not_after: OffsetDateTime,
    pub sigalg: String,
    pub authority_key_id: String,
    pub subject_key_id: String,
    pub pem: String,
    pub key_algorithm: String,
    pub is_ca: bool,
    pub key_usages: Vec<String>,
    pub extended_key_usages: Vec<String>,
}

/// A certificate request's description.
#[derive(Debug, Clone, Serialize)]
pub struct CsrInfo {
    pub subject: NameInfo,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sans: Vec<String>,
    pub sigalg: String,
    pub key_algorithm: String,
    pub pem: String,
}

fn name_info(name: &X509Name) -> NameInfo {
    let join = |iter: &mut dyn Iterator<Item = &AttributeTypeAndValue>| {
        iter.filter_map(|a| a.as_str().ok())
            .collect::<Vec<_>>()
            .join(",")
    };
    let names = name
        .iter_attributes()
        .map(|a| a.as_str().map(str::to_string).unwrap_or_default())
        .collect();
    NameInfo {
        common_name: name
            .iter_common_name()
            .next()
            .and_then(|a| a.as_str().ok())
            .unwrap_or("")
            .to_string(),
        serial_number: join(&mut name.iter_by_oid(&oid_registry::OID_X509_SERIALNUMBER)),
        country: join(&mut name.iter_country()),
        organization: join(&mut name.iter_organization()),
        organizational_unit: join(&mut name.iter_organizational_unit()),
        locality: join(&mut name.iter_locality()),
        province: join(&mut name.iter_state_or_province()),
        street_address: join(&mut name.iter_by_oid(&oid_registry::OID_X509_STREET_ADDRESS)),
        postal_code: join(&mut name.iter_by_oid(&oid_registry::OID_X509_POSTAL_CODE)),
        names,
        rfc4514: name.to_string(),
    }
}

/// cfssl's names for signature algorithms (Go's x509.SignatureAlgorithm names, cfssl-style).
fn signature_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.5" => "SHA1WithRSA",
        "1.2.840.113549.1.1.11" => "SHA256WithRSA",
        "1.2.840.113549.1.1.12" => "SHA384WithRSA",
        "1.2.840.113549.1.1.13" => "SHA512WithRSA",
        "1.2.840.113549.1.1.10" => "RSAPSS",
        "1.2.840.10045.4.1" => "ECDSAWithSHA1",
        "1.2.840.10045.4.3.2" => "ECDSAWithSHA256",
        "1.2.840.10045.4.3.3" => "ECDSAWithSHA384",
        "1.2.840.10045.4.3.4" => "ECDSAWithSHA512",
        "1.3.101.112" => "Ed25519",
        other => return format!("Unknown({other})"),
    }
    .to_string()
}

/// Key identifiers as colon-separated upper-case hex bytes.
pub fn hex_id(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

fn general_name_text(name: &GeneralName) -> Option<String> {
    match name {
        GeneralName::DNSName(n) => Some(n.to_string()),
        GeneralName::RFC822Name(n) => Some(n.to_string()),
        GeneralName::URI(n) => Some(n.to_string()),
        GeneralName::IPAddress(bytes) => match bytes.len() {
            4 => Some(std::net::Ipv4Addr::from(<[u8; 4]>::try_from(*bytes).ok()?).to_string()),
            16 => Some(std::net::Ipv6Addr::from(<[u8; 16]>::try_from(*bytes).ok()?).to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// SANs in cfssl's order: DNS names, then IP addresses, then e-mail addresses and URIs.
fn ordered_sans(names: &[GeneralName]) -> Vec<String> {
    let rank = |n: &GeneralName| match n {
        GeneralName::DNSName(_) => 0,
        GeneralName::IPAddress(_) => 1,
        GeneralName::RFC822Name(_) => 2,
        _ => 3,
    };
    let mut sorted: Vec<&GeneralName> = names.iter().collect();
    sorted.sort_by_key(|n| rank(n));
    sorted.into_iter().filter_map(general_name_text).collect()
}

/// Describes a DER certificate.
pub fn describe_certificate(der: &[u8]) -> Result<CertInfo> {
    let (_, cert) = X509Certificate::from_der(der).map_err(|e| {
        Error::new(
            format!("not a valid X.509 certificate: {e}"),
            "pass a PEM certificate",
        )
    })?;
    let mut sans = Vec::new();
    let mut key_usages = Vec::new();
    let mut extended_key_usages = Vec::new();
    let mut authority_key_id = String::new();
    let mut subject_key_id = String::new();
    let mut is_ca = false;
    for ext in cert.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(san) => sans = ordered_sans(&san.general_names),
            ParsedExtension::KeyUsage(ku) => key_usages = key_usage_names(ku),
            ParsedExtension::ExtendedKeyUsage(eku) => extended_key_usages = eku_names(eku),
            ParsedExtension::AuthorityKeyIdentifier(aki) => {
                if let Some(id) = &aki.key_identifier {
                    authority_key_id = hex_id(id.0);
                }
            }
            ParsedExtension::SubjectKeyIdentifier(id) => subject_key_id = hex_id(id.0),
            ParsedExtension::BasicConstraints(bc) => is_ca = bc.ca,
            _ => {}
        }
    }
    Ok(CertInfo {
        subject: name_info(cert.subject()),
        issuer: name_info(cert.issuer()),
        serial_number: cert.serial.to_string(),
        sans,
        not_before: cert.validity().not_before.to_datetime(),
        not_after: cert.validity().not_after.to_datetime(),
        sigalg: signature_name(&cert.signature_algorithm.algorithm.to_id_string()),
        authority_key_id,
        subject_key_id,
        pem: pem_text("CERTIFICATE", der),
        key_algorithm: key_name(cert.public_key().raw),
        is_ca,
        key_usages,
        extended_key_usages,
    })
}

/// Describes a DER certificate request.
pub fn describe_csr(der: &[u8]) -> Result<CsrInfo> {
    let (_, csr) = X509CertificationRequest::from_der(der).map_err(|e| {
        Error::new(
            format!("not a valid certificate request: {e}"),
            "pass a PEM CSR",
        )
    })?;
    let mut sans = Vec::new();
    if let Some(extensions) = csr.requested_extensions() {
        for ext in extensions {
            if let ParsedExtension::SubjectAlternativeName(san) = ext {
                sans = ordered_sans(&san.general_names);
            }
        }
    }
    let info = &csr.certification_request_info;
    Ok(CsrInfo {
        subject: name_info(&info.subject),
        sans,
        sigalg: signature_name(&csr.signature_algorithm.algorithm.to_id_string()),
        key_algorithm: key_name(info.subject_pki.raw),
        pem: pem_text("CERTIFICATE REQUEST", der),
    })
}

/// PEM with Unix line endings, as cfssl and OpenSSL write it.
pub fn pem_text(tag: &str, der: &[u8]) -> String {
    let config = ::pem::EncodeConfig::new().set_line_ending(::pem::LineEnding::LF);
    ::pem::encode_config(&::pem::Pem::new(tag, der.to_vec()), config)
}

fn key_name(spki: &[u8]) -> String {
    kind_of_spki(spki)
        .map(|k| k.to_string())
        .unwrap_or_else(|| "unknown".into())
}

fn key_usage_names(ku: &KeyUsage) -> Vec<String> {
    let all = [
        (ku.digital_signature(), "digital signature"),
        (ku.non_repudiation(), "content commitment"),
        (ku.key_encipherment(), "key encipherment"),
        (ku.data_encipherment(), "data encipherment"),
        (ku.key_agreement(), "key agreement"),
        (ku.key_cert_sign(), "cert sign"),
        (ku.crl_sign(), "crl sign"),
        (ku.encipher_only(), "encipher only"),
        (ku.decipher_only(), "decipher only"),
    ];
    all.iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| n.to_string())
        .collect()
}

fn eku_names(eku: &ExtendedKeyUsage) -> Vec<String> {
    let mut names: Vec<String> = [
        (eku.any, "any"),
        (eku.server_auth, "server auth"),
        (eku.client_auth, "client auth"),
        (eku.code_signing, "code signing"),
        (eku.email_protection, "email protection"),
        (eku.time_stamping, "timestamping"),
        (eku.ocsp_signing, "ocsp signing"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, n)| n.to_string())
    .collect();
    for oid in &eku.other {
        names.push(match oid.to_id_string().as_str() {
            "1.3.6.1.5.5.7.3.5" => "ipsec end system".to_string(),
            "1.3.6.1.5.5.7.3.6" => "ipsec tunnel".to_string(),
            "1.3.6.1.5.5.7.3.7" => "ipsec user".to_string(),
            other => other.to_string(),
        });
    }
    names
}

/// The text form of a certificate, for people.
pub fn certificate_text(info: &CertInfo) -> String {
    let days_left = (info.not_after - OffsetDateTime::now_utc()).whole_days();
    let validity = if days_left < 0 {
        format!("expired {} days ago", -days_left)
    } else {
        format!("{days_left} days left")
    };
    let list = |v: &[String]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join(", ")
        }
    };
    let rows = [
        ("Subject", info.subject.rfc4514.clone()),
        ("Issuer", info.issuer.rfc4514.clone()),
        ("Serial", info.serial_number.clone()),
        ("Not before", rfc3339(info.not_before)),
        (
            "Not after",
            format!("{} ({validity})", rfc3339(info.not_after)),
        ),
        ("Key", info.key_algorithm.clone()),
        ("Signature", info.sigalg.clone()),
        ("CA", if info.is_ca { "yes" } else { "no" }.to_string()),
        ("Key usage", list(&info.key_usages)),
        ("Ext. key usage", list(&info.extended_key_usages)),
        ("SANs", list(&info.sans)),
        ("Subject key ID", non_empty(&info.subject_key_id)),
        ("Authority key ID", non_empty(&info.authority_key_id)),
    ];
    table_text(&rows)
}

/// The text form of a CSR.
pub fn csr_text(info: &CsrInfo) -> String {
    let rows = [
        ("Subject", info.subject.rfc4514.clone()),
        ("Key", info.key_algorithm.clone()),
        ("Signature", info.sigalg.clone()),
        (
            "SANs",
            if info.sans.is_empty() {
                "-".into()
            } else {
                info.sans.join(", ")
            },
        ),
    ];
    table_text(&rows)
}

fn non_empty(text: &str) -> String {
    if text.is_empty() {
        "-".into()
    } else {
        text.to_string()
    }
}

fn table_text(rows: &[(&str, String)]) -> String {
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 1;
    rows.iter()
        .map(|(k, v)| format!("{:<width$} {v}\n", format!("{k}:"), width = width))
        .collect()
}

/// Reads the first certificate or CSR of a PEM text.
pub fn pem_block(text: &str, tags: &[&str], origin: &str, hint: &str) -> Result<Vec<u8>> {
    let blocks = ::pem::parse_many(text).unwrap_or_default();
    blocks
        .iter()
        .find(|b| tags.contains(&b.tag()))
        .map(|b| b.contents().to_vec())
        .ok_or_else(|| {
            Error::new(
                format!("{origin} holds no {}", tags[0].to_ascii_lowercase()),
                hint.to_string(),
            )
        })
}
