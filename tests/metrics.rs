//! etcd's metrics as its users read them: a real Prometheus (Debian's) scrapes a three-member
//! ctl cluster on `--listen-metrics-urls` and evaluates the alert rules of etcd's monitoring
//! mixin; every series those rules read must be there for every member, and every rule must
//! evaluate without error. promtool lints the exposition: it may only find what it finds in
//! etcd 3.5's own (etcd's names predate the conventions it checks).

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::cluster::{Cluster, Implementation};
use serde_json::Value;

/// The alert expressions of etcd's mixin (contrib/mixin), with its selector set to job="etcd"
/// and its per-instance labels to "instance".
const MIXIN_ALERTS: &[(&str, &str)] = &[
    (
        "etcdMembersDown",
        r#"max without (endpoint) (sum without (instance) (up{job="etcd"} == bool 0) or count without (To) (sum without (instance) (rate(etcd_network_peer_sent_failures_total{job="etcd"}[4s])) > 0.01)) > 0"#,
    ),
    (
        "etcdInsufficientMembers",
        r#"sum(up{job="etcd"} == bool 1) without (instance) < ((count(up{job="etcd"}) without (instance) + 1) / 2)"#,
    ),
    ("etcdNoLeader", r#"etcd_server_has_leader{job="etcd"} == 0"#),
    (
        "etcdHighNumberOfLeaderChanges",
        r#"increase((max without (instance) (etcd_server_leader_changes_seen_total{job="etcd"}) or 0*absent(etcd_server_leader_changes_seen_total{job="etcd"}))[15m:1m]) >= 4"#,
    ),
    (
        "etcdHighNumberOfFailedGRPCRequests",
        r#"100 * sum(rate(grpc_server_handled_total{job="etcd", grpc_code=~"Unknown|FailedPrecondition|ResourceExhausted|Internal|Unavailable|DataLoss|DeadlineExceeded"}[5m])) without (grpc_type, grpc_code) / sum(rate(grpc_server_handled_total{job="etcd"}[5m])) without (grpc_type, grpc_code) > 1"#,
    ),
    (
        "etcdGRPCRequestsSlow",
        r#"histogram_quantile(0.99, sum(rate(grpc_server_handling_seconds_bucket{job="etcd", grpc_method!="Defragment", grpc_type="unary"}[5m])) without(grpc_type)) > 0.15"#,
    ),
    (
        "etcdMemberCommunicationSlow",
        r#"histogram_quantile(0.99, rate(etcd_network_peer_round_trip_time_seconds_bucket{job="etcd"}[5m])) > 0.15"#,
    ),
    (
        "etcdHighNumberOfFailedProposals",
        r#"rate(etcd_server_proposals_failed_total{job="etcd"}[15m]) > 5"#,
    ),
    (
        "etcdHighFsyncDurations",
        r#"histogram_quantile(0.99, rate(etcd_disk_wal_fsync_duration_seconds_bucket{job="etcd"}[5m])) > 0.5"#,
    ),
    (
        "etcdHighCommitDurations",
        r#"histogram_quantile(0.99, rate(etcd_disk_backend_commit_duration_seconds_bucket{job="etcd"}[5m])) > 0.25"#,
    ),
    (
        "etcdDatabaseQuotaLowSpace",
        r#"(last_over_time(etcd_mvcc_db_total_size_in_bytes{job="etcd"}[5m]) / last_over_time(etcd_server_quota_backend_bytes{job="etcd"}[5m]))*100 > 95"#,
    ),
    (
        "etcdExcessiveDatabaseGrowth",
        r#"predict_linear(etcd_mvcc_db_total_size_in_bytes{job="etcd"}[4h], 4*60*60) > etcd_server_quota_backend_bytes{job="etcd"}"#,
    ),
    (
        "etcdDatabaseHighFragmentationRatio",
        r#"(last_over_time(etcd_mvcc_db_total_size_in_use_in_bytes{job="etcd"}[5m]) / last_over_time(etcd_mvcc_db_total_size_in_bytes{job="etcd"}[5m])) < 0.5 and etcd_mvcc_db_total_size_in_use_in_bytes{job="etcd"} > 104857600"#,
    ),
];

/// The series an expression reads: each name written before a `{` selector.
fn series_of(expr: &str) -> BTreeSet<String> {
    let re = regex::Regex::new(r"([a-zA-Z_:][a-zA-Z0-9_:]*)\{").unwrap();
    re.captures_iter(expr).map(|c| c[1].to_string()).collect()
}

/// Appends etcd's metrics settings to each member's config file.
fn with_metrics_urls(cluster: &Cluster, port: u16) -> Vec<String> {
    cluster
        .nodes
        .iter()
        .map(|node| {
            let url = format!("{}:{port}", node.ip);
            let mut text = std::fs::read_to_string(&node.config).unwrap();
            text.push_str(&format!(
                "listen-metrics-urls: http://{url}\nmetrics: extensive\n"
            ));
            std::fs::write(&node.config, text).unwrap();
            url
        })
        .collect()
}

fn scrape(target: &str) -> String {
    let url = format!("http://{target}/metrics");
    let body = http_get(&url);
    body.unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

/// A GET on a runtime of its own (the test itself is synchronous).
fn http_get(url: &str) -> Result<String, reqwest::Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async { reqwest::get(url).await?.text().await })
}

/// promtool's findings on an exposition, one per line; panics when it cannot parse it at all.
fn lint(exposition: &str, whose: &str) -> BTreeSet<String> {
    let mut child = Command::new("/usr/bin/promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool (scripts/install-test-deps installs Debian's prometheus)");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(exposition.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    // 0: clean; 3: lint findings only. Anything else is an exposition it could not read.
    assert!(
        matches!(out.status.code(), Some(0 | 3)),
        "promtool cannot read {whose}'s metrics ({:?}):\n{text}",
        out.status
    );
    text.lines()
        .map(str::to_string)
        .filter(|l| !l.is_empty())
        .collect()
}

struct Prometheus {
    child: Child,
    url: String,
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Prometheus {
    fn start(dir: &Path, targets: &[String], listen: &str) -> Prometheus {
        let rules: String = MIXIN_ALERTS
            .iter()
            .map(|(name, expr)| {
                format!(
                    "      - alert: {name}\n        expr: '{}'\n",
                    expr.replace('\'', "''")
                )
            })
            .collect();
        std::fs::write(
            dir.join("alerts.yml"),
            format!("groups:\n  - name: etcd\n    rules:\n{rules}"),
        )
        .unwrap();
        let targets: Vec<String> = targets.iter().map(|t| format!("'{t}'")).collect();
        std::fs::write(
            dir.join("prometheus.yml"),
            format!(
                "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files: ['{}']\n\
                 scrape_configs:\n  - job_name: etcd\n    static_configs:\n      - targets: [{}]\n",
                dir.join("alerts.yml").display(),
                targets.join(", ")
            ),
        )
        .unwrap();
        let check = Command::new("/usr/bin/promtool")
            .args(["check", "config"])
            .arg(dir.join("prometheus.yml"))
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "promtool rejects the config or the mixin's rules:\n{}{}",
            String::from_utf8_lossy(&check.stdout),
            String::from_utf8_lossy(&check.stderr)
        );
        let log = std::fs::File::create(dir.join("prometheus.log")).unwrap();
        let child = Command::new("/usr/bin/prometheus")
            .arg(format!(
                "--config.file={}",
                dir.join("prometheus.yml").display()
            ))
            .arg(format!(
                "--storage.tsdb.path={}",
                dir.join("tsdb").display()
            ))
            .arg(format!("--web.listen-address={listen}"))
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("prometheus (scripts/install-test-deps installs Debian's prometheus)");
        Prometheus {
            child,
            url: format!("http://{listen}"),
        }
    }

    fn api(&self, path: &str) -> Option<Value> {
        let text = http_get(&format!("{}{path}", self.url)).ok()?;
        let value: Value = serde_json::from_str(&text).ok()?;
        (value["status"] == "success").then(|| value["data"].clone())
    }

    fn query(&self, expr: &str) -> Option<Vec<Value>> {
        let encoded: String = form_urlencode(expr);
        self.api(&format!("/api/v1/query?query={encoded}"))
            .map(|d| d["result"].as_array().cloned().unwrap_or_default())
    }

    /// The series among `names` that some of `instances` lack.
    fn missing(&self, names: &BTreeSet<String>, instances: &[String]) -> Vec<String> {
        let mut missing = Vec::new();
        for name in names.iter().filter(|n| *n != "up") {
            let found: BTreeSet<String> = self
                .query(&format!("count by (instance) ({name}{{job=\"etcd\"}})"))
                .unwrap_or_default()
                .iter()
                .filter_map(|r| r["metric"]["instance"].as_str().map(str::to_string))
                .collect();
            for instance in instances {
                if !found.contains(instance) {
                    missing.push(format!("{name} on {instance}"));
                }
            }
        }
        missing
    }
}

fn form_urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn wait_for<T>(
    what: &str,
    timeout: Duration,
    mut check: impl FnMut() -> Option<T>,
    log: &Path,
) -> T {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = check() {
            return value;
        }
        if Instant::now() >= deadline {
            panic!(
                "{what} within {timeout:?}; prometheus log:\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[test]
fn etcds_mixin_alerts_find_every_series_on_ctl_and_promtool_finds_nothing_etcd_lacks() {
    // etcd 3.5's own exposition: what promtool says of it is what etcd's names cost.
    let mut etcd = Cluster::with(Implementation::Etcd35, "metrics-etcd", 1, 31_200, None);
    let etcd_targets = with_metrics_urls(&etcd, 31_202);
    etcd.start_all();
    etcd.wait_healthy(&[0], Duration::from_secs(30));
    etcd.put(&[0], "k", "v");
    let etcd_findings = lint(&scrape(&etcd_targets[0]), "etcd 3.5");

    let mut c = Cluster::new("metrics", 3, 31_210, None);
    let targets = with_metrics_urls(&c, 31_212);
    c.start_all();
    let all = [0, 1, 2];
    c.wait_healthy(&all, Duration::from_secs(30));
    // Some traffic of each kind, so the histograms and counters have seen something.
    for i in 0..20 {
        c.put(&all, &format!("key{i}"), "value");
    }
    c.ok(&all, &["get", "key", "--prefix"]);
    c.ok(&all, &["lease", "grant", "60"]);
    let _ = c.etcdctl(&all, &["get", ""]);

    for target in &targets {
        let exposition = scrape(target);
        let extra: Vec<String> = lint(&exposition, "ctl")
            .difference(&etcd_findings)
            .cloned()
            .collect();
        assert!(
            extra.is_empty(),
            "promtool finds in ctl's metrics ({target}) what it does not find in etcd's:\n{}",
            extra.join("\n")
        );
        for family in [
            "process_resident_memory_bytes",
            "process_cpu_seconds_total",
            "process_open_fds",
            "process_start_time_seconds",
            "etcd_server_id",
            "etcd_server_version",
            "etcd_cluster_version",
            "etcd_mvcc_put_total",
            "etcd_debugging_mvcc_keys_total",
            "etcd_network_client_grpc_sent_bytes_total",
            "etcd_network_peer_sent_bytes_total",
            "etcd_server_health_success",
        ] {
            assert!(
                exposition.lines().any(|l| l.starts_with(family)),
                "{target} has no {family}"
            );
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let prometheus = Prometheus::start(dir.path(), &targets, "127.0.0.9:31290");
    let log = dir.path().join("prometheus.log");
    wait_for(
        "every member scraped",
        Duration::from_secs(30),
        || {
            let data = prometheus.api("/api/v1/targets")?;
            let up = data["activeTargets"]
                .as_array()?
                .iter()
                .filter(|t| t["health"] == "up")
                .count();
            (up == targets.len()).then_some(())
        },
        &log,
    );
    // A few scrapes, so rates have two points.
    std::thread::sleep(Duration::from_secs(4));
    let names: BTreeSet<String> = MIXIN_ALERTS
        .iter()
        .flat_map(|(_, e)| series_of(e))
        .collect();
    assert!(names.len() >= 12, "{names:?}");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let missing = prometheus.missing(&names, &targets);
        if missing.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "series the mixin's alerts read are missing:\n{}",
            missing.join("\n")
        );
        std::thread::sleep(Duration::from_millis(500));
    }
    // The check can fail: a series nobody exposes is reported missing on every member.
    let absent: BTreeSet<String> = ["etcd_server_no_such_series".to_string()].into();
    assert_eq!(prometheus.missing(&absent, &targets).len(), targets.len());

    // Every alert rule evaluates cleanly, and none fires on a healthy cluster.
    let rules = wait_for(
        "every rule evaluated",
        Duration::from_secs(20),
        || {
            let data = prometheus.api("/api/v1/rules")?;
            let rules: Vec<Value> = data["groups"][0]["rules"].as_array()?.clone();
            let evaluated = rules.len() == MIXIN_ALERTS.len()
                && rules.iter().all(|r| {
                    !r["lastEvaluation"]
                        .as_str()
                        .unwrap_or("0001")
                        .starts_with("0001")
                });
            evaluated.then_some(rules)
        },
        &log,
    );
    for rule in &rules {
        assert_eq!(
            rule["health"], "ok",
            "rule {} failed to evaluate: {rule}",
            rule["name"]
        );
        // Latency alerts depend on this host's disks; these do not.
        let structural = [
            "etcdNoLeader",
            "etcdMembersDown",
            "etcdInsufficientMembers",
            "etcdDatabaseQuotaLowSpace",
        ];
        if structural.contains(&rule["name"].as_str().unwrap_or("")) {
            assert_eq!(
                rule["state"], "inactive",
                "alert {} on a healthy cluster: {rule}",
                rule["name"]
            );
        }
    }
    drop(etcd);
}
