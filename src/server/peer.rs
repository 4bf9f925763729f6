//! Member-to-member traffic on the peer URLs: raft messages over one long-lived gRPC stream per
//! peer (TLS with the peer certificates when the URLs are https), and the membership a joining
//! member asks for. Every request names the sender's cluster and member IDs; a peer from another
//! cluster, or a removed member, is refused.

use std::collections::HashMap;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use protobuf::Message as _;
use raft::eraftpb::{ConfChangeType, Message, MessageType};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::StreamExt;
use tonic::metadata::MetadataValue;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint, Identity};
use tonic::{Request, Response, Status, Streaming};

use super::config::TlsFiles;
use super::lease::Lessor;
use super::member::Member;
use super::node::NodeMsg;
use super::proto::ctlpb::raft_client::RaftClient;
use super::proto::ctlpb::raft_server::Raft;
use super::proto::ctlpb::{
    LeaseAnswer, LeaseRequest, MemberChangeRequest, MembersRequest, MembersResponse, RaftEnvelope,
    SendResult,
};

const CLUSTER_HEADER: &str = "ctl-cluster-id";
const MEMBER_HEADER: &str = "ctl-member-id";
/// Messages queued for one peer before newer ones are dropped (raft resends what matters).
const QUEUE: usize = 4096;

/// Who is talking: this member's IDs, sent with every request.
#[derive(Clone, Copy)]
pub struct PeerIdentity {
    pub cluster_id: u64,
    pub member_id: u64,
}

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

/// The peer service.
pub struct PeerService {
    pub member: Arc<Member>,
}

/// Answers a lease question from this member's deadlines (meaningful on the leader).
pub fn answer_lease(lessor: &Lessor, request: &LeaseRequest) -> LeaseAnswer {
    let ttl = if request.renew {
        lessor.renew(request.id)
    } else {
        lessor.ttl(request.id)
    };
    match (ttl, lessor.remaining(request.id)) {
        (Some(ttl), Some(remaining)) => LeaseAnswer {
            found: true,
            ttl,
            remaining,
        },
        _ => LeaseAnswer::default(),
    }
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
            return Err(Status::permission_denied(format!(
                "member {member:x} was removed from the cluster and may not rejoin"
            )));
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
        while let Some(envelope) = stream.next().await {
            let envelope = envelope?;
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
        Ok(Response::new(answer_lease(
            &self.member.lessor,
            request.get_ref(),
        )))
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

/// How this member dials its peers.
#[derive(Clone)]
pub struct Dialer {
    tls: Option<ClientTlsConfig>,
    /// Channels by URL, reused across calls (one TLS handshake per peer, not per call).
    channels: Arc<Mutex<HashMap<String, Channel>>>,
}

impl Dialer {
    pub fn new(peer_tls: Option<&TlsFiles>) -> crate::error::Result<Dialer> {
        let Some(files) = peer_tls else {
            return Ok(Dialer {
                tls: None,
                channels: Arc::default(),
            });
        };
        let read = |path: &std::path::Path| {
            std::fs::read(path).map_err(|e| crate::error::Error::io("read", path, &e))
        };
        let mut tls = ClientTlsConfig::new().identity(Identity::from_pem(
            read(&files.cert_file)?,
            read(&files.key_file)?,
        ));
        if let Some(ca) = &files.trusted_ca_file {
            tls = tls.ca_certificate(Certificate::from_pem(read(ca)?));
        }
        Ok(Dialer {
            tls: Some(tls),
            channels: Arc::default(),
        })
    }

    /// A lazily connecting channel to `url` (http or https).
    pub fn channel(&self, url: &str) -> Result<Channel, String> {
        let mut endpoint = Endpoint::from_shared(url.to_string())
            .map_err(|e| format!("bad peer URL {url}: {e}"))?
            .connect_timeout(Duration::from_secs(1))
            .tcp_nodelay(true)
            .http2_keep_alive_interval(Duration::from_secs(2))
            .keep_alive_timeout(Duration::from_secs(5));
        if url.starts_with("https://") {
            let tls = self
                .tls
                .clone()
                .ok_or_else(|| format!("{url} is https but no --peer-cert-file is configured"))?;
            let host = url
                .trim_start_matches("https://")
                .rsplit_once(':')
                .map_or("", |(h, _)| h)
                .trim_matches(['[', ']']);
            endpoint = endpoint
                .tls_config(tls.domain_name(host.to_string()))
                .map_err(|e| format!("TLS for {url}: {e}"))?;
        }
        Ok(endpoint.connect_lazy())
    }

    fn client(&self, url: &str) -> Result<RaftClient<Channel>, String> {
        let mut channels = self.channels.lock().unwrap_or_else(|e| e.into_inner());
        let channel = match channels.get(url) {
            Some(channel) => channel.clone(),
            None => {
                let channel = self.channel(url)?;
                channels.insert(url.to_string(), channel.clone());
                channel
            }
        };
        Ok(RaftClient::new(channel)
            .max_decoding_message_size(usize::MAX)
            .max_encoding_message_size(usize::MAX))
    }

    /// Asks the member at `url` (the leader) a lease question.
    pub async fn ask_lease(
        &self,
        url: &str,
        me: PeerIdentity,
        request: LeaseRequest,
    ) -> Result<LeaseAnswer, String> {
        let mut client = self.client(url)?;
        match tokio::time::timeout(Duration::from_secs(3), client.lease(with_ids(request, me)))
            .await
        {
            Ok(Ok(answer)) => Ok(answer.into_inner()),
            Ok(Err(e)) => Err(e.message().to_string()),
            Err(_) => Err("the leader did not answer within 3 s".into()),
        }
    }

    /// Asks the leader at `url` to make a membership change.
    pub async fn ask_member_change(
        &self,
        url: &str,
        me: PeerIdentity,
        request: MemberChangeRequest,
        timeout: Duration,
    ) -> Result<MembersResponse, Status> {
        let mut client = self.client(url).map_err(Status::unavailable)?;
        match tokio::time::timeout(timeout, client.member_change(with_ids(request, me))).await {
            Ok(result) => result.map(|r| r.into_inner()),
            Err(_) => Err(Status::unavailable("etcdserver: request timed out")),
        }
    }

    /// Asks the members at `urls` for the membership (for joining a running cluster).
    pub async fn fetch_members(&self, urls: &[String]) -> Result<MembersResponse, String> {
        let mut last = String::from("no peer URL to ask");
        for url in urls {
            let mut client = self.client(url)?;
            match tokio::time::timeout(Duration::from_secs(3), client.members(MembersRequest {}))
                .await
            {
                Ok(Ok(response)) => return Ok(response.into_inner()),
                Ok(Err(e)) => last = format!("{url}: {}", e.message()),
                Err(_) => last = format!("{url}: no answer within 3 s"),
            }
        }
        Err(last)
    }
}

fn with_ids<T>(message: T, me: PeerIdentity) -> Request<T> {
    let mut request = Request::new(message);
    let metadata = request.metadata_mut();
    metadata.insert(
        CLUSTER_HEADER,
        MetadataValue::try_from(format!("{:x}", me.cluster_id)).expect("hex is ASCII"),
    );
    metadata.insert(
        MEMBER_HEADER,
        MetadataValue::try_from(format!("{:x}", me.member_id)).expect("hex is ASCII"),
    );
    request
}

struct Peer {
    url: String,
    queue: mpsc::Sender<Message>,
}

/// Outgoing raft messages: one queue and one streaming task per peer.
pub struct Transport {
    me: PeerIdentity,
    dialer: Dialer,
    runtime: tokio::runtime::Handle,
    node: Sender<NodeMsg>,
    peers: Mutex<HashMap<u64, Peer>>,
    /// Peer URLs learned before the store knows the membership (a joining member).
    known: HashMap<u64, String>,
}

impl Transport {
    pub fn new(
        me: PeerIdentity,
        dialer: Dialer,
        runtime: tokio::runtime::Handle,
        node: Sender<NodeMsg>,
        known: &[super::proto::etcdserverpb::Member],
    ) -> Transport {
        Transport {
            me,
            dialer,
            runtime,
            node,
            peers: Mutex::new(HashMap::new()),
            known: known
                .iter()
                .filter_map(|m| Some((m.id, m.peer_ur_ls.first()?.clone())))
                .collect(),
        }
    }

    /// Sends messages to their peers; `urls` gives each member's peer URL.
    pub fn send(&self, messages: Vec<Message>, url_of: impl Fn(u64) -> Option<String>) {
        let mut peers = self.peers.lock().unwrap_or_else(|e| e.into_inner());
        for message in messages {
            let to = message.to;
            let Some(url) = url_of(to).or_else(|| self.known.get(&to).cloned()) else {
                continue;
            };
            let stale = peers
                .get(&to)
                .is_some_and(|p| p.url != url || p.queue.is_closed());
            if stale {
                peers.remove(&to);
            }
            let peer = peers.entry(to).or_insert_with(|| self.start_peer(to, url));
            let is_snapshot = message.get_msg_type() == MessageType::MsgSnapshot;
            if peer.queue.try_send(message).is_err() {
                let _ = self.node.send(NodeMsg::Unreachable { id: to });
                if is_snapshot {
                    let _ = self.node.send(NodeMsg::SnapshotStatus {
                        id: to,
                        finished: false,
                    });
                }
            }
        }
    }

    /// Forgets a peer (removed from the cluster).
    pub fn remove(&self, id: u64) {
        self.peers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
    }

    fn start_peer(&self, id: u64, url: String) -> Peer {
        let (queue, mut pending) = mpsc::channel::<Message>(QUEUE);
        let me = self.me;
        let dialer = self.dialer.clone();
        let node = self.node.clone();
        let target = url.clone();
        self.runtime.spawn(async move {
            let mut client = match dialer.client(&target) {
                Ok(client) => client,
                Err(e) => {
                    tracing::error!(peer = format!("{id:x}"), "{e}");
                    return;
                }
            };
            let mut warned = false;
            // Each round streams messages until the stream breaks, then reconnects.
            while let Some(first) = pending.recv().await {
                let (tx, rx) = mpsc::channel::<RaftEnvelope>(256);
                let call = client.send(with_ids(ReceiverStream::new(rx), me));
                tokio::pin!(call);
                let mut next = Some(first);
                let broken = loop {
                    if let Some(message) = next.take() {
                        let is_snapshot = message.get_msg_type() == MessageType::MsgSnapshot;
                        let envelope = RaftEnvelope {
                            message: message.write_to_bytes().expect("raft message encodes"),
                        };
                        let sent = tokio::select! {
                            sent = tx.send(envelope) => sent.is_ok(),
                            result = &mut call => {
                                break Some(result.err().map_or("closed".to_string(), |e| e.message().to_string()));
                            }
                        };
                        if is_snapshot {
                            let _ = node.send(NodeMsg::SnapshotStatus { id, finished: sent });
                        }
                        if !sent {
                            break Some("stream closed".to_string());
                        }
                    }
                    tokio::select! {
                        message = pending.recv() => match message {
                            Some(message) => next = Some(message),
                            None => break None,
                        },
                        result = &mut call => {
                            break Some(result.err().map_or("closed".to_string(), |e| e.message().to_string()));
                        }
                    }
                };
                let Some(reason) = broken else { return };
                if reason.contains("was removed from the cluster") {
                    let _ = node.send(NodeMsg::Removed);
                    return;
                }
                if !warned {
                    tracing::warn!(peer = format!("{id:x}"), url = %target, "peer unreachable: {reason}");
                    warned = true;
                }
                let _ = node.send(NodeMsg::Unreachable { id });
                // Drop what queued up meanwhile; raft resends.
                while pending.try_recv().is_ok() {}
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        });
        Peer { url, queue }
    }
}
