//! The cluster description: members, ports, TLS, timing and the command to run, with etcd's
//! own rules checked up front.

use std::collections::HashSet;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::input;

pub const DEFAULT_CLIENT_PORT: u32 = 2379;
pub const DEFAULT_PEER_PORT: u32 = 2380;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name: String,
    /// An IP address or a hostname.
    pub address: String,
    #[serde(default = "default_client_port")]
    pub client_port: u32,
    #[serde(default = "default_peer_port")]
    pub peer_port: u32,
}

fn default_client_port() -> u32 {
    DEFAULT_CLIENT_PORT
}
fn default_peer_port() -> u32 {
    DEFAULT_PEER_PORT
}

/// TLS settings: the PKI directory with the seed's file names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tls {
    #[serde(default = "default_pki_dir")]
    pub pki_dir: PathBuf,
    /// Require client certificates from clients and peers (--client-cert-auth,
    /// --peer-client-cert-auth). The seed leaves them out; ctl turns them on.
    #[serde(default = "yes")]
    pub client_cert_auth: bool,
    /// Each member has its own server and peer pair, server-NAME.pem and peer-NAME.pem (from
    /// `ctl pki init --per-member`), instead of one server.pem and peer.pem for all.
    #[serde(default)]
    pub per_member: bool,
}

fn default_pki_dir() -> PathBuf {
    PathBuf::from("/etc/etcd/pki")
}
fn yes() -> bool {
    true
}

impl Default for Tls {
    fn default() -> Self {
        Tls {
            pki_dir: default_pki_dir(),
            client_cert_auth: true,
            per_member: false,
        }
    }
}

impl Tls {
    pub fn file(&self, name: &str) -> String {
        self.pki_dir.join(name).display().to_string()
    }

    /// The base name of `member`'s server or peer certificate (`role` is "server" or "peer").
    pub fn member_file(&self, role: &str, member: &str) -> String {
        if self.per_member {
            format!("{role}-{member}")
        } else {
            role.to_string()
        }
    }
}

/// A whole cluster as the operator describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    #[serde(default = "default_token")]
    pub token: String,
    pub members: Vec<Member>,
    #[serde(default = "default_data_dir")]
    pub data_dir: PathBuf,
    /// `tls:` is either a section or `off`/`false` for plain http; read into `tls_settings`.
    #[serde(default, skip_serializing)]
    tls: Option<serde_json::Value>,
    #[serde(skip)]
    pub tls_settings: Option<Tls>,
    #[serde(default = "default_heartbeat")]
    pub heartbeat_interval: u64,
    #[serde(default = "default_election")]
    pub election_timeout: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_count: Option<u64>,
    /// Also listen on http://127.0.0.1:<client port>, as the seed does.
    #[serde(default)]
    pub listen_localhost: bool,
    /// The member command: real etcd, or `ctl serve`, which takes the same flags.
    #[serde(default = "default_binary")]
    pub binary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_flags: Vec<String>,
}

fn default_token() -> String {
    "etcd-cluster-0".into()
}
fn default_data_dir() -> PathBuf {
    PathBuf::from("/var/lib/etcd")
}
fn default_heartbeat() -> u64 {
    100
}
fn default_election() -> u64 {
    1000
}
fn default_binary() -> String {
    "/usr/local/bin/etcd".into()
}

impl Cluster {
    /// A cluster from members and defaults (the inline `--member name=address` form).
    pub fn from_members(members: Vec<Member>) -> Cluster {
        Cluster {
            token: default_token(),
            members,
            data_dir: default_data_dir(),
            tls: None,
            tls_settings: Some(Tls::default()),
            heartbeat_interval: default_heartbeat(),
            election_timeout: default_election(),
            snapshot_count: None,
            listen_localhost: false,
            binary: default_binary(),
            extra_flags: Vec::new(),
        }
    }

    /// The seed's cluster: master1..3 at 192.168.255.131..133 with its timing and token.
    pub fn example() -> Cluster {
        let members = (1..=3)
            .map(|i| Member {
                name: format!("master{i}"),
                address: format!("192.168.255.{}", 130 + i),
                client_port: DEFAULT_CLIENT_PORT,
                peer_port: DEFAULT_PEER_PORT,
            })
            .collect();
        Cluster {
            heartbeat_interval: 250,
            election_timeout: 2000,
            listen_localhost: true,
            ..Cluster::from_members(members)
        }
    }

    /// The example as YAML, commented for the operator who edits it.
    pub fn example_yaml() -> String {
        let mut text = String::from(
            "# ctl render-units cluster description (the seed's cluster); render with:\n\
             #   ctl render-units --cluster cluster.yaml --out units\n",
        );
        let mut value = serde_json::to_value(Cluster::example()).expect("serializable");
        value["tls"] = serde_json::json!({"pki_dir": "/etc/etcd/pki", "client_cert_auth": true});
        text += &serde_yaml::to_string(&value).expect("YAML");
        text += "# tls: off                 # plain http instead\n\
                 # snapshot_count: 10000\n\
                 # binary: /usr/local/bin/ctl serve   # run ctl's member instead of etcd\n\
                 # extra_flags: [--auto-compaction-retention=1]\n";
        text
    }

    pub fn load(path: &Path) -> Result<Cluster> {
        let origin = path.display().to_string();
        let text = input::read_text(path)?;
        let value = input::parse(&origin, &text)?;
        let mut cluster: Cluster = serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner().to_string();
            let inner = inner.replace('`', "\"");
            let at = if path == "." {
                String::new()
            } else {
                format!(" at \"{path}\"")
            };
            Error::new(
                format!("{origin}{at}: {inner}"),
                "compare with `ctl render-units --init` for the fields and their types",
            )
        })?;
        cluster.tls_settings = tls_setting(cluster.tls.take(), &origin)?;
        Ok(cluster)
    }

    pub fn scheme(&self) -> &'static str {
        if self.tls_settings.is_some() {
            "https"
        } else {
            "http"
        }
    }

    /// Checks etcd's rules; returns warnings for what is allowed but unwise.
    pub fn validate(&self) -> Result<Vec<String>> {
        let mut warnings = Vec::new();
        if self.members.is_empty() {
            return Err(Error::new(
                "the description has no members",
                "list them under members: with name and address",
            ));
        }
        let mut names = HashSet::new();
        let mut endpoints = HashSet::new();
        for m in &self.members {
            let valid_name = !m.name.is_empty()
                && m.name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
            if !valid_name {
                return Err(Error::new(
                    format!("member name \"{}\" is not usable", m.name),
                    "use letters, digits, '-', '_' or '.' (it names the member's directory too)",
                ));
            }
            if !names.insert(m.name.as_str()) {
                return Err(Error::new(
                    format!("duplicate member name \"{}\"", m.name),
                    "give every member its own name",
                ));
            }
            check_address(&m.address)?;
            for (what, port) in [("client_port", m.client_port), ("peer_port", m.peer_port)] {
                if !(1..=65535).contains(&port) {
                    return Err(Error::new(
                        format!("member {}: {what} {port} is out of range", m.name),
                        "use a port from 1 to 65535 (etcd's defaults are 2379 and 2380)",
                    ));
                }
            }
            for port in [m.client_port, m.peer_port] {
                let endpoint = format!("{}:{port}", host_for_url(&m.address));
                if !endpoints.insert(endpoint.clone()) {
                    return Err(Error::new(
                        format!("{endpoint} is used twice"),
                        "every member needs its own address or ports, and client and peer ports differ",
                    ));
                }
            }
        }
        if self.heartbeat_interval == 0 {
            return Err(Error::new(
                "heartbeat_interval is 0",
                "use milliseconds such as 100 (etcd's default)",
            ));
        }
        if self.election_timeout < 5 * self.heartbeat_interval {
            return Err(Error::new(
                format!(
                    "election timeout {} ms is below 5 × heartbeat interval {} ms",
                    self.election_timeout, self.heartbeat_interval
                ),
                format!(
                    "etcd refuses this: raise election_timeout to at least {}",
                    5 * self.heartbeat_interval
                ),
            ));
        }
        if self.election_timeout > 50_000 {
            return Err(Error::new(
                format!(
                    "election timeout {} ms is above etcd's limit of 50000",
                    self.election_timeout
                ),
                "use at most 50000 ms",
            ));
        }
        if self.token.is_empty() {
            return Err(Error::new(
                "token is empty",
                "name the cluster, e.g. token: etcd-cluster-0",
            ));
        }
        if !self.data_dir.is_absolute() {
            return Err(Error::new(
                format!(
                    "data_dir {} is not an absolute path",
                    self.data_dir.display()
                ),
                "systemd needs absolute paths: e.g. /var/lib/etcd",
            ));
        }
        let program = self.binary.split_whitespace().next().unwrap_or("");
        if !program.starts_with('/') {
            return Err(Error::new(
                format!("binary \"{}\" does not start with an absolute path", self.binary),
                "systemd runs absolute paths: e.g. /usr/local/bin/etcd or \"/usr/local/bin/ctl serve\"",
            ));
        }
        let count = self.members.len();
        if count > 7 {
            warnings.push(format!(
                "{count} members: more than 7 slows every write; 3, 5 or 7 is the advice"
            ));
        } else if count.is_multiple_of(2) {
            warnings.push(format!(
                "{count} members survive {} failure{}, no more than {} would; 3, 5 or 7 is the advice",
                (count - 1) / 2,
                if (count - 1) / 2 == 1 { "" } else { "s" },
                count - 1
            ));
        }
        if self.listen_localhost {
            let ports: HashSet<u32> = self.members.iter().map(|m| m.client_port).collect();
            if self
                .members
                .iter()
                .any(|m| m.address == "127.0.0.1" && ports.contains(&m.client_port))
            {
                return Err(Error::new(
                    "listen_localhost would listen twice on 127.0.0.1",
                    "a member already uses 127.0.0.1: set listen_localhost: false",
                ));
            }
        }
        Ok(warnings)
    }

    pub fn member(&self, name: &str) -> Result<&Member> {
        self.members.iter().find(|m| m.name == name).ok_or_else(|| {
            let known: Vec<&str> = self.members.iter().map(|m| m.name.as_str()).collect();
            Error::new(
                format!("no member named \"{name}\""),
                format!("the members are: {}", known.join(", ")),
            )
        })
    }

    pub fn peer_url(&self, m: &Member) -> String {
        format!(
            "{}://{}:{}",
            self.scheme(),
            host_for_url(&m.address),
            m.peer_port
        )
    }

    pub fn client_url(&self, m: &Member) -> String {
        format!(
            "{}://{}:{}",
            self.scheme(),
            host_for_url(&m.address),
            m.client_port
        )
    }

    pub fn initial_cluster(&self) -> String {
        self.members
            .iter()
            .map(|m| format!("{}={}", m.name, self.peer_url(m)))
            .collect::<Vec<_>>()
            .join(",")
    }
}

fn tls_setting(value: Option<serde_json::Value>, origin: &str) -> Result<Option<Tls>> {
    use serde_json::Value;
    let word_error = |word: &str| {
        Error::new(
            format!("{origin}: tls: \"{word}\" is neither off nor a section"),
            "write `tls: off` for plain http, or `tls: {pki_dir: /etc/etcd/pki}`",
        )
    };
    match value {
        None | Some(Value::Null) | Some(Value::Bool(true)) => Ok(Some(Tls::default())),
        Some(Value::Bool(false)) => Ok(None),
        Some(Value::String(word)) => match word.to_ascii_lowercase().as_str() {
            "off" | "no" | "none" | "false" => Ok(None),
            "on" | "yes" | "true" => Ok(Some(Tls::default())),
            _ => Err(word_error(&word)),
        },
        Some(section @ Value::Object(_)) => serde_path_to_error::deserialize(section)
            .map(Some)
            .map_err(|e| {
                let inner = e.into_inner().to_string().replace('`', "\"");
                Error::new(
                    format!("{origin} at \"tls\": {inner}"),
                    "tls takes pki_dir, client_cert_auth and per_member, or off",
                )
            }),
        Some(other) => Err(word_error(&other.to_string())),
    }
}

fn host_for_url(address: &str) -> String {
    match address.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) => format!("[{v6}]"),
        _ => address.to_string(),
    }
}

fn check_address(address: &str) -> Result<()> {
    let bad = || {
        Error::new(
            format!("address \"{address}\" is neither an IP address nor a hostname"),
            "write an IP such as 192.168.255.131 or a hostname such as master1.example.com",
        )
    };
    if address.parse::<IpAddr>().is_ok() {
        return Ok(());
    }
    // Dotted digits that do not parse are a mistyped IP, not a hostname.
    if address.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(bad());
    }
    let ok = address.len() <= 253
        && address.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if ok {
        Ok(())
    } else {
        Err(bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_valid_and_round_trips() {
        assert_eq!(Cluster::example().validate().unwrap(), Vec::<String>::new());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cluster.yaml");
        std::fs::write(&path, Cluster::example_yaml()).unwrap();
        let loaded = Cluster::load(&path).unwrap();
        assert_eq!(
            loaded.initial_cluster(),
            Cluster::example().initial_cluster()
        );
        assert_eq!(loaded.tls_settings, Some(Tls::default()));
    }

    #[test]
    fn etcds_election_rule_and_member_count_advice() {
        let mut cluster = Cluster::example();
        cluster.election_timeout = 1249;
        let err = cluster.validate().unwrap_err();
        assert_eq!(
            err.cause,
            "election timeout 1249 ms is below 5 × heartbeat interval 250 ms"
        );
        cluster.election_timeout = 1250;
        cluster.members.pop();
        let warnings = cluster.validate().unwrap();
        assert_eq!(
            warnings,
            ["2 members survive 0 failures, no more than 1 would; 3, 5 or 7 is the advice"]
        );
    }

    #[test]
    fn addresses_and_endpoints() {
        assert!(check_address("master1.example.com").is_ok());
        assert!(check_address("::1").is_ok());
        assert!(check_address("999.1.1.1").is_err());
        assert!(check_address("bad host!").is_err());
        let mut cluster = Cluster::example();
        cluster.members[1].address = cluster.members[0].address.clone();
        assert_eq!(
            cluster.validate().unwrap_err().cause,
            "192.168.255.131:2379 is used twice"
        );
        let mut v6 = Cluster::example();
        v6.members[0].address = "fd00::1".into();
        assert_eq!(v6.peer_url(&v6.members[0]), "https://[fd00::1]:2380");
    }
}
