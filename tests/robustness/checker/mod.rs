//! Judges a recorded [`History`]: per-key linearizability (a WGL search that trusts no
//! revision), then the revision-based checks (every change made by exactly one request, txns
//! atomic, no acknowledged write lost, reads equal to the state at their revision, real-time
//! order, every member equal at the end), then etcd's watch guarantees for every watcher.

mod kv;
mod linearizable;
mod timeline;
mod watch;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::time::Duration;

use crate::history::{change_log, History, Request};

/// Every check, in report order.
pub const CHECKS: &[&str] = &[
    "linearizable (per key)",
    "linearizable reads",
    "real-time order",
    "unique revisions",
    "atomic txn",
    "no lost or phantom writes",
    "durability",
    "change log",
    "watch ordered",
    "watch unique",
    "watch reliable",
    "watch atomic",
    "watch resumable",
    "watch bookmarkable",
    "watch prev_kv",
];

/// Violations by check.
#[derive(Default)]
pub struct Findings {
    violations: BTreeMap<&'static str, Vec<String>>,
    resumes: usize,
}

impl Findings {
    pub fn add(&mut self, check: &'static str, violation: String) {
        debug_assert!(CHECKS.contains(&check), "unknown check {check}");
        self.violations.entry(check).or_default().push(violation);
    }

    fn note_resumes(&mut self, resumes: usize) {
        self.resumes += resumes;
    }
}

pub struct Options {
    /// Checks whose violations are reported but do not fail the run (etcd 3.4.23 sends early
    /// progress notifications: etcd-io/etcd#15220, fixed in 3.4.25).
    pub reported_only: Vec<&'static str>,
    /// How long the linearizability search may take in all.
    pub search_limit: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            reported_only: Vec::new(),
            search_limit: Duration::from_secs(60),
        }
    }
}

pub struct CheckResult {
    pub name: &'static str,
    pub violations: Vec<String>,
    pub judged: bool,
}

pub struct Report {
    pub results: Vec<CheckResult>,
    pub watch_resumes: usize,
}

impl Report {
    pub fn passed(&self) -> bool {
        self.results
            .iter()
            .all(|r| !r.judged || r.violations.is_empty())
    }

    /// The checks that failed (judged ones only).
    pub fn failed(&self) -> Vec<&'static str> {
        self.results
            .iter()
            .filter(|r| r.judged && !r.violations.is_empty())
            .map(|r| r.name)
            .collect()
    }

    /// Whether `check` found anything (judged or not).
    #[allow(dead_code)] // the checker's own tests use it
    pub fn violated(&self, check: &str) -> bool {
        self.results
            .iter()
            .any(|r| r.name == check && !r.violations.is_empty())
    }

    /// One line per check with its violations, the first few of each in full.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for result in &self.results {
            let status = match (result.violations.is_empty(), result.judged) {
                (true, _) => "ok".to_string(),
                (false, true) => format!("FAILED ({} violations)", result.violations.len()),
                (false, false) => format!(
                    "reported, not judged ({} violations)",
                    result.violations.len()
                ),
            };
            out.push_str(&format!("  {:<24} {status}\n", result.name));
            for violation in result.violations.iter().take(5) {
                out.push_str(&format!("      {violation}\n"));
            }
        }
        out
    }
}

pub fn check(history: &History, options: &Options) -> Report {
    let mut findings = Findings::default();
    let reference: Vec<_> = history.change_logs.first().cloned().unwrap_or_default();
    let log = change_log(&reference);
    let (timeline, problems) = timeline::Timeline::replay(&log);
    for problem in problems {
        findings.add("change log", problem);
    }

    // Per-key linearizability from what clients saw alone.
    let mut keys = BTreeSet::new();
    let mut observed: HashSet<String> = HashSet::new();
    for op in &history.ops {
        match &op.request {
            Request::Get { key } | Request::Put { key, .. } | Request::Delete { key } => {
                keys.insert(key.clone());
            }
            Request::Cas { key, .. } => {
                keys.insert(key.clone());
            }
            Request::Multi { puts, deletes } => {
                keys.extend(puts.iter().map(|(k, _)| k.clone()));
                keys.extend(deletes.iter().cloned());
            }
            Request::Range => {}
        }
        match op.ok() {
            Some(crate::history::Response::Get { kv: Some(kv), .. }) => {
                observed.insert(kv.value.clone());
            }
            Some(crate::history::Response::Range { kvs, .. }) => {
                observed.extend(kvs.iter().map(|kv| kv.value.clone()));
            }
            Some(crate::history::Response::Cas { kv: Some(kv), .. }) => {
                observed.insert(kv.value.clone());
            }
            _ => {}
        }
    }
    for event in history
        .change_logs
        .iter()
        .flatten()
        .chain(history.watches.iter().flat_map(|w| {
            w.sessions
                .iter()
                .flat_map(|s| s.replies.iter().flat_map(|r| r.events.iter()))
        }))
    {
        observed.insert(event.kv.value.clone());
    }
    let complete = !history.change_logs.is_empty();
    let verdicts = linearizable::check(
        &history.ops,
        &keys,
        complete.then_some(&observed),
        options.search_limit,
    );
    for (key, verdict) in verdicts {
        let text = match verdict {
            linearizable::Verdict::Violation(op) => format!(
                "{key}: no order of its operations explains what clients saw; stuck at {}",
                history.ops[op].describe()
            ),
            linearizable::Verdict::Inconclusive => format!(
                "{key}: the search did not finish within {:?}",
                options.search_limit
            ),
            linearizable::Verdict::Linearizable => unreachable!(),
        };
        findings.add("linearizable (per key)", text);
    }

    // Revision checks against the change log.
    let attribution = kv::attribute(&history.ops, &log, &timeline, &mut findings);
    kv::check_writes(&history.ops, &timeline, &attribution, &mut findings);
    kv::check_reads(&history.ops, &timeline, &mut findings);
    kv::check_real_time(&history.ops, &attribution, &mut findings);
    if !history.change_logs.is_empty() {
        kv::check_final(history, &timeline, &mut findings);
    }

    watch::check(&history.watches, &log, timeline.last, &mut findings);

    let watch_resumes = findings.resumes;
    let results = CHECKS
        .iter()
        .map(|&name| CheckResult {
            name,
            violations: findings.violations.remove(name).unwrap_or_default(),
            judged: !options.reported_only.contains(&name),
        })
        .collect();
    Report {
        results,
        watch_resumes,
    }
}
