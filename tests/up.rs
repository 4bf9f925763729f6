//! `ctl up` and `ctl down` as a newcomer uses them: a three-member TLS sandbox on 127.0.0.1–3
//! that the real etcdctl 3.4 uses with the flags `ctl up` prints; detach, stop and restart with
//! the data kept; the foreground mode stopped by Ctrl-C (SIGINT); and the refusals: a port
//! already in use (naming the holder), a damaged sandbox, another version's sandbox, a
//! directory that is not a sandbox and impossible member counts.
//!
//! Ports: 271x1 (client) and 271x2 (peer) for test x.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::etcd::{describe, etcdctl};
use common::{ctl, run_ctl};

/// Stops the sandbox's members whatever the test's outcome.
struct Sandbox {
    dir: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let tmp = tempfile::tempdir().unwrap();
        Sandbox {
            dir: tmp.path().join("sandbox"),
            _tmp: tmp,
        }
    }

    fn dir(&self) -> &str {
        self.dir.to_str().unwrap()
    }

    fn up(&self, extra: &[&str]) -> std::process::Output {
        let mut args = vec!["up", "--dir", self.dir()];
        args.extend_from_slice(extra);
        run_ctl(self.dir.parent().unwrap(), &args)
    }

    /// Pids of running members, from the pid files, that are alive.
    fn running(&self) -> Vec<u32> {
        let Ok(entries) = std::fs::read_dir(self.dir.join("run")) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .filter_map(|t| t.trim().parse::<u32>().ok())
            .filter(|pid| alive(*pid))
            .collect()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if self.dir.exists() {
            let _ = ctl()
                .args(["down", "--dir", self.dir()])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// Whether `pid` is a live process (not a zombie).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| !stat.contains(") Z "))
        .unwrap_or(false)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The etcdctl command line `ctl up` printed for `verb` ("put greeting hello"), as arguments.
fn printed_etcdctl(stdout: &str, verb: &str) -> Vec<String> {
    let line = stdout
        .lines()
        .find(|l| l.contains("etcdctl --endpoints=") && l.trim_end().ends_with(verb))
        .unwrap_or_else(|| panic!("no etcdctl line for {verb:?} in:\n{stdout}"));
    let after = line.split("etcdctl ").nth(1).unwrap();
    after.split_whitespace().map(str::to_string).collect()
}

fn run_etcdctl(dir: &Path, args: &[String]) -> String {
    let out = etcdctl(dir).args(args).output().expect("etcdctl runs");
    assert!(
        out.status.success(),
        "etcdctl {args:?}:\n{}",
        describe(&out)
    );
    text(&out.stdout)
}

#[test]
fn a_detached_sandbox_serves_etcdctl_with_the_printed_flags_and_restarts_with_its_data() {
    let sandbox = Sandbox::new();
    let out = sandbox.up(&["--detach", "--client-port", "27111", "--peer-port", "27112"]);
    assert!(out.status.success(), "ctl up:\n{}", describe(&out));
    let stdout = text(&out.stdout);
    for i in 1..=3 {
        let url = format!("https://127.0.0.{i}:27111");
        assert!(
            stdout.lines().any(|l| l.starts_with("member ")
                && l.ends_with(&format!("is healthy: got healthy result from {url}"))),
            "no healthy line for {url}:\n{stdout}"
        );
    }
    assert!(stdout.contains("cluster is healthy"), "{stdout}");
    assert_eq!(sandbox.running().len(), 3, "three members run detached");
    // The kept files an operator reads.
    for file in [
        "cluster.yaml",
        "units/m2/etcd.service",
        "config/m3/etcd.conf.yml",
        "pki/ca.pem",
        "env",
    ] {
        assert!(
            sandbox.dir.join(file).is_file(),
            "{file} is kept in the sandbox"
        );
    }
    let key = std::fs::metadata(sandbox.dir.join("pki/client-key.pem")).unwrap();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&key.permissions()) & 0o777,
        0o600
    );

    // Real etcdctl, with exactly the flags ctl up printed.
    let put = run_etcdctl(
        &sandbox.dir,
        &printed_etcdctl(&stdout, "put greeting hello"),
    );
    assert_eq!(put.trim(), "OK");
    let get = run_etcdctl(&sandbox.dir, &printed_etcdctl(&stdout, "get greeting"));
    assert_eq!(get, "greeting\nhello\n");

    // A second `up` while it runs is refused, naming the running members.
    let again = sandbox.up(&[]);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("already running"),
        "{}",
        describe(&again)
    );

    // down stops every member.
    let down = run_ctl(
        sandbox.dir.parent().unwrap(),
        &["down", "--dir", sandbox.dir()],
    );
    assert!(down.status.success(), "{}", describe(&down));
    assert_eq!(
        text(&down.stdout).matches("stopped m").count(),
        3,
        "{}",
        describe(&down)
    );
    assert!(sandbox.running().is_empty());

    // up again: the same members, with the data.
    let restarted = sandbox.up(&["--detach"]);
    assert!(
        restarted.status.success(),
        "restart:\n{}",
        describe(&restarted)
    );
    assert!(
        text(&restarted.stderr).contains("restarting"),
        "{}",
        describe(&restarted)
    );
    let get = run_etcdctl(
        &sandbox.dir,
        &printed_etcdctl(&text(&restarted.stdout), "get greeting"),
    );
    assert_eq!(get, "greeting\nhello\n", "the data survived the restart");

    // down --purge removes the sandbox.
    let purge = run_ctl(
        sandbox.dir.parent().unwrap(),
        &["down", "--dir", sandbox.dir(), "--purge"],
    );
    assert!(purge.status.success(), "{}", describe(&purge));
    assert!(!sandbox.dir.exists());
}

#[test]
fn the_foreground_sandbox_stops_its_members_on_ctrl_c() {
    let sandbox = Sandbox::new();
    let mut child = ctl()
        .args(["up", "--members", "1", "--dir", sandbox.dir()])
        .args(["--client-port", "27211", "--peer-port", "27212"])
        .current_dir(sandbox.dir.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines_tx, lines_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines_tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = String::new();
    while !seen.contains("stop the cluster with Ctrl-C") {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines_rx.recv_timeout(left) {
            Ok(line) => seen.push_str(&(line + "\n")),
            Err(_) => {
                let _ = child.kill();
                panic!("ctl up did not report a healthy cluster:\n{seen}");
            }
        }
    }
    assert!(seen.contains("cluster is healthy"), "{seen}");
    let members = sandbox.running();
    assert_eq!(members.len(), 1, "one member runs");

    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "ctl up did not stop after SIGINT"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "ctl up exits 0 after Ctrl-C: {status}");
    assert!(!alive(members[0]), "the member was stopped");
    assert!(sandbox.running().is_empty());
}

#[test]
fn a_port_in_use_is_refused_naming_its_holder_and_nothing_is_left_running() {
    let sandbox = Sandbox::new();
    let holder = std::net::TcpListener::bind("127.0.0.2:27312").unwrap();
    let out = sandbox.up(&["--detach", "--client-port", "27311", "--peer-port", "27312"]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("127.0.0.2:27312 is already in use")
            && stderr.contains(&format!("held by pid {}", std::process::id())),
        "{}",
        describe(&out)
    );
    assert!(stderr.contains("hint: "), "{stderr}");
    assert!(sandbox.running().is_empty(), "no member was started");
    drop(holder);
}

#[test]
fn damaged_foreign_and_impossible_sandboxes_are_refused_with_a_hint() {
    let sandbox = Sandbox::new();
    let parent = sandbox.dir.parent().unwrap().to_path_buf();
    for count in ["0", "8"] {
        let out = sandbox.up(&["--members", count]);
        assert!(!out.status.success());
        assert!(
            text(&out.stderr).contains("a sandbox has 1 to 7 members"),
            "{}",
            describe(&out)
        );
        assert!(
            !sandbox.dir.exists(),
            "nothing is made for --members {count}"
        );
    }

    // A directory that is not a sandbox is left alone.
    let other = parent.join("not-a-sandbox");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("notes.txt"), "mine").unwrap();
    let out = run_ctl(&parent, &["up", "--dir", other.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is not a ctl sandbox"),
        "{}",
        describe(&out)
    );
    assert_eq!(common::dir_entries(&other), ["notes.txt"]);

    // Make a sandbox without starting it: a port held on 127.0.0.1 stops `up` after the files.
    let holder = std::net::TcpListener::bind("127.0.0.1:27411").unwrap();
    let out = sandbox.up(&["--client-port", "27411", "--peer-port", "27412"]);
    assert!(!out.status.success(), "{}", describe(&out));
    drop(holder);

    // Missing certificate: named, with a hint.
    let ca = sandbox.dir.join("pki/ca.pem");
    let saved = std::fs::read(&ca).unwrap();
    std::fs::remove_file(&ca).unwrap();
    let out = sandbox.up(&[]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("is missing pki/ca.pem") && stderr.contains("hint: "),
        "{stderr}"
    );
    std::fs::write(&ca, saved).unwrap();

    // Made by another version.
    let manifest = sandbox.dir.join("ctl-sandbox.json");
    let text_before = std::fs::read_to_string(&manifest).unwrap();
    let ours = format!("\"ctl_version\": \"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(text_before.contains(&ours), "{text_before}");
    std::fs::write(
        &manifest,
        text_before.replace(&ours, "\"ctl_version\": \"0.0.1\""),
    )
    .unwrap();
    let out = sandbox.up(&[]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("was made by ctl 0.0.1"), "{stderr}");

    // A damaged manifest.
    std::fs::write(&manifest, "{not json").unwrap();
    let out = sandbox.up(&[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is damaged"),
        "{}",
        describe(&out)
    );

    // --members that differ from the sandbox's.
    std::fs::write(&manifest, &text_before).unwrap();
    let out = sandbox.up(&["--members", "5"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("has 3 members, not 5"),
        "{}",
        describe(&out)
    );
    assert!(sandbox.running().is_empty());
}
