//! The suite's private network: a network namespace of its own (so nothing it does reaches the
//! host's network, and its nftables rules vanish with it), loopback only, and a firewall that
//! can cut one member off from its peers. Members run as their own uids; the firewall marks
//! each connection with the uid that opened it, because members do not bind their outgoing
//! sockets (every source address is 127.0.0.1) and the uid is what tells them apart.

use std::io::Write;
use std::process::{Command, Stdio};

const TABLE: &str = "ctl_robustness";

/// Moves this process into a new network namespace with loopback up. Must run before any
/// thread starts: threads and children made afterwards inherit the namespace.
pub fn enter() -> Result<(), String> {
    if unsafe { libc::geteuid() } != 0 {
        return Err(
            "the robustness suite needs root: it makes a network namespace with nftables rules and runs members as their own uids (run scripts/test as root, as CI does)".into(),
        );
    }
    if unsafe { libc::unshare(libc::CLONE_NEWNET) } != 0 {
        return Err(format!(
            "cannot make a network namespace: {}",
            std::io::Error::last_os_error()
        ));
    }
    run("ip", &["link", "set", "lo", "up"])
}

fn run(program: &str, args: &[&str]) -> Result<(), String> {
    let out = Command::new(program).args(args).output().map_err(|e| {
        format!("cannot run {program}: {e} (scripts/install-test-deps installs it)")
    })?;
    if !out.status.success() {
        return Err(format!(
            "{program} {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(())
}

fn nft(script: &str) -> Result<(), String> {
    let mut child = Command::new("nft")
        .args(["-f", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("cannot run nft: {e} (scripts/install-test-deps installs nftables)")
        })?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .map_err(|e| format!("nft: {e}"))?;
    let out = child.wait_with_output().map_err(|e| format!("nft: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "nft failed: {}\n{script}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(())
}

/// One member as the firewall knows it.
#[derive(Clone)]
pub struct Host {
    pub uid: u32,
    pub ip: String,
}

pub struct Firewall {
    hosts: Vec<Host>,
    peer_port: u16,
}

impl Firewall {
    /// Installs the table: every new connection is marked with the index (from 1) of the member
    /// whose uid opened it; the `partition` chain is where cuts go.
    pub fn install(hosts: &[Host], peer_port: u16) -> Result<Firewall, String> {
        let mut script = format!(
            "table inet {TABLE} {{\n  chain partition {{\n  }}\n  chain output {{\n    type filter hook output priority 0; policy accept;\n"
        );
        for (i, host) in hosts.iter().enumerate() {
            script.push_str(&format!(
                "    ct state new meta skuid {} ct mark set {}\n",
                host.uid,
                i + 1
            ));
        }
        script.push_str("    jump partition\n  }\n}\n");
        nft(&format!("delete table inet {TABLE}\n")).ok();
        nft(&script)?;
        Ok(Firewall {
            hosts: hosts.to_vec(),
            peer_port,
        })
    }

    /// Cuts member `i` off from its peers, both ways, on live connections too: what it opened
    /// (its mark) and what reaches its peer port. Client traffic is untouched.
    pub fn isolate(&self, i: usize) -> Result<(), String> {
        let host = &self.hosts[i];
        let port = self.peer_port;
        nft(&format!(
            "add rule inet {TABLE} partition ct mark {} drop\n\
             add rule inet {TABLE} partition ip daddr {} tcp dport {port} drop\n\
             add rule inet {TABLE} partition ip saddr {} tcp sport {port} drop\n",
            i + 1,
            host.ip,
            host.ip
        ))
    }

    pub fn heal(&self) -> Result<(), String> {
        nft(&format!("flush chain inet {TABLE} partition\n"))
    }
}
