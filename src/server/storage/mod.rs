//! State: the MVCC store (`mvcc`), applying a committed request to it (`apply`), lease timing
//! (`lease`), and watchers (`watch`). Deterministic given the entries raft commits; it knows
//! nothing of raft or the API.

pub mod apply;
pub mod lease;
pub mod mvcc;
pub mod watch;
