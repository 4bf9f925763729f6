//! The seed's cfssl recipe done by ctl, and ctl side by side with the real cfssl, cfssljson and
//! OpenSSL: each reads and signs what the other makes.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::{ctl, ctl_ok, run_ok, tool};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed");

fn copy_seed(dir: &Path) {
    for f in ["ca-config.json", "ca-csr.json", "client.json", "etcd.json"] {
        std::fs::copy(Path::new(SEED).join(f), dir.join(f)).unwrap();
    }
}

fn openssl(dir: &Path, args: &[&str]) -> String {
    run_ok(Command::new(tool("openssl")).args(args).current_dir(dir))
}

fn verify(dir: &Path, ca: &str, cert: &str) {
    let out = openssl(dir, &["verify", "-CAfile", ca, cert]);
    assert_eq!(out.trim(), format!("{cert}: OK"));
}

fn cfssl(dir: &Path, args: &[&str]) -> String {
    run_ok(
        Command::new(tool("cfssl"))
            .args(args)
            .current_dir(dir)
            .stderr(Stdio::null()),
    )
}

/// Pipes cfssl's JSON into `cfssljson -bare NAME`.
fn cfssljson(dir: &Path, json: &str, name: &str) {
    let mut child = Command::new(tool("cfssljson"))
        .args(["-bare", name])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(json.as_bytes())
        .unwrap();
    assert!(
        child.wait().unwrap().success(),
        "cfssljson failed on: {json}"
    );
}

fn x509_text(dir: &Path, cert: &str) -> String {
    openssl(dir, &["x509", "-in", cert, "-noout", "-text"])
}

#[test]
fn the_seed_recipe_with_ctl_passes_openssl() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_seed(d);
    // The seed's commands, with cfssl's single-dash flags as operators type them.
    ctl_ok(d, &["pki", "gencert", "-initca", "ca-csr.json"]);
    ctl_ok(
        d,
        &[
            "pki",
            "gencert",
            "-ca=ca.pem",
            "-ca-key=ca-key.pem",
            "-config=ca-config.json",
            "-profile=client",
            "client.json",
        ],
    );
    ctl_ok(
        d,
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
            "etcd.json",
        ],
    );
    ctl_ok(
        d,
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
            "peer",
            "etcd.json",
        ],
    );
    for name in ["ca", "client", "server", "peer"] {
        for suffix in [".pem", "-key.pem", ".csr"] {
            assert!(
                d.join(format!("{name}{suffix}")).is_file(),
                "{name}{suffix} missing"
            );
        }
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(d.join(format!("{name}-key.pem")))
                .unwrap()
                .permissions(),
        );
        assert_eq!(mode & 0o777, 0o600, "{name}-key.pem mode");
    }
    for cert in ["client.pem", "server.pem", "peer.pem"] {
        verify(d, "ca.pem", cert);
    }

    let ca = x509_text(d, "ca.pem");
    assert!(
        ca.contains("Signature Algorithm: sha256WithRSAEncryption"),
        "{ca}"
    );
    assert!(ca.contains("Public-Key: (2048 bit)"), "{ca}");
    assert!(
        ca.contains("X509v3 Basic Constraints: critical\n                CA:TRUE"),
        "{ca}"
    );
    assert!(
        ca.contains("X509v3 Key Usage: critical\n                Certificate Sign, CRL Sign"),
        "{ca}"
    );
    assert!(ca.contains("X509v3 Subject Key Identifier"), "{ca}");

    for (cert, eku, sans) in [
        (
            "server.pem",
            "TLS Web Server Authentication, TLS Web Client Authentication",
            true,
        ),
        (
            "peer.pem",
            "TLS Web Server Authentication, TLS Web Client Authentication",
            true,
        ),
        ("client.pem", "TLS Web Client Authentication", false),
    ] {
        let text = x509_text(d, cert);
        assert!(
            text.contains(
                "X509v3 Key Usage: critical\n                Digital Signature, Key Encipherment"
            ),
            "{cert}: {text}"
        );
        assert!(
            text.contains(&format!(
                "X509v3 Extended Key Usage: \n                {eku}\n"
            )),
            "{cert}: {text}"
        );
        assert!(
            text.contains("X509v3 Basic Constraints: critical\n                CA:FALSE"),
            "{cert}: {text}"
        );
        assert!(
            text.contains("X509v3 Subject Key Identifier"),
            "{cert}: {text}"
        );
        assert!(
            text.contains("X509v3 Authority Key Identifier"),
            "{cert}: {text}"
        );
        assert!(text.contains("ASN1 OID: prime256v1"), "{cert}: {text}");
        if sans {
            assert!(
                text.contains("IP Address:127.0.0.1, IP Address:192.168.255.131, IP Address:192.168.255.132, IP Address:192.168.255.133"),
                "{cert}: {text}"
            );
            assert!(
                text.contains("Subject: C = CN, ST = SH, L = SH, CN = etcd"),
                "{cert}: {text}"
            );
        } else {
            assert!(!text.contains("Subject Alternative Name"), "{cert}: {text}");
        }
    }
    // The CA's SKI is every leaf's AKI.
    let ski = ca
        .split("X509v3 Subject Key Identifier: \n")
        .nth(1)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .trim()
        .to_string();
    let peer = x509_text(d, "peer.pem");
    assert!(
        peer.contains(&ski),
        "AKI of peer.pem is not the CA's SKI {ski}"
    );
}

/// Makes a cfssl CA with the given key in `d` (ca.pem, ca-key.pem).
fn cfssl_ca(d: &Path, algo: &str, size: u32) {
    let csr = format!(
        r#"{{"CN":"cfssl-ca","key":{{"algo":"{algo}","size":{size}}},"names":[{{"C":"DE","O":"Ops","OU":"etcd"}}]}}"#
    );
    std::fs::write(d.join("ca-csr.json"), csr).unwrap();
    let json = cfssl(d, &["gencert", "-initca", "ca-csr.json"]);
    cfssljson(d, &json, "ca");
}

fn first_line(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn ctl_signs_with_cfssl_made_cas_in_pkcs1_and_sec1() {
    for (algo, size, label) in [
        ("rsa", 2048, "-----BEGIN RSA PRIVATE KEY-----"),
        ("ecdsa", 256, "-----BEGIN EC PRIVATE KEY-----"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        copy_seed(d);
        cfssl_ca(d, algo, size);
        assert_eq!(
            first_line(&d.join("ca-key.pem")),
            label,
            "cfssl wrote another key format"
        );
        ctl_ok(
            d,
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
                "peer",
                "etcd.json",
            ],
        );
        verify(d, "ca.pem", "peer.pem");
        // Go (etcd) chains by exact issuer bytes: the issuer must be the CA subject verbatim.
        let issuer = openssl(
            d,
            &[
                "x509", "-in", "peer.pem", "-noout", "-issuer", "-nameopt", "RFC2253",
            ],
        );
        let subject = openssl(
            d,
            &[
                "x509", "-in", "ca.pem", "-noout", "-subject", "-nameopt", "RFC2253",
            ],
        );
        assert_eq!(
            issuer.trim_start_matches("issuer="),
            subject.trim_start_matches("subject=")
        );
        let der = |f: &str| {
            openssl(
                d,
                &["x509", "-in", f, "-noout", "-issuer_hash", "-subject_hash"],
            )
        };
        assert_eq!(
            der("peer.pem").lines().next(),
            der("ca.pem").lines().nth(1),
            "issuer hash differs from CA subject hash"
        );
    }
}

#[test]
fn cfssl_signs_with_a_ctl_made_ca_and_reads_ctl_certificates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_seed(d);
    ctl_ok(d, &["pki", "gencert", "--initca", "ca-csr.json"]);
    let json = cfssl(
        d,
        &[
            "gencert",
            "-ca=ca.pem",
            "-ca-key=ca-key.pem",
            "-config=ca-config.json",
            "-profile=server",
            "etcd.json",
        ],
    );
    cfssljson(d, &json, "server");
    verify(d, "ca.pem", "server.pem");

    ctl_ok(
        d,
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
            "peer",
            "etcd.json",
        ],
    );
    let theirs: serde_json::Value =
        serde_json::from_str(&cfssl(d, &["certinfo", "-cert", "peer.pem"])).unwrap();
    let ours: serde_json::Value =
        serde_json::from_str(&ctl_ok(d, &["pki", "certinfo", "--cert", "peer.pem"])).unwrap();
    for field in [
        "subject",
        "issuer",
        "serial_number",
        "sans",
        "not_before",
        "not_after",
        "sigalg",
        "pem",
    ] {
        assert_eq!(
            ours[field], theirs[field],
            "certinfo field {field} differs from cfssl's"
        );
    }
    // cfssl prints key IDs without leading zeros per byte; compare the bytes.
    for field in ["authority_key_id", "subject_key_id"] {
        let bytes = |v: &serde_json::Value| -> Vec<u8> {
            v.as_str()
                .unwrap()
                .split(':')
                .map(|b| u8::from_str_radix(b, 16).unwrap())
                .collect()
        };
        assert_eq!(bytes(&ours[field]), bytes(&theirs[field]), "{field}");
        assert!(!bytes(&ours[field]).is_empty(), "{field} empty");
    }
}

#[test]
fn gencert_json_pipes_into_the_real_cfssljson() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_seed(d);
    let ca_json = ctl_ok(d, &["pki", "gencert", "--initca", "--json", "ca-csr.json"]);
    let parsed: serde_json::Value = serde_json::from_str(&ca_json).unwrap();
    for field in ["cert", "key", "csr"] {
        assert!(
            parsed[field]
                .as_str()
                .is_some_and(|s| s.starts_with("-----BEGIN")),
            "{field} in {ca_json}"
        );
    }
    assert!(!d.join("ca.pem").exists(), "--json must not write files");
    cfssljson(d, &ca_json, "ca");
    let json = ctl_ok(
        d,
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
            "client",
            "--json",
            "client.json",
        ],
    );
    cfssljson(d, &json, "client");
    verify(d, "ca.pem", "client.pem");
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(d.join("client-key.pem"))
            .unwrap()
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn ctl_signs_a_cfssl_csr_and_cfssl_signs_a_ctl_csr() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_seed(d);
    ctl_ok(d, &["pki", "gencert", "--initca", "ca-csr.json"]);
    // cfssl genkey → ctl sign
    let json = cfssl(d, &["genkey", "etcd.json"]);
    cfssljson(d, &json, "theirs");
    ctl_ok(
        d,
        &[
            "pki",
            "sign",
            "--ca",
            "ca.pem",
            "--ca-key",
            "ca-key.pem",
            "--config",
            "ca-config.json",
            "--profile",
            "server",
            "theirs.csr",
        ],
    );
    verify(d, "ca.pem", "theirs.pem");
    assert!(x509_text(d, "theirs.pem").contains("IP Address:192.168.255.133"));
    // ctl genkey → cfssl sign
    ctl_ok(d, &["pki", "genkey", "--bare", "ours", "etcd.json"]);
    assert!(
        d.join("ours-key.pem").is_file()
            && d.join("ours.csr").is_file()
            && !d.join("ours.pem").exists()
    );
    let signed = cfssl(
        d,
        &[
            "sign",
            "-ca",
            "ca.pem",
            "-ca-key",
            "ca-key.pem",
            "-config",
            "ca-config.json",
            "-profile",
            "server",
            "ours.csr",
        ],
    );
    cfssljson(d, &signed, "ours");
    verify(d, "ca.pem", "ours.pem");
    // --hostname replaces the request's hosts.
    ctl_ok(
        d,
        &[
            "pki",
            "sign",
            "--ca",
            "ca.pem",
            "--ca-key",
            "ca-key.pem",
            "--hostname",
            "10.1.2.3,etcd.example",
            "--bare",
            "renamed",
            "ours.csr",
        ],
    );
    let text = x509_text(d, "renamed.pem");
    assert!(
        text.contains("DNS:etcd.example, IP Address:10.1.2.3")
            || text.contains("IP Address:10.1.2.3, DNS:etcd.example"),
        "{text}"
    );
    assert!(!text.contains("192.168.255.131"));
}

#[test]
fn every_key_algorithm_signs_with_the_matching_hash() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (algo, size, sigalg, curve) in [
        ("rsa", 4096, "sha512WithRSAEncryption", "4096 bit"),
        ("rsa", 3072, "sha384WithRSAEncryption", "3072 bit"),
        ("ecdsa", 384, "ecdsa-with-SHA384", "secp384r1"),
        ("ecdsa", 521, "ecdsa-with-SHA512", "secp521r1"),
        ("ed25519", 0, "ED25519", "ED25519"),
    ] {
        let name = format!("{algo}{size}");
        std::fs::write(
            d.join(format!("{name}.json")),
            format!(r#"{{"CN":"{name}","key":{{"algo":"{algo}","size":{size}}}}}"#),
        )
        .unwrap();
        ctl_ok(
            d,
            &[
                "pki",
                "gencert",
                "--initca",
                "--bare",
                &name,
                &format!("{name}.json"),
            ],
        );
        let text = x509_text(d, &format!("{name}.pem"));
        assert!(
            text.contains(&format!("Signature Algorithm: {sigalg}")),
            "{name}: {text}"
        );
        assert!(text.contains(curve), "{name}: {text}");
        // A leaf signed by this CA verifies too.
        std::fs::write(
            d.join("leaf.json"),
            r#"{"CN":"leaf","hosts":["127.0.0.1"]}"#,
        )
        .unwrap();
        ctl_ok(
            d,
            &[
                "pki",
                "gencert",
                "--ca",
                &format!("{name}.pem"),
                "--ca-key",
                &format!("{name}-key.pem"),
                "--bare",
                "leaf",
                "--force",
                "leaf.json",
            ],
        );
        verify(d, &format!("{name}.pem"), "leaf.pem");
        assert!(x509_text(d, "leaf.pem").contains(&format!("Signature Algorithm: {sigalg}")));
    }
}

#[test]
fn serials_are_positive_and_twenty_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_seed(d);
    ctl_ok(d, &["pki", "gencert", "--initca", "ca-csr.json"]);
    let serial = openssl(d, &["x509", "-in", "ca.pem", "-noout", "-serial"]);
    let hex = serial.trim().trim_start_matches("serial=");
    assert_eq!(hex.len(), 40, "serial {hex} is not 20 bytes");
    assert!(
        u8::from_str_radix(&hex[..2], 16).unwrap() < 0x80,
        "serial {hex} would be negative"
    );
    let before = openssl(d, &["x509", "-in", "ca.pem", "-noout", "-startdate"]);
    let out = Command::new("date")
        .args([
            "-u",
            "-d",
            before.trim().trim_start_matches("notBefore="),
            "+%s",
        ])
        .output()
        .unwrap();
    let start: i64 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        (now - start - 300).abs() < 60,
        "not_before is not backdated by five minutes ({} s)",
        now - start
    );
}

#[test]
fn yaml_profiles_work_like_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("ca.yaml"),
        "CN: yaml-ca\nkey:\n  algo: ecdsa\n  size: 384\nca:\n  expiry: 87600h\n",
    )
    .unwrap();
    std::fs::write(
        d.join("config.yaml"),
        "signing:\n  default:\n    expiry: 8760h\n  profiles:\n    peer:\n      expiry: 720h\n      usages: [signing, key encipherment, server auth, client auth]\n",
    )
    .unwrap();
    std::fs::write(
        d.join("member.yml"),
        "CN: member1\nhosts: [127.0.0.2, member1.local]\n",
    )
    .unwrap();
    ctl_ok(d, &["pki", "gencert", "--initca", "ca.yaml"]);
    ctl_ok(
        d,
        &[
            "pki",
            "gencert",
            "--ca",
            "ca.pem",
            "--ca-key",
            "ca-key.pem",
            "--config",
            "config.yaml",
            "--profile",
            "peer",
            "member.yml",
        ],
    );
    verify(d, "ca.pem", "peer.pem");
    let info: serde_json::Value =
        serde_json::from_str(&ctl_ok(d, &["pki", "certinfo", "--cert", "peer.pem"])).unwrap();
    assert_eq!(
        info["sans"],
        serde_json::json!(["member1.local", "127.0.0.2"])
    );
    let days = |f: &str| -> i64 {
        let i: serde_json::Value =
            serde_json::from_str(&ctl_ok(d, &["pki", "certinfo", "--cert", f])).unwrap();
        let secs = |k: &str| {
            run_ok(Command::new("date").args(["-u", "-d", i[k].as_str().unwrap(), "+%s"]))
                .trim()
                .parse::<i64>()
                .unwrap()
        };
        (secs("not_after") - secs("not_before")) / 86400
    };
    assert_eq!(days("peer.pem"), 30);
    assert_eq!(days("ca.pem"), 3650);
}

#[test]
fn ctl_binary_is_what_the_tests_run() {
    // Guards the helpers: the binary answers --version with the crate version.
    let out = ctl().arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("ctl {}", env!("CARGO_PKG_VERSION"))
    );
}
