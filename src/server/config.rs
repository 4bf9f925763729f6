//! The member's settings under etcd's names and defaults: command-line flags, ETCD_* variables
//! (the same names, upper-cased) and etcd's YAML `--config-file`, checked before anything
//! starts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::url;

/// etcd's flags, with etcd's defaults. Every flag also reads ETCD_<FLAG> from the environment.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Human-readable name of this member
    #[arg(long, env = "ETCD_NAME", default_value = "default")]
    pub name: String,
    /// Data directory [default: <name>.etcd]
    #[arg(long, env = "ETCD_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// URLs to serve clients on, comma-separated
    #[arg(
        long,
        env = "ETCD_LISTEN_CLIENT_URLS",
        default_value = "http://localhost:2379",
        value_name = "URLS"
    )]
    pub listen_client_urls: String,
    /// Client URLs advertised to the cluster
    #[arg(
        long,
        env = "ETCD_ADVERTISE_CLIENT_URLS",
        default_value = "http://localhost:2379",
        value_name = "URLS"
    )]
    pub advertise_client_urls: String,
    /// URLs to serve peers on
    #[arg(
        long,
        env = "ETCD_LISTEN_PEER_URLS",
        default_value = "http://localhost:2380",
        value_name = "URLS"
    )]
    pub listen_peer_urls: String,
    /// Peer URLs advertised to the cluster
    #[arg(
        long,
        env = "ETCD_INITIAL_ADVERTISE_PEER_URLS",
        default_value = "http://localhost:2380",
        value_name = "URLS"
    )]
    pub initial_advertise_peer_urls: String,
    /// Every member at bootstrap: name=peerURL,…
    #[arg(long, env = "ETCD_INITIAL_CLUSTER", value_name = "LIST")]
    pub initial_cluster: Option<String>,
    /// new, or existing to join a running cluster
    #[arg(
        long,
        env = "ETCD_INITIAL_CLUSTER_STATE",
        default_value = "new",
        value_name = "STATE"
    )]
    pub initial_cluster_state: String,
    /// Token that keeps separate clusters apart
    #[arg(
        long,
        env = "ETCD_INITIAL_CLUSTER_TOKEN",
        default_value = "etcd-cluster",
        value_name = "TOKEN"
    )]
    pub initial_cluster_token: String,
    /// Milliseconds between leader heartbeats
    #[arg(
        long,
        env = "ETCD_HEARTBEAT_INTERVAL",
        default_value_t = 100,
        value_name = "MS"
    )]
    pub heartbeat_interval: u64,
    /// Milliseconds without a heartbeat before an election
    #[arg(
        long,
        env = "ETCD_ELECTION_TIMEOUT",
        default_value_t = 1000,
        value_name = "MS"
    )]
    pub election_timeout: u64,
    /// Applied entries between snapshots of the log
    #[arg(
        long,
        env = "ETCD_SNAPSHOT_COUNT",
        default_value_t = 100_000,
        value_name = "N"
    )]
    pub snapshot_count: u64,
    /// Client server certificate
    #[arg(long, env = "ETCD_CERT_FILE", value_name = "FILE")]
    pub cert_file: Option<PathBuf>,
    /// Client server key
    #[arg(long, env = "ETCD_KEY_FILE", value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// CA that client certificates must chain to
    #[arg(long, env = "ETCD_TRUSTED_CA_FILE", value_name = "FILE")]
    pub trusted_ca_file: Option<PathBuf>,
    /// Require client certificates
    #[arg(long, env = "ETCD_CLIENT_CERT_AUTH")]
    pub client_cert_auth: bool,
    /// Peer certificate
    #[arg(long, env = "ETCD_PEER_CERT_FILE", value_name = "FILE")]
    pub peer_cert_file: Option<PathBuf>,
    /// Peer key
    #[arg(long, env = "ETCD_PEER_KEY_FILE", value_name = "FILE")]
    pub peer_key_file: Option<PathBuf>,
    /// CA that peer certificates must chain to
    #[arg(long, env = "ETCD_PEER_TRUSTED_CA_FILE", value_name = "FILE")]
    pub peer_trusted_ca_file: Option<PathBuf>,
    /// Require peer certificates
    #[arg(long, env = "ETCD_PEER_CLIENT_CERT_AUTH")]
    pub peer_client_cert_auth: bool,
    /// Certificate revocation list (PEM or DER) checked against client certificates
    #[arg(long, env = "ETCD_CLIENT_CRL_FILE", value_name = "FILE")]
    pub client_crl_file: Option<PathBuf>,
    /// Certificate revocation list (PEM or DER) checked against peer certificates
    #[arg(long, env = "ETCD_PEER_CRL_FILE", value_name = "FILE")]
    pub peer_crl_file: Option<PathBuf>,
    /// Client certificates must name one of these hosts in their SANs, comma-separated
    #[arg(long, env = "ETCD_CLIENT_CERT_ALLOWED_HOSTNAME", value_name = "LIST")]
    pub client_cert_allowed_hostname: Option<String>,
    /// Peer certificates must have one of these common names, comma-separated
    #[arg(long, env = "ETCD_PEER_CERT_ALLOWED_CN", value_name = "LIST")]
    pub peer_cert_allowed_cn: Option<String>,
    /// Peer certificates must name one of these hosts in their SANs, comma-separated
    #[arg(long, env = "ETCD_PEER_CERT_ALLOWED_HOSTNAME", value_name = "LIST")]
    pub peer_cert_allowed_hostname: Option<String>,
    /// TLS 1.2 cipher suites by their IANA names, comma-separated (TLS 1.3's are always on)
    #[arg(long, env = "ETCD_CIPHER_SUITES", value_name = "LIST")]
    pub cipher_suites: Option<String>,
    /// Lowest TLS version: TLS1.2 or TLS1.3
    #[arg(
        long,
        env = "ETCD_TLS_MIN_VERSION",
        default_value = "TLS1.2",
        value_name = "VERSION"
    )]
    pub tls_min_version: String,
    /// Highest TLS version: TLS1.2 or TLS1.3 (empty: the highest there is)
    #[arg(
        long,
        env = "ETCD_TLS_MAX_VERSION",
        default_value = "",
        value_name = "VERSION"
    )]
    pub tls_max_version: String,
    /// Backend size that raises the NOSPACE alarm
    #[arg(long, env = "ETCD_QUOTA_BACKEND_BYTES", default_value_t = DEFAULT_QUOTA_BYTES, value_name = "BYTES")]
    pub quota_backend_bytes: u64,
    /// Largest client request accepted
    #[arg(long, env = "ETCD_MAX_REQUEST_BYTES", default_value_t = DEFAULT_MAX_REQUEST_BYTES, value_name = "BYTES")]
    pub max_request_bytes: u64,
    /// Most operations in one transaction
    #[arg(
        long,
        env = "ETCD_MAX_TXN_OPS",
        default_value_t = 128,
        value_name = "N"
    )]
    pub max_txn_ops: u64,
    /// periodic or revision
    #[arg(
        long,
        env = "ETCD_AUTO_COMPACTION_MODE",
        default_value = "periodic",
        value_name = "MODE"
    )]
    pub auto_compaction_mode: String,
    /// Hours (or a duration like 30m) for periodic; revisions to keep for revision; 0 is off
    #[arg(
        long,
        env = "ETCD_AUTO_COMPACTION_RETENTION",
        default_value = "0",
        value_name = "VALUE"
    )]
    pub auto_compaction_retention: String,
    /// Auth tokens: simple, or jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256|ES256|EdDSA|…[,ttl=5m]
    #[arg(
        long,
        env = "ETCD_AUTH_TOKEN",
        default_value = "simple",
        value_name = "SPEC"
    )]
    pub auth_token: String,
    /// Seconds a simple token lives after its last use
    #[arg(
        long,
        env = "ETCD_AUTH_TOKEN_TTL",
        default_value_t = 300,
        value_name = "SECONDS"
    )]
    pub auth_token_ttl: u64,
    /// bcrypt cost of stored passwords (4–31)
    #[arg(
        long,
        env = "ETCD_BCRYPT_COST",
        default_value_t = 10,
        value_name = "COST"
    )]
    pub bcrypt_cost: u32,
    /// More URLs that serve /metrics and /health alone (http or https, with the client TLS
    /// files), comma-separated
    #[arg(long, env = "ETCD_LISTEN_METRICS_URLS", value_name = "URLS")]
    pub listen_metrics_urls: Option<String>,
    /// basic, or extensive to add gRPC handling-time histograms
    #[arg(
        long,
        env = "ETCD_METRICS",
        default_value = "basic",
        value_name = "LEVEL"
    )]
    pub metrics: String,
    /// debug, info, warn or error
    #[arg(
        long,
        env = "ETCD_LOG_LEVEL",
        default_value = "info",
        value_name = "LEVEL"
    )]
    pub log_level: String,
    /// etcd's YAML configuration file; when given, it replaces the flags and variables
    #[arg(long, env = "ETCD_CONFIG_FILE", value_name = "FILE")]
    pub config_file: Option<PathBuf>,
}

pub const DEFAULT_QUOTA_BYTES: u64 = 2 * 1024 * 1024 * 1024;
pub const DEFAULT_MAX_REQUEST_BYTES: u64 = 1024 * 1024 * 3 / 2;

/// TLS material for one side (clients or peers), and whom that side lets in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TlsFiles {
    pub cert_file: PathBuf,
    pub key_file: PathBuf,
    pub trusted_ca_file: Option<PathBuf>,
    pub client_cert_auth: bool,
    pub crl_file: Option<PathBuf>,
    /// A connecting certificate must carry one of these common names (none: any).
    pub allowed_cns: Vec<String>,
    /// A connecting certificate must name one of these hosts in its SANs (none: any).
    pub allowed_hostnames: Vec<String>,
}

impl TlsFiles {
    /// Every file this side reads, for watching them.
    pub fn paths(&self) -> Vec<&Path> {
        [Some(&self.cert_file), Some(&self.key_file)]
            .into_iter()
            .chain([self.trusted_ca_file.as_ref(), self.crl_file.as_ref()])
            .flatten()
            .map(PathBuf::as_path)
            .collect()
    }
}

/// TLS versions and suites, for both sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsPolicy {
    pub tls13_only: bool,
    pub tls12_only: bool,
    /// TLS 1.2 suites by IANA name; empty: rustls's defaults.
    pub cipher_suites: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClusterState {
    New,
    Existing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AutoCompaction {
    Off,
    /// Keep this much history.
    Periodic(std::time::Duration),
    /// Keep this many revisions.
    Revision(u64),
}

/// Checked settings of one member.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub name: String,
    pub data_dir: PathBuf,
    pub listen_client_urls: Vec<url::Url>,
    pub advertise_client_urls: Vec<url::Url>,
    pub listen_peer_urls: Vec<url::Url>,
    pub initial_advertise_peer_urls: Vec<url::Url>,
    /// name → peer URLs, in the order given.
    pub initial_cluster: Vec<(String, Vec<url::Url>)>,
    pub initial_cluster_state: ClusterState,
    pub initial_cluster_token: String,
    pub heartbeat_interval_ms: u64,
    pub election_timeout_ms: u64,
    pub snapshot_count: u64,
    pub client_tls: Option<TlsFiles>,
    pub peer_tls: Option<TlsFiles>,
    pub tls_policy: TlsPolicy,
    pub quota_backend_bytes: u64,
    pub max_request_bytes: u64,
    pub max_txn_ops: u64,
    pub auto_compaction: AutoCompaction,
    pub listen_metrics_urls: Vec<url::Url>,
    pub metrics: crate::server::metrics::MetricsLevel,
    pub log_level: String,
    pub auth_token: String,
    pub auth_token_ttl: u64,
    pub bcrypt_cost: u32,
}

fn parse_urls(flag: &str, text: &str) -> Result<Vec<url::Url>> {
    let urls = text
        .split(',')
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(url::parse)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|problem| {
            Error::new(
                format!("--{flag}: {problem}"),
                "write URLs like https://192.168.255.131:2379, comma-separated",
            )
        })?;
    if urls.is_empty() {
        return Err(Error::new(
            format!("--{flag} is empty"),
            "give at least one URL",
        ));
    }
    Ok(urls)
}

/// etcd's YAML configuration file; unknown keys are errors.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    name: Option<String>,
    data_dir: Option<PathBuf>,
    listen_client_urls: Option<String>,
    advertise_client_urls: Option<String>,
    listen_peer_urls: Option<String>,
    initial_advertise_peer_urls: Option<String>,
    initial_cluster: Option<String>,
    initial_cluster_state: Option<String>,
    initial_cluster_token: Option<String>,
    heartbeat_interval: Option<u64>,
    election_timeout: Option<u64>,
    snapshot_count: Option<u64>,
    client_transport_security: Option<TransportSecurity>,
    peer_transport_security: Option<TransportSecurity>,
    quota_backend_bytes: Option<u64>,
    max_request_bytes: Option<u64>,
    max_txn_ops: Option<u64>,
    cipher_suites: Option<OneOrMany>,
    tls_min_version: Option<String>,
    tls_max_version: Option<String>,
    auto_compaction_mode: Option<String>,
    auto_compaction_retention: Option<String>,
    listen_metrics_urls: Option<String>,
    metrics: Option<String>,
    log_level: Option<String>,
    auth_token: Option<String>,
    auth_token_ttl: Option<u64>,
    bcrypt_cost: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct TransportSecurity {
    cert_file: Option<PathBuf>,
    key_file: Option<PathBuf>,
    trusted_ca_file: Option<PathBuf>,
    #[serde(default)]
    client_cert_auth: bool,
    allowed_cn: Option<OneOrMany>,
    allowed_hostname: Option<OneOrMany>,
}

/// etcd's config file takes a string or a list for some fields.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn joined(self) -> String {
        match self {
            OneOrMany::One(text) => text,
            OneOrMany::Many(list) => list.join(","),
        }
    }
}

impl ServeArgs {
    /// The settings from `--config-file` when given (as etcd does, it then replaces flags and
    /// variables), else these flags.
    pub fn resolve(&self) -> Result<ServerConfig> {
        match &self.config_file {
            Some(path) => Self::from_config_file(path)?.check(),
            None => self.check(),
        }
    }

    fn from_config_file(path: &Path) -> Result<ServeArgs> {
        let origin = path.display().to_string();
        let text = crate::input::read_text(path)?;
        let value = crate::input::parse(&origin, &text)?;
        let file: ConfigFile = serde_path_to_error::deserialize(value).map_err(|e| {
            let inner = e.into_inner().to_string().replace('`', "\"");
            Error::new(
                format!("{origin}: {inner}"),
                "use etcd's configuration file keys, e.g. name, data-dir, listen-client-urls",
            )
        })?;
        let defaults = ServeArgs::default_values();
        let client = file.client_transport_security.unwrap_or_default();
        let peer = file.peer_transport_security.unwrap_or_default();
        Ok(ServeArgs {
            name: file.name.unwrap_or(defaults.name),
            data_dir: file.data_dir,
            listen_client_urls: file
                .listen_client_urls
                .unwrap_or(defaults.listen_client_urls),
            advertise_client_urls: file
                .advertise_client_urls
                .unwrap_or(defaults.advertise_client_urls),
            listen_peer_urls: file.listen_peer_urls.unwrap_or(defaults.listen_peer_urls),
            initial_advertise_peer_urls: file
                .initial_advertise_peer_urls
                .unwrap_or(defaults.initial_advertise_peer_urls),
            initial_cluster: file.initial_cluster,
            initial_cluster_state: file
                .initial_cluster_state
                .unwrap_or(defaults.initial_cluster_state),
            initial_cluster_token: file
                .initial_cluster_token
                .unwrap_or(defaults.initial_cluster_token),
            heartbeat_interval: file
                .heartbeat_interval
                .unwrap_or(defaults.heartbeat_interval),
            election_timeout: file.election_timeout.unwrap_or(defaults.election_timeout),
            snapshot_count: file.snapshot_count.unwrap_or(defaults.snapshot_count),
            cert_file: client.cert_file,
            key_file: client.key_file,
            trusted_ca_file: client.trusted_ca_file,
            client_cert_auth: client.client_cert_auth,
            peer_cert_file: peer.cert_file,
            peer_key_file: peer.key_file,
            peer_trusted_ca_file: peer.trusted_ca_file,
            peer_client_cert_auth: peer.client_cert_auth,
            client_crl_file: None,
            peer_crl_file: None,
            client_cert_allowed_hostname: client.allowed_hostname.map(OneOrMany::joined),
            peer_cert_allowed_cn: peer.allowed_cn.map(OneOrMany::joined),
            peer_cert_allowed_hostname: peer.allowed_hostname.map(OneOrMany::joined),
            cipher_suites: file.cipher_suites.map(OneOrMany::joined),
            tls_min_version: file.tls_min_version.unwrap_or(defaults.tls_min_version),
            tls_max_version: file.tls_max_version.unwrap_or(defaults.tls_max_version),
            quota_backend_bytes: file
                .quota_backend_bytes
                .unwrap_or(defaults.quota_backend_bytes),
            max_request_bytes: file.max_request_bytes.unwrap_or(defaults.max_request_bytes),
            max_txn_ops: file.max_txn_ops.unwrap_or(defaults.max_txn_ops),
            auto_compaction_mode: file
                .auto_compaction_mode
                .unwrap_or(defaults.auto_compaction_mode),
            auto_compaction_retention: file
                .auto_compaction_retention
                .unwrap_or(defaults.auto_compaction_retention),
            listen_metrics_urls: file.listen_metrics_urls,
            metrics: file.metrics.unwrap_or(defaults.metrics),
            log_level: file.log_level.unwrap_or(defaults.log_level),
            auth_token: file.auth_token.unwrap_or(defaults.auth_token),
            auth_token_ttl: file.auth_token_ttl.unwrap_or(defaults.auth_token_ttl),
            bcrypt_cost: file.bcrypt_cost.unwrap_or(defaults.bcrypt_cost),
            config_file: None,
        })
    }

    /// etcd's defaults, as the flags have them.
    pub fn default_values() -> ServeArgs {
        ServeArgs::parse_flags(&[]).expect("no flags parse")
    }

    /// Parses flags alone, leaving the environment's ETCD_* variables aside.
    pub fn parse_flags(flags: &[&str]) -> std::result::Result<ServeArgs, clap::Error> {
        #[derive(clap::Parser)]
        struct Only {
            #[command(flatten)]
            args: ServeArgs,
        }
        use clap::{CommandFactory, FromArgMatches};
        let command = Only::command().mut_args(|a| a.env(None::<&str>));
        let matches =
            command.try_get_matches_from(std::iter::once("ctl").chain(flags.iter().copied()))?;
        Ok(Only::from_arg_matches(&matches)?.args)
    }

    fn check(&self) -> Result<ServerConfig> {
        let name = self.name.clone();
        let listen_client_urls = parse_urls("listen-client-urls", &self.listen_client_urls)?;
        let advertise_client_urls =
            parse_urls("advertise-client-urls", &self.advertise_client_urls)?;
        let listen_peer_urls = parse_urls("listen-peer-urls", &self.listen_peer_urls)?;
        let (initial_cluster, initial_advertise_peer_urls) = check_bootstrap(
            &name,
            self.initial_cluster.as_deref(),
            &self.initial_advertise_peer_urls,
        )?;
        let initial_cluster_state = match self.initial_cluster_state.as_str() {
            "new" => ClusterState::New,
            "existing" => ClusterState::Existing,
            other => {
                return Err(Error::new(
                    format!("--initial-cluster-state \"{other}\" is neither new nor existing"),
                    "use new to bootstrap, existing to join a running cluster",
                ))
            }
        };
        if self.heartbeat_interval == 0 {
            return Err(Error::new(
                "--heartbeat-interval is 0",
                "use milliseconds, e.g. 100",
            ));
        }
        if self.election_timeout < 5 * self.heartbeat_interval {
            return Err(Error::new(
                format!(
                    "--election-timeout[{}ms] should be at least as 5 times as --heartbeat-interval[{}ms]",
                    self.election_timeout, self.heartbeat_interval
                ),
                format!("raise --election-timeout to at least {}", 5 * self.heartbeat_interval),
            ));
        }
        if self.election_timeout > 50_000 {
            return Err(Error::new(
                format!(
                    "--election-timeout[{}ms] is too long, and should be set less than 50 seconds",
                    self.election_timeout
                ),
                "use at most 50000",
            ));
        }
        let list = |text: &Option<String>| -> Vec<String> {
            text.iter()
                .flat_map(|t| t.split(','))
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect()
        };
        let mut client_tls = tls_files(
            "client",
            self.cert_file.as_deref(),
            self.key_file.as_deref(),
            self.trusted_ca_file.as_deref(),
            self.client_cert_auth,
            listen_client_urls.iter().any(|u| u.is_tls()),
            (
                "--cert-file",
                "--key-file",
                "--trusted-ca-file",
                "--client-cert-auth",
            ),
        )?;
        let mut peer_tls = tls_files(
            "peer",
            self.peer_cert_file.as_deref(),
            self.peer_key_file.as_deref(),
            self.peer_trusted_ca_file.as_deref(),
            self.peer_client_cert_auth,
            listen_peer_urls.iter().any(|u| u.is_tls()),
            (
                "--peer-cert-file",
                "--peer-key-file",
                "--peer-trusted-ca-file",
                "--peer-client-cert-auth",
            ),
        )?;
        for (side, files, crl, crl_flag, cns, hostnames) in [
            (
                "client",
                &mut client_tls,
                &self.client_crl_file,
                "--client-crl-file",
                Vec::new(),
                list(&self.client_cert_allowed_hostname),
            ),
            (
                "peer",
                &mut peer_tls,
                &self.peer_crl_file,
                "--peer-crl-file",
                list(&self.peer_cert_allowed_cn),
                list(&self.peer_cert_allowed_hostname),
            ),
        ] {
            if !cns.is_empty() && !hostnames.is_empty() {
                return Err(Error::new(
                    format!("allowed common names and allowed hostnames for {side} certificates are mutually exclusive, as in etcd"),
                    "give one of --peer-cert-allowed-cn and --peer-cert-allowed-hostname",
                ));
            }
            let restricted = crl.is_some() || !cns.is_empty() || !hostnames.is_empty();
            match files {
                Some(files) => {
                    if let Some(crl) = crl {
                        if !crl.is_file() {
                            return Err(Error::new(
                                format!("{crl_flag} {}: no such file", crl.display()),
                                "check the path of the revocation list",
                            ));
                        }
                    }
                    if restricted && files.trusted_ca_file.is_none() {
                        return Err(Error::new(
                            format!("{side} certificate checks (a CRL or allowed names) need the {side} side's trusted CA file"),
                            "pass the trusted CA file and require certificates from that side",
                        ));
                    }
                    files.crl_file = crl.clone();
                    files.allowed_cns = cns;
                    files.allowed_hostnames = hostnames;
                }
                None if restricted => {
                    return Err(Error::new(
                        format!(
                            "{side} certificate checks (a CRL or allowed names) without {side} TLS"
                        ),
                        format!("give the {side} side its certificate, key and trusted CA"),
                    ))
                }
                None => {}
            }
        }
        let tls_policy = tls_policy(
            &self.tls_min_version,
            &self.tls_max_version,
            &list(&self.cipher_suites),
        )?;
        let auto_compaction =
            auto_compaction(&self.auto_compaction_mode, &self.auto_compaction_retention)?;
        if !matches!(
            self.log_level.as_str(),
            "debug" | "info" | "warn" | "error" | "panic" | "fatal"
        ) {
            return Err(Error::new(
                format!("--log-level \"{}\" is not a level", self.log_level),
                "use debug, info, warn or error",
            ));
        }
        if self.max_txn_ops == 0 {
            return Err(Error::new(
                "--max-txn-ops is 0",
                "use 128 (etcd's default) or more",
            ));
        }
        if !(4..=31).contains(&self.bcrypt_cost) {
            return Err(Error::new(
                format!("--bcrypt-cost {} is not between 4 and 31", self.bcrypt_cost),
                "use 10 (etcd's default)",
            ));
        }
        let listen_metrics_urls = match &self.listen_metrics_urls {
            Some(urls) => parse_urls("listen-metrics-urls", urls)?,
            None => Vec::new(),
        };
        if listen_metrics_urls.iter().any(|u| u.is_tls()) && client_tls.is_none() {
            return Err(Error::new(
                "--listen-metrics-urls has an https URL but there is no --cert-file/--key-file",
                "give the client TLS files (metrics URLs use them), or use http",
            ));
        }
        let metrics = match self.metrics.as_str() {
            "basic" => crate::server::metrics::MetricsLevel::Basic,
            "extensive" => crate::server::metrics::MetricsLevel::Extensive,
            other => {
                return Err(Error::new(
                    format!("--metrics \"{other}\" is neither basic nor extensive"),
                    "use basic (etcd's default) or extensive (adds gRPC latency histograms)",
                ))
            }
        };
        // Checked now (keys read, options parsed) so a bad --auth-token fails before start.
        crate::server::auth::token::Tokens::from_flags(&self.auth_token, self.auth_token_ttl)
            .map_err(|e| Error::new(e, "write --auth-token simple, or jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256"))?;
        Ok(ServerConfig {
            data_dir: self
                .data_dir
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("{name}.etcd"))),
            name,
            listen_client_urls,
            advertise_client_urls,
            listen_peer_urls,
            initial_advertise_peer_urls,
            initial_cluster,
            initial_cluster_state,
            initial_cluster_token: self.initial_cluster_token.clone(),
            heartbeat_interval_ms: self.heartbeat_interval,
            election_timeout_ms: self.election_timeout,
            snapshot_count: self.snapshot_count,
            client_tls,
            peer_tls,
            tls_policy,
            quota_backend_bytes: self.quota_backend_bytes,
            max_request_bytes: self.max_request_bytes,
            max_txn_ops: self.max_txn_ops,
            auto_compaction,
            listen_metrics_urls,
            metrics,
            log_level: self.log_level.clone(),
            auth_token: self.auth_token.clone(),
            auth_token_ttl: self.auth_token_ttl,
            bcrypt_cost: self.bcrypt_cost,
        })
    }
}

/// --initial-cluster: each member's name and peer URLs.
pub type InitialCluster = Vec<(String, Vec<url::Url>)>;

/// Parses --initial-cluster (default: this member alone) and --initial-advertise-peer-urls and
/// checks that they agree on this member's peer URLs, as etcd's bootstrap (and etcdutl's
/// restore) does.
pub fn check_bootstrap(
    name: &str,
    initial_cluster: Option<&str>,
    advertise_peer_urls: &str,
) -> Result<(InitialCluster, Vec<url::Url>)> {
    let initial_advertise_peer_urls =
        parse_urls("initial-advertise-peer-urls", advertise_peer_urls)?;
    let initial_cluster_text = initial_cluster
        .map(str::to_string)
        .unwrap_or_else(|| format!("{name}={advertise_peer_urls}"));
    let initial_cluster = parse_initial_cluster(&initial_cluster_text)?;
    let own = initial_cluster
        .iter()
        .filter(|(n, _)| *n == name)
        .flat_map(|(_, urls)| urls.iter().cloned())
        .collect::<Vec<_>>();
    if own.is_empty() {
        return Err(Error::new(
            format!("--initial-cluster has no member named \"{name}\""),
            format!("add {name}={advertise_peer_urls} to --initial-cluster, or correct --name"),
        ));
    }
    let mut own_sorted: Vec<String> = own.iter().map(|u| u.to_string()).collect();
    let mut advertised: Vec<String> = initial_advertise_peer_urls
        .iter()
        .map(|u| u.to_string())
        .collect();
    own_sorted.sort();
    advertised.sort();
    if own_sorted != advertised {
        return Err(Error::new(
            format!(
                "--initial-cluster gives {name} the peer URLs {}, but --initial-advertise-peer-urls says {}",
                own_sorted.join(","),
                advertised.join(",")
            ),
            "make both name the same peer URLs",
        ));
    }
    Ok((initial_cluster, initial_advertise_peer_urls))
}

fn parse_initial_cluster(text: &str) -> Result<Vec<(String, Vec<url::Url>)>> {
    let mut members: BTreeMap<String, usize> = BTreeMap::new();
    let mut list: Vec<(String, Vec<url::Url>)> = Vec::new();
    for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let (name, url) = entry.split_once('=').ok_or_else(|| {
            Error::new(
                format!("--initial-cluster entry \"{entry}\" is not name=URL"),
                "write --initial-cluster master1=https://192.168.255.131:2380,master2=…",
            )
        })?;
        let url = url::parse(url).map_err(|p| {
            Error::new(
                format!("--initial-cluster: {p}"),
                "write name=https://host:2380 entries",
            )
        })?;
        match members.get(name) {
            Some(&i) => list[i].1.push(url),
            None => {
                members.insert(name.to_string(), list.len());
                list.push((name.to_string(), vec![url]));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (_, urls) in &list {
        for url in urls {
            if !seen.insert(url.to_string()) {
                return Err(Error::new(
                    format!("--initial-cluster names the peer URL {url} twice"),
                    "give every member its own peer URL",
                ));
            }
        }
    }
    Ok(list)
}

fn tls_files(
    side: &str,
    cert: Option<&Path>,
    key: Option<&Path>,
    ca: Option<&Path>,
    client_cert_auth: bool,
    needs_tls: bool,
    flags: (&str, &str, &str, &str),
) -> Result<Option<TlsFiles>> {
    let (cert_flag, key_flag, ca_flag, auth_flag) = flags;
    match (cert, key) {
        (Some(cert), Some(key)) => {
            if client_cert_auth && ca.is_none() {
                return Err(Error::new(
                    format!("{auth_flag} needs {ca_flag} to check {side} certificates against"),
                    format!("pass {ca_flag} ca.pem"),
                ));
            }
            for (flag, path) in [
                (cert_flag, Some(cert)),
                (key_flag, Some(key)),
                (ca_flag, ca),
            ] {
                if let Some(path) = path {
                    if !path.is_file() {
                        return Err(Error::new(
                            format!("{flag} {}: no such file", path.display()),
                            "check the path (the PKI directory, e.g. /etc/etcd/pki)",
                        ));
                    }
                }
            }
            Ok(Some(TlsFiles {
                cert_file: cert.to_path_buf(),
                key_file: key.to_path_buf(),
                trusted_ca_file: ca.map(Path::to_path_buf),
                client_cert_auth,
                ..TlsFiles::default()
            }))
        }
        (None, None) => {
            if needs_tls {
                return Err(Error::new(
                    format!("https {side} URLs need a certificate"),
                    format!("pass {cert_flag} and {key_flag}, or use http URLs"),
                ));
            }
            if client_cert_auth {
                return Err(Error::new(
                    format!("{auth_flag} without TLS"),
                    format!("pass {cert_flag}, {key_flag} and {ca_flag} with https URLs"),
                ));
            }
            Ok(None)
        }
        _ => Err(Error::new(
            format!("{cert_flag} and {key_flag} go together"),
            format!("pass both {cert_flag} and {key_flag}"),
        )),
    }
}

/// --tls-min-version, --tls-max-version and --cipher-suites, checked against what rustls speaks.
fn tls_policy(min: &str, max: &str, suites: &[String]) -> Result<TlsPolicy> {
    let version = |flag: &str, text: &str| -> Result<Option<u8>> {
        match text {
            "" => Ok(None),
            "TLS1.2" => Ok(Some(2)),
            "TLS1.3" => Ok(Some(3)),
            "TLS1.0" | "TLS1.1" => Err(Error::new(
                format!("{flag} {text}: ctl speaks TLS 1.2 and 1.3 only"),
                format!("use {flag} TLS1.2"),
            )),
            other => Err(Error::new(
                format!("{flag} \"{other}\" is not a TLS version"),
                "use TLS1.2 or TLS1.3",
            )),
        }
    };
    let low = version("--tls-min-version", min)?.unwrap_or(2);
    let high = version("--tls-max-version", max)?.unwrap_or(3);
    if low > high {
        return Err(Error::new(
            format!("--tls-min-version {min} is above --tls-max-version {max}"),
            "make the minimum at most the maximum",
        ));
    }
    if !suites.is_empty() && low == 3 {
        return Err(Error::new(
            "--cipher-suites with --tls-min-version TLS1.3: TLS 1.3 suites cannot be chosen",
            "drop --cipher-suites, or allow TLS1.2",
        ));
    }
    for suite in suites {
        if crate::server::tls::tls12_suite(suite).is_none() {
            return Err(Error::new(
                format!("--cipher-suites: {suite} is not a TLS 1.2 suite ctl offers"),
                format!(
                    "choose from {}",
                    crate::server::tls::TLS12_SUITE_NAMES.join(", ")
                ),
            ));
        }
    }
    Ok(TlsPolicy {
        tls13_only: low == 3,
        tls12_only: high == 2,
        cipher_suites: suites.to_vec(),
    })
}

fn auto_compaction(mode: &str, retention: &str) -> Result<AutoCompaction> {
    let bad = || {
        Error::new(
            format!("--auto-compaction-retention \"{retention}\" does not fit mode {mode}"),
            "periodic takes hours (1) or a duration (30m); revision takes a count (1000)",
        )
    };
    match mode {
        "periodic" => {
            if retention == "0" {
                return Ok(AutoCompaction::Off);
            }
            let duration = match retention.parse::<u64>() {
                Ok(hours) => std::time::Duration::from_secs(hours * 3600),
                Err(_) => crate::pki::duration::parse_go_duration(retention).map_err(|_| bad())?,
            };
            Ok(if duration.is_zero() {
                AutoCompaction::Off
            } else {
                AutoCompaction::Periodic(duration)
            })
        }
        "revision" => {
            let keep = retention.parse::<u64>().map_err(|_| bad())?;
            Ok(if keep == 0 {
                AutoCompaction::Off
            } else {
                AutoCompaction::Revision(keep)
            })
        }
        other => Err(Error::new(
            format!("--auto-compaction-mode \"{other}\" is unknown"),
            "use periodic or revision",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(flags: &[&str]) -> ServeArgs {
        ServeArgs::parse_flags(flags).unwrap()
    }

    #[test]
    fn etcds_defaults_make_a_single_member() {
        let config = args(&[]).resolve().unwrap();
        assert_eq!(config.name, "default");
        assert_eq!(config.data_dir, PathBuf::from("default.etcd"));
        assert_eq!(config.initial_cluster.len(), 1);
        assert_eq!(
            config.listen_client_urls[0].to_string(),
            "http://localhost:2379"
        );
        assert_eq!(config.quota_backend_bytes, 2 << 30);
        assert_eq!(config.max_request_bytes, 1_572_864);
        assert_eq!(config.auto_compaction, AutoCompaction::Off);
    }

    #[test]
    fn the_seeds_flags_resolve() {
        let config = args(&[
            "--name=master2",
            "--listen-peer-urls=http://192.168.255.132:2380",
            "--initial-advertise-peer-urls=http://192.168.255.132:2380",
            "--listen-client-urls=http://192.168.255.132:2379,http://127.0.0.1:2379",
            "--initial-cluster=master1=http://192.168.255.131:2380,master2=http://192.168.255.132:2380,master3=http://192.168.255.133:2380",
            "--heartbeat-interval=250",
            "--election-timeout=2000",
        ])
        .resolve()
        .unwrap();
        assert_eq!(
            config
                .initial_cluster
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>(),
            ["master1", "master2", "master3"]
        );
        assert_eq!(config.listen_client_urls.len(), 2);
    }

    #[test]
    fn contradictions_are_refused_before_start() {
        let err = args(&["--name=x"]).resolve();
        assert!(err.is_ok(), "the default initial cluster follows --name");
        let err = args(&["--name=x", "--initial-cluster=y=http://localhost:2380"])
            .resolve()
            .unwrap_err();
        assert_eq!(err.cause, "--initial-cluster has no member named \"x\"");
        let err = args(&["--election-timeout=400"]).resolve().unwrap_err();
        assert!(err.cause.contains("5 times"), "{err:?}");
        let err = args(&["--listen-client-urls=https://127.0.0.1:2379"])
            .resolve()
            .unwrap_err();
        assert_eq!(err.cause, "https client URLs need a certificate");
        let err = args(&["--client-cert-auth"]).resolve().unwrap_err();
        assert_eq!(err.cause, "--client-cert-auth without TLS");
        let err = args(&[
            "--auto-compaction-mode=revision",
            "--auto-compaction-retention=1h",
        ])
        .resolve()
        .unwrap_err();
        assert!(err.cause.contains("does not fit"), "{err:?}");
        let err = args(&["--initial-cluster-state=old"])
            .resolve()
            .unwrap_err();
        assert!(err.cause.contains("neither new nor existing"));
    }

    #[test]
    fn config_file_replaces_flags_and_rejects_unknown_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("etcd.conf.yml");
        std::fs::write(&path, "name: m1\ninitial-cluster: m1=http://127.0.0.1:2380\ninitial-advertise-peer-urls: http://127.0.0.1:2380\nheartbeat-interval: 250\nelection-timeout: 2000\nauto-compaction-retention: \"1\"\n").unwrap();
        let mut a = args(&["--name=ignored"]);
        a.config_file = Some(path.clone());
        let config = a.resolve().unwrap();
        assert_eq!(config.name, "m1");
        assert_eq!(config.heartbeat_interval_ms, 250);
        assert_eq!(
            config.auto_compaction,
            AutoCompaction::Periodic(std::time::Duration::from_secs(3600))
        );
        std::fs::write(&path, "name: m1\nheartbeat-intervall: 250\n").unwrap();
        let err = a.resolve().unwrap_err();
        assert!(err.cause.contains("heartbeat-intervall"), "{err:?}");
    }

    #[test]
    fn reads_the_config_files_render_units_writes() {
        let mut cluster = crate::units::Cluster::example();
        cluster.tls_settings = None;
        cluster.listen_localhost = false;
        cluster.snapshot_count = Some(5000);
        let member = cluster.members[1].clone();
        let text =
            crate::units::render_member(&cluster, &member, crate::units::Format::Config, None)
                .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("etcd.conf.yml");
        std::fs::write(&path, text).unwrap();
        let mut a = args(&[]);
        a.config_file = Some(path);
        let config = a.resolve().unwrap();
        assert_eq!(config.name, "master2");
        assert_eq!(config.initial_cluster.len(), 3);
        assert_eq!(config.snapshot_count, 5000);
        assert_eq!(config.election_timeout_ms, 2000);
        assert_eq!(config.initial_cluster_token, "etcd-cluster-0");
    }
}
