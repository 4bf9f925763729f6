//! Certificates over a cluster's lifetime, against live members: `ctl pki renew`, then
//! `rotate-ca start` and `finish`, on a three-member TLS cluster of `ctl serve` under a
//! continuous put load, with openssl s_client reading what every client and peer URL serves
//! after each step; bad files that the members must refuse; a client certificate revoked by a
//! CRL made with the real `cfssl gencrl`; and renewed certificates served by real etcd 3.4 and
//! 3.5, read back with `ctl pki check --endpoints`.
//!
//! Ports: 315x0 (client) and 315x1 (peer) for test x, on 127.0.0.1–4.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::cluster::{json, Cluster, Implementation, BOOT_TIMEOUT};
use common::serve::run_bounded;
use common::{ctl_ok, run_ctl, tool};

/// How long a member may take to notice changed files (it polls every second and waits for
/// them to hold still).
const RELOAD_TIMEOUT: Duration = Duration::from_secs(10);

/// The serial (upper-case hex, as openssl prints it) and issuer CN of a certificate in PEM.
fn serial_and_issuer(pem: &str) -> (String, String) {
    let run = run_bounded(
        {
            let mut c = Command::new(tool("openssl"));
            c.args([
                "x509",
                "-noout",
                "-serial",
                "-issuer",
                "-nameopt",
                "multiline",
            ]);
            c
        },
        Some(pem.as_bytes()),
        Duration::from_secs(10),
    );
    assert!(run.success(), "openssl x509: {}", run.describe());
    let serial = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("serial="))
        .unwrap_or_else(|| panic!("no serial in {}", run.stdout))
        .to_string();
    let issuer = run
        .stdout
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("commonName")
                .map(|v| v.trim_start_matches([' ', '=']).trim().to_string())
        })
        .unwrap_or_default();
    (serial, issuer)
}

fn file_serial(path: &Path) -> (String, String) {
    serial_and_issuer(&std::fs::read_to_string(path).unwrap())
}

/// What `address` serves, read with openssl s_client offering the client certificate (peer
/// listeners require one): the serial and issuer CN of the leaf.
fn served(pki: &Path, address: &str) -> Option<(String, String)> {
    let mut c = Command::new(tool("openssl"));
    c.args(["s_client", "-connect", address, "-showcerts"])
        .arg("-cert")
        .arg(pki.join("client.pem"))
        .arg("-key")
        .arg(pki.join("client-key.pem"));
    let run = run_bounded(c, Some(b""), Duration::from_secs(10));
    let start = run.stdout.find("-----BEGIN CERTIFICATE-----")?;
    let end = run.stdout[start..].find("-----END CERTIFICATE-----")? + start + 25;
    Some(serial_and_issuer(&run.stdout[start..end]))
}

/// Every client and peer address of the cluster with the file its listener serves.
fn listeners(c: &Cluster) -> Vec<(String, &'static str)> {
    let mut all = Vec::new();
    for node in &c.nodes {
        all.push((format!("{}:{}", node.ip, c.client_port), "server.pem"));
        all.push((format!("{}:{}", node.ip, c.peer_port()), "peer.pem"));
    }
    all
}

/// Waits until every listener serves the certificate now in its file; returns how long it took.
fn wait_serving_files(c: &mut Cluster, step: &str) -> Duration {
    let started = Instant::now();
    loop {
        let mut stale = Vec::new();
        for (address, file) in listeners(c) {
            let want = file_serial(&c.pki.join(file));
            let got = served(&c.pki, &address);
            if got.as_ref() != Some(&want) {
                stale.push(format!("{address} serves {got:?}, {file} holds {want:?}"));
            }
        }
        if stale.is_empty() {
            return started.elapsed();
        }
        c.check_alive();
        if started.elapsed() > RELOAD_TIMEOUT {
            c.fail(&format!(
                "after {step}, not every listener serves the new certificate within {RELOAD_TIMEOUT:?}:\n{}",
                stale.join("\n")
            ));
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// The lines of `openssl x509 -text` that a renewal must keep: subject, SANs, key usages,
/// extended key usages and basic constraints, sorted.
fn kept_fields(path: &Path) -> Vec<String> {
    let mut c = Command::new(tool("openssl"));
    c.args(["x509", "-noout", "-text", "-in"]).arg(path);
    let run = run_bounded(c, None, Duration::from_secs(10));
    assert!(run.success(), "openssl x509 -text: {}", run.describe());
    let lines: Vec<&str> = run.stdout.lines().map(str::trim).collect();
    let mut kept = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("Subject:") || line.starts_with("Public Key Algorithm:") {
            kept.push(line.to_string());
        }
        for heading in [
            "X509v3 Subject Alternative Name:",
            "X509v3 Key Usage:",
            "X509v3 Extended Key Usage:",
            "X509v3 Basic Constraints:",
        ] {
            if line.starts_with(heading) {
                kept.push(format!("{line} {}", lines.get(i + 1).unwrap_or(&"")));
            }
        }
    }
    assert!(
        kept.len() >= 4,
        "too few fields in {}:\n{}",
        path.display(),
        run.stdout
    );
    // The order of extensions is the issuing tool's choice (cfssl puts the SANs last).
    kept.sort();
    kept
}

fn pki_ok(c: &mut Cluster, args: &[&str]) -> String {
    let out = run_ctl(&c.dir, args);
    if !out.status.success() {
        let why = format!(
            "ctl {} failed:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        c.fail(&why);
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `ctl pki check --endpoints` on every client and peer URL of `c`, which must pass; the
/// serials it reports.
fn check_endpoints(c: &mut Cluster) -> Vec<String> {
    let urls: Vec<String> = listeners(c)
        .into_iter()
        .map(|(address, _)| format!("https://{address}"))
        .collect();
    let pki = c.pki.display().to_string();
    let out = pki_ok(
        c,
        &[
            "pki",
            "check",
            "--dir",
            &pki,
            "--endpoints",
            &urls.join(","),
            "-o",
            "json",
        ],
    );
    let reports = json(&out);
    let reports = reports.as_array().expect("a list of endpoint reports");
    assert_eq!(reports.len(), urls.len(), "{out}");
    reports
        .iter()
        .map(|r| {
            for finding in r["findings"].as_array().unwrap() {
                assert_eq!(finding["status"], "ok", "{}: {finding}", r["url"]);
            }
            r["serial"]
                .as_str()
                .unwrap()
                .replace(':', "")
                .to_uppercase()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 1. renew, rotate-ca start, rotate-ca finish under load, no restart
// ---------------------------------------------------------------------------------------------

#[test]
fn a_cluster_under_load_renews_and_moves_to_a_new_ca_without_a_restart_or_a_failed_request() {
    let mut c = Cluster::new("lifecycle", 3, 31500, None);
    c.start_all();
    c.wait_healthy(&[0, 1, 2], BOOT_TIMEOUT);
    let pki = c.pki.display().to_string();
    let before: Vec<(String, Vec<String>)> = ["server.pem", "peer.pem", "client.pem"]
        .iter()
        .map(|f| (f.to_string(), kept_fields(&c.pki.join(f))))
        .collect();
    let original_ca = file_serial(&c.pki.join("ca.pem"));
    for (address, _) in listeners(&c) {
        assert_eq!(
            served(&c.pki, &address).map(|s| s.1),
            Some(original_ca.1.clone())
        );
    }

    // A steady put load over all three members for the whole test, through connections made
    // before any certificate changes.
    let mut load = c.ctl_command(
        &[0, 1, 2],
        &[
            "bench",
            "put",
            "--total",
            "12000",
            "--rate",
            "300",
            "--clients",
            "8",
            "--conns",
            "3",
            "-w",
            "json",
        ],
    );
    let load = load
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ctl bench starts");
    std::thread::sleep(Duration::from_secs(2));

    // renew: every leaf, same keys.
    let out = pki_ok(&mut c, &["pki", "renew", "--dir", &pki]);
    for file in ["client.pem", "peer.pem", "server.pem"] {
        assert!(out.contains(&format!("renewed {file}")), "{out}");
        assert!(c.pki.join(format!("{file}.previous")).exists());
    }
    let took = wait_serving_files(&mut c, "renew");
    eprintln!("renew: every listener served the renewed certificates after {took:?}");
    for (file, fields) in &before {
        assert_eq!(
            &kept_fields(&c.pki.join(file)),
            fields,
            "renewal changed {file}"
        );
    }
    let renewed_serial = file_serial(&c.pki.join("server.pem")).0;
    assert!(check_endpoints(&mut c).contains(&renewed_serial));

    // rotate-ca start: a new CA, the bundle, every leaf from the new CA with new keys.
    let out = pki_ok(
        &mut c,
        &["pki", "rotate-ca", "--dir", &pki, "start", "--rekey"],
    );
    assert!(out.contains("renewed ca.pem"), "{out}");
    let bundle = std::fs::read_to_string(c.pki.join("ca.pem")).unwrap();
    assert_eq!(bundle.matches("BEGIN CERTIFICATE").count(), 2, "{bundle}");
    let new_ca = file_serial(&c.pki.join("ca.pem"));
    assert_ne!(new_ca, original_ca);
    let took = wait_serving_files(&mut c, "rotate-ca start");
    eprintln!("rotate-ca start: every listener served new-CA certificates after {took:?}");
    for (address, _) in listeners(&c) {
        assert_eq!(
            served(&c.pki, &address).map(|s| s.1),
            Some(new_ca.1.clone()),
            "{address}"
        );
    }
    for (file, fields) in &before {
        assert_eq!(
            &kept_fields(&c.pki.join(file)),
            fields,
            "rotation changed {file}"
        );
    }
    check_endpoints(&mut c);
    // A second start while one is under way is refused, and changes nothing.
    let refused = run_ctl(&c.dir, &["pki", "rotate-ca", "--dir", &pki, "start"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("rotation is under way"));
    assert_eq!(
        std::fs::read_to_string(c.pki.join("ca.pem")).unwrap(),
        bundle
    );

    // finish: the old CA leaves the bundle; members reload the trusted CA alone.
    pki_ok(&mut c, &["pki", "rotate-ca", "--dir", &pki, "finish"]);
    let single = std::fs::read_to_string(c.pki.join("ca.pem")).unwrap();
    assert_eq!(single.matches("BEGIN CERTIFICATE").count(), 1);
    std::thread::sleep(Duration::from_secs(3));
    wait_serving_files(&mut c, "rotate-ca finish");
    check_endpoints(&mut c);
    // New connections with only the new CA work: etcdctl and the ctl client.
    c.wait_healthy(&[0, 1, 2], Duration::from_secs(10));
    c.put(&[0, 1, 2], "after-rotation", "yes");
    // The old CA is no longer trusted: the client certificate it signed (kept by rotate-ca
    // start as client.pem.previous) is refused by new connections.
    let deadline = Instant::now() + RELOAD_TIMEOUT;
    loop {
        let mut command = common::cluster::ctl_client(&c.dir);
        command
            .args(["endpoint", "health", "--endpoints", &c.endpoint(0)])
            .args(["--cacert", &c.pki_file("ca.pem")])
            .args(["--cert", &c.pki_file("client.pem.previous")])
            .args(["--key", &c.pki_file("client-key.pem.previous")])
            .args(["--dial-timeout", "2s"]);
        let run = run_bounded(command, None, Duration::from_secs(15));
        if !run.success() {
            assert!(
                run.stdout.contains("refused this client's certificate"),
                "{}",
                run.describe()
            );
            break;
        }
        if Instant::now() > deadline {
            c.fail("a client certificate of the old CA is still accepted after rotate-ca finish");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    let mut load = load;
    assert!(
        load.try_wait().unwrap().is_none(),
        "the load ended before the rotation finished: make it longer"
    );

    let output = load.wait_with_output().unwrap();
    let report = json(&String::from_utf8_lossy(&output.stdout));
    eprintln!("load: {report}");
    assert_eq!(
        report["errors"], 0,
        "requests failed during the rotation: {report}"
    );
    assert_eq!(report["requests"], 12000);
    assert!(output.status.success());
    c.check_alive();
    for node in &c.nodes {
        assert_eq!(node.starts, 1, "{} was restarted", node.name);
    }
    for i in 0..3 {
        let log = c.log(i, 1);
        assert!(
            log.matches("reloaded the client TLS files").count() >= 3,
            "m{} logged fewer than three client reloads:\n{log}",
            i + 1
        );
        assert!(log.contains("reloaded the peer TLS files"), "{log}");
        assert!(!log.contains("refused the changed"), "{log}");
    }

    // ---- a member added after the rotation: the others must dial it with new-CA peer
    // certificates (it trusts only the new CA), so this fails if a dialer kept its old files.
    let peer_url = format!("https://127.0.0.4:{}", c.peer_port());
    c.ok(
        &[0, 1, 2],
        &["member", "add", "m4", &format!("--peer-urls={peer_url}")],
    );
    let m4 = c.add_node("m4", "127.0.0.4", &[0, 1, 2]);
    c.start(m4);
    c.wait_healthy(&[m4], BOOT_TIMEOUT);
    c.put(&[m4], "written-through-m4", "yes");
    let read = c.ok(&[0], &["get", "written-through-m4", "--print-value-only"]);
    assert_eq!(read.trim(), "yes");
    let m4_log = c.log(m4, 1);
    assert!(!m4_log.to_lowercase().contains("unknownca"), "{m4_log}");

    // ---- bad files: each is refused, the member keeps serving what it had -----------------
    let serving = file_serial(&c.pki.join("server.pem"));
    let good_cert = std::fs::read(c.pki.join("server.pem")).unwrap();
    let good_key = std::fs::read(c.pki.join("server-key.pem")).unwrap();
    let other = c.dir.join("other-ca");
    ctl_ok(
        &c.dir,
        &[
            "pki",
            "init",
            "--dir",
            "other-ca",
            "--hosts",
            "127.0.0.1,127.0.0.2,127.0.0.3",
            "-y",
        ],
    );
    let bad_sets: [(&str, Vec<u8>, Vec<u8>, &str); 3] = [
        (
            "a key that belongs to another certificate",
            good_cert.clone(),
            std::fs::read(c.pki.join("client-key.pem")).unwrap(),
            "is not the key of",
        ),
        (
            "garbage",
            b"this is not a certificate\n".to_vec(),
            good_key.clone(),
            "holds no certificate",
        ),
        (
            "a certificate from another CA",
            std::fs::read(other.join("server.pem")).unwrap(),
            std::fs::read(other.join("server-key.pem")).unwrap(),
            "is not signed by a CA in",
        ),
    ];
    for (round, (what, cert, key, why)) in bad_sets.iter().enumerate() {
        std::fs::write(c.pki.join("server.pem"), cert).unwrap();
        std::fs::write(c.pki.join("server-key.pem"), key).unwrap();
        let deadline = Instant::now() + RELOAD_TIMEOUT;
        loop {
            let refused = (0..3)
                .filter(|&i| {
                    c.log(i, 1)
                        .matches("refused the changed client TLS files")
                        .count()
                        > round
                })
                .count();
            if refused == 3 {
                break;
            }
            if Instant::now() > deadline {
                c.fail(&format!(
                    "not every member refused {what} within {RELOAD_TIMEOUT:?}"
                ));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        for i in 0..3 {
            let log = c.log(i, 1);
            let line = log
                .lines()
                .rfind(|l| l.contains("refused the changed client TLS files"))
                .unwrap()
                .to_string();
            assert!(
                line.contains(why),
                "m{}: refusing {what}, the log says: {line}",
                i + 1
            );
        }
        for (address, file) in listeners(&c) {
            if file == "server.pem" {
                assert_eq!(
                    served(&c.pki, &address),
                    Some(serving.clone()),
                    "{address} after {what}"
                );
            }
        }
        c.wait_healthy(&[0, 1, 2], Duration::from_secs(10));
    }
    // The refusals are counted.
    let metrics = Command::new(tool("curl"))
        .args(["-sf", "--cacert"])
        .arg(c.pki.join("ca.pem"))
        .arg("--cert")
        .arg(c.pki.join("client.pem"))
        .arg("--key")
        .arg(c.pki.join("client-key.pem"))
        .arg(format!("{}/metrics", c.endpoint(0)))
        .output()
        .unwrap();
    let metrics = String::from_utf8_lossy(&metrics.stdout);
    let refused = metrics
        .lines()
        .find(|l| {
            l.starts_with("ctl_server_tls_reloads_total")
                && l.contains("outcome=\"refused\"")
                && l.contains("side=\"client\"")
        })
        .unwrap_or_else(|| panic!("no refused-reload counter in:\n{metrics}"));
    let count: f64 = refused.rsplit(' ').next().unwrap().parse().unwrap();
    assert!(count >= 3.0, "{refused}");
    assert!(
        metrics.contains("ctl_server_certificate_expiry_timestamp_seconds{"),
        "{metrics}"
    );
    // Good files again: picked up.
    std::fs::write(c.pki.join("server-key.pem"), &good_key).unwrap();
    std::fs::write(c.pki.join("server.pem"), &good_cert).unwrap();
    wait_serving_files(&mut c, "restoring the good pair");
    c.terminate(&[0, 1, 2]);
}

// ---------------------------------------------------------------------------------------------
// 2. A client certificate revoked by a CRL (cfssl gencrl), reloaded without a restart
// ---------------------------------------------------------------------------------------------

fn gencrl(dir: &Path, serials: &[String]) -> Vec<u8> {
    std::fs::write(dir.join("revoked.txt"), serials.join("\n") + "\n").unwrap();
    let out = Command::new(tool("cfssl"))
        .args(["gencrl", "revoked.txt", "pki/ca.pem", "pki/ca-key.pem"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cfssl gencrl: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The decimal serial of a certificate file, as cfssl gencrl reads it.
fn decimal_serial(path: &Path) -> String {
    let hex = file_serial(path).0;
    let mut digits = vec![0u32];
    for c in hex.chars() {
        let mut carry = c.to_digit(16).unwrap();
        for d in digits.iter_mut() {
            let v = *d * 16 + carry;
            *d = v % 10;
            carry = v / 10;
        }
        while carry > 0 {
            digits.push(carry % 10);
            carry /= 10;
        }
    }
    digits
        .iter()
        .rev()
        .map(|d| char::from_digit(*d, 10).unwrap())
        .collect()
}

#[test]
fn a_client_certificate_revoked_by_a_crl_is_refused_and_the_client_says_so() {
    let c = Cluster::new("crl", 1, 31530, None);
    let dir = c.dir.clone();
    // A second client certificate, to revoke.
    std::fs::write(
        dir.join("doomed.json"),
        r#"{"CN": "doomed", "key": {"algo": "ecdsa", "size": 256}}"#,
    )
    .unwrap();
    ctl_ok(
        &dir,
        &[
            "pki",
            "gencert",
            "--ca",
            "pki/ca.pem",
            "--ca-key",
            "pki/ca-key.pem",
            "--config",
            "pki/ca-config.json",
            "--profile",
            "client",
            "--bare",
            "doomed",
            "--out",
            "pki",
            "doomed.json",
        ],
    );
    let crl = dir.join("pki/crl.pem");
    std::fs::write(&crl, gencrl(&dir, &[])).unwrap();
    let mut member = Command::new(env!("CARGO_BIN_EXE_ctl"));
    member
        .current_dir(&dir)
        .args(["serve", "--name", "m1", "--data-dir", "data-crl"])
        .args(["--listen-client-urls", "https://127.0.0.1:31530"])
        .args(["--advertise-client-urls", "https://127.0.0.1:31530"])
        .args(["--listen-peer-urls", "https://127.0.0.1:31531"])
        .args(["--initial-advertise-peer-urls", "https://127.0.0.1:31531"])
        .args(["--initial-cluster", "m1=https://127.0.0.1:31531"])
        .args([
            "--cert-file",
            "pki/server.pem",
            "--key-file",
            "pki/server-key.pem",
        ])
        .args(["--trusted-ca-file", "pki/ca.pem", "--client-cert-auth"])
        .args(["--client-crl-file", "pki/crl.pem"])
        .args([
            "--peer-cert-file",
            "pki/peer.pem",
            "--peer-key-file",
            "pki/peer-key.pem",
        ])
        .args([
            "--peer-trusted-ca-file",
            "pki/ca.pem",
            "--peer-client-cert-auth",
        ])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("crl-member.log")).unwrap());
    let mut member = member.spawn().unwrap();
    let get = |cert: &str| {
        let mut command = common::cluster::ctl_client(&dir);
        command
            .args(["get", "k", "--endpoints", "https://127.0.0.1:31530"])
            .args(["--cacert", "pki/ca.pem"])
            .arg("--cert")
            .arg(format!("pki/{cert}.pem"))
            .arg("--key")
            .arg(format!("pki/{cert}-key.pem"))
            .args(["--dial-timeout", "2s", "--command-timeout", "5s"]);
        run_bounded(command, None, Duration::from_secs(15))
    };
    let deadline = Instant::now() + BOOT_TIMEOUT;
    while !get("doomed").success() {
        assert!(
            Instant::now() < deadline,
            "the member did not come up:\n{}",
            std::fs::read_to_string(dir.join("crl-member.log")).unwrap()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // Revoke it: the CRL is rewritten while the member runs.
    let serial = decimal_serial(&dir.join("pki/doomed.pem"));
    std::fs::write(&crl, gencrl(&dir, &[serial])).unwrap();
    let deadline = Instant::now() + RELOAD_TIMEOUT;
    let refused = loop {
        let run = get("doomed");
        if !run.success() {
            break run;
        }
        assert!(
            Instant::now() < deadline,
            "the revoked certificate was still accepted after {RELOAD_TIMEOUT:?}"
        );
        std::thread::sleep(Duration::from_millis(250));
    };
    let stderr = refused.stderr.trim().to_string();
    assert!(stderr.contains("revoked"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
    assert!(stderr.lines().count() <= 2, "{stderr}");
    // The other client certificate still works, and etcdctl 3.5 is refused too.
    assert!(get("client").success(), "{}", get("client").describe());
    let mut etcdctl = Command::new(common::serve::etcdctl35());
    etcdctl
        .current_dir(&dir)
        .args([
            "--endpoints",
            "https://127.0.0.1:31530",
            "--cacert",
            "pki/ca.pem",
        ])
        .args(["--cert", "pki/doomed.pem", "--key", "pki/doomed-key.pem"])
        .args([
            "--dial-timeout",
            "2s",
            "--command-timeout",
            "3s",
            "get",
            "k",
        ]);
    assert!(!run_bounded(etcdctl, None, Duration::from_secs(15)).success());
    let _ = member.kill();
    let _ = member.wait();
}

// ---------------------------------------------------------------------------------------------
// 3, 4. Real etcd serves renewed certificates; check --endpoints reads them
// ---------------------------------------------------------------------------------------------

fn etcd_serves_renewed_certificates(implementation: Implementation, port: u16) {
    let mut c = Cluster::with(implementation, "renewed", 1, port, None);
    let pki = c.pki.display().to_string();
    let before = kept_fields(&c.pki.join("server.pem"));
    let old = file_serial(&c.pki.join("server.pem"));
    pki_ok(
        &mut c,
        &["pki", "renew", "--dir", &pki, "--expiry", "90d", "--rekey"],
    );
    assert_eq!(kept_fields(&c.pki.join("server.pem")), before);
    let new = file_serial(&c.pki.join("server.pem"));
    assert_ne!(new.0, old.0);
    c.start_all();
    c.wait_healthy(&[0], BOOT_TIMEOUT);
    let serials = check_endpoints(&mut c);
    assert_eq!(serials[0], new.0);
    assert_eq!(serials[1], file_serial(&c.pki.join("peer.pem")).0);
    // 90 days, not the five years it had.
    let out = pki_ok(&mut c, &["pki", "check", "--dir", &pki, "--expiration"]);
    let server_row = out.lines().find(|l| l.starts_with("server.pem")).unwrap();
    assert!(
        server_row.contains(" 89d ") || server_row.contains(" 90d "),
        "{out}"
    );
    // check --endpoints catches a certificate that does not chain to the CAs it is given.
    let url = format!("https://localhost:{port}");
    let not_a_ca = format!("{pki}/client.pem");
    let run = run_ctl(
        &c.dir,
        &[
            "pki",
            "check",
            "--dir",
            &pki,
            "--endpoints",
            &url,
            "--cacert",
            &not_a_ca,
        ],
    );
    assert!(!run.status.success());
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(text.contains("FAIL"), "{text}");
    assert!(text.contains("not among the trusted CAs"), "{text}");
}

#[test]
fn etcd_35_serves_renewed_certificates() {
    etcd_serves_renewed_certificates(Implementation::Etcd35, 31510);
}

#[test]
fn etcd_34_serves_renewed_certificates() {
    etcd_serves_renewed_certificates(Implementation::Etcd34, 31520);
}

// ---------------------------------------------------------------------------------------------
// 5. One pair per member: init --per-member, render-units per_member, a cluster on them
// ---------------------------------------------------------------------------------------------

#[test]
fn per_member_certificates_cover_only_their_host_and_boot_a_cluster() {
    use common::etcd::{wait_healthy, Members};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Not 127.0.0.1: every server and peer certificate covers it (for local health checks).
    let hosts = [
        ("m1", "127.0.0.2"),
        ("m2", "127.0.0.3"),
        ("m3", "127.0.0.4"),
    ];
    let list: Vec<String> = hosts.iter().map(|(n, h)| format!("{n}={h}")).collect();
    let out = ctl_ok(
        dir,
        &[
            "pki",
            "init",
            "--dir",
            "pki",
            "--per-member",
            &list.join(","),
            "-y",
        ],
    );
    let pki = dir.join("pki");
    for (name, host) in hosts {
        for role in ["server", "peer"] {
            let file = pki.join(format!("{role}-{name}.pem"));
            assert!(out.contains(&format!("{role}-{name}-key.pem")), "{out}");
            let mut c = Command::new(tool("openssl"));
            c.args(["x509", "-noout", "-ext", "subjectAltName", "-in"])
                .arg(&file);
            let sans = run_bounded(c, None, Duration::from_secs(10)).stdout;
            assert!(sans.contains(&format!("IP Address:{host}")), "{sans}");
            for (_, other) in hosts.iter().filter(|(n, _)| *n != name) {
                assert!(
                    !sans.contains(&format!("IP Address:{other},"))
                        && !sans.trim_end().ends_with(&format!("IP Address:{other}")),
                    "{role}-{name}.pem also covers {other}: {sans}"
                );
            }
        }
    }
    assert!(!pki.join("server.pem").exists());
    assert!(pki.join("client.pem").exists());
    // ctl pki check passes on the set (each file checked on its own).
    ctl_ok(dir, &["pki", "check", "--dir", "pki"]);

    let description = format!(
        "token: per-member\nbinary: \"{} serve\"\ndata_dir: \"{}\"\ntls: {{pki_dir: \"{}\", per_member: true}}\nmembers:\n{}",
        env!("CARGO_BIN_EXE_ctl"),
        dir.join("data").display(),
        pki.display(),
        hosts
            .iter()
            .map(|(n, h)| format!("  - {{name: {n}, address: {h}, client_port: 31540, peer_port: 31541}}\n"))
            .collect::<String>()
    );
    std::fs::write(dir.join("cluster.yaml"), description).unwrap();
    let mut members = Members::new();
    for (name, _) in hosts {
        let data = dir.join(format!("data-{name}"));
        ctl_ok(
            dir,
            &[
                "render-units",
                "--cluster",
                "cluster.yaml",
                "--member",
                name,
                "--format",
                "config",
                "--check-pki",
                "pki",
                "--data-dir",
                data.to_str().unwrap(),
                "--out",
                "out",
            ],
        );
        let config = dir.join(format!("out/{name}/etcd.conf.yml"));
        let text = std::fs::read_to_string(&config).unwrap();
        assert!(text.contains(&format!("server-{name}.pem")), "{text}");
        assert!(text.contains(&format!("peer-{name}-key.pem")), "{text}");
        let mut command = Command::new(env!("CARGO_BIN_EXE_ctl"));
        command
            .arg("serve")
            .arg("--config-file")
            .arg(&config)
            .current_dir(dir);
        members.spawn(name, &mut command, dir.join(format!("{name}.log")));
    }
    let endpoints = "https://127.0.0.2:31540,https://127.0.0.3:31540,https://127.0.0.4:31540";
    wait_healthy(&mut members, &pki, endpoints, BOOT_TIMEOUT);
    // Each member serves its own pair.
    for (name, host) in hosts {
        for (role, port) in [("server", 31540), ("peer", 31541)] {
            let want = file_serial(&pki.join(format!("{role}-{name}.pem")));
            assert_eq!(
                served(&pki, &format!("{host}:{port}")),
                Some(want),
                "{name} {role}"
            );
        }
    }
    // A fourth member gets its own pair; adding a host to every pair is refused in this layout.
    let out = ctl_ok(
        dir,
        &[
            "pki",
            "add-host",
            "--dir",
            "pki",
            "--member",
            "m4=127.0.0.5",
        ],
    );
    assert!(
        out.contains("renewed server-m4.pem") && out.contains("renewed peer-m4.pem"),
        "{out}"
    );
    let mut c = Command::new(tool("openssl"));
    c.args([
        "x509",
        "-noout",
        "-ext",
        "subjectAltName,extendedKeyUsage",
        "-in",
    ])
    .arg(pki.join("peer-m4.pem"));
    let ext = run_bounded(c, None, Duration::from_secs(10)).stdout;
    assert!(
        ext.contains("IP Address:127.0.0.5") && !ext.contains("127.0.0.2"),
        "{ext}"
    );
    assert!(
        ext.contains("TLS Web Server Authentication, TLS Web Client Authentication"),
        "{ext}"
    );
    ctl_ok(dir, &["pki", "check", "--dir", "pki"]);
    let run = run_ctl(dir, &["pki", "add-host", "--dir", "pki", "10.9.9.9"]);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("--member NAME=HOST"));
    let run = run_ctl(
        dir,
        &[
            "pki",
            "add-host",
            "--dir",
            "pki",
            "--member",
            "m4=127.0.0.6",
        ],
    );
    assert!(!run.status.success(), "a second m4 pair was made");

    // --check-pki refuses a member pointed at another member's pair.
    std::fs::copy(pki.join("server-m1.pem"), pki.join("server-m2.pem")).unwrap();
    let run = run_ctl(
        dir,
        &[
            "render-units",
            "--cluster",
            "cluster.yaml",
            "--format",
            "config",
            "--check-pki",
            "pki",
            "--out",
            "refused",
        ],
    );
    assert!(!run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("server-m2.pem: hosts: not valid for 127.0.0.3"),
        "{stderr}"
    );
    assert!(!dir.join("refused").exists());
}

// ---------------------------------------------------------------------------------------------
// 6. renew on a set cfssl made, and what renew refuses (writing nothing)
// ---------------------------------------------------------------------------------------------

fn cfssl_bare(dir: &Path, args: &[&str], name: &str) {
    let json = Command::new(tool("cfssl"))
        .args(args)
        .current_dir(dir)
        .stderr(Stdio::null())
        .output()
        .unwrap();
    assert!(json.status.success(), "cfssl {}", args.join(" "));
    let mut child = Command::new(tool("cfssljson"))
        .args(["-bare", name])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&json.stdout).unwrap();
    assert!(child.wait().unwrap().success());
}

/// Every file of `dir` with its contents, to prove a refused command wrote nothing.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn renew_keeps_what_cfssl_made_and_refuses_bad_requests_without_writing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pki");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("ca-csr.json"),
        r#"{"CN": "Seed CA", "key": {"algo": "rsa", "size": 2048}, "names": [{"C": "US", "L": "San Francisco", "O": "etcd", "OU": "ops", "ST": "CA"}]}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("ca-config.json"),
        r#"{"signing": {"default": {"expiry": "43800h"}, "profiles": {
            "server": {"expiry": "43800h", "usages": ["signing", "key encipherment", "server auth", "client auth"]},
            "client": {"expiry": "43800h", "usages": ["signing", "key encipherment", "client auth"]}}}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("server-csr.json"),
        r#"{"CN": "etcd", "hosts": ["127.0.0.1", "10.0.0.1", "etcd1.example.com"], "key": {"algo": "ecdsa", "size": 256}, "names": [{"C": "US", "O": "etcd", "OU": "ops"}]}"#,
    )
    .unwrap();
    cfssl_bare(&dir, &["gencert", "-initca", "ca-csr.json"], "ca");
    cfssl_bare(
        &dir,
        &[
            "gencert",
            "-ca",
            "ca.pem",
            "-ca-key",
            "ca-key.pem",
            "-config",
            "ca-config.json",
            "-profile",
            "server",
            "server-csr.json",
        ],
        "server",
    );
    let before = kept_fields(&dir.join("server.pem"));
    let key = std::fs::read(dir.join("server-key.pem")).unwrap();
    let run = run_ctl(
        tmp.path(),
        &["pki", "renew", "--dir", "pki", "server", "--expiry", "720h"],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(kept_fields(&dir.join("server.pem")), before);
    assert_eq!(
        std::fs::read(dir.join("server-key.pem")).unwrap(),
        key,
        "the key changed without --rekey"
    );
    // Chains with openssl and with cfssl's own view of it.
    let mut verify = Command::new(tool("openssl"));
    verify
        .args(["verify", "-CAfile", "ca.pem", "server.pem"])
        .current_dir(&dir);
    let verified = run_bounded(verify, None, Duration::from_secs(10));
    assert_eq!(
        verified.stdout.trim(),
        "server.pem: OK",
        "{}",
        verified.describe()
    );
    let out = run_ctl(
        tmp.path(),
        &["pki", "check", "--dir", "pki", "--expiration", "-o", "json"],
    );
    let rows = json(&String::from_utf8_lossy(&out.stdout));
    let server = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["certificate"] == "server.pem")
        .unwrap();
    assert!(
        (29..=30).contains(&server["days_left"].as_i64().unwrap()),
        "{server}"
    );
    assert_eq!(server["authority"], "Seed CA");

    // Refusals: one error and a hint, exit 1, nothing written.
    let untouched = snapshot(&dir);
    let refuse = |args: &[&str], want: &str| {
        let run = run_ctl(tmp.path(), args);
        let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
        assert_eq!(
            run.status.code(),
            Some(1),
            "ctl {}: {stderr}",
            args.join(" ")
        );
        assert!(
            stderr.starts_with("error: ") && stderr.contains("\nhint: "),
            "{stderr}"
        );
        assert!(stderr.contains(want), "ctl {}: {stderr}", args.join(" "));
        assert_eq!(
            snapshot(&dir),
            untouched,
            "ctl {} wrote files",
            args.join(" ")
        );
    };
    refuse(&["pki", "renew", "--dir", "pki", "nosuch"], "nosuch.pem");
    refuse(
        &["pki", "renew", "--dir", "pki", "ca"],
        "is a CA certificate",
    );
    refuse(
        &["pki", "renew", "--dir", "pki", "--within", "soon"],
        "--within",
    );
    refuse(&["pki", "renew", "--dir", "nowhere"], "nowhere");
    refuse(
        &["pki", "rotate-ca", "--dir", "pki", "finish"],
        "no rotation is under way",
    );
    refuse(
        &["pki", "add-host", "--dir", "pki", "not a host"],
        "not a host",
    );
    // A key that is not the certificate's: refused, and both files stay.
    std::fs::write(
        dir.join("server-key.pem"),
        std::fs::read(dir.join("ca-key.pem")).unwrap(),
    )
    .unwrap();
    let untouched = snapshot(&dir);
    let run = run_ctl(tmp.path(), &["pki", "renew", "--dir", "pki", "server"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("does not belong to"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(snapshot(&dir), untouched);
    // Nothing due: everything kept, nothing written.
    std::fs::write(dir.join("server-key.pem"), &key).unwrap();
    let untouched = snapshot(&dir);
    let out = ctl_ok(
        tmp.path(),
        &["pki", "renew", "--dir", "pki", "--within", "1d"],
    );
    assert!(out.contains("kept    server.pem"), "{out}");
    assert_eq!(snapshot(&dir), untouched);
}
