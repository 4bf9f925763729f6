//! `ctl pki check`: is a PKI directory fit for an etcd cluster? Chains, key pairs, usages per
//! role, SANs, expiry and key file modes.

use std::fs;
use std::net::IpAddr;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use ::time::OffsetDateTime;
use serde::Serialize;
use x509_parser::prelude::*;

use super::certinfo::{describe_certificate, CertInfo};
use super::keys::load_private_key;
use crate::error::{Error, Result};

/// Days before expiry at which a certificate gets a warning.
pub const EXPIRY_WARNING_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

/// What a certificate in the directory is for, from its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Ca,
    Server,
    Peer,
    Client,
    Other,
}

impl Role {
    fn from_file_name(stem: &str) -> Role {
        let lower = stem.to_ascii_lowercase();
        if lower == "ca" {
            Role::Ca
        } else if lower.contains("peer") {
            Role::Peer
        } else if lower.contains("server") {
            Role::Server
        } else if lower.contains("client") {
            Role::Client
        } else {
            Role::Other
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Role::Ca => "ca",
            Role::Server => "server",
            Role::Peer => "peer",
            Role::Client => "client",
            Role::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub check: &'static str,
    pub status: Status,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CertReport {
    pub file: String,
    pub role: Role,
    pub subject: String,
    #[serde(with = "::time::serde::rfc3339")]
    pub not_after: OffsetDateTime,
    pub days_left: i64,
    pub findings: Vec<Finding>,
}

impl CertReport {
    pub fn status(&self) -> Status {
        worst(&self.findings)
    }

    fn status_of(&self, check: &str) -> Option<Status> {
        self.findings
            .iter()
            .filter(|f| f.check == check)
            .map(|f| f.status)
            .max()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub dir: String,
    pub ok: bool,
    pub certificates: Vec<CertReport>,
}

struct Finder<'a>(&'a mut Vec<Finding>);

impl Finder<'_> {
    fn add(&mut self, check: &'static str, status: Status, detail: impl Into<String>) {
        self.0.push(Finding {
            check,
            status,
            detail: detail.into(),
        });
    }
}

/// Checks every certificate in `dir` against `ca.pem` there; `hosts` must be in the SANs of
/// server and peer certificates.
pub fn check_dir(dir: &Path, hosts: &[String]) -> Result<Report> {
    let ca_path = dir.join("ca.pem");
    if !dir.is_dir() {
        return Err(Error::new(
            format!("{} is not a directory", dir.display()),
            "pass the PKI directory with --dir (the one `ctl pki init --dir` wrote)",
        ));
    }
    if !ca_path.exists() {
        return Err(Error::new(
            format!("{} has no ca.pem", dir.display()),
            "the check needs the CA certificate as ca.pem beside the others",
        ));
    }
    let ca_der = read_cert(&ca_path)?;
    let (_, ca) = X509Certificate::from_der(&ca_der).map_err(|_| {
        Error::new(
            format!("{} is not a valid certificate", ca_path.display()),
            "replace it with the CA certificate",
        )
    })?;

    let mut cert_paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Error::io("list", dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".pem") && !name.ends_with("-key.pem") && name != "ca.pem"
        })
        .collect();
    cert_paths.sort();

    let mut certificates = vec![check_one(&ca_path, &ca, &ca_der, hosts)?];
    for path in cert_paths {
        let der = read_cert(&path)?;
        certificates.push(check_one(&path, &ca, &der, hosts)?);
    }
    let ok = certificates.iter().all(|c| c.status() != Status::Fail);
    Ok(Report {
        dir: dir.display().to_string(),
        ok,
        certificates,
    })
}

fn read_cert(path: &Path) -> Result<Vec<u8>> {
    let text = crate::input::read_text(path)?;
    super::certinfo::pem_block(
        &text,
        &["CERTIFICATE"],
        &path.display().to_string(),
        "every NAME.pem in the directory should be a certificate",
    )
}

fn check_one(
    path: &Path,
    ca: &X509Certificate,
    der: &[u8],
    hosts: &[String],
) -> Result<CertReport> {
    let file = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("?")
        .to_string();
    let stem = file.trim_end_matches(".pem");
    let role = Role::from_file_name(stem);
    let info: CertInfo = describe_certificate(der).map_err(|e| e.context(&file))?;
    let (_, cert) = X509Certificate::from_der(der).expect("described above");
    let mut findings = Vec::new();
    let mut f = Finder(&mut findings);

    // Chain: the CA signed it (the CA itself must be self-signed and a CA).
    if role == Role::Ca {
        match cert.verify_signature(None) {
            Ok(()) if info.is_ca => f.add("chain", Status::Ok, "self-signed CA"),
            Ok(()) => f.add(
                "chain",
                Status::Fail,
                "ca.pem is not a CA certificate (no CA:TRUE)",
            ),
            Err(_) => f.add("chain", Status::Fail, "ca.pem is not self-signed"),
        }
    } else if cert.issuer().as_raw() != ca.subject().as_raw() {
        f.add(
            "chain",
            Status::Fail,
            format!(
                "issued by {} , not by this CA ({})",
                info.issuer.rfc4514,
                ca.subject()
            ),
        );
    } else if cert.verify_signature(Some(ca.public_key())).is_err() {
        f.add(
            "chain",
            Status::Fail,
            "the CA's key did not sign it (a different CA with the same name?)",
        );
    } else {
        f.add("chain", Status::Ok, "signed by ca.pem");
    }

    // Key pair and key file mode.
    let key_path = path.with_file_name(format!("{stem}-key.pem"));
    match fs::read_to_string(&key_path) {
        Err(_) => f.add("key", Status::Warn, format!("no {stem}-key.pem beside it")),
        Ok(text) => {
            match load_private_key(&text, &key_path.display().to_string()) {
                Ok(key)
                    if rcgen::PublicKeyData::subject_public_key_info(&key.key_pair)
                        == cert.public_key().raw =>
                {
                    f.add("key", Status::Ok, format!("{stem}-key.pem matches"))
                }
                Ok(_) => f.add(
                    "key",
                    Status::Fail,
                    format!("{stem}-key.pem does not match the certificate"),
                ),
                Err(e) => f.add("key", Status::Fail, e.cause),
            }
            let mode = fs::metadata(&key_path)
                .map(|m| m.permissions().mode() & 0o777)
                .unwrap_or(0);
            if mode & 0o077 != 0 {
                f.add(
                    "mode",
                    Status::Fail,
                    format!("{stem}-key.pem is mode {mode:04o}: readable by others (chmod 600)"),
                );
            } else {
                f.add("mode", Status::Ok, format!("{mode:04o}"));
            }
        }
    }

    // Usages by role.
    let has = |u: &str| {
        info.extended_key_usages
            .iter()
            .any(|e| e == u || e == "any")
    };
    let needed: &[&str] = match role {
        Role::Peer => &["server auth", "client auth"],
        Role::Server => &["server auth"],
        Role::Client => &["client auth"],
        Role::Ca | Role::Other => &[],
    };
    let missing: Vec<&str> = needed.iter().copied().filter(|u| !has(u)).collect();
    if role == Role::Ca {
        if info.key_usages.iter().any(|u| u == "cert sign") {
            f.add("usages", Status::Ok, "cert sign");
        } else {
            f.add(
                "usages",
                Status::Fail,
                "the CA lacks the cert sign key usage",
            );
        }
    } else if !missing.is_empty() {
        f.add(
            "usages",
            Status::Fail,
            format!(
                "a {} certificate needs {}; it has {}",
                role.as_str(),
                missing.join(" and "),
                if info.extended_key_usages.is_empty() {
                    "none".to_string()
                } else {
                    info.extended_key_usages.join(", ")
                }
            ),
        );
    } else {
        f.add("usages", Status::Ok, info.extended_key_usages.join(", "));
    }

    // SANs cover the members.
    if matches!(role, Role::Server | Role::Peer) && !hosts.is_empty() {
        let uncovered: Vec<&String> = hosts
            .iter()
            .filter(|h| !san_covers(&info.sans, h))
            .collect();
        if uncovered.is_empty() {
            f.add("hosts", Status::Ok, "covers every host");
        } else {
            f.add(
                "hosts",
                Status::Fail,
                format!(
                    "not valid for {}",
                    uncovered
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }

    // Expiry.
    let (status, detail) = expiry_finding(&info);
    f.add("expiry", status, detail);
    let days_left = (info.not_after - OffsetDateTime::now_utc()).whole_days();

    Ok(CertReport {
        file,
        role,
        subject: info.subject.rfc4514.clone(),
        not_after: info.not_after,
        days_left,
        findings,
    })
}

/// The expiry check of a certificate: expired or not yet valid fail, fewer than
/// [`EXPIRY_WARNING_DAYS`] left warns.
pub(crate) fn expiry_finding(info: &CertInfo) -> (Status, String) {
    let now = OffsetDateTime::now_utc();
    let days_left = (info.not_after - now).whole_days();
    if info.not_after < now {
        (
            Status::Fail,
            format!("expired on {}", super::issue::rfc3339(info.not_after)),
        )
    } else if info.not_before > now {
        (
            Status::Fail,
            format!(
                "not valid before {}",
                super::issue::rfc3339(info.not_before)
            ),
        )
    } else if days_left < EXPIRY_WARNING_DAYS {
        (Status::Warn, format!("expires in {days_left} days"))
    } else {
        (Status::Ok, format!("{days_left} days left"))
    }
}

/// The worst status among `findings` (ok when there are none).
pub(crate) fn worst(findings: &[Finding]) -> Status {
    findings
        .iter()
        .map(|f| f.status)
        .max()
        .unwrap_or(Status::Ok)
}

pub(crate) fn san_covers(sans: &[String], host: &str) -> bool {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return sans.iter().any(|s| s.parse::<IpAddr>().ok() == Some(ip));
    }
    sans.iter().any(|s| {
        s.eq_ignore_ascii_case(host)
            || s.strip_prefix("*.").is_some_and(|suffix| {
                host.split_once('.')
                    .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(suffix))
            })
    })
}

/// The report as a table with one row per certificate, then each problem on its own line.
pub fn report_table(report: &Report) -> String {
    let cell = |c: &CertReport, check: &str| match c.status_of(check) {
        None => "-",
        Some(Status::Ok) => "ok",
        Some(Status::Warn) => "WARN",
        Some(Status::Fail) => "FAIL",
    };
    let mut rows = vec![[
        "FILE", "ROLE", "CHAIN", "KEY", "MODE", "USAGES", "HOSTS", "EXPIRES",
    ]
    .map(String::from)
    .to_vec()];
    for c in &report.certificates {
        let mut row = vec![c.file.clone(), c.role.as_str().to_string()];
        for check in ["chain", "key", "mode", "usages", "hosts"] {
            row.push(cell(c, check).to_string());
        }
        let expiry = match c.status_of("expiry") {
            Some(Status::Ok) => format!("{}d", c.days_left),
            Some(Status::Warn) => format!("{}d WARN", c.days_left),
            _ => "FAIL".to_string(),
        };
        row.push(expiry);
        rows.push(row);
    }
    let mut out = aligned(&rows);
    out += &problem_lines(
        report
            .certificates
            .iter()
            .map(|c| (c.file.as_str(), &c.findings)),
    );
    out
}

/// Rows as columns two spaces apart, the first row being the header.
pub(crate) fn aligned(rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].len()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        out += line.join("  ").trim_end();
        out.push('\n');
    }
    out
}

/// One row of `check --expiration`.
#[derive(Debug, Clone, Serialize)]
pub struct Expiration {
    pub certificate: String,
    #[serde(with = "::time::serde::rfc3339")]
    pub not_after: OffsetDateTime,
    pub days_left: i64,
    /// The common name of the CA that signed it (for a CA: itself).
    pub authority: String,
    pub is_ca: bool,
}

/// Every certificate in `dir` with its expiry, CAs first (each CA of a bundle ca.pem on its own
/// row), as kubeadm's `certs check-expiration` lists them.
pub fn expirations(dir: &Path) -> Result<Vec<Expiration>> {
    let ca_path = dir.join("ca.pem");
    let mut rows = Vec::new();
    let mut names = vec!["ca".to_string()];
    names.extend(super::renew::leaf_names(dir)?);
    for name in names {
        let path = dir.join(format!("{name}.pem"));
        if !path.exists() {
            continue;
        }
        let ders = super::renew::certificates_of(&crate::input::read_text(&path)?, &path)?;
        let take = if path == ca_path { ders.len() } else { 1 };
        for (i, der) in ders.iter().take(take).enumerate() {
            let info =
                describe_certificate(der).map_err(|e| e.context(path.display().to_string()))?;
            let label = if take > 1 {
                format!(
                    "{name}.pem #{} ({})",
                    i + 1,
                    if i == 0 { "new" } else { "old" }
                )
            } else {
                format!("{name}.pem")
            };
            rows.push(Expiration {
                certificate: label,
                not_after: info.not_after,
                days_left: (info.not_after - OffsetDateTime::now_utc()).whole_days(),
                authority: info.issuer.common_name.clone(),
                is_ca: info.is_ca,
            });
        }
    }
    Ok(rows)
}

/// `check --expiration` as a table.
pub fn expiration_table(rows: &[Expiration]) -> String {
    let mut table = vec![[
        "CERTIFICATE",
        "EXPIRES",
        "RESIDUAL TIME",
        "CERTIFICATE AUTHORITY",
    ]
    .map(String::from)
    .to_vec()];
    for row in rows {
        let residual = if row.days_left < 0 {
            "expired".to_string()
        } else if row.days_left >= 365 {
            format!("{}y {}d", row.days_left / 365, row.days_left % 365)
        } else {
            format!("{}d", row.days_left)
        };
        table.push(vec![
            row.certificate.clone(),
            row.not_after
                .format(&::time::macros::format_description!(
                    "[month repr:short] [day], [year] [hour]:[minute] UTC"
                ))
                .unwrap_or_default(),
            residual,
            if row.is_ca {
                "-".to_string()
            } else {
                row.authority.clone()
            },
        ]);
    }
    aligned(&table)
}

/// The findings that are not ok, one `FAIL|WARN WHAT: CHECK: DETAIL` line each, after a blank
/// line (nothing when all are ok).
pub(crate) fn problem_lines<'a>(
    items: impl Iterator<Item = (&'a str, &'a Vec<Finding>)>,
) -> String {
    let mut out = String::new();
    for (what, findings) in items {
        for f in findings.iter().filter(|f| f.status != Status::Ok) {
            let level = if f.status == Status::Fail {
                "FAIL"
            } else {
                "WARN"
            };
            out += &format!("{level} {what}: {}: {}\n", f.check, f.detail);
        }
    }
    if out.is_empty() {
        out
    } else {
        format!("\n{out}")
    }
}
