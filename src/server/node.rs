//! The raft node: one thread owning the raft-rs `RawNode`, the WAL and the apply loop.
//!
//! Each turn of the loop takes every message waiting on its channel (proposals, read requests),
//! hands them to raft, then handles one `Ready`: the new entries and hard state go to the WAL with
//! a single fdatasync (group commit: every proposal gathered in that turn shares it), only then
//! are messages that depend on them released and committed entries applied, in one backend
//! transaction per batch. Waiters are answered after their entry applies.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use prost::Message as _;
use raft::eraftpb::{ConfChange, ConfChangeV2, Entry, EntryType, Message};
use raft::{RawNode, StateRole};
use tokio::sync::oneshot;

use super::apply::{self, Applied, Effects};
use super::errors::{ApiError, ApiResult};
use super::lease::Lessor;
use super::metrics::Metrics;
use super::mvcc::Store;
use super::proto::ctlpb::InternalRequest;
use super::raft_log::RaftLog;
use super::wal::Wal;
use super::watch::WatchHub;

/// Make the backend durable (and let the WAL be trimmed) at least this often.
const PERSIST_EVERY: Duration = Duration::from_secs(5);
const PERSIST_ENTRIES: u64 = 10_000;
/// Entries kept in the log behind a compaction, for followers that lag a little.
const CATCH_UP_ENTRIES: u64 = 5_000;

pub type Waiter = oneshot::Sender<ApiResult<Applied>>;
/// Answered with the read index: the commit index the leader confirmed.
pub type ReadWaiter = oneshot::Sender<ApiResult<u64>>;

pub enum NodeMsg {
    Propose {
        id: u64,
        data: Vec<u8>,
        done: Waiter,
    },
    ReadIndex {
        done: ReadWaiter,
    },
    Shutdown {
        done: oneshot::Sender<()>,
    },
}

/// What the API reads about raft without asking the node thread.
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
    pub voters: Vec<u64>,
    pub tick: Duration,
    pub election_ticks: usize,
    pub snapshot_count: u64,
}

/// The shared parts the node updates as it applies.
pub struct NodeShared {
    pub store: Arc<Store>,
    pub hub: Arc<WatchHub>,
    pub lessor: Arc<Lessor>,
    pub status: Arc<RaftStatus>,
    pub metrics: Arc<Metrics>,
    pub applied: tokio::sync::watch::Sender<u64>,
}

struct Node {
    raw: RawNode<RaftLog>,
    wal: Wal,
    shared: NodeShared,
    waiters: HashMap<u64, Waiter>,
    queued_reads: Vec<ReadWaiter>,
    reads_in_flight: HashMap<Vec<u8>, (Instant, Vec<ReadWaiter>)>,
    next_read: u64,
    applied: u64,
    persisted_index: u64,
    last_persist: Instant,
    snapshot_count: u64,
    election_timeout: Duration,
    was_leader: bool,
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

/// Starts the node thread over the recovered WAL. `log` already holds what the WAL replayed.
pub fn start(
    config: NodeConfig,
    wal: Wal,
    mut log: RaftLog,
    shared: NodeShared,
    inbox: Receiver<NodeMsg>,
) -> Result<std::thread::JoinHandle<()>, String> {
    let fresh = log.conf_state.voters.is_empty() && log.snapshot.index == 0;
    if fresh {
        log.conf_state.voters = config.voters.clone();
        log.snapshot.set_conf_state(log.conf_state.clone());
    }
    // Entries up to the backend's consistent index are already in the store; raft replays the
    // rest. Conf changes are replayed from the log snapshot on (issue 5 adds them).
    let consistent = shared.store.consistent_index();
    if log.hard_state.commit < consistent {
        log.hard_state.commit = consistent.min(raft::Storage::last_index(&log).unwrap_or(0));
    }
    let applied = consistent
        .min(log.hard_state.commit)
        .max(log.snapshot.index);
    let raft_config = raft::Config {
        id: config.id,
        election_tick: config.election_ticks,
        heartbeat_tick: 1,
        applied,
        max_size_per_msg: 1024 * 1024,
        max_inflight_msgs: 256,
        pre_vote: true,
        check_quorum: true,
        ..Default::default()
    };
    raft_config.validate().map_err(|e| format!("raft: {e}"))?;
    let logger = slog::Logger::root(TracingDrain, slog::o!());
    let raw = RawNode::new(&raft_config, log, &logger).map_err(|e| format!("raft: {e}"))?;
    shared.status.applied.store(applied, Ordering::Release);
    let mut node = Node {
        raw,
        wal,
        shared,
        waiters: HashMap::new(),
        queued_reads: Vec::new(),
        reads_in_flight: HashMap::new(),
        next_read: 1,
        applied,
        persisted_index: consistent,
        last_persist: Instant::now(),
        snapshot_count: config.snapshot_count.max(1),
        election_timeout: config.tick * config.election_ticks as u32,
        was_leader: false,
    };
    if fresh {
        // Record the bootstrap membership before anything else, so a restart knows it.
        let meta = node.raw.store().snapshot.clone();
        node.wal
            .compact(&meta)
            .map_err(|e| format!("cannot write the WAL: {e}"))?;
    }
    // A lone voter need not wait out an election timeout.
    if config.voters == [config.id] {
        node.raw.campaign().map_err(|e| format!("raft: {e}"))?;
    }
    std::thread::Builder::new()
        .name("raft".into())
        .spawn(move || node.run(inbox, config.tick))
        .map_err(|e| format!("cannot start the raft thread: {e}"))
}

impl Node {
    fn run(mut self, inbox: Receiver<NodeMsg>, tick: Duration) {
        let mut next_tick = Instant::now() + tick;
        loop {
            let wait = next_tick.saturating_duration_since(Instant::now());
            let first = match inbox.recv_timeout(wait) {
                Ok(msg) => Some(msg),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => break,
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
                self.retry_stale_reads();
            }
            self.issue_reads();
            if let Err(e) = self.on_ready() {
                // The log or the backend failed under us: stop rather than answer wrongly.
                tracing::error!("fatal storage error, stopping: {e}");
                eprintln!("error: {e}");
                std::process::exit(1);
            }
            self.maybe_persist();
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
            NodeMsg::ReadIndex { done } => self.queued_reads.push(done),
            NodeMsg::Shutdown { .. } => {}
        }
    }

    /// Sends one ReadIndex for every read queued since the last, once raft can answer it (a
    /// leader answers only after committing an entry in its term).
    fn issue_reads(&mut self) {
        if self.queued_reads.is_empty() {
            return;
        }
        let leader = self.raw.raft.leader_id;
        if leader == raft::INVALID_ID {
            return;
        }
        if leader == self.raw.raft.id && !self.raw.raft.commit_to_current_term() {
            return;
        }
        let context = self.next_read.to_be_bytes().to_vec();
        self.next_read += 1;
        self.raw.read_index(context.clone());
        let waiting = std::mem::take(&mut self.queued_reads);
        self.reads_in_flight
            .insert(context, (Instant::now(), waiting));
    }

    /// A ReadIndex can be dropped (leader change); ask again.
    fn retry_stale_reads(&mut self) {
        let now = Instant::now();
        let stale: Vec<Vec<u8>> = self
            .reads_in_flight
            .iter()
            .filter(|(_, (since, _))| now.duration_since(*since) > self.election_timeout)
            .map(|(ctx, _)| ctx.clone())
            .collect();
        for ctx in stale {
            if let Some((_, waiting)) = self.reads_in_flight.remove(&ctx) {
                self.queued_reads.extend(waiting);
            }
        }
    }

    fn on_ready(&mut self) -> Result<(), String> {
        if !self.raw.has_ready() {
            return Ok(());
        }
        let mut ready = self.raw.ready();
        if !ready.messages().is_empty() {
            self.send(ready.take_messages());
        }
        for state in ready.take_read_states() {
            if let Some((_, waiting)) = self.reads_in_flight.remove(&state.request_ctx) {
                for done in waiting {
                    let _ = done.send(Ok(state.index));
                }
            }
        }
        if let Some(ss) = ready.ss() {
            self.on_role(ss.leader_id, ss.raft_state);
        }
        // Persist before acting on anything that depends on it.
        if !ready.entries().is_empty() || ready.hs().is_some() {
            let started = Instant::now();
            self.wal.append(ready.entries(), ready.hs());
            self.wal
                .sync()
                .map_err(|e| format!("cannot write the WAL: {e}"))?;
            self.shared.metrics.wal_fsync(started.elapsed());
            let store = self.raw.mut_store();
            store.append(ready.entries());
            if let Some(hs) = ready.hs() {
                store.hard_state = hs.clone();
            }
        }
        if !ready.persisted_messages().is_empty() {
            self.send(ready.take_persisted_messages());
        }
        let committed = ready.take_committed_entries();
        self.apply(committed)?;
        let mut light = self.raw.advance(ready);
        if let Some(commit) = light.commit_index() {
            let store = self.raw.mut_store();
            store.hard_state.commit = commit;
            let hs = store.hard_state.clone();
            // Durable with the next WAL sync; start-up also derives it from the backend.
            self.wal.set_hard_state(&hs);
        }
        self.send(light.take_messages());
        let committed = light.take_committed_entries();
        self.apply(committed)?;
        self.raw.advance_apply_to(self.applied);
        self.publish_status();
        Ok(())
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
        // Peers arrive with clustering (issue 5); a lone member has no one to send to.
        debug_assert!(
            messages.is_empty() || self.raw.raft.prs().conf().voters().ids().len() > 1,
            "raft messages without peers"
        );
    }

    fn apply(&mut self, entries: Vec<Entry>) -> Result<(), String> {
        let Some(last) = entries.last().map(|e| e.index) else {
            return Ok(());
        };
        let consistent = self.shared.store.consistent_index();
        let mut effects = Effects::default();
        let mut answers: Vec<(u64, ApiResult<Applied>)> = Vec::new();
        let wants_prev = self.shared.hub.wants_prev_kv();
        let mut conf_changes = Vec::new();
        let (events, revision) = self
            .shared
            .store
            .write(last.max(consistent), |writer| {
                writer.set_events_with_prev(wants_prev);
                for entry in &entries {
                    match entry.get_entry_type() {
                        EntryType::EntryNormal => {}
                        EntryType::EntryConfChange | EntryType::EntryConfChangeV2 => {
                            conf_changes.push(entry.clone());
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
                    let result = apply::apply(writer, body, &mut effects);
                    answers.push((request.id, result));
                }
                (writer.take_events(), writer.revision())
            })
            .map_err(|e| format!("cannot write the backend: {e}"))?;
        for entry in conf_changes {
            self.apply_conf_change(&entry)?;
        }
        self.applied = last;
        self.shared.metrics.applied(entries.len() as u64);
        for (id, ttl) in effects.granted {
            self.shared.lessor.granted(id, ttl);
        }
        for id in effects.revoked {
            self.shared.lessor.revoked(id);
        }
        self.shared.hub.publish(&events, revision);
        for (id, result) in answers {
            if let Some(done) = self.waiters.remove(&id) {
                let _ = done.send(result);
            }
        }
        self.shared.status.applied.store(last, Ordering::Release);
        let _ = self.shared.applied.send(last);
        Ok(())
    }

    fn apply_conf_change(&mut self, entry: &Entry) -> Result<(), String> {
        use protobuf::Message as _;
        let conf_state = if entry.get_entry_type() == EntryType::EntryConfChange {
            let cc = ConfChange::parse_from_bytes(&entry.data)
                .map_err(|e| format!("bad conf change: {e}"))?;
            self.raw.apply_conf_change(&cc)
        } else {
            let cc = ConfChangeV2::parse_from_bytes(&entry.data)
                .map_err(|e| format!("bad conf change: {e}"))?;
            self.raw.apply_conf_change(&cc)
        }
        .map_err(|e| format!("raft: {e}"))?;
        self.raw.mut_store().conf_state = conf_state;
        Ok(())
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

    /// Periodically makes the backend durable, then trims the log it covers.
    fn maybe_persist(&mut self) {
        let due = self.applied >= self.persisted_index + PERSIST_ENTRIES
            || (self.applied > self.persisted_index
                && self.last_persist.elapsed() >= PERSIST_EVERY);
        if due {
            if let Err(e) = self.persist() {
                tracing::error!("fatal storage error, stopping: {e}");
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        }
    }

    fn persist(&mut self) -> Result<(), String> {
        let durable = self
            .shared
            .store
            .persist()
            .map_err(|e| format!("cannot sync the backend: {e}"))?;
        self.persisted_index = durable;
        self.last_persist = Instant::now();
        let log = self.raw.store();
        if durable >= log.snapshot.index + self.snapshot_count {
            let keep_from = durable
                .saturating_sub(CATCH_UP_ENTRIES)
                .max(log.snapshot.index);
            if let Some(meta) = self.raw.mut_store().compact(keep_from) {
                self.wal
                    .compact(&meta)
                    .map_err(|e| format!("cannot compact the WAL: {e}"))?;
                tracing::info!(index = meta.index, "compacted the raft log");
            }
        }
        Ok(())
    }

    fn shutdown(&mut self) {
        if let Err(e) = self.wal.sync() {
            tracing::error!("cannot sync the WAL at shutdown: {e}");
        }
        if let Err(e) = self.shared.store.persist() {
            tracing::error!("cannot sync the backend at shutdown: {e}");
        }
        for (_, done) in self.waiters.drain() {
            let _ = done.send(Err(ApiError::Stopped));
        }
    }
}

/// The node's channel, for the API.
#[derive(Clone)]
pub struct NodeHandle {
    pub inbox: Sender<NodeMsg>,
}
