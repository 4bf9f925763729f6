//! etcd's Lock and Election services (v3lockpb, v3electionpb), built as etcd builds them: on
//! the KV and Watch services, with the caller's own identity, so auth applies as to any other
//! request. A lock or a candidacy is a key `NAME/LEASE` (lease id in hex) owned by a lease;
//! among the keys under `NAME/` the lowest create revision holds the lock or leads.

use std::pin::Pin;
use std::sync::Arc;

use futures_util::{Stream, StreamExt};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};

use crate::client::kv::prefix_end;
use crate::server::api::caller::Caller;
use crate::server::api::kv::KvService;
use crate::server::api::lease::LeaseService;
use crate::server::api::watch::WatchService;
use crate::server::member::Member;
use crate::server::proto::etcdserverpb::{
    compare, kv_server::Kv, lease_server::Lease, range_request, request_op, response_op,
    watch_request, Compare, DeleteRangeRequest, LeaseGrantRequest, PutRequest, RangeRequest,
    RangeResponse, RequestOp, ResponseHeader, TxnRequest, TxnResponse, WatchCreateRequest,
    WatchRequest,
};
use crate::server::proto::mvccpb::{event::EventType, KeyValue};
use crate::server::proto::v3electionpb::{
    election_server::Election, CampaignRequest, CampaignResponse, LeaderKey, LeaderRequest,
    LeaderResponse, ProclaimRequest, ProclaimResponse, ResignRequest, ResignResponse,
};
use crate::server::proto::v3lockpb::{
    lock_server::Lock, LockRequest, LockResponse, UnlockRequest, UnlockResponse,
};

/// The TTL of the lease etcd grants when a Lock or Campaign names none (concurrency's
/// default session TTL); nobody keeps it alive, so such a lock lasts a minute at most.
const DEFAULT_SESSION_TTL: i64 = 60;

/// The KV, Lease and Watch services as one caller sees them: every request carries that
/// caller's token or certificate name.
#[derive(Clone)]
struct Session {
    member: Arc<Member>,
    caller: Caller,
}

impl Session {
    fn of<T>(member: &Arc<Member>, request: &Request<T>) -> Session {
        Session {
            member: member.clone(),
            caller: Caller::of(request),
        }
    }

    fn request<T>(&self, message: T) -> Request<T> {
        self.caller.request(message)
    }

    fn kv(&self) -> KvService {
        KvService {
            member: self.member.clone(),
        }
    }

    /// The lease the caller named, or a new one nobody keeps alive (as etcd does for 0).
    async fn lease_or_grant(&self, lease: i64) -> Result<i64, Status> {
        if lease != 0 {
            return Ok(lease);
        }
        let granted = LeaseService {
            member: self.member.clone(),
        }
        .lease_grant(self.request(LeaseGrantRequest {
            ttl: DEFAULT_SESSION_TTL,
            id: 0,
        }))
        .await?;
        Ok(granted.into_inner().id)
    }

    async fn txn(&self, txn: TxnRequest) -> Result<TxnResponse, Status> {
        Ok(self.kv().txn(self.request(txn)).await?.into_inner())
    }

    async fn range(&self, range: RangeRequest) -> Result<RangeResponse, Status> {
        Ok(self.kv().range(self.request(range)).await?.into_inner())
    }

    async fn delete(&self, key: &[u8]) -> Result<ResponseHeader, Status> {
        let deleted = self
            .kv()
            .delete_range(self.request(DeleteRangeRequest {
                key: key.to_vec(),
                ..Default::default()
            }))
            .await?;
        Ok(deleted.into_inner().header.unwrap_or_default())
    }

    /// The first key under `prefix` by create revision (the holder, the leader).
    async fn first_created(&self, prefix: &[u8]) -> Result<RangeResponse, Status> {
        self.range(first_created(prefix)).await
    }

    /// A watch on `key` (to its `range_end`) from `revision`, as a stream of responses.
    fn watch(
        &self,
        key: &[u8],
        range_end: Vec<u8>,
        revision: i64,
    ) -> crate::server::api::watch::WatchResponses {
        let create = WatchRequest {
            request_union: Some(watch_request::RequestUnion::CreateRequest(
                WatchCreateRequest {
                    key: key.to_vec(),
                    range_end,
                    start_revision: revision,
                    ..Default::default()
                },
            )),
        };
        let requests =
            futures_util::stream::iter([Ok(create)]).chain(futures_util::stream::pending());
        WatchService {
            member: self.member.clone(),
        }
        .open(
            self.caller.token(),
            self.caller.client(),
            Box::pin(requests),
        )
    }

    /// Returns once `key` is deleted at a revision from `revision` on.
    async fn wait_delete(&self, key: &[u8], revision: i64) -> Result<(), Status> {
        let mut responses = self.watch(key, Vec::new(), revision);
        while let Some(response) = responses.next().await {
            let response = response?;
            if response.canceled {
                return Err(Status::unknown(format!(
                    "etcdserver: watch canceled: {}",
                    response.cancel_reason
                )));
            }
            if response
                .events
                .iter()
                .any(|e| e.r#type == EventType::Delete as i32)
            {
                return Ok(());
            }
        }
        Err(Status::unavailable("etcdserver: watch closed"))
    }

    /// etcd's waitDeletes: returns once every key under `prefix` created at or before
    /// `max_create_revision` is gone, the latest of them first.
    async fn wait_deletes(&self, prefix: &[u8], max_create_revision: i64) -> Result<(), Status> {
        loop {
            let newest = self
                .range(RangeRequest {
                    key: prefix.to_vec(),
                    range_end: prefix_end(prefix),
                    limit: 1,
                    sort_order: range_request::SortOrder::Descend as i32,
                    sort_target: range_request::SortTarget::Create as i32,
                    max_create_revision,
                    ..Default::default()
                })
                .await?;
            let Some(kv) = newest.kvs.first() else {
                return Ok(());
            };
            let revision = newest.header.map_or(0, |h| h.revision);
            self.wait_delete(&kv.key, revision).await?;
        }
    }
}

fn first_created(prefix: &[u8]) -> RangeRequest {
    RangeRequest {
        key: prefix.to_vec(),
        range_end: prefix_end(prefix),
        limit: 1,
        sort_order: range_request::SortOrder::Ascend as i32,
        sort_target: range_request::SortTarget::Create as i32,
        ..Default::default()
    }
}

/// `NAME/` and the key `NAME/LEASE` a caller with `lease` holds under it.
fn keys(name: &[u8], lease: i64) -> (Vec<u8>, Vec<u8>) {
    let mut prefix = name.to_vec();
    prefix.push(b'/');
    let mut key = prefix.clone();
    key.extend_from_slice(format!("{lease:x}").as_bytes());
    (prefix, key)
}

fn compare_create(key: &[u8], revision: i64) -> Compare {
    Compare {
        result: compare::CompareResult::Equal as i32,
        target: compare::CompareTarget::Create as i32,
        key: key.to_vec(),
        target_union: Some(compare::TargetUnion::CreateRevision(revision)),
        ..Default::default()
    }
}

fn op(request: request_op::Request) -> RequestOp {
    RequestOp {
        request: Some(request),
    }
}

fn get(key: &[u8]) -> RequestOp {
    op(request_op::Request::RequestRange(RangeRequest {
        key: key.to_vec(),
        ..Default::default()
    }))
}

fn put(key: &[u8], value: &[u8], lease: i64) -> RequestOp {
    op(request_op::Request::RequestPut(PutRequest {
        key: key.to_vec(),
        value: value.to_vec(),
        lease,
        ..Default::default()
    }))
}

fn range_of(response: &TxnResponse, index: usize) -> Option<&RangeResponse> {
    match response.responses.get(index)?.response.as_ref()? {
        response_op::Response::ResponseRange(range) => Some(range),
        _ => None,
    }
}

/// Deletes `key` unless disarmed: a caller that gives up waiting (its request cancelled)
/// leaves no key behind to block the others, as etcd's Unlock on a cancelled Lock.
struct GiveUp {
    session: Session,
    key: Option<Vec<u8>>,
}

impl GiveUp {
    fn disarm(mut self) {
        self.key = None;
    }
}

impl Drop for GiveUp {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            let session = self.session.clone();
            tokio::spawn(async move {
                let _ = session.delete(&key).await;
            });
        }
    }
}

pub struct LockService {
    pub member: Arc<Member>,
}

#[tonic::async_trait]
impl Lock for LockService {
    async fn lock(&self, request: Request<LockRequest>) -> Result<Response<LockResponse>, Status> {
        let session = Session::of(&self.member, &request);
        let LockRequest { name, lease } = request.into_inner();
        let lease = session.lease_or_grant(lease).await?;
        let (prefix, key) = keys(&name, lease);
        // etcd's Mutex: create the key if this lease has none there yet, and see who holds.
        let attempt = session
            .txn(TxnRequest {
                compare: vec![compare_create(&key, 0)],
                success: vec![
                    put(&key, b"", lease),
                    op(request_op::Request::RequestRange(first_created(&prefix))),
                ],
                failure: vec![
                    get(&key),
                    op(request_op::Request::RequestRange(first_created(&prefix))),
                ],
            })
            .await?;
        let header = attempt.header.unwrap_or_default();
        let mine = if attempt.succeeded {
            header.revision
        } else {
            range_of(&attempt, 0)
                .and_then(|r| r.kvs.first())
                .map_or(0, |kv| kv.create_revision)
        };
        let holder = range_of(&attempt, 1).and_then(|r| r.kvs.first());
        if holder.is_none_or(|kv| kv.create_revision == mine) {
            return Ok(Response::new(LockResponse {
                header: Some(header),
                key,
            }));
        }
        let give_up = GiveUp {
            session: session.clone(),
            key: Some(key.clone()),
        };
        session.wait_deletes(&prefix, mine - 1).await?;
        // The key may have gone with its lease while this caller waited.
        let still = session
            .range(RangeRequest {
                key: key.clone(),
                ..Default::default()
            })
            .await?;
        give_up.disarm();
        if still.kvs.is_empty() {
            return Err(Status::unknown("mutex: session is expired"));
        }
        Ok(Response::new(LockResponse {
            header: still.header,
            key,
        }))
    }

    async fn unlock(
        &self,
        request: Request<UnlockRequest>,
    ) -> Result<Response<UnlockResponse>, Status> {
        let session = Session::of(&self.member, &request);
        let header = session.delete(&request.into_inner().key).await?;
        Ok(Response::new(UnlockResponse {
            header: Some(header),
        }))
    }
}

pub struct ElectionService {
    pub member: Arc<Member>,
}

type ObserveStream = Pin<Box<dyn Stream<Item = Result<LeaderResponse, Status>> + Send>>;

fn not_leader() -> Status {
    Status::unknown("election: not leader")
}

fn missing_leader() -> Status {
    Status::unknown("\"leader\" field must be provided")
}

#[tonic::async_trait]
impl Election for ElectionService {
    async fn campaign(
        &self,
        request: Request<CampaignRequest>,
    ) -> Result<Response<CampaignResponse>, Status> {
        let session = Session::of(&self.member, &request);
        let CampaignRequest { name, lease, value } = request.into_inner();
        let lease = session.lease_or_grant(lease).await?;
        let (prefix, key) = keys(&name, lease);
        let attempt = session
            .txn(TxnRequest {
                compare: vec![compare_create(&key, 0)],
                success: vec![put(&key, &value, lease)],
                failure: vec![get(&key)],
            })
            .await?;
        let header = attempt.header.unwrap_or_default();
        let mut revision = header.revision;
        if !attempt.succeeded {
            let existing = range_of(&attempt, 0).and_then(|r| r.kvs.first());
            revision = existing.map_or(0, |kv| kv.create_revision);
            if existing.is_some_and(|kv| kv.value != value) {
                proclaim(&session, &key, revision, lease, &value).await?;
            }
        }
        let give_up = GiveUp {
            session: session.clone(),
            key: Some(key.clone()),
        };
        session.wait_deletes(&prefix, revision - 1).await?;
        give_up.disarm();
        Ok(Response::new(CampaignResponse {
            header: Some(header),
            leader: Some(LeaderKey {
                name,
                key,
                rev: revision,
                lease,
            }),
        }))
    }

    async fn proclaim(
        &self,
        request: Request<ProclaimRequest>,
    ) -> Result<Response<ProclaimResponse>, Status> {
        let session = Session::of(&self.member, &request);
        let ProclaimRequest { leader, value } = request.into_inner();
        let leader = leader.ok_or_else(missing_leader)?;
        let header = proclaim(&session, &leader.key, leader.rev, leader.lease, &value).await?;
        Ok(Response::new(ProclaimResponse {
            header: Some(header),
        }))
    }

    async fn leader(
        &self,
        request: Request<LeaderRequest>,
    ) -> Result<Response<LeaderResponse>, Status> {
        let session = Session::of(&self.member, &request);
        let (prefix, _) = keys(&request.into_inner().name, 0);
        let found = session.first_created(&prefix).await?;
        let kv = found
            .kvs
            .into_iter()
            .next()
            .ok_or_else(|| Status::unknown("election: no leader"))?;
        Ok(Response::new(LeaderResponse {
            header: found.header,
            kv: Some(kv),
        }))
    }

    type ObserveStream = ObserveStream;

    async fn observe(
        &self,
        request: Request<LeaderRequest>,
    ) -> Result<Response<ObserveStream>, Status> {
        let session = Session::of(&self.member, &request);
        let (prefix, _) = keys(&request.into_inner().name, 0);
        let (out, responses) = mpsc::channel(16);
        tokio::spawn(async move {
            if let Err(status) = observe(&session, &prefix, &out).await {
                let _ = out.send(Err(status)).await;
            }
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(responses))))
    }

    async fn resign(
        &self,
        request: Request<ResignRequest>,
    ) -> Result<Response<ResignResponse>, Status> {
        let session = Session::of(&self.member, &request);
        let leader = request.into_inner().leader.ok_or_else(missing_leader)?;
        let resigned = session
            .txn(TxnRequest {
                compare: vec![compare_create(&leader.key, leader.rev)],
                success: vec![op(request_op::Request::RequestDeleteRange(
                    DeleteRangeRequest {
                        key: leader.key.clone(),
                        ..Default::default()
                    },
                ))],
                failure: vec![],
            })
            .await?;
        Ok(Response::new(ResignResponse {
            header: resigned.header,
        }))
    }
}

/// Replaces the leader's value if `key` still has the create revision it was elected with.
async fn proclaim(
    session: &Session,
    key: &[u8],
    revision: i64,
    lease: i64,
    value: &[u8],
) -> Result<ResponseHeader, Status> {
    let done = session
        .txn(TxnRequest {
            compare: vec![compare_create(key, revision)],
            success: vec![put(key, value, lease)],
            failure: vec![],
        })
        .await?;
    if !done.succeeded {
        return Err(not_leader());
    }
    Ok(done.header.unwrap_or_default())
}

/// etcd's observe: the leader now (or the first candidate to appear), then every change of
/// its value until its key goes, then the next leader, until the client leaves.
async fn observe(
    session: &Session,
    prefix: &[u8],
    out: &mpsc::Sender<Result<LeaderResponse, Status>>,
) -> Result<(), Status> {
    loop {
        let found = session.first_created(prefix).await?;
        let revision = found.header.map_or(0, |h| h.revision);
        let (mut header, leader): (ResponseHeader, KeyValue) = match found.kvs.into_iter().next() {
            Some(kv) => (found.header.unwrap_or_default(), kv),
            None => {
                let mut candidates = session.watch(prefix, prefix_end(prefix), revision);
                let mut first = None;
                while first.is_none() {
                    let Some(response) = candidates.next().await else {
                        return Ok(());
                    };
                    let response = response?;
                    if response.canceled {
                        return Ok(());
                    }
                    first = response
                        .events
                        .into_iter()
                        .find(|e| e.r#type == EventType::Put as i32)
                        .and_then(|e| e.kv)
                        .map(|kv| {
                            let mut header = response.header.unwrap_or_default();
                            header.revision = kv.mod_revision;
                            (header, kv)
                        });
                }
                first.unwrap()
            }
        };
        let key = leader.key.clone();
        if out
            .send(Ok(LeaderResponse {
                header: Some(header),
                kv: Some(leader),
            }))
            .await
            .is_err()
        {
            return Ok(());
        }
        let mut changes = session.watch(&key, Vec::new(), header.revision + 1);
        'leader: loop {
            let Some(response) = changes.next().await else {
                return Ok(());
            };
            let response = response?;
            if response.canceled {
                return Ok(());
            }
            header = response.header.unwrap_or_default();
            for event in response.events {
                if event.r#type == EventType::Delete as i32 {
                    break 'leader;
                }
                let sent = out
                    .send(Ok(LeaderResponse {
                        header: Some(header),
                        kv: event.kv,
                    }))
                    .await;
                if sent.is_err() {
                    return Ok(());
                }
            }
        }
    }
}
