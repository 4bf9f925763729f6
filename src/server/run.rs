//! Starting and stopping a member: the data directory, the node thread, the listeners, systemd
//! readiness and signals.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio_rustls::TlsAcceptor;

use super::config::{AutoCompaction, ServerConfig};
use super::lease::Lessor;
use super::member::{Limits, Member, MemberParts};
use super::metrics::Metrics;
use super::mvcc::Store;
use super::node::{self, NodeConfig, NodeMsg, NodeShared, RaftStatus};
use super::proto::ctlpb::internal_request::Request as Internal;
use super::proto::etcdserverpb::CompactionRequest;
use super::raft_log::RaftLog;
use super::wal::Wal;
use super::watch::WatchHub;
use super::{api, http, ids, listen};
use crate::error::{Error, Result};

/// The data directory, laid out as etcd's: `member/wal/` and `member/snap/db`, plus ctl's record
/// of whose data it is.
pub struct DataDir {
    pub root: PathBuf,
}

/// Who a data directory belongs to, checked at every start.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Identity {
    name: String,
    member_id: String,
    cluster_id: String,
    created_by: String,
}

impl DataDir {
    pub fn wal(&self) -> PathBuf {
        self.root.join("member").join("wal")
    }

    pub fn backend(&self) -> PathBuf {
        self.root.join("member").join("snap").join("db")
    }

    fn identity_path(&self) -> PathBuf {
        self.root.join("member").join("ctl-member.json")
    }

    /// Creates the layout (0700, as etcd does) or checks that it belongs to this member.
    fn prepare(&self, identity: &Identity) -> Result<()> {
        let io = |action: &str, path: &Path, e: std::io::Error| Error::io(action, path, &e);
        for dir in [self.wal(), self.backend().parent().unwrap().to_path_buf()] {
            std::fs::create_dir_all(&dir).map_err(|e| io("create", &dir, e))?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for dir in [self.root.clone(), self.root.join("member")] {
                std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
                    .map_err(|e| io("set permissions on", &dir, e))?;
            }
        }
        let path = self.identity_path();
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let found: Identity = serde_json::from_str(&text).map_err(|e| {
                    Error::new(
                        format!("{} is damaged: {e}", path.display()),
                        "restore the data directory from a backup, or move it aside to start fresh",
                    )
                })?;
                if found.cluster_id != identity.cluster_id {
                    return Err(Error::new(
                        format!(
                            "cluster ID mismatch: {} belongs to cluster {}, but these flags make cluster {}",
                            self.root.display(),
                            found.cluster_id,
                            identity.cluster_id
                        ),
                        "use the --initial-cluster and --initial-cluster-token this data was created with, or another --data-dir",
                    ));
                }
                if found.member_id != identity.member_id {
                    return Err(Error::new(
                        format!(
                            "{} belongs to member {} ({}), not {} ({})",
                            self.root.display(),
                            found.name,
                            found.member_id,
                            identity.name,
                            identity.member_id
                        ),
                        "each member needs its own --data-dir",
                    ));
                }
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let wal_has_data = std::fs::read_dir(self.wal())
                    .map(|mut d| d.next().is_some())
                    .unwrap_or(false);
                if wal_has_data || self.backend().exists() {
                    return Err(Error::new(
                        format!(
                            "{} holds data but no ctl member record ({})",
                            self.root.display(),
                            path.display()
                        ),
                        "ctl cannot adopt an etcd data directory; restore with `etcdctl snapshot restore` into a new etcd, or use an empty --data-dir",
                    ));
                }
                let text = serde_json::to_string_pretty(identity).expect("identity serializes");
                let mut files = crate::output::FileSet::new();
                files.add(&path, text.into_bytes(), crate::output::Access::Public);
                files.write_all().map(|_| ())
            }
            Err(e) => Err(io("read", &path, e)),
        }
    }
}

fn init_tracing(level: &str) {
    let level = match level {
        "debug" => tracing::Level::DEBUG,
        "warn" => tracing::Level::WARN,
        "error" | "panic" | "fatal" => tracing::Level::ERROR,
        _ => tracing::Level::INFO,
    };
    let _ = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false)
        .try_init();
}

/// Runs a member until SIGTERM or SIGINT.
pub fn run(config: ServerConfig) -> Result<()> {
    init_tracing(&config.log_level);
    if config.initial_cluster.len() > 1 {
        return Err(Error::new(
            format!(
                "--initial-cluster lists {} members, but this ctl member does not replicate yet",
                config.initial_cluster.len()
            ),
            "run a one-member cluster for now (--initial-cluster NAME=PEER_URL)",
        ));
    }
    let peer_urls: Vec<String> = config
        .initial_advertise_peer_urls
        .iter()
        .map(|u| u.to_string())
        .collect();
    let member_ids: Vec<u64> = config
        .initial_cluster
        .iter()
        .map(|(_, urls)| {
            let urls: Vec<String> = urls.iter().map(|u| u.to_string()).collect();
            ids::member_id(&urls, &config.initial_cluster_token)
        })
        .collect();
    let id = ids::member_id(&peer_urls, &config.initial_cluster_token);
    let cluster_id = ids::cluster_id(&member_ids);
    let data = DataDir {
        root: config.data_dir.clone(),
    };
    data.prepare(&Identity {
        name: config.name.clone(),
        member_id: format!("{id:x}"),
        cluster_id: format!("{cluster_id:x}"),
        created_by: format!("ctl {}", env!("CARGO_PKG_VERSION")),
    })?;

    // TLS files are read before anything starts, so a bad path fails fast.
    let client_tls = config
        .client_tls
        .as_ref()
        .map(listen::server_tls)
        .transpose()?;

    let opened = Store::open(&data.backend()).map_err(|e| {
        Error::new(
            e,
            "check the disk and permissions of --data-dir; restore from a snapshot if it is damaged",
        )
    })?;
    let store = Arc::new(opened.store);
    let (wal, recovered) = Wal::open(&data.wal()).map_err(|e| {
        Error::new(
            format!("cannot open the WAL in {}: {e}", data.wal().display()),
            "check the disk; a WAL damaged before its last record needs a restore from a snapshot",
        )
    })?;
    let log = RaftLog::new(recovered.snapshot, recovered.hard_state, recovered.entries);

    let election_ticks =
        (config.election_timeout_ms / config.heartbeat_interval_ms).max(2) as usize;
    // etcd's minimum lease TTL: 1.5 election timeouts, rounded up to whole seconds.
    let min_ttl = ((3 * config.election_timeout_ms) as f64 / 2000.0).ceil() as i64;
    let lessor = Arc::new(Lessor::new(min_ttl, &opened.leases));
    let hub = Arc::new(WatchHub::new(store.revision()));
    let status = Arc::new(RaftStatus::default());
    let metrics = Arc::new(Metrics::default());
    let (applied_tx, applied_rx) = tokio::sync::watch::channel(0u64);
    let (inbox_tx, inbox_rx) = std::sync::mpsc::channel();
    let node_thread = node::start(
        NodeConfig {
            id,
            voters: member_ids.clone(),
            tick: Duration::from_millis(config.heartbeat_interval_ms),
            election_ticks,
            snapshot_count: config.snapshot_count,
        },
        wal,
        log,
        NodeShared {
            store: store.clone(),
            hub: hub.clone(),
            lessor: lessor.clone(),
            status: status.clone(),
            metrics: metrics.clone(),
            applied: applied_tx,
        },
        inbox_rx,
    )
    .map_err(|e| Error::new(e, "check --data-dir"))?;

    let member = Arc::new(Member::new(MemberParts {
        id,
        cluster_id,
        name: config.name.clone(),
        peer_urls,
        client_urls: config
            .advertise_client_urls
            .iter()
            .map(|u| u.to_string())
            .collect(),
        store,
        lessor,
        hub,
        status,
        metrics,
        limits: Limits {
            max_request_bytes: config.max_request_bytes,
            max_txn_ops: config.max_txn_ops,
            quota_backend_bytes: config.quota_backend_bytes,
        },
        request_timeout: Duration::from_secs(5)
            + Duration::from_millis(2 * config.election_timeout_ms),
        node: inbox_tx.clone(),
        applied: applied_rx,
    }));

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("ctl-serve")
        .build()
        .map_err(|e| {
            Error::new(
                format!("cannot start the runtime: {e}"),
                "check system limits",
            )
        })?;
    let result = runtime.block_on(serve(config, member.clone(), client_tls));
    // Stop the node cleanly: sync the WAL and make the backend durable.
    let (done, stopped) = tokio::sync::oneshot::channel();
    if inbox_tx.send(NodeMsg::Shutdown { done }).is_ok() {
        let _ = stopped.blocking_recv();
    }
    let _ = node_thread.join();
    tracing::info!(name = %member.name, "member stopped");
    result
}

async fn serve(
    config: ServerConfig,
    member: Arc<Member>,
    client_tls: Option<Arc<rustls::ServerConfig>>,
) -> Result<()> {
    let router = api::routes(member.clone()).merge(http::router(member.clone()));
    for url in &config.listen_client_urls {
        let listener = listen::bind(&url.authority()).await?;
        let tls = if url.is_tls() {
            let tls = client_tls.clone().ok_or_else(|| {
                Error::new(
                    format!("{url} is https but no client certificate is configured"),
                    "pass --cert-file and --key-file, or use an http:// URL",
                )
            })?;
            Some(TlsAcceptor::from(tls))
        } else {
            None
        };
        tracing::info!(%url, "serving client requests");
        tokio::spawn(listen::serve(listener, tls, router.clone()));
    }
    tokio::spawn(api::lease::expire_leases(member.clone()));
    if config.auto_compaction != AutoCompaction::Off {
        tokio::spawn(auto_compact(member.clone(), config.auto_compaction.clone()));
    }
    tokio::spawn(notify_ready(member.clone()));

    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .map_err(|e| {
        Error::new(format!("cannot handle SIGTERM: {e}"), "check system limits")
    })?;
    tokio::select! {
        _ = terminate.recv() => tracing::info!("received SIGTERM, stopping"),
        _ = tokio::signal::ctrl_c() => tracing::info!("received SIGINT, stopping"),
    }
    let _ = sd_notify::notify(&[sd_notify::NotifyState::Stopping]);
    Ok(())
}

/// Tells systemd (Type=notify units) the member serves once it has a leader.
async fn notify_ready(member: Arc<Member>) {
    while !member.has_leader() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tracing::info!(
        name = %member.name,
        id = format!("{:x}", member.id),
        cluster = format!("{:x}", member.cluster_id),
        "ready to serve client requests"
    );
    if let Err(e) = sd_notify::notify(&[sd_notify::NotifyState::Ready]) {
        tracing::warn!("cannot notify systemd: {e}");
    }
}

/// etcd's auto-compaction: `periodic` keeps the given span of history, `revision` the given
/// number of revisions. Only the leader proposes.
async fn auto_compact(member: Arc<Member>, mode: AutoCompaction) {
    let (every, keep_samples) = match &mode {
        AutoCompaction::Periodic(span) => {
            let every = (*span / 10).max(Duration::from_secs(1));
            (every, 10usize)
        }
        AutoCompaction::Revision(_) => (Duration::from_secs(300), 0),
        AutoCompaction::Off => return,
    };
    let mut samples = std::collections::VecDeque::new();
    let mut ticker = tokio::time::interval(every);
    loop {
        ticker.tick().await;
        let revision = member.store.revision();
        let target = match &mode {
            AutoCompaction::Periodic(_) => {
                samples.push_back(revision);
                if samples.len() <= keep_samples {
                    continue;
                }
                samples.pop_front().unwrap_or(0)
            }
            AutoCompaction::Revision(keep) => revision - *keep as i64,
            AutoCompaction::Off => return,
        };
        if !member.status.is_leader.load(Ordering::Acquire)
            || target <= member.store.compact_revision()
        {
            continue;
        }
        match member
            .propose(Internal::Compaction(CompactionRequest {
                revision: target,
                physical: false,
            }))
            .await
        {
            Ok(_) => tracing::info!(revision = target, "auto-compacted"),
            Err(e) => tracing::warn!(revision = target, "auto-compaction failed: {e}"),
        }
    }
}
