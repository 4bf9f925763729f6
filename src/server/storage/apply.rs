//! Applying a committed raft entry to the store: the deterministic part of every write. Every
//! member applies the same entries in the same order and reaches the same state, so checks whose
//! outcome depends on replicated state (lease exists, key exists for ignore_value, NOSPACE) are
//! made here, before the request changes anything.

use super::mvcc::Writer;
use crate::server::errors::{ApiError, ApiResult};
use crate::server::proto::ctlpb::internal_request::Request;
use crate::server::proto::etcdserverpb::{
    alarm_request::AlarmAction, request_op, response_op, AlarmRequest, AlarmResponse, AlarmType,
    CompactionResponse, LeaseGrantResponse, LeaseRevokeResponse, PutRequest, RequestOp,
    ResponseHeader, ResponseOp, TxnRequest, TxnResponse,
};

/// The outcome of one applied request, before the API adds the response header.
#[derive(Debug)]
pub enum Response {
    Put(crate::server::proto::etcdserverpb::PutResponse),
    DeleteRange(crate::server::proto::etcdserverpb::DeleteRangeResponse),
    Txn(TxnResponse),
    Compaction(CompactionResponse),
    LeaseGrant(LeaseGrantResponse),
    LeaseRevoke(LeaseRevokeResponse),
    Alarm(AlarmResponse),
    /// The membership after a membership change.
    Members(Vec<crate::server::proto::etcdserverpb::Member>),
    /// An auth change applied (auth changes answer with a header alone).
    Auth,
    /// A simple token assigned on every member.
    Token(String),
}

/// A response and the store revision right after it.
#[derive(Debug)]
pub struct Applied {
    pub response: Response,
    pub revision: i64,
}

/// Side effects the node carries out after the batch commits.
#[derive(Debug, Default)]
pub struct Effects {
    pub granted: Vec<(i64, i64)>,
    pub revoked: Vec<i64>,
}

fn nospace(writer: &Writer<'_, '_>) -> bool {
    writer.has_alarm(AlarmType::Nospace as i32)
}

/// Applies one request.
pub fn apply(
    writer: &mut Writer<'_, '_>,
    request: Request,
    effects: &mut Effects,
) -> ApiResult<Applied> {
    writer.begin();
    let response = match request {
        Request::Put(put) => {
            if nospace(writer) {
                return Err(ApiError::NoSpace);
            }
            check_put(writer, &put)?;
            Response::Put(writer.put(put)?)
        }
        Request::DeleteRange(delete) => Response::DeleteRange(writer.delete_range(&delete)?),
        Request::Txn(txn) => {
            let succeeded = compares_hold(writer, &txn)?;
            let ops = if succeeded {
                &txn.success
            } else {
                &txn.failure
            };
            if nospace(writer) && ops.iter().any(writes) {
                return Err(ApiError::NoSpace);
            }
            check_ops(writer, ops)?;
            Response::Txn(apply_txn(writer, &txn, succeeded)?)
        }
        Request::Compaction(compaction) => {
            writer.compact(compaction.revision)?;
            Response::Compaction(CompactionResponse::default())
        }
        Request::LeaseGrant(grant) => {
            if nospace(writer) {
                return Err(ApiError::NoSpace);
            }
            writer.grant_lease(grant.id, grant.ttl)?;
            effects.granted.push((grant.id, grant.ttl));
            Response::LeaseGrant(LeaseGrantResponse {
                header: None,
                id: grant.id,
                ttl: grant.ttl,
                error: String::new(),
            })
        }
        Request::LeaseRevoke(revoke) => {
            writer.revoke_lease(revoke.id)?;
            effects.revoked.push(revoke.id);
            Response::LeaseRevoke(LeaseRevokeResponse::default())
        }
        Request::Alarm(alarm) => Response::Alarm(apply_alarm(writer, &alarm)?),
        Request::MemberAttributes(published) => {
            // A member's own name and client URLs, published once it runs.
            if let Some(mut member) = writer.member(published.id) {
                member.name = published.name;
                member.client_ur_ls = published.client_ur_ls;
                writer.put_member(member)?;
            }
            Response::Members(writer.members())
        }
        Request::MemberUpdate(update) => {
            let Some(mut member) = writer.member(update.id) else {
                return Err(ApiError::Other(
                    tonic::Code::NotFound,
                    "etcdserver: member not found".into(),
                ));
            };
            member.peer_ur_ls = update.peer_ur_ls;
            writer.put_member(member)?;
            Response::Members(writer.members())
        }
        // Auth changes are the auth store's to apply (the node hands them there).
        _ => {
            return Err(ApiError::internal(
                "an auth change reached the key-value apply",
            ))
        }
    };
    let revision = writer.end();
    Ok(Applied { response, revision })
}

fn writes(op: &RequestOp) -> bool {
    match &op.request {
        Some(request_op::Request::RequestPut(_)) => true,
        Some(request_op::Request::RequestDeleteRange(_)) => false,
        Some(request_op::Request::RequestTxn(txn)) => {
            txn.success.iter().any(writes) || txn.failure.iter().any(writes)
        }
        _ => false,
    }
}

fn check_put(writer: &Writer<'_, '_>, put: &PutRequest) -> ApiResult<()> {
    if put.lease != 0 && !writer.lease_exists(put.lease) {
        return Err(ApiError::LeaseNotFound);
    }
    if (put.ignore_value || put.ignore_lease) && writer.get(&put.key)?.is_none() {
        return Err(ApiError::KeyNotFound);
    }
    Ok(())
}

fn compares_hold(writer: &Writer<'_, '_>, txn: &TxnRequest) -> ApiResult<bool> {
    for cmp in &txn.compare {
        if !writer.compare(cmp)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Checks every operation a txn branch will run (nested txns by their compares now, as etcd
/// does) so a failing request changes nothing.
fn check_ops(writer: &Writer<'_, '_>, ops: &[RequestOp]) -> ApiResult<()> {
    for op in ops {
        match &op.request {
            Some(request_op::Request::RequestPut(put)) => check_put(writer, put)?,
            Some(request_op::Request::RequestRange(range))
                if range.revision > writer.revision() =>
            {
                return Err(ApiError::FutureRevision);
            }
            Some(request_op::Request::RequestTxn(txn)) => {
                let branch = if compares_hold(writer, txn)? {
                    &txn.success
                } else {
                    &txn.failure
                };
                check_ops(writer, branch)?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn apply_txn(
    writer: &mut Writer<'_, '_>,
    txn: &TxnRequest,
    succeeded: bool,
) -> ApiResult<TxnResponse> {
    let ops = if succeeded {
        &txn.success
    } else {
        &txn.failure
    };
    // etcd's headers inside a txn: each op carries only the revision it saw or made (a read
    // sees the revision before the txn until the txn has changed something), and a nested
    // txn an empty header.
    let at = |writer: &Writer<'_, '_>| {
        Some(ResponseHeader {
            revision: writer.view_revision(),
            ..Default::default()
        })
    };
    let mut responses = Vec::with_capacity(ops.len());
    for op in ops {
        let response = match &op.request {
            Some(request_op::Request::RequestRange(range)) => {
                let mut response = writer.range(range)?;
                response.header = at(writer);
                response_op::Response::ResponseRange(response)
            }
            Some(request_op::Request::RequestPut(put)) => {
                let mut response = writer.put(put.clone())?;
                response.header = at(writer);
                response_op::Response::ResponsePut(response)
            }
            Some(request_op::Request::RequestDeleteRange(delete)) => {
                let mut response = writer.delete_range(delete)?;
                response.header = at(writer);
                response_op::Response::ResponseDeleteRange(response)
            }
            Some(request_op::Request::RequestTxn(nested)) => {
                let nested_succeeded = compares_hold(writer, nested)?;
                let mut response = apply_txn(writer, nested, nested_succeeded)?;
                response.header = Some(ResponseHeader::default());
                response_op::Response::ResponseTxn(response)
            }
            None => continue,
        };
        responses.push(ResponseOp {
            response: Some(response),
        });
    }
    Ok(TxnResponse {
        header: None,
        succeeded,
        responses,
    })
}

fn apply_alarm(writer: &mut Writer<'_, '_>, alarm: &AlarmRequest) -> ApiResult<AlarmResponse> {
    let action = AlarmAction::try_from(alarm.action).unwrap_or(AlarmAction::Get);
    let mut response = AlarmResponse::default();
    match action {
        AlarmAction::Get => response.alarms = writer.alarms(),
        AlarmAction::Activate | AlarmAction::Deactivate => {
            let active = matches!(action, AlarmAction::Activate);
            if alarm.alarm != AlarmType::None as i32
                && writer.set_alarm(alarm.member_id, alarm.alarm, active)?
            {
                response
                    .alarms
                    .push(crate::server::proto::etcdserverpb::AlarmMember {
                        member_id: alarm.member_id,
                        alarm: alarm.alarm,
                    });
            }
        }
    }
    Ok(response)
}
