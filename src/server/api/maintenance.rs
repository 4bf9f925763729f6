//! The Maintenance, Cluster and Auth services.

use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use futures_util::Stream;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Code, Request, Response, Status};

use super::super::apply::Response as Applied;
use super::super::errors::ApiError;
use super::super::member::{Member, CLUSTER_VERSION};
use super::super::node::RaftStatus;
use super::super::proto::ctlpb::internal_request::Request as Internal;
use super::super::proto::etcdserverpb::*;

pub struct MaintenanceService {
    pub member: Arc<Member>,
}

type SnapshotStream = Pin<Box<dyn Stream<Item = Result<SnapshotResponse, Status>> + Send>>;

const SNAPSHOT_CHUNK: usize = 64 * 1024;

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, Status> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| Status::internal(format!("etcdserver: {e}")))?
        .map_err(Status::from)
}

#[tonic::async_trait]
impl maintenance_server::Maintenance for MaintenanceService {
    async fn alarm(
        &self,
        request: Request<AlarmRequest>,
    ) -> Result<Response<AlarmResponse>, Status> {
        let request = request.into_inner();
        let member = &self.member;
        if request.action == alarm_request::AlarmAction::Get as i32 {
            return Ok(Response::new(AlarmResponse {
                header: Some(member.header(member.store.revision())),
                alarms: member.store.alarms(),
            }));
        }
        let applied = member.propose(Internal::Alarm(request)).await?;
        match applied.response {
            Applied::Alarm(mut response) => {
                response.header = Some(member.header(applied.revision));
                Ok(Response::new(response))
            }
            _ => Err(ApiError::internal("unexpected apply result").into()),
        }
    }

    async fn status(
        &self,
        _request: Request<StatusRequest>,
    ) -> Result<Response<StatusResponse>, Status> {
        let member = &self.member;
        let status = &member.status;
        let size = member.store.size() as i64;
        let errors = member
            .store
            .alarms()
            .iter()
            .map(|a| {
                let name = AlarmType::try_from(a.alarm).map_or("UNKNOWN", |t| t.as_str_name());
                format!("memberID:{} alarm:{name} ", a.member_id)
            })
            .collect();
        Ok(Response::new(StatusResponse {
            header: Some(member.header(member.store.revision())),
            version: CLUSTER_VERSION.to_string(),
            db_size: size,
            leader: RaftStatus::get(&status.leader),
            raft_index: RaftStatus::get(&status.commit),
            raft_term: RaftStatus::get(&status.term),
            raft_applied_index: RaftStatus::get(&status.applied),
            errors,
            db_size_in_use: size,
            is_learner: false,
        }))
    }

    async fn defragment(
        &self,
        _request: Request<DefragmentRequest>,
    ) -> Result<Response<DefragmentResponse>, Status> {
        let store = self.member.store.clone();
        blocking(move || store.defragment()).await?;
        Ok(Response::new(DefragmentResponse {
            header: Some(self.member.header(self.member.store.revision())),
        }))
    }

    async fn hash(&self, _request: Request<HashRequest>) -> Result<Response<HashResponse>, Status> {
        let store = self.member.store.clone();
        let (hash, _, revision) = blocking(move || store.hash_kv(0)).await?;
        Ok(Response::new(HashResponse {
            header: Some(self.member.header(revision)),
            hash,
        }))
    }

    async fn hash_kv(
        &self,
        request: Request<HashKvRequest>,
    ) -> Result<Response<HashKvResponse>, Status> {
        let revision = request.into_inner().revision;
        let store = self.member.store.clone();
        let (hash, compact_revision, _) = blocking(move || store.hash_kv(revision)).await?;
        Ok(Response::new(HashKvResponse {
            header: Some(self.member.header(self.member.store.revision())),
            hash,
            compact_revision,
        }))
    }

    type SnapshotStream = SnapshotStream;

    /// Streams a consistent copy of the backend followed by its SHA-256, as etcd does, so
    /// `etcdctl snapshot save` writes a file whose integrity can be checked.
    async fn snapshot(
        &self,
        _request: Request<SnapshotRequest>,
    ) -> Result<Response<SnapshotStream>, Status> {
        let store = self.member.store.clone();
        let mut data = blocking(move || store.snapshot_bytes()).await?;
        let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &data);
        data.extend_from_slice(digest.as_ref());
        let header = self.member.header(self.member.store.revision());
        let (out, responses) = mpsc::channel(4);
        tokio::spawn(async move {
            let total = data.len();
            let mut sent = 0;
            for chunk in data.chunks(SNAPSHOT_CHUNK) {
                sent += chunk.len();
                let response = SnapshotResponse {
                    header: Some(header),
                    remaining_bytes: (total - sent) as u64,
                    blob: chunk.to_vec(),
                };
                if out.send(Ok(response)).await.is_err() {
                    return;
                }
            }
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(responses))))
    }

    async fn move_leader(
        &self,
        request: Request<MoveLeaderRequest>,
    ) -> Result<Response<MoveLeaderResponse>, Status> {
        let target = request.into_inner().target_id;
        let member = &self.member;
        if !member.status.is_leader.load(Ordering::Acquire) {
            return Err(Status::failed_precondition("etcdserver: not leader"));
        }
        if target != member.id {
            return Err(Status::failed_precondition(
                "etcdserver: bad leader transferee",
            ));
        }
        Ok(Response::new(MoveLeaderResponse {
            header: Some(member.header(member.store.revision())),
        }))
    }

    async fn downgrade(
        &self,
        _request: Request<DowngradeRequest>,
    ) -> Result<Response<DowngradeResponse>, Status> {
        Err(Status::unimplemented(
            "ctl: downgrade is not supported; ctl members speak the v3.5 API",
        ))
    }
}

pub struct ClusterService {
    pub member: Arc<Member>,
}

impl ClusterService {
    fn this_member(&self) -> super::super::proto::etcdserverpb::Member {
        super::super::proto::etcdserverpb::Member {
            id: self.member.id,
            name: self.member.name.clone(),
            peer_ur_ls: self.member.peer_urls.clone(),
            client_ur_ls: self.member.client_urls.clone(),
            is_learner: false,
        }
    }
}

fn membership_later() -> Status {
    Status::unimplemented("ctl: membership changes need a clustered member (not built yet)")
}

#[tonic::async_trait]
impl cluster_server::Cluster for ClusterService {
    async fn member_add(
        &self,
        _request: Request<MemberAddRequest>,
    ) -> Result<Response<MemberAddResponse>, Status> {
        Err(membership_later())
    }

    async fn member_remove(
        &self,
        _request: Request<MemberRemoveRequest>,
    ) -> Result<Response<MemberRemoveResponse>, Status> {
        Err(membership_later())
    }

    async fn member_update(
        &self,
        _request: Request<MemberUpdateRequest>,
    ) -> Result<Response<MemberUpdateResponse>, Status> {
        Err(membership_later())
    }

    async fn member_list(
        &self,
        request: Request<MemberListRequest>,
    ) -> Result<Response<MemberListResponse>, Status> {
        if request.into_inner().linearizable {
            self.member.read_barrier().await?;
        }
        Ok(Response::new(MemberListResponse {
            header: Some(self.member.header(self.member.store.revision())),
            members: vec![self.this_member()],
        }))
    }

    async fn member_promote(
        &self,
        _request: Request<MemberPromoteRequest>,
    ) -> Result<Response<MemberPromoteResponse>, Status> {
        Err(membership_later())
    }
}

pub struct AuthService {
    pub member: Arc<Member>,
}

fn auth_not_enabled() -> Status {
    Status::new(
        Code::FailedPrecondition,
        "etcdserver: authentication is not enabled",
    )
}

/// The Auth service: authentication is off (ctl relies on client certificates), so every method
/// but status answers as etcd does with auth disabled. The impl is generated so async_trait sees
/// the expanded methods.
macro_rules! auth_service {
    ($($method:ident($request:ty) -> $response:ty;)*) => {
        #[tonic::async_trait]
        impl auth_server::Auth for AuthService {
            async fn auth_enable(
                &self,
                _request: Request<AuthEnableRequest>,
            ) -> Result<Response<AuthEnableResponse>, Status> {
                Err(Status::unimplemented(
                    "ctl: user/password authentication is not supported; use client certificates (--client-cert-auth)",
                ))
            }

            async fn auth_status(
                &self,
                _request: Request<AuthStatusRequest>,
            ) -> Result<Response<AuthStatusResponse>, Status> {
                Ok(Response::new(AuthStatusResponse {
                    header: Some(self.member.header(self.member.store.revision())),
                    enabled: false,
                    auth_revision: 0,
                }))
            }

            $(
                async fn $method(
                    &self,
                    _request: Request<$request>,
                ) -> Result<Response<$response>, Status> {
                    Err(auth_not_enabled())
                }
            )*
        }
    };
}

auth_service! {
    auth_disable(AuthDisableRequest) -> AuthDisableResponse;
    authenticate(AuthenticateRequest) -> AuthenticateResponse;
    user_add(AuthUserAddRequest) -> AuthUserAddResponse;
    user_get(AuthUserGetRequest) -> AuthUserGetResponse;
    user_list(AuthUserListRequest) -> AuthUserListResponse;
    user_delete(AuthUserDeleteRequest) -> AuthUserDeleteResponse;
    user_change_password(AuthUserChangePasswordRequest) -> AuthUserChangePasswordResponse;
    user_grant_role(AuthUserGrantRoleRequest) -> AuthUserGrantRoleResponse;
    user_revoke_role(AuthUserRevokeRoleRequest) -> AuthUserRevokeRoleResponse;
    role_add(AuthRoleAddRequest) -> AuthRoleAddResponse;
    role_get(AuthRoleGetRequest) -> AuthRoleGetResponse;
    role_list(AuthRoleListRequest) -> AuthRoleListResponse;
    role_delete(AuthRoleDeleteRequest) -> AuthRoleDeleteResponse;
    role_grant_permission(AuthRoleGrantPermissionRequest) -> AuthRoleGrantPermissionResponse;
    role_revoke_permission(AuthRoleRevokePermissionRequest) -> AuthRoleRevokePermissionResponse;
}
