//! `ctl up` and `ctl down`: a secure local cluster in one command.

use std::io::{BufRead, Seek, Write};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

use clap::Args;

use super::client::{block_on, duration};
use crate::client::endpoint::parse_list;
use crate::client::health::{cluster_health, ClusterHealth, Verdict};
use crate::client::{ClientOptions, Session, TlsOptions};
use crate::error::{Error, Result};
use crate::sandbox::process::{
    check_ports, remove_pid_files, running_pid, start_members, stop_children, stop_detached,
};
use crate::sandbox::{Plan, Sandbox, MANIFEST};

#[derive(Debug, Args)]
pub struct UpArgs {
    /// How many members (1 to 7), on 127.0.0.1, 127.0.0.2, … [default: 3]
    #[arg(long, value_name = "N")]
    pub members: Option<usize>,
    /// The sandbox directory; an existing sandbox is restarted with its data
    #[arg(long, default_value = "ctl-sandbox", value_name = "DIR")]
    pub dir: PathBuf,
    /// Return once the cluster is healthy, leaving the members running (stop them with `ctl down`)
    #[arg(long, short = 'd')]
    pub detach: bool,
    /// Every member's client port, on its own address
    #[arg(long, default_value_t = 2379, value_name = "PORT")]
    pub client_port: u16,
    /// Every member's peer port, on its own address
    #[arg(long, default_value_t = 2380, value_name = "PORT")]
    pub peer_port: u16,
    /// How long the cluster may take to become healthy
    #[arg(long, default_value = "30s", value_parser = duration, value_name = "DURATION")]
    pub timeout: Duration,
}

#[derive(Debug, Args)]
pub struct DownArgs {
    /// The sandbox directory
    #[arg(long, default_value = "ctl-sandbox", value_name = "DIR")]
    pub dir: PathBuf,
    /// Also delete the sandbox: certificates, data and logs
    #[arg(long)]
    pub purge: bool,
}

pub fn up(args: UpArgs) -> Result<i32> {
    let sandbox = match Sandbox::open(&args.dir)? {
        Some(sandbox) => {
            let count = sandbox.manifest.members.len();
            if let Some(asked) = args.members.filter(|n| *n != count) {
                return Err(Error::new(
                    format!("the sandbox {} has {count} members, not {asked}", sandbox.dir.display()),
                    format!(
                        "run `ctl up --dir {}` to restart it, or remove it first with `ctl down --dir {} --purge`",
                        args.dir.display(),
                        args.dir.display()
                    ),
                ));
            }
            let running: Vec<&str> = sandbox
                .manifest
                .members
                .iter()
                .filter(|m| running_pid(&sandbox, &m.name).is_some())
                .map(|m| m.name.as_str())
                .collect();
            if !running.is_empty() {
                return Err(Error::new(
                    format!(
                        "the sandbox {} is already running ({})",
                        sandbox.dir.display(),
                        running.join(", ")
                    ),
                    format!(
                        "use it, or stop it with `ctl down --dir {}`",
                        args.dir.display()
                    ),
                ));
            }
            eprintln!(
                "restarting the sandbox in {} with its data",
                sandbox.dir.display()
            );
            sandbox
        }
        None => {
            let members = args.members.unwrap_or(3);
            let plan = Plan {
                members,
                client_port: args.client_port,
                peer_port: args.peer_port,
            };
            plan.check()?;
            let dir = args.dir.display();
            eprintln!("making a sandbox in {dir}: certificates for 127.0.0.1–{members}, units and config files");
            Sandbox::create(&args.dir, &plan)?
        }
    };
    check_ports(&sandbox)?;
    let mut children = start_members(&sandbox)?;
    let session = session(&sandbox)?;
    let health = match block_on(wait_healthy(
        &session,
        &sandbox,
        &mut children,
        args.timeout,
    )) {
        Ok(health) => health,
        Err(e) => {
            stop_children(&mut children);
            remove_pid_files(&sandbox);
            return Err(e);
        }
    };
    for member in &health.members {
        println!("{}", member.line());
    }
    println!("cluster is {}", health.verdict.word());
    if args.detach {
        print!("{}", usage(&sandbox, true));
        return Ok(0);
    }
    let code = block_on(foreground(&sandbox, &mut children, &usage(&sandbox, false)));
    stop_children(&mut children);
    remove_pid_files(&sandbox);
    eprintln!(
        "stopped {} members; start them again with `ctl up --dir {}`",
        children.len(),
        args.dir.display()
    );
    code
}

pub fn down(args: DownArgs) -> Result<i32> {
    let sandbox = match Sandbox::open(&args.dir) {
        Ok(Some(sandbox)) => Some(sandbox),
        Ok(None) => {
            return Err(Error::new(
                format!("there is no sandbox in {}", args.dir.display()),
                "name the sandbox directory with --dir",
            ))
        }
        // A damaged sandbox can still be purged, if it is one.
        Err(e) if args.purge && args.dir.join(MANIFEST).exists() => {
            eprintln!("warning: {}", e.cause);
            None
        }
        Err(e) => return Err(e),
    };
    if let Some(sandbox) = &sandbox {
        let stopped = stop_detached(sandbox);
        if stopped.is_empty() {
            eprintln!("no member of {} was running", sandbox.dir.display());
        }
        for (name, pid) in stopped {
            println!("stopped {name} (pid {pid})");
        }
    }
    if args.purge {
        std::fs::remove_dir_all(&args.dir).map_err(|e| Error::io("remove", &args.dir, &e))?;
        println!("removed {}", args.dir.display());
    }
    Ok(0)
}

fn session(sandbox: &Sandbox) -> Result<Session> {
    Session::new(ClientOptions {
        endpoints: parse_list(&sandbox.client_urls().join(","), true)?,
        tls: TlsOptions {
            cacert: Some(sandbox.pki_file("ca.pem")),
            cert: Some(sandbox.pki_file("client.pem")),
            key: Some(sandbox.pki_file("client-key.pem")),
            insecure_skip_verify: false,
        },
        dial_timeout: Duration::from_secs(1),
        command_timeout: Duration::from_secs(2),
        credentials: None,
        keepalive: Default::default(),
        debug: false,
    })
}

/// Polls cluster health with a spinner until every member is healthy; fails when a member
/// exits or the time is up, with the end of the culprit's log.
async fn wait_healthy(
    session: &Session,
    sandbox: &Sandbox,
    children: &mut [(String, Child)],
    timeout: Duration,
) -> Result<ClusterHealth> {
    let spinner = super::spinner("starting members");
    let started = Instant::now();
    loop {
        for (name, child) in children.iter_mut() {
            if let Ok(Some(status)) = child.try_wait() {
                spinner.finish_and_clear();
                return Err(Error::new(
                    format!(
                        "member {name} exited ({status}) while starting:\n{}",
                        log_tail(&sandbox.log_file(name), 15)
                    ),
                    format!("see {}", sandbox.log_file(name).display()),
                ));
            }
        }
        let health = cluster_health(session).await;
        if health.verdict == Verdict::Healthy {
            spinner.finish_and_clear();
            return Ok(health);
        }
        let healthy = health
            .members
            .iter()
            .filter(|m| m.state == crate::client::health::State::Healthy)
            .count();
        spinner.set_message(format!(
            "waiting for {} members: {healthy} healthy ({:.0?})",
            children.len(),
            started.elapsed()
        ));
        if started.elapsed() > timeout {
            spinner.finish_and_clear();
            let lines: Vec<String> = health.members.iter().map(|m| m.line()).collect();
            return Err(Error::new(
                format!(
                    "the cluster is not healthy after {timeout:?}: {}",
                    lines.join("; ")
                ),
                format!(
                    "see the member logs in {}",
                    sandbox.dir.join("logs").display()
                ),
            ));
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

fn log_tail(path: &Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// How to use the cluster: ctl and etcdctl with their certificate flags.
fn usage(sandbox: &Sandbox, detached: bool) -> String {
    let endpoints = sandbox.client_urls().join(",");
    let flags = format!(
        "--endpoints={endpoints} --cacert={} --cert={} --key={}",
        sandbox.pki_file("ca.pem").display(),
        sandbox.pki_file("client.pem").display(),
        sandbox.pki_file("client-key.pem").display()
    );
    let stop = if detached {
        format!("Stop it with: ctl down --dir {}", sandbox.dir.display())
    } else {
        "Member logs follow; stop the cluster with Ctrl-C.".to_string()
    };
    format!(
        "\n{n} members with TLS on client and peer URLs, client certificates required.\n\
         Sandbox: {dir} (certificates in pki/, systemd units in units/, config files in config/, logs in logs/)\n\n\
         Use it with ctl or etcdctl:\n\
         \x20 ctl member list -w table {flags}\n\
         \x20 ETCDCTL_API=3 etcdctl {flags} put greeting hello\n\
         \x20 ETCDCTL_API=3 etcdctl {flags} get greeting\n\
         or without flags, after: source {env}\n\
         \x20 ctl cluster-health\n\
         \x20 etcdctl endpoint status -w table\n\n\
         {stop}\n",
        n = sandbox.manifest.members.len(),
        dir = sandbox.dir.display(),
        env = sandbox.dir.join("env").display(),
    )
}

/// Prints `usage`, then streams the members' logs, prefixed by member name, until Ctrl-C or
/// SIGTERM. The handlers are in place before `usage` says Ctrl-C stops the cluster, so a Ctrl-C
/// right after it stops the members too.
async fn foreground(
    sandbox: &Sandbox,
    children: &mut [(String, Child)],
    usage: &str,
) -> Result<i32> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut terminate = signal(SignalKind::terminate()).map_err(|e| {
        Error::new(
            format!("cannot handle SIGTERM: {e}"),
            "check the process limits",
        )
    })?;
    let mut interrupt = signal(SignalKind::interrupt()).map_err(|e| {
        Error::new(
            format!("cannot handle SIGINT: {e}"),
            "check the process limits",
        )
    })?;
    print!("{usage}");
    std::io::stdout().flush().ok();
    let mut tails: Vec<LogTail> = children
        .iter()
        .filter_map(|(name, _)| LogTail::open(name, &sandbox.log_file(name)))
        .collect();
    let mut exited = vec![false; children.len()];
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    loop {
        tokio::select! {
            _ = interrupt.recv() => break,
            _ = terminate.recv() => break,
            _ = tick.tick() => {
                for tail in &mut tails {
                    tail.print_new();
                }
                for (i, (name, child)) in children.iter_mut().enumerate() {
                    if !exited[i] {
                        if let Ok(Some(status)) = child.try_wait() {
                            exited[i] = true;
                            eprintln!("{name} exited ({status}); the others keep running");
                        }
                    }
                }
            }
        }
    }
    eprintln!("stopping the members");
    Ok(0)
}

/// Follows one log file from its current end.
struct LogTail {
    prefix: String,
    reader: std::io::BufReader<std::fs::File>,
    partial: String,
}

impl LogTail {
    fn open(name: &str, path: &Path) -> Option<LogTail> {
        let mut file = std::fs::File::open(path).ok()?;
        file.seek(std::io::SeekFrom::End(0)).ok()?;
        Some(LogTail {
            prefix: format!("{name} | "),
            reader: std::io::BufReader::new(file),
            partial: String::new(),
        })
    }

    fn print_new(&mut self) {
        let mut out = std::io::stdout().lock();
        loop {
            let mut line = String::new();
            match self.reader.read_line(&mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    self.partial.push_str(&line);
                    if self.partial.ends_with('\n') {
                        let _ = write!(out, "{}{}", self.prefix, self.partial);
                        self.partial.clear();
                    }
                }
            }
        }
        let _ = out.flush();
    }
}
