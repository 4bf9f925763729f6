//! Prometheus metrics (the `prometheus` crate), under etcd 3.5's names, labels and buckets, so
//! etcd's dashboards and its mixin's alerts work unchanged. Counters are updated where things
//! happen; gauges that mirror the member's state are set when /metrics is scraped.

use std::time::Duration;

use prometheus::{
    exponential_buckets, Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter,
    IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry, TextEncoder,
};

/// `--metrics`: etcd's basic set, or extensive, which adds gRPC handling-time histograms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MetricsLevel {
    #[default]
    Basic,
    Extensive,
}

/// Values read from the member when /metrics is scraped.
pub struct Gauges {
    pub has_leader: bool,
    pub is_leader: bool,
    pub is_learner: bool,
    pub proposals_pending: u64,
    pub db_size: u64,
    pub quota_backend_bytes: u64,
    pub revision: i64,
    pub compact_revision: i64,
    pub keys: u64,
    pub watch: crate::server::storage::watch::WatchStats,
    pub term: u64,
    pub applied: u64,
    pub commit: u64,
    pub server_id: u64,
}

/// The gRPC methods etcd serves, with grpc-go's stream kinds: their series exist from the start
/// (at 0), as go-grpc-prometheus initializes them, so rates and alerts have something to read.
pub const GRPC_METHODS: &[(&str, &str, &str)] = &[
    ("etcdserverpb.KV", "Range", "unary"),
    ("etcdserverpb.KV", "Put", "unary"),
    ("etcdserverpb.KV", "DeleteRange", "unary"),
    ("etcdserverpb.KV", "Txn", "unary"),
    ("etcdserverpb.KV", "Compact", "unary"),
    ("etcdserverpb.Watch", "Watch", "bidi_stream"),
    ("etcdserverpb.Lease", "LeaseGrant", "unary"),
    ("etcdserverpb.Lease", "LeaseRevoke", "unary"),
    ("etcdserverpb.Lease", "LeaseKeepAlive", "bidi_stream"),
    ("etcdserverpb.Lease", "LeaseTimeToLive", "unary"),
    ("etcdserverpb.Lease", "LeaseLeases", "unary"),
    ("etcdserverpb.Cluster", "MemberAdd", "unary"),
    ("etcdserverpb.Cluster", "MemberRemove", "unary"),
    ("etcdserverpb.Cluster", "MemberUpdate", "unary"),
    ("etcdserverpb.Cluster", "MemberList", "unary"),
    ("etcdserverpb.Cluster", "MemberPromote", "unary"),
    ("etcdserverpb.Maintenance", "Alarm", "unary"),
    ("etcdserverpb.Maintenance", "Status", "unary"),
    ("etcdserverpb.Maintenance", "Defragment", "unary"),
    ("etcdserverpb.Maintenance", "Hash", "unary"),
    ("etcdserverpb.Maintenance", "HashKV", "unary"),
    ("etcdserverpb.Maintenance", "Snapshot", "server_stream"),
    ("etcdserverpb.Maintenance", "MoveLeader", "unary"),
    ("etcdserverpb.Maintenance", "Downgrade", "unary"),
    ("etcdserverpb.Auth", "AuthEnable", "unary"),
    ("etcdserverpb.Auth", "AuthDisable", "unary"),
    ("etcdserverpb.Auth", "AuthStatus", "unary"),
    ("etcdserverpb.Auth", "Authenticate", "unary"),
    ("etcdserverpb.Auth", "UserAdd", "unary"),
    ("etcdserverpb.Auth", "UserGet", "unary"),
    ("etcdserverpb.Auth", "UserList", "unary"),
    ("etcdserverpb.Auth", "UserDelete", "unary"),
    ("etcdserverpb.Auth", "UserChangePassword", "unary"),
    ("etcdserverpb.Auth", "UserGrantRole", "unary"),
    ("etcdserverpb.Auth", "UserRevokeRole", "unary"),
    ("etcdserverpb.Auth", "RoleAdd", "unary"),
    ("etcdserverpb.Auth", "RoleGet", "unary"),
    ("etcdserverpb.Auth", "RoleList", "unary"),
    ("etcdserverpb.Auth", "RoleDelete", "unary"),
    ("etcdserverpb.Auth", "RoleGrantPermission", "unary"),
    ("etcdserverpb.Auth", "RoleRevokePermission", "unary"),
    ("v3lockpb.Lock", "Lock", "unary"),
    ("v3lockpb.Lock", "Unlock", "unary"),
    ("v3electionpb.Election", "Campaign", "unary"),
    ("v3electionpb.Election", "Proclaim", "unary"),
    ("v3electionpb.Election", "Leader", "unary"),
    ("v3electionpb.Election", "Observe", "server_stream"),
    ("v3electionpb.Election", "Resign", "unary"),
];

/// gRPC status codes as grpc-go names them in grpc_code.
pub const GRPC_CODES: [&str; 17] = [
    "OK",
    "Canceled",
    "Unknown",
    "InvalidArgument",
    "DeadlineExceeded",
    "NotFound",
    "AlreadyExists",
    "PermissionDenied",
    "ResourceExhausted",
    "FailedPrecondition",
    "Aborted",
    "OutOfRange",
    "Unimplemented",
    "Internal",
    "Unavailable",
    "DataLoss",
    "Unauthenticated",
];

/// One gRPC method, as the labels name it, and its place in [`GRPC_METHODS`].
#[derive(Clone, Copy, Debug)]
pub struct GrpcMethod {
    pub service: &'static str,
    pub method: &'static str,
    pub kind: &'static str,
    index: usize,
}

impl GrpcMethod {
    /// The method a request path (`/etcdserverpb.KV/Range`) calls, if it is etcd's.
    pub fn of_path(path: &str) -> Option<GrpcMethod> {
        let (service, method) = path.strip_prefix('/')?.split_once('/')?;
        GRPC_METHODS
            .iter()
            .position(|(s, m, _)| *s == service && *m == method)
            .map(GrpcMethod::at)
    }

    fn at(index: usize) -> GrpcMethod {
        let (service, method, kind) = GRPC_METHODS[index];
        GrpcMethod {
            service,
            method,
            kind,
            index,
        }
    }

    fn labels(&self) -> [&'static str; 3] {
        [self.kind, self.service, self.method]
    }
}

/// One method's series, resolved once so a call touches no label maps.
struct MethodSeries {
    started: IntCounter,
    received: IntCounter,
    sent: IntCounter,
    handled: Vec<IntCounter>,
    handling: Option<Histogram>,
}

/// etcd's latency buckets for disk operations: 1 ms to 8 s, doubling.
fn disk_buckets() -> Vec<f64> {
    exponential_buckets(0.001, 2.0, 14).expect("valid buckets")
}

pub struct Metrics {
    registry: Registry,
    level: MetricsLevel,

    pub proposals_failed: IntCounter,
    pub leader_changes: IntCounter,
    pub slow_applies: IntCounter,
    pub slow_read_indexes: IntCounter,
    /// ReadIndex rounds this member started, and the linearizable reads they confirmed: one
    /// round answers every read queued behind it, so reads / rounds is the batching achieved.
    pub read_index_rounds: IntCounter,
    pub read_index_reads: IntCounter,
    pub health_success: IntCounter,
    pub health_failures: IntCounter,
    pub wal_fsync: Histogram,
    pub backend_commit: Histogram,

    pub puts: IntCounter,
    pub deletes: IntCounter,
    pub ranges: IntCounter,
    pub txns: IntCounter,

    pub leases_granted: IntCounter,
    pub leases_revoked: IntCounter,
    pub leases_renewed: IntCounter,
    pub leases_expired: IntCounter,

    grpc: Vec<MethodSeries>,
    pub client_sent_bytes: IntCounter,
    pub client_received_bytes: IntCounter,

    peer_sent_bytes: IntCounterVec,
    peer_received_bytes: IntCounterVec,
    peer_sent_failures: IntCounterVec,
    peer_round_trip: HistogramVec,

    has_leader: IntGauge,
    is_leader: IntGauge,
    is_learner: IntGauge,
    server_id: IntGaugeVec,
    server_version: IntGaugeVec,
    cluster_version: IntGaugeVec,
    proposals_committed: IntGauge,
    proposals_applied: IntGauge,
    proposals_pending: IntGauge,
    term: IntGauge,
    quota: IntGauge,
    db_size: IntGauge,
    db_size_in_use: IntGauge,
    revision: IntGauge,
    compact_revision: IntGauge,
    keys: IntGauge,
    watch_streams: IntGauge,
    watchers: IntGauge,
    slow_watchers: IntGauge,
    events_sent: IntCounter,
    pending_events: IntGauge,

    tls_reloads: IntCounterVec,
    server_cert_expiry: IntGaugeVec,
    peer_cert_expiry: IntGaugeVec,
    trusted_ca_expiry: IntGaugeVec,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new(MetricsLevel::Basic)
    }
}

impl Metrics {
    pub fn new(level: MetricsLevel) -> Metrics {
        let registry = Registry::new();
        macro_rules! register {
            ($metric:expr) => {{
                let metric = $metric.expect("a valid metric");
                registry
                    .register(Box::new(metric.clone()))
                    .expect("each metric registered once");
                metric
            }};
        }
        let counter = |name: &str, help: &str| register!(IntCounter::new(name, help));
        let gauge = |name: &str, help: &str| register!(IntGauge::new(name, help));
        let gauge_vec = |name: &str, help: &str, label: &str| {
            register!(IntGaugeVec::new(Opts::new(name, help), &[label]))
        };
        let counter_vec = |name: &str, help: &str, labels: &[&str]| {
            register!(IntCounterVec::new(Opts::new(name, help), labels))
        };
        let histogram = |name: &str, help: &str, buckets: Vec<f64>| {
            register!(Histogram::with_opts(
                HistogramOpts::new(name, help).buckets(buckets)
            ))
        };
        let grpc_labels = ["grpc_type", "grpc_service", "grpc_method"];
        let handled_labels = ["grpc_type", "grpc_service", "grpc_method", "grpc_code"];
        let grpc_started = counter_vec(
            "grpc_server_started_total",
            "Total number of RPCs started on the server.",
            &grpc_labels,
        );
        let grpc_handled = counter_vec(
            "grpc_server_handled_total",
            "Total number of RPCs completed on the server, regardless of success or failure.",
            &handled_labels,
        );
        let grpc_received = counter_vec(
            "grpc_server_msg_received_total",
            "Total number of RPC stream messages received on the server.",
            &grpc_labels,
        );
        let grpc_sent = counter_vec(
            "grpc_server_msg_sent_total",
            "Total number of gRPC stream messages sent by the server.",
            &grpc_labels,
        );
        let grpc_handling = (level == MetricsLevel::Extensive).then(|| {
                register!(HistogramVec::new(
                    HistogramOpts::new(
                        "grpc_server_handling_seconds",
                        "Histogram of response latency (seconds) of gRPC that had been application-level handled by the server.",
                    )
                    .buckets(vec![0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0]),
                    &grpc_labels,
                ))
            });
        let mut metrics = Metrics {
            level,
            proposals_failed: counter(
                "etcd_server_proposals_failed_total",
                "The total number of failed proposals seen.",
            ),
            leader_changes: counter(
                "etcd_server_leader_changes_seen_total",
                "The number of leader changes seen.",
            ),
            slow_applies: counter(
                "etcd_server_slow_apply_total",
                "The total number of slow apply requests (likely overloaded from slow disk).",
            ),
            slow_read_indexes: counter(
                "etcd_server_slow_read_indexes_total",
                "The total number of pending read indexes not in sync with leader's or timed out read index requests.",
            ),
            read_index_rounds: counter(
                "ctl_server_read_index_rounds_total",
                "The total number of ReadIndex rounds this member started for linearizable reads.",
            ),
            read_index_reads: counter(
                "ctl_server_read_index_reads_total",
                "The total number of linearizable reads waiting on this member's ReadIndex rounds (a read retried after a leader change counts again).",
            ),
            health_success: counter(
                "etcd_server_health_success",
                "The total number of successful health checks",
            ),
            health_failures: counter(
                "etcd_server_health_failures",
                "The total number of failed health checks",
            ),
            wal_fsync: histogram(
                "etcd_disk_wal_fsync_duration_seconds",
                "The latency distributions of fsync called by WAL.",
                disk_buckets(),
            ),
            backend_commit: histogram(
                "etcd_disk_backend_commit_duration_seconds",
                "The latency distributions of commit called by backend.",
                disk_buckets(),
            ),
            puts: counter("etcd_mvcc_put_total", "Total number of puts seen by this member."),
            deletes: counter(
                "etcd_mvcc_delete_total",
                "Total number of deletes seen by this member.",
            ),
            ranges: counter(
                "etcd_mvcc_range_total",
                "Total number of ranges seen by this member.",
            ),
            txns: counter("etcd_mvcc_txn_total", "Total number of txns seen by this member."),
            leases_granted: counter(
                "etcd_debugging_lease_granted_total",
                "The total number of granted leases.",
            ),
            leases_revoked: counter(
                "etcd_debugging_lease_revoked_total",
                "The total number of revoked leases.",
            ),
            leases_renewed: counter(
                "etcd_debugging_lease_renewed_total",
                "The number of renewed leases seen by the leader.",
            ),
            leases_expired: counter(
                "etcd_server_lease_expired_total",
                "The total number of expired leases.",
            ),
            grpc: Vec::new(),
            client_sent_bytes: counter(
                "etcd_network_client_grpc_sent_bytes_total",
                "The total number of bytes sent to grpc clients.",
            ),
            client_received_bytes: counter(
                "etcd_network_client_grpc_received_bytes_total",
                "The total number of bytes received from grpc clients.",
            ),
            peer_sent_bytes: counter_vec(
                "etcd_network_peer_sent_bytes_total",
                "The total number of bytes sent to peers.",
                &["To"],
            ),
            peer_received_bytes: counter_vec(
                "etcd_network_peer_received_bytes_total",
                "The total number of bytes received from peers.",
                &["From"],
            ),
            peer_sent_failures: counter_vec(
                "etcd_network_peer_sent_failures_total",
                "The total number of send failures from peers.",
                &["To"],
            ),
            peer_round_trip: register!(HistogramVec::new(
                HistogramOpts::new(
                    "etcd_network_peer_round_trip_time_seconds",
                    "Round-Trip-Time histogram between peers",
                )
                .buckets(exponential_buckets(0.0001, 2.0, 14).expect("valid buckets")),
                &["To"],
            )),
            tls_reloads: counter_vec(
                "ctl_server_tls_reloads_total",
                "Changed TLS files looked at, by side (client or peer) and outcome (reloaded or refused).",
                &["side", "outcome"],
            ),
            server_cert_expiry: gauge_vec(
                "ctl_server_certificate_expiry_timestamp_seconds",
                "When the client-facing server certificate in use expires (Unix time).",
                "file",
            ),
            peer_cert_expiry: gauge_vec(
                "ctl_peer_certificate_expiry_timestamp_seconds",
                "When the peer certificate in use expires (Unix time).",
                "file",
            ),
            trusted_ca_expiry: gauge_vec(
                "ctl_trusted_ca_certificate_expiry_timestamp_seconds",
                "When the first CA of a trusted CA file in use expires (Unix time).",
                "file",
            ),
            has_leader: gauge(
                "etcd_server_has_leader",
                "Whether or not a leader exists. 1 is existence, 0 is not.",
            ),
            is_leader: gauge(
                "etcd_server_is_leader",
                "Whether or not this member is a leader. 1 if is, 0 otherwise.",
            ),
            is_learner: gauge(
                "etcd_server_is_learner",
                "Whether or not this member is a learner. 1 if is, 0 otherwise.",
            ),
            server_id: gauge_vec(
                "etcd_server_id",
                "Server or member ID in hexadecimal format. 1 for 'server_id' label with current ID.",
                "server_id",
            ),
            server_version: gauge_vec(
                "etcd_server_version",
                "Which version is running. 1 for 'server_version' label with current version.",
                "server_version",
            ),
            cluster_version: gauge_vec(
                "etcd_cluster_version",
                "Which version is running. 1 for 'cluster_version' label with current cluster version",
                "cluster_version",
            ),
            proposals_committed: gauge(
                "etcd_server_proposals_committed_total",
                "The total number of consensus proposals committed.",
            ),
            proposals_applied: gauge(
                "etcd_server_proposals_applied_total",
                "The total number of consensus proposals applied.",
            ),
            proposals_pending: gauge(
                "etcd_server_proposals_pending",
                "The current number of pending proposals to commit.",
            ),
            term: gauge("etcd_server_term", "The current raft term."),
            quota: gauge(
                "etcd_server_quota_backend_bytes",
                "Current backend storage quota size in bytes.",
            ),
            db_size: gauge(
                "etcd_mvcc_db_total_size_in_bytes",
                "Total size of the underlying database physically allocated in bytes.",
            ),
            db_size_in_use: gauge(
                "etcd_mvcc_db_total_size_in_use_in_bytes",
                "Total size of the underlying database logically in use in bytes.",
            ),
            revision: gauge(
                "etcd_debugging_mvcc_current_revision",
                "The current revision of store.",
            ),
            compact_revision: gauge(
                "etcd_debugging_mvcc_compact_revision",
                "The revision of the last compaction in store.",
            ),
            keys: gauge("etcd_debugging_mvcc_keys_total", "Total number of keys."),
            watch_streams: gauge(
                "etcd_debugging_mvcc_watch_stream_total",
                "Total number of watch streams.",
            ),
            watchers: gauge("etcd_debugging_mvcc_watcher_total", "Total number of watchers."),
            slow_watchers: gauge(
                "etcd_debugging_mvcc_slow_watcher_total",
                "Total number of unsynced slow watchers.",
            ),
            events_sent: counter(
                "etcd_debugging_mvcc_events_total",
                "Total number of events sent by this member.",
            ),
            pending_events: gauge(
                "etcd_debugging_mvcc_pending_events_total",
                "Total number of pending events to be sent.",
            ),
            registry,
        };
        // Every method's series exist from the start (at 0), as go-grpc-prometheus makes
        // them, resolved once here.
        metrics.grpc = (0..GRPC_METHODS.len())
            .map(|i| {
                let labels = GrpcMethod::at(i).labels();
                MethodSeries {
                    started: grpc_started.with_label_values(&labels),
                    received: grpc_received.with_label_values(&labels),
                    sent: grpc_sent.with_label_values(&labels),
                    handled: GRPC_CODES
                        .iter()
                        .map(|code| {
                            grpc_handled.with_label_values(&[labels[0], labels[1], labels[2], code])
                        })
                        .collect(),
                    handling: grpc_handling.as_ref().map(|h| h.with_label_values(&labels)),
                }
            })
            .collect();
        #[cfg(target_os = "linux")]
        {
            let process = prometheus::process_collector::ProcessCollector::for_self();
            let _ = metrics.registry.register(Box::new(process));
        }
        metrics
    }

    pub fn level(&self) -> MetricsLevel {
        self.level
    }

    pub fn wal_fsync(&self, took: Duration) {
        self.wal_fsync.observe(took.as_secs_f64());
    }

    pub fn backend_commit(&self, took: Duration) {
        self.backend_commit.observe(took.as_secs_f64());
    }

    pub fn leader_changed(&self) {
        self.leader_changes.inc();
    }

    pub fn grpc_started(&self, method: GrpcMethod) {
        self.grpc[method.index].started.inc();
    }

    /// A call ended with `code` (grpc-go's name) after `took`.
    pub fn grpc_handled(&self, method: GrpcMethod, code: &str, took: Duration) {
        let series = &self.grpc[method.index];
        let code = GRPC_CODES.iter().position(|c| *c == code).unwrap_or(2);
        series.handled[code].inc();
        if let Some(handling) = &series.handling {
            handling.observe(took.as_secs_f64());
        }
    }

    pub fn grpc_received(&self, method: GrpcMethod, messages: u64, bytes: u64) {
        self.grpc[method.index].received.inc_by(messages);
        self.client_received_bytes.inc_by(bytes);
    }

    pub fn grpc_sent(&self, method: GrpcMethod, messages: u64, bytes: u64) {
        self.grpc[method.index].sent.inc_by(messages);
        self.client_sent_bytes.inc_by(bytes);
    }

    /// A peer's series exist from when it is first dialled (at 0), as alerts expect.
    pub fn peer_added(&self, to: u64) {
        let to = format!("{to:x}");
        self.peer_sent_bytes.with_label_values(&[&to]);
        self.peer_sent_failures.with_label_values(&[&to]);
    }

    /// The expiry gauges of a side's TLS material now in use.
    pub fn certificates_loaded(&self, tls: &crate::server::tls::ReloadingTls) {
        let material = tls.material();
        let cert = tls.files.cert_file.display().to_string();
        let gauge = if tls.side == "peer" {
            &self.peer_cert_expiry
        } else {
            &self.server_cert_expiry
        };
        gauge
            .with_label_values(&[&cert])
            .set(material.cert_not_after);
        if let (Some(ca), Some(end)) = (&tls.files.trusted_ca_file, material.ca_not_after) {
            let ca = ca.display().to_string();
            self.trusted_ca_expiry.with_label_values(&[&ca]).set(end);
        }
    }

    /// Counts a reload or refusal of changed TLS files.
    pub fn tls_reload(
        &self,
        tls: &crate::server::tls::ReloadingTls,
        outcome: &crate::server::tls::Reload,
    ) {
        use crate::server::tls::Reload;
        let label = match outcome {
            Reload::Unchanged => return,
            Reload::Reloaded => "reloaded",
            Reload::Refused(_) => "refused",
        };
        self.tls_reloads.with_label_values(&[tls.side, label]).inc();
        if matches!(outcome, Reload::Reloaded) {
            self.certificates_loaded(tls);
        }
    }

    /// The sent-bytes counter of peer `to`, looked up once per stream rather than per message.
    pub fn peer_sent_counter(&self, to: u64) -> IntCounter {
        self.peer_sent_bytes
            .with_label_values(&[&format!("{to:x}")])
    }

    pub fn peer_send_failed(&self, to: u64) {
        self.peer_sent_failures
            .with_label_values(&[&format!("{to:x}")])
            .inc();
    }

    /// The received-bytes counter of peer `from`, looked up once per stream.
    pub fn peer_received_counter(&self, from: u64) -> IntCounter {
        self.peer_received_bytes
            .with_label_values(&[&format!("{from:x}")])
    }

    /// One probe's round trip to peer `to`.
    pub fn peer_round_trip(&self, to: u64, took: Duration) {
        self.peer_round_trip
            .with_label_values(&[&format!("{to:x}")])
            .observe(took.as_secs_f64());
    }

    /// The Prometheus text exposition, with the gauges as `gauges` has them.
    pub fn render(&self, gauges: &Gauges) -> String {
        let set =
            |gauge: &IntGauge, value: u64| gauge.set(i64::try_from(value).unwrap_or(i64::MAX));
        self.has_leader.set(i64::from(gauges.has_leader));
        self.is_leader.set(i64::from(gauges.is_leader));
        self.is_learner.set(i64::from(gauges.is_learner));
        self.server_id
            .with_label_values(&[&format!("{:x}", gauges.server_id)])
            .set(1);
        self.server_version
            .with_label_values(&[crate::server::member::SERVER_VERSION])
            .set(1);
        let cluster = crate::server::member::CLUSTER_VERSION;
        let cluster = cluster
            .rsplit_once('.')
            .map_or(cluster, |(major_minor, _)| major_minor);
        self.cluster_version.with_label_values(&[cluster]).set(1);
        set(&self.proposals_committed, gauges.commit);
        set(&self.proposals_applied, gauges.applied);
        set(&self.proposals_pending, gauges.proposals_pending);
        set(&self.term, gauges.term);
        set(&self.quota, gauges.quota_backend_bytes);
        set(&self.db_size, gauges.db_size);
        // redb tells free pages only inside a write transaction: in use is the file's size, as
        // Status's dbSizeInUse.
        set(&self.db_size_in_use, gauges.db_size);
        self.revision.set(gauges.revision);
        self.compact_revision.set(gauges.compact_revision);
        set(&self.keys, gauges.keys);
        set(&self.watch_streams, gauges.watch.streams as u64);
        set(&self.watchers, gauges.watch.watchers as u64);
        set(&self.slow_watchers, gauges.watch.slow_watchers as u64);
        // A counter: it moves by what was sent since the last scrape.
        let sent = gauges.watch.events_sent;
        self.events_sent
            .inc_by(sent.saturating_sub(self.events_sent.get()));
        set(&self.pending_events, gauges.watch.pending_events as u64);
        let mut out = Vec::new();
        if let Err(e) = TextEncoder::new().encode(&self.registry.gather(), &mut out) {
            tracing::warn!("cannot encode the metrics: {e}");
        }
        String::from_utf8(out).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grpc_series_exist_before_any_call_and_count_by_code() {
        let metrics = Metrics::new(MetricsLevel::Extensive);
        let range = GrpcMethod::of_path("/etcdserverpb.KV/Range").unwrap();
        assert_eq!(range.kind, "unary");
        assert!(GrpcMethod::of_path("/etcdserverpb.KV/Nothing").is_none());
        let before = metrics.render(&gauges());
        assert!(before.contains(
            r#"grpc_server_handled_total{grpc_code="Unavailable",grpc_method="Range",grpc_service="etcdserverpb.KV",grpc_type="unary"} 0"#
        ), "{before}");
        metrics.grpc_started(range);
        metrics.grpc_handled(range, "OK", Duration::from_millis(3));
        let after = metrics.render(&gauges());
        assert!(after.contains(
            r#"grpc_server_handled_total{grpc_code="OK",grpc_method="Range",grpc_service="etcdserverpb.KV",grpc_type="unary"} 1"#
        ));
        assert!(after.contains(
            r#"grpc_server_handling_seconds_bucket{grpc_method="Range",grpc_service="etcdserverpb.KV",grpc_type="unary",le="0.005"} 1"#
        ));
        assert!(!Metrics::new(MetricsLevel::Basic)
            .render(&gauges())
            .contains("grpc_server_handling_seconds"));
    }

    #[test]
    fn peer_series_exist_once_a_peer_is_dialled() {
        let metrics = Metrics::default();
        metrics.peer_added(7);
        metrics.peer_round_trip(7, Duration::from_millis(2));
        let text = metrics.render(&gauges());
        assert!(
            text.contains(r#"etcd_network_peer_sent_failures_total{To="7"} 0"#),
            "{text}"
        );
        assert!(text.contains(r#"etcd_network_peer_round_trip_time_seconds_count{To="7"} 1"#));
    }

    fn gauges() -> Gauges {
        Gauges {
            has_leader: true,
            is_leader: true,
            is_learner: false,
            proposals_pending: 0,
            db_size: 1,
            quota_backend_bytes: 2,
            revision: 1,
            compact_revision: 0,
            keys: 0,
            watch: Default::default(),
            term: 2,
            applied: 3,
            commit: 3,
            server_id: 0xabc,
        }
    }
}
