//! Starting and stopping a member: the data directory, the node task, the listeners, systemd
//! readiness and signals.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::server::api::peer::PeerService;
use crate::server::auth::token::Tokens;
use crate::server::auth::{AuthState, AuthStore};
use crate::server::config::{AutoCompaction, ClusterState, ServerConfig};
use crate::server::data_dir::{self, DataDir, Identity};
use crate::server::member::{Limits, Member};
use crate::server::metrics::Metrics;
use crate::server::proto::ctlpb::internal_request::Request as Internal;
use crate::server::proto::ctlpb::raft_server::RaftServer;
use crate::server::proto::etcdserverpb::CompactionRequest;
use crate::server::proto::etcdserverpb::Member as MemberInfo;
use crate::server::raft::node::{
    self, NodeConfig, NodeMsg, NodeShared, RaftStatus, Stop, StopSignal,
};
use crate::server::raft::raft_log::RaftLog;
use crate::server::raft::transport::{Dialer, PeerIdentity, Transport};
use crate::server::raft::wal::Wal;
use crate::server::storage::lease::Lessor;
use crate::server::storage::mvcc::Store;
use crate::server::storage::watch::{WatchHub, WatchLimits};
use crate::server::tls::ReloadingTls;
use crate::server::{api, gateway, http, ids, listen};

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
    let peer_urls: Vec<String> = config
        .initial_advertise_peer_urls
        .iter()
        .map(|u| u.to_string())
        .collect();
    let client_urls: Vec<String> = config
        .advertise_client_urls
        .iter()
        .map(|u| u.to_string())
        .collect();
    // TLS files are read and checked before anything starts, so a bad file fails fast.
    let client_tls = config
        .client_tls
        .as_ref()
        .map(|files| ReloadingTls::load("client", files, &config.tls_policy))
        .transpose()?;
    let peer_tls = config
        .peer_tls
        .as_ref()
        .map(|files| ReloadingTls::load("peer", files, &config.tls_policy))
        .transpose()?;
    let dialer = Dialer::new(peer_tls.clone());

    let data = DataDir {
        root: config.data_dir.clone(),
    };
    let mut known_members = Vec::new();
    let (id, cluster_id, bootstrap) = match data.identity()? {
        Some(found) => {
            if config.initial_cluster_state == ClusterState::New {
                let (_, expected, _) = data_dir::initial_members(
                    &config.initial_cluster,
                    &config.initial_cluster_token,
                );
                check_same_cluster(&data, &found, expected)?;
            }
            (found.member_id()?, found.cluster_id()?, None)
        }
        None => {
            data.check_empty()?;
            let (id, cluster_id, members) = match config.initial_cluster_state {
                ClusterState::New => {
                    let (members, cluster_id, _) = data_dir::initial_members(
                        &config.initial_cluster,
                        &config.initial_cluster_token,
                    );
                    let id = ids::member_id(&peer_urls, &config.initial_cluster_token);
                    (id, cluster_id, Some(members))
                }
                ClusterState::Existing => {
                    let (id, cluster_id, members) =
                        runtime.block_on(join_existing(&config, &dialer, &peer_urls))?;
                    known_members = members;
                    (id, cluster_id, None)
                }
            };
            data.create(&Identity::new(&config.name, id, cluster_id))?;
            (id, cluster_id, members)
        }
    };

    let opened = Store::open(&data.backend()).map_err(|e| {
        Error::new(
            e,
            "check the disk and permissions of --data-dir; restore from a snapshot if it is damaged",
        )
    })?;
    let store = Arc::new(opened.store);
    if store.is_removed(id) {
        return Err(Error::new(
            format!("member {id:x} was removed from the cluster"),
            "to rejoin, add it again with `etcdctl member add` and start it with an empty --data-dir and --initial-cluster-state existing",
        ));
    }
    let (mut wal, recovered) = Wal::open(&data.wal()).map_err(|e| {
        Error::new(
            format!("cannot open the WAL in {}: {e}", data.wal().display()),
            "check the disk; a WAL damaged before its last record needs a restore from a snapshot",
        )
    })?;
    let mut log = RaftLog::new(
        recovered.snapshot,
        recovered.hard_state,
        (recovered.entries, recovered.locations),
        wal.dir().to_path_buf(),
        store.clone(),
    );
    if let Some(members) = bootstrap {
        let meta = data_dir::bootstrap(&store, &mut wal, &members)
            .map_err(|e| Error::new(e, "check the disk under --data-dir"))?;
        log.apply_snapshot(&meta);
        log.hard_state.term = 1;
    }

    // etcd's minimum lease TTL: 1.5 election timeouts, rounded up to whole seconds.
    let min_ttl = ((3 * config.election_timeout_ms) as f64 / 2000.0).ceil() as i64;
    let lessor = Arc::new(Lessor::new(min_ttl, &opened.leases));
    let hub = WatchHub::new(store.clone(), WatchLimits::default());
    let auth = Arc::new(load_auth(&store, &config)?);
    let status = Arc::new(RaftStatus::default());
    let metrics = Arc::new(Metrics::new(config.metrics));
    store.set_metrics(metrics.clone());
    let (applied_tx, applied_rx) = tokio::sync::watch::channel(0u64);
    let (inbox_tx, inbox_rx) = node::channel();
    let stop = Arc::new(StopSignal::default());
    let me = PeerIdentity {
        cluster_id,
        member_id: id,
    };
    let transport = Arc::new(Transport::new(
        me,
        dialer.clone(),
        runtime.handle().clone(),
        inbox_tx.clone(),
        &known_members,
        metrics.clone(),
    ));
    let node_task = node::start(
        NodeConfig {
            id,
            heartbeat: Duration::from_millis(config.heartbeat_interval_ms),
            election_timeout: Duration::from_millis(config.election_timeout_ms),
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
            transport,
            stop: stop.clone(),
            auth: auth.clone(),
        },
        (inbox_tx.clone(), inbox_rx),
        runtime.handle(),
    )
    .map_err(|e| Error::new(e, "check --data-dir"))?;

    let member = Arc::new(Member {
        id,
        cluster_id,
        name: config.name.clone(),
        peer_urls,
        client_urls,
        store,
        lessor,
        hub,
        auth,
        client_cert_auth: config
            .client_tls
            .as_ref()
            .is_some_and(|t| t.client_cert_auth),
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
        next_request: Member::request_ids(),
        dialer,
    });

    let data_dir = config.data_dir.clone();
    let result = runtime.block_on(serve(config, member.clone(), client_tls, peer_tls, &stop));
    // Stop the node cleanly: sync the WAL and make the backend durable.
    let (done, stopped) = tokio::sync::oneshot::channel();
    if inbox_tx.send(NodeMsg::Shutdown { done }).is_ok() {
        let _ = stopped.blocking_recv();
    }
    let _ = runtime.block_on(node_task);
    tracing::info!(name = %member.name, "member stopped");
    match stop.reason() {
        Some(Stop::Removed) => {
            // Exit 0 as etcd does, so Restart=on-failure does not bring it back.
            eprintln!("this member was removed from the cluster; to rejoin, add it again with `etcdctl member add` and start it with an empty --data-dir and --initial-cluster-state existing");
            Ok(())
        }
        Some(Stop::Storage(cause)) => Err(Error::new(
            cause,
            format!(
                "free space on the file system holding --data-dir {} (or repair the disk), then \
                 start the member again: it acknowledged nothing it had not persisted, and catches \
                 up from its WAL and the cluster",
                data_dir.display()
            ),
        )),
        Some(Stop::Crashed(what)) => Err(Error::new(
            format!("the raft node stopped on a bug: {what}"),
            "start the member again: it acknowledged nothing it had not persisted, and catches up \
             from its WAL and the cluster; please report the log above",
        )),
        None => result,
    }
}

fn check_same_cluster(data: &DataDir, found: &Identity, expected: u64) -> Result<()> {
    if found.cluster_id()? != expected {
        return Err(Error::new(
            format!(
                "cluster ID mismatch: {} belongs to cluster {}, but these flags make cluster {expected:x}",
                data.root.display(),
                found.cluster_id
            ),
            "use the --initial-cluster and --initial-cluster-token this data was created with, or another --data-dir",
        ));
    }
    Ok(())
}

/// A member joining a running cluster (--initial-cluster-state existing) learns its ID and the
/// cluster's from the members listed in --initial-cluster: it must have been added first.
async fn join_existing(
    config: &ServerConfig,
    dialer: &Dialer,
    own_peer_urls: &[String],
) -> Result<(u64, u64, Vec<MemberInfo>)> {
    let peers: Vec<String> = config
        .initial_cluster
        .iter()
        .filter(|(name, _)| *name != config.name)
        .flat_map(|(_, urls)| urls.iter().map(|u| u.to_string()))
        .collect();
    let response = dialer.fetch_members(&peers).await.map_err(|e| {
        Error::new(
            format!("cannot reach the cluster to join: {e}"),
            "list running members in --initial-cluster and check the peer certificates",
        )
    })?;
    let mut own = own_peer_urls.to_vec();
    own.sort();
    let found = response.members.iter().find(|m| {
        let mut urls = m.peer_ur_ls.clone();
        urls.sort();
        urls == own
    });
    match found {
        Some(member) => Ok((member.id, response.cluster_id, response.members.clone())),
        None => Err(Error::new(
            format!(
                "the cluster has no member with peer URLs {}",
                own_peer_urls.join(",")
            ),
            format!(
                "add it first: etcdctl member add {} --peer-urls={}",
                config.name,
                own_peer_urls.join(",")
            ),
        )),
    }
}

/// How long a removed member keeps its listeners after its removal, so the answer to the
/// `member remove` that removed it reaches the client (etcd stops about a second later too).
const REMOVED_GRACE: Duration = Duration::from_secs(1);

async fn serve(
    config: ServerConfig,
    member: Arc<Member>,
    client_tls: Option<Arc<ReloadingTls>>,
    peer_tls: Option<Arc<ReloadingTls>>,
    stop: &StopSignal,
) -> Result<()> {
    for tls in client_tls.iter().chain(&peer_tls) {
        member.metrics.certificates_loaded(tls);
        let reporter = member.clone();
        tls.watch(move |tls, outcome| reporter.metrics.tls_reload(tls, outcome));
    }
    let peer_router = tonic::service::Routes::new(
        RaftServer::new(PeerService {
            member: member.clone(),
        })
        .max_decoding_message_size(usize::MAX)
        .max_encoding_message_size(usize::MAX),
    )
    .into_axum_router()
    .merge(api::peer::stream_router(member.clone()));
    let client_listeners = listen::bind_all(&config.listen_client_urls).await?;
    // etcd's --listen-metrics-urls: /metrics and /health alone, served from the start.
    let metrics_listeners = listen::bind_all(&config.listen_metrics_urls).await?;
    listen::serve_bound(
        metrics_listeners,
        client_tls.clone(),
        http::metrics_router(member.clone()),
        "metrics",
    );
    listen::serve_all(&config.listen_peer_urls, peer_tls, peer_router, "peers").await?;
    tokio::spawn(api::lease::expire_leases(member.clone()));
    tokio::spawn(probe_peers(member.clone()));
    if config.auto_compaction != AutoCompaction::Off {
        tokio::spawn(auto_compact(member.clone(), config.auto_compaction.clone()));
    }

    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .map_err(|e| {
        Error::new(format!("cannot handle SIGTERM: {e}"), "check system limits")
    })?;
    // As etcd: clients are served once this member's name and client URLs are in the member
    // list, so no client ever sees it without them.
    let stopped = tokio::select! {
        _ = publish_attributes(member.clone()) => false,
        _ = terminate.recv() => true,
        _ = tokio::signal::ctrl_c() => true,
        _ = stop.stopped() => true,
    };
    if !stopped {
        let http = http::router(member.clone())
            .merge(gateway::router(member.clone()))
            .fallback(gateway::unknown_path);
        let service = api::dispatch::ClientService::new(member.clone(), http);
        listen::serve_bound(client_listeners, client_tls, service, "client requests");
        tokio::spawn(notify_ready(member.clone()));
        tokio::select! {
            _ = terminate.recv() => tracing::info!("received SIGTERM, stopping"),
            _ = tokio::signal::ctrl_c() => tracing::info!("received SIGINT, stopping"),
            reason = stop.stopped() => if reason == Stop::Removed {
                tokio::time::sleep(REMOVED_GRACE).await;
            },
        }
    } else {
        tracing::info!("stopping before the member was published");
    }
    let _ = sd_notify::notify(&[sd_notify::NotifyState::Stopping]);
    Ok(())
}

/// The auth store as the backend holds it, with tokens as --auth-token says.
fn load_auth(store: &Store, config: &ServerConfig) -> Result<AuthStore> {
    let damaged = |e: String| {
        Error::new(
            format!("cannot read the auth store in the backend: {e}"),
            "restore the data directory from a snapshot",
        )
    };
    let rows = store.auth_rows().map_err(|e| damaged(e.to_string()))?;
    let state = AuthState::from_rows(&rows).map_err(damaged)?;
    let tokens = Tokens::from_flags(&config.auth_token, config.auth_token_ttl)
        .map_err(|e| Error::new(e, "check --auth-token"))?;
    Ok(AuthStore::new(state, tokens, config.bcrypt_cost))
}

/// How often each peer's round trip is measured (etcd probes every few seconds too).
const PROBE_INTERVAL: Duration = Duration::from_secs(4);

/// Measures the round trip to every other member, for etcd_network_peer_round_trip_time_seconds.
async fn probe_peers(member: Arc<Member>) {
    let mut ticker = tokio::time::interval(PROBE_INTERVAL);
    loop {
        ticker.tick().await;
        for peer in member.store.members() {
            let Some(url) = peer.peer_ur_ls.first().filter(|_| peer.id != member.id) else {
                continue;
            };
            if let Ok(took) = member.dialer.probe(url).await {
                member.metrics.peer_round_trip(peer.id, took);
            }
        }
    }
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

/// Records this member's name and client URLs in the replicated membership (etcd's publish),
/// retrying until a leader accepts it.
async fn publish_attributes(member: Arc<Member>) {
    loop {
        let current = member
            .store
            .members()
            .into_iter()
            .find(|m| m.id == member.id);
        let wanted = MemberInfo {
            id: member.id,
            name: member.name.clone(),
            client_ur_ls: member.client_urls.clone(),
            ..Default::default()
        };
        let published = current
            .as_ref()
            .is_some_and(|m| m.name == wanted.name && m.client_ur_ls == wanted.client_ur_ls);
        if published {
            return;
        }
        if current.is_some() && member.has_leader() {
            match member.propose(Internal::MemberAttributes(wanted)).await {
                Ok(_) => continue,
                Err(e) => tracing::debug!("cannot publish member attributes yet: {e}"),
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
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
