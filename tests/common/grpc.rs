//! ctl's own gRPC client (tonic, generated from proto/) for tests that need more than etcdctl
//! gives: many concurrent writers, exact revisions, exact error codes.

use std::collections::HashMap;

use ctl::server::proto::etcdserverpb::kv_client::KvClient;
use ctl::server::proto::etcdserverpb::{PutRequest, RangeRequest};
use tonic::transport::Channel;

/// A runtime for the test's client tasks.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .unwrap()
}

pub fn put_request(key: &str, value: &[u8]) -> PutRequest {
    PutRequest {
        key: key.into(),
        value: value.to_vec(),
        ..Default::default()
    }
}

/// Every key under `prefix` (a linearizable read): key → mod revision.
pub async fn range_prefix(
    mut client: KvClient<Channel>,
    prefix: &str,
) -> Result<HashMap<String, i64>, String> {
    let mut end = prefix.as_bytes().to_vec();
    *end.last_mut().unwrap() += 1;
    let response = client
        .range(RangeRequest {
            key: prefix.into(),
            range_end: end,
            ..Default::default()
        })
        .await
        .map_err(|e| e.to_string())?
        .into_inner();
    Ok(response
        .kvs
        .into_iter()
        .map(|kv| (String::from_utf8(kv.key).unwrap(), kv.mod_revision))
        .collect())
}

/// Acknowledged puts (key, revision) that are missing or changed in `stored`.
pub fn lost<'a>(
    acked: &'a [(String, i64)],
    stored: &HashMap<String, i64>,
) -> Vec<&'a (String, i64)> {
    acked
        .iter()
        .filter(|(key, revision)| stored.get(key) != Some(revision))
        .collect()
}
