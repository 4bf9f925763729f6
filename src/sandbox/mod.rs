//! `ctl up`'s sandbox: a secure local cluster in one directory. It holds the PKI, the cluster
//! description, the rendered units and config files (kept to read), each member's data, logs
//! and pid file, and a manifest that says which ctl made it:
//!
//! ```text
//! ctl-sandbox/
//!   ctl-sandbox.json   manifest (ctl version, members, ports)
//!   cluster.yaml       the cluster description, as an operator would write it
//!   env                `source` it: ETCDCTL_* variables for ctl and etcdctl
//!   pki/               ca.pem, server.pem, peer.pem, client.pem and their keys
//!   units/<m>/etcd.service, config/<m>/etcd.conf.yml
//!   data/<m>/  logs/<m>.log  run/<m>.pid
//! ```

pub mod process;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::output::{Access, FileSet};
use crate::pki::init::{InitOptions, InitPlan};
use crate::pki::keys::QuietKeys;
use crate::units::{render_member, Cluster, Format, Member, Tls};

pub const MANIFEST: &str = "ctl-sandbox.json";
pub const MAX_MEMBERS: usize = 7;
/// The PKI files every member and client needs.
const PKI_FILES: [&str; 7] = [
    "ca.pem",
    "server.pem",
    "server-key.pem",
    "peer.pem",
    "peer-key.pem",
    "client.pem",
    "client-key.pem",
];

/// What `ctl up` records about the sandbox it made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub ctl_version: String,
    pub members: Vec<SandboxMember>,
    pub client_port: u16,
    pub peer_port: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SandboxMember {
    pub name: String,
    pub address: String,
}

/// A sandbox directory and its manifest.
#[derive(Debug, Clone)]
pub struct Sandbox {
    pub dir: PathBuf,
    pub manifest: Manifest,
}

/// How to make a new sandbox.
#[derive(Debug, Clone)]
pub struct Plan {
    pub members: usize,
    pub client_port: u16,
    pub peer_port: u16,
}

impl Plan {
    /// Refuses member counts a sandbox cannot have.
    pub fn check(&self) -> Result<()> {
        if self.members == 0 || self.members > MAX_MEMBERS {
            return Err(Error::new(
                format!(
                    "--members {}: a sandbox has 1 to {MAX_MEMBERS} members",
                    self.members
                ),
                "use 1 (no fault tolerance), 3 (tolerates 1 failure) or 5 (tolerates 2)",
            ));
        }
        Ok(())
    }
}

impl Sandbox {
    /// Opens the sandbox at `dir` if there is one: None when `dir` does not exist or is empty;
    /// an error when it is something else, was made by another ctl, or lacks files.
    pub fn open(dir: &Path) -> Result<Option<Sandbox>> {
        let dir = absolute(dir)?;
        let manifest_path = dir.join(MANIFEST);
        if !manifest_path.exists() {
            let empty = match std::fs::read_dir(&dir) {
                Ok(mut entries) => entries.next().is_none(),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
                Err(e) => return Err(Error::io("read", &dir, &e)),
            };
            if empty {
                return Ok(None);
            }
            return Err(Error::new(
                format!(
                    "{} is not empty and holds no {MANIFEST}: it is not a ctl sandbox",
                    dir.display()
                ),
                "name a new or empty directory with --dir",
            ));
        }
        let text = std::fs::read_to_string(&manifest_path)
            .map_err(|e| Error::io("read", &manifest_path, &e))?;
        let manifest: Manifest = serde_json::from_str(&text).map_err(|e| {
            Error::new(
                format!("{} is damaged: {e}", manifest_path.display()),
                format!(
                    "remove {} to make a new sandbox (its data is lost)",
                    dir.display()
                ),
            )
        })?;
        let ours = env!("CARGO_PKG_VERSION");
        if manifest.ctl_version != ours {
            return Err(Error::new(
                format!(
                    "the sandbox {} was made by ctl {}; this is ctl {ours}",
                    dir.display(),
                    manifest.ctl_version
                ),
                format!(
                    "use ctl {} with it, or remove {} (`ctl down --dir {} --purge`) to start afresh",
                    manifest.ctl_version,
                    dir.display(),
                    dir.display()
                ),
            ));
        }
        let sandbox = Sandbox { dir, manifest };
        let missing: Vec<String> = sandbox
            .required_files()
            .into_iter()
            .filter(|p| !p.exists())
            .map(|p| {
                p.strip_prefix(&sandbox.dir)
                    .unwrap_or(&p)
                    .display()
                    .to_string()
            })
            .collect();
        if !missing.is_empty() {
            return Err(Error::new(
                format!("the sandbox {} is missing {}", sandbox.dir.display(), missing.join(", ")),
                format!(
                    "restore those files, or remove the sandbox (`ctl down --dir {} --purge`) and run `ctl up` again",
                    sandbox.dir.display()
                ),
            ));
        }
        Ok(Some(sandbox))
    }

    /// Makes a new sandbox in `dir`: the PKI for every member address, the description, the
    /// rendered units and config files, and the manifest last (so a failure leaves no sandbox
    /// that looks complete).
    pub fn create(dir: &Path, plan: &Plan) -> Result<Sandbox> {
        plan.check()?;
        let dir = absolute(dir)?;
        let members: Vec<SandboxMember> = (1..=plan.members)
            .map(|i| SandboxMember {
                name: format!("m{i}"),
                address: format!("127.0.0.{i}"),
            })
            .collect();
        let sandbox = Sandbox {
            dir,
            manifest: Manifest {
                ctl_version: env!("CARGO_PKG_VERSION").to_string(),
                members,
                client_port: plan.client_port,
                peer_port: plan.peer_port,
            },
        };
        let options = InitOptions {
            hosts: sandbox
                .manifest
                .members
                .iter()
                .map(|m| m.address.clone())
                .chain(["localhost".to_string()])
                .collect(),
            ..InitOptions::default()
        };
        let init = InitPlan::from_options(&options, &mut crate::input::Warnings::default())?;
        let (mut files, _) = init.execute(&sandbox.pki_dir(), &mut QuietKeys)?;
        let cluster = sandbox.cluster()?;
        files.add(
            sandbox.dir.join("cluster.yaml"),
            serde_yaml::to_string(&cluster).map_err(|e| {
                Error::new(
                    format!("cannot write the description: {e}"),
                    "this is a bug in ctl",
                )
            })?,
            Access::Public,
        );
        for member in &cluster.members {
            let own = sandbox.member_cluster(&cluster, &member.name);
            for (format, sub) in [(Format::Unit, "units"), (Format::Config, "config")] {
                let text = render_member(&own, member, format, None)?;
                files.add(
                    sandbox
                        .dir
                        .join(sub)
                        .join(&member.name)
                        .join(format.file_name()),
                    text,
                    Access::Public,
                );
            }
        }
        files.add(sandbox.dir.join("env"), sandbox.env_file(), Access::Public);
        files.write_all()?;
        // Data directories are private, as etcd requires.
        let dirs = sandbox
            .manifest
            .members
            .iter()
            .map(|m| (sandbox.data_dir(&m.name), 0o700))
            .chain([
                (sandbox.dir.join("logs"), 0o755),
                (sandbox.dir.join("run"), 0o755),
            ]);
        for (path, mode) in dirs {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(mode)
                .create(&path)
                .map_err(|e| Error::io("create directory", &path, &e))?;
        }
        let mut manifest = FileSet::new();
        manifest.add(
            sandbox.dir.join(MANIFEST),
            serde_json::to_string_pretty(&sandbox.manifest).expect("serializable") + "\n",
            Access::Public,
        );
        manifest.write_all()?;
        Ok(sandbox)
    }

    pub fn pki_dir(&self) -> PathBuf {
        self.dir.join("pki")
    }

    pub fn pki_file(&self, name: &str) -> PathBuf {
        self.pki_dir().join(name)
    }

    pub fn config_file(&self, member: &str) -> PathBuf {
        self.dir
            .join("config")
            .join(member)
            .join(Format::Config.file_name())
    }

    pub fn data_dir(&self, member: &str) -> PathBuf {
        self.dir.join("data").join(member)
    }

    pub fn log_file(&self, member: &str) -> PathBuf {
        self.dir.join("logs").join(format!("{member}.log"))
    }

    pub fn pid_file(&self, member: &str) -> PathBuf {
        self.dir.join("run").join(format!("{member}.pid"))
    }

    fn required_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = PKI_FILES.iter().map(|f| self.pki_file(f)).collect();
        for m in &self.manifest.members {
            files.push(self.config_file(&m.name));
        }
        files
    }

    /// The client URLs of every member.
    pub fn client_urls(&self) -> Vec<String> {
        self.manifest
            .members
            .iter()
            .map(|m| format!("https://{}:{}", m.address, self.manifest.client_port))
            .collect()
    }

    /// The cluster description: the members on their loopback addresses, TLS with client
    /// certificates everywhere, `ctl serve` as the member command.
    pub fn cluster(&self) -> Result<Cluster> {
        let members = self
            .manifest
            .members
            .iter()
            .map(|m| Member {
                name: m.name.clone(),
                address: m.address.clone(),
                client_port: self.manifest.client_port.into(),
                peer_port: self.manifest.peer_port.into(),
            })
            .collect();
        let mut cluster = Cluster::from_members(members);
        cluster.token = format!("ctl-sandbox-{}", std::process::id());
        cluster.tls_settings = Some(Tls {
            pki_dir: self.pki_dir(),
            client_cert_auth: true,
            per_member: false,
        });
        cluster.data_dir = self.dir.join("data");
        let exe = std::env::current_exe().map_err(|e| {
            Error::new(
                format!("cannot find the ctl binary: {e}"),
                "run ctl from its file",
            )
        })?;
        cluster.binary = format!("{} serve", exe.display());
        cluster.validate()?;
        Ok(cluster)
    }

    /// The description with `member`'s own data directory: on one host every member needs one.
    fn member_cluster(&self, cluster: &Cluster, member: &str) -> Cluster {
        let mut own = cluster.clone();
        own.data_dir = self.data_dir(member);
        own
    }

    /// ETCDCTL_* settings for ctl and etcdctl.
    pub fn env_file(&self) -> String {
        format!(
            "# source this file: ctl and etcdctl then reach the sandbox without flags\n\
             export ETCDCTL_API=3\n\
             export ETCDCTL_ENDPOINTS={}\n\
             export ETCDCTL_CACERT={}\n\
             export ETCDCTL_CERT={}\n\
             export ETCDCTL_KEY={}\n",
            self.client_urls().join(","),
            self.pki_file("ca.pem").display(),
            self.pki_file("client.pem").display(),
            self.pki_file("client-key.pem").display(),
        )
    }
}

fn absolute(dir: &Path) -> Result<PathBuf> {
    std::path::absolute(dir).map_err(|e| Error::io("find", dir, &e))
}
