//! Three members on 127.0.0.1–3 inside the suite's network namespace, each a real process
//! running as its own uid, started with etcd's flags: `ctl serve` or Debian's etcd 3.4 as the
//! control. Members can be killed (SIGKILL) and restarted on the same data dir, paused and
//! resumed (SIGSTOP/SIGCONT), and cut off from their peers.

use std::fs::OpenOptions;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use etcd_client::{Client, ConnectOptions};

use crate::netns::{Firewall, Host};

pub const CLIENT_PORT: u16 = 2379;
pub const PEER_PORT: u16 = 2380;
const FIRST_UID: u32 = 47001;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Ctl,
    Etcd34,
}

impl Target {
    fn command(self) -> Command {
        match self {
            Target::Ctl => {
                // CTL_ROBUSTNESS_BINARY puts another build of ctl through the suite.
                let binary = std::env::var_os("CTL_ROBUSTNESS_BINARY")
                    .unwrap_or_else(|| env!("CARGO_BIN_EXE_ctl").into());
                let mut command = Command::new(binary);
                command.arg("serve");
                command
            }
            Target::Etcd34 => {
                let path = "/usr/bin/etcd";
                assert!(
                    std::path::Path::new(path).exists(),
                    "{path} is missing: run scripts/test, which installs Debian's etcd-server"
                );
                Command::new(path)
            }
        }
    }
}

pub struct Member {
    pub name: String,
    pub ip: String,
    pub uid: u32,
    pub data_dir: PathBuf,
    pub log: PathBuf,
    child: Option<Child>,
    pub paused: bool,
}

pub struct Cluster {
    pub target: Target,
    pub members: Vec<Member>,
    pub firewall: Firewall,
    snapshot_count: u32,
    _dir: tempfile::TempDir,
}

impl Cluster {
    /// Lays out three members (nothing started yet) and installs the firewall.
    pub fn new(target: Target, snapshot_count: u32) -> Result<Cluster, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
            .map_err(|e| e.to_string())?;
        let mut members = Vec::new();
        for i in 0..3 {
            let uid = FIRST_UID + i as u32;
            let home = dir.path().join(format!("m{}", i + 1));
            std::fs::create_dir(&home).map_err(|e| e.to_string())?;
            std::os::unix::fs::chown(&home, Some(uid), Some(uid)).map_err(|e| e.to_string())?;
            members.push(Member {
                name: format!("m{}", i + 1),
                ip: format!("127.0.0.{}", i + 1),
                uid,
                data_dir: home.join("data"),
                log: dir.path().join(format!("m{}.log", i + 1)),
                child: None,
                paused: false,
            });
        }
        let hosts: Vec<Host> = members
            .iter()
            .map(|m| Host {
                uid: m.uid,
                ip: m.ip.clone(),
            })
            .collect();
        let firewall = Firewall::install(&hosts, PEER_PORT)?;
        Ok(Cluster {
            target,
            members,
            firewall,
            snapshot_count,
            _dir: dir,
        })
    }

    pub fn endpoint(&self, i: usize) -> String {
        format!("http://{}:{CLIENT_PORT}", self.members[i].ip)
    }

    fn initial_cluster(&self) -> String {
        self.members
            .iter()
            .map(|m| format!("{}=http://{}:{PEER_PORT}", m.name, m.ip))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Starts member `i` (again, on the same data dir when it ran before).
    pub fn start(&mut self, i: usize) -> Result<(), String> {
        let snapshot_count = self.snapshot_count;
        let initial_cluster = self.initial_cluster();
        let member = &self.members[i];
        let client = format!("http://{}:{CLIENT_PORT}", member.ip);
        let peer = format!("http://{}:{PEER_PORT}", member.ip);
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&member.log)
            .map_err(|e| e.to_string())?;
        let mut command = self.target.command();
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("ETCD") {
                command.env_remove(key);
            }
        }
        command
            .args(["--name", &member.name])
            .arg("--data-dir")
            .arg(&member.data_dir)
            .args(["--listen-client-urls", &client])
            .args(["--advertise-client-urls", &client])
            .args(["--listen-peer-urls", &peer])
            .args(["--initial-advertise-peer-urls", &peer])
            .args(["--initial-cluster", &initial_cluster])
            .args(["--initial-cluster-token", "robustness"])
            .args(["--initial-cluster-state", "new"])
            .args(["--snapshot-count", &snapshot_count.to_string()])
            .args(["--heartbeat-interval", "100", "--election-timeout", "1000"])
            .uid(member.uid)
            .gid(member.uid)
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log);
        if self.target == Target::Etcd34 {
            command.args(["--logger", "zap"]);
        }
        let child = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", member.name))?;
        let member = &mut self.members[i];
        member.child = Some(child);
        member.paused = false;
        Ok(())
    }

    pub fn running(&self, i: usize) -> bool {
        self.members[i].child.is_some()
    }

    /// SIGKILLs member `i` and reaps it.
    pub fn kill(&mut self, i: usize) {
        if let Some(mut child) = self.members[i].child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        self.members[i].paused = false;
    }

    fn signal(&self, i: usize, signal: i32) {
        if let Some(child) = &self.members[i].child {
            unsafe {
                libc::kill(child.id() as i32, signal);
            }
        }
    }

    pub fn pause(&mut self, i: usize) {
        self.signal(i, libc::SIGSTOP);
        self.members[i].paused = true;
    }

    pub fn resume(&mut self, i: usize) {
        self.signal(i, libc::SIGCONT);
        self.members[i].paused = false;
    }

    /// Members that exited on their own (a crash), with their status.
    pub fn exited(&mut self) -> Vec<(String, String)> {
        let mut gone = Vec::new();
        for member in &mut self.members {
            if let Some(child) = member.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    gone.push((member.name.clone(), status.to_string()));
                    member.child = None;
                }
            }
        }
        gone
    }

    /// The last `lines` lines of each member's log.
    pub fn log_tails(&self, lines: usize) -> String {
        let mut out = String::new();
        for member in &self.members {
            let text = std::fs::read_to_string(&member.log).unwrap_or_default();
            let all: Vec<&str> = text.lines().collect();
            let tail = &all[all.len().saturating_sub(lines)..];
            out.push_str(&format!(
                "===== {} ({}) =====\n{}\n",
                member.name,
                member.log.display(),
                tail.join("\n")
            ));
        }
        out
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for i in 0..self.members.len() {
            self.resume(i);
            self.kill(i);
        }
    }
}

/// A client of one member, with short timeouts: a stopped or unreachable member costs a
/// request at most this long.
pub async fn connect(endpoint: &str, timeout: Duration) -> Result<Client, String> {
    let options = ConnectOptions::new()
        .with_connect_timeout(Duration::from_millis(500))
        .with_timeout(timeout);
    Client::connect([endpoint], Some(options))
        .await
        .map_err(|e| e.to_string())
}

/// What a member says of raft: (its ID, the leader it knows, 0 for none).
pub async fn raft_view(endpoint: &str) -> Result<(u64, u64), String> {
    let mut client = connect(endpoint, Duration::from_millis(800)).await?;
    let status = tokio::time::timeout(Duration::from_secs(1), client.status())
        .await
        .map_err(|_| "no answer".to_string())?
        .map_err(|e| e.to_string())?;
    let id = status.header().map_or(0, |h| h.member_id());
    Ok((id, status.leader()))
}
