//! The KV service: reads served from the local store (after a ReadIndex barrier unless
//! serializable), writes proposed through raft.

use std::collections::BTreeSet;
use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::server::auth::store::Access;
use crate::server::auth::AuthInfo;
use crate::server::errors::{ApiError, ApiResult};
use crate::server::member::Member;
use crate::server::proto::ctlpb::internal_request::Request as Internal;
use crate::server::proto::etcdserverpb::{
    kv_server::Kv, request_op, CompactionRequest, CompactionResponse, DeleteRangeRequest,
    DeleteRangeResponse, PutRequest, PutResponse, RangeRequest, RangeResponse, RequestOp,
    TxnRequest, TxnResponse,
};
use crate::server::storage::apply::Response as Applied;

pub struct KvService {
    pub member: Arc<Member>,
}

fn check_put(put: &PutRequest) -> ApiResult<()> {
    if put.key.is_empty() {
        return Err(ApiError::EmptyKey);
    }
    if put.ignore_value && !put.value.is_empty() {
        return Err(ApiError::ValueProvided);
    }
    if put.ignore_lease && put.lease != 0 {
        return Err(ApiError::LeaseProvided);
    }
    Ok(())
}

fn check_key(key: &[u8]) -> ApiResult<()> {
    if key.is_empty() {
        Err(ApiError::EmptyKey)
    } else {
        Ok(())
    }
}

/// etcd's static txn checks: operation counts, keys, and no key written twice in one branch.
pub fn check_txn(txn: &TxnRequest, max_ops: u64) -> ApiResult<()> {
    let max = max_ops as usize;
    if txn.compare.len() > max || txn.success.len() > max || txn.failure.len() > max {
        return Err(ApiError::TooManyOps);
    }
    for cmp in &txn.compare {
        check_key(&cmp.key)?;
    }
    for branch in [&txn.success, &txn.failure] {
        let mut puts = BTreeSet::new();
        let mut deletes = Vec::new();
        check_ops(branch, max_ops, &mut puts, &mut deletes)?;
        for (key, end) in &deletes {
            let overlaps = if end.is_empty() {
                puts.contains(key)
            } else if end.as_slice() == [0] {
                puts.range(key.clone()..).next().is_some()
            } else {
                puts.range(key.clone()..end.clone()).next().is_some()
            };
            if overlaps {
                return Err(ApiError::DuplicateKey);
            }
        }
    }
    Ok(())
}

fn check_ops(
    ops: &[RequestOp],
    max_ops: u64,
    puts: &mut BTreeSet<Vec<u8>>,
    deletes: &mut Vec<(Vec<u8>, Vec<u8>)>,
) -> ApiResult<()> {
    for op in ops {
        match &op.request {
            Some(request_op::Request::RequestRange(range)) => check_key(&range.key)?,
            Some(request_op::Request::RequestPut(put)) => {
                check_put(put)?;
                if !puts.insert(put.key.clone()) {
                    return Err(ApiError::DuplicateKey);
                }
            }
            Some(request_op::Request::RequestDeleteRange(delete)) => {
                check_key(&delete.key)?;
                deletes.push((delete.key.clone(), delete.range_end.clone()));
            }
            Some(request_op::Request::RequestTxn(nested)) => {
                check_txn(nested, max_ops)?;
                // A nested txn runs one of its branches; either may collide with this branch.
                for branch in [&nested.success, &nested.failure] {
                    let mut nested_puts = puts.clone();
                    check_ops(branch, max_ops, &mut nested_puts, deletes)?;
                    puts.extend(nested_puts);
                }
            }
            None => {}
        }
    }
    Ok(())
}

fn txn_writes(ops: &[RequestOp]) -> u64 {
    ops.iter()
        .map(|op| match &op.request {
            Some(request_op::Request::RequestPut(put)) => (put.key.len() + put.value.len()) as u64,
            Some(request_op::Request::RequestTxn(t)) => {
                txn_writes(&t.success).max(txn_writes(&t.failure))
            }
            _ => 0,
        })
        .sum()
}

impl KvService {
    async fn write(&self, request: Internal, who: Option<AuthInfo>) -> ApiResult<(Applied, i64)> {
        let applied = self.member.propose_as(request, who.as_ref()).await?;
        Ok((applied.response, applied.revision))
    }
}

fn unexpected() -> Status {
    ApiError::internal("unexpected apply result").into()
}

#[tonic::async_trait]
impl Kv for KvService {
    async fn range(
        &self,
        request: Request<RangeRequest>,
    ) -> Result<Response<RangeResponse>, Status> {
        let who = self.member.who(&request)?;
        let request = request.into_inner();
        check_key(&request.key)?;
        if !request.serializable {
            self.member.read_barrier().await?;
        }
        if self.member.auth.enabled() {
            self.member.auth.current().check(
                who.as_ref(),
                &request.key,
                &request.range_end,
                Access::Read,
            )?;
        }
        let (mut response, revision) = self.member.store.range(&request)?;
        self.member.metrics.ranges.inc();
        response.header = Some(self.member.header(revision));
        Ok(Response::new(response))
    }

    async fn put(&self, request: Request<PutRequest>) -> Result<Response<PutResponse>, Status> {
        let who = self.member.who(&request)?;
        let request = request.into_inner();
        check_put(&request)?;
        self.member
            .check_quota((request.key.len() + request.value.len()) as u64)
            .await?;
        match self.write(Internal::Put(request), who).await? {
            (Applied::Put(mut response), revision) => {
                self.member.metrics.puts.inc();
                response.header = Some(self.member.header(revision));
                Ok(Response::new(response))
            }
            _ => Err(unexpected()),
        }
    }

    async fn delete_range(
        &self,
        request: Request<DeleteRangeRequest>,
    ) -> Result<Response<DeleteRangeResponse>, Status> {
        let who = self.member.who(&request)?;
        let request = request.into_inner();
        check_key(&request.key)?;
        match self.write(Internal::DeleteRange(request), who).await? {
            (Applied::DeleteRange(mut response), revision) => {
                self.member.metrics.deletes.inc();
                response.header = Some(self.member.header(revision));
                Ok(Response::new(response))
            }
            _ => Err(unexpected()),
        }
    }

    async fn txn(&self, request: Request<TxnRequest>) -> Result<Response<TxnResponse>, Status> {
        let who = self.member.who(&request)?;
        let request = request.into_inner();
        check_txn(&request, self.member.limits.max_txn_ops)?;
        let cost = txn_writes(&request.success).max(txn_writes(&request.failure));
        if cost > 0 {
            self.member.check_quota(cost).await?;
        }
        match self.write(Internal::Txn(request), who).await? {
            (Applied::Txn(mut response), revision) => {
                self.member.metrics.txns.inc();
                count_ops(&self.member.metrics, &response);
                let header = self.member.header(revision);
                set_txn_headers(&mut response, &header);
                Ok(Response::new(response))
            }
            _ => Err(unexpected()),
        }
    }

    async fn compact(
        &self,
        request: Request<CompactionRequest>,
    ) -> Result<Response<CompactionResponse>, Status> {
        let who = self.member.who(&request)?;
        let request = request.into_inner();
        match self.write(Internal::Compaction(request), who).await? {
            (Applied::Compaction(mut response), revision) => {
                response.header = Some(self.member.header(revision));
                Ok(Response::new(response))
            }
            _ => Err(unexpected()),
        }
    }
}

/// etcd counts a txn's operations with the plain ones, nested txns' too.
fn count_ops(metrics: &crate::server::metrics::Metrics, response: &TxnResponse) {
    use crate::server::proto::etcdserverpb::response_op::Response as Op;
    for op in &response.responses {
        match &op.response {
            Some(Op::ResponseRange(_)) => metrics.ranges.inc(),
            Some(Op::ResponsePut(_)) => metrics.puts.inc(),
            Some(Op::ResponseDeleteRange(_)) => metrics.deletes.inc(),
            Some(Op::ResponseTxn(nested)) => count_ops(metrics, nested),
            None => {}
        }
    }
}

/// The txn gets the full header; the responses inside it have theirs from the apply.
fn set_txn_headers(
    response: &mut TxnResponse,
    header: &crate::server::proto::etcdserverpb::ResponseHeader,
) {
    response.header = Some(*header);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(key: &str) -> RequestOp {
        RequestOp {
            request: Some(request_op::Request::RequestPut(PutRequest {
                key: key.into(),
                ..Default::default()
            })),
        }
    }

    fn delete(key: &str, end: &str) -> RequestOp {
        RequestOp {
            request: Some(request_op::Request::RequestDeleteRange(
                DeleteRangeRequest {
                    key: key.into(),
                    range_end: end.into(),
                    ..Default::default()
                },
            )),
        }
    }

    #[test]
    fn txn_checks_match_etcds() {
        let txn = |success: Vec<RequestOp>| TxnRequest {
            success,
            ..Default::default()
        };
        assert_eq!(check_txn(&txn(vec![put("a"), put("b")]), 128), Ok(()));
        assert_eq!(
            check_txn(&txn(vec![put("a"), put("a")]), 128),
            Err(ApiError::DuplicateKey)
        );
        assert_eq!(
            check_txn(&txn(vec![put("b"), delete("a", "c")]), 128),
            Err(ApiError::DuplicateKey)
        );
        assert_eq!(
            check_txn(&txn(vec![put("d"), delete("a", "c")]), 128),
            Ok(())
        );
        assert_eq!(
            check_txn(&txn(vec![put("a"), put("b")]), 1),
            Err(ApiError::TooManyOps)
        );
        assert_eq!(check_txn(&txn(vec![put("")]), 128), Err(ApiError::EmptyKey));
    }
}
