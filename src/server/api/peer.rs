//! The serving side of member-to-member traffic on the peer URLs: raft messages from peers
//! (handed to this member's node), lease questions and membership changes (answered as the
//! leader), and the membership for a joining member. A peer from another cluster, or a removed
//! member, is refused.

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
use crate::server::raft::transport::{CLUSTER_HEADER, MEMBER_HEADER};

fn ids_of<T>(request: &Request<T>) -> (Option<u64>, Option<u64>) {
    let get = |name: &str| {
        request
            .metadata()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| u64::from_str_radix(v, 16).ok())
    };
    (get(CLUSTER_HEADER), get(MEMBER_HEADER))
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
        let (cluster, member) = ids_of(request);
        if cluster != Some(self.member.cluster_id) {
            return Err(Status::failed_precondition(format!(
                "cluster ID mismatch: this member is in cluster {:x}, the peer in {}",
                self.member.cluster_id,
                cluster.map_or("an unknown cluster".to_string(), |c| format!("{c:x}"))
            )));
        }
        let member = member.unwrap_or(0);
        if self.member.store.is_removed(member) {
            return Err(removed(member));
        }
        Ok(member)
    }
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
            // Checked for every message, not only when the stream opens: a member removed while
            // its stream stays open (it never applied its own removal) must still be told, or
            // it campaigns forever instead of stopping.
            if self.member.store.is_removed(from) {
                return Err(removed(from));
            }
            received.inc_by(envelope.message.len() as u64);
            let message = Message::parse_from_bytes(&envelope.message)
                .map_err(|e| Status::invalid_argument(format!("bad raft message: {e}")))?;
            if message.from != from {
                tracing::warn!(
                    from = format!("{from:x}"),
                    claimed = format!("{:x}", message.from),
                    kind = ?message.get_msg_type(),
                    "dropping a raft message that names another sender"
                );
                continue;
            }
            if self.member.node.send(NodeMsg::Raft(message)).is_err() {
                return Err(Status::unavailable("member stopping"));
            }
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
