//! `ctl pki init`: the whole etcd set (CA, client, server, peer) from one profile or from flags,
//! the seed's cfssl recipe in one step.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::config::{self, ExtendedUsage, SigningConfig};
use super::issue::{self, CertificateAuthority, Issued};
use super::keys::{KeyGenerator, KeySpec};
use super::output::bare_files;
use super::request::Request;
use crate::error::{Error, Result};
use crate::input::{self, as_object, canonical_keys, join_path, Warnings};
use crate::output::FileSet;

/// Hosts every server and peer certificate covers, so local clients and health checks work.
pub const LOCAL_HOSTS: &[&str] = &["127.0.0.1", "localhost"];

/// One certificate of the set, signed by the set's CA.
#[derive(Debug, Clone)]
pub struct PlannedCert {
    /// File base name: `NAME.pem`, `NAME-key.pem`, `NAME.csr`.
    pub name: String,
    pub profile: String,
    pub request: Request,
}

/// Everything `init` makes, before any key is generated.
#[derive(Debug, Clone)]
pub struct InitPlan {
    pub signing_document: Value,
    pub signing: SigningConfig,
    pub ca: Request,
    pub certificates: Vec<PlannedCert>,
    /// Member addresses, added to every certificate whose profile has server auth.
    pub hosts: Vec<String>,
}

/// The choices `init` takes from flags or prompts.
#[derive(Debug, Clone)]
pub struct InitOptions {
    pub ca_name: String,
    pub hosts: Vec<String>,
    /// `None`: the seed's choice (RSA-2048 CA, ECDSA P-256 certificates).
    pub key: Option<KeySpec>,
    pub expiry: String,
}

impl Default for InitOptions {
    fn default() -> Self {
        InitOptions {
            ca_name: "etcd".into(),
            hosts: Vec::new(),
            key: None,
            expiry: "43800h".into(),
        }
    }
}

/// The seed's signing profiles with the given expiry.
pub fn seed_signing(expiry: &str) -> Value {
    fn usages<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        let mut u = vec!["signing", "key encipherment"];
        u.extend_from_slice(extra);
        u
    }
    json!({
        "default": {"expiry": expiry},
        "profiles": {
            "server": {"expiry": expiry, "usages": usages(&["server auth", "client auth"])},
            "client": {"expiry": expiry, "usages": usages(&["client auth"])},
            "peer": {"expiry": expiry, "usages": usages(&["server auth", "client auth"])},
        }
    })
}

/// The profile document `init` uses without a profile file; `print-defaults init` shows it.
pub fn default_profile_document(options: &InitOptions) -> Value {
    let ca_key = options.key.clone().unwrap_or(KeySpec::new("rsa", 2048));
    let leaf_key = options.key.clone().unwrap_or_default();
    let leaf = |cn: &str| json!({"CN": cn, "key": leaf_key});
    json!({
        "hosts": options.hosts,
        "signing": seed_signing(&options.expiry),
        "ca": {"CN": options.ca_name, "key": ca_key, "ca": {"expiry": options.expiry}},
        "certificates": {
            "client": {"profile": "client", "request": leaf("client")},
            "server": {"profile": "server", "request": leaf(&options.ca_name)},
            "peer": {"profile": "peer", "request": leaf(&options.ca_name)},
        }
    })
}

impl InitPlan {
    pub fn from_options(options: &InitOptions, warnings: &mut Warnings) -> Result<InitPlan> {
        InitPlan::from_document(
            default_profile_document(options),
            "the built-in profile",
            warnings,
        )
    }

    /// Reads a profile file; `extra_hosts` (from --hosts) join the profile's own hosts.
    pub fn load(path: &Path, extra_hosts: &[String], warnings: &mut Warnings) -> Result<InitPlan> {
        let origin = path.display().to_string();
        let text = input::read_text(path)?;
        let mut plan = InitPlan::from_document(input::parse(&origin, &text)?, &origin, warnings)?;
        if !extra_hosts.is_empty() {
            for host in extra_hosts {
                super::request::san_for(host)?;
                if !plan.hosts.contains(host) {
                    plan.hosts.push(host.clone());
                }
            }
            plan.add_server_hosts();
        }
        Ok(plan)
    }

    /// Reads an init profile: `hosts`, `signing` (cfssl's signing section), `ca` (a CA
    /// request) and `certificates` (name → {profile, request}).
    pub fn from_document(
        mut doc: Value,
        origin: &str,
        warnings: &mut Warnings,
    ) -> Result<InitPlan> {
        let top = as_object(&mut doc, origin, "")?;
        canonical_keys(
            top,
            &["hosts", "signing", "ca", "certificates"],
            origin,
            "",
            warnings,
        );
        let missing = |field: &str| {
            Error::new(
                format!("{origin}: the profile has no \"{field}\" section"),
                "start from `ctl pki print-defaults init`",
            )
        };
        let signing_document = top.remove("signing").ok_or_else(|| missing("signing"))?;
        let signing = config::from_value(
            signing_document.clone(),
            &format!("{origin} (signing)"),
            warnings,
        )?;
        let ca = Request::from_value(
            top.remove("ca").ok_or_else(|| missing("ca"))?,
            origin,
            "ca",
            warnings,
        )?;
        let hosts: Vec<String> = match top.remove("hosts") {
            Some(v) => input::typed(v, &format!("{origin} (hosts)"))?,
            None => Vec::new(),
        };
        for host in &hosts {
            super::request::san_for(host).map_err(|e| e.context(origin))?;
        }
        let mut certificates_doc = top
            .remove("certificates")
            .ok_or_else(|| missing("certificates"))?;
        let mut certificates = Vec::new();
        for (name, mut entry) in
            std::mem::take(as_object(&mut certificates_doc, origin, "certificates")?)
        {
            let path = join_path("certificates", &name);
            if name.is_empty()
                || name == "ca"
                || name.contains(['/', '\\'])
                || name.starts_with('.')
            {
                return Err(Error::new(
                    format!("{origin}: \"{path}\" is not a usable file name"),
                    "name certificates like client, server, peer (not ca)",
                ));
            }
            let object = as_object(&mut entry, origin, &path)?;
            canonical_keys(object, &["profile", "request"], origin, &path, warnings);
            let profile = match object.remove("profile") {
                Some(Value::String(p)) => p,
                Some(_) => {
                    return Err(Error::new(
                        format!("{origin}: \"{path}.profile\" must be a string"),
                        "name a profile from signing.profiles",
                    ))
                }
                None => name.clone(),
            };
            signing.profile(Some(&profile), &format!("{origin} (signing)"))?;
            let request_value = object
                .remove("request")
                .unwrap_or_else(|| json!({"CN": name}));
            let request = Request::from_value(
                request_value,
                origin,
                &join_path(&path, "request"),
                warnings,
            )?;
            certificates.push(PlannedCert {
                name,
                profile,
                request,
            });
        }
        let mut plan = InitPlan {
            signing_document,
            signing,
            ca,
            certificates,
            hosts,
        };
        plan.add_server_hosts();
        Ok(plan)
    }

    /// Server and peer certificates (any profile with server auth) cover 127.0.0.1, localhost
    /// and every member address.
    fn add_server_hosts(&mut self) {
        for cert in &mut self.certificates {
            let profile = &self.signing.profiles[&cert.profile];
            if !profile.has(ExtendedUsage::ServerAuth) {
                continue;
            }
            let extra = LOCAL_HOSTS
                .iter()
                .map(|h| h.to_string())
                .chain(self.hosts.iter().cloned());
            for host in extra {
                if !cert.request.hosts.contains(&host) {
                    cert.request.hosts.push(host);
                }
            }
        }
    }

    /// `--per-member`: each certificate with server auth (server, peer) becomes one per member,
    /// `NAME-MEMBER`, valid for that member's host (and 127.0.0.1, localhost) only, so one
    /// host's key opens only that host.
    pub fn split_per_member(&mut self, members: &[(String, String)]) -> Result<()> {
        let mut seen = std::collections::BTreeSet::new();
        for (name, host) in members {
            super::request::san_for(host)?;
            if name.is_empty() || name.contains(['/', '\\', '.']) || !seen.insert(name.clone()) {
                return Err(Error::new(
                    format!(
                        "--per-member: \"{name}\" is empty, repeated or not a usable file name"
                    ),
                    "name each member once, as --per-member m1=10.0.0.1,m2=10.0.0.2",
                ));
            }
        }
        let mut split = Vec::new();
        for cert in std::mem::take(&mut self.certificates) {
            let profile = &self.signing.profiles[&cert.profile];
            if !profile.has(ExtendedUsage::ServerAuth) {
                split.push(cert);
                continue;
            }
            for (member, host) in members {
                let mut own = cert.clone();
                own.name = format!("{}-{member}", cert.name);
                own.request
                    .hosts
                    .retain(|h| !self.hosts.contains(h) || h == host);
                if !own.request.hosts.contains(host) {
                    own.request.hosts.push(host.clone());
                }
                split.push(own);
            }
        }
        self.certificates = split;
        for (_, host) in members {
            if !self.hosts.contains(host) {
                self.hosts.push(host.clone());
            }
        }
        Ok(())
    }

    /// The key files `init` would write into `dir`.
    pub fn key_files(&self, dir: &Path) -> Vec<PathBuf> {
        std::iter::once("ca")
            .chain(self.certificates.iter().map(|c| c.name.as_str()))
            .map(|name| dir.join(format!("{name}-key.pem")))
            .collect()
    }

    /// Generates every key and certificate and returns the files to write.
    pub fn execute(
        &self,
        dir: &Path,
        keys: &mut dyn KeyGenerator,
    ) -> Result<(FileSet, Vec<String>)> {
        let mut warnings = Vec::new();
        let mut files = FileSet::new();
        let ca_key = keys.generate("ca", self.ca.key.kind()?)?;
        let ca = issue::init_ca(&self.ca, ca_key)?;
        let authority = CertificateAuthority::from_pem(
            ca.cert.as_deref().unwrap_or_default(),
            "the new CA",
            ca.key.as_deref().unwrap_or_default(),
            "the new CA key",
        )?;
        bare_files(&mut files, dir, "ca", &ca);
        for cert in &self.certificates {
            let profile = self
                .signing
                .profile(Some(&cert.profile), "the signing section")?;
            let key = keys.generate(&cert.name, cert.request.key.kind()?)?;
            let issued: Issued =
                authority.gencert(&cert.request, key, profile, None, &mut warnings)?;
            bare_files(&mut files, dir, &cert.name, &issued);
        }
        let config = serde_json::to_string_pretty(&json!({"signing": self.signing_document}))
            .expect("JSON value");
        files.add(
            dir.join("ca-config.json"),
            config + "\n",
            crate::output::Access::Public,
        );
        Ok((files, warnings))
    }
}

/// Parses `--hosts a,b,c`.
pub fn split_hosts(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(String::from)
        .collect()
}

/// Parses `--per-member m1=10.0.0.1,m2=10.0.0.2`.
pub fn split_members(list: &str) -> Result<Vec<(String, String)>> {
    split_hosts(list)
        .into_iter()
        .map(|pair| match pair.split_once('=') {
            Some((name, host)) if !name.trim().is_empty() && !host.trim().is_empty() => {
                Ok((name.trim().to_string(), host.trim().to_string()))
            }
            _ => Err(Error::new(
                format!("--per-member: \"{pair}\" is not NAME=HOST"),
                "list the members as --per-member m1=10.0.0.1,m2=10.0.0.2,m3=10.0.0.3",
            )),
        })
        .collect()
}
