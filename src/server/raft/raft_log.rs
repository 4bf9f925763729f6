//! The raft log as raft-rs reads it: entries after the last compaction, the hard state and the
//! membership, mirrored to the WAL by the node before raft may rely on them.
//!
//! Only the newest entries stay in memory (those the backend has not yet made durable); for older
//! ones the log keeps their term and WAL location and reads them back when a lagging follower
//! needs them. So memory does not grow with --snapshot-count.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;

use raft::eraftpb::{ConfState, Entry, HardState, Snapshot, SnapshotMetadata};

use super::wal::{self, EntryLocation};
use crate::server::storage::mvcc::Store;
use raft::{GetEntriesContext, RaftState, Storage, StorageError};

#[derive(Default)]
pub struct RaftLog {
    pub hard_state: HardState,
    pub conf_state: ConfState,
    /// The index and term the log was last compacted at.
    pub snapshot: SnapshotMetadata,
    /// Every entry after the snapshot: its term and WAL record.
    locations: VecDeque<EntryLocation>,
    /// The newest entries, from `recent_first` to the last.
    recent: VecDeque<Entry>,
    recent_first: u64,
    wal_dir: PathBuf,
    /// Where snapshots for lagging followers come from.
    backend: Option<Arc<Store>>,
}

impl RaftLog {
    pub fn new(
        snapshot: SnapshotMetadata,
        hard_state: HardState,
        recovered: (Vec<Entry>, Vec<EntryLocation>),
        wal_dir: PathBuf,
        backend: Arc<Store>,
    ) -> RaftLog {
        RaftLog {
            hard_state,
            conf_state: snapshot.get_conf_state().clone(),
            recent_first: snapshot.index + 1,
            snapshot,
            recent: recovered.0.into(),
            locations: recovered.1.into(),
            wal_dir,
            backend: Some(backend),
        }
    }

    /// Starts over from a snapshot: the log before it is gone.
    pub fn apply_snapshot(&mut self, meta: &SnapshotMetadata) {
        self.recent.clear();
        self.locations.clear();
        self.snapshot = meta.clone();
        self.recent_first = meta.index + 1;
        self.conf_state = meta.get_conf_state().clone();
        self.hard_state.commit = meta.index;
        self.hard_state.term = self.hard_state.term.max(meta.term);
    }

    fn first(&self) -> u64 {
        self.snapshot.index + 1
    }

    fn last(&self) -> u64 {
        self.snapshot.index + self.locations.len() as u64
    }

    /// Appends entries the WAL holds at `locations`, replacing any conflicting tail.
    pub fn append(&mut self, entries: Vec<Entry>, locations: Vec<EntryLocation>) {
        let Some(first_new) = entries.first().map(|e| e.index) else {
            return;
        };
        assert!(
            first_new >= self.first() && first_new <= self.last() + 1,
            "raft appended entry {first_new} outside the log [{}, {}]",
            self.first(),
            self.last() + 1
        );
        assert_eq!(
            entries.len(),
            locations.len(),
            "an entry without a location"
        );
        self.locations.truncate((first_new - self.first()) as usize);
        self.locations.extend(locations);
        if first_new < self.recent_first {
            self.recent.clear();
            self.recent_first = first_new;
        }
        self.recent
            .truncate((first_new - self.recent_first) as usize);
        self.recent.extend(entries);
    }

    /// Drops entries up to and including `index`, which becomes the snapshot point.
    pub fn compact(&mut self, index: u64) -> Option<SnapshotMetadata> {
        if index <= self.snapshot.index || index > self.last() {
            return None;
        }
        let term = self.term(index).ok()?;
        self.locations.drain(..(index - self.first() + 1) as usize);
        self.release(index);
        self.snapshot.index = index;
        self.snapshot.term = term;
        self.snapshot.set_conf_state(self.conf_state.clone());
        Some(self.snapshot.clone())
    }

    /// Lets go of the in-memory copies of entries up to `index`; the WAL still has them.
    pub fn release(&mut self, index: u64) {
        let up_to = index.min(self.last());
        if up_to >= self.recent_first {
            self.recent
                .drain(..(up_to + 1 - self.recent_first) as usize);
            self.recent_first = up_to + 1;
        }
        // Shrink once the deque is mostly empty, so a burst's memory goes back.
        if self.recent.capacity() > 4 * self.recent.len().max(1024) {
            self.recent.shrink_to_fit();
        }
    }

    /// How many entries are held in memory.
    pub fn in_memory(&self) -> usize {
        self.recent.len()
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
        let max_size = max_size.into();
        let mut entries = Vec::new();
        if low < self.recent_first {
            // Older than memory: read them back, no more than `max_size` needs (at least one).
            let from = (low - self.first()) as usize;
            let to = (high.min(self.recent_first) - self.first()) as usize;
            let mut size = 0u64;
            let wanted = self
                .locations
                .range(from..to)
                .take_while(|location| {
                    let fits =
                        size == 0 || max_size.is_none_or(|max| size + location.len as u64 <= max);
                    size += location.len as u64;
                    fits
                })
                .copied()
                .collect::<Vec<_>>();
            entries = wal::read_entries(&self.wal_dir, &wanted).map_err(|e| {
                tracing::error!("cannot read raft entries back from the WAL: {e}");
                raft::Error::Store(StorageError::Other(Box::new(e)))
            })?;
            if wanted.len() < to - from {
                return Ok(entries);
            }
        }
        if high > self.recent_first {
            let from = (low.max(self.recent_first) - self.recent_first) as usize;
            let to = (high - self.recent_first) as usize;
            entries.extend(self.recent.range(from..to).cloned());
        }
        raft::util::limit_size(&mut entries, max_size);
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
        Ok(self.locations[(index - self.first()) as usize].term)
    }

    fn first_index(&self) -> raft::Result<u64> {
        Ok(self.first())
    }

    fn last_index(&self) -> raft::Result<u64> {
        Ok(self.last())
    }

    /// A follower behind the compacted log gets the whole backend as of what this member has
    /// applied. The node task both applies and asks, so the store is still while it is copied.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::raft::wal::Wal;

    fn entry(index: u64, term: u64) -> Entry {
        Entry {
            index,
            term,
            data: format!("entry {index} of term {term}").into_bytes().into(),
            ..Default::default()
        }
    }

    fn read(log: &RaftLog, low: u64, high: u64, max_size: Option<u64>) -> Vec<(u64, u64, String)> {
        log.entries(low, high, max_size, GetEntriesContext::empty(false))
            .unwrap()
            .into_iter()
            .map(|e| (e.index, e.term, String::from_utf8(e.data.to_vec()).unwrap()))
            .collect()
    }

    fn expected(
        range: std::ops::RangeInclusive<u64>,
        term_of: impl Fn(u64) -> u64,
    ) -> Vec<(u64, u64, String)> {
        range
            .map(|i| (i, term_of(i), format!("entry {i} of term {}", term_of(i))))
            .collect()
    }

    /// A log over a fresh WAL, with entries 1..=n of term 1 written and synced.
    fn log_with(dir: &std::path::Path, n: u64) -> (Wal, RaftLog) {
        let (mut wal, _) = Wal::open(dir).unwrap();
        let mut log = RaftLog {
            wal_dir: dir.to_path_buf(),
            recent_first: 1,
            ..Default::default()
        };
        let entries: Vec<Entry> = (1..=n).map(|i| entry(i, 1)).collect();
        let locations = wal.append(&entries, None);
        wal.sync().unwrap();
        log.append(entries, locations);
        (wal, log)
    }

    #[test]
    fn released_entries_are_read_back_from_the_wal() {
        let dir = tempfile::tempdir().unwrap();
        let (_wal, mut log) = log_with(dir.path(), 100);
        log.release(80);
        assert_eq!(log.in_memory(), 20);
        // Spanning disk and memory, only disk, only memory.
        assert_eq!(read(&log, 1, 101, None), expected(1..=100, |_| 1));
        assert_eq!(read(&log, 10, 21, None), expected(10..=20, |_| 1));
        assert_eq!(read(&log, 90, 96, None), expected(90..=95, |_| 1));
        assert_eq!(log.term(5).unwrap(), 1);
        // A size limit cuts the read short without a gap, and always returns one entry.
        let some = read(&log, 1, 101, Some(200));
        assert!(!some.is_empty() && some.len() < 100, "{}", some.len());
        assert_eq!(some, expected(1..=some.len() as u64, |_| 1));
        assert_eq!(read(&log, 1, 101, Some(1)).len(), 1);
    }

    #[test]
    fn a_new_leaders_entries_replace_a_released_tail() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, mut log) = log_with(dir.path(), 50);
        log.release(50);
        assert_eq!(log.in_memory(), 0);
        let newer: Vec<Entry> = (41..=45).map(|i| entry(i, 2)).collect();
        let locations = wal.append(&newer, None);
        wal.sync().unwrap();
        log.append(newer, locations);
        assert_eq!(log.last(), 45);
        let term_of = |i| if i <= 40 { 1 } else { 2 };
        assert_eq!(read(&log, 1, 46, None), expected(1..=45, term_of));
        log.release(43);
        assert_eq!(read(&log, 38, 46, None), expected(38..=45, term_of));
    }

    #[test]
    fn compaction_forgets_entries_and_restart_reads_them_from_the_wal_again() {
        let dir = tempfile::tempdir().unwrap();
        let (wal, mut log) = log_with(dir.path(), 30);
        let meta = log.compact(10).unwrap();
        assert_eq!((meta.index, meta.term), (10, 1));
        assert!(matches!(
            log.entries(5, 12, None, GetEntriesContext::empty(false)),
            Err(raft::Error::Store(StorageError::Compacted))
        ));
        assert_eq!(read(&log, 11, 31, None), expected(11..=30, |_| 1));
        drop(wal);
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        let mut log = RaftLog {
            wal_dir: dir.path().to_path_buf(),
            recent_first: 1,
            recent: recovered.entries.into(),
            locations: recovered.locations.into(),
            ..Default::default()
        };
        log.release(30);
        assert_eq!(read(&log, 1, 31, None), expected(1..=30, |_| 1));
    }
}
