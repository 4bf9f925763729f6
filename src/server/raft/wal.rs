//! The write-ahead log: the raft log and hard state on disk.
//!
//! A WAL directory holds numbered segment files (`0000000000000001.wal`, …). Each holds frames
//! `[payload length u32 LE][crc32 u32 LE of kind + payload][kind u8][payload]`, where the payload
//! is a raft `Entry`, `HardState` or `SnapshotMetadata` in raft's protobuf encoding. A new
//! segment starts with the current snapshot marker and hard state, so older segments can be
//! deleted once a snapshot covers their entries. Start-up replays every segment; a torn frame at
//! the end of the last segment (a crash mid-write) is cut off, anywhere else it is corruption.
//!
//! Segments are allocated ahead of the writes in zeroed chunks, so a record's fdatasync does not
//! also have to write the file's new size; a zero frame header marks where the records end.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use protobuf::Message as _;
use raft::eraftpb::{Entry, HardState, SnapshotMetadata};

/// Rotate to a new segment once the current one passes this size.
const SEGMENT_BYTES: u64 = 64 * 1024 * 1024;
/// Space allocated ahead of the writes at a time.
const ALLOCATE_BYTES: u64 = 4 * 1024 * 1024;
const FRAME_HEADER: usize = 9;

const KIND_ENTRY: u8 = 1;
const KIND_HARD_STATE: u8 = 2;
const KIND_SNAPSHOT: u8 = 3;

/// What start-up recovers from the WAL.
#[derive(Debug, Default)]
pub struct Recovered {
    pub snapshot: SnapshotMetadata,
    pub hard_state: HardState,
    /// Entries after the snapshot, contiguous.
    pub entries: Vec<Entry>,
    /// Where each of `entries` is in the WAL.
    pub locations: Vec<EntryLocation>,
}

/// An entry's term and where its record is, so the log need not keep every entry in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryLocation {
    pub term: u64,
    pub offset: u64,
    pub segment: u32,
    /// The record's payload length.
    pub len: u32,
}

struct Segment {
    seq: u64,
    path: PathBuf,
    /// The lowest entry index written to this segment (or the next index when it was opened).
    first_index: u64,
}

pub struct Wal {
    dir: PathBuf,
    segments: Vec<Segment>,
    /// Shared with the thread that syncs what `write` wrote.
    file: Arc<File>,
    /// Something was written since the last `sync` here (another thread may have synced it).
    unsynced: bool,
    /// Where the next record goes: the end of the records, not of the file.
    size: u64,
    /// How much of the file is allocated (zeros past `size`).
    allocated: u64,
    buffer: Vec<u8>,
    snapshot: SnapshotMetadata,
    /// The newest hard state; written with the next `write` or `sync` when `hard_state_queued`.
    hard_state: HardState,
    hard_state_queued: bool,
    /// Term and vote as of the last write: a change to either must be durable before raft acts.
    written_term_vote: (u64, u64),
    next_index: u64,
}

fn segment_path(dir: &Path, seq: u64) -> PathBuf {
    dir.join(format!("{seq:016x}.wal"))
}

fn encode_frame(buffer: &mut Vec<u8>, kind: u8, payload: &[u8]) {
    let mut crc = crc32fast::Hasher::new();
    crc.update(&[kind]);
    crc.update(payload);
    buffer.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    buffer.extend_from_slice(&crc.finalize().to_le_bytes());
    buffer.push(kind);
    buffer.extend_from_slice(payload);
}

fn corrupt(path: &Path, offset: usize, what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("WAL {} is corrupt at byte {offset}: {what}", path.display()),
    )
}

/// Appends `entry` to what was recovered, replacing any entries it supersedes (a new leader's
/// log wins).
fn push_entry(recovered: &mut Recovered, entry: Entry, location: EntryLocation) {
    if entry.index <= recovered.snapshot.index {
        return;
    }
    if let Some(first) = recovered.entries.first().map(|e| e.index) {
        let keep = entry.index.saturating_sub(first) as usize;
        recovered.entries.truncate(keep);
        recovered.locations.truncate(keep);
    }
    recovered.entries.push(entry);
    recovered.locations.push(location);
}

/// Reads back the entries at `locations` (in log order), reading each segment's span once.
pub fn read_entries(dir: &Path, locations: &[EntryLocation]) -> io::Result<Vec<Entry>> {
    let mut entries = Vec::with_capacity(locations.len());
    for run in locations.chunk_by(|a, b| a.segment == b.segment && a.offset < b.offset) {
        let (first, last) = (run[0], run[run.len() - 1]);
        let path = segment_path(dir, first.segment as u64);
        let end = last.offset + FRAME_HEADER as u64 + last.len as u64;
        let mut span = vec![0; (end - first.offset) as usize];
        File::open(&path)?.read_exact_at(&mut span, first.offset)?;
        for location in run {
            let at = (location.offset - first.offset) as usize;
            let frame = &span[at..at + FRAME_HEADER + location.len as usize];
            let crc = u32::from_le_bytes(frame[4..8].try_into().unwrap());
            let mut hasher = crc32fast::Hasher::new();
            hasher.update(&frame[8..]);
            if frame[8] != KIND_ENTRY || hasher.finalize() != crc {
                return Err(corrupt(
                    &path,
                    location.offset as usize,
                    "entry record damaged",
                ));
            }
            let entry = Entry::parse_from_bytes(&frame[FRAME_HEADER..])
                .map_err(|e| corrupt(&path, location.offset as usize, &e.to_string()))?;
            entries.push(entry);
        }
    }
    Ok(entries)
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Makes `file` `len` bytes long with its blocks allocated, reading as zeros. Where the file
/// system cannot allocate ahead, the file is only extended (the records stay correct; their
/// syncs just write more metadata).
fn allocate(file: &File, len: u64) -> io::Result<()> {
    // SAFETY: fallocate on an open descriptor we own; no memory is passed.
    let result = unsafe { libc::fallocate(file.as_raw_fd(), 0, 0, len as libc::off_t) };
    if result == 0 {
        return Ok(());
    }
    match io::Error::last_os_error() {
        e if e.raw_os_error() == Some(libc::EOPNOTSUPP) => file.set_len(len),
        e => Err(e),
    }
}

impl Wal {
    /// Opens (or creates) the WAL in `dir` and replays it.
    pub fn open(dir: &Path) -> io::Result<(Wal, Recovered)> {
        fs::create_dir_all(dir)?;
        let mut seqs: Vec<u64> = fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                u64::from_str_radix(name.strip_suffix(".wal")?, 16).ok()
            })
            .collect();
        seqs.sort_unstable();

        let mut recovered = Recovered::default();
        let mut segments = Vec::new();
        let mut end = 0;
        for (i, &seq) in seqs.iter().enumerate() {
            let path = segment_path(dir, seq);
            let last = i + 1 == seqs.len();
            let first_index;
            (first_index, end) = replay_segment(&path, seq, last, &mut recovered)?;
            segments.push(Segment {
                seq,
                path,
                first_index,
            });
        }
        let next_index = recovered
            .entries
            .last()
            .map_or(recovered.snapshot.index + 1, |e| e.index + 1);

        let fresh = segments.is_empty();
        if fresh {
            let path = segment_path(dir, 1);
            File::create(&path)?;
            sync_dir(dir)?;
            segments.push(Segment {
                seq: 1,
                path,
                first_index: next_index,
            });
        }
        let current = segments.last().expect("one segment");
        let file = OpenOptions::new().write(true).open(&current.path)?;
        let allocated = file.metadata()?.len();
        let wal = Wal {
            dir: dir.to_path_buf(),
            segments,
            file: Arc::new(file),
            unsynced: false,
            size: end,
            allocated,
            buffer: Vec::with_capacity(64 * 1024),
            snapshot: recovered.snapshot.clone(),
            hard_state: recovered.hard_state.clone(),
            hard_state_queued: false,
            written_term_vote: (recovered.hard_state.term, recovered.hard_state.vote),
            next_index,
        };
        Ok((wal, recovered))
    }

    /// Queues entries and a hard state for the next `write` or `sync`; returns where the entries
    /// will be.
    pub fn append(
        &mut self,
        entries: &[Entry],
        hard_state: Option<&HardState>,
    ) -> Vec<EntryLocation> {
        let segment = self.segments.last_mut().expect("one segment");
        let mut locations = Vec::with_capacity(entries.len());
        for entry in entries {
            let bytes = entry.write_to_bytes().expect("raft entry encodes");
            // The buffer is written at `size` before any rotation, so this is the record's place.
            locations.push(EntryLocation {
                term: entry.term,
                offset: self.size + self.buffer.len() as u64,
                segment: segment.seq as u32,
                len: bytes.len() as u32,
            });
            encode_frame(&mut self.buffer, KIND_ENTRY, &bytes);
            segment.first_index = segment.first_index.min(entry.index);
            self.next_index = entry.index + 1;
        }
        if let Some(hs) = hard_state {
            self.set_hard_state(hs);
        }
        locations
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Queues a hard state (e.g. a commit index that advanced) for the next write. Only the
    /// newest is written.
    pub fn set_hard_state(&mut self, hard_state: &HardState) {
        self.hard_state = hard_state.clone();
        self.hard_state_queued = true;
    }

    /// Whether what is queued must be made durable before raft may act on it: new entries, or
    /// a new term or vote. A commit index alone need not be (as etcd's MustSync): a restarted
    /// member learns it again from the leader, and the backend records what was applied.
    pub fn must_sync(&self) -> bool {
        !self.buffer.is_empty()
            || (self.hard_state_queued
                && (self.hard_state.term, self.hard_state.vote) != self.written_term_vote)
    }

    /// Writes everything queued and makes it, and everything written before, durable with one
    /// fdatasync.
    pub fn sync(&mut self) -> io::Result<()> {
        self.write()?;
        if self.unsynced {
            self.file.sync_data()?;
            self.unsynced = false;
        }
        Ok(())
    }

    /// Writes everything queued without waiting for it to be durable, so the caller can go on
    /// while another thread syncs. Returns the file to fdatasync for that (none when nothing
    /// was queued). A segment is synced here before its successor holds anything, so a crash
    /// can tear only the last segment.
    pub fn write(&mut self) -> io::Result<Option<Arc<File>>> {
        if self.hard_state_queued {
            let bytes = self
                .hard_state
                .write_to_bytes()
                .expect("hard state encodes");
            encode_frame(&mut self.buffer, KIND_HARD_STATE, &bytes);
            self.hard_state_queued = false;
        }
        if self.buffer.is_empty() {
            return Ok(None);
        }
        let end = self.size + self.buffer.len() as u64;
        if end > self.allocated {
            self.allocated = end.next_multiple_of(ALLOCATE_BYTES);
            allocate(&self.file, self.allocated)?;
        }
        self.file.write_all_at(&self.buffer, self.size)?;
        self.unsynced = true;
        self.written_term_vote = (self.hard_state.term, self.hard_state.vote);
        self.size = end;
        self.buffer.clear();
        let written = self.file.clone();
        if self.size >= SEGMENT_BYTES {
            self.rotate()?;
        }
        Ok(Some(written))
    }

    /// Records that a snapshot covers the log up to `meta.index` and deletes the segments whose
    /// entries it covers.
    pub fn compact(&mut self, meta: &SnapshotMetadata) -> io::Result<()> {
        let bytes = meta.write_to_bytes().expect("snapshot metadata encodes");
        encode_frame(&mut self.buffer, KIND_SNAPSHOT, &bytes);
        self.snapshot = meta.clone();
        self.sync()?;
        // Segment i holds only entries below segment i+1's first index.
        let mut removable = 0;
        while removable + 1 < self.segments.len()
            && self.segments[removable + 1].first_index <= meta.index + 1
        {
            removable += 1;
        }
        for segment in self.segments.drain(..removable) {
            fs::remove_file(&segment.path)?;
        }
        if removable > 0 {
            sync_dir(&self.dir)?;
        }
        Ok(())
    }

    fn rotate(&mut self) -> io::Result<()> {
        if self.unsynced {
            self.file.sync_data()?;
            self.unsynced = false;
        }
        let seq = self.segments.last().map_or(1, |s| s.seq + 1);
        let path = segment_path(&self.dir, seq);
        let file = OpenOptions::new()
            .create_new(true)
            .write(true)
            .open(&path)?;
        let mut head = Vec::new();
        let snapshot = self.snapshot.write_to_bytes().expect("encodes");
        encode_frame(&mut head, KIND_SNAPSHOT, &snapshot);
        let hard_state = self.hard_state.write_to_bytes().expect("encodes");
        encode_frame(&mut head, KIND_HARD_STATE, &hard_state);
        allocate(&file, ALLOCATE_BYTES)?;
        file.write_all_at(&head, 0)?;
        file.sync_data()?;
        sync_dir(&self.dir)?;
        self.segments.push(Segment {
            seq,
            path,
            first_index: self.next_index,
        });
        self.file = Arc::new(file);
        self.size = head.len() as u64;
        self.allocated = ALLOCATE_BYTES;
        Ok(())
    }

    /// Number of segment files, for tests and metrics.
    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }
}

/// Replays one segment into `recovered`, returning the lowest entry index it holds and where
/// its records end. A torn tail in the last segment is truncated away.
fn replay_segment(
    path: &Path,
    seq: u64,
    last: bool,
    recovered: &mut Recovered,
) -> io::Result<(u64, u64)> {
    let mut data = Vec::new();
    File::open(path)?.read_to_end(&mut data)?;
    let mut offset = 0;
    let mut first_index = u64::MAX;
    while offset < data.len() {
        let torn = |what: &str| -> io::Result<Option<usize>> {
            if last {
                Ok(Some(offset))
            } else {
                Err(corrupt(path, offset, what))
            }
        };
        let rest = &data[offset..];
        let cut = if rest[..rest.len().min(FRAME_HEADER)].iter().all(|&b| b == 0) {
            // A zero header: the records end here, and only allocated zeros may follow.
            if rest.iter().all(|&b| b == 0) {
                break;
            }
            torn("data after the end of the records")?
        } else if rest.len() < FRAME_HEADER {
            torn("short frame header")?
        } else {
            let len = u32::from_le_bytes(data[offset..offset + 4].try_into().unwrap()) as usize;
            let crc = u32::from_le_bytes(data[offset + 4..offset + 8].try_into().unwrap());
            let kind = data[offset + 8];
            let start = offset + FRAME_HEADER;
            if data.len() - start < len {
                torn("short frame")?
            } else {
                let payload = &data[start..start + len];
                let mut hasher = crc32fast::Hasher::new();
                hasher.update(&[kind]);
                hasher.update(payload);
                if hasher.finalize() != crc {
                    torn("checksum mismatch")?
                } else {
                    apply_record(
                        path,
                        seq,
                        offset,
                        kind,
                        payload,
                        recovered,
                        &mut first_index,
                    )?;
                    offset = start + len;
                    None
                }
            }
        };
        if let Some(at) = cut {
            tracing::warn!(
                wal = %path.display(),
                offset = at,
                "cutting a torn write at the end of the WAL (a crash during a write)"
            );
            OpenOptions::new()
                .write(true)
                .open(path)?
                .set_len(at as u64)?;
            break;
        }
    }
    if first_index == u64::MAX {
        first_index = recovered
            .entries
            .last()
            .map_or(recovered.snapshot.index + 1, |e| e.index + 1);
    }
    Ok((first_index, offset as u64))
}

fn apply_record(
    path: &Path,
    seq: u64,
    offset: usize,
    kind: u8,
    payload: &[u8],
    recovered: &mut Recovered,
    first_index: &mut u64,
) -> io::Result<()> {
    let bad = |e: protobuf::ProtobufError| corrupt(path, offset, &e.to_string());
    match kind {
        KIND_ENTRY => {
            let entry = Entry::parse_from_bytes(payload).map_err(bad)?;
            *first_index = (*first_index).min(entry.index);
            let location = EntryLocation {
                term: entry.term,
                offset: offset as u64,
                segment: seq as u32,
                len: payload.len() as u32,
            };
            push_entry(recovered, entry, location);
        }
        KIND_HARD_STATE => {
            recovered.hard_state = HardState::parse_from_bytes(payload).map_err(bad)?
        }
        KIND_SNAPSHOT => {
            let meta = SnapshotMetadata::parse_from_bytes(payload).map_err(bad)?;
            if meta.index >= recovered.snapshot.index {
                let covered = recovered
                    .entries
                    .iter()
                    .take_while(|e| e.index <= meta.index)
                    .count();
                recovered.entries.drain(..covered);
                recovered.locations.drain(..covered);
                if recovered
                    .entries
                    .first()
                    .is_some_and(|e| e.index != meta.index + 1)
                {
                    recovered.entries.clear();
                    recovered.locations.clear();
                }
                recovered.snapshot = meta;
            }
        }
        other => {
            return Err(corrupt(
                path,
                offset,
                &format!("unknown record kind {other}"),
            ))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(index: u64, term: u64, data: &[u8]) -> Entry {
        Entry {
            index,
            term,
            data: data.to_vec().into(),
            ..Default::default()
        }
    }

    fn indexes(entries: &[Entry]) -> Vec<(u64, u64)> {
        entries.iter().map(|e| (e.index, e.term)).collect()
    }

    #[test]
    fn replays_entries_and_hard_state() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, recovered) = Wal::open(dir.path()).unwrap();
        assert!(recovered.entries.is_empty());
        let hs = HardState {
            term: 2,
            commit: 2,
            ..Default::default()
        };
        wal.append(&[entry(1, 1, b"a"), entry(2, 2, b"b")], Some(&hs));
        wal.sync().unwrap();
        drop(wal);
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(indexes(&recovered.entries), vec![(1, 1), (2, 2)]);
        assert_eq!(recovered.hard_state.commit, 2);
        assert_eq!(&recovered.entries[1].data[..], b"b");
    }

    #[test]
    fn a_later_entry_replaces_the_tail_it_conflicts_with() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        wal.append(
            &[entry(1, 1, b""), entry(2, 1, b""), entry(3, 1, b"")],
            None,
        );
        wal.append(&[entry(2, 2, b"")], None);
        wal.sync().unwrap();
        drop(wal);
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(indexes(&recovered.entries), vec![(1, 1), (2, 2)]);
    }

    #[test]
    fn a_torn_tail_is_cut_and_earlier_records_survive() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        wal.append(&[entry(1, 1, b"kept")], None);
        wal.sync().unwrap();
        wal.append(&[entry(2, 1, b"torn")], None);
        wal.sync().unwrap();
        let end = wal.size;
        drop(wal);
        // The last bytes of the last record never reached the disk.
        let path = segment_path(dir.path(), 1);
        OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .write_all_at(&[0; 3], end - 3)
            .unwrap();
        let (mut wal, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(indexes(&recovered.entries), vec![(1, 1)]);
        // Appending after the cut works and replays.
        wal.append(&[entry(2, 1, b"again")], None);
        wal.sync().unwrap();
        drop(wal);
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(indexes(&recovered.entries), vec![(1, 1), (2, 1)]);
    }

    #[test]
    fn corruption_before_the_last_segment_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        wal.append(&[entry(1, 1, b"x")], None);
        wal.sync().unwrap();
        let end = wal.size as usize;
        wal.rotate().unwrap();
        wal.append(&[entry(2, 1, b"y")], None);
        wal.sync().unwrap();
        drop(wal);
        let path = segment_path(dir.path(), 1);
        let mut bytes = fs::read(&path).unwrap();
        bytes[end - 1] ^= 0xff;
        fs::write(&path, bytes).unwrap();
        let err = Wal::open(dir.path()).err().expect("corruption detected");
        assert!(err.to_string().contains("checksum mismatch"), "{err}");
    }

    #[test]
    fn segments_are_allocated_ahead_and_reopening_appends_after_the_records() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        wal.append(&[entry(1, 1, b"a")], None);
        wal.sync().unwrap();
        let path = segment_path(dir.path(), 1);
        assert_eq!(fs::metadata(&path).unwrap().len(), ALLOCATE_BYTES);
        drop(wal);
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        wal.append(&[entry(2, 1, b"b")], None);
        wal.sync().unwrap();
        drop(wal);
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(indexes(&recovered.entries), vec![(1, 1), (2, 1)]);
    }

    #[test]
    fn a_segment_written_without_allocation_still_replays_and_grows() {
        let dir = tempfile::tempdir().unwrap();
        let mut records = Vec::new();
        let bytes = entry(1, 1, b"old").write_to_bytes().unwrap();
        encode_frame(&mut records, KIND_ENTRY, &bytes);
        fs::write(segment_path(dir.path(), 1), &records).unwrap();
        let (mut wal, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(indexes(&recovered.entries), vec![(1, 1)]);
        wal.append(&[entry(2, 1, b"new")], None);
        wal.sync().unwrap();
        drop(wal);
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(indexes(&recovered.entries), vec![(1, 1), (2, 1)]);
    }

    #[test]
    fn data_after_the_end_of_an_earlier_segment_is_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        wal.append(&[entry(1, 1, b"x")], None);
        wal.sync().unwrap();
        let end = wal.size;
        wal.rotate().unwrap();
        drop(wal);
        OpenOptions::new()
            .write(true)
            .open(segment_path(dir.path(), 1))
            .unwrap()
            .write_all_at(b"stray", end + 100)
            .unwrap();
        let err = Wal::open(dir.path()).err().expect("corruption detected");
        assert!(err.to_string().contains("after the end"), "{err}");
    }

    #[test]
    fn only_new_entries_or_a_new_term_or_vote_need_a_sync() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        let mut hs = HardState {
            term: 1,
            vote: 1,
            ..Default::default()
        };
        wal.set_hard_state(&hs);
        assert!(wal.must_sync(), "a new term and vote");
        wal.sync().unwrap();
        hs.commit = 5;
        wal.set_hard_state(&hs);
        assert!(!wal.must_sync(), "a commit index alone");
        wal.append(&[entry(1, 1, b"")], None);
        assert!(wal.must_sync(), "an entry");
        wal.sync().unwrap();
        drop(wal);
        // The commit index went out with the entry's sync.
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(recovered.hard_state.commit, 5);
    }

    #[test]
    fn entries_are_read_back_from_their_locations_across_segments() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        let mut locations = wal.append(&[entry(1, 1, b"one"), entry(2, 1, b"two")], None);
        wal.sync().unwrap();
        wal.rotate().unwrap();
        locations.extend(wal.append(&[entry(3, 2, b"three")], None));
        wal.sync().unwrap();
        let read = read_entries(dir.path(), &locations).unwrap();
        assert_eq!(indexes(&read), vec![(1, 1), (2, 1), (3, 2)]);
        assert_eq!(&read[2].data[..], b"three");
        // Replay finds the same locations.
        drop(wal);
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(recovered.locations, locations);
    }

    #[test]
    fn compaction_drops_covered_segments_and_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path()).unwrap();
        for i in 1..=3 {
            wal.append(&[entry(i, 1, b"")], None);
        }
        wal.sync().unwrap();
        wal.rotate().unwrap();
        for i in 4..=6 {
            wal.append(&[entry(i, 1, b"")], None);
        }
        wal.sync().unwrap();
        let meta = SnapshotMetadata {
            index: 4,
            term: 1,
            ..Default::default()
        };
        wal.compact(&meta).unwrap();
        assert_eq!(wal.segment_count(), 1);
        drop(wal);
        let (_, recovered) = Wal::open(dir.path()).unwrap();
        assert_eq!(recovered.snapshot.index, 4);
        assert_eq!(indexes(&recovered.entries), vec![(5, 1), (6, 1)]);
    }
}
