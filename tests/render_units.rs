//! `ctl render-units` against the real thing: every rendered unit passes `systemd-analyze verify`
//! (and the seed's unit, which lost its backslashes, does not), the seed's three units come out
//! flag for flag, the units and etcd config files rendered for 127.0.0.1–3 boot a healthy etcd 3.4
//! TLS cluster as written, and every validation error stops before anything is written.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use common::etcd::{describe, etcdctl_tls, wait_healthy, Members};
use common::{ctl_ok, dir_entries, etcd34, run_ctl, run_ok, tool};

/// Client port of every member of the real clusters (each on its own loopback address).
const CLIENT_PORT: u16 = 24790;
/// Peer port of every member of the real clusters.
const PEER_PORT: u16 = 24800;
const MEMBERS: usize = 3;
/// How long a real cluster may take to become healthy.
const BOOT_TIMEOUT: Duration = Duration::from_secs(30);

/// The real clusters share their ports, so the tests that start one run one at a time.
static CLUSTER_PORTS: Mutex<()> = Mutex::new(());

/// The seed's ExecStart for master1, as published but on one line (the article lost the
/// backslashes that should end each line).
const SEED_EXEC_START: &str = "/usr/local/bin/etcd --data-dir=/var/lib/etcd --name=master1 --cert-file=/etc/etcd/pki/server.pem --key-file=/etc/etcd/pki/server-key.pem --trusted-ca-file=/etc/etcd/pki/ca.pem --peer-cert-file=/etc/etcd/pki/peer.pem --peer-key-file=/etc/etcd/pki/peer-key.pem --peer-trusted-ca-file=/etc/etcd/pki/ca.pem --listen-peer-urls=https://192.168.255.131:2380 --initial-advertise-peer-urls=https://192.168.255.131:2380 --listen-client-urls=https://192.168.255.131:2379,http://127.0.0.1:2379 --advertise-client-urls=https://192.168.255.131:2379 --initial-cluster-token=etcd-cluster-0 --initial-cluster=master1=https://192.168.255.131:2380,master2=https://192.168.255.132:2380,master3=https://192.168.255.133:2380 --initial-cluster-state=new --heartbeat-interval=250 --election-timeout=2000";

/// The seed's hosts.
const SEED: [(&str, &str); 3] = [
    ("master1", "192.168.255.131"),
    ("master2", "192.168.255.132"),
    ("master3", "192.168.255.133"),
];

const SEED_INITIAL_CLUSTER: &str = "master1=https://192.168.255.131:2380,master2=https://192.168.255.132:2380,master3=https://192.168.255.133:2380";

/// The golden unit of master1, rendered from the `--init` example.
const GOLDEN_MASTER1: &str = include_str!("fixtures/render/master1.etcd.service");

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts the spec's error shape: exit code 1 and exactly two lines on standard error,
/// `error: …` (containing every one of `wants`) and `hint: …`. Returns the error line.
fn assert_error(out: &Output, wants: &[&str]) -> String {
    assert_eq!(out.status.code(), Some(1), "exit code:\n{}", describe(out));
    let err = stderr(out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines.len(),
        2,
        "stderr must be exactly an error line and a hint line:\n{}",
        describe(out)
    );
    assert!(
        lines[0].starts_with("error: "),
        "first line must start with `error: `:\n{}",
        describe(out)
    );
    assert!(
        lines[1].starts_with("hint: "),
        "second line must start with `hint: `:\n{}",
        describe(out)
    );
    for want in wants {
        assert!(
            lines[0].contains(want),
            "error line lacks {want:?}:\n{}",
            describe(out)
        );
    }
    lines[0].to_string()
}

/// Runs `ctl render-units ARGS` in `dir`, expecting the spec's error containing `wants`, and
/// checks that nothing was written: `dir` keeps its entries and `out` (relative to `dir`) does not
/// exist. Returns the error line.
fn assert_rejected(dir: &Path, args: &[&str], out_dir: &str, wants: &[&str]) -> String {
    let before = dir_entries(dir);
    let out = run_ctl(dir, args);
    let line = assert_error(&out, wants);
    assert!(
        !dir.join(out_dir).exists(),
        "{out_dir} was created although ctl {} failed",
        args.join(" ")
    );
    assert_eq!(
        dir_entries(dir),
        before,
        "ctl {} changed the working directory",
        args.join(" ")
    );
    eprintln!("ctl {}\n  -> {line}", args.join(" "));
    line
}

fn warning_lines(out: &Output) -> Vec<String> {
    stderr(out)
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .map(str::to_string)
        .collect()
}

/// The ExecStart command line of a unit: the `ExecStart=` line and its continuation lines joined,
/// backslashes stripped, split on whitespace.
fn exec_start(unit: &str) -> Vec<String> {
    let mut lines = unit.lines();
    let first = lines
        .by_ref()
        .find(|l| l.starts_with("ExecStart="))
        .unwrap_or_else(|| panic!("no ExecStart= line in:\n{unit}"));
    let mut line = first.trim_start_matches("ExecStart=").to_string();
    let mut words = Vec::new();
    loop {
        let trimmed = line.trim_end();
        let continued = trimmed.ends_with('\\');
        let content = trimmed.trim_end_matches('\\');
        words.extend(content.split_whitespace().map(str::to_string));
        if !continued {
            break;
        }
        line = lines
            .next()
            .unwrap_or_else(|| panic!("ExecStart continues past the end of:\n{unit}"))
            .to_string();
    }
    words
}

/// The value of the first `KEY=` line of a unit.
fn unit_value<'a>(unit: &'a str, key: &str) -> &'a str {
    let prefix = format!("{key}=");
    unit.lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .unwrap_or_else(|| panic!("no {key}= line in:\n{unit}"))
}

/// The seed's ExecStart for `name` at `ip` (master2 and master3 differ from master1 in name and
/// IP only; --initial-cluster is the same for all), plus the two auth flags ctl adds by default.
fn seed_exec_start(name: &str, ip: &str) -> Vec<String> {
    let mut args = Vec::new();
    for word in SEED_EXEC_START.split_whitespace() {
        let word = if word.starts_with("--initial-cluster=") {
            word.to_string()
        } else {
            word.replace("master1", name).replace("192.168.255.131", ip)
        };
        let trusted = word.starts_with("--trusted-ca-file=");
        let peer_trusted = word.starts_with("--peer-trusted-ca-file=");
        args.push(word);
        if trusted {
            args.push("--client-cert-auth".to_string());
        }
        if peer_trusted {
            args.push("--peer-client-cert-auth".to_string());
        }
    }
    args
}

/// Splits `--stdout` output of several members into (member, text) pairs at the lines
/// `# <member>/<file>`.
fn stdout_sections(stdout: &str, file: &str) -> Vec<(String, String)> {
    let suffix = format!("/{file}");
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in stdout.split_inclusive('\n') {
        let header = line
            .trim_end()
            .strip_prefix("# ")
            .and_then(|rest| rest.strip_suffix(suffix.as_str()))
            .filter(|member| !member.is_empty() && !member.contains(char::is_whitespace));
        match header {
            Some(member) => sections.push((member.to_string(), String::new())),
            None => match sections.last_mut() {
                Some((_, text)) => text.push_str(line),
                None => {
                    panic!("--stdout output does not start with `# <member>/{file}`:\n{stdout}")
                }
            },
        }
    }
    sections
}

fn systemd_analyze() -> PathBuf {
    tool("/usr/bin/systemd-analyze")
}

/// `systemd-analyze verify` of one unit file: Ok when it exits 0 and says nothing about the unit
/// (systemd 252 only warns about unknown keys, such as the seed's flag lines, and still exits 0);
/// Err with its output otherwise.
fn verify_unit(unit: &Path) -> Result<(), String> {
    let out = Command::new(systemd_analyze())
        .args(["verify", "--man=no"])
        .arg(unit)
        .stdin(Stdio::null())
        .output()
        .expect("systemd-analyze runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let file_name = unit.file_name().unwrap().to_string_lossy().into_owned();
    let unit_text = std::fs::read_to_string(unit).unwrap_or_default();
    let exec = unit_text
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or("ExecStart")
        .to_string();
    let mentions = text.lines().any(|l| {
        l.contains(&file_name)
            || l.contains(&*unit.to_string_lossy())
            || l.contains("ExecStart")
            || l.contains(&exec)
    });
    if out.status.success() && !mentions {
        Ok(())
    } else {
        Err(format!(
            "systemd-analyze verify {}: {}\n{text}",
            unit.display(),
            out.status
        ))
    }
}

/// A YAML description of the seed's cluster with `extra` top-level lines.
fn seed_description(extra: &str) -> String {
    let mut text = String::from("members:\n");
    for (name, ip) in SEED {
        text.push_str(&format!("  - name: {name}\n    address: {ip}\n"));
    }
    text.push_str(extra);
    text
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------------
// 1. systemd-analyze verify
// ---------------------------------------------------------------------------------------------

#[test]
fn systemd_analyze_accepts_a_good_unit_and_rejects_the_seed_unit() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let etcd = etcd34();

    // Positive control: the check works at all in this container.
    let good = dir.path().join("good.service");
    write(
        &good,
        &format!(
            "[Unit]\nDescription=Etcd Server\n\n[Service]\nType=notify\nWorkingDirectory={}\n\
             ExecStart={} \\\n  --data-dir={} \\\n  --name=master1\n\n\
             [Install]\nWantedBy=multi-user.target\n",
            data.display(),
            etcd.display(),
            data.display()
        ),
    );
    verify_unit(&good).unwrap_or_else(|e| panic!("hand-written good unit fails:\n{e}"));

    // Negative control: the seed's unit as published, continuation lines without backslashes,
    // with only the binary and working directory made to exist here.
    let mut seed = String::from(
        "[Unit]\nDescription=Etcd Server\nAfter=network.target\nAfter=network-online.target\n\
         Wants=network-online.target\nDocumentation=https://github.com/coreos\n\n\
         [Service]\nType=notify\n",
    );
    seed.push_str(&format!("WorkingDirectory={}\n", data.display()));
    let mut words = SEED_EXEC_START.split_whitespace();
    words.next();
    seed.push_str(&format!("ExecStart={} \n", etcd.display()));
    let flags: Vec<&str> = words.collect();
    for (i, flag) in flags.iter().enumerate() {
        let flag = flag.replace("/var/lib/etcd", &data.display().to_string());
        if i + 1 < flags.len() {
            seed.push_str(&format!("{flag} \n"));
        } else {
            seed.push_str(&format!("{flag}\n"));
        }
    }
    seed.push_str(
        "Restart=on-failure\nRestartSec=5\nLimitNOFILE=65536\n\n[Install]\nWantedBy=multi-user.target\n",
    );
    let broken = dir.path().join("etcd.service");
    write(&broken, &seed);
    let err = verify_unit(&broken).expect_err("the seed's unit without backslashes passed verify");
    eprintln!("seed unit, as expected, fails:\n{err}");
    assert!(
        err.contains("Unknown key '--data-dir'") || err.contains("--data-dir"),
        "verify did not complain about the flag lines:\n{err}"
    );
}

/// Renders the seed's cluster with `tls` into `<dir>/<out>` with an existing binary and working
/// directory, and returns the unit paths.
fn render_for_verify(dir: &Path, tls: &str, out: &str) -> Vec<PathBuf> {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let desc = dir.join(format!("{out}.yaml"));
    write(
        &desc,
        &seed_description(&format!(
            "binary: {}\ndata_dir: \"{}\"\nheartbeat_interval: 250\nelection_timeout: 2000\n\
             listen_localhost: true\nsnapshot_count: 10000\n\
             extra_flags: [\"--auto-compaction-retention=1\"]\n{tls}",
            etcd34().display(),
            data.display()
        )),
    );
    ctl_ok(
        dir,
        &[
            "render-units",
            "--cluster",
            desc.to_str().unwrap(),
            "--out",
            out,
        ],
    );
    SEED.iter()
        .map(|(name, _)| dir.join(out).join(name).join("etcd.service"))
        .collect()
}

#[test]
fn systemd_analyze_verifies_rendered_tls_units() {
    let dir = tempfile::tempdir().unwrap();
    let units = render_for_verify(dir.path(), "tls:\n  pki_dir: /etc/etcd/pki\n", "tls");
    let mut failures = Vec::new();
    for unit in &units {
        let text = read(unit);
        assert!(
            text.contains("--cert-file=/etc/etcd/pki/server.pem") && text.contains("https://"),
            "not a TLS unit:\n{text}"
        );
        if let Err(e) = verify_unit(unit) {
            failures.push(format!("{e}\nunit:\n{text}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn systemd_analyze_verifies_rendered_plain_units() {
    let dir = tempfile::tempdir().unwrap();
    let units = render_for_verify(dir.path(), "tls: off\n", "plain");
    let mut failures = Vec::new();
    for (unit, (name, ip)) in units.iter().zip(SEED) {
        let text = read(unit);
        let args = exec_start(&text);
        assert!(
            args.iter()
                .all(|a| !a.contains("https") && !a.contains("-file=") && !a.contains("cert-auth")),
            "plain unit of {name} has TLS settings:\n{text}"
        );
        assert!(
            args.contains(&format!(
                "--listen-client-urls=http://{ip}:2379,http://127.0.0.1:2379"
            )),
            "plain unit of {name}: {args:?}"
        );
        if let Err(e) = verify_unit(unit) {
            failures.push(format!("{e}\nunit:\n{text}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));

    // `tls: false` means the same as `tls: off`.
    let units_false = render_for_verify(dir.path(), "tls: false\n", "plain-false");
    for (a, b) in units.iter().zip(&units_false) {
        assert_eq!(read(a), read(b), "tls: off and tls: false differ");
    }
}

// ---------------------------------------------------------------------------------------------
// 2. The seed's units
// ---------------------------------------------------------------------------------------------

#[test]
fn seed_units_match_the_seed_flag_for_flag() {
    let dir = tempfile::tempdir().unwrap();
    ctl_ok(dir.path(), &["render-units", "--init"]);
    assert!(
        dir.path().join("cluster.yaml").is_file(),
        "--init wrote no cluster.yaml"
    );

    for (name, ip) in SEED {
        let unit = ctl_ok(
            dir.path(),
            &[
                "render-units",
                "--cluster",
                "cluster.yaml",
                "--member",
                name,
                "--stdout",
            ],
        );
        assert_eq!(
            exec_start(&unit),
            seed_exec_start(name, ip),
            "ExecStart of {name} differs from the seed's:\n{unit}"
        );
        assert_eq!(unit_value(&unit, "WorkingDirectory"), "/var/lib/etcd");
        if name == "master1" {
            assert_eq!(
                unit, GOLDEN_MASTER1,
                "--stdout unit of master1 differs from the golden"
            );
        }
    }
    // --member with --stdout writes nothing.
    assert_eq!(dir_entries(dir.path()), vec!["cluster.yaml".to_string()]);

    // Written to files: the same text.
    ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--out",
            "units",
        ],
    );
    assert_eq!(
        dir_entries(&dir.path().join("units")),
        vec!["master1", "master2", "master3"]
    );
    for (name, ip) in SEED {
        let member_dir = dir.path().join("units").join(name);
        assert_eq!(dir_entries(&member_dir), vec!["etcd.service"]);
        let unit = read(&member_dir.join("etcd.service"));
        assert_eq!(
            exec_start(&unit),
            seed_exec_start(name, ip),
            "{name}:\n{unit}"
        );
        if name == "master1" {
            assert_eq!(
                unit, GOLDEN_MASTER1,
                "units/master1/etcd.service differs from the golden"
            );
        }
    }

    // --member renders only that member.
    ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--member",
            "master2",
            "--out",
            "one",
        ],
    );
    assert_eq!(dir_entries(&dir.path().join("one")), vec!["master2"]);
}

#[test]
fn stdout_with_several_members_heads_each_with_its_file() {
    let dir = tempfile::tempdir().unwrap();
    ctl_ok(dir.path(), &["render-units", "--init"]);
    let all = ctl_ok(
        dir.path(),
        &["render-units", "--cluster", "cluster.yaml", "--stdout"],
    );
    let sections = stdout_sections(&all, "etcd.service");
    let names: Vec<&str> = sections.iter().map(|(m, _)| m.as_str()).collect();
    assert_eq!(
        names,
        vec!["master1", "master2", "master3"],
        "headers in:\n{all}"
    );
    for ((name, text), (_, ip)) in sections.iter().zip(SEED) {
        assert_eq!(
            exec_start(text),
            seed_exec_start(name, ip),
            "{name} in:\n{all}"
        );
    }
    assert_eq!(
        sections[0].1.trim_end(),
        GOLDEN_MASTER1.trim_end(),
        "master1's section differs from the golden"
    );
    assert_eq!(dir_entries(dir.path()), vec!["cluster.yaml".to_string()]);
}

#[test]
fn every_option_lands_in_its_place() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("c.yaml"),
        "token: tok-9\n\
         members:\n\
         \x20 - name: a\n    address: 10.0.0.1\n    client_port: 3379\n    peer_port: 3380\n\
         \x20 - name: b\n    address: etcd-b.example.com\n\
         \x20 - name: c\n    address: 10.0.0.3\n    peer_port: 4380\n\
         data_dir: /srv/etcd\n\
         tls:\n  pki_dir: /opt/pki\n  client_cert_auth: false\n\
         heartbeat_interval: 300\n\
         election_timeout: 3000\n\
         snapshot_count: 10000\n\
         listen_localhost: true\n\
         binary: /usr/local/bin/ctl serve\n\
         extra_flags: [\"--auto-compaction-retention=1\", \"--quota-backend-bytes=8589934592\"]\n",
    );
    let unit = ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "c.yaml",
            "--member",
            "a",
            "--stdout",
        ],
    );
    let initial =
        "a=https://10.0.0.1:3380,b=https://etcd-b.example.com:2380,c=https://10.0.0.3:4380";
    let want: Vec<String> = [
        "/usr/local/bin/ctl",
        "serve",
        "--data-dir=/srv/etcd",
        "--name=a",
        "--cert-file=/opt/pki/server.pem",
        "--key-file=/opt/pki/server-key.pem",
        "--trusted-ca-file=/opt/pki/ca.pem",
        "--peer-cert-file=/opt/pki/peer.pem",
        "--peer-key-file=/opt/pki/peer-key.pem",
        "--peer-trusted-ca-file=/opt/pki/ca.pem",
        "--listen-peer-urls=https://10.0.0.1:3380",
        "--initial-advertise-peer-urls=https://10.0.0.1:3380",
        "--listen-client-urls=https://10.0.0.1:3379,http://127.0.0.1:3379",
        "--advertise-client-urls=https://10.0.0.1:3379",
        "--initial-cluster-token=tok-9",
        &format!("--initial-cluster={initial}"),
        "--initial-cluster-state=new",
        "--heartbeat-interval=300",
        "--election-timeout=3000",
        "--snapshot-count=10000",
        "--auto-compaction-retention=1",
        "--quota-backend-bytes=8589934592",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(exec_start(&unit), want, "unit:\n{unit}");
    assert_eq!(unit_value(&unit, "WorkingDirectory"), "/srv/etcd");

    // The layout around ExecStart: one flag per line, each but the last ending in ` \`.
    let lines: Vec<&str> = unit.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("ExecStart="))
        .unwrap();
    assert_eq!(
        lines[start], "ExecStart=/usr/local/bin/ctl serve \\",
        "unit:\n{unit}"
    );
    let flag_lines = &lines[start + 1..start + 1 + want.len() - 2];
    for (i, line) in flag_lines.iter().enumerate() {
        let last = i + 1 == flag_lines.len();
        let flag = &want[i + 2];
        let body = line.trim_start();
        if last {
            assert_eq!(body, flag, "last flag line:\n{unit}");
        } else {
            assert_eq!(body, format!("{flag} \\"), "flag line {i}:\n{unit}");
        }
    }
    assert_eq!(
        lines[start + 1 + flag_lines.len()],
        "Restart=on-failure",
        "unit:\n{unit}"
    );
    for want in [
        "[Unit]",
        "Description=Etcd Server",
        "After=network.target",
        "After=network-online.target",
        "Wants=network-online.target",
        "[Service]",
        "Type=notify",
        "Restart=on-failure",
        "RestartSec=5",
        "LimitNOFILE=65536",
        "[Install]",
        "WantedBy=multi-user.target",
    ] {
        assert!(lines.contains(&want), "unit lacks {want:?}:\n{unit}");
    }

    // The hostname member: its own URLs.
    let unit_b = ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "c.yaml",
            "--member",
            "b",
            "--stdout",
        ],
    );
    let args_b = exec_start(&unit_b);
    for want in [
        "--listen-peer-urls=https://etcd-b.example.com:2380",
        "--advertise-client-urls=https://etcd-b.example.com:2379",
        "--listen-client-urls=https://etcd-b.example.com:2379,http://127.0.0.1:2379",
    ] {
        assert!(
            args_b.iter().any(|a| a == want),
            "b lacks {want}: {args_b:?}"
        );
    }
}

#[test]
fn json_description_renders_like_yaml() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("c.yaml"),
        &seed_description("heartbeat_interval: 250\nelection_timeout: 2000\n"),
    );
    write(
        &dir.path().join("c.json"),
        r#"{"members": [
            {"name": "master1", "address": "192.168.255.131"},
            {"name": "master2", "address": "192.168.255.132"},
            {"name": "master3", "address": "192.168.255.133"}
        ], "heartbeat_interval": 250, "election_timeout": 2000}"#,
    );
    let yaml = ctl_ok(
        dir.path(),
        &["render-units", "--cluster", "c.yaml", "--stdout"],
    );
    let json = ctl_ok(
        dir.path(),
        &["render-units", "--cluster", "c.json", "--stdout"],
    );
    assert_eq!(yaml, json);
    // The defaults: token etcd-cluster-0, /var/lib/etcd, /etc/etcd/pki with client cert auth,
    // /usr/local/bin/etcd, no localhost listener.
    let sections = stdout_sections(&yaml, "etcd.service");
    let mut want = seed_exec_start("master1", "192.168.255.131");
    for a in &mut want {
        if a.starts_with("--listen-client-urls=") {
            *a = "--listen-client-urls=https://192.168.255.131:2379".to_string();
        }
    }
    assert_eq!(exec_start(&sections[0].1), want, "{yaml}");
}

// ---------------------------------------------------------------------------------------------
// Inline members
// ---------------------------------------------------------------------------------------------

fn inline_members() -> Vec<String> {
    SEED.iter()
        .flat_map(|(n, ip)| ["--member".to_string(), format!("{n}={ip}")])
        .collect()
}

#[test]
fn inline_members_render_like_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = vec!["render-units".into()];
    args.extend(inline_members());
    args.extend(
        [
            "--pki-dir",
            "/etc/etcd/pki",
            "--token",
            "etcd-cluster-0",
            "--heartbeat-interval",
            "250",
            "--election-timeout",
            "2000",
            "--out",
            "units",
        ]
        .map(String::from),
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ctl_ok(dir.path(), &args);
    assert_eq!(
        dir_entries(&dir.path().join("units")),
        vec!["master1", "master2", "master3"]
    );
    for (name, ip) in SEED {
        let unit = read(&dir.path().join("units").join(name).join("etcd.service"));
        // listen_localhost defaults to false: the seed's flags without the 127.0.0.1 listener.
        let want: Vec<String> = seed_exec_start(name, ip)
            .into_iter()
            .map(|a| a.replace(",http://127.0.0.1:2379", ""))
            .collect();
        assert_eq!(exec_start(&unit), want, "{name}:\n{unit}");
    }

    // --no-tls, --data-dir and --binary (a command line).
    let mut args: Vec<String> = vec!["render-units".into()];
    args.extend(inline_members());
    args.extend(
        [
            "--no-tls",
            "--data-dir",
            "/data/etcd",
            "--binary",
            "/usr/local/bin/ctl serve",
            "--stdout",
        ]
        .map(String::from),
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let all = ctl_ok(dir.path(), &args);
    let sections = stdout_sections(&all, "etcd.service");
    assert_eq!(sections.len(), 3, "{all}");
    let want: Vec<String> = [
        "/usr/local/bin/ctl",
        "serve",
        "--data-dir=/data/etcd",
        "--name=master2",
        "--listen-peer-urls=http://192.168.255.132:2380",
        "--initial-advertise-peer-urls=http://192.168.255.132:2380",
        "--listen-client-urls=http://192.168.255.132:2379",
        "--advertise-client-urls=http://192.168.255.132:2379",
        "--initial-cluster-token=etcd-cluster-0",
        "--initial-cluster=master1=http://192.168.255.131:2380,master2=http://192.168.255.132:2380,master3=http://192.168.255.133:2380",
        "--initial-cluster-state=new",
        "--heartbeat-interval=100",
        "--election-timeout=1000",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(sections[1].0, "master2");
    assert_eq!(exec_start(&sections[1].1), want, "{all}");
    assert_eq!(unit_value(&sections[1].1, "WorkingDirectory"), "/data/etcd");
}

// ---------------------------------------------------------------------------------------------
// --init, --print-template, --template, --format
// ---------------------------------------------------------------------------------------------

#[test]
fn init_writes_the_seed_example_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    ctl_ok(dir.path(), &["render-units", "--init"]);
    let text = read(&dir.path().join("cluster.yaml"));
    let desc: serde_yaml::Value = serde_yaml::from_str(&text)
        .unwrap_or_else(|e| panic!("cluster.yaml is not YAML: {e}\n{text}"));
    assert_eq!(desc["token"].as_str(), Some("etcd-cluster-0"), "{text}");
    assert_eq!(desc["heartbeat_interval"].as_u64(), Some(250), "{text}");
    assert_eq!(desc["election_timeout"].as_u64(), Some(2000), "{text}");
    assert_eq!(desc["listen_localhost"].as_bool(), Some(true), "{text}");
    assert_eq!(
        desc["tls"]["pki_dir"].as_str(),
        Some("/etc/etcd/pki"),
        "{text}"
    );
    let members = desc["members"].as_sequence().expect("members list");
    let got: Vec<(&str, &str)> = members
        .iter()
        .map(|m| (m["name"].as_str().unwrap(), m["address"].as_str().unwrap()))
        .collect();
    assert_eq!(got, SEED.to_vec(), "{text}");

    // --cluster accepts it, without warnings.
    let out = run_ctl(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--out",
            "units",
        ],
    );
    assert!(out.status.success(), "{}", describe(&out));
    assert!(warning_lines(&out).is_empty(), "{}", describe(&out));
    assert_eq!(
        dir_entries(&dir.path().join("units")),
        vec!["master1", "master2", "master3"]
    );

    // A second --init refuses and leaves the file alone.
    write(&dir.path().join("cluster.yaml"), "# mine\n");
    let before = dir_entries(dir.path());
    let out = run_ctl(dir.path(), &["render-units", "--init"]);
    assert_error(&out, &["cluster.yaml"]);
    assert_eq!(read(&dir.path().join("cluster.yaml")), "# mine\n");
    assert_eq!(dir_entries(dir.path()), before);

    // --force overwrites.
    ctl_ok(dir.path(), &["render-units", "--init", "--force"]);
    assert_eq!(read(&dir.path().join("cluster.yaml")), text);

    // --init FILE.
    ctl_ok(dir.path(), &["render-units", "--init", "other.yaml"]);
    assert_eq!(read(&dir.path().join("other.yaml")), text);
    let out = run_ctl(dir.path(), &["render-units", "--init", "other.yaml"]);
    assert_error(&out, &["other.yaml"]);
}

#[test]
fn print_template_shows_the_template_and_its_variables() {
    let dir = tempfile::tempdir().unwrap();
    let unit = ctl_ok(dir.path(), &["render-units", "--print-template"]);
    assert!(unit.contains("ExecStart"), "{unit}");
    assert!(unit.contains("[Service]"), "{unit}");
    // The variables the custom-template test uses must be listed after the template.
    let end = unit
        .find("WantedBy=multi-user.target")
        .unwrap_or_else(|| panic!("no [Install] section in the printed template:\n{unit}"));
    let after = &unit[end..];
    for var in ["name", "initial_cluster", "data_dir"] {
        assert!(
            after.lines().any(|l| l
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|w| w == var)),
            "variable {var} not listed after the template:\n{unit}"
        );
    }
    let config = ctl_ok(
        dir.path(),
        &["render-units", "--print-template", "--format", "config"],
    );
    assert!(config.contains("initial-cluster"), "{config}");
    assert!(config.contains("client-transport-security"), "{config}");
    assert!(!config.contains("ExecStart"), "{config}");
    let env = ctl_ok(
        dir.path(),
        &["render-units", "--print-template", "--format", "env"],
    );
    assert_ne!(env, unit);
    assert_ne!(env, config);
    assert!(
        dir_entries(dir.path()).is_empty(),
        "--print-template wrote files"
    );
}

#[test]
fn custom_template_renders() {
    let dir = tempfile::tempdir().unwrap();
    ctl_ok(dir.path(), &["render-units", "--init"]);
    write(
        &dir.path().join("tiny.j2"),
        "{{ name }} {{ initial_cluster }}\n",
    );
    let out = ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--template",
            "tiny.j2",
            "--member",
            "master2",
            "--stdout",
        ],
    );
    assert_eq!(out.trim_end(), format!("master2 {SEED_INITIAL_CLUSTER}"));
    ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--template",
            "tiny.j2",
            "--out",
            "units",
        ],
    );
    for (name, _) in SEED {
        let text = read(&dir.path().join("units").join(name).join("etcd.service"));
        assert_eq!(text.trim_end(), format!("{name} {SEED_INITIAL_CLUSTER}"));
    }
}

#[test]
fn env_format_writes_environment_files() {
    let dir = tempfile::tempdir().unwrap();
    ctl_ok(dir.path(), &["render-units", "--init"]);
    ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--format",
            "env",
            "--out",
            "env",
        ],
    );
    for (name, ip) in SEED {
        let member_dir = dir.path().join("env").join(name);
        assert_eq!(dir_entries(&member_dir), vec!["etcd.env"]);
        let env = read(&member_dir.join("etcd.env"));
        let lines: Vec<&str> = env.lines().collect();
        for want in [
            format!("ETCD_NAME={name}"),
            "ETCD_DATA_DIR=/var/lib/etcd".to_string(),
            format!("ETCD_INITIAL_CLUSTER={SEED_INITIAL_CLUSTER}"),
            "ETCD_INITIAL_CLUSTER_TOKEN=etcd-cluster-0".to_string(),
            "ETCD_INITIAL_CLUSTER_STATE=new".to_string(),
            format!("ETCD_LISTEN_PEER_URLS=https://{ip}:2380"),
            format!("ETCD_LISTEN_CLIENT_URLS=https://{ip}:2379,http://127.0.0.1:2379"),
            format!("ETCD_ADVERTISE_CLIENT_URLS=https://{ip}:2379"),
            "ETCD_CERT_FILE=/etc/etcd/pki/server.pem".to_string(),
            "ETCD_PEER_KEY_FILE=/etc/etcd/pki/peer-key.pem".to_string(),
            "ETCD_HEARTBEAT_INTERVAL=250".to_string(),
            "ETCD_ELECTION_TIMEOUT=2000".to_string(),
        ] {
            assert!(
                lines.contains(&want.as_str()),
                "{name}: no line {want:?} in:\n{env}"
            );
        }
        for line in &lines {
            assert!(
                line.starts_with('#') || line.trim().is_empty() || line.starts_with("ETCD_"),
                "{name}: unexpected line {line:?} in:\n{env}"
            );
        }
    }
    let one = ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--format",
            "env",
            "--member",
            "master1",
            "--stdout",
        ],
    );
    assert_eq!(one, read(&dir.path().join("env/master1/etcd.env")));
}

#[test]
fn config_format_writes_etcd_config_files() {
    let dir = tempfile::tempdir().unwrap();
    ctl_ok(dir.path(), &["render-units", "--init"]);
    ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--format",
            "config",
            "--out",
            "cfg",
        ],
    );
    let allowed: BTreeSet<&str> = [
        "name",
        "data-dir",
        "listen-peer-urls",
        "listen-client-urls",
        "initial-advertise-peer-urls",
        "advertise-client-urls",
        "initial-cluster",
        "initial-cluster-token",
        "initial-cluster-state",
        "heartbeat-interval",
        "election-timeout",
        "snapshot-count",
        "client-transport-security",
        "peer-transport-security",
    ]
    .into();
    for (name, ip) in SEED {
        let member_dir = dir.path().join("cfg").join(name);
        assert_eq!(dir_entries(&member_dir), vec!["etcd.conf.yml"]);
        let text = read(&member_dir.join("etcd.conf.yml"));
        let cfg: serde_yaml::Value =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{name}: not YAML: {e}\n{text}"));
        let map = cfg
            .as_mapping()
            .unwrap_or_else(|| panic!("{name}: not a mapping:\n{text}"));
        for key in map.keys() {
            let key = key.as_str().unwrap_or_default();
            assert!(
                allowed.contains(key),
                "{name}: unexpected key {key:?}:\n{text}"
            );
        }
        let s = |k: &str| {
            cfg[k]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: no string {k}:\n{text}"))
                .to_string()
        };
        assert_eq!(s("name"), name);
        assert_eq!(s("data-dir"), "/var/lib/etcd");
        assert_eq!(s("listen-peer-urls"), format!("https://{ip}:2380"));
        assert_eq!(
            s("initial-advertise-peer-urls"),
            format!("https://{ip}:2380")
        );
        assert_eq!(
            s("listen-client-urls"),
            format!("https://{ip}:2379,http://127.0.0.1:2379")
        );
        assert_eq!(s("advertise-client-urls"), format!("https://{ip}:2379"));
        assert_eq!(s("initial-cluster"), SEED_INITIAL_CLUSTER);
        assert_eq!(s("initial-cluster-token"), "etcd-cluster-0");
        assert_eq!(s("initial-cluster-state"), "new");
        assert_eq!(cfg["heartbeat-interval"].as_u64(), Some(250), "{text}");
        assert_eq!(cfg["election-timeout"].as_u64(), Some(2000), "{text}");
        for (section, cert, key) in [
            ("client-transport-security", "server.pem", "server-key.pem"),
            ("peer-transport-security", "peer.pem", "peer-key.pem"),
        ] {
            let sec = &cfg[section];
            assert_eq!(
                sec["cert-file"].as_str(),
                Some(format!("/etc/etcd/pki/{cert}").as_str()),
                "{text}"
            );
            assert_eq!(
                sec["key-file"].as_str(),
                Some(format!("/etc/etcd/pki/{key}").as_str()),
                "{text}"
            );
            assert_eq!(
                sec["trusted-ca-file"].as_str(),
                Some("/etc/etcd/pki/ca.pem"),
                "{text}"
            );
            assert_eq!(sec["client-cert-auth"].as_bool(), Some(true), "{text}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Validation errors and warnings
// ---------------------------------------------------------------------------------------------

/// Writes `desc` as `c.yaml` into a fresh directory and expects `--cluster c.yaml --out out` to
/// fail with an error containing `wants`, writing nothing.
fn rejects_description(desc: &str, wants: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("c.yaml"), desc);
    assert_rejected(
        dir.path(),
        &["render-units", "--cluster", "c.yaml", "--out", "out"],
        "out",
        wants,
    )
}

#[test]
fn duplicate_member_name_is_an_error() {
    rejects_description(
        "members:\n\
         \x20 - {name: master1, address: 192.168.255.131}\n\
         \x20 - {name: master2, address: 192.168.255.132}\n\
         \x20 - {name: master1, address: 192.168.255.133}\n",
        &["duplicate member name \"master1\""],
    );
    // Inline too.
    let dir = tempfile::tempdir().unwrap();
    assert_rejected(
        dir.path(),
        &[
            "render-units",
            "--member",
            "master1=192.168.255.131",
            "--member",
            "master1=192.168.255.132",
            "--member",
            "master3=192.168.255.133",
            "--out",
            "out",
        ],
        "out",
        &["duplicate member name \"master1\""],
    );
}

#[test]
fn duplicate_address_and_port_is_an_error() {
    // Only the peer endpoint collides: master2 moved its client port away.
    rejects_description(
        "members:\n\
         \x20 - {name: master1, address: 192.168.255.131}\n\
         \x20 - {name: master2, address: 192.168.255.131, client_port: 2479}\n\
         \x20 - {name: master3, address: 192.168.255.133}\n",
        &["192.168.255.131:2380", "used twice"],
    );
}

#[test]
fn invalid_address_is_an_error() {
    for bad in ["999.1.1.1", "bad host!"] {
        rejects_description(
            &format!(
                "members:\n\
                 \x20 - {{name: master1, address: \"{bad}\"}}\n\
                 \x20 - {{name: master2, address: 192.168.255.132}}\n\
                 \x20 - {{name: master3, address: 192.168.255.133}}\n"
            ),
            &[&format!("\"{bad}\"")],
        );
    }
    let dir = tempfile::tempdir().unwrap();
    assert_rejected(
        dir.path(),
        &[
            "render-units",
            "--member",
            "master1=192.168.255.131",
            "--member",
            "master2=999.1.1.1",
            "--member",
            "master3=192.168.255.133",
            "--out",
            "out",
        ],
        "out",
        &["\"999.1.1.1\""],
    );
}

#[test]
fn port_out_of_range_is_an_error() {
    rejects_description(
        "members:\n\
         \x20 - {name: master1, address: 192.168.255.131, client_port: 70000}\n\
         \x20 - {name: master2, address: 192.168.255.132}\n\
         \x20 - {name: master3, address: 192.168.255.133}\n",
        &["70000"],
    );
    rejects_description(
        "members:\n\
         \x20 - {name: master1, address: 192.168.255.131}\n\
         \x20 - {name: master2, address: 192.168.255.132, peer_port: 65536}\n\
         \x20 - {name: master3, address: 192.168.255.133}\n",
        &["65536"],
    );
}

#[test]
fn election_timeout_below_five_heartbeats_is_an_error() {
    rejects_description(
        &seed_description("heartbeat_interval: 500\nelection_timeout: 2000\n"),
        &["election timeout", "2000", "500"],
    );
    // Exactly 5× is fine.
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("c.yaml"),
        &seed_description("heartbeat_interval: 400\nelection_timeout: 2000\n"),
    );
    ctl_ok(
        dir.path(),
        &["render-units", "--cluster", "c.yaml", "--out", "out"],
    );
    // Inline too.
    let dir = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = vec!["render-units".into()];
    args.extend(inline_members());
    args.extend(
        [
            "--heartbeat-interval",
            "300",
            "--election-timeout",
            "1000",
            "--out",
            "out",
        ]
        .map(String::from),
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_rejected(
        dir.path(),
        &args,
        "out",
        &["election timeout", "1000", "300"],
    );
}

#[test]
fn unknown_field_is_an_error() {
    rejects_description(
        &seed_description("heartbeat_intervall: 250\n"),
        &["heartbeat_intervall"],
    );
    rejects_description(
        "members:\n\
         \x20 - {name: master1, adress: 192.168.255.131}\n\
         \x20 - {name: master2, address: 192.168.255.132}\n\
         \x20 - {name: master3, address: 192.168.255.133}\n",
        &["adress"],
    );
    rejects_description(
        &seed_description("tls:\n  pki_dir: /etc/etcd/pki\n  client_cert_oauth: true\n"),
        &["client_cert_oauth"],
    );
}

#[test]
fn missing_or_empty_members_is_an_error() {
    rejects_description("members: []\n", &[]);
    rejects_description("token: etcd-cluster-0\n", &["members"]);
}

fn members_description(n: usize) -> String {
    let mut text = String::from("members:\n");
    for i in 1..=n {
        text.push_str(&format!("  - name: m{i}\n    address: 10.1.0.{i}\n"));
    }
    text
}

#[test]
fn even_member_counts_and_more_than_seven_warn_but_render() {
    for n in [2usize, 4, 8] {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("c.yaml"), &members_description(n));
        let out = run_ctl(
            dir.path(),
            &["render-units", "--cluster", "c.yaml", "--out", "out"],
        );
        assert!(out.status.success(), "{n} members: {}", describe(&out));
        let warnings = warning_lines(&out);
        assert!(
            !warnings.is_empty(),
            "{n} members: no warning:\n{}",
            describe(&out)
        );
        eprintln!("{n} members: {warnings:?}");
        let want_dirs: Vec<String> = {
            let mut v: Vec<String> = (1..=n).map(|i| format!("m{i}")).collect();
            v.sort();
            v
        };
        assert_eq!(dir_entries(&dir.path().join("out")), want_dirs);
    }
    // Odd counts up to 7: no warning.
    for n in [1usize, 3, 5, 7] {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("c.yaml"), &members_description(n));
        let out = run_ctl(
            dir.path(),
            &["render-units", "--cluster", "c.yaml", "--out", "out"],
        );
        assert!(out.status.success(), "{n} members: {}", describe(&out));
        assert!(
            warning_lines(&out).is_empty(),
            "{n} members warned:\n{}",
            describe(&out)
        );
        assert_eq!(dir_entries(&dir.path().join("out")).len(), n);
    }
    // 9 members: more than 7, still renders with a warning.
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("c.yaml"), &members_description(9));
    let out = run_ctl(
        dir.path(),
        &["render-units", "--cluster", "c.yaml", "--out", "out"],
    );
    assert!(out.status.success(), "9 members: {}", describe(&out));
    assert!(
        !warning_lines(&out).is_empty(),
        "9 members: no warning:\n{}",
        describe(&out)
    );
    assert_eq!(dir_entries(&dir.path().join("out")).len(), 9);
}

// ---------------------------------------------------------------------------------------------
// --check-pki
// ---------------------------------------------------------------------------------------------

/// `ctl pki init` for 127.0.0.1–3 into `<dir>/<name>`.
fn init_pki(dir: &Path, name: &str) -> PathBuf {
    ctl_ok(
        dir,
        &[
            "pki",
            "init",
            "--dir",
            name,
            "--hosts",
            "127.0.0.1,127.0.0.2,127.0.0.3",
            "--yes",
        ],
    );
    dir.join(name)
}

fn loopback_description(pki: &Path, data_dir: &Path) -> String {
    let mut text = format!(
        "token: render-units-test\nbinary: {}\ndata_dir: \"{}\"\ntls:\n  pki_dir: \"{}\"\nmembers:\n",
        etcd34().display(),
        data_dir.display(),
        pki.display()
    );
    for i in 1..=MEMBERS {
        text.push_str(&format!(
            "  - name: {}\n    address: {}\n    client_port: {CLIENT_PORT}\n    peer_port: {PEER_PORT}\n",
            name(i),
            ip(i)
        ));
    }
    text
}

#[test]
fn check_pki_accepts_matching_certificates_and_names_what_fails() {
    let dir = tempfile::tempdir().unwrap();
    let pki = init_pki(dir.path(), "pki");
    let pki_arg = pki.to_str().unwrap();
    write(
        &dir.path().join("ok.yaml"),
        &loopback_description(&pki, &dir.path().join("data")),
    );
    ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "ok.yaml",
            "--check-pki",
            pki_arg,
            "--out",
            "ok",
        ],
    );
    assert_eq!(dir_entries(&dir.path().join("ok")).len(), MEMBERS);

    // The seed's addresses are not in the SANs.
    write(&dir.path().join("seed.yaml"), &seed_description(""));
    let line = assert_rejected(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "seed.yaml",
            "--check-pki",
            pki_arg,
            "--out",
            "out",
        ],
        "out",
        &["192.168.255.131"],
    );
    assert!(
        line.contains("server.pem") || line.contains("peer.pem"),
        "the error names no certificate file: {line}"
    );

    // Certificates that do not chain to ca.pem.
    let other = init_pki(dir.path(), "other");
    let mixed = dir.path().join("mixed");
    std::fs::create_dir(&mixed).unwrap();
    for entry in std::fs::read_dir(&pki).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), mixed.join(entry.file_name())).unwrap();
    }
    std::fs::copy(other.join("ca.pem"), mixed.join("ca.pem")).unwrap();
    let line = assert_rejected(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "ok.yaml",
            "--check-pki",
            mixed.to_str().unwrap(),
            "--out",
            "out",
        ],
        "out",
        &[],
    );
    assert!(
        line.contains("server.pem") || line.contains("peer.pem"),
        "the chain error names no certificate file: {line}"
    );

    // Only server.pem from another CA: the server certificate is checked too, and named.
    let server_other = dir.path().join("server-other");
    std::fs::create_dir(&server_other).unwrap();
    for entry in std::fs::read_dir(&pki).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), server_other.join(entry.file_name())).unwrap();
    }
    for file in ["server.pem", "server-key.pem"] {
        std::fs::copy(other.join(file), server_other.join(file)).unwrap();
    }
    assert_rejected(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "ok.yaml",
            "--check-pki",
            server_other.to_str().unwrap(),
            "--out",
            "out",
        ],
        "out",
        &["server.pem"],
    );

    // server.pem from the same CA but for 127.0.0.1 only: 127.0.0.2 is not in its SANs.
    let server_nosan = dir.path().join("server-nosan");
    std::fs::create_dir(&server_nosan).unwrap();
    for entry in std::fs::read_dir(&pki).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), server_nosan.join(entry.file_name())).unwrap();
    }
    write(
        &server_nosan.join("server-req.json"),
        r#"{"CN": "etcd", "hosts": ["127.0.0.1"], "key": {"algo": "ecdsa", "size": 256}}"#,
    );
    ctl_ok(
        &server_nosan,
        &[
            "pki",
            "gencert",
            "--ca",
            "ca.pem",
            "--ca-key",
            "ca-key.pem",
            "--config",
            "ca-config.json",
            "--profile",
            "server",
            "--bare",
            "server",
            "--force",
            "server-req.json",
        ],
    );
    assert_rejected(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "ok.yaml",
            "--check-pki",
            server_nosan.to_str().unwrap(),
            "--out",
            "out",
        ],
        "out",
        &["server.pem", "127.0.0.2"],
    );

    // A peer certificate without client auth.
    write(
        &dir.path().join("profile.yaml"),
        "hosts: [127.0.0.1, 127.0.0.2, 127.0.0.3]\n\
         signing:\n\
         \x20 default: {expiry: 43800h}\n\
         \x20 profiles:\n\
         \x20   server: {expiry: 43800h, usages: [signing, key encipherment, server auth, client auth]}\n\
         \x20   client: {expiry: 43800h, usages: [signing, key encipherment, client auth]}\n\
         \x20   peer:   {expiry: 43800h, usages: [signing, key encipherment, server auth]}\n\
         ca: {CN: etcd, key: {algo: ecdsa, size: 256}, ca: {expiry: 43800h}}\n\
         certificates:\n\
         \x20 client: {profile: client, request: {CN: client, key: {algo: ecdsa, size: 256}}}\n\
         \x20 server: {profile: server, request: {CN: etcd, key: {algo: ecdsa, size: 256}}}\n\
         \x20 peer:   {profile: peer,   request: {CN: etcd, key: {algo: ecdsa, size: 256}}}\n",
    );
    ctl_ok(
        dir.path(),
        &[
            "pki",
            "init",
            "--dir",
            "noclient",
            "--profile",
            "profile.yaml",
            "--hosts",
            "127.0.0.1,127.0.0.2,127.0.0.3",
            "--yes",
        ],
    );
    assert_rejected(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "ok.yaml",
            "--check-pki",
            dir.path().join("noclient").to_str().unwrap(),
            "--out",
            "out",
        ],
        "out",
        &["peer.pem"],
    );
}

// ---------------------------------------------------------------------------------------------
// 3. A real etcd 3.4 cluster from the rendered files
// ---------------------------------------------------------------------------------------------

fn ip(i: usize) -> String {
    format!("127.0.0.{i}")
}

fn name(i: usize) -> String {
    format!("node{i}")
}

fn client_url(i: usize) -> String {
    format!("https://{}:{CLIENT_PORT}", ip(i))
}

fn all_endpoints() -> String {
    (1..=MEMBERS).map(client_url).collect::<Vec<_>>().join(",")
}

/// Starts `argv` (program first) as member `member` in `cwd`, with a clean environment.
fn spawn_member(
    members: &mut Members,
    member: &str,
    argv: &[String],
    cwd: &Path,
    log_path: PathBuf,
) {
    let mut command = Command::new(&argv[0]);
    command
        .args(&argv[1..])
        .current_dir(cwd)
        .env_clear()
        .env("PATH", "/usr/bin:/bin");
    members.spawn(member, &mut command, log_path);
}

/// Polls `endpoint health` on all members until it succeeds (etcdctl 3.4 prints the lines on
/// standard error), then checks every endpoint is healthy and that put/get works across members.
fn check_cluster(cluster: &mut Members, pki: &Path, key: &str) {
    let health = wait_healthy(cluster, pki, &all_endpoints(), BOOT_TIMEOUT);
    for i in 1..=MEMBERS {
        let url = client_url(i);
        assert!(
            health
                .lines()
                .any(|l| l.starts_with(&url) && l.contains("is healthy")),
            "{url} not healthy in:\n{health}\n{}",
            cluster.logs()
        );
    }
    let put = run_ok(etcdctl_tls(pki, &client_url(1)).args(["put", key, "rendered"]));
    assert_eq!(put.trim(), "OK", "put output: {put}");
    let get = run_ok(etcdctl_tls(pki, &client_url(3)).args(["get", key]));
    assert_eq!(get.trim(), format!("{key}\nrendered"), "get output: {get}");
    let list = run_ok(etcdctl_tls(pki, &client_url(2)).args(["member", "list", "-w", "simple"]));
    let mut names: Vec<String> = list
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split(", ").collect();
            assert_eq!(cols.get(1), Some(&"started"), "member line: {l}");
            cols.get(2).expect("name column").to_string()
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        (1..=MEMBERS).map(name).collect::<Vec<_>>(),
        "member list:\n{list}"
    );
}

/// Writes one description per member, differing only in data_dir (`<dir>/<prefix>-<member>`,
/// created with mode 0700 like a prepared /var/lib/etcd), and returns (member, description file,
/// data dir).
fn per_member_descriptions(
    dir: &Path,
    pki: &Path,
    prefix: &str,
) -> Vec<(String, PathBuf, PathBuf)> {
    use std::os::unix::fs::DirBuilderExt;
    (1..=MEMBERS)
        .map(|i| {
            let data = dir.join(format!("{prefix}-data-{i}"));
            std::fs::DirBuilder::new()
                .mode(0o700)
                .create(&data)
                .unwrap();
            let desc = dir.join(format!("{prefix}-{i}.yaml"));
            write(&desc, &loopback_description(pki, &data));
            (name(i), desc, data)
        })
        .collect()
}

#[test]
fn rendered_units_boot_a_healthy_etcd34_cluster() {
    let _ports = CLUSTER_PORTS.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let pki = init_pki(dir.path(), "pki");
    let members = per_member_descriptions(dir.path(), &pki, "unit");

    let mut starts = Vec::new();
    for (member, desc, data) in &members {
        let unit = ctl_ok(
            dir.path(),
            &[
                "render-units",
                "--cluster",
                desc.to_str().unwrap(),
                "--member",
                member,
                "--check-pki",
                pki.to_str().unwrap(),
                "--stdout",
            ],
        );
        let argv = exec_start(&unit);
        assert_eq!(Path::new(&argv[0]), etcd34(), "{member}:\n{unit}");
        let cwd = PathBuf::from(unit_value(&unit, "WorkingDirectory"));
        assert_eq!(&cwd, data, "{member}:\n{unit}");
        assert!(
            argv.contains(&"--client-cert-auth".to_string())
                && argv.contains(&"--peer-client-cert-auth".to_string()),
            "{member}: {argv:?}"
        );
        starts.push((member.clone(), argv, cwd));
    }

    let mut cluster = Members::new();
    for (member, argv, cwd) in &starts {
        spawn_member(
            &mut cluster,
            member,
            argv,
            cwd,
            dir.path().join(format!("unit-{member}.log")),
        );
    }
    check_cluster(&mut cluster, &pki, "from-units");
    drop(cluster);
}

#[test]
fn rendered_config_files_boot_a_healthy_etcd34_cluster() {
    let _ports = CLUSTER_PORTS.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let pki = init_pki(dir.path(), "pki");
    let members = per_member_descriptions(dir.path(), &pki, "config");

    let mut starts = Vec::new();
    for (member, desc, data) in &members {
        let out = format!("out-{member}");
        ctl_ok(
            dir.path(),
            &[
                "render-units",
                "--cluster",
                desc.to_str().unwrap(),
                "--member",
                member,
                "--format",
                "config",
                "--out",
                &out,
            ],
        );
        let config = dir.path().join(&out).join(member).join("etcd.conf.yml");
        let text = read(&config);
        assert!(
            text.contains(&data.display().to_string()),
            "{member}:\n{text}"
        );
        let argv = vec![
            etcd34().display().to_string(),
            "--config-file".to_string(),
            config.display().to_string(),
        ];
        starts.push((member.clone(), argv, data.clone()));
    }

    let mut cluster = Members::new();
    for (member, argv, cwd) in &starts {
        spawn_member(
            &mut cluster,
            member,
            argv,
            cwd,
            dir.path().join(format!("config-{member}.log")),
        );
    }
    check_cluster(&mut cluster, &pki, "from-config");
    drop(cluster);
}

// ---------------------------------------------------------------------------------------------
// The renew timer
// ---------------------------------------------------------------------------------------------

#[test]
fn renew_timer_passes_systemd_analyze_and_its_service_renews_what_expires_soon() {
    let dir = tempfile::tempdir().unwrap();
    let pki = dir.path().join("pki");
    // Certificates of ten days: inside the timer's 30-day window.
    ctl_ok(
        dir.path(),
        &[
            "pki",
            "init",
            "--dir",
            "pki",
            "--hosts",
            "127.0.0.1",
            "--expiry",
            "240h",
            "-y",
        ],
    );
    write(
        &dir.path().join("cluster.yaml"),
        &format!(
            "binary: \"{} serve\"\ntls: {{pki_dir: \"{}\"}}\nmembers:\n  - {{name: m1, address: 127.0.0.1}}\n",
            env!("CARGO_BIN_EXE_ctl"),
            pki.display()
        ),
    );
    ctl_ok(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--format",
            "renew-timer",
            "--out",
            "out",
        ],
    );
    let timer = dir.path().join("out/m1/ctl-pki-renew.timer");
    let service = dir.path().join("out/m1/ctl-pki-renew.service");
    for unit in [&timer, &service] {
        verify_unit(unit).unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(unit_value(&read(&timer), "OnCalendar"), "daily");
    let exec = exec_start(&read(&service));
    assert_eq!(
        exec,
        [
            env!("CARGO_BIN_EXE_ctl"),
            "pki",
            "renew",
            "--dir",
            &pki.display().to_string(),
            "--within",
            "30d"
        ]
    );
    // What the service runs renews the ten-day certificates, keeping the CA.
    let before = read(&pki.join("server.pem"));
    let ca = read(&pki.join("ca.pem"));
    let out = run_ok(Command::new(&exec[0]).args(&exec[1..]));
    assert!(out.contains("renewed server.pem"), "{out}");
    assert_ne!(read(&pki.join("server.pem")), before);
    assert_eq!(read(&pki.join("ca.pem")), ca);
    // The renewed certificates have the ten days they had: a one-day window keeps them.
    let out = ctl_ok(
        dir.path(),
        &["pki", "renew", "--dir", "pki", "--within", "1d"],
    );
    assert!(out.contains("kept    server.pem"), "{out}");

    // A cluster without TLS has nothing to renew: refused, nothing written.
    write(
        &dir.path().join("plain.yaml"),
        "tls: off\nmembers:\n  - {name: m1, address: 127.0.0.1}\n",
    );
    assert_rejected(
        dir.path(),
        &[
            "render-units",
            "--cluster",
            "plain.yaml",
            "--format",
            "renew-timer",
            "--out",
            "plain-out",
        ],
        "plain-out",
        &["tls: off"],
    );
}
