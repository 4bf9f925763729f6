//! `--check-pki`: the certificates the units point at fit the members.

use std::path::Path;

use crate::error::{Error, Result};
use crate::pki::check::{check_dir, Status};

use super::Cluster;

/// Every member's address is in the SANs of the server and peer certificates it uses
/// (server.pem and peer.pem, or with per-member certificates its own server-NAME.pem and
/// peer-NAME.pem), they chain to ca.pem, and the peer certificate has server and client auth.
pub fn check_member_certificates(cluster: &Cluster, dir: &Path) -> Result<()> {
    let tls = cluster.tls_settings.clone().unwrap_or_default();
    let per_member = tls.per_member;
    // Which addresses each certificate must cover: every member's for shared files, the one
    // member's for its own.
    let mut checks: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    if per_member {
        for member in &cluster.members {
            let files = ["server", "peer"]
                .map(|role| format!("{}.pem", tls.member_file(role, &member.name)))
                .to_vec();
            checks.push((files, vec![member.address.clone()]));
        }
    } else {
        let hosts = cluster.members.iter().map(|m| m.address.clone()).collect();
        checks.push((vec!["server.pem".into(), "peer.pem".into()], hosts));
    }
    let make_hint = if per_member {
        "make the set with `ctl pki init --dir DIR --per-member NAME=HOST,…`"
    } else {
        "make the set with `ctl pki init --dir DIR --hosts <member addresses>`"
    };
    for (files, hosts) in checks {
        for file in std::iter::once("ca.pem").chain(files.iter().map(String::as_str)) {
            if !dir.join(file).is_file() {
                return Err(Error::new(
                    format!("{} has no {file}", dir.display()),
                    make_hint,
                ));
            }
        }
        let report = check_dir(dir, &hosts)?;
        for cert in report
            .certificates
            .iter()
            .filter(|c| files.contains(&c.file))
        {
            for finding in cert.findings.iter().filter(|f| f.status == Status::Fail) {
                let hint = match finding.check {
                    "hosts" if per_member => "re-issue it for its member's address (ctl pki init --per-member …)",
                    "hosts" => "re-issue it with every member address (ctl pki add-host, or ctl pki init --hosts …)",
                    "chain" => "re-issue it with this directory's ca.pem",
                    "usages" => "sign it with the peer profile (server auth and client auth)",
                    _ => "run `ctl pki check --dir` for the full report",
                };
                if matches!(finding.check, "hosts" | "chain" | "usages" | "expiry") {
                    return Err(Error::new(
                        format!(
                            "{}/{}: {}: {}",
                            dir.display(),
                            cert.file,
                            finding.check,
                            finding.detail
                        ),
                        hint,
                    ));
                }
            }
        }
    }
    Ok(())
}
