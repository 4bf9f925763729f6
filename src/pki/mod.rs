//! cfssl-compatible certificate tooling: signing profiles, requests, keys, issuing, reading
//! certificates back, and the whole etcd set at once.

pub mod certinfo;
pub mod check;
pub mod config;
pub mod duration;
pub mod init;
pub mod issue;
pub mod keys;
pub mod output;
pub mod probe;
pub mod renew;
pub mod request;
