//! The Maintenance and Cluster services.

use std::pin::Pin;
use std::sync::Arc;

use futures_util::Stream;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};

use super::admin;
use crate::server::auth::{raw, AuthError};
use crate::server::errors::ApiError;
use crate::server::member::{Member, SERVER_VERSION};
use crate::server::proto::ctlpb::internal_request::Request as Internal;
use crate::server::proto::etcdserverpb::*;
use crate::server::raft::node::RaftStatus;
use crate::server::storage::apply::Response as Applied;
use crate::server::storage::snapshot;

pub struct MaintenanceService {
    pub member: Arc<Member>,
}

type SnapshotStream = Pin<Box<dyn Stream<Item = Result<SnapshotResponse, Status>> + Send>>;

/// etcd sends snapshots in 32 KiB chunks.
const SNAPSHOT_CHUNK: usize = 32 * 1024;

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, Status> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| Status::internal(format!("etcdserver: {e}")))?
        .map_err(Status::from)
}

impl MaintenanceService {
    /// Root only, refused as etcd refuses Defragment, Snapshot, Hash and HashKV: the auth
    /// error unconverted (code Unknown, "auth: …").
    fn admin_raw<T>(&self, request: &Request<T>) -> Result<(), Status> {
        if !self.member.auth.enabled() {
            return Ok(());
        }
        let who = self
            .member
            .who(request)
            .map_err(|_| raw(AuthError::InvalidAuthToken))?;
        self.member
            .auth
            .current()
            .check_admin(who.as_ref())
            .map_err(raw)
    }

    fn admin<T>(&self, request: &Request<T>) -> Result<(), Status> {
        admin(&self.member, request)
    }
}

#[tonic::async_trait]
impl maintenance_server::Maintenance for MaintenanceService {
    async fn alarm(
        &self,
        request: Request<AlarmRequest>,
    ) -> Result<Response<AlarmResponse>, Status> {
        // Listing alarms needs nobody (as in etcd, which reads no token for it); raising or
        // disarming one is root's, checked as it applies.
        let member = &self.member;
        if request.get_ref().action == alarm_request::AlarmAction::Get as i32 {
            return Ok(Response::new(AlarmResponse {
                header: Some(member.header(member.store.revision())),
                alarms: member.store.alarms(),
            }));
        }
        let who = self.member.who(&request)?;
        let request = request.into_inner();
        let applied = member
            .propose_as(Internal::Alarm(request), who.as_ref())
            .await?;
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
        // Anyone may ask, as in etcd (monitoring and `endpoint status` carry no credentials).
        let member = &self.member;
        let status = &member.status;
        let size = member.store.size() as i64;
        let mut errors: Vec<String> = member
            .store
            .alarms()
            .iter()
            .map(|a| {
                let name = AlarmType::try_from(a.alarm).map_or("UNKNOWN", |t| t.as_str_name());
                format!("memberID:{} alarm:{name} ", a.member_id)
            })
            .collect();
        if !member.has_leader() {
            errors.push(ApiError::NoLeader.to_string());
        }
        Ok(Response::new(StatusResponse {
            header: Some(member.header(member.store.revision())),
            version: SERVER_VERSION.to_string(),
            db_size: size,
            leader: RaftStatus::get(&status.leader),
            raft_index: RaftStatus::get(&status.commit),
            raft_term: RaftStatus::get(&status.term),
            raft_applied_index: RaftStatus::get(&status.applied),
            errors,
            db_size_in_use: size,
            is_learner: member.is_learner(),
        }))
    }

    async fn defragment(
        &self,
        request: Request<DefragmentRequest>,
    ) -> Result<Response<DefragmentResponse>, Status> {
        self.admin_raw(&request)?;
        let store = self.member.store.clone();
        blocking(move || store.defragment()).await?;
        // etcd answers a defragment without a header, and client tests expect none.
        Ok(Response::new(DefragmentResponse { header: None }))
    }

    async fn hash(&self, request: Request<HashRequest>) -> Result<Response<HashResponse>, Status> {
        self.admin_raw(&request)?;
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
        self.admin_raw(&request)?;
        let revision = request.into_inner().revision;
        let store = self.member.store.clone();
        let (hash, compact_revision, _) = blocking(move || store.hash_kv(revision)).await?;
        Ok(Response::new(HashKvResponse {
            header: Some(self.member.header(self.member.store.revision())),
            hash,
            // etcd says -1 when nothing was ever compacted.
            compact_revision: if compact_revision == 0 {
                -1
            } else {
                compact_revision
            },
        }))
    }

    type SnapshotStream = SnapshotStream;

    /// Streams the store as an etcd 3.5 backend (bbolt, etcd's buckets) in 32 KiB chunks, then
    /// the SHA-256 of those bytes, as etcd does, so `etcdctl snapshot save` writes a file etcd's
    /// tools read and restore. The database is written first to a temporary file beside the
    /// backend (from a consistent view, while writes go on) and streamed from there, so memory
    /// stays bounded whatever its size.
    async fn snapshot(
        &self,
        request: Request<SnapshotRequest>,
    ) -> Result<Response<SnapshotStream>, Status> {
        self.admin_raw(&request)?;
        let store = self.member.store.clone();
        let term = RaftStatus::get(&self.member.status.term);
        let (dir, path, total) = blocking(move || {
            let view = store.view()?;
            let parent = store.path().parent().unwrap_or(std::path::Path::new("."));
            let dir = tempfile::Builder::new()
                .prefix(".snapshot-")
                .tempdir_in(parent)
                .map_err(|e| ApiError::internal(format!("snapshot: {e}")))?;
            let path = dir.path().join("db");
            snapshot::write(&view, term, &path).map_err(ApiError::internal)?;
            // The pages in use, as etcd sends (bbolt grows its file ahead of them).
            let total = snapshot::open(&path)
                .map_err(|e| ApiError::internal(format!("snapshot: {e}")))?
                .used;
            Ok((dir, path, total))
        })
        .await?;
        let (out, responses) = mpsc::channel(4);
        tokio::task::spawn_blocking(move || {
            // The temporary directory goes when the stream ends, sent or not.
            let _dir = dir;
            let mut file = match std::fs::File::open(&path) {
                Ok(file) => file,
                Err(e) => {
                    let _ = out.blocking_send(Err(Status::internal(format!("snapshot: {e}"))));
                    return;
                }
            };
            let mut digest = aws_lc_rs::digest::Context::new(&aws_lc_rs::digest::SHA256);
            let mut sent = 0u64;
            let mut chunk = vec![0u8; SNAPSHOT_CHUNK];
            while sent < total {
                let want = (total - sent).min(SNAPSHOT_CHUNK as u64) as usize;
                let n = match std::io::Read::read(&mut file, &mut chunk[..want]) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) => {
                        let _ = out.blocking_send(Err(Status::internal(format!("snapshot: {e}"))));
                        return;
                    }
                };
                digest.update(&chunk[..n]);
                sent += n as u64;
                let response = SnapshotResponse {
                    header: None,
                    remaining_bytes: total.saturating_sub(sent),
                    blob: chunk[..n].to_vec(),
                };
                if out.blocking_send(Ok(response)).is_err() {
                    return;
                }
            }
            let _ = out.blocking_send(Ok(SnapshotResponse {
                header: None,
                remaining_bytes: 0,
                blob: digest.finish().as_ref().to_vec(),
            }));
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(responses))))
    }

    async fn move_leader(
        &self,
        request: Request<MoveLeaderRequest>,
    ) -> Result<Response<MoveLeaderResponse>, Status> {
        self.admin(&request)?;
        let target = request.into_inner().target_id;
        self.member.move_leader(target).await?;
        // As etcd: no header, whether leadership moved or the target already led.
        Ok(Response::new(MoveLeaderResponse { header: None }))
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

fn parse_peer_urls(urls: &[String]) -> Result<Vec<String>, Status> {
    if urls.is_empty() {
        return Err(Status::invalid_argument("etcdserver: no peer URLs given"));
    }
    urls.iter()
        .map(|url| {
            crate::url::parse(url)
                .map(|u| u.to_string())
                .map_err(|e| Status::invalid_argument(format!("etcdserver: {e}")))
        })
        .collect()
}

#[tonic::async_trait]
impl cluster_server::Cluster for ClusterService {
    async fn member_add(
        &self,
        request: Request<MemberAddRequest>,
    ) -> Result<Response<MemberAddResponse>, Status> {
        admin(&self.member, &request)?;
        let request = request.into_inner();
        let peer_urls = parse_peer_urls(&request.peer_ur_ls)?;
        let members = self.member.store.members();
        if members
            .iter()
            .any(|m| m.peer_ur_ls.iter().any(|u| peer_urls.contains(u)))
        {
            return Err(Status::failed_precondition(
                "etcdserver: Peer URLs already exists",
            ));
        }
        // etcd mixes the time into a new member's ID so a re-added member never reuses one.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let id = crate::server::ids::member_id(
            &peer_urls,
            &format!("{:x}{now}", self.member.cluster_id),
        );
        let added = crate::server::proto::etcdserverpb::Member {
            id,
            name: String::new(),
            peer_ur_ls: peer_urls,
            client_ur_ls: Vec::new(),
            is_learner: request.is_learner,
        };
        let change_type = if request.is_learner {
            raft::eraftpb::ConfChangeType::AddLearnerNode
        } else {
            raft::eraftpb::ConfChangeType::AddNode
        };
        let applied = self
            .member
            .change_membership(change_type, added.clone())
            .await?;
        Ok(Response::new(MemberAddResponse {
            header: Some(self.member.header(0)),
            member: Some(added),
            members: applied,
        }))
    }

    async fn member_remove(
        &self,
        request: Request<MemberRemoveRequest>,
    ) -> Result<Response<MemberRemoveResponse>, Status> {
        admin(&self.member, &request)?;
        let id = request.into_inner().id;
        let Some(removed) = self.member.store.members().into_iter().find(|m| m.id == id) else {
            return Err(Status::not_found("etcdserver: member not found"));
        };
        let applied = self
            .member
            .change_membership(raft::eraftpb::ConfChangeType::RemoveNode, removed)
            .await?;
        Ok(Response::new(MemberRemoveResponse {
            header: Some(self.member.header(0)),
            members: applied,
        }))
    }

    async fn member_update(
        &self,
        request: Request<MemberUpdateRequest>,
    ) -> Result<Response<MemberUpdateResponse>, Status> {
        admin(&self.member, &request)?;
        let who = self.member.who(&request)?;
        let mut request = request.into_inner();
        request.peer_ur_ls = parse_peer_urls(&request.peer_ur_ls)?;
        let applied = self
            .member
            .propose_as(Internal::MemberUpdate(request), who.as_ref())
            .await?;
        let members = match applied.response {
            Applied::Members(members) => members,
            _ => Vec::new(),
        };
        Ok(Response::new(MemberUpdateResponse {
            header: Some(self.member.header(0)),
            members,
        }))
    }

    async fn member_list(
        &self,
        request: Request<MemberListRequest>,
    ) -> Result<Response<MemberListResponse>, Status> {
        // Anyone may list the members, as in etcd: clients discover endpoints this way before
        // they log in.
        if request.into_inner().linearizable {
            self.member.read_barrier().await?;
        }
        Ok(Response::new(MemberListResponse {
            header: Some(self.member.header(0)),
            members: self.member.store.members(),
        }))
    }

    async fn member_promote(
        &self,
        request: Request<MemberPromoteRequest>,
    ) -> Result<Response<MemberPromoteResponse>, Status> {
        admin(&self.member, &request)?;
        let id = request.into_inner().id;
        let Some(learner) = self.member.store.members().into_iter().find(|m| m.id == id) else {
            return Err(Status::not_found("etcdserver: member not found"));
        };
        if !learner.is_learner {
            return Err(Status::failed_precondition(
                "etcdserver: can only promote a learner member",
            ));
        }
        let applied = self
            .member
            .change_membership(raft::eraftpb::ConfChangeType::AddNode, learner)
            .await?;
        Ok(Response::new(MemberPromoteResponse {
            header: Some(self.member.header(0)),
            members: applied,
        }))
    }
}
