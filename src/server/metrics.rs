//! Prometheus metrics, under etcd's names where they mean the same thing, so dashboards and
//! alerts written for etcd work unchanged.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// A Prometheus histogram with etcd's disk-latency buckets (seconds).
pub struct Histogram {
    bounds: &'static [f64],
    counts: Mutex<(Vec<u64>, u64, f64)>,
}

const DISK_BUCKETS: &[f64] = &[
    0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256, 0.512, 1.024, 2.048, 4.096,
    8.192,
];

impl Histogram {
    fn new(bounds: &'static [f64]) -> Histogram {
        Histogram {
            bounds,
            counts: Mutex::new((vec![0; bounds.len()], 0, 0.0)),
        }
    }

    pub fn observe(&self, seconds: f64) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        for (i, bound) in self.bounds.iter().enumerate() {
            if seconds <= *bound {
                counts.0[i] += 1;
            }
        }
        counts.1 += 1;
        counts.2 += seconds;
    }

    fn render(&self, out: &mut String, name: &str, help: &str) {
        let counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
        for (bound, count) in self.bounds.iter().zip(&counts.0) {
            let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {}", counts.1);
        let _ = writeln!(out, "{name}_sum {}", counts.2);
        let _ = writeln!(out, "{name}_count {}", counts.1);
    }
}

pub struct Metrics {
    pub proposals_committed: AtomicU64,
    pub proposals_failed: AtomicU64,
    pub leader_changes: AtomicU64,
    pub wal_fsync: Histogram,
}

/// Values read at scrape time from the member.
pub struct Gauges {
    pub has_leader: bool,
    pub is_leader: bool,
    pub proposals_pending: u64,
    pub db_size: u64,
    pub revision: i64,
    pub compact_revision: i64,
    pub watch: crate::server::storage::watch::WatchStats,
    pub term: u64,
    pub applied: u64,
    pub commit: u64,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            proposals_committed: AtomicU64::new(0),
            proposals_failed: AtomicU64::new(0),
            leader_changes: AtomicU64::new(0),
            wal_fsync: Histogram::new(DISK_BUCKETS),
        }
    }
}

impl Metrics {
    pub fn wal_fsync(&self, took: Duration) {
        self.wal_fsync.observe(took.as_secs_f64());
    }

    pub fn applied(&self, entries: u64) {
        self.proposals_committed
            .fetch_add(entries, Ordering::Relaxed);
    }

    pub fn leader_changed(&self) {
        self.leader_changes.fetch_add(1, Ordering::Relaxed);
    }

    /// The Prometheus text exposition.
    pub fn render(&self, gauges: &Gauges) -> String {
        let mut out = String::new();
        let mut metric = |name: &str, kind: &str, help: &str, value: String| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
            );
        };
        metric(
            "etcd_server_has_leader",
            "gauge",
            "Whether or not a leader exists. 1 is existence, 0 is not.",
            u8::from(gauges.has_leader).to_string(),
        );
        metric(
            "etcd_server_is_leader",
            "gauge",
            "Whether or not this member is a leader. 1 if is, 0 otherwise.",
            u8::from(gauges.is_leader).to_string(),
        );
        metric(
            "etcd_server_leader_changes_seen_total",
            "counter",
            "The number of leader changes seen.",
            self.leader_changes.load(Ordering::Relaxed).to_string(),
        );
        metric(
            "etcd_server_proposals_committed_total",
            "gauge",
            "The total number of consensus proposals committed.",
            gauges.commit.to_string(),
        );
        metric(
            "etcd_server_proposals_applied_total",
            "gauge",
            "The total number of consensus proposals applied.",
            gauges.applied.to_string(),
        );
        metric(
            "etcd_server_proposals_pending",
            "gauge",
            "The current number of pending proposals to commit.",
            gauges.proposals_pending.to_string(),
        );
        metric(
            "etcd_server_proposals_failed_total",
            "counter",
            "The total number of failed proposals seen.",
            self.proposals_failed.load(Ordering::Relaxed).to_string(),
        );
        metric(
            "etcd_server_term",
            "gauge",
            "The current raft term.",
            gauges.term.to_string(),
        );
        metric(
            "etcd_mvcc_db_total_size_in_bytes",
            "gauge",
            "Total size of the underlying database physically allocated in bytes.",
            gauges.db_size.to_string(),
        );
        metric(
            "etcd_debugging_mvcc_current_revision",
            "gauge",
            "The current revision of store.",
            gauges.revision.to_string(),
        );
        metric(
            "etcd_debugging_mvcc_compact_revision",
            "gauge",
            "The revision of the last compaction in store.",
            gauges.compact_revision.to_string(),
        );
        metric(
            "etcd_debugging_mvcc_watch_stream_total",
            "gauge",
            "Total number of watch streams.",
            gauges.watch.streams.to_string(),
        );
        metric(
            "etcd_debugging_mvcc_watcher_total",
            "gauge",
            "Total number of watchers.",
            gauges.watch.watchers.to_string(),
        );
        metric(
            "etcd_debugging_mvcc_slow_watcher_total",
            "gauge",
            "Total number of unsynced slow watchers.",
            gauges.watch.slow_watchers.to_string(),
        );
        metric(
            "etcd_debugging_mvcc_events_total",
            "counter",
            "Total number of events sent by this member.",
            gauges.watch.events_sent.to_string(),
        );
        metric(
            "etcd_debugging_mvcc_pending_events_total",
            "gauge",
            "Total number of pending events to be sent.",
            gauges.watch.pending_events.to_string(),
        );
        self.wal_fsync.render(
            &mut out,
            "etcd_disk_wal_fsync_duration_seconds",
            "The latency distributions of fsync called by WAL.",
        );
        out
    }
}
