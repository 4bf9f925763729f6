//! `ctl pki init` certificates against the real thing: Debian's etcd 3.4 boots a 3-member TLS
//! cluster on 127.0.0.1–3 with mutual TLS for clients and peers, etcdctl 3.4 talks to it with
//! ctl's client certificate, and is refused without one. openssl checks the chain and extensions.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::etcd::{describe, etcdctl, etcdctl_tls, wait_healthy, Members};
use common::{ctl_ok, etcd34, run_ok, tool};

/// Client port of every member (each on its own loopback address); away from the default 2379.
const CLIENT_PORT: u16 = 23790;
/// Peer port of every member; away from the default 2380.
const PEER_PORT: u16 = 23800;
const MEMBERS: usize = 3;
/// How long the cluster may take to become healthy.
const BOOT_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs `ctl pki init` for 127.0.0.1–3 into `<dir>/pki` and returns that directory.
fn init_pki(dir: &Path) -> PathBuf {
    ctl_ok(
        dir,
        &[
            "pki",
            "init",
            "--dir",
            "pki",
            "--hosts",
            "127.0.0.1,127.0.0.2,127.0.0.3",
            "--yes",
        ],
    );
    dir.join("pki")
}

fn ip(i: usize) -> String {
    format!("127.0.0.{i}")
}

fn client_url(i: usize) -> String {
    format!("https://{}:{CLIENT_PORT}", ip(i))
}

fn peer_url(i: usize) -> String {
    format!("https://{}:{PEER_PORT}", ip(i))
}

fn name(i: usize) -> String {
    format!("etcd-{i}")
}

fn all_endpoints() -> String {
    (1..=MEMBERS).map(client_url).collect::<Vec<_>>().join(",")
}

/// Starts the three members with ctl's server and peer certificates.
fn start_cluster(dir: &Path, pki: &Path) -> Members {
    let initial_cluster = (1..=MEMBERS)
        .map(|i| format!("{}={}", name(i), peer_url(i)))
        .collect::<Vec<_>>()
        .join(",");
    let f = |file: &str| pki.join(file).into_os_string();
    let mut members = Members::new();
    for i in 1..=MEMBERS {
        let mut command = Command::new(etcd34());
        command
            .arg("--name")
            .arg(name(i))
            .arg("--data-dir")
            .arg(dir.join(format!("{}.etcd", name(i))))
            .arg("--cert-file")
            .arg(f("server.pem"))
            .arg("--key-file")
            .arg(f("server-key.pem"))
            .arg("--trusted-ca-file")
            .arg(f("ca.pem"))
            .arg("--client-cert-auth")
            .arg("--peer-cert-file")
            .arg(f("peer.pem"))
            .arg("--peer-key-file")
            .arg(f("peer-key.pem"))
            .arg("--peer-trusted-ca-file")
            .arg(f("ca.pem"))
            .arg("--peer-client-cert-auth")
            .args(["--listen-peer-urls", &peer_url(i)])
            .args(["--initial-advertise-peer-urls", &peer_url(i)])
            .args(["--listen-client-urls", &client_url(i)])
            .args(["--advertise-client-urls", &client_url(i)])
            .args(["--initial-cluster-token", "ctl-pki-etcd-test"])
            .args(["--initial-cluster", &initial_cluster])
            .args(["--initial-cluster-state", "new"])
            .args(["--heartbeat-interval", "100"])
            .args(["--election-timeout", "1000"])
            .current_dir(dir);
        members.spawn(&name(i), &mut command, dir.join(format!("{}.log", name(i))));
    }
    members
}

#[test]
fn etcd34_tls_cluster_accepts_ctl_certificates() {
    let dir = tempfile::tempdir().unwrap();
    let pki = init_pki(dir.path());
    let mut cluster = start_cluster(dir.path(), &pki);

    // endpoint health: every member answers over mutual TLS.
    let health = wait_healthy(&mut cluster, &pki, &all_endpoints(), BOOT_TIMEOUT);
    for i in 1..=MEMBERS {
        let url = client_url(i);
        assert!(
            health
                .lines()
                .any(|l| l.starts_with(&url) && l.contains("is healthy")),
            "{url} not healthy in:\n{health}"
        );
    }

    // put through member 1, get through member 3.
    let put = run_ok(etcdctl_tls(&pki, &client_url(1)).args(["put", "foo", "bar"]));
    assert_eq!(put.trim(), "OK", "put output: {put}");
    let get = run_ok(etcdctl_tls(&pki, &client_url(3)).args(["get", "foo"]));
    assert_eq!(get.trim(), "foo\nbar", "get output: {get}");

    // member list: the three members we named, all started.
    let list = run_ok(etcdctl_tls(&pki, &client_url(2)).args(["member", "list", "-w", "simple"]));
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

    // Without a client certificate the server refuses the connection.
    let refused = etcdctl(&pki)
        .args(["--endpoints", &client_url(1), "--cacert", "ca.pem"])
        .args(["--dial-timeout", "2s", "--command-timeout", "3s"])
        .args(["get", "foo"])
        .output()
        .expect("etcdctl runs");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    eprintln!("etcdctl without a client certificate:\n{stderr}");
    assert!(
        !refused.status.success(),
        "etcdctl without a client certificate succeeded:\n{}",
        describe(&refused)
    );
    assert!(
        !String::from_utf8_lossy(&refused.stdout).contains("bar"),
        "value leaked without a client certificate:\n{}",
        describe(&refused)
    );
    // etcdctl 3.4 only sees the failed handshakes as a gRPC dial timeout ...
    assert!(
        stderr.contains("context deadline exceeded"),
        "unexpected refusal:\n{}",
        describe(&refused)
    );
    // ... while the member logs why: mutual TLS turned the client away.
    let rejection = "tls: client didn't provide a certificate";
    let log_deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let log = std::fs::read_to_string(cluster.log_path(0)).expect("read member log");
        if log
            .lines()
            .any(|l| l.contains("rejected connection") && l.contains(rejection))
        {
            break;
        }
        if Instant::now() >= log_deadline {
            panic!("{} did not log {rejection:?}:\n{}", name(1), cluster.logs());
        }
        std::thread::sleep(Duration::from_millis(100));
    }

    drop(cluster);
}

fn openssl() -> Command {
    Command::new(tool("/usr/bin/openssl"))
}

fn x509_text(pki: &Path, cert: &str) -> String {
    run_ok(
        openssl()
            .args(["x509", "-noout", "-text", "-in"])
            .arg(pki.join(cert)),
    )
}

#[test]
fn openssl_verifies_ctl_etcd_certificates() {
    let dir = tempfile::tempdir().unwrap();
    let pki = init_pki(dir.path());

    for cert in ["server.pem", "peer.pem", "client.pem"] {
        let out = run_ok(
            openssl()
                .arg("verify")
                .arg("-CAfile")
                .arg(pki.join("ca.pem"))
                .arg(pki.join(cert)),
        );
        assert_eq!(
            out.trim(),
            format!("{}: OK", pki.join(cert).display()),
            "openssl verify {cert}"
        );
    }

    let peer = x509_text(&pki, "peer.pem");
    for want in [
        "TLS Web Server Authentication, TLS Web Client Authentication",
        "IP Address:127.0.0.1",
        "IP Address:127.0.0.2",
        "IP Address:127.0.0.3",
        "CA:FALSE",
        "X509v3 Subject Key Identifier",
        "X509v3 Authority Key Identifier",
    ] {
        assert!(peer.contains(want), "peer.pem lacks {want:?}:\n{peer}");
    }

    let ca = x509_text(&pki, "ca.pem");
    for want in ["CA:TRUE", "Certificate Sign, CRL Sign"] {
        assert!(ca.contains(want), "ca.pem lacks {want:?}:\n{ca}");
    }
}
