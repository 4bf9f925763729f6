//! Certificates over a cluster's lifetime: `renew` re-issues leaves with the same subject, SANs
//! and usages and a new validity; `rotate-ca start` moves a directory to a new CA while the
//! trusted bundle still holds the old one, and `rotate-ca finish` drops the old CA.
//!
//! Every step plans a whole [`FileSet`] first, so a failure writes nothing, and keeps what it
//! replaces beside it as `NAME.pem.previous` (a name `check` and the globs `*.pem` skip).

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ::time::OffsetDateTime;
use rcgen::{
    BasicConstraints, CertificateParams, CrlDistributionPoint, DistinguishedName, DnType, DnValue,
    ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose, SanType,
};
use x509_parser::der_parser::asn1_rs::Tag;
use x509_parser::extensions::{DistributionPointName, GeneralName, ParsedExtension};
use x509_parser::prelude::*;

use super::config::DEFAULT_BACKDATE;
use super::issue::{self, rfc3339, CertificateAuthority};
use super::keys::{self, load_private_key, KeyGenerator};
use crate::error::{Error, Result};
use crate::input;
use crate::output::{Access, FileSet};

/// The suffix of the copies kept of replaced files.
pub const BACKUP_SUFFIX: &str = ".previous";

#[derive(Debug, Clone, Default)]
pub struct RenewOptions {
    /// Base names (`server` for server.pem); empty: every leaf in the directory.
    pub names: Vec<String>,
    /// New lifetime; `None`: the lifetime each certificate had.
    pub expiry: Option<Duration>,
    /// Renew only certificates that expire within this window.
    pub within: Option<Duration>,
    /// New keys of the same kind instead of the existing ones.
    pub rekey: bool,
    /// Keep the replaced files as `*.previous`.
    pub backup: bool,
}

/// What happened to one certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Renewed {
        not_after: OffsetDateTime,
        serial: String,
        rekeyed: bool,
    },
    /// Outside the `--within` window.
    Kept { not_after: OffsetDateTime },
}

#[derive(Debug, Clone)]
pub struct Change {
    /// The file, as `server.pem`.
    pub file: String,
    pub outcome: Outcome,
}

/// Everything a step would write, and what it did to each certificate.
#[derive(Debug, Default)]
pub struct Plan {
    pub files: FileSet,
    pub changes: Vec<Change>,
    pub warnings: Vec<String>,
}

/// A certificate read from the directory, with the files it came from.
struct Leaf {
    name: String,
    cert_path: PathBuf,
    cert_pem: String,
    der: Vec<u8>,
}

impl Leaf {
    fn parsed(&self) -> X509Certificate<'_> {
        X509Certificate::from_der(&self.der)
            .expect("parsed when read")
            .1
    }

    fn key_path(&self) -> PathBuf {
        self.cert_path
            .with_file_name(format!("{}-key.pem", self.name))
    }

    fn file(&self) -> String {
        format!("{}.pem", self.name)
    }
}

fn not_a_certificate(path: &Path) -> Error {
    Error::new(
        format!("{} is not a PEM certificate", path.display()),
        "every NAME.pem in the directory should be a certificate; move other files elsewhere",
    )
}

/// Every certificate in a PEM text, in order.
pub(crate) fn certificates_of(text: &str, path: &Path) -> Result<Vec<Vec<u8>>> {
    let blocks = ::pem::parse_many(text).map_err(|_| not_a_certificate(path))?;
    let ders: Vec<Vec<u8>> = blocks
        .into_iter()
        .filter(|b| b.tag() == "CERTIFICATE")
        .map(|b| b.into_contents())
        .collect();
    if ders.is_empty() {
        return Err(not_a_certificate(path));
    }
    for der in &ders {
        X509Certificate::from_der(der).map_err(|_| not_a_certificate(path))?;
    }
    Ok(ders)
}

fn read_leaf(dir: &Path, name: &str) -> Result<Leaf> {
    let cert_path = dir.join(format!("{name}.pem"));
    let cert_pem = input::read_text(&cert_path)?;
    let der = certificates_of(&cert_pem, &cert_path)?.remove(0);
    Ok(Leaf {
        name: name.to_string(),
        cert_path,
        cert_pem,
        der,
    })
}

/// The base names of the leaf certificates in `dir` (NAME.pem but not ca.pem), sorted.
pub fn leaf_names(dir: &Path) -> Result<Vec<String>> {
    if !dir.is_dir() {
        return Err(Error::new(
            format!("{} is not a directory", dir.display()),
            "pass the PKI directory with --dir (the one `ctl pki init --dir` wrote)",
        ));
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| Error::io("list", dir, &e))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(String::from))
        .filter_map(|n| n.strip_suffix(".pem").map(String::from))
        .filter(|n| n != "ca" && !n.ends_with("-key") && !n.starts_with('.'))
        .collect();
    names.sort();
    Ok(names)
}

/// The directory's signing CA: the first certificate of ca.pem with ca-key.pem.
fn load_authority(dir: &Path) -> Result<(CertificateAuthority, Vec<Vec<u8>>, String)> {
    let ca_path = dir.join("ca.pem");
    let key_path = dir.join("ca-key.pem");
    for path in [&ca_path, &key_path] {
        if !path.exists() {
            return Err(Error::new(
                format!(
                    "{} has no {}",
                    dir.display(),
                    path.file_name().unwrap().to_string_lossy()
                ),
                "renewing needs the CA certificate (ca.pem) and its key (ca-key.pem) in --dir",
            ));
        }
    }
    let ca_text = input::read_text(&ca_path)?;
    let bundle = certificates_of(&ca_text, &ca_path)?;
    let key_text = input::read_text(&key_path)?;
    let first = ::pem::encode(&::pem::Pem::new("CERTIFICATE", bundle[0].clone()));
    let authority = CertificateAuthority::from_pem(
        &first,
        &ca_path.display().to_string(),
        &key_text,
        &key_path.display().to_string(),
    )?;
    Ok((authority, bundle, ca_text))
}

/// `ctl pki renew`: re-issues the named leaves (or all) from the directory's CA.
pub fn renew(dir: &Path, options: &RenewOptions, keys: &mut dyn KeyGenerator) -> Result<Plan> {
    let (authority, _, _) = load_authority(dir)?;
    let names = if options.names.is_empty() {
        leaf_names(dir)?
    } else {
        options
            .names
            .iter()
            .map(|n| n.strip_suffix(".pem").unwrap_or(n).to_string())
            .collect()
    };
    if names.is_empty() {
        return Err(Error::new(
            format!("{} holds no certificates besides ca.pem", dir.display()),
            "make the set first with `ctl pki init`",
        ));
    }
    let mut plan = Plan::default();
    let deadline = options.within.map(|w| OffsetDateTime::now_utc() + w);
    for name in names {
        let leaf = read_leaf(dir, &name)?;
        let not_after = leaf.parsed().validity().not_after.to_datetime();
        if deadline.is_some_and(|d| not_after > d) {
            plan.changes.push(Change {
                file: leaf.file(),
                outcome: Outcome::Kept { not_after },
            });
            continue;
        }
        let how = Reissue {
            expiry: options.expiry,
            sans: Sans::Keep { adding: &[] },
            rekey: options.rekey,
            backup: options.backup,
        };
        reissue(&leaf, &authority, how, keys, &mut plan)?;
    }
    Ok(plan)
}

/// The SANs of a re-issued certificate.
enum Sans<'a> {
    /// The certificate's own, with these added.
    Keep { adding: &'a [SanType] },
    /// Exactly these (a new member's pair modelled on another's).
    Replace(Vec<SanType>),
}

/// How to re-issue a leaf.
struct Reissue<'a> {
    /// New lifetime; `None`: the one the certificate had.
    expiry: Option<Duration>,
    sans: Sans<'a>,
    rekey: bool,
    backup: bool,
}

/// Signs a new certificate for `leaf` with `authority` as `how` says and adds its files to
/// `plan`.
fn reissue(
    leaf: &Leaf,
    authority: &CertificateAuthority,
    how: Reissue,
    keys: &mut dyn KeyGenerator,
    plan: &mut Plan,
) -> Result<()> {
    let Reissue {
        expiry,
        sans,
        rekey,
        backup,
    } = how;
    let cert = leaf.parsed();
    if cert
        .basic_constraints()
        .ok()
        .flatten()
        .is_some_and(|bc| bc.value.ca)
    {
        return Err(Error::new(
            format!("{} is a CA certificate", leaf.cert_path.display()),
            "renew leaves only; rotate the CA with `ctl pki rotate-ca start`",
        ));
    }
    let lifetime = expiry.unwrap_or_else(|| lifetime_of(&cert));
    let mut params = reissue_params(&cert, &leaf.cert_path)?;
    match sans {
        Sans::Keep { adding } => {
            for san in adding {
                if !params.subject_alt_names.contains(san) {
                    params.subject_alt_names.push(san.clone());
                }
            }
        }
        Sans::Replace(sans) => params.subject_alt_names = sans,
    }
    let start = issue::now();
    params.not_before = start - DEFAULT_BACKDATE;
    params.not_after = params.not_before + lifetime;
    let key_path = leaf.key_path();
    let (new_key, key_backup) = if rekey {
        let kind = keys::kind_of_spki(cert.public_key().raw).ok_or_else(|| {
            Error::new(
                format!(
                    "{}: ctl cannot make a key of this kind",
                    leaf.cert_path.display()
                ),
                "renew without --rekey to keep the existing key",
            )
        })?;
        let old = std::fs::read(&key_path).ok();
        (Some(keys.generate(&leaf.name, kind)?), old)
    } else {
        (None, None)
    };
    let cert_pem = match &new_key {
        Some(key) => authority.sign_params(params, key, &mut plan.warnings)?,
        None => {
            let text = input::read_text(&key_path)
                .map_err(|e| e.context(format!("{} has no key beside it", leaf.file())))?;
            let key = load_private_key(&text, &key_path.display().to_string())?;
            if rcgen::PublicKeyData::subject_public_key_info(&key.key_pair) != cert.public_key().raw
            {
                return Err(Error::new(
                    format!(
                        "{} does not belong to {}",
                        key_path.display(),
                        leaf.cert_path.display()
                    ),
                    "renew with --rekey to make a new key, or put back the key made with it",
                ));
            }
            authority.sign_params(params, &key.key_pair, &mut plan.warnings)?
        }
    };
    let new_der = ::pem::parse(&cert_pem)
        .map_err(|_| not_a_certificate(&leaf.cert_path))?
        .into_contents();
    let (_, renewed) =
        X509Certificate::from_der(&new_der).map_err(|_| not_a_certificate(&leaf.cert_path))?;
    if renewed.subject().as_raw() != cert.subject().as_raw() {
        return Err(Error::new(
            format!(
                "{}: ctl cannot reproduce its subject name byte for byte",
                leaf.cert_path.display()
            ),
            "re-issue this certificate with the tool that made it",
        ));
    }
    plan.files
        .add(&leaf.cert_path, cert_pem.as_bytes(), Access::Public);
    if backup {
        plan.files.add(
            backup_path(&leaf.cert_path),
            leaf.cert_pem.as_bytes(),
            Access::Public,
        );
    }
    if let Some(key) = &new_key {
        plan.files
            .add(&key_path, key.serialize_pem().as_bytes(), Access::Private);
        if let (true, Some(old)) = (backup, key_backup) {
            plan.files.add(backup_path(&key_path), old, Access::Private);
        }
    }
    plan.changes.push(Change {
        file: leaf.file(),
        outcome: Outcome::Renewed {
            not_after: renewed.validity().not_after.to_datetime(),
            serial: renewed.raw_serial_as_string(),
            rekeyed: new_key.is_some(),
        },
    });
    Ok(())
}

/// `ctl pki add-host`: re-issues every certificate with server auth (server and peer) with the
/// extra hosts in its SANs, keeping its key and lifetime, so a new member's address is covered.
pub fn add_hosts(
    dir: &Path,
    hosts: &[String],
    backup: bool,
    keys: &mut dyn KeyGenerator,
) -> Result<Plan> {
    if hosts.is_empty() {
        return Err(Error::new(
            "add-host needs at least one host",
            "ctl pki add-host --dir /etc/etcd/pki 10.0.0.4 etcd4.example.com",
        ));
    }
    let sans = hosts
        .iter()
        .map(|h| super::request::san_for(h))
        .collect::<Result<Vec<_>>>()?;
    let (authority, _, _) = load_authority(dir)?;
    let names = leaf_names(dir)?;
    if names.iter().any(|n| is_per_member(n)) {
        return Err(Error::new(
            format!(
                "{} holds one server and peer pair per member",
                dir.display()
            ),
            "give a new member its own pair: ctl pki add-host --dir DIR --member NAME=HOST",
        ));
    }
    let mut plan = Plan::default();
    for name in names {
        let leaf = read_leaf(dir, &name)?;
        let serves = leaf
            .parsed()
            .extended_key_usage()
            .ok()
            .flatten()
            .is_some_and(|eku| eku.value.server_auth || eku.value.any);
        if serves {
            let how = Reissue {
                expiry: None,
                sans: Sans::Keep { adding: &sans },
                rekey: false,
                backup,
            };
            reissue(&leaf, &authority, how, keys, &mut plan)?;
        }
    }
    if plan.changes.is_empty() {
        return Err(Error::new(
            format!("{} holds no server or peer certificate", dir.display()),
            "make the set first with `ctl pki init`",
        ));
    }
    Ok(plan)
}

/// A per-member file of `ctl pki init --per-member`: server-NAME or peer-NAME.
fn is_per_member(name: &str) -> bool {
    name.starts_with("server-") || name.starts_with("peer-")
}

/// `ctl pki add-host --member NAME=HOST`: a new member's own server-NAME and peer-NAME pair,
/// modelled on an existing member's (subject, usages, lifetime), valid for HOST, 127.0.0.1 and
/// localhost, with new keys.
pub fn add_member(
    dir: &Path,
    member: &str,
    host: &str,
    keys: &mut dyn KeyGenerator,
) -> Result<Plan> {
    let host_san = super::request::san_for(host)?;
    let (authority, _, _) = load_authority(dir)?;
    let names = leaf_names(dir)?;
    let mut plan = Plan::default();
    for role in ["server", "peer"] {
        let new_name = format!("{role}-{member}");
        if names.contains(&new_name) {
            return Err(Error::new(
                format!("{} already has {new_name}.pem", dir.display()),
                format!("renew it with `ctl pki renew --dir {} {new_name}`, or pick another member name", dir.display()),
            ));
        }
        let model = names
            .iter()
            .find(|n| n.starts_with(&format!("{role}-")))
            .or_else(|| names.iter().find(|n| *n == role))
            .ok_or_else(|| {
                Error::new(
                    format!(
                        "{} has no {role} certificate to model the new one on",
                        dir.display()
                    ),
                    "make the set first with `ctl pki init --per-member NAME=HOST,…`",
                )
            })?;
        let mut leaf = read_leaf(dir, model)?;
        let mut sans: Vec<SanType> = super::init::LOCAL_HOSTS
            .iter()
            .map(|h| super::request::san_for(h))
            .collect::<Result<_>>()?;
        sans.push(host_san.clone());
        // Issue as the model with the model's SANs replaced: a fresh leaf under the new name.
        leaf.name = new_name.clone();
        leaf.cert_path = dir.join(format!("{new_name}.pem"));
        // Nothing of the new name exists yet, so there is nothing to back up.
        let how = Reissue {
            expiry: None,
            sans: Sans::Replace(sans),
            rekey: true,
            backup: false,
        };
        reissue(&leaf, &authority, how, keys, &mut plan)?;
    }
    Ok(plan)
}

#[derive(Debug, Clone, Default)]
pub struct RotateOptions {
    /// The new CA's common name; `None`: the old one's with the date of the rotation.
    pub ca_name: Option<String>,
    /// New keys for the leaves too.
    pub rekey: bool,
}

/// `ctl pki rotate-ca start`: a new CA (same kind of key, same lifetime), ca.pem as the bundle
/// new CA then old CA, ca-key.pem the new key, and every leaf re-issued from the new CA.
pub fn rotate_ca_start(
    dir: &Path,
    options: &RotateOptions,
    keys: &mut dyn KeyGenerator,
) -> Result<Plan> {
    let ca_path = dir.join("ca.pem");
    let ca_key_path = dir.join("ca-key.pem");
    let (_, bundle, ca_text) = load_authority(dir)?;
    if bundle.len() > 1 {
        return Err(Error::new(
            format!(
                "{} already holds {} CAs: a rotation is under way",
                ca_path.display(),
                bundle.len()
            ),
            "finish it first with `ctl pki rotate-ca finish` (once every member serves the new certificates)",
        ));
    }
    let (_, old_ca) = X509Certificate::from_der(&bundle[0]).expect("parsed when read");
    let mut params = reissue_params(&old_ca, &ca_path)?;
    params.distinguished_name = renamed(&params.distinguished_name, options.ca_name.as_deref());
    params.is_ca = match old_ca.basic_constraints().ok().flatten() {
        Some(bc) => match bc.value.path_len_constraint {
            Some(n) => IsCa::Ca(BasicConstraints::Constrained(n.min(255) as u8)),
            None => IsCa::Ca(BasicConstraints::Unconstrained),
        },
        None => IsCa::Ca(BasicConstraints::Unconstrained),
    };
    params.use_authority_key_identifier_extension = false;
    params.crl_distribution_points.clear();
    let start = issue::now();
    params.not_before = start - DEFAULT_BACKDATE;
    params.not_after = params.not_before + lifetime_of(&old_ca);
    let kind = keys::kind_of_spki(old_ca.public_key().raw).unwrap_or(keys::KeyKind::Rsa(2048));
    let new_key: KeyPair = keys.generate("the new CA", kind)?;
    let new_ca_not_after = params.not_after;
    let new_ca = params.self_signed(&new_key).map_err(|e| {
        Error::new(
            format!("cannot make the new CA: {e}"),
            "this is a bug in ctl",
        )
    })?;
    let new_ca_pem = new_ca.pem();
    let new_key_pem = new_key.serialize_pem();
    let authority =
        CertificateAuthority::from_pem(&new_ca_pem, "the new CA", &new_key_pem, "the new CA key")?;

    let mut plan = Plan::default();
    let old_ca_pem = ::pem::encode(&::pem::Pem::new("CERTIFICATE", bundle[0].clone()));
    plan.files.add(
        &ca_path,
        format!("{new_ca_pem}{old_ca_pem}"),
        Access::Public,
    );
    plan.files
        .add(&ca_key_path, new_key_pem.as_bytes(), Access::Private);
    plan.files
        .add(backup_path(&ca_path), ca_text.as_bytes(), Access::Public);
    let old_key = std::fs::read(&ca_key_path).map_err(|e| Error::io("read", &ca_key_path, &e))?;
    plan.files
        .add(backup_path(&ca_key_path), old_key, Access::Private);
    plan.changes.push(Change {
        file: "ca.pem".into(),
        outcome: Outcome::Renewed {
            not_after: new_ca_not_after,
            serial: X509Certificate::from_der(new_ca.der())
                .map(|(_, c)| c.raw_serial_as_string())
                .unwrap_or_default(),
            rekeyed: true,
        },
    });
    for name in leaf_names(dir)? {
        let leaf = read_leaf(dir, &name)?;
        let how = Reissue {
            expiry: None,
            sans: Sans::Keep { adding: &[] },
            rekey: options.rekey,
            backup: true,
        };
        reissue(&leaf, &authority, how, keys, &mut plan)?;
    }
    Ok(plan)
}

/// `ctl pki rotate-ca finish`: ca.pem holds the new CA alone. Refused while a leaf in the
/// directory is not yet signed by the new CA.
pub fn rotate_ca_finish(dir: &Path) -> Result<Plan> {
    let ca_path = dir.join("ca.pem");
    let (_, bundle, ca_text) = load_authority(dir)?;
    if bundle.len() == 1 {
        return Err(Error::new(
            format!(
                "{} holds one CA: no rotation is under way",
                ca_path.display()
            ),
            "start one with `ctl pki rotate-ca start`",
        ));
    }
    let (_, new_ca) = X509Certificate::from_der(&bundle[0]).expect("parsed when read");
    let mut stale = Vec::new();
    for name in leaf_names(dir)? {
        let leaf = read_leaf(dir, &name)?;
        let cert = leaf.parsed();
        if cert.issuer().as_raw() != new_ca.subject().as_raw()
            || cert.verify_signature(Some(new_ca.public_key())).is_err()
        {
            stale.push(leaf.file());
        }
    }
    if !stale.is_empty() {
        return Err(Error::new(
            format!(
                "{} {} not signed by the new CA yet",
                stale.join(", "),
                if stale.len() == 1 { "is" } else { "are" }
            ),
            format!(
                "re-issue with `ctl pki renew --dir {} {}` first",
                dir.display(),
                stale
                    .iter()
                    .map(|f| f.trim_end_matches(".pem"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        ));
    }
    let mut plan = Plan::default();
    let new_ca_pem = ::pem::encode(&::pem::Pem::new("CERTIFICATE", bundle[0].clone()));
    plan.files
        .add(&ca_path, new_ca_pem.as_bytes(), Access::Public);
    plan.files
        .add(backup_path(&ca_path), ca_text.as_bytes(), Access::Public);
    plan.changes.push(Change {
        file: "ca.pem".into(),
        outcome: Outcome::Kept {
            not_after: new_ca.validity().not_after.to_datetime(),
        },
    });
    Ok(plan)
}

pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(BACKUP_SUFFIX);
    path.with_file_name(name)
}

/// How long a certificate was valid for.
fn lifetime_of(cert: &X509Certificate) -> Duration {
    let span = cert.validity().not_after.to_datetime() - cert.validity().not_before.to_datetime();
    Duration::from_secs(span.whole_seconds().max(3600) as u64)
}

/// The CA name with a new common name: the given one, else the old one's with today's date
/// (replacing an earlier rotation's date), so the old and new CA can be told apart.
fn renamed(subject: &DistinguishedName, ca_name: Option<&str>) -> DistinguishedName {
    let old_cn = match subject.get(&DnType::CommonName) {
        Some(DnValue::Utf8String(s)) => s.clone(),
        Some(DnValue::PrintableString(s)) => s.as_str().to_string(),
        _ => "etcd".to_string(),
    };
    let cn = match ca_name {
        Some(name) => name.to_string(),
        None => {
            let base = match old_cn.rsplit_once(" rotated ") {
                Some((base, _)) => base.to_string(),
                None => old_cn.clone(),
            };
            let today = OffsetDateTime::now_utc();
            format!(
                "{base} rotated {:04}-{:02}-{:02}T{:02}{:02}",
                today.year(),
                today.month() as u8,
                today.day(),
                today.hour(),
                today.minute()
            )
        }
    };
    let mut renamed = DistinguishedName::new();
    for (ty, value) in subject.iter() {
        if *ty == DnType::CommonName {
            renamed.push(ty.clone(), DnValue::Utf8String(cn.clone()));
        } else {
            renamed.push(ty.clone(), value.clone());
        }
    }
    if renamed.get(&DnType::CommonName).is_none() {
        renamed.push(DnType::CommonName, cn);
    }
    renamed
}

fn unsupported(path: &Path, what: &str) -> Error {
    Error::new(
        format!("{}: ctl cannot reproduce its {what}", path.display()),
        "re-issue this certificate with the tool that made it",
    )
}

/// Parameters that reproduce `cert`'s subject, SANs, key usages, extended key usages, basic
/// constraints and CRL distribution points, with a new serial. (rcgen keeps its own reader of
/// certificates to itself, hence this one.)
fn reissue_params(cert: &X509Certificate, path: &Path) -> Result<CertificateParams> {
    let mut params = CertificateParams::default();
    params.serial_number = Some(issue::random_serial());
    params.use_authority_key_identifier_extension = true;
    // rcgen's default name holds a placeholder CN; start empty so the order is the original's.
    params.distinguished_name = DistinguishedName::new();

    for rdn in cert.subject().iter() {
        for attr in rdn.iter() {
            let oid: Vec<u64> = attr
                .attr_type()
                .iter()
                .ok_or_else(|| unsupported(path, "subject name"))?
                .collect();
            let text = std::str::from_utf8(attr.attr_value().data)
                .map_err(|_| unsupported(path, "subject name"))?;
            let value = match attr.attr_value().header.tag() {
                Tag::PrintableString => DnValue::PrintableString(
                    text.try_into()
                        .map_err(|_| unsupported(path, "subject name"))?,
                ),
                Tag::Ia5String => DnValue::Ia5String(
                    text.try_into()
                        .map_err(|_| unsupported(path, "subject name"))?,
                ),
                Tag::Utf8String => DnValue::Utf8String(text.to_string()),
                _ => return Err(unsupported(path, "subject name")),
            };
            params
                .distinguished_name
                .push(DnType::from_oid(&oid), value);
        }
    }

    for ext in cert.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(san) => {
                for name in &san.general_names {
                    params.subject_alt_names.push(san_of(name, path)?);
                }
            }
            ParsedExtension::KeyUsage(ku) => {
                let flags = [
                    (ku.digital_signature(), KeyUsagePurpose::DigitalSignature),
                    (ku.non_repudiation(), KeyUsagePurpose::ContentCommitment),
                    (ku.key_encipherment(), KeyUsagePurpose::KeyEncipherment),
                    (ku.data_encipherment(), KeyUsagePurpose::DataEncipherment),
                    (ku.key_agreement(), KeyUsagePurpose::KeyAgreement),
                    (ku.key_cert_sign(), KeyUsagePurpose::KeyCertSign),
                    (ku.crl_sign(), KeyUsagePurpose::CrlSign),
                    (ku.encipher_only(), KeyUsagePurpose::EncipherOnly),
                    (ku.decipher_only(), KeyUsagePurpose::DecipherOnly),
                ];
                params.key_usages = flags
                    .into_iter()
                    .filter(|(set, _)| *set)
                    .map(|(_, usage)| usage)
                    .collect();
            }
            ParsedExtension::ExtendedKeyUsage(eku) => {
                let flags = [
                    (eku.any, ExtendedKeyUsagePurpose::Any),
                    (eku.server_auth, ExtendedKeyUsagePurpose::ServerAuth),
                    (eku.client_auth, ExtendedKeyUsagePurpose::ClientAuth),
                    (eku.code_signing, ExtendedKeyUsagePurpose::CodeSigning),
                    (
                        eku.email_protection,
                        ExtendedKeyUsagePurpose::EmailProtection,
                    ),
                    (eku.time_stamping, ExtendedKeyUsagePurpose::TimeStamping),
                    (eku.ocsp_signing, ExtendedKeyUsagePurpose::OcspSigning),
                ];
                for (set, usage) in flags {
                    if set {
                        params.insert_extended_key_usage(usage);
                    }
                }
                for other in &eku.other {
                    let arcs: Vec<u64> = other
                        .iter()
                        .ok_or_else(|| unsupported(path, "extended key usages"))?
                        .collect();
                    params.insert_extended_key_usage(ExtendedKeyUsagePurpose::Other(arcs));
                }
            }
            ParsedExtension::BasicConstraints(bc) => {
                params.is_ca = if bc.ca {
                    IsCa::Ca(match bc.path_len_constraint {
                        Some(n) => BasicConstraints::Constrained(n.min(255) as u8),
                        None => BasicConstraints::Unconstrained,
                    })
                } else {
                    IsCa::ExplicitNoCa
                };
            }
            ParsedExtension::CRLDistributionPoints(points) => {
                for point in points.iter() {
                    if let Some(DistributionPointName::FullName(names)) = &point.distribution_point
                    {
                        let uris = names
                            .iter()
                            .filter_map(|n| match n {
                                GeneralName::URI(uri) => Some(uri.to_string()),
                                _ => None,
                            })
                            .collect();
                        params
                            .crl_distribution_points
                            .push(CrlDistributionPoint { uris });
                    }
                }
            }
            _ => {}
        }
    }
    Ok(params)
}

fn san_of(name: &GeneralName, path: &Path) -> Result<SanType> {
    let bad = || unsupported(path, "subject alternative names");
    Ok(match name {
        GeneralName::DNSName(n) => SanType::DnsName((*n).try_into().map_err(|_| bad())?),
        GeneralName::RFC822Name(n) => SanType::Rfc822Name((*n).try_into().map_err(|_| bad())?),
        GeneralName::URI(n) => SanType::URI((*n).try_into().map_err(|_| bad())?),
        GeneralName::IPAddress(bytes) => match bytes.len() {
            4 => SanType::IpAddress(IpAddr::from(
                <[u8; 4]>::try_from(*bytes).map_err(|_| bad())?,
            )),
            16 => SanType::IpAddress(IpAddr::from(
                <[u8; 16]>::try_from(*bytes).map_err(|_| bad())?,
            )),
            _ => return Err(bad()),
        },
        _ => return Err(bad()),
    })
}

/// The expiry of `when`, for messages: the date and the days left.
pub fn until(when: OffsetDateTime) -> String {
    let days = (when - OffsetDateTime::now_utc()).whole_days();
    format!("{} ({days} days)", rfc3339(when))
}
