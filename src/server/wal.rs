//! The write-ahead log: the raft log and hard state on disk.
//!
//! A WAL directory holds numbered segment files (`0000000000000001.wal`, …). Each holds frames
//! `[payload length u32 LE][crc32 u32 LE of kind + payload][kind u8][payload]`, where the payload
//! is a raft `Entry`, `HardState` or `SnapshotMetadata` in raft's protobuf encoding. A new
//! segment starts with the current snapshot marker and hard state, so older segments can be
//! deleted once a snapshot covers their entries. Start-up replays every segment; a torn frame at
//! the end of the last segment (a crash mid-write) is cut off, anywhere else it is corruption.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use protobuf::Message as _;
use raft::eraftpb::{Entry, HardState, SnapshotMetadata};

/// Rotate to a new segment once the current one passes this size.
const SEGMENT_BYTES: u64 = 64 * 1024 * 1024;
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
    file: File,
    size: u64,
    buffer: Vec<u8>,
    snapshot: SnapshotMetadata,
    hard_state: HardState,
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

/// Appends `entry` to `entries`, replacing any entries it supersedes (a new leader's log wins).
fn push_entry(entries: &mut Vec<Entry>, snapshot_index: u64, entry: Entry) {
    if entry.index <= snapshot_index {
        return;
    }
    if let Some(first) = entries.first().map(|e| e.index) {
        if entry.index < first {
            entries.clear();
        } else {
            entries.truncate((entry.index - first) as usize);
        }
    }
    entries.push(entry);
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
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
        for (i, &seq) in seqs.iter().enumerate() {
            let path = segment_path(dir, seq);
            let last = i + 1 == seqs.len();
            let first_index = replay_segment(&path, last, &mut recovered)?;
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
        let file = OpenOptions::new().append(true).open(&current.path)?;
        let size = file.metadata()?.len();
        let wal = Wal {
            dir: dir.to_path_buf(),
            segments,
            file,
            size,
            buffer: Vec::with_capacity(64 * 1024),
            snapshot: recovered.snapshot.clone(),
            hard_state: recovered.hard_state.clone(),
            next_index,
        };
        Ok((wal, recovered))
    }

    /// Queues entries and a hard state for the next `sync`.
    pub fn append(&mut self, entries: &[Entry], hard_state: Option<&HardState>) {
        for entry in entries {
            let bytes = entry.write_to_bytes().expect("raft entry encodes");
            encode_frame(&mut self.buffer, KIND_ENTRY, &bytes);
            if let Some(segment) = self.segments.last_mut() {
                segment.first_index = segment.first_index.min(entry.index);
            }
            self.next_index = entry.index + 1;
        }
        if let Some(hs) = hard_state {
            self.set_hard_state(hs);
        }
    }

    /// Queues a hard state (e.g. a commit index that advanced) for the next `sync`.
    pub fn set_hard_state(&mut self, hard_state: &HardState) {
        let bytes = hard_state.write_to_bytes().expect("hard state encodes");
        encode_frame(&mut self.buffer, KIND_HARD_STATE, &bytes);
        self.hard_state = hard_state.clone();
    }

    /// Whether anything is queued.
    pub fn has_pending(&self) -> bool {
        !self.buffer.is_empty()
    }

    /// Writes everything queued and makes it durable with one fdatasync.
    pub fn sync(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        self.file.write_all(&self.buffer)?;
        self.file.sync_data()?;
        self.size += self.buffer.len() as u64;
        self.buffer.clear();
        if self.size >= SEGMENT_BYTES {
            self.rotate()?;
        }
        Ok(())
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
        let seq = self.segments.last().map_or(1, |s| s.seq + 1);
        let path = segment_path(&self.dir, seq);
        let mut file = OpenOptions::new()
            .create_new(true)
            .append(true)
            .open(&path)?;
        let mut head = Vec::new();
        let snapshot = self.snapshot.write_to_bytes().expect("encodes");
        encode_frame(&mut head, KIND_SNAPSHOT, &snapshot);
        let hard_state = self.hard_state.write_to_bytes().expect("encodes");
        encode_frame(&mut head, KIND_HARD_STATE, &hard_state);
        file.write_all(&head)?;
        file.sync_data()?;
        sync_dir(&self.dir)?;
        self.segments.push(Segment {
            seq,
            path,
            first_index: self.next_index,
        });
        self.file = file;
        self.size = head.len() as u64;
        Ok(())
    }

    /// Number of segment files, for tests and metrics.
    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }
}

/// Replays one segment into `recovered`, returning the lowest entry index it holds. A torn tail
/// in the last segment is truncated away.
fn replay_segment(path: &Path, last: bool, recovered: &mut Recovered) -> io::Result<u64> {
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
        let cut = if data.len() - offset < FRAME_HEADER {
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
                    apply_record(path, offset, kind, payload, recovered, &mut first_index)?;
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
    Ok(first_index)
}

fn apply_record(
    path: &Path,
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
            push_entry(&mut recovered.entries, recovered.snapshot.index, entry);
        }
        KIND_HARD_STATE => {
            recovered.hard_state = HardState::parse_from_bytes(payload).map_err(bad)?
        }
        KIND_SNAPSHOT => {
            let meta = SnapshotMetadata::parse_from_bytes(payload).map_err(bad)?;
            if meta.index >= recovered.snapshot.index {
                recovered.entries.retain(|e| e.index > meta.index);
                if recovered
                    .entries
                    .first()
                    .is_some_and(|e| e.index != meta.index + 1)
                {
                    recovered.entries.clear();
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
        drop(wal);
        let path = segment_path(dir.path(), 1);
        let len = fs::metadata(&path).unwrap().len();
        OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(len - 3)
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
        wal.rotate().unwrap();
        wal.append(&[entry(2, 1, b"y")], None);
        wal.sync().unwrap();
        drop(wal);
        let path = segment_path(dir.path(), 1);
        let mut bytes = fs::read(&path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 0xff;
        fs::write(&path, bytes).unwrap();
        let err = Wal::open(dir.path()).err().expect("corruption detected");
        assert!(err.to_string().contains("checksum mismatch"), "{err}");
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
