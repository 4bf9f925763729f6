//! The raft log as raft-rs reads it: entries after the last compaction, the hard state and the
//! membership, held in memory and mirrored to the WAL by the node before raft may rely on them.

use std::sync::Arc;

use raft::eraftpb::{ConfState, Entry, HardState, Snapshot, SnapshotMetadata};

use super::mvcc::Store;
use raft::{GetEntriesContext, RaftState, Storage, StorageError};

#[derive(Default)]
pub struct RaftLog {
    pub hard_state: HardState,
    pub conf_state: ConfState,
    /// The index and term the log was last compacted at.
    pub snapshot: SnapshotMetadata,
    entries: Vec<Entry>,
    /// Where snapshots for lagging followers come from.
    backend: Option<Arc<Store>>,
}

impl RaftLog {
    pub fn new(
        snapshot: SnapshotMetadata,
        hard_state: HardState,
        entries: Vec<Entry>,
        backend: Arc<Store>,
    ) -> RaftLog {
        RaftLog {
            hard_state,
            conf_state: snapshot.get_conf_state().clone(),
            snapshot,
            entries,
            backend: Some(backend),
        }
    }

    /// Starts over from a snapshot: the log before it is gone.
    pub fn apply_snapshot(&mut self, meta: &SnapshotMetadata) {
        self.entries.clear();
        self.snapshot = meta.clone();
        self.conf_state = meta.get_conf_state().clone();
        self.hard_state.commit = meta.index;
        self.hard_state.term = self.hard_state.term.max(meta.term);
    }

    fn first(&self) -> u64 {
        self.snapshot.index + 1
    }

    fn last(&self) -> u64 {
        self.entries.last().map_or(self.snapshot.index, |e| e.index)
    }

    /// Appends entries, replacing any conflicting tail.
    pub fn append(&mut self, entries: &[Entry]) {
        let Some(first_new) = entries.first().map(|e| e.index) else {
            return;
        };
        assert!(
            first_new >= self.first() && first_new <= self.last() + 1,
            "raft appended entry {first_new} outside the log [{}, {}]",
            self.first(),
            self.last() + 1
        );
        self.entries.truncate((first_new - self.first()) as usize);
        self.entries.extend_from_slice(entries);
    }

    /// Drops entries up to and including `index`, which becomes the snapshot point.
    pub fn compact(&mut self, index: u64) -> Option<SnapshotMetadata> {
        if index <= self.snapshot.index || index > self.last() {
            return None;
        }
        let term = self.term(index).ok()?;
        self.entries.drain(..(index - self.first() + 1) as usize);
        self.snapshot.index = index;
        self.snapshot.term = term;
        self.snapshot.set_conf_state(self.conf_state.clone());
        Some(self.snapshot.clone())
    }
}

impl Storage for RaftLog {
    fn initial_state(&self) -> raft::Result<RaftState> {
        Ok(RaftState::new(
            self.hard_state.clone(),
            self.conf_state.clone(),
        ))
    }

    fn entries(
        &self,
        low: u64,
        high: u64,
        max_size: impl Into<Option<u64>>,
        _context: GetEntriesContext,
    ) -> raft::Result<Vec<Entry>> {
        if low < self.first() {
            return Err(raft::Error::Store(StorageError::Compacted));
        }
        if high > self.last() + 1 {
            return Err(raft::Error::Store(StorageError::Unavailable));
        }
        let offset = self.first();
        let mut entries = self.entries[(low - offset) as usize..(high - offset) as usize].to_vec();
        raft::util::limit_size(&mut entries, max_size.into());
        Ok(entries)
    }

    fn term(&self, index: u64) -> raft::Result<u64> {
        if index == self.snapshot.index {
            return Ok(self.snapshot.term);
        }
        if index < self.first() {
            return Err(raft::Error::Store(StorageError::Compacted));
        }
        if index > self.last() {
            return Err(raft::Error::Store(StorageError::Unavailable));
        }
        Ok(self.entries[(index - self.first()) as usize].term)
    }

    fn first_index(&self) -> raft::Result<u64> {
        Ok(self.first())
    }

    fn last_index(&self) -> raft::Result<u64> {
        Ok(self.last())
    }

    /// A follower behind the compacted log gets the whole backend as of what this member has
    /// applied. The node thread both applies and asks, so the store is still while it is copied.
    fn snapshot(&self, request_index: u64, _to: u64) -> raft::Result<Snapshot> {
        let unavailable = || raft::Error::Store(StorageError::SnapshotTemporarilyUnavailable);
        let store = self.backend.as_ref().ok_or_else(unavailable)?;
        let index = store.consistent_index();
        if index < request_index || index < self.snapshot.index {
            return Err(unavailable());
        }
        let term = self.term(index)?;
        let data = store.snapshot_bytes().map_err(|e| {
            tracing::error!("cannot copy the backend for a snapshot: {e}");
            unavailable()
        })?;
        let mut snapshot = Snapshot {
            data: data.into(),
            ..Default::default()
        };
        let meta = snapshot.mut_metadata();
        meta.index = index;
        meta.term = term;
        meta.set_conf_state(self.conf_state.clone());
        Ok(snapshot)
    }
}
