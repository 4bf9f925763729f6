//! The sandbox's member processes: started as `ctl serve --config-file …` in their own process
//! group (so a terminal's Ctrl-C reaches `ctl up`, which then stops them in order), tracked by
//! pid files, stopped with SIGTERM (SIGKILL only after a grace period), and the ports they need
//! checked first, naming the process that holds one when Linux says.

use std::fs::OpenOptions;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::Sandbox;
use crate::error::{Error, Result};

/// How long a member may take to exit after SIGTERM before it is killed.
pub const STOP_GRACE: Duration = Duration::from_secs(10);

/// Starts every member; their output goes to their log files (appended).
pub fn start_members(sandbox: &Sandbox) -> Result<Vec<(String, Child)>> {
    let exe = std::env::current_exe().map_err(|e| {
        Error::new(
            format!("cannot find the ctl binary: {e}"),
            "run ctl from its file",
        )
    })?;
    let mut started = Vec::new();
    for member in &sandbox.manifest.members {
        let log_path = sandbox.log_file(&member.name);
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| Error::io("open", &log_path, &e))?;
        let err_log = log
            .try_clone()
            .map_err(|e| Error::io("open", &log_path, &e))?;
        let mut command = Command::new(&exe);
        command
            .arg("serve")
            .arg("--config-file")
            .arg(sandbox.config_file(&member.name))
            .current_dir(&sandbox.dir)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(err_log)
            .process_group(0);
        // The config file decides everything; stray ETCD_* variables must not override it.
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("ETCD_") {
                command.env_remove(key);
            }
        }
        let child = match command.spawn() {
            Ok(child) => child,
            Err(e) => {
                stop_children(&mut started);
                return Err(Error::new(
                    format!("cannot start member {}: {e}", member.name),
                    "check that the ctl binary is executable",
                ));
            }
        };
        let pid_path = sandbox.pid_file(&member.name);
        std::fs::write(&pid_path, format!("{}\n", child.id()))
            .map_err(|e| Error::io("write", &pid_path, &e))?;
        started.push((member.name.clone(), child));
    }
    Ok(started)
}

/// SIGTERMs children and waits for them (SIGKILL after the grace period).
pub fn stop_children(children: &mut [(String, Child)]) {
    for (_, child) in children.iter() {
        signal(child.id(), libc::SIGTERM);
    }
    let deadline = Instant::now() + STOP_GRACE;
    for (_, child) in children.iter_mut() {
        loop {
            match child.try_wait() {
                Ok(Some(_)) | Err(_) => break,
                Ok(None) if Instant::now() >= deadline => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }
}

fn signal(pid: u32, sig: libc::c_int) -> bool {
    // SAFETY: kill(2) has no memory-safety preconditions.
    unsafe { libc::kill(pid as libc::pid_t, sig) == 0 }
}

/// The pid of `member` if its pid file names a live `ctl serve` of this sandbox (a stale pid
/// reused by another process does not count).
pub fn running_pid(sandbox: &Sandbox, member: &str) -> Option<u32> {
    let text = std::fs::read_to_string(sandbox.pid_file(member)).ok()?;
    let pid: u32 = text.trim().parse().ok()?;
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
    let config = sandbox.config_file(member);
    let ours = cmdline.split(|b| *b == 0).any(|arg| {
        Path::new(std::ffi::OsStr::new(std::str::from_utf8(arg).unwrap_or(""))) == config
    });
    // A zombie (exited, not yet reaped) has an empty cmdline and is not running.
    ours.then_some(pid)
}

/// Stops the members of a detached sandbox; the names and pids stopped.
pub fn stop_detached(sandbox: &Sandbox) -> Vec<(String, u32)> {
    let running: Vec<(String, u32)> = sandbox
        .manifest
        .members
        .iter()
        .filter_map(|m| running_pid(sandbox, &m.name).map(|pid| (m.name.clone(), pid)))
        .collect();
    for (_, pid) in &running {
        signal(*pid, libc::SIGTERM);
    }
    let deadline = Instant::now() + STOP_GRACE;
    for (name, pid) in &running {
        while running_pid(sandbox, name).is_some() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        if running_pid(sandbox, name).is_some() {
            signal(*pid, libc::SIGKILL);
        }
    }
    remove_pid_files(sandbox);
    running
}

/// Forgets the members' pids once they are stopped.
pub fn remove_pid_files(sandbox: &Sandbox) {
    for m in &sandbox.manifest.members {
        let _ = std::fs::remove_file(sandbox.pid_file(&m.name));
    }
}

/// Checks that every member's client and peer ports are free on its address.
pub fn check_ports(sandbox: &Sandbox) -> Result<()> {
    for member in &sandbox.manifest.members {
        for (what, port) in [
            ("client", sandbox.manifest.client_port),
            ("peer", sandbox.manifest.peer_port),
        ] {
            let address = format!("{}:{port}", member.address);
            if let Err(e) = TcpListener::bind(&address) {
                let holder = match port_holder(&member.address, port) {
                    Some((pid, name)) => format!(" (held by pid {pid}, {name})"),
                    None => String::new(),
                };
                let why = if e.kind() == std::io::ErrorKind::AddrInUse {
                    format!("is already in use{holder}")
                } else {
                    format!("cannot be used: {e}")
                };
                return Err(Error::new(
                    format!("{}'s {what} port {address} {why}", member.name),
                    "stop what holds it (`ctl down` if it is another sandbox), or choose other \
                     ports with --client-port/--peer-port",
                ));
            }
        }
    }
    Ok(())
}

/// The process listening on `address:port`, as far as /proc shows it: (pid, command name).
pub fn port_holder(address: &str, port: u16) -> Option<(u32, String)> {
    let ip: std::net::Ipv4Addr = address.parse().ok()?;
    let mut inodes = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (Some(local), Some(state), Some(inode)) =
                (fields.get(1), fields.get(3), fields.get(9))
            else {
                continue;
            };
            if *state != "0A" {
                continue; // not LISTEN
            }
            let Some((host_hex, port_hex)) = local.split_once(':') else {
                continue;
            };
            if u16::from_str_radix(port_hex, 16).ok() != Some(port) {
                continue;
            }
            // IPv4 is one little-endian word; the wildcard (0.0.0.0 or ::) holds every address.
            let matches = match host_hex.len() {
                8 => u32::from_str_radix(host_hex, 16)
                    .map(|h| h == 0 || std::net::Ipv4Addr::from(u32::from_be(h)) == ip)
                    .unwrap_or(false),
                _ => host_hex.chars().all(|c| c == '0'),
            };
            if matches {
                inodes.push(format!("socket:[{inode}]"));
            }
        }
    }
    if inodes.is_empty() {
        return None;
    }
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if let Ok(target) = std::fs::read_link(fd.path()) {
                if inodes.iter().any(|i| Path::new(i) == target) {
                    let name = std::fs::read_to_string(entry.path().join("comm"))
                        .map(|n| n.trim().to_string())
                        .unwrap_or_else(|_| "?".into());
                    return Some((pid, name));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_of_a_listening_port_is_found() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let (pid, _) = port_holder("127.0.0.1", port).expect("found");
        assert_eq!(pid, std::process::id());
        drop(listener);
        assert_eq!(port_holder("127.0.0.1", port), None);
    }
}
