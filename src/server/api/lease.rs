//! The Lease service. Grants and revocations go through raft; keep-alives and TTL queries are
//! answered from the leader's deadlines without a raft round trip, as etcd does.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use futures_util::Stream;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::StreamExt;
use tonic::{Request, Response, Status, Streaming};

use crate::server::auth::store::Access;
use crate::server::auth::{AuthError, AuthInfo};
use crate::server::errors::ApiError;
use crate::server::member::Member;
use crate::server::proto::ctlpb::internal_request::Request as Internal;
use crate::server::proto::etcdserverpb::{
    lease_server::Lease, LeaseGrantRequest, LeaseGrantResponse, LeaseKeepAliveRequest,
    LeaseKeepAliveResponse, LeaseLeasesRequest, LeaseLeasesResponse, LeaseRevokeRequest,
    LeaseRevokeResponse, LeaseStatus, LeaseTimeToLiveRequest, LeaseTimeToLiveResponse,
};
use crate::server::storage::apply::Response as Applied;
use crate::server::storage::lease::MAX_TTL;

pub struct LeaseService {
    pub member: Arc<Member>,
}

pub type KeepAliveStream =
    Pin<Box<dyn Stream<Item = Result<LeaseKeepAliveResponse, Status>> + Send>>;

/// A fresh lease ID: positive, nonzero, not in use.
fn new_lease_id(member: &Member) -> i64 {
    loop {
        let mut bytes = [0u8; 8];
        aws_lc_rs::rand::fill(&mut bytes).expect("system randomness");
        let id = (u64::from_be_bytes(bytes) >> 1) as i64;
        if id != 0 && member.store.lease(id).is_none() {
            return id;
        }
    }
}

/// With auth on, whether `who` may touch every key of lease `id` (root always may).
fn lease_keys_allowed(
    member: &Member,
    who: Option<&AuthInfo>,
    id: i64,
    access: Access,
) -> Result<(), AuthError> {
    if !member.auth.enabled() {
        return Ok(());
    }
    let state = member.auth.current();
    state.check_identified(who)?;
    let keys: Vec<Vec<u8>> = member
        .store
        .lease(id)
        .map(|l| l.keys.into_iter().collect())
        .unwrap_or_default();
    state.check_lease_keys(who, &keys, access)
}

/// Expires leases: the leader proposes a revocation for each lease past its deadline.
pub async fn expire_leases(member: Arc<Member>) {
    let mut ticker = tokio::time::interval(Duration::from_millis(500));
    loop {
        ticker.tick().await;
        if !member
            .status
            .is_leader
            .load(std::sync::atomic::Ordering::Acquire)
        {
            continue;
        }
        for id in member.lessor.take_expired() {
            let member = member.clone();
            tokio::spawn(async move {
                match member
                    .propose(Internal::LeaseRevoke(LeaseRevokeRequest { id }))
                    .await
                {
                    Ok(_) => {
                        member.metrics.leases_expired.inc();
                        tracing::debug!(lease = format!("{id:x}"), "lease expired")
                    }
                    Err(ApiError::LeaseNotFound) => {}
                    Err(e) => tracing::warn!(lease = format!("{id:x}"), "cannot revoke: {e}"),
                }
            });
        }
    }
}

impl LeaseService {
    /// Answers each keep-alive in `requests` (gRPC's stream and the JSON gateway's alike).
    pub fn keep_alive<S>(&self, mut requests: S) -> KeepAliveStream
    where
        S: Stream<Item = Result<LeaseKeepAliveRequest, Status>> + Unpin + Send + 'static,
    {
        // Keep-alives need no permission (as in etcd): whoever holds a lease id may keep it.
        let (out, responses) = mpsc::channel(16);
        let member = self.member.clone();
        tokio::spawn(async move {
            while let Some(Ok(request)) = requests.next().await {
                // A lease that is gone answers with TTL 0, which clients read as expired.
                let ttl = match member.lease(request.id, true).await {
                    Ok(answer) if answer.found => {
                        member.metrics.leases_renewed.inc();
                        answer.ttl
                    }
                    Ok(_) => 0,
                    Err(e) => {
                        let _ = out.send(Err(e.into())).await;
                        break;
                    }
                };
                let response = LeaseKeepAliveResponse {
                    header: Some(member.header(member.store.revision())),
                    id: request.id,
                    ttl,
                };
                if out.send(Ok(response)).await.is_err() {
                    break;
                }
            }
        });
        Box::pin(ReceiverStream::new(responses))
    }
}

#[tonic::async_trait]
impl Lease for LeaseService {
    async fn lease_grant(
        &self,
        request: Request<LeaseGrantRequest>,
    ) -> Result<Response<LeaseGrantResponse>, Status> {
        let who = self.member.who(&request)?;
        let mut request = request.into_inner();
        if request.ttl > MAX_TTL {
            return Err(ApiError::LeaseTtlTooLarge.into());
        }
        if request.id == 0 {
            request.id = new_lease_id(&self.member);
        }
        request.ttl = self.member.lessor.effective_ttl(request.ttl);
        self.member.check_quota(64).await?;
        let applied = self
            .member
            .propose_as(Internal::LeaseGrant(request), who.as_ref())
            .await?;
        match applied.response {
            Applied::LeaseGrant(mut response) => {
                self.member.metrics.leases_granted.inc();
                response.header = Some(self.member.header(applied.revision));
                Ok(Response::new(response))
            }
            _ => Err(ApiError::internal("unexpected apply result").into()),
        }
    }

    async fn lease_revoke(
        &self,
        request: Request<LeaseRevokeRequest>,
    ) -> Result<Response<LeaseRevokeResponse>, Status> {
        let who = self.member.who(&request)?;
        let request = request.into_inner();
        let applied = self
            .member
            .propose_as(Internal::LeaseRevoke(request), who.as_ref())
            .await?;
        self.member.metrics.leases_revoked.inc();
        Ok(Response::new(LeaseRevokeResponse {
            header: Some(self.member.header(applied.revision)),
        }))
    }

    type LeaseKeepAliveStream = KeepAliveStream;

    async fn lease_keep_alive(
        &self,
        request: Request<Streaming<LeaseKeepAliveRequest>>,
    ) -> Result<Response<KeepAliveStream>, Status> {
        Ok(Response::new(self.keep_alive(request.into_inner())))
    }

    async fn lease_time_to_live(
        &self,
        request: Request<LeaseTimeToLiveRequest>,
    ) -> Result<Response<LeaseTimeToLiveResponse>, Status> {
        let who = self.member.who(&request)?;
        let request = request.into_inner();
        self.member.read_barrier().await?;
        // Anyone may ask for a lease's TTL, as in etcd; its key names only a user who may read
        // them all (etcd 3.5.1 shows them to anyone).
        if request.keys && self.member.auth.enabled() {
            lease_keys_allowed(&self.member, who.as_ref(), request.id, Access::Read)?;
        }
        let header = Some(self.member.header(self.member.store.revision()));
        let answer = self.member.lease(request.id, false).await?;
        let (record, remaining) = match self.member.store.lease(request.id) {
            Some(record) if answer.found => (record, answer.remaining),
            // etcd reports a missing lease as TTL -1 rather than an error.
            _ => {
                return Ok(Response::new(LeaseTimeToLiveResponse {
                    header,
                    id: request.id,
                    ttl: -1,
                    ..Default::default()
                }))
            }
        };
        Ok(Response::new(LeaseTimeToLiveResponse {
            header,
            id: request.id,
            ttl: remaining,
            granted_ttl: record.ttl,
            keys: if request.keys {
                record.keys.into_iter().collect()
            } else {
                Vec::new()
            },
        }))
    }

    async fn lease_leases(
        &self,
        _request: Request<LeaseLeasesRequest>,
    ) -> Result<Response<LeaseLeasesResponse>, Status> {
        // Lease ids alone, which anyone may list, as in etcd.
        self.member.read_barrier().await?;
        // etcd lists leases in the order they expire.
        let leases = self
            .member
            .lessor
            .by_expiry(self.member.store.lease_ids())
            .into_iter()
            .map(|id| LeaseStatus { id })
            .collect();
        Ok(Response::new(LeaseLeasesResponse {
            header: Some(self.member.header(self.member.store.revision())),
            leases,
        }))
    }
}
