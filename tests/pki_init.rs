//! `ctl pki init` and `ctl pki check`: the whole etcd set in one step, and its audit.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use common::{ctl_ok, dir_entries, run_ctl, run_ok, tool};

fn sans(dir: &Path, cert: &str) -> Vec<String> {
    let info: serde_json::Value =
        serde_json::from_str(&ctl_ok(dir, &["pki", "certinfo", "--cert", cert])).unwrap();
    info["sans"]
        .as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn init_from_flags_makes_the_seed_set() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ctl_ok(
        d,
        &[
            "pki",
            "init",
            "--dir",
            "pki",
            "--hosts",
            "192.168.255.131,192.168.255.132,192.168.255.133",
        ],
    );
    let pki = d.join("pki");
    assert_eq!(
        dir_entries(&pki),
        [
            "ca-config.json",
            "ca-key.pem",
            "ca.csr",
            "ca.pem",
            "client-key.pem",
            "client.csr",
            "client.pem",
            "peer-key.pem",
            "peer.csr",
            "peer.pem",
            "server-key.pem",
            "server.csr",
            "server.pem"
        ]
    );
    for cert in ["server.pem", "peer.pem"] {
        assert_eq!(
            sans(&pki, cert),
            [
                "localhost",
                "127.0.0.1",
                "192.168.255.131",
                "192.168.255.132",
                "192.168.255.133"
            ]
        );
    }
    assert!(sans(&pki, "client.pem").is_empty());
    // Certificates made with the CA end with it, not seconds after it.
    let not_after = |cert: &str| -> serde_json::Value {
        let info: serde_json::Value =
            serde_json::from_str(&ctl_ok(&pki, &["pki", "certinfo", "--cert", cert])).unwrap();
        info["not_after"].clone()
    };
    assert_eq!(not_after("peer.pem"), not_after("ca.pem"));
    for cert in ["server.pem", "peer.pem", "client.pem"] {
        let out = run_ok(
            Command::new(tool("openssl"))
                .args(["verify", "-CAfile", "ca.pem", cert])
                .current_dir(&pki),
        );
        assert_eq!(out.trim(), format!("{cert}: OK"));
    }
    let text = run_ok(
        Command::new(tool("openssl"))
            .args(["x509", "-in", "ca.pem", "-noout", "-text"])
            .current_dir(&pki),
    );
    assert!(
        text.contains("Public-Key: (2048 bit)"),
        "the seed's CA is RSA-2048: {text}"
    );
    for name in ["ca", "client", "server", "peer"] {
        let mode = std::fs::metadata(pki.join(format!("{name}-key.pem")))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{name}-key.pem");
    }
    // The written signing config signs further certificates for the same set.
    std::fs::write(
        d.join("member4.json"),
        r#"{"CN":"etcd","hosts":["192.168.255.134"]}"#,
    )
    .unwrap();
    ctl_ok(
        d,
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
            "peer",
            "--bare",
            "peer4",
            "member4.json",
        ],
    );

    let report = ctl_ok(
        d,
        &[
            "pki",
            "check",
            "--dir",
            "pki",
            "--hosts",
            "192.168.255.131,192.168.255.133",
        ],
    );
    assert!(report.starts_with("FILE"), "{report}");
    assert!(
        !report.contains("FAIL") && !report.contains("WARN"),
        "{report}"
    );
}

#[test]
fn init_never_overwrites_keys_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ctl_ok(d, &["pki", "init", "--dir", "pki", "--key-algo", "ecdsa"]);
    let before = std::fs::read(d.join("pki/peer-key.pem")).unwrap();
    let out = run_ctl(d, &["pki", "init", "--dir", "pki", "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("refusing to overwrite existing key files pki/ca-key.pem, pki/client-key.pem, pki/server-key.pem, pki/peer-key.pem"), "{stderr}");
    assert_eq!(std::fs::read(d.join("pki/peer-key.pem")).unwrap(), before);
    ctl_ok(
        d,
        &[
            "pki",
            "init",
            "--dir",
            "pki",
            "--force",
            "--key-algo",
            "ed25519",
        ],
    );
    assert_ne!(std::fs::read(d.join("pki/peer-key.pem")).unwrap(), before);
    let info: serde_json::Value =
        serde_json::from_str(&ctl_ok(d, &["pki", "certinfo", "--cert", "pki/peer.pem"])).unwrap();
    assert_eq!(info["sigalg"], "Ed25519");
}

#[test]
fn init_from_a_yaml_profile() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let defaults = ctl_ok(d, &["pki", "print-defaults", "init", "--format", "yaml"]);
    assert!(
        defaults.contains("certificates:") && defaults.contains("signing:"),
        "{defaults}"
    );
    let profile = defaults
        .replace("192.168.255.131", "10.0.0.1")
        .replace("192.168.255.132", "10.0.0.2")
        .replace("192.168.255.133", "10.0.0.3");
    let profile = profile + "# extra member via flags below\n";
    std::fs::write(d.join("profile.yaml"), profile).unwrap();
    ctl_ok(
        d,
        &[
            "pki",
            "init",
            "--profile",
            "profile.yaml",
            "--hosts",
            "10.0.0.4",
            "--dir",
            "out",
        ],
    );
    assert_eq!(
        sans(&d.join("out"), "peer.pem"),
        [
            "localhost",
            "127.0.0.1",
            "10.0.0.1",
            "10.0.0.2",
            "10.0.0.3",
            "10.0.0.4"
        ]
    );
    ctl_ok(
        d,
        &[
            "pki",
            "check",
            "--dir",
            "out",
            "--hosts",
            "10.0.0.1,10.0.0.4",
        ],
    );
}

#[test]
fn check_finds_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ctl_ok(
        d,
        &[
            "pki",
            "init",
            "--dir",
            "pki",
            "--hosts",
            "127.0.0.2",
            "--key-algo",
            "ecdsa",
        ],
    );
    let pki = d.join("pki");
    // A world-readable key, a server certificate from another CA, and a host nobody covers.
    std::fs::set_permissions(
        pki.join("client-key.pem"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    ctl_ok(d, &["pki", "init", "--dir", "other", "--key-algo", "ecdsa"]);
    std::fs::copy(d.join("other/server.pem"), pki.join("server.pem")).unwrap();
    std::fs::copy(d.join("other/server-key.pem"), pki.join("server-key.pem")).unwrap();
    // A peer certificate with client auth only.
    std::fs::write(d.join("c.json"), r#"{"CN":"peer","hosts":["127.0.0.2"]}"#).unwrap();
    ctl_ok(
        d,
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
            "--out",
            "pki",
            "--bare",
            "peer2",
            "c.json",
        ],
    );

    let out = run_ctl(
        d,
        &[
            "pki",
            "check",
            "--dir",
            "pki",
            "--hosts",
            "127.0.0.2,127.0.0.9",
            "-o",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["ok"], false);
    let finding = |file: &str, check: &str| -> (String, String) {
        let cert = report["certificates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["file"] == file)
            .unwrap_or_else(|| panic!("{file} not in report"));
        let f = cert["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["check"] == check)
            .unwrap_or_else(|| panic!("{file} has no {check}"));
        (
            f["status"].as_str().unwrap().to_string(),
            f["detail"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(finding("client.pem", "mode").0, "fail");
    assert_eq!(finding("server.pem", "chain").0, "fail");
    assert_eq!(
        finding("peer.pem", "hosts"),
        ("fail".into(), "not valid for 127.0.0.9".into())
    );
    let (status, detail) = finding("peer2.pem", "usages");
    assert_eq!(status, "fail");
    assert!(detail.contains("needs server auth"), "{detail}");
    assert_eq!(finding("peer.pem", "chain").0, "ok");
}
