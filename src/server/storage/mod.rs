//! State: the MVCC store (`mvcc`), applying a committed request to it (`apply`), lease timing
//! (`lease`), watchers (`watch`), and etcd's snapshot format (`snapshot`). Deterministic given the entries raft commits; it knows
//! nothing of raft or the API.

pub mod apply;
pub mod bbolt;
pub mod lease;
pub mod mvcc;
pub mod snapshot;
pub mod watch;
