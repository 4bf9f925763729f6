//! Rendering a member's files from the built-in templates (templates/, compiled in) or the
//! operator's own.

use serde::Serialize;

use super::description::{Cluster, Member};
use crate::error::{Error, Result};

/// What to render for each member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A systemd unit (etcd.service)
    Unit,
    /// etcd's YAML configuration file, for --config-file (etcd.conf.yml)
    Config,
    /// An EnvironmentFile of ETCD_* variables (etcd.env)
    Env,
    /// A systemd timer and service that renew the certificates expiring within 30 days
    /// (ctl-pki-renew.timer, ctl-pki-renew.service)
    RenewTimer,
}

/// How far ahead the renew timer renews.
pub const RENEW_WITHIN: &str = "30d";

impl Format {
    /// The files this format renders for each member: (file name, built-in template).
    pub fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Format::Unit => &[(
                "etcd.service",
                include_str!("../../templates/etcd.service.j2"),
            )],
            Format::Config => &[(
                "etcd.conf.yml",
                include_str!("../../templates/etcd.conf.yml.j2"),
            )],
            Format::Env => &[("etcd.env", include_str!("../../templates/etcd.env.j2"))],
            Format::RenewTimer => &[
                (
                    "ctl-pki-renew.timer",
                    include_str!("../../templates/ctl-pki-renew.timer.j2"),
                ),
                (
                    "ctl-pki-renew.service",
                    include_str!("../../templates/ctl-pki-renew.service.j2"),
                ),
            ],
        }
    }

    /// The (first) file's name.
    pub fn file_name(self) -> &'static str {
        self.files()[0].0
    }

    /// The (first) file's built-in template.
    pub fn builtin_template(self) -> &'static str {
        self.files()[0].1
    }
}

/// TLS file paths as the templates see them.
#[derive(Debug, Clone, Serialize)]
pub struct TlsContext {
    pub cert_file: String,
    pub key_file: String,
    pub trusted_ca_file: String,
    pub peer_cert_file: String,
    pub peer_key_file: String,
    pub peer_trusted_ca_file: String,
    pub client_cert_auth: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnvVar {
    pub name: String,
    pub value: String,
}

/// Everything a template gets for one member.
#[derive(Debug, Clone, Serialize)]
pub struct MemberContext {
    pub name: String,
    pub address: String,
    pub data_dir: String,
    /// The member command (`binary`), before the flags.
    pub command: String,
    /// Every flag as `--name=value` (bare `--name` for switches), in etcd's usual order.
    pub flags: Vec<String>,
    /// The same settings as ETCD_* variables (extra flags excluded).
    pub env: Vec<EnvVar>,
    pub listen_peer_urls: String,
    pub initial_advertise_peer_urls: String,
    pub listen_client_urls: String,
    pub advertise_client_urls: String,
    pub initial_cluster: String,
    pub initial_cluster_token: String,
    pub initial_cluster_state: String,
    pub heartbeat_interval: u64,
    pub election_timeout: u64,
    pub snapshot_count: Option<u64>,
    pub tls: Option<TlsContext>,
    pub extra_flags: Vec<String>,
    /// The ctl program (from `binary` when that is `ctl serve`), for the renew timer.
    pub ctl_binary: String,
    /// The PKI directory (none without TLS).
    pub pki_dir: Option<String>,
    /// How far ahead the renew timer renews.
    pub renew_within: &'static str,
}

/// Names and meanings of the template variables, for `--print-template`.
pub const VARIABLES: &[(&str, &str)] = &[
    ("name", "the member's name"),
    ("address", "the member's IP or hostname"),
    ("data_dir", "the data directory"),
    ("command", "the member command (binary)"),
    ("flags", "every flag as --name=value, in order"),
    ("env", "list of {name, value}: the flags as ETCD_* variables"),
    ("listen_peer_urls, initial_advertise_peer_urls", "the member's peer URL"),
    ("listen_client_urls", "client URLs to listen on (with http://127.0.0.1 when listen_localhost)"),
    ("advertise_client_urls", "the member's client URL"),
    ("initial_cluster", "name=peerURL for every member"),
    ("initial_cluster_token, initial_cluster_state", "token and \"new\""),
    ("heartbeat_interval, election_timeout, snapshot_count", "timing (snapshot_count may be none)"),
    ("tls", "none, or {cert_file, key_file, trusted_ca_file, peer_cert_file, peer_key_file, peer_trusted_ca_file, client_cert_auth}"),
    ("extra_flags", "the description's extra flags"),
    ("ctl_binary", "the ctl program (binary without \" serve\", else /usr/local/bin/ctl)"),
    ("pki_dir", "the PKI directory (none without TLS)"),
    ("renew_within", "how far ahead the renew timer renews (30d)"),
];

pub fn member_context(cluster: &Cluster, member: &Member) -> MemberContext {
    let client_url = cluster.client_url(member);
    let peer_url = cluster.peer_url(member);
    let mut listen_client_urls = client_url.clone();
    if cluster.listen_localhost {
        listen_client_urls += &format!(",http://127.0.0.1:{}", member.client_port);
    }
    let tls = cluster.tls_settings.as_ref().map(|t| {
        let server = t.member_file("server", &member.name);
        let peer = t.member_file("peer", &member.name);
        TlsContext {
            cert_file: t.file(&format!("{server}.pem")),
            key_file: t.file(&format!("{server}-key.pem")),
            trusted_ca_file: t.file("ca.pem"),
            peer_cert_file: t.file(&format!("{peer}.pem")),
            peer_key_file: t.file(&format!("{peer}-key.pem")),
            peer_trusted_ca_file: t.file("ca.pem"),
            client_cert_auth: t.client_cert_auth,
        }
    });
    let data_dir = cluster.data_dir.display().to_string();
    let mut settings: Vec<(&str, Option<String>)> = vec![
        ("data-dir", Some(data_dir.clone())),
        ("name", Some(member.name.clone())),
    ];
    if let Some(t) = &tls {
        settings.push(("cert-file", Some(t.cert_file.clone())));
        settings.push(("key-file", Some(t.key_file.clone())));
        settings.push(("trusted-ca-file", Some(t.trusted_ca_file.clone())));
        if t.client_cert_auth {
            settings.push(("client-cert-auth", None));
        }
        settings.push(("peer-cert-file", Some(t.peer_cert_file.clone())));
        settings.push(("peer-key-file", Some(t.peer_key_file.clone())));
        settings.push(("peer-trusted-ca-file", Some(t.peer_trusted_ca_file.clone())));
        if t.client_cert_auth {
            settings.push(("peer-client-cert-auth", None));
        }
    }
    settings.extend([
        ("listen-peer-urls", Some(peer_url.clone())),
        ("initial-advertise-peer-urls", Some(peer_url.clone())),
        ("listen-client-urls", Some(listen_client_urls.clone())),
        ("advertise-client-urls", Some(client_url.clone())),
        ("initial-cluster-token", Some(cluster.token.clone())),
        ("initial-cluster", Some(cluster.initial_cluster())),
        ("initial-cluster-state", Some("new".to_string())),
        (
            "heartbeat-interval",
            Some(cluster.heartbeat_interval.to_string()),
        ),
        (
            "election-timeout",
            Some(cluster.election_timeout.to_string()),
        ),
    ]);
    if let Some(count) = cluster.snapshot_count {
        settings.push(("snapshot-count", Some(count.to_string())));
    }
    let mut flags: Vec<String> = settings
        .iter()
        .map(|(name, value)| match value {
            Some(v) => format!("--{name}={v}"),
            None => format!("--{name}"),
        })
        .collect();
    flags.extend(cluster.extra_flags.iter().cloned());
    let env = settings
        .iter()
        .map(|(name, value)| EnvVar {
            name: format!("ETCD_{}", name.to_ascii_uppercase().replace('-', "_")),
            value: value.clone().unwrap_or_else(|| "true".to_string()),
        })
        .collect();
    MemberContext {
        name: member.name.clone(),
        address: member.address.clone(),
        data_dir,
        command: cluster.binary.clone(),
        flags,
        env,
        listen_peer_urls: peer_url.clone(),
        initial_advertise_peer_urls: peer_url,
        listen_client_urls,
        advertise_client_urls: client_url,
        initial_cluster: cluster.initial_cluster(),
        initial_cluster_token: cluster.token.clone(),
        initial_cluster_state: "new".into(),
        heartbeat_interval: cluster.heartbeat_interval,
        election_timeout: cluster.election_timeout,
        snapshot_count: cluster.snapshot_count,
        tls,
        extra_flags: cluster.extra_flags.clone(),
        ctl_binary: match cluster.binary.strip_suffix(" serve") {
            Some(ctl) if !ctl.contains(' ') => ctl.to_string(),
            _ => "/usr/local/bin/ctl".to_string(),
        },
        pki_dir: cluster
            .tls_settings
            .as_ref()
            .map(|t| t.pki_dir.display().to_string()),
        renew_within: RENEW_WITHIN,
    }
}

/// Renders one member's (first) file with `template` (the built-in one when `None`).
pub fn render_member(
    cluster: &Cluster,
    member: &Member,
    format: Format,
    template: Option<(&str, &str)>,
) -> Result<String> {
    let (origin, source) = template.unwrap_or((format.file_name(), format.builtin_template()));
    render_one(cluster, member, origin, source)
}

/// Renders every file of `format` for one member: (file name, text). The renew timer needs
/// TLS, and its two files come from the built-in templates only.
pub fn render_member_files(
    cluster: &Cluster,
    member: &Member,
    format: Format,
    template: Option<(&str, &str)>,
) -> Result<Vec<(&'static str, String)>> {
    if format == Format::RenewTimer {
        if cluster.tls_settings.is_none() {
            return Err(Error::new(
                "the renew timer renews certificates, and this cluster has tls: off",
                "describe the cluster with tls (pki_dir), or render another --format",
            ));
        }
        if template.is_some() {
            return Err(Error::new(
                "--template works with one-file formats (unit, config, env); renew-timer renders two files",
                "render renew-timer with its built-in templates (see --print-template)",
            ));
        }
    }
    match template {
        Some((origin, source)) => Ok(vec![(
            format.file_name(),
            render_one(cluster, member, origin, source)?,
        )]),
        None => format
            .files()
            .iter()
            .map(|(name, source)| Ok((*name, render_one(cluster, member, name, source)?)))
            .collect(),
    }
}

fn render_one(cluster: &Cluster, member: &Member, origin: &str, source: &str) -> Result<String> {
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.add_template("member", source)
        .map_err(|e| template_error(origin, &e))?;
    let context = member_context(cluster, member);
    env.get_template("member")
        .and_then(|t| t.render(&context))
        .map_err(|e| template_error(origin, &e))
}

fn template_error(origin: &str, err: &minijinja::Error) -> Error {
    let line = err.line().map(|l| format!(":{l}")).unwrap_or_default();
    Error::new(
        format!(
            "template {origin}{line}: {}",
            err.detail().unwrap_or(&err.kind().to_string())
        ),
        "see `ctl render-units --print-template` for the variables a template gets",
    )
}
