//! Making certificates: self-signed CAs (`gencert -initca`), keys with CSRs (`genkey`),
//! certificates signed by a CA under a profile (`gencert`, `sign`) and self-signed leaves
//! (`selfsign`).

use std::fmt;
use std::path::Path;
use std::time::Duration;

use ::time::OffsetDateTime;
use rcgen::{
    BasicConstraints, CertificateParams, CertificateSigningRequestParams, CrlDistributionPoint,
    DistinguishedName, IsCa, Issuer, KeyPair, KeyUsagePurpose, PublicKeyData, SanType,
    SerialNumber,
};
use x509_parser::prelude::*;

use super::certinfo::pem_block;
use super::config::{Profile, Usage, DEFAULT_BACKDATE};
use super::duration::parse_go_duration;
use super::keys::{load_private_key, LoadedKey};
use super::request::Request;
use crate::error::{Error, Result};
use crate::input;

/// cfssl's lifetime for a new CA when the request's `ca.expiry` does not say.
pub const DEFAULT_CA_EXPIRY: Duration = Duration::from_secs(43800 * 3600);

/// What a command produced, as cfssl's JSON response carries it: `{"cert", "key", "csr"}`.
#[derive(Default, Clone)]
pub struct Issued {
    pub cert: Option<String>,
    pub key: Option<String>,
    pub csr: Option<String>,
}

impl fmt::Debug for Issued {
    /// Never prints the private key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Issued")
            .field("cert", &self.cert.is_some())
            .field("key", &self.key.as_ref().map(|_| "[private]"))
            .field("csr", &self.csr.is_some())
            .finish()
    }
}

fn rcgen_error(what: &str, err: rcgen::Error) -> Error {
    Error::new(
        format!("{what}: {err}"),
        "check the request's names and hosts; if they look right, this is a bug in ctl",
    )
}

/// 20 random bytes with the top bit clear: a positive serial of full length, as cfssl makes.
pub fn random_serial() -> SerialNumber {
    let mut bytes = [0u8; 20];
    aws_lc_rs::rand::fill(&mut bytes).expect("the system random source works");
    bytes[0] &= 0x7f;
    if bytes[0] == 0 {
        bytes[0] = 1;
    }
    SerialNumber::from_slice(&bytes)
}

/// Now, to the second (certificates carry whole seconds).
pub fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}

fn ca_constraint(pathlen: i64, pathlenzero: bool) -> IsCa {
    if pathlen > 0 {
        IsCa::Ca(BasicConstraints::Constrained(pathlen.min(255) as u8))
    } else if pathlenzero {
        IsCa::Ca(BasicConstraints::Constrained(0))
    } else {
        IsCa::Ca(BasicConstraints::Unconstrained)
    }
}

/// Parameters that a CSR carries: the subject and the SANs (and CA:TRUE for a CA request).
fn request_params(
    subject: DistinguishedName,
    sans: Vec<SanType>,
    is_ca: bool,
) -> CertificateParams {
    let mut params = CertificateParams::default();
    params.distinguished_name = subject;
    params.subject_alt_names = sans;
    if is_ca {
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    }
    params
}

fn csr_pem(params: &CertificateParams, key: &KeyPair) -> Result<String> {
    params
        .serialize_request(key)
        .and_then(|csr| csr.pem())
        .map_err(|e| rcgen_error("cannot make the CSR", e))
}

/// `gencert -initca`: a new key and a self-signed CA certificate, plus its CSR.
pub fn init_ca(request: &Request, key: KeyPair) -> Result<Issued> {
    let subject = request.subject()?;
    let sans = request.sans(None)?;
    let ca = request.ca.clone().unwrap_or_default();
    let expiry = match &ca.expiry {
        Some(text) => parse_go_duration(text).map_err(|problem| {
            Error::new(
                format!("the request's ca.expiry: {problem}"),
                "write a Go duration such as \"43800h\"",
            )
        })?,
        None => DEFAULT_CA_EXPIRY,
    };
    let csr = csr_pem(&request_params(subject.clone(), sans.clone(), true), &key)?;
    let mut params = request_params(subject, sans, false);
    params.is_ca = ca_constraint(ca.pathlen, ca.pathlenzero);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.serial_number = Some(random_serial());
    let start = now();
    params.not_before = start - DEFAULT_BACKDATE;
    params.not_after = start + expiry;
    let cert = params
        .self_signed(&key)
        .map_err(|e| rcgen_error("cannot make the CA certificate", e))?;
    Ok(Issued {
        cert: Some(cert.pem()),
        key: Some(key.serialize_pem()),
        csr: Some(csr),
    })
}

/// `genkey`: a new key and a CSR for it.
pub fn key_and_csr(request: &Request, key: KeyPair, is_ca: bool) -> Result<Issued> {
    let params = request_params(request.subject()?, request.sans(None)?, is_ca);
    Ok(Issued {
        cert: None,
        csr: Some(csr_pem(&params, &key)?),
        key: Some(key.serialize_pem()),
    })
}

/// A CA certificate and its key, checked to belong together and to be usable now.
pub struct CertificateAuthority {
    subject_raw: Vec<u8>,
    pub not_after: OffsetDateTime,
    issuer: Issuer<'static, KeyPair>,
}

impl CertificateAuthority {
    pub fn load(cert_path: &Path, key_path: &Path) -> Result<Self> {
        let cert_text = input::read_text(cert_path)?;
        let key_text = input::read_text(key_path)?;
        Self::from_pem(
            &cert_text,
            &cert_path.display().to_string(),
            &key_text,
            &key_path.display().to_string(),
        )
    }

    pub fn from_pem(
        cert_pem: &str,
        cert_origin: &str,
        key_pem: &str,
        key_origin: &str,
    ) -> Result<Self> {
        let cert_der = first_certificate(cert_pem, cert_origin)?;
        let (_, cert) =
            X509Certificate::from_der(&cert_der).map_err(|_| not_a_certificate(cert_origin))?;
        let LoadedKey { key_pair, .. } = load_private_key(key_pem, key_origin)?;
        if cert.public_key().raw != key_pair.subject_public_key_info().as_slice() {
            return Err(Error::new(
                format!(
                    "the CA key {key_origin} does not belong to the CA certificate {cert_origin}"
                ),
                "pass the key made together with that certificate (cfssljson names it ca-key.pem)",
            ));
        }
        match cert.basic_constraints() {
            Ok(Some(bc)) if bc.value.ca => {}
            _ => {
                return Err(Error::new(
                    format!(
                    "{cert_origin} is not a CA certificate (it lacks basic constraints CA:TRUE)"
                ),
                    "sign with a CA made by `ctl pki gencert --initca` or `cfssl gencert -initca`",
                ))
            }
        }
        let not_after = cert.validity().not_after.to_datetime();
        let not_before = cert.validity().not_before.to_datetime();
        let now = OffsetDateTime::now_utc();
        if not_after < now {
            return Err(Error::new(
                format!(
                    "the CA certificate {cert_origin} expired on {}",
                    rfc3339(not_after)
                ),
                "make a new CA (ctl pki gencert --initca) or renew this one with the same key",
            ));
        }
        if not_before > now {
            return Err(Error::new(
                format!(
                    "the CA certificate {cert_origin} is not valid before {}",
                    rfc3339(not_before)
                ),
                "check this machine's clock",
            ));
        }
        let subject_raw = cert.subject().as_raw().to_vec();
        let issuer = Issuer::from_ca_cert_der(&cert_der.clone().into(), key_pair).map_err(|_| {
            Error::new(
                format!("{cert_origin}: ctl cannot reproduce this CA's subject name"),
                "ctl supports CA names with one value per attribute; sign with the tool that made this CA",
            )
        })?;
        Ok(CertificateAuthority {
            subject_raw,
            not_after,
            issuer,
        })
    }

    /// Signs a leaf (or, under a CA profile, an intermediate) for `public_key`.
    fn sign(
        &self,
        subject: DistinguishedName,
        sans: Vec<SanType>,
        public_key: &impl PublicKeyData,
        profile: &Profile,
        warnings: &mut Vec<String>,
    ) -> Result<String> {
        let params = profile_params(subject, sans, profile)?;
        self.sign_params(params, public_key, warnings)
    }

    /// Signs `params` for `public_key`, ending the certificate no later than the CA.
    pub fn sign_params(
        &self,
        mut params: CertificateParams,
        public_key: &impl PublicKeyData,
        warnings: &mut Vec<String>,
    ) -> Result<String> {
        if params.not_after > self.not_after {
            // A certificate cannot outlive its CA: end it with the CA, and say so unless the
            // overrun is only the seconds between making the CA and this certificate.
            if params.not_after - self.not_after > ::time::Duration::days(1) {
                warnings.push(format!(
                    "the profile's expiry runs past the CA's: the certificate ends with the CA on {}",
                    rfc3339(self.not_after)
                ));
            }
            params.not_after = self.not_after;
        }
        let cert = params
            .signed_by(public_key, &self.issuer)
            .map_err(|e| rcgen_error("cannot sign the certificate", e))?;
        let (_, parsed) = X509Certificate::from_der(cert.der())
            .map_err(|_| not_a_certificate("the new certificate"))?;
        if parsed.issuer().as_raw() != self.subject_raw.as_slice() {
            // Go (etcd) matches issuer and subject byte for byte: refuse rather than hand out a
            // certificate that fails to chain.
            return Err(Error::new(
                "the new certificate's issuer name does not match the CA's subject byte for byte",
                "ctl cannot re-encode this CA's name exactly; sign with the tool that made this CA",
            ));
        }
        Ok(cert.pem())
    }

    /// `gencert` with a CA: a new key, its CSR and a certificate signed under `profile`.
    pub fn gencert(
        &self,
        request: &Request,
        key: KeyPair,
        profile: &Profile,
        hosts: Option<&[String]>,
        warnings: &mut Vec<String>,
    ) -> Result<Issued> {
        let subject = request.subject()?;
        let csr = csr_pem(
            &request_params(subject.clone(), request.sans(None)?, false),
            &key,
        )?;
        check_whitelist(
            profile,
            &request.common_name,
            hosts.unwrap_or(&request.hosts),
        )?;
        let cert = self.sign(subject, request.sans(hosts)?, &key, profile, warnings)?;
        Ok(Issued {
            cert: Some(cert),
            key: Some(key.serialize_pem()),
            csr: Some(csr),
        })
    }

    /// `sign`: a certificate for an existing CSR (PEM), signed under `profile`.
    pub fn sign_csr(
        &self,
        csr_pem: &str,
        origin: &str,
        profile: &Profile,
        hosts: Option<&[String]>,
        warnings: &mut Vec<String>,
    ) -> Result<Issued> {
        let csr = parse_csr(csr_pem, origin)?;
        let sans = match hosts {
            Some(hosts) => hosts
                .iter()
                .map(|h| super::request::san_for(h))
                .collect::<Result<Vec<_>>>()?,
            None => csr.params.subject_alt_names.clone(),
        };
        let common_name = csr
            .params
            .distinguished_name
            .get(&rcgen::DnType::CommonName)
            .map(dn_text)
            .unwrap_or_default();
        let names: Vec<String> = sans.iter().map(san_text).collect();
        check_whitelist(profile, &common_name, &names)?;
        let cert = self.sign(
            csr.params.distinguished_name.clone(),
            sans,
            &csr.public_key,
            profile,
            warnings,
        )?;
        Ok(Issued {
            cert: Some(cert),
            ..Issued::default()
        })
    }
}

/// `selfsign`: a new key and a certificate signed by itself, valid for `hosts`.
pub fn selfsign(
    request: &Request,
    key: KeyPair,
    hosts: &[String],
    profile: &Profile,
) -> Result<Issued> {
    let subject = request.subject()?;
    let sans = hosts
        .iter()
        .map(|h| super::request::san_for(h))
        .collect::<Result<Vec<_>>>()?;
    let csr = csr_pem(&request_params(subject.clone(), sans.clone(), false), &key)?;
    let params = profile_params(subject, sans, profile)?;
    let cert = params
        .self_signed(&key)
        .map_err(|e| rcgen_error("cannot make the certificate", e))?;
    Ok(Issued {
        cert: Some(cert.pem()),
        key: Some(key.serialize_pem()),
        csr: Some(csr),
    })
}

/// The certificate parameters a profile calls for.
fn profile_params(
    subject: DistinguishedName,
    sans: Vec<SanType>,
    profile: &Profile,
) -> Result<CertificateParams> {
    let mut params = request_params(subject, sans, false);
    params.serial_number = Some(random_serial());
    let start = now();
    params.not_before = profile.not_before.unwrap_or(start - profile.backdate);
    params.not_after = profile.not_after.unwrap_or(start + profile.expiry);
    if params.not_after <= params.not_before {
        return Err(Error::new(
            "the profile's not_after is before its not_before or now",
            "correct not_before/not_after in the signing profile",
        ));
    }
    for usage in &profile.usages {
        match usage {
            Usage::Key(k) => params.key_usages.push(*k),
            Usage::Extended(x) => params.insert_extended_key_usage(x.to_rcgen()),
        }
    }
    let ca = &profile.ca_constraint;
    if ca.is_ca {
        params.is_ca = ca_constraint(ca.max_path_len, ca.max_path_len_zero);
        for needed in [KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign] {
            if !params.key_usages.contains(&needed) {
                params.key_usages.push(needed);
            }
        }
    } else {
        params.is_ca = IsCa::ExplicitNoCa;
    }
    params.use_authority_key_identifier_extension = true;
    if let Some(url) = &profile.crl_url {
        params.crl_distribution_points = vec![CrlDistributionPoint {
            uris: vec![url.clone()],
        }];
    }
    Ok(params)
}

fn check_whitelist(profile: &Profile, common_name: &str, hosts: &[String]) -> Result<()> {
    let Some(whitelist) = &profile.name_whitelist else {
        return Ok(());
    };
    for name in std::iter::once(common_name).chain(hosts.iter().map(String::as_str)) {
        if !name.is_empty() && !whitelist.is_match(name) {
            return Err(Error::new(
                format!(
                    "\"{name}\" is not allowed by the profile's name_whitelist ({})",
                    whitelist.as_str()
                ),
                "request only names the whitelist matches, or use another profile",
            ));
        }
    }
    Ok(())
}

fn dn_text(value: &rcgen::DnValue) -> String {
    match value {
        rcgen::DnValue::Utf8String(s) => s.clone(),
        rcgen::DnValue::PrintableString(s) => s.as_str().to_string(),
        rcgen::DnValue::Ia5String(s) => s.as_str().to_string(),
        other => format!("{other:?}"),
    }
}

fn san_text(san: &SanType) -> String {
    match san {
        SanType::DnsName(n) => n.as_str().to_string(),
        SanType::Rfc822Name(n) => n.as_str().to_string(),
        SanType::URI(n) => n.as_str().to_string(),
        SanType::IpAddress(ip) => ip.to_string(),
        other => format!("{other:?}"),
    }
}

fn parse_csr(pem_text: &str, origin: &str) -> Result<CertificateSigningRequestParams> {
    let der = pem_block(
        pem_text,
        &["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"],
        origin,
        "pass the .csr file (cfssljson writes NAME.csr); to sign from a JSON request use `ctl pki gencert`",
    )?;
    CertificateSigningRequestParams::from_der(&der.into()).map_err(|e| {
        let why = match e {
            rcgen::Error::InvalidCertificationRequestSignature => {
                "its signature does not verify".to_string()
            }
            rcgen::Error::UnsupportedExtension => {
                "it requests an extension ctl does not sign".to_string()
            }
            other => other.to_string(),
        };
        Error::new(
            format!("{origin}: cannot use this certificate request: {why}"),
            "make a new CSR with `ctl pki genkey`",
        )
    })
}

fn first_certificate(pem_text: &str, origin: &str) -> Result<Vec<u8>> {
    if pem_text.contains("PRIVATE KEY-----") && !pem_text.contains("BEGIN CERTIFICATE-----") {
        return Err(Error::new(
            format!("{origin} holds a private key, not a certificate"),
            "pass the certificate (NAME.pem) here and the key (NAME-key.pem) to the key flag",
        ));
    }
    pem_block(
        pem_text,
        &["CERTIFICATE"],
        origin,
        "pass a file that starts with -----BEGIN CERTIFICATE-----",
    )
}

fn not_a_certificate(origin: &str) -> Error {
    Error::new(
        format!("{origin} is not a PEM certificate"),
        "pass a file that starts with -----BEGIN CERTIFICATE-----",
    )
}

pub fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&::time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.to_string())
}
