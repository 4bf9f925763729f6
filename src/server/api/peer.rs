//! The serving side of member-to-member traffic on the peer URLs: raft messages from peers
//! (handed to this member's node; over the raft stream, or the gRPC stream older members use),
//! lease questions and membership changes (answered as the leader), and the membership for a
//! joining member. A peer from another cluster, or a removed member, is refused.

use std::sync::Arc;

use protobuf::Message as _;
use raft::eraftpb::{ConfChangeType, Message};
use tokio_stream::StreamExt;
use tonic::{Request, Response, Status, Streaming};

use crate::server::member::Member;
use crate::server::proto::ctlpb::raft_server::Raft;
use crate::server::proto::ctlpb::{
    LeaseAnswer, LeaseRequest, MemberChangeRequest, MembersRequest, MembersResponse, RaftEnvelope,
    SendResult,
};
use crate::server::raft::node::NodeMsg;
use crate::server::raft::stream;
use crate::server::raft::transport::{CLUSTER_HEADER, MEMBER_HEADER};

fn ids_of<T>(request: &Request<T>) -> (Option<u64>, Option<u64>) {
    ids_in(|name| request.metadata().get(name).and_then(|v| v.to_str().ok()))
}

/// The sender's cluster and member IDs, from the headers `get` reads.
fn ids_in<'a>(get: impl Fn(&str) -> Option<&'a str>) -> (Option<u64>, Option<u64>) {
    let id = |name: &str| get(name).and_then(|v| u64::from_str_radix(v, 16).ok());
    (id(CLUSTER_HEADER), id(MEMBER_HEADER))
}

/// What a removed member is told; its transport stops the member on these words.
fn removed(member: u64) -> Status {
    Status::permission_denied(format!(
        "member {member:x} was removed from the cluster and may not rejoin"
    ))
}

/// The peer service.
pub struct PeerService {
    pub member: Arc<Member>,
}

impl PeerService {
    fn admit<T>(&self, request: &Request<T>) -> Result<u64, Status> {
        admit(&self.member, ids_of(request))
    }
}

/// The sending member's ID if it may talk to this member: same cluster, not removed.
fn admit(member: &Member, (cluster, from): (Option<u64>, Option<u64>)) -> Result<u64, Status> {
    if cluster != Some(member.cluster_id) {
        return Err(Status::failed_precondition(format!(
            "cluster ID mismatch: this member is in cluster {:x}, the peer in {}",
            member.cluster_id,
            cluster.map_or("an unknown cluster".to_string(), |c| format!("{c:x}"))
        )));
    }
    let from = from.unwrap_or(0);
    if member.store.is_removed(from) {
        return Err(removed(from));
    }
    Ok(from)
}

/// The raft stream's route on the peer URLs (see `raft::stream`).
pub fn stream_router(member: Arc<Member>) -> axum::Router {
    axum::Router::new()
        .route(stream::STREAM_PATH, axum::routing::get(open_stream))
        .with_state(member)
}

/// Admits the sender and upgrades its connection to the raft stream, whose frames go straight
/// to the node. A refusal is an HTTP status the sender reads the reason from.
async fn open_stream(
    axum::extract::State(member): axum::extract::State<Arc<Member>>,
    mut request: axum::extract::Request,
) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    use http::header::{CONNECTION, UPGRADE};
    use http::StatusCode;
    let headers = request.headers();
    let from = match admit(&member, ids_in(|name| headers.get(name)?.to_str().ok())) {
        Ok(from) => from,
        Err(status) => {
            let code = match status.code() {
                tonic::Code::PermissionDenied => StatusCode::FORBIDDEN,
                _ => StatusCode::PRECONDITION_FAILED,
            };
            return (code, status.message().to_string()).into_response();
        }
    };
    if headers.get(UPGRADE).and_then(|v| v.to_str().ok()) != Some(stream::PROTOCOL) {
        let hint = format!("the raft stream needs `Upgrade: {}`", stream::PROTOCOL);
        return (StatusCode::BAD_REQUEST, hint).into_response();
    }
    let upgrade = hyper::upgrade::on(&mut request);
    tokio::spawn(async move {
        let Ok(upgraded) = upgrade.await else { return };
        let (read, mut write) = tokio::io::split(hyper_util::rt::TokioIo::new(upgraded));
        let received = member.metrics.peer_received_counter(from);
        let result = stream::receive(read, |message, length| {
            received.inc_by(length as u64);
            deliver(&member, from, message).map_err(|status| status.message().to_string())
        })
        .await;
        if let Err(reason) = result {
            use tokio::io::AsyncWriteExt as _;
            let _ = write.write_all(reason.as_bytes()).await;
            let _ = write.shutdown().await;
        }
    });
    (
        StatusCode::SWITCHING_PROTOCOLS,
        [(CONNECTION, "upgrade"), (UPGRADE, stream::PROTOCOL)],
    )
        .into_response()
}

/// Hands a peer's raft message to the node, unless the peer has since been removed.
fn deliver(member: &Member, from: u64, message: Message) -> Result<(), Status> {
    // Checked for every message, not only when the stream opens: a member removed while its
    // stream stays open (it never applied its own removal) must still be told, or it
    // campaigns forever instead of stopping.
    if member.store.is_removed(from) {
        return Err(removed(from));
    }
    if message.from != from {
        tracing::warn!(
            from = format!("{from:x}"),
            claimed = format!("{:x}", message.from),
            kind = ?message.get_msg_type(),
            "dropping a raft message that names another sender"
        );
        return Ok(());
    }
    member
        .node
        .send(NodeMsg::Raft(message))
        .map_err(|_| Status::unavailable("member stopping"))
}

#[tonic::async_trait]
impl Raft for PeerService {
    async fn send(
        &self,
        request: Request<Streaming<RaftEnvelope>>,
    ) -> Result<Response<SendResult>, Status> {
        let from = self.admit(&request)?;
        let mut stream = request.into_inner();
        let received = self.member.metrics.peer_received_counter(from);
        while let Some(envelope) = stream.next().await {
            let envelope = envelope?;
            received.inc_by(envelope.message.len() as u64);
            let message = Message::parse_from_bytes(&envelope.message)
                .map_err(|e| Status::invalid_argument(format!("bad raft message: {e}")))?;
            deliver(&self.member, from, message)?;
        }
        Ok(Response::new(SendResult {}))
    }

    async fn lease(&self, request: Request<LeaseRequest>) -> Result<Response<LeaseAnswer>, Status> {
        self.admit(&request)?;
        Ok(Response::new(self.member.lessor.answer(request.get_ref())))
    }

    async fn member_change(
        &self,
        request: Request<MemberChangeRequest>,
    ) -> Result<Response<MembersResponse>, Status> {
        self.admit(&request)?;
        let request = request.into_inner();
        let change_type = <ConfChangeType as protobuf::ProtobufEnum>::from_i32(request.change_type)
            .ok_or_else(|| Status::invalid_argument("etcdserver: bad conf change"))?;
        let members = self
            .member
            .propose_conf_change(change_type, request.member.unwrap_or_default())
            .await?;
        Ok(Response::new(MembersResponse {
            cluster_id: self.member.cluster_id,
            members,
        }))
    }

    async fn members(
        &self,
        request: Request<MembersRequest>,
    ) -> Result<Response<MembersResponse>, Status> {
        // A joining member does not know the cluster ID yet; it learns it here.
        let (cluster, _) = ids_of(&request);
        if cluster.is_some_and(|c| c != self.member.cluster_id) {
            return Err(Status::failed_precondition("cluster ID mismatch"));
        }
        Ok(Response::new(MembersResponse {
            cluster_id: self.member.cluster_id,
            members: self.member.store.members(),
        }))
    }
}
