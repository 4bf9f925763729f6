//! Running real etcd members in tests: a guard that kills and reaps them whatever the outcome,
//! their logs for failure messages, and etcdctl 3.4 with ctl's certificates.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::etcdctl34;

/// Drops every `ETCD_*` variable of the test's own environment from `command`, so a member
/// reads only the flags or config file the test gives it.
pub fn without_etcd_environment(command: &mut Command) {
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("ETCD_") {
            command.env_remove(key);
        }
    }
}

/// Running members; killed and reaped when dropped.
pub struct Members {
    children: Vec<Child>,
    logs: Vec<PathBuf>,
    names: Vec<String>,
}

impl Members {
    pub fn new() -> Members {
        Members {
            children: Vec::new(),
            logs: Vec::new(),
            names: Vec::new(),
        }
    }

    /// Starts `command` as member `name`, its output going to `log_path`.
    pub fn spawn(&mut self, name: &str, command: &mut Command, log_path: PathBuf) {
        let log = File::create(&log_path).expect("create member log");
        let child = command
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("clone log handle"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {command:?}: {e}"));
        self.children.push(child);
        self.logs.push(log_path);
        self.names.push(name.to_string());
    }

    /// The log file of the `i`-th member started (from 0).
    pub fn log_path(&self, i: usize) -> &Path {
        &self.logs[i]
    }

    /// How many members were started.
    pub fn count(&self) -> usize {
        self.children.len()
    }

    /// The process ID of the `i`-th member, for sending it signals.
    pub fn pid(&self, i: usize) -> u32 {
        self.children[i].id()
    }

    /// Sends `signal` (TERM, STOP, CONT, …) to the `i`-th member.
    pub fn signal(&self, i: usize, signal: &str) {
        super::run_ok(Command::new("kill").args([format!("-{signal}"), self.pid(i).to_string()]));
    }

    /// SIGKILLs the `i`-th member and reaps it.
    pub fn kill(&mut self, i: usize) {
        let _ = self.children[i].kill();
        let _ = self.children[i].wait();
    }

    /// Waits up to `timeout` for the `i`-th member to exit; its status, or None if still running.
    pub fn wait_exit(&mut self, i: usize, timeout: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok(Some(status)) = self.children[i].try_wait() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether the `i`-th member has exited.
    pub fn exited(&mut self, i: usize) -> bool {
        matches!(self.children[i].try_wait(), Ok(Some(_)))
    }

    pub fn any_exited(&mut self) -> bool {
        self.children
            .iter_mut()
            .any(|c| matches!(c.try_wait(), Ok(Some(_))))
    }

    /// Every member's status and log, for a failure message.
    pub fn logs(&mut self) -> String {
        let mut text = String::new();
        for (i, path) in self.logs.iter().enumerate() {
            let status = match self.children[i].try_wait() {
                Ok(Some(status)) => format!("exited: {status}"),
                Ok(None) => "running".to_string(),
                Err(e) => format!("unknown: {e}"),
            };
            let log = std::fs::read_to_string(path).unwrap_or_else(|e| format!("<{e}>"));
            text.push_str(&format!(
                "===== {} ({status}) {} =====\n{log}\n",
                self.names[i],
                path.display()
            ));
        }
        text
    }
}

impl Drop for Members {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
        }
        for child in &mut self.children {
            let _ = child.wait();
        }
    }
}

/// etcdctl 3.4 with the v3 API, run in `pki`, with no settings inherited from the environment.
pub fn etcdctl(pki: &Path) -> Command {
    let mut cmd = Command::new(etcdctl34());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("ETCDCTL_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("ETCDCTL_API", "3")
        .current_dir(pki)
        .stdin(Stdio::null());
    cmd
}

/// etcdctl with the CA and client certificate of `pki` against `endpoints`.
pub fn etcdctl_tls(pki: &Path, endpoints: &str) -> Command {
    let mut cmd = etcdctl(pki);
    cmd.args(["--endpoints", endpoints])
        .args([
            "--cacert",
            "ca.pem",
            "--cert",
            "client.pem",
            "--key",
            "client-key.pem",
        ])
        .args(["--dial-timeout", "2s", "--command-timeout", "5s"]);
    cmd
}

pub fn describe(out: &Output) -> String {
    format!(
        "status: {}\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Polls `endpoint health` on `endpoints` until it succeeds and returns its output (etcdctl 3.4
/// prints the per-endpoint lines on standard error); panics with the members' logs when a member
/// exits or `timeout` passes.
pub fn wait_healthy(
    members: &mut Members,
    pki: &Path,
    endpoints: &str,
    timeout: Duration,
) -> String {
    let deadline = Instant::now() + timeout;
    loop {
        let out = etcdctl_tls(pki, endpoints)
            .args(["endpoint", "health"])
            .output()
            .expect("etcdctl runs");
        if out.status.success() {
            return format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let exited = members.any_exited();
        if exited || Instant::now() >= deadline {
            let why = if exited {
                "a member exited".to_string()
            } else {
                format!("not healthy within {timeout:?}")
            };
            panic!(
                "etcd cluster failed to boot: {why}\nlast etcdctl endpoint health:\n{}\n{}",
                describe(&out),
                members.logs()
            );
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}
