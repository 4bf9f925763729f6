//! Bad input: a clear cause and hint, a non-zero exit, no panic, and no partial files.

mod common;

use std::path::Path;

use common::{ctl_ok, dir_entries, run_ctl};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed");

/// Runs ctl expecting failure; returns (cause, hint) and asserts the directory is unchanged.
fn fails(dir: &Path, args: &[&str]) -> (String, String) {
    let before = dir_entries(dir);
    let out = run_ctl(dir, args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "ctl {} should fail with exit 1; stderr: {stderr}",
        args.join(" ")
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "panic: {stderr}"
    );
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("warning: "))
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "want exactly a cause and a hint line, got: {stderr}"
    );
    let cause = lines[0]
        .strip_prefix("error: ")
        .unwrap_or_else(|| panic!("no cause line: {stderr}"));
    let hint = lines[1]
        .strip_prefix("hint: ")
        .unwrap_or_else(|| panic!("no hint line: {stderr}"));
    assert_eq!(
        dir_entries(dir),
        before,
        "ctl {} left files behind",
        args.join(" ")
    );
    (cause.to_string(), hint.to_string())
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in [
        "ca-config.json",
        "ca-csr.json",
        "client.json",
        "etcd.json",
        "ca-config.as-published.json",
        "ca-csr.as-published.json",
    ] {
        std::fs::copy(Path::new(SEED).join(f), dir.path().join(f)).unwrap();
    }
    ctl_ok(dir.path(), &["pki", "gencert", "--initca", "ca-csr.json"]);
    dir
}

const SIGN: &[&str] = &["pki", "gencert", "--ca", "ca.pem", "--ca-key", "ca-key.pem"];

fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    base.iter().chain(extra).copied().collect()
}

#[test]
fn the_seeds_published_json_points_at_the_missing_colon() {
    let dir = setup();
    let d = dir.path();
    let (cause, hint) = fails(
        d,
        &with(
            SIGN,
            &[
                "--config",
                "ca-config.as-published.json",
                "--profile",
                "server",
                "etcd.json",
            ],
        ),
    );
    assert_eq!(
        cause,
        "ca-config.as-published.json:4:21: missing ':' after the key \"expiry\""
    );
    assert_eq!(
        hint,
        "write \"expiry\": \"43800h\" (a colon between key and value)"
    );
    let (cause, hint) = fails(
        d,
        &[
            "pki",
            "gencert",
            "--initca",
            "--bare",
            "other",
            "ca-csr.as-published.json",
        ],
    );
    assert_eq!(
        cause,
        "ca-csr.as-published.json:2:9: missing ':' after the key \"CN\""
    );
    assert!(hint.starts_with("write \"CN\": \"etcd\""), "{hint}");
}

#[test]
fn unknown_usage_lists_the_valid_ones() {
    let dir = setup();
    let d = dir.path();
    std::fs::write(d.join("bad.json"), r#"{"signing":{"profiles":{"server":{"expiry":"1h","usages":["server auth","sever auth"]}}}}"#).unwrap();
    let (cause, hint) = fails(
        d,
        &with(
            SIGN,
            &["--config", "bad.json", "--profile", "server", "etcd.json"],
        ),
    );
    assert_eq!(
        cause,
        "bad.json: \"signing.profiles.server.usages\": unknown usage \"sever auth\""
    );
    assert!(
        hint.starts_with("valid usages: signing, digital signature,")
            && hint.contains("server auth"),
        "{hint}"
    );
}

#[test]
fn unknown_profile_is_refused_not_defaulted() {
    let dir = setup();
    let (cause, hint) = fails(
        dir.path(),
        &with(
            SIGN,
            &[
                "--config",
                "ca-config.json",
                "--profile",
                "serve",
                "etcd.json",
            ],
        ),
    );
    assert_eq!(cause, "ca-config.json has no profile \"serve\"");
    assert_eq!(hint, "use one of: client, peer, server");
}

#[test]
fn bad_key_sizes_get_cfssls_messages() {
    let dir = setup();
    let d = dir.path();
    for (key, expected) in [
        (
            r#"{"algo":"rsa","size":1024}"#,
            "invalid key: RSA key is too weak (1024 bits)",
        ),
        (
            r#"{"algo":"ecdsa","size":224}"#,
            "invalid key: invalid curve (ecdsa size 224)",
        ),
        (
            r#"{"algo":"dsa","size":2048}"#,
            "invalid key: invalid algorithm \"dsa\"",
        ),
    ] {
        std::fs::write(d.join("k.json"), format!(r#"{{"CN":"x","key":{key}}}"#)).unwrap();
        let (cause, _) = fails(d, &with(SIGN, &["--bare", "x", "k.json"]));
        assert_eq!(cause, format!("k.json: {expected}"));
        std::fs::remove_file(d.join("k.json")).unwrap();
    }
}

#[test]
fn a_ca_key_from_another_pair_is_refused() {
    let dir = setup();
    let d = dir.path();
    ctl_ok(
        d,
        &[
            "pki",
            "gencert",
            "--initca",
            "--bare",
            "other",
            "ca-csr.json",
        ],
    );
    let (cause, hint) = fails(
        d,
        &[
            "pki",
            "gencert",
            "--ca",
            "ca.pem",
            "--ca-key",
            "other-key.pem",
            "etcd.json",
        ],
    );
    assert_eq!(
        cause,
        "the CA key other-key.pem does not belong to the CA certificate ca.pem"
    );
    assert!(hint.contains("ca-key.pem"), "{hint}");
    let (cause, _) = fails(
        d,
        &[
            "pki",
            "gencert",
            "--ca",
            "ca-key.pem",
            "--ca-key",
            "ca-key.pem",
            "etcd.json",
        ],
    );
    assert_eq!(cause, "ca-key.pem holds a private key, not a certificate");
}

#[test]
fn an_expired_ca_is_refused() {
    let dir = setup();
    let d = dir.path();
    // An intermediate CA whose validity ended in 2021, signed by the good CA.
    std::fs::write(
        d.join("old.json"),
        r#"{"signing":{"profiles":{"old":{"not_before":"2020-01-01T00:00:00Z","not_after":"2021-01-01T00:00:00Z","usages":["cert sign","crl sign"],"ca_constraint":{"is_ca":true}}}}}"#,
    )
    .unwrap();
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
            "old.json",
            "--profile",
            "old",
            "--bare",
            "expired",
            "ca-csr.json",
        ],
    );
    let (cause, hint) = fails(
        d,
        &[
            "pki",
            "gencert",
            "--ca",
            "expired.pem",
            "--ca-key",
            "expired-key.pem",
            "etcd.json",
        ],
    );
    assert_eq!(
        cause,
        "the CA certificate expired.pem expired on 2021-01-01T00:00:00Z"
    );
    assert!(hint.contains("new CA"), "{hint}");
}

#[test]
fn missing_files_and_unwritable_outputs() {
    let dir = setup();
    let d = dir.path();
    let (cause, _) = fails(d, &with(SIGN, &["missing.json"]));
    assert_eq!(cause, "cannot read missing.json: No such file or directory");
    let (cause, _) = fails(
        d,
        &[
            "pki",
            "gencert",
            "--ca",
            "nope.pem",
            "--ca-key",
            "ca-key.pem",
            "etcd.json",
        ],
    );
    assert_eq!(cause, "cannot read nope.pem: No such file or directory");
    // A regular file where the output directory should be: nothing may be written anywhere.
    std::fs::write(d.join("blocker"), "").unwrap();
    let (cause, _) = fails(d, &with(SIGN, &["--out", "blocker/sub", "etcd.json"]));
    assert!(
        cause.starts_with("cannot create directory blocker/sub: "),
        "{cause}"
    );
    // A directory nobody may create files in, not even root.
    let (cause, _) = fails(d, &with(SIGN, &["--out", "/proc/ctl-test", "etcd.json"]));
    assert!(
        cause.starts_with("cannot create directory /proc/ctl-test"),
        "{cause}"
    );
}

#[test]
fn existing_keys_are_never_overwritten_silently() {
    let dir = setup();
    let d = dir.path();
    let before = std::fs::read(d.join("ca-key.pem")).unwrap();
    let (cause, hint) = fails(d, &["pki", "gencert", "--initca", "ca-csr.json"]);
    assert_eq!(cause, "refusing to overwrite existing key file ca-key.pem");
    assert!(hint.contains("--force"));
    assert_eq!(std::fs::read(d.join("ca-key.pem")).unwrap(), before);
    ctl_ok(d, &["pki", "gencert", "--initca", "--force", "ca-csr.json"]);
    assert_ne!(std::fs::read(d.join("ca-key.pem")).unwrap(), before);
}

#[test]
fn flags_that_contradict_each_other() {
    let dir = setup();
    let (cause, _) = fails(
        dir.path(),
        &[
            "pki",
            "gencert",
            "--initca",
            "--ca",
            "ca.pem",
            "ca-csr.json",
        ],
    );
    assert_eq!(
        cause,
        "--initca makes a new CA; --ca and --ca-key sign with an existing one"
    );
    let (cause, hint) = fails(dir.path(), &["pki", "gencert", "etcd.json"]);
    assert_eq!(
        cause,
        "gencert needs the CA certificate and key to sign with"
    );
    assert!(hint.contains("--initca"));
}

#[test]
fn unknown_fields_warn_by_name_and_still_work() {
    let dir = setup();
    let d = dir.path();
    std::fs::write(
        d.join("typo.json"),
        r#"{"CN":"x","hosst":["127.0.0.1"],"key":{"algo":"ecdsa","size":256}}"#,
    )
    .unwrap();
    let out = run_ctl(d, &with(SIGN, &["typo.json"]));
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "warning: typo.json: unknown field \"hosst\" is ignored; did you mean \"hosts\"?"
        ),
        "{stderr}"
    );
}
