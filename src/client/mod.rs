//! Talking to members, real etcd or `ctl serve`: endpoints, TLS with failures explained,
//! connections, cluster and endpoint checks, etcdctl's output formats and its txn syntax.

pub mod connection;
pub mod endpoint;
pub mod explain;
pub mod fields;
pub mod format;
pub mod health;
pub mod kv;
pub mod tls;
pub mod txn;

pub use connection::{ClientOptions, Connection, Keepalive, Session};
pub use endpoint::Endpoint;
pub use tls::TlsOptions;
