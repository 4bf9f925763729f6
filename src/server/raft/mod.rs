//! Consensus: the node task owning tikv's raft-rs `RawNode` (`node`), the raft log it reads
//! (`raft_log`: recent entries in memory, older ones by their place in the WAL), the WAL on
//! disk (`wal`) and the thread that syncs it (`syncer`), the linearizable reads waiting on
//! ReadIndex rounds (`reads`), and the outgoing peer transport (`transport`) with the raft
//! stream's wire format (`stream`). It applies committed entries to `storage` and knows
//! nothing of the API.

pub mod node;
pub mod raft_log;
pub mod reads;
pub mod stream;
pub mod syncer;
pub mod transport;
pub mod wal;
