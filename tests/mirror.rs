//! make-mirror both ways between etcd 3.5 and ctl: `ctl make-mirror` from an etcd 3.5 member to
//! a ctl member (a live migration), and etcdctl 3.5's own make-mirror from ctl to etcd. Each
//! copies the keys present, then every later put, delete and txn, with prefixes rewritten.

mod common;

use std::time::{Duration, Instant};

use common::serve::{Etcdctl, Server, Side, Streaming};

fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

/// Keys and values under `prefix` on `side`, as `get --prefix` prints them.
fn listing(side: &Side, prefix: &str) -> String {
    let run = side.run(Etcdctl::V35, &args(&["get", prefix, "--prefix"]), None);
    assert!(run.success(), "{}", run.describe());
    run.stdout
}

/// Waits until `side` lists `want` under `prefix`.
fn wait_for_listing(side: &Side, prefix: &str, want: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let got = listing(side, prefix);
        if got == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{what}: {} under {prefix} has\n{got}\nnot\n{want}",
            side.server.label()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Writes to `source` while a mirror runs: puts, a delete, a txn; keys under `app/`.
fn changes(source: &Side) {
    for (k, v) in [("app/c", "3"), ("app/a", "1-changed")] {
        let run = source.run(Etcdctl::V35, &args(&["put", k, v]), None);
        assert!(run.success(), "{}", run.describe());
    }
    let run = source.run(Etcdctl::V35, &args(&["del", "app/b"]), None);
    assert!(run.success(), "{}", run.describe());
    // etcdctl reads compares, then successes, then failures, each ended by a blank line.
    let txn = "\nput app/t1 x\nput app/t2 y\n\n\n";
    let run = source.run(Etcdctl::V35, &args(&["txn"]), Some(txn.as_bytes()));
    assert!(run.success(), "{}", run.describe());
}

const BEFORE: &str = "app/a\n1\napp/b\n2\n";
const OTHER: &str = "other/z\nnot mirrored\n";

fn seed(source: &Side) {
    for (k, v) in [("app/a", "1"), ("app/b", "2"), ("other/z", "not mirrored")] {
        let run = source.run(Etcdctl::V35, &args(&["put", k, v]), None);
        assert!(run.success(), "{}", run.describe());
    }
    assert_eq!(listing(source, "app/"), BEFORE);
    assert_eq!(listing(source, "other/"), OTHER);
}

fn after(prefix: &str) -> String {
    format!("{prefix}a\n1-changed\n{prefix}c\n3\n{prefix}t1\nx\n{prefix}t2\ny\n")
}

#[test]
fn ctl_mirrors_etcd_into_ctl_and_etcdctl_mirrors_ctl_into_etcd() {
    let dir = tempfile::tempdir().unwrap();
    let mut etcd = Side::start(
        Server::Etcd35,
        &dir.path().join("etcd"),
        "127.0.0.7",
        31_310,
        31_320,
    );
    let mut ctl = Side::start(
        Server::Ctl,
        &dir.path().join("ctl"),
        "127.0.0.8",
        31_330,
        31_340,
    );
    etcd.wait_ready(Duration::from_secs(30));
    ctl.wait_ready(Duration::from_secs(30));

    // etcd → ctl with ctl make-mirror, app/ becoming copy/.
    seed(&etcd);
    let mut mirror = Streaming::spawn({
        let mut c = common::ctl();
        c.args(["make-mirror", "--endpoints", &etcd.client_url])
            .args([
                "--prefix",
                "app/",
                "--dest-prefix",
                "copy/",
                &ctl.client_url,
            ]);
        c
    });
    wait_for_listing(
        &ctl,
        "copy/",
        &BEFORE.replace("app/", "copy/"),
        "the initial copy",
    );
    changes(&etcd);
    wait_for_listing(&ctl, "copy/", &after("copy/"), "the changes");
    assert_eq!(
        listing(&ctl, "other/"),
        "",
        "a key outside --prefix was mirrored"
    );
    assert!(mirror.running(), "ctl make-mirror stopped on its own");
    let printed = mirror.stop();
    drop(printed);

    // ctl → etcd with etcdctl 3.5's make-mirror, from ctl's watch.
    seed(&ctl);
    let mut mirror = ctl.spawn(
        Etcdctl::V35,
        &args(&[
            "make-mirror",
            "--prefix",
            "app/",
            "--dest-prefix",
            "back/",
            &etcd.client_url,
        ]),
    );
    wait_for_listing(
        &etcd,
        "back/",
        &BEFORE.replace("app/", "back/"),
        "etcdctl's initial copy",
    );
    changes(&ctl);
    wait_for_listing(
        &etcd,
        "back/",
        &after("back/"),
        "etcdctl's copy of ctl's changes",
    );
    assert!(mirror.running(), "etcdctl make-mirror stopped on its own");
    ctl.assert_running("make-mirror");
    etcd.assert_running("make-mirror");
}
