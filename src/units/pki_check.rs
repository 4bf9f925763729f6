//! `--check-pki`: the certificates the units point at fit the members.

use std::path::Path;

use crate::error::{Error, Result};
use crate::pki::check::{check_dir, Status};

use super::Cluster;

/// Every member's address is in server.pem's and peer.pem's SANs, both chain to ca.pem, and
/// peer.pem has server and client auth.
pub fn check_member_certificates(cluster: &Cluster, dir: &Path) -> Result<()> {
    for file in ["ca.pem", "server.pem", "peer.pem"] {
        if !dir.join(file).is_file() {
            return Err(Error::new(
                format!("{} has no {file}", dir.display()),
                "make the set with `ctl pki init --dir DIR --hosts <member addresses>`",
            ));
        }
    }
    let hosts: Vec<String> = cluster.members.iter().map(|m| m.address.clone()).collect();
    let report = check_dir(dir, &hosts)?;
    for cert in report
        .certificates
        .iter()
        .filter(|c| c.file == "server.pem" || c.file == "peer.pem")
    {
        for finding in cert.findings.iter().filter(|f| f.status == Status::Fail) {
            let hint = match finding.check {
                "hosts" => "re-issue it with every member address (ctl pki init --hosts …, or gencert --hostname …)",
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
    Ok(())
}
