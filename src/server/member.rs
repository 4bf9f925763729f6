//! The member as the API sees it: identity, the store, and the two ways into raft — proposing a
//! write and waiting for a linearizable read point.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use prost::Message as _;
use tokio::sync::oneshot;

use crate::server::auth::{AuthInfo, AuthStore};
use crate::server::errors::{ApiError, ApiResult};
use crate::server::metrics::{Gauges, Metrics};
use crate::server::proto::ctlpb::{internal_request::Request, AuthHeader, InternalRequest};
use crate::server::proto::ctlpb::{LeaseAnswer, LeaseRequest, MemberChangeRequest};
use crate::server::proto::etcdserverpb::{
    alarm_request::AlarmAction, AlarmRequest, AlarmType, ResponseHeader,
};
use crate::server::raft::node::{NodeMsg, NodeSender, RaftStatus};
use crate::server::raft::transport::{Dialer, PeerIdentity};
use crate::server::storage::apply::Applied;
use crate::server::storage::lease::Lessor;
use crate::server::storage::mvcc::Store;
use crate::server::storage::watch::WatchHub;

/// The cluster version ctl's members report to clients (/version's etcdcluster).
pub const CLUSTER_VERSION: &str = "3.5.0";

/// The etcd server version ctl's members report (/version's etcdserver, Status's version):
/// the API level ctl implements. Version-gated clients read it (etcd3-py, Patroni, and
/// Kubernetes, which trusts watch progress requests only from 3.5.13 on); ctl's own version
/// is /version's "ctl".
pub const SERVER_VERSION: &str = "3.5.21";

/// A read barrier slower than this counts in etcd_server_slow_read_indexes_total.
const SLOW_READ_INDEX: std::time::Duration = std::time::Duration::from_millis(500);

pub struct Limits {
    pub max_request_bytes: u64,
    pub max_txn_ops: u64,
    pub quota_backend_bytes: u64,
}

pub struct Member {
    pub id: u64,
    pub cluster_id: u64,
    pub name: String,
    pub peer_urls: Vec<String>,
    pub client_urls: Vec<String>,
    pub store: Arc<Store>,
    pub lessor: Arc<Lessor>,
    pub hub: Arc<WatchHub>,
    pub auth: Arc<AuthStore>,
    /// --client-cert-auth: with auth on, a request without a token is its certificate's CN.
    pub client_cert_auth: bool,
    pub status: Arc<RaftStatus>,
    pub metrics: Arc<Metrics>,
    pub limits: Limits,
    pub request_timeout: Duration,
    pub(super) node: NodeSender,
    pub(super) applied: tokio::sync::watch::Receiver<u64>,
    pub(super) next_request: AtomicU64,
    pub(super) dialer: Dialer,
}

impl Member {
    /// A fresh counter for proposal IDs. They must not repeat across restarts while old entries
    /// may still replay, so it starts from the clock.
    pub fn request_ids() -> AtomicU64 {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64);
        AtomicU64::new(seed)
    }

    pub fn header(&self, revision: i64) -> ResponseHeader {
        ResponseHeader {
            cluster_id: self.cluster_id,
            member_id: self.id,
            revision,
            raft_term: RaftStatus::get(&self.status.term),
        }
    }

    /// Who asks, with auth on (None when it is off, or nobody is named).
    pub fn who<T>(&self, request: &tonic::Request<T>) -> ApiResult<Option<AuthInfo>> {
        if !self.auth.enabled() {
            return Ok(None);
        }
        crate::server::auth::identity::who(
            &self.auth.current(),
            &self.auth.tokens,
            request.metadata(),
            request.extensions(),
            self.client_cert_auth,
        )
        .map_err(ApiError::from)
    }

    /// Whether the membership lists this member as a learner.
    pub fn is_learner(&self) -> bool {
        self.store
            .members()
            .iter()
            .any(|m| m.id == self.id && m.is_learner)
    }

    pub fn has_leader(&self) -> bool {
        RaftStatus::get(&self.status.leader) != 0
    }

    /// Proposes the member's own write (lease expiry, its attributes, an alarm it raises):
    /// trusted, never checked against auth.
    pub async fn propose(&self, request: Request) -> ApiResult<Applied> {
        self.propose_with(request, None).await
    }

    /// Proposes a client's write on behalf of `who` (nobody, when None); with auth on it is
    /// checked as it applies, so one proposed while auth was off and applied after it went on
    /// is refused, as in etcd.
    pub async fn propose_as(&self, request: Request, who: Option<&AuthInfo>) -> ApiResult<Applied> {
        let header = who.map_or_else(AuthHeader::default, |w| AuthHeader {
            username: w.username.clone(),
            revision: w.revision,
        });
        self.propose_with(request, Some(header)).await
    }

    async fn propose_with(&self, request: Request, auth: Option<AuthHeader>) -> ApiResult<Applied> {
        let id = self.next_request.fetch_add(1, Ordering::Relaxed);
        let data = InternalRequest {
            id,
            request: Some(request),
            auth,
        }
        .encode_to_vec();
        if data.len() as u64 > self.limits.max_request_bytes {
            return Err(ApiError::RequestTooLarge);
        }
        let (done, answer) = oneshot::channel();
        self.node
            .send(NodeMsg::Propose { id, data, done })
            .map_err(|_| ApiError::Stopped)?;
        match tokio::time::timeout(self.request_timeout, answer).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(ApiError::Stopped),
            Err(_) => {
                self.metrics.proposals_failed.inc();
                Err(ApiError::Timeout)
            }
        }
    }

    /// A lease keep-alive (`renew`) or TTL question, answered by the leader, which alone keeps
    /// lease deadlines; a follower forwards it over the peer URLs.
    pub async fn lease(&self, id: i64, renew: bool) -> ApiResult<LeaseAnswer> {
        let request = LeaseRequest { id, renew };
        if self.status.is_leader.load(Ordering::Acquire) {
            return Ok(self.lessor.answer(&request));
        }
        let url = self.leader_peer_url().ok_or(ApiError::NoLeader)?;
        let me = PeerIdentity {
            cluster_id: self.cluster_id,
            member_id: self.id,
        };
        self.dialer
            .ask_lease(&url, me, request)
            .await
            .map_err(|e| ApiError::Other(tonic::Code::Unavailable, format!("etcdserver: {e}")))
    }

    /// Makes a membership change: on the leader directly, else through the leader (which alone
    /// can check that the change is safe). Returns the membership after it.
    pub async fn change_membership(
        &self,
        change_type: raft::eraftpb::ConfChangeType,
        member: crate::server::proto::etcdserverpb::Member,
    ) -> ApiResult<Vec<crate::server::proto::etcdserverpb::Member>> {
        if self.status.is_leader.load(Ordering::Acquire) {
            return self.propose_conf_change(change_type, member).await;
        }
        let url = self.leader_peer_url().ok_or(ApiError::NoLeader)?;
        let me = PeerIdentity {
            cluster_id: self.cluster_id,
            member_id: self.id,
        };
        let request_member_id = member.id;
        let request = MemberChangeRequest {
            change_type: change_type as i32,
            member: Some(member),
        };
        let response = self
            .dialer
            .ask_member_change(&url, me, request, self.request_timeout)
            .await
            .map_err(|status| ApiError::Other(status.code(), status.message().to_string()))?;
        // Answer with what this member knows once it has applied the change too; a member
        // that removed itself may stop before it hears, so it answers with the leader's view.
        let removes_self = change_type == raft::eraftpb::ConfChangeType::RemoveNode
            && request_member_id == self.id;
        if !removes_self {
            self.read_barrier().await?;
        }
        Ok(response.members)
    }

    /// Proposes a membership change through this member's node (the leader judges it) and
    /// waits until it is applied; returns the membership after it.
    pub async fn propose_conf_change(
        &self,
        change_type: raft::eraftpb::ConfChangeType,
        member: crate::server::proto::etcdserverpb::Member,
    ) -> ApiResult<Vec<crate::server::proto::etcdserverpb::Member>> {
        let id = self.next_request.fetch_add(1, Ordering::Relaxed);
        let mut change = raft::eraftpb::ConfChange::default();
        change.set_change_type(change_type);
        change.node_id = member.id;
        let (done, answer) = oneshot::channel();
        self.node
            .send(NodeMsg::ConfChange {
                id,
                change,
                member,
                done,
            })
            .map_err(|_| ApiError::Stopped)?;
        let applied = match tokio::time::timeout(self.request_timeout, answer).await {
            Ok(Ok(result)) => result?,
            Ok(Err(_)) => return Err(ApiError::Stopped),
            Err(_) => return Err(ApiError::Timeout),
        };
        Ok(match applied.response {
            crate::server::storage::apply::Response::Members(members) => members,
            _ => Vec::new(),
        })
    }

    fn leader_peer_url(&self) -> Option<String> {
        let leader = RaftStatus::get(&self.status.leader);
        self.store
            .members()
            .into_iter()
            .find(|m| m.id == leader)
            .and_then(|m| m.peer_ur_ls.first().cloned())
    }

    /// Hands leadership to `target`; only the leader can.
    pub async fn move_leader(&self, target: u64) -> ApiResult<()> {
        let (done, answer) = oneshot::channel();
        self.node
            .send(NodeMsg::TransferLeader { target, done })
            .map_err(|_| ApiError::Stopped)?;
        match tokio::time::timeout(self.request_timeout, answer).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(ApiError::Stopped),
            Err(_) => Err(ApiError::Timeout),
        }
    }

    /// Waits until this member has applied everything committed when the call began, as
    /// confirmed by the leader (raft's ReadIndex): a linearizable read point.
    pub async fn read_barrier(&self) -> ApiResult<()> {
        let (done, answer) = oneshot::channel();
        self.node
            .send(NodeMsg::ReadIndex { done })
            .map_err(|_| ApiError::Stopped)?;
        let started = std::time::Instant::now();
        let wait = async {
            let index = answer.await.map_err(|_| ApiError::Stopped)??;
            let mut applied = self.applied.clone();
            applied
                .wait_for(|&a| a >= index)
                .await
                .map_err(|_| ApiError::Stopped)?;
            Ok(())
        };
        let result = tokio::time::timeout(self.request_timeout, wait).await;
        // etcd counts a read index it had to wait on past its 500 ms retry time.
        if started.elapsed() >= SLOW_READ_INDEX {
            self.metrics.slow_read_indexes.inc();
        }
        match result {
            Ok(result) => result,
            Err(_) if !self.has_leader() => Err(ApiError::NoLeader),
            Err(_) => Err(ApiError::Timeout),
        }
    }

    /// Refuses a write of about `cost` bytes when the backend is over its quota, raising the
    /// NOSPACE alarm the first time, as etcd does.
    pub async fn check_quota(&self, cost: u64) -> ApiResult<()> {
        if self.store.has_alarm(AlarmType::Nospace as i32) {
            return Err(ApiError::NoSpace);
        }
        // Each stored revision costs its bytes plus index and page overhead.
        if self.store.size() + cost + 256 <= self.limits.quota_backend_bytes {
            return Ok(());
        }
        tracing::warn!(
            quota = self.limits.quota_backend_bytes,
            size = self.store.size(),
            "backend quota exceeded; raising the NOSPACE alarm"
        );
        self.propose(Request::Alarm(AlarmRequest {
            action: AlarmAction::Activate as i32,
            member_id: self.id,
            alarm: AlarmType::Nospace as i32,
        }))
        .await?;
        Err(ApiError::NoSpace)
    }

    pub fn gauges(&self) -> Gauges {
        Gauges {
            has_leader: self.has_leader(),
            is_leader: self.status.is_leader.load(Ordering::Acquire),
            proposals_pending: RaftStatus::get(&self.status.last_index)
                .saturating_sub(RaftStatus::get(&self.status.applied)),
            is_learner: self.is_learner(),
            db_size: self.store.size(),
            quota_backend_bytes: self.limits.quota_backend_bytes,
            keys: self.store.key_count(),
            server_id: self.id,
            revision: self.store.revision(),
            compact_revision: self.store.compact_revision(),
            watch: self.hub.stats(),
            term: RaftStatus::get(&self.status.term),
            applied: RaftStatus::get(&self.status.applied),
            commit: RaftStatus::get(&self.status.commit),
        }
    }

    /// Active alarms as etcd names them in /health and Status ("NOSPACE", "CORRUPT").
    pub fn alarm_names(&self) -> Vec<String> {
        self.store
            .alarms()
            .iter()
            .map(|a| {
                AlarmType::try_from(a.alarm)
                    .map_or("UNKNOWN", |t| t.as_str_name())
                    .to_string()
            })
            .collect()
    }
}
