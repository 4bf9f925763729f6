//! `ctl check perf` and `ctl check datascale` against one-member etcd 3.5 and ctl clusters:
//! etcdctl's verdict lines, a prefix that must start empty and is emptied afterwards, the
//! compaction and defragmentation options, a verdict that fails when the member stalls, and
//! etcdctl 3.5's own `check datascale` reading ctl's metrics.
//!
//! Ports: etcd 3.5 on 127.0.0.5:31410/31420, ctl on 127.0.0.6:31430/31440.

mod common;

use std::time::Duration;

use common::serve::{run_bounded, Etcdctl, Run, Server, Side};

fn ctl_check(side: &Side, args: &[&str]) -> Run {
    let mut command = common::ctl();
    command
        .args(["check"])
        .args(args)
        .args(["--endpoints", &side.client_url]);
    run_bounded(command, None, Duration::from_secs(120))
}

fn count(side: &Side, prefix: &str) -> String {
    common::run_ok(common::ctl().args([
        "get",
        prefix,
        "--prefix",
        "--count-only",
        "--endpoints",
        &side.client_url,
    ]))
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// The four lines of a passed `check perf`, with the numbers in their places.
fn assert_passed(side: &Side, run: &Run) {
    let lines: Vec<&str> = run.stdout.lines().collect();
    let label = side.server.label();
    assert!(
        run.success(),
        "{label}: check perf failed:\n{}",
        run.describe()
    );
    assert_eq!(lines.len(), 4, "{label}: {}", run.describe());
    let throughput: u64 = lines[0]
        .strip_prefix("PASS: Throughput is ")
        .and_then(|rest| rest.strip_suffix(" writes/s"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{label}: {}", run.describe()));
    assert!(
        (136..=160).contains(&throughput),
        "{label}: the small model puts 150/s: {}",
        run.describe()
    );
    assert!(
        lines[1].starts_with("PASS: Slowest request took 0."),
        "{label}: {lines:?}"
    );
    assert!(
        lines[2].starts_with("PASS: Stddev is 0."),
        "{label}: {lines:?}"
    );
    assert_eq!(lines[3], "PASS", "{label}");
}

#[test]
fn check_perf_and_datascale_judge_etcd_35_and_ctl_as_etcdctl_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut etcd = Side::start(
        Server::Etcd35,
        &dir.path().join("etcd"),
        "127.0.0.5",
        31_410,
        31_420,
    );
    let mut ctl = Side::start(
        Server::Ctl,
        &dir.path().join("ctl"),
        "127.0.0.6",
        31_430,
        31_440,
    );
    etcd.wait_ready(Duration::from_secs(30));
    ctl.wait_ready(Duration::from_secs(30));
    for side in [&etcd, &ctl] {
        let label = side.server.label();
        let perf = ctl_check(side, &["perf", "--load", "s", "--duration", "4s"]);
        assert_passed(side, &perf);
        assert_eq!(
            count(side, "/etcdctl-check-perf/"),
            "0\n",
            "{label}: keys left"
        );

        let scale = ctl_check(side, &["datascale", "--auto-compact", "--auto-defrag"]);
        assert!(scale.success(), "{label}: {}", scale.describe());
        let lines: Vec<&str> = scale.stdout.lines().collect();
        assert_eq!(
            lines.first().copied(),
            Some(
                "Start data scale check for work load [10000 key-value pairs, 1024 bytes per \
                 key-value, 50 concurrent clients]."
            ),
            "{label}"
        );
        let used: f64 = lines
            .get(1)
            .and_then(|l| l.strip_prefix("PASS: Approximate system memory used : "))
            .and_then(|l| l.strip_suffix(" MB."))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{label}: {}", scale.describe()));
        assert!(used.abs() < 1024.0, "{label}: {used} MB");
        assert_eq!(count(side, "/etcdctl-check-datascale/"), "0\n", "{label}");
        // --auto-compact compacted to the delete: the history before it is gone.
        let old = common::ctl()
            .args(["get", "x", "--rev", "2", "--endpoints", &side.client_url])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&old.stderr);
        assert!(
            !old.status.success() && stderr.contains("compacted"),
            "{label}: after --auto-compact: {stderr}"
        );

        // A prefix with keys is refused and kept.
        common::run_ok(common::ctl().args([
            "put",
            "/etcdctl-check-perf/mine",
            "v",
            "--endpoints",
            &side.client_url,
        ]));
        let refused = ctl_check(side, &["perf", "--duration", "1s"]);
        assert!(
            !refused.success() && refused.stderr.contains("has keys"),
            "{label}: {}",
            refused.describe()
        );
        assert_eq!(count(side, "/etcdctl-check-perf/"), "1\n", "{label}");
        common::run_ok(common::ctl().args([
            "del",
            "/etcdctl-check-perf/mine",
            "--endpoints",
            &side.client_url,
        ]));
        let unknown = ctl_check(side, &["perf", "--load", "huge"]);
        assert!(
            !unknown.success() && unknown.stderr.contains("unknown load option huge"),
            "{}",
            unknown.describe()
        );
    }

    // etcdctl 3.5's own datascale check reads ctl's metrics and passes.
    let theirs = ctl.run(Etcdctl::V35, &args(&["check", "datascale"]), None);
    assert!(
        theirs.success()
            && theirs
                .stdout
                .contains("PASS: Approximate system memory used"),
        "etcdctl check datascale against ctl:\n{}",
        theirs.describe()
    );

    // The verdict can fail: a member stopped for a second makes requests slower than 0.5 s.
    let stall = std::thread::spawn({
        let pid = ctl.members.pid(0);
        move || {
            std::thread::sleep(Duration::from_millis(1500));
            let signal = |s: &str| {
                std::process::Command::new("kill")
                    .args([s, &pid.to_string()])
                    .status()
                    .unwrap()
            };
            signal("-STOP");
            std::thread::sleep(Duration::from_millis(1200));
            signal("-CONT");
        }
    });
    let stalled = ctl_check(&ctl, &["perf", "--duration", "4s"]);
    stall.join().unwrap();
    assert_eq!(
        stalled.status.and_then(|s| s.code()),
        Some(1),
        "{}",
        stalled.describe()
    );
    assert!(
        stalled
            .stdout
            .contains("FAIL: Slowest request took too long: ")
            && stalled.stdout.ends_with("\nFAIL\n"),
        "{}",
        stalled.describe()
    );
    assert_eq!(count(&ctl, "/etcdctl-check-perf/"), "0\n");
    ctl.assert_running("the checks");
    etcd.assert_running("the checks");
}
