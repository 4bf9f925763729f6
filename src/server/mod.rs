//! `ctl serve`: an etcd v3 member. The single-node member is a one-member raft cluster, so
//! clustering extends it rather than replacing it:
//!
//! - `proto`: etcd's v3 API (packages etcdserverpb, mvccpb, authpb) generated from ctl's own
//!   wire-compatible definitions in proto/ by build.rs (protox, no system protoc).
//! - `config`: etcd's flags, ETCD_* variables and `--config-file`, checked before start.
//! - `node`: the node thread owning a tikv `raft::RawNode`. Proposals arrive on a channel with a
//!   responder each; one Ready batch persists entries and hard state with one fsync (group
//!   commit: every proposal gathered since the last Ready shares it), then sends messages, then
//!   applies committed entries to the store and answers the waiters.
//! - `wal`: the raft log on disk: segment files of CRC-checked records (entries, hard state,
//!   snapshot markers); start-up replays it and truncates a torn tail.
//! - `mvcc`: revisions (main, sub), create/mod revision, version, tombstones and compaction in
//!   redb (key table by revision, an in-memory key index rebuilt at start). Each applied batch
//!   records the raft index it reached in the same transaction, so replaying the WAL after a
//!   crash skips what the backend already has and backend commits may be batched.
//! - `lease`, `watch`: lease expiry proposes revocations through raft; watchers get events after
//!   each applied batch, and history from the store for a start revision.
//! - `peer`: member-to-member gRPC on the peer URLs (raft messages, membership for joiners,
//!   lease questions and membership changes forwarded to the leader), TLS with peer certificates.
//! - `member`: what the API shares: identity, store, proposing and read barriers.
//! - `api`, `http`, `listen`: tonic services (KV, Watch, Lease, Cluster, Maintenance, Auth status) and
//!   /health, /version, /livez, /readyz, /metrics on the same client URLs.

pub mod api;
pub mod apply;
pub mod config;
pub mod errors;
pub mod http;
pub mod ids;
pub mod lease;
pub mod listen;
pub mod member;
pub mod metrics;
pub mod mvcc;
pub mod node;
pub mod peer;
pub mod proto;
pub mod raft_log;
pub mod wal;
pub mod watch;

mod run;

pub use run::{run, DataDir};
