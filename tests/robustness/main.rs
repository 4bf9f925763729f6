//! The fault-injection suite, in the spirit of etcd's tests/robustness and Jepsen's etcd tests:
//! a fresh three-member cluster per run, concurrent clients and a watcher per member recording
//! everything, faults injected meanwhile (none, kill, pause, partition, mixed), everything
//! healed, then the recorded history judged by `checker`. It runs against `ctl serve` and
//! against Debian's etcd 3.4 as the control, which must pass too (except for early progress
//! notifications, a known 3.4.23 bug that is reported, not judged).
//!
//! It runs inside a network namespace of its own (root is needed), so every address and rule is
//! private to it. Settings, from the environment:
//! - CTL_ROBUSTNESS_SECONDS: traffic per run (default 12);
//! - CTL_ROBUSTNESS_FAULTS: e.g. "kill,partition" (default: all five);
//! - CTL_ROBUSTNESS_TARGETS: "ctl", "etcd3.4" or both (default both);
//! - CTL_ROBUSTNESS_SEED: to repeat a run's choices;
//! - CTL_ROBUSTNESS_BINARY: another ctl build to test (default: this one).
//!
//! Arguments other than flags filter runs by "target/fault" (cargo test passes its filter here).
//! `scripts/soak` runs long rounds.

mod checker;
mod cluster;
mod faults;
mod history;
mod netns;
mod traffic;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use etcd_client::GetOptions;

use checker::{Options, Report};
use cluster::{connect, raft_view, Cluster, Target};
use faults::{Fault, Injected};
use history::{FinalRead, History, Kv, Outcome};
use traffic::{Clock, Recorder, Rng, Watcher, PREFIX};

const CLIENTS: usize = 8;
const SNAPSHOT_COUNT: u32 = 1000;

struct Config {
    seconds: u64,
    faults: Vec<Fault>,
    targets: Vec<Target>,
    seed: u64,
    filters: Vec<String>,
}

impl Config {
    fn from_env() -> Result<Config, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let seconds = match var("CTL_ROBUSTNESS_SECONDS") {
            Some(v) => v
                .parse()
                .map_err(|_| format!("CTL_ROBUSTNESS_SECONDS={v}: not a number of seconds"))?,
            None => 12,
        };
        let faults = match var("CTL_ROBUSTNESS_FAULTS") {
            Some(v) => v
                .split(',')
                .map(|name| {
                    Fault::ALL
                        .into_iter()
                        .find(|f| f.label() == name.trim())
                        .ok_or(format!(
                            "CTL_ROBUSTNESS_FAULTS: unknown fault {name:?} (none, kill, pause, partition, mixed)"
                        ))
                })
                .collect::<Result<_, _>>()?,
            None => Fault::ALL.to_vec(),
        };
        let targets = match var("CTL_ROBUSTNESS_TARGETS") {
            Some(v) => v
                .split(',')
                .map(|name| match name.trim() {
                    "ctl" => Ok(Target::Ctl),
                    "etcd3.4" | "etcd" => Ok(Target::Etcd34),
                    other => Err(format!(
                        "CTL_ROBUSTNESS_TARGETS: unknown target {other:?} (ctl, etcd3.4)"
                    )),
                })
                .collect::<Result<_, _>>()?,
            None => vec![Target::Ctl, Target::Etcd34],
        };
        let seed = match var("CTL_ROBUSTNESS_SEED") {
            Some(v) => v
                .parse()
                .map_err(|_| format!("CTL_ROBUSTNESS_SEED={v}: not a number"))?,
            None => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64),
        };
        let filters = std::env::args()
            .skip(1)
            .filter(|a| !a.starts_with('-'))
            .collect();
        Ok(Config {
            seconds,
            faults,
            targets,
            seed,
            filters,
        })
    }
}

fn name(target: Target, fault: Fault) -> String {
    let target = match target {
        Target::Ctl => "ctl",
        Target::Etcd34 => "etcd3.4",
    };
    format!("{target}/{}", fault.label())
}

struct RunReport {
    name: String,
    ops: usize,
    ok: usize,
    unknown: usize,
    failed: usize,
    events: usize,
    resumes: usize,
    injected: Injected,
    /// Why the run could not be judged or failed outside the checker.
    problems: Vec<String>,
    report: Option<Report>,
    took: Duration,
}

impl RunReport {
    fn passed(&self) -> bool {
        self.problems.is_empty() && self.report.as_ref().is_some_and(Report::passed)
    }
}

async fn wait_ready(endpoints: &[String], timeout: Duration) -> Result<(), String> {
    let deadline = Instant::now() + timeout;
    loop {
        let mut ready = 0;
        for endpoint in endpoints {
            if matches!(raft_view(endpoint).await, Ok((_, leader)) if leader != 0) {
                ready += 1;
            }
        }
        if ready == endpoints.len() {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("the cluster was not ready within {timeout:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The revision every member agrees on once writes have stopped.
async fn converge(endpoints: &[String], timeout: Duration) -> Result<i64, String> {
    let deadline = Instant::now() + timeout;
    let mut previous = None;
    loop {
        let mut revisions = Vec::new();
        for endpoint in endpoints {
            let revision = async {
                let mut client = connect(endpoint, Duration::from_secs(1)).await?;
                let options = GetOptions::new()
                    .with_prefix()
                    .with_count_only()
                    .with_serializable();
                let response = client
                    .get(PREFIX, Some(options))
                    .await
                    .map_err(|e| e.to_string())?;
                let (_, leader) = raft_view(endpoint).await?;
                if leader == 0 {
                    return Err("no leader".to_string());
                }
                Ok::<i64, String>(response.header().map_or(0, |h| h.revision()))
            }
            .await;
            revisions.push(revision);
        }
        let agreed: Option<i64> = match revisions.as_slice() {
            [Ok(a), rest @ ..] if rest.iter().all(|r| r.as_ref() == Ok(a)) => Some(*a),
            _ => None,
        };
        if let Some(revision) = agreed.filter(|_| agreed == previous) {
            return Ok(revision);
        }
        previous = agreed;
        if Instant::now() > deadline {
            return Err(format!(
                "members did not agree on a revision within {timeout:?}: {revisions:?}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

async fn final_read(member: usize, endpoint: &str, revision: i64) -> Result<FinalRead, String> {
    let mut client = connect(endpoint, Duration::from_secs(5)).await?;
    let options = GetOptions::new()
        .with_prefix()
        .with_serializable()
        .with_revision(revision);
    let response = client
        .get(PREFIX, Some(options))
        .await
        .map_err(|e| e.to_string())?;
    let kvs = response
        .kvs()
        .iter()
        .map(|kv| Kv {
            key: String::from_utf8_lossy(kv.key()).into_owned(),
            value: String::from_utf8_lossy(kv.value()).into_owned(),
            create_revision: kv.create_revision(),
            mod_revision: kv.mod_revision(),
            version: kv.version(),
        })
        .collect();
    let hash = client
        .hash_kv(revision)
        .await
        .map_err(|e| e.to_string())?
        .hash();
    Ok(FinalRead {
        member,
        revision,
        kvs,
        hash: Some(hash),
    })
}

async fn run(target: Target, fault: Fault, config: &Config, seed: u64) -> RunReport {
    let started = Instant::now();
    let mut report = RunReport {
        name: name(target, fault),
        ops: 0,
        ok: 0,
        unknown: 0,
        failed: 0,
        events: 0,
        resumes: 0,
        injected: Injected::default(),
        problems: Vec::new(),
        report: None,
        took: Duration::ZERO,
    };
    let cluster = match Cluster::new(target, SNAPSHOT_COUNT) {
        Ok(cluster) => Arc::new(Mutex::new(cluster)),
        Err(e) => {
            report.problems.push(e);
            return report;
        }
    };
    let endpoints: Vec<String> = (0..3)
        .map(|i| cluster.lock().unwrap().endpoint(i))
        .collect();
    let outcome = drive(
        target,
        fault,
        config,
        seed,
        &cluster,
        &endpoints,
        &mut report,
    )
    .await;
    if let Err(e) = outcome {
        report.problems.push(e);
    }
    let crashed = cluster.lock().unwrap().exited();
    for (member, status) in crashed {
        report
            .problems
            .push(format!("{member} exited on its own ({status})"));
    }
    if !report.passed() {
        eprintln!(
            "{} failed; member logs (tails):\n{}",
            report.name,
            cluster.lock().unwrap().log_tails(40)
        );
    }
    report.took = started.elapsed();
    report
}

async fn drive(
    target: Target,
    fault: Fault,
    config: &Config,
    seed: u64,
    cluster: &Arc<Mutex<Cluster>>,
    endpoints: &[String],
    report: &mut RunReport,
) -> Result<(), String> {
    for i in 0..3 {
        cluster.lock().unwrap().start(i)?;
    }
    wait_ready(endpoints, Duration::from_secs(30)).await?;

    let clock = Clock::start();
    let recorder = Arc::new(Recorder {
        clock,
        ops: Mutex::new(Vec::new()),
    });
    let stop_clients = Arc::new(AtomicBool::new(false));
    let stop_watchers = Arc::new(AtomicBool::new(false));
    let mut rng = Rng::new(seed);
    let watchers: Vec<Arc<Watcher>> = (0..3)
        .map(|member| {
            Arc::new(Watcher {
                log: Mutex::new(history::WatchLog {
                    member,
                    sessions: Vec::new(),
                }),
                delivered: Default::default(),
            })
        })
        .collect();
    let watch_tasks: Vec<_> = watchers
        .iter()
        .enumerate()
        .map(|(i, w)| {
            tokio::spawn(traffic::watch(
                i,
                endpoints[i].clone(),
                w.clone(),
                clock,
                stop_watchers.clone(),
            ))
        })
        .collect();
    let client_tasks: Vec<_> = (0..CLIENTS)
        .map(|id| {
            tokio::spawn(traffic::client(
                id,
                endpoints.to_vec(),
                recorder.clone(),
                stop_clients.clone(),
                Rng::new(rng.next()),
            ))
        })
        .collect();

    let window = Duration::from_secs(config.seconds);
    let injected = faults::inject(
        fault,
        cluster.clone(),
        endpoints.to_vec(),
        window,
        Rng::new(rng.next()),
    )
    .await;
    // Whatever happened, leave every member running and connected.
    let healed = faults::heal(cluster);
    stop_clients.store(true, Ordering::Relaxed);
    for task in client_tasks {
        let _ = tokio::time::timeout(Duration::from_secs(10), task).await;
    }
    report.injected = injected?;
    healed?;
    report
        .problems
        .extend(report.injected.unverified.iter().cloned());

    // Let in-flight proposals settle, then read the end state.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let last = converge(endpoints, Duration::from_secs(60)).await?;
    let mut change_logs = Vec::new();
    for endpoint in endpoints {
        change_logs.push(traffic::change_log(endpoint, last).await?);
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while watchers
        .iter()
        .any(|w| w.delivered.load(Ordering::Relaxed) < last)
        && Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A last progress request's answer is wanted on each stream before they stop.
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop_watchers.store(true, Ordering::Relaxed);
    for task in watch_tasks {
        let _ = tokio::time::timeout(Duration::from_secs(5), task).await;
    }
    let mut finals = Vec::new();
    for (i, endpoint) in endpoints.iter().enumerate() {
        finals.push(final_read(i, endpoint, last).await?);
    }

    let ops = std::mem::take(&mut *recorder.ops.lock().unwrap());
    report.ops = ops.len();
    for op in &ops {
        match op.outcome {
            Outcome::Ok(_) => report.ok += 1,
            Outcome::Unknown(_) => report.unknown += 1,
            Outcome::Failed(_) => report.failed += 1,
        }
    }
    let watches: Vec<history::WatchLog> = watchers
        .iter()
        .map(|w| w.log.lock().unwrap().clone())
        .collect();
    report.events = watches
        .iter()
        .flat_map(|w| &w.sessions)
        .flat_map(|s| &s.replies)
        .map(|r| r.events.len())
        .sum();
    let history = History {
        ops,
        watches,
        change_logs,
        finals,
    };
    let options = Options {
        reported_only: match target {
            // etcd-io/etcd#15220: 3.4.23 sends progress notifications ahead of events.
            Target::Etcd34 => vec!["watch bookmarkable"],
            Target::Ctl => Vec::new(),
        },
        search_limit: Duration::from_secs(120.max(config.seconds)),
    };
    let checked = checker::check(&history, &options);
    report.resumes = checked.watch_resumes;
    report.report = Some(checked);
    Ok(())
}

fn main() {
    // First, while this is the only thread: everything after runs in the private namespace.
    if let Err(e) = netns::enter() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let mut reports = Vec::new();
    let mut seed = Rng::new(config.seed);
    println!(
        "robustness: {} s of traffic per run, seed {} (CTL_ROBUSTNESS_SEED repeats it)",
        config.seconds, config.seed
    );
    for &target in &config.targets {
        for &fault in &config.faults {
            let run_seed = seed.next();
            let name = name(target, fault);
            if !config.filters.is_empty()
                && !config.filters.iter().any(|f| name.contains(f.as_str()))
            {
                continue;
            }
            println!("run {name} (seed {run_seed}) ...");
            let report = runtime.block_on(run(target, fault, &config, run_seed));
            println!(
                "run {name}: {} in {:.0?}",
                if report.passed() { "passed" } else { "FAILED" },
                report.took
            );
            if let Some(checked) = &report.report {
                print!("{}", checked.describe());
            }
            for problem in &report.problems {
                println!("  problem: {problem}");
            }
            reports.push(report);
        }
    }
    println!(
        "\n| run | ops | ok | unknown | failed | watch events | resumes | faults | result |\n|---|---|---|---|---|---|---|---|---|"
    );
    for r in &reports {
        let result = if r.passed() {
            let reported: Vec<&str> = r
                .report
                .iter()
                .flat_map(|c| c.results.iter())
                .filter(|c| !c.judged && !c.violations.is_empty())
                .map(|c| c.name)
                .collect();
            if reported.is_empty() {
                "pass".to_string()
            } else {
                format!("pass (reported: {})", reported.join(", "))
            }
        } else {
            let mut failed: Vec<String> = r
                .report
                .iter()
                .flat_map(|c| c.failed())
                .map(String::from)
                .collect();
            failed.extend(r.problems.iter().cloned());
            format!("FAIL: {}", failed.join("; "))
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.name, r.ops, r.ok, r.unknown, r.failed, r.events, r.resumes, r.injected, result
        );
    }
    if reports.is_empty() {
        println!("no run matches {:?}", config.filters);
    }
    if reports.iter().any(|r| !r.passed()) {
        std::process::exit(1);
    }
}
