//! The command tree. Each command group has its own file; they parse and print, and call the
//! library modules for the work.

use std::ffi::OsString;
use std::io::IsTerminal;

use clap::{Parser, Subcommand};

use crate::error::Result;

pub mod assets;
mod auth;
pub mod bench;
pub mod check;
pub mod client;
pub mod endpoint;
pub mod health;
pub mod kv;
pub mod lease;
mod lock;
pub mod maintenance;
pub mod member;
mod mirror;
pub mod pki;
pub mod serve;
pub mod units;
pub mod up;

/// One binary for secure etcd clusters: certificates, units, members and checks.
#[derive(Debug, Parser)]
#[command(name = "ctl", version, about, long_about = None, propagate_version = true, args_override_self = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run
pub enum Command {
    /// cfssl-compatible certificate tooling: CA, client, server and peer certificates
    #[command(subcommand)]
    Pki(pki::PkiCommand),
    /// Render per-member systemd units, etcd config files or environment files from one cluster description
    RenderUnits(units::RenderUnitsArgs),
    /// Run an etcd v3 member (etcd's flags and ETCD_* variables; the real etcdctl works against it)
    Serve(serve::ServeCommand),
    /// Start a secure local cluster: certificates, units, members on 127.0.0.1…N, health
    Up(up::UpArgs),
    /// Stop a sandbox started with `ctl up --detach`
    Down(up::DownArgs),
    /// Check every member's health, as `etcdctl cluster-health` did (v3 API; real etcd or ctl)
    ClusterHealth(health::ClusterHealthArgs),
    /// List, add, remove, update or promote members
    Member(member::MemberArgs),
    /// Per-endpoint health, status and data hashes
    Endpoint(endpoint::EndpointArgs),
    /// Get keys (a key, a range, a prefix)
    Get(kv::GetArgs),
    /// Put a key
    Put(kv::PutArgs),
    /// Delete keys (a key, a range, a prefix)
    Del(kv::DelArgs),
    /// Print changes to keys until interrupted
    Watch(kv::WatchArgs),
    /// Run a transaction read from standard input (etcdctl's txn format)
    Txn(kv::TxnArgs),
    /// Grant, revoke, inspect, list and keep alive leases
    Lease(lease::LeaseArgs),
    /// Add, delete, inspect and list users; grant and revoke their roles; change passwords
    User(auth::UserArgs),
    /// Add, delete, inspect and list roles; grant and revoke their permissions
    Role(auth::RoleArgs),
    /// Turn authentication on or off, or show whether it is on
    Auth(auth::AuthArgs),
    /// Acquire a named lock, then hold it until interrupted or run a command while holding it
    Lock(lock::LockArgs),
    /// Campaign in a named election and lead until interrupted, or watch its leader (--listen)
    Elect(lock::ElectArgs),
    /// Copy keys to another cluster, then keep copying every change, until interrupted
    MakeMirror(mirror::MakeMirrorArgs),
    /// Save a member's backend to a file
    Snapshot(maintenance::SnapshotArgs),
    /// Hand the leadership to another member
    MoveLeader(maintenance::MoveLeaderArgs),
    /// Defragment members' backends, returning freed space to the file system
    Defrag(maintenance::DefragArgs),
    /// Discard the key history before a revision
    Compaction(maintenance::CompactionArgs),
    /// List or disarm alarms (NOSPACE, CORRUPT)
    Alarm(maintenance::AlarmArgs),
    /// Load a cluster like etcd's benchmark tool: put, range, txn-put, watch-latency
    Bench(bench::BenchArgs),
    /// Check the cluster as etcdctl check does: perf (throughput and latency under a load model)
    /// and datascale (memory per stored data)
    Check(check::CheckArgs),
    /// Print ctl's version and the etcd API version it speaks (as etcdctl version)
    Version,
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(assets::CompletionsArgs),
}

/// Runs a parsed command line; the process's exit status.
pub fn run(cli: Cli) -> Result<i32> {
    let done = |result: Result<()>| result.map(|()| 0);
    match cli.command {
        Command::Pki(command) => done(pki::run(command)),
        Command::RenderUnits(args) => done(units::run(args)),
        Command::Serve(args) => done(serve::run(args)),
        Command::Up(args) => up::up(args),
        Command::Down(args) => up::down(args),
        Command::ClusterHealth(args) => health::run(args),
        Command::Member(args) => member::run(args),
        Command::Endpoint(args) => endpoint::run(args),
        Command::Get(args) => kv::get(args),
        Command::Put(args) => kv::put(args),
        Command::Del(args) => kv::del(args),
        Command::Watch(args) => kv::watch(args),
        Command::Txn(args) => kv::txn(args),
        Command::Lease(args) => lease::run(args),
        Command::User(args) => auth::user(args),
        Command::Role(args) => auth::role(args),
        Command::Auth(args) => auth::auth(args),
        Command::Lock(args) => lock::run_lock(args),
        Command::MakeMirror(args) => mirror::run(args),
        Command::Elect(args) => lock::run_elect(args),
        Command::Snapshot(args) => maintenance::snapshot(args),
        Command::MoveLeader(args) => maintenance::move_leader(args),
        Command::Defrag(args) => maintenance::defrag(args),
        Command::Compaction(args) => maintenance::compaction(args),
        Command::Alarm(args) => maintenance::alarm(args),
        Command::Bench(args) => bench::bench(args),
        Command::Check(args) => check::run(args),
        Command::Completions(args) => done(assets::run_completions(args)),
        Command::Version => {
            let api = crate::server::member::SERVER_VERSION;
            let api = api
                .rsplit_once('.')
                .map_or(api, |(major_minor, _)| major_minor);
            println!(
                "ctl version: {}\nAPI version: {api}",
                env!("CARGO_PKG_VERSION")
            );
            Ok(0)
        }
    }
}

/// Command lines as etcdctl and cfssl users type them, in the form clap parses: see
/// [`connection_flags_after_command`] and [`cfssl_flags`].
pub fn normalize_args(args: Vec<OsString>) -> Vec<OsString> {
    cfssl_flags(connection_flags_after_command(args))
}

/// etcdctl takes its global flags before the command too (`etcdctl --endpoints X get k`): move
/// connection flags given before the command to just after it, where ctl's commands read them.
pub fn connection_flags_after_command(args: Vec<OsString>) -> Vec<OsString> {
    const WITH_VALUE: &[&str] = &[
        "endpoints",
        "cacert",
        "ca-file",
        "cert",
        "cert-file",
        "key",
        "key-file",
        "dial-timeout",
        "command-timeout",
        "write-out",
        "user",
        "password",
        "keepalive-time",
        "keepalive-timeout",
    ];
    const SWITCHES: &[&str] = &[
        "insecure-skip-tls-verify",
        "insecure-transport",
        "hex",
        "debug",
    ];
    let mut moved = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let Some(text) = args[i].to_str() else { break };
        let takes_value = if let Some(long) = text.strip_prefix("--") {
            let name = long.split('=').next().unwrap_or("");
            if SWITCHES.contains(&name) {
                false
            } else if WITH_VALUE.contains(&name) {
                !long.contains('=')
            } else {
                break;
            }
        } else if text == "-w" {
            true
        } else if text.starts_with("-w") {
            false
        } else {
            break;
        };
        let end = if takes_value { i + 2 } else { i + 1 };
        if end > args.len() {
            break;
        }
        moved.extend_from_slice(&args[i..end]);
        i = end;
    }
    if moved.is_empty() || i >= args.len() {
        return args;
    }
    // The command word, then the moved flags, then the rest.
    let mut out = vec![args[0].clone(), args[i].clone()];
    out.extend(moved);
    out.extend_from_slice(&args[i + 1..]);
    out
}

/// cfssl's flags are single-dash Go flags (`-ca=ca.pem -profile=server`); accept them for the
/// `pki` commands so copied cfssl command lines work unchanged.
pub fn cfssl_flags(args: Vec<OsString>) -> Vec<OsString> {
    const CFSSL_FLAGS: &[&str] = &[
        "ca", "ca-key", "config", "profile", "hostname", "initca", "cert", "csr", "bare",
    ];
    if args.get(1).and_then(|a| a.to_str()) != Some("pki") {
        return args;
    }
    args.into_iter()
        .map(|arg| {
            let Some(text) = arg.to_str() else { return arg };
            let Some(rest) = text.strip_prefix('-').filter(|r| !r.starts_with('-')) else {
                return arg;
            };
            let name = rest.split('=').next().unwrap_or("");
            if CFSSL_FLAGS.contains(&name) {
                OsString::from(format!("-{text}"))
            } else {
                arg
            }
        })
        .collect()
}

/// Whether ctl may ask questions: both standard input and standard error are terminals.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// A progress bar on standard error with `template` (indicatif's syntax); hidden when standard
/// error is not a terminal, so pipes and logs stay clean.
pub fn progress_bar(total: u64, template: &str) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template(template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// A ticking spinner on standard error showing `message`; hidden when it is not a terminal.
pub fn spinner(message: impl Into<std::borrow::Cow<'static, str>>) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let spinner = indicatif::ProgressBar::new_spinner();
    spinner.set_message(message);
    spinner.enable_steady_tick(std::time::Duration::from_millis(100));
    spinner
}

/// Prints warnings collected while reading input.
pub fn print_warnings(warnings: &[String]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn connection_flags_before_the_command_work_as_in_etcdctl() {
        let moved = normalize_args(words(&[
            "ctl",
            "--endpoints",
            "a:2379",
            "-w",
            "json",
            "--user=root:pw",
            "--insecure-skip-tls-verify",
            "member",
            "list",
        ]));
        assert_eq!(
            moved,
            words(&[
                "ctl",
                "member",
                "--endpoints",
                "a:2379",
                "-w",
                "json",
                "--user=root:pw",
                "--insecure-skip-tls-verify",
                "list",
            ])
        );
        let cli = Cli::try_parse_from(moved).unwrap();
        let Command::Member(member) = cli.command else {
            panic!("not member")
        };
        assert_eq!(member.connection.endpoints, "a:2379");
        // What is not a connection flag, or after the command, is left alone.
        for unchanged in [
            &["ctl", "--version"][..],
            &["ctl", "get", "--endpoints", "a:2379", "k"],
            &["ctl", "--endpoints"],
            &["ctl", "--bogus", "get", "k"],
        ] {
            assert_eq!(normalize_args(words(unchanged)), words(unchanged));
        }
        let got = Cli::try_parse_from(normalize_args(words(&[
            "ctl",
            "--endpoints=x:1",
            "get",
            "k",
        ])))
        .unwrap();
        assert!(matches!(got.command, Command::Get(_)));
    }

    #[test]
    fn cfssl_single_dash_flags_are_accepted() {
        let args: Vec<OsString> = [
            "ctl",
            "pki",
            "gencert",
            "-ca=ca.pem",
            "-ca-key",
            "k.pem",
            "-profile=server",
            "-o",
            "x.json",
        ]
        .iter()
        .map(OsString::from)
        .collect();
        let normalized: Vec<String> = normalize_args(args)
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect();
        assert_eq!(
            normalized,
            [
                "ctl",
                "pki",
                "gencert",
                "--ca=ca.pem",
                "--ca-key",
                "k.pem",
                "--profile=server",
                "-o",
                "x.json"
            ]
        );
    }

    #[test]
    fn the_command_tree_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
