//! The raft node: one task on the member's runtime owning the raft-rs `RawNode`, the WAL and the
//! apply loop.
//!
//! Each turn of the loop takes every message waiting on its channel (proposals, read requests,
//! peers' raft messages), hands them to raft, then handles the `Ready`s: the new entries and
//! hard state are written to the WAL and a thread of its own (`syncer`) makes them durable with
//! one fdatasync for every Ready written meanwhile (group commit), while the loop goes on. Only
//! once a Ready is durable are the messages that depend on it sent (a follower's
//! acknowledgements and votes); the leader's appends go out before its own sync, so both
//! overlap. Committed entries are applied in one backend transaction per batch and waiters
//! answered after their entry applies. Running as a task, a proposal, its replication and its
//! answer pass between the connections and the node without waking another thread.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use prost::Message as _;
use protobuf::Message as _;
use raft::eraftpb::{ConfChange, ConfChangeType, ConfState, Entry, EntryType, Message};
use raft::{RawNode, SnapshotStatus, StateRole};
use tokio::sync::oneshot;

use super::raft_log::RaftLog;
use super::reads::ReadRounds;
use super::syncer::{Synced, Syncer, Unsynced};
use super::transport::Transport;
use super::wal::Wal;
use crate::server::auth::store::{is_auth_change, Effect};
use crate::server::auth::{AuthInfo, AuthStore};
use crate::server::errors::{ApiError, ApiResult};
use crate::server::metrics::Metrics;
use crate::server::proto::ctlpb::internal_request::Request;
use crate::server::proto::ctlpb::{ConfChangeContext, InternalRequest};
use crate::server::proto::etcdserverpb::Member as MemberInfo;
use crate::server::storage::apply::{self, Applied, Effects, Response};
use crate::server::storage::lease::Lessor;
use crate::server::storage::mvcc::Store;
use crate::server::storage::watch::WatchHub;

/// One request's apply slower than this counts in etcd_server_slow_apply_total, as in etcd.
const SLOW_APPLY: Duration = Duration::from_millis(100);

/// A ReadIndex round unanswered this long is asked again (etcd's readIndexRetryTime).
const READ_INDEX_RETRY: Duration = Duration::from_millis(500);

/// Make the backend durable (and let the WAL be trimmed) at least this often.
const PERSIST_EVERY: Duration = Duration::from_secs(5);
const PERSIST_ENTRIES: u64 = 10_000;
/// Entries kept in the log behind a compaction, for followers that lag a little.
const CATCH_UP_ENTRIES: u64 = 5_000;

pub type Waiter = oneshot::Sender<ApiResult<Applied>>;
/// Answered with the read index: the commit index the leader confirmed.
pub type ReadWaiter = oneshot::Sender<ApiResult<u64>>;

/// The node's inbox, for the API, the peer transport and the WAL syncer.
pub type NodeSender = tokio::sync::mpsc::UnboundedSender<NodeMsg>;
pub type NodeReceiver = tokio::sync::mpsc::UnboundedReceiver<NodeMsg>;

pub fn channel() -> (NodeSender, NodeReceiver) {
    tokio::sync::mpsc::unbounded_channel()
}

pub enum NodeMsg {
    /// A raft message from a peer.
    Raft(Message),
    /// A peer could not be reached; raft slows down probing it.
    Unreachable {
        id: u64,
    },
    /// Whether a snapshot sent to a peer went out.
    SnapshotStatus {
        id: u64,
        finished: bool,
    },
    /// A membership change; `member` travels in the entry so every member records it.
    ConfChange {
        id: u64,
        change: ConfChange,
        member: MemberInfo,
        done: Waiter,
    },
    /// Hand leadership to `target` (etcd's MoveLeader).
    TransferLeader {
        target: u64,
        done: oneshot::Sender<ApiResult<()>>,
    },
    Propose {
        id: u64,
        data: Vec<u8>,
        done: Waiter,
    },
    ReadIndex {
        done: ReadWaiter,
    },
    /// A peer refused this member as removed from the cluster.
    Removed,
    /// What the WAL syncer made durable.
    Synced(Synced),
    Shutdown {
        done: oneshot::Sender<()>,
    },
}

/// Why the node stopped on its own; the member then stops too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// This member was removed from the cluster (etcd then exits 0).
    Removed,
    /// The WAL or the backend failed: raft cannot acknowledge what it cannot persist.
    Storage(String),
    /// The node hit a bug (a panic, already logged).
    Crashed(String),
}

/// Where the node leaves its reason to stop, for the process to act on.
#[derive(Default)]
pub struct StopSignal {
    reason: std::sync::Mutex<Option<Stop>>,
    notify: tokio::sync::Notify,
}

impl StopSignal {
    fn raise(&self, stop: Stop) {
        let mut reason = self.reason.lock().unwrap_or_else(|e| e.into_inner());
        reason.get_or_insert(stop);
        self.notify.notify_waiters();
    }

    pub fn reason(&self) -> Option<Stop> {
        self.reason
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Resolves once the node stopped on its own.
    pub async fn stopped(&self) -> Stop {
        loop {
            let notified = self.notify.notified();
            if let Some(stop) = self.reason() {
                return stop;
            }
            notified.await;
        }
    }
}

/// What the API reads about raft without asking the node task.
#[derive(Default)]
pub struct RaftStatus {
    pub leader: AtomicU64,
    pub term: AtomicU64,
    pub commit: AtomicU64,
    pub applied: AtomicU64,
    pub last_index: AtomicU64,
    pub is_leader: AtomicBool,
}

impl RaftStatus {
    pub fn get(value: &AtomicU64) -> u64 {
        value.load(Ordering::Acquire)
    }
}

pub struct NodeConfig {
    pub id: u64,
    pub heartbeat: Duration,
    pub election_timeout: Duration,
    pub snapshot_count: u64,
}

/// How raft's logical clock is cut from the heartbeat interval.
struct Ticks {
    tick: Duration,
    heartbeat: usize,
    election: usize,
    /// Exclusive upper bound of the randomized election timeout.
    election_max: usize,
}

impl Ticks {
    /// etcd ticks once per heartbeat, so a follower's randomized election timeout takes one of
    /// only ten values (at the defaults) and members whose clocks tick in phase often campaign
    /// in the same tick, split the vote and lose a whole further timeout. Ten ticks per
    /// heartbeat give ninety values; the timeout stays within [election, 2 × election −
    /// heartbeat) after the last heartbeat heard, so a follower still campaigns within two
    /// election timeouts of the leader's last sign of life.
    const PER_HEARTBEAT: u32 = 10;

    fn new(heartbeat: Duration, election_timeout: Duration) -> Ticks {
        let per_heartbeat = Self::PER_HEARTBEAT.min(heartbeat.as_millis().max(1) as u32);
        let tick = heartbeat / per_heartbeat;
        let heartbeat = per_heartbeat as usize;
        let election =
            ((election_timeout.as_micros() / tick.as_micros().max(1)) as usize).max(2 * heartbeat);
        Ticks {
            tick,
            heartbeat,
            election,
            election_max: 2 * election - heartbeat,
        }
    }

    /// Sets raft's heartbeat and election ticks.
    fn configure(&self, config: &mut raft::Config) {
        config.heartbeat_tick = self.heartbeat;
        config.election_tick = self.election;
        config.min_election_tick = self.election;
        config.max_election_tick = self.election_max;
    }
}

/// The shared parts the node updates as it applies.
pub struct NodeShared {
    pub store: Arc<Store>,
    pub hub: Arc<WatchHub>,
    pub lessor: Arc<Lessor>,
    pub status: Arc<RaftStatus>,
    pub metrics: Arc<Metrics>,
    pub applied: tokio::sync::watch::Sender<u64>,
    pub transport: Arc<Transport>,
    pub stop: Arc<StopSignal>,
    pub auth: Arc<AuthStore>,
}

struct Node {
    raw: RawNode<RaftLog>,
    wal: Wal,
    shared: NodeShared,
    waiters: HashMap<u64, Waiter>,
    reads: ReadRounds<ReadWaiter>,
    applied: u64,
    persisted_index: u64,
    last_persist: Instant,
    snapshot_count: u64,
    election_timeout: Duration,
    was_leader: bool,
    transfer: Option<(u64, Instant, oneshot::Sender<ApiResult<()>>)>,
    /// Each member's first peer URL, for the membership version it was built from.
    peer_urls: (Option<u64>, HashMap<u64, String>),
    /// This member's own removal was applied (or a peer said so): stop after this turn.
    removed: bool,
    syncer: Syncer,
    /// The last Ready handed to the syncer and not reported synced yet (0: none).
    syncing: u64,
    unsynced: Unsynced<Message>,
    /// The syncer failed: stop at the end of this turn.
    sync_failed: Option<String>,
}

/// A tracing sink for raft-rs's slog logs.
struct TracingDrain;

impl slog::Drain for TracingDrain {
    type Ok = ();
    type Err = slog::Never;
    fn log(&self, record: &slog::Record, _: &slog::OwnedKVList) -> Result<(), slog::Never> {
        match record.level() {
            slog::Level::Critical | slog::Level::Error => {
                tracing::error!(target: "raft", "{}", record.msg())
            }
            slog::Level::Warning => tracing::warn!(target: "raft", "{}", record.msg()),
            slog::Level::Info => tracing::info!(target: "raft", "{}", record.msg()),
            _ => tracing::debug!(target: "raft", "{}", record.msg()),
        }
        Ok(())
    }
}

/// Starts the node task over the recovered WAL. `log` already holds what the WAL replayed.
pub fn start(
    config: NodeConfig,
    wal: Wal,
    mut log: RaftLog,
    shared: NodeShared,
    (inbox_sender, inbox): (NodeSender, NodeReceiver),
    runtime: &tokio::runtime::Handle,
) -> Result<tokio::task::JoinHandle<()>, String> {
    // The membership as of the backend's consistent index: raft replays entries after it,
    // conf changes included, so raft's view and the store's always agree.
    log.conf_state = conf_state_of(&shared.store.members());
    let consistent = shared.store.consistent_index();
    if log.hard_state.commit < consistent {
        log.hard_state.commit = consistent.min(raft::Storage::last_index(&log).unwrap_or(0));
    }
    let applied = consistent
        .min(log.hard_state.commit)
        .max(log.snapshot.index);
    log.release(applied);
    let ticks = Ticks::new(config.heartbeat, config.election_timeout);
    let mut raft_config = raft::Config {
        id: config.id,
        applied,
        max_size_per_msg: 1024 * 1024,
        max_inflight_msgs: 128,
        pre_vote: true,
        check_quorum: true,
        ..Default::default()
    };
    ticks.configure(&mut raft_config);
    raft_config.validate().map_err(|e| format!("raft: {e}"))?;
    let logger = slog::Logger::root(TracingDrain, slog::o!());
    let raw = RawNode::new(&raft_config, log, &logger).map_err(|e| format!("raft: {e}"))?;
    shared.status.applied.store(applied, Ordering::Release);
    let syncer = Syncer::start(shared.metrics.clone(), move |synced| {
        let _ = inbox_sender.send(NodeMsg::Synced(synced));
    })
    .map_err(|e| format!("cannot start the WAL sync thread: {e}"))?;
    let mut node = Node {
        raw,
        wal,
        shared,
        waiters: HashMap::new(),
        reads: ReadRounds::new(config.id),
        applied,
        persisted_index: consistent,
        last_persist: Instant::now(),
        snapshot_count: config.snapshot_count.max(1),
        election_timeout: ticks.tick * ticks.election as u32,
        was_leader: false,
        transfer: None,
        peer_urls: (None, HashMap::new()),
        removed: false,
        syncer,
        syncing: 0,
        unsynced: Unsynced::default(),
        sync_failed: None,
    };
    // A lone voter need not wait out an election timeout.
    if node
        .raw
        .raft
        .prs()
        .conf()
        .voters()
        .ids()
        .iter()
        .collect::<Vec<_>>()
        == [config.id]
    {
        node.raw.campaign().map_err(|e| format!("raft: {e}"))?;
    }
    let stop = node.shared.stop.clone();
    let task = runtime.spawn(node.run(inbox, ticks.tick));
    // A bug that panics the node stops the member rather than leave it serving without raft.
    Ok(runtime.spawn(async move {
        if let Err(e) = task.await {
            if e.is_panic() {
                let panic = e.into_panic();
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                stop.raise(Stop::Crashed(what));
            }
        }
    }))
}

impl Node {
    async fn run(mut self, mut inbox: NodeReceiver, tick: Duration) {
        let mut next_tick = Instant::now() + tick;
        let ticker = tokio::time::sleep_until(next_tick.into());
        tokio::pin!(ticker);
        loop {
            let first = tokio::select! {
                biased;
                msg = inbox.recv() => match msg {
                    Some(msg) => Some(msg),
                    None => break,
                },
                () = &mut ticker => None,
            };
            for msg in first
                .into_iter()
                .chain(std::iter::from_fn(|| inbox.try_recv().ok()))
            {
                if let NodeMsg::Shutdown { done } = msg {
                    self.shutdown();
                    let _ = done.send(());
                    return;
                }
                self.handle(msg);
            }
            if Instant::now() >= next_tick {
                self.raw.tick();
                next_tick += tick;
                if next_tick < Instant::now() {
                    next_tick = Instant::now() + tick;
                }
                ticker.as_mut().reset(next_tick.into());
                if let Some(context) = self.reads.overdue(Instant::now(), READ_INDEX_RETRY) {
                    self.raw.read_index(context);
                }
            }
            self.issue_reads();
            let turn = match self.sync_failed.take() {
                Some(e) => Err(self.wal_error("sync", e)),
                None => self.on_ready(&inbox).and_then(|()| self.maybe_persist()),
            };
            if let Err(e) = turn {
                // The log or the backend failed under us: stop rather than answer wrongly.
                // Nothing unpersisted was acknowledged, so a restart loses nothing.
                tracing::error!("fatal storage error, stopping: {e}");
                self.answer_stopped();
                self.shared.stop.raise(Stop::Storage(e));
                return;
            }
            self.check_transfer();
            if self.removed {
                // Every answer of this turn, the removal's own included, went out above.
                tracing::warn!("this member was removed from the cluster; stopping");
                self.shutdown();
                self.shared.stop.raise(Stop::Removed);
                return;
            }
        }
        self.shutdown();
    }

    fn handle(&mut self, msg: NodeMsg) {
        match msg {
            NodeMsg::Propose { id, data, done } => {
                if self.raw.raft.leader_id == raft::INVALID_ID {
                    let _ = done.send(Err(ApiError::NoLeader));
                    return;
                }
                match self.raw.propose(Vec::new(), data) {
                    Ok(()) => {
                        self.waiters.insert(id, done);
                    }
                    Err(raft::Error::ProposalDropped) => {
                        let _ = done.send(Err(ApiError::NoLeader));
                    }
                    Err(e) => {
                        let _ = done.send(Err(ApiError::internal(format!("raft: {e}"))));
                    }
                }
            }
            NodeMsg::ReadIndex { done } => self.reads.queue(done),
            NodeMsg::Raft(message) => {
                if let Err(e) = self.raw.step(message) {
                    tracing::debug!("raft message dropped: {e}");
                }
            }
            NodeMsg::Unreachable { id } => self.raw.report_unreachable(id),
            NodeMsg::SnapshotStatus { id, finished } => {
                let status = if finished {
                    SnapshotStatus::Finish
                } else {
                    SnapshotStatus::Failure
                };
                self.raw.report_snapshot(id, status);
            }
            NodeMsg::ConfChange {
                id,
                mut change,
                member,
                done,
            } => {
                if let Err(e) = self.check_conf_change(&change) {
                    let _ = done.send(Err(e));
                    return;
                }
                // The member travels in the conf change itself, which is what gets applied.
                change.context = ConfChangeContext {
                    id,
                    member: Some(member),
                }
                .encode_to_vec()
                .into();
                match self.raw.propose_conf_change(Vec::new(), change) {
                    Ok(()) => {
                        self.waiters.insert(id, done);
                    }
                    Err(e) => {
                        let _ = done.send(Err(ApiError::Other(
                            tonic::Code::FailedPrecondition,
                            format!("etcdserver: {e}"),
                        )));
                    }
                }
            }
            NodeMsg::TransferLeader { target, done } => {
                if self.raw.raft.state != StateRole::Leader {
                    let _ = done.send(Err(ApiError::Other(
                        tonic::Code::FailedPrecondition,
                        "etcdserver: not leader".into(),
                    )));
                } else if target == self.raw.raft.id {
                    let _ = done.send(Ok(()));
                } else if !self.raw.raft.prs().conf().voters().contains(target) {
                    let _ = done.send(Err(ApiError::Other(
                        tonic::Code::FailedPrecondition,
                        "etcdserver: bad leader transferee".into(),
                    )));
                } else {
                    self.raw.transfer_leader(target);
                    self.transfer = Some((target, Instant::now(), done));
                }
            }
            NodeMsg::Removed => self.removed = true,
            NodeMsg::Synced(Ok(number)) => {
                if number >= self.syncing {
                    self.syncing = 0;
                }
                self.release(number);
            }
            NodeMsg::Synced(Err(e)) => self.sync_failed = Some(e),
            NodeMsg::Shutdown { .. } => {}
        }
    }

    /// Starts a ReadIndex round for the reads waiting, once raft can answer it (a leader
    /// answers only after committing an entry in its term) and no round is out.
    fn issue_reads(&mut self) {
        let leader = self.raw.raft.leader_id;
        if leader == raft::INVALID_ID {
            return;
        }
        if leader == self.raw.raft.id && !self.raw.raft.commit_to_current_term() {
            return;
        }
        let Some(round) = self.reads.start_round(Instant::now()) else {
            return;
        };
        self.raw.read_index(round.context);
        let metrics = &self.shared.metrics;
        metrics.read_index_rounds.inc();
        metrics.read_index_reads.inc_by(round.reads as u64);
    }

    /// Handles every Ready raft has, each in the same order: messages that may leave at once,
    /// read answers, role changes, a snapshot from the leader, then the new entries and hard
    /// state written to the WAL (synced here when nothing else waits, else on the syncer), then
    /// the committed entries.
    fn on_ready(&mut self, inbox: &NodeReceiver) -> Result<(), String> {
        while self.raw.has_ready() {
            let mut ready = self.raw.ready();
            if !ready.messages().is_empty() {
                self.send(ready.take_messages());
            }
            for state in ready.take_read_states() {
                for done in self.reads.confirmed(&state.request_ctx) {
                    let _ = done.send(Ok(state.index));
                }
            }
            if let Some(ss) = ready.ss() {
                self.on_role(ss.leader_id, ss.raft_state);
            }
            let number = ready.number();
            // A Ready with a snapshot is made durable here, with every Ready before it:
            // installing the snapshot syncs the WAL, and so does what follows it.
            let mut synced_here = !ready.snapshot().is_empty();
            if synced_here {
                let snapshot = ready.snapshot().clone();
                tokio::task::block_in_place(|| self.install_snapshot(snapshot))?;
            }
            if !ready.entries().is_empty() || ready.hs().is_some() {
                // The log keeps the entries themselves; raft needs only their numbers from here on.
                let entries = ready.take_entries();
                let locations = self.wal.append(&entries, ready.hs());
                let store = self.raw.mut_store();
                store.append(entries, locations);
                if let Some(hs) = ready.hs() {
                    store.hard_state = hs.clone();
                }
            }
            // A commit index alone waits for the next write (see `Wal::must_sync`).
            let needs_sync = self.wal.must_sync();
            if needs_sync {
                let written = self.wal.write().map_err(|e| self.wal_error("write", e))?;
                // Synced here after a snapshot, or when nothing else waits: the hand-off would
                // cost two thread wakes for no overlap (the syncer overlaps syncs with a busy
                // member's work). Earlier segments were synced when they filled, so this makes
                // every Ready up to this one durable.
                if synced_here || (self.syncing == 0 && inbox.is_empty()) {
                    let started = Instant::now();
                    self.wal.sync().map_err(|e| self.wal_error("sync", e))?;
                    self.shared.metrics.wal_fsync(started.elapsed());
                    synced_here = true;
                } else if let Some(file) = written {
                    self.syncer.sync(number, file);
                    self.syncing = number;
                }
            }
            self.unsynced
                .push(number, needs_sync, ready.take_persisted_messages());
            let committed = ready.take_committed_entries();
            self.raw.advance_append_async(ready);
            // raft hands out only entries this member has persisted as committed.
            self.apply(committed)?;
            self.release(if synced_here { number } else { 0 });
            // After the release: a snapshot counts as applied once raft knows it persisted.
            self.raw.advance_apply_to(self.applied);
        }
        self.publish_status();
        Ok(())
    }

    /// Sends the held messages of every Ready durable now that those up to `synced` are, in
    /// order, and tells raft, which may then commit (the leader counts its own log only once
    /// durable) or apply more.
    fn release(&mut self, synced: u64) {
        if let Some((number, messages)) = self.unsynced.release(synced) {
            self.send(messages);
            self.raw.on_persist_ready(number);
        }
    }

    fn on_role(&mut self, leader: u64, role: StateRole) {
        let is_leader = role == StateRole::Leader;
        if is_leader && !self.was_leader {
            // Leases get a full TTL under a new leader, as in etcd.
            self.shared.lessor.promote();
        }
        self.was_leader = is_leader;
        let previous = self.shared.status.leader.swap(leader, Ordering::AcqRel);
        self.shared
            .status
            .is_leader
            .store(is_leader, Ordering::Release);
        if previous != leader {
            self.shared.metrics.leader_changed();
            self.reads.leader_changed();
        }
        if previous != leader && previous != raft::INVALID_ID {
            // Proposals waiting here may never commit under a new leader; fail them rather
            // than leave clients hanging (the outcome is unknown, as with etcd's timeouts).
            for (_, done) in self.waiters.drain() {
                let _ = done.send(Err(ApiError::Other(
                    tonic::Code::Unavailable,
                    "etcdserver: leader changed".into(),
                )));
            }
        }
    }

    fn send(&mut self, messages: Vec<Message>) {
        if messages.is_empty() {
            return;
        }
        // Peer URLs change only with the membership; rebuild them only then.
        let version = self.shared.store.membership_version();
        if self.peer_urls.0 != Some(version) {
            let urls = self
                .shared
                .store
                .members()
                .into_iter()
                .filter_map(|m| Some((m.id, m.peer_ur_ls.into_iter().next()?)))
                .collect();
            self.peer_urls = (Some(version), urls);
        }
        let urls = &self.peer_urls.1;
        self.shared
            .transport
            .send(messages, |id| urls.get(&id).cloned());
    }

    /// etcd's safety checks for membership changes, made by the leader: never leave fewer
    /// started voters than a quorum, and promote only a learner that has caught up.
    fn check_conf_change(&self, change: &ConfChange) -> ApiResult<()> {
        let raft = &self.raw.raft;
        if raft.state != StateRole::Leader {
            // Members forward changes to the leader; only it can judge them.
            return Err(ApiError::Other(
                tonic::Code::FailedPrecondition,
                "etcdserver: not leader".into(),
            ));
        }
        let unhealthy = || {
            ApiError::Other(
                tonic::Code::FailedPrecondition,
                "etcdserver: unhealthy cluster".into(),
            )
        };
        let prs = raft.prs();
        let voters: Vec<u64> = prs.conf().voters().ids().iter().collect();
        let quorum = |voters: usize| voters / 2 + 1;
        let active = |id: u64| id == raft.id || prs.get(id).is_some_and(|p| p.recent_active);
        match change.get_change_type() {
            ConfChangeType::RemoveNode if voters.contains(&change.node_id) => {
                let after: Vec<u64> = voters
                    .iter()
                    .copied()
                    .filter(|&v| v != change.node_id)
                    .collect();
                let started = after.iter().filter(|&&v| active(v)).count();
                if started < quorum(after.len()) {
                    return Err(unhealthy());
                }
            }
            ConfChangeType::AddNode if prs.conf().learners().contains(&change.node_id) => {
                let caught_up = prs
                    .get(change.node_id)
                    .is_some_and(|p| p.matched as f64 >= raft.raft_log.committed as f64 * 0.9);
                if !caught_up {
                    return Err(ApiError::Other(
                        tonic::Code::FailedPrecondition,
                        "etcdserver: can only promote a learner member which is in sync with leader"
                            .into(),
                    ));
                }
            }
            ConfChangeType::AddNode => {
                let started = voters.iter().filter(|&&v| active(v)).count();
                if started < quorum(voters.len() + 1) {
                    return Err(unhealthy());
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn apply(&mut self, entries: Vec<Entry>) -> Result<(), String> {
        let Some(last) = entries.last().map(|e| e.index) else {
            return Ok(());
        };
        let consistent = self.shared.store.consistent_index();
        let mut effects = Effects::default();
        let mut slow_applies = 0u64;
        let mut answers: Vec<(u64, ApiResult<Applied>)> = Vec::new();
        let wants_prev = self.shared.hub.wants_prev_kv();
        let mut conf_changes = Vec::new();
        let published_auth = self.shared.auth.current();
        let mut auth_changed: Option<crate::server::auth::AuthState> = None;
        let mut auth_effects: Vec<Effect> = Vec::new();
        let (events, revision) = self
            .shared
            .store
            .write(last.max(consistent), |writer| {
                writer.set_events_with_prev(wants_prev);
                for entry in &entries {
                    match entry.get_entry_type() {
                        EntryType::EntryNormal => {}
                        EntryType::EntryConfChange => {
                            let change = match ConfChange::parse_from_bytes(&entry.data) {
                                Ok(change) => change,
                                Err(e) => {
                                    tracing::error!(index = entry.index, "bad conf change: {e}");
                                    continue;
                                }
                            };
                            if entry.index > consistent {
                                let answer = record_membership(writer, &change);
                                if let Some(answer) = answer {
                                    answers.push(answer);
                                }
                            }
                            conf_changes.push(change);
                            continue;
                        }
                        EntryType::EntryConfChangeV2 => {
                            tracing::error!(index = entry.index, "unexpected joint conf change");
                            continue;
                        }
                    }
                    if entry.index <= consistent || entry.data.is_empty() {
                        continue;
                    }
                    let request = match InternalRequest::decode(&entry.data[..]) {
                        Ok(request) => request,
                        Err(e) => {
                            tracing::error!(index = entry.index, "undecodable raft entry: {e}");
                            continue;
                        }
                    };
                    let Some(body) = request.request else {
                        continue;
                    };
                    // A client's request is checked against the auth store as of this entry,
                    // as etcd's auth applier does, so every member decides the same. The
                    // member's own requests (lease expiry, its attributes) carry no header.
                    let auth = auth_changed.as_ref().unwrap_or(&published_auth);
                    if let Some(header) = request.auth {
                        let who = AuthInfo {
                            username: header.username,
                            revision: header.revision,
                        };
                        if let Err(e) = auth.check_applied(&who, &body, writer) {
                            answers.push((request.id, Err(e)));
                            continue;
                        }
                    }
                    if let Request::AssignToken(assign) = &body {
                        let result = auth
                            .assign_token(assign, entry.index)
                            .map(|(token, effect)| {
                                auth_effects.push(effect);
                                Applied {
                                    response: Response::Token(token),
                                    revision: writer.revision(),
                                }
                            })
                            .map_err(ApiError::from);
                        answers.push((request.id, result));
                        continue;
                    }
                    if is_auth_change(&body) {
                        let mut next = auth.clone();
                        let result = next.apply(writer, body).map(|effect| {
                            auth_effects.push(effect);
                            Applied {
                                response: Response::Auth,
                                revision: writer.revision(),
                            }
                        });
                        if result.is_ok() {
                            auth_changed = Some(next);
                        }
                        answers.push((request.id, result));
                        continue;
                    }
                    let applying = Instant::now();
                    let result = apply::apply(writer, body, &mut effects);
                    // etcd's warning threshold for one request's apply.
                    if applying.elapsed() >= SLOW_APPLY {
                        slow_applies += 1;
                    }
                    answers.push((request.id, result));
                }
                (writer.take_events(), writer.revision())
            })
            .map_err(|e| self.backend_error("write", e))?;
        self.shared.metrics.slow_applies.inc_by(slow_applies);
        if let Some(state) = auth_changed {
            self.shared.auth.publish(state);
        }
        for effect in &auth_effects {
            self.shared.auth.take_effect(effect);
        }
        for change in conf_changes {
            self.apply_conf_change(&change)?;
        }
        self.applied = last;
        for (id, ttl) in effects.granted {
            self.shared.lessor.granted(id, ttl);
        }
        for id in effects.revoked {
            self.shared.lessor.revoked(id);
        }
        self.shared.hub.publish(&events, revision, wants_prev);
        for (id, result) in answers {
            if let Some(done) = self.waiters.remove(&id) {
                let _ = done.send(result);
            }
        }
        self.shared.status.applied.store(last, Ordering::Release);
        let _ = self.shared.applied.send(last);
        Ok(())
    }

    fn apply_conf_change(&mut self, change: &ConfChange) -> Result<(), String> {
        let conf_state = self
            .raw
            .apply_conf_change(change)
            .map_err(|e| format!("raft: {e}"))?;
        self.raw.mut_store().conf_state = conf_state;
        if change.get_change_type() == ConfChangeType::RemoveNode {
            self.shared.transport.remove(change.node_id);
            if change.node_id == self.raw.raft.id {
                self.removed = true;
            }
        }
        Ok(())
    }

    /// Replaces the store and the log with a snapshot the leader sent.
    fn install_snapshot(&mut self, snapshot: raft::eraftpb::Snapshot) -> Result<(), String> {
        let meta = snapshot.get_metadata().clone();
        tracing::info!(
            index = meta.index,
            term = meta.term,
            "installing a snapshot from the leader"
        );
        let leases = self.shared.store.replace(&snapshot.data)?;
        self.shared.lessor.reset(&leases);
        let rows = self
            .shared
            .store
            .auth_rows()
            .map_err(|e| self.backend_error("read", e))?;
        self.shared
            .auth
            .publish(crate::server::auth::AuthState::from_rows(&rows)?);
        self.shared.auth.take_effect(&Effect::ForgetAll);
        self.raw.mut_store().apply_snapshot(&meta);
        let hard_state = self.raw.store().hard_state.clone();
        self.wal.set_hard_state(&hard_state);
        self.wal
            .compact(&meta)
            .map_err(|e| self.wal_error("write", e))?;
        self.applied = meta.index;
        self.persisted_index = meta.index;
        self.shared.hub.restore();
        self.shared
            .status
            .applied
            .store(meta.index, Ordering::Release);
        let _ = self.shared.applied.send(meta.index);
        Ok(())
    }

    /// Answers a pending leadership transfer once it completes or times out.
    fn check_transfer(&mut self) {
        let Some((target, since, _)) = &self.transfer else {
            return;
        };
        let done = self.raw.raft.leader_id == *target;
        let expired = since.elapsed() > self.election_timeout * 2;
        if done || expired {
            let (_, _, reply) = self.transfer.take().expect("checked");
            let _ = reply.send(if done {
                Ok(())
            } else {
                Err(ApiError::Other(
                    tonic::Code::DeadlineExceeded,
                    "etcdserver: leader transfer timed out".into(),
                ))
            });
        }
    }

    fn wal_error(&self, action: &str, e: impl std::fmt::Display) -> String {
        format!(
            "cannot {action} the WAL in {}: {e}",
            self.wal.dir().display()
        )
    }

    fn backend_error(&self, action: &str, e: impl std::fmt::Display) -> String {
        let e = e.to_string();
        let e = e.strip_prefix("etcdserver: ").unwrap_or(&e);
        format!(
            "cannot {action} the backend {}: {e}",
            self.shared.store.path().display()
        )
    }

    fn publish_status(&self) {
        let status = &self.shared.status;
        let raft = &self.raw.raft;
        status.term.store(raft.term, Ordering::Release);
        status
            .commit
            .store(raft.raft_log.committed, Ordering::Release);
        status
            .last_index
            .store(raft.raft_log.last_index(), Ordering::Release);
        status.leader.store(raft.leader_id, Ordering::Release);
    }

    /// Entries kept behind a compaction: etcd's 5000, or fewer when --snapshot-count is small.
    fn catch_up_entries(&self) -> u64 {
        CATCH_UP_ENTRIES.min(self.snapshot_count / 2)
    }

    /// Periodically makes the backend durable, then trims the log it covers.
    fn maybe_persist(&mut self) -> Result<(), String> {
        let log_length = self.applied.saturating_sub(self.raw.store().snapshot.index);
        let due = self.applied >= self.persisted_index + PERSIST_ENTRIES
            || (self.applied > self.persisted_index
                && self.last_persist.elapsed() >= PERSIST_EVERY)
            || (self.applied > self.persisted_index
                && log_length > self.snapshot_count + self.catch_up_entries());
        if due {
            self.persist()?;
        }
        Ok(())
    }

    fn persist(&mut self) -> Result<(), String> {
        let durable = tokio::task::block_in_place(|| self.shared.store.persist())
            .map_err(|e| self.backend_error("sync", e))?;
        self.persisted_index = durable;
        self.last_persist = Instant::now();
        // What the backend holds durably need not stay in memory; the WAL keeps it for followers.
        let applied = self.applied;
        self.raw.mut_store().release(durable.min(applied));
        let catch_up = self.catch_up_entries();
        let log = self.raw.store();
        if durable >= log.snapshot.index + self.snapshot_count + catch_up {
            let keep_from = durable.saturating_sub(catch_up).max(log.snapshot.index);
            if let Some(meta) = self.raw.mut_store().compact(keep_from) {
                tokio::task::block_in_place(|| self.wal.compact(&meta))
                    .map_err(|e| self.wal_error("compact", e))?;
                tracing::info!(index = meta.index, "compacted the raft log");
            }
        }
        Ok(())
    }

    fn shutdown(&mut self) {
        tokio::task::block_in_place(|| {
            if let Err(e) = self.wal.sync() {
                tracing::error!("cannot sync the WAL at shutdown: {e}");
            }
            if let Err(e) = self.shared.store.persist() {
                tracing::error!("cannot sync the backend at shutdown: {e}");
            }
        });
        self.answer_stopped();
    }

    fn answer_stopped(&mut self) {
        for (_, done) in self.waiters.drain() {
            let _ = done.send(Err(ApiError::Stopped));
        }
        for done in self.reads.drain() {
            let _ = done.send(Err(ApiError::Stopped));
        }
    }
}

/// raft's view of a membership: voters and learners.
pub fn conf_state_of(members: &[MemberInfo]) -> ConfState {
    let mut state = ConfState::default();
    for member in members {
        if member.is_learner {
            state.learners.push(member.id);
        } else {
            state.voters.push(member.id);
        }
    }
    state
}

/// Records a committed membership change in the store; returns the answer for its waiter.
fn record_membership(
    writer: &mut crate::server::storage::mvcc::Writer<'_, '_>,
    change: &ConfChange,
) -> Option<(u64, ApiResult<Applied>)> {
    let context = ConfChangeContext::decode(&change.context[..]).ok()?;
    let result = (|| {
        match change.get_change_type() {
            ConfChangeType::AddNode | ConfChangeType::AddLearnerNode => {
                let learner = change.get_change_type() == ConfChangeType::AddLearnerNode;
                // Promoting keeps what the member published; adding takes the request's.
                let mut member = writer
                    .member(change.node_id)
                    .or(context.member.clone())
                    .unwrap_or_default();
                member.id = change.node_id;
                member.is_learner = learner;
                writer.put_member(member)?;
            }
            ConfChangeType::RemoveNode => {
                writer.remove_member(change.node_id)?;
            }
        }
        Ok(Applied {
            response: Response::Members(writer.members()),
            revision: writer.revision(),
        })
    })();
    Some((context.id, result))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_keep_the_configured_heartbeat_and_election_timeout_at_a_finer_grain() {
        let ticks = Ticks::new(Duration::from_millis(100), Duration::from_millis(1000));
        assert_eq!(ticks.tick, Duration::from_millis(10));
        assert_eq!(
            ticks.tick * ticks.heartbeat as u32,
            Duration::from_millis(100)
        );
        assert_eq!(
            ticks.tick * ticks.election as u32,
            Duration::from_millis(1000)
        );
        // Campaigns within two election timeouts of the last heartbeat heard.
        assert_eq!(
            ticks.tick * ticks.election_max as u32,
            Duration::from_millis(1900)
        );
        assert_eq!(ticks.election_max - ticks.election, 90);
    }

    #[test]
    fn ticks_never_go_below_a_millisecond_or_an_invalid_raft_config() {
        for (heartbeat, election) in [(1, 5), (3, 15), (7, 35), (250, 1250), (100, 50_000)] {
            let ticks = Ticks::new(
                Duration::from_millis(heartbeat),
                Duration::from_millis(election),
            );
            assert!(
                ticks.tick >= Duration::from_millis(1),
                "{heartbeat}/{election}"
            );
            let mut config = raft::Config {
                id: 1,
                ..Default::default()
            };
            ticks.configure(&mut config);
            config.validate().unwrap();
            let heartbeat_seen = ticks.tick * ticks.heartbeat as u32;
            assert!(
                heartbeat_seen.as_millis().abs_diff(heartbeat as u128) <= 1,
                "{heartbeat}/{election}: {heartbeat_seen:?}"
            );
        }
    }
}
